"""One note at a time: spec 1.1-1.5 as far as a single file decides them."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultnet.config import Config
from vaultnet.read.days import day_as_written, heading_period, named_day_as_written, period_as_written
from vaultnet.read.note import parse_note
from vaultnet.read.text import decode, split_front_matter

D = dt.date


def note(file: str, text: str | bytes, config: Config | None = None):  # type: ignore[no-untyped-def]
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_note(file, data, config or Config())


# --- 1.1 who is a person ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("People/A.md", "no front matter"),
        ("work/people/A.md", ""),
        ("x/Contacts/A.md", ""),
        ("03 People/A.md", ""),  # a folder filed under a number, an emoji or marks (PARA, Johnny.Decimal)
        ("20-29 Life/21.01 - People/A.md", ""),
        ("👥 Contacts/A.md", ""),
        ("_people/A.md", ""),
        ("People 2024/A.md", ""),
        ("A.md", "---\ntags: [person]\n---\n"),
        ("A.md", "---\ntags: Person\n---\n"),
        ("A.md", '---\ntags: ["#contact"]\n---\n'),
        ("A.md", "---\ntags: [person/work]\n---\n"),
        ("A.md", "---\ntags: [contacts]\n---\n"),  # a plural, as the folder's name is
        ("A.md", "---\ntags: [type/person]\n---\n"),  # a kind of note in a tree of kinds
        ("A.md", "---\ntags: [entity/people]\n---\n"),
        ("A.md", "Met at the fair #People"),
        ("A.md", "---\ntype: person\n---\n"),
        ("A.md", '---\ncategories: ["[[People]]"]\n---\n'),
        ("A.md", '---\ncategories: ["[[Contacts]]"]\n---\n'),
    ],
)
def test_a_person_by_folder_tag_or_type(file: str, text: str) -> None:
    assert note(file, text).kind == "person"


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("demo-contacts/A.md", ""),
        ("My People/A.md", ""),
        ("Peoples/A.md", ""),
        ("A.md", "---\ntags: [personal]\n---\n"),
        ("A.md", "---\ntags: [type/personal, people-ops/team]\n---\n"),
        ("A.md", '---\ntags: [person]\ncreated: "{{date}}"\n---\n'),
        ("A.md", "---\ntags: [person]\ncreated: <% tp.date.now() %>\n---\n"),
        ("People/Acme.md", "---\nKIND: ORG\n---\n"),
        ("People/Home.md", "---\nkind: location\n---\n"),
        ("People/2026-11-01.md", "a daily note in People"),
        ("A.md", "```\n#person\n```\n"),
        ("A.md", "- 2026-11-01 met at the #person fair\n"),
        ("A.md", "see http://x.org/#person"),
    ],
)
def test_not_a_person(file: str, text: str) -> None:
    assert note(file, text).kind != "person"


@pytest.mark.parametrize(
    "line",
    [
        "- Coffee with [[Ana]] #person/priya",
        "- Dinner party, met lots of new #people",
        "Called the plumber, a #contact of Bo's",
        "- lunch with [[Ana]] about the #company",
        "- drafted a new #template for one-on-ones",
    ],
)
def test_a_tag_on_a_line_of_a_day_tells_of_the_line(line: str) -> None:
    """A tag on a line of a note named for a day tells who or what the line is about, not what
    the note is: the day's note stays dated, whatever the tag (a person's, a company's, a
    template's). Its own tags, on a line of tags alone, still say what it is."""
    day = note("Daily/2026-11-20.md", line + "\n")
    assert (day.kind, day.date, day.problems) == ("dated", D(2026, 11, 20), ())
    assert note("Daily/2026-11-20.md", "#template\n" + line + "\n").kind == "other"


@pytest.mark.parametrize(
    ("file", "text", "person"),
    [
        ("People/Biscuit.md", "---\ntype: pet\nbirthday: 2020-12-10\n---\n", False),
        ("People/Mittens.md", "---\ntags: [pet]\n---\n", False),
        ("People/Rex.md", "---\ntype: Dog\n---\n", False),
        ("People/Work/Platform Team.md", "---\ntype: team\n---\n", False),
        ("People/Work/Ana.md", "---\ntags: [team, work]\n---\n", True),  # a teammate
        ("People/Jordan Hill.md", "---\ntags: [person, me]\n---\n", False),
        ("People/Me.md", "", False),
        ("People/Jordan Hill.md", "---\naliases: [JH]\n---\n", False),  # `me` names her
        ("People/Jordan.md", "---\nemail: jordan@acme.com\n---\n", False),
        ("People/Jordan Lee.md", "---\ntags: [person]\n---\n", True),
    ],
)
def test_a_pet_a_team_and_you_are_not_people(file: str, text: str, person: bool) -> None:
    """A pet or a team kept among people (`type: pet`, `#pet`, `type: team`) is no connection;
    nor is the vault's owner: a note tagged `me` (or `self`), named `Me`, or named, aliased or
    addressed as `me` in vaultnet.toml says (`me = ["Jordan Hill", "jordan@acme.com"]`)."""
    config = Config(me=("Jordan Hill", "jordan@acme.com"))
    assert (note(file, text, config).kind == "person") is person


@pytest.mark.parametrize(
    ("front", "person"),
    [
        ("type: account", False),  # a CRM's word for a company
        ("type: startup", False),
        ("type: fund", False),
        ("type: firm", False),
        ("type: portfolio company", False),  # a kind of company: its last word says so
        ("type: VC-Firm", False),
        ("type: law_firm", False),
        ("categories: ['[[Accounts]]']", False),
        ("tags: [account]", False),
        ("tags: [vc-firm]", False),
        ("tags: [type/company]", False),  # nested, as `type/person` is a person's
        ("tags: [entity/company]", False),
        ("tags: [entity/organisation]", False),
        ("tags: [crm/account]", False),
        ("tags: [Company/Acme]", True),  # a tag under a company's name: someone who works there
        ("tags: [startup]", True),  # into startups, or in them: a person may be tagged so
        ("tags: [vc]", True),
        ("tags: [investor, fund-manager]", True),
        ("tags: [hedge-fund]", True),
        ("tags: [portfolio]", True),
        ("type: fund manager", True),
        ("type: account manager", True),
        ("tags: [person, account]\ntype: account", True),  # said outright: a person
        ("categories: [friend, charity]", True),  # what someone is to you: they volunteer there
        ("type: [colleague, nonprofit]", True),
        ("tags: [family, company]", False),  # the family firm
        ("type: dog\ntags: [family]", False),  # the family dog
        ("type: team\ntags: [colleague]", False),
        ("categories: [client, company]", False),  # a client may be a company
    ],
)
def test_a_company_a_crm_keeps_among_people_is_no_one(front: str, person: bool) -> None:
    """A sales or investment CRM files its companies by other words (`type: account`, `startup`,
    `fund`, `firm`, `portfolio company`; `#account`, `#vc-firm`, nested `#type/company`); a tag a
    person may carry (`#startup`, `#vc`, `#hedge-fund`, `#company/acme`) keeps them a person."""
    assert (note("People/Acme.md", f"---\n{front}\n---\nSome words.\n").kind == "person") is person


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("---\ntags: #person\n---\n", ("person",)),
        ("---\nTag: #Person #work\nname: Dana\n---\n", ("person", "work")),
        ("---\ntags: [#person, #work]\n---\n", ("person", "work")),
        ("---\ntags: [ #person ]\nname: Dana\n---\n", ("person",)),
        ("---\ntags: ['#person', #work]\n---\n", ("person", "work")),
        ("---\ntags:\n  - #person\n  - work\naliases:\n  - Dee\n---\n", ("person", "work")),
        ("---\ntags:\n- #person\n---\n", ("person",)),
    ],
)
def test_a_hash_tag_in_front_matter_is_a_tag_not_a_comment(text: str, tags: tuple[str, ...]) -> None:
    """YAML reads `tags: #person` as a comment (no value) and `[#a, #b]` as broken, but Obsidian's
    users write tags so (docs/format.md)."""
    n = note("Notes/Dana.md", text)
    assert (n.kind, n.tags, n.problems) == ("person", tags, ())


def test_a_hash_after_another_key_is_still_a_comment() -> None:
    assert note("Notes/Dana.md", "---\nname: #person\n---\n").kind == "other"
    assert note("Notes/Dana.md", "---\ntopics:\n  - #person\n---\n").kind == "other"


def test_people_folders_and_tags_are_configurable() -> None:
    config = Config(people_folders=("folks",), person_tags=("friend",))
    assert note("Folks/A.md", "", config).kind == "person"
    assert note("People/A.md", "", config).kind == "other"
    assert note("A.md", "#friend", config).kind == "person"


def test_synonyms_and_normalised_values() -> None:
    n = note(
        "People/A.md",
        "---\nFull_Name: Ann Example\nalias: Annie, A\nCompany: '[[Acme|ACME]]'\n"
        "lastContact: '[[2026-10-01]]'\nkeep_in_touch: 2w\nTEL[CELL]: 5551234\n---\n",
    )
    assert n.name == "Ann Example"
    assert n.aliases == ("Annie", "A")
    assert n.org == "Acme"
    assert n.last_contact == D(2026, 10, 1)
    assert n.cadence_days == 14


@pytest.mark.parametrize(
    "front",
    [
        "N.GN: Anya\nN.FN: Volkova\n",
        "name:\n  first: Anya\n  last: Volkova\nphone:\nlast_chat: 2026-10-10\n",
        "name: {Given: Anya, Family: Volkova}\n",
    ],
)
def test_name_parts_make_the_name(front: str) -> None:
    """A vCard's name parts, or the Contacts plugin's `name:` of `first:` and `last:`."""
    assert note("Contacts/avolkova.md", f"---\ntags: [contact]\n{front}---\n").name == "Anya Volkova"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- 2026-11-03 lunch with [[People\\Ana Costa]]\n", [(1, "People\\Ana Costa", "People/Ana Costa")]),
        ("## About\n- sister of [[Family\\Kin\\Bo|Bo]]\n", [(2, "Family\\Kin\\Bo", "Family/Kin/Bo")]),
        ("---\nrelated: '[[Work\\Acme]]'\n---\n", [(2, "Work\\Acme", "Work/Acme")]),
        ('---\nrelated: "[[Work\\\\Acme]]"\n---\n', [(2, "Work\\Acme", "Work/Acme")]),
        ("- coffee with [Ana](People\\Ana.md)\n", [(1, "People\\Ana", "People/Ana")]),
        ("| [[Ana Costa\\|Ana]] | coffee |\n", []),  # a table's escaped pipe
        ("- [[People/Ana Costa]] and [[\\alpha]]\n", []),
        ("- `[[People\\Ana]]` in code\n", []),
    ],
)
def test_a_link_whose_folders_a_backslash_parts_is_a_problem_at_its_line(
    text: str, found: list[tuple[int, str, str]]
) -> None:
    """Obsidian parts folders with `/` alone, on Windows too, and names no note with a `\\`: such
    a link reaches no one, wherever it is. Each is a problem at its line, with the link to write."""
    from vaultnet.read.inline import BACKSLASHED

    problems = [p for p in note("People/Jo.md", text).problems if "links no one" in p.message]
    said = [(line, BACKSLASHED.format(target, slashed)) for line, target, slashed in found]
    assert [(p.line, p.message) for p in problems] == said


@pytest.mark.parametrize(
    ("file", "name"),
    [
        ("People/Tom Hart .md", "Tom Hart"),
        ("People/ Tom Hart.md", "Tom Hart"),
        ("People/Tom  Hart.md", "Tom Hart"),
        ("People/@Ana Ruiz .md", "Ana Ruiz"),
        ("People/Tom\u00a0Hart.md", "Tom Hart"),
    ],
)
def test_a_name_made_of_the_file_name_is_spaced_as_pages_show_it(file: str, name: str) -> None:
    """A space a sync or a keyboard left at the end of a file name (`Tom Hart .md`) is no part of
    the name: the JSON, a vCard's `FN` and the pages all say `Tom Hart`."""
    assert note(file, "---\ntags: [person]\n---\n").name == name


@pytest.mark.parametrize("key", ["contact_frequency", "Contact-Frequency", "keep-in-touch", "Keep in touch"])
def test_a_key_is_its_words_however_they_are_joined(key: str) -> None:
    """`contact_frequency` is the table's `contactfrequency`, `keep-in-touch` its `keep_in_touch`:
    case, spaces, `-` and `_` aside."""
    assert note("People/A.md", f"---\n{key}: monthly\n---\n").cadence_days == 30


@pytest.mark.parametrize(
    "key",
    [
        "cadence_days",
        "contact_every",
        "check_in_every",
        "reach_out_every",
        "stay_in_touch",
        "Touch base every",
    ],
)
def test_the_ways_owners_name_a_cadence(key: str) -> None:
    """`cadence_days: 30`, as vaultnet's own JSON names it, and the keys that say how often to be
    in touch in other words."""
    assert note("People/A.md", f"---\n{key}: 30\n---\n").cadence_days == 30


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("nickname: Annie", "aliases", ("Annie",)), ("nicknames: [Annie, Nan]", "aliases", ("Annie", "Nan")),
        ("aka: Annie", "aliases", ("Annie",)), ("also_known_as: Annie", "aliases", ("Annie",)),
        ("works_at: Acme", "org", "Acme"), ("works_for: Acme", "org", "Acme"),
        ("workplace: Acme", "org", "Acme"), ("current_company: Acme", "org", "Acme"),
        ("company_name: Acme", "org", "Acme"), ("current_city: Lisbon", "location", "Lisbon"),
        ("home_city: Lisbon", "location", "Lisbon"), ("residence: Lisbon", "location", "Lisbon"),
        ("country: Portugal", "location", "Portugal"), ("work_email: a@b.pt", "emails", ("a@b.pt",)),
        ("personal_email: a@b.pt", "emails", ("a@b.pt",)), ("email_home: a@b.pt", "emails", ("a@b.pt",)),
    ],
)  # fmt: skip
def test_the_ways_owners_name_a_card_s_fields(line: str, field: str, value: object) -> None:
    """A nickname is a name the person answers to, as an alias is; where they work, live and
    write from, in the words contact managers and owners use."""
    assert getattr(note("People/Ana Souza.md", f"---\ntags: [person]\n{line}\n---\n"), field) == value


@pytest.mark.parametrize(
    "key",
    [
        "last_contact_date", "last_contacted_at", "date_last_contacted", "last_interaction_date",
        "last_touch", "last_touchpoint", "last_catch_up", "last_called", "last_conversation",
        "Last spoken", "last_talked_to", "last_reached_out", "last_connected", "last_check_in",
    ],
)  # fmt: skip
def test_the_ways_owners_name_the_last_contact(key: str) -> None:
    assert note("People/A.md", f"---\n{key}: 2026-11-01\n---\n").last_contact == dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ncontact-frequency: sometimes\n---\n", 2),
        ("---\ntags: [person]\nContact Frequency: sometimes\n---\n", 3),
        ("---\ntags: [person]\n---\n# A\ncontact_frequency:: sometimes\n", 5),
    ],
)
def test_a_value_that_cannot_be_read_is_a_problem_on_its_keys_line(text: str, line: int) -> None:
    """However its key's words are joined, in front matter or the body."""
    assert [(p.line, p.message[:9]) for p in note("People/A.md", text).problems] == [(line, "cadence: ")]


@pytest.mark.parametrize("key", ["next_contact", "Next follow-up", "follow_up_date", "reach_out_on"])
def test_the_day_to_reach_out_next_is_read_as_crms_name_it(key: str) -> None:
    """`next_contact`, and the names personal CRMs give the day of the next follow-up."""
    assert note("People/A.md", f"---\n{key}: 2026-12-12\n---\n").next_contact == (D(2026, 12, 12), 2)


def test_a_key_as_written_ranks_before_one_folded() -> None:
    text = "---\nlastcontact: 2026-10-01\nlast_contact: 2026-11-01\n---\n"
    assert note("People/A.md", text).last_contact == D(2026, 11, 1)


def test_extra_synonyms_from_config() -> None:
    config = Config(synonyms={"cadence": ("ping_every",)})
    assert note("People/A.md", "---\nping_every: monthly\n---\n", config).cadence_days == 30


def test_body_tags_outside_entries_only() -> None:
    n = note("People/A.md", "#Climbing #Lisbon/Alfama # not-a-tag #2026\n- 2026-11-01 -> coffee #coffee\n")
    assert n.tags == ("climbing", "lisbon/alfama")


# --- 1.2 entries in a person note --------------------------------------------------------------


def entries(text: str) -> list[tuple[dt.date, str, str]]:
    return [(e.date, e.direction, e.text) for e in note("People/A.md", text).entries]


@pytest.mark.parametrize(
    ("line", "direction", "text"),
    [
        ("- 2026-11-02 → coffee", "outbound", "coffee"),
        ("- 2026-11-02 -> coffee", "outbound", "coffee"),
        ("* [[2026-11-02]] ← she emailed", "inbound", "she emailed"),
        ("+ [[Daily/2026-11-02|Monday]] <- she emailed", "inbound", "she emailed"),
        ("- 2026-11-02: ↔ dinner", "mutual", "dinner"),
        ("1. 2026-11-02 — <-> dinner", "mutual", "dinner"),
        (
            "- 2026-11-02 · lunch · they reached out · the move",
            "inbound",
            "lunch · they reached out · the move",
        ),
        ("- 2026-11-02 <--> long call", "mutual", "long call"),
        # A phone's emoji arrows, the emoji form (U+FE0F after it) or the plain one.
        ("- 2026-11-02 ➡️ texted her", "outbound", "texted her"),
        ("- 2026-11-02 ⬅️ she sent a postcard", "inbound", "she sent a postcard"),
        ("- 2026-11-02 ↔️ hike", "mutual", "hike"),
        ("- 2026-11-02: ➡ wrote", "outbound", "wrote"),
        ("- 2026-11-02 · ⬅ she rang", "inbound", "she rang"),
        ("- 2026-11-02 --> wrote", "outbound", "wrote"),
        # Smart punctuation (iOS, macOS) makes `--` a dash: `<--` is `<—`, `-->` is `—>`.
        ("- 2026-11-02 <— she called", "inbound", "she called"),
        ("- 2026-11-02 —> called", "outbound", "called"),
        ("- 2026-11-02 <—> long call", "mutual", "long call"),
        ("- 2026-11-02 <– she called", "inbound", "she called"),
        ("- 2026-11-02 –> called", "outbound", "called"),
        ("- 2026-11-02 <–> long call", "mutual", "long call"),
        ("- 2026-11-02: —> called", "outbound", "called"),
        ("- 2026-11-02 — —> called", "outbound", "called"),
        # No mark: the words decide (spec 6.5): an entry opening with a meeting word is mutual.
        ("- 2026-11-02 – call", "mutual", "call"),
        ("- 2026-11-02 - call", "mutual", "call"),
        ("- 2026-11-02 | call", "mutual", "call"),
        ("- 2026-11-02 | saw the new film", "unknown", "saw the new film"),
        ("- [x] 2026-11-02 -> called", "outbound", "called"),
        ("- [X] 2026-11-02 -> called", "outbound", "called"),
        ("### 2026-11-02 — call about the move", "mutual", "call about the move"),
        ("| 2026-11-02 | call | talked about her kids |", "mutual", "call | talked about her kids"),
        ("- 2026-11-02 10:30 -> call", "outbound", "call"),
        ("- 2026-11-02T09:05: <- she rang", "inbound", "she rang"),
        # Real logs (docs/format.md): a date in bold or italics, any time of day, the day's name.
        ("- **2026-11-02** -> bold date", "outbound", "bold date"),
        ("- *2026-11-02* <- italic date", "inbound", "italic date"),
        ("- _2026-11-02_ <-> italic date", "mutual", "italic date"),
        ("- 2026-11-02T14:30Z -> zulu", "outbound", "zulu"),
        ("- 2026-11-02T09:00:00+01:00 -> early call", "outbound", "early call"),
        ("- 2026-11-02 14:30–15:00 -> range", "outbound", "range"),
        ("- 2026-11-02 14:30-15:00 -> range", "outbound", "range"),
        ("- 2026-11-02 2:30pm <- pm time", "inbound", "pm time"),
        ("- 2026-11-02 2:30 pm <- pm time", "inbound", "pm time"),
        ("- 2026-11-02 14h30 <- she rang", "inbound", "she rang"),
        ("- 2026-11-02, 10am: lunch at Nopa", "mutual", "lunch at Nopa"),
        ("- 2026-11-02 @ 10am: lunch at Nopa", "mutual", "lunch at Nopa"),
        ("- 2026-11-02 at 10:30 - <- she rang", "inbound", "she rang"),
        ("- 2026-11-02 (10am) coffee", "mutual", "coffee"),
        ("- 2026-11-02 at the office: coffee", "unknown", "at the office: coffee"),
        ("- 2026-11-02 (Mon), 14:30 -> call", "outbound", "call"),
        ("- 2026-11-02, 3 of us met", "unknown", "3 of us met"),
        ("- 2026-11-02 (Mon) -> weekday", "outbound", "weekday"),
        ("- 2026-11-02 Mon -> weekday", "outbound", "weekday"),
        ("- 2026-11-02, Monday: -> weekday", "outbound", "weekday"),
        ("- 2026-11-02 Mon with her at the game", "unknown", "Mon with her at the game"),
        ("- 2 Nov 2026 <- she texted", "inbound", "she texted"),
        ("- 02 November 2026 <- she texted", "inbound", "she texted"),
        ("- 2nd November 2026: <- she texted", "inbound", "she texted"),
        ("- 2nd of November, 2026 — <- she texted", "inbound", "she texted"),
        ("- Mon 2nd Nov 2026 <- she texted", "inbound", "she texted"),
    ],
)
def test_entry_forms(line: str, direction: str, text: str) -> None:
    assert entries(line + "\n") == [(D(2026, 11, 2), direction, text)]


def test_entry_in_a_real_table() -> None:
    text = "| date | who | what |\n| --- | --- | --- |\n| 2026-11-02 | -> | lunch |\n"
    entry = note("People/A.md", text).entries[0]
    assert (entry.date, entry.line, entry.direction, entry.text) == (D(2026, 11, 2), 3, "outbound", "lunch")


def test_a_link_in_a_table_with_its_bar_escaped_is_a_link() -> None:
    """Obsidian writes a link's `|` as `\\|` in a table (`[[2026-11-20\\|Fri]]`), and some write
    it so in a list too: the link is to the same note, its day the entry's."""
    text = "| Date | Note |\n|---|---|\n| [[2026-11-20\\|Fri 20 Nov]] | <- she called |\n| [[Daily/2026-11-10\\|10 Nov]] | -> photos |\n"
    got = [(e.date, e.direction, e.text) for e in note("People/Ana.md", text).entries]
    assert got == [(D(2026, 11, 20), "inbound", "she called"), (D(2026, 11, 10), "outbound", "photos")]
    daily = note(
        "Daily/2026-11-10.md",
        "| Who | What |\n|---|---|\n| [[Bo Chen\\|Bo]] | coffee |\n- tea with [[Ana\\|A]]\n",
    )
    assert [m.targets for m in daily.entries] == [("Bo Chen",), ("Ana",)]
    person = note(
        "People/Kim Lee.md",
        "## Log\n| Date | Who started | Notes |\n| --- | --- | --- |\n"
        "| 2026-11-20 | Them | chess with [[Seán O'Brien\\|Shay]] and me |\n",
    )
    assert [e.targets for e in person.entries] == [("Seán O'Brien",)]


def test_a_row_with_a_cell_left_blank_reads_as_one_without_it() -> None:
    """`| 2026-11-02 |  | <- lunch |`: the Type column left blank, as `vaultnet log` leaves it."""
    text = "| Date | Type | Notes |\n| --- | --- | --- |\n| 2026-11-02 |  | <- lunch \\| drinks |  |\n"
    entry = note("People/A.md", text).entries[0]
    assert (entry.date, entry.direction, entry.text) == (D(2026, 11, 2), "inbound", "lunch \\| drinks")


def test_a_column_of_who_started_it_reads_as_its_mark() -> None:
    """`| Date | Initiated by | Notes |` (Notion's and personal CRMs' tables): `Me`, `them`,
    `Both`, `inbound`, or the person's name in that column is the mark it means, and is no part
    of the entry's words. A blank or `?` cell, a link, or a row with a mark of its own say nothing
    more; under `Who` alone, which may list who was there, a name says nothing either; a table
    without such a header reads its cells as words."""
    text = (
        "| Date | **Who started?** | Medium | Notes |\n|---|---|---|---|\n"
        "| 2026-11-01 | Me | call | her new job |\n| 2026-11-02 | Dana | email | advice |\n"
        "| 2026-11-03 | Both | coffee |  |\n| 2026-11-04 | inbound | text | x |\n"
        "| 2026-11-05 | ? | letter | y |\n| 2026-11-06 | [[Bo]] | letter | z |\n"
        "| 2026-11-07 | them | <- text | w |\n\n"
        "| Date | Who | Notes |\n|---|---|---|\n| 2026-11-08 | Me | v |\n| 2026-11-09 | Bo | u |\n"
        "\n| Date | Notes |\n|---|---|\n| 2026-11-10 | Me | t |\n"
    )
    got = [(e.direction, e.text) for e in note("People/Dana.md", text).entries]
    assert got == [
        ("outbound", "call | her new job"),
        ("inbound", "email | advice"),
        ("mutual", "coffee"),
        ("inbound", "text | x"),
        ("unknown", "? | letter | y"),
        ("unknown", "[[Bo]] | letter | z"),
        ("unknown", "them | <- text | w"),
        ("outbound", "v"),
        ("unknown", "Bo | u"),
        ("unknown", "Me | t"),
    ]


