"""What a line holds besides its words: links to notes and tags, less code spans and comments."""

from __future__ import annotations

import posixpath
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import accumulate
from sys import intern
from urllib.parse import unquote

from vaultnet.convert import as_tag, link_target
from vaultnet.model import Problem
from vaultnet.patterns import lazy_pattern
from vaultnet.read import words as phrases
from vaultnet.read.blocks import EMOJI

_ANY_LINK = (
    r"(!|\{\{embed )?"
    r"(?:\[\[([^\[\]]+)\]\]|\[([^\[\]]*)\]\(\s*(<[^<>\n]*>|[^\s()<>]+)(?:\s+\"[^\"\n]*\")?\s*\))"
)
"""A wikilink (group 2), or a Markdown link (text 3, address 4): a link to a note counts as one,
an embed (group 1: Obsidian's `![[...]]`, Logseq's `{{embed [[...]]}}`) does not."""
_TAG = rf"(?:^|(?<=[\s(]))#((?:[\w/-]|[{EMOJI}])+)"
_TAGS_ALONE = rf"(?:#[ ]?(?:[\w/-]|[{EMOJI}])+\s*)+"
"""A paragraph of tags and nothing else, `# Robotics` (a tag a contacts plugin wrote with a space) too."""
_tag_link = lazy_pattern(r"(?:^|(?<=[\s(]))#\[\[([^\[\]]+)\]\]")
"""Logseq's and Roam's tag of a page (`#[[meeting]]`, `#[[Book Club]]`)."""
_any_link = lazy_pattern(_ANY_LINK)
_tag = lazy_pattern(_TAG)
_tags_alone = lazy_pattern(_TAGS_ALONE)
_BACKTICKS = lazy_pattern(r"`+")
# MULTILINE: an unclosed comment ends at its line end (else each start scans the text: quadratic).
_COMMENT = lazy_pattern(r"<!--.*?(?:-->|$)|%%.*?(?:%%|$)", re.MULTILINE)
_MACRO = lazy_pattern(r"\{\{[^{}\n]*\}\}")
_TEMPLATER = lazy_pattern(r"<%.*?%>")
"""A Templater command the plugin did not run (`<% tp.file.cursor() %>`, `<%* ... %>`)."""


def code_spans(line: str) -> list[tuple[int, int]]:
    """Where each code span of a line lies (a run of backticks up to the next run of the same
    length), in order.

    Found with a table of runs by length rather than a backreference regex, whose backtracking
    takes cubic time on a long run of backticks.
    """
    runs = [match.span() for match in _BACKTICKS.finditer(line)]
    by_length: dict[int, list[int]] = defaultdict(list)
    for index, (start, end) in enumerate(runs):
        by_length[end - start].append(index)
    spans = []
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        later = bisect_right(same, index)
        if later == len(same):
            index += 1  # no closing run: the backticks are plain text
            continue
        closing = same[later]
        spans.append((start, runs[closing][1]))
        index = closing + 1
    return spans


def without_code_spans(line: str) -> str:
    """Each code span (`code_spans`) made a space."""
    return _each_span(line, code_spans(line), lambda _: " ")


def _each_span(line: str, spans: list[tuple[int, int]], made: Callable[[int], str]) -> str:
    """The line with its span number i (of `spans`, in order, apart) made `made(i)`."""
    parts: list[str] = []
    kept_from = 0
    for index, (start, end) in enumerate(spans):
        parts.extend((line[kept_from:start], made(index)))
        kept_from = end
    parts.append(line[kept_from:])
    return "".join(parts)


def clean(line: str) -> str:
    """A line without inline code, comments, Logseq's macros (`{{query (and [[Ed]] (task
    TODO))}}`, `{{embed [[Di]]}}`: what the graph shows there, not what the owner wrote) and
    Templater's commands left unrun (`<% tp.file.cursor() %>`: what a template meant to write),
    which never carry links or tags."""
    if "`" in line:
        line = "\n".join(without_code_spans(part) for part in line.split("\n"))
    return _uncommented(line)


