"""What the pages keep from one build to the next (saved/state.py saves it): a person's stats made only
when something reads them, and the line each person's row macro wrote."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import compress, repeat
from operator import is_, is_not
from typing import Any, Final, NamedTuple

from vaultnet.config import Config
from vaultnet.model import PersonStats


def kept_run(old: Iterable[object], new: Iterable[object], most: int) -> int:
    """How many items (at most `most`) two lists share from where they are walked (from their
    start, or `reversed` from their end): the very same objects, as a list copied and then
    changed holds them. The walk over thousands stays in C; an item only equal ends the run."""
    return next(compress(range(most), map(is_not, old, new)), most)


Face = tuple[str, int | None, int | None, int | None, int, int, int, bool, int]
"""What `grouped`, the chart and the canvas read of a person: the name they are shown by
(`Person.shown_name`); as day numbers the due
day, the last contact and the first plan's day; the conversations they started, you started and
both did (`inbound`, `outbound`, `mutual`); whether they are a real connection, and how many
people they are linked with."""


FACE_NAME: Final = 0
FACE_REAL: Final = 7
FACE_LINKED: Final = 8
"""Where a face holds the name, whether they are a real connection, and how many they are linked with."""


def face_of(s: PersonStats) -> Face:
    """A person's face, made from their stats."""
    due, last = s.due, s.last_contact
    return (
        s.person.shown_name,
        due.toordinal() if due is not None else None,
        last.toordinal() if last is not None else None,
        s.planned[0].date.toordinal() if s.planned else None,
        s.inbound,
        s.outbound,
        s.mutual,
        s.real,
        len(s.person.linked),
    )


def face(s: PersonStats) -> Face:
    """A person's face: a saved person's as saved (their stats are not read), anyone else's made."""
    saved: Face | None = getattr(s, "_face", None)  # a SavedStats's own: any other name is the stats'
    return saved if saved is not None else face_of(s)


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


def link_key(s: PersonStats | SavedStats) -> tuple[str, str]:
    """A person's file and the name they are shown by (`Person.shown_name`), what a link to them
    shows: a saved person's as saved, without reading their stats."""
    return saved_link(s) or (s.person.note.file, s.person.shown_name)


def file_of(s: PersonStats | SavedStats) -> str:
    """A person's file, a saved person's without reading their stats."""
    return s._file if type(s) is SavedStats else s.person.file


def stats_of(s: PersonStats | SavedStats) -> PersonStats:
    """A person's stats: those a SavedStats stands for, made now if not yet; anyone else's as they are."""
    if not isinstance(s, SavedStats):
        return s
    if s._stats is None:
        s._stats = s._load(s._file)
    return s._stats


SectionKey = tuple[str, str, str, int, RowKey]
"""(list name, `by`, label, the headings' level, the row key of its line macro): one page list
under its headings."""

Layout = tuple[tuple[str, int, int], ...]
"""A long list's section as a build saved it: each group's heading, how many people are under it,
and how many bytes of the section's text (as UTF-8) it takes, its heading's line with them."""

Which = Callable[[object], "tuple[str, bool] | None"]
"""Which page list an object is (its name), and whether it is as the last build left it."""

Moved = Callable[[str], "tuple[Sequence[object], Sequence[object]] | None"]
"""A restored page list's keys as restored and now, when someone moved onto or off it."""


class Earlier(NamedTuple):
    """A list's section as the last build saved it, and the list's keys then and now: where
    nobody moved, its groups are taken as they were (`groups.regroup`)."""

    text: bytes
    layout: Layout
    old: Sequence[object]
    new: Sequence[object]


MadeSection = tuple[str, bytes, Layout]
"""A section made: its text, as UTF-8 too, and its layout."""


