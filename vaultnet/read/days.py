"""How a line or a file name tells a day: a log entry's head in every form owners write it, the
year and month a heading puts in force, the day a daily or weekly note is named for, and a day
written back as a log writes its own (for `vaultnet log`). Text in, dates out: no note, no disk."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import pairwise

from vaultnet.convert import (
    MONTH_NAME,
    MONTH_WORDS,
    MONTHS,
    WIKILINKS,
    any_month_name,
    daily_pattern,
    date_prefix,
    day_month_year,
    day_month_year_source,
    foreign_weekday_source,
    foreign_weekday_starts,
    foreign_weekdays,
    formatted_day,
    link_target,
    logseq_date,
    month_named,
    month_names_as,
    one_way,
    ordinal,
    short_weekday_source,
    week_format_parts,
    whole_month_names,
    year_first,
    year_last_date,
)
from vaultnet.model import stem_of
from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import ARROWS, EMOJI, Block, heading_words

DATE = r"\d{4}-\d{2}-\d{2}"
"""A day as ISO writes it (`2026-11-02`): the form read first, and the one `log` writes."""
_YEAR_FIRST = (
    r"(?:19|20|21)\d\d-(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])(?!\d)"
    r"|\d{4}/\d{1,2}/\d{1,2}|\d{4}\.\d{2}\.\d{2}|\d{4}(?:年|년 ?)\d{1,2}(?:月|월 ?)\d{1,2}(?:日|일)"
)
"""`2026-11-2`, `2026/11/02`, `2026.11.02`, `2026年11月2日`: a day written year first another way
(`convert.year_first`). With dashes and no leading zero only a likely day of a likely year: a
phone number (`0800-1-23`) or a season (`2025-26-1`) is none."""
MARK = "|".join(sorted(map(re.escape, ARROWS), key=lambda mark: (-len(mark), mark)))
"""Any of the `ARROWS`, the longest first: `<-->` is read whole, not as `<-` and the text `->`."""
_LOGSEQ_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}"
_MONTH_DAY_YEAR = rf"{MONTH_NAME}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
"""`Nov 2, 2026`, `November 2nd, 2026`, `Oct 3rd 2026`: the month named first, as American English
writes a day (and Logseq titles its journal days), unmistakable too."""
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)
"""The day's name, after its date: `(Sat)`, `Saturday`. Bare, it counts only before a mark, a time
or a separator: in `2026-11-14 Sat with her` it is a verb."""
_CLOCK = r"\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?i:[ap]\.?m\.?)?|\s?(?i:[ap]\.?m\.?)|h\d{2})"
TIME = rf"{_CLOCK}(?:Z|[+-]\d{{2}}:?\d{{2}})?(?:\s?[-–]\s?{_CLOCK})?"
"""A time of day, as real logs write it: `14:30`, `09:00:00+01:00`, `14:30Z`, `2:30 pm`, `14h30`,
a range `14:30–15:00`. It says when in the day, so it is no part of the entry's text."""
DAY_STOPS = ("—", "–", ":", "·", "|", ",", "-")
"""What may part an entry's day from its text (`2026-11-02: coffee`, `2026-11-02 — coffee`): a
dash only where it opens no arrow (`2026-11-02 -> coffee` and `2026-11-02 —> coffee` are marked)."""
_STOP = rf"(?:[{''.join(DAY_STOPS[2:-1])}]|[—–-](?!>))"
_EMPHASIS = r"(?:\*\*|__|\*|_)?"


def _weekday_source() -> str:
    """The day's name before its date, and a comma or not, then space: in English, whole or cut
    (`Monday`, `Mon.`), in the languages of `convert.foreign_weekdays` (`Montag`, `mié`, `Di.`),
    or cut to two letters before a comma (`Mo, `), as German writes it."""
    return rf"(?:{_WEEKDAY}\.?|{foreign_weekday_source()}|{short_weekday_source()}(?=,)),?\s+"


def _entry_source() -> str:
    """An entry's head in every form the reader takes (`read_entry_head`): the longest pattern of
    the reader, which a process that meets only the commonest heads (`PLAIN_ENTRY`,
    `_MARKED_ENTRY`), as a build after one change does, never compiles (`lazy_pattern`). A day
    written day first with its month's name (`20 Nov 2026`, `3rd of November, 2026`, `3. Oktober
    2026`, in any of the languages `convert.month_named` reads) no reader takes for another day.
    A day's note embedded (`![[2026-10-05]]`, `![[2026-10-07#Ana]]`: the note, or its section
    about them, shown in the log) is its day, as a link to it is. A day written with dots and
    its year last after the day's name (`Mo, 09.11.2026`, `Montag, 09.11.2026`, as German writes
    a day in full) is read day first, as `_dotted_name` reads one; alone it is a guess the note
    settles (`SLASHED`, `year_last_order`)."""
    day_month_year = day_month_year_source()
    weekday = _weekday_source()
    return (
        rf"^\s*{_EMPHASIS}(?:(?:{weekday})?"  # the day's name first
        rf"(?:!?\[\[(?:[^\[\]|#]*/)?({DATE}|{_YEAR_FIRST})(?:\.md)?(?:#[^\[\]|]*)?(?:\\?\|[^\[\]]*)?\]\]"
        rf"|({DATE}|{_YEAR_FIRST})"
        rf"|!?\[\[({_LOGSEQ_DAY})\]\]"
        rf"|({day_month_year})|({_MONTH_DAY_YEAR}))"
        rf"|{weekday}(\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?!\d)){_EMPHASIS}"
        rf"(?:,?\s*(?:\({_WEEKDAY}\.?\)|{_WEEKDAY}\.?(?![\w-])(?!\s*[^\W\d_])))?"  # the day's name again
        rf"(?:(?:T|,?\s+(?:(?:@|at)\s*)?){TIME}|\s*\({TIME}\))?{_EMPHASIS}(?![\w-])"  # a time of day
        rf"\s*{_STOP}?\s*({MARK})?\s*"
    )


_BRACKETED = (
    rf"\s*(?:\[({DATE}|{_YEAR_FIRST})\]\((?:<[^<>\n]*>|[^()\s]*)\)"
    rf"|[\[(<]({DATE}|{_YEAR_FIRST})(?:\s+{_WEEKDAY}\.?)?(?:\s+{TIME})?[\])>](?!\()"
    rf"|\[(?i:date|day)::\s*({DATE})\s*\]|\((?i:date|day)::\s*({DATE})\s*\))"
)
"""A day in brackets: a Markdown link to the day's note (`[2026-11-02](2026-11-02.md)`, as a vault
without wikilinks writes one), a day as org mode stamps it (`[2026-11-02 Mon]`, `<2026-11-02 Mon
10:00>`), set apart (`(2026-11-02)`), or a Dataview field of it (`[date:: 2026-11-02]`,
`(date:: 2026-11-02)`)."""


def _yearless_source() -> str:
    """A day of the year by its month's name, with no year: an entry's day under a heading of the
    year alone (`### 2026`), as owners group a long log. Day first as English (`3rd November`),
    German (`9. November`, `9. Nov`), Spanish and Portuguese (`9 de noviembre`) and the other
    languages `convert.month_named` reads (`9 novembre`) write it, month first as American
    English does (`Nov 3`), or in German's numbers (`09.11.`, the dot after the month its own);
    after the day's name too (`Tue 3rd November`, `Montag, 9. November`, `Mo, 09.11.`)."""
    return (
        rf"\s*{_EMPHASIS}(?:{_weekday_source()})?"
        rf"(?P<written>(?P<day>\d{{1,2}})(?P<mark>st|nd|rd|th|er|\.)?(?P<of> of| de)?"
        rf" (?P<month>{any_month_name()})\.?"  # `3rd November`, `9. Nov`, `9 de noviembre`
        rf"|(?P<month_first>{MONTH_NAME})\.? (?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?"  # `Nov 3`
        rf"|(?P<dotted_day>\d{{1,2}})\.(?P<dotted_month>\d{{1,2}})\.)"  # `09.11.`
        r"(?![\w-])(?!,? \d)"
    )


yearless = lazy_pattern(_yearless_source)
"""`_yearless_source`: `_yearless_told` tells the month and the day it names."""


