"""`kill -9` at random moments of `log` and `import vcard`: a note is always whole (old or new),
and the temporary files a killed run leaves are removed by the next run.

Like test_writes.py's kill test of the build, bounded: a few dozen kills each, a minute or two.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import write_vault
from tests.limits import ROOT
from vaultnet.commands.vcard import note_text, read_vcf

pytestmark = pytest.mark.slow

KILLS = int(os.environ.get("VAULTNET_KILLS", "40"))
PAD = "".join(
    f"- 2026-01-{1 + i % 28:02d} -> filler line {i} to make the note large\n" for i in range(20_000)
)
NOTE = f"#person\n## Log\n{PAD}## About\n- runs\n"
"""A large note whose Log is followed by another section: each `log` writes a whole new copy."""


def spawn(*args: str) -> subprocess.Popen[bytes]:
    code = f"import sys; from vaultnet.cli import main; main({list(args)!r})"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def kill_at_random(child: subprocess.Popen[bytes], rng: random.Random, longest: float) -> None:
    time.sleep(rng.uniform(0, longest))
    child.send_signal(signal.SIGKILL)
    child.wait()


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def timed(*args: str) -> float:
    start = time.monotonic()
    child = spawn(*args)
    child.wait()
    assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    return time.monotonic() - start


def test_log_killed_at_random_moments_leaves_the_note_old_or_new(tmp_path: Path) -> None:
    root = write_vault(tmp_path / "vault", {"People/Maya.md": NOTE})
    note = root / "People/Maya.md"
    rng = random.Random(16)
    longest = timed("log", "--vault", str(root), "--date", "2026-11-20", "Maya", "first")
    entries = ["first"]
    for kill in range(KILLS):
        before = note.read_text()
        entry = f"kill {kill}"
        child = spawn("log", "--vault", str(root), "--date", "2026-11-21", "Maya", entry)
        kill_at_random(child, rng, longest)
        after = note.read_text()
        grown = before.replace("## About", f"- 2026-11-21 {entry}\n## About")
        assert after in (before, grown), f"kill {kill}: the note is neither old nor new"
        if after == grown:
            entries.append(entry)
    assert timed("log", "--vault", str(root), "--date", "2026-11-22", "Maya", "last") >= 0
    assert temps(note.parent) == [], "a killed log's temporary file was not removed by the next"
    assert note.read_text().count("\n## About") == 1


def test_import_killed_at_random_moments_leaves_whole_notes(tmp_path: Path) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i:03d}\r\nNOTE:{'long note ' * 200}\r\nEND:VCARD\r\n"
        for i in range(150)
    )
    source = tmp_path / "cards.vcf"
    source.write_text(cards)
    expected = {f"Person {c.name[7:]}.md": note_text(c) for c in read_vcf("x", cards.encode())[0]}
    rng = random.Random(12)
    root = write_vault(tmp_path / "probe", {"Notes/a.md": "x\n"})
    longest = timed("import", "vcard", str(source), str(root))
    for kill in range(KILLS // 2):
        root = write_vault(tmp_path / f"vault{kill}", {"Notes/a.md": "x\n"})
        kill_at_random(spawn("import", "vcard", str(source), str(root)), rng, longest)
        people = root / "People"
        for path in people.glob("*.md") if people.exists() else []:
            assert path.read_text() == expected[path.name], f"kill {kill}: {path.name} is partial"
        if kill % 5 == 0:  # the next import cleans up and finishes the job
            assert timed("import", "vcard", str(source), str(root)) >= 0
            assert temps(people) == []
            assert len(list(people.glob("*.md"))) == 150
