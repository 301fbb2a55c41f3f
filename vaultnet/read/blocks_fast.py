"""A fast line scanner that gives the same blocks as markdown-it-py, for the notes it can read.

markdown-it-py builds a token for every block and tries every rule on every line, the largest
part of a cold build (docs/performance.md). Notes are mostly headings, lists and paragraphs, so
this scanner follows markdown-it-py's block rules for those constructs line by line, and gives
up (returns None) on anything it does not follow exactly: lazy continuation lines, HTML blocks,
indented code, empty list items, reference definitions, a callout in a list, lines after a
block quote that do not start with `>`, deep nesting. `parse_blocks` then asks markdown-it-py, which stays the
reference: tests/test_scan.py checks that both agree on generated Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vaultnet.errors import Fallback
from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import (
    CALLOUT_LEVEL,
    Block,
    BlockKind,
    callout_title,
    hides_text,
    markdown_blocks,
    numbered_day,
    rows_apart,
    split_task,
    without_comment_blocks,
)

_MD_TRIM = (
    "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
)
"""What markdown-it's `mdTrim` strips (JavaScript's `trim`, less U+FEFF)."""

_HR = lazy_pattern(r"([*_-])[ \t]*(?:\1[ \t]*){2,}$")
_SETEXT = lazy_pattern(r"(=+|-+)[ \t]*$")
_ORDERED = lazy_pattern(r"(\d{1,9})[.)](?=[ \t]|$)")
_DELIMITER_CELL = lazy_pattern(r"^:?-+:?$")
_PLAIN_ITEM = lazy_pattern(
    r"[-*+] (?:[^\s`~>*_\-+#<\[=|0-9]|\[\[|\[[^\\]\](?:[ \t]|$)|<-|->|\d(?!\d{0,8}[.)](?:[ \t]|$)))[^|]*$"
)
"""A bullet at the left margin, one space, then text that can only start a paragraph: no table
(no `|`), nested block, HTML, reference definition or ordered marker."""
_MAX_DEPTH = 6
"""Deeper lists go to markdown-it-py, which stops nesting at its own limit."""


_SPECIAL = frozenset("`~>*_-+#<[=0123456789")
_PLAIN = frozenset(chr(c) for c in range(128)) - _SPECIAL - {" ", "\t"}
"""ASCII characters that start nothing but a paragraph (tables aside, checked first)."""
"""First characters that may start something other than paragraph text (or a setext underline)."""


def _numbered(start: int, content: list[str]) -> tuple[tuple[int, str], ...]:
    if len(content) == 1:
        return ((start, content[0]),)
    return tuple((start + k, text) for k, text in enumerate(content))


def _columns(raw: str, stop: int) -> tuple[int, int]:
    """(columns, characters) of a line's leading spaces and tabs, up to `stop` columns; a tab
    goes to the next multiple of 4."""
    col = pos = 0
    end = len(raw)
    while pos < end and col < stop:
        ch = raw[pos]
        if ch == " ":
            col += 1
        elif ch == "\t":
            col += 4 - col % 4
        else:
            break
        pos += 1
    return col, pos


def indent_of(raw: str) -> tuple[int, int]:
    """(columns, characters) of a line's leading spaces and tabs, a tab to the next multiple of 4."""
    if not raw or raw[0] not in " \t":
        return 0, 0
    stripped = raw.lstrip(" ")
    if not stripped or stripped[0] != "\t":
        return len(raw) - len(stripped), len(raw) - len(stripped)
    return _columns(raw, len(raw) * 4)


def _strip_columns(raw: str, indent: int) -> str:
    """The line less `indent` columns of leading white space, as markdown-it's `getLines` cuts it."""
    col, pos = _columns(raw, indent)
    if col > indent:
        return " " * (col - indent) + raw[pos:]
    return raw[pos:]


def _fence_open(text: str) -> tuple[str, int] | None:
    ch = text[0]
    if ch != "`" and ch != "~":
        return None
    length = len(text) - len(text.lstrip(ch))
    if length < 3 or (ch == "`" and "`" in text[length:]):
        return None
    return ch, length


def _fence_close(text: str, ch: str, length: int) -> bool:
    run = len(text) - len(text.lstrip(ch))
    return run >= length and not text[run:].strip(" \t")


