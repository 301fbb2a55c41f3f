"""The parse cache in `<vault>/.vaultnet/cache/`: each note read once, until its file changes.

One file, `notes.bin`: a magic line; each note's parsed form (`note_blob`), one after another;
the index in `marshal` form: the version key and, per note file, its size, change stamp, bytes'
digest, where its parsed form lies and that form's CRC-32; the index's length; a CRC-32 of the
index and its length. The notes' parsed forms come first so that a build writes each as it is
parsed, never holding them all (a hundred MB at 50,000 notes). Each has a CRC-32 of its own so
that a build from the saved state, which reads the notes changed since without writing the
cache, can wipe their earlier forms where they lie (`forget_notes`): text edited out of the
vault's notes, or deleted with them, does not stay in the cache. A note is taken from the cache
only when its path and size match and either its change stamp or its bytes' digest does (a file
written again as it was is the same note), and only when the whole cache was written by this
vaultnet (version and code), this Python and this parse-relevant configuration. Anything else (a
truncated or corrupt file, another version, a file changed in the same clock tick as the cache
was written) is ignored and rebuilt: the cache can make a run faster, never different.

The folder holds a `.gitignore` of `*`, so a vault under git never commits it. vaultnet's other
dot-folder content (`.vaultnet/templates/`, the user's own) is left alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import marshal
import os
import stat
import sys
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import fields
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from sys import intern
from typing import Any, BinaryIO, NamedTuple, TypeGuard

from vaultnet.config import Config
from vaultnet.confine import inside_vault, relative_inside
from vaultnet.model import FollowUp, Note, Problem, new_mention
from vaultnet.version import __version__
from vaultnet.write import _pwrite_all, make_folder, open_temp, remove_stale_temps, write_atomic

log = logging.getLogger(__name__)

CACHE_FOLDER = ".vaultnet/cache"
"""Inside a vault: where vaultnet keeps what it can rebuild."""
NOTES_FILE = "notes.bin"
_MAGIC = b"vaultnet parse cache 5\n"
_DIGEST = 4
_LENGTH = 8
"""Bytes of the index's length, before the index's CRC-32 at the end."""
_FORMAT = 14
NOTES_LIMIT = 1 << 30
"""A notes.bin larger than this is not read (a vault of 100,000 notes makes a few hundred MB)."""
MEMO_LIMIT = 64 << 20
_IGNORE = b"# vaultnet's caches: rebuilt when missing, never committed\n*\n"

_NOT_PARSING = {"output", "ignore", "template_folders", "cadence", "active_days"}
_NOT_PARSING |= {
    "reciprocity_days",
    "as_of",
    "introductions",
    "tie_tags",
    "movement_days",
    "limit",
    "canvas_limit",
}
"""Config fields that never change how one note is parsed; every other field (a new one too)
is part of the cache's version key."""

Record = tuple[Any, ...]
"""A Note as nested tuples of str, int, bool and None: what marshal stores and processes pass."""


def _day(value: dt.date | None) -> int | None:
    return value.toordinal() if value is not None else None


def _date(value: int | None) -> dt.date | None:
    return dt.date.fromordinal(value) if value is not None else None


def note_record(note: Note) -> Record:
    """A Note as plain tuples (dates as ordinals), cheap to store and to send between processes;
    its log entries as `marshal` bytes of their own (`record_entries`), decoded only when read: a
    saved person is read for their stats and pages far more often than for their log."""
    return (
        note.file,
        note.kind,
        note.name,
        _day(note.date),
        note.aliases,
        note.tags,
        note.org,
        note.cadence_days,
        _day(note.last_contact),
        note.facts,
        marshal.dumps(
            tuple(
                (
                    m.date.toordinal(),
                    m.direction,
                    m.line,
                    m.text,
                    m.targets,
                    m.broadcast,
                    m.tags,
                    m.inferred,
                    m.aside,
                )
                for m in note.entries
            )
        ),
        note.links,
        tuple(
            (f.file, f.line, f.text, f.targets, _day(f.date), _day(f.due), f.done, f.among)
            for f in note.follow_ups
        ),
        tuple((p.file, p.line, p.message) for p in note.problems),
        note.location,
        note.interests,
        note.birthday,
        note.anniversary,
        note.status,
        _day(note.snooze),
        (note.next_contact[0].toordinal(), note.next_contact[1]) if note.next_contact else None,
        note.emails,
        _day(note.died),
        note.team,
    )


