"""The files of the saved build state, as written and read: each one a magic line, the key it was
saved under (`state_key`: vaultnet's code, this Python, the whole configuration), a BLAKE2 digest
of its payload and the payload, `marshal` data (never pickle). And `check`'s quick answer from
`problems.bin`, kept apart from `state.py` so that a `check` of an unchanged vault imports
nothing of the build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import marshal
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultnet.config import Config
from vaultnet.metrics.stats import FAR_AHEAD_DAYS
from vaultnet.pages.layout import template_folder
from vaultnet.vault.cache import CACHE_FOLDER, _code_stamp, _digest, _folder_stamp
from vaultnet.version import __version__
from vaultnet.write import write_atomic

if TYPE_CHECKING:
    from vaultnet.vault.load import FileStat

log = logging.getLogger(__name__)

_MAGIC = b"vaultnet build state 2\n"
_DIGEST = 32
_FORMAT = 1
MAX_STATE_BYTES = 1 << 30
"""A state file larger than this is not read: about 15 times what a 50,000-person vault saves."""

PROBLEMS_FILE = "problems.bin"
PROBLEMS_SHAPE = (bytes, list, int)
"""What `check` needs of a vault unchanged since the state was saved: the digest of every note
file's path, size and mtime, every problem as (file, line, message), and the latest contact."""


def state_key(config: Config) -> str:
    """What a state must have been saved under to be used: vaultnet's code, this Python, the
    whole configuration and vaultnet's own templates."""
    parts = (
        _FORMAT,
        __version__,
        tuple(sys.version_info[:2]),
        marshal.version,
        _code_stamp(),
        repr(config),
        _folder_stamp(template_folder()),
    )
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def read_signed(path: Path, key: str, shape: tuple[type, ...]) -> tuple[tuple[Any, ...], int] | None:
    """The body saved in a state file under this key, and when it was written; None when the
    file is not a regular file under the size cap, not whole, not under this key or not of this
    shape."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_STATE_BYTES:
            log.info("build state %s is not a regular file under the size cap: not read", path)
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_STATE_BYTES + 1)
            written_ns = os.fstat(handle.fileno()).st_mtime_ns
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("build state %s unreadable (%s): building in full", path, exc)
        return None
    if not data.startswith(_MAGIC):
        log.info("build state %s is not vaultnet's: building in full", path)
        return None
    # The key before anything is decoded: marshal is for data vaultnet wrote, and a file that
    # does not carry this vaultnet's key (its code's stamp) was not written by it.
    keyed = len(_MAGIC) + len(key)
    if data[len(_MAGIC) : keyed] != key.encode("ascii"):
        log.info("build state %s is from another vaultnet or configuration: building in full", path)
        return None
    payload = data[keyed + _DIGEST :]
    if _digest(payload) != data[keyed : keyed + _DIGEST]:
        log.info("build state %s is damaged: building in full", path)
        return None
    try:
        body = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        log.info("build state %s cannot be decoded: building in full", path)
        return None
    if not (
        isinstance(body, tuple)
        and len(body) == len(shape)
        and all(isinstance(part, kind) for part, kind in zip(body, shape, strict=True))
    ):
        log.info("build state %s is not of the shape this vaultnet saves: building in full", path)
        return None
    return body, written_ns


def sealed(key: str, payload: bytes) -> list[bytes]:
    """A state file's parts: the magic line, the key, the digest of the payload, the payload."""
    return [_MAGIC, key.encode("ascii"), _digest(payload), payload]


def write_signed(path: Path, key: str, body: tuple[Any, ...]) -> None:
    if path.is_symlink():
        path.unlink()
    write_atomic(path, sealed(key, marshal.dumps(body)), durable=False)  # a torn state fails its digest


def files_digest(files: Iterable[tuple[str, int, int]]) -> bytes:
    """One digest of every note file's path, size and mtime, in path order."""
    return hashlib.blake2b(marshal.dumps(sorted(files), 2), digest_size=20).digest()


def unchanged_problems(
    root: Path, key: str, found: list[FileStat], today: dt.date | None
) -> list[tuple[str, int, str]] | None:
    """Every problem as saved with the state, when no note file changed since (none written in
    the clock tick it was saved, either) and no contact could be more than a year after `today`."""
    read = read_signed(root / CACHE_FOLDER / PROBLEMS_FILE, key, PROBLEMS_SHAPE)
    if read is None:
        return None
    (digest, problems, latest), written_ns = read
    if today is not None and latest > (today + dt.timedelta(days=FAR_AHEAD_DAYS)).toordinal():
        return None
    if any(mtime >= written_ns for _, _, _, mtime in found):
        return None
    if files_digest((file, size, mtime) for file, _, size, mtime in found) != digest:
        return None
    saved: list[tuple[str, int, str]] = problems
    return saved
