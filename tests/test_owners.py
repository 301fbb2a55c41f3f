"""Contract version 2 (VAULT.md 1.5, 6.1-6.5), pinned with notes as owners write them: a Logseq
graph, slug-named people, the Contacts plugin's tables, daily notes in plain English."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.config import Config, config_from_dict, load_config
from vaultnet.model import INTRO_TAG, Mention
from vaultnet.read.note import parse_note
from vaultnet.vault.load import load_vault


def report(root: Path, *extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(
        main, ["report", "--json", "--no-cache", "--today", "2026-11-21", *extra, str(root)]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def people(root: Path) -> dict[str, dict[str, Any]]:
    return {p["file"]: p for p in report(root)["people"]}


def names(got: dict[str, dict[str, Any]], folder: str, *stems: str) -> list[str]:
    """The names `people` gives the notes of these file names in `folder`, in their order."""
    return [got[f"{folder}/{stem}.md"]["name"] for stem in stems]


def directions(p: dict[str, Any]) -> tuple[int, int, int, int, int]:
    return (p["inbound"], p["outbound"], p["mutual"], p["unknown"], p["inferred"])


def daily_entries(line: str) -> tuple[Mention, ...]:
    """The entries a daily note of this one item holds."""
    return parse_note("Daily/2026-11-20.md", f"- {line}\n".encode(), Config()).entries


def daily_way(line: str) -> str | None:
    """The direction of a daily note's one item, None when it is no contact (an aside)."""
    (m,) = daily_entries(line)
    return None if m.aside else m.direction


def daily_entries_of(lines: tuple[str, ...]) -> tuple[Mention, ...]:
    """The entries of one daily note whose items are these lines."""
    text = "".join(f"- {line}\n" for line in lines)
    return parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries


def daily_said(lines: tuple[str, ...]) -> dict[str, tuple[str, bool]]:
    """Each line an item of one daily note: the direction read for the first person it links,
    and whether it is no contact (an aside)."""
    return {m.targets[0]: (m.direction, m.aside) for m in daily_entries_of(lines)}


def daily_directions(lines: tuple[str, ...]) -> dict[str, str]:
    """Each line an item of one daily note: the direction read for the first person it links."""
    return {m.targets[0]: m.direction for m in daily_entries_of(lines)}


# --- 6.1 not people ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("People/README.md", "# People\nOne note each. See [[Ana]].\n"),
        ("People/Index.md", "- [[Ana]]\n"),
        ("Contacts/_index.md", ""),
        ("People/Untitled.md", ""),  # a note Obsidian made and nobody named yet
        ("People/Untitled 2.md", "Met at the conference.\n"),
        ("People/_person.md", "---\ntags: [person]\n---\n"),
        ("People/Template.md", "---\ntags: [person, template]\nname:\n---\n"),
        ("Notes/Card.md", "---\ntags: [template/person]\n---\n"),
        ("Notes/Blank.md", "---\ntags: [person]\nbirthday: DD.MM.YYYY\n---\n"),
        ("People/New.md", "---\ncreated: YYYY-MM-DD\n---\n"),
        ("People/T.md", "---\ntitle: '{{title}}'\n---\n"),
        ("pages/Person template.md", "template:: person\ntags:: person\n\n- ## Log\n"),
        ("People/People.md", "# People\n- [[Ana]]\n- [[Bo]]\n"),  # the Folder notes plugin's
        ("03 People/03 People.md", "- [[Ana]]\n"),
        ("Work/Contacts/Contacts.md", "- [[Ana]]\n"),
        ("People/People MOC.md", "- [[Ana]]\n"),
        ("People/MOC - Contacts.md", "- [[Ana]]\n"),
        ("People/Contacts Index.md", "- [[Ana]]\n"),
        ("People/Family.md", "---\ntags: [MOC]\n---\n- [[Ana]]\n"),
        ("Notes/People Dashboard.md", "---\ntags: [person]\n---\n"),
        ("People/Acme.md", "---\ntype: company\n---\n# Acme\n"),
        ("People/Globex.md", "---\ncategories: ['[[Organizations]]']\n---\n"),
        ("Contacts/Initech.md", "---\ntags: [company]\n---\n"),
        ("People/Outreach.md", "---\nkanban-plugin: basic\n---\n## To do\n- [ ] Coffee with [[Fay]]\n"),
        ("People/Tree.excalidraw.md", "---\nexcalidraw-plugin: parsed\n---\n# Text Elements\nAna ^a1\n"),
        ("People/Sketch.md", "---\nexcalidraw-plugin: raw\n---\n"),
        ("People/Birthdays.md", '# Birthdays\n\n```dataview\nTABLE birthday FROM "People"\n```\n'),
        ("People/Open.md", "```tasks\nnot done\n```\n\n```dataviewjs\ndv.list([])\n```\n"),
    ],
)
def test_readmes_indexes_and_templates_are_not_people(file: str, text: str) -> None:
    assert parse_note(file, text.encode(), Config()).kind == "other"


def test_a_board_keeps_its_cards_a_drawing_holds_nothing() -> None:
    """A Kanban board is nobody, but its cards are the owner's: a done one with its day tells of a
    contact, an open one is a follow-up. An Excalidraw drawing's text elements are a sketch: no
    contact, no link, whatever they say; nor is a note of queries alone somebody (`People/
    Birthdays.md`, a Dataview table), though a person's note with a query under their words is."""
    board = (
        "---\nkanban-plugin: basic\n---\n## Done\n- [x] Called [[Hal]] ✅ 2026-11-14\n"
        "## To do\n- [ ] Coffee with [[Fay]]\n"
    )
    read = parse_note("Boards/Outreach.md", board.encode(), Config())
    assert [(e.date.isoformat(), e.targets) for e in read.entries] == [("2026-11-14", ("Hal",))]
    assert [f.targets for f in read.follow_ups] == [("Fay",)]
    drawing = "---\nexcalidraw-plugin: parsed\n---\n# Text Elements\n2026-11-22 Lunch with [[Kai]] ^t1\n"
    sketch = parse_note("Daily/2026-11-22 whiteboard.excalidraw.md", drawing.encode(), Config())
    assert (sketch.kind, sketch.entries, sketch.links) == ("other", (), ())
    ana = "---\ntags: [person]\n---\nMet at the conference.\n```dataview\nLIST FROM [[Ana]]\n```\n"
    assert parse_note("People/Ana.md", ana.encode(), Config()).kind == "person"
    own = b"## Meetings\n```dataview\nLIST FROM [[]]\n```\n"  # a person template's query of their own
    assert parse_note("People/Bo.md", own, Config()).kind == "person"
    card = (
        b'---\norg: Initech\n---\n```dataview\nLIST FROM "Meetings" WHERE contains(attendees, "Dev")\n```\n'
    )
    assert parse_note("People/Dev.md", card, Config()).kind == "person"  # front matter: his card


def test_a_note_its_template_never_filled_in_is_read_for_its_entries() -> None:
    """A placeholder left in the front matter (`created: <% tp.file.creation_date() %>`, a note
    copied rather than made by Templater) says template; dated entries of its own say it is
    somebody's note all the same: read, with a problem at the placeholder's line. Without them,
    a template (spec 6.1); so too one said to be a template, whatever it holds."""
    text = (
        '---\ntags: [person]\ncreated: <% tp.file.creation_date("YYYY-MM-DD") %>\nlast_contact: YYYY-MM-DD\n---\n'
        "## Log\n- 2026-11-03 <- she called\n"
    )
    ana = parse_note("People/Ana.md", text.encode(), Config())
    assert (ana.kind, [e.date for e in ana.entries]) == ("person", [dt.date(2026, 11, 3)])
    assert [(p.line, p.message.split(":")[0]) for p in ana.problems] == [
        (3, "a front-matter value is still a template's placeholder")
    ]
    tagged = text.replace("tags: [person]", "tags: [person, template]")
    assert parse_note("People/Ana.md", tagged.encode(), Config()).kind == "other"
    blank = text.replace("- 2026-11-03", "- {{date}}")
    assert parse_note("People/Ana.md", blank.encode(), Config()).kind == "other"


_HALF_FILLED = '---\ntags: [person]\ncompany: "{{company}}"\n---\n## About\n- two kids\n'


def test_a_person_note_its_template_left_half_filled_is_a_template_that_says_so() -> None:
    """A note in a people folder with words of its own (`- two kids`) and a value its template
    left unfilled (`company: "{{company}}"`) is a template (spec 1.1, 6.1), but not one gone
    without a word: a problem, at the placeholder's line, names the placeholder."""
    tom = parse_note("People/Tom Reed.md", _HALF_FILLED.encode(), Config())
    assert (tom.kind, [p.line for p in tom.problems]) == ("other", [3])
    assert tom.problems[0].message == (
        "front matter still holds a template's placeholder ({{company}}): read as a template, not a "
        "person; fill it in or delete it"
    )
    tagged = parse_note("Notes/Tom Reed.md", _HALF_FILLED.encode(), Config())  # tagged, anywhere
    assert (tagged.kind, len(tagged.problems)) == ("other", 1)
    untagged = _HALF_FILLED.replace("tags: [person]", "tags: [book]")
    assert parse_note("Notes/Tom Reed.md", untagged.encode(), Config()).problems == ()


