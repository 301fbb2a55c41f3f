"""Fuzzing the commands that write: `log`, `new` and `import vcard` never raise past their one-line
refusals, never write outside the vault, and `log` changes a note only by its one entry.

VAULTNET_FUZZ_EXAMPLES examples each (default 200, as tests/test_fuzz.py). The inputs that once
broke these commands are kept in tests/corpus_writers/ and replayed by the last tests here.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import write_vault
from vaultnet.cli import main
from vaultnet.commands.log import entry_line, write_entry
from vaultnet.config import Config
from vaultnet.convert import FIRST_TODAY, LAST_TODAY, MAX_DAYS
from vaultnet.errors import VaultnetError
from vaultnet.metrics.stats import compute
from vaultnet.read.note import parse_note
from vaultnet.vault.load import load_vault

EXAMPLES = int(os.environ.get("VAULTNET_FUZZ_EXAMPLES", "200"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
CORPUS = Path(__file__).parent / "corpus_writers"

LINES = [
    "## Log", "## About", "Log", "===", "- 2026-11-01 -> coffee", "- 2026-10-01 <- call", "```", "~~~",
    "<!--", "-->", "<div>", "> quote", "    code", "- [ ] todo", "---", "tags: [person]", "# Title",
    "1. item", "| a | b |", "- 2026-13-45 bad", "", "\t", "- [[2026-11-02]] <-> lunch", "$$",
    "### 2026", "## 2025", "- Nov 3: coffee", "| Oct 12 | call |", "Dec 1 — text", "### November 2026",
    "## 2026-10",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1250", "iso-8859-2"]


def note_bytes(lines: list[str], eol: str, encoding: str) -> bytes:
    text = eol.join(lines)
    return text.encode(encoding, errors="replace")


@fuzz
@given(
    lines=st.lists(st.sampled_from(LINES) | st.text(max_size=20), max_size=25),
    eol=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(ENCODINGS),
    text=st.text(min_size=1, max_size=40),
    direction=st.sampled_from(["outbound", "inbound", "mutual", "unknown"]),
)
def test_log_changes_a_note_only_by_its_one_entry(
    lines: list[str], eol: str, encoding: str, text: str, direction: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Jane.md"
        before = note_bytes(["#person", *lines], eol, encoding)
        path.write_bytes(before)
        try:
            entry = entry_line(dt.date(2026, 11, 21), direction, text)  # type: ignore[arg-type]
            line, _ = write_entry(path, entry, "People/Jane.md", Config())
        except VaultnetError:
            assert path.read_bytes() == before
            return
        after = path.read_bytes()
        assert len(after) > len(before)
        grown = parse_note("People/Jane.md", after, Config())
        old = parse_note("People/Jane.md", before, Config())
        assert len(grown.entries) == len(old.entries) + 1
        assert [m.line for m in grown.entries].count(line) == 1
        # Nothing but the insertion: the old bytes are a prefix and a suffix of the new ones.
        cut = next((i for i in range(len(before)) if before[i] != after[i]), len(before))
        assert after[len(after) - (len(before) - cut) :] == before[cut:]


@fuzz
@given(name=st.text(max_size=60))
def test_new_refuses_in_one_line_or_makes_one_note_inside(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    root = write_vault(tmp_path_factory.mktemp("v"), {"People/Jane.md": "#person\n"})
    result = CliRunner().invoke(main, ["new", "--vault", str(root), "--", name])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    made = sorted(p for p in root.rglob("*.md") if p.name != "Jane.md")
    assert len(made) == (1 if result.exit_code == 0 else 0)
    for path in made:
        assert os.path.realpath(path).startswith(os.path.realpath(root) + os.sep)


PROPERTIES = [
    "FN", "N", "NICKNAME", "ORG", "TITLE", "EMAIL;TYPE=work", "TEL;TYPE=cell", "BDAY", "NOTE",
    "CATEGORIES", "RELATED;TYPE=spouse", "UID", "URL", "ADR;TYPE=home", "KIND", "X-ABLabel", "item1.EMAIL",
]  # fmt: skip
VALUES = ["Maya", "Maya\\,Maya L.", "--1345", "19850314", "## Log\\n- 2026-11-20 <-> x", "```", "../../x",
          "a;b;c;d;e;f;g", "urn:uuid:1", "x" * 300, "\u202e", "", "org", "Café", "Cafe\u0301"]  # fmt: skip


@st.composite
def vcards(draw: st.DrawFn) -> str:
    cards = []
    for _ in range(draw(st.integers(1, 4))):
        props = draw(
            st.lists(
                st.tuples(st.sampled_from(PROPERTIES), st.sampled_from(VALUES) | st.text(max_size=15)),
                max_size=8,
            )
        )
        lines = ["BEGIN:VCARD", f"VERSION:{draw(st.sampled_from(['2.1', '3.0', '4.0']))}"]
        lines += [f"{key}:{value}".replace("\n", " ").replace("\r", " ") for key, value in props]
        cards.append("\r\n".join([*lines, "END:VCARD"]) + "\r\n")
    return "".join(cards)


@settings(parent=fuzz, max_examples=max(EXAMPLES // 2, 20))
@given(text=vcards())
def test_import_vcard_never_crashes_and_writes_only_inside(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    base = tmp_path_factory.mktemp("v")
    root = write_vault(base / "vault", {"People/Jane.md": "#person\n"})
    source = base / "cards.vcf"
    source.write_text(text, encoding="utf-8", errors="surrogateescape")
    result = CliRunner().invoke(main, ["import", "vcard", str(source), str(root)])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert sorted(p.name for p in base.iterdir()) == ["cards.vcf", "vault"]
    vault = load_vault(root, Config(), use_cache=False)
    for person in vault.people:
        assert person.note.entries == (), person.file  # a card's text never plants an entry


@fuzz
@given(
    today=st.dates(FIRST_TODAY, LAST_TODAY),
    entry=st.dates(),
    cadence=st.integers(1, MAX_DAYS),
    window=st.integers(1, MAX_DAYS),
)
def test_every_date_computation_stays_in_the_calendar(
    today: dt.date, entry: dt.date, cadence: int, window: int
) -> None:
    files = {
        "People/A.md": f"---\ntags: [person]\ncadence: {cadence}d\nlast_contact: {entry}\n---\n- {entry} -> x [[B]]\n",
        "People/B.md": f"#person\n- {entry} <- y [[A]]\n- {dt.date.max} <-> far\n- {dt.date.min} <-> early\n",
    }
    with tempfile.TemporaryDirectory() as folder:
        root = write_vault(Path(folder), files)
        config = Config(reciprocity_days=window, active_days=window, cadence={"person": cadence})
        compute(load_vault(root, config, use_cache=False), today, config)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.vcf")), ids=lambda p: p.name)
def test_corpus_vcards(tmp_path: Path, path: Path) -> None:
    root = write_vault(tmp_path / "vault", {"People/Jane.md": "#person\n"})
    result = CliRunner().invoke(main, ["import", "vcard", str(path), str(root)])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.name)
def test_corpus_notes(tmp_path: Path, path: Path) -> None:
    note = tmp_path / path.name
    before = path.read_bytes()
    note.write_bytes(before)
    try:
        write_entry(note, "- 2026-11-21 -> corpus", f"People/{path.name}")
    except VaultnetError:
        assert note.read_bytes() == before


@fuzz
@given(
    lines=st.lists(st.sampled_from(LINES) | st.text(max_size=20), max_size=25),
    eol=st.sampled_from(["\n", "\r\n"]),
    encoding=st.sampled_from(ENCODINGS),
    days=st.lists(st.integers(min_value=-400, max_value=0), min_size=1, max_size=6),
    direction=st.sampled_from(["outbound", "inbound", "mutual"]),
)
def test_entries_written_at_once_are_those_written_one_by_one(
    lines: list[str], eol: str, encoding: str, days: list[int], direction: str
) -> None:
    """`write_entries` (a note written once for all its new entries, as `import ics` writes) gives
    the bytes, and the refusals, that `write_entry` gives one entry after the other."""
    from vaultnet.commands.log import write_entries

    today = dt.date(2026, 11, 21)
    entries = [
        entry_line(today + dt.timedelta(days=d), direction, f"meeting {n}") for n, d in enumerate(days)
    ]  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        one, all_at_once = Path(folder) / "one.md", Path(folder) / "all.md"
        before = note_bytes(["#person", *lines], eol, encoding)
        one.write_bytes(before)
        all_at_once.write_bytes(before)
        refused = []
        for entry in entries:
            try:
                write_entry(one, entry, "People/Jane.md", Config())
            except VaultnetError:
                refused.append(entry)
        said = write_entries(all_at_once, entries, "People/Jane.md", Config())
        assert all_at_once.read_bytes() == one.read_bytes()
        assert [e for e, s in zip(entries, said, strict=True) if isinstance(s, str)] == refused
