"""A sync tool's conflicted copy of a note (Dropbox, Syncthing, Nextcloud, Obsidian Sync) is not read as
a note: read, a copy of a person's note was that person a second time. Each is a problem with its file,
alike for build, report, check and the incremental vault that watch keeps."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultnet.build import build, load_report
from vaultnet.cli import main
from vaultnet.config import load_config
from vaultnet.incremental import LiveVault
from vaultnet.pages.render import report_json
from vaultnet.vault.load import CONFLICTED_COPY, MERGE_COPY
from vaultnet.vault.walk import conflicted_copy_of, icloud_copy_of, icloud_placeholder_of, merge_copy_of

TODAY = dt.date(2026, 12, 1)

MAYA = (
    "---\ntags: [person]\naliases: [Maya]\n---\n## Log\n- 2026-11-20 <- she called\n- 2026-11-02 -> coffee\n"
)
VAULT = {
    "People/Maya Lindqvist.md": MAYA,
    "People/Felix Brandt.md": "---\ntags: [person]\n---\n- 2026-11-25 -> gig\n",
    "Daily/2026-11-28.md": "- <-> lunch with [[Maya]]\n",
}
COPY = "People/Maya Lindqvist (conflicted copy 2026-11-20).md"
SAID = "a sync tool's conflicted copy of People/Maya Lindqvist.md: not read; merge it into the note and delete it"


@pytest.mark.parametrize(
    ("copy", "original"),
    [
        # Dropbox: "conflicted copy", whose (a user's or a computer's), the day; (1) for a second one.
        ("People/Maya Lindqvist (conflicted copy 2026-11-20).md", "People/Maya Lindqvist.md"),
        ("People/Maya Lindqvist (Maya's conflicted copy 2026-11-20).md", "People/Maya Lindqvist.md"),
        ("People/Maya (Sam P's MacBook Pro's conflicted copy 2026-11-20).md", "People/Maya.md"),
        ("People/Maya (Sam P's conflicted copy) (1).md", "People/Maya.md"),
        # Syncthing: `.sync-conflict-` with the day, the time and the device, before the extension.
        ("People/Maya Lindqvist.sync-conflict-20261120-101500-ABCDEFG.md", "People/Maya Lindqvist.md"),
        ("Maya.sync-conflict-20261120-101500-ABCDEFG.sync-conflict-20261121-080000-HIJKLMN.md", "Maya.md"),
        # Nextcloud and ownCloud: the day and the time, the user's name when set; older clients `_conflict-`.
        ("People/Maya Lindqvist (conflicted copy 2026-11-20 101500).md", "People/Maya Lindqvist.md"),
        ("People/Maya Lindqvist (conflicted copy maya 2026-11-20 101500).md", "People/Maya Lindqvist.md"),
        ("People/Maya Lindqvist_conflict-20261120-101500.md", "People/Maya Lindqvist.md"),
        # Obsidian Sync, its conflict setting "Create conflict file": the device and the minute.
        ("People/Maya Lindqvist (Conflicted copy MyMacBook2 202611201015).md", "People/Maya Lindqvist.md"),
        ("Daily/2026-11-10 (conflicted copy 2026-11-20).MD", "Daily/2026-11-10.MD"),
        # Dropbox's other renames of a file it cannot keep beside another: names that differ only in
        # case or in Unicode form (a Windows or macOS disk keeps one), one kept out by selective sync.
        ("People/ana costa (Case Conflict).md", "People/ana costa.md"),
        ("People/ana costa (Case Conflict 1).md", "People/ana costa.md"),
        ("People/Ana Costa (case conflict).md", "People/Ana Costa.md"),
        ("People/Ana Costa (Selective Sync Conflict).md", "People/Ana Costa.md"),
        ("People/Ana Costa (Selective Sync Conflict 2).md", "People/Ana Costa.md"),
        ("People/José Silva (Unicode Encoding Conflict).md", "People/José Silva.md"),
    ],
)
def test_each_sync_tools_conflicted_copy_is_known_with_its_note(copy: str, original: str) -> None:
    assert conflicted_copy_of(copy) == original


@pytest.mark.parametrize(
    "note",
    [
        "People/Maya Lindqvist.md",
        "Notes/Conflicted copy of my thoughts.md",
        "Notes/On conflicted copy (a draft).md",
        "People/Anna (Copy).md",
        "People/Anna (1).md",
        "Notes/Sync conflict notes.md",
        "Notes/sync-conflict-howto.md",
        "Daily/2026-11-20.md",
        "People/Jean-Pierre.md",
        "Notes/my_conflict-notes.md",
        "Notes/Ideas (Case Conflict) draft.md",
        "People/Case Conflict.md",
        "Notes/Case (Conflict).md",
        "Notes/Our (case) conflict.md",
        "Notes/Unicode Encoding Conflict.md",
        "People/Jo (Case).md",
    ],
)
def test_a_note_named_near_a_copy_is_a_note(note: str) -> None:
    """Only the shapes the tools write: Google Drive's `X (1).md` and OneDrive's `X-MACHINE.md` are
    no different from names people give their notes, and are left alone."""
    assert conflicted_copy_of(note) is None


def test_a_copy_is_a_problem_and_not_a_second_person(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, COPY: MAYA})
    report = load_report(root, TODAY)
    assert [p.file for p in report.vault.people] == ["People/Felix Brandt.md", "People/Maya Lindqvist.md"]
    maya = next(p for p in report.vault.people if p.file == "People/Maya Lindqvist.md")
    assert dt.date(2026, 11, 28) in [c.date for c in maya.contacts]  # [[Maya]] is hers alone
    assert [(p.file, p.line, p.message) for p in report.vault.problems] == [(COPY, 0, SAID)]


def test_build_check_and_report_say_it_with_its_file(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, COPY: MAYA})
    build(root, TODAY)
    problems = (root / "_vaultnet/Problems.md").read_text(encoding="utf-8")
    assert (
        "[[People/Maya Lindqvist (conflicted copy 2026-11-20)]]" in problems and "merge it into" in problems
    )
    assert "Maya Lindqvist (conflicted copy" not in (root / "_vaultnet/Connections.md").read_text("utf-8")
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert check.exit_code == 1 and f"{COPY}: {SAID}" in check.output, check.output
    report = CliRunner().invoke(main, ["report", str(root), "--today", TODAY.isoformat()])
    assert report.exit_code == 0 and "vaultnet: 2 people" in report.output, report.output
    assert f"Problems (1)\n  {COPY}: {SAID}" in report.output


def test_the_live_vault_agrees_as_a_copy_comes_and_goes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """What watch keeps: a copy made, edited and deleted is each time what a fresh read makes."""
    root = make_vault(VAULT)
    live = LiveVault(root, load_config(root))
    live.load()
    for change in ("made", "edited", "deleted"):
        if change == "deleted":
            (root / COPY).unlink()
        else:
            (root / COPY).write_text(MAYA + ("- 2026-11-29 -> gig\n" if change == "edited" else ""), "utf-8")
        live.update([COPY])
        assert report_json(live.report(TODAY)) == report_json(load_report(root, TODAY)), change
    assert live.report(TODAY).vault.problems == ()


# --- iCloud: `X 2.md` beside `X.md` ---------------------------------------------------------

ICLOUD = "People/Maya Lindqvist 2.md"
ICLOUD_SAID = (
    "iCloud's conflicted copy of People/Maya Lindqvist.md (its name with ` 2` added): not read; merge it "
    "into the note and delete it, or rename it if it is a note of its own"
)


@pytest.mark.parametrize(
    ("copy", "files", "original"),
    [
        ("People/Maya 2.md", {"People/Maya.md"}, "People/Maya.md"),
        ("Daily/2026-11-28 3.md", {"Daily/2026-11-28.md"}, "Daily/2026-11-28.md"),
        ("Maya 12.md", {"Maya.md"}, "Maya.md"),
        # No note of its name without the number beside it: a note named so (`Room 2`), or moved.
        ("People/Maya 2.md", {"Archive/Maya.md"}, None),
        ("Notes/Room 2.md", set(), None),
        # Obsidian numbers its own from 1 (`Untitled 1`, a copy made with "Make a copy"): iCloud from 2.
        ("Untitled 2.md", {"Untitled.md", "Untitled 1.md"}, None),
        ("People/Maya 1.md", {"People/Maya.md"}, None),
        ("People/Maya 0.md", {"People/Maya.md"}, None),
        ("People/Maya2.md", {"People/Maya.md"}, None),
        ("People/Maya 2 3.md", {"People/Maya 2.md"}, "People/Maya 2.md"),
        ("People/Maya 100.md", {"People/Maya.md"}, None),
    ],
)
def test_an_icloud_copy_is_known_by_its_note_beside_it(
    copy: str, files: set[str], original: str | None
) -> None:
    """iCloud (and macOS keeping both) adds ` 2`, ` 3`, ... to a note's name: a copy only when the
    note of its name without the number is in the same folder, and no ` 1` beside it."""
    assert icloud_copy_of(copy, files.__contains__) == original


def test_an_icloud_copy_is_a_problem_and_not_a_second_person_nor_the_day_twice(make_vault) -> None:  # type: ignore[no-untyped-def]
    daily = "- 2026-11-28 <-> lunch with [[Maya]]\n"
    root = make_vault({**VAULT, ICLOUD: MAYA, "Daily/2026-11-28 2.md": daily, "Notes/Room 2.md": "- x\n"})
    report = load_report(root, TODAY)
    assert [p.file for p in report.vault.people] == ["People/Felix Brandt.md", "People/Maya Lindqvist.md"]
    maya = next(p for p in report.vault.people if p.file == "People/Maya Lindqvist.md")
    assert dt.date(2026, 11, 28) in [c.date for c in maya.contacts]  # [[Maya]] is hers alone
    day_copy = (
        "iCloud's conflicted copy of Daily/2026-11-28.md (its name with ` 2` added): not read; merge it "
        "into the note and delete it, or rename it if it is a note of its own"
    )
    assert [(p.file, p.line, p.message) for p in report.vault.problems] == [
        ("Daily/2026-11-28 2.md", 0, day_copy),
        (ICLOUD, 0, ICLOUD_SAID),
    ]
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert check.exit_code == 1 and f"{ICLOUD}: {ICLOUD_SAID}" in check.output, check.output


def _step_live(root: Path, live: LiveVault, steps: list[tuple[str, str | None]]) -> None:
    """Write each step's note (or delete it, for None), as watch sees it: after the update, and
    after a rescan, the live vault reads what a fresh read makes."""
    for step, (file, text) in enumerate(steps):
        if text is None:
            (root / file).unlink()
        else:
            (root / file).write_text(text, "utf-8")
        live.update([file])
        assert report_json(live.report(TODAY)) == report_json(load_report(root, TODAY)), step
        live.rescan()
        assert report_json(live.report(TODAY)) == report_json(load_report(root, TODAY)), step


def test_the_live_vault_agrees_as_the_note_of_an_icloud_copy_comes_and_goes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Whether `X 2.md` is a copy turns on `X.md` (and `X 1.md`): each made or deleted, watch reads
    the copy again, and is what a fresh read makes."""
    root = make_vault({**VAULT, ICLOUD: MAYA})
    live = LiveVault(root, load_config(root))
    live.load()
    original, first = "People/Maya Lindqvist.md", "People/Maya Lindqvist 1.md"
    evicted = "People/.Maya Lindqvist.md.icloud"  # the note in iCloud: the copy is still a copy
    steps = [
        (original, None),
        (original, MAYA),
        (first, MAYA),
        (first, None),
        (original, None),
        (evicted, "x"),
    ]
    _step_live(root, live, steps)
    assert (ICLOUD, 0, ICLOUD_SAID) in [
        (p.file, p.line, p.message) for p in live.report(TODAY).vault.problems
    ]


