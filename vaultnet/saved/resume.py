"""A build that starts where the last one left off: the report of today from the saved state
(`state.py`) and the notes changed since, or, where the state cannot answer cheaply, from every
note, which saves a new state.

A later build reads again only the notes whose files changed, and redoes only the people whose
part of one of them changed (its parts before the change are those of the note kept in its
person's saved bytes, or in the parse cache): each is their saved self with that note's part
swapped in (`vault/swap.py`), or, where a swap cannot tell, assembled again from every note about
them. A person added, removed or renamed is taken into the saved names, and the notes that may
name them are read again; the introductions made are taken in as `intros.py` says. Everyone
else's lines are taken as saved (`pages.saved`). A new day recomputes every person's stats from
the saved people, without reading a note. Anything the state cannot answer cheaply (too many
notes that may name someone moved, an introduction made or changed, the vault's own templates)
is a full build. Pages and JSON are the same either way (tests/test_state.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import compress, repeat
from operator import itemgetter, le, lt, ne, not_, or_
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from vaultnet.config import Config
from vaultnet.convert import folded, letters_spelt, name_key, spellings
from vaultnet.errors import StateLater
from vaultnet.metrics.stats import FAR_AHEAD_DAYS, Report, Summary, compute, far_ahead, person_stats
from vaultnet.model import Note, Person, PersonStats, Problem, Vault, stem_of
from vaultnet.pages.layout import CANVAS, USER_TEMPLATES
from vaultnet.pages.saved import RowBook, SavedStats, stats_of
from vaultnet.read.days import day_in_name
from vaultnet.saved.files import Packed, of_shape, read_signed, write_signed
from vaultnet.saved.state import (
    PeopleFile,
    State,
    load_state,
    page_holds,
    person_blob,
    person_from_blob,
    saved_resolver,
    taken_person_blob,
)
from vaultnet.vault.cache import (
    CACHE_FOLDER,
    READS_FILE,
    UNKNOWN,
    FileStat,
    ParseCache,
    _inside_vault,
    cached_note,
    forget_changed_reads,
    held,
    note_blob,
    note_record,
)
from vaultnet.vault.load import Progress, file_digest, notes_taken, read_digested, read_found, read_note
from vaultnet.vault.names import Resolver, resolver_of, shared_names, told_apart
from vaultnet.vault.names import claimed as claimed_by
from vaultnet.vault.resolve import (
    MAX_LINKED_GROUP,
    Part,
    Seen,
    Taker,
    assemble,
    contribute,
    crowd_problem,
    meeting_notes,
    note_names,
    problem_order,
    resolve_taken,
    sightings,
    unnoted,
    without_entries,
)
from vaultnet.vault.titles import name_heads, title_keys
from vaultnet.vault.walk import SourceFile, copies_beside

# The pages' lists, the introductions and the swapping of a person's parts are imported by the
# functions of a build that use them: `check` reads the state without them (a few ms a run).
if TYPE_CHECKING:
    from vaultnet.metrics.cultivate import Introduction, Introductions
    from vaultnet.pages.lists import PageLists

log = logging.getLogger(__name__)

_COUNTED = ("active", "reciprocal", "personal", "real")
"""The summary's counts a build keeps in the state, to move them by the people who changed."""


@dataclass
class Made:
    """What a build made from the vault: the report, what the pages need beside it, and the state
    to save once the pages are written."""

    report: Report
    lists: PageLists
    introductions: Introductions
    book: RowBook
    state: State
    canvas: bool
    """The canvas must be made and written (else it is as the last build left it)."""
    full: bool
    """Every note was read (no saved state was used)."""
    inputs: dict[str, str] = field(default_factory=dict)
    """Page → the digest of what it was made from, for the pages `PAGE_INPUTS` names."""


def has_user_templates(root: Path) -> bool:
    folder = root / USER_TEMPLATES
    return folder.is_dir() and any(folder.iterdir())


def make(
    root: Path,
    config: Config,
    today: dt.date,
    found: list[FileStat],
    key: str | None,
    use_cache: bool = True,
    progress: Progress | None = None,
    save: bool = True,
) -> Made:
    """The vault as of `today`: from the saved state where it can answer, else read in full.
    `save`: the state made will be saved (a full build then writes its people file)."""
    made = None
    if use_cache and key is not None:
        made = from_saved(root, config, today, found, key, to_save=save)
    if made is None:
        made = _full(root, config, today, found, use_cache, progress, keep=key is not None and save)
    return made


def from_saved(
    root: Path,
    config: Config,
    today: dt.date,
    found: list[FileStat],
    key: str,
    saved_day: bool = False,
    to_save: bool = False,
) -> Made | None:
    """The vault as of `today` from the state saved under `key`, the notes changed since (in
    `found`) read again; None when there is no such state, or when it cannot answer. With
    `saved_day`, as of the day the state was saved for, whatever `today` is: a caller that
    needs a person or two, not the lists, makes their stats for its own day at less cost.
    `to_save`: the state made will be saved (see `load_state`)."""
    state = load_state(root, key, to_save=to_save)
    if state is None:
        return None
    day = dt.date.fromordinal(state.today) if saved_day else today
    try:
        return _from_state(root, config, day, found, state, key)
    except StateLater as reason:
        log.info("build state not used: %s", reason)
    except Exception:  # a state that reads as valid but is not: never trusted
        log.info("build state unusable: building in full", exc_info=True)
    if state.blobs is not None:
        state.blobs.close()
    return None


