"""`vaultnet check`: problems as lines and as GitHub annotations, exit 1 when there is any."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.commands.check import format_problem
from vaultnet.model import Problem

BROKEN = "---\ntags: [person\nname: Jane\n---\n- 2026-11-02 -> coffee\n"
ROOT = Path(__file__).resolve().parents[1]


def test_clean_vault_passes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "---\ntags: [person]\n---\n"})
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", "no problems\n")  # scripts read nothing, people a word


def test_problems_as_file_line_message_and_exit_1(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": BROKEN, "People/Old.md": b"caf\xe9 with [[Jane]]\n"})
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{root.as_posix()}/People/Jane.md:2: front matter is not valid YAML")
    assert lines[1] == f"{root.as_posix()}/People/Old.md:1: not UTF-8: read as Windows-1252; save it as UTF-8"
    assert "2 problems" in result.stderr


def test_paths_are_relative_to_where_it_runs(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": BROKEN})
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["check"])
    assert result.stdout.startswith("People/Jane.md:2: ")


def test_a_vault_given_whole_is_shown_from_where_it_runs(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`VAULTNET_VAULT=/home/me/repo/notes`, run in the repo (a hook, CI): the paths start from
    here, so that an editor or GitHub finds them; a vault elsewhere keeps its whole path."""
    root = make_vault({"notes/People/Jane.md": BROKEN})
    monkeypatch.chdir(root)
    monkeypatch.setenv("VAULTNET_VAULT", str(root / "notes"))
    result = CliRunner().invoke(main, ["check", "--format", "github"])
    assert result.stdout.startswith("::warning file=notes/People/Jane.md,line=2::")


def test_github_annotations(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"notes/People/Jane.md": BROKEN})
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["check", "notes", "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "::warning file=notes/People/Jane.md,line=2::front matter is not valid YAML"
    )


def test_annotation_escaping_and_whole_file_problems() -> None:
    problem = Problem("People/a,b:c.md", 0, "100% broken\nreally")
    assert (
        format_problem(problem, ".", "github") == "::warning file=People/a%2Cb%3Ac.md::100%25 broken%0Areally"
    )
    assert format_problem(problem, ".", "text") == "People/a,b:c.md: 100% broken\nreally"


def test_two_people_answering_to_one_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Sam.md": "", "People/Samantha.md": "---\naliases: [Sam]\n---\n"})
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    assert "People/Samantha.md: 'sam' also names People/Sam.md" in result.stdout


def test_a_name_a_file_name_wins_says_which_note_each_link_reaches(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Ann  Lee.md` (two spaces) answers to `ann lee` too, which `Ann Lee.md`'s file name wins:
    the line says a link to `ann lee` reaches that note, and one to its own name reaches it, as
    `[[Ann  Lee]]` did."""
    root = make_vault(
        {
            "People/Ann Lee.md": "---\ntags: [person]\n---\n",
            "People/Ann  Lee.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- coffee with [[Ann  Lee]]\n",
        }
    )
    result = CliRunner().invoke(main, ["check", "--no-cache", "--today", "2026-12-01", str(root)])
    assert result.stdout.splitlines() == [
        f"{root.as_posix()}/People/Ann  Lee.md: 'ann lee' also names People/Ann Lee.md, whose file name it "
        "is: a link to 'ann lee' reaches People/Ann Lee.md, not this note; a link to 'Ann  Lee', its own "
        "file name, reaches it"
    ]
    report = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", "2026-12-01", str(root)])
    counted = {p["file"]: p["interactions"] for p in json.loads(report.output)["people"]}
    assert counted == {"People/Ann  Lee.md": 1, "People/Ann Lee.md": 0}


def test_the_report_counts_the_problems_its_json_counts(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A name another's file name wins is no problem of the vault (spec 6.2: the file name wins;
    its JSON counts none): `check` lists it, the Problems page names it among the names shared,
    and the text report and the Overview count what the JSON counts and lists."""
    root = make_vault(
        {"People/Sam.md": "", "People/Samantha.md": "---\naliases: [Sam]\n---\n", "People/Jane.md": BROKEN}
    )
    args = ["--no-cache", "--today", "2026-12-01", str(root)]
    data = json.loads(CliRunner().invoke(main, ["report", "--json", *args]).output)
    assert data["summary"]["problems"] == len(data["problems"]) == 1
    text = CliRunner().invoke(main, ["report", *args]).output
    assert "Problems (1)" in text and "also names" not in text
    assert CliRunner().invoke(main, ["build", *args]).exit_code == 0
    assert "[[_vaultnet/Problems|Problems]]: notes not read fully, and names two people share (1)" in (
        root / "_vaultnet/Overview.md"
    ).read_text(encoding="utf-8")
    problems = (root / "_vaultnet/Problems.md").read_text(encoding="utf-8")
    assert "1 problem:" in problems and "[[People/Sam]] (links reach this one)" in problems
    assert len(CliRunner().invoke(main, ["check", *args]).stdout.splitlines()) == 2  # and the name


def test_pre_commit_hooks_offer_check_and_build() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["vaultnet-check"]["entry"] == "vaultnet check"
    assert hooks["vaultnet-build"]["entry"] == "vaultnet build --check"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False
        assert hook["always_run"] is True  # pre-commit passes no deleted file, and no template is `.md`
        assert "files" not in hook
        command = hook["entry"].split()[1:]
        assert CliRunner().invoke(main, [*command, "--help"]).exit_code == 0
