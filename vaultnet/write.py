"""Every write vaultnet makes: pages, notes and cache files, whole or not at all.

Each new file is first written to a temporary file beside it, named `.<name>.<pid>.<random>.tmp`
(the name shortened when long), then renamed over it. A process killed before the rename
leaves its temporary file; the next write into that folder removes the leftovers whose process
is gone (`remove_stale_temps`).

A note is the user's own, open in an editor maybe: `insert_into_note` never loses a save
(see its docstring and docs/security.md for the one window that remains), and writes its own
bytes once: vaultnet's writers into one folder take turns (`_lock_folder`).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from vaultnet.errors import FileChanged, FileExists, NoteRefused, WriteFailed
from vaultnet.patterns import lazy_pattern

log = logging.getLogger(__name__)

_NAME_BYTES = 200
"""At most this many bytes of a file's name go into its temporary file's name: with the pid, the
random part and `.tmp`, the name stays under the 255 bytes file systems allow."""

_TEMP = lazy_pattern(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]{8}\.tmp$", re.DOTALL)

TRIES = 5
"""How many times a note that keeps changing under vaultnet is read and tried again."""
SETTLE = 0.05
"""Seconds after replacing a note before its old file is looked at again (see `_swap`)."""


def temp_name_part(name: str) -> str:
    """The part of a file's name its temporary files carry: the name, cut to `_NAME_BYTES` bytes."""
    data = name.encode("utf-8", "surrogateescape")
    if len(data) <= _NAME_BYTES:
        return name
    return data[:_NAME_BYTES].decode("utf-8", "ignore")


def umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_all(fd: int, data: bytes) -> None:
    """Every byte of `data` to `fd`, however many writes the kernel takes for it."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _pwrite_all(fd: int, data: bytes, at: int) -> None:
    """Every byte of `data` to `fd` from offset `at` on (`write_all` at a place in the file)."""
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, at)
        view, at = view[written:], at + written


def open_temp(path: Path, mode: int | None = None) -> tuple[BinaryIO, str]:
    """A new temporary file beside `path`, open for writing, with `mode` (default: what a new
    file gets under the umask; mkstemp's 0600 would hide pages from others sharing the vault)."""
    prefix = f".{temp_name_part(path.name)}.{os.getpid()}."
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    except OSError as exc:  # a read-only folder, say: the file meant, not the temporary one
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    try:
        os.fchmod(fd, (0o666 & ~umask()) if mode is None else mode)
        return os.fdopen(fd, "wb"), temp
    except BaseException:
        os.close(fd)
        Path(temp).unlink(missing_ok=True)
        raise


def sync_folder(folder: Path) -> None:
    """Make a rename itself durable (a power cut after it keeps the new file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)


def make_folder(root: Path, folder: Path) -> None:
    """Make `folder`, and the folders between it and the vault's `root`, but never `root` itself:
    a vault folder removed meanwhile (while watched, say) stays removed, rather than coming back
    holding nothing but vaultnet's files. Raises FileNotFoundError then, and OSError when a file
    is where a folder should be."""
    try:
        folder.mkdir(exist_ok=True)
    except FileNotFoundError:
        if folder == root or folder.parent == root:
            raise
        make_folder(root, folder.parent)
        folder.mkdir(exist_ok=True)


def write_atomic(path: Path, parts: Iterable[bytes], durable: bool = True, mode: int | None = None) -> None:
    """`path` holds all of `parts` or what it held before, never a mix.

    `durable=False` skips the fsyncs: for a cache, which is rebuilt when lost and fails its
    digest when torn."""
    remove_stale_temps(path.parent)
    out, temp = open_temp(path, mode)
    try:
        with out:
            for part in parts:  # one by one: no copy of a large payload
                out.write(part)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if durable:
        sync_folder(path.parent)


def process_alive(pid: int) -> bool:
    """Is a process of this id running (here, or as another user)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def remove_stale_temps(folder: Path, names: Iterable[str] | None = None) -> list[str]:
    """Delete the temporary files of vaultnet's naming in `folder` whose process is gone.

    With `names`, only those for these files (the output folder, where only pages are
    vaultnet's); without, those of any Markdown note or vaultnet file (`.md`, `.bin`, `.json`,
    `.gitignore`, `.vcf`) that is a regular file."""
    wanted = None if names is None else {temp_name_part(n) for n in names}
    removed = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        match = _TEMP.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        if wanted is not None and match["name"] not in wanted:
            continue
        if wanted is None and not _ours(match["name"]):
            continue
        if process_alive(int(match["pid"])):
            continue  # a build (maybe this one, in watch mode) may be writing it right now
        Path(entry.path).unlink(missing_ok=True)
        removed.append(entry.name)
    if removed:
        log.info("removed %d temporary files left by an interrupted vaultnet", len(removed))
    return removed


def _ours(name: str) -> bool:
    cut = len(name.encode("utf-8", "surrogateescape")) >= _NAME_BYTES - 4
    return cut or name.lower().endswith((".md", ".bin", ".json", ".gitignore", ".vcf", ".canvas"))


def create_file(path: Path, data: bytes, tidy: bool = True, durable: bool = True) -> None:
    """Create `path` with `data` whole, never replacing a file that is there (even one made meanwhile).
    `tidy`: remove the folder's stale temporary files first (`remove_stale_temps`), which a caller
    creating many files in one folder does once itself; `durable=False` leaves the fsyncs to a
    caller creating many, who makes them all durable at once (`sync_all`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        raise FileExists(f"{path} already exists: nothing written")
    if tidy:
        remove_stale_temps(path.parent)
    out, temp = open_temp(path)
    try:
        with out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        try:
            os.link(temp, path)  # fails when the name is taken: no window for overwriting
        except FileExistsError:
            raise FileExists(f"{path} already exists: nothing written") from None
        except OSError:
            # A file system without hard links: exclusive creation is the next best thing.
            try:
                with path.open("xb") as handle:
                    handle.write(data)
            except FileExistsError:
                raise FileExists(f"{path} already exists: nothing written") from None
    finally:
        Path(temp).unlink(missing_ok=True)
    if durable:
        sync_folder(path.parent)


def sync_all(paths: list[Path]) -> None:
    """Make files created without their fsyncs (`create_file(durable=False)`) durable, with the
    folders that hold them: one flush of everything where the system offers it, else each."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        with path.open("rb+") as handle:
            os.fsync(handle.fileno())
    for folder in {path.parent for path in paths}:
        sync_folder(folder)


# --- notes: an insertion that never loses a save -------------------------------------------------

Plan = Callable[[bytes], tuple[int, bytes]]
"""From a note's bytes: where new bytes go (an offset) and which bytes; raises to refuse."""

_Stamp = tuple[int, int, int, int, int]


def _stamp(st: os.stat_result) -> _Stamp:
    """What changes when anyone writes a file: its inode, size, mtime and ctime (which no tool
    can set back), and its device."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _read_all(fd: int) -> bytes:
    parts = []
    offset = 0
    while part := os.pread(fd, 1 << 20, offset):
        parts.append(part)
        offset += len(part)
    return b"".join(parts)


def _open_note(real: str, shown: str) -> int:
    try:
        fd = os.open(real, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise NoteRefused(
            f"{shown}: you cannot write this note (permission denied): nothing written"
        ) from None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENXIO, errno.EISDIR):
            raise NoteRefused(f"{shown} is not a regular file: nothing written") from None
        raise
    st = os.fstat(fd)
    reason = None
    if not stat.S_ISREG(st.st_mode):
        reason = "is not a regular file"
    elif not st.st_mode & 0o222:
        reason = "is read-only (make it writable first)"
    if reason:
        os.close(fd)
        raise NoteRefused(f"{shown} {reason}: nothing written")
    return fd


@dataclass(frozen=True, slots=True)
class Inserted:
    """A note's bytes once `insert_into_note` wrote into it, and where the inserted bytes are in
    them: where they were planned, but when a save by rename carried them into its own copy."""

    note: bytes
    at: int


@dataclass(frozen=True, slots=True)
class _Sent:
    """Bytes of ours that went into a copy of the note that was then replaced (by a save by rename):
    the copy that replaced it may carry them or not; `data`, planned at `at` in `before`."""

    before: bytes
    at: int
    data: bytes

    def carried(self, now: bytes) -> int | None:
        """Where our bytes are in the note `now`, when it holds them once more than the note they were
        planned on did (the save read them before it was made); else None: they are to be written
        again. Bytes alike are one entry: two programs writing the very same line at once write it once."""
        if now.count(self.data) <= self.before.count(self.data):
            return None
        at = -len(self.data)
        for _ in range(self.before.count(self.data, 0, self.at) + 1):  # ours, after those before it
            at = now.find(self.data, at + len(self.data))
        return at


LOCK_WAIT = 10.0
"""Seconds a write into a note waits for another vaultnet writing into the same folder, then gives up."""


def _lock_folder(folder: str, shown: str) -> int | None:
    """The open folder of a note, locked (`flock`) for vaultnet's writers into it: two `log`s, or a
    `log` and an `import`, write their notes one after the other, each planning on what the other
    wrote. The lock is on the folder because a note's own file is replaced by each write that
    renames a copy over it; the kernel drops it when its process ends, killed or not. None (no
    lock, each write still checked as `insert_into_note` says) where there are no such locks:
    Windows, or a network file system without them."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                raise FileChanged(
                    f"{shown}: another vaultnet kept writing into its folder: nothing written"
                ) from None
            time.sleep(0.005)
        except OSError:  # a file system without these locks
            os.close(fd)
            return None