def _marker(text: str) -> tuple[int, int] | None:
    """(width of the list marker, its number or -1 for a bullet), or None when not a list marker."""
    ch = text[0]
    if ch in "-*+":
        if len(text) == 1 or text[1] in " \t":
            return 1, -1
        return None
    if "0" <= ch <= "9":
        match = _ORDERED.match(text)
        if match and len(text) >= 2:
            return match.end(), int(match[1])
    return None


def _heading(text: str) -> tuple[int, str] | None:
    """(level, content) of an ATX heading, as markdown-it's heading rule reads it."""
    level = len(text) - len(text.lstrip("#"))
    if level == 0 or level > 6 or (len(text) > level and text[level] not in " \t"):
        return None
    rest = text[level:].rstrip(" \t")
    stripped = rest.rstrip("#")
    if len(stripped) < len(rest) and stripped and stripped[-1] in " \t":
        rest = stripped
    return level, rest.strip(_MD_TRIM)


def _is_reference(text: str) -> bool:
    """Could markdown-it read this paragraph start as a link reference definition?"""
    for pos in range(1, len(text)):
        ch = text[pos]
        if ch == "[":
            return False
        if ch == "]":
            return text[pos + 1 : pos + 2] == ":"
        if ch == "\\":
            return True  # escapes: leave them to markdown-it
    return True  # a label that may go on to the next line


def _html(text: str) -> bool:
    """Could an HTML block start here? (`<-` and `<->` are direction marks, not HTML.)"""
    return text[0] == "<" and len(text) > 1 and (text[1].isalpha() or text[1] in "/!?")


@dataclass(slots=True)
class _Item:
    """A list item still open while the scanner reads on."""

    content: int
    """The column its content starts at: a line indented less closes it."""
    list_column: int
    """The column of the container its list sits in."""
    marker: str
    """`-`, `*`, `+`, `.` or `)`: a later item continues the list only with the same one."""
    number: str = ""
    """An ordered item's number and its `.` or `)` (`3.`); empty for a bullet."""
    task: str | None = None
    seen: bool = False
    """Its first paragraph has been read (so the task box, if any, is known)."""


