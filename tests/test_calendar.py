"""The calendar both ways: `export ics` read back by two parsers, `import ics` on Google, Apple,
Outlook and Nextcloud exports (tests/calendars/) (issue 15)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vaultnet.cli import main

CALENDARS = Path(__file__).resolve().parent / "calendars"
EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"
TODAY = "2026-11-21"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def events(text: str) -> dict[str, Any]:
    """The calendar's events by UID, read with icalendar."""
    from icalendar import Calendar

    calendar = Calendar.from_ical(text)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


# --- export -----------------------------------------------------------------------------------

EXPORT_VAULT = {
    "People/Ann.md": "---\ncadence: monthly\nbirthday: 1990-03-14\n---\n## Log\n- 2026-10-01 <-> tea; her new job\n- [ ] ask about the job\n",
    "People/Bo.md": "---\ncadence: 2w\nbirthday: 2000-02-29\n---\n## Log\n- 2026-11-15 -> wrote\n- 2026-12-01 dinner planned\n",
    "People/Cy.md": "---\ncadence: 2w\nbirthday: --07-04\n---\n## Log\n- 2026-11-10 <- called\n",
    "People/Dee.md": "---\ntags: [person]\n---\n",
    "People/Eve.md": "---\ncadence: 2w\nstatus: dormant\n---\n## Log\n- 2026-09-01 -> wrote\n",
    "People/Gran.md": "---\nstatus: passed away\nbirthday: 1931-05-02\n---\n",  # no birthday to remind of
}


