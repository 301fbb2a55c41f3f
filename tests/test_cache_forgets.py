"""Text a vault no longer holds does not stay in vaultnet's cache: after a line is edited out of
a note, or the note deleted, the next build leaves none of it in any file under
`.vaultnet/cache` (a therapist's erasure request, a retention rule). Builds from the saved
state still save only what changed: the records they supersede are wiped where they lie."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import write_vault
from tests.test_state import _fresh, _pages
from vaultnet.build import build
from vaultnet.commands.check import check_vault
from vaultnet.config import load_config
from vaultnet.saved import resume
from vaultnet.saved import state as state_module
from vaultnet.vault.cache import CACHE_FOLDER

TODAY = dt.date(2026, 12, 1)
SECRET = "SECRET-XYZ"
PAST = 1_700_000_000 * 10**9
PERSON = "---\ntags: [person]\n---\n## Log\n"
DAVE = PERSON + "- 2026-11-01 <-> walk\n"
DAVE_TOLD = DAVE + f"- 2026-11-04 <-> session; disclosed {SECRET}\n"
SESSION = "# Session\n- 2026-11-05 <-> [[Dave]] went over the plan\n"
SESSION_TOLD = (
    f"# Session\n- 2026-11-04 <-> [[Dave]] disclosed {SECRET}\n- 2026-11-05 <-> [[Dave]] went over the plan\n"
)
OTHERS = {
    f"People/P{i}.md": PERSON + f"- 2026-11-0{i + 1} <-> tea with [[P{(i + 1) % 3}]]\n" for i in range(3)
}


class Vault:
    """A vault whose every write is a second later than the last, well before any build."""

    def __init__(self, root: Path, files: dict[str, str]) -> None:
        self.root = write_vault(root, {**OTHERS, **files})
        self.clock = PAST
        for name in [*OTHERS, *files]:
            self._age(name)

    def _age(self, name: str) -> None:
        self.clock += 10**9
        os.utime(self.root / name, ns=(self.clock, self.clock))

    def write(self, name: str, text: str) -> None:
        (self.root / name).parent.mkdir(parents=True, exist_ok=True)
        (self.root / name).write_text(text, encoding="utf-8")
        self._age(name)

    def remove(self, name: str) -> None:
        (self.root / name).unlink()

    def holders(self) -> list[str]:
        """The files under the cache folder that hold the secret's bytes."""
        folder = self.root / CACHE_FOLDER
        return sorted(p.name for p in folder.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes())


