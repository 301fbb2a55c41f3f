"""`vaultnet log`: one entry in, no other byte changed, and vaultnet reads it back as a contact."""

from __future__ import annotations

import datetime as dt
import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import shared_path
from vaultnet.cli import main
from vaultnet.commands.log import (
    _who_word,
    entry_line,
    plan_insertion,
)
from vaultnet.commands.people import People
from vaultnet.config import Config
from vaultnet.errors import AmbiguousPerson, CaptureError, UnknownPerson
from vaultnet.model import Note
from vaultnet.read.blocks_fast import parse_blocks
from vaultnet.read.days import heading_period
from vaultnet.read.note import parse_note
from vaultnet.read.text import decode, split_front_matter

DAY = dt.date(2026, 11, 21)
ENTRY = entry_line(DAY, "outbound", "café with Zoë about her new job")
EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"


def inserted_only(before: bytes, after: bytes) -> bytes:
    """The bytes `after` adds to `before` at one place; fails if anything else changed."""
    prefix = 0
    while prefix < len(before) and before[prefix] == after[prefix]:
        prefix += 1
    added = len(after) - len(before)
    assert added > 0
    assert after[prefix + added :] == before[prefix:], "bytes after the insertion changed"
    return after[prefix : prefix + added]


def assert_logged(note: str, expected: str) -> None:
    """`- 2026-11-21 -> x` logged into `note` makes it `expected`, and reads as that contact."""
    insertion = plan_insertion(note.encode(), "- 2026-11-21 -> x")
    got = insertion.apply(note.encode())
    assert got.decode() == expected
    assert entry_at(got, insertion.line) == (DAY, "outbound")


def entry_at(data: bytes, line: int) -> tuple[dt.date, str] | None:
    """The (date, direction) of a contact vaultnet reads on `line`, reading the note as a person."""
    note = parse_note("People/Probe.md", data, Config())
    if note.kind == "person":
        found = [m for m in note.entries if m.line == line]
        return (found[0].date, found[0].direction) if found else None
    # Templates and organisations are not people, so read the entry off the list item itself.
    split = split_front_matter(decode("", data).text)
    for block in parse_blocks(split.body):
        if block.kind == "item" and block.lines[0][0] + split.body_line + 1 == line:
            text = block.lines[0][1]
            return (dt.date.fromisoformat(text[:10]), "outbound") if text[11:13] == "->" else None
    return None


def notes_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.md") if "_vaultnet" not in p.parts)


def round_trip(path: Path) -> None:
    before = path.read_bytes()
    insertion = plan_insertion(before, ENTRY)
    after = insertion.apply(before)
    inserted_only(before, after)
    added = insertion.data  # at the top of a newest-first log, the shared prefix hides where it went
    assert b"2026-11-21" in added and b"caf" in added  # an item, or a table's row of its cells
    assert entry_at(after, insertion.line) == (DAY, "outbound"), path
    eol = b"\r\n" if b"\r\n" in before else b"\n"
    assert eol + eol + eol not in added
    if eol == b"\r\n":
        assert added.replace(b"\r\n", b"").count(b"\n") == 0, "a bare LF in a CRLF note"
    if not before.endswith(b"\n"):
        assert not after.endswith(b"\n"), "a missing final newline was added"


@pytest.mark.parametrize("path", notes_under(EXAMPLE), ids=lambda p: p.name)
def test_round_trip_on_example_vault(path: Path) -> None:
    round_trip(path)


def test_round_trip_on_every_real_world_note() -> None:
    paths = notes_under(shared_path("realworld"))
    assert len(paths) > 50
    for path in paths:
        round_trip(path)


def test_real_world_crlf_bom_and_cp1252_keep_their_bytes() -> None:
    derived = shared_path("realworld", "derived")
    for name in ("Steph Ango (CRLF).md", "Steph Ango (BOM+CRLF).md", "Elin Lindstrom (cp1252).md"):
        before = (derived / name).read_bytes()
        after = plan_insertion(before, ENTRY).apply(before)
        assert after[:3] == before[:3]
        added = inserted_only(before, after)
        if name.startswith("Elin"):
            assert "café with Zoë".encode("cp1252") in added
        else:
            assert added.count(b"\r\n") == added.count(b"\n") >= 2


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "---\ntags: [person]\n---\n## Log\n- 2026-01-01 -> a\n\n## About\n- likes tea\n",
            "---\ntags: [person]\n---\n## Log\n- 2026-01-01 -> a\nENTRY\n\n## About\n- likes tea\n",
        ),
        ("# Jane\n\n## Log\n", "# Jane\n\n## Log\nENTRY\n"),
        ("## 📅 Log\n\n## Notes\n- tea\n", "## 📅 Log\nENTRY\n\n## Notes\n- tea\n"),
        ("# Jane\n\n## Log", "# Jane\n\n## Log\nENTRY"),
        ("# Jane\nlikes tea", "# Jane\nlikes tea\n\n## Log\nENTRY"),
        ("# Jane\n", "# Jane\n\n## Log\nENTRY\n"),
        ("", "## Log\nENTRY\n"),
        ("Log\n===\n- 2026-01-01 a\n", "Log\n===\n- 2026-01-01 a\nENTRY\n"),
        ("## log ##\nSome prose.\n\n### 2026\n", "## log ##\nSome prose.\n\n### 2026\nENTRY\n"),
        ("## Log\n<div>\nx\n</div>\n\n## Next\n", "## Log\n<div>\nx\n</div>\n\nENTRY\n\n## Next\n"),
        ("```\n## Log\n```\n", "```\n## Log\n```\n\n## Log\nENTRY\n"),
        (  # a log in a callout, the only one: the entry joins it, with its `>`
            "> [!note]- Log\n> - 2026-01-01 -> a\n\nafter\n",
            "> [!note]- Log\n> - 2026-01-01 -> a\n> ENTRY\n\nafter\n",
        ),
        (
            "> [!info] Calls\n> > [!note] Log\n> > * 2025-01-01 a\n",
            "> [!info] Calls\n> > [!note] Log\n> > * 2025-01-01 a\n> > * 2026-11-21 -> x\n",
        ),
        (
            "> [!note] Log\n> | Date | Who | Notes |\n> |-|-|-|\n> | 2026-11-01 | Them | a |\n",
            "> [!note] Log\n> | Date | Who | Notes |\n> |-|-|-|\n> | 2026-11-01 | Them | a |\n> | 2026-11-21 | Me | x |\n",
        ),
        ("> [!note] Log\n", "> [!note] Log\n\n## Log\nENTRY\n"),
        (
            "## Log\n- 2026-01-01 -> a\n\n> [!info] 2026-02-01 call\n> - 2026-03-01 b\n",
            "## Log\n- 2026-01-01 -> a\nENTRY\n\n> [!info] 2026-02-01 call\n> - 2026-03-01 b\n",
        ),
    ],
    ids=["after-last", "empty", "an-emoji-before-log", "no-final-newline", "new-section-unended", "new", "blank", "setext",
         "nested-headings", "html", "heading-in-code", "log-in-a-callout", "in-a-nested-callout",
         "table-in-a-callout", "empty-callout-log", "callout-after-the-log"],
)  # fmt: skip
def test_where_the_entry_goes(note: str, expected: str) -> None:
    entry = "- 2026-11-21 -> x"
    got = plan_insertion(note.encode(), entry).apply(note.encode()).decode()
    assert got == expected.replace("ENTRY", entry)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_new_log_goes_before_the_link_references_foam_keeps_last(eol: str) -> None:
    """Foam keeps its link references at a note's end (`[//begin]: # ...` to `[//end]: # ...`),
    and writes them again there: a new `## Log` goes before them, not after."""
    refs = (
        '[//begin]: # "Autogenerated link references"\n[jane]: jane.md "Jane"\n[//end]: # "Autogenerated"\n'
    )
    note = f"# Bo\n\nMet at a fair.\n\n{refs}".replace("\n", eol)
    insertion = plan_insertion(note.encode(), ENTRY)
    got = insertion.apply(note.encode()).decode()
    assert got == f"# Bo\n\nMet at a fair.\n\n## Log\n{ENTRY}\n\n{refs}".replace("\n", eol)
    assert entry_at(got.encode(), insertion.line) == (DAY, "outbound")


