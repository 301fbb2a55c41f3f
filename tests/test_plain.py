"""The plain-body fast path against the reference reader: the same blocks, and the same notes.

`blocks_fast.plain_blocks` reads bodies of headings, bullet items and paragraphs with no rule
to try; a note's own log words are read from a cheaper template (`entries.own_way`); front matter
is searched for date masks without recursion (`note._placeholder`). Each is held here to the
reference: markdown-it-py's blocks, `inline.template_of`, and a recursive walk.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from collections.abc import Container
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import shared_path
from vaultnet import model
from vaultnet.config import Config, load_config
from vaultnet.convert import folded, target_key
from vaultnet.model import Mention, Note
from vaultnet.read import blocks_fast, days
from vaultnet.read import note as parse
from vaultnet.read import text as source
from vaultnet.read import words as phrases
from vaultnet.read.blocks import markdown_blocks
from vaultnet.read.blocks_fast import parse_blocks, plain_blocks, scan_blocks
from vaultnet.read.body import read_body
from vaultnet.read.body_fast import read_plain_body
from vaultnet.read.entries import _as_self, own_way
from vaultnet.read.inline import _any_link, _target, links_in, template_of
from vaultnet.read.keys import DATE_MASK, has_placeholder

WORDS = [
    "coffee with [[Jane Doe]]",
    "[[Ann|Annie]] called",
    "she emailed about the move",
    "they reached out · asked about [[Bob Li]]",
    "· drinks · mutual · caught up",
    "h/t [[Carl]] #tag",
    "met:: [[Carol]]",
    "Birthday:: 1966-12-06",
    "**Partner**: [[Nick|Nicholas]]",
    "_No interactions logged yet._",
    "*soon*",
    "a | b",
    "x\ty",
    "trailing spaces   ",
    "[[#Heading]] and [[ ]]",
    "![[photo.png]] lunch with [[Dee]]",
    "[site](https://x.org) with [[Eve]]",
    "[[People/Fay.md|Fay]] via [[Gus]]",
    "words `code [[Hal]]` <!-- [[Ivy]] --> %%x%%",
    "→ arrows and ünïcode",
    "a\xa0nbsp and a tab\tinside  ",
    "\ufeffbom inside",
]
ITEM_HEADS = [
    "2026-11-02 ",
    "2026-11-02 -> ",
    "[[2026-10-14]] <- ",
    "2026-02-30 ",
    "11/01/2026 ",
    "[x] 2026-01-02 ",
    "[[2026-11-02 Coffee with Dana]] ",
    "📞 2026-11-02 — ",
    "[x] ☕ 2026-11-03 ",
    "[ ] ",
    "[-] ",
    "DONE ",
    "TODO 2026-01-03 ",
    "<-> ",
    "",
]
PLAIN_LINES = [
    *(
        f"{indent}{bullet} {head}{text}"
        for indent in ("", "  ", "    ")
        for bullet in "-*+"
        for head in ITEM_HEADS[:4]
        for text in WORDS[:4]
    ),
    *(f"- {head}{text}" for head in ITEM_HEADS for text in WORDS),
    *WORDS,
    "2026-11-02 a paragraph that starts with a day",
    "### 2026",
    "### 📅 2026-09-01",
    "## 🧠 About",
    "## [[2026-11-02 Coffee with Dana]]",
    "## 2025",
    "### November 2026",
    "## 2026-10",
    "- Nov 3: coffee with [[Ann]]",
    "Oct 12 — she called",
    "- 3rd of March -> wrote",
    "- Feb 30 lunch",
    "From: Pat <pat@rocketly.io>",  # an email pasted under Notes: no fact, down to the next heading
    "Subject: Re: pilot",
    "## Notes",
    "**Birthday:** 1990-05-01",
    "- Company: Acme",
    "Note: she moved",
    "[[Jane]] opens a paragraph",
    "# Jane",
    "## Interactions",
    "## About",
    "### Interests",
    "- About",
    "  - Interests",
    "* **Family:**",
    "    - facts",
    "#",
    "",
    "   ",
    "\t",
    "  \t ",
    " \t\t",
]
BOUNDARY_LINES = [
    "`code` first",
    "\xa0nbsp first",
    "```",
    "~~~",
    "> quoted [[Jane]]",
    "> [!note] a callout",
    "<div>",
    "<!-- comment -->",
    "| who | what |",
    "| --- | --- |",
    "--- | ---",
    ":-: | -:",
    "---",
    "***",
    "___",
    "===",
    "1. ordered",
    "2) ordered",
    "[ref]: https://example.org",
    "    indented code",
    "\t- a tabbed item",
    "- ## Interests",
    "  - ### About",
    "  collapsed:: true",
    "\t- Family",
    "      - six spaces",
    "   - three spaces",
    "  text indented",
    "#hashtag line",
    "####### seven",
    "-   wide item",
    "- ",
    "-",
    "+1 to that",
    ":: colons",
    "*\tstar tab",
]

BLANKS = ["", "   ", "\t", "  \t ", " \t\t"]
"""Blank lines, drawn often: they open and close blocks."""
plain_line = st.sampled_from(PLAIN_LINES) | st.sampled_from(BLANKS)
plain_bodies = st.lists(plain_line, max_size=16)
mixed_bodies = st.lists(plain_line | st.sampled_from(BOUNDARY_LINES), max_size=16)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_bodies, st.booleans())
@example(["- a", "    - b", "  - c"], False)
@example(["- a", "     - b"], False)
@example(["- a", "  - b", "     - c", "      - d"], False)
@example(["- a", "lazy [[Jane]]", "  - b", "2026-01-01 lazy too"], True)
@example(["Para", "  - not nested"], False)
@example(["a [[x|y]]", ":--|--"], False)
def test_plain_blocks_agree_with_markdown_it_or_decline(lines: list[str], final_newline: bool) -> None:
    body = "\n".join(lines) + ("\n" if final_newline else "")
    fast = plain_blocks(body)
    if fast is not None:
        assert fast == markdown_blocks(body), body
        assert fast == scan_blocks(body), body
    assert parse_blocks(body) == markdown_blocks(body), body


@settings(max_examples=800, deadline=None)
@given(plain_bodies)
@example(["  \t ", "words"])
@example(["# Jane", " \t\t", "- 2026-01-01 x", "", "  - y"])
def test_plain_bodies_take_the_fast_path(lines: list[str]) -> None:
    """Headings, paragraphs and bullet items, nested two spaces a level, never fall back."""
    depth = 0
    paragraph = False
    for line in lines:  # a nested item under no item, or more than one level in, is not plain
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if stripped[:2] in ("- ", "* ", "+ "):
            if indent > 2 * depth:
                return
            depth, paragraph = indent // 2 + 1, True
        elif not stripped.strip():
            paragraph = False
        elif line[:1] == "#":
            depth, paragraph = 0, False
        elif not paragraph:
            depth, paragraph = 0, True
    body = "\n".join(lines)
    fast = plain_blocks(body)
    assert fast is not None, body
    assert fast == markdown_blocks(body), body


_ANY_LINE_NOT_PLAIN = re.compile(rf"^(?!{blocks_fast._PLAIN_LINE})", re.MULTILINE)


@settings(max_examples=1500, deadline=None)
@given(mixed_bodies, st.booleans())
@example(["- a", ""], True)
@example(["> q"], False)
def test_the_first_line_and_the_later_ones_are_tested_as_one_search_would(
    lines: list[str], final_newline: bool
) -> None:
    """`plain_blocks` tests the first line, then searches for a later one after its `\\n`: the
    same answer as one search for any line start whose line it does not read."""
    body = "\n".join(lines) + ("\n" if final_newline else "")
    apart = blocks_fast._NOT_PLAIN_FIRST.match(body) or blocks_fast._NOT_PLAIN_NEXT.search(body)
    assert bool(apart) == bool(_ANY_LINE_NOT_PLAIN.search(body)), body


@pytest.mark.parametrize("line", [line for line in BOUNDARY_LINES if line != "   - three spaces"])
def test_each_boundary_line_leaves_the_fast_path(line: str) -> None:
    body = f"# Jane\n- 2026-01-01 coffee with [[Ann]]\n{line}\n- 2026-01-02 called [[Bob]]\n"
    assert plain_blocks(body) is None
    assert parse_blocks(body) == markdown_blocks(body)


def _old_own_way(
    text: str,
    words: phrases.Table,
    base: str,
    names: tuple[str, ...] = (),
    links: Container[str] = (),
) -> str | None:
    template, targets = template_of(text, base)
    for index, target in enumerate(targets):
        if target_key(target) in links:
            template = template.replace(phrases.slot(index), phrases.slot(phrases.SELF))
    if names:
        template = _as_self(folded(template), names)
    return phrases.read_line(template, (), words, own=True).get(phrases.SELF)


def _old_strings(value: object) -> list[object]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in _old_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _old_strings(item)]
    return [value]


def _reference_placeholder(split: source.Split, meta: dict[str, object]) -> bool:
    if split.front is not None and has_placeholder(split.front):
        return True
    return any(isinstance(v, str) and DATE_MASK.match(v.strip()) for v in _old_strings(meta))


def reference_note(file: str, data: bytes, config: Config) -> Note:
    """The note by markdown-it-py, PyYAML, the full link template and a recursive walk."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse, "parse_blocks", markdown_blocks)
        patch.setattr(source, "read_flat", lambda front: None)
        patch.setattr("vaultnet.read.entries.own_way", _old_own_way)
        patch.setattr(parse, "_placeholder", _reference_placeholder)
        for reader in ("body", "body_fast"):  # as the reader calls it, and
            patch.setattr(f"vaultnet.read.{reader}.entry_head", days.read_entry_head)
        patch.setattr(days, "entry_head", days.read_entry_head)  # as the reading of days does
        patch.setattr(parse, "read_plain_body", _no_plain_body)
        return parse.parse_note(file, data, config)


