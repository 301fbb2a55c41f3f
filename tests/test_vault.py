"""Walking a vault and resolving notes against each other: spec 1 (folders, links), 1.3, 1.6."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.conftest import link_pairs
from vaultnet.config import Config
from vaultnet.errors import VaultError
from vaultnet.model import Note
from vaultnet.vault.load import load_vault
from vaultnet.vault.names import Resolver
from vaultnet.vault.resolve import merge_direction, named_together
from vaultnet.vault.walk import skipped, walk

PERSON = "---\ntags: [person]\n---\n"


def files(root: Path, config: Config | None = None) -> list[str]:
    return [s.file for s in walk(root, config or Config())]


def test_walk_skips_dot_template_output_and_ignored_folders(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/A.md": "",
            "people.MD": "",
            ".obsidian/x.md": "",
            ".trash/People/B.md": "",
            "Templates/P.md": "",
            "sub/_templates/P.md": "",
            "_vaultnet/Overview.md": "",
            "Archive/old/C.md": "",
            "notes.txt": "",
            ".hidden.md": "",
            "logseq/bak/pages/A/2026-11-19T10_00_00.000Z.Desktop.md": "",
            "graph/logseq/version-files/base/pages/A.md": "",
            "graph/pages/A.md": "",
            "People/~$a Costa.md": "\x0bWin User",
            "~$temp.md": "",
            "~Old/~draft.md": "",
        }
    )
    assert files(root, Config(ignore=("Archive/**",))) == [
        "People/A.md",
        "graph/pages/A.md",
        "people.MD",
        "~Old/~draft.md",
    ]


SKIP_CASES = [
    "People/A.md", "people.MD", ".obsidian/x.md", ".trash/People/B.md", "Templates/P.md",
    "sub/_templates/P.md", "sub/TEMPLATES/deeper/P.md", "_vaultnet/Overview.md", "_Vaultnet/x/Q.md",
    "Out/Pages/P.md", "Out/Pages.md", "Archive/old/C.md", "Archive.md", "Keep/.hidden.md",
    "Keep/templates.md", "Keep/x.draft.md", "Keep/Drafts/D.md", "Keep/b/drafts/E.md",
    "logseq/bak/pages/P.md", "g/Logseq/version-files/P.md", "Keep/logseq/P.md", "Keep/bak/P.md",
    "Keep/~$a Costa.md", "~$P.md", "Keep/~P.md", "Keep/P~$.md",
]  # fmt: skip


@pytest.mark.parametrize(
    "config",
    [Config(), Config(ignore=("Archive/**", "*.draft.md", "**/drafts/")), Config(output="Out/Pages")],
)
def test_a_watcher_skips_exactly_the_paths_the_walk_skips(make_vault, config: Config) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(dict.fromkeys(SKIP_CASES, ""))
    walked = set(files(root, config))
    assert walked, "the walk read nothing: the comparison would prove nothing"
    for rel in SKIP_CASES:
        assert skipped(rel, config) == (rel not in walked), rel
        folders = rel.split("/")[:-1]
        for depth in range(1, len(folders) + 1):
            folder = "/".join(folders[:depth])
            if skipped(folder, config, folder=True):
                assert skipped(rel, config), (folder, rel)


def test_walk_follows_symlinks_inside_the_vault_only_and_survives_loops(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "Secret.md").write_text(PERSON)
    root = make_vault({"People/A.md": PERSON, "Shared/B.md": ""})
    os.symlink(outside / "Secret.md", root / "People" / "Secret.md")
    os.symlink(outside, root / "Elsewhere")
    os.symlink(root / "Shared", root / "People" / "Linked")
    os.symlink(root, root / "Shared" / "loop")
    assert files(root) == ["People/A.md", "Shared/B.md"]  # each note read once, at its own path


def test_a_note_linked_from_elsewhere_in_the_vault_is_read_once(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A symlink to a note the walk reads anyway adds nothing (read twice, it was two people);
    a link into a folder the walk skips is how that note is read, once however many lead there."""
    root = make_vault({"Archive/fay.md": PERSON, "Old/gil.md": PERSON, "People/A.md": PERSON})
    os.symlink(root / "Archive" / "fay.md", root / "People" / "Fay Link.md")
    os.symlink(root / "Old" / "gil.md", root / "People" / "Gil.md")
    os.symlink(root / "Old", root / "People" / "Old")
    config = Config(ignore=("Old/**",))
    assert files(root, config) == ["Archive/fay.md", "People/A.md", "People/Gil.md"]
    people = load_vault(root, config).people
    assert sorted(p.note.name for p in people) == ["A", "Gil", "fay"]


def test_missing_folder_and_a_file_are_vault_errors(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="no such folder"):
        load_vault(tmp_path / "nope", Config())
    (tmp_path / "f.md").write_text("")
    with pytest.raises(VaultError, match="not a folder"):
        load_vault(tmp_path / "f.md", Config())


