"""Writes: atomic, never partial even when the build is killed, never outside the output folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pydoc
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import made_pages, write_vault
from tests.limits import ROOT
from vaultnet import build as build_module
from vaultnet.build import build, load_report, remove_stale_temps, write_pages
from vaultnet.cli import main
from vaultnet.config import load_config
from vaultnet.pages.layout import MARKER, PAGES
from vaultnet.pages.render import Renderer

JANE = {"People/Jane Doe.md": "---\ncadence: 2w\n---\n- 2026-11-02 -> coffee\n## About\n- runs\n"}


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_failed_write_keeps_the_old_text_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "_vaultnet"
    folder.mkdir()
    page = folder / "Page.md"
    page.write_text(f"{MARKER}\nold")

    def fail(src: str, dst: str) -> None:
        assert Path(src).parent == folder and Path(src).name.startswith(".Page.md.")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module.os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_pages(tmp_path, load_config(tmp_path), {"Page.md": f"{MARKER}\nnew"})
    assert page.read_text() == f"{MARKER}\nold"
    assert temps(folder) == []


def test_temps_left_by_dead_builds_are_removed_and_nothing_else(tmp_path: Path) -> None:
    dead = dead_pid()
    leftovers = [f".Overview.md.{dead}.k2j4x9_a.tmp", f".Recency.md.{dead}.abcdefgh.tmp"]
    kept = [
        f".Overview.md.{os.getpid()}.inflight.tmp",  # a live build is writing it
        f".Notes.md.{dead}.abcdefgh.tmp",  # not one of vaultnet's pages
        "mine.tmp",
        ".Overview.md.tmp",
    ]
    for name in leftovers + kept:
        (tmp_path / name).write_text("partial")
    assert sorted(remove_stale_temps(tmp_path, PAGES)) == sorted(leftovers)
    assert temps(tmp_path) == sorted(kept)


def test_build_removes_stale_temps_but_check_does_not(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(JANE)
    build(root, dt.date(2026, 11, 21))
    stale = root / "_vaultnet" / f".Overview.md.{dead_pid()}.zzzzzzzz.tmp"
    stale.write_text("half a pa")
    build(root, dt.date(2026, 11, 21), check=True)
    assert stale.exists()
    build(root, dt.date(2026, 11, 21))
    assert not stale.exists()


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("vaultnet.vault.cache.ParseCache", "save"),
        ("vaultnet.build", "write_pages"),
        ("vaultnet.saved.state", "save_state"),
    ],
)
def test_a_vault_removed_during_a_build_is_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, name: str
) -> None:
    """Watch mode saw this: a vault removed while a build was writing came back holding only
    vaultnet's folders, and the watch, finding its vault there, went on for ever."""
    root = write_vault(tmp_path / "vault", JANE)
    owner = pydoc.locate(module)
    real = getattr(owner, name)

    def remove_first(*args: object, **kwargs: object) -> object:
        shutil.rmtree(root)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, remove_first)
    with contextlib.suppress(OSError):  # the pages could not be written: the vault is gone
        build(root)
    assert not root.exists()


def test_an_output_folder_leading_out_of_the_vault_is_refused(tmp_path: Path) -> None:
    root = write_vault(tmp_path / "vault", JANE)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / "_vaultnet").symlink_to(outside)
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 1
    assert "refused" in result.output and "leads outside the vault" in result.output
    assert "Traceback" not in result.output
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("into", [".obsidian", ".git", ".vaultnet/cache"])
def test_an_output_folder_linked_into_a_dot_folder_is_refused(tmp_path: Path, into: str) -> None:
    """`_vaultnet` a link to `.obsidian/`: the pages would land among the app's settings, where the
    setting itself may not point (no part starting with a dot)."""
    root = write_vault(tmp_path / "vault", JANE)
    (root / into).mkdir(parents=True, exist_ok=True)
    (root / "_vaultnet").symlink_to(root / into)
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 1, result.output
    assert "refused" in result.output and "dot-folder" in result.output
    assert not list((root / into).glob("*.md")) and not (root / into / "Network.canvas").exists()


def test_a_users_file_in_a_pages_place_is_refused_and_left_as_it_is(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**JANE, "_vaultnet/Recency.md": "my own notes about recency\n"})
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 1
    assert "Error: refused: _vaultnet/Recency.md exists and was not written by vaultnet" in result.output
    assert (root / "_vaultnet/Recency.md").read_text() == "my own notes about recency\n"
    assert "wrote _vaultnet/Overview.md" in result.output
    check = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21", "--check"])
    assert check.exit_code == 1 and "Error: refused: _vaultnet/Recency.md" in check.output


def test_a_users_note_put_in_the_output_folder_is_refused_though_nothing_changed(make_vault) -> None:  # type: ignore[no-untyped-def]
    """As soon as it is there, not at the next change: a pre-commit hook catches it."""
    root = make_vault(JANE)
    assert CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"]).exit_code == 0
    (root / "_vaultnet/Ideas.md").write_text("my own idea list\n")
    for check in ([], ["--check"]):
        result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21", *check])
        assert result.exit_code == 1 and "_vaultnet/Ideas.md is a note, not a vaultnet page" in result.output


@pytest.mark.parametrize("output", ["_vaultnet", "_vaultnet/pages"])
def test_a_users_file_where_the_output_folder_should_be_is_refused(make_vault, output: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**JANE, "_vaultnet": "my file\n", "vaultnet.toml": f'output = "{output}"\n'})
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: refused: {output} cannot be made a folder")
    assert (root / "_vaultnet").read_text() == "my file\n"


