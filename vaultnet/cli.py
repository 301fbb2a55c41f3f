"""The `vaultnet` command: thin click commands over the library."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

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
    from vaultnet.vault import VaultError

    try:
        return action()
    except (ConfigError, VaultError) as exc:
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


no_cache_option = click.option(
    "--no-cache", is_flag=True, help="Read every note afresh, without the parse cache in .vaultnet/cache."
)


class _Progress:
    """A progress bar on stderr for a cold read that takes more than a second, on a terminal only."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            if time.monotonic() - self.start < 1.0:
                return
            self.bar = click.progressbar(length=total, label="reading notes", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _warn_slow_yaml() -> None:
    from vaultnet.parse import yaml_is_fast

    if not yaml_is_fast():
        click.echo(
            "note: PyYAML has no C loader here (libyaml), so front matter is read 5-7 times slower; "
            "reinstall PyYAML with libyaml to fix it",
            err=True,
        )


@main.command()
@vault_argument
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of the vault contract instead.")
@no_cache_option
def report(vault: str, today: str | None, as_json: bool, no_cache: bool) -> None:
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
    progress = _Progress(enabled=not as_json)
    try:
        result = _run(lambda: load_report(root, day, config, use_cache=not no_cache, progress=progress))
    finally:
        progress.close()
    _warn_slow_yaml()
    if as_json:
        click.echo(report_json(result), nl=False)
    else:
        click.echo(Renderer(root).terminal(result, config), nl=False)


@main.command()
@vault_argument
@today_option
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when a page is out of date.")
@no_cache_option
def build(vault: str, today: str | None, check: bool, no_cache: bool) -> None:
    """Write the index pages (Overview, Recency, Reciprocity, Problems)
    into the vault's output folder, only where their text changed.

    Example: vaultnet build ~/Notes
    """
    from vaultnet.build import build as run_build

    root = _vault(vault)
    day = _today(today)
    progress = _Progress(enabled=True)
    try:
        result = _run(lambda: run_build(root, day, check=check, use_cache=not no_cache, progress=progress))
    finally:
        progress.close()
    if check:
        if result.written:
            for page in result.written:
                click.echo(f"stale: {page}", err=True)
            sys.exit(1)
        click.echo(f"{len(result.unchanged)} pages up to date")
        return
    for page in result.written:
        click.echo(f"wrote {page}")
    problems = result.summary.problems
    click.echo(f"{len(result.written)} written, {len(result.unchanged)} unchanged, {problems} problems")


# --- watch (issue 3) ---


# --- introductions and pictures (issue 5) ---


# --- log, new, import, export, check, init (issue 6) ---
