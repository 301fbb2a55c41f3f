"""A note's body in one pass over its blocks: log entries, tags, links, facts, tasks and fields.
The reference reader; `body_fast` reads a plain body as it does, faster."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from sys import intern

from vaultnet.convert import date_prefix, task_due
from vaultnet.fields import ABOUT_OPENINGS, FACT_HEADINGS, INTEREST_HEADINGS
from vaultnet.model import Direction, FollowUp, Mention, Problem, stem_of
from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import ARROWS, Block, rows_as_read, section_name, undressed
from vaultnet.read.days import (
    DATE,
    SLASHED,
    EntryHead,
    Period,
    day_in_name,
    entries_opened,
    entry_head,
    log_paragraphs,
    may_open_entry,
    periods_in_force,
    slashed_start,
    unread_month_opening,
    weekday_heading,
    yearless_opening,
)
from vaultnet.read.inline import (
    UNCLEAN,
    CodeLine,
    clean,
    code_line,
    links_in,
    shown,
    tags_alone,
    tags_in,
    untagged,
)
from vaultnet.read.keys import (
    BRACKETED_FIELD,
    CARD_KEYS,
    FIELD_LINE,
    bare_card_line,
    field_key,
    key_and_value,
)


def section_in(said: str, names: Container[str]) -> bool:
    """Is a section named `said` (`section_name`) one of `names`: the name itself, or each of the
    names it joins (`likes & dislikes`, `hobbies and interests`, `family / friends`)? A section
    about the person by name (`about Bo`, `about her`, `Über sie`, `À propos d'elle`) is one of
    about."""
    if said in names or (said.startswith(ABOUT_OPENINGS) and "about" in names and _about_someone(said)):
        return True
    if "&" not in said and " and " not in said and "/" not in said and "," not in said:
        return False
    parts = _JOINED.split(said)
    return all(part in names for part in parts)


def _about_someone(said: str) -> bool:
    """Does a section named as about something (`ABOUT_OPENINGS`) name whom (`About her`, `Über
    Anna`, `À propos d'elle`), not what (`About the project`, `Over the years`, `Sobre el
    proyecto`, `À propos de la société`)?"""
    opening = next(opening for opening in ABOUT_OPENINGS if said.startswith(opening))
    words = said[len(opening) :].split()
    if words[:1] == ["de"] and opening.endswith("propos "):
        words = words[1:]
    return bool(words) and words[0] not in _NOT_SOMEONE and not words[0].startswith(("l'", "l’"))


_NOT_SOMEONE = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "our", "us",  # English
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "unser", "unsere", "uns",
    "le", "la", "les", "un", "une", "du", "notre", "nos", "ce", "cette",  # French
    "el", "los", "las", "una", "nuestro", "nuestra", "este", "esta",  # Spanish
    "il", "lo", "i", "gli", "nostro", "nostra", "questo", "del", "della",  # Italian
    "de", "het", "een", "ons", "onze", "dit", "deze",  # Dutch
    "o", "os", "as", "um", "uma", "nosso", "nossa", "do", "da",  # Portuguese
))  # fmt: skip
"""The words that say a section is about a thing, not a person, after its opening (`the`, `el`)."""


_JOINED = lazy_pattern(r"\s*(?:&|/|,|\band\b)\s*")
DONE_BOXES = ("x", "X")
"""A done task's box: `[x]`, `[X]`."""
TASK_WORDS = {
    "DONE": "x", "TODO": " ", "LATER": " ", "NOW": " ", "DOING": " ", "WAITING": " ",
    "IN-PROGRESS": " ", "CANCELED": "-", "CANCELLED": "-",
}  # fmt: skip
"""Logseq's task words, as the task box each means (spec 6.3)."""
_LOGSEQ_OWN = frozenset(
    (
        "id", "custom-id", "collapsed", "heading", "background-color", "background_color",
        "created-at", "updated-at", "last-modified-at", "created_at", "last_modified_at",
        "query-table", "query-properties", "query-sort-by", "query-sort-desc", "ls-type",
        "hl-type", "hl-page", "hl-stamp", "hl-color", "logseq.order-list-type", "icon", "public",
        "card-last-interval", "card-repeats", "card-last-reviewed", "card-next-schedule",
        "card-last-score", "card-ease-factor",
    )
)  # fmt: skip
"""Block properties Logseq writes on its own (its hidden built-in properties, the flash-card
ones, `icon`, `public`): how a block shows, never what it says (docs/format.md)."""
_WAYS: dict[str, Direction] = {"->": "outbound", "<-": "inbound", "<->": "mutual"}
DIRECTIONS: dict[str, Direction] = {mark: _WAYS[arrow] for mark, arrow in ARROWS.items()}
"""Each mark (`ARROWS`), and the direction it gives."""
Entry = tuple[dt.date, Direction, int, str, tuple[str, ...], bool, tuple[str, ...]]
"""An entry of a log as `Mention`'s first fields: made a Mention only in a person's note, once its
words are read (most notes are people's, and most of their entries are read from their words)."""


