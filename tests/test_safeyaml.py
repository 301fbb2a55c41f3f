"""safeyaml: plain values only, and nothing that is too deep or too large once aliases expand."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from vaultnet.config import Config
from vaultnet.errors import TooComplex
from vaultnet.read import front_matter as safeyaml
from vaultnet.read.note import parse_note


def test_plain_values_are_read() -> None:
    text = "name: Jane\nbirthday: 1990-05-01\ntags: [person, 'friend']\nphone: 0612345678\n"
    assert safeyaml.load(text) == {
        "name": "Jane",
        "birthday": dt.date(1990, 5, 1),
        "tags": ["person", "friend"],
        "phone": "0612345678",  # not octal: YAML 1.1 keeps it as text
    }


def test_shared_values_within_the_limit_are_read() -> None:
    assert safeyaml.load("a: &a [1, 2]\nb: *a\n") == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo owned']",
        "a: !!python/name:os.system",
        "a: !!python/object/new:subprocess.Popen [['true']]",
        "a: !custom value",
    ],
)
def test_object_tags_are_refused(text: str) -> None:
    with pytest.raises(yaml.YAMLError, match="could not determine a constructor"):
        safeyaml.load(text)


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        levels.append(f"l{i}: &{'a' * (i + 1)} [" + ", ".join([f"*{'a' * i}"] * 10) + "]")
    with pytest.raises(TooComplex, match="values once its aliases are expanded"):
        safeyaml.load("\n".join(levels))


def test_an_alias_inside_itself_is_refused() -> None:
    with pytest.raises(TooComplex, match="contains it"):
        safeyaml.load("a: &a [1, *a]")


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 100 + "]" * 100,
        "a: " + "{" * 50_000,
        "a:\n" + "- " * 50_000 + "x",
        "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 80)) + " " * 80 + "c",
    ],
)
def test_deep_nesting_is_refused_at_its_line(text: str) -> None:
    with pytest.raises(TooComplex, match="nested deeper than 64") as caught:
        safeyaml.load(text)
    assert caught.value.line is not None


def test_nesting_at_the_limit_is_read() -> None:
    depth = safeyaml.MAX_DEPTH - 1  # the top mapping is one level
    assert safeyaml.load("a: " + "[" * depth + "]" * depth) is not None


@pytest.mark.parametrize(
    ("value", "reason"),
    [("!!int monthly", "invalid literal"), ("1" * 5000, "limit")],
)
def test_a_value_python_refuses_is_a_problem_at_its_line(value: str, reason: str) -> None:
    note = parse_note("People/Jane.md", f"---\nname: Jane\nbday: {value}\n---\n".encode(), Config())
    [problem] = note.problems
    assert (problem.file, problem.line) == ("People/Jane.md", 3)
    assert "front matter is not valid YAML" in problem.message and reason in problem.message
    assert note.kind == "person" and note.name == "Jane"  # the body and folder still count


def test_a_day_python_refuses_loses_nothing_but_itself() -> None:
    # `birthday: 1990-02-31` once made PyYAML refuse the whole front matter: the tags went with it.
    text = "---\ntags: [person, '#work']\nbirthday: 1990-02-31\nlast_contact: 2026-13-01\ncadence: 2 weeks\n---\n"
    note = parse_note("Notes/Jane.md", text.encode(), Config())
    assert note.kind == "person" and note.tags == ("person", "work") and note.cadence_days == 14
    assert [(p.line, p.message.split(":")[0]) for p in note.problems] == [
        (3, "birthday"),
        (4, "last_contact"),
    ]
    assert "expected a real date as YYYY-MM-DD" in note.problems[0].message
    # Text tagged a date that is none (PyYAML fails on it in its own way): kept as written, and
    # read as the day it opens with, as `birthday: 2026-01-01x` is.
    tagged = parse_note(
        "Notes/Jane.md", text.replace("1990-02-31", "!!timestamp 2026-01-01x").encode(), Config()
    )
    assert tagged.kind == "person" and tagged.tags == ("person", "work") and tagged.birthday == "2026-01-01"


def test_a_cadence_of_centuries_is_told_at_its_line() -> None:
    note = parse_note(
        "People/Jane.md", b"---\ntags: [person]\nname: Jane\n\ncadence: 73000d\n---\n", Config()
    )
    assert note.cadence_days is None
    assert [(p.line, p.message) for p in note.problems] == [
        (5, "cadence of 73000 days is over 100 years: ignored")
    ]


def test_a_bomb_in_a_person_note_leaves_the_rest_of_the_note_readable() -> None:
    bomb = "---\na: &a ['[[B]]','[[B]]','[[B]]','[[B]]','[[B]]','[[B]]','[[B]]','[[B]]','[[B]]','[[B]]']\n"
    for i in range(1, 7):
        bomb += f"l{i}: &{'a' * (i + 1)} [" + ", ".join([f"*{'a' * i}"] * 10) + "]\n"
    note = parse_note("People/Jane.md", (bomb + "---\n- 2026-11-02 -> coffee\n").encode(), Config())
    assert [p.message.split(":")[0] for p in note.problems] == ["front matter is too complex to read"]
    assert note.kind == "person" and len(note.entries) == 1


def test_an_unquoted_wikilink_is_the_link_as_text() -> None:
    text = "a: [[X]]\nb:\n  - [[Y|z]]\n  - [[2026-11-28]]\nc: [ [Q] ]\nd: [[P], [R]]\ne: [[S, T]]\n"
    assert safeyaml.load(text) == {
        "a": "[[X]]",
        "b": ["[[Y|z]]", "[[2026-11-28]]"],  # as written: not a date in a list in a list
        "c": [["Q"]],  # spaced apart: not written as a link
        "d": [["P"], ["R"]],
        "e": [["S", "T"]],
    }


def test_links_in_a_row_are_quoted_one_value_each() -> None:
    text = "a: [[X]], [[Y|y, z]], w\n  b: [[Q]] and more\nc:\n  - [[R]], [[S]]\nd: [[T]]\ne: [[U]], x # c\n"
    assert safeyaml.quote_links(text) == (
        'a: ["[[X]]", "[[Y|y, z]]", "w"]\n  b: ["[[Q]] and more"]\nc:\n  - "[[R]]"\n  - "[[S]]"\n'
        "d: [[T]]\ne: [[U]], x # c\n"
    )
    assert safeyaml.quote_links("a: [[T]]\nb: '[[U]], [[V]]'\n") is None
