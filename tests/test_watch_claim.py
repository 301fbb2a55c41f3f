"""One watch per vault: two would each take the other's pages for hand edits and write their own
back, for ever. A watch keeps its claim (`.vaultnet/cache/watch.pid`) while it runs: written
again when the cache folder is cleaned, renewed so that another machine sees it is alive; another
watch's claim in its place stops it."""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_watch import TIMEOUT, VAULT, Running, sleeper, start_watch, wait_for
from vaultnet import watch
from vaultnet.errors import PagesTaken, UserMistake
from vaultnet.watch import CLAIM_FRESH_SECONDS, WATCH_FILE, claim, release

CLAIM = Path(".vaultnet/cache") / WATCH_FILE


def written(root: Path, pid: int, host: str, renewed: float) -> None:
    """A claim as a watch of that process, on that machine, wrote it at that time: whole at once,
    as a watch writes one (a running watch that read it half-written would take it for none)."""
    path = root / CLAIM
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_name("claim.tmp").write_text(f"{pid}\n{host}\n{renewed:.0f}\n", encoding="ascii")
    os.replace(path.with_name("claim.tmp"), path)


def held_by(root: Path) -> tuple[int, str] | None:
    try:
        pid, host, _ = (root / CLAIM).read_text(encoding="ascii").split("\n", 2)
    except (FileNotFoundError, ValueError):
        return None
    return int(pid), host


@pytest.fixture
def another_watch() -> Iterator[int]:
    """The process id of another vaultnet watch of this machine (a process whose command says so)."""
    other = sleeper("vaultnet", "watch")
    yield other.pid
    other.kill()
    other.wait()


@pytest.fixture
def running(make_vault) -> Iterator[Running]:  # type: ignore[no-untyped-def]
    watcher = Running(make_vault(VAULT), 0.05)
    watcher.thread.start()
    wait_for(lambda: bool(watcher.rebuilds) and watcher.watcher.observing.is_set(), "the first build")
    yield watcher
    watcher.stop.set()
    watcher.thread.join(TIMEOUT)


def test_the_claim_is_written_again_when_the_cache_folder_is_cleaned(running: Running) -> None:
    """`rm -rf .vaultnet/cache` or `git clean -fdX`: the claim is back within a tick, with the
    cache folder's `.gitignore`, so that a second watch started then refuses."""
    assert held_by(running.root) == (os.getpid(), socket.gethostname())
    remove_while_written(running.root / ".vaultnet/cache")
    wait_for(lambda: held_by(running.root) == (os.getpid(), socket.gethostname()), "the claim written again")
    assert (running.root / ".vaultnet/cache/.gitignore").exists()
    assert running.error is None and running.thread.is_alive()


def remove_while_written(folder: Path) -> None:
    """`rm -rf` of a folder the running watch may write into meanwhile (a file made between the
    listing and the removal makes `rmtree` fail, `Directory not empty`): again until it is gone."""
    for _ in range(50):
        try:
            shutil.rmtree(folder)
        except OSError:
            continue
        return
    raise AssertionError(f"{folder} could not be removed")


def test_another_watchs_claim_in_its_place_stops_this_one(running: Running, another_watch: int) -> None:
    """Started while the claim was gone, another watch wrote its own: this one stops, saying
    why, rather than write its pages over that one's for ever."""
    written(running.root, another_watch, socket.gethostname(), time.time())
    running.thread.join(TIMEOUT)
    assert not running.thread.is_alive()
    assert isinstance(running.error, PagesTaken)
    assert f"another vaultnet watch (process {another_watch}) took this vault's pages" in str(running.error)
    assert held_by(running.root) == (another_watch, socket.gethostname())  # that one's claim is left


def test_a_claim_is_renewed_while_the_watch_runs(running: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its time is how another machine tells that the watch still runs."""
    monkeypatch.setattr(watch, "CLAIM_RENEW_SECONDS", 0.2)
    before = (running.root / CLAIM).read_text(encoding="ascii")
    written(running.root, os.getpid(), socket.gethostname(), time.time() - 1000)  # as it was long ago
    wait_for(
        lambda: float((running.root / CLAIM).read_text("ascii").split()[2]) > time.time() - 100, "renewal"
    )
    assert before.split()[:2] == (running.root / CLAIM).read_text(encoding="ascii").split()[:2]


def test_a_fresh_claim_from_another_machine_refuses_and_a_stale_one_is_taken(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A synced vault: the other machine's processes cannot be asked, so its watch's claim holds
    while it is renewed; one not renewed for `CLAIM_FRESH_SECONDS` is a watch that ended (its
    machine off, the sync stopped) and is taken over."""
    root = make_vault(VAULT)
    written(root, os.getpid() + 1, "the-laptop", time.time() - 30)
    with pytest.raises(UserMistake, match=r"another vaultnet watch \(process \d+ on the-laptop"):
        claim(root)
    written(root, os.getpid() + 1, "the-laptop", time.time() - CLAIM_FRESH_SECONDS - 60)
    assert claim(root) == root / CLAIM and held_by(root) == (os.getpid(), socket.gethostname())
    release(root)
    assert not (root / CLAIM).exists()


def test_a_claim_as_older_versions_wrote_it_is_read(make_vault, another_watch: int) -> None:  # type: ignore[no-untyped-def]
    """The process id alone: a watch of this machine."""
    root = make_vault(VAULT)
    (root / CLAIM).parent.mkdir(parents=True)
    (root / CLAIM).write_text(str(another_watch), encoding="ascii")
    with pytest.raises(UserMistake, match=f"another vaultnet watch \\(process {another_watch}\\)"):
        claim(root)


def said(lines: queue.Queue[str]) -> list[str]:
    out = []
    while not lines.empty():
        out.append(lines.get())
    return out


def test_two_watches_after_the_cache_is_cleaned_end_as_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The tester's day: a watch running, the cache folder removed, a second watch started on
    another day. One of them ends, saying which other watch keeps the pages; the other goes on,
    and the pages are no longer written back and forth."""
    root = make_vault(VAULT)
    first, first_lines = start_watch(root, "--today", "2026-12-01", stderr=subprocess.STDOUT)
    second = None
    try:
        assert first_lines.get(timeout=TIMEOUT).startswith("watching")
        assert first_lines.get(timeout=TIMEOUT).startswith("first build")
        shutil.rmtree(root / ".vaultnet/cache")
        second, second_lines = start_watch(root, "--today", "2026-12-02", stderr=subprocess.STDOUT)
        wait_for(lambda: first.poll() is not None or second.poll() is not None, "one watch to end")
        if first.poll() is not None:
            ended, lines, other, other_lines = first, first_lines, second, second_lines
        else:
            ended, lines, other, other_lines = second, second_lines, first, first_lines
        out = "".join(said(lines))
        assert f"another vaultnet watch (process {other.pid})" in out, out
        assert ended.wait(TIMEOUT) in (1, 2), out  # stopped (1), or refused at its start (2)
        time.sleep(1.0)  # the pages the other wrote last are written again, once
        said(other_lines)
        time.sleep(1.5)
        assert other.poll() is None
        assert said(other_lines) == []  # then nothing: nobody writes over its pages any more
    finally:
        for process in (first, second):
            if process is not None:
                process.kill()
                process.wait()
