"""vCard in and out: contacts become person notes (never over a note), people become vCard 4.0.

Parsing and writing vCard text is vobject's job; this module maps its properties to the few
facts a person note holds (`Card`) and back.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultnet.commands.exported import REFUSED, among_notes, no_folder_for
from vaultnet.commands.scaffold import MAX_NAME_BYTES, a_device, check_folder, check_name, people_folder
from vaultnet.config import Config
from vaultnet.confine import confined
from vaultnet.convert import (
    NO_YEAR,
    as_list,
    as_text,
    counted,
    link_target,
    name_key,
    unaccented,
    unsafe_characters,
    unwrap_link,
)
from vaultnet.errors import ContactsError, FileExists, OutsideVault, ScaffoldError
from vaultnet.fields import FIELDS
from vaultnet.model import Note, Problem, stem_of
from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks_fast import parse_blocks
from vaultnet.read.half_filled import without_placeholders
from vaultnet.read.note import spells
from vaultnet.read.text import decode, decode_by_line, load_yaml, split_front_matter
from vaultnet.vault.load import load_vault
from vaultnet.vault.names import Resolver
from vaultnet.version import __version__
from vaultnet.write import create_file, remove_stale_temps, sync_all, write_atomic

if TYPE_CHECKING:
    from vobject.base import Component

log = logging.getLogger(__name__)

PERSON_TAG = "person"
NOTES_HEADING = "Notes"
RELATED_HEADING = "Related"
_NOT_PEOPLE = {"org", "group", "location"}
_URI = lazy_pattern(r"^[a-z][a-z0-9+.-]*:\S+$", re.IGNORECASE)
_UNSAFE_LINK = lazy_pattern(r"[\[\]|#^]")
_APPLE_LABEL = lazy_pattern(r"^_\$!<(.*)>!\$_$")
_RELATED_ITEM = lazy_pattern(r"^(?P<kind>[^\[]*?)\s*:?\s*\[\[(?P<target>[^\[\]]+)\]\]")
_BEGIN = lazy_pattern(r"^begin:vcard\s*$", re.IGNORECASE)
_END = lazy_pattern(r"^end:vcard\s*$", re.IGNORECASE)
_BDAY_LINE = lazy_pattern(r"^(?:[\w-]+\.)?bday[;:]", re.IGNORECASE)

SYSTEM_GROUPS = {PERSON_TAG, "mycontacts"}
"""Categories that say nothing about the person (Google puts everyone in `myContacts`)."""
_RELATION_KINDS = {
    "partner": "partner", "spouse": "spouse", "kids": "child", "children": "child",
    "parents": "parent", "siblings": "sibling",
}  # fmt: skip
"""Relationship keys of person notes (spec 1.5) and the vCard 4.0 RELATED type each means."""
_TITLE_KEYS = ("title", "role", "job_title", "jobtitle", "position")
_EMAIL_KEYS = (*FIELDS["emails"], "e-mail")
_PHONE_KEYS = ("phone", "phones", "tel", "mobile", "cell")
_CONTACT_TABLES = ("contacts", "contact")


@dataclass(frozen=True, slots=True)
class Related:
    """Someone a contact is related to: a name (linked in the note) or a URI vaultnet cannot resolve."""

    kind: str
    """`spouse`, `child`, `colleague`...; empty when the card does not say."""
    name: str

    @property
    def is_uri(self) -> bool:
        return bool(_URI.match(self.name))


ADDRESS_PARTS = ("box", "extended", "street", "locality", "region", "code", "country")
"""The seven parts of a vCard ADR, in order; a note's `addresses:` items use these keys."""
_VOBJECT_PARTS = {"locality": "city"}


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address, part by part as vCard holds it, with its types (`home`, `work`)."""

    kinds: str = ""
    box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    code: str = ""
    country: str = ""

    def as_meta(self) -> dict[str, str]:
        parts = {"type": self.kinds} | {key: getattr(self, key) for key in ADDRESS_PARTS}
        return {key: value for key, value in parts.items() if value}


@dataclass(frozen=True, slots=True)
class Card:
    """What a person note holds that a vCard can carry too."""

    name: str
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    org: str | None = None
    department: str | None = None
    """Their department at the organisation: a vCard ORG's units after its name
    (`ORG:Initech;Procurement`), a note's `department:`."""
    title: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    birthday: str | None = None
    """`1985-03-14`, or `--03-14` when the year is not known."""
    anniversary: str | None = None
    """A wedding's day, as the birthday is written."""
    note: str | None = None
    related: tuple[Related, ...] = ()
    uid: str | None = None
    urls: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()
    """(e-mail, phone or URL, its vCard types as `work, voice`): what `labels:` holds in a note."""
    interests: tuple[str, ...] = ()
    """What they are into, as a note's `interests:` (a spreadsheet's `Hobby`; no vCard holds it)."""
    location: str | None = None
    """Where they live, as a note's `location:` (a spreadsheet's `Location`; no vCard holds it)."""
    line: int = field(default=0, compare=False)
    """Where the card starts in its .vcf file (1-based); 0 for a card read from a note."""
    unread: tuple[tuple[int, str], ...] = field(default=(), compare=False)
    """(line in the .vcf, what) of each value the card holds and vaultnet could not read."""


# --- vCard text → cards --------------------------------------------------------------------------


def _chunks(text: str) -> Iterator[tuple[int, str | None]]:
    """Each BEGIN:VCARD … END:VCARD block with its first line, so one bad card spoils only itself;
    a last card the file ends inside (cut short) as None."""
    start, depth, lines = 0, 0, text.split("\n")
    for number, line in enumerate(lines):
        if _BEGIN.match(line.strip()):
            if depth == 0:
                start = number
            depth += 1
        elif _END.match(line.strip()) and depth:
            depth -= 1
            if depth == 0:
                yield start + 1, "\r\n".join(lines[start : number + 1]) + "\r\n"
    if depth:
        yield start + 1, None


_AT_LINE = lazy_pattern(r"At line (\d+): ")
"""How vobject says where in a card it failed: the card's line, counted from its BEGIN."""


def _values(card: Component, name: str) -> list[Any]:
    return list(card.contents.get(name.lower(), []))


