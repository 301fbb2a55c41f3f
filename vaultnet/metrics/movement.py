"""Movement: how each connection is moving. The same metrics as of an earlier day beside today's,
and a monthly trend of the counts.

Pure functions of a computed Report: the resolved contacts a build already holds are read again as
of other days; nothing here reads the disk or the clock. `standings` answers what `person_stats`
answers for `active`, `reciprocal` and `real` (a differential test holds it to it), for many days
at once and at a fraction of the cost: a trend asks it thirteen days for every person.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, product, repeat
from operator import and_, itemgetter, ne, rshift

from vaultnet.config import Config
from vaultnet.convert import name_order
from vaultnet.metrics.stats import Report, cadence_for, lived
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
    contacts, front = lived(person)
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
        start = today - window - 1  # the window is (start, today]: its first day is `window` days ago
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


def movement_days(today: dt.date, config: Config) -> tuple[dt.date, list[tuple[str, dt.date]], list[int]]:
    """The movement's start, the trend's months, and every day asked about as ordinals: the start,
    then each month's last day (today last)."""
    since = today - dt.timedelta(days=config.movement_days)
    months = trend_days(today)
    return since, months, [since.toordinal(), *(day.toordinal() for _, day in months)]


def _bits(found: list[Standing]) -> int:
    """A person's standings packed three bits a day (active, reciprocal, real), the first day lowest."""
    out = 0
    for at, standing in enumerate(found):
        out |= (standing.active | standing.reciprocal << 1 | standing.real << 2) << (3 * at)
    return out


def _standing(bits: int, at: int) -> Standing:
    flags = bits >> (3 * at)
    return _STANDINGS[bool(flags & 1), bool(flags & 2), bool(flags & 4)]


_FIRST = [_standing(flags, 0) for flags in range(8)]
"""The standing of each three bits, by their value: a person's first day's are their lowest."""

_FLAGS = (1, 2, 4)
"""Active, reciprocal and real, as bits of a day's standing."""

Marks = tuple[dict[str, int], list[int]]
"""What a Tally saves: each person's packed standings by file, and their sums by day and flag."""


class Tally:
    """Each person's standings on the movement's days and their sums, kept one person at a time
    (as the pages' lists are): a rebuild after a change reads only the people who changed."""

    def __init__(self, today: dt.date, config: Config, people: Iterable[PersonStats] = ()) -> None:
        self.today = today
        self.config = config
        self.since, self.months, self._days = movement_days(today, config)
        self._last = len(self._days) - 1
        self.bits: dict[str, int] = {}
        self.sums = [0] * (3 * len(self._days))
        self.then: dict[str, Standing] = {}
        self._moved: dict[tuple[int, bool], tuple[list[tuple[str, str]], list[PersonStats]]] = {
            (flag, now): ([], []) for flag in _FLAGS for now in (True, False)
        }
        """By (flag, now): who became (now True) or stopped being (now False) what the flag says,
        as sorted keys (`name_order` of the name, file) beside their stats."""
        self._where: dict[str, list[tuple[tuple[int, bool], tuple[str, str]]]] = {}
        """Person file → the lists of `_moved` they are on, and their key there."""
        for s in people:
            self.put(s)

    @classmethod
    def restore(
        cls,
        today: dt.date,
        config: Config,
        marks: Marks,
        value: Mapping[str, PersonStats],
        name: Callable[[str], str],
    ) -> Tally:
        """A tally a build saved (`saved`), each person given by `value[file]`, named `name(file)`
        (their stats are not read)."""
        tally = cls(today, config)
        bits, sums = marks
        if len(sums) != len(tally.sums):
            raise ValueError("saved standings of another shape")
        tally.bits = bits
        tally.sums = list(sums)
        # Ten thousand people, most of whom stood the same on the first day as today: the walk
        # over them stays in C, and only those who moved go through Python.
        first = list(map(and_, bits.values(), repeat(7)))
        tally.then = dict(zip(bits, map(_FIRST.__getitem__, first), strict=True))
        now = map(and_, map(rshift, bits.values(), repeat(3 * tally._last)), repeat(7))
        rows: dict[tuple[int, bool], list[tuple[tuple[str, str], PersonStats]]] = defaultdict(list)
        for file, b in compress(bits.items(), map(ne, first, now)):
            key = (name_order(name(file)), file)
            where = tally._where[file] = tally._moves(b, key)
            for kind, _ in where:
                rows[kind].append((key, value[file]))
        for kind, row in rows.items():
            row.sort(key=itemgetter(0))
            tally._moved[kind] = ([key for key, _ in row], [s for _, s in row])
        return tally

    def _moves(self, bits: int, key: tuple[str, str]) -> list[tuple[tuple[int, bool], tuple[str, str]]]:
        """The lists of `_moved` a person with these standings is on."""
        now = bits >> (3 * self._last)
        return [((flag, bool(now & flag)), key) for flag in _FLAGS if bool(now & flag) != bool(bits & flag)]

    def changes(self, flag: int) -> Change:
        """Who became what `flag` says since `since`, and who stopped being it; each by name."""
        return Change(tuple(self._moved[flag, True][1]), tuple(self._moved[flag, False][1]))

    def saved(self) -> Marks:
        return self.bits, self.sums

    def put(self, s: PersonStats) -> None:
        """Count a person anew (their stats changed, or they are new)."""
        file = s.person.file
        self.drop(file)
        found = _bits(_standings(s.person, self._days, self.config))
        self.bits[file] = found
        self.then[file] = _standing(found, 0)
        self._add(found, 1)
        if _differ(found, self._last):
            where = self._where[file] = self._moves(found, (name_order(s.person.shown_name), file))
            for kind, key in where:
                keys, values = self._moved[kind]
                at = bisect_left(keys, key)
                keys.insert(at, key)
                values.insert(at, s)

    def drop(self, file: str) -> None:
        """Take a person out of the counts."""
        found = self.bits.pop(file, None)
        if found is None:
            return
        self.then.pop(file, None)
        for kind, key in self._where.pop(file, ()):
            keys, values = self._moved[kind]
            at = bisect_left(keys, key)
            del keys[at], values[at]
        self._add(found, -1)

    def _add(self, bits: int, step: int) -> None:
        sums = self.sums
        at = 0
        while bits:
            if bits & 1:
                sums[at] += step
            bits >>= 1
            at += 1


def _differ(bits: int, last: int) -> bool:
    """Is the first day's standing not the last day's?"""
    return bits & 7 != (bits >> (3 * last)) & 7


def movement(report: Report, config: Config, tally: Tally | None = None) -> Movement:
    """Today beside `movement_days` ago, and the trend of the counts over the last months.

    `tally`: the standings kept current by the caller (the pages' lists), else made here. Who
    changed is read from the standings (as of today, what `person_stats` says: a test holds them)."""
    if tally is None:
        tally = Tally(report.today, config, report.people)
    sums = tally.sums
    return Movement(
        since=tally.since,
        days=config.movement_days,
        then=dict(tally.then),
        then_active=sums[0],
        then_reciprocal=sums[1],
        then_real=sums[2],
        active=tally.changes(1),
        reciprocal=tally.changes(2),
        real=tally.changes(4),
        trend=tuple(
            Month(label, day, *sums[3 * at : 3 * at + 3])
            for at, (label, day) in enumerate(tally.months, start=1)
        ),
    )
