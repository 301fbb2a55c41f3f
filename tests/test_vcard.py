"""vCard in and out, on files shaped like phone and mail exports (tests/vcards/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import vobject
from click.testing import CliRunner

from tests.conftest import link_pairs, shared_copy
from vaultnet.cli import main
from vaultnet.commands.vcard import (
    Card,
    Related,
    card_from_note,
    names_agree,
    note_text,
    read_vcf,
    vcard_text,
)
from vaultnet.config import Config
from vaultnet.vault.load import load_vault

CARDS = Path(__file__).resolve().parent / "vcards"
"""iphone.vcf (3.0, item groups, labels, a photo), android.vcf (2.1, quoted-printable),
google.vcf (3.0, CATEGORIES, a birthday without a year), nextcloud.vcf (4.0, RELATED, a data: photo,
an organisation, a broken card)."""


def read(name: str) -> tuple[dict[str, Card], list[str]]:
    cards, problems, _ = read_vcf(name, (CARDS / name).read_bytes())
    return {c.name: c for c in cards}, [f"{p.line}: {p.message}" for p in problems]


def test_iphone_export_groups_labels_folding_and_photo() -> None:
    cards, problems = read("iphone.vcf")
    assert problems == ["29: skipped: Snip & Sip AB, an organisation, group or place, not a person"]
    elin = cards["Elin Lindström"]
    assert elin.aliases == ("Elli",)
    assert (elin.org, elin.department) == ("Skog & Kisel AB", "Design")  # ORG's units: a department
    assert elin.title == "Designstrateg"
    assert elin.emails == ("elin.lindstrom@skogkisel.se", "elin@designskog.se")
    assert elin.phones == ("+46 70 123 45 67", "+1 416 555 4444")
    assert elin.birthday == "1988-09-03"
    assert elin.note is not None and "Umeå, loves fika" in elin.note and "Training for" in elin.note
    assert elin.related == (Related("spouse", "Michael Johnson"), Related("child", "Noah Johnson"))


def test_android_quoted_printable_and_non_ascii_names() -> None:
    cards, problems = read("android.vcf")
    assert problems == []
    assert sorted(cards) == ["Liam O’Reilly", "伟 李"]
    wei = cards["伟 李"]
    assert (
        wei.note
        == "喜欢茶 — likes oolong tea and long walks by the river. Knows everyone at the 北京 office."
    )
    assert wei.birthday == "1990-02-12"
    assert wei.phones == ("+86 138 0000 0000", "+86 10 5555 0101")


def test_google_export_categories_and_birthday_without_year() -> None:
    cards, _ = read("google.vcf")
    zahra = cards["Zahra Ali"]
    assert zahra.birthday == "--04-15"
    assert zahra.tags == ("starred",)
    assert zahra.org == "Rivers Trust"
    assert zahra.title == "Volunteer coordinator"
    assert zahra.phones == ("(555) 555-0100",)


def test_utf16_and_windows_1252_files() -> None:
    text = (CARDS / "android.vcf").read_text(encoding="utf-8")
    cards, _, _ = read_vcf("x.vcf", text.encode("utf-16"))
    assert sorted(c.name for c in cards) == ["Liam O’Reilly", "伟 李"]
    latin = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nEND:VCARD\r\n".encode("cp1252")
    assert [c.name for c in read_vcf("x.vcf", latin)[0]] == ["Zoë Müller"]


def test_vcard_4_related_uri_photo_org_and_a_broken_card() -> None:
    cards, problems = read("nextcloud.vcf")
    assert sorted(cards) == ["Hana Yamada", "Élisabet Jónsdóttir"]
    assert problems[0] == "28: skipped: Reykjavík Library, an organisation, group or place, not a person"
    assert problems[1].startswith("36: cannot read this contact: Failed to parse line: BDAY")
    elisabet = cards["Élisabet Jónsdóttir"]
    assert elisabet.phones == ("+354-555-0142",)
    assert elisabet.note == "Runs the Reykjavík reading group.\nTwo kids, one dog."
    assert elisabet.related == (
        Related("friend", "Hana Yamada"),
        Related("colleague", "Bao Nguyen"),
        Related("contact", "https://example.org/people/42"),
    )


def import_all(runner: CliRunner, root: Path, files: list[Path]) -> list[str]:
    outputs = []
    for file in files:
        result = runner.invoke(main, ["import", "vcard", str(file), "-v", str(root)])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    return outputs


def notes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.md"))}


def test_import_export_import_loses_nothing(tmp_path: Path) -> None:
    runner = CliRunner()
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    import_all(runner, first, sorted(CARDS.glob("*.vcf")))
    imported = notes(first)
    assert len(imported) == 6
    assert "People/伟 李.md" in imported

    exported = tmp_path / "people.vcf"
    result = runner.invoke(main, ["export", "vcard", str(first), "-o", str(exported)])
    assert result.exit_code == 0, result.output
    text = exported.read_bytes().decode("utf-8")
    parsed = list(vobject.readComponents(text))
    assert len(parsed) == 6
    assert {c.version.value for c in parsed} == {"4.0"}
    assert "\r\n" in text

    import_all(runner, second, [exported])
    assert notes(second) == imported
    again = runner.invoke(main, ["export", "vcard", str(second), "-o", "-"])
    assert again.output.replace("\r\n", "\n") == text.replace("\r\n", "\n")


def test_every_field_of_a_card_survives_the_round_trip(make_vault) -> None:  # type: ignore[no-untyped-def]
    card = Card(
        name="Ana María Núñez",
        aliases=("Anita", "AMN"),
        tags=("climbing", "work/ally"),
        org="Núñez, Ríos & Co",
        department="R&D; Platform",
        title="CTO; founder",
        emails=("ana@example.es",),
        phones=("+34 600 000 000", "+34 91 000 00 00"),
        birthday="--12-31",
        anniversary="2015-06-20",
        note="Line one\nLine two; with, punctuation\\ and a backslash",
        related=(Related("partner", "Lu Chen"), Related("", "Bo"), Related("friend", "urn:uuid:42")),
        uid="urn:uuid:1234",
    )
    cards, problems, _ = read_vcf("x.vcf", vcard_text(card).encode())
    assert problems == []
    assert cards == [card]

    from vaultnet.commands.vcard import note_text

    root = make_vault({"People/Ana María Núñez.md": note_text(card)})
    person = load_vault(root, Config()).people[0]
    from_note = card_from_note(person.note, (root / person.file).read_bytes(), Config())
    assert from_note == card


@pytest.mark.parametrize(
    "line",
    [
        "ANNIVERSARY:20150620",  # vCard 4.0
        "X-ANNIVERSARY:2015-06-20",  # Evolution, KDE
        "item1.X-ABDATE;type=pref:2015-06-20\r\nitem1.X-ABLabel:_$!<Anniversary>!$_",  # Apple
    ],
)
def test_a_cards_anniversary_is_imported(make_vault, tmp_path: Path, line: str) -> None:  # type: ignore[no-untyped-def]
    """An anniversary on a card, however the exporting app writes it, is the note's: Coming up
    shows it, and an import that drops it loses a day the user kept."""
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nils Holm\r\n{line}\r\nEND:VCARD\r\n"
    assert read_vcf("x.vcf", text.encode())[0][0].anniversary == "2015-06-20"
    other = "item2.X-ABDATE:2019-01-01\r\nitem2.X-ABLabel:_$!<Other>!$_"
    assert read_vcf("x.vcf", text.replace(line, other).encode())[0][0].anniversary is None
    root = make_vault({"Daily/2026-11-20.md": "Lunch with [[Nils Holm]]\n"})
    (tmp_path / "nils.vcf").write_text(text, encoding="utf-8")
    assert (
        CliRunner().invoke(main, ["import", "vcard", str(tmp_path / "nils.vcf"), "-v", str(root)]).exit_code
        == 0
    )
    assert "anniversary: 2015-06-20" in (root / "People/Nils Holm.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "n"),
    [
        ("Jane Doe", "N:Doe;Jane;;;"),
        ("Joost van der Berg", "N:van der Berg;Joost;;;"),
        ("Ludwig van Beethoven", "N:van Beethoven;Ludwig;;;"),
        ("Ana de la Cruz", "N:de la Cruz;Ana;;;"),
        ("Maria von Trapp", "N:von Trapp;Maria;;;"),
        ("Madonna", "N:Madonna;;;;"),
    ],
)
def test_a_family_name_keeps_its_particles(name: str, n: str) -> None:
    """`Joost van der Berg` is filed under `van der Berg`, as phones and address books sort him,
    not under `Berg` with `Joost van der` for a given name."""
    assert n in vcard_text(Card(name=name)).splitlines()


def test_a_file_cut_short_says_so_of_its_last_card() -> None:
    """An export cut off mid-card (a download that stopped) imports the cards before, and the last
    one, with no END:VCARD, is a problem at its line, never silently gone; a card that cannot be
    read is a problem at the line that spoils it."""
    whole = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n"
    cut = whole + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nTEL:+1 555\r\n"
    cards, problems, _ = read_vcf("x.vcf", cut.encode())
    assert [c.name for c in cards] == ["Ana Lima"]
    assert [(p.line, p.message) for p in problems] == [
        (5, "this contact has no END:VCARD (is the file cut short?): not imported")
    ]
    cards, problems, _ = read_vcf("x.vcf", cut.removeprefix(whole).encode())
    assert cards == [] and [p.line for p in problems] == [1]
    bad = whole + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nTEL;;;:\r\nEND:VCARD\r\n"
    assert [p.line for p in read_vcf("x.vcf", bad.encode())[1]] == [8]


def test_import_never_overwrites_and_reports_merges(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"People/Elin.md": "---\naliases: [Elin Lindström]\nemails: [elin@designskog.se]\n---\n"}
    )
    before = notes(root)
    result = CliRunner().invoke(main, ["import", "vcard", str(CARDS / "iphone.vcf"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert "exists  People/Elin.md: would merge +org 'Skog & Kisel AB', +department 'Design'" in result.output
    assert "+email elin.lindstrom@skogkisel.se" in result.output
    assert "+email elin@designskog.se" not in result.output
    assert "+related Michael Johnson" in result.output
    assert "0 created, 1 to merge by hand" in result.output
    assert notes(root) == before


@pytest.mark.parametrize(
    ("front", "merge"),
    [
        ("org: Initech", "would merge +department 'Procurement'"),
        ("org: initech\ndepartment: Procurement", "nothing new"),
        ("org: Initech; Procurement", "nothing new"),  # as an import wrote ORG's units before
        ("org: Initech\ndepartment: Sales", "would merge department 'Procurement' (note has 'Sales')"),
        ("org: Globex", "would merge org 'Initech' (note has 'Globex'), +department 'Procurement'"),
    ],
)
def test_a_department_is_no_other_organisation(make_vault, tmp_path: Path, front: str, merge: str) -> None:  # type: ignore[no-untyped-def]
    """`ORG:Initech;Procurement` is Initech's Procurement department (vCard's organisational
    units): to a note at Initech it adds a department at most, never another organisation."""
    root = make_vault({"People/Bo Chan.md": f"---\ntags: [person]\n{front}\nemails: [bo@initech.com]\n---\n"})
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chan\r\nORG:Initech;Procurement\r\nEMAIL:bo@initech.com\r\nEND:VCARD\r\n"
    (tmp_path / "bo.vcf").write_text(card, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "vcard", str(tmp_path / "bo.vcf"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"exists  People/Bo Chan.md: {merge}"


def test_importing_twice_creates_nothing_new(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Daily/2026-11-20.md": "Lunch with [[Zahra Ali]]\n"})
    runner = CliRunner()
    import_all(runner, root, [CARDS / "google.vcf"])
    made = notes(root)
    output = import_all(runner, root, [CARDS / "google.vcf"])[0]
    assert "People/Zahra Ali.md: nothing new" in output
    assert notes(root) == made


def test_a_large_import_is_made_durable_once_not_note_by_note(
    make_vault, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Two fsyncs a note made an address book of thousands take minutes: the notes are written
    whole, then flushed once."""
    import os

    synced: list[str] = []
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append("fsync"))
    monkeypatch.setattr(os, "sync", lambda: synced.append("sync"))
    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i:03}\nEND:VCARD\n" for i in range(60))
    (tmp_path / "many.vcf").write_text(cards)
    root = make_vault({"Daily/2026-11-20.md": "- lunch\n"})
    output = import_all(CliRunner(), root, [tmp_path / "many.vcf"])[0]
    assert "60 created" in output and len(list((root / "People").glob("*.md"))) == 60
    assert synced.count("sync") == 1 and synced.count("fsync") <= 2