def test_a_build_from_its_saved_state_agrees_as_the_note_of_an_icloud_copy_comes_and_goes(  # type: ignore[no-untyped-def]
    make_vault, tmp_path
) -> None:
    """A build after the last one reads only what changed, from the parse cache and the saved
    state: `X.md` made or deleted changes what `X 2.md`, unchanged, is."""
    root = make_vault({**VAULT, ICLOUD: MAYA})
    build(root, TODAY)
    for step, text in enumerate([None, MAYA, None]):
        _set_and_build_as_fresh(
            root, tmp_path / f"fresh{step}", "People/Maya Lindqvist.md", text, "Recency.md"
        )


# --- iCloud: a note evicted to free space, `.Maya.md.icloud` ------------------------------------

PLACEHOLDER = "People/.Jon Park.md.icloud"
NOT_DOWNLOADED = "not downloaded from iCloud (Jon Park.md): download it in Finder (Download Now); until then it is not read"


@pytest.mark.parametrize(
    ("file", "note"),
    [
        (PLACEHOLDER, "People/Jon Park.md"),
        (".2026-11-28.md.icloud", "2026-11-28.md"),
        ("People/.Jon Park.MD.icloud", "People/Jon Park.MD"),
        ("People/Jon Park.md.icloud", None),
        ("People/.Jon Park.md", None),
        ("People/.md.icloud", None),
        ("People/.photo.jpg.icloud", None),
    ],
)
def test_an_icloud_placeholder_is_known_with_its_note(file: str, note: str | None) -> None:
    assert icloud_placeholder_of(file) == note


