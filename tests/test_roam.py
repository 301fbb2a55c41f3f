"""Notes written in Roam Research (and exported as Markdown): its task macros, its tags written as
links, its properties of tags."""

from __future__ import annotations

import datetime as dt

import pytest

from vaultnet.config import Config
from vaultnet.read.note import parse_note
from vaultnet.vault.load import load_vault

D = dt.date


def note(file: str, text: str):  # type: ignore[no-untyped-def]
    return parse_note(file, text.encode(), Config())


# --- Roam's task macros -------------------------------------------------------------------------


@pytest.mark.parametrize("macro", ["{{[[TODO]]}}", "{{TODO}}"])
def test_a_roam_todo_is_an_open_follow_up_not_a_contact(macro: str) -> None:
    """Roam writes a task as a macro, `{{[[TODO]]}}` (or `{{TODO}}`): an open task, as Logseq's
    `TODO` is, so no contact (not the `email X` a done task says you did) and a follow-up of the
    people it names, its words without the macro."""
    daily = note(
        "December 3rd, 2020.md",
        f"- {macro} email [[Jonas Berg]] about the bike\n- Coffee with [[Maya]]\n",
    )
    assert [m.targets for m in daily.entries] == [("Maya",)]
    open_tasks = [(f.line, f.text, f.targets, f.done) for f in daily.follow_ups]
    assert open_tasks == [(1, "email [[Jonas Berg]] about the bike", ("Jonas Berg",), False)]


@pytest.mark.parametrize("macro", ["{{[[DONE]]}}", "{{DONE}}"])
def test_a_roam_done_task_is_read_as_logseqs_done(macro: str) -> None:
    """`{{[[DONE]]}}` is a task done, as Logseq's `DONE` is: in a daily note, what you did that
    day (`called X`, your call), and a done follow-up that closes its open copies."""
    daily = note("December 3rd, 2020.md", f"- {macro} called [[Keiko Tanaka]] about her new job\n")
    logseq = note("journals/2020_12_03.md", "- DONE called [[Keiko Tanaka]] about her new job\n")
    said = [(m.date, m.direction, m.text, m.targets) for m in daily.entries]
    assert said == [
        (D(2020, 12, 3), "outbound", "called [[Keiko Tanaka]] about her new job", ("Keiko Tanaka",))
    ]
    assert said == [(m.date, m.direction, m.text, m.targets) for m in logseq.entries]
    assert [(f.text, f.done) for f in daily.follow_ups] == [
        ("called [[Keiko Tanaka]] about her new job", True)
    ]


def test_a_roam_task_after_a_logs_day_is_that_task() -> None:
    """In a person's log, Roam's task after the entry's day (`- [[January 12th, 2021]]
    {{[[TODO]]}} send her the book list`) is the task of that line, as a box opening it would be:
    open, a follow-up of hers and no contact; done, an entry of its day."""
    maya = note(
        "Roam/Maya Lindqvist.md",
        "- Tags:: #person\n- Log\n"
        "    - [[December 3rd, 2020]] coffee at Fabrica, she reached out\n"
        "    - [[January 12th, 2021]] {{[[TODO]]}} send her the book list\n"
        "    - [[January 14th, 2021]] {{[[DONE]]}} sent her the book list\n",
    )
    assert [(m.date, m.direction, m.text) for m in maya.entries] == [
        (D(2020, 12, 3), "inbound", "coffee at Fabrica, she reached out"),
        (D(2021, 1, 14), "outbound", "sent her the book list"),
    ]
    assert [(f.line, f.text, f.done) for f in maya.follow_ups if not f.done] == [
        (4, "[[January 12th, 2021]] send her the book list", False)
    ]


def test_a_roam_task_under_a_persons_bullet_is_theirs_and_tells_nothing_of_the_day() -> None:
    """An outline's `- [[Maya]]` over `- {{[[TODO]]}} send her the book list` is her follow-up,
    as under Logseq's `TODO`; nor is a task, Roam's or Logseq's, what a bare day over it says
    happened."""
    daily = note("January 12th, 2021.md", "- [[Maya Lindqvist]]\n    - {{[[TODO]]}} send her the book list\n")
    assert [(f.text, f.targets) for f in daily.follow_ups] == [
        ("send her the book list", ("Maya Lindqvist",))
    ]
    assert [m.direction for m in daily.entries] == ["unknown"]
    for task in ("{{[[TODO]]}}", "TODO", "TODO:"):
        log = note("People/Bo.md", f"## Log\n- 2021-01-12\n    - {task} send him the photos\n")
        assert [(m.direction, m.text) for m in log.entries] == [("unknown", "")], task
        assert [f.text for f in log.follow_ups] == ["send him the photos"]


