"""What comes next (spec 6.6): plans, resting, lapsed, occasions coming up, and the one to-do list
each person is on. Pure functions of a person's note, their stats and today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from vaultnet.config import Config
from vaultnet.convert import archive_folder, counted, name_key, owner_named, target_key
from vaultnet.model import Contact, Names, Note, PersonStats, Problem, Unnoted
from vaultnet.vault.load import unread_version_of
from vaultnet.vault.resolve import told_by_lists

GONE_STATUSES = ("deceased", "passed away", "died", "in memoriam")
"""`status` values that say the person died: they rest, and no birthday or anniversary of theirs
is coming up. Not `passed`, which a student who passed is as often."""
APART_STATUSES = ("do not contact", "not speaking", "estranged", "fell out")
"""`status` values that say you keep apart from the person: they rest, and are introduced to nobody.
Not `no contact` nor `blocked`, which a CRM's pipeline says of a lead not yet reached or a deal held up."""
ENDED_STATUSES = (
    "discharged", "case closed", "ended", "terminated", "former client", "ex client", "past client",
    "no longer a client", "former patient",
)  # fmt: skip
"""`status` values that say your work with a client or a patient is over (therapy, coaching,
tutoring): they rest, and are introduced to nobody. Not `completed`, which a note's own state says
as often (`draft`, `completed`), nor `alumni`, whom a school or a firm reaches out to, nor `closed`
(a CRM's deal won) or `former` (a former colleague) alone."""
RESTING_STATUSES = (
    "dormant", "paused", "archived", "inactive", "on hold", "on-hold", "snoozed", "left", "left company",
    "left the company", "moved on", *ENDED_STATUSES, *APART_STATUSES, *GONE_STATUSES,
)  # fmt: skip
"""`status` values that take a person off every to-do list (the spec's three, and what owners
write for the same): and of someone who left the place you knew them from (`left`, `left
company`, `moved on`: a report gone to another company, whose weekly one-on-ones are over), who
are introduced to nobody either. Not `former` alone (see `ENDED_STATUSES`)."""

COMING_UP_DAYS = 14
"""Birthdays and anniversaries from today to this many days ahead, that day included, are coming up:
the same two weeks as due soon."""

DUE_SOON_DAYS = 14
"""Due within this many days is "due soon"; the same window on every page and in the report."""

REACH_OUT_DAYS = DUE_SOON_DAYS
"""Overdue, or due within this many days: "reach out", on the Overview and in `report` alike."""

LAPSED_CADENCES = 2
"""Lapsed takes this many rounds of a person's cadence gone by, as well as the reciprocity window:
one round missed is overdue, to catch up; two are a rhythm broken."""

Todo = Literal["resting", "booked", "lapsed", "overdue", "due_soon", "drifting", "fading", "never"]
"""The to-do lists of the pages; a person is on one at most, the first that applies in this order."""

TODO_ORDER: tuple[Todo, ...] = (
    "resting",
    "booked",
    "lapsed",
    "overdue",
    "due_soon",
    "drifting",
    "fading",
    "never",
)


NEXT_CONTACT = "next contact"
"""The words of the plan a note's `next_contact` makes."""


def with_next_contact(planned: tuple[Contact, ...], note: Note, today: dt.date) -> tuple[Contact, ...]:
    """The contacts planned after today (sorted by date), with the one the note's `next_contact`
    plans while its day is ahead."""
    if note.next_contact is None or note.next_contact[0] <= today:
        return planned
    day, line = note.next_contact
    plan = Contact(day, "unknown", note.file, line, NEXT_CONTACT)
    return tuple(sorted((*planned, plan), key=attrgetter("date")))


def reminder_due(note: Note, last_contact: dt.date | None, today: dt.date) -> dt.date | None:
    """The day the note's `next_contact` came, when it is past (or today) and no contact since:
    the person is due from then, as a cadence makes them due."""
    if note.next_contact is None:
        return None
    day = note.next_contact[0]
    return day if day <= today and (last_contact is None or last_contact < day) else None


def due_on_day_set(s: PersonStats) -> bool:
    """Is the person due on the day their note set (a `next_contact` come, no contact on it or
    since), not by their cadence? Their pages then say since when, as `show` does, not how often:
    the day set is all the rhythm there is (no cadence), or it came before the cadence's day."""
    return s.due is not None and reminder_due(s.person.note, s.last_contact, s.due) == s.due


def first_planned(planned: tuple[Contact, ...]) -> Contact | None:
    """The earliest contact dated after today (`planned` is sorted by date)."""
    return planned[0] if planned else None


def is_booked(planned: Contact | None, today: dt.date, window: int) -> bool:
    """A plan within the person's cadence (or the active window) from today: a contact already
    arranged, by you or by them (a client may book each session himself)."""
    return planned is not None and (planned.date - today).days <= window


