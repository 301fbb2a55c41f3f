"""Contacts from a spreadsheet: the CSV files Google Contacts, Outlook and LinkedIn export, and any
other whose header row names its columns as address books do, become cards (`vcard.Card`) for
`vcard.import_cards` to make person notes of, never over a note.

A column is known by its header, in any case: `E-mail 1 - Value` (Google), `E-mail 2 Address`
and `Business Phone` (Outlook), `Email Address` and `Position` (LinkedIn), `Email` and `Company`
(a sheet of one's own). A column none of these names is left out, and said so once.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass

from vaultnet.commands.vcard import ADDRESS_PARTS, SYSTEM_GROUPS, Address, Card, Related
from vaultnet.convert import as_day_of_year, counted, either_way, one_way, year_last_date, year_last_match
from vaultnet.errors import ContactsError
from vaultnet.model import Problem
from vaultnet.patterns import lazy_pattern
from vaultnet.read.text import decode_by_line

_HEADERS: dict[str, str] = {
    **dict.fromkeys(("name", "full name", "display name", "contact name", "fn"), "name"),
    **dict.fromkeys(("first name", "given name", "firstname", "first"), "first"),
    **dict.fromkeys(("middle name", "additional name", "middle"), "middle"),
    **dict.fromkeys(("last name", "family name", "surname", "lastname", "last"), "last"),
    **dict.fromkeys(("name suffix", "suffix"), "suffix"),
    **dict.fromkeys(("name prefix", "prefix"), ""),
    **dict.fromkeys(("gender", "priority", "private", "sensitivity", "initials"), ""),  # Outlook's own
    **dict.fromkeys(("nickname", "nick name", "alias", "aliases"), "alias"),
    **dict.fromkeys(
        (
            "company",
            "company name",
            "organization",
            "organisation",
            "organization name",
            "employer",
            "associated company",  # HubSpot's company record, where its `Company Name` is empty
        ),
        "org",
    ),
    **dict.fromkeys(("job title", "position", "role", "organization title", "occupation"), "title"),
    **dict.fromkeys(("department", "organization department", "abteilung", "departamento"), "department"),
    **dict.fromkeys(("hobby", "hobbies", "interests", "interest"), "interests"),
    **dict.fromkeys(("location", "lives in", "based in"), "location"),
    **dict.fromkeys(("city", "town"), "city"),  # a CRM's (HubSpot's), with no address around it
    **dict.fromkeys(("state/region", "state", "province"), "region"),
    **dict.fromkeys(("country/region", "country"), "country"),
    **dict.fromkeys(("birthday", "birth date", "birthdate", "date of birth", "dob", "bday"), "birthday"),
    **dict.fromkeys(("anniversary", "wedding anniversary"), "anniversary"),
    **dict.fromkeys(("notes", "note", "comments"), "note"),
    **dict.fromkeys(("labels", "group membership", "categories", "category", "tags", "groups"), "tags"),
    **dict.fromkeys(
        (
            "url",
            "website",
            "web site",
            "web page",
            "personal web page",
            "homepage",
            "linkedin",
            "profile url",
        ),
        "url",
    ),
    **dict.fromkeys(("email", "e-mail", "mail", "email address", "e-mail address"), "email"),
    **dict.fromkeys(("phone", "phone number", "telephone", "mobile", "cell"), "phone"),
    # German, French and Spanish, as Outlook and Excel head a sheet there
    **dict.fromkeys(("vorname", "prénom", "prenom", "nombre"), "first"),
    **dict.fromkeys(("nachname", "nom", "nom de famille", "apellidos", "apellido"), "last"),
    **dict.fromkeys(("spitzname", "surnom", "apodo"), "alias"),
    **dict.fromkeys(
        ("firma", "unternehmen", "société", "societe", "entreprise", "empresa", "compañía"), "org"
    ),
    **dict.fromkeys(("funktion", "berufsbezeichnung", "fonction", "poste", "puesto", "cargo"), "title"),
    **dict.fromkeys(("geburtstag", "date de naissance", "fecha de nacimiento", "cumpleaños"), "birthday"),
    **dict.fromkeys(("notizen", "notiz", "bemerkungen", "remarques", "notas"), "note"),
    **dict.fromkeys(("kategorien", "catégories", "categorías"), "tags"),
    **dict.fromkeys(("webseite", "site web", "sitio web"), "url"),
    **dict.fromkeys(
        (
            "e-mail-adresse",
            "adresse e-mail",
            "adresse de messagerie",
            "courriel",
            "correo electrónico",
            "correo",
        ),
        "email",
    ),
    **dict.fromkeys(
        (
            "telefon",
            "mobiltelefon",
            "handy",
            "téléphone",
            "téléphone mobile",
            "portable",
            "teléfono",
            "teléfono móvil",
            "móvil",
        ),
        "phone",
    ),
}
"""A column's header, lower case, its spaces single → what it holds (nothing vaultnet keeps, for a
name's prefix), for the columns every tool names alike. `title` alone is the job title unless a
`Job Title` column is there too: Outlook's `Title` is the name's prefix (`Dr.`). A `City`, `State`
or `Country` column of its own (not Outlook's `Home City` nor Google's `Address 1 - City`, parts
of an address) says where they live (`_location`). A CRM's `Last Contacted` is not read: HubSpot
counts a sequence's automated e-mail as contact, and a date with no direction tells nothing of
who reached out (spec 1.4)."""
_RELATIONS = {"spouse": "spouse", "partner": "partner", "children": "child", "manager's name": "manager",
              "assistant's name": "assistant"}  # fmt: skip
"""Outlook's columns of a related person's name → the relation (a vCard RELATED type)."""
_GOOGLE = lazy_pattern(r"(e-?mail|phone|address|website|relation|event|organization) (\d+) - ([a-z' /]+)")
"""`E-mail 1 - Value`, `Phone 2 - Label`, `Address 1 - City`: Google's numbered columns, each a
part (`value`, `label` or `type`, an address part) of the n-th value of its kind."""
_ORG_PARTS = {"name": "org", "title": "title", "department": "department"}
"""What each part of Google's `Organization N - ...` columns holds."""
_OUTLOOK_EMAIL = lazy_pattern(r"e-?mail(?: (\d))? (address|type|display name)")
_OUTLOOK_PHONE = lazy_pattern(
    r"(?:(?P<kind>home|business|work|mobile|car|other|primary|company main|radio|callback|assistant's) )?"
    r"phone(?: number)?(?: \d)?|(?P<pager>pager)|(?P<fax>(?:home|business|other) fax)"
)
_OUTLOOK_ADDRESS = lazy_pattern(
    r"(home|business|other) (street(?: \d)?|city|state|postal code|country/region|po box|pobox)"
)
_ADDRESS_HEADERS = {
    "street": "street", "street 2": "street", "street 3": "street", "city": "locality",
    "state": "region", "region": "region", "postal code": "code", "country/region": "country",
    "country": "country", "po box": "box", "pobox": "box", "extended address": "extended",
}  # fmt: skip
"""An address part as Google or Outlook heads its column → its name in `vcard.Address`."""
_LABELS = {
    "home": "home", "work": "work", "business": "work", "company main": "work", "mobile": "cell",
    "cell": "cell", "car": "car", "pager": "pager", "fax": "fax", "home fax": "home, fax",
    "work fax": "work, fax", "business fax": "work, fax", "other fax": "fax",
}  # fmt: skip
"""The kind of an e-mail or a phone as a header or Google's `Label` says it → the vCard types a
note's `labels:` keeps (`work, fax`); a kind of one's own (`Gym`) is not kept."""
_NAME_FIELDS = frozenset(("name", "first", "last"))
_DELIMITERS = (",", ";", "\t")
_HEADER_WITHIN = 20
"""How many rows may come before the header: LinkedIn's export opens with a few lines of notes."""
_NO_DAY = frozenset("0/ ")
"""What Outlook writes where it knows no birthday (`0/0/00`)."""


