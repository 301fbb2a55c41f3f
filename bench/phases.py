"""Time each step of a build after the walk, on one vault: what to profile before changing code.

    python bench/phases.py /tmp/vault-10k                 # median of 3 runs of each step
    python bench/phases.py /tmp/vault-10k --runs 5 --profile render
    python bench/phases.py /tmp/vault-10k --no-cache      # `read` parses every note, as cold
    python bench/phases.py /tmp/vault-10k --one-change    # a build after one note changed

With `--one-change`, each run appends a line to one person's note and times a build from the
saved state: `walk`, `state` (reading the state, the changed note and the notes about the
people it touches, redoing those people and the lists), `pages` (the pages whose inputs changed
made from the saved lines, compared and written, as `build` does) and `save` (the state for the
next build).
The note is put back as it was at the end.

Notes are read with the parse cache (the first run fills it), so `read` is the cached read and
the steps after it, which do not depend on the cache, are timed as a cold build runs them; with
`--no-cache`, `read` is a cold build's parse (in worker processes from 1,000 notes, as there).
The garbage collector is paused as `build` pauses it. Nothing is written to the vault but its
cache.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vaultnet.config import load_config
from vaultnet.metrics.stats import compute
from vaultnet.pages.render import Renderer
from vaultnet.vault.load import gc_paused, read_notes
from vaultnet.vault.resolve import resolve
from vaultnet.vault.walk import walk_stats

STEPS = ("walk", "read", "resolve", "compute", "render")
CHANGE_STEPS = ("walk", "state", "pages", "save")


def run_once(root: Path, today: dt.date, profile: str | None, use_cache: bool) -> dict[str, float]:
    """Each step's seconds for one pass over the vault."""
    config = load_config(root)
    times: dict[str, float] = {}
    result: Any = None

    def timed(step: str, action: Callable[[], Any]) -> Any:
        profiler = cProfile.Profile() if step == profile else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        value = action()
        if profiler:
            profiler.disable()
        times[step] = time.perf_counter() - start
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return value

    with gc_paused():
        found = timed("walk", lambda: list(walk_stats(root, config)))
        notes = timed("read", lambda: read_notes(root, config, use_cache=use_cache, found=found))
        vault = timed("resolve", lambda: resolve(notes, config))
        report = timed("compute", lambda: compute(vault, today, config))
        pages = Renderer(root).produce(report, config)
        result = timed("render", lambda: {name: "".join(text) for name, text in pages.items()})
    del result
    return times


def one_change(root: Path, today: dt.date, number: int) -> dict[str, float]:
    """Each step's seconds for a build after one more line in one person's note."""
    from vaultnet.build import _save_state, _write
    from vaultnet.saved import resume
    from vaultnet.saved.files import state_key
    from vaultnet.vault.cache import files_digest

    config = load_config(root)
    times: dict[str, float] = {}
    start = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal start
        now = time.perf_counter()
        times[step] = now - start
        start = now

    with gc_paused():
        start = time.perf_counter()
        found = list(walk_stats(root, config))
        lap("walk")
        key = state_key(config)
        made = resume.make(root, config, today, found, key)
        lap("state")
        _, digests = _write(root, config, made, check=False)
        lap("pages")
        _save_state(root, config, key, made, digests, files_digest(found))
        lap("save")
    if made.full:
        print(f"run {number}: built in full (no saved state to use)", file=sys.stderr)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 21))
    parser.add_argument("--profile", choices=STEPS, help="print a cProfile of this step (last run)")
    parser.add_argument("--no-cache", action="store_true", help="parse every note, as a cold build")
    parser.add_argument("--one-change", action="store_true", help="a build from the saved state")
    args = parser.parse_args()
    if args.one_change:
        person = next(
            (note for note in sorted(args.root.rglob("*.md")) if note.parent.name.lower() == "people"), None
        )
        if person is None:
            raise SystemExit("no note under a People folder to change")
        original = person.read_bytes()
        from vaultnet.build import build

        build(args.root, args.today)  # the state to start from
        try:
            runs = []
            for number in range(args.runs + 1):
                with person.open("a", encoding="utf-8") as handle:
                    handle.write(f"\n- {args.today} -> one more line {number}\n")
                runs.append(one_change(args.root, args.today, number))
        finally:
            person.write_bytes(original)
        medians = {step: statistics.median(r[step] for r in runs[1:]) for step in CHANGE_STEPS}
        total = sum(medians.values())
        print(
            " | ".join(f"{step} {medians[step]:.3f} s" for step in CHANGE_STEPS) + f" | total {total:.3f} s"
        )
        return
    use_cache = not args.no_cache
    run_once(args.root, args.today, None, use_cache)  # fills the parse cache, imports jinja2
    runs = [
        run_once(args.root, args.today, args.profile if i == args.runs - 1 else None, use_cache)
        for i in range(args.runs)
    ]
    medians = {step: statistics.median(r[step] for r in runs) for step in STEPS}
    after = medians["resolve"] + medians["compute"] + medians["render"]
    print(" | ".join(f"{step} {medians[step]:.3f} s" for step in STEPS) + f" | after parsing {after:.3f} s")


if __name__ == "__main__":
    main()
