"""Watch mode with a real watchdog observer on a temporary vault: each test edits the vault the way
an editor or git would, then waits (bounded) until the pages say what they should."""

from __future__ import annotations

import _thread
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.errors import VaultError
from vaultnet.pages.layout import CANVAS, PAGES
from vaultnet.watch import Rebuild, Watcher

TIMEOUT = 20.0
"""Seconds to wait for the pages before failing: generous, the machine is shared."""

VAULT = {
    "People/Jane Doe.md": "---\ntags: [person]\n---\n## About\n- runs marathons\n## Log\n"
    "- 2026-11-02 -> coffee\n",
    "People/Robert.md": "---\ntags: [person]\naliases: [Rob]\n---\n",
    "Daily/2026-11-10.md": "- <- [[Rob]] called\n- <- [[Robert]] wrote back\n",
    "vaultnet.toml": "as_of = 2026-11-21\n",
}


PAGE_FILES = (*PAGES, CANVAS)


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def start_watch(
    root: Path, *args: str, stderr: int = subprocess.PIPE
) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    """`vaultnet watch root *args` in a process of its own, and the lines it prints, as they come."""
    process = subprocess.Popen(
        [sys.executable, "-c", "from vaultnet.cli import main; main()", "watch", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        # Ctrl-C as a terminal gives it: tests started in the background ignore SIGINT, and a
        # child that inherits that never sees the Ctrl-C.
        preexec_fn=partial(signal.signal, signal.SIGINT, signal.SIG_DFL),
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout or ()], daemon=True).start()
    return process, lines


