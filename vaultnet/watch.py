"""watchdog → debounced incremental rebuilds: the pages follow the vault while the user edits.

The watchdog callback only records which paths changed. The loop waits until the changes settle
(a quiet period), then hands the changed files to the LiveVault, renders the pages whose inputs
changed and writes the pages whose text changed. A failed rebuild is logged and the loop goes on.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import platform
import threading
import time
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR
from typing import Any

from watchdog.events import (
    DirAttribEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from vaultnet.build import output_folder, today_for, write_pages
from vaultnet.config import CONFIG_FILE, Config, load_config
from vaultnet.confine import confined
from vaultnet.convert import counted
from vaultnet.errors import PagesTaken, UserMistake, VaultError, VaultGone, VaultnetError
from vaultnet.incremental import LiveVault
from vaultnet.metrics.stats import Report
from vaultnet.model import stem_of
from vaultnet.pages.canvas import View, view_of, view_pieces
from vaultnet.pages.layout import CANVAS, PAGES, USER_TEMPLATES
from vaultnet.pages.render import Renderer, page_context
from vaultnet.vault.cache import CACHE_FOLDER, make_cache_folder, read_cache_file
from vaultnet.vault.load import gc_paused
from vaultnet.vault.walk import is_note_file, is_output, office_owner_file, skipped
from vaultnet.write import process_alive, write_atomic

log = logging.getLogger(__name__)


EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileAttribEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    DirAttribEvent,
]
"""What the observer reports: without this filter, vaultnet's own reads would flood it with
opened and closed-without-writing events. A change of permissions (`chmod`) is one of what can
be read."""

TEMP_SUFFIXES = (".swp", ".swx", ".swo", "~", ".tmp", ".part", ".crdownload")
"""Editors' temporary and swap files: never notes."""

DEBOUNCE_SECONDS = 0.1
"""How long the vault must be quiet before a rebuild."""

TICK_SECONDS = 0.5
"""How often the loop looks at the clock and at the vault folder when nothing happens."""
_POLL_SECONDS = 0.05
"""How often the main thread looks whether the watch (in its own thread) has ended."""
_TELL_AFTER = 0.25
"""Seconds after Ctrl-C with the rebuild under way not done yet: then it is said why nothing ends."""
_GRACE_SECONDS = 1.0
"""How long after a Ctrl-C a second one, with no rebuild under way, is taken for the same key
pressed twice."""


PAGE_FILES = frozenset((*PAGES, CANVAS))
"""The files watch writes in the output folder: changed by anyone else, they are written again."""


def _is_temp(name: str) -> bool:
    """An editor's temporary file: Emacs's auto-save `#name#` and lock `.#name` (a note may be
    named `#7 Planning.md`), Office's owner file `~$name` (`office_owner_file`), or a name ending
    as `TEMP_SUFFIXES` do."""
    emacs = name.startswith(".#") or (len(name) > 1 and name[0] == name[-1] == "#")
    return emacs or office_owner_file(name) or name.endswith(TEMP_SUFFIXES)


def _below_output(rel: str, config: Config) -> list[str] | None:
    """The parts of a path under the output folder (relative to it); None for a path outside."""
    output = config.output.strip("/")
    inside = rel[: len(output)].lower() == output.lower() and rel[len(output) : len(output) + 1] == "/"
    return rel[len(output) + 1 :].split("/") if inside else None


@dataclass
class Pending:
    """Changes recorded since the last rebuild, as paths relative to the vault."""

    files: set[str] = field(default_factory=set)
    folders: set[str] = field(default_factory=set)
    """Folders created, deleted or moved: their files are found by walking or by prefix."""
    config: bool = False
    """vaultnet.toml changed."""
    templates: bool = False
    """A template in the vault's `.vaultnet/templates` changed."""
    gone: bool = False
    """The vault folder itself was deleted or moved away."""
    pages: set[str] = field(default_factory=set)
    """Pages in the output folder that changed (each name in PAGE_FILES): by its own writes
    mostly, or by someone else's hand."""
    strays: set[str] = field(default_factory=set)
    """Other notes and folders in the output folder, made or removed: a note of the user's there
    stops every write of the pages (`refuse_notes_in_output`), and its removal lets them go on."""

    def __bool__(self) -> bool:
        pages = self.pages or self.strays
        return bool(self.files or self.folders or self.config or self.templates or self.gone or pages)

    def only_pages(self) -> bool:
        """Pages changed (or other files in the output folder), and nothing else: no note,
        folder, configuration or template the pages are made from."""
        notes = self.files or self.folders or self.config or self.templates or self.gone
        return bool(self.pages or self.strays) and not notes

    def describe(self) -> str:
        names = sorted(self.files) + sorted(f + "/" for f in self.folders)
        names += [CONFIG_FILE] if self.config else []
        names += [USER_TEMPLATES + "/"] if self.templates else []
        names = names or sorted(self.strays) or sorted(self.pages)  # pages alone: edited by hand, or deleted
        return _few(names) if names else "the date"


