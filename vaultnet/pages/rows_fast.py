"""vaultnet's own one-person-a-line macros, written again in Python: the same text per person,
without the cost of a Jinja macro call (and the macros it calls) for each of thousands of people.

The `lines` filter uses a row from here only while every template is vaultnet's own: a vault
with templates of its own in `.vaultnet/templates` gets every line from its macros. The rows
read through the environment's filters, as the macros do. tests/test_rows.py renders pages both
ways and compares them byte for byte: change a macro in `templates/`, change its row here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultnet.model import PersonStats

if TYPE_CHECKING:
    from jinja2.runtime import Macro

Row = Callable[..., str]
"""One person's line: `row(s, *args)` gives what the macro `line(s, *args)` renders."""

PROMPT_LENGTH = 160
"""`truncate(160)` in `_macros.j2`'s `prompts`."""
TRUNCATE_LEEWAY = 5
"""How far past its length Jinja's `truncate` lets a text run before it cuts (its default policy)."""
OWN_NOTE = "their note"
"""`person_block` in `Follow-ups.md.j2`: a task's link to the person's own note, which their name
would make read as the person."""
OVERVIEW_PROMPTS = 2
"""`l.few_prompts(s, 2)` in `Overview.md.j2`: a few open follow-ups per person, then how many
more (`more_open`); the terminal report shows as many."""


def more_open(found: int, most: int) -> str:
    """`and 47 more open`: what follows the first `most` of a person's `found` open follow-ups
    (`few_prompts` in `_lists.j2`)."""
    return f"and {found - most} more open"


def truncated(text: str, length: int) -> str:
    """Jinja's `truncate(length)`: a text longer than the length and the leeway cut at the last
    space before `length - 3` characters, and `...` put after."""
    if len(text) <= length + TRUNCATE_LEEWAY:
        return text
    return text[: length - 3].rsplit(" ", 1)[0] + "..."


def rows(filters: Mapping[str, Callable[..., Any]]) -> dict[tuple[str, str], Row]:
    """The rows, by (template, macro name), reading these filters (an environment's, as they
    are now) as the macros do; `truncate` is Jinja's own, written again here (`truncated`)."""
    link, due_words, last_words = filters["link"], filters["due_words"], filters["last_words"]
    follow_ups, plain = filters["follow_ups"], filters["plain"]
    note_link, rhythm, words_note = filters["note_link"], filters["rhythm"], filters["words_note"]
    days, due_on_day_set = filters["days"], filters["due_on_day_set"]

    planned_words, coming_words = filters["planned_words"], filters["coming_words"]
    resting_words, missing, by_age = filters["resting_words"], filters["missing"], filters["by_age"]
    follow_up_when = filters["follow_up_when"]

    def prompts(s: PersonStats, most: int | None = None) -> str:  # _macros.j2: prompts(s, most=...)
        found = follow_ups(s)
        if not found:
            return ""
        text = []
        for f in found if most is None else found[:most]:
            text.append("\n  - open: " + truncated(plain(f.text), PROMPT_LENGTH))
            if f.file != s.person.file:
                text.append(f" (in {note_link(f.file)})")
        if most is not None and len(found) > most:
            text.append(f"\n  - {more_open(len(found), most)}")
        return "".join(text)

    def due_line(s: PersonStats, today: str, most: int | None = None) -> str:
        return f"- {link(s)}: {due_words(s, today)} ({last_words(s)}){prompts(s, most)}"

    def overdue_line(s: PersonStats, today: str) -> str:
        every = "" if due_on_day_set(s) else f", every {days(s.cadence_days)}"
        return f"- {link(s)}: {due_words(s, today)}{every} ({last_words(s)}){prompts(s)}"

    def drifting_line(s: PersonStats, most: int | None = None) -> str:
        gaps = f"usually every {days(rhythm(s))}, now {days(s.days_since)}"
        return f"- {link(s)}: {gaps} ({last_words(s)}){prompts(s, most)}"

    def booked_line(s: PersonStats) -> str:
        return f"- {link(s)}: booked {planned_words(s)}"

    def coming_line(s: PersonStats, today: str) -> str:
        return f"- {link(s)}: {coming_words(s, today)}"

    def resting_line(s: PersonStats, today: str) -> str:
        return f"- {link(s)}: {resting_words(s, today)} ({last_words(s)})"

    def short_line(s: PersonStats, config: Any) -> str:
        return f"- {link(s)}: {missing(s, config)}"

    def fading_line(s: PersonStats) -> str:
        return f"- {link(s)}: {last_words(s)}"

    def name_line(s: PersonStats) -> str:
        return f"- {link(s)}"

    def person_block(s: PersonStats, today: str, level: int) -> str:
        items = []
        for f in by_age(s):
            when = follow_up_when(f, today)
            source = note_link(f.file, OWN_NOTE if f.file == s.person.file else None)
            items.append(f"- {plain(f.text)} ({source}, line {f.line})" + (f": **{when}**" if when else ""))
        return "\n".join([f"{'#' * level} {link(s)}", *items, ""])

    def reciprocity_line(s: PersonStats) -> str:
        return f"- {link(s)}{words_note(s)}"

    return {
        ("Overview.md.j2", "due_line"): partial(due_line, most=OVERVIEW_PROMPTS),  # a few prompts each
        ("Overview.md.j2", "drifting_line"): partial(drifting_line, most=OVERVIEW_PROMPTS),
        ("Overview.md.j2", "booked_line"): booked_line,
        ("Overview.md.j2", "coming_line"): coming_line,
        ("Recency.md.j2", "overdue_line"): overdue_line,
        ("Recency.md.j2", "due_line"): due_line,
        ("Recency.md.j2", "booked_line"): booked_line,
        ("Recency.md.j2", "coming_line"): coming_line,
        ("Recency.md.j2", "drifting_line"): drifting_line,
        ("Recency.md.j2", "fading_line"): fading_line,
        ("Recency.md.j2", "lapsed_line"): fading_line,
        ("Recency.md.j2", "resting_line"): resting_line,
        ("Recency.md.j2", "name_line"): name_line,
        ("Connections.md.j2", "name_line"): name_line,
        ("Connections.md.j2", "short_line"): short_line,
        ("Follow-ups.md.j2", "person_block"): person_block,
        ("Reciprocity.md.j2", "name_line"): reciprocity_line,
    }


def row_for(line: Macro, folder: Path, known: Mapping[tuple[str, str], Row]) -> Row | None:
    """The row written for this macro when it is one of the templates in `folder` (vaultnet's own)."""
    where = Path(line._func.__code__.co_filename)
    if where.parent != folder:
        return None
    return known.get((where.name, line.name))
