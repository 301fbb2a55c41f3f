"""The `vaultnet` command: thin click commands over the library."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from vaultnet import __version__


class UserMistake(click.ClickException):
    """A mistake in how vaultnet was called: one line, exit 2."""

    exit_code = 2


def _today(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserMistake(f"--today {value!r} is not a date like 2026-11-21") from None


def _vault(value: str) -> Path:
    path = Path(value)
    if not path.exists():
        raise UserMistake(f"{value}: no such folder")
    if not path.is_dir():
        raise UserMistake(f"{value}: is a file, not a vault folder")
    return path


today_option = click.option(
    "--today",
    metavar="YYYY-MM-DD",
    help="Compute as of this day (default: as_of in vaultnet.toml, else today).",
)
vault_argument = click.argument("vault", default=".", metavar="[VAULT]")


def _run(action):  # type: ignore[no-untyped-def]
    """Turn the library's named failures into one-line messages."""
    from vaultnet.build import RefusedWrite
    from vaultnet.config import ConfigError
    from vaultnet.render import TemplateProblem
    from vaultnet.vault import VaultError

    try:
        return action()
    except (ConfigError, VaultError, TemplateProblem) as exc:
        raise UserMistake(str(exc)) from None
    except RefusedWrite as exc:
        raise click.ClickException(f"refused: {exc}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vaultnet")
def main() -> None:
    """See which connections in your Markdown vault are real:
    active, reciprocal and personal.

    vaultnet reads person notes, daily notes and meeting notes, and never
    edits them. Run a command with --help for more, for example:

        vaultnet report ~/Notes
    """


@main.command()
@vault_argument
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of the vault contract instead.")
def report(vault: str, today: str | None, as_json: bool) -> None:
    """Print an overview of the vault: who to reach out to, one-way
    relationships, and notes that could not be read.

    Example: vaultnet report ~/Notes --today 2026-11-21
    """
    from vaultnet.build import load_report
    from vaultnet.config import load_config
    from vaultnet.render import Renderer, report_json

    root = _vault(vault)
    day = _today(today)
    config = _run(lambda: load_config(root))
    result = _run(lambda: load_report(root, day, config))
    if as_json:
        click.echo(report_json(result), nl=False)
    else:
        click.echo(_run(lambda: Renderer(root).terminal(result, config)), nl=False)


@main.command()
@vault_argument
@today_option
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when a page is out of date.")
def build(vault: str, today: str | None, check: bool) -> None:
    """Write the index pages (Overview, Recency, Reciprocity, Problems)
    into the vault's output folder, only where their text changed.

    Example: vaultnet build ~/Notes
    """
    from vaultnet.build import build as run_build

    root = _vault(vault)
    day = _today(today)
    result = _run(lambda: run_build(root, day, check=check))
    if check:
        if result.written:
            for page in result.written:
                click.echo(f"stale: {page}", err=True)
            sys.exit(1)
        click.echo(f"{len(result.unchanged)} pages up to date")
        return
    for page in result.written:
        click.echo(f"wrote {page}")
    problems = result.report.summary.problems
    click.echo(f"{len(result.written)} written, {len(result.unchanged)} unchanged, {problems} problems")


# --- watch (issue 3) ---


# --- introductions and pictures (issue 5) ---


# --- log, new, import, export, check, init (issue 6) ---
