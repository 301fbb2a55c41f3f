"""Who started each contact: a person's own log entries and a dated note's lines as Mentions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from sys import intern
from typing import TypeVar, cast

from vaultnet.convert import (
    MONTH_NAME,
    MONTHS,
    as_text,
    date_prefix,
    first_names,
    folded,
    kind_words,
    link_target,
    logseq_date,
    name_key,
    stem_words,
    target_key,
)
from vaultnet.model import INTRO_TAG, Direction, Mention, new_mention, stem_of
from vaultnet.patterns import lazy_pattern
from vaultnet.read import words as phrases
from vaultnet.read.blocks import (
    ATTENDANCE_COLUMNS,
    WHO_COLUMNS,
    WHO_WORDS,
    Block,
    column_name,
    section_name,
    split_task,
    table_cells,
    undressed,
    unquoted,
)
from vaultnet.read.blocks_fast import MD_TRIM, atx_heading, indent_of
from vaultnet.read.body import (
    DIRECTIONS,
    DONE_BOXES,
    LINE_ITEM,
    TASK_STARTS,
    UNSURE_DAY,
    Body,
    Entry,
    more_words,
    task_word,
)
from vaultnet.read.days import DATE, MARK, TIME, WITH_WORDS, meeting_day_said, opens_day
from vaultnet.read.inline import clean, tags_in, template_of
from vaultnet.read.keys import FIELD_LINE

_LEADING_MARK = rf"^\s*(?:{TIME}\s+)?({MARK})(?=\s|\[|$)\s*"
_leading_mark = lazy_pattern(_LEADING_MARK)
_FIELD_DATE = lazy_pattern(rf"(?<![\w-])[\w-]+::\s*({DATE})")  # lookbehind: linear time
_MET = lazy_pattern(r"(?:^|[\s(\[])met::", re.IGNORECASE)
_TWO_DAYS_AGO = (
    r"the\s+day\s+before\s+yesterday|vorgestern|anteayer|anteontem|eergisteren|l'altro\s+ieri"
    r"|przedwczoraj|позавчера"
)
_ONE_DAY_AGO = r"yesterday|gestern|ayer|ieri|gisteren|ontem|wczoraj|вчера"
_WITH = "|".join(["with", *(word.strip() for word in WITH_WORDS)])
"""`with`, in English and the languages whose months vaultnet reads."""
_YESTERDAY = lazy_pattern(
    rf"^\W*(?:\d{{1,2}}[:h.]\d{{2}}\s*)?(?:({_TWO_DAYS_AGO})|{_ONE_DAY_AGO})\b(?!['’])"
    rf"|(?<![\w'’])(?<!since\s)(?<!from\s)(?<!until\s)(?<!till\s)(?<!seit\s)(?<!desde\s)(?<!sinds\s)"
    rf"(?<!od\s)(?<!со\s)(?<!с\s)"
    rf"(?:({_TWO_DAYS_AGO})|{_ONE_DAY_AGO})(?:[.!]?\s*$|\s+(?:{_WITH})\s)",
    re.IGNORECASE,
)
"""`yesterday` opening or closing a line, or before whom it was with, as the day it tells of
(`Yesterday: dinner with [[Bo]]`, `Coffee with [[Ivy]] yesterday`, `Dinner yesterday with
[[Cy]]`), or the day before it (groups 1 and 2), in English and the languages whose months
vaultnet reads that have one word for it (`gestern`, `ayer`, `ieri`, `gisteren`, `ontem`, Polish
`wczoraj`, Russian `вчера`; not French `hier`, which is `here` in German and Dutch). Not within a
line, where it is another clause's (`she got back yesterday from Lisbon`), nor the day something
began or ended (`since yesterday`, `seit gestern`, `od wczoraj`)."""
_YESTERDAY_WORDS = ("esterday", "estern", "yer", "ieri", "Ieri", "isteren", "ntem", "czoraj", "чера")
"""What each of `_YESTERDAY`'s words holds, whatever the case of its first letter: most lines
hold none, and are spared it."""
_TODAY = lazy_pattern(
    r"(?<!\w)(?:today|tonight|heute|hoy|oggi|vandaag|hoje|dzisiaj|dziś|сегодня)(?!\w)", re.IGNORECASE
)
"""A line that says today too tells of two days (`yesterday reviewed PRs, today pairing`): it
is the note's."""


def _day_meant(line: str, block: Block, day: dt.date) -> dt.date:
    """The day a dated note's line tells of, under `day`: days before it (`_days_back`), or a
    later day it links to as when (`Lunch with [[Ada]] on [[2026-12-05]]`, Logseq's `on [[Dec
    5th, 2026]]`, `booked for [[2026-12-05]]`), or writes as when, in English (`_written_later`)
    or another language (`meeting_day_said`: `Mittagessen mit [[C]] am 5. Dezember`): a plan
    till then, as an entry dated ahead is."""
    if back := _days_back(line, block):
        return day - dt.timedelta(days=back)
    if line.count("[[") > 1:  # a person and a day
        for found in _ON_A_DAY.finditer(line):
            name = found[1]
            later = date_prefix(name) if len(name) == 10 else logseq_date(name)
            if later is not None and later > day:
                return later
    if (" on " in line or " for " in line) and (later := _written_later(line, day)):
        return later
    if (said := meeting_day_said(line)) is not None:
        later = _next_of(*said, day) if isinstance(said, tuple) else said
        if later is not None and later > day:
            return later
    return day


def _written_later(line: str, day: dt.date) -> dt.date | None:
    """A day after `day` written as text right after the people of a meeting a line opens with,
    as when (`Lunch with [[Ana]] on Dec 3`, `Coffee with [[Bo]] for 2026-12-05`, `demo for [[Cy]]
    on Dec 3`, `Booked a demo with [[Cy]] for Dec 3`), or after a meeting the person a line opens
    with booked (`[[Cy]] booked a demo for Dec 3 via Calendly`); not a day the line tells of
    otherwise (`Called [[Bo]] about her party on Dec 5`, `His flight leaves on Dec 3, so [[Bo]] and
    I said goodbye`, `[[Cy]] booked a flight for Dec 3`)."""
    written = _MEETING_ON_A_DAY.match(line)
    if written is None:
        return None
    if written["iso"]:
        later = date_prefix(written["iso"])
    else:
        month = MONTHS[(written["month"] or written["month2"])[:3].lower()]
        later = _next_of(month, int(written["day"] or written["day2"]), day)
    return later if later is not None and later > day else None


def _next_of(month: int, number: int, day: dt.date) -> dt.date | None:
    """That day of that month after `day`: in its year, or early in the next (`on Jan 4` in a
    December note); None when it is gone (a day past is what was talked of) or no day."""
    for year in (day.year, day.year + 1):
        try:
            meant = dt.date(year, month, number)
        except ValueError:
            return None
        if meant > day:
            return meant if year == day.year or (meant - day).days <= _EARLY_NEXT_YEAR else None
    return None


