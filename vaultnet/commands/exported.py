"""Where an export (`vaultnet export vcard`, `export ics`) may be written: outside the vault, or
inside it only where no note is read and no page is written. An export is not a note."""

from __future__ import annotations

import os
from pathlib import Path

from vaultnet.config import Config
from vaultnet.confine import confined, is_inside

REFUSED = "an export does not go among the vault's notes or pages; write it elsewhere"
"""Why an export `among_notes` was not written."""


def among_notes(path: Path, root: Path, config: Config) -> bool:
    """Would `path` put an export among the vault's notes or pages: a Markdown file, or a file in
    a people folder or the output folder? Outside the vault is the user's choice (False); a path
    that leads out of it through a symlink is OutsideVault (`confined`)."""
    real_root = os.path.realpath(root)
    lexical = os.path.abspath(path)
    if not (is_inside(lexical, os.path.abspath(root)) or is_inside(os.path.realpath(path), real_root)):
        return False
    confined(root, path)
    rel = Path(os.path.relpath(os.path.realpath(path), real_root)).parts
    output = Path(config.output).parts
    return (
        path.suffix.lower() == ".md"
        or any(map(config.is_people_folder, rel[:-1]))
        or tuple(p.lower() for p in rel[: len(output)]) == tuple(p.lower() for p in output)
    )


def no_folder_for(path: Path) -> str | None:
    """Why the folder `path` goes into cannot take an export, or None when it can. It is never
    made: a folder not there is a typo as often as not (`~/Calenders/`)."""
    folder = path.parent
    if folder.is_dir():
        return None
    if os.path.exists(folder):
        return f"{folder} is not a folder"
    return f"{folder} does not exist: create it first"