@dataclass(frozen=True, slots=True)
class _Column:
    """What one column of the file holds."""

    at: int
    field: str
    """`name`, `email`, `address`, ... (a `_HEADERS` value, `relation` or `event`); empty for a
    column that holds nothing a note keeps (a name's prefix, Outlook's `Sensitivity`)."""
    group: str = ""
    """Which one of its field's values it is part of (`1` of Google's `E-mail 1 - ...`, `home`)."""
    part: str = "value"
    """`value`, `label`, an `Address` part, or `formatted` (Google's address in one)."""
    label: str = ""
    """What its header says of every value in it: `work, fax`, a relation's kind."""


def _normal(header: str) -> str:
    return " ".join(header.replace("_", " ").lower().split())


def _column(at: int, header: str, job_titled: bool) -> _Column | None:
    """What the column headed `header` (normalised) holds; None for a column vaultnet does not read."""
    if header == "title":
        return _Column(at, "" if job_titled else "title")  # Outlook's `Title` is `Dr.`
    if (field := _HEADERS.get(header)) is not None:
        return _Column(at, field)
    if kind := _RELATIONS.get(header):
        return _Column(at, "relation", header, "value", kind)
    if google := _GOOGLE.fullmatch(header):
        what, number, part = google.groups()
        field = {"e-mail": "email", "website": "url", "organization": "org"}.get(what, what)
        if field == "org":  # `Organization 1 - Name`, `- Title`, `- Department`
            return _Column(at, _ORG_PARTS[part]) if part in _ORG_PARTS else None
        part = "label" if part in ("label", "type") else _ADDRESS_HEADERS.get(part, part)
        known = ("value", "label", "formatted", *_ADDRESS_HEADERS.values())
        return _Column(at, field, number, part) if part in known else None
    if outlook := _OUTLOOK_EMAIL.fullmatch(header):  # its type (`SMTP`) and display name say nothing new
        return _Column(at, "email", outlook[1] or "1") if outlook[2] == "address" else _Column(at, "")
    if outlook := _OUTLOOK_PHONE.fullmatch(header):
        kind = outlook["kind"] or outlook["pager"] or outlook["fax"] or ""
        return _Column(at, "phone", header, "value", _LABELS.get(kind, ""))
    if outlook := _OUTLOOK_ADDRESS.fullmatch(header):
        return _Column(at, "address", outlook[1], _ADDRESS_HEADERS[outlook[2]], _LABELS.get(outlook[1], ""))
    return None


