"""Spec 4: pages are written into the output folder only, atomically, only when changed, never over a user's file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.build import build, is_generated, write_pages
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.errors import RefusedWrite
from vaultnet.pages.layout import CANVAS, MARKER, PAGES
from vaultnet.vault.cache import page_digest

TODAY = dt.date(2026, 11, 21)
VAULT = {
    "People/Ann Lee.md": "---\ntags: [person]\nfacts: [climbs]\ncadence: 2w\n---\n- 2026-10-01 ↔ climbing #climb\n",
    "People/Bo.md": "---\ntags: [person]\n---\n- 2026-11-20 -> sent the article\n",
    "People/Cy.md": "---\ntags: [person]\n---\n",
    "People/Dee.md": "---\ntags: [person]\n---\n- 2026-03-01 <- she wrote\n",
    "People/Eli.md": "---\ntags: [person]\nlast_contact: 2026-04-02\n---\n- 2026-03-01 <- he wrote\n",
    "People/Broken.md": "---\ntags: [person\n---\n",
}


def pages(root: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((root / "_vaultnet").iterdir())}


def test_build_writes_every_page_with_the_marker(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    result = build(root, TODAY)
    assert sorted(result.written) == sorted(f"_vaultnet/{p}" for p in (*PAGES, CANVAS))
    written = pages(root)
    assert sorted(written) == sorted((*PAGES, CANVAS))
    assert all(written[page].startswith(MARKER + "\n") for page in PAGES)
    overview = written["Overview.md"]
    assert "As of **2026-11-21**: 6 people" in overview
    assert "[[People/Ann Lee|Ann Lee]]: overdue by 37 days" in overview
    recency = written["Recency.md"]
    assert "## Overdue (1)" in recency and "## Never contacted (2)" in recency
    assert "[[People/Dee|Dee]]: last 2026-03-01: “she wrote”" in recency
    assert (
        "[[People/Eli|Eli]]: last 2026-04-02 from last_contact; last entry 2026-03-01: “he wrote”" in recency
    )
    reciprocity = written["Reciprocity.md"]
    assert "## You carry it (1)\nOnly you have reached out lately" in reciprocity
    assert "- [[People/Bo|Bo]]" in reciprocity
    assert "| [[People/Broken]] | 2 |" in written["Problems.md"]


def test_recency_lines_nest_no_brackets(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Jo.md": "---\ntags: [person]\nstatus: paused\nlast_contact: 2026-11-18\n---\n"
            "- 2026-10-01 <- he asked about the job\n",
            "People/Al.md": "---\ntags: [person]\ncadence: 2w\nlast_contact: 2026-10-30\n---\n"
            "- 2026-10-01 <- she called\n",
        }
    )
    build(root, TODAY)
    recency = pages(root)["Recency.md"]
    assert (
        "- [[People/Jo|Jo]]: status: paused "
        "(last 2026-11-18 from last_contact; last entry 2026-10-01: “he asked about the job”)"
    ) in recency
    assert "(last 2026-10-30 from last_contact; last entry 2026-10-01: “she called”)" in recency
    for line in recency.splitlines():
        depth = 0
        for char in line:
            depth += {"(": 1, ")": -1}.get(char, 0)
            assert depth <= 1, line


def test_a_second_build_writes_nothing_and_the_same_bytes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    build(root, TODAY)
    before = pages(root)
    stamps = {p.name: p.stat().st_mtime_ns for p in (root / "_vaultnet").iterdir()}
    again = build(root, TODAY)
    assert again.written == ()
    assert pages(root) == before
    assert {p.name: p.stat().st_mtime_ns for p in (root / "_vaultnet").iterdir()} == stamps


def test_only_changed_pages_are_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    build(root, TODAY)
    (root / "Broken.md").write_text("---\nx: [\n---\n")
    assert build(root, TODAY).written == ("_vaultnet/Overview.md", "_vaultnet/Problems.md")


def test_check_reports_stale_pages_and_writes_nothing(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    assert len(build(root, TODAY, check=True).written) == len(PAGES) + 1
    assert not (root / "_vaultnet").exists()
    build(root, TODAY)
    assert build(root, TODAY, check=True).written == ()
    assert build(root, TODAY + dt.timedelta(days=1), check=True).written != ()


def test_same_vault_same_today_same_bytes_anywhere(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_vault(VAULT)
    build(first, TODAY)
    second = tmp_path / "elsewhere" / "copy"
    for name, text in reversed(list(VAULT.items())):  # another creation order
        (second / name).parent.mkdir(parents=True, exist_ok=True)
        (second / name).write_text(text)
    build(second, TODAY)
    assert pages(first) == pages(second)
    assert str(tmp_path) not in "".join(pages(first).values())


def test_a_users_file_in_a_pages_place_is_left_and_the_other_pages_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Never over a file vaultnet did not write; nor every page left stale for one such file."""
    root = make_vault({**VAULT, "_vaultnet/Recency.md": "my own notes\n"})
    result = build(root, TODAY)
    assert result.refused == ("_vaultnet/Recency.md exists and was not written by vaultnet: left as it is; "
                              "move it away, then build again",)  # fmt: skip
    assert "_vaultnet/Recency.md" not in result.written and "_vaultnet/Overview.md" in result.written
    assert (root / "_vaultnet/Recency.md").read_text() == "my own notes\n"
    assert build(root, TODAY).refused == result.refused  # said again: the build is not skipped as done
    (root / "_vaultnet/Recency.md").unlink()
    assert build(root, TODAY).written == ("_vaultnet/Recency.md",)


