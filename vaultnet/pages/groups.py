"""Long lists made navigable: people split under headings (a year, a month, a letter), in order.

A list of a few dozen reads as it is; past GROUP_AFTER people, the page heads each group, so a
vault of 10,000 people gives pages one can scroll by heading (Obsidian's outline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import groupby

from vaultnet.model import PersonStats

GROUP_AFTER = 40
"""A list longer than this is shown under headings."""

Group = tuple[str, tuple[PersonStats, ...]]


def _letter(s: PersonStats) -> str:
    first = s.person.note.name.strip()[:1].upper()
    return first if first.isalpha() else "#"


_DAYS: dict[str, Callable[[PersonStats], dt.date | None]] = {
    "due": lambda s: s.due,
    "last": lambda s: s.last_contact,
    "planned": lambda s: s.planned[0].date if s.planned else None,
}


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
        day = _DAYS[by]
        years = {d.year for s in people if (d := day(s)) is not None}
        width = 7 if len(years) == 1 else 4
        key = lambda s: _heading(day(s), width)  # noqa: E731
    return [(heading, tuple(run)) for heading, run in groupby(people, key)]
