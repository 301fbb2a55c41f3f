"""Fast start, the progress bar and the C-loader note: what the CLI does around a long read."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from vaultnet import cli
from vaultnet.cli import main

HEAVY = ("jinja2", "markdown_it", "watchdog", "yaml", "frontmatter", "multiprocessing", "pathlib")
"""Not needed to print help or the version. pathlib is no big library, but with what it imports
(urllib.parse, ipaddress) it cost about 6 ms of CPU of `--help`'s 70-110 ms here."""

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
    assert "vaultnet.render" in run().stdout.splitlines()[-1]  # the first build renders
    imported = run().stdout.splitlines()[-1].removeprefix("HEAVY:").split(",")
    assert "jinja2" not in imported and "vaultnet.render" not in imported
    assert "vaultnet.build" in imported  # the probe saw the build run


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
