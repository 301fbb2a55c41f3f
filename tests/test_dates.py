"""Days as owners write them where vaultnet has to settle which day is meant: a weekly note's
sections, a day written with its year last in a daily or a trip note, a day in a language or a
form vaultnet does not read. A day is read, or it is a problem at its line: never the note's own
day taken instead, and never dropped without a word."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
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


# --- a day written with its year last, in a daily note or any other --------------------------


def test_a_daily_note_named_day_first_reads_its_slashed_days_day_first() -> None:
    """A daily note named `25.11.2026` writes its days day first: `04/11/2026` in it is 4 November."""
    n = note("Diario/25.11.2026.md", "- 04/11/2026: Tea with [[Ana]]\n- Coffee with [[Bo]]\n")
    assert dated(n) == [("2026-11-04", ("Ana",)), ("2026-11-25", ("Bo",))]
    assert n.problems == ()
    n = note("Diario/30-11-2026.md", "- 04/11/2026: Tea with [[Ana]]\n", Config(daily_format="DD-MM-YYYY"))
    assert dated(n) == [("2026-11-04", ("Ana",))]
    n = note("Diario/11-30-2026.md", "- 04/11/2026: Tea with [[Ana]]\n", Config(daily_format="MM-DD-YYYY"))
    assert dated(n) == [("2026-04-11", ("Ana",))]


def test_a_daily_notes_day_that_reads_either_way_is_a_problem_not_the_notes_day() -> None:
    """`- 03/11/2026 Lunch with [[Ana]]` in the daily note of 20 November tells of another day, 3
    November or 11 March: a problem at its line, and no lunch on the 20th; so are the lines under
    a heading of such a day. A day that can be read one way only settles the note's others."""
    n = note(
        "Diario/2026-11-20.md",
        "- 03/11/2026 Lunch with [[Ana]]\n  - [[Cy]] came along\n- Coffee with [[Ana]]\n"
        "## 04/11/2026\n- tea with [[Bo]]\n",
    )
    assert dated(n) == [("2026-11-20", ("Ana",))]
    assert problems(n) == [
        (1, "'03/11/2026' is not a date vaultnet can be sure of"),
        (4, "'04/11/2026' is not a date vaultnet can be sure of"),
    ]
    n = note("Diario/2026-11-26.md", "- 24/11/2026 Brunch with [[Ana]]\n- 03/11/2026 Lunch with [[Ana]]\n")
    assert dated(n) == [("2026-11-24", ("Ana",)), ("2026-11-03", ("Ana",))]
    assert n.problems == ()


def test_a_day_that_reads_either_way_in_a_note_of_no_people_is_no_problem() -> None:
    """A note that tells of nobody (`- 03/04/2026 dentist` in a daily note, a release plan) loses
    no contact by a day vaultnet cannot be sure of: no problem."""
    assert note("Diario/2026-11-20.md", "- 03/04/2026 dentist\n").problems == ()
    assert note("Projects/Release.md", "- 03/04/2026 v2 ships\n").problems == ()


def test_a_trip_notes_days_that_read_either_way_are_problems() -> None:
    """A note neither dated nor a person's counts its dated items: one whose day reads either way is
    a problem at its line, as it is in a person's log, not a line passed over."""
    n = note("Diario/Viaje.md", "- 04/11/2026 Coffee with [[Ana]]\n- 08/11/2026 Lunch with [[Ana]]\n")
    assert n.entries == ()
    assert problems(n) == [
        (1, "'04/11/2026' is not a date vaultnet can be sure of"),
        (2, "'08/11/2026' is not a date vaultnet can be sure of"),
    ]
    n = note("Diario/Cuaderno.md", "## 03/10/2026\n- Breakfast with [[Ana]]\n")
    assert problems(n) == [(1, "'03/10/2026' is not a date vaultnet can be sure of")]
    n = note("Diario/Viaje.md", "- 04/11/2026 Coffee with [[Ana]]\n- 28/11/2026 Lunch with [[Ana]]\n")
    assert dated(n) == [("2026-11-04", ("Ana",)), ("2026-11-28", ("Ana",))]
    assert n.problems == ()


def test_a_link_to_a_day_named_with_dots_is_that_day() -> None:
    """`[[03.11.2026]]` opening a log's entry is 3 November, as a note named `03.11.2026.md` is,
    with no daily format set."""
    n = note("People/Ana.md", "## Log\n- [[03.11.2026]] coffee\n- [[Diario/04.11.2026|Wed]] tea\n")
    assert [m.date.isoformat() for m in n.entries] == ["2026-11-03", "2026-11-04"]
    assert n.problems == ()


# --- a note's name ------------------------------------------------------------------------------


