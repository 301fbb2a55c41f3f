"""Indented JSON, as `json.dumps(value, indent=2, ensure_ascii=False)` writes it, made by the
standard library's C encoder.

With `indent`, the standard library encodes in Python, value by value: most of `report --json`
at 10,000 people. Its C encoder takes no indent, but it takes any item separator, and a newline
followed by the indentation is one. So every run of plain values (strings, numbers, booleans,
null) is encoded in C with its level's separator; only the nesting is walked here.
`tests/test_json_text.py` holds the text to `json.dumps`'s, byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})
"""The types whose JSON is one token (subclasses go the long way: `json` may write them otherwise)."""


def dumps(value: Any, indent: int = 2) -> str:
    """`json.dumps(value, indent=indent, ensure_ascii=False)`, the same text."""
    parts: list[str] = []
    _put(value, 0, indent, parts)
    return "".join(parts)


@cache
def _encoder(pad: str) -> Callable[[Any], str]:
    """The C encoder for items `pad` in: a new line and the pad between them. Made once: a
    `JSONEncoder.encode` call makes a new C encoder each time, which would cost more than the
    few values it encodes here."""
    separator = ",\n" + pad
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        quote = json.encoder.encode_basestring
        try:  # the arguments `JSONEncoder.iterencode` gives it (no circular check, no default)
            encode = make(None, None, quote, None, ": ", separator, False, False, True)
        except TypeError:  # another Python's: the public way below
            pass
        else:
            return lambda value: "".join(encode(value, 0))
    return json.JSONEncoder(ensure_ascii=False, separators=(separator, ": ")).encode


def _put(value: Any, depth: int, indent: int, parts: list[str]) -> None:
    kind = type(value)
    if kind is dict:
        if all(type(key) is str for key in value):
            _put_dict(value, depth, indent, parts)
            return
    elif kind is list or kind is tuple:
        _put_list(value, depth, indent, parts)
        return
    elif kind in _PLAIN:
        parts.append(_encoder("")(value))
        return
    # Anything else (keys that are not strings, subclasses): the standard library, indented here.
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    parts.append(text.replace("\n", "\n" + " " * (indent * depth)))


def _put_list(items: list[Any] | tuple[Any, ...], depth: int, indent: int, parts: list[str]) -> None:
    pad = " " * (indent * (depth + 1))
    if all(type(item) in _PLAIN for item in items):
        text = _encoder(pad)(items)  # "[]" when empty, as json.dumps writes it
        parts.append(text if len(text) == 2 else f"[\n{pad}{text[1:-1]}\n{pad[:-indent]}]")
        return
    parts.append("[")
    for index, item in enumerate(items):
        parts.append(",\n" + pad if index else "\n" + pad)
        _put(item, depth + 1, indent, parts)
    parts.append("\n" + pad[:-indent] + "]")


def _put_dict(items: dict[str, Any], depth: int, indent: int, parts: list[str]) -> None:
    if not items:
        parts.append("{}")
        return
    pad = " " * (indent * (depth + 1))
    encode = _encoder(pad)
    parts.append("{")
    lead = "\n" + pad
    run: dict[str, Any] = {}  # plain values in a row, encoded at once
    for key, value in items.items():
        if type(value) in _PLAIN:
            run[key] = value
            continue
        if run:
            parts.append(lead + encode(run)[1:-1])
            lead = ",\n" + pad
            run = {}
        parts.append(lead + encode(key) + ": ")
        lead = ",\n" + pad
        _put(value, depth + 1, indent, parts)
    if run:
        parts.append(lead + encode(run)[1:-1])
    parts.append("\n" + pad[:-indent] + "}")
