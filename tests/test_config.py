from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import fields, replace
from pathlib import Path

import pytest

from vaultnet import config as config_module
from vaultnet.config import Config, load_config
from vaultnet.errors import ConfigError
from vaultnet.read.note import parse_note


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "vaultnet.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config == Config()
    assert config.active_days == 90
    assert config.reciprocity_days == 365
    assert config.output == "_vaultnet"


def test_every_field_has_a_converter() -> None:
    assert set(config_module._CONVERTERS) == {f.name for f in fields(Config)}


def test_values_are_read_and_normalised(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            'as_of = 2026-11-21\nactive_days = 60\npeople_folders = ["Folks"]\n'
            'person_tags = ["#Friend"]\nignore = ["Archive/**"]\n'
            '[cadence]\nFamily = "2w"\nwork = "quarterly"\n'
            '[synonyms]\ncadence = ["ping_every"]\n',
        )
    )
    assert config.as_of == dt.date(2026, 11, 21)
    assert config.active_days == 60
    assert config.people_folders == ("folks",)
    assert config.is_people_folder("03 - Folks") and not config.is_people_folder("People")
    assert config.person_tags == ("friend",)
    assert config.cadence == {"family": 14, "work": 90}
    assert config.synonyms == {"cadence": ("ping_every",)}


def test_settings_are_read_in_one_unicode_form(tmp_path: Path) -> None:
    """A setting saved in NFD (`u` and its dots, as a Mac may save `ü`) matches the notes' text,
    read in NFC; a people folder named in either form on disk matches a setting in either."""
    nfd = unicodedata.normalize("NFD", "Persönlich")
    config = load_config(
        write(
            tmp_path,
            unicodedata.normalize(
                "NFD",
                'people_folders = ["Persönlich"]\nperson_tags = ["persönlich"]\nme = ["Jürgen"]\n'
                '[words]\nmutual = ["Frühstück mit X"]\n',
            ),
        )
    )
    assert config.person_tags == ("persönlich",) and config.me == ("jürgen",)
    assert config.words == {"mutual": ("Frühstück mit X",)}
    assert config.is_people_folder("Persönlich") and config.is_people_folder(nfd)
    by_tag = parse_note("Anna.md", b"---\ntags: [pers\xc3\xb6nlich]\n---\n", config)
    in_folder = parse_note(f"{nfd}/Anna.md", b"", replace(config, person_tags=()))
    assert (by_tag.kind, in_folder.kind) == ("person", "person")
    day = parse_note("2026-11-04.md", "- Frühstück mit [[Anna]]\n".encode(), config)
    assert [m.direction for m in day.entries] == ["mutual"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("colour = 3\n", "colour"),
        ("active_days = -1\n", "active_days"),
        ('active_days = "90"\n', "active_days"),
        ('as_of = "soon"\n', "as_of"),
        ('[cadence]\nfamily = "often"\n', "cadence.family"),
        ('output = "../elsewhere"\n', "output"),
        ('output = ".hidden"\n', "output"),
        ('[synonyms]\nshoe_size = ["shoe"]\n', "synonyms.shoe_size"),
        ("ignore = 3\n", "ignore"),
        ('people_folders = ["2024"]\n', "people_folders"),
        ('daily_format = "YYYY-[W]ww"\n', "daily_format"),
        ('daily_format = "MM-YYYY"\n', "daily_format"),
        ("daily_format = 3\n", "daily_format"),
    ],
)
def test_bad_keys_and_values_name_the_key_and_the_file(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert named in str(caught.value)
    assert "vaultnet.toml" in str(caught.value)


def test_broken_toml_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"vaultnet\.toml"):
        load_config(write(tmp_path, "as_of = [\n"))


def obsidian(root: Path, file: str, text: str) -> Path:
    path = root / ".obsidian" / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return root


def test_the_daily_format_is_obsidians_when_vaultnet_toml_does_not_set_it(tmp_path: Path) -> None:
    obsidian(tmp_path, "daily-notes.json", '{"format": "DD-MM-YYYY", "folder": "Daily"}')
    assert load_config(tmp_path).daily_format == "DD-MM-YYYY"
    assert load_config(write(tmp_path, 'daily_format = "MM-DD-YYYY"\n')).daily_format == "MM-DD-YYYY"


def test_the_periodic_notes_plugin_names_daily_notes_when_it_is_on(tmp_path: Path) -> None:
    obsidian(tmp_path, "daily-notes.json", '{"format": "DD-MM-YYYY"}')
    plugin = '{"daily": {"enabled": %s, "format": "DD.MM.YYYY"}, "weekly": {"format": "gggg-[W]ww"}}'
    obsidian(tmp_path, "plugins/periodic-notes/data.json", plugin % "true")
    assert load_config(tmp_path).daily_format == "DD.MM.YYYY"
    obsidian(tmp_path, "plugins/periodic-notes/data.json", plugin % "false")
    assert load_config(tmp_path).daily_format == "DD-MM-YYYY"


@pytest.mark.parametrize(
    "text", ["", "{", "[1]", '{"format": ""}', '{"format": 3}', '{"format": "HH:mm"}', '{"folder": "x"}']
)
def test_obsidians_settings_that_cannot_be_read_are_passed_over(tmp_path: Path, text: str) -> None:
    obsidian(tmp_path, "daily-notes.json", text)
    assert load_config(tmp_path) == Config()