_EARLY_NEXT_YEAR = 92
"""How far ahead a day without its year may be, in the next year (`on Jan 4` in a December note)."""
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_A_MEETING_WORD = rf"(?:{'|'.join(map(re.escape, phrases.MEETING_WORDS))})"
_NOT_BOOKED = r"(?!(?:cancell?ed|postponed|skipped|missed|declined)\s)"
"""Not a meeting called off (`Cancelled demo for [[Cy]] on Dec 3`): that day is none of it."""
_THE_PEOPLE = r"\[\[[^\]]+\]\](?:\s*(?:,|and|&)\s*\[\[[^\]]+\]\])*"
_MEETING_ON_A_DAY = lazy_pattern(
    # `Lunch with [[Ana]]`, `demo for [[Cy]]`, `Booked a demo with [[Cy]]`, `onsite at Acme with [[Cy]]`
    rf"[\s*_>-]*(?:(?:(?:i\s+)?{phrases.BOOKED}\s+(?:(?:a|an|the|our|my)\s+)?)?"
    rf"(?:(?:{_NOT_BOOKED}[\w'’-]+\s+)?{_A_MEETING_WORD}"
    rf"(?:\s+(?:at|in)\s+[\w'’&.-]+(?:\s+[\w'’&.-]+)?)?\s+(?:with|w/|for)\s+{_THE_PEOPLE}"
    # `[[Ana]]'s birthday dinner`
    rf"|{_THE_PEOPLE}['’]s\s+(?:[\w'’-]+\s+)?{_A_MEETING_WORD})"
    # `, booked for Dec 12`, `(booked for Dec 3)`
    rf"(?:\s*[,(—–-]?\s*{phrases.BOOKED}(?=\s+(?:on|for)\s))?"
    # `[[Cy]] booked a demo`, `[[Cy]] scheduled a call with me`
    rf"|{_THE_PEOPLE}\s+{phrases.BOOKED}\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?{_A_MEETING_WORD}(?:\s+with\s+(?:me|us))?)"
    r"\s+(?:on|for)\s+"
    rf"(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\.?)(?![\w,-]|\s+\d)",
    re.IGNORECASE,
)
"""A meeting a line opens with (booked, at a place, whose it is: `[[Ana]]'s birthday dinner`, or
that its people booked), its people, and a day written as text as when, right after them or after
a word of it booked (`Dinner with [[Gu]], booked for Dec 12`, `Planned [[Ana]]'s birthday dinner,
booked for 12 Dec`): an ISO day, or a month and a day without a year (a year written
after it is a day gone: `Met [[Pam]] on Jan 12 2019`). A day written in numbers alone (`12/3`)
is not read: March or December?"""


_ON_A_DAY = lazy_pattern(
    r"(?:\bon|\bfor|@)\s*\[\[(?:[^\[\]|#]*/)?([^\[\]|#/]+?)(?:\.md)?(?:#[^\[\]|]*)?(?:\|[^\[\]]*)?\]\]",
    re.IGNORECASE,
)
"""A link to a day said as when (`on [[2026-12-05]]`, `for [[Dec 5th, 2026]]`), its last part."""


def _days_back(line: str, block: Block) -> int:
    """How many days before the day it is under a dated note's line tells of: 1 for `yesterday`
    opening or closing it (`_YESTERDAY`), 2 for `the day before yesterday`; 0 for any other line,
    one that says today too, and an item that opens with its own day (`- 2026-11-15: met [[Ana]],
    she had flown in yesterday`)."""
    if not any(word in line for word in _YESTERDAY_WORDS) or not (said := _YESTERDAY.search(line)):
        return 0
    if _TODAY.search(line) or (block.kind == "item" and opens_day(block.lines[0][1])):
        return 0
    return 2 if said[1] or said[2] else 1


def direction_word(value: object) -> Direction | None:
    text = (as_text(value) or "").lower()
    return text if text in ("outbound", "inbound", "mutual") else None  # type: ignore[return-value]


def who_started(value: object) -> Direction | None:
    """A direction as a field states it (`direction: inbound`), or in the words of a log's column
    of who started it (`me`, `them`, `both`, `in`, `out`, an arrow: `WHO_WORDS`). A name says
    nothing here: a field, unlike the column of a person's log, may be in anyone's note."""
    text = (as_text(value) or "").lower()
    mark = WHO_WORDS.get(text)
    return DIRECTIONS[mark] if mark else direction_word(text)


MEETING_KINDS = frozenset({
    "meeting", "call", "coffee", "lunch", "dinner", "visit", "appointment", "consultation", "interview",
})  # fmt: skip
"""A dated note of one of these kinds (`type`, `categories`, `kind`, or a tag: `#meeting`,
`#meetings/weekly`), or a line tagged with one, is a meeting: mutual (spec 1.4; the spec names
no tag, owners tag more often than they type)."""
_MEETING_TAGS = MEETING_KINDS | set(phrases.ONE_ON_ONES)


@dataclass(frozen=True)
class Met:
    """How a dated note says it met the people its lines name (spec 1.4)."""

    direction: Direction | None = None
    """Its front matter's `direction` (outbound too when the owner organised it)."""
    meeting: bool = False
    """It is a meeting: mutual, unless a line says otherwise."""
    hosts: frozenset[str] = frozenset()
    """Who organised it, by `target_key`: they started it, unless a line says otherwise."""
    to_many: bool = False
    """It is an email that went to many at once (a newsletter, an update to 15 investors): audience."""
    off: bool = False
    """It was a meeting called off (`listed.called_off`: `status: cancelled`, a first line `CANCELLED -
    Ben out sick`): no meeting, and none of its people met but as a line of it says of its own."""

    @property
    def way(self) -> Direction:
        """How it met the people it lists: as its front matter says, else as a meeting, else not said."""
        return self.direction or ("mutual" if self.meeting else "unknown")


def meeting_tagged(tags: Iterable[str]) -> bool:
    """Does one of the tags say a meeting (`#meeting`, `#meetings/weekly`, `#1on1`)?"""
    return not kind_words(tag.split("/", 1)[0] for tag in tags).isdisjoint(_MEETING_TAGS)


_FIELD = lazy_pattern(r"[\[(]([\w -]{1,30})::\s*([^\[\]()]*?)\s*[\])]")
"""A Dataview field in brackets: its key and its value."""


def said_direction(text: str, tags: Iterable[str]) -> Direction | None:
    """The direction an entry or a line states in a field or a tag of its own, as a mark would:
    a Dataview field of who started it (`[direction:: inbound]`, `(initiated by:: them)`, named
    as a log's column is: `WHO_COLUMNS`), else `#inbound`, `#outbound` or `#mutual`."""
    if "::" in text:
        for key, value in _FIELD.findall(text):
            if key.replace("_", " ").strip().lower() in WHO_COLUMNS and (said := who_started(value)):
                return said
    return next(filter(None, map(direction_word, tags)), None)