@dataclass
class Body:
    """What a body holds, gathered in one pass over its blocks."""

    entries: list[Entry]
    tags: list[str]
    links: list[str]
    facts: list[str]
    interests: list[str]
    """Items under an Interests heading (also facts, when the heading is a fact heading)."""
    follow_ups: list[FollowUp]
    lines: list[tuple[int, str, Block, dt.date | None]]
    """Every line, cleaned, with its block and, for an entry's lines, the entry's own date: what
    a dated note reads. Only kept for a note that may be dated."""
    properties: dict[str, tuple[str, int]]
    """`key:: value` lines opening the body (Logseq page properties): lower-case key → (value, line)."""
    fields: dict[str, tuple[str, int]]
    """Inline fields starting a line and two-column `| key | value |` rows anywhere (spec 6.4)."""
    colons: dict[str, tuple[str, int]]
    """Lines of a key, one colon and a value (`**Birthday:** 1990-05-01`): fields when the key is
    one of the card's (`card_fields`)."""
    bad_dates: list[Problem]
    """Entries whose date cannot be read (`2026-02-30`, `11/01/2026`): problems in a person's note,
    and in another that tells of people."""
    note_tags: list[str]
    """Tags on a line of their own outside lists (`#broadcast`, `#daily #meeting`): they tag the
    note as a whole, where a tag at the end of a line describes that line."""
    known: set[int] = field(default_factory=set)
    """The lines of `colons` under a heading of what is known, where each is a fact as it stands:
    no relation of the card (`card_fields`)."""
    ends_in_a_day: bool = False
    """A list's own item, no entry nor task, ends in a digit or a bracket (`- Lunch (2026-11-03)`):
    the note may date entries last (`day_last`), which only then is looked for."""
    code: dict[int, tuple[CodeLine, int]] = field(default_factory=dict)
    """Each line of a block that holds a code span, by the file's line: its `code_line` and the
    block's last line, to show an entry's text with its code (`with_code`)."""
    loose: list[Problem] = field(default_factory=list)
    """Those of `bad_dates` that open a line with numbers that may be a day or a count (`11/20`,
    `10/12 people`, `3.12.10`, `bad_date`): a problem only in a person's log."""
    yearless: list[Problem] = field(default_factory=list)
    """Those of `bad_dates` that open a line with a day of no year or of a month vaultnet does
    not read (`Nov 28: coffee`, `3 Kasım 2026:`, `yearless_day`): none in a note of one day."""

    @classmethod
    def empty(cls) -> Body:
        """A body before anything is gathered into it."""
        return cls([], [], [], [], [], [], [], {}, {}, {}, [], [])


TASK_STARTS = frozenset({word[0] for word in TASK_WORDS} | {"T", "t", "{"})
"""How an item that opens with a task word (`task_word`) may start."""
_TO_DO = lazy_pattern(r"to[ -]?do\s*[:–—-]\s*", re.IGNORECASE)
"""A to-do's label, as Markdown notes write one (`TODO: send the deck`, `To do - call Bo`)."""
_ROAM_TASK = lazy_pattern(r"\{\{(?:\[\[(TODO|DONE)\]\]|(TODO|DONE))\}\}[ \t]*")
"""Roam's task macro, its checkbox: `{{[[TODO]]}}` or `{{TODO}}`, done `{{[[DONE]]}}`, `{{DONE}}`."""


def task_word(text: str) -> tuple[str, str] | None:
    """The task box an item's opening words mean, and the rest of its text: a Logseq task word
    (`DONE`, `TODO`, ...), Roam's task macro (`{{[[TODO]]}}`: `_ROAM_TASK`), or a to-do's label
    (`TODO:`, an open task); None for neither."""
    if text[:2] == "{{":
        roam = _ROAM_TASK.match(text)
        return None if roam is None else (TASK_WORDS[roam[1] or roam[2]], text[roam.end() :])
    if text[:1].isupper():
        word = text.split(None, 1)[0]
        task = TASK_WORDS.get(word)
        if task is not None:
            return task, text[len(word) :].lstrip()
    rest = _after_to_do(text)
    return None if rest is None else (" ", rest)


def _as_task(block: Block, period: Period | None) -> Block:
    """An item of no box as the task its words make it, if any: opening with a task word
    (`_logseq_task`), or with a day and Roam's task macro (`_task_after_day`)."""
    text = block.lines[0][1]
    if text[:1] in TASK_STARTS:
        block = _logseq_task(block)
    return _task_after_day(block, period) if block.task is None and "{{" in text else block


def _task_after_day(block: Block, period: Period | None) -> Block:
    """An item whose day is followed by Roam's task macro (`[[January 12th, 2021]] {{[[TODO]]}}
    send her the book list`: Roam shows its box wherever it is written) as that task, the day
    kept, as a box before it would make it (`- [ ] [[January 12th, 2021]] send ...`)."""
    first_line, text = block.lines[0]
    entry = entry_head(text, period) if may_open_entry(text, text.lstrip()[:1]) else None
    if entry is None:
        return block
    after = text[entry[3] :]
    roam = _ROAM_TASK.match(after.lstrip())
    if roam is None:
        return block
    rest = after.lstrip()[roam.end() :]
    said = f"{text[: entry[3]].rstrip()} {rest}"
    return block._replace(task=TASK_WORDS[roam[1] or roam[2]], lines=((first_line, said), *block.lines[1:]))


