"""Stats → texts: the pages of spec 4 and the JSON of spec 5 (terminal.py has the report). No disk writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal
import os
import re
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import is_dataclass, replace
from functools import cache, cached_property, partial
from itertools import accumulate, compress, repeat
from operator import attrgetter, is_
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from vaultnet.config import Config
from vaultnet.confine import inside_vault
from vaultnet.convert import counted, iso
from vaultnet.errors import TemplateProblem
from vaultnet.metrics.cultivate import (
    BUCKET_LIMIT,
    Introductions,
    by_age,
    introduction_ideas,
    introductions_made,
    is_drifting,
    last_note,
    open_follow_ups,
    rhythm_days,
)
from vaultnet.metrics.movement import Movement, Standing, movement
from vaultnet.metrics.next import (
    NEXT_CONTACT,
    due_on_day_set,
    has_occasions,
    kept_unread,
    maybe_yours,
    missing,
    named_alike,
    next_occurrence,
    occasions,
    resting_reason,
    without_note,
)
from vaultnet.metrics.stats import Report
from vaultnet.model import (
    Contact,
    FollowUp,
    Note,
    PersonStats,
    Problem,
    Unnoted,
    Vault,
    field_values,
    stem_of,
)
from vaultnet.pages.chart import CHART_LIMIT, place, quadrant_chart, trend_chart
from vaultnet.pages.groups import GroupMemo, grouped, regroup
from vaultnet.pages.json_text import dumps
from vaultnet.pages.layout import CANVAS, MARKER, PAGES, USER_TEMPLATES, template_folder
from vaultnet.pages.lists import LISTS, PageLists
from vaultnet.pages.precompiled import code_of
from vaultnet.pages.recent import Recent
from vaultnet.pages.rows_fast import Row, row_for, rows
from vaultnet.pages.saved import (
    CONFIG_ARG,
    Earlier,
    MadeSection,
    RowBook,
    RowKey,
    SavedStats,
    link_key,
    row_key,
)
from vaultnet.patterns import lazy_pattern
from vaultnet.vault.load import not_read, taken_as_yours, unopenable
from vaultnet.vault.names import name_clashes, resolver_of, spelt_apart
from vaultnet.vault.walk import org_files

if TYPE_CHECKING:
    from jinja2 import BaseLoader, Environment, Template

_UNSAFE_TARGET = lazy_pattern(r"[\[\]|#^%<>`]")
"""What a wikilink target cannot hold: Obsidian's link syntax, or a backtick (a code span would
swallow the link). Nor odd spaces, or spaces Obsidian would trim: see `_spaced`."""
_CONTROLS = dict.fromkeys(c for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if not chr(c).isspace())
"""Control characters but whitespace (which `str.split` makes a space), to drop: a terminal's
escapes (`ESC ] 52` writes its clipboard) never reach a page or a terminal."""
_CONTROL = lazy_pattern(r"[\x00-\x1f\x7f-\x9f]")
"""A character `_CONTROLS` or a line break may drop: whether `_one_line` has work to do."""
_DISPLAY = str.maketrans({"[": "(", "]": ")", "|": "/", "`": "'", "\\": "\u29f5", **_CONTROLS})
"""`\\` as `⧵`, which looks like it and escapes nothing: as written, not a `/` claiming a folder."""
_HTML_START = lazy_pattern(r"<(?=[A-Za-z/!?])")
_DISPLAY_WORK = lazy_pattern(r"[\[\]|`\\<\x00-\x1f\x7f-\x9f]|%%")
"""What `display` would change (or could: any `<`), besides spaces: text without it, `_spaced`
well and short, is shown as it is."""
_COMMENT_MARK = "%%"
_COMMENT_BROKEN = "%\u200b%"
"""A `%%`, which opens an Obsidian comment (hiding the rest of the page when none closes it), with
a zero-width space between its two `%`: shown as written, and no comment."""
DISPLAY_MAX = 120
"""Characters of a name or text shown at most: a page line stays a line, whatever a note holds."""


def _forget(key: int, text: dict[int, str], alive: dict[int, Any], _gone: object) -> None:
    """A weak reference's callback: the stats it pointed to are gone, and so are their lines."""
    text.pop(key, None)
    alive.pop(key, None)


def note_link(file: str, label: str | None = None) -> str:
    """A link to a note, shown by its file name, or by `label` (`their note`: a person's own
    note, which their name would make read as the person)."""
    return wikilink(file, stem_of(file) if label is None else label)


def file_link(file: str) -> str:
    """A link to a note shown by its path (no `|` alias: it sits in table cells)."""
    target = file.removesuffix(".md")
    if _UNSAFE_TARGET.search(target) or not _spaced(target) or not file.endswith(".md"):
        return _markdown_link(file, file)
    return f"[[{target}]]"


def _markdown_link(file: str, name: str) -> str:
    """A Markdown link to a note, for a path no wikilink holds: its text is Markdown, escaped as a
    line's (`inert`), which a table cell holds too; a `]` closing it is an entity, as `\\]]` would
    end a wikilink in Obsidian's eyes."""
    shown = inert(_one_line(name)) or "?"
    if shown.endswith("\\]"):
        shown = shown[:-2] + "&#93;"
    return f"[{shown}](<{quote(file, safe='/ ')}>)"


def problem_link(problem: Problem) -> str:
    """The file of a problem as a link, or as its path in code when no editor could open it."""
    if unopenable(problem):
        return f"`{display(problem.file).replace('`', '')}`"
    return file_link(problem.file)


def _spaced(text: str) -> bool:
    """Are its words apart by single spaces only, none at either end (no tab, no line break)?"""
    return " ".join(text.split()) == text


def display(text: str) -> str:
    """A name made safe to show where Markdown shows it as written: inside a wikilink (as its
    label), a code span or a Mermaid label. A wikilink's label is no Markdown, so no backslash
    escapes one: each of these is a lookalike.

    Brackets and pipes would end the link; a backtick could close the code span, `<` open a tag
    or an HTML comment (`<-` stays), a backslash escape the bracket closing a Markdown link's
    text, and `%%` open an Obsidian comment (`_COMMENT_BROKEN`).
    """
    if len(text) <= DISPLAY_MAX and not _DISPLAY_WORK.search(text) and _spaced(text):
        return text  # most names: nothing to change
    return _one_line(_HTML_START.sub("‹", text.translate(_DISPLAY))).replace(_COMMENT_MARK, _COMMENT_BROKEN)


