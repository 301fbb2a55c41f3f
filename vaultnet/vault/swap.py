"""One note's part of a person swapped for its new part, without the other notes' parts: what a
build from the saved state does when a note changed (saved/state.py), so that a change to the note of
someone a thousand notes tell about reads none of those notes.

`assemble` (resolve.py) stays the rule. `swap_part` gives its answer only where the person as
assembled and the one note's part, before and after, tell it exactly, and None elsewhere (the
caller then assembles the person again from every part). What they tell: a day's contact names
its first source and carries the first text of its sources and their merged direction, which
sums up every source of that day; so a day the note gains mentions on, or whose mentions only
moved to other lines, is known, and a day it lost or changed a mention on is not (what the
other notes said that day is mixed in), unless no other note told of that day: the caller
keeps, for each person, how many notes besides their own tell of each day (`sources_elsewhere`,
`recount`). Broadcasts and links are unions: they can grow, and shrink only where the caller
tells whether another note links the two (`linked_elsewhere`). Follow-ups carry their note.
tests/test_swap.py holds it to `assemble` on random parts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from itertools import chain
from typing import TypeVar

from vaultnet.model import Contact, FollowUp, Mention, Note, Person
from vaultnet.vault.resolve import Part, assemble, days_told_elsewhere, merge_direction

T = TypeVar("T", str, dt.date)


LinkedElsewhere = Callable[[str], "bool | None"]
"""Does a note other than the one swapped link the person with the one at this file? None when
that cannot be told."""


def swap_part(
    person: Person,
    note: Note,
    old: Part | None,
    new: Part | None,
    elsewhere: Mapping[dt.date, int] | None = None,
    linked_elsewhere: LinkedElsewhere | None = None,
) -> Person | None:
    """`person` (assembled with `old`, one note's part, among their parts) as assembled with
    `new` in its place instead, and with `note` as their note; None when that cannot be told
    without the other parts. `old` or `new` is None where the note has no part for them.

    `elsewhere`, when known: for each day, how many notes other than their own have mentions of
    them that day, `old`'s among them (`sources_elsewhere`). A day this note alone tells of is
    then made from its new mentions alone, whatever changed on it. `linked_elsewhere`, when
    given, tells whether a link the note took away is another note's too."""
    old, new = old or Part(), new or Part()
    file = new.file or old.file
    contacts = _contacts(person, note, file, old.mentions, new.mentions, elsewhere)
    broadcasts = _grown(person.broadcasts, old.broadcasts, new.broadcasts)
    linked = _linked(person.linked, old.linked, new.linked, linked_elsewhere)
    follow_ups = _follow_ups(person, note, file, old.follow_ups, new.follow_ups)
    if contacts is None or broadcasts is None or linked is None or follow_ups is None:
        return None
    return Person(note, contacts, broadcasts, follow_ups, linked, person.told_apart)


def _grown(whole: tuple[T, ...], old: tuple[T, ...], new: tuple[T, ...]) -> tuple[T, ...] | None:
    """A union of every part's values, one part's old values replaced by its new ones: known
    when none was taken away (another part may hold it too)."""
    if set(old) == set(new):
        return whole
    if not set(old) <= set(new):
        return None
    grown: set[T] = set(whole)
    grown.update(new)
    return tuple(sorted(grown))


def _linked(
    whole: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...], elsewhere: LinkedElsewhere | None
) -> tuple[str, ...] | None:
    """The people someone is linked with once one part's links went from `old` to `new`: one it
    took away is no longer linked unless another note links the two too (`elsewhere`)."""
    gone = sorted(set(old) - set(new))
    if not gone:
        return _grown(whole, old, new)
    if elsewhere is None:
        return None
    kept = [elsewhere(other) for other in gone]
    if None in kept:
        return None
    lost = {other for other, linked in zip(gone, kept, strict=True) if not linked}
    return tuple(sorted((set(whole) - lost) | set(new)))


def _follow_ups(
    person: Person, note: Note, file: str, old: tuple[FollowUp, ...], new: tuple[FollowUp, ...]
) -> tuple[FollowUp, ...] | None:
    if old == new:
        return person.follow_ups
    rest = [f for f in person.follow_ups if f.file != file]
    if len(person.follow_ups) - len(rest) != len(old) or any(f.file != file for f in new):
        return None  # not each in the note it is written in: not what assemble was given
    every = sorted(chain(rest, new), key=lambda f: (f.file != note.file, f.file, f.line))
    return tuple(every) if every else ()


def _by_day(mentions: tuple[Mention, ...]) -> dict[dt.date, list[Mention]]:
    days: dict[dt.date, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.line):
        days.setdefault(mention.date, []).append(mention)
    return days


def sources_elsewhere(own: str, parts: Iterable[Part]) -> dict[dt.date, int]:
    """For each day, how many of these parts other than the person's own note's (at `own`) have
    mentions that day: what `swap_part` is given as `elsewhere`."""
    return days_told_elsewhere(((m.date, part.file) for part in parts for m in part.mentions), own)


