"""The saved build state: a build after changed notes redoes only what they touch, and its pages
are byte for byte those of a fresh build; a state that is damaged, stale or odd is never used."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import write_vault
from vaultnet.build import build
from vaultnet.commands.check import check_vault
from vaultnet.config import load_config
from vaultnet.pages.saved import RowBook
from vaultnet.saved import files as state_file
from vaultnet.saved import resume
from vaultnet.saved import state as state_module
from vaultnet.vault.cache import CACHE_FOLDER

TODAY = dt.date(2026, 11, 21)
PAST = 1_700_000_000 * 10**9
"""Every note's mtime starts here, well before any state is written; each edit is a second on."""


def _person(i: int, rng: random.Random, people: int) -> str:
    tags = rng.choice(["[person]", "[person, work]", "[person, family]", "[person, climbing]"])
    lines = ["---", f"tags: {tags}", f"aliases: [P{i}]"]
    if rng.random() < 0.3:
        lines.append(f"cadence: {rng.choice(['2w', '30d', 'quarterly'])}")
    if rng.random() < 0.3:
        lines.append(f"location: {rng.choice(['Lisbon', 'Oslo'])}")
    lines += ["---", "## About", f"- likes {rng.choice(['tea', 'chess', 'maps'])}", "", "## Log"]
    for _ in range(rng.randint(0, 4)):
        lines.append(_entry(rng, people))
    return "\n".join(lines) + "\n"


def _entry(rng: random.Random, people: int) -> str:
    day = TODAY - dt.timedelta(days=rng.randint(-5, 400))
    mark = rng.choice(["->", "<-", "<->", ""])
    other = f" with [[Person {rng.randrange(people)}]]" if rng.random() < 0.5 else ""
    task = f"\n- [ ] ask about {rng.choice(['maps', 'tea'])}" if rng.random() < 0.1 else ""
    return f"- {day} {mark} {rng.choice(['coffee', 'call', 'walk'])}{other}{task}"


def _dated(rng: random.Random, people: int, day: dt.date) -> str:
    lines = [f"# {day}", ""]
    for _ in range(rng.randint(1, 3)):
        lines.append(f"- {rng.choice(['->', '<-', ''])} lunch with [[Person {rng.randrange(people)}]]")
    if rng.random() < 0.3:  # an item of its own date, counted on that date
        lines.append(
            f"- {day - dt.timedelta(days=rng.randint(-3, 3))} called [[Person {rng.randrange(people)}]]"
        )
    return "\n".join(lines) + "\n"


def _undated(rng: random.Random, people: int) -> str:
    """A note neither a person's nor dated: its items of their own date and its open tasks
    count (a broadcast's are audience)."""
    lines = ["#broadcast" if rng.random() < 0.2 else "# A project", ""]
    for _ in range(rng.randint(0, 2)):
        day = TODAY - dt.timedelta(days=rng.randint(0, 60))
        lines.append(
            f"- {day} {rng.choice(['->', '<-', ''])} met [[Person {rng.randrange(people)}]] about it"
        )
    if rng.random() < 0.5:
        lines.append(f"- [ ] send [[Person {rng.randrange(people)}]] the plan")
    return "\n".join(lines) + "\n"


class Vault:
    """A small random vault, edited one random change at a time, each with a later mtime."""

    def __init__(self, root: Path, seed: int, people: int = 30) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.people = people
        self.clock = PAST
        (root / "People").mkdir(parents=True)
        (root / "Daily").mkdir()
        (root / "Notes").mkdir()
        (root / "vaultnet.toml").write_text('[cadence]\nfamily = "2w"\n', encoding="utf-8")
        for i in range(people):
            self.write(f"People/Person {i}.md", _person(i, self.rng, people))
        for d in range(people // 2):
            self.write(f"Daily/2026-0{1 + d % 9}-1{d % 10}.md", _dated(self.rng, people, TODAY))

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.write_text(text, encoding="utf-8")
        self.clock += 10**9
        os.utime(path, ns=(self.clock, self.clock))

    def files(self, folder: str) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in (self.root / folder).glob("*.md"))

    def edit(self) -> str:
        """One random change; what it was."""
        rng = self.rng
        kinds = ["log"] * 6 + ["link", "tags", "dated", "dated", "undated", "rename", "add", "intro", "ahead"]
        kinds += ["insert", "retext", "drop", "same day", "project", "project", "twin"]
        kind = rng.choice(kinds)
        people = self.files("People")
        person = rng.choice(people)
        text = (self.root / person).read_text(encoding="utf-8")
        if kind == "log":
            self.write(person, text + _entry(rng, self.people) + "\n")
        elif kind == "link":
            self.write(
                person,
                text.replace("## About\n", f"## About\nSee [[Person {rng.randrange(self.people)}]].\n"),
            )
        elif kind == "tags":
            self.write(person, text.replace("tags: [person", "tags: [person, climbing", 1))
        elif kind == "dated":
            day = TODAY - dt.timedelta(days=rng.randint(0, 50))
            self.write(f"Daily/{day}.md", _dated(rng, self.people, day))
        elif kind == "undated" and self.files("Daily"):
            (self.root / rng.choice(self.files("Daily"))).unlink()
        elif kind == "rename":
            (self.root / person).rename(self.root / person.replace(".md", " Jr.md"))
        elif kind == "add":
            self.people += 1
            self.write(f"People/Person {self.people - 1}.md", _person(self.people - 1, rng, self.people))
        elif kind == "ahead":  # a plan, or a typo: more than a year ahead is a problem
            day = TODAY + dt.timedelta(days=rng.randint(300, 500))
            self.write(person, text + f"- {day} -> reunion with [[Person {rng.randrange(self.people)}]]\n")
        elif kind == "insert":  # every line below moves down one
            self.write(person, text.replace("## Log\n", f"## Log\n{_entry(rng, self.people)}\n", 1))
        elif kind in ("retext", "drop") and "\n- 20" in text:
            lines = text.split("\n")
            at = rng.choice([i for i, line in enumerate(lines) if line.startswith("- 20")])
            if kind == "drop":
                del lines[at]
            else:
                lines[at] = lines[at].replace("coffee", "tea").replace("call", "long call") + " (moved)"
            self.write(person, "\n".join(lines))
        elif kind == "same day":  # a day the dated notes tell of too, with a mark or without
            mark = rng.choice(["->", "<-", ""])
            other = f" with [[Person {rng.randrange(self.people)}]]" if rng.random() < 0.5 else ""
            self.write(person, text + f"- {TODAY} {mark} {rng.choice(['', 'tea'])}{other}\n")
        elif kind == "project":
            self.write(f"Notes/Project {rng.randrange(4)}.md", _undated(rng, self.people))
        elif kind == "twin":  # one of another's name in a folder of their own, come or gone again
            twin = f"People/{rng.choice(['work', 'family'])}/{person.rsplit('/', 1)[1]}"
            if (self.root / twin).exists():
                (self.root / twin).unlink()
            else:
                (self.root / twin).parent.mkdir(exist_ok=True)
                self.write(twin, _person(self.people + 100, rng, self.people))
        elif kind == "intro":
            other = rng.choice(people).rsplit("/", 1)[1].removesuffix(".md")
            self.write(person, text + f"- {TODAY} -> introduced them to [[{other}]] #intro\n")
        return f"{kind} {person}"


def _pages(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "_vaultnet").iterdir())}


def _fresh(root: Path, scratch: Path, today: dt.date) -> dict[str, bytes]:
    """The pages of one build of a copy of the vault, with no cache or state at all."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(root, scratch, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
    build(scratch, today, use_cache=False)
    return _pages(scratch)


def _sources_elsewhere(root: Path) -> dict[str, Any]:
    """How many notes besides each person's own tell of each day of theirs, as the saved state
    has it (`State.elsewhere`)."""
    state = state_module.load_state(root, state_file.state_key(load_config(root)))
    assert state is not None and state.blobs is not None
    state.blobs.close()
    return dict(state.elsewhere.items())


def _fresh_sources_elsewhere(root: Path, scratch: Path, today: dt.date) -> dict[str, Any]:
    """`_sources_elsewhere` of a copy of the vault built once, from no cache or state."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(root, scratch, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
    build(scratch, today)
    return _sources_elsewhere(scratch)