def _no_plain_body(file: str, text: str, offset: int, base: str) -> None:
    """`body_fast.read_plain_body` declining every body: the note read by its blocks."""
    return None


def full_reader_note(file: str, data: bytes, config: Config) -> Note:
    """The note by today's full reader: blocks, then `read_body` (the fast paths that come
    before it, as in `parse_note`)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse, "read_plain_body", _no_plain_body)
        return parse.parse_note(file, data, config)


FRONT = [
    "name: Jane Doe",
    "aliases: [Jane, JD]",
    "tags: [person, work]",
    "tags:\n  - person\n  - friend",
    "cadence: 30d",
    "created: YYYY-MM-DD",
    "created: ' DD.MM.YYYY'",
    "dates: [[YYYY-MM-DD]]",
    "meta:\n  when: MM/DD",
    "partner: '[[Nick|Nicholas]]'",
    "direction: inbound",
    "type: meeting",
    "date: 2026-11-02",
    "interactions:\n  - date: 2026-11-02\n    text: coffee, she called\n  - '2026-11-03 -> wrote'",
]
FILES = ["People/Jane.md", "Jane.md", "Daily/2026-11-02.md", "Meetings/2026-11-02 Standup.md"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    file=st.sampled_from(FILES),
    front=st.none() | st.lists(st.sampled_from(FRONT), max_size=5, unique=True),
    lines=mixed_bodies | plain_bodies,
    crlf=st.booleans(),
    bom=st.booleans(),
)
@example(
    file="People/Jane.md",
    front=["name: Jane"],
    lines=["- 2026-01-01 she called [[Ann]]"],
    crlf=True,
    bom=True,
)
@example(file="People/Jane.md", front=None, lines=["- 2026-01-01 [[#Top]] coffee"], crlf=False, bom=False)
@example(file="People/Jane.md", front=["created: YYYY-MM-DD"], lines=[], crlf=False, bom=False)
@example(
    file="Daily/2026-11-02.md", front=None, lines=["- 2026-11-02 · | [[2026-11-01]]"], crlf=False, bom=False
)
@example(
    file="People/Jane.md",
    front=None,
    lines=[
        "## About",
        "### Family",
        "- two kids",
        "### Work",
        "- runs the lab",
        "#### Hobbies",
        "- climbing",
    ],
    crlf=False,
    bom=False,
)
@example(
    file="People/Jane.md",
    front=None,
    lines=["## Notes", "From: Pat <pat@rocketly.io>", "Subject: Re: pilot", "", "Best, Pat", "### Family",
           "- two kids", "### Work", "- runs the lab", "", "From: Pat", "Subject: Re: pilot", "### Work",
           "text at the margin"],
    crlf=False,
    bom=False,
)  # fmt: skip
def test_fast_paths_give_the_reference_note(
    file: str, front: list[str] | None, lines: list[str], crlf: bool, bom: bool
) -> None:
    text = "\n".join(lines)
    if front is not None:
        text = "---\n" + "\n".join(front) + "\n---\n" + text
    if crlf:
        text = text.replace("\n", "\r\n")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    config = Config()
    assert parse.parse_note(file, data, config) == reference_note(file, data, config)


OUTLINE_LINES = [
    "- About", "  - Interests", "    - Family", "- likes tea", "  - climbing", "    - a sister",
    "* **Facts:**", "- ## Interests", "\t- Facts", "\t\t- tea", "## About", "### Notes",
    "text at the margin", "", "  collapsed:: true", "- [ ] ask", "  - 2026-11-02 coffee",
]  # fmt: skip
"""Outlines (`- About` over its facts, as Logseq writes one) and headings, where sections open and
end: drawn from a few lines, so that the rare orders come up."""


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(OUTLINE_LINES), max_size=12))
def test_sections_of_outlines_read_as_the_reference_reads_them(lines: list[str]) -> None:
    data = ("---\ntags: [person]\n---\n" + "\n".join(lines)).encode()
    assert parse.parse_note("People/Jane.md", data, Config()) == reference_note(
        "People/Jane.md", data, Config()
    )


HEAD_PARTS = [
    "2026-11-02", "2026-02-30", "[[2026-11-02]]", "Nov 2nd, 2026", "2 Nov 2026", " ", "  ", "\t",
    "\xa0", "·", ":", "—", "–", "|", ",", "-", "->", "<-", "<->", "<-->", "→", "←", "↔", "**",
    "<—", "—>", "<—>", "<–", "–>", "<–>", "—-",
    "Nov 2, 2026", "November 2nd, 2026", "Mar", "Sept.", "2,", "2026/11/2", "2026.11.02", "2026/02/30",
    "_", "*", "(Sat)", "Sat", "Monday", "14:30", "2:30 pm", ", 10am", "T09:00", "lunch", "with", "[[Ann]]",
    "#tag", "7", "x", "[", "]", "(", ")", "<", ">", "(x.md)", "Mon ", "[[2 Nov 2026]]", "Nov 2 2026",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(HEAD_PARTS), max_size=8).map("".join))
@example("2026-11-02 · lunch")
@example("2026-11-02 · -> called")
@example("2026-11-02 ·  \xa0lunch")
@example("2026-11-02, Sat: lunch")
@example("2026-02-30: lunch")
@example("2026-11-02 -> called")
@example("2026-11-02: <-> lunch")
@example("2026-11-02 - -> called")
@example("2026-11-02 --> called")
@example("2026-11-02 —> called")
@example("2026-11-02: —> called")
@example("2026-11-02->called")
@example("2026-11-02 · | [[2026-11-01]]")
@example("2026-11-02 -> [[2026-11-01]] | [[2026-11-03]]")
def test_an_entry_head_reads_as_the_entry_regex_reads_it(head: str) -> None:
    """The commonest heads (`2026-11-02 · `, `2026-11-02 -> `) have regexes of their own: the
    same day, mark and text."""
    assert days.entry_head(head) == days.read_entry_head(head)


@pytest.mark.parametrize("text", [line for line in WORDS if "[[" in line or "](" in line])
def test_own_words_read_from_the_cheap_template_as_from_the_full_one(text: str) -> None:
    words = phrases.table()
    for base in ("", "People"):
        for names in ((), ("jane doe", "jane")):
            for links in (frozenset(), frozenset(("jane doe", "ann", "fay", "carol", "hal"))):
                assert own_way(text, words, base, names, links) == _old_own_way(
                    text, words, base, names, links
                )


def test_a_phrase_without_a_slot_still_reads_a_line_without_links() -> None:
    """Only phrases with `X` are skipped on a line that names no one."""
    words = phrases.table((("inbound", ("rief an",)),))
    assert phrases.read_line("sie rief an", (), words, own=True) == {phrases.SELF: "inbound"}
    assert phrases.read_line("she called", (), words, own=True) == {phrases.SELF: "inbound"}
    assert phrases.read_line("it was called back", (), words, own=True) == {}
    assert phrases.read_line("called back", (), words, own=True) == {
        phrases.SELF: "outbound"
    }  # a diary's "I"


def _reference_split(text: str) -> source.Split:
    """Front matter found line by line, as `split_front_matter` did before its regex."""
    if not text.startswith("---"):
        return source.Split(None, text, 0)
    first_end = text.find("\n")
    if first_end < 0 or text[3:first_end].strip():
        return source.Split(None, text, 0)
    pos, line = first_end + 1, 1
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].rstrip() in ("---", "..."):
            return source.Split(text[first_end + 1 : pos], text[end + 1 :], line + 1)
        pos, line = end + 1, line + 1
    return source.Split(None, text, 0)


FRONT_PARTS = [
    "---",
    "...",
    "--- ",
    "----",
    " ---",
    "a: b",
    "",
    "\t",
    "\xa0",
    ".. .",
    "x",
    "\r",
    "\x0b",
    "\u2028",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(FRONT_PARTS), max_size=12), st.sampled_from(["", "\n"]))
def test_front_matter_is_split_as_line_by_line(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    assert source.split_front_matter(text) == _reference_split(text)


def _reference_word(token: str) -> str:
    """`words._word` as it was: the word boundary before the word tested first."""
    pattern = re.escape(token.lower())
    if token[0].isalnum() or token[0] == "_":
        pattern = r"(?<!\w)" + pattern
    if token[-1].isalnum() or token[-1] == "_":
        pattern += r"(?!\w)"
    return pattern


def _reference_table(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> phrases.Table:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrases, "_word", _reference_word)
        return phrases.table.__wrapped__(extra)


PHRASE_WORDS = sorted(
    {
        word
        for kind in (phrases.INBOUND, phrases.OUTBOUND, phrases.MUTUAL, phrases.MENTION)
        for p in kind
        for word in p.split()
    }
    - {"X", "…"}
)
TOKENS = [*PHRASE_WORDS, *phrases.PRONOUNS, "The", "sHe", "hey", "e-mail", "rief", "an", ",", "&", "·", "-"]
FOCUS = [
    "thanked",
    "sent",
    "a",
    "to",
    "met",
    "with",
    "and",
    "i",
    "called",
    "me",
    "h/t",
    "from",
    "rief",
    "an",
    "she",
    "they",
]
"""A few phrases' words, so that one line often holds a phrase twice, once glued to a word."""
EXTRA = (("inbound", ("rief an",)), ("outbound", ("X angerufen", "e-mailed … to X")))


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(TOKENS)
        | st.sampled_from(FOCUS)
        | st.sampled_from(FOCUS).map(lambda word: "x" + word)
        | st.integers(-1, 2).map(phrases.slot),
        max_size=12,
    ),
    st.sampled_from([" ", "", "  "]),
    st.booleans(),
    st.booleans(),
)
def test_phrases_read_a_line_as_with_the_boundary_first(
    tokens: list[str], joiner: str, own: bool, extra: bool
) -> None:
    """Phrase regexes test the word boundary after the word (so they search for its literal): the
    same answers as with the boundary tested first, pronouns and added phrases included."""
    added = EXTRA if extra else ()
    template = joiner.join(tokens)
    slots = tuple(sorted({int(n) for n in re.findall(r"\ue000(-?\d+)\ue001", template)} - {phrases.SELF}))
    fast = phrases._read_line.__wrapped__(template, slots, phrases.table(added), own)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrases, "_PRONOUN", re.compile(rf"(?<!\w)(?:{'|'.join(phrases.PRONOUNS)})(?!\w)"))
        slow = phrases._read_line.__wrapped__(template, slots, _reference_table(added), own)
    assert fast == slow, template


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(TOKENS)
        | st.sampled_from(FOCUS)
        | st.text(max_size=4)
        | st.integers(-1, 2).map(phrases.slot),
        max_size=12,
    ).map(" ".join),
    st.booleans(),
    st.booleans(),
)
@example("called-back reached_out über them'd they", True, True)
def test_phrases_filed_under_a_word_read_a_line_as_every_phrase_tried(
    template: str, own: bool, extra: bool
) -> None:
    """A line is tried only against the phrases filed under its words, and of those only the
    ones whose every word it holds: the same answers as trying every phrase of the table on
    every line."""
    table = phrases.table(EXTRA if extra else ())
    every = _EveryPhrase(
        {"": tuple(p for ps in table.by_word.values() for p in ps)}, table.opening, frozenset(), table.owned
    )
    assert every.filed("") == tuple(
        (*p[:3], frozenset()) for word in table.by_word for p in table.filed(word)
    )
    slots = tuple(sorted({int(n) for n in re.findall(r"\ue000(-?\d+)\ue001", template)} - {phrases.SELF}))
    fast = phrases._read_line.__wrapped__(template, slots, table, own)
    assert fast == phrases._read_line.__wrapped__(template, slots, every, own), template


