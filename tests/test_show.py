"""`vaultnet show NAME`: one person's whole story, with every source line (issue 15)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.commands.show import next_birthday

EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"

VAULT = {
    "People/Jane Doe.md": (
        "---\naliases: [JD]\norg: Acme\ntags: [person, friend]\nemail: jane@example.org\n"
        "birthday: 1990-02-28\ncadence: monthly\nfacts: [runs marathons]\n---\n"
        "Works with [[Bob Stone]].\n\n## Log\n"
        "- 2026-11-02 -> coffee at Rosa's\n"
        "- 2026-10-01 <- she emailed about the conference\n"
        "- 2026-12-10 dinner booked\n"
        "- 2026-09-01 newsletter #broadcast\n"
        "- [ ] ask about the race\n"
    ),
    "People/Bob Stone.md": "---\ntags: [person]\n---\n",
    "People/Sam One.md": "---\ntags: [person]\n---\n",
    "People/Sam Two.md": "---\ntags: [person]\n---\n",
    "Daily/2026-11-10.md": "- met [[Jane Doe]] and [[Bob Stone]] at the fair\n- [ ] send [[JD]] the photos\n",
    "Meetings/2026-08-15 Sync.md": "---\nattendees: ['[[Jane Doe]]']\n---\nNotes.\n",
    "Daily/2026-10-20.md": "- <-> introduced [[Jane Doe]] to [[Sam One]] #intro\n",
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_show_tells_every_contact_with_its_source_line(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    code, out = run("show", "jd", "--vault", str(root), "--today", "2026-11-21")
    assert code == 0, out
    assert out.startswith("Jane Doe  (People/Jane Doe.md)\n")
    for words in ("aliases: JD", "work: Acme", "email: jane@example.org", "#friend",
                  "birthday: 1990-02-28 (next 2027-02-28, turns 37)", "  - runs marathons"):  # fmt: skip
        assert words in out, words
    timeline = out.split("Timeline", 1)[1].split("Planned", 1)[0]
    lines = [line for line in timeline.splitlines() if line.startswith("  20")]
    assert lines[:-1] == [
        "  2026-08-15 ↔ Sync  [Meetings/2026-08-15 Sync.md:1]",
        "  2026-10-01 ← she emailed about the conference  [People/Jane Doe.md:14]",
        "  2026-10-20 ↔ introduced Jane Doe to Sam One #intro  [Daily/2026-10-20.md:1]",
        "  2026-11-02 → coffee at Rosa's  [People/Jane Doe.md:13]",
    ]
    assert lines[-1].startswith("  2026-11-10 ") and lines[-1].endswith(
        "met Jane Doe and Bob Stone at the fair  [Daily/2026-11-10.md:1]"
    )
    assert "and 1 broadcast (audience" in timeline
    assert (
        "  2026-12-10 ↔? dinner booked  [People/Jane Doe.md:15]" in out.split("Planned", 1)[1]
    )  # words (6.5)
    follow = out.split("Open follow-ups", 1)[1].split("Linked with", 1)[0]
    assert "ask about the race  [People/Jane Doe.md:17]" in follow
    assert "send JD the photos  [Daily/2026-11-10.md:2]" in follow
    assert "Bob Stone  [People/Bob Stone.md]" in out.split("Linked with", 1)[1]
    assert "2026-10-20 with Sam One: not together since  [Daily/2026-10-20.md:1]" in out
    assert "cadence every 30 days · booked 2026-12-10\n" in out  # the plan within it: a dinner, no one's idea
    assert "last contact 2026-11-10 (11 days ago)" in out
    code, out = run("show", "jd", "--vault", str(root), "--today", "2026-11-11")
    assert "last contact 2026-11-10 (1 day ago)" in out
    code, out = run("show", "bob", "--vault", str(root), "--today", "2026-11-11")
    assert "What you know (0)\n  nothing yet: list what you know under ## About" in out  # and where


def test_show_json_holds_the_same_story(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    code, out = run("show", "Jane Doe", "--json", "--vault", str(root), "--today", "2026-11-21")
    assert code == 0, out
    data = json.loads(out)
    assert (data["name"], data["file"], data["emails"], data["org"]) == (
        "Jane Doe",
        "People/Jane Doe.md",
        ["jane@example.org"],
        "Acme",
    )
    assert (data["birthday"], data["next_birthday"], data["age_next_birthday"]) == (
        "1990-02-28",
        "2027-02-28",
        37,
    )
    assert [(t["date"], t["direction"], t["file"], t["line"]) for t in data["timeline"]][:2] == [
        ("2026-08-15", "mutual", "Meetings/2026-08-15 Sync.md", 1),
        ("2026-10-01", "inbound", "People/Jane Doe.md", 14),
    ]
    assert [p["date"] for p in data["plans"]] == ["2026-12-10"]
    assert data["broadcasts"] == ["2026-09-01"]
    assert data["linked"] == [
        {"file": "People/Bob Stone.md", "name": "Bob Stone"},
        {"file": "People/Sam One.md", "name": "Sam One"},
    ]
    assert data["introductions"][0]["with"] == "People/Sam One.md"
    assert (data["due"], data["cadence_days"], data["reciprocity"]) == ("2026-12-10", 30, "two-way")


def test_an_ambiguous_name_lists_the_candidates(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    code, out = run("show", "sam", "--vault", str(root))
    assert code == 2
    assert "People/Sam One.md" in out and "People/Sam Two.md" in out
    assert "Traceback" not in out
    code, out = run("show", "Nobody Here", "--vault", str(root))
    assert code == 2 and "no person called 'Nobody Here'" in out


def test_someone_met_without_a_note_is_told_where_the_notes_say_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet show` of someone the notes say you met, who has no note: the error says where,
    read in full or from the saved state."""
    root = make_vault({**VAULT, "Daily/2026-11-19.md": "- Ran into [[Tomás Vidal]] at the market\n"})
    said = "your notes say you met them, last on 2026-11-19: “Ran into Tomás Vidal at the market” (Daily/2026-11-19.md:1)"
    for cache in ("--no-cache", ""):
        run("build", str(root), "--today", "2026-11-21")
        code, out = run(
            "show", "tomás vidal", "--vault", str(root), "--today", "2026-11-21", *filter(None, [cache])
        )
        assert code == 2 and said in out, cache
        assert out.count("\n") == 1  # one line


