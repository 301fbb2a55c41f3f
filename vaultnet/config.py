"""`vaultnet.toml` → Config, with defaults and errors that name the key and the file."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from vaultnet.confine import inside_vault
from vaultnet.convert import (
    MAX_DAYS,
    WEEK_TOKENS,
    as_cadence,
    as_tag,
    check_today,
    daily_pattern,
    folder_word,
    week_format_parts,
)
from vaultnet.errors import ConfigError
from vaultnet.patterns import lazy_pattern

CONFIG_FILE = "vaultnet.toml"
WORD_KINDS = (
    "inbound", "outbound", "mutual", "mention", "plan", "about", "undone", "they_started", "you_started",
    "called_off",
)  # fmt: skip
"""The tables of `[words]`: phrases that tell who started a contact, or that it is none (spec 6.5)."""


@dataclass(frozen=True)
class Config:
    """How vaultnet reads one vault. Every field has a default (spec 2)."""

    output: str = "_vaultnet"
    """The folder, relative to the vault, that vaultnet writes its pages into."""
    people_folders: tuple[str, ...] = ("people", "contacts", "friendtracker")
    """Folder names (any depth, whole name, any case, `03 People` too) whose notes are people."""
    person_tags: tuple[str, ...] = ("person", "people", "contact")
    """Tags that make a note a person: in the plural too, and nested below one (`person/work`) or
    the last of a tree of kinds (`type/person`)."""
    person_types: tuple[str, ...] = ("person", "people", "contact")
    """`type` or `categories` values that make a note a person."""
    me: tuple[str, ...] = ()
    """How your notes name you (your name, slug or address, any case): a meeting you organised and
    an email you sent (`organizer:`, `from:`) are yours, outbound to the people in them; a note
    of yours among people (named, aliased or addressed so) is no one's."""
    template_folders: tuple[str, ...] = ("templates",)
    """Folder names never read (`_templates` and `99 Templates` too): templates are not people."""
    ignore: tuple[str, ...] = ()
    """Globs, relative to the vault, of files and folders never read."""
    cadence: dict[str, int] = field(default_factory=dict)
    """Default cadence per tag (`family = "2w"`, `work = "quarterly"`, or a number of days); the
    shortest of a person's tags wins."""
    active_days: int = 90
    """Without a cadence, a contact this recent makes a person active."""
    reciprocity_days: int = 365
    """Contacts this recent count for reciprocity."""
    as_of: dt.date | None = None
    """A fixed today, for demos and reproducible pages."""
    max_file_kb: int = 5120
    """Files larger than this are skipped with a problem."""
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Extra front-matter keys per field, added to the built-in table."""
    introductions: int = 10
    """How many introduction ideas to suggest at most; 0 turns them off."""
    tie_tags: tuple[str, ...] = ()
    """Tags of what someone is to you, as `#friend`, `#family`, `#colleague` are (`nachbarn`,
    `verein`): two people who share one share no interest by it, so it makes no introduction
    idea. Added to the built-in ones."""
    movement_days: int = 90
    """Movement compares today with this many days ago: who became or stopped being active, two-way, real."""
    limit: int = 5
    """People shown per list on the Overview and in `vaultnet report`; the rest are on the full page."""
    canvas_limit: int = 600
    """How many people the network canvas shows at most: the real connections, then the most linked."""
    daily_format: str | None = None
    """How your daily notes are named, as Obsidian's Daily notes setting writes it (`DD-MM-YYYY`,
    `YYYY/MM/DD.MM.YYYY`); unset, Obsidian's own setting in the vault is read. Names that tell
    their day unmistakably (`2026-11-20`, `20 Nov 2026`) are read without it."""
    weekly_format: str | None = None
    """How your weekly notes are named, as the Periodic Notes plugin writes it: `gggg-[W]ww`, its
    default, counts weeks as Obsidian in English does (from Sunday, week 1 holding January 1st),
    `GGGG-[W]WW` as ISO 8601 does (from Monday); unset, the plugin's setting in the vault, else ISO
    weeks. Names of a week written the common ways (`2026-W48`, `2026 W48`, `W48 2026`) are read
    without it."""
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Phrases added to the built-in English table per kind (inbound, outbound, mutual, mention,
    plan, about, undone); `X` stands for the person, as in "X rief an"."""

    def is_people_folder(self, name: str) -> bool:
        """Is a folder of this name (one part of a path) a people folder (`folder_word`)?"""
        return folder_word(name) in self.people_folders

    def is_template_folder(self, name: str) -> bool:
        return folder_word(name) in self.template_folders