def _header(rows: list[tuple[int, list[str]]]) -> tuple[int, list[_Column], list[tuple[int, str]]] | None:
    """The header among the first rows: the first that names a column of a name. Its row's index,
    its columns, and each column it names that vaultnet does not read, with its header."""
    for index, (_, cells) in enumerate(rows[:_HEADER_WITHIN]):
        headers = [_normal(cell) for cell in cells]
        job_titled = any(h in ("job title", "organization title") for h in headers)
        columns = [c for at, h in enumerate(headers) if h and (c := _column(at, h, job_titled))]
        if _NAME_FIELDS & {c.field for c in columns}:
            known = {c.at for c in columns}
            return index, columns, [(at, cells[at].strip()) for at in range(len(cells)) if at not in known]
    return None


def _split(cell: str) -> list[str]:
    """The values of one cell: Google writes several as `a ::: b`."""
    return [value for part in cell.split(":::") if (value := " ".join(part.split()))]


def _tags(cell: str) -> list[str]:
    """Tags from Google's `* myContacts ::: Friends`, Outlook's `Friends;Work`, `friend, work`, or
    `#work #runner`."""
    if cell.lstrip().startswith("#"):
        cell = ",".join(cell.replace(",", " ").split())
    separator = ":::" if ":::" in cell else ";" if ";" in cell else ","
    words = (" ".join(t.strip().lstrip("*#").split()) for t in cell.split(separator))
    return [w.replace(" ", "-").lower() for w in words if w and w.lower() not in SYSTEM_GROUPS]


def _label(said: str) -> str:
    return _LABELS.get(_normal(said.lstrip("* ")), "")


def _day_order(rows: list[tuple[int, list[str]]], columns: list[_Column]) -> bool | None:
    """How the file writes a day with its year last: day first (True) or month first, as every day
    it writes that can be read only one way says (`14/5/1988`, `5/14/1988`); None when none says."""
    days = [c.at for c in columns if c.field in ("birthday", "anniversary", "event") and c.part == "value"]
    said = set()
    for _, cells in rows:
        for at in days:
            if at < len(cells) and (match := year_last_match(cells[at])):
                said.add(one_way(match))
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def _day(text: str, order: bool | None) -> str | None:
    """A birthday or an anniversary as ISO or `--MM-DD`, a day with its year last read as the file
    writes them (`order`); None when it is no day, or could be two."""
    if day := as_day_of_year(text):
        return day
    match = year_last_match(text)
    found = year_last_date(match, order) if match and order is not None else None
    return found.isoformat() if found else None


