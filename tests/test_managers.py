"""An engineering manager's vault: one-on-ones and skip-levels, however they are spelt, notes named
for a meeting with one report, the team's mail, cadences kept as `1on1:` and reports who left."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.model import Mention
from vaultnet.read.note import parse_note


def _entries(*lines: str) -> tuple[Mention, ...]:
    """The entries of one daily note whose items are these lines."""
    text = "".join(f"- {line}\n" for line in lines)
    return parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries


def _way(line: str) -> str:
    """The direction a daily note's one item gives the first person it links (`none` for no
    contact: an aside, a broadcast)."""
    (m,) = _entries(line)
    return "none" if m.aside or m.broadcast else m.direction


def _report(root: Path, today: str = "2026-12-05") -> dict[str, Any]:
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", today, str(root)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def _people(root: Path, today: str = "2026-12-05") -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in _report(root, today)["people"]}


_PERSON = "---\ntags: [person]\n---\n"


# --- one-on-ones and skip-levels are meetings, however spelt ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[[Ben Cohen]] 1on1",
        "[[Ben Cohen]] 1-1",
        "[[Ben Cohen]] 1:1",
        "Weekly 1on1 [[Ben Cohen]]",
        "Weekly 1-1 [[Ben Cohen]]",
        "10:00 [[Ben Cohen]] one-on-one",
        "[[Ben Cohen]] o3",
        "[[Ben Cohen]] 1:1, quiet again",
        "[[Ben Cohen]] 1on1, quiet again. need to dig in",
        "[[Diego Alvarez]] 1:1 — moving date confirmed",
        "[[Diego Alvarez]] 1-1 - moving date confirmed",
        "skip-level with [[Dana]] — she asked about hiring",
        "Skip level with [[Dana]]",
        "[[Dana]] skip-level",
        "[[Dana]] skip level",
        "Monthly skip-level [[Dana]]",
        "1-1 w/ [[Ben Cohen]]",
        "1on1 with [[Ben Cohen]] — he's interviewing elsewhere??",
        "o3 with [[Ben Cohen]]",
    ],
)
def test_a_one_on_one_or_a_skip_level_however_spelt_is_a_meeting(line: str) -> None:
    """`1on1`, `1-1`, `o3`, `one-on-one` and a skip-level are meeting words wherever `1:1` is one:
    beside the people alone or before what was said, and before `with`."""
    assert _way(line) == "mutual"


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Cancelled 1:1 with [[Ben Cohen]] (he's out sick)", "none"),
        ("Need to book a 1on1 with [[Ben Cohen]]", "none"),
        ("Prep for skip-level with [[Dana]]", "none"),
        ("Score was 1-1, [[Ben Cohen]] scored", "unknown"),
    ],
)
def test_a_one_on_one_called_off_or_to_come_is_none(line: str, way: str) -> None:
    """A one-on-one by any name is called off, planned or prepared for as a `1:1` is; a score of
    one all is no meeting."""
    found = _entries(line)
    assert (_way(line) if found else "none") == way


@pytest.mark.parametrize("word", ["1on1", "1-1", "one-on-one", "o3", "skip-level"])
def test_an_own_log_entry_of_a_one_on_one_is_a_meeting(make_vault, word: str) -> None:  # type: ignore[no-untyped-def]
    """`- 2026-11-20 1on1, talked career` in a report's note: a meeting, as `1:1` is."""
    root = make_vault({"People/Ben.md": f"{_PERSON}## Log\n- 2026-11-20 {word}, talked career\n"})
    ben = _people(root)["Ben"]
    assert (ben["mutual"], ben["unknown"]) == (1, 0)


@pytest.mark.parametrize("heading", ["1on1s", "1-1s", "One-on-ones", "Skip-levels", "1:1s"])
def test_a_days_heading_of_one_on_ones_lists_meetings(heading: str) -> None:
    """`## 1on1s` over `- [[Bo]]`: each line a meeting, as under `## 1:1s`."""
    text = f"## {heading}\n- [[Bo]]\n- [[Cy]] about the launch\n"
    found = parse_note("Daily/2026-11-20.md", text.encode(), Config()).entries
    assert [m.direction for m in found] == ["mutual", "mutual"]


@pytest.mark.parametrize("tag", ["1on1", "1-1", "o3", "skip-level", "one-on-one"])
def test_a_dated_note_tagged_a_one_on_one_is_a_meeting(tag: str) -> None:
    """`tags: [o3]` on a dated note naming its report: a meeting, as `#1:1` is."""
    text = f"---\ntags: [{tag}]\n---\n- talked about [[Bo]]'s promo\n"
    (m,) = parse_note("1-1s/2026-11-20.md", text.encode(), Config()).entries
    assert m.direction == "mutual"


# --- the team's mail is audience -----------------------------------------------------------------

_TEAM = [f"[[{name}]]" for name in ("Priya", "Marco", "Tom", "Aisha", "Ben", "Lena", "Diego")]


@pytest.mark.parametrize(
    "line",
    [
        f"Sent team update email to {', '.join(_TEAM)}",
        "Sent team update email to [[Priya]], [[Marco]]",
        "Sent weekly team update to the team (cc [[Lena]], [[Diego]])",
        "Emailed the team re: holiday coverage - [[Aisha]], [[Priya]]",
        "Emailed the whole team about the reorg: [[Aisha]], [[Priya]]",
        "Mail to the team about the offsite, cc [[Bo]]",
        "Posted the rota to the platform team: [[Aisha]], [[Priya]]",
        "All-hands email to [[Aisha]], [[Priya]] and the rest",
        "Team update email to [[Aisha]], [[Priya]]",
    ],
)
def test_a_mail_to_the_team_is_audience(line: str) -> None:
    """A team update, a mail to the team or an all-hands mail goes to everyone at once, as an
    investor update does: each person named is its audience, no contact of two."""
    assert all(m.broadcast for m in _entries(line))


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("Lunch with the team and [[Bo]]", "mutual"),  # in person
        ("Team lunch with [[Bo]]", "mutual"),
        ("Team update meeting with [[Bo]]", "mutual"),
        ("Sent [[Bo]] the team update draft to review", "outbound"),
        ("Talked to [[Bo]] about the team update", "mutual"),
        ("Wrote to [[Bo]] with the team's feedback", "outbound"),
        ("Introduced [[Bo]] to the team", "outbound"),
        ("1:1 with [[Bo]], walked him through the team update", "mutual"),
    ],
)
def test_what_is_said_of_the_team_to_one_is_to_them(line: str, way: str) -> None:
    """A meal with the team and someone, a meeting about the update, a mail to the team's lead or
    a draft of the update sent for review: contacts of their own, as the words say."""
    assert _way(line) == way


@pytest.mark.parametrize(
    "line",
    [
        "Emailed the team lead [[Bo]] about headcount",
        "Team update: [[Bo]] is out next week",
        "Drafted the team update with [[Bo]]",
        "Sent [[Bo]] to the team offsite",
    ],
)
def test_the_team_named_beside_one_of_it_is_no_mailing(line: str) -> None:
    """One of the team, a label of what the team did, the update written together: no mail to
    all at once."""
    assert not any(m.broadcast for m in _entries(line))
