"""The state's tables kept in a form that is cheap to read back (`saved/files.py`: `Packed`,
`names.SortedTable`) answer as the dicts they were made from, through `marshal` and back."""

from __future__ import annotations

import marshal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultnet.saved.files import Packed, changes, patched
from vaultnet.vault.names import SortedTable

names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)
files = st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=5))
tables = st.dictionaries(names, files.filter(bool), max_size=30)


@given(tables, st.lists(names, max_size=10))
def test_a_sorted_table_answers_as_its_dict(table: dict[str, list[str]], asked: list[str]) -> None:
    """Every name found with its files, in order; any other name not found (before the first,
    after the last, between two); newlines and any Unicode in names are only text."""
    saved = marshal.loads(marshal.dumps(SortedTable.saved(table)))
    read = SortedTable(saved)
    assert dict(read) == table and list(read) == sorted(table) and len(read) == len(table)
    for name in [*asked, *table]:
        assert read.get(name) == table.get(name)
        assert (name in read) == (name in table)


def test_a_sorted_table_that_does_not_hold_together_is_refused() -> None:
    names, name_ends, found, file_ends = SortedTable.saved({"ann": ["a.md"], "bo": ["b.md", "c.md"]})
    assert SortedTable((names, name_ends, found, file_ends))["bo"] == ["b.md", "c.md"]
    for damaged in (
        (names + "x", name_ends, found, file_ends),  # the names' text longer than its ends say
        (names, name_ends[:-4], found, file_ends),  # a name's end missing
        (names, name_ends[:-1], found, file_ends),  # not a whole number of ends
        (names, name_ends, found[:-1], file_ends),  # the files' text shorter than its ends say
    ):
        with pytest.raises(ValueError):
            SortedTable(damaged)


@given(
    st.dictionaries(
        st.text(max_size=4), st.tuples(st.text(max_size=3), st.lists(st.text(max_size=3))), max_size=20
    )
)
def test_a_packed_table_answers_as_its_dict(table: dict[str, tuple[str, list[str]]]) -> None:
    packed = Packed.of(table)
    read = Packed(marshal.loads(marshal.dumps(packed.raw)))
    assert dict(read) == table and read == packed
    for name, value in table.items():
        assert read[name] == value and read.get(name) == value
    assert read.get("\0absent") is None and "\0absent" not in read


def test_a_packed_table_changed_is_saved_as_the_values_changed() -> None:
    """The journal compares a packed table's bytes key by key: one value changed is one change."""
    base = Packed.of({f"n{i}.md": (f"N{i}", ()) for i in range(100)})
    now = Packed(dict(base.raw))
    now["n7.md"] = ("Seven", ("7",))
    del now["n8.md"]
    patch = changes(base.raw, now.raw, 1)
    assert patch is not None and set(patch[1]) == {"n7.md"} and patch[2] == ("n8.md",)
    assert Packed(patched(base.raw, patch)) == now
