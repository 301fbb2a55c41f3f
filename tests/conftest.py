"""Shared fixtures: a vault written from a dict, and where the shared spec material lives."""

from __future__ import annotations

import os
import shutil
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
from itertools import repeat
from pathlib import Path

import pytest

from vaultnet.config import Config
from vaultnet.metrics.stats import Report
from vaultnet.model import Person
from vaultnet.pages.render import Renderer

SHARED = Path(__file__).resolve().parents[2] / "shared"
"""`../shared` beside the project: the spec's examples and the real-world notes."""


def write_vault(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write each file (text as UTF-8, bytes as given) under `root`, creating folders."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def _shared_files() -> set[Path]:
    return set(SHARED.rglob("*")) if SHARED.is_dir() else set()


@pytest.fixture(autouse=True, scope="session")
def _shared_is_read_only() -> Iterator[None]:
    """The tests read ../shared and never write there: a command run on one of its vaults writes
    a parse cache beside the notes, so such a test runs on a copy (`shared_copy`)."""
    before = _shared_files()
    yield
    added = sorted(str(path.relative_to(SHARED)) for path in _shared_files() - before)
    assert not added, f"the tests wrote into ../shared: {added[:5]}"


@pytest.fixture(autouse=True)
def _no_default_vault(monkeypatch: pytest.MonkeyPatch) -> None:
    """A $VAULTNET_VAULT of the developer's own must not steer the tests' commands."""
    monkeypatch.delenv("VAULTNET_VAULT", raising=False)


@pytest.fixture
def make_vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    """`make_vault({"People/Jane.md": "..."})` → the vault's root folder."""

    def make(files: dict[str, str | bytes]) -> Path:
        return write_vault(tmp_path / "vault", files)

    return make


def shared_path(*parts: str) -> Path:
    """A path under ../shared. When it is not there, the test is skipped on a developer's
    machine, and fails under CI (`CI` set): there the contract's examples must run."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is not here (../shared is absent)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; under CI the tests that read it must run")
        pytest.skip(message)
    return path


def shared_copy(tmp_path: Path, *parts: str) -> Path:
    """A copy under `tmp_path` of a folder under ../shared (skipped or failed as `shared_path`
    is), for a test that runs a command there: a command writes its cache into the vault."""
    return Path(shutil.copytree(shared_path(*parts), tmp_path / parts[-1]))


def made_pages(
    renderer: Renderer, report: Report, config: Config, only: Collection[str] | None = None
) -> dict[str, str]:
    """Each page's text as build and watch make it (`Renderer.produce`), joined whole."""
    return {name: "".join(pieces) for name, pieces in renderer.produce(report, config, only=only).items()}


def link_pairs(people: Iterable[Person]) -> Iterator[tuple[str, str]]:
    """Pairs of linked person files, sorted within each pair, and in order when `people` is
    sorted by file (a vault's are): each link once."""
    for person in people:
        linked = person.linked
        yield from zip(repeat(person.file), linked[bisect_right(linked, person.file) :])
