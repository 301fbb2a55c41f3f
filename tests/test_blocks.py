from __future__ import annotations

from vaultnet.read.blocks import CALLOUT_LEVEL, markdown_blocks
from vaultnet.read.blocks_fast import parse_blocks


def kinds(body: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse_blocks(body)]


def test_items_headings_paragraphs_and_rows() -> None:
    body = "# Title\n\n- one\n  - two\n\nplain text\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
    assert kinds(body) == [
        ("heading", "Title"),
        ("item", "one"),
        ("item", "two"),
        ("paragraph", "plain text"),
        ("row", "| a | b |"),
        ("row", "| 1 | 2 |"),
    ]


def test_code_quotes_and_html_are_dropped() -> None:
    body = (
        "```\n- fenced\n```\n\n    - indented code\n\n> - quoted\n\n"
        "> [!quote] a callout of a quote\n> - inside\n\n> [!CITE]\n> - inside\n\n"
        "<!--\n- comment\n-->\n\n<div>\n- html\n</div>\n"
    )
    assert kinds(body) == []


def test_a_callout_is_read_as_its_lines_under_its_title() -> None:
    """`> [!note] Lunch with [[Bo]]`: the owner's words, in a quote's clothes. Its title is a
    heading below every heading, and its end one of no words, so what its title opens (`About`,
    `Meetings`) ends with it; a quote inside it is still a quote."""
    body = (
        "## Notes\n> [!note]- Lunch with [[Bo]]\n> he told me\n> - 2026-11-02 call\n> > quoted\n\n"
        "after\n> [!info]\n> | a | b |\n"
    )
    blocks = parse_blocks(body)
    assert [(b.kind, b.level, b.lines) for b in blocks] == [
        ("heading", 2, ((0, "Notes"),)),
        ("heading", CALLOUT_LEVEL, ((1, "Lunch with [[Bo]]"),)),
        ("paragraph", 0, ((2, "he told me"),)),
        ("item", 1, ((3, "2026-11-02 call"),)),
        ("heading", CALLOUT_LEVEL, ((4, ""),)),
        ("paragraph", 0, ((6, "after"),)),
        ("heading", CALLOUT_LEVEL, ((7, ""),)),
        ("row", 0, ((8, "| a | b |"),)),
        ("heading", CALLOUT_LEVEL, ((8, ""),)),
    ]


def test_task_state_and_nesting_and_line_numbers() -> None:
    blocks = parse_blocks("intro\n\n- [x] done\n- [ ] open\n  - [-] cancelled\n- [X]\n")
    items = [(b.task, b.level, b.lines[0][0]) for b in blocks if b.kind == "item"]
    assert items == [("x", 1, 2), (" ", 1, 3), ("-", 2, 4), ("X", 1, 5)]


def test_later_paragraphs_of_an_item_keep_its_task_but_are_not_first() -> None:
    blocks = parse_blocks("- [ ] call Ann\n\n  about the trip\n")
    assert [(b.kind, b.task, b.first) for b in blocks] == [("item", " ", True), ("paragraph", " ", False)]


def test_setext_heading_and_multiline_paragraph() -> None:
    blocks = parse_blocks("About\n-----\nline one\nline two\n")
    assert blocks[0].kind == "heading" and blocks[0].level == 2
    assert blocks[1].lines == ((2, "line one"), (3, "line two"))


def test_lines_starting_with_a_pipe_are_rows_without_a_delimiter_row() -> None:
    """Real vaults write log tables with no delimiter row (docs/format.md): each `|` line is a
    row, also after an item's first line, and the lines after a row go with it."""
    body = "| 1 | a |\n| 2 | b |\nmore on b\n\n- item\n| 3 | c |\n\ntext\n| 4 | d |\n"
    assert [(b.kind, b.lines) for b in parse_blocks(body)] == [
        ("row", ((0, "| 1 | a |"),)),
        ("row", ((1, "| 2 | b |"), (2, "more on b"))),
        ("item", ((4, "item"),)),
        ("row", ((5, "| 3 | c |"),)),
        ("paragraph", ((7, "text"),)),
        ("row", ((8, "| 4 | d |"),)),
    ]
    assert parse_blocks(body) == markdown_blocks(body)


def test_a_tables_header_row_is_marked_by_both_readers() -> None:
    """The row over a delimiter row is a header, in a table or in a paragraph CommonMark does
    not read as one (its delimiter row has a cell too many); the rows under it are not."""
    body = "| a | b |\n|---|---|\n| 1 | 2 |\n\ntext\n| c | d |\n|---|---|---|\n| 3 | 4 |\n"
    blocks = parse_blocks(body)
    assert [(b.lines[0][1], b.header) for b in blocks if b.kind == "row"] == [
        ("| a | b |", True),
        ("| 1 | 2 |", False),
        ("| c | d |", True),
        ("|---|---|---|", False),
        ("| 3 | 4 |", False),
    ]
    assert blocks == markdown_blocks(body)


def test_an_obsidian_comment_across_lines_is_dropped_as_a_multiline_html_comment_is() -> None:
    """Obsidian hides all between `%%` and `%%`; in code (Mermaid's `%%`) and never closed, `%%`
    hides nothing."""
    body = (
        "- kept %% hidden\n- 2026-11-12 hidden\n%% after\n\n%%\n- 2026-11-13 hidden\n%%\n"
        "```mermaid\n%% mermaid comment\n```\n- 2026-11-14 kept\n\nstray %%\n- 2026-11-15 kept\n"
    )
    assert kinds(body) == [
        ("item", "kept"),
        ("paragraph", "after"),
        ("item", "2026-11-14 kept"),
        ("paragraph", "stray %%"),
        ("item", "2026-11-15 kept"),
    ]
    assert parse_blocks(body) == markdown_blocks(body)


def test_an_ordered_items_number_that_makes_a_day_is_its_text() -> None:
    """`3. Oktober 2026: Anruf`, as German writes a day, is to Markdown the third item of a list
    (`Oktober 2026: Anruf`): the number is kept as the start of its text, by both readers. A list
    counted so (`2. Oktober ist Feiertag`, `3) März 2026`) keeps its count apart."""
    body = (
        "- 3. Oktober 2026: <- Anruf\n  1. Mai 2026 — Karte\n\n14. März 2026: Essen\n\n"
        "2. Oktober ist Feiertag\n\n3) März 2026\n\n[1]. Juni 2026\n"
    )
    items = [b.text for b in parse_blocks(body) if b.kind == "item"]
    assert items == [
        "3. Oktober 2026: <- Anruf", "1. Mai 2026 — Karte", "14. März 2026: Essen",
        "Oktober ist Feiertag", "März 2026",
    ]  # fmt: skip
    assert [b.level for b in parse_blocks(body) if b.kind == "item"][:2] == [
        1,
        2,
    ]  # the day opens the bullet's item
    assert parse_blocks(body) == markdown_blocks(body)
