"""One file's bytes → a typed Note and its problems. No disk access, no knowledge of other notes."""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from sys import intern
from urllib.parse import unquote

from vaultnet.config import Config
from vaultnet.convert import (
    MAX_DAYS,
    WIKILINKS,
    as_cadence,
    as_date,
    as_day_of_year,
    as_list,
    as_tag,
    as_text,
    date_prefix,
    first_names,
    folder_word,
    link_target,
    name_key,
    slugged,
    task_due,
    unwrap_link,
)
from vaultnet.errors import TooComplex
from vaultnet.fields import FIELDS
from vaultnet.model import Direction, FollowUp, Mention, Note, NoteKind, Problem, new_mention
from vaultnet.read import words as phrases
from vaultnet.read.blocks import Block, fence_after, heading_words, split_task, who_marked
from vaultnet.read.blocks_fast import MD_TRIM, atx_heading, indent_of, parse_blocks, plain_lines
from vaultnet.read.days import (
    DATE,
    DAYS_OPEN,
    MARK,
    NAMED_DAY,
    PLAIN_ENTRY,
    SLASHED,
    TIME,
    EntryHead,
    day_in_name,
    days_either_side,
    entry_head,
    heading_period,
    is_day,
    iso_days,
    log_paragraphs,
    may_open_entry,
    named_day,
    opens_day,
    year_last,
    yearless,
    years_in_force,
)
from vaultnet.read.front_matter_fast import read_flat

_MEETING_WORDS = {"meeting", "call", "coffee", "lunch", "dinner", "visit"}
"""A dated note of one of these kinds (`type`, `categories`, `kind`, or a tag: `#meeting`,
`#meetings/weekly`) is a meeting: mutual (spec 1.4; the spec names no tag, owners tag more often)."""
_ONE_ON_ONE = {"1on1", "1-on-1", "one-on-one", "1-1"}
_EXCLUDED_KINDS = {"org", "group", "location"}
_ORGANISATION_TAGS = {"org", "organization", "organisation", "company", "companies", "business"}
_ORGANISATION_TYPES = _ORGANISATION_TAGS | {"group", "location"}
"""A `type` or `categories` (or but for a group or a place, a tag) of a note kept among people that
is none (`People/Acme.md`, `type: company`), as a vCard's `KIND` says (spec 1.1), unless the note
says it is a person too."""
_INTEREST_HEADINGS = {"interests", "hobbies"}
_FACT_HEADINGS = {
    "about", "facts", "personal", "family", "interests", "notes", "background", "bio",
    "how we met", "kids", "children", "likes", "dislikes", "preferences", "favorites", "favourites",
    "gift ideas", "gifts", "personal notes", "personal details", "personal info", "things to remember",
} | _INTEREST_HEADINGS  # fmt: skip
"""The spec's five, and what owners' person notes (and personal CRM templates) put what they know
under."""