@pytest.mark.parametrize(
    "line",
    [
        "{{[[embed]]: ((5fGh3k9Lm))}} lunch with [[Ana]]",  # another macro: still no words
        "{{todo}} lunch with [[Ana]]",  # not Roam's: it writes the word in capitals
        "{{[[TODO]] lunch with [[Ana]]",  # no macro
        "{{[[query]]: {and: [[TODO]] [[Bo]]}}} lunch with [[Ana]]",
    ],
)
def test_only_roams_task_macros_make_a_task(line: str) -> None:
    daily = note("Daily/2026-11-20.md", f"- {line}\n")
    assert daily.follow_ups == ()
    assert "Ana" in [t for m in daily.entries for t in m.targets]


# --- tags written as links, in a property or front matter ---------------------------------------


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("- Tags:: #person #[[Book Club]]\n- hi\n", ("person", "book club")),
        ("tags:: #[[Book Club]] #person\n\n- hi\n", ("book club", "person")),
        ("tags:: person, #[[Book Club]]\n\n- hi\n", ("person", "book club")),  # commas, as before
        ("tags:: #person [[Book Club]]\n\n- hi\n", ("person", "book club")),
        ("tags:: #[[Book Club]], #person #founder\n\n- hi\n", ("book club", "person", "founder")),
        ('---\ntags: "#person #[[Book Club]]"\n---\n', ("person", "book club")),
        ("---\ntags: #person #[[Book Club]]\n---\n", ("person", "book club")),
        ('---\ntags: ["#[[Book Club]]", person]\n---\n', ("book club", "person")),
        ('---\ntags: [person, "[[book club]]"]\n---\n', ("person", "book club")),
    ],
)
def test_a_tag_written_as_a_page_link_among_others_is_one_tag(text: str, tags: tuple[str, ...]) -> None:
    """Roam and Logseq write a tag of words as a link to its page (`#[[Book Club]]`): among
    other tags parted by spaces (`- Tags:: #person #[[Book Club]]`), in a property or in front
    matter, it is one tag, `book club`, as it is among tags parted by commas."""
    n = note("Roam/Maya.md", text)
    assert (n.kind, n.tags) == ("person", tags)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("tags:: person, close friend\n\n- hi\n", ("person", "close friend")),  # a page's name: its spaces
        ("tags:: #person #founder\n\n- hi\n", ("person", "founder")),
        ("---\ntags: person close-friend\n---\n", ("person", "close-friend")),
    ],
)
def test_tags_without_a_link_among_them_part_as_before(text: str, tags: tuple[str, ...]) -> None:
    assert note("Roam/Maya.md", text).tags == tags