def test_an_import_stopped_or_not_written_says_so_and_fails(make_vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl-C in an import of thousands: the note being made is made whole, the loop stops, and
    the notes made are listed and synced (exit 130). Notes the system would not write (a full
    disk) are each said, and the import fails (exit 1), the others made."""
    import errno
    import os
    import signal

    from vaultnet.commands import vcard as vcard_module

    cards = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i:03}\nEND:VCARD\n" for i in range(20))
    (tmp_path / "many.vcf").write_text(cards)
    root = make_vault({"Daily/2026-11-20.md": "- lunch\n"})
    real_create = vcard_module.create_file
    made: list[Path] = []

    def stopped_after_three(path: Path, data: bytes, **kwargs: bool) -> None:
        real_create(path, data, **kwargs)
        made.append(path)
        if len(made) == 3:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(vcard_module, "create_file", stopped_after_three)
    result = CliRunner().invoke(main, ["import", "vcard", str(tmp_path / "many.vcf"), "-v", str(root)])
    assert result.exit_code == 130, result.output
    assert result.output.count("created People/") == 3 and "3 created" in result.output
    assert "interrupted" in result.output and len(list((root / "People").glob("*.md"))) == 3

    def disk_full(path: Path, data: bytes, **kwargs: bool) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vcard_module, "create_file", disk_full)
    result = CliRunner().invoke(main, ["import", "vcard", str(tmp_path / "many.vcf"), "-v", str(root)])
    assert result.exit_code == 1, result.output
    assert result.output.count("No space left on device") == 17 and "0 created" in result.output


def test_imported_people_are_people_with_facts_and_links(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Daily/2026-11-20.md": "- <-> lunch with [[Elli]]\n"})
    runner = CliRunner()
    import_all(runner, root, [CARDS / "iphone.vcf", CARDS / "nextcloud.vcf"])
    report = runner.invoke(main, ["report", "--json", "--today", "2026-11-21", str(root)])
    people = {p["name"]: p for p in json.loads(report.output)["people"]}
    assert people["Elin Lindström"]["last_contact"] == "2026-11-20"
    # Her card's note is what you know of her, one fact; its birthday is card data, not a fact
    # (spec 1.5); the related people are links.
    assert (people["Elin Lindström"]["facts"], people["Elin Lindström"]["personal"]) == (1, True)
    vault = load_vault(root, Config())
    assert ("People/Hana Yamada.md", "People/Élisabet Jónsdóttir.md") in set(link_pairs(vault.people))


def test_import_mistakes(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/A.md": ""})
    not_vcard = tmp_path / "notes.txt"
    not_vcard.write_text("hello\n")
    runner = CliRunner()
    for args, message in [
        (["import", "vcard", str(tmp_path / "missing.vcf"), "-v", str(root)], "no such file"),
        (["import", "vcard", str(not_vcard), "-v", str(root)], "no BEGIN:VCARD"),
    ]:
        result = runner.invoke(main, args)
        assert result.exit_code == 2, result.output
        assert message in result.output


def test_export_reads_vcf_contacts_plugin_notes(tmp_path: Path) -> None:
    folder = shared_copy(tmp_path, "realworld", "obsidian-vcf-contacts", "docs", "demo-data", "markdown")
    result = CliRunner().invoke(main, ["export", "vcard", str(folder), "-o", "-"])
    assert result.exit_code == 0, result.output
    cards = {c.fn.value: c for c in vobject.readComponents(result.output)}
    people = load_vault(folder, Config()).people
    assert len(cards) == len(people) >= 20
    elin = cards["Elin Lindström"]
    assert {e.value for e in elin.contents["email"]} == {"elin.lindstrom@skogkisel.se", "elin@designskog.se"}
    assert elin.bday.value == "19880903"
    assert "Snip & Sip AB" not in cards  # KIND: org


@pytest.mark.parametrize("name", ["kepano-obsidian", "obsidian_dataview_example_vault"])
def test_export_every_real_world_vault(name: str, tmp_path: Path) -> None:
    folder = shared_copy(tmp_path, "realworld", name)
    result = CliRunner().invoke(main, ["export", "vcard", str(folder), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert len(list(vobject.readComponents(result.output))) == len(load_vault(folder, Config()).people)


def test_export_replaces_only_a_vcard_file(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Bo.md": "#person\n"})
    runner = CliRunner()
    target = tmp_path / "out.vcf"
    target.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Old\r\nEND:VCARD\r\n")
    assert runner.invoke(main, ["export", "vcard", str(root), "-o", str(target)]).exit_code == 0
    assert "FN:Bo" in target.read_text()
    mine = tmp_path / "mine.txt"
    mine.write_text("my own file\n")
    result = runner.invoke(main, ["export", "vcard", str(root), "-o", str(mine)])
    assert result.exit_code == 2
    assert "is not a vCard file" in result.output
    assert mine.read_text() == "my own file\n"
    result = runner.invoke(main, ["export", "vcard", str(root), "-o", str(tmp_path / "nodir/x.vcf")])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {tmp_path / 'nodir'} does not exist: create it first\n",
    )
    result = runner.invoke(main, ["export", "vcard", str(root), "-o", str(mine / "x.vcf")])
    assert (result.exit_code, result.stderr) == (2, f"Error: {mine} is not a folder\n")
    note = root / "People/Bo.md"
    result = runner.invoke(main, ["export", "vcard", str(root), "-o", str(note)])
    assert result.exit_code == 2
    assert "among the vault's notes" in result.output
    assert note.read_text() == "#person\n"


def test_import_folder_stays_inside_the_vault(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Bo.md": ""})
    for folder in ("../outside", "/tmp/x", ".hidden"):
        result = CliRunner().invoke(
            main, ["import", "vcard", str(CARDS / "google.vcf"), "-v", str(root), "--folder", folder]
        )
        assert result.exit_code == 2, folder
    ok = CliRunner().invoke(
        main, ["import", "vcard", str(CARDS / "google.vcf"), "-v", str(root), "--folder", "Contacts/New"]
    )
    assert ok.exit_code == 0
    assert (root / "Contacts/New/Zahra Ali.md").is_file()


def test_relationship_keys_and_a_free_text_birthday_are_exported(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"People/Jo.md": "---\nspouse: '[[Kim]]'\nkids: [Ada, Max]\nbirthday: sometime in May\n---\n"}
    )
    output = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", "-"]).output
    card = vobject.readOne(output)
    related = [(r.params["TYPE"][0], r.value) for r in card.contents["related"]]
    assert related == [("spouse", "Kim"), ("child", "Ada"), ("child", "Max")]
    assert card.bday.value == "sometime in May"
    assert card.bday.params["VALUE"] == ["text"]
    assert read_vcf("x.vcf", output.encode())[0][0].birthday == "sometime in May"


def test_a_birthday_vaultnet_reads_is_exported_as_a_date(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`March 3, 1990` is the day the report gives (1990-03-03), and `May 5` a day without a year
    (`--05-05`): the card holds them as dates, which a phone puts in its calendar, not as text;
    a day that is none (`1990-02-29`) stays text, as written."""
    root = make_vault(
        {
            "People/Ann.md": "---\ntags: [person]\nbirthday: March 3, 1990\nanniversary: June 5, 2010\n---\n",
            "People/Bo.md": "---\ntags: [person]\nbirthday: May 5\n---\n",
            "People/Cy.md": "---\ntags: [person]\nbirthday: 1990-02-29\n---\n",
        }
    )
    output = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", "-"]).output
    lines = output.splitlines()
    assert [line for line in lines if line.startswith(("BDAY", "ANNIVERSARY"))] == [
        "ANNIVERSARY:20100605",
        "BDAY:19900303",
        "BDAY:--0505",
        "BDAY;VALUE=text:1990-02-29",
    ]
    cards = read_vcf("x.vcf", output.encode())[0]
    assert [(c.birthday, c.anniversary) for c in cards] == [
        ("1990-03-03", "2010-06-05"),
        ("--05-05", None),
        ("1990-02-29", None),
    ]


MAYA_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maya Lindqvist\r\nN:Lindqvist;Maya;;;\r\n"
    "NICKNAME:Maya\\,Maya L.,Mayo\r\nEMAIL;TYPE=INTERNET;TYPE=WORK:maya@work.se\r\n"
    "EMAIL;TYPE=HOME:maya@home.se\r\nTEL;TYPE=CELL:+46 70 1\r\nTEL;TYPE=WORK;TYPE=VOICE:+46 8 2\r\n"
    "ADR;TYPE=HOME:;;Storgatan 1;Umeå;;90325;Sweden\r\nURL;TYPE=WORK:https\\://maya.example\r\n"
    "CATEGORIES:climbing,Close friends\r\nBDAY:--1345\r\nRELATED;TYPE=spouse;VALUE=text:Arne Halvorsen\r\n"
    "END:VCARD\r\n"
)
MAYA_40 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Maya Lindqvist\r\nNICKNAME:Maya\\,Maya L.,Mayo\r\n"
    'EMAIL;TYPE=work:maya@work.se\r\nEMAIL;TYPE=home:maya@home.se\r\nTEL;VALUE=uri;TYPE="cell":tel:+46 70 1\r\n'
    'TEL;TYPE="work,voice":+46 8 2\r\nADR;TYPE=home:;;Storgatan 1;Umeå;;90325;Sweden\r\n'
    "URL;TYPE=work:https://maya.example\r\nCATEGORIES:climbing,Close friends\r\nBDAY:--1345\r\n"
    "RELATED;TYPE=spouse;VALUE=text:Arne Halvorsen\r\nEND:VCARD\r\n"
)


