"""`vaultnet log`: add one dated entry to a person's log, changing no other byte of the note."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from vaultnet.commands.people import People, find_person_in, people_in
from vaultnet.config import Config, is_logseq_graph
from vaultnet.confine import confined
from vaultnet.convert import (
    day_in_format,
    shown_characters,
    unsafe_characters,
)
from vaultnet.errors import CaptureError, NoteRefused, VaultnetError
from vaultnet.metrics.stats import FAR_AHEAD_DAYS
from vaultnet.model import Direction, Mention
from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import (
    ARROWS,
    DAY_COLUMNS,
    DELIMITER_ROW,
    QUOTE_MARKS,
    WHO_ALONE,
    WHO_COLUMNS,
    WHO_WORDS,
    Block,
    callout_heading,
    column_name,
    heading_words,
    rows_as_read,
    section_name,
    table_cells,
    unquoted,
)
from vaultnet.read.blocks_fast import indent_of, parse_blocks
from vaultnet.read.body import LINE_ITEM
from vaultnet.read.codepages import legacy_encoding, legacy_name
from vaultnet.read.conflicts import merge_conflicts
from vaultnet.read.days import (
    DAY_STOPS,
    Period,
    day_as_written,
    entry_day,
    entry_head,
    heading_period,
    iso_days,
    linked_year_last_as_written,
    log_paragraphs,
    logseq_day,
    month_alone,
    named_day_as_written,
    opens_with_plain_day,
    period_as_written,
    periods_in_force,
    year_last_as_written,
    year_last_days,
    year_last_order,
)
from vaultnet.read.front_log import new_item
from vaultnet.read.note import parse_note
from vaultnet.read.text import Split, decode, load_yaml, marked_encoding, split_front_matter, unicode_name
from vaultnet.write import Inserted, insert_into_note

log = logging.getLogger(__name__)

LOG_HEADING = "Log"
"""The heading whose section holds a person's entries; made at the end of the note when missing."""

MARKS: dict[Direction, str] = {"outbound": "->", "inbound": "<-", "mutual": "<->", "unknown": ""}
"""The ASCII direction marks of spec 1.4, as `vaultnet log` writes them."""


def check_entry_day(day: dt.date, today: dt.date) -> None:
    """An entry more than a year after today is what `vaultnet check` calls "a plan, or a typo?"
    (`2062` for `2026`): refused before it is written."""
    if day > today + dt.timedelta(days=FAR_AHEAD_DAYS):
        raise CaptureError(
            f"--date {day} is more than a year after today ({today}): a typo? "
            "(vaultnet check would flag it); nothing written"
        )


def entry_line(day: dt.date, direction: Direction, text: str) -> str:
    """`- 2026-11-21 -> coffee at Rosa's`: one list item, on one line."""
    words = " ".join(text.split())
    if not words:
        raise CaptureError("the entry needs some text: what happened?")
    unsafe = unsafe_characters(words)
    if unsafe:
        raise CaptureError(f"the entry has control or direction characters: {shown_characters(unsafe)}")
    mark = MARKS[direction]
    return f"- {day.isoformat()} {mark} {words}" if mark else f"- {day.isoformat()} {words}"


def line_end(data: bytes) -> bytes:
    """The line ending the note uses most: `\\r\\n`, `\\n` or `\\r` (`\\n` for a note of one line)."""
    crlf = data.count(b"\r\n")
    lf = data.count(b"\n") - crlf
    cr = data.count(b"\r") - crlf
    best = max((crlf, b"\r\n"), (lf, b"\n"), (cr, b"\r"))
    return best[1] if best[0] else b"\n"


def note_encoding(data: bytes) -> str:
    """The encoding a note is written in, which its new entry must use too: `utf-8` (with or
    without a BOM), UTF-16 or UTF-32 with a BOM (`utf-16-le`, ...), or for a note with no UTF-8
    in it at all the code page it is read in (`legacy_encoding`: `cp1252`, `cp1250`, ...). A
    note that is UTF-8 but for some bytes mixes two encodings: refused, not mixed further; so is
    one holding NUL bytes (UTF-16 without its BOM is valid UTF-8)."""
    if marked := marked_encoding(data):
        return marked[1]
    if b"\x00" in data:
        raise CaptureError(
            "the note holds NUL bytes (UTF-16 without its byte-order mark?): save it as UTF-8, then log again"
        )
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if any(ord(c) > 127 and c != "\ufffd" for c in data.decode("utf-8", "replace")):
            raise CaptureError(
                f"line {line} of the note is not UTF-8 while the rest is: save the note as UTF-8, "
                "then log again (vaultnet will not mix encodings further)"
            ) from None
        return legacy_encoding(data)


@dataclass(frozen=True, slots=True)
class Insertion:
    """Where new bytes go in a note, and which of the note's lines the entry becomes."""

    offset: int
    data: bytes
    line: int
    """1-based line of the entry in the note once inserted."""

    def apply(self, note: bytes) -> bytes:
        return note[: self.offset] + self.data + note[self.offset :]


def _heading_is_log(block: Block) -> bool:
    return block.kind == "heading" and section_name(block.text) == LOG_HEADING.lower()


