"""A Notion export in a vault: the id Notion appends to every page and folder name, the property
block under a page's title, relation properties and Notion's dates (docs/reading.md, "Notion
exports")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.convert import as_date, folder_word, without_notion_id
from vaultnet.read.note import parse_note

D = dt.date
TODAY = "2026-12-01"
CRM = "Notion/Personal CRM 8e1d2c3b4a5f46e7a8b9c0d1e2f3a4b5"
PEOPLE = f"{CRM}/People 5c6d7e8f9a0b41c2d3e4f5a6b7c8d9e0"
MEETINGS = f"{CRM}/Meetings 1f2e3d4c5b6a47980a1b2c3d4e5f6a7b"
ENCODED_PEOPLE = "../People%205c6d7e8f9a0b41c2d3e4f5a6b7c8d9e0"


def note(file: str, text: str, config: Config | None = None):  # type: ignore[no-untyped-def]
    return parse_note(file, text.encode("utf-8"), config or Config())


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


VAULT = {
    f"{PEOPLE}/Carla Mendes 1a2b3c4d5e6f7a8b.md": (
        "# Carla Mendes\n\nName: Carla Mendes\nLast contacted: November 2, 2023\nTags: person, neighbour\n\n"
        "## About\n\nLives upstairs. Has a cat called Pimenta.\n"
    ),
    f"{PEOPLE}/Ana Costa 3f2a9c0d1e2b4a5f.md": (
        "# Ana Costa\n\nName: Ana Costa\nCompany: Farfetch\nTags: friend, Porto\n"
    ),
    f"{PEOPLE}/Ben Okafor 7d8e9f0a1b2c3d4e.md": (
        "# Ben Okafor\n\nName: Ben Okafor\nType: Person\nCompany: Monzo\n\n"
        "[Ana Costa](Ana%20Costa%203f2a9c0d1e2b4a5f.md) is a friend of his.\n"
    ),
    f"{PEOPLE}/Elif Yılmaz 0f1e2d3c4b5a6978.md": (
        "# Elif Yılmaz\n\nName: Elif Yılmaz\nTags: person\nLast contacted: @May 5, 2022\n"
    ),
    f"{MEETINGS}/Investor lunch 3c4d5e6f7a8b9c0d.md": (
        "# Investor lunch\n\nDate: January 20, 2022 12:30 PM\n"
        f"Attendees: Ben Okafor ({ENCODED_PEOPLE}/Ben%20Okafor%207d8e9f0a1b2c3d4e.md), "
        f"Elif Yılmaz ({ENCODED_PEOPLE}/Elif%20Y%C4%B1lmaz%200f1e2d3c4b5a6978.md)\nType: Lunch\n\n"
        "- Ben invited me; Elif joined late\n"
    ),
    f"{MEETINGS}/Sync with Ana 4d5e6f7a8b9c0d1e.md": (
        "# Sync with Ana\n\nDate: March 15, 2021 → March 16, 2021\n"
        f"Attendees: {ENCODED_PEOPLE}/Ana%20Costa%203f2a9c0d1e2b4a5f.md\nStatus: Done\n"
    ),
    f"{MEETINGS}/Walk 5e6f7a8b9c0d1e2f.md": (
        "# Walk\n\nDate: @June 10, 2023\n"
        f"Attendees: [Carla Mendes]({ENCODED_PEOPLE}/Carla%20Mendes%201a2b3c4d5e6f7a8b.md)\n"
    ),
    f"{MEETINGS}/Typo 6f7a8b9c0d1e2f3a.md": "# Typo\n\nDate: Jnauary 20, 2022\nAttendees: Ben Okafor\n",
    "Daily/2026-11-27.md": "- Coffee with [[Carla Mendes]]\n- [ ] send [[Ana Costa]] the photos\n",
}


def notion_vault(make_vault) -> Path:  # type: ignore[no-untyped-def]
    return make_vault(VAULT)  # type: ignore[no-any-return]


def report(root: Path) -> dict:  # type: ignore[type-arg]
    code, output = run("report", "--json", str(root), "--today", TODAY)
    assert code == 0, output
    return json.loads(output)  # type: ignore[no-any-return]


# --- 1. the id Notion appends to a page's or a folder's name -------------------------------------


@pytest.mark.parametrize(
    ("stem", "name"),
    [
        ("Carla Mendes 1a2b3c4d5e6f7a8b", "Carla Mendes"),
        ("People 5c6d7e8f9a0b41c2d3e4f5a6b7c8d9e0", "People"),
        ("Elif Yılmaz 0f1e2d3c4b5a6978", "Elif Yılmaz"),
        # Not Notion's: none of these is a space and 16 or 32 lower-case hex digits at the end.
        ("Ana 2024", "Ana 2024"),
        ("Room 101", "Room 101"),
        ("Carla Mendes 1A2B3C4D5E6F7A8B", "Carla Mendes 1A2B3C4D5E6F7A8B"),
        ("Carla Mendes 1a2b3c4d5e6f7a8", "Carla Mendes 1a2b3c4d5e6f7a8"),  # 15
        ("Carla Mendes 1a2b3c4d5e6f7a8b9", "Carla Mendes 1a2b3c4d5e6f7a8b9"),  # 17
        ("Carla Mendes-1a2b3c4d5e6f7a8b", "Carla Mendes-1a2b3c4d5e6f7a8b"),
        ("1a2b3c4d5e6f7a8b", "1a2b3c4d5e6f7a8b"),
        ("202311041530 Davi Rocha", "202311041530 Davi Rocha"),
    ],
)
def test_a_notion_id_is_no_part_of_a_name(stem: str, name: str) -> None:
    assert without_notion_id(stem) == name


def test_a_notion_page_is_named_without_its_id() -> None:
    carla = note(f"{PEOPLE}/Carla Mendes 1a2b3c4d5e6f7a8b.md", "# Carla Mendes\n\nLives upstairs.\n")
    assert (carla.kind, carla.name) == ("person", "Carla Mendes")
    assert note("People/Ana 2024.md", "").name == "Ana 2024"
    assert note("People/Room 101.md", "").name == "Room 101"


def test_a_notion_folder_is_matched_without_its_id() -> None:
    assert folder_word("People 5c6d7e8f9a0b41c2d3e4f5a6b7c8d9e0") == "people"
    assert folder_word("Contacts 5c6d7e8f9a0b41c2") == "contacts"
    assert note("People 5c6d7e8f9a0b41c2/A.md", "").kind == "person"
    assert note("People 5c6d7e8f9a0b41c2d3e4f5a6b7c8d9e0/A.md", "").kind == "person"
    assert note("Room 101/A.md", "").kind == "other"
    assert note("People 5c6d7e8f9a0b41/A.md", "").kind == "other"  # 14 hex digits: a word of its name


def test_notion_pages_that_are_nobody_stay_nobody() -> None:
    """Notion names a page left untitled `Untitled <id>`, and a database's own page as the folder."""
    assert note(f"{PEOPLE}/Untitled 9a8b7c6d5e4f3a2b.md", "").kind == "other"
    assert note(f"{PEOPLE}/People 9a8b7c6d5e4f3a2b.md", "").kind == "other"


