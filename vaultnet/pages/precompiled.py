"""vaultnet's own page templates as the Python Jinja makes of them, made once for a release rather
than in every process that renders a page (a build after one changed note would spend much of its
time there).

`precompiled.json`, beside this module and installed with it, holds for each of vaultnet's own
templates the Python that Jinja compiles it to, the digest of the template it was made from and
Jinja's version. A template is taken from it only when both are the same as now; any other is
compiled as usual. Nothing of the vault is ever run: a bytecode cache in the vault's folder would
run whatever a cloned vault put there. Regenerate with `python docs/gen_templates.py`;
tests/test_render.py fails while it is stale.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment

PRECOMPILED = Path(__file__).with_name("precompiled.json")


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _jinja() -> str:
    import jinja2

    return str(getattr(jinja2, "__version__", ""))  # "" (no version to tell): never taken


@cache
def _saved() -> dict[str, tuple[str, str]]:
    """Template name → (digest of its source, its Python), for the Jinja installed now."""
    try:
        saved = json.loads(PRECOMPILED.read_text(encoding="utf-8"))
        if not saved["jinja"] or saved["jinja"] != _jinja():
            return {}
        return {name: (digest, python) for name, (digest, python) in saved["templates"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def python_of(name: str, source: str) -> str | None:
    """The Python of vaultnet's template `name`, when it was made from this very source."""
    found = _saved().get(name)
    return found[1] if found is not None and found[0] == _digest(source) else None


def precompiled_text(env: Environment, folder: Path) -> str:
    """What `precompiled.json` should hold: every template in `folder` (vaultnet's own) compiled
    by `env` (the renderer's own environment: its settings shape the Python)."""
    templates = {}
    for path in sorted(folder.glob("*.j2")):
        source = path.read_text(encoding="utf-8")
        templates[path.name] = (_digest(source), env.compile(source, path.name, raw=True))
    return json.dumps({"jinja": _jinja(), "templates": templates}, indent=1, sort_keys=True) + "\n"