@pytest.fixture
def from_state(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each build made its pages from the saved state (True) or read every note."""
    record: list[bool] = []
    make = resume.make

    def spy(*args: Any, **kwargs: Any) -> resume.Made:
        made = make(*args, **kwargs)
        record.append(not made.full)
        return made

    monkeypatch.setattr(resume, "make", spy)
    return record


def _check(vault: Vault) -> None:
    check_vault(vault.root, load_config(vault.root), TODAY, True)


Step = Callable[[Vault], None]
SCENARIOS: dict[str, tuple[dict[str, str], list[Step], Step]] = {
    # name: (the vault built first, steps each followed by a build a day after the last (the
    # first the same day), the change that drops the secret, built the day of the last step)
    "a person's line edited out": (
        {"People/Dave.md": DAVE_TOLD},
        [],
        lambda v: v.write("People/Dave.md", DAVE),
    ),
    "a person's note deleted": ({"People/Dave.md": DAVE_TOLD}, [], lambda v: v.remove("People/Dave.md")),
    "a meeting's line edited out": (
        {"People/Dave.md": DAVE, "Sessions/s1.md": SESSION_TOLD},
        [],
        lambda v: v.write("Sessions/s1.md", SESSION),
    ),
    "a meeting note deleted": (
        {"People/Dave.md": DAVE, "Sessions/s1.md": SESSION_TOLD},
        [],
        lambda v: v.remove("Sessions/s1.md"),
    ),
    "a person's line edited out after one added": (
        {"People/Dave.md": DAVE_TOLD},
        [lambda v: v.write("People/Dave.md", DAVE_TOLD + "- 2026-11-20 <-> call\n")],
        lambda v: v.write("People/Dave.md", DAVE + "- 2026-11-20 <-> call\n"),
    ),
    "told after the full build, kept over a new day": (
        {"People/Dave.md": DAVE, "Sessions/s1.md": SESSION},
        [lambda v: v.write("Sessions/s1.md", SESSION_TOLD), lambda v: v.write("People/Dave.md", DAVE_TOLD)],
        lambda v: (v.write("Sessions/s1.md", SESSION), v.write("People/Dave.md", DAVE)),
    ),
    "a problem quoting it fixed": (
        {"People/Dave.md": f"---\ntags: [person]\ncadence: {SECRET}\n---\n- 2026-11-01 <-> walk\n"},
        [],
        lambda v: v.write("People/Dave.md", DAVE),
    ),
    "read by check, then deleted (the vault as last built)": (
        {"People/Dave.md": DAVE},
        [],
        lambda v: (v.write("Sessions/s1.md", SESSION_TOLD), _check(v), v.remove("Sessions/s1.md")),
    ),
    "read by check, then edited out": (
        {"People/Dave.md": DAVE, "Sessions/s1.md": SESSION},
        [],
        lambda v: (
            v.write("Sessions/s1.md", SESSION_TOLD),
            _check(v),
            v.write("Sessions/s1.md", SESSION + "\n"),
        ),
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_text_gone_from_the_vault_is_gone_from_the_cache(
    tmp_path: Path, from_state: list[bool], scenario: str
) -> None:
    files, steps, drop = SCENARIOS[scenario]
    vault = Vault(tmp_path / "vault", files)
    build(vault.root, TODAY)
    for day, step in enumerate(steps):
        step(vault)
        build(vault.root, TODAY + dt.timedelta(days=day))
    assert SECRET in "".join(f.read_text() for f in vault.root.rglob("*.md")) or scenario.startswith("read")
    drop(vault)
    last = TODAY + dt.timedelta(days=max(len(steps) - 1, 0))
    builds = len(from_state)
    build(vault.root, last)
    assert from_state[builds:] in ([True], []), "built in full: this test would not see the saved state"
    assert vault.holders() == []
    build(vault.root, last + dt.timedelta(days=1))  # and a new day's build brings none of it back
    assert vault.holders() == []


def test_only_a_build_that_lost_text_saves_the_state_in_full(
    tmp_path: Path, from_state: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line added saves the state as its changes, as before, and leaves the parse cache's
    record of the note as it was (it holds nothing the note does not); a line edited out saves
    it in full, which holds the text no more, and wipes that record."""
    saved_changes: list[bool] = []
    save = state_module._save_changes

    def spy(*args: Any) -> bool:
        saved_changes.append(save(*args))
        return saved_changes[-1]

    monkeypatch.setattr(state_module, "_save_changes", spy)
    monkeypatch.setattr(state_module, "JOURNAL_SHARE", 0)  # however small the vault
    vault = Vault(tmp_path / "vault", {"People/Dave.md": DAVE_TOLD, "Sessions/s1.md": SESSION})
    build(vault.root, TODAY)
    vault.write("People/Dave.md", DAVE_TOLD + "- 2026-11-20 <-> call\n")
    vault.write("Sessions/s1.md", SESSION + "- 2026-11-21 <-> [[Dave]] a line put in\n")
    build(vault.root, TODAY)
    assert from_state == [False, True] and saved_changes == [False, True]
    assert [name[:7] for name in vault.holders()] == ["notes.b", "people-"]  # what Dave's note still holds
    vault.write("People/Dave.md", DAVE + "- 2026-11-20 <-> call\n")
    build(vault.root, TODAY)
    assert from_state == [False, True, True] and saved_changes == [False, True, False]
    assert vault.holders() == []


def test_a_people_file_written_anew_since_the_full_state_loses_none_of_its_people(
    tmp_path: Path, from_state: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bytes the state saved in full finds its people by are in the people file it was saved
    with: once a build writes a new one (the old grown too large), a build that lost text wipes
    only what is dead in the new one, never its people."""
    monkeypatch.setattr(state_module, "JOURNAL_SHARE", 0)
    monkeypatch.setattr(state_module, "PEOPLE_SLACK", 0)
    vault = Vault(tmp_path / "vault", {"People/Dave.md": DAVE_TOLD})
    build(vault.root, TODAY)
    stores = {_people_file(vault)}
    text = DAVE_TOLD
    while len(stores) < 2:  # each line added appends Dave again, until the file is written anew
        text += "- 2026-11-20 <-> call\n"
        vault.write("People/Dave.md", text)
        build(vault.root, TODAY)
        stores.add(_people_file(vault))
    vault.write("People/Dave.md", text.replace(f"; disclosed {SECRET}", ""))
    build(vault.root, TODAY)
    assert vault.holders() == []
    vault.write("People/P1.md", OTHERS["People/P1.md"] + "- 2026-11-21 <-> lunch\n")
    build(vault.root, TODAY)
    assert all(from_state[1:]), "a saved person was found damaged: the state was not used"
    assert _pages(vault.root) == _fresh(vault.root, tmp_path / "fresh", TODAY)


def _people_file(vault: Vault) -> str:
    (people,) = (vault.root / CACHE_FOLDER).glob("people-*.bin")
    return people.name


def test_a_build_without_the_cache_removes_it(tmp_path: Path) -> None:
    """`build --no-cache` neither reads nor writes the cache: it removes it, which holds what the
    vault held when it was written."""
    vault = Vault(tmp_path / "vault", {"People/Dave.md": DAVE_TOLD})
    build(vault.root, TODAY)
    (vault.root / CACHE_FOLDER / "watch.pid").write_text("not vaultnet's to remove here")
    vault.remove("People/Dave.md")
    build(vault.root, TODAY, use_cache=False)
    assert vault.holders() == []
    left = sorted(p.name for p in (vault.root / CACHE_FOLDER).iterdir())
    assert left == [".gitignore", "watch.pid"]
    build(vault.root, TODAY, check=True, use_cache=False)  # --check writes nothing, removes nothing
    assert sorted(p.name for p in (vault.root / CACHE_FOLDER).iterdir()) == left
