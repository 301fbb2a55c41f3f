"""Rendering again and again in watch mode: only pages whose inputs changed, and the same text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import made_pages
from vaultnet.config import load_config
from vaultnet.errors import TemplateProblem
from vaultnet.incremental import LiveVault
from vaultnet.pages.render import Renderer
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
    cache = PageCache(Renderer(root, keep_lines=True))
    every = [
        "Connections.md",
        "Follow-ups.md",
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


def test_lines_are_kept_for_vaultnets_own_templates_only(make_vault) -> None:  # type: ignore[no-untyped-def]
    # A vault's macro can hold state: it counts its calls, so each render shows new numbers.
    counting = (
        "{% set seen = [] %}"
        "{% macro last(s) %}call {{ seen.append(1) or seen | length }}{% endmacro %}"
        "{% macro due(s, today) %}DUE{% endmacro %}"
        "{% macro prompts(s) %}{% endmacro %}"
    )
    root = make_vault({**VAULT, ".vaultnet/templates/_macros.j2": counting})
    config = load_config(root)
    live = LiveVault(root, config)
    live.load()
    report = live.report(TODAY)
    theirs = Renderer(root, keep_lines=True)
    first = made_pages(theirs, report, config)["Recency.md"]
    assert "(call " in first
    assert made_pages(theirs, report, config)["Recency.md"] != first  # rendered again, not remembered

    own = Renderer(keep_lines=True)
    calls: list[object] = []
    words = own.env.filters["last_words"]
    own.env.filters["last_words"] = lambda s: calls.append(s) or words(s)
    pages = made_pages(own, report, config)
    assert calls
    before = len(calls)
    assert made_pages(own, report, config) == pages
    assert len(calls) == before  # every line kept
    (root / "People/Bob.md").write_text("---\ntags: [person]\ncadence: 2w\n---\n- 2026-11-20 <- he called\n")
    live.update(["People/Bob.md"])
    assert made_pages(own, live.report(TODAY), config) == made_pages(Renderer(), live.report(TODAY), config)
    assert {s.person.file for s in calls[before:]} == {"People/Bob.md"}  # only his lines again

    once = Renderer()  # a build renders once: nothing is kept
    counted: list[object] = []
    once.env.filters["last_words"] = lambda s: counted.append(s) or words(s)
    made_pages(once, report, config)
    first = len(counted)
    made_pages(once, report, config)
    assert first > 0 and len(counted) == 2 * first


def test_lines_takes_only_a_macro(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**VAULT, ".vaultnet/templates/Reciprocity.md.j2": "{{ two_way | lines(config) }}"})
    config = load_config(root)
    live = LiveVault(root, config)
    live.load()
    with pytest.raises(TemplateProblem, match="must be a macro"):
        made_pages(Renderer(root), live.report(TODAY), config)