def _text(value: object) -> str | None:
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value if str(v).strip())
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _first_text(card: Component, name: str) -> str | None:
    return next((text for prop in _values(card, name) if (text := _text(prop.value))), None)


def _org(card: Component) -> tuple[str | None, str | None]:
    """The card's organisation and their department in it: ORG's name, and its units after it
    (`ORG:Initech;Procurement`, `ORG:ABC, Inc.;North America;Marketing` → `North America;
    Marketing`), which are no part of the organisation's name."""
    for prop in _values(card, "ORG"):
        parts = prop.value if isinstance(prop.value, (list, tuple)) else [prop.value]
        name, units = (_text(parts[0]) if parts else None), _text(list(parts[1:]))
        if name or units:
            return name, units
    return None, None


def _multiline(value: object) -> str | None:
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def _birthday(value: object) -> str | None:
    """vCard dates in their shapes (`19850314`, `1985-03-14`, `--0314`, `--03-14`, with a time) → ISO text."""
    text = str(value or "").strip().split("T", 1)[0]
    digits = text.replace("-", "")
    if text.startswith("--") and len(digits) == 4 and digits.isdigit():
        try:
            dt.date(2000, int(digits[:2]), int(digits[2:]))  # a leap year: --02-29 is a birthday
        except ValueError:
            return None
        return f"--{digits[:2]}-{digits[2:]}"
    if len(digits) == 8 and digits.isdigit():
        try:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
        except ValueError:
            return None
    return None


def _bday(prop: Any) -> str | None:
    """A BDAY as ISO text, or as written when the card marks it as text (`VALUE=text:May 5`)."""
    is_text = "text" in (v.lower() for v in prop.params.get("VALUE", []))
    day = _birthday(prop.value)
    omitted = prop.params.get("X-APPLE-OMIT-YEAR", [])
    if day and (day[:4] == str(NO_YEAR) or day[:4] in omitted):  # Apple's year for none, marked or not
        return f"--{day[5:]}"
    return day or (_text(prop.value) if is_text else None)


def _anniversary(card: Component) -> str | None:
    """The card's anniversary: vCard 4.0's `ANNIVERSARY`, the `X-ANNIVERSARY` of Evolution and
    KDE, or an Apple date labelled so (`item1.X-ABDATE` under `_$!<Anniversary>!$_`)."""
    for name in ("ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"):
        if day := next((d for prop in _values(card, name) if (d := _bday(prop))), None):
            return day
    labelled = (p for p in _values(card, "X-ABDATE") if _label(card, p.group) == "anniversary")
    return next((day for prop in labelled if (day := _bday(prop))), None)


def _kinds(line: Any) -> list[str]:
    """A property's TYPE values, split on commas (4.0 writes `TYPE="voice,cell"`), lower-case; and
    the types vCard 2.1 writes bare (`TEL;CELL;VOICE:`, as Android exports), but its encodings."""
    typed = [t.strip().lower() for raw in line.params.get("TYPE", []) for t in raw.split(",") if t.strip()]
    bare = [t.lower() for t in getattr(line, "singletonparams", []) if t.lower() not in _ENCODINGS]
    return list(dict.fromkeys(typed + bare))


_ENCODINGS = frozenset(("quoted-printable", "base64", "b", "8bit", "7bit"))
"""What vCard 2.1 writes bare beside the types: how the value is encoded."""


def _label(card: Component, group: str | None) -> str | None:
    """Apple's `itemN.X-ABLabel` for a grouped property: `_$!<Spouse>!$_` → `spouse`."""
    if not group:
        return None
    for line in _values(card, "X-ABLABEL"):
        if line.group == group:
            text = str(line.value).strip()
            match = _APPLE_LABEL.match(text)
            return (match[1] if match else text).lower() or None
    return None


def _name(card: Component) -> str | None:
    """The card's name: its `FN`, else its `N`, a nickname or the organisation's. An `FN` that is
    the organisation's over an `N` of a person's (Apple's card shown as its company) is theirs."""
    org = _org(card)[0]
    for line in _values(card, "FN"):
        if (text := _text(line.value)) and not (text == org and _person_named(card)):
            return _family_last(card, text)
    for line in _values(card, "N"):
        n = line.value
        parts = [getattr(n, key, "") for key in ("prefix", "given", "additional", "family", "suffix")]
        words = [" ".join(p) if isinstance(p, list) else str(p) for p in parts]
        if text := _text(" ".join(w for w in words if w)):
            return text
    for key in ("NICKNAME", "ORG"):
        for line in _values(card, key):
            if text := _text(line.value):
                return text
    return None


def _family_last(card: Component, name: str) -> str:
    """A name filed family first (`Doe, Jane`, as Outlook shows it) as the card's `N` spells it
    given first: `Jane Doe`; any other name as it is."""
    family, comma, given = name.partition(", ")
    for line in _values(card, "N") if comma else ():
        n = line.value
        if _text(getattr(n, "family", "")) == family and _text(getattr(n, "given", "")) == given:
            return f"{given} {family}"
    return name


def _is_organisation(card: Component) -> bool:
    kinds = {
        str(line.value).strip().lower()
        for key in ("KIND", "X-ADDRESSBOOKSERVER-KIND")
        for line in _values(card, key)
    }
    shown = {str(line.value).strip().lower() for line in _values(card, "X-ABSHOWAS")}
    if kinds & _NOT_PEOPLE:
        return True
    # Apple shows a card as its company at will: one whose `N` names someone is that person's.
    return ("company" in shown and not _person_named(card)) or _a_company_by_name(card)


def _person_named(card: Component) -> bool:
    """Does the card's `N` hold a person's name (a given, family or middle name)?"""
    return any(
        _text(getattr(line.value, part, ""))
        for line in _values(card, "N")
        for part in ("given", "family", "additional")
    )


def _a_company_by_name(card: Component) -> bool:
    """A card of no one's name whose name is its organisation's, as Google writes a company's."""
    if _person_named(card):
        return False
    name = _first_text(card, "FN")
    return name is not None and any(_text(line.value) == name for line in _values(card, "ORG"))


def _split_list(value: object) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    return [t for item in items if (t := " ".join(str(item).split()))]


_NOT_KINDS = {"pref", "internet", "x400", "text"}
"""TYPE values that say nothing a person note keeps."""