class _EveryPhrase(phrases.Table):
    """A table whose phrases say they need no word: each is tried on every line."""

    def filed(self, word: str) -> tuple[phrases.Phrase, ...]:
        return tuple((*phrase[:3], frozenset()) for phrase in super().filed(word))


OPENING_WORDS = sorted(
    {word for said in (phrases.MEETING_WORDS, *phrases.OPENINGS.values()) for p in said for word in p.split()}
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(OPENING_WORDS)
        | st.sampled_from(["-", "**", "e", "1", "up", "quick", "another"])
        | st.integers(-1, 1).map(phrases.slot)
        | st.integers(-1, 1).map(lambda i: phrases.slot(i) + "'s"),
        max_size=5,
    ).map(" ".join),
    st.sampled_from(["", " ", "- ", "**", ":"]),
)
@example("e-mailed her", "")
@example("met up", "- ")
@example("got 1:1", "")
def test_openings_filed_under_their_first_word_answer_as_all_of_them_tried(text: str, lead: str) -> None:
    """An entry's opening is tried only against the openings filed under its first word: no
    opening filed under another word matches it. After a word of a meeting's kind (`quick
    call`), a verb that takes one (`got`) or whose it was (`her`), only a meeting or what was
    done together (`quick catch up`) is an opening."""
    table = phrases.table()

    def tried(text: str) -> str | None:
        matched = {found.lastgroup for source in table.opening.values() if (found := re.match(source, text))}
        assert len(matched) <= 1, text
        if matched:
            return matched.pop()
        first = re.match(r"\W*(\w+)", text)
        whose = re.match(r"\W*#?\ue000-?\d+\ue001['’]s(?!\w)", text)  # `her wedding`
        before = first if first and first[1] in phrases.NOUN_KINDS else phrases._TAKEN.match(text) or whose
        if before:
            rest = tried(text[before.end() :])
            return rest if rest in ("meeting", "mutual") else None
        return None

    text = (lead + text).lower()
    assert table.opened(text) == tried(text), text