def _after_to_do(text: str) -> str | None:
    """The words after the to-do's label a text opens with (`TODO: send the deck`); None for none."""
    label = _TO_DO.match(text) if text[:1] in "Tt" else None
    return None if label is None else text[label.end() :]


def _logseq_task(block: Block) -> Block:
    """An item opening with a task word (`task_word`) as the task box it means."""
    first_line, first_text = block.lines[0]
    found = task_word(first_text)
    if found is None:
        return block
    task, rest = found
    return block._replace(task=task, lines=((first_line, rest), *block.lines[1:]))


Section = tuple[int, int]
"""An About/Facts/... or Interests section a body's reader is in (spec 1.5), as the heading level
and the list depth of what opened it: a heading (its level; the depth of the item it is written
in, 0 at the margin), an item of the section's word alone with items under it (an outline's
`- About`, as Logseq writes one: `_ITEM_SECTION`, its depth), or a paragraph of that word alone
over a list (`**Interests:**`, as person templates title one: `LABEL_SECTION`). (0, 0) for none."""
NO_SECTION: Section = (0, 0)
_ITEM_SECTION = 7
"""The level of a section an item opens: under every heading's."""
LABEL_SECTION: Section = (8, 0)
"""A section a label opens: under every heading's, and ended by the next paragraph too."""


def section_ends(section: Section, heading: int, depth: int) -> bool:
    """Does a heading (`heading`: its level), an item or a paragraph (`heading` 0) at list depth
    `depth` end an open section? One opened at the margin ends at a heading as high as its own
    (a label's, at the next paragraph as well); one opened in a list, at whatever is not inside
    its item."""
    if section[1]:
        return depth <= section[1]
    return 0 < heading <= section[0] or (section == LABEL_SECTION and not depth)


def section_under(section: Section, heading: Section, said: str, names: Container[str]) -> Section:
    """The section of one of `names` the lines after a heading (`heading`: its level and depth)
    that says `said` are under, given the one they were under before (`section`, ended already
    if the heading ends it): one opened before goes on through a heading inside it, whatever
    that one says (`## About` over `### Family` and `### Work`)."""
    return heading if not section[0] and section_in(said, names) else section


def section_at_heading(section: Section, level: int, said: str, names: Container[str]) -> Section:
    """`section_under` a heading at the margin of `level` that says `said`, the section it was
    under ended first if the heading ends it: how a reader of lines alone (no list depth) keeps
    its section."""
    ended = NO_SECTION if section[0] and section_ends(section, level, 0) else section
    return section_under(ended, (level, 0), said, names)


def _titles(lines: tuple[tuple[int, str], ...]) -> bool:
    """Are these an item's lines that may name a section: one line, or one and its properties?"""
    return len(lines) == 1 or all("::" in line for _, line in lines[1:])


def section_word(text: str) -> str:
    """The word an item of one line says, as a section's name (`About`, `**Facts:**`, `🧠 About`
    → about: `undressed`)."""
    return undressed(text) if len(text) < 24 else ""


UNSURE_DAY = dt.date.min
"""The day of a dated note's line under a day vaultnet cannot be sure of (`- 03/11/2026 Lunch with
[[Ana]]` in the note of 20 November, the lines under `## 03/11/2026`): not the note's own, and
none it can tell, so the line tells of no contact (`dated_mentions`); the day is a problem."""


