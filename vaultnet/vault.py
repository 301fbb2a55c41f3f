"""Walk a vault folder, read each note safely, and resolve links between notes → Vault."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from itertools import combinations
from pathlib import Path

from vaultnet.config import Config
from vaultnet.model import Contact, Direction, FollowUp, Mention, Note, Person, Problem, Vault
from vaultnet.parse import parse_note

log = logging.getLogger(__name__)


class VaultError(Exception):
    """The vault folder itself cannot be read."""


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


def walk(root: Path, config: Config) -> Iterator[SourceFile]:
    """Every Markdown file vaultnet reads, in sorted order.

    Dot-folders, template folders, the output folder, ignored globs and symlinks
    that leave the vault are skipped; a symlink loop is entered once.
    """
    real_root = Path(os.path.realpath(root))
    seen_dirs = {str(real_root)}
    output = config.output.strip("/").lower()

    def listing(folder: Path) -> Iterator[os.DirEntry[str]]:
        try:
            return iter(sorted(os.scandir(folder), key=lambda e: e.name))
        except OSError as exc:
            log.warning("cannot list %s: %s", folder, exc)
            return iter(())

    # Depth first with a stack of listings, not recursion: folders nested 1,500 deep (a path
    # of 3,000 characters) overflowed Python's recursion limit.
    stack = [(listing(root), "")]
    while stack:
        listed, prefix = stack[-1]
        entry = next(listed, None)
        if entry is None:
            stack.pop()
            continue
        name = entry.name
        rel = prefix + name
        if name.startswith(".") or _ignored(rel, config):
            continue
        try:
            is_link = entry.is_symlink()
            real = os.path.realpath(entry.path) if is_link else entry.path
            if is_link and not _inside(real, real_root):
                continue
            if entry.is_dir():
                if name.lower() in config.template_folders or rel.lower() == output:
                    continue
                if is_link and real in seen_dirs:
                    continue
                seen_dirs.add(real)
                stack.append((listing(Path(entry.path)), rel + "/"))
            elif name.lower().endswith(".md") and entry.is_file():
                stat = entry.stat()
                yield SourceFile(rel, Path(entry.path), stat.st_size, stat.st_mtime_ns)
        except OSError as exc:
            if name.lower().endswith(".md"):
                # A note that cannot even be looked at (a symlink loop): reading it gives its problem.
                yield SourceFile(rel, Path(entry.path), 0, 0)
            else:
                log.warning("cannot read %s: %s", entry.path, exc)


def _inside(path: str, root: Path) -> bool:
    return path == str(root) or path.startswith(str(root) + os.sep)


def read_note(source: SourceFile, config: Config) -> Note:
    """Parse one file; a file too large or unreadable becomes a note with only a problem."""
    file = source.file.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if file != source.file:
        # Not a name any page could show or link to (and it would fail to encode when written).
        return _unread(file, "skipped: the file name is not UTF-8; rename the file")
    limit = config.max_file_kb * 1024
    if source.size > limit:
        message = f"skipped: {source.size // 1024} KB is over the {config.max_file_kb} KB limit"
        return _unread(source.file, message)
    try:
        with source.path.open("rb") as handle:
            data = handle.read(limit + 1)  # the file may have grown since it was listed
    except OSError as exc:
        return _unread(source.file, f"cannot read: {exc.strerror or exc}")
    if len(data) > limit:
        return _unread(source.file, f"skipped: over the {config.max_file_kb} KB limit")
    return parse_note(source.file, data, config)


def _unread(file: str, message: str) -> Note:
    stem = file.rsplit("/", 1)[-1].removesuffix(".md")
    return Note(file=file, kind="other", name=stem, problems=(Problem(file, 0, message),))


def load_vault(root: Path, config: Config) -> Vault:
    """Read every note under `root` and resolve it into a Vault."""
    if not root.exists():
        raise VaultError(f"{root}: no such folder")
    if not root.is_dir():
        raise VaultError(f"{root}: not a folder")
    notes = [read_note(source, config) for source in walk(root, config)]
    return resolve(notes)


class Resolver:
    """Finds the person a wikilink target means, the way Obsidian does: path, stem, then alias."""

    def __init__(self, people: Iterable[Note]) -> None:
        self._by_path: dict[str, str] = {}
        self._by_stem: dict[str, str] = {}
        self._by_alias: dict[str, str] = {}
        for note in sorted(people, key=lambda n: n.file):
            self._by_path.setdefault(note.file.removesuffix(".md").lower(), note.file)
            self._by_stem.setdefault(note.stem.lower(), note.file)
            for alias in note.aliases:
                self._by_alias.setdefault(alias.lower(), note.file)

    def __call__(self, target: str) -> str | None:
        key = target.strip().lower().removesuffix(".md")
        if "/" in key:
            found = self._by_path.get(key.lstrip("/"))
            if found:
                return found
            key = key.rsplit("/", 1)[-1]
        return self._by_stem.get(key) or self._by_alias.get(key)


MAX_LINKED_GROUP = 200
"""People one note (or one entry) may name and still link pair by pair (spec 1.6). An all-hands
note naming 3,000 people would make 4.5 million pairs (a gigabyte): past this, none are made."""


def merge_direction(directions: Iterable[Direction]) -> Direction:
    """Mutual if any says so or both ways appear, else the one direction given, else unknown."""
    given = set(directions) - {"unknown"}
    if "mutual" in given or {"inbound", "outbound"} <= given:
        return "mutual"
    return given.pop() if given else "unknown"


@dataclass(frozen=True, slots=True)
class _Source:
    """One mention of one person, before mentions on the same day are merged."""

    own: bool
    """Written in the person's own note (preferred as the text to show)."""
    file: str
    mention: Mention


