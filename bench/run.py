"""Time vaultnet on generated vaults against reference timings taken in the same run.

    python bench/run.py                       # 1,000 and 10,000 people, both generators
    python bench/run.py --with-50k            # also 50,000 people (slow: minutes per round)
    python bench/run.py --sizes 1000          # fewer sizes, quicker
    python bench/run.py --install-obsidiantools   # also pip-install the peer and time it at 10k
    python bench/run.py --watch               # also bench/watch_bench.py (one edit in watch mode)

It needs the `bench` extra (`pip install -e '.[bench]'`): python-frontmatter, its reference.

Two generators: `../shared/bench/make_vault.py --people N --seed 1` (the issue's vaults, what the
targets are judged on) and this folder's `generate.py` as a cross-check. Every figure is the
median of several rounds, printed beside the references it is judged by: reading every note's
bytes and `frontmatter.load` of every note. Each round times every figure once, so the
references and vaultnet share whatever load the machine is under, and the targets are ratios
within one vault's rounds. Peak memory is taken in one more cold build, apart from the timed
ones. The vaults are generated under a temporary folder (`--workdir`), never inside the project.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import TODAY, generate

VAULTNET = [str(Path(sys.executable).with_name("vaultnet"))]
"""The console script beside this Python: the command a user runs."""
SHARED_GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_vault.py"
"""The issue's generator, beside the project: `../shared/bench/make_vault.py` from a clone."""
CHANGED = 10
"""Notes edited before the `N changes` build."""


@dataclass
class Row:
    """The medians for one vault (seconds), and its peak memory (MiB)."""

    generator: str
    people: int
    files: int = 0
    times: dict[str, float] = field(default_factory=dict)
    peak_mib: float = 0.0

    def __getitem__(self, name: str) -> float:
        return self.times[name]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _tree_rss_kib(pid: int) -> int:
    """Memory of a process and its descendants, from /proc (Linux): the proportional set size,
    so pages that forked workers share with their parent count once, not once per process."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(command: list[str]) -> float:
    """Run a command to the end; its seconds."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, errors = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors.decode()}")
    return elapsed


def peak_mib(command: list[str]) -> float:
    """Run a command to the end; the peak resident MiB of it and its children. Not in a timed
    run: reading /proc every 10 ms takes a share of the CPU from the command measured."""
    peak = 0
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(process.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed")
    # The largest single process (its own peak RSS) or the sampled sum of all, whichever is more.
    return max(peak, usage.ru_maxrss) / 1024


def compile_bytecode() -> None:
    """Compile the vaultnet being timed, as `pip install` does: an editable install writes its
    bytecode on first use, unless PYTHONDONTWRITEBYTECODE is set (as on the development machine),
    and then every run would compile vaultnet's modules from source again."""
    find = "import os, vaultnet; print(os.path.dirname(vaultnet.__file__))"
    package = subprocess.run([sys.executable, "-c", find], capture_output=True, text=True, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package.stdout.strip()], check=True)


def note_files(root: Path) -> list[Path]:
    """The files vaultnet reads in this vault, found the way vaultnet finds them."""
    from vaultnet.config import load_config
    from vaultnet.vault.walk import walk

    return [source.path for source in walk(root, load_config(root))]


def vault_for(workdir: Path, generator: str, people: int, seed: int) -> Path:
    """The generated vault for this size, made again only when its generator changed."""
    root = workdir / f"{generator}-{people}-seed-{seed}"
    script = SHARED_GENERATOR if generator == "shared" else Path(__file__).with_name("generate.py")
    made_by = hashlib.sha256(script.read_bytes() + f"{people}:{seed}".encode()).hexdigest()
    stamp_file = workdir / f"{generator}-{people}-seed-{seed}.stamp"
    shutil.rmtree(root / ".vaultnet", ignore_errors=True)
    shutil.rmtree(root / "_vaultnet", ignore_errors=True)
    # The stamp names the generator and every file it left: a vault anything else wrote into
    # (a stray note, an edit not put back) is made again, not timed.
    stamp = lambda: f"{made_by} {listing_digest(root)}"  # noqa: E731
    if not (root.is_dir() and stamp_file.is_file() and stamp_file.read_text() == stamp()):
        print(f"generating {people:,} people under {root} ...", file=sys.stderr)
        shutil.rmtree(root, ignore_errors=True)
        if generator == "shared":
            command = [sys.executable, str(script), "--people", str(people), "--seed", str(seed)]
            subprocess.run([*command, "--out", str(root)], check=True, stdout=subprocess.DEVNULL)
        else:
            generate(root, people, seed)
        stamp_file.write_text(stamp())
    return root