def _full(
    root: Path,
    config: Config,
    today: dt.date,
    found: list[FileStat],
    use_cache: bool,
    progress: Progress | None,
    keep: bool,
) -> Made:
    """Read and resolve every note; with `keep`, write the people file of the state to save."""
    from vaultnet.metrics.cultivate import (
        has_intro,
        intro_entries,
        introduction_ideas,
        introductions_made,
        next_change,
    )
    from vaultnet.pages.lists import PageLists

    seen: Seen = {}
    # Each note told what it tells by itself as it is read: never every note's entries at once.
    taker = Taker(today, has_intro, config)
    with notes_taken(root, config, found, taker.take, use_cache, progress) as (notes, cache):
        vault = resolve_taken(notes, taker, seen)
        del notes
        # The introductions read every entry that names people: when there are some to read.
        whole = _entries_again(config, vault, found, cache) if taker.kept_whole else vault
        introduced = intro_entries(whole, today)
        pairs = [(named[0], named[1]) for _, _, named in introduced.intros if len(named) == 2]
        later = next_change(whole.notes, resolver_of(vault), today, pairs) if taker.kept_whole else None
        elsewhere = taker.told.elsewhere
        del whole, taker
        state = _full_state(vault, today, found, seen, cache.saved_digest if cache else _unknown)
        state.elsewhere = Packed.of({file: _day_numbers(days) for file, days in elsewhere.items()})
        del elsewhere
        state.blobs = blobs = PeopleFile(root / CACHE_FOLDER, state)
        if keep:
            saved = (
                (p.file, taken_person_blob(p, cache.saved_blob(p.file) if cache else None, today))
                for p in vault.people
            )
            try:
                blobs.write_new(root, saved)
            except OSError as exc:  # a read-only vault, say: no state saved, the build goes on
                log.info("build state not saved: %s", exc)
    # What reads the entries has read them: the rest of the build goes without.
    intros = {n.file for n in vault.notes if has_intro(n)}
    vault = without_entries(vault)

    report = compute(vault, today, config)
    lists = PageLists(today, report.people, config)
    ideas = introduction_ideas(report, config)
    made, unclear = introductions_made(report, introduced)
    state.intros = tuple(sorted(intros))
    state.lists = lists.saved()
    state.marks = lists.saved_marks()
    state.counts = {name: getattr(report.summary, name) for name in _COUNTED}
    state.ideas = tuple((i.first.person.file, i.second.person.file, i.reasons) for i in ideas)
    state.made = tuple(_made_record(i) for i in made)
    state.unclear = tuple((u.file, u.line, u.text, u.named) for u in unclear)
    state.later = later.toordinal() if later else 0
    book = RowBook(which=lists.which)
    return Made(report, lists, (ideas, made, unclear), book, state, canvas=True, full=True)


def _entries_again(config: Config, vault: Vault, found: list[FileStat], cache: ParseCache | None) -> Vault:
    """The vault with its person notes' entries, which a `Taker` left out: from the parse cache
    (the records saved as they were read), else read again."""
    stats = {stat_[0]: stat_ for stat_ in found}

    def whole(note: Note) -> Note:
        if note.kind != "person" or note.entries:
            return note
        again = cached_note(cache.saved_blob(note.file) if cache else None, note.file)
        return again if again is not None else read_found(stats[note.file], config)

    return replace(vault, notes=tuple(map(whole, vault.notes)))


def _unknown(file: str) -> int:
    return UNKNOWN


def _full_state(
    vault: Vault, today: dt.date, found: list[FileStat], seen: Seen, digest: Callable[[str], int]
) -> State:
    """The state of a vault read in full, its people not written yet (`digest`: each note file's
    `content_digest`, as read)."""
    state = State(
        today=today.toordinal(),
        files={file: (size, mtime, digest(file)) for file, _, size, mtime in found},
        persons=Packed.of({n.file: claimed for n in vault.notes if (claimed := claimed_by(n)) is not None}),
        touches=Packed.of({file: people for file, (people, _, _) in seen.items() if people}),
        problems=_problems_by_note(vault.notes, seen),
        sightings={file: found for file, (_, _, found) in seen.items() if found},
        people={},
        store="",
        shared=_shared(resolver_of(vault)),
        names="",
        token="",
        latest={p.file: p.contacts[-1].date.toordinal() for p in vault.people if p.contacts},
        intros=(),
    )
    state.resolver = resolver_of(vault)
    return state


def _problems_by_note(notes: tuple[Note, ...], seen: Seen) -> dict[str, tuple[tuple[int, str], ...]]:
    problems: dict[str, tuple[tuple[int, str], ...]] = {}
    for note in notes:
        found = [(p.line, p.message) for p in note.problems]
        crowd = seen.get(note.file, ((), None, ()))[1]
        if crowd is not None:
            found.append((crowd.line, crowd.message))
        if found:
            problems[note.file] = tuple(found)
    return problems


def _made_record(i: Introduction) -> tuple[Any, ...]:
    since = (i.since.date.toordinal(), i.since.file, i.since.line) if i.since else None
    return (i.date.toordinal(), i.file, i.line, i.text, i.first.person.file, i.second.person.file, since)


