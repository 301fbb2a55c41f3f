"""The lists of people the pages show, each in its own order, kept current one person at a time.

`places` says which lists one person is on and where they sort in each. A full build sorts everyone
once; watch mode moves only the people whose stats changed, so a rebuild does not sort the vault.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from vaultnet.metrics.cultivate import is_drifting
from vaultnet.model import PersonStats
from vaultnet.pages.chart import balance

DUE_SOON_DAYS = 14

LISTS = (
    "reach_out",
    "overdue",
    "due_soon",
    "fading",
    "never",
    "two_way",
    "one_way_me",
    "one_way_them",
    "no_direction",
    "drifting",
    "charted",
)
"""Each list's name; all but `charted` (who could be on the chart, nearest first) are template names."""

_RECIPROCITY = {
    "two-way": "two_way",
    "one-way-me": "one_way_me",
    "one-way-them": "one_way_them",
    "unknown": "no_direction",
}

Place = tuple[str, tuple[Any, ...]]


def places(s: PersonStats, today: dt.date, week: dt.date, soon: dt.date) -> list[Place]:
    """The lists a person is on, each with the key they sort by there (unique: it ends with the file).

    `week` and `soon` are today plus 7 days and plus DUE_SOON_DAYS.
    """
    file = s.person.file
    name = s.person.note.name
    found: list[Place] = []
    if s.due is not None:
        due = (s.due, file)
        if s.due <= week:
            found.append(("reach_out", due))
        if s.overdue_days > 0:
            found.append(("overdue", due))
        if today <= s.due <= soon:
            found.append(("due_soon", due))
    if s.cadence_days is None and s.last_contact is not None and not s.active:
        found.append(("fading", (s.last_contact, file)))
    if s.last_contact is None:
        found.append(("never", (name.lower(), file)))
    direction = _RECIPROCITY.get(s.reciprocity)
    if direction is not None:
        found.append((direction, (name.lower(), file)))
    if is_drifting(s):
        found.append(("drifting", (s.last_contact, file)))
    if s.days_since is not None and balance(s) is not None:
        found.append(("charted", (s.days_since, name.casefold(), file)))
    return found


class PageLists:
    """Every list of `LISTS` for one day; `put` and `drop` move one person."""

    def __init__(self, today: dt.date, people: Iterable[PersonStats] = ()) -> None:
        self.today = today
        self._days = (today, today + dt.timedelta(days=7), today + dt.timedelta(days=DUE_SOON_DAYS))
        self._keys: dict[str, list[tuple[Any, ...]]] = {}
        self._values: dict[str, list[PersonStats]] = {}
        self._where: dict[str, list[Place]] = {}
        self._tuples: dict[str, tuple[PersonStats, ...]] = {}
        rows: dict[str, list[tuple[tuple[Any, ...], PersonStats]]] = defaultdict(list)
        for s in people:
            where = self._where[s.person.file] = places(s, *self._days)
            for name, key in where:
                rows[name].append((key, s))
        for name in LISTS:
            row = sorted(rows[name], key=itemgetter(0))
            self._keys[name] = [key for key, _ in row]
            self._values[name] = [s for _, s in row]

    def __getitem__(self, name: str) -> tuple[PersonStats, ...]:
        """A list as a tuple: the same object until someone on it moves."""
        found = self._tuples.get(name)
        if found is None:
            found = self._tuples[name] = tuple(self._values[name])
        return found

    def put(self, s: PersonStats) -> None:
        """Place a person anew (their stats changed, or they are new)."""
        self.drop(s.person.file)
        where = self._where[s.person.file] = places(s, *self._days)
        for name, key in where:
            keys = self._keys[name]
            index = bisect_left(keys, key)
            keys.insert(index, key)
            self._values[name].insert(index, s)
            self._tuples.pop(name, None)

    def drop(self, file: str) -> None:
        """Take a person off every list."""
        for name, key in self._where.pop(file, ()):
            keys = self._keys[name]
            index = bisect_left(keys, key)
            del keys[index], self._values[name][index]
            self._tuples.pop(name, None)