@pytest.fixture
def used(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each build of a vault named `vault` made its pages from the saved state (True) or
    read every note (the fresh builds to compare with are not counted)."""
    record: list[bool] = []
    make = resume.make

    def spy(root: Path, *args: Any, **kwargs: Any) -> resume.Made:
        made = make(root, *args, **kwargs)
        if root.name == "vault":
            record.append(not made.full)
        return made

    monkeypatch.setattr(resume, "make", spy)
    return record


def _answers(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[bool]:
    """Whether each call of `module.name` (given a vault's root first) for the vault named
    `vault` gave an answer, not None (the fresh vaults compared with are not counted)."""
    record: list[bool] = []
    original = getattr(module, name)

    def spy(root: Path, *args: Any) -> Any:
        found = original(root, *args)
        if root.name == "vault":
            record.append(found is not None)
        return found

    monkeypatch.setattr(module, name, spy)
    return record


def _count_found(monkeypatch: pytest.MonkeyPatch, record: list[str]) -> None:
    """Put in `record` each note file a build from the state reads as `walk_stats` found it
    (`resume.read_found`, `resume.read_digested`)."""
    for name in ("read_found", "read_digested"):
        original = getattr(resume, name)

        def counting(stat: Any, config: Any, original: Any = original) -> Any:
            record.append(stat[0])
            return original(stat, config)

        monkeypatch.setattr(resume, name, counting)


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each note file a build from the state read again (`_count_found`), in order."""
    record: list[str] = []
    _count_found(monkeypatch, record)
    return record


@pytest.fixture
def every_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each note file a build from the state read again, changed (`_count_found`) or not
    (`resume.read_note`), in order."""
    record: list[str] = []
    original = resume.read_note

    def counting(source: Any, config: Any) -> Any:
        record.append(source.file)
        return original(source, config)

    monkeypatch.setattr(resume, "read_note", counting)
    _count_found(monkeypatch, record)
    return record


@pytest.fixture
def saved_changes(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each state saved was saved as its changes since the base (True) or in full."""
    record: list[bool] = []
    save = state_module._save_changes

    def spy(*args: Any) -> bool:
        record.append(save(*args))
        return record[-1]

    monkeypatch.setattr(state_module, "_save_changes", spy)
    return record


@pytest.mark.parametrize(
    ("seed", "from_cache", "people", "changes_only"),
    [
        (1, False, 30, False),
        (2, False, 30, True),
        (3, True, 30, True),
        (4, False, 150, True),
        (5, False, 150, False),
    ],
)
def test_random_edits_equal_a_fresh_build(
    tmp_path: Path,
    seed: int,
    from_cache: bool,
    people: int,
    changes_only: bool,
    used: list[bool],
    saved_changes: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """150 people: lists long enough to be shown under headings (`grouped`), from saved faces.
    `changes_only`: every state that can be is saved as its changes since the base, however
    large they are, so that builds read a base and the changes made since by several builds."""
    if from_cache:  # the unchanged notes read again come from the parse cache, not the files
        monkeypatch.setattr(resume, "FROM_PARSE_CACHE", 0)
    if changes_only:
        monkeypatch.setattr(state_module, "JOURNAL_SHARE", 0)
    vault = Vault(tmp_path / "vault", seed, people)
    build(vault.root, TODAY)
    today = TODAY
    for step in range(25):
        done = [vault.edit() for _ in range(vault.rng.choice([1, 1, 2, 4]))]
        if vault.rng.random() < 0.15:
            today += dt.timedelta(days=vault.rng.randint(1, 9))
            done.append(f"today {today}")
        build(vault.root, today)
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", today), (step, done)
    assert _sources_elsewhere(vault.root) == _fresh_sources_elsewhere(vault.root, tmp_path / "counted", today)
    assert sum(used) >= 5, "the saved state was hardly ever used: this test would not see it"
    if changes_only:
        assert sum(saved_changes) >= 5, "the changes were hardly ever saved alone"


def _daily_edit(vault: Vault) -> str:
    """A line added to or taken from one of the last four days' daily notes (written anew each
    time: edited all day, as owners edit them), else a random change."""
    rng = vault.rng
    day = TODAY - dt.timedelta(days=rng.randint(0, 3))
    path = vault.root / f"Daily/{day}.md"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.exists() else []
    kind = rng.random()
    if kind < 0.5:
        vault.write(f"Daily/{day}.md", "".join(lines) + _dated(rng, vault.people, day).split("\n", 2)[-1])
        return f"a line to {day}"
    if kind < 0.7 and len(lines) > 1:
        del lines[rng.randrange(len(lines))]
        vault.write(f"Daily/{day}.md", "".join(lines))
        return f"a line from {day}"
    return vault.edit()


@pytest.mark.parametrize(("seed", "recent"), [(402, 128), (403, 1), (405, 128)])
def test_random_edits_of_daily_notes_equal_a_fresh_build(
    tmp_path: Path, seed: int, recent: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same few daily notes edited again and again (`recent`: how many the state keeps as
    last read), people moving into and out of the first few a page shows: each build's pages
    are a fresh build's. Seed 402 once showed a person redone off the Overview's first few with
    the line they had before, when they came back onto it."""
    monkeypatch.setattr(resume, "RECENT_AT_MOST", recent)
    vault = Vault(tmp_path / "vault", seed, 20)
    build(vault.root, TODAY)
    for step in range(20):
        done = [_daily_edit(vault) for _ in range(vault.rng.choice([1, 1, 2, 3]))]
        build(vault.root, TODAY)
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY), (step, done)
        counted = _fresh_sources_elsewhere(vault.root, tmp_path / "counted", TODAY)
        assert _sources_elsewhere(vault.root) == counted, (step, done)
    assert counted, "no note told of anyone besides their own: this test would not see the counts"


@pytest.mark.parametrize(("seed", "people", "introduced"), [(519, 12, False), (521, 40, True)])
def test_random_edits_new_days_and_a_canvas_of_few_equal_a_fresh_build(
    tmp_path: Path, seed: int, people: int, introduced: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A canvas that shows 8 of 12 or 40 people, ranked by who is a real connection, over random edits
    and new days: each build's pages are a fresh build's. These seeds once showed someone on the
    canvas by whether they were real the day before (a person renamed on a new day made the
    saved people stand in with the last day's faces)."""
    monkeypatch.setattr(resume, "FROM_PARSE_CACHE", 0)
    vault = Vault(tmp_path / "vault", seed, people)
    rng = vault.rng
    (vault.root / "vaultnet.toml").write_text(
        'canvas_limit = 8\n[cadence]\nfamily = "2w"\n', encoding="utf-8"
    )
    for i in range(2 if introduced else 0):
        text = (vault.root / f"People/Person {i}.md").read_text(encoding="utf-8")
        vault.write(
            f"People/Person {i}.md",
            text + f"- {TODAY - dt.timedelta(days=20)} -> introduced [[Person {i + 3}]] #intro\n",
        )
    today = TODAY
    build(vault.root, today)
    for step in range(25):
        done = [
            _daily_edit(vault) if rng.random() < 0.5 else vault.edit() for _ in range(rng.choice([1, 1, 2]))
        ]
        if rng.random() < 0.15:
            today += dt.timedelta(days=rng.choice([1, 2, 7, -1]))
            done.append(f"today {today}")
        build(vault.root, today)
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", today), (step, done)


@pytest.mark.parametrize(
    ("step", "edit", "days", "state"),
    [
        ("a next day", None, [1], [True]),
        ("a day back", None, [-1], [False]),
        (
            "an introduction ahead, before and on its day",
            ("Notes/Plan.md", "- +3 introduced [[Bo]] to [[Cy]] #intro\n"),
            [2, 3],
            [True, True, False],
        ),
        (
            "a naming ahead, on its day",
            ("Daily/+2.md", "- drinks with [[Ana]] and [[Bo]]\n"),
            [1, 2],
            [True, True, False],
        ),
        (
            "an item ahead in a note of today",
            ("Daily/+0.md", "- +2 call with [[Ana]] and [[Bo]]\n"),
            [3],
            [True, False],
        ),
    ],
)
def test_a_new_day_takes_the_introductions_as_saved_until_one_may_change(
    tmp_path: Path,
    step: str,
    edit: tuple[str, str] | None,
    days: list[int],
    state: list[bool],
    used: list[bool],
) -> None:
    """On a later day, the introductions made are those saved until the first day ahead that
    may change them: an `#intro` entry's, or that of an entry or a dated note naming two people
    introduced (one written on a day built from the state counts too). On that day, or a day
    back, the build reads every note. Each build's pages are a fresh build's."""
    root = tmp_path / "vault"
    for rel, text in INTRODUCED.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    build(root, TODAY)
    if edit is not None:  # written on the day of the state: `+N` is N days after it
        rel, text = (re.sub(r"\+(\d+)", lambda m: str(TODAY + dt.timedelta(days=int(m[1]))), s) for s in edit)
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        build(root, TODAY)
    for day in days:
        build(root, TODAY + dt.timedelta(days=day))
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY + dt.timedelta(days=day)), (step, day)
    assert used == [False, *state], step


@pytest.mark.parametrize("seed", [21, 22, 23])
def test_random_edits_around_introductions_equal_a_fresh_build(
    tmp_path: Path, seed: int, used: list[bool]
) -> None:
    """Three introductions and one naming three people from the start, then random edits, lines
    logged above the introductions and daily notes naming two people introduced: each build
    equals a fresh one, and most are made from the state."""
    vault = Vault(tmp_path / "vault", seed, 20)
    for i in range(3):
        text = (vault.root / f"People/Person {i}.md").read_text(encoding="utf-8")
        vault.write(
            f"People/Person {i}.md",
            text + f"- {TODAY - dt.timedelta(days=40)} -> introduced [[Person {i + 5}]] #intro\n",
        )
    vault.write(
        "Notes/Party.md",
        f"- {TODAY - dt.timedelta(days=30)} met [[Person 1]], [[Person 2]] and [[Person 3]] #intro\n",
    )
    build(vault.root, TODAY)
    for step in range(15):
        done = [vault.edit()]
        first = vault.root / "People/Person 1.md"
        if vault.rng.random() < 0.3 and first.exists():
            vault.write(
                "People/Person 1.md",
                first.read_text(encoding="utf-8").replace("## Log\n", f"## Log\n- {TODAY} tea\n", 1),
            )
            done.append("a line above")
        if vault.rng.random() < 0.3:
            i, day = vault.rng.randrange(3), TODAY - dt.timedelta(days=vault.rng.randint(0, 45))
            vault.write(f"Daily/{day}.md", f"# {day}\n- lunch with [[Person {i}]] and [[Person {i + 5}]]\n")
            done.append(f"together on {day}")
        build(vault.root, TODAY)
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY), (step, done)
    assert sum(used) >= 8, "the saved state was hardly ever used: this test would not see it"


def test_the_canvas_follows_who_is_real_when_not_everyone_fits(tmp_path: Path, used: list[bool]) -> None:
    """The canvas shows the real connections first: with more people than `canvas_limit`, a
    person made real (or no longer real) changes who it shows, though no name or link changed."""
    root = tmp_path / "vault"
    quiet = "---\ntags: [person]\n---\n## About\n- likes tea\n## Log\n- 2024-01-02 -> a card\n"
    real = quiet + f"- {TODAY} <-> long talk\n- {TODAY - dt.timedelta(days=20)} <- she called\n"
    (root / "People").mkdir(parents=True)
    (root / "Daily").mkdir()
    for i in range(12):
        (root / f"People/P{i:02}.md").write_text(quiet, encoding="utf-8")
    (root / "Daily/2026-01-01.md").write_text("- met [[P00]] and [[P01]] and [[P02]]\n", encoding="utf-8")
    (root / "Daily/2026-01-02.md").write_text("- met [[P05]] and [[P06]]\n", encoding="utf-8")
    (root / "vaultnet.toml").write_text("canvas_limit = 4\n", encoding="utf-8")
    build(root, TODAY)
    canvas = (root / "_vaultnet/Network.canvas").read_bytes()
    for text in (real, quiet):
        path = root / "People/P09.md"
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
        build(root, TODAY)
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)
    assert used == [False, True, True]  # the first build reads every note
    assert (root / "_vaultnet/Network.canvas").read_bytes() == canvas


def test_build_from_state_redoes_only_the_changed_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every_read: list[str]
) -> None:
    vault = Vault(tmp_path / "vault", 7)
    build(vault.root, TODAY)
    read = every_read
    read.clear()  # the first build's

    text = (vault.root / "Daily").glob("*.md").__next__()
    rel = text.relative_to(vault.root).as_posix()
    vault.write(rel, text.read_text(encoding="utf-8") + "- <- tea with [[Person 3]]\n")
    build(vault.root, TODAY)
    assert rel in read
    assert len(read) == len(set(read)) < 15, read  # the note, and the few about the people it names
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


