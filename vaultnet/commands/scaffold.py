"""New files in a vault: a person note from a template (`vaultnet new`), a starter kit (`vaultnet init`)."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import itertools
import json
import re
import textwrap
import unicodedata
from pathlib import Path

from vaultnet.commands.log import person_names
from vaultnet.config import CONFIG_FILE, Config
from vaultnet.confine import confined
from vaultnet.convert import name_key, shown_characters, slugged, unsafe_characters
from vaultnet.errors import FileExists, ScaffoldError, TemplateProblem
from vaultnet.pages.layout import USER_TEMPLATES, template_folder
from vaultnet.pages.render import Renderer
from vaultnet.vault.names import Resolver
from vaultnet.vault.walk import walk_stats
from vaultnet.write import create_file

PERSON_TEMPLATE = "person.md"
"""The template `vaultnet new` fills; `<vault>/.vaultnet/templates/person.md` wins over vaultnet's own."""

DEFAULT_FOLDER = "People"

MAX_NAME_BYTES = 200
"""A note's name, in UTF-8: file systems allow 255 bytes, and `.md` and a temporary file's
suffix must fit too."""

_BAD_NAME = re.compile(r'[\[\]|#^\\/:*?"<>\x00-\x1f]')
"""Characters that break a wikilink or a file name on some system."""

_EXAMPLES = {
    "as_of": "2026-11-21",
    "daily_format": '"DD-MM-YYYY"',
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
    return stem


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
    """The top-level people folder holding the most notes, as the vault spells it, else `People`."""
    folders = [
        entry
        for entry in (sorted(root.iterdir()) if root.is_dir() else [])
        if entry.is_dir() and config.is_people_folder(entry.name)
    ]
    if not folders:
        return DEFAULT_FOLDER
    return max(folders, key=lambda folder: sum(1 for _ in folder.glob("*.md"))).name


def new_person(root: Path, name: str, config: Config, today: dt.date, folder: str | None = None) -> str:
    """Create the person's note from the template, in `folder` or the people folder; returns its path."""
    stem = check_name(name)
    found = list(walk_stats(root, config))
    where = check_folder(folder, config) if folder else people_folder(root, config)
    notes = [(other, other.rsplit("/", 1)[-1][:-3]) for other, *_ in found]  # each file and its stem
    named = named_as_neighbours(stem, [own for other, own in notes if other.rpartition("/")[0] == where])
    file = f"{where}/{named}.md"
    claimed = Resolver(person_names(root, config, found)).claimants(stem)
    if claimed:  # `ben-cohen.md` with `name: Ben Cohen` already answers to "Ben Cohen"
        raise ScaffoldError(
            f"{', '.join(claimed)} already answers to '{stem}': a second note would split links"
        )
    keys = {name_key(stem), name_key(named)}
    for other, own in notes:
        if name_key(own) in keys:
            raise ScaffoldError(f"{other} already exists: a second note named '{stem}' would split links")
    confined(root, root / file)
    text = fill_template(root, stem, today)
    try:
        create_file(root / file, text.encode("utf-8"))
    except FileExists as exc:
        raise ScaffoldError(str(exc)) from None
    return file


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
    """The person template with `{{ name }}` filled (`title` and `date` too, as Obsidian names them)."""
    try:
        return Renderer(root).render(
            PERSON_TEMPLATE, name=name, title=name, date=today.isoformat(), today=today.isoformat()
        )
    except TemplateProblem as exc:
        raise ScaffoldError(str(exc)) from None


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


def init_vault(root: Path) -> list[Made]:
    """Write vaultnet.toml and the person template where they are missing; never touch what exists."""
    wanted = {
        CONFIG_FILE: config_text(),
        f"{USER_TEMPLATES}/{PERSON_TEMPLATE}": (template_folder() / PERSON_TEMPLATE).read_text("utf-8"),
    }
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
    return made
