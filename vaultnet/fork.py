"""Share numbered chunks of work between this process and forked copies of it, with no threads.

Each process claims the next chunk from a pipe holding every chunk's number (a read of four bytes
from a pipe is atomic), so a process on a busy core simply does fewer chunks. A child sends its
results back through a temporary file of its own, as `marshal` frames, and is read only after it
has exited: nothing in this process runs beside its own share of the work (`multiprocessing.Pool`
unpickles results on a thread of the parent, which took the GIL from the parent's own parsing).
A child that dies leaves its unfinished chunks missing from the results: the caller does those.
"""

from __future__ import annotations

import marshal
import os
import signal
import tempfile
from array import array
from collections.abc import Callable
from contextlib import ExitStack, suppress
from typing import Any

MAX_CHUNKS = 1024
"""Chunk numbers in the claims pipe at most: 4 KB, well under any pipe's capacity."""
_INDEX = 4
_LENGTH = 8


def can_fork() -> bool:
    """Forking is safe only on a POSIX system and when this process runs no other thread
    (a thread holding a lock at the fork would leave that lock held forever in the child)."""
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def share(
    count: int,
    children: int,
    child: Callable[[int], Any],
    parent: Callable[[int, int], None],
) -> dict[int, Any]:
    """Do chunks 0 .. count-1 here and in `children` forked processes.

    This process calls `parent(chunk, chunks_claimed_so_far)` for each chunk it claims; a child
    calls `child(chunk)` and sends back what it returns (something marshal can write). Returns the
    children's results by chunk number.
    """
    if count > MAX_CHUNKS:
        raise ValueError(f"{count} chunks: at most {MAX_CHUNKS}")
    claims, feed = os.pipe()
    try:
        _write_all(feed, b"".join(index.to_bytes(_INDEX, "little") for index in range(count)))
    finally:
        os.close(feed)
    with ExitStack() as files:
        outs = [files.enter_context(tempfile.TemporaryFile()) for _ in range(children)]
        pids: list[int] = []
        try:
            for out in outs:
                pid = os.fork()
                if pid == 0:  # the child: never returns into the caller's code
                    _child(claims, out.fileno(), child)
                pids.append(pid)
            while (index := _claim(claims)) is not None:
                parent(index, count - _left(claims))
        except BaseException:
            for pid in pids:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            raise
        finally:
            os.close(claims)
            for pid in pids:
                os.waitpid(pid, 0)
        results: dict[int, Any] = {}
        for out in outs:
            results.update(_frames(out))
        return results


def _child(claims: int, out: int, child: Callable[[int], Any]) -> None:
    code = 1
    try:
        while (index := _claim(claims)) is not None:
            blob = marshal.dumps((index, child(index)))
            _write_all(out, len(blob).to_bytes(_LENGTH, "little") + blob)
        code = 0
    finally:
        os._exit(code)


def _claim(claims: int) -> int | None:
    data = os.read(claims, _INDEX)
    return int.from_bytes(data, "little") if len(data) == _INDEX else None


def _left(claims: int) -> int:
    """Chunks not yet claimed by anyone: the bytes still in the pipe."""
    import fcntl
    import termios

    waiting = array("i", [0])
    try:
        fcntl.ioctl(claims, termios.FIONREAD, waiting)
    except OSError:
        return 0
    return waiting[0] // _INDEX


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _frames(out: Any) -> dict[int, Any]:
    """The whole frames a child wrote; a frame cut short (the child died writing it) is dropped."""
    out.seek(0)
    results = {}
    while len(head := out.read(_LENGTH)) == _LENGTH:
        size = int.from_bytes(head, "little")
        blob = out.read(size)
        if len(blob) < size:
            break
        index, result = marshal.loads(blob)
        results[index] = result
    return results
