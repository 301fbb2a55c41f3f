"""What a build from the saved state reads instead of the notes: the files changed since, each
saved person's line, and their headings in a long list from the face the state keeps. Each fast
path must give what reading the people afresh gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from itertools import accumulate
from operator import is_
from pathlib import Path
from typing import Any

from tests.test_watch_lists import PEOPLE, TODAY, _name, _note
from vaultnet.build import build, load_report
from vaultnet.config import Config
from vaultnet.convert import name_order
from vaultnet.model import PersonStats
from vaultnet.pages.groups import GROUP_AFTER, grouped, regroup
from vaultnet.pages.saved import RowBook, SavedStats, face_of
from vaultnet.saved.files import Packed
from vaultnet.saved.resume import _changed
from vaultnet.saved.state import State
from vaultnet.vault.cache import UNKNOWN, content_digest


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
                    first = name_order(s.person.note.name)[:1].upper()  # `Émile` under E
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
    never, real = ("never", "letter", "", 3, row), ("real", "letter", "", 3, row)
    layout = (("", 1, 10),)
    saved = {never: b"saved text", real: b"real text"}
    lists = {"never": ("never", True), "real": ("real", False)}
    keys = {"real": (["old keys"], ["new keys"])}
    book = RowBook(sections=saved, which=lists.get, layouts={never: layout, real: layout}, moved=keys.get)
    asked: list[object] = []

    def made(earlier: object) -> tuple[str, bytes, tuple[tuple[str, int, int], ...]]:
        asked.append(earlier)
        return "made text", b"made text", (("", 1, 9),)

    assert book.section("never", "letter", "", row, made) == "saved text"
    assert book.section("real", "letter", "", row, made) == "made text"  # someone moved on it
    assert asked == [(b"real text", layout, ["old keys"], ["new keys"])]
    assert book.section("a slice", "letter", "", row, made) == "made text"
    assert book.section("never", "due", "", row, made) == "made text"  # never made so
    assert book.section("never", "letter", "", row, made, 4) == "made text"  # nor under other headings
    assert asked[1:] == [None, None, None]
    assert book.new_sections == {
        never: b"saved text",
        real: b"made text",
        ("never", "due", "", 3, row): b"made text",
        ("never", "letter", "", 4, row): b"made text",
    }
    assert book.new_layouts == {
        never: layout,
        real: (("", 1, 9),),
        ("never", "due", "", 3, row): (("", 1, 9),),
        ("never", "letter", "", 4, row): (("", 1, 9),),
    }


def test_the_lines_kept_are_those_written_over_the_saved() -> None:
    """The people of a section kept whole are not written again: their saved lines stay."""
    a, b = ("Recency.md.j2", "name_line", ()), ("Recency.md.j2", "lapsed_line", ())
    book = RowBook({a: {"p/1.md": "one", "p/2.md": "two"}, b: {"p/3.md": "three"}})
    book.new[a] = {"p/2.md": "two, redone"}
    assert book.saved_rows() == {a: {"p/1.md": "one", "p/2.md": "two, redone"}, b: {"p/3.md": "three"}}


def _state(files: dict[str, tuple[int, int, int]], written_ns: int) -> State:
    empty = State(0, files, Packed(), Packed(), {}, {}, "", (), (), "", "", {})
    return dataclasses.replace(empty, written_ns=written_ns)


def test_the_files_changed_and_gone_since_the_state_was_saved() -> None:
    saved = {"a.md": (10, 100, UNKNOWN), "b.md": (20, 200, UNKNOWN), "c.md": (30, 300, UNKNOWN)}
    state = _state(saved, written_ns=1000)

    def found(*stamps: tuple[str, int, int]) -> list[tuple[str, str, int, int]]:
        return [(file, f"/v/{file}", size, mtime) for file, size, mtime in stamps]

    def changed(state: State, found: list[tuple[str, str, int, int]]) -> Any:
        return _changed(state, found, Config())

    unchanged = found(("a.md", 10, 100), ("b.md", 20, 200), ("c.md", 30, 300))
    assert changed(state, unchanged) == ({}, set())
    edited = found(("a.md", 11, 100), ("b.md", 20, 201), ("c.md", 30, 300))
    assert changed(state, edited) == ({"a.md": edited[0], "b.md": edited[1]}, set())
    # Written in the very tick the state was saved: read again, whatever its stamp says.
    late = found(("a.md", 10, 100), ("b.md", 20, 200), ("c.md", 30, 1000))
    assert changed(_state({**saved, "c.md": (30, 1000, UNKNOWN)}, 1000), late) == ({"c.md": late[2]}, set())
    assert changed(state, unchanged[:2]) == ({}, {"c.md"})
    # As many files as before, one of them new: the one it replaced is gone.
    swapped = found(("a.md", 10, 100), ("b.md", 20, 200), ("d.md", 40, 400))
    assert changed(state, swapped) == ({"d.md": swapped[2]}, {"c.md"})


def test_a_file_whose_stamp_moved_is_changed_only_when_its_bytes_did(tmp_path: Path) -> None:
    """Its bytes are read and compared with the digest the state saved; one the same is no change,
    and the state takes its new stamp."""
    for name, text in [("same.md", "- 2026-11-02 -> tea\n"), ("edited.md", "- 2026-11-02 <- tea\n")]:
        (tmp_path / name).write_text(text)
    digest = content_digest(b"- 2026-11-02 -> tea\n")
    state = _state({"same.md": (20, 100, digest), "edited.md": (20, 100, digest)}, written_ns=1000)
    found = [(name, str(tmp_path / name), 20, 500) for name in ("edited.md", "same.md")]
    assert _changed(state, found, Config()) == ({"edited.md": found[0]}, set())
    assert state.files == {"same.md": (20, 500, digest), "edited.md": (20, 100, digest)}


def _faced(rng: random.Random, by: str, years: list[int]) -> SavedStats:
    """A saved person standing in with a face alone: a name, or a day in one of `years` (or none)."""
    day = None
    if rng.random() < 0.9:
        day = dt.date(rng.choice(years), rng.randint(1, 12), rng.randint(1, 28)).toordinal()
    name = rng.choice(["Ann", "Bo", "Cy", "Émile", "_x", "9 Lives", "Zed"]) + str(rng.randrange(99))
    face = (name, day, day, day, 0, 0, 0)
    return SavedStats(name, lambda file: NotImplemented, face)


def test_regroup_gives_the_groups_grouped_gives_and_keeps_those_nobody_moved_on() -> None:
    """After people moved onto and off a long list, `regroup` works out only the groups around
    them from the saved layout: its groups are `grouped`'s, each one kept holds the very people
    of the group it was, and it declines only a short list or headings turned from years to
    months or back."""
    rng = random.Random(7)
    kept = declined = 0
    for _ in range(400):
        by = rng.choice(["letter", "due", "last", "planned"])
        years = rng.sample(range(2015, 2027), rng.choice([1, 1, 2, 5]))
        people = [_faced(rng, by, years) for _ in range(rng.randint(GROUP_AFTER - 5, 160))]
        if by == "letter":
            people.sort(key=lambda s: s._face[0])
        else:
            people.sort(key=lambda s: s._face[1] or 0)
        keys = [(id(s),) for s in people]
        layout = tuple((heading, len(under), 0) for heading, under in grouped(people, by))
        now, now_keys = list(people), list(keys)
        for _ in range(rng.choice([1, 1, 2, 3])):
            if now and rng.random() < 0.5:
                at = rng.randrange(len(now))
                del now[at], now_keys[at]
            if rng.random() < 0.7:
                at = rng.randint(0, len(now))
                newcomer = _faced(rng, by, rng.choice([years, [2012, *years]]))
                now.insert(at, newcomer)
                now_keys.insert(at, (id(newcomer),))
        plan = regroup(tuple(now), by, layout, keys, now_keys)
        expected = grouped(now, by)
        if plan is None:
            declined += 1
            one_year = {len({h[:4] for h, _, _ in layout} - {"none"}) == 1}
            one_year.add(len({h[:4] for h, _ in expected} - {"none"}) == 1)
            assert min(len(people), len(now)) <= GROUP_AFTER or (by != "letter" and len(one_year) == 2)
            continue
        assert [(heading, count) for heading, count, _ in plan] == [(h, len(u)) for h, u in expected]
        starts = [0, *accumulate(count for _, count, _ in plan)]
        old_starts = [0, *accumulate(count for _, count, _ in layout)]
        for at, (heading, count, was) in enumerate(plan):
            if was is not None:
                kept += 1
                assert layout[was][:2] == (heading, count)
                old = people[old_starts[was] : old_starts[was] + count]
                assert all(map(is_, now[starts[at] : starts[at] + count], old))
    assert kept > 1000 and 20 < declined < 200, (kept, declined)


def test_names_that_open_with_no_letter_are_one_group_and_an_opening_mark_is_skipped(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A long list heads its names by letter in the order it sorts them: a quote, a bracket or
    another mark a name opens with is skipped (`'Quoted' Quinn` under Q), and every name that
    then opens with no letter (`#1 Fan`, `🦊 Fox`) is under the one `#` heading, first."""
    odd = ["#1 Fan", "1st Person", "🦊 Fox", "(Paren) Pat", "*star", "'Quoted' Quinn", "`Tick` Tock", "张伟"]
    names = [*odd, *(f"{c}{c.lower()}x {n}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for n in (1, 2))]
    root = make_vault({f"People/{name}.md": "---\ntags: [person]\n---\n" for name in names})
    build(root, TODAY)
    page = (root / "_vaultnet" / "Recency.md").read_text(encoding="utf-8").split("## Never contacted", 1)[1]
    headings = re.findall(r"^### (\S+) \(\d+\)$", page, re.MULTILINE)
    assert headings == ["#", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "张"]
    groups = dict(re.findall(r"^### (\S+) \(\d+\)\n((?:- .*\n)+)", page, re.MULTILINE))
    first = ["#1 Fan", "1st Person", "🦊 Fox"]
    assert [name for line in groups["#"].splitlines() for name in first if name in line] == first
    for name, letter in (("(Paren) Pat", "P"), ("*star", "S"), ("'Quoted' Quinn", "Q"), ("Tick", "T")):
        assert name in groups[letter], (name, letter)
