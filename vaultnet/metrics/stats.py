"""Pure functions: a Vault and today → what is true of each person (spec 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from vaultnet.config import Config
from vaultnet.metrics.next import (
    first_planned,
    is_booked,
    is_lapsed,
    reminder_due,
    resting_reason,
    with_next_contact,
)
from vaultnet.model import Contact, Person, PersonStats, Problem, Reciprocity, Vault
from vaultnet.vault.resolve import with_problems

FAR_AHEAD_DAYS = 365
"""An entry dated further ahead than this is a problem: a plan, or a typo (`2062` for `2026`)?"""


def cadence_for(person: Person, config: Config) -> int | None:
    """The person's own cadence, else the shortest default among their tags (`tags_covering`)."""
    if person.note.cadence_days:
        return person.note.cadence_days
    if not config.cadence:
        return None
    defaults = [
        config.cadence[key] for tag in person.note.tags for key in tags_covering(tag) if key in config.cadence
    ]
    return min(defaults, default=None)


def tags_covering(tag: str) -> set[str]:
    """The tags a `[cadence]` default may be given for that hold for a person's `tag`: the tag and
    each of its ends (`family` and `people/family` for `people/family`, `family` for `type/family`).
    Not a tag it nests below: `client/former` is a former client, `friends/lost-touch` a friend
    lost touch with, neither kept in touch with as `client` or `friends` are."""
    if "/" not in tag:
        return {tag}
    parts = tag.split("/")
    return {"/".join(parts[start:]) for start in range(len(parts))}


def reciprocity_of(inbound: int, outbound: int, mutual: int) -> Reciprocity:
    if mutual or (inbound and outbound):
        return "two-way"
    if outbound:
        return "one-way-me"
    if inbound:
        return "one-way-them"
    return "unknown"


def lived(person: Person) -> tuple[tuple[Contact, ...], dt.date | None]:
    """The person's contacts and their note's last-contact date, up to the day they died (`died:`),
    that day's included: no line dated later is a contact with them (a dinner where they were
    talked of, their funeral), only about them. All of them when the note gives no day."""
    died, contacts, front = person.note.died, person.contacts, person.note.last_contact
    if died is None:
        return contacts, front
    return contacts[: _up_to(contacts, died)], front if front is None or front <= died else None


def _up_to(contacts: tuple[Contact, ...], day: dt.date) -> int:
    """How many of the contacts, sorted by date, fall on or before `day`: those after are a tail."""
    cut = len(contacts)
    while cut and contacts[cut - 1].date > day:
        cut -= 1
    return cut


def person_stats(person: Person, today: dt.date, config: Config) -> PersonStats:
    """Everything spec 3 computes for one person as of `today`."""
    contacts, front = lived(person)
    cut = _up_to(contacts, today)  # the planned ones (after today) are a tail
    past, planned = contacts[:cut], with_next_contact(contacts[cut:], person.note, today)
    last: Contact | None = past[-1] if past else None
    dates = [d for d in (last.date if last else None, front) if d and d <= today]
    last_contact = max(dates, default=None)
    days_since = (today - last_contact).days if last_contact else None
    cadence = cadence_for(person, config)
    due = None
    if cadence is not None:
        due = last_contact + dt.timedelta(days=cadence) if last_contact else today
    if (reminder := reminder_due(person.note, last_contact, today)) is not None:
        due = min(due, reminder) if due else reminder
    overdue = max(0, (today - due).days) if due else 0

    # Its first day is reciprocity_days ago, as is_lapsed and `active` count a day that far back as in.
    window_start = today - dt.timedelta(days=config.reciprocity_days)
    counts = {"inbound": 0, "outbound": 0, "mutual": 0, "unknown": 0}
    marked = {"inbound": 0, "outbound": 0, "mutual": 0, "unknown": 0}
    inferred = 0
    for contact in reversed(past):  # latest first: stop at the window's start
        if contact.date < window_start:
            break
        counts[contact.direction] += 1
        if contact.inferred:
            inferred += 1
        else:
            marked[contact.direction] += 1
    reciprocity = reciprocity_of(counts["inbound"], counts["outbound"], counts["mutual"])
    from_words = bool(inferred) and reciprocity != reciprocity_of(
        marked["inbound"], marked["outbound"], marked["mutual"]
    )

    limit = cadence if cadence is not None else config.active_days
    active = days_since is not None and days_since <= limit
    reciprocal = reciprocity == "two-way"
    personal = len(person.note.facts) >= 1
    return PersonStats(
        person=person,
        last_contact=last_contact,
        days_since=days_since,
        cadence_days=cadence,
        due=due,
        overdue_days=overdue,
        interactions=len(past),
        inbound=counts["inbound"],
        outbound=counts["outbound"],
        mutual=counts["mutual"],
        unknown=counts["unknown"],
        reciprocity=reciprocity,
        facts=len(person.note.facts),
        active=active,
        reciprocal=reciprocal,
        personal=personal,
        real=active and reciprocal and personal,
        last=last,
        planned=planned,
        booked=is_booked(first_planned(planned), today, limit),
        resting=resting_reason(person.note, today) is not None,
        lapsed=is_lapsed(days_since, cadence, config),
        inferred=inferred,
        from_words=from_words,
    )


@dataclass(frozen=True)
class Summary:
    """Counts over the whole vault."""

    people: int
    active: int
    reciprocal: int
    personal: int
    real: int
    problems: int


@dataclass(frozen=True)
class Report:
    """The vault as of one day: what every page and the JSON are made from."""

    today: dt.date
    people: tuple[PersonStats, ...]
    """Sorted by file."""
    summary: Summary
    vault: Vault


def far_ahead(people: Iterable[Person], today: dt.date) -> list[Problem]:
    """A problem for each contact dated more than a year after today (it is still read as a plan)."""
    limit = today + dt.timedelta(days=FAR_AHEAD_DAYS)
    found = set()
    for person in people:
        for contact in reversed(person.contacts):  # sorted by date: the far ones are a tail
            if contact.date <= limit:
                break
            found.add(
                Problem(
                    contact.file,
                    contact.line,
                    f"{contact.date} is more than a year ahead: a plan, or a typo?",
                )
            )
    return sorted(found, key=lambda p: (p.file, p.line, p.message))


def report_with_problems(report: Report, extra: list[Problem]) -> Report:
    """The report with more problems of the vault (the folders its walk could not list), in its
    list and its count."""
    if not extra:
        return report
    vault = with_problems(report.vault, extra)
    return replace(report, vault=vault, summary=replace(report.summary, problems=len(vault.problems)))


def compute(vault: Vault, today: dt.date, config: Config) -> Report:
    """Stats for every person, and the summary, as of `today`."""
    vault = with_problems(vault, far_ahead(vault.people, today))
    stats = tuple(person_stats(p, today, config) for p in vault.people)
    summary = Summary(
        people=len(stats),
        active=sum(s.active for s in stats),
        reciprocal=sum(s.reciprocal for s in stats),
        personal=sum(s.personal for s in stats),
        real=sum(s.real for s in stats),
        problems=len(vault.problems),
    )
    return Report(today=today, people=stats, summary=summary, vault=vault)
