"""The commands as a user runs them, through click's CliRunner."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from vaultnet import __version__
from vaultnet.cli import command_tree, main
from vaultnet.config import load_config
from vaultnet.errors import ConfigError, RefusedWrite, UnknownPerson, VaultGone
from vaultnet.pages.render import problem_json

VAULT = {
    "People/Ann.md": "---\ntags: [person]\nfacts: [climbs]\n---\n- 2026-11-01 ↔ climbing at the gym\n",
    "People/Bo.md": "---\ntags: [person]\ncadence: monthly\n---\n- 2026-10-01 -> sent the article on tides\n",
    "People/Broken.md": "---\ntags: [person\n---\n",
}


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


COMMANDS = command_tree()


def test_the_walk_reaches_subcommands() -> None:
    names = [name for name, _ in COMMANDS]
    assert "import" in names and "import vcard" in names and "export vcard" in names
    assert len(names) == len(set(names)) and len(names) > len(main.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_and_subcommand_has_help(name: str, command: click.Command) -> None:
    """--help exits 0, shows the usage with the full name, every option and argument, and an example."""
    result = run(*name.split(), "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: main {name} ")
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert all(opt in result.output for opt in param.opts), (name, param.opts)
        elif isinstance(param, click.Argument):
            with click.Context(command, info_name=name) as ctx:
                assert " ".join(param.get_usage_pieces(ctx)) in result.output, (name, param.name)
    assert command.help and "Example: vaultnet " in command.help.strip().splitlines()[-1], name
    if isinstance(command, click.Group):
        assert all(sub in result.output for sub in command.commands), name


def test_version() -> None:
    assert run("--version").output.strip() == f"vaultnet, version {__version__}"


def test_report_prints_an_overview(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = run("report", str(root), "--today", "2026-11-21")
    assert result.exit_code == 0, result.output
    assert "3 people as of 2026-11-21" in result.output
    assert "Bo: overdue by 21 days; last 2026-10-01: “sent the article on tides”" in result.output
    assert "Bo: only you reach out" in result.output
    assert "People/Broken.md:2: front matter is not valid YAML" in result.output


def test_report_json_follows_the_spec_key_order(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = run("report", "--json", "--today", "2026-11-21", str(root))
    data = json.loads(result.output)
    assert list(data) == ["as_of", "summary", "people", "problems", "movement", "without_note"]
    assert list(data["summary"]) == ["people", "active", "reciprocal", "personal", "real", "problems"]
    assert list(data["people"][0]) == [
        "name", "file", "aliases", "tags", "last_contact", "days_since", "cadence_days", "due",
        "overdue_days", "interactions", "inbound", "outbound", "mutual", "unknown", "reciprocity",
        "facts", "active", "reciprocal", "personal", "real", "inferred",
        "planned", "birthday", "next_birthday", "resting",
        "rhythm_days", "drifting", "last_note", "follow_ups",
        "active_then", "reciprocal_then", "real_then",
    ]  # fmt: skip
    assert [p["file"] for p in data["people"]] == ["People/Ann.md", "People/Bo.md", "People/Broken.md"]
    [problem] = data["problems"]
    assert list(problem) == ["file", "line", "message"]
    assert (problem["file"], problem["line"]) == ("People/Broken.md", 2)
    # After the colon, PyYAML's own words, which differ a little with and without libyaml.
    assert problem["message"].startswith("front matter is not valid YAML: ")
    assert "expected ',' or ']'" in problem["message"]


def test_today_comes_from_as_of_unless_given(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, "vaultnet.toml": "as_of = 2026-12-01\n"})
    assert json.loads(run("report", "--json", str(root)).output)["as_of"] == "2026-12-01"
    given = run("report", "--json", "--today", "2026-11-02", str(root))
    assert json.loads(given.output)["as_of"] == "2026-11-02"


def test_the_vault_defaults_to_the_current_folder(make_vault, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(make_vault(VAULT))
    assert json.loads(run("report", "--json").output)["summary"]["people"] == 3


@pytest.mark.parametrize(
    "command", [["report"], ["build"], ["check"], ["watch"], ["show", "Ana"], ["new", "Ana"]]
)
def test_a_current_folder_that_is_no_vault_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """`vaultnet report` typed in the home folder would read every Markdown file under it (and
    leave a parse cache there): a current folder with no notes and no sign of a vault is refused."""
    (tmp_path / "Downloads" / "x").mkdir(parents=True)
    (tmp_path / "Downloads" / "x" / "README.md").write_text("# x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    result = run(*command)
    assert result.exit_code == 2 and "the current folder does not look like a vault" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Downloads"]


@pytest.mark.parametrize("sign", [".obsidian", "logseq", ".git", "People", "notes.md", "vaultnet.toml"])
def test_a_current_folder_with_a_sign_of_a_vault_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sign: str
) -> None:
    (tmp_path / sign).mkdir() if "." not in sign[1:] else (tmp_path / sign).write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    assert run("report", "--json", "--no-cache").exit_code == 0


@pytest.mark.parametrize("root_sign", [".obsidian", "vaultnet.toml", "logseq"])
def test_a_command_typed_in_a_vaults_subfolder_reads_the_whole_vault(
    make_vault, monkeypatch: pytest.MonkeyPatch, root_sign: str
) -> None:  # type: ignore[no-untyped-def]
    """As git finds its repository: in `Daily/` of a vault, `vaultnet log` and `report` take the
    vault it is in (the nearest folder up holding Obsidian's settings, vaultnet.toml, or a
    Logseq graph's), not the subfolder, and `check` names files from where it was typed."""
    root = make_vault({**VAULT, "Daily/2026-11-02.md": "- lunch with [[Ann]]\n"})
    (root / root_sign).mkdir() if root_sign != "vaultnet.toml" else (root / root_sign).write_text("")
    if root_sign == "logseq":
        (root / "pages").mkdir()
    monkeypatch.chdir(root / "Daily")
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    assert json.loads(run("report", "--json", "--no-cache").output)["summary"]["people"] == 3
    monkeypatch.setenv("VAULTNET_VAULT", "")  # set to nothing, as `VAULTNET_VAULT= vaultnet ...` does: unset
    assert json.loads(run("report", "--json", "--no-cache").output)["summary"]["people"] == 3
    assert run("log", "ann", "coffee", "--mutual", "--today", "2026-11-21").exit_code == 0
    assert "2026-11-21 <-> coffee" in (root / "People" / "Ann.md").read_text(encoding="utf-8")
    assert run("check", "--no-cache").output.startswith("../People/Broken.md:")
    assert not (root / "Daily" / ".vaultnet").exists() and not (root / "Daily" / "_vaultnet").exists()


@pytest.mark.parametrize("typed_in", ["Daily", "_vaultnet"])
def test_a_folder_above_holding_the_pages_vaultnet_built_is_the_vault(
    make_vault, monkeypatch: pytest.MonkeyPatch, typed_in: str
) -> None:  # type: ignore[no-untyped-def]
    """A vault under git with no .obsidian and no vaultnet.toml (a fresh clone) is known by the
    pages a build wrote in its `_vaultnet/`: typed in `Daily/` or in `_vaultnet/` itself, a
    command takes the folder above, and never calls those pages notes out of place."""
    root = make_vault({**VAULT, "Daily/2026-11-02.md": "- lunch with [[Ann]]\n"})
    (root / ".git").mkdir()
    assert run("build", "--today", "2026-11-21", str(root)).exit_code == 0
    monkeypatch.chdir(root / typed_in)
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    assert json.loads(run("report", "--json", "--no-cache").output)["summary"]["people"] == 3
    assert "a page vaultnet wrote" not in run("check", "--no-cache").output
    assert run("build", "--today", "2026-11-21").exit_code == 0
    assert not (root / typed_in / "_vaultnet").exists() and not (root / typed_in / ".vaultnet").exists()


def test_a_stray_build_further_down_yields_to_the_vaults_own_sign(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet build People` run once by mistake left pages in `People/_vaultnet/`: typed in
    `People/Work/`, a command still takes the vault `.obsidian` marks above."""
    root = make_vault(
        {
            **VAULT,
            "People/Work/Cy.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-02.md": "- lunch with [[Cy]]\n",
        }
    )
    (root / ".obsidian").mkdir()
    assert run("build", "--today", "2026-11-21", str(root / "People")).exit_code == 0
    monkeypatch.chdir(root / "People" / "Work")
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    people = json.loads(run("report", "--json", "--no-cache", "--today", "2026-11-21").output)["people"]
    assert {p["name"]: p["last_contact"] for p in people}["Cy"] == "2026-11-02"  # the daily note read


def test_a_folder_above_with_only_a_repository_or_a_cache_is_not_taken(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A home folder under git (dotfiles) or where vaultnet once ran is no vault to climb to: a
    folder of notes below it is read as itself."""
    root = make_vault({"Notes/People/Ana.md": "---\ntags: [person]\n---\n"})
    (root / ".git").mkdir()
    (root / ".vaultnet").mkdir()
    monkeypatch.chdir(root / "Notes")
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    people = json.loads(run("report", "--json", "--no-cache").output)["people"]
    assert [p["file"] for p in people] == ["People/Ana.md"]


def test_init_starts_a_vault_in_any_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)
    assert run("init").exit_code == 0 and (tmp_path / "vaultnet.toml").is_file()
    assert run("report").exit_code == 0


def test_build_and_check(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    stale = run("build", "--check", "--today", "2026-11-21", str(root))
    assert stale.exit_code == 1 and "stale: _vaultnet/Overview.md" in stale.output
    built = run("build", "--today", "2026-11-21", str(root))
    assert (
        built.exit_code == 0
        and "8 written, 0 unchanged, 1 problem (vaultnet check lists it)\n" in built.output
    )
    fresh = run("build", "--check", "--today", "2026-11-21", str(root))
    assert fresh.exit_code == 0 and "8 pages up to date" in fresh.output


@pytest.mark.parametrize("cached", [True, False])
def test_build_and_check_of_a_folder_with_nobody_say_so(make_vault, cached: bool) -> None:  # type: ignore[no-untyped-def]
    """A folder of notes and no person (the wrong folder, or people marked otherwise) is no
    clean vault: build says so beside what it wrote, and check fails, so that a CI job given the
    wrong path does not pass for ever."""
    root = make_vault({"readme.md": "# Notes\n\nnothing about anyone\n"})
    cache = [] if cached else ["--no-cache"]
    built = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert built.exit_code == 0
    assert built.stdout.endswith("0 problems\n")
    assert built.stderr.startswith("No person notes found. vaultnet looks for notes in folders named people")
    checked = CliRunner().invoke(main, ["check", str(root), "--today", "2026-11-21", *cache])
    assert checked.exit_code == 1
    assert checked.stdout == ""
    assert checked.stderr.startswith("No person notes found.") and len(checked.stderr.splitlines()) == 1
    (root / "People").mkdir()
    (root / "People/Ann.md").write_text("- 2026-11-01 <-> tea\n")
    again = CliRunner().invoke(main, ["check", str(root), "--today", "2026-11-21", *cache])
    assert (again.exit_code, again.stderr) == (0, "no problems\n")


def test_build_refuses_a_users_file_with_exit_1(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, "_vaultnet/Overview.md": "mine\n"})
    result = run("build", str(root))
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("Error: refused: _vaultnet/Overview.md exists")
    assert (root / "_vaultnet/Overview.md").read_text() == "mine\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "{missing}"], "no such folder"),
        (["build", "{file}"], "is a file, not a vault folder"),
        (["report", "--today", "21/11/2026", "{vault}"], "is not a date"),
        (["build", "--today", "2026-02-30", "{vault}"], "is not a date"),
        (["report", "{bad_config}"], "unknown key 'colour'"),
        (["build", "{bad_template}"], ".vaultnet/templates/Overview.md.j2 (line 1)"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(make_vault, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    bad = root.parent / "bad"
    bad.mkdir()
    (bad / "vaultnet.toml").write_text("colour = 1\n")
    (root / ".vaultnet/templates").mkdir(parents=True)
    (root / ".vaultnet/templates/Overview.md.j2").write_text("{% if %}\n")
    places = {
        "missing": str(root / "nope"),
        "file": str(root / "People/Ann.md"),
        "vault": str(root),
        "bad_config": str(bad),
        "bad_template": str(root),
    }
    result = run(*(a.format(**places) for a in args))
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_the_installed_command_runs(make_vault) -> None:  # type: ignore[no-untyped-def]
    root: Path = make_vault(VAULT)
    done = subprocess.run(
        [sys.executable, "-m", "vaultnet", "report", "--json", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["people"] == 3


def test_a_locale_of_another_encoding_gives_the_same_bytes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Under a locale whose encoding is not UTF-8 (`LC_ALL=C` with Python's UTF-8 mode off, a
    Latin-1 locale), file names, notes and the output are UTF-8 still: the same report, byte for
    byte, and no traceback writing a curly quote."""
    root: Path = make_vault(
        {
            "People/Tomasz Wróbel.md": "---\ntags: [person]\n---\n## About\n- bakes “real” bread\n",
            "Daily/2026-11-20.md": "- coffee with [[Tomasz Wróbel]], “great”\n",
        }
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIOENCODING"))}
    outputs = []
    for locale in ({}, {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}):
        for args in (["--json"], []):
            done = subprocess.run(
                [sys.executable, "-m", "vaultnet", "report", *args, "--today", "2026-12-01", str(root)],
                capture_output=True,
                env={**env, **locale},
                check=False,
            )
            assert done.returncode == 0, done.stderr
            outputs.append(done.stdout)
    assert outputs[:2] == outputs[2:]
    assert json.loads(outputs[0])["people"][0]["last_contact"] == "2026-11-20"


def test_output_to_a_stream_of_another_encoding_is_utf8(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A Windows pipe, or `PYTHONIOENCODING=cp1252`, gives Python a stream that cannot print `Ł`
    or an arrow: vaultnet prints UTF-8 to it, and `log` never ends in a traceback after its write
    (a script that retries on failure would log twice)."""
    root: Path = make_vault({"People/Łukasz Nguyễn.md": "---\ntags: [person]\n---\n- 2026-11-01 <- hi\n"})
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    for args in (["report", "--json"], ["report"], ["show", "lukasz"], ["log", "lukasz", "coffee", "--out"]):
        done = subprocess.run(
            [sys.executable, "-m", "vaultnet", *args, "--today", "2026-12-01", "-v", str(root)],
            capture_output=True,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert "Łukasz" in done.stdout.decode("utf-8"), args
    assert (root / "People/Łukasz Nguyễn.md").read_text().count("coffee") == 1


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_1(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, "_vaultnet": "a file where the folder should be\n"})
    result = run("build", str(root))
    assert result.exit_code == 1
    assert "cannot be made a folder" in result.output and len(result.output.splitlines()) == 1
    assert (root / "_vaultnet").read_text() == "a file where the folder should be\n"


def test_watch_with_a_bad_config_is_one_line_and_exit_2(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, "vaultnet.toml": "colour = 1\n"})
    result = run("watch", str(root))
    assert result.exit_code == 2
    assert len(result.output.splitlines()) == 1
    assert result.output.startswith(f"Error: {root / 'vaultnet.toml'}: unknown key 'colour'")


@pytest.mark.parametrize(
    ("failure", "line", "code"),
    [
        (ConfigError("vaultnet.toml: unknown key 'x'"), "Error: vaultnet.toml: unknown key 'x'", 2),
        (UnknownPerson("no person 'Al'"), "Error: no person 'Al'", 2),
        (RefusedWrite("_vaultnet/A.md exists"), "Error: refused: _vaultnet/A.md exists", 1),
        (VaultGone("/v: the vault folder is gone"), "stopped: /v: the vault folder is gone", 1),
        (PermissionError(13, "Permission denied", "/v/x.vcf"), "Error: /v/x.vcf: Permission denied", 1),
    ],
)
def test_one_mapping_gives_every_failure_its_line_and_exit_code(
    failure: Exception, line: str, code: int
) -> None:
    @main.command("fails-for-this-test")
    def fails() -> None:
        raise failure

    try:
        result = run("fails-for-this-test")
    finally:
        del main.commands["fails-for-this-test"]
    assert (result.output, result.exit_code) == (line + "\n", code)


@pytest.mark.parametrize("stop", [KeyboardInterrupt, click.Abort])
def test_ctrl_c_exits_130_not_the_1_of_problems_found(
    make_vault, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:  # type: ignore[no-untyped-def]
    """`check` exits 1 when it finds problems: a hook stopped with Ctrl-C must not read as that.
    130 is what a shell gives a command SIGINT stopped."""
    root = make_vault(VAULT)

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise stop()

    monkeypatch.setattr("vaultnet.commands.check.check_vault", interrupted)
    result = run("check", str(root))
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "\nAborted!\n")


def test_check_names_a_folder_it_cannot_list(make_vault, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A folder vaultnet cannot list (its permissions) hides its notes from every page: `check`,
    which hooks and CI run, names it as a problem and exits 1."""
    root = make_vault({**VAULT, "Private/Bo.md": "---\ntags: [person]\n---\n"})
    scandir = os.scandir

    def refused(path: Any) -> Any:
        if os.fspath(path).endswith("Private"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr("vaultnet.vault.walk.os.scandir", refused)
    result = run("check", str(root), "--no-cache")
    assert result.exit_code == 1
    said = f"{root / 'Private'}: cannot list this folder (Permission denied): its notes are not read"
    assert said in result.output.splitlines()


def test_a_folder_it_cannot_list_is_a_problem_everywhere_check_finds_it(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`check` names a folder it cannot list (another user's `700`); the report, its JSON, `build`
    and its Problems page count and list the same problem, whether the notes are read afresh, a
    build's saved state answers, the last build's pages stand, or watch mode keeps the vault. The
    folder here holds no note vaultnet reads: refused, no note file it knew of changes."""
    from vaultnet.incremental import LiveVault

    root = make_vault({**VAULT, "Private/list.txt": "mine\n"})
    scandir, refusing = os.scandir, [False]

    def refused(path: Any) -> Any:
        if refusing[0] and os.fspath(path).endswith("Private"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr("vaultnet.vault.walk.os.scandir", refused)
    today = ("--today", "2026-11-21")
    problem = {
        "file": "Private",
        "line": 0,
        "message": "cannot list this folder (Permission denied): its notes are not read",
    }

    def counted() -> list[tuple[str, int, int, int, bool]]:
        """What each command says of the problems: (how it ran, its count, its list, check's lines)."""
        said = []
        for how in ((), ("--no-cache",)):
            data = json.loads(run("report", "--json", str(root), *today, *how).stdout)
            checked = run("check", str(root), *today, *how).stdout.splitlines()
            said.append((" ".join(how), data["summary"]["problems"], len(data["problems"]), len(checked),
                         problem in data["problems"]))  # fmt: skip
        built = run("build", str(root), *today)
        page = (root / "_vaultnet/Problems.md").read_text(encoding="utf-8")
        rows = [line for line in page.splitlines() if line.startswith("| ") and "| ---" not in line]
        rows = [row for row in rows if not row.startswith(("| Note |", "| File |"))]  # a table's heads
        said.append(("build", int(built.stdout.rsplit(", ", 1)[1].split()[0]), len(rows), 0,
                     "| `Private` | cannot list this folder" in page))  # fmt: skip
        return said

    assert run("build", str(root), *today).exit_code == 0  # a state saved, and the pages
    clean = counted()
    assert all(not listed for *_, listed in clean)
    refusing[0] = True
    found = counted()
    assert all(listed for *_, listed in found), found
    assert [(n, k) for _, n, k, _, _ in found] == [(n + 1, k + 1) for _, n, k, _, _ in clean]
    assert [c for *_, c, _ in found[:2]] == [c + 1 for *_, c, _ in clean[:2]]  # check: one line more
    again = counted()  # the last build's pages stand: nothing changed since
    assert again == found
    live = LiveVault(root, load_config(root))
    live.load()
    assert problem in [problem_json(p) for p in live.report(dt.date(2026, 11, 21)).vault.problems]
    refusing[0] = False
    live.rescan()
    assert problem not in [problem_json(p) for p in live.report(dt.date(2026, 11, 21)).vault.problems]
    assert counted() == clean


def test_a_graph_kept_in_org_mode_is_said_to_be_unread(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A Logseq graph in org-mode (`pages/Ada Lovelace.org`) holds no note vaultnet reads: the
    report says so before it advises settings, `build`'s Overview too, and `check` names each
    folder of .org files (one line each, not a line a file)."""
    org = "#+tags: person\n\n* Two kids\n"
    root = make_vault(
        {
            "logseq/config.edn": "{:preferred-format :org}\n",
            "pages/Ada Lovelace.org": org,
            "pages/Bo.org": org,
            "journals/2026_11_20.org": "* lunch with [[Ada Lovelace]]\n",
        }
    )
    said = "3 .org files were not read: vaultnet reads Markdown (.md) notes only"
    report = run("report", str(root), "--today", "2026-11-21")
    assert f"No person notes found. {said}. Among those, it looks for notes in folders" in report.output
    assert run("build", str(root), "--today", "2026-11-21").exit_code == 0
    assert said in (root / "_vaultnet/Overview.md").read_text(encoding="utf-8")
    check = run("check", str(root), "--today", "2026-11-21")
    assert check.exit_code == 1
    assert check.output.splitlines()[:-1] == [  # then the count, "2 problems"
        f"{root / 'journals'}: 1 .org file not read here: vaultnet reads Markdown (.md) notes only",
        f"{root / 'pages'}: 2 .org files not read here: vaultnet reads Markdown (.md) notes only",
    ]


def test_an_org_file_in_a_vault_that_is_no_logseq_graph_is_no_problem(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Org-mode files beside an Obsidian vault's notes (an Emacs user's agenda) are none of its notes."""
    root = make_vault({"People/Ana.md": "#person\n", "agenda.org": "* TODO call the plumber\n"})
    assert run("check", str(root), "--today", "2026-11-21").exit_code == 0


@pytest.mark.parametrize(
    "words", [["2026-11-02", "coffee", "at", "the", "park"], ["->", "2026-11-02 coffee"]]
)
def test_log_refuses_a_text_that_starts_with_a_date(make_vault, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet log zoë 2026-11-02 coffee` meant the day: logged today with the day in its words,
    the contact would be on the wrong day. With --date given, the words are the user's."""
    root = make_vault({"People/Zoë.md": "#person\n"})
    before = (root / "People/Zoë.md").read_bytes()
    result = run("log", "zoë", *words, "--today", "2026-12-07", "-v", str(root))
    assert (result.exit_code, result.output) == (
        2,
        "Error: the text starts with a date: did you mean --date 2026-11-02?\n",
    )
    assert (root / "People/Zoë.md").read_bytes() == before
    given = run("log", "zoë", *words, "--date", "2026-11-20", "--today", "2026-12-07", "-v", str(root))
    assert given.exit_code == 0 and "2026-11-20" in given.output and "2026-11-02 coffee" in given.output


def test_a_vault_from_the_environment_that_is_missing_says_where_it_came_from(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VAULTNET_VAULT", str(tmp_path / "old-notes"))
    result = run("report")
    assert (result.exit_code, result.output) == (
        2,
        f"Error: $VAULTNET_VAULT={tmp_path / 'old-notes'}: no such folder\n",
    )
    given = run("report", str(tmp_path / "other"))  # a vault typed wins, and is named as typed
    assert given.output == f"Error: {tmp_path / 'other'}: no such folder\n"


def test_a_vault_given_with_a_tilde_the_shell_left_is_in_the_home_folder(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """bash leaves `~` after `=` as it is (`--vault=~/Notes`), and so does a quoted variable."""
    root = make_vault(VAULT)
    monkeypatch.setenv("HOME", str(root.parent))
    assert run("report", f"--vault=~/{root.name}", "--today", "2026-11-21").exit_code == 0
    monkeypatch.setenv("VAULTNET_VAULT", f"~/{root.name}")
    assert run("check", "--today", "2026-11-21").output.startswith(f"{root}/People/Broken.md:2: ")


@pytest.mark.parametrize(
    "args", [["--vault", "ev", "report"], ["-v", "ev", "report"], ["--today", "2026-11-21", "show", "x"]]
)
def test_an_option_before_the_command_says_where_options_go(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert (
        f"No such option '{args[0]}'. Options go after the command: vaultnet {args[2]} {args[0]} ..."
        in result.output
    )


def test_an_unknown_option_before_the_command_is_told_as_before() -> None:
    result = run("--colour", "report")
    assert result.exit_code == 2 and "No such option '--colour'.\n" in result.output


@pytest.mark.parametrize("output", ["_vaultnet", "Meta/Pages"])
def test_the_output_folder_given_for_the_vault_is_refused(make_vault, monkeypatch, output: str) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet build ev/_vaultnet` would build a vault of vaultnet's own pages, inside them."""
    root = make_vault({**VAULT, "vaultnet.toml": f'output = "{output}"\n'})
    assert run("build", str(root), "--today", "2026-11-21").exit_code == 0
    monkeypatch.chdir(root.parent)
    given = f"{root.name}/{output}"
    before = sorted(p.relative_to(root) for p in root.rglob("*") if ".vaultnet" not in p.parts)
    for command in ("build", "report", "check"):
        result = run(command, given)
        assert (result.exit_code, result.output) == (
            2,
            f"Error: {given} is vaultnet's output folder (it holds pages vaultnet wrote): "
            f"give the vault, {root.name}\n",
        ), command
    assert sorted(p.relative_to(root) for p in root.rglob("*") if ".vaultnet" not in p.parts) == before
    monkeypatch.chdir(root / output)
    inside = run("report", ".")
    assert inside.exit_code == 2 and inside.output.endswith(f"give the vault, {os.path.relpath(root)}\n")


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell closes the output")
def test_a_reader_gone_or_no_output_at_all_is_no_error(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet report | head -1` closes the pipe early: quiet, exit 141 as a tool SIGPIPE stops;
    `vaultnet report >&-` runs with no standard output at all: no traceback."""
    root: Path = make_vault(VAULT)
    command = [sys.executable, "-m", "vaultnet", "report", str(root), "--today", "2026-11-21"]
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    try:
        done = subprocess.run(command, stdout=write, stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")
    closed = subprocess.run(
        ["sh", "-c", '"$@" >&-', "sh", *command], stderr=subprocess.PIPE, text=True, check=False
    )
    assert (closed.returncode, closed.stderr) == (0, "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["log", "Ann", "hi", "--date", "tomorrow"],
            "--date 'tomorrow' is not a date like 2026-11-21, today or yesterday",
        ),
        (["report", "--today", "2026-13-01"], "--today '2026-13-01' is not a date: month must be in 1..12"),
        (
            ["report", "--today", "2026-02-30"],
            "--today '2026-02-30' is not a date: day is out of range for month",
        ),
        (["report", "--today", "30/11/2026"], "--today '30/11/2026' is not a date like 2026-11-21"),
    ],
)
def test_a_day_mistyped_says_what_is_wrong(make_vault, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = run(*args, "-v", str(root))
    assert (result.exit_code, result.output) == (2, f"Error: {message}\n")