def test_files_over_the_size_limit_are_skipped_with_a_problem(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Big.md": PERSON + "x" * 3000})
    vault = load_vault(root, Config(max_file_kb=2))
    assert vault.people == ()
    assert [(p.file, p.line) for p in vault.problems] == [("People/Big.md", 0)]
    assert "limit" in vault.problems[0].message


def contacts(vault, file: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    person = next(p for p in vault.people if p.file == file)
    return [(c.date.isoformat(), c.direction) for c in person.contacts]


@pytest.mark.parametrize(
    "link",
    [
        "[[Jane Doe]]",
        "[[jane doe]]",
        "[[Jane Doe|Jane]]",
        "[[People/Jane Doe#Log]]",
        "[[JD]]",
        "[[Jane Doe^abc]]",
    ],
)
def test_links_resolve_by_stem_path_or_alias_in_any_case(make_vault, link: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"People/Jane Doe.md": "---\naliases: [JD]\n---\n", "Daily/2026-11-02.md": f"- {link}\n"}
    )
    assert contacts(load_vault(root, Config()), "People/Jane Doe.md") == [("2026-11-02", "unknown")]


@pytest.mark.parametrize(
    "link", ["[[Family/Ann Lee]]", "[[family/ann lee|Aunt Ann]]", "[[People/Family/Ann Lee]]"]
)
def test_a_partial_path_tells_two_notes_of_one_name_apart(make_vault, link: str) -> None:  # type: ignore[no-untyped-def]
    """Two Ann Lees (`People/Work/`, `People/Family/`): `[[Ann Lee]]` means nobody, and the end of
    a path tells them apart, as Obsidian opens it (what the problem of the two says to do)."""
    root = make_vault(
        {
            "People/Work/Ann Lee.md": "---\ntags: [person]\n---\n",
            "People/Family/Ann Lee.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-02.md": f"- lunch with {link}\n- [[Ann Lee]] called\n",
        }
    )
    vault = load_vault(root, Config())
    assert contacts(vault, "People/Family/Ann Lee.md") == [("2026-11-02", "mutual")]
    assert contacts(vault, "People/Work/Ann Lee.md") == []


def test_a_stem_wins_over_another_notes_alias(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Bo.md": "",
            "People/Robert.md": "---\naliases: [Bo]\n---\n",
            "2026-11-02.md": "[[Bo]]\n",
        }
    )
    vault = load_vault(root, Config())
    assert contacts(vault, "People/Bo.md") == [("2026-11-02", "unknown")]
    assert contacts(vault, "People/Robert.md") == []


def test_same_day_contacts_merge_into_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": "- 2026-11-02 -> lunch at Rosa's\n- 2026-11-03 -> texted\n",
            "Daily/2026-11-02.md": "- <- [[Ann]] replied\n- lunch with [[Ann]]\n",
            "Daily/2026-11-03.md": "- lunch with [[Ann]]\n",
        }
    )
    vault = load_vault(root, Config())
    assert contacts(vault, "People/Ann.md") == [("2026-11-02", "mutual"), ("2026-11-03", "outbound")]
    first = vault.people[0].contacts[0]
    assert (first.file, first.text) == ("People/Ann.md", "lunch at Rosa's")


def test_one_interaction_per_dated_note_and_person(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": "",
            "Meetings/2026-11-02 Sync.md": "---\nattendees: ['[[Ann]]']\n---\n[[Ann]] [[Ann]]\n",
        }
    )
    assert contacts(load_vault(root, Config()), "People/Ann.md") == [("2026-11-02", "mutual")]


def test_entries_in_a_persons_note_count_only_for_that_person(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": "- 2026-11-02 ↔ dinner with [[Bo]] and [[Cy]]\n",
            "People/Bo.md": "",
            "People/Cy.md": "",
        }
    )
    vault = load_vault(root, Config())
    assert contacts(vault, "People/Bo.md") == []
    assert list(link_pairs(vault.people)) == [  # each pair once, in order
        ("People/Ann.md", "People/Bo.md"),
        ("People/Ann.md", "People/Cy.md"),
        ("People/Bo.md", "People/Cy.md"),
    ]


def test_links_from_related_sections_keys_and_dated_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": "## Related\n- sister [[Bo]]\n",
            "People/Bo.md": "---\nRELATED[friend]: '[[Cy]]'\n---\n",
            "People/Cy.md": "",
            "People/Dee.md": "",
            "People/Eve.md": "",
            "2026-11-02.md": "- [[Dee]] and [[Eve]] came over\n- ![[Ann]]\n",
        }
    )
    vault = load_vault(root, Config())
    assert set(link_pairs(vault.people)) == {
        ("People/Ann.md", "People/Bo.md"),
        ("People/Bo.md", "People/Cy.md"),
        ("People/Dee.md", "People/Eve.md"),
    }
    assert next(p for p in vault.people if p.file == "People/Bo.md").linked == (
        "People/Ann.md",
        "People/Cy.md",
    )