IVY = "# Ivy\n\n## Interactions\n- 2026-11-01 -> coffee\n- 2026-11-10 <- she called\n\n## Notes\n- tea\n"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (IVY, IVY.replace("called\n", "called\nENTRY\n")),
        (
            "## Meetings\n- 2026-11-10 <- b\n- 2026-11-01 -> a\n\n## Notes\n",
            "## Meetings\nENTRY\n- 2026-11-10 <- b\n- 2026-11-01 -> a\n\n## Notes\n",
        ),
        (
            "## Timeline\n* [[2026-11-01]] a\n  - nested\n* 2026-11-02 b\n\n  more\n\nprose\n",
            "## Timeline\n* [[2026-11-01]] a\n  - nested\n* 2026-11-02 b\n\n  more\n* ENTRY\n\nprose\n",
        ),
        (
            "## Facts\n- 2020-01-01 moved\n\n## History\n- 2026-11-01 a\n- 2026-11-02 b\n",
            "## Facts\n- 2020-01-01 moved\n\n## History\n- 2026-11-01 a\n- 2026-11-02 b\nENTRY\n",
        ),
        (
            "## Todo\n- [ ] 2026-12-20 ask\n- [ ] 2026-12-21 ask\n",
            "## Todo\n- [ ] 2026-12-20 ask\n- [ ] 2026-12-21 ask\n\n## Log\nENTRY\n",
        ),
        (
            "## Log\n\n## Interactions\n- 2026-11-01 a\n",
            "## Log\nENTRY\n\n## Interactions\n- 2026-11-01 a\n",
        ),
        (
            "| Date | What | Notes |\n| --- | --- | --- |\n| 2026-11-01 | coffee | x |\n\nEnd\n",
            "| Date | What | Notes |\n| --- | --- | --- |\n| 2026-11-01 | coffee | x |\nROW |  |\n\nEnd\n",
        ),
        (
            "2026-11-02 | b\n--- | ---\n2026-11-02 | b\n2026-11-01 | a\n",
            "2026-11-02 | b\n--- | ---\nBARE\n2026-11-02 | b\n2026-11-01 | a\n",
        ),
        (  # the example vault's Kofi: a row on top of the rows, not an item inside the table
            "## Log\n| Date | Who | What |\n| --- | --- | --- |\n| 2026-11-02 | ↔ | b |\n| 2026-11-01 | <- | a |\n",
            "## Log\n| Date | Who | What |\n| --- | --- | --- |\nMARKED\n| 2026-11-02 | ↔ | b |\n| 2026-11-01 | <- | a |\n",
        ),
        (  # a column of how it happened, one of who started it by its name: each cell its own
            "| Date | Type | Notes |\n| --- | --- | --- |\n| 2026-11-01 | Coffee | x |\n",
            "| Date | Type | Notes |\n| --- | --- | --- |\n| 2026-11-01 | Coffee | x |\n| 2026-11-21 |  | -> x \\| y |\n",
        ),
        (
            "| Date | Direction | Medium | Summary |\n|-|-|-|-|\n| 2026-11-01 | inbound | Call | x |\n",
            "| Date | Direction | Medium | Summary |\n|-|-|-|-|\n| 2026-11-01 | inbound | Call | x |\n"
            "| 2026-11-21 | outbound |  | x \\| y |\n",
        ),
        (  # a column of who started it in words: the table's words, a name for them
            "| Date | Initiated by | Notes |\n|-|-|-|\n| 2026-11-01 | Dana | x |\n",
            "| Date | Initiated by | Notes |\n|-|-|-|\n| 2026-11-01 | Dana | x |\n| 2026-11-21 | Me | x \\| y |\n",
        ),
        (  # under `Who` alone, the words of who started it (not a name: that may be who was there)
            "| Date | Who | What |\n|-|-|-|\n| 2026-11-01 | Her | x |\n",
            "| Date | Who | What |\n|-|-|-|\n| 2026-11-01 | Her | x |\n| 2026-11-21 | Me | x \\| y |\n",
        ),
        (  # its day in the column of days, wherever that is
            "| Type | Date | Notes |\n| --- | --- | --- |\n| Coffee | 2026-11-01 | x |\n",
            "| Type | Date | Notes |\n| --- | --- | --- |\n| Coffee | 2026-11-01 | x |\n|  | 2026-11-21 | -> x \\| y |\n",
        ),
        (
            "| What | When | Who started |\n|-|-|-|\n| coffee | 2026-11-01 | Her |\n",
            "| What | When | Who started |\n|-|-|-|\n| coffee | 2026-11-01 | Her |\n| x \\| y | 2026-11-21 | Me |\n",
        ),
        (
            "## Log\n| 2026-11-01 | a |\n| 2026-11-02 | b |\n\n## Next\n",
            "## Log\n| 2026-11-01 | a |\n| 2026-11-02 | b |\nROW |\n\n## Next\n",
        ),
        (  # a log of lines of text, as the reader reads one: a line of text, its day parted as theirs
            "## Log\n**2026-11-20** — b\nNov 3, 2026 — a\n\n> [!note] 2026-10-01 call\n",
            "## Log\n2026-11-21 — -> x | y\n**2026-11-20** — b\nNov 3, 2026 — a\n\n> [!note] 2026-10-01 call\n",
        ),
        (  # lines of text a blank line apart stay apart, and the prose after them is not the log's
            "## Notes\nWe met in Oslo.\n\n2026-10-01 a\n\n2026-11-01 b\n\nSome prose.\n",
            "## Notes\nWe met in Oslo.\n\n2026-10-01 a\n\n2026-11-01 b\n\nTEXT\n\nSome prose.\n",
        ),
    ],
    ids=["interactions", "meetings-newest-first", "timeline-star-nested", "most-entries", "tasks-are-no-log",
         "log-heading-wins", "table", "bare-table-newest-first", "log-table-of-marks-newest-first",
         "table-of-types", "table-of-directions-by-name", "table-of-who-in-words", "table-of-who-alone",
         "table-day-second", "table-day-second-who-last", "log-table-oldest-first", "lines-of-text-newest-first", "lines-of-text-apart-oldest-first"],
)  # fmt: skip
def test_the_entry_joins_the_notes_own_log_whatever_its_heading(note: str, expected: str) -> None:
    entry = "- 2026-11-21 -> x | y"
    got = plan_insertion(note.encode(), entry).apply(note.encode()).decode()
    row, bare = "| 2026-11-21 | -> x \\| y", "2026-11-21 | -> x \\| y"
    marked = "| 2026-11-21 | -> | x \\| y |"
    assert got == expected.replace("* ENTRY", "* " + entry[2:]).replace("ENTRY", entry).replace(
        "ROW", row
    ).replace("BARE", bare).replace("MARKED", marked).replace("TEXT", entry[2:])
    assert entry_at(got.encode(), plan_insertion(note.encode(), entry).line) == (DAY, "outbound")


@pytest.mark.parametrize(
    ("mark", "had", "written"),
    [
        ("->", "Them", "Me"), ("<-", "me", "them"), ("<->", "Me", "Both"), ("<-", "Me", "Them"),
        ("->", "inbound", "outbound"), ("<->", "Incoming", "Mutual"), ("<-", "out", "in"),
        ("<-", "Dana", "Dana"), ("->", "Dana", "Me"), ("<-", "They", "They"),
        ("->", "<-", "->"), ("<-", "", "<-"), ("<->", "-", "<->"), ("", "Me", ""),
    ],
)  # fmt: skip
def test_a_column_of_who_started_it_is_written_in_its_own_words(mark: str, had: str, written: str) -> None:
    assert _who_word(mark, had) == written


