"""The `vaultnet` command: thin click commands over the library."""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import gc
import io
import os
import signal
import sys
import time
from collections.abc import Callable
from itertools import takewhile
from typing import TYPE_CHECKING, Any

import click

from vaultnet.convert import counted
from vaultnet.errors import PagesTaken, RefusedWrite, UserMistake, VaultGone, VaultnetError, WriteFailed
from vaultnet.patterns import lazy_pattern
from vaultnet.version import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console, RenderableType

    from vaultnet.commands.calendar import CalendarImport
    from vaultnet.commands.vcard import ImportResult
    from vaultnet.config import Config
    from vaultnet.metrics.stats import Report
    from vaultnet.model import Direction
    from vaultnet.vault.resolve import Seen


def _say_nobody(root: Path, config: Config) -> None:
    """Tell, on standard error, a vault where vaultnet found nobody how it finds people: notes
    among people it read as yours, else the wrong folder, or people marked otherwise."""
    from vaultnet.pages.render import no_people_hint
    from vaultnet.vault.load import taken_as_yours

    click.echo(no_people_hint(config, yours=taken_as_yours(root, config)), err=True)


def _today(value: str | None, option: str = "--today") -> dt.date | None:
    if value is None:
        return None
    from vaultnet.convert import check_today

    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UserMistake(_not_a_day(value, option)) from None
    try:
        return check_today(day, option)
    except ValueError as exc:
        raise UserMistake(str(exc)) from None


def _not_a_day(value: str, option: str) -> str:
    """Why `value` is no day: the month or day out of range (`2026-13-01`), else the form wanted
    (and for `--date`, the days it takes by name)."""
    if _ISO_DAY.fullmatch(value):
        try:
            dt.date(*map(int, value.split("-")))
        except ValueError as exc:
            return f"{option} {value!r} is not a date: {exc}"
    if option == "--date":
        return f"--date {value!r} is not a date like 2026-11-21, today or yesterday"  # `_DAYS_BACK`
    return f"{option} {value!r} is not a date like 2026-11-21"


_ISO_DAY = lazy_pattern(r"\d{4}-\d{2}-\d{2}")


def _vault(value: str) -> Path:
    from pathlib import Path  # here: pathlib (urllib and ipaddress with it) slows --help

    if (why := _no_folder(value)) is not None:
        raise UserMistake(f"{value}: {why}")
    if _built_in(value, "."):
        raise UserMistake(
            f"{value} is vaultnet's output folder (it holds pages vaultnet wrote): give the vault, "
            f"{_vault_of_output(value)}"
        )
    return Path(value)


def _vault_of_output(folder: str) -> str:
    """The vault whose output folder `folder` is, as a path from where `folder` is given: the
    nearest folder above whose `output` setting names it, else the one just above."""
    from pathlib import Path

    from vaultnet.config import load_config

    depth = max(len(Path(os.path.abspath(folder)).parts) - 1, 1)  # `output` lies in the vault
    up = [os.path.normpath(os.path.join(folder, *[os.pardir] * n)) for n in range(1, depth + 1)]
    for vault in up:
        try:
            if os.path.samefile(Path(vault, load_config(Path(vault)).output), folder):
                return vault
        except (VaultnetError, OSError):
            continue
    return up[0]


def _no_folder(value: str) -> str | None:
    """What is wrong with a vault's folder: it is missing or a file; or nothing."""
    if not os.path.exists(value):
        return "no such folder"
    return None if os.path.isdir(value) else "is a file, not a vault folder"


today_option = click.option(
    "--today",
    metavar="YYYY-MM-DD",
    help="Compute as of this day (default: as_of in vaultnet.toml, else today).",
)
clock_today_option = click.option(
    "--today",
    metavar="YYYY-MM-DD",
    help="Take this day for today (default: the clock's; as_of in vaultnet.toml does not apply here).",
)


class _UnlistedArgument(click.Argument):
    """An argument kept for an older spelling of a command: accepted, absent from its usage line."""

    def get_usage_pieces(self, ctx: click.Context) -> list[str]:
        return []