@dataclass(frozen=True, slots=True)
class _Row:
    """One row's values: by field (`name`: `Ann Lee`), and those made of parts (an e-mail with its
    label, an address), each with its `field` and `label`."""

    values: dict[str, list[str]]
    groups: list[dict[str, str]]

    def first(self, field: str) -> str | None:
        return self.values[field][0] if field in self.values else None

    def each(self, field: str) -> list[str]:
        """Every value of the field, a cell of several (`a ::: b`) split, once each."""
        return list(dict.fromkeys(value for cell in self.values.get(field, ()) for value in _split(cell)))

    def typed(self, field: str) -> list[tuple[str, str]]:
        """Each e-mail, phone or URL with its vCard types (`work`), or none, once each (the first
        kind said). A cell may hold several e-mails (`a@x.org; b@y.org`); a value with no `@`
        (Exchange's `/o=ExchangeLabs/...`) is no e-mail."""
        found = [(value, "") for value in self.each(field)]
        found += [(v, g["label"]) for g in self.parts(field) for v in _split(g.get("value", ""))]
        if field == "email":
            found = [(e, kind) for value, kind in found for e in _EMAILS.split(value) if "@" in e]
        first: dict[str, str] = {}
        for value, kind in found:
            first.setdefault(value, kind)
        return list(first.items())

    def parts(self, field: str) -> list[dict[str, str]]:
        return [group for group in self.groups if group["field"] == field]

    def several(self, field: str) -> tuple[str, ...]:
        """The values of the field where a cell holds several, however parted (`a ::: b`, `a; b`,
        `a, b`): interests."""
        return tuple(
            dict.fromkeys(v for cell in self.values.get(field, ()) for v in _SEVERAL.split(cell) if v)
        )

    def related(self) -> tuple[Related, ...]:
        """The people the row names as related, one each where a cell names several."""
        named = (
            (g["label"], name) for g in self.parts("relation") for name in _SEVERAL.split(g.get("value", ""))
        )
        return tuple(Related(kind, name) for kind, name in named if name)


def _row(cells: list[str], columns: list[_Column]) -> _Row:
    values: dict[str, list[str]] = {}
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for column in columns:
        cell = cells[column.at].strip() if column.at < len(cells) else ""
        if not cell or not column.field:
            continue
        if not column.group:
            values.setdefault(column.field, []).append(cell)
            continue
        group = groups.setdefault(
            (column.field, column.group), {"field": column.field, "label": column.label}
        )
        if column.part != "label":
            group[column.part] = cell
        elif column.field in ("relation", "event"):
            group["label"] = " ".join(cell.lower().split())  # `Spouse`, `Anniversary`
        else:
            group["label"] = _label(cell)
    return _Row(values, list(groups.values()))


def _address(group: dict[str, str]) -> Address | None:
    """An address from its parts, or its lines in one (Google's `Formatted`) as its street."""
    parts = {key: group[key] for key in ADDRESS_PARTS if key in group}
    if not parts and "formatted" in group:
        lines = (line.strip() for line in group["formatted"].splitlines())
        parts = {"street": ", ".join(line for line in lines if line)}
    return Address(kinds=group["label"], **parts) if parts else None


def _name(row: _Row) -> str | None:
    """The row's name, or its first, middle and last names and suffix, or else its nickname; as a
    person is called, without the flags and emoji (`Kofi Mensah 🇬🇭`), pronouns (`Blake
    (she/her)`, `Lopes, she/her`) or letters after a comma (`Jane Doe, MBA`) that LinkedIn names
    carry."""
    parts = " ".join(
        p for part in ("first", "middle", "last", "suffix") if (p := _unpronouned(row.first(part)))
    )
    name = _whole(_unpronouned(row.first("name"))) or parts or next(iter(row.each("alias")), "")
    name = "".join(c for c in name if unicodedata.category(c) not in _DECORATION)
    return " ".join(_CREDENTIALS.sub("", name).split()) or None


def _unpronouned(text: str | None) -> str:
    """A name's cell without the pronouns it carries, any case: `Blake (she/her)`, `Lopes, she/her`,
    `Ortiz (He/Him)`, `Kim he/him/his` (taken first: `Lopes, she/her` is no name filed `Last, First`)."""
    return _PRONOUNS.sub("", text).strip() if text and "/" in text else text or ""


