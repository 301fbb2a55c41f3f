"""Walk a vault folder, read each note safely, and resolve links between notes → Vault."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
from bisect import bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass
from fnmatch import fnmatch
from itertools import repeat
from operator import attrgetter
from pathlib import Path

from vaultnet.cache import ParseCache, note_blob, note_from_blob
from vaultnet.config import Config
from vaultnet.model import Contact, Direction, FollowUp, Mention, Note, Person, Problem, Vault

log = logging.getLogger(__name__)


class VaultError(Exception):
    """The vault folder itself cannot be read."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A Markdown file found in the vault."""

    file: str
    """Relative to the vault, `/` separators."""
    path: Path
    size: int
    mtime_ns: int


def _ignored(rel: str, config: Config) -> bool:
    return any(fnmatch(rel, glob) or fnmatch(rel + "/", glob) for glob in config.ignore)


def walk(root: Path, config: Config) -> Iterator[SourceFile]:
    """Every Markdown file vaultnet reads, in sorted order.

    Dot-folders, template folders, the output folder, ignored globs and symlinks
    that leave the vault are skipped; a symlink loop is entered once.
    """
    for rel, path, size, mtime_ns in walk_stats(root, config):
        yield SourceFile(rel, Path(path), size, mtime_ns)


def walk_stats(root: Path, config: Config) -> Iterator[tuple[str, str, int, int]]:
    """`walk` as plain (file, path, size, mtime_ns) tuples: what an unchanged-vault check needs,
    at a fraction of the cost of making a Path for each file."""
    real_root = Path(os.path.realpath(root))
    seen_dirs = {str(real_root)}
    output = config.output.strip("/").lower()
    ignore = bool(config.ignore)

    def listing(folder: str) -> Iterator[os.DirEntry[str]]:
        try:
            return iter(sorted(os.scandir(folder), key=attrgetter("name")))
        except OSError as exc:
            log.warning("cannot list %s: %s", folder, exc)
            return iter(())

    # Depth first with a stack of listings, not recursion: folders nested 1,500 deep (a path
    # of 3,000 characters) overflowed Python's recursion limit.
    stack = [(listing(os.fspath(root)), "")]
    while stack:
        listed, prefix = stack[-1]
        for entry in listed:
            name = entry.name
            if name[0] == "." or (ignore and _ignored(prefix + name, config)):
                continue
            try:
                is_link = entry.is_symlink()
                real = os.path.realpath(entry.path) if is_link else entry.path
                if is_link and not _inside(real, real_root):
                    continue
                if entry.is_dir():
                    rel = prefix + name
                    if name.lower() in config.template_folders or rel.lower() == output:
                        continue
                    if is_link and real in seen_dirs:
                        continue
                    seen_dirs.add(real)
                    stack.append((listing(entry.path), rel + "/"))
                    break  # into the folder first; this listing goes on after it
                if name[-3:].lower() == ".md" and entry.is_file():
                    stat = entry.stat()
                    yield prefix + name, entry.path, stat.st_size, stat.st_mtime_ns
            except OSError as exc:
                if name[-3:].lower() == ".md":
                    # A note that cannot even be looked at (a symlink loop): reading it gives its problem.
                    yield prefix + name, entry.path, 0, 0
                else:
                    log.warning("cannot read %s: %s", entry.path, exc)
        else:
            stack.pop()


def _inside(path: str, root: Path) -> bool:
    return path == str(root) or path.startswith(str(root) + os.sep)


def read_note(source: SourceFile, config: Config) -> Note:
    """Parse one file; a file too large or unreadable becomes a note with only a problem."""
    file = source.file.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if file != source.file:
        # Not a name any page could show or link to (and it would fail to encode when written).
        return _unread(file, "skipped: the file name is not UTF-8; rename the file")
    limit = config.max_file_kb * 1024
    if source.size > limit:
        message = f"skipped: {source.size // 1024} KB is over the {config.max_file_kb} KB limit"
        return _unread(source.file, message)
    try:
        data = _read_bytes(source.path, source.size, limit)
    except OSError as exc:
        return _unread(source.file, f"cannot read: {exc.strerror or exc}")
    if len(data) > limit:
        return _unread(source.file, f"skipped: over the {config.max_file_kb} KB limit")
    from vaultnet.parse import parse_note  # here: an unchanged vault never needs the parser

    return parse_note(source.file, data, config)


