"""What comes next (spec 6.6): plans, resting, lapsed, coming up, every follow-up; who is real and
why not; introductions; and pages that stay readable at any size."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from unicodedata import normalize

import pytest
from click.testing import CliRunner

from tests.conftest import SHARED
from tests.test_canvas import validate_canvas
from vaultnet.build import build, load_report
from vaultnet.cli import main
from vaultnet.config import Config, load_config
from vaultnet.metrics.next import TODO_ORDER, next_occurrence, occasions
from vaultnet.model import Note
from vaultnet.pages.lists import PageLists

TODAY = dt.date(2026, 11, 21)
EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"
V2 = SHARED / "spec" / "examples-v2" / "08-words-and-next"


def _json(root: Path, *args: str) -> dict[str, dict[str, Any]]:
    result = CliRunner().invoke(
        main, ["report", "--json", "--no-cache", "--today", str(TODAY), *args, str(root)]
    )
    assert result.exit_code == 0, result.output
    return {p["name"]: p for p in json.loads(result.output)["people"]}


def _pages(root: Path) -> dict[str, str]:
    build(root, TODAY, use_cache=False)
    return {p.name: p.read_text(encoding="utf-8") for p in (root / "_vaultnet").iterdir()}


def _section(page: str, heading: str) -> str:
    return page.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]


@pytest.mark.skipif(not V2.is_dir(), reason="../shared/spec/examples-v2 is absent")
def test_the_spec_example_gives_the_keys_of_6_6(tmp_path: Path) -> None:
    root = tmp_path / "v2"
    # Its vaultnet.toml teaches 6.5's words, which another change reads; 6.6 needs none of it.
    shutil.copytree(V2, root, ignore=shutil.ignore_patterns("vaultnet.toml", "expected.json"))
    expected = json.loads((V2 / "expected.json").read_text(encoding="utf-8"))["people"]
    got = {p["file"]: p for p in json.loads(_report_json(root))["people"]}
    # Jun's and Kim's birthdays are written in the body (6.4), read by another change.
    body_fields = {"People/Jun Mori.md", "People/Kim Novak.md"}
    for file, fields in expected.items():
        keys = (
            ["planned", "resting"]
            if file in body_fields
            else ["planned", "birthday", "next_birthday", "resting"]
        )
        assert {k: got[file][k] for k in keys} == {k: fields[k] for k in keys}, file


def _report_json(root: Path) -> str:
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", str(TODAY), str(root)])
    assert result.exit_code == 0, result.output
    return result.output


def test_birthdays_and_anniversaries_come_up_with_ages_and_29_february() -> None:
    assert next_occurrence("1980-02-29", TODAY) == dt.date(2027, 2, 28)
    assert next_occurrence("--02-29", dt.date(2027, 12, 1)) == dt.date(2028, 2, 29)
    assert next_occurrence("--11-21", TODAY) == TODAY
    assert next_occurrence("1990-11-20", TODAY) == dt.date(2027, 11, 20)
    note = Note("People/A.md", "person", "A", birthday="1990-11-28", anniversary="--12-04")
    assert [o.words(TODAY) for o in occasions(note, TODAY)] == [
        "birthday 2026-11-28, in 7 days (turns 36)",
        "anniversary 2026-12-04, in 13 days",
    ]
    assert occasions(note, TODAY, days=6) == ()
    assert [o.kind for o in occasions(note, TODAY, days=7)] == ["birthday"]  # 7 days ahead, inclusive


def test_coming_up_and_due_soon_mean_the_same_two_weeks(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Both lists run from today to 14 days ahead, that day included; 15 days ahead is on neither."""
    root = make_vault(
        {
            "People/Ana.md": "---\ncadence: 2w\nbirthday: 1990-12-05\n---\n- 2026-11-21 <-> tea\n",
            "People/Bo.md": "---\ncadence: 15d\nbirthday: 1990-12-06\n---\n- 2026-11-21 <-> tea\n",
        }
    )
    lists = PageLists(TODAY, load_report(root, TODAY, load_config(root), use_cache=False).people)
    assert [s.person.note.name for s in lists["coming_up"]] == ["Ana"]
    assert [s.person.note.name for s in lists["due_soon"]] == ["Ana"]


VAULT = {
    "vaultnet.toml": '[cadence]\nfamily = "2w"\n',
    # Booked: a plan within the cadence. Not booked: a plan beyond it (still overdue).
    "People/Ana.md": "---\ntags: [person]\ncadence: 2w\n---\n- 2026-10-01 <-> coffee\n- 2026-12-01 -> dinner booked\n",
    "People/Cleo.md": "---\ntags: [person]\ncadence: 1w\n---\n- 2026-11-01 <-> walk\n- 2027-01-10 -> visit\n",
    # Resting three ways; an expired snooze rests nobody.
    "People/Fay.md": "---\ntags: [person]\nstatus: Dormant\n---\n- 2025-01-01 <-> sailing\n",
    "People/Gus.md": "---\ntags: [person, family]\nsnooze: 2027-01-15\n---\n- 2026-09-01 <- he called\n",
    "People/Ivy.md": "---\ntags: [person]\nstate: archived\nbirthday: 1970-11-25\n---\n",
    "People/Hana.md": "---\ntags: [person, family]\nsnooze_until: 2026-11-01\n---\n- 2026-09-01 <- she called\n",
    # A rhythm of 10 days, broken long ago: lapsed, not drifting; a recent one: drifting, not fading.
    "People/Lars.md": "---\ntags: [person]\n---\n"
    + "".join(f"- 2025-0{m}-0{d} <-> chat\n" for m in (1, 2) for d in (1, 9)),
    "People/Jonas.md": "---\ntags: [person]\n---\n"
    + "".join(f"- 2026-0{m}-10 <-> call\n" for m in (1, 3, 5)),
    # Follow-ups on people not due, one in a daily note.
    "People/Sofia.md": "---\ntags: [person]\n---\n- 2026-11-10 <- she wrote\n- [ ] reply about the panel\n",
    "Daily/2026-11-02.md": "- [ ] send [[Sofia]] the slides\n- [ ] call [[Gus]] back\n",
    "People/Kofi.md": "---\ntags: [person]\nbirthday: --11-24\nfacts: [grows chillies]\n---\n- 2026-11-15 <-> seedlings\n",
}


