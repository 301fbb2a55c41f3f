"""`body.read_body` for a plain body (headings, one-line items, paragraphs), in one pass over
its lines with no block made. tests/test_plain.py holds it to the reference."""

from __future__ import annotations

from vaultnet.convert import date_prefix
from vaultnet.fields import FACT_HEADINGS, INTEREST_HEADINGS
from vaultnet.read.blocks import heading_words, section_name, split_task
from vaultnet.read.blocks_fast import MD_TRIM, atx_heading, plain_lines
from vaultnet.read.body import (
    DONE_BOXES,
    NO_SECTION,
    TASK_STARTS,
    Body,
    Section,
    add_entry,
    bad_date,
    colon_line,
    ends_in_a_day,
    follow_up_of,
    known_paragraph,
    paragraph_fact,
    plain_words,
    read_entry,
    section_at_heading,
    section_ends,
    sections_after_item,
    sections_after_label,
    task_word,
    tells_when_done,
    yearless_day,
)
from vaultnet.read.days import (
    DAYS_OPEN,
    PLAIN_ENTRY,
    days_either_side,
    entry_head,
    heading_period,
    may_open_entry,
    opened_as_entry,
    opens_day,
    slashed_start,
)
from vaultnet.read.inline import UNCLEAN

_BULLETS = frozenset(("- ", "* ", "+ "))
_NOT_FAST = (*UNCLEAN, "::")
"""What `read_plain_body` leaves to `read_body`: what `clean` takes out, and fields."""


def read_plain_body(file: str, text: str, offset: int, base: str) -> Body | None:
    """`read_body(file, parse_blocks(text), offset, False, base)` in one pass over the lines,
    with no block made, for a body of headings, one-line items and paragraphs (`plain_blocks`'
    shape, less fields, code, comments, Logseq task words and lines that continue an item);
    None for any other body. tests/test_plain.py holds it to `read_body`."""
    lines = None if any(mark in text for mark in _NOT_FAST) else plain_lines(text)
    if lines is None:
        return None
    body = Body.empty()
    facts = interests = NO_SECTION
    items: list[tuple[int, int]] = []  # each open item's content column and its list's column
    in_item = False  # the line before is an item's: a line of text after it would continue it
    para: list[str] | None = None  # the open paragraph's lines (an item's never: it has one)
    start = 0
    for number, raw in enumerate(lines, offset + 1):  # the file's line numbers
        if raw[:2] in _BULLETS:  # the commonest line: an item at the margin, which closes every list
            if para is not None:  # seldom: no call for the rest
                if (after := _plain_paragraph(body, para, start, base, facts, interests)) is None:
                    return None
                facts, interests = after
            para, in_item = None, True
            items.clear()
            items.append((2, 0))
            facts = NO_SECTION if facts[1] else facts  # opened in a list: this item is not in it
            interests = NO_SECTION if interests[1] else interests
            if _plain_log_line(body, raw, 2, number, base):
                continue  # the commonest item: `- 2026-11-02 · text`
            after = _plain_list_item(body, file, raw, 2, 1, facts, interests, number, base)
            if after is None:
                return None
            facts, interests = after
            continue
        if raw[:1] == " " and (rest := raw.lstrip(" "))[1:2] == " " and rest[0] in "-*+":
            col = len(raw) - len(rest)  # a nested bullet item, as `plain_blocks` nests it
            if in_item and col < items[-1][0] and col - items[-1][1] >= 4:
                return None  # a lazy continuation line, not an item (markdown-it's list rule)
            if (after := _plain_paragraph(body, para, start, base, facts, interests)) is None:
                return None
            facts, interests = after
            para = None
            while items and col < items[-1][0]:
                items.pop()
            container = items[-1][0] if items else 0
            if col - container >= 4 or len(items) >= 6:
                return None  # indented code, or deep nesting: left to the blocks
            items.append((col + 2, container))
            in_item = True
            depth = len(items)
            facts = NO_SECTION if facts[1] >= depth else facts
            interests = NO_SECTION if interests[1] >= depth else interests
            if _plain_log_line(body, raw, col + 2, number, base):
                continue  # the commonest item: `- 2026-11-02 · text`
            after = _plain_list_item(body, file, raw, col + 2, depth, facts, interests, number, base)
            if after is None:
                return None
            facts, interests = after
        elif not raw.strip(" \t"):  # a blank line
            if para is not None:
                if (after := _plain_paragraph(body, para, start, base, facts, interests)) is None:
                    return None
                facts, interests = after
            para, in_item = None, False
        elif raw[0] == "#":
            if (after := _plain_paragraph(body, para, start, base, facts, interests)) is None:
                return None
            facts, interests = after
            para, in_item = None, False
            items.clear()
            heading = atx_heading(raw)
            if heading is None:
                return None  # never: plain_lines lets only headings start with `#`
            level, words = heading
            if heading_period(heading_words(words).lower()):
                return None  # a log grouped by year or month, its days without one: to the blocks
            said = section_name(words)
            facts = section_at_heading(facts, level, said, FACT_HEADINGS)
            interests = section_at_heading(interests, level, said, INTEREST_HEADINGS)
            _plain_heading(body, file, words, number, base, bool(facts[0] or interests[0]))
        elif in_item:
            return None  # a line that continues an item: left to the blocks
        elif para is None:
            items.clear()  # text at the margin closes every list, every section opened in one or by a label
            facts = NO_SECTION if facts[0] and section_ends(facts, 0, 0) else facts
            interests = NO_SECTION if interests[0] and section_ends(interests, 0, 0) else interests
            para, start = [raw], number
        else:
            para.append(raw)
    return body if _plain_paragraph(body, para, start, base, facts, interests) else None


