"""What a cold build holds when it saves its state, by the line that made it (tracemalloc).

    python bench/memory.py /tmp/vaultnet-bench/shared-50000-seed-1 --top 25

One build with no cache, in this process (its parsing workers forked as usual), traced from the
start: when the pages are written and the state is about to be saved (the build's largest live
set: `docs/performance.md`), it prints the memory live and the traced peak so far, then the
lines that made the most of what is live. Tracing slows the build several times over; the figures
are Python's allocations, not the process's resident memory, which holds the interpreter and
the memory freed but kept besides. The vault's `.vaultnet` folder is removed first: the cache is
rebuilt by the build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import sys
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vaultnet import build as building

MIB = 2**20


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("root", type=Path)
    parser.add_argument("--top", type=int, default=25, help="how many lines to show")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 21))
    args = parser.parse_args()
    save_state = building._save_state

    def saved(*given: Any) -> None:
        live, peak = tracemalloc.get_traced_memory()
        print(
            f"as the state is saved: {live / MIB:.0f} MiB live, a traced peak of {peak / MIB:.0f} MiB so far"
        )
        for stat in tracemalloc.take_snapshot().statistics("lineno")[: args.top]:
            print(f"{stat.size / MIB:8.1f} MiB {stat.count:9,}  {stat.traceback[0]}")
        save_state(*given)

    building._save_state = saved  # the moment to look: the build's own seam, no copy of its steps
    shutil.rmtree(args.root / ".vaultnet", ignore_errors=True)
    gc.disable()  # as a `vaultnet` command runs (`cli.run`)
    tracemalloc.start()
    building.build(args.root, args.today)
    live, peak = tracemalloc.get_traced_memory()
    print(f"at the end: {live / MIB:.0f} MiB live, a traced peak of {peak / MIB:.0f} MiB")


if __name__ == "__main__":
    main()
