"""Long lists made navigable: people split under headings (a year, a month, a letter), in order.

A list of a few dozen reads as it is; past GROUP_AFTER people, the page heads each group, so a
vault of 10,000 people gives pages one can scroll by heading (Obsidian's outline).
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from itertools import groupby

from vaultnet.model import PersonStats
from vaultnet.pages.saved import saved_face

GROUP_AFTER = 40
"""A list longer than this is shown under headings."""

Group = tuple[str, tuple[PersonStats, ...]]


def _letter(s: PersonStats) -> str:
    face = saved_face(s)
    name = face[0] if face is not None else s.person.note.name
    first = name.strip()[:1].upper()
    return first if first.isalpha() else "#"


_DAYS: dict[str, tuple[Callable[[PersonStats], dt.date | None], int]] = {
    "due": (lambda s: s.due, 1),
    "last": (lambda s: s.last_contact, 2),
    "planned": (lambda s: s.planned[0].date if s.planned else None, 3),
}


def _day_of(by: str) -> Callable[[PersonStats], dt.date | None]:
    """`by`'s day of a person: from a saved person's face when it has one, else their stats."""
    read, at = _DAYS[by]

    def day(s: PersonStats) -> dt.date | None:
        face = saved_face(s)
        if face is not None:
            found = face[at]
            return dt.date.fromordinal(found) if isinstance(found, int) else None
        return read(s)

    return day


def _heading(day: dt.date | None, width: int) -> str:
    return day.isoformat()[:width] if day is not None else "none"


def grouped(people: Sequence[PersonStats], by: str) -> list[Group]:
    """The list in its order, cut into runs under a heading: `letter` (of the name), or the year
    (the month when all fall in one year) of `due`, `last` (contact) or `planned`. A short list
    is one group with no heading."""
    if len(people) <= GROUP_AFTER:
        return [("", tuple(people))]
    if by == "letter":
        key: Callable[[PersonStats], str] = _letter
    else:
        day = _day_of(by)
        years = {d.year for s in people if (d := day(s)) is not None}
        width = 7 if len(years) == 1 else 4
        key = lambda s: _heading(day(s), width)  # noqa: E731
    return [(heading, tuple(run)) for heading, run in groupby(people, key)]


class GroupMemo:
    """`grouped`, remembering its answers for the lists last asked about, and each person's
    headings: watch mode renders the same lists again and again, a list is the same tuple until
    someone on it moves, and then only the people new to it need their headings worked out."""

    KEEP = 64
    """Answers kept at most (the pages group about twenty lists)."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, str], tuple[tuple[PersonStats, ...], list[Group]]] = {}
        self._headings: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
        """By `by`: each person's headings (`letter`: the letter twice; else the year, the month),
        by the id of their stats, dropped when the stats go."""
        self._alive: dict[tuple[str, int], weakref.ref[PersonStats]] = {}

    def __call__(self, people: Sequence[PersonStats], by: str) -> list[Group]:
        if type(people) is not tuple:
            return grouped(people, by)
        key = (id(people), by)
        found = self._known.get(key)
        if found is None or found[0] is not people:  # the tuple is held: its id is not reused
            if len(self._known) >= self.KEEP:
                del self._known[next(iter(self._known))]
            found = self._known[key] = (people, self._grouped(people, by))
        return list(found[1])

    def _grouped(self, people: tuple[PersonStats, ...], by: str) -> list[Group]:
        """`grouped(people, by)`, from the headings kept (the walk over the list stays in C)."""
        if len(people) <= GROUP_AFTER:
            return [("", people)]
        pairs = list(map(self._headings[by].get, map(id, people)))
        if None in pairs:
            self._learn(people, by, pairs)
        years, months = zip(*pairs, strict=True)
        shown = set(years)
        shown.discard("none")
        headings = months if by != "letter" and len(shown) == 1 else years
        groups: list[Group] = []
        start = 0
        for heading, run in groupby(headings):
            end = start + len(list(run))
            groups.append((heading, people[start:end]))
            start = end
        return groups

    def _learn(self, people: tuple[PersonStats, ...], by: str, pairs: list[tuple[str, str] | None]) -> None:
        """Work out the headings of the people who have none kept (their place in `pairs` is None)."""
        known = self._headings[by]
        day = _day_of(by) if by != "letter" else None
        for index, s in enumerate(people):
            if pairs[index] is not None:
                continue
            if day is None:
                letter = _letter(s)
                pair = (letter, letter)
            else:
                found = day(s)
                pair = (_heading(found, 4), _heading(found, 7))
            key = id(s)
            pairs[index] = known[key] = pair
            self._alive[by, key] = weakref.ref(s, partial(self._forget, by, key))

    def _forget(self, by: str, key: int, _gone: object) -> None:
        """A weak reference's callback: the stats are gone, and so are their headings."""
        self._headings[by].pop(key, None)
        self._alive.pop((by, key), None)