@pytest.mark.parametrize("mark", ["<-", "<—", "<–", "—>", "<—>"])
def test_a_row_with_a_mark_of_its_own_keeps_it_over_the_column_of_who(mark: str) -> None:
    """A cell that opens with a mark, drawn by smart punctuation too (`<—`), keeps the row as
    written: the column of who started it says nothing more."""
    text = f"| Date | Initiated by | Notes |\n|---|---|---|\n| 2026-11-07 | them | {mark} text |\n"
    assert [e.direction for e in note("People/Dana.md", text).entries] == ["unknown"]


def test_every_row_of_a_table_without_a_delimiter_row_is_an_entry() -> None:
    """docs/format.md: a line that starts with `|` is a table row, delimiter row or not; also
    right after a list item."""
    text = (
        "---\ntags: [person]\n---\n## Log\n\n"
        "| 2026-10-24 | call | talked about her kids |\n"
        "| 2026-10-25 | email | she asked about the job |\n"
        "| 2026-10-26 | lunch | at Rosa's |\n\n"
        "- 2026-10-20 coffee\n"
        "| 2026-10-27 | call | again |\n"
    )
    found = [(e.date, e.line) for e in note("People/Kim.md", text).entries]
    assert found == [
        (D(2026, 10, 24), 6),
        (D(2026, 10, 25), 7),
        (D(2026, 10, 26), 8),
        (D(2026, 10, 20), 10),
        (D(2026, 10, 27), 11),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- [ ] 2026-11-02 -> call about the trip\n",
        "- [-] 2026-11-02 -> cancelled\n",
        "- [>] 2026-11-02 -> moved\n",
        "> - 2026-11-02 -> quoted\n",
        "```\n- 2026-11-02 -> code\n```\n",
        "    - 2026-11-02 -> indented code\n",
        "<!-- - 2026-11-02 -> comment -->\n",
        "- first\n\n  2026-11-02 -> an item's later paragraph is not an entry\n",
        "- 2026-13-02 -> not a date\n",
        "- 20261102 -> not a date\n",
        "- met on 2026-11-02\n",
        "- 2026-11-02_notes\n",
        "- Sat with her on 2026-11-02\n",
        "- (see 2026-11-02) coffee\n",
        "- [notes](2026-11-02.md) coffee\n",
        "- [[2 Nov 2026 Offsite]] coffee\n",
    ],
)
def test_not_entries(text: str) -> None:
    assert entries(text) == []


def test_unchecked_tasks_are_follow_ups() -> None:
    n = note("People/A.md", "- [ ] ask about [[Bo]]'s marathon\n- [x] done\n")
    assert [(f.line, f.text, f.targets) for f in n.follow_ups] == [
        (1, "ask about [[Bo]]'s marathon", ("Bo",))
    ]


def test_entry_line_numbers_count_the_front_matter() -> None:
    n = note("People/A.md", "---\ntags: [person]\n---\n## Log\n- 2026-11-02 -> coffee\n")
    assert n.entries[0].line == 5


def test_entry_tags_links_and_broadcast() -> None:
    n = note(
        "People/A.md",
        "- 2026-11-02 ↔ dinner with [[Bo|Bobo]] and [[Cy]] #dinner\n- 2026-11-03 -> newsletter #broadcast\n",
    )
    first, second = n.entries
    assert first.targets == ("Bo", "Cy")
    assert first.tags == ("dinner",)
    assert not first.broadcast
    assert second.broadcast


def test_a_date_link_is_not_a_person_link() -> None:
    assert note("People/A.md", "- [[2026-11-02]] -> call\n").entries[0].targets == ()


def test_a_day_link_to_a_part_of_the_days_note_dates_the_entry() -> None:
    """Obsidian users link a heading or a block of the daily note, or write the file's name."""
    text = (
        "## Log\n- [[2026-11-20#Meetings]] <- she called\n- [[2026-11-18#^abc123]] -> texted her\n"
        "- [[Daily/2026-11-16#Meetings|Mon]] <-> lunch\n- [[Daily/2026-11-14.md]] <-> coffee\n"
        "- [[12 Nov 2026#Log]] <- he wrote\n"
    )
    entries = note("People/Ana.md", text).entries
    assert [(e.date.isoformat(), e.direction, e.text) for e in entries] == [
        ("2026-11-20", "inbound", "she called"),
        ("2026-11-18", "outbound", "texted her"),
        ("2026-11-16", "mutual", "lunch"),
        ("2026-11-14", "mutual", "coffee"),
        ("2026-11-12", "inbound", "he wrote"),
    ]


def test_in_an_own_log_a_try_is_a_call_only_where_nothing_is_tried_after_them() -> None:
    """`tried her, no luck` is a call of yours; `tried her new recipe` is her cooking."""
    log = "- 2026-11-01 tried her, no luck\n- 2026-11-02 tried her again\n- 2026-11-04 tried her new recipe\n"
    bo = note("People/Bo.md", f"---\ntags: [person]\n---\n{log}")
    assert [m.direction for m in bo.entries] == ["outbound", "outbound", "unknown"]


def test_in_a_parents_own_log_what_you_call_them_is_their_name() -> None:
    """`Mum rang me` in the note tagged `mum` (as `relationship: mum` tags it) is her calling, as
    `called Mum` is you; a sister is no name (one has several), nor is `mum` in a friend's log."""
    log = "- 2026-11-22 - Mum rang me\n- 2026-11-15 called Mum\n- 2026-11-08 Sister rang\n"
    mum = note("People/Eileen Moss.md", f"---\nrelationship: mum\ntags: [person]\n---\n{log}")
    assert [m.direction for m in mum.entries] == ["inbound", "outbound", "unknown"]
    nested = note(
        "People/Ed Moss.md", "---\ntags: [person, family/grandad]\n---\n- 2026-11-22 Grandad rang\n"
    )
    assert [m.direction for m in nested.entries] == ["inbound"]
    sister = note("People/Jo Moss.md", f"---\nrelationship: sister\ntags: [person]\n---\n{log}")
    assert [m.direction for m in sister.entries][::2] == ["unknown", "unknown"]


def test_a_persons_own_log_names_them_as_links_find_them() -> None:
    """In their own log, the person is also named by their stem, `name` or an alias (spec 6.2),
    or the first word of their stem or name, in any case, as a whole word, the longest first; another word holding a name, or a
    phrase about someone else, says nothing of them (6.5)."""
    text = (
        "---\nname: Ana Souza\naliases: [Ana]\n---\n"
        "- 2026-11-10 Ana called about the trip\n"
        "- 2026-11-09 emailed ana-souza the photos\n"
        "- 2026-11-08 ANA SOUZA texted me\n"
        "- 2026-11-07 Anabel called\n"
        "- 2026-11-06 called [[Bob]], not Ana\n"
        "- 2026-11-05 Ana and I went climbing\n"
    )
    assert [m.direction for m in note("People/Jane Doe.md", "- 2026-11-10 Jane called\n").entries] == [
        "inbound"
    ]
    slug = "---\ntags: [person]\n---\n- 2026-11-10 Sam called\n- 2026-11-09 Jean called\n"
    assert [m.direction for m in note("People/sam-park.md", slug).entries] == ["inbound", "unknown"]
    assert [m.direction for m in note("People/Jean-Luc Picard.md", slug).entries] == ["unknown", "unknown"]
    found = [(m.direction, m.inferred) for m in note("People/ana-souza.md", text).entries]
    assert found == [
        ("inbound", True),
        ("outbound", True),
        ("inbound", True),
        ("unknown", False),
        ("unknown", False),
        ("mutual", True),
    ]


@pytest.mark.parametrize(
    ("file", "line", "direction"),
    [
        ("Familia/Onkel Jürgen.md", "Jürgen hat angerufen", "inbound"),
        ("Familia/Tía Carmen.md", "Carmen me llamó", "inbound"),
        ("Familia/Wujek Paweł.md", "Paweł zadzwonił", "inbound"),
        ("Familia/Ciocia Bożena.md", "Bożena zadzwoniła", "inbound"),
        ("People/Uncle Jürgen.md", "Jürgen called", "inbound"),
        ("People/Aunt Carmen.md", "Called Carmen", "outbound"),
        ("People/aunt-carmen.md", "Carmen called", "inbound"),
        ("People/Dr. Bo Chen.md", "Bo emailed me", "inbound"),
        ("People/Prof Dr Eva Lind.md", "Eva called", "inbound"),
        ("People/Frau Müller.md", "Müller hat angerufen", "inbound"),
        ("People/Grandma Rose.md", "Rose called", "inbound"),
        ("People/Grandma Rose.md", "Grandma called", "inbound"),
        ("People/Oma Hilde.md", "Oma hat angerufen", "inbound"),
        ("People/Uncle Jürgen.md", "Uncle called", "unknown"),
        ("People/Uncle.md", "Uncle called", "inbound"),
        ("People/Don Draper.md", "Don called", "inbound"),
    ],
)
def test_a_title_or_kin_word_before_a_name_is_not_the_given_name(
    file: str, line: str, direction: str
) -> None:
    """A file name or `name` that opens with a title or a kin word (`Onkel Jürgen`, `Tía Carmen`,
    `Wujek Paweł`, `Uncle Jürgen`, `Dr. Bo Chen`) is named in the person's own log by the word after
    it, the given name (`Jürgen hat angerufen`, `Called Carmen`). The kin word alone is one of
    several (an uncle), but what one calls a grandparent is the one (`Oma hat angerufen` in `Oma
    Hilde.md`), and a word alone is the name it is (`Uncle.md`); `Don` is a given name too."""
    words = {
        "inbound": ("X hat angerufen", "X me llamó", "X zadzwonił", "X zadzwoniła"),
        "outbound": ("zadzwoniłam do X",),
    }
    found = note(file, f"---\ntags: [person]\n---\n- 2026-11-02 {line}\n", Config(words=words)).entries
    assert [m.direction for m in found] == [direction]


def test_a_title_or_kin_word_before_a_linked_name_is_passed_over_for_its_first_name() -> None:
    """A dated note's line reads the first name of a person it links, written again, as theirs:
    the name after the kin word (`[[Uncle Jürgen]]` is `Jürgen`)."""
    line = "- Lunch with [[Uncle Jürgen]] and [[Aunt Carmen]] — Jürgen's idea\n"
    found = {m.targets: m.direction for m in note("Daily/2026-11-02.md", line).entries}
    assert found == {("Uncle Jürgen",): "inbound", ("Aunt Carmen",): "mutual"}


_OWN_LINES = (
    "- [x] Send {} the book ✅ 2026-11-02",
    "- [x] Call {} ✅ 2026-11-03",
    "- 2026-11-04 Called {}",
    "- 2026-11-05 Sent {} the book",
    "- 2026-11-06 {} called me",
    "- 2026-11-07 Lunch with {}",
    "- 2026-11-08 Tried {}, no luck",
    "- 2026-11-09 No reply from {} yet",
    "- 2026-11-10 {} cancelled",
    "- 2026-11-11 Texted {} about York",
    "- 2026-11-12 Coffee with {}, her idea",
)


@pytest.mark.parametrize(
    "link",
    [
        "[[Ana]]",
        "[[People/Ana|Ana]]",
        "[[Ana#Kids]]",
        "[[Ana Souza]]",
        "[[Annie]]",
        "[Ana](People/Ana.md)",
        "[Ana](Ana.md)",
        "[[ana]]",
    ],
)
def test_a_link_to_the_person_in_their_own_log_reads_as_their_name(link: str) -> None:
    """A link that finds the person whose note it is (by their file name, `name` or an alias, in
    any form: a path, a heading, a display text, a Markdown link) is their name in their own log:
    each rule reads it as it reads the name written plain (`Send [[Ana]] the book` is yours,
    `[[Ana]] called me` hers), not as someone else the deed was done to."""
    front = "---\nname: Ana Souza\naliases: [Annie]\ntags: [person]\n---\n## Log\n"
    plain = note("People/Ana.md", front + "\n".join(line.format("Ana") for line in _OWN_LINES))
    linked = note("People/Ana.md", front + "\n".join(line.format(link) for line in _OWN_LINES))
    said = [(m.date, m.direction, m.inferred, m.aside) for m in plain.entries]
    assert [(m.date, m.direction, m.inferred, m.aside) for m in linked.entries] == said
    assert [direction for _, direction, _, _ in said] == [
        "outbound", "outbound", "outbound", "outbound", "inbound", "mutual", "outbound", "unknown",
        "unknown", "outbound", "inbound",
    ]  # fmt: skip


def test_a_link_to_someone_else_in_an_own_log_is_not_the_person() -> None:
    """Only a name a link finds the person by makes a link theirs: `[[Ana]]` in `Ana Souza.md`
    (no alias `Ana`) is a note of its own, whose call says nothing of Ana Souza's."""
    text = "---\ntags: [person]\n---\n- 2026-11-04 Called [[Ana]]\n- 2026-11-05 [[Bo]] called me\n"
    assert [m.direction for m in note("People/Ana Souza.md", text).entries] == ["unknown", "unknown"]


def test_i_reached_out_in_their_own_log_is_outbound() -> None:
    """The first person without an object (`I reached out`, `I called`): in a person's own log,
    I acted towards them; a meeting word before it does not make it mutual."""
    text = (
        "---\ntags: [person]\n---\n"
        "- 2026-11-01 · walk · I reached out · birthday wishes\n"
        "- 2026-11-02 I called about the grant\n"
        "- 2026-11-03 · lunch · they reached out · the move\n"
        "- 2026-11-04 · text · ran into each other · at the market\n"
    )
    found = [(m.direction, m.inferred) for m in note("People/Ivy.md", text).entries]
    assert found == [("outbound", True), ("outbound", True), ("inbound", True), ("mutual", True)]


def test_an_entry_that_opens_with_an_emoji_before_its_day_is_read_from_the_day() -> None:
    """`- 📞 2026-11-02 — she called`, `- ☕ 2026-10-15 coffee`, `### 📅 2026-09-01`: an emoji
    first says what kind of contact; the entry is its day's, the emoji read after its words."""
    text = "---\ntags: [person]\n---\n## Log\n- 📞 2026-11-02 — she called\n- ☕ 2026-10-15 coffee\n### 📅 2026-09-01\nlunch\n"
    assert [(m.date, m.direction, m.text) for m in note("People/Ana.md", text).entries] == [
        (D(2026, 11, 2), "inbound", "she called 📞"),
        (D(2026, 10, 15), "mutual", "coffee ☕"),
        (D(2026, 9, 1), "mutual", "lunch"),
    ]


def test_a_link_to_a_note_named_for_a_day_and_what_happened_is_an_entry_of_that_day() -> None:
    """A person's note lists the meetings filed as notes of their own (`- [[2026-11-02 Coffee with
    Dana]]`): each an entry on its day, its name the text. In a note that may be dated, the item
    is no entry of a day of its own: a daily note links a past meeting to say what followed it."""
    text = (
        "---\ntags: [person]\n---\n## Meetings\n- [[2026-11-02 Coffee with Dana]]\n"
        "- [[Meetings/2026-10-20 - Project sync|Oct sync]] <- she asked for it\n"
        "- [[Ideas for Dana]]\n- [[2026-09-01]]\n"
    )
    entries = note("People/Dana.md", text).entries
    assert [(m.date, m.direction, m.text, m.line) for m in entries] == [
        (D(2026, 11, 2), "mutual", "Coffee with Dana", 5),
        (D(2026, 10, 20), "inbound", "Project sync <- she asked for it", 6),
        (D(2026, 9, 1), "unknown", "", 8),
    ]
    dated = text.replace("tags: [person]", "tags: [person]\ndate: 2024-01-01")  # a template's day made
    assert [(m.date, m.text) for m in note("People/Dana.md", dated).entries] == [
        (m.date, m.text) for m in entries
    ]
    logseq = "tags:: person\n\n- [[2026-11-02 Coffee with Dana]]\n"
    assert [(m.date, m.text) for m in note("pages/Dana.md", logseq).entries] == [
        (D(2026, 11, 2), "Coffee with Dana")
    ]
    daily = "- [[2026-11-02 Coffee with Dana]]\n  - followed up with [[Dana]]\n"
    assert {(day, targets) for day, _, targets in mentions("Daily/2026-11-28.md", daily)} == {
        (D(2026, 11, 28), ("2026-11-02 Coffee with Dana",)),
        (D(2026, 11, 28), ("Dana",)),
    }


# --- 1.3 dated notes ---------------------------------------------------------------------------


def mentions(file: str, text: str) -> list[tuple[dt.date, str, tuple[str, ...]]]:
    n = note(file, text)
    assert n.kind == "dated"
    return [(m.date, m.direction, m.targets) for m in n.entries]


def test_dated_by_stem_forms() -> None:
    for file in ("Daily/2026-11-02.md", "2026-11-02 Call with Jane.md", "journals/2026_11_02.md"):
        assert note(file, "").date == D(2026, 11, 2)


@pytest.mark.parametrize(
    ("file", "date"),
    [
        ("journal/2026/11/20.md", D(2026, 11, 20)),
        ("Daily/2026/1/5.md", D(2026, 1, 5)),
        ("2026/11/02.md", D(2026, 11, 2)),
        ("journal/2026/11/31.md", None),
        ("journal/2026/November/20.md", None),
        ("Notes/2026/11/20 plans.md", None),
        ("Chapters/12/3.md", None),
        ("Daily/2026.11.20.md", D(2026, 11, 20)),
        ("Daily/Friday, November 20, 2026.md", D(2026, 11, 20)),
        ("Daily/Nov 20th, 2026.md", D(2026, 11, 20)),
        ("Daily/20th November 2026.md", D(2026, 11, 20)),
        ("20 Nov 2026 Offsite.md", D(2026, 11, 20)),
        ("Mark Jones.md", None),
        ("May 2026 plans.md", None),
        ("Nov 31, 2026.md", None),
        ("20-11-2026.md", None),
        ("Weekly/2026-W48.md", D(2026, 11, 23)),  # a weekly note: the Monday of its ISO week
        ("Weekly/2026-W01 Review.md", D(2025, 12, 29)),
        ("Weekly/2025-W53.md", None),  # 2025 has 52 ISO weeks
        ("Weekly/2026-W480.md", None),
        ("Daily/2026-W47-5.md", D(2026, 11, 20)),  # an ISO week date: the week's fifth day
        ("Daily/2026-W47-8.md", None),
        ("Weekly/2026-W47-review.md", D(2026, 11, 16)),
    ],
)
def test_dated_by_the_path_or_a_name_of_words(file: str, date: dt.date | None) -> None:
    """A daily note filed as year/month/day folders, a common Obsidian setting, or named in a
    format its owner set (`dddd, MMMM D, YYYY`, `MMM Do, YYYY`): any form a log entry may open
    with, none that guesses (`20-11-2026`); a weekly note on the first day of its week."""
    n = note(file, "- coffee with [[Ann]]\n")
    if date is None:
        assert (n.kind, n.entries) == ("other", ())
    else:
        assert (n.kind, n.date) == ("dated", date)
        assert [(m.date, m.targets) for m in n.entries] == [(date, ("Ann",))]


@pytest.mark.parametrize(
    ("daily", "file", "date"),
    [
        ("DD-MM-YYYY", "Daily/20-11-2026.md", D(2026, 11, 20)),
        ("DD-MM-YYYY", "Daily/05-11-2026.md", D(2026, 11, 5)),
        ("MM-DD-YYYY", "Daily/11-05-2026.md", D(2026, 11, 5)),
        ("DD.MM.YYYY", "Journal/20.11.2026 Standup.md", D(2026, 11, 20)),
        ("YYYYMMDD", "Daily/20261120.md", D(2026, 11, 20)),
        ("D MMMM YY", "20 november 26.md", D(2026, 11, 20)),
        ("dddd, MMMM Do YYYY", "Friday, November 20th 2026.md", D(2026, 11, 20)),
        ("[Day] DD-MM-YYYY", "Day 20-11-2026.md", D(2026, 11, 20)),
        ("YYYY/MM-MMMM/DD.MM.YYYY", "Journal/2026/11-November/20.11.2026.md", D(2026, 11, 20)),
        ("YYYY/MM/DD-MM-YYYY", "Journal/2026/12/20-11-2026.md", None),  # the folder says December
        ("YYYY/MM/DD-MM-YYYY", "20-11-2026.md", None),  # not in its folders: a guess again
        ("DD-MM-YYYY", "Daily/31-02-2026.md", None),
        ("DD-MM-YYYY", "Daily/2026-11-20.md", D(2026, 11, 20)),  # unmistakable whatever the format
        ("DD-MM-YYYY", "Daily/202611200.md", None),
        # Obsidian names a day in the language of its own settings
        ("dddd D MMMM YYYY", "Daily/jeudi 12 novembre 2026.md", D(2026, 11, 12)),
        ("DD. MMMM YYYY", "05. Oktober 2026.md", D(2026, 10, 5)),
        ("DD. MMMM YYYY", "12. März 2026.md", D(2026, 3, 12)),
        ("D MMM YYYY", "3 févr. 2026.md", D(2026, 2, 3)),
        ("dddd D [de] MMMM [de] YYYY", "miércoles 4 de febrero de 2026.md", D(2026, 2, 4)),
        ("DD MMMM YYYY", "01 maggio 2026.md", D(2026, 5, 1)),
        ("D MMMM YYYY", "5 maart 2026.md", D(2026, 3, 5)),
        ("D MMMM YYYY", "5 smarch 2026.md", None),
    ],
)
def test_dated_by_the_vaults_own_daily_format(daily: str, file: str, date: dt.date | None) -> None:
    """A daily note named in the format its owner set in Obsidian (`daily_format`): a day written
    year last is no guess when the vault says which part is the day."""
    n = note(file, "- coffee with [[Ann]]\n", Config(daily_format=daily))
    assert (n.kind, n.date) == (("other", None) if date is None else ("dated", date))


@pytest.mark.parametrize(
    ("file", "daily", "date"),
    [
        ("Journal/3. März 2026.md", None, D(2026, 3, 3)),
        ("Journal/4 février 2026.md", None, D(2026, 2, 4)),
        ("Journal/sábado, 7 de março de 2026.md", None, D(2026, 3, 7)),
        ("März/12. März 2026.md", "MMMM/DD. MMMM YYYY", D(2026, 3, 12)),
    ],
)
def test_a_daily_note_named_in_either_unicode_form_is_dated(
    file: str, daily: str | None, date: dt.date
) -> None:
    """A macOS file name writes `ä` as `a` and its dots (NFD): the day its name tells is read as
    from the name typed (NFC), and the note's path stays as it is on disk."""
    for form in ("NFC", "NFD"):
        path = unicodedata.normalize(form, file)
        n = note(path, "- Kaffee mit [[Anna]]\n", Config(daily_format=daily))
        assert (n.kind, n.date, n.file) == ("dated", date, path)
        assert [(m.date, m.targets) for m in n.entries] == [(date, ("Anna",))]


def test_a_log_that_links_its_days_in_the_vaults_daily_format_is_read() -> None:
    """`- [[20-11-2026]] coffee` in a person's log, in a vault whose daily notes are named so:
    the link is to that day's note, so the entry is of that day, as `[[2026-11-20]]` would be."""
    text = (
        "---\ntags: [person]\n---\n## Log\n- [[20-11-2026]] coffee, as on [[19-11-2026]]\n- [[Daily/21-11-2026|Sat]] <- she called\n"
        "- [[31-02-2026]] no such day\n- [[20-11-2026 Kickoff]] a meeting note, not a day\n"
    )
    n = note("People/Ana.md", text, Config(daily_format="DD-MM-YYYY"))
    assert [(m.date, m.direction, m.text, m.line) for m in n.entries] == [
        (D(2026, 11, 20), "mutual", "coffee, as on [[19-11-2026]]", 5),  # a link further on: as written
        (D(2026, 11, 21), "inbound", "she called", 6),
    ]
    assert note("People/Ana.md", text).entries == ()  # which part is the day: a guess without it


def test_a_log_that_writes_its_days_in_the_vaults_daily_format_is_read() -> None:
    """`- 20.11.2026 coffee` in a vault whose daily notes are named `DD.MM.YYYY`: the owner writes
    a day as they name a day's note, so the entry is of that day; a day further on in a line is
    shown as written. Without the format, a day written with dots is still day first, as those
    who write dots write it; with slashes, a note whose days could all be read either way (no
    `20/11`) is a guess, and a problem each."""
    text = (
        "---\ntags: [person]\n---\n## Log\n- 20.11.2026 coffee, as on 19.11.2026\n| 21.11.2026 | <- she called |\n"
        "### 22.11.2026\nlunch\n- 31.02.2026 no such day\n"
    )
    n = note("People/Ana.md", text, Config(daily_format="DD.MM.YYYY"))
    assert [(m.date, m.direction, m.text, m.line) for m in n.entries] == [
        (D(2026, 11, 20), "mutual", "coffee, as on 19.11.2026", 5),
        (D(2026, 11, 21), "inbound", "she called", 6),
        (D(2026, 11, 22), "mutual", "lunch", 7),
    ]
    dotted = "## Log\n- 10.11.2026 coffee\n| 11.11.2026 | <- she called |\n### 12.11.2026\nlunch\n"
    read = note("People/Ana.md", "---\ntags: [person]\n---\n" + dotted)
    assert [m.date.day for m in read.entries] == [10, 11, 12] and read.problems == ()
    guessed = note("People/Ana.md", "---\ntags: [person]\n---\n" + dotted.replace(".", "/"))
    assert guessed.entries == () and [p.line for p in guessed.problems] == [5, 6, 7]


