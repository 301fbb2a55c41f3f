"""`vaultnet check`: every problem in a vault, as lines for people, editors and CI annotations."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

from vaultnet.config import Config, is_logseq_graph
from vaultnet.convert import counted
from vaultnet.model import Problem
from vaultnet.pages.layout import notes_in_output, output_is_its_own
from vaultnet.saved.files import state_key, unchanged_problems
from vaultnet.vault.walk import unlisted_problems, walk_stats


def check_vault(
    root: Path,
    config: Config,
    today: dt.date | None = None,
    use_cache: bool = True,
    people: list[bool] | None = None,
) -> list[Problem]:
    """Every problem vaultnet sees in the vault, sorted by file, then line; with `today`, the
    entries dated more than a year ahead too. Without `use_cache`, every note is read afresh:
    neither a build's saved state nor the parse cache is read or written. `people` is told
    whether the vault holds a person note, when the notes were read for it (`has_people` need
    not read them again)."""
    unlisted: list[tuple[str, str]] = []
    org: list[str] = []  # the Org-mode files of a Logseq graph: in another vault, files of no concern
    graph_org = org if is_logseq_graph(root) else None  # a graph's Org-mode files are notes
    problems = _problems(root, config, today, use_cache, (unlisted, people), graph_org)
    if in_output := notes_in_output(root, config):
        said = _IN_OWN_OUTPUT if output_is_its_own(root, config) else _IN_OUTPUT
        unread = [Problem(file, 1, said) for file in in_output]
    else:
        unread = []
    unread += unlisted_problems(unlisted)
    folders = Counter(file.rpartition("/")[0] for file in org)
    unread += [Problem(folder, 0, _ORG.format(counted(n, ".org file"))) for folder, n in folders.items()]
    if unread:
        problems = sorted([*unread, *problems], key=lambda p: (p.file, p.line, p.message))
    return problems


_ORG = "{} not read here: vaultnet reads Markdown (.md) notes only"
"""A folder holding Org-mode files (a Logseq graph in org-mode): one line for all of them."""
_IN_OUTPUT = (
    "a note in the output folder (`output`): not read, by this or any command; set `output` in "
    "vaultnet.toml to a folder of its own"
)
_IN_OWN_OUTPUT = (
    "a note in the output folder: not read, by this or any command; move it out of the output "
    "folder (vaultnet writes only its own pages there)"
)


def _problems(
    root: Path,
    config: Config,
    today: dt.date | None,
    use_cache: bool,
    told: tuple[list[tuple[str, str]], list[bool] | None],
    org: list[str] | None,
) -> list[Problem]:
    """The problems of the notes walked (`check_vault`), sorted; `told` the folders the walk
    could not list and, when the notes were read, whether one is a person's; `org` the Org-mode
    files it passed over."""
    unlisted, people = told
    found = list(walk_stats(root, config, unlisted, org)) if root.is_dir() else None
    saved = None
    if found is not None and use_cache:  # a build's saved state: its problems when no note changed since
        key = state_key(config)
        saved = unchanged_problems(root, key, found, today)
        if saved is None:
            from vaultnet.saved.resume import saved_problems  # here: an unchanged vault needs none of it

            saved = saved_problems(root, config, key, found, today)
    if saved is not None:
        # As tuples: sorted and told apart in C, thousands of them on a large vault.
        return [Problem(*p) for p in sorted(set(saved))]
    from vaultnet.metrics.stats import far_ahead
    from vaultnet.vault.load import load_vault
    from vaultnet.vault.names import every_problem

    vault = load_vault(root, config, use_cache, found=found)
    if people is not None:
        people.append(bool(vault.people))
    problems = every_problem(vault)
    if today is not None:
        problems += far_ahead(vault.people, today)
    return sorted(set(problems), key=lambda p: (p.file, p.line, p.message))


def has_people(root: Path, config: Config, use_cache: bool = True) -> bool:
    """Does the vault hold a person note? `check` asks it of a vault with no problem, which a
    folder of the wrong name (or a vault marking its people otherwise) would be: the state a
    build saved answers when it holds someone, else the notes are read (through the parse cache
    unless not `use_cache`)."""
    if use_cache and root.is_dir():
        from vaultnet.saved.state import load_state

        state = load_state(root, state_key(config), pages=False)
        if state is not None:
            if state.blobs is not None:
                state.blobs.close()
            if state.people:
                return True
    from vaultnet.vault.load import load_vault

    return bool(load_vault(root, config, use_cache).people)


def _escape(text: str, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def where(vault_arg: str, problem: Problem) -> str:
    """The problem's file as reachable from where vaultnet runs (a git hook runs at the repo root):
    relative to it when it lies under it, though the vault was given whole (`VAULTNET_VAULT`)."""
    path = os.path.normpath(os.path.join(vault_arg, problem.file))
    if os.path.isabs(path) and not (here := os.path.relpath(path)).startswith(os.pardir + os.sep):
        path = here
    return path if os.sep == "/" else Path(path).as_posix()


def format_problem(problem: Problem, vault_arg: str, style: str) -> str:
    """`file:line: message` (just `file: message` for a whole file), or a GitHub warning annotation."""
    file = where(vault_arg, problem)
    if style == "github":
        line = f",line={problem.line}" if problem.line else ""
        return f"::warning file={_escape(file, True)}{line}::{_escape(problem.message)}"
    line = f":{problem.line}" if problem.line else ""
    return f"{file}{line}: {problem.message}"
