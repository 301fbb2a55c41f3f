"""One file's bytes → a typed Note and its problems. No disk access, no knowledge of other notes."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import cache, lru_cache
from typing import TypedDict
from urllib.parse import unquote

from vaultnet.config import Config
from vaultnet.convert import (
    MAX_DAYS,
    MONTH_NAME,
    NAME_TITLES,
    OWNER_WORDS,
    WIKILINKS,
    archive_folder,
    as_cadence,
    as_date,
    as_day_of_year,
    as_list,
    as_tag,
    as_text,
    as_texts,
    date_prefix,
    either_way,
    folder_word,
    kind_words,
    link_target,
    name_key,
    owner_match,
    spelt_alike,
    task_due,
    unwrap_link,
    without_notion_id,
)
from vaultnet.fields import FIELDS
from vaultnet.model import MARKER, FollowUp, Mention, Note, NoteKind, Problem, stem_of, titled
from vaultnet.patterns import lazy_pattern
from vaultnet.read import words as phrases
from vaultnet.read.blocks import Block, callout_heading, heading_words, section_name
from vaultnet.read.blocks_fast import parse_blocks
from vaultnet.read.body import Body, Entry, follow_up_of, read_body, with_code
from vaultnet.read.body_fast import read_plain_body
from vaultnet.read.conflicts import without_conflicts
from vaultnet.read.day_last import entries_dated_last
from vaultnet.read.days import (
    NAMED_DAY,
    TITLED_DAY,
    WEEK_NAME,
    day_in_name,
    iso_days,
    name_order,
    named_day,
    names_a_time,
    own_day_order,
    says_a_day,
    two_digit_year,
    weekly,
    year_last,
    year_last_days,
    year_last_order,
    yearless_opening,
)
from vaultnet.read.entries import (
    Met,
    dated_mentions,
    own_entries,
    own_person,
    told_below,
)
from vaultnet.read.fences import fenced_facts
from vaultnet.read.front_log import front_log
from vaultnet.read.half_filled import (
    MASK_OPENINGS,
    filled,
    is_placeholder,
    own_words,
    placeholder_value,
    without_placeholders,
)
from vaultnet.read.inline import backslashed_links, clean
from vaultnet.read.kanban import lanes_read
from vaultnet.read.keys import (
    NOTHING_NEXT,
    PEOPLE_FIELDS,
    Fields,
    card_fields,
    comes_next,
    email_addresses,
    field_key,
    fields_of,
    first_of,
    has_placeholder,
    is_relation,
    known_lines,
    known_texts,
    known_under,
    meanings_of,
    means,
    property_block,
    synonym_table,
    texts_of,
    wikilinks_in,
    with_body_fields,
    yet_unknown,
)
from vaultnet.read.listed import (
    Said,
    a_meeting,
    called_off,
    filed_mentions,
    how_met,
    listed_mentions,
    lists_attendees,
    meeting_title,
    of_the_day,
    people_listed,
    people_met,
    told_once,
)
from vaultnet.read.references import decoded_references
from vaultnet.read.text import Split, decode, load_yaml, split_front_matter

_EXCLUDED_KINDS = {"org", "group", "location"}
_NESTED_ORGANISATION_TAGS = {
    "org", "organization", "organisation", "company", "companies", "account", "firm", "fund", "vc-firm",
    "vc-fund", "venture-firm", "venture-fund", "portfolio-company", "corporation",
}  # fmt: skip
"""Tags of a company, also at the end of a tree of kinds (`type/company`, `entity/company`,
`crm/account`), as a person's are (`type/person`). A CRM's words for one too: an account, a firm,
a fund. Not `startup`, `vc` or `hedge-fund`, which may tag a person in or into them; nor a tag
nested under the word (`company/acme`: someone who works there)."""
_ORGANISATION_TAGS = _NESTED_ORGANISATION_TAGS | {"business"}
"""`#business` is a company's as a tag of its own; at the end of a tree it may be a topic's
(`topics/business`), which a person may carry."""
_PET_WORDS = {"pet", "animal", "dog", "cat", "horse"}
_NOT_PEOPLE_TAGS = _ORGANISATION_TAGS | _PET_WORDS
_FOR_A_COMPANY_TOO = frozenset((
    "startup", "start-up", "agency", "enterprise", "institution", "nonprofit", "non-profit", "ngo",
    "charity",
))  # fmt: skip
"""The `type` words a sales CRM files a company by that may stand beside a person's own
(`_SOMEONE_WORDS`: `categories: [friend, charity]`)."""
_NOT_PEOPLE_TYPES = (
    _NOT_PEOPLE_TAGS | {"group", "location", "team", "kanban-board", "query-page"} | _FOR_A_COMPANY_TOO
)
"""A `type` or `categories` (or but for a group or a place, a tag) of a note kept among people that
is none (`People/Acme.md`, `type: company`, a CRM's `type: account`, `startup`, `fund`), as a
vCard's `KIND` says (spec 1.1), unless the note says it is a person too; so is a pet (`type:
dog`, `#pet`) and a team (`type: team`: `#team` may tag a teammate), a Kanban board and a page of
queries alone (`_kept_by_a_plugin`). A type of two words is its last (`portfolio company`, `law
firm`, `vc-firm`: companies; `account manager`: someone)."""
_TYPE_WORDS = lazy_pattern(r"[\s_-]+")
_BROADCAST = {"broadcast", "newsletter", "mailing-list", "mass-mail"}
"""A tag or `type` of a note that went to many at once: a newsletter's issue, a mass mail."""
_NOT_PEOPLE_STEMS = {"readme", "index", "_index"}
_UNTITLED = lazy_pattern(r"untitled(?: \d+)?", re.IGNORECASE)
"""The name Obsidian gives a new note (`Untitled`, `Untitled 2`): one nobody has named yet."""
_MAP_WORDS = {"moc", "index", "dashboard"}
"""A note named or tagged with one of these maps other notes (`People MOC`, `#moc`): no one."""
_STEM_WORDS = lazy_pattern(r"[^\W_]+")


def _front_tags(values: list[object], spaced: bool) -> list[str]:
    """The tags of the front matter (`spaced`: a space parts them too), or of Logseq's `tags::`,
    which only commas part: a Logseq tag is a page, and may hold spaces (`close friend`,
    `[[book club]]`, `#[[night owls]]`). A tag written as its page's link is one tag in either
    (`#person #[[Book Club]]`: `person`, `book club`)."""
    texts = [text for value in values for text in as_texts(value)]
    if spaced:
        return [as_tag(_tag_name(tag)) for text in texts for tag in _TAG_WORDS.findall(text)]
    return [as_tag(tag) for text in texts for tag in _page_tags(text)]


def _page_tags(text: str) -> list[str]:
    """A Logseq tag, or tags parted by spaces where each is marked as one (`#person #founder`,
    `#person #[[Book Club]]`, `[[close friend]] [[book club]]`): its page's name may hold spaces."""
    words = _TAG_WORDS.findall(text) if " " in text and text[:1] in "#[" else [text]
    if len(words) > 1 and (text[:1] == "#" or all(word[:1] in "#[" for word in words)):
        return [_tag_name(word) for word in words]
    return [_tag_name(text)]


def _tag_name(tag: str) -> str:
    """A tag as written (`#person`, `#[[Book Club]]`, `[[book club|clubs]]`) as its name."""
    return unwrap_link(tag[1:] if tag[:3] == "#[[" else tag.lstrip("#"))


_TAG_WORDS = lazy_pattern(r"#?\[\[[^\[\]]*\]\]|[^\s\[\]]+|\S+")
"""Tags parted by spaces: each a word, or a page's link, which may hold spaces (`#[[Book Club]]`)."""


def _matches_tag(tags: Iterable[str], wanted: tuple[str, ...]) -> bool:
    """Is one of the `tags` one of `wanted`, or nested below one (`person/work`), or the kind at
    the end of a tree of kinds (`type/person`), each in the plural too (`contacts`)?"""
    words = _with_plurals(wanted)
    for tag in tags:
        first, _, rest = tag.partition("/")
        if first in words or (rest and tag.rsplit("/", 1)[1] in words):
            return True
    return False


@cache
def _with_plurals(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset((*words, *(word + "s" for word in words)))


def _name(meta: dict[str, object], fields: Fields, stem: str, title: str = "", body: str = "") -> str:
    """The `name` (or a synonym), else Logseq's `title::` page property (of a namespaced title,
    `people/Dana Reyes`, the last part: a link to the whole title finds her by it, as a link to
    a path finds a note by its stem), else the name's parts, else a front-matter `title:` that
    spells the stem (`maria-gonzalez.md` titled `María González`: any other title is a job's),
    else the heading that spells a slug-named note's stem (`_slug_title`, in the `body` given),
    else the file's stem, without the `@` some owners put before a person's (`@Ana Ruiz.md`,
    so that `[[@` lists only people), its spaces single and none at either end, as the pages show
    it (`Tom Hart .md`, a space a sync or a keyboard left, is Tom Hart in the JSON and a vCard too).
    The name's parts are a vCard's (`N.GN`, `N.FN`) or, nested in `name`, a contact plugin's
    (`first`, `last`)."""
    name = first_of(fields.get("name", []), as_text)
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
        or _spaced(stem[1:] if stem[:1] == "@" and stem[1:2].isalnum() else stem)
    )


def _spaced(stem: str) -> str:
    """A file's stem as a name: its spaces single, none at either end (a stem of spaces alone as it is)."""
    return " ".join(stem.split()) or stem


_NAME_PARTS = (("first", "given"), ("last", "family"))


def _slug_title(stem: str, body: str) -> str:
    """A slug-named note's (`sam-park.md`, `zoe.md`) first heading of the first level (`# Sam
    Park`, `# Zoë`, `# Prof. Margaret Okonkwo` over `margaret-okonkwo.md`), when it spells the
    slug (`spells`): the name its owner writes, where the file's is for links. Else ""."""
    if not _slug(stem) or "# " not in body:
        return ""
    heading = _FIRST_TITLE.search(body)
    title = heading_words(heading[1]).strip() if heading else ""
    return title if title and spells(title, stem) else ""


def _slug_alias(stem: str, aliases: Iterable[object]) -> str:
    """A slug-named note's first alias that spells the slug (`bob-lee.md` with `aliases: [Bob
    Lee, Bob]`: Bob Lee), as Obsidian owners name a note for links and its person by alias."""
    if not _slug(stem):
        return ""
    return next((alias for alias in texts_of(aliases) if spells(alias, stem)), "")


def _slug(stem: str) -> bool:
    """Is a file name a slug (`sam-park`, `sam_park`, one word in lower case: `zoe`)?"""
    return " " not in stem and ("-" in stem or "_" in stem or stem.islower())


def spells(title: str, stem: str) -> bool:
    """Does `title` spell the file name `stem`, as a slug or as written, letter for letter
    (`spelt_alike`: `María González` spells `maria-gonzalez` and `Maria Gonzalez`, `Ji-woo Kim`
    `jiwoo-kim`, `Tom O'Neill` `tom-o-neill`; German's umlauts either way: `Jürgen` as `jurgen`
    or `juergen`), or the last part of a Dendron hierarchy's name (`people.maria-gonzalez`),
    with a title before the name or not (`Prof. Margaret Okonkwo`: `margaret-okonkwo`)? Then
    it is the note's title."""
    if name_key(title) == name_key(stem):
        return True
    stems = (stem, stem.rpartition(".")[2]) if "." in stem else (stem,)
    names = (title, untitled) if (untitled := _TITLED.sub("", title, count=1)) != title else (title,)
    return any(spelt_alike(name, own) for name in names for own in stems)


_TITLED = lazy_pattern(
    lambda: rf"^\s*(?:(?:{'|'.join(NAME_TITLES)})\b\.?(?:\s*med\.)?\s+)+(?=\w)",
    re.IGNORECASE,
)
"""The titles a heading may give before a name (`Prof.`, `Dr.`, `Dr. med.`, `Mrs`, `Sir`, `Rev.`,
`Frau`; `Prof. Dr.` too: `NAME_TITLES`): skipped when reading whether it spells a slug, kept in
the name it gives."""


_FIRST_TITLE = lazy_pattern(r"^# +(.+)$", re.M)


def _facts(meta: dict[str, object], fields: Fields, config: Config) -> list[str]:
    """The facts the front matter (and the fields written in the body) give: a value only holding
    the place (`partner: TBD`) is none, nor is a birthday (card data, spec 1.5)."""
    facts = [text for text in texts_of(fields.get("facts", [])) if not yet_unknown(text)]
    table = synonym_table(config)
    for key, value in meta.items():
        if is_relation(key, table):
            facts.extend(f"{key}: {text}" for text in as_list(value) if not yet_unknown(text))
        elif (words := known_under(key, table)) and isinstance(value, dict):  # `family: {kids: [Lia]}`
            facts.extend(f"{inner}: {text}" for inner, held in value.items() for text in known_texts(held))
        elif words:
            facts.extend(f"{words}: {text}" for text in known_texts(value))
    return facts


def _front_links(meta: dict[str, object], front: str | None, kind: str, config: Config) -> list[str]:
    """The link targets of the front matter: its values' wikilinks (a link in a value is in the
    text too), and a person's relations named in plain text (`_relatives`)."""
    links = []
    if front and "[[" in front:
        links = wikilinks_in({k: v for k, v in meta.items() if k not in _NOT_LINKS})
    return links + _relatives(meta, config) if kind == "person" else links


def _relatives(meta: dict[str, object], config: Config) -> list[str]:
    """Whom the front matter's relations name in full (`partner: Kenji Sato`, `kids: [Mia Lund]`),
    as link targets: a name in plain text links the two as `partner: "[[Kenji Sato]]"` does, when
    a note answers to it (spec 1.6), and nobody when none does. A first name alone (`kids: [Mia]`)
    is no one's: another note's alias (`Mia` of Mia Chen) would answer to it."""
    table = synonym_table(config)
    return [
        text
        for key, value in meta.items()
        if is_relation(key, table)
        for text in as_list(value)
        if " " in text.strip() and not yet_unknown(text)
    ]


def _distinct(texts: Iterable[str]) -> list[str]:
    """The texts in order, each once, ignoring case."""
    first: dict[str, str] = {}
    for text in texts:
        first.setdefault(text.lower(), text)
    return list(first.values())


def _title(named: str, blocks: list[Block], meta: dict[str, object], config: Config) -> str:
    """A dated note's title: the rest of its name, when it holds a word (`2026-11-02 Kickoff.md`,
    not `2026-11-02 - 2.md`), else its first heading (`_heading`), else an email's subject."""
    if any(c.isalpha() for c in named):
        return named
    return _heading(blocks, config) or as_text(meta.get("subject")) or ""


def _heading(blocks: list[Block], config: Config) -> str:
    """The note's first heading, when it says more than a date, with its year or without (`#
    Friday, November 27`), and is no list's of its people (`## People`, `## Attendees`): a daily
    note's people listed in its front matter are told of by it (`# Phone call`, or after the
    day: `# 2026-11-15 Picnic`)."""
    text = next((heading_words(b.text) for b in blocks if b.kind == "heading" and not callout_heading(b)), "")
    if means(field_key(section_name(text)), synonym_table(config), PEOPLE_FIELDS):
        return ""
    if date_prefix(text) is not None:  # `# 2026-11-15 Picnic`: what it says beyond the day
        rest = text[10:].strip(" -—–:·|,")
        return "" if says_a_day(rest) else rest
    if named_day(text) is not None or yearless_opening(text, heading=True):
        return ""
    return text


def _logged(
    file: str, split: Split, body: Body, dated_blocks: list[Block] | None, base: str
) -> tuple[list[Entry], set[int]]:
    """A person's log entries as their note's body holds them, each that says only its kind told
    by the line below it (`told_below`), and the lines of those whose day ends them
    (`entries_dated_last`). A body read as a note that may be dated (`dated_blocks`, its blocks:
    a template's `date:`, Logseq's properties) is read again for the meetings it lists as notes
    of their own (`opened_as_entry`), which it left out."""
    logged = body.entries
    if dated_blocks is not None and "[[" in split.body and TITLED_DAY.search(split.body):
        logged = read_body(file, dated_blocks, split.body_line, False, base).entries
    last: list[Entry] = []
    if body.ends_in_a_day:  # `- Lunch (2026-11-03)`
        taken = {entry[2] for entry in logged}
        if last := entries_dated_last(split.body, split.body_line, taken, base):
            logged = sorted([*logged, *last], key=lambda entry: entry[2])
    return told_below(logged, split.body, split.body_line), {entry[2] for entry in last}


def _namespace(file: str, stem: str) -> str:
    """The title of a Logseq page its file name gives, when it is not the name as it is:
    `pages/people___Dana Reyes.md` is `people/Dana Reyes` (Logseq writes `___` for `/` since
    0.8.9), `pages/people%2FDana Reyes.md` too (0.6.8 to 0.8.8 wrote the name URL-encoded); else
    nothing. Only in a `pages` folder: elsewhere `___` and `%2F` are just part of a name."""
    folders = file.split("/")[:-1]
    if not folders or folders[-1].lower() != "pages":
        return ""
    if "___" in stem:
        return stem.replace("___", "/")
    return unquote(stem) if "%" in stem and _ESCAPE.search(stem) else ""


_ESCAPE = lazy_pattern("%[0-9A-Fa-f]{2}")


def _undated_name(file: str, stem: str, daily: str | None, body: Body) -> list[Problem]:
    """A note named as a daily (or weekly) note is, whose name tells no day vaultnet can be sure
    of. A name of a day with a two-digit year (`19-03-04`) is one only in a note that tells of
    people (`body`: its entries, its links to anything but a day): else it is a number like any
    other (a version, `10.12.13`), and no problem."""
    if named := NAMED_DAY.match(stem):
        message = f"the name '{named[0]}' is not a real day: the note is not read as a dated note"
    elif stem[4:6] == "-W" and (week := WEEK_NAME.match(stem)):  # `2025-W53`: 2025 has 52 weeks
        message = (
            f"the name '{week[0]}' is no real week (or day of one): the note is not read as a dated note"
        )
    elif (written := year_last(stem) or _short_year_name(stem, body)) and daily:
        message = f"the name '{written[0]}' is no day in daily_format {daily!r}: not read as a dated note"
    elif written:
        said = "has its year last" if "YYYY" in written[1] else "is a day with a two-digit year"
        why = "so which part is the day is a guess" if " or " in written[1] else _READ_AS_SET
        message = (
            f"the name '{written[0]}' {said}, {why}: the note is "
            f"not read as a dated note (set daily_format in vaultnet.toml: {written[1]})"
        )
    else:
        return []
    return [Problem(file, 0, message)]


def _days_order(file: str, stem: str, split: Split, config: Config, day: dt.date | None) -> bool | None:
    """How a note writes a day with its year last (`year_last_order`): as its days that read one way
    only say (`26/11/2026`), and its name (`name_order`: a daily note's `25.11.2026`), or a day of
    its that is its own `day` one way only (`own_day_order`: `# 05/11/2026` in `2026-11-05.md`)."""
    named = name_order(file, stem, config.daily_format)
    if named is None and day is not None:
        named = own_day_order(split.body, day)
    return year_last_order(split.body, named)


def _unread_days(body: Body, kind: NoteKind) -> list[Problem]:
    """The days a note that is no person's opens its lines with and vaultnet cannot read (a daily
    note's `- 03/11/2026 Lunch with [[Ana]]`, a trip's, a journal's `## Nov 20`), when it tells
    of people: problems, as in a person's log; not numbers that may as well be a count
    (`Body.loose`). A dated note tells a day's year: one written without it is no problem there."""
    if kind == "person" or not body.bad_dates or not _tells_of_people(body):
        return []  # a person's are its log's
    left = body.loose + body.yearless if kind == "dated" else body.loose  # `10/12 people came`: a count
    return [p for p in body.bad_dates if p not in left]


_READ_AS_SET = "which vaultnet reads only as daily_format says"
"""Why a name that reads one way only (`20-11-2026`) is no day yet: a vault so named holds
`05-11-2026` too, which reads either way."""


def _short_year_name(stem: str, body: Body) -> tuple[str, str] | None:
    """The day with a two-digit year a note's name opens with (`two_digit_year`), when the note
    tells of people (`_tells_of_people`)."""
    return two_digit_year(stem) if _tells_of_people(body) else None


def _tells_of_people(body: Body) -> bool:
    """Does a note tell of people: hold entries, or link to anything but a day? A day it cannot
    read then may lose a contact, and is a problem; in a note of none (`- 03/04/2026 dentist`),
    it is a number like any other."""
    return bool(body.entries) or not all(names_a_time(target) for target in body.links)


def _kept_by_a_plugin(meta: dict[str, object], body: str, stem: str) -> set[str]:
    """What a note is that says it is nobody by what it holds: a Kanban board (`kanban-plugin:`),
    or, with no front matter, queries alone (Dataview's, Tasks', Obsidian's own), under headings
    at most, none over the note's own links (`FROM [[]]`, `this.file`, as a person template writes
    one): a dashboard. Front matter (`org: Initech`) says the note is somebody's card."""
    if "kanban-plugin" in meta:
        return {"kanban-board"}
    if meta or "```" not in body or not _QUERIES_ALONE.fullmatch(body):  # front matter says who
        return set()
    own = "[[]]" in body or "this.file" in body or f"[[{stem.lower()}" in body.lower()
    return set() if own else {"query-page"}


_QUERIES_ALONE = lazy_pattern(
    r"(?:\s*(?:#{1,6}[ \t][^\n]*"
    r"|```(?:dataviewjs|dataview|query|tasks|base)\b[^\n]*\n(?:[^`]|`(?!``))*```))*\s*"
)
"""A note's text of headings and query blocks alone (Dataview's, Tasks', Obsidian's `query` and
`base`), each block read to its closing fence in one pass."""


_SOMEONE_WORDS = {
    "friend", "close-friend", "best-friend", "family", "relative", "colleague", "coworker", "co-worker",
    "acquaintance", "mentor", "mentee", "neighbour", "neighbor", "classmate", "teammate",
}  # fmt: skip
"""A `type`, `categories` value or tag of what someone is to you, which only a person is: beside
a word a sales CRM files a company by (`_FOR_A_COMPANY_TOO`: `categories: [friend, charity]`, a
friend who volunteers there) it keeps the note a person; not beside a company's, a group's, a
team's or a pet's own (`type: dog` tagged `family` is the family dog). Not `client` or `partner`,
which a company may be."""


def _no_one(types: set[str], tags: list[str]) -> bool:
    """Does a note's `type`, `categories` or tags say it is a company, a team or a pet, not someone
    (but for a word of what someone is to you beside a CRM's: `_SOMEONE_WORDS`)?"""
    tag_words = kind_words(tags)
    said = types & _NOT_PEOPLE_TYPES
    if said and said <= _FOR_A_COMPANY_TOO and (types | tag_words) & _SOMEONE_WORDS:
        return False
    if said or tag_words & _NOT_PEOPLE_TAGS:
        return True
    for kind in types:
        words = _TYPE_WORDS.split(kind)
        if len(words) == 2 and words[1] in _NOT_PEOPLE_TYPES:
            return True
    nested = kind_words(tag.rsplit("/", 1)[1] for tag in tags if "/" in tag)
    return bool(nested & _NESTED_ORGANISATION_TAGS)


def _yours(stem: str, tags: list[str], fields: Fields, config: Config) -> bool:
    """Is this the vault owner's own note (you are no connection of yours): tagged `me` or
    `self`, named `Me`, or named, aliased or addressed as `me` in vaultnet.toml says
    (`owner_match`: a first name of yours is no alias of yours)?"""
    if stem.casefold() in OWNER_WORDS or kind_words(tags) & OWNER_WORDS:
        return True
    if not config.me:
        return False
    named = (("name", texts_of(fields.get("name", []))), ("address", email_addresses(fields, config)))
    return owner_match(stem, (), named, texts_of(fields.get("aliases", [])), config.me) is not None


def _among_people_but_nobody(file: str, stem: str, tags: list[str], config: Config) -> bool:
    """A note kept among people that is no one: a README or an index, a note whose name opens
    with `_` (spec 1.3), one not named yet (`Untitled`); and, as owners keep them, a people
    folder's own note (`People/People.md`, as the Folder notes plugin names it) and a map of its
    notes, by name or tag (`People MOC`, `Contacts Index`, `#moc`). A person's own folder
    (`People/Ana Ruiz/Ana Ruiz.md`) is theirs."""
    if stem.lower() in _NOT_PEOPLE_STEMS or stem.startswith("_") or _UNTITLED.fullmatch(stem):
        return True
    folder = folder_word(file.rpartition("/")[0].rpartition("/")[2])
    if folder in config.people_folders and folder_word(stem) == folder:
        return True
    return bool(_MAP_WORDS.intersection(_STEM_WORDS.findall(stem.lower()))) or any(
        tag.lower() in _MAP_WORDS for tag in tags
    )


def _in_people_folder(file: str, config: Config) -> bool:
    """Is the note in a people folder, or in a Logseq namespace or a Dendron hierarchy named as
    one (`pages/people___Ivy.md` is `people/Ivy`, `people.priya-shah.md` is under `people`)?"""
    folder = file.rpartition("/")[0]
    if folder and _under_people_folder(folder, config.people_folders):
        return True
    stem = stem_of(file)
    hierarchy = stem.rpartition(".")[0] if " " not in stem else ""  # Dendron's: `people.priya-shah`
    if hierarchy and _under_people_folder(hierarchy.replace(".", "/"), config.people_folders):
        return True
    space = _namespace(file, stem).rpartition("/")[0]
    return bool(space) and _under_people_folder(space, config.people_folders)


@lru_cache(maxsize=4096)
def _under_people_folder(folder: str, people_folders: tuple[str, ...]) -> bool:
    """Is a note in this folder (a path, `a/b`) under one of the people folders? Asked once per
    folder: a vault has far fewer folders than notes."""
    return any(folder_word(part) in people_folders for part in folder.split("/"))


def _front_matter(file: str, split: Split) -> tuple[Split, dict[str, object], Problem | None]:
    """The note's front matter (`load_yaml`), and its body as read: a Kanban board's with its
    lanes read (`lanes_read`: which cards are done, which wait on others)."""
    meta, problem = load_yaml(file, split)
    if "kanban-plugin" in meta and "[ ]" in split.body:
        split = replace(split, body=lanes_read(split.body))
    return split, meta, problem


def parse_note(file: str, data: bytes, config: Config, day_first: bool | None = None) -> Note:
    """Read one note: `file` is its path in the vault, `/` between folders (`day_first`: `_split`)."""
    decoded = decode(file, data)
    stem = without_notion_id(stem_of(file))  # the name a file gives: Notion's page id is none of it
    if (decoded.binary and decoded.problem) or decoded.text.startswith(MARKER):  # a page: an old output's
        problem = decoded.problem if decoded.binary and decoded.problem else Problem(file, 1, _OLD_PAGE)
        return Note(file=file, kind="other", name=stem, problems=(problem,))
    split, conflicts = _split(file, decoded.text, config, day_first)
    split, meta, yaml_problem = _front_matter(file, split)
    problems = [problem for problem in (decoded.problem, *conflicts, yaml_problem) if problem]
    if "excalidraw-plugin" in meta or stem.endswith(".excalidraw"):  # a drawing: its words are a sketch's
        return Note(file=file, kind="other", name=stem, problems=tuple(problems))
    fields = fields_of(meta, config)
    base = file.rsplit("/", 1)[0] if "/" in file else ""
    named = day_in_name(file, stem, config.daily_format, config.weekly_format)
    stem_date, after_day = named if named else (None, "")  # `2026-11-24 Priya 1-1`: its day, its title
    # Logseq writes a page's properties (`date::` too) as its first lines, not as front matter.
    may_be_dated = stem_date is not None or bool(fields.get("date")) or "::" in split.body.lstrip()[:400]
    body, blocks = _body_of(file, split, base, may_be_dated, config.weekly_format)
    unsure = body.bad_dates and day_first is None
    if unsure and (order := _days_order(file, stem, split, config, stem_date)) is not None:
        return parse_note(file, data, config, order)  # `26/11/2026`: its days are written day first
    spaced_tags = "tags" in fields  # the front matter's, which a space parts: Obsidian's tags hold none
    if written := {**_page_kinds(split, config), **body.properties}:
        meta, fields = with_body_fields(meta, fields, written, config, known_only=False)
    front_tags = _front_tags(fields.get("tags", []), spaced_tags)
    tags, own = _tags_of(front_tags, body, stem_date is not None)  # as written: front matter first
    types = kind_words(texts_of(fields.get("types", []))) | _kept_by_a_plugin(meta, split.body, stem)
    kinds = kind_words(texts_of(fields.get("kind", [])))
    template, unfilled = _template_of(file, stem, split, meta, own, types, stem_date, body, config)
    date = _date_of(file, meta, fields, stem_date, types | kinds, front_tags, body, config)  # None: a work's
    kind = _kind_of(file, stem, own, types, kinds, fields, template, named if date else None, date, config)
    if kind != "dated" and not template and not (stem_date and not date):  # a real day, a work's
        problems += _undated_name(file, stem, config.daily_format, body)
    if kind == "person":
        meta, fields = _person_card(file, base, split, meta, fields, body, config, bool(unfilled))
    title = body.properties.get("title", ("", 0))[0] or _namespace(file, stem)
    name = _name(meta, fields, stem, title, split.body if kind == "person" else "")
    aliases = tuple(dict.fromkeys(texts_of(fields.get("aliases", []))))
    words = phrases.table_of(config)
    entries: list[Mention] = []
    listed: list[str] = []  # a dated note's people, as its lists name them
    links = body.links + _front_links(meta, split.front, kind, config)
    if (kind == "dated" and date is not None) or (kind == "other" and not template and body.entries):
        blocks = blocks if blocks is not None else parse_blocks(split.body)
        if (listing := people_listed(blocks, body, config)).people:
            meta, fields = with_body_fields(meta, fields, listing.people, config, known_only=True)
        read = body if may_be_dated else read_body(file, blocks, split.body_line, True, base)
        on = date if kind == "dated" else None  # in another note (a trip), its dated items alone tell
        met, hosts, sent_to = how_met(meta, fields, front_tags + body.note_tags, types | kinds, config.me)
        rest = named[1] if named else stem  # its title, when it has one
        met, broadcast = _how_it_told(met, meta, front_tags + body.note_tags, types, rest, blocks, on, config)
        entries = dated_mentions(read, on, met, base, words, broadcast)
        filed = _filed_under(file, config)
        guests, listed, met = people_met(fields, met, hosts, filed + sent_to, after_day, on, words)
        if listed and on is not None:
            said = Said(_title(rest, blocks, meta, config), blocks, bool(filed))
            entries, own_line = told_once(entries, listing, listed, said.shown, met, words, base, read.lines)
            if met.way == "unknown":  # unmarked and no meeting: a person's folder's note tells in words
                entries[:0] = filed_mentions(on, filed, guests, said, words, base, broadcast)
            entries[:0] = listed_mentions(on, met, said.shown, guests, hosts, broadcast, own_line)
            links.extend(target for target in listed if titled(target) is None)
    elif kind == "person":
        logged, last = _logged(file, split, body, blocks if may_be_dated else None, base)
        kept, unread = front_log(file, split.front, meta, base) if split.front else ([], [])
        entries = own_entries(logged + kept, words, base, *own_person(stem, name, aliases, tags), last)
        problems += body.bad_dates + unread

    follow_ups = body.follow_ups if not template else []  # a template's tasks are for notes to come
    follow_ups = of_the_day(follow_ups, date, listed) if kind == "dated" and follow_ups else follow_ups
    card, card_problems = _card(file, meta, fields, body if kind == "person" else None, split, config, tags)
    problems += (unfilled if yaml_problem is None else []) + card_problems  # broken YAML: that says it
    if not template and not unfilled:  # a template's values are placeholders, not mistakes
        problems += _value_problems(file, split, fields, body, config) + _due_problems(follow_ups)
        problems += _unread_days(body, kind)
    return Note(
        file=file,
        kind=kind,
        name=name,
        date=date if kind == "dated" else None,
        aliases=aliases,
        tags=tuple(tags),
        entries=tuple(with_code(entries, body.code) if body.code else entries),  # quoted with their code
        links=tuple(dict.fromkeys(links)),
        follow_ups=tuple(follow_ups),
        problems=(*problems, *backslashed_links(file, links, decoded.text)),
        **card,
    )


def _page_kinds(split: Split, config: Config) -> dict[str, tuple[str, int]]:
    """The tags and the type a Notion page's properties give (`property_block`: `Tags: person,
    neighbour`, `Type: Person` under its title), read as front matter's, as Logseq's page
    properties are: only commas part its tags (a Notion tag may hold a space, `close friend`).
    Its other properties are the lines of a card or of a meeting's people they are anyway."""
    found = property_block(split.body, split.body_line)
    if not found:
        return found
    table = synonym_table(config)
    return {key: said for key, said in found.items() if means(key, table, _PAGE_KINDS)}


_PAGE_KINDS = frozenset(("tags", "types"))


def _tags_of(front_tags: list[str], body: Body, of_a_day: bool) -> tuple[list[str], list[str]]:
    """A note's tags, as written (front matter first), and those that say what it is (a person, a
    company, a template): all of them, but in a note named for a day (`of_a_day`) only its own:
    its front matter's and a line of tags alone (`Body.note_tags`). A tag on a line of a day's
    note tells of that line (`- coffee with [[Ana]] #person/priya`, `met lots of new #people`),
    not of the day."""
    tags = list(dict.fromkeys(t for t in front_tags + body.tags if t))
    return tags, list(dict.fromkeys(t for t in front_tags + body.note_tags if t)) if of_a_day else tags


def _how_it_told(
    met: Met,
    meta: dict[str, object],
    tags: list[str],
    types: set[str],
    rest: str,
    blocks: list[Block],
    on: dt.date | None,
    config: Config,
) -> tuple[Met, bool]:
    """How a dated note met its people (`met`, as `how_met` says), but a meeting it says was called
    off (`called_off`: none of them met, but as a line says of its own; a 1:1 note named for one
    too, `meeting_title`: `CANCELLED - Tom out sick`); and whether it went to
    many at once (a newsletter's note, `_a_broadcast`, or titled one: `_titled_a_mailing`).
    `rest`: what its name says after its day, or its name; `on`: its day, if it tells contacts."""
    broadcast = (
        met.to_many or _a_broadcast(tags, types) or (on is not None and _titled_a_mailing(rest, blocks))
    )
    meeting = met.meeting or (on is not None and bool(meeting_title(rest, phrases.table_of(config))))
    if meeting and called_off(meta, tags, Said(_title(rest, blocks, meta, config), blocks)):
        met = replace(met, direction=None, meeting=False, off=True)
    return met, broadcast


def _a_broadcast(tags: list[str], types: set[str]) -> bool:
    """Does a dated note's tags or `type` say it went to many at once (`#newsletter`): audience on
    every line (spec 1.4)?"""
    return bool(kind_words(tags) & _BROADCAST or types & _BROADCAST)


def _titled_a_mailing(named: str, blocks: list[Block]) -> bool:
    """Does a dated note's title say it is a newsletter's issue, a bulletin or a mailing, as an
    email's subject does (`words.a_mailing`): the rest of its name (`2026-11-01 November
    newsletter.md`), else its first heading when that is its title (`# November newsletter`)? A
    daily note's `## Newsletter` is a section of its day, not the note. Only a title of an issue
    (`_AN_ISSUE`): one of a newsletter's team or its making (`Newsletter team standup`,
    `Bulletin committee`) is a meeting's."""
    if any(c.isalpha() for c in named):
        return _an_issue(named)
    first = next((block for block in blocks if block.kind == "heading"), None)
    return first is not None and first.level == 1 and _an_issue(heading_words(first.text))


def _an_issue(title: str) -> bool:
    """Is a title a newsletter's issue (`words.a_mailing`) and named as one: by the month, a number
    or its rhythm (`November newsletter`, `Bulletin #48`, `Weekly newsletter`), or nothing else?"""
    if not phrases.a_mailing(title):
        return False
    rest = _MAILING_WORDS.sub("", title.casefold()).strip(" -–—:#.,")
    return not rest or _AN_ISSUE.search(rest) is not None


_MAILING_WORDS = lazy_pattern(r"\b(?:newsletters?|bulletins?|mailings?|the|our|my)\b")
_AN_ISSUE = lazy_pattern(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:issue|edition|weekly|monthly"
    r"|quarterly|annual|yearly|spring|summer|autumn|fall|winter|christmas|holiday|year-end)\b"
)
"""What names a newsletter's issue in its title: a number, a month, its rhythm or its season."""


_GONE_TAGS = frozenset(("deceased", "passed-away", "in-memoriam", "died", "rip", "rest-in-peace"))
"""Tags that say the person died, as `status: deceased` does (with a `died:` day, where no status
is written)."""
_ALIVE = frozenset((
    "false", "no", "n", "0", "none", "null", "nil", "living", "alive", "unknown", "not yet",
    "nein", "lebt", "lebend", "unbekannt", "non", "vivant", "vivante", "inconnu",
    "vivo", "viva", "desconocido", "não", "desconhecido", "nee", "levend", "onbekend",
))  # fmt: skip
"""What a `died:` holds of someone alive, or of whom it is not known: a family-tree template leaves
it for the living (`died: false`, `passed_away: no`, `living`), as it leaves it blank; in each
language of the died keys (`gestorben: nein`, `décès: non`, `fallecimiento: vivo`, `overleden: nee`)."""


def _says_died(values: list[object]) -> bool:
    """Does a `died` value say the person died: a day, a year (`2019`), `true` or words (`in the
    war`)? Not one left blank, denied or yet to be known (`false`, `living`, `unknown`, `N/A`)."""
    for value in values:
        text = as_text(value)
        if text is not None and not yet_unknown(text) and text.lower() not in _ALIVE:
            return True
    return False


def _person_card(
    file: str,
    base: str,
    split: Split,
    meta: dict[str, object],
    fields: Fields,
    body: Body,
    config: Config,
    unfilled: bool,
) -> tuple[dict[str, object], Fields]:
    """A person note's front matter and fields with what its body writes as a card's lines:
    inline fields (`email:: ...`), and lines of one colon (`Email: ...`) of keys vaultnet knows,
    an inline field winning over such a line. A relation's line under a heading of what is known
    stays one fact, and links the relative it names in full, as the front matter's does
    (`_relatives`). Its next action (`nextAction: ...`) is taken into
    the body's follow-ups, on the key's line (`base`: the note's folder, for its links). Of a
    note its template never filled in (`unfilled`), the placeholders are no values."""
    if unfilled:
        meta, fields = _unfilled_dropped(meta, fields)
    if body.colons and (given := card_fields(body.colons, config, body.known)):
        body.fields = {**given, **body.fields}
    if body.known and body.colons:  # `## Family` / `- husband: Dan Roe`: a fact, and a relative
        known: dict[str, object] = {
            key: value for key, (value, line) in body.colons.items() if line in body.known
        }
        body.links += _relatives(known, config)
    if body.fields:
        meta, fields = with_body_fields(meta, fields, body.fields, config, known_only=True)
    if actions := [text for text in texts_of(fields.get("next_action", [])) if text.strip()]:
        line = _key_line(file, split, body, "next_action", config)
        body.follow_ups += [follow_up_of(file, line, text, base) for text in actions]
    return meta, fields


def _split(file: str, text: str, config: Config, day_first: bool | None) -> tuple[Split, list[Problem]]:
    """The note's front matter and body, each day opening a line of the body that is written in
    the vault's daily format (`- 20-11-2026 walk` in a DD-MM-YYYY vault), or with its year last
    as the note settled (`day_first`), written in ISO form; and its text in one Unicode form (an
    `é` pasted from a Mac's file name as `e` and its accent is one character, as words are typed).
    A merge's conflict left in it (`without_conflicts`) is read without its markers, front matter
    too, and is a problem. Its body's character references are read as their characters
    (`&nbsp;`, `-&gt;`: `decoded_references`), as Obsidian shows them."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text, conflicts = without_conflicts(file, text)
    split = split_front_matter(text)
    if "&" in split.body and (body := decoded_references(split.body)) != split.body:
        split = replace(split, body=unicodedata.normalize("NFC", body))
    if config.daily_format:
        split = replace(split, body=iso_days(split.body, config.daily_format))
    if day_first is not None:
        split = replace(split, body=year_last_days(split.body, day_first))
    return split, conflicts


def _next_contact(
    file: str, split: Split, fields: Fields, body: Body, config: Config
) -> tuple[dt.date, int] | None:
    """The day a person's note says they are to be contacted next (`next_contact`), and its line."""
    if "next_contact" not in fields:
        return None
    day = first_of(fields["next_contact"], as_date)
    return (day, _key_line(file, split, body, "next_contact", config)) if isinstance(day, dt.date) else None


class _Card(TypedDict):
    """What a note's card says: `Note`'s fields of the same names."""

    org: str | None
    team: str | None
    cadence_days: int | None
    last_contact: dt.date | None
    facts: tuple[str, ...]
    interests: tuple[str, ...]
    location: str | None
    birthday: str | None
    anniversary: str | None
    status: str | None
    snooze: dt.date | None
    died: dt.date | None
    next_contact: tuple[dt.date, int] | None
    emails: tuple[str, ...]


def _card(
    file: str,
    meta: dict[str, object],
    fields: Fields,
    person: Body | None,
    split: Split,
    config: Config,
    tags: list[str],
) -> tuple[_Card, list[Problem]]:
    """The card of any note, and of a person's note (its `person` body, read from `split`) what
    the user knows and what comes next (spec 1.5, 6.6); and the problems of the card."""
    problems = []
    cadence = first_of(fields.get("cadence", []), as_cadence)
    if isinstance(cadence, int) and cadence > MAX_DAYS:
        line = _key_line(file, split, person or Body.empty(), "cadence", config) or 1
        problems.append(Problem(file, line, f"cadence of {cadence} days is over 100 years: ignored"))
        cadence = None
    last_contact = first_of(fields.get("last_contact", []), as_date)
    org, team = (
        first_of(fields.get(key, []), lambda v: next(iter(as_list(v)), None)) for key in ("org", "team")
    )
    facts, interests, location = (
        _personal(meta, fields, person, split.body, config) if person else ((), (), None)
    )
    birthday, anniversary, status, snooze = comes_next(fields) if person else NOTHING_NEXT
    died = first_of(fields.get("died", []), as_date) if person else None
    if person and status is None and (_says_died(fields.get("died", [])) or not _GONE_TAGS.isdisjoint(tags)):
        status = "deceased"  # as `status: deceased` says it
    if person and status is None and archive_folder(file):
        status = "archived"  # filed away, as `status: archived` says it
    card = _Card(
        org=org if isinstance(org, str) else None,
        team=team if isinstance(team, str) else None,
        cadence_days=cadence if isinstance(cadence, int) else None,
        last_contact=last_contact if isinstance(last_contact, dt.date) else None,
        facts=facts,
        interests=interests,
        location=location,
        birthday=birthday,
        anniversary=anniversary,
        status=status,
        snooze=snooze,
        died=died if isinstance(died, dt.date) else None,
        next_contact=_next_contact(file, split, fields, person, config) if person else None,
        emails=email_addresses(fields, config) if person else (),
    )
    return card, problems


def _body_of(
    file: str, split: Split, base: str, may_be_dated: bool, weekly_format: str | None
) -> tuple[Body, list[Block] | None]:
    """The body read, by lines when it is plain, else by its blocks (returned, to be read again
    for a dated note); a weekly note's (named in `weekly_format` or a common way) with the days
    of its week its headings name."""
    plain = None if may_be_dated else read_plain_body(file, split.body, split.body_line, base)
    blocks = parse_blocks(split.body) if plain is None else None
    if plain is not None:
        return plain, blocks
    week = weekly(file, weekly_format)
    return read_body(file, blocks or [], split.body_line, may_be_dated, base, week), blocks


def _kind_of(
    file: str,
    stem: str,
    tags: list[str],
    types: set[str],
    kinds: set[str],
    fields: Fields,
    template: bool,
    named: tuple[dt.date, str] | None,
    date: dt.date | None,
    config: Config,
) -> NoteKind:
    """A person's note, a dated note (named for a day, or dated and no one's), or another. A
    person's named with a Zettelkasten ID (`named`: the day its name tells, `20231104-carla`,
    `202611041530`) is a person's when it says so: tagged one, or with a `name` in a people folder."""
    said_person = _said_person(tags, types, config)
    is_person = said_person or _in_people_folder(file, config)
    if template or kinds & _EXCLUDED_KINDS or (not said_person and _no_one(types, tags)):
        return "other"
    if named is not None and not (said_person or (is_person and "name" in fields)):
        return "dated"
    if date is not None and not is_person:
        return "dated"
    if (
        is_person
        and not _among_people_but_nobody(file, stem, tags, config)
        and not _yours(stem, tags, fields, config)
    ):
        return "person"
    return "other"


def _date_of(
    file: str,
    meta: dict[str, object],
    fields: Fields,
    stem_date: dt.date | None,
    kinds: set[str],
    front_tags: list[str],
    body: Body,
    config: Config,
) -> dt.date | None:
    """A note's day: its front matter's `date` when a day, else the day its name (or path) gives,
    else the one a line of its text gives (`_written_day`); a meeting's note with none (by its
    `kinds` or own tags), the day its template stamped it made (`created`). None for a note of a
    work read (`_a_work`): its day is the work's or the reading's, no day of a contact."""
    if _a_work(file, meta, fields, stem_date, kinds, front_tags, body):
        return None
    for day in (first_of(fields.get("date", []), as_date), stem_date):
        if isinstance(day, dt.date):
            return day
    if written := _written_day(body, config):
        return written
    tags = front_tags + body.note_tags
    made = first_of(fields["created"], as_date) if "created" in fields and a_meeting(kinds, tags) else None
    return made if isinstance(made, dt.date) else None


def _a_work(
    file: str,
    meta: dict[str, object],
    fields: Fields,
    stem_date: dt.date | None,
    kinds: set[str],
    front_tags: list[str],
    body: Body,
) -> bool:
    """Is this a note of a work read or written (`type: paper`, `tags: [literature]`, as Zotero's
    and literature notes are; an academic's own publication), and no meeting's? Its `date` is the
    work's (published) or the reading's, and its links are its authors: it is no dated note, and
    only its own dated items tell of contacts, as a project note's do. Its `type` or the tags of
    its front matter say so in `_WORK_WORDS`, whole or at the end of a tree (`source/paper`: a
    daily note's line may tag a `#book`). So, in a note named for no day (a day's note is the
    day's, whatever else it holds), do a folder of those words it is filed in (`papers/`), what
    only a work has (a `doi`, an `arxiv` id), or where it came out beside its authors (`venue:`,
    `journal:` with `authors:` or a line `Authors:`: a venue alone may be an event's, and the
    Journals plugin writes `journal: personal`). A list of attendees makes it a meeting's."""
    ends = (tag.rsplit("/", 1)[1] for tag in front_tags if "/" in tag)
    said = kinds | kind_words(front_tags) | kind_words(ends)
    if said.isdisjoint(_WORK_WORDS) and (stem_date or not _filed_or_keyed_as_work(file, fields, body)):
        return False
    return not a_meeting(kinds, front_tags + body.note_tags) and not lists_attendees(meta)


def _filed_or_keyed_as_work(file: str, fields: Fields, body: Body) -> bool:
    """Does a note's front matter or folder say it is a work's (`_a_work`)?"""
    if "publication" in fields:
        return True
    if "venue" in fields and ("authors" in fields or not _AUTHORS.isdisjoint(body.colons)):
        return True
    return "/" in file and _a_works_folder(file.rpartition("/")[0])


@lru_cache(maxsize=4096)
def _a_works_folder(folder: str) -> bool:
    """Is a folder (a path, `a/b`) or one it is in named as works are (`papers`, `03 Literature`:
    `_WORK_FOLDERS`)? Asked once per folder."""
    return not kind_words(map(folder_word, folder.split("/"))).isdisjoint(_WORK_FOLDERS)


_AUTHORS = frozenset(FIELDS["authors"])
"""The keys of a line of a note's text that names its authors (`Authors: [[Ana]], Bo`)."""

_WORK_WORDS = frozenset((
    "literature", "paper", "reference", "article", "book", "citation", "zotero", "publication", "preprint",
    "manuscript",
))  # fmt: skip
"""A `type` (`categories`, `kind`), front-matter tag or folder of a note of a work read or written
(plurals too)."""
_WORK_FOLDERS = _WORK_WORDS - {"reference", "article", "book"}
"""The words of `_WORK_WORDS` a folder of works is named by: not those of a hiring's references
(`Hiring/References/`), a club's books or a blog's articles, whose notes are meetings too."""


def _written_day(body: Body, config: Config) -> dt.date | None:
    """The day a line of a note's text gives as its date (`**Date:** 2026-11-20`), as a meeting
    template writes its front matter in its text; when its front matter and name give none."""
    if not body.colons:
        return None
    table = synonym_table(config)
    said = (value for key, (value, _) in body.colons.items() if means(key, table, ("date",)))
    return next(filter(None, map(as_date, said)), None)


def _filed_under(file: str, config: Config) -> list[str]:
    """The folder a note is filed in, when that may be a person's: one under a people folder, and
    no people folder itself (`People/Ana Costa/2026-11-02 Call.md` → `Ana Costa`); else none."""
    folders = file.split("/")[:-1]
    if len(folders) < 2 or config.is_people_folder(folders[-1]):
        return []
    return folders[-1:] if _under_people_folder("/".join(folders[:-1]), config.people_folders) else []


def _said_person(tags: list[str], types: set[str], config: Config) -> bool:
    """Does a note say it is a person: a person tag, or a person `type` or `categories`?"""
    return _matches_tag(tags, config.person_tags) or bool(types & set(config.person_types))


def _template_of(
    file: str,
    stem: str,
    split: Split,
    meta: dict[str, object],
    tags: list[str],
    types: set[str],
    stem_date: dt.date | None,
    body: Body,
    config: Config,
) -> tuple[bool, list[Problem]]:
    """Is the note a template, not a note (spec 6.1)? It is when tagged `template(s)` or with a
    `template` property, or with a front-matter value still a placeholder (`_placeholder`) but no
    dated entries of its own nor a day in its name (`stem_date`: the day's note, whatever its
    template left). A placeholder beside dated entries is a note its template never filled in
    (one copied rather than made by Templater): a problem, at the placeholder's line. A person's
    note (in a people folder, or tagged one) read as a template for its placeholder alone, with
    words of its own (`own_words`: `company: "{{company}}"` over `- two kids`), is one too, but
    not silently: a problem names the placeholder."""
    said = "template" in meta or any(p in ("template", "templates") for t in tags for p in t.split("/"))
    if said or stem_date is not None or not _placeholder(split, meta):
        return said, []
    if body.entries:
        return False, [Problem(file, *_placeholder_line(split, _UNFILLED))]
    if (_said_person(tags, types, config) or _in_people_folder(file, config)) and own_words(stem, split.body):
        return True, [Problem(file, *_placeholder_line(split, _A_TEMPLATE))]
    return True, []


def _placeholder(split: Split, meta: dict[str, object]) -> bool:
    """Does a front-matter value still hold a template's placeholder (`{{title}}`, `<% tp.date
    %>`, `YYYY-MM-DD`)?"""
    if split.front is not None and has_placeholder(split.front):
        return True
    return any(t.lstrip()[:1] in MASK_OPENINGS and is_placeholder(t) for t in _strings(meta))


def _placeholder_line(split: Split, message: str) -> tuple[int, str]:
    """The line of the note's first front-matter line holding a placeholder (`_placeholder`), and
    the `message` naming it as written."""
    for number, line in enumerate((split.front or "").split("\n"), 2):
        value = (line.partition(":")[2] if ":" in line else line.lstrip(" \t-")).strip()
        if has_placeholder(line) or is_placeholder(value):
            return number, message.format(_shown_placeholder(value))
    return 1, message.format("")


def _shown_placeholder(value: str) -> str:
    """A placeholder as a problem names it: whole (`<% tp.file.creation_date("YYYY-MM-DD") %>`),
    or cut short with `…` when too long for a line, never cut where it could seem to end."""
    value = value.strip().strip("'\"")
    return value if len(value) <= _PLACEHOLDER_SHOWN else value[: _PLACEHOLDER_SHOWN - 1].rstrip() + "…"


_PLACEHOLDER_SHOWN = 60
"""Characters of a placeholder a problem shows at most."""


def _unfilled_dropped(meta: dict[str, object], fields: Fields) -> tuple[dict[str, object], Fields]:
    """The front matter and its fields without the values its template left unfilled
    (`without_placeholders`)."""
    held = {
        name: [filled(value) for value in values if not placeholder_value(value)]
        for name, values in fields.items()
    }
    return without_placeholders(meta), {name: values for name, values in held.items() if values}


_OLD_PAGE = (
    "a page vaultnet wrote, outside its output folder: not read as a note; left there when `output` "
    "changed, delete it; another vault's (a vault inside this one), add its folder to `ignore`"
)
_UNFILLED = (
    "a front-matter value is still a template's placeholder: `{}` is read as no value (the note is "
    "read all the same); fill it in or remove it"
)
_A_TEMPLATE = (
    "front matter still holds a template's placeholder ({}): read as a template, not a person; fill it "
    "in or delete it"
)


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


_DATE_FIELDS = ("last_contact", "date", "birthday", "anniversary", "next_contact", "snooze", "died")


def _value_problems(file: str, split: Split, fields: Fields, body: Body, config: Config) -> list[Problem]:
    """A problem for each date or cadence written where vaultnet cannot read it (it is not used)."""
    found = []
    for name in ("cadence", *_DATE_FIELDS):
        for value in fields.get(name, []):
            text = as_text(value)
            if text is None or _readable(name, value) or _no_day_meant(name, text):
                continue
            line = _key_line(file, split, body, name, config)
            if is_placeholder(text):  # `date: <% tp.date.now() %>` in a daily note: unfilled, not mistyped
                found.append(Problem(file, line, _UNFILLED.format(_shown_placeholder(text))))
                continue
            expected = _EITHER_WAY if name != "cadence" and either_way(text) else _EXPECTED[name]
            found.append(Problem(file, line, f"{name}: {text[:40]!r} {expected}"))
    return sorted(found, key=lambda p: p.line)


_EXPECTED = {
    "cadence": "is not a cadence: expected 30d, 2w, 3m, 1y, '2 weeks', 'every 2 weeks', weekly, monthly, ...",
    "last_contact": "is not a day: expected a real date as YYYY-MM-DD",
    "date": "is not a day: expected a real date as YYYY-MM-DD",
    "birthday": "is not a day: expected a real date as YYYY-MM-DD (or --MM-DD without the year)",
    "anniversary": "is not a day: expected a real date as YYYY-MM-DD (or --MM-DD without the year)",
    "next_contact": "is not a day: expected a real date as YYYY-MM-DD",
    "snooze": "is not a day: expected a real date as YYYY-MM-DD",
    "died": "is not a day: expected a real date as YYYY-MM-DD",
}
_DAY_SHAPED = lazy_pattern(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
"""A value written as a day is (`2020-02-30`, `30/02/2020`), whether it is one or not."""
_ABOUT_A_YEAR = lazy_pattern(
    rf"(?:{MONTH_NAME}\.?\s+)?(?i:(?:c\.|ca\.|circa|about|~)\s*)?\d{{4}}(?:s|\?|-?ish)?", re.ASCII
)
"""A year, or about one (`1950`, `c. 1955`, `~1955`, `1955?`, `1940-ish`, a decade), or a month
of one (`March 1950`): all a family tree may know of a birth. No day misspelt (`14 Maerz 1990`)."""


def _no_day_meant(name: str, text: str) -> bool:
    """Is a value that gives no day no mistake either? `died: 2019`, `passed_away: true`: they
    died. A birthday or anniversary of a year alone, or about one (`_ABOUT_A_YEAR`), as a family
    tree knows a birth: no reminder and no age, but nothing to mend. Any other text with a year
    in it (`14-Mar-1990`, `Jun 31 1990`, `1990 March 14`) is a day mistyped: a problem."""
    if _DAY_SHAPED.search(text):
        return False
    return name == "died" or (
        name in ("birthday", "anniversary") and _ABOUT_A_YEAR.fullmatch(text.strip()) is not None
    )


def _due_problems(follow_ups: list[FollowUp]) -> list[Problem]:
    """A problem at each open task whose due or scheduled day is no day (`📅 2026-02-30`,
    `due 2026-13-01`): it is read as a task with no day."""
    found = []
    for task in (task for task in follow_ups if not task.done):  # a done one's day is past
        no_day: list[str] = []
        task_due(clean(task.text), no_day)  # as the task's day is read: not in its code
        found += [Problem(task.file, task.line, f"{written!r} {_EXPECTED['date']}") for written in no_day]
    return found


_EITHER_WAY = "could be read day first or month first: write it as YYYY-MM-DD"


def _readable(name: str, value: object) -> bool:
    if name == "cadence":
        return as_cadence(value) is not None
    if name in ("birthday", "anniversary"):  # with a year or without (`--12-02`), as their reader takes them
        return as_day_of_year(value) is not None
    return as_date(value) is not None


def _key_line(file: str, split: Split, body: Body, name: str, config: Config) -> int:
    """The line of the file where a field is written: its front-matter key, else its body field
    (each key matched as the synonym table matches it: `Contact-Frequency` is `cadence`)."""
    table = synonym_table(config)

    def means(key: str) -> bool:
        return any(meant == name for meant, _ in meanings_of(key, table))

    if split.front is not None:
        for number, text in enumerate(split.front.split("\n")):
            if ":" in text and text[:1] not in " -#" and means(field_key(text.split(":", 1)[0])):
                return number + 2
    for source in (body.properties, body.fields):
        for key, (_, at) in source.items():
            if means(key):
                return at
    return 0


def _personal(
    meta: dict[str, object], fields: Fields, body: Body, text: str, config: Config
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """What the user knows of a person beyond the contact card: (facts, interests, location),
    from the front matter and the `body` read from `text`. A line of the card written under
    About (`- Birthday: 1990-05-01`) is card data there too."""
    interests = texts_of(fields.get("interests", [])) + body.interests
    location = first_of(fields.get("location", []), _place)
    known = body.facts
    if known:  # most people notes hold none: no table to look up
        table = synonym_table(config)
        known = [kept for fact in known if (kept := known_lines(fact, table))]
    return (
        tuple(_distinct(_facts(meta, fields, config) + known + fenced_facts(text))),
        tuple(dict.fromkeys(_plain(i) for i in interests)),
        location if isinstance(location, str) else None,
    )


def _place(value: object) -> str | None:
    """A location as written: the first of a list, a wikilink unwrapped (`[[Lisbon]]` → Lisbon);
    a map's places in order (`{city: Lisbon, country: Portugal}` → Lisbon, Portugal)."""
    if isinstance(value, dict):
        return ", ".join(place for held in value.values() if (place := _place(held))) or None
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