@pytest.mark.parametrize(
    ("file", "title"),
    [
        ("Meetings/2026-11-20 Kickoff.md", "Kickoff"),
        ("Meetings/2026-11-20 - Kickoff.md", "Kickoff"),
        ("Meetings/November 20, 2026 Kickoff.md", "Kickoff"),
        ("Weekly/2026-W47 Review.md", "Review"),
        ("Daily/2026-W47-5 Offsite.md", "Offsite"),
        ("Daily/2026.11.20.md", "Standup"),  # no title in the name: the note's first heading
        ("Notes/20261120 Kickoff.md", "Kickoff"),  # the day in digits alone
        ("Notes/202611201430 Kickoff.md", "Kickoff"),  # a unique note's name, the time after the day
        ("Notes/20261120143059.md", "Standup"),
    ],
)
def test_a_dated_notes_title_is_its_name_without_the_day(file: str, title: str) -> None:
    n = note(file, "---\npeople: [Ann]\n---\n# Standup\n")
    assert [m.text for m in n.entries] == [title]


def test_dated_by_front_matter_date_which_wins_over_the_stem() -> None:
    assert note("Notes/Call.md", "---\ndate: 2026-11-02\n---\n").date == D(2026, 11, 2)
    assert note("2026-11-01 x.md", "---\ndate: 2026-11-02\n---\n").date == D(2026, 11, 2)
    assert note("2026-11-01 x.md", "---\ndate: someday\n---\n").date == D(2026, 11, 1)


def test_a_person_note_is_never_dated() -> None:
    assert note("People/A.md", "---\ndate: 2026-11-02\n---\n").kind == "person"


def test_front_matter_lists_and_body_links() -> None:
    text = "---\npeople: ['[[Ann]]', Bo]\nwith: '[[Cy]]'\n---\n- lunch with [[Dee]]\n"
    assert mentions("Daily/2026-11-02.md", text) == [
        (D(2026, 11, 2), "unknown", ("Ann", "Bo", "Cy")),
        (D(2026, 11, 2), "mutual", ("Dee",)),  # `lunch with X`: from the words (6.5)
    ]


def test_unquoted_wikilinks_in_front_matter_are_links() -> None:
    """YAML reads `[[X]]` as a list in a list; real vaults mean the wikilink (docs/format.md)."""
    meeting = "---\ndate: 2026-11-24T09:30\ntype: meeting\nattendees:\n  - [[Maya]]\n  - [[Jonas|J]]\n---\n"
    assert mentions("Meetings/Sync.md", meeting) == [(D(2026, 11, 24), "mutual", ("Maya", "Jonas"))]
    assert mentions("Daily/2026-11-24.md", "---\nwith: [[Ravi]]\n---\n") == [
        (D(2026, 11, 24), "unknown", ("Ravi",))
    ]
    front = "---\ncategories: [[People]]\nlast_contact: [[2026-11-28]]\nspouse: [[Cy]]\n---\n"
    bo = note("Bo.md", front)
    assert (bo.kind, bo.last_contact, bo.facts) == ("person", D(2026, 11, 28), ("spouse: Cy",))
    assert "Cy" in bo.links and not bo.problems
    assert bo == note("Bo.md", front.replace("[[", '"[[').replace("]]", ']]"'))  # as if quoted


def test_a_date_in_front_matter_is_no_link() -> None:
    """`last_contact: [[2026-11-28]]` is a day, not someone the person is linked to."""
    front = "---\nlast_contact: [[2026-11-28]]\nmet: '[[Nov 2nd, 2026]]'\nsince: '[[Daily/2026-01-05]]'\n"
    bo = note("Bo.md", front + "spouse: [[Cy]]\nfriend: '[[2026-11-28 Party]]'\ntags: [person]\n---\n")
    assert (bo.last_contact, bo.links) == (D(2026, 11, 28), ("Cy", "2026-11-28 Party"))


@pytest.mark.parametrize(
    "people",
    [
        "attendees: [[Maya]], [[Jonas]]",
        "attendees: [[Maya]],[[Jonas|J]] ",
        "attendees: [[Maya]], Jonas",
        "attendees:\n  - [[Maya]], [[Jonas]]",
        'attendees:\n- "[[Maya]]"\n- [[Jonas]],',
    ],
)
def test_links_in_a_row_without_quotes_are_read(people: str) -> None:
    """`[[Maya]], [[Jonas]]` is not YAML; real vaults write it (docs/format.md)."""
    n = note("Meetings/Sync.md", f"---\ndate: 2026-11-24\n{people}\ntags: [work]\n---\n")
    assert [(m.date, m.direction, m.targets) for m in n.entries] == [
        (D(2026, 11, 24), "mutual", ("Maya", "Jonas"))
    ]
    assert n.tags == ("work",) and not n.problems


@pytest.mark.parametrize(
    "people",
    [
        'attendees:\n  - "[[Maya]] (host)"\n  - Jonas Berg <jonas@example.org>',
        "attendees: Maya, Jonas Berg <jonas@example.org>",
        "attendees: '[[Maya]] and [[Jonas Berg|Jonas]]'",
        "participants: ['Maya <maya@example.org>', '<jonas@example.org> Jonas Berg']",
        "attendees: ['@Maya', '@Jonas Berg']",
        "attendees: [Maya (host), Jonas Berg (Acme) <jonas@example.org>]",
    ],
)
def test_people_written_with_a_role_or_an_address_are_the_people(people: str) -> None:
    """Calendar exports and meeting templates list attendees with more than the name: an address
    (`Jonas Berg <jonas@example.org>`), a role after a link (`[[Maya]] (host)`), two links in
    one value, an `@` before the name, as chat and task tools write whom they mention, a company
    or role in brackets after it. The people are the links, else the name less its address, `@`
    or brackets."""
    n = note("Meetings/Sync.md", f"---\ndate: 2026-11-24\n{people}\n---\n")
    assert [m.targets for m in n.entries] == [("Maya", "Jonas Berg")] and not n.problems


def test_people_listed_in_the_text_with_an_at_are_the_people() -> None:
    n = note("Meetings/Sync.md", "---\ndate: 2026-11-24\n---\n**Attendees:** @Maya, @Jonas Berg\n")
    assert [m.targets for m in n.entries] == [("Maya", "Jonas Berg")] and not n.problems


@pytest.mark.parametrize(
    ("front", "line", "reason"),
    [
        ("tags: [person, friend\nbirthday: 1992-12-12\n", 2, "the `[` opened on this line is never closed"),
        ("name: B\nx: {a: 1\ny: 2\n", 3, "the `{` opened on this line is never closed"),
        ('name: A\nbio: "open\nb: 2\n', 3, "the quote opened on this line is never closed"),
        ("name: C\nx: [a, b]\n  y: 2\n", 4, "did not find expected key"),  # where it went wrong
        ("aliases: ['Dan O'Brien', Danny]\n", 2, "did not find expected ',' or ']'"),  # closed: the quote
    ],
)
def test_a_bracket_or_quote_never_closed_is_a_problem_at_the_line_that_opens_it(
    front: str, line: int, reason: str
) -> None:
    """PyYAML gives up on the line after an unclosed `[`, `{` or quote, which is fine: the line
    to mend is the one that opened it."""
    [problem] = note("People/Uma.md", f"---\n{front}---\n").problems
    assert problem.line == line and problem.message.startswith(f"front matter is not valid YAML: {reason}")


def test_links_that_still_break_the_yaml_get_a_hint() -> None:
    n = note("Meetings/Sync.md", "---\ndate: 2026-11-24\nattendees: [[Maya]], [[Jonas]] # the team\n---\n")
    assert [(p.line, p.message) for p in n.problems] == [
        (3, 'front matter is not valid YAML: did not find expected key; put links in quotes: "[[Maya]]"')
    ]
    plain = note("A.md", "---\na: [x\n---\n").problems[0].message
    assert "quotes" not in plain


def test_an_unfilled_placeholder_that_breaks_the_yaml_is_named() -> None:
    """`date: {{date}}` as a template wrote it and nothing filled in is a mapping in a mapping to
    YAML ("found unhashable key"): the problem names the placeholder, at its line. In a person's
    note its template left half filled in (a template, spec 6.1), it is the one problem (not
    another on the same line)."""
    daily = note(
        "Daily/2020-04-01 Wednesday.md", "---\ndate: {{date}}\ntitle: {{title}}\n---\n- coffee with [[Tom]]\n"
    )
    assert [(p.line, p.message) for p in daily.problems] == [
        (
            2,
            "front matter holds an unfilled template placeholder `{{date}}` (a template's tag left as "
            "written): not valid YAML, so none of its front matter is read; fill it in, or put it in quotes",
        )
    ]
    assert (daily.kind, [m.targets for m in daily.entries]) == ("dated", [("Tom",)])
    later = note("A.md", "---\ntags: [person]\ncreated: {{date:YYYY-MM-DD}}\n---\n").problems[0]
    assert (later.line, "`{{date:YYYY-MM-DD}}`" in later.message) == (3, True)
    tom = note("People/Tom Reed.md", "---\ntags: [person]\ncompany: {{company}}\n---\n## About\n- two kids\n")
    assert tom.kind == "other"
    assert [(p.line, "`{{company}}`" in p.message) for p in tom.problems] == [(3, True)]


def test_embeds_open_tasks_code_and_quotes_give_nothing() -> None:
    text = "![[Ann]]\n- [ ] call [[Bo]]\n- [-] [[Cy]]\n`[[Dee]]`\n> [[Eve]]\n```\n[[Fay]]\n```\n- [x] called [[Gus]]\n"
    assert mentions("2026-11-02.md", text) == [(D(2026, 11, 2), "outbound", ("Gus",))]


def test_a_lines_code_spans_are_quoted_with_it_and_never_read() -> None:
    """A code span's words are the line's (`brew`, `git`): its text, which the pages, the report
    and the JSON quote, keeps them as written, on a later line of the entry too; its links, tags,
    due day and words are read without them, so a `[[Bo]]` in code links nobody and a `called me`
    in code says nobody called."""
    mia = note(
        "People/Mia.md",
        "---\ntags: [person]\n---\n## Log\n"
        "- 2026-08-01 → helped her set up `brew` and `git`\n"
        "- 2026-08-02 `[[Bo]] called me` about the `#setup` script\n"
        "- 2026-08-03 went through the\n  `dotfiles` together\n"
        "- [ ] run `brew upgrade` on `[[Bo]]`'s laptop `📅 2026-12-10`\n",
    )
    assert [(m.text, m.direction, m.targets, m.tags) for m in mia.entries] == [
        ("helped her set up `brew` and `git`", "outbound", (), ()),
        ("`[[Bo]] called me` about the `#setup` script", "unknown", (), ()),
        ("went through the `dotfiles` together", "unknown", (), ()),
    ]
    [task] = mia.follow_ups
    assert (task.text, task.targets, task.due) == (
        "run `brew upgrade` on `[[Bo]]`'s laptop `📅 2026-12-10`",
        (),
        None,
    )
    assert (mia.links, mia.tags, mia.problems) == ((), ("person",), ())
    daily = note("Daily/2026-11-20.md", "- set up `brew` with [[Ana]]\n")
    assert [(m.text, m.targets) for m in daily.entries] == [("set up `brew` with [[Ana]]", ("Ana",))]


def test_a_line_planning_a_later_date_gives_nothing() -> None:
    text = "Next dinner with (person:: [[Ann]]) on (appointment:: 2026-12-01)\n(appointment:: 2026-11-01 10:00) with [[Bo]]\n"
    assert mentions("2026-11-02.md", text) == [(D(2026, 11, 2), "unknown", ("Bo",))]


def test_an_item_of_its_own_date_in_a_dated_note_is_read_on_that_date() -> None:
    """`- 2026-11-18 lunch with [[Ann]]` in a weekly note: its people count, on the item's date,
    with its mark; a child item takes its parent's date, and an item dated later is a plan."""
    text = (
        "- 2026-11-18 -> lunch with [[Ann]]\n"
        "  - she brought [[Bo]] along\n"
        "- [[2026-11-19]]: ↔ [[Cy]]\n"
        "- 2026-11-20 coffee with [[Dee]], she told me about the new job\n"
        "- 2026-12-01 dinner with [[Eve]]\n"
        "- walk with [[Fay]]\n"
    )
    assert mentions("2026-11-16 Week.md", text) == [
        (D(2026, 11, 18), "outbound", ("Ann",)),
        (D(2026, 11, 18), "outbound", ("Bo",)),
        (D(2026, 11, 19), "mutual", ("Cy",)),
        (D(2026, 11, 20), "mutual", ("Dee",)),
        (D(2026, 12, 1), "mutual", ("Eve",)),
        (D(2026, 11, 16), "mutual", ("Fay",)),
    ]
    assert note("2026-11-16 Week.md", text).entries[0].text == "lunch with [[Ann]]"


def test_a_row_of_a_daily_note_tells_of_its_cells() -> None:
    """A table in a daily note (`| [[Kai]] | lunch |`): the contact's text is its cells, not the
    table's borders, as an entry's row is."""
    n = note("Daily/2026-11-27.md", "| With | Notes |\n| --- | --- |\n| [[Kai]] | lunch, he paid |\n")
    assert [(m.targets, m.text) for m in n.entries] == [(("Kai",), "[[Kai]] | lunch, he paid")]


@pytest.mark.parametrize("file", ["Notes/Trip to Lisbon.md", "Weekly/Week 48.md", "Projects/Move.md"])
def test_an_item_of_its_own_date_in_an_undated_note_is_read_on_that_date(file: str) -> None:
    """The rule of dated items in a dated note, in any note: an item with its own date names a
    contact on that date; the note's other lines, and a template's items, give nothing."""
    text = (
        "Planning the trip with [[Bo]].\n\n"
        "- 2026-11-24 -> coffee with [[Anna]]\n"
        "  - [[Cy]] came along\n"
        "- dinner with [[Dee]]\n"
        "| 2026-11-25 | lunch | [[Eve]] |\n"
        "- 2026-12-20 <--> [[Fay]]\n"
    )
    n = note(file, text)
    assert n.kind == "other" and n.date is None
    assert [(m.date, m.direction, m.targets, m.line) for m in n.entries] == [
        (D(2026, 11, 24), "outbound", ("Anna",), 3),
        (D(2026, 11, 24), "outbound", ("Cy",), 4),
        (D(2026, 11, 25), "mutual", ("Eve",), 6),  # a row of what was done, then whom: lunch with her
        (D(2026, 12, 20), "mutual", ("Fay",), 7),
    ]
    assert note(file, "---\ntags: [template]\n---\n" + text).entries == ()


@pytest.mark.parametrize("file", ["Weekly/2026-W47.md", "Journal.md", "2026-11-16.md"])
def test_the_lines_under_a_dated_heading_are_read_on_its_day(file: str) -> None:
    """`## 2026-11-18` over what happened that day, in a weekly note, a journal kept in one file
    or a daily note: its lines (and its sub-headings') name contacts on its day, an item of its own
    date on that date, until a heading as high as it; after it, a daily note's lines are of its
    day and a weekly note's of its Monday (2026-W47: 2026-11-16)."""
    text = (
        "# Week 47\n## 2026-11-18\n- lunch with [[Ann]]\n- 2026-11-19 dinner\n  - with [[Bo]]\n"
        "### Later\nCalled [[Cy]].\n## Notes\n- [[Dee]] is great\n"
    )
    got = [(m.date, m.direction, m.targets, m.line) for m in note(file, text).entries]
    assert got[:3] == [
        (D(2026, 11, 18), "mutual", ("Ann",), 3),
        (D(2026, 11, 19), "unknown", ("Bo",), 5),
        (D(2026, 11, 18), "outbound", ("Cy",), 7),
    ]
    assert got[3:] == ([] if file == "Journal.md" else [(D(2026, 11, 16), "unknown", ("Dee",), 9)])


# --- 1.4 direction ------------------------------------------------------------------------------


def test_marks_at_the_start_of_daily_items() -> None:
    text = (
        "- -> texted [[Ann]]\n- <- [[Bo]] sent photos\n- ↔ walk with [[Cy]]\n- [[Dee]] -> later mark\n"
        "- 09:30 <- [[Eve]] rang\n- <--> the move, [[Fay]]\n- ⬅️ [[Gus]], the move\n- ➡ [[Hal]], the photos\n"
    )
    assert [d for _, d, _ in mentions("2026-11-02.md", text)] == [
        "outbound",
        "inbound",
        "mutual",
        "unknown",
        "inbound",
        "mutual",
        "inbound",
        "outbound",
    ]


def test_marks_typed_with_smart_punctuation_at_the_start_of_daily_items() -> None:
    """A phone's `<—`, `—>` and `<—>` (`--` made a dash as it is typed) are `<-`, `->` and `<->`,
    and no stray `>` is left in the text."""
    text = "- <— [[Ana]] about the job\n- <—> [[Bo]], long chat\n- —> [[Cy]] sent the deck\n- –> [[Di]]\n"
    read = note("2026-11-28.md", text).entries
    assert [(m.direction, m.text) for m in read] == [
        ("inbound", "[[Ana]] about the job"),
        ("mutual", "[[Bo]], long chat"),
        ("outbound", "[[Cy]] sent the deck"),
        ("outbound", "[[Di]]"),
    ]


def test_the_mark_is_not_part_of_the_text() -> None:
    text = "- ↔ long call with [[Mum]]\n- ↔️ walk with [[Dad]]\n"
    assert [m.text for m in note("2026-11-02.md", text).entries] == [
        "long call with [[Mum]]",
        "walk with [[Dad]]",
    ]


@pytest.mark.parametrize(
    ("file", "body", "title"),
    [
        ("Daily/2026-11-27.md", "# Phone call\nHe rang about the move.\n", "Phone call"),
        ("Daily/2026-11-27.md", "# 2026-11-27 Friday\n", ""),
        ("Daily/2026-11-27.md", "# 2026-11-27 — Friday, Nov 27th\n", ""),
        ("Daily/2026-11-27.md", "# 2026-11-27 Picnic in the park\n", "Picnic in the park"),
        ("Daily/2026-11-27.md", "# Friday, November 27\n", ""),  # the day without its year
        ("Daily/2026-11-27.md", "## Nov 27th\n", ""),
        ("Meetings/2026-11-27 Retro.md", "# Notes\n", "Retro"),
    ],
)
def test_the_people_of_a_dated_note_are_told_of_by_its_title(file: str, body: str, title: str) -> None:
    """Its name after the date, else its first heading when that says more than the date, with
    or without its year: a title of the day alone would be what a page shows of the contact."""
    text = f"---\ndirection: inbound\npeople: ['[[Jonas]]']\n---\n{body}"
    assert note(file, text).entries[0].text == title


def test_front_matter_direction_and_item_marks_win() -> None:
    text = "---\ndirection: inbound\npeople: ['[[Ann]]']\n---\n- [[Bo]] wrote\n- -> replied to [[Cy]]\n"
    assert [d for _, d, _ in mentions("2026-11-02.md", text)] == ["inbound", "inbound", "outbound"]


@pytest.mark.parametrize(
    "front",
    [
        "kind: meeting",
        "type: '[[Meetings]]'",
        "categories: [Calls]",
        "type: Coffee",
        "kind: LUNCH",
        "attendees: ['[[Ann]]']",
        "participants: ['[[Ann]]']",
        "guests: ['[[Ann]]']",
        "Guests: [Ann]",
        "tags: [meeting]",
        "tags: [Meetings/weekly]",
        "tags: [1on1]",
    ],
)
def test_meetings_are_mutual(front: str) -> None:
    text = f"---\n{front}\n---\nwith [[Ann]]\n"
    assert {d for _, d, _ in mentions("2026-11-02 Sync.md", text)} == {"mutual"}


@pytest.mark.parametrize("front", ["tags: [meeting]", "type: Call", "categories: ['[[Meetings]]']"])
def test_a_meeting_note_with_no_date_but_when_it_was_made_is_of_that_day(front: str) -> None:
    """A meeting's note made by a template that stamps when it was made (`created:`), not when it
    met, named for what it was (`Kickoff.md`): the meeting is of the day it was made."""
    n = note(
        "Meetings/Kickoff.md", f"---\ncreated: 2026-11-20T09:58\n{front}\nparticipants: Ed Wu, Bo Lind\n---\n"
    )
    assert (n.kind, n.date, [(m.date, m.direction, m.targets) for m in n.entries]) == (
        "dated",
        dt.date(2026, 11, 20),
        [(dt.date(2026, 11, 20), "mutual", ("Ed Wu", "Bo Lind"))],
    )


@pytest.mark.parametrize(
    ("file", "front"),
    [
        ("Projects/Launch.md", "created: 2026-11-20\nparticipants: [Ed Wu, Bo Lind]"),  # no meeting
        ("People/Ed Wu.md", "created: 2026-11-20\ntags: [person, meeting]"),  # a person is never dated
        ("Meetings/Kickoff.md", "created: 2026-11-20\ndate: 2026-11-18\ntags: [meeting]"),  # its own day
    ],
)
def test_when_a_note_was_made_dates_nothing_but_a_meeting_with_no_date(file: str, front: str) -> None:
    n = note(file, f"---\n{front}\n---\n")
    assert n.date in (None, dt.date(2026, 11, 18)) and not (
        n.kind == "dated" and n.date == dt.date(2026, 11, 20)
    )


@pytest.mark.parametrize("line", ["{{embed [[Ana]]}}", "{{embed [[Ana]]}} as [notes](Notes/x.md) say"])
def test_a_logseq_embed_is_no_link(line: str) -> None:
    """Logseq's `{{embed [[Ana]]}}` shows Ana's page in the journal, as Obsidian's `![[Ana]]`
    does: neither is a contact with her, nor a link."""
    n = note("journals/2026_11_20.md", f"- {line}\n- coffee with [[Bo]]\n")
    assert not any("Ana" in m.targets for m in n.entries) and "Ana" not in n.links
    assert n.entries[-1].targets == ("Bo",)


def test_a_meeting_tag_on_a_line_is_that_lines_and_a_line_of_tags_is_the_notes() -> None:
    """`- Lunch with [[Ann]] #meeting` in a daily note: that line was a meeting (mutual), not the
    whole day: `- [[Bo]] called me` beside it is still his. A line of tags alone, or after a label
    (`Tags: #meeting`), tags the note, as its front matter would."""
    text = "- Lunch with [[Ann]] #meeting\n- [[Bo]] called me about the boat\n- [[Cy]] #1on1\n"
    got = [(m.direction, m.targets) for m in note("Daily/2026-11-25.md", text).entries]
    assert got == [("mutual", ("Ann",)), ("inbound", ("Bo",)), ("mutual", ("Cy",))]
    for tags in ("#meeting #acme", "Tags: #meeting", "**Type:** #calls"):
        found = note("Meetings/2026-11-25 Sync.md", f"# Sync\n{tags}\n\n- [[Bo]] wrote\n").entries
        assert [m.direction for m in found] == ["mutual"], tags


def test_a_meeting_tag_on_an_item_is_its_childrens_too() -> None:
    """An outliner writes a meeting as an item tagged so and who was there under it (`- Offsite
    planning #meeting` over `- [[Hal]] presented the budget`, `- #1on1` over `- [[Jo]]`): each
    child was at it, mutual, as under a heading of meetings (whatever else its words say; its
    own arrow still wins: `<- [[Kim]] rang me after`), and an item beside it is no part of it."""
    text = (
        "- Offsite planning #meeting\n  - [[Hal]] presented the budget\n  - <- [[Kim]] rang me after\n"
        "- #1on1\n  - [[Jo]]\n- Met [[Fay]] #meeting\n  - [[Gus]] joined later\n- [[Lu]] was there\n"
    )
    got = {m.targets[0]: m.direction for m in note("journals/2026_11_20.md", text).entries}
    assert got == {
        "Hal": "mutual", "Kim": "inbound", "Jo": "mutual", "Fay": "mutual", "Gus": "mutual", "Lu": "unknown",
    }  # fmt: skip


def test_people_listed_in_a_dated_notes_text_are_its_attendees() -> None:
    """A meeting template writes its attendees in the text (`**Attendees:** [[Ann]], Bo`): read
    as the front matter's list, plain names too, and the note is a meeting. `People:` lists
    whom a day was with, as the front matter's `people:`, and makes no meeting."""
    text = "# Sync\n**Attendees:** [[Ann]], Bo\n\n- [[Cy]] joined late\n"
    got = mentions("2026-11-02 Sync.md", text)
    assert got[0] == (D(2026, 11, 2), "mutual", ("Ann", "Bo")) and {d for _, d, _ in got} == {"mutual"}
    got = mentions("2026-11-02.md", "People: [[Ann]], Bo\n")  # no title: Ann's line tells of her
    assert got == [(D(2026, 11, 2), "unknown", ("Bo",)), (D(2026, 11, 2), "unknown", ("Ann",))]
    assert mentions("2026-11-02.md", "- tags: [[Ann]] and Bo\n")[0][2] == ("Ann",)