def test_a_half_filled_persons_card_holds_no_placeholder(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A person's note its template never filled in, read for its dated entries: `show` and
    `export vcard` read the card from the note again, and its placeholder is no value there
    either (no `ORG:{{company}}`)."""
    logged = _HALF_FILLED + "## Log\n- 2026-11-02 coffee\n"
    root = make_vault({"People/Tom Reed.md": logged, "Daily/2026-11-20.md": "- coffee with [[Tom Reed]]\n"})
    shown = CliRunner().invoke(main, ["show", "Tom Reed", "-v", str(root), "--json", "--today", "2026-12-01"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["org"] is None


def test_show_names_the_placeholder_that_makes_a_note_a_template(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Tom Reed.md": _HALF_FILLED})
    shown = CliRunner().invoke(main, ["show", "Tom Reed", "-v", str(root), "--today", "2026-12-01"])
    assert shown.exit_code != 0
    assert "still holds a template's placeholder ({{company}})" in shown.output


@pytest.mark.parametrize(
    ("file", "text"),
    [
        # nothing of its own: headings, an empty item, a placeholder's line, an empty key
        ("People/Tom Reed.md", _HALF_FILLED.replace("- two kids", "- \n- Partner:\n## Log\n- {{date}}: met")),
        ("People/Person Template.md", _HALF_FILLED),  # named as a template is
        ("People/{{title}}.md", _HALF_FILLED),
        ("People/Tom Reed.md", _HALF_FILLED.replace("tags: [person]", "tags: [person, template]")),
        # templates kept among people, their prompts no words of a person's
        (
            "People/Friend.md",
            '---\ntags: [person, friend]\nbirthday: "{{birthday}}"\n---\n## About\n- How we met\n'
            "- Partner\n- Kids\n",
        ),
        (
            "People/Contact.md",
            '---\ntags: [person]\ncompany: "{{company}}"\ncadence: monthly\n---\n## About\n'
            "Fill this in after the first meeting.\n",
        ),
        (
            "People/Colleague.md",
            '---\ntags: [person, work]\nemail: "{{email}}"\n---\nTODO fill in after first 1:1\n',
        ),
        ("People/Person stub.md", '---\ntags: [person]\ndate: "{{date}}"\n---\nSee [[People MOC]].\n'),
        (
            "People/New person.md",
            '---\ntags: [person]\nemail: "{{email}}"\n---\n# {{title}}\nA short summary of who this is.\n',
        ),
        (
            "People/Sam Lee.md",
            "---\ncreated: <% tp.file.creation_date() %>\ntags: [person]\n---\n<%*\n"
            'const name = await tp.system.prompt("Full name");\nawait tp.file.rename(name);\n%>\n'
            "# <% tp.file.title %>\n## Log\n",
        ),
    ],
)
def test_a_template_is_a_template_without_a_problem(file: str, text: str) -> None:
    note = parse_note(file, text.encode(), Config())
    assert (note.kind, note.problems) == ("other", ())


def test_a_note_that_says_it_is_a_person_is_one_whatever_else_it_says() -> None:
    """`tags: [person, company]`: a founder, say. Said outright, a person; a team tag is no
    organisation (`#group` may be a person's: only a `type` says a note is a group)."""
    for front in ("tags: [person, company]", "type: person\ntags: [org]", "tags: [group, team]"):
        assert parse_note("People/Ana.md", f"---\n{front}\n---\n".encode(), Config()).kind == "person"


@pytest.mark.parametrize(
    "file", ["People/Ana Ruiz/Ana Ruiz.md", "People/Ana Ruiz.md", "Team/Team.md", "People/Mocha Lee.md"]
)
def test_a_person_in_a_folder_of_their_own_is_a_person(file: str) -> None:
    """A folder note is no one only when the folder is a people folder: a person's own folder,
    with their photos, is theirs; and a name that holds a map's word in a longer word is a name."""
    text = "---\ntags: [person]\n---\n- 2026-11-01 coffee\n"
    assert parse_note(file, text.encode(), Config()).kind == "person"


def test_an_emoji_person_tag() -> None:
    config = config_from_dict({"person_tags": ["person", "👤"]})
    note = parse_note("Notes/Jane Roe.md", "Tags:: #👤 #garden\n\nMet at the garden.\n".encode(), config)
    assert note.kind == "person" and note.tags == ("👤", "garden")


# --- 6.2 who a name means -----------------------------------------------------------------------


SLUGS = {
    "people/ben-cohen.md": "---\nname: Ben Cohen\ntags: [person]\n---\nFounder.\n",
    "people/ana-lima.md": "---\nfull_name: Ana Lima\naliases: [Ani]\ntags: [person]\n---\n",
    "people/sam.md": "---\ntags: [person]\n---\n",
    "people/samantha-lee.md": "---\naliases: [Sam]\ntags: [person]\n---\n",
    "people/chris-park.md": "---\naliases: [Chris]\ntags: [person]\n---\n",
    "people/chris-young.md": "---\naliases: [Chris]\ntags: [person]\n---\n",
    "people/zoe-muller.md": "---\nname: Zoë Müller\ntags: [person]\n---\n",
    "meetings/2026-11-10 Standup.md": "---\ndate: 2026-11-10\nattendees: [Ben Cohen, ANA LIMA, Sam, Dee]\n---\n",
    "journal/2026-11-12.md": "- <-> lunch, [Ben](../people/ben-cohen.md) and [Ani](<people/ana-lima.md>)\n"
    "- <- [[Chris]] rang\n- -> wrote to [Zoë](people/zoe-muller.md)\n",
    "journal/2026-11-13.md": "- <- "
    + unicodedata.normalize("NFD", "[[zoë müller]]")
    + " replied\n- -> [site](https://example.org/ben-cohen.md) [[Sam]]\n",
}


def test_slug_named_people_are_found_by_name_in_links_lists_and_markdown_links(make_vault) -> None:  # type: ignore[no-untyped-def]
    got = people(make_vault(SLUGS))
    assert got["people/ben-cohen.md"]["interactions"] == 2  # the meeting's plain name, a Markdown link
    assert got["people/ana-lima.md"]["interactions"] == 2  # any case; an alias in a link
    assert got["people/zoe-muller.md"]["interactions"] == 2  # NFC and NFD are one name
    assert got["people/sam.md"]["interactions"] == 2  # the stem wins over Samantha's alias
    assert got["people/samantha-lee.md"]["interactions"] == 0


def test_a_person_is_found_by_an_email_address_of_theirs(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Meeting notes made from a calendar list the attendees by address (`attendees:
    [ana@acme.com]`, `Attendees: bo@corp.io`): the person whose note holds that address (`email:`,
    `emails:`, vCard's `EMAIL[WORK]`, a table of details, `contacts: {mail: ...}`; any case,
    `mailto:` or not) is the one meant. An address
    nobody's note holds is nobody, as a plain name is; so is one two notes hold, with no problem
    (a family or a team shares one)."""
    root = make_vault(
        {
            "People/Ana Souza.md": "---\ntags: [person]\nemail: Ana.Souza@Acme.com\n---\n",
            "People/Bo.md": '---\ntags: [person]\n"EMAIL[WORK]": bo@corp.io\nemails: [bo@home.net]\n---\n',
            "People/Cy.md": "---\ntags: [person]\nmail: mailto:team@x.org\n---\n",
            "People/Di.md": "---\ntags: [person]\ne-mail: team@x.org\n---\n",
            "People/Flo.md": "---\ntags: [person]\ncontacts:\n  phone: 0123\n  Mail: flo@x.org\n---\n",
            "Meetings/2026-11-20 Sync.md": (
                "---\ndate: 2026-11-20\nattendees: [ana.souza@acme.com, BO@HOME.NET, eve@else.org, flo@x.org]\n---\n"
            ),
            "Meetings/2026-11-18 Call.md": "---\ndate: 2026-11-18\n---\nAttendees: bo@corp.io, team@x.org\n",
        }
    )
    got = report(root)
    ppl = {p["file"]: p for p in got["people"]}
    found = [ppl[f"People/{n}.md"]["interactions"] for n in ("Ana Souza", "Bo", "Cy", "Di", "Flo")]
    assert found == [1, 2, 0, 0, 1]
    assert not any("team@x.org" in p["message"] for p in got["problems"])


def test_a_slug_named_note_is_named_by_the_heading_that_spells_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`sam-park.md` over `# Sam Park` is Sam Park on the pages, and a link by that name finds
    him; accents a slug leaves out still spell it (`ø` as `o`), and a slug of one word is one too
    (`zoe.md` over `# Zoë`). A heading that spells something else is no name."""
    root = make_vault(
        {
            "people/sam-park.md": "---\ntags: [person]\n---\n# Sam Park\n\n- 2026-11-02 coffee\n",
            "people/jose-alvarez.md": "---\ntags: [person]\n---\n# José Álvarez\n",
            "people/jo_lee.md": "---\ntags: [person]\n---\n# Meeting notes\n",
            "people/kim-ito.md": "---\nname: Kim Itō\ntags: [person]\n---\n# Kim Ito\n",
            "people/zoe.md": "---\ntags: [person]\n---\n# Zoë\n",
            "people/soren.md": "---\ntags: [person]\n---\n# Søren\n",
            "people/juergen-gross.md": "---\ntags: [person]\n---\n# Jürgen Groß\n",  # as German spells ü
            "Daily/2026-11-20.md": "- lunch with [[Sam Park]] and [[José Álvarez]]\n",
        }
    )
    got = people(root)
    assert names(
        got, "people", "sam-park", "jose-alvarez", "jo_lee", "kim-ito", "zoe", "soren", "juergen-gross"
    ) == [
        "Sam Park",
        "José Álvarez",
        "jo_lee",
        "Kim Itō",
        "Zoë",
        "Søren",
        "Jürgen Groß",
    ]
    assert (
        got["people/sam-park.md"]["interactions"] == 2 and got["people/jose-alvarez.md"]["interactions"] == 1
    )


def test_a_heading_spells_a_slug_its_marks_and_a_title_aside(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A slug leaves out an apostrophe or cuts the name there (`siobhan-obrien.md`, `tom-o-neill.md`),
    and may join a hyphened name (`jiwoo-kim.md` under `# Ji-woo Kim`): the heading still spells
    it, and is the name links find, so the lines naming them are theirs and nobody is met without
    a note. A title before the name (`# Prof. Margaret Okonkwo`, `# Dr. med. Hans Weber`) is the
    name's too, the slug the rest of it; a title before someone else's name spells no slug."""
    root = make_vault(
        {
            "People/tom-o-neill.md": "---\ntags: [person]\n---\n# Tom O'Neill\n",
            "People/siobhan-obrien.md": "---\ntags: [person]\n---\n# Siobhán O’Brien\n",
            "People/jiwoo-kim.md": "---\ntags: [person]\n---\n# Ji-woo Kim\n",
            "People/margaret-okonkwo.md": "---\ntags: [person]\n---\n# Prof. Margaret Okonkwo\n",
            "People/hans-weber.md": "---\ntags: [person]\n---\n# Dr. med. Hans Weber\n",
            "People/emily-chen.md": "---\ntags: [person]\n---\n# Dr Emily Chen\n",
            "People/ann-lee.md": "---\ntags: [person]\n---\n# Prof. Bo Lee\n",
            "Daily/2026-11-20.md": (
                "- Coffee with [[Tom O'Neill]]\n- Coffee with [[Siobhán O'Brien]]\n- Coffee with [[Ji-woo Kim]]\n"
                "- Coffee with [[Prof. Margaret Okonkwo]]\n- Coffee with [[Hans Weber]]\n"
            ),
        }
    )
    got = report(root)
    ppl = {p["file"]: p for p in got["people"]}
    stems = ("tom-o-neill", "siobhan-obrien", "jiwoo-kim", "margaret-okonkwo", "hans-weber", "emily-chen")
    assert names(ppl, "People", *stems, "ann-lee") == [
        "Tom O'Neill",
        "Siobhán O’Brien",
        "Ji-woo Kim",
        "Prof. Margaret Okonkwo",
        "Dr. med. Hans Weber",
        "Dr Emily Chen",
        "ann-lee",
    ]
    assert [ppl[f"People/{stem}.md"]["interactions"] for stem in stems] == [1, 1, 1, 1, 1, 0]
    assert got["without_note"] == []


def test_a_name_finds_the_slug_that_spells_it_without_its_marks(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A slug with no name, heading or alias still answers to the name it spells (docs/reading.md):
    with its accents (`[[Hannah Müller]]`, `[[Đặng Thị Mai]]`: `hannah-muller.md`, `dang-thi-mai.md`;
    German's umlauts as German spells them without dots, `juergen-gross.md`), its hyphens
    (`[[Seo-yeon Park]]`: `seo-yeon-park.md`) and its apostrophe dropped or cutting the name
    (`obrien-siobhan.md`, `tom-o-neill.md`). Another name is nobody's, two slugs of it nobody's."""
    root = make_vault(
        {
            "People/seo-yeon-park.md": "---\ntags: [person]\n---\n",
            "People/hannah-muller.md": "---\ntags: [person]\n---\n",
            "People/dang-thi-mai.md": "---\ntags: [person]\n---\n",
            "People/obrien-siobhan.md": "---\ntags: [person]\n---\n",
            "People/tom-o-neill.md": "---\ntags: [person]\n---\n",
            "People/juergen-gross.md": "---\ntags: [person]\n---\n",
            "People/jose-garcia-lopez.md": "---\ntags: [person]\n---\n",
            "People/ana-lima.md": "---\ntags: [person]\n---\n",
            "People/ana_lima.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": (
                "- Coffee with [[Seo-yeon Park]]\n- Coffee with [[Hannah Müller]]\n- Coffee with [[Đặng Thị Mai]]\n"
                "- Coffee with [[O'Brien Siobhan]]\n- Coffee with [[Tom O’Neill]]\n- Coffee with [[Jürgen Groß]]\n"
                "- Coffee with [[José García-López]]\n- Coffee with [[Ana Líma]]\n- Coffee with [[Hannah Müllers]]\n"
            ),
        }
    )
    got = report(root)
    ppl = {p["file"]: p for p in got["people"]}
    found = [ppl[f"People/{stem}.md"]["interactions"] for stem in (
        "seo-yeon-park", "hannah-muller", "dang-thi-mai", "obrien-siobhan", "tom-o-neill", "juergen-gross",
        "jose-garcia-lopez", "ana-lima", "ana_lima",
    )]  # fmt: skip
    assert found == [1, 1, 1, 1, 1, 1, 1, 0, 0]
    assert [u["name"] for u in got["without_note"]] == ["Hannah Müllers"]


def test_a_slug_named_note_answers_to_its_words_as_a_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`bo_lindqvist.md`, with no name, heading or alias of his, is still Bo Lindqvist to the owner:
    `[[Bo Lindqvist]]` and an attendee `Bo Lindqvist` mean him (a note by that very name would
    win, as a stem beats a name). Two slugs of the same words claim them equally: nobody."""
    root = make_vault(
        {
            "people/bo_lindqvist.md": "---\ntags: [person]\n---\n- 2026-11-02 coffee\n",
            "people/ana-souza.md": "---\ntags: [person]\n---\n",
            "people/Ana Souza.md": "---\ntags: [person]\n---\n",
            "people/jo-lee.md": "---\ntags: [person]\n---\n",
            "people/jo_lee.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- lunch with [[Bo Lindqvist]] and [[Ana Souza]]\n- call with [[Jo Lee]]\n",
            "Meetings/2026-11-21 Sync.md": "---\ndate: 2026-11-21\nattendees: [Bo Lindqvist]\n---\n",
        }
    )
    got = report(root)
    ppl = {p["file"]: p for p in got["people"]}
    found = [
        ppl[f"people/{n}.md"]["interactions"] for n in ("bo_lindqvist", "ana-souza", "Ana Souza", "jo-lee")
    ]
    assert found == [3, 0, 1, 0]
    assert ppl["people/bo_lindqvist.md"]["name"] == "bo_lindqvist"  # the file's name, as Obsidian shows it
    assert any("'jo lee'" in p["message"] for p in got["problems"])
    assert not got.get("unnoted")


def test_a_person_is_found_by_their_slug(make_vault) -> None:  # type: ignore[no-untyped-def]
    """hal_md keeps each person in a folder of their `slug` (`People/sponge-bob/SpongeBob
    SquarePants.md`, `slug: sponge-bob`), and the notes of each chat or call in it list them by
    it (`people: [sandy, sponge-bob]`, the owner first): the slug names them, as an alias does."""
    root = make_vault(
        {
            "People/sponge-bob/SpongeBob SquarePants.md": "---\ntags: [person]\nslug: sponge-bob\n---\n",
            "People/sponge-bob/2026-11-20.md": (
                "---\ntags: [chat]\npeople: [sandy, sponge-bob]\ndate: 2026-11-20\nservice: signal\n---\n"
            ),
            "People/sponge-bob/2026-10-02.md": "---\ntags: [call]\npeople: [sandy, sponge-bob]\n---\n",
        }
    )
    bob = people(root)["People/sponge-bob/SpongeBob SquarePants.md"]
    assert (bob["last_contact"], directions(bob)) == ("2026-11-20", (0, 0, 1, 1, 0))  # the call: a meeting


def test_a_dated_note_in_a_persons_folder_is_about_them(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Owners who keep a folder per person (`People/Ana Costa/Ana Costa.md`, as folder notes do,
    or hal_md's folder of a slug) file their calls and chats with them there, naming them nowhere
    in it: a dated note in a folder under a people folder is about the person the folder names,
    as if it listed them. A folder that names nobody (`People/archive`) adds no one."""
    root = make_vault(
        {
            "People/Ana Costa/Ana Costa.md": "---\ntags: [person]\n---\n",
            "People/Ana Costa/2026-11-02 Call.md": "---\ntype: call\n---\nTalked about the move.\n",
            "People/Ana Costa/2026-11-20.md": "Coffee at Rosa's.\n",
            "People/sponge-bob/SpongeBob.md": "---\ntags: [person]\nslug: sponge-bob\n---\n",
            "People/sponge-bob/2026-11-18.md": "Jellyfishing with [[Patrick]].\n",
            "People/Patrick.md": "---\ntags: [person]\n---\n",
            "People/archive/2026-11-19.md": "Tidied up.\n",
        }
    )
    got = people(root)
    ana = got["People/Ana Costa/Ana Costa.md"]
    assert (ana["last_contact"], directions(ana)) == ("2026-11-20", (0, 0, 2, 0, 1))  # a call; coffee, said
    assert got["People/sponge-bob/SpongeBob.md"]["last_contact"] == "2026-11-18"
    assert got["People/Patrick.md"]["interactions"] == 1
    assert len(got) == 3


def test_a_note_in_a_persons_folder_tells_who_started_it_in_its_words(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A note filed in a person's folder names them nowhere, so its words are read as a line of
    their own log is (spec 6.5): its title, then its first line, the folder's person being the
    one meant (`Ana`, `she`). A meeting's note, or one marked with `direction:`, is as it says.
    The timeline shows the first line where the note has no title."""
    root = make_vault(
        {
            "People/Ana Costa/Ana Costa.md": "---\ntags: [person]\n---\n",
            "People/Ana Costa/2026-11-03.md": "Ana called me about the job at Globex.\n\nShe starts in May.\n",
            "People/Ana Costa/2026-11-05.md": "# 2026-11-05\n\nI emailed her the photos.\n",
            "People/Ana Costa/2026-11-07 Lunch with Ana.md": "Went well.\n",
            "People/Ana Costa/2026-11-09 Call.md": "---\ntype: call\n---\nShe called me back.\n",
            "People/Ana Costa/2026-11-11.md": "---\ndirection: outbound\n---\nShe called me.\n",
            "People/Ana Costa/2026-11-13.md": "Thinking of a present for her.\n",
            "People/Ana Costa/2026-11-15.md": "---\npeople: [ana costa, Bo]\n---\nShe texted me.\n",
            "People/Ana Costa/2026-11-17.md": "2026-11-17\nShe sent me her thesis.\n",  # its day first
        }
    )
    ana = people(root)["People/Ana Costa/Ana Costa.md"]
    assert directions(ana) == (3, 2, 2, 1, 5)
    shown = CliRunner().invoke(main, ["show", "Ana Costa", "-v", str(root), "--today", "2026-12-04"])
    assert "2026-11-03 ←? Ana called me about the job at Globex." in shown.output, shown.output
    assert "(no text)" not in shown.output
    assert "2026-11-17 ←? She sent me her thesis." in shown.output


def test_a_note_in_a_persons_folder_that_links_them_reads_the_link_as_their_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Read as a line of their own log, a filed note's words that link the folder's person (`Called
    [[Ana Costa]] about the job`) name them as their name written plain does: your call."""
    root = make_vault(
        {
            "People/Ana Costa/Ana Costa.md": "---\ntags: [person]\n---\n",
            "People/Ana Costa/2026-11-04.md": "Called [[Ana Costa]] about the job.\n",
        }
    )
    shown = CliRunner().invoke(main, ["show", "Ana Costa", "-v", str(root), "--today", "2026-12-04"])
    assert "2026-11-04 →? Called Ana Costa about the job." in shown.output, shown.output
    assert "2026-11-04 · Called" not in shown.output, shown.output


def test_a_chat_in_a_persons_folder_was_started_by_who_wrote_first(make_vault) -> None:  # type: ignore[no-untyped-def]
    """hal_md keeps each chat with someone in their folder, a line `Name at HH:MM` over each
    message (a chat exported from WhatsApp opens each line with its time and writer), and lists
    you and them (`people: [bernie, alex-barnes]`): the person wrote first, so started it, or you
    did (an email only you wrote in, too); listing no one, a chat of the person and one other is
    theirs and yours. A line that only looks so (`Lunch at 12:30`) is read for its words; others
    writing, and not you, says nothing."""
    chat = (
        "---\ntags: [chat]\npeople: [bernie, alex-barnes]\n---\n\n"
        + "{} at 11:01\n\n> Hi!\n\n{} at 23:04\n\n> Hello!\n"
    )
    root = make_vault(
        {
            "People/alex-barnes/Alex Barnes.md": "---\ntags: [person]\nslug: alex-barnes\n---\n",
            "People/alex-barnes/2026-11-01.md": chat.format("Bernie", "Alex"),
            "People/alex-barnes/2026-11-05.md": chat.format("Alex", "Bernie"),
            "People/alex-barnes/2026-11-07.md": chat.format("**Alex**", "Alex"),
            "People/alex-barnes/2026-11-09.md": "Lunch at 12:30\n\nWent well.\n",
            "People/alex-barnes/2026-11-11.md": chat.format("Carol", "Dan"),
            "People/alex-barnes/2026-11-13 - 2.md": (
                "---\ntags: [email]\npeople: [bernie, alex-barnes]\nsubject: 'FW: blogs'\n---\n\n"
                "Bernie at 01:12\n\nthought you'd be interested\n"
            ),
            "People/alex-barnes/2026-11-15.md": "Sam at 10:00\n\n> Hi!\n\nAlex at 10:05\n\n> Hey!\n",
            # WhatsApp's exports, as iPhones and as Android phones write them
            "People/alex-barnes/2026-11-17.md": "[17/11/2026, 09:14:03] Alex Barnes: Sunday?\n[17/11/2026, 09:20:11] Sam: yes!\n",
            "People/alex-barnes/2026-11-19.md": "11/19/26, 9:14 AM - Sam: hey Alex!\n11/19/26, 9:20 AM - Alex Barnes: hi\n",
            # a transcript written by hand: each message after its writer's name
            "People/alex-barnes/2026-11-03.md": "Subject: the event\n\nMe: Hi Alex, sounds great!\n\nAlex: Sign up!\n",
            "People/alex-barnes/2026-11-04.md": "Alex: Are you around?\n\nMe: Yes!\n",
        }
    )
    alex = people(root)["People/alex-barnes/Alex Barnes.md"]
    assert directions(alex) == (4, 5, 1, 1, 10)  # an email only you wrote in: yours
    shown = CliRunner().invoke(main, ["show", "alex", "-v", str(root), "--today", "2026-12-04"])
    assert "2026-11-13 →? FW: blogs" in shown.output, shown.output  # its subject, not `2`


def test_a_letter_in_a_persons_folder_was_written_to_whom_it_greets(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An email or a letter kept in someone's folder opens by greeting its reader: `Hi Alex,` to
    them, so yours; `Hey Bernie,` or `Bernie, ...` to the one other person it lists, you, so
    theirs. A greeting of no one the note lists (`Hi all,`), or none, says nothing."""
    letter = "---\ntags: [email]\npeople: [bernie, alex-barnes]\n---\n\n{}\n"
    root = make_vault(
        {
            "People/alex-barnes/Alex Barnes.md": "---\ntags: [person]\n---\n",
            "People/alex-barnes/2026-11-01.md": letter.format("Hi Alex,"),
            "People/alex-barnes/2026-11-03.md": letter.format("Hey Bernie, we haven't talked in a while!"),
            "People/alex-barnes/2026-11-05.md": letter.format("Bernie, are you familiar with this?"),
            "People/alex-barnes/2026-11-07.md": letter.format("Hi all, the slides are attached."),
            "People/alex-barnes/2026-11-09.md": letter.format("Thanks, that helps."),
        }
    )
    alex = people(root)["People/alex-barnes/Alex Barnes.md"]
    assert directions(alex) == (2, 1, 0, 2, 3)


def test_a_slug_finds_the_person_its_words_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    """hal_md names each person's folder, and the people of each chat, in a slug (`alex-barnes`)
    while the person's note is named in words (`Alex Barnes.md`): a slug that names no note finds
    the person its words do, as a link by name finds a slug-named note. A note named by that very
    slug comes first."""
    root = make_vault(
        {
            "People/alex-barnes/Alex Barnes.md": "---\ntags: [person]\nfirst_name: Alex\n---\n",
            "People/alex-barnes/2026-11-01.md": "---\ntags: [chat]\npeople: [bernie, alex-barnes]\n---\n",
            "Daily/2026-11-10.md": "- lunch with [[alex-barnes]]\n- called [[jo-lee]]\n",
            "People/jo-lee.md": "---\ntags: [person]\n---\n",
            "People/Jo Lee.md": "---\ntags: [person]\n---\n",
        }
    )
    got = people(root)
    assert got["People/alex-barnes/Alex Barnes.md"]["interactions"] == 2
    assert (got["People/jo-lee.md"]["interactions"], got["People/Jo Lee.md"]["interactions"]) == (1, 0)


def test_a_slug_named_note_is_named_by_the_first_alias_that_spells_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Obsidian owners name a note in a slug for links and the person by an alias (`bob-lee.md`,
    `aliases: [Bob, Bob Lee]`): the alias that spells the slug is the name the pages show. A
    heading that spells it comes first; an alias that spells something else is no name."""
    root = make_vault(
        {
            "people/bob-lee.md": "---\naliases: [Bob, Bob Lee, Robert Lee]\ntags: [person]\n---\n",
            "people/ana-lima.md": "---\naliases: [Ana L.]\ntags: [person]\n---\n",
            "people/jo-ito.md": "---\naliases: [Jo Ito]\ntags: [person]\n---\n# Jō Itō\n",
        }
    )
    assert names(people(root), "people", "bob-lee", "ana-lima", "jo-ito") == ["Bob Lee", "ana-lima", "Jō Itō"]


def test_a_front_matter_title_that_spells_the_file_name_is_the_name_and_no_job(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Obsidian's and static sites' `title:` names a slug-named note (`maria-gonzalez.md`,
    `title: María González`); in a contact note `title: CTO` is a job. Spelling the file's name
    tells them apart, and a link by the title finds her."""
    root = make_vault(
        {
            "People/maria-gonzalez.md": "---\ntitle: María González\ntags: [person]\n---\n",
            "People/Ben Cohen.md": "---\ntitle: Ben Cohen\ntags: [person]\n---\n",
            "People/ana-lima.md": "---\ntitle: CTO\ntags: [person]\n---\n# Ana Lima\n",
            "People/kim.md": "---\nname: Kim Ito\ntitle: kim\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- lunch with [[María González]]\n",
        }
    )
    got = people(root)
    assert names(got, "People", "maria-gonzalez", "Ben Cohen", "ana-lima", "kim") == [
        "María González",
        "Ben Cohen",
        "Ana Lima",
        "Kim Ito",
    ]
    assert got["People/maria-gonzalez.md"]["interactions"] == 1
    shown = CliRunner().invoke(main, ["show", "maria", "-v", str(root), "--today", "2026-12-04"])
    assert shown.output.startswith("María González  (People/maria-gonzalez.md)\n"), shown.output
    assert "work:" not in shown.output.split("\n\n")[0]  # her title is no job
    ana = CliRunner().invoke(main, ["show", "ana", "-v", str(root), "--today", "2026-12-04"])
    assert "  work: CTO\n" in ana.output  # a role alone is no organisation


def test_an_at_before_a_file_name_is_no_part_of_the_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Owners name person notes `@Ana Ruiz.md` so that typing `[[@` offers only people: she is
    Ana Ruiz, found by that name in a meeting's attendees and by `show`, and by `[[@Ana Ruiz]]`."""
    root = make_vault(
        {
            "People/@Ana Ruiz.md": "---\ntags: [person]\n---\n",
            "People/@.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- lunch with [[@Ana Ruiz]]\n",
            "Meetings/2026-11-18 Sync.md": "---\nattendees: [Ana Ruiz]\n---\n",
        }
    )
    got = people(root)
    assert names(got, "People", "@Ana Ruiz", "@") == ["Ana Ruiz", "@"]
    assert got["People/@Ana Ruiz.md"]["interactions"] == 2
    shown = CliRunner().invoke(main, ["show", "ana", "-v", str(root), "--today", "2026-12-04"])
    assert shown.output.startswith("Ana Ruiz  (People/@Ana Ruiz.md)\n"), shown.output


def test_a_name_claimed_equally_means_nobody_and_is_a_problem_naming_both(make_vault) -> None:  # type: ignore[no-untyped-def]
    data = report(make_vault(SLUGS))
    got = {p["file"]: p for p in data["people"]}
    assert got["people/chris-park.md"]["interactions"] == got["people/chris-young.md"]["interactions"] == 0
    [problem] = [p for p in data["problems"] if "chris" in p["message"]]
    assert problem["file"] == "people/chris-park.md"
    assert "people/chris-young.md" in problem["message"] and "means nobody" in problem["message"]


@pytest.mark.parametrize("built", [False, True])  # the names from the vault, or the saved state's
def test_log_finds_a_person_by_name_as_links_do(make_vault, built: bool) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(SLUGS)
    if built:
        assert CliRunner().invoke(main, ["build", str(root)]).exit_code in (0, 1)
        assert (root / ".vaultnet" / "cache" / "state.bin").is_file()
    result = CliRunner().invoke(main, ["log", "ben cohen", "coffee", "--mutual", "-v", str(root)])
    assert result.exit_code == 0 and result.output.startswith("people/ben-cohen.md:"), result.output
    chris = CliRunner().invoke(main, ["log", "chris", "coffee", "-v", str(root)])
    assert chris.exit_code == 2 and "could be several people" in chris.output


@pytest.mark.parametrize("built", [False, True])
def test_new_refuses_a_name_someone_already_answers_to(make_vault, built: bool) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(SLUGS)
    if built:
        assert CliRunner().invoke(main, ["build", str(root)]).exit_code in (0, 1)
        assert (root / ".vaultnet" / "cache" / "state.bin").is_file()
    result = CliRunner().invoke(main, ["new", "Ben Cohen", "-v", str(root)])
    assert result.exit_code == 2 and "people/ben-cohen.md already answers to 'Ben Cohen'" in result.output


# --- 6.3 a Logseq graph -------------------------------------------------------------------------

LOGSEQ = {
    "pages/Brooklyn Zelenka.md": "tags:: #Person, founder\nalias:: expede, Brooklyn\nbirthday:: [[Dec 1st, 1990]]\n"
    "interests:: types, category theory\n\n- Runs [[Fission]]\n- DONE [[Nov 2nd, 2026]] coffee at the studio\n"
    "\t- [[Boris Mann]] came too\n- [[Oct 20th, 2026]] <- she messaged about the talk\n"
    "- CANCELED [[Oct 1st, 2026]] lunch\n- TODO send her the paper\n",
    "pages/Boris Mann.md": "- tags:: person\n  company:: Fission\n- Co-founder\n",
    "pages/Reading.md": "tags:: project\n\n- [[expede]]'s talk notes\n",
    "journals/2026_11_02.md": "- Morning run\n- DONE called [[Boris Mann]] about the demo\n"
    "- TODO email [[Brooklyn]] the slides\n\t- and cc [[Boris Mann]]\n- ↔ Studio visit\n\t- [[expede]] showed the prototype\n",
    "journals/2026_11_09.md": "- LATER ask [[Boris Mann]] about hiring\n- Lunch with [[Brooklyn]] at the market\n"
    "\t- caught up with [[Boris Mann]] there too\n- Read [[Brooklyn Zelenka]]'s post\n",
}


def test_a_logseq_graph(make_vault) -> None:  # type: ignore[no-untyped-def]
    got = people(make_vault(LOGSEQ))
    assert sorted(got) == ["pages/Boris Mann.md", "pages/Brooklyn Zelenka.md"]
    bz = got["pages/Brooklyn Zelenka.md"]
    assert bz["aliases"] == ["expede", "Brooklyn"] and bz["tags"] == ["person", "founder"]
    assert bz["facts"] == 2  # the interests; the birthday is card data (1.5)
    # 11-02 (DONE entry and the ↔ block's child), 10-20 (<-), 11-09 (lunch with): not the
    # cancelled lunch, not the open task, not the post she wrote.
    assert (bz["interactions"], bz["last_contact"]) == (3, "2026-11-09")
    assert directions(bz) == (1, 0, 2, 0, 1)
    bm = got["pages/Boris Mann.md"]
    # DONE called (outbound), the lunch's child (mutual); not the TODO's child, not the LATER.
    assert (bm["interactions"], directions(bm)) == (2, (0, 1, 1, 0, 2))


@pytest.mark.parametrize(
    "item", ["TODO: send [[Bo]] the deck", "Todo - send [[Bo]] the deck", "to do: send [[Bo]] the deck"]
)
def test_a_to_do_written_with_its_label_is_an_open_follow_up_not_a_contact(item: str) -> None:
    """`- TODO: send [[Bo]] the deck` in a daily note is what Logseq's `TODO send ...` is, a
    task not done: no contact with Bo (not the `send X` a done task says you did), a follow-up."""
    daily = parse_note("Daily/2026-11-20.md", f"- Lunch with [[Cy]]\n- {item}\n".encode(), Config())
    assert [m.targets for m in daily.entries] == [("Cy",)]
    assert [(f.line, f.text, f.targets) for f in daily.follow_ups] == [(2, "send [[Bo]] the deck", ("Bo",))]


def test_a_persons_next_action_is_an_open_follow_up() -> None:
    """Personal CRM templates keep what to do next with someone as a key (`nextAction:`,
    `next_step:`, Dataview's `next step:: ...`): an open follow-up of theirs, on the key's line.
    An empty one, as a template leaves it, is none."""
    front = "---\ntags: [person]\nnextAction: send her the article\n---\n"
    assert [(f.line, f.text) for f in parse_note("People/Mia.md", front.encode(), Config()).follow_ups] == [
        (3, "send her the article")
    ]
    card = "---\ntags: [person]\n---\n# Mo\n\nnext step:: ask about the move\n"
    assert [(f.line, f.text) for f in parse_note("People/Mo.md", card.encode(), Config()).follow_ups] == [
        (6, "ask about the move")
    ]
    empty = "---\ntags: [person]\nnext_action:\n---\n"
    assert parse_note("People/Al.md", empty.encode(), Config()).follow_ups == ()


def test_a_to_do_label_in_a_box_is_not_part_of_the_follow_ups_words() -> None:
    """`- [ ] todo: intro to [[Ana]]` is the follow-up `intro to [[Ana]]`, as `- todo: intro to
    [[Ana]]` is: the label says what the box says already."""
    bo = parse_note("People/Bo.md", b"- [ ] todo: intro to [[Ana]]\n- [ ] To do - call him\n", Config())
    assert [f.text for f in bo.follow_ups] == ["intro to [[Ana]]", "call him"]


def test_a_logseq_blocks_properties_are_the_blocks_not_the_pages() -> None:
    """Logseq writes a block's properties under its words (`- Coffee at Rosa's` over
    `with:: [[Ana]]`): the block's, told with its line, not the journal's list of people (which
    would tell of her again with no words); nor does `type:: call` under an entry make a
    person's page a call. Properties opening the page are the page's, bullet or not."""
    journal = "- Coffee at Rosa's\n  with:: [[Ana]]\n- Read a book\n"
    told = parse_note("journals/2026_11_20.md", journal.encode(), Config()).entries
    assert [(m.line, m.targets, m.direction) for m in told] == [(1, ("Ana",), "mutual")]
    page = "- tags:: person\n  alias:: Ana\n- [[Nov 2nd, 2026]] coffee\n  type:: call\n"
    ana = parse_note("pages/Ana Souza.md", page.encode(), Config())
    assert (ana.kind, ana.aliases, len(ana.entries)) == ("person", ("Ana",), 1)


def test_logseq_tags_and_aliases_are_parted_by_commas_only() -> None:
    text = "tags:: person, Close Friend, [[book club]], #[[night owls]]\nalias:: [[Maya L]], ML\n\n- hi\n"
    maya = parse_note("pages/Maya.md", text.encode(), Config())
    assert maya.tags == ("person", "close friend", "book club", "night owls")
    assert maya.aliases == ("Maya L", "ML")
    hashes = parse_note("pages/Bo.md", b"tags:: #Person #founder\n\n- hi\n", Config())
    assert hashes.tags == ("person", "founder")
    config = config_from_dict({"person_tags": ["person", "close friend"]})
    assert parse_note("pages/Cy.md", b"tags:: [[close friend]]\n\n- hi\n", config).kind == "person"
    # Obsidian's front-matter tags hold no spaces: a space parts them, as before.
    spaced = parse_note("Cy.md", b"---\ntags: person close-friend\n---\n", Config())
    assert spaced.tags == ("person", "close-friend")


def test_a_logseq_title_names_the_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "pages/maya lindqvist.md": "title:: Maya Lindqvist\ntags:: person\n\n- hi\n",
            "pages/people___Dana Reyes.md": "title:: people/Dana Reyes\ntags:: person\n\n- hi\n",
            "journals/2026_11_20.md": "- coffee with [[people/Dana Reyes]] and [[Maya Lindqvist]]\n",
        }
    )
    got = people(root)
    maya, dana = got["pages/maya lindqvist.md"], got["pages/people___Dana Reyes.md"]
    assert (maya["name"], dana["name"]) == ("Maya Lindqvist", "Dana Reyes")
    assert (maya["last_contact"], dana["last_contact"]) == ("2026-11-20", "2026-11-20")


def test_a_logseq_namespace_file_name_names_the_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Newer Logseq files the page `people/Dana Reyes` as `pages/people___Dana Reyes.md`, with no
    `title::`: `___` stands for `/`. Logseq 0.6.8 to 0.8.8 wrote the name URL-encoded
    (`people%2FBo Lind.md`, `Dr%3A Cy.md`), and graphs keep such files."""
    root = make_vault(
        {
            "pages/people___Dana Reyes.md": "tags:: person\n\n- hi\n",
            "pages/people%2FBo Lind.md": "type:: person\n\n- hi\n",
            "pages/Dr%3A Cy.md": "tags:: person\n",
            "journals/2026_11_20.md": "- coffee with [[people/Dana Reyes]]\n- called [[people/Bo Lind]]\n",
        }
    )
    got = people(root)
    dana, bo = got["pages/people___Dana Reyes.md"], got["pages/people%2FBo Lind.md"]
    assert (dana["name"], dana["last_contact"]) == ("Dana Reyes", "2026-11-20")
    assert (bo["name"], bo["last_contact"]) == ("Bo Lind", "2026-11-20")
    assert got["pages/Dr%3A Cy.md"]["name"] == "Dr: Cy"
    # Only in a Logseq graph's pages folder: elsewhere `___` is part of a file's name.
    other = parse_note("People/a___b.md", b"# a\n", Config())
    assert other.name == "a___b"


def test_logseqs_own_block_properties_are_no_facts() -> None:
    """Logseq writes `collapsed::`, `heading::`, `id::` on its own: they say nothing of the person."""
    text = (
        "tags:: person\n\n- ## About\n  collapsed:: true\n\t- likes tea\n\t  id:: 6651e92e-fb34-4d24\n"
        "- Family\n  heading:: true\n  background-color:: yellow\n\t- a sister\n"
        "- ## Log\n\t- TODO ask about the move\n\t  id:: 6651e92e-fb34-4d25\n"
    )
    bo = parse_note("pages/Bo.md", text.encode(), Config())
    assert bo.kind == "person"
    assert bo.facts == ("likes tea", "a sister")  # `- Family` names the facts under it
    assert [f.text for f in bo.follow_ups] == ["ask about the move"]
    bare = parse_note("pages/Cy.md", b"tags:: person\n\n- ## About\n  collapsed:: true\n", Config())
    assert bare.facts == ()


def test_an_outline_names_its_sections_with_a_bullet() -> None:
    """Logseq (and any outline) writes `- About` over the facts, not a heading: what is under that
    bullet is known of the person, and the section ends with the bullet (`- Log` is no fact);
    a heading written in a bullet (`- ## Interests`) ends with its bullet too."""
    logseq = (
        "tags:: person\n\n- About\n\t- Loves tea\n\t- Two kids, Ada and Bo\n- ## Interests\n\t- climbing\n"
        "- Log\n\t- 2026-11-02 coffee with her\n"
    )
    dana = parse_note("pages/Dana Reyes.md", logseq.encode(), Config())
    assert dana.facts == ("Loves tea", "Two kids, Ada and Bo", "climbing")
    assert dana.interests == ("climbing",) and len(dana.entries) == 1
    spaced = "---\ntags: [person]\n---\n- **Family:**\n  - a sister, Ana\n- Work\n  - at the mill\n"
    assert parse_note("People/Bo.md", spaced.encode(), Config()).facts == ("a sister, Ana",)
    under_heading = "---\ntags: [person]\n---\n## About\n- Interests\n  - maps\n- likes tea\n"
    jo = parse_note("People/Jo.md", under_heading.encode(), Config())
    assert (jo.facts, jo.interests) == (("maps", "likes tea"), ("maps",))


@pytest.mark.parametrize("tail", ["", "Ref: `code`\n"])  # a plain body, and one read by its blocks
def test_a_label_on_a_line_of_its_own_names_the_list_under_it(tail: str) -> None:
    """Person templates title a list with a label rather than a heading (`**Interests:**` over
    the items, under `## Professional Context`): what the list holds is known of the person,
    up to the next paragraph or heading. A label of anything else (`**Skills:**`), or one with
    its value beside it (`**Company:** Initech`), names no list."""
    text = (
        "---\ntags: [person]\n---\n# Jordan Lee\n\n## Professional Context\n\n**Company:** Initech\n"
        "- an item of no label\n\n**Interests:**\n- bouldering\n- sourdough\n\n**Skills:**\n- Python\n\n"
        "## Notes & Observations\n\nPreferences:\n\n- Coffee order: oat flat white\n\nThe rest is prose.\n"
        "- an item after the prose\n\n## Log\n- 2026-11-18 call about the new job\n"
        "- **Personal notes:**\n  - partner is Alex\n" + tail
    )
    jordan = parse_note("People/Jordan Lee.md", text.encode(), Config())
    assert jordan.facts == ("bouldering", "sourdough", "Coffee order: oat flat white", "partner is Alex")
    assert jordan.interests == ("bouldering", "sourdough")
    assert [m.date.isoformat() for m in jordan.entries] == ["2026-11-18"]


# --- 6.4 fields written in the body -------------------------------------------------------------


def test_contacts_plugin_tables_and_inline_fields() -> None:
    text = (
        "---\ntags: [person]\nlast_contact: 2026-08-01\n---\n# Kim\n\n| Key | Value |\n| --- | --- |\n"
        "| Last chat | 2026-09-30 |\n| Birthday | 1980-02-29 |\n| Partner | Noor |\n| Cadence | every 2 weeks |\n"
    )
    kim = parse_note("Contacts/Kim Novak.md", text.encode(), Config())
    assert kim.last_contact is not None and kim.last_contact.isoformat() == "2026-08-01"  # front matter wins
    assert kim.facts == ("partner: Noor",) and kim.cadence_days == 14
    inline = (
        "---\ntags: [person]\n---\nBirthday:: --12-02\n**Last contact**:: 2026-10-01\n- kids:: Aiko, Ren\n"
    )
    jun = parse_note("People/Jun.md", inline.encode(), Config())
    assert jun.last_contact is not None and jun.last_contact.isoformat() == "2026-10-01"
    assert jun.facts == ("kids: Aiko", "kids: Ren")


def test_a_tables_header_row_is_never_a_field() -> None:
    """A header names columns: `| Name | Company |` over a table of colleagues is not a person
    called Company, and `| Date | What |` over a log is no bad date. A header with too few
    cells for its delimiter row (no table to CommonMark) is a header still."""
    text = (
        "---\ntags: [person]\n---\n## Team\n| Name | Company |\n|---|---|\n| Bo | Acme |\n\n"
        "## Log\n| Date | What |\n| --- | --- |\n| 2026-10-02 | Coffee |\n\n"
        "| Location | Notes |\n|---|---|---|\n| Oslo | home |\n\n| Birthday | 1991-01-09 |\n"
    )
    dee = parse_note("People/Dee.md", text.encode(), Config())
    assert (dee.name, dee.location, dee.birthday, dee.problems) == ("Dee", None, "1991-01-09", ())
    assert [entry.date.isoformat() for entry in dee.entries] == ["2026-10-02"]


@pytest.mark.parametrize(
    "line",
    ["contact_frequency:: monthly", "**Contact frequency**:: monthly", "| Contact-Frequency | monthly |"],
)
def test_a_body_field_is_its_words_however_they_are_joined(line: str) -> None:
    """In the body as in front matter, `contact_frequency` is the table's `contactfrequency`."""
    text = f"---\ntags: [person]\n---\n# Rosa\n{line}\n"
    assert parse_note("People/Rosa.md", text.encode(), Config()).cadence_days == 30


def test_a_relationship_is_a_tag(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`relationship: family`, as the Dataview example vault and many person templates write the
    kind of tie: a tag, so the cadence `vaultnet.toml` gives the tag holds (`[cadence] family`)."""
    root = make_vault(
        {
            "vaultnet.toml": '[cadence]\nfamily = "2w"\n',
            "People/Mum.md": "---\ntags: [person]\nrelationship: family\n---\n",
            "People/Ansh.md": "---\ntags: [person]\nrelationship: work-related\n---\n",
        }
    )
    got = people(root)
    assert (got["People/Mum.md"]["tags"], got["People/Mum.md"]["cadence_days"]) == (["person", "family"], 14)
    assert got["People/Ansh.md"]["tags"] == ["person", "work-related"]


def test_what_a_template_left_empty_or_the_card_holds_is_no_fact() -> None:
    """Under `## Personal`, a person template's key left empty (`- **Partner:**`), a placeholder
    (`TBD`, `...`, `N/A`), a contact detail (`Email: ...`, `Phone:: ...`) and a field vaultnet reads
    (`Birthday:: ...`, card data; `kids:: Aiko, Ren`, a fact a child, as the field gives it) are
    no more facts: a person made from such a template is not personal before anything is known.
    A key and what follows it (`Partner: Tom`) stays one; `likes:: jazz` is a field of what is
    known, one fact as the field gives it."""
    text = (
        "---\ntags: [person]\n---\n## Personal\n- **Partner:**\n- **Kids:** \n- Likes:\n- TBD\n- ...\n"
        "- N/A\n- Email: ana@example.org\n- **Phone**:: +351 912 345 678\n- Birthday:: 1990-01-01\n"
        "- kids:: Aiko, Ren\n- Partner: Tom\n- likes:: jazz\n"
    )
    ana = parse_note("People/Ana.md", text.encode(), Config())
    assert ana.facts == ("kids: Aiko", "kids: Ren", "likes: jazz", "Partner: Tom")
    assert ana.birthday == "1990-01-01"
    empty = "---\ntags: [person]\n---\n## About\n- **Partner:**\n- Kids:\n- TBD\n"
    assert parse_note("People/Bo.md", empty.encode(), Config()).facts == ()


def test_a_dataview_field_of_the_card_in_brackets_anywhere_is_read() -> None:
    """Dataview reads `[key:: value]` and `(key:: value)` anywhere in a line: the card's (a
    birthday, a company) so written is the card's too. Other fields in brackets are left to the
    line (`(person:: [[Eli]])` in an entry is whom it was with)."""
    text = (
        "---\ntags: [person]\n---\n## About\nBorn (birthday:: 1990-12-05), works at [company:: Acme].\n"
        "- loves [hobby:: climbing]\n"
    )
    ana = parse_note("People/Ana.md", text.encode(), Config())
    assert (ana.birthday, ana.org) == ("1990-12-05", "Acme")
    alone = "---\ntags: [person]\n---\n[birthday:: 1990-12-04]\n"
    assert parse_note("People/Bo.md", alone.encode(), Config()).birthday == "1990-12-04"
    others = "---\ntags: [person]\n---\nBirthday: 1988-12-15\n\n- [[Ivy]] [birthday:: 1990-12-03]\n- Wife: Mia (birthday:: 1982-12-09)\n"
    assert parse_note("People/Eli.md", others.encode(), Config()).birthday == "1988-12-15"


def test_a_card_line_written_without_its_colon_is_no_fact() -> None:
    """Owners jot the card under `## About` with no colon (`- birthday 3 March`, `- Birthday - 3
    March`, `- bday 14 Feb`, `- DOB 03-03-1950`, `- born 3 March 1950`, `- Mobile 07700 900123`):
    a birthday is no fact (spec 1.5), nor a phone number, and the birthday is read as the card's.
    Where someone was born is something known (`born in Lisbon`)."""
    text = (
        "---\ntags: [person]\n---\n## About\n- birthday 3 March\n- Birthday - 3 March\n- bday 14 Feb\n"
        "- DOB 03-03-1950\n- born 3 March 1950\n- Mobile 07700 900123\n- born in Lisbon\n"
    )
    ana = parse_note("People/Ana.md", text.encode(), Config())
    assert (ana.facts, ana.birthday) == (("born in Lisbon",), "--03-03")
    where = "---\ntags: [person]\nborn: Lisbon\n---\n## About\n- Born: Lisbon, grew up by the sea\n"
    bo = parse_note("People/Bo.md", where.encode(), Config())
    assert (bo.facts, bo.birthday, bo.problems) == (("Born: Lisbon, grew up by the sea",), None, ())


def test_a_card_in_a_language_the_reader_knows_is_no_fact() -> None:
    """A German, French, Spanish, Portuguese or Dutch person template's card (`Geburtstag:`,
    `Firma:`, `Téléphone :`, `Cumpleaños:`, `Verjaardag:`) is the card, as in English: the
    birthday read, no fact."""
    cards = {
        "de": "- Geburtstag: 12.04.1988\n- Firma: Siemens\n- Telefon: +49 151 1234567\n- Wohnort: München\n",
        "fr": "- Anniversaire: 12.04.1988\n- Entreprise: Airbus\n- Téléphone: 06 12 34 56 78\n- Ville: Lyon\n",
        "es": "- Cumpleaños: 12.04.1988\n- Empresa: Inditex\n- Teléfono: 612 345 678\n- Ciudad: Vigo\n",
        "pt": "- Aniversário: 12.04.1988\n- Empresa: Galp\n- Telefone: 912 345 678\n- Cidade: Porto\n",
        "nl": "- Verjaardag: 12.04.1988\n- Bedrijf: Philips\n- Telefoon: 06 12345678\n- Woonplaats: Gouda\n",
    }
    for language, card in cards.items():
        text = "---\ntags: [person]\n---\n## Notizen\n" + card + "- mag Jazz\n"
        note = parse_note("People/Jo.md", text.encode(), Config())
        assert (language, note.facts, note.birthday) == (language, ("mag Jazz",), "1988-04-12")
    front = "---\ntags: [person]\ngeburtstag: 1988-04-12\nfirma: Siemens\n---\n"
    assert parse_note("People/Jo.md", front.encode(), Config()).birthday == "1988-04-12"


def test_a_day_alone_is_no_fact() -> None:
    """`met:: [[2026-09-15]]`, `Met: 2026-09-15`: when, not something known of the person (as a
    birthday is not, spec 1.5); the same key with words is (`Met: at the conference`)."""
    text = "---\ntags: [person]\n---\n## Notes\n- met:: [[2026-09-15]]\n- Met: 2026-09-15\n- Met: at the conference\n"
    assert parse_note("People/Ana.md", text.encode(), Config()).facts == ("Met: at the conference",)


def test_an_embed_is_no_fact() -> None:
    """hal_md embeds each chat with a person under their `## Notes` (`![[sponge-bob/2026-11-20.md]]`),
    and owners put a photo there (`![[bob.jpg|100]]`, `![](bob.png)`): what is embedded is not
    something known of them, the words beside it are."""
    text = (
        "---\ntags: [person]\n---\n## Notes\n\n![[sponge-bob/2026-11-20.md]]\n\n![[bob.jpg|100]] ![](bob.png)\n\n"
        "- ![[sponge-bob/2026-10-02.md]]\n- Likes jellyfishing\n\nFry cook. ![[krusty.jpg]]\n"
    )
    bob = parse_note("People/SpongeBob.md", text.encode(), Config())
    assert bob.facts == ("Likes jellyfishing", "Fry cook. ![[krusty.jpg]]")


def test_a_relation_written_on_the_card_with_one_colon_is_known() -> None:
    """`**Spouse:** Maria`, `Kids: Leo, Mia` on a person template's card: relations, which the
    spec counts as facts when they are fields (1.5), each value one; a placeholder (`TBD`) is
    none, and no birthday's problem either. Under a heading of what is known the line is a fact
    as it stands, not twice."""
    text = "---\ntags: [person]\n---\n**Spouse:** Maria\nKids: Leo, Mia\nPartner: TBD\n**Birthday:** TBD\n"
    ana = parse_note("People/Ana.md", text.encode(), Config())
    assert (ana.facts, ana.problems) == (("spouse: Maria", "kids: Leo", "kids: Mia"), ())
    known = "---\ntags: [person]\n---\n## Notes\n- Partner: [[Gerald]]\n"
    assert parse_note("People/Bo.md", known.encode(), Config()).facts == ("Partner: [[Gerald]]",)


def test_a_card_written_in_the_text_with_one_colon() -> None:
    """Person templates write the card in the text, a key and one colon (`**Birthday:** ...`):
    read as front matter for the card's keys only; a line of notes opening with another word and
    a colon (`Note:`, `Partner:`) is no field, and a template's placeholder is no value."""
    text = (
        "---\ntags: [person]\n---\n# Ana\n\n**Birthday:** 1990-05-01\n**Company**: Acme\n"
        "Last contact: 2026-11-20\n\n## Contact\n- *Location:* Oslo\n- Cadence: every 2 weeks\n"
        "- Anniversary: {{anniversary}}\n\n## Notes\n- Note: she moved\n- Partner: [[Gerald]]\n"
    )
    ana = parse_note("People/Ana.md", text.encode(), Config())
    assert (ana.birthday, ana.org, ana.location, ana.cadence_days) == ("1990-05-01", "Acme", "Oslo", 14)
    assert ana.last_contact is not None and ana.last_contact.isoformat() == "2026-11-20"
    assert (ana.anniversary, ana.problems) == (None, ())
    assert ana.facts == ("Note: she moved", "Partner: [[Gerald]]")  # under `## Notes`: known
    front = "---\ntags: [person]\nbirthday: 1980-02-29\n---\nBirthday: sometime in May\n"
    assert parse_note("People/Bo.md", front.encode(), Config()).birthday == "1980-02-29"  # front matter wins
    bad = parse_note("People/Cy.md", b"---\ntags: [person]\n---\n- Birthday: sometime in May\n", Config())
    assert [(p.line, p.message.split(":")[0]) for p in bad.problems] == [(4, "birthday")]
    italian = b"---\ntags: [person]\n---\nCompleanno: 1990-05-01\n\n- Ping every: monthly\n"
    config = config_from_dict({"synonyms": {"birthday": ["compleanno"], "cadence": ["ping_every"]}})
    dora = parse_note("People/Dora.md", italian, config)
    assert (dora.birthday, dora.cadence_days) == ("1990-05-01", 30)  # the configuration's keys too
    assert parse_note("People/Dora.md", italian, Config()).birthday is None


def test_the_keys_person_templates_use_for_the_card() -> None:
    """`dob`, `employer`, `lives_in`, `last_seen`: synonyms real person templates use."""
    text = (
        b"---\ntags: [person]\ndob: 1990-05-01\nemployer: Acme\nlives_in: Oslo\nlast_seen: 2026-11-20\n---\n"
    )
    eve = parse_note("People/Eve.md", text, Config())
    assert (eve.birthday, eve.org, eve.location) == ("1990-05-01", "Acme", "Oslo")
    assert eve.last_contact is not None and eve.last_contact.isoformat() == "2026-11-20"


# --- 6.5 who started it, from the words ---------------------------------------------------------

PLAIN = {
    "People/Emily.md": "---\ntags: [person]\n---\n## Log\n- 2026-10-02 she called me back about the lease\n"
    "- 2026-10-20 dinner at hers\n- 2026-11-01 -> sent her the photos, she texted me a thank-you\n",
    "People/Sal.md": "---\ntags: [person]\n---\n",
    "People/Gordon Brander.md": "---\ntags: [person]\n---\n",
    "People/Rosa.md": "---\ntags: [person]\n---\n",
    "Daily/2026-11-03.md": "I met with [[Emily]] today. Long talk about the move.\n",
    "Daily/2026-11-05.md": "- [[Sal]] came!\n- #via [[Gordon Brander]]: a piece on note-taking\n"
    "- [[Rosa]] asked me about [[Sal]]'s new job\n",
    "Daily/2026-11-07.md": "- Gordon Brander posted about [[Gordon Brander]]'s book, h/t [[Gordon Brander]]\n"
    "- Texted [[Rosa]] the address\n",
    "Daily/2026-11-09.md": "- <- called [[Rosa]] back\n",
}


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("next: coffee with [[Bo]] in January", None),
        ("Next step: lunch with [[Bo]] in January", None),
        ("Plan: dinner with [[Bo]] on the 5th", None),
        ("Upcoming: walk with [[Bo]]", None),
        ("Plans: call [[Bo]]", None),
        ("Terrible news, [[Bo]] had a heart attack. He died in the ambulance.", None),
        ("[[Bo]] passed away last night", None),
        ("Heard of [[Bo]]'s passing", None),
        ("happy bday msgs from [[Bo]]", "inbound"),
        ("birthday messages from [[Bo]]", "inbound"),
        ("texts from [[Bo]] all evening", "inbound"),
        ("Next to [[Bo]] at dinner", "unknown"),
        ("Still no texts from [[Bo]]", None),
        ("No calls from [[Bo]] all week", None),
        ("Found old letters from [[Bo]] in the attic", None),  # read again, not sent now: in her log too
        ("[[Bo]] passed on the investment", "unknown"),
        ("Upcoming: [[Bo]] visiting in Jan — we spoke on the phone today", "unknown"),  # a call after all
        ("Next: [[Bo]]; caught up over lunch", None),  # a step of the plan, as far as the words say
        ("Next: lunch with [[Bo]] — booked for Friday", None),
        ("Plan: coffee with [[Bo]]; then we switched to a call", "unknown"),
    ],
)
def test_what_comes_next_or_news_of_a_death_is_no_contact(line: str, way: str | None) -> None:
    """A line that opens as a plan does (`next:`, `Plan:`, `Upcoming:`) names people not yet met,
    to its clause's end: a clause after it may tell of a contact; news that someone died is about
    them; messages from them (plural) are theirs."""
    assert daily_way(line) == way


def test_a_plan_opening_holds_to_its_clause() -> None:
    entries = daily_entries("Next: lunch with [[Cy]]; but I texted [[Bo]] today")
    assert {t: (m.direction, m.aside) for m in entries for t in m.targets} == {
        "Cy": ("unknown", True), "Bo": ("outbound", False)
    }  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Coffee with [[Bo]], he didn't mention the move",
        "Coffee with [[Bo]], he hasn't decided yet",
        "Lunch with [[Bo]], he never said why",
        "Coffee with [[Bo]]; he didn't mention the move",
    ],
)
def test_what_did_not_happen_after_a_meeting_leaves_the_meeting(line: str) -> None:
    """A clause of what the person did not do after what was done with them (`, he didn't mention
    the move`) is about that clause: the coffee still was."""
    assert daily_way(line) == "mutual"


@pytest.mark.parametrize(
    ("line", "ways"),
    [
        ("[[Bo]] met [[Cy]]", {"Bo": "unknown", "Cy": "unknown"}),
        ("[[Bo]] met [[Cy]] for lunch", {"Bo": "unknown", "Cy": "unknown"}),
        ("[[Bo]] called [[Cy]] about the release", {"Bo": "unknown", "Cy": "unknown"}),
        ("[[Bo]] and I met [[Cy]]", {"Bo": "mutual", "Cy": "mutual"}),
        ("[[Bo]] called; then I called [[Cy]]", {"Bo": "inbound", "Cy": "outbound"}),
        ("Lunch with [[Bo]] at my invitation", {"Bo": "outbound"}),
        ("[[Acme Corp]] meeting with [[Bo]] re renewal", {"Acme Corp": "unknown", "Bo": "mutual"}),
        ("[[Bo]] called [[Cy]] and me on Sunday", {"Bo": "inbound", "Cy": "unknown"}),
        ("[[Bo]] emailed [[Cy]] and me the draft contract", {"Bo": "inbound", "Cy": "unknown"}),
        ("[[Bo]] caught up with [[Cy]]", {"Bo": "unknown", "Cy": "unknown"}),
        (
            "[[Bo]] texted [[Cy]], [[Di]] and me about Friday",
            {"Bo": "inbound", "Cy": "unknown", "Di": "unknown"},
        ),
        ("[[Bo]] emailed [[Cy]] and myself the contract", {"Bo": "inbound", "Cy": "unknown"}),
        ("Worried about [[Bo]], so I rang", {"Bo": "outbound"}),
        ("[[Bo]] called [[Cy]] about the dog, and I stayed out of it", {"Bo": "unknown", "Cy": "unknown"}),
        ("Next: coffee with [[Bo]]; [[Cy]] called me today", {"Bo": "unknown", "Cy": "inbound"}),
        ("Prep for the board meeting with [[Bo]] — we met at 9", {"Bo": "mutual"}),
    ],
)
def test_what_one_person_did_to_another_is_none_of_yours(line: str, ways: dict[str, str]) -> None:
    """`[[Bo]] met [[Cy]]`, `[[Bo]] called [[Cy]]`: their deed, which may be no contact of yours
    with either; `[[Bo]] and I met [[Cy]]` is yours."""
    assert {t: m.direction for m in daily_entries(line) for t in m.targets} == ways


def test_daily_notes_in_plain_english_give_directions_marked_inferred(make_vault) -> None:  # type: ignore[no-untyped-def]
    got = people(make_vault(PLAIN))
    emily = got["People/Emily.md"]
    # she called (in), dinner (a meeting word: mutual), met with (mutual); the arrow of 11-01 wins.
    assert directions(emily) == (1, 1, 2, 0, 3) and emily["reciprocity"] == "two-way"
    # came! (in); Rosa's phrase on the same day says nothing of Sal: one contact that day.
    assert directions(got["People/Sal.md"]) == (1, 0, 0, 0, 1)
    # Rosa: asked me (in), texted (out), and the arrow (<-) over the words "called X" (out).
    assert directions(got["People/Rosa.md"]) == (2, 1, 0, 0, 2)
    gordon = got["People/Gordon Brander.md"]
    assert gordon["interactions"] == 0 and gordon["last_contact"] is None  # mentions are no contact


