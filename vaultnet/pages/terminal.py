"""The terminal report: one function per section, shown as rich tables on a terminal, plain text elsewhere.

rich is imported only when a terminal asks for it, so `vaultnet --help` and piped output stay fast.
To add a section, write a function `(ReportContext) -> Section` and append it to SECTIONS.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from vaultnet.convert import counted, name_order
from vaultnet.metrics.cultivate import BUCKET_LIMIT, Introduction, by_age, open_follow_ups, rhythm_days
from vaultnet.model import FollowUp, PersonStats, Problem
from vaultnet.pages.render import (
    MOVERS_SHOWN,
    coming_words,
    due_words,
    follow_up_words,
    follow_ups_by_age,
    last_words,
    plain_text,
    planned_words,
    quoted,
    said_on,
    unmarked,
    words_note,
)
from vaultnet.pages.rows_fast import OVERVIEW_PROMPTS, more_open
from vaultnet.pages.saved import link_key

if TYPE_CHECKING:
    from rich.console import RenderableType

NARROW = 60
"""Below this many columns, sections are lists rather than tables."""

T = TypeVar("T")

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
    more: str = ""
    """After the rows, when the list is longer than shown: `… and 12 more in _vaultnet/Recency.md`."""
    quiet: bool = False
    """Left out when it has no rows: a section most vaults never need."""


def _few(ctx: ReportContext, people: Sequence[T], page: str) -> tuple[Sequence[T], str]:
    """The first `limit` of a list, and the line saying how many more are on the page."""
    limit: int = ctx["limit"]
    if len(people) <= limit:
        return people, ""
    return people[:limit], _more(ctx, len(people), page)


def _more(ctx: ReportContext, count: int, page: str) -> str:
    """`… and 12 more in _vaultnet/Recency.md`; when no build wrote the pages (`pages_built`,
    which the command tells), how to see them instead."""
    more = f"… and {count - ctx['limit']} more"
    if ctx.get("pages_built", True):
        return f"{more} in {ctx['output']}/{page}"
    return f"{more}: --limit {count} shows them, vaultnet build writes {ctx['output']}/{page}"


def _pick_up(s: PersonStats) -> str:
    """The last words, then the open follow-ups as the Overview shows them: the first few
    (`OVERVIEW_PROMPTS`) and how many more, what to ask about as the notes say it."""
    found = open_follow_ups(s)
    shown = [f"open: {quoted(f.text)}" for f in found[:OVERVIEW_PROMPTS]]
    more = [more_open(len(found), OVERVIEW_PROMPTS)] if len(found) > OVERVIEW_PROMPTS else []
    return "; ".join([last_words(s, terminal=True), *shown, *more])


def _name(s: PersonStats) -> str:
    return plain_text(s.person.shown_name)


def reach_out(ctx: ReportContext) -> Section:
    """The Overview's "reach out": overdue, or due within REACH_OUT_DAYS."""
    people, more = _few(ctx, ctx["reach_out"], "Recency.md")
    return Section(
        title="Reach out",
        columns=("who", "when", "pick up from"),
        rows=tuple((_name(s), due_words(s, ctx["today"]), _pick_up(s)) for s in people),
        empty="nobody is due in the next two weeks",
        row_styles=tuple("red" if s.overdue_days else "yellow" for s in people),
        more=more,
    )


def booked(ctx: ReportContext) -> Section:
    people, more = _few(ctx, ctx["booked"], "Recency.md")
    rows = tuple((_name(s), planned_words(s, terminal=True)) for s in people)
    return Section("Booked", ("who", "planned"), rows, "nothing booked", more=more)


def coming_up(ctx: ReportContext) -> Section:
    people, more = _few(ctx, ctx["coming_up"], "Recency.md")
    today = dt.date.fromisoformat(ctx["today"])
    rows = tuple((_name(s), coming_words(s, today)) for s in people)
    return Section("Coming up", ("who", "what"), rows, "no birthday or anniversary in two weeks", more=more)


def _gaps(s: PersonStats) -> str:
    """A drifting person's usual gap and the one now (both known: that is what drifting is)."""
    rhythm, since = rhythm_days(s), s.days_since
    assert rhythm is not None and since is not None
    return f"usually every {counted(rhythm, 'day')}, now {counted(since, 'day')}"


def drifting(ctx: ReportContext) -> Section:
    people, more = _few(ctx, ctx["drifting"], "Recency.md")
    rows = tuple((_name(s), _gaps(s), _pick_up(s)) for s in people)
    return Section(
        "Quieter than their own rhythm", ("who", "rhythm", "pick up from"), rows, "nobody", more=more
    )


