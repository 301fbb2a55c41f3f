"""`vaultnet log`: add one dated entry to a person's log, changing no other byte of the note."""

from __future__ import annotations

import datetime as dt
import difflib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vaultnet.config import Config
from vaultnet.errors import AmbiguousPerson, CaptureError, UnknownPerson
from vaultnet.model import Direction, Note
from vaultnet.read.blocks import Block
from vaultnet.read.blocks_fast import parse_blocks
from vaultnet.read.note import decode, parse_note, split_front_matter
from vaultnet.vault.load import load_vault
from vaultnet.vault.names import Resolver, name_key
from vaultnet.write import replace_note

log = logging.getLogger(__name__)

LOG_HEADING = "Log"
"""The heading whose section holds a person's entries; made at the end of the note when missing."""

MARKS: dict[Direction, str] = {"outbound": "->", "inbound": "<-", "mutual": "<->", "unknown": ""}
"""The ASCII direction marks of spec 1.4, as `vaultnet log` writes them."""


def find_person(people: Sequence[Note], query: str) -> Note:
    """The one person `query` names, as a link to it would (the vault's one resolver: path, stem,
    then alias or name, any case, spec 6.2), else by first name when only one person has it.

    When several people answer equally, the name is ambiguous, so `rosa` finds Rosa Klein only
    while no other Rosa is in the vault.
    """
    key = name_key(query).removesuffix(".md").lstrip("/")
    if not key:
        raise UnknownPerson("give the name of a person")
    by_file = {note.file: note for note in people}
    found = Resolver(people).claimants(key)
    if not found:  # a first name is no link target, but a fine thing to type
        found = sorted(
            {n.file for n in people for text in {n.name, n.stem} if name_key(text.split(" ", 1)[0]) == key}
        )
    if len(found) == 1:
        return by_file[found[0]]
    if found:
        listed = ", ".join(found)
        raise AmbiguousPerson(f"'{query}' could be several people: {listed}; give the path instead")
    raise UnknownPerson(_unknown_message(people, query, key))


def _unknown_message(people: Sequence[Note], query: str, key: str) -> str:
    names: dict[str, str] = {}
    for note in people:
        for text in (note.name, note.stem, *note.aliases):
            names.setdefault(text.lower(), note.file)
    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    close += [text for text in sorted(names) if key in text and text not in close]
    files = list(dict.fromkeys(names[text] for text in close))[:5]
    if not files:
        return f"no person called '{query}' among {len(people)} people (try `vaultnet new '{query}'`)"
    return f"no person called '{query}'; did you mean: {', '.join(files)}"


def entry_line(day: dt.date, direction: Direction, text: str) -> str:
    """`- 2026-11-21 -> coffee at Rosa's`: one list item, on one line."""
    words = " ".join(text.split())
    if not words:
        raise CaptureError("the entry needs some text: what happened?")
    mark = MARKS[direction]
    return f"- {day.isoformat()} {mark} {words}" if mark else f"- {day.isoformat()} {words}"


def line_end(data: bytes) -> bytes:
    """The line ending the note uses most: `\\r\\n`, `\\n` or `\\r` (`\\n` for a note of one line)."""
    crlf = data.count(b"\r\n")
    lf = data.count(b"\n") - crlf
    cr = data.count(b"\r") - crlf
    best = max((crlf, b"\r\n"), (lf, b"\n"), (cr, b"\r"))
    return best[1] if best[0] else b"\n"


def _encoding(data: bytes) -> str:
    return "cp1252" if decode("", data).problem else "utf-8"


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
    return block.kind == "heading" and block.text.strip().strip("#").strip().lower() == LOG_HEADING.lower()