def read_body(
    file: str, blocks: list[Block], offset: int, dated: bool, base: str = "", week: dt.date | None = None
) -> Body:
    """One pass over a body's blocks. `dated`: the note may be a dated note, which reads each
    line outside its entries, so keep them in `lines`. `week`: the Monday of a weekly note's week,
    whose headings of a weekday (`### Friday`) date the lines under them."""
    body = Body.empty()
    facts = interests = NO_SECTION
    dated_section: tuple[int, dt.date] | None = None  # the level and day of the dated heading above
    above: list[tuple[str, ...]] = []  # the people each open item links, outermost first
    blocks = rows_as_read(log_paragraphs(entries_opened(blocks, titled=not dated)))
    for index, (block, period) in enumerate(zip(blocks, periods_in_force(blocks), strict=True)):
        kind, lines, task, level, first, depth, _ = block
        first_line, first_text = lines[0]
        people_above = _people_above(above, block, base)
        if kind == "heading" and dated_section and level <= dated_section[0]:
            dated_section = None
        if kind == "item" and task is None and first:
            block = _as_task(block, period)
            lines, task = block.lines, block.task
            first_line, first_text = lines[0]
        read_as = None  # the fact and interest levels of an item that may name a section
        if kind != "row" and "::" not in first_text:  # Logseq writes a bullet's properties under it
            heading, at = (level, depth) if kind == "heading" else (0, level)
            facts = NO_SECTION if facts[0] and section_ends(facts, heading, at) else facts
            interests = NO_SECTION if interests[0] and section_ends(interests, heading, at) else interests
        if kind == "heading":
            said = section_name(first_text)
            facts = section_under(facts, (level, depth), said, FACT_HEADINGS)
            interests = section_under(interests, (level, depth), said, INTEREST_HEADINGS)
            head = first_text
        else:
            head = first_text.lstrip("| ")
            if kind == "row" and "|" in head:  # `| 2026-11-20 |  | <- she called |`: a cell left blank
                head = _BLANK_CELLS.sub("|", head)
            if kind == "item" and first and task is None and "::" not in first_text and _titles(lines):
                facts, interests, read_as = sections_after_item(first_text, level, facts, interests)
        fact_level, interest_level = read_as or (facts[0], interests[0])
        if kind == "paragraph" and not level and len(lines) == 1:
            facts, interests = sections_after_label(first_text, facts, interests)
        if kind != "heading":
            _block_fields(body, block, offset, index == 0, known=bool(fact_level or interest_level))
        if kind == "paragraph" and level and not first_text.startswith("|"):
            entry, unsure = None, False  # an item's paragraph is no entry (a table row pasted as text may be)
        else:
            start = head.lstrip()[:1]
            opens = may_open_entry(head, start)
            entry = entry_head(head, period) if opens else None
            if entry is None and task in DONE_BOXES and (done := _done_first(head, file)) is not None:
                head, entry = done, entry_head(done)
            unsure = entry is None and slashed_start(start) and first and (task is None or task in DONE_BOXES)
            unsure = unsure and bad_date(body, file, head, first_line + offset + 1)  # `03/11/2026`: no day
            at_margin = kind != "paragraph" or not level
            logged = first and task is None and at_margin and not (fact_level or interest_level)
            if entry is None and logged:
                _no_day(body, file, head, first_line + offset + 1, kind, level, opens and period is None)
        _code_lines(body, lines, offset)
        written = _said(block) if task == " " or fact_level or interest_level else ""
        text = clean(written)
        if task is not None and kind == "item":
            _task(body, file, block, first_line + offset + 1, base, people_above, dated, written)
        if entry and first and (task is None or task in DONE_BOXES):
            more = [clean(line) for _, line in lines[1:]]
            date = read_entry(body, file, entry, head, first_line + offset + 1, base, more)
            if date is not None:
                if dated:  # a dated note reads an item of its own date as any line, on that date
                    _dated_lines(body, block, head, entry, more, offset, date)
                if kind == "heading":
                    dated_section = (level, date)
                continue
        if kind == "heading" and entry is None and (section_day := _heading_day(head, level, week, unsure)):
            dated_section = section_day
        # An open task under About is something to do (a follow-up), not something known.
        if kind == "item" and task != " " and (fact_level or interest_level) and (fact := text.strip()):
            if fact_level:
                body.facts.append(fact)
            if interest_level:
                body.interests.append(fact)
        elif kind == "paragraph" and not level and fact_level and (fact := paragraph_fact(text)):
            facts = known_paragraph(body, fact, facts)
        # Under a dated heading (`## 2026-11-18`), its day; a nested item has its item's (`dated_mentions`).
        day = dated_section[1] if dated_section and (kind != "item" or (level == 1 and first)) else None
        day = UNSURE_DAY if unsure else day  # not the note's day either
        for number, line in lines:
            cleaned = clean(line) if any(mark in line for mark in UNCLEAN) else line
            if dated:
                body.lines.append((number + offset + 1, cleaned, block, day))
            plain_words(body, cleaned, kind == "paragraph" and not level, base)
    return body


def _heading_day(head: str, level: int, week: dt.date | None, unsure: bool) -> tuple[int, dt.date] | None:
    """The level and day of a heading of no day of its own that dates the lines under it: a day
    of a weekly note's `week` it names (`### Friday`), or none vaultnet is sure of (`unsure`: `##
    03/11/2026`, `UNSURE_DAY`); None for any other heading."""
    if unsure:
        return level, UNSURE_DAY
    day = weekday_heading(head, week) if week is not None else None
    return None if day is None else (level, day)


def _code_lines(body: Body, lines: Sequence[tuple[int, str]], offset: int) -> None:
    """A block's lines into `body.code`, when one holds a code span (each its `code_line`, with the
    block's last line)."""
    for _, line in lines:
        if "`" in line:
            break
    else:
        return  # nearly every block (a loop: a generator's `any` takes twice as long)
    found = [(number + offset + 1, code_line(line)) for number, line in lines]
    if any(holes for _, (_, holes) in found):
        last = found[-1][0]
        body.code.update((number, (line, last)) for number, line in found)


def with_code(mentions: Iterable[Mention], code: dict[int, tuple[CodeLine, int]]) -> list[Mention]:
    """The mentions a note's lines made, each whose line holds a code span (`code`: `Body.code`)
    with its text as the line shows it, the spans as written (`inline.shown`): its links, tags
    and words were read without them (`clean`)."""
    return [
        replace(m, text=intern(said))
        if m.line in code and m.text and (said := _shown_text(m.text, m.line, code)) != m.text
        else m
        for m in mentions
    ]


