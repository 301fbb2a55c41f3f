"""Movement: the metrics as of an earlier day beside today's, and the monthly trend (issue 15)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultnet.build import build, load_report
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.metrics.movement import movement, standings, trend_days
from vaultnet.metrics.stats import person_stats
from vaultnet.model import Contact, Note, Person

TODAY = dt.date(2026, 11, 21)

DIRECTIONS = st.sampled_from(["inbound", "outbound", "mutual", "unknown"])
DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2027, 6, 1))


@st.composite
def people(draw: st.DrawFn) -> tuple[Person, Config]:
    dated = draw(st.dictionaries(DAYS, DIRECTIONS, max_size=12))
    contacts = tuple(Contact(day, dated[day], "x.md", 1, "") for day in sorted(dated))
    note = Note(
        file="People/A.md",
        kind="person",
        name="A",
        tags=tuple(draw(st.lists(st.sampled_from(["family", "work", "x"]), max_size=2, unique=True))),
        cadence_days=draw(st.none() | st.integers(1, 400)),
        last_contact=draw(st.none() | DAYS),
        facts=tuple(draw(st.lists(st.just("likes tea"), max_size=1))),
        died=draw(st.none() | DAYS),
        birthday=draw(st.none() | DAYS.map(dt.date.isoformat) | st.just("--06-01")),
    )
    config = Config(
        cadence={"family": 14, "work": 90},
        active_days=draw(st.integers(1, 200)),
        reciprocity_days=draw(st.integers(1, 500)),
    )
    return Person(note, contacts), config


@settings(max_examples=300, deadline=None)
@given(people(), st.lists(DAYS, min_size=1, max_size=14))
def test_standings_say_what_person_stats_says(case: tuple[Person, Config], days: list[dt.date]) -> None:
    person, config = case
    days.sort()
    for day, standing in zip(days, standings(person, days, config), strict=True):
        s = person_stats(person, day, config)
        assert (standing.active, standing.reciprocal, standing.real) == (s.active, s.reciprocal, s.real)


def test_standings_count_a_contact_reciprocity_days_ago_as_person_stats_does() -> None:
    note = Note(file="People/A.md", kind="person", name="A", cadence_days=365)
    person = Person(note, (Contact(dt.date(2025, 11, 21), "mutual", "x.md", 1, ""),))
    days = [TODAY, TODAY + dt.timedelta(days=1)]
    got = [(s.active, s.reciprocal) for s in standings(person, days, Config())]
    assert got == [(True, True), (False, False)]
    assert [person_stats(person, day, Config()).reciprocal for day in days] == [True, False]


def test_trend_days_are_month_ends_up_to_today() -> None:
    days = trend_days(dt.date(2026, 3, 15))
    assert [label for label, _ in days][:3] == ["2025-04", "2025-05", "2025-06"]
    assert days[-1] == ("2026-03", dt.date(2026, 3, 15))
    assert ("2025-12", dt.date(2025, 12, 31)) in days
    assert ("2026-02", dt.date(2026, 2, 28)) in days
    assert ("2024-02", dt.date(2024, 2, 29)) in trend_days(dt.date(2024, 3, 1))
    assert len(days) == 12


VAULT = {
    # Two-way since October: then only I wrote (in June: active still); a fact makes her real now.
    "People/Ana.md": "---\nfacts: [climbs]\n---\n## Log\n- 2026-06-01 -> wrote\n- 2026-10-01 <- she called\n",
    # Real in August, quiet since: no longer active, so no longer real (two-way still).
    "People/Bo.md": "---\nfacts: [tea]\n---\n## Log\n- 2026-08-01 <-> lunch\n",
    # Nothing moved: real then and now.
    "People/Cy.md": "---\nfacts: [jazz]\n---\n## Log\n- 2026-08-20 <-> coffee\n- 2026-11-20 <-> coffee\n",
    # Never contacted.
    "People/Dee.md": "---\ntags: [person]\n---\n",
}


def test_who_became_and_who_stopped(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    report = load_report(root, TODAY)
    moved = movement(report, Config())
    assert moved.since == dt.date(2026, 8, 23)
    names = lambda people: [s.person.note.name for s in people]  # noqa: E731
    assert names(moved.real.became) == ["Ana"]
    assert names(moved.real.stopped) == ["Bo"]
    assert names(moved.reciprocal.became) == ["Ana"]
    assert names(moved.reciprocal.stopped) == []
    assert names(moved.active.stopped) == ["Bo"]
    assert names(moved.active.became) == []
    assert (moved.then_active, moved.then_reciprocal, moved.then_real) == (3, 2, 2)
    last = moved.trend[-1]
    assert (last.day, last.active, last.reciprocal, last.real) == (TODAY, 2, 3, 2)
    summary = report.summary
    assert (last.active, last.reciprocal, last.real) == (summary.active, summary.reciprocal, summary.real)
    july = next(m for m in moved.trend if m.label == "2026-07")
    assert (july.active, july.reciprocal, july.real) == (1, 0, 0)  # Ana wrote in June, one way


def test_movement_days_comes_from_the_config(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, "vaultnet.toml": "movement_days = 30\n"})
    data = json.loads(
        CliRunner().invoke(main, ["report", "--json", "--today", "2026-11-21", str(root)]).output
    )
    assert (data["movement"]["since"], data["movement"]["days"]) == ("2026-10-22", 30)
    assert data["movement"]["became_real"] == []  # Ana's call was before 22 October


def test_json_adds_movement_after_problems_and_each_persons_standing_then(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    data = json.loads(
        CliRunner().invoke(main, ["report", "--json", "--today", "2026-11-21", str(root)]).output
    )
    assert list(data)[-3:] == ["problems", "movement", "without_note"]
    moved = data["movement"]
    assert moved["then"] == {"active": 3, "reciprocal": 2, "real": 2}
    assert moved["now"] == {"active": 2, "reciprocal": 3, "real": 2}
    assert moved["became_real"] == ["People/Ana.md"] and moved["stopped_real"] == ["People/Bo.md"]
    assert [m["month"] for m in moved["trend"]][-1] == "2026-11"
    assert moved["trend"][-1] == {
        "month": "2026-11",
        "as_of": "2026-11-21",
        "active": 2,
        "reciprocal": 3,
        "real": 2,
    }
    people = {p["file"]: p for p in data["people"]}
    assert list(people["People/Ana.md"])[-3:] == ["active_then", "reciprocal_then", "real_then"]
    assert (people["People/Ana.md"]["real_then"], people["People/Ana.md"]["real"]) == (False, True)
    assert (people["People/Bo.md"]["real_then"], people["People/Bo.md"]["real"]) == (True, False)


def test_overview_shows_movement_and_the_trend_chart(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    build(root, TODAY)
    page = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    section = page.split("## Movement", 1)[1].split("## More", 1)[0]
    assert "Since **2026-08-23** (90 days ago)" in section
    assert "| **Real connections** | **2** | **2** |" in section
    assert "- Became real connections (1): [[People/Ana|Ana]]" in section
    assert "- No longer real connections (1): [[People/Bo|Bo]]" in section
    chart = section.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    assert "\nxychart-beta\n" in chart
    assert "\n    accTitle: Active, reciprocal and real, month by month\n" in chart
    assert "\n    accDescr: " in chart and "the table below the chart gives the same numbers" in chart
    assert "real connections in green; the table below gives the same numbers" in section
    assert chart.count("    line [") == 3
    assert '"2025-12"' in chart and '"2026-11"' in chart
    assert "| Active | 3 | 2 |" in section
    assert "| 2026-11 | 2 | 3 | 2 |" in section
    # Every column named, as a screen reader reads a cell with its column: the days, not then and now.
    assert "\n| what | 2026-08-23 | 2026-11-21 |\n" in section
    assert "\n| month | active | reciprocal | real |\n" in section, "the counts named as in the table above"
    assert "\n| what | people |\n" in page


def test_a_long_list_of_movers_is_cut(make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {f"People/P{i:02}.md": "## Log\n- 2026-11-01 hello\n" for i in range(14)}
    root = make_vault(files)
    build(root, TODAY)
    page = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    line = next(line for line in page.splitlines() if line.startswith("- Became active"))
    assert line.startswith("- Became active (14): [[People/P00|P00]]")
    assert line.endswith("[[People/P09|P09]] and 4 more")
    report = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert "  Became active (14): P00, P01," in report and "P09 and 4 more" in report


def test_a_tally_kept_person_by_person_is_one_made_afresh(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Put, drop and put again in any order, or restored from what it saved: the same movement."""
    import random

    from vaultnet.metrics.movement import Tally

    root = make_vault(VAULT)
    report = load_report(root, TODAY)
    config = Config()
    fresh = movement(report, config)
    people = list(report.people)
    for seed in range(5):
        rng = random.Random(seed)
        tally = Tally(TODAY, config)
        for s in rng.sample(people, len(people)):
            tally.put(s)
        for s in rng.sample(people, len(people) // 2):
            tally.drop(s.person.file)
            tally.put(s)
        assert movement(report, config, tally) == fresh
        by_file = {s.person.file: s for s in people}
        names = {s.person.file: s.person.note.name for s in people}
        restored = Tally.restore(TODAY, config, tally.saved(), by_file, names.__getitem__)
        assert movement(report, config, restored) == fresh


def test_json_from_the_saved_state_moves_as_from_the_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`report --json` after a build takes the movement from the tally the pages' lists keep: the
    same JSON as from every note read again, before and after a note changes."""
    root = make_vault(VAULT)

    def both() -> tuple[str, str]:
        def run(*extra: str) -> str:
            return (
                CliRunner()
                .invoke(main, ["report", "--json", "--today", "2026-11-21", str(root), *extra])
                .output
            )

        return run(), run("--no-cache")

    assert CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)]).exit_code == 0
    saved, fresh = both()
    assert saved == fresh and json.loads(saved)["movement"]["became_real"] == ["People/Ana.md"]
    bo = next(root.rglob("Bo.md"))
    bo.write_text(bo.read_text(encoding="utf-8") + "- 2026-11-20 <-> dinner\n", encoding="utf-8")
    saved, fresh = both()
    assert saved == fresh and json.loads(saved)["movement"]["stopped_real"] == []
