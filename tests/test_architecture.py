"""The shape of the package: arrows point down the pipeline, no import cycle, one home for exceptions.

Every import counts, those inside functions and under TYPE_CHECKING too: an import deferred to
run time is still an arrow, and a cycle hidden behind one is still a cycle.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import click
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "vaultnet"

LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("vaultnet.errors", "vaultnet.model", "vaultnet.convert", "vaultnet.fields", "vaultnet.write",
              "vaultnet.patterns",
              "vaultnet.confine",
              "vaultnet.version")),
    ("config", ("vaultnet.config",)),
    ("read", ("vaultnet.read",)),
    ("vault", ("vaultnet.vault",)),
    ("metrics", ("vaultnet.metrics",)),
    ("pages", ("vaultnet.pages",)),
    ("build", ("vaultnet.build", "vaultnet.incremental", "vaultnet.saved", "vaultnet.watch")),
    ("commands", ("vaultnet.commands",)),
    # The package's public face re-exports from every layer (lazily), so it sits on top with the CLI.
    ("cli", ("vaultnet.cli", "vaultnet.__main__", "vaultnet")),
]  # fmt: skip
"""The pipeline, bottom up: a module may import from its own layer and the layers below it."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


JINJA_PYTHON = PACKAGE / "pages" / "jinja_python"
"""Not modules: the Python Jinja makes of vaultnet's templates, run by Jinja (pages/precompiled.py)."""
MODULES = {
    _module_name(path): path
    for path in sorted(PACKAGE.rglob("*.py"))
    if JINJA_PYTHON not in path.parents or path.name == "__init__.py"
}


def layer_of(module: str) -> int:
    """The index in LAYERS of the module's layer: the longest prefix that names it (`vaultnet`
    itself only by its own name)."""
    best: tuple[int, int] | None = None  # (length of the prefix, layer)
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            inside = module == prefix or (prefix != "vaultnet" and module.startswith(prefix + "."))
            if inside and (best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    if best is None:
        raise LookupError(f"{module} is in no layer: add it to LAYERS")
    return best[1]


def imports_of(module: str) -> set[str]:
    """The vaultnet modules `module` imports, anywhere in its source."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from vaultnet.pages import render` imports the module vaultnet.pages.render.
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names}
    return {name for name in found if name in MODULES and name != module}


GRAPH = {module: imports_of(module) for module in MODULES}


def test_every_module_has_a_layer() -> None:
    assert len(MODULES) > 30, "the package was not found: the test would prove nothing"
    for module in MODULES:
        layer_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_from_a_layer_above_its_own(module: str) -> None:
    mine = layer_of(module)
    up = sorted(
        f"{other} ({LAYERS[layer_of(other)][0]})" for other in GRAPH[module] if layer_of(other) > mine
    )
    assert up == [], f"{module} ({LAYERS[mine][0]}) reaches up the pipeline"


def _cycle() -> list[str] | None:
    """One import cycle among the modules, as a path that ends where it starts; None if there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for other in sorted(GRAPH[module]):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state and (found := visit(other)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(MODULES):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_there_is_no_import_cycle() -> None:
    cycle = _cycle()
    assert cycle is None, " -> ".join(cycle or [])


def test_the_checks_see_imports_inside_functions_and_relative_ones() -> None:
    # vault/load.py imports the parser inside a function; vault/load.py the parallel reader too.
    assert "vaultnet.read.note" in GRAPH["vaultnet.vault.load"]
    assert "vaultnet.vault.parallel_fast" in GRAPH["vaultnet.vault.load"]
    assert {"vaultnet.build", "vaultnet.pages.render"} <= GRAPH["vaultnet"]  # lazily, in __getattr__
    GRAPH["vaultnet.model"].add("vaultnet.cli")  # an arrow up, and a cycle through the CLI
    try:
        assert _cycle() is not None
        with pytest.raises(AssertionError, match="reaches up"):
            test_no_module_imports_from_a_layer_above_its_own("vaultnet.model")
    finally:
        GRAPH["vaultnet.model"].discard("vaultnet.cli")


def test_every_exception_lives_in_errors_under_one_base() -> None:
    errors = importlib.import_module("vaultnet.errors")
    found = []
    for module in sorted(set(MODULES) - {"vaultnet.__main__"}):  # importing it runs the command
        for _, value in inspect.getmembers(importlib.import_module(module), inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == module:
                found.append(value)
    assert found and {cls.__module__ for cls in found} == {"vaultnet.errors"}
    assert all(issubclass(cls, errors.VaultnetError) for cls in found)
    assert not any(issubclass(cls, click.ClickException) for cls in found)
    assert all(cls.__doc__ and "\n" not in cls.__doc__.strip() for cls in found), "one-line docstrings"


LONGEST_FUNCTION = 89
"""Lines, decorators and docstring included: the length ../shared/STYLE.md names as vaultnet's
longest when it was written; a function that outgrows it is cut into named steps."""


def test_no_function_is_longer_than_the_house_allows() -> None:
    long = [
        f"{_module_name(path)}.{node.name}: {node.end_lineno - node.lineno + 1} lines"
        for path in MODULES.values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION
    ]
    assert long == []
