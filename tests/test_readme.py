"""The README is tested: its set-up commands are the ones CI runs, and its examples hold."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from vaultnet.config import Config, config_from_dict

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


def test_the_configuration_example_is_valid() -> None:
    import tomllib

    block = re.search(r"## Configuration.*?```toml\n(.*?)```", README, re.DOTALL)
    assert block, "README lost its configuration example"
    config = config_from_dict(tomllib.loads(block[1]))
    assert config.cadence == {"family": 14, "work": 90}
    assert config.active_days == Config().active_days
