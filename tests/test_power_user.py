"""A heavy Obsidian user's vault, note by note: Periodic Notes' weekly notes, Kanban boards that
link their dates, Tasks' completion dates, Templater's placeholders, math and embeds of days."""

from __future__ import annotations

import datetime as dt
import json
import tomllib

import pytest
from click.testing import CliRunner

from tests.conftest import write_vault
from vaultnet.cli import main
from vaultnet.config import Config, config_from_dict, load_config
from vaultnet.errors import ConfigError
from vaultnet.model import Note
from vaultnet.read.note import parse_note

D = dt.date


def note(file: str, text: str, config: Config | None = None) -> Note:
    return parse_note(file, text.encode("utf-8"), config or Config())


def dated(n: Note) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.date.isoformat(), m.targets) for m in n.entries]


# --- Kanban cards --------------------------------------------------------------------------------

BOARD = (
    "---\nkanban-plugin: basic\n---\n## Reach out\n\n"
    "- [ ] Coffee with [[Ed]] @[[2026-11-15]]\n- [ ] Coffee with [[Ivy]] @{2026-11-16} @@{10:00}\n\n"
    "## Done\n\n- [x] Coffee with [[Flo]] @[[2026-11-10]]\n- [x] Lunch with [[Gus]] @{2026-11-12}\n"
    "- [x] Called [[Hal]] ✅ 2026-11-14\n- [x] Tea with [[Ada]] @{2026-11-01} ✅ 2026-11-03\n"
)


def test_a_done_kanban_card_with_its_day_is_a_contact_whether_the_day_is_linked_or_not() -> None:
    """Kanban writes a card's day as `@{2026-11-12}`, or as `@[[2026-11-12]]` when it links dates
    to daily notes: a done card so dated is a contact on that day, as one done `✅ 2026-11-14`
    is; a card that says both was done on the day its `✅` says."""
    board = note("Boards/CRM.md", BOARD)
    assert dated(board) == [
        ("2026-11-10", ("Flo",)),
        ("2026-11-12", ("Gus",)),
        ("2026-11-14", ("Hal",)),
        ("2026-11-03", ("Ada",)),
    ]
    assert [m.text for m in board.entries][:2] == ["Coffee with [[Flo]]", "Lunch with [[Gus]]"]


def test_a_done_task_in_a_daily_note_is_of_the_notes_day_whatever_its_card_day() -> None:
    """In a daily note, a done task's `@{2026-12-20}` is when a meeting is due, not when the
    task was done: the line is of the note's day, neither a plan nor a day moved back."""
    day = note(
        "Daily/2026-11-20.md",
        "- [x] Prepare deck for [[Fay]] meeting @{2026-12-20}\n- [x] Lunch with [[Gus]] @{2026-11-12}\n",
    )
    assert dated(day) == [("2026-11-20", ("Fay",)), ("2026-11-20", ("Gus",))]


def test_an_open_kanban_card_is_due_on_its_day_linked_or_not() -> None:
    board = note("Boards/CRM.md", BOARD)
    assert [(f.targets[0], f.due) for f in board.follow_ups] == [
        ("Ed", D(2026, 11, 15)),
        ("Ivy", D(2026, 11, 16)),
    ]


LANES = (
    "---\nkanban-plugin: basic\n---\n\n## Reach out\n\n- [ ] [[Ana]] ask about Lisbon\n\n\n"
    "## {waiting}\n\n- [ ] [[Bo]] reply re: Porto @{{2026-11-20}}\n\n\n"
    "## {done}\n\n- [ ] [[Cy]] coffee @{{2026-11-14}}\n- [ ] [[Di]] sent the deck\n\n\n"
    "## Shipped\n\n**Complete**\n- [ ] [[Ed]] lunch with her @[[2026-11-10]]\n  - [ ] [[Fay]] to send notes\n\n\n"
    '%% kanban:settings\n```\n{{"kanban-plugin":"basic","lane-width":272}}\n```\n%%\n'
)


