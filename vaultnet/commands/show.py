"""`vaultnet show NAME`: one person's whole story, gathered from every note that tells of them."""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultnet.commands.people import People, find_person_in
from vaultnet.commands.vcard import Card, card_from_note
from vaultnet.config import Config
from vaultnet.convert import counted, iso, name_key
from vaultnet.errors import UnknownPerson, VaultnetError
from vaultnet.metrics.cultivate import (
    Introduction,
    introductions_made,
    is_drifting,
    open_follow_ups,
    rhythm_days,
)
from vaultnet.metrics.next import (
    has_occasions,
    next_occurrence,
    resting_reason,
    with_next_contact,
    without_note,
)
from vaultnet.metrics.stats import Report
from vaultnet.model import Contact, Direction, FollowUp, Note, PersonStats, Problem
from vaultnet.pages.json_text import dumps
from vaultnet.pages.render import (
    follow_up_json,
    follow_up_words,
    person_json,
    plain_text,
    problem_json,
    quoted,
    said_on,
    unmarked,
    without_block_id,
)
from vaultnet.vault.cache import FileStat
from vaultnet.vault.load import read_found, unread_copies
from vaultnet.vault.names import Resolver, resolver_of
from vaultnet.vault.resolve import Seen, contribute
from vaultnet.vault.walk import walk_stats

if TYPE_CHECKING:
    from vaultnet.saved.resume import Made

log = logging.getLogger(__name__)

_FACT_HINT = (
    "list what you know under ## About (or in a callout titled About), or as facts: in the front matter"
)
"""Where a fact goes, said where a person has none: the Connections page says it too."""

ARROWS: dict[Direction, str] = {"outbound": "→", "inbound": "←", "mutual": "↔", "unknown": "·"}


@dataclass(frozen=True, slots=True)
class Birthday:
    """The person's birthday as written, and when it comes next."""

    written: str
    """`1985-03-14`, or `--03-14` when the year is not known."""
    next: dt.date
    age: int | None
    """How old they turn on `next`, when the year is known."""


@dataclass(frozen=True)
class Story:
    """Everything the vault says about one person, as of one day."""

    today: dt.date
    stats: PersonStats
    card: Card
    timeline: tuple[Contact, ...]
    """Every contact up to today from every note, one per line that tells of it (not merged by
    day), by date, file and line."""
    planned: tuple[Contact, ...]
    """Every contact dated after today, soonest first."""
    broadcasts: tuple[dt.date, ...]
    follow_ups: tuple[FollowUp, ...]
    linked: tuple[tuple[str, str], ...]
    """(file, name) of each person they are linked with, by name."""
    introductions: tuple[Introduction, ...]
    """Introductions made to or for them, latest first."""
    birthday: Birthday | None
    problems: tuple[Problem, ...]
    """What in the person's own note could not be read (an entry's day with no year, say): why
    the story may tell less than the note does."""
    copies: tuple[Problem, ...] = ()
    """The problems of the copies of the note beside it that are not read (`unread_copies`: a sync
    tool's conflicted copy, iCloud's `Ana 2.md`): what they hold is in no timeline until merged."""


def next_birthday(written: str | None, today: dt.date) -> Birthday | None:
    """The next birthday on or after today, and the age they turn when the year is known and
    before it (a birth that day or later is a due date or a typo: no age of 0, or -36)."""
    date = next_occurrence(written, today)
    if written is None or date is None:
        return None
    age = None if written.startswith("--") else date.year - int(written[:4])
    return Birthday(written, date, age if age is not None and age > 0 else None)


def person_story(root: Path, report: Report, query: str, config: Config, seen: Seen | None = None) -> Story:
    """The story of the person `query` names, found as `vaultnet log` finds them. `seen`: which
    people each note tells of, as the report's vault was resolved (else every note is asked)."""
    vault = report.vault
    find = resolver_of(vault)  # the one the vault was read with: a name means here what it meant there
    file = _person_in(root, People.of((p.note for p in vault.people), find), query, config, report)
    stats = next(s for s in report.people if s.person.file == file)
    note = stats.person.note
    tellers = vault.notes
    if seen is not None:
        tellers = tuple(n for n in vault.notes if note.file in seen.get(n.file, ((),))[0])
    names = {p.file: p.note.name for p in vault.people}
    told = _told(tellers, find, note.file)
    story = _story(
        root, report.today, note, stats, told, names.__getitem__, introductions_made(report)[0], config
    )
    return replace(story, copies=unread_copies(note.file, vault.problems))


