"""An engineering manager's vault: one-on-ones and skip-levels, however they are spelt, notes named
for a meeting with one report, the team's mail, cadences kept as `1on1:` and reports who left."""

from __future__ import annotations

import datetime as dt
import json
import shutil
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


# --- a note named for a meeting with one person ------------------------------------------------

_REPORTS = {
    "People/Priya Shah.md": "---\ntags: [person]\naliases: [Priya]\n---\n",
    "People/Tom Becker.md": _PERSON,
    "People/Marco Rossi.md": _PERSON,
    "People/Aisha Okafor.md": _PERSON,
    "People/Lena Park.md": _PERSON,
    "People/Jen Wu.md": _PERSON,
    "People/Dana Whitfield.md": _PERSON,
    "People/Sam Lee.md": _PERSON,
}


def _timeline(root: Path, person: str) -> list[str]:
    """`show`'s timeline of the person: a line a contact."""
    result = CliRunner().invoke(
        main, ["show", person, "-v", str(root), "--today", "2026-12-05", "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    said = result.output.split("\nTimeline", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in said.splitlines()[1:]]


def _open_follow_ups(root: Path, person: str) -> list[str]:
    result = CliRunner().invoke(
        main, ["show", person, "-v", str(root), "--today", "2026-12-05", "--no-cache"]
    )
    said = result.output.split("\nOpen follow-ups\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in said.splitlines() if line.strip() != "none"]


@pytest.mark.parametrize(
    ("file", "person"),
    [
        ("1-1s/2026-11-24 Priya 1-1.md", "Priya Shah"),  # her alias
        ("1-1s/2026-11-24 Tom 1-1.md", "Tom Becker"),  # the first name of one person alone
        ("1-1s/2026-11-24 1-1 Aisha.md", "Aisha Okafor"),
        ("1-1s/2026-11-24 Lena 1on1.md", "Lena Park"),
        ("Meetings/2026-11-24 Coffee with Jen Wu.md", "Jen Wu"),  # her whole name
        ("Meetings/2026-11-24 Dana skip-level.md", "Dana Whitfield"),
        ("Meetings/2026-11-24 Marco - sync.md", "Marco Rossi"),
        ("Meetings/2026-11-24 Catch-up with Sam.md", "Sam Lee"),
    ],
)
def test_a_note_named_for_a_meeting_with_one_person_is_a_meeting_with_them(
    make_vault,  # type: ignore[no-untyped-def]
    file: str,
    person: str,
) -> None:
    """A dated note that lists no one, whose title after the date names one person (by file
    name, alias, or a first name no one else has) and a meeting: a meeting with them, as if
    they were its attendee; its title is what the timeline says."""
    root = make_vault({**_REPORTS, file: "## Talking points\n- ramp-up going ok\n"})
    title = file.rsplit("/", 1)[1][len("2026-11-24 ") : -3]
    assert _timeline(root, person) == [f"2026-11-24 ↔ {title}  [{file}:1]"]
    assert _report(root)["problems"] == []


@pytest.mark.parametrize(
    "file",
    [
        "1-1s/2026-11-24 Priya's birthday ideas.md",  # no meeting word
        "1-1s/2026-11-24 Priya and Marco sync.md",  # two people
        "1-1s/2026-11-24 Prep for Priya 1-1.md",  # to come
        "1-1s/2026-11-24 Cancelled Priya 1-1.md",
        "1-1s/2026-11-24 Priya 1-1 (cancelled).md",
        "1-1s/2026-11-24 Priya 1-1?.md",
        "1-1s/2026-11-24 priya 1-1.md",  # a word, not a name written as one
    ],
)
def test_a_title_of_no_meeting_or_of_several_names_nobody(make_vault, file: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**_REPORTS, file: "- notes\n"})
    assert _people(root)["Priya Shah"]["interactions"] == 0


def test_a_first_name_two_people_share_names_neither(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Tom 1-1` beside Tom Becker and Tom Hardy: whom it means is a guess, so nobody; and no
    one met without a note either (`Tom` is no link)."""
    root = make_vault({**_REPORTS, "People/Tom Hardy.md": _PERSON, "1-1s/2026-11-24 Tom 1-1.md": "- ok\n"})
    people = _people(root)
    assert people["Tom Becker"]["interactions"] == people["Tom Hardy"]["interactions"] == 0
    assert (
        _report(root)["people"]
        and "Tom"
        not in CliRunner()
        .invoke(main, ["report", "--no-cache", "--today", "2026-12-05", str(root)])
        .output.split("Met, no note yet", 1)[-1]
        .split("\n\n", 1)[0]
    )


def test_a_title_that_names_no_one_is_no_one_met(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`2026-11-20 Platform sync.md`: a meeting, with no one the vault knows; not `Platform`, met
    without a note."""
    root = make_vault({**_REPORTS, "Meetings/2026-11-20 Platform sync.md": "- sprint review\n"})
    result = CliRunner().invoke(main, ["report", "--no-cache", "--today", "2026-12-05", str(root)])
    assert "Met, no note yet" not in result.output


def test_a_note_that_lists_its_people_is_theirs_whatever_its_title(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`2026-11-19 Priya 1-1.md` listing `attendees: [Aisha Okafor]`: its list says who was there."""
    root = make_vault({**_REPORTS, "1-1s/2026-11-19 Priya 1-1.md": "---\nattendees: [Aisha Okafor]\n---\n"})
    people = _people(root)
    assert (people["Aisha Okafor"]["interactions"], people["Priya Shah"]["interactions"]) == (1, 0)


def test_a_meeting_named_for_one_that_says_it_was_called_off_met_no_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`2026-11-25 Tom 1-1.md` whose first line says `(skipped, he was OOO)` is no meeting with Tom,
    as a note listing him is not; the 1:1 the week before was."""
    root = make_vault(
        {
            **_REPORTS,
            "1-1s/2026-11-25 Tom 1-1.md": "- (skipped, he was OOO)\n",
            "1-1s/2026-11-18 Tom 1-1.md": "- roadmap\n",
        }
    )
    assert _people(root)["Tom Becker"]["interactions"] == 1


def test_a_title_names_one_by_their_given_name_after_a_title_and_with_a_curly_apostrophe(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Amy 1-1` is Dr Amy Lee's and `Jürgen 1-1` Onkel Jürgen's (the given name, not `Dr` or
    `Onkel`), and `1:1 with Dan O’Neill` Dan O'Neill's, the apostrophe curly in the title."""
    root = make_vault(
        {
            "People/Dr Amy Lee.md": _PERSON,
            "Familia/Onkel Jürgen.md": _PERSON,
            "People/Dan O'Neill.md": _PERSON,
            "1-1s/2026-11-24 Amy 1-1.md": "- roadmap\n",
            "1-1s/2026-11-25 Jürgen 1-1.md": "- Weihnachten\n",
            "1-1s/2026-11-26 1:1 with Dan O’Neill.md": "- hiring\n",
            "1-1s/2026-11-27 Dr 1-1.md": "- nothing\n",
        }
    )
    people = _people(root)
    assert [people[name]["interactions"] for name in ("Dr Amy Lee", "Onkel Jürgen", "Dan O'Neill")] == [
        1,
        1,
        1,
    ]


def test_a_title_is_no_name_a_task_is_given_by(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`2026-11-24 Coffee with Jen Wu.md`: `- [ ] Coffee beans for the office` opens with the
    title's first word, not Jen's: no follow-up of hers; `- [ ] Jen to send the deck` is."""
    root = make_vault(
        {
            "People/Jen Wu.md": _PERSON,
            "Daily/2026-11-24 Coffee with Jen Wu.md": "- [ ] Coffee beans for the office\n- [ ] Jen to send the deck\n",
        }
    )
    assert _open_follow_ups(root, "Jen Wu") == [
        "- Jen to send the deck  [Daily/2026-11-24 Coffee with Jen Wu.md:2]"
    ]


def test_the_open_tasks_of_a_meeting_named_for_one_are_theirs_when_they_name_them(make_vault) -> None:  # type: ignore[no-untyped-def]
    """As in a note listing its attendees: `- [ ] Priya to send design doc` is Priya's follow-up,
    and `- [ ] me: review Marco's proposal` Marco's; a task naming someone else is not."""
    root = make_vault(
        {
            **_REPORTS,
            "1-1s/2026-11-24 Priya 1-1.md": "## Action items\n- [ ] Priya to send design doc\n"
            "- [ ] me: ask Dana about Staff calibration timeline\n",
            "1-1s/2026-11-20 Marco 1-1.md": "- [ ] Marco to draft oncall proposal by EOD Tue\n"
            "- [ ] me: review Marco's proposal\n",
            "1-1s/2026-10-28 Tom 1-1.md": "- [ ] Tom to pick a Q1 project from the list\n",
        }
    )
    assert _open_follow_ups(root, "Priya") == ["- Priya to send design doc  [1-1s/2026-11-24 Priya 1-1.md:2]"]
    assert _open_follow_ups(root, "Marco Rossi") == [
        "- Marco to draft oncall proposal by EOD Tue  [1-1s/2026-11-20 Marco 1-1.md:1]",
        "- me: review Marco's proposal  [1-1s/2026-11-20 Marco 1-1.md:2]",
    ]
    assert _open_follow_ups(root, "Tom Becker") == [
        "- Tom to pick a Q1 project from the list  [1-1s/2026-10-28 Tom 1-1.md:1]"
    ]
    assert _open_follow_ups(root, "Dana Whitfield") == []


def test_the_title_is_read_again_when_someone_of_its_name_comes(tmp_path: Path) -> None:
    """`Tom 1-1` is Tom Becker's until a second Tom comes: then nobody's, in a build from the saved
    state as in a fresh one, and while `watch` runs."""
    from vaultnet.build import build, load_report
    from vaultnet.config import load_config
    from vaultnet.incremental import LiveVault
    from vaultnet.pages.render import report_json

    root = tmp_path / "vault"
    for file, text in {**_REPORTS, "1-1s/2026-11-24 Tom 1-1.md": "- [ ] Tom to pick a project\n"}.items():
        (root / file).parent.mkdir(parents=True, exist_ok=True)
        (root / file).write_text(text, encoding="utf-8")
    today = dt.date(2026, 12, 5)
    live = LiveVault(root, load_config(root))
    live.load()
    build(root, today)
    assert _people(root)["Tom Becker"]["interactions"] == 1
    (root / "People/Tom Hardy.md").write_text(_PERSON, encoding="utf-8")
    build(root, today)  # from the state
    saved = (root / "_vaultnet" / "Follow-ups.md").read_text(encoding="utf-8")
    live.update(["People/Tom Hardy.md"])
    fresh = load_report(root, today, load_config(root))
    assert report_json(live.report(today)) == report_json(fresh)
    assert {p.person.file: p.interactions for p in fresh.people}["People/Tom Becker.md"] == 0
    shutil.copytree(root, tmp_path / "fresh", ignore=shutil.ignore_patterns(".vaultnet", "_vaultnet"))
    build(tmp_path / "fresh", today, use_cache=False)
    assert saved == (tmp_path / "fresh" / "_vaultnet" / "Follow-ups.md").read_text(encoding="utf-8")


# --- a one-on-one's rhythm kept as `1on1:` is the cadence ---------------------------------------


@pytest.mark.parametrize(
    ("key", "days"),
    [
        ("1on1: weekly", 7),
        ("1on1: biweekly", 14),
        ('"1:1": weekly', 7),
        ("1:1: weekly", 7),  # YAML reads `1:1` as the number 61, a time in base 60: read as written
        ("one_on_one: monthly", 30),
        ("one-on-one: 2w", 14),
        ("1-1: weekly", 7),
        ("1-on-1: weekly", 7),
    ],
)
def test_a_one_on_ones_rhythm_is_the_cadence(make_vault, key: str, days: int) -> None:  # type: ignore[no-untyped-def]
    """A manager keeps the rhythm of each report's one-on-ones as `1on1: weekly`: the cadence,
    as `cadence: weekly` is, with no `[synonyms]` to write."""
    root = make_vault({"People/Priya Shah.md": f"---\ntags: [person]\n{key}\n---\n- 2026-11-02 1:1\n"})
    priya = _people(root)["Priya Shah"]
    assert priya["cadence_days"] == days
    assert _report(root)["problems"] == []


def test_a_one_on_ones_day_is_no_cadence_and_says_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`1on1: Tuesdays` is no rhythm vaultnet reads: a problem at its line, as `cadence: Tuesdays` is."""
    root = make_vault({"People/Priya Shah.md": "---\ntags: [person]\n1on1: Tuesdays\n---\n"})
    assert [(p["line"], p["message"][:31]) for p in _report(root)["problems"]] == [
        (3, "cadence: 'Tuesdays' is not a ca")
    ]


# --- a report who left rests ------------------------------------------------------------------

_CHRIS = (
    "---\nrole: Senior SWE\nteam: Platform\nstatus: {status}\nleft: 2026-06\ntags: [person, report]\n"
    "1on1: weekly\n---\n# Chris Patel\n\nLeft for Datadog June 2026.\n\n## About\n- surfer\n"
    "## Log\n- 2026-06-12 lunch, his farewell\n"
)


@pytest.mark.parametrize(
    "status", ["left", "Left", "left company", "left the company", "left-company", "moved on"]
)
def test_someone_who_left_rests(make_vault, status: str) -> None:  # type: ignore[no-untyped-def]
    """`status: left` on a report who left for another company: resting, neither overdue by his
    weekly one-on-ones nor suggested to anyone, as `status: dormant` is."""
    root = make_vault(
        {
            "People/Chris Patel.md": _CHRIS.format(status=status),
            "People/Diego Alvarez.md": "---\ntags: [person, report]\n---\n",
            "People/Aisha Okafor.md": "---\ntags: [person, report]\n---\n",
        }
    )
    assert _people(root, "2026-09-01")["Chris Patel"]["resting"] is True
    result = CliRunner().invoke(main, ["report", "--no-cache", "--today", "2026-09-01", str(root)])
    for section in ("Reach out", "Introductions to think about"):
        assert "Chris" not in result.output.split(f"\n{section}\n", 1)[1].split("\n\n", 1)[0], section


def test_a_former_colleague_is_no_one_who_left(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`status: former` alone may be a colleague you still see: not resting (a status says
    where a relationship stands, and `former` says of what it was, not that it is over)."""
    root = make_vault({"People/Chris Patel.md": _CHRIS.format(status="former")})
    assert _people(root, "2026-09-01")["Chris Patel"]["resting"] is False


# --- `new` makes no second note of someone `log` finds by a short name ---------------------------


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("name", ["Tom", "tom", "Becker"])
def test_new_refuses_a_name_that_finds_someone_already(make_vault, name: str) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet new Tom` beside Tom Becker, whom `vaultnet log tom` finds: People/Tom.md would
    take the name from him. Refused in one line saying who, and how to make it all the same."""
    root = make_vault(_REPORTS)
    code, said = _run("new", name, "-v", str(root), "--today", "2026-12-05")
    assert code == 2 and len(said.splitlines()) == 1, said
    assert "People/Tom Becker.md" in said and "--force" in said and f"aliases: [{name}]" in said
    assert not (root / f"People/{name}.md").exists()
    code, said = _run(
        "log", "tom", "coffee", "-v", str(root), "--date", "2026-12-05", "--today", "2026-12-05"
    )
    assert code == 0 and "People/Tom Becker.md" in said


def test_new_makes_a_note_of_a_short_name_when_forced(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Another Tom, whose last name you do not know: `--force` makes People/Tom.md, which links
    and `log tom` find from then on."""
    root = make_vault(_REPORTS)
    code, said = _run("new", "Tom", "--force", "-v", str(root), "--today", "2026-12-05")
    assert code == 0 and "created People/Tom.md" in said
    code, said = _run(
        "log", "tom", "coffee", "-v", str(root), "--date", "2026-12-05", "--today", "2026-12-05"
    )
    assert code == 0 and "People/Tom.md" in said


def test_new_makes_a_note_of_a_short_name_two_people_share(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Tom` beside Tom Becker and Tom Hardy finds neither: a note of its own takes it from no one."""
    root = make_vault({**_REPORTS, "People/Tom Hardy.md": _PERSON})
    code, said = _run("new", "Tom", "-v", str(root), "--today", "2026-12-05")
    assert code == 0 and "created People/Tom.md" in said


# --- what `log` offers and `show` says of a note with no title ----------------------------------


@pytest.mark.parametrize(
    ("name", "offered"),
    [
        ("Jordan", None),  # `Dana` shares three letters: no near name
        ("Grandma", None),
        ("Danna", "People/Dana Whitfield.md"),  # a letter more
        ("Dana Whitfeld", "People/Dana Whitfield.md"),
        ("People/Dana Whitfeld", "People/Dana Whitfield.md"),
    ],
)
def test_a_name_no_one_answers_to_offers_only_near_ones(make_vault, name: str, offered: str | None) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({**_REPORTS, "People/Dana Whitfield.md": "---\ntags: [person]\naliases: [Dana]\n---\n"})
    code, said = _run("log", name, "intro call", "-v", str(root), "--today", "2026-12-05")
    assert code == 2
    if offered is None:
        assert "did you mean" not in said and "vaultnet new" in said, said
    else:
        assert f"did you mean: {offered}" in said, said


def test_the_timeline_names_a_note_that_says_nothing_by_where_it_is(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A meeting's note named by its day alone, with no heading (`Meetings/2026-11-20.md`):
    the timeline says which note, not `(no text)`."""
    root = make_vault({**_REPORTS, "Meetings/2026-11-20.md": "---\nattendees: [Priya]\n---\n"})
    assert _timeline(root, "Priya") == ["2026-11-20 ↔ Meetings/2026-11-20  [Meetings/2026-11-20.md:1]"]