def test_log_names_its_day_as_the_log_links_its_days_with_dots(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet log` into a log of `[[03.11.2026]]` links its day so too (`[[10.11.2026]]`), in
    the folder the last entry links, not in ISO form among them."""
    log = "---\ntags: [person]\n---\n## Log\n- [[03.11.2026]] coffee\n- [[Diario/04.11.2026|Wed]] tea\n"
    root = make_vault({"People/Ana.md": log})
    args = ["log", "Ana", "lunch", "--date", "2026-11-10", "-v", str(root), "--today", "2026-12-01"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert (root / "People/Ana.md").read_text("utf-8").endswith("- [[Diario/10.11.2026]] lunch\n")


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


def test_a_day_in_a_month_vaultnet_does_not_read_is_a_problem() -> None:
    """`3 Kasım 2026:` opens as a day does, in a month's name vaultnet does not know: a problem at
    its line, not a line passed over. A number, a word and a year running on into words (`3 Leute
    2026 gesehen`) are words."""
    n = note("People/Ana.md", "## Log\n- 3 Kasım 2026: coffee\n- 3 Leute 2026 gesehen\n- 5 mal 2026\n")
    assert n.entries == ()
    assert problems(n) == [(2, "'3 Kasım 2026' names no month vaultnet reads")]


def test_a_journal_notes_day_without_its_year_is_a_problem() -> None:
    """A journal kept in one note (`Journal.md`) counts the lines under a heading of a day: a day
    without its year (`## Nov 20`, `## lunes 16 de noviembre`) is a problem there too, as it is in
    a person's log, not a section passed over; a Polish day with its year is read."""
    n = note(
        "Journal.md",
        "# Journal\n## Nov 20\n- coffee with [[Ana]]\n## lunes 16 de noviembre\n- coffee with [[Ana]]\n"
        "## 3 listopada 2026\n- coffee with [[Ana]]\n## 2026-11-05\n- coffee with [[Ana]]\n",
    )
    assert dated(n) == [("2026-11-03", ("Ana",)), ("2026-11-05", ("Ana",))]
    assert problems(n) == [(2, "'Nov 20' has no year"), (4, "'16 de noviembre' has no year")]


def test_a_daily_notes_day_without_its_year_is_no_problem() -> None:
    """In a note of one day, the note tells the year: a yearless day there is no problem."""
    assert note("Diario/2026-11-30.md", "## Nov 28\n- coffee with [[Ana]]\n").problems == ()


def test_a_daily_notes_slashed_day_without_its_year_is_its_own_day_no_problem() -> None:
    """`- 11/20 call with [[Bo]]` in the note of 20 November: a day without a year, as `Nov 20:`
    is, not one that reads two ways; the call is on the note's day, and no problem. In a note of
    no day it is a problem still."""
    n = note("Daily/2026-11-20.md", "- 11/20 call with [[Bo]]\n## 11/20\n- lunch with [[Cy]]\n")
    assert dated(n) == [("2026-11-20", ("Bo",)), ("2026-11-20", ("Cy",))]
    assert n.problems == ()
    assert problems(note("People/Bo.md", "# Bo\n## Log\n- 11/20 call\n")) == [
        (3, "'11/20' is not a date vaultnet can be sure of")
    ]


@pytest.mark.parametrize(
    "line", ["- 10/12 people came, voted yes", "- 3.12.10 installed with [[Bo]]", "- 11/12 sessions recorded"]
)
def test_numbers_that_may_be_a_count_are_no_problem_outside_a_log(line: str) -> None:
    """A count or a version opening a line of a daily or a trip note (`10/12 people came`,
    `3.12.10 installed`) is no day to fault, and in a daily note the line is of its day."""
    text = f"{line} with [[Cy]]\n"
    assert note("Trips/Lisbon.md", text).problems == ()
    daily = note("Daily/2026-11-20.md", text)
    assert daily.problems == () and {d for d, _ in dated(daily)} == {"2026-11-20"}


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


def test_a_daily_note_titled_with_its_own_day_year_last_is_of_that_day() -> None:
    """`# 05/11/2026` heading `2026-11-05.md`, as a template titles it: its own day read day first,
    so its days are written so; its lines are of that day, with no problem."""
    n = note("Daily/2026-11-05.md", "# 05/11/2026\n- lunch with [[Ana]]\n- call with [[Bo]]\n")
    assert dated(n) == [("2026-11-05", ("Ana",)), ("2026-11-05", ("Bo",))]
    assert n.problems == ()
    n = note("Daily/2026-11-03.md", "## 11/03/2026\n- lunch with [[Ana]]\n")
    assert dated(n) == [("2026-11-03", ("Ana",))]