@pytest.mark.parametrize(
    ("log", "day", "expected"),
    [
        (  # in its year's list, where its day falls, its day written as the log writes one
            "### 2026\n- Dec 3: c\n- Nov 1: a\n\n### 2025\n- Dec 1: z\n",
            "2026-11-21",
            "### 2026\n- Dec 3: c\n- Nov 21: -> x\n- Nov 1: a\n\n### 2025\n- Dec 1: z\n",
        ),
        (  # a new year, the years newest first: under a heading of its own, on top
            "### 2026\n- Dec 3: c\n\n### 2025\n- Dec 1: z\n",
            "2027-01-05",
            "### 2027\n- Jan 5: -> x\n\n### 2026\n- Dec 3: c\n\n### 2025\n- Dec 1: z\n",
        ),
        (  # the years oldest first: at the end
            "### 2025\n- Dec 1: z\n\n### 2026\n- Dec 3: c\n",
            "2027-01-05",
            "### 2025\n- Dec 1: z\n\n### 2026\n- Dec 3: c\n\n### 2027\n- Jan 5: -> x\n",
        ),
        (  # a year older than any, newest first: at the end
            "### 2026\n- Dec 3: c\n\n### 2025\n- Dec 1: z\n",
            "2024-03-01",
            "### 2026\n- Dec 3: c\n\n### 2025\n- Dec 1: z\n\n### 2024\n- Mar 1: -> x\n",
        ),
        (  # one year yet, its days newest first: the new year on top
            "### 2026\n- Dec 3: c\n- Nov 1: a\n",
            "2027-01-05",
            "### 2027\n- Jan 5: -> x\n\n### 2026\n- Dec 3: c\n- Nov 1: a\n",
        ),
        (  # its year's heading, with no entry under it yet
            "### 2027\n\n### 2026\n- Dec 3: c\n",
            "2027-01-05",
            "### 2027\n- Jan 5: -> x\n\n### 2026\n- Dec 3: c\n",
        ),
        (  # days written another way: that way
            "### 2026\n- 3rd of November — c\n",
            "2026-11-21",
            "### 2026\n- 3rd of November — c\n- 21st of November — -> x\n",
        ),
        (  # a table's rows: the day alone in its cell
            "### 2026\n| Nov 3 | c |\n",
            "2026-11-21",
            "### 2026\n| Nov 3 | c |\n| Nov 21 | -> x |\n",
        ),
        (  # most entries under no year's heading: the log is not grouped by year
            "- 2026-12-03 c\n- 2026-11-01 a\n\n### 2019\n- Dec 1: z\n",
            "2027-01-05",
            "- 2027-01-05 -> x\n- 2026-12-03 c\n- 2026-11-01 a\n\n### 2019\n- Dec 1: z\n",
        ),
        (  # in its month's list, where its day falls
            "### November 2026\n- Nov 20: c\n- Nov 3: a\n\n### October 2026\n- Oct 12: z\n",
            "2026-11-21",
            "### November 2026\n- Nov 21: -> x\n- Nov 20: c\n- Nov 3: a\n\n### October 2026\n- Oct 12: z\n",
        ),
        (  # a new month, the months newest first: on top, named as the others are
            "### Nov. 2026\n- Nov 20: c\n\n### Oct. 2026\n- Oct 12: z\n",
            "2026-12-02",
            "### Dec. 2026\n- Dec 2: -> x\n\n### Nov. 2026\n- Nov 20: c\n\n### Oct. 2026\n- Oct 12: z\n",
        ),
        (  # oldest first, between two months
            "## 2026-09\n- 3 Sep — a\n\n## 2026-11\n- 20 Nov — c\n",
            "2026-10-05",
            "## 2026-09\n- 3 Sep — a\n\n## 2026-10\n- 5 Oct — -> x\n\n## 2026-11\n- 20 Nov — c\n",
        ),
        (  # one month of one day, so in no order: the months in order of time
            "### december 2026\n- dec 1: c\n",
            "2026-03-04",
            "### march 2026\n- mar 4: -> x\n\n### december 2026\n- dec 1: c\n",
        ),
        (  # the days of a month's list written without their month: so
            "### November 2026\n- 20th: c\n- 3rd: a\n\n### October 2026\n- 12 — z\n",
            "2026-11-21",
            "### November 2026\n- 21st: -> x\n- 20th: c\n- 3rd: a\n\n### October 2026\n- 12 — z\n",
        ),
        (  # a month's name alone under its year's: the same
            "### 2026\n#### November\n- 3: a\n- 20: c\n",
            "2026-11-21",
            "### 2026\n#### November\n- 3: a\n- 20: c\n- 21: -> x\n",
        ),
        (  # a new month under its year: a heading of its own, named as the others are
            "### 2026\n#### November\n- 3: a\n- 20: c\n",
            "2026-12-02",
            "### 2026\n#### November\n- 3: a\n- 20: c\n\n#### December\n- 2: -> x\n",
        ),
        (  # the months newest first: on top of its year's
            "### 2026\n#### nov\n- 20th: c\n\n#### oct\n- 3rd: a\n\n### 2025\n#### dec\n- 1st: z\n",
            "2026-12-02",
            "### 2026\n#### dec\n- 2nd: -> x\n\n#### nov\n- 20th: c\n\n#### oct\n- 3rd: a\n\n### 2025\n#### dec\n- 1st: z\n",
        ),
        (  # `May` says nothing of long names or short: the next month's name does
            "### 2026\n#### May\n- 3: a\n\n#### September\n- 9: b\n",
            "2026-10-05",
            "### 2026\n#### May\n- 3: a\n\n#### September\n- 9: b\n\n#### October\n- 5: -> x\n",
        ),
        (  # between two months of its year, oldest first; the next year's untouched
            "### 2026\n#### September\n- 3: a\n\n#### November\n- 20: c\n\n### 2027\n#### January\n- 5: z\n",
            "2026-10-05",
            "### 2026\n#### September\n- 3: a\n\n#### October\n- 5: -> x\n\n#### November\n- 20: c\n\n"
            "### 2027\n#### January\n- 5: z\n",
        ),
        (  # a new year, its one year's months newest first: on top, with its month's heading
            "### 2026\n#### November\n- 2nd: a\n- 10th: b\n\n#### October\n- 5th: c\n",
            "2027-01-03",
            "### 2027\n#### January\n- 3rd: -> x\n\n### 2026\n#### November\n- 2nd: a\n- 10th: b\n\n"
            "#### October\n- 5th: c\n",
        ),
        (  # the same, oldest first: at the end
            "### 2026\n#### October\n- 5: c\n\n#### November\n- 2: a\n",
            "2027-01-03",
            "### 2026\n#### October\n- 5: c\n\n#### November\n- 2: a\n\n### 2027\n#### January\n- 3: -> x\n",
        ),
        (  # a new month of a year of one month yet: in the order of the other years' months
            "### 2027\n#### January\n- 3rd: a\n\n### 2026\n#### November\n- 2nd: b\n\n#### October\n- 5th: c\n",
            "2027-02-01",
            "### 2027\n#### February\n- 1st: -> x\n\n#### January\n- 3rd: a\n\n### 2026\n#### November\n- 2nd: b\n\n"
            "#### October\n- 5th: c\n",
        ),
        (  # German: its day as the log writes one, a new month's heading in German
            "### November 2026\n- 9. November: a\n- 20. November: b\n",
            "2026-12-02",
            "### November 2026\n- 9. November: a\n- 20. November: b\n\n### Dezember 2026\n- 2. Dezember: -> x\n",
        ),
        (  # German's numbers
            "### Oktober 2026\n- 09.10.: a\n### November 2026\n- 20.11.: b\n",
            "2026-11-25",
            "### Oktober 2026\n- 09.10.: a\n### November 2026\n- 20.11.: b\n- 25.11.: -> x\n",
        ),
        (  # Spanish, months alone under a year's heading
            "## 2026\n### noviembre\n- 9 de noviembre: a\n",
            "2026-12-02",
            "## 2026\n### noviembre\n- 9 de noviembre: a\n\n### diciembre\n- 2 de diciembre: -> x\n",
        ),
    ],
    ids=[
        "its-year", "new-year-on-top", "new-year-at-the-end", "older-year", "one-year", "empty-year",
        "written-another-way", "table", "not-grouped", "its-month", "new-month-on-top", "between",
        "one-day", "day-of-the-month", "month-alone", "month-alone-new-month", "month-alone-newest-first",
        "month-alone-may", "month-alone-between", "month-alone-new-year-on-top", "month-alone-new-year-at-the-end",
        "month-alone-as-other-years", "german", "german-numbers", "spanish-months-alone",
    ],
)  # fmt: skip
def test_a_log_grouped_by_year_or_month_gets_the_entry_under_its_heading(
    log: str, day: str, expected: str
) -> None:
    """`vaultnet log` in a log under a heading per year (`### 2026` over `- Nov 3: coffee`) or per
    month (`### November 2026`): the entry goes under its own year's or month's heading, a new
    one named as the others are, in their order, when there is none, its day written without the
    year as the log's are, and reads back as that day."""
    note = f"## Log\n{log}\n## Notes\nabout her\n"
    insertion = plan_insertion(note.encode(), f"- {day} -> x")
    got = insertion.apply(note.encode())
    assert got.decode() == f"## Log\n{expected}\n## Notes\nabout her\n"
    assert entry_at(got, insertion.line) == (dt.date.fromisoformat(day), "outbound")


@pytest.mark.parametrize(
    ("log", "expected"),
    [
        ("- 2026-12-03 c\n", "ENTRY\n- 2026-12-03 c\n"),  # one entry: oldest first
        ("- 2026-11-01 a\n- 2026-12-03 c\n", "- 2026-11-01 a\nENTRY\n- 2026-12-03 c\n"),
        ("- 2026-12-03 c\n- 2026-11-01 a\n", "- 2026-12-03 c\nENTRY\n- 2026-11-01 a\n"),
        (
            "- 2026-12-03 c\n- 2026-10-01 a\n- 2026-11-05 b\n",
            "- 2026-12-03 c\n- 2026-10-01 a\n- 2026-11-05 b\nENTRY\n",
        ),
        (  # every form of day the reader takes
            "- [[Dec 3rd, 2026]] c\n- **2026-11-01** a\n",
            "- [[Dec 3rd, 2026]] c\nENTRY\n- **2026-11-01** a\n",
        ),
    ],
    ids=["before-the-one", "oldest-first", "newest-first", "no-order-the-end", "as-the-reader-reads"],
)
def test_an_entry_of_an_earlier_day_goes_where_its_day_falls(log: str, expected: str) -> None:
    """`vaultnet log --date 2026-11-21` after later entries: in a log kept in order of days, in
    its place, not at an end where it breaks the order."""
    entry = "- 2026-11-21 x"
    note = f"## Log\n{log}"
    got = plan_insertion(note.encode(), entry).apply(note.encode()).decode()
    assert got == f"## Log\n{expected}".replace("ENTRY", entry)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (  # newest first: on top
            "Ben is my old flatmate.\n\n## 2026-11-20 Call\nHe rang me.\n\n## 2026-09-01 Coffee\n",
            "Ben is my old flatmate.\n\n## 2026-12-04 -> x\n\n## 2026-11-20 Call\nHe rang me.\n\n"
            "## 2026-09-01 Coffee\n",
        ),
        (  # oldest first: at the end, after the last one's section
            "## Log\n### 2026-09-01\nCoffee.\n\n### 2026-11-20 Call\nHe rang me.\n",
            "## Log\n### 2026-09-01\nCoffee.\n\n### 2026-11-20 Call\nHe rang me.\n\n### 2026-12-04 -> x\n",
        ),
        (  # linked days, and a list of a line or two under one of them
            "## [[2026-11-20]] Call\n- about the move\n- 2026-11-21 texted\n\n## [[2026-09-01]] Coffee\n",
            "## [[2026-12-04]] -> x\n\n## [[2026-11-20]] Call\n- about the move\n- 2026-11-21 texted\n\n"
            "## [[2026-09-01]] Coffee\n",
        ),
        (  # a heading of the day alone, what happened under it: so is the entry
            "## Log\n### 2026-09-01\nCoffee.\n\n### 2026-11-20\nHe rang me.\n",
            "## Log\n### 2026-09-01\nCoffee.\n\n### 2026-11-20\nHe rang me.\n\n### 2026-12-04\n-> x\n",
        ),
        (  # newest first, the day alone
            "### 2026-11-20\nHe rang me.\n\n### 2026-09-01\nCoffee.\n",
            "### 2026-12-04\n-> x\n\n### 2026-11-20\nHe rang me.\n\n### 2026-09-01\nCoffee.\n",
        ),
    ],
    ids=["newest-first", "oldest-first", "linked-days", "day-alone", "day-alone-newest-first"],
)
def test_a_log_of_a_heading_per_contact_gets_a_heading(note: str, expected: str) -> None:
    """Owners who give each contact a heading (`## 2026-11-20 Call` over what was said) get one
    more heading in its place, not a `## Log` list at the end of the note."""
    data = f"---\ntags: [person]\n---\n{note}".encode()
    insertion = plan_insertion(data, "- 2026-12-04 -> x")
    got = insertion.apply(data)
    assert got.decode() == f"---\ntags: [person]\n---\n{expected}"
    assert entry_at(got, insertion.line) == (dt.date(2026, 12, 4), "outbound")


def test_a_log_that_links_its_days_in_the_vaults_daily_format_gets_a_link_so_written() -> None:
    """A log of `- [[21-11-2026]] ...` in a DD-MM-YYYY vault: the entry goes where its day falls
    and links its day's note by that note's name, not by an ISO name no note has."""
    data = b"## Log\n- [[21-11-2026]] <- she called\n- [[20-11-2026]] coffee\n"
    insertion = plan_insertion(data, "- 2026-12-04 -> x", "DD-MM-YYYY")
    assert insertion.apply(data) == b"## Log\n- [[04-12-2026]] -> x\n" + data[7:]
    earlier = plan_insertion(data, "- 2026-11-20 -> y", "DD-MM-YYYY").apply(data)
    assert earlier.endswith(b"- [[20-11-2026]] -> y\n- [[20-11-2026]] coffee\n")