def _whole(name: str) -> str:
    """A name written whole as an address book files it: `Smith, Bob` is Bob Smith, and `Ana Costa
    <ana@costa.pt>` is Ana Costa."""
    name = _ADDRESS.sub("", name).strip()
    last, comma, first = (part.strip() for part in name.partition(","))
    if (
        not comma
        or not first
        or "," in first
        or first.lower() in _SUFFIXES
        or _CREDENTIALS.match(f", {first}")
    ):
        return name
    return f"{first} {last}"


_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
"""What may follow a name's comma and is its own end, not a first name (`Bloggs, Jr.`)."""

_DECORATION = frozenset(("So", "Sk", "Cs", "Co", "Cf"))
"""Unicode categories of what decorates a name and is no part of it: symbols (emoji, flags), the
joiners and selectors that shape them."""
_CREDENTIALS = lazy_pattern(r",\s*(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*\.?(?:,\s*|\s+|$))+$")
"""`, MBA`, `, PhD, CFA` at the end of a name: words of two capitals or more."""
_PRONOUN = r"(?:he|him|his|she|her|hers|they|them|their|theirs|xe|xem|xyr|ze|zir|hir|ey|em|eir|it|its|any)"
_PRONOUNS = lazy_pattern(
    rf"(?:\s*,)?\s*(?<![\w/])([(\[])?\s*(?:pronouns\s*:\s*)?{_PRONOUN}(?:\s*/\s*{_PRONOUN})+\s*(?(1)[)\]])(?![\w/])",
    re.IGNORECASE,
)
"""Pronouns written into a name (`(she/her)`, `[they/them]`, `, she/her`, `he/him/his`), with
the comma or space before them: two or more, parted by `/`."""
_EMAILS = lazy_pattern(r"[;,\s]+")
_ADDRESS = lazy_pattern(r"<[^<>]*@[^<>]*>|\([^()]*@[^()]*\)")
"""An e-mail address written after a name, `<ana@costa.pt>` or `(ana@costa.pt)`."""
_SEVERAL = lazy_pattern(r"\s*(?::::|;|,)\s*")
"""How a cell names several people or interests: Google's `Kim ::: Lee`, Outlook's `Léa, Tom`."""


def _days(row: _Row, order: bool | None, line: int) -> tuple[str | None, str | None, list[tuple[int, str]]]:
    """The row's birthday and anniversary (a column of its own, or Google's event labelled so), and
    what was written as one that is no day."""
    anniversaries = [g.get("value", "") for g in row.parts("event") if g["label"] == "anniversary"]
    found: list[str | None] = []
    unread = []
    for what, text in (("birthday", row.first("birthday")), ("anniversary", row.first("anniversary"))):
        text = text or (anniversaries[0] if what == "anniversary" and anniversaries else "")
        found.append(_day(text, order) if set(text) - _NO_DAY else None)
        if found[-1] is None and set(text) - _NO_DAY:
            why = "could be two days: write it as YYYY-MM-DD" if either_way(text) else "not a date"
            unread.append((line, f"{what} {text!r} not read ({why}); the rest of the row is imported"))
    return found[0], found[1], unread


def _card(cells: list[str], columns: list[_Column], line: int, order: bool | None) -> Card | str | None:
    """One row as a card; what keeps it from being one; None for a row of empty cells."""
    if not any(cell.strip() for cell in cells):
        return None
    row = _row(cells, columns)
    name = _name(row)
    if name is None:
        return _unnamed(row)
    birthday, anniversary, unread = _days(row, order, line)
    emails, phones, urls = row.typed("email"), row.typed("phone"), row.typed("url")
    return Card(
        name=name,
        aliases=tuple(alias for alias in row.each("alias") if alias != name),
        tags=tuple(dict.fromkeys(tag for cell in row.values.get("tags", ()) for tag in _tags(cell))),
        org=row.first("org"),
        department=row.first("department"),
        title=row.first("title"),
        emails=tuple(email for email, _ in emails),
        phones=tuple(phone for phone, _ in phones),
        birthday=birthday,
        anniversary=anniversary,
        note="\n\n".join(row.values.get("note", ())) or None,
        related=row.related(),
        urls=tuple(url for url, _ in urls),
        addresses=tuple(address for group in row.parts("address") if (address := _address(group))),
        labels=tuple((value, kinds) for value, kinds in (*emails, *phones, *urls) if kinds),
        interests=row.several("interests"),
        location=_location(row),
        line=line,
        unread=tuple(unread),
    )


