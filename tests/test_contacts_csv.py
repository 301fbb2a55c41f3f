"""Contacts from a spreadsheet, on files shaped like the exports of Google Contacts, Outlook and
LinkedIn, and a sheet of one's own (tests/contacts/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.commands.contacts_csv import read_csv
from vaultnet.commands.vcard import Address, Card, Related
from vaultnet.config import Config
from vaultnet.errors import ContactsError
from vaultnet.vault.load import load_vault

CONTACTS = Path(__file__).resolve().parent / "contacts"
"""google.csv (Google's 2024 columns, a BOM, `:::` lists, a note over two lines, a company, a
day that is none), outlook.csv (cp1252, every field quoted, US days, `0/0/00`, a row with only
an e-mail), linkedin.csv (notes above its header), sheet.csv (`;`, a name whole, dotted days),
hubspot.csv (a CRM's: two phones, a city and a country, a row with an e-mail and no name)."""


def read(name: str) -> tuple[dict[str, Card], list[str], list[str]]:
    cards, problems, notices = read_csv(name, (CONTACTS / name).read_bytes())
    said = [f"{p.line}: {p.message}" for p in notices]
    return {c.name: c for c in cards}, [f"{p.line}: {p.message}" for p in problems], said


def test_google_export() -> None:
    cards, problems, unread = read("google.csv")
    assert problems == ["6: skipped: Northwind Ltd, a company with no one's name, not a person"]
    assert unread == ["1: 1 column not read: Photo"]  # the formatted address is its parts again
    zahra = cards["Zahra Ali"]
    assert zahra == Card(
        name="Zahra Ali",
        aliases=("Zee",),
        tags=("starred", "climbing-crew"),
        org="Northwind",
        title="Engineer",
        emails=("zahra@northwind.example", "z@mail.example", "zee@mail.example"),
        phones=("+44 7700 900123",),
        birthday="--04-15",
        anniversary="2015-06-20",
        note='Met at PyCon.\nLoves "bouldering".',
        related=(Related("spouse", "Omar Ali"),),
        urls=("https://zahra.example",),
        addresses=(Address("home", street="1 High St", locality="London", code="N1 1AA", country="United Kingdom"),),
        labels=(
            ("zahra@northwind.example", "work"), ("z@mail.example", "home"), ("zee@mail.example", "home"),
            ("+44 7700 900123", "cell"),
        ),
    )  # fmt: skip
    assert zahra.line == 2
    jurgen = cards["Jürgen Müller"]
    assert (jurgen.line, jurgen.birthday, jurgen.tags) == (7, None, ())
    assert jurgen.unread == (
        (7, "birthday '1980-02-30' not read (not a date); the rest of the row is imported"),
    )


def test_outlook_export() -> None:
    """Outlook's `Title` is the name's prefix (`Dr.`), its `Job Title` the title; its days are
    written as the computer's settings write them, here month first, as `5/14/1988` says of
    `6/7/2012`; `0/0/00` is no day known."""
    cards, problems, unread = read("outlook.csv")
    assert problems == [
        "4: skipped: no name, only an e-mail address (someone@example.com): add a name to import it"
    ]
    assert unread == []  # Hobby: what they are into
    francois = cards["François Dupré"]
    assert (francois.org, francois.title, francois.emails) == (
        "Café Noir",
        "Consultant",
        ("francois@cafenoir.example",),
    )
    assert (francois.birthday, francois.anniversary) == ("1988-05-14", "2012-06-07")
    assert francois.labels == (
        ("+33 1 23 45 67 89", "work"), ("+33 6 12 34 56 78", "cell"), ("+33 1 23 45 67 80", "work, fax"),
    )  # fmt: skip
    assert francois.related == (Related("spouse", "Claire Dupré"),)
    assert francois.interests == ("Cycling",)
    assert francois.addresses == (
        Address("work", street="12 rue de la Paix", locality="Paris", code="75002", country="France"),
    )
    assert (cards["Bob Stone"].birthday, cards["Bob Stone"].unread) == (None, ())


def test_linkedin_connections() -> None:
    """LinkedIn's Connections.csv opens with a few lines of notes; a connection made is no contact,
    so `Connected On` is said not to be read."""
    cards, problems, unread = read("linkedin.csv")
    assert problems == []
    assert unread == ["4: 1 column not read: Connected On"]
    assert [(c.name, c.org, c.title, c.urls, c.emails, c.line) for c in cards.values()] == [
        ("Priya Raman", "Acme Corp", "Head of Data", ("https://www.linkedin.com/in/priyaraman",), (), 5),
        (
            "Tom O'Neil",
            "Foo, Inc.",
            "CTO",
            ("https://www.linkedin.com/in/tomoneil",),
            ("tom@example.com",),
            6,
        ),
    ]


def test_hubspot_export() -> None:
    """HubSpot's contacts: `Phone Number` and `Mobile Phone Number` are both phones (the mobile
    labelled `cell`), `City` and `Country/Region` where they live, `Associated Company` the
    organisation when `Company Name` is empty. A row of an e-mail and no name is a person to name,
    not a company. `Last Contacted` is not read: HubSpot counts a sequence's automated e-mail as
    contact, and a date with no direction says nothing of who reached out."""
    cards, problems, unread = read("hubspot.csv")
    assert problems == [
        "5: skipped: no name, only an e-mail address (noname@lead.example, at Hooli): add a name to import it"
    ]
    assert unread == [
        "1: 7 columns not read: Record ID, Lifecycle Stage, Lead Status, Last Activity Date, Last Contacted,"
        " Contact owner, Create Date"
    ]
    ann, bo, cy = cards["Ann Lee"], cards["Bo Chan"], cards["Cy Diaz"]
    assert (ann.org, ann.title, ann.emails, ann.location) == (
        "Acme",
        "CTO",
        ("ann@acme.example",),
        "Boston, United States",
    )
    assert (ann.phones, ann.labels) == (("+1 555 0100", "+1 555 0101"), (("+1 555 0101", "cell"),))
    assert (bo.org, bo.phones, bo.location) == ("Initech", ("+1 555 0200",), "London, United Kingdom")
    assert (cy.org, cy.location) == ("Hooli", "Spain")


@pytest.mark.parametrize(
    "header",
    ["Name,Company,Department", "Name,Organization Name,Organization Department",
     "Name,Organization 1 - Name,Organization 1 - Department"],
)  # fmt: skip
def test_a_department_is_read_apart_from_the_organisation(header: str) -> None:
    """Outlook's `Department` and Google's `Organization Department`: the department, as a vCard's
    ORG units are, not part of the organisation's name."""
    (card,), _, unread = read_csv("a.csv", f"{header}\nAnn Lee,Initech,Procurement\n".encode())
    assert (card.org, card.department, unread) == ("Initech", "Procurement", [])


def test_a_sheet_of_ones_own() -> None:
    """Columns parted by `;`, as a spreadsheet in much of Europe saves them; a day with dots is
    day first, and says so of the file's other days."""
    cards, problems, unread = read("sheet.csv")
    assert (problems, unread) == ([], [])
    ana = cards["Ana Souza"]
    assert (ana.tags, ana.birthday, ana.phones, ana.note) == (
        ("friends", "climbing"),
        "1975-03-12",
        ("+55 11 99999-0000",),
        "Met in São Paulo",
    )
    assert cards["Ben Ode"].birthday == "1990-05-04"


def test_a_day_no_other_day_of_the_file_settles_is_not_guessed() -> None:
    cards, _, _ = read_csv("a.csv", b"Name,Birthday\nAnn,4/5/1990\nBo,1990-05-04\n")
    assert cards[0].birthday is None
    assert cards[0].unread == (
        (
            2,
            "birthday '4/5/1990' not read (could be two days: write it as YYYY-MM-DD); the rest of the row is imported",
        ),
    )
    assert cards[1].birthday == "1990-05-04"


@pytest.mark.parametrize(
    "data",
    [b"", b"Date,Amount\n2026-11-02,12.50\n", b"hello world\n"],
)
def test_a_file_with_no_header_naming_names_is_refused(data: bytes) -> None:
    with pytest.raises(ContactsError, match="no header row naming a column of names"):
        read_csv("a.csv", data)


def test_a_quote_left_open_ends_the_file_where_it_opens() -> None:
    cards, problems, _ = read_csv("a.csv", b'Name,Notes\nAnn,fine\nBo,"never closed\nCy,lost\n')
    assert [c.name for c in cards] == ["Ann"]
    assert [(p.line, p.message) for p in problems] == [
        (3, "cannot read the file from here on: a quote opened here is never closed")
    ]


def test_a_long_note_in_a_cell_is_read_with_the_rows_after_it() -> None:
    """A note of 200 KB pasted into a cell (the csv module's limit is 128 KB): read, and so are
    the rows after it."""
    data = b'Name,Notes\nAnn,"' + b"long " * 40_000 + b'"\nBo,short\nCy,\n'
    cards, problems, _ = read_csv("a.csv", data)
    assert problems == [] and [c.name for c in cards] == ["Ann", "Bo", "Cy"]
    assert len(cards[0].note or "") > 150_000


def test_import_csv_end_to_end(tmp_path: Path) -> None:
    """Notes made once, never over a note: a second import knows them all."""
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / "People" / "Priya Raman.md").write_text("---\ntags: person\norg: Acme Corp\n---\n# Priya Raman\n")
    runner = CliRunner()
    result = runner.invoke(main, ["import", "csv", str(CONTACTS / "linkedin.csv"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "created People/Tom O'Neil.md",
        "exists  People/Priya Raman.md: would merge +title 'Head of Data', "
        "+url https://www.linkedin.com/in/priyaraman",
        "1 created, 1 to merge by hand, 0 already known, 0 skipped, 1 warning",
    ]
    assert result.stderr == f"{CONTACTS / 'linkedin.csv'}:4: 1 column not read: Connected On\n"
    tom = next(p for p in load_vault(root, Config()).people if p.file == "People/Tom O'Neil.md")
    assert (tom.note.org, tom.note.emails) == ("Foo, Inc.", ("tom@example.com",))
    again = runner.invoke(main, ["import", "csv", str(CONTACTS / "linkedin.csv"), "-v", str(root)])
    assert (
        again.stdout.splitlines()[-1]
        == "0 created, 1 to merge by hand, 1 already known, 0 skipped, 1 warning"
    )


def test_a_profile_the_note_holds_already_is_nothing_to_merge(tmp_path: Path) -> None:
    """A LinkedIn profile a note keeps under `linkedin:` (as a URL however written, or a bare
    handle) is the row's `URL`: nothing to merge, and an export carries it as a URL."""
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / "People" / "Priya Raman.md").write_text(
        "---\ntags: person\norg: Acme Corp\ntitle: Head of Data\nLinkedIn: priyaraman\n---\n"
    )
    (root / "People" / "Tom O'Neil.md").write_text(
        "---\ntags: person\norg: Foo, Inc.\ntitle: CTO\nemail: tom@example.com\n"
        "linkedin: HTTP://LinkedIn.com/in/tomoneil/\n---\n"
    )
    result = CliRunner().invoke(main, ["import", "csv", str(CONTACTS / "linkedin.csv"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "exists  People/Priya Raman.md: nothing new",
        "exists  People/Tom O'Neil.md: nothing new",
        "0 created, 0 to merge by hand, 2 already known, 0 skipped, 1 warning",
    ]
    exported = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", "-"]).output
    assert "URL:https://www.linkedin.com/in/priyaraman" in exported.splitlines()


def test_import_csv_mistakes_are_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "People").mkdir()
    (tmp_path / "bank.csv").write_text("Date,Amount\n2026-11-02,12.50\n")
    runner = CliRunner()
    for file in ("bank.csv", "missing.csv"):
        result = runner.invoke(main, ["import", "csv", str(tmp_path / file), "-v", str(tmp_path)])
        assert result.exit_code == 2
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: ")
    assert sorted(p.name for p in (tmp_path / "People").iterdir()) == []


def test_what_linkedin_names_carry_is_no_part_of_them() -> None:
    cards, _, _ = read_csv(
        "a.csv",
        'First Name,Last Name\nKofi,Mensah 🇬🇭\nJane,"Doe, MBA"\nSarah 🚀,Connor\nAna,"Lima, PhD, CFA"\n'
        'Joe,"Bloggs, Jr."\n'.encode(),
    )
    assert [c.name for c in cards] == [
        "Kofi Mensah",
        "Jane Doe",
        "Sarah Connor",
        "Ana Lima",
        "Joe Bloggs, Jr.",
    ]


def test_pronouns_a_name_carries_are_no_part_of_it(tmp_path: Path) -> None:
    """LinkedIn's `Blake (she/her)`, `Lopes, she/her` or `Ortiz (He/Him)`, in any case, after a
    credential or in a name column filed `Last, First`: the person is who they are, and one the
    vault knows already is merged, not made again."""
    cards, _, _ = read_csv(
        "a.csv",
        b'First Name,Last Name\nJordan,Blake (she/her)\nAna,"Lopes, she/her"\nSam,Ortiz (He/Him)\n'
        b'Kim,Lee he/him/his\nRae,"Doe (they/them), MBA"\nLi,[She / Her] Wu\nKen,Ken/Priya\n',
    )
    assert [c.name for c in cards] == [
        "Jordan Blake",
        "Ana Lopes",
        "Sam Ortiz",
        "Kim Lee",
        "Rae Doe",
        "Li Wu",
        "Ken Ken/Priya",
    ]
    named, _, _ = read_csv("b.csv", b'Name\n"Lopes, Ana (she/her)"\n"Ana Lopes, she/her"\n')
    assert [c.name for c in named] == ["Ana Lopes", "Ana Lopes"]
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    for name in ("Jordan Blake", "Ana Lopes"):
        (root / "People" / f"{name}.md").write_text("---\ntags: person\n---\n")
    (tmp_path / "in.csv").write_text(
        'First Name,Last Name,Company\nJordan,Blake (she/her),Figma\nAna,"Lopes, she/her",Figma\n'
    )
    result = CliRunner().invoke(main, ["import", "csv", str(tmp_path / "in.csv"), "-v", str(root)])
    assert result.stdout.splitlines()[-1] == "0 created, 2 to merge by hand, 0 already known, 0 skipped"
    assert sorted(p.name for p in (root / "People").iterdir()) == ["Ana Lopes.md", "Jordan Blake.md"]


def test_cells_that_hold_several_values_or_few() -> None:
    """Several e-mails in a cell; an Exchange address, no e-mail; `#work #runner`; several people
    related in one cell; an address Google gives only in one; a phone said twice, once; a row with
    more cells than its header (a comma outside quotes) is skipped, not read shifted."""
    header = "Name,Email,Tags,Phone 1 - Value,Phone 2 - Value,Relation 1 - Label,Relation 1 - Value,Address 1 - Formatted"
    rows = [
        'Sofia,"sofia@m.it; sofia2@m.it",#work #runner,+39 1,+39 1,child,"Kim ::: Lee",""',
        'Grace,/o=ExchangeLabs/ou=x/cn=grace,,,,,,"1 Main St\nSpringfield"',
    ]
    cards, problems, _ = read_csv("a.csv", "\n".join((header, *rows, "")).encode())
    sofia, grace = cards
    assert (sofia.emails, sofia.tags, sofia.phones) == (
        ("sofia@m.it", "sofia2@m.it"),
        ("work", "runner"),
        ("+39 1",),
    )
    assert sofia.related == (Related("child", "Kim"), Related("child", "Lee"))
    assert grace.emails == ()
    assert grace.addresses == (Address(street="1 Main St, Springfield"),)
    assert problems == []
    cards, problems, _ = read_csv(
        "a.csv", b"Name,Email,Company,Phone\nCarol Diaz,carol@x.com,Acme, Inc,555-1\nBo,,,\n"
    )
    assert [c.name for c in cards] == ["Bo"]
    assert [(p.line, p.message) for p in problems] == [
        (2, "skipped: 5 cells under a header of 4 (a comma outside quotes?)")
    ]


def test_a_line_not_utf8_in_a_utf8_file_is_read_and_said() -> None:
    data = "Name,Notes\nJosé Ütf,ok\n".encode() + b"Bo,it\x92s fine\n"
    cards, _, notices = read_csv("a.csv", data)
    assert [(c.name, c.note) for c in cards] == [("José Ütf", "ok"), ("Bo", "it’s fine")]
    assert [(p.line, p.message) for p in notices] == [
        (3, "not UTF-8: this line and the like read as Windows-1252")
    ]


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n", "vaultnet import vcard reads it"),
        (b"PK\x03\x04\x14\x00\x06\x00", "save it as CSV first"),
    ],
)
def test_a_file_of_another_kind_is_named(data: bytes, hint: str) -> None:
    with pytest.raises(ContactsError, match=hint):
        read_csv("a.csv", data)


