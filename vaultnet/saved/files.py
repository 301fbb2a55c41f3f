"""The files of the saved build state, as written and read: each one a magic line, the key it was
saved under (`state_key`: vaultnet's code, this Python, the whole configuration), a CRC-32
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
from collections.abc import Iterator, Mapping, MutableMapping
from itertools import compress, repeat
from operator import is_not, itemgetter, not_
from pathlib import Path
from typing import Any, TypeVar

from vaultnet.config import Config
from vaultnet.metrics.stats import FAR_AHEAD_DAYS
from vaultnet.pages.layout import template_folder
from vaultnet.vault.cache import (
    _DIGEST,
    CACHE_FOLDER,
    FileStat,
    _code_stamp,
    _digest,
    _folder_stamp,
    files_digest,
)
from vaultnet.version import __version__
from vaultnet.write import write_atomic

log = logging.getLogger(__name__)

_MAGIC = b"vaultnet build state 3\n"
_FORMAT = 1
MAX_STATE_BYTES = 1 << 30
"""A state file larger than this is not read: about 15 times what a 50,000-person vault saves."""

PROBLEMS_FILE = "problems.bin"
PROBLEMS_SHAPE = (bytes, list, int)
"""What `check` needs of a vault unchanged since the state was saved: the digest of every note
file's path, size and mtime, every problem as (file, line, message), and the latest contact."""


V = TypeVar("V")


class Packed(MutableMapping[str, V]):
    """A table of the state by note file, each value kept as its own `marshal` bytes and decoded
    when read. A build after one changed note asks a few of ten thousand values: reading the
    table is then little more than reading its keys (each value a tuple of strings would be
    several objects made, and memory touched, per file). `raw` is the table as saved."""

    __slots__ = ("raw",)

    def __init__(self, raw: dict[str, bytes] | None = None) -> None:
        self.raw: dict[str, bytes] = {} if raw is None else raw

    @classmethod
    def of(cls, values: Mapping[str, V]) -> Packed[V]:
        dumps = marshal.dumps
        return cls({key: dumps(value) for key, value in values.items()})  # type: ignore[arg-type]

    def __getitem__(self, key: str) -> V:
        return marshal.loads(self.raw[key])  # type: ignore[no-any-return]

    def get(self, key: str, default: Any = None) -> Any:
        blob = self.raw.get(key)
        return default if blob is None else marshal.loads(blob)

    def __setitem__(self, key: str, value: V) -> None:
        self.raw[key] = marshal.dumps(value)  # type: ignore[arg-type]

    def __delitem__(self, key: str) -> None:
        del self.raw[key]

    def __contains__(self, key: object) -> bool:
        return key in self.raw

    def __iter__(self) -> Iterator[str]:
        return iter(self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Packed) and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]


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
    payload = memoryview(data)[keyed + _DIGEST :]  # not a copy: these files are megabytes
    if _digest(payload) != data[keyed : keyed + _DIGEST]:
        log.info("build state %s is damaged: building in full", path)
        return None
    try:
        body = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        log.info("build state %s cannot be decoded: building in full", path)
        return None
    if not of_shape(body, shape):
        log.info("build state %s is not of the shape this vaultnet saves: building in full", path)
        return None
    return body, written_ns


def of_shape(body: Any, shape: tuple[type, ...]) -> bool:
    """Is `body` a tuple of parts of these types?"""
    return (
        isinstance(body, tuple)
        and len(body) == len(shape)
        and all(isinstance(part, kind) for part, kind in zip(body, shape, strict=True))
    )


def sealed(key: str, payload: bytes) -> list[bytes]:
    """A state file's parts: the magic line, the key, the digest of the payload, the payload."""
    return [_MAGIC, key.encode("ascii"), _digest(payload), payload]


def write_signed(path: Path, key: str, body: tuple[Any, ...] | bytes) -> None:
    """Write a state file of `body` (or of its marshal bytes, made already)."""
    if path.is_symlink():
        path.unlink()
    payload = body if isinstance(body, bytes) else marshal.dumps(body)
    write_atomic(path, sealed(key, payload), durable=False)  # a torn state fails its digest


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
    if max(map(itemgetter(3), found), default=0) >= written_ns:  # written in the tick it was saved
        return None
    if files_digest(found) != digest:
        return None
    saved: list[tuple[str, int, str]] = problems
    return saved


# --- a state saved as its changes since a base ----------------------------------------------------
# A build after one changed note changes a few of the state's tens of thousands of entries: it
# saves what changed since the state last written in full (the base), not the whole state again.

Patch = tuple[Any, ...]
"""("v", value): the value now; ("d", {key: Patch}, removed keys): a dict changed key by key;
("t", (Patch | None, ...)): a tuple of that length changed part by part (None: as it was);
("l", start, length, positions taken out, (position, item) put in): a list's part from `start`,
`length` items long, changed item by item (a page list's keys: one person moved is one of each);
("b", start, length, bytes put in): long bytes whose part from `start`, `length` bytes long, is
replaced (a page list's section: one person moved is a line or two of a MB)."""

_ABSENT = object()
_SMALL = 64
"""Containers of at most this many items are walked into: a state's tables of thousands of rows
hold tuples, strings and numbers, changed only by putting a row in or taking one out."""
_LONG_BYTES = 4096
"""Bytes at least this long are changed by what lies between their common start and end."""