def follow_ups(ctx: ReportContext) -> Section:
    """The oldest open follow-ups, whoever they are for: the people are read in the order of
    their oldest one (`oldest_follow_ups`) until the next could have none of those shown, so a
    report from the saved state reads a few people, not everyone with a follow-up."""
    limit: int = ctx["limit"]
    oldest: dict[str, tuple[bool, int]] = ctx["oldest_follow_ups"]

    def first(s: PersonStats) -> tuple[bool, int, str]:
        file, name = link_key(s)
        return (*oldest[file], name_order(name))

    def order(item: tuple[PersonStats, FollowUp]) -> tuple[bool, int, str, str, int]:
        undated, day, file, line = by_age(item[1])
        return undated, day.toordinal(), name_order(link_key(item[0])[1]), file, line

    items: list[tuple[PersonStats, FollowUp]] = []
    for s in sorted(ctx["follow_ups"], key=first):
        if len(items) >= limit and first(s) > order(items[limit - 1])[:3]:
            break  # their follow-ups, and everyone's after, sort after those shown
        items.extend((s, f) for f in follow_ups_by_age(s))
        items.sort(key=order)
    count: int = ctx["open_count"]
    more = _more(ctx, count, "Follow-ups.md") if count > limit else ""
    today = dt.date.fromisoformat(ctx["today"])
    rows = tuple((_name(s), follow_up_words(f, today), f"{f.file}:{f.line}") for s, f in items[:limit])
    return Section(f"Open follow-ups ({count})", ("who", "what", "where"), rows, "none", more=more)


def no_note(ctx: ReportContext) -> Section:
    """Who the notes say you met, called or heard from, and who has no note."""
    found = ctx["without_note"]
    shown, more = _few(ctx, found, "Overview.md")
    alike, unread = ctx["named_alike"], ctx["not_read"]
    rows = tuple(
        (
            plain_text(u.name),
            f"last {said_on(u.date, u.text, terminal=True)}{_perhaps(alike, u.name)}"
            + _not_read(unread, u.name)
            + _yours(ctx["maybe_yours"], u.name),
            f"{u.file}:{u.line}",
        )
        for u in shown
    )
    return Section(
        f"Met, no note yet ({len(found)})", ("who", "last", "where"), rows, "", quiet=True, more=more
    )


def _not_read(unread: dict[str, Problem], name: str) -> str:
    """Why someone met has no note though the vault holds one (`kept_unread`), as the Overview
    says it: `; their note is People/.Rosa Klein.md.icloud: not downloaded from iCloud ...`."""
    problem = unread.get(name)
    return f"; their note is {plain_text(problem.file)}: {plain_text(problem.message)}" if problem else ""


def _yours(maybe: dict[str, tuple[int, int, str]], name: str) -> str:
    """Whether someone met may be the owner (`maybe_yours`), as the Overview says it: `; at 6 of
    your 7 meetings: if this is you, set me = ["Jo Lee"] in vaultnet.toml`."""
    if name not in maybe:
        return ""
    count, meetings, setting = maybe[name]
    set_me = f"set {plain_text(setting)} in vaultnet.toml"
    return f"; at {count} of your {meetings} meetings: if this is you, {set_me}"


def _perhaps(alike: dict[str, tuple[str, str]], name: str) -> str:
    """Whom someone met by a first name alone may be (`named_alike`): `; perhaps Ana Souza (add the
    alias Ana)`, as the Overview says it: the alias is not there yet."""
    return (
        f"; perhaps {plain_text(alike[name][1])} (add the alias {plain_text(name)})" if name in alike else ""
    )


def one_way(ctx: ReportContext) -> Section:
    carried = [(s, "only you reach out") for s in ctx["one_way_me"]]
    carried += [(s, "only they reach out") for s in ctx["one_way_them"]]
    shown, more = _few(ctx, carried, "Reciprocity.md")  # cut first: a row reads the person's stats
    rows = tuple((_name(s), words + words_note(s)) for s, words in shown)
    return Section("One-way", ("who", "who carries it"), rows, "none", more=more)


def moving(ctx: ReportContext) -> Section:
    moved, summary = ctx["movement"], ctx["summary"]
    counts = (
        f"active {moved.then_active} → {summary.active} · reciprocal {moved.then_reciprocal} → "
        f"{summary.reciprocal} · real {moved.then_real} → {summary.real}"
    )
    rows = [("then → now", counts)]
    for words, people in ctx["movers"]:
        names = ", ".join(_name(s) for s in people[:MOVERS_SHOWN])
        more = len(people) - MOVERS_SHOWN
        rows.append((f"{words} ({len(people)})", names + (f" and {more} more" if more > 0 else "")))
    return Section(f"Movement since {moved.since} ({moved.days} days)", ("what", "who"), tuple(rows), "")


