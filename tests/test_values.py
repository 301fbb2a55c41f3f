from __future__ import annotations

import datetime as dt

import pytest

from vaultnet.convert import (
    as_cadence,
    as_date,
    as_day_of_year,
    as_list,
    as_tag,
    as_text,
    date_prefix,
    due_in_words,
    link_target,
    task_due,
    unwrap_link,
)


@pytest.mark.parametrize(
    ("raw", "days"),
    [
        ("30d", 30), ("2w", 14), ("3m", 90), ("1y", 365), (" 2W ", 14),
        ("weekly", 7), ("biweekly", 14), ("monthly", 30), ("quarterly", 90), ("yearly", 365),
        ("Monthly", 30), (45, 45), ("45", 45),
        ("every two weeks", 14), ("every other week", 14), ("every 2-3 weeks", 21), ("every 2 to 4 weeks", 28),
        ("every few months", 90), ("every six months", 180), ("once a month", 30), ("once a quarter", 90),
        ("twice a year", 182), ("3x/year", 122), ("4 times a year", 91), ("every fortnight", 14),
        ("bi-weekly", 14), ("half-yearly", 182), ("~monthly", 30), ("monthly-ish", 30), ("weekly or so", 7),
        ("about every 3 weeks", 21), ("every couple of weeks", 14), ("every couple weeks", 14),
        ("a couple of months", 60), ("1/month", 30), ("2/week", 4), ("2 per month", 15),
        ("a few times a year", 122), ("every 2nd month", 60), ("every third week", 21),
        ("every week or two", 14), ("a month or two", 60),
        ("0d", None), ("soon", None), ("", None), (None, None), (True, None), (-3, None), ([], None),
        ("month", None), ("0x/year", None), ("every 0 days", None), ("twice", None),
    ],
)  # fmt: skip
def test_cadence_values(raw: object, days: int | None) -> None:
    assert as_cadence(raw) == days


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        (dt.date(2026, 11, 2), dt.date(2026, 11, 2)),
        (dt.datetime(2026, 11, 2, 10, 30), dt.date(2026, 11, 2)),
        ("2026-11-02", dt.date(2026, 11, 2)),
        ("[[2026-11-02]]", dt.date(2026, 11, 2)),
        ("[[Daily/2026-11-02|Monday]]", dt.date(2026, 11, 2)),
        ("2026/11/2", dt.date(2026, 11, 2)),
        ("2026.11.02", dt.date(2026, 11, 2)),
        ("[[2026/11/02]]", dt.date(2026, 11, 2)),
        ("2026-11-2", dt.date(2026, 11, 2)),  # no leading zero: year first, no guess
        ("2026-3-14", dt.date(2026, 3, 14)),
        ("2026-3/14", None),
        ("2026-02-30", None),
        ("2026/02/30", None),
        ("11/02/2026", None),  # the year last: 11 Feb or 2 Nov?
        ("26/11/2026", dt.date(2026, 11, 26)),  # no month 26: day first, no guess
        ("11/26/2026", dt.date(2026, 11, 26)),
        ("26.11.2026", dt.date(2026, 11, 26)),
        ("26/11.2026", None),
        ("31/02/2026", None),
        ("26/11/26", None),
        ("2024.1.2", None),
        ("next week", None),
        (20261102, None),
    ],
)
def test_date_values(raw: object, day: dt.date | None) -> None:
    assert as_date(raw) == day


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("1988-04-12", "1988-04-12"), ("12 April 1988", "1988-04-12"), ("April 12, 1988", "1988-04-12"),
        ("1988/4/12", "1988-04-12"), ("1988-4-12", "1988-04-12"), ("--04-12", "--04-12"), ("04-12", "--04-12"),
        ("April 12", "--04-12"), ("12 April", "--04-12"), ("Apr 12th", "--04-12"), ("[[April 12]]", "--04-12"),
        ("Feb 29", "--02-29"), ("Feb 30", None), ("12.04.1988", "1988-04-12"), ("12/04", None), ("Spring", None),
        ("26.04.1988", "1988-04-26"), ("--0412", "--04-12"), ("19880412", "1988-04-12"), (19880412, "1988-04-12"),
        ("--1312", None), ("19881312", None),
        # As a European owner writes it without the year: by name, day first, in their language,
        # or in numbers that can be read one way only (no month 14 or 25), or with dots (day first)
        ("3. Dezember", "--12-03"), ("14 de febrero", "--02-14"), ("1er mai", "--05-01"),
        ("14. Feb.", "--02-14"), ("31. Februar", None), ("14.02.", "--02-14"), ("04.12.", "--12-04"),
        ("14/02", "--02-14"), ("02/14", "--02-14"), ("25-12", "--12-25"), ("05/05", "--05-05"),
        ("04/12", None), ("3/12", None), ("--25-12", None), ("12-25", "--12-25"),
    ],
)  # fmt: skip
def test_birthday_values(raw: object, day: str | None) -> None:
    """A birthday as people write it, the month by name with or without the year, or its year
    last when there is no guess (`26.04.1988`, and with dots always day first: `12.04.1988`), or
    as a vCard writes it, without dashes (`--0412`, `19880412`); a day whose month is a guess
    (`12/04`) is none. Without its year: `04-12` is vCard's `--04-12` (spec 6.6), month first;
    `25-12` and `14/02` have no month 25 or 14, so are day first."""
    assert as_day_of_year(raw) == day


