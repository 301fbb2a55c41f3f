"""Movement: how each connection is moving. The same metrics as of an earlier day beside today's,
and a monthly trend of the counts.

Pure functions of a computed Report: the resolved contacts a build already holds are read again as
of other days; nothing here reads the disk or the clock. `standings` answers what `person_stats`
answers for `active`, `reciprocal` and `real` (a differential test holds it to it), for many days
at once and at a fraction of the cost: a trend asks it thirteen days for every person.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

from vaultnet.config import Config
from vaultnet.metrics.stats import Report, cadence_for
from vaultnet.model import Person, PersonStats

TREND_MONTHS = 12
"""Months on the trend chart, the current one last."""


@dataclass(frozen=True, slots=True)
class Standing:
    """What a person was as of one day (spec 3's three flags that make a real connection)."""

    active: bool
    reciprocal: bool
    real: bool


_STANDINGS = {flags: Standing(*flags) for flags in product((False, True), repeat=3)}
"""The eight standings, made once: a trend asks for thirteen per person."""
_NOTHING = _STANDINGS[False, False, False]


@dataclass(frozen=True, slots=True)
class Month:
    """The counts as of a month's last day (today, for the current month)."""

    label: str
    """`2026-03`."""
    day: dt.date
    active: int
    reciprocal: int
    real: int


@dataclass(frozen=True, slots=True)
class Change:
    """Who became something since the earlier day, and who stopped being it; each sorted by name."""

    became: tuple[PersonStats, ...]
    stopped: tuple[PersonStats, ...]


@dataclass(frozen=True)
class Movement:
    """Today beside `since`, and the months before today."""

    since: dt.date
    days: int
    then: dict[str, Standing]
    """Each person's standing as of `since`, by file."""
    then_active: int
    then_reciprocal: int
    then_real: int
    active: Change
    reciprocal: Change
    real: Change
    trend: tuple[Month, ...]
    """TREND_MONTHS months, oldest first."""


def _has(days: list[int], after: int, upto: int) -> bool:
    """Is a day of the sorted list in (after, upto]?"""
    at = bisect_right(days, upto)
    return at > 0 and days[at - 1] > after


def standings(person: Person, days: Sequence[dt.date], config: Config) -> list[Standing]:
    """The person's standing as of each of `days` (sorted): what `person_stats` would say of them then."""
    return _standings(person, [day.toordinal() for day in days], config)


def _standings(person: Person, days: list[int], config: Config) -> list[Standing]:
    """`standings`, the days given as ordinals."""
    contacts = person.contacts
    front = person.note.last_contact
    if not contacts and front is None:
        return [_NOTHING] * len(days)  # never contacted: never active, never two-way
    cadence = cadence_for(person, config)
    limit = cadence if cadence is not None else config.active_days
    personal = bool(person.note.facts)
    window = config.reciprocity_days
    dates = [c.date.toordinal() for c in contacts]
    front_day = front.toordinal() if front is not None else -1
    if max(dates[-1] if dates else -1, front_day) < days[0] - max(limit, window):
        return [_NOTHING] * len(days)  # quiet since long before the first day: most of a large vault
    mutual: list[int] = []
    inbound: list[int] = []
    outbound: list[int] = []
    lists = {"mutual": mutual, "inbound": inbound, "outbound": outbound}
    for contact, day in zip(contacts, dates, strict=True):
        found = lists.get(contact.direction)
        if found is not None:
            found.append(day)
    directed = bool(mutual or (inbound and outbound))  # else never two-way, whatever the day
    out = []
    for today in days:
        at = bisect_right(dates, today)
        last = max(dates[at - 1] if at else -1, front_day if front_day <= today else -1)
        if last < 0:
            out.append(_NOTHING)
            continue
        active = today - last <= limit
        start = today - window
        # No contact in the window when even the last one is older (a front-matter date is none).
        reciprocal = (
            directed
            and at > 0
            and dates[at - 1] > start
            and (_has(mutual, start, today) or (_has(inbound, start, today) and _has(outbound, start, today)))
        )
        out.append(_STANDINGS[active, reciprocal, active and reciprocal and personal])
    return out


def trend_days(today: dt.date, months: int = TREND_MONTHS) -> list[tuple[str, dt.date]]:
    """The last day of each of the `months` months up to today's, today for the current one."""
    out = []
    for back in range(months - 1, -1, -1):
        year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
        month += 1
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        out.append((f"{year:04}-{month:02}", min(following - dt.timedelta(days=1), today)))
    return out


def _by_name(people: list[PersonStats]) -> tuple[PersonStats, ...]:
    return tuple(sorted(people, key=lambda s: (s.person.note.name.casefold(), s.person.file)))


def _change(report: Report, then: dict[str, Standing], flag: str) -> Change:
    became, stopped = [], []
    for s in report.people:
        now, before = getattr(s, flag), getattr(then[s.person.file], flag)
        if now and not before:
            became.append(s)
        elif before and not now:
            stopped.append(s)
    return Change(_by_name(became), _by_name(stopped))


def movement(report: Report, config: Config) -> Movement:
    """Today beside `movement_days` ago, and the trend of the counts over the last months."""
    since = report.today - dt.timedelta(days=config.movement_days)
    months = trend_days(report.today)
    days = [since.toordinal(), *(day.toordinal() for _, day in months)]
    then: dict[str, Standing] = {}
    counts = [[0, 0, 0] for _ in months]
    for s in report.people:
        found = _standings(s.person, days, config)
        then[s.person.file] = found[0]
        for count, standing in zip(counts, found[1:], strict=True):
            count[0] += standing.active
            count[1] += standing.reciprocal
            count[2] += standing.real
    return Movement(
        since=since,
        days=config.movement_days,
        then=then,
        then_active=sum(t.active for t in then.values()),
        then_reciprocal=sum(t.reciprocal for t in then.values()),
        then_real=sum(t.real for t in then.values()),
        active=_change(report, then, "active"),
        reciprocal=_change(report, then, "reciprocal"),
        real=_change(report, then, "real"),
        trend=tuple(Month(label, day, *count) for (label, day), count in zip(months, counts, strict=True)),
    )
