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

    __slots__ = ("_load", "_real", "file")

    def __init__(self, file: str, load: Callable[[str], PersonStats]) -> None:
        self.file = file
        self._load = load
        self._real: PersonStats | None = None

    def real(self) -> PersonStats:
        if self._real is None:
            self._real = self._load(self.file)
        return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


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
                file = s.file
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