def saved_story(root: Path, query: str, today: dt.date | None, config: Config) -> Story | None:
    """The story from the state the last build saved, as a build takes it (the notes changed
    since read again, in memory: nothing is saved), reading only the notes that tell of the
    person; None when there is no such state, or it cannot answer: the caller reads the vault."""
    from vaultnet.build import today_for
    from vaultnet.saved import resume
    from vaultnet.saved.files import state_key
    from vaultnet.vault.load import gc_paused

    found = {stat[0]: stat for stat in walk_stats(root, config)}
    day = today_for(config, today)
    with gc_paused():
        # As of the state's day: a new day's lists are not needed for one person's story.
        made = resume.from_saved(root, config, day, list(found.values()), state_key(config), saved_day=True)
        if made is None:
            return None
        try:
            if made.report.today != day and (made.state.made or made.state.unclear):
                return None  # the introductions, made as of the state's day, are not redone here
            return _saved_story(root, made, query, day, config, found)
        except VaultnetError:
            raise  # nobody of that name, say: the user's to fix
        except Exception:  # a saved person that does not decode: the state was not what it claimed
            log.info("build state unusable for the story: reading in full", exc_info=True)
            return None
        finally:
            if made.state.blobs is not None:
                made.state.blobs.close()


def _saved_story(
    root: Path, made: Made, query: str, day: dt.date, config: Config, found: dict[str, FileStat]
) -> Story:
    from vaultnet.metrics.stats import person_stats
    from vaultnet.pages.saved import stats_of

    state = made.state

    def read(file: str) -> Note:
        return read_found(found[file], config)

    find = made.report.vault.names
    assert isinstance(find, Resolver)
    file = _person_in(root, People(state.persons, find), query, config, made.report)
    person = made.report.people[bisect_left(sorted(state.people), file)]  # by file, as the state's
    stats = person_stats(stats_of(person).person, day, config)
    tellers = [read(teller) for teller, about in sorted(state.touches.items()) if file in about]
    told = _told(tellers, find, file)

    def name_of(linked: str) -> str:  # only the few people linked are decoded
        return state.persons[linked][0]

    story = _story(root, day, read(file), stats, told, name_of, made.introductions[1], config)
    return replace(story, copies=unread_copies(file, made.report.vault.problems))


def _person_in(root: Path, people: People, query: str, config: Config, report: Report) -> str:
    """`find_person_in`; when nobody answers but the notes say the owner met someone of that
    name (`without_note`), the error says where."""
    try:
        return find_person_in(root, people, query, config)
    except UnknownPerson as exc:
        met = [
            u
            for u in without_note(report.vault.unnoted, report.today, config)
            if name_key(u.name) == name_key(query)
        ]
        if not met:
            raise
        last = met[0]
        said = said_on(last.date, last.text)
        raise UnknownPerson(
            f"{exc}: your notes say you met them, last on {said} ({last.file}:{last.line})"
        ) from None


def _told(notes: Iterable[Note], find: Resolver, file: str) -> list[Contact]:
    """Every line of these notes that tells of the person at `file`, as a contact, by date, file
    and line."""
    told: list[Contact] = []
    for other in notes:
        part = contribute(other, find).get(file)
        if part is not None:
            told += [
                Contact(m.date, m.direction, part.file, m.line, m.text, m.inferred) for m in part.mentions
            ]
    told.sort(key=lambda t: (t.date, t.file, t.line))
    return told


def _story(
    root: Path,
    today: dt.date,
    note: Note,
    stats: PersonStats,
    told: list[Contact],
    name_of: Callable[[str], str],
    introductions: tuple[Introduction, ...],
    config: Config,
) -> Story:
    """The story of the person of `note`: `introductions`, every one made (theirs are kept)."""
    linked = sorted(((f, name_of(f)) for f in stats.person.linked), key=lambda p: (p[1].casefold(), p[0]))
    return Story(
        today=today,
        stats=stats,
        card=card_from_note(note, (root / note.file).read_bytes(), config),
        timeline=tuple(t for t in told if t.date <= today),
        planned=with_next_contact(tuple(t for t in told if t.date > today), note, today),
        broadcasts=stats.person.broadcasts,
        follow_ups=open_follow_ups(stats),
        linked=tuple(linked),
        introductions=tuple(
            i for i in introductions if note.file in (i.first.person.file, i.second.person.file)
        ),
        birthday=next_birthday(note.birthday, today) if has_occasions(note, today) else None,
        problems=note.problems,
    )


def _other(intro: Introduction, file: str) -> PersonStats:
    return intro.second if intro.first.person.file == file else intro.first


