"""Which files of a vault are read: the one walk (dot-folders, templates, output, ignored globs skipped)."""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from operator import attrgetter
from pathlib import Path

from vaultnet.config import Config
from vaultnet.confine import is_inside
from vaultnet.model import Problem
from vaultnet.patterns import lazy_pattern

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


APP_COPIES = ("logseq/bak", "logseq/version-files")
"""Logseq's own copies of a graph's pages (backups and versions), never notes: each copy of a
person's page would be that person again, and a backup named by its date a dated note."""


def _app_copies(rel: str) -> bool:
    low = rel.lower()
    return any(low == copies or low.endswith("/" + copies) for copies in APP_COPIES)


_PAREN_COPY = lazy_pattern(
    r"(?P<note>.+?) ?\((?:[^()]*\bconflicted copy\b[^()]*|(?:case|selective sync|unicode encoding) conflict"
    r"(?: \d+)?)\)(?: \(\d+\))?",
    re.IGNORECASE,
)
"""`X (conflicted copy 2026-11-20)`, `X (Maya's conflicted copy 2026-11-20)` (Dropbox, a second one
on a day ` (1)` after), `X (conflicted copy 2026-11-20 101500)` (Nextcloud, ownCloud), `X (Conflicted
copy MyMacBook 202611201015)` (Obsidian Sync, its "Create conflict file" setting); and Dropbox's
renames of a file it cannot keep beside another of its name, `x (Case Conflict)` (or `(Case
Conflict 1)`: names that differ only in case), `X (Unicode Encoding Conflict)` (only in Unicode
form, as macOS and Windows spell an accent), `X (Selective Sync Conflict)` (one that selective sync
keeps off this computer). Each at the end of the name alone: `Ideas (Case Conflict) draft` is a
name of the owner's."""
_SUFFIX_COPY = lazy_pattern(r"(?P<note>.+?)(?:\.sync-conflict-\d{8}-\d{6}|_conflict-\d{8}-\d{6}$)")
"""`X.sync-conflict-20261120-101500-ABCDEFG` (Syncthing: the day, the time, the device) and
`X_conflict-20261120-101500` (Nextcloud's and ownCloud's older clients)."""


def conflicted_copy_of(rel: str) -> str | None:
    """The note a sync tool's conflicted copy (this Markdown file, by its name) is a copy of, or
    None when it is none. Read, it would be a second note of the same person, or the same entries
    twice; only the shapes the tools write are matched (Google Drive's `X (1)` and OneDrive's
    `X-MACHINE` are no different from names people give their notes)."""
    if "onflict" not in rel.lower():  # nearly every note: spared the patterns
        return None
    folder, _, name = rel.rpartition("/")
    stem, dot, extension = name.rpartition(".")
    match = _PAREN_COPY.fullmatch(stem) or _SUFFIX_COPY.match(stem)
    if match is None or not dot:
        return None
    return f"{folder}/" * bool(folder) + f"{match['note']}.{extension}"


_MERGE_COPY = lazy_pattern(r"(?P<note>.+)_(?P<side>BACKUP|BASE|LOCAL|REMOTE)_\d+")
"""`X_BASE_4242`, `X_LOCAL_4242`, `X_REMOTE_4242`, `X_BACKUP_4242`: the copies `git mergetool`
writes beside a note in conflict (the merge's base, each side, the note as it was), numbered by
its process, in capitals."""


def merge_copy_of(rel: str) -> str | None:
    """The note a copy `git mergetool` left beside it (this Markdown file, by its name) is a copy
    of, or None when it is none (`merge_side`). Read, the copy of a person's note would be that
    person again, a copied daily note its entries twice."""
    found = merge_side(rel)
    return found[0] if found else None


def merge_side(rel: str) -> tuple[str, str] | None:
    """For a copy `git mergetool` left beside a note (`_MERGE_COPY`), the note and which copy it
    is (`BASE`, `LOCAL`, `REMOTE`, `BACKUP`); None for any other file."""
    if "_B" not in rel and "_L" not in rel and "_R" not in rel:  # nearly every note: spared the pattern
        return None
    folder, _, name = rel.rpartition("/")
    stem, dot, extension = name.rpartition(".")
    match = _MERGE_COPY.fullmatch(stem) if dot else None
    if match is None:
        return None
    return f"{folder}/" * bool(folder) + f"{match['note']}.{extension}", match["side"]