def round_trip_cards(tmp_path: Path, text: str) -> tuple[list[Card], list[Card]]:
    """Import `text`, export the vault, import that into a fresh vault: the cards each vault's notes hold."""
    runner = CliRunner()
    cards = []
    for step in ("first", "second"):
        root = tmp_path / step
        (root / "People").mkdir(parents=True)
        source = tmp_path / f"{step}.vcf"
        source.write_text(text, encoding="utf-8")
        assert runner.invoke(main, ["import", "vcard", str(source), str(root)]).exit_code == 0
        config = Config()
        vault = load_vault(root, config, use_cache=False)
        cards.append(
            sorted(
                (card_from_note(p.note, (root / p.file).read_bytes(), config) for p in vault.people),
                key=lambda c: c.name,
            )
        )
        text = runner.invoke(main, ["export", "vcard", str(root), "-o", "-"]).output
    return cards[0], cards[1]


@pytest.mark.parametrize("text", [MAYA_30, MAYA_40], ids=["3.0", "4.0"])
def test_types_addresses_urls_categories_and_nicknames_survive_the_round_trip(
    tmp_path: Path, text: str
) -> None:
    first, second = round_trip_cards(tmp_path, text)
    assert first == second
    maya = first[0]
    assert maya.aliases == ("Maya,Maya L.", "Mayo")
    assert dict(maya.labels) == {
        "maya@work.se": "work", "maya@home.se": "home", "+46 70 1": "cell", "+46 8 2": "work, voice",
        "https://maya.example": "work",
    }  # fmt: skip
    assert maya.urls == ("https://maya.example",)
    assert [a.as_meta() for a in maya.addresses] == [
        {"type": "home", "street": "Storgatan 1", "locality": "Umeå", "code": "90325", "country": "Sweden"}
    ]
    assert maya.tags == ("climbing", "close-friends")
    assert maya.related == (Related("spouse", "Arne Halvorsen"),)
    assert maya.birthday is None  # `--1345` is no day of any year: not kept as `--13-45`


