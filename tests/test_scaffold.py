"""`vaultnet new` and `vaultnet init`: new files only, never over what exists."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.commands.scaffold import (
    _names_a_person,
    check_name,
    config_text,
    field_docs,
    named_as_neighbours,
)
from vaultnet.config import Config, config_from_dict, load_config
from vaultnet.errors import ScaffoldError
from vaultnet.vault.load import load_vault


def test_init_writes_every_default_and_loads_back_as_config(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "wrote vaultnet.toml" in result.output
    assert "wrote .vaultnet/templates/person.md" in result.output
    text = (tmp_path / "vaultnet.toml").read_text(encoding="utf-8")
    assert load_config(tmp_path) == Config()
    assert config_from_dict(tomllib.loads(text)) == Config()
    for name in Config.__dataclass_fields__:
        assert f"{name} = " in text or f"[{name}]" in text, name


def test_init_explains_every_setting() -> None:
    docs = field_docs()
    assert set(docs) == set(Config.__dataclass_fields__)
    text = config_text()
    for doc in docs.values():
        assert doc.split()[0] in text


def test_init_touches_nothing_that_exists(tmp_path: Path) -> None:
    (tmp_path / "vaultnet.toml").write_text("active_days = 30\n")
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0
    assert "kept  vaultnet.toml" in result.output
    assert (tmp_path / "vaultnet.toml").read_text() == "active_days = 30\n"
    again = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert "kept  .vaultnet/templates/person.md" in again.output


def test_new_person_from_the_template_is_a_person(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Contacts/Old.md": "#person\n"})
    result = CliRunner().invoke(main, ["new", "Rosa Klein", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    assert result.output == "created Contacts/Rosa Klein.md\n"
    text = (root / "Contacts/Rosa Klein.md").read_text()
    assert "# Rosa Klein" in text
    people = {p.note.name: p for p in load_vault(root, Config()).people}
    assert people["Rosa Klein"].contacts == ()


def test_the_users_template_wins(make_vault) -> None:  # type: ignore[no-untyped-def]
    template = "---\ntags: [person, friend]\ncreated: {{ date }}\n---\nAbout {{ title }}\n"
    root = make_vault({".vaultnet/templates/person.md": template})
    result = CliRunner().invoke(main, ["new", "Bo", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    text = (root / "People/Bo.md").read_text()
    assert text == f"---\ntags: [person, friend]\ncreated: {dt.date.today()}\n---\nAbout Bo\n"


OWN_TEMPLATE = (
    "---\ntags: [person]\ncreated: {{date:DD.MM.YYYY}}\n---\n# <% tp.file.title %>\n"
    '<%* const org = await tp.system.prompt("Company") %>\nAdded {{date}}, <% tp.date.now("dddd") %>, '
    "as {{ Title }}<% tp.file.cursor() %>\n"
)


def test_the_vaults_own_person_template_is_filled_as_obsidian_would(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Templates/Person.md`, written for Obsidian's Templates or Templater plugin: filled as they
    would fill it, the Templater code vaultnet does not run left out; `.vaultnet`'s wins."""
    root = make_vault({"99 Templates/Person Template.md": OWN_TEMPLATE, "Templates/Meeting.md": "x\n"})
    args = ["new", "Bo", "--today", "2026-12-04", "--vault", str(root)]
    result = CliRunner().invoke(main, args)
    assert result.output == "created People/Bo.md from 99 Templates/Person Template.md\n"
    assert (root / "People/Bo.md").read_text() == (
        "---\ntags: [person]\ncreated: 04.12.2026\n---\n# Bo\n\nAdded 2026-12-04, Friday, as Bo\n"
    )
    init = CliRunner().invoke(main, ["init", str(root)])  # theirs is the person template
    assert init.output == "wrote vaultnet.toml\nkept  99 Templates/Person Template.md\n"
    (root / ".vaultnet/templates").mkdir(parents=True)
    (root / ".vaultnet/templates/person.md").write_text("---\ntags: [person]\n---\nmine\n")
    assert CliRunner().invoke(main, ["new", "Cy", *args[2:]]).output == "created People/Cy.md\n"