def _yearless_told(match: re.Match[str], rest: str) -> tuple[int, int] | None:
    """The month and the day a `yearless` match names (`rest`: the line after it); None for a
    month's name of another language than English written bare after the number (`3 out`,
    `5 set`: Portuguese's October and September cut short, English words) with no separator
    after it (`_set_apart`): `- 3 out of 5 came` is no day, `- 9 novembre : café` is."""
    if match["dotted_day"]:
        return int(match["dotted_month"]), int(match["dotted_day"])
    if match["month_first"]:
        return MONTHS[match["month_first"][:3].lower()], int(match["day_after"])
    name = match["month"]
    bare = not match["mark"] and not match["of"] and name.lower() not in _MONTH_NUMBERS
    if bare and not _set_apart(rest):
        return None
    return month_named(name) or 0, int(match["day"])


_DAY_ALONE = rf"\s*{_EMPHASIS}(?:{_WEEKDAY}\.?,?\s+)?((\d{{1,2}})(?:st|nd|rd|th)?)(?![\w-])"
"""A day of the month by its number alone (`2nd`, `10`, `Mon 2nd`): an entry's day under a heading
of its month (`### November 2026`)."""
_day_alone = lazy_pattern(_DAY_ALONE)
_DAY_LINK = r"\s*\[\[(?:[^\[\]|#]*/)?([^\[\]|#/\\]+?)(?:\.md)?(?:#[^\[\]|]*)?(?:\\?\|[^\[\]]*)?\]\]"
"""A wikilink at the start of a line, its target's last part: a day's note named another way?"""
_entry = lazy_pattern(_entry_source)
_bracketed = lazy_pattern(_BRACKETED)
_day_link = lazy_pattern(_DAY_LINK)
PLAIN_ENTRY = lazy_pattern(rf"({DATE}) *[·:—–|] *(?![\s<>←↔→⬅➡—–-])")
"""The commonest entry head (`2026-11-02 · `, `2026-11-02: `): a day, a separator, then text
that opens with no mark, which `_entry` reads the same way by a longer road (tests/test_plain.py)."""
_MARKED_ENTRY = lazy_pattern(rf"({DATE})(?![\w-])\s*{_STOP}?\s*({MARK})\s*")
"""The head `vaultnet log` writes (`2026-11-02 -> `, `2026-11-02: <- `): a day, a separator if
any, a mark, which `_entry` reads the same way by a longer road."""
NAMED_DAY = lazy_pattern(r"^\d{4}[-_]\d{2}[-_]\d{2}(?!\d)")
"""A file name that starts as a daily note's does; `date_prefix` says whether it is a real day."""
_DAY_OR_MONTH = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_TWO_DIGITS_A_DAY = (
    rf"(?!24/7)(?:(?:1[0-2]|0[1-9])/{_DAY_OR_MONTH}|{_MONTH}/(?:3[01]|[12]\d|0[1-9])"
    rf"|(?:3[01]|[12]\d|0[1-9])/{_MONTH}|{_DAY_OR_MONTH}/(?:1[0-2]|0[1-9]))"
)
"""A day of the year written with a slash and no year, a month and a day either way round, one
of them in two digits (`11/30`, `30/11`, `01/3`): the fractions of one digit each (`3/4`) and
`24/7` are none."""
SLASHED = lazy_pattern(
    r"^\s*(?:\[\[)?(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\w/.])|\d{1,2}/\d{1,2}(?![\w/.])(?=\s*[:—–·|→←↔➡⬅<-])"
    rf"|{_TWO_DIGITS_A_DAY}(?![\w/.])(?=[ \t]*$|[ \t]+(?:\[\[|(?!of\b)[^\W\d_]))"
    rf"|{_DAY_OR_MONTH}-{_DAY_OR_MONTH}-(?:19|20)\d\d(?![\w/.-]))"
)
"""A day written another way, its year last (`11/01/2026`, `02-11-2026`) or left out, as a log
entry opens (`11/23: caught up`, `11/30 texted her`; `3/4 of the team` is none): which day is
meant is a guess, so it is a problem. Without a separator after it, only `_TWO_DIGITS_A_DAY`
before words (but `of`: `10/12 of us`) or alone. With dashes only a likely day of a likely year,
and no more numbers after it: a phone number (`01-23-45-67-89`) is none. Year first
(`2026/11/01`) it is no guess: `_YEAR_FIRST` reads it."""


def slashed_start(start: str) -> bool:
    """May a line that opens with `start` (its first character after any space) open with a day
    `SLASHED` takes: a digit, or a link's `[` (`[[20-11-2026]]`)?"""
    return start.isdigit() or start == "["


def is_day(target: str) -> bool:
    """A link to a day: `2026-11-28`, `Daily/2026-11-28`, Logseq's `Nov 28th, 2026`."""
    day = target.rsplit("/", 1)[-1]
    return (len(day) == 10 and date_prefix(day) is not None) or logseq_date(day) is not None


def names_a_time(target: str) -> bool:
    """Does a link's target name a day, a week, a month or a year, as daily, weekly and monthly
    notes are named and Logseq titles its journal pages (`2026-11-28`, `Nov 28th, 2026`,
    `journals/2026_11_28`, `2026-W48`, `November 2026`, `2026-11`): a page of time, nobody?"""
    stem = target.rsplit("/", 1)[-1].strip()
    return day_in_name(target, stem) is not None or heading_period(stem) is not None


TITLED_DAY = lazy_pattern(
    rf"\[\[(?:[^\[\]|#\n]*/)?({DATE})(?:\s*[-–—_:]\s*|\s+)([^\[\]|#/\n]*[^\[\]|#/\s])[^\[\]\n]*\]\]"
)
"""A link to a note named for a day and what happened that day (`[[2026-11-02 Coffee with Dana]]`,
`[[Meetings/2026-10-20 - Project sync|Oct sync]]`): the day, and that name after it."""
EMOJI_FIRST = lazy_pattern(rf"([{EMOJI}]+)[ \t]*(?=(?:\*\*|__|\*|_)?(?:\[\[)?\d)")
"""An emoji (or a few) before a line's day, as emoji-minded logs write the kind first (`📞
2026-11-02 — she called`)."""


def opened_as_entry(text: str, titled: bool = True) -> str:
    """The first line of an item or heading opened as a log entry opens, when it opens another way
    with a day all the same; else as it is. A link to a note named for a day and what happened
    (`TITLED_DAY`, as a person's note lists the meetings filed as notes of their own; only when
    `titled`) opens with the day and that name (`2026-11-02 Coffee with Dana`). An emoji before a
    day (`EMOJI_FIRST`) goes after the entry's words (`2026-11-02 — she called 📞`), read with
    them but opening none; after a day with no words (`### 📅 2026-09-01`) it goes, for the line
    under it to tell."""
    if text[:2] == "[[":
        if titled and (link := TITLED_DAY.match(text)):
            return f"{link[1]} {link[2]}{text[link.end() :]}"
    elif not text[:1].isascii() and (first := EMOJI_FIRST.match(text)):
        after = text[first.end() :].rstrip()
        if (entry := entry_head(after)) is not None:
            return f"{after} {first[1]}" if after[entry[3] :].strip() else after
    return text


def entries_opened(blocks: list[Block], titled: bool) -> list[Block]:
    """The blocks, each item and heading opened as a log entry opens (`opened_as_entry`)."""
    read = list(blocks)
    for at, block in enumerate(blocks):
        line, text = block.lines[0]
        if block.kind in ("item", "heading") and (said := opened_as_entry(text, titled)) != text:
            read[at] = block._replace(lines=((line, said), *block.lines[1:]))
    return read