@pytest.mark.parametrize("name", ["iphone.vcf", "android.vcf", "google.vcf", "nextcloud.vcf"])
def test_phone_and_mail_exports_survive_the_round_trip(tmp_path: Path, name: str) -> None:
    first, second = round_trip_cards(tmp_path, (CARDS / name).read_text(encoding="utf-8"))
    assert first and first == second


def test_apple_labels_and_google_urls_are_kept(tmp_path: Path) -> None:
    iphone, _ = round_trip_cards(tmp_path / "i", (CARDS / "iphone.vcf").read_text(encoding="utf-8"))
    elin = next(c for c in iphone if c.name == "Elin Lindström")
    assert dict(elin.labels)["+1 416 555 4444"] == "sweden"
    assert dict(elin.labels)["elin@designskog.se"] == "work"
    google, _ = round_trip_cards(tmp_path / "g", (CARDS / "google.vcf").read_text(encoding="utf-8"))
    assert google[0].urls == ("https://zahra.example.org",)


def test_a_related_name_uri_is_exported_once(make_vault) -> None:  # type: ignore[no-untyped-def]
    note = "---\ntags: [person]\nrelated[spouse]: name:Arne Halvorsen\n---\n## Related\n- spouse [[Arne Halvorsen]]\n"
    root = make_vault({"People/Maya.md": note})
    text = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", "-"]).output
    assert text.count("RELATED") == 1 and "name:" not in text


