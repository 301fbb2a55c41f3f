"""The spec's executable examples: each vault under ../shared/spec/examples (and examples-v2)
gives its expected JSON. Missing ../shared skips them on a developer's machine and fails them
under CI (see `shared_path`)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import SHARED, shared_path
from vaultnet.cli import main


def _cases(version: str, marks: tuple[pytest.MarkDecorator, ...] = ()) -> list[Any]:
    folder = SHARED / "spec" / version
    if not folder.is_dir():  # one case that reports the absence (a skip, or under CI a failure)
        return [pytest.param(version, "", id=f"{version}-absent")]
    cases = sorted(p.name for p in folder.iterdir() if p.is_dir())
    return [pytest.param(version, case, id=f"{version}/{case}", marks=marks) for case in cases]


CASES = _cases("examples") + _cases("examples-v2")


def report_for(version: str, case: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what expected.json says, what `vaultnet report --json` gives) for one example."""
    folder = shared_path("spec", version, case)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    result = CliRunner().invoke(
        main, ["report", "--json", "--no-cache", "--today", expected["today"], str(folder)]
    )
    assert result.exit_code == 0, result.output
    return expected, json.loads(result.output)


@pytest.mark.parametrize(("version", "case"), CASES)
def test_example_vault_gives_expected_json(version: str, case: str) -> None:
    expected, got = report_for(version, case)
    assert_matches(expected, got)


def assert_matches(expected: dict[str, Any], got: dict[str, Any]) -> None:
    """The report holds what expected.json says (see the examples' README)."""
    assert got["as_of"] == expected["today"]
    assert got["summary"] == expected["summary"]
    people = {p["file"]: p for p in got["people"]}
    assert sorted(people) == sorted(expected["people"])
    for file, fields in expected["people"].items():
        assert {k: people[file][k] for k in fields} == fields, file
    for file in expected["not_people"]:
        assert file not in people
    found = {(p["file"], p["line"]) for p in got["problems"]}
    for problem in expected["problems"]:
        assert (problem["file"], problem["line"]) in found, problem


@pytest.mark.parametrize("version", ["examples", "examples-v2"])
def test_every_example_has_an_expectation(version: str) -> None:
    folder = shared_path("spec", version)
    cases = [p for p in folder.iterdir() if p.is_dir()]
    assert cases, f"{folder} holds no example"
    missing = [p.name for p in cases if not (p / "expected.json").is_file()]
    assert not missing, f"examples without expected.json: {missing}"