def log_paragraphs(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph at the margin cut before every later line of it that opens with
    a day: owners write a log as lines of text as well as items (`2026-11-20 — coffee at Nopa`
    over `2026-11-03 — he texted me`, one paragraph), and each such line is an entry of its own,
    the lines after it, to the next, its own too. Not a line that the line before runs on into
    (`His flight leaves on` over `2026-12-13, so we said goodbye`): prose wrapped at a width."""
    if not any(b.kind == "paragraph" and len(b.lines) > 1 for b in blocks):
        return blocks
    cut: list[Block] = []
    for block, period in zip(blocks, periods_in_force(blocks), strict=True):
        if block.kind != "paragraph" or block.level or len(block.lines) == 1:
            cut.append(block)
            continue
        lines = block.lines
        starts = [
            0,
            *(
                at
                for at in range(1, len(lines))
                if opens_day(lines[at][1], period) and not _runs_on(lines[at - 1][1])
            ),
        ]
        cut.extend(block._replace(lines=lines[a:b]) for a, b in pairwise([*starts, len(lines)]))
    return cut


def _runs_on(line: str) -> bool:
    """Does a line of text run on into the next, as prose wrapped at a width does: does it end
    with a comma, or with a word a day follows in a sentence (`on`, `since`, `until`, ...)?"""
    end = line.rstrip(" *_")
    if end.endswith(","):
        return True
    last = end.rsplit(None, 1)[-1:]  # none when it is only spaces (`\xa0`)
    return bool(last) and last[0].lower() in _BEFORE_A_DAY


_BEFORE_A_DAY = frozenset(
    ("on", "since", "until", "till", "by", "from", "before", "after", "of", "to", "and", "or", "the",
     "between", "around", "dated", "due", "than", "at", "in", "is", "was", "be", "for")
)  # fmt: skip
"""Words after which a sentence goes on with a day (`leaves on`, `due`, `since`)."""


def periods_in_force(blocks: Iterable[Block]) -> Iterator[Period | None]:
    """The year, and the month when one is named, each block is under, as the reader takes them
    for a day written without them: those of a heading of the year alone or of a month of it
    above it (`### 2026`, `### November 2026`: `heading_period`), and of a month's name alone
    under a year's (`## 2026` over `### November`), each to the next heading as high (`###
    2025`, `## People`); None when under no year."""
    year: tuple[int, int] | None = None  # the heading's level and its year
    month: tuple[int, int] | None = None  # the heading's level and its month
    for block in blocks:
        if block.kind == "heading":
            if month is not None and block.level <= month[0]:
                month = None
            if year is not None and block.level <= year[0]:
                year = None
            said = heading_words(block.lines[0][1])
            if period := heading_period(said):
                year = (block.level, period[0])
                month = (block.level, period[1]) if period[1] else None
            elif year is not None and (named := month_alone(said)):
                month = (block.level, named)
        yield (year[1], month[1] if month else None) if year else None


Period = tuple[int, int | None]
"""A year, and a month of it or None: what a heading of a log grouped by year or month names."""


def heading_period(said: str) -> Period | None:
    """The year, and the month, that a heading's words name alone, as owners group a long log:
    `2026` (2026, None); `November 2026`, `Nov. 2026`, `2026-11` (2026, 11). None for any other
    heading."""
    if _is_year(said):
        return int(said), None
    if len(said) == 7 and said[4] == "-" and _is_year(said[:4]) and said[5:].isdigit():
        number = int(said[5:])
        return (int(said[:4]), number) if 1 <= number <= 12 else None
    name, _, year = said.rpartition(" ")
    month = month_alone(name.removesuffix(" de")) if _is_year(year) else None
    return (int(year), month) if month else None


def month_alone(said: str) -> int | None:
    """The month a heading's words name alone (`November`, `nov.`), as under a year's heading: in
    English, whole or cut (`Sept`), or whole or cut to three or four letters in another language
    `convert.month_named` reads (`Dezember`, `Dez.`, `diciembre`, `févr.`; not `Novem`)."""
    key = said.rstrip(".,").lower()
    number = _MONTH_NUMBERS.get(key)
    if number is not None or not key.isalpha():
        return number
    named = month_named(key)
    return named if named and (len(key) <= 4 or key in _FOREIGN_MONTHS) else None


def _is_year(said: str) -> bool:
    return len(said) == 4 and said.isdigit() and said[:2] in ("19", "20")


def opens_day(line: str, period: Period | None = None) -> bool:
    """Does this line open with a day, as an entry does (a day of `period` without its year or
    month, under its heading): a day, one that is no real day, or one written as no entry's
    (`11/20/2026`, or `Nov 12: ...` under no year: a problem)?"""
    head = line.lstrip()
    start = head[:1]
    if not may_open_entry(head, start):
        return False
    if entry_head(head, period) is not None or (slashed_start(start) and SLASHED.match(head) is not None):
        return True
    return period is None and yearless_opening(head) is not None


def yearless_opening(head: str, heading: bool = False) -> str | None:
    """The day a line opens with as a log entry does, but without its year (`Nov 12: coffee`,
    `3 Oct - called her`; a `heading` of the day alone), as written; None for any other line,
    and for a day that runs on into a sentence (`May 5th was her wedding`)."""
    match = yearless.match(head)
    if match is None:
        return None
    rest = head[match.end() :].lstrip("*_ ")
    return match[1] if rest[:1] in _ENTRY_SEPARATORS or (heading and not rest) else None


_ENTRY_SEPARATORS = frozenset(":—–-·|→←↔➡⬅<")
"""What sets a log entry's day apart from its text (`<` opens an arrow, `<-`)."""


def unread_month_opening(head: str, heading: bool = False) -> str | None:
    """The day a line opens with as a log entry does, its year and all, but by a month's name no
    language vaultnet reads has (`3 Kasım 2026: coffee`, `3. listopadu 2026 —`; a `heading` of
    the day alone), as written; None for any other line, and for a number, a word and a year
    that run on into words (`3 Leute 2026 gesehen`) or a range (`2 years 2024-2026`)."""
    match = _UNREAD_MONTH.match(head)
    if match is None or month_named(match[2]) is not None:
        return None
    rest = head[match.end() :].lstrip("*_ ")
    if rest[:1] == "-" and rest[1:2].isdigit():
        return None
    return match[1] if rest[:1] in _ENTRY_SEPARATORS or (heading and not rest) else None


_UNREAD_MONTH = lazy_pattern(rf"\s*{_EMPHASIS}(\d{{1,2}}\.? ([^\W\d_]{{3,}})\.?,? (?:19|20)\d\d)(?!\d)")
"""A day's number, a word and a year (`3 Kasım 2026`): `unread_month_opening`."""


def may_open_entry(head: str, start: str) -> bool:
    """Could this line (`start`: its first character after any space) open a log entry: a day,
    `[[` or `![[`, emphasis, or a month's or a weekday's name first? Most lines cannot, and are spared
    `entry_head`."""
    return (
        start in _ENTRY_OPENINGS
        or start.isdigit()
        or (start == "!" and head.lstrip()[1:3] == "[[")  # an embed of a day's note
        or (
            start in _NAME_INITIALS
            and (
                (first := head.lstrip()[:3]).lower() in MONTHS
                or first in _DAY_NAMES
                or (first.lower() in _FOREIGN_DAY_STARTS and (first[2:] != "," or _digit_after(head)))
            )
        )
    )


def _digit_after(head: str) -> bool:
    """Does a day's name cut to two letters and a comma (`Mo, `) have a day's number after it? A
    line opening `So, ` or `Do, ` in prose is spared `entry_head`."""
    return head.lstrip()[3:].lstrip()[:1].isdigit()


_ENTRY_OPENINGS = frozenset("[*_(<")
_NAME_INITIALS = frozenset("JFMASONDjfmasondTWtwLlVvGgZzQq")
"""How the name of a month or of a day of the week begins, in English and in `foreign_weekdays`."""
_DAY_NAMES = frozenset(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
_FOREIGN_DAY_STARTS = foreign_weekday_starts()


def entry_day(head: str, period: Period | None = None) -> dt.date | None:
    """The day a log entry opens with (the first line of an item or a row, without the row's
    `|`), in every form the reader takes (`period`: the year and month of the headings it is
    under, for a day written without them): `vaultnet log` finds a note's log by it. None for a
    line that opens with no day."""
    entry = entry_head(head, period)
    return entry[0] if entry else None


EntryHead = tuple[dt.date | None, str, str | None, int]
"""How a log entry opens: its day (None when the day written is no real one), the day as
written, its direction mark if any, and where its text starts."""


def entry_head(head: str, period: Period | None = None) -> EntryHead | None:
    """How the first line of an item or a row opens as a log entry; None when with no day.
    `period`: the year and month of the headings it is under, for a day written without them."""
    plain = PLAIN_ENTRY.match(head)  # most entries
    entry = plain or _MARKED_ENTRY.match(head)
    if entry is None:
        return read_entry_head(head, period)
    if days_either_side(head[entry.end() :]):
        return None
    return date_prefix(entry[1]), entry[1], None if plain else entry[2], entry.end()


def _undated_head(head: str, period: Period) -> EntryHead | None:
    """An entry that opens with a day of the year and no year (`Nov 3: coffee`), or under a
    month's heading with a day of the month alone (`2nd: coffee`), read as that day in `period`:
    the day written in full in its place, then read as any entry."""
    year, month = period
    match = yearless.match(head)
    if match is not None and (named := _yearless_told(match, head[match.end() :])) is not None:
        month, day = named
    elif month is not None and (match := _day_alone.match(head)) and _set_apart(head[match.end() :]):
        day = int(match[2])
    else:
        return None
    written = match[1]
    full = f"{year:04d}-{month:02d}-{day:02d}"  # Nov 31, `31.11.`: no day, a problem
    start, end = match.span(1)
    entry = read_entry_head(head[:start] + full + head[end:])
    if entry is None:
        return None
    date, _, mark, after = entry
    return date, written, mark, after - len(full) + len(written)


def _set_apart(rest: str) -> bool:
    """Does the text after a day of the month alone set it apart as an entry's day (`2nd: coffee`,
    `10 — <- she called`, a day alone on its line), not a number in a sentence (`3 people came`)?"""
    rest = rest.lstrip("*_ ")
    return not rest or rest[:1] in _ENTRY_SEPARATORS


def day_as_written(day: dt.date, like: str, same_month: bool = False) -> str | None:
    """`day` written without its year as the line `like` opens with one (`Nov 3:`, `3rd of
    November —`, `12 oct`): the day and the month in its order, the month's name as long and in
    its case, an ordinal if it has one, then its separator; with `same_month` (`like` is a day of
    `day`'s month), without its month too as `like` leaves out its own (`20th:`). None when
    `like` opens with no such day. `vaultnet log` writes an entry so in a log grouped under a
    heading per year or month."""
    match = yearless.match(like)
    if match is None:
        alone = _day_alone.match(like) if same_month else None
        if alone is None or not _set_apart(like[alone.end() :]):
            return None
        return _set_apart_as(like, alone.end(1), _number_as(day, like, alone.start(2), alone.end(2)))
    if match["dotted_day"]:  # `09.11.`: each number as wide as the line's
        month_width = len(match["dotted_month"])
        number = _number_as(day, like, *match.span("dotted_day"))
        return _set_apart_as(like, match.end(1), f"{number}.{day.month:0{month_width}d}.")
    if match["month_first"]:
        number = _number_as(day, like, *match.span("day_after"))
        return _set_apart_as(like, match.end(1), f"{_month_as(day.month, match['month_first'])} {number}")
    dotted = match["mark"] == "."
    month = _month_as(day.month, match["month"], dotted=dotted, foreign=dotted or match["of"] == " de")
    number = _number_as(day, like, *match.span("day")) + ("." if dotted else "")
    return _set_apart_as(like, match.end(1), f"{number}{match['of'] or ''} {month}")


def named_day_as_written(day: dt.date, like: str, heads: Iterable[str] = ()) -> str | None:
    """`day` written as the day `like` (an entry's head) opens with, when that is written with
    its month's name and its year (`Nov 3, 2026`, `3rd of November 2026`, `3. Oktober 2026`,
    `1er mai 2026`; the day's name left out: `Fri, Nov 3, 2026` gives `Dec 1, 2026`): its parts
    in their order, the number as it writes its own (`03`, `3rd`), the month's name in the
    language of the names the log's other entries `heads` write (`month_names_as`), the first
    the reader reads back as `day`. None for a day written otherwise, or when one of `heads`
    writes its own otherwise (`2026-11-20`)."""
    every = [_day_parts(head) for head in (like, *heads)]
    parts = every[0]
    if parts is None or None in every:
        return None
    months = [word for part in every for _, _, word, _ in part or () if month_named(word)]
    said = next((word for _, _, word, _ in parts if word and month_named(word)), "")
    names = month_names_as(day.month, said, months, *_language_told((like, *heads))) if said else [""]
    for name in names:
        written = _written_with(day, parts, name)
        if written is not None and entry_day(written) == day:
            return written
    return None


def _written_with(day: dt.date, parts: list[tuple[str, str, str, str]], name: str) -> str | None:
    """`day` written in `parts` (`_day_parts`), its month's name `name`; None when a word of them
    is neither a month's nor `of` or `de`."""
    written = []
    for number, suffix, word, between in parts:
        if word:
            if not month_named(word) and word.lower() not in ("of", "de"):
                return None
            written.append(name if month_named(word) else word)
        elif len(number) == 4:
            written.append(str(day.year))
        elif number:
            written.append(
                _number_as(day, number + suffix, 0, len(number)) if suffix != "er" else str(day.day)
            )
        else:
            written.append(between)
    return "".join(written)


def _language_told(heads: Iterable[str]) -> tuple[list[str], bool]:
    """What a log's entries (their `heads`) tell of the language they write days in, beyond
    their months' names: the words before each day (a weekday's name: `Dienstag`, `mardi`), and
    whether one writes its day `3.`, as German does."""
    weekdays, dotted = [], False
    for head in heads:
        entry = entry_head(head)
        if entry is None:
            continue
        weekdays += _WORD.findall(head[: head.find(entry[1])])
        dotted = dotted or _DOTTED_DAY.match(entry[1]) is not None
    return weekdays, dotted


_DOTTED_DAY = lazy_pattern(r"\d{1,2}\. ")
"""A day of the month written as German writes it, with a dot (`3. Oktober 2026`)."""


def _day_parts(head: str) -> list[tuple[str, str, str, str]] | None:
    """The parts of the day an entry's `head` opens with, when written with its month's name and
    its year: each a number and its ordinal, a word, or what is between them."""
    entry = entry_head(head)
    if entry is None or entry[0] is None or entry[1][:4].isdigit() or head.lstrip("*_ ").startswith("[["):
        return None  # a link to a day's note: `_linked_as` writes one
    return _DAY_PARTS.findall(entry[1])


_DAY_PARTS = lazy_pattern(r"(\d+)(st|nd|rd|th|er)?|([^\W\d_]+\.?)|([\W_]+)")
"""The parts of a day as written: a number (and its ordinal), a word, what is between."""


def _number_as(day: dt.date, like: str, start: int, end: int) -> str:
    """The number of `day` in its month written as `like[start:end]` writes one: with a leading
    zero, or an ordinal after it, if that does."""
    number = f"{day.day:02d}" if like.startswith("0", start) else str(day.day)
    return number + ordinal(day.day) if like.startswith(_ORDINALS, end) else number


def _set_apart_as(like: str, end: int, text: str) -> str:
    """`text`, a day, set apart from an entry's words as the day ending at `end` in `like` is."""
    separator = like[end:].lstrip("*_ ")[:1]
    if separator in (":", ","):
        return text + separator
    return f"{text} {separator}" if separator and separator in "—–|·" else text


def period_as_written(period: Period, likes: Sequence[str], entry: str = "") -> str:
    """A heading's words for `period`, written as `likes`, the words of the headings of a log
    grouped by year or month, write theirs (`2026`, `2026-11`, `November 2026`, `Nov. 2026`,
    `nov 2026`): `vaultnet log` heads a new year's or month's entries so. The first heading whose
    month's name tells a whole name from a short one (`May` does not) is followed. Its month's
    name is in the language of the headings' and of the `entry`'s day under it (`2. Dezember:
    ...` under `November 2026`s: `Dezember 2026`)."""
    year, month = period
    if month is None:
        return str(year)
    like = next((w for w in likes if w.lower().split(None, 1)[0].rstrip(".,") != "may"), likes[0])
    if like[4:5] == "-":
        return f"{year}-{month:02d}"
    words = [_month_word_of(said) for said in likes]
    told = yearless.match(entry) if entry else None
    dotted = told is not None and told["mark"] == "."
    words += [told["month"]] if told and told["month"] else []
    if month_alone(like):  # under its year's heading: the month's name alone
        return _month_as(month, like.rstrip(".,"), words, dotted, foreign=dotted)
    name = like.rpartition(" ")[0]
    word = _month_word_of(like)
    return f"{_month_as(month, word, words, dotted, foreign=dotted)}{name[len(word) :]} {year}"


def _month_word_of(said: str) -> str:
    """The month's name of a heading's words (`November 2026`, `Nov. 2026`, `diciembre de 2026`,
    `Dezember`): `November`, `Nov`, `diciembre`, `Dezember`."""
    name = said.rpartition(" ")[0] if said[-1:].isdigit() else said
    return name.rstrip(".,").removesuffix(" de").rstrip(".,")


def _month_as(
    month: int, like: str, words: Iterable[str] = (), dotted: bool = False, foreign: bool = False
) -> str:
    """Month `month`'s name as long and in the case as `like`, a month's name, is written:
    `June`, `November`; `Nov`, `Sept` (and `May`, which says nothing, short); `nov`. In the
    language of `like` and the log's other months' names `words` when one is not English's
    (`Dezember`, `Dez.`, `diciembre`), or when its day is written as another language writes
    one (`foreign`: German's `3. November`, `dotted`; Spanish's `3 de noviembre`):
    `convert.month_names_as`'s likeliest."""
    if foreign or not all(map(_english_name, (like, *words))):
        names = month_names_as(month, like, words, dotted=dotted)
        if names:
            return names[0]
    whole = MONTH_WORDS[month - 1]
    english = MONTHS.get(like[:3].lower())
    named = len(like) > 3 and english is not None and like.lower() == MONTH_WORDS[english - 1].lower()
    written = whole if named else whole[:3]
    return written.lower() if like.islower() else written


def _english_name(word: str) -> bool:
    """Is a month's name English's, whole or cut (`Nov`, `Sept.`, `november`)?"""
    key = word.rstrip(".,").lower()
    number = MONTHS.get(key[:3])
    return number is not None and MONTH_WORDS[number - 1].lower().startswith(key)


_MONTH_NUMBERS = {
    **{name.lower(): number for number, name in enumerate(MONTH_WORDS, 1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_WORDS, 1)},
    "sept": 9,
}
"""A month's name, whole or of three letters (`Sept` too), lower case → its number."""
_FOREIGN_MONTHS = whole_month_names()
"""Each month's whole name in each language `convert.month_named` reads, lower case."""
_ORDINALS = ("st", "nd", "rd", "th")


def logseq_day(day: dt.date) -> str:
    """`day` as Logseq titles a journal page by default: `Nov 2nd, 2026`."""
    return f"{MONTH_WORDS[day.month - 1][:3]} {day.day}{ordinal(day.day)}, {day.year}"


def read_entry_head(head: str, period: Period | None = None) -> EntryHead | None:
    """`entry_head` by `_entry` alone, the reference its fast path is tested against (a day in
    brackets read as the day written bare)."""
    shift = 0
    if head.lstrip()[:1] in "[(<" and (bracketed := _bracketed.match(head)):
        day = bracketed[1] or bracketed[2] or bracketed[3] or bracketed[4]
        head, shift = day + head[bracketed.end() :], bracketed.end() - len(day)
    entry = _entry.match(head)
    if entry is None and "[[" in head[:4] and (link := _day_link.match(head)):
        # A link to a day's note named another way (`[[20 Nov 2026]]`, `[[Friday, November 20,
        # 2026]]`, as `named_day` reads a name): read as the day written bare.
        named = _entry.match(link[1])
        if named is not None and named.end() >= len(link[1].rstrip()):
            day = named[2] or named[4] or named[5] or ""
            head, shift = day + head[link.end() :], link.end() - len(day)
            entry = _entry.match(head) if day else None
    if entry is None:
        return _undated_head(head, period) if period and not shift else None
    if days_either_side(head[entry.end() :]):
        return None
    written = entry[1] or entry[2] or entry[3] or entry[4] or entry[5] or entry[6]
    return _entry_date(entry), written, entry[7], entry.end() + shift


def days_either_side(rest: str) -> bool:
    """Is the text after a line's opening day nothing but links to other days, as a daily note
    links the days either side (`[[2026-11-01]] | [[2026-11-03]] >>`)? Then the line opens no
    entry: the lines under it are the note's own day's."""
    if "[[" not in rest or not rest.lstrip(_BETWEEN_DAYS).startswith("[["):
        return False
    links = WIKILINKS.findall(rest)
    return all(not embed and is_day(link_target(inner)) for embed, inner in links) and not (
        WIKILINKS.sub("", rest).strip(_BETWEEN_DAYS)
    )


_BETWEEN_DAYS = " \t|·•:,;<>←→⬅➡\ufe0f–—-"
"""What a daily note's links to the days either side are set apart with."""
DAYS_OPEN = "[" + _BETWEEN_DAYS
"""What a text of only links to the days either side opens with (`days_either_side`): a log
line's text that opens otherwise, most, needs no more looking at."""


def _entry_date(entry: re.Match[str]) -> dt.date | None:
    """The day an entry opens with, in whichever form it is written; None when it is no day."""
    if entry[3] is not None or entry[5] is not None:
        return logseq_date(entry[3] or entry[5])
    if entry[4] is not None:
        return day_month_year(entry[4])
    if entry[6] is not None and (dotted := _DOTTED_NAME.match(entry[6])):
        return year_last_date(dotted, one_way(dotted) is not False)
    written = entry[1] or entry[2]
    return date_prefix(written) or year_first(written)


_PATH_DAY = lazy_pattern(r"(?:^|/)(\d{4})/(\d{1,2})/(\d{1,2})\.md$")
"""A daily note filed as year/month/day folders (`journal/2026/11/20.md`), an Obsidian setting."""


def path_date(file: str) -> dt.date | None:
    match = _PATH_DAY.search(file)
    return _day_of(match) if match else None


def _day_of(match: re.Match[str]) -> dt.date | None:
    """The day a match's first three groups (year, month, day) make; None when they make none
    (`2026/02/30`, `20261399`)."""
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


WEEK_NAME = lazy_pattern(r"^(\d{4})-W(\d{2})(?:-(\d)(?!\d))?(?!\d)")
"""A weekly note's name as Obsidian's Periodic Notes writes it by default (`2026-W48`, `2026-W48
Review`), or a day's as an ISO week date (`2026-W47-5`, that week's Friday)."""
WEEK_ALONE = lazy_pattern(r"^(?:(\d{4})(?:-W|[-_ ]?[Ww](?=\d\d))(\d{1,2})|[Ww](\d{2})[-_ ,]+(\d{4}))$")
"""A weekly note's name written another common way, the whole name (`2026 W48`, `2026-w48`,
`2026W48`, `W48 2026`, `2026-W9`): `2024 W2 forms` and `W2 2024` are a tax form's."""
WeekRule = tuple[int, int]
"""How a year's weeks are counted: the day of the week they start on (Monday 0 to Sunday 6),
and the day of January that week 1 holds."""
ISO_WEEKS: WeekRule = (0, 4)
"""ISO 8601's weeks (Moment.js's `GGGG`, `WW`): from Monday, week 1 holding January 4th."""
LOCALE_WEEKS: WeekRule = (6, 1)
"""The weeks of Moment.js's `gggg`, `ww` in its default locale, English, as Obsidian counts them
unless set to another language (Periodic Notes' default weekly format): from Sunday, week 1
holding January 1st."""


def week_start(year: int, week: int, rule: WeekRule = ISO_WEEKS) -> dt.date | None:
    """The first day of week `week` of `year`, its weeks counted by `rule`; None for no such
    week (`2025-W53`: 2025 has 52 ISO weeks)."""
    if not (1 <= week <= 53 and 1 <= year < 9999):
        return None
    start = _first_week(year, rule) + dt.timedelta(weeks=week - 1)
    return start if start < _first_week(year + 1, rule) else None


def _first_week(year: int, rule: WeekRule) -> dt.date:
    weekday, holds = rule
    day = dt.date(year, 1, holds)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def week_of(file: str, stem: str, weekly: str | None = None) -> tuple[dt.date, int, bool] | None:
    """The first day of the week a weekly note is named for: what its lines tell of happened
    that week, on a day it does not say, so on its first (never a day after today while the
    week runs); a heading of a day in it (`## 2026-11-26`, `### Friday`) gives its lines that
    day. Its name in the vault's weekly format (`weekly`, with its folders: `gggg/[W]ww`) first,
    its weeks counted as the format counts them, else written a common way (`WEEK_NAME`,
    `WEEK_ALONE`), in the format's weeks too (ISO's without one). With where the name's week
    ends, and whether it names one day of the week (`2026-W47-5`, an ISO week date: that day)."""
    week = WEEK_NAME.match(stem) if stem[4:6] == "-W" else None
    alone = WEEK_ALONE.match(stem) if week is None and stem[-1:].isdigit() else None
    if week is not None and week[3]:  # `2026-W47-5`: of ISO's weeks, whatever the format
        try:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), int(week[3])), week.end(), True
        except ValueError:
            return None
    rule = ISO_WEEKS
    if weekly and (format_ := _weeks_named(weekly)) is not None:
        if (formatted := _formatted_week(file, format_)) is not None:
            return formatted
        rule = format_[1]
    if week is not None:
        year, number, end = week[1], week[2], week.end()
    elif alone is not None:
        year, number, end = alone[1] or alone[4], alone[2] or alone[3], len(stem)
    else:
        return None
    start = week_start(int(year), int(number), rule)
    return None if start is None else (start, end, False)