class _Scanner:
    """The state of one pass over a note's lines."""

    def __init__(self, body: str) -> None:
        lines = body.split("\n")
        if body.endswith("\n"):
            lines.pop()  # markdown-it has no line after the last newline
        self.lines = lines
        self.blocks: list[Block] = []
        self.items: list[_Item] = []
        self.para: list[str] | None = None  # the open paragraph's lines, cut as getLines cuts them
        self.para_start = 0
        self.fence: tuple[str, int] | None = None
        self.table = False
        self.quote = False
        self.quote_empty = False
        """The last line of the open quote has nothing after its `>`."""

    def column(self) -> int:
        return self.items[-1].content if self.items else 0

    def table_at(self, index: int, text: str, indent: int) -> bool:
        """Does a table start here (markdown-it's table rule, with `text` the line from its first
        non-blank character and `indent` the container's column)?"""
        if "|" not in text or index + 1 >= len(self.lines):
            return False
        raw = self.lines[index + 1]
        col, pos = indent_of(raw)
        if col < indent or col - indent >= 4:
            return False
        delimiter = raw[pos:]
        if len(delimiter) < 2:
            return False
        first, second = delimiter[0], delimiter[1]
        if first not in "|-:" or second not in "|-: \t" or (first == "-" and second in " \t"):
            return False
        if delimiter.strip("|-: \t"):
            return False
        cells = delimiter.split("|")
        count = 0
        for number, cell in enumerate(cells):
            cell = cell.strip(_MD_TRIM)
            if not cell:
                if number == 0 or number == len(cells) - 1:
                    continue
                return False
            if not _DELIMITER_CELL.match(cell):
                return False
            count += 1
        header = text.strip(_MD_TRIM)
        if "|" not in header:
            return False
        columns = _split_row(header)
        return 0 < len(columns) == count

    def terminates(
        self, index: int, text: str, indent: int, below: bool, in_table: bool, col: int = 0
    ) -> bool:
        """Does this line end an open paragraph (or table) in a container at column `indent`?

        `below`: the line (at column `col`) is left of the container, so only a terminator keeps
        it from being a lazy continuation line."""
        ch = text[0]
        if not in_table and ch not in "`~>*_-+#<" and not ("0" <= ch <= "9"):
            return self.table_at(index, text, indent)
        if not in_table and self.table_at(index, text, indent):
            return True
        if _fence_open(text) or ch == ">" or _HR.match(text):
            return True
        marker = _marker(text)
        if marker is not None:
            if below:
                # markdown-it's list rule: a marker 4+ columns right of the list's own is not one.
                return col - self.items[-1].list_column < 4
            if in_table:
                return True
            width, number = marker
            return number in (-1, 1) and bool(text[width:].strip(" \t"))
        if _html(text):
            raise Fallback
        return _heading(text) is not None

    @staticmethod
    def ends_quote(text: str) -> bool:
        """Does this line (not starting with `>`) end a top-level quote, as a block of its own?"""
        if _html(text):
            raise Fallback
        return bool(_fence_open(text) or _HR.match(text) or _marker(text) or _heading(text))

    def close_paragraph(self) -> None:
        if self.para is None:
            return
        if len(self.para) == 1:
            content = [self.para[0].strip(_MD_TRIM)]
            piped = "|" in content[0]
        else:
            joined = "\n".join(self.para).strip(_MD_TRIM)
            content = joined.split("\n")
            piped = "|" in joined
        self.para = None
        start = self.para_start
        if self.items:
            item = self.items[-1]
            task, seen, level = item.task, item.seen, len(self.items)
            if not seen:
                first = numbered_day(item.number, content[0]) if item.number else content[0]
                if first != content[0] and level > 1 and not self.items[-2].seen:
                    level -= 1  # `- 3. Oktober 2026: Anruf`: the day opens the outer item
                    self.items[-2].seen = True
                task, content[0] = split_task(first)
                item.task, item.seen = task, True
            numbered = _numbered(start, content)
            kind: BlockKind = "paragraph" if seen else "item"
            block = Block(kind, numbered, task=task, level=level, first=not seen)
        else:
            block = Block("paragraph", _numbered(start, content))
        if piped:
            self.blocks.extend(rows_apart(block))
        else:
            self.blocks.append(block)

    def row(self, index: int, header: bool = False) -> None:
        self.blocks.append(Block("row", ((index, self.lines[index].strip()),), header=header))

    def run(self) -> list[Block]:
        lines = self.lines
        index = 0
        count = len(lines)
        while index < count:
            raw = lines[index]
            margin = raw and raw[0] in "-*+#" and self.fence is None and not self.quote
            if margin and self.at_margin(index, raw):
                index += 1
                continue
            col, pos = indent_of(raw)
            if pos == len(raw):  # a blank line
                if self.fence is None:
                    self.close_paragraph()
                    self.table = self.quote = False
                index += 1
                continue
            text = raw[pos:]
            indent = self.items[-1].content if self.items else 0
            sibling = None  # the marker of the list whose item this line closed
            if self.fence is not None:
                if col >= indent:
                    if col - indent < 4 and _fence_close(text, *self.fence):
                        self.fence = None
                    index += 1
                    continue
                self.fence = None
            if self.quote:
                if col >= indent and col - indent < 4 and text[0] == ">":
                    if "[!" in text:
                        raise Fallback  # a callout after a quote's blank line, or one in a quote
                    self.quote_empty = not text[1:].strip(" \t")
                    index += 1
                    continue
                if not self.quote_empty and (self.items or col >= 4 or not self.ends_quote(text)):
                    raise Fallback  # a lazy line, part of the quote; or a quote in a list
                self.quote = False
            if col < indent:
                if self.para is not None:
                    if not self.terminates(index, text, indent, below=True, in_table=False, col=col):
                        self.para.append(_strip_columns(raw, indent))  # a lazy continuation line
                        index += 1
                        continue
                    self.close_paragraph()
                self.table = False
                while self.items and col < self.items[-1].content:
                    sibling = self.items.pop().marker
                indent = self.column()
            if col - indent >= 4:
                if self.para is not None:
                    self.para.append(_strip_columns(raw, indent))
                    index += 1
                    continue
                raise Fallback  # indented code
            if self.table:
                if not self.terminates(index, text, indent, below=False, in_table=True):
                    self.row(index)
                    index += 1
                    continue
                self.table = False
            if self.para is not None:
                if _SETEXT.match(text):
                    self.setext_heading(self.para, text)
                    index += 1
                    continue
                if (text[0] in _SPECIAL or "|" in text) and self.terminates(
                    index, text, indent, below=False, in_table=False
                ):
                    self.close_paragraph()
                else:
                    self.para.append(raw if indent == 0 else _strip_columns(raw, indent))
                    index += 1
                    continue
            if sibling is not None and not _HR.match(text):
                marker = _marker(text)
                if marker is not None and text[marker[0] - 1] == sibling:
                    # The list goes on: markdown-it tries no other rule here (a table, say).
                    index = self.item(index, text, col, marker[0])
                    continue
            if text[0] not in _SPECIAL and "|" not in text:  # the usual line: a paragraph starts
                self.para = [raw if indent == 0 else _strip_columns(raw, indent)]
                self.para_start = index
                index += 1
                continue
            index = self.start(index, text, col, indent, _strip_columns(raw, indent))
        self.close_paragraph()
        return self.blocks

    def callout(self, index: int) -> int:
        """A quote at the margin that opens with `[!` on line `index`: a callout of the owner's
        words is read as `markdown_blocks` reads one, its lines scanned again without their `>`;
        a callout of a quote, or any other quote, is skipped. Returns the next line to read."""
        if self.items:
            raise Fallback  # a callout in a list item
        inner: list[str] = []
        end = index
        while end < len(self.lines):
            col, pos = indent_of(self.lines[end])
            said = self.lines[end][pos:]
            if col >= 4 or said[:1] != ">":
                break
            if said[1:2] == "\t":
                raise Fallback  # a tab after `>`, which markdown-it counts in columns
            inner.append(said[2:] if said[1:2] == " " else said[1:])
            end += 1
        if end < len(self.lines) and inner[-1].strip(" \t"):
            col, pos = indent_of(self.lines[end])
            if pos < len(self.lines[end]) and (col >= 4 or not self.ends_quote(self.lines[end][pos:])):
                raise Fallback  # a lazy line, part of the quote
        head = inner[0].lstrip(" ")
        if len(inner[0]) - len(head) >= 4 or not head.startswith("[!"):
            raise Fallback  # indented code, or `[!` past the first line
        if (named := callout_title(head)) is None:
            return end  # a callout of a quote: a quote
        blocks = _Scanner("\n".join(inner)).run()
        title = blocks[0] if blocks else None
        if title is None or title.kind != "paragraph" or title.lines[0][0] != 0:
            return end  # `[!note]` underlined, a heading: no callout
        self.blocks.append(Block("heading", ((index, named),), level=CALLOUT_LEVEL))
        if len(title.lines) > 1:
            blocks[0] = title._replace(lines=title.lines[1:])
        else:
            del blocks[0]
        self.blocks.extend(b._replace(lines=tuple((n + index, t) for n, t in b.lines)) for b in blocks)
        self.blocks.append(Block("heading", ((end - 1, ""),), level=CALLOUT_LEVEL))
        return end

    def setext_heading(self, para: list[str], underline: str) -> None:
        """The open paragraph `para` as a heading, underlined by `underline` (`===`, `---`)."""
        content = "\n".join(para).strip(_MD_TRIM).split("\n")
        self.para = None
        level = 1 if underline[0] == "=" else 2
        self.blocks.append(
            Block("heading", ((self.para_start, content[0]),), level=level, depth=len(self.items))
        )

    def at_margin(self, index: int, raw: str) -> bool:
        """Read a bullet item of paragraph text, or an ATX heading, at the left margin: the
        commonest lines of a note. Either closes whatever paragraph, list or table is open.
        False: read the line the long way."""
        if raw[0] == "#":
            heading = _heading(raw) if "|" not in raw else None
            if heading is None:
                return False
            self.close_paragraph()
            self.items.clear()
            self.table = False
            self.blocks.append(Block("heading", ((index, heading[1]),), level=heading[0]))
            return True
        if not _PLAIN_ITEM.match(raw):
            return False
        self.close_paragraph()
        self.items.clear()
        self.table = False
        self.items.append(_Item(2, 0, raw[0]))
        self.para = [raw[2:]]
        self.para_start = index
        return True

    def open_item(self, text: str, at: int, width: int) -> tuple[str, int]:
        """Open a list item whose marker (`width` characters) is at column `at`; returns the
        item's first line after the marker and the item's content column."""
        col = at + width
        pos = width
        while pos < len(text) and text[pos] in " \t":
            col += 4 - col % 4 if text[pos] == "\t" else 1
            pos += 1
        gap = col - at - width
        if pos == len(text) or gap > 4 or len(self.items) >= _MAX_DEPTH:
            raise Fallback  # an empty item, code inside an item, or deep nesting
        number = text[:width] if width > 1 else ""
        self.items.append(_Item(col, self.column(), text[width - 1], number))
        return text[pos:], col

    def item(self, index: int, text: str, at: int, width: int) -> int:
        """A further item of the list just closed."""
        text, col = self.open_item(text, at, width)
        return self.start(index, text, col, col, text)

    def start(self, index: int, text: str, at: int, indent: int, cut: str) -> int:
        """Open the block that starts this line (`text` begins at column `at`, in a container at
        column `indent`); returns the next line to read."""
        while True:
            ch = text[0]
            if "|" in text and self.table_at(index, text, indent):
                self.table = True
                self.row(index, header=True)
                return index + 2
            if ch in _PLAIN:  # no rule below can match: a paragraph starts
                break
            fence = _fence_open(text) if ch == "`" or ch == "~" else None
            if fence:
                self.fence = fence
                return index + 1
            if ch == ">":
                if "[!" in text:
                    return self.callout(index)
                self.quote = True
                self.quote_empty = not text[1:].strip(" \t")
                return index + 1
            if ch in "*_-" and _HR.match(text):
                return index + 1
            marker = _marker(text) if ch in "-*+" or "0" <= ch <= "9" else None
            if marker is not None:
                text, at = self.open_item(text, at, marker[0])
                indent = at
                cut = text
                continue
            if _html(text) or (ch == "[" and text[1:2] != "[" and _is_reference(text)):
                raise Fallback
            heading = _heading(text) if ch == "#" else None
            if heading is not None:
                level, content = heading
                self.blocks.append(Block("heading", ((index, content),), level=level, depth=len(self.items)))
                return index + 1
            break
        self.para = [cut]
        self.para_start = index
        return index + 1


