"""What a cold build's reading costs a note: vaultnet's read of each note against
`frontmatter.load` and `bench/floor.py`'s parse of the same notes, in one process.

    python bench/parse.py /tmp/vaultnet-bench/shared-10000-seed-1 --notes 5000 --rounds 3

Each round is a fresh Python process, as each process of a cold build is: it reads the notes
as a cold build does (`read_found`: the file's bytes, the parse, the digest), once with nothing
remembered (the first pass: each different line's words read, each regex compiled, as a cold
build's processes do), then again (the second pass: what a note's parse costs with the lines
remembered); then `frontmatter.load`s them, then parses them as `floor.py` does. The collector
is paused, as a build pauses it. It prints the medians over the rounds, in µs a note, and how
many different lines the first pass read the words of.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

FIGURES = ("first pass", "second pass", "frontmatter.load", "floor")


def one_round(root: Path, notes: int) -> dict[str, float]:
    """Each figure of one round, in µs a note, in this process."""
    import floor
    import frontmatter

    from vaultnet.config import load_config
    from vaultnet.read.words import _read_line, own_reading
    from vaultnet.vault.load import read_found
    from vaultnet.vault.walk import walk_stats

    config = load_config(root)
    stats = list(walk_stats(root, config))[:notes]
    paths = [str(stat[1]) for stat in stats]
    gc.disable()

    def per_note(action: Callable[[Any], object], items: list[Any]) -> float:
        start = time.perf_counter()
        for item in items:
            action(item)
        return (time.perf_counter() - start) / len(items) * 1e6

    def read(stat: Any) -> object:
        return read_found(stat, config)

    first = per_note(read, stats)
    return {
        "first pass": first,
        "lines": _read_line.cache_info().misses + own_reading.cache_info().misses,
        "second pass": per_note(read, stats),
        "frontmatter.load": per_note(frontmatter.load, paths),
        "floor": per_note(floor.parse, paths),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("root", type=Path)
    parser.add_argument("--notes", type=int, default=5000, help="how many notes, in the walk's order")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)  # one round, as JSON
    args = parser.parse_args()
    if args.once:
        print(json.dumps(one_round(args.root, args.notes)))
        return
    command = [sys.executable, __file__, str(args.root), "--notes", str(args.notes), "--once"]
    rounds = [
        json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        for _ in range(args.rounds)
    ]
    lines = statistics.median(r["lines"] for r in rounds)
    print(
        " | ".join(f"{name} {statistics.median(r[name] for r in rounds):.1f} µs" for name in FIGURES)
        + f" | a note, medians of {args.rounds} processes, {args.notes:,} notes, {lines:,.0f} lines read"
    )


if __name__ == "__main__":
    main()