WEEK_47 = (
    "# Week 47\n## Monday\n- Coffee with [[Dev]], he's adopting a second dog\n## Tuesday\n"
    "## Wednesday\n- [[Ema]] called, long chat about her new job\n## Thursday\n"
    "## Friday\n- Drinks with [[Jonas]] and [[Dev]]\n## Saturday\n- [[Leo]] visited with Marta\n"
)


def test_a_weekly_note_names_people_together_only_within_one_days_section(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A weekly note's day headings date the lines under them: those named under `## Friday` were
    together, not with those of Monday's or Saturday's section. A note names people together on
    the day it tells of them (a daily note's line of yesterday, `Coffee with [[Ivy]] yesterday`,
    is not today's), the one watch and a saved build take in (`named_together`) as a build does."""
    people = {f"People/{name}.md": PERSON for name in ("Dev", "Ema", "Jonas", "Leo", "Ivy", "Bo", "Cy")}
    week = {"Journal/2026-W47.md": WEEK_47}
    day = {
        "Journal/2026-11-20.md": "- Coffee with [[Ivy]] yesterday\n- Lunch with [[Bo]]\n- [[Cy]] joined us\n"
    }
    root = make_vault({**people, **week, **day})
    vault = load_vault(root, Config())
    assert set(link_pairs(vault.people)) == {
        ("People/Dev.md", "People/Jonas.md"), ("People/Bo.md", "People/Cy.md")
    }  # fmt: skip
    find = Resolver(n for n in vault.notes if n.kind == "person")
    for note in vault.notes:
        if note.kind == "dated":
            groups = sorted(sorted(group) for group in named_together(note, find) if len(group) > 1)
            assert groups == ([["People/Dev.md", "People/Jonas.md"]] if "W47" in note.file else [
                ["People/Bo.md", "People/Cy.md"]
            ])  # fmt: skip


def test_broadcasts_are_audience_not_contacts(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": "- 2026-11-01 -> my newsletter #broadcast\n",
            "2026-11-02.md": "- posted to [[Ann]] #broadcast\n",
        }
    )
    person = load_vault(root, Config()).people[0]
    assert person.contacts == ()
    assert person.broadcasts == (dt.date(2026, 11, 1), dt.date(2026, 11, 2))


def test_a_broadcast_links_nobody(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": "- 2026-11-01 -> newsletter to [[Bo]] too #broadcast\n",
            "People/Bo.md": "",
            "People/Cy.md": "",
            "2026-11-02.md": "- posted to [[Bo]] and [[Cy]] #broadcast\n",
        }
    )
    assert list(link_pairs(load_vault(root, Config()).people)) == []


def test_dated_items_of_an_undated_note_are_contacts_on_their_dates(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A trip or weekly note's `- 2026-11-24 -> coffee with [[Anna]]` counts as in a dated note;
    one line naming two links them; the note's undated lines give nothing."""
    root = make_vault(
        {
            "People/Anna.md": "",
            "People/Bo.md": "",
            "People/Cy.md": "",
            "Notes/Trip to Lisbon.md": (
                "Planning it with [[Cy]] and [[Bo]].\n\n- 2026-11-24 -> coffee with [[Anna]] and [[Bo]]\n"
            ),
            "Weekly/2026-W48.md": "- 2026-11-26 <- [[Anna]] called\n",
        }
    )
    vault = load_vault(root, Config())
    assert contacts(vault, "People/Anna.md") == [("2026-11-24", "outbound"), ("2026-11-26", "inbound")]
    assert contacts(vault, "People/Cy.md") == []
    assert list(link_pairs(vault.people)) == [("People/Anna.md", "People/Bo.md")]


def test_follow_ups_come_from_the_note_and_dated_notes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"People/Ann.md": "- [ ] ask about the move\n", "2026-11-02.md": "- [ ] send [[Ann]] the book\n"}
    )
    person = load_vault(root, Config()).people[0]
    assert [f.text for f in person.follow_ups] == ["ask about the move", "send [[Ann]] the book"]


@pytest.mark.parametrize(
    ("directions", "merged"),
    [
        (["outbound", "inbound"], "mutual"),
        (["outbound", "unknown"], "outbound"),
        (["inbound"], "inbound"),
        (["mutual", "outbound"], "mutual"),
        (["unknown", "unknown"], "unknown"),
    ],
)
def test_merge_direction(directions: list, merged: str) -> None:  # type: ignore[type-arg]
    assert merge_direction(directions) == merged