def _few(names: list[str]) -> str:
    """The first name, and how many more."""
    return names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more"


class Changes(FileSystemEventHandler):
    """The observer's callback: records which paths changed, and when. Nothing more."""

    def __init__(self, root: Path, config: Config) -> None:
        self.root = os.path.realpath(root)
        self.config = config
        """Tells which paths a walk of the vault skips, its output folder among them."""
        self.last_event = 0.0
        """time.monotonic() of the last change recorded."""
        self.arrived = threading.Event()
        self._lock = threading.Lock()
        self._pending = Pending()

    def take(self) -> Pending:
        """The changes recorded so far; the record starts again empty."""
        with self._lock:
            pending, self._pending = self._pending, Pending()
            self.arrived.clear()
        return pending

    def on_any_event(self, event: FileSystemEvent) -> None:
        paths = [event.src_path]
        if isinstance(event, (FileMovedEvent, DirMovedEvent)):
            paths.append(event.dest_path)
        recorded = False
        with self._lock:
            for path in paths:
                recorded |= self._record(os.fsdecode(path), event.is_directory)
            if recorded:
                self.last_event = time.monotonic()
                self.arrived.set()

    def _record(self, path: str, is_directory: bool) -> bool:
        rel = os.path.relpath(path, self.root).replace(os.sep, "/")
        if rel == ".":
            self._pending.gone = is_directory and not os.path.isdir(self.root)
            return self._pending.gone
        if rel.startswith("../"):
            return False
        parts = rel.split("/")
        if rel == USER_TEMPLATES or rel.startswith(USER_TEMPLATES + "/"):
            self._pending.templates = True
            return True
        if rel == CONFIG_FILE:
            self._pending.config = True
            return True
        folder, _, name = rel.rpartition("/")
        if is_output(rel, self.config):  # the output folder itself, created, deleted or moved
            self._pending.pages |= PAGE_FILES
            return True
        if name in PAGE_FILES and is_output(folder, self.config):
            self._pending.pages.add(name)
            return True
        if (below := _below_output(rel, self.config)) is not None:
            if any(part[:1] == "." or _is_temp(part) for part in below):  # its own temporary files among them
                return False
            if is_directory or name.lower().endswith(".md"):
                self._pending.strays.add(rel)
                return True
            return False
        if _is_temp(parts[-1]) or skipped(rel, self.config, folder=is_directory):
            return False
        if is_directory:
            self._pending.folders.add(rel)
        elif is_note_file(name):  # a note, or an iCloud placeholder of one (`.Maya.md.icloud`)
            self._pending.files.add(rel)
        else:
            return False
        return True


@dataclass(frozen=True)
class Rebuild:
    """One rebuild, as the loop reports it."""

    changed: str
    """What changed, in a few words."""
    written: tuple[str, ...]
    """Pages written, relative to the vault."""
    problems: int
    seconds: float
    """From the start of the rebuild to its last page written."""
    error: str | None = None
    """Why the rebuild failed; the loop goes on."""
    last_event: float = 0.0
    """time.monotonic() of the last change it took in; 0 for the first build and the date."""
    finished: float = 0.0
    """time.monotonic() when it ended."""
    stages: tuple[tuple[str, float], ...] = ()
    """Seconds spent reading, computing, rendering and writing, for benchmarks."""
    refused: tuple[str, ...] = ()
    """Why each page not written was left as it is (a file of the user's in its place)."""

    def line(self) -> str:
        """The line the terminal shows for it."""
        if self.error:
            return f"{self.changed}: pages left as they were: {self.error}"
        pages = ", ".join(map(stem_of, self.written)) or "none"
        count, problems = len(self.written), self.problems
        refused = "".join(f"; refused: {why}" for why in self.refused)
        return (
            f"{self.changed}: {counted(count, 'page')} written ({pages}), "
            f"{counted(problems, 'problem')}, {round(self.seconds * 1000)} ms{refused}"
        )


