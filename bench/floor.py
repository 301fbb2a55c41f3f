"""The floor of a cold build: the least any tool could do to answer vaultnet's question, timed
against `frontmatter.load` of every note in the same run.

    python bench/floor.py /tmp/vaultnet-bench/shared-10000-seed-1 --runs 5

It is not vaultnet. It walks the vault, reads each note with one `os.read`, splits the front
matter with a few regexes (no YAML), finds log entries with one regex over the body, gives each a
direction from an arrow or a dozen words, resolves links by lower-cased name, and writes one page
of one line per person: two processes, as vaultnet parses on two cores. It skips what vaultnet
does beyond that: real YAML, the phrase table, follow-ups, facts, problems with lines, merging a
day's contacts, cadences and rhythm, ten pages, the canvas, the parse cache and the saved state.
Whatever it takes, a full build takes more: the ratio it prints is a floor for issue 17's
"cold build / frontmatter.load" target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import marshal
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ENTRY = re.compile(r"^[ \t]*[-*+] +(?:\[[ x]\] +)?(\d{4})-(\d\d)-(\d\d)\b([^\n]*)", re.M)
LINK = re.compile(r"\[\[([^\]|#\n]+)")
FIELD = re.compile(r"^([A-Za-z_][\w -]*):[ \t]*([^\n]*)$|^[ \t]+- +([^\n]*)$", re.M)
ARROW = re.compile(r"<->|->|<-|→|←|↔")
WORDS = re.compile(
    r"\b(they reached out|I reached out|mutual|ran into each other|called|emailed|texted|"
    r"met with|coffee with|call from|heard from)\b",
    re.I,
)
INBOUND = ("<-", "←", "they reached out", "call from", "heard from")
OUTBOUND = ("->", "→", "i reached out", "called", "emailed", "texted")

Parsed = tuple[str | None, list[tuple[int, int, int, str, tuple[str, ...]]]]


def parse(path: str) -> Parsed:
    """A note's name and its log entries: (year, month, day, direction word, links)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        text = os.read(fd, 1 << 24).decode("utf-8")
    finally:
        os.close(fd)
    name = None
    body = text
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            for field in FIELD.finditer(text, 4, end):
                if field[1] and field[1].strip().lower() == "name":
                    name = field[2].strip().strip('"')
            body = text[end + 4 :]
    entries = []
    for entry in ENTRY.finditer(body):
        rest = entry[4]
        mark = ARROW.search(rest) or WORDS.search(rest)
        links = tuple(LINK.findall(rest)) if "[[" in rest else ()
        entries.append((int(entry[1]), int(entry[2]), int(entry[3]), mark[0].lower() if mark else "", links))
    return name, entries


def lean_build(root: Path, scratch: Path) -> None:
    """One cold build of the lean kind."""
    paths = []
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if not f.startswith((".", "_")))
        for file in sorted(files):
            if file.endswith(".md"):
                path = os.path.join(folder, file)
                os.stat(path)
                paths.append(path)
    half = len(paths) // 2
    part = scratch / "part.bin"
    child = os.fork()
    if child == 0:  # pragma: no cover - the worker
        with part.open("wb") as handle:
            marshal.dump([(p, parse(p)) for p in paths[half:]], handle)
        os._exit(0)
    notes = [(p, parse(p)) for p in paths[:half]]
    os.waitpid(child, 0)
    with part.open("rb") as handle:
        notes += marshal.load(handle)
    by_name = {}
    for path, (name, _) in notes:
        by_name[Path(path).stem.lower()] = path
        if name:
            by_name[name.lower()] = path
    days: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    linked: dict[str, set[str]] = defaultdict(set)
    for path, (_, entries) in notes:
        for year, month, day, way, links in entries:
            try:
                days[path].append((dt.date(year, month, day), way))
            except ValueError:
                continue
            for link in links:
                other = by_name.get(link.lower())
                if other and other != path:
                    linked[path].add(other)
                    linked[other].add(path)
    today = dt.date(2026, 12, 2)
    lines = []
    for path, _ in notes:
        seen = days.get(path)
        if not seen:
            continue
        last = max(day for day, _ in seen)
        two_way = any(w in INBOUND for _, w in seen) and any(w in OUTBOUND for _, w in seen)
        active = (today - last).days < 90
        lines.append(f"- [[{Path(path).stem}]] {last} {active} {two_way} {len(linked[path])}\n")
    (scratch / "People.md").write_text("".join(lines), encoding="utf-8")


def lean_seconds(root: Path, scratch: Path) -> float:
    """A lean build in a fresh Python process, as `vaultnet build` runs: the start counts."""
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, str(root), "--once", str(scratch)], check=True)
    return time.perf_counter() - start


def frontmatter_load(root: Path) -> float:
    import frontmatter

    paths = sorted(root.rglob("*.md"))
    start = time.perf_counter()
    for path in paths:
        if "/." not in path.as_posix() and "/_vaultnet/" not in path.as_posix():
            frontmatter.load(str(path))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("vault", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--once", type=Path, help=argparse.SUPPRESS)  # one lean build, into this folder
    args = parser.parse_args()
    if args.once:
        lean_build(args.vault, args.once)
        return
    lean, reference = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.runs):  # interleaved: a burst of load falls on both
            lean.append(lean_seconds(args.vault, Path(scratch)))
            reference.append(frontmatter_load(args.vault))
    ratios = [a / b for a, b in zip(lean, reference, strict=True)]
    print(
        f"lean cold build {statistics.median(lean):.3f} s, "
        f"frontmatter.load {statistics.median(reference):.3f} s, "
        f"ratio {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}; "
        f"{args.runs} interleaved runs, python {sys.version.split()[0]}, {os.cpu_count()} cpus)"
    )


if __name__ == "__main__":
    main()
