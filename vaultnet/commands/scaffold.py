"""New files in a vault: a person note from a template (`vaultnet new`), a starter kit (`vaultnet init`)."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import itertools
import json
import os
import re
import textwrap
import unicodedata
from pathlib import Path
from typing import NamedTuple

from vaultnet.commands.people import People, led_out, people_in, shell_word
from vaultnet.config import CONFIG_FILE, Config, load_config
from vaultnet.confine import confined
from vaultnet.convert import day_in_format, name_key, shown_characters, slugged, unsafe_characters
from vaultnet.errors import ConfigError, FileExists, ScaffoldError, TemplateProblem
from vaultnet.model import stem_of
from vaultnet.pages.layout import USER_TEMPLATES, template_folder
from vaultnet.pages.render import Renderer
from vaultnet.patterns import lazy_pattern
from vaultnet.read.codepages import legacy_name
from vaultnet.read.keys import DATE_MASK
from vaultnet.read.note import parse_note
from vaultnet.read.text import decode, marked_encoding, unicode_name
from vaultnet.vault.walk import icloud_placeholder_of, is_output, skipped, walk_stats
from vaultnet.write import create_file

PERSON_TEMPLATE = "person.md"
"""The template `vaultnet new` fills; `<vault>/.vaultnet/templates/person.md` wins over vaultnet's own."""
LOGSEQ_PERSON_TEMPLATE = "person-logseq.md"
"""vaultnet's own person template for a Logseq graph: a page as Logseq writes one, properties
first (`tags:: person`), then bullets; made `person.md` in the graph's `.vaultnet/templates`."""

DEFAULT_FOLDER = "People"

MAX_NAME_BYTES = 200
"""A note's name, in UTF-8: file systems allow 255 bytes, and `.md` and a temporary file's
suffix must fit too."""

_BAD_NAME = lazy_pattern(r'[\[\]|#^\\/:*?"<>\x00-\x1f]')
"""Characters that break a wikilink or a file name on some system."""

_EXAMPLES = {
    "as_of": "2026-11-21",
    "daily_format": '"DD-MM-YYYY"',
    "weekly_format": '"gggg-[W]ww"',
    "cadence": ['family = "2w"', 'friend = "monthly"', 'mentor = "quarterly"'],
    "synonyms": ['name = ["nom", "nome"]', 'last_contact = ["zuletzt"]'],
}
"""Values shown (commented out) in the starter vaultnet.toml for settings that are empty by default."""


def check_name(name: str) -> str:
    """A person's name as a file stem, or ScaffoldError saying what is wrong with it."""
    stem = name.strip()
    if not stem:
        raise ScaffoldError("give the person's name")
    if any("\udc80" <= c <= "\udcff" for c in stem):
        raise ScaffoldError(f"{name!a} is not UTF-8 text: give the name as your keyboard types it")
    unsafe = unsafe_characters(stem)
    if unsafe:
        raise ScaffoldError(f"{name!a} has control or direction characters: {shown_characters(unsafe)}")
    stem = unicodedata.normalize("NFC", stem)  # one file name for `Café` however it was typed
    if len(stem.encode("utf-8")) > MAX_NAME_BYTES:
        raise ScaffoldError(f"'{stem[:40]}...' is too long for a file name (at most {MAX_NAME_BYTES} bytes)")
    bad = sorted(set(_BAD_NAME.findall(stem)))
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise ScaffoldError(f"'{name}' has characters that break links or file names: {shown}")
    if stem.startswith(".") or stem.endswith(".") or ".." in stem:
        raise ScaffoldError(f"'{name}' cannot start or end with a dot or hold '..'")
    if a_device(stem):
        raise ScaffoldError(
            f"'{name}' is a name Windows keeps for a device: a vault synced there could not open it"
        )
    return stem


def a_device(stem: str) -> bool:
    """Is a file stem one Windows keeps for a device (`CON`, `nul`, `COM1`, `AUX.txt`), in any case?"""
    return stem.split(".", 1)[0].strip().upper() in _DEVICES


_DEVICES = frozenset(
    ("CON", "PRN", "AUX", "NUL", *(f"{kind}{n}" for kind in ("COM", "LPT") for n in range(1, 10)))
)


