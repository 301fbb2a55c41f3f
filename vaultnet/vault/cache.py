"""The parse cache in `<vault>/.vaultnet/cache/`: each note read once, until its file changes.

One file, `notes.bin`: a magic line, a BLAKE2 digest of the payload, then the payload in
`marshal` form: the version key and, per note file, its size, mtime and the parsed note as
plain tuples. A note is taken from the cache only when its path, size and mtime_ns all match,
and only when the whole cache was written by this vaultnet (version and code), this Python and
this parse-relevant configuration. Anything else (a truncated or corrupt file, another version,
a file changed in the same clock tick as the cache was written) is ignored and rebuilt: the
cache can make a run faster, never different.

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
import sys
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import Any, NamedTuple

from vaultnet.config import Config
from vaultnet.model import FollowUp, Mention, Note, Problem
from vaultnet.version import __version__

log = logging.getLogger(__name__)

CACHE_FOLDER = ".vaultnet/cache"
"""Inside a vault: where vaultnet keeps what it can rebuild."""
NOTES_FILE = "notes.bin"
_MAGIC = b"vaultnet parse cache 1\n"
_DIGEST = 32
_FORMAT = 3
_IGNORE = b"# vaultnet's caches: rebuilt when missing, never committed\n*\n"

_NOT_PARSING = {"output", "ignore", "template_folders", "cadence", "active_days"}
_NOT_PARSING |= {"reciprocity_days", "as_of", "introductions", "movement_days", "limit", "canvas_limit"}
"""Config fields that never change how one note is parsed; every other field (a new one too)
is part of the cache's version key."""

Record = tuple[Any, ...]
"""A Note as nested tuples of str, int, bool and None: what marshal stores and processes pass."""


def _day(value: dt.date | None) -> int | None:
    return value.toordinal() if value is not None else None


def _date(value: int | None) -> dt.date | None:
    return dt.date.fromordinal(value) if value is not None else None


def note_record(note: Note) -> Record:
    """A Note as plain tuples (dates as ordinals), cheap to store and to send between processes."""
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
        ),
        note.links,
        tuple((f.file, f.line, f.text, f.targets, _day(f.date)) for f in note.follow_ups),
        tuple((p.file, p.line, p.message) for p in note.problems),
        note.location,
        note.interests,
        note.birthday,
        note.anniversary,
        note.status,
        _day(note.snooze),
    )


def note_blob(note: Note) -> bytes:
    """A note as the bytes the cache keeps: its record, marshalled. A few hundred bytes, where the
    record's tuples and strings take several KB while they live: the cache holds every note's."""
    return marshal.dumps(note_record(note))


def note_from_blob(blob: bytes) -> Note:
    return note_from_record(marshal.loads(blob))


def note_from_record(record: Record) -> Note:
    """The Note a record was made from."""
    (file, kind, name, date, aliases, tags, org, cadence, last, facts, entries, links, todo, problems,
     location, interests, birthday, anniversary, status, snooze) = record  # fmt: skip
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
        entries=tuple(Mention(from_ordinal(e[0]), e[1], e[2], intern(e[3]), *e[4:]) for e in entries),
        links=links,
        follow_ups=tuple(FollowUp(f[0], f[1], f[2], f[3], _date(f[4])) for f in todo),
        problems=tuple(Problem(*p) for p in problems),
        location=location,
        interests=interests,
        birthday=birthday,
        anniversary=anniversary,
        status=status,
        snooze=_date(snooze),
    )