def test_booked_resting_lapsed_each_on_one_list(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    people = _json(root)
    assert (people["Ana"]["planned"], people["Cleo"]["planned"]) == ("2026-12-01", "2027-01-10")
    assert {n for n, p in people.items() if p["resting"]} == {"Fay", "Gus", "Ivy"}
    assert people["Lars"]["drifting"] is False and people["Jonas"]["drifting"] is True
    report = load_report(root, TODAY, load_config(root), use_cache=False)
    lists = PageLists(TODAY, report.people)

    def names(name: str) -> list[str]:
        return [s.person.note.name for s in lists[name]]

    assert names("booked") == ["Ana"]
    assert names("overdue") == ["Hana", "Cleo"]  # Cleo's plan is beyond her cadence
    assert names("resting") == ["Fay", "Gus", "Ivy"]
    assert names("lapsed") == ["Lars"]
    assert names("drifting") == ["Jonas"] and names("fading") == []
    assert names("coming_up") == ["Kofi"]  # archived Ivy's birthday is not shown
    on = Counter(s.person.file for name in TODO_ORDER for s in lists[name])
    assert max(on.values()) == 1
    assert [s.person.note.name for s in lists["reach_out"]] == names("overdue") + names("due_soon")


def test_someone_whose_own_cadence_is_long_is_not_lapsed_until_twice_that_has_passed(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Lapsed is beyond the reciprocity window and beyond twice the person's cadence: a friend
    seen every two years is not lapsed 14 months on, and a yearly call one day late is overdue."""
    root = make_vault(
        {
            "People/Al.md": "---\ncadence: every 2 years\n---\n- 2025-09-15 <-> lunch\n",
            "People/Cy.md": "---\ncadence: yearly\n---\n- 2025-11-20 <-> call\n",
            "People/Di.md": "---\ncadence: yearly\n---\n- 2024-11-20 <-> call\n",
            "People/Ed.md": "---\ncadence: monthly\n---\n- 2025-11-20 <-> call\n",
            "People/Fi.md": "---\ntags: [person]\n---\n- 2025-11-20 <-> call\n",
        }
    )
    lists = PageLists(TODAY, load_report(root, TODAY, load_config(root), use_cache=False).people)
    names = {name: [s.person.note.name for s in lists[name]] for name in ("lapsed", "overdue", "reach_out")}
    assert names["lapsed"] == ["Ed", "Fi", "Di"]  # the latest first
    assert names["overdue"] == ["Cy"] and names["reach_out"] == ["Cy"]
    report = CliRunner().invoke(main, ["report", "--no-cache", "--today", str(TODAY), str(root)]).output
    assert "Cy: overdue" in report.split("Reach out", 1)[1].split("\n\n", 1)[0]


def test_a_next_contact_field_is_a_plan_while_its_day_is_ahead(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`next_contact: 2026-11-28` (as person templates write it, in front matter or the body): the
    person is booked on that day, shown with its line; once the day is past it is no contact, but
    the person is due from it until a contact on it or after; a day that is none is a problem."""
    root = make_vault(
        {
            "People/Rosa.md": "---\ntags: [person]\ncadence: 2w\nnext_contact: 2026-11-28\n---\n"
            "- 2026-10-01 <-> coffee\n",
            "People/Bo.md": "---\ntags: [person]\n---\n# Bo\nnext-contact:: [[2026-11-25]]\n- 2026-11-01 <- call\n",
            "People/Cy.md": "---\ntags: [person]\nnext_contact: soon\n---\n- 2026-11-01 <- call\n",
            "People/Di.md": "---\ntags: [person]\nnext_contact: 2026-11-10\n---\n- 2026-11-15 <- call\n",
        }
    )
    people = _json(root)
    assert (people["Rosa"]["planned"], people["Bo"]["planned"], people["Cy"]["planned"]) == (
        "2026-11-28",
        "2026-11-25",
        None,
    )
    assert people["Rosa"]["interactions"] == 1 and people["Rosa"]["overdue_days"] > 0
    report = load_report(root, TODAY, load_config(root), use_cache=False)
    assert [s.person.note.name for s in PageLists(TODAY, report.people)["booked"]] == ["Bo", "Rosa"]
    shown = CliRunner().invoke(main, ["show", "Rosa", "--no-cache", "--today", str(TODAY), "-v", str(root)])
    assert "2026-11-28 · next contact  [People/Rosa.md:4]" in shown.output
    build(root, TODAY)  # a day set to be in touch, not a plan made with her
    recency = (root / "_vaultnet/Recency.md").read_text(encoding="utf-8")
    assert "- [[People/Rosa|Rosa]]: booked 2026-11-28 (next_contact in the note)" in recency
    said = "a contact already arranged, by you or by them, or a day set for one (`next_contact`)."
    assert said in recency and said in (root / "_vaultnet/Overview.md").read_text(encoding="utf-8")
    checked = CliRunner().invoke(main, ["check", "--today", str(TODAY), str(root)])
    assert "People/Cy.md:3: next_contact: 'soon' is not a day" in checked.output
    assert (people["Di"]["due"], people["Di"]["overdue_days"]) == (None, 0)  # a contact since
    later = _json(root, "--today", "2026-11-29")  # the day is past: no plan, and no contact
    assert later["Rosa"]["planned"] is None and later["Rosa"]["interactions"] == 1
    assert (later["Bo"]["due"], later["Bo"]["overdue_days"]) == ("2026-11-25", 4)


def test_a_person_due_on_the_day_their_note_set_is_overdue_since_that_day(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A `next_contact` come and gone makes the person due from that day: Recency says since
    when, as `show` does, not "every None days" (no cadence), nor their cadence, which did not
    make them due (2026-11-01 + 60 days is 2026-12-31); their JSON's `due` is that day."""
    log = "- 2026-11-01 <-> lunch\n"
    root = make_vault(
        {
            "People/PastNC.md": f"---\ntags: [person]\nnext_contact: 2026-11-20\n---\n{log}",
            "People/Never.md": "---\ntags: [person]\nnext_contact: 2026-11-10\n---\n",
            "People/Cad.md": f"---\ntags: [person]\ncadence: 60d\nnext_contact: 2026-11-20\n---\n{log}",
            "People/Wk.md": f"---\ntags: [person]\ncadence: 2w\nnext_contact: 2026-11-28\n---\n{log}",
        }
    )
    today = dt.date(2026, 12, 1)
    build(root, today)
    recency = (root / "_vaultnet/Recency.md").read_text(encoding="utf-8")
    overdue = recency.split("## Overdue", 1)[1].split("\n## ", 1)[0]
    assert "None" not in overdue
    assert (
        "- [[People/PastNC|PastNC]]: overdue by 11 days since 2026-11-20 (last 2026-11-01: “lunch”)"
        in overdue
    )
    assert "- [[People/Never|Never]]: overdue by 21 days since 2026-11-10 (never contacted)" in overdue
    assert "- [[People/Cad|Cad]]: overdue by 11 days since 2026-11-20 (last 2026-11-01: “lunch”)" in overdue
    # Their cadence came first (2026-11-15): overdue by it, as before.
    assert "- [[People/Wk|Wk]]: overdue by 16 days, every 14 days (last 2026-11-01: “lunch”)" in overdue
    people = _json(root, "--today", str(today))
    assert (people["PastNC"]["due"], people["PastNC"]["cadence_days"]) == ("2026-11-20", None)
    shown = CliRunner().invoke(main, ["show", "Cad", "--no-cache", "--today", str(today), "-v", str(root)])
    assert "overdue by 11 days since 2026-11-20" in shown.output


@pytest.mark.parametrize("key", ["next_session", "Next-Appointment", "next_session_date"])
def test_the_next_session_or_appointment_is_the_next_contact(make_vault, key: str) -> None:  # type: ignore[no-untyped-def]
    """A therapist's, coach's or tutor's person note keeps the next session's day (`next_session`,
    `next_appointment`) where a CRM's keeps `next_contact`: the client is booked, not overdue."""
    root = make_vault(
        {
            "People/Eve.md": f"---\ntype: client\ncadence: weekly\n{key}: 2026-11-26\n---\n- 2026-11-10 <-> Session\n"
        }
    )
    assert _json(root)["Eve"]["planned"] == "2026-11-26"
    report = load_report(root, TODAY, load_config(root), use_cache=False)
    assert [s.person.note.name for s in PageLists(TODAY, report.people)["booked"]] == ["Eve"]


def test_a_snooze_anniversary_death_or_task_due_on_no_real_day_is_a_problem_at_its_line(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A day that is none (`2026-02-29`, `2026-13-01`) is read as no day: `vaultnet check` says so,
    at the key's or the task's line, in a daily note too. A `died:` that gives no day (`true`,
    `2019`) is no mistake: it says they died."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\nsnooze: 2026-02-29\nanniversary: 2010-02-30\n---\n"
            "- [ ] send the card due 2026-02-29\n- [ ] gift 📅 2027-02-29\n- [ ] call by 2026-13-01\n"
            "- [ ] bake 📅 2026-12-01\n",
            "People/Opa.md": "---\ntags: [person]\ndied: 2020-02-30\n---\n",
            "People/Oma.md": "---\ntags: [person]\ndied: 2019\npassed_away: true\n---\n",
            "Daily/2026-11-20.md": "- [ ] ask [[Ana]] ⏳ 2026-11-31\n",
        }
    )
    checked = CliRunner().invoke(main, ["check", "--today", str(TODAY), str(root)]).output
    found = sorted(
        line.removeprefix(f"{root}/").split(" is not a day")[0]
        for line in checked.splitlines()
        if "is not a day" in line
    )
    assert found == [
        "Daily/2026-11-20.md:1: '2026-11-31'",
        "People/Ana.md:3: snooze: '2026-02-29'",
        "People/Ana.md:4: anniversary: '2010-02-30'",
        "People/Ana.md:6: '2026-02-29'",
        "People/Ana.md:7: '2027-02-29'",
        "People/Ana.md:8: '2026-13-01'",
        "People/Opa.md:3: died: '2020-02-30'",
    ]
    assert "Oma" not in checked


def test_a_status_that_sets_someone_aside_rests_them_and_one_who_died_has_no_birthday(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`status: inactive`, `on hold` or `do not contact` rest a person as `dormant` does; so does
    `deceased` or `passed away`, and their birthday is no longer coming up (nor turning 95), nor
    is the birthday of someone you keep apart from (`not speaking`)."""
    log = "- 2025-01-10 -> wrote\n"
    root = make_vault(
        {
            "People/Ivo.md": f"---\ncadence: 2w\nstatus: inactive\n---\n{log}",
            "People/Jo.md": f"---\ncadence: 2w\nstatus: On hold\n---\n{log}",
            "People/Gran.md": f"---\ncadence: 2w\nstatus: deceased\nbirthday: 1931-11-24\n---\n{log}",
            "People/Kay.md": f"---\ncadence: 2w\nstatus: dormant\nbirthday: 1990-11-24\n---\n{log}",
            "People/Pete.md": f"---\nstatus: not speaking\nbirthday: 1960-11-25\n---\n{log}",
        }
    )
    people = _json(root)
    assert {name: p["resting"] for name, p in people.items()} == dict.fromkeys(
        ("Gran", "Ivo", "Jo", "Kay", "Pete"), True
    )
    assert (people["Gran"]["next_birthday"], people["Kay"]["next_birthday"]) == (None, "2026-11-24")
    assert people["Pete"]["next_birthday"] is None  # kept apart: no reminder of his birthday either
    recency = _pages(root)["Recency.md"]
    assert "[[People/Gran|Gran]]: status: deceased" in _section(recency, "Resting")
    assert "Gran" not in _section(recency, "Coming up") and "Kay" in _section(recency, "Coming up")


@pytest.mark.parametrize(
    ("status", "resting"),
    [
        ("do-not-contact", True),
        ("do_not_contact", True),
        ("DNC", True),
        ('"[[Dormant]]"', True),
        ('"[[Statuses/Dormant]]"', True),
        ("[dormant, friend]", True),
        ('"💤 dormant"', True),
        ("dead", True),
        ("R.I.P.", True),
        ("not speaking", True),
        ("Estranged", True),
        ("fell out", True),
        ("discharged", True),  # a client's or a patient's care ended
        ("Case closed", True),
        ("closed", False),  # a CRM's most common stage: a deal closed
        ("ended", True),
        ("terminated", True),
        ("former", False),  # a former colleague
        ("passed", False),  # a student who passed
        ("ex-client", True),
        ("former client", True),
        ("past client", True),
        ("no longer a client", True),
        ("no contact", False),  # a CRM's lead not yet reached
        ("completed", False),  # a note's own state (`draft`, `completed`) as often as a person's
        ("alumni", False),  # whom a school's or a firm's alumni network reaches out to
        ("Blocked", False),  # a deal held up
        ("dormant, back in touch since June", False),
        ("dead?", False),
        ("active", False),
        ('"[[Active]]"', False),
    ],
)
def test_a_status_written_as_owners_write_it_rests_them(make_vault, status: str, resting: bool) -> None:  # type: ignore[no-untyped-def]
    """A status as a slug, a link to a note of that name, a list, with an emoji, or in short:
    read as its words; a text whole, and a question no status."""
    root = make_vault({"People/Ivo.md": f"---\ncadence: 2w\nstatus: {status}\n---\n- 2025-01-10 -> wrote\n"})
    assert _json(root)["Ivo"]["resting"] is resting


def test_a_tag_or_a_day_of_death_says_someone_died_as_the_status_does(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`#deceased` (`#passed-away`, `#in-memoriam`, `#RIP`) or a day they died (`died: 2020-01-01`) where no
    status is written: they rest, and no birthday of theirs is coming up or exported."""
    log = "- 2025-01-10 -> wrote\n"
    root = make_vault(
        {
            "People/Gran.md": f"---\ntags: [person, deceased]\nbirthday: 1931-11-24\n---\n{log}",
            "People/Opa.md": f"---\ntags: [person]\ndied: 2020-01-01\nbirthday: 1930-11-25\n---\n{log}",
            "People/Nan.md": f"---\ntags: [person]\nbirthday: 1932-11-26\n---\n#RIP\n{log}",
            "People/Kay.md": f"---\ntags: [person]\nbirthday: 1990-11-24\n---\n{log}",
        }
    )
    people = _json(root)
    assert {name: (p["resting"], p["next_birthday"]) for name, p in people.items()} == {
        "Gran": (True, None), "Opa": (True, None), "Nan": (True, None), "Kay": (False, "2026-11-24"),
    }  # fmt: skip
    exported = CliRunner().invoke(main, ["export", "ics", str(root), "-o", "-", "--today", str(TODAY)]).output
    assert "Kay" in exported and "Gran" not in exported and "Opa" not in exported and "Nan" not in exported


def test_someone_resting_is_on_no_list_of_who_starts(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Who carries a connection is advice (`maybe wait for them`): none for someone resting, and
    least of all for a father who died, whose grave you visited. The report's one-way list and
    the Overview's chart of who starts leave them out too; the Recency page says why they rest."""
    root = make_vault(
        {
            "People/Dad.md": "---\nstatus: deceased\n---\n",
            "People/Kay.md": "---\nstatus: dormant\n---\n- 2026-10-01 -> wrote to her\n",
            "People/Mum.md": "---\ntags: [person]\n---\n",
            "Daily/2026-08-14.md": "- Visited [[Dad]]'s grave with [[Mum]]\n- Called [[Kay]]\n",
            "Daily/2026-08-15.md": "- [[Mum]] called\n",
        }
    )
    pages = _pages(root)
    reciprocity = pages["Reciprocity.md"]
    assert "Dad" not in reciprocity and "Kay" not in reciprocity and "[[People/Mum|Mum]]" in reciprocity
    chart = _section(pages["Overview.md"], "Who starts, and how lately")  # nor on its chart
    assert "Mum" in chart and "Kay" not in chart
    people = _json(root)
    assert people["Dad"]["last_contact"] is None  # his grave is no contact with him
    report = CliRunner().invoke(main, ["report", "--no-cache", "--today", str(TODAY), str(root)]).output
    assert "Kay" not in report.split("One-way", 1)[1].split("\n\n", 1)[0]


def test_a_line_dated_after_someone_died_is_no_contact_with_them(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Nobody is in touch with someone after the day they died (`died:`): a line dated later is
    about them (a dinner where they were talked of, their funeral), so it makes them neither
    active nor two-way, nor their last contact, nor a move (`Became active`). A contact before that
    day still counts as what it was, and with no day of death written every line counts."""
    root = make_vault(
        {
            "People/Tom.md": "---\ntags: [person]\ndied: 2023-05-10\n---\n## About\n- loved sailing\n"
            "## Log\n- 2023-05-01 <-> sat with him in hospital\n",
            "People/Sam.md": "---\ntags: [person]\ndied: 2026-11-15\n---\n- 2026-11-10 <-> saw him\n",
            "People/Gran.md": "---\ntags: [person, rip]\n---\n",
            "People/Mom.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-01.md": "- <-> dinner with [[Mom]], we talked about [[Tom]] a lot\n"
            "- <-> tea at [[Gran]]'s old house\n",
            "Daily/2026-11-18.md": "- <-> funeral for [[Sam]]\n",
        }
    )
    result = CliRunner().invoke(main, ["report", "--json", "--no-cache", "--today", str(TODAY), str(root)])
    data = json.loads(result.output)
    people = {p["name"]: p for p in data["people"]}
    seen = {n: (p["active"], p["last_contact"], p["interactions"]) for n, p in people.items()}
    assert seen == {
        "Tom": (False, "2023-05-01", 1),
        "Sam": (True, "2026-11-10", 1),  # seen five days before he died: active, as he was
        "Gran": (True, "2026-11-01", 1),  # no day of death: the line counts
        "Mom": (True, "2026-11-01", 1),
    }
    assert people["Sam"]["reciprocity"] == "two-way" and people["Sam"]["mutual"] == 1
    assert data["summary"]["active"] == 3
    assert data["movement"]["became_active"] == ["People/Gran.md", "People/Mom.md", "People/Sam.md"]
    shown = CliRunner().invoke(main, ["show", "Tom", "--vault", str(root), "--today", str(TODAY)]).output
    assert "last contact 2023-05-01" in shown and "funeral" not in shown
    assert "Timeline (2 lines, 1 contact: none after they died on 2023-05-10;" in shown
    assert "2026-11-01 ↔ dinner with Mom, we talked about Tom a lot" in shown  # still a line about him


def test_a_task_copied_forward_from_day_to_day_is_one_follow_up(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A task not done is copied into the next day's note (by hand, or by a rollover plugin):
    one thing to do, listed once, where it was written last; another task for them is its own,
    and so is the same task written again weeks after."""
    task = "- [ ] Call [[Bo]] re: bike\n"
    root = make_vault(
        {
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-18.md": task,
            "Daily/2026-11-19.md": task.replace("Call", "call"),
            "Daily/2026-11-20.md": task + "- [ ] Send [[Bo]] the photos\n",
            "Daily/2026-10-01.md": task,  # weeks before: a task of its own then
        }
    )
    assert [(f["file"], f["text"]) for f in _json(root)["Bo"]["follow_ups"]] == [
        ("Daily/2026-10-01.md", "Call [[Bo]] re: bike"),
        ("Daily/2026-11-20.md", "Call [[Bo]] re: bike"),
        ("Daily/2026-11-20.md", "Send [[Bo]] the photos"),
    ]
    assert "3 for 1 person" in _pages(root)["Follow-ups.md"]


def test_a_task_carried_forward_then_ticked_is_done(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A task copied forward from day to day and then ticked where it was written last is done:
    no follow-up, though another line names them first that day. A copy left open after the
    ticked one is open again, and a ticked task of other words closes nothing."""
    task = "## Tasks\n- [ ] call [[Bo]] about the car\n"
    files = {
        "People/Bo.md": "---\ntags: [person]\n---\n",
        "Daily/2026-11-18.md": task + "- [ ] send [[Bo]] the photos\n",
        "Daily/2026-11-19.md": task,
        "Daily/2026-11-20.md": "- lunch with [[Bo]]\n- [x] Call [[Bo]] about the car\n- [x] ask [[Bo]] about it\n",
    }
    root = make_vault(files)
    assert [(f["file"], f["text"]) for f in _json(root)["Bo"]["follow_ups"]] == [
        ("Daily/2026-11-18.md", "send [[Bo]] the photos")
    ]
    assert "1 for 1 person" in _pages(root)["Follow-ups.md"]
    root = make_vault({"Daily/2026-11-18.md": task})
    assert _json(root)["Bo"]["follow_ups"] == []
    assert "[[People/Bo|Bo]]" not in _pages(root)["Follow-ups.md"]
    root = make_vault({"Daily/2026-11-21.md": task})
    assert [f["file"] for f in _json(root)["Bo"]["follow_ups"]] == ["Daily/2026-11-21.md"]


def test_names_sort_as_a_reader_looks_them_up_accents_aside(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Ömer` among the O's and `Çiğdem` among the C's, not after Z: a list cut at its first few
    would hide exactly them. A long list's letter headings agree (`Ö` under O)."""
    names = ["Zoe", "Ömer", "Anna", "Çiğdem", "Otto", "Björn", "Bo", "Émile", "Þóra"]
    names += [f"Zed {i:02d}" for i in range(40)]
    root = make_vault({f"People/{n}.md": "---\ntags: [person]\n---\n" for n in names})
    recency = _pages(root)["Recency.md"]
    never = _section(recency, "Never contacted")
    order = [n for n in names[:9] if f"|{n}]]" in never]
    assert sorted(order, key=never.index) == [
        "Anna",
        "Björn",
        "Bo",
        "Çiğdem",
        "Émile",
        "Ömer",
        "Otto",
        "Þóra",
        "Zoe",
    ]
    assert "### O (2)\n- [[People/Ömer|Ömer]]\n- [[People/Otto|Otto]]\n" in never


def test_the_pages_say_why(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    pages = _pages(root)
    recency = pages["Recency.md"]
    assert "- [[People/Ana|Ana]]: booked 2026-12-01: “dinner booked”" in _section(recency, "Booked")
    resting = _section(recency, "Resting")
    assert "[[People/Fay|Fay]]: status: dormant" in resting
    assert "[[People/Gus|Gus]]: snoozed until 2027-01-15" in resting
    assert "Ana" not in _section(recency, "Overdue") and "Gus" not in _section(recency, "Overdue")
    assert "[[People/Kofi|Kofi]]: birthday 2026-11-24, in 3 days" in _section(recency, "Coming up")
    follow = pages["Follow-ups.md"]
    assert follow.index("\n## [[People/Gus|Gus]]") < follow.index("\n## [[People/Sofia|Sofia]]")
    sofia = follow.split("\n## [[People/Sofia|Sofia]]", 1)[1]
    # Oldest first: the daily note's (dated) before the undated one in her own note.
    assert sofia.index("send Sofia the slides ([[Daily/2026-11-02|2026-11-02]], line 1)") < sofia.index(
        "reply about the panel ([[People/Sofia|their note]], line 5)"
    )
    overview = pages["Overview.md"]
    assert "## Booked (1)" in overview and "## Coming up (1)" in overview
    assert "3 open follow-ups for 2 people" in overview


def test_who_is_real_and_what_would_change_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Real.md": "#person\n## About\n- cellist\n## Log\n- 2026-11-01 <-> duet\n",
            "People/Quiet.md": "#person\n## About\n- baker\n## Log\n- 2026-01-01 <-> bread\n",
            "People/Mine.md": "#person\n## About\n- runner\n## Log\n- 2026-11-01 -> sent a route\n",
            "People/Card.md": "#person\n- 2026-11-01 <-> lunch\n",
            "People/Far.md": "#person\n- 2025-01-01 -> hello\n",
        }
    )
    page = _pages(root)["Connections.md"]
    assert "## Real connections (1)\n- [[People/Real|Real]]" in page
    assert "- [[People/Quiet|Quiet]]: no contact in 324 days (the active window is 90)" in page
    assert "- [[People/Mine|Mine]]: only you reach out" in page
    assert "- [[People/Card|Card]]: nothing known beyond the card" in page
    assert "Far" not in page  # two tests short: not one step away


def test_introductions_never_pair_one_person_with_themself_or_by_a_city_alone(make_vault) -> None:  # type: ignore[no-untyped-def]
    nfd = "Elin Lindstro\u0308m"
    root = make_vault(
        {
            "People/Elin Lindström.md": "---\ntags: [person]\ninterests: [skiing]\nlocation: Leeds\n---\n",
            f"Contacts/{nfd}.md": "---\ntags: [person]\ninterests: [skiing]\nlocation: Leeds\n---\n",
            "People/Bo.md": "---\ntags: [person]\ninterests: [skiing]\n---\n",
            "People/Cy.md": "---\ntags: [person]\nlocation: Leeds\n---\n",
        }
    )
    ideas = _section(_pages(root)["Introductions.md"], "Ideas").splitlines()[2:]
    assert len(ideas) == 1 and ideas[0].startswith("- [[People/Bo|Bo]] and ")  # Elin once, by either note
    # Cy: only the city. The two Elins are told apart by their folders (docs/pages.md).
    either = tuple(f"|Elin Lindström ({folder})]]: both into skiing" for folder in ("People", "Contacts"))
    assert normalize("NFC", ideas[0]).endswith(either)


def test_problems_link_every_note_and_list_the_name_clashes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Sam Lee.md": "---\ntags: [person]\naliases: [Sam]\n---\n",
            "Contacts/Sam Ito.md": "---\ntags: [person]\naliases: [Sam]\n---\n",
            "People/Bad.md": "---\ntags: [person\n---\n",
        }
    )
    page = _pages(root)["Problems.md"]
    assert "| [[People/Bad]] | 2 | front matter is not valid YAML" in page
    # Two equal claims on a name mean nobody (spec 6.2): listed as a clash, not as a note not read.
    assert "- `sam`: [[Contacts/Sam Ito]], [[People/Sam Lee]] (links reach nobody)" in page
    assert "| [[Contacts/Sam Ito]] |" not in page
    checked = CliRunner().invoke(main, ["check", str(root)])
    assert checked.exit_code == 1
    assert "Sam Ito.md: 'sam' names both Contacts/Sam Ito.md and People/Sam Lee.md" in checked.output


def test_problems_show_a_shared_name_as_written_and_say_why_two_paths_look_alike(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A name two people share is shown in code as the resolver compares it (any case), not made
    over for a link's text (`pipe/name`, `‹b>x‹/b>`); two files whose names differ only in
    Unicode form are said to, as `vaultnet check` says it."""
    aliases = '---\ntags: [person]\naliases: ["Pipe|Name", "<b>x</b>", "`Tick`"]\n---\n'
    nfc, nfd = (normalize(form, "People/Zoë Ångström.md") for form in ("NFC", "NFD"))
    root = make_vault(
        {
            "People/Twin One.md": aliases,
            "People/Twin Two.md": aliases,
            nfc: "---\ntags: [person]\n---\n",
            nfd: "---\ntags: [person]\n---\n",
        }
    )
    page = _pages(root)["Problems.md"]
    twins = ": [[People/Twin One]], [[People/Twin Two]] (links reach nobody)\n"
    for shown in ("`pipe|name`", "`<b>x</b>`", "`` `tick` ``"):
        assert f"- {shown}{twins}" in page
    assert (
        "(links reach nobody), whose names differ only in Unicode form (NFC, NFD): "
        "a macOS checkout keeps only one of them\n"
    ) in page
    checked = CliRunner().invoke(main, ["check", str(root)]).output
    assert "whose names differ only in Unicode form (NFC, NFD)" in checked


def test_the_example_vault_shows_each_rule() -> None:
    people = _json(EXAMPLE)
    assert people["Daniel Okafor"]["planned"] == "2026-12-02"
    assert (people["Felix Brandt"]["resting"], people["Ruth Okonjo"]["resting"]) == (True, True)
    assert people["Kofi Mensah"]["next_birthday"] == "2026-11-24"
    pages = {p.name: p.read_text(encoding="utf-8") for p in (EXAMPLE / "_vaultnet").glob("*.md")}
    overview, recency = pages["Overview.md"], pages["Recency.md"]
    assert "Daniel Okafor" not in _section(overview, "Reach out (")
    assert "[[People/Daniel Okafor|Daniel Okafor]]: booked 2026-12-02" in _section(overview, "Booked")
    assert "[[People/Marcus Bell|Marcus Bell]]" in _section(recency, "Lapsed")
    assert "Jonas Weber" in _section(recency, "Drifting") and "Jonas Weber" not in _section(recency, "Fading")
    assert "snoozed until 2026-12-14" in _section(recency, "Resting")
    assert "reply to Sofia about the January panel" in pages["Follow-ups.md"]


# --- Readable at any size --------------------------------------------------------------------


@pytest.fixture(scope="module")
def mid_size(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated vault of 1,500 people: every list is longer than the Overview shows."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    root = tmp_path_factory.mktemp("mid") / "vault"
    generate(root, people=1500, seed=5)
    build(root, TODAY, use_cache=False)
    return root


def test_overview_and_report_show_the_few_and_say_how_many_more(mid_size: Path) -> None:
    overview = (mid_size / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert len(overview.splitlines()) < 200
    reach = _section(overview, "Reach out (")
    assert reach.count("\n- [[") == Config().limit and "more in [[_vaultnet/Recency|Recency]]" in reach
    report = CliRunner().invoke(main, ["report", "--today", str(TODAY), str(mid_size)])
    assert report.exit_code == 0 and len(report.output.splitlines()) < 100
    assert "more in _vaultnet/Recency.md" in report.output
    fewer = CliRunner().invoke(main, ["report", "--today", str(TODAY), "--limit", "3", str(mid_size)])
    assert len(fewer.output.splitlines()) < len(report.output.splitlines())
    reach_out = fewer.output.split("\nReach out\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(reach_out) == 4 and reach_out[-1].startswith("  … and ")


def test_long_pages_are_headed(mid_size: Path) -> None:
    recency = (mid_size / "_vaultnet" / "Recency.md").read_text(encoding="utf-8")
    assert "\n### " in recency
    follow = (mid_size / "_vaultnet" / "Follow-ups.md").read_text(encoding="utf-8")
    assert "\n## A (" in follow


def test_the_canvas_stays_small_and_valid(mid_size: Path) -> None:
    text = (mid_size / "_vaultnet" / "Network.canvas").read_text(encoding="utf-8")
    assert len(text.encode()) < 1_000_000
    data = json.loads(text)
    validate_canvas(data)
    assert sum(n["type"] == "file" for n in data["nodes"]) == Config().canvas_limit


def test_a_logseq_tasks_planning_line_is_its_due_day_not_its_words(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Logseq writes a task's day on the line under it (`SCHEDULED: <2026-12-10 Thu>`,
    `DEADLINE: <...>`): the follow-up is due that day, and the line is no part of its words."""
    root = make_vault(
        {
            "pages/Ana.md": "tags:: person\n\n- Works at Acme\n",
            "journals/2026_11_20.md": "- TODO call [[Ana]] about the lease\n  SCHEDULED: <2026-12-10 Thu>\n"
            "- LATER send [[Ana]] the photos\n  DEADLINE: <2026-11-19 Thu 10:00>\n",
        }
    )
    assert [(f["text"], f["due"]) for f in _json(root)["Ana"]["follow_ups"]] == [
        ("call [[Ana]] about the lease", "2026-12-10"),
        ("send [[Ana]] the photos", "2026-11-19"),
    ]
    # Its day is in no word of it: the pages and the terminal say it, ahead too.
    assert (
        "call Ana about the lease ([[journals/2026_11_20|2026_11_20]], line 1): **due 2026-12-10**\n"
        in _pages(root)["Follow-ups.md"]
    )
    shown = CliRunner().invoke(main, ["show", "ana", "--today", str(TODAY), "-v", str(root)]).output
    assert "call Ana about the lease (due 2026-12-10)" in shown


def test_a_follow_up_says_when_it_is_due_today_or_overdue(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The Tasks plugin's `📅` (`⏳` when no due day) and Dataview's `due::`: the day is in JSON,
    and the pages, `report` and `show` say which are due today or overdue."""
    root = make_vault(
        {
            "People/Sofia.md": "---\ntags: [person]\n---\n- 2026-11-10 <- she wrote\n"
            "- [ ] reply about the panel 📅 2026-11-21\n- [ ] send the deck ⏳ 2026-11-25\n",
            "Daily/2026-11-02.md": "- [ ] ask [[Sofia]] for the recipe [due:: 2026-11-19]\n",
        }
    )
    sofia = _json(root)["Sofia"]
    assert [(f["line"], f["due"]) for f in sofia["follow_ups"]] == [
        (1, "2026-11-19"),
        (5, "2026-11-21"),
        (6, "2026-11-25"),
    ]
    follow = _pages(root)["Follow-ups.md"]
    assert "([[Daily/2026-11-02|2026-11-02]], line 1): **overdue, due 2026-11-19**" in follow
    assert (
        "reply about the panel 📅 2026-11-21 ([[People/Sofia|their note]], line 5): **due today**\n" in follow
    )
    assert "send the deck ⏳ 2026-11-25 ([[People/Sofia|their note]], line 6)\n" in follow
    text = CliRunner().invoke(main, ["report", "--no-cache", "--today", str(TODAY), str(root)]).output
    assert "reply about the panel 📅 2026-11-21 (due today)" in text
    shown = CliRunner().invoke(main, ["show", "sofia", "--today", str(TODAY), "-v", str(root)]).output
    assert (
        "ask Sofia for the recipe [due:: 2026-11-19] (overdue, due 2026-11-19)  [Daily/2026-11-02.md:1]"
        in shown
    )


def test_a_task_in_a_days_note_is_due_when_its_words_say_counted_from_that_day(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`- [ ] follow up with [[Kenji]] next week` in the note of Wednesday 2026-11-25 is due on
    Monday 2026-11-30; a day of its own (`📅`) wins; in a person's note, with no day to count
    from, the words give none."""
    root = make_vault(
        {
            "People/Kenji.md": "---\ntags: [person]\n---\n- [ ] ring him tomorrow\n",
            "Daily/2026-11-25.md": "- [ ] follow up with [[Kenji]] next week\n"
            "- [ ] send [[Kenji]] the deck tomorrow 📅 2026-12-04\n- [x] call [[Kenji]] tomorrow\n",
        }
    )
    kenji = _json(root)["Kenji"]
    assert [(f["file"], f["due"]) for f in kenji["follow_ups"]] == [
        ("Daily/2026-11-25.md", "2026-11-30"),
        ("Daily/2026-11-25.md", "2026-12-04"),
        ("People/Kenji.md", None),
    ]
    assert "line 1): **due 2026-11-30**" in _pages(root)["Follow-ups.md"]


def test_not_known_says_who_has_no_contact_at_all(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Arrows are the Reciprocity page's advice for contacts that do not say who started; a person
    never contacted, or not within the window, needs no arrow but a contact, and is marked so; one
    whose front matter alone says when you last spoke has a contact, and no entry to mark."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-01 her move to Lisbon\n",
            "People/Bo.md": "---\ntags: [person]\n---\n",
            "People/Cy.md": "---\ntags: [person]\n---\n## Log\n- 2020-11-01 coffee\n",
            "People/Di.md": "---\ntags: [person]\nlast_contact: 2026-11-10\n---\n",
        }
    )
    lines = _section(_pages(root)["Reciprocity.md"], "Not known").splitlines()[2:]
    assert lines == [
        "- [[People/Ana|Ana]]",
        "- [[People/Bo|Bo]] (never contacted)",
        "- [[People/Cy|Cy]] (no contact in the window)",
        "- [[People/Di|Di]] (a last-contact date, no entry)",
    ]


def test_a_person_filed_in_an_archive_folder_rests(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Moving a note into an archive folder (`People/Archive/`, `99 Archive/`) is how owners put
    someone away: they rest as `status: archived` rests them, unless the note says another
    status; `Archivist` is no archive."""
    log = "## Log\n- 2025-01-10 -> wrote to her\n"
    root = make_vault(
        {
            "People/Archive/Ana.md": f"---\ntags: [person]\n---\n{log}",
            "99 Archive/Bo.md": f"---\ntags: [person]\n---\n{log}",
            "People/Archive/Cy.md": f"---\nstatus: deceased\n---\n{log}",
            "People/Archivist/Di.md": f"---\ntags: [person]\n---\n{log}",
        }
    )
    people = _json(root)
    assert {name: p["resting"] for name, p in people.items()} == {
        "Ana": True,
        "Bo": True,
        "Cy": True,
        "Di": False,
    }
    recency = _pages(root)["Recency.md"]
    assert "[[People/Archive/Ana|Ana]]: filed in People/Archive (" in recency
    assert "[[People/Archive/Cy|Cy]]: status: deceased (" in recency


def test_people_due_the_same_day_are_listed_by_name_as_every_list_is(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Émile before Zoé, as the alphabet has them, not as the code points of their files."""
    log = "---\ncadence: 2w\n---\n## Log\n- 2026-11-01 -> wrote\n"
    root = make_vault({"People/Zoé.md": log, "People/Émile.md": log, "People/ada.md": log})
    reach = _section(_pages(root)["Overview.md"], "Reach out").splitlines()[2:5]
    assert [line.split("|")[1].split("]]")[0] for line in reach] == ["ada", "Émile", "Zoé"]


def test_a_first_anniversary_is_one_year() -> None:
    """`(1 year)`, not `(1 years)`."""
    note = Note("People/A.md", "person", "A", anniversary="2025-11-28")
    assert [o.words(TODAY) for o in occasions(note, TODAY)] == ["anniversary 2026-11-28, in 7 days (1 year)"]


@pytest.mark.parametrize(
    "front",
    [
        "died:",
        'died: ""',
        "died: ~",
        "died: []",
        "died: false",
        "died: no",
        "died: N/A",
        "died: TBD",
        "died: living",
        "died: Alive",
        "died: unknown",
        "death_date: TBD",
        "passed_away: false",
        "deceased: false",
        "dead: no",
        "dead: 0",
        "gestorben: nein",
        "gestorben: lebt",
        "sterbedatum: unbekannt",
        "décès: non",
        "décès: vivant",
        "fallecimiento: vivo",
        "falecimento: não",
        "overleden: nee",
        "overlijdensdatum: onbekend",
    ],
)
def test_a_day_of_death_left_blank_or_denied_says_nothing(make_vault, front: str) -> None:  # type: ignore[no-untyped-def]
    """A family-tree template leaves `died:` blank for the living (or `N/A`, `TBD`, `living`,
    `false`): no one is marked dead by it, their birthday still comes up, and their lines count."""
    root = make_vault(
        {
            "People/Mum.md": f"---\ntags: [person]\nbirthday: 1958-11-25\n{front}\n---\n- 2026-11-20 <-> lunch\n"
        }
    )
    mum = _json(root)["Mum"]
    assert (mum["resting"], mum["next_birthday"], mum["active"]) == (False, "2026-11-25", True)
    checked = CliRunner().invoke(main, ["check", "--today", str(TODAY), str(root)])
    assert checked.exit_code == 0, checked.output


@pytest.mark.parametrize(
    ("front", "cut"),
    [
        ("died: 2019", False),
        ("died: yes", False),
        ("passed_away: true", False),
        ("died: c. 2025", False),
        ("deceased: true", False),
        ("deceased: 2025-08-01", True),
        ("death: 2025-08-01", True),
        ("dod: 2025-08-01", True),
        ("date_of_passing: 2025-08-01", True),
        ("dead: true", False),
        ("status: in memoriam", False),
        ("status: In Memoriam", False),
    ],
)
def test_a_death_written_as_owners_write_it_says_they_died(make_vault, front: str, cut: bool) -> None:  # type: ignore[no-untyped-def]
    """`deceased: true`, `death:`, `dod:` (as `dob:` is a birthday), `dead: true`,
    `status: in memoriam`: they rest, no birthday of theirs comes up, and a line after a day of
    death written is no contact."""
    log = "- 2025-06-01 <-> lunch\n- 2025-09-01 <-> at her grave\n"
    root = make_vault({"People/Gran.md": f"---\ntags: [person]\nbirthday: 1931-11-24\n{front}\n---\n{log}"})
    gran = _json(root)["Gran"]
    assert (gran["resting"], gran["next_birthday"]) == (True, None)
    assert gran["last_contact"] == ("2025-06-01" if cut else "2025-09-01")


def test_a_key_of_a_pass_is_no_death(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`passed:` may be a deal a fund passed on, an exam: no key of a death."""
    root = make_vault(
        {"People/Bo.md": "---\ntags: [person]\npassed: 2025-08-01\n---\n- 2025-09-01 <-> lunch\n"}
    )
    assert _json(root)["Bo"]["resting"] is False


@pytest.mark.parametrize(
    "written",
    ["1950", "c. 1955", "ca. 1955", "1940-ish", "circa 1948", "~1950", "1955?", "March 1950", "1950s"],
)
def test_a_birthday_of_a_year_alone_is_no_problem(make_vault, written: str) -> None:  # type: ignore[no-untyped-def]
    """A year, or about one (`1950`, `c. 1955`), is what a family tree knows of a birth: no day,
    so no reminder and no age, and no mistake, as `died: 2019` is none. A day that is none is."""
    root = make_vault(
        {
            "People/Dad.md": f"---\ntags: [person]\nbirthday: {written}\n---\n- 2026-11-20 <-> lunch\n",
            "People/Bo.md": "---\ntags: [person]\nbirthday: 1950-02-30\nanniversary: soon\n---\n",
        }
    )
    checked = CliRunner().invoke(main, ["check", "--today", str(TODAY), str(root)]).output
    assert "Dad" not in checked
    assert "Bo.md:3: birthday: '1950-02-30'" in checked and "Bo.md:4: anniversary: 'soon'" in checked
    dad = _json(root)["Dad"]
    assert (dad["birthday"], dad["next_birthday"]) == (None, None)


def test_a_birthday_of_apples_year_for_none_comes_up_without_an_age(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Apple's Contacts writes a birthday whose year is not known in 1604 (`1604-11-25`): a day of
    the year, reminded of with no age, not an ancestor's of 422 years ago."""
    root = make_vault({"People/Kay.md": "---\ntags: [person]\nbirthday: 1604-11-25\n---\n"})
    kay = _json(root)["Kay"]
    assert (kay["birthday"], kay["next_birthday"]) == ("--11-25", "2026-11-25")
    coming = _section(_pages(root)["Recency.md"], "Coming up")
    assert "Kay" in coming and "turns" not in coming and "422" not in coming


@pytest.mark.parametrize(
    "written",
    ["14-Mar-1990", "Jun 31 1990", "14th Marhc 1990", "1990 March 14", "14 Maerz 1990", "14.III.1990"],
)
def test_a_birthday_mistyped_with_its_year_is_a_problem(make_vault, written: str) -> None:  # type: ignore[no-untyped-def]
    """Only a year alone, or about one, is quietly no day: a day mistyped around its year is a
    problem, as the birthday is lost until it is mended."""
    root = make_vault({"People/Dad.md": f"---\ntags: [person]\nbirthday: {written}\n---\n"})
    checked = CliRunner().invoke(main, ["check", "--today", str(TODAY), str(root)]).output
    assert f"Dad.md:3: birthday: {written!r}" in checked


def test_no_birthday_comes_up_of_someone_born_more_than_120_years_ago(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An ancestor's birthday (`birthday: 1850-11-25`, no `died:` written) comes up on no page
    and goes to no calendar: nobody turns 176. The JSON gives its next day all the same, as the
    spec says `next_birthday` is; someone of 120 still has theirs."""
    root = make_vault(
        {
            "People/Johann.md": "---\ntags: [person]\nbirthday: 1850-11-25\n---\n",
            "People/Oma.md": "---\ntags: [person]\nbirthday: 1906-11-26\n---\n",
        }
    )
    people = _json(root)
    assert (people["Johann"]["next_birthday"], people["Oma"]["next_birthday"]) == ("2026-11-25", "2026-11-26")
    coming = _section(_pages(root)["Recency.md"], "Coming up")
    assert "Johann" not in coming and "turns 120" in coming
    exported = CliRunner().invoke(main, ["export", "ics", str(root), "-o", "-", "--today", str(TODAY)]).output
    assert "Oma" in exported and "Johann" not in exported
    shown = CliRunner().invoke(main, ["show", "Johann", "--vault", str(root), "--today", str(TODAY)]).output
    assert "  birthday: 1850-11-25\n" in shown and "turns" not in shown


def test_a_line_dated_before_a_birthday_still_counts(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A birthday's year is often wrong (a date picker's today, a year to come, a wedding day
    written as one): no line is set aside for being dated before it, so no contact is lost."""
    log = "- 2024-03-02 -> coffee\n- 2025-05-20 <-> dinner at ours\n- 2026-10-28 <-> walk by the river\n"
    root = make_vault(
        {
            f"People/{name}.md": f"---\ntags: [person]\nbirthday: {day}\n---\n{log}"
            for name, day in (("Ana", "2027-01-05"), ("Bo", "2026-03-14"), ("Cy", "2025-07-09"))
        }
    )
    people = _json(root)
    seen = {n: (p["last_contact"], p["interactions"], p["reciprocity"]) for n, p in people.items()}
    assert seen == {n: ("2026-10-28", 3, "two-way") for n in ("Ana", "Bo", "Cy")}
    shown = CliRunner().invoke(main, ["show", "Bo", "--vault", str(root), "--today", str(TODAY)]).output
    assert "Timeline (3 contacts;" in shown


def test_the_last_words_before_someone_died_are_on_the_pages(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A cold build keeps a contact's text only where a page may show it: the last day up to the
    day they died, not up to today, is the one the Resting list quotes."""
    root = make_vault(
        {
            "People/Kofi.md": "---\ntags: [person]\ndied: 2026-09-01\n---\n"
            "- 2026-08-30 <- texted a photo of a marrow\n- 2026-10-11 <-> at his grave\n",
        }
    )
    resting = _section(_pages(root)["Recency.md"], "Resting")
    assert "(last 2026-08-30: “texted a photo of a marrow”)" in resting
