"""A note's bytes as text, split into its front matter and body, the front matter loaded."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from vaultnet.convert import WIKILINKS
from vaultnet.errors import TooComplex
from vaultnet.fields import FIELDS
from vaultnet.model import BINARY, Problem
from vaultnet.patterns import lazy_pattern
from vaultnet.read.codepages import legacy_encoding, legacy_name
from vaultnet.read.front_matter_fast import read_flat


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, with line ends made `\\n`, and the problem met while decoding it, if any."""

    text: str
    problem: Problem | None = None
    binary: bool = False
    """NUL bytes and not UTF-8: no text at all (a program or an image renamed `.md`)."""
    encoding: str | None = None
    """The code page a file that is not UTF-8 was read in (`cp1250`: `read.codepages`)."""


UNICODE_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
"""The byte-order marks a note in UTF-32 or UTF-16 opens with, and its encoding: UTF-32's first,
as UTF-16's little-endian mark begins UTF-32's."""


def marked_encoding(data: bytes) -> tuple[int, str] | None:
    """The length of the byte-order mark the data opens with and its encoding (`UNICODE_MARKS`)."""
    if data[:1] in (b"\xff", b"\xfe", b"\x00"):
        for mark, encoding in UNICODE_MARKS:
            if data.startswith(mark):
                return len(mark), encoding
    return None


