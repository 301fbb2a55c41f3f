"""Natural rhythm, listening prompts and introductions (issue 5)."""

from __future__ import annotations

import datetime as dt
import json
import statistics
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from vaultnet.build import build, load_report
from vaultnet.cli import main
from vaultnet.config import Config, load_config
from vaultnet.errors import ConfigError
from vaultnet.metrics.cultivate import (
    BUCKET_LIMIT,
    introduction_ideas,
    introductions_made,
    is_drifting,
    median_days,
    open_follow_ups,
    rhythm_days,
)
from vaultnet.read.note import parse_note

TODAY = dt.date(2026, 11, 21)


def _log(*entries: str, front: str = "") -> str:
    head = f"---\n{front}---\n" if front else ""
    return head + "## Log\n" + "".join(f"- {e}\n" for e in entries)


def _stats(root: Path, config: Config | None = None) -> dict[str, object]:
    report = load_report(root, TODAY, config or Config())
    return {s.person.note.name: s for s in report.people}


def _json(root: Path) -> dict[str, dict[str, object]]:
    result = CliRunner().invoke(main, ["report", "--json", "--today", TODAY.isoformat(), str(root)])
    assert result.exit_code == 0, result.output
    return {p["name"]: p for p in json.loads(result.output)["people"]}


# --- parse: location and interests are typed fields ---------------------------------------------


def test_location_and_interests_are_read_and_interests_still_count_as_facts() -> None:
    text = (
        "---\ncity: '[[Lisbon]]'\ninterests: [climbing, '[[Jazz]]']\n---\n"
        "## Interests\n- board games\n## Log\n- 2026-01-01 -> hi\n"
    )
    note = parse_note("People/Ana.md", text.encode(), Config())
    assert note.location == "Lisbon"
    assert note.interests == ("climbing", "Jazz", "board games")
    assert {"climbing", "jazz", "board games"} <= {fact.lower() for fact in note.facts}


def test_location_synonyms_and_custom_synonym() -> None:
    note = parse_note("People/Ana.md", b"---\nlocation: Porto, Portugal\n---\n", Config())
    assert note.location == "Porto, Portugal"
    config = Config(synonyms={"location": ("hometown",)})
    assert parse_note("People/Ana.md", b"---\nhometown: Faro\n---\n", config).location == "Faro"


# --- natural rhythm ----------------------------------------------------------------------------


def test_rhythm_is_the_median_gap_and_drifting_is_past_twice_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            # gaps 10, 10, 30 → median 10; last contact 2026-10-31, 21 days ago > 20: drifting
            "People/Ana.md": _log(
                "2026-09-11 -> a", "2026-09-21 <- b", "2026-10-01 <-> c", "2026-10-31 -> d"
            ),
            # gaps 10, 10 → rhythm 10; last 2026-11-01, exactly 20 days: not drifting
            "People/Bo.md": _log("2026-10-12 -> a", "2026-10-22 -> b", "2026-11-01 -> c"),
            # two contacts: no rhythm
            "People/Cy.md": _log("2026-01-01 -> a", "2026-02-01 -> b"),
            # a cadence wins: no rhythm
            "People/Di.md": _log(
                "2026-01-01 -> a", "2026-01-02 -> b", "2026-01-03 -> c", front="cadence: 1y\n"
            ),
            # gaps 3 and 6 → median 4.5, rounded down to 4; planned contacts do not count
            "People/Ed.md": _log("2026-11-10 -> a", "2026-11-13 -> b", "2026-11-19 -> c", "2026-12-01 -> d"),
        }
    )
    stats = _stats(root)
    assert [rhythm_days(stats[n]) for n in ("Ana", "Bo", "Cy", "Di", "Ed")] == [10, 10, None, None, 4]
    assert [is_drifting(stats[n]) for n in ("Ana", "Bo", "Cy", "Di", "Ed")] == [
        True,
        False,
        False,
        False,
        False,
    ]
    people = _json(root)
    assert (people["Ana"]["rhythm_days"], people["Ana"]["drifting"]) == (10, True)
    assert (people["Cy"]["rhythm_days"], people["Cy"]["drifting"]) == (None, False)


