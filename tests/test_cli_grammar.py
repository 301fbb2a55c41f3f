"""One command-line grammar: every command is given its vault, its day and its folders the same way.

The rules walk click's command tree, so a command added later is held to them without a change here.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from vaultnet.cli import command_tree, main

COMMANDS = [(name, command) for name, command in command_tree() if not isinstance(command, click.Group)]

DATE_FREE = {"init", "import vcard", "import csv", "export vcard"}
"""Commands whose result does not depend on the day: the only ones without --today."""

VAULT = {"People/Ann.md": "---\ntags: [person]\n---\n- 2026-11-01 <-> climbing\n"}


def options(command: click.Command) -> dict[str, click.Option]:
    return {
        opt: param
        for param in command.params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--")
    }


def arguments(command: click.Command, ctx: click.Context) -> list[click.Argument]:
    """The arguments a user sees on the usage line."""
    return [p for p in command.params if isinstance(p, click.Argument) and p.get_usage_pieces(ctx)]


def required_args(command: click.Command) -> list[str]:
    """Placeholders for a command's required arguments and options, so it gets as far as its vault."""
    given: list[str] = []
    for param in command.params:
        if isinstance(param, click.Argument) and param.required:
            given.append("x")
        elif isinstance(param, click.Option) and param.required:
            given += [param.opts[0], "x"]
    return given


def test_the_tree_is_walked() -> None:
    names = [name for name, _ in COMMANDS]
    assert {"report", "build", "watch", "log", "new", "check", "init", "import vcard", "export vcard"} <= set(
        names
    )
    assert set(names) >= DATE_FREE, "DATE_FREE names a command that is gone"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_takes_the_vault_as_dash_v_or_vault(name: str, command: click.Command) -> None:
    vault = [p for p in command.params if isinstance(p, click.Option) and p.name == "vault"]
    assert len(vault) == 1, f"{name} lacks @vault_params"
    assert sorted(vault[0].opts) == ["--vault", "-v"] and vault[0].metavar == "DIR"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_a_bare_vault_only_where_it_is_the_only_argument(name: str, command: click.Command) -> None:
    with click.Context(command, info_name=name) as ctx:
        shown = arguments(command, ctx)
    bare = [a for a in shown if a.name == "bare_vault"]
    if bare:
        assert shown == bare and bare[0].make_metavar(ctx) == "[VAULT]", name
    assert all(a.name != "vault" for a in command.params if isinstance(a, click.Argument)), name


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_today_wherever_a_date_matters(name: str, command: click.Command) -> None:
    today = options(command).get("--today")
    if name in DATE_FREE:
        assert today is None, f"{name} takes --today: take it off DATE_FREE"
    else:
        assert today is not None and today.metavar == "YYYY-MM-DD", f"{name} lacks --today"


def test_an_option_means_one_thing_in_every_command() -> None:
    """Same long name, same short name, metavar and kind (flag or value), wherever it appears."""
    seen: dict[str, tuple[str, tuple[str, ...], str | None, bool]] = {}
    for name, command in COMMANDS:
        for long, option in options(command).items():
            shape = (tuple(sorted(option.opts)), option.metavar, option.is_flag)
            first = seen.setdefault(long, (name, *shape))
            assert first[1:] == shape, f"{long} differs between {first[0]} and {name}"
    assert seen["--folder"][2] == "NAME" and {"--vault", "--today", "--folder"} <= set(seen)


