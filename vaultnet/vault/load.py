"""Read every note of a vault, from the parse cache or parsed (in several processes when many), → Vault."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from vaultnet.config import Config
from vaultnet.convert import owner_match
from vaultnet.errors import VaultError
from vaultnet.model import BINARY, Note, Problem, Vault, stem_of
from vaultnet.vault.cache import (
    UNKNOWN,
    FileStat,
    ParseCache,
    cached_note,
    content_digest,
    note_blob,
    note_from_blob,
)
from vaultnet.vault.resolve import Seen, resolve, with_problems
from vaultnet.vault.walk import (
    UNLISTED,
    SourceFile,
    conflicted_copy_of,
    icloud_copy_of,
    icloud_placeholder_of,
    icloud_shaped,
    merge_side,
    path_key,
    stands_for,
    unlisted_problems,
    walk_stats,
)

log = logging.getLogger(__name__)


NOT_UTF8_NAME = "skipped: the file name is not UTF-8; rename the file"
CONFLICTED_COPY = "a sync tool's conflicted copy of {}: not read; merge it into the note and delete it"
MISSING_NOTE = "a sync tool's conflicted copy of {}, which is missing: not read; rename it to {}"
"""A conflicted copy whose note is not beside it (renamed or deleted on another machine): what is
left of the note, which a merge has nowhere to go into."""
_A_COPY = CONFLICTED_COPY.partition("{")[0]
"""How the problem of every sync tool's conflicted copy begins, its note there or missing."""
MERGE_COPY = "git mergetool's {} copy of {}, left by a merge: not read; delete it once the note is merged"
"""The problem of a copy `git mergetool` left beside a note (`merge_side`): the merge's base, a
side or the note as it was, which the merge leaves when it is not finished."""
_A_MERGE_COPY = MERGE_COPY.partition("{")[0]
ICLOUD_COPY = (
    "iCloud's conflicted copy of {} (its name with ` {}` added): not read; merge it into the note and "
    "delete it, or rename it if it is a note of its own"
)
_AN_ICLOUD_COPY = ICLOUD_COPY.partition("{")[0]
CANNOT_READ = "cannot read: "
"""How the problems of files no editor could open by their name begin: no page links to them."""
NOT_DOWNLOADED = "not downloaded from iCloud"
"""How an iCloud placeholder's problem begins (`icloud_placeholder_of`): a hidden file, which no
editor shows."""
_VERSIONS = (_A_COPY, _A_MERGE_COPY, NOT_DOWNLOADED)
"""How the problems of the files `stands_for` reads as versions of a note begin."""


_UNOPENABLE = (NOT_UTF8_NAME, CANNOT_READ, NOT_DOWNLOADED, UNLISTED.split("(", 1)[0])
"""How the problems of what no editor opens begin: a file by its name, or a folder unlisted."""
INTERNAL_ERROR = "internal error while reading this note: "
_NOT_READ = (*_UNOPENABLE, "skipped: ", _A_COPY, _A_MERGE_COPY, _AN_ICLOUD_COPY, INTERNAL_ERROR, BINARY)
"""How the problems of files of which nothing was read begin: those no editor opens, those too
large, the conflicted copies and merge's copies, a binary file, one vaultnet failed on."""


def not_read(problem: Problem) -> bool:
    """Is this the problem of a file of which nothing was read, or of a folder unlisted (no line
    to open it at), rather than of a note read as far as it could be?"""
    return problem.line == 0 and problem.message.startswith(_NOT_READ)


def unread_version_of(problem: Problem) -> str | None:
    """The note this problem's file is a version of that is not read (`stands_for`: a sync tool's
    conflicted copy of it, a copy `git mergetool` left, or its iCloud placeholder; or iCloud's
    conflicted copy of it), when the problem is that; else None. Where that note is missing, the
    file is what is left of it; beside it, the file may hold what it lacks."""
    if problem.line:
        return None
    if problem.message.startswith(_AN_ICLOUD_COPY):
        return shaped[0] if (shaped := icloud_shaped(problem.file)) else None
    return stands_for(problem.file) if problem.message.startswith(_VERSIONS) else None


