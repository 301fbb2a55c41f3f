"""Share numbered chunks of work between this process and forked copies of it, with no threads.

Each process claims the next chunk from a pipe holding every chunk's number (a read of four bytes
from a pipe is atomic), so a process on a busy core simply does fewer chunks. A child sends its
results back through a temporary file of its own, as `marshal` frames, which this process reads
between its own chunks. No thread runs beside this process's own share of the work
(`multiprocessing.Pool` unpickles results on a thread of the parent, which took the GIL from the
parent's own parsing). A child that dies leaves its unfinished chunks undone: the caller does those.
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

from vaultnet.write import write_all

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
    received: Callable[[int, Any], None],
) -> None:
    """Do chunks 0 .. count-1 here and in `children` forked processes.

    This process calls `parent(chunk, chunks_claimed_so_far)` for each chunk it claims; a child
    calls `child(chunk)` and sends back what it returns (something marshal can write), which this
    process gives to `received(chunk, result)` between its own chunks and at the end. A chunk a
    child claimed but did not finish (it died) is given to neither callback.
    """
    if count > MAX_CHUNKS:
        raise ValueError(f"{count} chunks: at most {MAX_CHUNKS}")
    claims, feed = os.pipe()
    try:
        write_all(feed, b"".join(index.to_bytes(_INDEX, "little") for index in range(count)))
    finally:
        os.close(feed)
    with ExitStack() as files:
        inboxes = [_Inbox(files.enter_context(tempfile.TemporaryFile())) for _ in range(children)]
        pids: list[int] = []
        try:
            for inbox in inboxes:
                pid = os.fork()
                if pid == 0:  # the child: never returns into the caller's code
                    _child(claims, inbox.fd, child)
                pids.append(pid)
            while (index := _claim(claims)) is not None:
                parent(index, count - _left(claims))
                for inbox in inboxes:
                    inbox.deliver(received)
        except BaseException:
            for pid in pids:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            raise
        finally:
            os.close(claims)
            for pid in pids:
                os.waitpid(pid, 0)
        for inbox in inboxes:
            inbox.deliver(received)


class _Inbox:
    """The frames one child writes to its file, read as they become whole (`os.pread` at an offset
    of our own: the child's writes move the file's shared offset)."""

    def __init__(self, file: Any) -> None:
        self.fd: int = file.fileno()
        self.offset = 0

    def deliver(self, received: Callable[[int, Any], None]) -> None:
        size = os.fstat(self.fd).st_size
        while self.offset + _LENGTH <= size:
            length = int.from_bytes(os.pread(self.fd, _LENGTH, self.offset), "little")
            if self.offset + _LENGTH + length > size:
                return  # still being written, or cut short by a child that died
            blob = os.pread(self.fd, length, self.offset + _LENGTH)
            self.offset += _LENGTH + length
            received(*marshal.loads(blob))


def _child(claims: int, out: int, child: Callable[[int], Any]) -> None:
    code = 1
    try:
        while (index := _claim(claims)) is not None:
            blob = marshal.dumps((index, child(index)))
            write_all(out, len(blob).to_bytes(_LENGTH, "little") + blob)
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