def dated_mentions(
    body: Body,
    date: dt.date | None,
    met: Met,
    base: str,
    words: phrases.Table,
    broadcast: bool = False,
) -> list[Mention]:
    """Each line of a dated note that names people is one mention on the note's date, or on
    the date its item starts with (one per way its people are named: the words may say
    different things of each). `broadcast`: the note is tagged `#broadcast`, so every line is.
    `date` None: an undated note, of which only the dated items (and their children) count."""
    mentions: list[Mention] = []
    items = _OpenItems()
    lists: tuple[int, ...] = _UNDER_NONE  # the levels of the `_LISTS` headings the line is under, 0: none
    labelled = ""  # the list a label over the line's list heads (`Next steps:`: plans)
    wrapped, read_above = _wrapped_items(body.lines, base)
    away = _rows_not_there(body.lines)  # a sign-up table's `| [[Pia]] | 12-2 | cancelled |`
    for at, (line_number, line, block, own_day) in enumerate(body.lines):
        if block.kind != "item":  # an item stays under the heading, and label, the line before it was
            lists, labelled = _lists_under(block, line, lists)
        meetings, absent, grateful, ahead = lists
        ahead, grateful = ahead or labelled == "plans", grateful or labelled == "gratitude"
        items.at(block, line)
        ancestors = items.open
        if at in read_above or any(a.task not in _NOT_OPEN for a in (*ancestors, block)):
            continue  # a wrapped item's later line (read with its first); an open or cancelled task, or in it
        line = wrapped.get(at, line)
        mark_match = _leading_mark.match(line)
        mark = mark_match[1] if mark_match else None
        if block.kind == "item":
            mark = items.covering(items.marks, block, mark)
            own_day = items.covering(items.days, block, own_day)
        day = own_day or date
        if day is None or day == UNSURE_DAY or ("[[" not in line and "](" not in line and "#" not in line):
            continue  # no day (an undated note's line), none sure (`03/11/2026`), or no one named
        meant = _day_meant(line, block, day)  # `Coffee with [[Ivy]] yesterday`, `... on [[2026-12-05]]`
        day, booked = meant, meant > day
        if any((d := date_prefix(m[1])) and d > day for m in _FIELD_DATE.finditer(line)):
            continue  # `appointment:: 2026-12-01`: a plan, not a contact
        template, targets = _line_template(line, base)
        if not targets:
            continue
        if booked:  # `Booked lunch with [[Ana]] for Dec 5`: the lunch itself, on its day
            template = phrases.as_booked(template)
        tags = tags_in(line)
        direction, started, heading = _line_direction(line, mark, tags, met, items.in_meeting(), meetings > 0)
        introduced = len(targets) > 1 and phrases.introduces(template)
        unmet = bool(absent or (ahead and block.task is None and not _told_done(template, mark, line)))
        unmet = unmet or at in away or _asked(template)
        said = _said_of(
            line, base, template, targets, words, block.task is not None, unmet, introduced, heading
        )
        if introduced and not (said and set(said.values()) == {"mention"}):  # not `Need to introduce X to Y`
            tags.append(INTRO_TAG)
        if mass := "broadcast" in said.values():  # a newsletter's line: audience, tag or not
            said = {}
        text = line[mark_match.end() :].strip() if mark_match else line.strip()
        alone = direction == "unknown" and len(targets) == 1 and _NAME_ALONE.fullmatch(template)
        if alone and (below := _said_below(body.lines, at, block)):  # `- [[Ana]]` over `- called me`
            text, direction, said = _told_by(text, below, words)
        if direction == "unknown" and not said and block.kind == "item" and len(ancestors) > 1:
            # `- Lunch` over `- with [[Ana]]`: the item it is in says what was done; `- Coffee
            # with [[Ana]]` over `- [[Bo]]`: its contact's people (spec 1.5)
            text, direction, said = _told_above(items, template, text, len(targets), words)
        if block.kind == "item" and block.first:
            items.told(block, direction, said)
        if grateful and direction == "unknown":  # thanked for, unless the words say a contact
            said = {index: said.get(index, "mention") for index in range(len(targets))}
        if block.kind == "row":  # its cells, as an entry's: `[[Kai]] | lunch`
            text = text.strip("|").strip()
        text = intern(text)
        for (way_of, inferred, aside), named in _grouped(targets, said, direction, started, heading).items():
            mentions.append(
                Mention(
                    date=day,
                    direction=way_of,
                    line=line_number,
                    text=text,
                    targets=tuple(named),
                    broadcast=broadcast or mass or "broadcast" in tags,
                    tags=tuple(sorted(set(tags))),
                    inferred=inferred,
                    aside=aside or (met.off and way_of == "unknown"),  # a meeting called off: named, not met
                )
            )
    return mentions


_NOT_OPEN = frozenset((None, *DONE_BOXES))
"""An item's box that leaves its line to be read: none, or a box ticked done."""


def _line_template(line: str, base: str, worded: bool = True) -> tuple[str, list[str]]:
    """A dated note's line as its words are read (`template_of`: its links made slots, a meeting
    word's its word when `worded`), and its targets: a tag that names a person is a link to them
    too (`call with #Ana`), and a first name of someone it links written again is theirs."""
    template, targets = template_of(line, base, worded)
    if "#" in template:
        template = _TAG_OF_A_NAME.sub(partial(_tag_as_slot, targets), template)
    return (_first_names_as_slots(template, targets) if targets else template), targets


def _said_of(
    line: str,
    base: str,
    template: str,
    targets: list[str],
    words: phrases.Table,
    done: bool,
    unmet: bool,
    introduced: bool,
    met: bool,
) -> dict[int, str]:
    """What a dated note's line (as `template`) says of each of its people (`_words_of`; `met`:
    under a heading of meetings); of a meeting word it links, read as the word (`[[Coffee]] with
    [[Ed]]`: a coffee with Ed), what it says of a person so named, whom the link may be
    (`[[Coffee]] called me`: `People/Coffee.md`)."""
    said = _words_of(template, targets, words, done, unmet, introduced, met)
    worded = {index for index, target in enumerate(targets) if phrases.a_meeting_word(target)}
    if not worded or unmet:
        return said
    named = _words_of(_line_template(line, base, False)[0], targets, words, done, unmet, introduced, met)
    kept = {index: way for index, way in said.items() if index not in worded}
    return kept | {index: way for index, way in named.items() if index in worded}


def _words_of(
    template: str,
    targets: list[str],
    words: phrases.Table,
    done: bool,
    unmet: bool,
    introduced: bool,
    met: bool = False,
) -> dict[int, str]:
    """What a dated note's line says of each of the people it names, its `targets`
    (`words.read_line`; `done`: a task checked; `met`: under a heading of meetings). A mention of
    each when they were named, not met (`unmet`: marked absent, a plan ahead, a question). An
    introduction of yours (`introduced`), written as the deed itself, went to both at once: of
    each the words say nothing of, you reached out."""
    if unmet:
        return dict.fromkeys(range(len(targets)), "mention")
    slots = [index for index in range(len(targets)) if phrases.slot(index) in template]
    said = phrases.read_line(template, slots, words, done=done, met=met)
    if not (introduced and phrases.reached_out_by_introducing(template)):
        return said
    told = {targets[index].lower() for index in said}  # one written twice is told of once
    return {index: "outbound" for index, target in enumerate(targets) if target.lower() not in told} | said


_Own = TypeVar("_Own")


