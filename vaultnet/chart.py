"""A Mermaid `quadrantChart` of the network: how lately (x) and who starts the conversations (y).

It renders in Obsidian 1.4+ and on GitHub. Pure: stats → the chart's source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vaultnet.config import Config
from vaultnet.model import PersonStats

CHART_LIMIT = 12
"""At most this many people on the chart, so every label stays readable."""

NAME_LIMIT = 28
"""Longer names are cut, with an ellipsis."""

_EDGE = 0.03
"""Points stay this far inside the chart, so a label never falls off its edge."""

_UNSAFE = re.compile(r"[\"`\\\x00-\x1f\x7f]")
_ENTITY = re.compile(r"#(\w+);")
"""Mermaid reads `#quot;` as an entity: without its semicolon the name is shown as written."""


@dataclass(frozen=True, slots=True)
class Point:
    """One person on the chart."""

    stats: PersonStats
    label: str
    x: float
    """0 = long ago, 1 = today."""
    y: float
    """0 = you start every conversation, 1 = they do, 0.5 = even or mostly mutual."""


def chart_label(name: str) -> str:
    """A name that cannot break the chart: no quote, backtick, `%%` directive, HTML tag or line break."""
    text = _ENTITY.sub(r"#\1", " ".join(_UNSAFE.sub(" ", name).split()))
    text = text.replace("<", "‹").replace(">", "›")  # never read as HTML, which Mermaid would strip
    while "%%" in text:
        text = text.replace("%%", "%")
    if len(text) > NAME_LIMIT:
        text = text[: NAME_LIMIT - 1].rstrip() + "…"
    return text or "?"


def balance(s: PersonStats) -> float | None:
    """The share of conversations they started: a mutual one counts half for each side."""
    directed = s.inbound + s.outbound + s.mutual
    if not directed:
        return None
    return (s.inbound + s.mutual / 2) / directed


def recency(s: PersonStats, config: Config) -> float | None:
    """1 today, 0.5 at the edge of the active window, 0 at twice that or longer ago."""
    if s.days_since is None:
        return None
    return max(0.0, 1 - s.days_since / (2 * config.active_days))


def chart_points(people: tuple[PersonStats, ...], config: Config) -> tuple[Point, ...]:
    """The people most recently in touch who have a contact with a direction, at most CHART_LIMIT."""
    placed = []
    for s in people:
        x, y = recency(s, config), balance(s)
        if x is not None and y is not None:
            placed.append((s, x, y))
    placed.sort(key=lambda p: (p[0].days_since, p[0].person.note.name.casefold(), p[0].person.file))

    def inside(value: float) -> float:
        return min(1 - _EDGE, max(_EDGE, value))

    return tuple(
        Point(s, chart_label(s.person.note.name), inside(x), inside(y)) for s, x, y in placed[:CHART_LIMIT]
    )


def chartable(people: tuple[PersonStats, ...]) -> int:
    """How many people could be on the chart (contacted, with a direction in the window)."""
    return sum(1 for s in people if s.days_since is not None and balance(s) is not None)


def quadrant_chart(points: tuple[Point, ...]) -> str:
    """The chart's Mermaid source, without the code fence."""
    lines = [
        "quadrantChart",
        "    title Who starts the conversations, and how lately",
        "    x-axis Long ago --> Recently",
        "    y-axis You start --> They start",
        "    quadrant-1 They reach out, lately",
        "    quadrant-2 They reached out, a while ago",
        "    quadrant-3 You reached out, a while ago",
        "    quadrant-4 You reach out, lately",
    ]
    lines += [f'    "{p.label}": [{p.x:.2f}, {p.y:.2f}]' for p in points]
    return "\n".join(lines)
