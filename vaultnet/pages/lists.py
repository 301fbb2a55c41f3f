"""The lists of people the pages show, each in its own order, kept current one person at a time.

`places` says which lists one person is on and where they sort in each. A full build sorts everyone
once; watch mode moves only the people whose stats changed, so a rebuild does not sort the vault.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter
from typing import Any

from vaultnet.config import Config
from vaultnet.convert import name_order
from vaultnet.metrics.cultivate import by_age, has_open_follow_ups, is_drifting, open_follow_ups
from vaultnet.metrics.movement import Marks, Tally
from vaultnet.metrics.next import REACH_OUT_DAYS, occasions, todo
from vaultnet.model import PersonStats
from vaultnet.pages.chart import balance
from vaultnet.pages.saved import Face, face_of

LISTS = (
    "reach_out",
    "overdue",
    "due_soon",
    "booked",
    "drifting",
    "fading",
    "lapsed",
    "never",
    "resting",
    "coming_up",
    "follow_ups",
    "real",
    "short_active",
    "short_reciprocal",
    "short_personal",
    "two_way",
    "one_way_me",
    "one_way_them",
    "no_direction",
    "charted",
)
"""Each list's name; all but `charted` (who could be on the chart, nearest first) are template names.

The to-do lists (overdue to resting, spec 6.6) hold each person once at most (`next.todo`);
`reach_out` is the overdue and those due within REACH_OUT_DAYS, shown first on the Overview."""

_RECIPROCITY = {
    "two-way": "two_way",
    "one-way-me": "one_way_me",
    "one-way-them": "one_way_them",
    "unknown": "no_direction",
}

_SHORT = {(False, True): "short_active", (True, False): "short_reciprocal", (True, True): "short_personal"}
"""Two of the three tests passed, by (active, reciprocal): the list of the one missed."""

Place = tuple[str, tuple[Any, ...]]

SavedMarks = tuple[Marks, dict[str, int], list[str], dict[str, Face], dict[str, tuple[bool, int]]]
"""What `saved_marks` gives and `restore` takes: the tally's standings, each person's open
follow-ups and where their oldest sorts, who rests on the words, everyone's face."""


def places(s: PersonStats, today: dt.date, week: dt.date) -> list[Place]:
    """The lists a person is on, each with the key they sort by there (unique: it ends with the file).

    `week` is today plus REACH_OUT_DAYS (the last day "reach out" shows).
    """
    file = s.person.file
    name = name_order(s.person.shown_name)
    found: list[Place] = []
    where = todo(s, today, is_drifting(s))
    if where in ("overdue", "due_soon"):
        due = (s.due, name, file)
        found.append((where, due))
        if s.due is not None and s.due <= week:
            found.append(("reach_out", due))
    elif where == "booked":
        found.append((where, (s.planned[0].date, name, file)))
    elif where in ("drifting", "fading"):
        found.append((where, (s.last_contact, name, file)))
    elif where == "lapsed" and s.last_contact is not None:
        found.append((where, (-s.last_contact.toordinal(), name, file)))  # the latest first: still catchable
    elif where is not None:  # never, resting
        found.append((where, (name, file)))
    note = s.person.note
    if note.birthday or note.anniversary:
        coming = occasions(note, today)
        if coming:
            found.append(("coming_up", (coming[0].date, name, file)))
    if has_open_follow_ups(s):  # not those only done
        found.append(("follow_ups", (name, file)))
    if s.real:
        found.append(("real", (name, file)))
    elif s.active + s.reciprocal + s.personal == 2 and not s.resting:
        found.append((_SHORT[(s.active, s.reciprocal)], (name, file)))
    if s.resting:  # who carries it is advice: none for someone resting, on a list or the chart
        return found
    direction = _RECIPROCITY.get(s.reciprocity)
    if direction is not None:
        found.append((direction, (name, file)))
    if s.days_since is not None and balance(s) is not None:
        found.append(("charted", (s.days_since, s.person.shown_name.casefold(), file)))
    return found