def check_folder(folder: str, config: Config) -> str:
    """A `--folder` for new notes, as a POSIX path inside the vault; one that would leave it, or
    that vaultnet never reads notes from (a dot-folder, the output folder, a template folder), is
    refused."""
    parts = Path(folder).parts
    if Path(folder).is_absolute() or ".." in parts or not parts or any(p.startswith(".") for p in parts):
        raise ScaffoldError(f"--folder {folder!r} must be a folder inside the vault, not starting with a dot")
    lowered = [p.lower() for p in parts]
    output = [p.lower() for p in Path(config.output).parts]
    if lowered[: len(output)] == output or any(map(config.is_template_folder, parts)):
        raise ScaffoldError(
            f"--folder {folder!r} is vaultnet's output folder or a template folder: notes there are not read"
        )
    return Path(folder).as_posix()


def people_folder(root: Path, config: Config) -> str:
    """The people folder holding the most notes, as the vault spells it: at its top, else one
    folder down (`2 Areas/People`, as a vault filed by PARA keeps one); only where a walk reads
    notes (not in a template folder, nor one `ignore`d); else a Logseq graph's `pages` (Logseq
    shows no other folder's); else `People`."""
    tops = _folders(root, root, config)
    folders = [folder for folder in tops if config.is_people_folder(folder.name)]
    if not folders:
        below = (folder for top in tops for folder in _folders(root, top, config))
        folders = [folder for folder in below if config.is_people_folder(folder.name)]
    if not folders:
        return "pages" if _logseq_graph(root) else DEFAULT_FOLDER
    most = max(folders, key=lambda folder: sum(1 for _ in folder.glob("*.md")))
    return most.relative_to(root).as_posix()


def _folders(root: Path, folder: Path, config: Config) -> list[Path]:
    """The folders in `folder` that a walk of the vault at `root` enters (`skipped`), sorted."""
    try:
        entries = sorted(entry for entry in folder.iterdir() if entry.is_dir())
    except OSError:
        return []
    return [e for e in entries if not skipped(e.relative_to(root).as_posix(), config, folder=True)]


class NewPerson(NamedTuple):
    file: str
    """The note made, relative to the vault."""
    template: str | None
    """The vault's own template it was made from (`vault_person_template`), if any."""
    read_as_a_person: bool
    """Is it read as a person? One from a template may not be yet: a placeholder left in its
    front matter (`{{company}}`, `YYYY-MM-DD`) makes it a template (spec 6.1)."""
    alike: tuple[str, ...] = ()
    """The people whose name it is with the accents off both (`zoe angstrom`, Zoë Ångström): a
    link to one is none to the other, but they may be the same person."""
    template_encoding: str | None = None
    """The encoding of the template when it is not UTF-8 (`Windows-1252`, `UTF-16`): the note
    made from it is UTF-8 all the same."""
    outside: str = ""
    """What to say of the folders of the vault that are symlinks leading out of it, not read
    (`led_out`), if any: a note of the name there would be a second one, which nothing tells."""


def new_person(
    root: Path, name: str, config: Config, today: dt.date, folder: str | None = None, force: bool = False
) -> NewPerson:
    """Create the person's note from the template, in `folder` or the people folder; not of a name
    one person is found by at the command line (`_found_by`), unless `force`."""

    stem = check_name(_without_md(name))
    outside: list[str] = []
    found = list(walk_stats(root, config, outside=outside))
    where = check_folder(folder, config) if folder else people_folder(root, config)
    notes = [(other, stem_of(icloud_placeholder_of(other) or other)) for other, *_ in found]  # file, stem
    named = named_as_neighbours(stem, [own for other, own in notes if other.rpartition("/")[0] == where])
    file = f"{where}/{named}.md"
    people = people_in(root, config, found)
    claimed = people.resolver.claimants(stem)
    if claimed:  # `ben-cohen.md` with `name: Ben Cohen` already answers to "Ben Cohen"
        raise ScaffoldError(
            f"{', '.join(claimed)} already answers to '{stem}': a second note would split links"
        )
    if not force and (taken := _found_by(people, stem, file)) is not None:
        raise ScaffoldError(taken)
    keys = {name_key(stem), name_key(named)}
    for other, own in notes:
        if name_key(own) in keys and icloud_placeholder_of(other):
            raise ScaffoldError(
                f"{other} is the note '{own}', not downloaded from iCloud: download it in Finder (Download "
                "Now); a second note of that name would split links"
            )
        if name_key(own) in keys:
            raise ScaffoldError(f"{other} already exists: a second note named '{stem}' would split links")
    confined(root, root / file)
    template = encoding = None
    if not (root / USER_TEMPLATES / PERSON_TEMPLATE).is_file():  # theirs for vaultnet wins
        template = vault_person_template(root, config)
    if template is None:
        text = fill_template(root, stem, today)
    else:
        written, encoding = template_text(template, confined(root, root / template).read_bytes())
        text = emptied_placeholders(fill_vault_template(written, stem, today))
    data = text.encode("utf-8")
    try:
        create_file(root / file, data)
    except FileExists as exc:
        raise ScaffoldError(str(exc)) from None
    return NewPerson(
        file,
        template,
        parse_note(file, data, config).kind == "person",
        tuple(people.alike(stem)),
        encoding,
        _out_there(outside, stem),
    )