def test_a_birthday_that_is_no_date_is_named_and_the_rest_imported(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/.keep.md": ""})
    source = tmp_path / "odd.vcf"
    source.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lima\nEMAIL:ana@example.org\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bea Ruiz\nBDAY:1988-02-30\nEMAIL:bea@example.org\nEND:VCARD\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["import", "vcard", str(source), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert f"{source}:9: Bea Ruiz: birthday '1988-02-30' not read (not a date); the rest of the card is" in (
        result.output
    )
    assert "2 created, 0 to merge by hand, 0 already known, 0 skipped, 1 warning" in result.output
    bea = (root / "People/Bea Ruiz.md").read_text(encoding="utf-8")
    assert "bea@example.org" in bea and "birthday" not in bea


def test_an_unescaped_comma_keeps_the_whole_text() -> None:
    """vCard 2.1 (Android's, Outlook's) and lax exporters leave commas unescaped: a title, a note,
    an organisation and a name are read whole, quoted-printable too, and `FN:Doe, Jane` as its
    `N` spells her: Jane Doe."""
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Carla\r\nTITLE:Head of Sales, EMEA\r\n"
        "ORG:Smith, Jones & Co\r\nNOTE:first, second, third\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Doe, Jane\r\nN:Doe;Jane;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ruiz;Ana\r\nFN:Ana Ruiz\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Met in Lisbon, 2019=0D=0Afriend of Bo, Cy\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Escaped\r\nTITLE:Boss\\, EMEA\r\nORG:Acme;Sales\r\nEND:VCARD\r\n"
    )
    cards, problems, _ = read_vcf("c.vcf", text.encode())
    assert problems == []
    by_name = {c.name: c for c in cards}
    assert (by_name["Carla"].title, by_name["Carla"].org) == ("Head of Sales, EMEA", "Smith, Jones & Co")
    assert by_name["Carla"].note == "first, second, third"
    assert "Jane Doe" in by_name
    assert by_name["Ana Ruiz"].note == "Met in Lisbon, 2019\nfriend of Bo, Cy"
    escaped = by_name["Escaped"]
    assert (escaped.title, escaped.org, escaped.department) == ("Boss, EMEA", "Acme", "Sales")


def test_a_file_of_mixed_encodings_spoils_only_its_odd_lines() -> None:
    """One Latin-1 card among UTF-8 ones is read as Windows-1252, said once; the rest stay UTF-8,
    and a line folded inside a character (`Zo\\xc3` then ` \\xab`) is joined back."""
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller\r\nEND:VCARD\r\n".encode()
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José Núñez\r\nEND:VCARD\r\n".encode("latin-1")
        + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Split\r\nNOTE:caf\xc3\r\n \xa9 au lait\r\nEND:VCARD\r\n"
    )
    cards, problems, notices = read_vcf("m.vcf", data)
    assert [c.name for c in cards] == ["Zoë Müller", "José Núñez", "Split"]
    assert cards[2].note == "café au lait"
    assert problems == []
    assert [(p.line, p.message) for p in notices] == [
        (7, "not UTF-8: this line and the like read as Windows-1252")
    ]
    folded_only = data.replace("José Núñez".encode("latin-1"), b"Jose")
    assert read_vcf("f.vcf", folded_only)[2] == []  # all UTF-8 once the fold is mended: nothing to say


