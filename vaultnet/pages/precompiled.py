"""vaultnet's own page templates as the Python Jinja makes of them, made once for a release rather
than in every process that renders a page (a build after one changed note would spend much of its
time there).

Each of vaultnet's own templates has its Python in `jinja_python/`, one module file a template,
installed with vaultnet; `precompiled.json` beside this module holds the digest of the template
each was made from and Jinja's version. A template's Python is taken only when both are the same
as now; any other template is compiled as usual. Python's own loader reads each file's code from
the bytecode it caches beside it in the package (written when vaultnet is installed), so no
process compiles them. Nothing of the vault is ever run: a bytecode cache in the vault's folder
would run whatever a cloned vault put there. Regenerate with `python docs/gen_templates.py`;
tests/test_render.py fails while they are stale.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment

PRECOMPILED = Path(__file__).with_name("precompiled.json")
PYTHON_FOLDER = Path(__file__).with_name("jinja_python")
_MADE = "\n# Made by docs/gen_templates.py from vaultnet's template {name}: not to be edited.\n"
"""Each file's last line (at the end: Jinja maps its Python's lines to the template's)."""


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _jinja() -> str:
    import jinja2

    return str(getattr(jinja2, "__version__", ""))  # "" (no version to tell): never taken


def module_name(template: str) -> str:
    """The file of a template's Python: `Follow-ups.md.j2` → `Follow_ups_md_j2.py`."""
    return "".join(c if c.isalnum() else "_" for c in template) + ".py"


@cache
def _saved() -> dict[str, str]:
    """Template name → the digest of the source its Python was made from, for the Jinja installed
    now."""
    try:
        saved = json.loads(PRECOMPILED.read_text(encoding="utf-8"))
        if not saved["jinja"] or saved["jinja"] != _jinja():
            return {}
        return {str(name): str(digest) for name, digest in saved["templates"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def code_of(name: str, source: str, filename: str) -> CodeType | None:
    """The code of vaultnet's template `name` when its Python was made from this very source,
    its file name `filename` (as if compiled from the template: a row is known by it)."""
    if _saved().get(name) != _digest(source):
        return None
    path = PYTHON_FOLDER / module_name(name)
    module = f"vaultnet.pages.jinja_python.{path.stem}"
    try:
        code = SourceFileLoader(module, str(path)).get_code(module)
    except (OSError, ImportError, SyntaxError):
        return None
    return _named(code, filename) if code is not None else None


def _named(code: CodeType, filename: str) -> CodeType:
    """`code`, and each function's code within, as if from the file `filename`."""
    consts = tuple(_named(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def precompiled_files(env: Environment, folder: Path) -> dict[Path, str]:
    """What `precompiled.json` and `jinja_python/` should hold, by file: every template in `folder`
    (vaultnet's own) compiled by `env` (the renderer's own environment: its settings shape the
    Python)."""
    digests = {}
    files = {}
    for path in sorted(folder.glob("*.j2")):
        source = path.read_text(encoding="utf-8")
        digests[path.name] = _digest(source)
        python = env.compile(source, path.name, raw=True)
        files[PYTHON_FOLDER / module_name(path.name)] = python + _MADE.format(name=path.name)
    files[PYTHON_FOLDER / "__init__.py"] = (
        '"""The Python of vaultnet\'s own templates, one module a template: see precompiled.py."""\n'
    )
    files[PRECOMPILED] = (
        json.dumps({"jinja": _jinja(), "templates": digests}, indent=1, sort_keys=True) + "\n"
    )
    return files
