"""Issue 16: the commands that write never lose a save, never leave the vault, never trust the cache.

Each test is named after the item of the issue it holds down (`test_16_1_...`)."""

from __future__ import annotations

import datetime as dt
import errno
import marshal
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.test_writes import dead_pid
from vaultnet import write as write_module
from vaultnet.build import build
from vaultnet.cli import main
from vaultnet.config import Config, load_config
from vaultnet.vault.cache import CACHE_FOLDER, NOTES_FILE, ParseCache, cache_file, note_record
from vaultnet.vault.load import load_vault

DAY = "2026-11-21"
MAYA = "---\ntags: [person]\naliases: [Maya]\n---\n# Maya Lindqvist\n\n## Log\n- 2026-11-01 -> coffee\n"
MAYA_MIDDLE = MAYA + "\n## About\n- runs\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def log(root: Path, *args: str) -> Result:
    return run("log", "--vault", str(root), "--date", DAY, *args)


def assert_one_line(result: Result, code: int = 2) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert len(result.output.strip().splitlines()) == 1, result.output


# --- 1. a save landing while `log` writes is never lost ------------------------------------------


def test_16_1_a_save_into_the_note_at_the_moment_of_the_swap_is_kept(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA_MIDDLE})
    note = root / "People/Maya Lindqvist.md"
    real_replace = os.replace
    saved = []

    def editor_saves_then_replace(src: str, dst: str) -> None:
        if not saved and str(dst).endswith(
            ".md"
        ):  # an editor writes its save into the note just before the rename
            saved.append(True)
            with open(dst, "r+b") as handle:
                handle.seek(0, 2)
                handle.write(b"- typed in the editor\n")
        real_replace(src, dst)

    monkeypatch.setattr(write_module.os, "replace", editor_saves_then_replace)
    assert log(root, "Maya", "lunch").exit_code == 0
    text = note.read_text()
    assert "- typed in the editor\n" in text
    assert f"- {DAY} lunch" in text


def test_16_1_a_save_written_after_the_swap_by_an_editor_that_opened_the_note_before_is_kept(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA_MIDDLE})
    note = root / "People/Maya Lindqvist.md"
    real_replace = os.replace
    saved = []

    def editor_writes_late(src: str, dst: str) -> None:
        if saved or not str(dst).endswith(".md"):
            return real_replace(src, dst)
        saved.append(True)
        with open(dst, "ab") as editor:  # opened before the swap, written after it
            real_replace(src, dst)
            editor.write(b"- typed in the editor\n")
        with open(dst, "ab") as later:  # and the editor goes on typing in the new file
            later.write(b"- and more\n")

    monkeypatch.setattr(write_module.os, "replace", editor_writes_late)
    assert log(root, "Maya", "lunch").exit_code == 0
    text = note.read_text()
    assert "- typed in the editor\n- and more\n" in text and f"- {DAY} lunch" in text


