"""`swap_part` against `assemble`: one note's part of a person swapped for its new part gives the
person assembled afresh from every part, or None (never a different person); and it answers
for the edits a build after one change meets most (a line added to a log, lines moved)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from vaultnet.model import Direction, FollowUp, Mention, Note
from vaultnet.vault.resolve import Part, assemble
from vaultnet.vault.swap import recount, sources_elsewhere, swap_part

OWN = "People/Pat.md"
OTHERS = ["Daily/2026-01-01.md", "People/Ann.md", "People/Zed.md", "Zoo/notes.md"]
DAYS = [dt.date(2026, 1, d) for d in (1, 2, 3, 5, 8)]
DIRECTIONS: list[Direction] = ["outbound", "inbound", "mutual", "unknown"]
TEXTS = ["", "", "coffee", "call", "a walk"]


def _mention(rng: random.Random, line: int, day: dt.date | None = None) -> Mention:
    return Mention(
        day or rng.choice(DAYS),
        rng.choice(DIRECTIONS),
        line,
        rng.choice(TEXTS),
        (),
        inferred=rng.random() < 0.3,
    )


def _part(rng: random.Random, file: str, own: bool) -> Part:
    lines = sorted(rng.sample(range(1, 60), rng.randint(0, 5)))
    follow_ups = tuple(
        FollowUp(file, line, "ask", ()) for line in sorted(rng.sample(range(60, 80), rng.randint(0, 2)))
    )
    return Part(
        file,
        own,
        tuple(_mention(rng, line) for line in lines),
        tuple(sorted(rng.sample(DAYS, rng.randint(0, 2)))),
        follow_ups,
        tuple(sorted(rng.sample(["People/Bo.md", "People/Cy.md", "People/Di.md"], rng.randint(0, 2)))),
    )


def _shifted(part: Part, after: int, by: int) -> Part:
    """The part with every line after `after` moved by `by` (a line put in or taken out)."""

    def move(line: int) -> int:
        return line + by if line > after else line

    return replace(
        part,
        mentions=tuple(replace(m, line=move(m.line)) for m in part.mentions),
        follow_ups=tuple(replace(f, line=move(f.line)) for f in part.follow_ups),
    )


def _edited(rng: random.Random, part: Part) -> tuple[str, Part]:
    kind = rng.choice(
        [
            "append",
            "append",
            "append day",
            "insert",
            "shift",
            "text",
            "remove",
            "link",
            "unlink",
            "broadcast",
            "task",
        ]
    )
    mentions = part.mentions
    if kind == "append":
        last = max((m.line for m in mentions), default=0)
        added = tuple(_mention(rng, last + 1 + i) for i in range(rng.randint(1, 2)))
        return kind, replace(part, mentions=mentions + added)
    if kind == "append day" and mentions:  # on a day the part tells of already
        last = max(m.line for m in mentions)
        return kind, replace(part, mentions=(*mentions, _mention(rng, last + 1, rng.choice(mentions).date)))
    if kind == "insert":
        line = rng.randint(1, 60)
        moved = _shifted(part, line - 1, 1)
        put = tuple(sorted((*moved.mentions, _mention(rng, line)), key=lambda m: m.line))
        return kind, replace(moved, mentions=put)
    if kind == "shift":
        return kind, _shifted(part, rng.randint(0, 30), rng.choice([-1, 1, 3]))
    if kind == "text" and mentions:
        i = rng.randrange(len(mentions))
        changed = replace(mentions[i], text=rng.choice(TEXTS) + "!")
        return kind, replace(part, mentions=(*mentions[:i], changed, *mentions[i + 1 :]))
    if kind == "remove" and mentions:
        i = rng.randrange(len(mentions))
        return kind, replace(part, mentions=mentions[:i] + mentions[i + 1 :])
    if kind == "link":
        return kind, replace(part, linked=tuple(sorted({*part.linked, "People/Ed.md"})))
    if kind == "unlink" and part.linked:
        return kind, replace(part, linked=part.linked[1:])
    if kind == "broadcast":
        return kind, replace(part, broadcasts=tuple(sorted({*part.broadcasts, rng.choice(DAYS)})))
    if kind == "task":
        return kind, replace(part, follow_ups=(*part.follow_ups, FollowUp(part.file, 90, "new", ())))
    return "none", part


def _case(seed: int, counted: bool = False) -> tuple[str, bool]:
    """One random person, one part swapped: the swap equals assemble, or is None. What was done,
    and whether the swap answered. `counted`: the swap is told how many notes besides their own
    tell of each day, and the count kept up (`recount`) is the count of the parts after."""
    rng = random.Random(seed)
    note = Note(OWN, "person", "Pat")
    files = sorted([OWN, *rng.sample(OTHERS, rng.randint(0, len(OTHERS)))])
    parts = [_part(rng, file, file == OWN) for file in files]
    person = assemble(note, parts)
    which = rng.randrange(len(parts) + 1)
    if which == len(parts):  # a note that told nothing of them now does
        file = next((f for f in ["Daily/2026-02-02.md", "People/Mo.md"] if f not in files), "Zoo/z.md")
        old, new, kind = None, _part(rng, file, False), "new part"
        after = sorted([*parts, new], key=lambda p: p.file)
    else:
        old = parts[which]
        kind, new = _edited(rng, old)
        after = [new if p is old else p for p in parts]
    now_note = replace(note, tags=("friend",)) if old is not None and old.own and rng.random() < 0.3 else note
    elsewhere = sources_elsewhere(OWN, parts) if counted else None
    others = [p for p in parts if p.file != new.file]

    def linked_elsewhere(other: str) -> bool:
        return any(other in p.linked for p in others)

    swapped = swap_part(person, now_note, old, new, elsewhere, linked_elsewhere if counted else None)
    expected = assemble(now_note, after)
    assert swapped is None or swapped == expected, (seed, kind)
    if elsewhere is not None:
        recount(elsewhere, OWN, old, new)
        assert elsewhere == sources_elsewhere(OWN, after), (seed, kind)
    return kind, swapped is not None


def _answered(counted: bool) -> dict[str, float]:
    """Of each kind of edit, the share of 4,000 random cases the swap answered."""
    answered: dict[str, list[bool]] = {}
    for seed in range(4000):
        kind, done = _case(seed, counted)
        answered.setdefault(kind, []).append(done)
    return {kind: sum(done) / len(done) for kind, done in answered.items()}


def test_a_swap_is_assemble_or_nothing() -> None:
    answered = _answered(counted=False)
    # What a build after one change meets most is answered, nearly always.
    for kind in ("append", "shift", "link", "broadcast", "task", "new part", "none"):
        assert answered[kind] > 0.6, (kind, answered[kind])
    assert not answered["unlink"], "a link taken away may be another note's too: not told"


def test_a_swap_told_what_the_other_notes_hold_is_assemble_or_nothing() -> None:
    """Told how many other notes tell of each day, and whether another links the person with
    someone, a swap answers a mention changed or taken away on a day no other note tells of too,
    and a link taken away, and is still assemble's answer or none."""
    counted, blind = _answered(counted=True), _answered(counted=False)
    for kind in ("text", "remove"):  # never answered blind: another note may tell of the day
        assert not blind[kind] and counted[kind] > 0.3, (kind, counted[kind])
    assert not blind["unlink"] and counted["unlink"] == 1
    assert counted["insert"] > blind["insert"]
    for kind in ("append", "shift", "link", "broadcast", "task", "new part", "none"):
        assert counted[kind] >= blind[kind], kind


@pytest.mark.parametrize("same_day_elsewhere", [False, True])
def test_a_line_added_to_ones_own_log_is_always_answered(same_day_elsewhere: bool) -> None:
    note = Note(OWN, "person", "Pat")
    day = DAYS[0]
    own = Part(OWN, True, (Mention(day, "unknown", 3, "", ()), Mention(DAYS[1], "inbound", 4, "tea", ())))
    others = [Part("People/Ann.md", False, (Mention(day, "inbound", 9, "lunch", (), inferred=True),))]
    if same_day_elsewhere:
        others.append(Part("People/Zed.md", False, (Mention(DAYS[2], "outbound", 2, "call", ()),)))
    person = assemble(note, [own, *others])
    for added in (Mention(day, "outbound", 7, "walk", ()), Mention(DAYS[2], "inbound", 7, "", ())):
        grown = replace(own, mentions=(*own.mentions, added))
        swapped = swap_part(person, note, own, grown)
        assert swapped == assemble(note, [grown, *others])