def ideas(ctx: ReportContext) -> Section:
    shown, more = _few(ctx, ctx["ideas"], "Introductions.md")
    rows = tuple((f"{_name(i.first)} and {_name(i.second)}", i.reason) for i in shown)
    empty = (
        "none: no two people not linked yet, nor at one organisation or team, share an interest or a tag"
        f" that at most {BUCKET_LIMIT} people share"
    )
    if not ctx["config"].introductions:
        empty = "off: introductions = 0 in vaultnet.toml"
    return Section("Introductions to think about", ("who", "why"), rows, empty, more=more)


def made(ctx: ReportContext) -> Section:
    def since(i: Introduction) -> str:
        if i.since is None:
            return "not together since"
        return f"together since, on {i.since.date} ({i.since.file}:{i.since.line})"

    shown, more = _few(ctx, ctx["made"], "Introductions.md")
    rows = tuple((f"{_name(i.first)} and {_name(i.second)}", str(i.date), since(i)) for i in shown)
    return Section("Introductions you made", ("who", "when", "since"), rows, "none told yet", more=more)


def problems(ctx: ReportContext) -> Section:
    shown, more = _few(ctx, ctx["problems"], "Problems.md")
    rows = tuple((p.place, p.message) for p in shown)
    title = f"Problems ({len(ctx['problems'])})"
    return Section(title, ("where", "what"), rows, "none", ("magenta",) * len(rows), more=more)


SECTIONS: list[Callable[[ReportContext], Section]] = [
    reach_out,
    booked,
    coming_up,
    drifting,
    follow_ups,
    no_note,
    one_way,
    moving,
    ideas,
    made,
    problems,
]
"""The report's sections, in order."""


KEY = (
    "real = all three at once: active (in touch lately), reciprocal (both of you start),"
    " personal (you know something about them)"
)
"""Under the counts: what the words mean, as the Overview's table says it."""


def header(ctx: ReportContext) -> tuple[str, str]:
    summary = ctx["summary"]
    read = ctx["two_way_from_words"]
    guessed = f" ({read} of them from the words)" if read else ""
    counts = (
        f"active {summary.active} · reciprocal {summary.reciprocal}{guessed} · personal {summary.personal} · "
        f"real connections {summary.real} · resting {len(ctx['resting'])} · lapsed {len(ctx['lapsed'])}"
    )
    counts += "\n  " + KEY
    if ctx["no_people"]:
        counts += "\n  " + ctx["no_people"]
    return f"vaultnet: {counted(summary.people, 'person', 'people')} as of {ctx['today']}", counts


def sections(ctx: ReportContext) -> tuple[tuple[str, str], list[Section]]:
    """The header and every section of the report of `ctx` (`page_context`), but a quiet one
    with nothing to show, each cell without its Markdown marks (`unmarked`)."""
    parts = [part for make in SECTIONS if (part := make(ctx)).rows or not part.quiet]
    return header(ctx), [
        replace(part, rows=tuple(tuple(map(unmarked, row)) for row in part.rows)) for part in parts
    ]


def _line(row: tuple[str, ...]) -> str:
    return f"{row[0]}: {'; '.join(row[1:])}" if len(row) > 1 else row[0]


def plain_report(ctx: ReportContext) -> str:
    """The report of `ctx` (`page_context`) as plain lines (`  who: when; pick up from`), for
    pipes, files and grep."""
    (title, counts), parts = sections(ctx)
    lines = [title, f"  {counts}"]
    for section in parts:
        lines += ["", section.title]
        lines += [f"  {_line(row)}" for row in section.rows] or [f"  {section.empty}"]
        if section.more:
            lines.append(f"  {section.more}")
    return "\n".join(lines) + "\n"


def rich_report(ctx: ReportContext, width: int) -> RenderableType:
    """The report of `ctx` (`page_context`) as rich renderables: tables with colour, lists when
    the terminal is narrow. Every string is given as `Text`, never as markup: a note's `[/]` or
    `[[link]]` is shown as written, not read as rich's tags."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    (title, counts), parts = sections(ctx)
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
            if section.more:
                items.append(Text(f"  {section.more}", style="dim"))
            continue
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="dim")
        for number, column in enumerate(section.columns):
            table.add_column(column, no_wrap=number == 0, overflow="fold", ratio=None if number == 0 else 1)
        for row, style in zip(section.rows, styles, strict=True):
            table.add_row(Text(row[0], style=f"bold {style}".strip()), *map(Text, row[1:]))
        items.append(table)
        if section.more:
            items.append(Text(f"  {section.more}", style="dim"))
    return Group(*items)
