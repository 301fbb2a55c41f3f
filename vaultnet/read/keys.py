"""Front-matter keys as typed fields (`FIELDS`, and the configuration's synonyms), a line's key
and value, and the contact card they give."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable
from functools import cache

from vaultnet.config import Config
from vaultnet.convert import WIKILINKS, as_date, as_day_of_year, as_list, as_text, link_target, unwrap_link
from vaultnet.fields import FACT_HEADINGS, FIELDS
from vaultnet.patterns import lazy_pattern
from vaultnet.read.days import is_day

DATE_MASK = lazy_pattern(r"^(?:YYYY|YY|MM|DD|M|D)(?:[-./ ](?:YYYY|YY|MM|DD|M|D))+$", re.IGNORECASE)
"""A template's date mask left in a value: `YYYY-MM-DD`, `DD.MM.YYYY`."""


@cache
def keys_of(name: str, synonyms: tuple[str, ...]) -> tuple[str, ...]:
    return FIELDS[name] + tuple(k.lower() for k in synonyms)


Fields = dict[str, list[object]]
"""The front matter by typed field (`FIELDS`): each field's values, in the order of its keys."""


def fields_of(meta: dict[str, object], config: Config) -> Fields:
    """The front matter's values by field, in one pass over its keys."""
    table = synonym_table(config)
    found: dict[str, list[tuple[int, object]]] = {}
    for key, value in meta.items():
        for name, rank in meanings_of(key, table):
            found.setdefault(name, []).append((rank, value))
    return {name: [value for _, value in sorted(ranked, key=_rank)] for name, ranked in found.items()}


def _rank(ranked: tuple[int, object]) -> int:
    return ranked[0]