def test_show_works_on_every_example_person() -> None:
    people = [p["file"] for p in json.loads(run("report", "--json", str(EXAMPLE))[1])["people"]]
    assert len(people) > 20
    for path in people:
        code, out = run("show", path, "--vault", str(EXAMPLE))
        assert code == 0, (path, out)
        # Every contact line names the file and line it comes from, and that line holds its date.
        for line in out.split("Timeline", 1)[1].split("Planned", 1)[0].splitlines()[1:]:
            if not line.startswith("  20"):
                continue
            where = line.rsplit("[", 1)[1].rstrip("]")
            file, number = where.rsplit(":", 1)
            source = (EXAMPLE / file).read_text(encoding="utf-8").splitlines()[int(number) - 1]
            day = line.split()[0]
            assert (
                day in source
                or day in file
                or "date:" in "".join((EXAMPLE / file).read_text(encoding="utf-8").split("---")[1:2])
            ), (line, source)


def test_next_birthday() -> None:
    today = dt.date(2026, 11, 21)
    assert next_birthday("1990-04-17", today).next == dt.date(2027, 4, 17)  # type: ignore[union-attr]
    assert next_birthday("1990-11-21", today).age == 36  # type: ignore[union-attr]
    assert next_birthday("--12-01", today).next == dt.date(2026, 12, 1)  # type: ignore[union-attr]
    assert next_birthday("--12-01", today).age is None  # type: ignore[union-attr]
    assert next_birthday("2000-02-29", today).next == dt.date(2027, 2, 28)  # type: ignore[union-attr]
    assert next_birthday("2000-02-29", dt.date(2027, 3, 1)).next == dt.date(2028, 2, 29)  # type: ignore[union-attr]
    assert next_birthday("sometime in May", today) is None
    # a birth on or after the day it next falls (a due date, a typo): no age of 0 or less
    assert next_birthday("2026-12-03", today).age is None  # type: ignore[union-attr]
    assert next_birthday("2062-12-05", today).next == dt.date(2026, 12, 5)  # type: ignore[union-attr]
    assert next_birthday("2062-12-05", today).age is None  # type: ignore[union-attr]
    assert next_birthday(None, today) is None


def show(root: Path, name: str, *more: str) -> tuple[int, str]:
    return run("show", name, *more, "--vault", str(root), "--today", "2026-12-03")


