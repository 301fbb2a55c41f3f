"""Days as owners write them where vaultnet has to settle which day is meant: a weekly note's
sections, a day written with its year last in a daily or a trip note, a day in a language or a
form vaultnet does not read. A day is read, or it is a problem at its line: never the note's own
day taken instead, and never dropped without a word."""

from __future__ import annotations

import pytest

from vaultnet.config import Config
from vaultnet.model import Note
from vaultnet.read.note import parse_note


def note(file: str, text: str, config: Config | None = None) -> Note:
    return parse_note(file, text.encode("utf-8"), config or Config())


def dated(n: Note) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.date.isoformat(), m.targets) for m in n.entries]


def problems(n: Note) -> list[tuple[int, str]]:
    return [(p.line, p.message.split(":")[0]) for p in n.problems]


# --- a weekly note's days ---------------------------------------------------------------------


def test_a_weekly_notes_day_heading_may_say_more_of_the_day_after_a_mark() -> None:
    """`## Thursday (Thanksgiving)`, `## Thursday - Thanksgiving`, `## Thursday: Thanksgiving`:
    the day, and what the owner calls it; a day's name that runs on into words of their own
    (`## Sunday brunch ideas`) heads no day, and its lines stay on the week's first day."""
    n = note(
        "Journal/2026-W48.md",
        "## Monday\n## Thursday (Thanksgiving)\n- lunch with [[A]]\n## Thursday - Thanksgiving\n"
        "- lunch with [[B]]\n## Thursday: Thanksgiving\n- lunch with [[C]]\n## Friday 🎉\n- lunch with [[E]]\n"
        "## Thursday 26\n- lunch with [[F]]\n## Wed, Nov 25 — rain\n- lunch with [[H]]\n"
        "## Sunday brunch ideas\n- lunch with [[G]]\n",
    )
    assert dated(n) == [
        ("2026-11-26", ("A",)),
        ("2026-11-26", ("B",)),
        ("2026-11-26", ("C",)),
        ("2026-11-27", ("E",)),
        ("2026-11-26", ("F",)),
        ("2026-11-25", ("H",)),
        ("2026-11-23", ("G",)),
    ]


@pytest.mark.parametrize("heading", ["Weekend", "Weekend (Porto)", "weekend:", "Week-end", "Wochenende"])
def test_a_weekly_notes_weekend_is_its_saturday(heading: str) -> None:
    """Periodic Notes templates keep a section for the weekend (`## Weekend`): its lines are of
    the week's Saturday, not of its Monday."""
    n = note("Journal/2026-W47.md", f"## Friday\n- Drinks with [[Jonas]]\n## {heading}\n- [[Leo]] visited\n")
    assert dated(n) == [("2026-11-20", ("Jonas",)), ("2026-11-21", ("Leo",))]


def test_a_weekly_notes_weekend_plans_are_no_day() -> None:
    """`## Weekend plans` is a section of plans, no day of the week: its lines are plans."""
    n = note("Journal/2026-W47.md", "## Weekend plans\n- lunch with [[Leo]]\n")
    assert [(m.date.isoformat(), m.aside) for m in n.entries] == [("2026-11-16", True)]


def test_a_weekend_in_a_week_from_sunday_is_its_last_saturday() -> None:
    n = note("Weekly/2026-W49.md", "## Weekend\n- [[Leo]] visited\n", Config(weekly_format="gggg-[W]ww"))
    assert dated(n) == [("2026-12-05", ("Leo",))]


# --- a note's name ------------------------------------------------------------------------------


def test_a_name_with_its_year_last_that_reads_one_way_is_no_guess() -> None:
    """`30-11-2026.md` can only be 30 November: the problem says vaultnet reads such names as the
    daily format says, not that the day is a guess; `05-11-2026.md` is one."""
    one_way = note("Diario/30-11-2026.md", "- coffee with [[Ana]]\n").problems
    assert len(one_way) == 1 and "guess" not in one_way[0].message and "DD-MM-YYYY" in one_way[0].message
    either = note("Diario/05-11-2026.md", "- coffee with [[Ana]]\n").problems
    assert len(either) == 1 and "guess" in either[0].message


# --- a day vaultnet does not read ---------------------------------------------------------------


def test_a_polish_day_is_read_in_a_log() -> None:
    """Polish writes a day's month in the genitive (`3 listopada 2026`): read as the other
    languages' are, and without its year a problem as theirs is."""
    n = note(
        "People/Ana.md",
        "## Log\n- 3 listopada 2026: coffee\n- 3 listopada: coffee\n- 2 października 2026 tea\n",
    )
    assert [m.date.isoformat() for m in n.entries] == ["2026-11-03", "2026-10-02"]
    assert problems(n) == [(3, "'3 listopada' has no year")]


# --- a day said in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("- Wczoraj kawa z [[Ana]]", "2026-11-19"),
        ("- Kawa z [[Ana]] wczoraj", "2026-11-19"),
        ("- Przedwczoraj kawa z [[Ana]]", "2026-11-18"),
        ("- Вчера обед с [[Ana]]", "2026-11-19"),
        ("- Kawa z [[Ana]] od wczoraj", "2026-11-20"),
        ("- Wczoraj [[Ana]], dzisiaj [[Bo]]", "2026-11-20"),
    ],
)
def test_yesterday_in_polish_and_russian_is_the_day_before(line: str, day: str) -> None:
    n = note("Diario/2026-11-20.md", line + "\n")
    assert n.entries[0].date.isoformat() == day