def sleeper(*args: str) -> subprocess.Popen[bytes]:
    """A process that sleeps, its command line ending with `args` (`vaultnet watch`: another
    watch, as /proc tells), once that command line can be read: just after its start it is
    empty, and the process taken for no watch."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", *args])
    wait_for(lambda: Path(f"/proc/{process.pid}/cmdline").read_bytes() != b"", "the process to start")
    return process


class Running:
    """A Watcher running in a thread, with the rebuilds it reported."""

    def __init__(self, root: Path, debounce: float) -> None:
        self.root = root
        self.rebuilds: list[Rebuild] = []
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.watcher = Watcher(root, debounce=debounce)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self.watcher.run(self.rebuilds.append, self.stop)
        except BaseException as exc:
            self.error = exc

    def page(self, name: str) -> str:
        try:
            return (self.root / "_vaultnet" / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    def wait_page(self, name: str, condition: Callable[[str], bool], what: str) -> str:
        wait_for(lambda: condition(self.page(name)), what)
        return self.page(name)

    def wait_rebuilds(self, count: int) -> list[Rebuild]:
        wait_for(lambda: len(self.rebuilds) >= count, f"{count} rebuilds")
        return self.rebuilds


@pytest.fixture
def watching(make_vault) -> Iterator[Callable[..., Running]]:  # type: ignore[no-untyped-def]
    started: list[Running] = []

    def start(files: dict[str, str] | None = None, debounce: float = 0.1) -> Running:
        running = Running(make_vault(VAULT if files is None else files), debounce)
        running.thread.start()
        running.wait_rebuilds(1)
        # The observer starts after the first build: wait until it is ready for events.
        wait_for(running.watcher.observing.is_set, "the observer")
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop.set()
        running.thread.join(TIMEOUT)


def section(page: str, heading: str) -> str:
    """The text of one `## heading` section of a page."""
    return page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def test_first_build_writes_the_pages(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    assert running.rebuilds[0].changed == "first build"
    assert "[[People/Robert|Robert]]" in section(running.page("Reciprocity.md"), "They carry it")


def test_edit_in_place(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    with (running.root / "People/Jane Doe.md").open("a", encoding="utf-8") as note:
        note.write("- 2026-11-20 <- she called back\n")
    page = running.wait_page("Reciprocity.md", lambda p: "Jane" in section(p, "Two-way"), "Jane two-way")
    assert "Jane" not in section(page, "You carry it")


def test_atomic_save(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    note = running.root / "People/Jane Doe.md"
    temp = note.with_name(".Jane Doe.md.tmp-1234")
    temp.write_text(note.read_text(encoding="utf-8") + "- 2026-11-20 <- she called back\n", encoding="utf-8")
    os.replace(temp, note)  # the note itself only gets a moved event
    running.wait_page("Reciprocity.md", lambda p: "Jane" in section(p, "Two-way"), "Jane two-way")


def test_delete(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    (running.root / "People/Jane Doe.md").unlink()
    running.wait_page("Overview.md", lambda p: "1 person in the vault" in p, "one person left")
    running.wait_page("Reciprocity.md", lambda p: "Jane" not in p, "Jane gone")


def test_rename_keeps_links_by_alias(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    (running.root / "People/Robert.md").rename(running.root / "People/Bobby.md")
    page = running.wait_page("Reciprocity.md", lambda p: "People/Bobby|Bobby" in p, "Bobby")
    # [[Rob]] still resolves (an alias); [[Robert]] dangles now.
    assert "Bobby" in section(page, "They carry it")
    assert "Robert" not in page


def test_folder_move(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    (running.root / "People").rename(running.root / "Contacts")
    page = running.wait_page("Reciprocity.md", lambda p: "Contacts/Jane Doe" in p, "the moved folder")
    assert "People/" not in page


def test_mass_change_is_one_rebuild(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching(debounce=0.5)
    for i in range(1000):  # what a git checkout does: many files at once
        (running.root / "People" / f"P{i:04d}.md").write_text(
            f"---\ntags: [person]\n---\n- 2026-11-{i % 20 + 1:02d} <-> met\n", encoding="utf-8"
        )
    running.wait_page("Overview.md", lambda p: "1002 people in the vault" in p, "1002 people")
    time.sleep(1.5)  # room for a second rebuild, if there were one
    assert len(running.rebuilds) == 2, [r.line() for r in running.rebuilds]
    assert running.rebuilds[1].changed == "People/P0000.md and 999 more"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_checkout_of_1000_files_is_one_rebuild(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)

    def git(*args: str) -> None:
        command = ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args]
        subprocess.run(command, cwd=root, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "start")
    git("checkout", "-q", "-b", "many")
    (root / "Friends").mkdir()
    for i in range(1000):
        (root / "Friends" / f"F{i:04d}.md").write_text(
            f"---\ntags: [person]\n---\n- 2026-11-{i % 20 + 1:02d} <-> met\n", encoding="utf-8"
        )
    git("add", "-A")
    git("commit", "-qm", "many friends")
    git("checkout", "-q", "main")
    running = Running(root, debounce=0.5)
    running.thread.start()
    running.wait_rebuilds(1)
    wait_for(running.watcher.observing.is_set, "the observer")
    try:
        git("checkout", "-q", "many")
        running.wait_page("Overview.md", lambda p: "1002 people in the vault" in p, "1002 people")
        time.sleep(1.5)  # room for a second rebuild, if there were one
        assert len(running.rebuilds) == 2, [r.line() for r in running.rebuilds]
    finally:
        running.stop.set()
        running.thread.join(TIMEOUT)


def test_broken_note_becomes_a_problem_and_the_loop_goes_on(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    note = running.root / "People/Broken.md"
    note.write_text("---\ntags: [person\n---\n- 2026-11-01 -> hi\n", encoding="utf-8")
    running.wait_page("Problems.md", lambda p: "[[People/Broken]]" in p, "the problem")
    note.write_text("---\ntags: [person]\n---\n- 2026-11-01 -> hi\n", encoding="utf-8")
    running.wait_page("Problems.md", lambda p: "No problems" in p, "the problem fixed")
    assert running.error is None
    assert "People/Broken|Broken" in section(running.page("Reciprocity.md"), "You carry it")


def test_own_writes_and_editor_files_cause_no_rebuild(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    jane = running.root / "People/Jane Doe.md"
    with jane.open("a", encoding="utf-8") as note:
        note.write("- 2026-11-20 <- she called back\n")
    running.wait_page("Reciprocity.md", lambda p: "Jane" in section(p, "Two-way"), "Jane two-way")
    # Editors' temp and swap files, app settings, templates: never a rebuild.
    (running.root / "People/.Jane Doe.md.swp").write_text("swap", encoding="utf-8")
    (running.root / "People/Jane Doe.md~").write_text("backup", encoding="utf-8")
    (running.root / "People/.#Jane Doe.md").write_text("lock", encoding="utf-8")
    (running.root / ".obsidian").mkdir()
    (running.root / ".obsidian/workspace.json").write_text("{}", encoding="utf-8")
    (running.root / "Templates").mkdir()
    (running.root / "Templates/Person.md").write_text("---\ntags: [person]\n---\n", encoding="utf-8")
    # A last edit: any rebuild caused by the pages written before, or by the files above,
    # would come before its own.
    time.sleep(0.5)
    (running.root / "People/Robert.md").unlink()
    running.wait_page("Overview.md", lambda p: "1 person in the vault" in p, "Robert deleted")
    running.wait_rebuilds(3)
    time.sleep(0.5)
    assert [r.changed for r in running.rebuilds] == ["first build", "People/Jane Doe.md", "People/Robert.md"]
    assert [r.written for r in running.rebuilds][1:] == [
        ("_vaultnet/Connections.md", "_vaultnet/Overview.md", "_vaultnet/Reciprocity.md"),
        ("_vaultnet/Network.canvas", "_vaultnet/Overview.md", "_vaultnet/Reciprocity.md"),
    ]


def test_a_page_deleted_or_edited_by_someone_else_is_written_again(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    built = {name: running.page(name) for name in ("Overview.md", "Recency.md", "Network.canvas")}
    time.sleep(0.5)  # the first build's own writes come back as events first, on a busy machine late
    (running.root / "_vaultnet/Overview.md").unlink()
    running.wait_page("Overview.md", lambda p: p == built["Overview.md"], "Overview written again")
    # Edited by hand, its marker kept (a page without it is the user's, never overwritten).
    recency = running.root / "_vaultnet/Recency.md"
    recency.write_text(built["Recency.md"] + "my own line\n", encoding="utf-8")
    running.wait_page("Recency.md", lambda p: p == built["Recency.md"], "Recency written again")
    canvas = running.root / "_vaultnet/Network.canvas"
    moved = built["Network.canvas"].replace('"x": 0,', '"x": 40,', 1)  # a node dragged in Obsidian
    assert moved != built["Network.canvas"]
    canvas.write_text(moved, encoding="utf-8")
    running.wait_page("Network.canvas", lambda p: p == built["Network.canvas"], "the canvas written again")
    # Its own writes are not changes: a note's edit is the next line, with nothing in between.
    with (running.root / "People/Jane Doe.md").open("a", encoding="utf-8") as note:
        note.write("- 2026-11-20 <- she called back\n")
    running.wait_page("Reciprocity.md", lambda p: "Jane" in section(p, "Two-way"), "Jane two-way")
    running.wait_rebuilds(5)
    assert [(r.changed, r.written) for r in running.rebuilds[1:4]] == [
        ("_vaultnet/Overview.md", ("_vaultnet/Overview.md",)),
        ("_vaultnet/Recency.md", ("_vaultnet/Recency.md",)),
        ("_vaultnet/Network.canvas", ("_vaultnet/Network.canvas",)),
    ]
    assert [r.changed for r in running.rebuilds[4:]] == ["People/Jane Doe.md"]


def test_a_page_made_the_users_own_is_not_written_over(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    mine = running.root / "_vaultnet/Follow-ups.md"
    mine.write_text("my own list, no marker\n", encoding="utf-8")
    wait_for(lambda: any(r.refused for r in running.rebuilds), "the refusal")
    assert running.rebuilds[-1].line().startswith("_vaultnet/Follow-ups.md: 0 pages written (none)")
    assert (
        "refused: _vaultnet/Follow-ups.md exists and was not written by vaultnet"
        in running.rebuilds[-1].line()
    )
    assert mine.read_text(encoding="utf-8") == "my own list, no marker\n"
    with (running.root / "People/Jane Doe.md").open("a", encoding="utf-8") as note:
        note.write("- 2026-11-20 <- she called back\n")  # the other pages go on being written
    running.wait_page("Reciprocity.md", lambda p: "Jane" in section(p, "Two-way"), "Jane two-way")
    assert mine.read_text(encoding="utf-8") == "my own list, no marker\n"


def test_the_output_folder_deleted_is_written_again(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    built = running.page("Overview.md")
    # Moved out of the vault at once: removed file by file, the watch could write a page back
    # into the folder before the removal reached it, and the removal then fail on it.
    os.rename(running.root / "_vaultnet", running.root.parent / "gone")
    running.wait_page("Overview.md", lambda p: p == built, "Overview written again")
    wait_for(lambda: all((running.root / "_vaultnet" / n).exists() for n in PAGE_FILES), "every page")


def test_config_change_rebuilds_everything(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    (running.root / "vaultnet.toml").write_text("as_of = 2026-12-24\n", encoding="utf-8")
    running.wait_page("Overview.md", lambda p: "As of **2026-12-24**" in p, "the new date")


def test_a_broken_config_is_told_and_the_fixed_one_taken_in(watching) -> None:  # type: ignore[no-untyped-def]
    """A vaultnet.toml saved half-edited is a one-line message, as the commands give it (no
    exception's name); the pages stay, and the next save is read."""
    running = watching()
    built = running.page("Overview.md")
    (running.root / "vaultnet.toml").write_text("active_days = soon\n", encoding="utf-8")
    wait_for(lambda: any(r.error for r in running.rebuilds), "the failed rebuild")
    error = str(running.rebuilds[-1].error)
    assert error.startswith(f"{running.root / 'vaultnet.toml'}: ") and "Error" not in error
    assert running.rebuilds[-1].line() == f"vaultnet.toml: pages left as they were: {error}"
    assert running.page("Overview.md") == built
    (running.root / "vaultnet.toml").write_text("as_of = 2026-12-24\n", encoding="utf-8")
    running.wait_page("Overview.md", lambda p: "As of **2026-12-24**" in p, "the fixed configuration")


def test_new_day_rebuilds(watching, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    running = watching()
    day = [dt.date(2026, 11, 21)]
    monkeypatch.setattr(running.watcher, "today_now", lambda: day[0])
    day[0] = dt.date(2026, 11, 22)  # midnight passes
    running.wait_page("Overview.md", lambda p: "As of **2026-11-22**" in p, "the next day")
    assert running.wait_rebuilds(2)[1].changed == "the date"


def test_vault_removed_stops_with_an_error(watching) -> None:  # type: ignore[no-untyped-def]
    running = watching()
    # Moved away at once: removed file by file, the watch could write its pages back into the
    # folder meanwhile, and the removal fail on them (an OSError, twice in full runs).
    os.rename(running.root, running.root.parent / "removed")
    running.thread.join(TIMEOUT)
    assert isinstance(running.error, VaultError)
    assert "gone" in str(running.error)


def remove_when_built(root: Path, ended: threading.Event) -> None:
    try:
        wait_for((root / "_vaultnet/Reciprocity.md").exists, "the first build")
        # rmtree can lose a race with a page being written: try until the folder is gone.
        wait_for(lambda: shutil.rmtree(root, ignore_errors=True) or not root.exists(), "the vault removed")
        wait_for(ended.is_set, "the watch to stop")
    except BaseException:
        _thread.interrupt_main()  # stop the watch the test runs, rather than wait for ever
        raise


def test_cli_vault_removed_exits_1(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    ended = threading.Event()
    remover = threading.Thread(target=remove_when_built, args=(root, ended))
    remover.start()
    result = CliRunner().invoke(main, ["watch", str(root), "--debounce", "50"])
    ended.set()
    remover.join()
    assert result.exit_code == 1, result.output
    assert "the vault folder is gone" in result.output


def test_ctrl_c_lets_the_build_under_way_finish(
    make_vault, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl-C (a KeyboardInterrupt in the main thread) while the first build runs: the build
    finishes and is reported, then the watch returns; nothing of it ran in the main thread. As
    the build goes on, it says why nothing ends yet."""
    root = make_vault(VAULT)
    watcher = Watcher(root)
    first_build = watcher.first_build
    builders: list[threading.Thread] = []

    def slow_first_build() -> Rebuild:
        builders.append(threading.current_thread())
        threading.Timer(0.1, _thread.interrupt_main).start()  # Ctrl-C, mid-build
        time.sleep(0.5)
        return first_build()

    monkeypatch.setattr(watcher, "first_build", slow_first_build)
    # Python's own Ctrl-C handler, which `interrupt_main` needs: a shell that starts the tests in
    # the background has them ignore SIGINT, and the interrupt would then never come.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    seen: list[Rebuild] = []
    try:
        with caplog.at_level(logging.WARNING, logger="vaultnet.watch"):
            watcher.run_until_interrupted(seen.append)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert [r.changed for r in seen] == ["first build"]
    assert "finishing the rebuild under way; Ctrl-C again to stop at once" in caplog.text
    assert builders and builders[0] is not threading.main_thread()
    assert (root / "_vaultnet" / "Overview.md").exists()


def test_ctrl_c_twice_on_an_idle_watch_still_stops_cleanly(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A key pressed twice on an idle watch: the second Ctrl-C comes while it lets go of its
    claim, with no rebuild under way, so it ends cleanly (its claim let go), not aborted."""
    root = make_vault(VAULT)
    watcher = Watcher(root)
    let_go: list[bool] = []

    def idle_run(on_rebuild: object, stop: threading.Event) -> None:
        stop.wait()
        time.sleep(0.4)  # letting go of the claim, slowly: the second Ctrl-C lands here
        let_go.append(True)

    monkeypatch.setattr(watcher, "run", idle_run)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Timer(0.1, _thread.interrupt_main).start()
        threading.Timer(0.25, _thread.interrupt_main).start()
        watcher.run_until_interrupted(lambda rebuild: None)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert let_go == [True]


def test_a_later_ctrl_c_stops_a_watch_whose_shutdown_hangs(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A shutdown that hangs (the observer's thread stuck): a Ctrl-C after the moment a key
    pressed twice takes stops it at once."""
    root = make_vault(VAULT)
    watcher = Watcher(root)

    def hung_run(on_rebuild: object, stop: threading.Event) -> None:
        stop.wait()
        time.sleep(30)

    monkeypatch.setattr(watcher, "run", hung_run)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Timer(0.1, _thread.interrupt_main).start()
        threading.Timer(1.6, _thread.interrupt_main).start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            watcher.run_until_interrupted(lambda rebuild: None)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_ctrl_c_exits_0_and_leaves_no_partial_page(make_vault, stop: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl-C, `kill`, or the terminal closed: the rebuild under way ends whole, the claim on the
    vault is let go, and the process exits 0."""
    root = make_vault(VAULT)
    process, lines = start_watch(root)
    try:
        assert lines.get(timeout=TIMEOUT).startswith("watching")
        assert lines.get(timeout=TIMEOUT).startswith("first build: 8 pages written")
        with (root / "People/Jane Doe.md").open("a", encoding="utf-8") as note:
            note.write("- 2026-11-20 <- she called back\n")
        process.send_signal(getattr(signal, stop))  # maybe mid-rebuild: no page may be left half-written
        assert process.wait(TIMEOUT) == 0, process.stderr.read() if process.stderr else ""
    finally:
        process.kill()
    leftovers = [p.name for p in (root / "_vaultnet").iterdir() if not p.name.endswith((".md", ".canvas"))]
    assert leftovers == []
    assert sorted(p.name for p in (root / ".vaultnet/cache").iterdir()) == [".gitignore"]


def test_a_vault_folder_replaced_stops_with_an_error(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Restored from a backup or cloned anew (removed, then made again at once): the observer
    watches a folder no longer there, so the watch's look at the folder each tick says so, and
    it stops, as for a folder gone."""
    root = make_vault(VAULT)
    watcher = Watcher(root)
    os.rename(root, root.parent / "old")
    shutil.copytree(root.parent / "old", root)
    with pytest.raises(VaultError, match="the vault folder was replaced"):
        watcher._check_root()


def test_a_notes_permissions_changed_are_a_change(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`chmod` of a note (made readable, or not) changes what can be read of it: a rebuild."""
    from watchdog.events import FileAttribEvent

    from vaultnet.config import Config
    from vaultnet.watch import EVENTS, Changes

    root = make_vault(VAULT)
    changes = Changes(root, Config())
    changes.on_any_event(FileAttribEvent(str(root / "People/Robert.md")))
    assert FileAttribEvent in EVENTS and changes.take().files == {"People/Robert.md"}


def test_a_second_watch_of_a_vault_refuses_and_a_stale_claim_is_taken(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Two watches of one vault would each write its pages over the other's for ever: the second
    refuses, naming the first; a claim left by a watch that died is taken over, and let go, and
    so is one whose process id another program has now (where /proc tells)."""
    from vaultnet.errors import UserMistake
    from vaultnet.watch import WATCH_FILE, claim, release

    root = make_vault(VAULT)
    claimed = root / ".vaultnet/cache" / WATCH_FILE
    claimed.parent.mkdir(parents=True)
    other = sleeper("vaultnet", "watch")  # another watch
    stranger = sleeper()  # the id reused by another program
    try:
        claimed.write_text(str(other.pid))
        with pytest.raises(UserMistake, match=f"another vaultnet watch \\(process {other.pid}\\)"):
            Watcher(root).run(lambda rebuild: None, threading.Event())
        claimed.write_text(str(stranger.pid))
        assert claim(root) == claimed and claimed.read_text().split()[0] == str(os.getpid())
    finally:
        other.kill()
        stranger.kill()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    claimed.write_text(str(dead.pid))
    assert claim(root) == claimed and claimed.read_text().split()[0] == str(os.getpid())
    release(root)
    assert not claimed.exists()
    os.mkfifo(claimed)  # a FIFO in the claim's place is no claim, nor waited on
    assert claim(root) == claimed and claimed.read_text().split()[0] == str(os.getpid())
    release(root)
    outside = root.parent / "elsewhere.pid"
    outside.write_text(str(other.pid))
    claimed.symlink_to(outside)  # nor a link: not followed out of the vault, nor written through
    assert claim(root) == claimed and not claimed.is_symlink() and outside.read_text() == str(other.pid)
    release(root)
    assert (claimed.parent / ".gitignore").read_text().endswith("\n*\n")  # the claim is never committed


def test_a_broken_template_of_yours_is_named_with_its_line(watching) -> None:  # type: ignore[no-untyped-def]
    """As `build` says it: the template's file and line, not the folder."""
    running = watching()
    template = running.root / ".vaultnet/templates/Recency.md.j2"
    template.parent.mkdir(parents=True)
    template.write_text("# Recency\n\n{% for x in %}\n", encoding="utf-8")
    wait_for(lambda: any(r.error for r in running.rebuilds), "the rebuild to fail")
    error = next(r.error for r in running.rebuilds if r.error)
    assert error.startswith(".vaultnet/templates/Recency.md.j2 (line 3): "), error


def test_a_note_named_with_a_hash_is_a_note_and_emacs_files_are_not(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`#7 Planning.md` is a note, read by a build: so by watch. Only Emacs's shapes are its
    temporary files: `#name#` (auto-save) and `.#name` (lock)."""
    from watchdog.events import DirCreatedEvent, FileCreatedEvent

    from vaultnet.config import Config
    from vaultnet.watch import Changes

    root = make_vault(VAULT)
    changes = Changes(root, Config())
    for name in ("Meetings/#7 Planning.md", "Meetings/#7 Planning.md#", "Meetings/.#7 Planning.md", "#.md#"):
        changes.on_any_event(FileCreatedEvent(str(root / name)))
    changes.on_any_event(DirCreatedEvent(str(root / "#Archive")))
    taken = changes.take()
    assert (taken.files, taken.folders) == ({"Meetings/#7 Planning.md"}, {"#Archive"})


def test_an_office_owner_file_is_no_change(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`~$a Costa.md`, the owner (lock) file Word or another Office program keeps beside a file it
    has open, is skipped as a build skips it: in a people folder and in the output folder alike."""
    from watchdog.events import FileCreatedEvent

    from vaultnet.config import Config
    from vaultnet.watch import Changes

    root = make_vault(VAULT)
    changes = Changes(root, Config())
    for name in ("People/~$a Costa.md", "~$temp.md", "_vaultnet/~$erview.md", "People/~Ana.md"):
        changes.on_any_event(FileCreatedEvent(str(root / name)))
    taken = changes.take()
    assert (taken.files, taken.strays) == ({"People/~Ana.md"}, set())


def test_an_icloud_placeholder_is_a_change_and_other_hidden_files_are_not(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`.Jon Park.md.icloud` comes as iCloud evicts the note and goes as it is downloaded: a
    change, as a build reads it (a problem); another hidden file, or one in a dot-folder, is none."""
    from watchdog.events import FileCreatedEvent, FileDeletedEvent

    from vaultnet.config import Config
    from vaultnet.watch import Changes

    root = make_vault(VAULT)
    changes = Changes(root, Config())
    changes.on_any_event(FileDeletedEvent(str(root / "People/.Jon Park.md.icloud")))
    for name in (".obsidian/.Jon Park.md.icloud", "People/.Jon Park.md.swp", "People/.photo.jpg.icloud"):
        changes.on_any_event(FileCreatedEvent(str(root / name)))
    assert changes.take().files == {"People/.Jon Park.md.icloud"}


def test_a_stray_note_removed_from_the_output_folder_brings_the_pages_up_to_date(watching) -> None:  # type: ignore[no-untyped-def]
    """A note put in the output folder: the pages are left as they were, and said to be (as
    `build` refuses); removed, the pages are brought up to date at once, not at the next edit."""
    running = watching()
    draft = running.root / "_vaultnet/Draft.md"
    draft.write_text("Draft: call [[Robert]]\n", encoding="utf-8")
    with (running.root / "People/Jane Doe.md").open("a", encoding="utf-8") as note:
        note.write("- 2026-11-20 <- she called back\n")
    refused = "_vaultnet/Draft.md is a note, not a vaultnet page"
    wait_for(  # Jane's edit taken in, alone or with the note's making: pages left as they were
        lambda: any(
            r.changed == "People/Jane Doe.md" and refused in (r.error or "") for r in running.rebuilds
        ),
        "the pages left as they were",
    )
    assert "Jane" not in section(running.page("Reciprocity.md"), "Two-way")
    draft.unlink()
    running.wait_page("Reciprocity.md", lambda p: "Jane" in section(p, "Two-way"), "the pages up to date")
    # A rebuild is told once its last page is written: the page can be read before.
    wait_for(lambda: running.rebuilds[-1].changed == "_vaultnet/Draft.md", "the rebuild told")
    assert not running.rebuilds[-1].error


def test_a_conflicted_copy_is_a_problem_while_watching(watching) -> None:  # type: ignore[no-untyped-def]
    """A sync tool's copy of a person's note, as a build reads it: a problem, not a second person."""
    running = watching()
    copy = running.root / "People/Robert (conflicted copy 2026-11-20).md"
    shutil.copy(running.root / "People/Robert.md", copy)
    running.wait_page("Problems.md", lambda p: "conflicted copy of People/Robert.md" in p, "the problem")
    assert "2 people in the vault" in running.page("Overview.md")
    assert "[[People/Robert|Robert]]" in section(running.page("Reciprocity.md"), "They carry it")
    copy.unlink()
    running.wait_page("Problems.md", lambda p: "No problems" in p, "the problem gone")


def test_ctrl_c_on_an_idle_watch_stops_at_once_and_says_nothing(
    make_vault, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """Nothing rebuilding: no "finishing the rebuild under way", and no wait for the next tick."""
    from vaultnet import watch

    monkeypatch.setattr(watch, "TICK_SECONDS", 60.0)  # a loop that waited out its tick would wait this long
    root = make_vault(VAULT)
    watcher = Watcher(root)

    def built(rebuild: Rebuild) -> None:
        threading.Timer(0.3, _thread.interrupt_main).start()  # Ctrl-C, once the watch is idle

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with caplog.at_level(logging.WARNING, logger="vaultnet.watch"):
            started = time.monotonic()
            watcher.run_until_interrupted(built)
            took = time.monotonic() - started
    finally:
        signal.signal(signal.SIGINT, previous)
    assert "finishing the rebuild" not in caplog.text
    assert took < TIMEOUT
    assert not (root / ".vaultnet/cache/watch.pid").exists()


def test_closing_the_terminal_exits_0(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The terminal gone, "stopped" cannot be shown: the watch still ends as documented, exit 0."""
    import pty

    root = make_vault(VAULT)
    leader, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", "from vaultnet.cli import main; main()", "watch", str(root)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        start_new_session=True,
    )
    os.close(terminal)
    try:
        seen = b""
        deadline = time.monotonic() + TIMEOUT
        while b"first build" not in seen and time.monotonic() < deadline:
            seen += os.read(leader, 4096)
        assert b"first build" in seen, seen
        os.close(leader)  # the terminal closed: writing to it fails from now on
        process.send_signal(signal.SIGHUP)
        assert process.wait(TIMEOUT) == 0
    finally:
        process.kill()
    assert not (root / ".vaultnet/cache/watch.pid").exists()


def test_a_refused_watch_says_only_why(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Claimed before it announces itself: no "watching … (Ctrl-C to stop)" before the refusal."""
    root = make_vault(VAULT)
    claimed = root / ".vaultnet/cache/watch.pid"
    claimed.parent.mkdir(parents=True)
    other = sleeper("vaultnet", "watch")
    try:
        claimed.write_text(str(other.pid))
        command = [sys.executable, "-c", "from vaultnet.cli import main; main()", "watch", str(root)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    finally:
        other.kill()
        other.wait()
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""  # no "watching"
    assert f"another vaultnet watch (process {other.pid})" in result.stderr
