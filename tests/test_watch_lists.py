"""Watch mode's long lists: grouped under headings from headings kept person by person
(`GroupMemo`), yet always the pages a fresh build makes of the same notes."""

from __future__ import annotations

import datetime as dt
import gc
import random
import weakref
from pathlib import Path

import pytest

from tests.conftest import made_pages
from vaultnet.build import load_report
from vaultnet.config import load_config
from vaultnet.incremental import LiveVault
from vaultnet.pages.groups import GROUP_AFTER, GroupMemo, grouped
from vaultnet.pages.render import Renderer
from vaultnet.watch import PageCache

TODAY = dt.date(2026, 11, 21)
PEOPLE = 5 * GROUP_AFTER
LETTERS = "ABCDEFZ1é"
MARKS = ["->", "<-", "<->", ""]


def _note(rng: random.Random, one_year: bool) -> str:
    """A person with a cadence or none, a few contacts (all in 2026, or over three years), maybe
    a plan, maybe a fact."""
    lines = ["---", "tags: [person]"]
    if rng.random() < 0.5:
        lines.append(f"cadence: {rng.choice(['2w', '30d', 'quarterly'])}")
    lines += ["---", "## About", "- likes tea" if rng.random() < 0.7 else "", "## Log"]
    for _ in range(rng.randint(0, 3)):
        day = TODAY - dt.timedelta(days=rng.randint(0, 300 if one_year else 900))
        if one_year:
            day = max(day, dt.date(2026, 1, 1))
        lines.append(f"- {day} {rng.choice(MARKS)} coffee")
    if rng.random() < 0.2:
        lines.append(f"- {TODAY + dt.timedelta(days=rng.randint(1, 60))} -> lunch planned")
    if rng.random() < 0.05:  # more than a year ahead: a problem
        lines.append(f"- {TODAY + dt.timedelta(days=rng.randint(366, 500))} -> a typo?")
    return "\n".join(lines) + "\n"


def _name(rng: random.Random, i: int) -> str:
    return f"People/{rng.choice(LETTERS)}{i:03}.md"


def _write(root: Path, file: str, text: str | None) -> None:
    path = root / file
    if text is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("seed", "one_year"), [(0, False), (1, True), (2, False)])
def test_random_edits_to_long_lists_give_a_fresh_builds_pages(make_vault, seed: int, one_year: bool) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    files = {_name(rng, i): _note(rng, one_year) for i in range(PEOPLE)}
    root = make_vault(files)
    config = load_config(root)
    live = LiveVault(root, config)
    live.load()
    cache = PageCache(Renderer(root, keep_lines=True))
    seen: dict[str, str] = {}
    names = sorted(files)
    for _ in range(12):
        changed = [rng.choice(names) for _ in range(rng.randint(1, 3))]
        for file in list(changed):
            action = rng.random()
            if action < 0.1:
                _write(root, file, None)
            elif action < 0.15:  # a dated note far ahead, naming two people: one problem, not two
                two = " and ".join(f"[[{Path(f).stem}]]" for f in rng.sample(names, 2))
                day = f"Daily/{TODAY + dt.timedelta(days=rng.randint(366, 400))}.md"
                _write(root, day, f"- <-> lunch with {two}\n")
                changed.append(day)
            elif action < 0.2:  # renamed: another letter, another place in the letter lists
                _write(root, file, None)
                file = _name(rng, PEOPLE + len(names))
                names.append(file)
                changed.append(file)
                _write(root, file, _note(rng, one_year))
            else:
                _write(root, file, _note(rng, one_year))
        live.update(changed)
        seen.update(cache.pages(live.report(TODAY), config, root / "no-such-folder", live))
        full = load_report(root, TODAY, config)
        assert seen == made_pages(Renderer(root), full, config)


def test_group_memo_groups_as_grouped_does(make_vault) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    root = make_vault({_name(rng, i): _note(rng, False) for i in range(PEOPLE)})
    people = load_report(root, TODAY).people
    memo = GroupMemo(lambda: 0)
    for by in ("letter", "due", "last", "planned"):
        for _ in range(5):
            some = tuple(rng.sample(people, rng.randint(1, len(people))))
            assert memo(some, by) == grouped(some, by)
            assert memo(some, by) == grouped(some, by)  # the answer kept
            # One year only: headings by month.
            same_year = tuple(s for s in some if s.last_contact and s.last_contact.year == 2026)
            assert memo(same_year, "last") == grouped(same_year, "last")


def test_rendering_again_and_again_lets_replaced_stats_go(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Watch mode keeps what the last renders used, not what they replaced: a watch that runs
    for days, its vault moved away and back, holds one set of people, not one per render."""
    rng = random.Random(7)
    root = make_vault({_name(rng, i): _note(rng, False) for i in range(PEOPLE)})
    config = load_config(root)
    live = LiveVault(root, config)
    live.load()
    cache = PageCache(Renderer(root, keep_lines=True))
    report = live.report(TODAY)
    cache.pages(report, config, root / "no-such-folder", live)
    first = [weakref.ref(s) for s in report.people]
    del report
    for away in [True, False] * 4:  # everyone gone, then back with new stats
        (root / "People").rename(root / "Away") if away else (root / "Away").rename(root / "People")
        live.rescan()
        cache.pages(live.report(TODAY), config, root / "no-such-folder", live)
    gc.collect()
    assert first and not [ref for ref in first if ref() is not None]