def _split_row(text: str) -> list[str]:
    """markdown-it's `escapedSplit`, less the empty first and last cells."""
    cells: list[str] = []
    current = ""
    last = 0
    escaped = False
    for pos, ch in enumerate(text):
        if ch == "|":
            if not escaped:
                cells.append(current + text[last:pos])
                current = ""
                last = pos + 1
            else:
                current += text[last : pos - 1]
                last = pos
        escaped = ch == "\\"
    cells.append(current + text[last:])
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


_EMPHASIS = r"[*_](?![ \t]|[*_ \t]*$)"
"""`*` or `_` opening text (`_None yet._`, `**Partner**`): neither a marker nor a thematic break."""
_LINK_TEXT = r"\[[^\[\]\\\n]*(?:\[|\](?!:))"
"""`[[Jane]]`, `[site](https://...)`: a `[` that `_is_reference` says opens no reference definition."""
_TEXT = r"[^\s`~>*_\-+#<\[=|:0-9]|\d(?!\d{0,8}[.)](?:[ \t]|$))|" + _EMPHASIS + "|" + _LINK_TEXT
"""What may open paragraph text at the margin: nothing a block rule, a table's delimiter row or a
reference definition could start with."""
_PLAIN_LINE = rf"(?:[ \t]*$|#{{1,6}}(?:[ \t]|$)|(?:{_TEXT})| *[-*+] (?:{_TEXT}|\[[^\\]\](?:[ \t]|$)|<-|->))"
"""A line `plain_blocks` reads: blank, an ATX heading, paragraph text at the margin, or a bullet
item (one space after its marker, then text that can only start a paragraph)."""
_NOT_PLAIN_FIRST = lazy_pattern(rf"(?!{_PLAIN_LINE})", re.MULTILINE)
_NOT_PLAIN_NEXT = lazy_pattern(rf"\n(?!{_PLAIN_LINE})", re.MULTILINE)
"""A later line `plain_blocks` does not read, found after its `\\n`: a pattern that starts with
a character is searched for it, where one that starts with `^` is tried at every position."""


