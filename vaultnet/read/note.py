"""One file's bytes → a typed Note and its problems. No disk access, no knowledge of other notes."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from sys import intern

from vaultnet.config import Config
from vaultnet.convert import (
    as_cadence,
    as_date,
    as_day_of_year,
    as_list,
    as_tag,
    as_text,
    date_prefix,
    link_target,
)
from vaultnet.errors import TooComplex
from vaultnet.fields import FIELDS
from vaultnet.model import Direction, FollowUp, Mention, Note, NoteKind, Problem
from vaultnet.read.blocks import Block
from vaultnet.read.blocks_fast import parse_blocks
from vaultnet.read.front_matter_fast import read_flat

_MEETING_WORDS = {"meeting", "call", "coffee", "lunch", "dinner", "visit"}
_EXCLUDED_KINDS = {"org", "group", "location"}
_FACT_HEADINGS = {"about", "facts", "personal", "family", "interests"}
_INTEREST_HEADINGS = {"interests"}

_DATE = r"\d{4}-\d{2}-\d{2}"
_MARK = r"<->|↔|->|→|<-|←"
_ENTRY = re.compile(
    rf"^\s*(?:\[\[(?:[^\[\]|#]*/)?({_DATE})(?:\|[^\[\]]*)?\]\]|({_DATE}))"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\w-])"  # a time of day, if any, is not part of the text
    rf"\s*(?:[:—–|]|-(?!>))?\s*({_MARK})?\s*"
)
_LEADING_MARK = re.compile(rf"^\s*(?:\d{{1,2}}:\d{{2}}\s+)?({_MARK})(?=\s|\[|$)\s*")
_DIRECTIONS: dict[str, Direction] = {
    "->": "outbound", "→": "outbound",
    "<-": "inbound", "←": "inbound",
    "<->": "mutual", "↔": "mutual",
}  # fmt: skip
_WIKILINK = re.compile(r"(!?)\[\[([^\[\]]+)\]\]")
_TAG = re.compile(r"(?:^|(?<=[\s(]))#([\w/-]+)")
_BACKTICKS = re.compile(r"`+")
# MULTILINE: an unclosed comment ends at its line end (else each start scans the text: quadratic).
_COMMENT = re.compile(r"<!--.*?(?:-->|$)|%%.*?(?:%%|$)", re.MULTILINE)
_FIELD_DATE = re.compile(rf"(?<![\w-])[\w-]+::\s*({_DATE})")  # lookbehind: linear time
_MET = re.compile(r"(?:^|[\s(\[])met::", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, with line ends made `\\n`, and the problem met while decoding it, if any."""

    text: str
    problem: Problem | None = None


def decode(file: str, data: bytes) -> Decoded:
    """UTF-8 (BOM or not), else Windows-1252 with a problem at the first line that is not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problem = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = Problem(file, line, "not UTF-8: read as Windows-1252")
        text = data.decode("cp1252", errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return Decoded(text, problem)


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
    pos = first_end + 1
    line = 1
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].rstrip() in ("---", "..."):
            return Split(text[first_end + 1 : pos], text[end + 1 :], line + 1)
        pos = end + 1
        line += 1
    return Split(None, text, 0)


def yaml_is_fast() -> bool:
    """Does PyYAML have its C loader here? Without it front matter reads several times slower."""
    import yaml

    return hasattr(yaml, "CSafeLoader")


def load_yaml(file: str, split: Split) -> tuple[dict[str, object], Problem | None]:
    """The front matter as a dict with lower-case keys; a YAML error is a problem at its line."""
    if split.front is None or not split.front.strip():
        return {}, None
    flat = read_flat(split.front)
    if flat is not None:
        return {str(key).strip().lower(): value for key, value in flat.items()}, None
    import yaml

    from vaultnet.read import front_matter as safeyaml

    last_line = split.body_line - 1  # the last line of YAML, 1-based
    try:
        data = safeyaml.load(split.front)
    except TooComplex as exc:
        line = min(exc.line + 2, last_line) if exc.line is not None else 2
        return {}, Problem(file, max(line, 2), f"front matter is too complex to read: {exc.problem}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = min(mark.line + 2, last_line) if mark is not None else 2
        reason = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
        return {}, Problem(file, max(line, 2), f"front matter is not valid YAML: {reason}")
    except (RecursionError, MemoryError):
        return {}, Problem(file, 2, "front matter is too deeply nested to read")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, Problem(file, 2, "front matter is not a set of keys and values")
    return {str(key).strip().lower(): value for key, value in data.items()}, None


@cache
def _keys(name: str, synonyms: tuple[str, ...]) -> tuple[str, ...]:
    return FIELDS[name] + tuple(k.lower() for k in synonyms)


Fields = dict[str, list[object]]
"""The front matter by typed field (`FIELDS`): each field's values, in the order of its keys."""