def _plain_list_item(
    body: Body,
    file: str,
    raw: str,
    at: int,
    depth: int,
    facts: Section,
    interests: Section,
    line: int,
    base: str,
) -> tuple[Section, Section] | None:
    """An item's line (`raw`, its text from column `at`) at list `depth` that is no log line
    `_plain_log_line` reads (`_plain_item`). The sections after it; None for an item this path
    leaves to the blocks."""
    text = raw[at:]
    facts, interests, read_as = sections_after_item(text, depth, facts, interests)
    if not _plain_item(body, file, text.strip(MD_TRIM), line, *read_as, base, depth > 1):
        return None
    return facts, interests


def _plain_item(
    body: Body, file: str, text: str, line: int, facts: int, interests: int, base: str, nested: bool
) -> bool:
    """One item of one line, as `read_body` reads its block (`facts`, `interests`: under such
    a heading). False for an item opening with a task word that closes it (`DONE`, `CANCELED`),
    a done task that says when it was done, or an open task `nested` in another item that links
    no one (whose it is, the items it is in say), which this path leaves."""
    task = None
    if text[:1] == "[":
        task, text = split_task(text)
        if task in DONE_BOXES and tells_when_done(text):
            return False  # the day it was done may make it an entry: to the blocks
    elif text[:1] in TASK_STARTS and (found := task_word(text)) is not None:
        if found[0] != " ":
            return False  # done or called off (Logseq's `DONE`, `CANCELED`): to the blocks
        task, text = found
    if task == " " and nested and "[[" not in text and "](" not in text:
        return False
    text = opened_as_entry(text)
    colon_line(body, text, line, bool(facts or interests))
    head = text.lstrip("| ")
    start = head.lstrip()[:1]
    opens = may_open_entry(head, start)
    entry = entry_head(head) if opens else None
    if entry is None and slashed_start(start) and (task is None or task in DONE_BOXES):
        bad_date(body, file, head, line)
    if entry is None and opens and task is None and not (facts or interests):
        yearless_day(body, file, head, line)
    if entry is None and task is None and not (nested or facts or interests) and ends_in_a_day(head):
        body.ends_in_a_day = True
    said = text if task == " " or facts or interests else ""
    if task == " ":
        body.follow_ups.append(follow_up_of(file, line, said, base))
    if (
        entry
        and (task is None or task in DONE_BOXES)
        and read_entry(body, file, entry, head, line, base) is not None
    ):
        return True
    if task != " " and (facts or interests) and (fact := said.strip()):
        if facts:
            body.facts.append(fact)
        if interests:
            body.interests.append(fact)
    plain_words(body, text, False, base)
    return True


def _plain_heading(body: Body, file: str, text: str, line: int, base: str, known: bool) -> None:
    """A heading's line, as `read_body` reads its block (a heading may open an entry; `known`:
    under About, Facts, ...)."""
    text = opened_as_entry(text)
    start = text.lstrip()[:1]
    opens = may_open_entry(text, start)
    entry = entry_head(text) if opens else None
    if entry is None and slashed_start(start):
        bad_date(body, file, text, line)
    if entry is None and opens and not known:
        yearless_day(body, file, text, line, heading=True)
    if entry and read_entry(body, file, entry, text, line, base) is not None:
        return
    plain_words(body, text, False, base)


def _plain_paragraph(
    body: Body, para: list[str] | None, start: int, base: str, facts: Section, interests: Section
) -> tuple[Section, Section] | None:
    """The open paragraph's lines at the margin, if any (`start`: its first line's number in the
    file), cut as `plain_blocks` cuts them (`facts`: the section of what is known it is in); the
    sections after it (a label's, `sections_after_label`; none of what is known after a pasted
    email: `known_paragraph`). None for one that opens with `|` (a row to the blocks)."""
    if para is None:
        return facts, interests
    lines = [para[0].strip(MD_TRIM)] if len(para) == 1 else "\n".join(para).strip(MD_TRIM).split("\n")
    if lines[0].startswith("|") or any(map(opens_day, lines)):
        return None  # a row, or a log written as lines of text: to the blocks
    for number, line in enumerate(lines, start):
        colon_line(body, line, number, bool(facts[0]))
        plain_words(body, line, True, base)
    if facts[0] and (fact := paragraph_fact("\n".join(lines))):
        facts = known_paragraph(body, fact, facts)
    return sections_after_label(para[0], facts, interests) if len(para) == 1 else (facts, interests)


def _plain_log_line(body: Body, raw: str, at: int, line: int, base: str) -> bool:
    """`read_entry` for an item (`raw`, its text from column `at`) `PLAIN_ENTRY` reads whole: a
    real day, no mark, the text after (as it ends the line, which `strip` cuts as `plain_blocks`
    would and more). False, and nothing read, for any other item, or one whose text is only links
    to the days either side: no entry."""
    plain = PLAIN_ENTRY.match(raw, at)
    if plain is None or (day := date_prefix(plain[1])) is None:
        return False
    text = raw[plain.end() :]
    rest = text.strip().strip("|").strip()
    if rest[:1] in DAYS_OPEN and days_either_side(text):
        return False
    add_entry(body, day, "unknown", line, rest, base, rest)
    return True
