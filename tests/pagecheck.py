"""Is a generated page still valid Markdown? Tables whole, links resolving, diagrams parseable.

`check_output(root)` checks every page in a vault's output folder and returns the flaws found
(an empty list when all is well), so any test can assert `check_output(root) == []`:

- tables: every row of a table has as many cells as its header, and no row has fallen out of it;
- wikilinks: well formed (no stray `[[` or `]]`), and each target is an existing note or page;
- Markdown links: each `](` is a link that parses, and a file target (percent-decoded) exists;
- Mermaid blocks: a known diagram type, balanced quotes and brackets in each line (but an
  `accTitle:` or `accDescr:` line's brackets, which are words to Mermaid);
- JSON Canvas files (`.canvas`): valid JSON, node ids unique, edges joining existing nodes,
  file nodes naming existing files.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@dataclass(frozen=True)
class Flaw:
    """One way a page is not valid Markdown."""

    page: str
    line: int
    """1-based."""
    message: str


_WIKILINK = re.compile(r"(!?)\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_CODE_SPAN = re.compile(r"``[^\n]*?``|`[^`\n]*`")
_MERMAID_TYPES = (
    "graph", "flowchart", "sequenceDiagram", "classDiagram", "stateDiagram", "stateDiagram-v2",
    "erDiagram", "journey", "gantt", "pie", "mindmap", "timeline", "quadrantChart", "gitGraph",
    "xychart-beta",
)  # fmt: skip
_CANVAS_NODE_TYPES = {"text", "file", "link", "group"}


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def cells(row: str) -> list[str]:
    """A table row's cells, GFM style: outer pipes optional, `\\|` does not split."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return _CELL_SPLIT.split(row)


def files_under(root: Path) -> Iterator[Path]:
    """Every file and symlink under `root`, dot-folders included, without following symlinked folders.

    A stack, not recursion: `os.walk` and `Path.rglob` recurse once per level, and a hostile
    vault nests folders 1,500 deep.
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                yield Path(entry.path)


def _vault_files(root: Path) -> tuple[set[str], dict[str, int]]:
    """Paths relative to the root (`/` separators, lower case) and how many files share each stem."""
    paths: set[str] = set()
    stems: dict[str, int] = {}
    for path in files_under(root):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts):
            rel = path.relative_to(root).as_posix().lower()
            paths.add(rel)
            stem = rel.rsplit("/", 1)[-1].removesuffix(".md")
            stems[stem] = stems.get(stem, 0) + 1
    return paths, stems


def _resolves(target: str, paths: set[str], stems: dict[str, int]) -> bool:
    """Obsidian's way: a path from the vault root (`.md` optional), else a unique file name."""
    key = target.strip().lower().lstrip("/")
    if key in paths or f"{key}.md" in paths:
        return True
    return "/" not in key and stems.get(key.removesuffix(".md"), 0) == 1


def _tables(page: str, lines: list[str], tokens: list[Token]) -> list[Flaw]:
    flaws = []
    in_table: set[int] = set()
    for token in tokens:
        if token.type != "table_open" or not token.map:
            continue
        start, end = token.map
        in_table.update(range(start, end))
        width = len(cells(lines[start]))
        for number in range(start, end):
            found = len(cells(lines[number]))
            if found != width:
                flaws.append(Flaw(page, number + 1, f"row has {found} cells, its header {width}"))
    for number, line in enumerate(lines):
        if line.lstrip().startswith("|") and number not in in_table and not _in_code(tokens, number):
            flaws.append(Flaw(page, number + 1, "a table row outside any table (a broken table)"))
    return flaws


def _in_code(tokens: list[Token], line: int) -> bool:
    return any(
        t.type in ("fence", "code_block", "html_block") and t.map and t.map[0] <= line < t.map[1]
        for t in tokens
    )


def _links(page: str, root: Path, lines: list[str], tokens: list[Token]) -> list[Flaw]:
    flaws = []
    paths, stems = _vault_files(root)
    for number, line in enumerate(lines):
        if _in_code(tokens, number):
            continue
        line = _CODE_SPAN.sub(" ", line)  # `[[Ana]]` in a code span is an example, not a link
        for match in _WIKILINK.finditer(line):
            target = match[2].split("#", 1)[0].split("^", 1)[0]
            if target and not _resolves(target, paths, stems):
                flaws.append(Flaw(page, number + 1, f"wikilink to a missing note: {match[0]!r}"))
        rest = _WIKILINK.sub("", line)
        if "[[" in rest or "]]" in rest:
            flaws.append(Flaw(page, number + 1, f"stray wikilink brackets: {line.strip()[:120]!r}"))
    for token in tokens:
        if token.type == "inline" and not token.content.startswith("<!--"):
            parsed = sum(child.type == "link_open" for child in token.children or ())
            if token.content.count("](") > parsed:
                line = (token.map[0] + 1) if token.map else 0
                flaws.append(
                    Flaw(page, line, f"a Markdown link that does not parse: {token.content[:120]!r}")
                )
        for child in token.children or ():
            if child.type != "link_open":
                continue
            href = str(child.attrs.get("href", ""))
            parts = urlsplit(href)
            if parts.scheme or not parts.path:
                continue
            line = (token.map[0] + 1) if token.map else 0
            if not _resolves(unquote(parts.path), paths, stems):
                flaws.append(Flaw(page, line, f"link to a missing file: {href!r}"))
    return flaws