@pytest.mark.parametrize(
    ("step", "edit"),
    [
        ("added, named before", lambda v: v.write("People/Quinn Ray.md", "---\ntags: [person, maps]\n---\n")),
        (
            "added, named before by a slug",
            lambda v: v.write("People/Uma West.md", "---\ntags: [person]\n---\n"),
        ),
        (  # `[[Hannah Müller]]` is the name `hannah-muller` spells
            "added, named before in another spelling",
            lambda v: v.write("People/hannah-muller.md", "---\ntags: [person]\n---\n"),
        ),
        (
            "added by a link",
            lambda v: v.write(
                "People/Ida.md", "---\ntags: [person]\n---\n- 2026-11-20 -> tea with [[Person 2]]\n"
            ),
        ),
        ("removed", lambda v: (v.root / "People/Person 3.md").unlink()),
        ("renamed file", lambda v: (v.root / "People/Person 4.md").rename(v.root / "People/Quinn Ray.md")),
        (
            "renamed by an alias",
            lambda v: v.write("People/Person 5.md", "---\ntags: [person]\naliases: [Quinn Ray]\n---\n"),
        ),
        (
            "no longer a person",
            lambda v: v.write("People/Person 6.md", "---\ntags: [project]\n---\nA project.\n"),
        ),
        (  # `[[P9]]` no longer means Person 9 alone: her part of a note naming P9 is taken off it,
            # though the note still tells of her (`[[Person 9]]`)
            "an alias shared",
            lambda v: v.write("People/Person 9 copy.md", (v.root / "People/Person 9.md").read_text("utf-8")),
        ),
    ],
)
def test_a_person_added_removed_or_renamed_is_taken_in_from_the_state(
    tmp_path: Path, step: str, edit: Any, used: list[bool], read: list[str]
) -> None:
    """A person who comes, goes or is renamed changes whom names mean: the build from the state
    makes the resolver again and reads again only the notes whose text holds one of the names
    they had or have (`[[Quinn Ray]]`, written before her note was), not every note; the pages
    are those of a fresh build."""
    vault = Vault(tmp_path / "vault", 11, people=30)
    vault.write("Daily/2026-11-19.md", "- lunch with [[Quinn Ray]] and [[Person 1]]\n")
    vault.write("Notes/Plan.md", "- 2026-11-18 -> sent [[Person 9]] the plan\n- [ ] ask [[P9]] about it\n")
    vault.write("Daily/2026-11-17.md", "- coffee with [[uma-west]]\n")
    vault.write("Daily/2026-11-16.md", "- coffee with [[Hannah Müller]]\n")
    build(vault.root, TODAY)
    read.clear()
    edit(vault)
    build(vault.root, TODAY)
    assert used[-1] is True, step  # from the state, not read in full
    assert len(read) < 12, (step, read)
    if step in ("added, named before", "renamed file", "renamed by an alias"):  # now they are Quinn Ray
        assert "Daily/2026-11-19.md" in read, step
    if step == "added, named before by a slug":  # `[[uma-west]]` is Uma West now
        assert "Daily/2026-11-17.md" in read, step
    if step == "added, named before in another spelling":
        assert "Daily/2026-11-16.md" in read, step
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY), step


INTRODUCED = {
    "People/Ana.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-01 -> introduced her to [[Bo]] #intro\n",
    "People/Bo.md": "---\ntags: [person]\n---\n",
    "People/Cy.md": "---\ntags: [person]\n---\n",
    "Daily/2026-11-10.md": "- lunch with [[Ana]] and [[Bo]]\n",
    "Daily/2026-11-12.md": "- lunch with [[Cy]]\n",
    "Notes/Party.md": "- 2026-10-25 introduced [[Ana]], [[Bo]] and [[Cy]] #intro\n",
}
"""Ana introduced Bo to herself on 2026-11-01; the two are named together first on 2026-11-10.
The party's introduction names three people: an unclear one."""
ANA = INTRODUCED["People/Ana.md"]


@pytest.mark.parametrize(
    ("step", "edit", "state"),
    [
        ("named together earlier", ("Daily/2026-11-05.md", "- drinks with [[Ana]] and [[Bo]]\n"), True),
        ("named together later", ("Daily/2026-11-15.md", "- [[Bo]] and [[Ana]] came by\n"), True),
        ("one of them logged", ("People/Bo.md", "---\ntags: [person]\n---\n- 2026-11-20 <- called\n"), True),
        ("named before the introduction", ("Daily/2026-10-20.md", "- met [[Ana]] and [[Bo]]\n"), True),
        (
            "the first naming a line down",
            ("Daily/2026-11-10.md", "# Lunch\n- with [[Ana]] and [[Bo]]\n"),
            True,
        ),
        ("the first naming changed", ("Daily/2026-11-10.md", "- lunch with [[Ana]]\n"), False),
        ("the first naming gone", ("Daily/2026-11-10.md", None), False),
        ("logged in the introduction's note", ("People/Ana.md", ANA + "- 2026-11-02 tea\n"), True),
        (
            "a line above the introduction",
            ("People/Ana.md", ANA.replace("## Log\n", "## Log\n- 2026-10-02 tea\n")),
            True,
        ),
        (
            "a line above the unclear one",
            ("Notes/Party.md", "# Party\n\n" + INTRODUCED["Notes/Party.md"]),
            True,
        ),
        ("the introduction's day changed", ("People/Ana.md", ANA.replace("11-01", "11-02")), False),
        ("an introduction added", ("Daily/2026-11-11.md", "- introduced [[Bo]] to [[Cy]] #intro\n"), False),
        ("one told in words added", ("Daily/2026-11-11.md", "- put [[Bo]] in touch with [[Cy]]\n"), False),
        (
            "the introduction taken away",
            ("People/Ana.md", ANA.replace("introduced her to [[Bo]] #intro", "lunch with [[Bo]]")),
            False,
        ),
    ],
)
def test_a_note_naming_people_introduced_is_taken_in_from_the_state(
    tmp_path: Path, step: str, edit: tuple[str, str | None], state: bool, used: list[bool]
) -> None:
    """An introduction's first naming since (`together since`) is the earlier of the one saved
    and the first in the changed notes: a note naming one of its people, or both, is taken in
    from the state, and so is a note that makes the same introductions as before, whatever its
    lines, and the note saved as the first while it still names them as early. When that note
    names them later or not at all, or went, or an introduction is made, changed or taken away,
    any note may be the first now: the build reads every note."""
    root = tmp_path / "vault"
    for rel, text in INTRODUCED.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        os.utime(root / rel, ns=(PAST, PAST))
    build(root, TODAY)
    rel, text = edit
    if text is None:
        (root / rel).unlink()
    else:
        (root / rel).write_text(text, encoding="utf-8")
        os.utime(root / rel, ns=(PAST + 10**9, PAST + 10**9))
    build(root, TODAY)
    assert used == [False, state], step
    assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY), step


def test_a_note_that_may_name_a_person_moved_is_found_however_it_writes_the_name(tmp_path: Path) -> None:
    """The notes read again when people move are those whose text holds a name they had or have,
    in any case or Unicode form, escaped in a link's URL, in UTF-16 or Windows-1252 too."""
    notes = {
        "case.md": b"- lunch with [[QUINN RAY]]",
        "url.md": b"- [Quinn](People/Quinn%20Ray.md) called",
        "utf16.md": "- [[Quinn Ray]]".encode("utf-16"),
        "sharp s.md": "- [[Herr Strauß]]".encode("cp1252"),  # folded, `strauß` is `strauss`
        "nfd.md": "- [[Jose\u0301]]".encode(),
        "curly.md": "- [[Tom O’Neill]]".encode(),  # folded, `’` is `'`
        "curly 1252.md": "- [[Tom O’Neill]]".encode("cp1252"),
        "nbsp.md": "- [[Quinn\u00a0Ray]]".encode(),  # folded, a no-break space is a space
        "zwsp.md": "- [[Quinn Ray\u200b]]".encode(),  # and a zero-width one nothing
        "zwsp inside.md": "- [[Qu\u200binn Ray]]".encode(),
        "nbsp 1252.md": "- [[Quinn\u00a0Ray]]".encode("cp1252"),
        "nobody.md": b"- lunch with [[Quinny Rayburn]] and Jos",
        "spelt.md": "- [[Hannah Müller]]".encode(),  # the name the slug `hannah-muller` spells
        "hyphened.md": b"- [[Seo-yeon Park]]",
        "umlaut 1252.md": "- [[Jürgen Groß]]".encode("cp1252"),
    }
    found = []
    for name, data in notes.items():
        (tmp_path / name).write_bytes(data)
        found.append((name, str(tmp_path / name), len(data), 0))
    keys = {"quinn ray", "herr strauss", "josé", "tom o'neill"}
    keys |= {"hannah muller", "seo yeon park", "juergen gross"}  # names of words a slug spells
    plain = tuple(key.encode() for key in keys if key.isascii())
    named = [stat[0] for stat in found if resume._may_name(stat, keys, plain)]
    assert named == [
        *("case.md", "url.md", "utf16.md", "sharp s.md", "nfd.md", "curly.md", "curly 1252.md"),
        *("nbsp.md", "zwsp.md", "zwsp inside.md", "nbsp 1252.md"),
        *("spelt.md", "hyphened.md", "umlaut 1252.md"),
    ]