def _kind_text(card: Component, prop: Any) -> str:
    """A property's types as `work, voice`, Apple's label (`itemN.X-ABLabel`) when it has none."""
    kinds = [k for k in _kinds(prop) if k not in _NOT_KINDS]
    if not kinds and (label := _label(card, prop.group)):
        kinds = [label]
    return ", ".join(dict.fromkeys(kinds))


def _address(card: Component, prop: Any) -> Address | None:
    value = prop.value
    parts = {}
    for key in ADDRESS_PARTS:
        raw = getattr(value, _VOBJECT_PARTS.get(key, key), "")
        parts[key] = _text(raw) or ""
    if not any(parts.values()):
        return None
    return Address(_kind_text(card, prop), **parts)


_UNESCAPED_COMMA = lazy_pattern(r"(?<!\\),")


def _commas_escaped(chunk: str) -> str:
    """The card with the commas of its one-text properties escaped (`TITLE:Head of Sales, EMEA`):
    vCard 2.1, which Android and Outlook write, escapes none, and vobject would read only the
    text before the first. A quoted-printable value's lines (ended by `=`) are its own too."""
    lines = chunk.split("\r\n")
    whole = printable = soft = False
    for at, line in enumerate(lines):
        if line[:1] in (" ", "\t") or soft:  # a folded line, or a quoted-printable one, goes on
            value = line
        else:
            head, _, value = line.partition(":")
            whole = head.split(";", 1)[0].rpartition(".")[2].upper() in _ONE_TEXT
            printable = "QUOTED-PRINTABLE" in head.upper()
        soft = whole and printable and line.endswith("=")
        if whole and "," in value:
            lines[at] = line[: len(line) - len(value)] + _UNESCAPED_COMMA.sub(r"\\,", value)
    return "\r\n".join(lines)


_ONE_TEXT = frozenset(("FN", "TITLE", "ROLE", "NOTE", "ORG"))
"""The properties whose value is one text (ORG's parts are split by `;`, not by commas)."""


