"""Long lists made navigable: people split under headings (a year, a month, a letter), in order.

A list of a few dozen reads as it is; past GROUP_AFTER people, the page heads each group, so a
vault of 10,000 people gives pages one can scroll by heading (Obsidian's outline).
"""

from __future__ import annotations

import datetime as dt
import weakref
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache, partial
from itertools import accumulate, compress, groupby, repeat
from operator import is_, itemgetter, not_
from typing import Any

from vaultnet.convert import name_order
from vaultnet.model import PersonStats
from vaultnet.pages.recent import Recent
from vaultnet.pages.saved import Layout, face_of, kept_run

GROUP_AFTER = 40
"""A list longer than this is shown under headings."""

Group = tuple[str, tuple[PersonStats, ...]]


Pair = tuple[str, str]
"""A person's headings in one list: (year, month) of its day, or their letter twice."""


def _letters(names: Iterable[str]) -> list[Pair]:
    """The headings of each name: its first letter as it sorts (`name_order`: `Ömer` under O,
    `'Quoted' Quinn` under Q), twice ("#" when not a letter: `name_order` sorts every such name
    before the letters, so one `#` heads them all), made in C (a list of 10,000 people, under a
    heading each)."""
    firsts = list(map(str.upper, map(itemgetter(slice(0, 1)), map(name_order, names))))
    for at in compress(range(len(firsts)), map(not_, map(str.isalpha, firsts))):
        firsts[at] = "#"
    return list(zip(firsts, firsts, strict=True))


@cache
def _year_month(day: int | None) -> Pair:
    """The headings of a day number: a vault has a few thousand days, and lists 10,000 people."""
    if day is None:
        return "none", "none"
    iso = dt.date.fromordinal(day).isoformat()
    return iso[:4], iso[:7]


_AT = {"letter": 0, "due": 1, "last": 2, "planned": 3}
"""Where a face holds what each `by` reads."""


def _pairs(people: Sequence[PersonStats], by: str) -> list[Pair]:
    """`by`'s headings of each person, from their face: the saved person's as saved (the walk over
    thousands of them stays in C), anyone else's made from their stats."""
    faces: list[Any] = list(map(getattr, people, repeat("_face"), repeat(None)))  # None: not saved
    for at in compress(range(len(faces)), map(is_, faces, repeat(None))):
        faces[at] = face_of(people[at])
    parts = map(itemgetter(_AT[by]), faces)
    return _letters(parts) if by == "letter" else list(map(_year_month, parts))


def grouped(people: Sequence[PersonStats], by: str) -> list[Group]:
    """The list in its order, cut into runs under a heading: `letter` (of the name), or the year
    (the month when all fall in one year) of `due`, `last` (contact) or `planned`. A short list
    is one group with no heading."""
    if len(people) <= GROUP_AFTER:
        return [("", tuple(people))]
    return _cut(tuple(people), _pairs(people, by))


def _one_year(years: Iterable[str]) -> bool:
    """Do the days shown (not "none") all fall in one year? Their months head them then."""
    shown = set(years)
    shown.discard("none")
    return len(shown) == 1


def _cut(people: tuple[PersonStats, ...], pairs: list[Pair]) -> list[Group]:
    """The runs of people under the same heading: the month when every day shown is in one year,
    else the year (a letter is both)."""
    years, months = zip(*pairs, strict=True)
    headings = months if _one_year(years) else years
    groups: list[Group] = []
    start = 0
    for heading, run in groupby(headings):
        end = start + len(list(run))  # counted in C
        groups.append((heading, people[start:end]))
        start = end
    return groups


Regrouped = list[tuple[str, int, int | None]]
"""A list's groups now: each one's heading, how many people are under it, and which group of the
saved layout it is, unchanged (None: made anew)."""


def regroup(
    people: Sequence[PersonStats], by: str, layout: Layout, old: Sequence[object], new: Sequence[object]
) -> Regrouped | None:
    """`grouped(people, by)` as the groups of `layout` (a section of the list when its keys were
    `old`; they are `new` now) where a full grouping would leave them as they were: only the
    groups around the keys that are not the very objects they were are worked out again. None
    when that cannot be told so: the list is short, or was, or its headings turn from years to
    months or back (every day now in one year, or no longer)."""
    if min(len(old), len(new)) <= GROUP_AFTER or sum(count for _, count, _ in layout) != len(old):
        return None
    most = min(len(old), len(new))
    head = kept_run(old, new, most)
    tail = kept_run(reversed(old), reversed(new), most - head)
    ends = list(accumulate(count for _, count, _ in layout))
    # Made again: from the group of the last key kept at the start to that of the first kept at
    # the end. The people made again begin and end with people kept, under their old headings,
    # so no group made runs on into one kept.
    first = bisect_right(ends, max(head - 1, 0))
    last = bisect_right(ends, min(len(old) - tail, len(old) - 1))
    start, stop = (ends[first - 1] if first else 0), ends[last] + len(new) - len(old)
    pairs = _pairs(people[start:stop], by)
    one_year = _one_year(heading[:4] for heading, _, _ in layout)
    kept = layout[:first] + layout[last + 1 :]
    if _one_year([*(heading[:4] for heading, _, _ in kept), *map(itemgetter(0), pairs)]) != one_year:
        return None
    made = groupby(map(itemgetter(one_year), pairs))
    return [
        *((heading, count, at) for at, (heading, count, _) in enumerate(layout[:first])),
        *((heading, sum(1 for _ in run), None) for heading, run in made),
        *((heading, count, at) for at, (heading, count, _) in enumerate(layout[last + 1 :], last + 1)),
    ]


class GroupMemo:
    """`grouped`, remembering its answers for the lists the last renders asked about, and each
    person's headings: watch mode renders the same lists again and again, a list is the same
    tuple until someone on it moves, and then only the people new to it need their headings
    worked out. `clock`: which render runs (see `Recent`)."""

    def __init__(self, clock: Callable[[], int]) -> None:
        self._known: Recent[tuple[int, str], tuple[tuple[PersonStats, ...], list[Group]]] = Recent(clock)
        self._headings: dict[str, dict[int, Pair]] = defaultdict(dict)
        """By `by`: each person's headings, by the id of their stats, dropped when the stats go."""
        self._alive: dict[tuple[str, int], weakref.ref[PersonStats]] = {}

    def __call__(self, people: Sequence[PersonStats], by: str) -> list[Group]:
        if type(people) is not tuple:
            return grouped(people, by)
        key = (id(people), by)
        found = self._known.get(key)
        if found is None or found[0] is not people:  # the tuple is held: its id is not reused
            found = (people, self._grouped(people, by))
            self._known.put(key, found)
        return list(found[1])

    def _grouped(self, people: tuple[PersonStats, ...], by: str) -> list[Group]:
        """`grouped(people, by)`, from the headings kept (the walk over the list stays in C)."""
        if len(people) <= GROUP_AFTER:
            return [("", people)]
        known = self._headings[by]
        pairs = list(map(known.get, map(id, people)))
        if None in pairs:
            new = list(compress(range(len(pairs)), map(is_, pairs, repeat(None))))
            for index, pair in zip(new, _pairs([people[at] for at in new], by), strict=True):
                key = id(people[index])
                pairs[index] = known[key] = pair
                self._alive[by, key] = weakref.ref(people[index], partial(self._forget, by, key))
        return _cut(people, pairs)  # type: ignore[arg-type]  # no None is left

    def _forget(self, by: str, key: int, _gone: object) -> None:
        """A weak reference's callback: the stats are gone, and so are their headings."""
        self._headings[by].pop(key, None)
        self._alive.pop((by, key), None)