@lru_cache(maxsize=16384)
def _from_ordinal(day: int) -> dt.date:
    """One date object per day (see `values.date_prefix`)."""
    return dt.date.fromordinal(day)


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """Size and mtime of every module of the package, subpackages too: an edited parser never
    reads an old cache."""
    package = Path(__file__).resolve().parent.parent
    stamp = []
    for path in sorted(package.rglob("*.py")):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamp.append((path.relative_to(package).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(stamp)


def version_key(config: Config) -> str:
    """What a cache must have been written under to be read: versions, code, parse settings."""
    parse_settings = sorted(
        (f.name, repr(getattr(config, f.name))) for f in fields(config) if f.name not in _NOT_PARSING
    )
    parts = (_FORMAT, __version__, sys.version_info[:2], marshal.version, _code_stamp(), parse_settings)
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


Entry = tuple[int, int, bytes]
"""(size, mtime_ns, note_blob) of one note file."""


class ParseCache:
    """The notes of one vault as last parsed, and what this run adds to them."""

    def __init__(self, root: Path, config: Config, entries: dict[str, Entry] | None = None) -> None:
        self.root = root
        self.folder = root / CACHE_FOLDER
        self.key = version_key(config)
        self.old: dict[str, Entry] = entries or {}
        self.new: dict[str, Entry] = {}
        self.changed = False

    @classmethod
    def load(cls, root: Path, config: Config) -> ParseCache:
        """The vault's cache, or an empty one when it is missing or cannot be trusted."""
        cache = cls(root, config)
        cache.old = cache._read()
        return cache

    def _read(self) -> dict[str, Entry]:
        path = self.folder / NOTES_FILE
        try:
            with path.open("rb") as handle:
                data = handle.read()
                written_ns = os.fstat(handle.fileno()).st_mtime_ns
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.info("parse cache %s unreadable (%s): reading every note", path, exc)
            return {}
        head = len(_MAGIC) + _DIGEST
        payload = data[head:]
        if not data.startswith(_MAGIC) or _digest(payload) != data[len(_MAGIC) : head]:
            log.info("parse cache %s is damaged or not vaultnet's: rebuilding it", path)
            return {}
        try:
            key, entries = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            log.info("parse cache %s cannot be decoded: rebuilding it", path)
            return {}
        if key != self.key or not isinstance(entries, dict):
            log.info("parse cache %s is from another vaultnet or configuration: rebuilding it", path)
            return {}
        # A file written in the same clock tick as the cache may have changed unseen (git's
        # "racily clean" entries): trust only files older than the cache.
        return {file: entry for file, entry in entries.items() if entry[1] < written_ns}

    def get(self, file: str, size: int, mtime_ns: int) -> bytes | None:
        """The cached note (a `note_blob`) of a file whose size and mtime still match, else None."""
        entry = self.old.get(file)
        if entry is None or entry[0] != size or entry[1] != mtime_ns:
            return None
        self.new[file] = entry
        return entry[2]

    def put(self, file: str, size: int, mtime_ns: int, blob: bytes) -> None:
        self.new[file] = (size, mtime_ns, blob)
        self.changed = True

    def save(self) -> None:
        """Write the notes seen this run, when anything differs from what was read."""
        if not self.changed and self.new.keys() == self.old.keys():
            return
        try:
            payload = marshal.dumps((self.key, self.new))
        except ValueError as exc:  # a value marshal cannot store: keep running without a cache
            log.info("parse cache not written: %s", exc)
            return
        if not _inside_vault(self.folder, self.root):
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                _write_atomic(ignore, _IGNORE)
            _write_atomic(self.folder / NOTES_FILE, _MAGIC, _digest(payload), payload)
        except OSError as exc:
            log.info("parse cache not written to %s: %s", self.folder, exc)  # a read-only vault, say


def _inside_vault(folder: Path, root: Path) -> bool:
    """Is the cache folder really inside the vault? (`.vaultnet` could be a symlink elsewhere.)"""
    real_root = os.path.realpath(root)
    real = os.path.realpath(folder)
    if real.startswith(real_root + os.sep):
        return True
    log.info("cache folder %s leads outside the vault (%s): not written", folder, real)
    return False


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST).digest()


def _write_atomic(path: Path, *parts: bytes) -> None:
    """All of `data` or nothing: a temporary file in the same folder, renamed over `path`.

    No fsync: a cache lost in a crash is rebuilt, and a torn one fails its digest.
    """
    import tempfile

    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:  # one by one: no copy of a large payload
                handle.write(part)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


BUILD_FILE = "build.json"


class BuildMemo:
    """What the last build made from exactly these inputs: lets an unchanged vault skip the work.

    The key covers every input of the pages: each note file's path, size and mtime, the whole
    configuration, today, the templates (the vault's own and vaultnet's), vaultnet's version and
    code. A hit still checks each page on disk against the digest of the text it should hold.
    """

    def __init__(
        self,
        root: Path,
        config: Config,
        today: dt.date,
        files: list[tuple[str, int, int]],
        templates: list[Path],
    ) -> None:
        self.root = root
        self.path = root / CACHE_FOLDER / BUILD_FILE
        stamps = [_folder_stamp(folder) for folder in templates]
        parts = (
            _FORMAT,
            __version__,
            tuple(sys.version_info[:2]),
            _code_stamp(),
            repr(config),
            today.toordinal(),
            stamps,
            files,
        )
        # marshal, not repr: a fraction of the time (docs/performance.md). Version 2 writes no
        # back-references, so the bytes depend on the values alone, not on which are shared.
        self.key = hashlib.blake2b(marshal.dumps(parts, 2), digest_size=20).hexdigest()
        self.newest = max((mtime for _, _, mtime in files), default=0)
        newest_template = [mtime for stamp in stamps for _, _, mtime in stamp]
        self.newest = max([self.newest, *newest_template])

    def pages(self) -> Recorded | None:
        """What the last build recorded under this key, if it can be trusted."""
        try:
            with self.path.open("rb") as handle:
                data = json.loads(handle.read())
                written_ns = os.fstat(handle.fileno()).st_mtime_ns
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("key") != self.key or self.newest >= written_ns:
            return None
        pages, stats, summary = data.get("pages"), data.get("stats"), data.get("summary")
        if not isinstance(pages, dict) or not isinstance(stats, dict) or not isinstance(summary, dict):
            return None
        return Recorded(pages, stats, summary, written_ns)

    def save(self, digests: dict[str, str], stats: dict[str, list[int]], summary: dict[str, int]) -> None:
        """Record the `page_digest` and the `page_stat` of each page written, and the summary,
        under this key."""
        data = {"key": self.key, "pages": digests, "stats": stats, "summary": summary}
        text = json.dumps(data, indent=1, sort_keys=True)
        if not _inside_vault(self.path.parent, self.root):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.path.parent / ".gitignore"
            if not ignore.exists():
                _write_atomic(ignore, _IGNORE)
            _write_atomic(self.path, text.encode())
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