_NUMBERED = lazy_pattern(r"(?P<note>.+) (?:[2-9]|[1-9]\d)")
"""A note's name with ` 2` to ` 99` added, as iCloud Drive names a conflicted copy (and macOS one
it keeps both of)."""


def icloud_shaped(rel: str) -> tuple[str, str] | None:
    """For a Markdown file named as iCloud names a conflicted copy (`X 2.md`), the note it would
    be a copy of (`X.md`, in its folder) and the one Obsidian would have numbered first (`X 1.md`);
    None for any other name. Most names end in no space and number (a daily note's, `2026-11-28`,
    in a digit alone), and are spared the pattern."""
    end = rel[-6:-3]  # ` 99` or `x 2` before `.md`
    if not (end[2:].isdigit() and (end[1:2] == " " or (end[:1] == " " and end[1:2].isdigit()))):
        return None
    folder, _, name = rel.rpartition("/")
    stem, dot, extension = name.rpartition(".")
    match = _NUMBERED.fullmatch(stem) if dot and extension.lower() == "md" else None
    if match is None:
        return None
    at = f"{folder}/" * bool(folder) + match["note"]
    return f"{at}.{extension}", f"{at} 1.{extension}"


def icloud_copy_of(rel: str, exists: Callable[[str], bool]) -> str | None:
    """The note iCloud's conflicted copy (this Markdown file) is a copy of, or None when it is
    none. iCloud adds ` 2` to the name (`Maya 2.md`), as people may name a note of their own
    (`Room 2.md`): a copy only when the note of its name without the number is beside it
    (`exists`: is this path, relative to the vault, a file?), and no ` 1` (Obsidian numbers its
    own new and copied notes from 1: `Untitled 1.md`, then `Untitled 2.md`)."""
    shaped = icloud_shaped(rel)
    if shaped is None or not exists(shaped[0]) or exists(shaped[1]):
        return None
    return shaped[0]


def copies_beside(files: Iterable[str], among: Collection[str]) -> set[str]:
    """The files of `among` whose reading turns on `files` (made or deleted): the iCloud copies
    they may make conflicted copies or notes again (`icloud_copy_of`: `Maya 2.md` ... `Maya
    99.md` of `Maya.md` or `Maya 1.md`, or of their iCloud placeholders), and the sync tools'
    conflicted copies whose note they are, in any case and Unicode form, or its placeholder (the
    copy's problem names the note as spelt, or says it is missing)."""
    found: set[str] = set()
    notes: set[str] = set()
    for file in files:
        note = icloud_placeholder_of(file) or file
        notes.add(path_key(note))
        stem, dot, extension = note.rpartition(".")
        if not dot or extension.lower() != "md":
            continue
        for numbered in {stem, stem.removesuffix(" 1")}:
            found.update(c for n in range(2, 100) if (c := f"{numbered} {n}.{extension}") in among)
    if notes:
        found.update(c for c in among if (of := conflicted_copy_of(c)) is not None and path_key(of) in notes)
    return found


def path_key(rel: str) -> str:
    """A path as a case-insensitive disk compares it (macOS's, Windows'): any case, any Unicode
    form. Two files of one key on Linux's are one file there, and a sync tool renames one."""
    return unicodedata.normalize("NFC", rel).casefold()


def icloud_placeholder_of(rel: str) -> str | None:
    """The note an iCloud placeholder stands for (`.Maya.md.icloud`: `Maya.md`, in its folder), or
    None for any other file. Older macOS, to free space, replaces a note with such a hidden file,
    which holds no text: walked and not read, each is a problem, or the note is lost unsaid."""
    folder, _, name = rel.rpartition("/")
    if name[:1] != "." or name[-10:].lower() != ".md.icloud" or len(name) < 12:
        return None
    return f"{folder}/" * bool(folder) + name[1:-7]


def stands_for(rel: str) -> str | None:
    """The note a file is a version of that vaultnet does not read, by its name: a sync tool's
    conflicted copy's (`conflicted_copy_of`), a copy `git mergetool` left of it (`merge_copy_of`)
    or an iCloud placeholder's (`icloud_placeholder_of`); None for any other file. When that note
    is missing, the file is what is left of it: `vaultnet new` would make it anew, empty."""
    return conflicted_copy_of(rel) or merge_copy_of(rel) or icloud_placeholder_of(rel)