class _OpenItems:
    """The items open at a line of a dated note, outermost first (a nested item belongs to them),
    and what each passes on to its later lines and its children: its mark and its day (kept by
    `covering`), and a meeting tag (`- Offsite planning #meeting` over `- [[Hal]] presented the
    budget`: they were at it) or properties that say a meeting (`type:: meeting`, `attendees::`)."""

    def __init__(self) -> None:
        self.open: list[Block] = []
        self.marks: dict[int, str | None] = {}
        self.days: dict[int, dt.date | None] = {}
        self.meetings: set[int] = set()
        self.by_properties: set[int] = set()  # the items their properties say were meetings
        # The way each item's line told its people, and whether the words said it (inferred).
        self.ways: dict[int, tuple[Direction, bool]] = {}

    def at(self, block: Block, line: str) -> None:
        """At a line of `block`: the item it starts opened, or every item closed by a block of no item."""
        if block.kind == "item" and block.first and (not self.open or self.open[-1] is not block):
            del self.open[block.level - 1 :]
            self.open.append(block)
            if "#" in line and meeting_tagged(tags_in(line)):
                self.meetings.add(id(block))
            if len(block.lines) > 1 and said_a_meeting(block):
                self.meetings.add(id(block))
                self.by_properties.add(id(block))
        elif block.kind != "item" and block.first:
            self.open.clear()

    def covering(self, kept: dict[int, _Own | None], block: Block, own: _Own | None) -> _Own | None:
        """What covers a line of an item (a mark, a day): its own (`own`), else the item's first
        line's, else the nearest open item's it is in, as `kept` (by item) has them; kept for the
        item from its first line on. A mark at the start of an item covers its later lines and its
        children, and so does its own date (`- 2026-11-18 lunch with [[Ann]]` in a weekly note)."""
        if own is None:
            own = kept.get(id(block)) or next(
                (k for a in reversed(self.open[:-1]) if (k := kept.get(id(a)))), None
            )
        kept.setdefault(id(block), own)
        return own

    def told(self, item: Block, direction: Direction, said: dict[int, str]) -> None:
        """What an item's line told of its people: the one way of all of them (by a mark, or
        inferred from its words), which the items nested in it pass on to theirs."""
        if direction != "unknown":
            self.ways[id(item)] = (direction, False)
        elif said and len(ways := set(said.values())) == 1 and (way := ways.pop()) in _CONTACT_WAYS:
            self.ways[id(item)] = (cast(Direction, way), True)

    def of_parents_contact(self, direction: Direction, count: int) -> tuple[Direction, dict[int, str]]:
        """The direction and words of a nested line that names its `count` people alone (`- Coffee
        with [[Ana]]` over `- [[Bo]]`): those of the contact its parent item told, as they are
        people of it (spec 1.5); as they were when it told none."""
        if len(self.open) < 2 or (told := self.ways.get(id(self.open[-2]))) is None:
            return direction, {}
        way, inferred = told
        return ("unknown", dict.fromkeys(range(count), way)) if inferred else (way, {})

    def in_meeting(self) -> bool:
        """Is the line in an item tagged a meeting, or of one its properties say is one? (Its own
        item's tags are its line's own.)"""
        if not self.meetings:
            return False
        if self.open and id(self.open[-1]) in self.by_properties:
            return True
        return any(id(item) in self.meetings for item in self.open[:-1])


def with_whom(block: Block) -> list[str]:
    """The people an item's properties say it was with (`with:: [[Hana]]`, `attendees:: [[Ana]],
    [[Bo]]`), as written, each property's value whole, in order."""
    found = []
    for _, line in _properties_under(block):
        linked = "[[" in line or "](" in line
        if linked and (field := FIELD_LINE.match(line)) and field[1].strip().lower() in _COMPANY_KEYS:
            found.append(field[2].strip())
    return found


def said_a_meeting(block: Block) -> bool:
    """Do an item's properties say it was a meeting: a list of who was there (`attendees::`,
    `participants::`), or a kind of meeting (`type:: meeting`, `category:: [[Call]]`)?"""
    for _, line in _properties_under(block):
        if field := FIELD_LINE.match(line):
            key = field[1].strip().lower()
            if key in MEETING_KEYS or (key in _KIND_KEYS and kind_words([field[2]]) & MEETING_KINDS):
                return True
    return False


def _properties_under(block: Block) -> Iterator[tuple[int, str]]:
    """The lines of an item that may be its properties: its later lines holding `::`."""
    return ((n, line) for n, line in block.lines[1:] if "::" in line)


_ONE_WAY = frozenset(("inbound", "outbound"))
_CONTACT_WAYS = frozenset(("inbound", "outbound", "mutual"))
"""The ways a line may tell a contact (not `mention`, nor a broadcast)."""
MEETING_KEYS = frozenset(("attendees", "participants", "guests"))
"""The block properties that name who was at a meeting: the item was one."""
_COMPANY_KEYS = MEETING_KEYS | {"with", "people", "person", "contact", "contacts", "who"}
"""The block properties that name whom an item was with (not `met::`, which says it of its own
line: `met:: [[Milo]]` run on into an item in Markdown is the note's line, not the item's)."""
_KIND_KEYS = frozenset(("type", "kind", "category", "categories"))
"""The block properties that say what kind of thing an item was (`type:: meeting`)."""


def _tag_as_slot(targets: list[str], tag: re.Match[str]) -> str:
    """A slot for a tag that may name a person (`#Ana`), its target the tag (`#Ana`): the
    resolver finds whom it names, if anyone (`Resolver.claimants`), and a tag that names nobody
    is no one met without a note (`resolve.sightings`). A tag that says what a line was
    (`#Meeting`, `#Broadcast`, `#Inbound`) stays a tag."""
    if tag[1].lower() in _MEANING_TAGS:
        return tag[0]
    targets.append(intern(tag[0]))
    return phrases.slot(len(targets) - 1)


_TAG_OF_A_NAME = lazy_pattern(r"(?<![\w#&/\[])#([A-Z][\w-]*)")
"""A tag that may name someone: a capital first, as a name is written (`#Ana`, `#Bo-Lind`);
`#meeting` and `#work` are tags."""
_MEANING_TAGS = _MEETING_TAGS | {"broadcast", "intro", "inbound", "outbound", "mutual", "meetings"}
"""The tags that say what a line was (its kind, its direction, an introduction, a broadcast)."""
_WRAPPED = frozenset(("item", "paragraph"))
"""The blocks whose lines a plain editor wraps at a width (`_wrapped_items`)."""


def _rows_not_there(lines: list[tuple[int, str, Block, dt.date | None]]) -> set[int]:
    """The indexes in a dated note's `lines` of the rows of a sign-up table whose cell, in a column
    headed as whether each person came (`| Name | Slot | Coming? |`: `ATTENDANCE_COLUMNS`), says
    no (`no`, `cancelled`, `no - can't make it`: `words.not_coming`): their people named, not met."""
    found: set[int] = set()
    column = None  # the column of who came, of the table the row is in
    for at, (_, text, block, _) in enumerate(lines):
        if block.kind != "row":
            column = None
        elif block.header:
            named = [column_name(cell) for cell in table_cells(text)]
            column = next((n for n, name in enumerate(named) if name in ATTENDANCE_COLUMNS), None)
        elif column is not None and phrases.not_coming([*table_cells(text), ""][column:][0]):
            found.add(at)
    return found


def _wrapped_items(
    lines: list[tuple[int, str, Block, dt.date | None]], base: str
) -> tuple[dict[int, str], set[int]]:
    """The items and paragraphs of a dated note wrapped at a width, as a plain editor wraps them
    (`- Long lunch with [[Ana]], she` over `told me about the move.`): each is one line, read
    whole. By the index in `lines` of such a block's first line, its lines joined (`more_words`:
    what Logseq writes under an item left out); and the indexes of the later lines, read with it.
    A block is wrapped when one of its lines names people, and not as a name alone over what
    happened (`- [[Cy]]` over `called me back`: `_said_below` reads that); one whose lines each
    name someone says something of each, a line at a time. An item whose properties name whom
    it was with (`- Coffee at Rosa's` over `with:: [[Hana]]`) is its words with them (`Coffee at
    Rosa's with [[Hana]]`)."""
    wrapped: dict[int, str] = {}
    read_above: set[int] = set()
    at = 0
    while at < len(lines):
        block = lines[at][2]
        end = at + 1
        while end < len(lines) and lines[end][2] is block:
            end += 1
        if (
            block.kind in _WRAPPED
            and end - at > 1
            and not any(own_day for *_, own_day in lines[at + 1 : end])
        ):
            texts = more_words(text for _, text, _, _ in lines[at:end])
            named = [text for text in texts if "[[" in text or "](" in text]
            company = with_whom(block) if block.kind == "item" else []
            if company or (
                len(texts) > 1
                and len(named) == 1
                and not _NAME_ALONE.fullmatch(template_of(named[0], base)[0])
            ):
                joined = " ".join(text.strip() for text in texts)
                wrapped[at] = f"{joined} with {', '.join(company)}".lstrip() if company else joined
                read_above.update(range(at + 1, end))
        at = end
    return wrapped, read_above