def wikilink(file: str, name: str) -> str:
    """A link to a note that Obsidian resolves, whatever characters its name holds."""
    target = file.removesuffix(".md")
    if _UNSAFE_TARGET.search(target) or not _spaced(target):
        return _markdown_link(file, name)
    return f"[[{target}|{display(name)}]]"


_LINK_TEXT = lazy_pattern(r"[!#]?\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
"""A wikilink, an embed or Logseq's tag of a page (`#[[Ana Silva]]`): its target, its label."""
_MD_LINK_TEXT = lazy_pattern(
    r"!?\[([^\[\]]*)\]\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"
    r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"""
)
"""A Markdown link (`[Ana](People/Ana%20Costa.md)`, `[Ana](<People/Ana Costa.md>)`, an address
with brackets, `(https://en.wikipedia.org/wiki/Foo_(bar))`, a title, `(https://a.com "A")`):
its text."""
_INLINE_FIELD = lazy_pattern(r"\(\s*[\w-]+::\s*([^()\[\]]*?)\s*\)|^\s*[\w-]+::\s*")
"""A Dataview field Dataview shows as its value: in parentheses, `(place:: the station)`, or opening
the line. One in square brackets, `[mood:: tired]`, it shows with its key: as written."""
_LINE_BREAK = lazy_pattern(r"<br\s*/?>", re.IGNORECASE)


_BLOCK_ID = lazy_pattern(r"(?:^|\s)\^[A-Za-z0-9-]+\s*$")
"""Obsidian's block ID closing a line (`coffee ^blk9`): the note's anchor, which Obsidian never shows."""
_MARKED = lazy_pattern(
    r"(<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>"
    r"|https?://(?:[^\s<>\[\]|`%]|%(?!%))+|\\[!-/:-@\[-`{-~])"
    r"|[\\`*_~$\[\]|]|<(?=[A-Za-z/!?])|%(?=%)|(?<=%)%|=(?==)|(?<==)=|(?<=:):"
    r"|(?<![^\s(\"'“‘])#(?=[^\s#])|^[#>+-]"
)
"""What `inert` escapes, or (group 1) keeps as written: an autolink, an address, a backslash
escape. A tag's `#` is one opening the text or after a space, a bracket or a quote (not `C#`,
`&#x2F;` or a link's `/page#part`); a field's colon, the second of `::`."""
_MAY_MARK = lazy_pattern(r"[\\`*_~$\[\]|<#]|%%|==|::")
"""What a text holds when `_MARKED` may find something in it (or it opens with `_OPENINGS`)."""
_OPENINGS = frozenset("#>+-0123456789")
_ORDERED = lazy_pattern(r"^(\d{1,9})([.)])")
"""An ordered list's opening (`1. call the bank`), escaped after its number."""


def plain(text: str) -> str:
    """A note's line, or a name, as a person reads it on a page: `[[Jane Doe|Jane]]` → Jane,
    `[Jane](Jane%20Doe.md)` → Jane, `(person:: Bo)` → Bo, on one line (`_one_line`), its block
    ID left out and its Markdown escaped (`inert`): shown as written."""
    return inert(_shown(text))


def _shown(text: str) -> str:
    """`plain` before `inert`: what a limit cuts, so that a cut never parts an escape from its mark."""
    return _one_line(without_block_id(unlinked(text)))


def _one_line(text: str) -> str:
    """Text on one line of at most `DISPLAY_MAX` characters, its spaces single, without control
    characters (`_CONTROLS`)."""
    if len(text) <= DISPLAY_MAX and _spaced(text) and not _CONTROL.search(text):
        return text  # most lines: nothing to change
    shown = " ".join(text.translate(_CONTROLS).split())
    return shown if len(shown) <= DISPLAY_MAX else shown[: DISPLAY_MAX - 1].rstrip() + "…"


def inert(text: str) -> str:
    """Text made plain Markdown, which a page shows as written, in a line or a table cell: each
    mark of Markdown's, Obsidian's or Dataview's escaped by a backslash, which Obsidian does not
    show (`_MARKED`): a tag's `#`, a field's second colon (the tag pane and Dataview would take
    them for the page's own: `FROM #todo` would list it), what would format it (`*`, `_`,
    `` ` ``, `~`, `==`, `$`), make it a link, HTML or a comment (`[`, `]`, `<b>`, `%%`), end a
    table's cell (`|`), and what would make it a heading, a quote or a list opening a list item
    (`# big one`, `> `, `- `, `1. `). A backslash escape written in the note stays one, as
    Obsidian shows it; an autolink (`<https://...>`) or an address (`https://...`) is kept whole,
    a link as in the note."""
    if not _MAY_MARK.search(text) and text[:1] not in _OPENINGS:
        return text  # most lines: nothing to escape
    escaped = _MARKED.sub(_escaped, text)
    return _ORDERED.sub(r"\1\\\2", escaped, count=1) if escaped[:1].isdigit() else escaped


def _escaped(match: re.Match[str]) -> str:
    return match[1] or "\\" + match[0]


def plain_text(text: str) -> str:
    """A note's line as a person reads it where no Markdown is (a terminal, a calendar):
    `unlinked`, its spaces single, no longer than a page shows it; a bracket, a pipe or a
    backslash as written (`C:\\Users`); no control character (`_CONTROLS`)."""
    shown = " ".join(unlinked(text).split()).translate(_CONTROLS)
    return shown if len(shown) <= DISPLAY_MAX else shown[: DISPLAY_MAX - 1].rstrip() + "…"


def quoted(text: str) -> str:
    """A note's line as a terminal quotes it: `plain_text` of it without its block ID, which
    Obsidian never shows either."""
    return plain_text(without_block_id(text))


def without_block_id(text: str) -> str:
    """A note's line without the block ID closing it (`coffee ^blk9`), as written otherwise."""
    return _BLOCK_ID.sub("", text) if "^" in text else text


def unlinked(text: str) -> str:
    """A note's line with each link as its label, an embed left out (`![[photo.png|200]]`: what
    Obsidian shows there is no words), each field in parentheses as its value, and a line break
    written in HTML (`<br>`) a space."""
    if "[[" in text:
        text = _LINK_TEXT.sub(_link_label, text)
    if "](" in text:
        text = _MD_LINK_TEXT.sub(r"\1", text)
    if "::" in text:
        text = _INLINE_FIELD.sub(lambda m: m[1] or "", text)
    if "<" in text:
        text = _LINE_BREAK.sub(" ", text)
    return text


def _link_label(match: re.Match[str]) -> str:
    """A wikilink's words: its label, else its note's name without its folder, or the heading a
    link within the note names (`[[#Heading only]]`); none for an embed."""
    if match[0][0] == "!":
        return ""
    if match[2]:
        return match[2]
    name, _, heading = match[1].rsplit("/", 1)[-1].partition("#")
    return name or heading


_MARKS = lazy_pattern(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|`([^`\n]+)`")
"""Bold (`**Partner:**`, `__nurse__`) and a code span, around the words they mark."""
_ESCAPE = lazy_pattern(r"\\([!-/:-@\[-`{-~])")
"""A backslash escape, as `inert` writes one (`\\#todo`, `people\\_folders`) or a note did: the
mark it escapes, as Markdown shows it."""