def _unnamed(row: _Row) -> str:
    """Why a row of no one's name is skipped, in words true of it: a person's e-mail address with
    no name (a CRM's lead, `noname@lead.com`, at Hooli) is someone to name, not a company; a
    company's name alone, with its switchboard's number at most, is a company's card."""
    emails = [email for email, _ in row.typed("email")]
    if emails:
        at = f", at {org}" if (org := row.first("org")) else ""
        return f"skipped: no name, only an e-mail address ({', '.join(emails)}{at}): add a name to import it"
    if "org" in row.values:
        return f"skipped: {row.first('org') or 'a row'}, a company with no one's name, not a person"
    return "skipped: no name (no Name, First Name or Last Name)"


def _location(row: _Row) -> str | None:
    """Where they live: a `Location` column, else a city, a state and a country of their own
    (`Boston, United States`), city first, as introductions read a city from it."""
    parts = (row.first(part) for part in ("city", "region", "country"))
    return row.first("location") or ", ".join(part for part in parts if part) or None


def read_csv(name: str, data: bytes) -> tuple[list[Card], list[Problem], list[Problem]]:
    """Every person of a contacts CSV file, a problem for each row that is none, and notices of
    what was read only in part: the columns holding values vaultnet does not read, lines that
    are not UTF-8 in a file that is. Raises ContactsError for a file with no header row naming a
    column of names."""
    text, notices = decode_by_line(name, data)
    found = None
    for delimiter in _DELIMITERS:
        rows, _ = _read_rows(text, delimiter, _HEADER_WITHIN)
        header = _header(rows)
        if header and (found is None or len(header[1]) > len(found[1][1])):
            found = (delimiter, header)
    if found is None:
        raise ContactsError(
            f"{name}: no header row naming a column of names (Name, First Name, Last Name); {_guess(data)}"
        )
    delimiter, (index, columns, unknown) = found
    rows, error = _read_rows(text, delimiter)
    problems = [Problem(name, error[0], f"cannot read the file from here on: {error[1]}")] if error else []
    (header_line, headers), body = rows[index], rows[index + 1 :]
    order = _day_order(body, columns)
    cards: list[Card] = []
    for line, cells in body:
        if len(cells) > len(headers) and any(cell.strip() for cell in cells[len(headers) :]):
            said = f"skipped: {len(cells)} cells under a header of {len(headers)} (a comma outside quotes?)"
            problems.append(Problem(name, line, said))
        elif isinstance(card := _card(cells, columns, line, order), str):
            problems.append(Problem(name, line, card))
        elif card is not None:
            cards.append(card)
    valued = [h for at, h in unknown if any(at < len(cells) and cells[at].strip() for _, cells in body)]
    if valued:
        notices.append(
            Problem(name, header_line, f"{counted(len(valued), 'column')} not read: {', '.join(valued)}")
        )
    return cards, sorted(problems, key=lambda p: p.line), sorted(notices, key=lambda p: p.line)


def _guess(data: bytes) -> str:
    """What a file with no header of names may be instead, as a hint."""
    head = data[:64].removeprefix(b"\xef\xbb\xbf").lstrip().upper()
    if head.startswith(b"BEGIN:VCARD"):
        return "it is a vCard file: vaultnet import vcard reads it"
    if head.startswith(b"PK\x03\x04"):
        return "it looks like a spreadsheet (.xlsx, .numbers, .ods): save it as CSV first"
    return "is it a contacts CSV file?"


def _read_rows(
    text: str, delimiter: str, most: int | None = None
) -> tuple[list[tuple[int, list[str]]], tuple[int, str] | None]:
    """The file's first `most` rows (all, by default) with the line each starts on, and where and
    why the csv module could read no further, if it could not (strict: a quote never closed is
    said, not read on to the end of the file)."""
    rows: list[tuple[int, list[str]]] = []
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a long note in a cell is no error
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for cells in itertools.islice(reader, most):
            rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        said = "a quote opened here is never closed" if str(exc) == "unexpected end of data" else str(exc)
        return rows, (line, said)
    return rows, None
