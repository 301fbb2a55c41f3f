"""Run vaultnet in a child process under a wall-clock timeout and a memory limit.

A hostile input can crash the interpreter (a C extension's stack overflow) or run away with time
or memory; in a child process that is a failed test with a clear message, not a dead test run.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Finished:
    """How a child process ended."""

    returncode: int
    stdout: str
    stderr: str
    peak_rss_kb: int
    """Largest resident set of the child (ru_maxrss of the children, in KB)."""


def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_limited(args: list[str], *, timeout: float, memory_mb: int, cwd: Path | None = None) -> Finished:
    """Run `python args...` from the project root; a timeout or a crash fails the calling test."""
    import pytest

    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONFAULTHANDLER="1")
    try:
        done = subprocess.run(
            [sys.executable, *args],
            cwd=cwd or ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=lambda: _limit_memory(memory_mb),
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"still running after {timeout:.0f} s: {' '.join(args)[:200]}\n{exc.stderr or ''}")
    if done.returncode < 0:
        pytest.fail(f"killed by signal {-done.returncode}: {' '.join(args)[:200]}\n{done.stderr[-3000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Finished(done.returncode, done.stdout, done.stderr, peak)