def _fields(meta: dict[str, object], config: Config) -> Fields:
    """The front matter's values by field, in one pass over its keys."""
    table = _key_table(tuple(sorted(config.synonyms.items())) if config.synonyms else ())
    found: dict[str, list[tuple[int, object]]] = {}
    for key, value in meta.items():
        for name, rank in table.get(key, ()):
            found.setdefault(name, []).append((rank, value))
    return {name: [value for _, value in sorted(ranked, key=_rank)] for name, ranked in found.items()}


def _rank(ranked: tuple[int, object]) -> int:
    return ranked[0]


@cache
def _key_table(synonyms: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each front-matter key vaultnet reads: the fields it means, and its rank among each one's keys."""
    extra = dict(synonyms)
    table: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name in FIELDS:
        for rank, key in enumerate(dict.fromkeys(_keys(name, extra.get(name, ())))):
            table[key].append((name, rank))
    return {key: tuple(fields) for key, fields in table.items()}


def _first(values: list[object], convert: Callable[[object], object]) -> object:
    for value in values:
        converted = convert(value)
        if converted is not None:
            return converted
    return None


def _texts(values: Iterable[object]) -> list[str]:
    return [text for value in values for text in as_list(value)]


def _wikilinks(value: object) -> list[str]:
    """Every wikilink target inside a front-matter value, however nested."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _wikilinks(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _wikilinks(v)]
    if isinstance(value, str):
        return [link_target(m[2]) for m in _WIKILINK.finditer(value) if not m[1]]
    return []


def _without_code_spans(line: str) -> str:
    """Each code span (a run of backticks up to the next run of the same length) made a space.

    Done with a table of runs by length rather than a backreference regex, whose backtracking
    takes cubic time on a long run of backticks.
    """
    runs = [match.span() for match in _BACKTICKS.finditer(line)]
    by_length: dict[int, list[int]] = defaultdict(list)
    for index, (start, end) in enumerate(runs):
        by_length[end - start].append(index)
    parts: list[str] = []
    kept_from = index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        later = bisect_right(same, index)
        if later == len(same):
            index += 1  # no closing run: the backticks are plain text
            continue
        closing = same[later]
        parts.extend((line[kept_from:start], " "))
        kept_from = runs[closing][1]
        index = closing + 1
    parts.append(line[kept_from:])
    return "".join(parts)


def _clean(line: str) -> str:
    """A line without inline code and comments, which never carry links or tags."""
    if "`" in line:
        line = "\n".join(_without_code_spans(part) for part in line.split("\n"))
    if "<!--" in line or "%%" in line:
        line = _COMMENT.sub(" ", line)
    return line


def _links(line: str) -> list[str]:
    if "[[" not in line:  # most lines: skip the regex
        return []
    # Interned: a name linked from thousands of notes is then kept in memory once.
    return [intern(t) for m in _WIKILINK.finditer(line) if not m[1] and (t := link_target(m[2]))]


def _tags(line: str) -> list[str]:
    if "#" not in line:
        return []
    return [t for m in _TAG.finditer(line) if not (t := as_tag(m[1])).replace("/", "").isdigit()]


def _matches_tag(tags: Iterable[str], wanted: Iterable[str]) -> bool:
    wanted = tuple(wanted)
    return any(tag == w or tag.startswith(w + "/") for tag in tags for w in wanted)


def _type_words(values: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for value in values:
        word = value.strip().lower()
        words.update((word, word.removesuffix("s")))
    return words


def _name(meta: dict[str, object], fields: Fields, stem: str) -> str:
    name = _first(fields.get("name", []), as_text)
    if isinstance(name, str):
        return name
    given, family = as_text(meta.get("n.gn")), as_text(meta.get("n.fn"))
    return " ".join(p for p in (given, family) if p) or stem


def _facts(meta: dict[str, object], fields: Fields) -> list[str]:
    facts = [f"{t}" for t in _texts(fields.get("facts", []))]
    birthday = _first(fields.get("birthday", []), as_text)
    if birthday:
        facts.append(f"birthday {birthday}")
    relation_keys = [k for k in meta if k in FIELDS["relations"] or k.startswith("related")]
    for key in relation_keys:
        facts.extend(f"{key}: {text}" for text in as_list(meta[key]))
    return facts


def _distinct(texts: Iterable[str]) -> list[str]:
    """The texts in order, each once, ignoring case."""
    first: dict[str, str] = {}
    for text in texts:
        first.setdefault(text.lower(), text)
    return list(first.values())


def _direction_word(value: object) -> Direction | None:
    text = (as_text(value) or "").lower()
    return text if text in ("outbound", "inbound", "mutual") else None  # type: ignore[return-value]


@dataclass
class _Body:
    """What a body holds, gathered in one pass over its blocks."""

    entries: list[Mention]
    tags: list[str]
    links: list[str]
    facts: list[str]
    interests: list[str]
    """Items under an Interests heading (also facts, when the heading is a fact heading)."""
    follow_ups: list[FollowUp]
    lines: list[tuple[int, str, Block]]
    """Every line outside entries, cleaned, with its block: what a dated note reads."""


def _read_body(file: str, blocks: list[Block], offset: int, dated: bool) -> _Body:
    """One pass over a body's blocks. `dated`: the note may be a dated note, which reads each
    line outside its entries, so keep them in `lines`."""
    body = _Body([], [], [], [], [], [], [])
    fact_level = 0  # inside an About/Facts/... section of this heading level
    interest_level = 0  # inside an Interests section of this heading level
    for block in blocks:
        kind, lines, task = block.kind, block.lines, block.task
        first_line, first_text = lines[0]
        if kind == "heading":
            if fact_level and block.level <= fact_level:
                fact_level = 0
            if interest_level and block.level <= interest_level:
                interest_level = 0
            heading = first_text.strip().strip("#").strip().lower()
            if heading in _FACT_HEADINGS:
                fact_level = block.level
            if heading in _INTEREST_HEADINGS:
                interest_level = block.level
            head = first_text
        else:
            head = first_text.lstrip("| ")
        if kind == "paragraph" and not first_text.startswith("|"):
            entry = None  # a paragraph is no entry (a table row pasted as text may be)
        else:
            start = head.lstrip()[:1]  # an entry starts with a date or [[: skip the regex else
            entry = _ENTRY.match(head) if start == "[" or start.isdigit() else None
        text = _clean(block.text) if task == " " or fact_level or interest_level else ""
        if task == " " and kind == "item":
            body.follow_ups.append(FollowUp(file, first_line + offset + 1, text.strip(), tuple(_links(text))))
        if entry and block.first and (task is None or task in "xX"):
            date = date_prefix(entry[1] or entry[2])
            if date is not None:
                rest = _clean(head[entry.end() :]).strip().strip("|").strip()
                after_date = rest
                if len(lines) > 1:
                    after_date = "\n".join([rest, *(_clean(line) for _, line in lines[1:])])
                links = _links(after_date)
                tags = _tags(after_date)
                broadcast = "broadcast" in tags
                if not broadcast:
                    body.links.extend(links)
                body.entries.append(
                    Mention(
                        date,
                        _DIRECTIONS[entry[3]] if entry[3] else "unknown",
                        first_line + offset + 1,
                        intern(rest),
                        tuple(links),
                        broadcast,
                        tuple(sorted(set(tags))) if tags else (),
                    )
                )
                continue
        if kind == "item" and (fact_level or interest_level) and (fact := text.strip()):
            if fact_level:
                body.facts.append(fact)
            if interest_level:
                body.interests.append(fact)
        for number, line in lines:
            cleaned = _clean(line) if "`" in line or "<!--" in line or "%%" in line else line
            if dated:
                body.lines.append((number + offset + 1, cleaned, block))
            if "#" in cleaned:
                body.tags.extend(_tags(cleaned))
            if "[[" in cleaned:
                body.links.extend(_links(cleaned))
    return body


def _dated_mentions(
    body: _Body, date: dt.date, note_direction: Direction | None, meeting: bool
) -> list[Mention]:
    """Each line of a dated note that names people is one mention on the note's date."""
    mentions = []
    item_marks: dict[int, str | None] = {}
    for line_number, line, block in body.lines:
        if block.task is not None and block.task not in "xX":
            continue
        targets = _links(line)
        mark_match = _LEADING_MARK.match(line)
        mark = mark_match[1] if mark_match else None
        if block.kind == "item":
            # A mark at the start of an item covers the item's later lines too.
            mark = item_marks.setdefault(id(block), mark) if mark is None else mark
        if not targets:
            continue
        if any((d := date_prefix(m[1])) and d > date for m in _FIELD_DATE.finditer(line)):
            continue  # `appointment:: 2026-12-01`: a plan, not a contact
        direction: Direction
        if mark:
            direction = _DIRECTIONS[mark]
        elif note_direction:
            direction = note_direction
        elif meeting or _MET.search(line):
            direction = "mutual"
        else:
            direction = "unknown"
        tags = _tags(line)
        mentions.append(
            Mention(
                date=date,
                direction=direction,
                line=line_number,
                text=intern(line[mark_match.end() :].strip() if mark_match else line.strip()),
                targets=tuple(targets),
                broadcast="broadcast" in tags,
                tags=tuple(sorted(set(tags))),
            )
        )
    return mentions


def _has_placeholder(text: str) -> bool:
    """A template placeholder, `{{...}}` or `<% ... %>`: found with str.find, in linear time."""
    for opening, closing in (("{{", "}}"), ("<%", "%>")):
        start = text.find(opening)
        if start >= 0 and text.find(closing, start + 2) >= 0:
            return True
    return False


def _in_people_folder(file: str, config: Config) -> bool:
    folders = file.lower().split("/")[:-1]
    return any(folder in config.people_folders for folder in folders)


def parse_note(file: str, data: bytes, config: Config) -> Note:
    """Read one note. `file` is its path relative to the vault, with `/` separators."""
    problems: list[Problem] = []
    decoded = decode(file, data)
    if decoded.problem:
        problems.append(decoded.problem)
    split = split_front_matter(decoded.text)
    meta, yaml_problem = load_yaml(file, split)
    fields = _fields(meta, config)
    if yaml_problem:
        problems.append(yaml_problem)
    stem = file.rsplit("/", 1)[-1].removesuffix(".md")
    stem_date = date_prefix(stem)
    front_date = _first(fields.get("date", []), as_date)
    may_be_dated = stem_date is not None or isinstance(front_date, dt.date)
    body = _read_body(file, parse_blocks(split.body), split.body_line, may_be_dated)

    front_tags = [as_tag(t) for text in _texts(fields.get("tags", [])) for t in text.split()]
    tags = sorted({t for t in front_tags + body.tags if t})
    types = _type_words(_texts(fields.get("types", [])))
    kinds = _type_words(_texts(fields.get("kind", [])))
    placeholder = split.front is not None and _has_placeholder(split.front)

    is_person = (
        _in_people_folder(file, config)
        or _matches_tag(tags, config.person_tags)
        or bool(types & set(config.person_types))
    )
    kind: NoteKind = "other"
    date = front_date if isinstance(front_date, dt.date) else stem_date
    if placeholder or kinds & _EXCLUDED_KINDS:
        kind = "other"
    elif stem_date is not None or (date is not None and not is_person):
        kind = "dated"
    elif is_person:
        kind = "person"

    entries: list[Mention] = body.entries
    links = body.links
    if split.front is not None and "[[" in split.front:  # a link in a value is in the text too
        links += _wikilinks({k: v for k, v in meta.items() if k not in _NOT_LINKS})
    if kind == "dated" and date is not None:
        meeting = bool((types | kinds) & _MEETING_WORDS) or "attendees" in meta or "participants" in meta
        note_direction = _first(fields.get("direction", []), _direction_word)
        entries = _dated_mentions(body, date, note_direction, meeting)  # type: ignore[arg-type]
        listed = [t for v in fields.get("people", []) for t in as_list(v)]
        if listed:
            direction = note_direction or ("mutual" if meeting else "unknown")
            title = stem[10:].strip(" -_—–") if stem_date else stem
            entries.insert(0, Mention(date, direction, 1, title, tuple(listed)))  # type: ignore[arg-type]
            links.extend(listed)
    elif kind != "person":
        entries = []

    follow_ups = body.follow_ups
    if kind == "dated" and follow_ups:
        follow_ups = [replace(f, date=date) for f in follow_ups]  # as old as the note
    cadence = _first(fields.get("cadence", []), as_cadence)
    last_contact = _first(fields.get("last_contact", []), as_date)
    org = _first(fields.get("org", []), lambda v: next(iter(as_list(v)), None))
    facts, interests, location = _personal(meta, fields, body) if kind == "person" else ((), (), None)
    card = _card(fields) if kind == "person" else _NO_CARD
    return Note(
        file=file,
        kind=kind,
        name=_name(meta, fields, stem),
        date=date if kind == "dated" else None,
        aliases=tuple(dict.fromkeys(_texts(fields.get("aliases", [])))),
        tags=tuple(tags),
        org=org if isinstance(org, str) else None,
        cadence_days=cadence if isinstance(cadence, int) else None,
        last_contact=last_contact if isinstance(last_contact, dt.date) else None,
        facts=facts,
        entries=tuple(entries),
        links=tuple(dict.fromkeys(links)),
        follow_ups=tuple(follow_ups),
        problems=tuple(problems),
        location=location,
        interests=interests,
        birthday=card[0],
        anniversary=card[1],
        status=card[2],
        snooze=card[3],
    )


_NO_CARD: tuple[str | None, str | None, str | None, dt.date | None] = (None, None, None, None)


def _card(fields: Fields) -> tuple[str | None, str | None, str | None, dt.date | None]:
    """What comes next for a person (spec 6.6): (birthday, anniversary, status, snooze)."""
    if not ("birthday" in fields or "anniversary" in fields or "status" in fields or "snooze" in fields):
        return _NO_CARD  # most notes
    birthday = _first(fields.get("birthday", []), as_day_of_year)
    anniversary = _first(fields.get("anniversary", []), as_day_of_year)
    status = _first(fields.get("status", []), as_text)
    snooze = _first(fields.get("snooze", []), as_date)
    return (
        birthday if isinstance(birthday, str) else None,
        anniversary if isinstance(anniversary, str) else None,
        status.lower() if isinstance(status, str) else None,
        snooze if isinstance(snooze, dt.date) else None,
    )


def _personal(
    meta: dict[str, object], fields: Fields, body: _Body
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """What the user knows of a person beyond the contact card: (facts, interests, location)."""
    interests = _texts(fields.get("interests", [])) + body.interests
    location = _first(fields.get("location", []), _place)
    return (
        tuple(_distinct(_facts(meta, fields) + body.facts)),
        tuple(dict.fromkeys(_plain(i) for i in interests)),
        location if isinstance(location, str) else None,
    )


def _place(value: object) -> str | None:
    """A location as written: the first of a list, a wikilink unwrapped (`[[Lisbon]]` → Lisbon)."""
    values = value if isinstance(value, (list, tuple)) else [value]
    for item in values:
        text = as_text(item)
        if text:
            return _plain(text)
    return None


def _plain(text: str) -> str:
    """Text with wikilinks shown as their label (`[[Rock climbing|climbing]]` → climbing)."""

    def label(match: re.Match[str]) -> str:
        inner = match[2]
        return inner.split("|", 1)[1] if "|" in inner else link_target(inner).rsplit("/", 1)[-1]

    return " ".join(_WIKILINK.sub(label, text).split())


_NOT_LINKS = set(FIELDS["types"] + FIELDS["tags"])
