"""The spec's executable examples: each vault under ../shared/spec/examples gives its expected JSON."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import SHARED
from vaultnet.cli import main

EXAMPLES = SHARED / "spec" / "examples"
CASES = sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir()) if EXAMPLES.is_dir() else []


@pytest.mark.skipif(not CASES, reason="../shared/spec/examples is absent")
@pytest.mark.parametrize("case", CASES)
def test_example_vault_gives_expected_json(case: str) -> None:
    folder = EXAMPLES / case
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    result = CliRunner().invoke(
        main, ["report", "--json", "--no-cache", "--today", expected["today"], str(folder)]
    )
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)

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


def test_every_example_has_an_expectation() -> None:
    if not CASES:
        pytest.skip("../shared/spec/examples is absent")
    missing = [case for case in CASES if not (EXAMPLES / case / "expected.json").is_file()]
    assert not missing, f"examples without expected.json: {missing}"