def test_attendees_in_a_dataview_field_are_the_notes_and_those_absent_met_nobody() -> None:
    """`Attendees:: [[Ann]], [[Bo]]`, as a Dataview meeting template writes them: the note's
    people, and a meeting, as `Attendees:` makes it. Those the note says were absent (`Absent:
    [[Cy]]`, `[[Di]] could not make it`, a list under `## Apologies`) were named, not met."""
    text = "# Sync\nAttendees:: [[Ann]], [[Bo]]\nAbsent: [[Cy]]\n- [[Di]] could not make it\n- [[Bo]] to send notes\n"
    got = note("Meetings/2026-11-02 Sync.md", text).entries
    assert got[0].targets == ("Ann", "Bo") and got[0].direction == "mutual"
    assert {m.targets[0]: m.aside for m in got[1:]} == {"Cy": True, "Di": True, "Bo": False}
    under = "# Sync\n## Attendees\n- [[Ann]]\n## Apologies\n- [[Cy]]\n### Why\n- [[Di]] was ill\n## Notes\n- [[Ed]] joined\n"
    assert [m.aside for m in note("Meetings/2026-11-02 Sync.md", under).entries] == [
        False,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    "text",
    [
        '---\nattendees: ["[[Ana]]", "[[Di]]", "[[Cy]]", "[[Bo]]"]\n---\n'
        "- [[Di]] could not make it\n- [[Cy]] didn't turn up\nAbsent: [[Bo]]\n",
        "---\ntype: meeting\n---\nAttendees: [[Ana]], [[Di]], [[Cy]], [[Bo]]\n"
        "- [[Di]] could not make it\n- [[Cy]] didn't turn up\nApologies: [[Bo]]\n",
        '---\nattendees: ["[[Ana]]", "[[Di]]", "[[Cy]]", "[[Bo]]"]\n---\n'
        "- [[Di]] (apologies) and [[Cy]] (sick)\n- Not present: [[Bo]]\n",
        '---\nattendees: ["[[Ana]]", "[[Di]]", "[[Cy]]", "[[Bo]]"]\n---\n'
        "- [[Di]]: she couldn't make it\n- [[Cy]] - he was out sick\n- Absent: [[Bo]]\n",
        '---\nattendees: ["[[Ana]]", "[[Di]]", "[[Cy]]", "[[Bo]]"]\n---\n'
        "- Cancelled: [[Di]], [[Cy]]\n- No-shows: [[Bo]]\n",
    ],
)
def test_an_attendee_the_text_says_was_absent_met_nobody(text: str) -> None:
    """A meeting's list names whom it was for; a line of its text that says one of them was not
    there (`[[Di]] could not make it`, `Absent: [[Bo]]`, `[[Cy]] (sick)`) takes them off it: named,
    not met. The others there still met (a parents' evening's list, a team's sync)."""
    got = note("Meetings/2026-11-12 Sync.md", text).entries
    met = {target for m in got if not m.aside and m.direction == "mutual" for target in m.targets}
    assert met == {"Ana"}
    assert {target for m in got if m.aside for target in m.targets} == {"Di", "Cy", "Bo"}


@pytest.mark.parametrize(
    "text",
    [
        "- Cancelled: [[Ana]], [[Bo]]\n",
        "- No-shows: [[Ana]]\n",
        "- cancelled: [[Ana]]\n",
        "- didn't show: [[Ana]]\n",
        "**No show:** [[Ana]] and [[Bo]]\n",
        "- Not coming: [[Ana]]\n",
        "- Excused: [[Ana]]\n",
        "- Saturday shift\n  - [[Ana]] ❌ cancelled\n",
        "- Saturday shift\n  - [[Ana]] - cancelled last minute\n",
        "- Lunch with [[Ana]] — cancelled at the last minute\n",
        "## No-shows\n- [[Ana]]\n",
        "- Cancellations\n  - [[Ana]]\n",
        "- Meeting absent: [[Ana]]\n",  # the first labels are read within a line, as ever
    ],
)
def test_those_a_day_lists_as_cancelled_or_not_coming_met_nobody(text: str) -> None:
    """A label of who was not there opening a line (`Cancelled: X`, `No-shows: X`, `didn't show:
    X`), as `Absent: X` and `Apologies: X` are, or heading a list; a nested item of someone who
    cancelled (`[[Eli]] ❌ cancelled`, `[[Fay]] - cancelled last minute`): named, not met."""
    entries = note("Daily/2026-11-16.md", text).entries
    assert entries and all(m.aside and m.direction == "unknown" for m in entries)


@pytest.mark.parametrize(
    ("line", "met"),
    [
        ("- Flight cancelled: [[Bo]] drove me home instead", "Bo"),
        ("- Shift swap - [[Di]] ✅, [[Bo]] came instead", "Bo"),
        ("- Cancelled my gym membership, called [[Bo]]", "Bo"),
        ("- Lunch with [[Bo]] ❌ no dessert", "Bo"),
    ],
)
def test_a_cancellation_of_something_else_leaves_the_line(line: str, met: str) -> None:
    """Not a label of who was not there: what else was cancelled (`Flight cancelled: ...`), or a
    cross that says no cancellation, leaves the line's contact standing."""
    entries = note("Daily/2026-11-16.md", line + "\n").entries
    assert any(met in m.targets and not m.aside for m in entries)


def test_a_sign_up_tables_no_answer_is_no_one_there() -> None:
    """A sign-up table's row whose cell, in a column headed as whether they came (`Coming?`,
    `RSVP`), is a no (`no`, `cancelled`, `no - can't make it`, `No-show`, `❌`): named, not met; a
    yes, another column's `no` (a deal's `Status`), or a no with more words (`no idea`) is what
    the row says."""
    text = (
        "| Name | Slot | Coming? |\n| --- | --- | --- |\n| [[Pia]] | 12-2 | cancelled |\n"
        "| [[Ola]] | 10-12 | no - can't make it |\n| [[Yasmin Ali]] | 12-2 | no |\n| [[Zoe]] | 2-4 | yes |\n"
        "| [[Uma]] | 2-4 | No-show |\n| [[Val]] | 2-4 | ❌ |\n| [[Wes]] | 2-4 | no idea |\n\n"
        "| Name | Driving | RSVP |\n| --- | --- | --- |\n| [[Xi]] | no | yes |\n| [[Yan]] | yes | declined |\n"
    )
    entries = note("Events/2026-11-07 Sign-up sheet.md", f"# Hamper packing\n\n{text}").entries
    aside = {m.targets[0]: m.aside for m in entries}
    assert aside == {
        "Pia": True, "Ola": True, "Yasmin Ali": True, "Zoe": False, "Uma": True, "Val": True, "Wes": False,
        "Xi": False, "Yan": True,
    }  # fmt: skip
    plain = note(
        "Events/2026-11-07 Sign-up.md",
        "| Name | Slot | Notes |\n| --- | --- | --- |\n| [[Pia]] | 12-2 | no |\n"
        "\n| Contact | What | Status |\n| --- | --- | --- |\n| [[Bo]] | called about renewal | No - wants to wait |\n",
    )
    assert [m.aside for m in plain.entries] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        "## Next week\n- Catch up with [[Ana]]\n",
        "## Plans for next week\n- Coffee with [[Ana]]\n",
        "### 💡 Ideas\n- Dinner with [[Ana]] and Bo\n",
        "## Tomorrow\n- Lunch with [[Ana]]\n",
        "## To do:\n- call [[Ana]] about the flat\n",
        "- Coffee with [[Ana]]?\n",
        "- [[Ana]]?\n",
        "- Catch up with [[Ana]] soon?\n",
        "- Lunch with [[Ana]]? maybe next month\n",
        "- Coffee with [[Ana]]? Perhaps in December.\n",
        "- Coffee with [[Ana]] maybe next month\n",
        "- Drinks with [[Ana]], perhaps next week\n",
    ],
)
def test_what_is_planned_or_asked_under_its_heading_is_no_contact(text: str) -> None:
    """A daily or weekly note's plans, ideas and to-dos (`## Next week`, `## Ideas`, `##
    Tomorrow`), and a line that asks whether to meet (`Coffee with [[Ana]]?`), name people
    not yet met. A done task there was done; a question after what was done is not the deed's
    (`Texted [[Bo]]: free for lunch?`, `Lunch with [[Cy]], is she moving?`)."""
    assert [m.direction for m in note("Daily/2026-11-16.md", text).entries] == ["unknown"]
    assert all(m.aside for m in note("Daily/2026-11-16.md", text).entries)
    done = (
        "## To do\n- [x] Called [[Bo]]\n## Notes\n- Texted [[Bo]]: free for lunch?\n- Lunch with [[Cy]], is she moving?\n"
        "- Lunch with [[Cy]]? No, dinner: she is moving\n"
    )
    assert [(m.direction, m.aside) for m in note("Daily/2026-11-16.md", done).entries] == [
        ("outbound", False), ("outbound", False), ("mutual", False), ("mutual", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "key", ["Teilnehmer", "Anwesende", "Participantes", "Asistentes", "Partecipanti", "Deelnemers"]
)
def test_attendees_by_the_word_of_another_language_were_met(key: str) -> None:
    """A meeting template in German, Spanish, Italian or Dutch lists who was there under its own
    word: they are the note's attendees, and it was a meeting, as `attendees:` says."""
    text = f'---\n{key}: ["[[Lena]]", "[[Jürgen]]"]\n---\n# Jour fixe\n'
    assert mentions("Meetings/2026-11-20 Jour fixe.md", text) == [
        (D(2026, 11, 20), "mutual", ("Lena", "Jürgen"))
    ]
    assert mentions("Meetings/2026-11-20 Jour fixe.md", f"## {key}\n- [[Lena]]\n")[0][1] == "mutual"


def test_people_listed_under_a_heading_of_a_dated_note_are_its_attendees() -> None:
    """`## Attendees` over a list, as meeting templates write it: the list's people (an item's
    links, or a name written plain) are the note's, as a line `Attendees: ...` would make them,
    and the note is a meeting; a task there, or a line of prose, names no one. The list ends at
    the next heading; `## People` makes no meeting."""
    text = (
        "# Sync\n## Attendees\n- [[Ann]] (PM)\n- Bo Chen\n- [ ] Cy to send notes\n"
        "- the whole design team, plus guests\n## Agenda\n- Dee's proposal\n"
    )
    got = mentions("2026-11-02 Sync.md", text)
    assert got[0] == (D(2026, 11, 2), "mutual", ("Ann", "Bo Chen"))
    assert {d for _, d, _ in got} == {"mutual"}
    got = mentions("2026-11-02.md", "## People\n- [[Ann]]\n- Bo\n\n## Notes\n- quiet day\n")
    assert got == [(D(2026, 11, 2), "unknown", ("Bo",)), (D(2026, 11, 2), "unknown", ("Ann",))]
    assert note("People/Ann.md", "---\ntags: [person]\n---\n## Attendees\n- Bo\n").entries == ()


def test_an_attendee_written_plain_with_a_role_is_the_name_before_it() -> None:
    """`- Janet Obi (council)`, `- Victor Hale (donor, Hale's Bakery)`, `- Cy Ode, treasurer`
    under `## Attendees`: the name before the role in brackets or after a comma, as the front
    matter's `attendees: ["Janet Obi (council)"]` reads it; one marked as not there (`(apologies)`)
    is not met, and a line of prose or a capitalised tail (`Acme, Inc`) names no one."""
    text = (
        "# AGM\n\n## Attendees\n- Janet Obi (council)\n- Victor Hale (donor, Hale's Bakery)\n- Ana Costa\n"
        "- Bo Li (chair)\n- Cy Ode, treasurer\n- Di Ray (apologies)\n- the whole committee, plus guests\n"
        "- Acme, Inc\n"
    )
    got = mentions("Meetings/2026-10-15 AGM.md", text)
    assert got == [(D(2026, 10, 15), "mutual", ("Janet Obi", "Victor Hale", "Ana Costa", "Bo Li", "Cy Ode"))]
    front = '---\nattendees: ["Janet Obi (council)", "Cy Ode, treasurer", "[[Bo Li]] (chair)"]\n---\nsub-committee\n'
    assert mentions("Meetings/2026-10-16 Sub.md", front) == [
        (D(2026, 10, 16), "mutual", ("Janet Obi", "Cy Ode", "Bo Li"))
    ]


def test_a_line_that_only_lists_the_notes_people_is_told_by_the_list_once() -> None:
    """The note's list of its people tells of them, at its title: a line of that list that says
    nothing more (`Attendees:: [[Ann]], [[Bo]]`, `- [[Ann]]` under `## Attendees`) is not a
    second line of the day on their timelines; one that says more is, and so is a line after
    the list. In a note of no title, each such line tells of its people, and the list leaves
    them out (a day's `People: [[Ann]]`)."""
    text = "# Sync\nAttendees:: [[Ann]], [[Bo]]\n- [[Bo]] to send notes\n"
    got = note("Meetings/2026-11-02 Sync.md", text).entries
    assert [(m.line, m.text, m.targets) for m in got] == [
        (1, "Sync", ("Ann", "Bo")),
        (3, "[[Bo]] to send notes", ("Bo",)),
    ]
    text = "# Sync\n## Attendees\n- [[Ann]]\n- [[Bo]], [[Cy]]\n- [[Di]] presented the plan\n## Notes\n- [[Ann]]\n"
    got = note("Meetings/2026-11-02 Sync.md", text).entries
    assert [(m.line, m.targets) for m in got] == [(1, ("Ann", "Bo", "Cy", "Di")), (5, ("Di",)), (7, ("Ann",))]
    got = note("2026-11-02.md", "## People\n- [[Ann]]\n- Bo\n").entries
    assert [(m.line, m.text, m.targets) for m in got] == [(1, "", ("Bo",)), (2, "[[Ann]]", ("Ann",))]
    got = note("2026-11-02 Sync.md", "Organizer: [[Ann]]\nPeople: [[Bo]] and [[Cy]]\n").entries
    assert [(m.line, m.direction, m.targets) for m in got] == [
        (1, "mutual", ("Bo", "Cy")),
        (1, "inbound", ("Ann",)),
    ]


def test_a_nested_items_property_is_the_items_not_the_notes() -> None:
    """`- Lunch at the office` over `- attendees:: [[Ana]], [[Bo]]`: whom the lunch was with, not
    the people of the whole day (which would be a line of no text on their timelines, and the
    people a day's plain-named tasks may mean); the lunch is what the child line tells of them."""
    text = "- Lunch at the office\n  - attendees:: [[Ana]], [[Bo]]\n- Call with [[Cy]]\n  - with:: [[Di]]\n"
    got = note("Daily/2026-11-02.md", text).entries
    assert [(m.line, m.targets) for m in got] == [(2, ("Ana", "Bo")), (3, ("Cy",)), (4, ("Di",))]
    assert got[0].text == "Lunch at the office: [[Ana]], [[Bo]]" and got[0].direction == "mutual"


def test_a_meeting_notes_task_keeps_the_attendees_it_may_name_plain() -> None:
    """A task in a note that lists its people links whom it links, and keeps the note's people:
    whom a name of theirs written plain in it may mean, which their notes' names tell
    (`vault/names.py`: `- [ ] Sam to send the figures` is Sam Oduya's, listed as
    `[[sam-oduya]]`). A task of a note that lists nobody keeps none."""
    text = (
        "---\nattendees: ['[[People/Bo Chen]]', '[[Ann Lee]]', Cy]\n---\n"
        "- [ ] Bo to send the deck\n- [ ] Bob's notes, via [[Eve]]\n"
    )
    n = note("2026-11-02 Sync.md", text)
    assert [(f.targets, f.among) for f in n.follow_ups] == [
        ((), ("People/Bo Chen", "Ann Lee", "Cy")),
        (("Eve",), ("People/Bo Chen", "Ann Lee", "Cy")),
    ]
    assert note("People/Ann.md", "- [ ] Bo to send the deck\n").follow_ups[0].among == ()


def test_who_organised_a_meeting_started_it() -> None:
    """A meeting note's `organizer` (`hosted_by`, `invited_by`, ...) asked for the meeting: they
    started it (inbound), on every line naming them that no mark or field of its own directs,
    and are met even when no attendee list names them; the others there met us (mutual). One
    written `me` means the owner did: every line the note directs is outbound. A mark still wins."""
    text = (
        "---\ntype: meeting\norganizer: '[[Gil]]'\nattendees: ['[[Gil]]', '[[Ann]]']\n---\n"
        "- the offsite, with [[Gil]] and [[Ann]]\n- <-> [[Gil]] and I argued it out\n"
    )
    got = mentions("Meetings/2026-11-05 Offsite.md", text)
    assert got == [
        (D(2026, 11, 5), "mutual", ("Ann",)),  # the front matter's
        (D(2026, 11, 5), "inbound", ("Gil",)),
        (D(2026, 11, 5), "inbound", ("Gil",)),  # the first line's
        (D(2026, 11, 5), "mutual", ("Ann",)),
        (D(2026, 11, 5), "mutual", ("Gil",)),
    ]
    alone = mentions("2026-11-05 Dinner.md", "---\nhosted_by: '[[People/Gil]]'\n---\nDinner at his place.\n")
    assert alone == [(D(2026, 11, 5), "inbound", ("People/Gil",))]
    text = "# Sync\n**Organizer:** me\n**Attendees:** [[Ann]], Bo\n\n- [[Cy]] joined late\n"
    assert {d for _, d, _ in mentions("2026-11-05 Sync.md", text)} == {"outbound"}
    text = "---\norganiser: Myself\ndirection: mutual\n---\n- [[Cy]]\n"
    assert mentions("2026-11-05 Sync.md", text) == [(D(2026, 11, 5), "mutual", ("Cy",))]
    assert note("People/Ann.md", "---\ntags: [person]\nhosted_by: '[[Gil]]'\n---\n").entries == ()
    # `host` is a machine's as often as a dinner's (`host: server01`): not read, unless a
    # vault names it a synonym in vaultnet.toml.
    assert {d for _, d, _ in mentions("2026-11-05.md", "---\nhost: server01\n---\n- [[Ann]]\n")} == {
        "unknown"
    }


@pytest.mark.parametrize(
    "said",
    [
        "---\ntags: [person]\n---\nEmail: Ana@Acme.com\n",
        "---\ntags: [person]\n---\n**E-mail:** [ana@acme.com](mailto:ana@acme.com)\n",
        "---\ntags: [person]\nemail: Ana Souza <ana@acme.com>\n---\n",
        "---\ntags: [person]\n---\n- Work email: <ana@acme.com>\n",
    ],
)
def test_an_address_written_in_the_text_or_with_a_name_is_the_persons(said: str) -> None:
    """A card written in the text (`Email: ...`, a Markdown link to it, an address in angle
    brackets, after a name as a mail client copies it): the address alone, lower-case."""
    assert note("People/Ana Souza.md", said).emails == ("ana@acme.com",)


def test_met_inline_field_is_mutual_and_email_is_not() -> None:
    assert mentions("2026-11-02.md", "met:: [[Ann]] at the station\n")[0][1] == "mutual"
    assert mentions("2026-11-02.md", "---\nkind: email\n---\n[[Ann]]\n")[0][1] == "unknown"


def test_broadcast_lines_are_flagged() -> None:
    n = note("2026-11-02.md", "- sent the newsletter to [[Ann]] and [[Bo]] #broadcast\n")
    assert n.entries[0].broadcast


def test_a_round_of_cards_or_a_group_message_is_audience() -> None:
    """A personal vault's mass mail: holiday cards sent to everyone, a message to the family group
    or a group text, is no one-to-one contact (spec 1.4); a card of one's own, or a card from
    someone, is. Someone's newsletter, sent out, is theirs to many; a reply to it is yours."""
    text = (
        "- Sent holiday cards to everyone: [[Ann]], [[Bo]]\n- Card from [[Cy]]\n"
        "- Sent the xmas plan to the family group ([[Di]], [[Ed]])\n- Group text to [[Fay]], [[Gus]]\n"
        "- Family WhatsApp group: planning xmas with [[Hal]]\n- Sent [[Ivy]] a christmas card\n"
        "- [[Jo]] sent out his monthly newsletter\n- replied to Kim's newsletter with congrats [[Kim]]\n"
        "- Group dinner with [[Lu]]\n- Xmas cards to [[Mo]] and [[Ned]]\n"
    )
    entries = note("Daily/2026-11-16.md", text).entries
    found = {target: (m.broadcast, m.direction) for m in entries for target in m.targets}
    assert found == {
        "Ann": (True, "unknown"), "Bo": (True, "unknown"), "Cy": (False, "inbound"), "Di": (True, "unknown"),
        "Ed": (True, "unknown"), "Fay": (True, "unknown"), "Gus": (True, "unknown"), "Hal": (True, "unknown"),
        "Ivy": (False, "outbound"), "Jo": (True, "unknown"), "Kim": (False, "outbound"), "Lu": (False, "mutual"),
        "Mo": (True, "unknown"), "Ned": (True, "unknown"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "WhatsApp to volunteers group: reminder about Saturday – [[Ana]], [[Bo]] all in the group",
        "Volunteers group message: thanks everyone! [[Ana]] [[Bo]]",
        "WhatsApp to the volunteers group: shifts are up [[Bo]]",
        "Volunteers WhatsApp group: shifts are up [[Bo]]",
        "Posted in the Volunteers WhatsApp group: rota ([[Fay]], [[Gus]])",
        "Sent the rota to the volunteers group, [[Di]]",
        "Reminder in the volunteers group chat: [[Lou]], [[Mo]]",
        "Messaged the volunteers WhatsApp: [[Hal]] and [[Ivy]] swapped shifts",
        "Posted the rota in the #volunteers Slack channel ([[Bo]])",
        "Shared the photos in the book club Facebook group, [[Bo]]",
        "Texted the running group: [[Bo]] leads on Sunday",
        "Email to the allotment group about the skip: [[Bo]]",
        "Emailed the committee mailing list: [[Bo]], [[Cy]]",
    ],
)
def test_a_message_to_a_named_group_is_audience(line: str) -> None:
    """A message to, in or posted in a group of any name (`the volunteers group`, a WhatsApp or
    Facebook group, a group chat, a Slack channel, a mailing list) went to many at once: its people
    are its audience (spec 1.4), as the family group's are."""
    entries = note("Daily/2026-11-16.md", f"- {line}\n").entries
    assert entries and all(m.broadcast for m in entries)


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("met [[Bo]] at the running group", "mutual"),
        ("[[Bo]] messaged me about the group", "inbound"),
        ("dinner with the book group: [[Bo]], [[Cy]]", "mutual"),
        ("[[Bo]] messaged me in the running group", "inbound"),
        ("Sent [[Bo]] a link to the running group", "outbound"),
        ("Introduced [[Bo]] to the climbing group", None),
        ("Went to the book group with [[Bo]]", "mutual"),
        ("Texted [[Bo]] about the volunteers group", "outbound"),
        ("Emailed the running group leader [[Bo]]", None),
        ("Messaged [[Bo]] on WhatsApp", "outbound"),
        ("Messaged [[Bo]] on my work Slack", "outbound"),
        ("Chatted with [[Bo]] in the volunteers WhatsApp group", "mutual"),
        ("Called [[Bo]] about the volunteers group chat", "outbound"),
        ("Sent the new WhatsApp link to [[Bo]]", "outbound"),
    ],
)
def test_a_group_met_or_talked_about_is_no_audience(line: str, way: str | None) -> None:
    """A group met in person (`met [[Bo]] at the running group`), a message from someone about it
    or in it to you, a group named as a subject or a place, a link sent to one person: read as
    their words say, not as a message to many."""
    entries = note("Daily/2026-11-16.md", f"- {line}\n").entries
    assert entries and not any(m.broadcast for m in entries)
    if way is not None:
        assert {m.direction for m in entries if "Bo" in m.targets and not m.aside} == {way}


@pytest.mark.parametrize(
    "line",
    [
        "Dinner with [[Ben]], then we went to the group show",
        "Went to the group dinner with [[Ben]]",
        "Friends group hike with [[Ben]]",
        "Parents group meeting, sat next to [[Ben]] and we chatted for ages",
        "Introduced [[Ben]] to the group at climbing",
        "Sent the deck to everyone on the team, then called [[Ben]]",
        "Emailed [[Ben]] — he'll introduce me to everyone at Acme",
        "[[Ben]] texted the group chat that he's engaged, called him to congratulate",
        "Hosted a dinner for [[Ben]] and [[Cy]]; wrote out the Christmas cards together after",
        "Called [[Ben]] about the family WhatsApp group",
        "Messaged [[Ben]] about the group chat drama",
        "Texted [[Ben]] to say hi to everyone at the office",
        "Sent the deck to everyone, then called [[Ben]] about [[Cy]]'s budget",
        "Group text to [[Cy]], [[Di]] about Saturday. Called [[Ben]] after",
        "[[Ben]] posted in the group chat that she's pregnant; I called her to congratulate",
        "Called [[Ben]] about what she posted in the family group chat",
    ],
)
def test_a_line_that_only_mentions_a_group_or_many_is_no_broadcast(line: str) -> None:
    """A group dinner is a dinner; a clause of what went to many (`then ... to everyone`, `the
    Christmas cards` after a `;`) leaves the rest of the line as it reads."""
    entries = note("Daily/2026-11-16.md", f"- {line}\n").entries
    assert entries and not any(m.broadcast for m in entries)


