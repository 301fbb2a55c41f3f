"""A note that is not UTF-8 is read in the code page it was saved in: Windows-1252 in the West,
Windows-1250 in Central Europe, ISO-8859-2 from older Linux and Mac tools (read/codepages.py);
`log` writes back in it, and the problem names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.codepage_samples import CENTRAL, WESTERN
from vaultnet.cli import main
from vaultnet.commands.contacts_csv import read_csv
from vaultnet.config import Config
from vaultnet.read.codepages import legacy_encoding
from vaultnet.read.note import parse_note
from vaultnet.read.text import decode

BOZENA = (
    "---\naliases: [Bożena, Ciocia Bożena]\nbirthday: 1960-09-14\ncity: Łódź\ntags: [person]\n---\n"
    "# Ciocia Bożena\n\nSiostra taty. Uwielbia ogród.\n\n## Historia\n- 2026-09-14 <- Bożena zadzwoniła\n"
)
BABCIA = (
    "---\nurodziny: 12.03.1940\nmiasto: Kraków\ntags: [person]\n---\n# Babcia\n\n"
    "Mieszka na Kazimierzu. Lubi pierogi z jagodami.\n\n## Historia\n"
    "- 2026-01-01 Rozmawiałam z babcią przez Skype\n- 2026-06-20 Babcia zadzwoniła, pytała o ślub\n"
    "- 2026-11-15 Zadzwoniłam do babci\n"
)
NOTES = {
    "Spanish": "---\ntags: [person]\nciudad: Málaga\n---\n## Historial\n- 2026-02-14 Carmen me llamó, "
    "¿qué tal? Se casa Ignacio.\n- 2026-10-30 Videollamada con los niños, ¡qué alegría! Mañana cumpleaños.\n",
    "French": "---\ntags: [person]\nville: Besançon\n---\n## Journal\n- 2026-03-01 Café avec Hélène à la "
    "gare, très agréable.\n- 2026-11-02 Noël chez François, « bien » reçu. Œuvre d’art, 20°C.\n",
    "German": "---\ntags: [person]\nStadt: Köln\n---\n## Verlauf\n- 03.11.2026: Mit Jürgen telefoniert, "
    "Grüße an Björn.\n- 28.11.2026: Kaffee bei Müllers, Straße nass, 30 m² für ½ Preis, £20.\n",
}


def test_a_polish_windows_1250_note_reads_as_written() -> None:
    n = parse_note("Familia/Ciocia Bozena.md", BOZENA.encode("cp1250"), Config())
    assert n.aliases == ("Bożena", "Ciocia Bożena")
    assert n.location == "Łódź"
    assert [(m.text, m.direction) for m in n.entries] == [("Bożena zadzwoniła", "inbound")]
    assert [(p.line, p.message) for p in n.problems] == [
        (2, "not UTF-8: read as Windows-1250; save it as UTF-8")
    ]


def test_polish_saved_as_iso_8859_2_reads_as_written() -> None:
    """Latin-2 puts `ą`, `ś`, `ź` where Windows-1250 has `±`, `¶`, `Ľ`, and nothing where it has
    `ś`, `ź`: the same rule tells the two apart."""
    for text in (BOZENA, BABCIA):
        decoded = decode("x.md", text.encode("iso-8859-2"))
        assert decoded.text == text
        assert decoded.encoding == "iso-8859-2"
        assert decoded.problem is not None and "read as ISO-8859-2;" in decoded.problem.message
    assert decode("x.md", BABCIA.encode("cp1250")).encoding == "cp1250"


@pytest.mark.parametrize("language", sorted(NOTES))
def test_a_western_windows_1252_note_stays_windows_1252(language: str) -> None:
    text = NOTES[language]
    decoded = decode("x.md", text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
    assert decoded.problem is not None
    assert decoded.problem.message == "not UTF-8: read as Windows-1252; save it as UTF-8"
    for line in text.split("\n"):  # a note of one line, too
        assert decode("x.md", line.encode("cp1252")).text == line


@pytest.mark.parametrize("language", sorted(WESTERN))
def test_western_text_reads_as_saved_in_notes_lines_and_words(language: str) -> None:
    """Each of thirteen Western languages, saved in Windows-1252, reads as saved: the whole, each
    line, each word alone."""
    text = WESTERN[language]
    for piece in (text, *text.split("\n"), *text.split()):
        assert decode("x.md", piece.encode("cp1252")).text == piece


@pytest.mark.parametrize("language", ["Polish", "Czech", "Slovak", "Hungarian", "Croatian"])
def test_central_european_notes_read_as_saved(language: str) -> None:
    """A note of a few lines in a language of Windows-1250 reads as saved, and one of Latin-2's
    too. (Slovene and Romanian letters read as Western ones, `č` as `è`: only a word mixing
    them gives them away, which these notes lack.)"""
    text = CENTRAL[language]
    assert decode("x.md", text.encode("cp1250")).text == text
    if language != "Croatian":  # `Š`, `ž` in Latin-2 are `©`, `ľ` in Windows-1250: a tie
        assert decode("x.md", text.encode("iso-8859-2")).text == text


def test_every_line_of_a_polish_note_reads_as_saved() -> None:
    for line in CENTRAL["Polish"].split("\n"):
        assert decode("x.md", line.encode("cp1250")).text == line


@pytest.mark.parametrize(
    ("text", "saved", "read"),
    [
        ("- 2026-09-14 <- Bożena zadzwoniła", "cp1250", "cp1250"),  # `Bo¿ena zadzwoni³a`
        ("miasto: Łódź, ul. Piotrkowska", "cp1250", "cp1250"),  # `£ód`: a currency sign against a word
        ("Příliš žluťoučký kůň", "cp1250", "cp1250"),  # `ť` is no character of Windows-1252
        ("Dvořák, příští týden", "cp1250", "cp1250"),  # `Dvoøák`, `pøíští`: no language writes `ø` with `í`
        ("Veľmi pekné", "cp1250", "cp1250"),  # `Ve¾mi`
        ("¿Cómo estás?", "cp1252", "cp1252"),  # `żCómo` in Windows-1250 reads no better
        ("Niccolò e Øystein", "cp1252", "cp1252"),  # each word one language's, as `Niccolň` and `Řystein` are
        ("nº 5, 1ª planta, 5 µg", "cp1252", "cp1252"),
        ("Szőkééknél, Győrből", "cp1250", "cp1252"),  # `Szõkééknél` as Portuguese writes `õ`: a tie
    ],
)
def test_short_notes_read_in_the_code_page_that_makes_text(text: str, saved: str, read: str) -> None:
    data = text.encode(saved)
    assert legacy_encoding(data) == read
    assert decode("x.md", data).text == data.decode(read)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"- 2026-11-01 coffee at the caf\xe9", "- 2026-11-01 coffee at the café", "cp1252"),
        (b"- 2026-11-01 coffee with Bo\xbfena", "- 2026-11-01 coffee with Bożena", "cp1250"),
        (b"- 2026-11-01 zadzwoni\xb3a", "- 2026-11-01 zadzwoniła", "cp1250"),
        (b"- 2026-11-01 a room of 30 m\xb3", "- 2026-11-01 a room of 30 m³", "cp1252"),
        (b"- 2026-11-01 paid \xa320", "- 2026-11-01 paid £20", "cp1252"),
        (b"- 2026-11-01 \xbfQu\xe9?", "- 2026-11-01 ¿Qué?", "cp1252"),
        (b"- 2026-11-01 it\x92s done", "- 2026-11-01 it’s done", "cp1252"),
        (b"- 2026-11-01 junk \x81 byte", "- 2026-11-01 junk \ufffd byte", "cp1252"),  # none has it
        (b"- 2026-11-01 Ka\x9ea", "- 2026-11-01 Kaža", "cp1252"),  # `ž`: one byte in both
    ],
)
def test_ascii_and_one_byte(data: bytes, text: str, encoding: str) -> None:
    """One byte past ASCII decides only when one code page reads it as text and the other not."""
    decoded = decode("x.md", data)
    assert (decoded.text, decoded.encoding) == (text, encoding)


_WESTERN_WORDS = (
    *("Zoë", "Søren", "José", "Ångström", "François", "Müller", "Björn", "Renée", "Noël", "Íñigo", "João"),
    *("Niccolò", "Hélène", "Jürgen", "Æsa", "Þóra", "Guðrún", "Anaïs", "Çelik", "Øystein", "Mañá", "Strauß"),
    *("Gonçalves", "Désirée", "Raúl", "Inês", "Simões", "Lefèvre", "Göran", "cœur", "Ÿvonne", "naïve"),
    *("£20", "5€", "20°C", "m²", "½", "©2026", "Windows®", "«bien»", "¿Qué?", "¡Hola!", "don´t", "1ª"),
    *("nº5", "3¼", "±2", "2×3", "col·legi", "¥500", "§3", "„Hallo“", "µg", "‹x›", "it’s", "–", "…"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WESTERN_WORDS), min_size=1, max_size=8))
def test_western_words_of_any_mix_stay_windows_1252(words: list[str]) -> None:
    """A Western note naming people of many languages (`Niccolò`, `Øystein`, `Þóra`) and holding
    the symbols of Western text (`£20`, `m²`, `¿Qué?`) is never read in another code page."""
    text = "---\ntags: [person]\n---\n" + "\n".join(f"- 2026-11-01 coffee with {word}" for word in words)
    assert legacy_encoding(text.encode("cp1252")) == "cp1252"


def test_log_writes_back_in_windows_1250_keeping_every_other_byte(make_vault) -> None:  # type: ignore[no-untyped-def]
    data = BABCIA.replace("\n", "\r\n").encode("cp1250")
    root = make_vault({"Familia/Babcia.md": data})
    result = CliRunner().invoke(
        main, ["log", "Babcia", "Zadzwoniłam, pytała o ślub…", "--vault", str(root), "--date", "2026-12-01"]
    )
    assert result.exit_code == 0, result.output
    written = (root / "Familia/Babcia.md").read_bytes()
    entry = "- 2026-12-01 Zadzwoniłam, pytała o ślub…\r\n".encode("cp1250")
    assert written == data + entry
    n = parse_note("Familia/Babcia.md", written, Config())
    assert n.entries[-1].text == "Zadzwoniłam, pytała o ślub…"


def test_log_refuses_text_the_notes_code_page_cannot_hold_and_names_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    data = BABCIA.encode("cp1250")
    root = make_vault({"Familia/Babcia.md": data})
    result = CliRunner().invoke(
        main, ["log", "Babcia", "cena con Nuño", "--vault", str(root), "--date", "2026-12-01"]
    )
    assert result.exit_code == 2, result.output
    assert "the note is in Windows-1250, which cannot hold this text" in result.output
    assert (root / "Familia/Babcia.md").read_bytes() == data


def test_log_refuses_an_entry_that_would_change_the_notes_code_page(make_vault) -> None:  # type: ignore[no-untyped-def]
    """An entry Windows-1252 can hold but that reads as Polish in Windows-1250 (`Bo¿ena
    zadzwoni³a z £odzi`) would turn the whole note's reading over: refused, the note untouched."""
    data = "---\ntags: [person]\n---\n## Log\n- 2026-11-01 lunch with Œdipe\n".encode("cp1252")
    root = make_vault({"People/Ana.md": data})
    result = CliRunner().invoke(
        main, ["log", "Ana", "Bo¿ena zadzwoni³a z £odzi", "--vault", str(root), "--date", "2026-12-01"]
    )
    assert result.exit_code == 2, result.output
    assert "the note would read as Windows-1250, not as Windows-1252" in result.output
    assert (root / "People/Ana.md").read_bytes() == data


