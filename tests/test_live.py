"""LiveVault: after any sequence of changes, the same report as reading the vault from scratch."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path
from weakref import WeakKeyDictionary

import pytest

from tests.conftest import made_pages
from vaultnet.build import load_report
from vaultnet.config import load_config
from vaultnet.incremental import LiveVault
from vaultnet.metrics.cultivate import open_follow_ups
from vaultnet.pages.render import Renderer, report_json
from vaultnet.watch import PageCache

TODAY = dt.date(2026, 11, 21)

BASE = {
    "People/Jane Doe.md": "---\ntags: [person]\naliases: [Janie]\n---\n## About\n- runs\n## Log\n"
    "- 2026-11-02 -> coffee with [[Bob]]\n- [ ] ask [[Carol]] about the move\n",
    "People/Bob.md": "---\ntags: [person]\naliases: [Bobby, Rob]\n---\n- 2026-10-01 <- he called\n",
    "People/Carol.md": "---\ntags: [person, family]\n---\nSee [[Janie]].\n",
    "Daily/2026-11-10.md": "- <-> lunch with [[Rob]] and [[Jane Doe]]\n- [ ] send [[Carol]] the link\n",
    "Daily/2026-11-12.md": "- met [[Bob]] #broadcast\n- -> wrote to [[Carol|C]]\n",
    "Notes/Ideas.md": "Links to [[Bob]] do nothing here.\n",
    "vaultnet.toml": '[cadence]\nfamily = "2w"\n',
}


def assert_same_as_full(live: LiveVault, root: Path) -> None:
    """The live report, and the pages a long-lived renderer makes of it, are those of a fresh read."""
    got = live.report(TODAY)
    config = load_config(root)
    full = load_report(root, TODAY, config)
    assert report_json(got) == report_json(full)
    assert got.vault == full.vault
    fresh = made_pages(Renderer(root), full, config)
    cache, seen = RENDERING.setdefault(live, (PageCache(Renderer(root, keep_lines=True)), {}))
    seen.update(cache.pages(got, config, root / "no-such-folder", live))
    assert seen == fresh


RENDERING: WeakKeyDictionary[LiveVault, tuple[PageCache, dict[str, str]]] = WeakKeyDictionary()
"""Per LiveVault: a renderer that lives as long as it does, and the last text of each page."""


def write(root: Path, file: str, text: str) -> str:
    path = root / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return file


@pytest.fixture
def vault(make_vault):  # type: ignore[no-untyped-def]
    root = make_vault(BASE)
    live = LiveVault(root, load_config(root))
    live.load()
    assert_same_as_full(live, root)
    return root, live


def test_edit_touches_only_the_people_concerned(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    text = (root / "People/Jane Doe.md").read_text() + "- 2026-11-20 <- she called\n"
    update = live.update([write(root, "People/Jane Doe.md", text)])
    assert update.notes == ("People/Jane Doe.md",)
    assert update.people == ("People/Jane Doe.md",)
    assert_same_as_full(live, root)


def test_deleting_a_person_drops_them_and_their_links(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    (root / "People/Bob.md").unlink()
    live.update(["People/Bob.md"])
    assert "People/Bob.md" not in live.people
    assert_same_as_full(live, root)


def test_rename_keeps_links_by_alias_and_drops_links_by_old_name(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    (root / "People/Bob.md").rename(root / "People/Robert.md")
    live.update(["People/Bob.md", "People/Robert.md"])
    robert = live.people["People/Robert.md"]
    # [[Rob]] in the daily note still resolves; [[Bob]] now dangles.
    assert [c.date for c in robert.contacts] == [dt.date(2026, 10, 1), dt.date(2026, 11, 10)]
    assert robert.broadcasts == ()
    assert_same_as_full(live, root)


def test_alias_change_moves_links(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    write(root, "People/Bob.md", "---\ntags: [person]\naliases: [Bobby]\n---\n- 2026-10-01 <- he called\n")
    write(root, "People/Rob Roy.md", "---\ntags: [person]\naliases: [Rob]\n---\n")
    live.update(["People/Bob.md", "People/Rob Roy.md"])
    assert [c.date for c in live.people["People/Rob Roy.md"].contacts] == [dt.date(2026, 11, 10)]
    assert_same_as_full(live, root)


def test_a_person_added_whom_a_slug_named_before(vault) -> None:  # type: ignore[no-untyped-def]
    """`[[uma-west]]`, written before her note was: once Uma West comes, the line is hers."""
    root, live = vault
    live.update([write(root, "Daily/2026-11-17.md", "- coffee with [[uma-west]]\n")])
    live.update([write(root, "People/Uma West.md", "---\ntags: [person]\n---\n")])
    assert [c.date for c in live.people["People/Uma West.md"].contacts] == [dt.date(2026, 11, 17)]
    assert_same_as_full(live, root)


def test_a_person_added_whom_a_name_spelt_before(vault) -> None:  # type: ignore[no-untyped-def]
    """`[[Hannah Müller]]` and `[[Seo-yeon Park]]`, written before their slug-named notes were:
    once `hannah-muller.md` and `seo-yeon-park.md` come, the lines are theirs, and theirs no
    more once they go."""
    root, live = vault
    live.update(
        [write(root, "Daily/2026-11-17.md", "- coffee with [[Hannah Müller]]\n- met [[Seo-yeon Park]]\n")]
    )
    live.update([write(root, "People/hannah-muller.md", "---\ntags: [person]\n---\n")])
    live.update([write(root, "People/seo-yeon-park.md", "---\ntags: [person]\n---\n")])
    assert [c.date for c in live.people["People/hannah-muller.md"].contacts] == [dt.date(2026, 11, 17)]
    assert [c.date for c in live.people["People/seo-yeon-park.md"].contacts] == [dt.date(2026, 11, 17)]
    assert_same_as_full(live, root)
    (root / "People/seo-yeon-park.md").unlink()
    live.update(["People/seo-yeon-park.md"])
    assert [u.name for u in live.report(TODAY).vault.unnoted] == ["Seo-yeon Park"]
    assert_same_as_full(live, root)


def test_a_person_of_another_s_name_come_and_gone(vault) -> None:  # type: ignore[no-untyped-def]
    """One of Ed's name in a folder of their own: the two are told apart on the pages (`Ed
    (work)`), though no note about Ed changed (none links to him); and no longer once they go."""
    root, live = vault
    live.update([write(root, "People/Ed.md", "---\ntags: [person]\n---\n- 2026-11-03 <- tea\n")])
    assert_same_as_full(live, root)
    live.update([write(root, "People/work/Ed.md", "---\ntags: [person]\n---\n")])
    assert_same_as_full(live, root)
    assert [live.people[f].shown_name for f in ("People/Ed.md", "People/work/Ed.md")] == [
        "Ed (People/Ed.md)",
        "Ed (work)",
    ]
    (root / "People/work/Ed.md").unlink()
    live.update(["People/work/Ed.md"])
    assert_same_as_full(live, root)
    assert live.people["People/Ed.md"].shown_name == "Ed"


def test_a_person_who_stops_being_one(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    live.update([write(root, "People/Carol.md", "---\nkind: org\n---\n")])
    assert "People/Carol.md" not in live.people
    assert_same_as_full(live, root)


def test_broken_note_becomes_a_problem_and_its_fix_clears_it(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    live.update([write(root, "People/Dan.md", "---\ntags: [person\n---\n- 2026-11-01 -> hi\n")])
    assert [p.file for p in live.report(TODAY).vault.problems] == ["People/Dan.md"]
    assert_same_as_full(live, root)
    live.update([write(root, "People/Dan.md", "---\ntags: [person]\n---\n- 2026-11-01 -> hi\n")])
    assert live.report(TODAY).vault.problems == ()
    assert_same_as_full(live, root)


def test_rescan_finds_a_folder_moved_in_and_one_moved_out(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    shutil.move(root / "Daily", tmp_path / "Daily-away")
    write(tmp_path / "incoming", "Friends/Eve.md", "---\ntags: [person]\n---\n- 2026-11-01 <-> tea\n")
    shutil.move(tmp_path / "incoming" / "Friends", root / "Friends")
    live.rescan()
    assert "Friends/Eve.md" in live.people
    assert_same_as_full(live, root)


def test_files_vaultnet_does_not_read_are_not_read(vault) -> None:  # type: ignore[no-untyped-def]
    root, live = vault
    for file in ["_vaultnet/Extra.md", ".obsidian/x.md", "Templates/Person.md", "People/notes.txt"]:
        assert not live.readable(file)
    update = live.update([write(root, "Templates/Person.md", "---\ntags: [person]\n---\n")])
    assert update.notes == ()
    assert_same_as_full(live, root)


@pytest.mark.parametrize("seed", range(12))
def test_random_changes_match_a_full_read(vault, seed: int) -> None:  # type: ignore[no-untyped-def]
    """Random edits, renames, alias changes and deletes, checked against a full read each time."""
    root, live = vault
    rng = random.Random(seed)
    names = ["Jane Doe", "Bob", "Carol", "Dan", "Eve", "Rob", "Janie"]
    marks = ["->", "<-", "<->", ""]
    for _ in range(25):
        person = f"People/{rng.choice(names[:5])}.md"
        action = rng.choice(["edit", "edit", "daily", "rename", "delete", "alias"])
        changed = [person]
        if action == "edit":
            # Introductions and what people share too: the watch keeps those apart from the stats.
            entries = "".join(
                f"- 2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.choice(marks)} "
                f"with [[{rng.choice(names)}]]{rng.choice(['', '', ' #intro'])}\n"
                for _ in range(rng.randint(0, 3))
            )
            shared = rng.choice(
                [
                    "",
                    "org: Acme\n",
                    "interests: [tea]\n",
                    "location: Porto\n",
                    "org: Acme\ninterests: [tea]\n",
                ]
            )
            about = rng.choice(["", "## About\n- likes tea\n"])
            write(root, person, f"---\ntags: [person]\n{shared}---\n{about}## Log\n{entries}")
        elif action == "daily":
            day = f"Daily/2026-11-{rng.randint(1, 28):02d}.md"
            # Words as people write them (spec 6.5): a direction, a meeting, a mention that is no contact.
            words = rng.choice(["", "called", "coffee with", "#via", "met", "emailed", "introduced"])
            line = f"- {rng.choice(marks)} {words} [[{rng.choice(names)}]] to [[{rng.choice(names)}]]"
            line += rng.choice(["\n", "\n", " #intro\n"])
            write(root, day, line)
            changed = [day]
        elif action == "rename" and (root / person).exists():
            target = f"People/{rng.choice(names)}.md"
            (root / person).rename(root / target)
            changed.append(target)
        elif action == "delete":
            (root / person).unlink(missing_ok=True)
        elif action == "alias":
            # An alias or a name (6.2): two equal claims mean nobody, a stem beats them.
            key = rng.choice(["aliases: [{}]", "name: {}"]).format(rng.choice(names))
            write(root, person, f"---\ntags: [person]\n{key}\n---\n")
        live.update(changed)
        assert_same_as_full(live, root)


def test_someone_met_without_a_note_comes_and_goes(vault) -> None:  # type: ignore[no-untyped-def]
    """Whom a line's words say you met, with no note of theirs, is listed (`Vault.unnoted`) until a
    note answers to them: a person's (who then has the contact), or any other's."""
    root, live = vault
    live.update([write(root, "Daily/2026-11-15.md", "- met [[Frank Ode]] at the fair\n")])
    assert [(u.name, u.file, u.line) for u in live.report(TODAY).vault.unnoted] == [
        ("Frank Ode", "Daily/2026-11-15.md", 1)
    ]
    assert_same_as_full(live, root)
    live.update([write(root, "People/Frank Ode.md", "---\ntags: [person]\n---\n")])
    assert live.report(TODAY).vault.unnoted == ()
    assert [c.direction for c in live.people["People/Frank Ode.md"].contacts] == ["mutual"]
    assert_same_as_full(live, root)
    (root / "People/Frank Ode.md").unlink()
    live.update(["People/Frank Ode.md"])
    assert len(live.report(TODAY).vault.unnoted) == 1
    assert_same_as_full(live, root)
    live.update([write(root, "Notes/Frank Ode.md", "A band, it turns out.\n")])
    assert live.report(TODAY).vault.unnoted == ()
    assert_same_as_full(live, root)
    (root / "Notes/Frank Ode.md").unlink()
    live.update(["Notes/Frank Ode.md"])
    assert len(live.report(TODAY).vault.unnoted) == 1  # no note of his name is left
    assert_same_as_full(live, root)


def test_someone_a_marked_line_says_you_met_comes_and_goes(vault) -> None:  # type: ignore[no-untyped-def]
    """A line whose arrow or meeting heading gives its way still says by its words whom you met:
    listed without a note as an unmarked line would be, until a note answers to them."""
    root, live = vault
    live.update([write(root, "Daily/2026-11-15.md", "- -> called [[Frank Ode]]\n- -> [[Berlin]] trip\n")])
    live.update([write(root, "Daily/2026-11-16.md", "## Meetings\n- lunch with [[Gus Ode]]\n")])
    assert [(u.name, u.file, u.line) for u in live.report(TODAY).vault.unnoted] == [
        ("Frank Ode", "Daily/2026-11-15.md", 1),
        ("Gus Ode", "Daily/2026-11-16.md", 2),
    ]
    assert_same_as_full(live, root)
    live.update([write(root, "People/Frank Ode.md", "---\ntags: [person]\n---\n")])
    assert [u.name for u in live.report(TODAY).vault.unnoted] == ["Gus Ode"]
    assert_same_as_full(live, root)


def test_a_task_carried_forward_then_ticked_comes_and_goes(vault) -> None:  # type: ignore[no-untyped-def]
    """A ticked copy of a task carried forward closes it, and deleted leaves it open, as a full
    read of the vault has it."""
    root, live = vault
    task = "- [ ] call [[Carol]] about the car\n"
    live.update([write(root, "Daily/2026-11-15.md", task), write(root, "Daily/2026-11-16.md", task)])
    assert_same_as_full(live, root)
    live.update([write(root, "Daily/2026-11-17.md", "- [x] call [[Carol]] about the car\n")])
    assert [f.file for f in open_follow_ups(live.stats["People/Carol.md"])] == ["Daily/2026-11-10.md"]
    assert_same_as_full(live, root)
    (root / "Daily/2026-11-17.md").unlink()
    live.update(["Daily/2026-11-17.md"])
    assert_same_as_full(live, root)


def test_a_note_linked_in_or_linked_in_a_loop_is_read_as_a_walk_reads_it(vault) -> None:  # type: ignore[no-untyped-def]
    """A symlink made to a note the walk reads at its own path adds nobody (read through it too, a
    person would be two, and their names shared); links made in a loop are each a problem."""
    root, live = vault
    person = next(p for p in sorted((root / "People").iterdir()) if p.suffix == ".md")
    (root / "People/Linked.md").symlink_to(person.name)
    (root / "Notes").mkdir(exist_ok=True)
    (root / "Notes/a.md").symlink_to("b.md")
    (root / "Notes/b.md").symlink_to("a.md")
    live.update(["People/Linked.md", "Notes/a.md", "Notes/b.md"])
    assert_same_as_full(live, root)
