"""`resolve` gathers people person by person; watch mode and a build from the saved state make
them from each note's `contribute` parts and `assemble`. Both ways must give the same people,
contributions and problems, on any notes."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from vaultnet.config import Config
from vaultnet.convert import name_key
from vaultnet.model import Direction, FollowUp, Mention, Note, Problem
from vaultnet.vault import resolve as resolving
from vaultnet.vault.names import Resolver, told_apart
from vaultnet.vault.resolve import (
    Part,
    Seen,
    assemble,
    contribute,
    crowd_problem,
    note_names,
    problem_order,
    resolve,
    sightings,
    unnoted,
)

PEOPLE = ("People/Ann.md", "People/Bo.md", "People/bo.md", "Team/Cy.md", "Team/Ann.md", "Dee.md")
TARGETS = (
    "Ann", "ann", "People/Ann", "Team/Ann", "Bo", "bo", "Cy", "Cyrus", "Dee", "D", "Nobody", "Dee.md",
    "Trip", "2026-01-02",
)  # fmt: skip
"""Names that mean one person, two (a clash: nobody), an alias, or no one: a stranger, a note
of another kind (`Trip`), a day."""
DAYS = st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 6))
DIRECTIONS: st.SearchStrategy[Direction] = st.sampled_from(("inbound", "outbound", "mutual", "unknown"))
SOME_TARGETS = st.lists(st.sampled_from(TARGETS), max_size=4).map(tuple)


@st.composite
def mentions(draw: st.DrawFn) -> tuple[Mention, ...]:
    found = []
    for line in range(1, draw(st.integers(0, 7)) + 1):
        found.append(
            Mention(
                draw(DAYS),
                draw(DIRECTIONS),
                line,
                draw(st.sampled_from(["", "coffee", "a call"])),
                draw(SOME_TARGETS),
                broadcast=draw(st.booleans()) and draw(st.booleans()),
                inferred=draw(st.booleans()),
                aside=draw(st.booleans()) and draw(st.booleans()),
            )
        )
    return tuple(found)


@st.composite
def follow_ups(draw: st.DrawFn, file: str) -> tuple[FollowUp, ...]:
    lines = draw(st.lists(st.integers(1, 9), max_size=3))
    return tuple(FollowUp(file, line, "ask", draw(SOME_TARGETS)) for line in lines)


@st.composite
def vaults(draw: st.DrawFn) -> list[Note]:
    notes = []
    for file in draw(st.lists(st.sampled_from(PEOPLE), min_size=1, unique=True)):
        stem = file.rsplit("/", 1)[-1].removesuffix(".md")
        aliases = draw(st.lists(st.sampled_from(["Cyrus", "D", "Ann", "bo"]), max_size=2, unique=True))
        notes.append(
            Note(
                file,
                "person",
                draw(st.sampled_from([stem, "Dee", "Cyrus"])),
                aliases=tuple(aliases),
                entries=draw(mentions()),
                links=draw(SOME_TARGETS),
                follow_ups=draw(follow_ups(file)),
                problems=(Problem(file, 1, "odd"),) if draw(st.booleans()) else (),
            )
        )
    for number in range(draw(st.integers(0, 3))):
        file = f"Daily/2026-01-0{number + 1}.md"
        notes.append(
            Note(
                file,
                "dated",
                file,
                date=dt.date(2026, 1, number + 1),
                entries=draw(mentions()),
                links=draw(SOME_TARGETS),
                follow_ups=draw(follow_ups(file)),
            )
        )
    notes.append(Note("Other.md", "other", "Other", links=("Ann",)))
    # An undated note: its dated items and open tasks tell of people, line by line.
    notes.append(
        Note("Trip.md", "other", "Trip", entries=draw(mentions()), follow_ups=draw(follow_ups("Trip.md")))
    )
    return draw(st.permutations(notes))


def by_parts(notes: list[Note]) -> tuple[tuple[object, ...], Seen, list[Problem]]:
    """The people as watch mode makes them: each note's parts, assembled in file order; what each
    note contributed, and the problems."""
    notes = sorted(notes, key=lambda n: n.file)
    people_notes = [n for n in notes if n.kind == "person"]
    find = Resolver(people_notes)
    parts: dict[str, list[Part]] = defaultdict(list)
    seen: Seen = {}
    problems = [p for n in notes for p in n.problems]
    for note in notes:
        if note.kind == "other" and not note.entries and not note.follow_ups:
            continue
        contributed = contribute(note, find)
        for person, part in contributed.items():
            parts[person].append(part)
        crowd = crowd_problem(note, find)
        seen[note.file] = (tuple(sorted(contributed)), crowd, sightings(note, find, Config()))
        if crowd is not None:
            problems.append(crowd)
    names = {n.file: n.name for n in people_notes}
    people = tuple(
        assemble(n, parts.get(n.file, ()), told_apart(find, names.get, (name_key(n.name),)).get(n.file, ""))
        for n in people_notes
    )
    return people, seen, sorted([*problems, *find.problems()], key=problem_order)


@settings(max_examples=400, deadline=None)
@given(vaults(), st.sampled_from([2, 3, 200]))
def test_resolve_gives_the_people_their_parts_assemble(notes: list[Note], crowd: int) -> None:
    with mock.patch.object(resolving, "MAX_LINKED_GROUP", crowd):  # small: crowds happen
        seen: Seen = {}
        vault = resolve(notes, Config(), seen)
        people, seen_by_parts, problems = by_parts(notes)
    assert vault.people == people
    assert seen == seen_by_parts
    assert list(vault.problems) == problems
    sighted = {file: found for file, (_, _, found) in seen.items()}
    names = note_names(n.file for n in notes)
    assert vault.unnoted == unnoted(sighted, vault.names, lambda: names)  # type: ignore[arg-type]
    named = {n.file.rsplit("/", 1)[-1].removesuffix(".md").lower() for n in notes}
    assert not {u.name.lower() for u in vault.unnoted} & {*named, "2026-01-02"}  # no note's name, no day


def test_people_of_one_name_are_told_apart_by_a_folder_else_their_path_else_its_form() -> None:
    """The name pages show a person by (`Person.shown_name`): their note's name, and when another
    person's is the same (in any case or Unicode form), with the folder nearest their note that
    the others' notes do not lie in, else their note's path; a path that looks like another's
    with the Unicode form it is written in."""
    zoe = [unicodedata.normalize(form, "People/Zoë Ångström.md") for form in ("NFC", "NFD")]
    files = {
        "People/work/Alex.md": "Alex",
        "People/family/Alex.md": "Alex",
        "Clients/Acme/People/Lee.md": "Lee",
        "Clients/Beta/People/Lee.md": "Lee",
        "People/Sam.md": "Sam",
        "People/work/Sam.md": "sam",
        "People/Kim.md": "Kim",
        "People/Bo.md": "Kim",  # `name: Kim`
        "People/Una.md": "Una",
        zoe[0]: "Zoë Ångström",
        zoe[1]: "Zoë Ångström",
    }
    vault = resolve([Note(file, "person", name) for file, name in files.items()], Config())
    shown = {p.file: p.shown_name for p in vault.people}
    assert shown == {
        "People/work/Alex.md": "Alex (work)",
        "People/family/Alex.md": "Alex (family)",
        "Clients/Acme/People/Lee.md": "Lee (Acme)",
        "Clients/Beta/People/Lee.md": "Lee (Beta)",
        "People/Sam.md": "Sam (People/Sam.md)",
        "People/work/Sam.md": "sam (work)",
        "People/Kim.md": "Kim (People/Kim.md)",
        "People/Bo.md": "Kim (People/Bo.md)",
        "People/Una.md": "Una",
        zoe[0]: "Zoë Ångström (NFC)",
        zoe[1]: "Zoë Ångström (NFD)",
    }
    assert [p.note.name for p in vault.people] == [files[p.file] for p in vault.people]
