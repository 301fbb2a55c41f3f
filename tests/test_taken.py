"""A cold build reads each note into its own contacts and a note without entries as it goes
(`resolve.Taker`), and saves each person's bytes from their note's record in the parse cache
(`state.taken_person_blob`): the same people, stats, problems and saved bytes as resolving
every note whole (`resolve.resolve`), only texts no page shows left out until saved."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
from dataclasses import fields
from pathlib import Path

import pytest

from tests.test_state import Vault as EditedVault
from vaultnet.config import load_config
from vaultnet.metrics.cultivate import intro_entries, is_intro
from vaultnet.metrics.stats import person_stats
from vaultnet.model import Note
from vaultnet.saved import resume
from vaultnet.saved import state as state_module
from vaultnet.vault.load import notes_taken, read_notes
from vaultnet.vault.resolve import Seen, Taker, resolve, resolve_taken
from vaultnet.vault.walk import walk_stats

TODAY = dt.date(2026, 11, 21)


def _whole(note: Note) -> bool:
    return any(m.tags and is_intro(m) for m in note.entries)


def _line(rng: random.Random, people: int) -> str:
    """A log line of any kind the taker treats apart: a day told twice, an empty text, a group,
    a broadcast, an introduction, an aside, a plan."""
    day = TODAY - dt.timedelta(days=rng.choice([0, 1, 1, 2, 30, -3, -40, 400]))
    mark = rng.choice(["->", "<-", "<->", ""])
    other = f"[[P{rng.randrange(people)}]]"
    text = rng.choice(
        [
            "",
            "coffee",
            f"lunch with {other}",
            f"dinner with {other} and [[P{rng.randrange(people)}]]",
            f"#broadcast newsletter to {other}",
            f"introduced {other} to [[P{rng.randrange(people)}]] #intro",
            f"#via {other}",
            "call",
        ]
    )
    return f"- {day} {mark} {text}".rstrip()


def _vault(root: Path, seed: int, people: int = 12) -> Path:
    rng = random.Random(seed)
    (root / "People").mkdir(parents=True)
    (root / "Daily").mkdir()
    for i in range(people):
        lines = ["---", "tags: [person]", f"aliases: [P{i}]", "---", "## About", "- likes tea", "", "## Log"]
        lines += [_line(rng, people) for _ in range(rng.randint(0, 6))]
        if rng.random() < 0.3:
            lines.append(f"See [[P{rng.randrange(people)}]].")
        if rng.random() < 0.2:
            lines.append(f"- [ ] ask [[P{rng.randrange(people)}]] about maps")
        (root / "People" / f"Person {i}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for _ in range(people // 2):
        day = TODAY - dt.timedelta(days=rng.choice([0, 1, 2, 30]))
        lines = [f"# {day}", ""] + [
            f"- {rng.choice(['->', '<-', ''])} {rng.choice(['', 'met'])} [[P{rng.randrange(people)}]]"
            for _ in range(rng.randint(1, 3))
        ]
        (root / "Daily" / f"{day}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "Project.md").write_text(
        f"# Project\n\n- {TODAY} met [[P0]] and [[P1]]\n- [ ] send [[P2]] the plan\n", encoding="utf-8"
    )
    return root


def _compare(root: Path, today: dt.date = TODAY) -> None:
    """The vault resolved whole and resolved as taken: the same, but for the texts no page shows."""
    config = load_config(root)
    seen: Seen = {}
    live = resolve(read_notes(root, config, use_cache=False), config, seen)
    found = list(walk_stats(root, config))
    taker = Taker(today, _whole, config)
    taken_seen: Seen = {}
    with notes_taken(root, config, found, taker.take) as (notes, cache):
        taken = resolve_taken(notes, taker, taken_seen)
        assert cache is not None
        blobs = {
            p.file: state_module.taken_person_blob(p, cache.saved_blob(p.file), today) for p in taken.people
        }
        again = resume._entries_again(config, taken, found, cache)
    # The introductions, from the entries read again (from the parse cache, or the files).
    assert intro_entries(again, today) == intro_entries(live, today)
    assert intro_entries(resume._entries_again(config, taken, found, None), today) == intro_entries(
        live, today
    )
    assert taken_seen == seen
    assert taken.problems == live.problems
    assert [p.file for p in taken.people] == [p.file for p in live.people]
    assert all(not n.entries or _whole(n) for n in taken.notes if n.kind == "person")
    for person, was in zip(taken.people, live.people, strict=True):
        saved = state_module.person_from_blob(blobs[person.file], person.file)
        assert saved == state_module.person_from_blob(state_module.person_blob(was), was.file)
        assert person.broadcasts == was.broadcasts
        assert person.follow_ups == was.follow_ups
        assert person.linked == was.linked
        assert [(c.date, c.direction, c.file, c.line, c.inferred) for c in person.contacts] == [
            (c.date, c.direction, c.file, c.line, c.inferred) for c in was.contacts
        ]
        now, then = person_stats(person, today, config), person_stats(was, today, config)
        # Saved and read for that day, their log left undecoded: the same stats.
        lean = state_module.person_from_blob(blobs[person.file], person.file, entries=False, day=today)
        read = person_stats(lean, today, config)
        for field in fields(now):  # `last` and `planned` with their texts: what pages show
            if field.name != "person":
                assert getattr(now, field.name) == getattr(then, field.name), (person.file, field.name)
                assert getattr(read, field.name) == getattr(then, field.name), (person.file, field.name)


@pytest.mark.parametrize("seed", range(8))
def test_a_taken_vault_is_the_vault_resolved_whole(tmp_path: Path, seed: int) -> None:
    _compare(_vault(tmp_path / "vault", seed))


@pytest.mark.parametrize("seed", [1, 2])
def test_a_taken_vault_after_random_edits_is_the_vault_resolved_whole(tmp_path: Path, seed: int) -> None:
    vault = EditedVault(tmp_path / "vault", seed)
    for _ in range(30):
        vault.edit()
    _compare(vault.root)
    _compare(vault.root, TODAY + dt.timedelta(days=7))


def test_the_example_vault_taken_is_the_example_vault() -> None:
    """A copy: the parse cache is written in the vault."""
    root = Path(__file__).resolve().parents[1] / "example_vault"
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "vault"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".vaultnet"))
        _compare(copy)


def test_a_person_without_a_record_in_the_parse_cache_is_not_saved(tmp_path: Path) -> None:
    """No record: the people file is not written (OSError: the state is not saved). Another
    note's record, or bytes of no record: the person saved is never read as the person (ValueError:
    the state is not used)."""
    root = _vault(tmp_path / "vault", 0)
    config = load_config(root)
    taker = Taker(TODAY, _whole, config)
    with notes_taken(root, config, list(walk_stats(root, config)), taker.take) as (notes, cache):
        people = resolve_taken(notes, taker).people
        assert cache is not None
        with pytest.raises(OSError):
            state_module.taken_person_blob(people[0], None, TODAY)
        for wrong in (cache.saved_blob(people[1].file), b"not marshal"):
            with pytest.raises(ValueError):
                state_module.person_from_blob(
                    state_module.taken_person_blob(people[0], wrong, TODAY), people[0].file
                )
