"""The parse cache: faster, never different. Each way a cache can be wrong is ignored and rebuilt."""

from __future__ import annotations

import datetime as dt
import json
import operator
import os
import shutil
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.model import FollowUp, Mention, Note, Problem
from vaultnet.pages.layout import MARKER
from vaultnet.vault import cache as cache_module
from vaultnet.vault import load as vault_module
from vaultnet.vault.cache import CACHE_FOLDER, NOTES_FILE, ParseCache, note_from_record, note_record
from vaultnet.vault.load import read_notes

JANE = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 -> coffee\n"
JANE_MUTUAL = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 <> coffee\n"  # same size, no mark
TODAY = "2026-11-21"


def _report(root: Path, *extra: str) -> dict[str, object]:
    result = CliRunner().invoke(main, ["report", "--json", "--today", TODAY, str(root), *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _jane(report: dict[str, object]) -> dict[str, object]:
    people = report["people"]
    assert isinstance(people, list)
    return next(p for p in people if p["file"] == "People/Jane.md")  # type: ignore[no-any-return]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed afresh (not taken from the cache) during the test."""
    seen: list[str] = []
    real = vault_module.read_digested

    def counting(found, config):  # type: ignore[no-untyped-def]
        seen.append(found[0])
        return real(found, config)

    monkeypatch.setattr(vault_module, "read_digested", counting)
    return seen


def _age(root: Path) -> None:
    """Make every note older than any cache written next (as if written minutes ago)."""
    old = dt.datetime(2026, 1, 1).timestamp()
    for path in root.rglob("*.md"):
        os.utime(path, (old, old))


def test_second_read_comes_from_the_cache(make_vault, parses: list[str]) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE, "2026-11-03.md": "- met [[Jane]]\n"})
    _age(root)
    first = read_notes(root, Config())
    assert sorted(parses) == ["2026-11-03.md", "People/Jane.md"]
    parses.clear()
    assert read_notes(root, Config()) == first
    assert parses == []
    folder = root / CACHE_FOLDER
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (folder / NOTES_FILE).is_file()


def test_changed_file_is_read_again(make_vault, parses: list[str]) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE, "People/Bob.md": "---\ntags: [person]\n---\n"})
    _age(root)
    assert _jane(_report(root))["outbound"] == 1
    parses.clear()
    (root / "People/Jane.md").write_text(JANE.replace("->", "<-"))
    assert _jane(_report(root))["inbound"] == 1
    assert parses == ["People/Jane.md"]