def test_an_existing_person_is_found_by_an_email_only_they_have(tmp_path: Path) -> None:
    """`Maya` at Maya Lindqvist's address is her: what the row adds is listed, no note made."""
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / "People/Maya Lindqvist.md").write_text(
        "---\ntags: [person]\nemails: [maya@example.se]\nbirthday: 1990-04-12\n---\n"
    )
    (tmp_path / "a.csv").write_text("Name,Email,Tags,Birthday\nMaya,maya@example.se,vip,--04-12\n")
    result = CliRunner().invoke(main, ["import", "csv", str(tmp_path / "a.csv"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "exists  People/Maya Lindqvist.md: would merge +tag vip"
    assert sorted(p.name for p in (root / "People").iterdir()) == ["Maya Lindqvist.md"]


def test_a_people_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "People").write_text("not a folder\n")
    (tmp_path / "a.csv").write_text("Name\nAnn\nBo\n")
    result = CliRunner().invoke(main, ["import", "csv", str(tmp_path / "a.csv"), "-v", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (2, "Error: People is not a folder: nothing imported\n")


def test_a_name_filed_last_first_or_with_its_address_is_the_person(tmp_path: Path) -> None:
    """`Costa, Ana` and `Ana Costa <ana@costa.pt>` are Ana Costa, and `Zoe Muller` typed without
    accents is Zoë Müller: what the rows add is listed against her note, no second note made. A
    row with a nickname alone is named by it."""
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / "People/Ana Costa.md").write_text("---\ntags: [person]\n---\n")
    (root / "People/Zoë Müller.md").write_text("---\ntags: [person]\n---\n")
    (tmp_path / "a.csv").write_text(
        'Name,Nickname,Email\n"Costa, Ana",,\nAna Costa <ana@costa.pt>,,\nZoe Muller,,zoe@x.de\n'
        '"Bloggs, Jr.",,\n,Nico,nico@x.com\n'
    )
    result = CliRunner().invoke(main, ["import", "csv", str(tmp_path / "a.csv"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "created People/Bloggs, Jr.md",
        "created People/Nico.md",
        "exists  People/Zoë Müller.md: would merge +email zoe@x.de",
        "exists  People/Ana Costa.md: nothing new",
        "exists  People/Ana Costa.md: nothing new",
        "2 created, 1 to merge by hand, 2 already known, 0 skipped",
    ]


def test_where_they_live_and_what_they_are_into_are_read_by_the_notes_made(tmp_path: Path) -> None:
    """A `Location` and a `Hobby` column become `location:` and `interests:`: the person is known
    personally, and the city is one introductions can name."""
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (tmp_path / "a.csv").write_text('Name,Location,Hobby\nAna Souza,Lisbon,"climbing; jazz"\n')
    result = CliRunner().invoke(main, ["import", "csv", str(tmp_path / "a.csv"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    (ana,) = load_vault(root, Config()).people
    assert (ana.note.location, ana.note.interests) == ("Lisbon", ("climbing", "jazz"))


@pytest.mark.parametrize(
    "header",
    [
        "Vorname;Nachname;E-Mail-Adresse;Mobiltelefon;Firma;Geburtstag;Notizen",
        "Prénom;Nom;Adresse e-mail;Téléphone mobile;Société;Date de naissance;Notes",
        "Nombre;Apellidos;Correo electrónico;Teléfono móvil;Empresa;Fecha de nacimiento;Notas",
    ],
)
def test_a_sheet_headed_in_german_french_or_spanish(header: str) -> None:
    """Outlook and Excel in much of Europe head their columns in the user's language (and part
    them with `;`): the same fields, read as their English names are."""
    data = f"{header}\nJürgen;Weiß;juergen@example.de;0171 1234567;Müller & Söhne GmbH;14.03.1985;Segler\n"
    (card,), problems, _ = read_csv("de.csv", data.encode())
    assert problems == []
    assert (card.name, card.emails, card.phones, card.org) == (
        "Jürgen Weiß",
        ("juergen@example.de",),
        ("0171 1234567",),
        "Müller & Söhne GmbH",
    )
    assert (card.birthday, card.note) == ("1985-03-14", "Segler")


def test_a_family_mailbox_is_no_one_person(tmp_path: Path) -> None:
    """Jim and Zoë share the family's address: Zoë is no second Jim (a note of her own is made and
    the shared address is said), while `Maya` at Maya Lindqvist's address is still her."""
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / "People/Maya Lindqvist.md").write_text("---\ntags: [person]\nemails: [maya@example.se]\n---\n")
    (tmp_path / "a.csv").write_text(
        "First Name,Last Name,E-mail 1 - Value,Notes\n"
        "Jim,Jones,family.jones@gmail.com,Husband\n"
        'Zoë,Jones,family.jones@gmail.com,"Wife; birthday in May"\n'
        "Maya,,maya@example.se,\n"
    )
    result = CliRunner().invoke(main, ["import", "csv", str(tmp_path / "a.csv"), "-v", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "created People/Jim Jones.md",
        "created People/Zoë Jones.md",
        "exists  People/Maya Lindqvist.md: nothing new",
        "2 created, 0 to merge by hand, 1 already known, 0 skipped, 1 warning",
    ]
    assert (
        f"{tmp_path / 'a.csv'}:3: Zoë Jones: same e-mail as People/Jim Jones.md (family.jones@gmail.com):"
        " made a note of their own; merge them by hand if they are one person"
    ) in result.stderr
    assert "Wife; birthday in May" in (root / "People/Zoë Jones.md").read_text()