def _nicknames(card: Component, raw: str | None) -> list[str]:
    """NICKNAME values, split on the commas that separate them but not on an escaped `\\,`.

    Read from the card's own text when there is one: vobject unescapes the commas before they
    can be told apart."""
    if raw is None:
        return [a for p in _values(card, "NICKNAME") for a in _split_list(p.value)]
    names = []
    for line in raw.split("\r\n"):
        head, colon, value = line.partition(":")
        if colon and head.split(";", 1)[0].split(".")[-1].upper() == "NICKNAME":
            for item in _UNESCAPED_COMMA.split(value):
                text = " ".join(item.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\").split())
                if text:
                    names.append(text)
    return names


def _unfold(chunk: str) -> str:
    return re.sub(r"\r\n[ \t]", "", chunk)


def _url(value: object) -> str | None:
    """A URL as written, without the `\\:` escapes Google's 3.0 export puts in it."""
    text = _text(value)
    return re.sub(r"\\([:,;\\])", r"\1", text) if text else None


def _phone(value: object) -> str | None:
    text = _text(value)
    return text.removeprefix("tel:") if text else None


def _card_labels(card: Component) -> tuple[tuple[str, str], ...]:
    """Each typed e-mail, phone and URL with its types (`work, voice`)."""
    labels: dict[str, str] = {}
    for key, read in (("EMAIL", _text), ("TEL", _phone), ("URL", _url)):
        for prop in _values(card, key):
            value, kinds = read(prop.value), _kind_text(card, prop)
            if value and kinds:
                labels.setdefault(value, kinds)
    return tuple(sorted(labels.items()))


def card_from_vobject(
    card: Component, line: int, uids: dict[str, str], raw: str | None = None
) -> Card | None:
    """One parsed vCard as a Card; None for an organisation, a group or a place."""
    if _is_organisation(card):
        return None
    name = _name(card)
    if name is None:
        held = [t for key in ("EMAIL", "TEL") for prop in _values(card, key) if (t := _text(prop.value))]
        said = f"; it holds {', '.join(held)}" if held else ""
        raise ValueError(f"the contact has no name (no FN, N, NICKNAME or ORG){said}")
    related = []
    for prop in _values(card, "RELATED"):
        value = _text(prop.value) or ""
        kind = ",".join(k for k in _kinds(prop) if k != "pref")
        related.append(Related(kind, uids.get(value.lower(), value)))
    for prop in _values(card, "X-ABRELATEDNAMES"):
        if named := _text(prop.value):
            related.append(Related(_label(card, prop.group) or "", named))
    tags = [t for prop in _values(card, "CATEGORIES") for t in _split_list(prop.value)]
    tags = [t for t in tags if t.lower() not in SYSTEM_GROUPS]
    org, department = _org(card)
    return Card(
        name=name,
        aliases=tuple(dict.fromkeys(_nicknames(card, raw))),
        tags=tuple(dict.fromkeys(t.replace(" ", "-").lower() for t in tags)),
        org=org,
        department=department,
        title=_first_text(card, "TITLE") or _first_text(card, "ROLE"),
        emails=tuple(dict.fromkeys(t for p in _values(card, "EMAIL") if (t := _text(p.value)))),
        phones=tuple(dict.fromkeys(t for p in _values(card, "TEL") if (t := _phone(p.value)))),
        birthday=next((b for prop in _values(card, "BDAY") if (b := _bday(prop))), None),
        anniversary=_anniversary(card),
        note=_multiline("\n\n".join(str(p.value) for p in _values(card, "NOTE"))),
        related=tuple(dict.fromkeys(r for r in related if r.name)),
        uid=next((t for prop in _values(card, "UID") if (t := _text(prop.value))), None),
        urls=tuple(dict.fromkeys(t for p in _values(card, "URL") if (t := _url(p.value)))),
        addresses=tuple(dict.fromkeys(a for p in _values(card, "ADR") if (a := _address(card, p)))),
        labels=_card_labels(card),
        line=line,
    )


def read_vcf(
    name: str, data: bytes, known_uids: dict[str, str] | None = None
) -> tuple[list[Card], list[Problem], list[Problem]]:
    """Every person card of a .vcf file, a problem for each card that cannot be read, and notices
    of what was read only in part (lines read as Windows-1252 in a UTF-8 file)."""
    import vobject

    text, notices = decode_by_line(name, data, folded=True)  # UTF-16 too, as Outlook on Windows writes
    parsed: list[tuple[int, Component, str, str]] = []
    problems: list[Problem] = []
    for line, chunk in _chunks(text):
        if chunk is None:
            problems.append(
                Problem(name, line, "this contact has no END:VCARD (is the file cut short?): not imported")
            )
            continue
        try:
            component = vobject.readOne(_commas_escaped(chunk), allowQP=True)
            parsed.append((line, component, _unfold(chunk), chunk))
        except Exception as exc:  # vobject raises many kinds on malformed input
            said = str(exc)
            if at := _AT_LINE.match(said):  # its line in the file, not in the card
                line, said = line + int(at[1]) - 1, said[at.end() :]
            problems.append(Problem(name, line, f"cannot read this contact: {said}"))
    if not parsed and not problems:
        raise ContactsError(f"{name}: no BEGIN:VCARD in this file; is it a vCard (.vcf) file?")
    notices += _not_read(name, parsed)
    uids = {k.lower(): v for k, v in (known_uids or {}).items()}
    for _, component, _, _ in parsed:
        uid, person = _values(component, "UID"), _name(component)
        if uid and person:
            uids.setdefault(str(uid[0].value).strip().lower(), person)
    cards = []
    for line, component, raw, chunk in parsed:
        try:
            card = card_from_vobject(component, line, uids, raw)
        except Exception as exc:
            problems.append(Problem(name, line, f"cannot read this contact: {exc}"))
            continue
        if card is None:
            called = f"{person}, " if (person := _name(component)) else ""
            problems.append(
                Problem(name, line, f"skipped: {called}an organisation, group or place, not a person")
            )
        else:
            cards.append(_with_unread(card, component, chunk))
    return cards, sorted(problems, key=lambda p: p.line), notices


def _not_read(name: str, parsed: list[tuple[int, Component, str, str]]) -> list[Problem]:
    """The properties of the file's cards that no note keeps (`GENDER`, `IMPP`), named once at the
    first card holding one, as `import csv` names the columns it does not read."""
    unread: dict[str, int] = {}
    for line, component, _, _ in parsed:
        for key in component.contents:
            if key not in _READ and not key.startswith(_NOT_DATA):
                unread.setdefault(key.upper(), line)
    if not unread:
        return []
    said = f"{counted(len(unread), 'property', 'properties')} not read: {', '.join(sorted(unread))}"
    return [Problem(name, min(unread.values()), said)]


_READ = frozenset((
    "version", "fn", "n", "nickname", "org", "title", "role", "email", "tel", "bday", "anniversary",
    "x-anniversary", "x-evolution-anniversary", "x-abdate", "note", "related", "x-abrelatednames",
    "categories", "uid", "url", "adr", "x-ablabel", "kind", "x-addressbookserver-kind", "x-abshowas",
))  # fmt: skip
"""The properties `card_from_vobject` reads, as vobject names them."""
_NOT_DATA = (
    "prodid", "rev", "photo", "x-abuid", "x-abadr", "label", "clientpidmap", "source", "x-phonetic", "member",
)  # fmt: skip
"""Properties that say nothing of the person or repeat what is read (`LABEL`, an address as
printed; Apple's `X-ABADR`, its country's code), a group's members, and photos, which are never
imported: not worth naming."""


def _with_unread(card: Card, component: Component, chunk: str) -> Card:
    """The card, with a birthday it holds that is no date (`1988-02-30`) noted as unread, at the
    line of the .vcf that holds it (`chunk` is the card's text, line for line)."""
    written = _values(component, "BDAY")
    if card.birthday is not None or not written:
        return card
    lines = enumerate(chunk.split("\r\n"), card.line)
    at = next((number for number, text in lines if _BDAY_LINE.match(text)), card.line)
    what = f"birthday {str(written[0].value)!r} not read (not a date); the rest of the card is imported"
    return replace(card, unread=((at, what),))


# --- cards ↔ notes -------------------------------------------------------------------------------


def _related_item(related: Related) -> str:
    if related.is_uri or _UNSAFE_LINK.search(related.name):
        return f"- {related.kind or 'related'}: {related.name}"
    return f"- {related.kind} [[{related.name}]]" if related.kind else f"- [[{related.name}]]"


def note_text(card: Card) -> str:
    """A person note for the card: the facts in front matter, notes and related people in the body."""
    import yaml

    meta: dict[str, object] = {"name": card.name}
    if card.aliases:
        meta["aliases"] = list(card.aliases)
    meta["tags"] = [PERSON_TAG, *card.tags]
    optional = {
        "org": [card.org] if card.org and "," in card.org else card.org,  # `Foo, Inc.` is one, not a list
        "department": [card.department] if card.department and "," in card.department else card.department,
        "title": card.title,
        "emails": list(card.emails),
        "phones": list(card.phones),
        "birthday": _yaml_day(card.birthday),
        "anniversary": _yaml_day(card.anniversary),
        "urls": list(card.urls),
        "addresses": [a.as_meta() for a in card.addresses],
        "labels": dict(card.labels),
        "interests": list(card.interests),
        "location": card.location,
        "uid": card.uid,
    }
    meta.update({key: value for key, value in optional.items() if value})
    front = yaml.dump(
        meta, Dumper=_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=None, width=10_000
    )
    parts = [f"---\n{front}---\n"]
    if card.note:
        parts.append(f"## {NOTES_HEADING}\n{fenced(card.note)}\n")
    if card.related:
        parts.append(f"## {RELATED_HEADING}\n" + "\n".join(_related_item(r) for r in card.related) + "\n")
    parts.append("## Log\n")
    return "\n".join(parts)


@cache
def _dumper() -> Any:
    """PyYAML's safe dumper, but a text that a YAML 1.2 reader (Obsidian's) would take for a number
    is quoted: PyYAML, of YAML 1.1, leaves `07700900123` bare, which 1.2 reads as 7700900123."""
    import yaml

    dumper: Any = type("Dumper", (yaml.SafeDumper,), {})
    dumper.add_implicit_resolver("tag:yaml.org,2002:int", _NUMBER_LIKE, list("-+.0123456789"))
    return dumper


_NUMBER_LIKE = lazy_pattern(
    r"(?:[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0[xo][0-9a-fA-F]+)$"
)
"""A YAML 1.2 number, or near enough to one to quote (`007`, `1e3`, `0x1F`): PyYAML quotes a
text that its dumper would read back as something else."""


def _yaml_day(day: str | None) -> object:
    """A day with its year as a YAML date, which Obsidian shows as one; `--03-14` as written."""
    if day and _birthday(day) and not day.startswith("--"):
        return dt.date.fromisoformat(day)
    return day


def fenced(text: str) -> str:
    """A contact's free text inside a code fence longer than any run of backticks in it: it comes
    from someone else's address book, so it must not become headings, entries or links."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def unfenced(lines: list[str]) -> list[str]:
    """The lines of a Notes section, without the fence `fenced` put around them."""
    kept = [line for line in lines if line.strip()]
    if len(kept) >= 2 and re.fullmatch(r"(`{3,})text", kept[0].strip()):
        fence = kept[0].strip()[:-4]
        if kept[-1].strip() == fence:
            first = lines.index(kept[0])
            last = len(lines) - 1 - lines[::-1].index(kept[-1])
            return lines[first + 1 : last]
    return lines


def _meta_values(meta: dict[str, object], keys: Iterable[str]) -> list[object]:
    """Values of the keys named, also as vcf-contacts writes them (`email[home]`) and inside `contacts:`."""
    keys = tuple(keys)
    found = [v for k, v in meta.items() if k in keys or ("[" in k and k.split("[", 1)[0] in keys)]
    for table in _CONTACT_TABLES:
        nested = meta.get(table)
        if isinstance(nested, dict):
            found += [v for k, v in nested.items() if str(k).lower() in keys]
    return found


def _flat(values: Iterable[object], split: bool) -> list[str]:
    out: list[str] = []
    for value in values:
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if split:
                out += as_list(item)
            elif (text := as_text(item)) is not None:
                out.append(unwrap_link(text))
    return list(dict.fromkeys(out))


def _section(body: str, heading: str) -> tuple[list[str], list[str]]:
    """The raw lines of the first section with this heading, and the texts of its top-level items."""
    blocks = parse_blocks(body)
    lines = body.split("\n")
    start = next(
        (
            i
            for i, b in enumerate(blocks)
            if b.kind == "heading" and b.text.strip().lower() == heading.lower()
        ),
        None,
    )
    if start is None:
        return [], []
    level = blocks[start].level
    first = blocks[start].lines[0][0] + 1
    if not lines[blocks[start].lines[0][0]].lstrip().startswith("#"):
        first += 1  # a setext underline
    end_block = next((b for b in blocks[start + 1 :] if b.kind == "heading" and b.level <= level), None)
    end = end_block.lines[0][0] if end_block else len(lines)
    inside = [b for b in blocks[start + 1 :] if b.lines[0][0] < end]
    items = [b.lines[0][1].strip() for b in inside if b.kind == "item" and b.level == 1]
    return lines[first:end], items


def _related_from_item(text: str) -> Related | None:
    match = _RELATED_ITEM.match(text)
    if match:
        return Related(match["kind"].strip().rstrip(":").strip(), link_target(match["target"]))
    kind, sep, rest = text.partition(": ")
    if sep and rest.strip():
        return Related("" if kind.strip() == "related" else kind.strip(), rest.strip())
    return Related("", text.strip()) if text.strip() else None


def card_from_note(note: Note, data: bytes, config: Config) -> Card:
    """What a person note holds, in the shape a vCard can carry."""
    decoded = decode(note.file, data)
    stem = note.stem  # a title that spells it is the note's
    split = split_front_matter(decoded.text)
    meta = without_placeholders(load_yaml(note.file, split)[0])  # a half-filled note's `{{company}}`: no org
    note_lines, _ = _section(split.body, NOTES_HEADING)
    _, related_items = _section(split.body, RELATED_HEADING)
    related = [r for text in related_items if (r := _related_from_item(text))]
    for key, value in meta.items():
        if key.startswith("related[") and (text := as_text(value)):
            related.append(Related(key[8:].rstrip("]").split(":")[-1], text))
        elif key in _RELATION_KINDS:
            related += [Related(_RELATION_KINDS[key], name) for name in as_list(value)]
    org_values = _flat(_meta_values(meta, FIELDS["org"]), split=False)
    # The day the reader made of it (`March 3, 1990` is 1990-03-03; a Logseq property or
    # `Birthday:: ...` in the text too), as the report gives it; else the front matter's as
    # written, which is no day (`sometime in May`, `1990-02-29`): kept as text.
    birthday = note.birthday or next(iter(_flat(_meta_values(meta, FIELDS["birthday"]), split=False)), None)
    anniversary = note.anniversary or next(
        iter(_flat(_meta_values(meta, FIELDS["anniversary"]), split=False)), None
    )
    person_tags = set(config.person_tags)
    urls = _flat(_meta_values(meta, _URL_KEYS), split=False)
    urls += map(_linkedin, _flat(_meta_values(meta, _LINKEDIN_KEYS), split=False))
    return Card(
        name=note.name,
        aliases=note.aliases,
        tags=tuple(t for t in note.tags if t not in person_tags),
        org=org_values[0] if org_values else note.org,
        department=next(iter(_flat(_meta_values(meta, _DEPARTMENT_KEYS), split=False)), None),
        title=next(
            (t for t in _flat(_meta_values(meta, _TITLE_KEYS), split=False) if not spells(t, stem)), None
        ),
        emails=tuple(_flat(_meta_values(meta, _EMAIL_KEYS), split=True)),
        phones=tuple(_flat(_meta_values(meta, _PHONE_KEYS), split=False)),
        birthday=_birthday(birthday) or birthday,
        anniversary=_birthday(anniversary) or anniversary,
        note=_multiline("\n".join(unfenced(note_lines))),
        related=tuple(dict.fromkeys(_plain_related(related))),
        uid=as_text(meta.get("uid")),
        urls=tuple(dict.fromkeys(urls)),
        addresses=tuple(_addresses(meta.get("addresses"))),
        labels=tuple(sorted(_labels(meta.get("labels")).items())),
        interests=note.interests,
        location=note.location,
    )


_URL_KEYS = ("url", "urls", "website", "websites", "homepage")
_LINKEDIN_KEYS = ("linkedin", "linkedin_url", "linkedin_profile")
_DEPARTMENT_KEYS = ("department", "dept")


def _linkedin(value: str) -> str:
    """A LinkedIn profile as a note keeps it (`linkedin:`): a URL as written, a bare handle
    (`annlee`, `@annlee`) as its URL, which a LinkedIn export gives and a vCard carries."""
    handle = value.strip().removeprefix("@")
    return f"https://www.linkedin.com/in/{handle}" if _HANDLE.fullmatch(handle) else value


_HANDLE = lazy_pattern(r"[\w-]+")


def _plain_related(related: list[Related]) -> list[Related]:
    """Related people once each, whatever the spelling (`name:Arne`, the vCard 4.0 text URI
    some tools write, is Arne)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for item in related:
        name = item.name.removeprefix("name:").strip()
        key = (item.kind.lower(), name.lower())
        if name and key not in seen:
            seen.add(key)
            out.append(Related(item.kind, name))
    return out


def _addresses(value: object) -> list[Address]:
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    out = []
    for item in items:
        if isinstance(item, dict):
            parts = {key: as_text(item.get(key)) or "" for key in ADDRESS_PARTS}
            if any(parts.values()):
                out.append(Address(as_text(item.get("type")) or "", **parts))
    return out


def _labels(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): text for k, v in value.items() if (text := as_text(v))}


