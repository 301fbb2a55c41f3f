"""A merge's conflict git left in a note (`<<<<<<<`, `=======`, `>>>>>>>`, diff3's `|||||||`) is a
problem at its first line, for check, report, the pages and a build from the saved state; its markers
are never read as text; and `log` and `import ics` write nothing into such a note."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.test_calendar import event, ics
from vaultnet.build import build
from vaultnet.cli import main
from vaultnet.commands.check import check_vault
from vaultnet.config import Config, load_config
from vaultnet.model import Note
from vaultnet.read.conflicts import CONFLICT, merge_conflicts
from vaultnet.read.note import parse_note

TODAY = dt.date(2026, 12, 1)
TOM = "People/Tom Reed.md"
PAST = 1_700_000_000 * 10**9
CONFLICTED = (
    "---\ntags: [person]\n---\n## Log\n"
    "<<<<<<< HEAD\n"
    "- 2026-11-10 -> called him about the pilot\n"
    "=======\n"
    "- 2026-11-10 <- he called me about pricing\n"
    ">>>>>>> ben/main\n"
)
RESOLVED = CONFLICTED.replace("<<<<<<< HEAD\n", "").replace("=======\n", "").replace(">>>>>>> ben/main\n", "")


def note(text: str, file: str = TOM) -> Note:
    return parse_note(file, text.encode("utf-8"), Config())


def conflict_lines(found: Note) -> list[int]:
    return [problem.line for problem in found.problems if problem.message == CONFLICT]


def test_a_conflict_is_a_problem_at_its_opening_and_its_markers_are_no_text() -> None:
    found = note(CONFLICTED)
    assert conflict_lines(found) == [5]
    assert [(m.line, m.direction, m.text) for m in found.entries] == [
        (6, "outbound", "called him about the pilot"),  # not `... pilot =======`
        (8, "inbound", "he called me about pricing"),
    ]
    resolved = note(RESOLVED)
    assert [(m.direction, m.text) for m in found.entries] == [(m.direction, m.text) for m in resolved.entries]
    assert not resolved.problems


def test_a_separator_is_no_heading_underline_for_the_line_above_it() -> None:
    """Read as Markdown, `Likes chess` over `=======` is a heading, which ends About: Likes tea
    would be no fact."""
    found = note(
        "---\ntags: [person]\n---\n## About\n<<<<<<< HEAD\nLikes chess\n=======\nLikes tea\n>>>>>>> ben/main\n"
    )
    assert found.facts == ("Likes chess", "Likes tea")
    assert conflict_lines(found) == [5]


def test_diff3s_base_is_neither_side_and_is_not_read() -> None:
    found = note(
        "---\ntags: [person]\n---\n## Log\n<<<<<<< HEAD\n- 2026-11-10 -> called him about the pilot\n"
        "||||||| merged common ancestors\n- 2026-11-09 -> an old line both changed\n=======\n"
        "- 2026-11-10 <- he called me about pricing\n>>>>>>> ben/main\n"
    )
    assert conflict_lines(found) == [5]
    assert [m.text for m in found.entries] == ["called him about the pilot", "he called me about pricing"]


def test_a_conflict_in_the_front_matter_is_named_and_both_sides_keys_are_read() -> None:
    found = note(
        "---\ntags: [person]\n<<<<<<< HEAD\ncadence: 30d\n=======\ncadence: 14d\nlocation: Oslo\n"
        ">>>>>>> ben/main\n---\n## Log\n- 2026-11-10 -> call\n"
    )
    assert [(p.line, p.message) for p in found.problems] == [(3, CONFLICT)]  # no YAML error
    assert (found.kind, found.cadence_days, found.location) == ("person", 14, "Oslo")  # the later side's
    broken = note(
        "---\ntags: [person]\n<<<<<<< HEAD\ncadence: 30d\n=======\ncadence: [14d\n>>>>>>> ben/main\n---\n"
    )
    assert conflict_lines(broken) == [3]  # named, beside the YAML error its side makes


@pytest.mark.parametrize(
    "text",
    [
        "## Log\n=======\n- 2026-11-10 -> call\n",  # a setext heading's underline alone
        "Title\n=======\n\n<<<<<<< HEAD\n- 2026-11-10 -> call\n",  # an opening never closed
        "```\n<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> ben/main\n```\n",  # shown in a code fence
        "~~~~text\n<<<<<<< HEAD\n~~~\n=======\n>>>>>>> ben/main\n~~~~\n",  # a shorter fence closes none
        "<<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> ben/main\n",  # eight: no marker of git's
        "  <<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> ben/main\n",  # not at the start of its line
        "<<<<<<< HEAD\n- a\n>>>>>>> ben/main\n=======\n",  # out of order
        "=======\n>>>>>>> ben/main\n",
    ],
)
def test_only_a_whole_conflict_outside_code_is_one(text: str) -> None:
    assert merge_conflicts(text) == []
    assert not note(f"---\ntags: [person]\n---\n{text}").problems


def test_each_conflict_is_found_and_a_stray_opening_spoils_none() -> None:
    text = (
        "<<<<<<< HEAD\nstray\n"  # 0: no separator before the next opening
        "<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> ben/main\n"  # 2
        "```\n<<<<<<< HEAD\n=======\n>>>>>>> x\n```\n"  # in a fence
        "<<<<<<<\n- c\n=======\n>>>>>>>\n"  # 12: markers with no names
    )
    assert [(c.opening, c.separator, c.closing) for c in merge_conflicts(text)] == [(2, 4, 6), (12, 14, 15)]


def test_a_side_that_opens_a_fence_keeps_the_next_conflict_in_code() -> None:
    """The sides are Markdown: a fence both open (with another language) is open after the
    conflict, and what it holds is code."""
    text = (
        "<<<<<<< HEAD\n```python\n=======\n```js\n>>>>>>> ben/main\ncode\n"
        "<<<<<<< HEAD\n=======\n>>>>>>> x\n```\n"
    )
    assert [c.opening for c in merge_conflicts(text)] == [0]


def test_many_stray_markers_are_read_in_linear_time() -> None:
    text = "<<<<<<< HEAD\n=======\n" * 50_000
    assert merge_conflicts(text) == []


def _vault(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_check_report_and_the_problems_page_name_it(tmp_path: Path) -> None:
    root = _vault(tmp_path / "vault", {TOM: CONFLICTED})
    code, out = run("check", "-v", str(root), "--today", str(TODAY))
    assert code == 1
    assert f"{TOM}:5: {CONFLICT}" in out
    code, out = run("report", "-v", str(root), "--today", str(TODAY))
    assert f"{TOM}:5: {CONFLICT}" in out
    build(root, TODAY)
    assert CONFLICT in (root / "_vaultnet" / "Problems.md").read_text(encoding="utf-8")


def test_log_writes_nothing_into_a_conflicted_note(tmp_path: Path) -> None:
    root = _vault(tmp_path / "vault", {TOM: CONFLICTED})
    before = (root / TOM).read_bytes()
    code, out = run("log", "Tom Reed", "coffee", "--mutual", "-v", str(root), "--today", str(TODAY))
    assert code == 2, out
    assert out.strip().splitlines() == [
        f"Error: {TOM}: unresolved merge conflict (git) at line 5; keep one side (or both) and delete the "
        "markers first: nothing written"
    ]
    assert (root / TOM).read_bytes() == before
    (root / TOM).write_text(RESOLVED, encoding="utf-8")
    code, out = run("log", "Tom Reed", "coffee", "--mutual", "-v", str(root), "--today", str(TODAY))
    assert code == 0, out


def test_log_refuses_a_conflict_in_a_utf16_note_too(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    (root / "People").mkdir(parents=True)
    (root / TOM).write_bytes(b"\xff\xfe" + CONFLICTED.encode("utf-16-le"))
    before = (root / TOM).read_bytes()
    code, out = run("log", "Tom Reed", "coffee", "-v", str(root), "--today", str(TODAY))
    assert code == 2 and "unresolved merge conflict" in out, out
    assert (root / TOM).read_bytes() == before


def test_import_ics_writes_nothing_into_a_conflicted_note_and_the_rest_as_ever(tmp_path: Path) -> None:
    ana = "---\ntags: [person]\nemails: [ana@ruiz.example]\n---\n## Log\n"
    bo = "---\ntags: [person]\nemails: [bo@example.org]\n---\n## Log\n"
    conflicted = (
        ana + "<<<<<<< HEAD\n- 2026-10-01 -> tea\n=======\n- 2026-10-02 -> a walk\n>>>>>>> ben/main\n"
    )
    root = _vault(tmp_path / "vault", {"People/Ana Ruiz.md": conflicted, "People/Bo Lindqvist.md": bo})
    calendar = ics(
        event("e1", "20261102", "Lunch", "ATTENDEE;CN=Ana Ruiz:mailto:ana@ruiz.example"),
        event("e2", "20261103", "Tea", "ATTENDEE;CN=Bo:mailto:bo@example.org"),
    )
    (tmp_path / "cal.ics").write_text(calendar, newline="")
    code, out = run(
        "import", "ics", str(tmp_path / "cal.ics"), "-v", str(root), "--today", "2026-11-21", "--write"
    )
    assert code == 1, out
    assert (
        "not written People/Ana Ruiz.md: 2026-11-02 Lunch: unresolved merge conflict (git) at line 6; keep one "
        "side (or both) and delete the markers first"
    ) in out
    assert (root / "People/Ana Ruiz.md").read_text(encoding="utf-8") == conflicted
    assert "- 2026-11-03 <-> Tea" in (root / "People/Bo Lindqvist.md").read_text(encoding="utf-8")


def test_a_build_from_the_saved_state_and_check_after_it_keep_the_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conflict pulled in after a build comes back from the saved state as a fresh read says it:
    on a warm build's Problems page, in `check` after it (read from the state, then from
    `problems.bin` alone once no note changed), and it goes once resolved."""
    from vaultnet.commands import check as check_module
    from vaultnet.saved import resume

    warm = _answers(monkeypatch, resume, "make", lambda made: not made.full)
    from_state = _answers(monkeypatch, resume, "saved_problems", lambda found: found is not None)
    quick = _answers(monkeypatch, check_module, "unchanged_problems", lambda found: found is not None)
    others = {
        f"People/P{i}.md": f"---\ntags: [person]\n---\n## Log\n- 2026-11-{10 + i} -> [[Tom Reed]]\n"
        for i in range(9)
    }
    root = _vault(tmp_path / "vault", {TOM: RESOLVED, **others})
    for file in [TOM, *others]:
        os.utime(root / file, ns=(PAST, PAST))
    config = load_config(root)
    build(root, TODAY)
    assert check_vault(root, config, TODAY) == []
    _edit(root / TOM, CONFLICTED)
    fresh = _vault(tmp_path / "fresh", {TOM: CONFLICTED, **others})
    found = check_vault(root, config, TODAY)
    assert from_state[-1] is True
    assert [(p.file, p.line, p.message) for p in found] == [(TOM, 5, CONFLICT)]
    assert found == check_vault(fresh, config, TODAY)
    build(root, TODAY)
    assert warm[-1] is True
    assert CONFLICT in (root / "_vaultnet" / "Problems.md").read_text(encoding="utf-8")
    assert check_vault(root, config, TODAY) == found
    assert quick[-1] is True
    _edit(root / TOM, RESOLVED)
    assert check_vault(root, config, TODAY) == []
    build(root, TODAY)
    assert warm[-1] is True
    assert CONFLICT not in (root / "_vaultnet" / "Problems.md").read_text(encoding="utf-8")