def test_a_log_line_the_template_leaves_to_fill_is_no_contact_on_the_day_made(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`- {{date}} -> ` under `## Log`, as Obsidian's Templates plugin fills it too: the new note
    holds `- 2026-12-08 -> `, a line ready to fill, and no contact today."""
    template = "---\ntags:\n  - people\ncreated: {{date}}\n---\n# {{title}}\n## Log\n- {{date}} -> \n\n## Open tasks\n"
    root = make_vault({"Templates/Person.md": template})
    today = ["--today", "2026-12-08", "--vault", str(root)]
    assert CliRunner().invoke(main, ["new", "Zoe Park", *today]).exit_code == 0
    assert "- 2026-12-08 -> \n" in (root / "People/Zoe Park.md").read_text()
    story = json.loads(CliRunner().invoke(main, ["show", "zoe", "--json", *today]).output)
    assert (story["timeline"], story["last_contact"], story["reciprocity"]) == (
        [], None, "unknown"
    )  # fmt: skip


_UBER = "---\ntags: [person]\ncreated: {{date}}\n---\n# {{title}}\n## \u00dcber\n- \n## Log\n"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (_UBER.encode("cp1252"), "Windows-1252"),
        (_UBER.replace("\n", "\r\n").encode("utf-16"), "UTF-16"),
        ("\ufeff".encode("utf-32-be") + _UBER.encode("utf-32-be"), "UTF-32"),
        (b"\xef\xbb\xbf" + _UBER.encode(), None),
    ],
)
def test_the_vaults_person_template_is_decoded_as_notes_are(
    make_vault, data: bytes, said: str | None
) -> None:  # type: ignore[no-untyped-def]
    """A template saved on Windows (Windows-1252, or Notepad's "Unicode", UTF-16) is read as a note
    would be, and the note made from it is UTF-8, which `new` says."""
    root = make_vault({"Templates/Person.md": data})
    result = CliRunner().invoke(main, ["new", "Test", "--today", "2026-12-04", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    lines = ["created People/Test.md from Templates/Person.md"]
    if said:
        lines.append(f"note: Templates/Person.md is {said}: People/Test.md is written in UTF-8")
    assert result.output.splitlines() == lines
    assert (root / "People/Test.md").read_bytes() == _UBER.replace("{{date}}", "2026-12-04").replace(
        "{{title}}", "Test"
    ).encode("utf-8")


def test_a_person_template_not_valid_utf16_is_refused(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Templates/Person.md": _UBER.encode("utf-16") + b"x"})
    result = CliRunner().invoke(main, ["new", "Test", "--vault", str(root)])
    assert result.exit_code == 2 and len(result.output.splitlines()) == 1, result.output
    assert "Templates/Person.md: not valid UTF-16" in result.output
    assert not (root / "People/Test.md").exists()


def test_a_value_its_template_left_a_placeholder_is_left_empty(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A template's value that is only a placeholder (`YYYY-MM-DD`, `{{company}}`, `<email>`) is one to fill
    in, as in Obsidian by hand: `new` leaves it empty, so the note is a person from the start."""
    template = (
        '---\ntags: [person]\nbirthday: YYYY-MM-DD\ncompany: "{{company}}"\nphones:\n  - "{{phone}}"\n'
        'email: "<email>"\nphone: "+XX XXX XXX XXXX"\n---\n'
    )
    root = make_vault({"Templates/Contact.md": template})
    result = CliRunner().invoke(main, ["new", "Bo", "--vault", str(root)])
    assert result.output == "created People/Bo.md from Templates/Contact.md\n"
    assert (root / "People/Bo.md").read_text() == (
        "---\ntags: [person]\nbirthday:\ncompany:\nphones:\nemail:\nphone:\n---\n"
    )


def test_a_note_its_template_left_a_placeholder_in_is_said_not_a_person_yet(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Templates/Contact.md": '---\ntags: [person]\nrole: "{{role}} at Acme"\n---\n'})
    result = CliRunner().invoke(main, ["new", "Bo", "--vault", str(root)])
    assert result.exit_code == 0 and "People/Bo.md is not read as a person yet" in result.output


@pytest.mark.parametrize(
    ("stem", "names"),
    [("Person", True), ("Contact Template", True), ("tpl-people", True), ("👤 Person", True),
     ("Template, Contacts", True), ("Meeting", False), ("Person Meeting", False), ("Personal", False)],
)  # fmt: skip
def test_which_template_is_for_a_person(stem: str, names: bool) -> None:
    assert _names_a_person(stem) is names


def test_a_broken_user_template_is_one_line(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({".vaultnet/templates/person.md": "created: {{date:YYYY-MM-DD}}\n"})
    result = CliRunner().invoke(main, ["new", "Bo", "--vault", str(root)])
    assert result.exit_code == 2
    assert ".vaultnet/templates/person.md" in result.output
    assert not (root / "People/Bo.md").exists()


def test_new_says_who_has_the_name_with_its_accents(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet new "zoe angstrom"` beside Zoë Ångström: a link to one is none to the other, so
    the note is made, and the one line after says who has that name with its accents."""
    root = make_vault({"People/Zoë Ångström.md": "---\ntags: [person]\n---\n"})
    result = CliRunner().invoke(main, ["new", "zoe angstrom", "--vault", str(root)])
    assert result.exit_code == 0 and (root / "People/zoe angstrom.md").is_file()
    assert "note: People/Zoë Ångström.md has that name with its accents: the same person?" in result.output
    result = CliRunner().invoke(main, ["new", "Zoe", "--vault", str(root)])  # `log zoe` finds zoe angstrom
    assert result.exit_code == 2 and "'Zoe' finds People/zoe angstrom.md" in result.output
    result = CliRunner().invoke(
        main, ["new", "Zoe", "--force", "--vault", str(root)]
    )  # a first name is no name
    assert result.exit_code == 0 and "note:" not in result.output


def test_a_name_typed_with_a_curly_apostrophe_is_the_name_with_a_straight_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A phone or a Mac types `O’Neill` where the note is `O'Neill.md`: the same name, so `new`
    makes no second note of it, and a link written either way is his."""
    root = make_vault(
        {
            "People/Tom O'Neill.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- Lunch with [[Tom O’Neill]]\n",
        }
    )
    result = CliRunner().invoke(main, ["new", "Tom O’Neill", "--vault", str(root)])
    assert result.exit_code == 2 and "already" in result.output
    assert not (root / "People/Tom O’Neill.md").exists()
    vault = load_vault(root, Config(), use_cache=False)
    assert [p.file for p in vault.people] == ["People/Tom O'Neill.md"] and vault.people[0].contacts


def test_new_makes_no_second_note_of_a_name_a_slug_spells(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`tom-o-neill.md` answers to `Tom O'Neill`, with its heading or without: `new` refuses it,
    where it made `tom-o'neill.md` beside it, and so `[[Tom O'Neill]]` meant neither."""
    root = make_vault(
        {
            "People/tom-o-neill.md": "---\ntags: [person]\n---\n",
            "People/siobhan-obrien.md": "---\ntags: [person]\n---\n# Siobhán O'Brien\n",
            "People/ana-lima.md": "---\ntags: [person]\n---\n",
        }
    )
    for name, file in (("Tom O'Neill", "tom-o-neill"), ("Siobhán O'Brien", "siobhan-obrien")):
        result = CliRunner().invoke(main, ["new", name, "--vault", str(root)])
        assert result.exit_code == 2 and f"People/{file}.md already answers to" in result.output
    assert len(list((root / "People").iterdir())) == 3


def test_a_name_typed_with_a_unicode_space_is_the_name_with_a_plain_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A no-break, narrow or figure space, or a zero-width one (a phone's keyboard, a paste from a
    web page) in a link is the space it looks like, or nothing: the link is his, and `new` makes
    no second note of the name."""
    root = make_vault(
        {
            "People/Ben Cohen.md": "---\ntags: [person]\n---\n",
            "People/Ana Ruiz.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- Coffee with [[Ben\u00a0Cohen]]\n- Lunch with [[Ana Ruiz\u200b]]\n",
            "Daily/2026-11-21.md": "- Tea with [[Ben\u202fCohen]]\n- Tea with [[\ufeffAna\u2007Ruiz \u200d]]\n",
        }
    )
    result = CliRunner().invoke(main, ["new", "Ben\u00a0Cohen", "--vault", str(root)])
    assert result.exit_code == 2 and "already" in result.output
    vault = load_vault(root, Config(), use_cache=False)
    assert [(p.file, len(p.contacts)) for p in vault.people] == [
        ("People/Ana Ruiz.md", 2),
        ("People/Ben Cohen.md", 2),
    ]
    assert vault.unnoted == ()


@pytest.mark.parametrize("given", ["Rosa Klein.md", "Rosa Klein.MD", " Rosa Klein.md "])
def test_a_name_given_as_its_file_name_makes_the_note_of_that_name(make_vault, given: str) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet new "Rosa Klein.md"` (a file name, as the shell completes one) makes `Rosa
    Klein.md`, not `Rosa Klein.md.md`, and finds the note of that name as `new "Rosa Klein"` does."""
    root = make_vault({"Contacts/Old.md": "#person\n"})
    result = CliRunner().invoke(main, ["new", given, "--vault", str(root)])
    assert (result.exit_code, result.output) == (0, "created Contacts/Rosa Klein.md\n")
    assert "# Rosa Klein\n" in (root / "Contacts/Rosa Klein.md").read_text()
    again = CliRunner().invoke(main, ["new", given, "--vault", str(root)])
    assert again.exit_code == 2 and "Contacts/Rosa Klein.md already answers to 'Rosa Klein'" in again.output
    assert sorted(p.name for p in (root / "Contacts").iterdir()) == ["Old.md", "Rosa Klein.md"]


def test_new_never_over_an_existing_note(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Archive/rosa klein.md": "mine\n"})
    result = CliRunner().invoke(main, ["new", "Rosa Klein", "--vault", str(root)])
    assert result.exit_code == 2
    assert "Archive/rosa klein.md already exists" in result.output
    assert (root / "Archive/rosa klein.md").read_text() == "mine\n"
    assert not (root / "People").exists()


@pytest.mark.parametrize(
    "name",
    [
        "a/b",
        "../x",
        "x\\y",
        "[[x]]",
        "a|b",
        "a#b",
        "a^b",
        ".hidden",
        "  ",
        "x:y",
        "CON",
        "aux",
        "Com1",
        "NUL.txt",
    ],
)
def test_names_that_break_links_or_paths(name: str) -> None:
    with pytest.raises(ScaffoldError):
        check_name(name)


def test_names_that_are_fine() -> None:
    for name in (
        "Liam O’Reilly",
        "伟 李",
        "Dr. Ana Núñez",
        "Snip & Sip AB (Stockholm)",
        "Con Murphy",
        "Connor",
    ):
        assert check_name(name) == name


def test_an_imported_name_windows_keeps_for_a_device_is_filed_beside_it() -> None:
    """A card named `CON` or `Nul` would make a note a vault synced to Windows cannot open: filed
    as `CON (contact)`, the name kept in the note."""
    from vaultnet.commands.vcard import file_stem

    assert [file_stem(name) for name in ("CON", "Nul", "com1", "Ana")] == [
        "CON (contact)", "Nul (contact)", "com1 (contact)", "Ana"
    ]  # fmt: skip


def test_new_goes_to_the_people_folder_holding_most_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Contacts/Acme.md": "", "People/A.md": "", "People/B.md": ""})
    result = CliRunner().invoke(main, ["new", "Zoe Park", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    assert (root / "People/Zoe Park.md").is_file()


def test_new_finds_a_people_folder_one_folder_down(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A vault filed by PARA keeps its people in `2 Areas/People`; a template folder's `People`
    (`Templates/People`, templates for people) is no place for one."""
    root = make_vault(
        {"2 Areas/People/A.md": "", "Templates/People/Friend.md": "", "Templates/People/Colleague.md": ""}
    )
    assert CliRunner().invoke(main, ["new", "Zoe Park", "--vault", str(root)]).exit_code == 0
    assert (root / "2 Areas/People/Zoe Park.md").is_file() and not (root / "People").exists()


def test_new_in_a_logseq_graph_goes_to_its_pages(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Logseq shows the pages of `pages/` only: a person made in `People/` would be in no graph.
    A people folder the owner made still wins."""
    root = make_vault({"logseq/config.edn": "{}\n", "pages/bo-lee.md": "type:: person\n\n- Neighbour\n"})
    assert CliRunner().invoke(main, ["new", "Zoe Park", "--vault", str(root)]).exit_code == 0
    assert (root / "pages/Zoe Park.md").is_file() and not (root / "People").exists()
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", "2026-11-21", str(root)])
    assert [p["file"] for p in json.loads(result.output)["people"]] == [
        "pages/Zoe Park.md",
        "pages/bo-lee.md",
    ]
    (root / "People").mkdir()
    assert CliRunner().invoke(main, ["new", "Al Ito", "--vault", str(root)]).exit_code == 0
    assert (root / "People/Al Ito.md").is_file()


def test_a_person_made_in_a_logseq_graph_is_a_logseq_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In a Logseq graph's `pages/`, the person's page is written as Logseq writes one: its
    properties first (`tags:: person`), then bullets, no YAML and no title heading (the file's
    name is the page's). `vaultnet log` then gives it a log as Logseq would, and `init` keeps this
    template for the graph."""
    root = make_vault(
        {"logseq/config.edn": '{:journal/page-title-format "MMM do, yyyy"}\n', "pages/x.md": "- x\n"}
    )
    args = ["--today", "2026-11-21", "--vault", str(root)]
    assert CliRunner().invoke(main, ["new", "Zoe Park", *args]).exit_code == 0
    text = (root / "pages/Zoe Park.md").read_text()
    assert text.startswith("tags:: person\n") and "---" not in text and "# Zoe Park" not in text
    assert CliRunner().invoke(main, ["log", "zoe", "coffee", "--mutual", *args]).exit_code == 0
    assert (root / "pages/Zoe Park.md").read_text() == text + "- ## Log\n\t- [[Nov 21st, 2026]] <-> coffee\n"
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", "2026-11-21", str(root)])
    zoe = json.loads(result.output)["people"][0]
    assert (zoe["file"], zoe["last_contact"], zoe["mutual"]) == ("pages/Zoe Park.md", "2026-11-21", 1)
    assert CliRunner().invoke(main, ["init", str(root)]).exit_code == 0
    assert (root / ".vaultnet/templates/person.md").read_text().startswith("tags:: person\n")


def test_new_finds_a_people_folder_filed_under_a_number(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`03 People`, `👥 Contacts`: a vault filed by PARA or Johnny.Decimal numbers its folders."""
    root = make_vault({"03 People/A.md": "", "99 Templates/Person.md": "---\ntags: [person]\n---\n"})
    assert CliRunner().invoke(main, ["new", "Zoe Park", "--vault", str(root)]).exit_code == 0
    assert (root / "03 People/Zoe Park.md").is_file()
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", "2026-11-21", str(root)])
    assert [p["file"] for p in json.loads(result.output)["people"]] == [
        "03 People/A.md",
        "03 People/Zoe Park.md",
    ]
    refused = CliRunner().invoke(main, ["new", "Ann", "--folder", "99 Templates", "--vault", str(root)])
    assert refused.exit_code == 2 and "template folder" in refused.output


@pytest.mark.parametrize(
    ("names", "name", "file"),
    [
        (["ben-cohen", "ana-lima", "sam-park"], "María González", "maria-gonzalez"),
        (["ben_cohen", "ana_lima", "sam-park"], "María González", "maria_gonzalez"),
        (["@Ben Cohen", "@Ana Lima", "@Sam"], "María González", "@María González"),
        (["ben-cohen", "ana-lima", "sam-park"], "Søren Ødegård", "soren-odegard"),  # ø kept as o
        (["ben-cohen", "ana-lima", "sam-park"], "Łukasz Straße", "lukasz-strasse"),
        (["ben-cohen", "ana-lima", "sam-park"], "Zoë", "zoe"),  # a slug of one word
        (["ben-cohen", "ana-lima", "sam-park"], "Tom O'Neill", "tom-oneill"),  # no `'` in a slug
        (["ben-cohen", "ana-lima", "sam-park"], "Dr. Ann Lee", "dr-ann-lee"),  # nor a `.`
        (["ben-cohen", "ana-lima", "sam-park"], "伟 李", "伟 李"),  # no slug to make: as given
        (["ben-cohen", "Ana Lima", "Sam Park"], "María González", "María González"),
        (["ben-cohen", "ana-lima"], "María González", "María González"),  # too few to follow
    ],
)
def test_a_new_note_is_named_as_the_others_of_its_folder(make_vault, names, name, file) -> None:  # type: ignore[no-untyped-def]
    """In a folder of slugs (`ben-cohen.md`) or of `@` names, a new person's note is named so too;
    its heading keeps the name as given, which names a slug's note and finds her by it."""
    root = make_vault({f"People/{stem}.md": "---\ntags: [person]\n---\n" for stem in names})
    result = CliRunner().invoke(main, ["new", name, "--vault", str(root)])
    assert result.output == f"created People/{file}.md\n"
    people = {p.note.file: p.note for p in load_vault(root, Config(), use_cache=False).people}
    assert people[f"People/{file}.md"].name == name
    again = CliRunner().invoke(main, ["new", name.upper(), "--vault", str(root)])
    assert again.exit_code == 2 and "already" in again.output


def test_a_name_given_with_its_at_gets_no_second() -> None:
    stems = ["@Ben", "@Ana", "@Sam"]
    assert named_as_neighbours("@Zoe", stems) == "@Zoe"
    assert named_as_neighbours("Zoe", stems) == "@Zoe"