def is_note_file(name: str) -> bool:
    """Is a file of this name one a walk reads: a Markdown note, or an iCloud placeholder of one?"""
    return name[-3:].lower() == ".md" or (name[:1] == "." and icloud_placeholder_of(name) is not None)


def office_owner_file(name: str) -> bool:
    """Is a file of this name the owner (lock) file Word or another Office program keeps beside a
    file it has open, `~$` and the name, its first letters dropped when long (`~$a Costa.md` of
    `Ana Costa.md`)? It holds the user's name in binary, never a note: read, it was a person."""
    return name[:2] == "~$"


def _passes_over(rel: str, name: str, config: Config, folder: bool) -> bool:
    """The one skip rule, for one entry of a folder a walk entered (`rel` its path in the vault,
    `name` its last part): dot-names (but an iCloud placeholder's file), Office's owner files,
    ignored globs, the template and output folders, and Logseq's copies of its pages."""
    if name[:1] == "." and (folder or icloud_placeholder_of(name) is None):
        return True
    if not folder and office_owner_file(name):
        return True
    if config.ignore and _ignored(rel, config):
        return True
    return folder and (config.is_template_folder(name) or is_output(rel, config) or _app_copies(rel))


def is_output(rel: str, config: Config) -> bool:
    """Is this path (relative to the vault) the output folder, where vaultnet's pages are?"""
    return rel.lower() == config.output.strip("/").lower()


def skipped(rel: str, config: Config, folder: bool = False) -> bool:
    """Is this path (relative to the vault, `/` separators) one that a walk never enters or reads?
    The skip rule applied to it and to each folder above it; a watcher asks this of a changed path."""
    parts = rel.split("/")
    last = len(parts) - 1
    return any(
        _passes_over("/".join(parts[: i + 1]), part, config, folder or i < last)
        for i, part in enumerate(parts)
    )


def walk(root: Path, config: Config, unlisted: list[tuple[str, str]] | None = None) -> Iterator[SourceFile]:
    """Every Markdown file vaultnet reads, in sorted order.

    Dot-folders, template folders, the output folder, ignored globs and symlinks
    that leave the vault are skipped; a symlink to what the walk reads at its own path is
    skipped too, and a symlink loop is entered once. `unlisted`, as `walk_stats` tells it.
    """
    for rel, path, size, mtime_ns in walk_stats(root, config, unlisted):
        yield SourceFile(rel, Path(path), size, mtime_ns)


UNLISTED = "cannot list this folder ({}): its notes are not read"
"""The problem of a folder the walk could not list (its permissions: another user's `700`)."""


def unlisted_problems(unlisted: Iterable[tuple[str, str]]) -> list[Problem]:
    """A problem for each folder a walk could not list, as `walk_stats` told them (folder, why):
    a whole folder's notes unread is a problem of the vault, which `check`, the report, its JSON
    and the Problems page all count, not a line in a log alone. Sorted, as a vault's problems are."""
    return [Problem(folder, 0, UNLISTED.format(why)) for folder, why in sorted(unlisted)]


