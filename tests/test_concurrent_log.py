"""Several `vaultnet log`s on one note at the same moment: each entry is written exactly once, where
its day falls, and each says the line it went to.

The writers are held at the door of their write until all are there, then let go at once: started
one after another, they would seldom meet, and a test that never meets the race proves nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import write_vault
from tests.limits import ROOT
from vaultnet import write as write_module
from vaultnet.commands import log as log_module
from vaultnet.config import Config

NOTE = "---\ntags: [person]\n---\n## Log\n- 2026-06-01 → wrote to her\n"
FIRST = NOTE.count("\n") + 1
"""The line the first entry logged goes to."""

HELD = """
import os, sys, time
from pathlib import Path
from vaultnet.commands import log
from vaultnet.cli import main

real = log.insert_into_note

def held(path, plan, shown=None):
    Path(os.environ["READY"]).touch()
    while not Path(os.environ["GO"]).exists():
        time.sleep(0.001)
    return real(path, plan, shown)

log.insert_into_note = held
main(sys.argv[1:])
"""
"""`vaultnet log`, that waits at the door of its write until the file GO exists."""


def log_at_once(root: Path, days: list[str]) -> list[tuple[int, str]]:
    """Run `vaultnet log "Leap Day" entry N` for each day at once: each process's exit code and output."""
    sync = root.parent / "sync"
    sync.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GO": str(sync / "go")}
    command = [sys.executable, "-c", HELD, "log", "Leap Day", "-v", str(root), "--today", "2026-12-01"]
    children = [
        subprocess.Popen(
            [*command, "--date", day, f"entry {n}"],
            env={**env, "READY": str(sync / f"ready{n}")},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for n, day in enumerate(days)
    ]
    deadline = time.monotonic() + 120
    while len(list(sync.glob("ready*"))) < len(days) and time.monotonic() < deadline:
        time.sleep(0.01)
    (sync / "go").touch()
    return [(child.wait(timeout=120), child.communicate()[0].decode()) for child in children]


def reported_line(output: str) -> int:
    """The line `log` said the entry went to (`People/Leap Day.md:7: - 2026-11-12 entry 2`)."""
    return int(output.strip().splitlines()[-1].split(":")[1])


@pytest.mark.slow
@pytest.mark.parametrize("same_day", [True, False], ids=["appends", "appends-and-renames"])
def test_logs_at_the_same_moment_write_each_entry_once(tmp_path: Path, same_day: bool) -> None:
    """Eight `log`s let go at once. On one day, each entry is appended at the end; on days in
    reverse order of the processes, most go above one already there (a copy renamed over the
    note). Every entry is there once, in order of day, and every `log` said the line it went to:
    on one day its line in the note; else a line that entries written later above it only
    moved down."""
    root = write_vault(tmp_path / "vault", {"People/Leap Day.md": NOTE})
    note = root / "People/Leap Day.md"
    count = 8
    days = ["2026-11-11"] * count if same_day else [f"2026-11-{20 - n}" for n in range(count)]
    results = log_at_once(root, days)
    assert [code for code, _ in results] == [0] * count, results
    lines = note.read_text(encoding="utf-8").split("\n")
    entries = [line for line in lines if "entry" in line]
    assert sorted(entries) == sorted(f"- {day} entry {n}" for n, day in enumerate(days)), entries
    assert entries == sorted(entries, key=lambda line: line[2:12])
    for n, (_, output) in enumerate(results):
        said = reported_line(output)
        if same_day:
            assert lines[said - 1] == f"- {days[n]} entry {n}", (n, said, lines)
        else:
            assert FIRST <= said <= lines.index(f"- {days[n]} entry {n}") + 1, (n, said, lines)
    if same_day:
        assert sorted(reported_line(output) for _, output in results) == list(range(FIRST, FIRST + count))


def write_in_threads(note: Path, entries: list[str]) -> dict[int, tuple[int, str] | BaseException]:
    """`write_entry` of each entry into `note`, in threads let go at once: what each returned or raised."""
    gate = threading.Barrier(len(entries))
    real = write_module.insert_into_note
    said: dict[int, tuple[int, str] | BaseException] = {}

    def held(path: Path, plan: write_module.Plan, shown: str | None = None) -> write_module.Inserted:
        gate.wait(timeout=30)
        return real(path, plan, shown)

    def write(n: int) -> None:
        try:
            said[n] = log_module.write_entry(note, entries[n], note.name, Config())
        except BaseException as exc:
            said[n] = exc

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(log_module, "insert_into_note", held)
        threads = [threading.Thread(target=write, args=(n,)) for n in range(len(entries))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    return said


def test_writers_in_threads_at_the_same_moment_write_each_entry_once(tmp_path: Path) -> None:
    """The same race in one process, quicker: threads let go at once into `write_entry`, on two
    days (an entry of the first day goes above those of the second: a copy renamed over the
    note). Each entry once, in order of day, none refused."""
    for rounds in range(4):
        note = write_vault(tmp_path / str(rounds), {"Leap Day.md": NOTE}) / "Leap Day.md"
        wanted = [f"- 2026-11-{11 + n % 2} entry {n}" for n in range(6)]
        said = write_in_threads(note, wanted)
        assert all(isinstance(one, tuple) for one in said.values()), said
        entries = [line for line in note.read_text(encoding="utf-8").split("\n") if "entry" in line]
        assert sorted(entries) == sorted(wanted), said
        assert entries == sorted(entries, key=lambda line: line[2:12])
