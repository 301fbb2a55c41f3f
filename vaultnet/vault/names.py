"""Who a name means: the one resolver of link targets and names to person notes."""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Iterable

from vaultnet.model import Note, Problem, Vault

_UNASKED = ""
"""Not a file: a target not looked up yet."""


class Resolver:
    """Finds the person a wikilink target means, the way Obsidian does: path, stem, then alias.

    When two notes claim one key, the first by file wins. People can be added and removed
    (watch mode), and `keys` tells which lookups a person note takes part in.
    """

    def __init__(self, people: Iterable[Note] = ()) -> None:
        self._by_path: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        self._by_alias: dict[str, list[str]] = {}
        self._found: dict[str, str | None] = {}
        """Each target asked so far and its answer: a vault names the same people again and again."""
        # In file order, each file goes last in its lists: no search to keep them sorted.
        for note in sorted(people, key=lambda n: n.file):
            file = note.file
            _append(self._by_path, file.removesuffix(".md").lower(), file)
            _append(self._by_stem, file.rsplit("/", 1)[-1].removesuffix(".md").lower(), file)
            for alias in note.aliases:
                _append(self._by_alias, alias.lower(), file)

    def _tables(self, note: Note) -> list[tuple[dict[str, list[str]], str]]:
        pairs = [
            (self._by_path, note.file.removesuffix(".md").lower()),
            (self._by_stem, note.stem.lower()),
        ]
        pairs += [(self._by_alias, alias.lower()) for alias in dict.fromkeys(note.aliases)]
        return pairs

    def add(self, note: Note) -> None:
        self._found.clear()
        for table, key in self._tables(note):
            files = table.setdefault(key, [])
            if note.file not in files:
                insort(files, note.file)

    def remove(self, note: Note) -> None:
        self._found.clear()
        for table, key in self._tables(note):
            files = table.get(key, [])
            if note.file in files:
                files.remove(note.file)
                if not files:
                    del table[key]

    @staticmethod
    def keys(note: Note) -> set[str]:
        """The last path part of every target that may resolve to this note, lower-case."""
        return {note.stem.lower(), *(alias.lower() for alias in note.aliases)}

    @staticmethod
    def key_of(target: str) -> str:
        """The last path part of a target, lower-case: what `keys` is compared with."""
        return target.strip().lower().removesuffix(".md").rsplit("/", 1)[-1]

    def __call__(self, target: str) -> str | None:
        try:
            return self._found[target]
        except KeyError:
            file = self._found[target] = self._look_up(target)
            return file

    def files(self, targets: Iterable[str]) -> set[str]:
        """The people these targets mean (those that mean someone): one call for a whole entry."""
        found = self._found
        files: set[str] = set()
        for target in targets:
            file = found.get(target, _UNASKED)
            if file is _UNASKED:
                file = found[target] = self._look_up(target)
            if file is not None:
                files.add(file)
        return files

    def _look_up(self, target: str) -> str | None:
        key = target.strip().lower().removesuffix(".md")
        if "/" in key:
            found = self._by_path.get(key.lstrip("/"))
            if found:
                return found[0]
            key = key.rsplit("/", 1)[-1]
        found = self._by_stem.get(key) or self._by_alias.get(key)
        return found[0] if found else None


def _append(table: dict[str, list[str]], key: str, file: str) -> None:
    """Add a file that sorts after every file in the table (or is the last one again)."""
    files = table.get(key)
    if files is None:
        table[key] = [file]
    elif files[-1] != file:
        files.append(file)


def name_clashes(vault: Vault) -> list[tuple[str, list[str]]]:
    """Each stem or alias that two people or more answer to, with their files (sorted: a link to
    the name reaches the first only), by name."""
    owners: dict[str, set[str]] = defaultdict(set)
    for person in vault.people:
        for name in {person.note.stem.lower(), *(a.lower() for a in person.note.aliases)}:
            owners[name].add(person.file)
    return [(name, sorted(files)) for name, files in sorted(owners.items()) if len(files) > 1]


def shared_names(vault: Vault, clashes: list[tuple[str, list[str]]] | None = None) -> list[Problem]:
    """Two people answering to one stem or alias: a link to that name reaches only one of them.
    `clashes`: `name_clashes(vault)`, when the caller has it already."""
    problems = []
    for name, ordered in name_clashes(vault) if clashes is None else clashes:
        for file in ordered[1:]:
            message = f"'{name}' also names {ordered[0]}: links to it reach {ordered[0]} only"
            problems.append(Problem(file, 0, message))
    return problems


def every_problem(vault: Vault, clashes: list[tuple[str, list[str]]] | None = None) -> list[Problem]:
    """What `vaultnet check` and the Problems page list: the notes' problems and the name clashes,
    sorted by file, then line."""
    found = shared_names(vault, clashes)
    if not found:
        return list(vault.problems)  # sorted already
    return sorted({*vault.problems, *found}, key=lambda p: (p.file, p.line, p.message))