def _changed(state: State, found: list[FileStat], config: Config) -> tuple[dict[str, FileStat], set[str]]:
    """Files new or changed since the state was saved, and files gone; StateLater when they are
    so many that reading the vault in full is faster (`CHANGED_AT_MOST`). A file whose mtime
    moved is read to see whether its bytes did: one written again as it was is no change, and the
    state keeps its new mtime. (The walk over every file stays in C: a build after one changed
    note compares ten thousand.)"""
    was = list(map(state.files.get, map(_FILE, found), repeat(_NEW)))
    differ = map(
        or_, map(ne, map(_SIZE, was), map(_FOUND_SIZE, found)), map(ne, map(_STAMP, was), map(_MTIME, found))
    )
    late = map(le, repeat(state.written_ns), map(_MTIME, found))  # written in the tick it was saved
    changed = {stat_[0]: stat_ for stat_ in compress(found, map(or_, differ, late))}
    for file, stat_ in list(changed.items()):
        size, _, digest = state.files.get(file, _NEW)
        if size == stat_[2] and digest != UNKNOWN and file_digest(stat_, config) == digest:
            state.files[file] = (size, stat_[3], digest)
            del changed[file]
    if len(changed) > max(CHANGED_AT_MOST, len(found) // CHANGED_SHARE):
        raise StateLater(f"{len(changed)} notes changed")
    if len(found) == len(state.files) and _NEW not in was:
        return changed, set()
    gone = state.files.keys() - set(map(_FILE, found))
    if copies_beside([*(f for f in changed if f not in state.files), *gone], state.files).difference(changed):
        raise StateLater("a note came or went beside a copy of it, which it makes a copy, a note or its rest")
    return changed, gone


_FILE, _FOUND_SIZE, _MTIME = itemgetter(0), itemgetter(2), itemgetter(3)
_SIZE, _STAMP = itemgetter(0), itemgetter(1)
"""A `State.files` entry's size and change stamp."""
_NEW = (-1, -1, UNKNOWN)
"""What `State.files` holds of a file new since the state was saved."""


class _People:
    """Every person's stats as of one day: those redone now, the others made when first read."""

    def __init__(self, state: State, today: dt.date, config: Config) -> None:
        self.state = state
        self.today = today
        self.config = config
        self.fresh: dict[str, PersonStats] = {}
        self._everyone: dict[str, PersonStats] | None = None

    def load(self, file: str) -> PersonStats:
        person = person_from_blob(self.state.person(file), file, entries=False, day=self.today)
        return person_stats(person, self.today, self.config)

    def __call__(self, file: str) -> PersonStats:
        return self.everyone()[file]

    def renew(self) -> dict[str, PersonStats]:
        """Every saved person's stats made for today (a new day): from now on, each is what
        `everyone` gives for them, whatever it gave before (a saved person's face is the last
        day's)."""
        self.fresh = {file: self.load(file) for file in sorted(self.state.people)}
        self._everyone = None
        return self.fresh

    def everyone(self) -> dict[str, PersonStats]:
        """Every person by file: their stats redone, or standing in for the saved."""
        if self._everyone is None:
            load = self.load
            faces = self.state.marks[3] if self.state.marks else {}
            self._everyone = {file: SavedStats(file, load, faces.get(file)) for file in self.state.people}  # type: ignore[misc]
            self._everyone.update(self.fresh)
        return self._everyone

    def real(self, file: str) -> PersonStats:
        return stats_of(self(file))


def saved_names(
    root: Path, config: Config, found: list[FileStat], key: str
) -> tuple[Mapping[str, tuple[str, tuple[str, ...]]], Resolver | None] | None:
    """Every person note's name and aliases (`claimed`), by file: as the state saved them, with
    the notes changed since read again; and the vault's resolver as saved while no person came,
    went or was renamed since (else None: the caller makes it from the names). None when there is
    no state to use: the caller reads the vault."""
    state = load_state(root, key, pages=False)
    if state is None:
        return None
    try:
        changed, gone = _changed(state, found, config)
        moves: Moves = {}
        _notes_changed(config, state, changed, gone, None, moves=moves)
        _rename(state, moves)
        return state.persons, None if moves else saved_resolver(root, key, state)
    except StateLater:
        return None
    finally:
        if state.blobs is not None:
            state.blobs.close()


def _from_state(
    root: Path, config: Config, today: dt.date, found: list[FileStat], state: State, key: str
) -> Made:
    """A build from the saved state: the changed notes read again, the people they touch redone,
    and the lists moved around them (or, on a new day, made again from every saved person)."""
    from vaultnet.metrics.cultivate import Idea, UnclearIntro, introduction_ideas
    from vaultnet.saved import intros as saved_intros  # here: `check` never needs it, nor what it imports

    changed, gone = _changed(state, found, config)
    new_day = today.toordinal() != state.today
    intros = set(state.intros)
    moves: Moves = {}
    reads = ChangedReads(root, key)
    notes = _notes_changed(config, state, changed, gone, intros, reads, moves)
    if new_day and intros and not saved_intros.kept_on(state, today):
        raise StateLater("a new day that may change the introductions made")

    people = _People(state, today, config)
    saved = saved_resolver(root, key, state)  # the vault's resolver: the pages ask it for name clashes
    find = _moved(root, config, state, found, moves, notes, saved) if moves else saved
    earlier = _Earlier(root, config, state, saved)
    state.stale = frozenset({*changed, *gone})
    if not new_day and not moves:  # else saved in full anyway
        state.dropped = bool(gone) or any(
            _drops_text(state, earlier, file, note) for file, note in notes.items()
        )
    dirty = _redo_notes(state, notes, find, earlier, config)
    saved_intros.redo(state, notes, gone, moves, find, earlier.note, today)
    for file in gone:
        dirty.whole.update(state.touches.pop(file, ()))
        state.problems.pop(file, None)
        state.sightings.pop(file, None)
        del state.files[file]
    added = {file for file, (_, now) in moves.items() if now is not None and file not in state.people}
    removed = {file for file, (_, now) in moves.items() if now is None and file in state.people}
    dirty.whole = (dirty.whole | added) - removed  # a person added is assembled, one removed is not
    for file in removed:
        dirty.swaps.pop(file, None)
    if moves:
        dirty.named = _named_alike(state, find, moves) - removed
    redone = _redo_people(root, config, state, notes, dirty, people, find, earlier)
    if removed:
        _take_off(state, people, redone, removed)
    canvas = new_day or redone.canvas or not _canvas_holds(root, config, state)
    lists, book, counts = (
        _lists_anew(state, today, config, people)
        if new_day
        else _lists_moved(state, today, config, people, redone)
    )
    state.files.update(
        {file: (size, stamp, reads.digest(file)) for file, (_, _, size, stamp) in changed.items()}
    )
    report = _report_of(state, today, people, counts, find)  # of every note file now

    if redone.ideas:
        real = tuple(people.real(file) for file in sorted(state.people))
        ideas = introduction_ideas(Report(today, real, report.summary, report.vault), config)
        state.ideas = tuple((i.first.person.file, i.second.person.file, i.reasons) for i in ideas)
    else:  # as saved: each person read only if a page shows them
        ideas = tuple(Idea(people(a), people(b), reasons) for a, b, reasons in state.ideas)
    made = tuple(_made_from(record, people) for record in state.made)
    unclear = tuple(UnclearIntro(*u) for u in state.unclear)

    state.today = today.toordinal()
    _keep_recent(state, reads.now, gone)
    state.lists = lists.saved()
    state.marks = lists.saved_marks()
    state.counts = counts
    return Made(report, lists, (ideas, made, unclear), book, state, canvas=canvas, full=False)


def _drops_text(state: State, earlier: _Earlier, file: str, note: Note) -> bool:
    """Does this note, read again, no longer hold some of what the state holds of it as it was (a
    line edited out)? Its record as it was is compared with its record now (`held`) where the
    state holds it, or holds what it told of people (their saved selves, their lines); else the
    state holds of it only its problems and sightings, if any."""
    if file not in state.files:
        return False  # new: nothing of it saved
    if file in state.persons or file in state.recent or file in state.touches:
        before = earlier.note(file)
        return before is None or not held(note_record(before)) <= held(note_record(note))
    return file in state.problems or file in state.sightings


def _keep_recent(state: State, read: dict[str, tuple[int, int, int, bytes]], gone: set[str]) -> None:
    """Keep each changed note other than a person's as read now (`State.recent`), the latest
    `RECENT_AT_MOST` of them: the version its next change is compared with."""
    for file in gone:
        state.recent.pop(file, None)
    for file, (_, _, _, blob) in read.items():
        state.recent.pop(file, None)  # put last: the latest kept
        if file not in state.persons:
            state.recent[file] = blob
    for file in list(state.recent)[: max(0, len(state.recent) - RECENT_AT_MOST)]:
        del state.recent[file]


RECENT_AT_MOST = 128
"""Notes changed since the state was made in full kept as last read, at most (`State.recent`):
one read before is taken from the parse cache, which may hold an older version (its people are
then made again from every note about them)."""


_READS_SHAPE = (dict,)
"""Each changed note as read: file → (size, mtime_ns, `content_digest`, `note_blob`)."""


class ChangedReads:
    """The notes changed since the state was saved, as the last `check` read them: a commit's
    two hooks (`check`, then `build --check`) read the same changed notes, and the second takes
    them from here rather than parsing them (or importing the parser) again. A hint, like the
    parse cache: a note is taken only at the size and mtime it was read at, and only when older
    than the file (git's "racily clean")."""

    def __init__(self, root: Path, key: str) -> None:
        self.root = root
        self.key = key
        self.path = root / CACHE_FOLDER / READS_FILE
        self.known: dict[str, tuple[int, int, int, bytes]] = {}
        self.now: dict[str, tuple[int, int, int, bytes]] = {}
        """The changed notes of this run, as read: what `save` keeps."""
        self.parsed = False
        self.kept: set[str] = set()
        """The notes the file holds: one changed back or gone since is not to stay there."""
        read = read_signed(self.path, key, _READS_SHAPE)
        if read is not None:
            (known,), written_ns = read
            self.kept = set(known)
            self.known = {
                file: entry
                for file, entry in known.items()
                if of_shape(entry, (int, int, int, bytes)) and entry[1] < written_ns
            }

    def note(self, stat_: FileStat, config: Config) -> Note:
        """The changed note at `stat_`: as read before when it still has that size and mtime,
        else read (and parsed) now."""
        file, _, size, mtime = stat_
        entry = self.known.get(file)
        if entry is not None and entry[:2] == (size, mtime):
            note = cached_note(entry[3], file)
            if note is not None:
                self.now[file] = entry
                return note
        note, digest = read_digested(stat_, config)
        self.now[file] = (size, mtime, digest, note_blob(note))
        self.parsed = True
        return note

    def digest(self, file: str) -> int:
        """The `content_digest` of a changed note as read this run (`note`)."""
        return self.now[file][2]

    def save(self) -> None:
        """Keep this run's changed notes for the next command, when it parsed any or the file
        holds others (changed back, or gone: their text is not kept)."""
        if not (self.parsed or self.kept - self.now.keys()):
            return
        if not self.now:
            forget_changed_reads(self.root)
            return
        if not _inside_vault(self.path.parent, self.root):
            return
        try:
            write_signed(self.path, self.key, (self.now,))
        except (OSError, ValueError) as exc:  # a read-only vault, say: the next command parses
            log.info("changed notes not kept: %s", exc)


def _notes_changed(
    config: Config,
    state: State,
    changed: dict[str, FileStat],
    gone: set[str],
    intros: set[str] | None,
    reads: ChangedReads | None = None,
    moves: Moves | None = None,
) -> dict[str, Note]:
    """The changed notes, read again (from `reads` where they hold them). StateLater for what
    the state cannot follow: a note that makes an introduction gone (`intros`: the notes that
    make one; None when introductions do not matter to the caller), and a person added, removed
    or renamed, unless `moves` is given: then told there."""
    for file in gone:
        if file in state.persons:
            if moves is None:
                raise StateLater(f"{file}: a person removed")
            moves[file] = (state.persons[file], None)
        if intros is not None and file in intros:
            raise StateLater(f"{file}: an introduction")
    notes: dict[str, Note] = {}
    for file, stat_ in changed.items():
        note = reads.note(stat_, config) if reads is not None else read_found(stat_, config)
        if (claimed := claimed_by(note)) != (was := state.persons.get(file)):
            if moves is None:
                raise StateLater(f"{file}: a person added, removed or renamed")
            moves[file] = (was, claimed)
        notes[file] = note
    return notes


Claim = tuple[str, tuple[str, ...]]
Moves = dict[str, tuple[Claim | None, Claim | None]]
"""Person file → what the resolver read of it (`claimed`) before and now, None for no person:
each person added, removed or renamed since the state was saved."""
CHANGED_AT_MOST, CHANGED_SHARE = 200, 5
"""Changed notes (more than this many, and than this share of all) past which a build, `check`
or a name's lookup reads the vault in full: read in one process (and for a build, their people
redone one by one) they would take longer than a full read takes them on two cores, from the
parse cache: docs/performance.md."""
NAMING_AT_MOST = 200
"""Unchanged notes that may name a person added, removed or renamed, past which a build reads
the vault in full rather than each of them again."""


def _moved(
    root: Path,
    config: Config,
    state: State,
    found: list[FileStat],
    moves: Moves,
    notes: dict[str, Note],
    saved: Resolver,
) -> Resolver:
    """Take in the people added, removed or renamed: their names in the state and in the
    resolver (`saved`, the state's, as it was); each unchanged note that may name one of them
    (its text holds one of their names, as they were or are, or its title a name or a first
    name of theirs: `_titled_for`) read again into `notes`, as if changed, so that its links
    are resolved anew (one that makes an introduction is then refused as any changed one is,
    `intros.py`). The resolver, to be saved. StateLater when there are too many of those notes."""
    find = saved.editable()
    keys: set[str] = set()
    heads: set[str] = set()  # of the titles that may name them (`2026-11-24 Priya 1-1.md`)
    for file, (was, now) in moves.items():
        for claimed, take in ((was, find.remove), (now, find.add)):
            if claimed is not None:
                person = Note(file, "person", claimed[0], aliases=claimed[1])
                take(person)
                keys |= Resolver.keys(person)
                heads |= name_heads(Resolver.keys(person) | Resolver.first_keys(person))
    _rename(state, moves)
    keys.discard("")
    plain = tuple(key.encode() for key in keys if key.isascii())
    naming = [
        stat_
        for stat_ in found
        if stat_[0] not in notes and (_may_name(stat_, keys, plain) or _titled_for(stat_[0], heads, config))
    ]
    if len(naming) > NAMING_AT_MOST:
        raise StateLater(f"{len(naming)} notes may name a person added, removed or renamed")
    for stat_ in naming:
        notes[stat_[0]] = read_found(stat_, config)
    state.resolver = find  # the names' part is saved anew
    state.shared = _shared(find)
    return find


def _titled_for(file: str, heads: set[str], config: Config) -> bool:
    """Is the note named for a day and a title that may name someone of these `name_heads` (a
    person added, removed or renamed), as a note named for a meeting with one is (`2026-11-24
    Priya 1-1.md`)?"""
    if heads.isdisjoint(title_keys(stem_of(file))):
        return False  # nearly every note
    named = day_in_name(file, stem_of(file), config.daily_format, config.weekly_format)
    return named is not None and not heads.isdisjoint(title_keys(named[1]))


def _shared(find: Resolver) -> tuple[tuple[str, int, str], ...]:
    """The problems of the names people answer to (`State.shared`): the resolver's, and each
    name another person's file name wins."""
    found = (*find.problems(), *shared_names(Vault((), (), (), find), find.clashes()))
    return tuple((p.file, p.line, p.message) for p in found)


def _rename(state: State, moves: Moves) -> None:
    """The people moved, as the state names them now."""
    for file, (_, now) in moves.items():
        if now is None:
            state.persons.pop(file, None)
        else:
            state.persons[file] = now


def _take_off(state: State, people: _People, redone: _Redone, removed: set[str]) -> None:
    """The people removed taken off the state, to be taken off the lists; the canvas made again
    (it counts everyone), and the introduction ideas when one of them could be in one."""
    from vaultnet.metrics.cultivate import may_share

    redone.canvas = True
    people.everyone()  # the people removed stand in on the lists as saved, until taken off them
    for file in sorted(removed):
        before = people.load(file)
        redone.stats[file] = (before, None)
        redone.ideas = redone.ideas or may_share(before, people.config)
        state.drop_person(file)
        state.latest.pop(file, None)
        state.elsewhere.pop(file, None)


_FOLDS_TO_ASCII = (
    *(b"\xc3\x9f", b"\xdf", b"\xc5\xbf", b"\xe2\x84\xaa", b"\xef\xac", b"\xc4\xb0", b"%"),
    *(b"\xc2\xa0", b"\xa0", b"\xe2\x80\xaf", b"\xe2\x80\x87"),
    *(b"\xe2\x80\x8b", b"\xe2\x80\x8c", b"\xe2\x80\x8d", b"\xe2\x81\xa0", b"\xef\xbb\xbf"),
)
"""What in a note's bytes `folded` may turn into ASCII letters (`ß` is `ss`, the `ﬁ` ligature
`fi`, in UTF-8 or Windows-1252), into a space (a no-break space) or into nothing (a zero-width
space, between a name's letters), and a URL's `%` escape: a note without any (and not in UTF-16
or UTF-32) holds an ASCII name key, in any case, only as those very letters."""


_APOSTROPHE_BYTES = (b"\xe2\x80\x99", b"\xe2\x80\x98", b"\xca\xbc", b"\xe2\x80\xb2", b"\x91", b"\x92")
"""The apostrophes `folded` makes `'` (`O’Neill`), in UTF-8 or Windows-1252: asked for only when
a key holds one."""


def _may_name(stat_: FileStat, keys: set[str], plain: tuple[bytes, ...]) -> bool:
    """Does the note's text hold any of these name keys, in any case (as a link's URL writes it
    too: `Ana%20Costa`), or spell one of those a name's `spellings` may be (`hannah muller` in
    `[[Hannah Müller]]`, `seo yeon park` in `[[Seo-yeon Park]]`: `_spells_one`)? A note that does
    not cannot link to them. `plain`: the keys written in ASCII, as bytes: searched for in the
    note's bytes, lowered, where nothing else could fold into them (most notes: in C, not
    decoded)."""
    from vaultnet.read.text import decode, marked_encoding  # here: a build with no person moved never asks

    try:
        with open(stat_[1], "rb") as handle:
            data = handle.read()
    except OSError:
        return True  # read again: its reading says what is wrong
    spelt = _spelt_keys(frozenset(keys))
    folds = _FOLDS_TO_ASCII + _APOSTROPHE_BYTES if any(b"'" in key for key in plain) else _FOLDS_TO_ASCII
    if plain and not marked_encoding(data) and not any(map(data.__contains__, folds)):
        lowered = data.lower()  # the ASCII letters lowered, as `folded` lowers them
        if any(key in lowered for key in plain):
            return True
        if spelt and data.isascii():  # its spellings differ from its text only in the marks between
            return _spells_one(data.decode("ascii"), spelt)
        if len(plain) == len(keys) and not spelt:
            return False
    text = folded(decode(stat_[0], data).text)
    if "%" in text:
        text = unquote(text)
    return any(key in text for key in keys) or (bool(spelt) and _spells_one(text, spelt))


@cache
def _spelt_keys(keys: frozenset[str]) -> tuple[str, ...]:
    """Of these name keys, those a name's `spellings` may be (ASCII words: `hannah muller`, not
    `hannah-muller` nor `josé`), their letters alone (`hannahmuller`)."""
    return tuple(sorted({key.replace(" ", "") for key in keys if spellings(key) == (key,) and key}))


def _spells_one(text: str, letters: tuple[str, ...]) -> bool:
    """Does folded text hold one of these names' letters (`_spelt_keys`) as a slug spells them
    (`letters_spelt`: its accents off, nothing between its letters)?"""
    return any(key in spelt for spelt in letters_spelt(text) for key in letters)


def _lists_anew(
    state: State, today: dt.date, config: Config, people: _People
) -> tuple[PageLists, RowBook, dict[str, int]]:
    """A new day: every saved person's stats made again, the lists and counts with them. The
    last day's lines and sections are let go first, and the state as read with them: none is
    the new day's, and its state is saved whole, not as changes to the one read."""
    from vaultnet.pages.lists import PageLists

    state.rows, state.sections, state.layouts, state.base = {}, {}, {}, None
    fresh = people.renew()
    lists = PageLists(today, (fresh[f] for f in sorted(fresh)), config)
    counts = {name: sum(getattr(s, name) for s in fresh.values()) for name in _COUNTED}
    return lists, RowBook(which=lists.which), counts


def _lists_moved(
    state: State, today: dt.date, config: Config, people: _People, redone: _Redone
) -> tuple[PageLists, RowBook, dict[str, int]]:
    """The same day: the lists and counts as saved, each person redone taken off where their
    stats as saved placed them and put where their stats place them now. A person whose every
    line reads as saved and who sorts to the same places is put in them, their lists left as
    saved: an edit no page shows makes no page again."""
    from vaultnet.pages.lists import PageLists
    from vaultnet.pages.render import same_lines

    lists = PageLists.restore(today, state.lists, people.everyone(), state.marks, config)
    counts = dict(state.counts)
    moved = []  # the people whose lines were written anew (their saved ones are stale)
    for file, (old, new) in redone.stats.items():
        if (
            old is not None
            and new is not None
            and lists.swap_saved(old, new, partial(same_lines, old, new, state.rows, config))
        ):
            for name in _COUNTED:
                counts[name] += getattr(new, name) - getattr(old, name)
            continue
        moved.append(file)
        if old is not None:
            lists.drop_saved(old)
            for name in _COUNTED:
                counts[name] -= getattr(old, name)
        if new is not None:
            lists.put(new)
            for name in _COUNTED:
                counts[name] += getattr(new, name)
    book = RowBook(state.rows, state.sections, lists.which, state.layouts, lists.moved, moved)
    return lists, book, counts


def _report_of(
    state: State, today: dt.date, people: _People, counts: dict[str, int], find: Resolver
) -> Report:
    """The report of the vault as the state now holds it: every person (a saved one standing in
    until read), every problem, the summary."""
    ordered = sorted(state.people)
    listed = {
        Problem(file, line, message) for file, found in state.problems.items() for line, message in found
    }
    listed.update(far_ahead([people.real(file).person for file in _far_files(state, today)], today))
    listed.update(find.problems())
    problems = tuple(sorted(listed, key=problem_order))
    summary = Summary(people=len(ordered), problems=len(problems), **counts)
    unnoted_ = unnoted(state.sightings, find, lambda: note_names(state.files))
    vault = Vault(
        notes=(),
        people=_LazyPeople(ordered, people),
        problems=problems,
        names=find,
        unnoted=unnoted_,
        meetings=meeting_notes(state.sightings),
    )
    return Report(
        today=today, people=tuple(map(people.everyone().__getitem__, ordered)), summary=summary, vault=vault
    )


def saved_problems(
    root: Path, config: Config, key: str, found: list[FileStat], today: dt.date | None = None
) -> list[tuple[str, int, str]] | None:
    """`vaultnet check` from the saved state: every problem as (file, line, message), the names
    people share and (with `today`) the contacts more than a year ahead among them, the changed
    notes read again for theirs. None when there is no state to use, or when it cannot tell
    cheaply: a person came, went or was renamed (the names people share change), or a change
    could bear on a contact a year ahead. The state is left as it was: the build that follows
    redoes the people and the pages. `key`: the state's key for this configuration (`state_key`)."""
    if has_user_templates(root):
        return None
    state = load_state(root, key, pages=False)
    if state is None:
        return None
    try:
        return _problems_now(root, config, state, found, today, key)
    except StateLater as reason:
        log.info("build state not used: %s", reason)
        return None
    except Exception:
        log.info("build state unusable: checking in full", exc_info=True)
        return None
    finally:
        if state.blobs is not None:
            state.blobs.close()


def _problems_now(
    root: Path, config: Config, state: State, found: list[FileStat], today: dt.date | None, key: str
) -> list[tuple[str, int, str]]:
    """`saved_problems`, the state loaded."""
    changed, gone = _changed(state, found, config)
    reads = ChangedReads(root, key)
    notes = _notes_changed(config, state, changed, gone, None, reads)
    reads.save()  # for `build --check`, the commit's next hook
    problems = dict(state.problems)
    for file in gone:
        problems.pop(file, None)
    limit = (today + dt.timedelta(days=FAR_AHEAD_DAYS)) if today is not None else None
    find: Resolver | None = None  # read only for a note that could name a crowd
    for file, note in notes.items():
        if limit is not None and any(m.date > limit for m in note.entries):
            raise StateLater(f"{file}: an entry more than a year ahead")
        listed = [(p.line, p.message) for p in note.problems]
        if len({target for m in note.entries for target in m.targets}) > MAX_LINKED_GROUP:
            find = find or saved_resolver(root, key, state)
            crowd = crowd_problem(note, find)
            if crowd is not None:
                listed.append((crowd.line, crowd.message))
        if listed:
            problems[file] = tuple(listed)
        else:
            problems.pop(file, None)
    found_ = [(file, line, text) for file, saved in problems.items() for line, text in saved]
    found_ += state.shared
    ahead = _far_files(state, today) if today is not None else []
    if today is not None and ahead:
        found_ += _far_problems(root, key, state, ahead, {*gone, *notes}, today)
    return found_


def _far_problems(
    root: Path, key: str, state: State, ahead: list[str], changed: set[str], today: dt.date
) -> list[tuple[str, int, str]]:
    """The contacts more than a year after `today` of the people `ahead`, as saved. StateLater
    when a changed note tells of one of them. Who each note tells of, and the saved people, are
    in the pages' part: read only now, as few vaults have such a contact."""
    whole = load_state(root, key)
    if whole is None or whole.token != state.token:
        raise StateLater("the pages' part is not this state's")
    try:
        touched = {person for file in changed for person in whole.touches.get(file, ())}
        if touched.intersection(ahead):
            raise StateLater("a change to someone with a contact more than a year ahead")
        people = [person_from_blob(whole.person(file), file, entries=False) for file in ahead]
    finally:
        if whole.blobs is not None:
            whole.blobs.close()
    return [(p.file, p.line, p.message) for p in far_ahead(people, today)]


def _far_files(state: State, today: dt.date) -> list[str]:
    """The files of the people who could have a contact more than a year after `today`, as saved."""
    limit = (today + dt.timedelta(days=FAR_AHEAD_DAYS)).toordinal()
    latest = state.latest  # most have none so far ahead: found in C, then sorted
    return sorted(compress(latest, map(lt, repeat(limit), latest.values())))


class _LazyPeople(tuple):  # type: ignore[type-arg]
    """`vault.people` for a build from the state: every Person, made only when the canvas asks."""

    def __new__(cls, files: list[str], people: _People) -> _LazyPeople:
        return super().__new__(cls, ())

    def __init__(self, files: list[str], people: _People) -> None:
        self._files = files
        self._people = people

    def __iter__(self) -> Iterator[Person]:
        return (self._people.real(file).person for file in self._files)

    def __len__(self) -> int:
        return len(self._files)


def _made_from(record: tuple[Any, ...], people: _People) -> Introduction:
    from vaultnet.metrics.cultivate import Introduction, Together

    day, file, line, text, a, b, since = record
    together = Together(dt.date.fromordinal(since[0]), since[1], since[2]) if since else None
    return Introduction(dt.date.fromordinal(day), file, line, text, people(a), people(b), together)


@dataclass
class _Dirty:
    """The people a build from the state redoes, and how."""

    swaps: dict[str, list[tuple[Part | None, Part | None]]] = field(default_factory=dict)
    """Person file → each changed note's part for them, before and after (None: no part): the
    person is the saved one with those parts swapped (`swap_part`) where that can be told."""
    whole: set[str] = field(default_factory=set)
    """People assembled again from every note about them (a note's earlier parts not known)."""
    named: set[str] = field(default_factory=set)
    """People whose name was another's who came, went or was renamed: their name as the pages
    tell it apart from others' (`told_apart`) may change, if nothing else does."""


class _Earlier:
    """The notes as the state last knew them, for their parts before a change: a person's note
    from their saved person, any other from those the state keeps (`State.recent`), else from the
    parse cache (read once, when asked)."""

    def __init__(self, root: Path, config: Config, state: State, find: Resolver) -> None:
        self.root = root
        self.config = config
        self.state = state
        self.find = find
        """The resolver as saved: before any person was added, removed or renamed."""
        self._cache: ParseCache | None = None

    def cache(self) -> ParseCache:
        if self._cache is None:
            self._cache = ParseCache.load(self.root, self.config)
        return self._cache

    def note(self, file: str) -> Note | None:
        """The note at `file` as the state knew it; None when that is not known."""
        state = self.state
        if file in state.persons:
            return person_from_blob(state.person(file), file).note
        if (kept := state.recent.get(file)) is not None:
            return cached_note(kept, file)
        size, mtime, digest = state.files[file]
        return cached_note(self.cache().get(file, size, mtime, digest), file)

    def parts(self, file: str) -> dict[str, Part] | None:
        """What the note at `file` told of each person as the state knew it: read then, and
        resolved then (a note read again for a person renamed is the same note, resolved anew);
        None when that is not known."""
        before = self.note(file)
        return contribute(before, self.find) if before is not None else None


class _OtherLinks:
    """Whether a note other than a changed one links two people, asked of a link that note took
    away: only the notes that tell of both are read (a person's note from the state), each
    once a build, as the state now knows them (a note changed in this build as it is now)."""

    def __init__(self, state: State, notes: dict[str, Note], find: Resolver, earlier: _Earlier) -> None:
        self.state = state
        self.notes = notes
        self.find = find
        self.earlier = earlier
        self._told: list[tuple[str, tuple[str, ...]]] | None = None
        self._parts: dict[str, dict[str, Part] | None] = {}

    def between(self, person: str, changed: str, other: str) -> bool | None:
        """Does a note other than `changed` link `person` with `other`? None: not known."""
        if self._told is None:
            self._told = list(self.state.touches.items())
        for file, told in self._told:
            if file == changed or person not in told or other not in told:
                continue
            if file not in self._parts:
                note = self.notes.get(file) or self.earlier.note(file)
                self._parts[file] = contribute(note, self.find) if note is not None else None
            parts = self._parts[file]
            if parts is None:
                return None
            if (part := parts.get(person)) is not None and other in part.linked:
                return True
        return False


def _redo_notes(
    state: State, notes: dict[str, Note], find: Resolver, earlier: _Earlier, config: Config
) -> _Dirty:
    """Take in the changed notes' parts and problems (`config`: `sightings`); the people whose part
    of one changed."""
    dirty = _Dirty()
    for file, note in notes.items():
        told = state.touches.get(file, ())
        parts = contribute(note, find)
        now = tuple(sorted(parts))
        _changed_parts(state, file, note, told, parts, earlier, dirty)
        if now:
            state.touches[file] = now
        else:
            state.touches.pop(file, None)
        found = [(p.line, p.message) for p in note.problems]
        crowd = crowd_problem(note, find)
        if crowd is not None:
            found.append((crowd.line, crowd.message))
        if found:
            state.problems[file] = tuple(found)
        else:
            state.problems.pop(file, None)
        if sighted := sightings(note, find, config):
            state.sightings[file] = sighted
        else:
            state.sightings.pop(file, None)
    return dirty


def _changed_parts(
    state: State,
    file: str,
    note: Note,
    told: tuple[str, ...],
    parts: dict[str, Part],
    earlier: _Earlier,
    dirty: _Dirty,
) -> None:
    """Mark the people whose part of this changed note changed (a person's own note: always,
    their note is new), each with the part before and after; every person it told or tells
    about, when its parts before are not known."""
    known = file in state.files and (told or file in state.persons)
    was = earlier.parts(file) if known else {}  # {}: a new note, or one that told about nobody
    if was is None or tuple(sorted(was)) != told:
        dirty.whole.update(told, parts)
        if note.kind == "person":
            dirty.whole.add(file)
        return
    for person in was.keys() | parts.keys():
        old, new = was.get(person), parts.get(person)
        if old != new or person == file:
            dirty.swaps.setdefault(person, []).append((old, new))


@dataclass
class _Redone:
    stats: dict[str, tuple[PersonStats | None, PersonStats | None]] = field(default_factory=dict)
    """Person file → their stats before and now, for the people whose Person changed."""
    canvas: bool = False
    """What the canvas shows of someone changed: their name, tags or links."""
    ideas: bool = False
    """What introduction ideas read of someone changed."""


def _redo_people(
    root: Path,
    config: Config,
    state: State,
    notes: dict[str, Note],
    dirty: _Dirty,
    people: _People,
    find: Resolver,
    earlier: _Earlier,
) -> _Redone:
    """Make again every person a changed note's part for changed: the saved person with the
    parts swapped, else assembled from every note about them."""
    from vaultnet.metrics.cultivate import idea_inputs, may_share
    from vaultnet.vault.swap import recount, swap_part

    redone = _Redone()
    today = people.today
    fresh: dict[str, Person] = {}
    olds: dict[str, Person] = {}
    sources: dict[str, dict[dt.date, int]] = {}
    links = _OtherLinks(state, notes, find, earlier)
    for person in sorted(dirty.swaps.keys() - dirty.whole):
        old = olds[person] = person_from_blob(state.person(person), person)
        note = notes.get(person, old.note)
        elsewhere = {dt.date.fromordinal(day): n for day, n in state.elsewhere.get(person, {}).items()}
        new: Person | None = old
        for was, now in dirty.swaps[person]:
            if new is not None:
                changed = (now or was or Part()).file
                new = swap_part(new, note, was, now, elsewhere, partial(links.between, person, changed))
            recount(elsewhere, person, was, now)
        if new is None:
            dirty.whole.add(person)
        else:
            fresh[person], sources[person] = new, elsewhere
    if dirty.whole:
        assembled = _assembled(root, config, state, notes, dirty.whole, find, earlier)
        for person, (new, elsewhere) in assembled.items():
            fresh[person], sources[person] = new, elsewhere
    for person, elsewhere in sources.items():
        if elsewhere:
            state.elsewhere[person] = _day_numbers(elsewhere)
        else:
            state.elsewhere.pop(person, None)
    _tell_apart(state, find, fresh, dirty.named)
    for person in sorted(fresh):
        new = fresh[person]
        blob = person_blob(new)
        old_blob = state.person(person) if person in state.people else None  # None: a person added
        if blob == old_blob:
            continue
        state.put_person(person, blob)
        if new.contacts:
            state.latest[person] = new.contacts[-1].date.toordinal()
        else:
            state.latest.pop(person, None)
        after = person_stats(new, today, config)
        people.fresh[person] = after
        if old_blob is None:
            redone.stats[person] = (None, after)
            redone.canvas = True
            redone.ideas = redone.ideas or may_share(after, config)  # else in no idea, nor their links
            continue
        old = olds.get(person) or person_from_blob(old_blob, person, entries=False)
        before = person_stats(old, today, config)
        redone.stats[person] = (before, after)
        if (old.shown_name, old.note.tags, old.linked) != (new.shown_name, new.note.tags, new.linked) or (
            before.real != after.real and len(state.people) > config.canvas_limit
        ):
            redone.canvas = True  # what it shows, or who (the real come first when not all fit)
        if idea_inputs(before, config) != idea_inputs(after, config) or _links_move_ideas(state, old, new):
            redone.ideas = True
    return redone


def _named_alike(state: State, find: Resolver, moves: Moves) -> set[str]:
    """The people whose name is that of a person added, removed or renamed, as it was or is."""
    keys = {name_key(claim[0]) for claims in moves.values() for claim in claims if claim is not None}
    return {
        file
        for key in keys
        for file in find.answering(key)
        if (claim := state.persons.get(file)) is not None and name_key(claim[0]) == key
    }


def _tell_apart(state: State, find: Resolver, fresh: dict[str, Person], named: set[str]) -> None:
    """Each person made again (`fresh`), and each of the `named` whose name another's may now be
    or no longer be, with their name told apart from others' (`told_apart`) as it is now."""
    for person in sorted(named - fresh.keys()):
        if person in state.people:
            fresh[person] = person_from_blob(state.person(person), person)
    name_of = _name_of(state)
    for person, new in fresh.items():
        shown = told_apart(find, name_of, (name_key(new.note.name),)).get(person, "")
        if new.told_apart != shown:
            fresh[person] = replace(new, told_apart=shown)


def _name_of(state: State) -> Callable[[str], str | None]:
    """A person file's name, as the state holds it now."""

    def name_of(file: str) -> str | None:
        claim = state.persons.get(file)
        return claim[0] if claim is not None else None

    return name_of


def _links_move_ideas(state: State, old: Person, new: Person) -> bool:
    """Could the introduction ideas change with the person's links? Two people linked are never
    an idea: a link lost between two people may make one (the other still a person), and a link
    made only unmakes the idea of those two, if it is one. Any other pair was ranked and chosen
    as before (a pair not chosen took no one's place)."""
    if old.linked == new.linked:
        return False
    if any(file in state.persons for file in set(old.linked) - set(new.linked)):
        return True
    made = set(new.linked) - set(old.linked)
    file = new.note.file
    return any((a == file and b in made) or (b == file and a in made) for a, b, _ in state.ideas)


def _day_numbers(days: dict[dt.date, int]) -> dict[int, int]:
    return {day.toordinal(): n for day, n in days.items()}


def _assembled(
    root: Path,
    config: Config,
    state: State,
    notes: dict[str, Note],
    whole: set[str],
    find: Resolver,
    earlier: _Earlier,
) -> dict[str, tuple[Person, dict[dt.date, int]]]:
    """These people assembled again from every note about them (as the state now knows them),
    each with their days' `sources_elsewhere`."""
    from vaultnet.vault.swap import sources_elsewhere

    concerns: dict[str, list[str]] = defaultdict(list)
    # The notes about any of them, found in C among the ten thousand the state knows.
    touches = state.touches
    for file in compress(touches, map(not_, map(whole.isdisjoint, touches.values()))):
        for person in whole.intersection(touches[file]):
            concerns[person].append(file)
    unread = {file for person in whole for file in concerns.get(person, ())} | whole
    unread -= notes.keys()
    if len(unread) > FROM_PARSE_CACHE:
        _from_parse_cache(earlier.cache(), state, notes, unread)
    contributed: dict[str, dict[str, Part]] = {}
    made = {}
    for person in sorted(whole):
        note = _note(root, config, state, notes, person)
        parts = []
        for file in sorted(concerns.get(person, ())):
            if file not in contributed:
                contributed[file] = contribute(_note(root, config, state, notes, file), find)
            part = contributed[file].get(person)
            if part is not None:
                parts.append(part)
        made[person] = (assemble(note, parts), sources_elsewhere(person, parts))
    return made


def _canvas_holds(root: Path, config: Config, state: State) -> bool:
    """Is the canvas file as the last build left it (and older than the state)?"""
    size, mtime, _ = state.canvas
    return page_holds(root, config, state, CANVAS, size, mtime)


FROM_PARSE_CACHE = 64
"""Unchanged notes to read again past which they come from the parse cache rather than parsed:
the cache is read whole, which costs about as much as parsing this many notes."""


def _from_parse_cache(cache: ParseCache, state: State, notes: dict[str, Note], files: set[str]) -> None:
    """Take these unchanged notes from the parse cache where it holds them as the state knows them."""
    for file in files:
        size, mtime, digest = state.files[file]
        note = cached_note(cache.get(file, size, mtime, digest), file)
        if note is not None:
            notes[file] = note


def _note(root: Path, config: Config, state: State, notes: dict[str, Note], file: str) -> Note:
    """A note as the state knows it: read once a build (an unchanged file, so as when saved)."""
    note = notes.get(file)
    if note is None:
        size, mtime, _ = state.files[file]
        note = notes[file] = read_note(SourceFile(file, root / file, size, mtime), config)
    return note