def vault_params(
    bare: bool | None, anywhere: bool = False
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The one way every command is given its vault: `--vault/-v DIR`, else $VAULTNET_VAULT, else the
    vault the current folder is in (`_vault_above`), else `.` when it looks like one
    (`_looks_like_a_vault`; `anywhere`: `.`, whatever it holds, for `init`).

    bare=True: the command takes no other argument, so the folder may also come bare, as its
    argument (`vaultnet report ~/Notes`). bare=None: an older spelling took it bare after other
    arguments; still accepted, no longer shown. Use it as the decorator nearest the function, so
    that a bare vault comes after the command's own arguments.
    """

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(command)
        def given_one_vault(
            *args: Any, vault: str | None, bare_vault: str | None = None, **kwargs: Any
        ) -> None:
            command(*args, vault=_one_vault(vault, bare_vault, anywhere), **kwargs)

        decorated = click.option(
            "-v",
            "--vault",
            "vault",
            metavar="DIR",
            help="The vault folder (default: $VAULTNET_VAULT, else the vault the current folder is in).",
        )(given_one_vault)
        if bare is False:
            return decorated
        return click.argument(
            "bare_vault", required=False, metavar="[VAULT]", cls=click.Argument if bare else _UnlistedArgument
        )(decorated)

    return decorate


def _one_vault(option: str | None, bare: str | None, anywhere: bool) -> str:
    if option is not None and bare is not None and not _same_folder(_home(option), _home(bare)):
        raise UserMistake(f"two vaults given ({bare} and --vault {option}): give one")
    typed = option or bare
    if typed is not None:
        return _home(typed)
    if set_in := os.environ.get("VAULTNET_VAULT"):  # set empty: not set
        if not anywhere and (why := _no_folder(_home(set_in))) is not None:
            raise UserMistake(f"$VAULTNET_VAULT={set_in}: {why}")  # not typed: say where it came from
        return _home(set_in)
    if anywhere:
        return "."
    if (above := _vault_above()) is not None:
        return above
    if not _looks_like_a_vault("."):
        raise UserMistake(
            "the current folder does not look like a vault (no notes, .obsidian, logseq, .git or "
            "vaultnet.toml in it): give the vault's folder, as -v ~/Notes"
        )
    return "."


def _same_folder(one: str, other: str) -> bool:
    """Do two paths typed name one folder (`ex` and `ex/`, `./ex`, a symlink to it)?"""
    if os.path.realpath(one) == os.path.realpath(other):
        return True
    try:
        return os.path.samefile(one, other)  # one folder by two names (a case-insensitive disk)
    except OSError:
        return False


def _home(path: str) -> str:
    """`~/Notes` in the home folder, as the shell would have it: bash leaves a `~` after `=`
    (`--vault=~/Notes`) and in quotes as it is. A folder named `~` here is kept."""
    return os.path.expanduser(path) if path[:1] == "~" and not os.path.exists(path) else path


_VAULT_SIGNS = frozenset((".obsidian", "logseq", ".git", "vaultnet.toml", ".vaultnet", "people", "contacts"))
"""What a folder holds at its top when it is a vault: an app's settings, a repository, vaultnet's
own files, a people folder."""


def _vault_above() -> str | None:
    """The vault the current folder is in, as git finds its repository from a subfolder: the
    nearest folder from here up that holds Obsidian's settings, `vaultnet.toml` or a Logseq graph's
    (`logseq` beside `pages` or `journals`), else the nearest whose default output folder holds
    the pages a build wrote (a clone with neither; a stray build further down yields to a vault's
    own sign above), as a path from here (`.`, `..`, `../..`): `check` names its files from where
    the user is. Not a repository or vaultnet's cache: a home folder under git, or where vaultnet
    once ran, is no vault to climb to."""
    folder, path = os.getcwd(), "."
    built: str | None = None
    while True:
        try:
            with os.scandir(folder) as entries:
                names = {entry.name.lower() for entry in entries}
        except OSError:
            return built
        if {".obsidian", "vaultnet.toml"} & names or ("logseq" in names and {"pages", "journals"} & names):
            return path
        if built is None and "_vaultnet" in names and _built_in(folder):
            built = path
        parent = os.path.dirname(folder)
        if parent == folder:
            return built
        folder, path = parent, os.path.normpath(os.path.join(path, os.pardir))


def _built_in(folder: str, output: str = "_vaultnet") -> bool:
    """Does the folder's `output` hold the Overview a build writes, its marker line first?"""
    from pathlib import Path

    from vaultnet.pages.layout import is_generated

    return is_generated(Path(folder, output, "Overview.md"))


def _looks_like_a_vault(folder: str) -> bool:
    """Does the folder hold notes, or the sign of a vault? Not asked of a folder given by name:
    only of the current one, so that `vaultnet report` typed in the home folder does not read
    every Markdown file under it (and write a parse cache of them there)."""
    try:
        with os.scandir(folder) as entries:
            return any(e.name.lower() in _VAULT_SIGNS or e.name.lower().endswith(".md") for e in entries)
    except OSError:
        return True  # the command says what is wrong with it


def failure(exc: VaultnetError | OSError) -> tuple[str, int]:
    """The one line and the exit code a failure of any command ends with.

    A refusal to do harm, a file the system would not read or write (a note put back), and a
    vault gone while watched (or its pages taken by another watch) are failures (1); every other
    VaultnetError is a mistake the user can fix (2).
    """
    if isinstance(exc, (VaultGone, PagesTaken)):
        return f"stopped: {exc}", 1
    if isinstance(exc, RefusedWrite):
        return f"Error: refused: {exc}", 1
    if isinstance(exc, WriteFailed):
        return f"Error: {exc}", 1
    if isinstance(exc, VaultnetError):
        return f"Error: {exc}", 2
    where = f"{exc.filename}: " if exc.filename else ""
    return f"Error: {where}{exc.strerror or exc}", 1


class _Commands(click.Group):
    """vaultnet's command group: the one place a library failure becomes a line and an exit code."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """As click parses, but an option of a command given before it (`vaultnet --vault ev
        report`) is told where it goes."""
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            named = next((arg for arg in args if arg in self.commands), None)
            command = self.commands.get(named or "")
            if command is None or not any(exc.option_name in p.opts for p in command.params):
                raise
            where = f" Options go after the command: vaultnet {named} {exc.option_name} ..."
            raise click.NoSuchOption(exc.option_name, exc.message + where, ctx=exc.ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # the reader went away (`vaultnet report | head -1`): no error of ours
            _nothing_more_out()
            ctx.exit(141)  # as a tool SIGPIPE stops (128 + 13)
        except (VaultnetError, OSError) as exc:
            message, code = failure(exc)
            click.echo(message, err=True)
            ctx.exit(code)
        except (KeyboardInterrupt, click.Abort):
            # Ctrl-C: 130, as a shell reports a command SIGINT stopped (128 + 2), not click's 1,
            # which `check` gives for problems found: a hook must not read a stop as a verdict.
            click.echo("\nAborted!", err=True)
            ctx.exit(130)
        except click.UsageError as exc:
            hint = _vault_hint(exc)
            if not hint:
                raise
            raise click.UsageError(exc.message + hint, exc.ctx) from None


def _nothing_more_out() -> None:
    """Standard output to nowhere: what Python still holds for it, flushed on the way out,
    would fail on the closed pipe again (Python's own advice, in the `signal` module's docs)."""
    import contextlib

    with contextlib.suppress(AttributeError, OSError, ValueError):  # no file of its own: a test's
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _vault_hint(exc: click.UsageError) -> str:
    """For `vaultnet show ~/Notes Ana`, a command given a folder where it takes none: how to give
    the vault. Else nothing."""
    ctx = exc.ctx
    if ctx is None or not exc.message.startswith("Got unexpected extra argument"):
        return ""
    if any(p.name == "bare_vault" and not isinstance(p, _UnlistedArgument) for p in ctx.command.params):
        return ""  # the vault is its argument: the extra one is something else
    pieces = [p for p in ctx.command.collect_usage_pieces(ctx) if p != "[OPTIONS]"]
    return f"; the vault is given as -v DIR: vaultnet {ctx.info_name} {' '.join(pieces)} -v DIR"


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vaultnet")
def main() -> None:
    """See which connections in your Markdown vault are real:
    active, reciprocal and personal.

    vaultnet reads person notes, daily notes and meeting notes; it changes a
    note only when you ask it to (vaultnet log). Run a command with --help
    for more, for example:

        vaultnet report ~/Notes
    """
    import logging

    logging.basicConfig(level=logging.WARNING, format="vaultnet: %(message)s")


def run() -> None:
    """The `vaultnet` command: `main` in a process of its own, which ends with the command.

    Python's cyclic collector stays off throughout. A command's objects hold few cycles (the
    templates' compiled code, once), all freed with the process; the collector's passes over a
    vault's hundreds of thousands of objects would free nothing. At the end everything is
    frozen (moved out of the collector's sight), so the interpreter's last collection on its way
    out does not walk it all either (docs/performance.md gives the gain measured). `watch`, which
    runs on, turns the collector back on.
    """
    _in_utf8()
    gc.disable()
    try:
        main()
    finally:
        gc.freeze()


def _in_utf8() -> None:
    """Start again in Python's UTF-8 mode when the locale's encoding is another (`LANG=C` with
    `PYTHONUTF8=0`, a Latin-1 locale): file names, notes and what vaultnet prints are UTF-8
    whatever the locale, so the pages and the JSON are the same bytes on any machine, and a
    curly quote printed is no traceback. Windows names files in UTF-8 in any locale (and cannot
    start a program in place of this one), so there only the output is made UTF-8."""
    if not (sys.flags.utf8_mode or sys.platform == "win32" or sys.getfilesystemencoding().lower() in _UTF8):
        os.execv(sys.executable, [sys.executable, "-X", "utf8", *sys.orig_argv[1:]])
    for stream in (sys.stdout, sys.stderr):
        # A Windows pipe (Windows-1252) or `PYTHONIOENCODING`, which UTF-8 mode does not override:
        # a stream that could not print `Ł`, or `log`'s confirmation after its write.
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")


_UTF8 = ("utf-8", "utf8")


no_cache_option = click.option(
    "--no-cache", is_flag=True, help="Read every note afresh, without the parse cache in .vaultnet/cache."
)


def _dumb_terminal() -> bool:
    """TERM=dumb: a terminal that takes no cursor moves (Emacs's shell, a plain console), named as
    rich names one (`dumb` or `unknown`, in any case). It gets what a pipe gets: no progress bar
    drawn over itself, and the report one line an item."""
    return os.environ.get("TERM", "").lower() in ("dumb", "unknown")


def _report_console() -> Console | None:
    """rich's console for the report on a terminal (colour unless NO_COLOR is set; the
    terminal's own width), or None for plain lines: a pipe, a file, a dumb terminal."""
    if sys.stdout is None or not sys.stdout.isatty() or _dumb_terminal():  # None: closed (`>&-`)
        return None
    from rich.console import Console

    return Console()


class _Progress:
    """A progress bar on stderr for a cold read that takes more than a second, on a terminal
    only (not a dumb one)."""

    def __init__(self, enabled: bool) -> None:
        terminal = sys.stderr is not None and sys.stderr.isatty()  # None: closed
        self.enabled = enabled and terminal and not _dumb_terminal()
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
    from vaultnet.read.text import yaml_is_fast

    if not yaml_is_fast():
        click.echo(
            "note: PyYAML has no C loader here (libyaml), so front matter is read several times slower; "
            "reinstall PyYAML with libyaml to fix it",
            err=True,
        )


@main.command(short_help="Print an overview of the vault (--json for scripts).")
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of the vault contract instead.")
@click.option(
    "--limit", type=click.IntRange(min=1), metavar="N",
    help="People shown per list (default: `limit` in vaultnet.toml, else 5, as the Overview page shows); "
    "Recency and the other pages list everyone.",
)  # fmt: skip
@no_cache_option
@vault_params(bare=True)
def report(vault: str, today: str | None, as_json: bool, limit: int | None, no_cache: bool) -> None:
    """Print an overview of the vault: who to reach out to, one-way
    relationships, and notes that could not be read.

    Example: vaultnet report ~/Notes --today 2026-11-21
    """
    from vaultnet.build import show_report
    from vaultnet.config import load_config
    from vaultnet.pages.render import page_context, report_json

    root = _vault(vault)
    day = _today(today)
    config = load_config(root)
    console = None if as_json else _report_console()

    def shown(report: Report, config: Config, *kept: Any) -> RenderableType:
        """The report as JSON (every person whole), as rich tables for a terminal, else as lines."""
        if as_json:
            return report_json(report, config, kept[0])
        from vaultnet.pages.terminal import plain_report, rich_report

        context = page_context(report, config, kept[0], kept[1], root)
        context["pages_built"] = _built_in(str(root), config.output)  # else no page to point to
        return plain_report(context) if console is None else rich_report(context, console.width)

    progress = _Progress(enabled=not as_json)
    try:
        text = show_report(root, shown, day, config, not no_cache, progress, limit)
    finally:
        progress.close()
    _warn_slow_yaml()
    if console is None:
        click.echo(text, nl=False)
    else:
        console.print(text)


@main.command(short_help="Write the index pages into the vault's output folder.")
@today_option
@click.option(
    "--check",
    is_flag=True,
    help="Write no page (the parse cache is still kept); exit 1 when a page is out of date.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read every note afresh, and remove the cache in .vaultnet/cache (kept with --check).",
)
@vault_params(bare=True)
def build(vault: str, today: str | None, check: bool, no_cache: bool) -> None:
    """Write the index pages (Overview, Recency, Connections, Follow-ups,
    Reciprocity, Introductions, Problems and the Network canvas) into the
    vault's output folder, only where their text changed.

    Example: vaultnet build ~/Notes
    """
    from vaultnet.build import build as run_build

    root = _vault(vault)
    day = _today(today)
    progress = _Progress(enabled=True)
    try:
        result = run_build(root, day, check=check, use_cache=not no_cache, progress=progress)
    finally:
        progress.close()
    if check:
        for page in result.written:
            click.echo(f"stale: {page}", err=True)
        for why in result.refused:
            click.echo(f"Error: refused: {why}", err=True)
        if result.written or result.refused:
            sys.exit(1)
        click.echo(f"{counted(len(result.unchanged), 'page')} up to date")
        return
    for page in result.written:
        click.echo(f"wrote {page}")
    count = result.summary.problems
    problems = counted(count, "problem") + (
        f" (vaultnet check lists {'it' if count == 1 else 'them'})" if count else ""
    )
    click.echo(f"{len(result.written)} written, {len(result.unchanged)} unchanged, {problems}")
    if not result.summary.people:
        from vaultnet.config import load_config

        _say_nobody(root, load_config(root))
    for why in result.refused:
        click.echo(f"Error: refused: {why}", err=True)
    if result.refused:
        sys.exit(1)


# --- watch (issue 3) ---


@main.command(short_help="Build the pages, then keep them current as notes change.")
@today_option
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--debounce",
    metavar="MS",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="Quiet time to wait after a change before rebuilding.",
)
@vault_params(bare=True)
def watch(vault: str, today: str | None, quiet: bool, debounce: int) -> None:
    """Build the pages, then rebuild them whenever a note changes, until Ctrl-C.

    Only what changed is read again, and only pages whose text changed are
    written. One line per rebuild: what changed, pages written, time taken.

    Example: vaultnet watch ~/Notes
    """
    from vaultnet.watch import Rebuild, Watcher

    gc.enable()  # `run` turns it off for a command that ends soon; this one runs on
    root = _vault(vault)
    day = _today(today)

    def show(rebuild: Rebuild) -> None:
        if rebuild.error:
            click.echo(rebuild.line(), err=True)
        elif not quiet:
            click.echo(rebuild.line())

    watcher = Watcher(root, day, debounce / 1000)
    watcher.claim()  # refused (another watch keeps the pages) before saying it watches
    if not quiet:
        click.echo(f"watching {root.resolve()} (Ctrl-C to stop)")  # `.`, `..`: which vault is it?
    for name in ("SIGTERM", "SIGHUP"):  # `kill`, a terminal closed: stop as Ctrl-C stops it, claim let go
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.default_int_handler)
    watcher.run_until_interrupted(show)
    if not quiet:
        try:
            click.echo("stopped")
        except OSError:  # the terminal closed (SIGHUP): nobody to tell, and it stopped as it should
            _nothing_more_out()


# --- introductions and pictures (issue 5) ---


# --- log, new, import, export, check, init (issue 6) ---


def _direction(out: bool, inbound: bool, mutual: bool) -> Direction:
    flags: tuple[tuple[Direction, bool], ...] = (("outbound", out), ("inbound", inbound), ("mutual", mutual))
    chosen = [name for name, flag in flags if flag]
    if len(chosen) > 1:
        raise UserMistake("give only one of --out, --in, --mutual")
    return chosen[0] if chosen else "unknown"


def _clock_today(value: str | None) -> dt.date:
    return _today(value) or dt.date.today()


def _entry_day(date: str | None, today: str | None, config: Config) -> dt.date:
    """`--date`, else `--today`, else the day vaultnet computes as of (`as_of` when pinned, so an
    entry logged in a pinned vault is never in its future), else the clock's today. `--date
    yesterday` (or `today`) is the day before that day."""
    day = _today(today) or config.as_of or dt.date.today()
    back = _DAYS_BACK.get(date.strip().lower()) if date is not None else None
    return day - dt.timedelta(days=back) if back is not None else _today(date, "--date") or day


_DAYS_BACK = {"today": 0, "yesterday": 1}
"""The days `--date` takes by name, as days before the day vaultnet computes as of."""


_MARKS: tuple[tuple[str, Direction], ...] = (("<->", "mutual"), ("->", "outbound"), ("<-", "inbound"))


def _marked(text: str, direction: Direction) -> tuple[str, Direction]:
    """`-> she said hi`: a text that starts with a direction mark gives the direction itself."""
    for mark, marked in _MARKS:
        if text.startswith(mark) and text[len(mark) : len(mark) + 1] in (" ", ""):
            if direction not in ("unknown", marked):
                raise UserMistake(f"the text starts with {mark} but the option says otherwise: give one")
            return text[len(mark) :].strip(), marked
    return text, direction


_DAY_FIRST = lazy_pattern(r"(\d{4}-\d{2}-\d{2})(?!\S)")
"""A day opening the text of `log` (`2026-11-02 coffee`): meant as its day, not its words."""


_DASHED = "\ue000"
"""Put before an argument of `log` that starts with a dash but is no option while click parses
(private use: no typed text holds it), and taken off after."""


def _option_like(arg: str, shorts: set[str]) -> bool:
    """`--date`, `--mutal`: two dashes, then a letter; or one of the command's own short options
    (`shorts`: `-v`, `-h`). `-ish` and `-x marks the spot` are words."""
    return arg in shorts or (arg.startswith("--") and arg[2:3].isalpha())


def _undashed(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(map(_undashed, value))
    return value.removeprefix(_DASHED) if isinstance(value, str) else value


class _TextCommand(click.Command):
    """`log`: a word of its text may start with a dash (`-> sent the draft`, the mark for "I reached
    out"; `- 5 degrees`, `-ish`), where click would take it for options. Only an argument spelled
    as one (`_option_like`) is read as an option, a misspelt long one refused as before; `--` still
    ends the options."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" not in args:
            shorts = {opt for param in self.get_params(ctx) for opt in param.opts if opt[1:2] != "-"}
            args = [
                _DASHED + arg if arg[:1] == "-" and not _option_like(arg, shorts) else arg for arg in args
            ]
        rest = super().parse_args(ctx, args)
        ctx.params = {name: _undashed(value) for name, value in ctx.params.items()}
        return rest


@main.command("log", cls=_TextCommand, short_help="Add a dated entry to a person's log.")
@click.argument("person")
@click.argument("text", nargs=-1, required=True)
@click.option("--out", "out", is_flag=True, help="I reached out (->).")
@click.option("--in", "inbound", is_flag=True, help="They reached out (<-).")
@click.option("--mutual", is_flag=True, help="Both of us: a meeting, a real conversation (<->).")
@click.option(
    "--date",
    "date",
    metavar="DAY",
    help="The day it happened: YYYY-MM-DD, today or yesterday (default: --today, else as_of, else today).",
)
@today_option
@vault_params(bare=False)
def log_command(
    person: str,
    text: tuple[str, ...],
    out: bool,
    inbound: bool,
    mutual: bool,
    date: str | None,
    today: str | None,
    vault: str,
) -> None:
    """Add one entry to a person's log (the list of dated entries it holds,
    in its text or its front matter, or a `## Log` section, made when missing),
    changing no other byte of the note. PERSON is a name, file name or alias,
    in any case.

    Example: vaultnet log "Jane Doe" coffee at Rosa\\'s --mutual --date 2026-11-02 -v ~/Notes
    """
    from vaultnet.commands.log import check_entry_day, log_entry
    from vaultnet.config import load_config

    root = _vault(vault)
    config = load_config(root)
    words, direction = _marked(" ".join(text).strip(), _direction(out, inbound, mutual))
    if date is None and (typed := _DAY_FIRST.match(words)):
        raise UserMistake(f"the text starts with a date: did you mean --date {typed[1]}?")
    day = _entry_day(date, today, config)
    check_entry_day(day, _today(today) or config.as_of or dt.date.today())
    loose = list(takewhile(lambda arg: arg.split() == [arg], text))  # a quoted text is no name run on
    if loose and any(loose[0] == mark for mark, _ in _MARKS):
        del loose[0]
    logged = log_entry(root, person, words, day, direction, config, loose)
    click.echo(f"{logged.file}:{logged.line}: {logged.entry.strip()}")
    if date is None and today is None and config.as_of is not None and config.as_of != dt.date.today():
        click.echo(
            f"dated {day}, the as_of day of vaultnet.toml, not the clock's: give --date for another", err=True
        )


@main.command("show", short_help="Tell one person's whole story.")
@click.argument("person")
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the story as JSON.")
@no_cache_option
@vault_params(bare=False)
def show_command(person: str, today: str | None, as_json: bool, no_cache: bool, vault: str) -> None:
    """Tell one person's whole story: who they are, what you know, every
    contact from every note (with its file:line), their rhythm, what is due
    or planned, open follow-ups, links, introductions and next birthday, and
    what in their note could not be read. PERSON is found as `vaultnet log`
    finds it.

    Example: vaultnet show "Maya Lindqvist" -v ~/Notes
    """
    from vaultnet.commands.show import saved_story, story_json, story_text
    from vaultnet.config import load_config

    root = _vault(vault)
    day = _today(today)
    config = load_config(root)
    story = None if no_cache else saved_story(root, person, day, config)
    if story is None:  # no build state to use: every note read
        from vaultnet.build import load_report
        from vaultnet.commands.show import person_story

        seen: Seen = {}  # which notes tell of whom: only those are asked for the person's lines
        report = load_report(root, day, config, use_cache=not no_cache, seen=seen)
        story = person_story(root, report, person, config, seen)
    click.echo(story_json(story) if as_json else story_text(story, config.reciprocity_days), nl=False)


@main.command("new", short_help="Create a person note from the person template.")
@click.argument("name")
@click.option(
    "--folder",
    metavar="NAME",
    help="Folder for the note (default: the vault's People folder, a Logseq graph's pages).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Make the note even when NAME is the first or last name of one person (`vaultnet log` finds them).",
)
@clock_today_option
@vault_params(bare=False)
def new_command(name: str, folder: str | None, force: bool, today: str | None, vault: str) -> None:
    """Create a person note, People/NAME.md, from the person template: yours in
    .vaultnet/templates/person.md, else the vault's own (Templates/Person.md, filled as
    Obsidian's Templates or Templater plugin would), else vaultnet's. Never replaces a note,
    nor makes one of a name someone is found by already (Tom, beside Tom Becker) unless --force.

    Example: vaultnet new "Rosa Klein" -v ~/Notes
    """
    from vaultnet.commands.scaffold import new_person
    from vaultnet.config import load_config

    root = _vault(vault)
    config = load_config(root)
    day = _clock_today(today)
    made = new_person(root, name, config, day, folder, force)
    click.echo(f"created {made.file}" + (f" from {made.template}" if made.template else ""))
    if made.template_encoding:
        click.echo(
            f"note: {made.template} is {made.template_encoding}: {made.file} is written in UTF-8", err=True
        )
    for other in made.alike:
        click.echo(f"note: {other} has that name with its accents: the same person?", err=True)
    if made.outside:
        click.echo(f"note: {made.outside}", err=True)
    if not made.read_as_a_person:
        click.echo(
            f"note: {made.file} is not read as a person yet: fill in what its template left as a placeholder "
            "({{...}}, <%...%>, YYYY-MM-DD), or give it a person tag",
            err=True,
        )


folder_option = click.option(
    "--folder",
    metavar="NAME",
    help="Folder for new notes (default: the vault's People folder, a Logseq graph's pages).",
)


@main.group("import")
def import_group() -> None:
    """Bring people in from other tools.

    Example: vaultnet import vcard contacts.vcf -v ~/Notes
    """


@import_group.command("vcard", short_help="Create a person note for each contact of a vCard file.")
@click.argument("file", type=click.Path(dir_okay=False))
@folder_option
@vault_params(bare=None)
def import_vcard(file: str, vault: str, folder: str | None) -> None:
    """Create a person note for each contact of a vCard file (3.0, 4.0,
    and the 2.1 that phones export). An existing person is never
    changed: vaultnet lists what it would merge instead.

    Example: vaultnet import vcard ~/Downloads/contacts.vcf -v ~/Notes
    """
    from pathlib import Path

    from vaultnet.commands.vcard import import_cards
    from vaultnet.config import load_config

    root = _vault(vault)
    source = Path(file)
    if not source.is_file():
        raise UserMistake(f"{file}: no such file")
    _imported(file, import_cards(root, source, load_config(root), folder))


@import_group.command("csv", short_help="Create a person note for each contact of a CSV file.")
@click.argument("file", type=click.Path(dir_okay=False))
@folder_option
@vault_params(bare=None)
def import_csv(file: str, vault: str, folder: str | None) -> None:
    """Create a person note for each contact of a CSV file, as Google
    Contacts, Outlook and LinkedIn (Connections.csv) export them, or any
    sheet whose header row names its columns (Name or First Name, Email,
    Phone, Company, Title, Birthday, Notes, Tags...). An existing person
    is never changed: vaultnet lists what it would merge instead.

    Example: vaultnet import csv ~/Downloads/contacts.csv -v ~/Notes
    """
    from pathlib import Path

    from vaultnet.commands.contacts_csv import read_csv
    from vaultnet.commands.vcard import import_cards
    from vaultnet.config import load_config

    root = _vault(vault)
    source = Path(file)
    if not source.is_file():
        raise UserMistake(f"{file}: no such file")
    cards, problems, notices = read_csv(file, source.read_bytes())
    result = import_cards(root, source, load_config(root), folder, read=lambda _: (cards, problems, notices))
    _imported(file, result)


def _imported(file: str, result: ImportResult) -> None:
    """What an import made, would merge, already knew and could not read, as `import vcard` and
    `import csv` say it."""
    for created in result.created:
        click.echo(f"created {created}")
    for merge in result.merges:
        click.echo(f"exists  {merge.file}: would merge {merge.summary}")
    for same in result.same:
        click.echo(f"exists  {same}: nothing new")
    said = (*result.problems, *result.warnings)
    for problem in sorted(said, key=lambda p: p.line):
        click.echo(f"{file}:{problem.line}: {problem.message}", err=True)
    warned = f", {counted(len(result.warnings), 'warning')}" if result.warnings else ""
    click.echo(
        f"{len(result.created)} created, {len(result.merges)} to merge by hand, "
        f"{len(result.same)} already known, {len(result.problems)} skipped{warned}"
    )
    if result.interrupted:
        click.echo("interrupted: the notes listed were made, each whole; import again for the rest", err=True)
        sys.exit(130)
    if result.unwritten:
        sys.exit(1)  # notes the system would not write: said above, the rest made


@import_group.command("ics", short_help="Turn past calendar events into contacts (--write to add them).")
@click.argument("file", type=click.Path(dir_okay=False))
@today_option
@click.option("--since", metavar="YYYY-MM-DD", help="The window's first day (default: a year before today).")
@click.option("--write", is_flag=True, help="Add the entries; without it, only show what would be added.")
@vault_params(bare=False)
def import_ics(file: str, today: str | None, since: str | None, write: bool, vault: str) -> None:
    """Turn past calendar events into contacts: each event whose attendees
    (by e-mail or name) or title (a name or alias, unless its words say no
    meeting: `Reminder: email Bo`) match people becomes
    a mutual entry with its title in each one's log, as `vaultnet log` writes
    it; the person who organised it started it (inbound). Recurring events
    are expanded; a person who declined gets nothing; vaultnet's own events
    (from export ics) and events of more than 10 people are left out;
    a day that already has a contact with them is skipped, so importing
    twice adds nothing. Future events are listed as plans. Shows what it
    would add until given --write.

    Example: vaultnet import ics ~/Downloads/calendar.ics -v ~/Notes --write
    """
    from pathlib import Path

    from vaultnet.build import load_report
    from vaultnet.commands.calendar import PLANS_AHEAD, import_calendar, names_of
    from vaultnet.config import load_config

    root = _vault(vault)
    config = load_config(root)
    report = load_report(root, _today(today), config)
    first = _today(since, "--since") or report.today - dt.timedelta(days=365)
    found = import_calendar(root, report, Path(file), config, first, write)
    for meeting in found.meetings:
        if write and meeting.status == "add":
            continue  # said below, with the line it was written on
        verb = _MEETING_WORDS[meeting.status]
        who = _ORGANISED.get(meeting.direction, "")
        click.echo(f"{verb:<9} {meeting.file}: {meeting.day} {meeting.title}{who}")
    for plan in found.plans:
        click.echo(f"plan      {plan.day} {plan.title}: {names_of(report, plan.files)}")
    for line in found.written:
        click.echo(f"wrote     {line}")
    for line in found.unread:
        click.echo(f"skipped   event {line}", err=True)
    for line in found.failed:
        click.echo(f"not written {line}", err=True)
    if found.yours_unknown:
        said = 'without your address in `me` (vaultnet.toml: me = ["you@example.org"]), who organised an'
        click.echo(f"{said} event and which you declined cannot be told: each is a mutual meeting", err=True)
    ahead = report.today + dt.timedelta(days=PLANS_AHEAD)
    click.echo(f"window    {first} to {report.today}, plans to {ahead} (--since for earlier events)")
    _ics_summary(found, write)
    if found.interrupted:
        click.echo("interrupted: the entries listed were written, each whole; import again for the rest",
                   err=True)  # fmt: skip
        sys.exit(130)
    if found.failed:
        sys.exit(1)  # asked to write, and a note refused: said above, the rest written


def _ics_summary(found: CalendarImport, write: bool) -> None:
    """`import ics`'s last line: what it added or would add, and what it left out and why."""
    from vaultnet.read.words import GROUP_LIMIT

    adds = len(found.written) if write else sum(m.status == "add" for m in found.meetings)
    known = sum(m.status == "known" for m in found.meetings)
    removed = sum(m.status == "removed" for m in found.meetings)
    hint = "" if write or not adds else " (add them with --write)"
    plans, unmatched = counted(len(found.plans), "plan"), counted(found.unmatched, "event")
    failed = f", {len(found.failed)} not written" if found.failed else ""
    gone = f", {removed} removed by you since imported" if removed else ""
    unread = f", {counted(len(found.unread), 'event')} not read" if found.unread else ""
    ours = f", {counted(found.ours, 'event')} from vaultnet skipped" if found.ours else ""
    others = f", {counted(found.others, 'event')} of others' calendars skipped" if found.others else ""
    big = f", {counted(found.crowds, 'event')} of over {GROUP_LIMIT} people skipped" if found.crowds else ""
    click.echo(f"{adds} {'added' if write else 'to add'}{hint}{failed}, {known} already known{gone}, "
               f"{plans}, {unmatched} matched nobody{unread}{ours}{others}{big}")  # fmt: skip


_MEETING_WORDS = {
    "add": "would add", "known": "known", "again": "same day", "declined": "declined", "unmet": "not met",
    "removed": "removed",
}  # fmt: skip
"""What `import ics` says of each meeting it found, by its status (`calendar.Meeting`)."""
_ORGANISED = {"inbound": " (they organised it)", "outbound": " (you organised it)"}
"""What `import ics` says of a meeting its organiser started."""


@main.group("export")
def export_group() -> None:
    """Hand people to other tools.

    Example: vaultnet export vcard ~/Notes -o people.vcf
    """


@export_group.command("vcard", short_help="Write every person as a vCard 4.0 contact.")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The .vcf file to write; - for standard output.",
)
@vault_params(bare=True)
def export_vcard(vault: str, output: str) -> None:
    """Write every person of the vault as a vCard 4.0 contact.

    Example: vaultnet export vcard ~/Notes -o people.vcf
    """
    from pathlib import Path

    from vaultnet.commands.vcard import export_cards, write_vcf
    from vaultnet.config import load_config

    root = _vault(vault)
    config = load_config(root)
    text, count = export_cards(root, config)
    if output == "-":
        click.echo(text, nl=False)
        return
    write_vcf(Path(output), text, root, config)
    # To standard output: a cron job's `>/dev/null` leaves it the errors, on standard error, to mail.
    click.echo(f"wrote {counted(count, 'person', 'people')} to {output}")


@export_group.command("ics", short_help="Write a calendar of who is due, plans and birthdays.")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="The .ics file to write (only when its text changed); - for standard output.")  # fmt: skip
@click.option("--names-only", is_flag=True,
              help="Names and days only: no words of your notes (last contact, follow-ups, plans) "
              "and no note paths in the events. Use it for a calendar shared through a link.")  # fmt: skip
