"""Work shared with forked processes: every chunk done once, a dead child's chunks redone."""

from __future__ import annotations

import os
import threading

import pytest

from vaultnet.config import Config
from vaultnet.vault import load as vault_module
from vaultnet.vault import parallel_fast as fork
from vaultnet.vault.load import read_notes

pytestmark = pytest.mark.skipif(not fork.can_fork(), reason="needs os.fork and no other thread")


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_every_chunk_is_done_once_here_or_in_a_child() -> None:
    here: list[int] = []
    told: list[int] = []

    def parent(index: int, claimed: int) -> None:
        here.append(index)
        told.append(claimed)

    theirs: dict[int, list[int]] = {}
    fork.share(60, 1, lambda index: [index, os.getpid()], parent, theirs.__setitem__)
    assert sorted(here + list(theirs)) == list(range(60))
    assert all(pid != os.getpid() for _, pid in theirs.values())
    assert all(theirs[index][0] == index for index in theirs)
    assert told == sorted(told) and all(1 <= claimed <= 60 for claimed in told)
    assert _no_children_left()


def test_a_child_that_dies_leaves_its_chunk_missing_not_wrong() -> None:
    parent_pid = os.getpid()

    def child(index: int) -> int:
        if index == 3:
            os._exit(9)  # killed mid-chunk: no frame for 3, and no later chunk from this child
        return index * 10

    here: list[int] = []
    # The parent waits a little on each chunk so that the child surely claims some.
    theirs: dict[int, int] = {}
    slow = lambda index, _: (here.append(index), threading.Event().wait(0.01))  # noqa: E731
    fork.share(30, 1, child, slow, theirs.__setitem__)
    assert os.getpid() == parent_pid
    assert 3 not in theirs
    assert all(value == index * 10 for index, value in theirs.items())
    assert not set(here) & set(theirs)
    assert len(here) + len(theirs) <= 30
    assert _no_children_left()


def test_an_interrupt_in_the_parent_stops_and_reaps_the_children() -> None:
    def parent(index: int, _: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fork.share(40, 1, lambda index: threading.Event().wait(0.05), parent, lambda *_: None)
    assert _no_children_left()


def test_forking_is_refused_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not fork.can_fork()
    finally:
        stop.set()
        thread.join()
    assert fork.can_fork()


PERSON = "---\ntags: [person]\n---\n- 2026-11-{:02d} -> x [[P{}]]\n"


def _vault(make_vault):  # type: ignore[no-untyped-def]
    files = {f"People/P{n}.md": PERSON.format(n % 28 + 1, n + 1) for n in range(60)}
    files.update({f"Daily/2026-10-{n:02d}.md": f"- met [[P{n}]] and [[P{n + 1}]]\n" for n in range(1, 29)})
    return make_vault(files), len(files)


def _in_parallel(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(vault_module, "PARALLEL_MIN", 8)
    monkeypatch.setattr(vault_module, "_workers", lambda: 2)
    monkeypatch.setattr(vault_module, "_CHUNK", 5)
    shares: list[int] = []
    real = fork.share
    monkeypatch.setattr(fork, "share", lambda count, *rest: shares.append(count) or real(count, *rest))
    return shares


def test_parallel_read_gives_the_notes_of_a_serial_read_in_order(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root, count = _vault(make_vault)
    serial = read_notes(root, Config(), use_cache=False)
    shares = _in_parallel(monkeypatch)
    seen: list[tuple[int, int]] = []
    parallel = read_notes(root, Config(), use_cache=False, progress=lambda *told: seen.append(told))
    assert shares == [-(-count // 5)]  # it did fork
    assert parallel == serial
    assert seen[-1] == (count, count)
    assert all(done <= total == count for done, total in seen)


def test_notes_a_dead_worker_did_not_send_are_read_here(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root, _ = _vault(make_vault)
    serial = read_notes(root, Config(), use_cache=False)
    shares = _in_parallel(monkeypatch)
    parent_pid = os.getpid()
    real_blob = vault_module.note_blob

    real_read = vault_module.read_digested

    def dies_in_a_child(note):  # type: ignore[no-untyped-def]
        if os.getpid() != parent_pid:
            os._exit(1)  # the worker's first note kills it
        return real_blob(note)

    def slow_here(stat, config):  # type: ignore[no-untyped-def]
        threading.Event().wait(0.002)  # so that the worker surely claims a chunk
        return real_read(stat, config)

    monkeypatch.setattr(vault_module, "note_blob", dies_in_a_child)
    monkeypatch.setattr(vault_module, "read_digested", slow_here)
    assert read_notes(root, Config()) == serial
    assert shares
    assert _no_children_left()


def test_without_a_temporary_file_or_a_process_the_notes_are_read_here(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root, _ = _vault(make_vault)
    serial = read_notes(root, Config(), use_cache=False)
    shares = _in_parallel(monkeypatch)

    def no_space() -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fork.tempfile, "TemporaryFile", no_space)
    assert read_notes(root, Config(), use_cache=False) == serial
    assert shares  # it tried
    assert _no_children_left()