def note_blob(note: Note) -> bytes:
    """A note as the bytes the cache keeps: its record, marshalled. A few hundred bytes, where the
    record's tuples and strings take several KB while they live: the cache holds every note's."""
    return marshal.dumps(note_record(note))


def note_from_blob(blob: bytes, entries: bool = True) -> Note:
    """The Note `note_blob` made these bytes of; without its entries unless `entries`."""
    return note_from_record(marshal.loads(blob), entries)


def cached_note(blob: bytes | None, file: str) -> Note | None:
    """The note a parse-cache record holds, when there is one, it decodes, and it is of this very
    file; else None: read the file again. The cache is a hint: a record of another file could
    steer a later write (`log`) to another path."""
    if blob is None:
        return None
    try:
        note = note_from_blob(blob)
    except Exception:  # a record of another shape
        return None
    return note if note.file == file else None


RECORD_ENTRIES = 10
"""Where a `note_record` has its entries."""


def record_entries(record: Record) -> tuple[tuple[Any, ...], ...]:
    """A `note_record`'s entries, each as a tuple of `Mention`'s fields (its date a day number)."""
    entries: tuple[tuple[Any, ...], ...] = marshal.loads(record[RECORD_ENTRIES])
    return entries


RECORD_FOLLOW_UPS, RECORD_PROBLEMS = 12, 13
"""Where a `note_record` has its follow-ups and its problems."""
_LINE_AT = {RECORD_ENTRIES: 2, RECORD_FOLLOW_UPS: 1, RECORD_PROBLEMS: 1}
"""The `note_record` fields whose items each say their line (the entries, follow-ups and
problems), and where they say it."""


def held(record: Record) -> set[Any]:
    """What a `note_record` holds, to tell whether a later record of the same note holds all of it
    or had text edited out: each log entry, follow-up and problem whole but for its line (one put
    in above moves it), and each string or number of any other field, with the field's place."""
    values: set[Any] = set()
    for at, value in enumerate(record):
        line = _LINE_AT.get(at)
        if line is None:
            values.update((at, leaf) for leaf in _leaves(value))
            continue
        items = record_entries(record) if at == RECORD_ENTRIES else value
        values.update((at, item[:line] + item[line + 1 :]) for item in items)
    return values


def _leaves(value: Any) -> Iterator[Any]:
    if type(value) is tuple:
        for part in value:
            yield from _leaves(part)
    else:
        yield value


def note_from_record(record: Record, entries: bool = True) -> Note:
    """The Note a record was made from; without its entries (`()`) unless `entries`."""
    (file, kind, name, date, aliases, tags, org, cadence, last, facts, logged, links, todo, problems,
     location, interests, birthday, anniversary, status, snooze, next_contact, emails,
     died, team) = record  # fmt: skip
    from_ordinal = _from_ordinal
    return Note(
        file=file,
        kind=kind,
        name=name,
        date=_date(date),
        aliases=aliases,
        tags=tags,
        org=org,
        cadence_days=cadence,
        last_contact=_date(last),
        facts=facts,
        entries=tuple(
            new_mention(from_ordinal(day), way, at, intern(text), targets, broadcast, labels, inferred, aside)
            for day, way, at, text, targets, broadcast, labels, inferred, aside in marshal.loads(logged)
        )
        if entries
        else (),
        links=links,
        follow_ups=tuple(
            FollowUp(f[0], f[1], f[2], f[3], _date(f[4]), _date(f[5]), f[6], f[7]) for f in todo
        ),
        problems=tuple(Problem(*p) for p in problems),
        location=location,
        interests=interests,
        birthday=birthday,
        anniversary=anniversary,
        status=status,
        snooze=_date(snooze),
        next_contact=(_from_ordinal(next_contact[0]), next_contact[1]) if next_contact else None,
        emails=emails,
        died=_date(died),
        team=team,
    )


