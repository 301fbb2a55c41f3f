"""Benchmark of `vaultnet watch`: how long from one note's write to its pages being rewritten.

Not a test: it prints figures. On a generated vault of 10,000 people with dated notes it starts
the real watch loop (watchdog observer and all), edits one note at a time, and measures, for each
edit, the time from the write to the rewritten pages, less the quiet period the loop waits for.
Beside it, in the same run, it times a naive full recompute (`vaultnet build` from scratch).

    python bench/watch_bench.py [--people 10000] [--edits 25] [--keep FOLDER]
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

TODAY = dt.date(2026, 11, 21)
FIRST = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Noor"]
LAST = ["Abe", "Berg", "Cruz", "Diaz", "Eng", "Fox", "Gray", "Hale", "Ito", "Jha", "Kim", "Lund", "Moss"]
MARKS = ["->", "<-", "<->", ""]
WORDS = ["coffee", "call", "lunch", "email", "walk", "dinner", "chat", "intro", "review", "visit"]


def person_name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i:05d}"


def generate(root: Path, people: int, seed: int = 7) -> list[str]:
    """Write a deterministic vault: person notes with logs, facts and aliases, and daily notes
    that name a few people each. Returns the person files, relative to the vault."""
    rng = random.Random(seed)
    (root / "People").mkdir(parents=True, exist_ok=True)
    (root / "Daily").mkdir(parents=True, exist_ok=True)
    (root / "vaultnet.toml").write_text('[cadence]\nfamily = "2w"\nwork = "quarterly"\n', encoding="utf-8")
    files = []
    for i in range(people):
        name = person_name(i)
        tags = rng.choice(["[person]", "[person, family]", "[person, work]", "[person, friend]"])
        lines = ["---", f"tags: {tags}", f"aliases: [P{i:05d}]"]
        if rng.random() < 0.3:
            lines.append(f"cadence: {rng.choice(['30d', '2w', 'monthly', 'quarterly'])}")
        lines += ["---", "## About", f"- likes {rng.choice(WORDS)}", "", "## Log"]
        for _ in range(rng.randint(0, 4)):
            day = TODAY - dt.timedelta(days=rng.randint(0, 700))
            other = person_name(rng.randrange(people))
            lines.append(f"- {day} {rng.choice(MARKS)} {rng.choice(WORDS)} with [[{other}]]")
        file = f"People/{name}.md"
        (root / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(file)
    for d in range(people // 3):
        day = TODAY - dt.timedelta(days=d % 900)
        lines = [f"# {day}", ""]
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(people)
            target = f"P{i:05d}" if rng.random() < 0.2 else person_name(i)
            lines.append(f"- {rng.choice(MARKS)} {rng.choice(WORDS)} with [[{target}]]")
        (root / f"Daily/{day} {d:05d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files
