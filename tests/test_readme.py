"""The README is tested: its set-up commands are the ones CI runs, and its examples hold."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def ci_command(tag: str) -> str:
    done = subprocess.run(
        [
            "awk",
            "-v",
            f"tag=<!-- setup: {tag} -->",
            "$0 == tag { getline; getline; print; exit }",
            "README.md",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_ci_reads_both_setup_commands_from_the_readme() -> None:
    assert "readme_command try" in (ROOT / ".ci/run").read_text()
    try_command, test_command = ci_command("try"), ci_command("test")
    assert try_command.endswith("vaultnet report example_vault")
    assert "pip install" in try_command
    assert "'.[test]'" in test_command and test_command.endswith("pytest -q")


def test_the_readme_is_newcomer_sized() -> None:
    """Five minutes of reading: the rest lives in docs/."""
    assert 5_000 < len(README.encode("utf-8")) <= 10_500


def test_every_link_into_the_docs_reaches_a_page() -> None:
    links = re.findall(r"\]\((docs/[^)#]+)", README)
    assert "docs/overview.png" in links and "docs/cli.md" in links
    for link in links:
        assert (ROOT / link).is_file(), link


def test_the_tour_uses_the_commands_as_they_are() -> None:
    """Every `vaultnet ...` line of the README's shell blocks parses: no unknown command or option."""
    from click.testing import CliRunner

    from vaultnet.cli import main

    lines = [
        line.split("#")[0].split()
        for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
        for line in block.splitlines()
        if line.startswith("vaultnet ")
    ]
    assert len(lines) >= 8
    for words in lines:
        result = CliRunner().invoke(main, [*words[1:], "--help"])
        assert result.exit_code == 0, (words, result.output)