def walk_stats(
    root: Path,
    config: Config,
    unlisted: list[tuple[str, str]] | None = None,
    passed: list[str] | None = None,
    outside: list[str] | None = None,
) -> Iterator[tuple[str, str, int, int]]:
    """`walk` as plain (file, path, size, mtime_ns) tuples: what an unchanged-vault check needs,
    at a fraction of the cost of making a Path for each file. `unlisted`, when given, is told
    each folder that cannot be listed (its permissions), and why: its notes are not read;
    `passed`, each Org-mode file (`is_org`) the walk passed over; `outside`, each folder or note
    that is a symlink leading out of the vault, by its own path (`led_out`): not entered, so what
    it holds is not known."""
    real_root = Path(os.path.realpath(root))
    seen_dirs = {str(real_root)}

    def listing(folder: str) -> Iterator[os.DirEntry[str]]:
        try:
            return _popped(sorted(os.scandir(folder), key=attrgetter("name"), reverse=True))
        except OSError as exc:
            log.warning("cannot list %s: %s", folder, exc)
            if unlisted is not None:
                unlisted.append((Path(os.path.relpath(folder, root)).as_posix(), exc.strerror or str(exc)))
            return iter(())

    # Depth first with a stack of listings, not recursion: folders nested 1,500 deep (a path
    # of 3,000 characters) overflowed Python's recursion limit.
    stack = [(listing(os.fspath(root)), "", False)]
    linked_notes: set[str] = set()  # the real paths of the notes read through a link
    while stack:
        listed, prefix, through_link = stack[-1]
        for entry in listed:
            name = entry.name
            rel = prefix + name
            if _passes_over(rel, name, config, folder=False):
                continue
            try:
                is_link = entry.is_symlink()
                real = os.path.realpath(entry.path) if is_link else entry.path
                if is_link and not read_through(real, real_root, config):
                    if outside is not None and led_out(rel, name, real, real_root, config):
                        outside.append(rel)
                    continue
                if entry.is_dir():
                    if _passes_over(rel, name, config, folder=True):
                        continue
                    if is_link and real in seen_dirs:
                        continue
                    seen_dirs.add(real)
                    stack.append((listing(entry.path), rel + "/", through_link or is_link))
                    break  # into the folder first; this listing goes on after it
                if is_note_file(name) and entry.is_file():
                    if is_link or through_link:  # two links to one note: it is read once
                        target = real if is_link else os.path.realpath(entry.path)
                        if target in linked_notes:
                            continue
                        linked_notes.add(target)
                    stat = entry.stat()
                    yield rel, entry.path, stat.st_size, change_stamp(stat)
                elif passed is not None and is_org(name):
                    passed.append(rel)
            except OSError as exc:
                if is_note_file(name):
                    # A note that cannot even be looked at (a symlink loop): reading it gives its problem.
                    yield rel, entry.path, 0, 0
                else:
                    log.warning("cannot read %s: %s", entry.path, exc)
        else:
            stack.pop()


def is_org(name: str) -> bool:
    """Is a file of this name an Org-mode file (`.org`), as a Logseq graph kept in org-mode holds:
    notes vaultnet does not read (it reads Markdown only), which `check` and an empty report name?"""
    return name[-4:].lower() == ".org"


def org_files(root: Path, config: Config) -> int:
    """How many Org-mode files the vault's top folder and a Logseq graph's `pages/` and `journals/`
    hold, those a walk would not pass over anyway (`skipped`): what a report that finds nobody
    says it did not read. A look into three folders, not a walk of the vault."""
    count = 0
    for folder in ("", "pages/", "journals/"):
        try:
            with os.scandir(root / folder) as entries:
                names = [entry.name for entry in entries if is_org(entry.name) and entry.is_file()]
        except OSError:
            continue
        count += sum(not skipped(folder + name, config) for name in names)
    return count


def led_out(rel: str, name: str, real: str, real_root: Path, config: Config) -> bool:
    """Is this symlink (at `rel`, to `real`) one a walk would read, a note or a folder it would
    enter, but for leading out of the vault? Only its own name is looked at, and whether it leads
    to a folder: nothing out there is read."""
    if is_inside(real, str(real_root)):
        return False
    if os.path.isdir(real):
        return not _passes_over(rel, name, config, folder=True)
    return is_note_file(name)


def read_through(real: str, real_root: Path, config: Config) -> bool:
    """Is what a symlink leads to (`real`, its real path) read through it: inside the vault, and
    no note or folder the walk reads at its own path (read through the link as well, a person
    would be two)?"""
    return is_inside(real, str(real_root)) and not _walked_anyway(real, real_root, config)


def _walked_anyway(real: str, real_root: Path, config: Config) -> bool:
    """Is this link's target (a real path inside the vault) a note or folder the walk reads at its
    own path? Then the link adds nothing: read through it as well, a person would be two."""
    if os.path.islink(real):  # a loop: realpath gave up on it
        return False
    rel = Path(real).relative_to(real_root).as_posix()
    folder = os.path.isdir(real)
    return (folder or rel[-3:].lower() == ".md") and not skipped(rel, config, folder=folder)


def change_stamp(stat: os.stat_result) -> int:
    """The later of a file's mtime and ctime: an edit that sets the mtime back (same size,
    `touch -d`) still moves the ctime, which no tool can set."""
    return max(stat.st_mtime_ns, stat.st_ctime_ns)


def _popped(entries: list[os.DirEntry[str]]) -> Iterator[os.DirEntry[str]]:
    """A folder's entries (sorted last first), each let go once given: an entry keeps the
    `stat` it was asked for, about 1 KB with its path and name, and a folder of 50,000 notes
    held every one until the last."""
    while entries:
        yield entries.pop()
