"""A template's placeholders, and a person's note read as a template for one that its owner began
to fill in (words of its own), which a problem names."""

from __future__ import annotations

from vaultnet.patterns import lazy_pattern
from vaultnet.read.keys import DATE_MASK, has_placeholder


def own_words(stem: str, body: str) -> bool:
    """Does a person's note read as a template only for its front matter's placeholder seem one
    its owner began to fill in (`company: "{{company}}"` over `- two kids`), so that being read
    as no person deserves a word? It does when named as no template is (no placeholder, no word
    of a template's name: `Person template`, `New contact`, `Friend`, `Person stub`) and its body
    holds words of its own (`written_in`)."""
    if has_placeholder(stem) or not _TEMPLATE_NAME.isdisjoint(_WORDS.findall(stem.lower())):
        return False
    return written_in(body)


_TEMPLATE_NAME = frozenset(
    (
        *("template", "templates", "templater", "new", "blank", "stub", "example", "sample", "default"),
        *("person", "people", "contact", "contacts", "friend", "colleague", "quickadd", "logseq"),
    )
)
"""Words of a person template's name (`New person`, `Blank Contact`, `Friend`), as of no person's."""
_WORDS = lazy_pattern(r"[^\W_]+")


def is_placeholder(value: str) -> bool:
    """Is a front-matter value (its text) a template's placeholder: `{{…}}`, `<%…%>`, or a date
    mask such as `YYYY-MM-DD`?"""
    bare = value.strip().strip("'\"")
    return has_placeholder(value) or (bare[:1] in MASK_OPENINGS and DATE_MASK.match(bare) is not None)


def placeholder_value(value: object) -> bool:
    """Is a front-matter value (as YAML read it) a template's placeholder (`is_placeholder`)?"""
    return isinstance(value, str) and is_placeholder(value)


def filled(value: object) -> object:
    """A front-matter value without the placeholders a list of them holds (`["{{phone}}"]`)."""
    return [item for item in value if not placeholder_value(item)] if isinstance(value, list) else value


def without_placeholders(meta: dict[str, object]) -> dict[str, object]:
    """Front matter without the values its template left unfilled: `{{company}}` is nobody's
    organisation, `YYYY-MM-DD` no birthday (a list keeps its other items)."""
    return {key: filled(value) for key, value in meta.items() if not placeholder_value(value)}


MASK_OPENINGS = frozenset("YMDymd")
"""What a date mask (`DATE_MASK`) starts with: a cheap test before the regex."""


def written_in(body: str) -> bool:
    """Does a note's body hold words of its own, as no template does: a line of words that is no
    heading, no empty item or key (`- `, `- Partner:`, `**Email:**`), and holds no placeholder;
    code, Templater's scripts (`<%*` … `%>`), quotes, tables, comments, embeds and Logseq's
    properties aside."""
    fenced = templater = False
    for line in body.split("\n"):
        text = line.strip()
        if text.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced and (templater or (text.startswith("<%") and "%>" not in text)):
            templater = "%>" not in text  # a Templater script's lines, to its closing %>
            continue
        if fenced or text[:1] in ("", "#", ">", "|") or has_placeholder(text) or _MASK_IN.search(text):
            continue
        text = _ITEM_OPENING.sub("", text)
        if text.startswith(("![[", "%%", "<!--")) or _PROPERTY.match(text):
            continue
        if any(letter.isalpha() for letter in text) and not text.rstrip("*_ ").endswith(":"):
            return True
    return False


_ITEM_OPENING = lazy_pattern(r"^(?:[-*+]|\d{1,9}[.)])?\s*(?:\[.\]\s*)?")
"""A list item's bullet or number and its task box, before its words."""
_PROPERTY = lazy_pattern(r"^[\w-]+::")
"""A Logseq property's key (`tags:: person`)."""
_MASK_IN = lazy_pattern(r"(?<!\w)(?:YYYY|YY|MM|DD|M|D)(?:[-./](?:YYYY|YY|MM|DD|M|D)){2}(?!\w)")
"""A date mask within a line (`- YYYY-MM-DD: met`): a template's log line to copy."""