def _read_bytes(path: Path | str, size: int, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a file listed at `size` bytes (it may have grown since).

    The listed size and one byte more are asked for first: asking for `limit` + 1 bytes at once
    would allocate that much for every note. `os.read` rather than `open`: no buffered file
    object for a read of a few KB, which halves the cost of reading a note's bytes."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        parts = []
        total = 0
        want = min(size, limit) + 1
        while want > 0:
            part = os.read(fd, want)
            parts.append(part)
            total += len(part)
            if len(part) < want:  # the end of the file: a regular file reads short only there
                break
            want = limit + 1 - total
    finally:
        os.close(fd)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _unread(file: str, message: str) -> Note:
    stem = file.rsplit("/", 1)[-1].removesuffix(".md")
    return Note(file=file, kind="other", name=stem, problems=(Problem(file, 0, message),))


Progress = Callable[[int, int], None]
"""Told (notes read, notes to read) as a cold read goes on."""

PARALLEL_MIN = 1000
"""Parse in several processes only from this many notes to parse: below it, forking costs about
what it saves. Measured on 2 busy cores, median of 9 cold builds: 1,591 notes took 0.58 s in one
process and 0.52 s in two; 641 notes, 0.33 s either way."""
_CHUNK = 250


FileStat = tuple[str, str, int, int]
"""(file, path, size, mtime_ns) of a note file, as `walk_stats` finds it: lighter than a SourceFile."""


def _read(stat: FileStat, config: Config) -> Note:
    file, path, size, mtime_ns = stat
    return read_note(SourceFile(file, Path(path), size, mtime_ns), config)


def _parse_serial(todo: list[FileStat], config: Config, progress: Progress | None) -> list[Note]:
    notes: list[Note] = []
    for start in range(0, len(todo), _CHUNK):
        notes.extend(_read(stat, config) for stat in todo[start : start + _CHUNK])
        if progress:
            progress(len(notes), len(todo))
    return notes


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parse_parallel(
    todo: list[FileStat], config: Config, progress: Progress | None, keep: bool
) -> tuple[list[Note], list[bytes]] | None:
    """Parse notes in this process and forked copies of it when there are many and the machine
    has the cores: the notes in the order of `todo`, and (if `keep`) their `note_blob`s for the
    cache; or None to parse them here alone."""
    from vaultnet import fork

    workers = min(_workers(), len(todo) // (PARALLEL_MIN // 2))
    if workers < 2 or len(todo) < PARALLEL_MIN or not fork.can_fork():
        return None
    import yaml  # noqa: F401  (imported once here, not once per process)

    import vaultnet.parse  # noqa: F401

    size = max(_CHUNK, -(-len(todo) // fork.MAX_CHUNKS))
    chunks = [todo[start : start + size] for start in range(0, len(todo), size)]
    notes: list[list[Note] | None] = [None] * len(chunks)

    def here(index: int, claimed: int) -> None:
        notes[index] = [_read(stat, config) for stat in chunks[index]]
        if progress:
            progress(min(claimed * size, len(todo)), len(todo))

    def there(index: int) -> list[bytes]:
        return [note_blob(_read(stat, config)) for stat in chunks[index]]

    sent: list[list[bytes] | None] = [None] * len(chunks)

    def received(index: int, blobs: list[bytes]) -> None:
        notes[index] = [note_from_blob(blob) for blob in blobs]
        sent[index] = blobs if keep else None

    try:
        fork.share(len(chunks), workers - 1, there, here, received)
    except OSError as exc:  # no process or temporary file to be had: parse them all here
        log.info("cannot share the parsing (%s): reading in one process", exc)
        return None
    kept: list[bytes] = []
    for index, chunk in enumerate(chunks):
        own = notes[index]
        if own is None:  # claimed by a worker that died before it was done
            own = notes[index] = [_read(stat, config) for stat in chunk]
        if keep:
            kept.extend(sent[index] or (note_blob(note) for note in own))
    if progress:
        progress(len(todo), len(todo))
    return [note for chunk_notes in notes if chunk_notes for note in chunk_notes], kept


def read_notes(
    root: Path,
    config: Config,
    use_cache: bool = True,
    progress: Progress | None = None,
    found: list[FileStat] | None = None,
) -> list[Note]:
    """Every note under `root` (or in `found`, from `walk_stats` already): from the parse cache
    where the file is unchanged, else parsed."""
    if found is None:
        found = list(walk_stats(root, config))
    cache = ParseCache.load(root, config) if use_cache else None
    notes: list[Note] = []
    todo: list[FileStat] = []
    for stat in found:
        blob = cache.get(stat[0], stat[2], stat[3]) if cache else None
        if blob is not None:
            try:
                notes.append(note_from_blob(blob))
                continue
            except Exception:  # a record of another shape: parse the file again
                log.debug("cache record for %s unusable", stat[0])
        todo.append(stat)
    if todo:
        both = _parse_parallel(todo, config, progress, keep=cache is not None)
        if both is not None:
            notes.extend(both[0])
            blobs = both[1]
        else:
            parsed = _parse_serial(todo, config, progress)
            notes.extend(parsed)
            blobs = [note_blob(note) for note in parsed] if cache else []
        if cache:
            for (file, _, size, mtime_ns), blob in zip(todo, blobs, strict=True):
                cache.put(file, size, mtime_ns, blob)
    if cache:
        cache.save()
    return notes


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a vault is read and resolved.

    Reading makes hundreds of thousands of small objects, none in a cycle, and the collector's
    repeated passes over them cost about a third of a cold build on a large vault.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_vault(
    root: Path,
    config: Config,
    use_cache: bool = True,
    progress: Progress | None = None,
    found: list[FileStat] | None = None,
) -> Vault:
    """Read every note under `root` and resolve it into a Vault."""
    if not root.exists():
        raise VaultError(f"{root}: no such folder")
    if not root.is_dir():
        raise VaultError(f"{root}: not a folder")
    with gc_paused():
        return resolve(read_notes(root, config, use_cache, progress, found))


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


MAX_LINKED_GROUP = 200
"""People one note (or one entry) may name and still link pair by pair (spec 1.6). An all-hands
note naming 3,000 people would make 4.5 million pairs (a gigabyte): past this, none are made."""


def merge_direction(directions: Iterable[Direction]) -> Direction:
    """Mutual if any says so or both ways appear, else the one direction given, else unknown."""
    given = set(directions) - {"unknown"}
    if "mutual" in given or {"inbound", "outbound"} <= given:
        return "mutual"
    return given.pop() if given else "unknown"


def _merge_day(sources: list[tuple[Part, Mention]]) -> Contact:
    """One contact from every (part, mention) that tells of a day: the person's own note first."""
    sources.sort(key=lambda s: (not s[0].own, s[0].file, s[1].line))
    text = next((m.text for _, m in sources if m.text), "")
    part, mention = sources[0]
    direction = merge_direction(m.direction for _, m in sources)
    return Contact(mention.date, direction, part.file, mention.line, text)


@dataclass(frozen=True, slots=True)
class Part:
    """What one note tells about one person, its links resolved."""

    file: str = ""
    """The note it comes from."""
    own: bool = False
    """It is the person's own note (preferred as the text to show)."""
    mentions: tuple[Mention, ...] = ()
    """The note's entries that are contacts with the person (a mention each: no record for each
    of them, tens of thousands in a large vault)."""
    broadcasts: tuple[dt.date, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    linked: tuple[str, ...] = ()
    """Files of the people this note links them with, sorted (a tuple: a set costs 216 bytes
    even when small, and there is a part for each person each note names)."""


def named_together(
    note: Note, find: Resolver, named: list[AbstractSet[str]] | None = None
) -> Iterator[AbstractSet[str]]:
    """Each group of people one note links with each other (spec 1.6): a person note with each
    person it links to, the people one of its entries names, the people a dated note names.
    Broadcasts link nobody. `named`, when given, is `entries_named(note, find)`."""
    if named is None:
        named = entries_named(note, find) if note.kind != "other" else []
    if note.kind == "person":
        for mention, people in zip(note.entries, named, strict=True):
            if len(people) > 1 and not mention.broadcast:  # one person alone links nobody
                yield people
        for target in note.links:
            other = find(target)
            if other and other != note.file:
                yield {note.file, other}
    elif note.kind == "dated":
        yield {
            f
            for mention, people in zip(note.entries, named, strict=True)
            if not mention.broadcast
            for f in people
        }


def entries_named(note: Note, find: Resolver) -> list[AbstractSet[str]]:
    """The people each of the note's entries names, in entry order (not to be changed)."""
    return [find.files(m.targets) if m.targets else _NOBODY for m in note.entries]


_NOBODY: frozenset[str] = frozenset()
"""Who an entry without links names: most log entries."""


def crowd_problem(note: Note, find: Resolver) -> Problem | None:
    """A problem when one entry or dated note names too many people to link them pair by pair."""
    return _crowd(note, named_together(note, find))


def _crowd(note: Note, groups: Iterable[AbstractSet[str]]) -> Problem | None:
    largest = max(map(len, groups), default=0)
    if largest <= MAX_LINKED_GROUP:
        return None
    return Problem(
        note.file, 0, f"names {largest} people: over {MAX_LINKED_GROUP}, so they are not linked to each other"
    )


def contribute(note: Note, find: Resolver) -> dict[str, Part]:
    """What one note tells about each person it concerns, by person file.

    A person is assembled from the parts of every note that concerns them, in file order,
    so that watch mode can redo one note's parts without redoing the vault.
    """
    if note.kind == "other":
        return {}
    named = entries_named(note, find)
    return _contribute(note, find, named, named_together(note, find, named))


def _contribute(
    note: Note, find: Resolver, named: list[AbstractSet[str]], groups: Iterable[AbstractSet[str]]
) -> dict[str, Part]:
    """`contribute`, given who the note's entries name and its `named_together` groups."""
    linked: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        if 1 < len(group) <= MAX_LINKED_GROUP:
            for person in group:
                linked[person].update(group)  # each with all the group: themselves dropped below
    for person, others in linked.items():
        others.discard(person)

    if note.kind == "person":
        file = note.file
        mentions = tuple(m for m in note.entries if not m.broadcast)
        broadcasts = tuple(m.date for m in note.entries if m.broadcast)
        parts = {
            person: Part(file, linked=tuple(sorted(others)))
            for person, others in linked.items()
            if person != file
        }
        # Always a part of its own, even an empty one: watch mode counts the note as concerning them.
        own = tuple(sorted(linked.get(file, ())))
        parts[file] = Part(file, True, mentions, broadcasts, note.follow_ups, own)
        return parts

    sourced: dict[str, list[Mention]] = defaultdict(list)
    broadcast: dict[str, list[dt.date]] = defaultdict(list)
    followed: dict[str, list[FollowUp]] = defaultdict(list)
    for mention, people in zip(note.entries, named, strict=True):
        for person in people:
            if mention.broadcast:
                broadcast[person].append(mention.date)
            else:
                sourced[person].append(mention)
    for follow_up in note.follow_ups:
        for person in {f for t in follow_up.targets if (f := find(t))}:
            followed[person].append(follow_up)
    return {
        person: Part(
            note.file,
            False,
            tuple(sourced.get(person, ())),
            tuple(broadcast.get(person, ())),
            tuple(followed.get(person, ())),
            tuple(sorted(linked.get(person, ()))),
        )
        for person in {*sourced, *broadcast, *followed, *linked}
    }


def assemble(note: Note, parts: Iterable[Part]) -> Person:
    """A person from their note and the parts that concern them, given in file order."""
    by_day: dict[dt.date, list[tuple[Part, Mention]]] = {}
    broadcasts: set[dt.date] = set()
    follow_ups: list[FollowUp] = []
    linked: set[str] = set()
    for part in parts:
        for mention in part.mentions:
            day = mention.date
            same = by_day.get(day)
            if same is None:
                by_day[day] = [(part, mention)]
            else:
                same.append((part, mention))
        if part.broadcasts:
            broadcasts.update(part.broadcasts)
        if part.follow_ups:
            follow_ups.extend(part.follow_ups)
        linked.update(part.linked)
    contacts = []
    for day in sorted(by_day):
        same = by_day[day]
        if len(same) == 1:  # most days: one source, nothing to merge
            part, mention = same[0]
            contacts.append(Contact(day, mention.direction, part.file, mention.line, mention.text))
        else:
            contacts.append(_merge_day(same))
    return Person(
        note,
        tuple(contacts),
        tuple(sorted(broadcasts)) if broadcasts else (),
        tuple(sorted(follow_ups, key=lambda f: (f.file != note.file, f.file, f.line))) if follow_ups else (),
        tuple(sorted(linked)) if linked else (),
    )


def link_pairs(people: Iterable[Person]) -> Iterator[tuple[str, str]]:
    """Pairs of linked person files, sorted within each pair, and in order when `people` is
    sorted by file (a vault's are). Made as they are asked for: a large vault has hundreds of
    thousands, and a set of them was MBs held through a whole build."""
    for person in people:
        file = person.note.file
        linked = person.linked
        # Sorted: the people after this one by file are a tail of it.
        yield from zip(repeat(file), linked[bisect_right(linked, file) :])


def resolve(notes: list[Note]) -> Vault:
    """Turn independent notes into people with their contacts and links."""
    notes = sorted(notes, key=lambda n: n.file)
    people_notes = [n for n in notes if n.kind == "person"]
    find = Resolver(people_notes)
    parts: dict[str, list[Part]] = defaultdict(list)
    crowds = []
    for note in notes:
        if note.kind == "other":
            continue
        # Each target resolved once, and the groups found once: for the parts and a crowd problem.
        named = entries_named(note, find)
        groups = list(named_together(note, find, named))
        crowd = _crowd(note, groups)
        if crowd is not None:
            crowds.append(crowd)
        for person, part in _contribute(note, find, named, groups).items():
            parts[person].append(part)
    # pop: each person's parts (a record per mention) are let go once they are assembled.
    people = [assemble(note, parts.pop(note.file, ())) for note in people_notes]
    del parts
    problems = sorted([*(p for n in notes for p in n.problems), *crowds], key=problem_order)
    return Vault(
        notes=tuple(notes),
        people=tuple(people),
        problems=tuple(problems),
    )


def problem_order(problem: Problem) -> tuple[str, int, str]:
    return (problem.file, problem.line, problem.message)