class RowBook:
    """Each person's line by row macro, and each page list's section (its people under their
    headings), from the last build (`old`, `old_sections`) and as written now. The people
    `redone` since have their lines written again where shown (they are no saved people now),
    and none kept where not: a list that shows its first few may show them on a later build."""

    def __init__(
        self,
        old: dict[RowKey, dict[str, str]] | None = None,
        sections: dict[SectionKey, bytes] | None = None,
        which: Which | None = None,
        layouts: dict[SectionKey, Layout] | None = None,
        moved: Moved | None = None,
        redone: Collection[str] = (),
    ) -> None:
        self.old = old or {}
        self._redone = frozenset(redone)
        self.new: dict[RowKey, dict[str, str]] = {}
        self.old_sections = sections or {}
        self.new_sections: dict[SectionKey, bytes] = {}
        """As UTF-8: half the memory of the text of lines with dashes and quotes, and what the
        state's file holds anyway."""
        self.old_layouts = layouts or {}
        self.new_layouts: dict[SectionKey, Layout] = {}
        self._which = which
        self._moved = moved

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

    def section(
        self,
        people: object,
        by: str,
        label: str,
        row: RowKey,
        make: Callable[[Earlier | None], MadeSection],
        level: int = 3,
    ) -> str:
        """A page list's section: as the last build wrote it when nobody moved onto or off the
        list since (a saved person's line is as saved, and so are their headings), else
        `make(earlier)`, given the section saved and the list's keys then and now when there
        are both."""
        found = self._which(people) if self._which is not None else None
        if found is None:  # not one of the page lists: a slice, say
            return make(None)[0]
        name, as_saved = found
        key = (name, by, label, level, row)
        saved = self.old_sections.get(key)
        layout = self.old_layouts.get(key)
        if saved is not None and layout is not None and as_saved:
            self.new_sections[key], self.new_layouts[key] = saved, layout
            return saved.decode("utf-8")
        keys = self._moved(name) if self._moved is not None and not as_saved else None
        earlier = Earlier(saved, layout, *keys) if saved is not None and layout and keys else None
        text, self.new_sections[key], self.new_layouts[key] = make(earlier)
        return text

    def saved_sections(
        self, unmoved: Collection[str]
    ) -> tuple[dict[SectionKey, bytes], dict[SectionKey, Layout]]:
        """The sections to keep for the next build, and their layouts: those written now, and
        the last build's of the lists nobody moved onto or off since (`unmoved`), which a page
        left unmade did not write again."""
        kept = {key: text for key, text in self.old_sections.items() if key[0] in unmoved}
        kept.update(self.new_sections)
        layouts = {key: layout for key, layout in self.old_layouts.items() if key in kept}
        layouts.update(self.new_layouts)
        return kept, layouts

    def saved_rows(self) -> dict[RowKey, dict[str, str]]:
        """The lines to keep for the next build: those written now, over the old ones of the same
        macro (the people of a section kept whole were not written again), less the old lines
        of the people redone. A line left over is never read: a saved person is on the lists the
        last build put them on."""
        kept = dict(self.old)
        for key, lines in self.new.items():
            old = kept.get(key)
            kept[key] = {**old, **lines} if old else dict(lines)  # made here either way: ours to change
        for key, lines in kept.items():  # a few people redone, in tables of thousands of lines
            stale = [file for file in self._redone if file in lines and file not in self.new.get(key, ())]
            if stale and key in self.new:
                for file in stale:
                    del lines[file]
            elif stale:  # the saved table itself: left as read
                kept[key] = {file: text for file, text in lines.items() if file not in stale}
        return kept


CONFIG_ARG = "<config>"
"""Stands for the vault's configuration among a line's stored arguments: a saved state is kept
for one configuration only (its key holds the whole of it), so the lines saved are made with it."""


def row_key(template: str, macro: str, args: tuple[Any, ...]) -> RowKey | None:
    """The key a line is kept under, when its arguments can be stored (text and numbers, or the
    configuration)."""
    if all(type(a) in (str, int, bool) or a is None or type(a) is Config for a in args):
        return (template, macro, tuple(CONFIG_ARG if type(a) is Config else a for a in args))
    return None