def _line_direction(
    line: str, mark: str | None, tags: list[str], met: Met, in_meeting: bool, under_meetings: bool
) -> tuple[Direction, frozenset[str], bool]:
    """A dated note's line's direction, the first that applies (spec 1.4): its mark, a field or a
    tag of its own, the note's `direction`, the meeting rule (the note is one, or the line is in
    an item of one; a `met::` field; a meeting tag of the line's), else unknown; and who started
    it with the line's people, as the note says (`Met.hosts`), unless the line says of its own.
    And whether the direction is only a heading of meetings' it is `under_meetings` (`## Calls`
    over `- [[Bo]]`: mutual, but where its words say one way, `words._as_met`)."""
    if own := DIRECTIONS[mark] if mark else said_direction(line, tags):
        return own, frozenset(), False
    if met.direction:
        return met.direction, met.hosts, False
    if met.meeting or in_meeting or _MET.search(line) or (tags and meeting_tagged(tags)):
        return "mutual", met.hosts, False
    return ("mutual" if under_meetings else "unknown"), met.hosts, under_meetings


_ANY_SLOT = re.escape(phrases.slot(0)).replace("0", r"\d+")
_NAMES_ALONE = lazy_pattern(
    rf"[\s*_:,;&+–—-]*(?:{_ANY_SLOT}(?:[\s*_:,;&+–—-]|\b(?:and|{phrases.OTHER_ANDS})\b)*)+"
)
"""A line of people's names alone, in a list (`[[Bo]], [[Cy]] and [[Di]]`, `[[Bo]] und [[Cy]]`),
as a template."""
_NAME_ALONE = lazy_pattern(rf"[\s*_:–—-]*{re.escape(phrases.slot(0))}[\s*_:–—-]*")
"""A line that is one person's link and nothing more (`- [[Ana]]`, `**[[Ana]]**:`)."""


def _said_below(lines: list[tuple[int, str, Block, dt.date | None]], at: int, parent: Block) -> str:
    """The words of the first line under the item or heading `parent`, whose line is `lines[at]`,
    that is its own (a later line of the item, or an item nested under it; any line under the
    heading, to the next), when that line names no one and is no task, entry of its own day, row
    or quote. (An outliner's way, `- [[Ana]]` over what happened, and a day's heading per person,
    `## [[Ana]]`, as `_line_below` reads under an own log's day.)"""
    if parent.kind not in ("item", "heading"):
        return ""
    for _, line, block, own_day in lines[at + 1 :]:
        if "::" in line or not line.strip():
            continue  # a property Logseq writes under its bullet
        if parent.kind == "heading":
            if block.kind not in ("item", "paragraph"):
                return ""
        elif block.kind != "item" or (block is not parent and block.level <= parent.level):
            return ""
        words = line.strip().strip(MD_TRIM)
        if own_day or block.task is not None or "[[" in line or "](" in line or words.startswith(_NOT_SAID):
            return ""
        return words
    return ""


def _said_under(parent: Block, template: str, count: int, words: phrases.Table) -> dict[int, str]:
    """What a nested item that says nothing of its `count` people says as the words of the item
    it is in go on (`- Lunch` over `- with [[Ana]]`, `- Emailed` over `- [[Ana]]`, `- Meetings`
    over `- [[Bo]] about the launch`), as an outliner writes a day: read as one line, then as
    one with a mark between them (`Emailed: [[Ana]]`), a meeting word it links as the word (`-
    [[Lunch]]` over `- with [[Ana]]`). Nothing under an item that names anyone, holds a day or is
    a task: its own words are its own line's."""
    said = parent.lines[0][1].strip().strip(MD_TRIM)
    if "[[" in said and "](" not in said:
        said, linked = template_of(said, "")
        said = "" if any(phrases.slot(index) in said for index in range(len(linked))) else said
    if parent.task is not None or len(said) > 60 or not said or "](" in said or opens_day(said):
        return {}
    name = section_name(said)
    if name in phrases.MEETING_HEADINGS:
        return dict.fromkeys(range(count), "mutual")
    if name in phrases.ABSENT_HEADINGS or name in phrases.GRATITUDE_HEADINGS:
        return dict.fromkeys(range(count), "mention")
    slots = range(count)
    going_on = phrases.read_line(f"{said} {template}", slots, words)
    return going_on or phrases.read_line(f"{said}: {template}", slots, words)


def _told_above(
    items: _OpenItems, template: str, text: str, count: int, words: phrases.Table
) -> tuple[str, Direction, dict[int, str]]:
    """A nested item's line that says nothing of its `count` people, as told by the item it is in:
    by its words (`_said_under`), the text with them (`_told_under`); else, when it names
    people alone, as people of the contact that item told (`of_parents_contact`)."""
    parent = items.open[-2]
    if said := _said_under(parent, template, count, words):
        return _told_under(parent, text), "unknown", said
    if _NAMES_ALONE.fullmatch(template):
        return (text, *items.of_parents_contact("unknown", count))
    return text, "unknown", {}


def _told_under(parent: Block, text: str) -> str:
    """The text of a nested item whose people the words of the item it is in tell of
    (`_said_under`), with those words: `Lunch with [[Ana]]` (`- Lunch` over `- with [[Ana]]`),
    `Emailed: [[Ana]], [[Bo]]` (over `- [[Ana]], [[Bo]]`, or `- attendees:: [[Ana]], [[Bo]]`);
    under a list's heading (`- Meetings`), its own."""
    said = parent.lines[0][1].strip().strip(MD_TRIM)
    if section_name(said) in _LIST_HEADINGS:
        return text
    if field := FIELD_LINE.match(text):
        text = field[2].strip()
    return f"{said} {text}" if text[:1].islower() else f"{said}: {text}"


_LIST_HEADINGS = frozenset((*phrases.MEETING_HEADINGS, *phrases.ABSENT_HEADINGS, *phrases.GRATITUDE_HEADINGS))
"""The words of an item that name the kind of list under it, as a heading would (`- Meetings`)."""


def _told_by(text: str, below: str, words: phrases.Table) -> tuple[str, Direction, dict[int, str]]:
    """A line of one person's name alone, told by the line under it (`_said_below`): the two as
    one line (`[[Ana]]: called me back`), its text, and the direction its arrow gives or what its
    words say of the person, read as that line's."""
    text = text.strip(" :*_–—-")
    if mark := MARK_FIRST.match(below):
        return intern(f"{text}: {below[mark.end() :]}"), DIRECTIONS[mark[1]], {}
    said = phrases.read_line(f"{phrases.slot(0)}: {below}", (0,), words)
    return intern(f"{text}: {below}"), "unknown", said


_LISTS = (
    phrases.MEETING_HEADINGS,
    phrases.ABSENT_HEADINGS,
    phrases.GRATITUDE_HEADINGS,
    phrases.PLAN_HEADINGS,
)
"""The headings of the lists a dated note's lines may be under: meetings, absences, gratitude, plans."""
_UNDER_NONE = (0, 0, 0, 0)


