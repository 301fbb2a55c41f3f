"""Flat front matter read without PyYAML, for the common shape; None for anything else.

Most front matter is a few `key: value` lines, flow lists (`tags: [person, work]`) and block
lists (`- item`). PyYAML's C loader still builds every value in Python; this reader does the
same work for that shape in a fraction of the time (docs/performance.md). It accepts only
values whose YAML 1.1 meaning (as PyYAML's SafeLoader resolves it) is certain: text that starts
with a letter and is no null or boolean word, whole numbers without sign or leading zero, and
`YYYY-MM-DD` dates.
Anything else (nesting, block scalars, comments, anchors, escapes, floats, times, ...) returns
None, and `parse.load_yaml` asks PyYAML. tests/test_flatyaml.py checks both agree.
"""

from __future__ import annotations

import datetime as dt

from vaultnet.errors import NotFlat
from vaultnet.patterns import lazy_pattern

_KEY = lazy_pattern(r"([A-Za-z_][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+)*):(?: +|$)")
_INT = lazy_pattern(r"0|[1-9][0-9]*")
_WORD_AFTER_NUMBER = lazy_pattern(r"[1-9][0-9]*[A-Za-z][A-Za-z0-9]*")
"""`3m`, `2w`, `30d`: text to YAML (no int, float or date pattern fits)."""
_DATE = lazy_pattern(r"(\d{4})-(\d\d)-(\d\d)")
_PLAIN_UNSURE = lazy_pattern(r": | #|:$|\t|[\[\]{}]")
"""In a plain scalar: a mapping, a comment, a tab, a flow collection (no scalar that can hold
one of these is read here)."""
_FLOW_UNSURE = lazy_pattern(r":| #|\t|[\[\]{}]")
"""The same inside a flow list, where any `:` may start a mapping."""
_WORDS = {
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
}  # fmt: skip
"""Plain words PyYAML reads as booleans or null, not text."""


def _scalar(text: str, flow: bool) -> object:
    """One plain or quoted scalar, typed as SafeLoader would; NotFlat when unsure."""
    if not text:
        raise NotFlat
    first = text[0]
    if first == '"':
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
            raise NotFlat
        return inner
    if first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner:
            raise NotFlat
        return inner
    if (_FLOW_UNSURE if flow else _PLAIN_UNSURE).search(text):
        raise NotFlat
    if first.isalpha():
        if text in _WORDS:
            raise NotFlat
        return text
    if "0" <= first <= "9":
        if _INT.fullmatch(text):
            if len(text) > 18:
                raise NotFlat  # past Python's digit limit, PyYAML's reader says what is wrong
            return int(text)
        if _WORD_AFTER_NUMBER.fullmatch(text):
            return text
        date = _DATE.fullmatch(text)
        if date:
            try:
                return dt.date(int(date[1]), int(date[2]), int(date[3]))
            except ValueError:
                raise NotFlat from None
    raise NotFlat


def _value(text: str) -> object:
    if text.startswith("["):
        if not text.endswith("]"):
            raise NotFlat
        inner = text[1:-1].strip(" ")
        if not inner:
            return []
        return [_scalar(item.strip(" "), flow=True) for item in inner.split(",")]
    return _scalar(text, flow=False)


def read_flat(front: str) -> dict[str, object] | None:
    """The mapping PyYAML's SafeLoader would give for `front`, or None when it is not flat."""
    try:
        return _read(front)
    except NotFlat:
        return None


def _read(front: str) -> dict[str, object]:
    data: dict[str, object] = {}
    lists: dict[str, list[object]] = {}  # keys given no value on their line, and their `- ` items
    items: list[object] | None = None  # the block list that the next `- ` line would go on
    indent = -1
    for line in front.split("\n"):
        if not line.strip(" "):
            continue
        if line[0] == " " or line[0] == "-":
            stripped = line.lstrip(" ")
            if items is None or not stripped.startswith("- "):
                raise NotFlat
            if indent < 0:
                indent = len(line) - len(stripped)
            elif indent != len(line) - len(stripped):
                raise NotFlat
            item = stripped[2:].strip(" ")
            if item.startswith("- "):
                raise NotFlat
            items.append(_scalar(item, flow=False))
            continue
        match = _KEY.match(line)
        if not match or match[1] in _WORDS or match[1] in data:
            raise NotFlat
        key = match[1]
        rest = line[match.end() :].rstrip(" ")
        indent = -1
        if rest:
            items = None
            data[key] = _value(rest)
        else:
            items = lists[key] = []
            data[key] = items
    for key, given in lists.items():
        if not given:
            data[key] = None  # `key:` alone is YAML's null
    return data