OLDEST_AGE = 120
"""Nobody turns older: a birthday further back (`1850-03-12`) is an ancestor's, history, not a
day to remember."""


def has_occasions(note: Note, today: dt.date | None = None) -> bool:
    """Are the person's birthday and anniversary kept in mind: not when their `status` says they
    are archived, died (`deceased`, `passed away`) or kept apart from (`not speaking`), nor, given
    `today`, when they were born more than `OLDEST_AGE` years before it. The JSON's `next_birthday`
    asks without `today`: the spec gives an ancestor's next day all the same."""
    born = _parts(note.birthday) if today is not None and note.birthday else None
    if born and born[0] is not None and today and today.year - born[0] > OLDEST_AGE:
        return False
    return (
        note.status != "archived" and note.status not in GONE_STATUSES and note.status not in APART_STATUSES
    )


def resting_reason(note: Note, today: dt.date) -> str | None:
    """Why a person rests, in the note's words (`status: dormant`, `snoozed until 2027-01-15`), or None."""
    if note.status in RESTING_STATUSES:
        if note.status == "archived" and (folder := archive_folder(note.file)):
            return f"filed in {folder}"
        return f"status: {note.status}"
    if note.snooze is not None and note.snooze > today:
        return f"snoozed until {note.snooze.isoformat()}"
    return None


def is_lapsed(days_since: int | None, cadence_days: int | None, config: Config) -> bool:
    """No contact within the reciprocity window, nor within `LAPSED_CADENCES` of the person's own
    cadence, though there was one once: listed apart, not drifting. A friend seen every two years
    is not lapsed 14 months on, nor a yearly call a day late: they are due or overdue."""
    if days_since is None or days_since <= config.reciprocity_days:
        return False
    return cadence_days is None or days_since > LAPSED_CADENCES * cadence_days


# --- Occasions ---------------------------------------------------------------------------------