def test_a_note_not_downloaded_from_icloud_is_a_problem_and_no_second_note_is_made(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Older macOS, to free space, leaves `.Jon Park.md.icloud` of a note: a hidden file that holds
    no text. Each is a problem, counted by the report and listed by check, and `new` makes no
    second note of its name beside it."""
    root = make_vault(
        {**VAULT, PLACEHOLDER: b"bplist00\x00", "Daily/2026-11-29.md": "- Coffee with [[Jon Park]]\n"}
    )
    report = load_report(root, TODAY)
    assert [(p.file, p.line, p.message) for p in report.vault.problems] == [(PLACEHOLDER, 0, NOT_DOWNLOADED)]
    assert report.summary.problems == 1
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert check.exit_code == 1 and f"{PLACEHOLDER}: {NOT_DOWNLOADED}" in check.output, check.output
    build(root, TODAY)
    problems = (root / "_vaultnet/Problems.md").read_text(encoding="utf-8")
    assert f"`{PLACEHOLDER}`" in problems  # no link: Obsidian would make an empty note of it
    made = CliRunner().invoke(main, ["new", "Jon Park", "--vault", str(root)])
    assert made.exit_code == 2 and "not downloaded from iCloud" in made.output, made.output
    assert not (root / "People/Jon Park.md").exists()


def test_the_live_vault_agrees_as_a_note_is_downloaded_from_icloud(make_vault) -> None:  # type: ignore[no-untyped-def]
    """What watch keeps: the placeholder comes, then the note takes its place."""
    root = make_vault(VAULT)
    live = LiveVault(root, load_config(root))
    live.load()
    (root / PLACEHOLDER).write_bytes(b"bplist00\x00")
    live.update([PLACEHOLDER])
    assert report_json(live.report(TODAY)) == report_json(load_report(root, TODAY))
    assert [p.file for p in live.report(TODAY).vault.problems] == [PLACEHOLDER]
    (root / PLACEHOLDER).unlink()
    (root / "People/Jon Park.md").write_text("---\ntags: [person]\n---\n", "utf-8")
    live.update([PLACEHOLDER, "People/Jon Park.md"])
    assert report_json(live.report(TODAY)) == report_json(load_report(root, TODAY))
    assert live.report(TODAY).vault.problems == ()


def test_a_second_person_of_one_name_numbered_is_read_not_taken_for_a_copy(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`John Smith 2.md` beside `John Smith.md`, a card of its own: a second John Smith, as people
    number two of one name; iCloud's copy is a version of its note, and opens as it does."""
    root = make_vault(
        {
            "People/John Smith.md": "---\ntags: [person]\nemail: john@acme.example\n---\n",
            "People/John Smith 2.md": "---\ntags: [person]\nemail: js@home.example\n---\n",
        }
    )
    report = load_report(root, TODAY)
    assert [p.file for p in report.vault.people] == ["People/John Smith 2.md", "People/John Smith.md"]
    assert report.vault.problems == ()


# --- Dropbox's other renames: `(Case Conflict)`, `(Unicode Encoding Conflict)`, `(Selective Sync Conflict)`


def test_dropboxs_other_renames_are_no_second_person_nor_a_second_card(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A file Dropbox renamed because another of its name differs only in case, in Unicode form or
    by selective sync is a version of that note, as a conflicted copy is: not a person of its own,
    and no contact of its own in an export."""
    jose = unicodedata.normalize("NFD", "José Silva")
    root = make_vault(
        {
            **VAULT,
            "People/Ana Costa.md": "---\ntags: [person]\n---\n- 2026-11-02 <-> coffee\n",
            "People/ana costa (Case Conflict).md": "---\ntags: [person]\n---\n- 2026-10-01 -> call\n",
            "People/ana costa (Case Conflict 1).md": "---\ntags: [person]\n---\n- 2026-10-02 -> call\n",
            "People/Ana Costa (Selective Sync Conflict).md": "---\ntags: [person]\n---\n",
            f"People/{jose}.md": "---\ntags: [person]\n---\n- 2026-11-18 <-> lunch\n",
            "People/José Silva (Unicode Encoding Conflict).md": "---\ntags: [person]\n---\n",
            "Notes/Ideas (Case Conflict) draft.md": "---\ntags: [person]\n---\n",
        }
    )
    report = load_report(root, TODAY)
    assert [p.note.name for p in report.vault.people] == [
        "Ideas (Case Conflict) draft",  # a name of the owner's: the rename ends a name
        "Ana Costa",
        "Felix Brandt",
        jose,
        "Maya Lindqvist",
    ]
    assert sorted(p.file for p in report.vault.problems) == [
        "People/Ana Costa (Selective Sync Conflict).md",
        "People/José Silva (Unicode Encoding Conflict).md",
        "People/ana costa (Case Conflict 1).md",
        "People/ana costa (Case Conflict).md",
    ]
    out = root.parent / "people.vcf"
    made = CliRunner().invoke(main, ["export", "vcard", str(root), "-o", str(out)])
    assert made.exit_code == 0, made.output
    cards = [line for line in out.read_text("utf-8").splitlines() if line.startswith("FN:")]
    assert len(cards) == 5 and not any(card.endswith("Conflict)") for card in cards), cards


# --- A conflicted copy whose note is missing -----------------------------------------------------

KIM = "---\ntags: [person]\n---\n## About\n- only copy left\n## Log\n- 2026-11-03 <-> coffee\n"
ORPHAN = "People/Kim Park (conflicted copy 2026-11-03).md"
ORPHAN_SAID = (
    "a sync tool's conflicted copy of People/Kim Park.md, which is missing: not read; "
    "rename it to Kim Park.md"
)
MET_KIM = {"Daily/2026-11-24.md": "- [[Kim Park]] came to the party\n"}


def test_a_copy_whose_note_is_missing_says_so_and_to_rename_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The copy is all that is left of the note (renamed or deleted on another machine): merging it
    into a note that is not there cannot be done; renamed, it is the note."""
    root = make_vault({**VAULT, ORPHAN: KIM})
    problems = [(p.file, p.line, p.message) for p in load_report(root, TODAY).vault.problems]
    assert problems == [(ORPHAN, 0, ORPHAN_SAID)]
    check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
    assert check.exit_code == 1 and f"{ORPHAN}: {ORPHAN_SAID}" in check.output, check.output


def test_a_copy_names_its_note_as_spelt_on_disk(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Dropbox's `(Case Conflict)` and `(Unicode Encoding Conflict)` are of a note spelt otherwise:
    the problem names the note there, not one that is missing."""
    jose = unicodedata.normalize("NFD", "José Silva")
    root = make_vault(
        {
            **VAULT,
            "People/Ana Costa.md": "---\ntags: [person]\n---\n",
            "People/ana costa (Case Conflict).md": "---\ntags: [person]\n---\n",
            f"People/{jose}.md": "---\ntags: [person]\n---\n",
            "People/José Silva (Unicode Encoding Conflict).md": "---\ntags: [person]\n---\n",
        }
    )
    said = {p.file: p.message for p in load_report(root, TODAY).vault.problems}
    assert said == {
        "People/ana costa (Case Conflict).md": CONFLICTED_COPY.format("People/Ana Costa.md"),
        "People/José Silva (Unicode Encoding Conflict).md": CONFLICTED_COPY.format(f"People/{jose}.md"),
    }


def test_the_live_vault_agrees_as_the_note_of_a_copy_comes_and_goes(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Whether the copy's note is missing turns on the note: made, renamed in case, or deleted, watch
    reads the copy again, and is what a fresh read makes."""
    root = make_vault({**VAULT, ORPHAN: KIM})
    live = LiveVault(root, load_config(root))
    live.load()
    steps = [
        ("People/Kim Park.md", KIM),
        ("People/Kim Park.md", None),
        ("People/kim park.md", KIM),
        ("People/kim park.md", None),
        ("People/.Kim Park.md.icloud", "x"),
    ]
    _step_live(root, live, steps)
    assert ORPHAN_SAID not in [p.message for p in live.report(TODAY).vault.problems]


def test_a_build_from_its_saved_state_agrees_as_the_note_of_a_copy_comes_and_goes(  # type: ignore[no-untyped-def]
    make_vault, tmp_path
) -> None:
    """The copy unchanged, its note made or deleted: what the parse cache and the saved state kept
    of the copy is not what it is now."""
    root = make_vault({**VAULT, ORPHAN: KIM})
    build(root, TODAY)
    for step, text in enumerate([KIM, None, KIM]):
        _set_and_build_as_fresh(root, tmp_path / f"fresh{step}", "People/Kim Park.md", text, "Overview.md")
        check = CliRunner().invoke(main, ["check", str(root), "--today", TODAY.isoformat()])
        assert (ORPHAN_SAID in check.output) == (text is None), (step, check.output)


def _set_and_build_as_fresh(root: Path, fresh: Path, note: str, text: str | None, page: str) -> None:
    """Write `note` (`text`, or delete it for None) and build `root` from its saved state: its
    Problems, Connections and `page` are a fresh build's of the same notes (`fresh`)."""
    if text is None:
        (root / note).unlink()
    else:
        (root / note).write_text(text, "utf-8")
    build(root, TODAY)
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
    build(fresh, TODAY, use_cache=False)
    for name in ("Problems.md", "Connections.md", page):
        assert (root / "_vaultnet" / name).read_text("utf-8") == (fresh / "_vaultnet" / name).read_text(
            "utf-8"
        ), (
            note,
            text is None,
            name,
        )


@pytest.mark.parametrize(("query", "command"), [("Kim Park", "show"), ("kim park", "log")])
def test_show_and_log_name_the_copy_that_is_the_notes_rest_not_new(
    make_vault, query: str, command: str
) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet new "Kim Park"` would make an empty second note while what is known of her stays in
    the copy: say why she is no one instead."""
    root = make_vault({**VAULT, ORPHAN: KIM, **MET_KIM})
    args = [command, query, *(["coffee"] if command == "log" else []), "--vault", str(root)]
    result = CliRunner().invoke(main, [*args, "--today", TODAY.isoformat()])
    assert result.exit_code == 2, result.output
    assert f"{ORPHAN} is not read as a person: {ORPHAN_SAID}" in result.output, result.output
    assert "vaultnet new" not in result.output


@pytest.mark.parametrize("command", ["show", "log"])
def test_show_and_log_say_a_note_in_icloud_alone_is_not_downloaded_not_new(make_vault, command: str) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet new` refuses a name whose note iCloud keeps as its placeholder: not suggested."""
    root = make_vault(
        {**VAULT, PLACEHOLDER: b"bplist00\x00", "Daily/2026-11-29.md": "- Coffee with [[Jon Park]]\n"}
    )
    args = [command, "Jon Park", *(["coffee"] if command == "log" else []), "--vault", str(root)]
    result = CliRunner().invoke(main, [*args, "--today", TODAY.isoformat()])
    assert result.exit_code == 2, result.output
    assert f"{PLACEHOLDER} is not read as a person: {NOT_DOWNLOADED}" in result.output, result.output
    assert "vaultnet new" not in result.output


def test_the_overview_and_report_say_whose_note_is_not_read_rather_than_new(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Met, no note yet: Kim's note is a copy whose note is missing, Jon's is in iCloud alone;
    each row says so, where another's suggests `vaultnet new`."""
    root = make_vault(
        {
            **VAULT,
            ORPHAN: KIM,
            **MET_KIM,
            PLACEHOLDER: b"bplist00\x00",
            "Daily/2026-11-29.md": "- Coffee with [[Jon Park]]\n- Coffee with [[Old Friend]]\n",
        }
    )
    build(root, TODAY)
    overview = (root / "_vaultnet/Overview.md").read_text("utf-8")
    kim = next(line for line in overview.splitlines() if line.startswith("- Kim Park:"))
    assert kim.endswith(f"; their note is `{ORPHAN}`: {ORPHAN_SAID}"), kim
    jon = next(line for line in overview.splitlines() if line.startswith("- Jon Park:"))
    assert jon.endswith(f"; their note is `{PLACEHOLDER}`: {NOT_DOWNLOADED}"), jon
    old = next(line for line in overview.splitlines() if line.startswith("- Old Friend:"))
    assert "not read" not in old
    report = CliRunner().invoke(main, ["report", str(root), "--today", TODAY.isoformat()])
    assert "Kim Park" in report.output and "which is missing" in report.output, report.output
    data = json.loads(report_json(load_report(root, TODAY)))
    unread = {u["name"]: u["note_not_read"] for u in data["without_note"]}
    assert unread == {
        "Jon Park": {"file": PLACEHOLDER, "problem": NOT_DOWNLOADED},
        "Kim Park": {"file": ORPHAN, "problem": ORPHAN_SAID},
        "Old Friend": None,
    }


def test_the_problems_page_tells_files_not_read_apart_from_notes_read_in_part(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A conflicted copy, a placeholder, a binary file were not read at all and have no line:
    they are listed under a heading of their own, not told to be opened at the line given."""
    root = make_vault(
        {
            **VAULT,
            COPY: MAYA,
            PLACEHOLDER: b"bplist00\x00",
            "People/Photo.md": b"\x89PNG\x00\x00\x01",
            "People/Broken.md": "---\ntags: [person\n---\n",
        }
    )
    build(root, TODAY)
    page = (root / "_vaultnet/Problems.md").read_text("utf-8")
    not_read, _, rest = page.partition("## Files not read (3)\n")[2].partition(
        "## Notes not read fully (1)\n"
    )
    assert "not read at all" in not_read.splitlines()[0], not_read
    assert [
        line.split(" | ")[0] for line in not_read.splitlines() if line.startswith("| `") or "| [[" in line
    ] == [
        f"| `{PLACEHOLDER}`",
        f"| [[{COPY.removesuffix('.md')}]]",
        "| [[People/Photo]]",
    ], not_read
    assert "Open it at the line given" in rest and "[[People/Broken]] | 2 |" in rest, rest


@pytest.mark.parametrize(
    ("copy", "original"),
    [
        ("People/Hana Sato_BACKUP_4242.md", "People/Hana Sato.md"),
        ("People/Hana Sato_BASE_4242.md", "People/Hana Sato.md"),
        ("People/Hana Sato_LOCAL_4242.md", "People/Hana Sato.md"),
        ("People/Hana Sato_REMOTE_4242.md", "People/Hana Sato.md"),
        ("people/hana_sato_REMOTE_17.MD", "people/hana_sato.MD"),
        ("Daily/2026-11-20_LOCAL_90211.md", "Daily/2026-11-20.md"),
        # Not git's: its words in lower case, no process number, no name before them.
        ("Notes/Camp_BASE_camp.md", None),
        ("Notes/Plans_local_12.md", None),
        ("Notes/Hana_BASE_.md", None),
        ("Notes/_BASE_4242.md", None),
        ("Notes/Hana Sato BASE 4242.md", None),
    ],
)
def test_each_copy_git_mergetool_leaves_is_known_with_its_note(copy: str, original: str | None) -> None:
    """`git mergetool` writes the merge's base, each side and a backup of a note in conflict beside
    it, `<note>_BASE_<pid>.md` and the like, and leaves them when the merge is not finished."""
    assert merge_copy_of(copy) == original


HANA = "---\ntags: [person]\naliases: [hana]\n---\n## Log\n- 2026-11-20 <-> lunch\n"
MERGED = ("BACKUP", "BASE", "LOCAL", "REMOTE")


def test_the_copies_git_mergetool_leaves_are_problems_not_people(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Read, each of the four copies of Hana's note was Hana again, and `[[hana]]` reached nobody.
    Each is a problem naming the note it is a copy of, which `show` lists as not read."""
    copies = {f"People/Hana Sato_{side}_4242.md": HANA for side in MERGED}
    root = make_vault(
        {**VAULT, "People/Hana Sato.md": HANA, **copies, "Daily/2026-11-29.md": "- tea with [[hana]]\n"}
    )
    report = load_report(root, TODAY)
    assert [p.file for p in report.vault.people] == [
        "People/Felix Brandt.md",
        "People/Hana Sato.md",
        "People/Maya Lindqvist.md",
    ]
    hana = next(p for p in report.vault.people if p.file == "People/Hana Sato.md")
    assert [c.date for c in hana.contacts] == [dt.date(2026, 11, 20), dt.date(2026, 11, 29)]
    assert [(p.file, p.line, p.message) for p in report.vault.problems] == [
        (file, 0, MERGE_COPY.format(side, "People/Hana Sato.md"))
        for file, side in zip(sorted(copies), sorted(MERGED), strict=True)
    ]
    shown = CliRunner().invoke(main, ["show", "Hana Sato", "-v", str(root), "--today", TODAY.isoformat()])
    assert (
        "Copies of the note not read (4)" in shown.output
        and "  People/Hana Sato_BASE_4242.md\n" in shown.output
    )


def test_a_note_named_as_a_mergetool_copy_with_no_note_beside_it_is_read(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`People/Kim_BACKUP_1.md` with no `Kim.md` beside it: `git mergetool` leaves the note in
    conflict where it is, so this is a note of its own, read as any."""
    root = make_vault({**VAULT, "People/Kim_BACKUP_1.md": HANA})
    report = load_report(root, TODAY)
    assert "People/Kim_BACKUP_1.md" in [p.file for p in report.vault.people]
    assert not [p for p in report.vault.problems if p.file == "People/Kim_BACKUP_1.md"]
