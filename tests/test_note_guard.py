"""A bug met while reading one note costs that note, not the build: it becomes a problem naming the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

import vaultnet.read.note
from tests.test_fork import _in_parallel, _vault
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.incremental import LiveVault
from vaultnet.model import Note, Problem
from vaultnet.vault import parallel_fast as fork
from vaultnet.vault.load import read_notes

BROKEN = "People/P7.md"
MESSAGE = "internal error while reading this note: IndexError: list index out of range"


@pytest.fixture
def parser_fails_on_one_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser raises, as a bug would, for BROKEN only (in forked readers too: they inherit it)."""
    real = vaultnet.read.note.parse_note

    def parse_note(file: str, data: bytes, config: Config) -> Note:
        if file == BROKEN:
            return [][0]  # type: ignore[no-any-return]
        return real(file, data, config)

    monkeypatch.setattr(vaultnet.read.note, "parse_note", parse_note)


def _check(notes: list[Note], count: int) -> None:
    assert len(notes) == count
    broken = [note for note in notes if note.file == BROKEN]
    assert [note.problems for note in broken] == [(Problem(BROKEN, 0, MESSAGE),)]
    assert all(not note.problems for note in notes if note.file != BROKEN)


def test_the_serial_reader_reads_the_other_notes(make_vault, parser_fails_on_one_note) -> None:  # type: ignore[no-untyped-def]
    root, count = _vault(make_vault)
    _check(read_notes(root, Config(), use_cache=False), count)


@pytest.mark.skipif(not fork.can_fork(), reason="needs os.fork and no other thread")
def test_the_parallel_reader_reads_the_other_notes(make_vault, monkeypatch, parser_fails_on_one_note) -> None:  # type: ignore[no-untyped-def]
    root, count = _vault(make_vault)
    shares = _in_parallel(monkeypatch)
    _check(read_notes(root, Config(), use_cache=False), count)
    assert shares  # it did fork


def test_the_incremental_reader_reads_the_other_notes(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root, count = _vault(make_vault)
    live = LiveVault(root, Config())
    live.load()
    real = vaultnet.read.note.parse_note
    monkeypatch.setattr(
        vaultnet.read.note, "parse_note", lambda file, *rest: [][0] if file == BROKEN else real(file, *rest)
    )
    (root / BROKEN).write_text("---\ntags: [person]\n---\n- 2026-11-03 -> again\n", encoding="utf-8")
    live.update([BROKEN])
    report = live.report(dt.date(2026, 11, 21))
    assert [p for p in report.vault.problems if p.file == BROKEN] == [Problem(BROKEN, 0, MESSAGE)]
    assert report.summary.people == count - 28 - 1  # the daily notes are no people; P7 is unread


def test_the_build_goes_on_and_lists_the_note(make_vault, parser_fails_on_one_note) -> None:  # type: ignore[no-untyped-def]
    root: Path
    root, _ = _vault(make_vault)
    result = CliRunner().invoke(main, ["build", str(root), "--no-cache", "--today", "2026-11-21"])
    assert result.exit_code == 0, result.output
    assert "8 written, 0 unchanged, 1 problem (vaultnet check lists it)\n" in result.output
    assert f"{MESSAGE}" in (root / "_vaultnet/Problems.md").read_text(encoding="utf-8")