LINK_PARTS = [
    "[[",
    "]]",
    "[",
    "]",
    "!",
    "a",
    " ",
    "|",
    "#",
    "^",
    ".md",
    "x y",
    "(",
    ")",
    "](",
    "\t",
    "é",
    "\n",
    "\\",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(LINK_PARTS), max_size=16).map("".join))
def test_links_of_a_line_as_the_link_regex_finds_them(line: str) -> None:
    """A line with wikilinks only is read by one regex: the same targets as `_ANY_LINK`'s."""
    reference = [t for m in _any_link.finditer(line) if not m[1] and (t := _target(m, "People"))]
    assert links_in(line, "People") == reference


LOG_LINES = [
    "2026-11-02 · coffee · they reached out · asked about [[Bob Li|Bob]]",
    "2026-11-03: lunch with [[Ann]] #broadcast",
    "2026-11-04 — she called #Work #work",
    "2026-11-05 | walk | [[Ann]] and [[Ann]]",
    "2026-11-06 · ",
    "2026-11-07 ·",
    "2026-11-08 ·\xa0drinks",
    "2026-11-09 ·  ·  drinks",
    "2026-02-30 · no such day",
    "2026-11-10 -> called [[Carl]]",
    "2026-11-11 · <- wrote",
    "[[2026-11-12]] · met [[Dee]]",
    "**2026-11-13** · lunch",
    "Nov 14th, 2026 · tea",
    "[x] 2026-11-15 · done with [[Eve]]",
    "[ ] ask [[Fay]] about the move",
    "[-] 2026-11-16 · cancelled",
    "[ ]",
    "TODO 2026-11-17 call",
    "11/01/2026 · a day to guess",
    "Nov 28: a day of no year",
    "3 Oct - <- a day of no year",
    "May 5th was her wedding",
    "2026 was a good year",
    "Vegetarian",
    "Partner: [[Nick|Nicholas]]",
    "loves #climbing and [site](../Places/Lisbon.md)",
    "| a cell",
]
PERSON_LINES = [
    *(f"{indent}{bullet} {text}" for indent in ("", "  ", "    ") for bullet in "-*" for text in LOG_LINES),
    "## Interactions",
    "## About",
    "### Interests",
    "# Interests",
    "## Follow-ups",
    "## Notes",
    "**Interests:**",
    "Family:",
    "**Skills:**",
    "### Nov 28",
    "## 2026-11-18 · a heading that is an entry",
    "## 2026-02-31 · a heading whose day is none",
    "#broadcast",
    "#person #friend",
    "We met at [[Acme]]'s party #work",
    "a second line of the paragraph",
    "2026-11-20 — coffee at Nopa, a log line of text",
    "**Nov 3, 2026** he texted",
    "11/20/2026 lunch",
    "- [x] sent the deck ✅ 2026-11-20",
    "- ",
    "  text",
    "1. ordered",
    "> quoted",
]
person_bodies = st.lists(
    st.sampled_from(PERSON_LINES) | st.sampled_from(BLANKS) | st.sampled_from(PLAIN_LINES), max_size=18
)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(person_bodies, st.booleans(), st.integers(0, 9), st.sampled_from(["", "People", "a/b"]))
@example(["## About", "- Vegetarian", "- [ ] ask [[Fay]]", "### Interests", "- loves #climbing"], True, 4, "")
@example(["- 2026-11-02 · x", "  - 2026-11-03 · y", "lazy [[Jane]]"], False, 0, "")
@example(["Para", "- 2026-11-02 · x", "", "after [[Ann]]"], True, 0, "People")
@example(["## Notes", "### Nov 28", "- Nov 28: x", "## Log", "### Nov 28", "- Nov 28: x"], True, 0, "")
@example(["**Interests:**", "- chess", "", "- go", "Family:", "", "  - Ana"], True, 0, "")
@example(["**Interests:**", "", "- chess", "", "**Skills:**", "", "- maps"], True, 0, "")
def test_the_plain_body_reads_as_the_blocks_do(lines: list[str], final: bool, offset: int, base: str) -> None:
    """`read_plain_body` gives `read_body`'s reading of `parse_blocks`' blocks, or declines."""
    text = "\n".join(lines) + ("\n" if final else "")
    plain = read_plain_body("People/Jane.md", text, offset, base)
    if plain is not None:
        assert plain == read_body("People/Jane.md", parse_blocks(text), offset, False, base), text


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    file=st.sampled_from([*FILES, "Projects/Trip.md"]),
    front=st.none()
    | st.lists(st.sampled_from([*FRONT, "tags: [broadcast]", "aliases: [Jay]"]), max_size=4, unique=True),
    lines=person_bodies,
)
def test_a_note_read_by_its_plain_body_is_the_full_readers(
    file: str, front: list[str] | None, lines: list[str]
) -> None:
    """Field for field, whatever the note turns out to be (a person, a dated note, another)."""
    text = "\n".join(lines)
    if front is not None:
        text = "---\n" + "\n".join(front) + "\n---\n" + text
    data = text.encode("utf-8")
    assert parse.parse_note(file, data, Config()) == full_reader_note(file, data, Config())