def test_a_notion_page_is_found_by_its_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = notion_vault(make_vault)
    people = {p["name"]: p for p in report(root)["people"]}
    assert {"Carla Mendes", "Ana Costa", "Ben Okafor", "Elif Yılmaz"} <= people.keys()
    assert people["Carla Mendes"]["last_contact"] == "2026-11-27"  # `[[Carla Mendes]]` is her
    assert not report(root)["without_note"]
    code, output = run("show", "Carla Mendes", "--vault", str(root), "--today", TODAY)
    assert code == 0, output
    assert output.startswith("Carla Mendes  (")
    code, output = run("show", "ben okafor", "--vault", str(root), "--today", TODAY)
    assert code == 0 and "Ana Costa" in output.split("Linked with", 1)[1]  # the encoded path's link


def test_no_second_note_of_a_notion_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = notion_vault(make_vault)
    code, output = run("new", "Carla Mendes", "--vault", str(root))
    assert code != 0 and "already answers to 'Carla Mendes'" in output
    assert not (root / "People" / "Carla Mendes.md").exists()


def test_a_notion_page_is_exported_by_its_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = notion_vault(make_vault)
    exported = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", "-"]).output.splitlines()
    assert "FN:Carla Mendes" in exported and "N:Mendes;Carla;;;" in exported
    assert not [line for line in exported if "1a2b3c4d5e6f7a8b" in line]


