"""An adversarial vault, generated at test time (its big files are never committed).

`make_hostile_vault(root, outside)` writes it and returns what a build must make of it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SECRET = "SECRET-OUTSIDE-THE-VAULT"
"""Text of a note outside the vault that symlinks point at: it must never reach a page."""

BIG_NOTE_MB = 50

# People whose file names and front matter hold everything that breaks links and tables.
WEIRD_PEOPLE = {
    "Pipe | Person": "Pipe | Person",
    "Close ]] Bracket": "Close ]] Bracket",
    "Open [[ Bracket": "Open [[ Bracket",
    "Hash # Tag": "Hash # Tag",
    "Caret ^ Block": "Caret ^ Block",
    "Back `tick` Person": "Back `tick` Person",
    "<b>Html</b> <!-- Person": "<b>Html</b> <!-- Person",
    "Percent %41 Person": "Percent %41 Person",
    "Trailing space ": "Trailing space ",
    "Back\\slash\\": "Back\\slash\\",
    "\u202eRight to left override": "\u202eRight to left override",
    "שרה כהן": "שרה כהן",
    "ليلى": "ليلى",
    "Emoji 🙂👩‍👩‍👧": "Emoji 🙂👩‍👩‍👧",
    "Dots ..": "../../x",
    "New\nLine": "New\nLine",
    "Tab\tPerson": "Tab\tPerson",
}


@dataclass
class Expected:
    """What a build over the hostile vault must show."""

    problems: dict[str, str] = field(default_factory=dict)
    """File → a piece of the problem message it must get."""
    people: set[str] = field(default_factory=set)
    """Files that must be read as people."""
    not_read: set[str] = field(default_factory=set)
    """Files (relative to the vault) that must not be read at all."""


def _write(root: Path, name: str, content: str | bytes) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 ['[[Ada Lovelace]]', " + ", ".join(["'lol'"] * 8) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "---\nname: Bomb\n" + "\n".join(lines) + "\n---\n- 2026-11-01 -> still read\n"


def make_hostile_vault(root: Path, outside: Path, big: bool = True) -> Expected:
    """Write the hostile vault under `root` and a note outside it under `outside`."""
    expected = Expected()
    secret = _write(outside, "Secret.md", f"---\ntags: [person]\n---\n{SECRET} [[Ada Lovelace]]\n")
    _write(outside, "Shared/Also Secret.md", f"#person {SECRET}\n")

    _write(root, "People/Ada Lovelace.md", "---\ncadence: 2w\n---\n- 2026-11-01 <-> tea\n## About\n- math\n")
    expected.people.add("People/Ada Lovelace.md")

    _write(root, "People/Bomb.md", _alias_bomb())
    expected.problems["People/Bomb.md"] = "too complex"
    _write(root, "People/Deep Yaml.md", "---\nfacts: " + "[" * 5000 + "]" * 5000 + "\n---\n")
    expected.problems["People/Deep Yaml.md"] = "too complex"
    _write(root, "People/Crash Yaml.md", "---\ntags:\n" + "- " * 60_000 + "x\n---\n")
    expected.problems["People/Crash Yaml.md"] = "too complex"
    _write(root, "People/Object.md", "---\nname: !!python/object/apply:os.system ['touch PWNED']\n---\n")
    expected.problems["People/Object.md"] = "could not determine a constructor"

    if big:
        line = b"- 2026-01-01 -> a line of a very large note about [[Ada Lovelace]]\n"
        with (root / "People/Huge.md").open("wb") as handle:
            block = line * 16384
            for _ in range(BIG_NOTE_MB * 1024 * 1024 // len(block) + 1):
                handle.write(block)
        expected.problems["People/Huge.md"] = "over the"
        expected.people.discard("People/Huge.md")

    # 10,000 nested list levels, 10,000 nested quotes, and 2,000 indented levels (4 MB).
    _write(
        root, "People/Nested.md", "- " * 10_000 + "2026-11-02 -> [[Ada Lovelace]]\n" + ">" * 10_000 + " x\n"
    )
    _write(root, "People/Indented.md", "".join("  " * i + f"- level {i}\n" for i in range(2_000)))
    expected.people |= {"People/Nested.md", "People/Indented.md"}

    _write(
        root, "People/Long.md", "".join(f"- 2026-{1 + i % 12:02}-01 -> line {i}\n" for i in range(100_000))
    )
    expected.people.add("People/Long.md")

    _write(
        root,
        "People/Nul.md",
        b"---\nname: Nul\x00 Bytes\n---\n\x00- 2026-11-01 -> [[Ada\x00 Lovelace]]\x00\n",
    )
    expected.people.add("People/Nul.md")
    _write(root, "People/Latin.md", "---\nname: José\n---\n- 2026-11-01 -> café\n".encode("cp1252"))
    expected.problems["People/Latin.md"] = "not UTF-8"
    _write(root, "People/Garbage.md", bytes(range(256)) * 64)
    expected.problems["People/Garbage.md"] = "binary file, not read"  # NUL bytes, not UTF-8

    # Inputs that used to take quadratic or cubic time, at a size where that would be hours.
    _write(root, "People/Backticks.md", "text " + "`" * 50_000 + "\n")
    _write(root, "People/Comments.md", "text " + "<!-- " * 200_000 + "\nline two\n")
    _write(root, "People/Placeholders.md", "---\nname: '" + "<%" * 200_000 + "'\n---\n")
    _write(root, "Daily/2026-11-03.md", "- [[Ada Lovelace]] " + "a" * 1_000_000 + "\n")
    _write(root, "Daily/2026-11-04.md", "- [[Ada Lovelace]] " + "~~a " * 200_000 + "(cancelled\n")
    _write(
        root,
        "People/Card.md",
        "Company: a" + " " * 1_000_000 + "b\n### 2026\n- Nov 3" + " " * 1_000_000 + "\n",
    )

    for stem, name in WEIRD_PEOPLE.items():
        aliases = [f"{name} alias", "line\nbreak alias", "[[Ada Lovelace]]", "../../x"]
        quoted = ", ".join(
            '"' + a.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"' for a in aliases
        )
        front_name = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        body = (
            f"- 2026-11-0{1 + len(stem) % 9} -> talked #coffee\n- 2026-10-01 <- wrote\n## About\n- {name}\n"
        )
        _write(
            root,
            f"People/{stem}.md",
            f'---\nname: "{front_name}"\naliases: [{quoted}]\ncadence: 1w\n---\n{body}',
        )
        expected.people.add(f"People/{stem}.md")
    links = "".join(f"- <-> [[{stem.split(chr(10))[0]}]]\n" for stem in WEIRD_PEOPLE)
    _write(root, "Daily/2026-11-10.md", f"---\nattendees: ['[[../../x]]']\n---\n{links}")

    # A file name that is not UTF-8.
    os.makedirs(root / "People", exist_ok=True)
    with open(os.fsencode(root / "People") + b"/Bad \xff name.md", "wb") as handle:
        handle.write(b"- 2026-11-01 -> x\n")
    expected.problems["People/Bad \ufffd name.md"] = "not UTF-8"

    # Symlinks: loops, and ways out of the vault (never followed).
    os.symlink("..", root / "People/loop")
    os.symlink("Self.md", root / "People/Self.md")
    os.symlink("B.md", root / "People/A.md")
    os.symlink("A.md", root / "People/B.md")
    os.symlink(secret, root / "People/Outside.md")
    os.symlink(outside / "Shared", root / "Shared")
    expected.not_read |= {"People/Outside.md", "Shared/Also Secret.md", "People/Self.md", "People/A.md"}
    os.mkfifo(root / "People/Pipe.md")  # opening it would block for ever
    expected.not_read.add("People/Pipe.md")

    # Folders nested 1,500 deep (a 3,000-character path): the walk used to recurse past Python's limit.
    folder = root
    for _ in range(1500):  # one at a time: pathlib's mkdir(parents=True) recurses too
        folder = folder / "d"
        folder.mkdir()
    _write(folder, "Deep Person.md", "#person\n- 2026-11-01 -> [[Ada Lovelace]]\n")
    expected.people.add((folder / "Deep Person.md").relative_to(root).as_posix())
    return expected


def remove_tree(top: Path) -> None:
    """Delete a folder however deep: `shutil.rmtree` recurses once per level and fails at 1,000."""
    folders = []
    stack = [str(top)]
    while stack:
        folder = stack.pop()
        folders.append(folder)
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            else:
                os.unlink(entry.path)
    for folder in reversed(folders):
        os.rmdir(folder)


@contextmanager
def deep_tempdir() -> Iterator[Path]:
    """A temporary folder for a vault with folders nested past Python's recursion limit.

    Not pytest's tmp_path: pytest removes old ones with `shutil.rmtree`, which would fail on
    this vault in a later session (anyone's on this machine).
    """
    path = Path(tempfile.mkdtemp(prefix="vaultnet-hostile-"))
    try:
        yield path
    finally:
        remove_tree(path)