def test_watch_tells_of_a_conflict_pulled_in_and_of_none_once_resolved(tmp_path: Path) -> None:
    from vaultnet.build import load_report
    from vaultnet.incremental import LiveVault
    from vaultnet.pages.render import report_json

    root = _vault(tmp_path / "vault", {TOM: RESOLVED})
    live = LiveVault(root, load_config(root))
    live.load()
    for text, problems in ((CONFLICTED, [(TOM, 5, CONFLICT)]), (RESOLVED, [])):
        (root / TOM).write_text(text, encoding="utf-8")
        live.update([TOM])
        assert [(p.file, p.line, p.message) for p in live.report(TODAY).vault.problems] == problems
        assert report_json(live.report(TODAY)) == report_json(load_report(root, TODAY))


def _answers(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, said: Callable[[Any], bool]
) -> list[bool]:
    """What `said` tells of each answer of `module.name` for the vault named `vault`."""
    record: list[bool] = []
    original = getattr(module, name)

    def spy(root: Path, *args: Any, **kwargs: Any) -> Any:
        found = original(root, *args, **kwargs)
        if root.name == "vault":
            record.append(said(found))
        return found

    monkeypatch.setattr(module, name, spy)
    return record


def _edit(path: Path, text: str) -> None:
    """Write the note, its mtime a second after the one before, all well before any state is
    written (one within the state's clock tick would be read again whatever it holds)."""
    stamp = max(path.stat().st_mtime_ns, PAST) + 10**9
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp, stamp))
