"""docs/: the command reference is the commands' own help, and the pages keep up with the code."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import click
import pytest

from vaultnet.cli import command_tree
from vaultnet.config import Config, config_from_dict

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = command_tree()
LEAVES = [name for name, command in COMMANDS if not isinstance(command, click.Group)]


def load(script: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), DOCS / script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_command_reference_is_generated_from_help() -> None:
    committed = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert committed == load("gen_cli.py").reference(), "docs/cli.md is stale: run python docs/gen_cli.py"


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_is_documented(name: str) -> None:
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"\n## vaultnet {name}\n" in reference
    assert f"Usage: vaultnet {name} " in reference


@pytest.mark.parametrize("name", LEAVES)
def test_the_readme_names_every_command(name: str) -> None:
    """The table of commands lives in docs/cli.md (generated); a newcomer still meets each one."""
    assert re.search(rf"\bvaultnet {name}\b", README), f"name vaultnet {name} in the README (the tour)"


def test_the_reference_page_follows_a_changed_help(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator reads the live commands: a changed docstring shows at once."""
    report = dict(COMMANDS)["report"]
    monkeypatch.setattr(report, "help", "A help text written just now.\n\nExample: vaultnet report")
    assert "A help text written just now." in load("gen_cli.py").reference()


def test_the_configuration_example_is_valid_and_names_every_setting() -> None:
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", page, re.DOTALL)
    assert block, "docs/configuration.md lost its example"
    config = config_from_dict(tomllib.loads(block[1]))
    assert config.cadence == {"family": 14, "work": 90}
    assert config.active_days == Config().active_days
    for setting in dataclasses.fields(Config):
        assert re.search(rf"^\[?{setting.name}\]?\b", block[1], re.MULTILINE), setting.name


_GERMAN_LINES = {
    "Heute hat [[A]] angerufen": "inbound",
    "Gestern hat mich [[B]] angerufen": "inbound",
    "[[C]] hat angerufen": "inbound",
    "Sie sagte, dass [[J]] angerufen hat": "inbound",
    "Ich habe [[E]] angerufen": "outbound",
    "Mit [[G]] getroffen, [[H]] nicht erreicht": "mutual",  # and nothing of H
}
"""German lines, and how the `[words]` the docs advise read each one's first person."""


@pytest.mark.parametrize("page", ["configuration.md", "reading.md"])
def test_the_words_the_docs_advise_read_german_as_it_is_written(page: str) -> None:
    """The `[words]` of each page's example agree, and read German's word order right: `Heute hat
    [[A]] angerufen` is her call (`X angerufen` made it yours), a phrase with `X` speaks of its
    person only (`nicht erreicht` of H, not of G)."""
    import datetime as dt

    from vaultnet.read.note import parse_note

    block = re.search(r"```toml\n(.*?)```", (DOCS / page).read_text(encoding="utf-8"), re.DOTALL)
    assert block and "[words]" in block[1]
    words = config_from_dict(tomllib.loads(block[1])).words
    assert words["undone"] == ("X nicht erreicht",)
    text = "".join(f"- {line}\n" for line in _GERMAN_LINES)
    read = parse_note("Daily/2026-11-20.md", text.encode(), Config(words=words)).entries
    said = {m.targets[0]: m.direction for m in read if not m.aside}  # an aside is no contact
    assert said == {line.split("[[")[1][0]: way for line, way in _GERMAN_LINES.items()}
    assert {m.date for m in read if m.targets == ("B",)} == {dt.date(2026, 11, 19)}