def test_same_size_and_mtime_in_the_cache_tick_is_not_trusted(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A file rewritten (same size) in the clock tick the cache was written is read again."""
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    assert _jane(_report(root))["outbound"] == 1
    jane = root / "People/Jane.md"
    stat = jane.stat()
    jane.write_text(JANE_MUTUAL)
    assert jane.stat().st_size == stat.st_size
    os.utime(jane, ns=(stat.st_mtime_ns, stat.st_mtime_ns))  # same size, same mtime
    cache_file = root / CACHE_FOLDER / NOTES_FILE
    os.utime(cache_file, ns=(stat.st_mtime_ns, stat.st_mtime_ns))  # ... written in that same tick
    assert _jane(_report(root))["outbound"] == 0


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-10] + bytes(b ^ 0xFF for b in data[-10:]), id="corrupt"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"not a cache at all\n" + data, id="foreign"),
    ],
)
def test_damaged_cache_is_ignored_and_rebuilt(make_vault, parses: list[str], damage) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    expected = _report(root)
    cache_file = root / CACHE_FOLDER / NOTES_FILE
    cache_file.write_bytes(damage(cache_file.read_bytes()))
    _age(root)
    parses.clear()
    assert _report(root) == expected
    assert parses == ["People/Jane.md"]
    assert ParseCache.load(root, Config()).old  # rebuilt, and readable again


def test_cache_of_another_version_is_ignored(make_vault, parses, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    monkeypatch.setattr(cache_module, "__version__", "0.0.1-other")
    _report(root)
    monkeypatch.undo()
    parses_again: list[str] = []
    real = vault_module.read_digested
    monkeypatch.setattr(vault_module, "read_digested", lambda s, c: parses_again.append(s[0]) or real(s, c))
    assert _jane(_report(root))["outbound"] == 1
    assert parses_again == ["People/Jane.md"]


def test_cache_of_another_parse_configuration_is_ignored(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Friends/Jane.md": "## Log\n- 2026-11-02 -> coffee\n"})
    _age(root)
    assert _report(root)["people"] == []
    (root / "vaultnet.toml").write_text('people_folders = ["friends"]\n')
    assert [p["file"] for p in _report(root)["people"]] == ["Friends/Jane.md"]  # type: ignore[attr-defined]


def test_settings_that_do_not_change_parsing_keep_the_cache(make_vault, parses) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    _report(root)
    (root / "vaultnet.toml").write_text("active_days = 30\n")
    parses.clear()
    _report(root)
    assert parses == []


def test_no_cache_writes_no_cache(make_vault, parses) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE, ".vaultnet/templates/Overview.md.j2": "mine"})
    _age(root)
    assert _jane(_report(root, "--no-cache"))["outbound"] == 1
    assert not (root / CACHE_FOLDER).exists()
    _report(root)
    parses.clear()
    _report(root, "--no-cache")
    assert parses == ["People/Jane.md"]
    assert (root / ".vaultnet/templates/Overview.md.j2").read_text() == "mine"
    assert not (root / ".vaultnet/.gitignore").exists()  # user templates stay committable


def test_build_no_cache_flag(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    result = CliRunner().invoke(main, ["build", "--no-cache", "--today", TODAY, str(root)])
    assert result.exit_code == 0, result.output
    assert not (root / CACHE_FOLDER).exists()


def test_check_no_cache_reads_every_note_and_writes_nothing(make_vault, parses) -> None:  # type: ignore[no-untyped-def]
    """`check --no-cache`, as `report` and `build` take it: neither the saved state nor the parse
    cache is read (a check that doubts them), and nothing is written to the vault."""
    broken = "---\ntags: [person]\n---\n## Log\n- 2026-13-02 -> coffee\n"
    root = make_vault({"People/Jane.md": JANE, "People/Bo.md": broken})

    def check(*extra: str) -> str:
        result = CliRunner().invoke(main, ["check", "--today", TODAY, str(root), *extra])
        assert result.exit_code == 1, result.output
        return result.stdout

    said = check("--no-cache")
    assert "Bo.md:5: " in said and not (root / CACHE_FOLDER).exists()
    assert CliRunner().invoke(main, ["build", "--today", TODAY, str(root)]).exit_code == 0
    parses.clear()
    assert check() == said and parses == []  # from the build's saved state
    assert check("--no-cache") == said and sorted(parses) == ["People/Bo.md", "People/Jane.md"]


def test_record_keeps_every_field_of_a_note() -> None:
    note = Note(
        file="People/Jane.md",
        kind="person",
        name="Jane Doe",
        date=dt.date(2026, 1, 2),
        aliases=("JD",),
        tags=("person",),
        org="Acme",
        cadence_days=30,
        last_contact=dt.date(2026, 3, 4),
        facts=("likes jazz",),
        entries=(Mention(dt.date(2026, 11, 2), "outbound", 5, "coffee", ("Bob",), True, ("coffee",)),),
        links=("Bob",),
        follow_ups=(FollowUp("Daily/2026-11-02.md", 7, "ask", ("Bob",), dt.date(2026, 11, 2)),),
        problems=(Problem("People/Jane.md", 2, "bad"),),
        location="Lisbon",
        interests=("jazz",),
        birthday="--02-29",
        anniversary="2015-06-20",
        status="dormant",
        snooze=dt.date(2027, 1, 15),
        died=dt.date(2027, 2, 1),
        next_contact=(dt.date(2026, 12, 10), 6),
        emails=("jane@example.org",),
        team="Platform",
    )
    # A field added to Note must be added to the record too: this test names them all.
    assert [f.name for f in fields(Note)] == [
        "file", "kind", "name", "date", "aliases", "tags", "org", "cadence_days", "last_contact",
        "facts", "entries", "links", "follow_ups", "problems", "location", "interests", "birthday",
        "anniversary", "status", "snooze", "died", "next_contact", "emails", "team",
    ]  # fmt: skip
    assert all(getattr(note, f.name) != f.default for f in fields(Note) if f.name not in ("file", "kind"))
    assert note_from_record(note_record(note)) == note


def _build(root: Path, *extra: str, today: str = TODAY) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", "--today", today, str(root), *extra])
    return result.exit_code, result.stdout


def test_unchanged_vault_skips_the_build(make_vault, parses) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE, "People/Bob.md": "---\ntags: [person]\n---\n"})
    _age(root)
    code, out = _build(root)
    assert code == 0 and "8 written" in out
    pages = {p.name: p.read_bytes() for p in (root / "_vaultnet").iterdir()}
    parses.clear()
    code, out = _build(root)
    assert code == 0 and "0 written, 8 unchanged, 0 problems" in out
    assert parses == []  # nothing read: the inputs are the last build's
    assert {p.name: p.read_bytes() for p in (root / "_vaultnet").iterdir()} == pages
    assert _build(root, "--check") == (0, "8 pages up to date\n")


def test_unchanged_pages_are_known_by_their_stat_and_read_only_when_it_differs(  # type: ignore[no-untyped-def]
    make_vault, monkeypatch
) -> None:
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    _build(root)
    memo = root / CACHE_FOLDER / "build.json"
    later = dt.datetime(2030, 1, 1).timestamp()
    os.utime(memo, (later, later))  # every page surely older than the record
    read: list[int] = []
    real_digest = cache_module.page_digest
    monkeypatch.setattr(cache_module, "page_digest", lambda data: read.append(1) or real_digest(data))
    assert "8 unchanged" in _build(root)[1]
    assert read == []  # size and mtime as recorded: no page was read
    # Touched, as a checkout does: read once, found to hold the same text, still unchanged.
    os.utime(root / "_vaultnet/Overview.md")
    assert "8 unchanged" in _build(root)[1]
    assert read == [1]
    # The same size, new text: read and built again.
    page = root / "_vaultnet/Recency.md"
    text = page.read_bytes()
    page.write_bytes(text[:-2] + b"x\n")
    assert "wrote _vaultnet/Recency.md" in _build(root)[1]
    assert page.read_bytes() == text


def test_a_page_as_new_as_its_record_is_read(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    _build(root)
    memo = root / CACHE_FOLDER / "build.json"
    page = root / "_vaultnet/Overview.md"
    # Written in the record's clock tick, the page could have changed unseen after its stat.
    stamp = memo.stat().st_mtime_ns
    os.utime(page, ns=(stamp, stamp))
    record = json.loads(memo.read_text())
    record["stats"]["Overview.md"] = [page.stat().st_size, stamp]
    memo.write_text(json.dumps(record))
    os.utime(memo, ns=(stamp, stamp))
    read: list[int] = []
    real_digest = cache_module.page_digest
    monkeypatch.setattr(cache_module, "page_digest", lambda data: read.append(1) or real_digest(data))
    assert "8 unchanged" in _build(root)[1]
    assert read == [1]


def test_skipped_build_still_gives_the_report(make_vault) -> None:  # type: ignore[no-untyped-def]
    from vaultnet.build import build

    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    first = build(root, dt.date(2026, 11, 21))
    again = build(root, dt.date(2026, 11, 21))
    assert again.written == () and again.summary == first.summary
    assert again.report.people == first.report.people


PERSON = "---\ntags: [person]\n---\n"
CHANGES = {
    "page": lambda root: (root / "_vaultnet/Overview.md").write_text(MARKER + "\nedited by hand\n"),
    "deleted-page": lambda root: (root / "_vaultnet/Recency.md").unlink(),
    "new-note": lambda root: (root / "People/Ann.md").write_text(PERSON),
    "deleted-note": lambda root: (root / "People/Jane.md").unlink(),
    "config": lambda root: (root / "vaultnet.toml").write_text("active_days = 5\n"),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_any_changed_input_or_page_builds_again(make_vault, change) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE, "People/Bob.md": "---\ntags: [person]\n---\n"})
    _age(root)
    _build(root)
    change(root)
    _age(root)
    expected = CliRunner().invoke(main, ["build", "--no-cache", "--check", "--today", TODAY, str(root)])
    code, out = _build(root)
    assert code == 0
    if expected.exit_code == 1:  # something was stale: the cached build must write it too
        assert "0 written" not in out
    fresh = root.parent / "fresh"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
    _build(fresh, "--no-cache")
    for page in (fresh / "_vaultnet").iterdir():
        assert (root / "_vaultnet" / page.name).read_bytes() == page.read_bytes(), page.name


def test_another_day_or_template_builds_again(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    _age(root)
    _build(root)
    code, out = _build(root, today="2027-01-01")
    assert "Overview.md" in out
    (root / ".vaultnet/templates").mkdir(parents=True)
    (root / ".vaultnet/templates/Overview.md.j2").write_text("mine: {{ summary.people }}\n")
    code, out = _build(root, today="2027-01-01")
    assert code == 0 and "wrote _vaultnet/Overview.md" in out
    assert (root / "_vaultnet/Overview.md").read_text().splitlines()[1] == "mine: 1"


def test_collector_paused_while_reading_and_restored(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    root = make_vault({"People/Jane.md": JANE})
    seen: list[bool] = []
    real = vault_module.read_digested
    monkeypatch.setattr(vault_module, "read_digested", lambda s, c: seen.append(gc.isenabled()) or real(s, c))
    assert gc.isenabled()
    vault_module.load_vault(root, Config(), use_cache=False)
    assert seen == [False] and gc.isenabled()


def test_cache_is_not_written_through_a_symlink_out_of_the_vault(make_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / ".vaultnet").symlink_to(elsewhere, target_is_directory=True)
    assert _jane(_report(root))["outbound"] == 1
    assert _build(root)[0] == 0
    assert list(elsewhere.iterdir()) == []


def test_read_only_cache_folder_is_no_error(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": JANE})
    (root / ".vaultnet").mkdir()
    (root / ".vaultnet/cache").write_text("a file where the folder should be")
    result = CliRunner().invoke(main, ["report", "--json", "--today", TODAY, str(root)])
    assert result.exit_code == 0 and result.stderr == ""
    assert _jane(json.loads(result.stdout))["outbound"] == 1


@pytest.mark.parametrize("module", ["read/note.py", "read/blocks_fast.py", "vault/resolve.py"])
def test_an_edit_to_any_module_of_the_package_retires_the_cache(module: str) -> None:
    """The code stamp covers the subpackages: an edited parser never serves results of the old one
    (to the next process: one that runs keeps the stamp of the code it imported)."""
    path = Path(cache_module.__file__).resolve().parent.parent / module
    before = path.stat()
    key = cache_module.version_key(Config())
    try:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        assert cache_module.version_key(Config()) == key  # this process runs the code it imported
        cache_module._code_stamp.cache_clear()  # as a new process finds it
        assert cache_module.version_key(Config()) != key
    finally:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        cache_module._code_stamp.cache_clear()
    assert cache_module.version_key(Config()) == key


def test_a_read_that_fails_leaves_no_cache_file_begun(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each note parsed goes to the new cache file at once: a read that fails midway removes it,
    and the cache as it was stays."""
    count = vault_module._CHUNK + 10  # the first chunk is in the file when the read fails
    root = make_vault({f"People/P{i}.md": JANE for i in range(count)})
    _age(root)
    read_notes(root, Config())
    before = (root / CACHE_FOLDER / NOTES_FILE).read_bytes()
    for path in root.rglob("*.md"):
        path.write_text(JANE_MUTUAL)
    _age(root)
    real = vault_module.read_digested
    parsed: list[str] = []

    def failing(found, config):  # type: ignore[no-untyped-def]
        parsed.append(found[0])
        if len(parsed) == count - 5:
            assert any(p.name.endswith(".tmp") for p in (root / CACHE_FOLDER).iterdir())
            raise KeyboardInterrupt
        return real(found, config)

    monkeypatch.setattr(vault_module, "read_digested", failing)
    with pytest.raises(KeyboardInterrupt):
        read_notes(root, Config())
    assert sorted(p.name for p in (root / CACHE_FOLDER).iterdir()) == [".gitignore", NOTES_FILE]
    assert (root / CACHE_FOLDER / NOTES_FILE).read_bytes() == before


def test_a_cache_rewritten_after_changes_keeps_every_note(make_vault, parses: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The notes taken from the cache and those parsed again are both in the file written."""
    root = make_vault({f"People/P{i}.md": JANE for i in range(5)})
    _age(root)
    first = read_notes(root, Config())
    (root / "People/P2.md").write_text(JANE_MUTUAL)
    _age(root)
    second = read_notes(root, Config())
    assert second != first
    parses.clear()
    by_file = operator.attrgetter("file")  # those parsed come after those from the cache
    assert sorted(read_notes(root, Config()), key=by_file) == sorted(second, key=by_file)
    assert parses == []
    assert set(ParseCache.load(root, Config()).old) == {f"People/P{i}.md" for i in range(5)}