def unread_copies(file: str, problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Of these problems, those of the copies of the note `file` that are not read
    (`unread_version_of`), its own placeholder aside: a conflicted copy beside a note holds what
    was written in it on another machine, which is in no page until it is merged."""
    key = path_key(file)
    return tuple(
        p
        for p in problems
        if (of := unread_version_of(p)) is not None
        and path_key(of) == key
        and not p.message.startswith(NOT_DOWNLOADED)
    )


def unopenable(problem: Problem) -> bool:
    """Is this the problem of a file that could not be opened at all (a symlink loop, a name that
    is not UTF-8, an iCloud placeholder), or of a folder that could not be listed? A link to it
    would lead nowhere, or make a note anew."""
    return problem.line == 0 and problem.message.startswith(_UNOPENABLE)


def read_note(source: SourceFile, config: Config) -> Note:
    """Parse one file; a file too large or unreadable, or one the parser fails on, becomes a note
    with only a problem. Every reader (serial, parallel, incremental) reads a note through here
    or through `read_found` or `read_digested`."""
    return _read_file(source.file, source.path, source.size, config)[0]


def read_found(stat: FileStat, config: Config) -> Note:
    """`read_note` of a file as `walk_stats` found it (its path a string: no Path made for it)."""
    return _read_file(stat[0], stat[1], stat[2], config)[0]


def read_digested(stat: FileStat, config: Config) -> tuple[Note, int]:
    """`read_found`, with the `content_digest` of the bytes read (UNKNOWN when none were)."""
    return _read_file(stat[0], stat[1], stat[2], config)


def filed_among_people(note: Note, config: Config) -> bool:
    """Would a note be someone's by where it is filed or how it is tagged (a people folder, a
    person tag, nested or not)?"""
    folders = note.file.split("/")[:-1]
    tags = {part for tag in note.tags for part in tag.split("/")}
    return any(map(config.is_people_folder, folders)) or not tags.isdisjoint(config.person_tags)


def why_yours(stat: FileStat, note: Note, config: Config) -> str | None:
    """Why a note that is no person's is read as the vault owner's own (`owner_match`: `tagged
    #me`, `its alias 'Maria' is in me`), or None when it is not: read again as if vaultnet.toml
    gave no `me`, it is a person's, whose name, address or alias `me` lists."""
    if (why := owner_match(note.stem, note.tags, (), (), ())) is not None or not config.me:
        return why
    again = read_found(stat, replace(config, me=()))
    if again.kind != "person":
        return None
    named = (("name", (again.name,)), ("address", again.emails))
    return owner_match(again.stem, (), named, again.aliases, config.me) or "named in `me`"


def taken_as_yours(root: Path, config: Config, notes: Iterable[Note] | None = None) -> list[tuple[str, str]]:
    """The notes filed among people (`filed_among_people`) read as yours, not as a person, each
    with why (`why_yours`), by file: what a vault that shows nobody says. `notes`: the vault's,
    when read already."""
    if notes is None:
        notes = read_notes(root, config)
    taken = []
    for note in sorted((n for n in notes if n.kind != "person"), key=lambda n: n.file):
        if filed_among_people(note, config):
            path = root / note.file
            stat = (note.file, str(path), path.stat().st_size if path.is_file() else 0, 0)
            if (why := why_yours(stat, note, config)) is not None:
                taken.append((note.file, why))
    return taken


def file_digest(stat: FileStat, config: Config) -> int:
    """The `content_digest` of a file's bytes now, as `read_found` would read them; UNKNOWN when
    it cannot be read, or is too large to be."""
    data = _bytes_of(stat[0], stat[1], stat[2], config)
    return UNKNOWN if isinstance(data, Note) else content_digest(data)


def _read_file(file: str, path: Path | str, size: int, config: Config) -> tuple[Note, int]:
    data = _bytes_of(file, path, size, config)
    if isinstance(data, Note):
        return data, UNKNOWN
    from vaultnet.read.note import parse_note  # here: an unchanged vault never needs the parser

    try:
        return parse_note(file, data, config), content_digest(data)
    except Exception as exc:  # a bug of vaultnet's met on this note: the rest of the vault is still read
        log.debug("internal error while reading %s", file, exc_info=True)
        reason = ": ".join([type(exc).__name__, *str(exc).splitlines()[:1]])
        return _unread(file, f"{INTERNAL_ERROR}{reason}"), UNKNOWN


