"""Rendering again and again in watch mode: only pages whose inputs changed, and the same text."""

from __future__ import annotations

import datetime as dt

from vaultnet.config import load_config
from vaultnet.live import LiveVault
from vaultnet.render import Renderer
from vaultnet.watch import PageCache

TODAY = dt.date(2026, 11, 21)
VAULT = {
    "People/Jane Doe.md": "---\ntags: [person]\n---\n- 2026-11-02 -> coffee\n",
    "People/Bob.md": "---\ntags: [person]\ncadence: 2w\n---\n- 2026-10-01 <- he called\n",
}


def test_only_pages_whose_inputs_changed_are_rendered(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    config = load_config(root)
    live = LiveVault(root, config)
    live.load()
    cache = PageCache(Renderer(root))
    every = [
        "Introductions.md",
        "Network.canvas",
        "Overview.md",
        "Problems.md",
        "Recency.md",
        "Reciprocity.md",
    ]
    assert sorted(cache.pages(live.report(TODAY), config, root)) == every
    (root / "_vaultnet").mkdir()
    for page in every:
        (root / "_vaultnet" / page).write_text("x", encoding="utf-8")
    assert cache.pages(live.report(TODAY), config, root / "_vaultnet") == {}
    (root / "Notes.md").write_text("---\nbroken: [\n---\n", encoding="utf-8")
    live.update(["Notes.md"])
    # A new problem: the problems page and the overview (it counts them), nothing else.
    assert sorted(cache.pages(live.report(TODAY), config, root / "_vaultnet")) == [
        "Overview.md",
        "Problems.md",
    ]
    (root / "_vaultnet" / "Recency.md").unlink()
    (root / "_vaultnet" / "Network.canvas").unlink()
    assert sorted(cache.pages(live.report(TODAY), config, root / "_vaultnet")) == [
        "Network.canvas",
        "Recency.md",
    ]


def test_a_vaults_own_macros_are_not_remembered(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            **VAULT,
            ".vaultnet/templates/_macros.j2": "{% macro last(s) %}LAST{% endmacro %}"
            "{% macro due(s, today) %}DUE{% endmacro %}"
            "{% macro prompts(s) %}{% endmacro %}",
        }
    )
    config = load_config(root)
    live = LiveVault(root, config)
    live.load()
    renderer = Renderer(root)
    pages = renderer.pages(live.report(TODAY), config)
    assert "LAST" in pages["Recency.md"]
    assert renderer.env.memo == {}  # type: ignore[attr-defined]
    own = Renderer()
    own.pages(live.report(TODAY), config)
    assert own.env.memo != {}  # type: ignore[attr-defined]