def test_a_page_that_is_a_symlink_is_refused(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(JANE)
    (root / "_vaultnet").mkdir()
    (root / "_vaultnet/Overview.md").symlink_to(root / "People/Jane Doe.md")
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 1 and "not a regular file" in result.output
    assert (root / "People/Jane Doe.md").read_text() == JANE["People/Jane Doe.md"]


@pytest.mark.parametrize("output", ["../out", "/tmp/out", ".hidden"])
def test_an_output_folder_outside_the_vault_in_the_config_is_a_user_mistake(make_vault, output: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**JANE, "vaultnet.toml": f'output = "{output}"\n'})
    result = CliRunner().invoke(main, ["build", str(root)])
    assert result.exit_code == 2 and "output must be a folder inside the vault" in result.output


# --- killed builds ----------------------------------------------------------------------------

KILLS = int(os.environ.get("VAULTNET_KILLS", "50"))
DAYS = ("2026-11-21", "2026-12-21")
CLI = "from vaultnet.cli import run; run()"
SLOW_DISK = (
    "import os, time\n"
    "_fsync = os.fsync\n"
    "def slow_fsync(fd):\n"
    "    os.write(2, b'W')  # tells the test that a page is being written\n"
    "    time.sleep(0.04)\n"
    "    _fsync(fd)\n"
    "os.fsync = slow_fsync\n" + CLI
)
"""The CLI on a slow disk (each fsync takes 40 ms more) that says on stderr when it starts one."""


def _big_vault(root: Path, people: int = 1500) -> Path:
    """Enough people that a build takes a while and every page is long; texts change with --today."""
    files = {}
    for i in range(people):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 330)
        cadence = ("1w", "2w", "30d", "3m")[i % 4]
        files[f"People/Person {i:04}.md"] = (
            f"---\ncadence: {cadence}\n---\n- {day} -> coffee [[Person {(i + 1) % people:04}]]\n"
            f"- {day - dt.timedelta(days=40)} <- wrote\n## About\n- likes {i}\n"
        )
    return write_vault(root, files)  # type: ignore[arg-type]


def _expected_pages(root: Path, day: str) -> dict[str, str]:
    config = load_config(root)
    return made_pages(Renderer(root), load_report(root, dt.date.fromisoformat(day), config), config)


@pytest.mark.slow
def test_a_build_killed_at_random_moments_never_leaves_a_partial_page(tmp_path: Path) -> None:
    root = _big_vault(tmp_path / "vault")
    expected = {day: _expected_pages(root, day) for day in DAYS}
    pages = sorted(expected[DAYS[0]])  # PAGES, and whatever other features add (a canvas, say)
    changing = [page for page in pages if expected[DAYS[0]][page] != expected[DAYS[1]][page]]
    assert len(changing) >= 3  # Problems.md does not depend on the day
    folder = root / "_vaultnet"
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def run(day: str) -> subprocess.Popen[bytes]:
        args = [sys.executable, "-c", SLOW_DISK, "build", str(root), "--today", day]
        return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    started = time.monotonic()
    assert run(DAYS[0]).wait(timeout=120) == 0
    duration = time.monotonic() - started  # one whole build, start-up included
    rng = random.Random(7)
    kills = finished = mixed = left_temps = 0
    for attempt in range(KILLS * 3):
        if kills >= KILLS:
            break
        process = run(DAYS[attempt % 2])
        assert process.stderr is not None
        if attempt % 2:
            # Anywhere in the build: mostly while it reads the notes.
            time.sleep(rng.uniform(0.05, 1.0) * duration)
        else:
            # While it writes: wait for its first fsync, then a little more (the machine is noisy,
            # so the moment is found, not guessed).
            process.stderr.read(1)
            time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        if code == -signal.SIGKILL:
            kills += 1
        else:
            assert code == 0, process.stderr.read().decode()
            finished += 1
        process.stderr.close()
        states = set()
        for page in pages:
            text = (folder / page).read_text(encoding="utf-8")
            matches = [day for day in DAYS if text == expected[day][page]]
            assert matches, f"{page} is neither the old nor the new text after kill {kills}"
            if page in changing:
                states.add(matches[0])
        mixed += len(states) > 1  # killed between two pages' renames
        left_temps += bool(temps(folder))
    assert kills >= KILLS, f"only {kills} kills in {KILLS * 3} attempts"
    # Pages are all written to temporary files first, then renamed one after another: a kill
    # lands while they are written (temporary files left), seldom between two renames.
    assert left_temps, "no kill landed while pages were written: the test proved nothing"
    assert run(DAYS[0]).wait(timeout=120) == 0
    assert temps(folder) == []
    assert {page: (folder / page).read_text(encoding="utf-8") for page in pages} == expected[DAYS[0]]
    print(
        f"\n{kills} kills survived ({finished} builds finished first); killed between two pages: {mixed}; "
        f"temp files left and then cleaned: {left_temps}; build time {duration:.2f} s"
    )


def test_every_page_starts_with_the_marker(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(JANE)
    build(root, dt.date(2026, 11, 21))
    for page in PAGES:
        assert (root / "_vaultnet" / page).read_text(encoding="utf-8").startswith(MARKER + "\n")


def test_a_page_that_cannot_be_written_is_named_not_its_temporary_file(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A read-only output folder: the error names the page, not `.Overview.md.2350.x.tmp`."""
    root = make_vault(JANE)

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(root / "_vaultnet/.Connections.md.1.x.tmp"))

    monkeypatch.setattr("vaultnet.write.tempfile.mkstemp", refused)
    result = CliRunner().invoke(main, ["build", str(root), "--no-cache"])
    assert result.exit_code == 1
    assert result.output == f"Error: {root / '_vaultnet/Connections.md'}: Permission denied\n"
