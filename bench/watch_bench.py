"""Benchmark of `vaultnet watch`: how long from one note's write to its pages being rewritten.

Not a test: it prints figures. On a generated vault of 10,000 people with dated notes it starts
the real watch loop (watchdog observer and all), edits one note at a time, and measures, for each
edit, the time from the write to the rewritten pages, less the quiet period the loop waits for.
Beside it, in the same run, it times a naive full recompute (`vaultnet build` from scratch).

    python bench/watch_bench.py [--people 10000] [--edits 25] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from vaultnet.build import build, write_pages
from vaultnet.config import load_config
from vaultnet.metrics.stats import compute
from vaultnet.model import Note
from vaultnet.pages.render import Renderer
from vaultnet.vault.load import read_note
from vaultnet.vault.resolve import resolve
from vaultnet.vault.walk import walk
from vaultnet.watch import Rebuild, Watcher

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
        tags = rng.choices(["[person]", "[person, family]", "[person, work]"], weights=[85, 5, 10])[0]
        lines = ["---", f"tags: {tags}", f"aliases: [P{i:05d}]"]
        if rng.random() < 0.05:
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


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def naive_recompute(root: Path, notes: list[Note], today: dt.date) -> tuple[float, float]:
    """What a watcher without incremental state would do per change, notes already parsed:
    resolve everything, compute everything, render and write every page."""
    started, cpu = time.perf_counter(), time.process_time()
    config = load_config(root)
    report = compute(resolve(notes, config), today, config)
    write_pages(root, config, Renderer(root).produce(report, config))
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=25)
    parser.add_argument("--debounce", type=int, default=100, help="quiet period in ms")
    parser.add_argument("--keep", type=Path, help="generate the vault here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        root = args.keep or Path(temp) / "vault"
        if root.exists():
            shutil.rmtree(root)
        generate(root, args.people)
        print(f"vault: {args.people} people, {len(list(root.rglob('*.md')))} notes in {root}")

        started = time.perf_counter()
        build(root, TODAY)
        cold = time.perf_counter() - started
        config = load_config(root)
        notes = [read_note(s, config) for s in walk(root, config)]
        naive, naive_cpu = zip(*(naive_recompute(root, notes, TODAY) for _ in range(3)), strict=True)

        rebuilds: list[Rebuild] = []
        done = threading.Event()

        def on_rebuild(rebuild: Rebuild) -> None:
            rebuilds.append(rebuild)
            done.set()

        stop = threading.Event()
        watcher = Watcher(root, TODAY, debounce=args.debounce / 1000)
        thread = threading.Thread(target=watcher.run, args=(on_rebuild, stop), daemon=True)
        thread.start()
        done.wait(600)
        watcher.observing.wait(60)
        first = rebuilds[0].seconds

        # People not contacted lately: a contact today changes at least two pages (Recency,
        # Reciprocity), so each edit has pages to rewrite.
        quiet = sorted(f for f, stats in watcher.live.stats.items() if not stats.active)
        chosen = random.Random(11).sample(quiet, args.edits)
        latencies, rebuild_times, pages_written, cpu = [], [], [], []
        stages: dict[str, list[float]] = {}
        for n in range(args.edits):
            file = root / chosen[n]
            entry = f"- {TODAY} <-> long talk, edit {n}\n"
            time.sleep(0.3)  # let the previous rebuild's own writes pass
            done.clear()
            written_at, cpu_at = time.monotonic(), time.process_time()
            with file.open("a", encoding="utf-8") as note:
                note.write(entry)
            if not done.wait(60):
                raise SystemExit(f"edit {n}: no rebuild within 60 s")
            cpu.append(time.process_time() - cpu_at)
            rebuild = rebuilds[-1]
            if rebuild.error:
                raise SystemExit(f"edit {n}: {rebuild.error}")
            # From the write to the last page written, less the time spent waiting for quiet.
            waited = (rebuild.finished - rebuild.seconds) - rebuild.last_event
            latencies.append(rebuild.finished - written_at - waited)
            rebuild_times.append(rebuild.seconds)
            pages_written.append(len(rebuild.written))
            for stage, seconds in rebuild.stages:
                stages.setdefault(stage, []).append(seconds)
        stop.set()
        thread.join(60)
        if len(rebuilds) != args.edits + 1:
            raise SystemExit(f"{len(rebuilds) - 1} rebuilds for {args.edits} edits")

        incremental = median_ms(latencies)
        print(f"first build (watch start, reads every note): {first * 1000:.0f} ms")
        print(f"cold build from disk (vaultnet build):        {cold * 1000:.0f} ms")
        print(
            f"naive recompute per change, notes in memory:  {median_ms(list(naive))} ms (median of 3),"
            f" CPU {median_ms(list(naive_cpu))} ms"
        )
        print(
            f"watch, write to pages rewritten:              {incremental} ms median over {args.edits} edits"
            f" (min {min(latencies) * 1000:.1f}, max {max(latencies) * 1000:.1f}),"
            f" quiet period of {args.debounce} ms excluded"
        )
        print(f"  of which the rebuild itself:                {median_ms(rebuild_times)} ms median")
        print("    " + ", ".join(f"{stage} {median_ms(times)} ms" for stage, times in stages.items()))
        print(f"  CPU time per edit, all threads:             {median_ms(cpu)} ms median")
        print(f"  pages written per edit:                     {statistics.median(pages_written)} median")
        print(f"ratio naive / watch: {median_ms(list(naive)) / incremental:.1f}x; target: at most 30 ms")


if __name__ == "__main__":
    main()