class PageCache:
    """Renders a page only when a template input it reads changed since the last render.

    The inputs come from Jinja's own analysis of each template and what it imports or includes;
    a template that names another one dynamically is always rendered.
    """

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        self._inputs: dict[str, frozenset[str] | None] = {}
        self._last: dict[str, tuple[dict[str, Any], str]] = {}
        self._canvas: tuple[View, str] | None = None
        """The canvas's view when last made, and its text."""

    def inputs(self, template: str) -> frozenset[str] | None:
        """The context names a template reads, or None when that cannot be told."""
        if template not in self._inputs:
            from jinja2 import meta

            names: set[str] | None = set()
            seen, todo = set(), [template]
            env = self.renderer.env
            while todo and names is not None:
                name = todo.pop()
                seen.add(name)
                source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
                try:
                    ast = env.parse(source)
                except Exception:  # a template of the user's broken: rendering it says where
                    return None
                names |= meta.find_undeclared_variables(ast)
                for ref in meta.find_referenced_templates(ast):
                    if ref is None:
                        names = None
                        break
                    if ref not in seen:
                        todo.append(ref)
            self._inputs[template] = frozenset(names) if names is not None else None
        return self._inputs[template]

    def pages(
        self,
        report: Report,
        config: Config,
        folder: Path,
        live: LiveVault | None = None,
        recheck: AbstractSet[str] = frozenset(),
    ) -> dict[str, str]:
        """The pages whose inputs changed since the last call, or that are missing from `folder`,
        or named in `recheck` (someone may have changed them: writing leaves one that is the same).

        `live`, when given, is the LiveVault that made the report: its lists and introductions are current.
        """
        if live is not None:
            root = self.renderer.vault_root
            context = page_context(report, config, live.lists, live.introductions(report), root)
        else:
            context = page_context(report, config, root=self.renderer.vault_root)
        out: dict[str, str] = {}
        fresh: dict[str, Any] = {}  # each page to make again → the inputs it is made from
        for page in PAGES:
            names = self.inputs(page + ".j2")
            used = {n: context[n] for n in names if n in context} if names is not None else context
            last = self._last.get(page)
            if last is not None and names is not None and last[0] == used:
                if page in recheck or not (folder / page).exists():
                    out[page] = last[1]
                continue
            fresh[page] = used
        made = self.renderer.produce(report, config, context, only=fresh)
        for page, inputs in fresh.items():
            text = "".join(made[page])
            self._last[page] = (inputs, text)
            out[page] = text
        # The canvas is made from its view alone: who is shown, their links among them, the day.
        ranking = live.ranking if live is not None else None
        if ranking is not None:
            view = ranking.view(report.today, config.canvas_limit)
        else:
            view = view_of(report, config)
        if self._canvas is None or self._canvas[0] != view:
            self._canvas = (view, "".join(view_pieces(view)))
            out[CANVAS] = self._canvas[1]
        elif CANVAS in recheck or not (folder / CANVAS).exists():
            out[CANVAS] = self._canvas[1]
        return out

    def made(self, pages: AbstractSet[str]) -> dict[str, str]:
        """The text last made of each of these pages (those made so far)."""
        out = {page: self._last[page][1] for page in sorted(pages) if page in self._last}
        if CANVAS in pages and self._canvas is not None:
            out[CANVAS] = self._canvas[1]
        return out


WATCH_FILE = "watch.pid"
"""In the cache folder while a watch runs: its claim on the vault's pages (`Claim`)."""

CLAIM_RENEW_SECONDS = 60.0
"""How often a running watch writes its claim again: the time in it is how a watch on another
machine, which cannot ask this machine's processes, tells that this one still runs."""
CLAIM_FRESH_SECONDS = 300.0
"""A claim from another machine renewed this recently is a running watch's, and refuses (five
renewals: a sync tool may be slow to bring it); older, it is a watch that ended without letting
go (its machine off, the sync stopped), and is taken over."""


def _host() -> str:
    """This machine's name, as a claim holds it (one word)."""
    return "".join(platform.node().split()) or "?"