def _uncommented(line: str) -> str:
    """`clean` once its code spans are out: comments, macros and Templater's commands made spaces."""
    if "<!--" in line or "%%" in line:
        line = _COMMENT.sub(" ", line)
    if "{{" in line:
        line = _MACRO.sub(" ", line)
    if "<%" in line:
        line = _TEMPLATER.sub(" ", line)
    return line


CodeLine = tuple[str, tuple[tuple[int, str], ...]]
"""A text as `clean` reads it, and each code span it made a space there: (where that space is,
the span as written), in order."""
_HOLE = 0xF0000
"""The first of the characters (Unicode's private use plane 15) that stand for the code spans of
a text while `clean` takes its comments out."""
_HOLES = lazy_pattern("[\U000f0000-\U000ffffd]")


def code_line(text: str) -> CodeLine:
    """`clean(text)` and the code spans it blanked (`CodeLine`): a page, the terminal and the JSON
    quote a line with its code (`shown`), which its links, tags and words are never read from. A
    span in a comment goes with the comment."""
    spans = [
        (at + start, at + end)
        for at, part in zip(_starts(text), text.split("\n"), strict=True)
        for start, end in code_spans(part)
    ]
    if not spans or len(spans) > 0xFFFD or _HOLES.search(text):
        return clean(text), ()
    marked = _uncommented(_each_span(text, spans, lambda index: chr(_HOLE + index)))
    holes = tuple((m.start(), text[slice(*spans[ord(m[0]) - _HOLE])]) for m in _HOLES.finditer(marked))
    return _HOLES.sub(" ", marked), holes


def _starts(text: str) -> list[int]:
    """Where each line of a text starts."""
    return list(accumulate((len(part) + 1 for part in text.split("\n")[:-1]), initial=0))


def shown(text: str, line: CodeLine) -> str:
    """`text`, read from `line` (its `clean` text, or a part of it: an entry's words after its day),
    with the code spans blanked there back as written, those at either end of it too
    (`` `brew` installed ``, stripped to `installed`); as it is when it is no part of the line."""
    read, holes = line
    start = read.rfind(text) if holes and text else -1
    if start < 0:
        return text
    end = start + len(text)
    places = {place for place, _ in holes}
    before = start
    while before and read[before - 1].isspace():  # a span opening the text, before its spaces
        before -= 1
        start = before if before in places else start
    after = end
    while after < len(read) and read[after].isspace():  # one closing it
        end = after + 1 if after in places else end
        after += 1
    parts: list[str] = []
    for place, span in holes:
        if start <= place < end:
            parts.extend((read[start:place], span))
            start = place + 1
    parts.append(read[start:end])
    return "".join(parts)


BACKSLASHED = "the link to {} links no one: a link parts folders with /, on Windows too: write {}"
"""The problem of a link whose folders are parted by a backslash (`[[People\\Ana Costa]]`, as
Windows writes a path): Obsidian names no note with a backslash, so the link reaches none."""


def backslashed_links(file: str, links: Iterable[str], text: str) -> list[Problem]:
    """A problem for each link target (`links`, as `links_in` reads them) that parts a folder from
    a name with a backslash, at the first line of `text` that holds it (as written, or escaped as
    YAML's double quotes write it, `\\\\`; 0 when none spells it so: a Markdown link's `%20`):
    with the link to write instead. A backslash at either end is none (`[[Ana\\|A]]`, a table's
    escaped pipe, is read without it)."""
    found = [target for target in links if "\\" in target.strip("\\")]
    if not found:
        return []
    lines = text.split("\n")
    problems = []
    for target in found:
        spelt = (target, target.replace("\\", "\\\\"))
        line = next((at for at, said in enumerate(lines, 1) if any(s in said for s in spelt)), 0)
        problems.append(Problem(file, line, BACKSLASHED.format(target, _SLASHES.sub("/", target))))
    return problems


_SLASHES = lazy_pattern(r"\\+")


UNCLEAN = ("`", "<!--", "%%", "{{", "<%")
"""What a line holds that `clean` takes out: a line with none of them is clean as it is."""


