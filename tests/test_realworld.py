"""Real notes from public vaults (../shared/realworld, see its SOURCES.md): read, and read right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import shared_path
from vaultnet.build import load_report
from vaultnet.config import Config
from vaultnet.read.note import parse_note
from vaultnet.vault.load import load_vault
from vaultnet.vault.walk import walk

TODAY = dt.date(2026, 11, 21)


@pytest.fixture(scope="module")
def realworld() -> Path:
    return shared_path("realworld")


def by_file(root: Path) -> dict:  # type: ignore[type-arg]
    return {s.person.file: s for s in load_report(root, TODAY, Config(), use_cache=False).people}


def test_every_file_parses_and_every_problem_names_its_file(realworld: Path) -> None:
    sources = list(walk(realworld, Config()))
    assert len(sources) >= 60
    for source in sources:
        note = parse_note(source.file, source.path.read_bytes(), Config())
        assert all(p.file == source.file and p.line >= 0 for p in note.problems)


def test_kepano_meeting_note_is_steph_angos_last_contact_and_mutual(realworld: Path) -> None:
    people = by_file(realworld / "kepano-obsidian")
    steph = people["References/Steph Ango.md"]
    assert steph.last_contact == dt.date(2023, 9, 12)
    assert [(c.direction, c.file) for c in steph.person.contacts] == [
        ("mutual", "Notes/2023-09-12 Meeting with Steph.md")
    ]
    assert sorted(people) == [
        "References/Kevin Kelly.md",
        "References/Paul Chambers.md",
        "References/Steph Ango.md",
    ]


def test_kepano_templates_and_categories_are_not_people_and_raise_no_problem(realworld: Path) -> None:
    vault = load_vault(realworld / "kepano-obsidian", Config(), use_cache=False)
    files = [n.file for n in vault.notes]
    assert not any(f.startswith("Templates/") for f in files)
    assert next(n for n in vault.notes if n.file == "Categories/People.md").kind == "other"
    assert vault.problems == ()


def test_the_template_itself_is_a_problem_when_read_directly(realworld: Path) -> None:
    data = (realworld / "kepano-obsidian/Templates/People Template.md").read_bytes()
    note = parse_note("People Template.md", data, Config())
    assert note.kind == "other"  # an unrendered placeholder, never a person
    assert [p.line for p in note.problems] == [6]  # `created: {{date}}`


def test_vcard_contacts(realworld: Path) -> None:
    root = realworld / "obsidian-vcf-contacts/docs/demo-data/markdown"
    people = by_file(root)
    for place in ("Snip & Sip AB.md", "India Gate (1931).md", "kite surf spot zandmotor.md"):
        assert place not in people
    assert len(people) == 21
    anya = people["Anya Volkova.md"]
    assert anya.person.note.name == "Anya Volkova"
    assert anya.person.note.tags == ("contact", "art")  # as written
    assert not anya.personal  # BDAY is card data, not a fact (spec 1.5)
    assert people["伟 李.md"].person.note.name == "李伟"
    emma = people["Emma Johnson.md"].person
    assert emma.linked == (
        "Jennifer Martinez.md",
        "Michael Johnson.md",
        "Noah Johnson.md",
        "Olivia Smith.md",
        "Sarah Johnson.md",
    )


def test_dataview_daily_notes_give_ab1908_contacts_and_plans_give_none(realworld: Path) -> None:
    people = by_file(realworld / "obsidian_dataview_example_vault")
    ab = people["10 Example Data/people/AB1908.md"]
    assert [(c.date.isoformat(), c.direction) for c in ab.person.contacts] == [
        ("2022-01-16", "mutual"),
        ("2022-01-24", "mutual"),
        ("2022-02-04", "mutual"),
    ]
    jonathan = people["10 Example Data/people/Jonathan.md"]
    assert jonathan.person.contacts == ()  # only ever named in `appointment::` plans
    elias = people["10 Example Data/people/Elias.md"]
    assert [c.date.isoformat() for c in elias.person.contacts] == ["2022-08-11"]
    assert len(people) == 12
    # Every one has a birthday, and nothing else known: a birthday is no fact (spec 1.5).
    assert not any(s.personal for s in people.values())


def test_derived_encodings_read_like_the_original(realworld: Path) -> None:
    original = parse_note(
        "x.md", (realworld / "kepano-obsidian/References/Steph Ango.md").read_bytes(), Config()
    )
    for variant in ("Steph Ango (BOM).md", "Steph Ango (CRLF).md", "Steph Ango (BOM+CRLF).md"):
        note = parse_note("x.md", (realworld / "derived" / variant).read_bytes(), Config())
        assert (note.kind, note.org, note.links, note.problems) == (
            original.kind,
            original.org,
            original.links,
            original.problems,
        )
    assert original.kind == "person" and original.org == "Obsidian"
    latin = parse_note("x.md", (realworld / "derived/Elin Lindstrom (cp1252).md").read_bytes(), Config())
    assert latin.name == "Elin Lindström"
    assert [(p.line, p.message) for p in latin.problems] == [
        (2, "not UTF-8: read as Windows-1252; save it as UTF-8")
    ]
