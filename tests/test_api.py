"""The public API of `import vaultnet`: every name in __all__ loads, lazily, and the example runs."""

from __future__ import annotations

import doctest
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import vaultnet

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", vaultnet.__all__)
def test_each_public_name_imports(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from vaultnet import {name}", namespace)
    value = namespace[name]
    assert value is getattr(vaultnet, name)
    assert getattr(value, "__name__", name) in {name, "build"}  # build_pages is build.build
    assert name in dir(vaultnet)


def test_all_is_sorted_and_names_only_what_loads() -> None:
    assert vaultnet.__all__ == sorted(set(vaultnet.__all__))
    assert set(vaultnet.__all__) == set(vaultnet._PUBLIC)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        vaultnet.nothing_here  # noqa: B018


def test_importing_vaultnet_loads_nothing_but_itself() -> None:
    code = "import sys, vaultnet; print(sorted(m for m in sys.modules if m.startswith(('vaultnet', 'jinja2', 'yaml'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "['vaultnet', 'vaultnet.version']"


def test_the_example_in_the_package_docstring_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(
        REPO / "example_vault", tmp_path / "example_vault", ignore=shutil.ignore_patterns(".vaultnet")
    )
    monkeypatch.chdir(tmp_path)
    failed, tried = doctest.testmod(vaultnet, report=True)
    assert tried >= 5 and failed == 0


def test_a_library_user_catches_any_failure_as_vaultnet_error(tmp_path: Path) -> None:
    with pytest.raises(vaultnet.VaultnetError, match="no such folder"):
        vaultnet.load_report(tmp_path / "missing")
    (tmp_path / "vaultnet.toml").write_text("colour = 1\n", encoding="utf-8")
    with pytest.raises(vaultnet.VaultnetError, match="unknown key 'colour'"):
        vaultnet.load_config(tmp_path)
