"""Time vaultnet on generated vaults against reference timings taken in the same run.

    python bench/run.py                       # 1,000 / 10,000 / 50,000 people
    python bench/run.py --sizes 1000,10000    # fewer sizes, quicker
    python bench/run.py --install-obsidiantools   # also pip-install the peer and time it

It needs the `bench` extra (`pip install -e '.[bench]'`): python-frontmatter, its reference.

Every figure is the median of several rounds, printed beside the references it is judged by:
reading every note's bytes, `frontmatter.load` of every note, and `vaultnet --version`'s
start-up plus a stat of every file. Each round times every figure once, so the references and
vaultnet share whatever load the machine is under; peak memory is taken in one more cold build,
apart from the timed ones. The vaults are generated under a temporary folder
(`--workdir`), never inside the project.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import TODAY, generate

VAULTNET = [str(Path(sys.executable).with_name("vaultnet"))]
"""The console script beside this Python: the command a user runs."""
TARGETS = (1.0, 5.0, 250.0, 2.0, 0.1, 100.0)


@dataclass
class Row:
    """The figures for one vault size (seconds, MiB)."""

    people: int
    files: int = 0
    read: float = 0.0
    frontmatter: float = 0.0
    version: float = 0.0
    stat: float = 0.0
    cold: float = 0.0
    warm: float = 0.0
    changed: float = 0.0
    report: float = 0.0
    help: float = 0.0
    peak_mib: float = 0.0


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


def stat_all(root: Path) -> int:
    count = 0
    for folder, folders, files in os.walk(root):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            os.stat(os.path.join(folder, name))
            count += 1
    return count


def vault_for(workdir: Path, people: int, seed: int) -> Path:
    """The generated vault for this size, made again only when the generator changed."""
    root = workdir / f"people-{people}-seed-{seed}"
    source = Path(__file__).with_name("generate.py").read_bytes()
    stamp = hashlib.sha256(source + f"{people}:{seed}".encode()).hexdigest()
    stamp_file = workdir / f"people-{people}-seed-{seed}.stamp"
    if not (root.is_dir() and stamp_file.is_file() and stamp_file.read_text() == stamp):
        print(f"generating {people:,} people under {root} ...", file=sys.stderr)
        generate(root, people, seed)
        stamp_file.write_text(stamp)
    shutil.rmtree(root / ".vaultnet", ignore_errors=True)
    shutil.rmtree(root / "_vaultnet", ignore_errors=True)
    return root


def measure(root: Path, people: int, runs: int) -> Row:
    """Each figure's median over `runs` rounds. A round times every figure once, references and
    vaultnet alike, so a burst of load on this shared machine falls on both sides of a ratio."""
    import frontmatter

    files = note_files(root)
    today = ["--today", TODAY.isoformat()]
    build = [*VAULTNET, "build", str(root), *today]
    person = next(path for path in files if "/People/" in path.as_posix())
    original = person.read_text(encoding="utf-8")

    def cold() -> float:
        shutil.rmtree(root / ".vaultnet", ignore_errors=True)
        return run(build)

    def one_change() -> float:
        with person.open("a", encoding="utf-8") as handle:
            handle.write(f"- {TODAY.isoformat()} -> a new line {time.perf_counter_ns()}\n")
        return run(build)

    steps: dict[str, Callable[[], float]] = {
        "read": lambda: timed(lambda: [path.read_bytes() for path in files]),
        "frontmatter": lambda: timed(lambda: [frontmatter.load(str(path)) for path in files]),
        "stat": lambda: timed(lambda: stat_all(root)),
        "version": lambda: run([*VAULTNET, "--version"]),
        "help": lambda: run([*VAULTNET, "--help"]),
        "cold": cold,
        "warm": lambda: run(build),
        "changed": one_change,
        "report": lambda: run([*VAULTNET, "report", "--json", str(root), *today]),
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    try:
        for _ in range(runs):
            for name, step in steps.items():
                times[name].append(step())
    finally:
        person.write_text(original, encoding="utf-8")
    shutil.rmtree(root / ".vaultnet", ignore_errors=True)
    row = Row(people, len(files), peak_mib=peak_mib(build))
    for name, seconds in times.items():
        setattr(row, name, statistics.median(seconds))
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
            done = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, timeout=600)
        except subprocess.TimeoutExpired:
            return "took over 600 s"
        if done.returncode != 0:
            return "failed: " + done.stderr.decode(errors="replace").strip().splitlines()[-1]
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def _s(seconds: float) -> str:
    return f"{seconds:.3f}"


def print_table(rows: list[Row]) -> None:
    head = (
        "people", "files", "read bytes", "fm.load", "--version", "stat all", "cold build",
        "warm build", "1 change", "report --json", "--help", "peak MiB",
    )  # fmt: skip
    lines = [head]
    for r in rows:
        lines.append(
            (
                f"{r.people:,}",
                f"{r.files:,}",
                _s(r.read),
                _s(r.frontmatter),
                _s(r.version),
                _s(r.stat),
                _s(r.cold),
                _s(r.warm),
                _s(r.changed),
                _s(r.report),
                _s(r.help),
                f"{r.peak_mib:.0f}",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for number, line in enumerate(lines):
        print("| " + " | ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (width + 1) + ":" for width in widths) + "|")


def print_targets(rows: list[Row], peer: float | str | None) -> bool:
    by_size = {r.people: r for r in rows}
    checks: list[tuple[str, str, str, bool]] = []
    if 10000 in by_size:
        r = by_size[10000]
        ratio = r.cold / r.frontmatter
        checks.append(
            ("10k cold build / frontmatter.load of every file", f"{ratio:.2f}x", "<= 1.0x", ratio <= 1.0)
        )
        ratio = r.warm / (r.version + r.stat)
        checks.append(
            ("10k warm build / (--version + stat every file)", f"{ratio:.2f}x", "<= 2.0x", ratio <= 2.0)
        )
    if 10000 in by_size and 50000 in by_size:
        ratio = by_size[50000].cold / by_size[10000].cold
        checks.append(("50k cold build / 10k cold build", f"{ratio:.2f}x", "<= 5.0x", ratio <= 5.0))
    if 50000 in by_size:
        mib = by_size[50000].peak_mib
        checks.append(("50k cold build peak memory", f"{mib:.0f} MiB", "< 250 MiB", mib < 250))
    if rows:
        slowest = max(r.help for r in rows)
        checks.append(("vaultnet --help (slowest median)", f"{slowest:.3f} s", "<= 0.1 s", slowest <= 0.1))
    if 1000 in by_size and peer is not None:
        if isinstance(peer, float):
            ratio = peer / by_size[1000].cold
            label = f"obsidiantools {peer:.1f} s / 1k cold build"
            checks.append((label, f"{ratio:.0f}x", ">= 100x", ratio >= 100))
        else:
            print(f"\nobsidiantools: {peer}")
    print()
    print("| target | measured | limit | met |")
    print("|---|---:|---:|---|")
    for name, value, limit, met in checks:
        print(f"| {name} | {value} | {limit} | {'yes' if met else 'NO'} |")
    return all(met for *_, met in checks)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,50000", help="people per vault, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (3 for vaults over 20,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "vaultnet-bench")
    parser.add_argument(
        "--install-obsidiantools", action="store_true", help="pip-install the peer if missing"
    )
    parser.add_argument("--no-obsidiantools", action="store_true", help="skip the peer comparison")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not Path(VAULTNET[0]).exists():
        raise SystemExit(f"no vaultnet script beside {sys.executable}: pip install -e . first")
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    args.workdir.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    rows = []
    peer: float | str | None = None
    for people in sizes:
        root = vault_for(args.workdir, people, args.seed)
        runs = args.runs if people <= 20000 else min(args.runs, 3)
        print(f"timing {people:,} people ({runs} runs each) ...", file=sys.stderr)
        rows.append(measure(root, people, runs))
        if people == 1000 and not args.no_obsidiantools:
            peer = obsidiantools_seconds(root, args.install_obsidiantools, min(runs, 3))
    print(
        f"\nvaultnet on generated vaults; medians in seconds; "
        f"python {sys.version.split()[0]}, {os.cpu_count()} cpus\n"
    )
    print_table(rows)
    met = print_targets(rows, peer)
    if args.strict and not met:
        sys.exit(1)


if __name__ == "__main__":
    main()
