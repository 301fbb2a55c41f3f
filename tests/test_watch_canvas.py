"""Watch mode's canvas: made from a view kept person by person (`Ranking`), and only when that
view changes, yet always the canvas a fresh build makes of the same notes."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from tests.conftest import made_pages
from vaultnet.build import load_report
from vaultnet.config import load_config
from vaultnet.incremental import LiveVault
from vaultnet.pages.canvas import view_of
from vaultnet.pages.layout import CANVAS
from vaultnet.pages.render import Renderer
from vaultnet.watch import PageCache

TODAY = dt.date(2026, 11, 21)
PEOPLE = [f"P{i:02}" for i in range(12)]
LIMIT = 4
"""Fewer than the people: who is real, and who is best linked, decides who is shown."""

QUIET = "---\ntags: [person]\n---\n## About\n- likes tea\n## Log\n- 2024-01-02 -> a card\n"
REAL = QUIET + f"- {TODAY} <-> long talk\n- 2026-11-01 <- she called\n"


def _vault(make_vault) -> Path:  # type: ignore[no-untyped-def]
    files = {f"People/{name}.md": QUIET for name in PEOPLE}
    # Two groups of linked people, apart.
    files["Daily/2026-01-01.md"] = "- met [[P00]] and [[P01]] and [[P02]]\n"
    files["Daily/2026-01-02.md"] = "- met [[P05]] and [[P06]]\n"
    files["vaultnet.toml"] = f"canvas_limit = {LIMIT}\n"
    return make_vault(files)  # type: ignore[no-any-return]


class Watched:
    """A LiveVault and the canvas watch mode would write for it, checked against a fresh build."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = load_config(root)
        self.live = LiveVault(root, self.config)
        self.live.load()
        self.cache = PageCache(Renderer(root, keep_lines=True))
        self.canvas = ""
        self.check()

    def change(self, file: str, text: str | None) -> bool:
        """Write (None: delete) a note, take it in, and say whether the canvas was made again."""
        path = self.root / file
        if text is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        self.live.update([file])
        return self.check()

    def check(self) -> bool:
        report = self.live.report(TODAY)
        full = load_report(self.root, TODAY, self.config)
        assert self.live.ranking is not None
        assert self.live.ranking.view(TODAY, LIMIT) == view_of(full, self.config)
        folder = self.root / "out"  # holds a canvas: one is made only when the view changed
        folder.mkdir(exist_ok=True)
        (folder / CANVAS).touch()
        made = self.cache.pages(report, self.config, folder, self.live)
        self.canvas = made.get(CANVAS, self.canvas)
        assert self.canvas == made_pages(Renderer(self.root), full, self.config, only={CANVAS})[CANVAS]
        return CANVAS in made


def _shown(canvas: str) -> set[str]:
    return {name for name in PEOPLE if f"People/{name}.md" in canvas}


def test_a_person_who_becomes_real_is_shown_and_the_canvas_is_a_fresh_builds(make_vault) -> None:  # type: ignore[no-untyped-def]
    watched = Watched(_vault(make_vault))
    before = _shown(watched.canvas)
    assert "P09" not in before  # quiet and linked to nobody: not among the best
    assert watched.change("People/P09.md", REAL)
    assert "P09" in _shown(watched.canvas) and len(_shown(watched.canvas)) == LIMIT
    assert watched.change("People/P09.md", QUIET)
    assert _shown(watched.canvas) == before


def test_a_link_that_joins_two_groups_makes_the_canvas_again(make_vault) -> None:  # type: ignore[no-untyped-def]
    watched = Watched(_vault(make_vault))
    before = watched.canvas
    assert watched.change("Daily/2026-01-03.md", "- met [[P02]] and [[P05]]\n")
    assert watched.canvas != before
    assert watched.change("Daily/2026-01-03.md", None)
    assert watched.canvas == before


def test_an_edit_the_canvas_does_not_show_leaves_it_alone(make_vault) -> None:  # type: ignore[no-untyped-def]
    watched = Watched(_vault(make_vault))
    # A new contact with someone shown already changes their stats, not the canvas.
    assert not watched.change("People/P00.md", QUIET + "- 2026-11-02 -> a note\n")
    # Someone real but linked to nobody, while the shown are all real and linked: not shown.
    for name in ("P00", "P01", "P02", "P05"):
        watched.change(f"People/{name}.md", REAL)
    assert not watched.change("People/P11.md", REAL)


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_keep_the_canvas_a_fresh_builds(make_vault, seed: int) -> None:  # type: ignore[no-untyped-def]
    watched = Watched(_vault(make_vault))
    rng = random.Random(seed)
    for _ in range(20):
        action = rng.choice(["real", "quiet", "link", "unlink", "rename", "delete"])
        name = rng.choice(PEOPLE)
        if action in ("real", "quiet"):
            watched.change(f"People/{name}.md", REAL if action == "real" else QUIET)
        elif action in ("link", "unlink"):
            day = f"Daily/2026-02-{rng.randint(1, 5):02}.md"
            named = " and ".join(f"[[{n}]]" for n in rng.sample(PEOPLE, rng.randint(2, 3)))
            watched.change(day, f"- met {named}\n" if action == "link" else None)
        elif action == "rename":
            # The name orders the canvas and ranks equals.
            watched.change(f"People/{name}.md", f"---\ntags: [person]\nname: Z{name}\n---\n")
        else:
            watched.change(f"People/{name}.md", None)