def insert_into_note(path: Path, plan: Plan, shown: str | None = None) -> Inserted:
    """Insert into the note at `path` the bytes `plan` chooses for its current content; returns
    the note's new bytes and where they went (`shown`: the note as a refusal names it, its path in
    the vault, rather than `path`). No save of anyone else is lost, and ours is made once:

    - vaultnet's writers into one folder take turns (`_lock_folder`): each plans on the note as
      the one before left it;
    - the note is opened for writing first, so a note the user cannot write (or one marked
      read-only) is refused, as a shell's `>>` would refuse it;
    - an insertion at the very end is appended in place (`O_APPEND`: nothing already there can be
      overwritten), which keeps the note's inode, owner, mode and hard links;
    - any other is written to a temporary file with the note's mode, owner and extended
      attributes (an ACL), and renamed over it only if the note's inode, size, mtime, ctime and
      bytes are still those planned on;
      afterwards the old file is checked again, and a save that landed in it meanwhile is put
      back and the insertion tried again on it;
    - bytes of ours that went into a copy replaced since (by a save by rename, after our append or
      our rename) are written again only if the save that replaced it does not hold them
      (`_Sent.carried`): an editor that read them before saving keeps them, once;
    - a note with several hard links, or whose owner or attributes cannot be kept, is written
      in place;
    - a write the system stops midway (a full disk, a size limit) is undone: the note is put
      back as it was, and WriteFailed says so;
    - another program appending at the same moment keeps its bytes and ours (a warning);
    - a note that keeps changing is tried `TRIES` times, then refused with FileChanged.
    """
    real = os.path.realpath(path)
    named = shown or str(path)
    lock = _lock_folder(os.path.dirname(real), named)
    try:
        remove_stale_temps(Path(real).parent)
        sent = None
        for _ in range(TRIES):
            fd = _open_note(real, named)
            try:
                done = _try_insert(real, fd, plan, sent)
            finally:
                os.close(fd)
            if isinstance(done, Inserted):
                return done
            sent = done or sent
            log.info("%s changed while vaultnet was writing to it: trying again", path)
    finally:
        if lock is not None:
            os.close(lock)
    raise FileChanged(f"{named} kept changing while vaultnet was writing to it: nothing written")


def _try_insert(real: str, fd: int, plan: Plan, sent: _Sent | None) -> Inserted | _Sent | None:
    """One try: the note as written; or what of ours went into a copy replaced since (`_Sent`), or
    None when nothing did, the note having changed under us (nothing of it lost)."""
    st = os.fstat(fd)
    before = _read_all(fd)
    if len(before) != st.st_size:
        return None
    if sent is not None and (at := sent.carried(before)) is not None:
        return Inserted(before, at)  # the save that replaced our copy holds our bytes: written
    offset, data = plan(before)
    after = before[:offset] + data + before[offset:]
    if not _unchanged(real, fd, st, before):
        return None
    if offset == len(before):
        return _append(real, fd, st, data, after)
    if st.st_nlink > 1 or not _can_keep_owner(st):
        return _rewrite_in_place(real, fd, st, before, after, offset)
    return _swap(real, fd, st, before, after, offset)


def _unchanged(real: str, fd: int, st: os.stat_result, before: bytes) -> bool:
    """Does the note still hold what was planned on? The path is looked at last, right before the
    caller writes: the window for a save by rename is the few system calls after it."""
    if _read_all(fd) != before or _stamp(os.fstat(fd)) != _stamp(st):
        return False
    try:
        return _stamp(os.stat(real, follow_symlinks=False)) == _stamp(st)
    except OSError:
        return False