def _bytes_of(file: str, path: Path | str, size: int, config: Config) -> bytes | Note:
    """A note file's bytes; or, for one that cannot be read, a note with only its problem."""
    shown = file.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if shown != file:
        # Not a name any page could show or link to (and it would fail to encode when written).
        return _unread(shown, NOT_UTF8_NAME)
    if (note := icloud_placeholder_of(file)) is not None:  # no text to read
        said = "download it in Finder (Download Now); until then it is not read"
        return _unread(file, f"{NOT_DOWNLOADED} ({note.rpartition('/')[2]}): {said}")
    if (original := conflicted_copy_of(file)) is not None:  # read, a person would be two
        return _unread(file, _copy_said(path, original))
    # So too a copy `git mergetool` left beside its note (`Server_BASE_2024.md` alone is a note).
    if (merged := merge_side(file)) is not None and _beside(file, path)(merged[0]):
        return _unread(file, MERGE_COPY.format(merged[1], merged[0]))
    if (
        icloud_shaped(file)
        and (original := icloud_copy_of(file, _beside(file, path))) is not None
        and _same_card(path, os.path.join(os.path.dirname(path), original.rpartition("/")[2]))
    ):
        return _unread(file, ICLOUD_COPY.format(original, file.rpartition(" ")[2].partition(".")[0]))
    limit = config.max_file_kb * 1024
    if size > limit:
        message = f"skipped: {-(-size // 1024)} KB is over the {config.max_file_kb} KB limit"  # rounded up
        return _unread(file, message)
    try:
        data = _read_bytes(path, size, limit)
    except OSError as exc:
        return _unread(file, f"{CANNOT_READ}{exc.strerror or exc}")
    if len(data) > limit:
        return _unread(file, f"skipped: over the {config.max_file_kb} KB limit")
    return data


def _same_card(copy: Path | str, original: str) -> bool:
    """Could an iCloud-shaped copy (`Maya 2.md`) be a version of the note beside it: not both
    with front matter, and different? A second person of one name (`John Smith 2.md`) has a card
    of their own, and is read. A note in iCloud alone (its placeholder) cannot be compared: the
    copy is one."""
    try:
        with open(copy, "rb") as one:
            mine = _opening(one.read(_CARD_BYTES))
        with open(original, "rb") as other:
            theirs = _opening(other.read(_CARD_BYTES))
    except FileNotFoundError:
        return True  # the note is its iCloud placeholder
    except OSError:
        return False
    return mine is None or theirs is None or mine == theirs


_CARD_BYTES = 8192


def _opening(data: bytes) -> bytes | None:
    """A note's front matter, if any."""
    data = data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
    if data.startswith(b"---\n") and (end := data.find(b"\n---", 4)) >= 0:
        return data[:end]
    return None


def _copy_said(path: Path | str, original: str) -> str:
    """The problem of a sync tool's conflicted copy (at `path`) of `original`: the note as spelt
    beside it, in any case and Unicode form (Dropbox's `(Case Conflict)` is of a note spelt
    otherwise, as a Windows or macOS disk finds it), or in iCloud alone (its placeholder); else that
    the note is missing, and the copy is to be renamed to it."""
    folder, name = os.path.dirname(path), original.rpartition("/")[2]
    if os.path.isfile(os.path.join(folder, name)) or os.path.isfile(os.path.join(folder, f".{name}.icloud")):
        return CONFLICTED_COPY.format(original)
    keys = {path_key(name), path_key(f".{name}.icloud")}
    try:
        spelt = sorted(e.name for e in os.scandir(folder) if path_key(e.name) in keys and e.is_file())
    except OSError:
        spelt = []
    if spelt:
        at = original[: len(original) - len(name)]
        return CONFLICTED_COPY.format(at + (icloud_placeholder_of(spelt[0]) or spelt[0]))
    return MISSING_NOTE.format(original, name)


def _beside(file: str, path: Path | str) -> Callable[[str], bool]:
    """Is this note of the vault (in `file`'s folder, which is at `path`'s) on disk, or its iCloud
    placeholder (`.Maya.md.icloud`: the note is in iCloud)?"""
    folder = os.path.dirname(path)

    def exists(other: str) -> bool:
        name = other.rpartition("/")[2]
        return os.path.isfile(os.path.join(folder, name)) or os.path.isfile(
            os.path.join(folder, f".{name}.icloud")
        )

    return exists