@dataclass(frozen=True)
class Claim:
    """Who keeps a vault's pages: a watch's process, its machine, and when it last said so."""

    pid: int
    host: str
    renewed: float
    """time.time() when its watch last wrote it; 0 when not told (an older vaultnet's claim)."""

    @staticmethod
    def read(root: Path) -> Claim | None:
        """The vault's claim; None for none, or for a file that is no claim (a link, a FIFO: read
        as any cache file is, never followed nor waited on)."""
        read = read_cache_file(root, root / CACHE_FOLDER / WATCH_FILE, 512)
        words = read[0].decode("utf-8", "replace").split() if read else []
        try:
            pid = int(words[0])
            renewed = float(words[2]) if len(words) > 2 else 0.0
        except (IndexError, ValueError):
            return None
        # An older vaultnet wrote the process id alone, and ran on this machine.
        return Claim(pid, words[1] if len(words) > 1 else _host(), renewed)

    def mine(self) -> bool:
        """Written by this watch: this process, on this machine (a process id alone names no machine)."""
        return self.pid == os.getpid() and self.host == _host()

    def running(self) -> bool:
        """Is the watch that wrote it, another than this one, running still? This machine's
        processes are asked (`_a_vaultnet`); another machine's cannot be: its claim must have
        been renewed within `CLAIM_FRESH_SECONDS` (the two clocks agreeing within a minute)."""
        if self.mine():
            return False
        if self.host != _host():
            return abs(time.time() - self.renewed) < CLAIM_FRESH_SECONDS
        return _a_vaultnet(self.pid)

    def who(self) -> str:
        """The watch, as a refusal names it: its process; another machine's, with how old its claim is."""
        if self.host == _host():
            return f"process {self.pid}"
        age = max(0, round(time.time() - self.renewed))
        return f"process {self.pid} on {self.host}, its claim renewed {age} s ago"


def claim(root: Path) -> Path:
    """Claim the vault's pages for this watch (`WATCH_FILE`: its process, machine and time).
    Another watch of the vault still running refuses: each would take the other's pages for
    edits and write its own over them, for ever (two machines' watches on a synced vault, an old
    one left running)."""
    held = Claim.read(root)
    if held is not None and held.running():
        raise UserMistake(f"another vaultnet watch ({held.who()}) keeps this vault's pages: stop it first")
    return _write_claim(root)


def _write_claim(root: Path) -> Path:
    path = root / CACHE_FOLDER / WATCH_FILE
    make_cache_folder(root, confined(root, path.parent))  # with its `.gitignore`: the claim is not committed
    if path.is_symlink() or (path.exists() and not path.is_file() and not path.is_dir()):
        path.unlink()  # a link or a FIFO in the claim's place: no claim, and not to write through
    text = f"{os.getpid()}\n{_host()}\n{time.time():.0f}\n"
    write_atomic(confined(root, path), [text.encode("utf-8")], durable=False)
    return path


def _a_vaultnet(pid: int) -> bool:
    """Is the process of this id running, and vaultnet? A watch that died (killed, its machine
    off) leaves its claim, and the id may be another program's by now: where /proc tells what a
    process runs, it is asked; elsewhere, running is taken for a watch."""
    if not process_alive(pid):
        return False
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (macOS), or not ours to read
    return b"vaultnet" in command


def release(root: Path) -> None:
    """Let go of `claim`'s file, when it is still this watch's."""
    held = Claim.read(root)
    try:
        if held is not None and held.mine():
            (root / CACHE_FOLDER / WATCH_FILE).unlink()
    except OSError:
        pass


def _identity(folder: Path) -> tuple[int, int] | None:
    """A folder's device and inode; None when it is no folder."""
    found = folder.stat()
    return (found.st_dev, found.st_ino) if S_ISDIR(found.st_mode) else None