def plan_insertion(data: bytes, entry: str, daily: str | None = None, outline: bool = False) -> Insertion:
    """Where `entry` goes: into the note's `## Log` section; else into the list or table that holds
    the note's dated entries, whatever its heading (`## Interactions`, `## Meetings`, ...), as a
    row of that table; else in a new `## Log` section at the end. In a log that keeps its days
    in order (oldest or newest first) it goes where its day falls, else after the last line; in
    a log grouped under a heading per year or month, under its own year's or month's.

    The note's bytes are never re-encoded: the entry is encoded like the note (UTF-8, or the
    code page a note that is not UTF-8 is read in: `note_encoding`) and ends its line the way
    the note does. `daily`: the vault's daily format, in which its log may link its days
    (`- [[20-11-2026]] coffee`), and the entry links its own. `outline`: the note is a page of a
    Logseq graph (`logseq_page`), whose log is written as Logseq writes one, as a page whose
    properties come first is anywhere; but a page with YAML front matter gets a `## Log`
    section, unless it keeps a Logseq log.
    """
    encoding = note_encoding(data)
    if encoding.startswith(("utf-16", "utf-32")):
        return _through_utf8(data, entry, encoding, daily, outline)
    written = decode("", data).text
    text = iso_days(written, daily) if daily else written  # its days read as the reader reads them
    day_first = year_last_order(text)  # `26/11/2026`: its days are written day first
    if day_first is not None:
        text = year_last_days(text, day_first)
    split = split_front_matter(text)
    every = rows_as_read(log_paragraphs(parse_blocks(split.body)))  # as the reader takes a log
    blocks = _outline_headings(_outside_callouts(every, split.body), split.body)
    note = _Layout(
        lines=data.splitlines(keepends=True),
        texts=written.split("\n"),
        blocks=blocks,
        offset=split.body_line,
        encoding=encoding,
        eol=line_end(data),
        day_of=_entry_days(blocks),
        daily=daily,
        day_first=day_first,
        outline=outline or (split.front is None and _PAGE_PROPERTY.match(split.body) is not None),
    )
    heading = next((b for b in blocks if _heading_is_log(b)), None)
    scope = note.inside(heading) if heading is not None else blocks
    periods = _period_headings(note, scope)
    if not periods and heading is not None and not any(b.lines[0][0] in note.day_of for b in scope):
        periods = _period_headings(note, blocks)  # `## Log` over `## 2026`, `## 2025`: a title, not a log
    if periods:  # a log grouped under a heading per year or month: the entry goes under its own
        return _into_periods(note, periods, entry)
    run = _dated_run(note, scope)
    headings = _dated_headings(scope)
    if len(headings) > sum(b.lines[0][0] in note.day_of for b in run or ()):
        return _into_headings(note, headings, entry)
    if run is not None:
        return _into_run(note, run, entry)
    if heading is not None:  # no list or table of entries in it yet
        return _into_section(note, heading, entry)
    if len(every) > len(blocks) and (logged := _into_callout(note, every, entry)) is not None:
        return logged
    if split.front is not None and (kept := _into_front_log(note, split, entry)) is not None:
        return kept
    if note.outline and split.front is None:  # front matter: an Obsidian note's, whatever its folder
        return _new_outline_log(data, note, entry)
    return _new_section(data, note.lines, note.encoded(entry), note.eol)


def _into_front_log(note: _Layout, split: Split, entry: str) -> Insertion | None:
    """The entry as one more item of the log the front matter holds (`new_item`: the Friend
    Tracker plugin's `interactions`), where its day falls; None for a note whose front matter
    holds none."""
    meta, _ = load_yaml("", split)
    found = new_item(split.front or "", meta, entry.removeprefix("- "))
    if found is None:
        return None
    at, lines = found
    start = at + 1  # the file's line: the front matter opens on the second
    written = b"".join(note.encoded(line) + note.eol for line in lines)
    return Insertion(sum(map(len, note.lines[:start])), written, start + 1)


def _into_callout(note: _Layout, every: list[Block], entry: str) -> Insertion | None:
    """The entry in the list or table of dated entries a callout holds (`> [!note]- Log` over
    `> - 2026-11-02 <- she called`), as `_into_run` puts it, with the callout's `>`; None when no
    callout holds one. The callouts' titles and ends, headings of their own, are left out: the
    end of one is on its last line."""
    blocks = [b for b in every if not callout_heading(b)]
    inside = replace(note, blocks=blocks, day_of=_entry_days(blocks))
    run = _dated_run(inside, blocks)
    return _into_run(inside, run, entry) if run is not None else None


def _outside_callouts(blocks: list[Block], body: str) -> list[Block]:
    """The blocks of `body` (lines of text cut as the reader takes a log of them) but those of a
    callout: the reader reads one as its lines (a log kept in one counts), where an entry goes
    only when the note keeps no log outside one (`> [!note]- Log` over its entries), written
    with the callout's `>`."""
    if "[!" not in body:
        return blocks
    lines = body.split("\n")
    return [b for b in blocks if not callout_heading(b) and QUOTE_MARKS.match(lines[b.lines[0][0]]) is None]


Days = Mapping[int, dt.date]
"""The day of each block that is a log entry, by the block's first line (`_entry_days`)."""