# --- 2. the property block under a Notion page's title ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# Carla Mendes\n\nName: Carla Mendes\nLast contacted: November 2, 2023\nTags: person, neighbour\n",
        "# Ben Okafor\n\nName: Ben Okafor\nType: Person\nCompany: Monzo\n",
        "# Ben Okafor\n\nTags: person\n",
        "# Ben Okafor\n\nTags: close friend, Person\n\nEx-colleague.\n",
        "# Ben Okafor\nType: Person\nPhone:\n",  # a property left empty
        "# Ben Okafor\n\nTags: #person\n",  # read before too
    ],
)
def test_the_property_block_says_who_is_a_person(text: str) -> None:
    assert note("Notion/Ben Okafor 7d8e9f0a1b2c3d4e.md", text).kind == "person"


def test_the_property_block_gives_tags_as_notion_writes_them() -> None:
    carla = note("Notion/Carla.md", "# Carla\n\nTags: person, close friend, Porto\nCompany: Acme\n")
    assert carla.tags[:3] == ("person", "close friend", "porto")
    assert carla.org == "Acme"


@pytest.mark.parametrize(
    "text",
    [
        "# Ana\n\n## About\n\nType: Person\n",  # under another heading: a line of prose
        "# Ana\n\nShe is not my type.\nType: Person\n",  # a paragraph of prose
        "# Ana\n\nType: Person\nand then we met for coffee\n",
        "# Ana\n\nSome text.\n\nType: Person\n",  # not the first paragraph
        "## Ana\n\nType: Person\n",  # no title: no page of Notion's
        "Type: Person\n",
        "# Ana\n\n- Type: Person\n",  # an item
        "# Ana\n\n```\nType: Person\n```\n",
    ],
)
def test_a_line_of_a_type_elsewhere_says_nothing(text: str) -> None:
    assert note("Notes/Ana.md", text).kind == "other"


def test_prose_under_about_is_no_type() -> None:
    ana = note("People/Ana.md", "# Ana\n\nCompany: Acme\n\n## About\n\nType: the quiet kind\n")
    assert ana.kind == "person"
    assert ana.facts == ("Type: the quiet kind",)


def test_the_front_matter_wins_over_the_property_block() -> None:
    text = "---\ntags: [friend]\n---\n# Ana\n\nTags: company\n"
    assert note("People/Ana.md", text).tags == ("friend",)


def test_a_company_in_notion_is_no_one() -> None:
    assert note(f"{PEOPLE}/Acme 1a2b3c4d5e6f7a8b.md", "# Acme\n\nType: Company\n").kind == "other"


# --- 3. Notion's meetings: relation properties and dates ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("January 20, 2022 12:30 PM", D(2022, 1, 20)),
        ("January 20, 2022 12:30", D(2022, 1, 20)),
        ("March 4, 2021 9:15 am", D(2021, 3, 4)),
        ("January 20, 2022 12:30 PM (GMT+1)", D(2022, 1, 20)),
        ("March 15, 2021 → March 16, 2021", D(2021, 3, 15)),
        ("January 20, 2022 12:30 PM → 1:30 PM", D(2022, 1, 20)),
        ("@March 16, 2021", D(2021, 3, 16)),
        ("@March 16, 2021 → @March 18, 2021", D(2021, 3, 16)),
        ("2026-11-20 10:00", D(2026, 11, 20)),
        # No day: a time alone, words after the day, a range whose start is none.
        ("12:30 PM", None),
        ("January 20, 2022 at noon", None),
        ("soon → March 16, 2021", None),
        ("@tomorrow", None),
        ("January 20, 2022 99:99", None),
    ],
)
def test_notion_days(text: str, day: dt.date | None) -> None:
    assert as_date(text) == day