def _on(year: int, month: int, day: int) -> dt.date:
    """The day in `year`; 29 February falls on 28 February in other years."""
    if month == 2 and day == 29:
        try:
            return dt.date(year, 2, 29)
        except ValueError:
            return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def _parts(value: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of `1990-11-28` or `--11-28`."""
    try:
        if value.startswith("--"):
            return None, int(value[2:4]), int(value[5:7])
        return int(value[:4]), int(value[5:7]), int(value[8:10])
    except ValueError:
        return None


def next_occurrence(value: str | None, today: dt.date) -> dt.date | None:
    """The next date on or after today that a birthday or anniversary falls on."""
    parts = _parts(value) if value else None
    if parts is None:
        return None
    _, month, day = parts
    this_year = _on(today.year, month, day)
    return this_year if this_year >= today else _on(today.year + 1, month, day)


@dataclass(frozen=True, slots=True)
class Occasion:
    """A birthday or anniversary coming up."""

    kind: Literal["birthday", "anniversary"]
    date: dt.date
    years: int | None
    """The age they turn, or the years married; None when the year is not known."""

    def words(self, today: dt.date) -> str:
        """`birthday today (turns 36)`, `anniversary 2026-11-30, in 9 days (10 years)`."""
        days = (self.date - today).days
        when = {0: "today", 1: "tomorrow"}.get(days, f"{self.date.isoformat()}, in {days} days")
        if self.years is None:
            return f"{self.kind} {when}"
        count = f"turns {self.years}" if self.kind == "birthday" else counted(self.years, "year")
        return f"{self.kind} {when} ({count})"


def occasions(note: Note, today: dt.date, days: int = COMING_UP_DAYS) -> tuple[Occasion, ...]:
    """Birthdays and anniversaries from today to `days` ahead (both included), soonest first;
    none for someone archived, who died or born too long ago (`has_occasions`)."""
    if not has_occasions(note, today):
        return ()
    found = []
    for kind, value in (("birthday", note.birthday), ("anniversary", note.anniversary)):
        parts = _parts(value) if value else None
        if parts is None:
            continue
        year, month, day = parts
        when = _on(today.year, month, day)
        if when < today:
            when = _on(today.year + 1, month, day)
        if (when - today).days > days:
            continue
        years = when.year - year if year is not None and when.year > year else None
        found.append(Occasion(kind, when, years))  # type: ignore[arg-type]
    if len(found) > 1:
        found.sort(key=lambda o: (o.date, o.kind))
    return tuple(found)


# --- Who is real, and why not ------------------------------------------------------------------


def missing(s: PersonStats, config: Config) -> tuple[str, ...]:
    """Each of the three tests (spec 3) a person misses, as what would change it: a prompt to
    cultivate, in words a person can check against the notes, never a score."""
    found = []
    if not s.active:
        if s.days_since is None:
            found.append("never contacted")
        else:
            limit = s.cadence_days if s.cadence_days is not None else config.active_days
            rule = "your cadence" if s.cadence_days is not None else "the active window"
            found.append(f"no contact in {s.days_since} days ({rule} is {limit})")
    if not s.reciprocal:
        found.append(
            {
                "one-way-me": "only you reach out",
                "one-way-them": "only they reach out",
            }.get(s.reciprocity, f"no contact with a direction in {config.reciprocity_days} days")
        )
    if not s.personal:
        found.append("nothing known beyond the card")
    return tuple(found)


# --- The one to-do list ------------------------------------------------------------------------


def todo(s: PersonStats, today: dt.date, drifting: bool) -> Todo | None:
    """The one to-do list a person is on (the first of TODO_ORDER that applies), or None.

    `drifting`: quieter than their own rhythm (cultivate.is_drifting).
    """
    if s.resting:
        return "resting"
    if s.booked:
        return "booked"
    if s.lapsed:
        return "lapsed"
    if s.overdue_days > 0:
        return "overdue"
    if s.due is not None and (s.due - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    if drifting:
        return "drifting"
    if s.last_contact is None:
        return "never"  # with a cadence they are due today, and due soon above
    if s.cadence_days is None and not s.active:
        return "fading"
    return None


def without_note(unnoted: Iterable[Unnoted], today: dt.date, config: Config) -> tuple[Unnoted, ...]:
    """Each one the notes say the owner met, called or heard from in the reciprocity window up to
    `today`, whom no note answers to (`Vault.unnoted`): their latest such line, the latest first,
    then by name. A note for them would take in what the notes say of them; one met longer ago
    is as lapsed as a person would be (spec 6.6). You are none (`owner_named`: a meeting's
    attendees list you)."""
    since = today - dt.timedelta(days=config.reciprocity_days)
    latest: dict[str, Unnoted] = {}
    for seen in unnoted:  # by file and line: of two lines of one day, the first stands
        key = name_key(seen.name)
        if since <= seen.date <= today and (key not in latest or seen.date > latest[key].date):
            latest[key] = seen
    others = (u for u in latest.values() if not owner_named(u.name, config.me))
    return tuple(sorted(others, key=lambda u: (-u.date.toordinal(), name_key(u.name), u.file)))


def maybe_yours(
    without: Iterable[Unnoted], unnoted: Iterable[Unnoted], meetings: int, config: Config
) -> dict[str, int]:
    """Of those met without a note (`without_note`), each whom most of the vault's `meetings`
    (the notes that list their people: `Vault.meetings`), and `OWNER_MEETINGS` or more, list
    among their attendees (`unnoted`: every sighting), while `me` names no one: the owner, most
    likely, who writes themselves in, and whom `me` in vaultnet.toml would leave out. By name as
    written: how many meetings list them."""
    if config.me or meetings < OWNER_MEETINGS:
        return {}
    listed: dict[str, set[str]] = {}
    for u in unnoted:
        if told_by_lists(u.line, u.text):
            listed.setdefault(name_key(u.name), set()).add(u.file)
    counts = {key: len(files) for key, files in listed.items() if len(files) >= OWNER_MEETINGS}
    return {u.name: count for u in without if 2 * (count := counts.get(name_key(u.name), 0)) > meetings}


OWNER_MEETINGS = 3
"""The fewest meetings someone without a note is listed at to be, perhaps, the owner (`maybe_yours`)."""


def kept_unread(without: Iterable[Unnoted], problems: Iterable[Problem]) -> dict[str, Problem]:
    """Of those met without a note (`without_note`), each whose note the vault holds in a file
    that is not read (`unread_version_of`: a conflicted copy whose note is missing, the note's
    iCloud placeholder): that file's problem, which says what to do, by name as written. `vaultnet
    new` would make an empty second note of them, or refuse."""
    wanted = {target_key(u.name): u.name for u in without}
    found: dict[str, Problem] = {}
    for problem in problems if wanted else ():
        if (note := unread_version_of(problem)) is not None and (name := wanted.get(target_key(note))):
            found.setdefault(name, problem)
    return found


def named_alike(
    without: Iterable[Unnoted], people: Iterable[tuple[str, str]], find: Names
) -> dict[str, tuple[str, str]]:
    """Of those met without a note (`without_note`), each named by one word that names one person
    alone as `vaultnet show` finds them by it (`Names.answering_word`: a word of their name, an
    alias or their file's name, accents aside): that person (`people`: each one's file and name
    shown), by name as written (`[[Ana]]` when Ana's note is `Ana Souza.md`, `[[Wei]]` of Chen
    Wei, no alias of either in it). Obsidian finds no note by that name, nor does vaultnet: an
    alias would mend it."""
    wanted = [u.name for u in without if len(u.name.split()) == 1]
    if not wanted:
        return {}
    shown = dict(people)
    found: dict[str, tuple[str, str]] = {}
    for name in wanted:
        files = [file for file in find.answering_word(name) if file in shown]
        if len(files) == 1:
            found[name] = (files[0], shown[files[0]])
    return found