def _merge_day(sources: list[_Source]) -> Contact:
    sources.sort(key=lambda s: (not s.own, s.file, s.mention.line))
    text = next((s.mention.text for s in sources if s.mention.text), "")
    first = sources[0]
    direction = merge_direction(s.mention.direction for s in sources)
    return Contact(first.mention.date, direction, first.file, first.mention.line, text)


def resolve(notes: list[Note]) -> Vault:
    """Turn independent notes into people with their contacts and links."""
    notes = sorted(notes, key=lambda n: n.file)
    people_notes = [n for n in notes if n.kind == "person"]
    find = Resolver(people_notes)
    sources: dict[str, list[_Source]] = defaultdict(list)
    broadcasts: dict[str, set[dt.date]] = defaultdict(set)
    follow_ups: dict[str, list[FollowUp]] = defaultdict(list)
    links: set[tuple[str, str]] = set()

    crowds: dict[str, int] = {}  # note → the most people one of its entries or it named, over the limit

    def link_all(files: Iterable[str], source: str) -> None:
        group = sorted(set(files))
        if len(group) > MAX_LINKED_GROUP:
            crowds[source] = max(crowds.get(source, 0), len(group))
            return
        for a, b in combinations(group, 2):
            links.add((a, b))

    for note in notes:
        if note.kind == "person":
            for mention in note.entries:
                if mention.broadcast:
                    broadcasts[note.file].add(mention.date)
                else:
                    sources[note.file].append(_Source(True, note.file, mention))
                link_all((f for t in mention.targets if (f := find(t))), note.file)
            for target in note.links:
                other = find(target)
                if other and other != note.file:
                    link_all((note.file, other), note.file)
            follow_ups[note.file].extend(note.follow_ups)
        elif note.kind == "dated":
            named: set[str] = set()
            for mention in note.entries:
                for person in {f for t in mention.targets if (f := find(t))}:
                    named.add(person)
                    if mention.broadcast:
                        broadcasts[person].add(mention.date)
                    else:
                        sources[person].append(_Source(False, note.file, mention))
            link_all(named, note.file)
            for follow_up in note.follow_ups:
                for person in {f for t in follow_up.targets if (f := find(t))}:
                    follow_ups[person].append(follow_up)

    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)
    people = []
    for note in people_notes:
        by_day: dict[dt.date, list[_Source]] = defaultdict(list)
        for source in sources[note.file]:
            by_day[source.mention.date].append(source)
        contacts = tuple(_merge_day(by_day[day]) for day in sorted(by_day))
        people.append(
            Person(
                note=note,
                contacts=contacts,
                broadcasts=tuple(sorted(broadcasts[note.file])),
                follow_ups=tuple(follow_ups[note.file]),
                linked=tuple(sorted(neighbours[note.file])),
            )
        )
    crowd_problems = [
        Problem(
            file, 0, f"names {count} people: over {MAX_LINKED_GROUP}, so they are not linked to each other"
        )
        for file, count in crowds.items()
    ]
    problems = sorted(
        [*(p for n in notes for p in n.problems), *crowd_problems], key=lambda p: (p.file, p.line, p.message)
    )
    return Vault(notes=tuple(notes), people=tuple(people), problems=tuple(problems), links=frozenset(links))