def unmarked(text: str) -> str:
    """Text for a terminal, which shows Markdown's marks rather than what they mean: bold and
    code spans as their words (`**Partner:** Alex` → `Partner: Alex`), what `inert` escaped as
    written (`\\#todo` → `#todo`)."""
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "**" not in text and "__" not in text and "`" not in text:
        return text
    return _MARKS.sub(lambda m: m[2] if m[2] is not None else m[3], text)


FROM_WORDS = " (from the words)"
"""After a person whose reciprocity rests on directions read from the words (spec 6.5): short, as
a page of hundreds holds it on many lines; the page says once what to do about it."""


def words_note(s: PersonStats) -> str:
    """`FROM_WORDS` when the person's reciprocity rests on inferred directions, else nothing; and
    for one carried by one side, how many of the window's contacts say nothing of who started
    (`unsaid`)."""
    return (FROM_WORDS if s.from_words else "") + unsaid(s)


def unsaid(s: PersonStats) -> str:
    """` (3 of 4 contacts say nothing of who started)` after one-way resting on as few marks as
    contacts that say nothing (written in words vaultnet does not read, say), or fewer: a guess on
    little, not the notes' word."""
    contacts = s.inbound + s.outbound + s.mutual + s.unknown
    if 2 * s.unknown < contacts or s.reciprocity not in ("one-way-me", "one-way-them"):
        return ""
    return f" ({s.unknown} of {contacts} contacts say nothing of who started)"


def no_people_hint(config: Config, org: int = 0, yours: Sequence[tuple[str, str]] = ()) -> str:
    """Why a vault shows nobody, and the vaultnet.toml keys that would change it; first, the notes
    among people read as yours (`yours`: `taken_as_yours`), then the `org` Org-mode files it holds
    (`org_files`: a Logseq graph kept in org-mode), which no key makes read."""
    said = "No person notes found. vaultnet"
    if yours:
        taken = "; ".join(f"{file} ({why})" for file, why in yours[:YOURS_SHOWN])
        more = f"; and {len(yours) - YOURS_SHOWN} more" if len(yours) > YOURS_SHOWN else ""
        one = len(yours) == 1
        return (
            f"No person notes found: {counted(len(yours), 'note')} among people "
            f"{'is' if one else 'are'} read as your own (you are none of your connections): {taken}{more}. "
            f"If {'it is' if one else 'one is'} someone else's, change `me` in vaultnet.toml (a first name "
            "there beside your whole name or address makes no alias yours), or the note's tag."
        )
    if org:
        said = (
            f"No person notes found. {counted(org, '.org file')} {'was' if org == 1 else 'were'} not read: "
            "vaultnet reads Markdown (.md) notes only. Among those, it"
        )
    folders = ", ".join(config.people_folders) or "none"
    tags = ", ".join(f"#{t}" for t in config.person_tags) or "none"
    types = ", ".join(config.person_types) or "none"
    return (
        f"{said} looks for notes in folders named {folders} (people_folders), "
        f"tagged {tags} (person_tags), or with type or categories {types} (person_types). "
        "Set one of these keys in vaultnet.toml to how your vault marks people, e.g. "
        'people_folders = ["Friends"] or person_tags = ["person", "👤"].'
    )


def due_words(s: PersonStats, today: str) -> str:
    """When a person is due: `overdue by 3 days`, `due today` or `due 2026-12-01`; overdue since
    the day their note set (`overdue by 11 days since 2026-11-20`) when that day, not their
    cadence, makes them due (`due_on_day_set`), as `vaultnet show` says it."""
    if s.overdue_days:
        since = f" since {s.due}" if due_on_day_set(s) else ""
        return f"overdue by {counted(s.overdue_days, 'day')}{since}"
    if s.due is not None and s.due.isoformat() == today:
        return "due today"
    return f"due {s.due}"


def last_words(
    s: PersonStats, source: Callable[[str], str] | None = None, limit: int = 80, terminal: bool = False
) -> str:
    """What was last said with a person: `last 2026-11-02: “coffee”`, or `never contacted`, or
    `last 2026-11-20 from last_contact; last entry 2026-11-02: “coffee”`.

    `source`, when given, renders a link to the note an entry comes from when that is not the
    person's own note. A front-matter last contact later than every entry is shown first.
    `terminal`: the words as `said_on` quotes them for a terminal.
    """

    def entry(contact: Contact) -> str:
        words = said_on(contact.date, contact.text, limit, terminal)
        if source is not None and contact.file != s.person.file:
            words += f" in {source(contact.file)}"
        return words

    if s.last_contact is None:
        return "never contacted"
    if s.last is not None and s.last.date == s.last_contact:
        return f"last {entry(s.last)}"
    if s.last is not None:
        # No brackets: the pages put these words in brackets of their own.
        return f"last {s.last_contact} from last_contact; last entry {entry(s.last)}"
    return f"last {s.last_contact}"


def said_on(date: dt.date, text: str, limit: int | None = 80, terminal: bool = False) -> str:
    """A day and what its line said, as a person reads it, cut at a word within `limit` (None:
    whole): `2026-11-02: “coffee”`, or the day alone. `terminal`: as the line says it
    (`quoted`: `C:\\Users [v2] | #work`), not made safe for a page."""
    words = quoted(text) if terminal else _shown(text)
    if limit is not None and len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"{date}: “{words if terminal else inert(words)}”" if words else str(date)


