"""vaultnet: see which connections in a Markdown vault are real.

The library in five calls; every failure of vaultnet's own is a `VaultnetError`, and bad input
in a note is a `Problem` in the result, never an exception:

    >>> import datetime as dt, pathlib, vaultnet
    >>> root = pathlib.Path("example_vault")
    >>> config = vaultnet.load_config(root)
    >>> vault = vaultnet.load_vault(root, config)
    >>> report = vaultnet.compute(vault, dt.date(2026, 11, 21), config)
    >>> [s.person.note.name for s in report.people if s.real][:2]
    ['Ingrid Halvorsen', 'Grace Whitfield']
    >>> vaultnet.build_pages(root, check=True).written   # the committed pages are current
    ()

`load_report(root, today)` reads and computes in one call; `report_json(report)` gives the
JSON of the vault contract.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from vaultnet.version import __version__ as __version__

if TYPE_CHECKING:  # the public names, for type checkers; at run time they load on first use
    from vaultnet.build import BuildResult, load_report
    from vaultnet.build import build as build_pages
    from vaultnet.config import Config, load_config
    from vaultnet.errors import VaultnetError
    from vaultnet.metrics.stats import Report, Summary, compute
    from vaultnet.model import Note, Person, PersonStats, Problem, Vault
    from vaultnet.pages.render import report_json
    from vaultnet.vault.load import load_vault

_PUBLIC = {
    "load_config": "config",
    "Config": "config",
    "load_vault": "vault.load",
    "compute": "metrics.stats",
    "Report": "metrics.stats",
    "Summary": "metrics.stats",
    "load_report": "build",
    "build_pages": "build",
    "BuildResult": "build",
    "report_json": "pages.render",
    "VaultnetError": "errors",
    "Vault": "model",
    "Note": "model",
    "Person": "model",
    "PersonStats": "model",
    "Problem": "model",
}
"""Each public name → the module that defines it. Loaded on first use: `vaultnet --help` imports
this package, and must not import Jinja, YAML or the rest to print its help."""

__all__ = [
    "BuildResult",
    "Config",
    "Note",
    "Person",
    "PersonStats",
    "Problem",
    "Report",
    "Summary",
    "Vault",
    "VaultnetError",
    "build_pages",
    "compute",
    "load_config",
    "load_report",
    "load_vault",
    "report_json",
]


def __getattr__(name: str) -> Any:
    # Import statements, not importlib: the package imports no code by a name it computes.
    match _PUBLIC.get(name):
        case "config":
            from vaultnet import config

            return _keep(name, config)
        case "vault.load":
            from vaultnet.vault import load

            return _keep(name, load)
        case "metrics.stats":
            from vaultnet.metrics import stats

            return _keep(name, stats)
        case "build":
            from vaultnet import build

            return _keep(name, build)
        case "pages.render":
            from vaultnet.pages import render

            return _keep(name, render)
        case "errors":
            from vaultnet import errors

            return _keep(name, errors)
        case "model":
            from vaultnet import model

            return _keep(name, model)
    raise AttributeError(f"module 'vaultnet' has no attribute {name!r}")


def _keep(name: str, home: ModuleType) -> Any:
    # Not `build`: that name is the module vaultnet.build, which importing it sets on the package.
    value = getattr(home, "build" if name == "build_pages" else name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
