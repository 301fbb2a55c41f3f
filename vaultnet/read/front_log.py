"""A person's log kept in the front matter, not the body: as the Friend Tracker plugin keeps it
(`interactions:` over items of a `date` and a `text`, newest first), or as lines of a log
(`log: ["2026-11-02 <- she called"]`). Each item is read as the body's log line of its day and
words would be, at its own line of the file."""

from __future__ import annotations

import json
import re

from vaultnet.convert import as_date, as_text
from vaultnet.fields import FIELDS
from vaultnet.model import Direction, Problem
from vaultnet.read.body import DIRECTIONS, Body, Entry, read_entry
from vaultnet.read.days import EntryHead, entry_head
from vaultnet.read.entries import who_started

_DAY_KEYS = ("date", "day", "when", "on")
_TEXT_KEYS = ("text", "note", "notes", "summary", "what", "description", "details", "comment", "title")
_KIND_KEYS = ("type", "kind", "channel", "medium")
_WHO_KEYS = ("direction", "initiated_by", "started_by", "who_started", "initiator")
_NO_DAY = "an interaction with no day: write its date as YYYY-MM-DD; it is not read"


def front_log(file: str, front: str, meta: dict[str, object], base: str) -> tuple[list[Entry], list[Problem]]:
    """The entries of the log the front matter holds (`meta`, read from `front`, its keys in lower
    case), and the problems of its items that tell no day."""
    found = _log_key(front, meta)
    if found is None:
        return [], []
    logged, at = found
    body = Body.empty()
    for item, line in zip(logged, _item_lines(front, at + 2, len(logged)), strict=True):
        said = _said(item)
        if said is None:
            body.bad_dates.append(Problem(file, line, _NO_DAY))
            continue
        head, *more = said[0].split("\n")
        entry = entry_head(head)
        if entry is None:
            message = f"'{head[:40]}' opens with no day: write it as YYYY-MM-DD; the interaction is not read"
            body.bad_dates.append(Problem(file, line, message))
        elif read_entry(body, file, entry, head, line, base, more) is not None and said[1] is not None:
            read = body.entries[-1]  # a field of who started it is a mark, over any in the words
            body.entries[-1] = (read[0], said[1], *read[2:])
    return body.entries, body.bad_dates


def _said(item: object) -> tuple[str, Direction | None] | None:
    """An item as a log line would say it (its day, its kind and its words), and who started it
    when a field of it says; None for an item that tells no day."""
    if not isinstance(item, dict):
        text = as_text(item)
        return (text, None) if text else None
    fields = {str(key).strip().lower(): value for key, value in item.items()}
    day = next((fields[key] for key in _DAY_KEYS if key in fields), None)
    date = as_date(day)
    written = date.isoformat() if date else as_text(day)
    if not written:
        return None
    kind = next((text for key in _KIND_KEYS if (text := as_text(fields.get(key)))), None)
    words = next((text for key in _TEXT_KEYS if (text := as_text(fields.get(key)))), "")
    who = next((way for key in _WHO_KEYS if key in fields and (way := who_started(fields[key]))), None)
    return f"{written} {kind}: {words}" if kind else f"{written} {words}", who


def _item_lines(front: str, key_line: int, count: int) -> list[int]:
    """The file's line of each of the `count` items of the list under the key on line `key_line`
    (the front matter's first line is the file's second); the key's own line for each when
    the items cannot be told apart (a text of several lines holding a `- `, say)."""
    found = []
    for number, text in enumerate(front.split("\n")[key_line - 1 :], key_line + 1):
        if text[:1] not in (" ", "-", "") and text.strip():
            break  # the next key
        if text.lstrip().startswith("- ") or text.strip() == "-":
            found.append(number)
    return found if len(found) == count else [key_line] * count


def new_item(front: str, meta: dict[str, object], line: str) -> tuple[int, list[str]] | None:
    """Where a log line (`2026-11-21 -> lunch`) goes in the log the front matter holds (`meta`,
    read from `front`, its keys in lower case), and its lines, written as the log's items are:
    (the front matter's line it goes before, 0-based; the lines). It goes where its day falls in
    a log kept in order (the Friend Tracker plugin keeps its newest first), else after the last.
    None when the front matter holds no log, or one whose items cannot be told apart."""
    head = entry_head(line)
    found = _log_of(front, meta)
    if found is None or head is None or head[0] is None:
        return None
    logged, items, end = found
    day = head[0]
    days = [(at, read[0]) for at, item in zip(items, logged, strict=True)
            if (said := _said(item)) and (read := entry_head(said[0])) and read[0]]  # fmt: skip
    newest_first = [d for _, d in days] == sorted((d for _, d in days), reverse=True)
    later = (at for at, d in days if (d < day if newest_first else d > day))
    first = front.split("\n")[items[0]]
    return next(later, end), _as_item(logged[0], first[: len(first) - len(first.lstrip())], line, head)


def _log_key(front: str, meta: dict[str, object]) -> tuple[list[object], int] | None:
    """The log the front matter holds (under the first key of the `log` field it has, as a list), and the
    front matter's line of its key (0-based); None for none."""
    key = next((k for k in FIELDS["log"] if isinstance(meta.get(k), list) and meta[k]), None)
    if key is None:
        return None
    opens = re.compile(rf"{re.escape(key)}\s*:", re.I)
    at = next((i for i, text in enumerate(front.split("\n")) if opens.match(text)), None)
    return (meta[key], at) if at is not None else None  # type: ignore[return-value]


def _log_of(front: str, meta: dict[str, object]) -> tuple[list[object], list[int], int] | None:
    """The log the front matter holds: its items, the front matter's line of each (0-based), and
    the line after its last; None for none, or for one whose items cannot be told apart."""
    found = _log_key(front, meta)
    if found is None:
        return None
    logged, at = found
    items = [number - 2 for number in _item_lines(front, at + 2, len(logged))]
    lines = front.rstrip("\n").split("\n")  # the line after the last is the closing `---`'s
    after = (i for i in range(at + 1, len(lines)) if lines[i].strip() and lines[i][0] not in " -")
    return (logged, items, next(after, len(lines))) if items[0] != at else None


def _as_item(like: object, pad: str, line: str, head: EntryHead) -> list[str]:
    """A log line written as an item like `like` is (a mapping of its day and words, or a line),
    indented by `pad`: quoted, so that YAML takes its words as they are (`: `, ` #`)."""
    if not isinstance(like, dict):
        return [f"{pad}- {json.dumps(line, ensure_ascii=False)}"]
    keys = {str(k).strip().lower(): str(k) for k in like}
    day_key = next((keys[k] for k in _DAY_KEYS if k in keys), "date")
    text_key = next((keys[k] for k in _TEXT_KEYS if k in keys), "text")
    words = json.dumps(line[head[3] :].strip(), ensure_ascii=False)
    written = [f"{pad}- {day_key}: {head[0]}", f"{pad}  {text_key}: {words}"]
    if head[2]:  # who started it, as a field of the item: the words stay the plugin's to show
        written.append(f"{pad}  direction: {DIRECTIONS[head[2]]}")
    return written