def _append(real: str, fd: int, st: os.stat_result, data: bytes, after: bytes) -> Inserted | _Sent | None:
    try:
        out = os.open(real, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None  # gone or replaced by something else meanwhile: the next try says what
    try:
        if _stamp(os.fstat(out)) != _stamp(st):
            return None
        written = 0
        try:
            while written < len(data):
                written += os.write(out, data[written:])
            os.fsync(out)
        except OSError as exc:
            if os.fstat(out).st_size == st.st_size + written:  # our bytes alone: take them off
                os.ftruncate(out, st.st_size)
            raise WriteFailed(
                f"{real}: {exc.strerror or exc}: nothing written, the note is as it was"
            ) from None
    finally:
        os.close(out)
    try:
        moved = os.stat(real, follow_symlinks=False).st_ino != st.st_ino
    except OSError:
        moved = True
    if moved:
        # The file we appended to was replaced (a save by rename): before our append, and the save
        # stands without our entry; or after it, by a program that read it, and the save may hold it.
        # The next try looks (`_Sent.carried`).
        return _Sent(after[: len(after) - len(data)], len(after) - len(data), data)
    now, old = _read_all(fd), len(after) - len(data)
    if now != after:  # another program appended too: both are there, or look
        if now[:old] != after[:old] or data not in now[old:]:
            raise FileChanged(f"{real} was written by another program at the same moment: check its end")
        log.warning("%s: another program wrote to it at the same moment: both kept; check its end", real)
        return Inserted(now, now.index(data, old))
    return Inserted(after, old)


def _can_keep_owner(st: os.stat_result) -> bool:
    if os.geteuid() == 0:
        return True
    return st.st_uid == os.geteuid() and (st.st_gid == os.getegid() or st.st_gid in os.getgroups())


def _rewrite_in_place(
    real: str, fd: int, st: os.stat_result, before: bytes, after: bytes, at: int
) -> Inserted | None:
    """Write the note's bytes from `at` on over its own inode (hard links and owner kept); None
    when the note changed since it was read.

    Not atomic against a crash in the middle: only for the notes a rename would change."""
    if not _unchanged(real, fd, st, before):
        return None
    try:
        _pwrite_all(fd, after[at:], at)
        os.fsync(fd)
    except OSError as exc:
        _restore(fd, before, at)
        raise WriteFailed(f"{real}: {exc.strerror or exc}: nothing written, the note is as it was") from None
    return Inserted(after, at)


def _restore(fd: int, before: bytes, at: int) -> None:
    """Put back the note's bytes from `at` on, over what a write that failed midway left there:
    they fit where they were, so a full disk takes no more of them."""
    _pwrite_all(fd, before[at:], at)
    os.ftruncate(fd, len(before))
    os.fsync(fd)


def _swap(
    real: str, fd: int, st: os.stat_result, before: bytes, after: bytes, at: int
) -> Inserted | _Sent | None:
    out, temp = open_temp(Path(real), stat.S_IMODE(st.st_mode))
    try:
        with out:
            out.write(after)
            out.flush()
            mine = os.fstat(out.fileno())
            if (mine.st_uid, mine.st_gid) != (st.st_uid, st.st_gid):
                os.fchown(out.fileno(), st.st_uid, st.st_gid)
            os.fchmod(out.fileno(), stat.S_IMODE(st.st_mode))  # chown clears set-id bits
            kept = _copy_attributes(fd, out.fileno())
            os.fsync(out.fileno())
        if not kept:  # an attribute the copy cannot hold (one only root may set): write in place
            return _rewrite_in_place(real, fd, st, before, after, at)
        if not _unchanged(real, fd, st, before):
            return None
        os.replace(temp, real)
    finally:
        Path(temp).unlink(missing_ok=True)
    sync_folder(Path(real).parent)
    sent = _Sent(before, at, after[at : at + len(after) - len(before)])
    # The old file is still open: a save written into it after the last check would be lost with
    # it. Put such a save back, and have the caller try again on top of it. An editor that opened
    # the note just before the swap may write a moment after it: look again once it had the time.
    for pause in (0.0, SETTLE):
        time.sleep(pause)
        old = os.fstat(fd)
        saved = _read_all(fd)
        if (old.st_size, old.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or saved != before:
            _put_back(real, saved, after, st)
            return sent
    try:
        ours = os.stat(real, follow_symlinks=False).st_ino == mine.st_ino
    except OSError:
        ours = False
    # Our copy replaced in turn by a save by rename: the next try looks whether it holds our bytes.
    return Inserted(after, at) if ours else sent


def _copy_attributes(source: int, target: int) -> bool:
    """Give the file `target` the extended attributes of `source` (a POSIX ACL is one: who else
    may write the note); False when one could not be given."""
    try:
        names = os.listxattr(source)
    except (AttributeError, OSError):  # no such attributes on this system or file system
        return True
    try:
        for name in names:
            os.setxattr(target, name, os.getxattr(source, name))
    except OSError:
        return False
    return True


def _put_back(real: str, saved: bytes, ours: bytes, st: os.stat_result) -> None:
    """Put a save that landed in the replaced file back at the note's path, with what was
    appended to vaultnet's copy since; a note rewritten whole since is a newer save: left as it is."""
    try:
        now = Path(real).read_bytes()
    except OSError:
        return
    if not now.startswith(ours):
        return
    tail = now[len(ours) :]
    if tail and tail in saved[st.st_size :]:
        # Appended to both copies: one writer's bytes, sent again when it found the copy it first
        # wrote to replaced (by us: a `log` on a system without locks). Put back once.
        tail = b""
    write_atomic(Path(real), [saved, tail], mode=stat.S_IMODE(st.st_mode))
