"""The values that flow through vaultnet: plain, frozen, free of I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, Protocol

Direction = Literal["outbound", "inbound", "mutual", "unknown"]
"""Who started a contact: me, them, both, or not said."""

NoteKind = Literal["person", "dated", "other"]
"""What a note is to vaultnet."""

Reciprocity = Literal["two-way", "one-way-me", "one-way-them", "unknown"]
"""Who carries a relationship, over the reciprocity window."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in a file that could not be read fully."""

    file: str
    """Path relative to the vault, with `/` separators."""
    line: int
    """1-based line of the file; 0 when the whole file is concerned."""
    message: str

    @property
    def place(self) -> str:
        """`file:line`, or the file alone when the whole file is concerned."""
        return f"{self.file}:{self.line}" if self.line else self.file


INTRO_TAG = "intro"
"""An entry's tag (`#intro`, or one below it) for an introduction you made; the reader gives it to
an entry whose words say so too (`introduced [[Ana]] to [[Bo]]`)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A dated line that names people: an entry in a person's log or a line of a dated note."""

    date: dt.date
    direction: Direction
    line: int
    """1-based line in the note it comes from."""
    text: str
    """The line's text, after the date and the direction mark."""
    targets: tuple[str, ...]
    """Wikilink targets it names, in order, as written (no alias, no heading)."""
    broadcast: bool = False
    """Tagged `#broadcast`: audience, never a contact."""
    tags: tuple[str, ...] = ()
    """The entry's own `#tags`, lower-case, and `INTRO_TAG` when its words tell an introduction."""
    inferred: bool = False
    """Its direction was read from the words of the line, not marked (spec 6.5)."""
    aside: bool = False
    """It names its people only in passing (`#via [[X]]`, `X posted`): no contact, still a link."""


_MENTION_SLOTS = tuple(getattr(Mention, name).__set__ for name in Mention.__dataclass_fields__)


def new_mention(
    date: dt.date,
    direction: Direction,
    line: int,
    text: str,
    targets: tuple[str, ...],
    broadcast: bool,
    tags: tuple[str, ...],
    inferred: bool,
    aside: bool,
) -> Mention:
    """`Mention(...)` with every field given, its slots set directly: a frozen dataclass's
    `__init__` sets each one through `object.__setattr__`, which costs twice as much, and a
    vault's logs make a Mention a line, in the reader and again from the parse cache
    (tests/test_plain.py holds the two equal, field for field)."""
    mention = object.__new__(Mention)
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _MENTION_SLOTS
    s0(mention, date)
    s1(mention, direction)
    s2(mention, line)
    s3(mention, text)
    s4(mention, targets)
    s5(mention, broadcast)
    s6(mention, tags)
    s7(mention, inferred)
    s8(mention, aside)
    return mention