def story_json(story: Story) -> str:
    """`vaultnet show --json`: the story as one object, keys in a fixed order. A key `report
    --json` gives a person too holds what it holds there (`birthday` as read, `facts` a count,
    `planned` a day); the lists the story adds have names of their own (`facts_known`, `plans`)."""
    s, card, note = story.stats, story.card, story.stats.person.note
    file = note.file
    shared = person_json(s, story.today)

    def told(t: Contact) -> dict[str, Any]:
        return {
            "date": t.date.isoformat(),
            "direction": t.direction,
            "text": without_block_id(t.text),
            "file": t.file,
            "line": t.line,
            "inferred": t.inferred,
        }

    data = {
        "as_of": story.today.isoformat(),
        **{key: shared[key] for key in ("name", "file", "aliases")},
        "org": card.org,
        "title": card.title,
        "tags": shared["tags"],
        "emails": list(card.emails),
        "phones": list(card.phones),
        "location": note.location,
        **{key: shared[key] for key in ("birthday", "next_birthday")},
        "age_next_birthday": story.birthday.age if story.birthday else None,
        "facts": shared["facts"],
        "facts_known": [without_block_id(fact) for fact in note.facts],
        **{key: shared[key] for key in _AS_REPORTED},
        "timeline": [told(t) for t in story.timeline],
        "planned": shared["planned"],
        "plans": [told(t) for t in story.planned],
        "broadcasts": [d.isoformat() for d in story.broadcasts],
        "follow_ups": [{**follow_up_json(f), "text": without_block_id(f.text)} for f in story.follow_ups],
        "linked": [{"file": f, "name": name} for f, name in story.linked],
        "introductions": [
            {
                "date": i.date.isoformat(),
                "file": i.file,
                "line": i.line,
                "text": without_block_id(i.text),
                "with": _other(i, file).person.file,
                "together_since": iso(i.since.date) if i.since else None,
            }
            for i in story.introductions
        ],
        "problems": [problem_json(p) for p in (*story.problems, *story.copies)],
    }
    return dumps(data) + "\n"


_AS_REPORTED = (
    "last_contact", "days_since", "cadence_days", "rhythm_days", "due", "overdue_days", "drifting",
    "resting", "reciprocity", "active", "reciprocal", "personal", "real",
)  # fmt: skip
"""The keys of `show --json` taken from `report --json`'s person, in this order."""


def _when(s: PersonStats) -> str:
    days = s.days_since
    if s.last_contact is None or days is None:
        return "never contacted"
    ago = "today" if days == 0 else f"{counted(days, 'day')} ago"
    return f"last contact {s.last_contact} ({ago}{'' if _written(s) else ', from last_contact'})"


def _written(s: PersonStats) -> bool:
    """The last contact is a line of a note, not the front matter's `last_contact` date."""
    return s.last is not None and s.last.date == s.last_contact


_BOOKED_BY = {"outbound": ": you reached out", "inbound": ": they reached out"}
"""Who set a plan up, when its line says so; else nobody is said to have (a client who books
each session himself is no one you reached out to)."""


def _rhythm(s: PersonStats, today: dt.date) -> str:
    parts = []
    if s.cadence_days is not None:
        parts.append(f"cadence every {counted(s.cadence_days, 'day')}")
    rhythm = rhythm_days(s)
    if rhythm is not None:
        quieter = is_drifting(s) and not s.booked
        parts.append(
            f"usually every {counted(rhythm, 'day')}" + (", quieter than that now" if quieter else "")
        )
    rest = resting_reason(s.person.note, today) if s.resting else None
    if rest is not None:
        parts.append(f"resting ({rest}): on no to-do list")
    elif s.booked:  # as every page has them (spec 6.6): never overdue
        parts.append(f"booked {s.planned[0].date}{_BOOKED_BY.get(s.planned[0].direction, '')}")
    elif s.due is not None:
        overdue = f"overdue by {counted(s.overdue_days, 'day')} since {s.due}"
        parts.append(overdue if s.overdue_days else f"due {s.due}")
    return " · ".join(parts) or "no cadence and no rhythm yet"


def _standing(s: PersonStats, window: int) -> str:
    """Who reaches out, in words (`--json` gives the values: `one-way-me`, `outbound`), the
    contacts of the window by who started them, and what of a real connection the person is."""
    counts = f"{s.outbound} from you, {s.inbound} from them, {s.mutual} both, {s.unknown} not said"
    flags = [
        word
        for word, on in (("active", s.active), ("reciprocal", s.reciprocal), ("personal", s.personal))
        if on
    ]
    verdict = "a real connection" if s.real else ("; ".join(flags) or "not active, reciprocal or personal")
    return f"{_RECIPROCITY_WORDS[s.reciprocity]} ({window} days: {counts}) · {verdict}"


_RECIPROCITY_WORDS = {
    "two-way": "two-way: both of you reach out",
    "one-way-me": "one-way: only you reach out",
    "one-way-them": "one-way: only they reach out",
    "unknown": "who reaches out: not known",
}
"""What `show` says of each reciprocity (spec 6.5's values, which `--json` gives)."""