def test_refuses_an_output_folder_that_holds_the_users_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`output = "pages"` in a Logseq graph: the walk never reads the output folder, so its notes
    would silently drop out of every page. An older vaultnet page (its marker) is no note."""
    notes = {f"pages/{name.removeprefix('People/')}": text for name, text in VAULT.items()}
    root = make_vault({**notes, "vaultnet.toml": 'output = "pages"\n'})
    with pytest.raises(RefusedWrite, match=r"pages/Ann Lee\.md is a note, not a vaultnet page"):
        build(root, TODAY)
    assert sorted(p.name for p in (root / "pages").iterdir()) == sorted(
        n.removeprefix("pages/") for n in notes
    )
    # The report and check would tell of a vault without them: they say so too.
    report = CliRunner().invoke(main, ["report", str(root), "--today", TODAY.isoformat()])
    assert report.exit_code == 1 and "pages/Ann Lee.md is a note, not a vaultnet page" in report.output
    exported = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", "-"])
    assert exported.exit_code == 1 and "pages/Ann Lee.md is a note, not a vaultnet page" in exported.output
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert check.exit_code == 1
    assert "pages/Ann Lee.md:1: a note in the output folder (`output`): not read" in check.output
    (root / "vaultnet.toml").unlink()
    (root / "_vaultnet").mkdir()
    (root / "_vaultnet/Old page.md").write_text(f"{MARKER}\nfrom an older vaultnet\n")
    assert "_vaultnet/Overview.md" in build(root, TODAY).written


def test_a_note_made_in_vaultnets_own_output_folder_is_to_be_moved_out(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A note made in `_vaultnet/` (a phone's `Untitled.md`): the folder is vaultnet's own already,
    so the advice is to move the notes out, each named, not to set `output` to another folder, as
    for a folder of notes (`output = "pages"`, above)."""
    root = make_vault(VAULT)
    build(root, TODAY)
    (root / "_vaultnet/Untitled.md").write_text("call [[Ann Lee]]\n")
    with pytest.raises(RefusedWrite) as refused:
        build(root, TODAY)
    said = str(refused.value)
    assert said.startswith("_vaultnet/Untitled.md is a note, not a vaultnet page")
    assert "move it out of the output folder (vaultnet writes only its own pages there)" in said
    assert "set `output`" not in said
    for name in ("Draft", "Idea", "Zed"):
        (root / f"_vaultnet/{name}.md").write_text("x\n")
    with pytest.raises(RefusedWrite) as refused:
        build(root, TODAY)
    said = str(refused.value)
    assert "move it and _vaultnet/Idea.md, _vaultnet/Untitled.md and 1 more out of the output folder" in said
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert "_vaultnet/Zed.md:1: a note in the output folder: not read, by this or any command; move it" in (
        check.output
    )
    assert "set `output`" not in check.output


