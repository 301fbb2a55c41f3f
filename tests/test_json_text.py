"""`json_text.dumps` writes what `json.dumps(..., indent=2, ensure_ascii=False)` writes."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vaultnet.pages import json_text
from vaultnet.pages.json_text import dumps

plain = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),  # quotes, backslashes, control characters, any Unicode
)
keys = st.one_of(st.text(), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
values = st.recursive(
    plain,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.lists(inner, max_size=6).map(tuple),
        st.dictionaries(st.text(max_size=8), inner, max_size=6),
        st.dictionaries(keys, inner, max_size=4),
    ),
    max_leaves=40,
)


class Mood(enum.IntEnum):
    CALM = 1


@settings(max_examples=2000, deadline=None)
@given(values)
@example({"people": [{"name": "Ana", "tags": [], "follow_ups": [{"line": 3}], "real": True}], "n": {}})
@example([[], {}, [[]], {"a": {"b": []}}, (1, 'x\n"y\\')])
@example({"mood": Mood.CALM, 1: "one", "sub": {True: None}})
def test_the_same_text_as_json_dumps(value: Any) -> None:
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_the_same_text_without_the_c_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where `json` has no C encoder to make (another Python), the public encoder writes it."""
    monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    json_text._encoder.cache_clear()
    try:
        value = {"people": [{"name": 'Zoë "Z"', "tags": ["a", "b"], "due": None, "days": 3.5}], "x": []}
        assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)
    finally:
        json_text._encoder.cache_clear()