def test_a_name_split_by_a_unicode_space_is_found_when_every_key_is_ascii(tmp_path: Path) -> None:
    """The fast path of `_may_name` (ASCII keys, searched for in the note's bytes) finds a name
    whose space is a no-break one or that a zero-width space splits: `folded` reads them so."""
    for name, text in (("nbsp.md", "- [[Quinn\u00a0Ray]]"), ("zwsp.md", "- [[Qu\u200binn Ray]]")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        stat = (name, str(tmp_path / name), len(text.encode()), 0)
        assert resume._may_name(stat, {"quinn ray"}, (b"quinn ray",)), name


def _well_known(root: Path, others: int = 40, daily: bool = True) -> Path:
    """A vault where every other person's log names Ann, and so do the daily notes (unless not
    `daily`): her own note."""
    (root / "People").mkdir(parents=True)
    (root / "Daily").mkdir()
    for i in range(others):
        day = TODAY - dt.timedelta(days=i % 7)
        (root / f"People/P{i}.md").write_text(
            f"---\ntags: [person]\n---\n## Log\n- {day} -> coffee with [[Ann]]\n- {day} <- call\n",
            encoding="utf-8",
        )
    for i in range(5 if daily else 0):
        (root / f"Daily/{TODAY - dt.timedelta(days=i)}.md").write_text(
            "- <-> lunch with [[Ann]] and [[P1]]\n", encoding="utf-8"
        )
    ann = root / "People/Ann.md"
    ann.write_text(f"---\ntags: [person]\n---\n## Log\n- {TODAY} -> tea with [[P2]]\n", encoding="utf-8")
    for path in root.rglob("*.md"):
        os.utime(path, ns=(PAST, PAST))
    return ann


EARLIER = TODAY - dt.timedelta(days=9)


def _no_parse_cache(*args: Any) -> Any:
    raise AssertionError("the parse cache was read")


@pytest.mark.parametrize(
    "edit",
    [
        f"- {TODAY} <- she called back\n",  # a day others tell of too
        f"- {TODAY - dt.timedelta(days=30)} -> a letter\n",  # a day nobody else tells of
        f"- {TODAY - dt.timedelta(days=2)} with [[P5]]\n",  # a link more
        "\nLikes maps.\n",  # no entry at all (right under the last item, it would go on its text)
    ],
)
def test_a_line_added_to_a_well_known_persons_note_reads_that_note_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every_read: list[str], edit: str
) -> None:
    """Her note's part of her is swapped in her saved self: none of the forty notes that tell
    about her is read again, nor the parse cache."""
    root = tmp_path / "vault"
    ann = _well_known(root)
    build(root, TODAY)
    read = every_read
    read.clear()  # the first build's

    monkeypatch.setattr(resume.ParseCache, "load", _no_parse_cache)
    for step in range(2):  # the second time, on a day her note tells of already
        ann.write_text(ann.read_text(encoding="utf-8") + edit, encoding="utf-8")
        os.utime(ann, ns=(PAST + (step + 1) * 10**9,) * 2)
        build(root, TODAY)
        assert read == ["People/Ann.md"] * (step + 1)
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)


def test_a_daily_note_edited_again_reads_that_note_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every_read: list[str]
) -> None:
    """Today's daily note, edited all day: each build takes the note as the last one read it
    from the state, not from the parse cache (which holds it as the last full build read it),
    and so swaps its part of Ann: none of the forty notes about her is read again."""
    root = tmp_path / "vault"
    _well_known(root)
    daily = root / f"Daily/{TODAY}.md"
    build(root, TODAY)
    read = every_read
    read.clear()  # the first build's

    monkeypatch.setattr(resume, "FROM_PARSE_CACHE", 10**6)  # unchanged notes read again: counted
    for step, line in enumerate(["- tea with [[Ann]]\n", "- <- [[Ann]] called\n", "- a walk\n"]):
        daily.write_text(daily.read_text(encoding="utf-8") + line, encoding="utf-8")
        os.utime(daily, ns=(PAST + (step + 1) * 10**9,) * 2)
        build(root, TODAY)
        assert read == [f"Daily/{TODAY}.md"] * (step + 1), step
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY), step


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("lunch", "a long lunch"),  # its text
        ("<->", "->"),  # who started it
        ("- <- [[Ann]] called\n", ""),  # gone: Ann's only that day
    ],
)
def test_a_changed_line_of_a_daily_note_that_alone_tells_of_its_day_reads_that_note_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every_read: list[str], old: str, new: str
) -> None:
    """A line of an older daily note changed or taken away: for Ann and P1, whom forty notes
    tell about, no other note tells of that day (the state counts them), so the note's new part
    is swapped in; none of the others is read again. (A line taken away that named both would
    take away a link, which another note may hold too: that reads them.)"""
    root = tmp_path / "vault"
    _well_known(root)
    daily = root / f"Daily/{TODAY - dt.timedelta(days=2)}.md"
    with daily.open("a", encoding="utf-8") as note:
        note.write("- <- [[Ann]] called\n")
    os.utime(daily, ns=(PAST, PAST))
    build(root, TODAY)
    every_read.clear()  # the first build's
    monkeypatch.setattr(resume, "FROM_PARSE_CACHE", 10**6)  # unchanged notes read again: counted
    daily.write_text(daily.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(daily, ns=(PAST + 10**9,) * 2)
    build(root, TODAY)
    assert every_read == [daily.relative_to(root).as_posix()]
    assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)


def test_a_changed_entry_of_a_well_known_person_is_redone_from_every_note(tmp_path: Path) -> None:
    """An entry changed or taken away mixes with what the other notes said that day: she is
    assembled again from all of them, and the pages are still a fresh build's."""
    root = tmp_path / "vault"
    ann = _well_known(root)
    build(root, TODAY)
    for step, (old, new) in enumerate([("-> tea", "<- tea"), (f"- {TODAY} <- tea with [[P2]]\n", "")]):
        ann.write_text(ann.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        os.utime(ann, ns=(PAST + (step + 1) * 10**9,) * 2)
        build(root, TODAY)
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY), step


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("-> tea", "-> green tea"),  # its text
        ("-> tea", "<- tea"),  # who started it
        ("## Log\n", f"## Log\n- {EARLIER} a walk\n"),  # one more on its day, above it
        (f"- {EARLIER} -> tea with [[Zed]]\n", ""),  # gone, and her link with Zed, nobody else's
        (f"- {TODAY} <- call with [[P2]]\n", ""),  # gone, not her link with P2, whose log has it too
    ],
)
def test_a_changed_entry_of_a_person_only_other_people_link_reads_that_note_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every_read: list[str], old: str, new: str
) -> None:
    """Forty people's logs link Ann, and no other note tells of her days (a person's note tells
    only whom they are linked with): her own note alone makes her contacts, so an entry of hers
    changed or taken away is taken in without reading any other note, nor the parse cache. A
    link taken away may be another note's too: only the notes that tell of both are asked (a
    person's note from the state)."""
    root = tmp_path / "vault"
    ann = _well_known(root, daily=False)
    (root / "People/Zed.md").write_text("---\ntags: [person]\n---\n", encoding="utf-8")
    ann.write_text(
        f"---\ntags: [person]\n---\n## Log\n- {EARLIER} -> tea with [[Zed]]\n- {TODAY} <- call with [[P2]]\n",
        encoding="utf-8",
    )
    build(root, TODAY)
    every_read.clear()  # the first build's
    monkeypatch.setattr(resume.ParseCache, "load", _no_parse_cache)
    ann.write_text(ann.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(ann, ns=(PAST + 10**9,) * 2)
    build(root, TODAY)
    assert every_read == ["People/Ann.md"]
    assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)


def test_a_page_made_from_the_same_inputs_is_left_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Problems page is made again only when its problems or names changed, or its file was
    touched; else it is left as the last build wrote it, and is still a fresh build's."""
    from vaultnet.pages.render import Renderer

    vault = Vault(tmp_path / "vault", 14)
    vault.write("Daily/2026-11-01.md", "---\nbroken: [\n---\n- lunch with [[Person 1]]\n")
    build(vault.root, TODAY)
    made: list[str] = []
    render = Renderer.render

    def counting(self: Renderer, template: str, **context: Any) -> str:
        if self.vault_root is not None and self.vault_root.name == "vault":  # not the fresh builds
            made.append(template)
        return render(self, template, **context)

    monkeypatch.setattr(Renderer, "render", counting)
    problems = vault.root / "_vaultnet" / "Problems.md"
    _one_log_edit(vault)  # no problem more or less
    build(vault.root, TODAY)
    assert "Problems.md.j2" not in made and "Overview.md.j2" in made
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
    vault.write("Daily/2026-11-02.md", "---\nbroken: [\n---\n")  # a problem more
    build(vault.root, TODAY)
    assert made.count("Problems.md.j2") == 1
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
    problems.write_text(problems.read_text(encoding="utf-8") + "mine\n", encoding="utf-8")
    _one_log_edit(vault)
    build(vault.root, TODAY)  # the file was touched: made again, over the edit
    assert made.count("Problems.md.j2") == 2
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


@pytest.mark.parametrize("name", ["name: Ana Maria", "FN: Ana Maria"])
def test_a_person_renamed_in_their_note_is_renamed_on_the_introductions_page(
    tmp_path: Path, name: str, used: list[bool]
) -> None:
    """A page shows a person's link by their name: one renamed in their note (`name:`, a vCard's
    `FN:`) and in an idea is shown by the new name, though their file is the same."""
    people = {
        "People/Ana.md": "---\ntags: [person, design]\n---\n",
        "People/Bo.md": "---\ntags: [person, design]\n---\n- 2026-11-02 -> coffee with [[Cy]]\n",
        "People/Cy.md": "---\ntags: [person]\n---\n",
    }
    root = write_vault(tmp_path / "vault", people)
    build(root, TODAY)
    (root / "People/Ana.md").write_text(f"---\ntags: [person, design]\n{name}\n---\n", encoding="utf-8")
    os.utime(root / "People/Ana.md", ns=(PAST * 2, PAST * 2))
    build(root, TODAY)
    assert used == [False, True]
    assert "|Ana Maria]]" in (root / "_vaultnet/Introductions.md").read_text("utf-8")
    assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)


