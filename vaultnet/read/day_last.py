"""Log entries whose day ends them (`- Coffee with her (2026-11-03)`, `- Lunch, 12 Oct 2026`), as
owners write a log a line at a time and date it last: read under a log's heading only, where a
day at the end of an item is the day of the contact, not of a fact (`Started at Acme
(2024-03-01)` under About)."""

from __future__ import annotations

from collections.abc import Container

from vaultnet.model import Direction
from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import section_name
from vaultnet.read.blocks_fast import atx_heading
from vaultnet.read.body import DIRECTIONS, Entry
from vaultnet.read.days import entry_day
from vaultnet.read.entries import MARK_FIRST
from vaultnet.read.inline import links_in, tags_in

LOG_SECTIONS = frozenset((
    "log", "logs", "interactions", "interaction log", "contact log", "history", "timeline",
    "touchpoints", "conversations", "meetings", "calls", "catch-ups", "verlauf", "historique",
    "historial", "cronologia", "histórico", "geschiedenis",
))  # fmt: skip
"""What a person's log is headed, as owners name it (`## Log`, `## Interactions`, `## Verlauf`)."""

_DAY_LAST = lazy_pattern(
    r"[-*+][ \t]+(?!\[.\])(?P<text>.*?\S)(?:[ \t]*[,;:—–-]|[ \t]+on)?[ \t]*\(?(?<![\w-])"
    r"(?P<day>\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\.? [^\W\d_]{3,10}\.? \d{4}"
    r"|[^\W\d_]{3,10}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}(?:年|년 ?)\d{1,2}(?:月|월 ?)\d{1,2}(?:日|일))"
    r"\)?\.?[ \t]*"
)
"""A list's own item (not one nested in another: what it tells is the item's; nor a task) of some
words, then its day: after a comma, a dash or `on`, or in brackets."""


def entries_dated_last(text: str, offset: int, taken: Container[int], base: str) -> list[Entry]:
    """The entries of a person's log (`text`: the body, whose first line is the file's line
    `offset` + 1) whose day ends their item, under a heading of `LOG_SECTIONS` (and its
    sub-headings) and outside code; not the lines `taken` (their day opens them: entries
    already, whatever ends them)."""
    if not _has_a_log_heading(text):
        return []
    entries: list[Entry] = []
    log_level = 0  # the level of the log's heading the lines are under; 0: none
    fence = ""
    for number, line in enumerate(text.split("\n"), offset + 1):
        if line[:1] in ("-", "*", "+"):  # most of a log's lines: an item
            if log_level and not fence and number not in taken and (entry := _dated_last(line, number, base)):
                entries.append(entry)
            continue
        stripped = line.lstrip()
        if stripped[:3] in ("```", "~~~"):
            fence = "" if fence == stripped[:3] else fence or stripped[:3]
        elif not fence and stripped[:1] == "#" and (heading := atx_heading(stripped)):
            level, words = heading
            if not log_level or level <= log_level:
                log_level = level if section_name(words) in LOG_SECTIONS else 0
    return entries


def _has_a_log_heading(text: str) -> bool:
    """Does a line open with a heading of `LOG_SECTIONS`? Found by its `#`, which few lines hold:
    most person notes have no log headed so, and are spared reading line by line."""
    at = text.find("#")
    while at >= 0:
        end = text.find("\n", at)
        if at == 0 or text[at - 1] == "\n":
            heading = atx_heading(text[at : end if end >= 0 else len(text)])
            if heading and section_name(heading[1]) in LOG_SECTIONS:
                return True
        if end < 0:
            return False
        at = text.find("#", end)
    return False


def _dated_last(line: str, number: int, base: str) -> Entry | None:
    """The entry an item whose day ends it makes, with the arrow it opens with if any (`base`: the
    note's folder, which a Markdown link is relative to)."""
    match = _DAY_LAST.fullmatch(line)
    if match is None or (day := entry_day(match["day"])) is None:
        return None
    words = match["text"]
    direction: Direction = "unknown"
    if mark := MARK_FIRST.match(words):
        direction, words = DIRECTIONS[mark[1]], words[mark.end() :]
    links = tuple(links_in(words, base)) if "[[" in words or "](" in words else ()
    tags = tuple(sorted(set(tags_in(words)))) if "#" in words else ()
    return (day, direction, number, words, links, "broadcast" in tags, tags)
