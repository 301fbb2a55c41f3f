"""The example vault edited a line at a time, as owners edit (a line copied from another note, one
deleted or replaced, a note renamed, copied, added or removed, its line endings changed), with
now and then a new day: after each step, the pages a build from the saved state writes, and what
`report --json` and `show --json` say from it, are a fresh `--no-cache` run's."""

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
                 f"next_contact:: 2026-{rng.randint(11, 12)}-{rng.randint(1, 28):02d}"]
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
            self.write(self.root / folder / f"{rng.choice(notes).stem} (new).md", rng.choice(self.texts))
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
    root, fresh = tmp_path / "vault", tmp_path / "fresh"
    shutil.copytree(EXAMPLE, root, ignore=SKIP)
    editor = Editor(root, seed)
    today = dt.date(2026, 11, 21)
    build(root, today)
    done: list[str] = []
    for step in range(15):
        done += [editor.edit() for _ in range(editor.rng.choice([1, 1, 2, 3]))]
        if editor.rng.random() < 0.15:
            today += dt.timedelta(days=editor.rng.randint(1, 20))
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