def test_a_log_that_writes_its_days_in_the_vaults_daily_format_gets_its_day_so_written() -> None:
    """A log of `- 21.11.2026 ...` in a DD.MM.YYYY vault: the entry goes where its day falls and
    writes its day as the log does."""
    data = b"## Log\n- 21.11.2026 <- she called\n- 20.11.2026 coffee\n"
    assert plan_insertion(data, "- 2026-12-04 -> x", "DD.MM.YYYY").apply(data) == (
        b"## Log\n- 04.12.2026 -> x\n" + data[7:]
    )
    earlier = plan_insertion(data, "- 2026-11-20 -> y", "DD.MM.YYYY").apply(data)
    assert earlier.endswith(b"- 20.11.2026 -> y\n- 20.11.2026 coffee\n")
    headings = b"## 21.11.2026\ncall\n"
    got = plan_insertion(headings, "- 2026-12-04 -> x", "DD.MM.YYYY").apply(headings)
    assert got == headings + b"\n## 04.12.2026\n-> x\n"  # the day alone, as the log's heading


def test_a_log_that_writes_its_days_with_the_year_last_gets_its_day_so_written() -> None:
    """A log of `- 26.11.2026 ...`, its days day first as its own say (no month 26), kept newest
    first: the entry goes where its day falls, written as the log writes its days, one digit
    where the log writes one; `| 11/26/2026 |` rows, month first, get a row so written. A log
    whose days could be read either way is no log of days: the entry goes after it, in ISO."""
    data = b"## Log\n- 26.11.2026 <- she called\n- 5.11.2026 coffee\n"
    assert plan_insertion(data, "- 2026-11-20 -> y", None).apply(data) == (
        b"## Log\n- 26.11.2026 <- she called\n- 20.11.2026 -> y\n- 5.11.2026 coffee\n"
    )
    table = b"| Date | Notes |\n|---|---|\n| 11/26/2026 | she called |\n"
    assert plan_insertion(table, "- 2026-12-04 -> x", None).apply(table) == table + b"| 12/04/2026 | -> x |\n"
    either = b"## Log\n- 05/11/2026 coffee\n"
    assert plan_insertion(either, "- 2026-12-04 -> x", None).apply(either) == either + b"- 2026-12-04 -> x\n"


def test_an_entry_goes_into_a_log_of_days_written_in_another_language() -> None:
    """`- 3. Oktober 2026: Anruf` is, to Markdown, a bullet holding a numbered list; the log is
    still the bullet list, and the entry joins it rather than opening a `## Log` of its own, its
    day written as the log writes its own."""
    data = b"- 3. Oktober 2026: <- Anruf\n- 14. November 2026: -> Kaffee\n"
    assert (
        plan_insertion(data, "- 2026-12-01 Essen", None)
        .apply(data)
        .endswith(b"Kaffee\n- 1. Dezember 2026: Essen\n")
    )


