"""A vault kept in memory and brought up to date file by file: the incremental core of watch mode.

`LiveVault` holds every parsed note by file, what each note tells about each person (its parts),
and two indexes: from a person to the notes that concern them, and from a link key to the notes
that name it. A changed file is re-read alone; only the notes whose links may now resolve
differently are re-resolved, only the people they concern are re-assembled, and only those
people's stats are recomputed. `report()` then gives the same Report a full build would.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from vaultnet.config import Config
from vaultnet.convert import name_key, spellings, target_key
from vaultnet.errors import VaultGone
from vaultnet.metrics.cultivate import (
    Idea,
    Introduction,
    Introductions,
    UnclearIntro,
    has_intro,
    idea_inputs,
    introduction_ideas,
    introductions_made,
)
from vaultnet.metrics.stats import Report, Summary, far_ahead, person_stats
from vaultnet.model import Note, Person, PersonStats, Problem, Vault, titled
from vaultnet.pages.canvas import Ranking
from vaultnet.pages.lists import PageLists
from vaultnet.vault.load import read_note
from vaultnet.vault.names import Resolver, told_apart
from vaultnet.vault.resolve import (
    Part,
    Sighting,
    assemble,
    contribute,
    crowd_problem,
    meeting_notes,
    problem_order,
    sightings,
    unnoted,
)
from vaultnet.vault.titles import name_heads, title_keys
from vaultnet.vault.walk import (
    SourceFile,
    change_stamp,
    copies_beside,
    is_note_file,
    read_through,
    skipped,
    unlisted_problems,
    walk,
)

log = logging.getLogger(__name__)

_COUNTED = ("active", "reciprocal", "personal", "real")

T = TypeVar("T")


@dataclass(frozen=True)
class Update:
    """What one update changed."""

    notes: tuple[str, ...]
    """Files read again, added or removed, sorted."""
    people: tuple[str, ...]
    """Person files whose Person or stats were redone, sorted."""


def _targets(note: Note) -> set[str]:
    """The link keys a note names, and their `spellings` (`hannah muller` of `[[Hannah Müller]]`:
    `hannah-muller.md` answers to it): its lookups may change when a person with that key does."""
    targets = [t for m in note.entries for t in m.targets]
    targets += note.links
    targets += [t for f in note.follow_ups for t in (*f.targets, *f.among)]  # `among`: whom it may name
    keys = {target_key(t) for t in targets}
    titles = {title for t in targets if (title := titled(t)) is not None}  # `Priya 1-1`: whom it names
    return keys.union(*map(spellings, keys), *map(title_keys, titles))


def _names_of(person: Note) -> set[str]:
    """The keys of the notes whose lookups may change when this person comes, goes or is renamed
    (`_targets`): their names' (`Resolver.keys`), and those of the titles that may name them."""
    keys = Resolver.keys(person)
    return keys | name_heads(keys | Resolver.first_keys(person))


def _resolving(note: Note | None) -> tuple[str, str, tuple[str, ...]] | None:
    """What of a note the resolver sees: a person's file, name and aliases, else nothing."""
    return (note.file, note.name, note.aliases) if note is not None and note.kind == "person" else None