def test_16_1_a_save_by_rename_just_before_an_append_is_kept(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    note = root / "People/Maya Lindqvist.md"
    real_open = os.open
    saved = []

    def editor_renames_then_open(path, flags, *args):  # type: ignore[no-untyped-def]
        if flags & os.O_APPEND and not saved:
            saved.append(True)
            (note.parent / "editor.tmp").write_text(MAYA + "- 2026-11-10 <- typed in the editor\n")
            os.replace(note.parent / "editor.tmp", note)
        return real_open(path, flags, *args)

    monkeypatch.setattr(write_module.os, "open", editor_renames_then_open)
    assert log(root, "Maya", "lunch").exit_code == 0
    text = note.read_text()
    assert "typed in the editor" in text and f"- {DAY} lunch" in text


def test_16_1_an_editor_that_saves_by_rename_with_the_entry_just_appended_gets_it_once(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """An editor reloads the note right after `log` appended to it, and saves by rename, a line of
    its own above: the entry is in that save, so it is not appended again; `log` says its line."""
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    note = root / "People/Maya Lindqvist.md"
    real_fsync = os.fsync
    saved = []

    def editor_reloads_and_saves(fd: int) -> None:
        real_fsync(fd)
        if not saved and os.fstat(fd).st_ino == note.stat().st_ino:
            saved.append(True)
            typed = note.read_text().replace("## Log\n", "## Log\n- 2026-10-01 <- typed in the editor\n")
            (note.parent / "editor.tmp").write_text(typed)
            os.replace(note.parent / "editor.tmp", note)

    monkeypatch.setattr(write_module.os, "fsync", editor_reloads_and_saves)
    result = log(root, "Maya", "lunch")
    assert result.exit_code == 0, result.output
    assert note.read_text() == MAYA.replace("## Log\n", "## Log\n- 2026-10-01 <- typed in the editor\n") + (
        f"- {DAY} lunch\n"
    )
    assert result.output == f"People/Maya Lindqvist.md:10: - {DAY} lunch\n"


def test_16_1_an_entry_whose_copy_an_editor_replaced_without_it_is_written_again(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """An editor saves by rename a moment after `log` renamed its copy over the note, from what it
    had before: the save stands, and the entry, no longer in the note, goes in again on top of it."""
    root = make_vault({"People/Maya Lindqvist.md": MAYA_MIDDLE})
    note = root / "People/Maya Lindqvist.md"
    real_sleep = write_module.time.sleep
    saved = []

    def editor_saves_late(seconds: float) -> None:
        if seconds and not saved:
            saved.append(True)
            (note.parent / "editor.tmp").write_text(MAYA_MIDDLE + "- typed in the editor\n")
            os.replace(note.parent / "editor.tmp", note)
        real_sleep(seconds)

    monkeypatch.setattr(write_module.time, "sleep", editor_saves_late)
    result = log(root, "Maya", "lunch")
    assert result.exit_code == 0, result.output
    assert note.read_text() == MAYA + f"- {DAY} lunch\n" + "\n## About\n- runs\n- typed in the editor\n"
    assert result.output == f"People/Maya Lindqvist.md:9: - {DAY} lunch\n"


def test_16_1_without_locks_an_entry_appended_to_both_copies_is_put_back_once(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Where the folder cannot be locked, a second `log` may append to the note as the first
    renames its copy over it: its entry lands in the old file, and its next try in the new one.
    The old file's save is put back with the entry once, not twice."""
    root = make_vault({"People/Maya Lindqvist.md": MAYA_MIDDLE})
    note = root / "People/Maya Lindqvist.md"
    monkeypatch.setattr(write_module, "_lock_folder", lambda folder, shown: None)
    real_replace = os.replace
    other = b"- 2026-11-22 from the other\n"

    def another_log_appends(src: str, dst: str) -> None:
        if not str(dst).endswith(".md") or other in note.read_bytes():
            return real_replace(src, dst)
        with open(dst, "ab") as old:  # opened before the rename, written after it
            real_replace(src, dst)
            old.write(other)
        with open(dst, "ab") as new:  # its next try, on the new file
            new.write(other)
        return None

    monkeypatch.setattr(write_module.os, "replace", another_log_appends)
    result = log(root, "Maya", "lunch")
    assert result.exit_code == 0, result.output
    assert note.read_bytes().count(other) == 1
    assert note.read_text() == MAYA + f"- {DAY} lunch\n" + "\n## About\n- runs\n" + other.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="no flock")
def test_16_1_log_waits_for_another_vaultnet_writing_into_the_folder_then_gives_up(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """vaultnet's writers into one folder take turns: one that waits too long writes nothing, and
    says why; once the other is done, it writes."""
    import fcntl

    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    note = root / "People/Maya Lindqvist.md"
    monkeypatch.setattr(write_module, "LOCK_WAIT", 0.2)
    folder = os.open(note.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        result = log(root, "Maya", "lunch")
    finally:
        os.close(folder)
    assert_one_line(result)
    said = "Error: People/Maya Lindqvist.md: another vaultnet kept writing into its folder: nothing written"
    assert result.output.strip() == said, result.output
    assert note.read_text() == MAYA
    assert log(root, "Maya", "lunch").exit_code == 0
    assert note.read_text() == MAYA + f"- {DAY} lunch\n"


def test_16_1_a_note_that_keeps_changing_is_refused_unchanged(tmp_path: Path) -> None:
    from vaultnet.write import insert_into_note

    note = tmp_path / "n.md"
    note.write_text("## Log\n- 2026-11-01 coffee\n## About\n")
    turns = []

    def plan(data: bytes) -> tuple[int, bytes]:
        turns.append(1)
        note.write_bytes(data + b"x")  # every read is followed by another save
        return 0, b"new\n"

    with pytest.raises(write_module.FileChanged):
        insert_into_note(note, plan)
    assert len(turns) == write_module.TRIES
    assert not note.read_bytes().startswith(b"new")


# --- 2. no write through a folder symlinked out of the vault -------------------------------------


@pytest.fixture
def linked_out(make_vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    root = make_vault({"Notes/a.md": "hi\n"})
    outside = tmp_path / "outside"
    (outside / "People").mkdir(parents=True)
    (outside / "dot").mkdir()
    (root / "People").symlink_to(outside / "People")
    (root / ".vaultnet").symlink_to(outside / "dot")
    return root, outside


def test_16_2_new_import_and_init_refuse_folders_symlinked_out(linked_out) -> None:  # type: ignore[no-untyped-def]
    root, outside = linked_out
    cards = Path(__file__).parent / "vcards" / "google.vcf"
    assert run("new", "Rosa Klein", "--vault", str(root)).exit_code != 0
    assert run("import", "vcard", str(cards), str(root)).exit_code != 0
    assert run("import", "vcard", str(cards), str(root), "--folder", "People").exit_code != 0
    assert run("init", str(root)).exit_code != 0
    assert sorted(p.name for p in outside.rglob("*")) == ["People", "dot"]
    assert not (root / "vaultnet.toml").exists()  # init checks everything before writing anything


# --- 3. a forged parse cache steers nothing ------------------------------------------------------


def forge_cache(root: Path, records: dict[str, tuple[int, int, bytes]]) -> None:
    cache = ParseCache(root, load_config(root))
    folder = root / CACHE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NOTES_FILE).write_bytes(cache_file(cache.key, records))


def test_16_3_a_forged_cache_cannot_make_log_write_outside_the_vault(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Zed.md": "#person\n", "People/Ann.md": "#person\n"})
    victim = tmp_path / "victim.md"
    victim.write_text("## Log\n- 2026-01-01 x\n")
    load_vault(root, load_config(root))  # a real cache first, then a forged one over it
    st = (root / "People/Zed.md").stat()
    stamp = max(st.st_mtime_ns, st.st_ctime_ns)
    forged = load_vault(root, Config(), use_cache=False).people[1].note  # Zed, parsed
    record = note_record(forged)
    evil = (str(victim), *record[1:])
    forge_cache(root, {"People/Zed.md": (st.st_size, stamp, marshal.dumps(evil))})
    result = log(root, "Zed", "hello")
    assert victim.read_text() == "## Log\n- 2026-01-01 x\n"
    assert result.exit_code == 0 and "People/Zed.md" in result.output
    assert f"{DAY} hello" in (root / "People/Zed.md").read_text()


def test_16_3_a_cache_naming_paths_outside_is_discarded(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Zed.md": "#person\n"})
    for bad in ("/etc/passwd", "../x.md", "People/../../x.md", "a//b.md", ""):
        forge_cache(root, {bad: (1, 1, b"")})
        assert ParseCache.load(root, load_config(root)).old == {}


def test_16_3_a_cache_from_another_vault_is_not_read(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Zed.md": "#person\n"})
    load_vault(root, load_config(root))
    copy = tmp_path / "copy"
    copy.mkdir()
    os.rename(root / ".vaultnet", copy / ".vaultnet")
    (copy / "People").mkdir()
    (copy / "People/Zed.md").write_bytes((root / "People/Zed.md").read_bytes())
    assert ParseCache.load(copy, load_config(copy)).old == {}


def test_16_3_cache_files_are_not_opened_through_symlinks(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Zed.md": "#person\n"})
    load_vault(root, load_config(root))
    real = tmp_path / "elsewhere.bin"
    os.rename(root / CACHE_FOLDER / NOTES_FILE, real)
    (root / CACHE_FOLDER / NOTES_FILE).symlink_to(real)
    assert ParseCache.load(root, load_config(root)).old == {}


# --- 4. dates and numbers out of range are refused or problems, never tracebacks ------------------


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01"])
def test_16_4_today_out_of_range_is_one_line(make_vault, today: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n- 2026-11-01 -> coffee\n"})
    for command in ("build", "report"):
        assert_one_line(run(command, str(root), "--today", today))


def test_16_4_a_cadence_of_9000_years_is_a_problem_that_check_reports(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"People/Jane.md": "---\ncadence: 9000y\ntags: [person]\n---\n- 2026-11-01 -> coffee\n"}
    )
    assert run("build", str(root), "--today", DAY).exit_code == 0
    assert run("report", str(root), "--today", DAY).exit_code == 0
    checked = run("check", str(root))
    assert checked.exit_code == 1 and "cadence" in checked.output


@pytest.mark.parametrize(
    "toml",
    [
        "reciprocity_days = 9223372036854775807",
        "active_days = 100000",
        'as_of = "9999-12-31"',
        "max_file_kb = 99999999999",
        '[cadence]\nfriend = "9000y"',
        "a = " + "[" * 5000 + "]" * 5000,
    ],
)
def test_16_4_config_numbers_out_of_range_are_one_line(make_vault, toml: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n", "vaultnet.toml": toml + "\n"})
    for command in ("build", "report", "check"):
        assert_one_line(run(command, str(root)))


# --- 5. cache files of the wrong kind or shape are ignored ---------------------------------------


def test_16_5_a_fifo_build_record_does_not_hang_the_build(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    (root / CACHE_FOLDER).mkdir(parents=True)
    os.mkfifo(root / CACHE_FOLDER / "build.json")
    os.mkfifo(root / CACHE_FOLDER / NOTES_FILE)
    code = f"from vaultnet.cli import main; main(['build', {str(root)!r}, '--today', '{DAY}'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, cwd=Path.cwd())
    assert done.returncode == 0, done.stderr


def test_16_5_a_people_file_that_is_a_fifo_or_a_folder_does_not_stop_a_build(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The saved people file, put back as a FIFO (it would block a read for ever) or a folder by
    its name (cleaning up would fail on it): a hint to pass over, the build goes on."""
    root = make_vault({"People/Jane.md": "#person\n- 2026-11-01 coffee\n", "People/Bo.md": "#person\n"})
    assert run("build", str(root), "--today", DAY).exit_code == 0
    (people,) = (root / CACHE_FOLDER).glob("people-*.bin")
    people.unlink()
    os.mkfifo(people)
    (root / CACHE_FOLDER / "people-0000.bin").mkdir()
    (root / "People/Jane.md").write_text("#person\n- 2026-11-02 lunch\n")
    code = f"from vaultnet.cli import main; main(['build', {str(root)!r}, '--today', '{DAY}'])"
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, cwd=Path.cwd())
        assert done.returncode == 0, done.stderr
    shown = run("report", str(root), "--json", "--today", DAY).output
    assert '"last_contact": "2026-11-02"' in shown


def test_16_5_notes_bin_to_dev_zero_is_not_read(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    (root / CACHE_FOLDER).mkdir(parents=True)
    (root / CACHE_FOLDER / NOTES_FILE).symlink_to("/dev/zero")
    assert ParseCache.load(root, load_config(root)).old == {}


def test_16_5_a_deep_or_misshapen_build_record_is_ignored(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    assert run("build", str(root), "--today", DAY).exit_code == 0
    record = root / CACHE_FOLDER / "build.json"
    for text in ("[" * 100_000 + "]" * 100_000, '{"key": 1, "pages": [], "stats": 3, "summary": null}'):
        record.write_text(text)
        assert run("build", str(root), "--today", DAY).exit_code == 0


def test_16_5_a_cache_whose_digest_checks_but_whose_entries_are_misshapen_is_rebuilt(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n- 2026-11-01 -> coffee\n"})
    for entry in ((1,), ("x", 2, b""), (1, 2, "text"), [1, 2, b""], (1, 2, b"\x00garbage")):
        forge_cache(root, {"People/Jane.md": entry})  # type: ignore[dict-item]
        result = run("report", str(root), "--today", DAY, "--json")
        assert result.exit_code == 0, result.output
        assert '"Jane"' in result.output


# --- 6, 16. names and entries: not UTF-8, control and direction characters ----------------------


@pytest.mark.parametrize("name", ["a\udcffb", "Ann\u202eevil", "Bell\x07", "x" * 250])
def test_16_6_a_name_that_cannot_be_a_file_name_is_one_line(make_vault, name: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    assert_one_line(run("new", name, "--vault", str(root)))
    assert sorted(p.name for p in (root / "People").iterdir()) == ["Jane.md"]


@pytest.mark.parametrize("text", ["hi \u202egnp.exe", "bell\x07", "nul\x00x"])
def test_16_16_control_and_direction_characters_are_refused_in_entries(make_vault, text: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    before = (root / "People/Maya Lindqvist.md").read_bytes()
    assert_one_line(log(root, "Maya", text))
    assert (root / "People/Maya Lindqvist.md").read_bytes() == before


# --- 7. the note's encoding is kept -------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_16_7_a_utf16_note_stays_utf16(make_vault, encoding: str) -> None:  # type: ignore[no-untyped-def]
    """UTF-16 or UTF-32 with its byte-order mark (Windows' "Unicode"): read, and logged to in it."""
    bom = "\ufeff".encode(encoding)
    root = make_vault({"People/Maya Lindqvist.md": bom + MAYA_MIDDLE.encode(encoding)})
    result = log(root, "Maya", "café")
    assert result.exit_code == 0, result.output
    data = (root / "People/Maya Lindqvist.md").read_bytes()
    text = data[len(bom) :].decode(encoding)
    assert f"- 2026-11-01 -> coffee\n- {DAY} café\n\n## About" in text
    report = run("report", str(root), "--today", DAY, "--json")
    assert '"last_contact": "2026-11-21"' in report.output.replace(" ", "") or DAY in report.output


@pytest.mark.parametrize(
    "tail", [b"- 2026-11-28 <- she texted\n", "\ud800\n".encode("utf-16-le", "surrogatepass")]
)
def test_16_7_a_utf16_note_not_valid_is_refused(make_vault, tail: bytes) -> None:  # type: ignore[no-untyped-def]
    """A line appended in UTF-8 (`echo >>` from Linux: an odd byte) or a lone surrogate: no entry is
    planned on a note read with U+FFFD for part of it, and the note stays as it is."""
    data = "\ufeff".encode("utf-16-le") + MAYA_MIDDLE.encode("utf-16-le") + tail
    root = make_vault({"People/Maya Lindqvist.md": data})
    result = log(root, "Maya", "tea")
    assert_one_line(result)
    assert "People/Maya Lindqvist.md: line 12 of the note is not valid UTF-16" in result.output
    assert (root / "People/Maya Lindqvist.md").read_bytes() == data


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_16_7_a_utf16_note_without_its_mark_is_refused(make_vault, encoding: str) -> None:  # type: ignore[no-untyped-def]
    """Without a byte-order mark a UTF-16 note is NUL bytes between letters, as valid as UTF-8
    as it is unreadable: an entry written in UTF-8 into it would spoil it."""
    data = MAYA_MIDDLE.encode(encoding)
    root = make_vault({"People/Maya Lindqvist.md": data})
    result = log(root, "Maya", "café")
    assert_one_line(result)
    assert "NUL bytes" in result.output
    assert (root / "People/Maya Lindqvist.md").read_bytes() == data


def test_16_7_a_note_mixing_utf8_and_stray_bytes_is_refused(make_vault) -> None:  # type: ignore[no-untyped-def]
    data = MAYA.replace("coffee", "café").encode() + b"- 2026-11-02 stray \xe9 byte\n"
    root = make_vault({"People/Maya Lindqvist.md": data})
    result = log(root, "Maya", "crème")
    assert_one_line(result)
    assert "not UTF-8" in result.output
    assert (root / "People/Maya Lindqvist.md").read_bytes() == data


def test_16_7_a_windows_1252_note_gets_a_windows_1252_entry(make_vault) -> None:  # type: ignore[no-untyped-def]
    data = MAYA.replace("coffee", "café").encode("cp1252")
    root = make_vault({"People/Maya Lindqvist.md": data})
    assert log(root, "Maya", "crème").exit_code == 0
    assert (root / "People/Maya Lindqvist.md").read_bytes().endswith(f"- {DAY} crème\n".encode("cp1252"))


# --- 8. permissions, hard links, owner ---------------------------------------------------------


def test_16_8_a_read_only_note_is_refused(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    note = root / "People/Maya Lindqvist.md"
    note.chmod(0o444)
    result = log(root, "Maya", "lunch")
    assert_one_line(result)  # refused as a note holding a merge's conflict is: exit 2
    said = "Error: People/Maya Lindqvist.md is read-only (make it writable first): nothing written"
    assert result.output.strip() == said, result.output
    assert note.read_text() == MAYA


@pytest.mark.parametrize("text", [MAYA, MAYA_MIDDLE], ids=["append", "middle"])
def test_16_8_hard_links_mode_and_owner_are_kept(make_vault, text: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": text})
    note = root / "People/Maya Lindqvist.md"
    note.chmod(0o640)
    other = root.parent / "link.md"
    os.link(note, other)
    if os.geteuid() == 0:
        os.chown(note, 4321, 4321)
    before = note.stat()
    assert log(root, "Maya", "lunch").exit_code == 0
    after = note.stat()
    assert after.st_ino == before.st_ino and after.st_nlink == 2
    assert (stat.S_IMODE(after.st_mode), after.st_uid, after.st_gid) == (0o640, before.st_uid, before.st_gid)
    assert other.read_text() == note.read_text() and f"{DAY} lunch" in other.read_text()


def test_16_8_extended_attributes_and_acls_are_kept(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A note's extended attributes (a POSIX ACL is one: who else may write it) stay when `log`
    writes its entry in the middle, which replaces the file."""
    root = make_vault({"People/Maya Lindqvist.md": MAYA_MIDDLE})
    note = root / "People/Maya Lindqvist.md"
    try:
        os.setxattr(note, "user.origin", b"synced")
    except (AttributeError, OSError):
        pytest.skip("no extended attributes here")
    assert log(root, "Maya", "lunch").exit_code == 0
    assert f"{DAY} lunch" in note.read_text()
    assert os.getxattr(note, "user.origin") == b"synced"


def test_16_8_the_owner_is_kept_when_the_note_is_replaced(make_vault) -> None:  # type: ignore[no-untyped-def]
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    root = make_vault({"People/Maya Lindqvist.md": MAYA_MIDDLE})
    note = root / "People/Maya Lindqvist.md"
    os.chown(note, 4321, 4322)
    note.chmod(0o604)
    assert log(root, "Maya", "lunch").exit_code == 0
    after = note.stat()
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (4321, 4322, 0o604)


def _disk_fills(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """`os.<name>` (write, pwrite) writes four bytes of what it is first given, then finds the disk
    full; after that it writes again, as bytes put back where they were need no more room."""
    real = getattr(write_module.os, name)
    calls = []

    def filling(fd: int, data: bytes, *at: int) -> int:
        calls.append(len(data))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(real(fd, data[:4] if len(calls) == 1 else data, *at))

    monkeypatch.setattr(write_module.os, name, filling)


@pytest.mark.parametrize(("text", "linked"), [(MAYA, False), (MAYA_MIDDLE, True)], ids=["append", "in-place"])
def test_16_8_a_disk_full_midway_leaves_the_note_as_it_was(
    make_vault, monkeypatch: pytest.MonkeyPatch, text: str, linked: bool
) -> None:  # type: ignore[no-untyped-def]
    """The disk fills (or a file-size limit is hit) while `log` writes: the note is put back as it
    was, its end and all, and the one line says so; nothing half-written is read as a contact."""
    root = make_vault({"People/Maya Lindqvist.md": text})
    note = root / "People/Maya Lindqvist.md"
    if linked:  # a note with a second hard link is written over its own inode
        os.link(note, root.parent / "link.md")
    _disk_fills(monkeypatch, "pwrite" if linked else "write")
    result = log(root, "Maya", "a long entry text")
    assert_one_line(result, code=1)
    assert "No space left on device" in result.output and "as it was" in result.output
    assert note.read_text() == text


def test_16_8_a_second_log_at_the_same_moment_keeps_both_and_says_so(
    make_vault, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """Another program appending to the note as `log` does: both entries are there, so `log` does
    not fail (a script would retry, and log its entry twice); it says to look at the end, and the
    line its entry is on."""
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    note = root / "People/Maya Lindqvist.md"
    real_write = write_module.os.write

    def another_log_too(fd: int, data: bytes) -> int:
        with open(note, "ab") as other:
            other.write(b"- 2026-11-21 from the other\n")
        return int(real_write(fd, data))

    monkeypatch.setattr(write_module.os, "write", another_log_too)
    result = log(root, "Maya", "lunch")
    assert result.exit_code == 0, result.output
    assert "another program wrote to it at the same moment" in caplog.text
    assert note.read_text() == MAYA + "- 2026-11-21 from the other\n- 2026-11-21 lunch\n"
    assert result.output.endswith(f"People/Maya Lindqvist.md:10: - {DAY} lunch\n")  # below the other's


# --- 9. leftover temporary files are cleaned by the next write -----------------------------------


def test_16_9_temps_left_by_a_killed_log_or_import_are_removed_by_the_next(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    dead = dead_pid()
    left = [f".Maya Lindqvist.md.{dead}.abcd1234.tmp", f".Someone New.md.{dead}.zz_99xyz.tmp"]
    kept = ["my.tmp", f".Maya Lindqvist.md.{os.getpid()}.live0000.tmp", ".notes.txt.1.abcdefgh.tmp"]
    for name in left + kept:
        (root / "People" / name).write_text("partial")
    assert log(root, "Maya", "lunch").exit_code == 0
    assert sorted(p.name for p in (root / "People").iterdir() if p.name.endswith(".tmp")) == sorted(kept)


# --- 10, 11. vCard import: a NOTE stays text, one bad card spoils only itself --------------------


def card(name: str, extra: str = "") -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\n{extra}END:VCARD\r\n"


def test_16_10_a_vcard_note_cannot_plant_entries_or_break_the_log(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    vcf = tmp_path / "c.vcf"
    planted = "NOTE:hi\\n## Log\\n- 2026-11-20 <-> fake entry [[Jane]]\r\n"
    vcf.write_text(card("Eve Planter", planted) + card("Fen Cer", "NOTE:```\\nunclosed\r\n"))
    assert run("import", "vcard", str(vcf), str(root)).exit_code == 0
    vault = load_vault(root, Config(), use_cache=False)
    eve = next(p for p in vault.people if p.note.name == "Eve Planter")
    assert eve.note.entries == () and "Jane" not in eve.note.links
    assert log(root, "Fen Cer", "met at last").exit_code == 0
    exported = run("export", "vcard", str(root), "-o", "-").output
    assert "NOTE:hi\\n## Log\\n- 2026-11-20 <-> fake entry [[Jane]]" in exported


def test_16_11_one_bad_card_spoils_only_itself(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    (root / "People/Dangling.md").symlink_to(tmp_path / "nowhere.md")
    vcf = tmp_path / "c.vcf"
    vcf.write_text(card("Ann First") + card("Dangling") + card("L" * 300) + card("Zoe Last"))
    result = run("import", "vcard", str(vcf), str(root))
    assert (root / "People/Ann First.md").exists() and (root / "People/Zoe Last.md").exists()
    assert not (tmp_path / "nowhere.md").exists()
    long_notes = [p for p in (root / "People").iterdir() if p.name.startswith("LLL")]
    assert len(long_notes) == 1 and len(long_notes[0].name.encode()) < 255
    assert "nothing written" not in result.output
    assert "Dangling" in result.output


# --- 13. long names ----------------------------------------------------------------------------


def test_16_13_a_note_with_a_240_byte_name_can_be_logged_to(make_vault) -> None:  # type: ignore[no-untyped-def]
    name = "Å" * 124  # 248 bytes in UTF-8
    root = make_vault({f"People/{name}.md": "#person\n## Log\n- 2026-11-01 coffee\n## About\n"})
    result = log(root, name, "lunch")
    assert result.exit_code == 0, result.output
    assert f"{DAY} lunch" in (root / f"People/{name}.md").read_text()


# --- 14. notes and pages never share a folder --------------------------------------------------


@pytest.mark.parametrize("output", ["People", "x/.git", "notes/contacts"])
def test_16_14_an_output_folder_among_notes_or_dot_folders_is_refused(make_vault, output: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n", "vaultnet.toml": f'output = "{output}"\n'})
    assert_one_line(run("build", str(root)))


def test_16_14_import_folder_cannot_be_the_output_folder(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    cards = Path(__file__).parent / "vcards" / "google.vcf"
    for folder in ("_vaultnet", "_vaultnet/sub", "templates", "a/.git"):
        assert_one_line(run("import", "vcard", str(cards), str(root), "--folder", folder))
    assert not (root / "_vaultnet").exists()


# --- 15. page modes, and an edit that restores the mtime ---------------------------------------


def test_16_15_pages_get_the_mode_the_umask_gives(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    old = os.umask(0o022)
    try:
        build(root, dt.date(2026, 11, 21))
    finally:
        os.umask(old)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in (root / "_vaultnet").iterdir()}
    assert modes == {0o644}


def test_16_15_an_edit_of_the_same_size_with_the_mtime_set_back_is_read(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n- 2026-11-01 -> coffee\n"})
    note = root / "People/Jane.md"
    old = note.stat()
    os.utime(note, ns=(old.st_atime_ns, old.st_mtime_ns - 10**10))  # long before the cache
    load_vault(root, load_config(root))
    before = note.stat()
    note.write_text("#person\n- 2026-11-02 -> coffee\n")
    os.utime(note, ns=(before.st_atime_ns, before.st_mtime_ns))
    vault = load_vault(root, load_config(root))
    assert vault.people[0].note.entries[0].date == dt.date(2026, 11, 2)


# --- 16. what `log` is told ----------------------------------------------------------------------


def test_16_16_a_text_starting_with_a_mark_gives_the_direction(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    result = log(root, "Maya", "--", "-> she said hi")
    assert result.exit_code == 0, result.output
    assert f"- {DAY} -> she said hi" in (root / "People/Maya Lindqvist.md").read_text()
    assert_one_line(log(root, "--in", "Maya", "--", "-> she said hi"))


def test_16_16_a_name_run_on_into_the_text_is_refused(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA})
    result = log(root, "Maya", "Lindqvist", "coffee")
    assert_one_line(result)
    assert '"Maya Lindqvist"' in result.output
    assert (root / "People/Maya Lindqvist.md").read_text() == MAYA


def test_16_16_log_dates_an_entry_as_of_a_pinned_day(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA, "vaultnet.toml": 'as_of = "2026-11-05"\n'})
    result = run("log", "Maya", "lunch", "--vault", str(root))
    assert result.exit_code == 0
    assert "- 2026-11-05 lunch" in (root / "People/Maya Lindqvist.md").read_text()
    assert "dated 2026-11-05, the as_of day of vaultnet.toml, not the clock's" in result.output  # said


def test_16_16_a_newest_first_log_gets_the_entry_on_top(make_vault) -> None:  # type: ignore[no-untyped-def]
    text = "#person\n## Log\n- 2026-11-02 -> b\n- 2026-10-01 -> a\n"
    root = make_vault({"People/Maya.md": text})
    assert log(root, "Maya", "c").exit_code == 0
    assert (
        root / "People/Maya.md"
    ).read_text() == f"#person\n## Log\n- {DAY} c\n- 2026-11-02 -> b\n- 2026-10-01 -> a\n"


def test_16_16_export_refuses_missing_folders_notes_folders_and_fifos(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    assert_one_line(run("export", "vcard", str(root), "-o", str(tmp_path / "no/such/x.vcf")))
    assert not (tmp_path / "no").exists()
    assert_one_line(run("export", "vcard", str(root), "-o", str(root / "People/all.vcf")))
    assert not (root / "People/all.vcf").exists()
    os.mkfifo(tmp_path / "fifo.vcf")
    code = f"from vaultnet.cli import main; main(['export', 'vcard', {str(root)!r}, '-o', {str(tmp_path / 'fifo.vcf')!r}])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, cwd=Path.cwd())
    assert done.returncode == 2 and b"not a regular file" in done.stderr


# --- 12. one person for one name, however it is typed -------------------------------------------


def test_16_12_cafe_typed_nfc_or_nfd_is_one_person_through_new_and_import(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Jane.md": "#person\n"})
    assert run("new", "Caf\u00e9", "--vault", str(root)).exit_code == 0
    assert_one_line(run("new", "Cafe\u0301", "--vault", str(root)))
    vcf = tmp_path / "c.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cafe\u0301\r\nEND:VCARD\r\n", encoding="utf-8")
    result = run("import", "vcard", str(vcf), str(root))
    assert "0 created" in result.output
    assert sorted(p.name for p in (root / "People").iterdir()) == ["Caf\u00e9.md", "Jane.md"]


def test_16_12_new_refuses_a_name_that_is_someone_elses_alias(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Maya Lindqvist.md": MAYA, "Notes/a.md": "- 2026-11-01 coffee with [[Maya]]\n"})
    result = run("new", "Maya", "--vault", str(root))
    assert_one_line(result)
    assert "Maya Lindqvist.md" in result.output
    assert not (root / "People/Maya.md").exists()


def test_16_12_check_names_the_note_links_really_reach(make_vault) -> None:  # type: ignore[no-untyped-def]
    # "maya" is Zed's stem and Anna's alias: a link [[Maya]] reaches the stem, People/Maya.md.
    root = make_vault(
        {"People/Maya.md": "#person\n", "People/Anna.md": "---\ntags: [person]\naliases: [Maya]\n---\n"}
    )
    result = run("check", str(root))
    assert "a link to 'maya' reaches People/Maya.md, not this note" in result.output
    assert "People/Anna.md: 'maya' also names People/Maya.md" in result.output
