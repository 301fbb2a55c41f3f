"""load → compute → render → write: the pages of one vault, written atomically and only when changed."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

from vaultnet.cache import BuildMemo, page_digest
from vaultnet.canvas import is_generated_canvas
from vaultnet.config import Config, load_config
from vaultnet.metrics import Report, Summary, compute
from vaultnet.render import MARKER, USER_TEMPLATES, Renderer, template_folder
from vaultnet.vault import FileStat, Progress, gc_paused, load_vault, walk_stats

log = logging.getLogger(__name__)


class RefusedWrite(Exception):
    """Writing would overwrite or escape something that is not vaultnet's own."""


@dataclass(frozen=True)
class BuildResult:
    """What a build did, or (with check) would do."""

    summary: Summary
    written: tuple[str, ...]
    """Pages whose text changed (written, or stale under check), relative to the vault."""
    unchanged: tuple[str, ...]
    load: Callable[[], Report] = field(repr=False, compare=False)
    """Gives the report the pages were made from."""

    @cached_property
    def report(self) -> Report:
        """The report the pages were made from (computed now if the build was skipped as unchanged)."""
        return self.load()


def today_for(config: Config, today: dt.date | None) -> dt.date:
    """`--today` wins, then the config's `as_of`, then the clock."""
    return today or config.as_of or dt.date.today()


def load_report(
    root: Path,
    today: dt.date | None = None,
    config: Config | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    found: list[FileStat] | None = None,
) -> Report:
    """Read the vault at `root` and compute its report as of the day given."""
    config = config or load_config(root)
    with gc_paused():
        vault = load_vault(root, config, use_cache=use_cache, progress=progress, found=found)
        return compute(vault, today_for(config, today), config)


def output_folder(root: Path, config: Config) -> Path:
    """The output folder, refusing one that leads outside the vault (a symlink, say)."""
    folder = root / config.output
    real_root = os.path.realpath(root)
    real = os.path.realpath(folder)
    if not (real == real_root or real.startswith(real_root + os.sep)) or real == real_root:
        raise RefusedWrite(f"{folder} leads outside the vault ({real}): nothing written")
    return folder


def is_generated(path: Path) -> bool:
    """Does the file start with vaultnet's marker (or, for a canvas, hold its marker node)?"""
    if path.suffix == ".canvas":
        try:
            return is_generated_canvas(path.read_bytes().decode("utf-8-sig", errors="replace"))
        except OSError:
            return False
    try:
        with path.open("rb") as handle:
            head = handle.read(len(MARKER.encode()) + 3)
    except OSError:
        return False
    return head.removeprefix(b"\xef\xbb\xbf").startswith(MARKER.encode())


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file in the same folder, flushed, renamed.

    The temporary file is `.<name>.<pid>.<random>.tmp`: if this process dies before the rename,
    a later build knows it for a leftover (`remove_stale_temps`).
    """
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for start in range(0, len(text), _SLICE):  # a slice at a time: no encoded copy of it all
                handle.write(text[start : start + _SLICE])
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


_SLICE = 1 << 20
"""Characters encoded at a time when a page is written or digested."""


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut after it keeps the new file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)


_TEMP = re.compile(r"^\.(?P<page>.+)\.(?P<pid>\d+)\.[a-z0-9_]+\.tmp$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def remove_stale_temps(folder: Path, pages: Iterable[str]) -> list[str]:
    """Delete the temporary files `write_atomic` left for these pages when its process died."""
    names = set(pages)
    removed = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        match = _TEMP.match(entry.name)
        if not match or match["page"] not in names or not entry.is_file(follow_symlinks=False):
            continue
        if _alive(int(match["pid"])):
            continue  # a build (maybe this one, in watch mode) may be writing it right now
        Path(entry.path).unlink(missing_ok=True)
        removed.append(entry.name)
    if removed:
        log.info("removed %d temporary files left by an interrupted build", len(removed))
    return removed


def _holds(path: Path, text: str) -> bool:
    """Does the file read as this very text? Compared a slice at a time: no copy of a large page."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for start in range(0, len(text), _SLICE):
            if handle.read(_SLICE) != text[start : start + _SLICE]:
                return False
        return handle.read(1) == ""