_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def field_values(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    """What gives every field of a value of this dataclass, in order, as a tuple."""
    getter = _GETTERS.get(kind)
    if getter is None:
        names = [f.name for f in fields(kind)]
        getter = _GETTERS[kind] = attrgetter(*names) if len(names) > 1 else lambda v: (getattr(v, names[0]),)
    return getter


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An open task: something to ask about or do next."""

    file: str
    """The note it is written in."""
    line: int
    text: str
    targets: tuple[str, ...]
    date: dt.date | None = None
    """The date of the dated note it is written in: how old it is (None in other notes)."""
    due: dt.date | None = None
    """The day it is to be done by, when the task says (`convert.task_due`)."""


def stem_of(file: str) -> str:
    """A note's file name without its folder and `.md`: what a link may name it by."""
    return file.rsplit("/", 1)[-1].removesuffix(".md")


@dataclass(frozen=True, slots=True)
class Note:
    """One Markdown file, read and typed; nothing in it is resolved against the rest of the vault."""

    file: str
    """Path relative to the vault, with `/` separators."""
    kind: NoteKind
    name: str
    """The display name: front-matter name, else the file stem."""
    date: dt.date | None = None
    """The date of a dated note."""
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    """Lower-case, without `#`, each once in the order written; front matter (or page properties)
    first, then body tags outside entries."""
    org: str | None = None
    cadence_days: int | None = None
    last_contact: dt.date | None = None
    """The front-matter last-contact date (not an interaction)."""
    facts: tuple[str, ...] = ()
    """Distinct personal facts (spec 1.5)."""
    entries: tuple[Mention, ...] = ()
    """Person notes: dated log entries. Dated notes: each line that names people."""
    links: tuple[str, ...] = ()
    """Every wikilink target outside code, quotes and comments, embeds excluded."""
    follow_ups: tuple[FollowUp, ...] = ()
    problems: tuple[Problem, ...] = ()
    location: str | None = None
    """Where they live, as written (`location`, `city`, ...): introductions compare it."""
    interests: tuple[str, ...] = ()
    """Their interests, as written: front-matter `interests` and an Interests section (also facts)."""
    birthday: str | None = None
    """ISO (`1990-11-28`), or `--MM-DD` when the year is not known: card data, not a fact."""
    anniversary: str | None = None
    """A wedding or other anniversary, in the birthday's form."""
    status: str | None = None
    """`status`/`state` as written, lower-case (`dormant`, `paused`, `archived` rest a person)."""
    snooze: dt.date | None = None
    """Off the to-do lists until this day (`snooze`, `paused_until`, `snooze_until`)."""
    next_contact: tuple[dt.date, int] | None = None
    """The day the person is to be contacted next (`next_contact`), and the line of the file that
    says so: a planned contact while that day is ahead (spec 6.6), never a contact once past."""
    emails: tuple[str, ...] = ()
    """A person's e-mail addresses, lower-case: a meeting's attendees listed by address find them."""

    @property
    def stem(self) -> str:
        return stem_of(self.file)


@dataclass(frozen=True, slots=True)
class Contact:
    """One interaction with a person on one day, merged from every source that tells of it."""

    date: dt.date
    direction: Direction
    file: str
    """The source that tells of it first (sorted by file, then line)."""
    line: int
    text: str
    inferred: bool = False
    """Its direction comes from the words of a line only, no mark (spec 6.5)."""


_CONTACT_SLOTS = tuple(getattr(Contact, name).__set__ for name in Contact.__dataclass_fields__)


def new_contact(
    date: dt.date, direction: Direction, file: str, line: int, text: str, inferred: bool
) -> Contact:
    """`Contact(...)` with every field given, its slots set directly, as `new_mention` makes a
    Mention: a cold build makes one for each day of each person's log, and a new day's build
    again from the saved people (tests/test_plain.py holds the two equal)."""
    contact = object.__new__(Contact)
    s0, s1, s2, s3, s4, s5 = _CONTACT_SLOTS
    s0(contact, date)
    s1(contact, direction)
    s2(contact, file)
    s3(contact, line)
    s4(contact, text)
    s5(contact, inferred)
    return contact


@dataclass(frozen=True, slots=True)
class Person:
    """A person note with everything the vault says about them, resolved."""

    note: Note
    contacts: tuple[Contact, ...] = ()
    """Every dated contact, planned ones included, one per day, sorted by date."""
    broadcasts: tuple[dt.date, ...] = ()
    """Dates they were sent a broadcast: audience, not networking."""
    follow_ups: tuple[FollowUp, ...] = ()
    linked: tuple[str, ...] = ()
    """Files of the people they are linked with (spec 1.6), sorted."""

    @property
    def file(self) -> str:
        return self.note.file


class Names(Protocol):
    """Who a link target or a name means (vault.names.Resolver)."""

    def __call__(self, target: str) -> str | None: ...

    def files(self, targets: Iterable[str]) -> set[str]: ...

    def claimants(self, target: str) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Unnoted:
    """A line whose words say the owner met, called or heard from someone (spec 6.5) whom no
    note answers to: no person's, nor any other's (a topic's, a place's)."""

    name: str
    """The link's target as written, less its folder."""
    date: dt.date
    file: str
    line: int
    text: str
    """The line's text, after its date and mark."""


@dataclass(frozen=True)
class Vault:
    """A whole vault, read and resolved; independent of today."""

    notes: tuple[Note, ...]
    """Every note read, sorted by file."""
    people: tuple[Person, ...]
    """Sorted by file."""
    problems: tuple[Problem, ...]
    """Sorted by file, then line."""
    names: Names | None = field(default=None, compare=False, repr=False)
    """The resolver its people were found with: every later lookup asks the same one."""
    unnoted: tuple[Unnoted, ...] = ()
    """Sorted by file, then line."""


@dataclass(frozen=True, slots=True, weakref_slot=True)
class PersonStats:
    """What vaultnet computes for one person as of one day (spec 3)."""

    person: Person
    last_contact: dt.date | None
    days_since: int | None
    cadence_days: int | None
    due: dt.date | None
    overdue_days: int
    interactions: int
    inbound: int
    outbound: int
    mutual: int
    unknown: int
    reciprocity: Reciprocity
    facts: int
    active: bool
    reciprocal: bool
    personal: bool
    real: bool
    last: Contact | None
    """The latest contact up to today: what to pick up from."""
    planned: tuple[Contact, ...]
    """Contacts dated after today."""
    booked: bool = False
    """A plan within their cadence (or the active window) from today (spec 6.6)."""
    resting: bool = False
    """Resting by `status` or `snooze`: off every to-do list (spec 6.6)."""
    lapsed: bool = False
    """Contacted once, but not within the reciprocity window (spec 6.6)."""
    inferred: int = 0
    """Contacts in the reciprocity window whose direction came from the words (spec 6.5)."""
    from_words: bool = False
    """Their reciprocity would read otherwise without the directions inferred from the words."""
