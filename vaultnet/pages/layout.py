"""What vaultnet writes into a vault, and where its templates are: names only, no heavy imports.

An unchanged vault's build (`build.build` skipping the work) needs these and nothing of the
renderer, which imports Jinja and everything that computes the pages.
"""

from __future__ import annotations

import os
from pathlib import Path

from vaultnet.config import Config
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


def is_generated(path: Path) -> bool:
    """Does the file start with vaultnet's marker (or, for a canvas, hold its marker node)?"""
    if path.suffix == ".canvas":
        from vaultnet.pages.canvas import is_generated_canvas  # here: most builds keep the canvas

        try:
            return is_generated_canvas(path.read_bytes().decode("utf-8-sig", errors="replace"))
        except OSError:
            return False
    try:
        with path.open("rb") as handle:
            head = handle.read(len(MARKER.encode()) + 3)
    except OSError:
        return False
    return head.removeprefix(b"\xef\xbb\xbf").startswith(MARKER.encode())


def notes_in_output(root: Path, config: Config) -> list[str]:
    """The notes of the user's in the output folder, at any depth (Markdown files that are neither
    vaultnet's pages nor older vaultnet pages), as paths in the vault: the walk never reads that
    folder, so no command reads them (`output = "pages"` in a Logseq graph, say). Hidden files
    and folders are not looked in, nor a link to a folder; an empty file (Obsidian's `Untitled`
    left there) holds nothing to miss."""
    top = root / config.output
    found = []
    for folder, folders, files in os.walk(top):  # no folder yet, or not a folder: nothing to walk
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        at = Path(folder)
        for name in sorted(files):
            if not name.endswith(".md") or name.startswith(".") or (at == top and name in PAGES):
                continue
            path = at / name
            if not is_generated(path) and _holds_anything(path):
                found.append(path.relative_to(root).as_posix())
    return found


def output_is_its_own(root: Path, config: Config) -> bool:
    """Is the output folder vaultnet's own, though a note of the user's is in it (a phone's
    `Untitled.md`): the default `_vaultnet`, or one that holds a page vaultnet wrote? Else it is a
    folder of notes (`output = "pages"` in a Logseq graph), to set `output` away from."""
    top = root / config.output
    return config.output.strip("/") == Config().output or any(is_generated(top / page) for page in PAGES)


def _holds_anything(path: Path) -> bool:
    """Is the file other than empty (one that cannot be looked at is taken to hold something)?"""
    try:
        return path.stat().st_size > 0
    except OSError:
        return True
