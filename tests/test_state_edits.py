"""The example vault edited a line at a time, as owners edit (a line copied from another note, one
deleted or replaced, a note renamed, copied, added or removed, its line endings changed), with
now and then a new day: after each step, the pages a build from the saved state writes, and what
`report --json` and `show --json` say from it, are a fresh `--no-cache` run's. A second editor
also puts keys in notes' front matter, rewrites `vaultnet.toml`, and moves the day back as well
as forward."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.build import build
from vaultnet.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"
SKIP = shutil.ignore_patterns(".vaultnet", "_vaultnet")


STRANGER = "Frank Ode"
"""Someone the edits say the owner met, who has no note until one is added."""


def _notes(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.md") if not {"_vaultnet", ".vaultnet"} & set(p.parts))


class Editor:
    """Random edits of a vault, each file written a second after the last."""

    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.texts = [p.read_bytes() for p in _notes(root)]
        self.lines = [line for text in self.texts for line in text.split(b"\n")]
        self.clock = 1_700_000_000 * 10**9

    def write(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.clock += 10**9
        os.utime(path, ns=(self.clock, self.clock))

    def edit(self) -> str:
        """One random change; what it was. A line added may name a note (`link`), or plan the next
        contact."""
        rng = self.rng
        notes = _notes(self.root)
        path = rng.choice(notes)
        lines = path.read_bytes().split(b"\n")
        kind = rng.choice(
            ["insert"] * 4 + ["delete", "replace"] * 3 + ["link", "rename", "copy", "add", "remove", "crlf"]
        )
        at = rng.randrange(len(lines) + 1)
        line = rng.choice(self.lines)
        if kind == "link":  # a line naming some note's stem, as people write one
            other = rng.choice(notes).stem
            line = rng.choice(
                [f"- {rng.choice(['->', '<-', ''])} lunch with [[{other}]]", f"[[{other}]] called me",
                 f"- 2026-11-{rng.randint(1, 28):02d} met [[{other}]]", f"- [ ] ask [[{other}]] about it",
                 f"next_contact:: 2026-{rng.randint(11, 12)}-{rng.randint(1, 28):02d}",
                 f"- {rng.choice(['', '2026-11-20 '])}met [[{STRANGER}]] at the fair", f"[[{STRANGER}]] called me"]
            ).encode()  # fmt: skip
        if kind in ("insert", "link"):
            lines.insert(at, line)
        elif kind == "delete" and len(lines) > 1:
            del lines[min(at, len(lines) - 1)]
        elif kind == "replace":
            lines[min(at, len(lines) - 1)] = line
        elif kind == "rename":
            new = path.with_name(rng.choice([path.stem + " Jr", rng.choice(notes).stem + " 2"]) + ".md")
            if not new.exists():
                path.rename(new)
            return f"rename {path.name} to {new.name}"
        elif kind == "copy":
            self.write(path.with_name(path.stem + " copy.md"), path.read_bytes())
            return f"copy {path.name}"
        elif kind == "add":
            folder = rng.choice(["People", "Daily", "Notes", "Meetings"])
            stem = rng.choice([f"{rng.choice(notes).stem} (new)", STRANGER])  # a note for them, of any kind
            self.write(self.root / folder / f"{stem}.md", rng.choice(self.texts))
            return f"add to {folder}"
        elif kind == "remove" and len(notes) > 5:
            path.unlink()
            return f"remove {path.name}"
        elif kind == "crlf":
            data = b"\n".join(lines)
            self.write(
                path, data.replace(b"\r\n", b"\n") if b"\r\n" in data else data.replace(b"\n", b"\r\n")
            )
            return f"line endings of {path.name}"
        self.write(path, b"\n".join(lines))
        return f"{kind} {path.name}:{at + 1} {line[:50]!r}"


FIELDS = (
    "cadence: 2w", "status: dormant", "snooze: 2026-12-20", "birthday: 1990-03-04",
    "next_contact: 2026-12-10", "met: 2020-05-01", 'introduced_by: "[[{other}]]"', "tags: [person]",
    "tags: [family]", "aliases: [{other}]", "name: {other}", "type: meeting", 'people: ["[[{other}]]"]',
    "relationship: friend", "org: Acme", "last_contact: 2026-10-10", "direction: inbound",
    "birthday: 2026-06-01", "died: 2026-09-01",
)  # fmt: skip
"""Front-matter lines the second editor puts in a note (`{other}`: some note's stem)."""

SETTINGS = (
    "", '[cadence]\nfamily = "1w"\nwork = "3m"\n', '[words]\ninbound = ["rief an"]\n',
    'person_tags = ["friend", "person"]\n', 'people_folders = ["People", "Notes"]\n',
    'ignore = ["Notes/**"]\n', "active_days = 60\n", "reciprocity_days = 30\nintroductions = 3\n",
    'synonyms = { org = ["employer"] }\n', 'daily_format = "DD-MM-YYYY"\n', "limit = 5\n",
)  # fmt: skip
"""What the second editor writes as the whole of `vaultnet.toml`."""


class SettingsEditor(Editor):
    """Editor's edits, and now and then a key put at the top of a note's front matter (one made
    when it has none), or `vaultnet.toml` written anew."""

    def edit(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            notes = _notes(self.root)
            path = rng.choice(notes)
            field = rng.choice(FIELDS).format(other=rng.choice(notes).stem).encode()
            data = path.read_bytes()
            front = data[4:] if data.startswith(b"---\n") else b"---\n" + data
            self.write(path, b"---\n" + field + b"\n" + front)
            return f"field {path.name}: {field!r}"
        if roll < 0.2:
            text = rng.choice(SETTINGS)
            self.write(self.root / "vaultnet.toml", text.encode())
            return f"settings {text!r}"
        return super().edit()


def _pages(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "_vaultnet").iterdir())}