def test_a_person_named_in_a_windows_1250_alias_is_the_one_linked(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The probe's vault: a daily note in UTF-8 links `[[Bożena|Bożeny]]`, the alias of a note in
    Windows-1250; read as Windows-1252 the alias was `Bo¿ena`, and Bożena someone met with no note."""
    root = make_vault(
        {
            "Familia/Ciocia Bozena.md": BOZENA.encode("cp1250"),
            "Diario/2026-11-29.md": "- spotkanie u [[Bożena|Bożeny]]\n",
        }
    )
    result = CliRunner().invoke(main, ["report", "--json", "--today", "2026-12-01", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["without_note"] == []
    new = CliRunner().invoke(main, ["new", "Bożena", "--vault", str(root), "--today", "2026-12-01"])
    assert new.exit_code != 0
    assert "already answers to 'Bożena'" in new.output


def test_a_windows_1250_template_is_said_so(make_vault) -> None:  # type: ignore[no-untyped-def]
    template = "---\ntags: [person]\ncreated: {{date}}\n---\n# {{title}}\n## Ważne daty\n- \n## Log\n"
    root = make_vault({"Templates/Person.md": template.encode("cp1250")})
    result = CliRunner().invoke(main, ["new", "Zosia", "--today", "2026-12-04", "--vault", str(root)])
    assert result.exit_code == 0, result.output
    assert "note: Templates/Person.md is Windows-1250: People/Zosia.md is written in UTF-8" in result.output
    assert "## Ważne daty" in (root / "People/Zosia.md").read_text(encoding="utf-8")


def test_a_contacts_file_from_a_polish_outlook_is_read_in_windows_1250() -> None:
    whole = "First Name,Last Name,E-mail Address\nBożena,Wójcik,b@x.pl\nPaweł,Łukasiewicz,p@x.pl\n"
    cards, _, notices = read_csv("contacts.csv", whole.encode("cp1250"))
    assert [c.name for c in cards] == ["Bożena Wójcik", "Paweł Łukasiewicz"]
    assert notices == []
    mixed = "First Name,Last Name\nZoë,Müller\n".encode() + "Paweł,Łukasiewicz\n".encode("cp1250")
    cards, _, notices = read_csv("contacts.csv", mixed)
    assert [c.name for c in cards] == ["Zoë Müller", "Paweł Łukasiewicz"]
    assert [(p.line, p.message) for p in notices] == [
        (3, "not UTF-8: this line and the like read as Windows-1250")
    ]


def test_utf8_notes_never_reach_the_code_page_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The choice is made only once UTF-8 has failed: a UTF-8 note costs nothing more."""
    import vaultnet.read.text as text_module

    def fail(data: bytes) -> str:
        raise AssertionError("asked for a UTF-8 note")

    monkeypatch.setattr(text_module, "legacy_encoding", fail)
    assert decode("x.md", BOZENA.encode("utf-8")).text == BOZENA
    assert decode("x.md", b"\xef\xbb\xbf" + BOZENA.encode("utf-8")).text == BOZENA


def test_the_probes_notes(tmp_path: Path) -> None:
    """The notes as the probe saved them: Ciocia Bozena's bytes are Latin-2's (`ź` is 0xBC, which
    Windows-1250 reads as `Ľ`), Babcia's Windows-1250's (`ś` is 0x9C, a control in Latin-2)."""
    ciocia = BOZENA.encode("iso-8859-2")
    assert b"\xa3\xf3d\xbc" in ciocia and decode("c.md", ciocia).text == BOZENA
    babcia = BABCIA.encode("cp1250")
    assert b"\x9club" in babcia and decode("b.md", babcia).text == BABCIA


@pytest.mark.parametrize(
    "text",
    [
        "Déjeuner au café, très sympa. Sa boîte vaut £bn, la fête est première",
        "she’s raising £5m, the round is £m not £bn",
        "crème brûlée recipe: ¼lb sugar, ¾in cubes",
        "# Søren Holm\nbor i Århus, løn £m\n",
    ],
)
def test_an_amount_before_its_unit_keeps_a_western_note_western(text: str) -> None:
    """`£m`, `£bn`, `¼lb`: a sign or a fraction before a unit is an amount, not a letter of
    Windows-1250 (`Łm`, `Ľlb`): the note stays Windows-1252."""
    assert legacy_encoding(text.encode("cp1252")) == "cp1252"
