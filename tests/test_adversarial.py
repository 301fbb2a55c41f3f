"""A build over the adversarial vault finishes in bounded time and memory, and its pages stay valid.

The vault (tests/hostile_vault.py) is generated at test time: an alias bomb, a 50 MB note, 10,000
nested lists, a 100,000-line note, NUL bytes, invalid UTF-8, symlink loops and ways out, names that
break links and tables. The build runs in a child process under a timeout and a memory limit.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile_vault import SECRET, deep_tempdir, make_hostile_vault
from tests.limits import Finished, run_limited
from tests.pagecheck import check_output, files_under

pytestmark = pytest.mark.slow

TODAY = "2026-11-21"
TIMEOUT_S = 300
"""Far above the build's time here (seconds); hitting it means a runaway, not a slow machine."""
MEMORY_MB = 1500
"""Address space the child may use: far below what an expanded bomb or a read 50 MB note costs."""

CLI = "from vaultnet.cli import run; run()"


def _snapshot(root: Path, skip: str) -> dict[str, str]:
    """Every file and link under `root` (the output folder and the parse cache aside) with what it holds."""
    seen = {}
    for path in files_under(root):
        rel = path.relative_to(root)
        if skip and rel.parts[0] == skip:
            continue
        if rel.parts[:2] == (".vaultnet", "cache"):
            continue  # vaultnet's own parse cache (docs/security.md)
        key = os.fsencode(rel).decode("utf-8", "backslashreplace")
        if path.is_symlink():
            seen[key] = "-> " + os.readlink(path)
        elif path.is_file():
            stat = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if stat.st_size < 10**7 else ""
            seen[key] = f"{stat.st_size} {stat.st_mtime_ns} {digest}"
        else:
            seen[key] = "special"
    return seen


class Built:
    def __init__(self, root: Path, outside: Path, expected, build: Finished, report: Finished) -> None:  # type: ignore[no-untyped-def]
        self.root, self.outside, self.expected, self.build, self.report = (
            root,
            outside,
            expected,
            build,
            report,
        )


@pytest.fixture(scope="module")
def built() -> Iterator[Built]:
    with deep_tempdir() as base:
        yield _build(base)


def _build(base: Path) -> Built:
    root, outside = base / "vault", base / "outside"
    expected = make_hostile_vault(root, outside)
    before = _snapshot(root, "_vaultnet"), _snapshot(outside, "")
    build = run_limited(
        ["-c", CLI, "build", str(root), "--today", TODAY], timeout=TIMEOUT_S, memory_mb=MEMORY_MB
    )
    report = run_limited(
        ["-c", CLI, "report", "--json", str(root), "--today", TODAY], timeout=TIMEOUT_S, memory_mb=MEMORY_MB
    )
    after = _snapshot(root, "_vaultnet"), _snapshot(outside, "")
    assert after == before, "a build changed something outside its output folder"
    return Built(root, outside, expected, build, report)


def test_the_build_finishes_within_its_time_and_memory(built: Built) -> None:
    assert built.build.returncode == 0, built.build.stderr[-3000:]
    assert "Traceback" not in built.build.stderr
    assert built.build.peak_rss_kb < MEMORY_MB * 1024


def test_every_page_is_valid_markdown(built: Built) -> None:
    pages = {p.name for p in (built.root / "_vaultnet").iterdir()}
    assert {"Overview.md", "Problems.md", "Recency.md", "Reciprocity.md"} <= pages
    assert not [name for name in pages if name.endswith(".tmp")]
    assert check_output(built.root) == []


def test_each_hostile_file_is_a_problem_naming_it(built: Built) -> None:
    data = json.loads(built.report.stdout)
    problems = {p["file"]: p["message"] for p in data["problems"]}
    for file, message in built.expected.problems.items():
        assert message in problems.get(file, ""), (file, problems.get(file))
    problems_page = (built.root / "_vaultnet/Problems.md").read_text(encoding="utf-8")
    assert "[[People/Huge]]" in problems_page and "[[People/Bomb]]" in problems_page  # linked


def test_people_are_read_despite_hostile_neighbours(built: Built) -> None:
    data = json.loads(built.report.stdout)
    people = {p["file"] for p in data["people"]}
    assert built.expected.people <= people
    assert not people & built.expected.not_read


def test_nothing_outside_the_vault_reaches_a_page(built: Built) -> None:
    assert SECRET not in built.report.stdout
    for page in (built.root / "_vaultnet").iterdir():
        assert SECRET not in page.read_text(encoding="utf-8")
    assert not (built.root / "PWNED").exists() and not Path("PWNED").exists()


def test_weird_names_are_linked_and_shown_on_one_line(built: Built) -> None:
    recency = (built.root / "_vaultnet/Recency.md").read_text(encoding="utf-8")
    assert r"[Pipe \| Person](<People/Pipe %7C Person.md>)" in recency  # a \| shows as | in a link's text
    assert "New Line" in recency  # the newline in the name became a space
    assert "ليلى" in recency and "Emoji 🙂" in recency