def _shown_text(text: str, line: int, code: dict[int, tuple[CodeLine, int]]) -> str:
    """`text`, read from `line`, with its code spans (`with_code`); an entry's words read from the
    later lines of its block too (`more_words`, each closing it) with theirs."""
    first, last = code[line]
    pieces: list[str] = []
    number = last
    while text not in first[0] and number > line:
        later = code[number][0]
        number -= 1
        words = later[0].strip()
        if words and text.endswith(" " + words):
            pieces.append(shown(words, later))
            text = text[: -len(words) - 1]
    return " ".join([shown(text, first), *reversed(pieces)])


def _task(
    body: Body, file: str, block: Block, line: int, base: str, above: tuple[str, ...], dated: bool, text: str
) -> None:
    """An item's task (`text`: its words as written, when open) as a follow-up of `body`: an open
    one; in a note that may be dated, a done one too (`FollowUp.done`), which closes the open
    copies of it carried forward to that day."""
    if block.task == " ":
        body.follow_ups.append(follow_up_of(file, line, text, base, above))
    elif dated and block.task in DONE_BOXES:
        body.follow_ups.append(follow_up_of(file, line, _said(block), base, above, done=True))


def _no_day(body: Body, file: str, head: str, line: int, kind: str, level: int, yearless: bool) -> None:
    """A line of no fact or task that opens no entry: one opening with a day of no year (`yearless`)
    is a problem (`yearless_day`); a list's own item may end in a day (`ends_in_a_day`)."""
    if yearless:
        yearless_day(body, file, head, line, kind == "heading")
    if kind == "item" and level == 1 and ends_in_a_day(head):
        body.ends_in_a_day = True


def ends_in_a_day(text: str) -> bool:
    """Could the text end in a day (`Lunch, 12 Oct 2026`, `Coffee (2026-11-03).`)?"""
    return text.rstrip(" .")[-1:] in _DAY_ENDS


_DAY_ENDS = frozenset("0123456789)日일")


def _dated_lines(
    body: Body, block: Block, head: str, entry: EntryHead, more: list[str], offset: int, date: dt.date
) -> None:
    """The lines of a dated entry of a dated note (`head`, its first, opened by `entry`: its mark
    and words after its day are read as its line; `more`, its later lines), into `body.lines` on
    its day."""
    said = f"{entry[2] or ''} {entry_text(head, entry[3])}"
    lines = block.lines
    body.lines.append((lines[0][0] + offset + 1, said, block, date))
    body.lines.extend(
        (n + offset + 1, later, block, date) for (n, _), later in zip(lines[1:], more, strict=True)
    )


def _people_above(above: list[tuple[str, ...]], block: Block, base: str) -> tuple[str, ...]:
    """For an item's first block, the people of the items it is in, the nearest that links any
    (whose a task in it is that names no one); `above` holds those each open item links,
    outermost first, kept here."""
    if block.kind != "item" or not block.first:
        return ()
    del above[block.level - 1 :]
    people = next((linked for linked in reversed(above) if linked), ())
    text = block.lines[0][1]
    above.append(tuple(links_in(text, base)) if "[[" in text or "](" in text else ())
    return people


def read_entry(
    body: Body, file: str, entry: EntryHead, head: str, line: int, base: str, more: Sequence[str] = ()
) -> dt.date | None:
    """The log entry `entry` heads (`head`, the file's line `line`; `more`, its block's later lines,
    cleaned) into `body`, and its day; for a day that is no day, a problem and None (the line is
    then read as any other). The later lines are more of its text (a log wrapped at a width:
    `- 2026-11-02 Lunch at the harbour, she` over `told me about the move`), but for Logseq's
    properties of the block (`collapsed:: true`)."""
    date, written, mark, end = entry
    if date is None:
        message = f"'{written}' is not a day: expected a real date as YYYY-MM-DD; the entry is not read"
        body.bad_dates.append(Problem(file, line, message))
        return None
    rest = entry_text(head, end)
    said = "\n".join([rest, *more]) if more else rest
    if more and rest and (later := more_words(more)):
        rest = " ".join([rest, *later])
    add_entry(body, date, DIRECTIONS[mark] if mark else "unknown", line, rest, base, said)
    return date


def more_words(lines: Iterable[str]) -> list[str]:
    """The lines of an item that are its words, each stripped: not a field written under it
    (`collapsed:: true`, `id:: 6543`), nor what Logseq keeps under a block, its planning
    (`SCHEDULED: <2026-12-10 Thu>`) and its drawers (`:LOGBOOK:` over the clock's lines, to
    `:END:`)."""
    words = []
    for line in _without_drawers(lines):
        text = line.strip()
        if text and not ("::" in text and FIELD_LINE.match(text)) and not _PLANNED.fullmatch(text):
            words.append(text)
    return words


def _without_drawers(lines: Iterable[str]) -> Iterator[str]:
    """The lines but those of a drawer, as Logseq and org mode keep one under a block: from its
    name (`:LOGBOOK:`, `:PROPERTIES:`) to `:END:`."""
    drawer = False
    for line in lines:
        if drawer:
            drawer = line.strip() != ":END:"
        elif line.lstrip()[:1] == ":" and _DRAWER.fullmatch(line.strip()):
            drawer = True
        else:
            yield line