def plan_insertion(data: bytes, entry: str) -> Insertion:
    """Where `entry` goes: after the last line of the Log section, or in a new Log section at the end.

    The note's bytes are never re-encoded: the entry is encoded like the note (UTF-8, or
    Windows-1252 for a note that is not UTF-8) and ends its line the way the note does.
    """
    try:
        encoded = entry.encode(_encoding(data))
    except UnicodeEncodeError:
        raise CaptureError("the note is in Windows-1252, which cannot hold this text") from None
    eol = line_end(data)
    lines = data.splitlines(keepends=True)
    text = decode("", data).text
    split = split_front_matter(text)
    blocks = parse_blocks(split.body)
    offset = split.body_line
    block_of = {number + offset: block for block in blocks for number, _ in block.lines}

    heading = next((b for b in blocks if _heading_is_log(b)), None)
    if heading is None:
        return _new_section(data, lines, encoded, eol)
    start = heading.lines[0][0] + offset
    head_end = start
    if not text.split("\n")[start].lstrip().startswith("#"):
        head_end = start + 1  # a setext heading: its underline is part of it
    end = next(
        (
            b.lines[0][0] + offset
            for b in blocks
            if b.kind == "heading" and b.lines[0][0] + offset > start and b.level <= heading.level
        ),
        len(lines),
    )
    last = next((i for i in range(end - 1, head_end, -1) if lines[i].strip()), head_end)
    after = block_of.get(last)
    # Right after a list item or a heading an entry needs no blank line; after anything else
    # (an HTML block, say, which only a blank line ends) it does.
    joins = after is not None and (after.kind in ("item", "heading") or not after.first)
    prefix = b"" if last == head_end or joins else eol
    at = sum(len(line) for line in lines[: last + 1])
    if lines[last].endswith((b"\n", b"\r")):
        return Insertion(at, prefix + encoded + eol, last + 2 + len(prefix) // len(eol))
    return Insertion(at, eol + prefix + encoded, last + 2 + len(prefix) // len(eol))


def _new_section(data: bytes, lines: list[bytes], entry: bytes, eol: bytes) -> Insertion:
    """A `## Log` section at the end of the note, after a blank line, keeping a missing final newline."""
    content = data.removeprefix(b"\xef\xbb\xbf")
    heading = b"## " + LOG_HEADING.encode() + eol
    if not content:
        return Insertion(len(data), heading + entry + eol, 2)
    ends_line = data.endswith((b"\n", b"\r"))
    prefix = b"" if ends_line else eol
    if lines[-1].strip():
        prefix += eol
    suffix = eol if ends_line else b""
    count = len(lines) + len(prefix) // len(eol) - (0 if ends_line else 1)
    return Insertion(len(data), prefix + heading + entry + suffix, count + 2)


@dataclass(frozen=True, slots=True)
class Logged:
    """What `vaultnet log` did."""

    file: str
    line: int
    entry: str


def add_entry(
    note: Note, data: bytes, entry: str, day: dt.date, direction: Direction, config: Config
) -> tuple[bytes, int]:
    """The note's new bytes and the entry's line, checked: vaultnet reads back one more contact, this one."""
    insertion = plan_insertion(data, entry)
    new = insertion.apply(data)
    before = parse_note(note.file, data, config)
    after = parse_note(note.file, new, config)
    added = [m for m in after.entries if m.line == insertion.line]
    if (
        len(after.entries) != len(before.entries) + 1
        or len(added) != 1
        or added[0].date != day
        or (added[0].direction != direction and not added[0].inferred)  # no mark: the words may say
    ):
        raise CaptureError(
            f"{note.file}: vaultnet would not read the entry back as written (an unclosed code block "
            "or comment near the end?); add it by hand"
        )
    return new, insertion.line


def log_entry(
    root: Path, query: str, text: str, day: dt.date, direction: Direction, config: Config
) -> Logged:
    """Append one entry to the log of the person `query` names, atomically."""
    vault = load_vault(root, config)
    note = find_person([p.note for p in vault.people], query)
    entry = entry_line(day, direction, text)
    path = root / note.file
    data = path.read_bytes()
    new, line = add_entry(note, data, entry, day, direction, config)
    replace_note(path, data, new)
    log.info("logged %s in %s:%d", entry, note.file, line)
    return Logged(note.file, line, entry)