@today_option
@vault_params(bare=True)
def export_ics(vault: str, output: str, names_only: bool, today: str | None) -> None:
    """Write an iCalendar file to subscribe to: a reminder on the day each
    person is due (the last note and open follow-ups in it), their planned
    contacts, and yearly birthdays. UIDs are stable, so a calendar app
    updates events instead of adding them again. Anyone who can read the
    file reads what it quotes of your notes: publish it through a link
    only with --names-only.

    Example: vaultnet export ics ~/Notes -o ~/Calendars/people.ics
    """
    from pathlib import Path

    from vaultnet.build import load_report
    from vaultnet.commands.calendar import calendar_text, write_ics
    from vaultnet.config import load_config

    root = _vault(vault)
    config = load_config(root)
    report = load_report(root, _today(today), config)
    text, count = calendar_text(report, names_only)
    if output == "-":
        click.echo(text, nl=False)
        return
    changed = write_ics(Path(output), text, root, config)
    click.echo(f"{'wrote' if changed else 'unchanged'} {counted(count, 'event')} in {output}")  # as vcard's


@main.command("check", short_help="List every problem, one a line; exit 1 if there is any.")
@click.option(
    "--format", "style", type=click.Choice(["text", "github"]), default="text", show_default=True,
    help="text: file:line: message. github: GitHub Actions warning annotations.",
)  # fmt: skip
@today_option
@no_cache_option
@vault_params(bare=True)
def check_command(vault: str, style: str, today: str | None, no_cache: bool) -> None:
    """List every problem in the vault, one a line (file:line: message);
    exit 1 if there is any, or if the folder holds no person note (the
    wrong folder, say). Made for git hooks and CI.

    Example: vaultnet check ~/Notes --format github
    """
    from vaultnet.commands.check import check_vault, format_problem, has_people
    from vaultnet.config import load_config

    root = _vault(vault)
    day = _today(today)
    config = load_config(root)
    people: list[bool] = []  # told by the read, when the notes were read
    problems = check_vault(root, config, day or config.as_of or dt.date.today(), not no_cache, people)
    if not problems and not (people[0] if people else has_people(root, config, not no_cache)):
        _say_nobody(root, config)
        sys.exit(1)
    if not problems:  # said apart from what scripts read: standard output stays empty
        click.echo("no problems", err=True)
        return
    lines = (format_problem(problem, vault, style) for problem in problems)
    click.echo("\n".join(lines))  # one write: a vault can have thousands
    click.echo(counted(len(problems), "problem"), err=True)
    sys.exit(1)


@main.command("init", short_help="Start a vault: a commented vaultnet.toml and a person template.")
@vault_params(bare=True, anywhere=True)
def init_command(vault: str) -> None:
    """Start a vault: write a commented vaultnet.toml holding every default,
    and a person template in .vaultnet/templates/ when the vault has none of its
    own (Templates/Person.md). Touches nothing that exists.

    Example: vaultnet init ~/Notes
    """
    from pathlib import Path

    from vaultnet.commands.scaffold import init_vault

    root = Path(vault)
    if root.exists() and not root.is_dir():
        raise UserMistake(f"{vault}: is a file, not a vault folder")
    for made in init_vault(root):
        click.echo(f"{'wrote' if made.created else 'kept '} {made.file}")


def command_tree(command: click.Command = main, name: str = "") -> list[tuple[str, click.Command]]:
    """Every command and subcommand under `command`, groups too, by full name ("import vcard"), in order.

    The tests hold each one to the grammar and run its --help; docs/gen_cli.py documents each.
    """
    found = [(name, command)] if name else []
    if isinstance(command, click.Group):
        for sub in sorted(command.commands):
            found += command_tree(command.commands[sub], f"{name} {sub}".strip())
    return found
