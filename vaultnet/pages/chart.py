"""A Mermaid `quadrantChart` of the network: how lately (x) and who starts the conversations (y).

It renders in Obsidian 1.4+ and on GitHub. Pure: stats → the chart's source text.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from vaultnet.config import Config
from vaultnet.convert import counted
from vaultnet.model import PersonStats
from vaultnet.pages.saved import face
from vaultnet.patterns import lazy_pattern

CHART_LIMIT = 12
"""At most this many people on the chart, so every label stays readable."""

NAME_LIMIT = 28
"""Longer names are cut, with an ellipsis, at a word where one is near the end."""
LABEL_LIMIT = 48
"""A label at most: a name and, kept whole, the part in brackets that tells two people of one
name apart (`Sam Wright (People/Sam Wright.md)`), the name cut shorter to make room."""
_SHORTEST = 8
"""A name cut to make room for its part in brackets keeps this many characters at least."""

_EDGE = 0.03
"""Points stay this far inside the chart, so a label never falls off its edge."""

_CHAR_WIDTH = 0.0095
"""A label's width per character, as a share of the chart's width (11 px type on 640 px)."""
_LABEL_HEIGHT = 0.045
_NUDGES = (0.0, -0.05, 0.05, -0.1, 0.1, -0.15, 0.15)
"""Vertical steps tried, in order, to keep a label clear of the labels placed before it."""

_UNSAFE = lazy_pattern(r"[\"`\\\x00-\x1f\x7f]")
_ENTITY = lazy_pattern(r"#(\w+);")
"""Mermaid reads `#quot;` as an entity: without its semicolon the name is shown as written."""


@dataclass(frozen=True, slots=True)
class Point:
    """One person on the chart."""

    stats: PersonStats
    label: str
    x: float
    """0 = long ago, 1 = today."""
    y: float
    """0 = you start every conversation, 1 = they do, 0.5 = even or mostly mutual (nudged a
    little up or down when its label would cover another's)."""
    words: str = ""
    """The point in words, for the chart's description (`point_words`)."""


def chart_label(name: str) -> str:
    """A name that cannot break the chart (no quote, backtick, `%%` directive, HTML tag or line
    break), cut where it is long: at a word when one is near (`_cut`), and never in the part in
    brackets that ends it, which tells two people of one name apart as the pages do (`Sam Wright
    (Work)`, `Sam Wright (People/Sam Wright.md)`: `Person.shown_name`) or is part of the name."""
    text = _safe(name)
    if len(text) <= NAME_LIMIT:
        return text or "?"
    head, aside = _ending_aside(text)
    if not head:
        return _cut(text, NAME_LIMIT)
    room = LABEL_LIMIT - 3 - _SHORTEST  # ` (` and `)` besides the name's shortest cut
    if len(aside) > room:  # its end tells them apart: `…/Work/Sam Wright.md`
        aside = "…" + aside[len(aside) - room + 1 :]
    return f"{_cut(head, min(NAME_LIMIT, LABEL_LIMIT - 3 - len(aside)))} ({aside})"


def _ending_aside(text: str) -> tuple[str, str]:
    """A label's name and the part in round brackets that ends it, without them (`Sam Wright`,
    `Clients (EU)/Sam Wright.md`: brackets inside it are its own), or ("", "") for none."""
    if not text.endswith(")"):
        return "", ""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[at], 0)
        if depth == 0:
            head = text[:at]
            return (head[:-1], text[at + 1 : -1]) if head.endswith(" ") and head.strip() else ("", "")
    return "", ""


def _cut(text: str, limit: int) -> str:
    """The text in at most `limit` characters, an ellipsis ending it when cut: after its last
    space or hyphen when that keeps half of it or more, else within a word."""
    if len(text) <= limit:
        return text
    kept = text[: limit - 1]
    end = max(kept.rfind(" "), kept.rfind("-") + 1)
    if end >= limit // 2:
        kept = kept[:end]
    return kept.rstrip() + "…"


def _safe(name: str) -> str:
    """The name on one line, without what Mermaid would read: a quote, a backtick, an entity, HTML, `%%`."""
    text = _ENTITY.sub(r"#\1", " ".join(_UNSAFE.sub(" ", name).split()))
    text = text.replace("<", "‹").replace(">", "›")  # never read as HTML, which Mermaid would strip
    while "%%" in text:
        text = text.replace("%%", "%")
    return text


def point_words(name: str, days: int, inbound: int, outbound: int, mutual: int) -> str:
    """A point as a screen reader hears it: `Cy, 20 days ago: they started 1, you 1, both of you
    1`, the whole name (made safe as a label is) and the counts the point's height stands for."""
    started = [f"they started {inbound}"] if inbound else []
    if outbound:
        started.append(f"you {outbound}" if started else f"you started {outbound}")
    if mutual:
        started.append(f"both of you {mutual}")
    when = "today" if days == 0 else f"{counted(days, 'day')} ago"
    return f"{_safe(name) or '?'}, {when}: {', '.join(started)}"