def test_a_chance_meeting_is_mutual(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Nobody started a meeting by chance: `Bumped into [[Sam]]`, `ran into him` in his own log."""
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-03 ran into him at the station\n",
            "People/Ana.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-07.md": "Bumped into [[Sam]] at the market, and [[Ana]] called.\n",
        }
    )
    got = people(root)
    assert directions(got["People/Sam.md"]) == (0, 0, 2, 0, 2)
    assert directions(got["People/Ana.md"]) == (1, 0, 0, 0, 1)


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("[[Eli]] invited us to the wedding", "inbound"),
        ("[[Eli]] had us over for dinner", "inbound"),
        ("[[Eli]] got back to me about the flat", "inbound"),
        ("Had [[Eli]] over for dinner", "outbound"),
        ("Got back to [[Eli]] about the flat", "outbound"),
        ("Went hiking with [[Eli]]", "mutual"),
        ("went to the concert with [[Eli]]", "mutual"),
        ("Played tennis with [[Eli]]", "mutual"),
        ("Texted back and forth with [[Eli]]", "mutual"),
        ("Dinner at [[Eli]]'s place", "mutual"),
        ("Stayed with [[Eli]] in Porto", "mutual"),
        ("_Conversation with [[Eli]] on July 24, 2022_", "mutual"),
        ("Coaching session with [[Eli]]", "mutual"),
        ("Sync with [[Eli]] on the roadmap", "mutual"),
        ("Check-in with [[Eli]]", "mutual"),
        ("[[Eli]] wished me happy birthday", "inbound"),
        ("[[Eli]] sent a card from Porto", "inbound"),
        ("Christmas cards sent to [[Eli]]", "outbound"),
        ("Bouldering with [[Eli]]", "mutual"),
        ("Visited the museum with [[Eli]]", "mutual"),
        ("[[Eli]] dropped me a line", "inbound"),
        ("DM from [[Eli]]", "inbound"),
        ("Slack from [[Eli]]", "inbound"),  # the app a message came by, as `WhatsApp from`
        ("iMessage from [[Eli]]", "inbound"),
        ("Signal to [[Eli]] about Friday", "outbound"),
        ("WhatsApp to [[Eli]]", "outbound"),
        ("Dropped in on [[Eli]] after work", "outbound"),
        ("[[Eli]] popped in with the kids", "inbound"),
        ("Heard back from [[Eli]]", "inbound"),
        ("Gave [[Eli]] a call", "outbound"),
        ("Dropped [[Eli]] a note", "outbound"),
        ("Went for a long walk with [[Eli]]", "mutual"),
        ("[[Eli]] initiated a call", "inbound"),
        ("Hiked with [[Eli]] above the lake", "mutual"),
        ("Worked out with [[Eli]]", "mutual"),
        ("went ahead with [[Eli]]'s plan", "unknown"),  # going along with a plan is no outing
        ("FaceTimed [[Eli]] from the airport", "outbound"),
        ("[[Eli]] facetimed me", "inbound"),
        ("Slacked [[Eli]] the numbers", "outbound"),
        ("[[Eli]] slacked me", "inbound"),
        ("Skyped with [[Eli]]", "mutual"),
        ("1on1 with [[Eli]]", "mutual"),
        ("[[Eli]] visited us at the cabin", "inbound"),
        ("[[Eli]] visited Lisbon", "unknown"),  # a trip of his, no visit to you
        ("Interviewed [[Eli]] for the role", "mutual"),
        ("Helped [[Eli]] move", "outbound"),
        ("[[Eli]] helped me move", "inbound"),
        ("Party at [[Eli]]'s", "mutual"),
        # What was done, a mark, then whom: as a daily note lists whom you saw.
        ("Lunch - [[Eli]]", "mutual"),
        ("Call: [[Eli]]", "mutual"),
        ("12:30 Drinks after work: [[Eli]], [[Bo]]", "mutual"),
        ("**Dinner** @ [[Eli]]'s", "mutual"),
        ("Call: [[Eli]] called me back", "inbound"),  # the words say more: they win
        ("Call about [[Eli]]'s visa", "unknown"),  # no mark: about him, not with him
        ("Notes: [[Eli]]", "unknown"),  # no meeting word
        # Only whom and a meeting noun, no mark: as a work diary lists its meetings.
        ("Coffee [[Eli]]", "mutual"),
        ("1:1 [[Eli]]", "mutual"),
        ("10:00 [[Eli]] 1:1", "mutual"),
        ("09:00-10:00 [[Eli]] 1:1", "mutual"),  # a span of the day, as a calendar copies it
        ("9am [[Eli]] 1:1", "mutual"),
        ("[09:00] [[Eli]] 1:1", "mutual"),
        ("10:00–11:00 Lunch - [[Eli]]", "mutual"),
        ("[[Eli]] (lunch)", "mutual"),
        ("[[Eli]] (call)", "mutual"),  # after whom, no task's verb: a call had
        ("[[Eli]] - chat", "mutual"),
        ("[[Eli]] / team lunch", "mutual"),
        ("Weekly 1:1 [[Eli]]", "mutual"),
        ("Standup with [[Eli]]", "mutual"),
        ("Call [[Eli]]", "outbound"),  # a verb: what a task says to do, done
        ("Chat [[Eli]]", "unknown"),  # a verb too, and no phrase of its own
        ("Lunch [[Eli]] recommended", "unknown"),  # more than the two: what he did, not with whom
        ("Forgot lunch [[Eli]]", "unknown"),  # no kind of lunch
        ("Exchanged emails with [[Eli]] about the contract", "mutual"),
        ("Chatted on WhatsApp with [[Eli]]", "mutual"),
        ("Grabbed a beer with [[Eli]]", "mutual"),
        ("Spent the afternoon with [[Eli]]", "mutual"),
        ("Saw [[Eli]] at the conference", "mutual"),
        ("Visited by [[Eli]] and the kids", "inbound"),
        ("[[Eli]] introduced me to his editor", "inbound"),
        ("Congrats to [[Eli]] on the new job", "outbound"),
        # A deed, a mark, then whom, as a daily template asks: `Reached out to:` over the names.
        ("Reached out to: [[Eli]], [[Bo]]", "outbound"),
        ("Called: [[Eli]]", "outbound"),
        ("Heard from: [[Eli]]", "inbound"),
        ("Follow-ups sent: [[Eli]]", "unknown"),  # no deed it opens with
        ("Attended [[Eli]]'s wedding", "mutual"),
        ("Reconnected with [[Eli]]", "mutual"),
        ("Touched base with [[Eli]]", "mutual"),
        ("Worked with [[Eli]] on the deck", "mutual"),
        ("Paired with [[Eli]] on the bug", "mutual"),
        ("Introduced myself to [[Eli]] at the conference", "outbound"),
        ("[[Eli]] introduced himself after the talk", "inbound"),
        ("Tried calling [[Eli]]", "outbound"),
        ("[[Eli]] tried to reach me", "inbound"),
        ("Said hi to [[Eli]] at the gym", "outbound"),
        ("[[Eli]] said hi", "inbound"),
        ("Chatted briefly with [[Eli]]", "mutual"),
        ("Talked at length with [[Eli]]", "mutual"),
        # A meal, where it was, then whom: as a day's log says where you went.
        ("Lunch at Nopa with [[Eli]]", "mutual"),
        ("Coffee at Blue Bottle with [[Eli]] and [[Bo]]", "mutual"),
        ("Dinner at Rosa's with [[Eli]]", "mutual"),
        ("Lunch @ Nopa w/ [[Eli]]", "mutual"),
        ("Drinks after work with [[Eli]]", "mutual"),
        ("Long walk in the park with [[Eli]]", "mutual"),
        ("Lunch at the office with the team; [[Eli]] called", "inbound"),  # with others, not him
        ("[[Eli]] slid into my DMs", "inbound"),
    ],
)
def test_what_people_did_together_or_for_each_other_reads_as_said(make_vault, line: str, way: str) -> None:  # type: ignore[no-untyped-def]
    """Hosting, being hosted, doing something together (`went … with`, `played … with`), a
    conversation in texts, wishes, thanks and replies: written as owners write them in a daily
    note."""
    root = make_vault({"People/Eli.md": "---\ntags: [person]\n---\n", "Daily/2026-11-20.md": f"- {line}\n"})
    eli = people(root)["People/Eli.md"]
    said = dict(zip(("inbound", "outbound", "mutual", "unknown"), directions(eli), strict=False))
    assert eli["interactions"] == 1 and said[way] == 1


def test_shorthand_and_calls_of_today_read_as_their_words(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`coffee w/ [[Sam]]` is coffee with him (`w/o` is not; `w [[Bo]]` is), a 1:1, a zoom or a conversation is
    a meeting, a DM is a message: as notes write them."""
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-01 zoom about the launch\n"
            "- 2026-10-01 DMed her the deck\n- 2026-09-01 she DM'd me\n- 2026-08-01 conversation about the move\n",
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- coffee w/ [[Sam]]\n- 1:1 with [[Bo]]\n",
            "Daily/2026-11-21.md": "- lunch w/o [[Bo]]\n",
            "Daily/2026-11-19.md": "- quick call w [[Bo]]\n",  # `w` alone before a person: with
        }
    )
    got = people(root)
    assert directions(got["People/Sam.md"]) == (1, 1, 3, 0, 5)
    assert directions(got["People/Bo.md"]) == (0, 0, 2, 1, 2)


def test_a_done_task_says_you_did_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`- [x] Call [[Sam]]` in a daily note: the task said what to do, and it is done. Open, it is
    a follow-up and no contact."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Sam", "Bo", "Di")},
            "Daily/2026-11-20.md": "- [x] Call [[Sam]]\n- [x] Email [[Bo]] about the deck\n- [ ] Text [[Di]]\n",
        }
    )
    got = people(root)
    assert directions(got["People/Sam.md"]) == directions(got["People/Bo.md"]) == (0, 1, 0, 0, 1)
    assert directions(got["People/Di.md"]) == (0, 0, 0, 0, 0) and got["People/Di.md"]["interactions"] == 0


def test_a_diary_without_subjects_says_who_did_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A log written as a diary leaves out "I": `Called about the job` is you calling, `Got a call
    about the move` them, `Had lunch` both of you. A deed done to someone else (`Called [[Bo]]`)
    says nothing of the person whose log it is."""
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-01 Called about the job\n"
            "- 2026-11-02 Sent the photos\n- 2026-11-03 Got a call about the move\n"
            "- 2026-11-04 Invited to her wedding\n- 2026-11-05 Had lunch\n- 2026-11-06 Called [[Bo]] for her\n"
            "- 2026-11-07 FaceTimed from the airport\n- 2026-11-08 WhatsApp call\n- 2026-11-09 she facetimed\n"
            "- 2026-11-10 exchanged emails about the contract\n- 2026-11-11 beers at the Crown\n"
            "- 2026-11-12 congrats on the new job\n",
            "People/Bo.md": "---\ntags: [person]\n---\n",
        }
    )
    assert directions(people(root)["People/Sam.md"]) == (3, 4, 4, 1, 11)


def test_a_meeting_word_after_a_word_of_its_kind_still_opens_an_entry(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Quick call about the move`, `A long lunch at Rosa's`, `Weekly 1:1`: a meeting, as `Call`
    and `Lunch` are, in a person's own log and after the people of a daily note's line. A deed
    after such a word (`Quick called`) is no opening, nor is a word of another kind (`Missed
    call`) read twice."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Quick call about the move", "A long lunch at Rosa's", "Great chat about her plans",
             "Weekly 1:1", "another lovely walk", "Quick called", "Quick thoughts on her CV"),
            1,
        )
    )  # fmt: skip
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log,
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- [[Bo]]: quick lunch\n",
        }
    )
    got = people(root)
    assert directions(got["People/Sam.md"]) == (0, 0, 5, 2, 5)
    assert directions(got["People/Bo.md"]) == (0, 0, 1, 0, 1)


def test_an_own_log_reads_what_they_sent_left_asked_and_what_did_not_come(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In a person's own log: `She sent the deck`, `She left a voicemail`, `Missed her call`,
    `She asked for a reference`, `She recommended me`, `She gave me a lift`, `She returned my
    call`, `She treated me to lunch`, `She hosted dinner`, `She stayed over` are hers; `Shared my
    notes with her`, `Introduced her to Bo`, `Picked her up`, `Returned her call` yours; `No reply yet`
    and `Still waiting to hear back` are silences, no contact."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("She sent the deck", "She left a voicemail", "Missed her call", "She asked for a reference",
             "She recommended me for the job", "She gave me a lift", "Shared my notes with her",
             "Introduced her to Bo", "Picked her up from the airport", "No reply yet",
             "Still waiting to hear back", "Emailed her the deck, no reply", "She returned my call",
             "Returned her call", "She treated me to lunch", "She hosted dinner", "She stayed over"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    got = people(root)["People/Sam.md"]
    assert directions(got) == (10, 5, 0, 0, 15)
    assert got["interactions"] == 15  # the two silences are no contact


def test_an_own_log_entry_of_a_deed_done_to_me_is_theirs(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A diary leaves out who did it: `Called me back`, `Sent me the slides`, `Asked me for a
    reference`, `Invited us over` are the person's, as `She called me back` is; `Called about the
    job`, `Sent the deck` stay yours, and `Let me know` and `Told me about the job` say nothing.
    `She lent me a ladder` and `She popped round` are hers, `Popped round`, `Dropped by hers` and
    `Intro'd her to Bo` yours, `Birthday party at hers` both of yours."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Called me back about the lease", "Sent me the slides", "Asked me for a reference",
             "Invited us over for dinner", "texted me", "Called about the job", "Sent the deck",
             "Let me know how it goes", "Told me about the job", "She lent me a ladder",
             "She popped round", "Popped round", "Dropped by hers", "Birthday party at hers",
             "Intro'd her to Bo"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (7, 5, 1, 2, 13)


def test_who_initiated_a_contact_is_read_as_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Owners who keep count of who starts write it in words: `initiated by her`, `she
    initiated`, `I initiated`, `(inbound)`, `(outbound)`; a call that says so is not a meeting
    (both of you) but theirs or yours."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Call, initiated by her", "Call — she initiated", "Call (inbound) - catch-up",
             "Call — I initiated", "coffee, initiated by me", "Call (outbound)", "Call"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (3, 3, 1, 0, 7)


def test_her_after_she_is_hers_and_whose_something_is_not_whom_it_was_done_to(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`She sent her regards`, `She brought her dog`: where the person does something, `her` is
    hers, not someone a deed was done to (`She asked her boss about the job for me` is no deed of
    mine: it says nothing), and a deed done to what is theirs (`He emailed his resume`, `They
    sent their new address`) was not done to them. Where I do it, theirs is still them (`Replied
    to [[Cy]]'s email`, `Brought her flowers`), and so after a new doer (`She texted, I called
    her back`)."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("She sent her regards", "He emailed his resume", "She brought her dog",
             "She asked her boss about the job for me", "They sent their new address",
             "Brought her flowers", "She texted, I called her back", "Lunch, she brought her famous pie"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (3, 1, 2, 2, 6)
    lines = ("[[Ana]] sent her regards", "[[Bo]] — she brought her dog", "Replied to [[Cy]]'s email")
    assert daily_directions(lines) == {"Ana": "inbound", "Bo": "unknown", "Cy": "outbound"}


def test_what_was_sent_or_forwarded_to_someone_and_wishes_to_them_are_mine() -> None:
    """`Sent flowers to [[Oz]]`, `Forwarded [[Kim]] the job posting`, `Condolences to [[Hal]]`,
    `Happy birthday to [[Pia]]`: I reached them. A newsletter sent to many is still no one's."""
    lines = (
        "Sent flowers to [[Oz]]", "Forwarded [[Kim]] the job posting", "Forwarded the posting to [[Jo]]",
        "Condolences to [[Hal]]", "Happy birthday to [[Pia]]", "Sent the newsletter to [[Ana]], [[Bo]]",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Oz": "outbound", "Kim": "outbound", "Jo": "outbound", "Hal": "outbound", "Pia": "outbound",
        "Ana": "unknown",
    }  # fmt: skip


def test_their_party_or_wedding_was_both_of_you_and_what_they_asked_is_theirs(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In a person's own log: `Her birthday party at the lake`, `Wedding`, `Housewarming` were
    both of you, as a `Party` is, and `Missed her wedding` no contact; `She asked if I could
    review her resume` is hers, `Reviewed his CV` mine. In a daily note, what is planned or
    missed of theirs is no contact either; their invitation is theirs."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Her birthday party at the lake", "Wedding", "Housewarming", "She asked if I could review her resume",
             "Reviewed his CV", "Party", "Missed her wedding"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    got = people(root)["People/Sam.md"]
    assert directions(got) == (1, 1, 4, 0, 6) and got["interactions"] == 6
    lines = (
        "Planning [[Ana]]'s birthday party", "Can't make [[Bo]]'s housewarming", "Invited to [[Cy]]'s wedding",
        "Missed [[Di]]'s call",
    )  # fmt: skip
    said = daily_said(lines)
    assert said == {
        "Ana": ("unknown", True), "Bo": ("unknown", True), "Cy": ("inbound", False), "Di": ("inbound", False),
    }  # fmt: skip


def test_when_it_was_and_who_they_are_to_me_do_not_hide_whom_it_was_with() -> None:
    """`Dinner last night with [[Ray]]`, `Coffee this morning with [[Sol]]`: when it was, between
    the meeting and the person, says nothing of them; nor does who they are to me, before them
    (`Coffee with my sister [[Xan]]`, `Called my old boss [[Cy]]`) or around them (`Lunch with the
    team ([[Tia]], [[Uma]])`). What is still to come is a plan as ever (`Call [[Bo]] tomorrow`)."""
    lines = (
        "Dinner last night with [[Ray]]", "Coffee this morning with [[Sol]]", "Lunch with the team ([[Tia]], [[Uma]])",
        "Coffee with my sister [[Xan]]", "Called my old boss [[Cy]]", "Call [[Bo]] tomorrow",
    )  # fmt: skip
    said = daily_said(lines)
    assert said == {
        "Ray": ("mutual", False), "Sol": ("mutual", False), "Tia": ("mutual", False), "Xan": ("mutual", False),
        "Cy": ("outbound", False), "Bo": ("unknown", True),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Called my [[Mum]]", "outbound"),
        ("Lunch with our [[Gran]]", "mutual"),
        ("My [[Mum]] called", "inbound"),
        ("Called my [[Mum]]'s doctor", "unknown"),
        ("Habe die Tante [[T]] angerufen", "outbound"),
        ("Rang the landlord [[L]]", "outbound"),
        ("Rang the post office [[L]]", "unknown"),
        ("Saw the post [[Bo]] shared", "unknown"),
        ("Llamé a mi hermana [[E]]", "outbound"),
        ("Llamé a mi [[Mamá]]", "outbound"),
        ("Llamé a la tía [[F]]", "outbound"),
        ("Llamé a la tía de [[F]]", "unknown"),
        ("Llamé a mi tía de [[F]]", "unknown"),
        ("Habe meinen Onkel [[G]] angerufen", "outbound"),
        ("Habe den Onkel von [[G]] angerufen", "unknown"),
        ("Zadzwoniłam do mojej siostry [[K]]", "outbound"),
        ("Cena con mi hermana [[E]]", "mutual"),
        ("Kaffee mit meiner Schwester [[S]]", "mutual"),
        ("J'ai appelé ma tante [[T]]", "outbound"),
    ],
)
def test_who_they_are_to_me_before_them_hides_nothing_in_any_language(line: str, way: str) -> None:
    """`my` alone before the person (`Called my [[Mum]]`) is who they are to me, as `my sister`
    is; so are the words of the languages vaultnet reads, in an owner's own phrases
    (`llamé a X`, `habe X angerufen`): a first person's possessive and a word or two (`mi
    hermana`, `meinen Onkel`, `mojej siostry`), or an article and a kin word (`la tía`, `die
    Tante`, `the landlord`; not any word: `Saw the post [[Bo]] shared` saw no one). Not a word
    of someone else (`la tía de [[F]]` is F's aunt, `den Onkel von [[G]]` G's uncle): nothing
    said of them."""
    words = {
        "inbound": ("X me llamó", "X hat angerufen", "X zadzwoniła"),
        "outbound": ("llamé a X", "habe X angerufen", "zadzwoniłam do X", "appelé X", "rang X"),
        "mutual": ("cena con X", "Kaffee mit X"),
    }
    found = parse_note("Daily/2026-11-20.md", f"- {line}\n".encode(), Config(words=words)).entries
    assert [(m.direction, m.inferred) for m in found] == [(way, way != "unknown")]


@pytest.mark.parametrize(
    "line",
    [
        "Llamé a [[H]] y a [[A]]", "Llamé a [[H]], a [[A]] y a [[B]]", "Called [[H]] and [[A]]",
        "Talked to [[H]] and to [[A]]", "Lunch with [[H]] and with [[A]]", "Habe [[H]] und [[A]] angerufen",
    ],
)  # fmt: skip
def test_a_list_after_a_phrase_may_say_its_word_again_before_each(line: str) -> None:
    """A list of people after a phrase is as good as one person (`Called [[H]] and [[A]]`), the
    phrase's word before the person said again or not (`Talked to [[H]] and to [[A]]`, in an
    owner's own phrase `llamé a X`: `Llamé a [[H]] y a [[A]]`)."""
    words = {"outbound": ("llamé a X", "habe X angerufen")}
    found = parse_note("Daily/2026-11-20.md", f"- {line}\n".encode(), Config(words=words)).entries
    assert [m.inferred for m in found] == [True]
    assert len(found[0].targets) == len(re.findall(r"\[\[", line))


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("[[Mrs Lee]] (Jamie's mum) emailed about homework", "inbound"),
        ("[[Jordan]] (Figma rec) emailed me about the PM role", "inbound"),
        ("[[Cy]] (my neighbour) called me", "inbound"),
        ("[[Ana]], Jamie's mum, emailed about homework", "inbound"),
        ("[[Kai]], the HM, replied", "inbound"),
        ("Emailed [[Bo]] (the recruiter) my CV", "outbound"),
    ],
)
def test_who_someone_is_in_brackets_or_commas_after_their_name_hides_nothing(line: str, way: str) -> None:
    """Owners say who someone is right after their name (`[[Mrs Lee]] (Jamie's mum) emailed`,
    `[[Kai]], the HM, replied`): the words go on as if it were not there."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    "line",
    [
        "Lunch with [[Di]] (cancelled)",
        "Sync with [[Di]] (absent) and [[Ed]]",
        "[[Di]] (no-show) for the demo",
    ],
)
def test_a_mark_in_brackets_after_a_name_still_says_they_were_not_there(line: str) -> None:
    """`(cancelled)`, `(absent)`, `(no-show)` after a name are no aside: they still say it did
    not happen with them."""
    assert daily_entries(line)[0].aside


def test_a_diary_writes_what_was_done_together_many_ways(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In a person's own log: `Quick catch up on the phone`, `Long email exchange`, `Our monthly
    call`, `Grabbed a beer`, `Went climbing`, `Played tennis`, `Caught her at the conference` were
    both of you; `Dropped off a birthday gift` was yours."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Quick catch up on the phone", "Long email exchange about the book", "Our monthly call",
             "Grabbed a beer after the meetup", "Went climbing", "Played tennis", "Caught her at the conference",
             "Dropped off a birthday gift"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (0, 1, 7, 0, 8)


def test_after_one_person_named_first_their_pronouns_mean_them() -> None:
    """`[[Ana]]: she called about the flat`, as a daily note lists whom you heard from: her
    pronouns, and a deed done to me (`called me back`), are hers; `sent her the deck` is yours; a
    deed with no one doing it (`[[Di]]: called about the job`) says nothing: who called?"""
    lines = (
        "[[Ana]]: she called about the flat", "[[Bo]] — called me back", "[[Cy]]: sent her the deck",
        "[[Di]]: called about the job", "[[Ed]] & I had lunch", "Me and [[Fay]] at the pub",
        "Texted with [[Gus]]", "[[Hal]] - asked me about the job",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "inbound", "Bo": "inbound", "Cy": "outbound", "Di": "unknown", "Ed": "mutual",
        "Fay": "mutual", "Gus": "mutual", "Hal": "inbound",
    }  # fmt: skip


def test_a_dataview_field_holding_the_person_is_read_as_the_person() -> None:
    """`I talked to (person:: [[Eli]])`, as the Dataview example vault writes a daily note: the
    person where the line says them; `(source:: [[Eli]])` is an attribution still."""
    text = (
        "- I talked to (person:: [[Eli]]) on the train station\n- lunch [with:: [[Bo]], [[Cy]]]\n"
        "- read the post (source:: [[Di]])\n"
    )
    note = parse_note("Daily/2026-11-20.md", text.encode(), Config())
    said = {m.targets[0]: (m.direction, m.aside) for m in note.entries}
    assert said == {
        "Eli": ("mutual", False),
        "Bo": ("mutual", False),
        "Di": ("unknown", True),
    }


def test_a_direction_stated_in_a_field_or_a_tag_is_a_mark(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`[direction:: inbound]` (Dataview's way to give an entry a field) and `#outbound` say who
    started it as an arrow does: not read from the words, and before the note's own direction
    or a meeting's; an arrow still wins."""
    log = (
        "- 2026-11-01 call [direction:: inbound]\n- 2026-11-02 lunch (direction:: outbound)\n"
        "- 2026-11-03 #inbound coffee\n- 2026-11-04 -> call #inbound\n"
    )
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log,
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "Meetings/2026-11-05 Sync.md": "---\ntype: meeting\n---\n- [[Bo]] pitched it #inbound\n",
            "Daily/2026-11-06.md": "- Lunch with [[Bo]] (direction:: outbound)\n",
        }
    )
    got = people(root)
    assert directions(got["People/Sam.md"]) == (2, 2, 0, 0, 0)
    assert directions(got["People/Bo.md"]) == (1, 1, 0, 0, 0)


def test_a_field_of_who_started_it_takes_the_words_a_logs_column_does(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A field named as a log's column of who started it (`[initiated by:: them]`,
    `(started_by:: me)`, `[who_started:: both]`) says it as `direction::` does, in the column's
    words (`me`, `them`, `both`, `in`, `out`, an arrow), and so does a dated note's front matter
    `direction: in`; a name in it says nothing, and a tag `#in` is no direction."""
    log = (
        "- 2026-11-01 call [initiated by:: them]\n- 2026-11-02 lunch (started_by:: me)\n"
        "- 2026-11-03 walk [who_started:: both]\n- 2026-11-04 call [direction:: in]\n"
        "- 2026-11-05 [type:: call] [initiator:: Ana] catch up\n- 2026-11-06 call #in\n"
    )
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log,
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-07.md": "---\ndirection: in\n---\n- [[Bo]] about the move\n",
        }
    )
    got = people(root)
    assert directions(got["People/Sam.md"]) == (2, 1, 2, 1, 1)  # the call tagged #in: from its word
    assert directions(got["People/Bo.md"]) == (1, 0, 0, 0, 0)


def test_a_note_per_interaction_names_its_person_and_who_started_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Personal CRM templates keep a note per interaction, naming its one person (`person:`,
    `contact:`, `who:`) as a meeting names its attendees, and who started it as a log's column
    does, in the front matter (`initiated_by: them`, `started_by: me`)."""
    root = make_vault(
        {
            "People/Ana Souza.md": "---\ntags: [person]\n---\n",
            "Interactions/2026-11-20 Coffee.md": '---\ndate: 2026-11-20\nperson: "[[Ana Souza]]"\ntype: coffee\n---\n',
            "Interactions/2026-11-18 Call.md": (
                "---\ndate: 2026-11-18\ncontact: Ana Souza\ntype: call\ninitiated_by: them\n---\nThe flat.\n"
            ),
            "Interactions/2026-11-15.md": '---\nwho: ["[[Ana Souza]]"]\nstarted_by: me\n---\nSent the deck.\n',
        }
    )
    assert directions(people(root)["People/Ana Souza.md"]) == (1, 1, 1, 0, 0)


def test_a_daily_list_of_whom_you_saw_and_what_you_did_together_is_mutual(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`- [[Ana]]: lunch at Rosa's` under a daily note's People: the people first (after the
    time of day, if any), a mark, then a meeting word or what was done together. A deed after them is not read (`[[Di]]: called`:
    who called?), nor a line with no mark (`[[Bo]] met [[Cy]]` may be about them, not you)."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Ana", "Bo", "Cy", "Di")},
            "Daily/2026-11-18.md": "## People\n- [[Ana]]: lunch at Rosa's\n- **[[Bo]]** - chatted about his podcast\n",
            "Daily/2026-11-19.md": "- [[Ana]] and [[Cy]] — dinner\n- [[Di]]: called about the job\n",
            "Daily/2026-11-20.md": "- [[Bo]] met [[Cy]] at the fair\n- 18:30 [[Ana]]: drinks\n",
        }
    )
    got = people(root)
    assert directions(got["People/Ana.md"]) == (0, 0, 3, 0, 3)  # after the time of day too
    assert directions(got["People/Bo.md"]) == (0, 0, 1, 1, 1)
    assert directions(got["People/Cy.md"]) == (0, 0, 1, 1, 1)  # Bo met him: no phrase of mine
    assert directions(got["People/Di.md"]) == (0, 0, 0, 1, 0)


def test_a_message_to_someone_is_yours_and_a_catchup_a_meeting(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Email to [[Bo]] about the deck`, `Bday msg to [[Bo]]`: you wrote to him, as `msg from
    [[Bo]]` is his; `Catchup: [[Cy]]` and `Catch-up [[Cy]]` were meetings, as `Lunch: [[Cy]]`."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Bo", "Cy")},
            "Daily/2026-11-16.md": "- Email to [[Bo]] about the deck\n- Catchup: [[Cy]]\n",
            "Daily/2026-11-17.md": "- Bday msg to [[Bo]]\n- Catch-up [[Cy]]\n",
            "Daily/2026-11-18.md": "- msg from [[Bo]] re the flat\n",
        }
    )
    got = people(root)
    assert directions(got["People/Bo.md"]) == (1, 2, 0, 0, 3)
    assert directions(got["People/Cy.md"]) == (0, 0, 2, 0, 2)


def test_what_is_still_to_do_is_no_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Need to call [[Sam]]` in a daily note is a to-do written without a box: no contact, and
    no call of yours, whatever else the line says of others. Checked off, it was done."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Sam", "Bo", "Di")},
            "Daily/2026-11-18.md": "- Need to call [[Sam]] about the flat\n- lunch with [[Bo]]; should ping [[Sam]]\n"
            "- Reminder: text [[Sam]] the address\n- Reminder to email [[Sam]]\n",
            "Daily/2026-11-19.md": "- [x] Need to call [[Di]]\n- I'll email [[Di]] the deck\n",
        }
    )
    got = people(root)
    assert got["People/Sam.md"]["interactions"] == 0
    assert directions(got["People/Bo.md"]) == (0, 0, 1, 0, 1)
    assert directions(got["People/Di.md"]) == (0, 1, 0, 0, 1)


def test_a_demo_a_workshop_and_office_hours_with_someone_were_time_together(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Demo with [[Bo]]`, `Office hours with [[Lu]]`, `Workshop with [[Ned]]`, as a work log
    writes its meetings, and in an own log an entry that opens `Demo` or `Workshop`."""
    lines = ("Demo with [[Bo]]", "Office hours with [[Lu]]", "Workshop with [[Ned]]")
    assert daily_directions(lines) == {"Bo": "mutual", "Lu": "mutual", "Ned": "mutual"}
    log = "- 2026-11-02 Demo of the new dashboard\n- 2026-11-03 Workshop on hiring\n"
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (0, 0, 2, 0, 2)


def test_a_thought_about_what_someone_said_is_no_contact() -> None:
    """`Thinking about what [[Ed]] said about the reorg`, `Wondering what [[Fay]] meant`: a
    thought, not a contact, as `Thinking of [[Ed]]` is."""
    lines = (
        "Thinking about what [[Ed]] said about the reorg", "Wondering what [[Fay]] meant",
        "Thought about how [[Gus]] handled it",
    )  # fmt: skip
    got = daily_entries_of(lines)
    assert len(got) == 3 and all(m.aside for m in got)


def test_whom_a_line_is_about_is_no_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Thinking of [[Ana]]` in a daily note is no contact. `Talked to [[Bo]] about [[Ana]]` is one
    with Ana too, as the spec counts `[[Cleo]] asked me about [[Dev]]'s new job` (examples-v2/08),
    until `[words] about = ["about X", "re: X"]` says otherwise: then only news of her, and the
    line, less it, a talk with Bo. In Ana's own log, `talked about her move` is still a talk
    with her."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Bo", "Cy")},
            "People/Ana.md": "---\ntags: [person]\n---\n- 2026-11-02 talked about her move\n",
            "Daily/2026-11-18.md": "- Talked to [[Bo]] about [[Ana]] and [[Cy]]\n- Thinking of [[Ana]]\n",
            "Daily/2026-11-19.md": "- Called [[Cy]] re: [[Ana]]'s party\n- Talked about [[Ana]] with [[Bo]]\n",
            "Daily/2026-11-20.md": "- Thought about [[Cy]] all day\n",
        }
    )
    got = people(root)
    assert directions(got["People/Ana.md"]) == (0, 0, 1, 2, 1)
    assert directions(got["People/Bo.md"]) == (0, 0, 1, 1, 1)
    assert directions(got["People/Cy.md"]) == (0, 1, 0, 1, 1)
    (root / "vaultnet.toml").write_text('[words]\nabout = ["about X", "re: X"]\n')
    got = people(root)
    assert directions(got["People/Ana.md"]) == (0, 0, 1, 0, 1)
    assert directions(got["People/Bo.md"]) == (0, 0, 2, 0, 2)  # `talked with [[Bo]]`, less its about
    assert directions(got["People/Cy.md"]) == (0, 1, 0, 0, 1)


def test_a_phrase_of_no_one_is_not_of_whom_the_line_is_about() -> None:
    """A phrase of your own words with no `X` (`getroffen`) tells of everyone on the line but
    those another phrase cut as what the line is about or a plan (`über X`, `need to … X`):
    `Mit [[Bo]] getroffen, über [[Anna]] gesprochen` met Bo, and told of Anna."""
    config = config_from_dict({"words": {"mutual": ["getroffen"], "about": ["über X"]}})
    text = (
        "- Mit [[Bo]] getroffen, über [[Anna]] gesprochen\n- Getroffen [[Ed]]; need to call [[Di]]\n"
        "- I called, no reply from [[Cy]]\n"
    )
    entries = parse_note("Daily/2026-11-20.md", text.encode(), config).entries
    assert {t: (m.direction, m.aside) for m in entries for t in m.targets} == {
        "Bo": ("mutual", False), "Anna": ("unknown", True), "Ed": ("mutual", False), "Di": ("unknown", True),
        "Cy": ("outbound", False),  # what did not happen may follow a deed to them: a call unanswered
    }  # fmt: skip


def test_a_daily_notes_meetings_heading_makes_its_lines_meetings(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Under `## Meetings` (and a heading inside it), each line naming people was a meeting with
    them, as a meeting note's lines are; an arrow or what did not happen still says otherwise, and
    the next heading as high ends it."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Bo", "Cy", "Di", "Ed")},
            "Daily/2026-11-16.md": "# Monday\n## Meetings\n- [[Bo]]\n### Standup\n- [[Cy]] presented\n"
            "- Cancelled the 1:1 with [[Di]]\n- <- [[Ed]] sent the agenda\n## Notes\n- [[Di]] and the launch\n",
            "Daily/2026-11-17.md": "## 1:1s\n- [[Ed]]: hiring plan\n",
        }
    )
    got = people(root)
    assert directions(got["People/Bo.md"]) == (0, 0, 1, 0, 0)
    assert directions(got["People/Cy.md"]) == (0, 0, 1, 0, 0)
    assert directions(got["People/Di.md"]) == (0, 0, 0, 1, 0)  # the cancelled 1:1 is none
    assert directions(got["People/Ed.md"]) == (1, 0, 1, 0, 0)


@pytest.mark.parametrize("heading", ["## Calls", "## Meetings", "### 1:1s"])
@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("called [[Bo]], left a voicemail", "outbound"),
        ("[[Bo]] called me back", "inbound"),
        ("Emailed [[Bo]] the contract", "outbound"),
        ("[[Bo]] - no reply, as usual", None),
        ("[[Bo]] didn't pick up", None),
        ("[[Bo]]", "mutual"),
        ("[[Bo]] - project sync", "mutual"),
        ("lunch with [[Bo]], she invited me", "mutual"),  # who asked for it: the meeting still was
        ("Call with [[Bo]], she reached out", "mutual"),
        ("[[Bo]] asked me about the budget", "mutual"),  # what was said at it
        ("[[Bo]] sent the agenda", "mutual"),
        ("[[Bo]] asked me to call the supplier", "mutual"),  # a call to make, not one made
        ("[[Bo]] asked me about the budget, I'll email the figures", "mutual"),
        ("[[Bo]] replied to my question in the meeting", "mutual"),
        ("<- [[Bo]] sent the agenda", "inbound"),
    ],
)
def test_under_a_meeting_heading_a_call_or_message_one_way_keeps_its_words(
    heading: str, line: str, way: str | None
) -> None:
    """A heading of meetings (`## Calls`) is vaultnet's own reading, not the spec's meeting rule:
    a line whose words say a call or a message went one way (`called [[Bo]], left a voicemail`,
    `[[Bo]] called me back`), or that nothing happened, is read by them, as it is under no heading;
    a line that says nothing of who started it, or that it was done together, is a meeting."""
    text = f"{heading}\n- {line}\n"
    (m,) = parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries
    assert (None if m.aside else m.direction) == way
    assert m.inferred == (way in ("inbound", "outbound") and "<-" not in line)


def test_a_meeting_notes_lines_are_its_meeting_whatever_they_say() -> None:
    """A note that is a meeting's (spec 1.4: its `type`) is mutual line by line, words or not:
    only the heading of a daily note lets a line's words say otherwise."""
    text = "---\ntype: meeting\n---\n- [[Bo]] called me back\n- called [[Cy]], left a voicemail\n"
    entries = parse_note("Meetings/2026-11-20 Sync.md", text.encode(), Config()).entries
    assert {t: m.direction for m in entries for t in m.targets} == {"Bo": "mutual", "Cy": "mutual"}