def test_every_template_variable_and_filter_is_documented(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Each name page_context gives the templates, and each filter of vaultnet's, is in templates.md."""
    import datetime as dt

    from jinja2 import Environment

    from vaultnet.build import load_report
    from vaultnet.config import load_config
    from vaultnet.pages.render import Renderer, page_context

    root = make_vault({"People/Ann.md": "---\ntags: [person]\n---\n- 2026-11-01 <-> tea\n"})
    config = load_config(root)
    report = load_report(root, dt.date(2026, 11, 21), config, use_cache=False)
    page = (DOCS / "templates.md").read_text(encoding="utf-8")
    for name in page_context(report, config):
        assert f"`{name}`" in page, f"docs/templates.md does not say what `{name}` holds"
    for name in set(Renderer(root).env.filters) - set(Environment().filters):
        assert re.search(rf"\\\| {name}\b", page), f"docs/templates.md lacks the filter {name}"


def test_the_menu_lists_every_page_and_the_known_ones_first() -> None:
    nav = load("nav.py")
    pages = sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md"))
    menu = nav.menu(DOCS)
    listed = [next(iter(item.values())) if isinstance(item, dict) else item for item in menu]
    assert sorted(listed) == pages and listed[0] == "index.md"
    assert set(nav.ORDER) <= set(pages), "docs/nav.py names a page that is gone"


def test_mkdocs_has_no_closed_menu_and_ci_builds_it_strictly() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert not re.search(r"^nav:", config, re.MULTILINE)
    assert "docs/gen_cli.py" in config and "docs/nav.py" in config
    assert "mkdocs build --strict" in (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "site/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


TIMING = re.compile(
    r"\b\d[\d,.]*(?:-\d[\d,.]*)?\s?(?:ms|µs|ns|s|sec|seconds?|minutes?|%)(?!\w)|\d\s?(?:times|×) (?:faster|slower)"
)
"""A timing figure: `40 µs`, `0.58 s`, `17-28 ms`, `6 %`, `5-7 times slower`."""


def test_timing_figures_stay_out_of_code_comments() -> None:
    """They go stale unseen there; docs/performance.md keeps them, with the day's conditions."""
    import io
    import tokenize

    found = []
    for path in sorted((ROOT / "vaultnet").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for token in tokens:
            is_docstring = token.type == tokenize.STRING and token.string.startswith(('"""', "'''"))
            if (token.type == tokenize.COMMENT or is_docstring) and TIMING.search(token.string):
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}: {TIMING.search(token.string)[0]}")
    assert not found, found


def documented_keys(section: str, data: dict[str, object]) -> list[str]:
    """The backticked names of a docs section that are keys of `data`, in the order first written."""
    names = dict.fromkeys(re.findall(r"`([a-z_]+)`", section))
    return [name for name in names if name in data]


def test_the_json_keys_are_documented_in_their_order(make_vault) -> None:  # type: ignore[no-untyped-def]
    """docs/pages.md's JSON section names every key `report --json` prints, in the order it prints them."""
    import datetime as dt
    import json

    from vaultnet.build import load_report
    from vaultnet.config import load_config
    from vaultnet.pages.render import report_json

    root = make_vault({"People/Ann.md": "---\ntags: [person]\n---\n- 2026-11-01 <-> tea\n"})
    config = load_config(root)
    data = json.loads(report_json(load_report(root, dt.date(2026, 11, 21), config, use_cache=False), config))
    page = (DOCS / "pages.md").read_text(encoding="utf-8")
    json_section = page[page.index("\n## JSON\n") :].split("\n## ", 2)[1]
    people = json_section[json_section.index("`people` is sorted") : json_section.index("`problems` is a")]
    movement = json_section[json_section.index("`movement` compares") :]
    assert documented_keys(json_section.split("\n\n", 2)[1], data) == list(data)
    assert documented_keys(people, data["people"][0]) == list(data["people"][0])
    assert documented_keys(movement, data["movement"]) == list(data["movement"])


def test_the_phrase_tables_in_the_docs_are_the_readers() -> None:
    """docs/reading.md lists every phrase, meeting word and diary opening the reader knows, and
    no other: a phrase added to `words.py` and not to the page fails here."""
    from vaultnet.read import words

    page = (DOCS / "reading.md").read_text(encoding="utf-8")
    diary = page[page.index("| a diary entry opens with |") :]
    meeting = page[page.index("The meeting words:") :].split(";", 1)[0]

    def row(text: str, kind: str) -> list[str]:
        found = re.search(rf"^\| {kind} \|[^|\n]*\| (.*) \|$", text, re.M)
        assert found is not None, kind
        return re.findall(r"`([^`]+)`", found[1])

    kinds = {"inbound": words.INBOUND, "outbound": words.OUTBOUND, "mutual": words.MUTUAL}
    for kind, phrases in {
        **kinds,
        "mention": words.MENTION,
        "plan": words.PLAN,
        "about": words.ABOUT,
        "gone": words.GONE,
        "undone": words.UNDONE,
        "they started": words.STARTED_BY_THEM,
        "you started": words.STARTED_BY_ME,
        "called off": words.CALLED_OFF_BY,
    }.items():
        assert row(page, kind) == list(phrases), kind
    for kind, openings in words.OPENINGS.items():
        assert row(diary, kind) == list(openings), kind
    assert re.findall(r"`([^`]+)`", meeting) == list(words.MEETING_WORDS)
    headings = page[page.index("The meeting headings:") :].split(". ", 1)[0]
    assert re.findall(r"`([^`]+)`", headings) == list(words.MEETING_HEADINGS)
    absent = page[page.index("The absence headings:") :].split(". ", 1)[0]
    assert re.findall(r"`([^`]+)`", absent) == list(words.ABSENT_HEADINGS)
    grateful = page[page.index("The gratitude headings:") :].split(". ", 1)[0]
    assert re.findall(r"`([^`]+)`", grateful) == list(words.GRATITUDE_HEADINGS)
    planned = page[page.index("The plan headings:") :].split(".\n", 1)[0]
    assert re.findall(r"`([^`]+)`", planned) == list(words.PLAN_HEADINGS)
    nouns, kinds = page[page.index("The nouns:") :].split(".", 2)[0].split(";")
    assert re.findall(r"`([^`]+)`", nouns) == list(words.MEETING_NOUNS)
    assert re.findall(r"`([^`]+)`", kinds) == list(words.NOUN_KINDS)


def test_the_titles_and_kin_words_before_a_name_in_the_docs_are_the_readers() -> None:
    """docs/reading.md lists the titles and kin words a name may open with before its given
    name (`Onkel Jürgen`), in `NAME_TITLES`' and `NAME_KIN`'s order."""
    from vaultnet.convert import NAME_KIN, NAME_TITLES

    page = (DOCS / "reading.md").read_text(encoding="utf-8")
    titles = page[page.index("The titles before a name:") :].split(".\n", 1)[0]
    assert re.findall(r"`([^`]+)`", titles) == list(NAME_TITLES)
    kin = page[page.index("The kin words before a name:") :].split(";", 1)[0]
    assert re.findall(r"`([^`]+)`", kin) == list(NAME_KIN)


def test_the_message_words_in_the_docs_are_the_readers() -> None:
    """docs/format.md lists the message words a day's line may name alone (`### 2026-10-02 —
    Email`), in `MESSAGE_WORDS`' order."""
    from vaultnet.read import words

    page = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    listed = page[page.index("The message words:") :].split(".", 1)[0]
    assert re.findall(r"`([^`]+)`", listed) == list(words.MESSAGE_WORDS)


def test_the_synonym_table_in_the_docs_is_the_readers() -> None:
    """docs/format.md lists every front-matter key of `FIELDS`, in its order, under its field: a
    key added to `fields.py` and not to the page fails here."""
    from vaultnet.fields import FIELDS

    page = (DOCS / "format.md").read_text(encoding="utf-8")
    table = page[page.index("| field | keys |") :].split("\n\n", 1)[0]
    rows = {field: cells for field, cells in re.findall(r"^\| ([^|]+) \| (.*) \|$", table, re.M)}
    named = {
        "types": "type",
        "last_contact": "last contact",
        "people": "people of a dated note",
        "organizer": "who organised a dated note's meeting",
    }
    for field, keys in FIELDS.items():
        listed = re.findall(r"`([^`]+)`", rows[named.get(field, field)])
        assert [key.lower() for key in listed[: len(keys)]] == list(keys), field