@pytest.mark.parametrize(
    ("done", "waiting"),
    [
        ("Done", "Waiting"), ("done", "Waiting on"), ("✅ Done", "Waiting for"), ("Complete", "Blocked"),
        ("Completed", "**Waiting on them**"), ("Finished", "🚧 Blocked"), ("Done (10)", "Waiting (3)"),
    ],
)  # fmt: skip
def test_a_card_in_a_lane_of_done_cards_is_done_and_one_waiting_on_them_no_follow_up(
    done: str, waiting: str
) -> None:
    """The Kanban plugin ticks a card only in a lane set to complete (`**Complete**` under its
    heading); a lane named Done, Complete(d) or Finished holds done cards all the same, each a
    done task: a contact on its day (`@{2026-11-14}`) when it has one, no follow-up. A card in a
    lane of what waits on others (Waiting, Waiting on, Blocked) is their move: no follow-up of
    yours. A box within a card is the card's text, as the plugin keeps it."""
    board = note("Boards/Outreach.md", LANES.format(done=done, waiting=waiting))
    assert dated(board) == [("2026-11-14", ("Cy",)), ("2026-11-10", ("Ed",))]
    assert [(f.targets, f.due) for f in board.follow_ups] == [(("Ana",), None), (("Fay",), None)]


def test_a_lane_named_done_holds_open_tasks_in_any_note_but_a_board() -> None:
    """Only a board's lanes are read so: `## Done` in a project note is a heading like any, its
    open tasks follow-ups."""
    project = note(
        "Projects/Launch.md", "## Done\n- [ ] [[Cy]] coffee @{2026-11-14}\n## Waiting\n- [ ] ask [[Bo]]\n"
    )
    assert [f.targets for f in project.follow_ups] == [("Cy",), ("Bo",)]


def test_the_report_lists_no_card_of_a_done_lane_as_overdue(make_vault) -> None:  # type: ignore[no-untyped-def]
    people = {
        f"People/{name}.md": "---\ntags: [people]\n---\n" for name in ("Ana", "Bo", "Cy", "Di", "Ed", "Fay")
    }
    root = make_vault({**people, "Boards/Outreach.md": LANES.format(done="Done", waiting="Waiting")})
    report = CliRunner().invoke(main, ["report", "-v", str(root), "--today", "2026-12-08"]).output
    assert "Open follow-ups (2)" in report and "overdue" not in report
    show = json.loads(
        CliRunner().invoke(main, ["show", "Cy", "-v", str(root), "--today", "2026-12-08", "--json"]).output
    )
    assert [(t["date"], t["direction"]) for t in show["timeline"]] == [("2026-11-14", "mutual")]


# --- math ------------------------------------------------------------------------------------------


def test_a_link_in_a_math_block_is_none() -> None:
    """Obsidian renders what is between `$$` lines as math, with no link in it: a daily note's
    formula names nobody; a money amount (`$5 and $10`) is text as ever."""
    day = note(
        "Journal/2026-11-30.md",
        "- Lunch with [[Nia Obi]], $5 and $10\n\n$$\n\\text{[[Zed Kerr]]} \\to 2026\n$$\n"
        "$$ \\text{[[Uma Ray]]} $$\n- $$ coffee with [[Bo]]\n",
    )
    assert dated(day) == [("2026-11-30", ("Nia Obi",)), ("2026-11-30", ("Bo",))]
    assert "Zed Kerr" not in day.links and "Uma Ray" not in day.links


def test_a_line_opening_with_money_opens_no_math() -> None:
    """`$$ saved` opens a line of money, not a block of math: the lines after it, up to one
    ending in `$$`, are read as ever."""
    day = note(
        "Journal/2026-11-30.md", "$$ saved on the flights\n- Lunch with [[Nia Obi]]\n- paid her back 20$$\n"
    )
    assert dated(day) == [("2026-11-30", ("Nia Obi",))]


def test_a_log_entry_in_a_math_block_is_none() -> None:
    """In a person's note too (read by the blocks, not line by line, once it holds `$$`)."""
    person = note(
        "People/Ana.md",
        "## Log\n- 2026-11-02 coffee\n\n$$\n- 2026-11-03 x_{t} \\to [[Bo]]\n$$\n- 2026-11-04 walk\n",
    )
    assert [m.date.day for m in person.entries] == [2, 4]
    assert "Bo" not in person.links


# --- Templater's placeholders ----------------------------------------------------------------------