def test_problems_are_sorted_and_the_run_goes_on(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Z.md": "---\ntags: [person\n---\n",
            "People/A.md": "---\nx: [\n---\n",
            "People/Ok.md": "- 2026-11-02 -> fine\n",
        }
    )
    vault = load_vault(root, Config())
    assert [p.file for p in vault.problems] == ["People/A.md", "People/Z.md"]
    assert [p.file for p in vault.people] == ["People/A.md", "People/Ok.md", "People/Z.md"]


def test_a_name_many_claim_is_one_problem_that_lists_a_few_of_them() -> None:
    """A first name or initials given as an alias by many (`aliases: [Aaron]`): one problem, a
    line long, naming the first few files and how many more."""
    few = [
        Note(file=f"People/Sam {n}.md", kind="person", name=f"Sam {n}", aliases=("Sam",)) for n in range(6)
    ]
    many = [Note(file=f"People/Ab {n}.md", kind="person", name=f"Ab {n}", aliases=("AB",)) for n in range(9)]
    messages = [p.message for p in Resolver([*few, *many]).problems()]
    assert messages == [
        "'ab' names 9 people: People/Ab 0.md, People/Ab 1.md, People/Ab 2.md, People/Ab 3.md,"
        " People/Ab 4.md and 4 more: a link to it means nobody (link by path, or rename one)",
        "'sam' names 6 people: " + ", ".join(n.file for n in few) + ": a link to it means nobody"
        " (link by path, or rename one)",
    ]


_NFC, _NFD = "Zo\u00eb", "Zoe\u0308"


def test_a_path_spelt_as_on_disk_tells_apart_names_that_differ_only_in_case_or_form() -> None:
    """`People/Ada.md` and `People/ada.md` (a Linux disk holds both): `[[Ada]]` means nobody, but a
    path spelt as one of them is on disk, in case and Unicode form, means that one; and the problem
    says why a Windows or macOS checkout would hold only one of them."""
    notes = [
        Note(file=f"People/{stem}.md", kind="person", name=stem) for stem in ("Ada", "ada", _NFC, _NFD, "Bo")
    ] + [Note(file="Work/Bo.md", kind="person", name="Bo")]
    find = Resolver(notes)
    assert find("People/Ada") == find("People/Ada.md") == find("/People/Ada") == "People/Ada.md"
    assert find("People/ada") == "People/ada.md" and find(f"People/{_NFD}") == f"People/{_NFD}.md"
    assert find("people/ADA") is None and find("Ada") is None and find("ada") is None
    assert find(f"People/{_NFC.upper()}") is None and find(_NFC) is None
    messages = {p.file: p.message for p in find.problems()}
    assert messages == {
        "People/Ada.md": "'ada' names both People/Ada.md and People/ada.md, whose names differ only in"
        " case: a link to it means nobody (link by the path as spelt, or rename one: a Windows or macOS"
        " checkout keeps only one of them)",
        "People/Bo.md": "'bo' names both People/Bo.md and Work/Bo.md: a link to it means nobody (link by"
        " path, or rename one)",
        f"People/{_NFD}.md": f"'{_NFC.lower()}' names both People/{_NFD}.md and People/{_NFC}.md, whose names"
        " differ only in Unicode form (NFC, NFD): a link to it means nobody (link by the path as spelt, or"
        " rename one: a macOS checkout keeps only one of them)",
    }


def test_resolver_answers_again_when_people_come_and_go() -> None:
    # It remembers each answer: adding or removing a person must not leave a stale one.
    ana = Note(file="People/Ana.md", kind="person", name="Ana", aliases=("Annie",))
    other = Note(file="Archive/Ana.md", kind="person", name="Ana")
    find = Resolver([ana])
    assert find("Ana") == find("annie") == find("People/Ana.md") == "People/Ana.md"
    assert find("Bo") is None
    bo = Note(file="People/Bo.md", kind="person", name="Bo")
    find.add(bo)
    assert find("Bo") == "People/Bo.md"
    find.add(other)  # two equal claims on a stem: it means nobody, and it is a problem (spec 6.2)
    assert find("Ana") is None and find("People/Ana") == "People/Ana.md"
    assert [(p.file, p.line) for p in find.problems()] == [("Archive/Ana.md", 0)]
    find.remove(other)
    find.remove(bo)
    assert find("Ana") == "People/Ana.md" and find("Bo") is None
    find.remove(ana)
    assert find("Ana") is None and find("Annie") is None
    # Filled at once or one by one, in any order: the same answers.
    built = Resolver([other, bo, ana])
    added = Resolver()
    for note in (bo, ana, other):
        added.add(note)
    for target in ("Ana", "annie", "Bo", "People/Ana", "Archive/Ana.md", "x"):
        assert built(target) == added(target), target