def test_those_a_mailing_went_to_are_no_contact_beside_someone_met() -> None:
    """`Coffee with [[Gus]]; sent the investor update to [[Hal]] and [[Ivy]]`: a coffee with Gus,
    and Hal and Ivy were the update's audience, no contact; in her own log, `Sent the deck to
    everyone, then called her` was a call."""
    entries = note(
        "Daily/2026-11-16.md", "- Coffee with [[Gus]]; sent the investor update to [[Hal]] and [[Ivy]]\n"
    ).entries
    said = {target: (m.direction, m.aside or m.broadcast) for m in entries for target in m.targets}
    assert said == {"Gus": ("mutual", False), "Hal": ("unknown", True), "Ivy": ("unknown", True)}
    log = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 Sent the deck to everyone, then called her\n"
    assert [(m.direction, m.broadcast) for m in note("People/Ana.md", log).entries] == [("outbound", False)]


@pytest.mark.parametrize(
    ("file", "text"),
    [
        (
            "Daily/2026-11-15 Newsletter.md",
            "---\ntags: [broadcast]\n---\nSent it to [[Maya]], [[Jonas]] and [[Lena]].\n",
        ),
        ("Daily/2026-11-16.md", "#broadcast\nPosted the update; [[Lena]] was on the list.\n"),
        ("Daily/2026-11-16.md", "- posted the update to [[Lena]]\n\n#daily #broadcast\n"),
        ("Daily/2026-11-16.md", "Tags: #broadcast\n- posted the update to [[Lena]]\n"),
        ("Daily/2026-11-16.md", "---\npeople: ['[[Lena]]']\ntags: [broadcast]\n---\n"),
        (  # a newsletter's own note, as its writer tags it
            "Writing/2026-10-04 Issue 12.md",
            "---\ntags: [newsletter, writing]\n---\nThis issue went to [[Ana]] and [[Lee]] among others.\n",
        ),
        ("Writing/2026-10-04 Issue 12.md", "---\ntype: Newsletter\n---\nWith thanks to [[Ana]].\n"),
        ("Daily/2026-11-16.md", "- Sent to the list (42 subscribers), incl. [[Ana]], [[Lee]]\n"),
    ],
)
def test_a_note_tagged_broadcast_is_audience_on_every_line(file: str, text: str) -> None:
    """Spec 1.4: a broadcast is audience, never networking; a tag of the whole note (front
    matter, or a line of tags only, or after a label) tags each of its lines."""
    found = note(file, text).entries
    assert found and all(m.broadcast for m in found)


@pytest.mark.parametrize(
    ("file", "text"),
    [
        (
            "Comms/2026-11-01 November newsletter.md",
            "# November newsletter\n\nA huge thank you to [[Ana]] for the van, welcome [[Bo]].\n\n"
            "Volunteer of the month: [[Cy]]\n",
        ),
        ("Comms/2026-11-01.md", "# November newsletter\n\nThank you to [[Ana]] for the van.\n"),
        ("Comms/2026-11-08 Weekly bulletin 48.md", "- Welcome to [[Ana]], our new driver\n"),
        ("Comms/2026-12-01 Christmas mailing.md", "Sent with thanks to [[Ana]] and [[Bo]]\n"),
    ],
)
def test_a_note_titled_a_newsletter_is_audience_on_every_line(file: str, text: str) -> None:
    """A dated note whose title (its name, or its `#` heading over a note named for its day)
    says it is a newsletter's issue, a bulletin or a mailing is one, as a note tagged so is:
    everyone it names is its audience, as an email whose subject says so is."""
    found = note(file, text).entries
    assert found and all(m.broadcast for m in found)


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("Meetings/2026-11-05 Notes on the newsletter redesign.md", "- with [[Bo]]: new layout\n"),
        ("Meetings/2026-11-05.md", "# Notes on the newsletter redesign\n- call with [[Bo]]\n"),
        ("Meetings/2026-11-05 Newsletter planning.md", "- [[Bo]] and I went through the layout\n"),
        ("Daily/2026-11-05.md", "## Newsletter\n- sent it out\n## Meetings\n- lunch with [[Bo]]\n"),
        ("Daily/2026-11-05.md", "# 2026-11-05\n## Newsletter\n- lunch with [[Bo]]\n"),
        ("Meetings/2026-11-20 Newsletter team standup.md", "- Lunch with [[Bo]], he gave feedback\n"),
        ("Meetings/2026-11-20 Newsletter retro.md", "- [[Bo]] called me about the layout\n"),
        ("Meetings/2026-11-20 Bulletin committee.md", "- [[Bo]] called me about the layout\n"),
        ("Meetings/2026-11-20 Mailing list cleanup.md", "- [[Bo]] called me about the layout\n"),
    ],
)
def test_a_note_about_a_newsletter_is_no_mailing(file: str, text: str) -> None:
    """A meeting about a newsletter (`Notes on the newsletter redesign`, `Newsletter planning`)
    or a day's section headed `## Newsletter` is no issue of it: its lines are read as ever."""
    found = note(file, text).entries
    assert found and not any(m.broadcast for m in found)


def test_a_line_sent_to_many_at_once_is_audience_tag_or_not() -> None:
    """`Sent the newsletter to [[Ana]] and [[Bo]]`, a mass email, a mailing list: a broadcast, as
    `#broadcast` makes it, in a person's own log too; a reply to it is a contact of its own."""
    text = (
        "- Sent the newsletter to [[Ana]] and [[Bo]]\n- Mass email to [[Cy]] about the launch\n"
        "- Announced it to [[Di]] (mailing list)\n- [[Ed]] replied to the newsletter\n"
    )
    found = {m.targets[0]: (m.broadcast, m.direction) for m in note("Daily/2026-11-16.md", text).entries}
    assert found == {
        "Ana": (True, "unknown"), "Cy": (True, "unknown"), "Di": (True, "unknown"), "Ed": (False, "inbound")
    }  # fmt: skip
    log = "---\ntags: [person]\n---\n## Log\n- 2026-11-02 Sent her the newsletter\n- 2026-11-03 She replied to it\n"
    assert [m.broadcast for m in note("People/Ana.md", log).entries] == [True, False]
    log = "---\ntags: [person]\n---\n## Log\n- 2026-10-05 Replied to my newsletter with a long note\n"
    assert [(m.broadcast, m.direction) for m in note("People/Lee.md", log).entries] == [(False, "inbound")]
    mailed = (  # the words owners use for the same
        "mailed the summer update to the list", "sent the holiday card to everyone on my list",
        "sent her the monthly digest", "talked about the list of guests",
    )  # fmt: skip
    log = "---\ntags: [person]\n---\n## Log\n" + "".join(
        f"- 2026-10-0{d} {t}\n" for d, t in enumerate(mailed, 1)
    )
    assert [m.broadcast for m in note("People/Eve.md", log).entries] == [True, True, True, False]
    # An arrow says who sent it, not that it was sent to you alone: a newsletter is audience still.
    # Only an entry that is the mailing itself: one that tells of it otherwise is a contact.
    marked = {
        "← his newsletter on pricing": True, "<- the monthly digest": True, "-> sent her the newsletter": True,
        "← monthly investor update": True, "← his monthly update to investors": True,
        "← replied to my newsletter": False, "← coffee, talked about his list of guests": False,
        "<-> coffee; she is starting a newsletter": False, "<-> call about her newsletter launch": False,
        "-> helped him set up his mailing list": False, "-> sent her our investor update draft": False,
        "← feedback on my newsletter": False, "<-> we co-wrote the newsletter": False,
        "<-> newsletter team lunch at Rosa's": False, "← investor update call, 30 min on the phone": False,
        "<-> Q3 investor update meeting at her office": False, "<-> mailing list meetup at her place, long chat": False,
        "-> newsletter feature on her bakery: interviewed her at the shop": False,
        "← her newsletter reply: asked how the kids are": False,
        "← his weekly newsletter, and a personal P.S. inviting me to dinner": False,
        "-> forwarded him the digest with a note about his sister": False,
    }  # fmt: skip
    log = "---\ntags: [person]\n---\n## Log\n" + "".join(
        f"- 2026-10-{d:02} {t}\n" for d, t in enumerate(marked, 10)
    )
    found = [m.broadcast for m in note("People/Max.md", log).entries]
    assert found == list(marked.values())


def test_a_tag_at_the_end_of_a_line_tags_that_line_only() -> None:
    n = note("Daily/2026-11-16.md", "- lunch with [[Ann]]\n- the update to [[Lena]] #broadcast\n")
    assert [m.broadcast for m in n.entries] == [False, True]


# --- 1.5 personal facts ------------------------------------------------------------------------


def test_facts_from_keys_and_sections() -> None:
    text = (
        "---\nfacts: [loves orchids, Loves orchids]\ninterests: climbing\nbirthday: 1960-02-02\n"
        "spouse: '[[Bo]]'\nRELATED[child]: '[[Cy]]'\nrelationship:\n---\n"
        "## About\n- retired teacher\n  - still tutors\n### Kids\n- two\n## Log\n- not a fact\n"
        "## Family\n- [[Dee]] is her sister\n"
    )
    n = note("People/A.md", text)
    assert n.facts == (
        "loves orchids",
        "climbing",  # the birthday is card data, not a fact (spec 1.5)
        "spouse: Bo",
        "related[child]: Cy",
        "retired teacher",
        "still tutors",
        "two",
        "[[Dee]] is her sister",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "About Bo",
        "About her",
        "About Bo Lind",
        "Profile",
        "Personal information",
        "**About him**",
        "Misc",
        "Important",
        "To remember",
        "Good to know",
    ],
)
def test_a_section_about_the_person_by_name_holds_facts(heading: str) -> None:
    """`## About Bo`, `## About her`: what is known about the person, as under `## About`; so under
    `## Profile` and `## Personal information`, as personal CRM templates head it, and under the
    words owners use for the same (`## Misc`, `## Good to know`). Not `## Info`, `## Details`,
    `## Overview` or `## Summary`: as often the card (a role, a link) or a log's head."""
    n = note(
        "People/Bo.md", f"---\ntags: [person]\n---\n## {heading}\n- runs marathons\n## Log\n- not a fact\n"
    )
    assert n.facts == ("runs marathons",)


@pytest.mark.parametrize("heading", ["Info", "Details", "Overview", "Summary"])
def test_a_heading_of_the_card_or_a_log_holds_no_fact(heading: str) -> None:
    text = f"---\ntags: [person]\n---\n## {heading}\n- Role: CTO\n- [LinkedIn](https://x.example)\n### Log\n- called about the offsite\n"
    assert note("People/Bo.md", text).facts == ()


def test_every_subsection_of_about_is_known_after_one_of_a_known_name() -> None:
    """`## About` over `### Family` and `### Work`: Work is as much inside About as Family, and
    a subsection named as what is known (`### Family`) does not end About at its next sibling.
    A heading as high as About's still ends it; so for the plain text of a fence. (The reference
    reader reads the same: test_plain.py's example.)"""
    text = (
        "---\ntags: [person]\n---\n## About\n### Family\n- two kids\n### Work\n- runs the lab\n"
        "#### Hobbies\n- climbing\n### Home\n```text\nA flat in Porto.\n```\n## Log\n- not a fact\n"
    )
    n = note("People/A.md", text)
    assert n.facts == ("two kids", "runs the lab", "climbing", "A flat in Porto.")
    assert n.interests == ("climbing",)


def test_prose_under_about_is_known_and_the_card_written_there_is_not() -> None:
    """Owners write what they know as prose as often as a list: a paragraph under an About
    heading is one fact. A line read as the card's value (a birthday, a company) is card data
    wherever it is written, as in the front matter (spec 1.5)."""
    text = (
        "---\ntags: [person]\n---\nFriend of a friend, met once.\n\n"
        "## About\n**Birthday:** 1990-05-01\nCompany: Acme\n\n"
        "Met at the climbing gym in 2019.\nLoves Patagonia; two kids.\n\n#climber\n\n"
        "Lives with Gerald.\nLocation: Lisbon\n\n"
        "- Birthday: 1990-05-01\n- Partner: Gerald\n- reads Le Guin\n  and Jemisin\n\n"
        "## Log\n- 2026-11-02 <-> climbing\n\nShe said the wall was new.\n"
    )
    n = note("People/A.md", text)
    assert n.facts == (
        "Met at the climbing gym in 2019.\nLoves Patagonia; two kids.",
        "Lives with Gerald.",
        "Partner: Gerald",
        "reads Le Guin\nand Jemisin",
    )
    assert (n.birthday, n.org, n.location) == ("1990-05-01", "Acme", "Lisbon")
    assert note("People/B.md", "## About\nFriend of a friend, met once.\n").facts == (
        "Friend of a friend, met once.",
    )
    assert note("People/C.md", "# C\nFriend of a friend, met once.\n").facts == ()


def test_what_owners_write_under_notes_is_known_and_a_plugins_tag_line_is_not() -> None:
    """Contact templates (and the shared benchmark's generator) put what the owner knows under
    `## Notes`, `## Background` or `## Bio`; a contacts plugin writes its categories there as a
    line of tags, one of them with a space (`# Robotics`), which says nothing known."""
    text = (
        "---\ntags: [person]\n---\n## Notes\n- Loves bouldering\n- 2026-11-02 coffee\n\n"
        "Mother of two. Works as an engineer.\n\n#Contact #Art # Robotics\n"
        "## Background\n- grew up in Porto\n## Bio\nCellist.\n## Log\n- not a fact\n"
    )
    n = note("People/A.md", text)
    assert n.facts == (
        "Loves bouldering",
        "Mother of two. Works as an engineer.",
        "grew up in Porto",
        "Cellist.",
    )
    assert [e.text for e in n.entries] == ["coffee"]
    assert note("People/B.md", "#### Notes\n\n#Contact #Art # Robotics\n").facts == ()


PASTED_MAIL = (
    "---\ntags: [person]\ncompany: Rocketly\n---\n## Notes\n- two kids, Lia and Tomás\n\n"
    "From: Pat Moreno <pat@rocketly.io>\nSent: Tuesday, 3 November 2026 10:00\nTo: Sam Seller\n"
    "Subject: Re: pilot\n\nHi Sam, thanks for the deck. We would like to start the pilot in January.\n\n"
    "- two teams first\n\nBest, Pat\n## About\n- runs every morning\n"
)


@pytest.mark.parametrize(
    "text",
    [
        PASTED_MAIL,
        PASTED_MAIL.replace("Sent: Tuesday, 3 November 2026 10:00\n", "**Date:** 2026-11-03\n"),
        PASTED_MAIL.replace("From:", "---------- Forwarded message ---------\nFrom:"),
        PASTED_MAIL.replace("## Notes\n", "## Notes\n> a quote: to the full reader\n\n"),
    ],
    ids=["outlook", "date", "forwarded", "full reader"],
)
def test_an_email_pasted_under_notes_is_no_fact(text: str) -> None:
    """An email pasted into a person's note (its header, `From:` and a `Subject:`, `Sent:` or
    `Date:`, then its body and its sign-off) is correspondence, not something known of them:
    no fact, down to the next heading. What the owner wrote before it, and under the next heading,
    still is."""
    assert note("People/Pat Moreno.md", text).facts == ("two kids, Lia and Tomás", "runs every morning")


def test_a_line_that_only_looks_like_a_mail_header_is_a_fact() -> None:
    """One header-like line, or lines of `From:` and `To:` with no subject or day, say where
    someone is from: no email."""
    said = ("From: Porto", "From: Porto\nTo: Leeds in 2019", "From: Kyiv\nDate: 2024-03-01, met climbing")
    said += ("From: Porto\nSubject: Physics, teaches A-level",)
    text = "---\ntags: [person]\n---\n## About\n" + "\n\n".join(said) + "\n"
    assert note("People/Ana.md", text).facts == said


@pytest.mark.parametrize(
    ("heading", "interest"),
    [("How we met", False), ("Kids", False), ("Gift ideas", False), ("Likes", False),
     ("Things to remember", False), ("Context", False), ("Conversation topics", False), ("Hobbies", True),
     ("Interactions", None), ("Contact info", None), ("Likes & dislikes", False),
     ("Hobbies and interests", True), ("Family / friends", False), ("Who they are", False),
     ("How we know each other", False), ("Notes & next steps", None), ("Interests, work", None)],
)  # fmt: skip
def test_what_personal_crm_templates_put_what_they_know_under(heading: str, interest: bool | None) -> None:
    """`## How we met`, `## Gift ideas`, `## Hobbies` (an interest too): what is known, as under
    About, and so under a heading that joins such names (`## Likes & dislikes`, `## Hobbies and
    interests`); `## Contact info` is the card, not what is known, nor is a heading that joins one
    such name to another (`## Notes & next steps`)."""
    n = note("People/A.md", f"## {heading}\n- climbing with Rui\n")
    assert n.facts == (() if interest is None else ("climbing with Rui",))
    assert n.interests == (("climbing with Rui",) if interest else ())


def test_a_key_named_as_a_section_of_what_is_known_holds_facts() -> None:
    """Personal CRM templates keep what is known in front-matter keys named as those sections
    (`how_we_met:`, `gift_ideas:`, `favorite_food:`) and in inline fields (`Bio:: ...`): each
    value one fact, named by its key's words, a list's items one each. `hobbies:` is `interests:`.
    A flag (`family: true`), a number, a date, an empty value or one holding the place (`TBD`) is
    nothing known."""
    text = (
        "---\ntags: [person]\nhow_we_met: PyCon hallway, 2023\ngift-ideas: [a fountain pen, tea]\n"
        "favorite_food: dosa\nhobbies: climbing, chess\nfamily: true\nnotes:\nbackground: 1999\n"
        "pets: 2024-01-01\nPersonal Notes: Hates phone calls\n---\n# Ana\nBio:: Grew up in Porto\n"
    )
    n = note("People/Ana.md", text)
    assert n.facts == (
        "climbing",
        "chess",
        "bio: Grew up in Porto",
        "how we met: PyCon hallway, 2023",
        "gift ideas: a fountain pen",
        "gift ideas: tea",
        "favorite food: dosa",
        "personal notes: Hates phone calls",
    )
    assert n.interests == ("climbing", "chess")
    card_only = (
        "---\ntags: [person]\ncompany: Acme\nrole: CTO\nrelationship: friend\ncontext: work\n"
        "partner: TBD\nhow_we_met: N/A\nlikes: '...'\nfacts: [TBD]\n---\n"
    )
    assert note("People/Bo.md", card_only).facts == ()


def test_plain_text_in_a_fence_under_notes_is_one_fact_its_markdown_unread() -> None:
    """`vaultnet import vcard` keeps a card's note verbatim in a ```` ```text ```` fence under
    `## Notes`: one fact, whatever it holds (a link, a day, a heading there is text). Code in a
    fence (```` ```dataview ````), or plain text under no such heading, is none."""
    text = (
        "---\ntags: [person]\n---\n## Notes\n```text\nMet at [[PyCon]] in 2019.\n"
        "- 2026-11-02 coffee\n## Log\n```\n\n```dataview\nLIST FROM #person\n```\n"
        "## Log\n````text\nnot known: a log's\n````\n- 2026-11-20 lunch\n"
    )
    n = note("People/A.md", text)
    assert n.facts == ("Met at [[PyCon]] in 2019.\n- 2026-11-02 coffee\n## Log",)
    assert [e.date.isoformat() for e in n.entries] == ["2026-11-20"] and n.links == ()


@pytest.mark.parametrize(
    "heading",
    ["Über", "Notizen", "Persönliches", "Familie", "À propos", "Famille", "Sobre él", "Notas", "Acerca de",
     "Note", "Famiglia", "Over", "Notities", "Sobre"],
)  # fmt: skip
def test_what_is_known_is_read_under_the_headings_of_other_languages(heading: str) -> None:
    """An owner who writes in German, French, Spanish, Italian, Dutch or Portuguese keeps what she
    knows under `## Über`, `## À propos`, `## Notas`: read as under `## About`."""
    text = f"---\ntags: [person]\n---\n## {heading}\n- fährt jedes Jahr zum Segeln an die Ostsee\n"
    assert note("People/Jürgen Weiß.md", text).facts == ("fährt jedes Jahr zum Segeln an die Ostsee",)


def test_a_relation_named_as_vaultnet_toml_names_it_and_what_they_eat_are_facts() -> None:
    """`[synonyms] relations = ["Sprösslinge"]` makes that key a relation, as `kids:` is: its
    values are facts; so are allergies and what someone eats (`allergies: shellfish`)."""
    config = Config(synonyms={"relations": ("Sprösslinge",)})
    text = "---\ntags: [person]\nSprösslinge: [Lukas, Mia]\nallergies: shellfish\ndietary: vegetarian\n---\n"
    assert set(note("People/Anna.md", text, config).facts) == {
        "sprösslinge: Lukas", "sprösslinge: Mia", "allergies: shellfish", "dietary: vegetarian",
    }  # fmt: skip


def test_a_heading_is_its_words_without_the_emoji_or_marks_around_them() -> None:
    """Templates dress their headings: `## 🧠 About`, `## 🎯 Interests:`, `## **Family**`; each
    holds what is known as the bare heading does. So do a dated note's `## 📞 Calls` and
    `## 👥 Attendees`."""
    text = "---\ntags: [person]\n---\n## 🧠 About\n- Two kids\n## 🎯 Interests:\n- climbing\n## **Family**\n- Mia\n"
    n = note("People/Ana.md", text)
    assert (n.facts, n.interests) == (("Two kids", "climbing", "Mia"), ("climbing",))
    assert note("pages/Ana.md", "tags:: person\n\n- 🧠 About\n\t- Two kids\n").facts == (
        "Two kids",
    )  # Logseq's
    meeting = "## 📞 Calls\n- [[Bo]] about the flat\n## 👥 Attendees\n- [[Cy]]\n"
    assert mentions("Daily/2026-11-20.md", meeting) == [
        (D(2026, 11, 20), "mutual", ("Cy",)),  # the attendees, as its front matter would list them
        (D(2026, 11, 20), "mutual", ("Bo",)),  # a call: both of you
    ]


def test_a_callout_titled_about_or_under_about_holds_facts() -> None:
    """Person templates keep what the owner knows in a callout (`> [!info] About`): each item a
    fact, each paragraph one. A card's line there is card data, a task, code or a quote in it
    none; a callout with another title, or a plain quote, is not read."""
    text = (
        "---\ntags: [person]\n---\n> [!info]+ About\n> - Two kids, Mia and Leo\n"
        "> - Birthday: 1990-05-01\n> - [ ] ask about the move\n>\n> Grew up in Porto,\n> moved in 2019.\n"
        "> ```dataview\n> LIST FROM [[]]\n> ```\n> > she said so\n\n"
        "> [!quote] Her words\n> - not a fact\n\n> not a fact either\n\n"
        "## Family\n> [!note]\n> Plays cello\n\n## Log\n> [!note]\n> not known: a log's\n\n"
        "> [!tip] Interests\n> - climbing\n```\n> [!info] About\n> - in code\n```\n"
    )
    n = note("People/A.md", text)
    assert n.facts == (
        "Two kids, Mia and Leo",
        "Grew up in Porto,\nmoved in 2019.",
        "Plays cello",
        "climbing",
    )
    assert n.interests == ("climbing",)
    assert [(f.line, f.text) for f in n.follow_ups] == [(7, "ask about the move")]  # to do, not known
    assert note("People/B.md", "> [!info] You'll find this query [[here]]\n> - not a fact\n").facts == ()


def test_a_callout_is_the_owners_words_and_a_quote_is_not() -> None:
    """Daily note templates keep the day in callouts (`> [!summary] Meetings` over its items): a
    callout is read as its lines are, its title as a heading within the section it is in; a
    callout of a quote (`> [!quote]`, `> [!cite]`) and a plain quote are someone else's words."""
    daily = (
        "> [!note]- Lunch with [[Bo]]\n> he told me about the boat\n\n"
        "> [!summary] Meetings\n> - standup, [[Ana]]\n\n- [[Cy]] called me about the flat\n\n"
        "> [!quote] Seneca\n> - [[Dee]]\n\n> [[Eve]] said so\n"
    )
    assert mentions("Daily/2026-11-20.md", daily) == [
        (D(2026, 11, 20), "mutual", ("Bo",)),
        (D(2026, 11, 20), "mutual", ("Ana",)),  # under a heading of meetings: one
        (D(2026, 11, 20), "inbound", ("Cy",)),  # past the callout: not
    ]
    log = "---\ntags: [person]\n---\n> [!note]- Log\n> - 2026-11-02 <- she called\n> - 2026-11-10 coffee\n"
    assert [(m.date, m.direction, m.line) for m in note("People/Ana.md", log).entries] == [
        (D(2026, 11, 2), "inbound", 5),
        (D(2026, 11, 10), "mutual", 6),
    ]
    known = "---\ntags: [person]\n---\n> [!info] About\n> - likes tea\n\n- not known: past its callout\n"
    assert note("People/Ana.md", known).facts == ("likes tea",)


def test_a_callout_holding_the_card_gives_its_fields() -> None:
    """`> [!info] Contact` over the card's lines, as person templates keep it: its fields are the
    note's, as the same lines outside a callout are; the front matter still wins."""
    text = (
        "---\ntags: [person]\nlocation: Porto\n---\n> [!info] Contact\n> - **Company:** Acme\n"
        "> - Birthday:: 1990-05-01\n> - Location: Lisbon\n> - Email: ana@example.org\n"
    )
    n = note("People/Ana.md", text)
    assert (n.org, n.birthday, n.location, n.facts) == ("Acme", "1990-05-01", "Porto", ())


