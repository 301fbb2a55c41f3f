"""The pages' headings as a screen reader's outline reads them: no level skipped, and a long list's
group headings (`A (2)`, `Due in 2026-11 (3)`) one level under the section they cut up."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from vaultnet.build import build
from vaultnet.pages.groups import GROUP_AFTER
from vaultnet.pages.layout import PAGES

EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"
TODAY = dt.date(2026, 12, 1)

HEADING = re.compile(r"^(#{1,6}) (.*)$")
GROUP = re.compile(r"^(?:.+ in )?(?:[^\W\d_]|#|\d{4}(?:-\d\d)?|none) \(\d+\)$")
"""A long list's group heading, as `grouped` heads it: a letter (or `#`), a year, a month, or
`none`, after the list's label (`Due in `), with how many are under it."""


def headings(page: str) -> list[tuple[int, str]]:
    """(level, text) of each heading of a page, those in a fenced block (a chart) aside."""
    found, fenced = [], False
    for line in page.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (m := HEADING.match(line)):
            found.append((len(m[1]), m[2]))
    return found


def outline_problems(page: str) -> list[str]:
    """What a reader moving by heading would trip on: a level skipped, or a group heading that
    is not one level under its section (a sibling of it, or of another section under it)."""
    found = headings(page)
    problems = []
    if found and found[0][0] != 1:
        problems.append(f"the page opens with a level {found[0][0]} heading: {found[0][1]}")
    for at, (level, text) in enumerate(found[1:], 1):
        if level > found[at - 1][0] + 1:
            problems.append(f"{found[at - 1][1]!r} (level {found[at - 1][0]}) then {text!r} (level {level})")
        if not GROUP.match(text):
            continue
        for before, before_text in reversed(found[:at]):
            if before < level:
                if before != level - 1 or GROUP.match(before_text):
                    problems.append(f"group {text!r} (level {level}) is not one level under {before_text!r}")
                break
            if before == level and not GROUP.match(before_text):
                problems.append(f"group {text!r} (level {level}) sits beside the section {before_text!r}")
                break
    return problems


def built_pages(root: Path) -> dict[str, str]:
    build(root, TODAY)
    return {page: (root / "_vaultnet" / page).read_text(encoding="utf-8") for page in PAGES}


def _large_vault() -> dict[str, str]:
    """Lists long enough for group headings on every page that has them: people one fact short of
    a real connection, each with a follow-up; people you alone wrote to, long ago; people never
    contacted; people due, by cadence."""
    count = GROUP_AFTER + 6
    files = {}
    for i in range(count):
        letter = chr(ord("A") + i % 23)
        files[f"People/{letter}{i} Near.md"] = (
            f"## Log\n- 2026-11-20 <-> lunch\n- [ ] ask {letter}{i} Near about it\n"
        )
        files[f"People/{letter}{i} Old.md"] = f"## Log\n- 2025-0{1 + i % 9}-10 -> wrote\n"
        files[f"People/{letter}{i} New.md"] = "---\ntags: [person]\n---\n"
        files[f"People/{letter}{i} Due.md"] = (
            f"---\ncadence: 30d\n---\n## Log\n- 2026-{9 + i % 3:02}-{1 + i % 28:02} -> hi\n"
        )
    return files


@pytest.mark.parametrize("kind", ["example", "small", "large"])
def test_headings_never_skip_a_level_and_groups_nest_under_their_section(
    kind: str, make_vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if kind == "example":
        root = Path(shutil.copytree(EXAMPLE, tmp_path / "example"))
    elif kind == "small":
        root = make_vault({"People/Ana.md": "## Log\n- 2026-11-20 <- she called\n- [ ] send Ana the book\n"})
    else:
        root = make_vault(_large_vault())
    pages = built_pages(root)
    problems = {page: found for page, text in pages.items() if (found := outline_problems(text))}
    assert not problems, problems
    if kind == "large":  # the test reads group headings: there must be some
        grouped = {page for page, text in pages.items() if any(GROUP.match(h) for _, h in headings(text))}
        assert {"Connections.md", "Follow-ups.md", "Recency.md", "Reciprocity.md"} <= grouped, grouped


def test_the_outline_check_finds_what_it_looks_for() -> None:
    """It can fail: a skipped level, a group beside its section, a group under nothing."""
    assert outline_problems("# T\n### skipped\n")
    assert outline_problems("# T\n## One step away\n### Nothing personal yet (46)\n### A (2)\n- x\n")
    assert outline_problems("# T\n## A (2)\n### B (1)\n")
    assert not outline_problems("# T\n## Never (41)\n### A (2)\n- x\n### B (1)\n- y\n## Next (0)\n")
    assert not outline_problems("# T\n## A (2)\n### [[Ana]]\n- x\n## B (1)\n### [[Bo]]\n")