_DRAWER = lazy_pattern(r":[A-Z][A-Z_-]*:")
"""A drawer's first line (`:LOGBOOK:`)."""
_PLANNED = lazy_pattern(r"(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]\n]*[>\]]\s*)+")
"""A block's planning line (`SCHEDULED: <2026-12-10 Thu>`, `DEADLINE: <...>`, both)."""


def entry_text(head: str, end: int) -> str:
    """An entry's words on its head's line, after its day and mark (at `end`)."""
    rest = head[end:]
    if any(mark in rest for mark in UNCLEAN):
        rest = clean(rest)
    return rest.strip().strip("|").strip()


def add_entry(
    body: Body, date: dt.date, direction: Direction, line: int, rest: str, base: str, said: str
) -> None:
    """An entry into `body`: `rest`, its text after the day; `said`, the text its links and tags
    are read from (`rest`, and an item's later lines). An entry tagged `#broadcast` links no one."""
    links = links_in(said, base) if "[[" in said or "](" in said else []
    tags = tags_in(said) if "#" in said else []
    broadcast = "broadcast" in tags
    if links and not broadcast:
        body.links.extend(links)
    body.entries.append(
        (
            date,
            direction,
            line,
            intern(rest),
            tuple(links),
            broadcast,
            tuple(sorted(set(tags))) if tags else (),
        )
    )


_DONE_ON = lazy_pattern(rf"\s*(?:✅\uFE0F?\s*|\[completion::\s*)({DATE})\]?")
"""The day a task was done, as the Tasks plugin writes it (`✅ 2026-11-20`, or Dataview's
`[completion:: 2026-11-20]`)."""
_CARD_DAY = lazy_pattern(rf"\s*@(?:\{{({DATE})\}}|\[\[({DATE})\]\])")
"""A Kanban card's day (`@{2026-11-20}`, or `@[[2026-11-20]]` when the board links its dates to
daily notes): of a done card, the day it was done."""
_DONE_MARKS = ("✅", "[completion::", "@{", "@[[")
"""What a done task's text holds when it may say the day it was done (`_done_first`)."""


def tells_when_done(text: str) -> bool:
    """May a done task's text say the day it was done (`_done_first`)?"""
    return any(mark in text for mark in _DONE_MARKS)


_BLANK_CELLS = lazy_pattern(r"(?<!\\)\|(?:[ \t]*(?<!\\)\|)+")
"""A table row's bar and the blank cells after it (`|  |  |`), as one bar."""


def _done_first(head: str, file: str) -> str | None:
    """A done task's text with the day it was done moved in front of it, as a log entry's
    (`Call Sam ✅ 2026-11-20` → `2026-11-20 Call Sam`; a Kanban card's `Lunch with Gus
    @{2026-11-12}` → `2026-11-12 Lunch with Gus`); None when it tells no such day. A card's day
    counts on a board, not in a note `file` named for its day (a daily note's done task is of its
    day: its `@{2026-12-20}` is when a meeting is due, not when the task was done)."""
    if not tells_when_done(head):
        return None
    done = _DONE_ON.search(head) if "✅" in head or "[completion::" in head else None
    if done is None and day_in_name(file, stem_of(file)) is None:
        done = _CARD_DAY.search(head)  # a card's day, when no day it was ticked says otherwise
    day = next(filter(None, done.groups()), None) if done else None
    if day is None or done is None or date_prefix(day) is None:
        return None
    return f"{day} {head[: done.start()]}{head[done.end() :]}".rstrip()


def sections_after_item(
    text: str, depth: int, facts: Section, interests: Section
) -> tuple[Section, Section, tuple[int, int]]:
    """The sections after an item of one line at list `depth` (an item of a section's word alone
    opens it, when it is not open), and the fact and interest levels the item is read under:
    none for the item that opened one, its name and no fact."""
    after = _titled(section_word(text), (_ITEM_SECTION, depth), facts, interests)
    return (*after, (0, 0) if after != (facts, interests) else (facts[0], interests[0]))


def sections_after_label(text: str, facts: Section, interests: Section) -> tuple[Section, Section]:
    """The sections after a paragraph of one line at the margin, read as it is: a label of a
    section's word alone (`**Interests:**`, `Family:`) opens it over the list that follows, when
    it is not open."""
    if "::" in text:  # a field, however bare
        return facts, interests
    return _titled(section_word(text.strip()), LABEL_SECTION, facts, interests)


def _titled(said: str, opened: Section, facts: Section, interests: Section) -> tuple[Section, Section]:
    """The sections after a title that says `said` alone: each of About, ... and Interests it
    names opens as `opened`, when not open already."""
    if not facts[0] and section_in(said, FACT_HEADINGS):
        facts = opened
    if not interests[0] and section_in(said, INTEREST_HEADINGS):
        interests = opened
    return facts, interests


def paragraph_fact(text: str) -> str:
    """A paragraph under an About, Facts, ... heading, as one fact: its lines, each stripped; ""
    for a paragraph of tags alone (the note's; a contacts plugin writes a category with a space
    in it as `# Robotics`). The spec counts list items only; owners write what they know as
    prose as often (`Met at the climbing gym; two kids, Mia and Leo.`)."""
    fact = "\n".join(line.strip() for line in text.strip().split("\n"))
    return "" if "#" in fact and tags_alone(fact) else fact