def _told_done(template: str, mark: str | None, line: str) -> bool:
    """Does a line under a heading of plans say it was done: by an arrow (`- ← [[Bo]] emailed
    back`), a tick (`Email [[Bo]] the deck ✅`, `(done)`) or a deed done first (`Followed up with
    [[Bo]]`: `phrases.done_first`)?"""
    return mark is not None or _TICKED.search(line) is not None or phrases.done_first(template)


_TICKED = lazy_pattern(r"[✅✔☑]|\((?:done|sent)\)|[:\-–—]\s*done\b", re.IGNORECASE)
"""A mark of a thing done, as a list of to-dos written without boxes ticks one."""


def _lists_under(block: Block, line: str, lists: tuple[int, ...]) -> tuple[tuple[int, ...], str]:
    """Of a line of a dated note that is no item: the levels of the `_LISTS` headings it and the
    lines after it are under, given those the line before it was (`lists`), and which list a
    label alone on it heads, if one (`_list_labelled`)."""
    if block.kind == "heading":
        return tuple(
            _heading_under(block.level, line, *under) for under in zip(lists, _LISTS, strict=True)
        ), ""
    return lists, _list_labelled(line) if block.kind == "paragraph" else ""


def _list_labelled(line: str) -> str:
    """Which list a paragraph's line, a label alone, heads: `plans` (`**Next steps:**`, `Action
    items:`: what is to come, as under a heading of `PLAN_HEADINGS`), `gratitude` (`**Gratitude**`,
    `Thankful for:`), else none (""). Not the others: `Calls:` over `- Missed call from [[Bo]]` is
    no meeting."""
    tail = line.rstrip()
    if tail[-1:] not in (":", "*", "_") or not _label_alone.fullmatch(tail.strip()):
        return ""
    said = undressed(tail.strip())
    if said in phrases.PLAN_HEADINGS:
        return "plans"
    return "gratitude" if said in phrases.GRATITUDE_HEADINGS else ""


def _asked(template: str) -> bool:
    """Is a line one question, whether to meet (`Coffee with [[Ana]]?`, `[[Bo]]?`), or a meeting
    put off to a time that may come (`Coffee with [[Ana]] maybe next month`, `Lunch with
    [[Ana]]? perhaps in December`), not what was done and a question after it (`Texted [[Bo]]:
    free for lunch?`)?"""
    if any(word in template for word in _HEDGE_WORDS) and (hedged := _HEDGE.search(template)):
        template = template[: hedged.start()] + "?"
    return template.rstrip(" *_").endswith("?") and not _CLAUSES.search(template)


_CLAUSES = lazy_pattern(r"[.;,:!—–\"“”]|\s-\s")
"""What parts a line's clauses (`_asked`)."""
_WHEN = (
    r"(?:next|this|tomorrow|tonight|soon|sometime|some time|later"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"|in (?:a|an|two|three|a few|few|{MONTH_NAME}|spring|summer|autumn|fall|winter))\b"
)
_HEDGE = lazy_pattern(
    rf"(?:\s*\?\s*(?:(?:maybe|perhaps|possibly)\s+)?|[\s,]+(?:maybe|perhaps|possibly)\s+){_WHEN}[^.;:!?]*[.!]?\s*$",
    re.IGNORECASE,
)
"""A time that may come, at a line's end: `? maybe next month`, `, perhaps next week`, `? in
December.` (`_asked`)."""
_HEDGE_WORDS = ("?", "aybe", "erhaps", "ossibly")
"""What `_HEDGE` cannot match without (`Maybe` or `maybe`): most lines hold none, and are spared it."""


def _heading_under(level: int, heading: str, under: int, names: tuple[str, ...]) -> int:
    """The level of the heading of one of these `names` (`phrases.MEETING_HEADINGS`) the lines
    after this heading are under, given the one (`under`, 0 for none) the lines before it were:
    a heading as high ends it, one lower is inside it."""
    if under and level > under:
        return under
    return level if section_name(heading) in names else 0


def _grouped(
    targets: list[str],
    said: dict[int, str],
    direction: Direction,
    started: frozenset[str],
    heading: bool = False,
) -> dict[tuple[Direction, bool, bool], list[str]]:
    """A line's people by how it met them: (direction, inferred from the words, only named in
    passing), from the line's `direction`, what its words say of each (`said`, by slot), and
    who the note says started it (`started`, by `target_key`: its organizers). A direction
    given only by a `heading` of meetings gives way to words that say one way (`_as_met`)."""
    # One name written twice on a line (`[[Gordon]]'s book, h/t [[Gordon]]`) is read once.
    ways: dict[str, str] = {}
    for index, target in enumerate(targets):
        way, known = said.get(index), ways.get(target.lower())
        if way is not None and (known is None or known == "mention"):
            ways[target.lower()] = way
        elif way is not None and known != way and way != "mention":
            ways[target.lower()] = "mutual"  # in and out on one line: both ways
    groups: dict[tuple[Direction, bool, bool], list[str]] = {}
    for target in targets:
        way = ways.get(target.lower())
        if way == "mention":
            key: tuple[Direction, bool, bool] = (direction, False, True)
        elif started and target_key(target) in started:
            key = ("inbound", False, False)
        elif way is not None and (direction == "unknown" or (heading and way in _ONE_WAY)):
            key = (way, True, False)  # type: ignore[assignment]
        else:
            key = (direction, False, False)
        groups.setdefault(key, []).append(target)
    return groups


def own_entries(
    entries: list[Entry],
    words: phrases.Table,
    base: str,
    names: tuple[str, ...],
    links: Container[str],
    dated_last: Container[int] = (),
) -> list[Mention]:
    """The entries of a person's own log, each one's direction read from its words when no mark
    gives it (6.5), the person named by one of their `names` or by a link that finds them by one
    of their `links` (`own_links`). Made by `model.new_mention`: a log makes one for each of its
    lines. An entry whose day ends it (its line in `dated_last`: `- Lunch (2026-11-03)`) is one
    only when a mark or its words say a contact: a life's events are dated so too (`- Joined
    Google, 2019-03-01`)."""
    mentions = []
    for entry in entries:
        date, direction, line, text, targets, broadcast, tags = entry
        if direction == "unknown" and (tags or "::" in text):
            direction = said_direction(text, tags) or direction
        if targets and INTRO_TAG not in tags and _introduces(text, base, names, links):
            tags = tuple(sorted((*tags, INTRO_TAG)))
        if direction != "unknown" and not broadcast:  # `← his newsletter`: the mark says who sent it
            broadcast = _the_mailing(text, words, base, names, links)
        way = None if direction != "unknown" or broadcast else own_way(text, words, base, names, links)
        if direction != "unknown" and phrases.did_not_happen(text, words):  # `-> ~~Design review~~`
            way = "mention"
        if line in dated_last and direction == "unknown" and way not in _CONTACT_WAYS:
            continue
        if way is None or way == "broadcast":  # `Sent her the newsletter`: audience, as if tagged
            sent = broadcast or way == "broadcast"
            mentions.append(new_mention(date, direction, line, text, targets, sent, tags, False, False))
        elif way == "mention":
            mentions.append(new_mention(date, direction, line, text, targets, broadcast, tags, False, True))
        else:
            mentions.append(new_mention(date, way, line, text, targets, broadcast, tags, True, False))  # type: ignore[arg-type]
    return mentions