def test_a_notion_meeting_meets_its_attendees(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = notion_vault(make_vault)
    people = {p["name"]: p for p in report(root)["people"]}
    assert people["Elif Yılmaz"]["last_contact"] == "2022-05-05"  # `@May 5, 2022`: no problem
    met = {
        "Ben Okafor": "2022-01-20 ↔ Investor lunch",  # `Name (path)`, at 12:30 PM
        "Elif Yılmaz": "2022-01-20 ↔ Investor lunch",
        "Ana Costa": "2021-03-15 ↔ Sync with Ana",  # a bare path (older exports), a range's start
        "Carla Mendes": "2023-06-10 ↔ Walk",  # `@June 10, 2023`
    }
    for name, line in met.items():
        code, output = run("show", name, "--vault", str(root), "--today", TODAY)
        assert code == 0 and line in output, output


def test_a_relation_property_is_a_link_to_its_page() -> None:
    text = (
        "# Lunch\n\nDate: January 20, 2022\n"
        "Attendees: Ben Okafor (../People%20x/Ben%20Okafor%207d8e9f0a1b2c3d4e.md), Cy Lee (absent), "
        "Di Lee (Acme), People/Ed%20Moss%205555eeee6666ffff.md\n"
    )
    lunch = note("Meetings/Lunch 0000000000000001.md", text)
    assert (lunch.date, lunch.kind) == (D(2022, 1, 20), "dated")
    assert [(m.text, m.direction, m.targets) for m in lunch.entries] == [
        ("Lunch", "mutual", ("Ben Okafor 7d8e9f0a1b2c3d4e", "Di Lee", "People/Ed Moss 5555eeee6666ffff"))
    ]


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("Meetings/Sync.md", "# Sync\n\nDate: TBD\n"),  # yet to be known
        ("Meetings/Sync.md", "# Sync\n\nDate: Jnauary 20, 2022\n"),
        ("Meetings/Sync.md", "# Sync\n\nDate: Sat 5 Dec 2026, 10am\n"),
        ("Projects/Kitchen.md", "# Kitchen\n\nDate: 2019\nBudget: 4000\n"),  # a year, no day
        ("Projects/Plan.md", "# Plan\n\nDate: Q3 2026\n"),
        ("Projects/Mail.md", "From: Ana <ana@x.org>\nDate: Tue, 5 Nov 2026 10:22:01 +0100\nSubject: hi\n"),
        ("Meetings/Sync.md", "# Sync\n\nDate: the day after the launch\n"),  # no day meant
        ("Meetings/2026-11-20 Sync.md", "Date: 2021-02-30\n"),  # the name dates it
        ("Meetings/Sync.md", "---\ndate: 2026-11-20\n---\nDate: sometime in 2021\n"),
        ("People/Ana.md", "## About\n\nDate: Tinder, 2019\n"),  # a person's: no note's day
        ("Meetings/Sync.md", "Date: 2026-11-20\n\nDate: 2021-02-30 was the old plan\n"),
    ],
)
def test_a_date_line_is_no_problem_where_no_day_is_read(file: str, text: str) -> None:
    """A `Date:` line of a note's text that gives no day is no problem: as often a day written as
    vaultnet reads none (`Sat 5 Dec 2026, 10am`), a year, or a mail's header, as a mistake."""
    assert not [p for p in note(file, text).problems if "is not a day" in p.message]