def test_new_and_import_both_say_folder() -> None:
    commands = dict(COMMANDS)
    assert "--folder" in options(commands["new"]) and "--folder" in options(commands["import vcard"])


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_finds_its_vault_the_same_three_ways(
    name: str, command: click.Command, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--vault / -v, the bare folder where shown, $VAULTNET_VAULT: each reaches the command's vault check."""
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file\n")
    words = [*name.split(), *required_args(command)]
    with click.Context(command, info_name=name) as ctx:
        bare = any(a.name == "bare_vault" for a in arguments(command, ctx))
    ways = [[*words, "--vault", str(not_a_folder)], [*words, "-v", str(not_a_folder)]]
    if bare:
        ways.append([*name.split(), str(not_a_folder), *required_args(command)])
    for args in ways:
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and "is a file, not a vault folder" in result.output, (
            args,
            result.output,
        )
    monkeypatch.setenv("VAULTNET_VAULT", str(not_a_folder))
    result = CliRunner().invoke(main, words)
    assert result.exit_code == 2 and f"{not_a_folder}: is a file" in result.output, result.output


def test_a_given_vault_wins_over_the_environment(make_vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    monkeypatch.setenv("VAULTNET_VAULT", str(tmp_path / "elsewhere"))
    for args in (["report", str(root)], ["report", "-v", str(root)]):
        result = CliRunner().invoke(main, [*args, "--today", "2026-11-21"])
        assert result.exit_code == 0 and "1 person as of 2026-11-21" in result.output, result.output
    monkeypatch.setenv("VAULTNET_VAULT", str(root))
    assert "1 person as of" in CliRunner().invoke(main, ["report", "--today", "2026-11-21"]).output


def test_two_different_vaults_are_a_mistake(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = CliRunner().invoke(main, ["report", str(root), "--vault", str(tmp_path)])
    assert result.exit_code == 2 and "two vaults given" in result.output
    same = CliRunner().invoke(main, ["report", str(root), "--vault", str(root), "--today", "2026-11-21"])
    assert same.exit_code == 0, same.output


def test_one_vault_written_two_ways_is_one(make_vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`report ex -v ex/` (a shell completes a folder with its `/`), `./ex`, or a link to it: one
    vault, not two."""
    root = make_vault(VAULT)
    (tmp_path / "link").symlink_to(root)
    monkeypatch.chdir(root.parent)
    for other in (f"{root.name}/", f"./{root.name}", str(root), str(tmp_path / "link")):
        same = CliRunner().invoke(main, ["report", root.name, "-v", other, "--today", "2026-11-21"])
        assert same.exit_code == 0 and "1 person as of 2026-11-21" in same.output, (other, same.output)


def test_a_vault_given_where_a_command_takes_none_says_how_to_give_it(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet show ~/Notes Ana`, as `vaultnet report ~/Notes` is written: a one-line mistake
    that says where the vault goes, for `show`, and for `log`, which takes the folder as the person."""
    root = make_vault(VAULT)
    shown = CliRunner().invoke(main, ["show", str(root), "Ana"])
    assert shown.exit_code == 2
    assert (
        "unexpected extra argument (Ana); the vault is given as -v DIR: vaultnet show PERSON -v DIR"
        in shown.output
    )
    monkeypatch.chdir(root)
    logged = CliRunner().invoke(main, ["log", ".", "Ana", "coffee"])
    assert logged.exit_code == 2 and "'.' is a folder, not a person: give the vault as -v ." in logged.output
    reported = CliRunner().invoke(main, ["report", str(root), "more"])
    assert reported.exit_code == 2 and "-v DIR" not in reported.output  # its vault is its argument


def test_the_older_spelling_of_import_still_works(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    cards = tmp_path / "one.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Lind\r\nN:Lind;Bo;;;\r\nEND:VCARD\r\n")
    result = CliRunner().invoke(main, ["import", "vcard", str(cards), str(root)])
    assert result.exit_code == 0 and "created People/Bo Lind.md" in result.output, result.output
    assert "[VAULT]" not in CliRunner().invoke(main, ["import", "vcard", "--help"]).output


def test_new_takes_a_folder_and_a_day(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {**VAULT, ".vaultnet/templates/person.md": "---\ntags: [person]\ncreated: {{ date }}\n---\n"}
    )
    result = CliRunner().invoke(
        main, ["new", "Rosa Klein", "-v", str(root), "--folder", "Friends/Climbing", "--today", "2026-11-21"]
    )
    assert result.exit_code == 0 and "created Friends/Climbing/Rosa Klein.md" in result.output, result.output
    assert "created: 2026-11-21" in (root / "Friends/Climbing/Rosa Klein.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", ["../out", "/tmp", ".hidden"])
def test_new_refuses_a_folder_outside_the_vault(make_vault, folder: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = CliRunner().invoke(main, ["new", "Rosa", "-v", str(root), "--folder", folder])
    assert result.exit_code == 2 and "must be a folder inside the vault" in result.output
    assert not (root.parent / "out").exists()


def test_log_dates_its_entry_by_today_unless_given(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = CliRunner().invoke(main, ["log", "ann", "tea", "--in", "-v", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 0 and result.output.endswith("- 2026-11-21 <- tea\n"), result.output
    given = CliRunner().invoke(
        main, ["log", "ann", "walk", "-v", str(root), "--today", "2026-11-21", "--date", "2026-11-20"]
    )
    assert given.exit_code == 0 and "- 2026-11-20 walk" in given.output, given.output