def test_a_last_contact_from_front_matter_says_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Sam.md": "---\ntags: person\nlast_contact: 2026-11-28\n---\nSam from climbing.\n",
            "People/Ann.md": "---\ntags: person\nlast_contact: 2026-11-01\n---\n- 2026-11-20 -> tea\n",
        }
    )
    code, out = show(root, "sam")
    assert code == 0, out
    assert "last contact 2026-11-28 (5 days ago, from last_contact)" in out
    assert "no contact yet" not in out  # the timeline does not deny the line above it
    assert "none written in a note (the last contact above is from last_contact)" in out
    code, out = show(root, "ann")
    assert "last contact 2026-11-20 (13 days ago)\n" in out  # a contact later than the front matter's


def test_a_resting_person_is_shown_resting_not_overdue(make_vault) -> None:  # type: ignore[no-untyped-def]
    """As the report, Recency and the calendar treat them: off every to-do list."""
    root = make_vault(
        {
            "People/Ruth.md": "---\ntags: person\ncadence: 30d\nsnooze_until: 2026-12-14\n---\n- 2026-09-24 <-> lunch\n",
            "People/Felix.md": "---\ntags: person\ncadence: 30d\nstatus: dormant\n---\n- 2026-09-24 <-> lunch\n",
        }
    )
    for name, why in (("ruth", "snoozed until 2026-12-14"), ("felix", "status: dormant")):
        code, out = show(root, name)
        assert code == 0, out
        assert f"resting ({why}): on no to-do list" in out and "overdue" not in out
        code, out = show(root, name, "--json")
        assert json.loads(out)["resting"] is True


def test_a_booked_person_is_shown_booked_not_overdue(make_vault) -> None:  # type: ignore[no-untyped-def]
    """As every page lists them (spec 6.6): a plan within their cadence is booked. Who set it up
    is said only where the plan's line says it: a client who books each session himself did."""
    log = "- 2026-12-10 -> dinner booked at Lupa\n- 2026-10-15 <-> coffee\n"
    root = make_vault(
        {
            "People/Quentin.md": f"---\ntags: person\ncadence: monthly\n---\n{log}",
            "People/Noah.md": "---\ntags: person\ncadence: monthly\n---\n- 2026-12-14 Coaching session (booked)\n",
            "People/Rae.md": "---\ntags: person\ncadence: monthly\n---\n- 2026-12-14 <- session, booked via Calendly\n",
        }
    )
    code, out = show(root, "quentin")
    assert code == 0, out
    assert "booked 2026-12-10: you reached out" in out and "overdue" not in out
    assert "booked 2026-12-14\n" in show(root, "noah")[1]
    assert "booked 2026-12-14: they reached out" in show(root, "rae")[1]


def test_one_who_died_keeps_their_birthday_but_turns_no_age(make_vault) -> None:  # type: ignore[no-untyped-def]
    """As Coming up and the calendar leave them out: the birthday as written, no next one."""
    root = make_vault(
        {"People/Gran.md": "---\ntags: person\nstatus: passed away\nbirthday: 1931-12-10\n---\n"}
    )
    code, out = show(root, "gran")
    assert code == 0, out
    assert "  birthday: 1931-12-10\n" in out and "turns" not in out
    code, out = show(root, "gran", "--json")
    assert (json.loads(out)["birthday"], json.loads(out)["next_birthday"]) == ("1931-12-10", None)


def test_a_birthday_written_in_the_text_is_shown_as_report_gives_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A Logseq page property or a field in the text (`birthday:: 1990-04-12`) is the birthday
    `show --json` gives, as `report --json` gives it, where it gave null beside its next one."""
    root = make_vault(
        {
            "pages/Ana Silva.md": "type:: person\nbirthday:: 1990-04-12\n\n- note\n",
            "People/Bo.md": "---\ntags: person\n---\nBirthday:: 1985-03-03\n",
        }
    )
    report = json.loads(run("report", "--json", str(root), "--today", "2026-12-01")[1])
    for person in report["people"]:
        code, out = show(root, person["name"], "--json")
        assert code == 0, out
        assert json.loads(out)["birthday"] == person["birthday"] != None  # noqa: E711


def test_show_json_gives_a_key_report_json_gives_as_report_gives_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A key both give a person holds the same value in both: `birthday` as read (`March 3, 1990`
    is 1990-03-03; `1990-02-29`, no day, is null), `facts` a count and `planned` a day; the
    story's lists are `facts_known` and `plans`."""
    root = make_vault(
        {
            "People/Ann.md": "---\ntags: [person]\nbirthday: March 3, 1990\nfacts: [runs, reads]\n---\n"
            "- 2026-11-01 <-> lunch\n- 2026-12-10 -> dinner\n",
            "People/Bad.md": "---\ntags: [person]\nbirthday: 1990-02-29\ncadence: 2w\n---\n",
        }
    )
    report = json.loads(run("report", "--json", str(root), "--today", "2026-12-03")[1])
    for person in report["people"]:
        code, out = show(root, person["name"], "--json")
        assert code == 0, out
        story = json.loads(out)
        shared = set(story) & set(person)
        assert {"birthday", "next_birthday", "facts", "planned", "due", "tags"} <= shared
        assert {key: story[key] for key in shared} == {key: person[key] for key in shared}
    ann = json.loads(show(root, "Ann", "--json")[1])
    assert (ann["birthday"], ann["facts"], ann["facts_known"], ann["planned"]) == (
        "1990-03-03",
        2,
        ["runs", "reads"],
        "2026-12-10",
    )
    assert [p["text"] for p in ann["plans"]] == ["dinner"]
    assert json.loads(show(root, "Bad", "--json")[1])["birthday"] is None


