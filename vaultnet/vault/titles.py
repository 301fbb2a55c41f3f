"""Who a title names: a calendar event's (`import ics`), and a dated note's that lists no one and
is named for a meeting (`2026-11-24 Priya 1-1.md`). One rule for both: the resolver's names of
each person (file name, name, alias), found in the title as written."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from vaultnet.convert import folded, given_name, name_key, stem_words
from vaultnet.model import TITLED
from vaultnet.patterns import lazy_pattern

THINGS = frozenset((
    "home", "work", "office", "gym", "school", "church", "doctor", "dentist", "hospital", "pharmacy",
    "bank", "garage", "studio", "club", "team", "family", "house", "reception", "support", "sales",
    "billing", "helpdesk", "taxi", "vet", "daycare", "pool", "library",
))  # fmt: skip
"""Names of places and things an address book keeps a number under (`Home`, `Work`, `Gym`): in a
title a word of the event (`Work from home`, `Gym session`), never a person."""

_HEAD = lazy_pattern(r"\w+")
"""A run of word characters: a name is looked for in a title only when one opens it there."""


class TitleNames:
    """The names a title may name a person by, each of one person alone (a name two people share
    names neither): their whole name, file name and aliases (two characters or more: `JD`; a
    single letter would match too much); and apart, the first word of their file name
    (`Tom` of `Tom Becker.md`, `ben` of `ben-cohen.md`) when no other person's opens with it
    and no one answers to it whole, which only a note's title is read by (`one_person`)."""

    def __init__(self, names: Mapping[str, str], firsts: Mapping[str, str]) -> None:
        self.names = names
        self.firsts = firsts
        heads: dict[str, list[str]] = defaultdict(list)
        for key in (*names, *firsts):
            if head := _HEAD.match(key):
                heads[head[0]].append(key)
        self._heads = {head: tuple(keys) for head, keys in heads.items()}

    @classmethod
    def of(cls, stems: Mapping[str, Iterable[str]], claims: Mapping[str, Iterable[str]]) -> TitleNames:
        """From a resolver's tables (`Resolver.tables`): name keys by file stem, and by alias or
        name, each to the files of the people who answer to it."""
        owners: dict[str, set[str]] = defaultdict(set)
        firsts: dict[str, set[str]] = defaultdict(set)
        for table in (stems, claims):
            for key, files in table.items():
                if len(key.strip()) >= 2:
                    owners[key].update(files)
        for key, files in stems.items():
            first = title_first(key)
            if len(first) >= 2 and first != key:
                firsts[first].update(files)
        names = {key: next(iter(files)) for key, files in owners.items() if len(files) == 1}
        alone = {key: next(iter(files)) for key, files in firsts.items() if len(files) == 1}
        return cls(names, {key: file for key, file in alone.items() if key not in owners})

    def named(self, title: str, first_names: bool = False) -> list[tuple[int, int, str]]:
        """Each person a title names, in order: where (start, end) and their file. A name of
        several words counts in any case (`drinks with cy ode`); a name of one word only with its
        capital, as a name is written (`Coffee with Bo`, `午饭 李雷`: a script without capitals has
        none to leave out), since most are words too (`will we hit the date?` is not Will, `Design
        doc review` not Doc); and never one that names a place or a thing an address book keeps a
        number for (`Home`, `Work`, `Gym`). `first_names`: a first name alone too (`firsts`)."""
        keys = self._candidates(title, first_names)
        if not keys:
            return []
        found = []
        for match in _pattern(keys).finditer(title):
            name = match[0].strip()
            if " " not in name and (name[:1].islower() or name.casefold() in THINGS):
                continue
            key = name_key(name)
            file = self.names.get(key) or (self.firsts.get(key) if first_names else None)
            if file is not None:
                found.append((match.start(), match.end(), file))
        return found

    def one_person(self, title: str) -> str | None:
        """The one person a note's title names, by a first name of theirs too (`Tom 1-1` of Tom
        Becker, when no other Tom is in the vault); None for none or several."""
        people = {file for _, _, file in self.named(title, first_names=True)}
        return people.pop() if len(people) == 1 else None

    def _candidates(self, title: str, first_names: bool) -> frozenset[str]:
        """The names that open with a word of the title: only those are looked for in it."""
        keys = [key for head in set(_HEAD.findall(folded(title))) for key in self._heads.get(head, ())]
        return frozenset(key for key in keys if first_names or key in self.names)


def title_first(stem_key: str) -> str:
    """The first name a title may name a person by, of their file stem's key: its given name, after
    a title or kin word it opens with (`given_name`: `amy` of `dr amy lee`, `jürgen` of `onkel
    jürgen`)."""
    return name_key(given_name(stem_words(stem_key)))


def title_keys(title: str) -> set[str]:
    """The keys a note is filed under for whom its title may name (watch mode's, a saved build
    state's): each run of word characters of the title, marked as a title's (`TITLED`). A name
    is looked for in a title only where its first run is (`name_heads`)."""
    return {TITLED + head for head in _HEAD.findall(folded(title))}


def name_heads(keys: Iterable[str]) -> set[str]:
    """The `title_keys` of the titles that may name someone of these name keys (a person's who
    came, went or was renamed): the first run of each."""
    return {TITLED + head[0] for key in keys if (head := _HEAD.match(key))}


@lru_cache(maxsize=1024)
def _pattern(keys: frozenset[str]) -> re.Pattern[str]:
    """The names as one pattern, the longest first, each a whole word, in any case."""
    ordered = "|".join(map(re.escape, sorted(keys, key=lambda name: (-len(name), name))))
    return re.compile(rf"(?<!\w)({ordered})(?!\w)", re.I)
