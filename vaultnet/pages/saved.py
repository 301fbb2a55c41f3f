"""What the pages keep from one build to the next (state.py saves it): a person's stats made only
when something reads them, and the line each person's row macro wrote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vaultnet.model import PersonStats

RowKey = tuple[str, str, tuple[Any, ...]]
"""(template file name, macro name, the macro's arguments after the person)."""


class SavedStats:
    """Stands for a person whose stats have not changed since the last build: made from the saved
    person the first time an attribute is read. The `lines` filter takes their saved line without
    reading any."""

    # Every name of its own starts with `_`: any other is the stats' (`real` is a field of theirs).
    __slots__ = ("_file", "_load", "_stats")

    def __init__(self, file: str, load: Callable[[str], PersonStats]) -> None:
        self._file = file
        self._load = load
        self._stats: PersonStats | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(stats_of(self), name)


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

    def lines(self, key: RowKey, people: tuple[Any, ...], write: Callable[..., str]) -> str:
        """The people's lines joined: a saved person's saved line, anyone else's written."""
        old = self.old.get(key, {})
        new = self.new.setdefault(key, {})
        texts = []
        for s in people:
            if type(s) is SavedStats:
                file = s._file
                text = old.get(file)
                if text is None:
                    text = write(s, *key[2])
            else:
                file = s.person.file
                text = write(s, *key[2])
            new[file] = text
            texts.append(text)
        return "\n".join(texts)


def row_key(template: str, macro: str, args: tuple[Any, ...]) -> RowKey | None:
    """The key a line is kept under, when its arguments can be stored (text and numbers)."""
    if all(type(a) in (str, int, bool) or a is None for a in args):
        return (template, macro, args)
    return None