def test_an_open_task_in_a_callout_is_a_follow_up_and_one_in_a_quote_is_not() -> None:
    """`> [!todo] Next time` over `> - [ ] ask about the move`: the owner's own to-do, its due
    day read; in a daily note it is a follow-up of each person it names. A quote's is someone's."""
    text = "> [!todo] Next time\n> - [ ] ask about the move 📅 2026-12-10\n> - [x] done\n\n> - [ ] quoted\n"
    n = note("People/Ana.md", "---\ntags: [person]\n---\n" + text)
    assert [(f.line, f.text, f.due) for f in n.follow_ups] == [
        (5, "ask about the move 📅 2026-12-10", D(2026, 12, 10))
    ]
    daily = note("Daily/2026-11-20.md", "> [!todo]\n> - [ ] send [[Ana]] the deck\n")
    assert [(f.targets, f.date) for f in daily.follow_ups] == [(("Ana",), D(2026, 11, 20))]


def test_an_open_task_under_about_is_a_follow_up_not_a_fact() -> None:
    text = "## About\n- likes tea\n- [ ] ask about her move\n## Interests\n- [ ] lend her the book\n"
    n = note("People/A.md", text)
    assert (n.facts, n.interests) == (("likes tea",), ())
    assert [f.text for f in n.follow_ups] == ["ask about her move", "lend her the book"]
    logseq = note("pages/A.md", "tags:: person\n\n- ## About\n\t- TODO ask about the move\n")
    assert (logseq.facts, [f.text for f in logseq.follow_ups]) == ((), ["ask about the move"])


def test_no_facts_from_a_bare_contact_card() -> None:
    assert note("People/A.md", "---\nemail: a@example.org\nphone: 555\n---\n").facts == ()


# --- reading: bad input is data -----------------------------------------------------------------


def test_bom_and_crlf() -> None:
    n = note("People/A.md", b"\xef\xbb\xbf---\r\ntags: [person]\r\n---\r\n- 2026-11-02 <- hi\r\n")
    assert n.tags == ("person",) and n.entries[0].direction == "inbound" and not n.problems


def test_windows_1252_is_read_with_a_problem_at_the_first_bad_line() -> None:
    n = note("People/A.md", "---\ntags: [person]\nfacts: [café]\n---\n".encode("cp1252"))
    assert n.facts == ("café",)
    assert [(p.line, p.message) for p in n.problems] == [
        (3, "not UTF-8: read as Windows-1252; save it as UTF-8")
    ]


_ANA_UTF16 = "\ufeff---\r\ntags: [person]\r\n---\r\n## Log\r\n- 2026-10-01 <- she called\r\n"


@pytest.mark.parametrize(
    ("encoding", "tail", "why"),
    [
        # `echo ... >>` from Linux onto a Notepad "Unicode" note: an odd number of UTF-8 bytes
        ("utf-16-le", b"- 2026-11-28 <- she texted\n", "it ends in part of a character"),
        ("utf-16-be", b"- 2026-11-28 <- she texted\n", "it ends in part of a character"),
        ("utf-16-le", "\ud800x\r\n".encode("utf-16-le", "surrogatepass"), "bytes that are no character"),
        ("utf-16-le", "x\udc00\r\n".encode("utf-16-le", "surrogatepass"), "bytes that are no character"),
        ("utf-32-le", b"\x00\x00\x11\x00" + "\r\n".encode("utf-32-le"), "bytes that are no character"),
        ("utf-32-be", b"x\n", "it ends in part of a character"),
    ],
)
def test_utf16_or_32_not_valid_is_read_with_a_problem_at_its_line(
    encoding: str, tail: bytes, why: str
) -> None:
    """A note in UTF-16 or UTF-32 with bytes that are no character (text appended in another
    encoding, a character cut in half) is read with U+FFFD for them, and a problem says where."""
    n = note("People/Ana.md", _ANA_UTF16.encode(encoding) + tail)
    name = encoding[:6].upper()
    message = f"not valid {name}: {why} (text added in another encoding?)"
    assert [(p.line, p.message) for p in n.problems] == [(6, message)]
    assert n.kind == "person" and [str(m.date) for m in n.entries] == ["2026-10-01"]
    assert decode("x.md", _ANA_UTF16.encode(encoding) + tail).text.endswith(
        "\ufffd" if "ends" in why else "\n"
    )


def test_broken_yaml_is_a_problem_at_its_line_and_the_body_is_still_read() -> None:
    n = note("People/Ann.md", "---\nname: Annie\ntags: [person\n---\n- 2026-11-01 -> still read\n")
    assert [p.line for p in n.problems] == [3]
    assert n.name == "Ann"  # the stem: the front matter counts as empty
    assert n.kind == "person" and len(n.entries) == 1


def test_yaml_error_in_the_middle_points_at_its_line() -> None:
    n = note("A.md", "---\na: 1\nb: [x\nc: 2\nd: 3\n---\n")
    assert n.problems and 3 <= n.problems[0].line <= 5


def test_front_matter_closed_by_dots_and_unclosed_front_matter() -> None:
    assert note("A.md", "---\ntags: [person]\n...\nbody\n").kind == "person"
    unclosed = note("A.md", "---\ntags: [person]\nbody\n")
    assert unclosed.kind == "other"
    assert [(p.line, p.message) for p in unclosed.problems] == [(1, UNCLOSED)]


UNCLOSED = "front matter opened here is never closed with ---"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("---\ntags: [person]\ncadence: 2w\n\n## Log\n- 2026-11-20 <- she called\n", True),
        ("---\r\ntitle:\r\n  - x\r\n", True),
        ("---\n\nSome prose after a rule.\n", False),
        ("---\nSome prose: after a rule.\n", False),
        ("---\n", False),
        ("--- \n- a list, no keys\n", False),
        ("---\ntags: [person]\n---\n", False),
        ("Intro\n---\ntags: x\n", False),
        ("---\nTags: [person]\nCadence: 2w\n\n## Log\n", True),  # keys vaultnet knows, in any case
        # a rule, then prose that opens as a key would: a capital, and a key vaultnet knows alone
        ("---\nNote: call back [[Ada]] tomorrow\n", False),
        ("---\nTODO: email [[Ada]]\n", False),
        ("---\nStatus: waiting on [[Ada]]\n", False),
        ("---\nServes: 4\nPrep: 10 minutes\n\n## Steps\n", False),
        ("---\nSource: Seneca\n> We suffer more in imagination than in reality.\n", False),
    ],
)
def test_front_matter_never_closed_is_a_problem_when_it_reads_as_keys(text: str, said: bool) -> None:
    """A note opened with `---` and keys (`tags: [person]`) that no `---` closes is read without
    front matter, as Obsidian reads it: its owner is told, or a person goes missing unsaid. Keys
    as Obsidian writes properties: a first one in lower case, or two that vaultnet knows in any
    case (`Tags:`, `Cadence:`). A note opening with a rule (`---`) and then prose (`Note: call
    back [[Ada]]`, `Serves: 4`) is no such note."""
    problems = [(p.line, p.message) for p in note("Notes/Ana.md", text).problems]
    assert ((1, UNCLOSED) in problems) is said


def test_a_value_in_curly_quotes_is_the_text_they_quote() -> None:
    """A phone's smart punctuation types `"Maria"` as `“Maria”`, which YAML reads as text with its
    quotes: a value wholly in curly quotes (or a list's item) is read as in straight ones. Quotes
    inside a value, or only on one side of it, are its own."""
    n = note(
        "Notes/Di.md",
        "---\ntags: [“person”]\naliases: [“Maria”, ‘Mari’, „Mia“]\nname: “Diana Ro”\n"
        "facts:\n  - ‘loves jazz’\n  - she said “hi”\n  - “half\norg: ‘O’Neill & Co’\n---\n",
    )
    assert (n.kind, n.name, n.aliases, n.tags) == (
        "person",
        "Diana Ro",
        ("Maria", "Mari", "Mia"),
        ("person",),
    )
    assert n.facts == ("loves jazz", "she said “hi”", "“half")
    assert n.org == "O’Neill & Co"


DASH_FENCE = "front matter fence typed as a dash"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("—-\ntags: [person]\naliases: [Benji]\n—-\n## Log\n- 2026-11-21 <- he called\n", True),
        ("—\ntags: [person]\naliases: [Cyrus]\n—\n", True),
        ("–-\ntags: [person]\n–-\n", True),
        ("—-\ntags:\n  - person\n- friend\n—-\n", True),
        ("—-\ntags: [person]\n---\n", True),
        ("—\nA thought, set apart.\n—\n", False),
        ("— a line of prose\ntags: [person]\n— more\n", False),
        ("—-\ntags: [person]\n", False),
        ("—\n\nname: x\n—\n", False),
    ],
)
def test_a_front_matter_fence_typed_as_a_dash_is_a_problem(text: str, said: bool) -> None:
    """`---` typed on a phone with smart punctuation is `—-` (`--` made a dash): Obsidian reads
    no front matter, nor does vaultnet, but says so at line 1 when keys follow it up to a line of
    the same dashes, or `---`; a dash over prose is no fence."""
    n = note("People/Ben Cohen.md", text)
    assert n.aliases == ()
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == ([(1, DASH_FENCE)] if said else [])


@pytest.mark.parametrize(
    "data",
    [b"", b"---", b"---\n", b"---\n---\n", b"\x00\x01\x02", b"- " + b"x" * 30_000, b"---\n- a\n- b\n---\n",
     b"---\n: :\n---\n", b"\xff\xfe\x00", b"---\nkey: !!python/object:os.system x\n---\n"],
)  # fmt: skip
def test_odd_files_never_raise(data: bytes) -> None:
    n = parse_note("People/odd.md", data, Config())
    assert all(p.file == "People/odd.md" for p in n.problems)


def test_a_yaml_list_as_front_matter_is_a_problem() -> None:
    assert [p.line for p in note("A.md", "---\n- a\n- b\n---\n").problems] == [2]


def test_decode_and_split() -> None:
    assert decode("a.md", b"a\r\nb\rc").text == "a\nb\nc"
    split = split_front_matter("---\na: 1\n---\nbody\n")
    assert (split.front, split.body, split.body_line) == ("a: 1\n", "body\n", 3)
    assert split_front_matter("---\ta\nnot: front\n").front is None


_CLOSING_LINE = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(["---", "...", "--- ", "----", " ---", "a: 1", "", "\t", "x---"]), max_size=6)
)
def test_front_matter_closes_at_the_first_closing_line(lines: list[str]) -> None:
    """The closing `---` is searched for after its `\\n`: the line a search for its start finds."""
    text = "\n".join(["---", *lines])
    closing = _CLOSING_LINE.search(text, 4) if len(text) > 3 else None
    split = split_front_matter(text)
    if closing is None:
        assert split.front is None
    else:
        assert split.front == text[4 : closing.start()]
        assert split.body == text[closing.end() + 1 :]


def test_a_day_month_year_that_is_no_day_is_a_problem() -> None:
    n = note("People/A.md", "- 31 Nov 2026 <- she texted\n")
    assert n.entries == ()
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [(1, "'31 Nov 2026' is not a day")]


@pytest.mark.parametrize(
    "head",
    [
        "Nov 2, 2026 —", "November 2nd, 2026:", "**Nov 2, 2026**", "Nov. 2, 2026 ·", "[[Nov 2nd, 2026]]",
        "2026/11/02", "2026/11/2:", "2026.11.02 —", "**2026/11/02**", "[[2026/11/02]]",
        "Mon 2026-11-02:", "Monday, Nov 2, 2026 —", "Mon, 2 Nov 2026", "**Mon. 2026-11-02**",
        "[2026-11-02]", "[2026-11-02 Mon]", "<2026-11-02 Mon 10:00>", "(2026-11-02):",
        "[2026-11-02](Daily/2026-11-02.md)", "[2026-11-02](<Daily/2026-11-02.md>) —",
        "[[2 Nov 2026]]", "[[Daily/Monday, November 2, 2026|Mon]]", "[[2026.11.02]]",
        "[date:: 2026-11-02]", "(Date:: 2026-11-02) —", "Nov 2 2026:", "November 2nd 2026 —",
    ],
)  # fmt: skip
def test_a_day_written_another_unmistakable_way_opens_an_entry(head: str) -> None:
    """`Nov 2, 2026` (or without its comma), as American English writes a day (and Logseq titles
    one), and `2026/11/02`, as much of East Asia and many apps do: no guess which day is meant;
    the day's name first, as a journal heads a day; a day in brackets, as org mode stamps one, or
    a link to the day's note, however it is named; a Dataview field of the day (`[date::
    2026-11-02]`). The entry is read in an item, a row or a heading."""
    for text in (f"- {head} <- she texted\n", f"| {head} <- she texted |\n", f"## {head} <- she texted\n"):
        n = note("People/A.md", text)
        assert [(m.date, m.direction, m.text) for m in n.entries] == [
            (dt.date(2026, 11, 2), "inbound", "she texted")
        ]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("3. Oktober 2026:", D(2026, 10, 3)), ("14. März 2026 —", D(2026, 3, 14)),
        ("2. Nov. 2026 -", D(2026, 11, 2)), ("3 octobre 2026 :", D(2026, 10, 3)),
        ("14 févr. 2026 ·", D(2026, 2, 14)), ("1er mai 2026 :", D(2026, 5, 1)),
        ("3 de octubre de 2026:", D(2026, 10, 3)), ("3 de outubro de 2026 —", D(2026, 10, 3)),
        ("3 ottobre 2026:", D(2026, 10, 3)), ("3 mrt 2026:", D(2026, 3, 3)),
        ("3 oktober 2026:", D(2026, 10, 3)), ("**3. Okt. 2026**", D(2026, 10, 3)),
    ],
)  # fmt: skip
def test_a_day_written_in_another_language_opens_an_entry(head: str, day: dt.date) -> None:
    """A log kept in German, French, Spanish, Italian, Dutch or Portuguese writes its days as the
    language does (`3. Oktober 2026`, `1er mai 2026`, `3 de octubre de 2026`): the same months as
    a daily note's name is read in (`convert.month_named`), day first, as all of them write it."""
    for text in (f"- {head} <- she texted\n", f"## {head} <- she texted\n"):
        n = note("People/A.md", text)
        assert [(m.date, m.direction, m.text) for m in n.entries] == [(day, "inbound", "she texted")]
        assert n.problems == ()


def test_a_number_a_word_and_a_year_is_no_day() -> None:
    """Only a month's name makes a day of a number and a year: `3 Leute 2026` is words, and no
    problem; `31. Februar 2026` is a day that is none, a problem."""
    n = note("People/A.md", "- 3 Leute 2026 gesehen\n- 5 mal 2026\n- 31. Februar 2026: <- Anruf\n")
    assert n.entries == ()
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [(3, "'31. Februar 2026' is not a day")]


def test_a_birthday_written_in_another_language_is_read() -> None:
    n = note("People/A.md", "---\nbirthday: 3. Oktober 1975\n---\n")
    assert n.birthday == "1975-10-03"


def test_a_day_written_another_way_that_is_no_day_or_a_guess_is_a_problem() -> None:
    """Not a line passed over: `Nov 31, 2026` and `2026/02/30` are no days, and with the year last
    (`11/02/2026`) the day is a guess. `2024.1.2` is a version, and `May` a word."""
    n = note(
        "People/A.md",
        "- Nov 31, 2026 <- she texted\n- May the fourth be with you\n- 2026/02/30 <- she texted\n"
        "- 11/02/2026 <- lunch\n- 2024.1.2 of the app\n",
    )
    assert n.entries == ()
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (1, "'Nov 31, 2026' is not a day"),
        (3, "'2026/02/30' is not a day"),
        (4, "'11/02/2026' is not a date vaultnet can be sure of"),
    ]


def test_a_day_written_with_slashes_and_no_year_is_a_problem_not_a_line_passed_over() -> None:
    """`11/23: caught up` in a log is a day without its year (and `11/10` either way round): no
    entry, and a problem on its line, under a heading of its year too; `3/4 of the team` opens
    with no day."""
    for log, line, day in (("- 11/23: caught up\n", 1, "11/23"), ("### 2026\n- 11/10 - lunch\n", 2, "11/10")):
        n = note("People/A.md", f"- 2026-11-02 <- she texted\n{log}- 3/4 of the team came\n")
        assert [m.date for m in n.entries] == [dt.date(2026, 11, 2)]
        assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
            (line + 1, f"'{day}' is not a date vaultnet can be sure of")
        ]


def test_a_day_written_with_slashes_and_no_year_nor_separator_is_a_problem_too() -> None:
    """`- 11/30 texted her` and `- 30/11 lunch` under `## Log` are days as surely as `- 11/23:
    caught up` is: a problem each, not a line passed over. With no separator, a pair that could
    be no day (`50/50 split`), or of one digit each, as a fraction is (`1/2 cup`), a fraction of
    something (`10/12 of us came`) and `24/7` open with no day; a day alone over what happened is
    a day."""
    n = note(
        "People/A.md",
        "## Log\n- 11/30 texted her\n- 30/11 lunch\n- 12/1: she called\n- 01/3 [[Bo]] came along\n"
        "- 3/4 of the team came\n- 1/2 cup of sugar\n- 50/50 split\n- 10/12 of us came\n"
        "- 24/7 on call\n- 11/30\n",
    )
    assert n.entries == ()
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (2, "'11/30' is not a date vaultnet can be sure of"),
        (3, "'30/11' is not a date vaultnet can be sure of"),
        (4, "'12/1' is not a date vaultnet can be sure of"),
        (5, "'01/3' is not a date vaultnet can be sure of"),
        (11, "'11/30' is not a date vaultnet can be sure of"),
    ]


def test_a_day_written_year_last_with_dashes_is_read_or_a_problem_as_with_slashes() -> None:
    """`20-11-2026`, as Dutch and others write a day, is read as `20/11/2026` is: day first when
    the note's days say so (there is no month 20), else a guess and a problem on its line, a link
    to it too; a range (`2024-2026`, `10-12 people`) and a phone number open with no day."""
    n = note("People/A.md", "- 20-11-2026 <- she called\n- 02-11-2026: lunch\n- 01-23-4567 the office\n")
    assert [(m.date.isoformat(), m.line, m.direction) for m in n.entries] == [
        ("2026-11-20", 1, "inbound"),
        ("2026-11-02", 2, "mutual"),
    ]
    assert n.problems == ()
    n = note(
        "People/B.md",
        "- 02-11-2026: gebeld\n- [[20-11-2026]] coffee\n- 2024-2026 lived in Berlin\n"
        "- 10-12 people came\n- 01-23-45-67-89 her number\n- 0800-123-4567 the office\n",
    )
    assert n.entries == ()
    assert [(p.line, p.message) for p in n.problems] == [
        (1, "'02-11-2026' is not a date vaultnet can be sure of: write it as YYYY-MM-DD"),
        (2, "'20-11-2026' is not a date vaultnet can be sure of: write it as YYYY-MM-DD"),
    ]


def test_days_written_with_the_year_last_are_read_as_the_note_settles_them() -> None:
    """`26/11/2026` can be read only one way (there is no month 26): a note that writes one says
    how it writes every day with its year last, day first, and its other days (`05/11/2026`) are
    read so; `11/20/2026` says month first. In a note whose days could all be read either way, or
    that writes them both ways, which day is meant is still a guess: a problem each. A value of
    the front matter is read when it can be read only one way, as it is written."""
    n = note(
        "People/A.md",
        "## Log\n- **05/11/2026** coffee, she invited me\n- 26.11.2026 <- she called\n"
        "### 01/12/2026 — lunch\n- 31/02/2026 walk\n- see 02/12/2026\n",
    )
    assert [(m.date.isoformat(), m.line, m.direction, m.text) for m in n.entries] == [
        ("2026-11-05", 2, "inbound", "coffee, she invited me"),
        ("2026-11-26", 3, "inbound", "she called"),
        ("2026-12-01", 4, "mutual", "lunch"),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (5, "'31/02/2026' is not a date vaultnet can be sure of")
    ]
    n = note("People/B.md", "- 11/20/2026 lunch\n- 12/01/2026 she called\n")
    assert [(m.date.isoformat(), m.direction) for m in n.entries] == [
        ("2026-11-20", "mutual"),
        ("2026-12-01", "inbound"),
    ]
    for log in ("- 05/11/2026 lunch\n- 06/11/2026 tea\n", "- 26/11/2026 lunch\n- 11/20/2026 tea\n"):
        n = note("People/C.md", log)
        assert n.entries == () and [p.line for p in n.problems] == [1, 2], log
    # With dots, as Germany and most of Europe write it: day first, a value of the front matter too.
    n = note("People/G.md", "---\nbirthday: 12.03.1975\n---\n- 05.11.2026 lunch\n- 06.11.2026 tea\n")
    assert [m.date.isoformat() for m in n.entries] == ["2026-11-05", "2026-11-06"] and n.problems == ()
    assert n.birthday == "1975-03-12"
    n = note("People/D.md", "---\nbirthday: 26/11/1990\nlast_contact: 03/12/2026\n---\n")
    assert (n.birthday, n.last_contact) == ("1990-11-26", None)  # a value by itself: no guess, or a guess
    assert [(p.line, p.message) for p in n.problems] == [
        (3, "last_contact: '03/12/2026' could be read day first or month first: write it as YYYY-MM-DD")
    ]
    # A European owner's birthdays without the year: read when they can be read one way only;
    # `04/12` could be either, and the problem says so.
    n = note("People/F.md", '---\ngeburtstag: "3. Dezember"\nhochzeitstag: "25-12"\n---\n')
    assert (n.birthday, n.anniversary, n.problems) == ("--12-03", "--12-25", ())
    n = note("People/F.md", '---\ncumpleaños: "14 de febrero"\n---\n')
    assert (n.birthday, n.problems) == ("--02-14", ())
    n = note("People/F.md", '---\nbirthday: "04/12"\n---\n')
    assert n.birthday is None
    assert [(p.line, p.message) for p in n.problems] == [
        (2, "birthday: '04/12' could be read day first or month first: write it as YYYY-MM-DD")
    ]
    # Read either way, the same day: no guess to make. A day of the year named `3rd of March`.
    n = note(
        "People/E.md", "---\nbirthday: 03/03/1990\nanniversary: 3rd of March\nlast_contact: 7.7.2026\n---\n"
    )
    assert (n.birthday, n.anniversary, n.last_contact) == ("1990-03-03", "--03-03", dt.date(2026, 7, 7))
    assert n.problems == ()


def test_an_entry_that_says_nothing_after_its_day_is_told_by_the_line_under_it() -> None:
    """A log of dated headings over what happened, or of bare days over nested bullets (Logseq's
    too), as many owners write one: the line under the day is the entry's text, and its words say
    who started it. A line that is not the entry's own (a task, a heading, the next item, text at
    the margin under an item) tells nothing of it; a day with nothing of its own under it
    (`- 2026-07-01 ->` over the next item) is a line left to fill, no entry."""
    n = note(
        "People/Ann.md",
        "## Log\n### 2026-11-02\n\nCoffee at Rosa's. She asked me about Lisbon.\n- she runs\n"
        "- 2026-10-01\n  - sent her the deck\n- [[Oct 2nd, 2026]]\n\tcollapsed:: true\n\t- lunch with her\n"
        "### 2026-09-01\n- [ ] ask about the flat\n### 2026-08-01\n#### Notes\nnothing\n"
        "### 2026-07-15\n[[Bo]] introduced us\n"
        "- 2026-07-01 ->\n- 2026-06-01\n\nnot hers\n"
        "### 2026-05-04 (Mon)\n- <- she emailed about the offsite\n### 2026-05-01\n-> wrote back\n",
    )
    assert [(m.date.isoformat(), m.direction, m.text, m.inferred) for m in n.entries] == [
        ("2026-11-02", "inbound", "Coffee at Rosa's. She asked me about Lisbon.", True),
        ("2026-10-01", "outbound", "sent her the deck", True),
        ("2026-10-02", "mutual", "lunch with her", True),
        ("2026-09-01", "unknown", "", False),
        ("2026-08-01", "unknown", "", False),
        ("2026-07-15", "unknown", "[[Bo]] introduced us", False),
        ("2026-05-04", "inbound", "she emailed about the offsite", False),  # its arrow, as on the day's line
        ("2026-05-01", "outbound", "wrote back", False),
    ]


def test_a_dated_line_that_names_only_the_kind_of_contact_is_told_by_the_line_under_it() -> None:
    """`### 2026-10-14 — Call` over `She called about the conference.`, `- 2026-11-28 lunch` over
    `  - she paid`: the day's line says what it was (a meeting or a message), the line under it
    what happened and who started it; the entry is both, past a label a template puts between
    (`**Key points:**`). A line that says more than a kind (`Call about the move`) is its own text."""
    n = note(
        "People/Ann.md",
        "## Log\n### 2026-10-14 — Call\nShe called about the conference.\n"
        "### 2026-11-02 Coffee\n- she's moving to Lisbon\n"
        "### 2026-11-20 · video call\n\nSent her the deck after.\n"
        "### 2026-11-25 Call about the move\nShe called back.\n"
        "- 2026-11-28 lunch\n  - she paid\n### 2026-11-30 — Quick call\n- she rang about Lisbon\n"
        "### 2026-12-01 — Email\n- I sent her the article on bikes\n"
        "- 2026-12-02 Call\n  - she called to ask about the flat\n- 2026-12-03 text\n- 2026-12-04 Call\n"
        "### 2026-12-05 — Call\n\n**Key points:**\n- She called to ask about my climbing shoes\n"
        "### 2026-12-06 — 📞 Call\nShe called me back about the offer.\n",
    )
    assert [(m.date.isoformat(), m.direction, m.text) for m in n.entries] == [
        ("2026-10-14", "inbound", "Call: She called about the conference."),
        ("2026-11-02", "mutual", "Coffee: she's moving to Lisbon"),
        ("2026-11-20", "outbound", "video call: Sent her the deck after."),
        ("2026-11-25", "mutual", "Call about the move"),
        ("2026-11-28", "mutual", "lunch: she paid"),
        ("2026-11-30", "inbound", "Quick call: she rang about Lisbon"),
        ("2026-12-01", "outbound", "Email: I sent her the article on bikes"),
        ("2026-12-02", "inbound", "Call: she called to ask about the flat"),
        ("2026-12-03", "unknown", "text"),  # the next item is not its own: nothing said
        ("2026-12-04", "mutual", "Call"),
        ("2026-12-05", "inbound", "Call: She called to ask about my climbing shoes"),  # past its label
        ("2026-12-06", "inbound", "📞 Call: She called me back about the offer."),  # past its emoji
    ]


