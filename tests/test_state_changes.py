"""The state saved as its changes since a base (`saved/files.py`: `changes`, `patched`, `unshared`): the
changes applied to the base give the state again, whatever was put in, changed or taken out."""

from __future__ import annotations

import copy
import marshal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultnet.saved.files import changes, patched, unshared

leaves = st.one_of(st.integers(-3, 3), st.text("ab", max_size=2), st.none(), st.tuples(st.integers(0, 2)))
keys = st.one_of(st.text("abc", max_size=2), st.tuples(st.text("ab", max_size=1), st.integers(0, 1)))
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.dictionaries(keys, inner, max_size=5),
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.tuples(st.dictionaries(keys, inner, max_size=3), inner),
    ),
    max_leaves=25,
)


def edited(value: Any, draw: st.DrawFn) -> Any:
    """`value` with a few of its parts changed, put in or taken out."""
    if isinstance(value, dict) and value and draw(st.booleans()):
        out = dict(value)
        for name in draw(st.lists(st.sampled_from(sorted(out, key=repr)), max_size=2)):
            out.pop(name, None)
        for name in draw(st.lists(st.sampled_from(sorted(out, key=repr)), max_size=2)) if out else ():
            out[name] = edited(out[name], draw)
        out.update(draw(st.dictionaries(keys, leaves, max_size=2)))
        return out
    if isinstance(value, tuple) and value and draw(st.booleans()):
        return tuple(edited(part, draw) for part in value)
    return draw(values) if draw(st.integers(0, 3)) == 0 else value


@st.composite
def before_and_after(draw: st.DrawFn) -> tuple[Any, Any]:
    old = draw(values)
    return old, edited(old, draw)


@given(before_and_after(), st.integers(0, 4))
def test_the_changes_applied_to_the_base_give_the_state(pair: tuple[Any, Any], depth: int) -> None:
    old, new = pair
    kept = copy.deepcopy(old)
    patch = changes(old, new, depth)
    assert patched(old, patch) == new
    assert old == kept  # the base is left as it was
    assert (patch is None) == (old == new)
    assert marshal.loads(marshal.dumps(patch)) == patch  # what the journal file holds


def test_removed_keys_and_tuples_of_tables_are_changed_in_place_of_the_whole() -> None:
    files = {f"p{n}.md": (n, n) for n in range(1000)}
    old = (7, files, ({"a": 1}, [1, 2]))
    new_files = dict(files)
    del new_files["p3.md"]
    new_files["p5.md"] = (0, 0)
    new = (8, new_files, ({"a": 2}, [1, 2]))
    patch = changes(old, new, 4)
    assert patch == (
        "t",
        (("v", 8), ("d", {"p5.md": ("v", (0, 0))}, ("p3.md",)), ("t", (("d", {"a": ("v", 2)}, ()), None))),
    )
    assert patched(old, patch) == new


@given(
    st.lists(st.tuples(st.integers(0, 30), st.text("ab", max_size=2)), unique=True),
    st.lists(st.tuples(st.integers(0, 30), st.text("ab", max_size=2)), max_size=3),
    st.lists(st.integers(0, 40), max_size=3),
)
def test_a_list_is_changed_item_by_item(
    keys: list[tuple[int, str]], added: list[tuple[int, str]], removed: list[int]
) -> None:
    """A page list's keys: sorted, each person once. A person who moves is taken out and put in."""
    old = sorted(keys)
    new = [key for n, key in enumerate(old) if n not in removed]
    new = sorted(set(new) | set(added))
    patch = changes({"list": old}, {"list": new}, 2)
    assert patched({"list": old}, patch) == {"list": new}
    if patch is not None:
        (kind, *_), *_ = patch[1].values()
        assert kind == "l"


@given(st.lists(st.integers(0, 5), max_size=8), st.lists(st.integers(0, 5), max_size=8))
def test_any_two_lists_give_changes_that_make_the_one_from_the_other(old: list[int], new: list[int]) -> None:
    assert patched(old, changes(old, new, 1)) == new


@given(st.binary(max_size=60), st.binary(max_size=40), st.binary(max_size=40), st.binary(max_size=60))
def test_long_bytes_are_changed_between_their_common_ends(
    head: bytes, was: bytes, now: bytes, tail: bytes
) -> None:
    """A section's text (bytes) changed in one place is saved as that place: the patch holds
    little more than what changed, and gives the new bytes back."""
    lines = b"- a line of the section\n" * 200  # long enough to be changed in place
    old, new = head + was + tail + lines, head + now + tail + lines
    patch = changes({"section": old}, {"section": new}, 2)
    assert patched({"section": old}, patch) == {"section": new}
    if patch is not None:
        (kind, _, _, middle), *_ = patch[1].values()
        assert kind == "b" and len(middle) <= len(now)


def test_a_page_list_s_section_changed_by_one_line_is_saved_as_that_line() -> None:
    lines = [
        f"- [[people/Person {i}]]: last contact 2026-0{1 + i % 9}-1{i % 10}".encode() for i in range(10_000)
    ]
    old = b"\n".join(lines)
    new = b"\n".join(lines[:5_000] + lines[5_001:])
    patch = changes(old, new, 1)
    assert patched(old, patch) == new
    assert len(marshal.dumps(patch)) < 100 < len(old) // 1000


def test_a_list_whose_kept_items_moved_about_is_saved_whole() -> None:
    assert changes([1, 2, 3], [3, 2, 1], 1) == ("v", [3, 2, 1])
    assert changes([[1], 2], [[2], 2], 1) == ("v", [[2], 2])  # items that cannot be hashed


@pytest.mark.parametrize(
    ("value", "patch"),
    [
        (1, ("d", {}, ())),
        ({"a": 1}, ("t", (None,))),
        ((1, 2), ("t", (None,))),
        (1, ("x", 1)),
        (1, ("v",)),
        ([1, 2], ("l", 1, 2, (), ())),
        ([1, 2], ("l", 0, 1, (1,), ())),
        ([1, 2], ("l", 0, 1, (), ((2, 5),))),
        ((1, 2), ("l", 0, 0, (), ())),
        (b"ab", ("b", 1, 2, b"")),
        (b"ab", ("b", -1, 1, b"")),
        (b"ab", ("b", 0, 1, "text")),
        ("ab", ("b", 0, 1, b"")),
    ],
)
def test_a_change_that_does_not_fit_is_refused(value: Any, patch: Any) -> None:
    with pytest.raises(ValueError):
        patched(value, patch)


@given(values)
def test_an_unshared_copy_can_be_changed_in_place_and_the_original_stays(value: Any) -> None:
    kept = copy.deepcopy(value)
    copied = unshared(value, 4)
    assert copied == value

    def scribble(part: Any, depth: int) -> None:
        if depth == 0:
            return
        if isinstance(part, dict):
            for name in list(part):
                scribble(part[name], depth - 1)
            part["new"] = 1
        elif isinstance(part, list):
            for item in part:
                scribble(item, depth - 1)
            part.append(1)
        elif isinstance(part, tuple):
            for item in part:
                scribble(item, depth - 1)

    scribble(copied, 4)
    assert value == kept