def test_a_placeholder_is_named_whole_or_cut_with_an_ellipsis() -> None:
    """A problem names a template's placeholder as written, to its `%>`; one too long for a line
    is cut short with `…`, not mid-way as if it ended there."""
    front = '---\ncreated: <% tp.file.creation_date("YYYY-MM-DD") %>\ntags: [person]\n---\n'
    rui = note("People/Rui Sa.md", front + "## Log\n- 2026-11-20 coffee\n")
    assert [(p.line, p.message) for p in rui.problems] == [
        (
            2,
            "a front-matter value is still a template's placeholder: "
            '`<% tp.file.creation_date("YYYY-MM-DD") %>` is read as no value (the note is read all the '
            "same); fill it in or remove it",
        )
    ]
    script = "<% tp.system.prompt('What is their company called, and where is it based?') %>"
    ivo = note(
        "People/Ivo Gil.md", f'---\ncompany: "{script}"\ntags: [person]\n---\n## Log\n- 2026-11-20 tea\n'
    )
    shown = ivo.problems[0].message.split("`")[1]
    assert shown.endswith("…") and script.startswith(shown[:-1]) and len(shown) < len(script)


def test_a_daily_notes_date_left_a_placeholder_says_so() -> None:
    """`date: <% tp.date.now("YYYY-MM-DD") %>` in a daily note its template never filled in: the
    placeholder's problem, as of any other value, not a day mistyped; the note keeps its name's day."""
    day = note(
        "Daily/2026-11-20.md", '---\ndate: <% tp.date.now("YYYY-MM-DD") %>\n---\n- coffee with [[Rui]]\n'
    )
    assert day.date == D(2026, 11, 20)
    assert [(p.line, p.message) for p in day.problems] == [
        (
            2,
            'a front-matter value is still a template\'s placeholder: `<% tp.date.now("YYYY-MM-DD") %>` '
            "is read as no value (the note is read all the same); fill it in or remove it",
        )
    ]


def test_a_log_line_a_template_left_to_fill_is_no_contact() -> None:
    """A person template leaves a log line ready to fill (`- {{date}} -> `), which Obsidian's
    Templates plugin and `vaultnet new` fill with the day the note is made: a day written as text
    with nothing after it but a mark or a separator, and nothing under it, says no contact (and no
    problem: a key left to fill, `- Partner:`, is none either)."""
    for left in (
        "- 2026-12-08 -> ", "- 2026-12-08", "- 2026-12-08:", "- [x] 2026-12-08 — ", "* 2026-12-08 ↔",
        "### 2026-12-08 <-", "| 2026-12-08 |  |  |", "- **2026-12-08** -> ",
    ):  # fmt: skip
        read = note("People/Zoe Park.md", f"---\ntags: [people]\n---\n## Log\n{left}\n\n## Open tasks\n")
        assert (read.kind, read.entries, read.problems) == ("person", (), ()), left


def test_a_day_with_a_link_a_tag_or_a_line_under_it_is_a_contact_still() -> None:
    """What a day alone on its line says: a link to the day's note (or its embed), a tag, a
    person linked, or the line under it, is a contact's, as before."""
    log = (
        "- [[2026-12-01]]\n- ![[2026-12-02]]\n- 2026-12-03 -> #call\n- 2026-12-04 [[Bo]]\n"
        "- 2026-12-05 ->\n  - sent her the deck\n\n### 2026-12-06\nShe called.\n"
    )
    read = note("People/Zoe Park.md", "---\ntags: [people]\n---\n## Log\n" + log)
    assert [(m.date.day, m.direction) for m in read.entries] == [
        (1, "unknown"), (2, "unknown"), (3, "outbound"), (4, "unknown"), (5, "outbound"), (6, "inbound")
    ]  # fmt: skip


# --- block IDs --------------------------------------------------------------------------------------


