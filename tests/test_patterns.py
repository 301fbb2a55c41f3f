"""Patterns compiled when first used (`vaultnet/patterns.py`): the same answers as `re.compile`,
every one of vaultnet's valid, and none compiled on import."""

from __future__ import annotations

import ast
import copy
import importlib
import pickle
import re
from pathlib import Path

import pytest

from vaultnet.patterns import _LazyPattern, lazy_pattern

PACKAGE = Path(__file__).resolve().parents[1] / "vaultnet"


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy = lazy_pattern(r"(\d{4})-(\d{2})", re.IGNORECASE)
    compiled = re.compile(r"(\d{4})-(\d{2})", re.IGNORECASE)
    text = "met 2026-11 and 2025-01"
    assert lazy.search(text)[0] == compiled.search(text)[0]  # type: ignore[index]
    assert lazy.match(text) is None
    assert [m.groups() for m in lazy.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
    assert lazy.sub(r"\2/\1", text) == compiled.sub(r"\2/\1", text)
    assert lazy.findall(text) == compiled.findall(text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (compiled.pattern, compiled.flags, compiled.groups)


def test_it_is_compiled_once_when_first_used(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    compile_ = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: made.append(p) or compile_(p, f))
    lazy = lazy_pattern(r"a+")
    assert made == []
    assert lazy.match("aa") and lazy.match("a") and lazy.sub("b", "aa") == "b" and lazy.search("xa")
    assert made == ["a+"]


def test_it_copies_and_pickles_without_compiling() -> None:
    lazy = lazy_pattern(r"b+")
    assert copy.copy(lazy).match("bb") and pickle.loads(pickle.dumps(lazy)).match("b")
    assert "_compiled" not in vars(lazy)


def _modules() -> list[str]:
    return sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for path in PACKAGE.rglob("*.py")
        if "jinja_python" not in path.parts and path.name not in ("__init__.py", "__main__.py")
    )


@pytest.mark.parametrize("module", _modules())
def test_every_pattern_of_vaultnet_compiles(module: str) -> None:
    """A mistake in a pattern shows here, not first on the note that needs it."""
    for name, value in vars(importlib.import_module(module)).items():
        if isinstance(value, _LazyPattern):
            assert isinstance(value._compiled, re.Pattern), f"{module}.{name}"


def test_no_module_compiles_a_pattern_on_import() -> None:
    """Every pattern a module holds is a `lazy_pattern`: a short run (a build after one change,
    `check`) compiles only those it uses."""
    eager = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "jinja_python" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for top in tree.body:
            if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for node in ast.walk(top):
                if isinstance(node, ast.Call) and ast.unparse(node.func) == "re.compile":
                    eager.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert eager == []