class Watcher:
    """Keeps a vault's pages current: a first build, then one rebuild per settled burst."""

    def __init__(self, root: Path, today: dt.date | None = None, debounce: float = DEBOUNCE_SECONDS) -> None:
        self.root = root
        self.fixed_today = today
        self.debounce = debounce
        self.config = load_config(root)
        self.live = LiveVault(root, self.config)
        self.pages = PageCache(Renderer(root, keep_lines=True))
        self.changes = Changes(root, self.config)
        self.today: dt.date | None = None
        """The day the pages were last computed for."""
        self.problems = 0
        """How many problems the last report had."""
        self.stale = False
        """A rebuild failed: the next one reads the whole vault again."""
        self.renewed = True
        """The vault or the renderer was made anew since the collector last ran (see `settle`)."""
        self.observing = threading.Event()
        """Set once the observer reports changes."""
        self.identity = _identity(root)
        """The vault folder's device and inode: one made anew in its place is another."""
        self.claimed = 0.0
        """time.monotonic() when this watch last wrote its claim (`claim`)."""
        self.rebuilding = threading.Event()
        """Set while a build or rebuild runs: what Ctrl-C waits for, and says it waits for."""

    def _check_root(self) -> None:
        try:
            identity = _identity(self.root)
        except OSError:
            identity = None
        if identity is None:
            raise VaultGone(f"{self.root}: the vault folder is gone")
        if identity != self.identity:  # the observer watches the folder that was
            raise VaultGone(f"{self.root}: the vault folder was replaced: run vaultnet watch again")

    def claim(self) -> None:
        """Claim the vault's pages (`claim`); raises UserMistake when another watch keeps them."""
        claim(self.root)
        self.claimed = time.monotonic()

    def _keep_claim(self) -> None:
        """At each tick: the vault's pages still this watch's. Its claim is written again when
        gone (the cache folder cleaned: `git clean -fdX`) and when due for renewal; another
        watch's claim in its place stops this one (PagesTaken), rather than each write its pages
        over the other's for ever."""
        held = Claim.read(self.root)
        if held is not None and held.mine() and time.monotonic() - self.claimed < CLAIM_RENEW_SECONDS:
            return
        if held is not None and held.running():
            raise PagesTaken(f"another vaultnet watch ({held.who()}) took this vault's pages")
        try:
            _write_claim(self.root)
        except (OSError, VaultnetError):  # a full disk, say: tried again at the next tick
            log.debug("claim not written", exc_info=True)
            return
        self.claimed = time.monotonic()

    def today_now(self) -> dt.date:
        return today_for(self.config, self.fixed_today)

    def first_build(self) -> Rebuild:
        started = time.monotonic()
        self.live.load()
        return self._publish("first build", started, 0.0)

    def rebuild(self, pending: Pending, last_event: float) -> Rebuild:
        """Take in the changes and write the pages that changed. Raises VaultError if the vault is gone."""
        started = time.monotonic()
        self._check_root()
        if pending.only_pages() and not self.stale:
            return self._rewrite(pending.pages, started, last_event)
        if pending.config or self.stale:
            self.config = load_config(self.root)
            self.changes.config = self.config
            self.live = LiveVault(self.root, self.config)
            self.renewed = True
            self.live.load()
        elif pending.folders:
            self.live.rescan()
        elif pending.files:
            self.live.update(pending.files)
        if pending.templates or pending.config or self.stale:
            self.pages = PageCache(Renderer(self.root, keep_lines=True))
            self.renewed = True
        self.stale = False
        return self._publish(pending.describe(), started, last_event, pending.pages)

    def _rewrite(self, pages: AbstractSet[str], started: float, last_event: float) -> Rebuild:
        """Only pages changed: write again those that are no longer what it wrote (deleted, or
        edited by hand). Its own writes come back here too, and write nothing."""
        done = write_pages(self.root, self.config, self.pages.made(pages))
        finished = time.monotonic()
        written = done.changed
        changed = _few(written or sorted(done.refused)) if written or done.refused else "its own pages"
        seconds = finished - started
        refused = done.refusals()
        return Rebuild(
            changed, tuple(written), self.problems, seconds, None, last_event, finished, refused=refused
        )

    def _publish(
        self, changed: str, started: float, last_event: float, recheck: AbstractSet[str] = frozenset()
    ) -> Rebuild:
        read = time.monotonic()
        self.today = self.today_now()
        report = self.live.report(self.today)
        self.problems = report.summary.problems
        computed = time.monotonic()
        folder = output_folder(self.root, self.config)
        pages = self.pages.pages(report, self.config, folder, self.live, recheck)
        rendered = time.monotonic()
        done = write_pages(self.root, self.config, pages, digested=False)
        finished = time.monotonic()
        stages = (
            ("read", read - started),
            ("compute", computed - read),
            ("render", rendered - computed),
            ("write", finished - rendered),
        )
        return Rebuild(
            changed=changed,
            written=tuple(done.changed),
            problems=report.summary.problems,
            seconds=finished - started,
            last_event=last_event,
            finished=finished,
            stages=stages,
            refused=done.refusals(),
        )

    def settle(self) -> None:
        """Between rebuilds: collect the garbage of the last one, then set what lives on aside
        (`gc.freeze`), so that the cyclic collector never walks the vault's objects again (hundreds
        of thousands, none of them garbage) and never runs in the middle of a rebuild. After the
        vault or the renderer was made anew, everything is walked once: the old ones can go."""
        if self.renewed:
            gc.unfreeze()
            self.renewed = False
        gc.collect()
        gc.freeze()

    def run(self, on_rebuild: Callable[[Rebuild], None], stop: threading.Event | None = None) -> None:
        """Build, then watch until `stop` is set (setting `changes.arrived` too ends the wait for
        the next tick) or the vault folder goes. Raises VaultError then, UserMistake when another
        watch keeps the vault's pages (`claim`), and PagesTaken when another takes them."""
        stop = stop or threading.Event()
        self.claim()
        # Observe first: a note saved while the first build reads the vault is read again after.
        observer = Observer()
        observer.schedule(self.changes, self.changes.root, recursive=True, event_filter=EVENTS)
        observer.start()
        self.observing.set()
        try:
            try:
                with gc_paused(), self._busy():
                    first = self.first_build()
            except OSError:
                self._check_root()
                raise
            on_rebuild(first)
            self.settle()
            self._loop(on_rebuild, stop)
        finally:
            gc.unfreeze()  # the caller's objects are the collector's again
            observer.stop()
            observer.join()
            release(self.root)

    def run_until_interrupted(self, on_rebuild: Callable[[Rebuild], None]) -> None:
        """`run` until Ctrl-C, then return once the rebuild under way is done (its pages are
        written whole); a second Ctrl-C during that rebuild ends the process at once (idle, it ends
        cleanly anyway). Raises what `run` raised.

        `run` goes on in a thread of its own, so that Ctrl-C (a KeyboardInterrupt, raised in the
        main thread only) never lands in the middle of it: raised inside a lock's `__enter__`,
        it would leave the lock held, the observer's thread would wait on it for ever, and so
        would stopping the observer (it happened, rarely, in tests). The main thread only
        sleeps meanwhile, and takes no lock: `Thread.join`, interrupted, can take a thread that
        is still running for ended (Python 3.11)."""
        stop = threading.Event()
        ended: list[BaseException | None] = []

        def watching() -> None:
            try:
                self.run(on_rebuild, stop)
            except BaseException as exc:  # the main thread raises it
                ended.append(exc)
            else:
                ended.append(None)

        threading.Thread(target=watching, name="vaultnet watch", daemon=True).start()
        try:
            while not ended:
                time.sleep(_POLL_SECONDS)
        except KeyboardInterrupt:
            stop.set()
            self.changes.arrived.set()  # an idle loop ends now, not at its next tick
            asked = asked_at = time.monotonic()
            while not ended:
                if asked and time.monotonic() - asked > _TELL_AFTER and self.rebuilding.is_set():
                    log.warning("finishing the rebuild under way; Ctrl-C again to stop at once")
                    asked = 0.0  # said once: a large vault's first build, say
                try:
                    time.sleep(_POLL_SECONDS)
                except KeyboardInterrupt:
                    # A second Ctrl-C stops at once, the rebuild unfinished; idle, it is letting go
                    # of its claim, done in a moment, so a key pressed twice in that moment still
                    # stops it cleanly (a shutdown that hangs is stopped by the next).
                    if self.rebuilding.is_set() or time.monotonic() - asked_at > _GRACE_SECONDS:
                        raise
            return
        if ended[0] is not None:
            raise ended[0]

    @contextmanager
    def _busy(self) -> Iterator[None]:
        self.rebuilding.set()
        try:
            yield
        finally:
            self.rebuilding.clear()

    def _loop(self, on_rebuild: Callable[[Rebuild], None], stop: threading.Event) -> None:
        while not stop.is_set():
            self.changes.arrived.wait(TICK_SECONDS)
            if stop.is_set():
                return
            self._check_root()
            self._keep_claim()
            if self.changes.arrived.is_set():
                # Wait for a quiet period: a checkout of 1,000 files is one rebuild, not 1,000.
                while (quiet := time.monotonic() - self.changes.last_event) < self.debounce:
                    if stop.wait(self.debounce - quiet):
                        return
            elif self.today_now() == self.today:
                continue
            last_event = self.changes.last_event
            pending = self.changes.take()
            try:
                with gc_paused(), self._busy():
                    rebuild = self.rebuild(pending, last_event)
                if rebuild.written or rebuild.refused or not pending.only_pages():  # not its own writes
                    on_rebuild(rebuild)
                self.settle()
            except VaultError:
                raise
            except Exception as exc:
                self._check_root()
                # Start again from the disk next time: nothing half-done is trusted.
                self.stale = True
                log.debug("rebuild failed", exc_info=True)
                said = str(exc) if isinstance(exc, VaultnetError) else f"{type(exc).__name__}: {exc}"
                on_rebuild(Rebuild(pending.describe(), (), 0, 0.0, said))
