"""The fast scanner against markdown-it-py: the same blocks, or an honest "cannot tell"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import shared_path
from tests.test_plain import reference_note
from vaultnet.config import Config
from vaultnet.model import Note
from vaultnet.read import note as parse
from vaultnet.read.blocks import Block, markdown_blocks
from vaultnet.read.blocks_fast import parse_blocks, scan_blocks
from vaultnet.read.text import decode, split_front_matter

TEXTS = [
    "plain words",
    "2026-11-02 -> coffee with [[Jane Doe]] #coffee",
    "[[2026-10-14]] <- she emailed",
    "<-> [[Bob]]: dinner",
    "<- [[Ann]] wrote",
    "met:: [[Carol Diaz]]",
    "[x] 2026-01-02 done",
    "[ ] ask about the move",
    "[-] cancelled",
    "[x]",
    "[[Jane]] at the start",
    "| 2026-07-12 | call | kids |",
    "a | b",
    "tail #tag ##",
    "trailing spaces   ",
    "\xa0nbsp start",
    "words `code` more",
    "= not underline",
    "x\ty",
    "[!note] Lunch with [[Bo]]",
    "[!info]- About",
    "[!QUOTE] someone's words",
    "[!todo]",
]
PREFIXES = [
    "",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "10. ",
    "-   ",
    "-\t",
    "# ",
    "### ",
    "####### ",
    "> ",
    ">",
    "> > ",
    "- > ",
    "- - ",
    "1. - ",
    "- # ",
    "- [ ] ",
]
SPECIAL = [
    "",
    "   ",
    "\t",
    "---",
    "- - -",
    "***",
    "___",
    "===",
    "--",
    "-",
    "- ",
    "1.",
    "```",
    "```py",
    "``` a`b",
    "~~~",
    "~~~~",
    "| --- | --- |",
    "|---|",
    "--- | ---",
    ":-: | -:",
    "<!-- a comment -->",
    "%%",
    "%% a comment %%",
    "text %% opens",
    "<div>",
    "</div>",
    "<span>x</span>",
    "[ref]: https://example.org",
    "[a]",
    "[x\\]y]: z",
    "#",
    "#hashtag",
    "## heading ##",
    "## heading#",
    "# #",
    "    indented code",
    "\t- tabbed item",
    "\t\tdouble tab",
    "  - [x] nested done",
    "    - deeper",
    "      - deepest",
]
INDENTS = ["", " ", "  ", "   ", "    ", "\t", "  \t", "      "]

line = st.one_of(
    st.builds(
        lambda i, p, t: i + p + t, st.sampled_from(INDENTS), st.sampled_from(PREFIXES), st.sampled_from(TEXTS)
    ),
    st.builds(lambda i, s: i + s, st.sampled_from(INDENTS[:4]), st.sampled_from(SPECIAL)),
)
bodies = st.builds("\n".join, st.lists(line, max_size=14))


def _agree(body: str) -> bool:
    fast = scan_blocks(body)
    if fast is None:
        return False
    assert fast == markdown_blocks(body), body
    return True


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies)
@example("- a\n  - b\nlazy")
@example("Title\n===\n- x\n---")
@example("| a |\n---\n| b |")
@example("   - a\n       - b\n     c")
@example("- a\n\n  para\n- [x] b\n  more")
@example("- ```\n  code\n- after")
@example("> [!note] T\n> | a | b |\n> |---|---|\n> | 1 | 2 |")
@example("> [!note] T\n> > [!info]- U\n> > - x\n> - y\n\n> [!quote] z\n> - w")
@example("> [!note] T\n> ---")
def test_scanner_agrees_with_markdown_it_or_declines(body: str) -> None:
    _agree(body)


ORDINARY = st.lists(
    st.sampled_from(
        [
            "- 2026-11-02 -> coffee with [[Jane Doe]] #coffee",
            "- [x] [[2026-10-14]] <- she emailed",
            "  - a nested note",
            "- [ ] ask about the move",
            "## Log",
            "# Title",
            "Some words with [[Bob]].",
            "",
            "| who | what |",
            "| --- | --- |",
            "| [[Ann]] | call |",
            "met:: [[Carol]]",
            "```",
            "> quoted",
            "> [!info] About",
            "> - likes tea",
            "> [!quote] Seneca",
            "> [!note] Lunch with [[Bo]]",
            "> he told me about the boat",
        ]
    ),
    max_size=20,
)


@settings(max_examples=500, deadline=None)
@given(ORDINARY)
def test_scanner_reads_ordinary_notes_itself(lines: list[str]) -> None:
    """The constructs every vault is made of never fall back to markdown-it-py."""
    body = "\n".join(lines)
    for line, follows in zip(lines, [*lines[1:], ""], strict=False):
        if line[:1] == ">" and follows[:1] not in ("", ">", "#", "-", "`"):
            return  # a lazy line after a quote: handed to markdown-it on purpose
    quotes = re.findall(r"(?m)^(>.*(?:\n>.*)*)", body)
    if any("[!" in quote and "[!" not in quote.split("\n")[0] for quote in quotes):
        return  # a callout in a quote: handed to markdown-it on purpose
    assert _agree(body), body


def test_parse_blocks_falls_back_for_what_the_scanner_declines() -> None:
    body = "<div>\n- 2026-01-01 inside html\n</div>\n\n- 2026-01-02 outside"
    assert scan_blocks(body) is None
    assert parse_blocks(body) == markdown_blocks(body)
    assert [b.text for b in parse_blocks(body)] == ["2026-01-02 outside"]


def test_scanner_keeps_tasks_nesting_and_excludes_code() -> None:
    body = "- [x] 2026-01-01 done\n  - child\n```\n- 2026-01-02 code\n```\n> - quoted\n\nTitle\n---\n"
    assert scan_blocks(body) == [
        Block("item", ((0, "2026-01-01 done"),), task="x", level=1),
        Block("item", ((1, "child"),), level=2),
        Block("heading", ((7, "Title"),), level=2),
    ]


def test_scanner_agrees_on_real_notes() -> None:
    root = shared_path("realworld")
    checked = 0
    for path in sorted(root.rglob("*.md")):
        body = split_front_matter(decode(path.name, path.read_bytes()).text).body
        checked += _agree(body)
    assert checked


def _both_ways(files: list[Path]) -> tuple[list[Note], list[Note]]:
    """Each file parsed with the fast readers, then with the reference readers alone."""
    config = Config()
    fast = [parse.parse_note(p.name, p.read_bytes(), config) for p in files]
    slow = [reference_note(p.name, p.read_bytes(), config) for p in files]
    return fast, slow


def test_fast_readers_give_the_same_notes_on_a_generated_vault(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    generate(tmp_path / "vault", people=150, seed=7)
    files = sorted((tmp_path / "vault").rglob("*.md"))
    fast, slow = _both_ways(files)
    assert len(files) > 150 and fast == slow


def test_fast_readers_give_the_same_notes_on_real_notes() -> None:
    files = sorted(shared_path("realworld").rglob("*.md"))
    fast, slow = _both_ways(files)
    assert fast == slow


@pytest.mark.parametrize("edge_cases", [False, True])
def test_fast_readers_give_the_same_notes_on_a_shared_generator_vault(
    tmp_path: Path, edge_cases: bool
) -> None:
    """The shared generator's notes (nested bullets, aliased links, CRLF and BOM with
    `--edge-cases`): the fast paths read every one as the reference readers do."""
    script = shared_path("bench", "make_vault.py")
    out = tmp_path / "vault"
    args = [sys.executable, str(script), "--people", "120", "--seed", "3", "--out", str(out)]
    subprocess.run([*args, *(["--edge-cases"] if edge_cases else [])], check=True, capture_output=True)
    files = sorted(out.rglob("*.md"))
    fast, slow = _both_ways(files)
    assert len(files) >= 120 and fast == slow