def test_a_note_in_a_folder_inside_the_output_folder_is_refused_as_one_at_its_top(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`_vaultnet/Archive/2026-11-20.md`: the walk never reads the output folder, at any depth,
    so a note there would drop out of every page unsaid; an older vaultnet page there is none."""
    root = make_vault(VAULT)
    (root / "_vaultnet/Archive/Old").mkdir(parents=True)
    (root / "_vaultnet/Archive/Old/page.md").write_text(f"{MARKER}\nfrom an older vaultnet\n")
    (root / "_vaultnet/Archive/Untitled.md").write_text("")  # Obsidian's new note, left empty
    assert "_vaultnet/Overview.md" in build(root, TODAY).written
    (root / "_vaultnet/Archive/2026-11-20.md").write_text("- coffee with [[Ann Lee]]\n")
    with pytest.raises(
        RefusedWrite, match=r"_vaultnet/Archive/2026-11-20\.md is a note, not a vaultnet page"
    ):
        build(root, TODAY)
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert (
        check.exit_code == 1
        and "_vaultnet/Archive/2026-11-20.md:1: a note in the output folder" in check.output
    )


def test_pages_left_where_the_output_folder_was_are_problems_not_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`output` changed: the old folder's pages are walked as notes now. They are no notes (their
    links would tie people together), and each is a problem, which says to delete it."""
    root = make_vault(VAULT)
    build(root, TODAY)
    (root / "vaultnet.toml").write_text('output = "Reports"\n')
    result = build(root, TODAY)
    old = [p for p in result.report.vault.problems if p.file.startswith("_vaultnet/")]
    assert [p.file for p in old] == [f"_vaultnet/{page}" for page in sorted(PAGES)]
    assert all("outside its output folder" in p.message and p.line == 1 for p in old)
    assert not any(n.links for n in result.report.vault.notes if n.file.startswith("_vaultnet/"))


def test_refuses_an_output_folder_that_leaves_the_vault(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, root / "_vaultnet")
    with pytest.raises(RefusedWrite, match="outside the vault"):
        build(root, TODAY)
    assert list(elsewhere.iterdir()) == []


def test_user_templates_win(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, ".vaultnet/templates/Overview.md.j2": "Hello, {{ summary.people }} people\n"})
    build(root, TODAY)
    assert pages(root)["Overview.md"] == f"{MARKER}\nHello, 6 people\n"
    assert pages(root)["Recency.md"].startswith(f"{MARKER}\n# Recency")


def test_a_user_template_saved_with_a_byte_order_mark_puts_none_in_the_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Notepad saves UTF-8 with a BOM: the template's text starts after it, and so does the page's
    (a BOM in the middle of a page is an invisible character before its heading)."""
    bom = b"\xef\xbb\xbf"
    root = make_vault(
        {
            **VAULT,
            ".vaultnet/templates/Overview.md.j2": bom + b"# Hello, {{ summary.people }} people\n",
            ".vaultnet/templates/person.md": bom + b"---\ntags: [person]\n---\n# {{ name }}\n",
        }
    )
    build(root, TODAY)
    assert pages(root)["Overview.md"] == f"{MARKER}\n# Hello, 6 people\n"
    made = CliRunner().invoke(main, ["new", "Zed", "--vault", str(root)])
    assert made.exit_code == 0, made.output
    assert (root / "People/Zed.md").read_bytes() == b"---\ntags: [person]\n---\n# Zed\n"


def test_a_page_is_replaced_whole_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    folder = tmp_path / "_vaultnet"
    first = {"a.md": f"{MARKER}\none\n", "b.canvas": iter([f"{MARKER}\n", "two\n"])}
    assert write_pages(tmp_path, Config(), first)[0] == ["_vaultnet/a.md", "_vaultnet/b.canvas"]
    second = {"a.md": f"{MARKER}\nthree\n", "b.canvas": iter([f"{MARKER}\n", "two\n"])}
    changed, unchanged, digests, _ = write_pages(tmp_path, Config(), second)
    assert (changed, unchanged) == (["_vaultnet/a.md"], ["_vaultnet/b.canvas"])
    assert (folder / "a.md").read_text() == f"{MARKER}\nthree\n"
    assert digests["b.canvas"] == page_digest(f"{MARKER}\ntwo\n".encode())
    assert sorted(p.name for p in folder.iterdir()) == ["a.md", "b.canvas"]


def test_is_generated(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "a.md", tmp_path / "b.md"
    ours.write_text(MARKER + "\nx")
    theirs.write_text("x\n" + MARKER)
    assert is_generated(ours) and not is_generated(theirs) and not is_generated(tmp_path / "none.md")


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_a_page_in_pieces_is_compared_and_written_whatever_the_slices(
    tmp_path: Path, monkeypatch, size
) -> None:  # type: ignore[no-untyped-def]
    import vaultnet.build as build_module

    monkeypatch.setattr(build_module, "_SLICE", size)
    path = tmp_path / "page.md"
    text = f"{MARKER}\nab→cd\nef\U0001f600"

    def staged(old: bytes | None, new: str) -> tuple[bool, bytes | None]:
        if old is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(old)
        stage = build_module._stage(path, new, make_folder=lambda: None)
        assert stage.digest == page_digest(new.encode())
        assert build_module._stage(path, new, make_folder=None).same == stage.same  # `--check`
        written = Path(stage.temp).read_bytes() if stage.temp else None
        if stage.temp:
            Path(stage.temp).unlink()
        return stage.same, written

    crlf = text.replace("\n", "\r\n").encode()
    assert staged(crlf, text) == (True, None)  # read as text: newlines as read_text gives them
    assert staged(text.encode(), text) == (True, None)
    for old in (text + "g", text[:-1], text.replace("cd", "cX"), ""):
        assert staged(old.encode(), text) == (False, text.encode())
    assert staged(crlf, text + "!") == (False, (text + "!").encode())  # newlines made LF
    assert staged(None, text) == (False, text.encode())