def test_export_reads_back_with_stable_uids(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(EXPORT_VAULT)
    code, text = run("export", "ics", str(root), "-o", "-", "--today", TODAY)
    assert code == 0, text
    found = events(text)
    by_summary = {str(e["summary"]): e for e in found.values()}
    assert sorted(by_summary) == [
        "Ann's birthday", "Bo's birthday", "Bo: dinner planned", "Cy's birthday", "Reach out to Ann", "Reach out to Cy",
    ]  # fmt: skip
    ann = by_summary["Reach out to Ann"]
    assert ann["dtstart"].dt == dt.date(2026, 11, 21)  # overdue since 31 October: on today
    assert "Overdue by 21 days" in str(ann["description"])
    assert "tea; her new job" in str(ann["description"]) and "Open: ask about the job" in str(
        ann["description"]
    )
    assert by_summary["Reach out to Cy"]["dtstart"].dt == dt.date(2026, 11, 24)
    assert "Reach out to Eve" not in by_summary  # resting: off every to-do list, reminders too
    assert "Reach out to Bo" not in by_summary  # booked: dinner on 1 December, within two weeks
    assert by_summary["Bo: dinner planned"]["dtstart"].dt == dt.date(2026, 12, 1)
    leap = by_summary["Bo's birthday"]["rrule"]
    assert (leap["FREQ"], leap["BYMONTH"], leap["BYMONTHDAY"]) == (["YEARLY"], [2], [-1])
    assert by_summary["Cy's birthday"]["dtstart"].dt == dt.date(2000, 7, 4)
    assert all(e["dtstamp"].dt == dt.datetime(2026, 11, 21, tzinfo=dt.UTC) for e in found.values())

    again = run("export", "ics", str(root), "-o", "-", "--today", TODAY)[1]
    assert again == text  # deterministic for a vault and a day
    later = events(run("export", "ics", str(root), "-o", "-", "--today", "2026-11-25")[1])
    assert {str(e["summary"]): uid for uid, e in later.items()}["Reach out to Ann"] == str(ann["uid"])


def test_names_only_leaves_what_the_notes_say_out_of_the_events(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A calendar published through a link goes wherever the link does: `--names-only` keeps each
    event's name and day (and when they were due, the year of a birth), never the words of the
    notes (a therapist's last session, an open follow-up, a plan's text) nor their paths. The
    UIDs are the full export's: a subscribed calendar switched over updates its events."""
    root = make_vault(EXPORT_VAULT)
    full = events(run("export", "ics", str(root), "-o", "-", "--today", TODAY)[1])
    code, text = run("export", "ics", str(root), "-o", "-", "--today", TODAY, "--names-only")
    assert code == 0, text
    found = events(text)
    assert sorted(found) == sorted(full)
    assert sorted(str(e["summary"]) for e in found.values()) == [
        "Ann's birthday", "Bo's birthday", "Bo: planned", "Cy's birthday", "Reach out to Ann", "Reach out to Cy",
    ]  # fmt: skip
    described = {str(e["summary"]): str(e.get("description", "")) for e in found.values()}
    assert described["Reach out to Ann"] == "Overdue by 21 days."
    assert described["Ann's birthday"] == "Born 1990." and described["Bo: planned"] == ""
    for word in ("tea", "job", "Open", "dinner", "People/", "Note:"):
        assert word not in text, word


def test_export_is_valid_for_a_second_parser(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import vobject

    for number, root in enumerate((make_vault(EXPORT_VAULT), EXAMPLE)):
        out = tmp_path / f"{number}.ics"
        assert run("export", "ics", str(root), "-o", str(out), "--today", TODAY)[0] == 0
        text = out.read_bytes().decode("utf-8")
        assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
        calendar = vobject.readOne(text, validate=True)
        uids = [e.uid.value for e in calendar.vevent_list]
        assert len(uids) == len(set(uids)) == len(events(text))
        assert all(e.dtstamp.value for e in calendar.vevent_list)


def test_the_last_day_there_is_exports_as_a_day_with_no_end(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`next_contact: 9999-12-31`, as some write "some day": an all-day event on that day, whose
    end (the day after) there is no writing; no traceback."""
    import vobject

    root = make_vault(
        {
            "People/Ann.md": "---\ntags: [person]\nnext_contact: 9999-12-31\n---\n",
            "People/Bo.md": "---\ncadence: 1w\nbirthday: 9999-12-31\n---\n## Log\n- 9999-12-31 -> lunch\n",
        }
    )
    code, text = run("export", "ics", str(root), "-o", "-", "--today", TODAY)
    assert code == 0, text
    calendar = vobject.readOne(text, validate=True)
    last = [e for e in calendar.vevent_list if e.dtstart.value == dt.date(9999, 12, 31)]
    assert last and all(not hasattr(e, "dtend") for e in last)


def test_export_to_a_file_writes_only_a_calendar_and_only_when_changed(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(EXPORT_VAULT)
    out = tmp_path / "people.ics"
    code, said = run("export", "ics", str(root), "-o", str(out), "--today", TODAY)
    assert code == 0 and said.startswith("wrote 6 events")
    assert run("export", "ics", str(root), "-o", str(out), "--today", TODAY)[1].startswith("unchanged")
    mine = tmp_path / "notes.txt"
    mine.write_text("my own file\n")
    code, said = run("export", "ics", str(root), "-o", str(mine), "--today", TODAY)
    assert code == 2 and "not an iCalendar file" in said
    assert mine.read_text() == "my own file\n"
    # Inside the vault, an export is no note and no page; beside them, in a folder of its own, it may go.
    for among in ("Daily/x.md", "People/people.ics", "_vaultnet/people.ics"):
        code, said = run("export", "ics", str(root), "-o", str(root / among), "--today", TODAY)
        assert code == 2 and "does not go among the vault's notes or pages" in said, among
        assert not (root / among).exists()
    # A folder not there is a typo as often as not (`~/Calenders/`): named, not made.
    code, said = run("export", "ics", str(root), "-o", str(root / "Exports/people.ics"), "--today", TODAY)
    assert code == 2 and f"{root / 'Exports'} does not exist: create it first" in said
    assert not (root / "Exports").exists()
    (root / "Exports").write_text("a file\n")
    code, said = run("export", "ics", str(root), "-o", str(root / "Exports/people.ics"), "--today", TODAY)
    assert code == 2 and f"{root / 'Exports'} is not a folder" in said and "does not exist" not in said
    (root / "Exports").unlink()
    (root / "Exports").mkdir()
    assert run("export", "ics", str(root), "-o", str(root / "Exports/people.ics"), "--today", TODAY)[0] == 0


def test_an_export_to_a_file_says_so_on_standard_output_and_errors_on_standard_error(
    make_vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A cron job's `>/dev/null` silences the line saying what was written, never a failure:
    cron mails what is left on standard error, and nothing when all went well."""
    root = make_vault(EXPORT_VAULT)
    for kind, out in (("ics", tmp_path / "people.ics"), ("vcard", tmp_path / "people.vcf")):
        done = CliRunner().invoke(main, ["export", kind, str(root), "-o", str(out)])
        assert done.exit_code == 0 and done.stderr == "", kind
        assert done.stdout.startswith("wrote ") and done.stdout.endswith(f" {out}\n"), kind
        failed = CliRunner().invoke(main, ["export", kind, str(root), "-o", str(tmp_path / "no/x")])
        assert failed.exit_code == 2 and failed.stdout == "" and failed.stderr, kind
    again = CliRunner().invoke(main, ["export", "ics", str(root), "-o", str(tmp_path / "people.ics")])
    assert again.exit_code == 0, again.output
    assert (again.stdout.split()[0], again.stderr) == ("unchanged", "")


# --- import -----------------------------------------------------------------------------------

IMPORT_VAULT = {
    "People/Jane Doe.md": "---\naliases: [JD]\nemail: jane.doe@example.org\n---\nWe met at work.\n\n## Log\n- 2026-10-14 <-> lunch, she paid\n\n## Notes\nLikes tea.\n",
    "People/Bob Stone.md": "---\ntags: [person]\nemails: [bob@stone.example]\n---\n",
    "People/Carol Diaz.md": "---\ntags: [person]\n---\n# Carol\r\n\r\nRuns.\r\n",
    "People/Unrelated.md": "---\ntags: [person]\n---\n",
}

EXPECTED = {
    "People/Jane Doe.md": ["- 2026-09-15 <-> Q4 planning", "- 2026-11-02 <-> Coffee catch-up"],
    "People/Bob Stone.md": ["- 2026-10-21 <- Climbing", "- 2026-11-05 <- Book club"],  # he organised them
    "People/Carol Diaz.md": [
        f"- 2026-{d} <-> Run club" for d in ("10-07", "10-14", "10-21", "10-28", "11-04", "11-11", "11-18")
    ],
}


def _import(root: Path, *extra: str) -> tuple[int, str]:
    files = [str(CALENDARS / f"{name}.ics") for name in ("google", "apple", "outlook", "nextcloud")]
    outputs = [run("import", "ics", f, "-v", str(root), "--today", TODAY, *extra) for f in files]
    return max(code for code, _ in outputs), "".join(out for _, out in outputs)


def _snapshot(root: Path) -> dict[str, bytes]:
    notes = sorted(p for p in root.rglob("*.md") if ".vaultnet" not in p.parts)
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in notes}


def test_a_dry_run_lists_and_writes_nothing(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(IMPORT_VAULT)
    before = _snapshot(root)
    code, out = _import(root)
    assert code == 0, out
    assert _snapshot(root) == before
    assert "would add People/Jane Doe.md: 2026-11-02 Coffee catch-up" in out
    assert "known     People/Jane Doe.md: 2026-10-14 Lunch with JD" in out  # a contact that day already
    assert "declined  People/Carol Diaz.md: 2026-11-05 Book club" in out
    assert "would add People/Bob Stone.md: 2026-11-05 Book club (they organised it)" in out
    assert "declined  People/Bob Stone.md: 2026-10-07 Run club" in out
    assert "plan      2026-12-10 Dinner at Jane's: Jane Doe" in out
    assert "plan      2026-11-25 Run club: Carol Diaz" in out
    assert "Dentist" not in out and "Cancelled" not in out and "Dana" not in out
    assert "(add them with --write)" in out


def test_import_writes_the_entries_once_and_nothing_else(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(IMPORT_VAULT)
    before = _snapshot(root)
    code, out = _import(root, "--write")
    assert code == 0, out
    assert "wrote     People/Jane Doe.md:" in out
    assert not any(line.startswith("added ") for line in out.splitlines())  # each entry said once
    for file, entries in EXPECTED.items():
        old, new = before[file], (root / file).read_bytes()
        added = [
            line
            for line in new.decode().splitlines()
            if line.startswith("- 2026-") and line not in old.decode().splitlines()
        ]
        assert sorted(added) == sorted(entries), file
        # Byte-identical outside the added lines, and the Log section made for them when missing
        # (Carol's note keeps its CRLF line ends).
        kept = b"".join(
            line for line in new.splitlines(keepends=True) if line.rstrip(b"\r\n").decode() not in entries
        )
        assert kept == old or (kept.startswith(old) and kept[len(old) :].strip() == b"## Log"), file
    assert (root / "People/Unrelated.md").read_bytes() == before["People/Unrelated.md"]
    assert b"\r\n- 2026-10-07 <-> Run club\r\n" in (root / "People/Carol Diaz.md").read_bytes()

    after = _snapshot(root)
    code, out = _import(root, "--write")
    assert code == 0 and "wrote" not in out
    assert _snapshot(root) == after  # idempotent: the second import adds nothing

    data = json.loads(run("report", "--json", str(root), "--today", TODAY)[1])
    carol = next(p for p in data["people"] if p["file"] == "People/Carol Diaz.md")
    assert (carol["mutual"], carol["reciprocity"]) == (7, "two-way")


@pytest.mark.parametrize(
    "content",
    [b"hello, not a calendar\n", b"\xff\xfe\x00B\x00E", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", b""],
)
def test_an_unreadable_file_is_one_line_and_writes_nothing(
    make_vault, tmp_path: Path, content: bytes
) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(IMPORT_VAULT)
    before = _snapshot(root)
    bad = tmp_path / "bad.ics"
    bad.write_bytes(content)
    code, out = run("import", "ics", str(bad), "-v", str(root), "--today", TODAY, "--write")
    assert code == 2, out
    assert len(out.strip().splitlines()) == 1 and "Traceback" not in out
    assert _snapshot(root) == before
    code, out = run("import", "ics", str(tmp_path / "missing.ics"), "-v", str(root), "--write")
    assert code == 2 and len(out.strip().splitlines()) == 1


def test_since_narrows_the_window(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(IMPORT_VAULT)
    code, out = run(
        "import",
        "ics",
        str(CALENDARS / "nextcloud.ics"),
        "-v",
        str(root),
        "--today",
        TODAY,
        "--since",
        "2026-11-10",
    )
    assert code == 0, out
    assert out.count("would add People/Carol Diaz.md") == 2  # 11 and 18 November


def test_importing_vaultnets_own_export_adds_nothing(tmp_path: Path) -> None:
    """A vault's own export holds only reminders, plans and birthdays that vaultnet made: an overdue
    reminder sits on today, and importing it made `- 2027-01-10 <-> Reach out to ...` a contact.
    Its events (their UIDs end `@vaultnet`) are left out, and the summary says how many."""
    vault = tmp_path / "vault"
    shutil.copytree(EXAMPLE, vault)
    out = tmp_path / "people.ics"
    code, said = run("export", "ics", str(vault), "-o", str(out), "--today", "2027-01-10")
    assert code == 0, said
    count = len(events(out.read_text()))
    assert count > 5
    before = _snapshot(vault)
    code, said = run("import", "ics", str(out), "-v", str(vault), "--today", "2027-01-10", "--write")
    assert code == 0, said
    assert _snapshot(vault) == before
    assert said.splitlines()[-1] == (
        f"0 added, 0 already known, 0 plans, 0 events matched nobody, {count} events from vaultnet skipped"
    )


def ics(*events: str) -> str:
    """A calendar of these VEVENT bodies (their lines, without BEGIN and END)."""
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"


def event(uid: str, day: str, summary: str, *lines: str) -> str:
    """An event of your own calendar: one that lists people lists you (`pat@me.example`, the `me`
    of `OWN_VAULT`) among them, unless it lists you already."""
    listed = any(line.startswith(("ATTENDEE", "ORGANIZER")) for line in lines)
    if listed and not any("me.example" in line or "me@example.org" in line for line in lines):
        lines = (*lines, "ATTENDEE:mailto:pat@me.example")
    return "\r\n".join((f"UID:{uid}", f"DTSTART:{day}T120000Z", f"SUMMARY:{summary}", *lines))


OWN_VAULT = {
    "vaultnet.toml": 'me = ["Pat", "pat@me.example"]\n',
    "People/Ana Ruiz.md": "---\ntags: [person]\nemails: [ana@ruiz.example]\n---\n## Log\n",
    "People/Bo Lindqvist.md": "---\ntags: [person]\nemails: [bo@example.org]\n---\n## Log\n",
    "People/Cy Ode.md": "---\ntags: [person]\n---\n## Log\n",
}


def _import_one(root: Path, text: str, *extra: str) -> tuple[int, str]:
    (root.parent / "cal.ics").write_text(text, newline="")
    return run("import", "ics", str(root.parent / "cal.ics"), "-v", str(root), "--today", TODAY, *extra)


def test_a_note_that_cannot_be_written_spoils_only_its_own_entries(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Ana's note is read-only: Bo's entries are still written, and the output says exactly which
    were written and which were not."""
    root = make_vault(OWN_VAULT)
    ana = root / "People/Ana Ruiz.md"
    ana.chmod(0o444)
    calendar = ics(
        event("e1", "20261102", "Lunch", "ATTENDEE;CN=Ana Ruiz:mailto:ana@ruiz.example"),
        event("e2", "20261103", "Tea", "ATTENDEE;CN=Bo:mailto:bo@example.org"),
    )
    try:
        code, out = _import_one(root, calendar, "--write")
    finally:
        ana.chmod(0o644)
    assert code == 1, out
    assert "wrote     People/Bo Lindqvist.md:6: - 2026-11-03 <-> Tea" in out
    said = "not written People/Ana Ruiz.md: 2026-11-02 Lunch: People/Ana Ruiz.md is read-only (make it"
    assert said in out and str(root) not in out, out  # the note by its path in the vault
    assert "nothing written" not in out
    assert ana.read_text() == OWN_VAULT["People/Ana Ruiz.md"]
    assert "1 added, 1 not written" in out.splitlines()[-1]


def test_an_event_that_cannot_be_read_is_told_and_the_others_imported(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(OWN_VAULT)
    calendar = ics(
        "UID:no-start\r\nSUMMARY:Lunch with Ana Ruiz",
        event("bad-rule", "20261104", "Run club", "ATTENDEE:mailto:ana@ruiz.example", "RRULE:FREQ=SOMETIMES"),
        event("good", "20261105", "Tea", "ATTENDEE:mailto:bo@example.org"),
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert "would add People/Bo Lindqvist.md: 2026-11-05 Tea" in out
    assert "skipped   event no-start (Lunch with Ana Ruiz): " in out
    assert "skipped   event bad-rule (Run club): " in out
    assert "Traceback" not in out


@pytest.mark.parametrize("freq", ["HOURLY;COUNT=50", "MINUTELY", "SECONDLY;UNTIL=20261130T000000Z"])
def test_an_event_repeating_more_than_daily_is_told_not_expanded(make_vault, freq: str) -> None:  # type: ignore[no-untyped-def]
    """A reminder every hour, minute or second is no meeting with anyone, and expanded it is
    hundreds of thousands of events: skipped, said, and the others imported."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        event("tick", "20261104", "Water", "ATTENDEE:mailto:ana@ruiz.example", f"RRULE:FREQ={freq}"),
        event("good", "20261105", "Tea", "ATTENDEE:mailto:bo@example.org"),
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert "would add People/Bo Lindqvist.md: 2026-11-05 Tea" in out
    assert "skipped   event tick (Water): repeats more often than daily" in out
    assert "Ana Ruiz" not in out
    # Every 24 hours is daily; three slots of an hour are three.
    for freq in ("HOURLY;INTERVAL=24;COUNT=3", "HOURLY;COUNT=3"):
        calendar = ics(
            event("pair", "20261104", "Pairing", "ATTENDEE:mailto:ana@ruiz.example", f"RRULE:FREQ={freq}")
        )
        code, out = _import_one(root, calendar)
        assert code == 0 and "would add People/Ana Ruiz.md: 2026-11-04 Pairing" in out, out


def test_a_name_alone_does_not_find_someone_whose_address_it_is_not(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`CN=Bo` at an address Bo's note does not list is another Bo; Cy's note lists no address, so
    his name finds him."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        event("e1", "20261102", "Standup", "ATTENDEE;CN=Bo:mailto:bo.jensen@other.com"),
        event("e2", "20261103", "Drinks", "ATTENDEE;CN=Cy Ode:mailto:cy@else.com"),
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert "Bo Lindqvist" not in out
    assert "would add People/Cy Ode.md: 2026-11-03 Drinks" in out


def test_birthdays_and_events_you_declined_are_no_meetings(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A calendar's birthdays (Apple marks them; `Bo Lindqvist's Birthday` all day) are no meeting,
    nor is an event you (`me` in vaultnet.toml) declined; one you organised you started."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        "UID:b1\r\nDTSTART;VALUE=DATE:20261104\r\nSUMMARY:Bo Lindqvist’s Birthday\r\nX-APPLE-SPECIAL-DAY:BIRTHDAY",
        "UID:b2\r\nDTSTART;VALUE=DATE:20261105\r\nSUMMARY:Ana Ruiz's birthday",
        event(
            "d1", "20261106", "Coffee with Cy Ode",
            "ORGANIZER;CN=Cy Ode:mailto:cy@ode.example", "ATTENDEE;PARTSTAT=DECLINED:mailto:pat@me.example",
        ),
        event("o1", "20261107", "Walk", "ORGANIZER;CN=Pat:mailto:pat@me.example", "ATTENDEE:mailto:ana@ruiz.example"),
    )  # fmt: skip
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith(("would add", "known", "declined"))] == [
        "would add People/Ana Ruiz.md: 2026-11-07 Walk (you organised it)"
    ]


def test_control_and_direction_characters_leave_a_title(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(OWN_VAULT)
    calendar = ics(event("e1", "20261102", "Lunch\u202e with\x07 Ana", "ATTENDEE:mailto:ana@ruiz.example"))
    code, out = _import_one(root, calendar, "--write")
    assert code == 0, out
    assert "- 2026-11-02 <-> Lunch with Ana" in (root / "People/Ana Ruiz.md").read_text()


def test_time_away_is_no_meeting_and_a_word_is_no_name_in_lower_case(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`Out of office - Bo`, `Ana OOO`, `PTO`: a colleague's time away sent as an invite, no
    conversation. A one-word name or alias in a title counts where written as a name, with its
    capital: `will we hit the date?` is not Will."""
    vault = {**OWN_VAULT, "People/William Park.md": "---\ntags: [person]\naliases: [Will]\n---\n## Log\n"}
    root = make_vault(vault)
    calendar = ics(
        event("o1", "20261102", "Out of office - Bo Lindqvist", "ORGANIZER:mailto:bo@example.org"),
        event("o2", "20261103", "Ana OOO", "ORGANIZER:mailto:ana@ruiz.example"),
        event("o3", "20261104", "PTO (Bo)", "ATTENDEE:mailto:bo@example.org"),
        event("w1", "20261105", "Q1 planning - will we hit the date?", "ATTENDEE:mailto:ana@ruiz.example"),
        event("w2", "20261106", "Coffee with Will"),
        event("w3", "20261107", "coffee with cy ode"),  # a name in lower case is a name still
        event("v1", "20261108", "Team vacation planning", "ATTENDEE:mailto:bo@example.org"),
        event("v2", "20261109", "OOO coverage handoff", "ATTENDEE:mailto:bo@example.org"),
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    added = sorted(line for line in out.splitlines() if line.startswith("would add"))
    assert added == [
        "would add People/Ana Ruiz.md: 2026-11-05 Q1 planning - will we hit the date?",
        "would add People/Bo Lindqvist.md: 2026-11-08 Team vacation planning",
        "would add People/Bo Lindqvist.md: 2026-11-09 OOO coverage handoff",
        "would add People/Cy Ode.md: 2026-11-07 coffee with cy ode",
        "would add People/William Park.md: 2026-11-06 Coffee with Will",
    ]


def test_a_title_outlook_marks_cancelled_is_no_meeting_and_lines_written_are_where_they_end(
    make_vault,
) -> None:  # type: ignore[no-untyped-def]
    """Outlook leaves a cancelled meeting in an attendee's calendar as `Canceled: ...`. Entries
    written into a log kept newest first each go above the last: every `wrote` line says where its
    entry is once all are written."""
    vault = dict(OWN_VAULT)
    vault["People/Bo Lindqvist.md"] = (
        "---\ntags: [person]\nemails: [bo@example.org]\n---\n## Log\n- 2026-10-30 -> x\n"
    )
    root = make_vault(vault)
    calendar = ics(
        event("c1", "20261101", "Canceled: Lunch", "ATTENDEE:mailto:ana@ruiz.example"),
        event("e1", "20261102", "Tea", "ATTENDEE:mailto:bo@example.org"),
        event("e2", "20261103", "Walk", "ATTENDEE:mailto:bo@example.org"),
    )
    code, out = _import_one(root, calendar, "--write")
    assert code == 0, out
    assert "Ana" not in out
    lines = (root / "People/Bo Lindqvist.md").read_text().splitlines()
    wrote = [line for line in out.splitlines() if line.startswith("wrote")]
    assert len(wrote) == 2
    for said in wrote:
        where, entry = said.removeprefix("wrote     ").split(": ", 1)
        assert lines[int(where.rsplit(":", 1)[1]) - 1] == entry, (said, lines)


def test_a_second_event_on_a_day_is_said_to_be_that_days(make_vault) -> None:  # type: ignore[no-untyped-def]
    """One entry a person and day: a second event with Bo that day adds nothing, and the dry run
    says it is the same day's, not that the note knows it already."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        event("e1", "20261103", "Tea", "ATTENDEE:mailto:bo@example.org"),
        "UID:e2\r\nDTSTART:20261103T180000Z\r\nSUMMARY:Drinks\r\nATTENDEE:mailto:bo@example.org\r\n"
        "ATTENDEE:mailto:pat@me.example",
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert out.splitlines()[:2] == [
        "same day  People/Bo Lindqvist.md: 2026-11-03 Drinks",
        "would add People/Bo Lindqvist.md: 2026-11-03 Tea",
    ]
    assert out.splitlines()[-1].startswith("1 to add (add them with --write), 0 already known,")


SOLO_VAULT = {
    "vaultnet.toml": 'me = ["me@example.org"]\n\n[words]\nmutual = ["game night with X"]\n',
    **{f"People/{name}.md": "---\ntags: [person]\n---\n## Log\n" for name in ("Bo Lind", "Ana Souza", "Cy Park", "Di Ng", "Fay Wu")},
}  # fmt: skip


def solo(uid: str, day: str, summary: str) -> str:
    """An event only you are in: you organised it and are its one attendee."""
    return event(uid, day, summary, "ORGANIZER:mailto:me@example.org", "ATTENDEE:mailto:me@example.org")


def test_a_title_that_is_a_plan_a_reminder_or_a_question_is_no_contact(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Someone only a title names was met, as a daily note's line naming them says (`Lunch with
    Bo`, a name alone, `[words]` of your own too), unless its words say otherwise, as they would
    in a note: a reminder or a plan, a question; said as `not met`. Ahead, it is still a plan."""
    root = make_vault(SOLO_VAULT)
    calendar = ics(
        solo("s1", "20261110", "Reminder: email Bo Lind"),
        solo("s2", "20261111", "Prep for Ana Souza call"),
        solo("s3", "20261112", "Need to call Cy Park"),
        solo("s4", "20261113", "Di Ng"),
        solo("s5", "20261114", "Call Fay Wu?"),
        solo("k1", "20261115", "Call with Fay Wu"),
        solo("k2", "20261116", "Lunch with Bo Lind"),
        solo("k3", "20261117", "Game night with Cy Park"),
        solo("p1", "20261201", "Reminder: email Di Ng"),
    )
    code, out = _import_one(root, calendar, "--write")
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith(("wrote", "not met", "plan"))] == [
        "not met   People/Bo Lind.md: 2026-11-10 Reminder: email Bo Lind",
        "not met   People/Ana Souza.md: 2026-11-11 Prep for Ana Souza call",
        "not met   People/Cy Park.md: 2026-11-12 Need to call Cy Park",
        "not met   People/Fay Wu.md: 2026-11-14 Call Fay Wu?",
        "plan      2026-12-01 Reminder: email Di Ng: Di Ng",
        "wrote     People/Di Ng.md:5: - 2026-11-13 -> Di Ng",
        "wrote     People/Fay Wu.md:5: - 2026-11-15 -> Call with Fay Wu",
        "wrote     People/Bo Lind.md:5: - 2026-11-16 -> Lunch with Bo Lind",
        "wrote     People/Cy Park.md:5: - 2026-11-17 -> Game night with Cy Park",
    ]
    assert out.splitlines()[-1] == "4 added, 0 already known, 1 plan, 0 events matched nobody"


def test_an_event_of_many_people_is_no_meeting_with_each(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A 40-person all-hands is no two-way meeting with each of your people in it: an event of more
    than `GROUP_LIMIT` people (you and the organiser among them, a room not) is skipped and
    counted. Ten, a room besides, are a meeting."""
    root = make_vault(OWN_VAULT)
    crowd = [f"ATTENDEE;CN=Guest {n}:mailto:guest{n}@corp.example" for n in range(37)]
    ten = [f"ATTENDEE:mailto:guest{n}@corp.example" for n in range(7)]
    calendar = ics(
        event("all", "20261102", "All-hands", "ORGANIZER:mailto:ceo@corp.example",
              "ATTENDEE:mailto:ana@ruiz.example", "ATTENDEE:mailto:bo@example.org", *crowd),
        event("team", "20261103", "Team sync", "ORGANIZER:mailto:pat@me.example", "ATTENDEE:mailto:pat@me.example",
              "ATTENDEE:mailto:bo@example.org", "ATTENDEE;CN=Cy Ode:mailto:cy@ode.example", *ten,
              "ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@corp.example"),
    )  # fmt: skip
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith("would add")] == [
        "would add People/Bo Lindqvist.md: 2026-11-03 Team sync (you organised it)",
        "would add People/Cy Ode.md: 2026-11-03 Team sync (you organised it)",
    ]
    assert out.splitlines()[-1] == (
        "2 to add (add them with --write), 0 already known, 0 plans, 0 events matched nobody, "
        "1 event of over 10 people skipped"
    )


def test_an_empty_file_given_to_import_is_said_plainly(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(EXPORT_VAULT)
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    code, said = run("import", "ics", str(empty), "-v", str(root), "--today", TODAY)
    assert (code, said) == (2, f"Error: {empty}: empty, not an iCalendar file\n")
    words = tmp_path / "words.ics"
    words.write_text("hello\n")
    code, said = run("import", "ics", str(words), "-v", str(root), "--today", TODAY)
    assert (code, said) == (
        2,
        f"Error: {words}: not an iCalendar file (it does not start with BEGIN:VCALENDAR)\n",
    )


def test_importing_again_never_undoes_your_edits(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An entry you struck (`~~Alpha call~~ Ana never joined`, no contact) or took out, and a day a
    daily note of yours says something of them (struck or not), are never written again."""
    root = make_vault(OWN_VAULT)
    first = [
        event("a1", "20261118", "Alpha call", "ORGANIZER:mailto:pat@me.example", "ATTENDEE:mailto:ana@ruiz.example"),
        event("b1", "20261119", "Beta call", "ATTENDEE:mailto:ana@ruiz.example"),
    ]  # fmt: skip
    code, out = _import_one(root, ics(*first), "--write")
    assert code == 0 and out.count("wrote") == 2, out
    ana = root / "People/Ana Ruiz.md"
    edited = (
        ana.read_text()
        .replace("- 2026-11-18 -> Alpha call", "- 2026-11-18 ~~Alpha call~~ Ana never joined")
        .replace("- 2026-11-19 <-> Beta call\n", "")
    )
    ana.write_text(edited)
    (root / "Daily").mkdir()
    (root / "Daily/2026-11-20.md").write_text("- ~~Gamma with [[Bo Lindqvist]]~~ called off\n")
    again = ics(*first, event("c1", "20261120", "Gamma", "ATTENDEE:mailto:bo@example.org"))
    code, out = _import_one(root, again, "--write")
    assert code == 0, out
    assert ana.read_text() == edited
    assert "wrote" not in out and (root / "People/Bo Lindqvist.md").read_text().endswith("## Log\n")
    assert "known     People/Ana Ruiz.md: 2026-11-18 Alpha call (you organised it)" in out
    assert "removed   People/Ana Ruiz.md: 2026-11-19 Beta call" in out
    assert "known     People/Bo Lindqvist.md: 2026-11-20 Gamma" in out
    assert out.splitlines()[-1].startswith("0 added, 2 already known, 1 removed by you since imported,")


def test_a_day_each_of_you_organised_a_meeting_is_mutual(make_vault) -> None:  # type: ignore[no-untyped-def]
    """You called Bo, and he asked you to lunch, the same day: one entry, two-way (spec 1.3)."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        event("o1", "20261103", "Alpha call", "ORGANIZER:mailto:pat@me.example", "ATTENDEE:mailto:bo@example.org"),
        event("o2", "20261103", "Lunch", "ORGANIZER:mailto:bo@example.org"),
    )  # fmt: skip
    code, out = _import_one(root, calendar, "--write")
    assert code == 0, out
    assert "same day  People/Bo Lindqvist.md: 2026-11-03 Lunch (they organised it)" in out
    assert "wrote     People/Bo Lindqvist.md:6: - 2026-11-03 <-> Alpha call" in out
    data = json.loads(run("report", "--json", str(root), "--today", TODAY)[1])
    bo = next(p for p in data["people"] if p["file"] == "People/Bo Lindqvist.md")
    assert (bo["mutual"], bo["outbound"], bo["reciprocity"]) == (1, 0, "two-way")


def test_an_event_of_someone_elses_calendar_is_no_meeting_of_yours(make_vault) -> None:  # type: ignore[no-untyped-def]
    """With `me` set, an event that lists people but none of your addresses is on another
    calendar shared into yours (a colleague's, the family's): skipped and counted. One that lists
    nobody is your own."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        "UID:x1\r\nDTSTART:20261103T120000Z\r\nSUMMARY:Ana and Bo sync\r\nORGANIZER:mailto:ana@ruiz.example"
        "\r\nATTENDEE:mailto:bo@example.org",
        "UID:x2\r\nDTSTART:20261104T120000Z\r\nSUMMARY:Lunch with Cy Ode",
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith("would add")] == [
        "would add People/Cy Ode.md: 2026-11-04 Lunch with Cy Ode"
    ]
    assert out.splitlines()[-1].endswith("0 events matched nobody, 1 event of others' calendars skipped")


def test_the_calendars_owner_is_one_of_your_addresses_too(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`me` lists your personal address; the file is your work calendar (`X-WR-CALNAME`, as Google
    names it): an event there lists your work address, so it is yours, not someone else's."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        "UID:w1\r\nDTSTART:20261103T120000Z\r\nSUMMARY:Project sync\r\nORGANIZER:mailto:bo@example.org"
        "\r\nATTENDEE:mailto:pat@work.example",
        "UID:w2\r\nDTSTART:20261104T120000Z\r\nSUMMARY:Review\r\nORGANIZER:mailto:pat@work.example"
        "\r\nATTENDEE:mailto:ana@ruiz.example",
    )
    calendar = calendar.replace("VERSION:2.0\r\n", "VERSION:2.0\r\nX-WR-CALNAME:pat@work.example\r\n")
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith("would add")] == [
        "would add People/Bo Lindqvist.md: 2026-11-03 Project sync (they organised it)",
        "would add People/Ana Ruiz.md: 2026-11-04 Review (you organised it)",
    ]
    assert "others' calendars skipped" not in out


def test_without_me_the_import_says_so_and_your_own_card_gets_nothing(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Without `me`, a calendar file does not say which address is yours: one line says what that
    costs and how to set it. Google names the file's calendar after its owner: the card at that
    address (yours) gets no entry for each of your meetings. The window read is said."""
    vault = {k: v for k, v in OWN_VAULT.items() if k != "vaultnet.toml"}
    vault["People/Pat Me.md"] = "---\ntags: [person]\nemails: [pat@me.example]\n---\n## Log\n"
    root = make_vault(vault)
    calendar = ics(
        event("e1", "20261103", "Tea", "ORGANIZER:mailto:pat@me.example", "ATTENDEE:mailto:bo@example.org")
    )
    calendar = calendar.replace("VERSION:2.0\r\n", "VERSION:2.0\r\nX-WR-CALNAME:pat@me.example\r\n")
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith("would add")] == [
        "would add People/Bo Lindqvist.md: 2026-11-03 Tea"
    ]
    assert "without your address in `me` (vaultnet.toml" in out
    assert "window    2025-11-21 to 2026-11-21, plans to 2027-02-19 (--since for earlier events)" in out
    root_with_me = make_vault(OWN_VAULT)
    assert "without your address" not in _import_one(root_with_me, calendar)[1]


def test_ctrl_c_while_writing_lists_what_was_written_and_exits_130(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Stopped between two entries: those written are whole, listed and remembered; exit 130."""
    import signal

    from vaultnet.commands import calendar as module

    root = make_vault(OWN_VAULT)
    calls: list[str] = []
    real = module.log_all

    def stopping(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        if len(calls) == 1:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C while the first note is written
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "log_all", stopping)
    calendar = ics(
        event("e1", "20261102", "Lunch", "ATTENDEE:mailto:ana@ruiz.example"),
        event("e2", "20261103", "Tea", "ATTENDEE:mailto:bo@example.org"),
    )
    code, out = _import_one(root, calendar, "--write")
    assert code == 130, out
    assert "wrote     People/Ana Ruiz.md:6: - 2026-11-02 <-> Lunch" in out
    assert "interrupted: the entries listed were written" in out
    assert calls == ["People/Ana Ruiz.md"]
    assert (root / ".vaultnet/imported-events.tsv").read_text() == "People/Ana Ruiz.md\t2026-11-02\tLunch\n"


@pytest.mark.parametrize(
    ("zone", "day"),
    [("Europe/Berlin", "2026-11-16"), ("America/Los_Angeles", "2026-11-15"), ("", "2026-11-15")],
)
def test_a_time_in_utc_falls_on_its_day_in_the_calendars_zone(make_vault, zone: str, day: str) -> None:  # type: ignore[no-untyped-def]
    """23:30 UTC is the next day in Berlin: the day is the calendar's (`X-WR-TIMEZONE`, as Google
    writes it), the UTC day when it names none."""
    root = make_vault(OWN_VAULT)
    calendar = ics(
        event("late", "20261115", "Late call", "ATTENDEE:mailto:bo@example.org").replace(
            "T120000Z", "T233000Z"
        )
    )
    if zone:
        calendar = calendar.replace("VERSION:2.0\r\n", f"VERSION:2.0\r\nX-WR-TIMEZONE:{zone}\r\n")
    code, out = _import_one(root, calendar)
    assert code == 0 and f"would add People/Bo Lindqvist.md: {day} Late call" in out, out


def test_a_one_word_name_is_one_in_a_title_only_with_its_capital(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Cards named `Home`, `Work` or `Gym` (a number kept as a contact) and a friend called `Doc`:
    `Work from home` and `Design doc review` are no meetings with them. A one-word name or alias
    counts in a title only with its capital (`Coffee with Bo`, not `coffee with bo`), and one that
    names a place or a thing (`Home`, `Work`, `Gym`) never; a name of two words counts in any case."""
    vault = {
        **OWN_VAULT,
        **{
            f"People/{name}.md": "---\ntags: [person]\n---\n## Log\n"
            for name in ("Home", "Work", "Gym", "Bo")
        },
        "People/Dan Ortiz.md": "---\ntags: [person]\naliases: [Doc]\n---\n## Log\n",
    }
    root = make_vault(vault)
    calendar = ics(
        event("t1", "20261102", "Work from home"),
        event("t2", "20261103", "Design doc review"),
        event("t3", "20261104", "Gym session"),
        event("t4", "20261105", "coffee with bo"),
        event("t5", "20261106", "Coffee with Bo"),
        event("t6", "20261107", "Lunch with Doc"),
        event("t7", "20261108", "drinks with cy ode"),
    )
    code, out = _import_one(root, calendar)
    assert code == 0, out
    assert sorted(line for line in out.splitlines() if line.startswith("would add")) == [
        "would add People/Bo.md: 2026-11-06 Coffee with Bo",
        "would add People/Cy Ode.md: 2026-11-08 drinks with cy ode",
        "would add People/Dan Ortiz.md: 2026-11-07 Lunch with Doc",
    ]


def test_the_days_a_note_says_something_of() -> None:
    """Any line of the body on a day (struck, a task, a row, a day named inside it, a day written
    as the log writes its days), never the front matter's `last_contact:`."""
    from vaultnet.commands.calendar import days_written

    text = (
        "---\nlast_contact: 2026-11-01\n---\n## Log\n- 2026-11-18 ~~Alpha call~~ Una never joined\n"
        "- ~~2026-11-19 -> Beta~~\n- [x] 2026-11-20 call\n| 2026-11-21 | tea |\n"
        "Met at the fair on 2026-11-22.\n- 23/11/2026 lunch\n- 30/11/2026 walk\n"
    )
    assert sorted(day.day for day in days_written(text)) == [18, 19, 20, 21, 22, 23, 30]
