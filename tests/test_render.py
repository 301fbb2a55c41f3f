"""Stats → texts: links and cells that no name can break, the JSON, the templates."""

from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import made_pages
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.errors import TemplateProblem
from vaultnet.metrics.stats import compute
from vaultnet.model import Contact, Note, Person, Vault
from vaultnet.pages.layout import CANVAS, MARKER, PAGES, template_folder
from vaultnet.pages.render import DISPLAY_MAX, Renderer, cell, code, display, plain, report_json, wikilink
from vaultnet.patterns import lazy_pattern
from vaultnet.read.inline import BACKSLASHED


@pytest.mark.parametrize(
    ("file", "name", "link"),
    [
        ("People/Jane Doe.md", "Jane Doe", "[[People/Jane Doe|Jane Doe]]"),
        ("People/J.md", "Jane [the] | Doe", "[[People/J|Jane (the) / Doe]]"),
        ("People/A|B.md", "A|B", r"[A\|B](<People/A%7CB.md>)"),
        ("People/[A].md", "*A* [x]", r"[\*A\* \[x&#93;](<People/%5BA%5D.md>)"),
        ("People/C#1.md", "C#1", "[C#1](<People/C%231.md>)"),
        ("People/0 ].md", "0 ]", "[0 &#93;](<People/0 %5D.md>)"),
    ],
)
def test_wikilinks_survive_odd_names(file: str, name: str, link: str) -> None:
    assert wikilink(file, name) == link


def test_display_cell_and_plain() -> None:
    assert display("a\nb  [c]") == "a b (c)"
    assert cell("a | b\nc") == "a \\| b c"
    assert (
        plain("met:: [[People/Jane Doe|Jane]] and [[Bo#Log]] at (place:: the station)")
        == "Jane and Bo at the station"
    )
    # A Markdown link reads as its text, as Obsidian shows it; a bracket that is no link stays one.
    assert (
        plain(
            "Met [Ana](../People/Ana%20Costa.md) and [Bo](<People/Bo Lind.md>) at [the café](https://x.org/c)"
        )
        == "Met Ana and Bo at the café"
    )
    assert plain("[sic] (sic)") == r"\[sic\] (sic)"
    # Logseq's tag of a page is the page's name, as Logseq shows it.
    assert plain("#[[Ana Silva]] texted me about the race") == "Ana Silva texted me about the race"


def test_code_shows_text_as_written_whatever_backticks_it_holds() -> None:
    """A code span reads nothing (a `|`, a tag, HTML): the text as written, its spaces single,
    fenced by more backticks than it holds; in a table cell, `cell` escapes the `|` after."""
    assert code("pipe|name  <b>x</b>\n#tag [[Ann]]") == "`pipe|name <b>x</b> #tag [[Ann]]`"
    assert code("a`b") == "``a`b``"
    assert code("`tick`") == "`` `tick` ``"
    assert code("x" * 200) == f"`{'x' * (DISPLAY_MAX - 1)}…`"
    assert cell(code("a|b")) == "`a\\|b`"


