"""The terminal report: one function per section, shown as rich tables on a terminal, plain text elsewhere.

rich is imported only when a terminal asks for it, so `vaultnet --help` and piped output stay fast.
To add a section, write a function `(ReportContext) -> Section` and append it to SECTIONS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vaultnet.config import Config
from vaultnet.metrics.cultivate import Introduction, open_follow_ups, rhythm_days
from vaultnet.metrics.stats import Report
from vaultnet.model import PersonStats
from vaultnet.pages.render import MOVERS_SHOWN, display, due_words, last_words, page_context, plain

if TYPE_CHECKING:
    from rich.console import RenderableType

NARROW = 60
"""Below this many columns, sections are lists rather than tables."""

ReportContext = dict[str, Any]
"""What render.page_context gives the page templates: the same sorted lists feed the terminal."""


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the report: a title and rows of cells, the first cell naming what the row is about."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str
    """Shown instead of rows when there are none."""
    row_styles: tuple[str, ...] = ()
    """A rich style per row (colour on a terminal only), or none."""


def _pick_up(s: PersonStats) -> str:
    """The last words, then each open follow-up: what to ask about."""
    return "; ".join([last_words(s), *(f"open: {plain(f.text)}" for f in open_follow_ups(s))])


def reach_out(ctx: ReportContext) -> Section:
    people: list[PersonStats] = ctx["overdue"] + ctx["due_soon"]
    return Section(
        title="Reach out",
        columns=("who", "when", "pick up from"),
        rows=tuple((display(s.person.note.name), due_words(s, ctx["today"]), _pick_up(s)) for s in people),
        empty="nobody is due in the next two weeks",
        row_styles=tuple("red" if s.overdue_days else "yellow" for s in people),
    )


def drifting(ctx: ReportContext) -> Section:
    people: list[PersonStats] = ctx["drifting"]
    rows = tuple(
        (display(s.person.note.name), f"usually every {rhythm_days(s)} days, now {s.days_since}", _pick_up(s))
        for s in people
    )
    return Section("Drifting from their own rhythm", ("who", "rhythm", "pick up from"), rows, "nobody")


def one_way(ctx: ReportContext) -> Section:
    rows = [(display(s.person.note.name), "only you reach out") for s in ctx["one_way_me"]]
    rows += [(display(s.person.note.name), "only they reach out") for s in ctx["one_way_them"]]
    return Section("One-way", ("who", "who carries it"), tuple(rows), "none")


def moving(ctx: ReportContext) -> Section:
    moved, summary = ctx["movement"], ctx["summary"]
    counts = (
        f"active {moved.then_active} → {summary.active} · reciprocal {moved.then_reciprocal} → "
        f"{summary.reciprocal} · real {moved.then_real} → {summary.real}"
    )
    rows = [("then → now", counts)]
    for words, people in ctx["movers"]:
        names = ", ".join(display(s.person.note.name) for s in people[:MOVERS_SHOWN])
        more = len(people) - MOVERS_SHOWN
        rows.append((f"{words} ({len(people)})", names + (f" and {more} more" if more > 0 else "")))
    return Section(f"Movement since {moved.since} ({moved.days} days)", ("what", "who"), tuple(rows), "")


def ideas(ctx: ReportContext) -> Section:
    rows = tuple(
        (f"{display(i.first.person.note.name)} and {display(i.second.person.note.name)}", i.reason)
        for i in ctx["ideas"]
    )
    empty = "none: nobody shares an interest, tag, organisation or city without being linked already"
    return Section("Introductions to think about", ("who", "why"), rows, empty)


def made(ctx: ReportContext) -> Section:
    def since(i: Introduction) -> str:
        if i.since is None:
            return "not together since"
        return f"together since, on {i.since.date} ({i.since.file}:{i.since.line})"

    rows = tuple(
        (
            f"{display(i.first.person.note.name)} and {display(i.second.person.note.name)}",
            str(i.date),
            since(i),
        )
        for i in ctx["made"]
    )
    return Section("Introductions you made", ("who", "when", "since"), rows, "none tagged #intro")


def problems(ctx: ReportContext) -> Section:
    rows = tuple((f"{p.file}:{p.line}", p.message) for p in ctx["problems"])
    return Section(f"Problems ({len(rows)})", ("where", "what"), rows, "none", ("magenta",) * len(rows))


SECTIONS: list[Callable[[ReportContext], Section]] = [
    reach_out, drifting, one_way, moving, ideas, made, problems,
]  # fmt: skip
"""The report's sections, in order."""


def header(ctx: ReportContext) -> tuple[str, str]:
    summary = ctx["summary"]
    return (
        f"vaultnet: {summary.people} people as of {ctx['today']}",
        f"active {summary.active} · reciprocal {summary.reciprocal} · personal {summary.personal} · "
        f"real connections {summary.real}",
    )


def sections(report: Report, config: Config) -> tuple[tuple[str, str], list[Section]]:
    ctx = page_context(report, config)
    return header(ctx), [make(ctx) for make in SECTIONS]


def _line(row: tuple[str, ...]) -> str:
    return f"{row[0]}: {'; '.join(row[1:])}" if len(row) > 1 else row[0]


def plain_report(report: Report, config: Config) -> str:
    """The report as plain lines (`  who: when; pick up from`), for pipes, files and grep."""
    (title, counts), parts = sections(report, config)
    lines = [title, f"  {counts}"]
    for section in parts:
        lines += ["", section.title]
        lines += [f"  {_line(row)}" for row in section.rows] or [f"  {section.empty}"]
    return "\n".join(lines) + "\n"


def rich_report(report: Report, config: Config, width: int) -> RenderableType:
    """The report as rich renderables: tables with colour, lists when the terminal is narrow."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    (title, counts), parts = sections(report, config)
    items: list[RenderableType] = [Text(title, style="bold"), Text(f"  {counts}", style="dim")]
    for section in parts:
        items.append(Text(""))
        items.append(Text(section.title, style="bold underline"))
        if not section.rows:
            items.append(Text(f"  {section.empty}", style="dim"))
            continue
        styles = section.row_styles or ("",) * len(section.rows)
        if width < NARROW:
            for row, style in zip(section.rows, styles, strict=True):
                line = Text("  ")
                line.append(row[0], style=f"bold {style}".strip())
                if len(row) > 1:
                    line.append(": " + "; ".join(row[1:]))
                items.append(line)
            continue
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="dim")
        for number, column in enumerate(section.columns):
            table.add_column(column, no_wrap=number == 0, overflow="fold", ratio=None if number == 0 else 1)
        for row, style in zip(section.rows, styles, strict=True):
            table.add_row(Text(row[0], style=f"bold {style}".strip()), *row[1:])
        items.append(table)
    return Group(*items)
