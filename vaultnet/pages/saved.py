"""What the pages keep from one build to the next (state.py saves it): a person's stats made only
when something reads them, and the line each person's row macro wrote."""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, repeat
from operator import is_
from typing import Any

from vaultnet.config import Config
from vaultnet.model import PersonStats

Face = tuple[str, int | None, int | None, int | None]
"""What `grouped` reads of a person: the name, and as day numbers the due day, the last contact
and the first plan's day."""


def face_of(s: PersonStats) -> Face:
    """A person's face, made from their stats."""
    due, last = s.due, s.last_contact
    return (
        s.person.note.name,
        due.toordinal() if due is not None else None,
        last.toordinal() if last is not None else None,
        s.planned[0].date.toordinal() if s.planned else None,
    )


RowKey = tuple[str, str, tuple[Any, ...]]
"""(template file name, macro name, the macro's arguments after the person)."""


class SavedStats:
    """Stands for a person whose stats have not changed since the last build: made from the saved
    person the first time an attribute is read. The `lines` filter takes their saved line without
    reading any."""

    # Every name of its own starts with `_`: any other is the stats' (`real` is a field of theirs).
    __slots__ = ("_face", "_file", "_load", "_stats")

    def __init__(self, file: str, load: Callable[[str], PersonStats], face: Face | None = None) -> None:
        self._file = file
        self._load = load
        self._stats: PersonStats | None = None
        self._face = face
        """Their face as saved, when the state has it: `grouped` reads it rather than the stats."""

    def __getattr__(self, name: str) -> Any:
        return getattr(stats_of(self), name)


def saved_link(s: object) -> tuple[str, str] | None:
    """A saved person's file and name as the state has them (what a link shows); None for anyone
    else."""
    if type(s) is SavedStats and s._face is not None:
        return s._file, s._face[0]
    return None


def stats_of(s: SavedStats) -> PersonStats:
    """The stats a SavedStats stands for, made now if not yet."""
    if s._stats is None:
        s._stats = s._load(s._file)
    return s._stats


class RowBook:
    """Each person's line by row macro, from the last build (`old`) and as written now (`new`)."""

    def __init__(self, old: dict[RowKey, dict[str, str]] | None = None) -> None:
        self.old = old or {}
        self.new: dict[RowKey, dict[str, str]] = {}

    def lines(
        self, key: RowKey, people: tuple[Any, ...], write: Callable[..., str], args: tuple[Any, ...]
    ) -> str:
        """The people's lines joined: a saved person's saved line, anyone else's written
        `write(s, *args)`."""
        old = self.old.get(key, {})
        # The walk over thousands of saved people stays in C; only the others go through Python.
        files: list[Any] = list(map(getattr, people, repeat("_file"), repeat(None)))  # None: not saved
        texts: list[Any] = list(map(old.get, files))
        if None in texts:
            for at in compress(range(len(texts)), map(is_, texts, repeat(None))):
                s = people[at]
                if files[at] is None:
                    files[at] = s.person.file
                texts[at] = write(s, *args)
        self.new.setdefault(key, {}).update(zip(files, texts, strict=True))
        return "\n".join(texts)


CONFIG_ARG = "<config>"
"""Stands for the vault's configuration among a line's stored arguments: a saved state is kept
for one configuration only (its key holds the whole of it), so the lines saved are made with it."""


def row_key(template: str, macro: str, args: tuple[Any, ...]) -> RowKey | None:
    """The key a line is kept under, when its arguments can be stored (text and numbers, or the
    configuration)."""
    if all(type(a) in (str, int, bool) or a is None or type(a) is Config for a in args):
        return (template, macro, tuple(CONFIG_ARG if type(a) is Config else a for a in args))
    return None
