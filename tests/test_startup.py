"""Fast start, the progress bar and the C-loader note: what the CLI does around a long read."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from vaultnet import cli
from vaultnet.cli import main

HEAVY = ("jinja2", "markdown_it", "watchdog", "yaml", "frontmatter", "multiprocessing", "pathlib")
"""Not needed to print help or the version. pathlib is no big library, but with what it imports
(urllib.parse, ipaddress) it was a measurable share of `--help` (docs/performance.md)."""

PROBE = """
import sys
from vaultnet.cli import main
try:
    main([{arg!r}], prog_name="vaultnet")
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})
print("HEAVY:" + ",".join(heavy))
"""


@pytest.mark.parametrize("arg", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(arg: str) -> None:
    code = PROBE.format(arg=arg, heavy=set(HEAVY))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "HEAVY:", out


def test_an_unchanged_vaults_build_imports_no_renderer(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "---\ntags: [person]\n---\n- 2026-11-02 -> coffee\n"})
    probe = PROBE.replace("main([{arg!r}]", "main(['build', {arg!r}, '--today', '2026-11-21']")
    code = probe.format(arg=str(root), heavy={"jinja2", "markdown_it", "vaultnet"})
    run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: E731
    assert "vaultnet.pages.render" in run().stdout.splitlines()[-1]  # the first build renders
    imported = run().stdout.splitlines()[-1].removeprefix("HEAVY:").split(",")
    assert "jinja2" not in imported and "vaultnet.pages.render" not in imported
    assert "vaultnet.build" in imported  # the probe saw the build run


def _imported_after_a_change(root: Path, command: list[str], heavy: set[str]) -> list[str]:
    """The modules of `heavy` that `command` (its arguments before the vault) imports after a
    build, once a log line was added."""
    build = [sys.executable, "-m", "vaultnet", "build", str(root), "--today", "2026-11-21"]
    subprocess.run(build, check=True, capture_output=True)
    with (root / "People/Jane.md").open("a", encoding="utf-8") as note:
        note.write("- 2026-11-03 <- lunch\n")
    probe = PROBE.replace("main([{arg!r}]", f"main([*{command!r}, {{arg!r}}, *{_TODAY!r}]")
    code = probe.format(arg=str(root), heavy=heavy)
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    return imported.splitlines()[-1].removeprefix("HEAVY:").split(",")


_TODAY = ["--today", "2026-11-21"]
_JANE = {"People/Jane.md": "---\ntags: [person]\n---\n- 2026-11-02 -> coffee\n"}


def test_check_after_a_change_imports_nothing_of_the_pages(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`check` answers from the saved state and the changed note: the pages' lists, the
    introductions and Jinja are a build's, not its."""
    modules = _imported_after_a_change(make_vault(_JANE), ["check"], {"jinja2", "vaultnet"})
    assert "vaultnet.saved.state" in modules  # the probe saw check read the state
    build_only = {"jinja2", "vaultnet.pages.lists", "vaultnet.metrics.cultivate", "vaultnet.vault.swap"}
    assert build_only.isdisjoint(modules)


def test_a_build_after_a_change_imports_no_canvas_nor_yaml(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The canvas is kept while what it shows is the same, and flat front matter needs no PyYAML:
    a build after one changed log imports neither."""
    modules = _imported_after_a_change(make_vault(_JANE), ["build"], {"vaultnet", "yaml"})
    assert "vaultnet.pages.render" in modules  # the probe saw the pages made again
    assert "vaultnet.pages.canvas" not in modules and "yaml" not in modules


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_after_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    clock = iter([0.0, 0.5, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    progress = cli._Progress(enabled=True)
    progress(100, 1000)
    assert terminal.getvalue() == ""  # under a second: nothing
    progress(500, 1000)
    progress(1000, 1000)
    progress.close()
    assert "reading notes" in terminal.getvalue()


def test_no_progress_when_piped_or_for_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.time, "monotonic", iter(range(0, 100, 5)).__next__)
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    progress = cli._Progress(enabled=True)
    progress(1, 2)
    progress.close()
    monkeypatch.setattr(sys, "stderr", _Terminal())
    as_json = cli._Progress(enabled=False)
    as_json(1, 2)
    as_json.close()
    assert piped.getvalue() == "" and sys.stderr.getvalue() == ""
    assert progress.bar is None and as_json.bar is None


def test_no_progress_nor_tables_on_a_dumb_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """TERM=dumb (Emacs's shell, a plain console): no bar redrawn over itself, no cursor hidden,
    and the report as a pipe gets it, one line an item, which a screen reader reads in order."""
    monkeypatch.setattr(cli.time, "monotonic", iter(range(0, 100, 5)).__next__)
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setattr(sys, "stdout", _Terminal())
    monkeypatch.setenv("TERM", "dumb")
    progress = cli._Progress(enabled=True)
    progress(1, 2)
    progress.close()
    assert sys.stderr.getvalue() == "" and progress.bar is None
    assert cli._report_console() is None
    monkeypatch.setenv("TERM", "xterm-256color")
    assert cli._report_console() is not None
    assert cli._Progress(enabled=True).enabled


def test_report_says_once_when_the_c_loader_is_missing(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {f"People/P{n}.md": f"---\ntags: [person]\nname: P {n}\n---\n- 2026-11-02 -> x\n" for n in range(3)}
    )
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", "2026-11-21", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("C loader") == 1
    assert json.loads(result.stdout)["summary"]["people"] == 3
    monkeypatch.undo()
    result = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)])
    assert "C loader" not in result.stderr


def test_the_command_runs_without_the_cyclic_collector_and_freezes_what_it_made(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "---\ntags: [person]\n---\n- 2026-11-02 -> coffee\n"})
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('GC', gc.isenabled(), gc.get_freeze_count() > 0))\n"
        "from vaultnet.cli import run\n"
        f"sys.argv = ['vaultnet', 'report', '--json', {str(root)!r}, '--today', '2026-11-21']\n"
        "run()\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout
    assert out.splitlines()[-1] == "GC False True"


def test_watch_turns_the_collector_back_on(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    from vaultnet.watch import Watcher

    root = make_vault({"People/Jane.md": "---\ntags: [person]\n---\n"})
    seen: list[bool] = []
    monkeypatch.setattr(Watcher, "run_until_interrupted", lambda self, show: seen.append(gc.isenabled()))
    gc.disable()
    try:
        result = CliRunner().invoke(main, ["watch", str(root), "--quiet"])
    finally:
        gc.enable()
    assert result.exit_code == 0 and seen == [True]


def test_the_installed_command_and_python_m_run_the_same_entry() -> None:
    import tomllib
    from pathlib import Path

    project = Path(__file__).resolve().parents[1]
    scripts = tomllib.loads((project / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"vaultnet": "vaultnet.cli:run"}
    assert "from vaultnet.cli import run" in (project / "vaultnet" / "__main__.py").read_text()