def changes(old: Any, new: Any, depth: int) -> Patch | None:
    """What turns `old` into `new` (None when they are equal): dicts are compared key by key,
    lists item by item and tuples holding dicts part by part, down to `depth` levels."""
    if old is new:
        return None
    if (
        depth > 0
        and type(old) is tuple
        and type(new) is tuple
        and len(old) == len(new) <= _SMALL
        and any(type(part) is dict for part in old)
    ):  # part by part, each compared on its own (comparing the whole first would repeat that)
        parts = tuple(changes(a, b, depth - 1) for a, b in zip(old, new, strict=True))
        return ("t", parts) if parts.count(None) < len(parts) else None
    if old == new:  # compared in C, up to the first difference
        return None
    if depth > 0 and type(old) is list and type(new) is list:
        return _list_changes(old, new) or ("v", new)
    if depth > 0 and type(old) is bytes and type(new) is bytes and len(new) >= _LONG_BYTES:
        start = _common_bytes(old, new, min(len(old), len(new)), from_end=False)
        end = _common_bytes(old, new, min(len(old), len(new)) - start, from_end=True)
        return ("b", start, len(old) - start - end, new[start : len(new) - end])
    if depth > 0 and type(old) is dict and type(new) is dict:
        changed: dict[Any, Patch] = {}
        added = 0
        # The keys whose value is not the very object it was (most are), found in C.
        for name in compress(new, map(is_not, new.values(), map(old.get, new, repeat(_ABSENT)))):
            was, value = old.get(name, _ABSENT), new[name]
            if was is _ABSENT:
                added += 1
                changed[name] = ("v", value)
            elif (patch := changes(was, value, depth - 1)) is not None:
                changed[name] = patch
        removed = tuple(old.keys() - new.keys()) if len(old) + added > len(new) else ()
        return ("d", changed, removed) if changed or removed else None
    return ("v", new)


def _list_changes(old: list[Any], new: list[Any]) -> Patch | None:
    """The items taken out of a list and put into it (a page list's key that moved is one of
    each), by position, between the two lists' common start and end; None when the items kept
    are not in the same order, or cannot be hashed."""
    from vaultnet.pages.saved import kept_run  # here: `check`, which reads this module, never saves

    most = min(len(old), len(new))
    start = kept_run(old, new, most)  # an item only equal is taken for a change: found kept below
    end = kept_run(reversed(old), reversed(new), most - start)
    was, now = old[start : len(old) - end], new[start : len(new) - end]
    try:
        stays = list(map(set(now).__contains__, was))  # the walks over thousands stay in C
        stayed = list(map(set(was).__contains__, now))
    except TypeError:
        return None
    if list(compress(was, stays)) != list(compress(now, stayed)):
        return None
    gone = tuple(compress(range(len(was)), map(not_, stays)))
    came = tuple(compress(enumerate(now), map(not_, stayed)))
    return ("l", start, len(was), gone, came)


def _common_bytes(old: bytes, new: bytes, most: int, from_end: bool) -> int:
    """How many bytes (at most `most`) the two share at their start, or at their end, by halving:
    each step compares only the bytes not known to be shared yet, so that the slices it copies
    add up to about `most` bytes."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if from_end:
            same = old[len(old) - middle : len(old) - low] == new[len(new) - middle : len(new) - low]
        else:
            same = old[low:middle] == new[low:middle]
        if same:
            low = middle
        else:
            high = middle - 1
    return low


def patched(value: Any, patch: Patch | None) -> Any:
    """`value` with `changes` applied; `value` itself is left as it was. ValueError when the
    patch does not fit the value."""
    if patch is None:
        return value
    kind = patch[0]
    if kind == "v" and len(patch) == 2:
        return patch[1]
    if kind == "d" and len(patch) == 3 and type(value) is dict:
        out = dict(value)
        for name, change in patch[1].items():
            out[name] = patched(out.get(name), change)
        for name in patch[2]:
            out.pop(name, None)
        return out
    if kind == "l" and len(patch) == 5 and type(value) is list:
        _, start, length, gone, came = patch
        if not 0 <= start <= start + length <= len(value) or not all(0 <= at < length for at in gone):
            raise ValueError("a saved change of a list reaches past its end")
        kept = [True] * length
        for at in gone:
            kept[at] = False
        middle = list(compress(value[start : start + length], kept))
        for at, item in came:
            if not 0 <= at <= len(middle):
                raise ValueError("a saved change of a list puts an item past its end")
            middle.insert(at, item)
        return [*value[:start], *middle, *value[start + length :]]
    if kind == "b" and len(patch) == 4 and type(value) is bytes and type(patch[3]) is bytes:
        _, start, length, middle = patch
        if not 0 <= start <= start + length <= len(value):
            raise ValueError("a saved change of bytes reaches past their end")
        return value[:start] + middle + value[start + length :]
    if kind == "t" and len(patch) == 2 and type(value) is tuple and len(value) == len(patch[1]):
        return tuple(patched(part, change) for part, change in zip(value, patch[1], strict=True))
    raise ValueError(f"a saved change of kind {kind!r} does not fit what it changes")


def unshared(value: Any, depth: int) -> Any:
    """`value` with its dicts and lists copied, so that what is done to the copy in place leaves
    `value` as it was: through small containers, down to `depth` levels (see `_SMALL`)."""
    kind = type(value)
    if kind is not dict and kind is not list and kind is not tuple:
        return value
    if depth == 0 or len(value) > _SMALL:
        return value if kind is tuple else kind(value)
    if kind is dict:
        return {name: unshared(part, depth - 1) for name, part in value.items()}
    parts = [unshared(part, depth - 1) for part in value]
    return parts if kind is list else tuple(parts)
