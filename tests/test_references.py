"""Character references (`&nbsp;`, `-&gt;`) in notes converted from HTML, as Evernote's are by
Yarle: read, quoted and shown as Obsidian shows them, decoded, once, and never as Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.read.note import parse_note
from vaultnet.read.references import decoded_references

D = dt.date


def note(file: str, text: str):  # type: ignore[no-untyped-def]
    return parse_note(file, text.encode(), Config())


def test_a_logs_references_are_read_as_their_characters() -> None:
    """Yarle writes Evernote's no-break spaces and escaped arrows as references: `&nbsp;` is a
    space, `-&gt;` and `&lt;-` arrows, as Obsidian shows them, and the text is quoted decoded."""
    hannah = note(
        "Evernote/Contacts/Hannah Weber.md",
        "---\ntags: [person]\n---\n**Log**\n\n"
        "* 2019-06-18&nbsp;-&nbsp;lunch, she invited me\n"
        "* 2019-05-02 -&gt; sent her my CV\n"
        "* 2019-04-10 &lt;- she emailed me about mentoring\n"
        "* 2019-03-01 &lt;-&gt; dinner &amp; drinks\n",
    )
    assert [(m.date, m.direction, m.inferred, m.text) for m in hannah.entries] == [
        (D(2019, 6, 18), "inbound", True, "lunch, she invited me"),
        (D(2019, 5, 2), "outbound", False, "sent her my CV"),
        (D(2019, 4, 10), "inbound", False, "she emailed me about mentoring"),
        (D(2019, 3, 1), "mutual", False, "dinner & drinks"),
    ]


def test_a_reference_reads_as_the_character_written_in_its_place() -> None:
    """A line with `&nbsp;` reads as the same line with a no-break space (which is a space) reads:
    a meeting's words, a dated item of a trip's note, and shows no `&nbsp;`."""
    daily = note("Daily/2021-03-17.md", "- Lunch&nbsp;with [[Bo]]\n- Lunch with&nbsp;[[Cy]]\n")
    literal = note("Daily/2021-03-17.md", "- Lunch\u00a0with [[Bo]]\n- Lunch with\u00a0[[Cy]]\n")
    assert [(m.direction, m.targets) for m in daily.entries] == [("mutual", ("Bo",)), ("mutual", ("Cy",))]
    assert [m.text for m in daily.entries] == [m.text for m in literal.entries]
    trip = note("Trips/Porto.md", "- 2019-10-05&nbsp;dinner with [[Hannah Weber]]\n")
    assert [(m.date, m.direction, m.text) for m in trip.entries] == [
        (D(2019, 10, 5), "mutual", "dinner with [[Hannah Weber]]")
    ]


def test_code_keeps_its_references_as_written() -> None:
    """In a code span or a fence, `&amp;` is what was typed: kept, and the span quoted with it."""
    bo = note(
        "People/Bo.md",
        "## About\n```text\nR&amp;D lead\n```\n## Log\n- 2026-11-02 -&gt; sent him `a &amp;&amp; b`, &amp; more\n",
    )
    assert bo.facts == ("R&amp;D lead",)
    assert [(m.direction, m.text) for m in bo.entries] == [("outbound", "sent him `a &amp;&amp; b`, & more")]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "lunch with [[Bo]] &lt;!-- and [[Cy]] --&gt;",
            "lunch with [[Bo]] &lt;!-- and [[Cy]] -->",
        ),  # no comment
        (
            "lunch with [[Bo]] &#91;&#91;Cy&#93;&#93; &#35;meeting",
            "lunch with [[Bo]] &#91;&#91;Cy&#93;&#93; &#35;meeting",
        ),
        ("&gt; lunch with [[Bo]]", "&gt; lunch with [[Bo]]"),  # no quote
        ("&lt;div&gt;lunch with [[Bo]]", "&lt;div>lunch with [[Bo]]"),  # no HTML block
        ("lunch with [[Bo]] &amp;lt;b&amp;gt;", "lunch with [[Bo]] &amp;lt;b&amp;gt;"),  # decoded once
        (
            "lunch with [[Bo]], AT&T, Q&A, &copy 2026, &nosuch;",
            "lunch with [[Bo]], AT&T, Q&A, &copy 2026, &nosuch;",
        ),
        (
            "lunch with [[Bo]] &lt;b&gt;late&lt;/b&gt; &quot;hi&quot; &#39;ok&#x27;",
            "lunch with [[Bo]] <b>late</b> \"hi\" 'ok'",
        ),
    ],
)
def test_a_reference_never_makes_markdown(line: str, read: str) -> None:
    """CommonMark never reads a reference as Markdown: one whose character would make any that
    vaultnet reads (a comment, a link, a tag, a quote, an HTML block, another reference) stays as
    written, and Obsidian shows it as its character. Text that only looks like one (`AT&T`, a
    name HTML has not, `&copy` without its `;`) is text."""
    daily = note("Daily/2026-11-20.md", f"- {line}\n")
    assert {m.text for m in daily.entries} == {read}
    assert [m.direction for m in daily.entries if "Bo" in m.targets] == ["mutual"]
    named = {"Bo", "Cy"} if "[[Cy]]" in line else {"Bo"}  # shown as text, a link is a link
    assert {t for m in daily.entries for t in m.targets} == named


def test_references_are_decoded_where_text_is_and_nowhere_else() -> None:
    body = "- a&nbsp;b\n    &gt; c\n```\nx &amp; y\n```\n<!--\n--&gt; d\n-->\ne &gt; f\n"
    assert (
        decoded_references(body)
        == "- a\u00a0b\n    &gt; c\n```\nx &amp; y\n```\n<!--\n--&gt; d\n-->\ne > f\n"
    )
    assert decoded_references(decoded_references(body)) == decoded_references(body)


def test_a_decoded_character_is_shown_safe_on_the_pages(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A `<` read from `&lt;` is still escaped where a page quotes the line (`\\<b>`: text, not
    HTML), and a reference kept as written (`&amp;lt;`) is quoted as written, which Obsidian
    shows as the note does."""
    root = make_vault(
        {
            "People/Bo.md": "---\ntags: [person]\ncadence: weekly\n---\n## Log\n"
            "- 2026-11-02 -&gt; sent him &lt;b&gt;the deck&lt;/b&gt; &amp;lt;v2&amp;gt;\n",
        }
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-12-01"])
    assert result.exit_code == 0, result.output
    page = (root / "_vaultnet" / "Recency.md").read_text(encoding="utf-8")
    assert "“sent him \\<b>the deck\\</b> &amp;lt;v2&amp;gt;”" in page
    shown = CliRunner().invoke(main, ["show", "Bo", "--vault", str(root), "--today", "2026-12-01"])
    assert "→ sent him <b>the deck</b> &amp;lt;v2&amp;gt;" in shown.output