def test_a_tag_of_words_goes_to_a_vcard_whole(make_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`vaultnet export vcard` writes the tags (but the one that made the note a person's) as the
    card's categories: `book club`, not `[[book` and `club]]`."""
    from click.testing import CliRunner

    from vaultnet.cli import main

    root = make_vault({"Roam/Maya Lindqvist.md": "- Tags:: #person #[[Book Club]]\n- Company:: Spotify\n"})
    out = tmp_path / "people.vcf"
    result = CliRunner().invoke(main, ["export", "vcard", "--vault", str(root), "--output", str(out)])
    assert result.exit_code == 0, result.output
    card = out.read_text(encoding="utf-8")
    assert "CATEGORIES:book club\n" in card.replace("\r\n ", "").replace("\r", "")


# --- a meeting word written as a link -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "way"),
    [
        ("10:00 #[[1:1]] with [[Dev Patel]]", "mutual"),
        ("#[[meeting]] with [[Dev Patel]]", "mutual"),
        ("[[Coffee]] with [[Dev Patel]]", "mutual"),
        ("#[[Lunch]] with [[Dev Patel]]", "mutual"),
        ("[[Lunch|lunch]] with [[Dev Patel]] at Rosa's, his idea", "inbound"),
        ("[[Dev Patel]] [[Coffee]]", "mutual"),  # a meeting noun beside its people
        ("Called [[Dev Patel]] about [[Coffee]] prices", "outbound"),
    ],
)
def test_a_meeting_word_written_as_a_link_is_read_as_the_word(line: str, way: str) -> None:
    """Roam and Logseq link what a line was (`#[[1:1]]`, `#[[meeting]]`, `[[Coffee]]`): its
    words read the meeting word, as `1:1 with [[Dev]]` and `#meeting with [[Dev]]` are read, and
    the link is still a link (a page of the word, or a person so named)."""
    daily = note("March 15th, 2021.md", f"- {line}\n")
    dev = [m for m in daily.entries if "Dev Patel" in m.targets]
    assert [m.direction for m in dev] == [way]
    linked = {part.split("]]")[0].split("|")[0] for part in line.split("[[")[1:]}
    assert {t for m in daily.entries for t in m.targets} == linked


def test_a_meeting_tag_written_as_a_link_tags_the_line_and_what_is_under_it() -> None:
    """`#[[meeting]]` is the tag `#meeting`, as Logseq and Roam make it: a meeting with whom the
    line names, marked so (not read from words), and with whom the items under it name."""
    daily = note(
        "March 16th, 2021.md",
        "- #[[meeting]] with [[Bo]]\n- Offsite planning #[[Meeting]]\n    - [[Hal]] presented the budget\n",
    )
    people = [(m.line, m.direction, m.inferred) for m in daily.entries if {"Bo", "Hal"} & set(m.targets)]
    assert people == [(1, "mutual", False), (3, "mutual", False)]


def test_a_link_to_a_person_named_as_a_meeting_word_is_still_theirs(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A person whose note is named as a meeting word (`People/Coffee.md`, a nickname) is still
    linked and met by a line that links them; the rest of the line is read as any line is."""
    root = make_vault(
        {
            "People/Coffee.md": "---\ntags: [person]\n---\n",
            "People/Ed.md": "---\ntags: [person]\n---\n",
            "Daily/2026-11-20.md": "- [[Coffee]] with [[Ed]]\n",
            "Daily/2026-11-21.md": "- [[Coffee]] called me\n",
        }
    )
    people = {p.note.name: p for p in load_vault(root, Config(), use_cache=False).people}
    assert [(c.date, c.direction) for c in people["Coffee"].contacts] == [
        (D(2026, 11, 20), "unknown"),
        (D(2026, 11, 21), "inbound"),
    ]
    assert [(c.date, c.direction) for c in people["Ed"].contacts] == [(D(2026, 11, 20), "mutual")]
    assert people["Coffee"].linked == ("People/Ed.md",)


def test_an_own_logs_meeting_word_written_as_a_link_is_the_word() -> None:
    """In a person's own log, `[[Coffee]] at Fabrica` opens with a meeting word, as `coffee at
    Fabrica` does: a meeting, mutual."""
    dev = note(
        "Roam/Dev Patel.md",
        "- tags:: #person\n- [[March 15th, 2021]] #[[1:1]] with Dev\n- [[March 16th, 2021]] [[Coffee]] at Fabrica\n"
        "- [[March 17th, 2021]] read [[Deep Work]] on his advice\n",
    )
    assert [(m.date, m.direction) for m in dev.entries] == [
        (D(2021, 3, 15), "mutual"),
        (D(2021, 3, 16), "mutual"),
        (D(2021, 3, 17), "unknown"),
    ]


def test_an_outlines_meeting_word_written_as_a_link_tells_of_the_people_under_it() -> None:
    """`- [[Lunch]]` over `- with [[Ana]]` reads as `- Lunch` over it does: one line, `Lunch with
    Ana`; a bullet that links someone (`- [[Maya]]` over `- [[Ed]]`) tells nothing of them."""
    daily = note("journals/2021_03_15.md", "- [[Lunch]]\n    - with [[Ana]]\n- [[Maya]]\n    - [[Ed]]\n")
    ways = [(m.targets, m.direction, m.text) for m in daily.entries if m.targets in (("Ana",), ("Ed",))]
    assert ways == [(("Ana",), "mutual", "[[Lunch]] with [[Ana]]"), (("Ed",), "unknown", "[[Ed]]")]