def test_the_timeline_heading_counts_contacts_as_report_does(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Maya.md": "---\ntags: person\n---\n- 2026-11-01 -> coffee\n",
            "Daily/2026-11-20.md": "- climbed with [[Maya]]\n- <- [[Maya]] sent the photos\n",
        }
    )
    code, out = show(root, "maya")
    assert code == 0, out
    report = json.loads(run("report", "--json", str(root), "--today", "2026-12-03")[1])
    assert report["people"][0]["interactions"] == 2
    assert "Timeline (3 lines, 2 contacts: a day's lines are one contact; oldest first;" in out
    code, out = run("show", "jane", "--vault", str(make_vault(VAULT)), "--today", "2026-11-21")
    assert "Timeline (5 contacts; oldest first;" in out  # one line a day: nothing to explain


def test_the_notes_asked_are_those_the_vault_says_tell_of_the_person(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`show` asks only the notes that tell of the person (as the vault was resolved) for their
    lines: the story is the one every note asked gives, for everyone in both vaults."""
    from vaultnet.build import load_report
    from vaultnet.commands.show import person_story, story_json
    from vaultnet.config import load_config
    from vaultnet.vault.resolve import Seen

    for root in (make_vault(VAULT), EXAMPLE):
        config = load_config(root)
        seen: Seen = {}
        report = load_report(root, dt.date(2026, 11, 21), config, use_cache=False, seen=seen)
        assert seen, "nothing was told"
        for s in report.people:
            query = s.person.file
            every = person_story(root, report, query, config)
            asked = person_story(root, report, query, config, seen)
            assert story_json(asked) == story_json(every), query


def test_show_says_what_in_the_note_could_not_be_read(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A log whose days have no year reads no entry: `show` says why the timeline is empty, from
    a vault read in full and from the state a build saved, and in its JSON."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\n---\n## Log\n- Nov 28: coffee\n- 2026-10-01 call\n",
            "People/Bo.md": "---\ntags: [person]\n---\n",
        }
    )
    message = "'Nov 28' has no year: write it as YYYY-MM-DD, or put the log under a heading of its year"
    for built in (False, True):
        if built:
            assert run("build", str(root), "--today", "2026-11-21")[0] == 0
        code, out = run("show", "ana", "--vault", str(root), "--today", "2026-11-21")
        assert code == 0, out
        assert f"Problems in the note (1)\n  People/Ana.md:5: {message}" in out, out
        assert "Problems in the note" not in run("show", "bo", "--vault", str(root))[1]
        data = json.loads(run("show", "ana", "--json", "--vault", str(root), "--today", "2026-11-21")[1])
        assert [(p["file"], p["line"]) for p in data["problems"]] == [("People/Ana.md", 5)]
        assert data["problems"][0]["message"].startswith(message)


def test_show_names_the_copies_of_the_note_it_does_not_read(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Conflicted copies beside the note (a sync tool's, Dropbox's case rename, iCloud's ` 2`) hold
    entries the note may lack, and no timeline shows them: `show` names each, from a vault read
    in full and from the state a build saved, and its JSON lists them among its problems."""
    ana = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 <-> coffee\n"
    root = make_vault(
        {
            "People/Ana Costa.md": ana,
            "People/Ana Costa (conflicted copy 2026-11-03).md": ana + "- 2026-11-03 <- she texted\n",
            "People/ana costa (Case Conflict).md": ana,
            "People/Ana Costa 2.md": ana,
            "People/Ana Costa Jr.md": ana,
            "People/Bo (conflicted copy 2026-11-03).md": ana,
            "People/Bo.md": "---\ntags: [person]\n---\n",
        }
    )
    copies = [
        "People/Ana Costa (conflicted copy 2026-11-03).md",
        "People/Ana Costa 2.md",
        "People/ana costa (Case Conflict).md",
    ]
    for built in (False, True):
        if built:
            assert run("build", str(root), "--today", "2026-11-21")[0] == 0
        code, out = run("show", "Ana Costa", "--vault", str(root), "--today", "2026-11-21")
        assert code == 0, out
        heading = "Copies of the note not read (3): merge what they add into the note, and delete them\n"
        listed = out.split(heading, 1)[1].split("\n\n", 1)[0].splitlines()
        assert [line.strip() for line in listed] == copies, out
        assert "Copies of the note not read" not in run("show", "Ana Costa Jr", "--vault", str(root))[1]
        data = json.loads(
            run("show", "Ana Costa", "--json", "--vault", str(root), "--today", "2026-11-21")[1]
        )
        assert [(p["file"], p["line"]) for p in data["problems"]] == [(copy, 0) for copy in copies]


def test_show_no_cache_reads_every_note_and_keeps_nothing(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`--no-cache`: the story from the notes alone, the same story, and nothing written to
    `.vaultnet/` (a vault on a read-only share, a cache not to be trusted)."""
    root = make_vault(VAULT)
    code, fresh = run("show", "jd", "--no-cache", "--vault", str(root), "--today", "2026-11-21")
    assert code == 0, fresh
    assert not (root / ".vaultnet").exists()
    assert run("build", str(root), "--today", "2026-11-21")[0] == 0
    assert run("show", "jd", "--vault", str(root), "--today", "2026-11-21") == (0, fresh)
    assert run("show", "jd", "--no-cache", "--vault", str(root), "--today", "2026-11-21") == (0, fresh)


def test_the_terminal_shows_the_words_without_their_markdown(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Bold is for a page, not a terminal: `show` and `report` print the words it marks."""
    root = make_vault(
        {
            "People/Ana.md": (
                "---\ntags: [person]\n---\n## About\n- **Partner:** Alex, a __nurse__\n\n## Log\n"
                "- 2026-11-02 coffee, **big** news about the flat\n- [ ] send **the deck**\n"
            )
        }
    )
    code, out = run("show", "ana", "--vault", str(root), "--today", "2026-11-21")
    assert code == 0, out
    assert "  - Partner: Alex, a nurse\n" in out
    assert "coffee, big news about the flat  [People/Ana.md:8]" in out
    assert "send the deck  [People/Ana.md:9]" in out
    code, out = run("report", str(root), "--today", "2026-11-21")
    assert "send the deck" in out and "**" not in out, out


def test_show_and_the_calendar_give_the_text_as_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A page keeps a line from breaking its Markdown (`[`, `|`, `\\` changed); a terminal and a
    calendar have no Markdown to break: `C:\\Users\\ana` and `[draft]` stay as written, a link
    still shows its label."""
    entry = r"sent C:\Users\ana\cv.pdf [draft] a|b to [[Bo Lee|Bo]]"
    root = make_vault({"People/Ana.md": f"---\ncadence: 2w\n---\n## Log\n- 2026-10-01 -> {entry}\n"})
    _, said = show(root, "Ana", "--today", "2026-12-01")
    assert r"→ sent C:\Users\ana\cv.pdf [draft] a|b to Bo  [People/Ana.md:5]" in said
    ics = CliRunner().invoke(main, ["export", "ics", str(root), "-o", "-", "--today", "2026-12-01"]).output
    unfolded = ics.replace("\r\n ", "").replace("\n ", "")
    assert r"sent C:\\Users\\ana\\cv.pdf [draft] a|b to Bo" in unfolded


def test_show_says_who_reaches_out_in_words_and_json_keeps_the_values() -> None:
    code, out = run("show", "Owen Ashby", "-v", str(EXAMPLE))
    assert code == 0
    assert (
        "  one-way: only you reach out (365 days: 3 from you, 0 from them, 0 both, 0 not said) · personal\n"
        in out
    )
    assert "one-way-me" not in out
    code, out = run("show", "Owen Ashby", "-v", str(EXAMPLE), "--json")
    assert json.loads(out)["reciprocity"] == "one-way-me"