@cache
def _weeks_named(weekly: str) -> tuple[re.Pattern[str], WeekRule, int] | None:
    """For a weekly notes' name format (`gggg-[W]ww`, `[Week] w [of] GGGG`, `gggg/[W]ww`): the
    regex the end of a note's path (without `.md`) in it matches, how its weeks are counted (by
    its week's token: `ww` the locale's, `WW` ISO's), and how many folders it names; None for a
    format vaultnet cannot read (`convert.week_format_parts`)."""
    try:
        parts = week_format_parts(weekly)
    except ValueError:
        return None
    pieces = [
        re.escape(token) if kind == "text" else f"(?P<{kind}_{at}>{_WEEK_DIGITS[len(token)]})"
        for at, (kind, token) in enumerate(parts)
    ]
    upper = next(token.isupper() for kind, token in parts if kind == "week")
    pattern = re.compile("".join(pieces) + r"(?!\d)", re.IGNORECASE)
    folders = sum(token.count("/") for kind, token in parts if kind == "text")
    return pattern, ISO_WEEKS if upper else LOCALE_WEEKS, folders


_WEEK_DIGITS = {4: r"\d{4}", 2: r"\d{2}", 1: r"\d{1,2}"}
"""The digits of a year's token (`gggg`) and a week's (`ww`, two; `w`, one or two), by its length."""