def given_and_family(name: str) -> tuple[str, str]:
    """A name's given names and family name, as a card's `N` files them: the last word, with the
    particles before it that belong to it (`Joost van der Berg`: `van der Berg`, `Ana de la
    Cruz`: `de la Cruz`), as address books sort them."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


_PARTICLES = frozenset((
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten", "dos",
    "das", "do", "bin", "ibn", "zu",
))  # fmt: skip
"""The words a family name opens with (Dutch, German, Spanish, Italian, Portuguese, French, Arabic)."""


def vcard_text(card: Card) -> str:
    """The card as vCard 4.0 (CRLF lines, folded at 75 octets, by vobject)."""
    import vobject

    out = vobject.vCard()
    out.add("version").value = "4.0"
    out.add("prodid").value = f"-//vaultnet//vaultnet {__version__}//EN"
    if card.uid:
        out.add("uid").value = card.uid
    out.add("fn").value = card.name
    given, family = given_and_family(card.name)
    out.add("n").value = vobject.vcard.Name(family=family, given=given)
    for alias in card.aliases:  # one property each: a comma inside a nickname stays inside it
        out.add("nickname").value = alias
    if card.org or card.department:
        units = card.department.split("; ") if card.department else []
        out.add("org").value = [card.org or "", *units]
    if card.title:
        out.add("title").value = card.title
    labels = dict(card.labels)
    for key, values in (("email", card.emails), ("tel", card.phones), ("url", card.urls)):
        for value in values:
            prop = out.add(key)
            prop.value = value
            if kinds := [k.strip() for k in labels.get(value, "").split(",") if k.strip()]:
                prop.params["TYPE"] = kinds
    for address in card.addresses:
        prop = out.add("adr")
        prop.value = vobject.vcard.Address(
            **{_VOBJECT_PARTS.get(key, key): getattr(address, key) for key in ADDRESS_PARTS}
        )
        if kinds := [k.strip() for k in address.kinds.split(",") if k.strip()]:
            prop.params["TYPE"] = kinds
    for key, day in (("bday", card.birthday), ("anniversary", card.anniversary)):
        if day:
            prop = out.add(key)
            if _birthday(day):
                prop.value = ("--" if day.startswith("--") else "") + day.replace("-", "")
            else:
                prop.value = day  # `May 5`: vCard 4.0 allows text, marked as such
                prop.params["VALUE"] = ["text"]
    if card.note:
        out.add("note").value = card.note
    for related in card.related:
        prop = out.add("related")
        prop.value = related.name
        if related.kind:
            prop.params["TYPE"] = [related.kind]
        if not related.is_uri:
            prop.params["VALUE"] = ["text"]
    if card.tags:
        out.add("categories").value = list(card.tags)
    return str(out.serialize())


# --- the commands --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Merge:
    """A contact whose person note exists: what the card holds that the note does not."""

    file: str
    summary: str


@dataclass(frozen=True)
class ImportResult:
    created: tuple[str, ...]
    merges: tuple[Merge, ...]
    same: tuple[str, ...]
    """Notes that already hold everything their card says."""
    problems: tuple[Problem, ...]
    """Cards not imported, or not read."""
    warnings: tuple[Problem, ...] = ()
    """Values of a card that could not be read (a birthday that is no date), the rest of it read;
    a person made at an address someone of another name has too (a family's mailbox)."""
    unwritten: int = 0
    """Cards whose note the system would not write (a full disk, a folder not writable)."""
    interrupted: bool = False
    """Stopped by Ctrl-C: `created` are the notes made before it, each whole."""


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


def merge_summary(note: Card, card: Card) -> str:
    """What `card` would add to `note`, in a few words; empty when nothing."""
    changes: list[str] = []
    org, department = note.org, note.department
    if org and not department and ";" in org:  # an import wrote ORG's units into it before
        org, department = (part.strip() for part in org.split(";", 1))
    for label, theirs, ours in (
        ("org", card.org, org),
        ("department", card.department, department),
        ("title", card.title, note.title),
        ("birthday", card.birthday, note.birthday),
        ("anniversary", card.anniversary, note.anniversary),
        ("note", card.note, note.note),
        ("location", card.location, note.location),
    ):
        if theirs and ours and theirs.startswith("--") and ours.endswith(theirs[1:]):
            continue  # `--04-12` says less than the note's `1990-04-12`, nothing else
        if theirs and not ours:
            changes.append(f"+{label} {theirs!r}" if label != "note" else "+note")
        elif theirs and ours and theirs.casefold() != ours.casefold():
            changes.append(
                f"{label} {theirs!r} (note has {ours!r})" if label != "note" else "a different note"
            )
    known_emails = {e.lower() for e in note.emails}
    changes += [f"+email {e}" for e in card.emails if e.lower() not in known_emails]
    known_phones = {_digits(p)[-9:] for p in note.phones}
    changes += [f"+phone {p}" for p in card.phones if _digits(p)[-9:] not in known_phones]
    changes += [f"+alias {a}" for a in card.aliases if a.lower() not in {x.lower() for x in note.aliases}]
    known_urls = {_url_key(u) for u in note.urls}
    changes += [f"+url {u}" for u in card.urls if _url_key(u) not in known_urls]
    changes += [f"+address {a.street or a.locality}" for a in card.addresses if a not in note.addresses]
    changes += [f"+tag {t}" for t in card.tags if t.lower() not in {x.lower() for x in note.tags}]
    known_interests = {i.casefold() for i in note.interests}
    changes += [f"+interest {i}" for i in card.interests if i.casefold() not in known_interests]
    known_related = {r.name.lower() for r in note.related}
    changes += [f"+related {r.name}" for r in card.related if r.name.lower() not in known_related]
    return ", ".join(changes)


def _url_key(url: str) -> str:
    """A URL as two ways of writing it compare: no scheme, no `www.`, no closing `/`, in any case
    (`HTTP://LinkedIn.com/in/annlee/` is `https://www.linkedin.com/in/annlee`)."""
    return _SCHEME.sub("", url.strip().lower()).removeprefix("www.").rstrip("/")


_SCHEME = lazy_pattern(r"[a-z][a-z0-9+.-]*://")


def file_stem(name: str) -> str:
    """A name as a safe file stem: characters that break links or file names dropped, cut to a
    length every file system allows."""
    cleaned = " ".join(re.sub(r'[\[\]|#^\\/:*?"<>\x00-\x1f]', " ", name).split())
    cleaned = "".join(c for c in cleaned if not unsafe_characters(c))
    while len(cleaned.encode("utf-8")) > MAX_NAME_BYTES - 20:
        cleaned = cleaned[:-1]
    cleaned = cleaned.strip(". ").replace("..", ".")
    if a_device(cleaned):  # `CON`: a name Windows keeps for a device
        cleaned += " (contact)"
    try:
        return check_name(cleaned)
    except ScaffoldError:
        return "Unnamed contact"


def write_vcf(path: Path, text: str, root: Path | None = None, config: Config | None = None) -> None:
    """Write an export whole, replacing only a regular file that is a vCard file itself.

    The folder must exist. Inside the vault (`root`), the file must stay inside it and out of
    the folders vaultnet reads notes from or writes pages to, and must not be a note."""
    if (no_folder := no_folder_for(path)) is not None:
        raise ContactsError(no_folder)
    if root is not None and among_notes(path, root, config or Config()):
        raise ContactsError(f"{path}: {REFUSED}")
    try:
        st = path.lstat()
    except FileNotFoundError:
        create_file(path, text.encode("utf-8"))
        return
    if not stat.S_ISREG(st.st_mode):
        raise ContactsError(f"{path} exists and is not a regular file: vaultnet will not replace it")
    with path.open("rb") as handle:
        head = handle.read(64).removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.upper().startswith(b"BEGIN:VCARD"):
        raise ContactsError(f"{path} exists and is not a vCard file: vaultnet will not replace it")
    write_atomic(path, [text.encode("utf-8")], mode=stat.S_IMODE(st.st_mode))


Reader = Callable[[dict[str, str]], tuple[list[Card], list[Problem], list[Problem]]]
"""Reads a contacts file's cards, given the people of the vault by their UIDs (a vCard names a
related person by one); a problem for each contact it cannot read, and notices of what it read
only in part."""


class _Known:
    """The vault's people as cards, and who a card means among them: the same UID, a name or an
    alias (as a link would find them), its file name, an e-mail address only one of them has
    (and only when the names agree: a family's or a team's mailbox is no one person), or a name
    or alias only one of them has with its accents (`Zoe Muller`, Zoë Müller)."""

    def __init__(self, people: Iterable[tuple[Note, Card]]) -> None:
        self.cards: dict[str, Card] = {}
        self.uids: dict[str, str] = {}
        """Each UID (as written) → its person's name: a vCard may name a related person by it."""
        self.by_uid: dict[str, str] = {}
        self.by_email: dict[str, set[str]] = {}
        self.names: dict[str, tuple[str, ...]] = {}
        """Each person's names (name, file name, aliases), to tell a shared address's people apart."""
        self.unaccented: dict[str, set[str]] = {}
        self.resolve = Resolver([])
        for note, card in people:
            self.remember(note, card)

    def remember(self, note: Note, card: Card) -> None:
        self.cards[note.file] = card
        self.resolve.add(note)
        if card.uid:
            self.by_uid.setdefault(card.uid.lower(), note.file)
            self.uids[card.uid] = card.name
        for email in card.emails:
            self.by_email.setdefault(email.lower(), set()).add(note.file)
        self.names[note.file] = (note.name, stem_of(note.file), *note.aliases)
        for name in (note.name, *note.aliases):
            self.unaccented.setdefault(unaccented(name_key(name)), set()).add(note.file)

    def find(self, card: Card) -> str | None:
        found = self.by_uid.get(card.uid.lower()) if card.uid else None
        found = found or self.resolve(card.name) or self.resolve(file_stem(card.name))
        at_address = {file for email in card.emails for file in self.by_email.get(email.lower(), ())}
        for owners in (
            {file for file in at_address if names_agree(self.names[file], (card.name, *card.aliases))},
            self.unaccented.get(unaccented(name_key(card.name)), set()),  # `Zoe Muller` is Zoë Müller
        ):
            if found is None and len(owners) == 1:
                found = next(iter(owners))
        return found

    def sharing(self, card: Card) -> list[tuple[str, str]]:
        """(file, address) of each person of another name at an address of the card's, once each."""
        names = (card.name, *card.aliases)
        shared: dict[str, str] = {}
        for email in card.emails:
            for file in sorted(self.by_email.get(email.lower(), ())):
                if not names_agree(self.names[file], names):
                    shared.setdefault(file, email)
        return list(shared.items())


def names_agree(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Can two people's names be one person's? An e-mail address finds its person unless both
    names are full ones whose given names clearly differ: `Zoë Jones` is not `Jim Jones` (two
    people at one address, a family's or a team's, are two), while `Mum` is anyone at her address
    (`Maria Santos`), and `James Jones` is `Jim Jones`, `Jimmy Jones` and `J. Jones`. A name that
    is none (an address, no letter) agrees with any."""
    ours_words, theirs_words = _name_words(ours), _name_words(theirs)
    if not ours_words or not theirs_words:
        return True
    return any(_one_name(a, b) for a in ours_words for b in theirs_words)


def _name_words(names: Iterable[str]) -> list[list[str]]:
    """Each name that is one (not an address), as its words, folded, without accents or dots."""
    out = []
    for name in names:
        words = [w.strip(".,") for w in unaccented(name_key(name)).split()]
        if "@" not in name and (words := [w for w in words if any(c.isalpha() for c in w)]):
            out.append(words)
    return out


def _one_name(a: list[str], b: list[str]) -> bool:
    """A one-word name (`Mum`, a nickname) agrees with any; two full names when one is all in the
    other or their given names agree: one begins the other (`Jim`, `Jimmy`, `J`) or is its short
    form (`Bob` for Robert). The family names do not decide: `Maria Santos` may be `Maria Lind` now."""
    if len(a) < 2 or len(b) < 2 or set(a) <= set(b) or set(b) <= set(a):
        return True
    first, other = sorted((a[0], b[0]), key=len)
    return other.startswith(first) or (first, other) in SHORT_FORMS or (other, first) in SHORT_FORMS


SHORT_FORMS = frozenset({
    ("jim", "james"), ("bob", "robert"), ("bill", "william"), ("liz", "elizabeth"), ("beth", "elizabeth"),
    ("kate", "katherine"), ("kate", "catherine"), ("mike", "michael"), ("dick", "richard"),
    ("rick", "richard"), ("peggy", "margaret"), ("maggie", "margaret"), ("sue", "susan"),
    ("jenny", "jennifer"), ("dave", "david"), ("joe", "joseph"), ("steve", "stephen"), ("tony", "anthony"),
    ("andy", "andrew"), ("jack", "john"), ("ted", "edward"), ("ned", "edward"), ("harry", "henry"),
    ("chuck", "charles"), ("charlie", "charles"),
})  # fmt: skip
"""Common English short forms of given names, (short, full), where the short one does not begin
the full one (`Alex` begins Alexander: agreeing already)."""


def import_cards(
    root: Path, source: Path, config: Config, folder: str | None = None, read: Reader | None = None
) -> ImportResult:
    """Create a note for each new person of the contacts file (a .vcf, unless `read` reads it);
    report merges for those already there."""
    target = check_folder(folder, config) if folder else people_folder(root, config)
    confined(root, root / target)  # the folder, or a symlink where it should be
    if (root / target).exists() and not (root / target).is_dir():
        raise ContactsError(f"{target} is not a folder: nothing imported")
    vault = load_vault(root, config)
    known = _Known(
        (p.note, card_from_note(p.note, (root / p.file).read_bytes(), config)) for p in vault.people
    )
    read = read or (lambda uids: read_vcf(str(source), source.read_bytes(), uids))
    cards, problems, notices = read(known.uids)
    created: list[str] = []
    merges: list[Merge] = []
    same: list[str] = []
    warnings = [
        *notices,
        *(Problem(str(source), at, f"{card.name}: {what}") for card in cards for at, what in card.unread),
    ]
    remove_stale_temps(root / target)  # once, not before each note: an import may make thousands
    others = {name_key(stem_of(note.file)): note.file for note in vault.notes if note.kind != "person"}
    unwritten = 0
    with interrupts() as asked:
        for card in cards:
            if asked:
                break
            file = f"{target}/{file_stem(card.name)}.md"
            found = known.find(card)
            if found is None and (other := others.get(name_key(file_stem(card.name)))) is not None:
                said = f"not imported: {other} already exists: a second note named '{card.name}' would"
                said += " split links"
                problems.append(Problem(str(source), card.line, said))
                continue
            if found is not None or (root / file).exists():
                found = found or file
                summary = merge_summary(known.cards.get(found, Card(name=card.name)), card)
                if summary:
                    merges.append(Merge(found, summary))
                else:
                    same.append(found)
                continue
            try:
                confined(root, root / file)
                create_file(root / file, note_text(card).encode("utf-8"), tidy=False, durable=False)
            except (FileExists, OutsideVault, OSError) as exc:
                # One card that cannot be written spoils only itself: the others still come in.
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                reason = reason.removesuffix(": nothing written")
                problems.append(Problem(str(source), card.line, f"not imported: {file}: {reason}"))
                unwritten += 1
                continue
            created.append(file)
            warnings += [
                Problem(str(source), card.line, f"{card.name}: same e-mail as {other} ({email}): made a note"
                        " of their own; merge them by hand if they are one person")
                for other, email in known.sharing(card)
            ]  # fmt: skip
            known.remember(Note(file=file, kind="person", name=card.name, aliases=card.aliases), card)
            log.info("created %s", file)
    sync_all([root / file for file in created])  # once for all, not two fsyncs a note
    problems.sort(key=lambda p: p.line)
    made = (tuple(created), tuple(merges), tuple(same), tuple(problems), tuple(warnings))
    return ImportResult(*made, unwritten=unwritten, interrupted=bool(asked))


@contextmanager
def interrupts() -> Iterator[list[bool]]:
    """Ctrl-C while notes are made is noted, not raised: the note being made is made whole, the
    loop stops, and what was made is synced and listed (an import of thousands, stopped)."""
    asked: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield asked
        return
    previous = signal.signal(signal.SIGINT, lambda *_: asked.append(True))
    try:
        yield asked
    finally:
        signal.signal(signal.SIGINT, previous)


def export_cards(root: Path, config: Config) -> tuple[str, int]:
    """Every person of the vault as vCard 4.0 text, sorted by file, and how many there are."""
    from vaultnet.build import refuse_notes_in_output  # here: an import needs none of the build

    refuse_notes_in_output(root, config)  # people there would be left out
    vault = load_vault(root, config)
    cards = [card_from_note(p.note, (root / p.file).read_bytes(), config) for p in vault.people]
    return "".join(vcard_text(card) for card in cards), len(cards)