def _conflicted_copy(note: Note) -> bool:
    """Was the note, as kept, a sync tool's conflicted copy? Its problem names its note as it was
    then (`_copy_said`): read again, which reads no byte of it."""
    return note.kind == "other" and note.problems[:1] != () and note.problems[0].message.startswith(_A_COPY)


def _icloud_copy(note: Note) -> bool:
    """Was the note, as kept, iCloud's conflicted copy (`ICLOUD_COPY`)?"""
    return any(p.message.startswith(_AN_ICLOUD_COPY) for p in note.problems)


def _read_bytes(path: Path | str, size: int, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a file listed at `size` bytes (it may have grown since).

    The listed size and one byte more are asked for first: asking for `limit` + 1 bytes at once
    would allocate that much for every note. `os.read` rather than `open`: no buffered file
    object to make for a read of a few KB, which is much of the cost (docs/performance.md)."""
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
    stem = stem_of(file)
    return Note(file=file, kind="other", name=stem, problems=(Problem(file, 0, message),))


Progress = Callable[[int, int], None]
"""Told (notes read, notes to read) as a cold read goes on."""

PARALLEL_MIN = 1000
"""Parse in several processes only from this many notes to parse: below it, forking costs about
what it saves (the measurement is in docs/performance.md)."""
_CHUNK = 250


Keep = Callable[[FileStat, int, bytes], None]
"""Told each note parsed, with its `content_digest` and as its `note_blob`, for the parse cache
(`ParseCache.put`)."""

Take = Callable[[Note], Note]
"""Given each note as it is read, gives what to keep of it (`resolve.Taker.take`)."""


def _as_read(notes: Iterable[Note], take: Take | None) -> list[Note]:
    return list(notes if take is None else map(take, notes))


def _parse_serial(
    todo: list[FileStat], config: Config, progress: Progress | None, keep: Keep | None, take: Take | None
) -> list[Note]:
    notes: list[Note] = []
    for start in range(0, len(todo), _CHUNK):
        chunk = todo[start : start + _CHUNK]
        parsed, digests = _read_chunk(chunk, config)
        if keep:
            _keep_all(keep, chunk, digests, map(note_blob, parsed))
        notes.extend(_as_read(parsed, take))
        if progress:
            progress(len(notes), len(todo))
    return notes


def _read_chunk(chunk: list[FileStat], config: Config) -> tuple[list[Note], list[int]]:
    """The notes of `chunk`, read, and their `content_digest`s."""
    notes, digests = [], []
    for stat in chunk:
        note, digest = read_digested(stat, config)
        notes.append(note)
        digests.append(digest)
    return notes, digests


def _keep_all(keep: Keep, stats: list[FileStat], digests: Iterable[int], blobs: Iterable[bytes]) -> None:
    for stat, digest, blob in zip(stats, digests, blobs, strict=True):
        keep(stat, digest, blob)


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parse_parallel(
    todo: list[FileStat], config: Config, progress: Progress | None, keep: Keep | None, take: Take | None
) -> list[Note] | None:
    """Parse notes in this process and forked copies of it when there are many and the machine
    has the cores: the notes in the order of `todo`, each given to `keep` as its `note_blob` as
    soon as it is parsed; or None to parse them here alone."""
    workers = min(_workers(), len(todo) // (PARALLEL_MIN // 2))
    if workers < 2 or len(todo) < PARALLEL_MIN:
        return None
    from vaultnet.vault import parallel_fast as fork  # here: a build of a few changed notes never forks

    if not fork.can_fork():
        return None
    import yaml  # noqa: F401  (imported once here, not once per process)

    import vaultnet.read.note  # noqa: F401

    size = max(_CHUNK, -(-len(todo) // fork.MAX_CHUNKS))
    chunks = [todo[start : start + size] for start in range(0, len(todo), size)]
    notes: list[list[Note] | None] = [None] * len(chunks)

    def here(index: int, claimed: int) -> None:
        parsed, digests = _read_chunk(chunks[index], config)
        if keep:
            _keep_all(keep, chunks[index], digests, map(note_blob, parsed))
        notes[index] = _as_read(parsed, take)
        if progress:
            progress(min(claimed * size, len(todo)), len(todo))

    def there(index: int) -> tuple[list[int], list[bytes]]:
        parsed, digests = _read_chunk(chunks[index], config)
        return digests, list(map(note_blob, parsed))

    def received(index: int, read: tuple[list[int], list[bytes]]) -> None:
        digests, blobs = read
        notes[index] = _as_read(map(note_from_blob, blobs), take)
        if keep:
            _keep_all(keep, chunks[index], digests, blobs)

    try:
        fork.share(len(chunks), workers - 1, there, here, received)
    except OSError as exc:  # no process or temporary file to be had: parse them all here
        log.info("cannot share the parsing (%s): reading in one process", exc)
        return None
    for index in range(len(chunks)):
        if notes[index] is None:  # claimed by a worker that died before it was done
            here(index, len(chunks))
    if progress:
        progress(len(todo), len(todo))
    return [note for chunk_notes in notes if chunk_notes for note in chunk_notes]


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
    try:
        return _read_notes(config, found, cache, progress)
    finally:
        if cache:
            cache.discard()  # a cache file begun and not saved: the build failed


@contextmanager
def notes_taken(
    root: Path,
    config: Config,
    found: list[FileStat],
    take: Take,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> Iterator[tuple[list[Note], ParseCache | None]]:
    """`read_notes`, each note given to `take` as it is read and what it returns kept; with the
    parse cache saved, to read each note's record back from (`ParseCache.saved_blob`) while in
    the `with` block."""
    from vaultnet.read.words import forget_lines

    cache = ParseCache.load(root, config) if use_cache else None
    try:
        notes = _read_notes(config, found, cache, progress, take)
        forget_lines()  # every note is read: the rest of a build reads no line again
        yield notes, cache
    finally:
        if cache:
            cache.discard()


def _read_notes(
    config: Config,
    found: list[FileStat],
    cache: ParseCache | None,
    progress: Progress | None,
    take: Take | None = None,
) -> list[Note]:
    notes: list[Note] = []
    todo: list[FileStat] = []
    for stat in found:
        shaped = icloud_shaped(stat[0]) is not None  # a copy or not as its note is beside it now
        if shaped and icloud_copy_of(stat[0], _beside(stat[0], stat[1])) is not None:
            todo.append(stat)
            continue
        blob = cache.get(stat[0], stat[2], stat[3]) if cache else None
        if blob is None and cache and cache.may_match(stat[0], stat[2]):  # written again as it was?
            blob = cache.get(stat[0], stat[2], stat[3], file_digest(stat, config))
        note = cached_note(blob, stat[0])
        if note is not None and not (shaped and _icloud_copy(note)) and not _conflicted_copy(note):
            notes.append(note if take is None else take(note))
            continue
        if blob is not None:
            log.debug("cache record for %s unusable", stat[0])
        todo.append(stat)
    keep = (lambda stat, digest, blob: cache.put(stat[0], stat[2], stat[3], digest, blob)) if cache else None
    if todo:
        parsed = _parse_parallel(todo, config, progress, keep, take)
        if parsed is None:
            parsed = _parse_serial(todo, config, progress, keep, take)
        notes.extend(parsed)
    if cache:
        cache.save()
    return notes


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a vault is read and resolved.

    Reading makes hundreds of thousands of small objects, none in a cycle: the collector's
    repeated passes over them free nothing, and grow with the vault.
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
    seen: Seen | None = None,
) -> Vault:
    """Read every note under `root` and resolve it into a Vault; `seen`, when given, is told
    which people each note tells of (`resolve`). Walked here (no `found`), the folders the walk
    could not list are among its problems; given `found`, the caller's walk told them, and they
    are the caller's to add (`unlisted_problems`)."""
    if not root.exists():
        raise VaultError(f"{root}: no such folder")
    if not root.is_dir():
        raise VaultError(f"{root}: not a folder")
    unlisted: list[tuple[str, str]] = []
    if found is None:
        found = list(walk_stats(root, config, unlisted))
    with gc_paused():
        vault = resolve(read_notes(root, config, use_cache, progress, found), config, seen)
    return with_problems(vault, unlisted_problems(unlisted))