def _formatted_week(
    file: str, named: tuple[re.Pattern[str], WeekRule, int]
) -> tuple[dt.date, int, bool] | None:
    """The first day of the week a note's path names in the vault's weekly format (`_weeks_named`),
    where the title in its name starts, and False (no day of the week); None when the path is not
    in that format, or names no real week (its years disagree, `2026-W53`)."""
    pattern, rule, folders = named
    found = _path_match(file, pattern, folders)
    if found is None:
        return None
    match, title_at = found
    told: dict[str, set[int]] = {"year": set(), "week": set()}
    for name, value in match.groupdict().items():
        told[name.split("_", 1)[0]].add(int(value))
    if len(told["year"]) != 1 or len(told["week"]) != 1:
        return None
    start = week_start(told["year"].pop(), told["week"].pop(), rule)
    return None if start is None else (start, title_at, False)


def weekly(file: str, weekly_format: str | None = None) -> dt.date | None:
    """The first day of the week a weekly note is named for (`2026-W47`, `2026-W47 Review`; in the
    vault's weekly format, `week_of`), whose sections may be its days (`weekday_heading`); None
    for any other note, and for a note of one day of a week (`2026-W47-5`)."""
    week = week_of(file, stem_of(file), weekly_format)
    return week[0] if week is not None and not week[2] else None


