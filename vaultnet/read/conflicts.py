"""A merge's conflict left in a note: git's markers (`<<<<<<<`, `=======`, `>>>>>>>`, and diff3's
`|||||||` over the common base), found before anything else reads the text. A vault shared in a
repository holds one after a pull that both sides changed: each marker is no text of the note."""

from __future__ import annotations

from typing import NamedTuple

from vaultnet.model import Problem
from vaultnet.read.blocks import fence_after

CONFLICT = (
    "unresolved merge conflict (git): both sides are read meanwhile; keep one side (or both) and delete "
    "the markers"
)
"""The problem at a conflict's `<<<<<<<` line."""
OPENING = "<<<<<<<"
"""What a conflict's first line opens with; a text without it holds none (nearly every note)."""


class Conflict(NamedTuple):
    """Where a conflict's markers are: 0-based lines of the text."""

    opening: int
    """`<<<<<<< HEAD`: ours follows."""
    base: int | None
    """`||||||| base` (diff3, zdiff3): the text both sides changed follows, up to the separator."""
    separator: int
    """`=======`: theirs follows."""
    closing: int
    """`>>>>>>> ben/main`."""


def merge_conflicts(text: str) -> list[Conflict]:
    """Each conflict the text holds: an opening marker at the start of a line outside a code
    fence, then the separator and the closing marker, in order, each on a line of its own (a
    base's marker before the separator, or none). A marker alone is none (a setext heading's
    `=======`, a `<<<<<<<` left open), nor is a whole block in a fence (a note about git). The
    sides' lines are Markdown, and may open or close a fence; the markers are git's, wherever
    they are."""
    if OPENING not in text:
        return []
    lines = text.split("\n")
    found: list[Conflict] = []
    fence = ""
    at = 0
    while at < len(lines):
        conflict = _conflict_at(lines, at) if not fence and _marker(lines[at], OPENING) else None
        if conflict is not None:
            found.append(conflict)
            fence = _fence_after(fence, [lines[side] for side in sides_of(conflict)])
            at = conflict.closing + 1
        else:
            fence = _fence_after(fence, lines[at : at + 1])
            at += 1
    return found


def sides_of(conflict: Conflict) -> list[int]:
    """The lines of a conflict's two sides, ours then theirs: what the file holds as its text."""
    ours_end = conflict.separator if conflict.base is None else conflict.base
    return [*range(conflict.opening + 1, ours_end), *range(conflict.separator + 1, conflict.closing)]


def _fence_after(fence: str, lines: list[str]) -> str:
    """The code fence open after these lines (`fence_after`), given the one open before them."""
    for line in lines:
        if fence or line.lstrip()[:3] in ("```", "~~~"):
            fence = fence_after(fence, line)
    return fence


def _conflict_at(lines: list[str], opening: int) -> Conflict | None:
    """The conflict whose opening marker is at `opening`, when the separator and closing marker
    follow it; None at another opening marker first (this one is stray: the next may be whole;
    and no line is looked at more than twice)."""
    base = separator = None
    for at in range(opening + 1, len(lines)):
        line = lines[at]
        if not line or line[0] not in "<|=>":
            continue
        if _marker(line, OPENING):
            return None
        if separator is None and base is None and _marker(line, "|||||||"):
            base = at
        elif separator is None and line.rstrip() == "=======":
            separator = at
        elif separator is not None and _marker(line, ">>>>>>>"):
            return Conflict(opening, base, separator, at)
    return None


def _marker(line: str, marker: str) -> bool:
    """Is the line this marker, alone or before a space and a name (`<<<<<<< HEAD`)? Not a longer
    run of its character (`<<<<<<<<`)."""
    return line.startswith(marker) and (len(line) == len(marker) or line[len(marker)] in " \t")


def without_conflicts(file: str, text: str) -> tuple[str, list[Problem]]:
    """The text with each conflict's marker lines blank, and the base's lines too (what both sides
    changed, said by neither), each line where it was; and a problem at each conflict's opening.
    Both sides are read, as the file holds them: most often each added a line of its own (two
    entries of one day), and the owner sees the problem until one is kept."""
    conflicts = merge_conflicts(text)
    if not conflicts:
        return text, []
    lines = text.split("\n")
    for conflict in conflicts:
        read = set(sides_of(conflict))
        for at in range(conflict.opening, conflict.closing + 1):
            if at not in read:
                lines[at] = ""
    return "\n".join(lines), [Problem(file, conflict.opening + 1, CONFLICT) for conflict in conflicts]