def balance(s: PersonStats) -> float | None:
    """The share of conversations they started: a mutual one counts half for each side."""
    return _share(s.inbound, s.outbound, s.mutual)


def _share(inbound: int, outbound: int, mutual: int) -> float | None:
    directed = inbound + outbound + mutual
    if not directed:
        return None
    return (inbound + mutual / 2) / directed


def recency(days_since: int | None, config: Config) -> float | None:
    """1 today, 0.5 at the edge of the active window, 0 at four times that or longer ago.

    A square-root scale: it spreads out the recent contacts, where most people sit.
    """
    if days_since is None:
        return None
    return max(0.0, 1 - math.sqrt(days_since / (4 * config.active_days)))


def place(
    nearest: list[PersonStats] | tuple[PersonStats, ...], config: Config, today: dt.date
) -> tuple[Point, ...]:
    """Points for the first CHART_LIMIT of these people (contacted, with a direction), nearest
    first, each placed by their face (a saved person's stats are not read)."""
    points: list[Point] = []
    for s in nearest[:CHART_LIMIT]:
        name, _, last, _, inbound, outbound, mutual, *_ = face(s)
        days = today.toordinal() - last if last is not None else None
        x = recency(days, config)
        y = _share(inbound, outbound, mutual)
        if days is None or x is None or y is None:
            continue  # not chartable: the callers leave such people out
        words = point_words(name, days, inbound, outbound, mutual)
        points.append(_clear_of(Point(s, chart_label(name), _inside(x), _inside(y), words), points))
    return tuple(points)


def _inside(value: float) -> float:
    return min(1 - _EDGE, max(_EDGE, value))


def _collides(a: Point, b: Point) -> bool:
    """Would their labels (centred under each point) overlap?"""
    half_widths = (len(a.label) + len(b.label)) * _CHAR_WIDTH / 2
    return abs(a.x - b.x) < half_widths and abs(a.y - b.y) < _LABEL_HEIGHT


def _clear_of(point: Point, placed: list[Point]) -> Point:
    """The point, nudged up or down a little when its label would sit on one already placed."""
    for step in _NUDGES:
        moved = replace(point, y=_inside(point.y + step))
        if not any(_collides(moved, other) for other in placed):
            return moved
    return point


QUADRANT_TITLE = "Who starts the conversations, and how lately"


def quadrant_chart(points: tuple[Point, ...], window: int) -> str:
    """The chart's Mermaid source, without the code fence. Its accessible title and description
    (`accTitle`, `accDescr`: the SVG's own, which a screen reader reads) say each point in words,
    with who started the contacts of the last `window` days (the reciprocity window)."""
    said = " ".join(f"{p.words}." for p in points)
    lines = [
        "%%{init: {'quadrantChart': {'chartWidth': 640, 'chartHeight': 560, 'pointLabelFontSize': 11}}}%%",
        "quadrantChart",
        f"    title {QUADRANT_TITLE}",
        f"    accTitle: {QUADRANT_TITLE}",
        "    accDescr: Each person, latest contact first, and who started the contacts of the last "
        f"{window} days that say so. {said}",
        "    x-axis Long ago --> Recently",
        "    y-axis You start --> They start",
    ]
    lines += [f'    "{p.label}": [{p.x:.2f}, {p.y:.2f}]' for p in points]
    return "\n".join(lines)


TREND_COLOURS = ("#2563eb", "#f59e0b", "#16a34a")
"""The trend's lines, in order: active (blue), reciprocal (orange), real (green). xychart-beta
draws no legend, so the page names each colour above the chart, and a table below it gives the
numbers."""


def trend_chart(labels: list[str], series: list[list[int]], title: str, description: str) -> str:
    """A Mermaid `xychart-beta` line chart, one line per series, without the code fence; its
    accessible title and description (`accTitle`, `accDescr`) say what a screen reader reads.

    Labels, the title and the description are vaultnet's own words (months, fixed text): nothing
    a note wrote.
    """
    top = max((value for values in series for value in values), default=0)
    init = {
        "xyChart": {"width": 720, "height": 360},
        "themeVariables": {"xyChart": {"plotColorPalette": ", ".join(TREND_COLOURS[: len(series)])}},
    }
    lines = [
        "%%{init: " + repr(init) + "}%%",
        "xychart-beta",
        f'    title "{title}"',
        f"    accTitle: {title}",
        f"    accDescr: {description}",
        "    x-axis [" + ", ".join(f'"{label}"' for label in labels) + "]",
        f'    y-axis "people" 0 --> {max(top, 1)}',
    ]
    lines += ["    line [" + ", ".join(map(str, values)) + "]" for values in series]
    return "\n".join(lines)