def plain_key(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """A list key with its days as day numbers: what marshal stores; the order is the same, as
    each place of a list's keys holds one type."""
    return tuple(part.toordinal() if isinstance(part, dt.date) else part for part in key)


class PageLists:
    """Every list of `LISTS` for one day; `put` and `drop` move one person."""

    def __init__(
        self, today: dt.date, people: Iterable[PersonStats] = (), config: Config | None = None
    ) -> None:
        self.today = today
        self.tally = Tally(today, config) if config is not None else None
        """With a config: the movement's standings, kept as the lists are."""
        self._open: dict[str, int] = {}
        """Open follow-ups by person file, for those on `follow_ups`."""
        self.oldest: dict[str, tuple[bool, int]] = {}
        """Where the oldest open follow-up of each person on `follow_ups` sorts among everyone's
        (`by_age`, the day as a number): the terminal reads the people with the oldest
        ones only."""
        self.open_count = 0
        self._faces: dict[str, Face] = {}
        """Each person's face (what `grouped` reads), by file: saved, so that a build from the
        saved state groups its lists without making every person's stats again."""
        self._words: set[str] = set()
        """The people whose reciprocity rests on directions read from the words (`from_words`)."""
        self._days = (today, today + dt.timedelta(days=REACH_OUT_DAYS))
        self._keys: dict[str, list[tuple[Any, ...]]] = {}
        self._values: dict[str, list[PersonStats]] = {}
        self._where: dict[str, list[Place]] = {}
        self._tuples: dict[str, tuple[PersonStats, ...]] = {}
        self._plain = False
        """Keys hold days as numbers (restored from a saved build)."""
        self._as_saved: set[str] = set()
        """The lists restored that nobody moved onto or off since (`which`): their keys are still
        the very lists `restore` was given, copied before the first move (`_moving`)."""
        self._restored: dict[str, list[tuple[Any, ...]]] = {}
        """The keys of each list as restored (`moved`)."""
        rows: dict[str, list[tuple[tuple[Any, ...], PersonStats]]] = defaultdict(list)
        for s in people:
            where = self._where[s.person.file] = places(s, *self._days)
            for name, key in where:
                rows[name].append((key, s))
            self._count(s)
        for name in LISTS:
            row = sorted(rows[name], key=itemgetter(0))
            self._keys[name] = [key for key, _ in row]
            self._values[name] = [s for _, s in row]

    def _count(self, s: PersonStats) -> None:
        """Add a person to the tally and the open follow-ups."""
        if self.tally is not None:
            self.tally.put(s)
        if found := open_follow_ups(s):
            self._open[s.person.file] = len(found)
            self.open_count += len(found)
            first = min(found, key=by_age)
            self.oldest[s.person.file] = (first.date is None, (first.date or dt.date.min).toordinal())
        if s.from_words:
            self._words.add(s.person.file)
        if self.tally is not None:
            self._faces[s.person.file] = face_of(s)

    @classmethod
    def restore(
        cls,
        today: dt.date,
        keys: dict[str, list[tuple[Any, ...]]],
        value: Mapping[str, PersonStats],
        marks: SavedMarks | None = None,
        config: Config | None = None,
    ) -> PageLists:
        """Lists a build saved (`saved`), each person given by `value[file]`. Their keys hold days
        as numbers (`plain_key`), and so do the keys of the people `put` from now on. `marks`
        and `config`: the tally and open follow-ups saved with them (`saved_marks`); a saved
        person in `value` stands in with their face from there (`SavedStats`)."""
        lists = cls(today)
        if marks is not None and config is not None:
            lists._faces = faces = marks[3]
            lists.tally = Tally.restore(today, config, marks[0], value, lambda file: faces[file][0])
            lists._open = dict(marks[1])
            lists.open_count = sum(lists._open.values())
            lists.oldest = dict(marks[4])
            lists._words = set(marks[2])
        lists._plain = True
        lists._as_saved = set(LISTS)
        last = itemgetter(-1)
        for name in LISTS:
            found = keys.get(name, [])
            lists._keys[name] = lists._restored[name] = found
            lists._values[name] = list(map(value.__getitem__, map(last, found)))
        return lists

    def saved(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every list's keys, days as numbers: what `restore` takes (each key ends with the file)."""
        if self._plain:
            return {name: self._keys[name] for name in LISTS}
        return {name: [plain_key(key) for key in self._keys[name]] for name in LISTS}

    @property
    def from_words(self) -> int:
        """How many people's reciprocity rests on directions read from the words."""
        return len(self._words)

    def two_way_from_words(self) -> int:
        """How many of the people on `two_way` are there by directions read from the words (the
        list's keys end with the file: no one's stats are read)."""
        return len(self._words.intersection(map(itemgetter(-1), self._keys["two_way"])))

    def saved_marks(self) -> SavedMarks:
        """What `restore` takes as `marks` (`SavedMarks`)."""
        if self.tally is None:
            raise ValueError("lists without a tally")
        return self.tally.saved(), self._open, sorted(self._words), self._faces, self.oldest

    def drop_saved(self, s: PersonStats) -> None:
        """Take a person off restored lists, where their stats as saved placed them."""
        self._where[s.person.file] = [(name, plain_key(key)) for name, key in places(s, *self._days)]
        self.drop(s.person.file)

    def which(self, people: object) -> tuple[str, bool] | None:
        """The list `people` is (the very tuple `self[name]` gave), and whether it is as restored;
        None for anything else, and for an empty list: every empty tuple is the one `()`."""
        if not people:
            return None
        for name, found in self._tuples.items():
            if found is people:
                return name, name in self._as_saved
        return None

    def moved(self, name: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]] | None:
        """A restored list someone moved onto or off: its keys as restored, and now. A key
        nobody moved is the very object it was restored as."""
        restored = self._restored.get(name)
        if restored is None or name in self._as_saved:
            return None
        return restored, self._keys[name]

    def unmoved(self) -> frozenset[str]:
        """The lists restored that nobody moved onto or off since."""
        return frozenset(self._as_saved)

    def __getitem__(self, name: str) -> tuple[PersonStats, ...]:
        """A list as a tuple: the same object until someone on it moves."""
        found = self._tuples.get(name)
        if found is None:
            found = self._tuples[name] = tuple(self._values[name])
        return found

    def put(self, s: PersonStats) -> None:
        """Place a person anew (their stats changed, or they are new)."""
        self.drop(s.person.file)
        where = places(s, *self._days)
        if self._plain:
            where = [(name, plain_key(key)) for name, key in where]
        self._where[s.person.file] = where
        for name, key in where:
            keys = self._moving(name)
            index = bisect_left(keys, key)
            keys.insert(index, key)
            self._values[name].insert(index, s)
        self._count(s)

    def swap_saved(self, old: PersonStats, new: PersonStats, alike: Callable[[], bool]) -> bool:
        """Put `new` in the very places on restored lists where `old`, their stats as saved,
        placed them, when theirs now are the same and `alike()` (asked only then) says the rest
        is too: each list stays as restored (as `which` tells). False, and nothing done, when
        not."""
        file = old.person.file
        where = [(name, plain_key(key)) for name, key in places(old, *self._days)]
        if [(name, plain_key(key)) for name, key in places(new, *self._days)] != where or not alike():
            return False
        self._uncount(file)
        for name, key in where:
            self._values[name][bisect_left(self._keys[name], key)] = new
            self._tuples.pop(name, None)
        self._where[file] = where
        self._count(new)
        return True

    def _uncount(self, file: str) -> None:
        """Take a person out of the tally and the counts kept beside the lists."""
        if self.tally is not None:
            self.tally.drop(file)
        self.open_count -= self._open.pop(file, 0)
        self.oldest.pop(file, None)
        self._words.discard(file)
        self._faces.pop(file, None)

    def drop(self, file: str) -> None:
        """Take a person off every list."""
        self._uncount(file)
        for name, key in self._where.pop(file, ()):
            keys = self._moving(name)
            index = bisect_left(keys, key)
            del keys[index], self._values[name][index]

    def _moving(self, name: str) -> list[tuple[Any, ...]]:
        """A list's keys, about to change: its own copy, the first time for a restored list (the
        saved state holds the list restored from, to save only what changed since)."""
        if name in self._as_saved:
            self._keys[name] = list(self._keys[name])
            self._as_saved.discard(name)
        self._tuples.pop(name, None)
        return self._keys[name]