@pytest.mark.parametrize(
    ("line", "way"),
    [
        # an attempt is yours, as `left a voicemail for X`, `tried calling X` and `couldn't reach X` are
        ("Tried [[Bo]] twice, no luck", "outbound"),
        ("left voicemail for [[Bo]]", "outbound"),
        ("Left a VM for [[Bo]]", "outbound"),
        ("left vm for [[Bo]]", "outbound"),
        ("[[Bo]] - left voicemail", "outbound"),
        ("[[Bo]] - left VM", "outbound"),
        ("[[Bo]] - no answer, left VM", "outbound"),
        ("called [[Bo]], left voicemail", "outbound"),
        ("dialed [[Bo]], went to VM", "outbound"),
        ("Dialled [[Bo]] again", "outbound"),
        ("called [[Bo]] - wrong number", "outbound"),
        # a silence alone, as `no answer` alone, is none
        ("[[Bo]] - went to VM", None),
        ("[[Bo]] - straight to voicemail", None),
        ("[[Bo]] - wrong number", None),
        ("[[Bo]] - no luck", None),
        ("[[Bo]] didn't pick up", None),
        ("[[Bo]] - didn't pick up", None),
        # an email that bounced reached no one
        ("[[Bo]] bounced", None),
        ("[[Bo]] bounced (left the company)", None),
        ("[[Bo]]'s email bounced", None),
        ("Email to [[Bo]] bounced", None),
        # a tracker's event is no word from them, as `X liked my` is none
        ("[[Bo]] opened my email (HubSpot)", None),
        ("[[Bo]] opened the proposal 3x (DocSend)", None),
        ("[[Bo]] viewed the pricing deck", None),
        ("[[Bo]] clicked the link in my email", None),
        # a connection made on LinkedIn is no conversation (docs/vcard.md)
        ("LinkedIn connection request to [[Bo]]", None),
        ("Sent [[Bo]] a connection request", None),
        ("Sent a LinkedIn request to [[Bo]]", None),
        ("[[Bo]] accepted my LinkedIn request", None),
        ("[[Bo]] accepted my connection request", None),
        ("Connected with [[Bo]] on LinkedIn", None),
    ],
)
def test_a_failed_attempt_is_yours_and_a_tracked_event_is_no_contact(line: str, way: str | None) -> None:
    """A salesperson's dial log: an attempt (a voicemail left, a dial, `tried X`) is yours, one way,
    as `left a voicemail for X` is; what says only that nobody answered (`went to VM`, `wrong
    number`, `no luck`, a bounce) is none when alone; an email opened or a link clicked, as a
    tracker reports it, and a LinkedIn connection, are no conversation."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("[[Bo]] left a voicemail", "inbound"),
        ("[[Bo]] left voicemail", "inbound"),
        ("Missed call from [[Bo]], he left a VM", "inbound"),
        ("[[Bo]] called, went to voicemail", "inbound"),
        ("Called [[Bo]], no answer", "outbound"),
        ("Tried [[Bo]]'s lasagna", "unknown"),
        ("Listened to the voicemail [[Bo]] left", "unknown"),
        ("Tried [[Bo]] sourdough recipe", "unknown"),
        ("Tried the new cafe with [[Bo]]", "unknown"),
        ("[[Bo]] tried [[Cy]] twice", "unknown"),
        ("[[Bo]] gave me the wrong number", "inbound"),
        ("[[Bo]] and I bounced ideas around", "mutual"),
        ("[[Bo]] bounced back after surgery", "unknown"),
        ("[[Bo]] opened up about his divorce", "unknown"),
        ("[[Bo]] opened the door for me", "unknown"),
        ("[[Bo]] opened my email and called me right after", "unknown"),  # a contact, as before
        ("[[Bo]] viewed the proposal and replied with questions", "unknown"),
        ("Lunch with [[Bo]], no luck finding a table", "mutual"),
        ("Connected with [[Bo]] at the conference", "unknown"),
        ("Caught up with [[Bo]]; he opened the new office", "mutual"),
    ],
)
def test_lines_near_a_failed_attempt_or_a_tracked_event_read_as_before(line: str, way: str) -> None:
    (m,) = [m for m in daily_entries(line) if "Bo" in m.targets]
    assert (m.direction, m.aside) == (way, False)


def test_a_dial_list_under_calls_reads_each_attempt_as_its_words_say() -> None:
    """The probe's call list: `## Calls` over a salesperson's dials; none of them a meeting."""
    lines = (
        "[[A]] - left VM", "[[B]] - no answer, left VM", "called [[C]], left voicemail",
        "[[D]] called me back", "[[E]] - went to voicemail", "[[F]] - project sync",
    )  # fmt: skip
    text = "## Calls\n" + "".join(f"- {line}\n" for line in lines)
    entries = parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries
    assert {m.targets[0]: None if m.aside else m.direction for m in entries} == {
        "A": "outbound", "B": "outbound", "C": "outbound", "D": "inbound", "E": None, "F": "mutual",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("QBR with [[Bo]] and [[Hannah Schmidt]] - went well", "mutual"),
        ("QBR w/ [[Bo]]", "mutual"),
        ("Q4 QBR with [[Bo]]", "mutual"),
        ("QBR [[Bo]]", "mutual"),
        ("[[Bo]] QBR", "mutual"),
        ("[[Bo]] - QBR, renewal looks safe", "mutual"),
        ("Scheduled QBR with [[Bo]]", None),
        ("Prep for QBR with [[Bo]]", None),
        ("QBR with [[Bo]] got cancelled", None),
        ("Sent the QBR deck to [[Bo]]", "outbound"),
    ],
)
def test_a_quarterly_business_review_is_a_meeting(line: str, way: str | None) -> None:
    """`QBR` (a quarterly business review) is a meeting word, as `demo` and `1:1` are: `QBR with
    [[Bo]]` was a meeting; booked, prepared or cancelled, it is none yet."""
    (m,) = [m for m in daily_entries(line) if "Bo" in m.targets]
    assert (None if m.aside else m.direction) == way


def test_an_own_log_entry_of_a_qbr_is_a_meeting() -> None:
    text = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 QBR\n- 2026-11-09 Quick QBR, went well\n"
    entries = parse_note("People/Bo.md", text.encode(), Config()).entries
    assert [m.direction for m in entries] == ["mutual", "mutual"]


def test_what_did_not_happen_is_no_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Haven't heard from [[Bo]]`, `Didn't call [[Bo]]`, `Missed lunch with [[Bo]]`, `[[Bo]] never
    replied` are silences, not contacts (each read as his call or yours before); in Bo's own log
    too, and with the apostrophe a phone writes. What else a line says still counts; a
    `[words] undone` phrase extends the table."""
    silences = [
        "Haven't heard from [[Bo]] in weeks", "Still no reply from [[Bo]]", "Never heard back from [[Bo]]",
        "Didn't call [[Bo]]", "Didn’t get to see [[Bo]]", "Forgot to call [[Bo]]", "Missed lunch with [[Bo]]",
        "Cancelled drinks with [[Bo]]", "[[Bo]] never replied", "[[Bo]] hasn't written back",
        "[[Bo]] ghosted me", "Ghosted by [[Bo]] again", "I owe [[Bo]] a call", "[[Bo]] owes me a reply",
    ]  # fmt: skip
    days = {f"Daily/2026-10-{10 + i}.md": f"- {line}\n" for i, line in enumerate(silences)}
    root = make_vault(
        {
            "People/Bo.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-02 no reply from him yet\n"
            "- 2026-11-03 coffee, he didn't mention the move\n- 2026-11-04 he hasn’t called back\n",
            "People/Cy.md": "---\ntags: [person]\n---\n",
            **days,
            "Daily/2026-11-05.md": "- Coffee with [[Cy]], she didn't mention [[Bo]]\n",
            "Daily/2026-11-06.md": "- Cy nicht erreicht: [[Cy]]\n",
        }
    )
    got = people(root)
    assert directions(got["People/Bo.md"]) == (0, 0, 1, 0, 1)  # the coffee only
    assert directions(got["People/Cy.md"]) == (0, 0, 1, 1, 1)
    (root / "vaultnet.toml").write_text('[words]\nundone = ["nicht erreicht"]\n')
    assert directions(people(root)["People/Cy.md"]) == (0, 0, 1, 0, 1)


def own_log(*lines: str) -> tuple[Mention, ...]:
    """The entries of a person's own log, one dated entry of each line."""
    log = "".join(f"- 2026-11-{day:02d} {line}\n" for day, line in enumerate(lines, 1))
    return parse_note("People/Sam.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config()).entries


def test_a_silence_after_an_outreach_leaves_the_outreach() -> None:
    """`no reply` says the reply did not happen, not the message: `cold LI msg, no reply` in Sam's
    log and `cold LI msg [[A]], no reply` in a daily note are contacts, as without the silence
    (each was no contact); a line that is nothing but the silence is none (`no reply`, `No
    answer.`, `[[E]] - no reply`, `no reply, as usual`); a silence naming its person is theirs
    (`ghosted by [[G]]. moving on`), whatever silence of no one it holds."""
    got = own_log("cold LI msg, no reply", "email, no reply", "no reply", "No answer.", "no reply, as usual")
    assert [(m.direction, m.aside) for m in got] == [
        ("unknown", False), ("unknown", False), ("unknown", True), ("unknown", True), ("unknown", True),
    ]  # fmt: skip
    lines = (
        "cold LI msg [[A]], no reply", "InMail to [[B]] - no response", "[[C]]: LI msg, no reply",
        "cold outreach [[D]] (no answer)", "[[E]] - no reply", "Coffee with [[F]], no news on the job",
        "Linear: ghosted by [[G]]. moving on",
    )  # fmt: skip
    assert daily_said(lines) == {
        "A": ("unknown", False), "B": ("outbound", False), "C": ("unknown", False),
        "D": ("unknown", False), "E": ("unknown", True), "F": ("mutual", False), "G": ("unknown", True),
    }  # fmt: skip


def test_a_silence_written_as_a_job_seeker_writes_it_is_no_contact() -> None:
    """`ghosted`, `crickets`, `radio silence`, `no word since final round`, `still pending, never
    accepted`, `accepted. no convo` and the like in a person's own log say nothing happened (each
    was a contact); after what was done they leave it (`f/u again. ghosted.` was a follow-up)."""
    silences = (
        "ghosted", "didn't reply", "never responded", "radio silence", "crickets", "still nothing",
        "nothing back yet", "no word since final round", "no news", "heard nothing", "no update",
        "still pending, never accepted", "connection req still pending", "accepted. no convo",
    )  # fmt: skip
    got = own_log(*silences, "f/u again. ghosted.")
    assert [m.aside for m in got] == [True] * len(silences) + [False]
    assert got[-1].direction == "outbound"


def test_a_mailing_received_is_no_contact() -> None:
    """A newsletter or a mass email that came to you is audience, as one you sent is: `mass email
    from [[C]]`, `got the alumni newsletter from [[B]]`, `[[D]] sent a mass email` (each was their
    contact), and in an own log `<- alumni newsletter`, `<- weekly jobs newsletter` (each
    inbound); an answer to one still counts (`[[X]] replied to my newsletter`), and so does what
    was done with one (`<- feedback on my newsletter`)."""
    lines = (
        "mass email from [[C]] re: mixer", "got the alumni newsletter from [[B]]",
        "[[D]] sent a mass email about the mixer", "weekly jobs digest from [[F]]",
        "[[X]] replied to my newsletter",
    )  # fmt: skip
    got = {m.targets[0]: (m.direction, m.broadcast) for m in daily_entries_of(lines)}
    assert got == {
        "C": ("unknown", True), "B": ("unknown", True), "D": ("unknown", True), "F": ("unknown", True),
        "X": ("inbound", False),
    }  # fmt: skip
    own = own_log("<- alumni newsletter", "<- weekly jobs newsletter", "alumni newsletter",
                  "<- recruiter newsletter", "<- feedback on my newsletter", "-> loved her newsletter")  # fmt: skip
    assert [m.broadcast for m in own] == [True, True, True, True, False, False]


def test_a_job_searchs_shorthand_says_who_reached_out() -> None:
    """`f/u w/ X` and `let X know` are yours, `IV w/ X`, `phone screen w/ X`, `final round with X`
    meetings, `InMail from X`, `X let me know` theirs (each said nothing); what one told the other
    (`told [[I]] I accepted`, `[[K]] told me ...`) is what was said when you talked, whoever started
    it; a plan to follow up is a plan."""
    lines = (
        "f/u w/ [[A]] re: referral", "f/u'd with [[B]], no answer", "IV w/ [[C]] (HM)",
        "phone screen w/ [[D]]", "rec screen with [[E]]", "final round with [[F]]", "InMail from [[H]]",
        "told [[I]] I accepted", "let [[J]] know I withdrew", "[[K]] told me the team loved me",
        "[[L]] let me know I'm moving to onsite", "[[M]] told me about the move", "need to f/u with [[N]]",
        "2nd f/u to [[O]], crickets",
    )  # fmt: skip
    assert daily_said(lines) == {
        "A": ("outbound", False), "B": ("outbound", False), "C": ("mutual", False), "D": ("mutual", False),
        "E": ("mutual", False), "F": ("mutual", False), "H": ("inbound", False), "I": ("unknown", False),
        "J": ("outbound", False), "K": ("unknown", False), "L": ("inbound", False), "M": ("unknown", False),
        "N": ("unknown", True), "O": ("outbound", False),
    }  # fmt: skip
    assert [m.direction for m in own_log("f/u w/ Sam", "f/u email re referral status")] == ["outbound"] * 2


def test_an_interview_is_a_meeting_and_its_interviewers_its_people() -> None:
    """A dated note of `type: interview` is a meeting, as one of `type: call` is; `interviewers:`
    names its people, as `attendees:` does."""
    text = "---\ntype: interview\ninterviewers: ['[[Lu]]', '[[Mo]]']\n---\n- loop at Figma\n"
    entries = parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries
    assert {(t, m.direction) for m in entries for t in m.targets} == {("Lu", "mutual"), ("Mo", "mutual")}


def test_an_emoji_of_what_was_done_reads_as_its_word() -> None:
    """`☕ with [[Ana]]`, `🍻 [[Bo]]`, `📧 from [[Cy]]`, `✉️ [[Di]]` (its variation selector too),
    `🤝 [[Ed]]`, `📲 from [[Flo]]`: as `coffee with`, `beers`, `email from`, `email`, `meeting` and
    `message from` read; in an own log, `☕ at Nopa` opens
    with a meeting word."""
    lines = ("☕ with [[Ana]]", "🍻 [[Bo]]", "📧 from [[Cy]]", "✉️ [[Di]]", "🤝 [[Ed]]", "📲 from [[Flo]]")
    assert daily_directions(lines) == {
        "Ana": "mutual", "Bo": "mutual", "Cy": "inbound", "Di": "outbound", "Ed": "mutual", "Flo": "inbound",
    }  # fmt: skip
    log = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 ☕ at Nopa\n"
    assert [m.direction for m in parse_note("People/Ed.md", log.encode(), Config()).entries] == ["mutual"]


def test_an_emoji_before_words_of_their_own_is_the_kind_and_the_words_tell_who() -> None:
    """`📞 she called` is a call she made, not a call: the emoji is its kind, as `Call: she
    called` would be, and the words after it say who started it."""
    log = "".join(
        f"- 2026-11-0{day} — {text}\n"
        for day, text in enumerate(
            ("📞 she called", "✉️ she emailed", "📞 I called her", "☕ she invited me"), 1
        )
    )
    note = parse_note("People/Ed.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config())
    assert [m.direction for m in note.entries] == ["inbound", "inbound", "outbound", "inbound"]


@pytest.mark.parametrize(
    ("outline", "way"),
    [
        ("- Lunch\n\t- with [[Ana]]", "mutual"),
        ("- Coffee at Nopa\n  - [[Ana]]", "mutual"),
        ("- Emailed\n  - [[Ana]]", "outbound"),
        ("- Heard from\n  - [[Ana]]", "inbound"),
        ("- Meetings\n  - [[Ana]] about the launch", "mutual"),
        ("- Project Apollo\n  - [[Ana]]", "unknown"),  # no deed, no meeting
        ("- Lunch\n  - [[Ana]] sent the menu", "inbound"),  # the line says it itself
        ("- Lunch with [[Bo]]\n  - [[Ana]]", "mutual"),  # one more of its contact's people (spec 1.5)
        ("- Lunch with [[Bo]]\n  - [[Ana]] moved to Oslo", "unknown"),  # words of its own, of no contact
        ("- <- [[Bo]] called\n  - [[Ana]]", "inbound"),  # the contact's mark covers its children
    ],
)
def test_an_outliners_nested_item_goes_on_from_the_words_of_the_item_it_is_in(outline: str, way: str) -> None:
    """Outliners (Logseq, Roam, Workflowy) nest what was done and whom with: `- Lunch` over `- with
    [[Ana]]`, `- Emailed` over `- [[Ana]]`. A nested item that says nothing of its people reads as
    the words of the item it is in, going on, as a line with a mark between them
    (`Emailed: [[Ana]]`) does; under an item that names people of its own, a nested item of
    names alone names more people of its contact (spec 1.5), in its direction."""
    (m,) = [
        m
        for m in parse_note("Daily/2026-11-20.md", f"{outline}\n".encode(), Config()).entries
        if "Ana" in m.targets
    ]
    assert m.direction == way


@pytest.mark.parametrize(
    ("day", "way", "text"),
    [
        (
            "## [[Ana]]\n- she called me about the move\n- asked me about her CV\n",
            "inbound",
            "she called me about the move",
        ),
        ("### [[Ana]]\n\n-> sent her the deck\n", "outbound", "sent her the deck"),
        ("## [[Ana]]\ncoffee at Nopa\n", "mutual", "coffee at Nopa"),
        ("## [[Ana]]\n- [[Bo]] called\n", "unknown", ""),  # a line of its own people
        ("## [[Ana]]\n## Work\n- called the bank\n", "unknown", ""),  # nothing under her
    ],
)
def test_a_heading_of_one_persons_name_is_told_by_the_line_under_it(day: str, way: str, text: str) -> None:
    """A daily note's heading per person (`## [[Ana]]` over what happened) reads as a bullet of
    her name alone does: the first line under it, to the next heading, tells of her, as the two
    on one line would (`[[Ana]]: she called me about the move`), unless it names people of its own."""
    (m,) = [
        m for m in parse_note("Daily/2026-11-20.md", day.encode(), Config()).entries if "Ana" in m.targets
    ]
    assert (m.direction, m.line, m.text) == (way, 1, f"[[Ana]]: {text}" if text else "[[Ana]]")


def test_a_linked_person_called_by_their_first_name_on_the_same_line_is_them() -> None:
    """`Lunch with [[Dana Reyes]] and [[Bo Chen]] — Bo's idea`: people link a name once and then
    write it plain, as their own log's `Jane called` in `Jane Doe.md` is Jane. A first name two
    linked people share, or one written in lower case (`will`), names no one."""
    lines = (
        "Lunch with [[Dana Reyes]] and [[Bo Chen]] — Bo's idea",
        "Coffee with [[Ana Ruiz]]; Ana asked to meet",
        "Drinks with [[Cy Lee]] and [[Cy Park]]; Cy invited me",
        "Called [[Will Ito]], will call again",
        "Coffee with [[eve-moss]]; Eve's idea",
    )
    note = parse_note("Daily/2026-11-20.md", "".join(f"- {line}\n" for line in lines).encode(), Config())
    got = {target: m.direction for m in note.entries for target in m.targets}
    assert got == {
        "Dana Reyes": "mutual", "Bo Chen": "inbound", "Ana Ruiz": "inbound", "Cy Lee": "mutual",
        "Cy Park": "mutual", "Will Ito": "outbound", "eve-moss": "inbound",
    }  # fmt: skip


def test_an_own_entry_that_opens_with_a_meeting_is_one_whatever_of_theirs_it_names() -> None:
    """`- 2026-11-02 coffee, he told me about his talk` in Bo's log: `his talk` is his talk, a
    mention as `[[Bo]]'s talk` is, but the entry opens with a meeting, and it was one. So an entry
    that opens with a deed (`called about his article`) is yours; `read his post` is no contact."""
    lines = ("coffee, he told me about his talk", "coffee; we discussed his blog",
             "called about his article", "read his post")  # fmt: skip
    log = "".join(f"- 2026-11-{day:02d} {line}\n" for day, line in enumerate(lines, 1))
    own = parse_note("People/Bo.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config()).entries
    assert [(m.direction, m.aside) for m in own] == [
        ("mutual", False), ("mutual", False), ("outbound", False), ("unknown", True)
    ]  # fmt: skip


def test_voice_memos_threads_and_reaching_back_out() -> None:
    """A voice memo or voice note goes one way, as a message does; a thread (`Long WhatsApp
    thread with [[Cy]]`) was both of you; someone who reached back out started it again."""
    lines = (
        "Voice memo to [[Ana]]", "Voice note from [[Bo]]", "Long WhatsApp thread with [[Cy]]",
        "[[Di]] reached back out", "[[Ed]] got back in touch", "voicemail to [[Fay]]",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "outbound", "Bo": "inbound", "Cy": "mutual", "Di": "inbound", "Ed": "inbound",
        "Fay": "outbound",
    }  # fmt: skip


def test_a_phrase_of_no_one_leaves_alone_whom_a_phrase_of_their_own_directs() -> None:
    """`I called` names no one: it speaks of everyone on the line but one whose own phrase says
    which way (`[[Ed]] called, then I called the plumber` is his); and `…` in a phrase is the
    clause's words, not past its comma (`I forgot to tell you, [[Bo]] called` is his call)."""
    lines = (
        "[[Ed]] called, then I called the plumber", "[[Fay]] called; I emailed [[Gus]] the invoice",
        "[[Hal]] - I called", "I forgot to tell you, [[Bo]] called", "Forgot to mention: [[Cy]] called",
        "forgot to call [[Di]]",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ed": "inbound", "Fay": "inbound", "Gus": "outbound", "Hal": "outbound", "Bo": "inbound", "Cy": "inbound",
        "Di": "unknown",  # an aside: no contact
    }  # fmt: skip
    log = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 She called, then I called the plumber\n"
    assert [m.direction for m in parse_note("People/Ed.md", log.encode(), Config()).entries] == ["inbound"]


def test_the_words_that_say_who_asked_for_a_meeting_say_who_started_it() -> None:
    """A meeting is mutual unless something says whose it was (spec 1.4): `Coffee with [[Ana]], she
    reached out` is hers, as `<-` would make it, and `Lunch with [[Ed]], my invite` yours. What was
    said or done at it (`he asked me about the job`) is not who asked for it, and a line where
    each of you reached out is mutual, as ever."""
    lines = (
        "Coffee with [[Ana]], she reached out", "Lunch with [[Bo]] — his idea",
        "Drinks with [[Cy]] at her invitation", "Call with [[Di]], she set it up",
        "Lunch with [[Ed]], my invite", "Dinner with [[Fay]]; I invited her",
        "Coffee with [[Gus]], he asked me about the job", "Lunch with [[Hal]], she invited me; I thanked her",
        "Coffee with [[Ivy]] at [[Jo]]'s invitation", "Walk with [[Kit]], he asked to meet up",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "inbound", "Bo": "inbound", "Cy": "inbound", "Di": "inbound", "Ed": "outbound",
        "Fay": "outbound", "Gus": "mutual", "Hal": "mutual", "Ivy": "mutual", "Jo": "inbound",
        "Kit": "inbound",
    }  # fmt: skip
    log = "".join(
        f"- 2026-11-{day:02d} {line}\n"
        for day, line in enumerate(
            ("lunch with her, she invited me", "lunch, she invited me", "coffee with her, my idea",
             "call with her, at her request", "coffee with her, she told me about the move"), 1
        )
    )  # fmt: skip
    own = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config()).entries
    assert [m.direction for m in own] == ["inbound", "inbound", "outbound", "inbound", "mutual"]


def test_whose_treat_it_was_says_who_started_it() -> None:
    """`Lunch with [[Ana]], her treat` was hers, as `her idea` is; `Dinner with [[Bo]], my treat`
    mine; in her own log, `Lunch, her treat` too."""
    assert daily_directions(("Lunch with [[Ana]], her treat", "Dinner with [[Bo]], my treat")) == {
        "Ana": "inbound", "Bo": "outbound",
    }  # fmt: skip
    own = parse_note("People/Ana.md", b"---\ntags: [person]\n---\n- 2026-11-02 Lunch, her treat\n", Config())
    assert [m.direction for m in own.entries] == ["inbound"]


@pytest.mark.parametrize(
    "line",
    ["Lunch with [[Ana]], [[Bo]], and [[Cy]]", "Lunch with [[Ana]] + [[Bo]] + [[Cy]]",
     "Lunch with [[Ana]]/[[Bo]] & [[Cy]]", "[[Ana]], [[Bo]], & [[Cy]] came over",
     "Dinner with [[Ana]], her husband [[Bo]] and their son [[Cy]]",
     "[[Ana]] and my sister [[Bo]] and [[Cy]] came over"],
)  # fmt: skip
def test_people_listed_with_an_oxford_comma_a_plus_or_a_slash_are_one_list(line: str) -> None:
    """`X, Y, and Z` (the serial comma), `X + Y`, `X/Y`, `X and her husband Y`: what the line says
    of one it says of all."""
    found = daily_entries(line)
    assert [(m.targets, m.inferred) for m in found] == [(("Ana", "Bo", "Cy"), True)]


def test_who_hosted_or_organised_it_started_it() -> None:
    """Who had you over, hosted, organised it or took you out asked for it: theirs, as `Coffee with
    [[Ana]], her idea` is, over the words of doing it together (`Dinner at [[Gil]]'s, he
    hosted`); and yours when you did."""
    lines = (
        "Dinner at [[Ana]]'s, she hosted", "Dinner hosted by [[Bo]]", "Lunch organised by [[Cy]]",
        "Hike with [[Di]], she organized it", "[[Ed]] took me to lunch", "Drinks with [[Fay]]; she had us over",
        "Dinner with [[Gus]], I hosted", "Had [[Hal]] over for dinner", "Lunch with [[Ivy]], I organised it",
        "Dinner with [[Jo]], I treated him", "Lunch with [[Kit]], she treated me",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "inbound", "Bo": "inbound", "Cy": "inbound", "Di": "inbound", "Ed": "inbound",
        "Fay": "inbound", "Gus": "outbound", "Hal": "outbound", "Ivy": "outbound", "Jo": "outbound",
        "Kit": "inbound",
    }  # fmt: skip


@pytest.mark.parametrize("line", ["[[Cy]] absent", "Apologies from [[Cy]]", "[[Cy]] sends regrets"])
def test_who_a_meeting_note_says_was_not_there_met_no_one(line: str) -> None:
    """A meeting note's notes say who was not there as often as its headings do."""
    text = f"---\ntype: meeting\n---\n## Attendees\n- [[Ana]]\n\n## Notes\n- {line}\n"
    cy = [
        m
        for m in parse_note("Meetings/2026-11-20 Sync.md", text.encode(), Config()).entries
        if "Cy" in m.targets
    ]
    assert [m.aside for m in cy] == [True]


def test_a_meeting_the_person_called_off_is_no_contact_with_them() -> None:
    """`Lunch with [[Ana]] — she cancelled`: the lunch did not happen, as `Lunch with [[Ana]]
    (cancelled)` did not; in her own log too (`coffee — she cancelled`). Only what was to be
    done together is called off: `Called [[Di]]; she cancelled our lunch` is still your call, and
    `Lunch with [[Bo]]; [[Cy]] couldn't make it` still lunch with Bo."""
    lines = ("Lunch with [[Ana]] — she cancelled", "Lunch with [[Bo]]; [[Cy]] couldn't make it",
             "Called [[Di]]; she cancelled our lunch", "Coffee with [[Ed]], he stood me up",
             "Coffee with [[Fay]] but he stood me up", "Drinks with [[Gus]], he bailed")  # fmt: skip
    note = parse_note("Daily/2026-11-20.md", "".join(f"- {line}\n" for line in lines).encode(), Config())
    met = {m.targets[0]: "none" if m.aside else m.direction for m in note.entries}
    assert met == {
        **{"Ana": "none", "Bo": "mutual", "Cy": "none", "Di": "outbound", "Ed": "none"},
        **{"Fay": "none", "Gus": "none"},
    }
    log = (
        "- 2026-11-02 coffee — she cancelled\n- 2026-11-03 called, she postponed the lunch\n"
        "- 2026-11-04 coffee, she bailed\n- 2026-11-05 lunch, she stood me up\n"
    )
    own = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config()).entries
    assert [(m.direction, m.aside) for m in own] == [
        ("unknown", True),
        ("outbound", False),
        ("unknown", True),
        ("unknown", True),
    ]


@pytest.mark.parametrize(
    ("entry", "way"),
    [
        ("Texted back and forth", "mutual"),  # both ways, whoever texted first
        ("Emailed back and forth about the flat", "mutual"),
        ("Attended her wedding", "mutual"),
        ("Check-in call", "mutual"),
        ("Reconnected at the conference", "mutual"),
        ("Haven't heard back", "none"),
        ("Coffee; cancelled", "none"),
        ("Lunch, their idea", "inbound"),
        ("Dinner at their place", "mutual"),
    ],
)
def test_an_own_log_entry_reads_as_owners_write_them(entry: str, way: str) -> None:
    """Entries of a person's own log, as owners write them, without a name."""
    text = f"---\ntags: [person]\n---\n## Log\n- 2026-11-02 {entry}\n"
    (m,) = parse_note("People/Ana Ruiz.md", text.encode(), Config()).entries
    assert ("none" if m.aside else m.direction) == way


_EVERY_TWO_CUT_PHRASES = """
import itertools
from vaultnet.read import words
table = words.table()
cut = (*words.PLAN, *words.ABOUT, *words.UNDONE, *words.CALLED_OFF_BY)
def filled(phrase, at):
    out = []
    for token in phrase.split():
        if token.startswith("X"):
            out.append(words.slot(at) + token[1:])
            at += 1
        else:
            out.append("see" if token == "…" else token)
    return " ".join(out), at
for a, b in itertools.permutations(cut, 2):
    first, at = filled(a, 0)
    line, at = filled(b, at)
    line = f"{first}, {line}"
    for own in (False, True):
        said = words.read_line(line, range(at), table, own=own)
        print(sorted(said.items()))
"""


def test_what_a_line_says_is_the_same_whatever_the_hash_seed() -> None:
    """Phrases cut from a line (a plan, what did not happen) may overlap, and which is cut first
    decides what is left to read: the order must not be a set's, which differs from process to
    process (`PYTHONHASHSEED`), as on another machine. Every two of them on one line, read in
    processes hashing strings differently, say the same."""
    import os
    import subprocess
    import sys

    runs = {
        subprocess.run(
            [sys.executable, "-c", _EVERY_TWO_CUT_PHRASES],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


def test_an_own_log_entry_that_opens_with_we_was_done_together() -> None:
    """`We had coffee`, `We talked on the phone`, `We emailed about the move`: both of you; `We got
    a call from her` is hers, as its words say; `We never talked` says nothing."""
    lines = ("We had coffee", "We talked on the phone", "We emailed about the move",
             "We got a call from her", "We never talked")  # fmt: skip
    log = "".join(f"- 2026-11-{day:02d} {line}\n" for day, line in enumerate(lines, 1))
    own = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config()).entries
    assert [m.direction for m in own] == ["mutual", "mutual", "mutual", "inbound", "unknown"]


def test_an_own_log_entry_that_opens_with_i_is_read_as_the_deed_alone() -> None:
    """A diary says `I sent the photos` as often as `Sent the photos`: the same deed, yours;
    `I got a call` is theirs. `Grabbed lunch`, `Got drinks`, `Went for a walk` (and `a quick
    coffee`, the kind first) were a meeting, as `Had lunch` is; `Got the keys` says nothing."""
    lines = ("I sent the photos", "I pinged", "I visited", "I got a call about the move", "I had lunch",
             "Grabbed lunch", "Got drinks", "Went for a walk", "Grabbed a quick coffee", "We grabbed lunch",
             "Got the keys", "I think so")  # fmt: skip
    log = "".join(f"- 2026-11-{day:02d} {line}\n" for day, line in enumerate(lines, 1))
    own = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config()).entries
    assert [m.direction for m in own] == [
        *("outbound", "outbound", "outbound", "inbound", "mutual"),
        *("mutual", "mutual", "mutual", "mutual", "mutual"),
        *("unknown", "unknown"),
    ]


@pytest.mark.parametrize(
    "line", ["Skipped [[Ana]]'s party", "Couldn't make [[Ana]]'s party", "Could not make it to [[Ana]]'s"]
)
def test_what_you_did_not_go_to_is_no_contact(line: str) -> None:
    """`Skipped [[Ana]]'s party`: you did not see her there."""
    (m,) = daily_entries(line)
    assert m.aside


def test_what_is_struck_out_called_off_or_still_to_come_is_no_contact() -> None:
    """`~~Lunch with [[Ana]]~~` and `Lunch with [[Bo]] (cancelled)` did not happen, nor did `[[Cy]]
    postponed`; `Lunch with [[Di]] tomorrow` and `Booked dinner with [[Ed]] for Friday` are still to
    come; `Listened to [[Fay]]'s podcast`, `[[Gus]] liked my post` (or commented on it), `[[Hal]]'s
    birthday today` and `Endorsed [[Hal]] on LinkedIn` are no conversation, and `Lunch with [[Lia]]
    moved to Friday` is one still to come. What a line does not strike still counts (`coffee with [[Ivy]] instead`),
    as does a call the same line tells of (`[[Jo]] called, lunch tomorrow`)."""
    text = "".join(
        f"- {line}\n"
        for line in (
            "~~Lunch with [[Ana]]~~", "Lunch with [[Bo]] (cancelled)", "[[Cy]] postponed our call",
            "Lunch with [[Di]] tomorrow", "Booked dinner with [[Ed]] for Friday",
            "Listened to [[Fay]]'s podcast", "[[Gus]] liked my post", "[[Hal]]'s birthday today",
            "[[Gus]] commented on my post", "Endorsed [[Hal]] on LinkedIn",
            "Lunch with [[Lia]] moved to Friday", "Call with [[Max]] pushed to next week",
            "~~Lunch with [[Kim]]~~ coffee with [[Ivy]] instead", "[[Jo]] called, lunch tomorrow",
        )
    )  # fmt: skip
    note = parse_note("Daily/2026-11-20.md", text.encode(), Config())
    aside = {m.targets[0]: m.aside for m in note.entries}
    assert [person for person, off in aside.items() if not off] == ["Ivy", "Jo"]
    log = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 ~~lunch~~\n- 2026-11-03 coffee — postponed\n"
    log += "- 2026-11-04 ~~lunch~~ she called instead\n"
    own = parse_note("People/Ana.md", log.encode(), Config()).entries
    assert [(m.aside, m.direction) for m in own] == [(True, "unknown"), (True, "unknown"), (False, "inbound")]


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Lunch with [[Lou]] got cancelled", None),
        ("Coffee with [[Lou]] was canceled.", None),
        ("Call with [[Lou]] was postponed", None),
        ("Dinner with [[Lou]] has been called off", None),
        ("drinks with [[Lou]] got called off again", None),
        ("lunch with [[Lou]] fell through", None),
        ("meant to email [[Lou]] but didn't", None),
        ("[[Lou]] fell through the ice, called her", "outbound"),
        ("Called [[Lou]]; her flight got cancelled", "outbound"),
        ("[[Lou]] called: the conference was cancelled", "inbound"),
    ],
)
def test_a_meeting_said_to_be_cancelled_in_the_passive_did_not_happen(line: str, way: str | None) -> None:
    """`Lunch with [[Lou]] got cancelled`, as owners write it without a dash: no contact. What
    else was cancelled (a flight, a conference) leaves the line's own deed standing."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("**Called** [[Ana]]", "outbound"),
        ("*Lunch* with [[Bo]]", "mutual"),
        ("**Absent:** [[Cy]]", None),
        ("*Absent*: [[Cy]]", None),
        ("**[[Di]] called** about the trip", "inbound"),
    ],
)
def test_bold_and_italic_words_read_as_the_words(line: str, way: str | None) -> None:
    """Emphasis is no part of what a line says: `**Called** [[Ana]]` is a call you made."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    "front",
    ["", 'attendees:\n  - "[[Ana]]"\n  - "[[Eve]] (declined)"\n  - Fay Lin (apologies)\n'],
)
def test_an_attendee_marked_absent_was_not_met(front: str) -> None:
    """`[[Cy]] (absent)` in a meeting's list of attendees, in its text or its front matter: Cy
    was not there, the others were."""
    text = f"---\ndate: 2026-11-19\n{front}---\n# Board\n\n"
    text += "Attendees: [[Ana]], [[Bo]], [[Cy]] (absent), [[Di]] (apologies)\n"
    entries = parse_note("Meetings/2026-11-19 Board.md", text.encode(), Config()).entries
    met = {target for m in entries if not m.aside for target in m.targets}
    assert met == {"Ana", "Bo"}


@pytest.mark.parametrize(
    "entry",
    ["liked her post on LinkedIn", "liked her photos on Instagram", "commented on her post",
     "reacted to her story", "liked his post", "commented on their photos"],
)  # fmt: skip
def test_an_own_entry_reacting_to_what_they_posted_is_no_conversation(entry: str) -> None:
    """`liked her post` in a person's own log is `liked [[Ana]]'s post`, as a daily note writes
    it: a mention, no contact (`her` is theirs before what one posts, as before `call`)."""
    log = f"---\ntags: [person]\n---\n## Log\n- 2026-11-03 {entry}\n"
    (m,) = parse_note("People/Ana.md", log.encode(), Config()).entries
    assert m.aside