def recount(elsewhere: dict[dt.date, int], own: str, old: Part | None, new: Part | None) -> None:
    """`sources_elsewhere` as it is once one note's part went from `old` to `new`."""
    file = (new or old or Part()).file
    if file == own:
        return
    was, now = _days(old), _days(new)
    for day in was - now:
        elsewhere[day] -= 1
        if not elsewhere[day]:
            del elsewhere[day]
    for day in now - was:
        elsewhere[day] = elsewhere.get(day, 0) + 1


def _days(part: Part | None) -> set[dt.date]:
    return {m.date for m in part.mentions} if part is not None else set()


def _contacts(
    person: Person,
    note: Note,
    file: str,
    old: tuple[Mention, ...],
    new: tuple[Mention, ...],
    elsewhere: Mapping[dt.date, int] | None,
) -> tuple[Contact, ...] | None:
    if old == new:
        return person.contacts
    before, after = _by_day(old), _by_day(new)
    contacts = {c.date: c for c in person.contacts}
    own = file == note.file
    for day in before.keys() | after.keys():
        was, now = before.get(day, []), after.get(day, [])
        if was == now:
            continue
        contact = contacts.get(day)
        if _alone(contact, file, own, elsewhere, day):
            # This note alone tells of the day: its mentions now make it, as assemble does.
            if now:
                contacts[day] = assemble(note, [Part(file, own, tuple(now))]).contacts[0]
            else:
                del contacts[day]
            continue
        contact = _day(contact, note, file, was, now)
        if contact is None:
            return None
        contacts[day] = contact
    return tuple(contacts[day] for day in sorted(contacts))


def _alone(
    contact: Contact | None, file: str, own: bool, elsewhere: Mapping[dt.date, int] | None, day: dt.date
) -> bool:
    """Is the note at `file` known to be the only one that told of the contact's day? Their own
    note, when no other did; another, when it was the only other one and their own did not (the
    day's first source is then this note: their own would come first)."""
    if contact is None or elsewhere is None:
        return False
    others = elsewhere.get(day, 0)
    return others == 0 if own else others == 1 and contact.file == file


def _day(
    contact: Contact | None, note: Note, file: str, was: list[Mention], now: list[Mention]
) -> Contact | None:
    """The day's contact once the part's mentions of that day (by line) went from `was` to `now`."""
    if contact is None:
        # Nobody else tells of this day: the part alone makes it, as assemble does.
        return assemble(note, [Part(file, file == note.file, tuple(now))]).contacts[0] if not was else None
    if len(was) == len(now) and all(replace(a, line=b.line) == b for a, b in zip(was, now, strict=True)):
        if contact.file != file:
            return contact  # moved lines behind another note's first line
        return replace(contact, line=now[0].line) if contact.line == was[0].line else None
    added = Counter(now)
    added.subtract(was)
    if any(count < 0 for count in added.values()):
        return None  # a mention gone or changed: what the others said that day is mixed in
    return _grown_day(contact, note, file, was, sorted(added.elements(), key=lambda m: m.line))


def _grown_day(
    contact: Contact, note: Note, file: str, was: list[Mention], added: list[Mention]
) -> Contact | None:
    """The day's contact with `added` mentions from the part: `contact` stands for every source
    it was merged from (its first source, first text and merged direction are all a merge reads)."""
    first_here = contact.file == file
    # Sources sort by (not own, file, line): the part's mentions are one run in that order.
    ahead = not first_here and (contact.file != note.file, contact.file) < (file != note.file, file)
    if (first_here and (not was or contact.line != was[0].line)) or (was and not first_here and not ahead):
        return None  # not a contact this part was merged into as told
    if ahead:
        source, line = contact.file, contact.line
    else:
        source, line = file, min(contact.line if first_here else added[0].line, added[0].line)
    text = _text(contact, was, added, ahead)
    if text is None:
        return None
    marked = [] if contact.inferred else [contact.direction]
    direction = merge_direction([*marked, *(m.direction for m in added if not m.inferred)])
    inferred = False
    if direction == "unknown":
        read = [contact.direction] if contact.inferred else []
        direction = merge_direction([*read, *(m.direction for m in added if m.inferred)])
        inferred = direction != "unknown"
    return Contact(contact.date, direction, source, line, text, inferred)


def _text(contact: Contact, was: list[Mention], added: list[Mention], ahead: bool) -> str | None:
    """The first text of the day's sources, `added` among them; None when it cannot be told: an
    added text after another note's first source, whose texts before this part are not known."""
    new = next((m for m in added if m.text), None)
    if new is None:
        return contact.text
    old = next((m for m in was if m.text), None)
    if old is not None and old.line < new.line:
        return contact.text  # this part's first text is still first within it
    if not ahead or not contact.text:
        return new.text
    return None