_BULLETS = frozenset(("- ", "* ", "+ "))


def plain_blocks(body: str) -> list[Block] | None:
    """The blocks of a body of headings, bullet items (nested or not) and paragraphs at the
    margin, with no fence, quote, HTML, table, code or indented text; else None. One regex
    search decides; the lines are then read as `_Scanner` reads them, with no rule to try."""
    body = without_comment_blocks(body)
    if _NOT_PLAIN_FIRST.match(body) or _NOT_PLAIN_NEXT.search(body):
        return None
    lines = body.split("\n")
    if body.endswith("\n"):
        lines.pop()
    blocks: list[Block] = []
    items: list[tuple[int, int]] = []  # each open item's content column and its list's column
    para: list[str] | None = None  # the open paragraph's (or item's) lines
    start = level = 0
    for index, raw in enumerate(lines):
        if raw[:2] in _BULLETS:  # the commonest line: an item at the margin closes every list
            if para is not None:
                blocks.append(_plain_block(para, start, level))
            items.clear()
            items.append((2, 0))
            para, start, level = [raw[2:]], index, 1
            continue
        text = raw.lstrip(" ")
        ch = text[:1]
        if text[1:2] == " " and (ch == "-" or ch == "*" or ch == "+"):
            col = len(raw) - len(text)
            if para is not None:
                if items and col < items[-1][0] and col - items[-1][1] >= 4:
                    return None  # a lazy continuation line, not an item (markdown-it's list rule)
                blocks.append(_plain_block(para, start, level))
            while items and col < items[-1][0]:
                items.pop()
            container = items[-1][0] if items else 0
            if col - container >= 4 or len(items) >= _MAX_DEPTH:
                return None  # indented code, or deep nesting: left to the scanner
            items.append((col + 2, container))
            para, start, level = [text[2:]], index, len(items)
        elif not text.strip(" \t"):  # a blank line
            if para is not None:
                blocks.append(_plain_block(para, start, level))
                para = None
        elif ch == "#":
            if para is not None:
                blocks.append(_plain_block(para, start, level))
                para = None
            items.clear()
            heading = _heading(raw)
            if heading is None:  # never: the regex lets only headings start with `#`
                return None
            blocks.append(Block("heading", ((index, heading[1]),), level=heading[0]))
        elif para is None:
            items.clear()  # text at the margin closes every list
            para, start, level = [raw], index, 0
        else:
            para.append(raw)  # a paragraph's next line, or an item's lazy continuation line
    if para is not None:
        blocks.append(_plain_block(para, start, level))
    return blocks