@dataclass(frozen=True, slots=True)
class _Layout:
    """A note as `plan_insertion` places an entry in it."""

    lines: list[bytes]
    """Its lines as bytes, each with its line end: the entry goes between two of them."""
    texts: list[str]
    """Its lines as text, as written (its blocks read its days in the daily format as ISO)."""
    blocks: list[Block]
    """Its body's blocks, lines of text cut as the reader cuts them."""
    offset: int
    """The line its body starts at (0-based): a block's lines are counted from there."""
    encoding: str
    eol: bytes
    day_of: Days
    """The day of each block that is a log entry, by the block's first line."""
    daily: str | None
    """The vault's daily format: how a link to a day's note is written."""
    day_first: bool | None
    """How the log writes a day with its year last (`year_last_order`), if it does."""
    outline: bool = False
    """Is the note a Logseq page (`plan_insertion`): a log made in it links its day to the journal."""

    def encoded(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError:
            raise CaptureError(
                f"the note is in {legacy_name(self.encoding)}, which cannot hold this text"
            ) from None

    def section(self, heading: Block) -> tuple[int, int]:
        """The lines of a heading's section: the heading's own, and the first after it (a
        heading as high, or the end; for a heading written in a bullet, `- ## Log` as Logseq
        writes one, the first block outside that bullet's item)."""
        start = heading.lines[0][0] + self.offset
        end = next(
            (
                b.lines[0][0] + self.offset
                for b in self.blocks
                if b.lines[0][0] + self.offset > start and _ends_section(heading, b)
            ),
            len(self.lines),
        )
        return start, end

    def inside(self, heading: Block) -> list[Block]:
        """The blocks of a heading's section, after the heading."""
        start, end = self.section(heading)
        return [b for b in self.blocks if start < b.lines[0][0] + self.offset < end]


def _ends_section(heading: Block, block: Block) -> bool:
    if heading.depth:  # the bullet's children are its section
        return (block.depth if block.kind == "heading" else block.level) <= heading.depth
    return block.kind == "heading" and block.level <= heading.level


def _period_headings(note: _Layout, blocks: list[Block]) -> list[tuple[Period, Block]]:
    """The headings of a year or of a month alone (`### 2026`, `### November 2026`) among
    `blocks`, with what they name, in order, when they group the log: at least half its entries
    are under one. Else none (a log with an archive of one year under its own heading, say)."""
    headings, under, dated = [], 0, 0
    for block, period in zip(blocks, periods_in_force(blocks), strict=True):
        if block.lines[0][0] in note.day_of:
            dated += 1
            under += period is not None
        elif block.kind == "heading" and period is not None and (named := _period_named(block, period)):
            headings.append((named, block))
    return headings if 2 * under >= dated else []


def _period_named(heading: Block, period: Period) -> Period | None:
    """What a heading names, `period` in force under it: a year, a month of it (`November 2026`),
    or a month alone under its year's heading (`#### November` under `### 2026`); else None."""
    said = heading_words(heading.text)
    return heading_period(said) or (period if period[1] and month_alone(said) else None)


def _into_periods(
    note: _Layout, periods: list[tuple[Period, Block]], entry: str, newest: bool | None = None
) -> Insertion:
    """The entry in a log grouped under a heading per year or month: in the list under the
    heading of its month, else of its year (where its day falls), else under a new heading named
    as the first one is, where the headings' order puts it (`newest` first or not, when they
    cannot tell: one heading yet). A year's part grouped under months' names alone is such a
    log of its own, in the order of the log's other years' months."""
    day = dt.date.fromisoformat(entry[2:12])
    own = next((h for p, h in periods if p == (day.year, day.month)), None)
    year = next((h for p, h in periods if p == (day.year, None)), None)
    if newest is None:
        newest = _months_newest_first(note, periods)
    if own is None and year is not None and (months := _months_of(note, year, periods)):
        return _into_periods(note, months, entry, newest)
    own = own or year
    run = _dated_run(note, note.inside(own)) if own is not None else None
    if run is not None:
        return _into_run(note, run, entry)
    tops = [(p, h) for p, h in periods if h.level == periods[0][1].level]  # the highest: years, or months
    period = (day.year, day.month if tops[0][0][1] else None)
    # A new year's part in a log whose years are grouped under months' names alone: so is its own.
    months = [] if own else next((m for _, h in tops if (m := _months_of(note, h, periods))), [])
    month = (day.year, day.month) if months else period
    entry = _as_written(entry, day, _written_without_year(note), same_month=month[1] is not None)
    if own is not None:  # its heading, no entry under it yet
        return _into_section(note, own, entry)
    before = _next_period(note, period, tops, newest)
    titles = [_heading_for(period, tops, entry)] + ([_heading_for(month, months, entry)] if months else [])
    new = b"".join(note.encoded(line) + note.eol for line in (*titles, entry))
    if before is not None:  # the new heading and its entry, a blank line before the next
        at = before.lines[0][0] + note.offset
        return Insertion(sum(map(len, note.lines[:at])), new + note.eol, at + 1 + len(titles))
    start, end = note.section(tops[-1][1])  # after the last heading's part
    last = next((i for i in range(end - 1, start, -1) if note.lines[i].strip()), start)
    placed = _after(note.lines, last, new.removesuffix(note.eol), note.eol, blank=True)
    return replace(placed, line=placed.line + len(titles))


def _heading_for(period: Period, among: list[tuple[Period, Block]], entry: str) -> str:
    """A new heading for `period`, of the level of the headings `among` and named as they are, in
    the language of the `entry` under it too (`- 2. Dezember: ...`: `Dezember 2026`)."""
    likes = [heading_words(h.text) for _, h in among]
    return f"{'#' * among[0][1].level} {period_as_written(period, likes, entry.lstrip('-*+ '))}"


def _next_period(
    note: _Layout, period: Period, tops: list[tuple[Period, Block]], newest: bool | None
) -> Block | None:
    """The heading among `tops` that a new one for `period` goes before, in the headings' order
    (newest or oldest first: with one heading yet, `newest`, else in the order of its days);
    None: after the last."""
    order = [_sorted_by(p) for p, _ in tops]
    if len(set(order)) > 1:
        newest = order == sorted(order, reverse=True)
    elif newest is None:
        newest = _newest_first([d for _, d in sorted(note.day_of.items()) if _in_period(d, tops[0][0])])
    later = (_sorted_by(period) > k if newest else _sorted_by(period) < k for k in order)
    return next((heading for (_, heading), goes in zip(tops, later, strict=True) if goes), None)


def _months_newest_first(note: _Layout, periods: list[tuple[Period, Block]]) -> bool | None:
    """Are the months' headings inside a year's part newest first (the first year with two or
    more), None when no year has two: how a log grouped so is kept."""
    for months in (_months_of(note, h, periods) for p, h in periods if p[1] is None):
        if len(months) > 1:
            order = [_sorted_by(p) for p, _ in months]
            return order == sorted(order, reverse=True)
    return None


def _months_of(note: _Layout, year: Block, periods: list[tuple[Period, Block]]) -> list[tuple[Period, Block]]:
    """The headings of months inside a year's part (`#### November` under `### 2026`)."""
    start, end = note.section(year)
    return [(p, h) for p, h in periods if p[1] is not None and start < h.lines[0][0] + note.offset < end]


def _dated_headings(blocks: list[Block]) -> list[tuple[dt.date, Block]]:
    """The headings among `blocks` that open with a day (`## 2026-11-20 Call`), of the level of
    the first: a log kept as a heading per contact, each over what was said."""
    dated = [
        (day, block)
        for block in blocks
        if block.kind == "heading" and not block.depth and (day := entry_day(heading_words(block.text)))
    ]
    return [(day, block) for day, block in dated if block.level == dated[0][1].level]


def _into_headings(note: _Layout, headings: list[tuple[dt.date, Block]], entry: str) -> Insertion:
    """The entry as a heading of its own among the log's dated headings (the entry's day, mark and
    words, as `## 2026-11-20 <- Call` reads; the day alone over the mark and words when the log's
    headings say only the day), where its day falls in a log kept in order of days, else after
    the last one's section; a blank line parts it from the heading it comes before."""
    day = dt.date.fromisoformat(entry[2:12])
    level, last = headings[-1][1].level, heading_words(headings[-1][1].text)
    written = note.texts[headings[-1][1].lines[0][0] + note.offset]
    head = entry_head(last)
    alone = head is not None and head[2] is None and not last[head[3] :].strip()
    said = f"{entry[2:12]}{note.eol.decode()}{entry[13:]}" if alone else entry[2:]
    title = note.encoded(_linked_as(f"{'#' * level} {said}", day, last, note, written))
    before = _goes_before(headings, day)
    if before is not None:
        return _before(note.lines, before.lines[0][0] + note.offset, title + note.eol, note.eol)
    start, end = note.section(headings[-1][1])
    last_line = next((i for i in range(end - 1, start, -1) if note.lines[i].strip()), start)
    return _after(note.lines, last_line, title, note.eol, blank=True)


def _goes_before(dated: list[tuple[dt.date, Block]], day: dt.date) -> Block | None:
    """The entry of a log (each with its day) that an entry of `day` goes before, where its day
    falls in a log kept in order of days (newest or oldest first); None: after the last one (a
    log in no order, or a day after all of them in an oldest-first one)."""
    days = [d for d, _ in dated]
    if _newest_first(days):
        return next((block for d, block in dated if d <= day), None)
    if days == sorted(days):
        return next((block for d, block in dated if d > day), None)
    return None


def _sorted_by(period: Period) -> tuple[int, int]:
    """A heading's place in time: a year's before its months'."""
    return period[0], period[1] or 0


def _in_period(day: dt.date, period: Period) -> bool:
    return day.year == period[0] and period[1] in (None, day.month)


def _into_run(note: _Layout, run: list[Block], entry: str) -> Insertion:
    """The entry in the list or table of dated entries `run`, in its shape (a row of a table,
    an item with the list's bullet), where its day falls in a log kept in order of days (newest
    first, or oldest first), else after its last line."""
    dated = [(day, block) for block in run if (day := note.day_of.get(block.lines[0][0])) is not None]
    last_day, last_entry = dated[-1]
    day = dt.date.fromisoformat(entry[2:12])
    like = last_entry if last_day.year == day.year else None
    last_line = note.texts[last_entry.lines[0][0] + note.offset]
    line = _shaped(entry, last_line, last_entry.kind, _header(note, run[0]))
    if last_entry.kind != "row":
        line = _parted_as(line, day, _head(last_entry))
    written = _as_written(line, day, like, last_day.month == day.month)
    if named := named_day_as_written(day, _head(last_entry), (_head(block) for _, block in dated)):
        written = written.replace(day.isoformat(), named, 1)  # `Dec 1, 2026` among `Nov 3, 2026`
    linked = _linked_as(written, day, _head(last_entry), note, last_line)
    shaped = note.encoded(linked)
    before = _goes_before(dated, day)
    # Lines of text a blank line apart are kept apart; the text after the last of them is not the log's.
    text = last_entry.kind == "paragraph"
    spaced = text and len(dated) > 1 and not note.texts[last_entry.lines[0][0] + note.offset - 1].strip()
    if before is not None:
        at = before.lines[0][0] + note.offset
        return _before(note.lines, at, shaped + (note.eol if spaced else b""), note.eol)
    last = max(number for block in ([last_entry] if text else run) for number, _ in block.lines) + note.offset
    return _after(note.lines, last, shaped, note.eol, blank=spaced)


def _parted_as(text: str, day: dt.date, like: str) -> str:
    """`text`, an entry, with its day parted from what follows by the stop the log's entry `like`
    (how its block opens) parts its own with (`2026-10-02 — She called`, `2026-10-02: lunch`),
    before its mark if it has one; else as it is."""
    head = entry_head(like)
    if head is None:
        return text
    _, written, mark, end = head
    between = like[like.find(written) + len(written) : end].lstrip("]*_")
    if mark:
        between = between.partition(mark)[0]
    if between.strip() not in DAY_STOPS:
        return text
    day_at = text.index(day.isoformat()) + len(day.isoformat())
    return text[:day_at] + between.rstrip() + " " + text[day_at:].lstrip()


def _as_written(text: str, day: dt.date, like: Block | None, same_month: bool = False) -> str:
    """`text`, an entry, with its `day` written as `like` (an entry of the log under a heading of
    `day`'s year) writes its own when it leaves the year to the heading (`Nov 3:` under `### 2026`),
    or the month too when `like` is of `day`'s (`same_month`: `20th:` under `### November 2026`);
    else as it is."""
    if like is None:
        return text
    head = _head(like)
    written = day_as_written(day, head, same_month) if entry_day(head) is None else None
    if written is None:
        return text
    if like.kind == "row":  # the cell is its separator
        written = written.rstrip(":,—–|· ")
    return text.replace(day.isoformat(), written, 1)


def _linked_as(text: str, day: dt.date, like: str, note: _Layout, written: str = "") -> str:
    """`text`, an entry, with its day a link to the day's note when the log's entry `like` (how
    its block opens) links its own: `[[2026-11-02]]`, `[[Daily/2026-11-02|Monday]]` (the day's
    note in the log's folder), or a Logseq journal's `[[Nov 2nd, 2026]]`; else as it is. The
    day's note is named in the vault's daily format when it has one (`[[02-11-2026]]`), and
    the day is written plain so when the entry's line as `written` writes its own so, or with
    its year last as the line writes it (`26/11/2026`)."""
    if day.isoformat() not in text:
        return text
    daily = note.daily
    name = day_in_format(day, daily.rsplit("/", 1)[-1]) if daily else day.isoformat()  # its note's
    if daily and opens_with_plain_day(written, daily):
        return text.replace(day.isoformat(), name, 1)
    if note.day_first is not None and (plain := year_last_as_written(day, written, note.day_first)):
        return text.replace(day.isoformat(), plain, 1)
    if linked := _LINKED_DAY.match(like):
        dotted = note.day_first is not None and linked_year_last_as_written(day, written, note.day_first)
        link = f"[[{linked[1]}{dotted or name}]]"  # `[[10.11.2026]]` among `[[03.11.2026]]`
    elif _LOGSEQ_DAY.match(like):
        link = f"[[{logseq_day(day)}]]"
    else:
        return text
    return text.replace(day.isoformat(), link, 1)


_LINKED_DAY = lazy_pattern(r"\[\[((?:[^\[\]|#]*/)?)\d{4}-\d{2}-\d{2}(?:\\?\|[^\[\]]*)?\]\]")
"""A log entry's day written as a link to its daily note, its folder (group 1) kept."""
_LOGSEQ_DAY = lazy_pattern(r"\[\[[A-Z][a-z]{2} \d{1,2}(?:st|nd|rd|th), \d{4}\]\]")
"""A day as Logseq links its journal page by default (`[[Nov 2nd, 2026]]`)."""


def _written_without_year(note: _Layout) -> Block | None:
    """The log's first entry written without its year (under a heading of it), if any."""
    return next(
        (b for b in note.blocks if b.lines[0][0] in note.day_of and entry_day(_head(b)) is None),
        None,
    )


def _newest_first(days: list[dt.date]) -> bool:
    """Are these days those of a log kept newest first?"""
    return len(days) >= 2 and days == sorted(days, reverse=True) and days[0] != days[-1]


def _into_section(note: _Layout, heading: Block, entry: str) -> Insertion:
    """The entry in the section of `heading` (the note's Log section, or a year's) that holds no
    list or table of entries: on top of a newest-first log (of entries that are neither), else
    after its last line; under a heading written in a bullet (`- ## Log`), as its child, after
    the lines the heading's block goes on with (its properties, `collapsed:: true`)."""
    block_of = {number + note.offset: block for block in note.blocks for number, _ in block.lines}
    start, end = note.section(heading)
    head_end = start
    if heading.depth:  # its section is its bullet's item: up to a line less indented than its text
        entry = _as_child(note, heading, entry)
        width = _indent_width(note.texts[start])
        end = next((i for i in range(start + 1, end) if _indent_width(note.texts[i]) <= width), end)
        child = next((at for b in note.blocks if start < (at := b.lines[0][0] + note.offset) < end), end)
        head_end = next((i for i in range(child - 1, start, -1) if note.lines[i].strip()), start)
    elif not note.texts[start].lstrip().startswith("#"):
        head_end = start + 1  # a setext heading: its underline is part of it
    encoded = note.encoded(entry)
    dated = [
        (line, block)
        for block in note.blocks
        if head_end < (line := block.lines[0][0] + note.offset) < end and block.lines[0][0] in note.day_of
    ]
    if _newest_first([note.day_of[block.lines[0][0]] for _, block in dated]):  # the new entry on top
        return _before(note.lines, dated[0][0], encoded, note.eol)
    last = next((i for i in range(end - 1, head_end, -1) if note.lines[i].strip()), head_end)
    after = block_of.get(last)
    # Right after a list item or a heading an entry needs no blank line; after anything else
    # (an HTML block, say, which only a blank line ends) it does.
    joins = after is not None and (after.kind in ("item", "heading") or not after.first)
    return _after(note.lines, last, encoded, note.eol, blank=not (last == head_end or joins))


def _as_child(note: _Layout, heading: Block, entry: str) -> str:
    """`entry` as a child of a heading written in a bullet: a tab further in than the bullet (two
    spaces under one indented with spaces), its day linked to its journal page on a Logseq page."""
    line = note.texts[heading.lines[0][0] + note.offset]
    indent = line[: len(line) - len(line.lstrip())]
    item = _journal_linked(note, entry) if note.outline else entry
    return indent + ("  " if " " in indent else "\t") + item


def _indent_width(line: str) -> int:
    """The columns a line's indent takes (`indent_of`); a blank line's is taken as deeper than any."""
    return indent_of(line)[0] if line.strip() else 1 << 30


def _journal_linked(note: _Layout, entry: str) -> str:
    """`entry` with its day a link to the day's journal page, as Logseq links one: in the graph's
    title format (the vault's daily format), else Logseq's own (`[[Nov 21st, 2026]]`), so that
    the journal lists the entry; as it is when it does not write its day whole (`- Dec 2: ...`
    under `- ### 2026`)."""
    day = entry_day(entry.removeprefix("- "))
    if day is None or day.isoformat() not in entry:
        return entry
    linked = day_in_format(day, note.daily.rsplit("/", 1)[-1]) if note.daily else logseq_day(day)
    return entry.replace(day.isoformat(), f"[[{linked}]]", 1)


def _outline_headings(blocks: list[Block], body: str) -> list[Block]:
    """`blocks` with Logseq's headings whole. The lines a bullet's heading goes on with before its
    children (the properties Logseq writes there, `collapsed:: true`, `id:: ...`) are the heading
    block's, no block of their own: an entry put between them and the heading would take them
    (and the log would become its hidden children, or it the block `((id))` refers to). A bullet
    made a heading by its property (`- Log` over `heading:: 2`) is a heading, written in its item."""
    lines = body.split("\n")
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "item":
            under = kept[-1] if kept and kept[-1].kind == "heading" else None
            if (
                under is not None
                and under.depth == block.level
                and not LINE_ITEM.match(lines[block.lines[0][0]])
            ):
                continue  # the heading's own lines, its item's text after its first line
            if block.first and len(block.lines) > 1 and (level := _heading_property(block)):
                block = Block("heading", block.lines[:1], level=level, depth=block.level)
        kept.append(block)
    return kept


def _heading_property(item: Block) -> int | None:
    """The heading level a list item's properties give it (`- Log` over `heading:: 2`; `true`,
    Logseq's heading sized by its depth, as `##`), when its lines after the first are all properties."""
    level = None
    for _, line in item.lines[1:]:
        found = _PROPERTY.match(line)
        if found is None:
            return None
        if found[1].lower() == "heading":
            value = (found[2] or "").strip().lower()
            level = int(value) if value in ("1", "2", "3", "4", "5", "6") else 2 if value == "true" else None
    return level


_PROPERTY = lazy_pattern(r"([A-Za-z][\w-]*)::(?:[ \t]+(.*))?$")
"""A block property Logseq writes on the lines under a bullet's first (`collapsed:: true`)."""


def _before(lines: list[bytes], line: int, encoded: bytes, eol: bytes) -> Insertion:
    return Insertion(sum(len(x) for x in lines[:line]), encoded + eol, line + 1)


def _after(lines: list[bytes], last: int, encoded: bytes, eol: bytes, blank: bool) -> Insertion:
    """The entry on a line of its own after line `last` (0-based), after a blank line if `blank`."""
    prefix = eol if blank else b""
    at = sum(len(line) for line in lines[: last + 1])
    line = last + 2 + (1 if blank else 0)
    if lines[last].endswith((b"\n", b"\r")):
        return Insertion(at, prefix + encoded + eol, line)
    return Insertion(at, eol + prefix + encoded, line)


def _through_utf8(data: bytes, entry: str, encoding: str, daily: str | None, outline: bool) -> Insertion:
    """An insertion into a UTF-16 or UTF-32 note: planned on its UTF-8 twin, then put back in
    the note's encoding, after its byte-order mark."""
    mark = len("\ufeff".encode(encoding))
    try:
        text = data[mark:].decode(encoding)
    except UnicodeDecodeError as exc:  # read with U+FFFD for some of it: written back, it would stay so
        line = data[mark : mark + exc.start].decode(encoding, "replace").count("\n") + 1
        raise CaptureError(
            f"line {line} of the note is not valid {unicode_name(encoding)} (text added in another "
            "encoding?): mend it, then log again (vaultnet will not write into a note it cannot read whole)"
        ) from None
    twin = text.encode("utf-8")
    planned = plan_insertion(twin, entry, daily, outline)
    offset = mark + len(twin[: planned.offset].decode("utf-8").encode(encoding))
    return Insertion(offset, planned.data.decode("utf-8").encode(encoding), planned.line)


def _entry_days(blocks: list[Block]) -> dict[int, dt.date]:
    """The day each top-level list item, table row or line of text at the margin starts with, as
    the reader reads it (`read.note.entry_day`, under the year and month of the headings above it), when it
    is a contact (not an open task), by the block's first line. Under a heading written in a
    bullet (Logseq's `- ## Log`), the items one level below it are the top level."""
    days = {}
    top = 1  # the level of the items that may be entries
    for block, period in zip(blocks, periods_in_force(blocks), strict=True):
        if block.kind == "heading":
            top = block.depth + 1
        elif block.kind == "item" and block.first and block.level < top:
            top = 1  # out of the bulleted heading's item
        if block.kind == "row" or (
            block.first
            and (
                (block.kind == "item" and block.level == top and block.task in (None, "x", "X"))
                or (block.kind == "paragraph" and not block.level)
            )
        ):
            day = entry_day(_head(block), period)
            if day is not None:
                days[block.lines[0][0]] = day
    return days


def _head(block: Block) -> str:
    """How a block opens, as a log entry's day would: a row without its `|`."""
    head = block.lines[0][1]
    return head.lstrip("| ") if block.kind == "row" else head.lstrip()


def _dated_run(note: _Layout, blocks: list[Block]) -> list[Block] | None:
    """The list, table or lines of text among `blocks` (its blocks, a table without its header)
    holding the most dated entries (the later one of equals), or None when they hold none."""
    runs: list[list[Block]] = []
    kind = ""
    for block in blocks:
        # A list goes on through its items and their later paragraphs, a table until a new header,
        # lines of text through the paragraphs that follow.
        if (
            (block.kind == "row" and not block.header and kind == "row")
            or (kind == "item" and (block.kind == "item" or not block.first))
            or (kind == "paragraph" and block.kind == "paragraph" and not block.level)
        ):
            runs[-1].append(block)
        else:
            kind = block.kind if block.kind in ("item", "row") or block.lines[0][0] in note.day_of else ""
            runs.append([] if block.header else [block])
    counts = [sum(b.lines[0][0] in note.day_of for b in run) for run in runs]
    most = max(counts, default=0)
    return runs[len(counts) - 1 - counts[::-1].index(most)] if most else None


def _shaped(entry: str, last: str, kind: str, header: list[str] | None = None) -> str:
    """`entry` in the shape of the log's last entry `last` (a block of this kind): a table row of
    as many cells (`_row`), a line of text, or a list item with its bullet (`*`, `+`)."""
    if quoted := QUOTE_MARKS.match(last):  # a callout's line: the entry is one too
        return quoted[0] + _shaped(entry, last[quoted.end() :], kind, header)
    if kind == "paragraph":
        return entry[2:]
    if kind == "row":
        line = " | ".join(_row(entry, table_cells(last), header))
        return f"| {line} |" if last.lstrip().startswith("|") else line
    indent = last[: len(last) - len(last.lstrip())]  # a nested list's (Logseq's `\t- `)
    bullet = last.lstrip()[:1]
    return indent + (bullet + entry[1:] if bullet in "*+" else entry)


def _row(entry: str, had: list[str], header: list[str] | None) -> list[str]:
    """The cells of `entry` as a row of a table whose last row's cells are `had`: its day in the
    column of days (the first, unless the `header` names another: `| Type | Date | Notes |`);
    its mark in a column of who started it (one whose cell in `had` is a mark, or so named in
    the header), else with its words; its words in the first other column not of how or where
    (`| Date | Type | Notes |`: in Notes)."""
    day, words = entry[2:].split(" ", 1)
    names = list(map(column_name, header or []))
    names = names if len(names) == len(had) else [""] * len(had)
    first = next((at for at, name in enumerate(names) if name in DAY_COLUMNS), 0)
    others = [at for at in range(max(len(had), 2)) if at != first]
    marks = [at for at in others[: len(had) - 1] if had[at] in ARROWS or _tells_who(names[at], had[at])]
    mark, _, said = words.partition(" ")
    if len(had) < 3 or not marks or mark not in ARROWS:  # the mark, if any, stays with the words
        mark, said = "", words
    kept = [at for at in others[: len(had) - 1] if at not in marks[:1] and names[at] not in _KIND_COLUMNS]
    cells = [""] * max(len(had), 2)
    cells[first] = day
    if marks and len(had) > 2:
        cells[marks[0]] = _who_word(mark, had[marks[0]])
    cells[kept[0] if kept else others[0]] = said.replace("|", "\\|")
    return cells


def _tells_who(name: str, had: str) -> bool:
    """Is a column so named, its cell `had` in the last row, one of who started each contact?"""
    return name in WHO_COLUMNS or (name == WHO_ALONE and column_name(had) in WHO_WORDS)


def _who_word(mark: str, had: str) -> str:
    """The mark as the column of who started it says it in the row above (`had`): an arrow under
    an arrow or a blank, else a word of the same set, as the table writes it (`Me` under `Them`,
    `outbound` under `inbound`; under a name, `Dana`, them is that name)."""
    said = column_name(had)
    if not mark or said in ("", "-") or said in ARROWS:
        return mark
    if WHO_WORDS.get(said, "<-") == WHO_WORDS[mark]:
        return had  # the very word the table used for it
    words = next((words for words in _WHO_SETS if said in words.values()), _WHO_SETS[0])
    word = words[WHO_WORDS[mark]]
    return word.capitalize() if had[:1].isupper() else word


_WHO_SETS = (
    {"->": "me", "<-": "them", "<->": "both"},
    {"->": "outbound", "<-": "inbound", "<->": "mutual"},
    {"->": "outgoing", "<-": "incoming", "<->": "mutual"},
    {"->": "out", "<-": "in", "<->": "both"},
)
"""The words a column of who started each contact says it in, each set its three."""


def _header(note: _Layout, first: Block) -> list[str] | None:
    """The cells of the header over a table whose first row below it is `first`, if any."""
    at = first.lines[0][0] + note.offset
    if first.kind != "row" or at < 2 or not DELIMITER_ROW.match(unquoted(note.texts[at - 1])):
        return None
    return table_cells(unquoted(note.texts[at - 2]))


_KIND_COLUMNS = frozenset(
    ("type", "kind", "medium", "channel", "how", "via", "mode", "where", "place", "location", "format")
)
"""A table column of how or where a contact happened, by its header: not where its words go."""


_PAGE_PROPERTY = lazy_pattern(r"(?:- )?[A-Za-z][\w-]*::(?:[ \t]|$)")
"""A Logseq page's first line, one of its properties (`tags:: person`, or in its first block,
`- tags:: person`): the page is an outline."""


def _new_outline_log(data: bytes, note: _Layout, entry: str) -> Insertion:
    """A Logseq page's log, made as Logseq writes one, at the end of the page: a bullet `## Log`
    over the entry a tab in, its day a link to the day's journal page (`[[Nov 21st, 2026]]`, or
    in the graph's own title format), so that the journal lists it."""
    heading = note.encoded(f"- ## {LOG_HEADING}")
    item = _journal_linked(note, entry)
    return _new_section(data, note.lines, note.encoded("\t" + item), note.eol, heading, apart=False)


def _new_section(
    data: bytes,
    lines: list[bytes],
    entry: bytes,
    eol: bytes,
    heading: bytes = b"## " + LOG_HEADING.encode(),
    apart: bool = True,
) -> Insertion:
    """A log section at the end of the note, its `heading` over the `entry`, after a blank line
    when `apart` (a Logseq page's bullets take none), keeping a missing final newline; before the
    link references Foam keeps last (`_foam_references`)."""
    content = data.removeprefix(b"\xef\xbb\xbf")
    heading += eol
    if not content:
        return Insertion(len(data), heading + entry + eol, 2)
    if apart and (at := _foam_references(lines)) is not None:
        blank = eol if at and lines[at - 1].strip() else b""
        offset = sum(map(len, lines[:at]))
        return Insertion(offset, blank + heading + entry + eol + eol, at + len(blank) // len(eol) + 2)
    ends_line = data.endswith((b"\n", b"\r"))
    prefix = b"" if ends_line else eol
    if apart and lines[-1].strip():
        prefix += eol
    suffix = eol if ends_line else b""
    count = len(lines) + len(prefix) // len(eol) - (0 if ends_line else 1)
    return Insertion(len(data), prefix + heading + entry + suffix, count + 2)


def _foam_references(lines: list[bytes]) -> int | None:
    """The index of the line where the link references Foam writes at a note's end begin
    (`[//begin]: # "Autogenerated link references ..."`, to `[//end]: # ...`), when they end it;
    else None."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    if not last or not lines[last - 1].startswith(b"[//end]:"):
        return None
    return next((at for at in range(last - 1, -1, -1) if lines[at].startswith(b"[//begin]:")), None)


@dataclass(frozen=True, slots=True)
class Logged:
    """What `vaultnet log` did."""

    file: str
    line: int
    entry: str
    """The entry as written: an item, or a row of the note's table."""


def checked_insertion(
    file: str,
    data: bytes,
    entry: str,
    day: dt.date,
    direction: Direction,
    config: Config,
    outline: bool = False,
    entries: int | None = None,
) -> Insertion:
    """Where the entry goes, once checked: vaultnet reads back one more contact, this one.
    `outline`: the note is a page of a Logseq graph (`plan_insertion`); `entries`: how many
    entries `data` reads as, when known (one more than the note had before the last checked). A
    note holding a merge's conflict is refused (`unresolved`)."""
    unresolved(file, data)
    insertion = plan_insertion(data, entry, config.daily_format, outline)
    new = insertion.apply(data)
    _same_code_page(file, data, new)
    before = len(parse_note(file, data, config).entries) if entries is None else entries
    after = parse_note(file, new, config)
    added = [m for m in after.entries if m.line == insertion.line]
    if len(after.entries) != before + 1 or len(added) != 1:
        written = decode(file, new).text.split("\n")[insertion.line - 1].strip()
        raise CaptureError(
            f"{file}: vaultnet would not read back the line it would write, {written!r} (a day "
            "written in a form vaultnet does not read, or an unclosed code block or comment near the "
            "end?); add it by hand"
        )
    if added[0].date != day or (
        added[0].direction != direction and not added[0].inferred
    ):  # no mark: the words may say
        raise CaptureError(
            f"{file}: the entry would read back as {added[0].date} {added[0].direction or ''}, "
            "not as given; add it by hand"
        )
    return insertion


def _same_code_page(file: str, data: bytes, new: bytes) -> None:
    """Refuse an entry that would change the code page a note that is not UTF-8 reads in
    (`legacy_encoding`): its other lines would read otherwise (a Windows-1252 note given
    `Bo¿ena` would read as Windows-1250, its `Œ` as `Ś`)."""
    was = decode(file, data).encoding
    if was is not None and (now := decode(file, new).encoding) != was:
        raise CaptureError(
            f"{file}: with this entry the note would read as {legacy_name(now or 'utf-8')}, not as "
            f"{legacy_name(was)}: save the note as UTF-8, then log again"
        )


def unresolved(file: str, data: bytes) -> None:
    """Refuse to write into a note that holds a merge's conflict (`merge_conflicts`): an entry
    would go into one side, and the sides are for the owner to settle first."""
    if conflicts := merge_conflicts(decode(file, data).text):
        raise CaptureError(
            f"{file}: unresolved merge conflict (git) at line {conflicts[0].opening + 1}; keep one side "
            "(or both) and delete the markers first: nothing written"
        )


def _expected(entry: str, config: Config) -> Mention:
    """How vaultnet reads `entry` as the one entry of a person's log."""
    probe = f"---\ntags: [{PROBE_TAG}]\n---\n## {LOG_HEADING}\n{entry}\n".encode()
    entries = parse_note(f"{PROBE_TAG}.md", probe, replace(config, person_tags=(PROBE_TAG,))).entries
    if len(entries) != 1 or "\n" in entry or "\r" in entry:
        raise CaptureError(f"{entry!r} is not one dated entry")
    return entries[0]


PROBE_TAG = "vaultnet-probe"


def write_entry(
    path: Path, entry: str, file: str | None = None, config: Config | None = None, outline: bool = False
) -> tuple[int, str]:
    """Add `entry` (one line, `- 2026-11-21 -> coffee`) to the log of the note at `path`; returns
    its line and the line as written (a table's row, say). The note is checked to read back with
    exactly this one entry more; an edit saved meanwhile is never lost (see `insert_into_note`).
    `file` is the note's path in the vault (for messages and for how its folder makes it a person);
    `outline`: it is a page of a Logseq graph (`logseq_page`)."""
    config = config or Config()
    file = file or path.name
    expect = _expected(entry, config)
    line, written, planned = 0, entry, (b"", 0)

    def plan(data: bytes) -> tuple[int, bytes]:
        nonlocal line, written, planned
        insertion = checked_insertion(file, data, entry, expect.date, expect.direction, config, outline)
        line, planned = insertion.line, (data, insertion.offset)
        # The entry's own line, not the heading that may come with it (`## Log`, `### 2027`).
        written = decode(file, insertion.apply(data)).text.split("\n")[line - 1]
        return insertion.offset, insertion.data

    try:
        done = insert_into_note(path, plan, file)
    except CaptureError as exc:
        raise CaptureError(str(exc) if str(exc).startswith(file) else f"{file}: {exc}") from None
    except NoteRefused as exc:  # one you may not write: refused as one holding a merge's conflict is
        raise CaptureError(str(exc)) from None
    return line + lines_moved(file, *planned, done), written


def lines_moved(file: str, planned: bytes, offset: int, done: Inserted) -> int:
    """How many lines further down than planned (at `offset` in `planned`) the inserted bytes are in
    the note as written: none, but when a save by rename carried them into its own copy of the
    note (`insert_into_note`)."""
    if done.note[: done.at] == planned[:offset]:
        return 0
    now, was = (decode(file, part).text.count("\n") for part in (done.note[: done.at], planned[:offset]))
    return now - was


def log_entry(
    root: Path,
    query: str,
    text: str,
    day: dt.date,
    direction: Direction,
    config: Config,
    words: Sequence[str] = (),
) -> Logged:
    """Append one entry to the log of the person `query` names, atomically. `words`: the text's
    first words as a shell gave them, one argument each, which a name of several words left
    unquoted runs on into (`vaultnet log Maya Lindqvist coffee`); none for a text given whole."""
    people = people_in(root, config)
    file = find_person_in(root, people, query, config)
    _forgotten_quotes(people, query, words, text)
    return log_into(root, file, entry_line(day, direction, text), config, query)


def log_into(root: Path, file: str, entry: str, config: Config, query: str | None = None) -> Logged:
    """Add `entry` to the log of the person note `file`, found already (by `query`, when given)."""
    path = _still_a_person(root, file, config, query)
    line, written = write_entry(path, entry, file, config, logseq_page(root, file))
    log.info("logged %s in %s:%d", written, file, line)
    return Logged(file, line, written)


def log_all(root: Path, file: str, entries: list[str], config: Config) -> list[Logged | str]:
    """Add each entry to the log of the person note `file`, as `log_into` would, in as few writes
    as they allow (`write_entries`): a caller writing many (`import ics`) reads the vault once, and
    each note once. Each entry's `Logged`, or why it was not written (the others are)."""
    try:
        path = _still_a_person(root, file, config)
    except (VaultnetError, OSError) as exc:
        return [_why(exc)] * len(entries)
    said = write_entries(path, entries, file, config, logseq_page(root, file))
    return [Logged(file, *one) if isinstance(one, tuple) else one for one in said]


def _still_a_person(root: Path, file: str, config: Config, query: str | None = None) -> Path:
    """The note's path, once the note as it is on disk (not as the parse cache remembers it) is
    still that person's: a cache copied in from elsewhere cannot steer the write to another note."""
    path = confined(root, root / file)
    fresh = parse_note(file, path.read_bytes(), config)
    if fresh.kind != "person" or (query is not None and People.of([fresh]).find(query) != file):
        raise CaptureError(f"{file} changed since it was read; try again")
    return path


def _why(exc: Exception) -> str:
    """Why an entry was not written, in one line."""
    why = str(exc) if isinstance(exc, VaultnetError) else getattr(exc, "strerror", None) or str(exc)
    return why.removesuffix(": nothing written")


def write_entries(
    path: Path, entries: list[str], file: str, config: Config, outline: bool = False
) -> list[tuple[int, str] | str]:
    """Add the entries to the note at `path`, each checked as `write_entry` checks it, in one
    write for each run of them that together make one insertion (entries of days after the log's
    last, most often: a note gets one write, not one an entry), with `insert_into_note`'s care.
    Each entry's line (at the time it was added: one added above it later moves it down) and line
    as written, or why it was not written; the others are."""
    expects = [_expected(entry, config) for entry in entries]
    said: list[tuple[int, str] | str] = []
    while len(said) < len(entries):
        run = _Run(file, entries[len(said) :], expects[len(said) :], config, outline)
        try:
            done = insert_into_note(path, run.plan, file)
        except (VaultnetError, OSError) as exc:
            said.append(_why(exc))
            continue
        moved = lines_moved(file, *run.planned, done)
        said += [(line + moved, written) for line, written in run.added]
    return said


class _Run:
    """The insertion of as many of the entries, from the first, as make one run of bytes in the
    note: each one's insertion falls inside or at either end of the ones before."""

    def __init__(self, file: str, entries: list[str], expects: list[Mention], config: Config, outline: bool):
        self.file, self.entries, self.expects, self.config, self.outline = (
            file,
            entries,
            expects,
            config,
            outline,
        )
        self.added: list[tuple[int, str]] = []
        self.planned = (b"", 0)
        """The note the run was last planned on, and where in it the run goes."""

    def plan(self, data: bytes) -> tuple[int, bytes]:
        """`insert_into_note`'s plan: where the run goes in `data`, and its bytes."""
        self.added = []
        current, offset, run = data, len(data), b""
        had = len(parse_note(self.file, data, self.config).entries)
        for entry, expect in zip(self.entries, self.expects, strict=True):
            try:
                insertion = checked_insertion(
                    self.file, current, entry, expect.date, expect.direction, self.config, self.outline,
                    had + len(self.added),
                )  # fmt: skip
            except CaptureError:
                if not self.added:
                    raise
                break  # written on its own next, to say why it cannot be
            if self.added and not offset <= insertion.offset <= offset + len(run):
                break
            if not self.added:
                offset = insertion.offset
            at = insertion.offset - offset
            run = run[:at] + insertion.data + run[at:]
            current = insertion.apply(current)
            self.added.append(
                (insertion.line, decode(self.file, current).text.split("\n")[insertion.line - 1])
            )
        self.planned = (data, offset)
        return offset, run


def logseq_page(root: Path, file: str) -> bool:
    """Is `file` a page of a Logseq graph: in the `pages` folder of a vault that holds Logseq's
    settings (`logseq/config.edn`) and no Obsidian's (`.obsidian/`: a vault Obsidian opens, a
    stray `logseq/` in it)? Logseq shows such a page as an outline, whatever its first line: its
    log is written as Logseq writes one (bullets, the days linked to the journal)."""
    return file.startswith("pages/") and is_logseq_graph(root) and not (root / ".obsidian").is_dir()


def _forgotten_quotes(people: People, query: str, words: Sequence[str], text: str) -> None:
    """`vaultnet log Maya Lindqvist coffee`: the name ran on into the first `words` of the text
    (as they were given, each an argument), which with it make the very name of someone (not a
    path's end, nor a name spelt with a comma: `w/ Priya,`); say so, write nothing."""
    for count in range(len(words), 0, -1):
        longer = " ".join([query, *words[:count]])
        if people.answers_to(longer):
            rest = text.removeprefix(" ".join(words[:count])).strip()
            raise CaptureError(
                f"did you mean the person '{longer}'? Quote a name of several words: "
                f'vaultnet log "{longer}" {rest or "..."}'
            )