def _found_by(people: People, name: str, file: str) -> str | None:
    """Why no note `file` is made for `name` when it is a word of one person's name alone (`Tom`
    of Tom Becker, `Wei` of Chen Wei: `Resolver.answering_word`): `vaultnet log tom` finds them
    by it, and a note of that name would take it from them, in links too. None when it is no
    one's, or several people's."""
    found = people.resolver.answering_word(name)
    if len(found) != 1:
        return None
    return (
        f"'{name}' finds {found[0]} (`vaultnet log {shell_word(name)}`): {file} would take the name from "
        f"them; to call them so in links, add `aliases: [{name}]` to their note; for someone else, give "
        "the whole name, or --force to make the note anyway"
    )


def _out_there(outside: list[str], stem: str) -> str:
    """`People/shared leads outside the vault: not read: a note of 'Ana' there would be a second
    one`, of the folders among these symlinks out of the vault; "" for none."""
    folders = [link for link in outside if not link.lower().endswith(".md")]
    return f"{led_out(folders)}: a note of '{stem}' there would be a second one" if folders else ""


def _without_md(name: str) -> str:
    """The name given without a `.md` at its end (`Ana Ruiz.md`, as a file is named, or as the
    shell completes it): the note is `Ana Ruiz.md`, not `Ana Ruiz.md.md`."""
    given = name.strip()
    return given[: -len(".md")] if given.lower().endswith(".md") and len(given) > len(".md") else name


def template_text(file: str, data: bytes) -> tuple[str, str | None]:
    """A vault's template as text, decoded as a note is (`read.text.decode`: UTF-16 or UTF-32 with
    a byte-order mark, else UTF-8, else the legacy code page it reads as text in: Windows-1252,
    Windows-1250 or ISO-8859-2), and its encoding when not UTF-8. One that is no text, or not
    valid UTF-16 or UTF-32, is refused: a note made from it would carry U+FFFD."""
    decoded = decode(file, data)
    marked = marked_encoding(data)
    if decoded.problem and (decoded.binary or marked):
        raise ScaffoldError(f"{file}: {decoded.problem.message}; not used as a template")
    if marked:
        return decoded.text, unicode_name(marked[1])
    return decoded.text, legacy_name(decoded.encoding) if decoded.encoding else None


def named_as_neighbours(name: str, stems: list[str]) -> str:
    """The file name (no `.md`) for a new person called `name`, named as most notes of its folder
    (their file names, `stems`) are, when at least three are: as slugs (`ana-ruiz`, or
    `ana_ruiz`), or with an `@` before the name (`@Ana Ruiz`, so that `[[@` offers only people);
    else the name itself. The template's heading keeps the name as given, and a slug's heading
    names the note (docs/format.md)."""
    if len(stems) < 3:
        return name
    slugs = [s for s in stems if s == s.lower() and " " not in s and ("-" in s or "_" in s)]
    if 2 * len(slugs) > len(stems) and (slug := slugged(name)):
        return slug.replace("-", "_") if 2 * sum("_" in s for s in slugs) > len(slugs) else slug
    if 2 * sum(s.startswith("@") for s in stems) > len(stems) and not name.startswith("@"):
        return f"@{name}"
    return name


