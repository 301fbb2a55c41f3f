"""Fuzzing the reader: arbitrary bytes, Markdown and YAML never raise, and every problem names its file.

Each test runs VAULTNET_FUZZ_EXAMPLES examples (default 200); for a long run:
`VAULTNET_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py`. Every input that ever failed is kept in
tests/corpus/ and replayed by tests/test_corpus.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import write_vault
from tests.pagecheck import check_output
from vaultnet.build import build
from vaultnet.config import _CONVERTERS, Config, config_from_dict, load_config
from vaultnet.errors import ConfigError
from vaultnet.fields import FIELDS
from vaultnet.model import Note
from vaultnet.pages.render import report_json
from vaultnet.read.note import parse_note
from vaultnet.vault.load import load_vault

EXAMPLES = int(os.environ.get("VAULTNET_FUZZ_EXAMPLES", "200"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces that mean something to the reader, so random text reaches its corners.
FRAGMENTS = [
    "---\n", "...\n", "\n", "\n\n", "  ", "\t", "\r\n", "\r", "\x00", "\ufeff", "- ", "* ", "+ ", "1. ",
    "- [ ] ", "- [x] ", "- [>] ", "> ", "> [!note]\n", "# ", "### ", "```\n", "~~~\n", "    ",
    "| ", " | ", "|---|---|\n", "[[", "]]", "|", "#", "^", "![[", "[[Jane Doe]]", "[[People/Jane Doe#Log|J]]",
    "[[2026-10-14]]", "2026-11-02", "2026_11_02", "2026-02-30", "9999-99-99", ": ", " — ", "->", "<-",
    "<->", "→", "←", "↔", "#coffee", "#broadcast", "#person", "#contact/work", "met:: ", "appointment:: ",
    "(person:: [[Jane Doe]])", "`", "``", "<!--", "-->", "%%", "{{", "}}", "<%", "%>", "<div>", "</div>",
    "&a ", "*a", "!!python/object/apply:os.system ['true']", "!!binary ", "? ", "[", "]", "{", "}",
    "name: ", "aliases: ", "tags: ", "date: ", "type: ", "kind: org", "direction: ", "attendees: ",
    "cadence: ", "facts: ", "last_contact: ", "'", '"', "\\", "é", "עברית", "🙂", "\u202e", "\u200b",
]  # fmt: skip

texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=60).map("".join)
file_names = st.sampled_from(
    [
        "People/Jane Doe.md",
        "Daily/2026-11-02.md",
        "Meetings/2026-10-01 Sync.md",
        "notes/x.md",
        "Contacts/ü.md",
    ]
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.dates()
    | st.datetimes()
    | st.text(max_size=20)
    | st.sampled_from(["[[Jane Doe]]", "[[2026-10-14]]", "#person", "monthly", "2w", "a, b", "{{title}}"])
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
keys = st.sampled_from(sorted({k for synonyms in FIELDS.values() for k in synonyms})) | st.text(max_size=10)
front_matters = st.dictionaries(keys, values, max_size=8)


def assert_sound(note: Note, file: str, data: bytes) -> None:
    """What every note must be, whatever its bytes: typed, and its problems naming its file."""
    assert note.file == file
    assert note.kind in ("person", "dated", "other")
    assert isinstance(note.name, str)
    assert all(isinstance(a, str) for a in note.aliases)
    assert len(set(note.tags)) == len(note.tags)  # each once, in the order written
    assert note.date is None or isinstance(note.date, dt.date)
    lines = data.count(b"\n") + data.count(b"\r") + 1
    for problem in note.problems:
        assert problem.file == file, problem
        assert 0 <= problem.line <= lines, problem
        assert problem.message and "\n" not in problem.message


@fuzz
@given(data=st.binary(max_size=4000), file=file_names)
def test_any_bytes_read_without_an_exception(data: bytes, file: str) -> None:
    assert_sound(parse_note(file, data, Config()), file, data)


@fuzz
@given(text=texts, file=file_names)
def test_any_markdown_reads_without_an_exception(text: str, file: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    assert_sound(parse_note(file, data, Config()), file, data)


@fuzz
@given(yaml_text=texts, body=texts, file=file_names)
def test_any_front_matter_text_reads_without_an_exception(yaml_text: str, body: str, file: str) -> None:
    data = f"---\n{yaml_text}\n---\n{body}".encode("utf-8", errors="surrogatepass")
    assert_sound(parse_note(file, data, Config()), file, data)


@fuzz
@given(meta=front_matters, body=texts, file=file_names)
def test_any_yaml_values_read_without_an_exception(meta: dict[str, object], body: str, file: str) -> None:
    front = yaml.safe_dump(meta, allow_unicode=True)
    data = f"---\n{front}---\n{body}".encode("utf-8", errors="surrogatepass")
    note = parse_note(file, data, Config())
    assert_sound(note, file, data)
    read = [p for p in note.problems if "YAML" in p.message or "front matter" in p.message]
    assert not [p for p in read if not p.message.startswith(_A_TEMPLATE)]  # a placeholder, read well


_A_TEMPLATE = "front matter still holds a template's placeholder"
"""A person's note read as a template for a placeholder its valid YAML holds: no reading's problem."""


@fuzz
@given(notes=st.dictionaries(file_names, st.binary(max_size=600) | texts.map(str.encode), max_size=5))
def test_any_vault_loads_and_every_problem_names_a_file_of_it(notes: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_vault(Path(folder), notes)  # type: ignore[arg-type]
        vault = load_vault(root, Config())
        assert sorted(n.file for n in vault.notes) == sorted(notes)
        assert {p.file for p in vault.problems} <= set(notes)
        json.loads(report_json_for(root))


@settings(max_examples=max(EXAMPLES // 4, 20), deadline=None, suppress_health_check=list(HealthCheck))
@given(
    names=st.lists(st.text(min_size=1, max_size=16), min_size=1, max_size=4),
    aliases=st.lists(st.text(max_size=12), max_size=3),
)
def test_any_names_give_pages_with_whole_tables_and_resolving_links(
    names: list[str], aliases: list[str]
) -> None:
    """Names and aliases with any characters: the pages stay valid Markdown."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = {}
        for i, name in enumerate(names):
            front = yaml.safe_dump({"name": name, "aliases": aliases, "cadence": "1w"}, allow_unicode=True)
            body = f"- 2026-10-0{i + 1} -> coffee [[{name}]]\n- 2026-11-01 <- call\n## About\n- {name}\n"
            # The name is the file's stem too, when a file may be called so (no `/`, NUL, leading dot).
            stem = name.replace("/", "").replace("\x00", "").lstrip(".")[:40] or "x"
            files[f"People/{i} {stem}.md"] = f"---\n{front}---\n{body}"
        files["Daily/2026-11-02.md"] = "".join(f"- met [[{n}]] [[{a}]]\n" for n in names for a in aliases)
        write_vault(root, files)  # type: ignore[arg-type]
        build(root, dt.date(2026, 11, 21))
        assert check_output(root) == []