def test_apple_birthday_without_a_year_has_none() -> None:
    """Apple writes a birthday with no year as 1604 (`X-APPLE-OMIT-YEAR=1604`): a day of the year."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kay\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-12-24\r\n"
        "item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\nEND:VCARD\r\n"
    )
    (card,), _, _ = read_vcf("a.vcf", text.encode())
    assert (card.birthday, card.anniversary) == ("--12-24", "--06-01")
    unmarked = text.replace(";X-APPLE-OMIT-YEAR=1604", "")  # an export that drops the mark
    (card,), _, _ = read_vcf("a.vcf", unmarked.encode())
    assert (card.birthday, card.anniversary) == ("--12-24", "--06-01")


def test_a_number_that_is_text_is_quoted_for_every_yaml_reader() -> None:
    """`07700900123` is text to PyYAML (YAML 1.1) but the number 7700900123 to a YAML 1.2 reader,
    as Obsidian's is: a phone number, a postcode or a title of digits is written in quotes."""
    card = Card(name="Jo", phones=("07700900123", "+44 20 7946 0000"), title="007", org="1e3")
    front = note_text(card).split("---\n")[1]
    assert "phones: ['07700900123', +44 20 7946 0000]" in front
    assert "title: '007'" in front and "org: '1e3'" in front