def write_pages(
    root: Path, config: Config, pages: dict[str, str], check: bool = False
) -> tuple[list[str], list[str]]:
    """Write the pages whose text changed; refuse before writing anything if one is a user's file."""
    folder = output_folder(root, config)
    changed, unchanged = [], []
    for name, text in sorted(pages.items()):
        path = folder / name
        rel = f"{config.output}/{name}"
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise RefusedWrite(f"{rel} is not a regular file: vaultnet will not replace it")
        if path.exists():
            # Compared first: a file that holds the page's very text holds its marker too, and a
            # large page (the canvas) is then read once, not also parsed for its marker.
            if _holds(path, text):
                unchanged.append(rel)
                continue
            if not is_generated(path):
                raise RefusedWrite(
                    f"{rel} exists and was not written by vaultnet: move it away, then build again"
                )
        changed.append(rel)
    if not check:
        remove_stale_temps(folder, pages)
    if not check and changed:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a user's file where the folder should be
            raise RefusedWrite(
                f"{config.output} cannot be made a folder ({exc.strerror}): nothing written"
            ) from None
        for rel in changed:
            write_atomic(root / rel, pages[rel.rsplit("/", 1)[1]])
    return changed, unchanged


def build(
    root: Path,
    today: dt.date | None = None,
    check: bool = False,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> BuildResult:
    """Regenerate the vault's pages; with `check`, only say which are stale."""
    config = load_config(root)
    day = today_for(config, today)
    stats = list(walk_stats(root, config)) if root.is_dir() else None
    memo = None
    if use_cache and stats is not None:
        files = [(file, size, mtime) for file, _, size, mtime in stats]
        memo = BuildMemo(root, config, day, files, [root / USER_TEMPLATES, template_folder()])
        del files  # the memo keeps only a digest of it
        skipped = _unchanged(root, config, memo)
        if skipped is not None:
            log.info("nothing changed since the last build")
            if not check:
                remove_stale_temps(output_folder(root, config), (p.rsplit("/", 1)[1] for p in skipped[1]))
            lazy = lambda: load_report(root, day, config, use_cache=use_cache)  # noqa: E731
            return BuildResult(skipped[0], (), skipped[1], lazy)
    with gc_paused():
        report = load_report(root, day, config, use_cache=use_cache, progress=progress, found=stats)
        stats = None  # every file's path and stat: not needed while the pages are made
        pages = Renderer(root).pages(report, config)
    result = publish(root, config, report, pages, check=check)
    if memo is not None and not check:
        memo.save(pages, asdict(report.summary))
    return result


def publish(
    root: Path, config: Config, report: Report, pages: dict[str, str], check: bool = False
) -> BuildResult:
    """The last step of a build, and of each rebuild in watch mode: write the pages that changed."""
    changed, unchanged = write_pages(root, config, pages, check=check)
    log.info("%d pages changed, %d unchanged", len(changed), len(unchanged))
    return BuildResult(report.summary, tuple(changed), tuple(unchanged), lambda: report)


def _unchanged(root: Path, config: Config, memo: BuildMemo) -> tuple[Summary, tuple[str, ...]] | None:
    """When the last build had these very inputs and every page on disk is what it wrote:
    the summary and the pages, unchanged. Else None: build."""
    recorded = memo.pages()
    if recorded is None:
        return None
    digests, counts = recorded
    folder = output_folder(root, config)
    for name, digest in digests.items():
        path = folder / name
        try:
            if path.is_symlink() or page_digest(path.read_bytes()) != digest:
                return None
        except OSError:
            return None
    try:
        summary = Summary(**counts)
    except TypeError:
        return None
    return summary, tuple(f"{config.output}/{name}" for name in sorted(digests))