def test_a_page_whose_lists_nobody_moved_on_is_left_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page is made again only when someone moved onto or off a list it shows, or within it,
    or their line there reads otherwise now (or another of its inputs changed); else it is left
    as the last build wrote it, and is still a fresh build's, in the builds after too (the
    sections of the lists it shows are kept for them). An edit no page shows makes none."""
    from vaultnet.pages.render import Renderer

    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / "People" / "Ana.md").write_text(f"- {TODAY} -> coffee\n- [ ] send the maps\n", encoding="utf-8")
    (root / "People" / "Bruno.md").write_text(f"- {TODAY} <- call\n", encoding="utf-8")
    os.utime(root / "People" / "Ana.md", ns=(PAST, PAST))
    os.utime(root / "People" / "Bruno.md", ns=(PAST, PAST))
    build(root, TODAY)
    made: list[str] = []
    render = Renderer.render

    def counting(self: Renderer, template: str, **context: Any) -> str:
        if self.vault_root == root:  # not the fresh builds
            made.append(template.removesuffix(".j2"))
        return render(self, template, **context)

    monkeypatch.setattr(Renderer, "render", counting)

    def edit(text: str, mtime: int) -> None:
        made.clear()
        bruno = root / "People" / "Bruno.md"
        bruno.write_text(bruno.read_text(encoding="utf-8") + text, encoding="utf-8")
        os.utime(bruno, ns=(PAST + mtime, PAST + mtime))
        build(root, TODAY)
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)

    edit(f"- {TODAY - dt.timedelta(days=300)} <- a letter\n", 10**9)  # in the Overview's months only
    assert made == ["Overview.md"]
    # Shown nowhere: a contact that says nothing of who started it (the chart's description counts
    # those that do), neither the last nor in a list's months.
    edit(f"- {TODAY - dt.timedelta(days=5)} a postcard\n", 15 * 10**8)
    assert made == []
    edit(f"- {TODAY} -> lunch\n", 2 * 10**9)  # two-way: onto a list of Connections too
    assert made == ["Connections.md", "Overview.md", "Reciprocity.md"]
    edit("- [ ] ask about the trip\n", 3 * 10**9)  # an open task: onto Follow-ups
    assert made == ["Connections.md", "Follow-ups.md", "Overview.md", "Reciprocity.md"]


def test_the_sections_kept_are_those_written_and_those_of_lists_nobody_moved_on() -> None:
    """A page left unmade writes none of its sections: the last build's are kept for the next
    build while their lists stay as they were, and dropped once someone moved on one."""
    row = ("Recency.md.j2", "lapsed_line", ())
    lapsed, never, overdue = (
        ("lapsed", "last", "", row),
        ("never", "letter", "", row),
        ("overdue", "due", "", row),
    )
    book = RowBook(
        sections={lapsed: b"old lapsed", never: b"old never"},
        layouts={lapsed: (("", 1, 10),), never: (("", 1, 9),)},
    )
    book.new_sections[overdue] = b"new overdue"
    book.new_layouts[overdue] = (("", 1, 11),)
    assert book.saved_sections({"lapsed", "overdue"}) == (
        {lapsed: b"old lapsed", overdue: b"new overdue"},
        {lapsed: (("", 1, 10),), overdue: (("", 1, 11),)},
    )


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The saved people whose stats each build from the state made (`_People.load`)."""
    record: list[str] = []
    original = resume._People.load

    def counting(self: Any, file: str) -> Any:
        record.append(file)
        return original(self, file)

    monkeypatch.setattr(resume._People, "load", counting)
    return record


def test_a_build_from_state_makes_no_unchanged_persons_stats(tmp_path: Path, made: list[str]) -> None:
    """The movement, the open follow-ups, the long lists' headings, the chart and every saved
    line come from what the state saved: the pages of a build after a line logged make the stats
    of nobody but the person redone."""
    vault = Vault(tmp_path / "vault", 8, people=150)
    build(vault.root, TODAY)
    made.clear()
    _one_log_edit(vault)
    build(vault.root, TODAY)
    assert made == []
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def test_the_canvas_and_ideas_made_again_read_only_the_people_shown(tmp_path: Path, made: list[str]) -> None:
    """A person added redraws the canvas (it counts everyone): ranked by the faces the state
    keeps, it reads the stats of the few people it shows (`canvas_limit`), not everyone's. A
    link made between two people who were no introduction idea leaves the ideas as they were."""
    vault = Vault(tmp_path / "vault", 8, people=150)
    vault.write("vaultnet.toml", "canvas_limit = 6\n")
    build(vault.root, TODAY)
    made.clear()
    vault.write("People/Quinn Ray.md", "---\ntags: [person]\n---\n")
    build(vault.root, TODAY)
    assert 0 < len(made) <= 6, made
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
    # Two people linked for the first time, who were no introduction idea: the ideas stand.
    ideas = {frozenset(i[:2]) for i in state_module.load_state(vault.root, _key(vault.root)).ideas}  # type: ignore[union-attr]
    a, b = next((a, b) for a in range(150) for b in range(a + 1, 150)
                if frozenset((f"People/Person {a}.md", f"People/Person {b}.md")) not in ideas)  # fmt: skip
    made.clear()
    vault.write("Daily/2026-11-20.md", f"- lunch with [[Person {a}]] and [[Person {b}]]\n")
    build(vault.root, TODAY)
    assert len(made) <= 6, made
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def test_a_build_from_state_makes_only_the_lists_someone_moved_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page list nobody moved onto or off since the last build is the text that build wrote:
    after one person's log grew, only the lists they left and joined are made."""
    vault = Vault(tmp_path / "vault", 8, people=150)
    build(vault.root, TODAY)
    made: list[str] = []
    kept: list[str] = []
    original = RowBook.section

    def watching(self: RowBook, people: Any, by: str, label: str, row: Any, make: Any, level: int = 3) -> str:
        calls = len(made)

        def counted(earlier: Any) -> Any:
            made.append(row[1])
            return make(earlier)

        text = original(self, people, by, label, row, counted, level)
        if len(made) == calls:
            kept.append(row[1])
        return text

    monkeypatch.setattr(RowBook, "section", watching)
    _one_log_edit(vault)
    build(vault.root, TODAY)
    assert 0 < len(made) <= 6 < len(kept), (made, kept)  # a list left and one joined, on three pages
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def test_a_task_carried_forward_then_ticked_through_the_saved_state(tmp_path: Path) -> None:
    """A ticked copy of a task carried forward closes it, an open copy after it opens it again,
    and the ticked one deleted leaves it open: each build from the saved state writes the pages a
    fresh build does."""
    task = "## Tasks\n- [ ] call [[Bo]] about the car\n"
    root = write_vault(
        tmp_path / "vault",
        {
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-18.md": task,
            "Daily/2026-11-19.md": task,
        },
    )
    build(root, TODAY)
    steps = [
        ("Daily/2026-11-20.md", "- lunch with [[Bo]]\n- [x] call [[Bo]] about the car\n", False),
        ("Daily/2026-11-21.md", task, True),
        ("Daily/2026-11-21.md", None, False),
        ("Daily/2026-11-20.md", None, True),
    ]
    for file, text, listed in steps:
        if text is None:
            (root / file).unlink()
        else:
            (root / file).write_text(text, encoding="utf-8")
        build(root, TODAY)
        pages = _pages(root)
        assert pages == _fresh(root, tmp_path / "fresh", TODAY), file
        assert (b"- call Bo about the car" in pages["Follow-ups.md"]) is listed, file


def _state_file(root: Path) -> Path:
    return root / CACHE_FOLDER / state_module.STATE_FILE


def _one_log_edit(vault: Vault) -> None:
    person = vault.files("People")[0]
    text = (vault.root / person).read_text(encoding="utf-8")
    vault.write(person, text + f"- {TODAY} <-> long talk\n")