def known_paragraph(body: Body, fact: str, facts: Section) -> Section:
    """A paragraph at the margin of a section of what is known (`facts`), as one fact; the
    section it leaves open. A pasted email's header is none, and ends the section: the body and
    sign-off after it are the email's too (`pasted_mail`)."""
    if pasted_mail(fact):
        return NO_SECTION
    body.facts.append(fact)
    return facts


def pasted_mail(fact: str) -> bool:
    """Is this paragraph an email's header, pasted into a note (`From: Pat <pat@rocketly.io>`,
    `Sent: ...`, `To: ...`, `Subject: Re: pilot`, as Outlook and Gmail copy one; after a line of
    `Forwarded message` or not)? It must give a `From:` and a `Subject:`, `Sent:` or `Date:`
    in its first lines, and the sender's address or three lines of a header at least, so that
    `From: Porto` alone, over `To: Leeds` or over `Subject: Physics, teaches A-level`, is still
    what the owner knows. The email is correspondence: its words are the sender's, not something
    known of them."""
    if "From" not in fact and "FROM" not in fact and "from" not in fact:
        return False  # most paragraphs: no regex
    lines = fact.split("\n")
    if _FORWARDED.fullmatch(lines[0]):
        lines = lines[1:]
    header = [match[1].lower() for line in lines if (match := _MAIL_HEADER.match(line))]
    opens = len(lines) >= 2 and all(map(_MAIL_HEADER.match, lines[:2]))
    whose = len(header) >= 3 or any("@" in line for line in lines[:2])
    return opens and whose and "from" in header and not {"subject", "sent", "date"}.isdisjoint(header)


_MAIL_HEADER = lazy_pattern(
    r"[*_]{0,2}(from|sent|date|to|cc|bcc|subject|reply-to)[*_]{0,2}\s*:[*_]{0,2}\s", re.IGNORECASE
)
"""A line of an email's header as a mail program copies it (`From: `, `**Subject:** `)."""
_FORWARDED = lazy_pattern(r"-*\s*(?:forwarded|original) message\s*-*|begin forwarded message:", re.IGNORECASE)
"""The line a mail program puts over a forwarded email's header."""


_LABEL = lazy_pattern(r"(?:(?:\*\*)?[^\W\d_][\w -]{0,24}(?:\*\*)?::?(?:\*\*)?)?")
"""What a line of the note's tags may hold beside them: nothing, or a label (`Tags:`, `**Type:**`)."""


def plain_words(body: Body, line: str, paragraph: bool, base: str) -> None:
    """A line's tags and links, gathered into `body`; `paragraph`: the line is of a paragraph at
    the margin, whose tags, when it holds nothing else (`#meeting #acme`, or after a label:
    `Tags: #meeting`), are the note's own."""
    if "#" in line:
        tags = tags_in(line)
        body.tags.extend(tags)
        if paragraph and tags and _LABEL.fullmatch(untagged(line).strip()):
            body.note_tags.extend(tags)
    if "[[" in line or "](" in line:
        body.links.extend(links_in(line, base))


def _said(block: Block) -> str:
    """A block's text without what Logseq writes under it on its own: its properties (`collapsed::
    true`) and drawers (`:LOGBOOK:` over the clock's lines, to `:END:`)."""
    text = block.text
    if "::" not in text and ":END:" not in text:
        return text
    lines = _without_drawers(line for _, line in block.lines)
    return "\n".join(line for line in lines if not _logseq_own(line))


def follow_up_of(
    file: str, line: int, text: str, base: str, above: tuple[str, ...] = (), done: bool = False
) -> FollowUp:
    """A task's text as written as a follow-up (`done`: ticked): its words, the people it links
    (else `above`, those of the item it is in: `- [[Priya]]` over `- [ ] send her the deck`) and
    the day it is due (Logseq's and org mode's line of it, `SCHEDULED: <2026-12-10 Thu>`, taken out
    of the words). Its links and its day are read without its code and comments (`clean`); its
    words keep its code spans (`` run `brew upgrade` ``), as the pages and the JSON quote it."""
    read = code_line(text) if "`" in text else (clean(text), ())
    due = task_due(read[0])
    words = _task_words(read[0])
    said = _task_words(shown(read[0], read)) if read[1] else words
    return FollowUp(file, line, said, tuple(links_in(words, base)) or above, due=due, done=done)


def _task_words(text: str) -> str:
    """A task's words: less a line of its planning (`SCHEDULED: <...>`) and a to-do's label."""
    if "SCHEDULED:" in text or "DEADLINE:" in text:
        first, *later = text.split("\n")
        text = "\n".join([first, *(line for line in later if not _PLANNED.fullmatch(line.strip()))])
    text = text.strip()
    if (rest := _after_to_do(text)) is not None:  # `- [ ] todo: ...`: the box says it
        text = rest
    return text


def _logseq_own(line: str) -> bool:
    match = FIELD_LINE.match(line) if "::" in line else None
    return match is not None and field_key(match[1]) in _LOGSEQ_OWN


