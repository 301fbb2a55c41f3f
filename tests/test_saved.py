"""What a build from the saved state reads instead of the notes: the files changed since, each
saved person's line, and their headings in a long list from the face the state keeps. Each fast
path must give what reading the people afresh gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from tests.test_watch_lists import PEOPLE, TODAY, _name, _note
from vaultnet.build import load_report
from vaultnet.model import PersonStats
from vaultnet.pages.groups import GROUP_AFTER, grouped
from vaultnet.pages.saved import RowBook, SavedStats, face_of
from vaultnet.state import State, _changed
from vaultnet.state_file import Packed


def _people(make_vault: Any, seed: int) -> tuple[PersonStats, ...]:
    rng = random.Random(seed)
    root = make_vault({_name(rng, i): _note(rng, False) for i in range(PEOPLE)})
    return load_report(root, TODAY).people


def _stand_ins(people: tuple[PersonStats, ...], rng: random.Random) -> tuple[Any, ...]:
    """The people as a build from the state has them: most saved (most of those with their face
    as saved, the others to be read when asked), some redone."""
    by_file = {s.person.file: s for s in people}
    mixed: list[Any] = []
    for s in people:
        if rng.random() < 0.2:
            mixed.append(s)
            continue
        saved = SavedStats(s.person.file, by_file.__getitem__)
        if rng.random() < 0.8:
            saved._face = face_of(s)
        mixed.append(saved)
    return tuple(mixed)


def _file(s: Any) -> str:
    return s._file if isinstance(s, SavedStats) else s.person.file  # type: ignore[no-any-return]


def _day(s: PersonStats, by: str) -> dt.date | None:
    if by == "due":
        return s.due
    if by == "last":
        return s.last_contact
    return s.planned[0].date if s.planned else None


def test_grouped_heads_each_person_by_their_own_letter_or_day(make_vault) -> None:  # type: ignore[no-untyped-def]
    people = _people(make_vault, 3)
    assert len(people) > GROUP_AFTER
    for by in ("letter", "due", "last", "planned"):
        for heading, group in grouped(people, by):
            for s in group:
                if by == "letter":
                    first = s.person.note.name.strip()[:1].upper()
                    assert heading == (first if first.isalpha() else "#")
                else:
                    day = _day(s, by)
                    assert heading in ((str(day.year), day.isoformat()[:7]) if day else ("none",))


def test_saved_people_are_grouped_as_the_people_they_stand_for(make_vault) -> None:  # type: ignore[no-untyped-def]
    people = _people(make_vault, 4)
    rng = random.Random(4)
    for by in ("letter", "due", "last", "planned"):
        mixed = _stand_ins(people, rng)
        fresh = [(h, [s.person.file for s in g]) for h, g in grouped(people, by)]
        assert [(h, [_file(s) for s in g]) for h, g in grouped(mixed, by)] == fresh


def test_a_saved_person_keeps_their_line_and_anyone_else_is_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    people = _people(make_vault, 5)
    mixed = _stand_ins(people, random.Random(5))
    key = ("Recency.md.j2", "name_line", ())
    # Every person had a line last time, but the last person saved had none.
    old = {s.person.file: f"old {s.person.file}" for s in people}
    unsaved = next(_file(s) for s in reversed(mixed) if isinstance(s, SavedStats))
    del old[unsaved]
    book = RowBook({key: old})
    text = book.lines(key, mixed, lambda s, suffix: f"new {s.person.file}{suffix}", ("!",))
    expected = [
        f"old {_file(s)}" if isinstance(s, SavedStats) and _file(s) != unsaved else f"new {_file(s)}!"
        for s in mixed
    ]
    assert text == "\n".join(expected)
    assert book.new[key] == dict(zip(map(_file, mixed), expected, strict=True))
    assert any(line.startswith("new") for line in expected) and any(
        line.startswith("old") for line in expected
    )


def test_a_list_as_saved_is_its_saved_section_and_any_other_is_made() -> None:
    row = ("Recency.md.j2", "name_line", ())
    saved = {("never", "letter", "", row): b"saved text"}
    lists = {"never": ("never", True), "real": ("real", False)}
    book = RowBook(sections=saved, which=lists.get)
    made = lambda: "made text"  # noqa: E731
    assert book.section("never", "letter", "", row, made) == "saved text"
    assert book.section("real", "letter", "", row, made) == "made text"  # someone moved on it
    assert book.section("a slice", "letter", "", row, made) == "made text"
    assert book.section("never", "due", "", row, made) == "made text"  # never made so
    assert book.new_sections == {
        ("never", "letter", "", row): b"saved text",
        ("real", "letter", "", row): b"made text",
        ("never", "due", "", row): b"made text",
    }


def test_the_lines_kept_are_those_written_over_the_saved() -> None:
    """The people of a section kept whole are not written again: their saved lines stay."""
    a, b = ("Recency.md.j2", "name_line", ()), ("Recency.md.j2", "lapsed_line", ())
    book = RowBook({a: {"p/1.md": "one", "p/2.md": "two"}, b: {"p/3.md": "three"}})
    book.new[a] = {"p/2.md": "two, redone"}
    assert book.saved_rows() == {a: {"p/1.md": "one", "p/2.md": "two, redone"}, b: {"p/3.md": "three"}}


def _state(files: dict[str, tuple[int, int]], written_ns: int) -> State:
    empty = State(0, files, Packed(), Packed(), {}, {}, "", (), (), "", "", {})
    return dataclasses.replace(empty, written_ns=written_ns)


def test_the_files_changed_and_gone_since_the_state_was_saved() -> None:
    saved = {"a.md": (10, 100), "b.md": (20, 200), "c.md": (30, 300)}
    state = _state(saved, written_ns=1000)

    def found(*stamps: tuple[str, int, int]) -> list[tuple[str, str, int, int]]:
        return [(file, f"/v/{file}", size, mtime) for file, size, mtime in stamps]

    unchanged = found(("a.md", 10, 100), ("b.md", 20, 200), ("c.md", 30, 300))
    assert _changed(state, unchanged) == ({}, set())
    edited = found(("a.md", 11, 100), ("b.md", 20, 201), ("c.md", 30, 300))
    assert _changed(state, edited) == ({"a.md": edited[0], "b.md": edited[1]}, set())
    # Written in the very tick the state was saved: read again, whatever its stamp says.
    late = found(("a.md", 10, 100), ("b.md", 20, 200), ("c.md", 30, 1000))
    assert _changed(_state({**saved, "c.md": (30, 1000)}, 1000), late) == ({"c.md": late[2]}, set())
    assert _changed(state, unchanged[:2]) == ({}, {"c.md"})
    # As many files as before, one of them new: the one it replaced is gone.
    swapped = found(("a.md", 10, 100), ("b.md", 20, 200), ("d.md", 40, 400))
    assert _changed(state, swapped) == ({"d.md": swapped[2]}, {"c.md"})