def test_a_day_set_to_be_in_touch_is_no_contact_taken_out_of_the_rhythm(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A `next_contact` ahead is a plan, not one of the contacts: the three before it make a rhythm,
    and so do those before the day someone died, the lines after it none (`stats.lived`)."""
    root = make_vault(
        {
            "People/Fay.md": _log(
                "2026-10-01 -> a", "2026-10-11 -> b", "2026-10-21 -> c", front="next_contact: 2026-12-20\n"
            ),
            "People/Gus.md": _log(
                "2026-09-01 -> a",
                "2026-09-11 -> b",
                "2026-09-21 -> c",
                "2026-11-01 -> d",
                "2026-11-20 -> e",
                front="died: 2026-09-25\n",
            ),
        }
    )
    stats = _stats(root)
    assert (rhythm_days(stats["Fay"]), rhythm_days(stats["Gus"])) == (10, 10)


def test_the_rhythm_is_the_recent_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A friend who moved away: coffee every ten days for half a year, then a birthday text once a
    year. Their rhythm is their recent one, the gaps of the two years up to the last contact (at
    least the last five), so the text seven months on is no drift; contact as steady as ever, or
    on a few occasions, keeps the rhythm of all its gaps."""
    coffee = [dt.date(2020, 1, 2) + dt.timedelta(days=10 * n) for n in range(19)]
    weekly = [dt.date(2021, 11, 7) + dt.timedelta(days=7 * n) for n in range(260)]
    root = make_vault(
        {
            "People/Mei Holm.md": _log(
                *(f"{day} <-> coffee with Mei" for day in coffee),
                *(f"{year}-04-14 -> texted her happy birthday" for year in range(2021, 2027)),
            ),
            "People/Ros.md": _log(*(f"{day} <-> walk" for day in weekly)),
            "People/Sol.md": _log("2026-06-01 -> a", "2026-09-09 -> b", "2026-09-19 -> c"),
        }
    )
    stats = _stats(root)
    assert [rhythm_days(stats[n]) for n in ("Mei Holm", "Ros", "Sol")] == [365, 7, 55]
    assert not is_drifting(stats["Mei Holm"]) and stats["Mei Holm"].days_since == 221


def test_days_in_a_row_are_one_occasion_of_a_rhythm(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A conference's three days, a weekend's visit, two entries of one day: one occasion, no
    gaps of a day or none that make a rhythm of every day. Contact day after day for weeks is a
    rhythm of every day, when it goes on to the last contact or comes again; a week's trip once,
    with other contact since, is one occasion."""
    root = make_vault(
        {
            # one conference: one occasion, no rhythm
            "People/Ana.md": _log("2026-11-14 <-> day 1", "2026-11-15 <-> day 2", "2026-11-16 <-> day 3"),
            # a meeting in March, then the conference: two occasions, no rhythm yet
            "People/Bo.md": _log(
                "2026-03-02 -> a", "2026-11-14 <-> day 1", "2026-11-15 <-> day 2", "2026-11-16 <-> day 3"
            ),
            # a call and an e-mail on each of three days: the gaps between the days, 10 and 20
            "People/Cy.md": _log(
                "2026-10-01 -> a", "2026-10-01 <- b", "2026-10-11 -> c", "2026-10-11 <- d", "2026-10-31 -> e"
            ),
            # a weekend's visit among monthly calls: from one occasion's end to the next's start
            "People/Di.md": _log(
                "2026-08-01 -> a",
                "2026-08-31 <-> b",
                "2026-09-01 <-> c",
                "2026-10-01 -> d",
                "2026-11-01 -> e",
            ),
            # every day of September: contact day after day, a rhythm of one day
            "People/Eve.md": _log(*(f"2026-09-{d:02} <-> x" for d in range(1, 31))),
            # every weekday for three weeks: seen every working day
            "People/Fay.md": _log(*(f"2026-09-{d:02} <-> x" for d in WEEKDAYS)),
            # a week's trip together, then monthly calls: the trip is one occasion
            "People/Gus.md": _log(
                *(f"2026-07-{d:02} <-> trip" for d in range(10, 17)), "2026-09-01 -> a", "2026-10-01 -> b"
            ),
            # a week's trip, and climbing since: no rhythm of every day, so no drifting
            "People/Kenji.md": _log(
                *(f"2026-08-{d:02} <-> Lisbon" for d in range(10, 17)), "2026-11-20 <-> climbing"
            ),
        }
    )
    stats = _stats(root)
    names = ("Ana", "Bo", "Cy", "Di", "Eve", "Fay", "Gus", "Kenji")
    assert [rhythm_days(stats[n]) for n in names] == [None, None, 15, 30, 1, 1, 38, None]
    assert not is_drifting(stats["Kenji"])
    assert not is_drifting(stats["Ana"]) and not is_drifting(stats["Bo"]) and is_drifting(stats["Eve"])


WEEKDAYS = (7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25)
"""The weekdays of three weeks of September 2026."""


def test_drifting_people_show_on_recency_and_in_the_report(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {"People/Ana.md": _log("2026-06-01 -> a", "2026-06-11 <- b", "2026-06-21 <-> asked about her move")}
    )
    build(root, TODAY)
    recency = (root / "_vaultnet" / "Recency.md").read_text(encoding="utf-8")
    drifting = recency.split("## Drifting (1)", 1)[1].split("##", 1)[0]
    assert "[[People/Ana|Ana]]: usually every 10 days, now 153 days" in drifting
    result = CliRunner().invoke(main, ["report", "--today", TODAY.isoformat(), str(root)])
    section = result.output.split("Quieter than their own rhythm", 1)[1].split("\n\n", 1)[0]
    assert "Ana: usually every 10 days, now 153" in section


# --- listening prompts -------------------------------------------------------------------------


def test_what_was_last_said_of_someone_a_days_people_list_is_their_own_line(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A daily note that lists its people under `## People`, each on a line of their own, tells of
    each by that line, not by the note's heading (`# Friday, November 13`, the day again) nor its
    first line (`08:30 Gym`); a meeting's attendees listed together are told of by its title."""
    root = make_vault(
        {
            **{f"People/{n}.md": "---\ntags: [person]\n---\n" for n in ("Ana", "Bo", "Cy")},
            "Daily/2026-11-13.md": (
                "# Friday, November 13\n\n## Morning\n- 08:30 Gym\n\n## People\n"
                "- [[Ana]] — she called, wants to meet next week\n- [[Bo]]\n"
            ),
            "Meetings/2026-11-12 Offsite planning.md": "## Attendees\n- [[Cy]]\n- [[Ana]]\n\n## Notes\n- budget\n",
        }
    )
    people = _json(root)
    assert people["Ana"]["last_note"] == "[[Ana]] — she called, wants to meet next week"
    assert people["Cy"]["last_note"] == "Offsite planning"
    assert people["Bo"]["last_note"] == "[[Bo]]"


def test_last_note_and_follow_ups_in_json_and_beside_people_to_reach_out_to(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": (
                "---\ncadence: 2w\n---\n## Log\n- 2026-10-01 -> coffee; her marathon is in March\n"
                "- [ ] ask how the training goes\n- [x] sent the photos\n"
            ),
            "Daily/2026-11-02.md": "- [ ] send [[Ana]] the climbing gym link\n- [ ] unrelated task\n",
            "People/Bo.md": "---\ntags: [person]\n---\n",
        }
    )
    people = _json(root)
    assert people["Ana"]["last_note"] == "coffee; her marathon is in March"
    assert people["Ana"]["follow_ups"] == [
        {"file": "Daily/2026-11-02.md", "line": 1, "text": "send [[Ana]] the climbing gym link", "due": None},
        {"file": "People/Ana.md", "line": 6, "text": "ask how the training goes", "due": None},
    ]
    assert (people["Bo"]["last_note"], people["Bo"]["follow_ups"]) == (None, [])
    keys = list(people["Ana"])
    # Spec 6.6's keys right after `real` (6.5 puts `inferred` first), then vaultnet's own.
    after = [k for k in keys[keys.index("real") + 1 : keys.index("follow_ups") + 1] if k != "inferred"]
    assert after == [
        "planned", "birthday", "next_birthday", "resting", "rhythm_days", "drifting", "last_note", "follow_ups",
    ]  # fmt: skip

    build(root, TODAY)
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    reach = overview.split("## Reach out", 1)[1].split("##", 1)[0]
    assert "“coffee; her marathon is in March”" in reach
    assert "  - open: send Ana the climbing gym link (in [[Daily/2026-11-02|2026-11-02]])" in reach
    assert "  - open: ask how the training goes\n" in reach
    assert "unrelated task" not in overview
    report = CliRunner().invoke(main, ["report", "--today", TODAY.isoformat(), str(root)]).output
    assert "open: ask how the training goes" in report