def links_in(line: str, base: str = "") -> list[str]:
    """The notes a line links to, in order: wikilinks and Markdown links to notes, embeds excluded.
    `base`: the folder of the note the line is in, for a relative Markdown link (`../People/x.md`)."""
    if "](" not in line:
        if "[[" not in line:  # most lines: skip the regex
            return []
        # Wikilinks only: each one's target read by the regex (`link_target`, with no call).
        # Interned: a name linked from thousands of notes is then kept in memory once.
        return [intern(t) for raw in _WIKILINK_TARGET.findall(line) if (t := raw.strip().removesuffix(".md"))]
    return [intern(t) for m in _any_link.finditer(line) if not m[1] and (t := _target(m, base))]


_WIKILINK_TARGET = lazy_pattern(
    r"\[\[(?<!!\[\[)(?<!\{\{embed \[\[)([^\[\]|#^\\]*(?:\\(?![|\]])[^\[\]|#^\\]*)*)[^\[\]]*\]\]"
)
"""`_ANY_LINK`'s wikilinks less embeds, in a line with no Markdown link: the text before any
`|`, `#` or `^` (what `link_target` keeps before stripping it), less a backslash just before the
`|` or the `]]`, which `link_target` drops too (a table's `\\|`: `[[Jane\\|J]]`). The embed's `!`
(or Logseq's `{{embed `) is looked behind for after the `[[`: a pattern that starts with its
literal is searched for it."""


def _target(match: re.Match[str], base: str) -> str | None:
    """The note a link match points at, or None (an external or empty Markdown link, or one to
    another kind of file). A note's path may leave out its `.md`, as Foam and static sites do."""
    if match[2] is not None:
        return link_target(match[2]) or None
    address = match[4]
    if address.startswith("<"):
        address = address[1:-1]
    if address.startswith("[[") and address.endswith("]]"):  # Logseq's `[Bobby]([[Bo]])`: a page's link
        return link_target(address[2:-2]) or None
    if "://" in address or address.lower().startswith(("mailto:", "#")):
        return None
    path = unquote(address.split("#", 1)[0]).strip()
    if path.lower().endswith(".md"):
        path = path[:-3]
    elif "." in (name := path.rsplit("/", 1)[-1]).lstrip(".") or name.strip(".") == "":
        return None  # another kind of file (`photo.png`), or a folder
    if path.startswith(("./", "../")):
        path = posixpath.normpath(posixpath.join(base, path))
        if path.startswith("../"):
            path = path.rsplit("/", 1)[-1]
    return path.lstrip("/") or None


def template_of(line: str, base: str, worded: bool = True) -> tuple[str, list[str]]:
    """The line with each link to a note made a slot for the words (`words.slot`), and the
    targets in slot order; other links keep their text, embeds go. A wikilink to a meeting word
    (`[[Coffee]] with [[Ed]]`, `#[[1:1]]`) is read as the word (unless not `worded`), its target
    kept with no slot: the page of the word, or a person so named, whom the line still names."""
    targets: list[str] = []
    if "[[" not in line and "](" not in line:  # most log entries: no link to make a slot of
        return line, targets

    def slot(match: re.Match[str]) -> str:
        target = None if match[1] else _target(match, base)
        if target is None:
            return " " if match[1] or match[2] is not None else f" {match[3]} "
        targets.append(intern(target))
        if worded and match[2] is not None and phrases.a_meeting_word(target):
            return target
        return phrases.slot(len(targets) - 1)

    return _any_link.sub(slot, line), targets


def tags_in(line: str) -> list[str]:
    """A line's tags, and a meeting word's page tagged as Logseq and Roam tag one (`#[[meeting]]`
    is `#meeting`, `#[[1:1]]` the tag `1:1`)."""
    if "#" not in line:
        return []
    tags = [t for m in _tag.finditer(line) if not (t := as_tag(m[1])).replace("/", "").isdigit()]
    if "#[[" in line:
        tags += [
            as_tag(t) for m in _tag_link.finditer(line) if phrases.a_meeting_word(t := link_target(m[1]))
        ]
    return tags


def untagged(line: str) -> str:
    """The line with its tags taken out."""
    return _tag.sub("", line)


def tags_alone(text: str) -> bool:
    """Is the text tags and nothing else, a tag a contacts plugin wrote with a space (`# Robotics`) too?"""
    return _tags_alone.fullmatch(text) is not None