@cache
def _key_table(synonyms: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each front-matter key vaultnet reads, as written and `_folded_key`: the fields it means,
    and its rank among each one's keys."""
    extra = dict(synonyms)
    keys = {name: tuple(dict.fromkeys(keys_of(name, extra.get(name, ())))) for name in FIELDS}
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for spelt in (str, _folded_key):  # a key as written ranks as written, before any folded one
        for name, names in keys.items():
            for rank, key in enumerate(names):
                table[spelt(key)].setdefault(name, rank)
    return {key: tuple(fields.items()) for key, fields in table.items()}


def synonym_table(config: Config) -> dict[str, tuple[tuple[str, int], ...]]:
    """`_key_table` with the configuration's synonyms."""
    return _key_table(tuple(sorted(config.synonyms.items())) if config.synonyms else ())


def meanings_of(key: str, table: dict[str, tuple[tuple[str, int], ...]]) -> tuple[tuple[str, int], ...]:
    """The fields a key means in the synonym table (`synonym_table`), with its rank in each; a
    vCard key with its type (`email[work]`, as the vcf-contacts plugin writes it) means what the
    key alone does."""
    found = table.get(key) or table.get(_folded_key(key), ())
    if not found and "[" in key:
        return meanings_of(key.split("[", 1)[0], table)
    return found


def _folded_key(key: str) -> str:
    """A key with its words run together: `contact_frequency`, `keep-in-touch`, `Last Contact`
    and `lastcontact` are one key."""
    return key.replace("_", "").replace("-", "").replace(" ", "")


def first_of(values: list[object], convert: Callable[[object], object]) -> object:
    for value in values:
        converted = convert(value)
        if converted is not None:
            return converted
    return None


def texts_of(values: Iterable[object]) -> list[str]:
    return [text for value in values for text in as_list(value)]


def wikilinks_in(value: object) -> list[str]:
    """Every wikilink target inside a front-matter value, however nested, but a day's
    (`last_contact: [[2026-11-28]]` is a date, not someone the person is linked to)."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in wikilinks_in(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in wikilinks_in(v)]
    if isinstance(value, str) and "[[" in value:  # most values hold none: skip the regex
        targets = (link_target(m[2]) for m in WIKILINKS.finditer(value) if not m[1])
        return [t for t in targets if not is_day(t)]
    return []


def field_key(raw: str) -> str:
    """A key as written in the body (`**Last contact**`, `Last chat`) as front matter spells it."""
    return "_".join(raw.strip(" *_").lower().split())


FIELD_LINE = lazy_pattern(r"^\s*(?:\*\*|__|\*|_)?([^\W\d][\w .-]{0,40}?)(?:\*\*|__|\*|_)?\s*::\s*(.*)$")
"""A Dataview inline field or Logseq property at the start of a line: `Birthday:: 1966-12-06`."""


BRACKETED_FIELD = lazy_pattern(r"[\[(]\s*([^\W\d][\w .-]{0,40}?)\s*::\s*([^\[\]()]*?)\s*[\])]")
"""A Dataview inline field in brackets, anywhere in a line: `[company:: Acme]`, `(birthday:: ...)`."""
CARD_KEYS = frozenset(
    key for name in ("org", "birthday", "anniversary", "emails", "cadence") for key in FIELDS[name]
)
"""The keys of the card's fields, as written in FIELDS: those a field in brackets may give."""


def key_and_value(line: str) -> tuple[str, str] | None:
    """A line's key (`field_key`) and value when it is a key, one colon and a value."""
    match = _COLON_FIELD.match(line) if ":" in line[:_KEY_SPAN] else None
    return (field_key(match[1]), match[2].rstrip()) if match else None


_KEY = r"\s*[*_]{0,2}([^\W\d][\w .'-]{0,30}?)[*_]{0,2}"
"""A key as a line of a card writes it, maybe in emphasis (`**Birthday**`, `_Company_`)."""
_COLON_FIELD = lazy_pattern(rf"{_KEY}:[*_]{{0,2}}\s+(\S.*)")
_KEY_SPAN = 40
"""How far into a line its key's colon may be."""


def property_block(body: str, offset: int) -> dict[str, tuple[str, int]]:
    """The properties a Notion page's export writes under its title: the paragraph right after a
    first-level heading that opens the body (`# Carla Mendes` over `Tags: person, neighbour` and
    `Type: Person`), each of its lines a key, one colon and a value, or a key left empty. By key
    (`field_key`): the value and its line of the file (`offset`: the line before the body's
    first). None when a line of it is anything else: a paragraph of prose that opens with `Type:`
    is no page's properties, nor is such a line under another heading (`## About`)."""
    if not body.lstrip("\n").startswith("# "):  # nearly every note
        return {}
    lines = body.split("\n", _MOST_PROPERTIES)
    at = next(number for number, line in enumerate(lines) if line.strip())
    while at + 1 < len(lines) and not lines[at + 1].strip():
        at += 1
    found: dict[str, tuple[str, int]] = {}
    for number in range(at + 1, min(len(lines), _MOST_PROPERTIES)):
        line = lines[number]
        if not line.strip():
            return found
        said = key_and_value(line)
        if said is None and not _EMPTY_KEY.match(line):
            return {}
        if said is not None:
            found.setdefault(said[0], (said[1], number + offset + 1))
    return found if len(lines) <= _MOST_PROPERTIES else {}


_MOST_PROPERTIES = 100
"""The lines a page's title and properties may take: a database of more is rare, a longer
paragraph of lines of a key is no page's properties."""


def bare_card_line(line: str) -> tuple[str, str] | None:
    """A line of the card written with no colon, as owners jot one under `## About`: the key of a
    birthday or an anniversary and a day (`birthday 3 March`, `Birthday - 3 March`, `DOB
    03-03-1950`, `born 3 March 1950`), or of a contact detail and a number (`Mobile 07700 900123`).
    `born in Lisbon` is none: something known."""
    match = _BARE_CARD.match(line)
    if match is None:
        return None
    key, value = field_key(match[1]), line[match.end() :].rstrip()
    if key in _CONTACT_KEYS:
        return (key, value) if _NUMBER.fullmatch(value) else None
    if key in _DAY_KEYS and (_NUMBERED_DAY.fullmatch(value) or as_day_of_year(value) is not None):
        return key, value
    return None


_BARE_CARD = lazy_pattern(
    r"\s*[*_]{0,2}([^\W\d][\w'-]{1,24})[*_]{0,2}(?:\s*[-–—]\s*|\s+)(?=[+(\d]|[^\W\d]+\.?\s+\d)"
)
"""A key, then a number or a month's name and a number, no colon between."""
_NUMBER = lazy_pattern(r"[+(\d][\d\s().\-/]{5,}")
"""A phone number as written: digits, spaces, dots, dashes, brackets, a leading `+`."""
_NUMBERED_DAY = lazy_pattern(r"\d{1,4}[-./]\d{1,2}(?:[-./]\d{2,4})?\.?")
"""A day in numbers, whichever order (`03-03-1950`, `3.3.`): a card's, though not one to read."""
_DAY_KEYS = frozenset((*FIELDS["birthday"], *FIELDS["anniversary"], "born", "geboren"))
"""The keys of a day a bare card line may open with: `born` and `geboren` too, which as keys with
a colon say as often where (`Born: Lisbon`), so are no field."""
_CARD_FIELDS = frozenset(("org", "birthday", "anniversary", "location", "last_contact", "cadence", "emails"))
"""What a line may give after one colon: the card's values, which no line of prose opens with, and
card data wherever written. A relation (`**Spouse:** Maria`) is read from such a line too
(`card_fields`), but is no card data: the spec counts its values as facts."""


def card_fields(
    colons: dict[str, tuple[str, int]], config: Config, known: Container[int] = ()
) -> dict[str, tuple[str, int]]:
    """The lines of a key and one colon that give a card's value, as a person template writes a
    card in the text (`**Birthday:** 1990-05-01`, `**Spouse:** Maria`): those whose key means one
    of `_CARD_FIELDS` (through the synonym table, the configuration's too) or a relation, their
    value no template's placeholder. Prose opens a line with `Note:` or `Update:`, never with
    `Birthday:`. A relation's line under a heading of what is known (at a line in `known`) is a
    fact as it stands, no field."""
    table = synonym_table(config)
    return {
        key: (value, line)
        for key, (value, line) in colons.items()
        if (means(key, table, _CARD_FIELDS) or (line not in known and means(key, table, _RELATION_FIELDS)))
        and not (has_placeholder(value) or DATE_MASK.match(value) or yet_unknown(value))
    }


def people_lines(colons: dict[str, tuple[str, int]], config: Config) -> dict[str, tuple[str, int]]:
    """The lines of a key and one colon that list a dated note's people (`Attendees: [[Ana]],
    Bo`, `**Participants:** ...`, `**Organizer:** me`), as its front matter would: a meeting
    note's template often writes them in the text."""
    table = synonym_table(config)
    return {key: said for key, said in colons.items() if means(key, table, PEOPLE_FIELDS)}


def means(key: str, table: dict[str, tuple[tuple[str, int], ...]], fields: Container[str]) -> bool:
    """Does `key` (`field_key`) mean one of these fields, through the synonym `table`?"""
    return any(name in fields for name, _ in meanings_of(key, table))


PEOPLE_FIELDS = frozenset(("people", "organizer"))
"""The fields that list a dated note's people (`attendees`, `organizer`, ...)."""
_RELATION_FIELDS = frozenset(("relations",))
"""A relation's (`partner`, `kids`, ...): its values are facts."""


def yet_unknown(value: str) -> bool:
    """Does `value` stand where something is yet to be known (`TBD`, `N/A`, `...`)?"""
    return value.strip(" *_").lower() in _PLACEHOLDERS


def known_lines(fact: str, table: dict[str, tuple[tuple[str, int], ...]]) -> str:
    """A fact's lines less those that tell nothing beyond the contact card (spec 1.5): a card's
    key and one colon (`Birthday: DD.MM.YYYY` too), a contact detail (`Email: ...`), a field of
    vaultnet's written inline (`Birthday:: ...`, `kids:: Aiko, Ren`, `likes:: jazz`: the field
    counts as itself), a key a template left empty (`**Partner:**`), a placeholder (`TBD`, `...`),
    a key of a day alone (`met:: [[2026-09-15]]`)."""
    lines = fact.split("\n")
    kept = [line for line in lines if not _says_nothing_known(line, table)]
    return fact if len(kept) == len(lines) else "\n".join(kept)


def _says_nothing_known(line: str, table: dict[str, tuple[tuple[str, int], ...]]) -> bool:
    if yet_unknown(line) or _EMPTY_KEY.match(line) or ("![" in line and _EMBEDS.fullmatch(line)):
        return True
    if "::" in line and (field := FIELD_LINE.match(line)):
        key = field_key(field[1])
        if _a_day(field[2]):  # `met:: [[2026-09-15]]`: when, not what
            return True
        return key in _CONTACT_KEYS or bool(meanings_of(key, table)) or known_under(key, table) is not None
    said = key_and_value(line) if ":" in line else None
    if said is not None and _a_day(said[1]):
        return True
    if said is None:
        return bare_card_line(line) is not None
    return said[0] in _CONTACT_KEYS or means(said[0], table, _CARD_FIELDS)


def _a_day(value: str) -> bool:
    """Is a value a day alone, or a link to its note (`met:: [[2026-09-15]]`, `Met: 2026-09-15`)?
    When something happened, not something known of the person (spec 1.5, as a birthday)."""
    return is_day(unwrap_link(value))


_EMBED = r"!\[\[[^\]\n]*\]\]|!\[[^\]\n]*\]\([^)\n]*\)"
_EMBEDS = lazy_pattern(rf"\s*(?:(?:{_EMBED})\s*)+")
"""A line of embeds alone (`![[Chat.md]]`, `![[photo.jpg|100]]`, `![](photo.png)`): what is shown,
not something known."""
_EMPTY_KEY = lazy_pattern(rf"{_KEY}::?[*_]{{0,2}}\s*$")
"""A key with nothing after its colon: what a person template leaves to fill (`**Partner:**`)."""
_PLACEHOLDERS = frozenset(("tbd", "tba", "todo", "n/a", "na", "...", "…", "-", "—", "?", "??", "xxx"))
"""What stands where something is yet to be known."""
_CONTACT_KEYS = frozenset((
    "email", "e_mail", "mail", "phone", "mobile", "cell", "tel", "telephone", "fax", "website", "web",
    "url", "homepage", "address", "linkedin", "twitter", "github", "instagram", "facebook", "mastodon",
    "skype", "signal", "telegram", "whatsapp", "e-mail", "telefon", "handy", "adresse", "téléphone",
    "portable", "teléfono", "móvil", "celular", "dirección", "telefone", "telemóvel", "endereço",
    "telefoon", "mobiel", "adres",
))  # fmt: skip
"""Keys of a contact detail: the contact card itself, never something known beyond it."""


def has_placeholder(text: str) -> bool:
    """A template placeholder, `{{...}}` or `<% ... %>`: found with str.find, in linear time."""
    for opening, closing in (("{{", "}}"), ("<%", "%>")):
        start = text.find(opening)
        if start >= 0 and text.find(closing, start + 2) >= 0:
            return True
    return False


NOTHING_NEXT: tuple[str | None, str | None, str | None, dt.date | None] = (None, None, None, None)


def comes_next(fields: Fields) -> tuple[str | None, str | None, str | None, dt.date | None]:
    """What comes next for a person (spec 6.6): (birthday, anniversary, status, snooze)."""
    if not ("birthday" in fields or "anniversary" in fields or "status" in fields or "snooze" in fields):
        return NOTHING_NEXT  # most notes
    birthday = first_of(fields.get("birthday", []), as_day_of_year)
    anniversary = first_of(fields.get("anniversary", []), as_day_of_year)
    status = first_of(fields.get("status", []), _status)
    snooze = first_of(fields.get("snooze", []), as_date)
    return (
        birthday if isinstance(birthday, str) else None,
        anniversary if isinstance(anniversary, str) else None,
        status if isinstance(status, str) else None,
        snooze if isinstance(snooze, dt.date) else None,
    )


def _status(value: object) -> str | None:
    """A status as its words, in lower case, as owners write it: a slug (`do-not-contact`), a link
    to a note of that name (`[[Dormant]]`, `[[Statuses/Dormant]]`), the first of a list, with an
    emoji (`💤 dormant`), or in short (`DNC`, `dead`, `R.I.P.`). A text is read whole (`dormant,
    back in touch since June` is no status of rest), and a question is none (`dead?`)."""
    if isinstance(value, (list, tuple)):
        value = next(iter(value), None)
    text = as_text(value)
    if text is None or "?" in text:
        return text.lower() if text else None
    text = unwrap_link(text).rsplit("/", 1)[-1]
    words = " ".join(_NOT_A_WORD.sub(" ", text.replace("_", " ")).lower().split())
    return _SHORT_STATUSES.get(words, words) or None


_NOT_A_WORD = lazy_pattern(r"[^\w\s]")
_SHORT_STATUSES = {
    "dnc": "do not contact", "dead": "deceased", "rip": "deceased", "r i p": "deceased",
    "rest in peace": "deceased",
}  # fmt: skip


_RELATIONS = frozenset(FIELDS["relations"])


def is_relation(key: str, table: dict[str, tuple[tuple[str, int], ...]] | None = None) -> bool:
    """Is this front-matter or body key one of a relation (`partner`, `kids`, vCard's `RELATED[...]`,
    and, given the synonym `table`, one vaultnet.toml names so)? Its values are facts (spec 1.5)."""
    if key in _RELATIONS or key.startswith("related"):
        return True
    return table is not None and means(key, table, _RELATION_FIELDS)


def email_addresses(fields: Fields, config: Config) -> tuple[str, ...]:
    """A person's e-mail addresses, lower-case: the `emails` field's, and those of a table of
    their details (`contacts: {mail: ...}`, as the Dataview example vault writes it): each address
    in them, whatever is around it (`mailto:`, a name, angle brackets, a Markdown link to it)."""
    values = list(fields.get("emails", []))
    for details in fields.get("people", []):  # a person's `contacts:` are their details
        if isinstance(details, dict):
            values += fields_of({str(k).lower(): v for k, v in details.items()}, config).get("emails", [])
    if not values:
        return ()
    return tuple(
        dict.fromkeys(a for text in texts_of(values) if "@" in text for a in _EMAIL.findall(text.lower()))
    )


_EMAIL = lazy_pattern(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address, as found in a value that holds more (`Ana <ana@acme.com>`)."""


def known_under(key: str, table: dict[str, tuple[tuple[str, int], ...]]) -> str | None:
    """The words of a key that holds what is known of a person, named as a section of it is
    (`how_we_met`, `Gift-Ideas`, `favorite_food`); None for any other key, and for one the synonym
    `table` gives a meaning (`interests`, `kids`, `relationship`): those are read as what they mean.
    `context:` is a label (`context: work`) more often than something known."""
    return None if meanings_of(key, table) or is_relation(key) else _known_words(key)


@cache
def _known_words(key: str) -> str | None:
    words = " ".join(key.replace("_", " ").replace("-", " ").split())
    if words == "context":
        return None
    return words if words in FACT_HEADINGS or words.startswith(("favorite ", "favourite ")) else None


def known_texts(value: object) -> list[str]:
    """What a key of what is known holds: a text whole (`PyCon hallway, 2023` is one thing
    known), each text of a list; a flag, a number, a date or a placeholder (`TBD`) says nothing
    known."""
    items = value if isinstance(value, list) else [value]
    return [
        unwrap_link(item) for item in items if type(item) is str and item.strip() and not yet_unknown(item)
    ]


def with_body_fields(
    meta: dict[str, object],
    fields: Fields,
    written: dict[str, tuple[str, int]],
    config: Config,
    known_only: bool,
) -> tuple[dict[str, object], Fields]:
    """Front matter completed by fields written in the body; the front matter wins each field."""
    table = synonym_table(config)
    extra: dict[str, object] = {
        key: value
        for key, (value, _) in written.items()
        if not known_only or meanings_of(key, table) or is_relation(key) or known_under(key, table)
    }
    if not extra:
        return meta, fields
    found = fields_of(extra, config)
    merged = dict(fields)
    for name, values in found.items():
        merged.setdefault(name, values)
    relations = {k: v for k, v in extra.items() if k not in meta}
    return {**relations, **meta}, merged