def test_import_makes_no_second_note_of_a_name_another_note_has(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`Places/Larkspur Bakery.md` (a shop, no person) holds the links `[[Larkspur Bakery]]`: a
    card of that name is not made a person beside it, as `vaultnet new` would not."""
    root = make_vault({"Places/Larkspur Bakery.md": "# Larkspur\nbread\n", "People/Ana.md": "#person\n"})
    card = tmp_path / "c.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Larkspur Bakery\r\nEND:VCARD\r\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "vcard", str(card), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert not (root / "People/Larkspur Bakery.md").exists()
    assert (
        "not imported: Places/Larkspur Bakery.md already exists: a second note named 'Larkspur Bakery' "
        "would split links" in result.output
    )


def test_a_company_card_is_skipped_and_what_is_not_read_is_named() -> None:
    """Google's company card (no one's name, `FN` the `ORG`) is no person, as a CSV row of one is
    not; a card's properties vaultnet keeps nowhere are named once, as a CSV's columns are, and
    a `ROLE` with no `TITLE` is the title."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Larkspur Bakery\r\nN:;;;;\r\nORG:Larkspur Bakery\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iOS 17//EN\r\nFN:Sol Social\r\nN:Social;Sol;;;\r\n"
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/sol\r\nIMPP;X-SERVICE-TYPE=Skype:skype:sol.s\r\n"
        "ROLE:Treasurer\r\nGENDER:F\r\nREV:2026-01-01T00:00:00Z\r\nEND:VCARD\r\n"
    )
    cards, problems, notices = read_vcf("s.vcf", text.encode())
    assert [c.name for c in cards] == ["Sol Social"] and cards[0].title == "Treasurer"
    assert [(p.line, p.message) for p in problems] == [
        (1, "skipped: Larkspur Bakery, an organisation, group or place, not a person")
    ]
    assert [(p.line, p.message) for p in notices] == [
        (7, "3 properties not read: GENDER, IMPP, X-SOCIALPROFILE")
    ]