class _Sorted(Generic[T]):
    """Values kept in the order of their keys: a report's tuples are then copies, not sorts."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.values: list[T] = []

    def put(self, key: str, value: T) -> None:
        index = bisect_left(self.keys, key)
        if index < len(self.keys) and self.keys[index] == key:
            self.values[index] = value
        else:
            self.keys.insert(index, key)
            self.values.insert(index, value)

    def drop(self, key: str) -> None:
        index = bisect_left(self.keys, key)
        if index < len(self.keys) and self.keys[index] == key:
            del self.keys[index], self.values[index]


class LiveVault:
    """A vault read once, then kept current by `update` with the files that changed."""

    def __init__(self, root: Path, config: Config) -> None:
        self.root = root
        self.config = config
        self.notes: dict[str, Note] = {}
        """Every note read, by file."""
        self.people: dict[str, Person] = {}
        """Every person, by file."""
        self.stats: dict[str, PersonStats] = {}
        """Every person's stats as of `today`, by file."""
        self.today: dt.date | None = None
        self._find = Resolver()
        self._parts: dict[str, dict[str, Part]] = {}
        """Note file → person file → what that note tells about that person."""
        self._concerns: dict[str, set[str]] = defaultdict(set)
        """Person file → files of the notes with a part about them."""
        self._naming: dict[str, set[str]] = defaultdict(set)
        """Link key → files of the notes that name it."""
        self._problems: dict[str, tuple[Problem, ...]] = {}
        self._crowds: dict[str, Problem] = {}
        """Note file → its problem for naming too many people to link (it depends on who resolves)."""
        self._sightings: dict[str, tuple[Sighting, ...]] = {}
        """Note file → whom its words say the owner met, who had no note (`sightings`), if any."""
        self._names: Counter[str] = Counter()
        """`note_names` of every note, counted (two folders may hold a note of one name)."""
        self._note_order: _Sorted[Note] = _Sorted()
        self._people_order: _Sorted[Person] = _Sorted()
        self._stats_order: _Sorted[PersonStats] = _Sorted()
        self._stamps: dict[str, tuple[int, int]] = {}
        """Note file → (size, mtime) when it was read."""
        self._counts = dict.fromkeys(_COUNTED, 0)
        self._cache: dict[str, object] = {}
        """Tuples built for the last report, dropped when what they hold changes."""
        self.lists: PageLists | None = None
        """The pages' lists of people as of `today`, moved person by person."""
        self.ranking: Ranking | None = None
        """Everyone as the canvas ranks them as of `today`, moved person by person."""
        self._ideas: tuple[Idea, ...] | None = None
        """Introduction ideas, until a link or what people could share changes."""
        self._made: tuple[tuple[Introduction, ...], tuple[UnclearIntro, ...]] | None = None
        """Introductions made, until an #intro entry, a note naming their people, or a name's
        resolution changes."""
        self._introduced: set[str] = set()
        """The people of the introductions made."""
        self._far: dict[str, list[Problem]] = {}
        """Person file → their contacts dated more than a year after `today` (`far_ahead`), if any."""
        self._unlisted: tuple[Problem, ...] = ()
        """The folders the last walk could not list (`unlisted_problems`): a problem each."""

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> Update:
        """Read the whole vault (the first build)."""
        self._check_root()
        unlisted: list[tuple[str, str]] = []
        update = self._apply({s.file: self._read(s) for s in walk(self.root, self.config, unlisted)})
        self._listed(unlisted)
        return update

    def rescan(self) -> Update:
        """Walk the vault again and read what is new, gone, or changed on disk (size or time).

        For changes that name folders (a folder moved in, a checkout): a walk costs a stat per
        file, and only the files that differ are read.
        """
        self._check_root()
        unlisted: list[tuple[str, str]] = []
        seen = {s.file: s for s in walk(self.root, self.config, unlisted)}
        self._listed(unlisted)
        changed: dict[str, Note | None] = {f: None for f in self.notes if f not in seen}
        for file, source in seen.items():
            if self._stamps.get(file) != (source.size, source.mtime_ns):
                changed[file] = self._read(source)
        came = [file for file in changed if file not in self.notes]
        for file in copies_beside([*came, *(f for f in changed if changed[f] is None)], seen):
            if file not in changed:
                changed[file] = self._read(seen[file])
        return self._apply(changed)

    def _listed(self, unlisted: list[tuple[str, str]]) -> None:
        """Take in the folders a walk of the whole vault could not list (`update`, told of
        files, lists no folder: they stay as the last walk found them)."""
        problems = tuple(unlisted_problems(unlisted))
        if problems != self._unlisted:
            self._unlisted = problems
            self._cache.pop("report", None)

    def update(self, files: Iterable[str]) -> Update:
        """Read these files again (relative paths): changed, created, deleted or moved away; and
        the copies whose note came or went with them (`copies_beside`)."""
        changed: dict[str, Note | None] = {}
        files = set(files)
        for file in files:
            source = self._source(file)
            if source is not None:
                changed[file] = self._read(source)
            elif file in self.notes:
                changed[file] = None
        came_or_went = [f for f in changed if (changed[f] is None) != (f not in self.notes)]
        for file in copies_beside(came_or_went, self.notes).difference(files):
            source = self._source(file)
            changed[file] = self._read(source) if source is not None else None
        return self._apply(changed)

    def readable(self, file: str) -> bool:
        """Would a walk of the vault read this relative path? (Not looking at the disk.)"""
        return is_note_file(file.rpartition("/")[2]) and not skipped(file, self.config)

    def _check_root(self) -> None:
        if not self.root.is_dir():
            raise VaultGone(f"{self.root}: the vault folder is gone")

    def _read(self, source: SourceFile) -> Note:
        self._stamps[source.file] = (source.size, source.mtime_ns)
        return read_note(source, self.config)

    def _source(self, file: str) -> SourceFile | None:
        """The file as a walk would find it, or None when a walk would not read it."""
        if not self.readable(file):
            return None
        path = self.root / file
        linked = False
        try:
            linked = path.is_symlink()
            if linked and not read_through(
                os.path.realpath(path), Path(os.path.realpath(self.root)), self.config
            ):
                return None
            stat = path.stat()
        except OSError:
            # A note that cannot even be looked at (a loop of links): reading it gives its problem.
            return SourceFile(file, path, 0, 0) if linked else None
        if not path.is_file():
            return None
        return SourceFile(file, path, stat.st_size, change_stamp(stat))

    # --- resolving ----------------------------------------------------------------------------

    def _apply(self, changed: dict[str, Note | None]) -> Update:
        """Take in new versions of some notes (None: gone) and redo what depends on them."""
        olds = {f: self.notes.get(f) for f in changed if self.notes.get(f) != changed[f]}
        affected_keys: set[str] = set()
        dirty_people: set[str] = set()
        # The names of the people who came, went or were renamed: others of those names may
        # now be told apart from them, or no longer need to be (`told_apart`).
        names: set[str] = set()
        for file, old in olds.items():
            note = changed[file]
            if _resolving(old) != _resolving(note):
                # A person came, went, moved or changed name or aliases: links to them may now
                # resolve elsewhere.
                if old is not None and old.kind == "person":
                    self._find.remove(old)
                    affected_keys |= _names_of(old)
                    names.add(name_key(old.name))
                if note is not None and note.kind == "person":
                    self._find.add(note)
                    affected_keys |= _names_of(note)
                    names.add(name_key(note.name))
            if (old is not None and old.kind == "person") or (note is not None and note.kind == "person"):
                dirty_people.add(file)
            self._replace_note(file, old, note)

        if affected_keys or any(
            self._touches_intros(old) or self._touches_intros(changed[f]) for f, old in olds.items()
        ):
            self._made = None
        dirty_notes = set(olds)
        for key in affected_keys:
            dirty_notes |= self._naming.get(key, set())
        for file in dirty_notes:
            for person in self._parts.pop(file, {}):
                self._concerns[person].discard(file)
                dirty_people.add(person)
            note = self.notes.get(file)
            self._crowds.pop(file, None)
            self._sightings.pop(file, None)
            if note is not None:
                crowd = crowd_problem(note, self._find)
                if crowd is not None:
                    self._crowds[file] = crowd
                if sighted := sightings(note, self._find, self.config):
                    self._sightings[file] = sighted
                parts = contribute(note, self._find)
                if parts:
                    self._parts[file] = parts
                for person in parts:
                    self._concerns[person].add(file)
                    dirty_people.add(person)
        dirty_people.update(f for key in names for f in self._find.answering(key))
        redone = [person for person in dirty_people if self._reassemble(person)]
        if olds or redone:
            self._cache.pop("report", None)
        return Update(tuple(sorted(olds)), tuple(sorted(redone)))

    def _replace_note(self, file: str, old: Note | None, note: Note | None) -> None:
        if old is not None:
            for key in _targets(old):
                self._naming[key].discard(file)
        name = target_key(file)
        if old is None:  # a note new to the vault
            self._names[name] += 1
        if note is None:  # a note gone from it
            self._names[name] -= 1
            if not self._names[name]:
                del self._names[name]
            self.notes.pop(file, None)
            self._problems.pop(file, None)
            self._stamps.pop(file, None)
            self._note_order.drop(file)
            return
        self._note_order.put(file, note)
        self.notes[file] = note
        for key in _targets(note):
            self._naming[key].add(file)
        if note.problems:
            self._problems[file] = note.problems
        else:
            self._problems.pop(file, None)

    def _reassemble(self, person: str) -> bool:
        """Redo one person from their note and the parts about them, or drop them if gone.

        Returns whether anything about them changed.
        """
        old = self.people.get(person)
        note = self.notes.get(person)
        new = None
        if note is not None and note.kind == "person":
            files = sorted(self._concerns.get(person, ()))
            shown = told_apart(self._find, self._name_of, (name_key(note.name),)).get(person, "")
            new = assemble(note, (self._parts[f][person] for f in files), shown)
        if not self._concerns.get(person):
            self._concerns.pop(person, None)
        if new == old:
            return False
        if (old.linked if old else ()) != (new.linked if new else ()):
            self._ideas = None
        if new is None:
            del self.people[person]
            self._people_order.drop(person)
            self._set_stats(person, None)
            return True
        self.people[person] = new
        self._people_order.put(person, new)
        if self.today is not None:
            self._set_stats(person, person_stats(new, self.today, self.config))
        return True

    def _name_of(self, file: str) -> str | None:
        note = self.notes.get(file)
        return note.name if note is not None and note.kind == "person" else None

    # --- stats and report ---------------------------------------------------------------------

    def _set_stats(self, person: str, stats: PersonStats | None) -> None:
        old = self.stats.pop(person, None)
        if old is not None:
            for name in _COUNTED:
                self._counts[name] -= getattr(old, name)
        before = idea_inputs(old, self.config) if old is not None else None
        if before != (idea_inputs(stats, self.config) if stats is not None else None):
            self._ideas = None
        self._far.pop(person, None)
        if stats is not None and self.today is not None:
            far = far_ahead((stats.person,), self.today)
            if far:
                self._far[person] = far
        if stats is None:
            self._stats_order.drop(person)
            if self.lists is not None:
                self.lists.drop(person)
            if self.ranking is not None:
                self.ranking.drop(person)
        else:
            self.stats[person] = stats
            self._stats_order.put(person, stats)
            if self.lists is not None:
                self.lists.put(stats)
            if self.ranking is not None:
                self.ranking.put(stats)
            for name in _COUNTED:
                self._counts[name] += getattr(stats, name)

    def _touches_intros(self, note: Note | None) -> bool:
        """Could this version of a note change the introductions made: is one of its entries
        an introduction, or does it name someone introduced?"""
        if note is None or not note.entries:
            return False
        if has_intro(note):
            return True
        named = {self._find(t) for m in note.entries for t in m.targets}
        if note.kind == "person":
            named.add(note.file)
        return not named.isdisjoint(self._introduced)

    def introductions(self, report: Report) -> Introductions:
        """What `page_context` would compute for this report (the last one `report` gave),
        computed again only when its inputs changed."""
        if self._ideas is None:
            self._ideas = introduction_ideas(report, self.config)
        if self._made is None:
            self._made = introductions_made(report)
            self._introduced = {s.person.file for i in self._made[0] for s in (i.first, i.second)}
        # The people in them may have other stats now: show the current ones.
        now = self.stats
        ideas = tuple(
            replace(i, first=now[i.first.person.file], second=now[i.second.person.file]) for i in self._ideas
        )
        made = tuple(
            replace(i, first=now[i.first.person.file], second=now[i.second.person.file])
            for i in self._made[0]
        )
        return ideas, made, self._made[1]

    def report(self, today: dt.date) -> Report:
        """The report as of `today`: the same one `compute(load_vault(...))` gives."""
        if today != self.today:
            self.today = today
            self._cache.pop("report", None)
            self._made = None
            self.lists = None
            self.ranking = None
            for person in self._people_order.keys:
                self._set_stats(person, person_stats(self.people[person], today, self.config))
            self.lists = PageLists(today, self._stats_order.values, self.config)
            self.ranking = Ranking(self._stats_order.values)
        if "report" not in self._cache:
            found = [p for problems in self._problems.values() for p in problems]
            found += [*self._crowds.values(), *self._find.problems()]
            found += {p for far in self._far.values() for p in far}  # a contact in a shared note: once
            found += self._unlisted
            problems = tuple(sorted(found, key=problem_order))
            vault = Vault(
                notes=tuple(self._note_order.values),
                people=tuple(self._people_order.values),
                problems=problems,
                names=self._find,
                unnoted=unnoted(self._sightings, self._find, lambda: self._names),
                meetings=meeting_notes(self._sightings),
            )
            summary = Summary(people=len(self.people), problems=len(problems), **self._counts)
            people = tuple(self._stats_order.values)
            self._cache["report"] = Report(today=today, people=people, summary=summary, vault=vault)
        return self._cache["report"]  # type: ignore[return-value]