def test_a_callout_titled_with_a_day_and_a_kind_is_told_by_its_first_line() -> None:
    """`> [!note] 2026-10-20 Phone call` over `> I called to congratulate her.`: a callout is the
    owner's own writing, its lines after their `>`s, and tells its day as a heading does. What
    follows it outside the callout is not its own."""
    n = note(
        "People/Ann.md",
        "> [!note] 2026-10-20 Phone call\n> I called to congratulate her.\n\n"
        "> [!note] 2026-10-25 | Call\n> She rang about the flat.\n\n"
        "> [!info]- 2026-11-02 Coffee\n>\n> - she invited me\n\n"
        "> [!note] 2026-11-10 Call\n\nShe rang about the flat.\n",
    )
    assert [(m.date.isoformat(), m.direction, m.text) for m in n.entries] == [
        ("2026-10-20", "outbound", "Phone call: I called to congratulate her."),
        ("2026-10-25", "inbound", "Call: She rang about the flat."),
        ("2026-11-02", "inbound", "Coffee: she invited me"),
        ("2026-11-10", "mutual", "Call"),
    ]


def test_a_done_task_that_says_when_it_was_done_is_an_entry_of_that_day() -> None:
    """The Tasks plugin stamps a task done with its day (`✅ 2026-11-20`, or Dataview's
    `[completion:: 2026-11-20]`): in a person's note, a project's or a daily note's, the task is
    a contact on that day, read as an entry written `2026-11-20 ...` is. Open, it is still a
    follow-up; a done task with no real day is no entry."""
    n = note(
        "People/Sam.md",
        "- [x] Sent him the deck ✅ 2026-11-20\n- [x] Call about the job 📅 2026-11-18 ✅ 2026-11-19\n"
        "- [ ] Ask about Lisbon ✅ 2026-11-21\n- [x] Bought the book ✅ 2026-13-01\n",
    )
    assert [(m.date.isoformat(), m.direction, m.text) for m in n.entries] == [
        ("2026-11-20", "outbound", "Sent him the deck"),
        ("2026-11-19", "mutual", "Call about the job 📅 2026-11-18"),
    ]
    assert [f.text for f in n.follow_ups] == ["Ask about Lisbon ✅ 2026-11-21"]
    project = note(
        "Projects/Launch.md",
        "- [x] Email [[Bo]] the draft ✅ 2026-11-25\n- [x] [[Cy]] [completion:: 2026-11-26]\n",
    )
    assert [(m.date.isoformat(), m.targets) for m in project.entries] == [
        ("2026-11-25", ("Bo",)),
        ("2026-11-26", ("Cy",)),
    ]
    daily = note("Daily/2026-11-15.md", "- [x] Call [[Sam]] ✅ 2026-11-22\n")
    assert [(m.date.isoformat(), m.direction, m.targets) for m in daily.entries] == [
        ("2026-11-22", "outbound", ("Sam",))
    ]


def test_a_log_written_as_lines_of_text_is_read_line_by_line() -> None:
    """Owners write a log without bullets too, a line a day in one paragraph: each line that opens
    with a day is an entry, the lines after it, to the next, its own (its words too); a day alone is told by the
    line under it. A day written as no entry's is a problem, as on an item."""
    n = note(
        "People/Bo.md",
        "## Log\nWe met at a conference.\n**2026-11-20** — Coffee at Nopa. Talked about\nhis startup "
        "with [[Cy]].\nNov 3, 2026 — He texted me.\n2026-10-12\nEmailed him the photos.\n"
        "11/02/2026 lunch\n",
    )
    assert [(m.date.isoformat(), m.line, m.direction, m.text, m.targets) for m in n.entries] == [
        ("2026-11-20", 3, "mutual", "Coffee at Nopa. Talked about his startup with [[Cy]].", ("Cy",)),
        ("2026-11-03", 5, "inbound", "He texted me.", ()),
        ("2026-10-12", 6, "outbound", "Emailed him the photos.", ()),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (8, "'11/02/2026' is not a date vaultnet can be sure of")
    ]


def test_a_day_that_a_wrapped_sentence_runs_on_to_is_no_entry() -> None:
    """Prose wrapped at a width may put a day at the start of a line (`His flight leaves on` over
    `2026-12-13, so [[Bo]] and I said goodbye.`): the line before runs on into it (it ends with a
    word a day follows, or a comma), so the day is the sentence's, not an entry's: no contact or
    plan is made of it, and a fact under About stays whole."""
    daily = note(
        "journal/2026-11-20.md",
        "Coffee at the harbour this morning. His flight home leaves on\n"
        "2026-12-13, so [[Bo]] and I said our goodbyes.\n",
    )
    assert [(m.date.isoformat(), m.direction, m.targets) for m in daily.entries] == [
        ("2026-11-20", "mutual", ("Bo",))
    ]
    ana = note(
        "people/Ana.md",
        "## About\n\nShe is training for the Lisbon marathon, which takes place on\n"
        "2026-12-13 this year. She started at the design studio on\n2025-05-04, after six years in\n"
        "Porto,\n2025-06-01 being her first day.\n",
    )
    assert ana.entries == ()
    assert ana.facts == (
        "She is training for the Lisbon marathon, which takes place on\n2026-12-13 this year. She started "
        "at the design studio on\n2025-05-04, after six years in\nPorto,\n2025-06-01 being her first day.",
    )


def test_a_daily_notes_paragraph_wrapped_at_a_width_is_one_line() -> None:
    """A daily note written as prose in a plain editor wraps its sentences as it wraps an item:
    a paragraph whose lines name people on one of them is one line, read and quoted whole (a
    link whose text the wrap cut, too); one that names people on several lines is read a line
    at a time, as an item is."""
    n = note(
        "journal/2026-11-20.md",
        "Had a long lunch with [[Bo]] at the harbour; it was\nhis idea.\n\n"
        "This morning I finally sat down and called\n[[Cy]] about the flat.\n\n"
        "Coffee at the harbour with [Jane\nDoe](../people/Jane.md) this morning.\n\n"
        "Met [[Di]] at the cafe\nthen [[Eve]] called me\n",
    )
    assert [(m.line, m.targets, m.direction, m.text) for m in n.entries] == [
        (1, ("Bo",), "inbound", "Had a long lunch with [[Bo]] at the harbour; it was his idea."),
        (4, ("Cy",), "outbound", "This morning I finally sat down and called [[Cy]] about the flat."),
        (
            7,
            ("people/Jane",),
            "mutual",
            "Coffee at the harbour with [Jane Doe](../people/Jane.md) this morning.",
        ),
        (10, ("Di",), "mutual", "Met [[Di]] at the cafe"),
        (11, ("Eve",), "inbound", "then [[Eve]] called me"),
    ]


def test_an_entry_wrapped_at_a_width_is_one_text() -> None:
    """A log kept in a plain editor wraps its entries (`- 2026-11-02 Long lunch at the harbour,
    she` over `told me about the move.`): the entry's text is all its lines, as the pages quote
    it, and its words are read whole; a property Logseq writes under it is no text of it."""
    n = note(
        "People/Ana.md",
        "## Log\n- 2026-11-02 Long lunch at the harbour, she\n  told me about the move.\n"
        "  collapsed:: true\n- 2026-11-05 Called\n  her back about the flat\n",
    )
    assert [(m.line, m.direction, m.text) for m in n.entries] == [
        (2, "mutual", "Long lunch at the harbour, she told me about the move."),
        (5, "outbound", "Called her back about the flat"),
    ]


def test_a_daily_notes_item_wrapped_at_a_width_is_one_line() -> None:
    """A daily note kept in a plain editor wraps its items as a log does (`- Long lunch at the
    harbour with [[Ana]], she` over `told me about the move.`): an item whose lines name people
    on one of them is one line, its words read whole and quoted whole, from the item's first
    line. An item that names people on several of its lines says something of each on its own,
    and a property Logseq writes under it is none of its words; a name alone over what happened
    (`- [[Cy]]` over `called me back`) is read as it was."""
    n = note(
        "Daily/2026-11-20.md",
        "- Long lunch at the harbour with [[Ana]], she\n  told me about the move.\n  collapsed:: true\n"
        "- Had coffee this morning with\n  [[Bo]], who invited me\n"
        "- Good news today: [[Bo]]\n  called me about the flat\n"
        "- Met [[Di]] at the cafe\n  then [[Eve]] called me\n"
        "- [[Cy]]\n  called me back\n"
        "- Lunch with [[Fay]]\n2026-11-19 coffee with [[Gus]]\n",
    )
    assert [(m.line, m.targets, m.direction, m.text) for m in n.entries] == [
        (1, ("Ana",), "mutual", "Long lunch at the harbour with [[Ana]], she told me about the move."),
        (4, ("Bo",), "mutual", "Had coffee this morning with [[Bo]], who invited me"),
        (6, ("Bo",), "inbound", "Good news today: [[Bo]] called me about the flat"),
        (8, ("Di",), "mutual", "Met [[Di]] at the cafe"),
        (9, ("Eve",), "inbound", "then [[Eve]] called me"),
        (10, ("Cy",), "inbound", "[[Cy]]: called me back"),
        (12, ("Fay",), "mutual", "Lunch with [[Fay]]"),
        (13, ("Gus",), "mutual", "2026-11-19 coffee with [[Gus]]"),
    ]


LOGSEQ_BOOKKEEPING = (
    "  SCHEDULED: <2026-11-20 Fri>\n  :LOGBOOK:\n"
    "  CLOCK: [2026-11-20 Fri 12:00]--[2026-11-20 Fri 13:00] =>  01:00:00\n  :END:\n  id:: 6543\n"
)


def test_what_logseq_keeps_under_a_block_is_no_text_of_it() -> None:
    """Logseq writes its planning (`SCHEDULED: <2026-11-20 Fri>`), its drawers (`:LOGBOOK:` over
    the clock's lines, to `:END:`) and its properties under a block: none of it is what the
    owner wrote, in a journal's line, a log's entry or a task still to do (whose planning still
    says when it is due)."""
    journal = note(
        "journals/2026_11_20.md",
        "- DONE call [[Ana]] about the flat\n"
        + LOGSEQ_BOOKKEEPING
        + "- TODO ask [[Cy]]\n"
        + LOGSEQ_BOOKKEEPING,
    )
    assert [(m.line, m.text) for m in journal.entries] == [(1, "call [[Ana]] about the flat")]
    open_tasks = [(f.line, f.text, f.due) for f in journal.follow_ups if not f.done]
    assert open_tasks == [(7, "ask [[Cy]]", dt.date(2026, 11, 20))]
    log = note("pages/Bo.md", "tags:: person\n\n- [[Nov 20th, 2026]] called her back\n" + LOGSEQ_BOOKKEEPING)
    assert [(m.line, m.direction, m.text) for m in log.entries] == [(3, "outbound", "called her back")]


def test_a_logseq_query_names_nobody() -> None:
    """A Logseq macro (`{{query (and [[Ed]] (task TODO))}}`, `{{namespace [[Work]]}}`) lists
    what the graph holds when the page is shown: the pages it names are no contact in a journal,
    and no link of a person's; its words are no entry's text."""
    journal = note(
        "journals/2026_11_20.md",
        "- {{query (and [[Ed]] (task TODO))}}\n- Lunch with [[Fay]] {{renderer :wordcount}}\n",
    )
    assert [(m.targets, m.text) for m in journal.entries] == [(("Fay",), "Lunch with [[Fay]]")]
    page = note(
        "pages/Ana.md",
        "tags:: person\n\n- {{query (and [[Bo]] (task TODO))}}\n- Friends with [[Cy]]\n"
        "- [[Nov 20th, 2026]] she called {{query [[Di]]}}\n",
    )
    assert page.links == ("Cy",)
    assert [(m.direction, m.text) for m in page.entries] == [("inbound", "she called")]


def test_a_log_grouped_under_years_reads_its_days_in_the_year_above() -> None:
    """Owners group a long log under a heading per year and leave the year off each day
    (`### 2026` over `- Nov 3: coffee`): each day is of the year it is under, to the next heading
    as high. A day under no year is no entry, and a problem: which year is it? A month and a year
    (`March 2020`) is no entry, nor a problem."""
    n = note(
        "People/Ana.md",
        "- Nov 1: under no year\n"
        "## Log\n### 2026\n- Nov 3: coffee, she asked about my move\n- **12 Oct** — <- she called\n"
        "- Tue 6th of October -> lunch\n- March 2020 she moved to Berlin\n"
        "#### Sep 1st\nWe met at the gym.\n"
        "Aug 2 — walk\nAug 1 — [[Cy]] came too\n"
        "- Feb 30: no such day\n"
        "### 2025\n- Dec 1: I emailed her the paper\n"
        "## Later\n- Nov 5: not in a year\n- May 5th was her wedding\n",
    )
    assert [(m.date.isoformat(), m.line, m.direction, m.text) for m in n.entries] == [
        ("2026-11-03", 4, "mutual", "coffee, she asked about my move"),
        ("2026-10-12", 5, "inbound", "she called"),
        ("2026-10-06", 6, "outbound", "lunch"),
        ("2026-09-01", 8, "mutual", "We met at the gym."),
        ("2026-08-02", 10, "mutual", "walk"),
        ("2026-08-01", 11, "unknown", "[[Cy]] came too"),
        ("2025-12-01", 14, "outbound", "I emailed her the paper"),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (1, "'Nov 1' has no year"),
        (12, "'Feb 30' is not a day"),
        (16, "'Nov 5' has no year"),
    ]
    assert n.links == ("Cy",)


def test_a_line_of_text_opening_with_a_day_without_its_year_is_its_own_and_a_problem() -> None:
    """`Nov 12: texted him`, a line of text under no heading of its year, is no entry (which
    year?) and a problem, as it is when written as an item; it is neither more words of the entry
    above it (`2026-11-01: lunch`) nor what an entry that says only its kind was (`Call.`)."""
    n = note(
        "People/Bo.md",
        "## Log\n2026-11-01: lunch\nNov 12: texted him\n\n**2026-10-01**: Call.\n\nOct 3: he called\n",
    )
    assert [(m.date.isoformat(), m.line, m.text) for m in n.entries] == [
        ("2026-11-01", 2, "lunch"),
        ("2026-10-01", 5, "Call."),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (3, "'Nov 12' has no year"),
        (7, "'Oct 3' has no year"),
    ]


@pytest.mark.parametrize(
    ("table", "same"),
    [
        (
            "| Type | Date | Notes |\n|---|---|---|\n| Call | 2026-11-02 | she called about the job |\n| Coffee | 2026-11-10 | at Rosa's |\n",
            "| Date | Type | Notes |\n|---|---|---|\n| 2026-11-02 | Call | she called about the job |\n| 2026-11-10 | Coffee | at Rosa's |\n",
        ),
        (
            "| What | When | Who started |\n|-|-|-|\n| coffee at Rosa's | 2026-11-02 | Her |\n| lunch | **2026-11-09** | Me |\n",
            "| When | Who started | What |\n|-|-|-|\n| 2026-11-02 | Her | coffee at Rosa's |\n| **2026-11-09** | Me | lunch |\n",
        ),
    ],
)  # fmt: skip
def test_a_log_table_s_column_of_days_may_be_any(table: str, same: str) -> None:
    """A log kept as a table whose days are not in its first column (`| Type | Date | Notes |`)
    is read as the same table with that column first: its header names it (`Date`, `When`)."""

    def read(text: str) -> list[tuple[str, str, str]]:
        return [
            (m.date.isoformat(), m.direction, m.text)
            for m in note("People/Ana.md", "## Log\n" + text).entries
        ]

    assert read(table) == read(same) and len(read(same)) == 2


def test_a_log_grouped_under_months_reads_its_days_in_their_year() -> None:
    """A heading of a month and its year (`### November 2026`, `## Oct. 2025`, `### 2026-09`)
    gives the days under it their year, as a year's heading does. A heading of other words
    with a year in them is none (`### Trip 2026`)."""
    n = note(
        "People/Ana.md",
        "## Log\n### November 2026\n- Nov 20: coffee\n- Nov 3 -> wrote\n"
        "### Oct. 2025\n- 12 Oct — <- she called\n### 2026-09\n- Sep 1st: walk\n"
        "### may 2024\n- May 2: lunch\n### Trip 2026\n- Aug 1: not in a year\n",
    )
    assert [(m.date.isoformat(), m.direction) for m in n.entries] == [
        ("2026-11-20", "mutual"),
        ("2026-11-03", "outbound"),
        ("2025-10-12", "inbound"),
        ("2026-09-01", "mutual"),
        ("2024-05-02", "mutual"),
    ]


@pytest.mark.parametrize(
    ("said", "period"),
    [
        ("2026", (2026, None)), ("November 2026", (2026, 11)), ("Nov 2026", (2026, 11)),
        ("Nov. 2026", (2026, 11)), ("September, 2026", (2026, 9)), ("Sept 2026", (2026, 9)),
        ("may 2024", (2024, 5)), ("2026-11", (2026, 11)), ("2026-13", None), ("Novem 2026", None),
        ("Trip 2026", None), ("November", None), ("Nov 26", None), ("3026", None),
        ("Dezember 2026", (2026, 12)), ("Dez. 2026", (2026, 12)), ("diciembre de 2026", (2026, 12)),
        ("März 2026", (2026, 3)), ("févr. 2026", (2026, 2)), ("Dezemb 2026", None),
    ],
)  # fmt: skip
def test_a_heading_names_a_year_or_a_month_of_one(said: str, period: tuple[int, int | None] | None) -> None:
    assert heading_period(said) == period


@pytest.mark.parametrize(
    ("period", "likes", "written"),
    [
        ((2027, None), ["2026"], "2027"),
        ((2026, 12), ["November 2026"], "December 2026"),
        ((2026, 12), ["Nov. 2026"], "Dec. 2026"),
        ((2026, 12), ["sept 2026"], "dec 2026"),
        ((2026, 12), ["2026-11"], "2026-12"),
        ((2026, 12), ["May 2026", "June 2026"], "December 2026"),
        ((2026, 12), ["May 2026"], "Dec 2026"),
        ((2026, 12), ["Oktober 2026", "November 2026"], "Dezember 2026"),
        ((2026, 12), ["Okt. 2026"], "Dez. 2026"),
        ((2026, 12), ["noviembre de 2026"], "diciembre de 2026"),
        ((2026, 12), ["Oktober"], "Dezember"),
    ],
)
def test_a_new_heading_is_named_as_the_log_names_its_own(
    period: tuple[int, int | None], likes: list[str], written: str
) -> None:
    assert period_as_written(period, likes) == written


_DAY_STYLES = (
    "- {mon} {day}: ", "- {day} {mon} — ", "- **{month} {day}{th}** ", "- {day}{th} of {month}, ",
    "- {weekday} {mon} {day}: ", "| {mon} {day} | ", "{mon} {day} — ", "#### {month} {day}{th}\n",
)  # fmt: skip


@given(
    sections=st.lists(
        st.tuples(st.integers(1990, 2030), st.lists(st.integers(0, 364), max_size=5)), min_size=1, max_size=4
    ),
    style=st.sampled_from(_DAY_STYLES),
    level=st.integers(1, 3),
    heading=st.sampled_from(("{year}", "{month} {year}", "{mon}. {year}", "{year}-{mm}")),
)
@settings(max_examples=300, deadline=None)
def test_every_day_of_a_log_grouped_by_year_is_read_in_its_year(
    sections: list[tuple[int, list[int]]], style: str, level: int, heading: str
) -> None:
    """However a day without its year is written (items, rows, lines of text, headings), each is
    read in the year of the heading above it, a year's or a month's, and nothing else is read."""
    text, expected = "", []
    for year, offsets in sections:
        month = dt.date(year, year % 12 + 1, 1)
        named = heading.format(
            year=year, month=month.strftime("%B"), mon=month.strftime("%b"), mm=month.strftime("%m")
        )
        text += f"{'#' * level} {named}\n"
        for day in sorted({dt.date(year, 1, 1) + dt.timedelta(n) for n in offsets if n < 365}):
            if day.year != year:
                continue
            th = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
            month = day.strftime("%B")
            head = style.format(mon=month[:3], month=month, day=day.day, th=th, weekday=day.strftime("%a"))
            text += f"{head}coffee\n\n"
            expected.append(day)
        text += "\n"
    got = note("People/Ana.md", text)
    assert [m.date for m in got.entries] == expected, text
    assert got.problems == ()


@pytest.mark.parametrize(
    ("like", "day", "written"),
    [
        ("Nov 3: coffee", D(2026, 12, 2), "Dec 2:"),
        ("12 Oct — she called", D(2026, 12, 2), "2 Dec —"),
        ("**Tue 6th of October** -> lunch", D(2026, 12, 11), "11th of December"),
        ("November 3rd, coffee", D(2026, 12, 23), "December 23rd,"),
        ("june 03 x", D(2026, 12, 2), "december 02"),
        ("Sept 3 x", D(2026, 12, 12), "Dec 12"),
        ("3 August: x", D(2026, 12, 1), "1 December:"),
        ("2026-11-03 x", D(2026, 12, 2), None),
        ("Nov 3, 2026 x", D(2026, 12, 2), None),
        ("9. November: Kaffee", D(2026, 12, 2), "2. Dezember:"),
        ("9. Nov: Kaffee", D(2026, 12, 2), "2. Dez:"),
        ("09.11.: Kaffee", D(2026, 12, 2), "02.12.:"),
        ("Mo, 9.11.: Kaffee", D(2026, 12, 12), "12.12.:"),
        ("9 de noviembre: café", D(2026, 12, 2), "2 de diciembre:"),
    ],
)
def test_a_day_is_written_without_its_year_as_a_line_writes_one(
    like: str, day: D, written: str | None
) -> None:
    """`vaultnet log` in a log grouped by year writes the day as the log does: order, month's
    name as long and in its case, an ordinal (11th, 12th, 13th), the separator after it."""
    assert day_as_written(day, like) == written


@pytest.mark.parametrize(
    ("like", "heads", "day", "written"),
    [
        ("Nov 3, 2026: coffee", (), D(2027, 1, 22), "Jan 22, 2027"),
        ("November 13th, 2026 x", (), D(2026, 12, 1), "December 1st, 2026"),
        ("03 NOV 2026 x", (), D(2026, 12, 1), "01 DEC 2026"),
        ("3rd of November 2026 — x", (), D(2026, 12, 2), "2nd of December 2026"),
        ("3. Oktober 2026: <- Anruf", (), D(2026, 12, 1), "1. Dezember 2026"),
        ("1er mai 2026 : x", ("2 novembre 2026 x",), D(2026, 12, 21), "21 décembre 2026"),
        ("14 févr. 2026 — x", (), D(2026, 12, 1), "1 déc. 2026"),
        ("3 de octubre de 2026: x", (), D(2026, 12, 1), "1 de diciembre de 2026"),
        ("2 fevrier 2026 x", (), D(2026, 12, 1), "1 decembre 2026"),  # written without its accents
        ("Oct 3, 2026 x", ("2 Oktober 2026 x",), D(2026, 12, 1), None),  # no one language
        # Names several languages share: the log's weekdays, a day written `3.`, the case tell
        ("3. November 2026: Kaffee", ("14. September 2026: x",), D(2026, 12, 1), "1. Dezember 2026"),
        ("Dienstag, 3. November 2026: Kaffee", (), D(2026, 5, 2), "2. Mai 2026"),
        ("martedì 3 novembre 2026 x", (), D(2026, 12, 1), "1 dicembre 2026"),
        ("3 oktober 2026: koffie", (), D(2026, 12, 1), "1 december 2026"),
        ("3 juni 2026 x", (), D(2026, 5, 1), "1 mei 2026"),
        ("3 Oktober 2026 x", (), D(2026, 12, 1), "1 Dezember 2026"),
        ("3 November 2026 x", (), D(2026, 5, 1), "1 May 2026"),
        ("3 nov 2026 x", (), D(2026, 12, 1), "1 dec 2026"),  # a short name says no language
        ("3 mai 2026 x", (), D(2026, 12, 1), "1 décembre 2026"),
        # French names in English's order: no language the reader reads back, so written in ISO
        ("Nov 5, 2026: x", ("3 novembre 2026 : café",), D(2026, 12, 1), None),
        ("2026-11-03 x", (), D(2026, 12, 1), None),
        ("[[Nov 3rd, 2026]] x", (), D(2026, 12, 1), None),  # a link: written as one
        ("Nov 3: coffee", (), D(2026, 12, 1), None),  # no year: `day_as_written`'s
    ],
)
def test_a_day_is_written_with_its_months_name_as_a_line_writes_one(
    like: str, heads: tuple[str, ...], day: D, written: str | None
) -> None:
    """`vaultnet log` in a log whose days are written with their month's name and year writes
    its entry's so: in the log's order, number style and language, which its other entries tell
    (`mai` is German's and French's; `novembre` says which), else the names of its weekdays, a
    day written `3.` (German), or months written whole in lower case (not English nor German);
    English where nothing tells. Only a day the reader reads back as that day."""
    assert named_day_as_written(day, like, heads) == written
    if written is not None:
        assert note("People/A.md", f"- {written}: x\n").entries[0].date == day  # read back


