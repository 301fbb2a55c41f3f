"""Writing a user's files safely: replace a note whole or not at all, create a file only when absent."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from vaultnet.errors import FileChanged, FileExists


def _temp_beside(path: Path, data: bytes) -> str:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def replace_note(path: Path, before: bytes, after: bytes) -> None:
    """Swap a note's bytes from `before` to `after` atomically, keeping its permissions.

    A symlinked note is written through to its target; a note that no longer holds `before`
    (edited meanwhile, in Obsidian say) is left alone.
    """
    real = Path(os.path.realpath(path))
    mode = real.stat().st_mode & 0o7777
    temp = _temp_beside(real, after)
    try:
        os.chmod(temp, mode)
        if real.read_bytes() != before:
            raise FileChanged(f"{path} changed while vaultnet was writing to it: nothing written")
        os.replace(temp, real)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def create_file(path: Path, data: bytes) -> None:
    """Create `path` with `data` whole, never replacing a file that is there (even one made meanwhile)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        raise FileExists(f"{path} already exists: nothing written")
    temp = _temp_beside(path, data)
    try:
        os.chmod(temp, 0o666 & ~_umask())
        try:
            os.link(temp, path)  # fails when the name is taken: no window for overwriting
        except FileExistsError:
            raise FileExists(f"{path} already exists: nothing written") from None
        except OSError:
            # A file system without hard links: exclusive creation is the next best thing.
            try:
                with path.open("xb") as handle:
                    handle.write(data)
            except FileExistsError:
                raise FileExists(f"{path} already exists: nothing written") from None
    finally:
        Path(temp).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