def weekday_heading(heading: str, first: dt.date) -> dt.date | None:
    """The day of the week starting on `first` a heading names (`Friday`, `Wed`, `**Thursday**`,
    with its day of the month or not: `Wednesday, Nov 18`, `Wed 18.11.`, or what the owner calls
    the day after a mark: `Thursday (Thanksgiving)`, `Thursday - Thanksgiving`), as a weekly note
    heads a section a day; the weekend's (`Weekend`, `Wochenende`) is its Saturday. None for any
    other heading, and one whose day runs on into words (`Sunday brunch ideas`)."""
    word = _WORD.search(heading)
    if word is None:
        return None
    rest = heading[word.end() :]
    rest = rest[6:] if rest[:6].lower() == "-feira" else rest  # Portuguese's `sexta-feira`
    index = _WEEKDAYS.get(word[0].lower(), foreign_weekdays().get(word[0].lower()))
    if index is None and (weekend := _WEEKEND.match(heading, word.start())):
        index, rest = _SATURDAY, heading[weekend.end() :]
    if index is None or not (says_a_day(rest) or _DAY_LABEL.match(rest)):
        return None
    return first + dt.timedelta(days=(index - first.weekday()) % 7)


_WEEKEND = lazy_pattern(
    r"(?:weekend|week-end|wochenende|fin de semana|fine settimana|fim de semana)(?![\w-])", re.IGNORECASE
)
"""The weekend, in English and the languages whose weekdays vaultnet reads, as a weekly note heads
its last section."""
_SATURDAY = 5
_DAY_LABEL = lazy_pattern(r"\s*[(\[:,|·—–-]")
"""A mark after a day's name, before what the owner calls the day (`Thursday (Thanksgiving)`,
`Thursday: Thanksgiving`, `Weekend - Porto`)."""


def says_a_day(text: str) -> bool:
    """Do a text's words only write a day (`Friday`, `November 27th`, `27`), if any?"""
    return all(
        word.isdigit() or word[:-2].isdigit() or word[:3].lower() in MONTHS or word.lower() in _WEEKDAYS
        for word in _WORD.findall(text)
    )


_WORD = lazy_pattern(r"[^\W_]+")
_WEEKDAYS = {
    name: index
    for index, day in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
    for name in (day, day[:3])
}
"""A day of the week by its name or the first three letters of it: its index from Monday."""


WITH_WORDS = (" mit ", " con ", " avec ", " met ", " com ")
"""`with` in the languages whose months vaultnet reads (German, Spanish and Italian, French,
Dutch, Portuguese), between a meeting and its people (`Mittagessen mit [[C]]`)."""


def _meeting_day_source() -> str:
    """A meeting a line opens with in one or two words, `with` in another language, its people,
    then a day said as when: after the word that introduces one (German `am`, Spanish `el`,
    French `le`, Italian `il`, Dutch `op`, Portuguese `em`, `no dia`), the day's name if any,
    a day in ISO or as those languages write one (`05.12.2026`, `05.12.`, `5. Dezember`, `5 de
    diciembre`, `5 décembre 2026`)."""
    people = r"\[\[[^\]]+\]\](?:\s*(?:,|&|und|y|e|et|en)\s*\[\[[^\]]+\]\])*"
    return (
        rf"[\s*_>-]*(?:[^\W\d_][\w'’-]*\s+){{1,2}}(?:{'|'.join(w.strip() for w in WITH_WORDS)})\s+{people}"
        rf"\s+(?:am|el|le|il|op|em|no)\s+(?:d[ií]a\s+)?(?:{_weekday_source()})?"
        rf"(?:(?P<iso>{DATE})|(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})?"
        rf"|(?P<named>\d{{1,2}})(?:\.|er)?(?: de)? (?P<name>{any_month_name()})\.?"
        rf"(?:,?(?: de)? (?P<of>\d{{4}}))?)"
        r"(?![\w-])"
    )


_meeting_day = lazy_pattern(_meeting_day_source, re.IGNORECASE)