def test_plain_person_notes_take_the_plain_body() -> None:
    """The commonest person note (sections, a log, follow-ups nested under an item) is read
    without blocks: the path the tests above hold to the full reader is the one taken."""
    body = (
        "# Amber Robinson\n\nWe usually meet for coffee.\n\n## Interactions\n\n"
        "- 2012-10-27 · voice note · I reached out · side projects; they mentioned [[Sarah Fairdale|Sarah]]\n"
        "- 2013-03-31 · walk · I reached out · they asked about [[Dorothy Wyndhurst]]\n\n"
        "## Follow-ups\n\n- [ ] todo: intro to [[Martha Ingdale]]\n- open questions\n  - they owe me a book\n"
    )
    plain = read_plain_body("people/Amber Robinson.md", body, 12, "people")
    assert plain is not None and len(plain.entries) == 2 and len(plain.follow_ups) == 1
    assert plain == read_body("people/Amber Robinson.md", parse_blocks(body), 12, False, "people")


@pytest.mark.parametrize("folder", ["example_vault", "realworld", "spec/examples", "spec/examples-v2"])
def test_every_note_at_hand_reads_as_by_the_full_reader(folder: str) -> None:
    """The repo's example vault (with its config), the real notes and the spec's examples."""
    if folder == "example_vault":
        root = Path(__file__).resolve().parents[1] / "example_vault"
    else:
        root = shared_path(*folder.split("/"))
    files = sorted(p for p in root.rglob("*.md") if "_vaultnet" not in p.parts)
    config = load_config(root)
    for path in files:
        file, data = path.relative_to(root).as_posix(), path.read_bytes()
        assert parse.parse_note(file, data, config) == full_reader_note(file, data, config), file
    assert files