def _said(root: Path, today: dt.date, people: list[str], *cache: str) -> list[str]:
    """What `report --json`, then `show --json` of each of `people`, print (the vault's path taken out)."""
    run = CliRunner().invoke
    said = [run(main, ["report", str(root), "--json", "--today", str(today), *cache]).output]
    for who in people:
        shown = run(main, ["show", who, "--json", "--today", str(today), "-v", str(root), *cache])
        said.append(f"{shown.exit_code} {shown.output.replace(str(root), '')}")
    return said


@pytest.mark.parametrize("seed", [1, 2, 3, 29])
def test_random_line_edits_of_the_example_vault_equal_a_fresh_run(tmp_path: Path, seed: int) -> None:
    _edit_and_compare(tmp_path, Editor(_copy(tmp_path), seed), back=False)


@pytest.mark.parametrize("seed", [4, 5])
def test_random_edits_of_fields_settings_and_the_day_equal_a_fresh_run(tmp_path: Path, seed: int) -> None:
    _edit_and_compare(tmp_path, SettingsEditor(_copy(tmp_path), seed), back=True)


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "vault", ignore=SKIP)
    return tmp_path / "vault"


def _edit_and_compare(tmp_path: Path, editor: Editor, back: bool) -> None:
    """15 steps of 1 to 3 edits, now and then a new day (`back`: some days before the last too);
    after each, the build from the state, `report --json` and `show --json` equal a fresh run's."""
    root, fresh = editor.root, tmp_path / "fresh"
    today = dt.date(2026, 11, 21)
    build(root, today)
    done: list[str] = []
    for step in range(15):
        done += [editor.edit() for _ in range(editor.rng.choice([1, 1, 2, 3]))]
        if editor.rng.random() < 0.15:
            today += dt.timedelta(days=editor.rng.randint(-60 if back else 1, 20))
            done.append(f"today {today}")
        build(root, today)
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(root, fresh, ignore=SKIP)
        build(fresh, today, use_cache=False)
        assert _pages(root) == _pages(fresh), (step, done[-4:])
        report = json.loads(
            CliRunner().invoke(main, ["report", str(fresh), "--json", "--today", str(today)]).output
        )
        people = editor.rng.sample([p["name"] for p in report["people"]], min(2, len(report["people"])))
        assert _said(root, today, people) == _said(fresh, today, people, "--no-cache"), (step, done[-4:])


def test_someone_met_without_a_note_through_the_saved_state(tmp_path: Path) -> None:
    """A line saying you met someone who has no note (its arrow gives the way, its words that
    they called), then a note for them (a person's, then another kind's), removed again, and a
    new day: each build from the saved state lists them (or not) as a fresh run does."""
    root = _copy(tmp_path)
    fresh = tmp_path / "fresh"
    editor = Editor(root, 0)
    today = dt.date(2026, 11, 21)
    build(root, today)
    daily = root / "Daily" / "2026-11-20.md"
    steps = [
        lambda: editor.write(
            daily, daily.read_bytes() + f"\n- <- [[{STRANGER}]] called about the stand\n".encode()
        ),
        lambda: editor.write(root / "People" / f"{STRANGER}.md", b"---\ntags: [person]\n---\n"),
        lambda: (root / "People" / f"{STRANGER}.md").unlink(),
        lambda: editor.write(root / "Notes" / f"{STRANGER}.md", b"A band, it turns out.\n"),
        lambda: (root / "Notes" / f"{STRANGER}.md").unlink(),
    ]
    listed = []
    for step in steps:
        step()
        build(root, today)
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(root, fresh, ignore=SKIP)
        build(fresh, today, use_cache=False)
        assert _pages(root) == _pages(fresh)
        said = _said(root, today, [STRANGER])
        assert said == _said(fresh, today, [STRANGER], "--no-cache")
        listed.append([u["name"] for u in json.loads(said[0])["without_note"] if u["name"] == STRANGER])
    assert listed == [[STRANGER], [], [STRANGER], [], [STRANGER]]
    assert _said(root, today + dt.timedelta(days=3), []) == _said(
        fresh, today + dt.timedelta(days=3), [], "--no-cache"
    )
