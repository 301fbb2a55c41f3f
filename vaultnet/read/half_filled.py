"""A note holding a template's placeholder that is no template: one its owner half filled in."""

from __future__ import annotations

from vaultnet.patterns import lazy_pattern
from vaultnet.read.keys import DATE_MASK, has_placeholder


def half_filled(stem: str, front: str, body: str) -> bool:
    """Is a note whose front matter holds a placeholder (`company: "{{company}}"`) one its owner
    half filled in rather than a template (spec 6.1)? It is when named as no template is (no
    placeholder, no word `template`), when no more of its front-matter values are placeholders
    than are filled in (`placeholder_share`), and when its body holds words of its own
    (`written_in`: `- two kids`, where a template holds headings and empty items)."""
    if has_placeholder(stem) or not _TEMPLATE_WORD.isdisjoint(_WORDS.findall(stem.lower())):
        return False
    held, filled = placeholder_share(front)
    return held <= filled and written_in(body)


_TEMPLATE_WORD = frozenset(("template", "templates"))
_WORDS = lazy_pattern(r"[^\W_]+")


def placeholder_share(front: str) -> tuple[int, int]:
    """How many of the front matter's top-level values are a template's placeholders, and how
    many are filled in (an empty value, `[]`, `""`, is neither). A key's block list is its value
    (`tags:` over `  - person`). Read from its lines: front matter a placeholder broke as YAML
    (`{{company}}` unquoted) is counted all the same."""
    values: list[str] = []
    for line in front.split("\n"):
        if line[:1] in (" ", "\t", "-"):
            if values:  # a nested line: its key's value goes on
                values[-1] += " " + line.strip().lstrip("-").strip()
        elif ":" in line and line[:1] != "#":
            values.append(line.partition(":")[2].strip())
    held = sum(map(is_placeholder, values))
    filled = sum(
        1 for value in values if not is_placeholder(value) and value.strip(_EMPTY) not in ("", "null")
    )
    return held, filled


_EMPTY = "'\"[]{}~, "
"""What an empty value is written with: quotes, brackets, a tilde."""


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
    code, quotes, tables, comments, embeds and Logseq's properties aside."""
    fenced = False
    for line in body.split("\n"):
        text = line.strip()
        if text.startswith(("```", "~~~")):
            fenced = not fenced
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
