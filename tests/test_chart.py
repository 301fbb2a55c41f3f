"""The Overview's quadrant chart: where people sit, how many, and names that cannot break it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultnet.build import build
from vaultnet.pages.chart import CHART_LIMIT, LABEL_LIMIT, chart_label

TODAY = dt.date(2026, 11, 21)

POINT = re.compile(r'^    "([^"`\n]*)": \[(0\.\d\d), (0\.\d\d)\]$')


def chart_block(page: str) -> str:
    """The Mermaid source inside a page's ```mermaid fence."""
    return page.split("```mermaid\n", 1)[1].split("\n```", 1)[0]


def built_points(root: Path) -> list[tuple[str, float, float]]:
    """(label, x, y) of each point on the chart of the Overview a build writes, in its order."""
    build(root, TODAY)
    block = chart_block((root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8"))
    return [(m[1], float(m[2]), float(m[3])) for line in block.split("\n") if (m := POINT.match(line))]


def test_people_are_placed_by_recency_and_by_who_starts(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": "## Log\n- 2026-11-21 <- she called\n",
            "People/Bo.md": "## Log\n- 2026-08-23 -> I wrote\n",
            "People/Cy.md": "## Log\n- 2026-11-01 <-> lunch\n- 2026-10-01 -> wrote\n- 2026-09-01 <- wrote\n",
            "People/Dee.md": "## Log\n- 2026-11-01 plain\n",
            "People/Eve.md": "---\ntags: [person]\n---\n",
        }
    )
    points = {label: (x, y) for label, x, y in built_points(root)}
    assert sorted(points) == ["Ana", "Bo", "Cy"], "no direction, or never contacted: not on the chart"
    assert points["Ana"] == (0.97, 0.97)  # today, only they started: kept just inside the corner
    assert points["Bo"] == (0.5, 0.03)  # 90 days ago is the middle; only I started
    assert points["Cy"][1] == 0.5  # one each way and one mutual: even
    assert points["Cy"][0] == round(1 - (20 / 360) ** 0.5, 2)  # a square-root scale


def test_no_chart_says_the_window_when_the_directions_are_older(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Contacts that say who started them, all older than the window: the page does not claim
    that no contact has a direction."""
    root = make_vault({"People/Ana.md": "## Log\n- 2024-11-21 <- she called\n- 2026-11-01 the book\n"})
    build(root, TODAY)
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert "```mermaid\nquadrantChart" not in overview
    assert "No contact in the last 365 days says who started it" in overview


def test_the_chart_is_capped_to_the_most_recent(make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {f"People/P{i:02}.md": f"## Log\n- 2026-11-{i + 1:02} -> hi\n" for i in range(20)}
    root = make_vault(files)
    points = built_points(root)
    assert len(points) == CHART_LIMIT
    assert [label for label, _, _ in points] == [f"P{i:02}" for i in range(19, 19 - CHART_LIMIT, -1)]
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert f"The {CHART_LIMIT} people you were in touch with most recently, of 20" in overview


@given(st.text(max_size=80))
def test_any_name_becomes_a_safe_label(name: str) -> None:
    label = chart_label(name)
    assert label and len(label) <= LABEL_LIMIT
    assert not set(label) & set('"`\\\n\r\t')
    assert "%%" not in label
    assert not re.search(r"#\w+;", label)
    assert POINT.match(f'    "{label}": [0.50, 0.50]')


def test_hostile_names_stay_on_their_own_line(make_vault) -> None:  # type: ignore[no-untyped-def]
    names = ['Jane "JD" Doe', "Bob `rm`", '%%{init: {"theme": "dark"}}%%', "a: [0.1, 0.2]", "#quot; X"]
    files = {
        f"People/P{i}.md": f"---\nname: '{n.replace(chr(39), chr(39) * 2)}'\n---\n- 2026-11-01 -> hi\n"
        for i, n in enumerate(names)
    }
    root = make_vault(files)
    build(root, TODAY)
    block = chart_block((root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8"))
    point_lines = [line for line in block.split("\n") if line.startswith('    "')]
    assert len(point_lines) == len(names)
    assert all(POINT.match(line) for line in point_lines), point_lines
    assert block.count("%%") == 2, "only the chart's own size directive"


def test_labels_that_would_cover_each_other_are_nudged_apart(make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {f"People/Person {i}.md": "## Log\n- 2026-11-20 <-> lunch together\n" for i in range(5)}
    root = make_vault(files)
    points = built_points(root)
    assert len({y for _, _, y in points}) == 5
    assert all(abs(y - 0.5) <= 0.1 for _, _, y in points), "nudged a little, not moved far"
    for i, (_, ax, ay) in enumerate(points):
        for _, bx, by in points[i + 1 :]:
            assert abs(ay - by) >= 0.045 or abs(ax - bx) >= 0.1


def _description(block: str) -> str:
    """The chart's accessible description: what a screen reader reads for it."""
    lines = [line for line in block.split("\n") if line.startswith("    accDescr: ")]
    assert len(lines) == 1, block
    return lines[0].removeprefix("    accDescr: ")


def test_the_chart_tells_in_words_what_it_draws(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A screen reader reads the chart's title and description: each person, latest first, with
    the days since and who started how many contacts, the counts the points stand for."""
    root = make_vault(
        {
            "People/Ana.md": "## Log\n- 2026-11-21 <- she called\n",
            "People/Bo.md": "## Log\n- 2026-08-23 -> I wrote\n",
            "People/Cy.md": "## Log\n- 2026-11-01 <-> lunch\n- 2026-10-01 -> wrote\n- 2026-09-01 <- wrote\n",
        }
    )
    build(root, TODAY)
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    block = chart_block(overview)
    assert "\n    accTitle: Who starts the conversations, and how lately\n" in block
    assert _description(block) == (
        "Each person, latest contact first, and who started the contacts of the last 365 days that say so. "
        "Ana, today: they started 1. Cy, 20 days ago: they started 1, you 1, both of you 1. "
        "Bo, 90 days ago: you started 1."
    )
    said = overview.split("## Who starts, and how lately", 1)[1].split("```mermaid", 1)[0]
    assert "[[_vaultnet/Reciprocity|Reciprocity]]" in said, "where the same is said in words"


@given(st.text(max_size=80))
def test_no_name_breaks_the_description(name: str) -> None:
    from vaultnet.pages.chart import point_words

    words = point_words(name, 3, 1, 0, 0)
    assert "\n" not in words and "\r" not in words and "%%" not in words
    assert not re.search(r"#\w+;", words)
    assert words.endswith(", 3 days ago: they started 1")


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Sam Wright (Work)", "Sam Wright (Work)"),
        ("Sam Wright (People/Sam Wright.md)", "Sam Wright (People/Sam Wright.md)"),  # not `(People/Sam Wrig…`
        ("Bartholomew Fitzgerald-Smythe Jr", "Bartholomew Fitzgerald-…"),  # at a word
        ("Maximiliane Oberhollenzerberger", "Maximiliane Oberhollenzerbe…"),  # no word near: most of it
        ("Prof. Jane Doe-Smith (Oxford University)", "Prof. Jane Doe-Smith (Oxford University)"),
        (
            "Alexandra Konstantinopoulou (People/Alexandra Konstantinopoulou.md)",
            "Alexand… (People/Alexandra Konstantinopoulou.md)",  # what tells her apart, whole
        ),
        ("Christopher Montgomery (Clients (EU))", "Christopher Montgomery (Clients (EU))"),  # its brackets
        (
            "Sam Wright (Areas/Relationships/People/Work/Sam Wright.md)",
            "Sam Wri… (…ationships/People/Work/Sam Wright.md)",  # a long one's end tells them apart
        ),
    ],
)
def test_a_long_label_is_cut_where_it_still_tells_who(name: str, label: str) -> None:
    assert chart_label(name) == label


def test_two_people_of_one_name_are_told_apart_on_the_chart_as_on_the_pages(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Sam Wright.md": "## Log\n- 2026-11-20 <- she called\n",
            "People/Work/Sam Wright.md": "## Log\n- 2026-11-19 -> I wrote\n",
        }
    )
    labels = [label for label, _, _ in built_points(root)]
    assert labels == ["Sam Wright (People/Sam Wright.md)", "Sam Wright (Work)"]
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert "[[People/Sam Wright|Sam Wright (People/Sam Wright.md)]]" in overview