def _the_mailing(
    text: str, words: phrases.Table, base: str, names: tuple[str, ...], links: Container[str]
) -> bool:
    """Is a marked own log entry the mailing to many itself: it opens by naming one, and what
    follows says no contact of its own (`← his newsletter on pricing`, not `← investor update
    call, 30 min on the phone` or `↔ newsletter team lunch at Rosa's`)?"""
    lowered = text.lower()
    end = phrases.mailing_opening(lowered)
    if end is None:
        return False
    return own_way(lowered[end:], words, base, names, links) in (None, "mention", "broadcast")


def told_below(entries: list[Entry], text: str, offset: int) -> list[Entry]:
    """The entries of a person's log, each that says nothing after its day (`### 2026-11-02` over
    a paragraph, `- 2026-11-02` over nested bullets), or under a heading only what kind it was
    (`### 2026-10-14 — Call`, then told after it), told by the line under it (`_line_below`):
    its text on the pages, and its words read for who started it, or its arrow when it opens
    with one, as the day's own line would. `text`: the body, whose first
    line is the file's line `offset` + 1."""
    if all(entry[3] and not _kind_alone(entry[3]) for entry in entries):
        return entries  # nearly every log: each entry says what happened on its own line
    lines = text.split("\n")
    starts = {entry[2] - offset - 1 for entry in entries}
    told = []
    for entry in entries:
        at = entry[2] - offset - 1
        kind = entry[3] if entry[3] and _kind_alone(entry[3]) else ""
        said = "" if entry[3] and not kind else _line_below(lines, at, starts)
        if not said:
            if not (entry[3] or entry[4] or entry[6]) and _left_to_fill(lines, at, starts):
                continue  # `- 2026-12-08 -> `: a template's log line, made ready to fill
            told.append(entry)
            continue
        direction = entry[1]
        if direction == "unknown" and (mark := MARK_FIRST.match(said)):  # `- <- she called`
            direction, said = DIRECTIONS[mark[1]], said[mark.end() :]
        told.append((entry[0], direction, entry[2], intern(f"{kind}: {said}" if kind else said), *entry[4:]))
    return told


def _kind_alone(text: str) -> bool:
    """Does an entry's text say only what kind of contact it was (`Call`, `video call`, `Coffee`,
    `📞 Call`), maybe after a word of which kind (`Quick call`, `Weekly 1:1`)? Under a dated
    heading, the line below then says what happened (`### 2026-10-14 — Call`)."""
    if len(text) > _LONGEST_KIND:
        return False
    said = phrases.without_pictographs(text).strip(" .:").lower()  # `📞 Call`
    first, _, rest = said.partition(" ")
    return said in _KINDS or (first in phrases.NOUN_KINDS and rest in _KINDS)


_KINDS = frozenset(phrases.MEETING_WORDS + phrases.MEETING_NOUNS + phrases.MESSAGE_WORDS)
_LONGEST_KIND = max(map(len, phrases.NOUN_KINDS)) + 1 + max(map(len, _KINDS)) + 2
"""The longest text `_kind_alone` may find a kind in (a word of which kind before it, a stop or
a colon after it): any longer is not looked up, as nearly every entry's text is."""


MARK_FIRST = lazy_pattern(rf"({MARK})(?=\s|\[|$)\s*")
"""A direction's mark opening a text (`<- she called`), and the space after it."""


_NOT_SAID = ("|", ">", "```", "~~~", "<!--", "%%")
"""How a line opens that tells no entry: a table row, a quote, a fence, a comment."""


def _line_below(lines: list[str], at: int, starts: Container[int]) -> str:
    """The words of the first line under the entry opening `lines[at]` that belongs to it: under a
    heading or a line of text, before the next heading; under an item, one of its own (indented
    under it). Nothing when that line opens an entry of its own (one of `starts`, or any that
    says its day in full), or is a row, quote, fence, comment, field or task; a label over lines
    (`**Key points:**`) is passed over. Under a callout's title, the callout's own lines, each
    after its `>`s."""
    head = lines[at]
    callout = head.lstrip().startswith(">")
    item = None if callout else LINE_ITEM.match(head)
    if item is None and not callout and "|" in head and atx_heading(head) is None:
        return ""  # a table row's cells say all the row says
    depth = indent_of(item[1])[0] if item else -1
    for below, line in enumerate(lines[at + 1 :], at + 1):
        if callout:
            if not line.lstrip().startswith(">"):
                return ""  # the callout is over
            line = unquoted(line)
        if not line.strip() or "::" in line:  # a blank line, or a property Logseq writes under its bullet
            continue
        if (item and indent_of(line)[0] <= depth) or atx_heading(line) is not None or below in starts:
            return ""  # no longer the item's own, or the heading's
        child = LINE_ITEM.match(line)
        said = (child[2] or "") if child else line
        words = clean(said).strip().strip(MD_TRIM)
        if not words or words.startswith(_NOT_SAID) or split_task(words)[0] or opens_day(words):
            return ""  # a task under the day is something to do, not what happened
        if child and said[:1] in TASK_STARTS and task_word(said) is not None:
            return ""  # so is Logseq's (`TODO call him`) and Roam's (`{{[[TODO]]}} call him`)
        if not child and _label_alone.fullmatch(words):
            continue  # `**Key points:**`, as a template titles what follows
        return words
    return ""


def _left_to_fill(lines: list[str], at: int, starts: Container[int]) -> bool:
    """Is the entry opening `lines[at]`, which says nothing after its day but a mark or a
    separator, a line left to fill (`- 2026-12-08 -> `, as a person template's `- {{date}} -> `
    is made): its day written as text, no link to the day's note (`- [[2026-12-08]]`, which
    tells of it), and nothing under it of its own (an item's lines indented under it, a heading's
    before the next heading as high or entry, a callout's)? A row's cells say all it says."""
    head = lines[at]
    if "[[" in head or "](" in head:
        return False
    callout = head.lstrip().startswith(">")
    item = None if callout else LINE_ITEM.match(head)
    if item is None and not callout and "|" in head and atx_heading(head) is None:
        return True  # a row left to fill: `| 2026-12-08 |  |  |`
    depth = indent_of(item[1])[0] if item else -1
    heading = atx_heading(head)
    for below, line in enumerate(lines[at + 1 :], at + 1):
        if callout:
            return not line.lstrip().startswith(">") or not unquoted(line).strip()
        if not line.strip():
            continue
        if item:
            return indent_of(line)[0] <= depth
        under = atx_heading(line)
        if under is not None and heading is not None:
            return under[0] <= heading[0]  # `### 2026-08-01` over `#### Notes`: a section of its own
        return under is not None or below in starts
    return True


_label_alone = lazy_pattern(
    r"(?:\*\*|__)?[^\W\d_][\w '’-]{0,30}(?:\*\*|__)?:(?:\*\*|__)?|(\*\*|__)[^\W\d_][\w '’-]{0,30}\1"
)
"""A line that only titles the lines under it (`**Key points:**`, `Notes:`, `**Gratitude**`)."""