def _card_lines(story: Story) -> list[str]:
    card, note = story.card, story.stats.person.note
    fields = [
        ("aliases", ", ".join(note.aliases)),
        ("work", " · ".join(x for x in (card.title, card.org) if x)),  # a role, an organisation or both
        ("tags", ", ".join(f"#{t}" for t in note.tags)),
        ("email", ", ".join(card.emails)),
        ("phone", ", ".join(card.phones)),
        ("location", note.location or ""),
    ]
    if story.birthday is not None:
        age = f", turns {story.birthday.age}" if story.birthday.age is not None else ""
        fields.append(("birthday", f"{story.birthday.written} (next {story.birthday.next}{age})"))
    elif card.birthday:
        fields.append(("birthday", card.birthday))
    return [f"  {key}: {plain_text(value)}" for key, value in fields if value]


def _counts(story: Story) -> str:
    """How many contacts the timeline tells of, as `report` counts them, and its lines when a day
    has more than one, or some are dated after the person died (`stats.lived`)."""
    contacts = counted(story.stats.interactions, "contact")
    if len(story.timeline) == story.stats.interactions:
        return contacts
    died = story.stats.person.note.died
    lived = [t for t in story.timeline if died is None or t.date <= died]
    why = ["a day's lines are one contact"] if len(lived) > story.stats.interactions else []
    if len(lived) < len(story.timeline):
        why.append(f"none after they died on {died}")
    return f"{counted(len(story.timeline), 'line')}, {contacts}: {'; '.join(why)}"


def _told_line(t: Contact, own: str) -> str:
    """A contact of the timeline: its day, its arrow, what its line said, and where. A line of
    another note that says nothing (a meeting's note named by its day, with no heading: its
    attendees are all it tells) is shown by that note (`Meetings/2026-11-20`); of their own
    note (`own`), as `(no text)`."""
    arrow = ARROWS[t.direction] + ("?" if t.inferred else "")
    said = quoted(t.text) or ("(no text)" if t.file == own else quoted(t.file.removesuffix(".md")))
    return f"  {t.date} {arrow} {said}  [{t.file}:{t.line}]"


_MERGE = "merge what they add into the note, and delete them"
"""What to do with the copies of a person's note that are not read (`Story.copies`)."""


def story_text(story: Story, window: int) -> str:
    """The story as plain lines for the terminal: who, what you know, the timeline, what is next."""
    s, note = story.stats, story.stats.person.note
    lines = [f"{plain_text(note.name)}  ({note.file})", *_card_lines(story), ""]
    lines += [f"What you know ({len(note.facts)})"]
    lines += [f"  - {quoted(fact)}" for fact in note.facts] or [f"  nothing yet: {_FACT_HINT}"]
    lines += [
        "",
        f"As of {story.today}",
        f"  {_when(s)}",
        f"  {_rhythm(s, story.today)}",
        f"  {_standing(s, window)}",
    ]
    key = "→ you, ← them, ↔ both, · not said, ? from words"
    lines += ["", f"Timeline ({_counts(story)}; oldest first; {key})"]
    lines += [_told_line(t, note.file) for t in story.timeline] or [
        "  none written in a note (the last contact above is from last_contact)"
        if s.last_contact is not None
        else "  no contact yet"
    ]
    if story.broadcasts:
        lines += [f"  and {counted(len(story.broadcasts), 'broadcast')} (audience, not contacts)"]
    if story.problems:  # why the timeline may say less than the note does
        lines += ["", f"Problems in the note ({len(story.problems)})"]
        lines += [f"  {p.place}: {p.message}" for p in story.problems]
    if story.copies:  # what was written in them on another machine is in no timeline
        lines += ["", f"Copies of the note not read ({len(story.copies)}): {_MERGE}"]
        lines += [f"  {p.file}" for p in story.copies]
    lines += ["", "Planned"]
    lines += [_told_line(t, note.file) for t in story.planned] or ["  nothing planned"]
    lines += ["", "Open follow-ups"]
    todo = [f"  - {follow_up_words(f, story.today)}  [{f.file}:{f.line}]" for f in story.follow_ups]
    lines += todo or ["  none"]
    lines += ["", f"Linked with ({len(story.linked)})"]
    lines += [f"  {plain_text(name)}  [{f}]" for f, name in story.linked] or ["  nobody"]
    lines += ["", "Introductions"]
    for i in story.introductions:
        since = f"together since {i.since.date}" if i.since else "not together since"
        other = plain_text(_other(i, note.file).person.shown_name)
        lines.append(f"  {i.date} with {other}: {since}  [{i.file}:{i.line}]")
    if not story.introductions:
        lines.append("  none told yet")
    return unmarked("\n".join(lines) + "\n")