def test_lists_split_commas_unwrap_links_and_keep_numbers_as_text() -> None:
    assert as_list("climbing, jazz") == ["climbing", "jazz"]
    assert as_list(["[[Jane Doe|Jane]]", 5551234, None, ""]) == ["Jane Doe", "5551234"]
    assert as_list("[[Smith, Bob]]") == ["Smith, Bob"]
    assert as_list(["allergic to cats, so we meet outdoors"]) == ["allergic to cats, so we meet outdoors"]
    assert as_list(None) == []
    assert as_list({"phone": 1}) == []


def test_text_and_tags() -> None:
    assert as_text(560001) == "560001"
    assert as_text("  ") is None
    assert as_tag("#Person/Work ") == "person/work"


def test_links_and_date_prefixes() -> None:
    assert link_target("People/Jane Doe#Log|Jane") == "People/Jane Doe"
    assert link_target("Jane^block") == "Jane"
    assert unwrap_link("[[X|y]]") == "X"
    assert unwrap_link(" plain ") == "plain"
    assert date_prefix("2026_11_02") == dt.date(2026, 11, 2)
    assert date_prefix("2026-11-02 Call with Jane") == dt.date(2026, 11, 2)
    assert date_prefix("Call 2026-11-02") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("send the deck 📅 2026-12-10", dt.date(2026, 12, 10)),
        ("send the deck 📅️ 2026-12-10 ⏫", dt.date(2026, 12, 10)),
        ("intro ⏳ 2026-12-08", dt.date(2026, 12, 8)),
        ("both ⏳ 2026-12-01 📅 2026-12-09", dt.date(2026, 12, 9)),  # the due day wins
        ("gift [due:: 2026-12-20]", dt.date(2026, 12, 20)),
        ("recipe (Due:: 2026-12-05)", dt.date(2026, 12, 5)),
        ("call scheduled:: 2026-12-02", dt.date(2026, 12, 2)),
        ("call [[Ana]] about it\nSCHEDULED: <2026-12-03 Thu>", dt.date(2026, 12, 3)),  # Logseq, org mode
        ("send the deck\nDEADLINE: <2026-12-10 Thu 10:00>", dt.date(2026, 12, 10)),
        ("the deadline: 2026-12-10 is hers", None),
        ("no day 📅 2026-02-30", None),
        ("overdue:: 2026-12-01", None),
        ("call Ana about 2026-12-10", None),
        ("call [[Ana]] 📅 [[2026-12-10]]", dt.date(2026, 12, 10)),  # the day linked
        ("send the deck @due(2026-12-10)", dt.date(2026, 12, 10)),  # TaskPaper
        ("Coffee with [[Jo Kim]] @{2026-12-03}", dt.date(2026, 12, 3)),  # a Kanban card's date
        ("call Ana (@2026-12-10 09:00)", dt.date(2026, 12, 10)),  # the Reminder plugin
        ("call Ana (2026-12-10)", None),
        ("send the book (due 2026-11-27)", dt.date(2026, 11, 27)),  # in the owner's own words
        ("text Ana due: 2026-11-30", dt.date(2026, 11, 30)),
        ("call Ana, due on 2026-12-01", dt.date(2026, 12, 1)),
        ("send the deck by 2026-12-10", dt.date(2026, 12, 10)),
        ("Due [[2026-12-10]]: the deck", dt.date(2026, 12, 10)),
        ("met by Ana 2026-12-10", None),
        ("overdue 2026-12-01", None),
    ],
)
def test_a_tasks_due_day(text: str, day: dt.date | None) -> None:
    assert task_due(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [  # written on Wednesday 2026-11-25
        ("call [[Jo]] tomorrow", dt.date(2026, 11, 26)),
        ("follow up with [[Kenji]] next week", dt.date(2026, 11, 30)),  # its Monday
        ("send [[Jo]] the deck by Friday", dt.date(2026, 11, 27)),
        ("send [[Jo]] the deck by Wednesday", dt.date(2026, 12, 2)),  # the first after the day
        ("check in with [[Jo]] next Tuesday", dt.date(2026, 12, 1)),  # the week after's
        ("ping [[Jo]] in 3 days", dt.date(2026, 11, 28)),
        ("ping [[Jo]] in two weeks", dt.date(2026, 12, 9)),
        ("ask [[Jo]] how the race on Sunday went", None),  # when it happens, not when to ask
        ("ask [[Jo]] about next weekend", None),
        ("ask [[Jo]] about next Tuesday's game", None),
        ("remind [[Jo]] her flight is in 3 days", None),  # when something else happens
        ("ask [[Jo]] what he's doing next Sunday", None),
        ("check with [[Jo]] whether the baby is due in a couple of weeks", None),
        ("congratulate [[Jo]] - he starts the new job next week", None),
        ("pay [[Jo]] back, due next week", dt.date(2026, 11, 30)),
        ("wish [[Jo]] luck for tomorrow’s interview", None),
        ("ask [[Jo]] about the tomorrowland tickets", None),
        ("ping [[Jo]] in 900 days", None),
    ],
)
def test_a_tasks_day_in_words_counts_from_its_notes_day(text: str, day: dt.date | None) -> None:
    assert due_in_words(text, dt.date(2026, 11, 25)) == day


def test_a_tasks_day_that_is_no_day_is_told() -> None:
    no_day: list[str] = []
    assert task_due("gift 📅 2027-02-29 ⏳ 2026-12-01, by 2026-13-01", no_day) == dt.date(2026, 12, 1)
    assert no_day == ["2027-02-29", "2026-13-01"]
