"""What vaultnet writes into a vault, and where its templates are: names only, no heavy imports.

An unchanged vault's build (`build.build` skipping the work) needs these and nothing of the
renderer, which imports Jinja and everything that computes the pages.
"""

from __future__ import annotations

from pathlib import Path

from vaultnet.model import MARKER as MARKER

PAGES = (
    "Overview.md",
    "Recency.md",
    "Connections.md",
    "Follow-ups.md",
    "Reciprocity.md",
    "Problems.md",
    "Introductions.md",
)
"""The pages `vaultnet build` writes, each from the template of the same name plus `.j2`."""

CANVAS = "Network.canvas"
"""The network canvas vaultnet writes beside the pages (pages/canvas.py makes it)."""

USER_TEMPLATES = ".vaultnet/templates"
"""Inside a vault: templates here win over vaultnet's own."""


def template_folder() -> Path:
    """vaultnet's own templates: inside the installed package, or the source tree's `templates/`."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent / "templates"