def met_words(u: Unnoted, source: Callable[[str], str]) -> str:
    """Where the notes last say the owner met someone without a note: `last 2026-11-19: “ran
    into Tomás at the market” in ` and the note, as `source` renders it."""
    return f"last {said_on(u.date, u.text)} in {source(u.file)}"


def planned_words(s: PersonStats, source: Callable[[str], str] | None = None, terminal: bool = False) -> str:
    """The first plan: `booked 2026-12-02: “video call”`, and its note when not the person's own.
    `terminal`: its words as `said_on` quotes them for a terminal."""
    if not s.planned:
        return ""
    plan = s.planned[0]
    if plan.text == NEXT_CONTACT and plan.file == s.person.file:
        return f"{plan.date} (next_contact in the note)"  # a day set to be in touch, no plan made together
    words = said_on(plan.date, plan.text, None, terminal)
    if source is not None and plan.file != s.person.file:
        words += f" in {source(plan.file)}"
    return words


def coming_words(s: PersonStats, today: dt.date) -> str:
    """Birthdays and anniversaries coming up: `birthday today (turns 41)`."""
    return "; ".join(o.words(today) for o in occasions(s.person.note, today))


def follow_up_when(f: FollowUp, today: dt.date) -> str:
    """What a follow-up's day says as of today, when it is here or past (`overdue, due
    2026-12-01`, `due today`), or ahead and in no word of the task (Logseq's `SCHEDULED:` line:
    `due 2026-12-10`); nothing for none, or a day ahead its text shows (`📅 2026-12-10`)."""
    if f.due is None:
        return ""
    if f.due > today:
        return "" if f.due.isoformat() in f.text else f"due {f.due.isoformat()}"
    return "due today" if f.due == today else f"overdue, due {f.due.isoformat()}"


def follow_up_words(f: FollowUp, today: dt.date) -> str:
    """A follow-up as the terminal says it: its words as written (`quoted`), then whether it is
    due or overdue."""
    when = follow_up_when(f, today)
    return f"{quoted(f.text)} ({when})" if when else quoted(f.text)


def follow_up_json(f: FollowUp) -> dict[str, Any]:
    """An open follow-up as `report --json` and `show --json` give it."""
    return {"file": f.file, "line": f.line, "text": f.text, "due": iso(f.due)}


def follow_ups_by_age(s: PersonStats) -> tuple[FollowUp, ...]:
    """A person's open follow-ups, oldest first."""
    return tuple(sorted(open_follow_ups(s), key=by_age))


def cell(text: str) -> str:
    """Text made safe inside a Markdown table cell, as a problem's message is shown on the
    Problems page: a `|` escaped, and a `[[` out of code too (`\\[\\[`), which Obsidian shows as
    written and reads as no link: a value the message quotes (`birthday: 'around [[Easter]]'`)
    makes no unresolved link, nor a backlink from the page to the note it names."""
    shown = " ".join(str(text).replace("|", "\\|").split())
    return _LINK_OPENING.sub(lambda m: m[1] or "\\[\\[", shown) if "[[" in shown else shown


