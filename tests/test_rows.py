"""vaultnet's own line macros, written again in Python (rows.py), give the very text the macros do."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest
from jinja2 import nodes

from tests.conftest import made_pages
from vaultnet.build import load_report
from vaultnet.config import load_config
from vaultnet.pages.layout import USER_TEMPLATES, template_folder
from vaultnet.pages.render import Renderer
from vaultnet.pages.rows_fast import rows

TODAY = dt.date(2026, 11, 21)
LONG = "ask how the move went, and whether the new flat near the river is " + "quieter " * 20

ODD_VAULT = {
    # Cadences (overdue, due soon), a rhythm (drifting), no cadence (fading), never contacted,
    # names and texts that display() must change, follow-ups long enough to truncate, and a
    # follow-up in another note.
    "People/Ana [A] Lee.md": "---\ncadence: 1w\n---\n- 2026-10-01 -> coffee | `code` <b>x</b>\n- [ ] " + LONG,
    "People/Bo.md": "---\nname: 'Bo  \\\\ the <i>brave</i>'\ncadence: 30d\n---\n- 2026-11-10 <- called\n",
    "People/Cy.md": "- 2026-01-01 <-> a\n- 2026-02-01 <-> b\n- 2026-03-01 <-> c\n- 2026-04-01 -> d\n#person\n",
    "People/Dee.md": "---\ntags: [person]\n---\n- 2025-01-05 -> long ago [[Cy|our Cy]] (topic:: boats)\n",
    "People/Eve.md": "---\ntags: [person]\n---\n## About\n- likes tea\n",
    "People/Émile 🌿.md": "---\ncadence: 2w\n---\n- 2026-11-20 <-> lunch\n- [ ] ask about [[Bo]]\n",
    "Daily/2026-11-15.md": "- [ ] follow up with [[Émile 🌿]] about " + LONG + "\n- <- [[Dee]] wrote\n",
    "People/Fay.md": "- 2026-01-01 <-> a\n- 2026-01-03 <-> b\n- 2026-01-05 <-> c\n#person\n",  # 2 days
    "People/Gil.md": "---\ncadence: 1d\n---\n- 2026-11-10 -> x\n",
    # Due on the day the note set (a past next_contact), with and without a cadence.
    "People/Hal.md": "---\nnext_contact: 2026-11-01\n---\n- 2026-10-01 -> y\n#person\n",
    "People/Ida.md": "---\ncadence: 60d\nnext_contact: 2026-11-02\n---\n- 2026-10-01 -> z\n",
}


def _generated(root: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    generate(root, people=400, seed=3)
    return root


def _example(root: Path) -> Path:
    shutil.copytree(Path(__file__).resolve().parents[1] / "example_vault", root)
    return root


@pytest.mark.parametrize("kind", ["odd", "generated", "example"])
def test_rows_in_python_give_the_pages_the_macros_give(kind: str, make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if kind == "odd":
        root = make_vault(ODD_VAULT)
    elif kind == "generated":
        root = _generated(tmp_path / "generated")
    else:
        root = _example(tmp_path / "example")
    config = load_config(root)
    report = load_report(root, TODAY, config, use_cache=False)
    fast = made_pages(Renderer(root), report, config)

    # The same templates as the vault's own: every line now comes from the Jinja macros.
    shutil.copytree(template_folder(), root / USER_TEMPLATES)
    slow_renderer = Renderer(root)
    slow = made_pages(slow_renderer, report, config)
    assert slow == fast
    assert any("\n- " in text for text in slow.values())
    if kind == "odd":  # a day, not "1 days"
        assert "usually every 2 days, now 320 days" in fast["Recency.md"]
        assert "every 1 day (" in fast["Recency.md"]
        assert "[[People/Hal|Hal]]: overdue by 20 days since 2026-11-01 (" in fast["Recency.md"]
        assert "[[People/Ida|Ida]]: overdue by 19 days since 2026-11-02 (" in fast["Recency.md"]


def test_every_row_has_its_macro_and_the_lines_filter_uses_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    renderer = Renderer()
    env = renderer.env
    for template, macro in rows(env.filters):
        source = (template_folder() / template).read_text(encoding="utf-8")
        assert macro in {m.name for m in env.parse(source).find_all(nodes.Macro)}, (template, macro)

    root = make_vault(ODD_VAULT)
    config = load_config(root)
    report = load_report(root, TODAY, config, use_cache=False)
    # A row reads the filters as the macros do: one changed filter shows on both paths alike.
    env.filters["link"] = lambda s: f"<<{s.person.note.name}>>"
    text = made_pages(renderer, report, config)["Reciprocity.md"]
    assert "- <<Eve>>" in text


@pytest.mark.parametrize("size", [0, 1, 159, 160, 164, 165, 166, 170, 400])
@pytest.mark.parametrize("spaced", [True, False])
def test_truncated_is_jinjas_truncate(size: int, spaced: bool) -> None:
    """The rows cut a long follow-up as the macros' `truncate(160)` does, Jinja not imported
    by a build that writes lines without rendering a page."""
    from vaultnet.pages.rows_fast import PROMPT_LENGTH, truncated

    env = Renderer().env
    text = ("word " * 100 if spaced else "x" * 500)[:size]
    assert truncated(text, PROMPT_LENGTH) == env.filters["truncate"](env, text, PROMPT_LENGTH)