def _body(path: Path, key: str, shape: tuple[type, ...]) -> tuple[Any, ...]:
    """The body of a state file as vaultnet reads it."""
    read = state_file.read_signed(path, key, shape)
    assert read is not None
    return read[0]


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "flipped",
        "empty",
        "not marshal",
        "wrong shape",
        "other key",
        "symlink",
        "too large",
        "folder",
        "people file",
        "people file gone",
        "pages part gone",
        "pages part of another state",
    ],
)
def test_a_bad_state_is_discarded_and_rebuilt(
    tmp_path: Path, damage: str, used: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault(tmp_path / "vault", 5)
    build(vault.root, TODAY)
    path = _state_file(vault.root)
    data = path.read_bytes()
    key = state_file.state_key(load_config(vault.root))
    import marshal

    def signed(payload: bytes) -> bytes:
        return b"".join(state_file.sealed(key, payload))

    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        path.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not marshal":
        path.write_bytes(signed(b"\xff\x00 not marshal"))
    elif damage == "wrong shape":
        path.write_bytes(signed(marshal.dumps((1, 2, 3))))
    elif damage == "other key":
        keyed = len(state_file._MAGIC) + len(key)
        path.write_bytes(state_file._MAGIC + b"0" * len(key) + data[keyed:])
    elif damage == "symlink":
        elsewhere = tmp_path / "elsewhere.bin"
        elsewhere.write_bytes(data)
        path.unlink()
        path.symlink_to(elsewhere)
    elif damage == "too large":
        monkeypatch.setattr(state_file, "MAX_STATE_BYTES", 1000)
    elif damage == "folder":
        path.unlink()
        path.mkdir()
    elif damage == "pages part gone":
        (path.parent / state_module.PAGES_FILE).unlink()
    elif damage == "pages part of another state":
        body = list(_body(path, key, state_module._SHAPE))
        body[state_module._TOKEN] = "another token"
        path.write_bytes(signed(marshal.dumps(tuple(body))))
    elif damage.startswith("people file"):
        (people,) = path.parent.glob("people-*.bin")
        blob = people.read_bytes()
        if damage == "people file gone":
            people.unlink()
        else:
            people.write_bytes(bytes(b ^ 0x55 for b in blob))
    _one_log_edit(vault)
    build(vault.root, TODAY)
    assert used[-1] is False  # read in full, not from the bad state
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
    if damage not in ("too large", "folder"):
        _one_log_edit(vault)
        build(vault.root, TODAY)
        assert used[-1] is True  # rebuilt, and trusted again
        assert path.is_file() and not path.is_symlink()
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


@pytest.mark.parametrize("damage", ["flipped", "gone", "of another base", "do not fit"])
def test_saved_changes_that_are_damaged_or_of_another_base_are_not_trusted(
    tmp_path: Path, damage: str, used: list[bool], saved_changes: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changes that cannot be read, or that belong to a base since replaced, leave the base: a
    whole state of an earlier vault, whose notes changed since are read again. Changes that do
    not fit the base they name are not trusted at all."""
    import marshal

    monkeypatch.setattr(state_module, "JOURNAL_SHARE", 0)
    vault = Vault(tmp_path / "vault", 5)
    build(vault.root, TODAY)
    for _ in range(2):
        _one_log_edit(vault)
        build(vault.root, TODAY)
    assert saved_changes == [False, True, True]  # the first build saves in full
    path = vault.root / CACHE_FOLDER / state_module.JOURNAL_FILE
    data = path.read_bytes()
    key = state_file.state_key(load_config(vault.root))
    token, parts = _body(path, key, state_module._JOURNAL_SHAPE)
    if damage == "flipped":
        path.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "gone":
        path.unlink()
    elif damage == "of another base":
        path.write_bytes(b"".join(state_file.sealed(key, marshal.dumps(("another token", parts)))))
    else:
        unfit = ("t", (("d", {}, ()),) * 12)  # the day, a number, changed as a dict
        path.write_bytes(b"".join(state_file.sealed(key, marshal.dumps((token, (unfit, parts[1]))))))
    _one_log_edit(vault)
    build(vault.root, TODAY)
    assert used[-1] is (damage != "do not fit")
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
    _one_log_edit(vault)
    build(vault.root, TODAY)
    assert used[-1] is True
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


@pytest.mark.parametrize("change", ["a note", "a new day"])
def test_a_state_with_wrong_values_inside_is_not_trusted(
    tmp_path: Path, used: list[bool], change: str
) -> None:
    """Signed and of the right shape, but describing another vault: using it fails, and the build
    reads every note instead."""
    import marshal

    vault = Vault(tmp_path / "vault", 6)
    build(vault.root, TODAY)
    path = _state_file(vault.root)
    key = state_file.state_key(load_config(vault.root))
    body = list(_body(path, key, state_module._SHAPE))
    body[5] = {file: b"not a person" for file in body[5]}  # people
    path.write_bytes(b"".join(state_file.sealed(key, marshal.dumps(tuple(body)))))
    day = TODAY
    if change == "a note":
        _one_log_edit(vault)  # the changed person's saved self does not decode
    else:
        day += dt.timedelta(days=1)  # nobody's saved self decodes, and everyone's is read
    build(vault.root, day)
    assert used[-1] is False
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", day)


@pytest.mark.parametrize("damage", ["gone", "flipped", "another state's"])
def test_the_names_part_missing_or_bad_is_made_again(tmp_path: Path, used: list[bool], damage: str) -> None:
    """The resolver's saved tables are a hint: without them the state is still used, and the
    resolver made again from every person's names."""
    vault = Vault(tmp_path / "vault", 12)
    build(vault.root, TODAY)
    path = vault.root / CACHE_FOLDER / state_module.NAMES_FILE
    data = path.read_bytes()
    if damage == "gone":
        path.unlink()
    elif damage == "flipped":
        path.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    else:
        shutil.copytree(vault.root, tmp_path / "other")
        (tmp_path / "other" / CACHE_FOLDER).joinpath(state_module.STATE_FILE).unlink()
        build(tmp_path / "other", TODAY)  # a full build there: names saved under another token
        path.write_bytes((tmp_path / "other" / CACHE_FOLDER / state_module.NAMES_FILE).read_bytes())
    for _ in range(2):
        vault.write("Daily/2026-11-20.md", f"- -> tea with [[Person 1]] and [[P{vault.rng.randrange(30)}]]\n")
        build(vault.root, TODAY)
        assert used[-1] is True
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def test_the_saved_resolver_is_the_resolver(tmp_path: Path) -> None:
    """Tables, name clashes and their problems, as saved by a full build, are those made afresh."""
    from vaultnet.vault.names import Resolver

    vault = Vault(tmp_path / "vault", 15)
    for name, alias in (("Twin", "P3"), ("Person 4", "Solo"), ("Other/Person 5", "P7")):
        (vault.root / "People" / f"{name}.md").parent.mkdir(parents=True, exist_ok=True)
        vault.write(f"People/{name}.md", f"---\ntags: [person]\naliases: [{alias}]\n---\n")
    build(vault.root, TODAY)
    key = state_file.state_key(load_config(vault.root))
    state = state_module.load_state(vault.root, key)
    assert state is not None
    saved, fresh = state_module.saved_resolver(vault.root, key, state), Resolver.of(state.persons)
    assert saved.tables() == fresh.tables()
    assert saved.problems() == fresh.problems() and saved.clashes() == fresh.clashes()
    assert len(fresh.clashes()) >= 2


def test_a_config_change_is_a_full_build(tmp_path: Path, used: list[bool]) -> None:
    vault = Vault(tmp_path / "vault", 8)
    build(vault.root, TODAY)
    (vault.root / "vaultnet.toml").write_text('[cadence]\nfamily = "3w"\n', encoding="utf-8")
    _one_log_edit(vault)
    build(vault.root, TODAY)
    assert used[-1] is False
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def test_a_person_of_another_s_name_come_or_gone_tells_them_apart_or_not(
    tmp_path: Path, used: list[bool]
) -> None:
    """Two people of one name are told apart on the pages (`Alex (work)`, `Alex (family)`): a
    build from the saved state tells apart the one already there when the other comes, though
    no note about them changed (none links to them), and no longer when the other goes."""
    root = write_vault(
        tmp_path / "vault",
        {
            "People/work/Alex.md": "---\ntags: [person]\n---\n- 2026-11-02 <- coffee\n",
            "People/Bea.md": "---\ntags: [person]\n---\n- 2026-11-03 <- tea\n",
        },
    )
    build(root, TODAY)
    alone = _pages(root)
    write_vault(root, {"People/family/Alex.md": "---\ntags: [person]\n---\n- 2026-10-02 -> call\n"})
    build(root, TODAY)
    assert used[-1] is True
    assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)
    assert "- [[People/work/Alex|Alex (work)]]\n" in _pages(root)["Reciprocity.md"].decode()
    (root / "People/family/Alex.md").unlink()
    build(root, TODAY)
    assert used[-1] is True and _pages(root) == alone


def test_a_new_day_is_made_from_the_saved_people(
    tmp_path: Path, used: list[bool], saved_changes: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new day's build reads no note, and saves the state in full (its lists are made anew),
    however small its changes: the builds after it that day save only theirs, and apply none
    of the new day's."""
    monkeypatch.setattr(state_module, "JOURNAL_SHARE", 0)  # changes of any size are small
    vault = Vault(tmp_path / "vault", 9)
    build(vault.root, TODAY)
    later = TODAY + dt.timedelta(days=40)
    build(vault.root, later)
    assert used[-1] is True
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", later)
    _one_log_edit(vault)
    build(vault.root, later)
    assert used[-1] is True and saved_changes == [False, False, True]  # the first build, the new day
    assert (vault.root / CACHE_FOLDER / state_module.JOURNAL_FILE).stat().st_size < 4096
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", later)


def _state_files(root: Path) -> dict[str, tuple[int, int]]:
    folder = root / CACHE_FOLDER
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_build_check_saves_no_state(tmp_path: Path, used: list[bool]) -> None:
    """`build --check` writes nothing: from the saved state, every cache file is left as it
    was; in full, only the parse cache is written (a full check writes no people file either); the build after it still
    makes what a fresh build makes."""
    vault = Vault(tmp_path / "vault", 12)
    build(vault.root, TODAY)
    _one_log_edit(vault)
    before = _state_files(vault.root)
    build(vault.root, TODAY, check=True)
    assert used[-1] is True
    assert _state_files(vault.root) == before
    shutil.rmtree(vault.root / CACHE_FOLDER)
    build(vault.root, TODAY, check=True)
    assert used[-1] is False
    assert not list((vault.root / CACHE_FOLDER).glob("people-*.bin"))
    build(vault.root, TODAY)
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


@pytest.mark.parametrize("changes_only", [False, True])
def test_check_shares_the_state_and_says_what_a_fresh_check_says(
    tmp_path: Path, used: list[bool], monkeypatch: pytest.MonkeyPatch, changes_only: bool
) -> None:
    from vaultnet.commands.check import check_vault

    if changes_only:
        monkeypatch.setattr(state_module, "JOURNAL_SHARE", 0)

    checked = _answers(monkeypatch, resume, "saved_problems")
    vault = Vault(tmp_path / "vault", 11)
    (vault.root / "People" / "Twin.md").write_text(
        "---\ntags: [person]\naliases: [P3]\n---\n", encoding="utf-8"
    )
    vault.write("Daily/2026-11-01.md", "# 2026-11-01\n- lunch with [[Nobody Known]]\n---\nbroken: [\n")
    build(vault.root, TODAY)
    for step in range(12):
        done = [vault.edit() for _ in range(vault.rng.choice([1, 2]))]
        config = load_config(vault.root)
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(vault.root, fresh, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
        assert check_vault(vault.root, config, TODAY) == check_vault(fresh, config, TODAY), (step, done)
        assert check_vault(vault.root, config) == check_vault(fresh, config), (step, done)
        # The hooks in order: check, then build --check, then a build.
        before = _pages(vault.root)
        stale = build(vault.root, TODAY, check=True).written
        build(vault.root, TODAY)
        after = _pages(vault.root)
        assert after == _fresh(vault.root, fresh, TODAY), (step, done)
        assert set(stale) == {f"_vaultnet/{name}" for name in after if before.get(name) != after[name]}
    assert sum(checked) >= 6 and sum(used) >= 6


def test_build_check_after_check_takes_the_changed_notes_as_check_read_them(
    tmp_path: Path, read: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commit's hooks read the same changed notes: `check` keeps them as read, and the `build
    --check` (or build) after it takes them, parsing none; a note changed again since, or a
    damaged file, is read afresh. Every answer is a fresh build's."""
    from vaultnet.commands.check import check_vault

    vault = Vault(tmp_path / "vault", 14)
    build(vault.root, TODAY)
    config = load_config(vault.root)
    read.clear()
    reads = vault.root / CACHE_FOLDER / resume.READS_FILE
    person = vault.files("People")[2]

    def build_check(parsed: bool) -> bool:
        """`build --check`, reading the person's note or not, then a build: a fresh build's
        pages. Whether they changed."""
        read.clear()
        before = _pages(vault.root)
        stale = build(vault.root, TODAY, check=True).written
        assert read == [person] * parsed
        written = build(vault.root, TODAY).written
        assert stale == written
        assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
        return bool(written) and _pages(vault.root) != before

    text = (vault.root / person).read_text(encoding="utf-8")
    vault.write(person, text + f"- {TODAY} <- a call about the move\n")
    check_vault(vault.root, config)
    assert read == [person] and reads.is_file()
    assert build_check(parsed=False)

    # The same size, another mtime: read again, whatever `check` kept of it before.
    text = (vault.root / person).read_text(encoding="utf-8")
    vault.write(person, text.replace("the move", "the boat"))
    check_vault(vault.root, config)
    vault.write(person, text.replace("the move", "the vote"))
    read.clear()
    build(vault.root, TODAY, check=True)
    assert read == [person]

    for damage in (lambda data: data[:-3] + b"\xff" + data[-2:], lambda data: b""):
        vault.write(person, (vault.root / person).read_text(encoding="utf-8") + f"- {TODAY} -> tea\n")
        check_vault(vault.root, config)
        reads.write_bytes(damage(reads.read_bytes()))
        build_check(parsed=True)


def test_check_of_an_unchanged_vault_reads_only_the_saved_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a build, `check` answers from `problems.bin` alone while no note changed; a note
    changed or removed, a far-ahead contact or a damaged file send it the long way. Every answer
    is a fresh vault's. (An edit that sets an mtime back still moves the note's stamp: its ctime.)"""
    from vaultnet.commands import check as check_module
    from vaultnet.commands.check import check_vault

    quick = _answers(monkeypatch, check_module, "unchanged_problems")
    vault = Vault(tmp_path / "vault", 12)
    vault.write("Daily/2026-11-01.md", "# 2026-11-01\n- lunch with [[Nobody Known]]\n---\nbroken: [\n")
    config = load_config(vault.root)

    def same_as_fresh(today: dt.date | None = TODAY) -> None:
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(vault.root, fresh, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
        assert check_vault(vault.root, config, today) == check_vault(fresh, config, today)

    for _ in range(6):
        vault.edit()
        build(vault.root, TODAY)
        same_as_fresh()
        same_as_fresh(None)
        assert quick[-2:] == [True, True]
    ahead = TODAY + dt.timedelta(days=500)
    vault.write(
        "People/Person 1.md", (vault.root / "People/Person 1.md").read_text() + f"- {ahead} -> plan\n"
    )
    build(vault.root, TODAY)
    same_as_fresh()
    assert quick[-1] is False  # a contact more than a year ahead: told by the state, person by person
    (vault.root / "Daily/2026-11-01.md").unlink()  # no note's stamp moves: the digest tells
    same_as_fresh(None)
    assert quick[-1] is False
    build(vault.root, TODAY)
    same_as_fresh(None)
    assert quick[-1] is True
    saved = vault.root / CACHE_FOLDER / state_file.PROBLEMS_FILE
    saved.write_bytes(saved.read_bytes()[:-3] + b"xyz")
    same_as_fresh(None)
    assert quick[-1] is False


def test_check_reads_the_pages_part_only_for_a_contact_a_year_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` after a change reads the state's own file: who each note tells of and the saved
    people (the pages' part) only when someone has a contact more than a year ahead, and then
    a change that tells of such a person sends it the long way. Every answer is a fresh vault's."""
    from vaultnet.commands.check import check_vault

    read: list[str] = []
    original = state_module.read_signed

    def spy(path: Path, *args: Any) -> Any:
        read.append(path.name)
        return original(path, *args)

    monkeypatch.setattr(state_module, "read_signed", spy)
    monkeypatch.setattr(resume, "read_signed", spy)  # the changed notes `check` kept
    used = _answers(monkeypatch, resume, "saved_problems")
    vault = Vault(tmp_path / "vault", 15)
    config = load_config(vault.root)

    def check_as_fresh(rel: str, line: str) -> list[Any]:
        vault.write(rel, (vault.root / rel).read_text(encoding="utf-8") + line)
        read.clear()
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(vault.root, fresh, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
        found = check_vault(vault.root, config, TODAY)
        assert found == check_vault(fresh, config, TODAY)
        return found

    build(vault.root, TODAY)
    check_as_fresh("People/Person 2.md", f"- {TODAY} -> tea\n")
    assert used == [True] and state_module.PAGES_FILE not in read
    ahead = TODAY + dt.timedelta(days=500)
    vault.write(
        "People/Person 1.md", (vault.root / "People/Person 1.md").read_text() + f"- {ahead} -> plan\n"
    )
    build(vault.root, TODAY)
    found = check_as_fresh("People/Person 2.md", f"- {TODAY} -> lunch\n")
    assert used[-1] is True and state_module.PAGES_FILE in read
    assert any(p.file == "People/Person 1.md" and str(ahead) in p.message for p in found)
    check_as_fresh("People/Person 3.md", f"- {TODAY} -> a walk with [[Person 1]]\n")
    assert used[-1] is True  # it did not tell of them before: their contacts are as saved
    build(vault.root, TODAY)
    check_as_fresh("People/Person 3.md", f"- {TODAY} -> tea\n")
    assert used[-1] is False  # a note that tells of someone a year ahead changed: read in full


def test_check_after_a_note_names_a_crowd_says_what_a_fresh_check_says(tmp_path: Path) -> None:
    """A note naming more people than are linked pair by pair is a problem: `check` from the
    state reads the resolver for it (and only for a note that could name so many)."""
    from vaultnet.commands.check import check_vault
    from vaultnet.vault.resolve import MAX_LINKED_GROUP

    vault = Vault(tmp_path / "vault", 13, people=MAX_LINKED_GROUP + 5)
    build(vault.root, TODAY)
    config = load_config(vault.root)
    everyone = " ".join(f"[[Person {i}]]" for i in range(MAX_LINKED_GROUP + 3))
    for text in (f"- -> a party with {everyone}\n", "- -> tea with [[Person 1]]\n"):
        vault.write("Daily/2026-11-20.md", text)
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(vault.root, fresh, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
        found = check_vault(vault.root, config, TODAY)
        assert found == check_vault(fresh, config, TODAY)
        assert any("names" in p.message and "people: over" in p.message for p in found) == ("party" in text)


def test_a_saved_person_is_the_person(make_vault: Any) -> None:
    """Every field of every person of the example vault (follow-ups of dated notes, broadcasts,
    links, planned contacts) comes back from its saved bytes as it was; without the entries, so
    do their stats."""
    from dataclasses import replace

    from vaultnet.metrics.stats import person_stats
    from vaultnet.vault.load import load_vault

    root = Path(__file__).resolve().parents[1] / "example_vault"
    config = load_config(root)
    people = load_vault(root, config, use_cache=False).people
    assert people and any(f.date for p in people for f in p.follow_ups)
    for person in people:
        blob = state_module.person_blob(person)
        assert state_module.person_from_blob(blob, person.file) == person
        lean = state_module.person_from_blob(blob, person.file, entries=False)
        assert lean == replace(person, note=replace(person.note, entries=()))
        assert person_stats(lean, TODAY, config) == replace(person_stats(person, TODAY, config), person=lean)


def test_the_saved_person_has_every_field_of_the_model() -> None:
    """A field added to Person must be added to `person_blob` (Contact's and FollowUp's are kept
    whatever they are)."""
    from dataclasses import fields

    from vaultnet.model import Person

    assert tuple(f.name for f in fields(Person)) == state_module.PERSON_FIELDS


def test_a_saved_person_keeps_each_column_as_it_was() -> None:
    """Contacts and follow-ups are saved a column per field: a column of dates with None among
    them, one without, and one of other values all come back as they were."""
    from vaultnet.model import Contact, FollowUp, Note, Person

    day = dt.date(2026, 3, 1)
    person = Person(
        Note("People/A.md", "person", "A"),
        (Contact(day, "inbound", "People/A.md", 3, "tea"), Contact(TODAY, "mutual", "d.md", 1, "", True)),
        (day,),
        (FollowUp("People/A.md", 4, "ask", ("B",)), FollowUp("d.md", 2, "call", (), day)),
        ("People/B.md",),
    )
    assert state_module.person_from_blob(state_module.person_blob(person), person.file) == person
    lone = Person(Note("People/B.md", "person", "B"), follow_ups=(FollowUp("x.md", 1, "", (), None),))
    assert state_module.person_from_blob(state_module.person_blob(lone), lone.file) == lone
    with pytest.raises(ValueError):  # a saved person read as another: the state is not used
        state_module.person_from_blob(state_module.person_blob(lone), person.file)


def _terminal(root: Path, today: dt.date, **options: Any) -> str:
    """`vaultnet report` in a pipe, then `vaultnet report --json`."""
    from vaultnet.build import show_report
    from vaultnet.pages.render import page_context, report_json
    from vaultnet.pages.terminal import plain_report

    text: str = show_report(root, lambda *shown: plain_report(page_context(*shown)), today, **options)
    data: str = show_report(root, lambda report, config, *_: report_json(report, config), today, **options)
    return text + data


def _terminal_fresh(root: Path, scratch: Path, today: dt.date, **options: Any) -> str:
    """The terminal report of a copy of the vault, every note read, nothing cached."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(root, scratch, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
    return _terminal(scratch, today, use_cache=False, **options)


def test_the_report_from_the_state_says_what_a_report_read_in_full_says(
    tmp_path: Path, used: list[bool]
) -> None:
    """`vaultnet report` (and `--json`) takes the lists from the saved state, and the notes
    changed since the last build into them in memory: it writes nothing of the state (a report
    read in full writes the parse cache only)."""
    vault = Vault(tmp_path / "vault", 13, people=150)
    build(vault.root, TODAY)
    today = TODAY
    for step in range(14):
        done = [vault.edit() for _ in range(vault.rng.choice([1, 2]))]
        if vault.rng.random() < 0.2:
            today += dt.timedelta(days=vault.rng.randint(1, 9))
            done.append(f"today {today}")
        before = _state_files(vault.root)
        shown = _terminal(vault.root, today)
        written = {name for name, stat in _state_files(vault.root).items() if before.get(name) != stat}
        assert written <= ({"notes.bin"} if not used[-1] else set()), (step, done, written)
        assert shown == _terminal_fresh(vault.root, tmp_path / "fresh", today), (step, done)
        if step % 3 == 2:
            build(vault.root, today)
    assert _terminal(vault.root, today, limit=2) == _terminal_fresh(
        vault.root, tmp_path / "fresh", today, limit=2
    )
    assert sum(used) >= 8, "the saved state was hardly ever used: this test would not see it"


def test_a_report_from_a_damaged_people_file_is_read_in_full(tmp_path: Path) -> None:
    """The saved people are read only as the report shows them: one that does not decode then
    makes the report read every note, and say what it says."""
    vault = Vault(tmp_path / "vault", 14, people=60)
    build(vault.root, TODAY)
    (people,) = (vault.root / CACHE_FOLDER).glob("people-*.bin")
    people.write_bytes(bytes(b ^ 0x55 for b in people.read_bytes()))
    assert _terminal(vault.root, TODAY) == _terminal_fresh(vault.root, tmp_path / "fresh", TODAY)


def _stories(root: Path, today: dt.date, saved: bool) -> dict[str, str]:
    """Everyone's story as `vaultnet show --json` tells it: from the saved state, or read in full."""
    from vaultnet.build import load_report
    from vaultnet.commands.show import person_story, saved_story, story_json

    config = load_config(root)
    report = load_report(root, today, config, use_cache=False)
    stories = {}
    for s in report.people:
        story = saved_story(root, s.person.file, today, config) if saved else None
        if saved:
            assert story is not None, s.person.file
        stories[s.person.file] = story_json(story or person_story(root, report, s.person.file, config))
    return stories


def test_show_from_the_state_tells_what_show_read_in_full_tells(tmp_path: Path, used: list[bool]) -> None:
    """`vaultnet show` reads the person from the saved state and only the notes that tell of
    them, the notes changed since the last build taken in as a build takes them."""
    vault = Vault(tmp_path / "vault", 15, people=40)
    build(vault.root, TODAY)
    today = TODAY
    compared = 0
    for step in range(10):
        done = [vault.edit() for _ in range(vault.rng.choice([1, 2]))]
        if vault.rng.random() < 0.4:  # a story from a state saved days before
            today += dt.timedelta(days=vault.rng.randint(1, 9))
            done.append(f"today {today}")
        before = _state_files(vault.root)
        made = resume.from_saved(
            vault.root, load_config(vault.root), today, _found(vault.root), _key(vault.root)
        )
        if made is not None:  # the state can answer: else show reads the vault, as before
            assert made.state.blobs is not None
            made.state.blobs.close()
            assert _stories(vault.root, today, saved=True) == _stories(vault.root, today, saved=False), (
                step,
                done,
            )
            compared += 1
        assert {n for n, stat in _state_files(vault.root).items() if before.get(n) != stat} <= {"notes.bin"}
        if step % 3 == 2:
            build(vault.root, today)
    assert compared >= 5, "the saved state was hardly ever used: this test would not see it"


def test_show_for_a_day_before_the_state_tells_what_was_planned_then(tmp_path: Path) -> None:
    """A cold build keeps a contact's text only from the latest of a person's own log up to its
    day; `show` for an earlier day still says what each contact after it was to be (a story's
    lines are read from the notes that tell them, not from the texts the state kept)."""
    root = write_vault(
        tmp_path / "vault",
        {
            "People/Ana.md": "---\ntags: [person]\n---\n- 2026-03-10 -> lent her the book on maps\n"
            "- 2026-07-01 -> dinner at hers\n- 2026-11-02 <- she called about the move\n"
        },
    )
    build(root, TODAY)
    earlier = dt.date(2026, 6, 1)
    stories = _stories(root, earlier, saved=True)
    assert '"text": "dinner at hers"' in stories["People/Ana.md"]  # planned, as of that day
    assert stories == _stories(root, earlier, saved=False)


def test_a_saved_person_read_for_their_day_or_later_leaves_their_log_undecoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person a cold build saved, read for its day or a later one (a new day's build, `report
    --json`), is read without decoding their log: their stats for that day are those of the
    person read whole, the last contact's and the plans' words with them. Read for an earlier
    day, or whole, every contact's text is given again from their log."""
    from dataclasses import replace

    from vaultnet.metrics.stats import person_stats

    vault = Vault(tmp_path / "vault", 16)
    build(vault.root, TODAY)
    config = load_config(vault.root)
    state = state_module.load_state(vault.root, _key(vault.root))
    assert state is not None
    given: list[str] = []
    give = state_module._texts_given
    monkeypatch.setattr(state_module, "_texts_given", lambda *args: given.append("") or give(*args))
    for file in sorted(state.people):
        whole = state_module.person_from_blob(state.person(file), file, entries=False)
        for day in (TODAY, TODAY + dt.timedelta(days=30), TODAY + dt.timedelta(days=400)):
            read = state_module.person_from_blob(state.person(file), file, entries=False, day=day)
            assert replace(person_stats(read, day, config), person=whole) == person_stats(whole, day, config)
    wholes = len(given)
    assert wholes > 10  # people with contacts whose texts a cold build let go
    for file in sorted(state.people):
        state_module.person_from_blob(state.person(file), file, entries=False, day=TODAY)
    assert len(given) == wholes
    for file in sorted(state.people):
        state_module.person_from_blob(
            state.person(file), file, entries=False, day=TODAY - dt.timedelta(days=1)
        )
    assert len(given) == 2 * wholes
    assert state.blobs is not None
    state.blobs.close()


def _found(root: Path) -> list[Any]:
    from vaultnet.vault.walk import walk_stats

    return list(walk_stats(root, load_config(root)))


def _key(root: Path) -> str:
    return state_file.state_key(load_config(root))


def test_show_from_the_state_names_nobody_as_show_read_in_full(tmp_path: Path) -> None:
    from vaultnet.commands.show import saved_story
    from vaultnet.errors import UnknownPerson

    vault = Vault(tmp_path / "vault", 16, people=20)
    assert saved_story(vault.root, "Person 3", TODAY, load_config(vault.root)) is None  # no state yet
    build(vault.root, TODAY)
    with pytest.raises(UnknownPerson, match="no person called 'Nobody At All'"):
        saved_story(vault.root, "Nobody At All", TODAY, load_config(vault.root))


def test_log_finds_people_by_the_names_the_state_keeps(tmp_path: Path) -> None:
    """`vaultnet log` finds its person among the names the saved state keeps, the notes changed
    since read again: the same names, aliases and files as the vault read in full, and a
    resolver that answers every name alike, the saved one while nobody came, went or was
    renamed, else one made from the names."""
    from vaultnet.commands.people import people_in
    from vaultnet.vault.load import load_vault
    from vaultnet.vault.names import Resolver

    vault = Vault(tmp_path / "vault", 17, people=40)
    build(vault.root, TODAY)
    answered = {True: 0, False: 0}  # by the saved resolver, by one made again
    for step in range(20):
        done = [vault.edit() for _ in range(vault.rng.choice([1, 2]))]
        config = load_config(vault.root)
        notes = [p.note for p in load_vault(vault.root, config, use_cache=False).people]
        people = people_in(vault.root, config)
        assert dict(people.named) == {n.file: (n.name, n.aliases) for n in notes}, (step, done)
        fresh = Resolver(notes)
        names = {text for n in notes for text in (n.file, n.stem, n.name, *n.aliases)}
        assert all(people.resolver.claimants(t) == fresh.claimants(t) for t in names), (step, done)
        saved = resume.saved_names(vault.root, config, _found(vault.root), _key(vault.root))
        assert saved is not None
        answered[saved[1] is not None] += 1
        if step % 2:
            build(vault.root, TODAY)
    assert min(answered.values()) >= 3, f"one way hardly ever taken, this test would not see it: {answered}"


def test_a_build_after_most_notes_changed_reads_the_vault_in_full(
    tmp_path: Path, used: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many notes changed (a checkout of another branch, a sync): a full build reads them on
    two cores faster than the saved state takes them one by one, and so do `check` and the
    commands that look a name up. A few still go through the state."""
    monkeypatch.setattr(resume, "CHANGED_AT_MOST", 2)
    people = {f"People/P{n}.md": f"- {TODAY} <-> coffee with [[P{(n + 1) % 12}]]\n" for n in range(12)}
    root = write_vault(tmp_path / "vault", people)
    for path in (root / "People").iterdir():
        os.utime(path, ns=(PAST, PAST))
    build(root, TODAY)
    answered = []

    def touch(count: int, mtime: int) -> None:
        for path in sorted((root / "People").iterdir())[:count]:
            path.write_text(path.read_text("utf-8") + f"- {TODAY} tea\n", "utf-8")
            os.utime(path, ns=(PAST + mtime, PAST + mtime))
        config, found, key = load_config(root), _found(root), _key(root)
        problems = resume.saved_problems(root, config, key, found, TODAY)
        answered.append((problems is not None, resume.saved_names(root, config, found, key) is not None))
        build(root, TODAY)
        assert _pages(root) == _fresh(root, tmp_path / "fresh", TODAY)

    touch(2, 10**9)  # a sixth of the notes: from the state
    touch(3, 2 * 10**9)  # a quarter: in full
    touch(12, 3 * 10**9)  # every one: in full
    assert used == [False, True, False, False]
    assert answered == [(True, True), (False, False), (False, False)]


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each note file parsed from here on (`parse_note`), in any process of this test."""
    from vaultnet.read import note as note_module

    record: list[str] = []
    original = note_module.parse_note

    def counting(file: str, *args: Any, **kwargs: Any) -> Any:
        record.append(file)
        return original(file, *args, **kwargs)

    monkeypatch.setattr(note_module, "parse_note", counting)
    return record


def _written_again(root: Path, mtime: int) -> list[str]:
    """Every note written again as it was, at a later mtime: what a checkout of another branch
    and back, a sync or a formatter that changed nothing leaves. The files, in order."""
    files = []
    for path in sorted(root.rglob("*.md")):
        if not {".vaultnet", "_vaultnet"} & set(path.relative_to(root).parts):
            path.write_bytes(path.read_bytes())
            os.utime(path, ns=(mtime, mtime))
            files.append(path.relative_to(root).as_posix())
    return files


def test_notes_written_again_as_they_were_are_not_changes(
    tmp_path: Path, used: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file whose mtime moved is read to see whether its bytes did too: those the same are
    parsed again by none of the build, `check` and `build --check` after, however many they are;
    the build takes the saved state and keeps their new mtimes, so the build after that reads
    nothing at all."""
    vault = Vault(tmp_path / "vault", 11)
    build(vault.root, TODAY)
    pages = _pages(vault.root)
    problems = check_vault(vault.root, load_config(vault.root), TODAY)
    monkeypatch.setattr(resume, "CHANGED_AT_MOST", 2)
    assert len(_written_again(vault.root, vault.clock + 10**9)) > 2
    parsed = _parses(monkeypatch)
    assert check_vault(vault.root, load_config(vault.root), TODAY) == problems
    assert build(vault.root, TODAY, check=True).written == ()
    build(vault.root, TODAY)
    assert parsed == []
    assert used == [False, True, True]
    assert _pages(vault.root) == pages
    build(vault.root, TODAY)
    assert used == [False, True, True]  # the vault as the state knows it: nothing to do


def test_a_note_changed_within_its_size_is_a_change(tmp_path: Path, used: list[bool]) -> None:
    """The bytes decide, not the size: a mark turned round (`<-` for `->`) is read again."""
    vault = Vault(tmp_path / "vault", 12)
    build(vault.root, TODAY)
    person = next(f for f in vault.files("People") if " -> " in (vault.root / f).read_text("utf-8"))
    text = (vault.root / person).read_text("utf-8")
    vault.write(person, text.replace(" -> ", " <- ", 1))
    build(vault.root, TODAY)
    assert used == [False, True]
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def test_a_full_build_takes_notes_written_again_from_the_parse_cache(
    tmp_path: Path, used: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no saved state to go by (another configuration), notes written again as they were are
    still taken from the parse cache, and one changed within its size is parsed."""
    vault = Vault(tmp_path / "vault", 13)
    build(vault.root, TODAY)
    _written_again(vault.root, vault.clock + 10**9)
    vault.clock += 10**9
    person = next(f for f in vault.files("People") if " -> " in (vault.root / f).read_text("utf-8"))
    vault.write(person, (vault.root / person).read_text("utf-8").replace(" -> ", " <- ", 1))
    toml = vault.root / "vaultnet.toml"
    toml.write_text("active_days = 120\n" + toml.read_text("utf-8"), encoding="utf-8")  # above the tables
    parsed = _parses(monkeypatch)
    build(vault.root, TODAY)
    assert used == [False, False]
    assert parsed == [person]
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)