def meeting_day_said(line: str) -> dt.date | tuple[int, int] | None:
    """The day a dated note's line written in another language than English says a meeting it
    opens with is to be, right after its people (`Mittagessen mit [[C]] am 5. Dezember`, `Comida
    con [[E]] el 5 de diciembre`, `... am 05.12.2026`, `Lunch met [[G]] op 5 december`): the day,
    or its month and day when written without its year (the dated note's day tells which year).
    None for any other line, and a day that is none (`am 31.11.2026`)."""
    if not any(word in line for word in WITH_WORDS):
        return None
    said = _meeting_day.match(line)
    if said is None:
        return None
    if said["iso"]:
        return date_prefix(said["iso"])
    if said["day"]:
        year, month, number = said["year"], int(said["month"]), int(said["day"])
    else:
        year, month, number = said["of"], month_named(said["name"]) or 0, int(said["named"])
    if year is None:
        return month, number
    try:
        return dt.date(int(year), month, number)
    except ValueError:
        return None


def named_day(stem: str) -> dt.date | None:
    """The day a note's name opens with when written another unmistakable way, as a daily note's
    name is when its format is set so: `2026.11.20`, `Nov 20th, 2026`, `20 Nov 2026`, `Friday,
    November 20, 2026` (the forms a log entry may open with)."""
    entry = _named_head(stem)
    return entry[0] if entry else None


def _named_head(stem: str) -> EntryHead | None:
    start = stem[:1]
    if start in _ENTRY_OPENINGS or not may_open_entry(stem, start):
        return None  # a name opening with a bracket or emphasis is no daily note's
    return read_entry_head(stem)


def day_in_name(
    file: str, stem: str, daily: str | None = None, weekly: str | None = None
) -> tuple[dt.date, str] | None:
    """The day a note's name tells, and what the name says besides (its title: `Kickoff` in
    `2026-11-10 Kickoff`): the vault's own daily format first (`daily`, as Obsidian writes it:
    `DD-MM-YYYY`), then `2026-11-20`, `journal/2026/11/20.md`, `20.11.2026`, `20261120` (or
    `202611201430`, a unique note's), `Friday, November 20, 2026`, and a week's in the vault's
    `weekly` format or `2026-W48` (`week_of`). None when the
    name tells no real day. A name is read in one Unicode form, as a note's text is (`März` in
    a macOS file name is `a` and its dots: `_split` in read/note.py)."""
    if not file.isascii():
        file, stem = unicodedata.normalize("NFC", file), unicodedata.normalize("NFC", stem)
    told: tuple[dt.date | None, int] = (None, 0)
    if daily and (formatted := _formatted_day(file, daily)) and formatted[0] is not None:
        told = formatted
    elif (day := date_prefix(stem)) is not None:
        told = (day, 10)
    elif (day := path_date(file)) is not None:
        told = (day, len(stem))
    elif (dotted := _dotted_name(stem)) is not None:
        told = dotted
    elif stem[:1].isdigit() and (compact := _COMPACT_NAME.match(stem)) and (day := _day_of(compact)):
        told = (day, compact.end())
    elif (head := _named_head(stem)) is not None:
        told = (head[0], head[3])
    elif (week := week_of(file, stem, weekly)) is not None:
        told = week[:2]
    day, end = told
    return None if day is None else (day, stem[end:].strip(" -_—–,·"))


_YEAR_LAST = lazy_pattern(r"^(\d{1,2})([-._])(\d{1,2})\2(\d{4})(?!\d)")
_COMPACT_NAME = lazy_pattern(r"((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{4}(?:\d\d)?)?(?!\d)")
"""A name that opens with a day in digits alone (`20261104 Lunch`), or with its time too, as a
Zettelkasten's and Obsidian's unique note creator name a note (`202611031430 Coffee with Ana`)."""


def _dotted_name(stem: str) -> tuple[dt.date | None, int] | None:
    """The day a name that opens with a day written with dots and its year last tells (`20.11.2026`,
    `11.05.2026 Standup`): day first, as a value or a log's day written so is read (`one_way`),
    and where its title starts; None for a name that opens otherwise."""
    match = _DOTTED_NAME.match(stem) if stem[:1].isdigit() else None
    if match is None:
        return None
    return year_last_date(match, one_way(match) is not False), match.end()


_DOTTED_NAME = lazy_pattern(r"(?P<first>\d{1,2})(?P<sep>\.)(?P<second>\d{1,2})\.(?P<year>\d{4})(?!\d)")
"""`YEAR_LAST` with dots only, and no digit after the year."""


def year_last(stem: str) -> tuple[str, str] | None:
    """A name that opens with a day written year last (`25-11-2026`, `11.25.2026`): which part is
    the day is a guess without the vault's daily format, so it is read as no day. The day as
    written, and the daily formats it may be in, for the problem that says so: the one its
    numbers leave (`25-11-2026`: `DD-MM-YYYY`), else both (`DD.MM.YYYY or MM.DD.YYYY`)."""
    match = _YEAR_LAST.match(stem) if stem[:1].isdigit() else None
    if match is None:
        return None
    first, mark, second, _ = match.groups()
    day_first, month_first = f"DD{mark}MM{mark}YYYY", f"MM{mark}DD{mark}YYYY"
    if int(first) > 12:
        return match[0], day_first
    return match[0], month_first if int(second) > 12 else f"{day_first} or {month_first}"


def two_digit_year(stem: str) -> tuple[str, str] | None:
    """A name that is a day written with a two-digit year (`19-03-04`, `190304`, `19-03-04
    Monday`): which part is the year is a guess, so it is read as no day. The day as written, and
    the daily formats it may be in: each of YY-MM-DD, DD-MM-YY and MM-DD-YY (with its separator)
    whose reading is a real day; None when none is, for a longer number (`19-03-04-05`,
    `1903041`), for more than a weekday's name after it (`11-22-33 locker`), and for numbers
    parted by dots or underscores, as sections are numbered (`01.02.03 Intro`, `01.01.01`)."""
    match = _SHORT_YEAR.match(stem) if stem[:1].isdigit() else None
    if match is None or not _only_a_weekday(stem[match.end() :]):
        return None
    first, mark, second, third = match.groups()
    readings = (  # (format, year, month, day)
        ("YY{0}MM{0}DD", first, second, third),
        ("DD{0}MM{0}YY", third, second, first),
        ("MM{0}DD{0}YY", third, first, second),
    )
    formats = [form.format(mark) for form, *day in readings if _short_year_day(*day) is not None]
    return (match[0], " or ".join(formats)) if formats else None


_SHORT_YEAR = lazy_pattern(r"(\d\d)(-?)(\d\d)\2(\d\d)(?!-?\d)")
"""Three pairs of digits that open a name, a dash between them or nothing (`19-03-04`,
`190304`), and no more numbers after them."""


def _only_a_weekday(rest: str) -> bool:
    """Is what follows a day in a note's name nothing, or only a weekday's name (` Monday`,
    `, mardi`)?"""
    word = rest.strip(" ,()").lower()
    return not word or word in _WEEKDAYS or word in foreign_weekdays()


def _short_year_day(year: str, month: str, day: str) -> dt.date | None:
    """The day of a two-digit year (read as Moment.js reads `YY`: from 69 on, of the last
    century), a month and a day; None for no real day."""
    try:
        return dt.date(int(year) + (2000 if int(year) < 69 else 1900), int(month), int(day))
    except ValueError:
        return None


def _formatted_day(file: str, daily: str) -> tuple[dt.date | None, int] | None:
    """The day a note's path tells in the vault's daily format, and where the title in its name
    starts; None when the path is not in that format."""
    found = _path_match(file, daily_pattern(daily), daily.count("/"))
    return None if found is None else (formatted_day(found[0]), found[1])


def _path_match(file: str, pattern: re.Pattern[str], folders: int) -> tuple[re.Match[str], int] | None:
    """A periodic note's format matched at the end of its path (its last `folders` folders and its
    name), and where the title in its name starts, after what the format matched; None when the
    path does not end in that format."""
    parts = file.removesuffix(".md").split("/")
    if len(parts) <= folders:
        return None
    tail = "/".join(parts[-1 - folders :])
    match = pattern.match(tail)
    if match is None:
        return None
    return match, max(0, match.end() - (len(tail) - len(parts[-1])))


