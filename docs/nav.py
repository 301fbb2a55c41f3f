"""mkdocs hook: the site's menu in reading order, open to pages added later.

The pages named in ORDER come first, in that order, under these titles; any other page in docs/
follows, in file-name order, under its own first heading. So a new page never needs this file to
be listed, and a page named here that is gone is simply left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

ORDER = {
    "index.md": "Home",
    "install.md": "Install",
    "format.md": "The format",
    "reading.md": "Reading real vaults",
    "pages.md": "Pages and report",
    "capture.md": "Log, new and init",
    "vcard.md": "Contacts in and out",
    "calendar.md": "Calendar",
    "checks.md": "Checks, hooks and CI",
    "watch.md": "Watch mode",
    "configuration.md": "Configuration",
    "templates.md": "Page templates",
    "cli.md": "Command reference",
    "security.md": "Safety",
    "performance.md": "Performance",
    "dependencies.md": "Dependencies",
    "development.md": "Working on vaultnet",
}


def menu(docs: Path) -> list[Any]:
    pages = sorted(str(p.relative_to(docs)) for p in docs.rglob("*.md"))
    known = [{title: page} for page, title in ORDER.items() if page in pages]
    return known + [page for page in pages if page not in ORDER]


def on_config(config: Any) -> Any:
    if not config.nav:
        config.nav = menu(Path(config.docs_dir))
    return config