@pytest.mark.parametrize(
    ("entry", "aside"),
    [
        ("lunch got cancelled", True),
        ("coffee was postponed", True),
        ("lunch, then her train got cancelled", False),
    ],
)
def test_an_own_entry_said_to_be_cancelled_in_the_passive_did_not_happen(entry: str, aside: bool) -> None:
    log = f"---\ntags: [person]\n---\n## Log\n- 2026-11-03 {entry}\n"
    (m,) = parse_note("People/Ana.md", log.encode(), Config()).entries
    assert m.aside is aside


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("[[Bo]]'s birthday next week, buy a card", None),
        ("[[Bo]]'s birthday on Friday", None),
        ("[[Bo]]'s birthday tomorrow, get a gift", None),
        ("[[Bo]]'s birthday in two weeks", None),
        ("sent a card for [[Bo]]'s birthday next week", "outbound"),
        ("dinner for [[Bo]]'s birthday on Friday", "mutual"),
        ("celebrated [[Bo]]'s birthday", "mutual"),
        ("called [[Bo]], his birthday is next week", "outbound"),
    ],
)
def test_a_birthday_to_remember_is_no_contact_and_one_marked_is(line: str, way: str | None) -> None:
    """A daily note's reminder of someone's birthday is no conversation with them; a card sent, a
    dinner for it or a call is."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Accepted [[Ana]]'s invite to the gala", "inbound"),
        ("accepted [[Ana]]'s invitation", "inbound"),
        ("Congrats [[Ana]] on the new job", "outbound"),
        ("Congratulations [[Ana]]!", "outbound"),
    ],
)
def test_an_invite_accepted_is_theirs_and_congratulations_are_yours(line: str, way: str) -> None:
    (m,) = daily_entries(line)
    assert (m.direction, m.inferred) == (way, True)


@pytest.mark.parametrize(
    "line",
    [
        "liked [[Ana]]'s post",
        "commented on [[Ana]]'s photo",
        "reacted to [[Ana]]'s story",
        "cancelled on [[Ana]]",
        "[[Ana]] bailed",
        "[[Ana]] stood me up",
    ],
)
def test_a_reaction_to_a_post_or_a_meeting_called_off_is_no_contact(line: str) -> None:
    """A like or a comment on someone's post is no conversation, as theirs on yours is none; nor
    is a meeting one side called off."""
    (m,) = daily_entries(line)
    assert m.aside


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Maybe [[Ana]]?", None),
        ("maybe intro her to [[Ana]]", None),
        ("Perhaps [[Ana]] knows someone", None),
        ("might ping [[Ana]] about it", None),
        ("Idea: ask [[Ana]] about the flat", None),
        ("Wondering if [[Ana]] is still in Berlin", None),
        ("wonder how [[Ana]] is doing", None),
        ("Hope [[Ana]] is ok", None),
        ("Thinking of inviting [[Ana]] to the launch", None),
        ("Thinking about calling [[Ana]] back", None),
        ("Worried about [[Ana]]", None),
        ("Waiting on [[Ana]] for the contract", None),
        ("waiting for [[Ana]] to reply", None),
        ("Gift idea for [[Ana]]: a book on maps", None),
        ("Prep for call with [[Ana]]", None),
        ("prepping for the [[Ana]] sync", None),
        ("Agenda for [[Ana]]", None),
        ("Heard [[Ana]] got promoted", None),
        ("Saw [[Ana]] speak at the conference", None),
        ("[[Ana]] gave a talk on maps", None),
        ("Convo with [[Ana]] about jobs", "mutual"),
        ("Interviewed by [[Ana]]", "mutual"),
        ("[[Ana]] told me about the move", "unknown"),  # a contact: who started it, not said
        ("Lunch with [[Ana]], maybe the best this year", "mutual"),
        ("Heard from [[Ana]]", "inbound"),
    ],
)
def test_a_thought_a_maybe_or_a_wait_is_no_contact(line: str, way: str | None) -> None:
    """What a daily note wonders, hopes or weighs of someone (`Maybe [[Ana]]?` under a friend's
    ask for an intro), or waits on them for, is no conversation with them."""
    assert daily_way(line) == way


def test_an_introduction_you_made_reached_out_to_both() -> None:
    """`Introduced [[Nadia]] to [[Kofi]] over email`: one message to both, yours: outbound to
    each, as the words say of the first. An introduction made at a lunch was the lunch, with both;
    one someone else made is theirs."""
    lines = (
        "Introduced [[Nadia]] to [[Kofi]] over email", "Intro'd [[Ana]] and [[Bo]]",
        "lunch with [[Cy]] and [[Di]], introduced them", "[[Ed]] introduced me to [[Fay]]",
        "Sam introduced [[Gil]] to [[Hal]]", "Still haven't introduced [[Ike]] to [[Jo]]",
        "Introduced [[Kim]] to [[Lu]] over lunch", "Introduced [[Mo]] to [[Ned]]. [[Ned]] called me later",
    )  # fmt: skip
    found = {t: m.direction for m in daily_entries_of(lines) for t in m.targets}
    assert found == {
        "Nadia": "outbound", "Kofi": "outbound", "Ana": "outbound", "Bo": "outbound",
        "Cy": "mutual", "Di": "mutual", "Ed": "inbound", "Fay": "unknown",
        "Gil": "outbound", "Hal": "unknown", "Ike": "unknown", "Jo": "unknown",  # `introduced X to`: words
        "Kim": "outbound", "Lu": "unknown", "Mo": "outbound", "Ned": "inbound",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Read an interview with [[Ana]] in the Guardian", None),
        ("Saw on Instagram that [[Ana]] had a baby", None),
        ("Saw on LinkedIn that [[Ana]] got promoted", None),
        ("Read about [[Ana]] in the paper", None),
        ("Read in the paper that [[Ana]] won", None),
        ("Read an email from [[Ana]]", "inbound"),
        ("Interview with [[Ana]] for the job", "mutual"),
        # Their book, their podcast, their show: as often a contact as not (`Returned [[Ana]]'s
        # book`, `Recorded the [[Ana]] podcast together`, `Watched [[Ana]] on Saturday`).
        ("Finished [[Ana]]'s book", "unknown"),
        ("Returned [[Ana]]'s book to her", "unknown"),
        ("Recorded the [[Ana]] podcast together", "unknown"),
        ("Watched the final with [[Ana]] on TV at the pub", "mutual"),
        ("Saw that [[Ana]] was free so we grabbed lunch", "unknown"),
    ],
)
def test_what_you_read_or_watched_of_someone_is_no_contact(line: str, way: str | None) -> None:
    """An interview with someone read in the paper, their news read or seen on a feed: you know
    more of them, and you did not talk. Not in their own log, where it is an entry of theirs."""
    assert daily_way(line) == way
    log = (
        "---\ntags: [person]\n---\n## Log\n- 2026-11-01 Saw on Instagram that she had a baby, sent flowers\n"
    )
    assert len(parse_note("People/Ana.md", log.encode(), Config()).entries) == 1


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Grateful for [[Ana]]", None),
        ("grateful to [[Ana]] for the intro", None),
        ("Thankful for [[Ana]] and her patience", None),
        ("Missing [[Ana]] a lot today", None),
        ("Prayed for [[Ana]]", None),
        ("praying for [[Ana]]'s recovery", None),
        ("Grateful for lunch with [[Ana]]", "mutual"),
        ("Thankful [[Ana]] called me back", "inbound"),
        ("[[Ana]] (called me about the move)", "inbound"),
        ("[[Ana]] (texted her the photos)", "outbound"),
        ("helping [[Ana]] move", "outbound"),
        ("Helping [[Ana]] with her CV", "outbound"),
    ],
)
def test_a_thanks_a_longing_or_a_prayer_is_no_contact(line: str, way: str | None) -> None:
    """A gratitude journal's line (`Grateful for [[Ana]]`), missing someone or praying for them
    is about them, not with them; what else the line says of them still counts. What a person's
    name has beside it in round brackets says of them as after a colon does."""
    assert daily_way(line) == way


def test_someone_mentioned_in_a_meeting_was_not_met() -> None:
    """A meeting note's lines are meetings with the people they name, but for one only mentioned
    there (`[[Dee]] was mentioned as a possible hire`, `[[Eve]] came up`, `Ana mentioned
    [[Fay]]`): talked about, not met."""
    text = (
        "---\ndate: 2026-11-20\ntags: [meeting]\n---\n## Attendees\n- [[Ana]]\n## Notes\n"
        "- [[Dee]] was mentioned as a possible hire\n- [[Eve]] came up twice\n- [[Ana]] mentioned [[Fay]]\n"
    )
    note = parse_note("Meetings/2026-11-20 Sync.md", text.encode(), Config())
    met = {t for m in note.entries if not m.aside for t in m.targets}
    assert met == {"Ana"}


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Birthday: [[Ana]]", None),
        ("Birthdays: [[Ana]], [[Bo]]", None),
        ("Remember: [[Ana]] is vegetarian", None),
        ("Looked up [[Ana]] on LinkedIn", None),
        ("Picked up [[Ana]] from the airport", "outbound"),
        ("Dropped off [[Ana]] at the station", "outbound"),
        ("Drove [[Ana]] home", "outbound"),
        ("Hung out at [[Ana]]'s", "mutual"),
    ],
)
def test_a_days_reminders_and_errands_read_as_written(line: str, way: str | None) -> None:
    """A daily note's list of birthdays or a reminder of what someone likes names them without a
    contact; a lift given is yours, an evening at theirs was together."""
    assert daily_way(line) == way


def test_a_daily_notes_gratitude_heading_names_people_without_meeting_them() -> None:
    """Under `## Gratitude` (`Grateful for`, `Thankful for`, `Three things I'm grateful for`, with
    their emoji), and under an item of those words, each person named is thanked for, not met,
    unless the line's words say a contact; the next heading as high ends it."""
    text = (
        "# Friday\n## 🙏 Gratitude\n- [[Ana]] for the ride\n- lunch with [[Bo]]\n### Small things\n"
        "- [[Cy]]\n## Today\n- [[Di]] for the ride\n### Three things I'm grateful for\n- [[Ed]]\n"
        "## Notes\n- Grateful for\n  - [[Fay]]\n  - coffee with [[Gus]]\n"
    )
    note = parse_note("Daily/2026-11-20.md", text.encode(), Config())
    got = {m.targets[0]: None if m.aside else m.direction for m in note.entries}
    assert got == {
        **{"Ana": None, "Bo": "mutual", "Cy": None, "Di": "unknown"},
        **{"Ed": None, "Fay": None, "Gus": "mutual"},
    }


@pytest.mark.parametrize(
    "heading",
    [
        "## Three good things", "## What I'm grateful for", "## Grateful For Today", "## Gratitude log",
        "## Daily gratitude", "## I am thankful for", "**Gratitude**", "Gratitude:", "## Dankbar für",
        "## Agradecida por",
    ],
)  # fmt: skip
def test_a_gratitude_list_under_its_many_headings_and_labels_meets_no_one(heading: str) -> None:
    """A gratitude journal's list under the headings owners give it (`## Three good things`,
    `## Daily gratitude`), or under a label alone on its line (`**Gratitude**`, `Gratitude:`),
    thanks its people for, and meets none of them."""
    note = parse_note("Daily/2026-11-20.md", f"{heading}\n- [[G]] for the soup\n".encode(), Config())
    assert [m.aside for m in note.entries] == [True]


@pytest.mark.parametrize(
    "line",
    [
        "Thought a lot about [[X]]", "Been thinking a lot about [[X]]", "Remembering [[X]] today",
        "Missed [[X]] today", "Would love to see [[X]] again soon", "[[X]] and I used to come here every summer",
        "Used to go sailing with [[X]]",
    ],
)  # fmt: skip
def test_a_journal_remembering_or_missing_someone_meets_no_one(line: str) -> None:
    """A journal's memories and longings (`Thought a lot about [[X]]`, `[[X]] and I used to come
    here`, `Would love to see [[X]] again`) are about the person: a mention, no contact."""
    assert daily_way(line) is None


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Coffee at [[Blue Bottle]] with [[Noted]]", "mutual"),
        ("Went to [[Berlin]] with [[Lena]]", "mutual"),
        ("Dinner at [[Chez Panisse]] with [[Ana]] and [[Bo]]", "mutual"),
    ],
)
def test_a_place_linked_inside_a_phrase_does_not_break_it(line: str, way: str) -> None:
    """Journals link places (`Coffee at [[Blue Bottle]] with [[Noted]]`): a link where a phrase
    has words (`coffee at … with X`) is one of those words, and the phrase still reads."""
    got = {target: m.direction for m in daily_entries(line) for target in m.targets}
    place = line.split("[[", 2)[1].split("]]")[0]
    assert got[line.rsplit("[[", 1)[1].split("]]")[0]] == way and got[place] == "unknown"


def test_a_deed_done_to_someones_relative_is_no_deed_to_them(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Emailed [[Bo]]'s mum about homework`, `Called [[Bo]]'s wife`: a deed to someone else,
    which names Bo in passing; in Jamie's own log `Emailed his mum` and `Called her dad` too.
    A deed to them as well still counts (`Called [[Cy]] and [[Cy]]'s wife`)."""
    assert daily_way("Emailed [[Bo]]'s mum about homework") is None
    assert daily_way("Called [[Bo]]’s wife about the party") is None
    assert daily_way("Called [[Cy]] and [[Cy]]'s wife") == "outbound"
    log = (
        "- 2026-11-03 Emailed his mum about homework\n- 2026-11-04 Called her dad\n- 2026-11-05 Called him\n"
    )
    root = make_vault({"People/Jamie.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Jamie.md"]) == (0, 1, 0, 0, 1)


@pytest.mark.parametrize(
    "line",
    [
        "Emailed all Year 5 parents about the trip: [[Mrs Lee]], [[Mr Chen]], [[Mrs Brown]]",
        "Class email to parents re: trip — [[Mrs Lee]], [[Mr Chen]]",
        "Sent the weekly update to parents ([[Mrs Lee]], [[Mr Chen]])",
        "Letter home to all parents ([[Mrs Lee]], [[Mr Chen]])",
        "Reminder email to parents: [[Mrs Lee]], [[Mr Chen]]",
        "Texted all the class parents about the snow day: [[Mrs Lee]], [[Mr Chen]]",
        "Emailed " + ", ".join(f"[[Parent {n}]]" for n in range(1, 13)) + " about the school trip",
    ],
)
def test_a_message_to_a_whole_class_or_to_more_than_ten_is_a_mailing(line: str) -> None:
    """A class's email to all its parents, a letter home, or one message to more than ten people
    named on the line (as an email note to more than ten is): audience, no contact."""
    assert all(m.broadcast for m in daily_entries(line))


@pytest.mark.parametrize(
    "line",
    [
        "Emailed [[Mrs Lee]] and [[Mr Chen]] about the trip",
        "Talked to the parents at pickup: [[Mrs Lee]], [[Mr Chen]]",
        "Emailed [[Ana]]'s parents about the party",
        "Dinner with " + ", ".join(f"[[Guest {n}]]" for n in range(1, 13)),
    ],
)
def test_a_message_to_a_few_or_a_talk_with_parents_is_no_mailing(line: str) -> None:
    """To two parents by name, a talk at the gate, or a dinner of twelve: not a mailing."""
    assert not any(m.broadcast for m in daily_entries(line))


@pytest.mark.parametrize(
    "heading", ["## Reminders", "## Tasks", "Reminders:", "## Nächste Woche", "## Próxima semana"]
)
def test_a_list_of_reminders_or_tasks_without_boxes_is_plans(heading: str) -> None:
    """`## Reminders` over `- Call [[Mum]] on Sunday`, `## Tasks` over `- Email [[Bob]] the
    invoice`: to-dos written without a box, yet to be done, as under `## To do`."""
    text = f"{heading}\n- Call [[Mum]] on Sunday\n- Email [[Bob]] the invoice\n- Called [[Cy]] back\n"
    note = parse_note("Daily/2026-11-20.md", text.encode(), Config())
    assert [(m.targets[0], m.aside) for m in note.entries] == [("Mum", True), ("Bob", True), ("Cy", False)]


@pytest.mark.parametrize("heading", ["## Abwesend", "## Entschuldigt", "## Ausentes", "## Excusados"])
def test_absence_headings_in_german_and_spanish(heading: str) -> None:
    """A meeting note's list of those not there, under a German or Spanish heading: named, not met."""
    text = f"---\ntype: meeting\n---\n## Teilnehmer\n- [[Ana]]\n{heading}\n- [[Bo]]\n"
    note = parse_note("Meetings/2026-11-20 Sync.md", text.encode(), Config())
    assert {t for m in note.entries if not m.aside for t in m.targets} == {"Ana"}


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Met [[Bo]]'s partner [[Ana]]", "mutual"),
        ("Texted [[Bo]]’s wife [[Ana]] about the party", "outbound"),
    ],
)
def test_someone_named_as_anothers_kin_is_who_the_words_are_about(line: str, way: str) -> None:
    """`Met [[Bo]]'s partner [[Ana]]`: the words are about Ana as much as about Bo, as `[[Bo]] and
    his partner [[Ana]]` is about both."""
    told = daily_entries(line)
    assert {(m.targets, m.direction) for m in told} == {(("Bo", "Ana"), way)}


def test_what_they_left_gave_or_shared_me_is_theirs_and_a_meeting_put_off_is_none(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`[[Bo]] left me a voicemail`, `Got the deck from [[Bo]]`, `[[Bo]] shared the slides with
    me`, `[[Bo]] gave me a call`: Bo reached out (each read as nothing said before), as `left [[Bo]]
    a message` and `gave [[Bo]] a call` are yours. `Skipped the call with [[Cy]]`, `Postponed
    lunch with [[Cy]]`: no meeting, as a cancelled one is none."""
    theirs = [
        "[[Bo]] left me a voicemail", "Got the deck from [[Bo]]", "Received flowers from [[Bo]]",
        "[[Bo]] shared the slides with me", "[[Bo]] gave me a call",
    ]  # fmt: skip
    put_off = [
        "Skipped the call with [[Cy]]",
        "Postponed lunch with [[Cy]]",
        "Rescheduled coffee with [[Cy]]",
    ]
    lines = [*theirs, *put_off]
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Bo", "Cy")},
            **{f"Daily/2026-11-{10 + i}.md": f"- {line}\n" for i, line in enumerate(lines)},
            "Daily/2026-11-05.md": "- Coffee with [[Cy]]\n",
        }
    )
    got = people(root)
    assert directions(got["People/Bo.md"]) == (len(theirs), 0, 0, 0, len(theirs))
    assert directions(got["People/Cy.md"]) == (0, 0, 1, 0, 1)  # the coffee only


def test_a_logseq_tag_link_reads_as_the_plain_link(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Logseq's `#[[Maya Lindqvist]]` is a link to her page: the words around it read as around
    `[[Maya Lindqvist]]`."""
    root = make_vault(
        {
            "pages/Maya Lindqvist.md": "tags:: person\n\n- hi\n",
            "pages/Bo.md": "tags:: person\n\n- hi\n",
            "journals/2026_11_20.md": "- Lunch with #[[Maya Lindqvist]] at the market\n",
            "journals/2026_11_18.md": "- called #[[Bo]] about the move\n",
        }
    )
    got = people(root)
    assert directions(got["pages/Maya Lindqvist.md"]) == (0, 0, 1, 0, 1)
    assert directions(got["pages/Bo.md"]) == (0, 1, 0, 0, 1)


def test_a_mention_still_links_people(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**PLAIN, "Daily/2026-11-10.md": "- Lunch with [[Sal]], #via [[Gordon Brander]]\n"})
    from vaultnet.config import load_config
    from vaultnet.vault.load import load_vault

    vault = load_vault(root, load_config(root), use_cache=False)
    sal = next(p for p in vault.people if p.file == "People/Sal.md")
    assert "People/Gordon Brander.md" in sal.linked
    assert [c.direction for c in sal.contacts if c.date.isoformat() == "2026-11-10"] == ["mutual"]


def test_the_words_table_is_extended_from_vaultnet_toml(make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {
        "People/Hana.md": "---\ntags: [person]\n---\n- 2026-11-03 Hana rief an wegen der Wohnung\n"
        "- 2026-11-08 Ich habe sie angerufen\n- 2026-11-14 Mit Hana im Café getroffen\n",
        "People/Jonas.md": "---\ntags: [person]\n---\n",
        "Tagebuch/2026-11-04.md": "- [[Jonas]] schreibt über Gärten\n- Kaffee mit [[Jonas]]\n",
    }
    plain = people(make_vault(files))
    assert directions(plain["People/Hana.md"]) == (0, 0, 0, 3, 0)  # English only: nothing said
    toml = (
        '[words]\ninbound = ["rief an"]\noutbound = ["angerufen"]\nmutual = ["getroffen", "Kaffee mit X"]\n'
    )
    toml += 'mention = ["X schreibt"]\n'
    got = people(make_vault({**files, "vaultnet.toml": toml}))
    assert directions(got["People/Hana.md"]) == (1, 1, 1, 0, 3)
    assert directions(got["People/Jonas.md"]) == (0, 0, 1, 0, 1)  # the mention gave nothing


def test_words_teach_who_started_it_and_what_was_called_off(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`[words] they_started`, `you_started` and `called_off` extend those tables too: `Kaffee mit
    [[Ana]], [[Ana]] hat sich gemeldet` was hers; `Abendessen mit [[Bo]] — abgesagt` and `Cena con
    [[Cy]] cancelada`, a word of what was called off that names no one, did not happen at all."""
    files = {f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Ana", "Bo", "Cy")}
    files["Tagebuch/2026-11-04.md"] = (
        "- Kaffee mit [[Ana]], [[Ana]] hat sich gemeldet\n- Abendessen mit [[Bo]] — abgesagt\n"
        "- Cena con [[Cy]] cancelada\n"
    )
    toml = '[words]\nmutual = ["Kaffee mit X", "Abendessen mit X", "cena con X"]\n'
    toml += 'they_started = ["X hat sich gemeldet"]\ncalled_off = ["abgesagt", "cancelada"]\n'
    got = people(make_vault({**files, "vaultnet.toml": toml}))
    assert directions(got["People/Ana.md"]) == (1, 0, 0, 0, 1)
    assert got["People/Bo.md"]["last_contact"] is None and got["People/Cy.md"]["last_contact"] is None


def test_an_owners_word_of_what_did_not_happen_is_no_silence(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`[words] undone = ["cancelado"]`: in her log `- cancelado, lo movimos a noviembre` did not
    happen, words after it or not; only the built-in silences (`no reply`) undo no more than the
    answer (`- cold LI msg, no reply` was a message)."""
    log = "- 2026-10-15 cancelado, lo movimos a noviembre\n- 2026-10-20 cold LI msg, no reply\n"
    root = make_vault(
        {
            "People/Mónica.md": "---\ntags: [person]\n---\n" + log,
            "vaultnet.toml": '[words]\nundone = ["cancelado"]\n',
        }
    )
    assert people(root)["People/Mónica.md"]["last_contact"] == "2026-10-20"
    assert people(root)["People/Mónica.md"]["interactions"] == 1


def test_a_run_of_names_joined_in_another_language_shares_their_phrase(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Mittagessen mit [[Jürgen]] und [[Ömer]]`, `Comida con [[Jose]] y [[Pilar]]`: the phrase
    speaks of every one of them, as it does of `[[Bo]] and [[Cy]]`."""
    files = {
        f"People/{n}.md": "---\ntags: [person]\n---\n"
        for n in ("Jürgen", "Ömer", "Jose", "Pilar", "Zoë", "Luc")
    }
    files["Tagebuch/2026-11-04.md"] = (
        "- Mittagessen mit [[Jürgen]] und [[Ömer]]\n- Comida con [[Jose]] y [[Pilar]]\n"
        "- Déjeuner avec [[Zoë]] et [[Luc]]\n"
    )
    files["vaultnet.toml"] = '[words]\nmutual = ["Mittagessen mit X", "Comida con X", "Déjeuner avec X"]\n'
    got = people(make_vault(files))
    assert {
        name: directions(got[f"People/{name}.md"])[2]
        for name in ("Jürgen", "Ömer", "Jose", "Pilar", "Zoë", "Luc")
    } == dict.fromkeys(("Jürgen", "Ömer", "Jose", "Pilar", "Zoë", "Luc"), 1)


def test_plans_in_vaultnet_toml_are_no_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`plan = ["muss X", "offen"]`: `muss [[Jonas]] anrufen` and a line that says `offen` (a
    phrase without `X`: of everyone the line names) are no contact."""
    files = {
        "People/Jonas.md": "---\ntags: [person]\n---\n",
        "Tagebuch/2026-11-04.md": "- muss [[Jonas]] anrufen\n",
        "Tagebuch/2026-11-05.md": "- offen: [[Jonas]] wegen der Wohnung\n",
    }
    assert people(make_vault(files))["People/Jonas.md"]["interactions"] == 2
    toml = '[words]\nplan = ["muss X", "offen"]\n'
    assert people(make_vault({**files, "vaultnet.toml": toml}))["People/Jonas.md"]["interactions"] == 0


def test_words_in_vaultnet_toml_are_checked(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"vaultnet.toml": '[words]\nsideways = ["x"]\n'})
    result = CliRunner().invoke(main, ["report", str(root)])
    assert result.exit_code == 2 and "words.sideways is not a kind of phrase" in result.output


def test_pages_and_report_say_when_reciprocity_rests_on_the_words(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(PLAIN)
    text = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert "reciprocal 2 (2 of them from the words)" in text
    assert "Sal: only they reach out (from the words)\n" in text  # as the pages and the docs say it
    assert CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)]).exit_code == 0
    page = (root / "_vaultnet/Reciprocity.md").read_text(encoding="utf-8")
    # What to do about a guess is said once, at the top; each line guessed says only so.
    assert page.count("check them, or mark an entry with an arrow") == 1
    assert page.count("check it") == 0
    assert "\n- [[People/Emily|Emily]] (from the words)\n" in page
    # Her arrow alone says one-way (she called): two-way only with the words.
    assert "\n- [[People/Rosa|Rosa]] (from the words)\n" in page
    assert "rests on that" in (root / "_vaultnet/Overview.md").read_text(encoding="utf-8")


# --- bad values, and a vault with nobody --------------------------------------------------------


def test_bad_values_are_problems_at_their_line_and_the_rest_is_read(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "Notes/Ana.md": "---\ntags: [person]\nbirthday: 1990-02-31\ncadence: often\n---\n## Log\n"
            "- 2026-02-30 -> coffee\n- 11/01/2026 -> lunch\n- 2062-11-01 -> a plan or a typo\n- 2026-11-02 -> tea\n",
            "People/Bo.md": "---\ncadence: 3mo\n---\n",
            "People/Cy.md": "---\ncadence: every 2 weeks\n---\n",
        }
    )
    data = report(root)
    got = {p["file"]: p for p in data["people"]}
    assert got["Notes/Ana.md"]["interactions"] == 1 and got["Notes/Ana.md"]["cadence_days"] is None
    assert (got["People/Bo.md"]["cadence_days"], got["People/Cy.md"]["cadence_days"]) == (90, 14)
    where = {(p["line"], p["message"].split(":")[0]) for p in data["problems"] if p["file"] == "Notes/Ana.md"}
    assert {
        (3, "birthday"),
        (4, "cadence"),
        (7, "'2026-02-30' is not a day"),
        (8, "'11/01/2026' is not a date vaultnet can be sure of"),
    } <= where
    assert any(p["line"] == 9 and "more than a year ahead" in p["message"] for p in data["problems"])
    check = CliRunner().invoke(main, ["check", "--today", "2026-11-21", str(root)])
    assert check.exit_code == 1 and "Notes/Ana.md:9: 2062-11-01 is more than a year ahead" in check.output
    assert "Notes/Ana.md:4: cadence: 'often' is not a cadence" in check.output


def test_a_vault_with_nobody_says_why(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"Friends/Ana.md": "Met at the climbing gym.\n", "Daily/2026-11-02.md": "- lunch with [[Ana]]\n"}
    )
    text = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert "No person notes found" in text and "people_folders" in text and "#person" in text
    assert CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)]).exit_code == 0
    overview = (root / "_vaultnet/Overview.md").read_text(encoding="utf-8")
    assert "No person notes found" in overview and "person\\_tags" in overview


CLIENT_MARIA = (
    "---\ntags: [person]\naliases: [Maria]\nemail: maria.lopez@client.com\n---\n## About\n- loves sailing\n"
    "## Log\n- 2026-11-20 <- she called me about the renewal\n"
)


def test_a_first_name_of_yours_makes_no_alias_yours(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`me = ["Maria", "maria@acme.io"]`: `Maria` is your first name (another entry opens with
    it), and a client aliased `Maria` is hers, not yours; your own note is found by your address.
    Alone in `me`, a first name still finds your note by its alias (`me = ["Sandy"]`)."""
    root = make_vault(
        {
            "vaultnet.toml": 'me = ["Maria", "maria@acme.io"]\n',
            "People/Maria Berg.md": "---\ntags: [person]\naliases: [Maria]\nemail: maria@acme.io\n---\n",
            "People/Maria Lopez.md": CLIENT_MARIA,
        }
    )
    assert list(people(root)) == ["People/Maria Lopez.md"]
    shown = CliRunner().invoke(main, ["show", "Maria Lopez", "--vault", str(root)])
    assert shown.exit_code == 0 and shown.output.startswith("Maria Lopez  (People/Maria Lopez.md)")
    full = Config(me=("Maria Berg", "Maria"))
    assert parse_note("People/Maria Lopez.md", CLIENT_MARIA.encode(), full).kind == "person"
    alone = "---\ntags: [person]\naliases: [Sandy]\n---\n"
    assert parse_note("People/Sandy Cheeks.md", alone.encode(), Config(me=("Sandy",))).kind == "other"
    named = Config(me=("Sandy", "sandy@example.org"))  # a first name is yours as a file name
    assert parse_note("People/Sandy.md", b"---\ntags: [person]\n---\n", named).kind == "other"


def test_a_note_read_as_yours_says_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A note among people read as yours (`me` names it) is no person: `show` and `log` say so,
    and which entry of `me`, not that it is in no people folder; a vault left with nobody for it
    says so too, not that no note is filed among people."""
    root = make_vault({"vaultnet.toml": 'me = ["Maria"]\n', "People/Maria Lopez.md": CLIENT_MARIA})
    for command in (["show", "Maria Lopez"], ["log", "Maria Lopez", "called"]):
        said = CliRunner().invoke(main, [*command, "--vault", str(root)])
        assert said.exit_code == 2
        assert said.output.startswith(
            "Error: People/Maria Lopez.md is not read as a person but as yours: its alias 'Maria' is in "
            "`me` in vaultnet.toml. If the note is someone else's, take that out of `me`"
        )
    hint = "No person notes found: 1 note among people is read as your own"
    report = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert hint in report and "People/Maria Lopez.md (its alias 'Maria' is in `me`)" in report
    check = CliRunner().invoke(main, ["check", str(root)])
    assert check.exit_code == 1 and check.stderr.startswith(hint)
    built = CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)])
    assert built.exit_code == 0 and built.stderr.startswith(hint)
    assert hint in (root / "_vaultnet/Overview.md").read_text(encoding="utf-8")
    tagged = make_vault({"People/Jo.md": "---\ntags: [person, me]\n---\n"})
    said = CliRunner().invoke(main, ["show", "Jo", "--vault", str(tagged)])
    assert said.output == "Error: People/Jo.md is not read as a person but as yours: tagged #me\n"


def test_a_vault_of_two_owners_as_docs_configuration_tells_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """docs/configuration.md, "A vault of several owners": both in `me`, their notes are left out
    and links to them count for no one; a meeting either organised is yours; a line either wrote
    is yours; their two lines of one day about one person are one contact."""
    root = make_vault(
        {
            "vaultnet.toml": 'me = ["Maria Berg", "MB", "maria@acme.io", "Ben Ortiz", "BO", "ben@acme.io"]\n',
            "People/Maria Berg.md": "---\ntags: [person]\naliases: [Maria, MB]\n---\n",
            "People/Ben Ortiz.md": "---\ntags: [person]\naliases: [Ben, BO]\n---\n",
            "People/Tom Reed.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-10 Maria emailed Tom the plan\n",
            "People/Ana Li.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-10.md": "- [[Tom Reed]] called Ben about pricing\n",
            "Daily/2026-11-12.md": "- Lunch with [[Ana Li]] and [[Ben Ortiz]]\n",
            "Daily/2026-11-14.md": "- [[Tom Reed]] emailed [[Ben Ortiz]]\n",
            "Meetings/2026-11-20 Pricing.md": '---\norganizer: MB\nattendees: ["[[Ana Li]]"]\n---\n',
        }
    )
    got = people(root)
    assert sorted(got) == ["People/Ana Li.md", "People/Tom Reed.md"]
    assert directions(got["People/Ana Li.md"]) == (0, 1, 1, 0, 1)  # MB's meeting: yours; the lunch
    linked = {p.note.file: p.linked for p in load_vault(root, load_config(root), use_cache=False).people}
    assert linked["People/Ana Li.md"] == ()  # the lunch with Ben links her to nobody
    assert directions(got["People/Tom Reed.md"])[:4] == (0, 0, 1, 1)  # one day, both ways; one unsaid


def test_daily_notes_named_year_last_are_read_once_obsidian_says_how(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A European journal (`Daily/20-11-2026.md`, a log linking `[[01-11-2026]]`): a problem per
    note while which part is the day is a guess, and read, by `build` on its saved state too, once
    Obsidian's Daily notes setting (or `daily_format`) says; `log` then links its day so too."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\n---\n## Log\n- [[01-11-2026]] -> sent her the article\n",
            "Daily/03-11-2026.md": "- coffee with [[Ana]]\n",
            "Daily/20-11-2026.md": "- [[Ana]] called me\n",
        }
    )
    build = ["build", "--today", "2026-11-21", str(root)]
    assert CliRunner().invoke(main, build).exit_code == 0
    check = CliRunner().invoke(main, ["check", "--today", "2026-11-21", str(root)])
    assert (
        check.exit_code == 1
        and "Daily/20-11-2026.md: the name '20-11-2026' has its year last" in check.output
    )
    assert report(root)["people"][0]["interactions"] == 0

    (root / ".obsidian").mkdir()
    (root / ".obsidian/daily-notes.json").write_text('{"format": "DD-MM-YYYY"}', encoding="utf-8")
    assert CliRunner().invoke(main, build).exit_code == 0
    assert "Turned two-way (1): [[People/Ana|Ana]]" in (root / "_vaultnet/Overview.md").read_text("utf-8")
    ana = report(root)["people"][0]
    assert (ana["interactions"], ana["last_contact"], ana["inbound"], ana["outbound"]) == (
        3,
        "2026-11-20",
        1,
        1,
    )
    assert CliRunner().invoke(main, ["check", "--today", "2026-11-21", str(root)]).exit_code == 0
    logged = CliRunner().invoke(main, ["log", "ana", "lunch", "--date", "2026-11-21", "-v", str(root)])
    assert logged.exit_code == 0 and "- [[21-11-2026]] lunch" in (root / "People/Ana.md").read_text("utf-8")


def test_a_person_named_alone_over_nested_bullets_is_told_by_the_first() -> None:
    """Outliners write `- [[Ana]]` and what happened under it: the first line nested under it
    tells the contact, its arrow or its words read as those of `[[Ana]]: called me about the
    job` (a deed with no one doing it says nothing: who called?), and its text joins the name's.
    A line under it that names someone else, is a task or is dated is its own, and a name with
    words of its own keeps them."""
    text = (
        "- [[Ana]]\n\t- called me about the job\n- [[Bo]]\n\tcollapsed:: true\n\t- <- asked for advice\n"
        "- **[[Cy]]**:\n\t- coffee at the harbour\n- [[Di]]\n\t- [[Ed]] was there too\n"
        "- [[Fay]]\n\t- TODO send her the slides\n- [[Gus]] called\n\t- I sent him the deck\n"
        "- [[Hal]]\n- went for a run\n- [[Ida]]\n  - 2026-11-18 she texted\n- [[Jo]]\n  - called about the job\n"
    )
    note = parse_note("journals/2026_11_20.md", text.encode(), Config())
    said = {m.targets[0]: (m.direction, m.inferred, m.text) for m in note.entries if m.date.day == 20}
    assert said == {
        "Ana": ("inbound", True, "[[Ana]]: called me about the job"),
        "Bo": ("inbound", False, "[[Bo]]: asked for advice"),
        "Cy": ("mutual", True, "[[Cy]]: coffee at the harbour"),
        "Di": ("unknown", False, "[[Di]]"),
        "Ed": ("unknown", False, "[[Ed]] was there too"),
        "Fay": ("unknown", False, "[[Fay]]"),
        "Gus": ("inbound", True, "[[Gus]] called"),
        "Hal": ("unknown", False, "[[Hal]]"),
        "Ida": ("unknown", False, "[[Ida]]"),
        "Jo": ("unknown", False, "[[Jo]]: called about the job"),
    }


def test_a_logseq_graph_that_titles_its_journals_year_last_is_read_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A Logseq graph whose journals are titled `dd-MM-yyyy` (`logseq/config.edn`) links its days
    so in a page's log: read as those days, and `log` links its day so too."""
    root = make_vault(
        {
            "logseq/config.edn": '{:journal/page-title-format "dd-MM-yyyy"}\n',
            "pages/Ana.md": "tags:: person\n\n- [[01-11-2026]] sent her the article\n- [[20-11-2026]] she called me\n",
            "journals/2026_11_03.md": "- coffee with [[Ana]]\n",
        }
    )
    ana = report(root)["people"][0]
    assert (ana["interactions"], ana["last_contact"], ana["inbound"], ana["outbound"]) == (
        3,
        "2026-11-20",
        1,
        1,
    )
    logged = CliRunner().invoke(main, ["log", "ana", "lunch", "--date", "2026-11-21", "-v", str(root)])
    assert logged.exit_code == 0 and "- [[21-11-2026]] lunch" in (root / "pages/Ana.md").read_text("utf-8")


def test_templates_in_the_folder_obsidian_takes_them_from_are_no_people(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A template folder not called Templates (`Extras/Template`, as Obsidian's setting says):
    its person template, tagged as a person, is no person; `vaultnet new` fills it."""
    root = make_vault(
        {
            ".obsidian/templates.json": '{"folder": "Extras/Template"}',
            "Extras/Template/Person.md": "---\ntags: [person]\n---\n# {{title}}\n## Log\n",
            "People/Ana.md": "---\ntags: [person]\n---\n",
        }
    )
    assert [p["file"] for p in report(root)["people"]] == ["People/Ana.md"]
    made = CliRunner().invoke(main, ["new", "Bo", "-v", str(root)])
    assert made.output == "created People/Bo.md from Extras/Template/Person.md\n"
    assert (root / "People/Bo.md").read_text("utf-8") == "---\ntags: [person]\n---\n# Bo\n## Log\n"


def test_gifts_mail_and_mentoring_are_read_as_owners_write_them() -> None:
    """`Mailed [[Ana]] a postcard`, `Gave [[Bo]] a gift`, `Wrote back to [[Cy]]`, `Dropped off
    soup for [[Di]]` are yours; `[[Ed]] mailed me`, `[[Fay]] gave me her old bike`, `[[Gus]]
    reviewed my draft`, `[[Kim]] dropped off the books` theirs; `WhatsApp with [[Hal]]`, `Mentored
    [[Ivy]]`, `[[Jo]] interviewed me`, `Celebrated [[Lu]]'s promotion`, `Caught [[Mo]] after the
    talk` were time together, and `Caught [[Ned]]'s talk` says nothing of him."""
    lines = (
        "Mailed [[Ana]] a postcard", "Gave [[Bo]] a gift", "Wrote back to [[Cy]]",
        "Dropped off soup for [[Di]]", "[[Ed]] mailed me the forms", "[[Fay]] gave me her old bike",
        "[[Gus]] reviewed my draft", "WhatsApp with [[Hal]]", "Mentored [[Ivy]]",
        "[[Jo]] interviewed me", "[[Kim]] dropped off the books", "Celebrated [[Lu]]'s promotion",
        "Caught [[Mo]] after the talk", "Caught [[Ned]]'s talk",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "outbound", "Bo": "outbound", "Cy": "outbound", "Di": "outbound", "Ed": "inbound",
        "Fay": "inbound", "Gus": "inbound", "Hal": "mutual", "Ivy": "mutual", "Jo": "mutual",
        "Kim": "inbound", "Lu": "mutual", "Mo": "mutual", "Ned": "unknown",
    }  # fmt: skip


def test_visits_lending_and_treats_are_read_as_owners_write_them() -> None:
    """`Stopped by [[Ana]]'s place`, `Lent [[Bo]] my drill`, `Bought [[Cy]] a coffee`, `Cooked
    dinner for [[Di]]`, `Got in touch with [[Ed]]` are yours; `[[Fay]] bought me lunch`, `[[Gus]]
    cooked for us`, `[[Jo]] brought me soup` theirs; `Went over to [[Hal]]'s` was time together.
    `[[Ivy]] visited Paris` says nothing of her and you."""
    lines = (
        "Stopped by [[Ana]]'s place", "Lent [[Bo]] my drill", "Bought [[Cy]] a coffee",
        "Cooked dinner for [[Di]]", "Got in touch with [[Ed]]", "[[Fay]] bought me lunch",
        "[[Gus]] cooked for us", "Went over to [[Hal]]'s", "[[Ivy]] visited Paris", "[[Jo]] brought me soup",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "outbound", "Bo": "outbound", "Cy": "outbound", "Di": "outbound", "Ed": "outbound",
        "Fay": "inbound", "Gus": "inbound", "Hal": "mutual", "Ivy": "unknown", "Jo": "inbound",
    }  # fmt: skip


def test_something_made_or_bought_for_someone_is_yours() -> None:
    """A gift is giving, as `Cooked dinner for [[Di]]` is: `Bought a gift for [[Ana]]`, `Ordered
    flowers for [[Bo]]`, `Made a playlist for [[Cy]]`, `Wrote a card for [[Di]]`, `Baked a cake
    for [[Ed]]`, `Got a birthday present for [[Fay]]`, `Picked up groceries for [[Gus]]` are
    yours; `Got a card from [[Hal]]` is theirs, and `Bought tickets for the show, [[Ivy]] texted
    me` is hers: what you bought was for no one the line names."""
    lines = (
        "Bought a gift for [[Ana]]", "Ordered flowers for [[Bo]]", "Made a playlist for [[Cy]]",
        "Wrote a card for [[Di]]", "Baked a cake for [[Ed]]", "Got a birthday present for [[Fay]]",
        "Picked up groceries for [[Gus]]", "Got a card from [[Hal]]",
        "Bought tickets for the show, [[Ivy]] texted me",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "outbound", "Bo": "outbound", "Cy": "outbound", "Di": "outbound", "Ed": "outbound",
        "Fay": "outbound", "Gus": "outbound", "Hal": "inbound", "Ivy": "inbound",
    }  # fmt: skip


def test_an_evening_at_their_place_and_a_walk_with_them_are_time_together() -> None:
    """`Game night at [[Ana]]'s`, `Walked the dog with [[Bo]]`, `Watched the match with [[Cy]]`,
    `Drinks at [[Di]]'s place` were time together; `Dropped off soup at [[Ed]]'s` is yours;
    `Looked at [[Fay]]'s portfolio` says nothing of her."""
    lines = (
        "Game night at [[Ana]]'s", "Walked the dog with [[Bo]]", "Watched the match with [[Cy]]",
        "Board games at [[Di]]'s place", "Dropped off soup at [[Ed]]'s", "Looked at [[Fay]]'s portfolio",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "mutual", "Bo": "mutual", "Cy": "mutual", "Di": "mutual", "Ed": "outbound", "Fay": "unknown",
    }  # fmt: skip


def test_an_own_log_reads_voice_notes_syncs_and_mentoring(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Got a voice note`, `She pinged on Slack`, `Incoming call` (a CRM's words), `Voice memo
    from her` and `Birthday wishes from her` are hers, `Outbound email` and `Got in touch about
    the flat` yours; `Quick sync`, `Intro call`, `Mentoring session`, `Interview for the lead
    role` were meetings; a channel alone (`WhatsApp`) says nobody."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Got a voice note", "She pinged on Slack", "Quick sync", "Intro call", "Mentoring session",
             "WhatsApp", "Incoming call", "Outbound email", "Voice memo from her",
             "Birthday wishes from her", "Got in touch about the flat", "Interview for the lead role"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (5, 2, 4, 1, 11)


def test_a_marked_line_with_code_in_it_still_lists_whom_its_words_met(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`- -> called `bot` [[Lima]]`: an arrow gave its direction, and its words, read without the
    code as every line's are, say Lima was called: met, no note yet."""
    root = make_vault(
        {"People/Ana.md": "---\ntags: [person]\n---\n", "Daily/2026-11-12.md": "- -> called `bot` [[Lima]]\n"}
    )
    assert [row["name"] for row in report(root)["without_note"]] == ["Lima"]


def test_whom_the_words_say_you_met_without_a_note_are_listed_until_one_is_made(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Met [[Frank Ode]] at the fair` with no note for Frank: the contact is nobody's, so the
    report, its JSON and the Overview list him, by the latest such line, the latest first, until a
    note answers to him. Only the words make a link a person's: not an arrow, a meeting's note, a
    link in passing, a plan, a day, or a link to a note of another kind."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-02.md": "- Met [[Frank Ode]] at the fair; he runs a bakery\n- h/t [[Gus]] for the tip\n",
            "Daily/2026-11-12.md": "- [[frank ode]] called about the stand\n- -> [[Project Apollo]] kickoff\n",
            "Daily/2026-11-14.md": "- Lunch with [[Hana Sato]] and [[Ana]]\n- read [[Deep Work]] on the train\n",
            "Daily/2026-11-30.md": "- coffee with [[Ivo]]\n",  # a plan: after today
            "Daily/2025-11-20.md": "- lunch with [[Jon]]\n",  # lapsed: over 365 days ago
            "Daily/2025-11-21.md": "- lunch with [[Kay]]\n",  # 365 days ago: not yet
            "Meetings/2026-11-10 Sync.md": "---\ntype: meeting\n---\n- [[Project Apollo]] is late\n",
            "Daily/2026-11-11.md": "- talked with [[Topics/Quantum]] people, met [[2026-11-01]]\n",
            "Topics/Quantum.md": "A topic.\n",
        }
    )
    got = [
        {k: v for k, v in u.items() if k != "note_not_read" or v is not None}
        for u in report(root)["without_note"]
    ]
    assert got == [
        {"name": "Hana Sato", "last": "2026-11-14", "file": "Daily/2026-11-14.md", "line": 1,
         "text": "Lunch with [[Hana Sato]] and [[Ana]]"},
        {"name": "frank ode", "last": "2026-11-12", "file": "Daily/2026-11-12.md", "line": 1,
         "text": "[[frank ode]] called about the stand"},
        {"name": "Kay", "last": "2025-11-21", "file": "Daily/2025-11-21.md", "line": 1, "text": "lunch with [[Kay]]"},
    ]  # fmt: skip
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert (
        "Met, no note yet (3)\n  Hana Sato: last 2026-11-14: “Lunch with Hana Sato and Ana”; Daily/2026-11-14.md:1\n"
        in plain
    )
    CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)])
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert "## Met, no note yet (3)\n" in overview
    assert (
        "- frank ode: last 2026-11-12: “frank ode called about the stand” in [[Daily/2026-11-12|2026-11-12]]\n"
        in overview
    )

    (root / "People" / "Frank Ode.md").write_text("---\ntags: [person]\n---\n", encoding="utf-8")
    after = report(root)
    assert [u["name"] for u in after["without_note"]] == ["Hana Sato", "Kay"]
    frank = next(p for p in after["people"] if p["file"] == "People/Frank Ode.md")
    assert directions(frank) == (1, 0, 1, 0, 2)  # he called; you met: both his now
    for day in ("2026-11-14", "2025-11-21"):
        (root / "Daily" / f"{day}.md").unlink()
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert "Met, no note yet" not in plain  # a section left out when nobody is on it