def code(text: str) -> str:
    """Text shown as written, in a code span, where Markdown, Obsidian and HTML read nothing (a
    `|`, a `<b>`, a `[[`, a `#tag`): its spaces single, no longer than a page shows a name, fenced
    by more backticks than any run of them it holds (with a space inside the fence where it opens
    or closes with one). In a table cell, `cell` after it escapes its `|` as `\\|`."""
    shown = " ".join(str(text).split())
    if len(shown) > DISPLAY_MAX:
        shown = shown[: DISPLAY_MAX - 1].rstrip() + "…"
    fence = "`" * (max(map(len, _BACKTICK_RUN.findall(shown)), default=0) + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


_BACKTICK_RUN = lazy_pattern(r"`+")
_LINK_OPENING = lazy_pattern(r"(`+[^`]*`+)|\[\[")
"""A wikilink's (or an embed's) `[[`, or a code span, in which it is shown as it is."""


def _vault_loader(folder: Path, vault_root: Path) -> BaseLoader:
    """The vault's templates, refusing one that is (or sits behind) a symlink out of the vault."""
    from jinja2 import FileSystemLoader, TemplateError
    from jinja2.loaders import split_template_path

    class VaultLoader(FileSystemLoader):
        def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
            # Checked before it is opened: a cloned vault could point its template at
            # ~/.ssh/id_rsa and have the page show it.
            path = os.path.join(str(folder), *split_template_path(template))
            if os.path.lexists(path) and not inside_vault(vault_root, path):
                raise TemplateError(
                    f"{template} leads outside the vault ({os.path.realpath(path)}): not read"
                )
            source, filename, uptodate = super().get_source(environment, template)
            return source.removeprefix("\ufeff"), filename, uptodate  # Notepad's UTF-8 BOM: not the page's

    return VaultLoader(str(folder))


def _own_loader(folder: Path) -> BaseLoader:
    """vaultnet's own templates, each compiled from its Python as made for this release
    (`precompiled.py`) when that was made from this very template, else from the template."""
    from jinja2 import FileSystemLoader

    class OwnLoader(FileSystemLoader):
        def load(
            self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
        ) -> Template:
            source, filename, uptodate = self.get_source(environment, name)
            code = code_of(name, source, filename)
            if code is None:
                return super().load(environment, name, globals)
            return environment.template_class.from_code(environment, code, globals or {}, uptodate)

    return OwnLoader(str(folder))


_Kept = tuple[tuple[Any, ...], dict[int, str], dict[int, "weakref.ref[PersonStats]"], "_Joined"]
"""A line macro's arguments, each person's line by the id of their stats, a weak reference to
those stats, and the blocks made last."""


class _Joined:
    """One line macro's blocks of lines made by the last renders (a list, or one heading's part
    of it), by the stats they show: watch mode renders long lists again on each change, and most
    of their blocks hold the very same stats as before (a line is made from the stats alone, so
    equal stats would do too). Held while kept, the stats keep their ids."""

    def __init__(self, clock: Callable[[], int]) -> None:
        self._known: Recent[tuple[int, int, int], tuple[tuple[PersonStats, ...], str]] = Recent(clock)

    @staticmethod
    def _spot(people: tuple[PersonStats, ...]) -> tuple[int, int, int]:
        return (len(people), id(people[0]), id(people[-1]))

    def get(self, people: tuple[PersonStats, ...]) -> str | None:
        """The text made for these very people, if kept."""
        if not people:
            return None
        found = self._known.get(self._spot(people))
        if found is None or found[0] != people:
            return None
        return found[1]

    def put(self, people: tuple[PersonStats, ...], text: str) -> None:
        if people:
            self._known.put(self._spot(people), (tuple(people), text))


_FILTERS: dict[str, Callable[..., Any]] = {
    "cell": cell,
    "plain": plain,
    "inert": inert,
    "note_link": note_link,
    "file_link": file_link,
    "problem_link": problem_link,
    "due_words": due_words,
    "due_on_day_set": due_on_day_set,
    "last_words": lambda s: last_words(s, note_link),
    "display": display,
    "code": code,
    "spelt_apart": spelt_apart,
    "follow_ups": open_follow_ups,
    "rhythm": rhythm_days,
    "days": lambda n: counted(n, "day"),
    "planned_words": lambda s: planned_words(s, note_link),
    "met_words": lambda u: met_words(u, note_link),
    "person_link": lambda key: wikilink(*key),
    "coming_words": lambda s, today: coming_words(s, dt.date.fromisoformat(today)),
    "resting_words": lambda s, day: resting_reason(s.person.note, dt.date.fromisoformat(day)),
    "missing": lambda s, config: "; ".join(missing(s, config)),
    "by_age": follow_ups_by_age,
    "follow_up_when": lambda f, today: follow_up_when(f, dt.date.fromisoformat(today)),
    "words_note": words_note,
}
"""The filters that depend on nothing but their arguments (the others are each renderer's)."""


def _sandbox(loaders: list[BaseLoader]) -> Environment:
    """Jinja's sandbox over these loaders, remembering its verdict on an attribute: it depends
    only on the object's type and the attribute's name."""
    from jinja2 import ChoiceLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class Sandbox(SandboxedEnvironment):
        safe: dict[tuple[type, str], bool] = {}  # noqa: RUF012

        def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
            key = (type(obj), attr)
            verdict = self.safe.get(key)
            if verdict is None:
                verdict = self.safe[key] = super().is_safe_attribute(obj, attr, value)
            return verdict

    return Sandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


class _LineFilters:
    """The `lines` and `section` filters of one environment: each person's line by a line macro.

    vaultnet's own macros have rows in Python (rows_fast.py): the same text, a fraction of the
    time. A build from the saved state takes a saved person's line as the last build wrote it
    (the renderer's `book`). Watch mode renders the same people again and again, so each line is
    kept. All of that holds for vaultnet's own templates only (`own`): they write a line from its
    arguments alone (frozen stats, the day), while a vault's own templates could read anything,
    so their lines are rendered every time.
    """

    def __init__(self, renderer: Renderer, env: Environment, own: bool) -> None:
        from jinja2.runtime import Macro

        self._renderer = renderer
        self._clock = lambda: renderer.renders
        self._env = env
        self._own = own
        self._remember = renderer.keep_lines and own
        self._macro = Macro
        self._kept: dict[Any, _Kept] = {}
        self._rows: dict[Any, Any] = {}  # each macro's code → its row in Python, or None
        self.group = GroupMemo(self._clock) if self._remember else grouped
        """The `grouped` filter: in watch mode, each list's groups kept for the next render."""

    @cached_property
    def _own_rows(self) -> dict[tuple[str, str], Row]:
        """vaultnet's rows in Python, made once over this environment's filters."""
        return rows(self._env.filters)

    def _book_row(self, line: Any, args: tuple[Any, ...]) -> tuple[RowBook, RowKey] | None:
        """The saved build's lines and the key of this macro's, when a build keeps them."""
        book = self._renderer.book if self._own else None
        if book is None:
            return None
        row = row_key(Path(line._func.__code__.co_filename).name, line.name, args)
        return (book, row) if row is not None else None

    def lines(self, people: tuple[PersonStats, ...], line: Any, *args: Any) -> str:
        """Each person's line by the macro `line(s, *args)`, joined."""
        if not isinstance(line, self._macro):
            raise TypeError("lines: the second argument must be a macro")
        code = line._func.__code__
        if code not in self._rows:
            self._rows[code] = (self._own and row_for(line, template_folder(), self._own_rows)) or None
        write = self._rows[code] or line
        saved = self._book_row(line, args)
        if saved is not None:
            book, row = saved
            return book.lines(row, people, write, args)
        if not self._remember:
            return "\n".join([write(s, *args) for s in people])
        return self._kept_lines(code, people, write, args)

    def _kept_lines(
        self, code: Any, people: tuple[PersonStats, ...], write: Any, args: tuple[Any, ...]
    ) -> str:
        """`lines` in watch mode: each person's line kept while their stats live."""
        known = self._kept.get(code)
        if known is None or known[0] != args:
            known = self._kept[code] = (args, {}, {}, _Joined(self._clock))
        _, text, alive, joined = known
        block = joined.get(people)
        if block is not None:  # the very people of a block made before: most of a page
            return block
        # By the id of the stats, which is theirs while they live: a weak reference drops the
        # line when they go. The maps keep the walk over thousands of people in C; only people
        # whose stats are new go through Python.
        ids = list(map(id, people))
        found = list(map(text.get, ids))
        if None in found:
            for s in compress(people, map(is_, found, repeat(None))):
                key = id(s)
                text[key] = write(s, *args)
                alive[key] = weakref.ref(s, partial(_forget, key, text, alive))
        block = "\n".join(map(text.__getitem__, ids))
        joined.put(people, block)
        return block

    def section(
        self,
        people: tuple[PersonStats, ...],
        by: str,
        line: Any,
        label: str,
        args: tuple[Any, ...],
        level: int = 3,
    ) -> str:
        """A list under its headings (`grouped`, each heading with how many are under it), each
        person's line by `line(s, *args)`: `grouped_lines` of `_lists.j2`. `level`: the headings'
        (3, `###`, under a page's `##` section; one more under a `###` one), so that an outline
        shows each group under its list."""
        marks = "#" * level

        def head(at: int, heading: str, count: int) -> str:
            return f"{NEWLINES[at > 0]}{marks} {label}{heading} ({count})\n" if heading else ""

        def make(earlier: Earlier | None) -> MadeSection:
            """The section as text and as UTF-8, and its layout; the groups nobody moved onto
            or off taken from `earlier` as they were."""
            plan = regroup(people, by, earlier.layout, earlier.old, earlier.new) if earlier else None
            if plan is None:
                plan = [(heading, len(under), None) for heading, under in self.group(people, by)]
            text = memoryview(earlier.text if earlier else b"")  # its slices joined, not copied first
            begins = (0, *accumulate(size for _, _, size in earlier.layout)) if earlier else (0,)
            parts: list[bytes | memoryview] = []
            layout, start = [], 0
            for at, (heading, count, was) in enumerate(plan):
                top = head(at, heading, count)
                group: list[bytes | memoryview]
                if was is None:
                    group = [(top + self.lines(people[start : start + count], line, *args)).encode("utf-8")]
                else:  # as saved, under a heading of its place now
                    begin = begins[was] + len(head(was, heading, count).encode("utf-8"))
                    group = [top.encode("utf-8"), text[begin : begins[was + 1]]]
                parts += group
                layout.append((heading, count, sum(map(len, group))))
                start += count
            data = b"".join(parts)
            return data.decode("utf-8"), data, tuple(layout)

        saved = self._book_row(line, args) if isinstance(line, self._macro) else None
        if saved is not None:
            book, row = saved
            return book.section(people, by, label, row, make, level)
        return "".join(
            head(at, heading, len(under)) + self.lines(under, line, *args)
            for at, (heading, under) in enumerate(self.group(people, by))
        )


@cache
def _written_rows() -> dict[tuple[str, str], Row]:
    """The rows over the filters alone, a person linked by file and name as `Renderer._link`
    links them: a line as a page writes it, without Jinja."""
    return rows({**_FILTERS, "link": lambda s: wikilink(*link_key(s))})


def same_lines(old: PersonStats, new: PersonStats, keys: Iterable[RowKey], config: Config) -> bool:
    """Whether each line these row keys write (`RowBook` keeps lines by them) reads the same of
    a person's stats `old` and `new`."""
    written = _written_rows()
    for template, macro, args in keys:
        write = written.get((template, macro))
        if write is None:
            return False
        given = tuple(config if a == CONFIG_ARG else a for a in args)
        if write(old, *given) != write(new, *given):
            return False
    return True


class Renderer:
    """One Jinja environment for a vault: the vault's own templates first, then vaultnet's."""

    def __init__(self, vault_root: Path | None = None, keep_lines: bool = False) -> None:
        self.vault_root = vault_root
        self.keep_lines = keep_lines
        """Keep each person's lines for the next render (watch mode renders again and again)."""
        self._links: dict[tuple[str, str], str] | None = None
        """While `pages` renders: each person's link, made once for all the pages."""
        self.book: RowBook | None = None
        """Each person's line as the last build wrote it, and as written now (saved/state.py)."""
        self.renders = 0
        """How many times `produce` was asked for pages: what watch mode remembers is by render."""

    @cached_property
    def env(self) -> Environment:
        loaders: list[BaseLoader] = [_own_loader(template_folder())]
        if self.vault_root is not None:
            loaders.insert(0, _vault_loader(self.vault_root / USER_TEMPLATES, self.vault_root))
        env = _sandbox(loaders)
        lines = _LineFilters(self, env, own=not self._has_user_templates())
        env.filters.update(_FILTERS)
        env.filters.update(lines=lines.lines, section=lines.section, grouped=lines.group, link=self._link)
        return env

    def render(self, template: str, **context: Any) -> str:
        try:
            text = self.env.get_template(template).render(**context)
        except Exception as exc:
            if not self._has_user_templates():
                raise  # vaultnet's own templates failing is vaultnet's bug: show it whole
            # The sandbox's SecurityError, a syntax error, a range too big: the user's templates.
            line = getattr(exc, "lineno", None)
            where = f" (line {line})" if line else ""
            own = self.vault_root is not None and (self.vault_root / USER_TEMPLATES / template).is_file()
            name = (
                f"{USER_TEMPLATES}/{template}"
                if own
                else f"{template} (with the templates in {USER_TEMPLATES})"
            )
            message = " ".join(str(getattr(exc, "message", None) or exc).split())
            raise TemplateProblem(f"{name}{where}: {message}") from None
        if text.endswith("\n") and not text.endswith("\n\n"):
            return text  # already one final newline: no copy
        return text.rstrip("\n") + "\n"

    def _has_user_templates(self) -> bool:
        folder = self.vault_root / USER_TEMPLATES if self.vault_root is not None else None
        return folder is not None and folder.is_dir() and any(folder.iterdir())

    def produce(
        self,
        report: Report,
        config: Config,
        context: dict[str, Any] | None = None,
        only: Collection[str] | None = None,
    ) -> dict[str, Iterator[str]]:
        """The pages vaultnet writes, by name (or those named in `only`): build, watch and the
        tests all make pages here. Each page's text comes in pieces, made only when read: a build
        writes the pages one after another and so holds one at a time (the canvas of a large vault
        is tens of MB). A Markdown page starts with the marker line; the network canvas holds its
        own marker (see canvas.py). `context`: the template names, when the caller keeps them
        current (watch); else made from the report."""
        self.renders += 1
        context = page_context(report, config, root=self.vault_root) if context is None else context
        links: dict[tuple[str, str], str] = {}  # each person's link made once for all the pages

        def made(page: str) -> Iterator[str]:
            self._links = links
            try:
                text = self.render(page + ".j2", **context)
            finally:
                self._links = None
            yield f"{MARKER}\n"  # apart: no copy of a page of MBs with the marker in front
            yield text

        pages = {page: made(page) for page in PAGES if only is None or page in only}
        if only is None or CANVAS in only:
            from vaultnet.pages.canvas import canvas_pieces  # here: most builds keep the canvas

            pages[CANVAS] = canvas_pieces(report, config)
        return pages

    def _link(self, s: PersonStats) -> str:
        """The `link` filter: a link to the person's note, shown by their name."""
        key = link_key(s)
        if self._links is None:
            return wikilink(*key)
        link = self._links.get(key)
        if link is None:
            link = self._links[key] = wikilink(*key)
        return link


NEWLINES = ("\n", "\n\n")
"""Before a list's first heading, and before each one after."""


PAGE_INPUTS = {
    "Connections.md": ("config", "real", "short_active", "short_personal", "short_reciprocal", "today"),
    "Follow-ups.md": ("follow_ups", "open_count", "today"),
    "Introductions.md": ("config", "idea_limit", "ideas", "made", "today", "unclear_intros"),
    "Overview.md": (
        "booked", "chart", "chart_possible", "chart_shown", "coming_up", "config", "drifting",
        "follow_ups", "from_words", "lapsed", "limit", "maybe_yours", "movement", "movers",
        "movers_shown", "named_alike", "no_people", "not_read", "open_count", "output", "problems",
        "reach_out", "resting", "short_active", "short_personal", "short_reciprocal", "summary",
        "today", "trend_chart", "without_note",
    ),
    "Problems.md": ("clashes", "problems", "unread", "unread_files"),
    "Recency.md": (
        "booked", "coming_up", "config", "drifting", "due_soon", "fading", "lapsed", "never",
        "overdue", "resting", "today",
    ),
    "Reciprocity.md": ("config", "from_words", "no_direction", "one_way_me", "one_way_them", "two_way"),
}  # fmt: skip
"""Page → the names of `page_context` that vaultnet's own template of it reads, and nothing else
(tests/test_render.py holds each to its template): the page is the same whenever they are, and a
build from the saved state leaves it unmade."""


def page_inputs(
    context: dict[str, Any], names: tuple[str, ...], unmoved: Collection[str]
) -> tuple[str, bool]:
    """What a page is made from: a digest of these names' values, and whether each page list
    among them is as the saved state left it (in `unmoved`: `PageLists.unmoved()`). A list stands
    in the digest by its name alone: one nobody moved onto or off holds the same people, each with
    the stats, and so the line, they had."""
    digest = hashlib.blake2b(digest_size=16)
    for name in names:
        digest.update(_data(name if name in LISTS else context[name]))
    return digest.hexdigest(), all(name in unmoved for name in names if name in LISTS)


def _data(value: Any) -> bytes:
    """`value` as bytes for a digest: `marshal`'s, version 0 (no references: the same bytes for the
    same value on any machine), of the value itself when it is plain data (text, numbers and
    tuples of them), else of `_plain(value)`. Hundreds of KB of problems on a large vault are
    written so in C, where their repr took milliseconds."""
    try:
        return marshal.dumps(value, 0)
    except ValueError:
        return marshal.dumps(_plain(value), 0)


_PROBLEM = attrgetter("file", "line", "message")


def _plain(value: Any) -> Any:
    """What a page shows of `value`, as plain data: problems, ideas, introductions and the
    movement as their fields (a person in them by their file and name: the page shows their
    link; a day by its number), anything else by its repr (the configuration: the state's key
    is made of it too)."""
    kind = type(value)
    if kind is Movement:
        return _field(replace(value, then={}))  # everyone's standing then: shown only as counted
    if kind not in (list, tuple) or not value:
        return repr(value)
    if set(map(type, value)) == {Problem}:  # thousands on a large vault: in C
        return list(map(_PROBLEM, value))
    return [_field(v) for v in value]


def _field(value: Any) -> Any:
    kind = type(value)
    if kind in _AS_IS:
        return value
    if kind is PersonStats or kind is SavedStats:
        return link_key(value)
    if kind is dt.date:
        return value.toordinal()
    if kind is tuple or kind is list:
        return tuple(map(_field, value))
    if is_dataclass(value):
        return tuple(map(_field, field_values(kind)(value)))
    return repr(value)


_AS_IS = frozenset((str, int, bool, type(None)))
"""Values `_field` gives as they are (most of a dataclass's fields)."""


def page_context(
    report: Report,
    config: Config,
    lists: PageLists | None = None,
    introductions: Introductions | None = None,
    root: Path | None = None,
) -> dict[str, Any]:
    """The names the templates use, each list already sorted.

    Watch mode passes the lists and the introductions it keeps current; a build makes them here.
    `root`: the vault, whose Org-mode files a report that finds nobody counts (`no_people_hint`).
    """
    if lists is None:
        lists = PageLists(report.today, report.people, config)
    ideas, made, unclear = introductions or (introduction_ideas(report, config), *introductions_made(report))
    charted = lists["charted"]
    moved = movement(report, config, lists.tally)
    clashes = name_clashes(report.vault)
    return {
        "today": report.today.isoformat(),
        "summary": report.summary,
        "people": report.people,
        "config": config,
        "output": config.output,
        **{name: lists[name] for name in LISTS if name != "charted"},
        "problems": report.vault.problems,  # what the JSON counts: a name a file name wins is no problem
        **dict(zip(("unread", "unread_files"), _unread(report), strict=True)),
        "clashes": clashes,
        "open_count": lists.open_count,
        "oldest_follow_ups": lists.oldest,
        "limit": config.limit,
        "ideas": ideas,
        "idea_limit": BUCKET_LIMIT,
        "made": made,
        "unclear_intros": unclear,
        "chart": _chart(charted, config, report.today),
        "chart_shown": min(len(charted), CHART_LIMIT),
        "chart_possible": len(charted),
        "movement": moved,
        "movers": movers(moved),
        "movers_shown": MOVERS_SHOWN,
        "trend_chart": movement_chart(moved),
        "from_words": lists.from_words,
        "two_way_from_words": lists.two_way_from_words(),
        "no_people": _no_people(config, root, report.vault.notes) if not report.people else "",
        "without_note": (without := without_note(report.vault.unnoted, report.today, config)),
        "named_alike": named_alike(without, map(link_key, report.people), report.vault.names)
        if without and report.vault.names
        else {},
        "not_read": kept_unread(without, report.vault.problems),
        "maybe_yours": yours_hints(without, report.vault, config),
    }


def yours_hints(
    without: tuple[Unnoted, ...], vault: Vault, config: Config
) -> dict[str, tuple[int, int, str]]:
    """Of those met without a note, each who may be the owner (`maybe_yours`), by name as written:
    how many meetings list them, of how many, and the `me` that would say so (`me = ["Jo Lee"]`)."""
    if not without or config.me:
        return {}
    found = maybe_yours(without, vault.unnoted, vault.meetings, config)
    return {
        name: (count, vault.meetings, f"me = [{json.dumps(name, ensure_ascii=False)}]")
        for name, count in found.items()
    }


def _chart(charted: tuple[PersonStats, ...], config: Config, today: dt.date) -> str:
    """The Overview's quadrant chart of these people, or "" when nobody can be placed."""
    return quadrant_chart(place(charted, config, today), config.reciprocity_days) if charted else ""


def _no_people(config: Config, root: Path | None, notes: Iterable[Note]) -> str:
    """`no_people_hint` for this vault, with its `notes` among people read as yours and the
    Org-mode files it holds (the Overview shows it `inert`: the tags it names, `\\#person`, are
    no tags of its own)."""
    if root is None:
        return no_people_hint(config)
    return no_people_hint(config, org_files(root, config), taken_as_yours(root, config, notes))


YOURS_SHOWN = 3
"""How many notes read as yours a vault that shows nobody names."""


def _unread(report: Report) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
    """The notes' own problems: not the names two people claim equally (listed as clashes); those
    of notes read as far as they could be, and those of files of which nothing was read (`not_read`:
    a conflicted copy, a placeholder, a file too large or binary), which have no line to open."""
    equal = set(resolver_of(report.vault).problems())
    problems = report.vault.problems
    own = [p for p in problems if p not in equal] if equal else problems
    return tuple(p for p in own if not not_read(p)), tuple(filter(not_read, own))


MOVERS_SHOWN = 10
"""Names listed at most for one kind of change; the rest are counted."""


def movers(moved: Movement) -> list[tuple[str, tuple[PersonStats, ...]]]:
    """Each kind of change in words, with who changed so (kinds nobody changed left out)."""
    kinds = [
        ("Became real connections", moved.real.became),
        ("No longer real connections", moved.real.stopped),
        ("Turned two-way", moved.reciprocal.became),
        ("No longer two-way", moved.reciprocal.stopped),
        ("Became active", moved.active.became),
        ("Went quiet, no longer active", moved.active.stopped),
    ]
    return [(words, people) for words, people in kinds if people]


def movement_chart(moved: Movement) -> str:
    """The monthly trend of the counts as a Mermaid line chart."""
    months = moved.trend
    series = [[m.active for m in months], [m.reciprocal for m in months], [m.real for m in months]]
    return trend_chart(
        [m.label for m in months],
        series,
        "Active, reciprocal and real, month by month",
        "Three lines, as of each month's last day: how many people were active, reciprocal and real "
        "connections; the table below the chart gives the same numbers.",
    )


def person_json(s: PersonStats, today: dt.date, then: Standing | None = None) -> dict[str, Any]:
    """One person as spec 5 orders the keys (spec 6 keys after `real`); `then`, their standing at
    the start of the movement."""
    note = s.person.note
    return {
        "name": note.name,
        "file": note.file,
        "aliases": list(note.aliases),
        "tags": list(note.tags),
        "last_contact": iso(s.last_contact),
        "days_since": s.days_since,
        "cadence_days": s.cadence_days,
        "due": iso(s.due),
        "overdue_days": s.overdue_days,
        "interactions": s.interactions,
        "inbound": s.inbound,
        "outbound": s.outbound,
        "mutual": s.mutual,
        "unknown": s.unknown,
        "reciprocity": s.reciprocity,
        "facts": s.facts,
        "active": s.active,
        "reciprocal": s.reciprocal,
        "personal": s.personal,
        "real": s.real,
        "inferred": s.inferred,
        "planned": iso(s.planned[0].date) if s.planned else None,
        "birthday": s.person.note.birthday,
        "next_birthday": iso(next_occurrence(s.person.note.birthday, today))
        if has_occasions(s.person.note)
        else None,
        "resting": s.resting,
        "rhythm_days": rhythm_days(s),
        "drifting": is_drifting(s),
        "last_note": last_note(s),
        "follow_ups": [follow_up_json(f) for f in open_follow_ups(s)],
        "active_then": then.active if then else None,
        "reciprocal_then": then.reciprocal if then else None,
        "real_then": then.real if then else None,
    }


def _files(people: tuple[PersonStats, ...]) -> list[str]:
    return [s.person.file for s in people]


def movement_json(moved: Movement, report: Report) -> dict[str, Any]:
    """The movement of spec 5's summary counts, and who moved, by file."""
    summary = report.summary
    return {
        "since": moved.since.isoformat(),
        "days": moved.days,
        "then": {"active": moved.then_active, "reciprocal": moved.then_reciprocal, "real": moved.then_real},
        "now": {"active": summary.active, "reciprocal": summary.reciprocal, "real": summary.real},
        "became_active": _files(moved.active.became),
        "stopped_active": _files(moved.active.stopped),
        "became_reciprocal": _files(moved.reciprocal.became),
        "stopped_reciprocal": _files(moved.reciprocal.stopped),
        "became_real": _files(moved.real.became),
        "stopped_real": _files(moved.real.stopped),
        "trend": [
            {
                "month": m.label,
                "as_of": m.day.isoformat(),
                "active": m.active,
                "reciprocal": m.reciprocal,
                "real": m.real,
            }
            for m in moved.trend
        ],
    }


def problem_json(p: Problem) -> dict[str, Any]:
    """A problem as `report --json` and `show --json` give it."""
    return {"file": p.file, "line": p.line, "message": p.message}


def _not_read_json(problem: Problem | None) -> dict[str, str] | None:
    """The file someone met without a note has their note in, not read (`kept_unread`), and why."""
    return None if problem is None else {"file": problem.file, "problem": problem.message}


def report_json(report: Report, config: Config | None = None, lists: PageLists | None = None) -> str:
    """`vaultnet report --json`: spec 5, keys in order, deterministic. `config`: the vault's (the
    defaults when not given), which the movement is computed with; `lists`: the pages' lists kept
    with the report, whose tally gives the movement without going through everyone again."""
    summary = report.summary
    config = config or Config()
    moved = movement(report, config, lists.tally if lists is not None else None)
    without = without_note(report.vault.unnoted, report.today, config)
    unread = kept_unread(without, report.vault.problems)
    data = {
        "as_of": report.today.isoformat(),
        "summary": {
            "people": summary.people,
            "active": summary.active,
            "reciprocal": summary.reciprocal,
            "personal": summary.personal,
            "real": summary.real,
            "problems": summary.problems,
        },
        "people": [person_json(s, report.today, moved.then[s.person.file]) for s in report.people],
        "problems": [problem_json(p) for p in report.vault.problems],
        "movement": movement_json(moved, report),
        "without_note": [
            {
                "name": u.name,
                "last": u.date.isoformat(),
                "file": u.file,
                "line": u.line,
                "text": u.text,
                "note_not_read": _not_read_json(unread.get(u.name)),
            }
            for u in without
        ],
    }
    return dumps(data) + "\n"