def report_json_for(root: Path) -> str:
    from vaultnet.build import load_report

    return report_json(load_report(root, dt.date(2026, 11, 21), Config()))


toml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.dates() | st.text(max_size=12)
    | st.sampled_from([".", "./", "..", "/", "_out", "a/../b", "\x00", "30d", "weekly", "People"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


@fuzz
@given(
    raw=st.dictionaries(st.sampled_from(sorted(_CONVERTERS)) | st.text(max_size=8), toml_values, max_size=4)
)
def test_any_config_is_read_or_refused_with_a_config_error(raw: dict[str, object]) -> None:
    from vaultnet.build import output_folder
    from vaultnet.errors import RefusedWrite

    try:
        config = config_from_dict(raw)
    except ConfigError as exc:
        assert str(exc).startswith("vaultnet.toml: ") and "\n" not in str(exc)
        return
    with tempfile.TemporaryDirectory() as folder, contextlib.suppress(RefusedWrite):
        assert output_folder(Path(folder), config).is_relative_to(folder)


@fuzz
@given(data=st.binary(max_size=300) | texts.map(str.encode))
def test_any_config_file_is_read_or_refused_with_a_config_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "vaultnet.toml").write_bytes(data)
        with contextlib.suppress(ConfigError):
            load_config(Path(folder))