def test_a_dated_notes_people_without_a_note_are_met_without_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A meeting's attendees (and any dated note's people list, in its front matter or its text)
    were met, whatever its lines' words say: one no note answers to is listed under the
    meeting's title, by link or by a name written plain; an address is no name to make a note by,
    a day or the folder a note is filed in none either, and a link in the meeting's lines says
    nothing of whether it is someone's."""
    root = make_vault(
        {
            "People/Mei Lin.md": "---\ntags: [person]\n---\n",
            "Meetings/2026-11-19 Reading Group.md": (
                '---\ntype: meeting\nattendees: ["[[Mei Lin]]", "[[Carlos Vega]]", Dana Ruiz, eve@acme.com, Sam Rivera, me]\n---\n'
                "- Discussed [[Transformer Paper]].\n"
            ),
            "Meetings/2026-11-18 Sync.md": "---\ndate: 2026-11-18\n---\nAttendees: [[Fay Ito]], [[2026-11-17]]\n",
            "Daily/2026-11-17.md": '---\npeople: ["[[Gil Ode]]"]\n---\n- [[Project X]] kickoff\n',
            "Daily/2026-11-16.md": "- [[Hal Oz]] kickoff\n",  # a line's link: its words say no meeting
            "People/archive/2026-11-15.md": "Tidied up.\n",  # a folder that names nobody
            "vaultnet.toml": 'me = ["Sam Rivera"]\n',  # you are no one you met
        }
    )
    got = report(root)["without_note"]
    assert [(u["name"], u["last"], u["file"], u["line"], u["text"]) for u in got] == [
        ("Carlos Vega", "2026-11-19", "Meetings/2026-11-19 Reading Group.md", 1, "Reading Group"),
        ("Dana Ruiz", "2026-11-19", "Meetings/2026-11-19 Reading Group.md", 1, "Reading Group"),
        ("Fay Ito", "2026-11-18", "Meetings/2026-11-18 Sync.md", 1, "Sync"),
        ("Gil Ode", "2026-11-17", "Daily/2026-11-17.md", 1, ""),
    ]
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert (
        "  Carlos Vega: last 2026-11-19: “Reading Group”; Meetings/2026-11-19 Reading Group.md:1\n" in plain
    )
    assert "  Gil Ode: last 2026-11-17; Daily/2026-11-17.md:1\n" in plain


def test_an_arrow_a_tag_or_a_heading_leaves_the_words_to_say_whom_you_met(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An arrow, a meeting tag or a meeting heading gives a line its direction, not its people:
    its words still say whether a link is someone met (`-> called [[Lena]]`, `lunch with [[Raj]]
    #meeting`), listed as they would be without it; `-> [[Berlin]] trip` names no one met."""
    root = make_vault(
        {
            "Daily/2026-11-01.md": (
                "- -> called [[Lena]] about the flat\n- <- [[Kofi]] called me\n- lunch with [[Raj]] #meeting\n"
                "- -> [[Berlin]] trip\n- -> called [[Ola]] about [[Paris]]\n"
            ),
            "Daily/2026-11-02.md": "## Meetings\n- lunch with [[Mo]]\n- [[Project X]] kickoff\n",
        }
    )
    got = report(root)["without_note"]
    assert sorted((u["name"], u["last"], u["line"]) for u in got) == [
        ("Kofi", "2026-11-01", 2),
        ("Lena", "2026-11-01", 1),
        ("Mo", "2026-11-02", 2),
        ("Ola", "2026-11-01", 5),
        ("Raj", "2026-11-01", 3),
    ]


def test_a_name_two_people_answer_to_is_no_one_met_without_a_note(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Beers with [[Alex]]` where Alex Novak and Alex Chen both list the alias: the clash is a
    problem to mend, not someone to make a note for (a third Alex)."""
    alex = "---\ntags: [person]\naliases: [Alex]\n---\n"
    root = make_vault(
        {
            "People/Alex Novak.md": alex,
            "People/Alex Chen.md": alex,
            "Daily/2026-11-14.md": "- Beers with [[Alex]] and [[Hana Sato]]\n",
        }
    )
    got = report(root)
    assert [u["name"] for u in got["without_note"]] == ["Hana Sato"]
    assert any("'alex' names both" in p["message"] for p in got["problems"])


@pytest.mark.parametrize(
    "when",
    [
        "Nov 21st, 2026",
        "Nov 21, 2026",
        "21 Nov 2026",
        "2026-W47",
        "November 2026",
        "2026-11",
        "journals/2026_11_21",
    ],
)
def test_a_link_to_a_day_a_week_or_a_month_is_nobody_met(make_vault, when: str) -> None:  # type: ignore[no-untyped-def]
    """Logseq links a line to its day's page (`[[Nov 21st, 2026]]`), a weekly or monthly note is
    linked by its name: a page of time, not someone met without a note."""
    root = make_vault({"Daily/2026-11-14.md": f"- Lunch with [[Hana Sato]] and [[{when}]]\n"})
    assert [u["name"] for u in report(root)["without_note"]] == ["Hana Sato"]


def test_the_overview_lists_everyone_met_without_a_note_and_the_report_the_first_few(make_vault) -> None:  # type: ignore[no-untyped-def]
    days = {f"Daily/2026-11-{i + 1:02d}.md": f"- Met [[Stranger {i}]] at the fair\n" for i in range(8)}
    root = make_vault({"People/Ana.md": "---\ntags: [person]\n---\n", **days})
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert (
        "  Stranger 3: last 2026-11-04: “Met Stranger 3 at the fair”; Daily/2026-11-04.md:1\n"
        "  … and 3 more: --limit 8 shows them, vaultnet build writes _vaultnet/Overview.md\n" in plain
    )
    CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)])
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert [line[2:12] for line in overview.splitlines() if line.startswith("- Stranger")] == [
        f"Stranger {i}" for i in range(7, -1, -1)
    ]


def test_the_short_ways_people_write_who_called_back() -> None:
    """Found by writing a day's lines as people jot them: a voicemail left for someone, a text sent
    back, an email shot off, a walk and talk, a call on the phone; each said nothing of who started
    it before."""
    lines = (
        "Left a voicemail for [[Ana]]", "Left a message for [[Bo]]", "Texted back [[Cy]]",
        "Called back [[Di]]", "Emailed back [[Ed]]", "Returned [[Fay]]'s text",
        "Shot [[Gus]] an email", "Dropped [[Hal]] a text", "[[Ivy]] shot me a text",
        "Walk & talk with [[Jo]]", "Walk and talk with [[Kit]]", "On the phone with [[Lu]]",
        "Mtg w/ [[Max]]", "[[Ned]] swung by", "Swung by [[Oz]]'s office",
        "Sent over the proposal to [[Pia]]", "Got hold of [[Quin]] at last", "Texts with [[Rae]]",
        "Couldn't reach [[Sol]], left a message", "[[Tia]] referred me to a recruiter",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ana": "outbound", "Bo": "outbound", "Cy": "outbound", "Di": "outbound", "Ed": "outbound",
        "Fay": "outbound", "Gus": "outbound", "Hal": "outbound", "Ivy": "inbound", "Jo": "mutual",
        "Kit": "mutual", "Lu": "mutual", "Max": "mutual", "Ned": "inbound", "Oz": "outbound",
        "Pia": "outbound", "Quin": "outbound", "Rae": "mutual", "Sol": "outbound", "Tia": "inbound",
    }  # fmt: skip


def test_the_client_or_student_of_a_dated_note_is_no_one_met(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`client:` on an invoice, `student:` on a grading note, `mentor:` on a project note: dated
    notes that are no meeting, so whom they name by a role is not met that day."""
    root = make_vault(
        {
            "People/Fay.md": "---\ntags: [person]\n---\n",
            "People/Stu.md": "---\ntags: [person]\n---\n",
            "Invoices/2026-11-20 Invoice 042.md": '---\nclient: "[[Fay]]"\n---\n- 3 days of consulting\n',
            "Grading/2026-11-18 Essays.md": '---\nstudents: ["[[Stu]]"]\n---\n- B+\n',
        }
    )
    assert {p["name"]: p["interactions"] for p in report(root)["people"]} == {"Fay": 0, "Stu": 0}


def test_an_attendee_written_with_a_company_or_a_role_is_the_person(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Meeting notes list people as `Ana Souza (Acme)` or `Bo Lind (remote)`: a name written plain
    is the name before the brackets, as it is the name before an address. A note whose very name
    holds brackets is meant by a link (`[[Cy Park (Initech)]]`), and a link is never cut: one to a
    place's note (`[[Jordan (country)]]`) is not Jordan the person."""
    root = make_vault(
        {
            "people/Ana Souza.md": "---\ntags: [person]\n---\n",
            "people/Bo Lind.md": "---\ntags: [person]\n---\n",
            "people/Cy Park.md": "---\ntags: [person]\n---\n",
            "people/Cy Park (Initech).md": "---\ntags: [person]\n---\n",
            "people/Jordan.md": "---\ntags: [person]\n---\n",
            "places/Jordan (country).md": "A country.\n",
            "Meetings/2026-11-18 Acme.md": "---\ndate: 2026-11-18\nattendees: [Ana Souza (Acme), '[[Cy Park (Initech)]]']\n---\n",
            "Meetings/2026-11-19 Offsite.md": "---\ndate: 2026-11-19\n---\n**Attendees:** Ana Souza (Acme), [[Bo Lind]] (remote), Di Rossi (Acme)\n",
            "Daily/2026-11-20.md": "- flew back from [[Jordan (country)]]\n",
        }
    )
    got = report(root)
    seen = {p["file"]: p["interactions"] for p in got["people"]}
    assert seen == {
        "people/Ana Souza.md": 2, "people/Bo Lind.md": 1, "people/Cy Park.md": 0,
        "people/Cy Park (Initech).md": 1, "people/Jordan.md": 0,
    }  # fmt: skip


def test_someone_met_by_a_first_name_alone_is_hinted_at_the_person_of_that_first_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`coffee with [[Ana]]` when Ana's note is `Ana Souza.md` with no alias `Ana`: Obsidian finds
    no note, nor does vaultnet, but the Overview and the report say whom it may be, so that an
    alias mends it. Not when two people have that first name, nor for a name of more words."""
    root = make_vault(
        {
            "People/Ana Souza.md": "---\ntags: [person]\n---\n",
            "People/Bo Lind.md": "---\ntags: [person]\n---\n",
            "People/Bo Chen.md": "---\ntags: [person]\n---\n",
            "People/cy-park.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- coffee with [[Ana]]\n- lunch with [[Bo]]\n- call with [[Cy]]\n- met [[Ana Lima]]\n",
        }
    )
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert (
        "  Ana: last 2026-11-20: “coffee with Ana”; perhaps Ana Souza (add the alias Ana); Daily/2026-11-20.md:1\n"
        in plain
    )
    assert "  Bo: last 2026-11-20: “lunch with Bo”; Daily/2026-11-20.md:2\n" in plain
    CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)])
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert (
        "- Ana: last 2026-11-20: “coffee with Ana” in [[Daily/2026-11-20|2026-11-20]]; perhaps "
        "[[People/Ana Souza|Ana Souza]], whose note could list the alias Ana\n"
    ) in overview
    assert "perhaps [[People/cy-park|cy-park]], whose note could list the alias Cy\n" in overview
    assert overview.count("perhaps") == 2  # not Bo (two of them), nor Ana Lima


def test_the_hint_of_a_name_alone_finds_whom_show_finds_by_it() -> None:
    """`named_alike` suggests whom one word names as `vaultnet show` and `log` find them by it:
    by any word of their name, of an alias or of their file's name (a slug's), family name first
    too (`Wei` and `Chen` of Chen Wei), accents aside (`Maria` of María González), one person
    alone. Two people sharing the word (`Lee`), or a word of no one's, suggest nobody."""
    import datetime as dt

    from vaultnet.commands.people import People
    from vaultnet.errors import AmbiguousPerson, UnknownPerson
    from vaultnet.metrics.next import named_alike
    from vaultnet.model import Note, Unnoted
    from vaultnet.vault.names import Resolver

    notes = [
        Note("People/chen-wei.md", "person", "Chen Wei", aliases=("Wei Chen", "陈伟")),
        Note("People/María González.md", "person", "María González"),
        Note("People/bob-lee.md", "person", "Robert Lee"),
        Note("People/Ann Lee.md", "person", "Ann Lee"),
        Note("Familia/Onkel Jürgen.md", "person", "Onkel Jürgen"),
        Note("Familia/tia-carmen.md", "person", "Tía Carmen"),
    ]
    words = ("Wei", "Chen", "Maria", "Gonzalez", "Bob", "Robert", "Lee", "Zed", "Jürgen", "Carmen")
    met = [Unnoted(word, dt.date(2026, 11, 20), "Daily/2026-11-20.md", 1, "") for word in words]
    shown = [(note.file, note.name) for note in notes]
    hinted = named_alike(met, shown, Resolver(notes))
    assert {word: file for word, (file, _) in hinted.items()} == {
        "Wei": "People/chen-wei.md",
        "Chen": "People/chen-wei.md",
        "Maria": "People/María González.md",
        "Gonzalez": "People/María González.md",
        "Bob": "People/bob-lee.md",
        "Robert": "People/bob-lee.md",
        "Jürgen": "Familia/Onkel Jürgen.md",
        "Carmen": "Familia/tia-carmen.md",
    }
    people = People.of(notes)
    for word in words:
        try:
            found: str | None = people.find(word)
        except (AmbiguousPerson, UnknownPerson):
            found = None
        assert found == (hinted[word][0] if word in hinted else None), word


def test_someone_met_by_a_family_or_accented_name_is_hinted_at(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`coffee with [[Wei]]` when Chen Wei's note (`# Chen Wei`, family name first) has no alias
    `Wei`, and `call with [[Maria]]` when María's is `María González.md`: the report says whom each
    may be, as `vaultnet show Wei` finds him."""
    root = make_vault(
        {
            "people/chen-wei.md": "---\ntags: [person]\naliases: [陈伟]\n---\n# Chen Wei\n",
            "people/María González.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- coffee with [[Wei]]\n- call with [[Maria]]\n",
        }
    )
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert "“coffee with Wei”; perhaps Chen Wei (add the alias Wei);" in plain
    assert "“call with Maria”; perhaps María González (add the alias Maria);" in plain


FRIEND_TRACKER = """---
name: Ana Costa
relationship: friend
interactions:
  - date: 2026-11-18
    text: Coffee at Rosa's, she invited me
  - date: "2026-10-02"
    text: |-
      Called her about the job
      and [[Bo Li]]'s move
  - date: "2026-02-30"
    text: no such day
  - text: no day at all
  - date: 2026-09-01
    text: "-> sent her the deck #work"
    direction: them
---
"""


def test_a_log_kept_in_the_front_matter_is_the_persons_own(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The Friend Tracker plugin keeps a person's log in their note's front matter, newest first,
    each interaction a `date` and a `text`, in a folder of its name: those are the person's own
    entries, their words read as a log line's (an arrow, a link, a tag); a field of who started
    it is a mark, and an item with no day, or a day that is none, a problem on its line."""
    note = parse_note("FriendTracker/Ana Costa.md", FRIEND_TRACKER.encode(), Config())
    assert note.kind == "person"
    read = [(m.date.isoformat(), m.direction, m.line, m.targets, m.tags, m.inferred) for m in note.entries]
    assert sorted(read) == [
        ("2026-09-01", "inbound", 14, (), ("work",), False),  # the field wins over the arrow
        ("2026-10-02", "outbound", 7, ("Bo Li",), (), True),
        ("2026-11-18", "inbound", 5, (), (), True),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in note.problems] == [
        (11, "'2026-02-30' is not a day"),
        (13, "an interaction with no day"),
    ]
    root = make_vault(
        {"FriendTracker/Ana Costa.md": FRIEND_TRACKER, "FriendTracker/Bo Li.md": "---\nname: Bo\n---\n"}
    )
    got = people(root)
    assert directions(got["FriendTracker/Ana Costa.md"]) == (2, 1, 0, 0, 2)
    assert got["FriendTracker/Ana Costa.md"]["last_contact"] == "2026-11-18"


@pytest.mark.parametrize("key", ["log", "interaction_log", "touchpoints"])
def test_a_front_matter_log_of_lines(key: str) -> None:
    """A log kept in the front matter as lines reads as the body's log lines do."""
    text = f"---\ntags: [person]\n{key}:\n  - 2026-11-02 <- she called\n  - '2026-11-05: coffee'\n---\n"
    note = parse_note("People/Ana.md", text.encode(), Config())
    assert [(m.date.isoformat(), m.direction, m.line) for m in note.entries] == [
        ("2026-11-02", "inbound", 4),
        ("2026-11-05", "mutual", 5),
    ]


EMAILS = {
    **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Ana", "Bo", "Cy")},
    "Mail/2026-11-18 Re the flat.md": (
        "---\ntags: [email]\nfrom: Ana\nto: [Sandy Cheeks]\ncc: [Cy]\nsubject: 'Re: the flat'\n---\nSee you.\n"
    ),
    "Mail/2026-11-19.md": "---\nfrom: Sandy Cheeks <sandy@treedome.com>\nto: [Bo]\nsubject: The deck\n---\n",
    "Meetings/2026-11-17 Sync.md": "---\ntype: meeting\norganizer: Sandy Cheeks\nattendees: [Ana]\n---\n",
    "Trips/2026-11-20 Lisbon.md": "---\nfrom: Cy\nto: Bo\n---\n",
}


def test_an_email_kept_as_a_note_says_who_wrote_to_whom(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An email kept as a note (tagged `email`, or with a `from` and a `subject`, as email clippers
    and hal_md write one) is a contact with whoever wrote it (`from:`): they started it. One you
    wrote (`from:` you, as `me` in vaultnet.toml names you) is yours with each person it went to
    (`to`, `cc`, `bcc`), as a meeting you organised is; the others an email went to had no
    contact. A trip's `from` and `to` are places."""
    got = people(make_vault({**EMAILS, "vaultnet.toml": 'me = ["Sandy Cheeks"]\n'}))
    assert directions(got["People/Ana.md"]) == (1, 1, 0, 0, 0)  # her email; the sync you organised
    assert directions(got["People/Bo.md"]) == (0, 1, 0, 0, 0)  # your email to him
    assert got["People/Cy.md"]["interactions"] == 0  # copied on Ana's email; a trip from a place
    by_address = people(make_vault({**EMAILS, "vaultnet.toml": 'me = ["SANDY@treedome.com"]\n'}))
    assert directions(by_address["People/Bo.md"]) == (0, 1, 0, 0, 0)  # `Sandy Cheeks <sandy@...>`: you
    unnamed = people(
        make_vault({**EMAILS, "vaultnet.toml": ""})
    )  # who you are unsaid: your email is no contact
    assert directions(unnamed["People/Ana.md"]) == (1, 0, 1, 0, 0)
    assert unnamed["People/Bo.md"]["interactions"] == 0


def test_had_before_a_meeting_word_of_any_kind_was_together(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Had a long call`, `Had a quick coffee`, `Had a walk`, `We had a long walk`, as `Had a call`
    and `Had dinner` always were: `had` is a diary's verb before a meeting word, as `grabbed` is;
    so are a deep conversation and hiking (`Went hiking`). `Had a baby` and `Had her over` say no
    meeting of the words (the second is yours, as ever)."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Had a long call about the contract", "Had a quick coffee", "Had a walk", "We had a long walk",
             "Had a great chat", "Deep conversation about her dad", "Went hiking together",
             "Had a virtual coffee", "Had a baby", "Had her over for dinner"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (0, 1, 8, 1, 9)


def test_after_a_short_label_what_follows_opens_the_entry(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Birthday — sent flowers`, `Her birthday, texted`, `Christmas: called`: a diary labels the
    day, then says what was done; what follows the label opens the entry, and a deed there wins
    over a meeting word in the label (`Wedding anniversary: sent a card` was yours). A label
    before nothing the openings know says what it said (`Lunch — she paid` was both of you,
    `Busy week, nothing else` nothing), and so does one before a meeting word, as often a plan as
    a meeting there (`Note to self: call more often`)."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Birthday — sent flowers", "Her birthday, texted", "Christmas: called", "Wedding anniversary: sent a card",
             "Birthday — got a call", "Lunch — she paid", "Busy week, nothing else", "Note to self: call more often"),
            1,
        )
    )  # fmt: skip
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (1, 4, 1, 2, 6)


def test_a_work_diary_says_who_was_met_and_who_was_away() -> None:
    """A work log's lines: a pairing session, a code review, a retro and someone's farewell drinks
    were met; feedback is given and got; someone out sick or away was not there, so no meeting
    with them happened (`Standup — [[Bo]] out sick`), though a deed still did (`Visited [[Tia]];
    she was out sick`)."""
    lines = (
        "Pair programming with [[Lu]]", "Code review with [[Oli]]", "Retro: [[Pat]] raised the deploy issue",
        "[[Hal]]'s farewell drinks", "Got feedback from [[Rae]]", "Gave feedback to [[Sol]]",
        "Standup — [[Bo]] out sick", "[[Cy]] OOO this week", "Visited [[Tia]]; she was out sick",
    )  # fmt: skip
    said = daily_said(lines)
    assert said == {
        "Lu": ("mutual", False), "Oli": ("mutual", False), "Pat": ("mutual", False), "Hal": ("mutual", False),
        "Rae": ("inbound", False), "Sol": ("outbound", False), "Bo": ("unknown", True), "Cy": ("unknown", True),
        "Tia": ("outbound", False),
    }  # fmt: skip


def test_a_call_caught_a_seat_beside_and_a_shared_ride_were_time_together() -> None:
    """`Caught [[Ana]] on the phone`, `Sat next to [[Di]] at dinner`, `Sat with [[Bo]] on the
    train`, `Carpooled with [[Gus]]`: both of you."""
    lines = (
        "Caught [[Ana]] on the phone", "Sat next to [[Di]] at dinner", "Sat with [[Bo]] on the train",
        "Carpooled with [[Gus]]",
    )  # fmt: skip
    assert daily_directions(lines) == {"Ana": "mutual", "Di": "mutual", "Bo": "mutual", "Gus": "mutual"}


def test_a_diary_exchanged_and_on_the_phone_were_both_of_you(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Exchanged a few emails`, `Exchanged numbers`, `On the phone for an hour` in a person's own
    log were both of you, as `Exchanged emails` always was."""
    log = "".join(
        f"- 2026-11-{day:02d} {text}\n"
        for day, text in enumerate(
            ("Exchanged a few emails", "Exchanged numbers", "On the phone for an hour", "Exchanged emails"), 1
        )
    )
    root = make_vault({"People/Sam.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sam.md"]) == (0, 0, 4, 0, 4)


@pytest.mark.parametrize("line", ["**Date:** 2026-11-20", "Date: 2026-11-20", "**Day**: [[2026-11-20]]"])
def test_a_meeting_note_dated_by_a_line_of_its_text(line: str) -> None:
    """A meeting template that writes its front matter in its text (`**Date:** 2026-11-20` over
    `**With:** [[Ana]]`, as it writes `**Attendees:**`) dates the note by that line."""
    text = f"{line}\n**With:** [[Ana]]\n**Type:** Coffee\n\n## Notes\n- she's moving to Porto\n"
    note = parse_note("Meetings/Coffee with Ana.md", text.encode(), Config())
    assert (note.kind, str(note.date)) == ("dated", "2026-11-20")
    assert {str(m.date) for m in note.entries if "Ana" in m.targets and not m.aside} == {"2026-11-20"}


@pytest.mark.parametrize(
    ("file", "text", "kind"),
    [
        ("People/Ana.md", "#person\nDate: 2026-11-20\n- 2026-11-02 coffee\n", "person"),
        ("Projects/Launch.md", "Date: TBD\nWith: [[Ana]]\n", "other"),
        ("Meetings/Sync.md", "---\ndate: 2026-11-19\n---\nDate: 2026-11-20\n[[Ana]]\n", "dated"),
    ],
)
def test_a_date_line_dates_no_person_and_no_day_it_cannot_read(file: str, text: str, kind: str) -> None:
    """A person's note with a `Date:` line is still theirs; `Date: TBD` is no day; the front
    matter's date wins over the text's."""
    note = parse_note(file, text.encode(), Config())
    assert note.kind == kind
    assert note.date == (dt.date(2026, 11, 19) if kind == "dated" else None)


def test_a_note_of_a_work_read_is_no_dated_note(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A literature note (Zotero's, a paper's, a book's: its `type` or a tag of its front matter
    says so) dates the work (`date: 2017-06-12`, its publication) or the reading, and links
    its authors: no day you met them. Its dated items still count, as a project note's do; a
    meeting about a paper (`type: meeting`) is a meeting."""
    person = "---\ntags: [person]\n---\n"
    root = make_vault(
        {
            **{
                f"People/{name}.md": person
                for name in ("Yuki Tanaka", "Lars Eriksson", "Ana Ruiz", "Bo Lind", "Cy Ode")
            },
            "Literature/tanaka2025.md": (
                '---\ntitle: "Contrastive Embeddings"\nauthors: ["[[Yuki Tanaka]]"]\ndate: 2025-11-30\n'
                "tags: [literature]\n---\nAuthors: [[Yuki Tanaka]]\n"
            ),
            "Literature/2026-11-18 Reading notes.md": (
                "---\ntags: [papers]\n---\n- Paper: by [[Lars Eriksson]] and [[Ana Ruiz]].\n"
            ),
            "Literature/smith2024.md": (
                "---\ntype: Book\ndate: 2026-10-01\n---\nAuthor: [[Ana Ruiz]]\n"
                "- 2026-11-05 met [[Cy Ode]] at her talk about it\n"
            ),
            "Meetings/2026-11-19 Paper reading.md": (
                '---\ntype: meeting\ntags: [paper]\nattendees: ["[[Bo Lind]]"]\n---\n'
            ),
        }
    )
    got = report(root)
    ppl = {p["file"]: p for p in got["people"]}
    found = [
        ppl[f"People/{n}.md"]["interactions"]
        for n in ("Yuki Tanaka", "Lars Eriksson", "Ana Ruiz", "Bo Lind", "Cy Ode")
    ]
    assert found == [0, 0, 0, 1, 1]
    assert got["problems"] == []


_PAPER = '---\ntitle: "Lipid clustering"\ndate: 2025-11-03\n'
"""A paper's front matter as an academic writes it: its title and the day it came out."""


@pytest.mark.parametrize(
    ("file", "text", "work"),
    [
        ("papers/2025-scrna.md", _PAPER + "---\nAuthors: [[Ana]], Jonas Berg\n", True),
        ("03 Publications/bench.md", _PAPER + "---\n[[Ana]]\n", True),
        ("Notes/bench.md", _PAPER + "venue: bioRxiv\n---\nAuthors: [[Ana]], Jonas Berg\n", True),
        ("Notes/bench.md", _PAPER + "journal: Bioinformatics\nauthors: ['[[Ana]]']\n---\n", True),
        ("Notes/bench.md", _PAPER + "doi: 10.1101/2025.11.03.123\n---\n[[Ana]]\n", True),
        ("Notes/bench.md", _PAPER + "arXiv: 2511.01234\n---\n[[Ana]]\n", True),
        ("Notes/bench.md", _PAPER + "tags: [publication]\n---\n[[Ana]]\n", True),
        ("Notes/bench.md", _PAPER + "tags: [preprints]\n---\n[[Ana]]\n", True),
        ("Notes/bench.md", _PAPER + "type: manuscript\n---\n[[Ana]]\n", True),
        # Not a work: a venue with no authors is an event's, a day's note is the day's whatever
        # its folder or keys, and a meeting's (its type, its attendees) is a meeting.
        ("Conferences/ISMB.md", _PAPER + "venue: Montréal\n---\n- talked to [[Ana]]\n", False),
        ("Journal/2025-11-03.md", "---\njournal: personal\n---\n- lunch with [[Ana]]\n", False),
        ("Papers/2025-11-03 Sync.md", "---\ndoi: 10.1/x\n---\n- [[Ana]]\n", False),
        ("Papers/Review.md", _PAPER + "type: meeting\n---\n[[Ana]]\n", False),
        ("Papers/Review.md", _PAPER + "attendees: ['[[Ana]]']\n---\n", False),
        ("Hiring/References/Reference call for Bo.md", _PAPER + "---\n- spoke with [[Ana]]\n", False),
    ],
)
def test_a_publication_is_a_note_of_a_work(file: str, text: str, work: bool) -> None:
    """A publication's note (an academic's own paper, a preprint) dates the work, not a day its
    authors were met: its type or a tag says so in the words of a work's note (`publication`,
    `preprint`, `manuscript`), or the folder it is filed in does (`papers/`, `Publications/`),
    or its front matter names what only a work has (a `doi`, an `arxiv` id), or where it came
    out (`venue`, `journal`) beside its authors. A note named for a day is the day's (the
    Journals plugin writes `journal: personal` into each), a venue alone may be an event's, and
    a meeting about a paper is a meeting."""
    note = parse_note(file, text.encode(), Config())
    assert (note.kind == "dated") is not work, note.kind
    assert bool(note.date) is not work


def test_a_papers_timeline_counts_and_its_authors_do_not(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A paper's note, read as a work's by its `venue` and authors, lists its authors under
    `**Authors:**` or `## Authors`: no contact with them on its day. The dated items of its
    `## Timeline` still are contacts, each on its own day."""
    person = "---\ntags: [person]\n---\n"
    root = make_vault(
        {
            **{f"People/{name}.md": person for name in ("Ana Ruiz", "Bo Lind", "Cy Ode", "Di Fox")},
            "Papers/bench.md": (
                _PAPER + "venue: bioRxiv\n---\n**Authors:** [[Ana Ruiz]], Jonas Berg\n\n"
                "## Authors\n- [[Bo Lind]]\n- Cy Ode\n\n"
                "## Timeline\n- 2026-11-02 editor ([[Di Fox]]) sent it out for review\n"
                "- 2026-11-10 [[Ana Ruiz]] sent her response to R1\n"
            ),
        }
    )
    got = people(root)
    assert [got[f"People/{n}.md"]["interactions"] for n in ("Ana Ruiz", "Bo Lind", "Cy Ode", "Di Fox")] == [
        1,
        0,
        0,
        1,
    ]
    assert report(root)["without_note"] == []


def test_a_tag_that_names_a_person_is_a_link_to_them(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Logseq writes a page's link as a tag too (`#Ana` is `[[Ana]]`), and owners tag a day's
    line with whom it was with: a tag that names a person is a link to them, on the line's day
    and by its words. A tag that names nobody is a tag (`#Work`, `#meeting`): no link, and no one
    met without a note."""
    root = make_vault(
        {
            "pages/Ana Silva.md": "type:: person\nalias:: Ana\n\n- runner\n",
            "pages/Bo.md": "type:: person\n\n- note\n",
            "journals/2026_11_10.md": "- Quick call with #Ana about her race\n",
            "journals/2026_11_13.md": "- #Bo called me about the move #Work\n- Standup #meeting #Cy\n",
        }
    )
    got = report(root)
    by_name = {p["name"]: p for p in got["people"]}
    assert directions(by_name["Ana Silva"]) == (0, 0, 1, 0, 1)
    assert directions(by_name["Bo"]) == (1, 0, 0, 0, 1)
    assert got["without_note"] == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Coffee with [[Ivy]] yesterday", "2026-11-19"),
        ("Yesterday: dinner with [[Ivy]]", "2026-11-19"),
        ("Dinner yesterday with [[Ivy]], lovely", "2026-11-19"),
        ("Called [[Ivy]] the day before yesterday", "2026-11-18"),
        ("Coffee with [[Ivy]]", "2026-11-20"),
        ("Coffee with [[Ivy]] about yesterday's news", "2026-11-20"),
        ("Coffee with [[Ivy]], back since yesterday", "2026-11-20"),
        ("Gestern Abendessen mit [[Ivy]]", "2026-11-19"),
        ("Vorgestern mit [[Ivy]] telefoniert", "2026-11-18"),
        ("Ayer comí con [[Ivy]]", "2026-11-19"),
        ("Pranzo con [[Ivy]] ieri", "2026-11-19"),
        ("[[Ivy]] ist seit gestern zurück", "2026-11-20"),
        ("Called [[Ivy]]; she got back yesterday from Lisbon.", "2026-11-20"),
        ("Standup: yesterday reviewed PRs, today pairing with [[Ivy]]", "2026-11-20"),
        ("Saw [[Ivy]] today, not yesterday as planned", "2026-11-20"),
        ('[[Ivy]] asked "were you at the gig yesterday?"', "2026-11-20"),
        ("Watched the new David Ayer film with [[Ivy]]", "2026-11-20"),
        ("2026-11-15: met [[Ivy]], she had flown in yesterday", "2026-11-15"),
        ("Dinner with [[Ivy]] yesterday.", "2026-11-19"),
    ],
)
def test_yesterday_in_a_daily_note_is_the_day_before_it(line: str, day: str) -> None:
    """`Coffee with [[Ivy]] yesterday` in the note of 20 November was on the 19th (`the day before
    yesterday`, the 18th); yesterday's news, or since yesterday, leaves the contact on the note's
    day."""
    (m,) = daily_entries(line)
    assert m.date.isoformat() == day