_ACCESSIBLE = re.compile(r"\s*acc(?:Title|Descr)\s*:")
"""A Mermaid line of the diagram's accessible title or description, which Mermaid reads whole,
as words, to the end of the line."""


def _mermaid(page: str, tokens: list[Token]) -> list[Flaw]:
    flaws = []
    for token in tokens:
        if token.type != "fence" or token.info.strip() != "mermaid" or not token.map:
            continue
        # `%%` lines are comments and `%%{init: ...}%%` directives: no diagram text.
        body = [
            line for line in token.content.split("\n") if line.strip() and not line.lstrip().startswith("%%")
        ]
        first = token.map[0] + 2
        if not body or body[0].split()[0] not in _MERMAID_TYPES:
            flaws.append(Flaw(page, first, "a Mermaid block without a diagram type"))
            continue
        for offset, line in enumerate(body):
            quoted = re.sub(r'"[^"]*"', "", line)
            if '"' in quoted:
                flaws.append(Flaw(page, first + offset, f"unbalanced quote in Mermaid: {line[:120]!r}"))
            if _ACCESSIBLE.match(line):
                continue  # words to the line's end, brackets and all (tests/test_chart_browser.py)
            for opening, closing in ("[]", "()", "{}"):
                if quoted.count(opening) != quoted.count(closing):
                    flaws.append(Flaw(page, first + offset, f"unbalanced {opening}{closing}: {line[:120]!r}"))
    return flaws


def check_canvas(root: Path, path: Path) -> list[Flaw]:
    """A JSON Canvas file: valid JSON, unique node ids, edges between nodes, files that exist."""
    page = path.relative_to(root).as_posix()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [Flaw(page, 0, f"not JSON: {exc}")]
    if not isinstance(data, dict):
        return [Flaw(page, 0, "not a JSON object")]
    flaws = []
    nodes, edges = data.get("nodes", []), data.get("edges", [])
    ids = [node.get("id") for node in nodes if isinstance(node, dict)]
    if len(ids) != len(nodes) or len(set(ids)) != len(ids):
        flaws.append(Flaw(page, 0, "node ids missing or repeated"))
    paths, stems = _vault_files(root)
    for node in nodes:
        if not isinstance(node, dict):
            continue
        if node.get("type") not in _CANVAS_NODE_TYPES:
            flaws.append(Flaw(page, 0, f"node {node.get('id')!r} has type {node.get('type')!r}"))
        if not all(isinstance(node.get(k), int) for k in ("x", "y", "width", "height")):
            flaws.append(Flaw(page, 0, f"node {node.get('id')!r} lacks whole-number x, y, width, height"))
        if node.get("type") == "file" and not _resolves(str(node.get("file", "")), paths, stems):
            flaws.append(Flaw(page, 0, f"node {node.get('id')!r} names a missing file {node.get('file')!r}"))
    known = set(ids)
    for edge in edges:
        if not isinstance(edge, dict) or edge.get("fromNode") not in known or edge.get("toNode") not in known:
            flaws.append(Flaw(page, 0, f"edge {edge!r:.120} joins unknown nodes"))
    return flaws


def check_page(root: Path, path: Path) -> list[Flaw]:
    """Every flaw of one Markdown page in the vault at `root`."""
    page = path.relative_to(root).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [Flaw(page, 0, f"not UTF-8: {exc}")]
    lines = text.split("\n")
    tokens = _markdown().parse(text)
    return _tables(page, lines, tokens) + _links(page, root, lines, tokens) + _mermaid(page, tokens)


def check_output(root: Path, output: str = "_vaultnet") -> list[Flaw]:
    """Every flaw of every page (`.md`) and canvas (`.canvas`) in the output folder."""
    folder = root / output
    flaws: list[Flaw] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".md":
            flaws.extend(check_page(root, path))
        elif path.suffix == ".canvas":
            flaws.extend(check_canvas(root, path))
    return flaws
