"""example_vault/: its committed pages match a fresh build, and its report says what its notes say."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vaultnet.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"
OUTPUT = "_vaultnet"


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by its path there."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_the_committed_output_folder_is_a_fresh_build_byte_for_byte(tmp_path: Path) -> None:
    """The whole of example_vault/_vaultnet (pages, canvas, anything else) against a fresh build."""
    vault = tmp_path / "example_vault"
    shutil.copytree(EXAMPLE, vault, ignore=shutil.ignore_patterns(OUTPUT, ".vaultnet"))
    # No --today: the vault's own `as_of` must pin the pages.
    result = CliRunner().invoke(main, ["build", str(vault)])
    assert result.exit_code == 0, result.output

    committed, built = _files(EXAMPLE / OUTPUT), _files(vault / OUTPUT)
    assert "Network.canvas" in built and "Overview.md" in built
    hint = "example_vault/_vaultnet is stale: run `vaultnet build example_vault` and commit the folder"
    assert sorted(built) == sorted(committed), hint
    stale = [name for name in sorted(built) if built[name] != committed[name]]
    assert not stale, f"{hint} (differs: {', '.join(stale)})"


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    result = CliRunner().invoke(main, ["report", "--json", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def people(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in report["people"]}


def _names(people: dict[str, dict[str, Any]], **wanted: object) -> set[str]:
    return {name for name, p in people.items() if all(p[k] == v for k, v in wanted.items())}


def test_as_of_and_summary_are_pinned(report: dict[str, Any]) -> None:
    assert report["as_of"] == "2026-11-21"
    assert report["summary"] == {
        "people": 22,
        "active": 14,
        "reciprocal": 14,
        "personal": 18,
        "real": 9,
        "problems": 1,
    }


def test_who_is_a_real_connection(people: dict[str, dict[str, Any]]) -> None:
    assert _names(people, real=True) == {
        "Maya Lindqvist",
        "Helen Ashby",
        "Priya Raman",
        "Tomasz Wróbel",
        "Ingrid Halvorsen",
        "Kofi Mensah",
        "Hugo Lefèvre",
        "Grace Whitfield",
        "Sam Oduya",
    }


def test_who_carries_the_one_way_relationships(people: dict[str, dict[str, Any]]) -> None:
    assert _names(people, reciprocity="one-way-me") == {"Nadia Haddad", "Owen Ashby"}
    assert _names(people, reciprocity="one-way-them") == {"Lena Ashby", "Sofia Marchetti"}


def test_org_contact_template_and_dated_notes_are_not_people(report: dict[str, Any]) -> None:
    files = {p["file"] for p in report["people"]}
    assert "Contacts/Larkspur Bakery.md" not in files  # KIND: org
    assert not any(f.startswith(("Templates/", "Daily/", "Meetings/", f"{OUTPUT}/")) for f in files)
    # Found outside a people folder: by a nested body tag, and by `categories: [[People]]`.
    assert {"Notes/Rafael Ortiz.md", "References/Wren Castellano.md"} <= files


def test_the_broken_note_is_a_problem_at_its_line_and_still_read(
    report: dict[str, Any], people: dict[str, dict[str, Any]]
) -> None:
    assert [(p["file"], p["line"]) for p in report["problems"]] == [("People/Tomasz Wróbel.md", 2)]
    tomasz = people["Tomasz Wróbel"]
    assert tomasz["aliases"] == [] and tomasz["last_contact"] == "2026-09-19"
    assert (tomasz["inbound"], tomasz["outbound"], tomasz["mutual"]) == (1, 1, 1)


def test_cadences_due_dates_and_plans(people: dict[str, dict[str, Any]]) -> None:
    owen = people["Owen Ashby"]  # the family default from vaultnet.toml
    assert (owen["cadence_days"], owen["due"], owen["overdue_days"]) == (14, "2026-11-08", 13)
    daniel = people["Daniel Okafor"]  # a planned call and a cancelled one do not count
    assert (daniel["last_contact"], daniel["interactions"], daniel["overdue_days"]) == ("2026-07-30", 3, 24)
    elena = people["Elena Petrova"]  # never contacted, onboarding meeting still to come
    assert (elena["last_contact"], elena["due"], elena["interactions"]) == (None, "2026-11-21", 0)
    aiko = people["Aiko Tanaka"]  # an `appointment::` is a plan, not a contact
    assert aiko["last_contact"] is None and aiko["personal"]


def test_aliases_and_dated_notes_give_contacts(people: dict[str, dict[str, Any]]) -> None:
    assert people["Maya Lindqvist"]["last_contact"] == "2026-11-14"  # met:: [[Maya]]
    assert people["Helen Ashby"]["last_contact"] == "2026-11-15"  # ↔ call with [[Mum]]
    assert people["Ingrid Halvorsen"]["reciprocity"] == "two-way"  # vCard contact, daily notes
    sam = people["Sam Oduya"]  # "showed me how" says nothing; "Bumped into [[Sam Oduya]]" is mutual
    assert (sam["unknown"], sam["mutual"], sam["inferred"], sam["reciprocity"]) == (1, 1, 1, "two-way")
    wren = people["Wren Castellano"]  # meeting → mutual, `direction: inbound` daily note
    assert (wren["inbound"], wren["mutual"]) == (1, 1)


def test_broadcasts_are_not_contacts(people: dict[str, dict[str, Any]]) -> None:
    marcus = people["Marcus Bell"]  # only the newsletter in the last year; lastContact in front matter
    assert (marcus["last_contact"], marcus["interactions"], marcus["reciprocity"]) == (
        "2025-09-03",
        1,
        "unknown",
    )
    jonas = people["Jonas Weber"]
    assert (jonas["last_contact"], jonas["interactions"], jonas["active"]) == ("2026-03-10", 3, False)


def test_a_person_made_from_its_template_has_only_what_the_notes_say(tmp_path: Path) -> None:
    """`vaultnet new` from the example vault's own template claims no contact of its own: Tomás
    Vidal, met at the market, has that meeting and nothing dated the day his note was made."""
    vault = tmp_path / "example_vault"
    shutil.copytree(EXAMPLE, vault, ignore=shutil.ignore_patterns(OUTPUT, ".vaultnet"))
    made = CliRunner().invoke(main, ["new", "Tomás Vidal", "--today", "2026-11-21", "-v", str(vault)])
    assert made.output == "created People/Tomás Vidal.md from Templates/Person.md\n"
    shown = CliRunner().invoke(main, ["show", "Tomás Vidal", "--json", "-v", str(vault)])
    story = json.loads(shown.output)
    assert [(c["date"], c["file"]) for c in story["timeline"]] == [("2026-11-19", "Daily/2026-11-19.md")]
    assert story["plans"] == []
