"""Which files of a vault are read: the one walk (dot-folders, templates, output, ignored globs skipped)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from operator import attrgetter
from pathlib import Path

from vaultnet.config import Config
from vaultnet.confine import is_inside

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A Markdown file found in the vault."""

    file: str
    """Relative to the vault, `/` separators."""
    path: Path
    size: int
    mtime_ns: int


def _ignored(rel: str, config: Config) -> bool:
    return any(fnmatch(rel, glob) or fnmatch(rel + "/", glob) for glob in config.ignore)


def _passes_over(rel: str, name: str, config: Config, folder: bool) -> bool:
    """The one skip rule, for one entry of a folder a walk entered (`rel` its path in the vault,
    `name` its last part): dot-names, ignored globs, and the template and output folders."""
    if name[:1] == "." or (config.ignore and _ignored(rel, config)):
        return True
    return folder and (
        name.lower() in config.template_folders or rel.lower() == config.output.strip("/").lower()
    )


def skipped(rel: str, config: Config, folder: bool = False) -> bool:
    """Is this path (relative to the vault, `/` separators) one that a walk never enters or reads?
    The skip rule applied to it and to each folder above it; a watcher asks this of a changed path."""
    parts = rel.split("/")
    last = len(parts) - 1
    return any(
        _passes_over("/".join(parts[: i + 1]), part, config, folder or i < last)
        for i, part in enumerate(parts)
    )


def walk(root: Path, config: Config) -> Iterator[SourceFile]:
    """Every Markdown file vaultnet reads, in sorted order.

    Dot-folders, template folders, the output folder, ignored globs and symlinks
    that leave the vault are skipped; a symlink loop is entered once.
    """
    for rel, path, size, mtime_ns in walk_stats(root, config):
        yield SourceFile(rel, Path(path), size, mtime_ns)


def walk_stats(root: Path, config: Config) -> Iterator[tuple[str, str, int, int]]:
    """`walk` as plain (file, path, size, mtime_ns) tuples: what an unchanged-vault check needs,
    at a fraction of the cost of making a Path for each file."""
    real_root = Path(os.path.realpath(root))
    seen_dirs = {str(real_root)}

    def listing(folder: str) -> Iterator[os.DirEntry[str]]:
        try:
            return iter(sorted(os.scandir(folder), key=attrgetter("name")))
        except OSError as exc:
            log.warning("cannot list %s: %s", folder, exc)
            return iter(())

    # Depth first with a stack of listings, not recursion: folders nested 1,500 deep (a path
    # of 3,000 characters) overflowed Python's recursion limit.
    stack = [(listing(os.fspath(root)), "")]
    while stack:
        listed, prefix = stack[-1]
        for entry in listed:
            name = entry.name
            rel = prefix + name
            if _passes_over(rel, name, config, folder=False):
                continue
            try:
                is_link = entry.is_symlink()
                real = os.path.realpath(entry.path) if is_link else entry.path
                if is_link and not is_inside(real, str(real_root)):
                    continue
                if entry.is_dir():
                    if _passes_over(rel, name, config, folder=True):
                        continue
                    if is_link and real in seen_dirs:
                        continue
                    seen_dirs.add(real)
                    stack.append((listing(entry.path), rel + "/"))
                    break  # into the folder first; this listing goes on after it
                if name[-3:].lower() == ".md" and entry.is_file():
                    stat = entry.stat()
                    yield rel, entry.path, stat.st_size, change_stamp(stat)
            except OSError as exc:
                if name[-3:].lower() == ".md":
                    # A note that cannot even be looked at (a symlink loop): reading it gives its problem.
                    yield rel, entry.path, 0, 0
                else:
                    log.warning("cannot read %s: %s", entry.path, exc)
        else:
            stack.pop()


def change_stamp(stat: os.stat_result) -> int:
    """The later of a file's mtime and ctime: an edit that sets the mtime back (same size,
    `touch -d`) still moves the ctime, which no tool can set."""
    return max(stat.st_mtime_ns, stat.st_ctime_ns)