_DONE = ("x", "X")
"""A done task's box: `[x]`, `[X]`."""
_TASK_WORDS = {
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
_LEADING_MARK = rf"^\s*(?:{TIME}\s+)?({MARK})(?=\s|\[|$)\s*"
_DIRECTIONS: dict[str, Direction] = {
    "->": "outbound", "→": "outbound",
    "<-": "inbound", "←": "inbound",
    "<->": "mutual", "<-->": "mutual", "↔": "mutual",
}  # fmt: skip
_ANY_LINK = r"(!?)(?:\[\[([^\[\]]+)\]\]|\[([^\[\]]*)\]\(\s*(<[^<>\n]*>|[^\s()<>]+)(?:\s+\"[^\"\n]*\")?\s*\))"
"""A wikilink (group 2), or a Markdown link (text 3, address 4): a link to a note counts as one."""
_EMOJI = "\u00a9\u00ae\u200d\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
_TAG = rf"(?:^|(?<=[\s(]))#((?:[\w/-]|[{_EMOJI}])+)"
_TAGS_ALONE = rf"(?:#[ ]?(?:[\w/-]|[{_EMOJI}])+\s*)+"
"""A paragraph of tags and nothing else, `# Robotics` (a tag a contacts plugin wrote with a space) too."""
# Compiled when first used: a process that reads a plain note or two (a build after one change)
# needs none of them, and would compile them on importing the reader.
_leading_mark = cache(partial(re.compile, _LEADING_MARK))
_any_link = cache(partial(re.compile, _ANY_LINK))
_tag = cache(partial(re.compile, _TAG))
_tags_alone = cache(partial(re.compile, _TAGS_ALONE))
_FIELD_LINE = re.compile(r"^\s*(?:\*\*|__|\*|_)?([^\W\d][\w .-]{0,40}?)(?:\*\*|__|\*|_)?\s*::\s*(.*)$")
"""A Dataview inline field or Logseq property at the start of a line: `Birthday:: 1966-12-06`."""
_DATE_MASK = re.compile(r"^(?:YYYY|YY|MM|DD|M|D)(?:[-./ ](?:YYYY|YY|MM|DD|M|D))+$", re.IGNORECASE)
"""A template's date mask left in a value: `YYYY-MM-DD`, `DD.MM.YYYY`."""
_NOT_PEOPLE_STEMS = {"readme", "index", "_index"}
_MAP_WORDS = {"moc", "index", "dashboard"}
"""A note named or tagged with one of these maps other notes (`People MOC`, `#moc`): no one."""
_STEM_WORDS = re.compile(r"[^\W_]+")
_BACKTICKS = re.compile(r"`+")
# MULTILINE: an unclosed comment ends at its line end (else each start scans the text: quadratic).
_COMMENT = re.compile(r"<!--.*?(?:-->|$)|%%.*?(?:%%|$)", re.MULTILINE)
_FIELD_DATE = re.compile(rf"(?<![\w-])[\w-]+::\s*({DATE})")  # lookbehind: linear time
_MET = re.compile(r"(?:^|[\s(\[])met::", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, with line ends made `\\n`, and the problem met while decoding it, if any."""

    text: str
    problem: Problem | None = None
    binary: bool = False
    """NUL bytes and not UTF-8: no text at all (a program or an image renamed `.md`)."""


def decode(file: str, data: bytes) -> Decoded:
    """UTF-8 (BOM or not), UTF-16 with its BOM, else Windows-1252 with a problem at the first line
    that is not UTF-8."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = data.decode("utf-16", "replace").encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problem = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = Problem(file, line, "not UTF-8: read as Windows-1252")
        text = data.decode("cp1252", errors="replace")
        if b"\x00" in data:  # no text encoding writes NUL bytes (UTF-16 was decoded above)
            return Decoded(text, Problem(file, 0, "binary file, not read"), binary=True)
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
    closing = _CLOSING.search(text, first_end)
    if closing is None:
        return Split(None, text, 0)
    start = closing.start() + 1
    return Split(text[first_end + 1 : start], text[closing.end() + 1 :], text.count("\n", 0, start) + 1)


_CLOSING = re.compile(r"\n(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)
"""The line that closes front matter, after its `\\n`: `---` or `...`, then only white space.
(Searched for by its `\\n`: a pattern that starts with `^` is tried at every position.)"""


def yaml_is_fast() -> bool:
    """Does PyYAML have its C loader here? Without it front matter reads several times slower."""
    import yaml

    return hasattr(yaml, "CSafeLoader")


def load_yaml(file: str, split: Split) -> tuple[dict[str, object], Problem | None]:
    """The front matter as a dict with lower-case keys; a YAML error is a problem at its line."""
    if split.front is None or not split.front.strip():
        return {}, None
    front = _hash_tags_quoted(split.front) if "#" in split.front else split.front
    flat = read_flat(front)
    if flat is not None:
        return {str(key).strip().lower(): value for key, value in flat.items()}, None
    import yaml

    last_line = split.body_line - 1  # the last line of YAML, 1-based
    try:
        data = _load_front(front)
    except TooComplex as exc:
        line = min(exc.line + 2, last_line) if exc.line is not None else 2
        return {}, Problem(file, max(line, 2), f"front matter is too complex to read: {exc.problem}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = min(mark.line + 2, last_line) if mark is not None else 2
        reason = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
        link = WIKILINKS.search(split.front.split("\n")[max(line, 2) - 2])
        hint = f'; put links in quotes: "{link[0]}"' if link else ""
        return {}, Problem(file, max(line, 2), f"front matter is not valid YAML: {reason}{hint}")
    except (RecursionError, MemoryError):
        return {}, Problem(file, 2, "front matter is too deeply nested to read")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, Problem(file, 2, "front matter is not a set of keys and values")
    return {str(key).strip().lower(): value for key, value in data.items()}, None


_HASH_TAGS = re.compile(
    rf"^((?:{'|'.join(FIELDS['tags'])})[ \t]*:[ \t]+)(#\S.*?|\[[^\[\]\n]*\])[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A top-level tags line whose value is Obsidian's `#tag`s (`tags: #person #work`) or a flow list."""


def _hash_tags_quoted(front: str) -> str:
    """The front matter with `tags: #person` and `tags: [#a, #b]` in quotes: YAML reads the first
    as a comment (no tags) and the second as broken, but people write tags so (docs/format.md).
    One line stays one line: a problem's line number holds."""
    return _HASH_TAGS.sub(_quote_tags, front)


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


@cache
def _keys(name: str, synonyms: tuple[str, ...]) -> tuple[str, ...]:
    return FIELDS[name] + tuple(k.lower() for k in synonyms)


Fields = dict[str, list[object]]
"""The front matter by typed field (`FIELDS`): each field's values, in the order of its keys."""


def _fields(meta: dict[str, object], config: Config) -> Fields:
    """The front matter's values by field, in one pass over its keys."""
    table = _synonym_table(config)
    found: dict[str, list[tuple[int, object]]] = {}
    for key, value in meta.items():
        for name, rank in _meanings(key, table):
            found.setdefault(name, []).append((rank, value))
    return {name: [value for _, value in sorted(ranked, key=_rank)] for name, ranked in found.items()}


def _rank(ranked: tuple[int, object]) -> int:
    return ranked[0]


@cache
def _key_table(synonyms: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each front-matter key vaultnet reads, as written and `_folded_key`: the fields it means,
    and its rank among each one's keys."""
    extra = dict(synonyms)
    keys = {name: tuple(dict.fromkeys(_keys(name, extra.get(name, ())))) for name in FIELDS}
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for spelt in (str, _folded_key):  # a key as written ranks as written, before any folded one
        for name, names in keys.items():
            for rank, key in enumerate(names):
                table[spelt(key)].setdefault(name, rank)
    return {key: tuple(fields.items()) for key, fields in table.items()}


def _synonym_table(config: Config) -> dict[str, tuple[tuple[str, int], ...]]:
    """`_key_table` with the configuration's synonyms."""
    return _key_table(tuple(sorted(config.synonyms.items())) if config.synonyms else ())


def _meanings(key: str, table: dict[str, tuple[tuple[str, int], ...]]) -> tuple[tuple[str, int], ...]:
    """The fields a key means in the synonym table (`_synonym_table`), with its rank in each."""
    return table.get(key) or table.get(_folded_key(key), ())


def _folded_key(key: str) -> str:
    """A key with its words run together: `contact_frequency`, `keep-in-touch`, `Last Contact`
    and `lastcontact` are one key."""
    return key.replace("_", "").replace("-", "").replace(" ", "")


def _first(values: list[object], convert: Callable[[object], object]) -> object:
    for value in values:
        converted = convert(value)
        if converted is not None:
            return converted
    return None


def _texts(values: Iterable[object]) -> list[str]:
    return [text for value in values for text in as_list(value)]


def _wikilinks(value: object) -> list[str]:
    """Every wikilink target inside a front-matter value, however nested, but a day's
    (`last_contact: [[2026-11-28]]` is a date, not someone the person is linked to)."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _wikilinks(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _wikilinks(v)]
    if isinstance(value, str) and "[[" in value:  # most values hold none: skip the regex
        targets = (link_target(m[2]) for m in WIKILINKS.finditer(value) if not m[1])
        return [t for t in targets if not is_day(t)]
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


def _links(line: str, base: str = "") -> list[str]:
    """The notes a line links to, in order: wikilinks and Markdown links to notes, embeds excluded.
    `base`: the folder of the note the line is in, for a relative Markdown link (`../People/x.md`)."""
    if "](" not in line:
        if "[[" not in line:  # most lines: skip the regex
            return []
        # Wikilinks only: each one's target read by the regex (`link_target`, with no call).
        # Interned: a name linked from thousands of notes is then kept in memory once.
        return [intern(t) for raw in _WIKILINK_TARGET.findall(line) if (t := raw.strip().removesuffix(".md"))]
    return [intern(t) for m in _any_link().finditer(line) if not m[1] and (t := _target(m, base))]


_WIKILINK_TARGET = re.compile(r"\[\[(?<!!\[\[)([^\[\]|#^]*)[^\[\]]*\]\]")
"""`_ANY_LINK`'s wikilinks less embeds, in a line with no Markdown link: the text before any
`|`, `#` or `^` (what `link_target` keeps before stripping it). The embed's `!` is looked
behind for after the `[[`: a pattern that starts with its literal is searched for it."""


def _target(match: re.Match[str], base: str) -> str | None:
    """The note a link match points at, or None (an external or empty Markdown link)."""
    if match[2] is not None:
        return link_target(match[2]) or None
    address = match[4]
    if address.startswith("<"):
        address = address[1:-1]
    if "://" in address or address.lower().startswith(("mailto:", "#")):
        return None
    path = unquote(address.split("#", 1)[0]).strip()
    if not path.lower().endswith(".md"):
        return None
    path = path[:-3]
    if path.startswith(("./", "../")):
        path = posixpath.normpath(posixpath.join(base, path))
        if path.startswith("../"):
            path = path.rsplit("/", 1)[-1]
    return path.lstrip("/") or None


def _template(line: str, base: str) -> tuple[str, list[str]]:
    """The line with each link to a note made a slot for the words (`words.slot`), and the
    targets in slot order; other links keep their text, embeds go."""
    targets: list[str] = []
    if "[[" not in line and "](" not in line:  # most log entries: no link to make a slot of
        return line, targets

    def slot(match: re.Match[str]) -> str:
        target = None if match[1] else _target(match, base)
        if target is None:
            return " " if match[1] or match[2] is not None else f" {match[3]} "
        targets.append(intern(target))
        return phrases.slot(len(targets) - 1)

    return _any_link().sub(slot, line), targets


def _tags(line: str) -> list[str]:
    if "#" not in line:
        return []
    return [t for m in _tag().finditer(line) if not (t := as_tag(m[1])).replace("/", "").isdigit()]


def _front_tags(values: list[object], spaced: bool) -> list[str]:
    """The tags of the front matter (`spaced`: a space parts them too), or of Logseq's `tags::`,
    which only commas part: a Logseq tag is a page, and may hold spaces (`close friend`,
    `[[book club]]`, `#[[night owls]]`)."""
    if spaced:
        return [as_tag(tag) for text in _texts(values) for tag in text.split()]
    return [as_tag(tag) for text in _texts(values) for tag in _page_tags(text)]


def _page_tags(text: str) -> list[str]:
    if text.startswith("#") and not text.startswith("#[[") and " " in text:
        return text.split()  # `#person #founder`: tags, each a word
    return [unwrap_link(text.lstrip("#"))]


def _matches_tag(tags: Iterable[str], wanted: Iterable[str]) -> bool:
    wanted = tuple(wanted)
    return any(tag == w or tag.startswith(w + "/") for tag in tags for w in wanted)


def _type_words(values: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for value in values:
        word = value.strip().lower()
        words.update((word, word.removesuffix("s")))
    return words


def _name(meta: dict[str, object], fields: Fields, stem: str, title: str = "", body: str = "") -> str:
    """The `name` (or a synonym), else Logseq's `title::` page property (of a namespaced title,
    `people/Dana Reyes`, the last part: a link to the whole title finds her by it, as a link to
    a path finds a note by its stem), else the name's parts, else a front-matter `title:` that
    spells the stem (`maria-gonzalez.md` titled `María González`: any other title is a job's),
    else the heading that spells a slug-named note's stem (`_slug_title`, in the `body` given),
    else the file's stem, without the `@` some owners put before a person's (`@Ana Ruiz.md`,
    so that `[[@` lists only people). The name's parts are a vCard's (`N.GN`, `N.FN`) or,
    nested in `name`, a contact plugin's (`first`, `last`)."""
    name = _first(fields.get("name", []), as_text)
    if isinstance(name, str):
        return name
    title = title.rsplit("/", 1)[-1].strip()
    if title:
        return title
    parts = meta.get("name")
    if isinstance(parts, dict):  # the Contacts plugin's `name:` of `first:` and `last:`
        named = {str(key).lower(): value for key, value in parts.items()}
        given, family = (as_text(named.get(k) or named.get(also)) for k, also in _NAME_PARTS)
    else:
        given, family = as_text(meta.get("n.gn")), as_text(meta.get("n.fn"))
    front_title = as_text(meta.get("title"))
    return (
        " ".join(p for p in (given, family) if p)
        or (front_title if front_title and spells(front_title, stem) else "")
        or _slug_title(stem, body)
        or _slug_alias(stem, fields.get("aliases", []))
        or (stem[1:] if stem[:1] == "@" and stem[1:2].isalnum() else stem)
    )


_NAME_PARTS = (("first", "given"), ("last", "family"))


def _slug_title(stem: str, body: str) -> str:
    """A slug-named note's (`sam-park.md`) first heading of the first level (`# Sam Park`), when
    it spells the slug: the name its owner writes, where the file's is for links. Else ""."""
    if " " in stem or ("-" not in stem and "_" not in stem) or "# " not in body:
        return ""
    heading = _FIRST_TITLE.search(body)
    title = heading_words(heading[1]).strip() if heading else ""
    return title if title and spells(title, stem) else ""


def _slug_alias(stem: str, aliases: Iterable[object]) -> str:
    """A slug-named note's first alias that spells the slug (`bob-lee.md` with `aliases: [Bob
    Lee, Bob]`: Bob Lee), as Obsidian owners name a note for links and its person by alias."""
    if " " in stem or ("-" not in stem and "_" not in stem):
        return ""
    return next((alias for alias in _texts(aliases) if spells(alias, stem)), "")


def spells(title: str, stem: str) -> bool:
    """Does `title` spell the file name `stem`, as a slug or as written (`María González`:
    `maria-gonzalez`, `Maria Gonzalez`)? Then it is the note's title."""
    return slugged(title) == slugged(stem)


_FIRST_TITLE = re.compile(r"^# +(.+)$", re.M)


def _facts(meta: dict[str, object], fields: Fields) -> list[str]:
    facts = [f"{t}" for t in _texts(fields.get("facts", []))]  # a birthday is card data, not a fact (1.5)
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


_FIELD_DIRECTION = re.compile(r"[\[(]direction::\s*(\w+)\s*[\])]", re.IGNORECASE)


def _said_direction(text: str, tags: Iterable[str]) -> Direction | None:
    """The direction an entry or a line states in a field or a tag of its own, as a mark would:
    a Dataview field (`[direction:: inbound]`, `(direction:: outbound)`), else `#inbound`,
    `#outbound` or `#mutual`."""
    if "::" in text and (field := _FIELD_DIRECTION.search(text)):
        return _direction_word(field[1])
    return next(filter(None, map(_direction_word, tags)), None)


Entry = tuple[dt.date, Direction, int, str, tuple[str, ...], bool, tuple[str, ...]]
"""An entry of a log as `Mention`'s first fields: made a Mention only in a person's note, once its
words are read (most notes are people's, and most of their entries are read from their words)."""


@dataclass
class _Body:
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
    one of the card's (`_card_fields`)."""
    bad_dates: list[Problem]
    """Entries whose date cannot be read (`2026-02-30`, `11/01/2026`): problems in a person's note."""
    note_tags: list[str]
    """Tags on a line of their own outside lists (`#broadcast`, `#daily #meeting`): they tag the
    note as a whole, where a tag at the end of a line describes that line."""


def _field_key(raw: str) -> str:
    """A key as written in the body (`**Last contact**`, `Last chat`) as front matter spells it."""
    return "_".join(raw.strip(" *_").lower().split())


def _logseq_task(block: Block) -> Block:
    """An item opening with a Logseq task word (`DONE`, `TODO`, ...) as the task box it means."""
    first_line, first_text = block.lines[0]
    word = first_text.split(None, 1)[0] if first_text[:1].isupper() else ""
    task = _TASK_WORDS.get(word)
    if task is None:
        return block
    rest = first_text[len(word) :].lstrip()
    return block._replace(task=task, lines=((first_line, rest), *block.lines[1:]))


_Section = tuple[int, int]
"""An About/Facts/... or Interests section a body's reader is in (spec 1.5), as the heading level
and the list depth of what opened it: a heading (its level; the depth of the item it is written
in, 0 at the margin), or an item of the section's word alone with items under it (an outline's
`- About`, as Logseq writes one: `_ITEM_SECTION`, its depth). (0, 0) for none."""
_NO_SECTION: _Section = (0, 0)
_ITEM_SECTION = 7
"""The level of a section an item opens: under every heading's."""


def _ends(section: _Section, heading: int, depth: int) -> bool:
    """Does a heading (`heading`: its level), an item or a paragraph (`heading` 0) at list depth
    `depth` end an open section? One opened at the margin ends at a heading as high as its own;
    one opened in a list, at whatever is not inside its item."""
    level, at = section
    return depth <= at if at else 0 < heading <= level


def _titles(lines: tuple[tuple[int, str], ...]) -> bool:
    """Are these an item's lines that may name a section: one line, or one and its properties?"""
    return len(lines) == 1 or all("::" in line for _, line in lines[1:])


def _section_word(text: str) -> str:
    """The word an item of one line says, as a section's name (`About`, `**Facts:**` → about)."""
    return text.strip(_SECTION_TRIM).lower() if len(text) < 24 else ""


_SECTION_TRIM = MD_TRIM + "*_:"


def _read_body(file: str, blocks: list[Block], offset: int, dated: bool, base: str = "") -> _Body:
    """One pass over a body's blocks. `dated`: the note may be a dated note, which reads each
    line outside its entries, so keep them in `lines`."""
    body = _Body([], [], [], [], [], [], [], {}, {}, {}, [], [])
    facts = interests = _NO_SECTION
    dated_section: tuple[int, dt.date] | None = None  # the level and day of the dated heading above
    blocks = who_marked(log_paragraphs(blocks))
    for index, (block, year) in enumerate(zip(blocks, years_in_force(blocks), strict=True)):
        kind, lines, task, level, first, depth = block
        first_line, first_text = lines[0]
        if kind == "heading" and dated_section and level <= dated_section[0]:
            dated_section = None
        if kind == "item" and task is None and first and first_text[:1].isupper():
            block = _logseq_task(block)  # a task word (`DONE`, `TODO`, ...) is in capitals
            lines, task = block.lines, block.task
            first_line, first_text = lines[0]
        if kind != "heading" and ("::" in first_text or (len(lines) > 1 and "::" in block.text)):
            _body_fields(body, block, offset, opening=index == 0)
        elif kind == "row" and first_text.count("|") >= 2:
            _row_field(body, first_text, first_line + offset + 1)
        elif kind != "heading":
            for number, line in lines:
                _colon_line(body, line, number + offset + 1)
        read_as = None  # the fact and interest levels of an item that may name a section
        if kind != "row" and "::" not in first_text:  # Logseq writes a bullet's properties under it
            heading, at = (level, depth) if kind == "heading" else (0, level)
            facts = _NO_SECTION if facts[0] and _ends(facts, heading, at) else facts
            interests = _NO_SECTION if interests[0] and _ends(interests, heading, at) else interests
        if kind == "heading":
            said = heading_words(first_text).lower()
            facts = (level, depth) if said in _FACT_HEADINGS else facts
            interests = (level, depth) if said in _INTEREST_HEADINGS else interests
            head = first_text
        else:
            head = first_text.lstrip("| ")
            if kind == "row" and "|" in head:  # `| 2026-11-20 |  | <- she called |`: a cell left blank
                head = _BLANK_CELLS.sub("|", head)
            if kind == "item" and first and task is None and "::" not in first_text and _titles(lines):
                facts, interests, read_as = _item_sections(first_text, level, facts, interests)
        fact_level, interest_level = read_as or (facts[0], interests[0])
        if kind == "paragraph" and level and not first_text.startswith("|"):
            entry = None  # an item's paragraph is no entry (a table row pasted as text may be)
        else:
            start = head.lstrip()[:1]
            opens = may_open_entry(head, start)
            entry = entry_head(head, year) if opens else None
            if entry is None and task in _DONE and (done := _done_first(head)) is not None:
                head, entry = done, entry_head(done)
            if entry is None and start.isdigit() and first and (task is None or task in _DONE):
                _bad_date(body, file, head, first_line + offset + 1)
            logged = first and task is None and kind != "paragraph" and not (fact_level or interest_level)
            if entry is None and opens and year is None and logged:
                _yearless_day(body, file, head, first_line + offset + 1, kind == "heading")
        text = _clean(_said(block)) if task == " " or fact_level or interest_level else ""
        if task == " " and kind == "item":
            body.follow_ups.append(_follow_up(file, first_line + offset + 1, text, base))
        if entry and first and (task is None or task in _DONE):
            date, written, mark, end = entry
            if date is None:
                message = (
                    f"'{written}' is not a day: expected a real date as YYYY-MM-DD; the entry is not read"
                )
                body.bad_dates.append(Problem(file, first_line + offset + 1, message))
            else:
                rest = head[end:]
                if "`" in rest or "<!--" in rest or "%%" in rest:
                    rest = _clean(rest)
                rest = rest.strip().strip("|").strip()
                after_date = rest
                if len(lines) > 1:
                    after_date = "\n".join([rest, *(_clean(line) for _, line in lines[1:])])
                links = _links(after_date, base)
                tags = _tags(after_date) if "#" in after_date else []
                broadcast = "broadcast" in tags
                if not broadcast:
                    body.links.extend(links)
                body.entries.append(
                    (
                        date,
                        _DIRECTIONS[mark] if mark else "unknown",
                        first_line + offset + 1,
                        intern(rest),
                        tuple(links),
                        broadcast,
                        tuple(sorted(set(tags))) if tags else (),
                    )
                )
                if dated:  # a dated note reads an item of its own date as any line, on that date
                    body.lines.append((first_line + offset + 1, f"{mark or ''} {rest}", block, date))
                    body.lines.extend((n + offset + 1, _clean(line), block, date) for n, line in lines[1:])
                if kind == "heading":
                    dated_section = (level, date)
                continue
        # An open task under About is something to do (a follow-up), not something known.
        if kind == "item" and task != " " and (fact_level or interest_level) and (fact := text.strip()):
            if fact_level:
                body.facts.append(fact)
            if interest_level:
                body.interests.append(fact)
        elif kind == "paragraph" and not level and fact_level and (fact := _paragraph_fact(text)):
            body.facts.append(fact)
        # Under a dated heading (`## 2026-11-18` in a weekly note), its day; a nested item has
        # the day of the item it is in (`_dated_mentions`), which may be a day of its own.
        day = dated_section[1] if dated_section and (kind != "item" or (level == 1 and first)) else None
        for number, line in lines:
            cleaned = _clean(line) if "`" in line or "<!--" in line or "%%" in line else line
            if dated:
                body.lines.append((number + offset + 1, cleaned, block, day))
            _plain_words(body, cleaned, kind == "paragraph" and not level, base)
    return body


_BULLETS = frozenset(("- ", "* ", "+ "))
_NOT_FAST = ("`", "::", "<!--")
"""What `_read_plain_body` leaves to `_read_body`: code spans and comments (`_clean`) and fields."""


_DONE_ON = re.compile(rf"\s*(?:✅\uFE0F?\s*|\[completion::\s*)({DATE})\]?")
"""The day a task was done, as the Tasks plugin writes it (`✅ 2026-11-20`, or Dataview's
`[completion:: 2026-11-20]`)."""


_BLANK_CELLS = re.compile(r"(?<!\\)\|(?:[ \t]*(?<!\\)\|)+")
"""A table row's bar and the blank cells after it (`|  |  |`), as one bar."""


def _done_first(head: str) -> str | None:
    """A done task's text with the day it was done moved in front of it, as a log entry's
    (`Call Sam ✅ 2026-11-20` → `2026-11-20 Call Sam`); None when it tells no such day."""
    if "✅" not in head and "[completion::" not in head:
        return None
    done = _DONE_ON.search(head)
    if done is None or date_prefix(done[1]) is None:
        return None
    return f"{done[1]} {head[: done.start()]}{head[done.end() :]}".rstrip()


def _read_plain_body(file: str, text: str, offset: int, base: str) -> _Body | None:
    """`_read_body(file, parse_blocks(text), offset, False, base)` in one pass over the lines,
    with no block made, for a body of headings, one-line items and paragraphs (`plain_blocks`'
    shape, less fields, code, comments, Logseq task words and lines that continue an item);
    None for any other body. tests/test_plain.py holds it to `_read_body`."""
    lines = None if any(mark in text for mark in _NOT_FAST) else plain_lines(text)
    if lines is None:
        return None
    body = _Body([], [], [], [], [], [], [], {}, {}, {}, [], [])
    facts = interests = _NO_SECTION
    items: list[tuple[int, int]] = []  # each open item's content column and its list's column
    in_item = False  # the line before is an item's: a line of text after it would continue it
    para: list[str] | None = None  # the open paragraph's lines (an item's never: it has one)
    start = 0
    for index, raw in enumerate(lines):
        if raw[:2] in _BULLETS:  # the commonest line: an item at the margin, which closes every list
            if para is not None and not _plain_paragraph(body, para, start + offset, base, facts[0]):
                return None
            para, in_item = None, True
            items.clear()
            items.append((2, 0))
            facts = _NO_SECTION if facts[1] else facts  # opened in a list: this item is not in it
            interests = _NO_SECTION if interests[1] else interests
            plain = PLAIN_ENTRY.match(raw, 2)  # and most often a log line: `- 2026-11-02 · text`
            if (
                plain is not None
                and (day := date_prefix(plain[1])) is not None
                and _plain_log_line(body, day, raw[plain.end() :], index + offset + 1, base)
            ):
                continue
            facts, interests, item_sections = _item_sections(raw[2:], 1, facts, interests)
            if not _plain_item(body, file, raw[2:].strip(MD_TRIM), index + offset + 1, *item_sections, base):
                return None
            continue
        if raw[:1] == " " and (rest := raw.lstrip(" "))[1:2] == " " and rest[0] in "-*+":
            col, item = len(raw) - len(rest), rest[2:]
        else:
            col, item = 0, None
        if item is not None:  # a nested bullet item, as `plain_blocks` nests it
            if in_item and col < items[-1][0] and col - items[-1][1] >= 4:
                return None  # a lazy continuation line, not an item (markdown-it's list rule)
            if para is not None and not _plain_paragraph(body, para, start + offset, base, facts[0]):
                return None
            para = None
            while items and col < items[-1][0]:
                items.pop()
            container = items[-1][0] if items else 0
            if col - container >= 4 or len(items) >= 6:
                return None  # indented code, or deep nesting: left to the blocks
            items.append((col + 2, container))
            in_item = True
            depth = len(items)
            facts = _NO_SECTION if facts[1] >= depth else facts
            interests = _NO_SECTION if interests[1] >= depth else interests
            plain = PLAIN_ENTRY.match(raw, col + 2)
            if (
                plain is not None
                and (day := date_prefix(plain[1])) is not None
                and _plain_log_line(body, day, raw[plain.end() :], index + offset + 1, base)
            ):
                continue
            facts, interests, item_sections = _item_sections(item, depth, facts, interests)
            if not _plain_item(body, file, item.strip(MD_TRIM), index + offset + 1, *item_sections, base):
                return None
        elif not raw.strip(" \t"):  # a blank line
            if para is not None and not _plain_paragraph(body, para, start + offset, base, facts[0]):
                return None
            para, in_item = None, False
        elif raw[0] == "#":
            if para is not None and not _plain_paragraph(body, para, start + offset, base, facts[0]):
                return None
            para, in_item = None, False
            items.clear()
            heading = atx_heading(raw)
            if heading is None:
                return None  # never: plain_lines lets only headings start with `#`
            level, words = heading
            said = heading_words(words).lower()
            if heading_period(said):
                return None  # a log grouped by year or month, its days without one: to the blocks
            facts = _NO_SECTION if facts[0] and _ends(facts, level, 0) else facts
            interests = _NO_SECTION if interests[0] and _ends(interests, level, 0) else interests
            facts = (level, 0) if said in _FACT_HEADINGS else facts
            interests = (level, 0) if said in _INTEREST_HEADINGS else interests
            _plain_heading(body, file, words, index + offset + 1, base, bool(facts[0] or interests[0]))
        elif in_item:
            return None  # a line that continues an item: left to the blocks
        elif para is None:
            items.clear()  # text at the margin closes every list, and every section opened in one
            facts = _NO_SECTION if facts[1] else facts
            interests = _NO_SECTION if interests[1] else interests
            para, start = [raw], index
        else:
            para.append(raw)
    if para is not None and not _plain_paragraph(body, para, start + offset, base, facts[0]):
        return None
    return body


def _item_sections(
    text: str, depth: int, facts: _Section, interests: _Section
) -> tuple[_Section, _Section, tuple[int, int]]:
    """The sections after an item of one line at list `depth` (an item of a section's word alone
    opens it, when it is not open), and the fact and interest levels the item is read under:
    none for the item that opened one, its name and no fact."""
    said = _section_word(text)
    titled = False
    if not facts[0] and said in _FACT_HEADINGS:
        facts, titled = (_ITEM_SECTION, depth), True
    if not interests[0] and said in _INTEREST_HEADINGS:
        interests, titled = (_ITEM_SECTION, depth), True
    return facts, interests, ((0, 0) if titled else (facts[0], interests[0]))


def _plain_item(body: _Body, file: str, text: str, line: int, facts: int, interests: int, base: str) -> bool:
    """One item of one line, as `_read_body` reads its block (`facts`, `interests`: under such
    a heading). False for an item opening with a Logseq task word, or a done task that says when
    it was done, which this path leaves."""
    task = None
    if text[:1] == "[":
        task, text = split_task(text)
        if task in _DONE and "✅" in text:
            return False  # the day it was done may make it an entry: to the blocks
    elif text[:1].isupper() and text.split(None, 1)[0] in _TASK_WORDS:
        return False
    _colon_line(body, text, line)
    head = text.lstrip("| ")
    start = head.lstrip()[:1]
    opens = may_open_entry(head, start)
    entry = entry_head(head) if opens else None
    if entry is None and start.isdigit() and (task is None or task in _DONE):
        _bad_date(body, file, head, line)
    if entry is None and opens and task is None and not (facts or interests):
        _yearless_day(body, file, head, line)
    said = text if task == " " or facts or interests else ""
    if task == " ":
        body.follow_ups.append(_follow_up(file, line, said, base))
    if entry and (task is None or task in _DONE) and _plain_entry(body, file, head, entry, line, base):
        return True
    if task != " " and (facts or interests) and (fact := said.strip()):
        if facts:
            body.facts.append(fact)
        if interests:
            body.interests.append(fact)
    _plain_words(body, text, False, base)
    return True


def _plain_heading(body: _Body, file: str, text: str, line: int, base: str, known: bool) -> None:
    """A heading's line, as `_read_body` reads its block (a heading may open an entry; `known`:
    under About, Facts, ...)."""
    start = text.lstrip()[:1]
    opens = may_open_entry(text, start)
    entry = entry_head(text) if opens else None
    if entry is None and start.isdigit():
        _bad_date(body, file, text, line)
    if entry is None and opens and not known:
        _yearless_day(body, file, text, line, heading=True)
    if entry and _plain_entry(body, file, text, entry, line, base):
        return
    _plain_words(body, text, False, base)


def _plain_paragraph(body: _Body, para: list[str], start: int, base: str, facts: int) -> bool:
    """A paragraph's lines at the margin (`start`: its first line's 0-based line in the file),
    cut as `plain_blocks` cuts them (`facts`: under such a heading); False for one that opens
    with `|` (a row to the blocks)."""
    lines = [para[0].strip(MD_TRIM)] if len(para) == 1 else "\n".join(para).strip(MD_TRIM).split("\n")
    if lines[0].startswith("|") or any(map(opens_day, lines)):
        return False  # a row, or a log written as lines of text: to the blocks
    if facts and (fact := _paragraph_fact("\n".join(lines))):
        body.facts.append(fact)
    for number, line in enumerate(lines, start + 1):
        _colon_line(body, line, number)
        _plain_words(body, line, True, base)
    return True


def _paragraph_fact(text: str) -> str:
    """A paragraph under an About, Facts, ... heading, as one fact: its lines, each stripped; ""
    for a paragraph of tags alone (the note's; a contacts plugin writes a category with a space
    in it as `# Robotics`). The spec counts list items only; owners write what they know as
    prose as often (`Met at the climbing gym; two kids, Mia and Leo.`)."""
    fact = "\n".join(line.strip() for line in text.strip().split("\n"))
    return "" if "#" in fact and _tags_alone().fullmatch(fact) else fact


def _plain_words(body: _Body, line: str, paragraph: bool, base: str) -> None:
    """A line's tags and links, gathered into `body`; `paragraph`: the line is of a paragraph at
    the margin, whose tags, when it holds nothing else, are the note's own."""
    if "#" in line:
        tags = _tags(line)
        body.tags.extend(tags)
        if paragraph and tags and not _tag().sub("", line).strip():
            body.note_tags.extend(tags)
    if "[[" in line or "](" in line:
        body.links.extend(_links(line, base))


def _plain_log_line(body: _Body, day: dt.date, text: str, line: int, base: str) -> bool:
    """`_plain_entry` for an item `PLAIN_ENTRY` reads whole: a real day, no mark, the text after
    (`text`: as it ends the line, which `strip` cuts as `plain_blocks` would and more). False,
    and nothing read, when the text is only links to the days either side: no entry."""
    rest = text.strip().strip("|").strip()
    if rest[:1] in DAYS_OPEN and days_either_side(text):
        return False
    links = _links(rest, base) if "[[" in rest or "](" in rest else []
    tags = _tags(rest) if "#" in rest else []
    broadcast = "broadcast" in tags
    if links and not broadcast:
        body.links.extend(links)
    body.entries.append(
        (
            day,
            "unknown",
            line,
            intern(rest),
            tuple(links),
            broadcast,
            tuple(sorted(set(tags))) if tags else (),
        )
    )
    return True


def _plain_entry(body: _Body, file: str, head: str, entry: EntryHead, line: int, base: str) -> bool:
    """An entry of one line, as `_read_body` reads it; False for a day that is no day (a problem,
    and the line is read as any other)."""
    date, written, mark, end = entry
    if date is None:
        message = f"'{written}' is not a day: expected a real date as YYYY-MM-DD; the entry is not read"
        body.bad_dates.append(Problem(file, line, message))
        return False
    rest = head[end:].strip().strip("|").strip()
    links = _links(rest, base)
    tags = _tags(rest) if "#" in rest else []
    broadcast = "broadcast" in tags
    if not broadcast:
        body.links.extend(links)
    direction: Direction = _DIRECTIONS[mark] if mark else "unknown"
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
    return True


def _heading(blocks: list[Block]) -> str:
    """The note's first heading, when it says more than a date: a daily note's people listed in
    its front matter are told of by it (`# Phone call`)."""
    text = next((heading_words(b.text) for b in blocks if b.kind == "heading"), "")
    return "" if date_prefix(text) is not None or named_day(text) is not None else text


def _said(block: Block) -> str:
    """A block's text without the block properties Logseq writes on its own (`collapsed:: true`)."""
    text = block.text
    if "::" not in text:
        return text
    return "\n".join(line for _, line in block.lines if not _logseq_own(line))


def _follow_up(file: str, line: int, text: str, base: str) -> FollowUp:
    """An open task's text as a follow-up: its words, the people it links and the day it is due."""
    return FollowUp(file, line, text.strip(), tuple(_links(text, base)), due=task_due(text))


def _logseq_own(line: str) -> bool:
    match = _FIELD_LINE.match(line) if "::" in line else None
    return match is not None and _field_key(match[1]) in _LOGSEQ_OWN


def _bad_date(body: _Body, file: str, head: str, line: int) -> None:
    """An item, heading or row that opens with a day written as vaultnet cannot be sure of."""
    match = SLASHED.match(head)
    if match:
        message = f"'{match[1]}' is not a date vaultnet can be sure of: write it as YYYY-MM-DD"
        if "." in match[1]:  # as Europe writes a day: the vault's daily format may say so
            message += ", or set daily_format to how you write a day (DD.MM.YYYY)"
        body.bad_dates.append(Problem(file, line, message))


def _yearless_day(body: _Body, file: str, head: str, line: int, heading: bool = False) -> None:
    """An item or heading that opens as a log entry does with a day and no year (`Nov 28: coffee`,
    `3 Oct - called her`, a `heading` of the day alone) under no heading of its year: the reader
    cannot tell which year, so it reads no entry, and says so. A day that runs on into a sentence
    (`May 5th was her wedding`) is no entry's."""
    match = yearless().match(head)
    if match is None:
        return
    rest = head[match.end() :].lstrip("*_ ")
    if rest[:1] in _ENTRY_SEPARATORS or (heading and not rest):
        message = (
            f"'{match[1]}' has no year: write it as YYYY-MM-DD, or put the log under a heading of its "
            "year (### YYYY); the entry is not read"
        )
        body.bad_dates.append(Problem(file, line, message))


_ENTRY_SEPARATORS = frozenset(":—–-·|→←↔<")
"""What sets a log entry's day apart from its text (`<` opens an arrow, `<-`)."""


def _body_fields(body: _Body, block: Block, offset: int, opening: bool) -> None:
    """Inline fields starting the block's lines; in the body's first block, page properties too."""
    leading = opening
    for number, line in block.lines:
        match = _FIELD_LINE.match(line)
        if match is None:
            leading = False
            continue
        key, value = _field_key(match[1]), match[2].strip()
        if leading:
            body.properties.setdefault(key, (value, number + offset + 1))
        body.fields.setdefault(key, (value, number + offset + 1))


def _colon_line(body: _Body, line: str, number: int) -> None:
    """A line of a key, one colon and a value (`**Birthday:** 1990-05-01`, `Company: Acme`), kept
    by its key; `_card_fields` tells which are fields."""
    if said := _key_and_value(line):
        body.colons.setdefault(said[0], (said[1], number))


def _key_and_value(line: str) -> tuple[str, str] | None:
    """A line's key (`_field_key`) and value when it is a key, one colon and a value."""
    match = _COLON_FIELD.match(line) if ":" in line[:_KEY_SPAN] else None
    return (_field_key(match[1]), match[2].rstrip()) if match else None


_COLON_FIELD = re.compile(r"\s*[*_]{0,2}([^\W\d][\w .'-]{0,30}?)[*_]{0,2}:[*_]{0,2}\s+(\S.*)")
_KEY_SPAN = 40
"""How far into a line its key's colon may be."""
_CARD_FIELDS = frozenset(("org", "birthday", "anniversary", "location", "last_contact", "cadence"))
"""What a line may give after one colon: the card's values, which no line of prose opens with. Not
a relation (`Partner: [[Gerald]]`): the spec counts a relation key as a fact, and a line of notes
that names one is no key."""


def _card_fields(colons: dict[str, tuple[str, int]], config: Config) -> dict[str, tuple[str, int]]:
    """The lines of a key and one colon that give a card's value, as a person template writes a
    card in the text (`**Birthday:** 1990-05-01`): those whose key means one of `_CARD_FIELDS`
    (through the synonym table, the configuration's too), their value no template's placeholder.
    Prose opens a line with `Note:` or `Update:`, never with `Birthday:`."""
    table = _synonym_table(config)
    return {
        key: (value, line)
        for key, (value, line) in colons.items()
        if _card_key(key, table) and not (_has_placeholder(value) or _DATE_MASK.match(value))
    }


def _names_of(listed: list[str]) -> dict[str, str]:
    """A dated note's people by the names a task may call them by, written plain: the whole name
    (`Bo Chen`, a link's target less its folder) and the first name (`Bo`) when no one else in
    the note has it."""
    names: dict[str, str] = {}
    firsts: dict[str, set[str]] = defaultdict(set)
    for target in listed:
        name = target.rsplit("/", 1)[-1].strip()
        if name:
            names[name] = target
            firsts[name.split()[0]].add(target)
    for first, targets in firsts.items():
        if len(targets) == 1 and len(first) > 1 and first[0].isupper():
            names.setdefault(first, *targets)
    return names


def _named_plain(follow_up: FollowUp, names: dict[str, str]) -> tuple[str, ...]:
    """A task's people: those it links, and the note's people it names plain (`- [ ] Bo to send
    the deck` in a meeting note Bo is listed in: his follow-up, as `[[Bo]]` would make it)."""
    text = follow_up.text
    found = [target for name, target in names.items() if name in text and _whole_word(name, text)]
    return tuple(dict.fromkeys((*follow_up.targets, *found))) if found else follow_up.targets


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _people_lines(colons: dict[str, tuple[str, int]], config: Config) -> dict[str, tuple[str, int]]:
    """The lines of a key and one colon that list a dated note's people (`Attendees: [[Ana]],
    Bo`, `**Participants:** ...`), as its front matter would: a meeting note's template often
    writes them in the text."""
    table = _synonym_table(config)
    return {
        key: said
        for key, said in colons.items()
        if any(name == "people" for name, _ in _meanings(key, table))
    }


def _card_key(key: str, table: dict[str, tuple[tuple[str, int], ...]]) -> bool:
    """Does `key` (`_field_key`) mean one of `_CARD_FIELDS`?"""
    return any(name in _CARD_FIELDS for name, _ in _meanings(key, table))


def _without_card_lines(fact: str, table: dict[str, tuple[tuple[str, int], ...]]) -> str:
    """A fact's lines less those of a card's key and one colon (`Birthday: DD.MM.YYYY` too)."""
    lines = fact.split("\n")
    kept = [line for line in lines if not ((said := _key_and_value(line)) and _card_key(said[0], table))]
    return fact if len(kept) == len(lines) else "\n".join(kept)


def _row_field(body: _Body, row: str, line: int) -> None:
    """A two-column table row `| Last chat | 2022-12-06 |` as a field."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    if len(cells) == 2 and cells[0] and cells[1] and not cells[0][:1].isdigit():
        body.fields.setdefault(_field_key(cells[0]), (cells[1], line))


def _dated_mentions(
    body: _Body,
    date: dt.date | None,
    note_direction: Direction | None,
    meeting: bool,
    base: str,
    words: phrases.Table,
    broadcast: bool = False,
) -> list[Mention]:
    """Each line of a dated note that names people is one mention on the note's date, or on
    the date its item starts with (one per way its people are named: the words may say
    different things of each). `broadcast`: the note is tagged `#broadcast`, so every line is.
    `date` None: an undated note, of which only the dated items (and their children) count."""
    mentions: list[Mention] = []
    item_marks: dict[int, str | None] = {}
    item_days: dict[int, dt.date | None] = {}
    ancestors: list[Block] = []  # the open items, outermost first: a nested item belongs to them
    for line_number, line, block, own_day in body.lines:
        if block.kind == "item" and block.first and (not ancestors or ancestors[-1] is not block):
            del ancestors[block.level - 1 :]
            ancestors.append(block)
        elif block.kind != "item" and block.first:
            ancestors.clear()
        if any(a.task is not None and a.task not in _DONE for a in ancestors):
            continue  # an open or cancelled task, or a line inside one
        if block.task is not None and block.task not in _DONE:
            continue
        mark_match = _leading_mark().match(line)
        mark = mark_match[1] if mark_match else None
        if block.kind == "item":
            # A mark at the start of an item covers the item's later lines, and its children.
            if mark is None:
                mark = item_marks.get(id(block)) or next(
                    (m for a in reversed(ancestors[:-1]) if (m := item_marks.get(id(a)))), None
                )
            item_marks.setdefault(id(block), mark)
            # So does an item's own date (`- 2026-11-18 lunch with [[Ann]]` in a weekly note).
            if own_day is None:
                own_day = next((d for a in reversed(ancestors[:-1]) if (d := item_days.get(id(a)))), None)
            item_days.setdefault(id(block), own_day)
        day = own_day or date
        if day is None or ("[[" not in line and "](" not in line):
            continue
        if any((d := date_prefix(m[1])) and d > day for m in _FIELD_DATE.finditer(line)):
            continue  # `appointment:: 2026-12-01`: a plan, not a contact
        template, targets = _template(line, base)
        if not targets:
            continue
        tags = _tags(line)
        direction: Direction
        if mark:
            direction = _DIRECTIONS[mark]
        elif stated := _said_direction(line, tags):
            direction = stated
        elif note_direction:
            direction = note_direction
        elif meeting or _MET.search(line):
            direction = "mutual"
        else:
            direction = "unknown"
        said = phrases.read_line(template, range(len(targets)), words, done=block.task is not None)
        text = line[mark_match.end() :].strip() if mark_match else line.strip()
        if block.kind == "row":  # its cells, as an entry's: `[[Kai]] | lunch`
            text = text.strip("|").strip()
        text = intern(text)
        # One name written twice on a line (`[[Gordon]]'s book, h/t [[Gordon]]`) is read once.
        ways: dict[str, str] = {}
        for index, target in enumerate(targets):
            way, known = said.get(index), ways.get(target.lower())
            if way is not None and (known is None or known == "mention"):
                ways[target.lower()] = way
            elif way is not None and known != way and way != "mention":
                ways[target.lower()] = "mutual"  # in and out on one line: both ways
        groups: dict[tuple[Direction, bool, bool], list[str]] = {}
        for target in targets:
            way = ways.get(target.lower())
            if way == "mention":
                key: tuple[Direction, bool, bool] = (direction, False, True)
            elif direction == "unknown" and way is not None:
                key = (way, True, False)  # type: ignore[assignment]
            else:
                key = (direction, False, False)
            groups.setdefault(key, []).append(target)
        for (way_of, inferred, aside), named in groups.items():
            mentions.append(
                Mention(
                    date=day,
                    direction=way_of,
                    line=line_number,
                    text=text,
                    targets=tuple(named),
                    broadcast=broadcast or "broadcast" in tags,
                    tags=tuple(sorted(set(tags))),
                    inferred=inferred,
                    aside=aside,
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


def _namespace(file: str, stem: str) -> str:
    """The title of a Logseq namespace page its file name gives (`pages/people___Dana Reyes.md`
    is `people/Dana Reyes`: newer Logseq writes `___` for `/`), else nothing. Only in a `pages`
    folder: elsewhere `___` is just part of a name."""
    folders = file.split("/")[:-1]
    if "___" not in stem or not folders or folders[-1].lower() != "pages":
        return ""
    return stem.replace("___", "/")


def _undated_name(file: str, stem: str, daily: str | None) -> list[Problem]:
    """A note named as a daily note is, whose name tells no day vaultnet can be sure of."""
    if named := NAMED_DAY.match(stem):
        message = f"the name '{named[0]}' is not a real day: the note is not read as a dated note"
    elif (written := year_last(stem)) and daily:
        message = f"the name '{written[0]}' is no day in daily_format {daily!r}: not read as a dated note"
    elif written:
        message = (
            f"the name '{written[0]}' has its year last, so which part is the day is a guess: the note is "
            f"not read as a dated note (set daily_format in vaultnet.toml: {written[1]})"
        )
    else:
        return []
    return [Problem(file, 0, message)]


def _an_organisation(types: set[str], tags: list[str]) -> bool:
    """Does a note's `type`, `categories` or tags say it is a company, not someone?"""
    return bool(types & _ORGANISATION_TYPES or _type_words(tags) & _ORGANISATION_TAGS)


def _among_people_but_nobody(file: str, stem: str, tags: list[str], config: Config) -> bool:
    """A note kept among people that is no one: a README or an index, a note whose name opens
    with `_` (spec 1.3); and, as owners keep them, a people folder's own note (`People/People.md`,
    as the Folder notes plugin names it) and a map of its notes, by name or tag (`People MOC`,
    `Contacts Index`, `#moc`). A person's own folder (`People/Ana Ruiz/Ana Ruiz.md`) is theirs."""
    if stem.lower() in _NOT_PEOPLE_STEMS or stem.startswith("_"):
        return True
    folder = folder_word(file.rpartition("/")[0].rpartition("/")[2])
    if folder in config.people_folders and folder_word(stem) == folder:
        return True
    return bool(_MAP_WORDS.intersection(_STEM_WORDS.findall(stem.lower()))) or any(
        tag.lower() in _MAP_WORDS for tag in tags
    )


def _in_people_folder(file: str, config: Config) -> bool:
    folder = file.rpartition("/")[0]
    return bool(folder) and _under_people_folder(folder, config.people_folders)


@lru_cache(maxsize=4096)
def _under_people_folder(folder: str, people_folders: tuple[str, ...]) -> bool:
    """Is a note in this folder (a path, `a/b`) under one of the people folders? Asked once per
    folder: a vault has far fewer folders than notes."""
    return any(folder_word(part) in people_folders for part in folder.split("/"))


def parse_note(file: str, data: bytes, config: Config) -> Note:
    """Read one note. `file` is its path relative to the vault, with `/` separators."""
    problems: list[Problem] = []
    decoded = decode(file, data)
    if decoded.binary and decoded.problem:
        stem = file.rsplit("/", 1)[-1].removesuffix(".md")
        return Note(file=file, kind="other", name=stem, problems=(decoded.problem,))
    if decoded.problem:
        problems.append(decoded.problem)
    split = split_front_matter(decoded.text)
    if config.daily_format:  # `- [[20-11-2026]] coffee`, `- 20-11-2026 walk` in a DD-MM-YYYY vault
        split = replace(split, body=iso_days(split.body, config.daily_format))
    meta, yaml_problem = load_yaml(file, split)
    fields = _fields(meta, config)
    if yaml_problem:
        problems.append(yaml_problem)
    stem = file.rsplit("/", 1)[-1].removesuffix(".md")
    base = file.rsplit("/", 1)[0] if "/" in file else ""
    named = day_in_name(file, stem, config.daily_format)
    stem_date = named[0] if named else None
    # Logseq writes a page's properties (`date::` too) as its first lines, not as front matter.
    opening = split.body.lstrip()[:400]
    may_be_dated = stem_date is not None or bool(fields.get("date")) or "::" in opening
    plain = None if may_be_dated else _read_plain_body(file, split.body, split.body_line, base)
    blocks = parse_blocks(split.body) if plain is None else None  # made below if needed after all
    body = plain if plain is not None else _read_body(file, blocks or [], split.body_line, may_be_dated, base)
    if "[!" in split.body:  # what a person template keeps in a callout: the reader skips quotes
        _read_callouts(body, file, split.body, split.body_line, base)
    spaced_tags = "tags" in fields  # the front matter's, which a space parts: Obsidian's tags hold none
    if body.properties:
        meta, fields = _with_body_fields(meta, fields, body.properties, config, known_only=False)
    front_date = _first(fields.get("date", []), as_date)

    front_tags = _front_tags(fields.get("tags", []), spaced_tags)
    tags = list(dict.fromkeys(t for t in front_tags + body.tags if t))  # as written: front matter first
    types = _type_words(_texts(fields.get("types", [])))
    kinds = _type_words(_texts(fields.get("kind", [])))
    template = _is_template(split, meta, tags)

    said_person = _matches_tag(tags, config.person_tags) or bool(types & set(config.person_types))
    is_person = said_person or _in_people_folder(file, config)
    kind: NoteKind = "other"
    date = front_date if isinstance(front_date, dt.date) else stem_date
    if template or kinds & _EXCLUDED_KINDS or (not said_person and _an_organisation(types, tags)):
        kind = "other"
    elif stem_date is not None or (date is not None and not is_person):
        kind = "dated"
    elif is_person and not _among_people_but_nobody(file, stem, tags, config):
        kind = "person"
    if kind != "dated" and not template:
        problems += _undated_name(file, stem, config.daily_format)
    if kind == "person" and body.colons and (given := _card_fields(body.colons, config)):
        body.fields = {**given, **body.fields}  # an inline field wins over a line with one colon
    if kind == "person" and body.fields:
        meta, fields = _with_body_fields(meta, fields, body.fields, config, known_only=True)

    title = body.properties.get("title", ("", 0))[0] or _namespace(file, stem)
    name = _name(meta, fields, stem, title, split.body if kind == "person" else "")
    aliases = tuple(dict.fromkeys(_texts(fields.get("aliases", []))))
    words = phrases.table(tuple(sorted(config.words.items())) if config.words else ())
    entries: list[Mention] = []
    listed: list[str] = []  # a dated note's people, as its lists name them
    links = body.links
    if split.front is not None and "[[" in split.front:  # a link in a value is in the text too
        links += _wikilinks({k: v for k, v in meta.items() if k not in _NOT_LINKS})
    dated_items = kind == "other" and not template and bool(body.entries)
    if (kind == "dated" and date is not None) or dated_items:
        if listed_here := _people_lines(body.colons, config):  # `**Attendees:** [[Ana]], Bo`
            meta, fields = _with_body_fields(meta, fields, listed_here, config, known_only=True)
        tagged = _type_words(tag.split("/", 1)[0] for tag in tags)
        meeting = (
            bool((types | kinds | tagged) & _MEETING_WORDS)
            or "attendees" in meta
            or "participants" in meta
            or bool(tagged & _ONE_ON_ONE)
        )
        note_direction = _first(fields.get("direction", []), _direction_word)
        # A note tagged as a broadcast (a newsletter's note) is audience on every line (spec 1.4).
        broadcast = "broadcast" in front_tags or "broadcast" in body.note_tags
        if blocks is None:
            blocks = parse_blocks(split.body)
        read = body if may_be_dated else _read_body(file, blocks, split.body_line, True, base)
        # In another note (a trip, a project), only its dated items tell of contacts, on their dates.
        on = date if kind == "dated" else None
        entries = _dated_mentions(read, on, note_direction, meeting, base, words, broadcast)  # type: ignore[arg-type]
        listed = [t for v in fields.get("people", []) for t in as_list(v)]
        if listed and on is not None:
            direction = note_direction or ("mutual" if meeting else "unknown")
            title = (named[1] if named else stem) or _heading(blocks)
            entries.insert(0, Mention(on, direction, 1, title, tuple(listed), broadcast))  # type: ignore[arg-type]
            links.extend(listed)
    elif kind == "person":
        own = _own_names(stem, name, aliases)
        entries = _own_entries(_told_below(body.entries, split.body, split.body_line), words, base, own)
        problems += body.bad_dates

    follow_ups = body.follow_ups if not template else []  # a template's tasks are for notes to come
    if kind == "dated" and follow_ups:
        names = _names_of(listed)
        follow_ups = [replace(f, date=date, targets=_named_plain(f, names)) for f in follow_ups]
    cadence = _first(fields.get("cadence", []), as_cadence)
    if isinstance(cadence, int) and cadence > MAX_DAYS:
        problems.append(Problem(file, 1, f"cadence of {cadence} days is over 100 years: ignored"))
        cadence = None
    last_contact = _first(fields.get("last_contact", []), as_date)
    org = _first(fields.get("org", []), lambda v: next(iter(as_list(v)), None))
    facts, interests, location = (
        _personal(meta, fields, body, split.body, config) if kind == "person" else ((), (), None)
    )
    card = _card(fields) if kind == "person" else _NO_CARD
    if not template:  # a template's values are placeholders, not mistakes
        problems += _value_problems(file, split, fields, body, config)
    return Note(
        file=file,
        kind=kind,
        name=name,
        date=date if kind == "dated" else None,
        aliases=aliases,
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


def _with_body_fields(
    meta: dict[str, object],
    fields: Fields,
    written: dict[str, tuple[str, int]],
    config: Config,
    known_only: bool,
) -> tuple[dict[str, object], Fields]:
    """Front matter completed by fields written in the body; the front matter wins each field."""
    table = _synonym_table(config)
    extra: dict[str, object] = {
        key: value
        for key, (value, _) in written.items()
        if not known_only or key in table or key in FIELDS["relations"] or key.startswith("related")
    }
    if not extra:
        return meta, fields
    found = _fields(extra, config)
    merged = dict(fields)
    for name, values in found.items():
        merged.setdefault(name, values)
    relations = {k: v for k, v in extra.items() if k not in meta}
    return {**relations, **meta}, merged


def _is_template(split: Split, meta: dict[str, object], tags: list[str]) -> bool:
    """A template, not a note (spec 6.1): tagged `template(s)`, a `template` property, or a
    front-matter value still a placeholder (`{{title}}`, `<% tp.date %>`, `YYYY-MM-DD`)."""
    if split.front is not None and _has_placeholder(split.front):
        return True
    if "template" in meta or any(p in ("template", "templates") for t in tags for p in t.split("/")):
        return True
    return any(t.lstrip()[:1] in _MASK_OPENINGS and _DATE_MASK.match(t.strip()) for t in _strings(meta))


_MASK_OPENINGS = frozenset("YMDymd")
"""What a date mask (`_DATE_MASK`) starts with: a cheap test before the regex."""


def _strings(meta: dict[str, object]) -> list[str]:
    """Every text in front matter, however deep in its lists and mappings (in no set order)."""
    found: list[str] = []
    pending: list[object] = list(meta.values())
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return found


def _own_entries(
    entries: list[Entry], words: phrases.Table, base: str, names: tuple[str, ...]
) -> list[Mention]:
    """The entries of a person's own log, each one's direction read from its words when no mark
    gives it (6.5). Made by `model.new_mention`: a log makes one for each of its lines."""
    mentions = []
    for entry in entries:
        date, direction, line, text, targets, broadcast, tags = entry
        if direction == "unknown" and (tags or "::" in text):
            direction = _said_direction(text, tags) or direction
        way = None if direction != "unknown" or broadcast else _own_way(text, words, base, names)
        if way is None:
            mentions.append(new_mention(date, direction, line, text, targets, broadcast, tags, False, False))
        elif way == "mention":
            mentions.append(new_mention(date, direction, line, text, targets, broadcast, tags, False, True))
        else:
            mentions.append(new_mention(date, way, line, text, targets, broadcast, tags, True, False))  # type: ignore[arg-type]
    return mentions


def _told_below(entries: list[Entry], text: str, offset: int) -> list[Entry]:
    """The entries of a person's log, each that says nothing after its day (`### 2026-11-02` over
    a paragraph, `- 2026-11-02` over nested bullets) told by the line under it (`_line_below`):
    its text on the pages, and its words read for who started it. `text`: the body, whose first
    line is the file's line `offset` + 1."""
    if all(entry[3] for entry in entries):
        return entries  # nearly every log: each entry says what happened on its own line
    lines = text.split("\n")
    told = []
    for entry in entries:
        said = "" if entry[3] else _line_below(lines, entry[2] - offset - 1)
        told.append((*entry[:3], intern(said), *entry[4:]) if said else entry)
    return told


_LINE_ITEM = re.compile(r"([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_NOT_SAID = ("|", ">", "```", "~~~", "<!--", "%%")
"""How a line opens that tells no entry: a table row, a quote, a fence, a comment."""


def _line_below(lines: list[str], at: int) -> str:
    """The words of the first line under the entry opening `lines[at]` that belongs to it: under a
    heading or a line of text, before the next heading; under an item, one of its own (indented
    under it). Nothing when that line opens an entry of its own, or is a row, quote, fence,
    comment, field or task."""
    head = lines[at]
    item = _LINE_ITEM.match(head)
    if item is None and "|" in head and atx_heading(head) is None:
        return ""  # a table row's cells say all the row says
    depth = indent_of(item[1])[0] if item else -1
    for line in lines[at + 1 :]:
        if not line.strip() or "::" in line:  # a blank line, or a property Logseq writes under its bullet
            continue
        if (item and indent_of(line)[0] <= depth) or atx_heading(line) is not None:
            return ""  # no longer the item's own, or the heading's
        child = _LINE_ITEM.match(line)
        said = (child[2] or "") if child else line
        words = _clean(said).strip().strip(MD_TRIM)
        if not words or words.startswith(_NOT_SAID) or split_task(words)[0] or entry_head(words):
            return ""  # a task under the day is something to do, not what happened
        return words
    return ""


def _own_way(text: str, words: phrases.Table, base: str, names: tuple[str, ...] = ()) -> str | None:
    """What the words of an own log entry say of the person, who is also named by the `names`
    they answer to (`_own_names`: `Ana called`). The answer for a template is remembered: a log
    repeats its lines, and with every link one slot its templates repeat more."""
    if "[[" not in text and "](" not in text:
        template = text
    elif "](" in text or "![[" in text or _EMPTY_WIKILINK.search(text):
        template, _ = _template(text, base)
    else:
        # Only wikilinks, each to a note: each is a slot, as `_template` makes it. Which slot does
        # not matter here: an own entry's words are read only for the person whose note it is.
        template = _NOTE_WIKILINK.sub(_ANY_SLOT, text)
    lowered, way = phrases.own_reading(template, words)
    for key in names:
        if key in lowered:  # else the template's reading as it is: likely read before
            return phrases.read_own(_as_self(lowered, names), words)
    return way


def _own_names(stem: str, name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The names a person answers to (spec 6.2: stem, `name`, aliases) and their first names
    (`Jane called` in `Jane Doe.md`, `Sam called` in `sam-park.md`; `vaultnet log jane` finds
    her so too), as `folded` text, the longest first: `Ana Souza` is taken whole before `Ana`."""
    keys = {key for key in map(name_key, (stem, name, *aliases, *first_names(stem, name))) if key}
    return tuple(sorted(keys, key=lambda key: (-len(key), key)))


def _as_self(text: str, names: tuple[str, ...]) -> str:
    """`text` with each of the person's own names written as a whole word made their slot."""
    for key in names:
        start = text.find(key)
        while start >= 0:
            end = start + len(key)
            if _word_edge(text, start - 1) and _word_edge(text, end):
                text = text[:start] + _SELF_SLOT + text[end:]
                end = start + len(_SELF_SLOT)
            start = text.find(key, end)
    return text


def _word_edge(text: str, at: int) -> bool:
    """Is there no word character at `at` (before the start or past the end of `text`: none)?"""
    return not 0 <= at < len(text) or not (text[at].isalnum() or text[at] == "_")


_NOTE_WIKILINK = re.compile(r"\[\[[^\[\]]+\]\]")
"""`_ANY_LINK`'s wikilink, for a text without Markdown links or embeds."""
_EMPTY_WIKILINK = re.compile(r"\[\[\s*(?:[|#^][^\[\]]*)?\]\]")
"""A wikilink to no note (`[[#Heading]]`, `[[ ]]`): `_template` makes it a space, not a slot."""
_ANY_SLOT = phrases.slot(0)
_SELF_SLOT = phrases.slot(phrases.SELF)


_DATE_FIELDS = ("last_contact", "date", "birthday")


def _value_problems(file: str, split: Split, fields: Fields, body: _Body, config: Config) -> list[Problem]:
    """A problem for each date or cadence written where vaultnet cannot read it (it is not used)."""
    found = []
    for name in ("cadence", *_DATE_FIELDS):
        for value in fields.get(name, []):
            text = as_text(value)
            if text is None or _readable(name, value):
                continue
            line = _key_line(file, split, body, name, config)
            found.append(Problem(file, line, f"{name}: {text[:40]!r} {_EXPECTED[name]}"))
    return sorted(found, key=lambda p: p.line)


_EXPECTED = {
    "cadence": "is not a cadence: expected 30d, 2w, 3m, 1y, '2 weeks', 'every 2 weeks', weekly, monthly, ...",
    "last_contact": "is not a day: expected a real date as YYYY-MM-DD",
    "date": "is not a day: expected a real date as YYYY-MM-DD",
    "birthday": "is not a day: expected a real date as YYYY-MM-DD (or --MM-DD without the year)",
}


def _readable(name: str, value: object) -> bool:
    if name == "cadence":
        return as_cadence(value) is not None
    if name == "birthday":  # with a year or without (`--12-02`), as the birthday reader takes it
        return as_day_of_year(value) is not None
    return as_date(value) is not None


def _key_line(file: str, split: Split, body: _Body, name: str, config: Config) -> int:
    """The line of the file where a field is written: its front-matter key, else its body field."""
    keys = set(_keys(name, config.synonyms.get(name, ())))
    if split.front is not None:
        for number, text in enumerate(split.front.split("\n")):
            key = text.split(":", 1)[0].strip().lower() if ":" in text and text[:1] not in " -#" else None
            if key is not None and (key in keys or key.replace(" ", "_") in keys):
                return number + 2
    for source in (body.properties, body.fields):
        for key, (_, at) in source.items():
            if key in keys:
                return at
    return 0


def _personal(
    meta: dict[str, object], fields: Fields, body: _Body, text: str, config: Config
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """What the user knows of a person beyond the contact card: (facts, interests, location),
    from the front matter and the `body` read from `text`. A line of the card written under
    About (`- Birthday: 1990-05-01`) is card data there too."""
    interests = _texts(fields.get("interests", [])) + body.interests
    location = _first(fields.get("location", []), _place)
    known = body.facts
    if any(":" in fact for fact in known):
        table = _synonym_table(config)
        known = [kept for fact in known if (kept := _without_card_lines(fact, table))]
    return (
        tuple(_distinct(_facts(meta, fields) + known + _fenced_facts(text))),
        tuple(dict.fromkeys(_plain(i) for i in interests)),
        location if isinstance(location, str) else None,
    )


def _fenced_facts(body: str) -> list[str]:
    """The text of each block of plain text in a fence (```` ```text ````) under an About, Facts,
    Notes, ... heading: what the owner knows, kept as written, as `vaultnet import vcard` keeps a
    card's note (from an address book, so its Markdown is never read: no entry, link or heading
    in it counts). A fence of code (```` ```dataview ````) is none."""
    if "```text" not in body and "~~~text" not in body:
        return []  # nearly every note
    facts = []
    section = 0  # the level of the heading of what is known that the lines are under, if any
    fence = ""
    held: list[str] | None = None  # the lines of an open fence of plain text under such a heading
    for line in body.split("\n"):
        after = fence_after(fence, line) if fence or line.lstrip()[:3] in ("```", "~~~") else ""
        if not fence and after:
            info = line.strip().lstrip(after[0]).split(maxsplit=1)
            held = [] if section and info and info[0].lower() == "text" else None
        elif fence and not after:
            if held is not None and (text := "\n".join(held).strip()):
                facts.append(text)
            held = None
        elif fence:
            if held is not None:
                held.append(line)
        elif line[:1] == "#" and (heading := atx_heading(line)) is not None:
            section = _section_after(section, heading[0], heading_words(heading[1]).lower(), _FACT_HEADINGS)
        fence = after
    return facts


def _read_callouts(body: _Body, file: str, text: str, offset: int, base: str) -> None:
    """What Obsidian callouts hold of a person's card, of what is known and of what is to do, into
    `body`, read from `text`, whose first line is the file's line `offset` + 1. The reader skips
    quotes (a quoted line is no contact), but person templates keep these in callouts: a
    callout's fields (`> Birthday:: 1990-05-01`, `> - **Company:** Acme`) are the note's, as the
    same lines outside one are, and so are its open tasks (`> [!todo]` over `> - [ ] ask about
    the move`: follow-ups); what a callout titled as an About, Facts, Interests, ... heading
    holds (`> [!info] About`), or any callout under such a heading, is known, as the lines
    under that heading are: each item a fact, each paragraph one; a task, code or a nested quote
    in it none. A quote that is no callout is read nowhere."""
    section = interest_section = 0  # the level of the heading the lines are under, if known
    fence = code = ""  # the code fence open, in the note and in a callout
    callout = False  # the lines are a callout's
    held: list[str] | None = None  # the facts of an open callout that tells what is known
    held_interests = False
    para: list[str] = []

    def close_paragraph() -> None:
        if held is not None and para and (fact := _paragraph_fact("\n".join(para))):
            held.append(fact)
        para.clear()

    for number, line in enumerate([*text.split("\n"), ""], offset + 1):  # the last "" closes a callout
        after = fence_after(fence, line) if fence or line.lstrip()[:3] in ("```", "~~~") else ""
        quoted = None if fence or after else _QUOTED.match(line)
        if callout and quoted is None:
            close_paragraph()
            body.facts.extend(held or ())
            body.interests.extend(held if held is not None and held_interests else ())
            callout, held = False, None
        fence, said = after, quoted[1] if quoted else ""
        if quoted is None:
            if not fence and line[:1] == "#" and (heading := atx_heading(line)) is not None:
                level, words = heading[0], heading_words(heading[1]).lower()
                section = _section_after(section, level, words, _FACT_HEADINGS)
                interest_section = _section_after(interest_section, level, words, _INTEREST_HEADINGS)
        elif not callout:
            opening = _CALLOUT.match(said)
            title = _section_word(opening[1]) if opening else ""
            callout, code = opening is not None, ""
            if opening and (section or title in _FACT_HEADINGS):
                held, held_interests = [], bool(interest_section) or title in _INTEREST_HEADINGS
        elif code or said.lstrip()[:3] in ("```", "~~~"):
            close_paragraph()
            code = fence_after(code, said)
        elif (item := _LINE_ITEM.match(said)) is not None or not said.strip():
            close_paragraph()
            task, words = split_task((item[2] or "").strip(MD_TRIM)) if item else ("", "")
            if task == " " and (todo := _clean(words).strip()):
                body.follow_ups.append(_follow_up(file, number, todo, base))
            if task is None and words:
                _callout_field(body, words, number)
                if held is not None:
                    held.append(words)
        elif said.lstrip()[:1] != ">":
            _callout_field(body, said, number)
            para.append(said)


def _callout_field(body: _Body, line: str, number: int) -> None:
    """A callout's line as a field, when it is one: `Birthday:: 1990-05-01`, `Company: Acme`."""
    if "::" in line and (field := _FIELD_LINE.match(line)):
        body.fields.setdefault(_field_key(field[1]), (field[2].strip(), number))
    else:
        _colon_line(body, line, number)


def _section_after(section: int, level: int, said: str, names: set[str]) -> int:
    """The level of the heading of one of `names` the lines are under (0: none), after a heading
    of `level` that says `said`."""
    if said in names:
        return level
    return 0 if section and level <= section else section


_QUOTED = re.compile(r" {0,3}> ?(.*)")
"""A line of a block quote at the margin, and what it says."""
_CALLOUT = re.compile(r"\[![^\]]+\][+-]?[ \t]*(.*)")
"""A callout's first line after its `>`: `[!info]- About`, its title."""


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

    return " ".join(WIKILINKS.sub(label, text).split())


_NOT_LINKS = set(FIELDS["types"] + FIELDS["tags"])