def test_yesterday_under_a_day_heading_is_the_day_before_that_one() -> None:
    """A journal of many days: `yesterday` is the day before the heading it is under."""
    text = "## 2026-11-05\n- Lunch with [[Ivy]] yesterday\n"
    (m,) = parse_note("Journal.md", text.encode(), Config()).entries
    assert m.date == dt.date(2026, 11, 4)


@pytest.mark.parametrize(
    ("file", "front"),
    [
        ("People/20231104-carla.md", "name: Carla Mendes\ntags: [person]"),
        ("People/202311041530 Carla Mendes.md", "tags: [person]"),
        ("People/20231104 Carla.md", "name: Carla Mendes"),
        ("Zettel/202311041530 Carla Mendes.md", "type: person"),
        ("People/202611041530.md", "name: Carla Mendes\ntags: [person]"),
    ],
)
def test_a_person_note_named_with_a_zettelkasten_id_is_a_person(file: str, front: str) -> None:
    """A Zettelkasten names every note by the moment it was made (`20231104-carla`): a note tagged
    a person, or named in a people folder, is one, not a dated note of that day."""
    note = parse_note(file, f"---\n{front}\n---\n## Log\n- 2026-09-15 -> emailed her\n".encode(), Config())
    assert note.kind == "person"
    assert [m.date.isoformat() for m in note.entries] == ["2026-09-15"]


def test_a_dated_note_in_a_persons_folder_is_still_hers() -> None:
    """`People/Ana Ruiz/2026-11-02 Call.md`, with no person tag nor name: a dated note about her."""
    note = parse_note("People/Ana Ruiz/2026-11-02 Call.md", b"- talked about Lisbon\n", Config())
    assert note.kind == "dated"


@pytest.mark.parametrize(
    "line",
    [
        "Dienstag, 24. November 2026: sie hat angerufen",
        "Di., 24. November 2026: sie hat angerufen",
        "mardi 24 novembre 2026 : elle a appelé",
        "martes, 24 de noviembre de 2026: llamada",
        "miércoles, 25 de noviembre de 2026: llamada",
        "martedì 24 novembre 2026: chiamata",
        "dinsdag 24 november 2026: gebeld",
        "di. 24 nov. 2026: gebeld",
        "terça-feira, 24 de novembro de 2026: ligou",
        "**Donnerstag, 26. November 2026** — Mittagessen",
    ],
)
def test_a_log_entry_may_open_with_the_days_name_in_its_own_language(line: str) -> None:
    """Logs kept in German, French, Spanish, Italian, Dutch or Portuguese name the day of the week
    before the date as English ones do (`Tuesday, 24 November 2026:`), whole or cut short."""
    note = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n- {line}\n".encode(), Config())
    assert [m.date.isoformat()[:8] for m in note.entries] == ["2026-11-"], note.problems
    assert note.entries[0].text and not note.entries[0].text[0].isdigit()


@pytest.mark.parametrize(
    "line", ["Do 2026-11-03 was the day", "So 3 Nov 2026 we met", "Sex 3 Nov 2026 maybe"]
)
def test_a_short_word_before_a_day_is_no_days_name_without_its_dot(line: str) -> None:
    """German `Do`, `So` and Portuguese `sex` are English words too: cut short, a day's name needs
    its dot (`Do., 3. Dez 2026`); these lines stay as they are, no entries."""
    note = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n- {line}\n".encode(), Config())
    assert note.entries == ()


def test_a_weekly_notes_days_may_be_headed_in_its_own_language() -> None:
    text = "### Freitag\n- Mittagessen mit [[Bo]]\n### vendredi\n- déjeuner avec [[Cy]]\n"
    text += "### Terça-feira, 17\n- almoço com [[Di]]\n"
    note = parse_note("Weekly/2026-W47.md", text.encode(), Config())
    assert [m.date.isoformat() for m in note.entries] == ["2026-11-20", "2026-11-20", "2026-11-17"]


@pytest.mark.parametrize("key", ["datum", "fecha", "data", "Datum"])
def test_a_meeting_notes_date_may_be_keyed_in_its_own_language(key: str) -> None:
    """`datum:` (German, Dutch), `fecha:` (Spanish), `data:` (Italian, Portuguese) beside the
    attendee keys of the same languages: the meeting's day."""
    text = f'---\n{key}: 2026-11-03\nteilnehmer: ["[[Anna Schmidt]]"]\n---\nQuartalsplanung\n'
    note = parse_note("Meetings/Quartalsplanung.md", text.encode(), Config())
    assert note.kind == "dated" and note.date == dt.date(2026, 11, 3)
    assert [m.targets for m in note.entries] == [("Anna Schmidt",)]


@pytest.mark.parametrize(
    "heading",
    ["Über sie", "Über ihn", "À propos de lui", "À propos d'elle", "Su di lei", "Over haar", "Sobre ela",
     "Sobre mí", "Ideas de regalo", "Idee regalo", "Cadeau-ideeën", "Ideias de presente"],
)  # fmt: skip
def test_what_you_know_may_be_headed_in_your_own_language(heading: str) -> None:
    """`## About her` has its like in each language the tables read: what is under it is known."""
    text = f"---\ntags: [person]\n---\n## {heading}\n- segelt gern\n"
    assert parse_note("People/Anna.md", text.encode(), Config()).facts == ("segelt gern",)


@pytest.mark.parametrize(
    "heading",
    ["Over the years", "Sobre el proyecto Atlas", "Over ons project", "About the project",
     "À propos de la société", "Über das Projekt"],
)  # fmt: skip
def test_a_section_about_a_thing_holds_no_facts(heading: str) -> None:
    """`About`, `Über`, `Over`, `Sobre` before a thing (`the`, `el`, `das`) is no section on her."""
    text = f"---\ntags: [person]\n---\n## {heading}\n- the budget review\n"
    assert parse_note("People/Anna.md", text.encode(), Config()).facts == ()


def test_your_words_match_a_note_saved_in_either_unicode_form() -> None:
    """`appelé` typed in vaultnet.toml (one character for `é`) matches a note pasted from a Mac
    file name (`e` and its accent), as links already do."""
    config = config_from_dict({"words": {"outbound": ["appelé X"], "inbound": ["X m'a appelé"]}})
    text = "- Appelé [[Amélie]]\n- [[Amélie]] m'a appelé\n"
    nfd = unicodedata.normalize("NFD", text).encode()
    note = parse_note("Daily/2026-11-20.md", nfd, config)
    assert [(m.targets, m.direction) for m in note.entries] == [
        (("Amélie",), "outbound"),
        (("Amélie",), "inbound"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2026年11月10日: 電話",
        "2026년 11월 10일: 통화",
        "10 ноября 2026 — позвонила мне",
        "10 нояб. 2026: кофе",
    ],
)
def test_a_log_entry_may_open_with_a_day_written_in_chinese_japanese_korean_or_russian(line: str) -> None:
    """`2026年11月10日` is year first, as the year-first forms vaultnet reads; Russian names its
    months as the languages of Europe do, whole or cut short."""
    note = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n- {line}\n".encode(), Config())
    assert [m.date for m in note.entries] == [dt.date(2026, 11, 10)], note.problems


def test_a_log_day_without_its_leading_zeros_is_read_and_a_number_like_one_is_not() -> None:
    """`2026-11-2`, `2026-1-15`: year first, the month next, as `2026/1/5` is. A span of years, a
    season or a phone number is no day, and no problem either."""
    log = (
        "- 2026-11-2 coffee\n- 2026-1-15 -> called her\n- 2024-2025 lived in Berlin\n"
        "- 2025-26-1 season opener\n- 0800-1-23 hotline\n"
    )
    note = parse_note("People/Ana.md", f"---\ntags: [person]\n---\n## Log\n{log}".encode(), Config())
    assert [(m.date, m.direction) for m in note.entries] == [
        (dt.date(2026, 11, 2), "mutual"),
        (dt.date(2026, 1, 15), "outbound"),
    ]
    assert note.problems == ()


@pytest.mark.parametrize(
    ("daily_format", "name"),
    [("YYYY年M月D日 dddd", "Daily/2026年11月10日 星期二.md"), ("D MMMM YYYY", "Daily/10 ноября 2026.md")],
)
def test_a_daily_note_named_in_chinese_or_russian_is_that_days(daily_format: str, name: str) -> None:
    config = config_from_dict({"daily_format": daily_format})
    note = parse_note(name, b"- Lunch with [[Bo]]\n", config)
    assert (note.kind, note.date) == ("dated", dt.date(2026, 11, 10))


def test_a_log_entry_may_give_its_day_at_the_end() -> None:
    """`- Coffee with her (2026-11-03)`, `- Lunch, 12 Oct 2026`: under a log's heading, an item
    whose day ends it is an entry of that day, as one the day opens; an item nested in one tells
    of it. Elsewhere a day at the end is the fact's (`Started at Acme (2024-03-01)`), and in code
    it is no one's."""
    text = (
        "---\ntags: [person]\n---\n## Log\n- Coffee with her (2026-11-03)\n- Lunch, 12 Oct 2026\n"
        "- Dinner at hers — 2026-11-20\n- -> wrote to her on 2026-11-25\n- 2026-11-26 she called (2026-11-27)\n"
        "### 2025\n- Met at PyCon (2025-05-17)\n  - she moves in spring (2026-04-01)\n```\n- not this (2026-01-01)\n```\n"
        "## About\n- Started at Acme (2024-03-01)\n"
    )
    note = parse_note("People/Ana.md", text.encode(), Config())
    assert [(m.date.isoformat(), m.text, m.line) for m in note.entries] == [
        ("2026-11-03", "Coffee with her", 5),
        ("2026-10-12", "Lunch", 6),
        ("2026-11-20", "Dinner at hers", 7),
        ("2026-11-25", "wrote to her", 8),
        ("2026-11-26", "she called (2026-11-27)", 9),
        ("2025-05-17", "Met at PyCon", 11),
    ]
    assert note.entries[3].direction == "outbound"
    assert note.facts == ("Started at Acme (2024-03-01)",)


def test_a_day_at_the_end_of_a_life_event_is_no_contact() -> None:
    """`- Joined Google, 2019-03-01` under `## History` is her life, not a contact with her: an
    item whose day ends it is an entry only when a mark or its words say a contact; a version
    (`v2026-11-03`) is no day."""
    text = (
        "---\ntags: [person]\n---\n## History\n- Born in Porto, 17 April 1990\n- Joined Google, 2019-03-01\n"
        "- Her son was born 2026-11-18\n- Flight to Lima booked for 2026-12-10\n- Sent the deck (v2026-11-03)\n"
        "- Lunch, 2026-11-20\n- <- she rang, 2026-11-21\n- -> 夕食 (2026年11月22日)\n"
    )
    note = parse_note("People/Carla.md", text.encode(), Config())
    assert [(m.date.isoformat(), m.text) for m in note.entries] == [
        ("2026-11-20", "Lunch"),
        ("2026-11-21", "she rang"),
        ("2026-11-22", "夕食"),
    ]


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("[[Will]] will call me", None),
        ("[[Ana]] is going to visit in May", None),
        ("[[Ana]] plans to come over", None),
        ("[[Ana]] called, she will come over Friday", "inbound"),
    ],
)
def test_what_someone_will_do_is_no_contact_yet(line: str, way: str | None) -> None:
    """`[[Will]] will call me` is a plan, as `I will call [[Will]]` is; a call the line tells of
    still counts."""
    assert daily_way(line) == way


# --- a CRM's words: asks, no-shows, action items, mailings --------------------------------------


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Tried to book a call with [[Zed]], no luck", "outbound"),
        ("Asked for a meeting with [[Zed]], no answer", "outbound"),
        ("Requested a call with [[Zed]]", "outbound"),
        ("Proposed a call with [[Zed]], no response yet", "outbound"),
        ("Waiting on a call with [[Zed]]", None),
        ("Hoping for a call with [[Zed]]", None),
        ("Meeting with [[Zed]] got pushed to next week", None),
        ("Call with [[Zed]] was moved to Friday", None),
        ("Call with [[Zed]] — rescheduled to Monday", None),
        ("Demo with [[Zed]] - she didn't show up", None),
        ("Demo with [[Zed]], no-show", None),
        ("Call with [[Zed]] - he never joined", None),
        ("Zoom with [[Zed]] but he never showed", None),
        ("Coffee with [[Zed]], she moved to Berlin last month", "mutual"),
        ("Lunch with [[Zed]]; he got pushed out of the board", "mutual"),
        ("[[Pat]] asked for a call with me", "inbound"),
        ("Left a voicemail for [[Zed]], no callback", "outbound"),
        ("Cold called [[Zed]], she hung up", "outbound"),
    ],
)
def test_an_ask_is_yours_and_a_meeting_that_did_not_take_place_is_none(line: str, way: str | None) -> None:
    """An ask for a meeting is a message of yours, not the meeting (`Tried to book a call with
    [[Zed]], no luck`); one moved, or that the person did not turn up to, did not happen."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    "line",
    [
        "Need to introduce [[Gu]] to [[Hu]]",
        "Need to email [[Gu]] about [[Hu]]",
        "Should connect [[Gu]] with [[Hu]]",
        "Remember to send [[Gu]] the deck from [[Hu]]",
        "I should intro [[Gu]] to [[Hu]]",
    ],
)
def test_a_plan_is_a_plan_for_everyone_it_names(line: str) -> None:
    """`Need to introduce [[Gu]] to [[Hu]]` opens as a to-do: no contact with either, nor an
    introduction made."""
    assert [(m.aside, INTRO_TAG in m.tags) for m in daily_entries(line)] == [(True, False)]


@pytest.mark.parametrize(
    "text",
    [
        "## Next steps\n- Intro [[Cy]] to [[Di]]\n",
        "- Next steps: intro [[Cy]] to [[Di]]\n",
        "## Action items\n- Intro [[Cy]] to [[Di]]\n",
        "**Next steps:**\n- Intro [[Cy]] to [[Di]]\n",
        "Action items:\n- Loop in [[Cy]] and [[Di]] for diligence\n",
        "## Follow-ups\n- Follow up with [[Cy]] and [[Di]]\n",
    ],
)
def test_what_is_to_come_in_a_call_notes_next_steps_is_no_contact_nor_an_introduction(text: str) -> None:
    """Under `## Action items`, `**Next steps:**` or `## Follow-ups`, as under `## Next steps`,
    the people named are not yet met, nor introduced."""
    entries = parse_note("Daily/2026-11-04.md", text.encode(), Config()).entries
    assert {(t, m.aside, INTRO_TAG in m.tags) for m in entries for t in m.targets} == {
        ("Cy", True, False), ("Di", True, False)
    }  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Sent the quarterly LP update to all investors: [[Lara]], [[Omar]]",
        "Emailed the Q3 LP letter to [[Lara]] and [[Omar]]",
        "Mailchimp campaign sent to [[Lara]], [[Omar]]",
        "Blast email to prospects: [[Lara]], [[Omar]]",
    ],
)
def test_a_mailing_to_many_in_a_crms_words_is_no_contact(line: str) -> None:
    assert all(m.broadcast for m in daily_entries(line))


@pytest.mark.parametrize(
    "line",
    [
        "mail merge to prospects: [[Lara]], [[Omar]]",
        "Did a mail-merge to [[Lara]] and [[Omar]]",
        "added [[Lara]] to the Outreach nurture sequence",
        "Enrolled [[Lara]] and [[Omar]] in the Q4 drip campaign",
        "added [[Lara]] to nurture campaign",
        "Outreach sequence step 3 to [[Lara]]",
        "Sequence step 2 sent to [[Lara]]",
        "step 3 of the onboarding sequence to [[Lara]]",
        "bcc'd the Acme team on release notes: [[Lara]], [[Omar]], [[Pia]]",
        "bcc'd [[Lara]] and [[Omar]] on the release notes",
        "webinar invite to [[Lara]], [[Omar]]",
        "Sent the webinar invites to [[Lara]] and [[Omar]]",
        "Cold email sequence to [[Lara]]",
    ],
)
def test_a_salespersons_mass_outreach_is_audience_not_contact(line: str) -> None:
    """A mail merge, a sequence or a drip a prospect is put in, a line that opens by bcc'ing a
    team or several, a webinar's invites: sent to many at once, as an email blast is."""
    assert all(m.broadcast for m in daily_entries(line))


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Emailed [[Bo]] the contract, bcc'd my lawyer", "outbound"),
        ("Emailed [[Bo]], bcc'd [[Cy]]", "outbound"),
        ("bcc'd [[Bo]] on the contract", "unknown"),
        ("Talked to [[Bo]] about the nurture sequence", "mutual"),
        ("Reviewed the email sequence with [[Bo]]", "unknown"),
        ("Added [[Bo]] to the Slack channel", "unknown"),
        ("Sent [[Bo]] the link to the book club group chat", "outbound"),
        ("Gave [[Bo]] the invite to our Slack channel", "outbound"),
        ("Webinar with [[Bo]]", "unknown"),
        ("Invited [[Bo]] to speak at our webinar", "outbound"),
        ("[[Bo]] replied to the sequence email", "inbound"),
        ("Sequenced the DNA with [[Bo]]", "unknown"),
    ],
)
def test_a_message_to_one_in_a_salespersons_words_is_no_mailing(line: str, way: str) -> None:
    """A message to one, a bcc of one, a talk about a sequence, an answer to it: not a mailing."""
    (m,) = [m for m in daily_entries(line) if "Bo" in m.targets]
    assert not m.broadcast
    assert m.direction == way


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Subscribed to [[Mo]]'s Substack", None),
        ("[[Ne]] sent out her quarterly update", None),
    ],
)
def test_what_someone_sends_to_many_is_no_contact_with_you(line: str, way: str | None) -> None:
    (m,) = daily_entries(line)
    assert (None if m.aside or m.broadcast else m.direction) == way


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Need to buy milk. [[Kit]] called me at noon.", "inbound"),
        ("I'll never forget today. [[Kit]] proposed at dinner!", "unknown"),
        ("Going to bed early tonight. Lunch with [[Kit]] was fun.", "mutual"),
        ("Didn't sleep well. [[Kit]] came over for dinner", "inbound"),
        ("Missed the bus. Lunch with [[Kit]] in town.", "mutual"),
        ("Thinking of moving house. [[Kit]] called about the flat.", "inbound"),
        ("Skipped the gym. Dinner with [[Kit]] instead.", "mutual"),
        ("Maybe it will rain. [[Kit]] came over.", "inbound"),
        ("Need to call [[Kit]]. Must do it before Friday.", None),
        ("Didn't call [[Kit]]. Too tired.", None),
    ],
)
def test_a_sentence_of_a_plan_or_of_what_did_not_happen_ends_at_its_full_stop(
    line: str, way: str | None
) -> None:
    """A diary's paragraph is one line of many sentences: `Need to buy milk.` is a plan of its
    own sentence, and `[[Kit]] called me at noon.` after it still happened."""
    assert daily_way(line) == way


def test_a_sentence_of_a_plan_ends_at_its_full_stop_in_a_persons_own_log() -> None:
    log = "---\ntags: [person]\n---\n## Log\n- 2026-11-20 Didn't sleep much. She called at midnight\n"
    (m,) = parse_note("People/Sam.md", log.encode(), Config()).entries
    assert (m.aside, m.direction) == (False, "inbound")


@pytest.mark.parametrize(
    "line",
    [
        "Coffee with [[Kit]], she rescheduled her dentist so we could meet.",
        "Long phone call with [[Kit]], she cancelled her trip to Rome.",
        "Called [[Kit]]; she postponed the move",
    ],
)
def test_what_the_person_called_off_of_their_own_leaves_the_meeting(line: str) -> None:
    assert daily_way(line) in ("mutual", "outbound")


@pytest.mark.parametrize(
    "line",
    [
        "Dreamt about [[Kit]] last night",
        "Dreamed of [[Kit]]",
        "Miss [[Kit]] so much today",
        "[[Kit]] has been on my mind",
        "It would have been [[Kit]]'s 70th birthday today",
        "Looked through old photos of [[Kit]]",
        "Talked to my therapist about [[Kit]]",
    ],
)
def test_a_diarys_thoughts_of_someone_are_about_them(line: str) -> None:
    assert daily_way(line) is None


@pytest.mark.parametrize(
    "line", ["Tea with Miss [[Kit]] at the rectory", "Took photos of [[Kit]] for her portfolio"]
)
def test_a_title_or_a_photo_shoot_is_no_thought_of_someone(line: str) -> None:
    assert daily_way(line) is not None


@pytest.mark.parametrize(
    "front",
    [
        "from: Kim Novak <kim@novak.vc>\nto: me\nsubject: Novak Capital Newsletter – November 2026\n",
        "from: me\nsubject: Q3 2026 update\nbcc:\n" + "".join(f'  - "[[LP {n}]]"\n' for n in range(11)),
    ],
)
def test_an_email_to_many_is_audience(front: str) -> None:
    """An email note whose subject says it is a newsletter, or that went to more than ten people,
    is a mailing: no contact with its sender or those it went to."""
    text = f"---\ntype: email\ndate: 2026-11-02\n{front}---\nUnsubscribe from this list.\n"
    entries = parse_note("Email/2026-11-02 Update.md", text.encode(), Config()).entries
    assert entries and all(m.broadcast for m in entries)


def test_an_email_to_a_few_is_a_contact() -> None:
    front = "from: me\nsubject: Q3 2026 update\nto:\n" + "".join(f'  - "[[LP {n}]]"\n' for n in range(3))
    text = f"---\ntype: email\ndate: 2026-11-02\n{front}---\nHi all\n"
    entries = parse_note("Email/2026-11-02 Update.md", text.encode(), Config()).entries
    assert {(t, m.direction, m.broadcast) for m in entries for t in m.targets} == {
        (f"LP {n}", "outbound", False) for n in range(3)
    }


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Need to call Dr. [[Bo]]", None),
        ("Remember to thank Mrs. [[Bo]] for the cake", None),
        ("Need to ask Capt. [[Bo]] about the boat", None),
        ("Need to reply to [[Bo]]; she emailed about the contract", "inbound"),
        ("Need to call [[Bo]] back — she left a voicemail", "inbound"),
        ("Want to catch up with [[Bo]] — we haven't talked since March", None),
        ("Should call [[Bo]]. I haven't in weeks.", None),
        ("Must book dinner with [[Bo]]; we keep saying we will", None),
        ("Asked for a raise in my 1:1 with [[Bo]]", "mutual"),
        ("Proposed a toast at dinner with [[Bo]]", "mutual"),
        ("Waiting for the train with [[Bo]]", "unknown"),
        ("Coffee with [[Bo]] - she didn't show much interest in the role", "mutual"),
        ("Dinner with [[Bo]], she didn't show up until 9 but it was fun", "mutual"),
        ("Call with [[Bo]], she never joined LinkedIn", "mutual"),
        ("Call with [[Bo]] - deadline was moved to Friday", "mutual"),
        ("Lunch with [[Bo]] - her flight got moved to Sunday", "mutual"),
        ("Coffee with [[Bo]] and the launch got pushed to Q2", "mutual"),
        ("Our lunch at Dishoom with [[Bo]] got cancelled", None),
        ("Reviewed the LP update draft with [[Bo]] over coffee", "unknown"),
        ("Emailed [[Bo]] the LP letter for feedback", "outbound"),
        ("Helped [[Bo]] set up Mailchimp for her bakery", "outbound"),
        ("Sent out a thank-you letter to [[Bo]]", "outbound"),
        ("Coffee at Acme Inc. with [[Bo]]", "mutual"),
        ("Saw [[Bo]] and told her I miss her", "unknown"),  # not cut as a thought
    ],
)
def test_what_todays_rules_must_not_misread(line: str, way: str | None) -> None:
    """Ordinary lines a rule for diaries and CRMs once misread: a plan of a titled person, a
    plan's own person telling more after it, an ask or a wait at a meeting, what someone did not
    show or join, something else moved, a mailing's words in a personal line."""
    (m,) = daily_entries(line)
    assert (None if m.aside or m.broadcast else m.direction) == way


@pytest.mark.parametrize(
    ("text", "ways"),
    [
        ("## Follow-ups\n- Followed up with [[Bo]] about the invoice\n- Call [[Cy]]\n", {"Bo": "outbound"}),
        (
            "## Follow-ups\n- [[Bo]] replied about the invoice\n- Booked lunch with [[Cy]]\n",
            {"Bo": "inbound"},
        ),
        ("### Action items\n- Emailed [[Bo]] the deck\n", {"Bo": "outbound"}),
        ("To do:\n- Call [[Cy]]\nDone:\n- Called [[Bo]]\n", {"Bo": "outbound"}),
        ("Calls:\n- Missed call from [[Bo]]\n", {"Bo": "inbound"}),
    ],
)
def test_what_was_done_under_a_heading_of_plans_is_read_as_done(text: str, ways: dict[str, str]) -> None:
    """Owners log what they did under `## Follow-ups` or `Action items`: a line that opens with a
    deed done is read as any line; what is to do (`Call [[Cy]]`) or a plan made (`Booked lunch`)
    is not yet a contact. A label over a list makes it one of plans only (`Calls:` is no meeting)."""
    entries = parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries
    assert {t: m.direction for m in entries if not m.aside for t in m.targets} == ways


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Lunch with [[Ada]] on [[2026-12-05]]", "2026-12-05"),
        ("Lunch with [[Ada]] on [[Dec 5th, 2026]]", "2026-12-05"),
        ("Dinner with [[Ada]] booked for [[2026-11-25]]", "2026-11-25"),
        ("Lunch with [[Ada]], notes in [[2026-11-21]]", "2026-11-20"),
        ("Lunch with [[Ada]] on [[2026-11-02]]", "2026-11-20"),  # a day before: what was talked of
    ],
)
def test_a_later_day_linked_as_when_dates_the_line(line: str, day: str) -> None:
    """`Lunch with [[Ada]] on [[2026-12-05]]` written on 20 November is a lunch on 5 December: a
    plan until then (booked), not a contact on the day it was written."""
    (m,) = [m for m in daily_entries(line) if "Ada" in m.targets]
    assert m.date.isoformat() == day


@pytest.mark.parametrize(
    "line",
    [
        "Coffee with [[Bo]] next Tuesday", "Dinner with [[Bo]] later this week",
        "Coffee with [[Bo]] in two weeks", "Lunch with [[Bo]] in a couple of weeks",
    ],
)  # fmt: skip
def test_a_meeting_said_to_come_is_a_plan(line: str) -> None:
    assert daily_way(line) is None


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Need to send the ref. letter to [[Bo]]", None),
        ("Missed the mtg. with [[Bo]]", None),
        ("Read the N.Y. Times interview with [[Bo]]", None),
        ("Call with [[Bo]] was moved to Zoom", "mutual"),
        ("Lunch with [[Bo]] was moved to the terrace because of the rain", "mutual"),
        ("Meeting with [[Bo]] got pushed to 3pm", "mutual"),
        ("Meeting with [[Bo]] got pushed to next week", None),
        ("Emailed [[Bo]] the contract, bcc'd my lawyer", "outbound"),
        ("Sent [[Bo]] my notes on the fund announcement", "outbound"),
    ],
)
def test_what_the_second_hunt_found_is_read_as_before(line: str, way: str | None) -> None:
    (m,) = daily_entries(line)
    assert (None if m.aside or m.broadcast else m.direction) == way


@pytest.mark.parametrize(
    "item",
    [
        "← [[Bo]] emailed back",
        "14:00 -> called [[Bo]]",
        "Email [[Bo]] the deck ✅",
        "email [[Bo]] the deck (done)",
    ],
)
def test_a_line_marked_done_under_follow_ups_is_a_contact(item: str) -> None:
    text = f"## Follow-ups\n- {item}\n"
    (m,) = parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries
    assert not m.aside


@pytest.mark.parametrize(
    ("subject", "mailing"),
    [
        ("Novak Capital Newsletter – November 2026", True),
        ("Newsletter idea - can we talk?", False),
        ("My comments on your newsletter draft", False),
        ("Re: Novak Capital Newsletter", False),
        ("Digest of our call + next steps", False),
        ("Notes on the newsletter redesign", False),
        ("Newsletter planning with Bo", False),
        ("Newsletter sync", False),
        ("Riverside Pantry weekly bulletin #48", True),
        ("November newsletter", True),
    ],
)
def test_an_emails_subject_says_a_newsletter_only_of_one(subject: str, mailing: bool) -> None:
    from vaultnet.read.words import a_mailing

    assert a_mailing(subject) is mailing


@pytest.mark.parametrize(
    ("line", "ways"),
    [
        ("Need to call [[Bo]]. 3pm [[Cy]] called.", {"Bo": None, "Cy": "inbound"}),
        ("need to call [[Di]]. later [[Ed]] called.", {"Di": None, "Ed": "inbound"}),
        ("I'll text [[Ned]] tomorrow. **Lunch with [[Ola]]** was great.", {"Ned": None, "Ola": "mutual"}),
        ("Need to reply to [[Yul]]! [[Zed]] called.", {"Yul": None, "Zed": "inbound"}),
        ("Sent the newsletter to [[Ivy]]. 4pm coffee with [[Jay]].", {"Ivy": None, "Jay": "mutual"}),
        ("Missed the train. 9am meeting with [[Bo]].", {"Bo": "mutual"}),
        ("need to buy milk. called [[Ed]] at noon.", {"Ed": "outbound"}),
        ("Missed the mtg. with [[Bo]]", {"Bo": None}),
    ],
)
def test_a_sentence_ends_as_prose_ends_one(line: str, ways: dict[str, str | None]) -> None:
    """A full stop, `!` or `?` and a space end a sentence, whatever follows (a time, a small
    letter, emphasis), but after a word shortened (`the mtg. with`) or an initial."""
    assert {
        t: None if m.aside or m.broadcast else m.direction for m in daily_entries(line) for t in m.targets
    } == ways


# --- what a lab, a family and a practice write ----------------------------------------------------


def test_a_word_between_the_person_and_what_they_did_keeps_it_theirs() -> None:
    """`[[Ana]] finally replied`, `[[Bo]] eventually emailed back`: a cold email's answer, as
    owners write it down, is theirs, as `[[Ana]] replied` is."""
    lines = (
        "[[Ana]] finally replied to my postdoc email.", "[[Bo]] eventually emailed back about the position.",
        "[[Cy]] kindly replied with a list of openings.", "[[Di]] just called",
    )  # fmt: skip
    assert daily_directions(lines) == dict.fromkeys(("Ana", "Bo", "Cy", "Di"), "inbound")


def test_a_talk_heard_or_a_paper_read_is_no_contact_with_who_gave_it() -> None:
    """Going to someone's talk, reading, citing or skimming their paper are no contact with them:
    they are only named. A heart is no reply: a contact whose direction is not said."""
    lines = (
        "Went to [[Di]]'s talk at the seminar.", "Attended [[Ed]]'s tutorial on evaluation.",
        "Read the paper by [[Ada]] on circuit discovery.", "Cited [[Cy]]'s survey in chapter 2.",
        "Skimmed [[Hal]]'s preprint on arXiv.", "Authors:: [[Kit]]",
        "[[Jo]] replied with a heart", "Went to [[Lu]]'s keynote with [[Mo]]",
    )  # fmt: skip
    met = {m.targets for m in daily_entries_of(lines) if not (m.aside or m.broadcast)}
    assert met == {("Jo",), ("Mo",)}  # who went with me to the keynote; a heart is no reply, nor unsaid


def test_a_word_of_when_or_of_whose_before_a_meeting_says_which_kind() -> None:
    """`Sunday call: [[Di]]`, `Family dinner - [[Bo]], [[Cy]]`, `Weekly call [[Fay]]`: a meeting
    of a day, a season or the family, as `Weekly 1:1 [[Bo]]` is; a kind word before `call` makes it
    a noun, not what a task says to do (`Call [[Bo]]`)."""
    lines = (
        "Family dinner - [[Bo]], [[Cy]]", "Sunday call: [[Di]]", "Sunday lunch [[Ana]]", "Weekly call [[Fay]]",
        "Christmas dinner: [[Gus]]", "Evening walk [[Hal]]",
    )  # fmt: skip
    assert daily_directions(lines) == dict.fromkeys(("Bo", "Di", "Ana", "Fay", "Gus", "Hal"), "mutual")


