"""The Overview's quadrant chart, drawn by mermaid.js in headless Chromium.

Needs Debian's `chromium`, the npm package `mermaid` and the Python package `playwright`;
`.ci/run` installs all three. Locally the test skips and says which is missing.
Regenerate the chart's picture in the docs (docs/quadrant-chart.png, shown on docs/pages.md) with:

    VAULTNET_SCREENSHOTS=docs pytest tests/test_chart_browser.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_chart import chart_block
from vaultnet.build import build
from vaultnet.pages.chart import TREND_COLOURS, chart_label

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "example_vault"
MERMAID = Path(
    os.environ.get(
        "VAULTNET_MERMAID", ROOT / ".ci-browser" / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
    )
)
CHROMIUM = os.environ.get("VAULTNET_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

SAID = """() => {
    const svg = document.querySelector("#out svg");
    const by = (attribute) => document.getElementById(svg.getAttribute(attribute) || "");
    return {title: (by("aria-labelledby") || {}).textContent, desc: (by("aria-describedby") || {}).textContent};
}"""
"""The chart's accessible title and description, as a screen reader finds them (`aria-labelledby`,
`aria-describedby`)."""

RENDER = (
    """async (source) => {
    const said = """
    + SAID
    + """;
    mermaid.initialize({startOnLoad: false, securityLevel: "strict", theme: "default"});
    try {
        await mermaid.parse(source);
        const {svg} = await mermaid.render("chart", source);
        document.getElementById("out").innerHTML = svg;
    } catch (error) {
        return {error: String((error && error.message) || error)};
    }
    const texts = Array.from(document.querySelectorAll("#out svg text")).map((t) => t.textContent);
    return {error: null, points: document.querySelectorAll("#out svg circle").length, texts: texts, ...said()};
}"""
)


def _missing() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install playwright)"
    if not Path(CHROMIUM).is_file():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set VAULTNET_CHROMIUM)"
    if not MERMAID.is_file():
        return f"no mermaid.js at {MERMAID} (npm install mermaid in .ci-browser/, or set VAULTNET_MERMAID)"
    return None


@pytest.fixture(scope="module")
def page() -> Iterator[Any]:
    """A blank page in headless Chromium with mermaid.js loaded (no network needed)."""
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install what the browser test needs: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 900, "height": 700})
            tab.set_content('<!doctype html><body style="margin:0;background:#fff"><div id="out"></div>')
            tab.add_script_tag(content=MERMAID.read_text(encoding="utf-8"))
            yield tab
        finally:
            browser.close()


def render(page: Any, source: str) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(RENDER, source)
    return result


def _point_labels(source: str) -> list[str]:
    return [line.split('"')[1] for line in source.split("\n") if line.startswith('    "')]


def test_example_overview_chart_draws_without_a_parse_error(page: Any, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(EXAMPLE, vault)
    build(vault)
    source = chart_block((vault / "_vaultnet" / "Overview.md").read_text(encoding="utf-8"))
    result = render(page, source)
    assert result["error"] is None, result["error"]
    labels = _point_labels(source)
    assert labels and result["points"] == len(labels)
    assert set(labels) <= set(result["texts"])
    assert "Who starts the conversations, and how lately" in result["texts"]
    assert result["title"] == "Who starts the conversations, and how lately"
    description = next(line for line in source.split("\n") if line.startswith("    accDescr: "))
    assert result["desc"] == description.removeprefix("    accDescr: ")
    assert result["desc"].count(" ago: ") + result["desc"].count(", today: ") == len(labels)

    shot = tmp_path / "quadrant-chart.png"
    page.locator("#out svg").screenshot(path=str(shot))
    assert shot.stat().st_size > 5000
    folder = os.environ.get("VAULTNET_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(folder) / "quadrant-chart.png")


HOSTILE = [
    'Jane "JD" Doe',
    "Bob `rm -rf`",
    '%%{init: {"theme": "dark"}}%%',
    "a: [0.1, 0.2",  # a point's opening, its bracket left open
    "#quot; Quote",
    "<b>bold</b> & <script>x</script>",
    "x-axis",
    "quadrant-1",
    "classDef red",
    "José Ñandú 李小龍 🙂",
    "Name\\with\\backslashes",
    "A very long name that goes on and on past any sensible label width",
]


def test_names_that_could_break_the_chart_do_not(page: Any, make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {
        f"People/P{i:02}.md": "---\nname: '"
        + name.replace("'", "''")
        + f"'\n---\n- 2026-11-{i + 1:02} -> hi\n"
        for i, name in enumerate(HOSTILE)
    }
    root = make_vault(files)
    build(root, dt.date(2026, 11, 21))
    source = chart_block((root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8"))
    result = render(page, source)
    assert result["error"] is None, result["error"]
    labels = _point_labels(source)
    assert len(labels) == len(HOSTILE) and result["points"] == len(HOSTILE)
    assert set(labels) <= set(result["texts"])
    for name in HOSTILE:  # each name, less what would break the chart, in its description
        assert chart_label(name).removesuffix("…") in result["desc"], (name, result["desc"])


def test_a_broken_chart_is_reported(page: Any) -> None:
    """The check can fail: an unescaped quote in a name is a parse error."""
    result = render(page, 'quadrantChart\n    "Jane "JD" Doe": [0.50, 0.50]')
    assert result["error"]


TREND = (
    """async (source) => {
    const said = """
    + SAID
    + """;
    mermaid.initialize({startOnLoad: false, securityLevel: "strict", theme: "default"});
    try {
        await mermaid.parse(source);
        const {svg} = await mermaid.render("trend", source);
        document.getElementById("out").innerHTML = svg;
    } catch (error) {
        return {error: String((error && error.message) || error)};
    }
    const texts = Array.from(document.querySelectorAll("#out svg text")).map((t) => t.textContent);
    const strokes = Array.from(document.querySelectorAll("#out svg path")).map((p) => p.getAttribute("stroke"));
    return {error: null, strokes: strokes, texts: texts, ...said()};
}"""
)


def test_example_overview_trend_chart_draws_without_a_parse_error(page: Any, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(EXAMPLE, vault)
    build(vault)
    overview = (vault / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    source = overview.split("## Movement", 1)[1].split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    assert "xychart-beta" in source
    result: dict[str, Any] = page.evaluate(TREND, source)
    assert result["error"] is None, result["error"]
    assert "Active, reciprocal and real, month by month" in result["texts"]
    assert result["title"] == "Active, reciprocal and real, month by month"
    assert "the table below the chart gives the same numbers" in result["desc"]
    assert {"2025-12", "2026-11"} <= set(result["texts"])
    drawn = [stroke.lower() for stroke in result["strokes"] if stroke]
    assert all(colour in drawn for colour in TREND_COLOURS)  # each line, in the colour the page names


def test_a_broken_trend_chart_is_reported(page: Any) -> None:
    """The check can fail: a line of text where numbers belong."""
    result: dict[str, Any] = page.evaluate(TREND, 'xychart-beta\n    x-axis ["a", "b"]\n    line [1, x]')
    assert result["error"]