def decode(file: str, data: bytes) -> Decoded:
    """UTF-8 (BOM or not), UTF-16 or UTF-32 with its BOM (a problem where it is not valid), else
    the legacy code page that reads it as text (`legacy_encoding`: Windows-1252, Windows-1250 or
    ISO-8859-2) with a problem at the first line that is not UTF-8."""
    problem = encoding = None
    if marked := marked_encoding(data):
        data, problem = _from_marked(file, data[marked[0] :], marked[1])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if b"\x00" in data:  # no text encoding writes NUL bytes (UTF-16 was decoded above)
            return Decoded(data.decode("cp1252", errors="replace"), Problem(file, 0, BINARY), binary=True)
        encoding = legacy_encoding(data)
        line = data.count(b"\n", 0, exc.start) + 1
        problem = Problem(file, line, f"not UTF-8: read as {legacy_name(encoding)}; save it as UTF-8")
        text = data.decode(encoding, errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return Decoded(text, problem, encoding=encoding)


def _from_marked(file: str, data: bytes, encoding: str) -> tuple[bytes, Problem | None]:
    """UTF-16 or UTF-32 (no mark) as UTF-8; bytes that are no character (a line appended in
    UTF-8, which pairs its bytes into CJK, with one left over at the end) read as U+FFFD, with a
    problem at their line."""
    try:
        return data.decode(encoding).encode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
        why = "it ends in part of a character" if exc.end >= len(data) else "bytes that are no character"
        message = f"not valid {unicode_name(encoding)}: {why} (text added in another encoding?)"
        return data.decode(encoding, "replace").encode("utf-8"), Problem(file, line, message)


def unicode_name(encoding: str) -> str:
    """`utf-16-le` as people name it: UTF-16."""
    return encoding[:6].upper()


def decode_by_line(file: str, data: bytes, folded: bool = False) -> tuple[str, list[Problem]]:
    """A contacts file as text. One that is not all UTF-8 is read line by line: a line as UTF-8
    where it is, else in the code page its other lines read as text in (`legacy_encoding`:
    Outlook's, Windows-1252 in the West), and said so when the file mixes the two (a UTF-8
    export with one card or row from another program). `folded`: a line that goes on on the next
    (a vCard's, which starts with a space) may be cut inside a character; it is made whole."""
    decoded = decode(file, data)
    if decoded.problem is None or decoded.binary:
        return decoded.text, []
    raw = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    if folded:
        _mend_folds(raw)
    lines: list[str | None] = []
    for line in raw:
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(None)
    other = [line for line, text in zip(raw, lines, strict=True) if text is None]
    encoding = legacy_encoding(b"\n".join(other))
    texts = [
        line.decode(encoding, errors="replace") if text is None else text
        for line, text in zip(raw, lines, strict=True)
    ]
    first = next((number for number, text in enumerate(lines, 1) if text is None), 0)
    utf8 = any(text is not None and not text.isascii() for text in lines)
    said = Problem(file, first, f"not UTF-8: this line and the like read as {legacy_name(encoding)}")
    return "\n".join(texts).replace("\r\n", "\n"), [said] if utf8 and first else []


def _mend_folds(lines: list[bytes]) -> None:
    """Move the start of a UTF-8 character a line ends with, cut short, onto the folded line after
    it (`Zo\\xc3` then ` \\xab`: `Zo` then ` \\xc3\\xab`), so each line holds whole characters."""
    for at in range(len(lines) - 1):
        line, after = lines[at].removesuffix(b"\r"), lines[at + 1]
        if after[:1] not in (b" ", b"\t"):
            continue
        start = len(line) - 1
        while start > max(len(line) - 4, 0) and 0x80 <= line[start] < 0xC0:
            start -= 1  # back over continuation bytes to the character's first
        first = line[start] if line else 0
        size = 2 if 0xC0 <= first < 0xE0 else 3 if 0xE0 <= first < 0xF0 else 4 if first >= 0xF0 else 0
        if size > len(line) - start:
            cut = line[start:]
            lines[at] = line[:start] + lines[at][len(line) :]
            lines[at + 1] = after[:1] + cut + after[1:]


@dataclass(frozen=True, slots=True)
class Split:
    """A note split into its front matter and body."""

    front: str | None
    """The YAML between the fences, or None when the note has no front matter."""
    body: str
    body_line: int
    """0-based line of the file where the body starts."""


def split_front_matter(text: str) -> Split:
    """Front matter opens on the first line with `---` and closes with `---` or `...`."""
    if not text.startswith("---"):
        return Split(None, text, 0)
    first_end = text.find("\n")
    if first_end < 0 or text[3:first_end].strip():
        return Split(None, text, 0)
    closing = _CLOSING.search(text, first_end)
    if closing is None:
        return Split(None, text, 0)
    start = closing.start() + 1
    return Split(text[first_end + 1 : start], text[closing.end() + 1 :], text.count("\n", 0, start) + 1)


_CLOSING = lazy_pattern(r"\n(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)
"""The line that closes front matter, after its `\\n`: `---` or `...`, then only white space.
(Searched for by its `\\n`: a pattern that starts with `^` is tried at every position.)"""


def _unclosed(file: str, text: str) -> Problem | None:
    """A problem at line 1 when a note with no front matter opens one that no `---` closes: `---`,
    then keys as Obsidian writes its properties, a first one in lower case (`tags: [person]`) or
    two that vaultnet knows in any case (`Tags:`, `Cadence:`). It is read as no front matter at
    all, as Obsidian reads it, and a person tagged there would go missing unsaid. A note opening
    with a rule (`---`) and prose is none, though it opens as a key would (`Note: call back
    [[Ada]]`, `Status: waiting`, `Serves: 4`)."""
    if not text.startswith("---"):
        return None
    first_end = text.find("\n")
    if first_end < 0 or text[3:first_end].strip() or (key := _KEY_LINE.match(text, first_end + 1)) is None:
        return None
    if not key[1].islower() and not (_known(key) and _known(_KEY_LINE.match(text, key.end() + 1))):
        return None
    return Problem(file, 1, "front matter opened here is never closed with ---")


def _dash_fenced(file: str, text: str) -> Problem | None:
    """A problem at line 1 when a note opens with front matter whose fences are typed as a dash
    (`—-`, `—`: smart punctuation makes `--` of `---` a dash, on a phone or a Mac): keys from the
    next line on (`_KEY_LINE`) up to a line of the same dashes, or `---`. It is read as no front
    matter, as Obsidian reads it; a dash over prose, or keys after a blank line, is no fence."""
    if text[:1] not in ("—", "–"):
        return None
    first_end = text.find("\n")
    fence = text[:first_end].rstrip()
    if first_end < 0 or fence.strip("—–-") or _KEY_LINE.match(text, first_end + 1) is None:
        return None
    lines = text[first_end + 1 :].split("\n")
    closing = next((line for line in lines if not (_KEY_LINE.fullmatch(line) or _in_value(line))), "")
    if closing.rstrip() not in (fence, "---"):
        return None
    return Problem(
        file, 1, f"front matter fence typed as a dash: use --- (`{fence}` is none: its keys are not read)"
    )


def _in_value(line: str) -> bool:
    """Is the line part of a key's value: indented, or an item of its list (`- person`)?"""
    return line[:1] in (" ", "\t") or line.startswith("- ")


_KEY_LINE = lazy_pattern(r"([A-Za-z_][\w-]*):(?:[^\S\n]|$)[^\n]*", re.MULTILINE)
"""A line of YAML's keys (`tags: [person]`, `aliases:`): a word, then its colon (the key: group 1)."""


def _known(line: re.Match[str] | None) -> bool:
    """Is a line of YAML's keys (`_KEY_LINE`) one of a key vaultnet knows (`FIELDS`), in any case?"""
    return line is not None and line[1].lower() in _known_keys()


@cache
def _known_keys() -> frozenset[str]:
    """Every front-matter key vaultnet knows (`FIELDS`), in lower case."""
    return frozenset(key for keys in FIELDS.values() for key in keys)


def yaml_is_fast() -> bool:
    """Does PyYAML have its C loader here? Without it front matter reads several times slower."""
    import yaml

    return hasattr(yaml, "CSafeLoader")


def _where_and_why(exc: Exception) -> tuple[Any, str]:
    """Where a YAML error is to be mended, and why: a bracket or a quote never closed is at the
    line that opens it (`tags: [person, friend`), not the later line where PyYAML gave up; one
    that PyYAML gave up inside of on its own line is closed (`['Dan O'Brien', Danny]`: the quote
    is what is wrong), and its problem is PyYAML's."""
    context, opened = getattr(exc, "context", None) or "", getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
    gave_up = getattr(exc, "problem_mark", None)
    later = gave_up is None or opened is None or gave_up.line > opened.line
    if opened is not None and later and (what := _NEVER_CLOSED.get(context)):
        return opened, f"the {what} opened on this line is never closed ({problem})"
    return gave_up or opened, problem


_NEVER_CLOSED = {
    "while parsing a flow sequence": "`[`",
    "while parsing a flow mapping": "`{`",
    "while scanning a quoted scalar": "quote",
}
"""PyYAML's context of an error whose cause is where it was opened, and what was opened there."""


def load_yaml(file: str, split: Split) -> tuple[dict[str, object], Problem | None]:
    """The front matter as a dict with lower-case keys; a YAML error is a problem at its line, and
    so is front matter never closed (`_unclosed`)."""
    if split.front is None:
        return {}, _unclosed(file, split.body) or _dash_fenced(file, split.body)
    if not split.front.strip():
        return {}, None
    front = _hash_tags_quoted(split.front) if "#" in split.front else split.front
    flat = read_flat(front)
    if flat is not None:
        return _keyed(flat, front), None
    import yaml

    last_line = split.body_line - 1  # the last line of YAML, 1-based
    try:
        data = _load_front(front)
    except TooComplex as exc:
        line = min(exc.line + 2, last_line) if exc.line is not None else 2
        return {}, Problem(file, max(line, 2), f"front matter is too complex to read: {exc.problem}")
    except yaml.YAMLError as exc:
        mark, reason = _where_and_why(exc)
        line = min(mark.line + 2, last_line) if mark is not None else 2
        written = split.front.split("\n")[max(line, 2) - 2]
        if unfilled := _UNFILLED.search(written):
            return {}, Problem(file, max(line, 2), _UNFILLED_BROKE.format(unfilled[1]))
        link = WIKILINKS.search(written)
        hint = f'; put links in quotes: "{link[0]}"' if link else ""
        return {}, Problem(file, max(line, 2), f"front matter is not valid YAML: {reason}{hint}")
    except (RecursionError, MemoryError):
        return {}, Problem(file, 2, "front matter is too deeply nested to read")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, Problem(file, 2, "front matter is not a set of keys and values")
    return _keyed(data, front), None


def _keyed(data: Mapping[Any, object], front: str) -> dict[str, object]:
    """The front matter's values by their keys in lower case, each value wholly in curly quotes
    read as the text they quote (`_uncurled`), as YAML reads one in straight quotes; a key YAML
    read as a time in base 60 as it is written (`_sexagesimal_keys`)."""
    if any(isinstance(key, int) for key in data):
        written = _sexagesimal_keys(front)
        data = {written.get(key, key) if isinstance(key, int) else key: value for key, value in data.items()}
    if not front.isascii() and any(map(front.__contains__, _CURLY_OPENINGS)):
        return {str(key).strip().lower(): _uncurled(value) for key, value in data.items()}
    return {str(key).strip().lower(): value for key, value in data.items()}


def _sexagesimal_keys(front: str) -> dict[int, str]:
    """Each key of the front matter written as YAML 1.1 reads a number in base 60 (`1:1`, which
    a manager keys the rhythm of one-on-ones by, is 61), by that number: the key as written."""
    found = {}
    for written in _SEXAGESIMAL_KEY.findall(front):
        value = 0
        for part in written.replace("_", "").split(":"):
            value = value * 60 + int(part)
        found[value] = written
    return found


_SEXAGESIMAL_KEY = lazy_pattern(r"^([1-9][0-9_]*(?::[0-5]?[0-9])+)[ \t]*:(?=\s|$)", re.M)
"""A key at the top level that YAML 1.1 reads as a number in base 60 (`1:1:`, `1:30:`)."""


_CURLY_QUOTES = {"“": "”", "‘": "’", "„": "“", "‚": "‘", "«": "»"}
"""Each curly quote that opens a quotation, and the one that closes it, as smart punctuation
types `"` and `'` (on a phone, or a Mac; `„` `“` in German, `«` `»` in French)."""
_CURLY_OPENINGS = tuple(_CURLY_QUOTES)


def _uncurled(value: object) -> object:
    """A value (a list's items, a mapping's values) with text wholly in curly quotes (`“Maria”`,
    `‘Mari’`) as the text they quote: a phone typed the quotes YAML would have read. A quote
    inside the text (`she said “hi”`) or on one side only (`“half`) is the text's own."""
    if isinstance(value, str):
        closing = _CURLY_QUOTES.get(value[:1])
        if closing is not None and len(value) > 1 and value.endswith(closing):
            return value[1:-1].strip()
        return value
    if isinstance(value, list):
        return [_uncurled(item) for item in value]
    if isinstance(value, dict):
        return {key: _uncurled(item) for key, item in value.items()}
    return value


_UNFILLED = lazy_pattern(r"(?<![\"'])(\{\{[^{}\n]{0,40}\}\})")
"""A template's placeholder left unquoted (`date: {{date}}`): to YAML, a mapping in a mapping."""
_UNFILLED_BROKE = (
    "front matter holds an unfilled template placeholder `{}` (a template's tag left as written): not "
    "valid YAML, so none of its front matter is read; fill it in, or put it in quotes"
)


_HASH_TAGS = lazy_pattern(
    rf"^((?:{'|'.join(FIELDS['tags'])})[ \t]*:[ \t]+)(#\S.*?|\[[^\[\]\n]*\])[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A top-level tags line whose value is Obsidian's `#tag`s (`tags: #person #work`) or a flow list."""


_HASH_ITEMS = lazy_pattern(
    rf"^(?:{'|'.join(FIELDS['tags'])})[ \t]*:[ \t]*\n(?:[ \t]*-[ \t]+.*(?:\n|$))+",
    re.IGNORECASE | re.MULTILINE,
)
"""A top-level tags key over a block list (`tags:` then `  - #person`)."""
_HASH_ITEM = lazy_pattern(r"^([ \t]*-[ \t]+)(#\S.*?)[ \t]*$", re.MULTILINE)


def _hash_tags_quoted(front: str) -> str:
    """The front matter with `tags: #person`, `tags: [#a, #b]` and a block list's `- #person` in
    quotes: YAML reads the first and the last as comments (no tags) and the second as broken, but
    people write tags so (docs/format.md). One line stays one line: a problem's line number holds."""
    front = _HASH_TAGS.sub(_quote_tags, front)
    if "- #" in front:
        front = _HASH_ITEMS.sub(lambda block: _HASH_ITEM.sub(_quote_item, block[0]), front)
    return front


def _quote_item(match: re.Match[str]) -> str:
    return match[1] + json.dumps(match[2], ensure_ascii=False)


def _quote_tags(match: re.Match[str]) -> str:
    value = match[2]
    if not value.startswith("["):
        return match[1] + json.dumps(value, ensure_ascii=False)
    items = [item.strip() for item in value[1:-1].split(",")]
    if not any(item.startswith("#") for item in items):
        return match[0]  # `[person, work]`: YAML reads it right
    quoted = [i if i[:1] in "\"'" else json.dumps(i, ensure_ascii=False) for i in items if i]
    return match[1] + "[" + ", ".join(quoted) + "]"


def _load_front(front: str) -> object:
    """The front matter's values; YAML that breaks only on links written in a row without quotes
    (`attendees: [[Maya]], [[Jonas]]`) is read as if they were quoted (docs/format.md)."""
    import yaml

    from vaultnet.read import front_matter as safeyaml

    try:
        return safeyaml.load(front)
    except yaml.YAMLError as exc:
        quoted = safeyaml.quote_links(front) if "[[" in front else None
        if quoted is None:
            raise
        try:
            return safeyaml.load(quoted)
        except (yaml.YAMLError, TooComplex):
            raise exc from None  # the error as the user wrote it, at its line