def test_log_command_writes_the_month_in_the_language_of_the_log(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`November` and `September` are English's and German's: a day written `3.` says German, a
    Dutch log's lower-case `oktober` Dutch. A log mixing English's order with French names
    (`Nov 5, 2026` beside `3 novembre 2026`) gets a day it reads back (`2026-12-01`), no refusal."""
    head = "---\ntags: [person]\n---\n## Log\n"
    root = make_vault(
        {
            "People/Jana.md": head + "- 14. September 2026: Essen\n- 3. November 2026: Kaffee\n",
            "People/Joost.md": head + "- 3 oktober 2026: koffie\n",
            "People/Luc.md": head + "- 3 novembre 2026 : café\n- Nov 5, 2026: x\n",
        }
    )
    assert (
        logged(root, "jana", "lunch", "--date", "2026-12-01")
        == "People/Jana.md:7: - 1. Dezember 2026: lunch\n"
    )
    assert (
        logged(root, "joost", "lunch", "--date", "2026-12-01")
        == "People/Joost.md:6: - 1 december 2026: lunch\n"
    )
    assert logged(root, "luc", "lunch", "--date", "2026-12-01") == "People/Luc.md:7: - 2026-12-01: lunch\n"


def test_log_command_that_would_not_read_its_entry_back_shows_the_line(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A refusal shows the line vaultnet would have written, whose day the reader would not take
    (`Déc 1, 2026`: French's name in English's order), not only a guess at another cause."""
    monkeypatch.setattr("vaultnet.commands.log.named_day_as_written", lambda *_: "Déc 1, 2026")
    root = make_vault({"People/Luc.md": "---\ntags: [person]\n---\n## Log\n- Nov 5, 2026: x\n"})
    result = CliRunner().invoke(main, ["log", "luc", "lunch", "--date", "2026-12-01", "--vault", str(root)])
    assert result.exit_code != 0
    assert "'- Déc 1, 2026: lunch' (a day written in a form vaultnet does not read" in result.output


def logged(root: Path, *args: str) -> str:
    """What `vaultnet log ARGS --vault ROOT` prints, as it succeeds."""
    result = CliRunner().invoke(main, ["log", *args, "--vault", str(root)])
    assert result.exit_code == 0, result.output
    return result.output


def test_log_command_writes_into_an_interactions_section(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Ivy Inter.md": "---\ntags: [person]\n---\n" + IVY})
    assert logged(root, "Ivy Inter", "lunch", "--mutual", "--today", "2026-12-03") == (
        "People/Ivy Inter.md:9: - 2026-12-03 <-> lunch\n"
    )
    assert "## Log" not in (root / "People/Ivy Inter.md").read_text()


def test_log_command_takes_a_name_left_unquoted_only_as_typed_words_that_make_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet log Priya Raman coffee`: the name ran on into the text, which is refused (the
    mark first too). A text quoted whole never is, and a path's end (`w/ Ken/Priya`) or a name
    with a comma or a stop after it (`w/ Priya,`) is no name run on."""
    root = make_vault(
        {
            "People/Priya Raman.md": "---\ntags: [person]\naliases: [Priya]\n---\n",
            "People/Ana Lopes.md": "---\ntags: [person]\naliases: [Ana]\n---\n",
            "People/Ken Watanabe.md": "---\ntags: [person]\naliases: [Ken]\n---\n",
        }
    )
    for args in (["priya", "raman", "coffee"], ["priya", "->", "raman", "coffee"]):
        refused = CliRunner().invoke(main, ["log", *args, "--vault", str(root), "--today", "2026-12-01"])
        assert refused.exit_code == 2
        assert refused.output.endswith(
            "did you mean the person 'priya raman'? Quote a name of several words: "
            'vaultnet log "priya raman" coffee\n'
        )
    texts = [
        "coffee chat w/ Priya, she intro'd me to Ken",
        "zoom w/ Ana, she says hi",
        "coffee w/ Priya. fun",
        "drinks w/ Ken/Priya",
        "Raman coffee",  # quoted whole: the owner's words
    ]
    for text in texts:
        assert logged(root, "priya", text, "--mutual", "--today", "2026-12-01").endswith(f"<-> {text}\n")
    words = ["coffee", "chat", "w/", "Priya,", "she", "says", "hi"]
    assert logged(root, "priya", *words, "--today", "2026-12-01").endswith(" ".join(words) + "\n")


def test_log_command_writes_a_day_as_a_year_last_log_does_and_reads_it_back(make_vault) -> None:  # type: ignore[no-untyped-def]
    jo = "---\ntags: [person]\n---\n## Log\n- 05/11/2026 coffee\n- 26/11/2026 <- she called\n"
    root = make_vault({"People/Jo.md": jo})
    assert (
        logged(root, "jo", "lunch", "--out", "--today", "2026-12-04")
        == "People/Jo.md:7: - 04/12/2026 -> lunch\n"
    )
    shown = CliRunner().invoke(main, ["show", "jo", "--today", "2026-12-04", "--vault", str(root), "--json"])
    assert [c["date"] for c in json.loads(shown.output)["timeline"]] == [
        "2026-11-05",
        "2026-11-26",
        "2026-12-04",
    ]


def test_log_command_says_the_row_it_wrote(make_vault) -> None:  # type: ignore[no-untyped-def]
    kofi = "---\ntags: [person]\n---\n## Log\n| Date | Who | What |\n| --- | --- | --- |\n| 2026-11-01 | <- | a |\n"
    root = make_vault({"People/Kofi.md": kofi})
    assert logged(root, "kofi", "swapped seeds", "--mutual", "--today", "2026-12-03") == (
        "People/Kofi.md:8: | 2026-12-03 | <-> | swapped seeds |\n"
    )


@pytest.mark.parametrize(
    ("log", "expected"),
    [
        ("- [[2026-11-01]] a\n", "- [[2026-11-01]] a\n- [[2026-11-21]] -> x\n"),
        (
            "- [[Daily/2026-11-01|Sun]] <- a\n",
            "- [[Daily/2026-11-01|Sun]] <- a\n- [[Daily/2026-11-21]] -> x\n",
        ),
        ("| [[2026-11-01]] | a |\n", "| [[2026-11-01]] | a |\n| [[2026-11-21]] | -> x |\n"),
        ("- [[Nov 1st, 2026]] a\n", "- [[Nov 1st, 2026]] a\n- [[Nov 21st, 2026]] -> x\n"),
        ("- [[2026-10-01]] b\n- 2026-11-01 a\n", "- [[2026-10-01]] b\n- 2026-11-01 a\n- 2026-11-21 -> x\n"),
    ],
    ids=["item", "folder-and-alias", "row", "logseq", "like-the-last"],
)
def test_a_log_that_links_its_days_gets_a_linked_day(log: str, expected: str) -> None:
    """`- [[2026-11-01]] coffee`, as Obsidian owners link each day to its daily note (Logseq's
    `[[Nov 1st, 2026]]` to its journal page): the entry `vaultnet log` writes links its own day
    too, in the folder the log names, read back as that day. The log's last entry is the one
    followed, as for its bullet."""
    note = f"## Log\n{log}"
    assert_logged(note, f"## Log\n{expected}")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "- ## Log\n\t- [[Nov 1st, 2026]] a\n\t- [[Nov 28th, 2026]] b\n- ## Notes\n\t- jazz\n",
            "- ## Log\n\t- [[Nov 1st, 2026]] a\n\t- [[Nov 21st, 2026]] -> x\n\t- [[Nov 28th, 2026]] b\n"
            "- ## Notes\n\t- jazz\n",
        ),
        (
            "- ## Log\n  - 2026-11-01 a\n- 2026-10-01 not the log's\n",
            "- ## Log\n  - 2026-11-01 a\n  - 2026-11-21 -> x\n- 2026-10-01 not the log's\n",
        ),
    ],
    ids=["logseq-tabs", "spaces"],
)
def test_a_log_under_a_heading_in_a_bullet_gets_the_entry_in_its_list(note: str, expected: str) -> None:
    """Logseq writes a page's log as the children of a bullet (`- ## Log`, entries a tab in):
    the entry goes among them, indented as they are, where its day falls."""
    assert_logged(note, expected)


@pytest.mark.parametrize(
    ("note", "daily", "expected"),
    [
        (
            "tags:: person\n\n- likes tea\n",
            None,
            "tags:: person\n\n- likes tea\n- ## Log\n\t- [[Nov 21st, 2026]] -> x\n",
        ),
        (
            "tags:: person\nalias:: Evie",
            "DD-MM-YYYY",
            "tags:: person\nalias:: Evie\n- ## Log\n\t- [[21-11-2026]] -> x",
        ),
        (
            "- tags:: person\n  company:: Kiln & Co\n- met at the fair\n",
            None,
            "- tags:: person\n  company:: Kiln & Co\n- met at the fair\n- ## Log\n\t- [[Nov 21st, 2026]] -> x\n",
        ),
        # Not a Logseq page: no properties first, or front matter: a `## Log` section, the day plain.
        ("- likes tea\n", None, "- likes tea\n\n## Log\n- 2026-11-21 -> x\n"),
        (
            "---\ntags: [person]\n---\n- likes tea\n",
            None,
            "---\ntags: [person]\n---\n- likes tea\n\n## Log\n- 2026-11-21 -> x\n",
        ),
    ],
    ids=["logseq", "logseq-format", "first-block", "bullets", "front-matter"],
)
def test_a_logseq_page_gets_a_log_as_logseq_writes_one(note: str, daily: str | None, expected: str) -> None:
    """A Logseq page (its properties first, `tags:: person`, then bullets) with no log yet gets one
    as Logseq writes it: a bullet `## Log` with the entry a tab in, its day a link to the day's
    journal page (`[[Nov 21st, 2026]]`, or in the graph's own title format), so the journal
    lists it; read back as that day."""
    insertion = plan_insertion(note.encode(), "- 2026-11-21 -> x", daily)
    got = insertion.apply(note.encode())
    assert got.decode() == expected
    read = parse_note("People/Eve.md", got, Config(daily_format=daily))
    assert [(m.date, m.direction) for m in read.entries if m.line == insertion.line] == [(DAY, "outbound")]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "- ## Log\n  collapsed:: true\n\t- [[Nov 1st, 2026]] a\n\t- [[Nov 9th, 2026]] b\n",
            "- ## Log\n  collapsed:: true\n\t- [[Nov 1st, 2026]] a\n\t- [[Nov 9th, 2026]] b\n"
            "\t- [[Nov 21st, 2026]] -> x\n",
        ),
        (
            "- ## Log\n  collapsed:: true\n  id:: 6551a2b3-1111-4c4c-8888-aaaaaaaaaaac\n"
            "\t- [[Nov 9th, 2026]] b\n\t- [[Nov 1st, 2026]] a\n",
            "- ## Log\n  collapsed:: true\n  id:: 6551a2b3-1111-4c4c-8888-aaaaaaaaaaac\n"
            "\t- [[Nov 21st, 2026]] -> x\n\t- [[Nov 9th, 2026]] b\n\t- [[Nov 1st, 2026]] a\n",
        ),
        (
            "tags:: person\n\n- Log\n  heading:: 2\n\t- [[Nov 1st, 2026]] a\n- ## About\n\t- chess\n",
            "tags:: person\n\n- Log\n  heading:: 2\n\t- [[Nov 1st, 2026]] a\n\t- [[Nov 21st, 2026]] -> x\n"
            "- ## About\n\t- chess\n",
        ),
        (
            "tags:: person\n\n- ## Log\n  collapsed:: true\n- ## About\n\t- chess\n",
            "tags:: person\n\n- ## Log\n  collapsed:: true\n\t- [[Nov 21st, 2026]] -> x\n- ## About\n\t- chess\n",
        ),
        (
            "tags:: person\n\n- ## Log\n- ## About\n",
            "tags:: person\n\n- ## Log\n\t- [[Nov 21st, 2026]] -> x\n- ## About\n",
        ),
    ],
    ids=["collapsed", "newest-first-with-id", "heading-property", "no-entries-yet", "empty"],
)
def test_a_logseq_log_heading_keeps_its_properties(note: str, expected: str) -> None:
    """The lines of properties Logseq writes under a bullet (`collapsed:: true`, `id:: ...`) are
    the heading block's own: the entry goes among its children, after them (where its day falls),
    never between the heading and its properties, where Logseq would read them as the entry's and
    the log as the entry's children. A bullet made a heading by its property (`- Log` over
    `heading:: 2`) is the Log heading; one with no entries yet gets the entry as its child."""
    assert_logged(note, expected)


@pytest.mark.parametrize(
    ("note", "daily", "expected"),
    [
        (
            "- linus is in the people namespace\n\t- plays hockey\n",
            None,
            "- linus is in the people namespace\n\t- plays hockey\n- ## Log\n\t- [[Nov 21st, 2026]] -> x\n",
        ),
        ("", "DD-MM-YYYY", "- ## Log\n\t- [[21-11-2026]] -> x\n"),
    ],
    ids=["no-properties", "empty-page"],
)
def test_a_page_of_a_logseq_graph_gets_a_log_as_logseq_writes_one(
    note: str, daily: str | None, expected: str
) -> None:
    """A page of a Logseq graph (`outline`: in its `pages/`) gets its log as Logseq writes one,
    properties first or not."""
    insertion = plan_insertion(note.encode(), "- 2026-11-21 -> x", daily, outline=True)
    got = insertion.apply(note.encode())
    assert got.decode() == expected
    read = parse_note("pages/people___Eve.md", got, Config(daily_format=daily))
    assert [(m.date, m.direction) for m in read.entries if m.line == insertion.line] == [(DAY, "outbound")]


def test_log_command_writes_a_logseq_page_so_in_a_graph(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In a Logseq graph (`logseq/config.edn`), a page in `pages/` with no properties gets a
    log as Logseq writes one, its day in the graph's journal title format; a note outside
    `pages/`, which Logseq does not show, does not."""
    edn = '{:journal/page-title-format "dd-MM-yyyy"}\n'
    page = "- linus plays hockey\n"
    root = make_vault({"logseq/config.edn": edn, "pages/people___Linus.md": page, "people/Ola.md": page})
    assert logged(root, "linus", "coffee", "--mutual", "--today", "2026-12-01") == (
        "pages/people___Linus.md:3: - [[01-12-2026]] <-> coffee\n"
    )
    assert (
        root / "pages/people___Linus.md"
    ).read_text() == page + "- ## Log\n\t- [[01-12-2026]] <-> coffee\n"
    logged(root, "ola", "coffee", "--today", "2026-12-01")
    assert (root / "people/Ola.md").read_text() == page + "\n## Log\n- 2026-12-01 coffee\n"


def test_a_page_with_front_matter_gets_a_log_section_in_a_graph_too() -> None:
    """A page of a Logseq graph that opens with YAML front matter is written as an Obsidian
    note is (`## Log` over `- 2026-11-21 x`), unless it keeps a Logseq log already."""
    page = "---\ntags: [person]\n---\n# Ana\nAna runs the bakery.\n"
    got = plan_insertion(page.encode(), "- 2026-11-21 -> x", None, outline=True).apply(page.encode())
    assert got.decode() == page + "\n## Log\n- 2026-11-21 -> x\n"
    kept = "---\ntags: [person]\n---\n- ## Log\n\t- [[Nov 2nd, 2026]] coffee\n"
    got = plan_insertion(kept.encode(), "- 2026-11-21 -> x", None, outline=True).apply(kept.encode())
    assert got.decode() == kept + "\t- [[Nov 21st, 2026]] -> x\n"


def test_log_writes_an_obsidian_vaults_page_as_obsidian_does(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A vault with `.obsidian/` and a stray `logseq/config.edn`: its `pages/` are Obsidian notes,
    and a page with no properties gets a `## Log` section too."""
    page = "---\ntags: [person]\n---\n# Ana\nAna runs the bakery.\n"
    bare = "- bo plays hockey\n"
    root = make_vault(
        {
            ".obsidian/app.json": "{}",
            "logseq/config.edn": "{}\n",
            "pages/Ana.md": page,
            "pages/people___Bo.md": bare,
        }
    )
    logged(root, "ana", "coffee", "--today", "2026-12-01")
    assert (root / "pages/Ana.md").read_text() == page + "\n## Log\n- 2026-12-01 coffee\n"
    logged(root, "bo", "coffee", "--today", "2026-12-01")
    assert (root / "pages/people___Bo.md").read_text() == bare + "\n## Log\n- 2026-12-01 coffee\n"


def test_entry_line_marks_and_text() -> None:
    assert entry_line(DAY, "inbound", " she\n called ") == "- 2026-11-21 <- she called"
    assert entry_line(DAY, "mutual", "dinner") == "- 2026-11-21 <-> dinner"
    assert entry_line(DAY, "unknown", "note") == "- 2026-11-21 note"
    with pytest.raises(CaptureError):
        entry_line(DAY, "unknown", "  ")


def person(file: str, name: str | None = None, aliases: tuple[str, ...] = ()) -> Note:
    stem = file.rsplit("/", 1)[-1].removesuffix(".md")
    return Note(file=file, kind="person", name=name or stem, aliases=aliases)


def test_find_person_by_path_stem_name_alias() -> None:
    people = [
        person("People/Jane Doe.md", aliases=("JD",)),
        person("People/Work/Alex.md"),
        person("People/Family/Alex.md"),
        person("People/rk.md", name="Rosa Klein"),
    ]
    assert People.of(people).find("jane doe") == "People/Jane Doe.md"
    assert People.of(people).find("jd") == "People/Jane Doe.md"
    assert People.of(people).find("ROSA KLEIN") == "People/rk.md"
    assert People.of(people).find("People/Work/Alex") == "People/Work/Alex.md"
    assert People.of(people).find("rosa") == "People/rk.md"
    with pytest.raises(AmbiguousPerson, match=r"People/Family/Alex.md, People/Work/Alex.md"):
        People.of(people).find("alex")
    with pytest.raises(UnknownPerson, match=r"did you mean: People/Jane Doe.md"):
        People.of(people).find("Jane Do")


def test_stem_wins_over_another_persons_alias() -> None:
    people = [person("People/Sam.md"), person("People/Samantha.md", aliases=("Sam",))]
    assert People.of(people).find("sam") == "People/Sam.md"


def test_a_first_name_shared_by_two_is_ambiguous() -> None:
    people = [person("People/Rosa Klein.md"), person("People/Rosa Diaz.md")]
    with pytest.raises(AmbiguousPerson, match=r"People/Rosa Diaz.md, People/Rosa Klein.md"):
        People.of(people).find("Rosa")


def test_a_slug_file_names_first_word_is_a_first_name_too() -> None:
    people = [person("People/sam-okafor.md", name="Sam Okafor"), person("People/sam-park.md")]
    with pytest.raises(AmbiguousPerson, match=r"People/sam-okafor.md, People/sam-park.md"):
        People.of(people).find("sam")
    assert People.of(people[1:]).find("Sam") == "People/sam-park.md"
    assert People.of([person("People/jo_lee.md")]).find("jo") == "People/jo_lee.md"
    # a name of several words keeps its hyphen: Jean-Luc is no Jean
    with pytest.raises(UnknownPerson):
        People.of([person("People/Jean-Luc Picard.md")]).find("jean")


def test_a_given_name_after_a_title_or_kin_word_finds_them() -> None:
    """`bob` is Uncle Bob Smith, as `uncle` still is while no other uncle is in the vault: the
    given name comes after the kin word or title a name opens with (`first_names`)."""
    people = [person("People/Uncle Bob Smith.md"), person("People/Dr. Eva Lind.md")]
    find = People.of(people).find
    assert [find(name) for name in ("bob", "uncle", "eva")] == [
        "People/Uncle Bob Smith.md", "People/Uncle Bob Smith.md", "People/Dr. Eva Lind.md",
    ]  # fmt: skip
    with pytest.raises(AmbiguousPerson, match=r"People/Uncle Bob Smith.md, People/Uncle Jo.md"):
        People.of([*people, person("People/Uncle Jo.md")]).find("uncle")


def test_a_last_name_only_one_person_has_finds_them() -> None:
    """`mulder` is Fox Mulder (his `name:`, or his slug `fox-mulder.md`), `lefevre` Hugo Lefèvre;
    a last name two people share, or a first name of one that is another's last, is ambiguous."""
    people = [
        person("People/fox-mulder.md"),
        person("People/ds.md", name="Dana Scully"),
        person("People/Hugo Lefèvre.md"),
    ]
    find = People.of(people).find
    assert [find(name) for name in ("Mulder", "scully", "lefevre")] == [
        "People/fox-mulder.md", "People/ds.md", "People/Hugo Lefèvre.md",
    ]  # fmt: skip
    with pytest.raises(AmbiguousPerson, match=r"People/Bill Scully.md, People/ds.md"):
        People.of([*people, person("People/Bill Scully.md")]).find("scully")
    with pytest.raises(AmbiguousPerson, match=r"People/Hugo Lefèvre.md, People/Victor Hugo.md"):
        People.of([*people, person("People/Victor Hugo.md")]).find("hugo")


def test_a_name_typed_without_its_accents_finds_the_one_person_it_can_be() -> None:
    """`zoe` is Zoë Ångström, `Sorensen` Søren Sørensen, `jose` José: a name typed as a keyboard
    types it, when it can be no one else. Two it could be, and it is ambiguous."""
    people = [
        person("People/Zoë Ångström.md"),
        person("People/Søren Sørensen.md"),
        person("People/jose.md", name="José Núñez"),
    ]
    find = People.of(people).find
    assert [find(name) for name in ("zoe", "zoe angstrom", "Soren Sorensen", "Jose Nunez")] == [
        "People/Zoë Ångström.md", "People/Zoë Ångström.md", "People/Søren Sørensen.md", "People/jose.md",
    ]  # fmt: skip
    assert People.of([*people, person("People/Zoe.md")]).find("zoe") == "People/Zoe.md"  # as typed
    with pytest.raises(AmbiguousPerson, match=r"People/Zoé Adams.md, People/Zoë Ångström.md"):
        People.of([*people, person("People/Zoé Adams.md")]).find("zoe")


def test_a_whole_name_typed_without_its_accents_wins_over_a_first_name() -> None:
    """`maria` is María Fernández, whose alias is `María`, not María José Ruiz, whose slug opens
    with `maria`: a whole name or alias, accents aside, before anyone's first name, so that the
    entry goes to the same note typed with the accent or without it."""
    people = [
        person("People/María Fernández.md", aliases=("María",)),
        person("People/maria-jose-ruiz.md", name="María José Ruiz"),
    ]
    find = People.of(people).find
    assert find("maría") == find("maria") == find("Maria") == "People/María Fernández.md"
    assert find("ruiz") == "People/maria-jose-ruiz.md"


def test_log_and_show_say_sam_could_be_several_people(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/sam-okafor.md": "---\nname: Sam Okafor\n---\nhi\n",
            "People/sam-park.md": "---\ntags: [person]\n---\n",
        }
    )
    before = {p: p.read_bytes() for p in root.rglob("*.md")}
    for args in (["log", "sam", "coffee at the gym", "--mutual", "--date", "2026-12-02"], ["show", "sam"]):
        result = CliRunner().invoke(main, [*args, "--today", "2026-12-03", "--vault", str(root)])
        assert result.exit_code == 2, result.output
        assert "'sam' could be several people: People/sam-okafor.md, People/sam-park.md" in result.output
    assert {p: p.read_bytes() for p in root.rglob("*.md")} == before


def test_log_and_show_find_a_path_spelt_as_on_disk(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`People/Ada.md` and `People/ada.md`: `ada` could be either, and the path, as given, is one."""
    root = make_vault({"People/Ada.md": "#person\n", "People/ada.md": "#person\n"})
    if len(list((root / "People").iterdir())) < 2:
        pytest.skip("a disk that holds one of two names differing only in case")
    day = ["--today", "2026-12-03", "--vault", str(root)]
    shown = CliRunner().invoke(main, ["show", "People/Ada.md", *day])
    assert shown.exit_code == 0 and "(People/Ada.md)" in shown.output, shown.output
    logged = CliRunner().invoke(main, ["log", "People/ada.md", "coffee", "--date", "2026-12-02", *day])
    assert logged.exit_code == 0, logged.output
    assert (
        "coffee" in (root / "People/ada.md").read_text()
        and "coffee" not in (root / "People/Ada.md").read_text()
    )
    either = CliRunner().invoke(main, ["show", "ada", *day])
    assert either.exit_code == 2 and "could be several people" in either.output


def test_log_refuses_a_date_more_than_a_year_ahead(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Ivy.md": "#person\n"})
    before = (root / "People/Ivy.md").read_bytes()
    args = ["log", "Ivy", "lunch", "--date", "2062-11-01", "--today", "2026-12-03", "--vault", str(root)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1
    assert "2062-11-01 is more than a year after today (2026-12-03)" in result.output
    assert (root / "People/Ivy.md").read_bytes() == before
    # a year ahead to the day is still a plan vaultnet reads without a problem
    args[4] = "2027-12-03"
    assert CliRunner().invoke(main, args).exit_code == 0


def test_log_writes_into_a_log_kept_in_a_callout_and_reads_it_back(make_vault) -> None:  # type: ignore[no-untyped-def]
    note = "---\ntags: [person]\n---\n> [!note]- Log\n> - 2026-11-02 <- she called\n> - 2026-11-10 coffee\n"
    root = make_vault({"People/Ivy.md": note})
    args = ["log", "Ivy", "lunch", "--mutual", "--date", "2026-11-20", "-v", str(root)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (root / "People/Ivy.md").read_text() == note + "> - 2026-11-20 <-> lunch\n"
    assert entry_at((root / "People/Ivy.md").read_bytes(), 7) == (dt.date(2026, 11, 20), "mutual")


def test_log_takes_yesterday_and_today_as_days(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`--date yesterday` (or `today`, in any case) is the day before the day vaultnet computes as
    of: `--today`, else the vault's `as_of`, else the clock's."""
    root = make_vault({"People/Ivy.md": "#person\n"})
    runner = CliRunner()
    for date, day in (("yesterday", "2026-12-02"), ("Today", "2026-12-03")):
        args = ["log", "Ivy", "lunch", "--date", date, "--today", "2026-12-03", "-v", str(root)]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert f"- {day} lunch" in result.output
    (root / "vaultnet.toml").write_text('as_of = "2026-06-10"\n')
    result = runner.invoke(main, ["log", "Ivy", "tea", "--date", "yesterday", "-v", str(root)])
    assert "- 2026-06-09 tea" in result.output, result.output
    result = runner.invoke(main, ["log", "Ivy", "tea", "--date", "last week", "-v", str(root)])
    assert result.exit_code == 2 and "'last week' is not a date like 2026-11-21" in result.output


def test_a_person_note_symlinked_out_of_the_vault_is_named_not_offered_to_new(
    make_vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Ivy.md": "#person\n"})
    outside = tmp_path / "elsewhere.md"
    outside.write_text("# Eli\n")
    (root / "People/Eli Out.md").symlink_to(outside)
    for args in (["log", "Eli Out", "hi"], ["log", "eli out", "hi"], ["show", "Eli Out"]):
        result = CliRunner().invoke(main, [*args, "--today", "2026-12-03", "--vault", str(root)])
        assert result.exit_code == 2, result.output
        assert result.output == "Error: People/Eli Out.md leads outside the vault and is not read\n"
    assert outside.read_text() == "# Eli\n"
    result = CliRunner().invoke(main, ["log", "Nobody", "hi", "--vault", str(root)])
    assert "try `vaultnet new 'Nobody'`" in result.output
    result = CliRunner().invoke(
        main, ["show", "Daily/2026-10-05", "--vault", str(root)]
    )  # `new` takes no path
    assert (result.exit_code, result.output) == (2, "Error: no person's note at 'Daily/2026-10-05'\n")


def test_a_folder_symlinked_out_of_the_vault_is_named_when_no_person_answers(
    make_vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A folder of the vault that is a symlink leading outside it is not read (nor entered: what
    is there is not known), so a person whose note is there is nobody: `show` and `log` say the
    link leads outside and is not read, without saying the person is there, and `vaultnet new`
    makes the note but says so too. A person who answers is found as ever."""
    root = make_vault({"People/Ivy.md": "#person\n"})
    outside = tmp_path / "shared"
    outside.mkdir()
    (outside / "Zed Secret.md").write_text("---\ntags: [person]\n---\n# Zed Secret\n")
    (root / "People/shared").symlink_to(outside)
    said = "People/shared leads outside the vault: not read"
    for args in (["show", "Zed Secret"], ["log", "Zed Secret", "hi"]):
        result = CliRunner().invoke(main, [*args, "--today", "2026-12-03", "--vault", str(root)])
        assert result.exit_code == 2, result.output
        assert result.output == (
            f"Error: no person called 'Zed Secret' among 1 person; {said}"
            " (if their note is not there: `vaultnet new 'Zed Secret'`)\n"
        )
    result = CliRunner().invoke(main, ["show", "Ivy", "--today", "2026-12-03", "--vault", str(root)])
    assert result.exit_code == 0 and "leads outside" not in result.output
    result = CliRunner().invoke(main, ["new", "Zed Secret", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    assert f"note: {said}: a note of 'Zed Secret' there would be a second one" in result.output
    assert sorted(p.name for p in outside.iterdir()) == ["Zed Secret.md"]


def test_a_near_name_offered_for_nobody_still_offers_a_note_of_their_own(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet show Anna` beside Ana (a near name, and another person as often): the names
    offered leave the way to a note of Anna's own, `vaultnet new`; a path is offered none. A name
    that only shares a few letters is offered nothing (`Grandma`, `ana`'s three of seven)."""
    root = make_vault({"People/Ana Ruiz.md": "---\ntags: [person]\naliases: [Ana]\n---\n"})
    result = CliRunner().invoke(main, ["show", "Anna", "--vault", str(root)])
    assert result.output == (
        "Error: no person called 'Anna'; did you mean: People/Ana Ruiz.md (or try `vaultnet new 'Anna'`)\n"
    )
    result = CliRunner().invoke(main, ["show", "Grandma", "--vault", str(root)])
    assert (
        result.output == "Error: no person called 'Grandma' among 1 person (try `vaultnet new 'Grandma'`)\n"
    )
    result = CliRunner().invoke(main, ["show", "People/Ana Rui", "--vault", str(root)])
    assert result.output == "Error: no person called 'People/Ana Rui'; did you mean: People/Ana Ruiz.md\n"


JANE = "---\r\ntags: [person]\r\n---\r\n## Log\r\n- 2026-11-02 -> coffee at Rosa's\r\n"


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Rosa Klein", "'Rosa Klein'"),
        ("Tom O'Neill", '"Tom O\'Neill"'),  # a quote of the other kind around an apostrophe
        ("Tom O'Neill $HOME", "'Tom O'\"'\"'Neill $HOME'"),  # in double quotes the shell reads `$`
    ],
)
def test_the_command_an_unknown_name_is_offered_is_one_a_shell_reads_whole(
    make_vault, name: str, typed: str
) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet show "Tom O'Neill"` for nobody offers `vaultnet new` with the name quoted so that a
    shell gives it back as one word: `'Tom O'Neill'` would end the quote at the apostrophe."""
    root = make_vault({"People/Ivy.md": "#person\n"})
    result = CliRunner().invoke(main, ["show", name, "--vault", str(root)])
    assert f"(try `vaultnet new {typed}`)" in result.output, result.output
    assert shlex.split(typed) == [name]


def test_log_command_appends_and_report_sees_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane Doe.md": JANE.encode(), "People/Bob.md": "#person\n"})
    runner = CliRunner()
    args = ["log", "jane doe", "lunch, she paid", "--mutual", "--date", "2026-11-20", "--vault", str(root)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "People/Jane Doe.md:6" in result.output
    data = (root / "People/Jane Doe.md").read_bytes()
    assert data == JANE.encode() + b"- 2026-11-20 <-> lunch, she paid\r\n"

    report = runner.invoke(main, ["report", "--json", "--today", "2026-11-21", str(root)])
    jane = next(p for p in __import__("json").loads(report.output)["people"] if p["name"] == "Jane Doe")
    assert jane["last_contact"] == "2026-11-20"
    assert jane["mutual"] == 1


@pytest.mark.parametrize(
    ("words", "entry"),
    [
        (["-> sent the draft"], "-> sent the draft"),  # the mark, quoted with the text
        (["->", "sent", "the", "draft"], "-> sent the draft"),
        (["<->", "lunch"], "<-> lunch"),
        (["-5°C,", "a", "walk"], "-5°C, a walk"),
        (["coffee", "-ish", "thing"], "coffee -ish thing"),
        (["-x marks the spot"], "-x marks the spot"),
    ],
)
def test_log_text_may_start_with_a_dash(make_vault, words: list[str], entry: str) -> None:  # type: ignore[no-untyped-def]
    """The arrow for "I reached out" starts with a dash: it is text, not an option, and the
    options after it are still read."""
    root = make_vault({"People/Jane Doe.md": JANE})
    args = ["log", "jane", *words, "--date", "2026-11-20", "-v", str(root)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (root / "People/Jane Doe.md").read_text().endswith(f"- 2026-11-20 {entry}\n")


def test_log_refuses_a_misspelt_option_rather_than_logging_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane Doe.md": JANE})
    before = (root / "People/Jane Doe.md").read_bytes()
    result = CliRunner().invoke(main, ["log", "jane", "lunch", "--mutal", "-v", str(root)])
    assert result.exit_code == 2
    assert "No such option '--mutal'" in result.output
    assert (root / "People/Jane Doe.md").read_bytes() == before
    result = CliRunner().invoke(main, ["log", "jane", "-v", str(root), "--", "--mutal", "lunch"])
    assert result.exit_code == 0, result.output  # after `--`, every word is text
    assert (root / "People/Jane Doe.md").read_text().endswith(" --mutal lunch\n")


def test_log_command_mistakes_exit_2_and_write_nothing(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane Doe.md": JANE, "People/Jane Roe.md": ""})
    before = {p: p.read_bytes() for p in root.rglob("*.md")}
    runner = CliRunner()
    for args, message in [
        (["log", "Nobody", "hi"], "no person called 'Nobody'"),
        (["log", "Jane Doe", "hi", "--date", "21/11/2026"], "not a date"),
        (["log", "Jane Doe", "hi", "--in", "--out"], "only one of"),
        (["log", "Jane Doe", " "], "needs some text"),
    ]:
        result = runner.invoke(main, [*args, "--vault", str(root)])
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output, result.output
        assert "Traceback" not in result.output
    assert {p: p.read_bytes() for p in root.rglob("*.md")} == before


def test_log_command_lists_ambiguous_candidates(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/A/Sam.md": "", "People/B/Sam.md": ""})
    result = CliRunner().invoke(main, ["log", "sam", "hi", "--vault", str(root)])
    assert result.exit_code == 2
    assert "People/A/Sam.md, People/B/Sam.md" in result.output


_STYLES = ("{mon} {day}: ", "{day} {mon} — ", "{month} {day}{th} ", "{day}{th} of {month}, ")


def _yearless(day: dt.date, style: str) -> str:
    th = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    month = day.strftime("%B")
    return style.format(mon=month[:3], month=month, day=day.day, th=th)


@given(
    years=st.lists(st.integers(2019, 2027), min_size=1, max_size=4, unique=True),
    newest_first=st.booleans(),
    days=st.lists(st.integers(0, 364), min_size=0, max_size=4),
    style=st.sampled_from(_STYLES),
    level=st.integers(2, 4),
    logged=st.dates(dt.date(2018, 1, 1), dt.date(2028, 12, 31)),
    titled=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_a_log_grouped_by_year_takes_any_entry_under_its_year(
    years: list[int],
    newest_first: bool,
    days: list[int],
    style: str,
    level: int,
    logged: dt.date,
    titled: bool,
) -> None:
    """Whatever the years, their order, the way days are written and the day logged, under a
    `## Log` heading or none: the note changes by the entry alone (and its year's heading when
    new), which reads back as that day, under that year's heading."""
    years = sorted(years, reverse=newest_first)
    parts = []
    for year in years:
        entries = sorted(
            {dt.date(year, 1, 1) + dt.timedelta(offset) for offset in days}, reverse=newest_first
        )
        lines = "".join(f"- {_yearless(d, style)}coffee\n" for d in entries if d.year == year)
        parts.append(f"{'#' * level} {year}\n{lines}")
    data = (("## Log\n" if titled else "") + "\n".join(parts) + "\n# Notes\nabout her\n").encode()
    insertion = plan_insertion(data, entry_line(logged, "outbound", "tea"))
    after = insertion.apply(data)
    inserted_only(data, after)
    assert entry_at(after, insertion.line) == (logged, "outbound")
    headings = [line for line in after.decode().split("\n")[: insertion.line] if line.startswith("#")]
    assert headings[-1] == f"{'#' * level} {logged.year}"


_MONTH_HEADINGS = ("{month} {year}", "{mon} {year}", "{year}-{mm}", "{mon}. {year}")


@given(
    months=st.lists(
        st.tuples(st.integers(2024, 2027), st.integers(1, 12)), min_size=1, max_size=5, unique=True
    ),
    newest_first=st.booleans(),
    days=st.lists(st.integers(1, 28), min_size=0, max_size=3),
    style=st.sampled_from(_STYLES),
    heading=st.sampled_from(_MONTH_HEADINGS),
    level=st.integers(2, 4),
    logged=st.dates(dt.date(2023, 1, 1), dt.date(2028, 12, 31)),
)
@settings(max_examples=300, deadline=None)
def test_a_log_grouped_by_month_takes_any_entry_under_its_month(
    months: list[tuple[int, int]],
    newest_first: bool,
    days: list[int],
    style: str,
    heading: str,
    level: int,
    logged: dt.date,
) -> None:
    """Whatever the months, their order, how they and the days are written and the day logged:
    the note changes by the entry alone (and its month's heading when new), which reads back as
    that day, under the heading of that month."""

    def named(year: int, month: int) -> str:
        first = dt.date(year, month, 1)
        words = first.strftime("%B")
        return heading.format(month=words, mon=words[:3], year=year, mm=f"{month:02d}")

    parts = []
    for year, month in sorted(months, reverse=newest_first):
        entries = sorted({dt.date(year, month, d) for d in days}, reverse=newest_first)
        lines = "".join(f"- {_yearless(d, style)}coffee\n" for d in entries)
        parts.append(f"{'#' * level} {named(year, month)}\n{lines}")
    data = ("## Log\n" + "\n".join(parts) + "\n# Notes\nabout her\n").encode()
    insertion = plan_insertion(data, entry_line(logged, "outbound", "tea"))
    after = insertion.apply(data)
    inserted_only(data, after)
    assert entry_at(after, insertion.line) == (logged, "outbound")
    headings = [line for line in after.decode().split("\n")[: insertion.line] if line.startswith("#")]
    hashes, _, words = headings[-1].partition(" ")
    assert (hashes, heading_period(words)) == ("#" * level, (logged.year, logged.month))
    assert ("-" in words) == (heading == "{year}-{mm}")  # named as the others are


LINES = st.sampled_from(
    [
        "## Log", "## log", "### Sub", "# Title", "## About", "Log", "===", "---", "",
        "- 2026-01-02 -> tea", "- [ ] ask about the move", "  - nested", "1. numbered", "* star",
        "plain prose", "| a | b |", "| --- | --- |", "> quoted", "tags: [person]", "    indented",
        "### 2026", "### 2025", "## 2027", "- Nov 3: coffee", "- 12 Oct — call", "| Nov 3 | tea |",
        "Dec 1 — lines of text", "- 3rd of May -> wrote", "### November 2026", "## Oct. 2025",
        "### 2026-11", "- [[2026-01-02]] -> tea", "| [[Daily/2026-01-03]] | call |", "- ## Log",
        "\t- [[Jan 4th, 2026]] tea", "  - 2026-01-05 <- call",
    ]
)  # fmt: skip


@given(lines=st.lists(LINES, max_size=14), eol=st.sampled_from(["\n", "\r\n"]), final=st.booleans())
@settings(max_examples=300, deadline=None)
def test_any_note_gets_a_pure_insertion_read_back_as_a_contact(
    lines: list[str], eol: str, final: bool
) -> None:
    data = (eol.join(lines) + (eol if final and lines else "")).encode()
    insertion = plan_insertion(data, ENTRY)
    after = insertion.apply(data)
    added = inserted_only(data, after)
    used = eol.encode() if eol.encode() in data else b"\n"  # a note of one line says nothing
    assert added.replace(used, b"").count(b"\n") == added.replace(used, b"").count(b"\r") == 0
    assert after.endswith(used) == (data.endswith(used) or not data)
    assert entry_at(after, insertion.line) == (DAY, "outbound")


FRONT_LOG = (
    "---\nname: Ana Costa\ninteractions:\n  - date: 2026-11-18\n    text: Coffee at Rosa's\n"
    "  - date: 2026-10-02\n    text: Called her\nnotes: two kids\n---\n"
)


@pytest.mark.parametrize(
    ("note", "added", "line"),
    [
        (FRONT_LOG, '  - date: 2026-11-21\n    text: "lunch: she paid #work"\n    direction: outbound\n', 4),
        (  # oldest first: the entry goes after the last
            "---\ntags: [person]\nlog:\n- '2026-10-02 <- she called'\n- 2026-11-02 coffee\n---\n## Notes\n",
            '- "2026-11-21 -> lunch: she paid #work"\n',
            6,
        ),
        (  # its line ends kept
            FRONT_LOG.replace("\n", "\r\n"),
            '  - date: 2026-11-21\r\n    text: "lunch: she paid #work"\r\n    direction: outbound\r\n',
            4,
        ),
    ],
)
def test_a_log_kept_in_the_front_matter_gets_the_entry_there(note: str, added: str, line: int) -> None:
    """A log the front matter holds (the Friend Tracker plugin's `interactions`, newest first, or
    lines of a log) gets the entry as one more of its items, written as they are (quoted, so that
    YAML takes its words as they are), where its day falls; nothing else changes."""
    entry = entry_line(DAY, "outbound", "lunch: she paid #work")
    insertion = plan_insertion(note.encode(), entry)
    after = insertion.apply(note.encode())
    inserted_only(note.encode(), after)
    assert (insertion.data, insertion.line) == (added.encode(), line)
    read = parse_note("FriendTracker/Ana Costa.md", after, Config())
    logged = [m for m in read.entries if m.line == line]
    assert [(m.date, m.direction, m.text, m.tags) for m in logged] == [
        (DAY, "outbound", "lunch: she paid #work", ("work",))
    ]


def test_log_command_writes_into_a_friend_tracker_note(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"FriendTracker/Ana Costa.md": FRONT_LOG})
    args = ["log", "ana", "lunch", "--date", "2026-11-20", "-v", str(root)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    text = (root / "FriendTracker/Ana Costa.md").read_text()
    assert text == FRONT_LOG.replace(
        "interactions:\n", 'interactions:\n  - date: 2026-11-20\n    text: "lunch"\n'
    )


@pytest.mark.parametrize(
    ("log", "entry", "written"),
    [
        ("- 2026-10-02 — She called\n", "- 2026-12-02 coffee", "- 2026-12-02 — coffee"),
        ("- 2026-10-02 — She called\n", "- 2026-12-02 <- emailed", "- 2026-12-02 — <- emailed"),
        ("- 2026-10-02: coffee\n", "- 2026-12-02 -> called her", "- 2026-12-02: -> called her"),
        ("* 2026-10-02 · lunch\n", "- 2026-12-02 coffee", "* 2026-12-02 · coffee"),
        ("- 2026-10-02 -> called — no answer\n", "- 2026-12-02 coffee", "- 2026-12-02 coffee"),
        ("- 2026-10-02 lunch\n", "- 2026-12-02 coffee", "- 2026-12-02 coffee"),
        ("- [[2026-10-02]] — lunch\n", "- 2026-12-02 coffee", "- [[2026-12-02]] — coffee"),
    ],
    ids=["em-dash", "em-dash-marked", "colon", "middle-dot", "after-a-mark", "none", "linked"],
)
def test_an_entry_parts_its_day_from_its_text_as_the_log_does(log: str, entry: str, written: str) -> None:
    """`- 2026-10-02 — She called`: the log's next entry is `- 2026-12-02 — coffee`, its mark
    after the stop as the reader takes it; a log with no stop gets none."""
    note = f"## Log\n{log}"
    got = plan_insertion(note.encode(), entry).apply(note.encode()).decode()
    assert got == f"{note}{written}\n"


def test_a_note_of_that_name_read_as_no_person_says_why_not_offered_to_new(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet new Maya` would make a second Maya: a note by that name that is too large, or no
    person's (no tag, in no people folder), is named with why it is not read as a person."""
    root = make_vault(
        {
            "People/Maya.md": "---\ntags: [person]\n---\n" + "notes. " * 300,
            "Notes/Bo.md": "# Bo\nmet at the climbing wall\n",
            "People/Stark Industries.md": "---\ntype: account\n---\n",
            "People/Ana Ruiz.md": "---\ntags: [person]\n---\n",
            "vaultnet.toml": 'max_file_kb = 1\nme = ["Ana Ruiz"]\n',
        }
    )
    said = {
        name: CliRunner().invoke(main, ["show", name, "--vault", str(root)])
        for name in ("maya", "Bo", "Cy", "Stark Industries", "stark", "ana")
    }
    assert said["maya"].exit_code == 2
    assert (
        said["maya"].output
        == "Error: People/Maya.md is not read as a person: skipped: 3 KB is over the 1 KB limit\n"
    )
    assert said["Bo"].output.startswith(
        "Error: Notes/Bo.md is not read as a person: it is in no people folder"
    )
    assert "try `vaultnet new 'Cy'`" in said["Cy"].output
    assert said["ana"].output.startswith("Error: People/Ana Ruiz.md is not read as a person but as yours")
    for name in ("Stark Industries", "stark"):  # a company among people, by its name or a word of it
        assert said[name].output.startswith(
            "Error: People/Stark Industries.md is not read as a person: it is filed or tagged as a person's,"
            " but read as no one's: its type or tags say a company"
        ), said[name].output
