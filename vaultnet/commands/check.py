"""`vaultnet check`: every problem in a vault, as lines for people, editors and CI annotations."""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from vaultnet.config import Config
from vaultnet.model import Problem, Vault
from vaultnet.vault.load import load_vault

FORMATS = ("text", "github")


def shared_names(vault: Vault) -> list[Problem]:
    """Two people answering to one stem or alias: a link to that name reaches only one of them."""
    owners: dict[str, set[str]] = defaultdict(set)
    for person in vault.people:
        for name in {person.note.stem.lower(), *(a.lower() for a in person.note.aliases)}:
            owners[name].add(person.file)
    problems = []
    for name, files in sorted(owners.items()):
        if len(files) < 2:
            continue
        ordered = sorted(files)
        for file in ordered[1:]:
            message = f"'{name}' also names {ordered[0]}: links to it reach {ordered[0]} only"
            problems.append(Problem(file, 0, message))
    return problems


def check_vault(root: Path, config: Config) -> list[Problem]:
    """Every problem vaultnet sees in the vault, sorted by file, then line."""
    vault = load_vault(root, config)
    problems = [*vault.problems, *shared_names(vault)]
    return sorted(set(problems), key=lambda p: (p.file, p.line, p.message))


def _escape(text: str, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def where(vault_arg: str, problem: Problem) -> str:
    """The problem's file as reachable from where vaultnet runs (a git hook runs at the repo root)."""
    return Path(os.path.normpath(os.path.join(vault_arg, problem.file))).as_posix()


def format_problem(problem: Problem, vault_arg: str, style: str) -> str:
    """`file:line: message` (just `file: message` for a whole file), or a GitHub warning annotation."""
    file = where(vault_arg, problem)
    if style == "github":
        line = f",line={problem.line}" if problem.line else ""
        return f"::warning file={_escape(file, True)}{line}::{_escape(problem.message)}"
    line = f":{problem.line}" if problem.line else ""
    return f"{file}{line}: {problem.message}"