def test_an_empty_vault_s_overview_names_the_person_tags_as_no_tags_of_its_own(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The Overview of a vault with nobody says which tags mark people: escaped (`\\#person`),
    which Obsidian's tag pane would otherwise count as the page's own; a terminal shows them as
    written."""
    root = make_vault({"readme.md": "# Notes\n"})
    CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert "tagged \\#person, \\#people, \\#contact (person\\_tags)" in overview
    report = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"]).stdout
    assert "tagged #person, #people, #contact (person_tags)" in report


def test_a_line_on_a_page_holds_no_tag_block_id_or_field_of_its_own() -> None:
    """Obsidian would read a note's `#tag` on a page as the page's tag and a trailing `^id` as a
    block of the page; Dataview would read `key:: value` as the page's field. Escaped, each reads
    as written; the block ID, which Obsidian never shows, goes."""
    assert (
        plain("coffee #coffee with [[Bo Chen]], 2026-08-05 ^blk9")
        == r"coffee \#coffee with Bo Chen, 2026-08-05"
    )
    assert plain("send her the book high #todo ^task1") == r"send her the book high \#todo"
    assert plain("training for the Porto marathon ^abc-123 ") == "training for the Porto marathon"
    assert plain("^abc123") == ""
    assert (
        plain("both tagged #people/friend, #👤 (#x) '#y'") == r"both tagged \#people/friend, \#👤 (\#x) '\#y'"
    )
    assert plain("lunch, my take:: good") == r"lunch, my take:\: good"
    # No tag, no block ID: as written.
    unmarked = "C# and F#, x^2, see ^abc then, a # b, &#x2F; ^ 3, https://x.org/p#part"
    assert plain(unmarked) == unmarked


_CODE = lazy_pattern(r"^```.*?^```|`[^`\n]*`", re.MULTILINE | re.DOTALL)
_LIVE_TAG = lazy_pattern(r"(?<![\w&\\])#[^\s#]")
_BLOCK_ID = lazy_pattern(r"(?:^|\s)\^[A-Za-z0-9-]+$", re.MULTILINE)


def test_a_backslash_link_is_shown_as_written_not_as_a_folder(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`[[People\\Ada Lovelace]]`, as a Windows user types it: Obsidian reads only `/` between
    folders, so no one is linked, and the report shows the backslash, the pages too (escaped, `\\`,
    which Markdown shows as one; in a link's label as `⧵`, which escapes nothing), rather than a `/`
    that would say the folder was read. Met, no note yet names her by the name after the last
    backslash, the name `vaultnet new` takes; once she has a note, she is not listed there, and the
    link is a problem to mend."""
    assert display("People\\Ada") == "People\u29f5Ada"
    daily = {"Daily/2026-11-20.md": "- 2026-11-20 coffee with [[People\\Ada Lovelace]]\n"}
    root = make_vault({"People/Bo.md": "---\ntags: [person]\n---\n- 2026-11-01 <- hi\n", **daily})
    result = CliRunner().invoke(main, ["report", str(root), "--today", "2026-12-01"])
    assert "  Ada Lovelace: last 2026-11-20: “coffee with People\\Ada Lovelace”" in result.output, (
        result.output
    )
    assert "People/Ada Lovelace:" not in result.output
    built = CliRunner().invoke(main, ["build", str(root), "--today", "2026-12-01"])
    assert built.exit_code == 0, built.output
    overview = (root / "_vaultnet/Overview.md").read_text()
    assert "- Ada Lovelace: last 2026-11-20: “coffee with People\\\\Ada Lovelace”" in overview, overview
    (root / "People/Ada Lovelace.md").write_text("---\ntags: [person]\n---\n- 2026-11-01 <- hi\n")
    result = CliRunner().invoke(main, ["report", str(root), "--today", "2026-12-01"])
    assert "Met, no note yet" not in result.output, result.output


def test_check_names_a_backslash_link_with_its_line_and_the_slash_form(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The link reaches no note, and nothing else says so: `check` and the Problems page give its
    file and line, and the link to write. Every such link, whether the slash form finds a note or
    not: Obsidian names no note with a backslash, so the link can reach none."""
    root = make_vault(
        {
            "People/Ana Costa.md": "---\ntags: [person]\n---\n- 2026-11-01 <- hi\n",
            "Daily/2026-11-03.md": "# 2026-11-03\n- lunch with [[People\\Ana Costa]] and [[Bo]]\n"
            "- met [[Friends\\Old Pal|Pal]]\n| who | |\n| --- | --- |\n| [[Ana Costa\\|Ana]] | x |\n"
            "- `[[People\\Code]]`\n",
        }
    )
    check = CliRunner().invoke(main, ["check", str(root), "--today", "2026-12-01"])
    assert check.exit_code == 1
    ana = BACKSLASHED.format("People\\Ana Costa", "People/Ana Costa")
    pal = BACKSLASHED.format("Friends\\Old Pal", "Friends/Old Pal")
    said = [line.split("Daily/", 1)[1] for line in check.output.splitlines() if "Daily/" in line]
    assert said == [f"2026-11-03.md:2: {ana}", f"2026-11-03.md:3: {pal}"], check.output
    built = CliRunner().invoke(main, ["build", str(root), "--today", "2026-12-01"])
    assert built.exit_code == 0, built.output
    overview = (root / "_vaultnet/Overview.md").read_text()
    assert "- Old Pal: last 2026-11-03" in overview and "Ana Costa: last" not in overview, overview


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("send [Jo] the *draft*", r"send \[Jo\] the \*draft\*"),
        ("C:\\Users\\jo", r"C:\\Users\\jo"),
        ("run `brew upgrade` now", r"run \`brew upgrade\` now"),
        (r"a \| pipe", r"a \| pipe"),  # an escape as the note writes it: both show `|`
        ("line one<br>line two<BR/>three", "line one line two three"),
        ("talked about [[#Heading only]]", "talked about Heading only"),
        ("the view ![[pic.png|200]] from here", "the view from here"),
        ("see [wiki](https://en.wikipedia.org/wiki/Foo_(bar)) first", "see wiki first"),
        ('[paper](https://a.com/x "the title") sent', "paper sent"),
        ("the move [mood:: tired]", r"the move \[mood:\: tired\]"),
        ("<b>Bold</b> Guy", r"\<b>Bold\</b> Guy"),
        ("==High== ~~Strike~~ $x$ Jo_Smith_", r"\=\=High\=\= \~\~Strike\~\~ \$x\$ Jo\_Smith\_"),
        ("Percent %%hidden", r"Percent \%\%hidden"),
        ("# big one", r"\# big one"),
        ("1. call the bank", r"1\. call the bank"),
        ("> quoted", r"\> quoted"),
        ("- dash", r"\- dash"),
        ("[ ] nested box", r"\[ \] nested box"),
        ("trailing \\", "trailing \\\\"),
    ],
)
def test_a_line_on_a_page_is_shown_as_written(written: str, shown: str) -> None:
    """A note's line or a name on a page is plain text: Markdown's marks, Obsidian's (`==`, `%%`,
    `$`) and HTML are escaped by a backslash, which Obsidian does not show, so the page shows
    them as written, not as a format, a link, a heading or a list of its own; a link shows its
    words (a link to a heading in the note, the heading's), an embed nothing, `<br>` a space."""
    assert plain(written) == shown


@pytest.mark.parametrize(
    "written",
    [
        "send [Jo] the *draft* of __it__",
        "C:\\Users\\jo and a \\ alone",
        "run `brew` and ``a ` b``",
        "a | pipe and a \\| pipe",
        "<b>Bold</b> Guy <!-- hidden --> <span>x</span>",
        "~~Strike~~ and *Star* Smith",
        "# big one",
        "## two",
        "1. call the bank",
        "3) then",
        "> quoted",
        "- dash",
        "+ plus",
        "* star",
        "---",
        "[ ] nested box",
        "[x](y) ![z](w) [[a|b]]",
        "&lt; stays as the note shows it",
    ],
)
def test_commonmark_shows_a_page_line_as_its_text(written: str) -> None:
    """Rendered by a CommonMark parser as a list item, as the pages show it, a line is one
    paragraph of text and nothing else (no emphasis, code, HTML, link, heading or list), whose
    text is the line's as Obsidian shows it (`unlinked`)."""
    from markdown_it import MarkdownIt

    from vaultnet.pages.render import unlinked

    tokens = (
        MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(f"- {plain(written)} (line 3)\n")
    )
    assert [t.type for t in tokens] == [
        "bullet_list_open", "list_item_open", "paragraph_open", "inline", "paragraph_close",
        "list_item_close", "bullet_list_close",
    ]  # fmt: skip
    children = tokens[3].children or []
    assert {child.type for child in children} == {"text"}
    # As Obsidian shows the note's own escape (`\\|`) and entity (`&lt;`).
    expected = " ".join(unlinked(written).split()).replace("\\|", "|").replace("&lt;", "<")
    assert "".join(child.content for child in children) == expected + " (line 3)"


_AUTOLINK = lazy_pattern(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab *_`~[]()<>!#|\\-+=.1&:%$^ ", min_size=1, max_size=16))
def test_any_line_on_a_page_renders_as_its_text(written: str) -> None:
    """Whatever marks a line holds, a CommonMark parser shows it on a page as a list item of text
    alone, the text a page shows of it (`_shown`), less the escapes written in the note, which
    Obsidian does not show either; an autolink (kept as a link) aside."""
    from markdown_it import MarkdownIt

    from vaultnet.pages.render import _shown

    shown = plain(written)
    if not shown.strip() or _AUTOLINK.search(written):
        return
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(f"- {shown} (line 3)\n")
    assert [t.type for t in tokens][2:5] == ["paragraph_open", "inline", "paragraph_close"] and len(
        tokens
    ) == 7
    children = tokens[3].children or []
    assert {child.type for child in children} == {"text"}
    expected = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", _shown(written))
    assert "".join(child.content for child in children) == expected + " (line 3)"


def test_a_name_on_a_page_is_no_comment_format_or_link(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Whom the notes met with no note of their own, and a person's name in a link's label: an
    unclosed `%%` would hide the rest of the page from Obsidian, and `*`, `==`, `~~`, `$` or a
    tag would format the name; a heading or a list opening a follow-up would make a heading or a
    list of its own."""
    assert display("100%% Pat") == "100%\u200b% Pat"
    root = make_vault(
        {
            "People/Pat.md": "---\ntags: [person]\nname: 100%% Pat\n---\n- 2026-11-01 <- hi\n"
            "- [ ] # big one\n- [ ] 1. call the bank\n",
            "Daily/2026-11-30.md": "- met [[Sam *Star* Smith]] at the fair\n- met [[==High== ~~Low~~]] and "
            "[[Dollar $x$ Guy]]\n",
        }
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-12-01"])
    assert result.exit_code == 0, result.output
    overview = (root / "_vaultnet/Overview.md").read_text(encoding="utf-8")
    follow_ups = (root / "_vaultnet/Follow-ups.md").read_text(encoding="utf-8")
    assert r"- Sam \*Star\* Smith: last 2026-11-30: “met Sam \*Star\* Smith at the fair”" in overview
    assert r"- \=\=High\=\= \~\~Low\~\~: last 2026-11-30" in overview
    assert r"- Dollar \$x\$ Guy: last 2026-11-30" in overview
    assert "%%" not in follow_ups.split("\n", 1)[1]
    assert r"- \# big one ([[People/Pat|their note]], line 6)" in follow_ups
    assert r"- 1\. call the bank ([[People/Pat|their note]], line 7)" in follow_ups
    assert "\n## [[People/Pat|100%\u200b% Pat]]" in follow_ups


def test_a_lines_code_is_quoted_in_the_json_and_on_the_pages(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The words of a code span are the line's: the JSON gives them with their backticks, the
    report as written, the pages escaped, as written."""
    root = make_vault(
        {
            "People/Mia.md": "---\ntags: [person]\n---\n## Log\n- 2026-08-01 → helped her set up `brew` and `git`\n"
            "- [ ] run `brew upgrade` on her laptop\n"
        }
    )
    result = CliRunner().invoke(main, ["report", str(root), "--json", "--today", "2026-12-01"])
    [mia] = json.loads(result.output)["people"]
    assert mia["last_note"] == "helped her set up `brew` and `git`"
    assert [f["text"] for f in mia["follow_ups"]] == ["run `brew upgrade` on her laptop"]
    assert CliRunner().invoke(main, ["build", str(root), "--today", "2026-12-01"]).exit_code == 0
    recency = (root / "_vaultnet/Recency.md").read_text(encoding="utf-8")
    follow_ups = (root / "_vaultnet/Follow-ups.md").read_text(encoding="utf-8")
    assert r"last 2026-08-01: “helped her set up \`brew\` and \`git\`”" in recency
    assert r"- run \`brew upgrade\` on her laptop ([[People/Mia|their note]], line 6)" in follow_ups


def test_the_pages_repeat_no_tag_block_id_or_field_of_the_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person, people/runner]\ninterests: [running]\ncadence: 2w\n---\n"
            "## About\n- training for the Porto marathon ^abc123\n## Log\n"
            "- 2026-11-10 coffee #coffee with [[Bo Chen]] ^blk9\n- [ ] send her the book #todo ^task1\n",
            "People/Bo Chen.md": "---\ntags: [person, people/runner]\ninterests: [running]\n---\n"
            "- 2026-06-05 lunch, my take:: good\n",
            "People/Cy.md": "---\ntags: [person, people/runner]\ninterests: [running]\n---\n- 2026-06-01 call\n",
        }
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 0, result.output
    pages = {p.name: p.read_text(encoding="utf-8") for p in (root / "_vaultnet").glob("*.md")}
    for name, page in pages.items():
        text = _CODE.sub("", page.split("\n", 1)[1])  # the marker line is vaultnet's own comment
        assert not _LIVE_TAG.findall(text), name
        assert not _BLOCK_ID.findall(text), name
        assert "::" not in text, name
    assert r"both tagged \#people/runner" in pages["Introductions.md"]
    assert r"coffee \#coffee with Bo Chen”" in pages["Overview.md"]
    assert "- open: send her the book \\#todo\n" in pages["Overview.md"]
    # Her own note, said to be a note: `(Ana, line 10)` read as the person.
    assert r"- send her the book \#todo ([[People/Ana|their note]], line 10)" in pages["Follow-ups.md"]
    assert r"lunch, my take:\: good" in pages["Recency.md"]


def test_one_way_says_how_many_contacts_say_nothing_of_who_started(make_vault) -> None:  # type: ignore[no-untyped-def]
    """ "You carry it" on one arrow of four contacts is a guess on little: the page and the report
    say how many of them say nothing of who started (written in a language vaultnet does not read,
    say), so that nobody takes it for the notes' word."""
    log = "- 2026-11-20 Er hat mich angerufen\n- 2026-11-02 Anruf von Jörg\n- 2026-10-15 Karte\n- 2026-10-01 -> Karte\n"
    root = make_vault(
        {"People/Jörg.md": "---\ntags: [person]\n---\n" + log, "People/Bo.md": "- 2026-11-01 -> hi\n"}
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 0, result.output
    page = (root / "_vaultnet" / "Reciprocity.md").read_text(encoding="utf-8")
    assert "- [[People/Jörg|Jörg]] (3 of 4 contacts say nothing of who started)\n" in page
    assert "- [[People/Bo|Bo]]\n" in page
    shown = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"]).output
    assert "only you reach out (3 of 4 contacts say nothing of who started)" in shown


def report(*people: Person):  # type: ignore[no-untyped-def]
    return compute(Vault(notes=(), people=people, problems=()), dt.date(2026, 11, 21), Config())


def test_json_is_deterministic_and_keeps_non_ascii() -> None:
    note = Note(file="People/Zoë.md", kind="person", name="Zoë", tags=("a", "b"))
    contact = Contact(dt.date(2026, 11, 1), "mutual", "People/Zoë.md", 3, "tea")
    text = report_json(report(Person(note=note, contacts=(contact,))))
    assert text == report_json(report(Person(note=note, contacts=(contact,))))
    assert "Zoë" in text and text.endswith("}\n")
    person = json.loads(text)["people"][0]
    assert (person["last_contact"], person["due"], person["reciprocity"]) == ("2026-11-01", None, "two-way")


def test_every_page_template_ships_and_starts_with_the_marker() -> None:
    folder = template_folder()
    assert all((folder / f"{page}.j2").is_file() for page in PAGES)
    pages = made_pages(Renderer(), report(), Config())
    assert sorted(pages) == sorted((*PAGES, CANVAS))
    assert all(pages[page].startswith(MARKER + "\n") and pages[page].endswith("\n") for page in PAGES)


def test_a_user_template_cannot_reach_python_internals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".vaultnet/templates").mkdir(parents=True)
    (tmp_path / ".vaultnet/templates/Overview.md.j2").write_text(
        "{{ summary.__class__.__mro__[1].__subclasses__() }}"
    )
    with pytest.raises(TemplateProblem, match="unsafe"):
        made_pages(Renderer(tmp_path), report(), Config())


def _made_with_this_jinja() -> bool:
    """Was precompiled.json made with the Jinja installed here? (Under another, vaultnet compiles
    its templates as it would without it, and the Python Jinja makes may differ.)"""
    import jinja2

    from vaultnet.pages.precompiled import PRECOMPILED

    return bool(json.loads(PRECOMPILED.read_text(encoding="utf-8"))["jinja"] == jinja2.__version__)


same_jinja = pytest.mark.skipif(
    not _made_with_this_jinja() and not os.environ.get("CI"),
    reason="precompiled.json was made with another Jinja (CI installs the one it was made with)",
)


def test_the_precompiled_templates_are_made_from_the_templates_now() -> None:
    from vaultnet.pages.precompiled import PRECOMPILED, _digest

    hint = "vaultnet/pages/precompiled.json is stale: run `python docs/gen_templates.py` and commit it"
    saved = json.loads(PRECOMPILED.read_text(encoding="utf-8"))["templates"]
    now = {p.name: _digest(p.read_text(encoding="utf-8")) for p in template_folder().glob("*.j2")}
    assert saved == now, hint


@same_jinja
def test_the_precompiled_templates_are_what_jinja_makes_of_them() -> None:
    from vaultnet.pages.precompiled import PYTHON_FOLDER, precompiled_files

    hint = "vaultnet/pages/jinja_python/ is stale: run `python docs/gen_templates.py` and commit it"
    files = precompiled_files(Renderer().env, template_folder())
    assert {p: p.read_text(encoding="utf-8") for p in files if p.is_file()} == files, hint
    assert set(PYTHON_FOLDER.glob("*.py")) <= files.keys(), hint


@same_jinja
def test_pages_from_precompiled_templates_are_those_compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """vaultnet's own templates come from their precompiled Python (Jinja compiles none), and the
    pages are the same as when each template is compiled from its text."""
    from pathlib import Path

    from jinja2 import Environment

    from vaultnet.build import load_report

    example = Path(__file__).resolve().parents[1] / "example_vault"
    made = load_report(example)
    compiled: list[str] = []
    compile_ = Environment.compile

    def counting(
        self: Environment, source: str, name: str | None = None, *args: object, **kw: object
    ) -> object:
        compiled.append(str(name))
        return compile_(self, source, name, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Environment, "compile", counting)
    pages = made_pages(Renderer(), made, Config())
    assert compiled == []
    monkeypatch.setattr("vaultnet.pages.render.code_of", lambda name, source, filename: None)
    assert made_pages(Renderer(), made, Config()) == pages
    assert "Overview.md.j2" in compiled and "_macros.j2" in compiled


@same_jinja
def test_a_precompiled_template_made_from_another_text_is_not_used() -> None:
    from vaultnet.pages import precompiled

    path = template_folder() / "Overview.md.j2"
    source = path.read_text(encoding="utf-8")
    code = precompiled.code_of("Overview.md.j2", source, str(path))
    assert code is not None and code.co_filename == str(path)
    # Each function's code too: a row is known by its macro's file name.
    assert {c.co_filename for c in code.co_consts if hasattr(c, "co_filename")} == {str(path)}
    assert precompiled.code_of("Overview.md.j2", source + "{# edited #}", str(path)) is None
    assert precompiled.code_of("Nowhere.md.j2", source, str(path)) is None


def test_the_inputs_digest_tells_every_field_of_a_problem() -> None:
    """A page is kept unmade while its inputs' digest is the same: a problem changed in any field
    (or one more) must change it, and the same problems, made again, must not."""
    from vaultnet.model import Problem
    from vaultnet.pages.render import page_inputs

    def digest(*problems: Problem) -> str:
        context = {"problems": list(problems), "unread": problems, "clashes": []}
        return page_inputs(context, ("problems", "unread", "clashes"), ())[0]

    first = Problem("a.md", 3, "no date")
    same = digest(first, Problem("b.md", 0, "empty"))
    assert digest(Problem("a.md", 3, "no date"), Problem("b.md", 0, "empty")) == same
    for other in (Problem("a.md", 4, "no date"), Problem("c.md", 3, "no date"), Problem("a.md", 3, "no day")):
        assert digest(other, Problem("b.md", 0, "empty")) != same
    assert digest(first) != same


def test_the_inputs_digests_are_the_same_in_every_process() -> None:
    """A page is left unmade while the digest of its inputs is the last build's: the digest of
    each page of the example vault (ideas and introductions among them, a person by their file)
    must be the same in processes whose string hashes differ, as on another machine."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from pathlib import Path\n"
        "from vaultnet.build import load_report\n"
        "from vaultnet.config import Config\n"
        "from vaultnet.pages.render import PAGE_INPUTS, page_context, page_inputs\n"
        "context = page_context(load_report(Path('example_vault')), Config())\n"
        "assert context['ideas'] and context['made'] and context['problems']\n"
        "for page, names in sorted(PAGE_INPUTS.items()):\n"
        "    print(page, page_inputs(context, names, ())[0])\n"
    )
    root = Path(__file__).resolve().parents[1]
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and len(runs[0].splitlines()) == 7


def test_a_page_with_inputs_named_reads_nothing_else() -> None:
    """`PAGE_INPUTS`: vaultnet's own template of each page named there reads those names of the
    context and no other, and given only those makes the same page (StrictUndefined fails on any
    other). A template changed to read one more fails here until it is named."""
    from pathlib import Path

    from jinja2 import meta

    from vaultnet.build import load_report
    from vaultnet.pages.render import PAGE_INPUTS, page_context

    example = Path(__file__).resolve().parents[1] / "example_vault"
    made = load_report(example)
    config = Config()
    context = page_context(made, config)
    renderer = Renderer()
    env = renderer.env
    for page, names in PAGE_INPUTS.items():
        source = (template_folder() / f"{page}.j2").read_text(encoding="utf-8")
        assert meta.find_undeclared_variables(env.parse(source)) == set(names), page
        whole = renderer.render(f"{page}.j2", **context)
        assert renderer.render(f"{page}.j2", **{name: context[name] for name in names}) == whole
