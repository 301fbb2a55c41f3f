"""`vaultnet watch` under churn: 1,000 edits across 500 notes in about 10 seconds, then quiet.

After the churn the pages must equal a fresh `vaultnet build` of the same notes, the watcher must
still be alive, and its memory must not have grown past a bound. The test drives the real CLI in
a child process; it is skipped only while the `watch` command does not exist in this branch.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import write_vault
from tests.limits import ROOT
from vaultnet.build import build
from vaultnet.cli import main

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif("watch" not in main.commands, reason="no `vaultnet watch` command in this branch"),
]

NOTES = 500
EDITS = 1000
CHURN_SECONDS = 10.0
TODAY = "2026-11-21"
SETTLE_TIMEOUT_S = 180
"""How long the watcher may take to catch up after the churn: far above what it needs."""
RSS_GROWTH_MB = 150
"""Resident memory the watcher may gain over the churn (the vault itself is a few MB)."""
CLI = "from vaultnet.cli import run; run()"


def _note(i: int, version: int) -> str:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=(i * 7 + version * 13) % 320)
    mark = ("->", "<-", "<->", "")[(i + version) % 4]
    friend = f"[[Person {(i + version) % NOTES:03}]]"
    return (
        f"---\ncadence: {('1w', '2w', '30d', '3m')[(i + version) % 4]}\n---\n"
        f"- {day} {mark} coffee with {friend} (edit {version})\n## About\n- fact {i}.{version}\n"
    )


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for {pid}")


def _pages(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


def _edit(root: Path, rng: random.Random, versions: dict[int, int]) -> None:
    """One edit the way editors save: overwrite in place, append, or write aside and rename."""
    i = rng.randrange(NOTES)
    versions[i] += 1
    path = root / f"People/Person {i:03}.md"
    text = _note(i, versions[i])
    how = rng.random()
    if how < 0.6:
        path.write_text(text, encoding="utf-8")
    elif how < 0.8:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"- {TODAY} <-> a call (edit {versions[i]})\n")
    else:
        aside = path.with_name(f".{path.name}.swp")
        aside.write_text(text, encoding="utf-8")
        os.replace(aside, path)


def test_watch_under_churn_matches_a_fresh_build_and_stays_small(tmp_path: Path) -> None:
    root = write_vault(tmp_path / "vault", {f"People/Person {i:03}.md": _note(i, 0) for i in range(NOTES)})
    out, err = (tmp_path / "watch.out").open("w"), (tmp_path / "watch.err").open("w")
    watcher = subprocess.Popen(
        [sys.executable, "-c", CLI, "watch", str(root), "--today", TODAY, "--quiet"],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=out,
        stderr=err,
        preexec_fn=partial(signal.signal, signal.SIGINT, signal.SIG_DFL),  # as in test_watch.py
    )
    try:
        deadline = time.monotonic() + 120
        while not (root / "_vaultnet/Overview.md").exists():
            assert watcher.poll() is None, (tmp_path / "watch.err").read_text()
            assert time.monotonic() < deadline, "the watcher wrote no pages in 120 s"
            time.sleep(0.1)
        time.sleep(1.0)
        rss_before = _rss_kb(watcher.pid)

        rng = random.Random(3)
        versions = dict.fromkeys(range(NOTES), 0)
        started = time.monotonic()
        for n in range(EDITS):
            _edit(root, rng, versions)
            # Keep to the pace of 1,000 edits in 10 seconds.
            time.sleep(max(0.0, started + CHURN_SECONDS * (n + 1) / EDITS - time.monotonic()))
        churn = time.monotonic() - started
        assert watcher.poll() is None, (tmp_path / "watch.err").read_text()

        fresh = tmp_path / "fresh"
        shutil.copytree(root, fresh, ignore=shutil.ignore_patterns("_vaultnet", ".*"))
        build(fresh, dt.date.fromisoformat(TODAY))
        expected = _pages(fresh / "_vaultnet")

        deadline = time.monotonic() + SETTLE_TIMEOUT_S
        while _pages(root / "_vaultnet") != expected:
            assert watcher.poll() is None, (tmp_path / "watch.err").read_text()
            assert time.monotonic() < deadline, "the pages never caught up with the notes"
            time.sleep(0.5)
        settled = time.monotonic() - started - churn
        time.sleep(2.0)  # quiet: nothing more to do, and nothing more done
        assert _pages(root / "_vaultnet") == expected
        assert watcher.poll() is None, "the watcher died after the churn"
        rss_after = _rss_kb(watcher.pid)
        assert rss_after - rss_before < RSS_GROWTH_MB * 1024, (rss_before, rss_after)
        assert not [p.name for p in (root / "_vaultnet").iterdir() if p.name.endswith(".tmp")]
        print(
            f"\n{EDITS} edits over {NOTES} notes in {churn:.1f} s; caught up {settled:.1f} s later; "
            f"RSS {rss_before // 1024} MB -> {rss_after // 1024} MB"
        )
    finally:
        if watcher.poll() is None:
            watcher.send_signal(signal.SIGINT)
            try:
                code = watcher.wait(timeout=30)
            except subprocess.TimeoutExpired:
                watcher.kill()
                raise
        else:
            code = watcher.returncode
        out.close()
        err.close()
    assert code == 0, (tmp_path / "watch.err").read_text()
    assert "Traceback" not in (tmp_path / "watch.err").read_text()