def _names(key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{key} must be a list of names")
    return tuple(v.strip().lower() for v in value)


def _folder_names(key: str, value: object) -> tuple[str, ...]:
    words = tuple(folder_word(v) for v in _names(key, value))
    if not all(words):
        raise ValueError(f"{key} must be a list of folder names, each with a letter in it")
    return words


def _tags(key: str, value: object) -> tuple[str, ...]:
    return tuple(as_tag(v) for v in _names(key, value))


def _globs(key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of globs")
    return tuple(value)


_RANGES = {
    "active_days": MAX_DAYS,
    "reciprocity_days": MAX_DAYS,
    "max_file_kb": 1 << 20,
    "introductions": 10_000,
    "movement_days": MAX_DAYS,
    "limit": 100_000,
    "canvas_limit": 1_000_000,
}
"""The largest value of each number setting: beyond it dates overflow or memory runs out."""


def _whole_number(lowest: int) -> Callable[[str, object], int]:
    """The converter of a number setting from `lowest` to its `_RANGES` top."""

    def convert(key: str, value: object) -> int:
        top = _RANGES.get(key, MAX_DAYS)
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= top:
            raise ValueError(f"{key} must be a whole number from {lowest} to {top}")
        return value

    return convert


_positive_int = _whole_number(1)
_count = _whole_number(0)
"""A number of things to show, where 0 shows none (`introductions = 0` turns the ideas off)."""


def _output(key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key} must be a folder name")
    path = Path(value.strip())
    unprintable = any(not c.isprintable() for c in value)  # a NUL made os.path raise ValueError
    if (
        unprintable
        or not path.parts
        or path.is_absolute()
        or ".." in path.parts
        or any(part.startswith(".") for part in path.parts)
    ):
        raise ValueError(f"{key} must be a folder inside the vault, with no part starting with a dot")
    return path.as_posix()


def _as_of(key: str, value: object) -> dt.date:
    day = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(value)
    if day is None:
        raise ValueError(f"{key} must be a date like 2026-11-21")
    return check_today(day, key)


def _cadence(key: str, value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError(f"[{key}] must be a table of tag = cadence")
    out = {}
    for tag, raw in value.items():
        _not_a_setting(key, tag)
        days = as_cadence(raw)
        if days is not None and days > MAX_DAYS:
            raise ValueError(f"{key}.{tag} = {raw!r} is longer than {MAX_DAYS} days (100 years)")
        if days is None:
            raise ValueError(
                f"{key}.{tag} = {raw!r} is not a cadence (use 30d, 2w, 3m, 1y or weekly, monthly, ...)"
            )
        out[as_tag(tag)] = days
    return out


def _synonyms(key: str, value: object) -> dict[str, tuple[str, ...]]:
    from vaultnet.fields import FIELDS

    if not isinstance(value, dict):
        raise ValueError(f"[{key}] must be a table of field = [keys]")
    out = {}
    for name, keys in value.items():
        if name not in FIELDS:
            _not_a_setting(key, name)
            raise ValueError(f"{key}.{name} is not a field (one of: {', '.join(sorted(FIELDS))})")
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise ValueError(f"{key}.{name} must be a list of keys")
        out[name] = tuple(keys)
    return out


def _words(key: str, value: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError(f"[{key}] must be a table of kind = [phrases]")
    out = {}
    for kind, phrases in value.items():
        if kind not in WORD_KINDS:
            _not_a_setting(key, kind)
            raise ValueError(f"{key}.{kind} is not a kind of phrase (one of: {', '.join(WORD_KINDS)})")
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise ValueError(f"{key}.{kind} must be a list of phrases")
        if empty := next((p for p in phrases if not _says_a_word(p)), None):
            raise ValueError(
                f"{key}.{kind}: {empty!r} holds no word besides X and …, so it would match every line "
                "that names a person: add the words that say it, as in 'Kaffee mit X'"
            )
        out[kind] = tuple(" ".join(p.split()) for p in phrases)
    return out


def _says_a_word(phrase: str) -> bool:
    """Does a phrase of `[words]` hold a word besides the person's slot (`X`, `X's`) and a gap
    (`…`, `...`)? `mutual = ["X"]` would make every contact two-way, `undone = ["…"]` remove
    every one."""
    return any(token not in ("X", "…", "...") and not token.startswith("X'") for token in phrase.split())


def _not_a_setting(table: str, key: str) -> None:
    """Refuse a setting's name, or one spelt nearly so, as a key of a table: TOML files every line
    after `[cadence]` under it, so a setting added at the end of the file lands there (`limit =
    2`, a cadence of `#limit`; `activ_days = 30`)."""
    if key in _CONVERTERS and key not in _TABLES:
        raise ValueError(
            f"{table}.{key}: {key} is a setting: settings go above the first [table] in the file"
        )
    if "_" in key:  # as most settings' names are, and few tags: a typo of one (`activ_days`)?
        from difflib import get_close_matches  # here: a key of a table is seldom spelt so

        settings = [name for name in _CONVERTERS if name not in _TABLES and "_" in name]
        if like := get_close_matches(key, settings, n=1, cutoff=0.85):
            raise ValueError(
                f"{table}.{key}: did you mean the setting {like[0]}? Settings go above the first [table]"
            )


_TABLES = frozenset(("cadence", "synonyms", "words"))


def _name_format(what: str, example: str, read: Callable[[str], object]) -> Callable[[str, object], str]:
    """The converter of a setting that is a note's name format (`daily_format`, `weekly_format`):
    its text, when `read` can read it."""

    def convert(key: str, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{key} must be a {what} note's name format, as {example}")
        try:
            read(value.strip())
        except ValueError as exc:
            raise ValueError(f"{key} = {value!r}: {exc}") from None
        return value.strip()

    return convert


_daily_format = _name_format("daily", "DD-MM-YYYY", daily_pattern)
_weekly_format = _name_format("weekly", "gggg-[W]ww", week_format_parts)


_CONVERTERS = {
    "output": _output,
    "people_folders": _folder_names,
    "person_tags": _tags,
    "person_types": _tags,
    "me": _names,
    "template_folders": _folder_names,
    "ignore": _globs,
    "cadence": _cadence,
    "active_days": _positive_int,
    "reciprocity_days": _positive_int,
    "as_of": _as_of,
    "max_file_kb": _positive_int,
    "synonyms": _synonyms,
    "introductions": _count,
    "tie_tags": _tags,
    "movement_days": _positive_int,
    "limit": _positive_int,
    "canvas_limit": _positive_int,
    "words": _words,
    "daily_format": _daily_format,
    "weekly_format": _weekly_format,
}


def load_config(vault: Path) -> Config:
    """Read `vault/vaultnet.toml`, or take the defaults when there is none; a daily format it does
    not set is Obsidian's (`obsidian_daily_format`), else Logseq's (`logseq_daily_format`), and a
    weekly format the Periodic Notes plugin's (`obsidian_weekly_format`)."""
    config = _read_config(vault)
    if config.daily_format is None and (daily := obsidian_daily_format(vault) or logseq_daily_format(vault)):
        config = replace(config, daily_format=daily)
    if config.weekly_format is None and (weekly := obsidian_weekly_format(vault)):
        config = replace(config, weekly_format=weekly)
    for name in obsidian_template_folders(vault):
        if not config.is_template_folder(name):
            config = replace(config, template_folders=(*config.template_folders, folder_word(name)))
    return config


def obsidian_daily_format(vault: Path) -> str | None:
    """The name format Obsidian gives this vault's daily notes: the Periodic Notes plugin's when
    its daily notes are on (it names them then), else the Daily notes plugin's. These are
    Obsidian's files, not the user's: one that is missing, broken, outside the vault or holds a
    format vaultnet cannot read is passed over in silence."""
    periodic = _obsidian_json(vault, "plugins/periodic-notes/data.json").get("daily")
    formats = [periodic.get("format")] if isinstance(periodic, dict) and periodic.get("enabled") else []
    formats.append(_obsidian_json(vault, "daily-notes.json").get("format"))
    for value in formats:
        with contextlib.suppress(ValueError):
            return _daily_format("format", value)
    return None


def obsidian_weekly_format(vault: Path) -> str | None:
    """The name format the Periodic Notes plugin gives this vault's weekly notes when they are on:
    its setting, else (left empty) its default, `gggg-[W]ww`, with its weeks counted as ISO's
    (`GGGG-[W]WW`): a locale's weeks (`gggg`, `ww`) are the system language's in Obsidian, which
    vaultnet cannot know (from Sunday in the US, ISO-like in Britain or Germany), so the format
    only tells the notes' names; `weekly_format` in vaultnet.toml says a locale's weeks. As with
    the daily format, a file or a format vaultnet cannot read is passed over."""
    weekly = _obsidian_json(vault, "plugins/periodic-notes/data.json").get("weekly")
    if not isinstance(weekly, dict) or weekly.get("enabled") is not True:
        return None
    try:
        format_ = _weekly_format("format", weekly.get("format") or PERIODIC_WEEKLY)
    except ValueError:
        return None
    return "".join(_ISO_TOKENS.get(m[0], m[0]) for m in WEEK_TOKENS.finditer(format_))


_ISO_TOKENS = {"gggg": "GGGG", "ww": "WW", "w": "W"}
"""A locale's week tokens (Moment.js's) and ISO's in their place."""


PERIODIC_WEEKLY = "gggg-[W]ww"
"""The Periodic Notes plugin's weekly format when its own is left empty."""


def obsidian_template_folders(vault: Path) -> list[str]:
    """The names of the folders Obsidian's Templates plugin and Templater take templates from
    (`Extras/Template`: `Template`), which the vault's notes are not: read as template folders."""
    names = []
    for file, key in (
        ("templates.json", "folder"),
        ("plugins/templater-obsidian/data.json", "templates_folder"),
    ):
        value = _obsidian_json(vault, file).get(key)
        if isinstance(value, str) and (name := value.strip().strip("/").rsplit("/", 1)[-1].strip()):
            names.append(name)
    return names


LOGSEQ_SETTINGS = "logseq/config.edn"
"""Where a Logseq graph keeps its settings, relative to the graph."""


def is_logseq_graph(vault: Path) -> bool:
    """Is the vault a Logseq graph: does it hold Logseq's settings?"""
    return (vault / LOGSEQ_SETTINGS).is_file()


def logseq_daily_format(vault: Path) -> str | None:
    """The format of the days a Logseq graph links (`[[20-11-2026]]`): its journals' page titles,
    `:journal/page-title-format` in `logseq/config.edn`, written as Moment.js writes it (its
    files keep their own names, `2026_11_20.md`, which tell their day whatever this says). As
    with Obsidian's settings, a file or a format vaultnet cannot read is passed over."""
    data = _app_setting(vault, LOGSEQ_SETTINGS, 1 << 20)
    found = _PAGE_TITLE_FORMAT.search(data.decode("utf-8", errors="replace")) if data else None
    moment = _as_moment(found[1]) if found else None
    try:
        return _daily_format("format", moment) if moment else None
    except ValueError:
        return None


_PAGE_TITLE_FORMAT = lazy_pattern(r'^[^;\n]*:journal/page-title-format\s+"([^"\n]+)"', re.MULTILINE)
"""The setting, on a line where no `;` has made it a comment."""
_DATE_FNS = lazy_pattern(r"'([^']*)'|yyyy|yy|MMMM|MMM|MM|M|do|dd|d|EEEE|E{1,3}|[A-Za-z]|.", re.S)
_MOMENT = {
    "yyyy": "YYYY", "yy": "YY", "MMMM": "MMMM", "MMM": "MMM", "MM": "MM", "M": "M",
    "do": "Do", "dd": "DD", "d": "D", "EEEE": "dddd", "EEE": "ddd", "EE": "ddd", "E": "ddd",
}  # fmt: skip
"""Each date-fns token of a day's part, as Moment.js writes it."""


def _as_moment(date_fns: str) -> str | None:
    """A date-fns format (Logseq's: `dd-MM-yyyy`, `EEE, MMM do, yyyy`, `'Day' dd`) as Moment.js
    writes it; None when it holds a token of no day (an hour, a week)."""
    parts = []
    for match in _DATE_FNS.finditer(date_fns):
        token = match[0]
        if match[1] is not None:
            parts.append(f"[{match[1]}]" if match[1] else "'")  # `''` is a quote
        elif token in _MOMENT:
            parts.append(_MOMENT[token])
        elif token.isalpha() or token in "[]/":  # `/` would be a folder in a daily format
            return None
        else:
            parts.append(token)
    return "".join(parts)


def _obsidian_json(vault: Path, file: str) -> dict[str, object]:
    data = _app_setting(vault, f".obsidian/{file}", 1 << 16)
    try:
        value = json.loads(data) if data else {}
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def _app_setting(vault: Path, file: str, limit: int) -> bytes | None:
    """The bytes of an app's settings file in the vault (Obsidian's, Logseq's); None when it is
    missing, larger than `limit`, a symlink out of the vault or cannot be read."""
    path = vault / file
    try:
        if not path.is_file() or path.stat().st_size > limit or not inside_vault(vault, path):
            return None
        return path.read_bytes()
    except OSError:
        return None


def _read_config(vault: Path) -> Config:
    path = vault / CONFIG_FILE
    if not path.is_file():
        return Config()
    if not inside_vault(vault, path):
        raise ConfigError(f"{path} leads outside the vault ({os.path.realpath(path)}): not read")
    import tomllib  # here: most vaults have no configuration file

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to be a vaultnet.toml") from None
    return config_from_dict(raw, source=str(path))


_ON_DISK = frozenset(("output", "ignore"))
"""The settings that are paths, kept as written: vaultnet writes to one and matches globs with
the other as they are on disk."""


def _one_form(value: object) -> object:
    """A setting's texts in one Unicode form (NFC), as a note's text is read: a phrase or tag
    saved as `u` and its dots (`Frühstück`, as a Mac may save it) matches one typed as `ü`."""
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_one_form(item) for item in value]
    if isinstance(value, dict):
        return {_one_form(key): _one_form(item) for key, item in value.items()}
    return value


def config_from_dict(raw: dict[str, object], source: str = CONFIG_FILE) -> Config:
    """Check and convert a parsed TOML table; the first bad key raises ConfigError."""
    values = {}
    for key, value in raw.items():
        converter = _CONVERTERS.get(key)
        if converter is None:
            from difflib import get_close_matches  # here: only a mistyped file needs it

            if like := get_close_matches(key, _CONVERTERS, n=1, cutoff=0.85):
                raise ConfigError(f"{source}: unknown key {key!r}: did you mean {like[0]}?")
            known = ", ".join(sorted(_CONVERTERS))
            raise ConfigError(f"{source}: unknown key {key!r} (known keys: {known})")
        try:
            values[key] = converter(key, value if key in _ON_DISK else _one_form(value))
        except ValueError as exc:
            raise ConfigError(
                f"{source}: {' '.join(str(exc).split())}"
            ) from None  # one line, whatever the keys
    config = Config(**values)  # type: ignore[arg-type]
    shared = [p for p in Path(config.output).parts if p.lower() in config.people_folders]
    if shared:
        raise ConfigError(
            f"{source}: output = {config.output!r} is a people folder ({shared[0]}): "
            "vaultnet's pages and your notes cannot share a folder"
        )
    return config