def listing_digest(root: Path) -> str:
    """A digest of every file's path and size under `root`."""
    listing = sorted(
        (os.path.relpath(os.path.join(folder, name), root), os.path.getsize(os.path.join(folder, name)))
        for folder, _, names in os.walk(root)
        for name in names
    )
    return hashlib.sha256(repr(listing).encode()).hexdigest()


def _append(path: Path) -> None:
    """One more log entry at the end of a note: the edit a commit hook sees most."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n- {TODAY.isoformat()} -> a new line {time.perf_counter_ns()}\n")


def measure(root: Path, generator: str, people: int, runs: int) -> Row:
    """Each figure's median over `runs` rounds. A round times every figure once, references and
    vaultnet alike, so a burst of load on this shared machine falls on both sides of a ratio."""
    import frontmatter

    files = note_files(root)
    today = ["--today", TODAY.isoformat()]
    build = [*VAULTNET, "build", str(root), *today]
    check = [*VAULTNET, "check", str(root)]
    build_check = [*VAULTNET, "build", "--check", str(root), *today]
    edited = files[len(files) // 3 : len(files) // 3 + CHANGED]
    originals = {path: path.read_bytes() for path in edited}
    one = edited[0]

    def cold() -> float:
        shutil.rmtree(root / ".vaultnet", ignore_errors=True)
        return run(build)

    def changed(count: int) -> Callable[[], float]:
        def step() -> float:
            for path in edited[:count]:
                _append(path)
            return run(build)

        return step

    def check_changed() -> float:
        _append(one)
        seconds = run(check)
        run(build)  # untimed: the next figure starts from built pages
        return seconds

    def hooks() -> float:
        _append(one)
        seconds = run(check) + run(build_check)
        run(build)
        return seconds

    steps: dict[str, Callable[[], float]] = {
        "read": lambda: timed(lambda: [path.read_bytes() for path in files]),
        "frontmatter": lambda: timed(lambda: [frontmatter.load(str(path)) for path in files]),
        "cold": cold,
        "warm": lambda: run(build),
        "one change": changed(1),
        f"{CHANGED} changes": changed(CHANGED),
        "check": lambda: run(check),
        "check, 1 change": check_changed,
        "hooks, 1 change": hooks,
        "report --json": lambda: run([*VAULTNET, "report", "--json", str(root), *today]),
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    try:
        for _ in range(runs):
            for name, step in steps.items():
                times[name].append(step())
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    shutil.rmtree(root / ".vaultnet", ignore_errors=True)
    row = Row(generator, people, len(files), peak_mib=peak_mib(build))
    row.times = {name: statistics.median(seconds) for name, seconds in times.items()}
    return row


def obsidiantools_seconds(root: Path, install: bool, runs: int) -> float | str:
    """The median of `runs` runs of `Vault(dir).connect().gather()`, each in its own process; or
    why it could not run."""
    probe = [sys.executable, "-c", "import obsidiantools.api"]
    if subprocess.run(probe, capture_output=True).returncode != 0:
        if not install:
            return "not installed (add --install-obsidiantools to pip-install it into this venv)"
        print("installing obsidiantools ...", file=sys.stderr)
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "obsidiantools"]
        if subprocess.run(pip).returncode != 0 or subprocess.run(probe, capture_output=True).returncode:
            return "could not be installed here"
    code = (
        "import sys, pathlib\nfrom obsidiantools.api import Vault\n"
        "Vault(pathlib.Path(sys.argv[1])).connect().gather()\n"
    )
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, timeout=1800)
        except subprocess.TimeoutExpired:
            return "took over 1800 s"
        if done.returncode != 0:
            return "failed: " + done.stderr.decode(errors="replace").strip().splitlines()[-1]
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def watch_ms(people: int) -> float | str:
    """bench/watch_bench.py's median from a note's write to its pages rewritten, or why not."""
    script = Path(__file__).with_name("watch_bench.py")
    done = subprocess.run(
        [sys.executable, str(script), "--people", str(people), "--edits", "15"],
        capture_output=True,
        text=True,
    )
    found = re.search(r"pages rewritten:\s+([\d.]+) ms median", done.stdout)
    if done.returncode != 0 or not found:
        return "failed: " + (done.stderr.strip().splitlines() or ["no output"])[-1]
    print(done.stdout, file=sys.stderr)
    return float(found[1])


COLUMNS = (
    "read", "frontmatter", "cold", "warm", "one change", f"{CHANGED} changes", "check",
    "check, 1 change", "hooks, 1 change", "report --json",
)  # fmt: skip


def print_table(rows: list[Row]) -> None:
    head = ("vault", "people", *COLUMNS, "peak MiB")
    lines = [head]
    for r in rows:
        figures = [f"{r[name]:.3f}" for name in COLUMNS]
        lines.append((r.generator, f"{r.people:,}", *figures, f"{r.peak_mib:.0f}"))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for number, line in enumerate(lines):
        print("| " + " | ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (width + 1) + ":" for width in widths) + "|")


Check = tuple[str, str, str, bool]


def _ratio(name: str, value: float, limit: float, at_most: bool = True) -> Check:
    met = value <= limit if at_most else value >= limit
    return (name, f"{value:.2f}", f"{'<=' if at_most else '>='} {limit:g}", met)


def targets(rows: list[Row], peer: float | str | None, watch: float | str | None) -> list[Check]:
    """The issue's targets, judged on the shared generator's vaults."""
    by_size = {r.people: r for r in rows if r.generator == "shared"}
    checks: list[Check] = []
    if 10000 in by_size:
        r = by_size[10000]
        checks.append(_ratio("build after one changed note / warm build", r["one change"] / r["warm"], 2.0))
        checks.append(
            _ratio(
                "`check` + `build --check` after one change / warm build",
                r["hooks, 1 change"] / r["warm"],
                3.0,
            )
        )
        checks.append(_ratio("`check`, nothing changed / warm build", r["check"] / r["warm"], 1.2))
        checks.append(
            _ratio("cold build / frontmatter.load of every note", r["cold"] / r["frontmatter"], 1.5)
        )
    if 10000 in by_size and 50000 in by_size:
        checks.append(
            _ratio("50k cold build / 10k cold build", by_size[50000]["cold"] / by_size[10000]["cold"], 5.0)
        )
    if 50000 in by_size:
        mib = by_size[50000].peak_mib
        checks.append(("50k cold build peak memory", f"{mib:.0f} MiB", "< 250 MiB", mib < 250))
    if 10000 in by_size and isinstance(peer, float):
        checks.append(
            _ratio(
                "obsidiantools gather() at 10k / cold build at 10k", peer / by_size[10000]["cold"], 100, False
            )
        )
    elif peer is not None:
        print(f"\nobsidiantools: {peer}")
    if isinstance(watch, float):
        checks.append(("watch, one edit to pages rewritten (10k), ms", f"{watch:.1f}", "<= 30", watch <= 30))
    elif watch is not None:
        print(f"\nwatch: {watch}")
    return checks


def print_targets(checks: list[Check]) -> bool:
    print()
    print("| ratio, same run, 10k from the shared generator | measured | target | met |")
    print("|---|---:|---:|---|")
    for name, value, limit, met in checks:
        print(f"| {name} | {value} | {limit} | {'met' if met else 'not met'} |")
    return all(met for *_, met in checks)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="people per vault, comma-separated")
    parser.add_argument("--with-50k", action="store_true", help="also 50,000 people (slow)")
    parser.add_argument(
        "--generators", default="shared,own", help="shared (../shared/bench/make_vault.py), own (generate.py)"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (3 for vaults over 20,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "vaultnet-bench")
    parser.add_argument(
        "--install-obsidiantools", action="store_true", help="pip-install the peer if missing"
    )
    parser.add_argument("--no-obsidiantools", action="store_true", help="skip the peer comparison")
    parser.add_argument("--watch", action="store_true", help="also run watch_bench.py at 10,000 people")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not Path(VAULTNET[0]).exists():
        raise SystemExit(f"no vaultnet script beside {sys.executable}: pip install -e . first")
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    if args.with_50k and 50000 not in sizes:
        sizes.append(50000)
    generators = [g for g in args.generators.split(",") if g]
    if "shared" in generators and not SHARED_GENERATOR.is_file():
        raise SystemExit(
            f"{SHARED_GENERATOR} not found: run from a clone beside ../shared, or --generators own"
        )
    args.workdir.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    rows = []
    peer: float | str | None = None
    for generator in generators:
        for people in sizes:
            root = vault_for(args.workdir, generator, people, args.seed)
            runs = args.runs if people <= 20000 else min(args.runs, 3)
            print(f"timing {generator} {people:,} people ({runs} runs each) ...", file=sys.stderr)
            rows.append(measure(root, generator, people, runs))
            if generator == "shared" and people == 10000 and not args.no_obsidiantools:
                peer = obsidiantools_seconds(root, args.install_obsidiantools, min(runs, 3))
    watch = watch_ms(10000) if args.watch else None
    print(
        f"\nvaultnet on generated vaults; medians in seconds; "
        f"python {sys.version.split()[0]}, {os.cpu_count()} cpus\n"
    )
    print_table(rows)
    met = print_targets(targets(rows, peer, watch))
    if args.strict and not met:
        sys.exit(1)


if __name__ == "__main__":
    main()
