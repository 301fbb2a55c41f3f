"""A note's body → the blocks that can carry meaning: list items, headings, paragraphs, table rows.

Code, block quotes and HTML blocks are dropped here, so nothing after this step can mistake
their content for an entry or a link. An Obsidian callout is the owner's own writing in a
quote's clothes: it is read as its lines are, its title as a heading (`CALLOUT_LEVEL`); a
callout of a quote (`> [!quote]`, `> [!cite]`) is a quote. markdown-it-py decides the block
structure, exactly as CommonMark does; `blocks_fast` gives the same blocks faster for the
notes it can read, and hands every other note to markdown-it-py.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from vaultnet.convert import MONTH_END, any_month_name
from vaultnet.fields import FIELDS
from vaultnet.patterns import lazy_pattern

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

BlockKind = Literal["item", "heading", "paragraph", "row"]


class Block(NamedTuple):
    """One block of text that vaultnet reads, with the lines it came from. (A named tuple: a
    note makes a block for each of its items and paragraphs, and a tuple is made in half the
    time of a frozen dataclass.)"""

    kind: BlockKind
    lines: tuple[tuple[int, str], ...]
    """(0-based line in the body, text) pairs; list markers and `#`s already removed."""
    task: str | None = None
    """For an item and its paragraphs: the character inside `[ ]`, or None when not a task."""
    level: int = 0
    """Heading level (1-6), or the nesting depth of a list item (1 = top level)."""
    first: bool = True
    """False for the later paragraphs of a list item."""
    depth: int = 0
    """For a heading, the nesting depth of the list item it is written in (`- ## About`, as
    Logseq writes headings), 0 at the margin."""
    header: bool = False
    """For a row: a table's header row, over its delimiter row; its cells name columns (`| Name
    | Company |`), so it is never a field."""

    @property
    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Only the block structure matters: inline parsing would rewrite [[links]] and #tags.
    return MarkdownIt("commonmark").enable("table").disable("inline")


def heading_words(text: str) -> str:
    """A heading's words, without its `#`s (`## Log ##` is `Log`)."""
    return text.strip().strip("#").strip()


def section_name(text: str) -> str:
    """A heading's words as the name of the section it opens (`undressed`): `## 🧠 About`,
    `## **Family**`, `## Interests:` name `about`, `family`, `interests`."""
    return undressed(heading_words(text))


def undressed(words: str) -> str:
    """Words as a section's name, in lower case, without the emoji and marks a template dresses
    them in (`🧠 About`, `**Family:**`)."""
    if words[:1].isalnum() and words[-1:].isalnum():  # nearly every one: nothing around them
        return words.lower()
    return _DRESSING.sub("", words).lower()


EMOJI = "\u00a9\u00ae\u200d\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
"""Emoji and pictographs, with the joiner and the variation selector they are built with: the
inside of a character class."""
_DRESSING = lazy_pattern(rf"^[\s*_:{EMOJI}]+|[\s*_:{EMOJI}]+$")


def split_task(text: str) -> tuple[str | None, str]:
    if len(text) >= 3 and text[0] == "[" and text[2] == "]" and (len(text) == 3 or text[3] in " \t"):
        return text[1], text[4:]
    return None, text


def rows_apart(block: Block) -> list[Block]:
    """A paragraph (or an item's text past its first line) holding lines that start with `|`:
    each such line a table row of its own, with the lines after it up to the next one. Real
    vaults write log tables with no delimiter row, which CommonMark reads as one paragraph
    (docs/format.md). Both block readers call it, so they stay equal."""
    lines = block.lines
    cuts = [n for n in range(1 if block.kind == "item" else 0, len(lines)) if lines[n][1].lstrip()[:1] == "|"]
    if not cuts:
        return [block]
    parts = [block._replace(lines=lines[: cuts[0]])] if cuts[0] else []
    for start, end in zip(cuts, [*cuts[1:], len(lines)], strict=True):
        line, text = lines[start]
        header = end == start + 1 < len(lines) and DELIMITER_ROW.match(lines[end][1]) is not None
        parts.append(Block("row", ((line, text.strip()), *lines[start + 1 : end]), header=header))
    return parts