def bad_date(body: Body, file: str, head: str, line: int) -> bool:
    """An item, heading or row that opens with a day written as vaultnet cannot be sure of, or a
    link to one (`[[20-11-2026]]`: which note's day, without the vault's daily format?): a
    problem, and True when it has a year of four digits. One without (`11/20 call with [[Bo]]`,
    `10/12 people came`, a version `3.12.10`) is as likely a count or a number as a day: a
    person's log's problem (`loose`), and in a dated note a line of its own day."""
    match = SLASHED.match(head)
    if match is None:
        return False
    problem = Problem(
        file, line, f"'{match[1]}' is not a date vaultnet can be sure of: write it as YYYY-MM-DD"
    )
    body.bad_dates.append(problem)
    if _FULL_YEAR.search(match[1]):
        return True
    body.loose.append(problem)
    return False


_FULL_YEAR = lazy_pattern(r"[/.-]\d{4}$")


def yearless_day(body: Body, file: str, head: str, line: int, heading: bool = False) -> None:
    """An item or heading that opens as a log entry does with a day and no year (`Nov 28: coffee`,
    `3 Oct - called her`, a `heading` of the day alone) under no heading of its year: the reader
    cannot tell which year, so it reads no entry, and says so; so with a day by a month's name
    vaultnet does not read (`3 Kasım 2026: coffee`). A day that runs on into a sentence (`May
    5th was her wedding`) is no entry's."""
    if (written := yearless_opening(head, heading)) is not None:
        message = (
            f"'{written}' has no year: write it as YYYY-MM-DD, or put the log under a heading of its "
            "year (### YYYY); the entry is not read"
        )
    elif (written := unread_month_opening(head, heading)) is not None:
        message = f"'{written}' names no month vaultnet reads: write it as YYYY-MM-DD; the entry is not read"
    else:
        return
    problem = Problem(file, line, message)
    body.bad_dates.append(problem)
    body.yearless.append(problem)


def _block_fields(body: Body, block: Block, offset: int, opening: bool, known: bool) -> None:
    """A block's fields (`_line_fields`), a two-column row's (`_row_field`) or its lines of a key
    and one colon (`colon_line`; `known`: under a heading of what is known)."""
    first_text = block.lines[0][1]
    if "::" in first_text or (len(block.lines) > 1 and "::" in block.text):
        _line_fields(body, block, offset, opening)
    elif block.kind == "row" and first_text.count("|") >= 2:
        if not block.header:
            _row_field(body, first_text, block.lines[0][0] + offset + 1)
    else:
        for number, line in block.lines:
            colon_line(body, line, number + offset + 1, known)


def _line_fields(body: Body, block: Block, offset: int, opening: bool) -> None:
    """Inline fields starting the block's lines; in the body's first block, page properties too.
    A field under an item's own words (`- Coffee` over `with:: [[Ana]]`, as Logseq writes a
    block's properties) is the item's, not the note's: read with its line."""
    leading = opening
    for number, line in block.lines:
        match = FIELD_LINE.match(line)
        if match is None:
            leading = False
            if "::" in line:
                _bracketed_card_fields(body, line, number + offset + 1)
            continue
        key, value = field_key(match[1]), match[2].strip()
        if leading:
            body.properties.setdefault(key, (value, number + offset + 1))
        elif block.kind == "item" and number != block.lines[0][0]:
            continue
        body.fields.setdefault(key, (value, number + offset + 1))


def _bracketed_card_fields(body: Body, line: str, number: int) -> None:
    """The card's fields a line holds in brackets, as Dataview reads them anywhere in a line
    (`Born (birthday:: 1990-12-05), works at [company:: Acme]`). Only the card's (`CARD_KEYS`):
    another field in brackets is the line's own (`(person:: [[Eli]])` in an entry), and so is one
    on a line naming someone else (`- [[Ivy]] [birthday:: ...]`, `- Wife: Mia (birthday:: ...)`)."""
    if "[[" in line or key_and_value(line) is not None:  # `- Wife: Mia (birthday:: ...)`: hers
        return
    for found in BRACKETED_FIELD.finditer(line):
        key = field_key(found[1])
        if key in CARD_KEYS:  # as a card's line of one colon: a field written so wins over it
            body.colons.setdefault(key, (found[2].strip(), number))


def colon_line(body: Body, line: str, number: int, known: bool = False) -> None:
    """A line of a key, one colon and a value (`**Birthday:** 1990-05-01`, `Company: Acme`), kept
    by its key (`known`: under a heading of what is known, where a card's line may go without its
    colon: `bare_card_line`); `card_fields` tells which are fields."""
    if said := key_and_value(line) or (bare_card_line(line) if known else None):
        body.colons.setdefault(said[0], (said[1], number))
        if known:
            body.known.add(number)


def _row_field(body: Body, row: str, line: int) -> None:
    """A two-column table row `| Last chat | 2022-12-06 |` as a field."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    if len(cells) == 2 and cells[0] and cells[1] and not cells[0][:1].isdigit():
        body.fields.setdefault(field_key(cells[0]), (cells[1], line))


LINE_ITEM = lazy_pattern(r"([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