def test_an_open_task_naming_a_person_in_any_note_is_their_follow_up(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Spec 6.6: an unchecked task naming a person in any note, not only in person and dated
    notes; one in an undated note has no date."""
    root = make_vault(
        {
            "People/Maya.md": _person(""),
            "Flat hunt.md": "# Flat hunt\n- [ ] ask [[Maya]] about the flat\n- [x] asked [[Maya]] already\n",
            "Notes/Todo.md": "- [ ] call [[Maya]] 📅 2026-12-10\n- [ ] buy milk\n",
            "Templates/Person.md": "- [ ] ask [[Maya]] from a template folder\n",
            "Notes/Template.md": "---\ntags: [template]\n---\n- [ ] ask [[Maya]] in a template\n",
        }
    )
    report = load_report(root, TODAY, Config())
    maya = next(s for s in report.people if s.person.note.name == "Maya")
    assert [(f.file, f.line, f.text, f.date) for f in open_follow_ups(maya)] == [
        ("Flat hunt.md", 2, "ask [[Maya]] about the flat", None),
        ("Notes/Todo.md", 1, "call [[Maya]] 📅 2026-12-10", None),
    ]
    build(root, TODAY)
    page = (root / "_vaultnet" / "Follow-ups.md").read_text(encoding="utf-8")
    assert "- ask Maya about the flat ([[Flat hunt|Flat hunt]], line 2)\n" in page
    assert "from a template" not in page and "in a template" not in page


# --- introduction ideas ------------------------------------------------------------------------


def _person(front: str, log: str = "") -> str:
    return f"---\ntags: [person]\n{front}---\n{log}"


def test_ideas_say_why_and_skip_linked_pairs(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": _person("interests: [climbing, jazz]\ncity: Lisbon\n"),
            "People/Bruno.md": _person("interests: [Climbing]\nlocation: Lisbon, Portugal\n"),
            "People/Chen.md": _person("interests: [jazz]\n", "See [[Dara]].\n"),
            "People/Dara.md": _person("interests: [jazz]\n"),
        }
    )
    report = load_report(root, TODAY, Config())
    ideas = [
        (i.first.person.note.name, i.second.person.note.name, i.reason)
        for i in introduction_ideas(report, Config())
    ]
    assert ideas[0] == ("Ana", "Bruno", "both into climbing; both in Lisbon")
    assert ("Ana", "Chen", "both into jazz") in ideas
    # Ana is in two ideas already (the most per person); Chen's note links Dara.
    assert len(ideas) == 2


def test_people_at_rest_are_never_an_idea(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Who died, asked not to be contacted, is estranged, archived or dormant is introduced to nobody; a
    snooze only puts off reminders, and a snoozed person may still enjoy meeting someone."""
    root = make_vault(
        {
            "People/Ana.md": _person("interests: [sailing]\n"),
            "People/Greta.md": _person("interests: [sailing]\nstatus: deceased\n"),
            "People/Piet.md": _person("interests: [sailing]\nstatus: do not contact\n"),
            "People/Ines.md": _person("interests: [sailing]\nstatus: estranged\n"),
            "People/Nan.md": _person("interests: [sailing]\n", "#RIP\n"),
            "People/Archive/Olaf.md": _person("interests: [sailing]\n"),
            "People/Dora.md": _person("interests: [sailing]\nstatus: dormant\n"),
            "People/Sam.md": _person(f"interests: [sailing]\nsnooze: {TODAY.replace(year=TODAY.year + 1)}\n"),
        }
    )
    report = load_report(root, TODAY, Config())
    ideas = [
        (i.first.person.note.name, i.second.person.note.name) for i in introduction_ideas(report, Config())
    ]
    assert ideas == [("Ana", "Sam")]


def test_a_relation_named_in_plain_text_links_the_two(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`partner: Kenji Sato`, `kids: [Mia Lund]`: they know each other, as when the value is a
    link (spec 1.6), and are never an idea. A name no note answers to links nobody, and so does a
    first name alone (another note's alias may be it)."""
    root = make_vault(
        {
            "People/Hana Sato.md": _person("interests: [pottery]\npartner: Kenji Sato\nsiblings: Ola Berg\n"),
            "People/Kenji Sato.md": _person("interests: [pottery]\n"),
            "People/Olav Lund.md": _person("interests: [chess]\nkids: [Mia Lund]\n"),
            "People/Mia Lund.md": _person("interests: [chess]\n"),
            "People/Ana.md": _person("interests: [pottery, chess]\nkids: [Mia]\n"),
            "People/Mia Chen.md": _person("aliases: [Mia]\n"),  # not Ana's Mia
        }
    )
    report = load_report(root, TODAY, Config())
    ideas = {
        (i.first.person.note.name, i.second.person.note.name) for i in introduction_ideas(report, Config())
    }
    assert ideas and ("Hana Sato", "Kenji Sato") not in ideas and ("Mia Lund", "Olav Lund") not in ideas
    linked = {s.person.note.name: sorted(s.person.linked) for s in report.people}
    assert linked["Hana Sato"] == ["People/Kenji Sato.md"] and linked["Mia Lund"] == ["People/Olav Lund.md"]
    assert linked["Ana"] == [] and linked["Mia Chen"] == []


def test_a_kinship_key_is_a_relation_never_an_idea_and_a_fact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`mother:`, `parent:`, `wife:`, a body's `Mum: Priya Singh`, and `- husband: Dan Roe` under
    `## Family` name a relative, as `partner:` does: the two are linked, never an idea, and the
    key is something known of the person (a fact)."""
    root = make_vault(
        {
            "People/Ava Brown.md": _person("interests: [chess]\nmother: Helen Brown\n"),
            "People/Helen Brown.md": _person("interests: [chess]\n"),
            "People/Kit Fox.md": _person("interests: [go]\nparent: Ann Fox\n"),
            "People/Ann Fox.md": _person("interests: [go]\n"),
            "People/Max Lee.md": _person("interests: [sailing]\nwife: Jo Lee\n"),
            "People/Jo Lee.md": _person("interests: [sailing]\n"),
            "People/Liam Singh.md": _person("interests: [piano]\n", "Mum: Priya Singh\n"),
            "People/Priya Singh.md": _person("interests: [piano]\n"),
            "People/Eve Roe.md": _person("interests: [golf]\n", "## Family\n- husband: Dan Roe\n"),
            "People/Dan Roe.md": _person("interests: [golf]\n"),
        }
    )
    report = load_report(root, TODAY, Config())
    assert introduction_ideas(report, Config()) == ()
    facts = {s.person.note.name: s.person.note.facts for s in report.people}
    assert facts["Ava Brown"] == ("chess", "mother: Helen Brown")
    assert facts["Liam Singh"] == ("piano", "mum: Priya Singh")
    assert facts["Eve Roe"] == ("golf", "husband: Dan Roe")
    no_interest = parse_note("People/Ava.md", b"---\ntags: [person]\nmother: Helen Brown\n---\n", Config())
    assert no_interest.facts == ("mother: Helen Brown",)


def test_ideas_prefer_people_known_personally_and_respect_the_limits(make_vault) -> None:  # type: ignore[no-untyped-def]
    files = {f"People/P{i}.md": _person("interests: [sailing]\n") for i in range(6)}
    files["People/Known1.md"] = _person("interests: [sailing]\nbirthday: 1990-01-01\n")
    files["People/Known2.md"] = _person("interests: [sailing]\nfacts: [has a dog]\n")
    root = make_vault(files)
    report = load_report(root, TODAY, Config())
    ideas = introduction_ideas(report, Config(introductions=3))
    assert len(ideas) == 3
    assert {ideas[0].first.person.note.name, ideas[0].second.person.note.name} == {"Known1", "Known2"}
    assert ideas[0].reason == "both into sailing"
    every = introduction_ideas(report, Config(introductions=50))
    names = [s.person.note.name for i in every for s in (i.first, i.second)]
    assert max(names.count(n) for n in set(names)) <= 2
    assert every == introduction_ideas(load_report(root, TODAY, Config()), Config(introductions=50))


def test_what_too_many_share_is_no_reason_and_the_pages_say_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A tag on more than BUCKET_LIMIT people (half the vault) gives no idea; the report and the
    page say why, not that nobody shares anything."""
    root = make_vault({f"People/P{i}.md": _person("interests: [chess]\n") for i in range(BUCKET_LIMIT + 1)})
    assert introduction_ideas(load_report(root, TODAY, Config()), Config()) == ()
    report = CliRunner().invoke(main, ["report", "--today", TODAY.isoformat(), str(root)])
    assert (
        f"nor at one organisation or team, share an interest or a tag that at most {BUCKET_LIMIT} people share"
        in report.output
    )
    build(root, TODAY)
    page = (root / "_vaultnet" / "Introductions.md").read_text(encoding="utf-8")
    assert f"that at most {BUCKET_LIMIT} people share: one that more share" in page


@pytest.mark.parametrize(
    ("notes", "reason"),
    [
        (  # a tag of what someone is to you (`#friend`, `#family`, `#colleague`): nothing shared
            {
                "Ana": "person, bouldering, friend",
                "Bo": "person, bouldering, friend",
                "Cy": "person, friend, family/cousin",
                "Dee": "person, family/cousin, colleague",
                "Eve": "person, colleague",
            },
            ("Ana", "Bo", "both tagged #bouldering"),
        ),
        (  # old classmates know each other; `#people/friend` is a friend as `#friend` is
            {
                "Al": "person, school, uni, ex-colleague",
                "Bo": "person, school, uni, ex-colleague",
                "Fa": "people/friend, people/friend/close, person/school",
                "Fb": "people/friend, people/friend/close, person/school, people/climber",
                "Fc": "people/climber",
            },
            ("Fb", "Fc", "both tagged #people/climber"),
        ),
        (  # what they are to your business: a lead, a prospect, an investor, a vendor
            {
                "Ann": "person, lead, golf",
                "Bob": "person, lead",
                "Di": "person, investor, vendor, lp",
                "Ed": "people/investor, supplier, partner",
                "Fi": "person, prospect, recruiter, customer",
                "Gu": "person, prospect, candidate, advisor, golf",
            },
            ("Ann", "Gu", "both tagged #golf"),
        ),
        (  # what they are to what you run: your volunteers, donors and members meet there already
            {
                "Ana": "person, volunteer, donor, carpentry",
                "Bo": "person, volunteer, donor",
                "Cy": "person, volunteers, member, supporter, sponsor, trustee, staff",
                "Di": "person, volunteers, member, supporter, sponsor, trustee, staff, carpentry",
            },
            ("Ana", "Di", "both tagged #carpentry"),
        ),
        (  # kin, as `relation: cousin` tags them: two cousins, two grandchildren, two in-laws
            {
                "Ben": "person, cousin, mother, aunt, grandchild, sister-in-law, great, step",
                "Jess": "person, cousin, mum, aunt, grandchild, sister-in-law, great, step",
                "Leo": "person, cousins, grandson, great-great-grandfather, stepmother, half-brother",
                "Mia": "person, cousins, grandson, great-great-grandfather, stepmother, half-brother, chess",
                "Ned": "person, family/niece, brothers-in-law, in-laws, spouse, son, daughter, kid",
                "Ola": "person, family/niece, brothers-in-law, in-laws, spouse, son, daughter, kid, chess",
            },
            ("Mia", "Ola", "both tagged #chess"),
        ),
        (  # what they are to you in academia, and the conference you met them at
            {
                "Al": "person, labmate, committee, coauthor, collaborator, conference",
                "Bo": "person, lab-mate, committee, co-authors, collaborators, conference, prosody",
                "Cy": "person, supervisor, student, phd-student, postdoc, reviewer, editor",
                "Di": "person, supervisors, students, phd-students, postdocs, reviewers, editors",
                "Ed": "person, labmates, conferences, prosody",
            },
            ("Bo", "Ed", "both tagged #prosody"),
        ),
        (  # family and friends in the languages of Europe's larger vaults, kin too
            {
                "Ab": "familia, familie, rodzina, famille, famiglia, família, babcia, oma, abuela, madre",
                "Ba": "familia, familie, rodzina, famille, famiglia, família, babcia, oma, abuela, madre",
                "Cd": "amigos, freunde, przyjaciele, amis, amici, amigas, wujek, onkel, tía, nonna, chess",
                "Dc": "amigos, freunde, przyjaciele, amis, amici, amigas, wujek, onkel, tía, nonna, chess",
            },
            ("Cd", "Dc", "both tagged #chess"),
        ),
        (  # what they are to you at work: your reports, peers, manager, skip-level, team
            {
                "Ann": "person, report, direct-report, reports, peer, manager, skip, team, colleagues",
                "Bob": "person, report, direct-reports, peers, managers, skip-level, team, coworkers, go",
                "Cy": "person, go",
            },
            ("Bob", "Cy", "both tagged #go"),
        ),
    ],
    ids=[
        "what they are to you",
        "where they know each other from",
        "what they are to your business",
        "what they are to what you run",
        "who they are in your family",
        "what they are to you in academia",
        "family and friends in other languages",
        "what they are to you at work",
    ],
)
def test_a_tag_of_what_someone_is_to_you_or_where_they_know_each_other_is_no_reason(
    make_vault, notes: dict[str, str], reason: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    """Two friends of yours, two of your family, two old classmates (`#school`, `#uni`,
    `#ex-colleague`) are no idea for it, nested under a person tag too; `#people/climber` is one."""
    root = make_vault({f"People/{name}.md": f"---\ntags: [{tags}]\n---\n" for name, tags in notes.items()})
    ideas = introduction_ideas(load_report(root, TODAY, Config()), Config())
    assert [(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas] == [reason]


def test_an_ex_is_never_an_idea_and_a_carers_tag_is_no_reason(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Your ex: introduced to nobody, whatever you share (an ex-colleague is no ex). Your dentist
    and your GP are both `#health`: no reason to introduce them, as two of your family are none;
    a friend who is a nurse and loves pottery may still meet a potter."""
    root = make_vault(
        {
            "People/Sam.md": _person("interests: [sailing]\n"),
            "People/Exa.md": "---\ntags: [person, ex]\ninterests: [sailing]\n---\n",
            "People/Exb.md": "---\ntags: [person/ex-girlfriend]\ninterests: [sailing]\n---\n",
            "People/Dent.md": "---\ntags: [person, health, dentist]\n---\n",
            "People/Gp.md": "---\ntags: [person, health/gp]\n---\n",
            "People/Pip.md": "---\ntags: [people/plumber, services]\n---\n",
            "People/Sue.md": "---\ntags: [people/plumber, services]\n---\n",
            "People/Nia.md": "---\ntags: [person, nurse]\ninterests: [pottery]\n---\n",
            "People/Pot.md": _person("interests: [pottery]\n"),
            "People/Col.md": "---\ntags: [person, ex-colleague]\ninterests: [sailing]\n---\n",
        }
    )
    ideas = introduction_ideas(load_report(root, TODAY, Config()), Config())
    assert {(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas} == {
        ("Col", "Sam", "both into sailing"), ("Nia", "Pot", "both into pottery")
    }  # fmt: skip


def test_people_of_one_organisation_are_never_an_idea(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Two people at one company work together: they know each other, or can meet without you,
    as two colleagues can, whatever else they share (in any case, `[[Acme]]` as `Acme`). An
    organisation is no reason either: two people at two companies who share an interest are
    an idea for the interest alone."""
    root = make_vault(
        {
            "People/Ann.md": _person("company: Acme Corp\ninterests: [golf]\nlocation: Leeds\n"),
            "People/Bob.md": _person("org: '[[acme corp]]'\ninterests: [golf]\nlocation: Leeds\n"),
            "People/Cy.md": _person("company: Initech\ninterests: [chess]\n"),
            "People/Dee.md": _person("company: Initech\n"),
            "People/Eve.md": _person("company: Hooli\ninterests: [chess]\n"),
        }
    )
    ideas = introduction_ideas(load_report(root, TODAY, Config()), Config())
    assert [(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas] == [
        ("Cy", "Eve", "both into chess")
    ]


def test_people_of_one_team_are_never_an_idea(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Two people of one `team` (or `department`, as an imported vCard keeps it) work together,
    as two at one company do, unless their companies differ: a team's name is the company's own."""
    root = make_vault(
        {
            "People/Aisha.md": _person("team: Platform\ninterests: [chess]\n"),
            "People/Chris.md": _person("team: '[[platform]]'\ninterests: [chess]\n"),
            "People/Dee.md": _person("department: Sales\ncompany: Acme\ninterests: [golf]\n"),
            "People/Eli.md": _person("department: sales\ncompany: Acme\ninterests: [golf]\n"),
            "People/Fay.md": _person("team: Growth\ncompany: Hooli\ninterests: [go]\n"),
            "People/Gus.md": _person("team: Growth\ncompany: Initech\ninterests: [go]\n"),
        }
    )
    report = load_report(root, TODAY, Config())
    assert {p.note.name: p.note.team for p in report.vault.people}["Chris"] == "platform"
    ideas = introduction_ideas(report, Config())
    assert [(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas] == [
        ("Fay", "Gus", "both into go")
    ]


def test_your_own_tags_of_what_someone_is_to_you_are_no_reason(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`tie_tags` in vaultnet.toml names more tags of what someone is to you, nested under a
    person tag too, added to the built-in ones."""
    root = make_vault(
        {
            "vaultnet.toml": 'tie_tags = ["Nachbarn", "Verein"]\n',
            **{f"People/{name}.md": f"---\ntags: [people/nachbarn, verein, {extra}]\n---\n" for name, extra in (
                ("Ana", "friend"), ("Bo", "friend"), ("Cy", "chess"), ("Di", "chess")
            )},
        }
    )  # fmt: skip
    config = load_config(root)
    assert config.tie_tags == ("nachbarn", "verein")
    ideas = introduction_ideas(load_report(root, TODAY, config), config)
    assert [(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas] == [
        ("Cy", "Di", "both tagged #chess")
    ]


def test_an_affiliation_institution_university_or_lab_is_an_organisation(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An academic's card names where they work as their `affiliation`, `institution`, `university`
    or `lab`: two people at one are colleagues, as two at one company are, and no idea."""
    root = make_vault(
        {
            "People/Zoe.md": _person(
                "affiliation: EdiNLP lab, University of Edinburgh\ninterests: [prosody]\n"
            ),
            "People/Pri.md": _person(
                "affiliation: EdiNLP lab, University of Edinburgh\ninterests: [prosody]\n"
            ),
            "People/Kai.md": _person("university: UCL\ninterests: [syntax]\n"),
            "People/Mo.md": _person("institution: ucl\ninterests: [syntax]\n"),
            "People/Lu.md": _person("lab: Speech Lab\ninterests: [phonetics]\n"),
            "People/Ida.md": _person("lab: Speech Lab\ninterests: [phonetics]\n"),
        }
    )
    report = load_report(root, TODAY, Config())
    assert {p.note.name: p.note.org for p in report.vault.people}["Kai"] == "UCL"
    assert introduction_ideas(report, Config()) == ()


def test_people_who_work_on_their_own_are_no_colleagues(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ann.md": _person("org: Freelance\ninterests: [climbing]\n"),
            "People/Bob.md": _person("org: freelance\ninterests: [climbing]\n"),
        }
    )
    ideas = introduction_ideas(load_report(root, TODAY, Config()), Config())
    assert [(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas] == [
        ("Ann", "Bob", "both into climbing")
    ]


def test_a_competitor_is_never_an_idea(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Whatever a competitor shares with your leads and friends, you would not introduce them."""
    root = make_vault(
        {
            "People/Fi.md": "---\ntags: [person, competitor]\ninterests: [golf]\n---\n",
            "People/Gu.md": "---\ntags: [people/competitors]\ninterests: [golf]\n---\n",
            "People/Ann.md": _person("interests: [golf]\n"),
        }
    )
    assert introduction_ideas(load_report(root, TODAY, Config()), Config()) == ()


def test_a_client_or_a_patient_is_never_an_idea(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Who your clients or patients are is held in confidence (therapy, coaching, tutoring): two
    of them are never introduced, nor one to a friend, whatever they share, tagged so (also
    nested, `#people/patient`) or filed in a clients', patients', pupils' or students' folder (a
    teacher's pupils are children). A friend tagged as a student is what she is, not whom you
    teach: she may meet a chess player."""
    root = make_vault(
        {
            "People/Maria.md": "---\ntype: client\ntags: [client, anxiety]\n---\n",
            "People/Tom.md": "---\ntype: client\ntags: [client, anxiety]\n---\n",
            "People/Lena.md": "---\ntags: [tutee]\ninterests: [chess]\n---\n",
            "People/Pat.md": "---\ntags: [people/patient]\ninterests: [chess]\n---\n",
            "People/Clients/Noah.md": "---\ntags: [coaching]\ninterests: [chess]\n---\n",
            "People/03 Patients/Ivy.md": "---\ntags: [person]\ninterests: [chess]\n---\n",
            "People/Pupils/Ava.md": "---\ntags: [person]\ninterests: [chess]\n---\n",
            "People/Students/Liam.md": "---\ntags: [person, student]\ninterests: [chess]\n---\n",
            "People/Ann.md": _person("interests: [chess]\n"),
            "People/Sia.md": "---\ntags: [person, student]\ninterests: [chess]\n---\n",
        }
    )
    ideas = introduction_ideas(load_report(root, TODAY, Config()), Config())
    assert [(i.first.person.note.name, i.second.person.note.name, i.reason) for i in ideas] == [
        ("Ann", "Sia", "both into chess")
    ]


def test_introductions_0_turns_the_ideas_off_and_the_pages_say_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`introductions = 0` (a therapist's vault, where every person is a client): no ideas, and
    the page and the report say they are off, not that nobody shares anything."""
    notes = {
        "People/Ann.md": _person("interests: [chess]\n"),
        "People/Bo.md": _person("interests: [chess]\n"),
    }
    root = make_vault({**notes, "vaultnet.toml": "introductions = 0\n"})
    config = load_config(root)
    assert config.introductions == 0 and introduction_ideas(load_report(root, TODAY, config), config) == ()
    report = CliRunner().invoke(main, ["report", "--no-cache", "--today", str(TODAY), str(root)]).output
    assert "Introductions to think about\n  off: introductions = 0 in vaultnet.toml" in report
    build(root, TODAY, use_cache=False)
    page = (root / "_vaultnet" / "Introductions.md").read_text(encoding="utf-8")
    assert "## Ideas (0)\nOff: `introductions = 0` in `vaultnet.toml`." in page
    (root / "vaultnet.toml").write_text("introductions = -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="introductions must be a whole number from 0 to 10000"):
        load_config(root)


# --- introductions made ------------------------------------------------------------------------


def test_intros_made_and_whether_the_two_met_since(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": _person("", "## Log\n- 2026-09-01 -> introduced her to [[Bo]] #intro\n"),
            "People/Bo.md": _person(""),
            "People/Cy.md": _person("", "## Log\n- 2026-11-12 <-> climbing with [[Dee]]\n"),
            "People/Dee.md": _person(""),
            "People/Eve.md": _person("", "Friend of [[Fay]].\n"),
            "People/Fay.md": _person(""),
            "Daily/2026-10-05.md": "- -> introduced [[Cy]] to [[Dee]] #intro\n- -> met [[Eve]] #intro\n",
            "Daily/2026-10-06.md": "- -> introduced [[Eve]] and [[Fay]] #intro\n",
            "Daily/2026-11-30.md": "- <-> dinner with [[Ana]] and [[Bo]]\n",
        }
    )
    report = load_report(root, TODAY, Config())
    made, unclear = introductions_made(report)
    got = [(i.date.isoformat(), i.first.person.note.name, i.second.person.note.name, i.since) for i in made]
    # Eve's note links Fay, but without a date: it is not a sign they met since.
    assert got[0] == ("2026-10-06", "Eve", "Fay", None)
    assert got[1][:3] == ("2026-10-05", "Cy", "Dee")
    assert (got[1][3].date, got[1][3].file, got[1][3].line) == (dt.date(2026, 11, 12), "People/Cy.md", 5)
    # The dinner that names Ana and Bo is after today: it is planned, not a meeting.
    assert got[2] == ("2026-09-01", "Ana", "Bo", None)
    assert [(u.file, u.line, u.named) for u in unclear] == [("Daily/2026-10-05.md", 2, 1)]

    build(root, TODAY)
    page = (root / "_vaultnet" / "Introductions.md").read_text(encoding="utf-8")
    assert (
        "- 2026-10-05: [[People/Cy|Cy]] and [[People/Dee|Dee]] ([[Daily/2026-10-05|2026-10-05]]): "
        "together since, on 2026-11-12 in [[People/Cy|Cy]]"
    ) in page
    assert (
        "- 2026-09-01: [[People/Ana|Ana]] and [[People/Bo|Bo]] ([[People/Ana|Ana]]): "
        "no later note names both yet" in page
    )
    assert "[[Daily/2026-10-05|2026-10-05]], line 2: names 1 person" in page
    # Introduced people are linked now: no idea suggests them again.
    assert all(
        {i.first.person.note.name, i.second.person.note.name} != {"Cy", "Dee"}
        for i in introduction_ideas(report, Config())
    )


def test_the_same_introduction_told_twice_is_one(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": _person("", "## Log\n- 2026-10-05 -> introduced her to [[Bo]] #intro\n"),
            "People/Bo.md": _person(""),
            "Daily/2026-10-05.md": "- -> introduced [[Ana]] to [[Bo]] #intro\n",
        }
    )
    made, _ = introductions_made(load_report(root, TODAY, Config()))
    assert len(made) == 1 and made[0].file == "Daily/2026-10-05.md"


def test_an_introduction_told_again_later_is_one_and_not_their_meeting(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A task ticked (`- [x] intro [[Wen]] to [[Lena]]`), then the introduction told two days
    later: one introduction, the first; the second telling is not the two of them together."""
    root = make_vault(
        {
            "People/Wen.md": _person(""),
            "People/Lena.md": _person(""),
            "Daily/2026-10-26.md": "- [x] intro [[Wen]] to [[Lena]]? both jazz\n",
            "Daily/2026-10-28.md": "- introduced [[Wen]] to [[Lena]] over WhatsApp\n",
        }
    )
    made, _ = introductions_made(load_report(root, TODAY, Config()))
    assert [(i.date, i.file, i.since) for i in made] == [(dt.date(2026, 10, 26), "Daily/2026-10-26.md", None)]
    (root / "Daily/2026-11-02.md").write_text("- jazz night with [[Wen]] and [[Lena]]\n")
    made, _ = introductions_made(load_report(root, TODAY, Config()))
    assert [(i.date, i.since and i.since.file) for i in made] == [
        (dt.date(2026, 10, 26), "Daily/2026-11-02.md")
    ]


def test_an_introduction_is_its_whole_line_marked_or_not(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Without a mark, the words read each person of the line on their own (`introduced X to` is
    you reaching X); the introduction is still the line's, naming both."""
    root = make_vault(
        {
            "People/Cy.md": _person(""),
            "People/Dee.md": _person(""),
            "Daily/2026-10-05.md": "- introduced [[Cy]] to [[Dee]] #intro\n",
        }
    )
    made, unclear = introductions_made(load_report(root, TODAY, Config()))
    assert [(i.first.person.note.name, i.second.person.note.name, i.line) for i in made] == [("Cy", "Dee", 1)]
    assert unclear == ()


def test_an_introduction_told_in_words_is_one_without_the_tag(make_vault) -> None:  # type: ignore[no-untyped-def]
    """What people write when they introduce two people, with no `#intro`: only where you did it."""
    made_here = [
        "introduced [[A1]] to [[A2]]",
        "Intro'd [[B1]] and [[B2]] over email",
        "put [[C1]] in touch with [[C2]]",
        "10:00 connected [[D1]] with [[D2]] (both climb)",
        "intro: [[E1]] <> [[E2]]",
        "made an introduction between [[F1]] and [[F2]]",
        "I introduced [[G1]] to [[G2]]",
        "lunch with [[H1]] and [[H2]], introduced them",
        "drinks with [[I1]] and [[I2]] - introduced the two of them",
        "[[J1]] <> [[J2]] intro",
    ]
    not_made = [
        "[[N1]] introduced me to [[N2]]",
        "was introduced to [[N3]] by [[N4]]",
        "intro call with [[N5]] and [[N6]]",
        "[[N7]] introduced [[N8]] to [[N9]]",
        "asked [[N10]] for an intro to [[N11]]",
        "connected with [[N12]] and [[N13]] on LinkedIn",
        "put [[N1]] and [[N2]] on the project",
        "dinner with [[N3]] and [[N4]], introduced them to sushi",
        "made an intro to [[N5]]",
    ]
    people = {f"People/{p}{i}.md": _person("") for p in "ABCDEFGHIJN" for i in range(1, 14)}
    root = make_vault(
        {
            **people,
            "People/Ana.md": _person(
                "",
                "## Log\n- 2026-09-01: introduced her to [[Bo]]\n- 2026-09-02: Ana introduced me to [[Cy]]\n"
                "- 2026-09-04: made an intro to [[Dee]]\n- 2026-09-05: Ana <> [[Eve]]: intro\n"
                "- 2026-09-06: she made an intro to [[Fay]]\n- 2026-09-07: she introduced [[Bo]] to [[Fay]]\n",
            ),
            "People/Bo.md": _person(""),
            "People/Dee.md": _person(""),
            "People/Eve.md": _person(""),
            "People/Fay.md": _person(""),
            "People/Cy.md": _person("", "## Log\n- 2026-09-03: put him in touch with [[Zed]]\n"),
            "Daily/2026-10-05.md": "".join(f"- {line}\n" for line in made_here + not_made),
        }
    )
    made, unclear = introductions_made(load_report(root, TODAY, Config()))
    pairs = sorted((i.first.person.note.name, i.second.person.note.name) for i in made)
    assert pairs == [
        ("A1", "A2"), ("Ana", "Bo"), ("Ana", "Dee"), ("Ana", "Eve"), *[(f"{p}1", f"{p}2") for p in "BCDEFGHIJ"]
    ]  # fmt: skip
    # Zed has no note: Cy is the one person of the two the vault has.
    assert [(u.file, u.named) for u in unclear] == [("People/Cy.md", 1)]


# --- never a ledger ----------------------------------------------------------------------------


LEDGER_WORDS = ("owe", "owes", "owed", "debt", "favour", "favor", "score", "rank", "most contacts", "top ")


def test_no_page_speaks_of_debts_or_ranks(make_vault) -> None:  # type: ignore[no-untyped-def]
    """vaultnet's own words (its templates, rendered on a vault whose notes use none of them)."""
    templates = Path(__file__).resolve().parents[1] / "templates"
    texts = [p.read_text(encoding="utf-8") for p in templates.glob("*.j2")]
    root = make_vault(
        {
            "People/Ana.md": _person(
                "interests: [chess]\n", "## Log\n- 2026-06-01 -> a\n- 2026-06-11 <- b\n"
            ),
            "People/Bo.md": _person("interests: [chess]\ncadence: 1w\n", "## Log\n- 2026-11-01 <-> c\n"),
            "Daily/2026-06-21.md": "- -> introduced [[Ana]] to [[Bo]] #intro\n",
        }
    )
    build(root, TODAY)
    texts += [p.read_text(encoding="utf-8") for p in (root / "_vaultnet").iterdir()]
    texts.append(CliRunner().invoke(main, ["report", "--today", TODAY.isoformat(), str(root)]).output)
    for text in texts:
        words = " " + " ".join(text.lower().split())
        for word in LEDGER_WORDS:
            assert f" {word}" not in words, word


def test_a_dated_note_naming_both_on_different_lines_counts_as_together(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Ana.md": _person(""),
            "People/Bo.md": _person(""),
            "Daily/2026-10-05.md": "- -> introduced [[Ana]] to [[Bo]] #intro\n",
            "Daily/2026-10-20.md": "Garden day.\n\n- dug beds with [[Ana]]\n- [[Bo]] brought the seedlings\n",
        }
    )
    made, _ = introductions_made(load_report(root, TODAY, Config()))
    assert [(m.since.file, m.since.line) for m in made if m.since] == [("Daily/2026-10-20.md", 3)]


def test_since_is_the_first_later_naming_of_both_whoever_else_is_named(make_vault) -> None:  # type: ignore[no-untyped-def]
    # Ana is introduced to Bo and to Cy: each introduction finds its own first later naming, not
    # one on the day itself, nor one naming Ana with someone else.
    root = make_vault(
        {
            "People/Ana.md": _person("", "## Log\n- 2026-10-08 <-> tea with [[Dee]] and [[Cy]]\n"),
            "People/Bo.md": _person(""),
            "People/Cy.md": _person(""),
            "People/Dee.md": _person(""),
            "Daily/2026-10-01.md": (
                "- -> introduced [[Ana]] to [[Bo]] #intro\n- -> introduced [[Ana]] to [[Cy]] #intro\n"
                "- <-> lunch with [[Ana]], [[Bo]] and [[Cy]]\n"
            ),
            "Daily/2026-10-03.md": "- <-> [[Ana]] and [[Dee]] at the gym\n",
            "Daily/2026-10-09.md": "- <-> [[Bo]], [[Dee]] and [[Ana]] cooked\n",
            "Daily/2026-10-12.md": "- <-> [[Ana]] and [[Bo]] again\n",
        }
    )
    made, _ = introductions_made(load_report(root, TODAY, Config()))
    since = {(m.first.person.note.name, m.second.person.note.name): m.since for m in made}
    assert set(since) == {("Ana", "Bo"), ("Ana", "Cy")}
    bo, cy = since[("Ana", "Bo")], since[("Ana", "Cy")]
    assert bo is not None and (bo.date, bo.file, bo.line) == (dt.date(2026, 10, 9), "Daily/2026-10-09.md", 1)
    assert cy is not None and (cy.date, cy.file, cy.line) == (dt.date(2026, 10, 8), "People/Ana.md", 5)


@given(st.lists(st.integers(-(10**6), 10**6), min_size=1, max_size=40))
def test_the_median_of_days_is_the_statistics_module_s(days: list[int]) -> None:
    assert median_days(days) == int(statistics.median(days))


def test_a_note_tagged_broadcast_is_no_contact_and_names_nobody_together(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Spec 1.4: a broadcast is audience. A newsletter's note tagged `broadcast` (front matter,
    or a line of tags) gives Lena no contact, and is no sign that Maya and Jonas met."""
    root = make_vault(
        {
            "People/Maya.md": _person(""),
            "People/Jonas.md": _person(""),
            "People/Lena.md": _person(""),
            "Daily/2026-11-01.md": "- -> introduced [[Maya]] to [[Jonas]] #intro\n",
            "Daily/2026-11-15 Newsletter.md": (
                "---\ntags: [broadcast]\n---\nSent the November newsletter to [[Maya]], [[Jonas]] and [[Lena]].\n"
            ),
            "Daily/2026-11-16.md": "#broadcast\nPosted the update; [[Lena]] was on the list.\n",
        }
    )
    report = load_report(root, TODAY, Config())
    lena = next(s.person for s in report.people if s.person.note.name == "Lena")
    assert lena.contacts == ()
    assert lena.broadcasts == (dt.date(2026, 11, 15), dt.date(2026, 11, 16))
    made, _ = introductions_made(report)
    assert [(m.first.person.note.name, m.second.person.note.name, m.since) for m in made] == [
        ("Jonas", "Maya", None)
    ]
