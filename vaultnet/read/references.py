"""A note's character references (`&nbsp;`, `&gt;`, `&#39;`), as Obsidian shows them: decoded.

Notes converted from HTML (Evernote's, by Yarle) keep the references the HTML held: `2019-06-18&nbsp;-
&nbsp;lunch`, `2019-05-02 -&gt; sent her my CV`. Obsidian, as CommonMark says, shows each as its
character outside code, so the body is read so too, once, before its lines are read and quoted.
CommonMark never lets a reference make Markdown of text, so a reference stays as written where its
character would make any that vaultnet reads (`_kept`).
"""

from __future__ import annotations

from html import unescape
from html.entities import html5

from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import fence_after
from vaultnet.read.inline import code_spans

_SCAN = lazy_pattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|<!--|-->")
"""A character reference, as CommonMark reads one (its `;` written), or where an HTML comment
opens or closes: what is inside a comment stays as written."""
_OPENING = lazy_pattern(r"(?:[ \t]*(?:[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|>))*[ \t]*")
"""How a line opens before its text: its indent, and the marks of the lists and quotes it is in."""
_ASCII_SHOWN = frozenset("&<>\"' ")
"""The characters below 128 that a reference is read as: those HTML escapes (and a space)."""


def decoded_references(body: str) -> str:
    """`body` with each character reference outside code and comments (`<!-- -->`) read as its
    character, unless it would make Markdown there (`_kept`). Line ends stay as they are."""
    if "&" not in body:
        return body  # nearly every note
    lines = body.split("\n")
    fence = ""
    comment = False  # in an HTML comment opened on a line before
    for number, line in enumerate(lines):
        if not comment and (fence or line.lstrip()[:3] in ("```", "~~~")):
            fence = fence_after(fence, line)
            continue
        if "&" in line or comment or "<!--" in line:
            lines[number], comment = _decoded_line(line, comment)
    return "\n".join(lines)


def _decoded_line(line: str, comment: bool) -> tuple[str, bool]:
    """One line's references decoded (`decoded_references`), outside its code spans; and whether
    an HTML comment is still open at its end (`comment`: one was open at its start)."""
    code = code_spans(line) if "`" in line else []
    opening = _OPENING.match(line)
    text_at = opening.end() if opening else 0
    parts: list[str] = []
    kept_from = 0
    for match in _SCAN.finditer(line):
        start, found = match.start(), match[0]
        if any(begin <= start < end for begin, end in code):
            continue
        if found in ("<!--", "-->"):
            comment = found == "<!--"
            continue
        character = None if comment else _character(found)
        if character is None or _kept(character, line, match.end(), start == text_at):
            continue
        parts.extend((line[kept_from:start], character))
        kept_from = match.end()
    if not parts:
        return line, comment
    parts.append(line[kept_from:])
    return "".join(parts), comment


def _character(reference: str) -> str | None:
    """What a reference stands for (`&nbsp;` a no-break space, `&#x2014;` a dash), as HTML reads
    it (a number that is no character, `&#0;`, is `�`); None for a name HTML has not."""
    if reference[1] == "#":
        return unescape(reference)
    return html5.get(reference[1:])


def _kept(character: str, line: str, after: int, opens: bool) -> bool:
    """Does a reference to `character` (in `line`, before `after`; `opens`: first of its text)
    stay as written, since read as its character it would make Markdown (or a comment, or a
    Templater command) where CommonMark shows the character? So does one to any other character
    below 128, which only a hand would write so: `&#91;&#91;Bo&#93;&#93;` is no link, `&#35;tag`
    no tag, and a reference a `&amp;` would begin (`&amp;lt;`, shown as `&lt;`)."""
    if character not in _ASCII_SHOWN:
        return len(character) == 1 and ord(character) < 128
    if character == "&":
        return _SCAN.match("&" + line[after : after + 33]) is not None
    if character == "<":
        return line[after : after + 1] in ("!", "%") or (opens and _TAG_START.match(line, after) is not None)
    return opens and character != "'" and character != '"'  # a quote's `>`, an indent's space


_TAG_START = lazy_pattern(r"[A-Za-z/?]")
"""What an HTML block opens with after its `<`, at the start of a line's text."""
