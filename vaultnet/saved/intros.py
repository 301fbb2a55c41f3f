"""The introductions made (`#intro` entries) as a build from the saved state keeps them
(`State.made`, `State.unclear`, `State.intros`, `State.later`): taken in from the notes changed
since, and kept as saved on a later day until one that may change them. Where that cannot be
told cheaply, StateLater: the build reads every note (tests/test_state.py holds both ways to a
fresh build)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from vaultnet.errors import StateLater
from vaultnet.metrics.cultivate import first_together, has_intro, next_change, note_intros
from vaultnet.model import Mention, Note
from vaultnet.saved.state import State
from vaultnet.vault.names import Resolver

Earlier = Callable[[str], "Note | None"]
"""A note as the saved state knew it (None when that is not known)."""


def kept_on(state: State, today: dt.date) -> bool:
    """Are the introductions made as saved those of `today`, a later day than the state's,
    before the first day that may change them?"""
    return state.today < today.toordinal() < (state.later or _NEVER)


def redo(
    state: State,
    notes: dict[str, Note],
    gone: set[str],
    moved: Collection[str],
    find: Resolver,
    earlier: Earlier,
    today: dt.date,
) -> None:
    """Take in the introductions of the changed `notes` and of those `gone`, with the people
    `moved` (added, removed or renamed) since the state was saved; StateLater where any note may
    tell them otherwise now."""
    _intros_redone(state, notes, moved, find, earlier, today)
    if state.made:
        _since_redone(state, notes, gone, moved, find, today)
    if state.intros:
        _later_redone(state, notes, find, today)


def _intros_redone(
    state: State,
    notes: dict[str, Note],
    moved: Collection[str],
    find: Resolver,
    earlier: Earlier,
    today: dt.date,
) -> None:
    """The introductions the changed notes make, taken in when each note makes the same ones as
    before (the same days and people, in the same order): their lines and words as they are
    now. StateLater for an introduction made, changed or taken away, or made by a changed note
    while someone was added, removed or renamed: its first naming since may be any note's."""
    intros = set(state.intros)
    for file, note in notes.items():
        if file not in intros and not has_intro(note):
            continue
        before = earlier(file) if file in state.files else None
        if moved or (before is None and file in state.files):
            raise StateLater(f"{file}: an introduction, as it was not known or with people moved")
        was = note_intros(before, find, today) if before is not None else []
        now = note_intros(note, find, today)
        if list(map(_intro_key, was)) != list(map(_intro_key, now)):
            raise StateLater(f"{file}: an introduction made, changed or taken away")
        _told_again(state, file, now)
        if has_intro(note):
            intros.add(file)
        else:
            intros.discard(file)
    state.intros = tuple(sorted(intros))


def _told_again(state: State, file: str, now: list[tuple[Mention, list[str]]]) -> None:
    """The introductions saved as made by `file` (and those naming not two people) with the
    lines and words of its entries that tell them now (`note_intros`, the same as before)."""
    first: dict[tuple[object, ...], Mention] = {}  # each introduction: the entry telling it first
    for intro in now:
        first.setdefault(_intro_key(intro), intro[0])
    made = []
    for day, f, line, text, a, b, since in state.made:
        mention = first.get((day, tuple(sorted((a, b))))) if f == file else None
        if mention is not None:
            line, text = mention.line, mention.text
        made.append((day, f, line, text, a, b, since))
    state.made = tuple(made)
    unclear = iter([mention for mention, named in now if len(named) != 2])
    state.unclear = tuple(
        (f, (told := next(unclear)).line, told.text, count) if f == file else (f, line, text, count)
        for f, line, text, count in state.unclear
    )


def _later_redone(state: State, notes: dict[str, Note], find: Resolver, today: dt.date) -> None:
    """The first day that may change the introductions made (`State.later`), the changed notes'
    days after today taken in (one they no longer tell of stays: a build on it reads in full)."""
    pairs = [(a, b) for _, _, _, _, a, b, _ in state.made]
    ahead = next_change(notes.values(), find, today, pairs)
    if ahead is not None:
        state.later = min(state.later or _NEVER, ahead.toordinal())


_NEVER = dt.date.max.toordinal() + 1
"""A day number after every day: `State.later` when it is 0."""


def _intro_key(intro: tuple[Mention, list[str]]) -> tuple[object, ...]:
    """What an `#intro` entry tells, whatever its line: its day and the two it introduces (or
    how many it names, when not two)."""
    mention, named = intro
    pair = tuple(sorted(named)) if len(named) == 2 else len(named)
    return (mention.date.toordinal(), pair)


def _since_redone(
    state: State,
    notes: dict[str, Note],
    gone: set[str],
    moved: Collection[str],
    find: Resolver,
    today: dt.date,
) -> None:
    """Each introduction made with the first note since that names both its people (`since`),
    after the changed notes: the earlier of the one saved and the first of theirs, as every other
    note names them as before (and no earlier than the one saved). StateLater when the note
    saved as the first went, or changed and names them later or not at all, or when one of the
    two was added, removed or renamed: then any note may be the first."""
    made = []
    for day, file, line, text, a, b, since in state.made:
        if a in moved or b in moved or (since is not None and since[1] in gone):
            raise StateLater(f"{file}: the introduction of {a} and {b} may be told otherwise now")
        first = first_together(notes.values(), find, today, (a, b), dt.date.fromordinal(day))
        at = (first.date.toordinal(), first.file) if first is not None else None
        if since is not None and since[1] in notes and (at is None or at > since[:2]):
            raise StateLater(f"{since[1]}: no longer the first to name {a} and {b} together")
        if first is not None and (since is None or at <= since[:2]):
            since = (first.date.toordinal(), first.file, first.line)
        made.append((day, file, line, text, a, b, since))
    state.made = tuple(made)