def logseq(root: Path, text: str) -> Path:
    path = root / "logseq" / "config.edn"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("written", "daily"),
    [
        ("dd-MM-yyyy", "DD-MM-YYYY"),
        ("MMM do, yyyy", "MMM Do, YYYY"),  # Logseq's own
        ("EEE, d.M.yyyy", "ddd, D.M.YYYY"),
        ("dd 'de' MMMM 'de' yyyy", "DD [de] MMMM [de] YYYY"),
        ("yyyy/MM/dd", None),  # a folder, in a daily format
        ("yyyy-MM-dd HH:mm", None),
    ],
)
def test_a_logseq_graph_links_its_days_as_its_journal_titles_are_written(
    tmp_path: Path, written: str, daily: str | None
) -> None:
    """Logseq names a journal `2026_11_20.md` but links it by its title, in the date-fns format
    `:journal/page-title-format` sets: that is how the graph writes its days."""
    edn = '{:meta/version 1\n ;; :journal/page-title-format "yyyy"\n :journal/page-title-format "%s"}\n'
    assert load_config(logseq(tmp_path, edn % written)).daily_format == daily
    obsidian(tmp_path, "daily-notes.json", '{"format": "DD.MM.YYYY"}')
    assert load_config(tmp_path).daily_format == "DD.MM.YYYY"  # Obsidian's, in a vault of both


def test_obsidians_settings_outside_the_vault_are_not_read(tmp_path: Path) -> None:
    outside = obsidian(tmp_path / "elsewhere", "daily-notes.json", '{"format": "DD-MM-YYYY"}')
    (tmp_path / "vault" / ".obsidian").mkdir(parents=True)
    (tmp_path / "vault" / ".obsidian" / "daily-notes.json").symlink_to(
        outside / ".obsidian" / "daily-notes.json"
    )
    assert load_config(tmp_path / "vault") == Config()


def test_logseqs_settings_outside_the_vault_are_not_read(tmp_path: Path) -> None:
    outside = logseq(tmp_path / "elsewhere", '{:journal/page-title-format "dd-MM-yyyy"}')
    (tmp_path / "vault" / "logseq").mkdir(parents=True)
    (tmp_path / "vault" / "logseq" / "config.edn").symlink_to(outside / "logseq" / "config.edn")
    assert load_config(tmp_path / "vault") == Config()
    assert load_config(outside).daily_format == "DD-MM-YYYY"


def test_the_folders_obsidian_takes_templates_from_are_template_folders(tmp_path: Path) -> None:
    obsidian(tmp_path, "templates.json", '{"folder": "Extras/Template/"}')
    obsidian(tmp_path, "plugins/templater-obsidian/data.json", '{"templates_folder": "_meta/tpl"}')
    config = load_config(tmp_path)
    assert config.template_folders == ("templates", "template", "tpl")
    obsidian(tmp_path, "templates.json", '{"folder": "99 Templates"}')  # a name vaultnet knows already
    obsidian(
        tmp_path, "plugins/templater-obsidian/data.json", '{"templates_folder": "/"}'
    )  # the whole vault: no
    assert load_config(tmp_path) == Config()


@pytest.mark.parametrize(
    "text",
    [
        '[cadence]\nfamily = "2w"\nlimit = 2\n',
        '[words]\noutbound = ["rang X"]\noutput = "Pages"\n',
        '[synonyms]\ncadence = ["ping_every"]\nactive_days = 30\n',
    ],
)
def test_a_setting_written_below_a_table_is_named_so(tmp_path: Path, text: str) -> None:
    """TOML files a line under the table above it: `limit = 2` added at the end of a file ending
    in `[cadence]` would be a cadence for the tag `limit`. A setting's name in a table says where
    it went wrong."""
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert "is a setting: settings go above the first [table]" in str(caught.value)


def test_a_misspelt_setting_below_a_table_is_named_so(tmp_path: Path) -> None:
    """`activ_days = 30` added after `[cadence]` would be a cadence for a tag no note has: a key
    of a table spelt nearly as a setting is a mistake, said with the setting it resembles."""
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, '[cadence]\nfamily = "2w"\nactiv_days = 30\n'))
    assert "cadence.activ_days: did you mean the setting active_days?" in str(caught.value)
    assert load_config(write(tmp_path, '[cadence]\nclose_friends = "2w"\n')).cadence == {"close_friends": 14}


@pytest.mark.parametrize("phrase", ["X", "…", "X …", "... X", "X's"])
def test_a_phrase_of_no_word_but_the_person_and_a_gap_is_refused(tmp_path: Path, phrase: str) -> None:
    """`mutual = ["X"]` would make every contact two-way, `undone = ["…"]` remove every one: a
    phrase says at least one word besides `X` and `…`, or the configuration is refused."""
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, f'[words]\nmutual = ["Kaffee mit X", "{phrase}"]\n'))
    assert f"words.mutual: {phrase!r} holds no word besides X and …" in str(caught.value)
    assert load_config(write(tmp_path, '[words]\nundone = ["X … nicht erreicht"]\n')).words == {
        "undone": ("X … nicht erreicht",)
    }


def test_synonyms_are_lists_of_keys(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, '[synonyms]\ncadence = "ping_every"\n'))
    assert "synonyms.cadence must be a list of keys" in str(caught.value)


def test_an_unknown_setting_spelt_nearly_as_one_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, 'people_folder = ["Friends"]\n'))
    assert str(caught.value).endswith("unknown key 'people_folder': did you mean people_folders?")
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, "colour = 1\n"))
    assert "unknown key 'colour' (known keys: active_days, " in str(caught.value)