def own_way(
    text: str,
    words: phrases.Table,
    base: str,
    names: tuple[str, ...] = (),
    links: Container[str] = (),
) -> str | None:
    """What the words of an own log entry say of the person, who is also named by the `names`
    they answer to (`own_names`: `Ana called`) and by a link that finds them by one of their
    `links` (`own_links`: `[[Ana]] called`, `Send [[People/Ana|Ana]] the book`). The answer for
    a template is remembered: a log repeats its lines, and with every link one slot its
    templates repeat more."""
    if "[[" not in text and "](" not in text:
        template = text
    elif "](" in text or "![[" in text or _EMPTY_WIKILINK.search(text):
        template = _self_linked(*template_of(text, base), links)
    else:
        # Only wikilinks, each to a note: each is a slot, as `template_of` makes it (a meeting
        # word's its word). Which slot does not matter here: an own entry's words are read only
        # for the person whose note it is, whose own links are their slot.
        template = _NOTE_WIKILINK.sub(partial(_own_slot, links), text)
    lowered, way = phrases.own_reading(template, words)
    for key in names:
        if key in lowered:  # else the template's reading as it is: likely read before
            return phrases.read_own(_as_self(lowered, names), words)
    return way


def _own_slot(links: Container[str], link: re.Match[str]) -> str:
    """A wikilink of an own log entry as `template_of` reads it: a slot, or a meeting word; the
    slot of the person whose note it is when it finds them by one of their `links`."""
    target = link_target(link[0][2:-2])
    if phrases.a_meeting_word(target):
        return target
    return _SELF_SLOT if target_key(target) in links else _ANY_SLOT


def _self_linked(template: str, targets: list[str], links: Container[str]) -> str:
    """`template` (`template_of`'s, of `targets`) with the slot of each target that finds the
    person whose note it is by one of their `links` made their own slot (`SELF`)."""
    for index, target in enumerate(targets):
        if target_key(target) in links:
            template = template.replace(phrases.slot(index), _SELF_SLOT)
    return template


def own_person(
    stem: str, name: str, aliases: tuple[str, ...], tags: Iterable[str]
) -> tuple[tuple[str, ...], frozenset[str]]:
    """The names a person answers to in their own log (`own_names`), and those a link finds them
    by (`own_links`)."""
    return own_names(stem, name, aliases, tags), own_links(stem, name, aliases)


def own_links(stem: str, name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The names a link finds a person by (spec 6.2: their file stem, `name` and aliases), as
    `target_key` makes a link's target: in their own log, a link to one is them (`Called
    [[Ana]]`, `[[People/Ana|Ana]] called me`). Not a first name alone (`[[Ana]]` in `Ana
    Souza.md` is a note of its own), which names them only written plain."""
    return frozenset(key for key in map(name_key, (stem, name, *aliases)) if key)


def _introduces(text: str, base: str, names: tuple[str, ...], links: Container[str]) -> bool:
    """Do the words of an own log entry say you introduced two people, the person whose note it is
    written as a pronoun, one of their `names` or a link to them (`introduced her to [[Bo]]`)?"""
    if not phrases.may_introduce(text):  # nearly every entry: no template made
        return False
    template = _self_linked(*template_of(text, base), links)
    return phrases.introduces(_as_self(folded(template), names), own=True)


def own_names(stem: str, name: str, aliases: tuple[str, ...], tags: Iterable[str] = ()) -> tuple[str, ...]:
    """The names a person answers to (spec 6.2: stem, `name`, aliases) and their first names
    (`Jane called` in `Jane Doe.md`, `Sam called` in `sam-park.md`; `vaultnet log jane` finds
    her so too), and what you call a parent or grandparent their tags say they are (`Mum rang`
    in a note tagged `mum`, as `relationship: mum` tags it), as `folded` text, the longest first:
    `Ana Souza` is taken whole before `Ana`."""
    called = [word for tag in tags if (word := tag.rsplit("/", 1)[-1]) in _CALLED_SO]
    called += [word for words in (name.split(), stem_words(stem)) if (word := folded(words[0])) in _CALLED_SO]
    keys = {key for key in map(name_key, (stem, name, *aliases, *first_names(stem, name), *called)) if key}
    return tuple(sorted(keys, key=lambda key: (-len(key), key)))


_CALLED_SO = frozenset((
    "mum", "mom", "mam", "mama", "mamma", "mommy", "mummy", "mother", "dad", "daddy", "papa", "father",
    "grandma", "grandpa", "granny", "gran", "grandad", "granddad", "nan", "nana", "nanna", "grandmother",
    "grandfather", "oma", "opa", "omi", "opi", "mutti", "vati", "mamá", "papá", "mami", "abuela", "abuelo",
    "abuelita", "abuelito", "maman", "mamie", "papi", "papy", "mémé", "pépé", "tata", "babcia", "dziadek",
))  # fmt: skip
"""What one calls a parent or grandparent as a name (`Mum rang`, `Grandpa sent a card`, `Babcia
zadzwoniła`): in their own log the word is them, when a tag says they are one or their file name
or `name` opens with it (`Oma Hilde.md`). Not `sister`, `cousin` or `uncle`, which one says of
several."""


def _as_self(text: str, names: tuple[str, ...]) -> str:
    """`text` with each of the person's own names written as a whole word made their slot."""
    for key in names:
        text = _as_slot(text, key, _SELF_SLOT)
    return text


def _as_slot(text: str, name: str, slot: str) -> str:
    """`text` with `name`, where written as a whole word, made `slot` (in one pass: a pasted
    transcript names its person hundreds of times on one line)."""
    parts: list[str] = []
    done, start = 0, text.find(name)
    while start >= 0:
        end = start + len(name)
        if _word_edge(text, start - 1) and _word_edge(text, end):
            parts += (text[done:start], slot)
            done = end
        start = text.find(name, end)
    return "".join(parts) + text[done:] if parts else text


@lru_cache(maxsize=1 << 16)
def _first_name(target: str) -> str:
    """The first name of the person a link's target names, with a capital (`Bo` of `Bo Chen`,
    `Eve` of `eve-moss`): asked of every line of a dated note, for the few targets a vault links."""
    first = first_names(stem_of(target), "")[1]
    return first[:1].upper() + first[1:]


def _first_names_as_slots(template: str, targets: list[str]) -> str:
    """`template` with the first name of a person it links, written again in its text with a
    capital, made their slot (`Lunch with [[Dana Reyes]] and [[Bo Chen]] — Bo's idea`, as an own
    log's `Jane called` is Jane's). A first name two of them share names neither."""
    firsts: dict[str, str | None] = {}  # a first name → the target it names, None for two
    for target in targets:
        if phrases.a_meeting_word(target):
            continue  # `[[Coffee]] with [[Ed]]`: the line's `Coffee` is the word (`template_of`)
        first = _first_name(target)
        if first and first in template:
            firsts[first] = target if firsts.get(first, target) == target else None
    for first, named in firsts.items():
        if named is not None:
            template = _as_slot(template, first, phrases.slot(targets.index(named)))
    return template


def _word_edge(text: str, at: int) -> bool:
    """Is there no word character at `at` (before the start or past the end of `text`: none)?"""
    return not 0 <= at < len(text) or not (text[at].isalnum() or text[at] == "_")


_NOTE_WIKILINK = lazy_pattern(r"\[\[[^\[\]]+\]\]")
"""A wikilink, as `inline.template_of` finds one, for a text without Markdown links or embeds."""
_EMPTY_WIKILINK = lazy_pattern(r"\[\[\s*(?:[|#^][^\[\]]*)?\]\]")
"""A wikilink to no note (`[[#Heading]]`, `[[ ]]`): `template_of` makes it a space, not a slot."""
_ANY_SLOT = phrases.slot(0)
_SELF_SLOT = phrases.slot(phrases.SELF)
