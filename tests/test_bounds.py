"""The small fixes the hostile-input work made in the core, each pinned by a direct test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import link_pairs, write_vault
from vaultnet.config import Config
from vaultnet.pages.render import DISPLAY_MAX, display, wikilink
from vaultnet.read.inline import without_code_spans
from vaultnet.read.keys import has_placeholder
from vaultnet.read.note import parse_note
from vaultnet.vault.load import load_vault, read_note
from vaultnet.vault.resolve import MAX_LINKED_GROUP
from vaultnet.vault.walk import SourceFile


def test_a_crowd_note_links_nobody_pair_by_pair_and_says_so(tmp_path: Path) -> None:
    people = {f"People/P{i}.md": "" for i in range(MAX_LINKED_GROUP + 1)}
    crowd = " ".join(f"[[P{i}]]" for i in range(MAX_LINKED_GROUP + 1))
    small = "[[P0]] [[P1]] [[P2]]"
    root = write_vault(tmp_path, {**people, "Daily/2026-11-01.md": crowd, "Daily/2026-11-02.md": small})
    vault = load_vault(root, Config())
    assert set(link_pairs(vault.people)) == {("People/P0.md", "People/P1.md"), ("People/P0.md", "People/P2.md"),
                           ("People/P1.md", "People/P2.md")}  # fmt: skip
    [problem] = vault.problems
    assert problem.file == "Daily/2026-11-01.md" and f"names {MAX_LINKED_GROUP + 1} people" in problem.message
    assert all(len(p.contacts) >= 1 for p in vault.people)  # each still met them on that day


def test_a_file_name_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "People").mkdir()
    with open(os.fsencode(tmp_path / "People") + b"/x\xff.md", "wb") as handle:
        handle.write(b"- 2026-11-01 -> hi\n")
    vault = load_vault(tmp_path, Config())
    [problem] = vault.problems
    assert problem.file == "People/x\ufffd.md" and "not UTF-8" in problem.message
    assert vault.people == ()


def test_a_symlink_loop_named_like_a_note_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "People").mkdir()
    os.symlink("Loop.md", tmp_path / "People/Loop.md")
    [problem] = load_vault(tmp_path, Config()).problems
    assert problem.file == "People/Loop.md" and "symbolic links" in problem.message


def test_a_note_that_grew_past_the_limit_after_listing_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "Big.md"
    path.write_bytes(b"x" * 3000)
    note = read_note(SourceFile("Big.md", path, size=10, mtime_ns=0), Config(max_file_kb=2))
    assert [p.message for p in note.problems] == ["skipped: over the 2 KB limit"]


def test_a_note_over_the_configured_size_is_skipped_with_a_problem(tmp_path: Path) -> None:
    root = write_vault(
        tmp_path, {"People/Big.md": "- 2026-11-01 -> x\n" * 200, "vaultnet.toml": "max_file_kb = 1\n"}
    )
    from vaultnet.config import load_config

    [problem] = load_vault(root, load_config(root)).problems
    assert problem.message == "skipped: 4 KB is over the 1 KB limit"  # 3.5 KB, rounded up
    (root / "People/Big.md").write_bytes(b"x" * 1025)  # a byte over: never "1 KB is over the 1 KB limit"
    [problem] = load_vault(root, load_config(root)).problems
    assert problem.message == "skipped: 2 KB is over the 1 KB limit"


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("a `b` c", "a   c"),
        ("a ``b ` c`` d", "a   d"),
        ("`a``b``", "`a "),
        ("a `b", "a `b"),
        ("x " + "`" * 5000, "x " + "`" * 5000),
        ("``a```b``", " "),
    ],
)
def test_code_spans_pair_runs_of_the_same_length(line: str, cleaned: str) -> None:
    assert without_code_spans(line) == cleaned


def test_links_and_tags_in_code_spans_do_not_count() -> None:
    note = parse_note("People/Jane.md", b"see `[[Bob]] #friend` and [[Carol]]\n", Config())
    assert note.links == ("Carol",) and "friend" not in note.tags


@pytest.mark.parametrize(
    ("text", "found"),
    [("{{title}}", True), ("a {{ b\n c }}", True), ("}} {{", False), ("<% tp.x %>", True), ("%> <%", False)],
)
def test_placeholders_are_found_as_before(text: str, found: bool) -> None:
    assert has_placeholder(text) is found


def test_inline_field_dates_mark_plans_after_a_long_word() -> None:
    text = "- [[Jane]] " + "a" * 10_000 + " appointment:: 2026-12-01\n- [[Bob]] met\n"
    note = parse_note("Daily/2026-11-02.md", text.encode(), Config())
    assert [m.targets for m in note.entries] == [("Bob",)]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Jane [[x]] | y", "Jane ((x)) / y"),
        ("a`b", "a'b"),
        ("<b>bold</b> <!-- x", "‹b>bold‹/b> ‹!-- x"),
        ("me <-> you < 3", "me <-> you < 3"),
        ("back\\", "back\u29f5"),  # as written, and it escapes no `]` after it
        ("two\nlines\ttab", "two lines tab"),
    ],
)
def test_display_names_cannot_break_a_line_link_or_table(name: str, shown: str) -> None:
    assert display(name) == shown


def test_a_very_long_name_is_shortened() -> None:
    shown = display("x" * 10_000)
    assert len(shown) == DISPLAY_MAX and shown.endswith("…")


@pytest.mark.parametrize(
    ("file", "link"),
    [
        ("People/Jane Doe.md", "[[People/Jane Doe|Jane]]"),
        ("People/A#B.md", "[Jane](<People/A%23B.md>)"),
        ("People/Trailing .md", "[Jane](<People/Trailing .md>)"),
        ("People/Two  spaces.md", "[Jane](<People/Two  spaces.md>)"),
        ("People/New\nLine.md", "[Jane](<People/New%0ALine.md>)"),
        ("People/50%.md", "[Jane](<People/50%25.md>)"),
        ("People/a `b` c.md", "[Jane](<People/a %60b%60 c.md>)"),
    ],
)
def test_link_targets_obsidian_cannot_hold_become_markdown_links(file: str, link: str) -> None:
    assert wikilink(file, "Jane") == link


@pytest.mark.parametrize("output", [".", "./", "a\x00b", "out\nput"])
def test_an_output_folder_that_names_no_folder_is_a_config_error(tmp_path: Path, output: str) -> None:
    from vaultnet.config import config_from_dict
    from vaultnet.errors import ConfigError

    with pytest.raises(ConfigError, match="output must be a folder inside the vault"):
        config_from_dict({"output": output})


def test_folders_nested_past_the_recursion_limit_are_walked() -> None:
    from tests.hostile_vault import deep_tempdir

    with deep_tempdir() as root:
        folder = root
        for _ in range(1500):
            folder = folder / "d"
            folder.mkdir()
        write_vault(folder, {"Jane.md": "#person\n"})
        write_vault(root, {"a.md": "#person\n"})
        vault = load_vault(root, Config())
    assert [p.file for p in vault.people] == ["a.md", "d/" * 1500 + "Jane.md"]
