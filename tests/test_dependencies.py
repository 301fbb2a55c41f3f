"""Every run-time dependency has a job: the package imports each one it declares."""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower() for spec in project["dependencies"]}


def _imported_distributions() -> set[str]:
    modules = set()
    for path in (REPO / "vaultnet").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module.split(".")[0])
    owners = packages_distributions()
    return {dist.lower() for module in modules for dist in owners.get(module, ())}


def test_the_package_imports_every_dependency_it_declares() -> None:
    declared = _declared()
    assert declared, "no dependencies read from pyproject.toml: the test would prove nothing"
    assert declared - _imported_distributions() == set()
