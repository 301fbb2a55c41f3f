"""The flat front-matter reader against PyYAML: the same mapping, or an honest "not flat"."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vaultnet.read.front_matter_fast import read_flat

KEYS = ["name", "tags", "aliases", "birth-date", "n.gn", "Last Contact", "yes", "on", "1st", "_x", "a b"]
SCALARS = [
    "Jane Doe", "person", "Ada A.", "O'Brien", "C# dev", "https://example.org/x", "Ülrich", "[[Jane Doe]]",
    '"[[Jane Doe]]"', "'quoted'", '"a \\" b"', "'it''s'", '"two, three"', "2026-11-21", "2026-02-30",
    "2026-11-21T10:00", "12:30", "3m", "2w", "30d", "1e5",
    "0x1F", "0b1", "42", "0", "007", "1_000", "-5", "+1 555", "1.5", ".inf", "~", "null",
    "Null", "yes", "No", "off", "TRUE", "y", "n", "a: b", "a #comment", "a#b", "end:", "|", ">", "&a x",
    "*a", "!tag x", "%x", "@x", "`x`", "{a: b}", "[a, b]", "[]", "[ ]", "[a, [b]]", "[a:b]",
    "[2026-01-02, 3]", '["[[A]]", "[[B]]"]', "[a,]", "=", "<<", "- x", "x\ty", "",
]  # fmt: skip
INDENTS = ["", "  ", "    "]


@st.composite
def fronts(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(st.sampled_from(KEYS))
        if draw(st.booleans()):
            lines.append(
                f"{key}: {draw(st.sampled_from(SCALARS))}".rstrip() + draw(st.sampled_from(["", " "]))
            )
        else:
            lines.append(f"{key}:")
            indent = draw(st.sampled_from(INDENTS))
            for _ in range(draw(st.integers(0, 3))):
                lines.append(f"{draw(st.sampled_from([indent, *INDENTS]))}- {draw(st.sampled_from(SCALARS))}")
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["", "# comment", "  continued", "---"])))
    return "\n".join(lines) + "\n"


def _typed(value: object) -> object:
    """A value with its types spelled out: True == 1 in Python, not in YAML."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


@settings(max_examples=3000, deadline=None)
@given(fronts())
@example("name: Jane\ntags: [person, work]\nbirthday: 1980-02-03\n")
@example("people:\n- '[[A]]'\n- \"[[B]]\"\nempty:\n")
def test_flat_reader_agrees_with_pyyaml_or_declines(front: str) -> None:
    flat = read_flat(front)
    if flat is None:
        return
    expected = yaml.load(front, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert _typed(flat) == _typed(expected or {}), front


def test_common_front_matter_is_flat() -> None:
    front = (
        "name: Jane Doe\naliases: [Jane D.]\ntags: [person, work]\norg: Acme\ncadence: monthly\n"
        "birthday: 1980-02-03\ndate: 2026-11-02\ntype: meeting\nattendees:\n  - \"[[Ann]]\"\n  - '[[Bob]]'\n"
    )
    assert read_flat(front) == {
        "name": "Jane Doe",
        "aliases": ["Jane D."],
        "tags": ["person", "work"],
        "org": "Acme",
        "cadence": "monthly",
        "birthday": dt.date(1980, 2, 3),
        "date": dt.date(2026, 11, 2),
        "type": "meeting",
        "attendees": ["[[Ann]]", "[[Bob]]"],
    }


def test_what_is_not_flat_goes_to_pyyaml() -> None:
    for front in ("a:\n  b: 1\n", "a: |\n  text\n", "a: [[Jane]]\n", "a: yes\n", "a: 1.5\n", "a: x # c\n"):
        assert read_flat(front) is None, front