MENTION_FIELDS = st.tuples(
    st.dates(),
    st.sampled_from(["outbound", "inbound", "mutual", "unknown"]),
    st.integers(0, 10**6),
    st.text(max_size=8),
    st.lists(st.text(max_size=4), max_size=3).map(tuple),
    st.booleans(),
    st.lists(st.text(max_size=4), max_size=3).map(tuple),
    st.booleans(),
    st.booleans(),
)


@given(MENTION_FIELDS)
def test_a_mention_made_by_its_slots_is_the_one_made_by_init(values: tuple[object, ...]) -> None:
    """`model.new_mention` sets every field `Mention` has: equal, hashed and shown alike."""
    made = model.new_mention(*values)  # type: ignore[arg-type]
    reference = Mention(*values)  # type: ignore[arg-type]
    assert made == reference and hash(made) == hash(reference) and repr(made) == repr(reference)
    assert len(model._MENTION_SLOTS) == len(dataclasses.fields(Mention))


CONTACT_FIELDS = st.tuples(
    st.dates(),
    st.sampled_from(["outbound", "inbound", "mutual", "unknown"]),
    st.text(max_size=8),
    st.integers(0, 10**6),
    st.text(max_size=8),
    st.booleans(),
)


@given(CONTACT_FIELDS)
def test_a_contact_made_by_its_slots_is_the_one_made_by_init(values: tuple[object, ...]) -> None:
    """`model.new_contact` sets every field `Contact` has: equal, hashed and shown alike."""
    made = model.new_contact(*values)  # type: ignore[arg-type]
    reference = model.Contact(*values)  # type: ignore[arg-type]
    assert made == reference and hash(made) == hash(reference) and repr(made) == repr(reference)
    assert len(model._CONTACT_SLOTS) == len(dataclasses.fields(model.Contact))


@pytest.mark.slow
def test_every_note_of_the_shared_10k_vault_reads_as_by_the_full_reader(tmp_path: Path) -> None:
    """The vault the cold-build target is judged on (`make_vault.py --people 10000 --seed 1`):
    each note by the plain body, field for field the full reader's, and most take that path."""
    out = tmp_path / "vault"
    script = shared_path("bench", "make_vault.py")
    args = [sys.executable, str(script), "--people", "10000", "--seed", "1", "--out", str(out)]
    subprocess.run(args, check=True, capture_output=True)
    config = load_config(out)
    files = sorted(p for p in out.rglob("*.md") if "_vaultnet" not in p.parts)
    plain = 0
    for path in files:
        file, data = path.relative_to(out).as_posix(), path.read_bytes()
        assert parse.parse_note(file, data, config) == full_reader_note(file, data, config), file
        split = source.split_front_matter(source.decode(file, data).text)
        plain += read_plain_body(file, split.body, split.body_line, "people") is not None
    assert len(files) >= 10000 and plain > 0.9 * len(files)