def test_a_family_meal_at_ones_home_was_with_everyone_named(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Christmas dinner at Mum's with [[Mum]], [[Jo]], [[Ivy]]`: with each of them, the host too."""
    files = {f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Mum", "Jo", "Ivy")}
    files["Daily/2026-11-21.md"] = "- Christmas dinner at Mum's with [[Mum]], [[Jo]], [[Ivy]]\n"
    got = people(make_vault(files))
    assert [got[f"People/{n}.md"]["mutual"] for n in ("Mum", "Jo", "Ivy")] == [1, 1, 1]


def test_a_diary_names_a_meeting_by_its_day_or_its_season(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In a person's own log: `Sunday call`, `Christmas dinner`, `family lunch`, `usual call`,
    `Weekend visit` were both of you, as `Our monthly call` is."""
    texts = ("Sunday call", "Christmas dinner", "family lunch", "usual call", "evening call", "Weekend visit")
    log = "".join(f"- 2026-11-{day:02d} {text}\n" for day, text in enumerate(texts, 1))
    root = make_vault({"People/Mum.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Mum.md"]) == (0, 0, 6, 0, 6)


def test_a_session_that_did_not_happen_is_no_contact_in_a_persons_log(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A practice's log of one client: `No-show`, `DNA`, `Cancelled`, `Session cancelled`, `Coffee
    cancelled`, `Lunch cancelled by her` did not happen; `Session`, `Coaching session`, `Lesson`,
    `Consultation` were both of you."""
    undone = (
        "No-show", "Did not attend", "DNA", "Cancelled", "Client cancelled", "Session cancelled",
        "Missed session", "Late cancellation, fee charged", "Coffee cancelled", "Call postponed",
        "Lunch cancelled by her", "Session 12 (cancelled)",
    )  # fmt: skip
    done = ("Session", "Coaching session", "Therapy session", "Lesson", "Consultation", "Session 13")
    log = "".join(
        f"- 2026-{1 + day // 28:02d}-{1 + day % 28:02d} {text}\n" for day, text in enumerate(undone + done)
    )
    root = make_vault({"People/Ana.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Ana.md"]) == (0, 0, len(done), 0, len(done))


def test_a_session_lesson_or_appointment_with_someone_was_both_of_you() -> None:
    lines = (
        "Lesson with [[Ed]]", "Appointment with [[Fa]]", "Consultation with [[Gil]]", "Coaching session with [[Hu]]",
        "Made an appointment with [[Jo]] for next week",
    )  # fmt: skip
    assert daily_directions(lines) == {
        "Ed": "mutual",
        "Fa": "mutual",
        "Gil": "mutual",
        "Hu": "mutual",
        "Jo": "unknown",
    }


def test_what_is_to_do_next_week_or_an_invoice_is_no_contact() -> None:
    """`Next week: call [[Leo]]`, `Tomorrow: email [[Ned]]` are plans, as `Next: call` is; an
    invoice sent, a referral's source on an intake form and booking or arranging a meeting are
    no contact, done or not."""
    lines = (
        "Next week: call [[Leo]]", "Tomorrow: email [[Ned]]", "Invoice sent to [[Ivo]]", "Invoiced [[Jan]]",
        "**Referred by:** [[Jul]]", "Schedule lunch with [[Gus]]", "Plan dinner with [[Eve]]",
        "Arrange coffee with [[Bea]]", "Reschedule lunch with [[Hoa]]", "Organise dinner with [[Cal]] on Friday",
        "[x] Book dinner with [[Sam]] for next Friday", "[x] Booked dinner with [[Ela]] ✅ 2026-11-20",
        "[x] Scheduled lunch with [[Dov]]", "[x] Set up call with [[Lin]] next week",
    )  # fmt: skip
    said = daily_said(lines)
    assert {name for name, (_, aside) in said.items() if not aside} == set()


def test_whom_an_introduction_is_asked_to_is_talked_about_not_met() -> None:
    """`[[Hugo]] emailed asking for an intro to [[Carla]]` is Hugo's email and no contact with
    Carla: the one an introduction is asked to is talked about, whoever asks it, of you or by
    you; the one who asks keeps what the words say of them. An introduction you made reached
    both, as before."""
    lines = (
        "[[Hugo]] emailed asking for an intro to [[Carla]]", "[[Ivo]] wants an intro to [[Jade]]",
        "[[Kim]] asked me to introduce her to [[Lou]]", "asked [[Max]] for an intro to [[Ned]]",
        "[[Oli]] would like an introduction to [[Pat]]", "[[Quin]] asked if I could introduce him to [[Rae]]",
        "[[Wes]] is looking for a warm intro to [[Xia]] at Stripe", "Introduced [[Sol]] to [[Tia]] over email",
    )  # fmt: skip
    said = {name: (m.direction, m.aside) for m in daily_entries_of(lines) for name in m.targets}
    assert {name for name, (_, aside) in said.items() if aside} == {
        "Carla",
        "Jade",
        "Lou",
        "Ned",
        "Pat",
        "Rae",
        "Xia",
    }
    assert [said[name][0] for name in ("Hugo", "Kim", "Max", "Quin", "Sol", "Tia")] == [
        "inbound", "inbound", "outbound", "inbound", "outbound", "outbound"
    ]  # fmt: skip
    assert not said["Ivo"][1] and not said["Oli"][1] and not said["Wes"][1]


def test_a_referral_you_made_is_an_introduction() -> None:
    (entry,) = daily_entries("Referred [[Tom]] to [[Lee]]")
    assert INTRO_TAG in entry.tags


def test_a_dataview_field_of_a_day_reads_as_its_words() -> None:
    """`Birthdays:: [[Ana]]`, `Grateful for:: [[Bo]]`, `Thinking of:: [[Cy]]`: a daily template's
    fields, read as `Birthdays: [[Ana]]`, `grateful for [[Bo]]` are: no contact."""
    lines = ("Birthdays:: [[Ana]]", "Grateful for:: [[Di]]", "Thinking of:: [[Fa]]")
    said = daily_said(lines)
    assert {name for name, (_, aside) in said.items() if not aside} == set()


def test_a_struck_or_called_off_entry_did_not_happen_whatever_its_arrow(make_vault) -> None:  # type: ignore[no-untyped-def]
    log = "- 2026-10-28 -> ~~Design review~~\n- 2026-11-20 -> Dinner party (cancelled)\n- 2026-11-21 -> called her\n"
    root = make_vault({"People/Una.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Una.md"])[:4] == (0, 1, 0, 0)


def test_a_call_they_made_is_theirs_whatever_else_the_line_says() -> None:
    """`Call with [[Ana]], she called me`: the call was hers, as `her idea` makes a coffee hers."""
    lines = ("Call with [[Ana]], she called me", "Lunch with [[Gi]], she called me to set it up")
    assert daily_directions(lines) == {"Ana": "inbound", "Gi": "inbound"}


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Lunch with [[Ana]] on 2026-12-03", "2026-12-03"),
        ("Lunch with [[Ana]] on Dec 3", "2026-12-03"),
        ("Dinner with [[Ana]] for 3rd December", "2026-12-03"),
        ("Lunch with [[Ana]] on Nov 2", "2026-11-20"),  # a day gone: the line tells of the note's own
        ("Lunch with [[Ana]] on Jan 4", "2027-01-04"),
        ("Lunch with [[Ana]] on 3 dogs", "2026-11-20"),
    ],
)
def test_a_later_day_written_as_when_dates_the_line_as_a_linked_one_does(line: str, day: str) -> None:
    """A phone writes the day as text: `Lunch with [[Ana]] on Dec 3`, in a note of 20 November,
    is booked for 3 December, as `on [[2026-12-03]]` is."""
    (entry,) = daily_entries(line)
    assert entry.date.isoformat() == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Mittagessen mit [[Ana]] am 5. Dezember", "2026-12-05"),
        ("Mittagessen mit [[Ana]] am 05.12.2026", "2026-12-05"),
        ("Mittagessen mit [[Ana]] und [[Bo]] am 05.12.", "2026-12-05"),
        ("Kaffee mit [[Ana]] am Samstag, 5. Dez.", "2026-12-05"),
        ("Comida con [[Ana]] el 5 de diciembre", "2026-12-05"),
        ("Comida con [[Ana]] el día 5 de diciembre de 2026", "2026-12-05"),
        ("Déjeuner avec [[Ana]] le samedi 5 décembre", "2026-12-05"),
        ("Pranzo con [[Ana]] il 5 dicembre", "2026-12-05"),
        ("Lunch met [[Ana]] op 5 december", "2026-12-05"),
        ("Almoço com [[Ana]] no dia 5 de dezembro", "2026-12-05"),
        ("Mittagessen mit [[Ana]] am 4. Januar", "2027-01-04"),
        ("Mittagessen mit [[Ana]] am 18.11.", "2026-11-20"),  # a day gone: the note's own
        ("Mittagessen mit [[Ana]] am 31.11.2026", "2026-11-20"),  # no day
        ("Telefoniert mit [[Ana]] über ihre Party am 5. Dezember", "2026-11-20"),  # the party's day
    ],
)
def test_a_later_day_written_as_when_in_another_language_dates_the_line_too(line: str, day: str) -> None:
    """`Mittagessen mit [[Ana]] am 5. Dezember`, in a note of 20 November, is booked for 5 December,
    as `Lunch with [[Ana]] on Dec 5` is: in the languages whose months vaultnet reads, after
    their word for `on` (`am`, `el`, `le`, `il`, `op`, `em`, `no dia`), in their ways of writing a
    day (`05.12.`, `5. Dezember`, `5 de diciembre`)."""
    assert {entry.date.isoformat() for entry in daily_entries(line)} == {day}


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("demo for [[Q]] on 2026-12-03", "2026-12-03"),
        ("QBR with [[Q]] on 2026-12-03", "2026-12-03"),
        ("QBR w/ [[Q]] on Dec 3", "2026-12-03"),
        ("renewal call with [[Q]] on 2026-12-03", "2026-12-03"),
        ("onsite at Acme with [[Q]] on 2026-12-03", "2026-12-03"),
        ("lunch at the Ritz with [[Q]] on Dec 3", "2026-12-03"),
        ("booked demo with [[Q]] for Dec 3", "2026-12-03"),
        ("Scheduled a discovery call with [[Q]] on Dec 3", "2026-12-03"),
        ("Booked lunch with [[Q]] for [[2026-12-05]]", "2026-12-05"),
        ("[[Q]] booked a demo for Dec 3 via Calendly", "2026-12-03"),
        ("[[Q]] scheduled a call with me for 3rd December", "2026-12-03"),
        ("Rescheduled the demo with [[Q]] for Dec 3", "2026-12-03"),  # moved: booked then
    ],
)
def test_a_meeting_booked_for_a_later_day_is_booked_then(line: str, day: str) -> None:
    """Written on 10 November, a meeting said to be on a later day (`demo for [[Q]] on Dec 3`),
    booked (`booked demo with [[Q]] for Dec 3`) or booked by them (`[[Q]] booked a demo for Dec 3
    via Calendly`) is a contact on that day, a plan until then: not one on the day it was written."""
    note = parse_note("Daily/2026-11-10.md", f"- {line}\n".encode(), Config())
    (m,) = [m for m in note.entries if "Q" in m.targets]
    assert (m.date.isoformat(), m.aside) == (day, False)


@pytest.mark.parametrize(
    ("line", "day", "aside"),
    [
        ("demo for [[Q]] on 2026-11-02", "2026-11-10", False),  # a day gone: what was talked of
        ("QBR with [[Q]] on Nov 2", "2026-11-10", False),
        ("Booked lunch with [[Q]]", "2026-11-10", True),  # booked, no day: a plan
        ("Book lunch with [[Q]] for Dec 5", "2026-12-05", True),  # still to book
        ("[[Q]] booked a flight for Dec 3", "2026-11-10", False),
        ("Called [[Q]] about the demo on Dec 3", "2026-11-10", False),
        ("Prepped the demo for [[Q]] on Dec 3", "2026-11-10", False),
        ("Demo for [[Q]]'s team on Dec 3", "2026-11-10", False),
        ("Cancelled demo for [[Q]] on Dec 3", "2026-11-10", False),
        ("meeting w/ [[Q]] Thursday 12/3", "2026-11-10", False),  # a month or a day? not read
        ("Sent a calendar invite to [[Q]] for the demo on 12/3", "2026-11-10", False),
    ],
)
def test_a_day_that_is_not_when_a_meeting_is_booked_leaves_the_line_on_its_own(
    line: str, day: str, aside: bool
) -> None:
    note = parse_note("Daily/2026-11-10.md", f"- {line}\n".encode(), Config())
    (m,) = [m for m in note.entries if "Q" in m.targets]
    assert (m.date.isoformat(), m.aside) == (day, aside)


def test_a_demo_booked_ahead_shows_as_booked_not_as_a_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {f"People/{n}.md": "---\ntags: [client]\n---\n" for n in ("Q01", "Q04", "Q08")}
    files["Daily/2026-11-10.md"] = (
        "- demo for [[Q01]] on 2026-12-03\n- booked demo with [[Q04]] for Dec 3\n"
        "- [[Q08]] booked a demo for Dec 3 via Calendly\n"
    )
    root = make_vault(files)
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", "2026-11-12", str(root)])
    got = {p["name"]: (p["last_contact"], p["planned"]) for p in json.loads(result.output)["people"]}
    assert got == {name: (None, "2026-12-03") for name in ("Q01", "Q04", "Q08")}


def test_their_death_funeral_or_grave_is_no_contact_in_their_own_log_either(make_vault) -> None:  # type: ignore[no-untyped-def]
    log = (
        "- 2026-06-25 <-> video call\n- 2026-07-14 she passed away peacefully\n"
        "- 2026-07-22 her funeral at St Mary's\n- 2026-11-14 visited her grave\n"
    )
    root = make_vault({"People/Carol.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Carol.md"])[:4] == (0, 0, 1, 0)
    assert daily_said(("[[Ann]] passed away", "Went to [[Bo]]'s funeral with [[Cy]]"))["Ann"] == (
        "unknown",
        True,
    )


def test_an_appointment_note_of_a_practice_is_a_meeting(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`type: appointment` (or consultation): a meeting, as `type: meeting` is."""
    files = {"People/Ana.md": "---\ntags: [person]\n---\n"}
    files["Sessions/2026-11-04 Ana.md"] = "---\ntype: appointment\n---\nWorked on [[Ana]]'s goals.\n"
    assert directions(people(make_vault(files))["People/Ana.md"])[:4] == (0, 0, 1, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Called [[Bo]] about her party on Dec 5",
        "Texted [[Cy]] to confirm dinner on Dec 12",
        "Met [[Pam]] for the first time on Jan 12 2019",
        "Interviewed [[Ivy]] for 2 marketing roles",
        "Cancelled my gym membership, called [[Fay]] to vent",
        "DNA test results came back, called [[Mum]]",
        "Missed class so [[Oli]] sent me her notes",
        "Later: walked with [[Kai]] by the river",
        "This week: saw [[Val]] twice",
        "Book club with [[Uma]]",
        "Set up the router with [[Vik]]",
        "[x] Plan the trip with [[Mo]]",
        "[[Di]] et al came over for games night",
        "Went through [[Dad]]'s papers with him",
        "Gratitude: [[Rosa]] called just when I needed it",
        "[[Cy]] replied with a heart and then called me",
        "BBQ with [[Sue]] memorial day weekend",
        "[[Ana]] just came up to me at the wedding and we talked for ages",
        "Attended [[Mo]]'s defense, so proud, hugged her after",
    ],
)
def test_the_new_words_leave_a_contact_of_other_words_alone(line: str) -> None:
    """Today's rules each read a few words one way (a day written after a meeting's people, a
    practice's `Cancelled`, `Later:`, booking, a paper, a heart, a memorial): the same words in
    another sense leave the line's contact standing."""
    met = [m for m in daily_entries(line) if not (m.aside or m.broadcast)]
    assert met and met[0].date == dt.date(2026, 11, 20), line


def test_what_a_session_note_lists_as_cancelled_is_no_meeting_with_them() -> None:
    lines = ("Attendees: [[Ana]], [[Bo]] (cancelled)",)
    said = {m.targets: m.aside for m in daily_entries_of(lines)}
    assert said == {("Ana",): False, ("Bo",): True}


def test_a_diary_of_a_death_in_another_sense_is_an_entry_still(make_vault) -> None:  # type: ignore[no-untyped-def]
    log = (
        "- 2026-11-02 Coffee, she died laughing at my story\n- 2026-11-03 Called, her funeral plans for her mum\n"
        "- 2026-11-04 his memorial day BBQ\n"
    )
    root = make_vault({"People/Sue.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Sue.md"])[:4] == (0, 1, 1, 1)


# --- what an academic writes: refereeing, talks, audiences, introductions -------------------------


def way_of_each(line: str) -> dict[str, str | None]:
    """Each person a daily note's one item names: its direction, None when it is no contact."""
    return {
        t: None if m.aside or m.broadcast else m.direction for m in daily_entries(line) for t in m.targets
    }


@pytest.mark.parametrize(
    ("line", "ways"),
    [
        ("Reviewed [[Kenji]]'s manuscript for NAR (anonymous, Reviewer 2)", {"Kenji": None}),
        ("Finished my referee report on [[Kenji]]'s paper", {"Kenji": None}),
        ("Refereed [[Kenji]]'s grant proposal for the ERC", {"Kenji": None}),
        (
            "Reviewed [[Kenji]]'s revised submission, sent the report to [[Tom]]",
            {"Kenji": None, "Tom": "outbound"},
        ),
        ("[[Kenji]] cited our benchmark paper", {"Kenji": None}),
        ("[[Kenji]] cited me in his keynote", {"Kenji": None}),
        # the same words of a draft, a CV or a meeting: what was sent to you, or done together
        ("Reviewed [[Sam]]'s CV", {"Sam": "outbound"}),
        ("Reviewed [[Sam]]'s paper draft", {"Sam": "outbound"}),
        ("Reviewed [[Sam]]'s draft manuscript", {"Sam": "outbound"}),
        ("Reviewed [[Sam]]'s thesis proposal", {"Sam": "outbound"}),
        ("[[Gus]] reviewed my manuscript", {"Gus": "inbound"}),
        ("Reviewed [[Kenji]]'s paper over coffee with him", {"Kenji": "mutual"}),
        ("Reviewed [[Kenji]]'s paper with him", {"Kenji": "outbound"}),
        ("Coffee with [[Kenji]], he cited our paper in his talk", {"Kenji": "mutual"}),
    ],
)
def test_refereeing_someones_paper_or_being_cited_is_no_contact(
    line: str, ways: dict[str, str | None]
) -> None:
    """A review of someone's manuscript, paper, submission, grant, proposal or article is about
    them (anonymous, for a journal or a funder), as reading it is; so is their citing you. A draft,
    a CV or a thesis they gave you to look at is still yours to them."""
    assert way_of_each(line) == ways


def test_refereeing_or_a_hello_missed_in_a_persons_own_log_is_no_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """In Kenji's own log, as in a daily note: his manuscript refereed, his citing you, a hello
    missed are no contact; his CV reviewed is yours to him."""
    log = (
        "- 2026-11-02 reviewed his manuscript for NAR\n- 2026-11-03 she cited our paper\n"
        "- 2026-11-04 reviewed his CV\n- 2026-11-05 saw him at ISMB, didn't get to talk\n"
    )
    root = make_vault({"People/Kenji.md": "---\ntags: [person]\n---\n## Log\n" + log})
    assert directions(people(root)["People/Kenji.md"])[:4] == (0, 1, 0, 0)


@pytest.mark.parametrize(
    ("line", "ways"),
    [
        ("Day 1: keynote by [[Kenji]] on protein LMs, great talk. Didn't manage to say hi.", {"Kenji": None}),
        ("Keynote: [[Kenji]] on protein LMs", {"Kenji": None}),
        ("Lecture by [[Kenji]] on diffusion models", {"Kenji": None}),
        ("Plenary by [[Kenji]], packed room", {"Kenji": None}),
        ("Saw [[Bo]] at ISMB but didn't get to talk to him", {"Bo": None}),
        ("[[Bo]] was at the retreat, didn't manage to say hi", {"Bo": None}),
        ("Saw [[Bo]] at the conference. Didn't get a chance to chat.", {"Bo": None}),
        ("Spotted [[Bo]] at the poster session, missed him", {"Bo": None}),
        ("Didn't manage to say hi to [[Bo]] but talked to [[Cy]]", {"Bo": None, "Cy": "mutual"}),
        # ordinary lines: what was done stands
        ("Keynote by [[Kenji]]; had lunch with [[Kenji]] after", {"Kenji": "mutual"}),
        ("Caught [[Mo]] after the keynote", {"Mo": "mutual"}),
        ("Lunch with [[Bo]], didn't get to talk much", {"Bo": "mutual"}),
        ("Emailed [[Bo]], didn't get to talk to him", {"Bo": "outbound"}),
        ("Saw [[Ana]] and [[Bo]] at ISMB, didn't get to talk", {"Ana": "mutual", "Bo": "mutual"}),
        ("Missed [[Bo]]'s call", {"Bo": "inbound"}),
        ("Lunch with [[Bo]]; didn't talk to him about the move", {"Bo": "mutual"}),
        ("[[Zoë]] chaired (my session)", {"Zoë": "unknown"}),
        ("Day 4: gave my talk in the Lipids COSI. ~80 people. [[Zoë]] chaired.", {"Zoë": "unknown"}),
        ("Panel with [[Bo]] on open science", {"Bo": "unknown"}),
    ],
)
def test_a_keynote_heard_or_a_hello_missed_is_no_contact(line: str, ways: dict[str, str | None]) -> None:
    """A keynote, lecture or plenary by someone is their talk heard, as `talk by X` is; a line that
    goes on to say you did not speak to its one person (`Didn't manage to say hi`, `didn't get to
    talk to him`, `missed him`) was no contact with them, where it says nothing of a second. A
    session someone chaired, or a panel with them, was in one room with them: a contact."""
    assert way_of_each(line) == ways


@pytest.mark.parametrize(
    ("line", "ways"),
    [
        (
            "Gave talk at dept seminar. [[Helen]], [[Sam]], [[Priya]] and ~30 others there.",
            {"Helen": None, "Sam": None, "Priya": None},
        ),
        ("Gave talk at dept seminar, [[Priya]] in the audience", {"Priya": None}),
        ("Gave a lecture to the first-years; [[Priya]] was in the audience", {"Priya": None}),
        ("Email to the whole lab (incl. [[Priya]]) re: cluster downtime", {"Priya": None}),
        ("Emailed the group ([[Priya]]) about the retreat", {"Priya": None}),
        ("Texted everyone ([[Bo]], [[Cy]]) about the potluck", {"Bo": None, "Cy": None}),
        ("[[Bo]] was at my talk", {"Bo": None}),
        # ordinary lines: a host, someone met after, someone there at no talk of yours, a lab's one person
        ("Gave a talk at [[Bo]]'s lab, [[Cy]] in the audience", {"Bo": "unknown", "Cy": None}),
        ("Gave talk at dept seminar, had lunch with [[Priya]] after", {"Priya": "mutual"}),
        ("Dinner at Rosa's, [[Bo]] was there too", {"Bo": "unknown"}),
        ("Dinner at [[Bo]]'s after my talk; [[Cy]] was there too", {"Bo": "mutual", "Cy": "unknown"}),
        ("[[Bo]] and [[Cy]] were at my keynote, chatted after", {"Bo": "unknown", "Cy": "unknown"}),
        ("Emailed the lab ([[Bo]]) about my results", {"Bo": "outbound"}),
        ("Emailed [[Bo]] and the whole lab", {"Bo": "outbound"}),
        ("cc'd [[Priya]] on the reply to the editor", {"Priya": "unknown"}),
    ],
)
def test_a_talk_you_gave_and_a_mail_to_the_whole_lab_are_audience(
    line: str, ways: dict[str, str | None]
) -> None:
    """Those in the audience of a talk you gave, and those named as the group a message went to
    (`the whole lab (incl. X)`, `the group (X)`, `everyone (X, Y)`), are its audience: no contact.
    A cc stays a contact, as an email note counts one."""
    assert way_of_each(line) == ways


@pytest.mark.parametrize(
    "line",
    [
        "intro: [[José]] <> [[Ingrid]]",
        "intro email [[José]] <> [[Ingrid]]",
        "Intro email: [[José]] <> [[Ingrid]]",
        "sent intro email to [[José]] and [[Ingrid]]",
        "Double opt-in intro: [[José]] <> [[Ingrid]]",
        "Wrote intro email [[José]] <> [[Ingrid]]",
    ],
)
def test_an_intro_email_is_an_introduction_made(line: str) -> None:
    """An intro email, as a double opt-in one is written, introduces the two: to each, yours."""
    entries = daily_entries(line)
    assert all(INTRO_TAG in m.tags for m in entries), line
    assert way_of_each(line) == {"José": "outbound", "Ingrid": "outbound"}


@pytest.mark.parametrize(
    ("line", "ways", "intro"),
    [
        ("intro call with [[Ana]] and [[Bo]]", {"Ana": "mutual", "Bo": "mutual"}, False),
        ("Got an intro email from [[Ana]] to [[Bo]]", {"Ana": "inbound", "Bo": "unknown"}, False),
        ("Pointed [[José]] to [[Ingrid]]'s postdoc ad", {"José": "outbound", "Ingrid": None}, False),
        ("Saw [[Ingrid]]'s job ad on Nature Careers", {"Ingrid": None}, False),
        ("Talked to [[Ingrid]] about her ad", {"Ingrid": "mutual"}, False),
        ("[[Ingrid]] sent me the ad", {"Ingrid": "inbound"}, False),
    ],
)
def test_what_is_no_intro_email_and_whose_ad_it_was(
    line: str, ways: dict[str, str | None], intro: bool
) -> None:
    """An intro call is a call; an intro email someone else sent is theirs; someone's job ad you
    pointed a person to is theirs, no contact with them."""
    assert way_of_each(line) == ways
    assert any(INTRO_TAG in m.tags for m in daily_entries(line)) is intro


def test_a_meeting_notes_task_is_the_attendee_it_names_by_their_notes_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`- [ ] Sam to send the figures` in a meeting Sam Oduya attends is his follow-up, by his
    whole name or by his first when no other attendee has it, however the note lists him: by
    the name his note gives him (its heading over a slug, its `name`, an alias), not by how the
    list links him (`[[sam-oduya]]`, `[[cw]]`). A name no attendee has, one two attendees share
    (a person listed without a note too), or a name inside a word is nobody's."""
    root = make_vault(
        {
            "people/sam-oduya.md": "---\ntags: [person]\n---\n# Sam Oduya\n",
            "people/cw.md": "---\ntags: [person]\nname: Chen Wei\naliases: [Wei Chen]\n---\n",
            "people/ann-lee.md": "---\ntags: [person]\n---\n# Ann Lee\n",
            "people/ann-ray.md": "---\ntags: [person]\n---\n# Ann Ray\n",
            "people/helen-brandt.md": "---\ntags: [person]\n---\n# Prof. Helen Brandt\n",
            "people/josé-álvarez.md": "---\ntags: [person]\n---\n",
            "meetings/2026-11-20 lab meeting.md": (
                '---\ntype: meeting\nattendees: ["[[helen-brandt]]", "[[sam-oduya]]", "[[cw]]", "[[ann-lee]]",'
                ' "[[ann-ray]]", "[[josé-álvarez]]", Jonas Berg]\n---\n'
                "- [ ] Sam to send updated figures by Friday\n- [ ] Wei to add the Beijing cohort\n"
                "- [ ] ask Helen Brandt about the letter\n- [ ] Ann to book the room\n"
                "- [ ] Jonas to check Samples\n- [ ] Jose to rerun the pipeline\n"
            ),
            "meetings/2026-11-21 sync.md": (
                '---\ntype: meeting\nattendees: ["[[sam-oduya]]", Sam Lee]\n---\n- [ ] Sam to write up\n'
            ),
        }
    )
    got = people(root)
    tasks = {p["name"]: [f["text"] for f in p["follow_ups"]] for p in got.values()}
    assert tasks == {
        "Sam Oduya": ["Sam to send updated figures by Friday"],
        "Chen Wei": ["Wei to add the Beijing cohort"],
        "Ann Lee": [],
        "Ann Ray": [],
        "Prof. Helen Brandt": ["ask Helen Brandt about the letter"],
        "josé-álvarez": ["Jose to rerun the pipeline"],
    }


def test_a_name_at_most_meetings_with_no_me_set_may_be_the_owner(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An owner who writes themselves among a meeting's attendees, with no `me` in vaultnet.toml,
    is met with no note at every meeting. One name without a note listed at most of the vault's
    meetings (and at three or more) is said to be, perhaps, the owner, with the `me` to set; not
    one listed at fewer, nor any once `me` is set."""
    meetings = {
        f"meetings/2026-11-0{day} Sync.md": (
            "---\ntype: meeting\nattendees: ['[[Ana Ruiz]]'"
            + (", Jonas Berg" if day != 7 else "")
            + (", Cy Ode" if day <= 3 else "")
            + "]\n---\n- went through the figures\n"
        )
        for day in range(1, 8)
    }
    root = make_vault({"People/Ana Ruiz.md": "---\ntags: [person]\n---\n", **meetings})
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    hint = '; at 6 of your 7 meetings: if this is you, set me = ["Jonas Berg"] in vaultnet.toml;'
    assert f"  Jonas Berg: last 2026-11-06: “Sync”{hint} meetings/2026-11-06 Sync.md:1\n" in plain
    assert "  Cy Ode: last 2026-11-03: “Sync”; meetings/2026-11-03 Sync.md:1\n" in plain
    CliRunner().invoke(main, ["build", "--today", "2026-11-21", str(root)])
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert (
        '; at 6 of your 7 meetings: if this is you, set `me = ["Jonas Berg"]` in vaultnet.toml\n' in overview
    )
    assert overview.count("if this is you") == 1
    (root / "vaultnet.toml").write_text('me = ["Maria Berg"]\n', encoding="utf-8")
    plain = CliRunner().invoke(main, ["report", "--today", "2026-11-21", str(root)]).output
    assert "  Jonas Berg: last 2026-11-06: “Sync”; meetings/2026-11-06 Sync.md:1\n" in plain


# --- a meeting called off with a reason, moved or booked ----------------------------------------


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Lunch with [[Ben]] (cancelled - he's sick)", None),
        ("1:1 with [[Ben]] — cancelled, he's OOO", None),
        ("1:1 w/ [[Ben]] cxl'd - he's out sick", None),
        ("Coffee w/ [[Ben]] cxl", None),
        ("Lunch with [[Ben]] canc. - flu", None),
        ("Lunch with [[Ben]] (skipped, he was OOO)", None),
        ("Lunch with [[Ben]] postponed. He is travelling", None),
        ("Lunch with [[Ben]] (cancelled), he called to apologise", "inbound"),
        # what a cancel word leaves standing
        ("Flight cancelled: [[Bo]] drove me", "unknown"),
        ("Cancelled my gym membership, then coffee with [[Bo]]", "mutual"),
        ("Coffee with [[Bo]], cancelled my gym membership after", "mutual"),
        ("Lunch with [[Bo]], rescheduled from last week", "mutual"),
        ("Dinner with [[Bo]] — postponed twice, finally happened", "mutual"),
        ("Coffee with [[Bo]] - pushed to 3pm, great chat", "mutual"),
        ("Called [[Bo]] - his flight was cancelled, he's stuck in Oslo", "outbound"),
        ("Coffee with [[Bo]], skipped dessert", "mutual"),
    ],
)
def test_a_meeting_called_off_with_a_reason_after_it_did_not_happen(line: str, way: str | None) -> None:
    """`Lunch with [[Ben]] (cancelled - he's sick)`, `— cancelled, he's OOO`, `cxl'd - he's out
    sick`: called off, then why, as `(cancelled)` alone is; what the reason tells of itself still
    counts (`he called to apologise`). A cancel word not right before the reason's mark, or of
    something else, leaves the line's contact standing."""
    assert daily_way(line) == way


def test_what_follows_a_meeting_called_off_is_read_on_its_own() -> None:
    """`Lunch with [[Ana]] — cancelled, coffee with [[Bo]] instead`: no lunch with Ana, a coffee
    with Bo."""
    said = daily_said(("Lunch with [[Ana]] — cancelled, coffee with [[Bo]] instead",))
    assert said == {"Ana": ("unknown", True), "Bo": ("mutual", False)}


@pytest.mark.parametrize(
    ("entry", "way"),
    [
        ("1:1 cancelled, he's sick", None),
        ("1:1 (cancelled - sick)", None),
        ("coffee cxl'd", None),
        ("Skipped - she was travelling", None),
        ("1:1 - moved to Thu", None),
        ("coffee - rescheduled to next week, she's swamped", None),
        ("lunch cancelled, she called to apologise", "inbound"),
        ("lunch, then her train got cancelled", "mutual"),
        ("1:1 - moved to the big room", "mutual"),
    ],
)
def test_an_own_entry_called_off_with_a_reason_or_moved_did_not_happen(entry: str, way: str | None) -> None:
    (m,) = own_log(entry)
    assert (None if m.aside else m.direction) == way


def test_a_marked_own_entry_called_off_with_a_reason_did_not_happen() -> None:
    """`-> 1:1 cancelled, he's sick`: the arrow says who would have started it; a call the reason
    tells of did happen (`-> lunch cancelled, called her instead`)."""
    sick, called = own_log("-> 1:1 cancelled, he's sick", "-> lunch cancelled, called her instead")
    assert (sick.aside, called.aside) == (True, False)


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Moved 1:1 w/ [[Ben]] to Thu", None),
        ("Pushed [[Ben]]'s 1:1 to next week", None),
        ("Moved our lunch with [[Ben]] to Friday", None),
        ("Lunch with [[Ben]] moved to tmrw", None),
        # a meeting moved to a place or a time of the day still took place
        ("Moved the meeting with [[Bo]] to Zoom", "mutual"),
        ("Lunch with [[Bo]] moved to Zoom", "mutual"),
        ("Lunch with [[Bo]] moved to Mario's", "mutual"),
        ("Call with [[Bo]] pushed to 3pm", "mutual"),
        ("Coffee with [[Bo]] moved to the terrace", "mutual"),
    ],
)
def test_a_meeting_moved_to_a_later_day_did_not_happen_on_this_one(line: str, way: str | None) -> None:
    """`Moved 1:1 w/ [[Ben]] to Thu`, `Pushed [[Ben]]'s 1:1 to next week`: the move is no contact
    that day, as `Call with [[Zed]] was moved to Friday` is none; a meeting moved to Zoom, a room
    or a time of the same day still was."""
    assert daily_way(line) == way


@pytest.mark.parametrize(
    ("line", "day", "aside"),
    [
        ("Planned [[Q]]'s birthday dinner, booked for 12 Dec", "2026-12-12", False),
        ("Dinner with [[Q]], booked for Dec 12", "2026-12-12", False),
        ("Lunch with [[Q]] (booked for Dec 3)", "2026-12-03", False),
        ("[[Q]]'s farewell drinks on Dec 3", "2026-12-03", False),
        ("Planned [[Q]]'s surprise party", "2026-11-10", True),
        ("Called [[Q]] about the dinner, table booked for Dec 12", "2026-11-10", False),
        ("Flight booked for Dec 3, told [[Q]]", "2026-11-10", False),
        ("Cancelled [[Q]]'s dinner on Dec 12", "2026-11-10", False),
    ],
)
def test_a_meeting_planned_then_booked_for_a_day_is_booked_then(line: str, day: str, aside: bool) -> None:
    """`Planned [[Ana]]'s birthday dinner, booked for 12 Dec` (10 November): the dinner, on 12
    December, as `Booked dinner with [[Gu]] for Dec 12` is; planning someone's party is no contact
    with them (`planned X's`, as `planning X's`). A day booked for something else, or after a deed
    of the line, leaves the line on its own day."""
    note = parse_note("Daily/2026-11-10.md", f"- {line}\n".encode(), Config())
    (m,) = [m for m in note.entries if "Q" in m.targets]
    assert (m.date.isoformat(), m.aside) == (day, aside)


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Pottery class with [[Bo]] — his invite", "inbound"),
        ("Lunch with [[Bo]], her invitation", "inbound"),
        ("Posted the book to [[Bo]]", "outbound"),
        ("Posted [[Bo]] a birthday card", "outbound"),
        ("[[Bo]] visited with Marta", "inbound"),
        ("[[Bo]] visited.", "inbound"),
        ("[[Bo]] visited for the weekend", "inbound"),
        # what the same words say of no contact with you
        ("Posted a link to [[Bo]]'s article", None),
        ("[[Bo]] posted a photo of the book", None),
        ("[[Bo]] visited Rome", "unknown"),
        ("[[Bo]] visited his mum in Leeds", "unknown"),
        ("Forwarded [[Bo]]'s invite to the team", "outbound"),
    ],
)
def test_an_invite_of_theirs_a_parcel_posted_and_a_visit_of_theirs(line: str, way: str | None) -> None:
    """`— his invite` was his, as `— his idea` is; `Posted the book to [[Di]]` is a parcel sent,
    yours; `[[Ed]] visited with Marta` a visit of his, where `[[Ed]] visited Rome` is none of
    yours."""
    assert daily_way(line) == way


def test_a_visit_of_theirs_and_their_invite_in_their_own_log() -> None:
    visited, invite, rome = own_log("she visited with the kids", "dinner, their invite", "he visited Rome")
    assert (visited.direction, invite.direction, rome.direction) == ("inbound", "inbound", "unknown")


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("1-1s/2026-11-20 Ben 1-1.md", '---\nattendees: ["[[Ben]]"]\n---\nCANCELLED - Ben out sick\n'),
        (
            "1-1s/2026-11-20 Ben 1-1.md",
            '---\ntype: meeting\nattendees: ["[[Ben]]"]\n---\n## Talking points\n- (skipped, he was OOO)\n',
        ),
        ("1-1s/2026-11-20 Ben 1-1.md", '---\nattendees: ["[[Ben]]"]\nstatus: Cancelled\n---\n- roadmap\n'),
        ("1-1s/2026-11-20 Ben 1-1.md", '---\nattendees: ["[[Ben]]"]\ntags: [meeting, cancelled]\n---\n'),
        ("1-1s/2026-11-20 Ben 1-1 (cancelled).md", '---\nattendees: ["[[Ben]]"]\n---\n- roadmap\n'),
        ("1-1s/2026-11-20 Sync.md", '---\nattendees: ["[[Ben]]"]\n---\nMeeting postponed to next week\n'),
        (
            "1-1s/2026-11-20 Sync.md",
            '---\nattendees: ["[[Ben]]", "[[Cy]]"]\n---\nCancelled.\n## Agenda\n- [[Cy]] to present the budget\n',
        ),
    ],
)
def test_a_meeting_note_that_says_it_was_called_off_met_no_one(file: str, text: str) -> None:
    """A meeting's note whose attendees list Ben, but whose `status`, tag, title or first line says
    it did not happen (`CANCELLED - Ben out sick`, `(skipped, he was OOO)`), met no one: its people
    are named, not met, and so are those of its agenda."""
    note = parse_note(file, text.encode(), Config())
    assert "Ben" in note.links and [m for m in note.entries if not m.aside] == []


def test_a_line_of_a_meeting_note_called_off_still_tells_its_own_contact() -> None:
    text = '---\nattendees: ["[[Ben]]"]\n---\nCancelled - [[Ben]] called, he is sick\n'
    entries = parse_note("1-1s/2026-11-20 Ben 1-1.md", text.encode(), Config()).entries
    assert {(m.direction, m.aside) for m in entries} == {("unknown", True), ("inbound", False)}


@pytest.mark.parametrize(
    "body",
    [
        "- Q3 launch: postponed, waiting on legal\n",
        "- Cancelled the Q3 offsite\n",
        "- Discussed the cancelled project\n",
        "- Cancelled: [[Cy]]\n",
        "- Rescheduled from Tuesday\n",
        "- Moved the launch to next week\n",
    ],
)
def test_a_meeting_note_that_tells_of_something_else_called_off_was_a_meeting(body: str) -> None:
    """Its first line says something other than the meeting was called off, or who was not there
    (`Cancelled: [[Cy]]`): Ben was met."""
    text = f'---\nattendees: ["[[Ben]]", "[[Cy]]"]\nstatus: done\n---\n{body}'
    entries = parse_note("Meetings/2026-11-20 Sync.md", text.encode(), Config()).entries
    assert [m.direction for m in entries if "Ben" in m.targets and not m.aside] == ["mutual"]


@pytest.mark.parametrize(
    "line", ["Tom OOO", "Tom out sick", "Tom on PTO", "Tom couldn't make it", "Tom Becker was absent"]
)
def test_an_attendee_the_text_names_plain_as_not_there_met_nobody(line: str) -> None:
    """`- Tom OOO` in a meeting's note that lists [[Tom Becker]]: named by his first name, as an
    open task there names him (`- [ ] Tom to send the deck`), and not there; Lena was."""
    text = f'---\nattendees: ["[[Tom Becker]]", "[[Lena Park]]"]\n---\n## Notes\n- {line}\n- roadmap\n'
    entries = parse_note("Meetings/2026-11-23 Platform weekly.md", text.encode(), Config()).entries
    assert {t for m in entries if not m.aside for t in m.targets} == {"Lena Park"}


@pytest.mark.parametrize(
    "line",
    ["Tom presented the roadmap", "Tom: follow up on the OOO policy", "Tom's manager OOO", "Tommy OOO"],
)
def test_an_attendee_named_plain_otherwise_was_there(line: str) -> None:
    text = f'---\nattendees: ["[[Tom Becker]]", "[[Lena Park]]"]\n---\n- {line}\n'
    entries = parse_note("Meetings/2026-11-23 Platform weekly.md", text.encode(), Config()).entries
    assert {t for m in entries if not m.aside for t in m.targets} == {"Tom Becker", "Lena Park"}


def test_a_first_name_two_attendees_share_names_neither_absent() -> None:
    text = '---\nattendees: ["[[Tom Becker]]", "[[Tom Ruiz]]"]\n---\n- Tom OOO\n'
    entries = parse_note("Meetings/2026-11-23 Platform weekly.md", text.encode(), Config()).entries
    assert {t for m in entries if not m.aside for t in m.targets} == {"Tom Becker", "Tom Ruiz"}


def test_a_long_list_joined_by_and_is_read_in_one_pass() -> None:
    """`[[A1]] and [[A2]] and …`: the space before each `and` is matched one way only, so a guest
    list of forty reads as any line does (two ways each made the reader try 2⁴⁰ of them)."""
    names = [f"P{number}" for number in range(40)]
    line = "Gave a talk, " + " and ".join(f"[[{name}]]" for name in names) + " in the audience, reviewed it"
    assert {t for m in daily_entries(line) for t in m.targets} == set(names)