DELIMITER_ROW = lazy_pattern(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
"""A table's delimiter row (`|---|:--|`), under its header."""


def table_cells(row: str) -> list[str]:
    """A table row's cells, each stripped (a `\\|` inside a cell is the cell's)."""
    return [cell.strip() for cell in _CELL_BAR.split(row.strip().strip("|"))]


_CELL_BAR = lazy_pattern(r"(?<!\\)\|")

WHO_COLUMNS = frozenset(key.replace("_", " ") for key in FIELDS["direction"])
"""A table column of who started each contact, by its header (`| Date | Initiated by | Notes |`):
named as a front-matter key of it is."""
WHO_ALONE = "who"
"""A column headed `Who` alone, which may list who was there: its cells tell who started the
contact only in the words of `WHO_WORDS` (`Me`, `Them`, `Both`), never by a name."""

ARROWS: dict[str, str] = {
    "->": "->", "→": "->", "➡": "->", "➡\ufe0f": "->", "—>": "->", "–>": "->",
    "<-": "<-", "←": "<-", "⬅": "<-", "⬅\ufe0f": "<-", "<—": "<-", "<–": "<-",
    "<->": "<->", "<-->": "<->", "↔": "<->", "↔\ufe0f": "<->", "<—>": "<->", "<–>": "<->",
}  # fmt: skip
"""Every mark of who started a contact (spec 1.4), each as its ASCII arrow: `<-->` is `<->` drawn
long, a phone's emoji arrows are marks too (`➡️`, `⬅️`, `↔️`, each with the U+FE0F that asks
for its emoji form, or without), and so are the arrows smart punctuation (iOS, macOS) leaves of
`<--`, `-->` and `<-->` as they are typed: `<—`, `—>`, `<—>` (an en dash as well). Read after an
entry's day, at the start of a line, and in a table's column of who started each contact."""

WHO_WORDS: dict[str, str] = {
    **ARROWS,
    **dict.fromkeys(("me", "i", "myself", "out", "outbound", "outgoing"), "->"),
    **dict.fromkeys(("them", "they", "she", "he", "her", "him", "in", "inbound", "incoming"), "<-"),
    **dict.fromkeys(("both", "mutual", "we", "us", "together", "both of us", "each other"), "<->"),
}
"""What a cell of that column says, as the mark it means."""


def column_name(cell: str) -> str:
    """A header cell as `WHO_COLUMNS` (and the log's other columns) name it: `**Who started?**`
    is `who started`. (A cell under it, so read, is what it says: `Me` is `me`.)"""
    return cell.strip("*_ ").rstrip("?").lower()


_NOBODY = frozenset(("", "-", "?", "unknown", "n/a", "na", "none", "not sure"))

ATTENDANCE_COLUMNS = frozenset((
    "coming", "attending", "attended", "attendance", "rsvp", "rsvp status", "going", "present", "showed up",
    "can come", "can make it",
))  # fmt: skip
"""A sign-up table's column of whether each person came, or will (`| Name | Slot | Coming? |`), by
its header: a no there (`words.not_coming`) is someone named, not met. Not `Status` or
`Confirmed`, which as often say where a deal or an order stands (`| [[Bo]] | renewal | No |`)."""

DAY_COLUMNS = frozenset(("date", "day", "when"))
"""A table column of each contact's day, by its header (`| Type | Date | Notes |`)."""


def rows_as_read(blocks: list[Block]) -> list[Block]:
    """The rows of a log kept as a table, each as the entry reader reads a row: its day first and
    the mark of who started it after the day. A header names the column of days when it is not
    the first (`| Type | Date | Notes |`, `DAY_COLUMNS`) and a column of who started each contact
    (`| Date | Initiated by | Notes |`, `WHO_COLUMNS`): `| Call | 2026-11-20 | Me | x |` under
    both is read `| 2026-11-20 | -> | Call | x |`. A cell of anyone else in that column (`Dana`) is
    them: in a person's log, who else could it be (but under `Who` alone: `WHO_ALONE`). A row that
    holds a mark already, or a cell that says nothing (blank, `?`, a link), keeps its mark as
    written. The header holds for the rows under it, up to the first line that is none."""
    days = who = None  # the table's columns, by index, of the days (when not first) and of who
    anyone = True
    read = list(blocks)
    next_row = -1  # the line a row of the same table would be on (past a delimiter row after its header)
    for at, block in enumerate(blocks):
        if block.kind != "row":
            days = who = None
            continue
        (line, text), *rest = block.lines
        if line > next_row:
            days = who = None
        next_row = line + 1 + len(rest)
        cells = table_cells(text)
        named = list(map(column_name, cells))
        heads = [n for n, name in enumerate(named) if name in WHO_COLUMNS or name == WHO_ALONE]
        if heads or block.header:
            days = next((n for n, name in enumerate(named) if name in DAY_COLUMNS), 0) or None
            who = heads[0] if heads else None
            anyone = who is None or named[who] != WHO_ALONE  # a name in the column is them
            next_row += 1
            continue
        first = days if days is not None and days < len(cells) else 0
        mark = _mark_in(named, who, anyone) if who and who < len(cells) else None
        if mark is not None and any(map(_marked.search, cells)):
            mark = None
        if not first and mark is None:
            continue
        moved = (first, who) if mark is not None else (first,)
        cells = [cells[first], *([mark] if mark else []), *(c for n, c in enumerate(cells) if n not in moved)]
        read[at] = block._replace(lines=((line, f"| {' | '.join(cells)} |"), *rest))
    return read


def _mark_in(named: list[str], who: int, anyone: bool) -> str | None:
    """The mark a row's cell in the column of who started it means (`named`: the row's cells as
    `column_name` gives them); None for a cell that says nothing."""
    said = named[who]
    if said in _NOBODY or "[[" in said or "](" in said or not (anyone or said in WHO_WORDS):
        return None
    return WHO_WORDS.get(said, "<-")


_marked = lazy_pattern("^(?:<(?:-{1,2}|[—–])>?|(?:-{1,2}|[—–])>|[→←↔➡⬅]\ufe0f?)(?!\\S)")
"""A cell that opens with a mark (`-> call`)."""


_FENCE = lazy_pattern(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = lazy_pattern(r"`[^`\n]*`")


def without_comment_blocks(body: str) -> str:
    """`body` with each Obsidian comment that spans lines (`%%` ... `%%`) cut out, its lines
    kept blank, each Templater command left unrun that does (`<%*` ... `%>`, a script: what
    a template meant to write, not what the owner wrote), and each block of math (`$$` lines:
    `without_math`). CommonMark knows none of them, so both block readers call this first and
    stay equal; a multi-line `<!-- -->` is an HTML block, which they drop already. A comment on
    one line is left to the line's reader. Any of them in code (a Mermaid comment) opens nothing,
    and one never closed hides nothing: a stray `%%` must not swallow the rest of a note."""
    for opening, closing in _HIDDEN:
        if opening in body:
            body = _without_spans(body, opening, closing)
    return without_math(body) if "$$" in body else body


def without_math(body: str) -> str:
    """`body` with each block of math Obsidian renders blank, its lines kept: from a line of `$$`
    alone to the next that ends with it (`$$` over `\\text{[[Zed]]} \\to 2026` over `$$`), or a
    line that is one whole (`$$ x^2 $$`). What is in it is a formula, with no link or entry. Only
    whole lines: a `$` in a line of text is money (`$5 and $10`, a line opening `$$ saved`), and a
    block never closed hides nothing."""
    lines = body.split("\n")
    fence = ""
    opened: int | None = None  # the line a block of math opened at
    for number, line in enumerate(lines):
        if opened is None and (fence or _FENCE.match(line)):
            fence = fence_after(fence, line)
            continue
        said = line.strip()
        if opened is None and said[:2] == "$$":
            if len(said) >= 4 and said.endswith("$$"):
                lines[number] = ""  # a block of one line
            elif said == "$$":
                opened = number
        elif opened is not None and said.endswith("$$"):
            lines[opened : number + 1] = [""] * (number + 1 - opened)
            opened = None
    return "\n".join(lines)


_HIDDEN = (("%%", "%%"), ("<%", "%>"))
"""What opens and closes text no reader reads: an Obsidian comment, a Templater command."""


def hides_text(body: str) -> bool:
    """Does a body hold what `without_comment_blocks` cuts: a comment's, a command's or math's
    opening? Most bodies hold none."""
    return "$$" in body or any(opening in body for opening, _ in _HIDDEN)


def _without_spans(body: str, opening: str, closing: str) -> str:
    """`without_comment_blocks` for one kind of span."""
    lines = body.split("\n")
    fence = ""
    opened: tuple[int, int] | None = None  # (line, column) where a span opened
    blanked: list[tuple[int, int, int]] = []  # (line, from column, to column) to blank
    for number, line in enumerate(lines):
        if opened is None and (fence or _FENCE.match(line)):
            fence = fence_after(fence, line)
            continue
        if opening not in line and closing not in line:
            continue
        free = _CODE_SPAN.sub(lambda m: " " * len(m[0]), line) if "`" in line else line
        column = 0
        while (at := free.find(closing if opened else opening, column)) >= 0:
            if opened is None:
                opened, column = (number, at), at + len(opening)
            else:
                blanked.extend(_comment_span(opened, (number, at + len(closing)), lines))
                opened, column = None, at + len(closing)
    for number, start, end in reversed(blanked):  # from the right: columns to the left hold
        lines[number] = lines[number][:start] + lines[number][end:]
    return "\n".join(lines)


def fence_after(fence: str, line: str) -> str:
    """The code fence open after `line` ("" when none), given the one open before it."""
    match = _FENCE.match(line)
    if not fence:
        return match[1] if match else ""
    if match is None or match[1][0] != fence[0] or len(match[1]) < len(fence):
        return fence
    return "" if not line[match.end() :].strip() else fence


def _comment_span(
    start: tuple[int, int], end: tuple[int, int], lines: list[str]
) -> list[tuple[int, int, int]]:
    """The (line, from, to) spans a comment from `start` to `end` covers; none on one line."""
    if start[0] == end[0]:
        return []
    middle = [(n, 0, len(lines[n])) for n in range(start[0] + 1, end[0])]
    return [(start[0], start[1], len(lines[start[0]])), *middle, (end[0], 0, end[1])]


CALLOUT_LEVEL = 7
"""The level a callout's title is read at, as a heading below every heading: `> [!info] About`
opens what is known within the section it is in, as `####### About` would were there such a
heading; it ends with the callout, read as a heading of no words at its last line."""


def callout_heading(block: Block) -> bool:
    """Is `block` a callout's title, or its end (`CALLOUT_LEVEL`), rather than a heading written?"""
    return block.kind == "heading" and block.level == CALLOUT_LEVEL


_CALLOUT = lazy_pattern(r"\[!([^\]]*)\][+-]?[ \t]*(.*)")
"""A callout's first line after its `>`: `[!info]- About`, its type and its title."""
_QUOTE_CALLOUTS = frozenset(("quote", "cite"))


def callout_title(text: str) -> str | None:
    """The title of the callout of the owner's own words a quote opens when its first paragraph
    says `text` (`[!info]- About`: `About`, "" for none): its first line `[!type] title`, of any
    type but a quote's. None for a quote."""
    said = _CALLOUT.match(text)
    return said[2].rstrip() if said and said[1].strip().lower() not in _QUOTE_CALLOUTS else None


def _callout_title(tokens: list[Token], at: int) -> str | None:
    """`callout_title` for the quote opened at `tokens[at]`."""
    paragraph = at + 2 < len(tokens) and tokens[at + 1].type == "paragraph_open"
    return callout_title(tokens[at + 2].content) if paragraph else None


def _month_year_source() -> str:
    """A month's name and its year (`Oktober 2026`), or a month's name set apart from an entry's
    words, or alone (`November: Kaffee`: the day's year is a heading's, `### 2026`)."""
    return rf"{any_month_name()}(?:{MONTH_END} \d{{4}}(?!\d)|\.?\s*(?:[:—–·|<→←↔➡⬅-]|$))"


_MONTH_YEAR = lazy_pattern(_month_year_source)


def numbered_day(number: str, text: str) -> str:
    """An ordered item's first line (`text`) with its number (`number`, as `3.`) when the two make a
    day: `3. Oktober 2026: Anruf`, as German writes one, is to Markdown the third item of a list
    (`Oktober 2026: Anruf`); the number is the day its entry opens with, not a count. So with no
    year, before a separator (`9. November: Kaffee`, under a heading of its year)."""
    if number[-1:] == "." and len(number) <= 3 and text[:1].isalpha() and _MONTH_YEAR.match(text):
        return f"{number} {text}"
    return text


def markdown_blocks(body: str) -> list[Block]:
    """Every block of `body` outside code, quotes, HTML and comments, in document order, by
    markdown-it-py: the reference the fast scanner (`blocks_fast`) is tested against."""
    body = without_comment_blocks(body)
    source_lines = body.split("\n")
    blocks: list[Block] = []
    quotes: list[int | None] = []  # each open quote: the last line of a callout, None for a quote
    items: list[tuple[str | None, bool, str]] = []  # open list items: (task, first paragraph seen, number)
    heading_level = 0
    title: str | None = None  # the title of the callout whose first line the next inline is
    in_table = in_head = False
    tokens = _markdown().parse(body)
    for at, token in enumerate(tokens):
        kind = token.type
        if kind == "blockquote_open":
            title = _callout_title(tokens, at) if None not in quotes and token.map else None
            quotes.append(token.map[1] - 1 if title is not None and token.map else None)
            continue
        if kind == "blockquote_close":
            end = quotes.pop()
            if end is not None:  # what its title opened ends with it
                blocks.append(Block("heading", ((end, ""),), level=CALLOUT_LEVEL, depth=len(items)))
            continue
        if None in quotes:
            continue
        if title is not None and kind == "inline" and token.map:
            rest = token.content.split("\n")[1:]
            blocks.append(Block("heading", ((token.map[0], title),), level=CALLOUT_LEVEL, depth=len(items)))
            blocks.extend(_paragraph(token.map[0] + 1, rest) if rest else ())
            title = None
            continue
        if kind == "list_item_open":
            items.append((None, False, token.info + token.markup if token.info else ""))
        elif kind == "list_item_close":
            items.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "table_open":
            in_table = True
        elif kind == "table_close":
            in_table = False
        elif kind == "thead_open" or kind == "thead_close":
            in_head = kind == "thead_open"
        elif kind == "tr_open" and token.map:
            line = token.map[0]
            row = (unquoted(source_lines[line]) if quotes else source_lines[line]).strip()
            blocks.append(Block("row", ((line, row),), header=in_head))
        elif kind == "inline" and token.map and not in_table:
            start = token.map[0]
            lines = token.content.split("\n")
            if heading_level:
                blocks.append(Block("heading", ((start, lines[0]),), level=heading_level, depth=len(items)))
                heading_level = 0
            elif items:
                task, seen, number = items[-1]
                level = len(items)
                if not seen:
                    first = numbered_day(number, lines[0]) if number else lines[0]
                    if first != lines[0] and level > 1 and not items[-2][1]:
                        level -= 1  # `- 3. Oktober 2026: Anruf`: the day opens the outer item
                        items[-2] = (items[-2][0], True, items[-2][2])
                    task, lines[0] = split_task(first)
                    items[-1] = (task, True, number)
                block_kind: BlockKind = "paragraph" if seen else "item"
                numbered = tuple((start + i, text) for i, text in enumerate(lines))
                block = Block(block_kind, numbered, task=task, level=level, first=not seen)
                blocks.extend(rows_apart(block) if "|" in token.content else (block,))
            else:
                blocks.extend(_paragraph(start, lines))
    return blocks


QUOTE_MARKS = lazy_pattern(r"(?:[ \t]*>)+[ \t]?")
"""The `>`s a line of a callout opens with (`> `, `> > `), and the space after them."""


def unquoted(line: str) -> str:
    """A line of a callout without the `>`s it opens with."""
    quoted = QUOTE_MARKS.match(line)
    return line[quoted.end() :] if quoted else line


def _paragraph(start: int, lines: list[str]) -> list[Block]:
    """A paragraph at the margin of these lines, the first at body line `start`: a block, or
    more when it holds table rows (`rows_apart`)."""
    block = Block("paragraph", tuple((start + i, text) for i, text in enumerate(lines)))
    return rows_apart(block) if any("|" in text for text in lines) else [block]