@pytest.mark.parametrize(
    "nav",
    [
        "[[2026-11-01|← Yesterday]] | [[2026-11-03|Tomorrow →]]",
        "[[2026-11-01]] · [[Daily/2026-11-03]] >>",
        "[[Nov 1st, 2026]] [[Nov 3rd, 2026]]",
        "2026-11-01 · [[2026-11-03]]",
    ],
)
def test_links_to_the_days_either_side_open_no_entry(nav: str) -> None:
    """A daily note's first line often links the days before and after it; text under it is the
    note's own day's, not the day before's. A day and text, or a day and a person, is an entry."""
    ana = [m for m in mentions("Daily/2026-11-02.md", f"{nav}\nCoffee with [[Ana]].\n") if "Ana" in m[2]]
    assert ana == [(D(2026, 11, 2), "mutual", ("Ana",))]
    assert mentions("Daily/2026-11-02.md", "[[2026-11-01]] | [[Ana]]\n") == [
        (D(2026, 11, 1), "unknown", ("Ana",))
    ]
    trip = note("People/Ana.md", "- 2026-11-01 – [[2026-11-03]] Lisbon trip\n").entries
    assert [(e.date, e.text) for e in trip] == [(D(2026, 11, 1), "[[2026-11-03]] Lisbon trip")]


@pytest.mark.parametrize("time", ["14:30", "14:30–15:00", "2:30 pm", "09:00:00+01:00"])
def test_a_time_before_a_dated_notes_mark_is_skipped(time: str) -> None:
    assert mentions("Daily/2026-11-02.md", f"- {time} -> called [[Eli]]\n") == [
        (D(2026, 11, 2), "outbound", ("Eli",))
    ]


def test_a_log_grouped_under_months_reads_days_written_without_their_month() -> None:
    """Under a month's heading (`### November 2026`, or `### November` under `## 2026`) owners
    write only the day of the month: `- 2nd: coffee`, `- 10 — <- she called`, `#### 14th`. A
    day's number needs its separator (`- 3 people came` is no day) and a month above it (`- 5:`
    under a heading of the year alone, or of anything else, is no entry); a day the month does
    not have is a problem."""
    n = note(
        "People/Ana.md",
        "## Log\n### November 2026\n- 2nd: coffee\n- 10 — <- she called\n- 3 people came to the party\n"
        "#### 14th\nLunch at the harbour.\n"
        "## 2025\n### December\n- **1st**: I emailed her\n### Notes\n- 5: under a year alone\n"
        "### February\n- 30: no such day\n## Later\n### March\n- 4: in no year\n",
    )
    assert [(m.date.isoformat(), m.direction, m.text) for m in n.entries] == [
        ("2026-11-02", "mutual", "coffee"),
        ("2026-11-10", "inbound", "she called"),
        ("2026-11-14", "mutual", "Lunch at the harbour."),
        ("2025-12-01", "outbound", "I emailed her"),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [(14, "'30' is not a day")]


def test_a_log_grouped_under_years_reads_german_and_spanish_days_without_their_year() -> None:
    """German and Spanish owners write a day without its year their way: `9. November`, `9. Nov`
    (to Markdown, inside a bullet, a numbered list), `09.11.`, `9 de noviembre`, after the day's
    name too (`Mo, 09.11.`), under a heading of its year or its month, in their own language too
    (`### Dezember 2026`, `### diciembre de 2025`, `### Dez.` under `## 2024`). Under no such
    heading each is a problem, as `9 Nov` is. Another language's month cut to an English word
    (`out`: Portuguese's October) is a day only when a separator sets it apart."""
    n = note(
        "People/Ana.md",
        "## Log\n### November 2026\n- 9. November: Kaffee\n- 10.11.: Kaffee\n- 11. Nov: Kaffee\n"
        "- 12 de noviembre: café\n- Mo, 16.11.: Anruf\n- Dienstag, 17. November: Essen\n"
        "- 3 out of 5 came\n- 18 novembre : café\n"
        "### Dezember 2026\n- 1. Dezember: Kaffee\n### diciembre de 2025\n- 2 de diciembre: café\n"
        "## 2024\n### Dez.\n- 03.12.: Kaffee\n- 31.11.: no such day\n"
        "## Später\n- 9. November: Kaffee\n- 09.11.: Kaffee\n- 9 de noviembre: café\n- 9 Nov: coffee\n",
    )
    assert [m.date.isoformat() for m in n.entries] == [
        "2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-16", "2026-11-17",
        "2026-11-18", "2026-12-01", "2025-12-02", "2024-12-03",
    ]  # fmt: skip
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [
        (18, "'31.11.' is not a day"),
        (20, "'9. November' has no year"),
        (21, "'09.11.' has no year"),
        (22, "'9 de noviembre' has no year"),
        (23, "'9 Nov' has no year"),
    ]


def test_a_day_written_with_dots_after_the_days_name_opens_an_entry() -> None:
    """`Mo, 09.11.2026`, `Montag, 09.11.2026`: a German day in full, its name first, opens an entry
    of that day, as `09.11.2026` alone does; under a heading of another day it is no more words of
    that day's entry (`### Montag, 2. November 2026`)."""
    n = note(
        "People/Ana.md",
        "## Log\n- Mo, 09.11.2026: Kaffee\n- **Di., 10.11.2026** <- Anruf\n\nMittwoch, 11.11.2026: Essen\n\n"
        "### Montag, 2. November 2026\n- Treffen\n- Mo, 23.11.2026: Anruf von ihr\n"
        "- So, 31.11.2026: no such day\n",
    )
    assert [(m.date.isoformat(), m.text) for m in n.entries] == [
        ("2026-11-09", "Kaffee"),
        ("2026-11-10", "Anruf"),
        ("2026-11-11", "Essen"),
        ("2026-11-02", "Treffen"),
        ("2026-11-23", "Anruf von ihr"),
    ]
    assert [(p.line, p.message.split(":")[0]) for p in n.problems] == [(10, "'31.11.2026' is not a day")]


def test_an_obsidian_comment_across_lines_gives_no_entry() -> None:
    text = "---\nfacts: [x]\n---\n%%\n- 2026-11-12 ← inside an Obsidian comment block\n%%\n- 2026-11-02 -> call\n"
    assert [(e.date, e.line) for e in note("People/Tim.md", text).entries] == [(D(2026, 11, 2), 7)]


def test_a_binary_file_is_not_read_but_a_stray_nul_in_text_is() -> None:
    binary = note("People/Binary.md", b"\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe- 2026-11-02 -> x\n")
    assert (binary.kind, binary.entries) == ("other", ())
    assert [(p.line, p.message) for p in binary.problems] == [(0, "binary file, not read")]
    text = note("People/Tim.md", "- 2026-11-02 -> call\x00 about é\n".encode())
    assert (text.kind, [e.text for e in text.entries], text.problems) == ("person", ["call about é"], ())


@pytest.mark.parametrize(
    ("file", "says"),
    [
        ("Daily/2026-02-29.md", "is not a real day"),
        ("journals/2026_13_01.md", "is not a real day"),
        ("2026-11-31 Call.md", "is not a real day"),
        ("Weekly/2025-W53.md", "is no real week"),  # 2025 has 52
        ("Weekly/2026-W00 Review.md", "is no real week"),
        ("Daily/2026-W47-8.md", "is no real week (or day of one)"),
    ],
)
def test_a_daily_note_named_for_no_real_day_is_a_problem(file: str, says: str) -> None:
    n = note(file, "- lunch with [[Eli]]\n")
    assert n.kind != "dated"
    assert [(p.line, says in p.message) for p in n.problems] == [(0, True)]


@pytest.mark.parametrize(
    ("file", "daily", "says"),
    [
        ("Daily/20-11-2026.md", None, "has its year last, which vaultnet reads only as"),  # no month 20
        ("Daily/05-11-2026.md", None, "has its year last, so which part is the day is a guess"),
        ("Daily/20-11-2026.md", None, "(set daily_format in vaultnet.toml: DD-MM-YYYY)"),  # 20: the day
        ("Daily/11_05_2026 Standup.md", None, "vaultnet.toml: DD_MM_YYYY or MM_DD_YYYY)"),
        ("Daily/11-20-2026.md", "DD-MM-YYYY", "is no day in daily_format 'DD-MM-YYYY'"),
    ],
)
def test_a_note_named_with_its_year_last_is_a_problem_until_the_format_is_set(
    file: str, daily: str | None, says: str
) -> None:
    n = note(file, "- lunch with [[Eli]]\n", Config(daily_format=daily))
    assert n.kind != "dated"
    assert [(p.line, says in p.message) for p in n.problems] == [(0, True)]
    assert note("Notes/3-2-1 launch plan.md", "x\n").problems == ()  # no year: not a day's name
    for digits in ("20261399 x", "12345678", "2026110312 x"):  # no day, or no time after it: a number
        assert (
            note(f"Notes/{digits}.md", "- [[Eli]]\n").kind,
            note(f"Notes/{digits}.md", "x\n").problems,
        ) == ("other", ())


@pytest.mark.parametrize(
    ("file", "says"),
    [
        ("Daily/19-03-04.md", "'19-03-04' is a day with a two-digit year"),
        ("Daily/19-03-04.md", "(set daily_format in vaultnet.toml: YY-MM-DD or DD-MM-YY)"),  # no month 19
        ("Daily/04-03-19.md", "vaultnet.toml: YY-MM-DD or DD-MM-YY or MM-DD-YY)"),
        ("Daily/190304.md", "vaultnet.toml: YYMMDD or DDMMYY)"),
        ("Daily/19-03-04 Monday.md", "'19-03-04' is a day with a two-digit year"),
        ("Daily/19-03-04 mon.md", "'19-03-04' is a day with a two-digit year"),
    ],
)
def test_a_note_named_for_a_day_with_a_two_digit_year_is_a_problem_when_it_tells_of_people(
    file: str, says: str
) -> None:
    """Named as a daily note with a two-digit year (`19-03-04.md`), a note that links people is
    one whose day is a guess: a problem that says to set daily_format, as a name with its year
    last is. Linking no one, or no day in any order (`10-12`, `2-1-1`, `12.34.56`), or more than
    the day in its name (`11-22-33 locker`), or dots or underscores between its numbers (section
    numbers, `01.02.03 Intro`), it is a name like any other: no problem, so that numbers and
    versions fill no list."""
    n = note(file, "- coffee with [[Tom Reed]]\n")
    assert n.kind != "dated"
    assert [(p.line, says in p.message) for p in n.problems] == [(0, True)]
    assert note(file, "Release notes: faster start\n").problems == ()
    for name in ("10-12", "2-1-1", "12.34.56", "1.2.3", "123456", "19-03-04-05", "1903041"):
        assert note(f"Notes/{name}.md", "- coffee with [[Tom Reed]]\n").problems == (), name
    for name in (
        *("Chapters/01.02.03 Intro", "Bible/01.01.01", "Projects/10.12.13 release notes", "Daily/04.03.19"),
        *("Codes/11-22-33 locker", "Finance/20-03-19 groceries", "Daily/19_03_04", "Daily/19-03-04 Standup"),
    ):
        assert note(f"{name}.md", "- coffee with [[Tom Reed]]\n").problems == (), name


def test_a_two_digit_year_is_read_once_the_daily_format_says_so() -> None:
    n = note("Daily/19-03-04 Monday.md", "- coffee with [[Tom Reed]]\n", Config(daily_format="YY-MM-DD"))
    assert (n.kind, n.date, n.problems) == ("dated", D(2019, 3, 4), ())
    other = note("Daily/19-03-04.md", "- coffee with [[Tom Reed]]\n", Config(daily_format="YYYY-MM-DD"))
    assert [p.message.split(":")[0] for p in other.problems] == [
        "the name '19-03-04' is no day in daily_format 'YYYY-MM-DD'"
    ]


@pytest.mark.parametrize(
    ("file", "date"),
    [
        ("Daily/20.11.2026.md", D(2026, 11, 20)),
        ("Daily/11.05.2026 Standup.md", D(2026, 5, 11)),
        ("Daily/11.26.2026.md", D(2026, 11, 26)),  # no month 26: read so only
    ],
)
def test_a_note_named_with_dots_and_its_year_last_is_named_day_first(file: str, date: dt.date) -> None:
    """Dots are how Germany and most of Europe write a day, day first (as a value and a log's day
    are read): a note so named is that day's note, with no daily_format to say so."""
    n = note(file, "- lunch with [[Eli]]\n")
    assert (n.kind, n.date, n.problems) == ("dated", date, ())


def test_a_note_named_for_no_real_day_with_a_front_matter_date_is_read_on_that_date() -> None:
    n = note("Daily/2026-02-29.md", "---\ndate: 2026-02-28\n---\n- lunch with [[Eli]]\n")
    assert (n.kind, n.date, n.problems) == ("dated", D(2026, 2, 28), ())


def test_a_task_nested_under_a_persons_item_is_theirs() -> None:
    """An outliner writes a day as a bullet of a person with what to do under it (`- [[Priya]]`
    over `- TODO send her the deck`): a task that names no one is the follow-up of the people of
    the item it is in (the nearest that names any), as a line under it tells of them; one that
    names someone is theirs alone. In a dated note, a Logseq journal and any other note alike."""
    text = (
        "- [[Priya]]\n  - [ ] send her the deck\n  - notes\n    - [ ] book the room\n"
        "  - [ ] intro [[Tom]]\n- [ ] buy milk\n- [[Uma]]\n\n## Later\n\n  - [ ] not hers: under a heading\n"
    )
    for file in ("Daily/2026-11-20.md", "Projects/Launch.md"):
        assert [f.targets for f in note(file, text).follow_ups] == [
            ("Priya",),
            ("Priya",),
            ("Tom",),
            (),
            (),
        ], file
    logseq = "- [[Priya]]\n\t- TODO send her the deck\n\t- coffee, she's raising a round\n"
    assert [f.targets for f in note("journals/2026_11_20.md", logseq).follow_ups] == [("Priya",)]


def test_a_templater_command_left_in_the_text_is_no_ones_words() -> None:
    """A Templater command the plugin did not run (`<% tp.file.cursor() %>`) is what the template
    meant to write, not what the owner wrote: no fact, no text of an entry or a line, as
    Logseq's macros are none."""
    n = note(
        "People/Fatima.md",
        '---\ntags: [person]\n---\n## About\n- <% tp.file.cursor() %>\n\nCreated: <% tp.date.now("YYYY-MM-DD") %>\n'
        "\n## Log\n- 2026-11-02 <% tp.file.cursor() %> coffee at Rosa's\n",
    )
    assert n.facts == ()
    assert [(m.direction, m.text) for m in n.entries] == [("mutual", "coffee at Rosa's")]
    daily = note("Daily/2026-11-20.md", "- Lunch with [[Bo]] <%* tR += 'x' %>\n")
    assert [(m.targets, m.text) for m in daily.entries] == [(("Bo",), "Lunch with [[Bo]]")]
    script = (  # a script over lines, as Templater's `<%* ... %>` runs one
        '<%*\nconst guests = ["[[Cy]]", "[[Di]]"];\nfor (const g of guests) { tR += `- Coffee with ${g}\\n`; }\n%>\n'
        "- Walk with [[Ed]]\n"
    )
    daily = note("Daily/2026-11-21.md", script)
    assert [(m.targets, m.text) for m in daily.entries] == [(("Ed",), "Walk with [[Ed]]")]
    assert daily.links == ("Ed",)


def test_a_note_named_for_a_day_is_that_days_note_whatever_its_template_left() -> None:
    """A daily or meeting note whose template left a value unfilled (`created: <%
    tp.file.creation_date() %>`) is still the note of the day its name gives: its contacts and
    follow-ups count. A note tagged a template is one, named for a day or not."""
    daily = note(
        "Journal/2026-11-16.md",
        "---\ncreated: <% tp.file.creation_date() %>\n---\n## Log\n- Walk with [[Hana]] along the river\n",
    )
    assert (daily.kind, daily.date) == ("dated", dt.date(2026, 11, 16))
    assert [(m.targets, m.direction) for m in daily.entries] == [(("Hana",), "mutual")]
    meeting = note(
        "Meetings/2026-11-25 Sync.md",
        '---\ntype: meeting\nattendees: ["[[Ana]]"]\ncreated: <% tp.file.creation_date("YYYY-MM-DD") %>\n---\n'
        "- [ ] [[Ana]] to send the deck\n",
    )
    assert meeting.kind == "dated" and [m.targets for m in meeting.entries] == [("Ana",)]
    assert [f.text for f in meeting.follow_ups] == ["[[Ana]] to send the deck"]
    assert note("Daily/2026-11-16.md", "---\ntags: [template]\n---\n- Walk with [[Hana]]\n").kind == "other"


def test_block_properties_under_an_items_words_are_that_items() -> None:
    """Logseq writes whom a block was with as its properties, under its words (`- Coffee at
    Rosa's` over `with:: [[Hana]]`): the item's words tell what was done with them, as one line;
    `attendees::` or a `type:: meeting` make the block a meeting, mutual with its people and
    those of the items nested in it, as a meeting tag on it does. Other properties are none of
    its words (`collapsed:: true`: the item's words tell its children's people)."""
    n = note(
        "journals/2026_11_17.md",
        "- Coffee at Rosa's\n  with:: [[Hana]]\n"
        "- Project sync\n  attendees:: [[Ana]]\n"
        "- Planning\n  type:: meeting\n\t- [[Bo]]\n"
        "- Lunch\n  collapsed:: true\n\t- [[Cy]] joined later\n",
    )
    assert [(m.line, m.targets, m.direction, m.text) for m in n.entries] == [
        (1, ("Hana",), "mutual", "Coffee at Rosa's with [[Hana]]"),
        (3, ("Ana",), "mutual", "Project sync with [[Ana]]"),
        (7, ("Bo",), "mutual", "[[Bo]]"),
        (10, ("Cy",), "mutual", "Lunch: [[Cy]] joined later"),
    ]


def test_a_nested_item_names_people_of_its_parents_contact() -> None:
    """An item nested under one that tells a contact, and that names people alone, names people
    of that contact (spec 1.5: `- Coffee with [[Ana]]` over `- [[Bo]], [[Gus]]`: they were at
    the coffee too), in its direction; a nested line with words of its own is read by them (`she
    told me about [[Cy]]'s move` says nothing of a contact with Cy; `[[Bo]] joined us` does)."""
    n = note(
        "journals/2026_11_26.md",
        "- Coffee with [[Ana]] at Nopa\n\t- [[Bo]], [[Gus]]\n\t- she told me about [[Cy]]'s move\n"
        "- -> Called [[Di]]\n\t- [[Eve]]\n"
        "- Lunch\n\t- with [[Fay]]\n\t\t- [[Hal]] joined us\n",
    )
    assert [(m.targets, m.direction, m.inferred) for m in n.entries] == [
        (("Ana",), "mutual", True),
        (("Bo", "Gus"), "mutual", True),
        (("Cy",), "unknown", False),
        (("Di",), "outbound", False),
        (("Eve",), "outbound", False),
        (("Fay",), "mutual", True),
        (("Hal",), "mutual", True),
    ]


def test_a_weekly_notes_day_headings_give_their_lines_that_day() -> None:
    """A weekly note kept a section a day (`### Monday`, `### Friday`, `## Wednesday, Nov 18`, as
    Periodic Notes templates write it) tells each section's lines on its day of the note's week,
    not all on the Monday; a line above them stays on the Monday, and a note of one day of a
    week (`2026-W47-5`) reads no weekday as a day."""
    n = note(
        "Journal/2026-W47.md",
        "- Planned the week with [[Cy]]\n### Monday\n- Standup with [[Ana]]\n\n### Friday\n- ☕ with [[Ana]]\n"
        "#### Notes\n- [[Bo]] called me\n\n## Wednesday, Nov 18\n- lunch with [[Bo]]\n## Review\n- [[Di]] emailed me\n",
    )
    assert [(m.date.isoformat(), m.targets) for m in n.entries] == [
        ("2026-11-16", ("Cy",)),
        ("2026-11-16", ("Ana",)),
        ("2026-11-20", ("Ana",)),
        ("2026-11-20", ("Bo",)),
        ("2026-11-18", ("Bo",)),
        ("2026-11-16", ("Di",)),
    ]
    day = note("Daily/2026-W47-5.md", "### Monday\n- Standup with [[Ana]]\n")
    assert [m.date.isoformat() for m in day.entries] == ["2026-11-20"]


def test_a_markdown_link_to_a_note_without_its_extension_is_a_link() -> None:
    """Foam and static sites link a note without `.md` (`[Jane](people/jane-doe)`,
    `[Jane](../people/jane-doe)`): a link to the note as with it; a link to another kind of file
    (`photo.png`), a site or an anchor is none."""
    n = note(
        "journal/2026-11-08.md",
        "- Emailed [Jane](people/jane-doe) the photos.\n- Called [Bo](../people/bo-lind#log) back\n"
        "- Sent [the photo](img/photo.png) to [Cy](<../people/cy lee>)\n- Read [the post](https://x.org/a)\n"
        "- Went [up](#top)\n- Coffee with [Bobby]([[Bo]]) at the market\n",
    )
    assert [(m.targets, m.direction) for m in n.entries] == [
        (("people/jane-doe",), "outbound"),
        (("people/bo-lind",), "outbound"),
        (("people/cy lee",), "outbound"),
        (("Bo",), "mutual"),  # Logseq's link to a page under words of its own
    ]


def test_a_logseq_namespace_of_people_is_a_people_folder() -> None:
    """Logseq files pages in namespaces as other tools in folders (`people/Ivy`, in the file
    `pages/people___Ivy.md`): a page in a namespace named as a people folder is a person's, as
    a note in such a folder is; one in another namespace is not."""
    ivy = note("pages/people___Ivy.md", "- designer I met at a meetup\n")
    assert (ivy.kind, ivy.name) == ("person", "Ivy")
    assert note("pages/contacts%2FBo Lind.md", "- met at a fair\n").kind == "person"
    assert note("pages/projects___Apollo.md", "- the launch\n").kind == "other"


def test_a_line_that_opens_with_what_is_still_to_do_is_a_plan_whatever_its_length() -> None:
    """`Need to post the birthday card to [[Fatima]]`: a to-do written without a box is a plan
    however many words stand before the person (the phrase table's `need to … X` allows a few);
    a done task, or a deed the line reports before it (`Called [[Bo]], need to ...`), is not."""
    n = note(
        "Daily/2026-11-25.md",
        "- Need to post the birthday card to [[Fatima]]\n- I should really go and visit [[Gus]] in Leeds\n"
        "- To do: send the signed lease back to [[Hal]]\n- [x] Need to post the birthday card to [[Ida]]\n"
        "- Called [[Bo]], need to send him the deck\n- Will and [[Jo]] came over for dinner\n",
    )
    assert [(m.targets, m.direction) for m in n.entries if not m.aside] == [
        (("Ida",), "outbound"),
        (("Bo",), "outbound"),
        (("Jo",), "inbound"),  # Will is a name: only `I will` says what is to do
    ]
    assert {m.targets[0] for m in n.entries if m.aside} == {"Fatima", "Gus"}
    assert [f.targets for f in n.follow_ups if not f.done] == [("Hal",)]  # a label of a to-do: a follow-up


def test_what_a_front_matter_map_holds_is_read_as_its_keys_say() -> None:
    """Power users nest what they know in maps (`family: {partner: João, kids: [Lia, Tomás]}`,
    `location: {city: Lisbon, country: Portugal}`): a map under a key of what is known gives a
    fact of each of its texts, labelled by its own key; a location map is its places, in order."""
    n = note(
        "People/Carla.md",
        "---\ntags: [person]\nfamily:\n  partner: João\n  kids: [Lia, Tomás]\n  pets: 2\n"
        "location:\n  city: Lisbon\n  country: Portugal\n---\n",
    )
    assert n.facts == ("partner: João", "kids: Lia", "kids: Tomás")
    assert n.location == "Lisbon, Portugal"


def test_a_dendron_hierarchy_of_people_is_a_people_folder() -> None:
    """Dendron files notes in a hierarchy of dotted names (`people.priya-shah.md`), titled by its
    `title:`: under a hierarchy named as a people folder, a person's note, named by the title that
    spells its last part (not read as a job's title)."""
    priya = note("notes/people.priya-shah.md", "---\ntitle: Priya Shah\n---\n")
    assert (priya.kind, priya.name, priya.org) == ("person", "Priya Shah", None)
    assert note("notes/projects.apollo.md", "---\ntitle: Apollo\n---\n").kind == "other"
    assert note("notes/J.R.R. Tolkien.md", "---\ntitle: Tolkien\n---\n").kind == "other"


def test_a_logseq_page_with_a_dot_in_its_name_is_still_in_its_namespace() -> None:
    """A dot in a Logseq page's name (`people/J.Doe`) is no Dendron hierarchy: the page is in the
    namespace its name gives."""
    assert note("pages/people___J.Doe.md", "- met at a fair\n").kind == "person"