def fill_template(root: Path, name: str, today: dt.date) -> str:
    """The person template with `{{ name }}` filled (`title` and `date` too, as Obsidian names
    them): the vault's `.vaultnet/templates/person.md`, else vaultnet's own (`_own_template`)."""
    template = PERSON_TEMPLATE if (root / USER_TEMPLATES / PERSON_TEMPLATE).is_file() else _own_template(root)
    try:
        return Renderer(root).render(
            template, name=name, title=name, date=today.isoformat(), today=today.isoformat()
        )
    except TemplateProblem as exc:
        raise ScaffoldError(str(exc)) from None


def vault_person_template(root: Path, config: Config) -> str | None:
    """The vault's own person template, as Obsidian's Templates or Templater plugin fills it: a
    note in a template folder named for a person (`Templates/Person.md`, `99 Templates/Contact
    Template.md`, `_templates/tpl-people.md`); the first by path when there are several. Template
    folders are where no walk of the notes goes, so they are looked through here."""
    found = []
    for folder, folders, files in os.walk(root):
        rel = Path(folder).relative_to(root).as_posix()
        at = "" if rel == "." else f"{rel}/"
        folders[:] = [name for name in folders if name[:1] != "." and not is_output(at + name, config)]
        if at and any(map(config.is_template_folder, rel.split("/"))):
            found += [at + name for name in files if name.endswith(".md") and _names_a_person(name[:-3])]
    return min(found, default=None)


def _names_a_person(stem: str) -> bool:
    words = [word for word in re.findall(r"[^\W\d_]+", stem.casefold()) if word not in _TEMPLATE_WORDS]
    return len(words) == 1 and words[0] in _PERSON_WORDS


_PERSON_WORDS = frozenset(("person", "people", "contact", "contacts"))
_TEMPLATE_WORDS = frozenset(("template", "templates", "tpl", "tmpl", "new"))


def fill_vault_template(text: str, name: str, today: dt.date, now: dt.datetime | None = None) -> str:
    """A template of the vault's own, filled as Obsidian's Templates plugin fills one (`{{title}}`,
    `{{date}}`, `{{date:DD.MM.YYYY}}`, `{{time}}`) and as Templater does its commonest commands
    (`<% tp.file.title %>`, `<% tp.date.now("YYYY-MM-DD") %>`). Any other Templater command is
    code vaultnet does not run: it is left out, as a cursor's place (`<% tp.file.cursor() %>`) is."""
    now = now or dt.datetime.now()

    def field(match: re.Match[str]) -> str:
        kind, written = match[1].lower(), match[2]
        if kind == "title":
            return name
        if kind == "date":
            return day_in_format(today, written.strip()) if written and written.strip() else today.isoformat()
        clock = (written or "HH:mm").strip().replace("HH", "%H").replace("mm", "%M").replace("ss", "%S")
        return now.strftime(clock)

    def command(match: re.Match[str]) -> str:
        code = match[1].strip()
        if code == "tp.file.title":
            return name
        if dated := _NOW.fullmatch(code):
            return day_in_format(today, dated[1]) if dated[1] else today.isoformat()
        return ""

    return _TEMPLATER.sub(command, _OBSIDIAN_FIELD.sub(field, text))


def emptied_placeholders(text: str) -> str:
    """The note with each front-matter value that is only a placeholder its template left to fill
    in by hand (`birthday: YYYY-MM-DD`, `company: "{{company}}"`, a list's `- "{{phone}}"`)
    left empty: the note is a person's at once, not a template (spec 6.1)."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return text
    kept = [lines[0]]
    for at, line in enumerate(lines[1:], 1):
        if line.rstrip() == "---":
            return "\n".join(kept + lines[at:])
        key, colon, value = line.partition(":")
        item = line.lstrip().startswith("- ")
        value = (line.lstrip()[2:] if item else value).strip().strip("'\"").strip()
        if not _PLACEHOLDER_ONLY.fullmatch(value) and not DATE_MASK.match(value):
            kept.append(line)
        elif not item and colon:
            kept.append(f"{key}:")
    return text  # no end to the front matter: not one to touch


_PLACEHOLDER_ONLY = lazy_pattern(r"\{\{[^{}]*\}\}|<%.*?%>|<[^<>@]+>|\+?X[X .()/-]*")
"""A template's value to fill in by hand: a field (`{{company}}`, `<% ... %>`), a name in angle
brackets (`<email>`), a mask of X's (`+XX XXX XXX XXXX`)."""