def test_show_leaves_out_block_ids_as_the_pages_do(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Obsidian never shows a block's ID (`^abc123`), nor do the pages and `report`: nor does
    `show`, in its text or its JSON."""
    root = make_vault(
        {
            "People/Rosa.md": "---\ntags: [person]\n---\n## About\n- runs ultras ^fact1\n## Log\n"
            "- 2026-11-10 coffee at Rosa's ^abc123\n- 2026-12-10 dinner at hers ^plan-1\n"
            "- [ ] send her the book ^task1\n"
        }
    )
    out = CliRunner().invoke(main, ["show", "Rosa", "-v", str(root), "--today", "2026-12-01"]).output
    assert "^" not in out, out
    for said in (
        "  - runs ultras\n",
        "coffee at Rosa's  [People/Rosa.md:7]",
        "dinner at hers  [People/Rosa.md:8]",
    ):
        assert said in out, said
    shown = CliRunner().invoke(main, ["show", "Rosa", "-v", str(root), "--today", "2026-12-01", "--json"])
    story = json.loads(shown.output)
    assert story["facts_known"] == ["runs ultras"]
    assert [t["text"] for t in story["timeline"] + story["plans"]] == ["coffee at Rosa's", "dinner at hers"]
    assert [f["text"] for f in story["follow_ups"]] == ["send her the book"]


# --- problems on the Problems page ----------------------------------------------------------------


def test_a_problem_quoting_a_link_makes_no_link_on_the_problems_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A problem quotes the value it could not read as written, links and all: on the Problems
    page a `[[` is escaped, so Obsidian shows it as written and makes no link (an unresolved one,
    or a backlink to the person from vaultnet's own page); in code it is shown as it is."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\nbirthday: 'around [[Easter]]'\n---\n",
            "People/Bo.md": "---\ntags: [person]\ncompany: '{{[[Acme]]}}'\n---\n## About\n- two kids\n",
        }
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-12-01"])
    assert result.exit_code == 0, result.output
    page = (root / "_vaultnet" / "Problems.md").read_text(encoding="utf-8")
    assert "birthday: 'around \\[\\[Easter]]' is not a day" in page, page
    assert "[[Easter" not in page.replace("\\[\\[", "")
    assert "[[People/Ana]]" in page  # the page's own link to the note stays one


# --- a note its template never filled in, found by a first name -------------------------------------

UNFILLED = (
    '---\ncreated: <% tp.file.creation_date("YYYY-MM-DD") %>\ntags: [person]\n---\n# <% tp.file.title %>\n'
)


def test_show_by_a_first_name_explains_a_note_read_as_a_template(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`show rui` finds Rui Sa's note as `show "Rui Sa"` does, though it is read as a template (its
    placeholder unfilled), and says why rather than suggest `vaultnet new 'rui'`, a second note
    of hers; a note of that first word that is nobody's (not in a people folder, not tagged a
    person) is no answer."""
    root = make_vault(
        {
            "People/Rui Sa.md": UNFILLED + "## About\n- two kids, climbs at the gym\n",
            "People/Ivo Gil.md": "---\ntags: [person]\n---\n## Log\n- 2026-11-20 <-> coffee\n",
            "Daily/2026-11-25.md": "- Coffee with [[Rui Sa]]\n",
            "Notes/Sam notes.md": "- ideas\n",
            "Notes/Lia Berg.md": UNFILLED + "## About\n- sings\n",
        }
    )
    result = CliRunner().invoke(main, ["show", "lia", "-v", str(root), "--today", "2026-12-01"])
    assert "Notes/Lia Berg.md is not read as a person" in result.output  # tagged a person
    for query in ("rui", "Sa", "Rui Sa"):
        result = CliRunner().invoke(main, ["show", query, "-v", str(root), "--today", "2026-12-01"])
        assert result.exit_code == 2, result.output
        assert (
            "People/Rui Sa.md is not read as a person: front matter still holds a template's" in result.output
        )
        assert "vaultnet new" not in result.output
    result = CliRunner().invoke(main, ["show", "sam", "-v", str(root), "--today", "2026-12-01"])
    assert "vaultnet new 'sam'" in result.output


# --- a day's note embedded in a log ---------------------------------------------------------------


def test_a_days_note_embedded_in_a_log_dates_its_entry_as_a_link_to_it_does() -> None:
    """`- ![[2026-10-05]]` shows the day's note in the person's log, `![[2026-10-07#Ana]]` its
    section about them: each is an entry of that day, as `- [[2026-10-05]]` is; an embed of
    anything else opens none."""
    text = (
        "---\ntags: [person]\n---\n## Log\n- ![[2026-10-05]]\n- ![[2026-10-07#Ana]] coffee\n\n"
        "![[2026-10-09]]\n\n- ![[Daily/2026-10-11|Sun]] <- she called\n- ![[photo.png]] 2026-10-12 lunch\n"
        "## About\n- x\n"
    )
    for read in (note("People/Ana.md", text), note("People/Ana.md", text.replace("![[", "[["))):
        assert [(m.date.isoformat(), m.text, m.direction) for m in read.entries[:4]] == [
            ("2026-10-05", "", "unknown"),
            ("2026-10-07", "coffee", "mutual"),
            ("2026-10-09", "", "unknown"),
            ("2026-10-11", "she called", "inbound"),
        ]
    assert len(note("People/Ana.md", text).entries) == 4


# --- Periodic Notes' weekly notes ------------------------------------------------------------------

PERIODIC = ".obsidian/plugins/periodic-notes/data.json"
WEEK_49 = (
    "- Drinks with [[Amy Ng]]\n### Sunday\n- Dinner with [[Amy Ng]]\n### Saturday\n- Brunch with [[Bo]]\n"
)


def test_the_weekly_format_is_the_periodic_notes_plugins_when_its_weekly_notes_are_on(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Periodic Notes names weekly notes `gggg-[W]ww` unless told otherwise (an empty format is
    its default), read as ISO's weeks: its locale's are the system's, which vaultnet cannot know;
    off, or in a format vaultnet cannot read, it says nothing; vaultnet.toml wins, locale weeks too."""
    root = make_vault({})
    assert load_config(root).weekly_format is None
    for written, format_ in [
        ('{"weekly": {"format": "GGGG-[W]WW", "enabled": true}}', "GGGG-[W]WW"),
        ('{"weekly": {"format": "", "enabled": true}}', "GGGG-[W]WW"),
        ('{"weekly": {"enabled": true}}', "GGGG-[W]WW"),
        ('{"weekly": {"format": "[Week] w [of] gggg", "enabled": true}}', "[Week] W [of] GGGG"),
        ('{"weekly": {"format": "gggg-[W]ww", "enabled": false}}', None),
        ('{"weekly": {"format": "YYYY-MM-DD", "enabled": true}}', None),
        ('{"weekly": {"format": 3, "enabled": true}}', None),
    ]:
        write_vault(root, {PERIODIC: written})
        assert load_config(root).weekly_format == format_, written
    write_vault(root, {"vaultnet.toml": 'weekly_format = "[Week] w [of] gggg"\n'})
    assert load_config(root).weekly_format == "[Week] w [of] gggg"


@pytest.mark.parametrize("written", ['"YYYY-MM-DD"', '"gggg"', '"[W]ww"', '"gggg-[W]ww-WW"', "3", '""'])
def test_a_weekly_format_vaultnet_cannot_read_is_refused(written: str) -> None:
    with pytest.raises(ConfigError, match="weekly_format"):
        config_from_dict(tomllib.loads(f"weekly_format = {written}\n"))


@pytest.mark.parametrize(
    ("weekly", "file", "first"),
    [
        (None, "Weekly/2026-W49.md", D(2026, 11, 30)),  # ISO: from Monday
        ("GGGG-[W]WW", "Weekly/2026-W49.md", D(2026, 11, 30)),
        ("gggg-[W]ww", "Weekly/2026-W49.md", D(2026, 11, 29)),  # Periodic Notes' default: from Sunday
        ("gggg-[W]ww", "Weekly/2027-W01.md", D(2026, 12, 27)),  # week 1 holds January 1st
        ("gggg-[W]ww", "Weekly/2026-W01.md", D(2025, 12, 28)),
        ("gggg-[W]ww", "Weekly/2026-W52 Review.md", D(2026, 12, 20)),
        ("gggg-[W]ww", "Weekly/2026-W53.md", None),  # 2026 has 52 such weeks
        ("gggg-[W]w", "Weekly/2026-W9.md", D(2026, 2, 22)),
        ("[Week] ww [of] gggg", "Weekly/Week 49 of 2026.md", D(2026, 11, 29)),
        ("gggg/[W]ww", "Weekly/2026/W49.md", D(2026, 11, 29)),
        ("gggg/[W]ww", "Weekly/2025/W49.md", D(2025, 11, 30)),
        ("gggg/gggg-[W]ww", "Weekly/2026/2026-W49.md", D(2026, 11, 29)),
        ("gggg/[W]ww", "W49.md", None),  # not in its folder: no year
        # the obvious spellings, in the vault's weeks
        (None, "Weekly/2026 W48.md", D(2026, 11, 23)),
        (None, "Weekly/2026-w48.md", D(2026, 11, 23)),
        (None, "Weekly/W48 2026.md", D(2026, 11, 23)),
        (None, "Weekly/2026W48.md", D(2026, 11, 23)),
        ("gggg-[W]ww", "Weekly/2026 W48.md", D(2026, 11, 22)),
        ("gggg-[W]ww", "Daily/2026-W47-5.md", D(2026, 11, 20)),  # an ISO week date is ISO's
        (None, "Weekly/W48 plans.md", None),
        (None, "Notes/W4 engine.md", None),
        (None, "Taxes/2024 W2 forms.md", None),  # the US tax form W-2
        (None, "Taxes/W2 2024.md", None),
        (None, "Weekly/2026-W9.md", D(2026, 2, 23)),
    ],
)
def test_a_weekly_note_is_dated_on_the_first_day_of_its_week_as_its_format_counts_them(
    weekly: str | None, file: str, first: dt.date | None
) -> None:
    n = note(file, "- coffee with [[Ann]]\n", Config(weekly_format=weekly))
    assert (n.kind, n.date) == (("other", None) if first is None else ("dated", first))


def test_a_weekly_notes_day_headings_are_days_of_its_week_as_its_format_counts_them() -> None:
    """In a week from Sunday (`gggg-[W]ww`), `### Sunday` heads its first day and `### Saturday`
    its last; in an ISO week, Sunday is the last."""
    local = note("Weekly/2026-W49.md", WEEK_49, Config(weekly_format="gggg-[W]ww"))
    assert dated(local) == [
        ("2026-11-29", ("Amy Ng",)),
        ("2026-11-29", ("Amy Ng",)),
        ("2026-12-05", ("Bo",)),
    ]
    iso = note("Weekly/2026-W49.md", WEEK_49)
    assert dated(iso) == [("2026-11-30", ("Amy Ng",)), ("2026-12-06", ("Amy Ng",)), ("2026-12-05", ("Bo",))]


def test_the_periodic_notes_format_never_makes_weeks_start_on_sunday(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Periodic Notes' `gggg-[W]ww` counts the weeks of Obsidian's system language, which vaultnet
    cannot know (ISO-like in Britain or Germany): its notes are read in ISO's weeks, 2026-W49 from
    Monday 30 November, its `### Sunday` the week's last day."""
    root = make_vault(
        {
            PERIODIC: '{"weekly": {"format": "", "enabled": true}}',
            "People/Amy Ng.md": "---\ntags: [person]\n---\n",
            "Weekly/2026-W49.md": WEEK_49,
        }
    )
    result = CliRunner().invoke(main, ["show", "Amy Ng", "-v", str(root), "--today", "2026-12-10", "--json"])
    assert [t["date"] for t in json.loads(result.output)["timeline"]] == ["2026-11-30", "2026-12-06"]


def test_a_weekly_notes_lines_are_never_after_today_while_its_week_runs(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The first Sunday of a week from Sunday is a day of it: a line under no day's heading is a
    contact that day, not a plan for the Monday after (format.md's promise)."""
    root = make_vault(
        {
            "vaultnet.toml": 'weekly_format = "gggg-[W]ww"\n',
            "People/Amy Ng.md": "---\ntags: [person]\n---\n",
            "Weekly/2026-W49.md": WEEK_49,
        }
    )
    result = CliRunner().invoke(main, ["show", "Amy Ng", "-v", str(root), "--today", "2026-11-29", "--json"])
    story = json.loads(result.output)
    assert [t["date"] for t in story["timeline"]] == ["2026-11-29", "2026-11-29"]
    assert story["plans"] == []