_OPENING = (
    r"^([ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|\|[ \t]*)?(?:\[[ xX]\][ \t]+)?(?:\*\*|__|\*|_)?)"
)
"""What may come before the day that opens a line: its bullet, number, heading marks, cell bar,
task box or emphasis, if any."""
_opening_link = lazy_pattern(
    _OPENING + r"\[\[((?:[^\[\]|#\n]*/)?)([^\[\]|#/\n]+)((?:[#|][^\[\]\n]*)?)\]\]", re.M
)
"""A wikilink that opens a line: its folder, the note's name, then its heading or display text
(a vault whose daily notes are not named in ISO)."""


_ISO_NAMES = "YYYY-MM-DD"
"""The daily notes' name format whose days the entry reader takes as they are: Obsidian's default."""


@cache
def _days_in(daily: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For a daily notes' format (`Journal/DD.MM.YYYY`): a daily note's name in it, and a day
    written plain in it that opens a line (`- 20.11.2026 walk`); None for a format whose days the
    entry reader takes as they are (ISO), or whose name alone tells no day (`YYYY/MM/DD`)."""
    name_format = daily.rsplit("/", 1)[-1]
    if name_format == _ISO_NAMES:
        return None
    try:
        named = daily_pattern(name_format)
    except ValueError:
        return None
    return named, re.compile(_OPENING + "(?:" + named.pattern + ")", re.MULTILINE | re.IGNORECASE)


def iso_days(text: str, daily: str) -> str:
    """`text` with each day that opens a line written in the vault's daily format, as a link to
    its daily note or plain, written as its day in ISO form, a link's folder and display text
    kept (`- [[20-11-2026|Fri]] coffee` → `- [[2026-11-20|Fri]] coffee`, `- 20.11.2026 walk` →
    `- 2026-11-20 walk`): the owner writes their days as they name their daily notes, and the
    log entry reads as that day, as one opening with `2026-11-20` does. Days further on in a
    line are left as written (it is shown so); a line's number is unchanged, for its problems."""
    days = _days_in(daily)
    if days is None:  # ISO already, or a format whose links name no day either
        return text
    named, opening = days

    def link(found: re.Match[str]) -> str:
        match = named.fullmatch(found[3])
        day = formatted_day(match) if match else None
        return found[0] if day is None else f"{found[1]}[[{found[2]}{day.isoformat()}{found[4]}]]"

    def plain(found: re.Match[str]) -> str:
        day = formatted_day(found)
        return found[0] if day is None else found[1] + day.isoformat()

    if "[[" in text:
        text = _opening_link.sub(link, text)
    return opening.sub(plain, text)


_YEAR_LAST_OPENING = (
    r"(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d|(?<!-)\d{4})"
    r"(?![\w/.])(?!(?<=-\d{4})-)"
)
"""`YEAR_LAST` with dashes too (`20-11-2026`), as `SLASHED` takes them: of a likely year, and
with no more numbers after it (a phone number, `01-23-4567`, `10-11-2026-3`, is none)."""
_opening_year_last = lazy_pattern(_OPENING + _YEAR_LAST_OPENING, re.M)
"""A day written plain with its four-digit year last that opens a line (`- 26/11/2026 lunch`,
`**05.11.2026** —`, `- 20-11-2026 <- she called`)."""


_opening_dotted_link = lazy_pattern(
    _OPENING + r"(\[\[(?:[^\[\]|#\n]*/)?)(?P<first>\d{1,2})(?P<sep>\.)(?P<second>\d{1,2})\.(?P<year>\d{4})"
    r"(?=(?:\.md)?(?:\\?[#|][^\[\]\n]*)?\]\])",
    re.M,
)
"""A link to a note named for a day written with dots, its year last, that opens a line (`-
[[03.11.2026]] coffee`, `[[Diario/03.11.2026|Tue]]`): the day, as such a note's name is read
(`_dotted_name`); with slashes the link would name folders, and with dashes a note whose day
is a guess (`[[20-11-2026]]`)."""


def year_last_order(text: str, named: bool | None = None) -> bool | None:
    """How the days opening the lines of `text` with their year last are written (a link to a
    note named so too: `[[03.11.2026]]`): day first (True) or month first (False), as its days
    that can be read only one way say (`one_way`), and the note's own name (`named`: `name_order`);
    None when none can, or they disagree."""
    said = {one_way(found) for found in _opening_year_last.finditer(text)} | {named}
    if "[[" in text:
        said |= {one_way(found) for found in _opening_dotted_link.finditer(text)}
    said -= {None}
    return said.pop() if len(said) == 1 else None


def own_day_order(text: str, day: dt.date) -> bool | None:
    """How a dated note of `day` writes its days with their year last, when one opening a line
    reads as that very day one way only (`# 05/11/2026` in the note of 5 November, as a template
    titles it): day first (True) or month first (False); None when none does, or they disagree."""
    said = set()
    for found in _opening_year_last.finditer(text):
        first, second = year_last_date(found, True), year_last_date(found, False)
        if first != second and day in (first, second):
            said.add(first == day)
    return said.pop() if len(said) == 1 else None


def year_last_days(text: str, day_first: bool) -> str:
    """`text` with each day opening a line with its year last written in ISO form, read day first
    or month first (`year_last_order`), as `iso_days` writes a daily format's, and so each link
    to a note named so (`[[03.11.2026]]` → `[[2026-11-03]]`); one that is no real day is left
    as written. A line's number is unchanged."""

    def iso(found: re.Match[str]) -> str:
        day = year_last_date(found, day_first)
        return found[0] if day is None else found[1] + day.isoformat()

    def link(found: re.Match[str]) -> str:
        day = year_last_date(found, day_first)
        return found[0] if day is None else found[1] + found[2] + day.isoformat()

    if "[[" in text:
        text = _opening_dotted_link.sub(link, text)
    return _opening_year_last.sub(iso, text)


def name_order(file: str, stem: str, daily: str | None = None) -> bool | None:
    """How a note whose name opens with a day written with its year last writes a day: day first
    (True) or month first (False) when its name can be read only one way (`30-11-2026`, `25.11.2026`:
    day first, as dots are and as `_dotted_name` reads it) or the vault's daily format names it
    (`daily`: `DD-MM-YYYY`); None for any other name. The days its lines write so are read in
    that order (`year_last_order`)."""
    match = _YEAR_LAST.match(stem) if stem[:1].isdigit() else None
    if match is None:
        return None
    first, mark, second = int(match[1]), match[2], int(match[3])
    if (first > 12) != (second > 12):
        return first > 12
    if mark == ".":
        return True
    if daily and _formatted_day(file, daily) is not None:
        written = _BRACKETED_TEXT.sub("", daily.rsplit("/", 1)[-1])
        if "D" in written and "M" in written:
            return written.index("D") < written.index("M")
    return None


_BRACKETED_TEXT = lazy_pattern(r"\[[^\]]*\]")
"""Text a daily format writes as it is (`[Day] DD-MM-YYYY`): no token of it."""


def year_last_as_written(day: dt.date, line: str, day_first: bool) -> str | None:
    """`day` written as `line` opens with its own, year last (`- 26/11/2026 lunch`): in the note's
    order (`year_last_order`), with the line's separator, its months and days of two digits
    unless it writes one of one (`5.11.2026`); None when the line opens otherwise."""
    found = _opening_year_last.match(line)
    return None if found is None else _year_last_as(day, found, day_first)


def linked_year_last_as_written(day: dt.date, line: str, day_first: bool) -> str | None:
    """`day` named as the note is that a link opening `line` names with dots (`- [[03.11.2026]]
    coffee`: `10.11.2026`), in the note's order (`year_last_order`), as `year_last_as_written`
    writes a day plain; None when the line opens otherwise."""
    found = _opening_dotted_link.match(line) if "[[" in line else None
    return None if found is None else _year_last_as(day, found, day_first)


def _year_last_as(day: dt.date, found: re.Match[str], day_first: bool) -> str:
    """`day` written as a day with its year last (`found`: its `first`, `sep` and `second`) is."""
    parts = (day.day, day.month) if day_first else (day.month, day.day)
    width = 1 if min(len(found["first"]), len(found["second"])) == 1 else 2
    return found["sep"].join(f"{part:0{width}d}" for part in (*parts, day.year))


def opens_with_plain_day(line: str, daily: str) -> bool:
    """Does `line` open with a day written plain in the vault's `daily` format, not ISO?"""
    days = _days_in(daily)
    found = days[1].match(line) if days else None
    return found is not None and formatted_day(found) is not None