_OBSIDIAN_FIELD = lazy_pattern(r"\{\{\s*(title|date|time)\s*(?::([^}]*))?\}\}", re.IGNORECASE)
"""A field Obsidian's Templates plugin fills, with its format if any (`{{date:YYYY-MM-DD}}`)."""
_TEMPLATER = lazy_pattern(r"<%[*_-]?(.*?)[_-]?%>", re.DOTALL)
"""A Templater command or block (`<% ... %>`, `<%* ... %>`, whitespace control marks too)."""
_NOW = lazy_pattern(r"""tp\.date\.now\(\s*(?:["']([^"']*)["']\s*)?\)""")
"""Templater's today, in a Moment.js format if given."""

# --- vaultnet init: a commented vaultnet.toml derived from Config, so it cannot drift -------------


def field_docs() -> dict[str, str]:
    """Each Config field's docstring, read from config.py's source."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(Config)))
    except (OSError, TypeError):
        return {}
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs = {}
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = " ".join(following.value.value.split())
    return docs


def toml_value(value: object) -> str:
    """A default as TOML. Raises TypeError for a type vaultnet.toml cannot hold, so a new field is noticed."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in textwrap.wrap(text, 96)] if text else []


def config_text() -> str:
    """vaultnet.toml with every setting at its default, each under its explanation."""
    docs = field_docs()
    defaults = Config()
    keys: list[str] = [
        "# vaultnet settings for this vault. Every value below is the default: change what you need,",
        "# delete the rest. Unknown keys are errors, so a typo never passes silently.",
    ]
    tables: list[str] = []
    for spec in dataclasses.fields(Config):
        value = getattr(defaults, spec.name)
        if isinstance(value, dict):
            tables += ["", *_comment(docs.get(spec.name, "")), f"[{spec.name}]"]
            tables += [f"{k} = {toml_value(v)}" for k, v in sorted(value.items())]
            tables += [f"# {example}" for example in _EXAMPLES.get(spec.name, [])]
            continue
        keys += ["", *_comment(docs.get(spec.name, ""))]
        if value is None:
            example = _EXAMPLES.get(spec.name)
            keys.append(f"# {spec.name} = {example}" if example else f"# {spec.name} = (not set)")
        else:
            keys.append(f"{spec.name} = {toml_value(value)}")
    return "\n".join(keys + tables) + "\n"


@dataclasses.dataclass(frozen=True, slots=True)
class Made:
    """One file `vaultnet init` wrote, or kept because it was there."""

    file: str
    created: bool


def _logseq_graph(root: Path) -> bool:
    """Is the vault a Logseq graph (its `logseq` settings folder beside its `pages`)?"""
    return (root / "logseq").is_dir() and (root / "pages").is_dir()


def _own_template(root: Path) -> str:
    """vaultnet's own person template for this vault: a Logseq page's in a Logseq graph."""
    return LOGSEQ_PERSON_TEMPLATE if _logseq_graph(root) else PERSON_TEMPLATE


def init_vault(root: Path) -> list[Made]:
    """Write vaultnet.toml and the person template where they are missing; never touch what exists.
    A vault with a person template of its own (`vault_person_template`) keeps it as the one."""
    try:
        own = vault_person_template(root, load_config(root))
    except ConfigError:  # a vaultnet.toml it cannot read: kept, as it is
        own = vault_person_template(root, Config())
    wanted = {CONFIG_FILE: config_text()}
    if own is None:
        ours = (template_folder() / _own_template(root)).read_text("utf-8")
        wanted[f"{USER_TEMPLATES}/{PERSON_TEMPLATE}"] = ours
    for file in wanted:  # all checked first: a refusal writes nothing
        path = root / file
        if not (path.exists() or path.is_symlink()):
            confined(root, path)
    made = []
    for file, text in wanted.items():
        path = root / file
        if path.exists() or path.is_symlink():
            made.append(Made(file, False))
            continue
        confined(root, path)
        create_file(path, text.encode("utf-8"))
        made.append(Made(file, True))
    return made if own is None else [*made, Made(own, False)]