@lru_cache(maxsize=16384)
def _from_ordinal(day: int) -> dt.date:
    """One date object per day (see `values.date_prefix`)."""
    return dt.date.fromordinal(day)


@cache
def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """Size and mtime of every module of the package, subpackages too: an edited parser never
    reads an old cache. Taken once a process: the code it runs is what it imported at its start
    (a long `watch` keeps its own code's stamp, whatever is edited meanwhile)."""
    package = Path(__file__).resolve().parent.parent
    stamp = []
    for path in sorted(package.rglob("*.py")):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamp.append((path.relative_to(package).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(stamp)


def vault_identity(root: Path) -> str:
    """Which folder on which disk the vault is: a cache copied in from another vault (a zip, a
    shared folder) was written under another one, and is not read."""
    try:
        st = os.stat(root)
    except OSError:
        return "?"
    where = (os.path.realpath(root), st.st_dev, st.st_ino)
    return hashlib.blake2b(repr(where).encode(), digest_size=8).hexdigest()


def version_key(config: Config) -> str:
    """What a cache must have been written under to be read: versions, code, parse settings."""
    parse_settings = sorted(
        (f.name, repr(getattr(config, f.name))) for f in fields(config) if f.name not in _NOT_PARSING
    )
    parts = (_FORMAT, __version__, sys.version_info[:2], marshal.version, _code_stamp(), parse_settings)
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


Entry = tuple[int, int, int, bytes]
"""(size, mtime_ns, `content_digest`, note_blob) of one note file."""
Place = tuple[int, int, int, int, int, int]
"""(size, mtime_ns, `content_digest`, offset, length, CRC-32) of one note file in the index: where
its `note_blob` lies, from the end of the magic line, and what finds it damaged or wiped."""
UNKNOWN = 0
"""The `content_digest` of a file whose bytes were not read (one too large, or unreadable)."""


def content_digest(data: bytes) -> int:
    """What tells a note file's bytes from any other's: 64 bits of BLAKE2 (docs/performance.md).
    A file written again as it was (a checkout of another branch and back, a sync, a formatter
    that changed nothing) has a new mtime and the same digest: it is no change. Never UNKNOWN."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big") or 1


class ParseCache:
    """The notes of one vault as last parsed, and what this run adds to them."""

    def __init__(self, root: Path, config: Config, entries: dict[str, Entry] | None = None) -> None:
        self.root = root
        self.folder = root / CACHE_FOLDER
        self.key = version_key(config) + vault_identity(root)
        self.old: Mapping[str, Entry] = entries or {}
        self.new: dict[str, Entry] = {}
        """The notes taken from the cache this run (those parsed are in the file being written)."""
        self.changed = False
        self._writing: _Writing | None = None
        self._unwritable = False
        self._saved: tuple[int, dict[str, Place]] | None = None
        """The file saved this run, open to read, and its index (`saved_blob`)."""

    @classmethod
    def load(cls, root: Path, config: Config) -> ParseCache:
        """The vault's cache, or an empty one when it is missing or cannot be trusted."""
        cache = cls(root, config)
        cache.old = cache._read()
        return cache

    def _read(self) -> Mapping[str, Entry]:
        path = self.folder / NOTES_FILE
        read = read_cache_file(self.root, path, NOTES_LIMIT)
        if read is None:
            return {}
        data, written_ns = read
        view = memoryview(data)
        found = _indexed(len(data), lambda at, length: view[at : at + length])
        if found is None or not data.startswith(_MAGIC):
            log.info("parse cache %s is damaged or not vaultnet's: rebuilding it", path)
            return {}
        key, index, index_at = found
        if key != self.key or not isinstance(index, dict):
            log.info("parse cache %s is from another vault, vaultnet or configuration: rebuilding it", path)
            return {}
        return _Saved(data, index, index_at - len(_MAGIC), written_ns)

    def get(self, file: str, size: int, mtime_ns: int, digest: int = UNKNOWN) -> bytes | None:
        """The cached note (a `note_blob`) of a file whose size still matches, and its mtime or
        the `digest` of its bytes now (when known) too; else None. One matched by its digest is
        kept at its new mtime."""
        entry = self.old.get(file)
        if entry is None or entry[0] != size:
            return None
        if entry[1] != mtime_ns:
            if digest == UNKNOWN or entry[2] != digest:
                return None
            entry = (size, mtime_ns, digest, entry[3])
            self.changed = True
        self.new[file] = entry
        return entry[3]

    def may_match(self, file: str, size: int) -> bool:
        """Does the cache hold a note of this file and size with a known digest: may the file's
        bytes make it match (`get`) though its mtime does not?"""
        entry = self.old.get(file)
        return entry is not None and entry[0] == size and entry[2] != UNKNOWN

    def put(self, file: str, size: int, mtime_ns: int, digest: int, blob: bytes) -> None:
        """Keep a note just parsed: its bytes go to the file being written at once, not held."""
        self.changed = True
        self.new.pop(file, None)
        writing = self._writing or self._start()
        if writing is not None:
            writing.add(file, size, mtime_ns, digest, blob)

    def _start(self) -> _Writing | None:
        """The new cache file, begun; None when it cannot be written (this run keeps no cache)."""
        if self._unwritable or not _inside_vault(self.folder, self.root):
            self._unwritable = True
            return None
        try:
            make_cache_folder(self.root, self.folder)
            self._writing = _Writing(self.folder / NOTES_FILE)
        except OSError as exc:
            log.info("parse cache not written to %s: %s", self.folder, exc)  # a read-only vault, say
            self._unwritable = True
        return self._writing

    def save(self) -> None:
        """Write the notes seen this run, when anything differs from what was read."""
        if not self.changed and self.new.keys() == self.old.keys():
            return
        writing = self._writing or self._start()
        if writing is None:
            return
        self._writing = None
        try:
            for file, (size, mtime_ns, digest, blob) in self.new.items():
                writing.add(file, size, mtime_ns, digest, blob)
            self._saved = (writing.finish(self.key), writing.index)
        except (OSError, ValueError) as exc:  # ValueError: a value marshal cannot store
            log.info("parse cache not written to %s: %s", self.folder, exc)
            writing.discard()
            return
        self.old, self.new = {}, {}  # in the file now: `saved_blob` reads them there

    def saved_blob(self, file: str) -> bytes | None:
        """After `save`, the `note_blob` of a note read this run (from the cache or parsed), or None
        when it could not be saved. Read back from the file just written, not held meanwhile."""
        entry = self.new.get(file)
        if entry is not None:
            return entry[3]
        if self._saved is None or file not in self._saved[1]:
            return None
        fd, index = self._saved
        offset, length = index[file][3:5]
        blob = os.pread(fd, length, len(_MAGIC) + offset)
        return blob if len(blob) == length else None

    def saved_digest(self, file: str) -> int:
        """After `save`, the `content_digest` of a note read this run (UNKNOWN when not known)."""
        entry = self.new.get(file)
        if entry is not None:
            return entry[2]
        place = self._saved[1].get(file) if self._saved is not None else None
        return place[2] if place is not None else UNKNOWN

    def discard(self) -> None:
        """Drop a cache file begun and not saved (a build that failed): no temporary file left;
        and close the file saved (`saved_blob`)."""
        if self._writing is not None:
            self._writing.discard()
            self._writing = None
        if self._saved is not None:
            os.close(self._saved[0])
            self._saved = None


class _Writing:
    """A new `notes.bin`, written beside the old one a note at a time, renamed over it when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        remove_stale_temps(path.parent)
        self.out: BinaryIO
        self.out, self.temp = open_temp(path)
        self.index: dict[str, Place] = {}
        self.size = 0
        try:
            self.out.write(_MAGIC)
        except BaseException:
            self.discard()
            raise

    def add(self, file: str, size: int, mtime_ns: int, digest: int, blob: bytes) -> None:
        if file in self.index:
            return
        self.index[file] = (size, mtime_ns, digest, self.size, len(blob), zlib.crc32(blob))
        self.out.write(blob)
        self.size += len(blob)

    def finish(self, key: str) -> int:
        """Write the index, its length and their CRC-32, and put the file in place (no fsync: a
        cache lost in a crash is rebuilt, and a torn one fails its digests). Returns the file open
        to read: this very file, whatever later replaces it at its path."""
        self.out.write(_tail(key, self.index))
        self.out.close()
        fd = os.open(self.temp, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.replace(self.temp, self.path)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def discard(self) -> None:
        self.out.close()
        Path(self.temp).unlink(missing_ok=True)


def cache_file(key: str, entries: dict[str, Any]) -> bytes:
    """A whole `notes.bin` holding these entries (size, mtime_ns, digest, note_blob) under this
    key; any other value goes into the index as it is (for tests, which forge caches)."""
    blobs = []
    index: dict[str, Any] = {}
    offset = 0
    for file, entry in entries.items():
        if type(entry) is tuple and len(entry) == 4 and type(entry[3]) is bytes:
            index[file] = (*entry[:3], offset, len(entry[3]), zlib.crc32(entry[3]))
            blobs.append(entry[3])
            offset += len(entry[3])
        else:
            index[file] = entry
    return b"".join([_MAGIC, *blobs, _tail(key, index)])


def _tail(key: str, index: dict[str, Any]) -> bytes:
    """What ends a `notes.bin`: its index, the index's length, and their CRC-32."""
    head = marshal.dumps((key, index))
    length = len(head).to_bytes(_LENGTH, "big")
    return head + length + _digest(head + length)


def _indexed(size: int, read: Callable[[int, int], bytes | memoryview]) -> tuple[Any, Any, int] | None:
    """The key and the index a `notes.bin` of `size` bytes ends with, read by `read(offset,
    length)`, and where the index starts; None when they are not whole (their CRC-32) or do not
    decode."""
    tail = size - _LENGTH - _DIGEST
    if tail < len(_MAGIC):
        return None
    trailer = bytes(read(tail, _LENGTH + _DIGEST))
    index_at = tail - int.from_bytes(trailer[:_LENGTH], "big")
    if index_at < len(_MAGIC):
        return None
    head = read(index_at, tail - index_at)
    if zlib.crc32(trailer[:_LENGTH], zlib.crc32(head)).to_bytes(_DIGEST, "big") != trailer[_LENGTH:]:
        return None
    try:
        key, index = marshal.loads(head)
    except (ValueError, EOFError, TypeError):
        return None
    return key, index, index_at


def forget_notes(root: Path, files: Collection[str]) -> None:
    """Wipe these notes' records from the parse cache: overwritten with zeros where they lie, and
    taken out of its index, which is written again in place. A build from the saved state reads
    the notes changed since without writing the cache: their records as they were, which may hold
    text the vault no longer holds (a line edited out, a note deleted), are then no use to any
    build, and go. The file keeps its mtime: what it vouches for is as old as it was (`_Saved`).
    One whose index is not whole is emptied, as no build would read it."""
    path = root / CACHE_FOLDER / NOTES_FILE
    if not files or not _inside_vault(path.parent, root):
        return
    try:
        fd = os.open(path, WRITE_FLAGS)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.info("parse cache %s not opened to wipe notes (%s)", path, exc)
        return
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_size <= NOTES_LIMIT:
            _forget(fd, st.st_size, files)
            os.utime(fd if os.utime in os.supports_fd else path, ns=(st.st_atime_ns, st.st_mtime_ns))
    except OSError as exc:
        log.info("parse cache %s: notes not wiped (%s)", path, exc)
    finally:
        os.close(fd)


def _forget(fd: int, size: int, files: Collection[str]) -> None:
    """`forget_notes` of the parse-cache file open at `fd`, of `size` bytes."""
    found = _indexed(size, lambda at, length: os.pread(fd, length, at))
    if found is None or not isinstance(found[1], dict):
        os.ftruncate(fd, 0)
        return
    key, index, index_at = found
    gone = index.keys() & files
    if not gone:
        return
    for file in sorted(gone):
        place = index.pop(file)
        if _placed(place, file, index_at - len(_MAGIC)):
            _pwrite_all(fd, bytes(place[4]), len(_MAGIC) + place[3])
    tail = _tail(key, index)
    _pwrite_all(fd, tail, index_at)
    os.ftruncate(fd, index_at + len(tail))


def _inside_vault(folder: Path, root: Path) -> bool:
    """Is the cache folder really inside the vault? (`.vaultnet` could be a symlink elsewhere.)"""
    if inside_vault(root, folder):
        return True
    log.info("cache folder %s leads outside the vault: not used", folder)
    return False


class _Saved(Mapping[str, Entry]):
    """The notes of a parse-cache file as read, each taken out when asked for: a build after one
    changed note asks for one or two of ten thousand, and checking and cutting out every one took
    most of its reading. An entry whose place is not shaped so (`_placed`) is not there, nor one
    whose file is not older than the cache: a file written in the same clock tick as the cache may
    have changed unseen (git's "racily clean" entries). One whose bytes fail their CRC-32 is not
    there when asked for."""

    def __init__(self, data: bytes, index: dict[Any, Any], size: int, written_ns: int) -> None:
        self._data = data
        self._index = index
        self._size = size
        self._written_ns = written_ns

    def __getitem__(self, file: str) -> Entry:
        place = self._index[file]
        if not self._usable(place, file):
            raise KeyError(file)
        size, mtime, digest, offset, length, crc = place
        at = len(_MAGIC) + offset
        blob = self._data[at : at + length]
        if zlib.crc32(blob) != crc:  # damaged, or wiped by `forget_notes` as another build read it
            raise KeyError(file)
        return (size, mtime, digest, blob)

    def __iter__(self) -> Iterator[str]:
        return (file for file, place in self._index.items() if self._usable(place, file))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _usable(self, place: object, file: object) -> TypeGuard[Place]:
        return _placed(place, file, self._size) and place[1] < self._written_ns


def _placed(place: object, file: object, size: int) -> TypeGuard[Place]:
    """Does an entry of a decoded index place a note under a vault-relative path, within the
    `size` bytes of the notes?"""
    return (
        type(file) is str
        and relative_inside(file)
        and type(place) is tuple
        and len(place) == 6
        and all(type(n) is int for n in place)
        and 0 <= place[3] <= place[3] + place[4] <= size
    )


def _memo_shaped(pages: object, stats: object, summary: object) -> bool:
    """Does a build record hold page names (no folders, no dot files) with digests and stats,
    and a summary of numbers?"""
    if not (isinstance(pages, dict) and isinstance(stats, dict) and isinstance(summary, dict)):
        return False
    names_ok = all(
        isinstance(name, str) and relative_inside(name) and "/" not in name and not name.startswith(".")
        for name in (*pages, *stats)
    )
    return (
        names_ok
        and all(isinstance(v, str) for v in pages.values())
        and all(
            isinstance(v, list) and len(v) == 2 and all(type(n) is int for n in v) for v in stats.values()
        )
        and all(isinstance(k, str) and type(v) is int for k, v in summary.items())
    )


def _digest(payload: bytes | memoryview) -> bytes:
    """What finds a cache file torn or damaged: a CRC-32, not a cryptographic digest, as nothing
    here needs one (anyone who can write the file can write its digest) and it takes a fifth of
    BLAKE2's time over the megabytes a build reads."""
    return zlib.crc32(payload).to_bytes(_DIGEST, "big")


def make_cache_folder(root: Path, folder: Path) -> None:
    """The cache folder, with its `.gitignore`."""
    make_folder(root, folder)
    ignore = folder / ".gitignore"
    if not ignore.exists() and not ignore.is_symlink():
        write_atomic(ignore, [_IGNORE], durable=False)


def _write_cache(root: Path, folder: Path, name: str, *parts: bytes) -> None:
    """Write one cache file (and the folder's `.gitignore`), without fsync: a cache lost in a
    crash is rebuilt, and a torn one fails its digest."""
    make_cache_folder(root, folder)
    write_atomic(folder / name, parts, durable=False)


READ_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)
"""How a cache file is opened to read: never through a symlink, never waiting on a FIFO."""
WRITE_FLAGS = (
    os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)
"""How a cache file is opened to be changed in place: never through a symlink, nor a FIFO."""


def read_cache_file(root: Path, path: Path, limit: int) -> tuple[bytes, int] | None:
    """A cache file's bytes and mtime, or None when it is missing or cannot be trusted: only a
    regular file, not a symlink, inside the vault, at most `limit` bytes (a FIFO would block and
    `/dev/zero` would fill the memory)."""
    if not _inside_vault(path.parent, root):
        return None
    try:
        fd = os.open(path, READ_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("cache file %s not read (%s)", path, exc)
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            log.info("cache file %s is not a regular file or too large: ignored", path)
            return None
        chunks, total = [], 0
        while part := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(part)
            total += len(part)
            if total > limit:  # it grew since: not the file that was looked at
                return None
        return b"".join(chunks), st.st_mtime_ns
    except OSError as exc:
        log.info("cache file %s not read (%s)", path, exc)
        return None
    finally:
        os.close(fd)


BUILD_FILE = "build.json"
READS_FILE = "reads.bin"
"""The notes changed since the build state was saved, as `check` read them (`resume.ChangedReads`)."""


def forget_changed_reads(root: Path) -> None:
    """Remove `READS_FILE`: a build that saves its state, or finds the vault as the last one left
    it, leaves it of no use to the next command, and it may hold text since edited out or
    deleted."""
    folder = root / CACHE_FOLDER
    if not _inside_vault(folder, root):
        return
    try:
        (folder / READS_FILE).unlink(missing_ok=True)
    except OSError as exc:
        log.info("%s not removed: %s", folder / READS_FILE, exc)


FileStat = tuple[str, str, int, int]
"""(file, path, size, mtime_ns) of a note file, as `walk_stats` finds it: lighter than a SourceFile."""
_STAMP = itemgetter(0, 2, 3)
"""A FileStat's file, size and mtime."""
_MTIME = itemgetter(3)


def files_digest(found: list[FileStat]) -> bytes:
    """One digest of every note file's path, size and mtime, in the order `walk_stats` finds them
    (its own, the same for the same files)."""
    return hashlib.blake2b(marshal.dumps(list(map(_STAMP, found)), 2), digest_size=20).digest()


class BuildMemo:
    """What the last build made from exactly these inputs: lets an unchanged vault skip the work.

    The key covers every input of the pages: each note file's path, size and mtime, the folders
    that could not be listed, the whole configuration, today, the templates (the vault's own and
    vaultnet's), vaultnet's version and code. A hit still checks each page on disk against the
    digest of the text it should hold.
    """

    def __init__(
        self,
        root: Path,
        config: Config,
        today: dt.date,
        found: list[FileStat],
        templates: list[Path],
        unlisted: list[tuple[str, str]] | None = None,
    ) -> None:
        """`unlisted`: the folders the walk that found `found` could not list, and why (their
        problems are on the pages: a folder whose notes no walk reads changes no file's stamp)."""
        self.root = root
        self.path = root / CACHE_FOLDER / BUILD_FILE
        self.files = files_digest(found)
        """`files_digest` of the note files: a build's state keeps it too, for `check`."""
        stamps = [_folder_stamp(folder) for folder in templates]
        parts = (
            _FORMAT,
            __version__,
            tuple(sys.version_info[:2]),
            _code_stamp(),
            repr(config),
            today.toordinal(),
            stamps,
            self.files,
            vault_identity(root),
            sorted(unlisted or ()),
        )
        # marshal, not repr: a fraction of the time (docs/performance.md). Version 2 writes no
        # back-references, so the bytes depend on the values alone, not on which are shared.
        self.key = hashlib.blake2b(marshal.dumps(parts, 2), digest_size=20).hexdigest()
        newest_template = [mtime for stamp in stamps for _, _, mtime in stamp]
        self.newest = max([max(map(_MTIME, found), default=0), *newest_template])

    def pages(self) -> Recorded | None:
        """What the last build recorded under this key, if it can be trusted."""
        read = read_cache_file(self.root, self.path, MEMO_LIMIT)
        if read is None:
            return None
        try:
            data = json.loads(read[0])
        except (ValueError, RecursionError):
            return None
        written_ns = read[1]
        if not isinstance(data, dict) or data.get("key") != self.key or self.newest >= written_ns:
            return None
        pages, stats, summary = data.get("pages"), data.get("stats"), data.get("summary")
        if not _memo_shaped(pages, stats, summary):
            return None
        return Recorded(pages, stats, summary, written_ns)  # type: ignore[arg-type]

    def save(self, digests: dict[str, str], stats: dict[str, list[int]], summary: dict[str, int]) -> None:
        """Record the `page_digest` and the `page_stat` of each page written, and the summary,
        under this key."""
        data = {"key": self.key, "pages": digests, "stats": stats, "summary": summary}
        text = json.dumps(data, indent=1, sort_keys=True)
        if not _inside_vault(self.path.parent, self.root):
            return
        try:
            _write_cache(self.root, self.path.parent, BUILD_FILE, text.encode())
        except OSError as exc:
            log.info("build memo not written to %s: %s", self.path, exc)


class Recorded(NamedTuple):
    """What a build recorded of the pages it left: read back by the next build."""

    digests: dict[str, str]
    """Each page's `page_digest`."""
    stats: dict[str, list[int]]
    """Each page's `page_stat` once written."""
    summary: dict[str, int]
    written_ns: int
    """When the record was written."""

    def holds(self, name: str, path: Path) -> bool:
        """Does the page file at `path` still hold what the build wrote? A file with its size and
        mtime as recorded does, unless it was written in the same clock tick as the record (it
        could have changed unseen, git's "racily clean" case); any other is read and digested."""
        try:
            if path.is_symlink():
                return False
            stat = page_stat(path)
            if stat == self.stats.get(name) and stat[1] < self.written_ns:
                return True
            return page_digest(path.read_bytes()) == self.digests[name]
        except OSError:
            return False


def page_stat(path: Path) -> list[int]:
    """[size, mtime_ns] of a page file: what tells, without reading it, that it has not changed."""
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def page_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _folder_stamp(folder: Path) -> list[tuple[str, int, int]]:
    stamp = []
    try:
        for path in sorted(folder.rglob("*")):
            stat = path.stat()
            stamp.append((path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns))
    except OSError:
        pass
    return stamp
