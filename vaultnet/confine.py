"""The one inside-the-vault check: a path, followed through every symlink, must end inside the vault.

Every command that creates, reads or writes a path of the vault (notes, folders, templates, the
cache, pages, an export) asks here first, so a shared vault's `People -> /elsewhere` symlink or a
forged cache entry cannot lead a read or a write out of it.
"""

from __future__ import annotations

import os
from pathlib import Path

from vaultnet.errors import OutsideVault


def is_inside(real: str, real_root: str) -> bool:
    """Is the resolved path `real` strictly inside the resolved folder `real_root`?"""
    return real.startswith(real_root.rstrip(os.sep) + os.sep)


def inside_vault(root: Path | str, path: Path | str) -> bool:
    """Does `path`, every symlink on the way followed, lead to somewhere strictly inside `root`?

    A path that does not exist yet is resolved as far as it exists, so a new note under a folder
    symlinked out of the vault is outside too."""
    return is_inside(os.path.realpath(path), os.path.realpath(root))


def relative_inside(file: object) -> bool:
    """Is `file` a vault-relative path (`People/Jane.md`) that names no place outside the vault,
    whatever the folders on disk are? For paths read from a file vaultnet did not just make."""
    if not isinstance(file, str) or not file or "\x00" in file or "\\" in file:
        return False
    parts = file.split("/")
    return not file.startswith("/") and all(part not in ("", ".", "..") for part in parts)


def confined(root: Path, path: Path, doing: str = "nothing written") -> Path:
    """`path`, when it leads inside the vault; else OutsideVault saying what was not done."""
    real = os.path.realpath(path)
    if not is_inside(real, os.path.realpath(root)):
        raise OutsideVault(f"{path} leads outside the vault ({real}): {doing}")
    return path