def plain_lines(body: str) -> list[str] | None:
    """The lines of a body `plain_blocks` reads with nothing to cut (no `%%`, `<%` or `$$`:
    `without_comment_blocks`), as it splits them; else None. For a reader that follows
    `plain_blocks` line by line without its blocks."""
    if hides_text(body) or _NOT_PLAIN_FIRST.match(body) or _NOT_PLAIN_NEXT.search(body):
        return None
    lines = body.split("\n")
    if body.endswith("\n"):
        lines.pop()
    return lines


def atx_heading(line: str) -> tuple[int, str] | None:
    """(level, content) of a heading at the margin, as `plain_blocks` reads it."""
    return _heading(line)


MD_TRIM = _MD_TRIM


def _plain_block(para: list[str], start: int, level: int) -> Block:
    """`_Scanner.close_paragraph` for a paragraph at the margin (`level` 0) or an item's first one."""
    if len(para) == 1:
        text = para[0].strip(_MD_TRIM)
        if not level:
            return Block("paragraph", ((start, text),))
        task = None
        if text[:1] == "[":
            task, text = split_task(text)
        return Block("item", ((start, text),), task, level)
    content = "\n".join(para).strip(_MD_TRIM).split("\n")
    if not level:
        return Block("paragraph", _numbered(start, content))
    task, content[0] = split_task(content[0])
    return Block("item", _numbered(start, content), task, level)


def scan_blocks(body: str) -> list[Block] | None:
    """The blocks markdown-it-py would give for `body`, or None when the scanner cannot tell."""
    try:
        return _Scanner(without_comment_blocks(body)).run()
    except Fallback:
        return None


def parse_blocks(body: str) -> list[Block]:
    """`markdown_blocks(body)`, by the fast scanner where it can read the body."""
    blocks = plain_blocks(body)
    if blocks is None:
        blocks = scan_blocks(body)
    return markdown_blocks(body) if blocks is None else blocks