def test_a_card_with_no_name_says_what_else_it_holds() -> None:
    """A card of an e-mail address only (Apple's with an empty `FN`) cannot be a note, but what it
    holds is named, so that it is not lost unseen."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEMAIL:ana@example.org\r\nTEL:+44 20 7946 0000\r\nEND:VCARD\r\n"
    )
    cards, problems, _ = read_vcf("n.vcf", text.encode())
    assert cards == []
    assert [p.message for p in problems] == [
        "cannot read this contact: the contact has no name (no FN, N, NICKNAME or ORG); "
        "it holds ana@example.org, +44 20 7946 0000"
    ]


def test_a_shared_address_finds_only_someone_of_that_name(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A team's or a family's mailbox: a card of another name at an address a note already lists
    is its own person, and said; a card of that person's name (or a name only their first) at it is
    that person."""
    root = make_vault({"People/Jim Jones.md": "---\ntags: [person]\nemails: [family.jones@gmail.com]\n---\n"})
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:family.jones@gmail.com\r\n{extra}END:VCARD\r\n"
        for name, extra in (("Zoë Jones", "TITLE:Wife\r\n"), ("Jimmy Jones", "TITLE:Plumber\r\n"))
    )
    (tmp_path / "f.vcf").write_text(cards, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "vcard", str(tmp_path / "f.vcf"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        "created People/Zoë Jones.md",
        "exists  People/Jim Jones.md: would merge +title 'Plumber'",
    ]
    assert "1:" in result.stderr and "Zoë Jones: same e-mail as People/Jim Jones.md" in result.stderr


def test_an_address_finds_its_person_under_another_name_of_theirs(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Mum's note at her address is Maria Santos's card (a one-word name is anyone's), and Jim
    Jones's is James Jones's (a short form): known, no second note. Zoë Jones at Jim's stays her own."""
    root = make_vault(
        {
            "People/Mum.md": "---\ntags: [person]\nemail: maria.s@x.com\n---\n",
            "People/Jim Jones.md": "---\ntags: [person]\nemails: [family.jones@gmail.com]\n---\n",
        }
    )
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"
        for name, email in (
            ("Maria Santos", "maria.s@x.com"),
            ("James Jones", "family.jones@gmail.com"),
            ("Zoë Jones", "family.jones@gmail.com"),
        )
    )
    (tmp_path / "f.vcf").write_text(cards, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "vcard", str(tmp_path / "f.vcf"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert sorted(result.stdout.splitlines()[:3]) == [
        "created People/Zoë Jones.md",
        "exists  People/Jim Jones.md: nothing new",
        "exists  People/Mum.md: nothing new",
    ]
    assert sorted(p.name for p in (root / "People").iterdir()) == ["Jim Jones.md", "Mum.md", "Zoë Jones.md"]


@pytest.mark.parametrize(
    ("ours", "theirs", "agree"),
    [
        ("Mum", "Maria Santos", True),
        ("Jim Jones", "James Jones", True),
        ("Bob Lind", "Robert Lind", True),
        ("Jim Jones", "Jimmy Jones", True),
        ("Jim Jones", "J. Jones", True),
        ("Maria Santos", "Maria Lind", True),
        ("Jim Jones", "Zoë Jones", False),
        ("Ana Costa", "Bo Lind", False),
    ],
)
def test_names_agree_unless_two_full_names_differ_in_their_given_names(
    ours: str, theirs: str, agree: bool
) -> None:
    """The family name does not decide; a given name that begins the other or is its short form agrees."""
    assert names_agree([ours], [theirs]) is agree
    assert names_agree([theirs], [ours]) is agree


def test_vcard_2_1_bare_types_and_a_person_shown_as_their_company() -> None:
    """vCard 2.1 writes its types bare (`TEL;CELL:`, `EMAIL;HOME:`), as Android exports them: they
    are the labels all the same. A card Apple shows as its company (`X-ABShowAs:COMPANY`) whose
    `N` holds a person's name is that person, at the company."""
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nTEL;CELL:+1 555 0100\r\n"
        "TEL;WORK;VOICE:+1 555 0101\r\nEMAIL;HOME:jane@home.example\r\nEMAIL;PREF;INTERNET:jd@x.example\r\n"
        "NOTE;QUOTED-PRINTABLE:Hi=20there\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Baker;Dana;;;\r\nFN:Baker Plumbing\r\nORG:Baker Plumbing;\r\n"
        "X-ABShowAs:COMPANY\r\nTEL;type=WORK:+1 555 777\r\nEND:VCARD\r\n"
    )
    cards, problems, _ = read_vcf("a.vcf", text.encode())
    assert problems == []
    jane, dana = cards
    assert jane.labels == (
        ("+1 555 0100", "cell"), ("+1 555 0101", "work, voice"), ("jane@home.example", "home")
    )  # fmt: skip
    assert jane.note == "Hi there"
    assert (dana.name, dana.org, dana.phones) == ("Dana Baker", "Baker Plumbing", ("+1 555 777",))


def test_a_file_name_ending_in_a_space_gives_the_name_without_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`People/Tom Hart .md` (a space left at the end of the file name): the pages say Tom Hart,
    and so do `report --json` and the card exported."""
    root = make_vault(
        {"People/Tom Hart .md": "---\ntags: [person]\n---\n## Log\n- 2026-11-01 <-> climbing\n"}
    )
    report = CliRunner().invoke(main, ["report", str(root), "--json", "--today", "2026-12-01"])
    assert [p["name"] for p in json.loads(report.output)["people"]] == ["Tom Hart"], report.output
    out = root.parent / "people.vcf"
    assert CliRunner().invoke(main, ["export", "vcard", str(root), "-o", str(out)]).exit_code == 0
    assert "FN:Tom Hart\n" in out.read_text("utf-8").replace("\r\n", "\n")
