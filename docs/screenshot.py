"""docs/overview.png: the example vault's Overview page, drawn as a reader sees it in Obsidian.

    python docs/screenshot.py

Renders example_vault/_vaultnet/Overview.md (as committed) to HTML with markdown-it-py, turns
wikilinks into links and draws the Mermaid chart with mermaid.js, then photographs the page in
headless Chromium. Needs what tests/test_chart_browser.py needs: Debian's `chromium`, mermaid.js
in `.ci-browser/` (`.ci/run` installs both) and the Python package playwright.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "example_vault" / "_vaultnet" / "Overview.md"
SHOT = ROOT / "docs" / "overview.png"
MERMAID = ROOT / ".ci-browser" / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
CHROMIUM = os.environ.get("VAULTNET_CHROMIUM", "/usr/bin/chromium")

STYLE = """
body { margin: 0; background: #fff; color: #222; font: 15px/1.55 system-ui, sans-serif; }
main { width: 860px; padding: 28px 40px; }
h1 { font-size: 26px; margin: 0 0 12px; } h2 { font-size: 20px; margin: 26px 0 8px; }
a.internal { color: #705dcf; text-decoration: none; }
table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #ddd; padding: 4px 10px; }
ul { padding-left: 22px; margin: 6px 0; } li { margin: 2px 0; }
.mermaid { margin: 8px 0; }
"""


def _wikilinks(markdown: str) -> str:
    """[[target|label]] → a link showing its label, as Obsidian shows it."""

    def link(match: re.Match[str]) -> str:
        target, _, label = match[1].partition("|")
        return f'<a class="internal" href="#">{html.escape(label or target.rsplit("/", 1)[-1])}</a>'

    return re.sub(r"\[\[([^\]]+)\]\]", link, markdown)


def page_html(markdown: str) -> str:
    renderer = MarkdownIt("commonmark", {"html": True}).enable("table")
    default_fence = renderer.renderer.rules["fence"]

    def fence(tokens, idx, options, env):  # type: ignore[no-untyped-def]
        token = tokens[idx]
        if token.info.strip() == "mermaid":
            return f'<pre class="mermaid">{html.escape(token.content)}</pre>'
        return default_fence(tokens, idx, options, env)  # type: ignore[no-any-return]

    renderer.renderer.rules["fence"] = fence
    body = renderer.render(_wikilinks(markdown))
    return f"<!doctype html><html><head><style>{STYLE}</style></head><body><main>{body}</main></body></html>"


def main() -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            tab = browser.new_page(viewport={"width": 940, "height": 800}, device_scale_factor=1)
            tab.set_content(page_html(PAGE.read_text(encoding="utf-8")))
            tab.add_script_tag(content=MERMAID.read_text(encoding="utf-8"))
            tab.evaluate(
                "async () => { mermaid.initialize({startOnLoad: false, theme: 'default'});"
                " await mermaid.run({querySelector: '.mermaid'}); }"
            )
            tab.locator("main").screenshot(path=str(SHOT))
        finally:
            browser.close()
    print(json.dumps({"wrote": str(SHOT.relative_to(ROOT)), "bytes": SHOT.stat().st_size}))


if __name__ == "__main__":
    main()
