"""The calendar both ways: `vaultnet export ics` (reminders, plans, birthdays) and `vaultnet import ics`
(past meetings become log entries, through the writer `vaultnet log` uses)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import re
import stat
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vaultnet.commands.exported import REFUSED, among_notes, no_folder_for
from vaultnet.commands.log import Logged, entry_line, log_all
from vaultnet.commands.people import People
from vaultnet.commands.vcard import interrupts
from vaultnet.config import Config
from vaultnet.confine import confined
from vaultnet.convert import unsafe_characters
from vaultnet.errors import CalendarError, CaptureError, VaultnetError
from vaultnet.metrics.cultivate import last_note, open_follow_ups
from vaultnet.metrics.next import has_occasions
from vaultnet.metrics.stats import Report
from vaultnet.model import Direction, PersonStats
from vaultnet.pages.render import due_words, plain_text
from vaultnet.patterns import lazy_pattern
from vaultnet.read.days import entry_day, iso_days, year_last_days, year_last_order
from vaultnet.read.text import split_front_matter
from vaultnet.read.words import GROUP_LIMIT, read_line, slot, table_of
from vaultnet.vault.resolve import merge_direction
from vaultnet.version import __version__
from vaultnet.write import create_file, write_atomic

log = logging.getLogger(__name__)

PLANS_AHEAD = 90
"""Days after today within which `import ics` lists future events as plans."""

ENTRY_WORDS = 200
"""Characters of an event's title kept in the log entry."""

# --- export -----------------------------------------------------------------------------------


OURS = "@vaultnet"
"""How the UID of each event `export ics` writes ends: `import ics` knows its own events by it,
also in a calendar that took them in and exported them again."""


def _uid(kind: str, *parts: str) -> str:
    """A UID that stays the same while what it names does: a subscribing app updates the event."""
    digest = hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:24]
    return f"{kind}-{digest}{OURS}"


def _all_day(day: dt.date, summary: str, uid: str, stamp: dt.datetime, description: str) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    if day < dt.date.max:  # without an end, a day's event lasts the day (RFC 5545)
        event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
    return event


def _reminder_text(s: PersonStats, today: dt.date, names_only: bool) -> str:
    lines = [due_words(s, today.isoformat()).capitalize() + "."]
    if names_only:
        return lines[0]
    said = last_note(s)
    if s.last is not None and said:
        lines.append(f"Last, on {s.last.date}: {plain_text(said)}")
    elif s.last_contact is None:
        lines.append("Never contacted.")
    lines += [f"Open: {plain_text(f.text)}" for f in open_follow_ups(s)]
    lines.append(f"Note: {s.person.file}")
    return "\n".join(lines)


def _birthday_event(s: PersonStats, birthday: str, stamp: dt.datetime, names_only: bool) -> Any | None:
    """A yearly all-day event on their birthday; 29 February falls on 28 February in other years."""
    year = None
    try:
        if birthday.startswith("--"):
            month, day = (int(p) for p in birthday[2:].split("-"))
            dt.date(2000, month, day)
        else:
            born = dt.date.fromisoformat(birthday)
            year, month, day = born.year, born.month, born.day
    except ValueError:
        return None
    # A year-less birthday starts in 2000 (a leap year, so 29 February is a date).
    start = dt.date(year or 2000, month, day)
    name = plain_text(s.person.note.name)
    text = "\n".join(([f"Born {year}."] if year else []) + ([] if names_only else [f"Note: {s.person.file}"]))
    event = _all_day(start, f"{name}'s birthday", _uid("birthday", s.person.file), stamp, text)
    rule: dict[str, Any] = {"freq": "yearly"}
    if (month, day) == (2, 29):
        rule.update(bymonth=2, bymonthday=-1)  # the last day of February, every year
    event.add("rrule", rule)
    return event


def calendar_text(report: Report, names_only: bool = False) -> tuple[str, int]:
    """The vault's calendar as iCalendar text (RFC 5545), and how many events it holds.

    Deterministic for a vault and a day: sorted by person, and DTSTAMP is the day itself.
    `names_only`: no words of the notes (the last contact's, follow-ups, a plan's text) and no
    note's path in any event, only names and days: for a calendar published through a link.
    """
    from icalendar import Calendar

    today = report.today
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//vaultnet//vaultnet {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "vaultnet")
    calendar.add("refresh-interval", dt.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    count = 0
    for s in report.people:
        name = plain_text(s.person.note.name)
        if s.due is not None and not s.booked and not s.resting:  # the to-do lists' rule (6.6)
            day = max(s.due, today)  # an overdue reminder stays on today, where it is seen
            calendar.add_component(
                _all_day(day, f"Reach out to {name}", _uid("reach-out", s.person.file), stamp,
                         _reminder_text(s, today, names_only))
            )  # fmt: skip
            count += 1
        for plan in s.planned:
            said = "" if names_only else plain_text(plan.text)
            text = f"{said}\n" if said else ""
            uid = _uid("plan", s.person.file, plan.date.isoformat())
            event = _all_day(plan.date, f"{name}: {said or 'planned'}", uid, stamp,
                             "" if names_only else f"{text}Note: {plan.file}:{plan.line}")  # fmt: skip
            calendar.add_component(event)
            count += 1
        note = s.person.note
        born = note.birthday if has_occasions(note, today) else None
        birthday = _birthday_event(s, born, stamp, names_only) if born else None
        if birthday is not None:
            calendar.add_component(birthday)
            count += 1
    return calendar.to_ical().decode("utf-8"), count


def write_ics(path: Path, text: str, root: Path | None = None, config: Config | None = None) -> bool:
    """Write an export whole, replacing only a calendar file, and only when its text changed;
    inside the vault (`root`), never among its notes or pages (`among_notes`). The folder must exist."""
    if root is not None and among_notes(path, root, config or Config()):
        raise CalendarError(f"{path}: {REFUSED}")
    if (no_folder := no_folder_for(path)) is not None:
        raise CalendarError(no_folder)
    data = text.encode("utf-8")
    if not path.exists():
        create_file(path, data)
        return True
    if not path.is_file():
        raise CalendarError(f"{path} is not a file: vaultnet will not replace it")
    before = path.read_bytes()
    if not before.removeprefix(b"\xef\xbb\xbf").lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        raise CalendarError(f"{path} exists and is not an iCalendar file: vaultnet will not replace it")
    if before == data:
        return False
    write_atomic(path, [data], mode=stat.S_IMODE(path.stat().st_mode))
    return True


# --- import -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Meeting:
    """One past event, for one person it matched."""

    file: str
    """The person's note."""
    day: dt.date
    title: str
    status: str
    """`add` (a new entry), `known` (the vault says something of them that day already: a
    contact, a line struck or called off), `removed` (imported before, and no line of that day is
    left: you took it out), `again` (another event that day adds its entry), `declined` (their
    PARTSTAT) or `unmet` (only its title names them, and says no meeting: `Reminder: email Bo`)."""
    direction: Direction = "mutual"
    """Who started it: inbound when they organised the event, outbound when you did (`me` in
    vaultnet.toml), else mutual (a meeting). An entry added for a day of several events with them
    has the day's direction: mutual when each of you organised one (spec 1.3)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """A future event matching people: listed, never written."""

    day: dt.date
    title: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class CalendarImport:
    """What `import ics` found, and (with `--write`) wrote."""

    meetings: tuple[Meeting, ...]
    plans: tuple[Plan, ...]
    unmatched: int
    """Events in the window that matched nobody."""
    unread: tuple[str, ...] = ()
    """`event UID (title): why` of each event that could not be read; the others are."""
    written: tuple[str, ...] = ()
    """`file:line: entry` of each entry written."""
    failed: tuple[str, ...] = ()
    """`file: day title: why` of each entry that could not be written; the others are."""
    ours: int = 0
    """Events in the window that vaultnet made (`export ics`: reminders, plans, birthdays), each
    once however often it repeats."""
    crowds: int = 0
    """Events in the window that list more than `GROUP_LIMIT` people, each once however often it
    repeats."""
    others: int = 0
    """Events in the window of someone else's calendar (none of their addresses is `me`'s), each
    once however often it repeats."""
    yours_unknown: bool = False
    """No address of `me` in vaultnet.toml: who organised an event and which you declined cannot
    be told."""
    interrupted: bool = False
    """Stopped by Ctrl-C while writing: `written` are the entries written before it, each whole."""


def read_calendar(name: str, data: bytes) -> Any:
    """The calendar in `data`; CalendarError, in one line, when it is not one (said plainly when
    it is empty or starts otherwise, rather than as the library would)."""
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not start:
        raise CalendarError(f"{name}: empty, not an iCalendar file")
    if not start[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        raise CalendarError(f"{name}: not an iCalendar file (it does not start with BEGIN:VCALENDAR)")
    from icalendar import Calendar

    try:
        with warnings.catch_warnings():  # `GloballyUniqueTZIDGuessed`: icalendar's guess is ours too
            warnings.simplefilter("ignore")
            calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        message = " ".join(str(exc).split())[:160]
        if not message.isprintable() or "\ufffd" in message:
            message = "not text"  # the library quotes the bytes it could not read: no terminal's business
        raise CalendarError(f"{name}: not an iCalendar file ({message})") from None
    if isinstance(calendar, list) or calendar.name != "VCALENDAR":
        raise CalendarError(f"{name}: not an iCalendar file (no VCALENDAR)")
    return calendar


def _listed(event: Any, keys: tuple[str, ...]) -> Iterator[Any]:
    """Each address (a `vCalAddress`) of the event's properties `keys`."""
    for key in keys:
        value = event.get(key)
        yield from value if isinstance(value, list) else [value] if value is not None else []


def _addresses(
    event: Any, keys: tuple[str, ...] = ("attendee", "organizer")
) -> Iterator[tuple[str, str, str]]:
    """(e-mail, name, PARTSTAT) of each attendee and of the organiser (of `keys`)."""
    for address in _listed(event, keys):
        email = str(address).strip()
        email = email[7:] if email.lower().startswith("mailto:") else ""
        params = getattr(address, "params", {})
        yield email.lower(), str(params.get("CN", "")).strip(), str(params.get("PARTSTAT", "")).upper()


def _headcount(event: Any) -> int:
    """How many people the event lists: its attendees and organiser, each once (by address, else
    by name), but a room or a resource (`CUTYPE`)."""
    people = set()
    for address in _listed(event, ("attendee", "organizer")):
        params = getattr(address, "params", {})
        if str(params.get("CUTYPE", "")).upper() not in ("ROOM", "RESOURCE"):
            people.add(str(address).strip().lower() or str(params.get("CN", "")).strip().casefold())
    return len(people)


_NOT_MET = ("mention", "broadcast")
"""What `read_line` says of someone a title names but who was not met."""


class _Matcher:
    """Who an event means: attendees by e-mail address, else by name (found as `vaultnet log`
    finds them), and names or aliases written in its title."""

    def __init__(self, report: Report, config: Config) -> None:
        self.notes = [p.note for p in report.vault.people]
        self.people = People.of(self.notes)
        self.emails = {note.file: note.emails for note in self.notes}
        self.words = table_of(config)
        self.titles = self.people.resolver.titles()

    def attendee(self, email: str, name: str) -> str | None:
        """The person at this address, else the one this name finds. At an address no one holds,
        only a whole name or alias finds someone, and only someone whose note lists no address
        (`CN=Bo` or `CN=Lee` at another address may be anyone)."""
        found = self.people.resolver.claimants(email) if email else []
        if len(found) == 1:  # an address two people hold (a team's) finds neither
            return found[0]
        if not name:
            return None
        if email:
            named = self.people.resolver.claimants(name)
            return named[0] if len(named) == 1 and not self.emails.get(named[0]) else None
        try:
            return self.people.find(name)
        except CaptureError:
            return None

    def in_title(self, title: str) -> tuple[set[str], set[str]]:
        """The people a title names (`TitleNames.named`: a whole name or alias, not a first name
        alone: an event need not say it is a meeting) and were met, read as a daily note's line
        naming them is read (`Lunch with Bo`, `Bo Lind`, `1:1 Fay`, and the phrases of `[words]`);
        and those its words say were not: a reminder or a plan (`Reminder: email Bo`, `Prep for
        Ana call`), a mailing (`Newsletter to Bo`), a question (`Call Fay?`)."""
        slots: dict[str, int] = {}
        template, at = [], 0
        for start, end, file in self.titles.named(title):
            template += [title[at:start], slot(slots.setdefault(file, len(slots)))]
            at = end
        if not slots:
            return set(), set()
        said = read_line("".join(template) + title[at:], range(len(slots)), self.words)
        asked = title.rstrip().endswith("?")
        met = {file for file, index in slots.items() if not asked and said.get(index) not in _NOT_MET}
        return met, set(slots) - met

    def event(self, event: Any) -> tuple[set[str], set[str], set[str]]:
        """The people an event means, those of them who declined it, and those only its title
        names, and not as met (`in_title`)."""
        people: set[str] = set()
        declined: set[str] = set()
        for email, name, status in _addresses(event):
            file = self.attendee(email, name)
            if file is not None:
                (declined if status == "DECLINED" else people).add(file)
        met, unmet = self.in_title(str(event.get("summary", "")))
        people |= met
        return people - declined, declined, unmet - people - declined

    def organizer(self, event: Any) -> str | None:
        """The person who organised the event, when it is one of the vault's."""
        return next(
            (self.attendee(email, name) for email, name, _ in _addresses(event, ("organizer",))), None
        )


def _day(event: Any) -> dt.date | None:
    start = event.get("dtstart")
    value = getattr(start, "dt", None)
    if isinstance(value, dt.datetime):
        return value.date()  # the day where the event was written: its own time zone
    return value if isinstance(value, dt.date) else None


def _title(event: Any) -> str:
    """The event's title as a log entry's words: on one line, without control or direction
    characters (which would make it read otherwise than it shows), cut short when long."""
    summary = "".join(" " if unsafe_characters(c) else c for c in str(event.get("summary", "")))
    title = " ".join(summary.split()) or "calendar event"
    return title if len(title) <= ENTRY_WORDS else title[: ENTRY_WORDS - 1].rstrip() + "…"


def _events(calendar: Any, start: dt.date, end: dt.date) -> tuple[list[Any], list[str]]:
    """Every event (a recurring one expanded) starting from `start` up to `end`, cancelled ones
    left out; and `UID (title): why` of each event that cannot be read (no start, a broken
    RRULE): it spoils only itself."""
    unread = _too_often(calendar)
    try:
        found = _expanded(calendar, start, end)
    except Exception:  # the libraries raise many kinds on a bad event: read them one by one
        found = []
        for one in _each_event(calendar):
            try:
                found += _expanded(one, start, end)
            except Exception as exc:  # this one is bad
                event = next(iter(one.walk("VEVENT")))
                said = f"no {exc.args[0]}" if isinstance(exc, KeyError) else str(exc)  # KeyError: 'DTSTART'
                why = " ".join(said.split())[:120] or type(exc).__name__
                unread.append(f"{event.get('uid', '?')} ({_title(event)}): {why}")
    kept = [e for e in found if e.name == "VEVENT" and not _cancelled(e) and not _away(e)]
    return kept, unread


def _too_often(calendar: Any) -> list[str]:
    """Take out of the calendar each event repeating more often than daily without end (every
    hour, minute or second, more than a day's worth of times: a reminder, no meeting with
    anyone; expanded, a year of one is half a million events), and say so of each. One every
    24 hours, or three slots of an hour, is read."""
    told = []
    for event in [c for c in calendar.subcomponents if c.name == "VEVENT"]:
        try:
            rule = event["rrule"]
            seconds = _SECONDS.get(str(rule["FREQ"][0]).upper(), 86400) * int(rule.get("INTERVAL", [1])[0])
            count = int(rule["COUNT"][0]) if "COUNT" in rule else None
        except Exception:  # none, or a broken one: expanding it says what is wrong
            continue
        if seconds < 86400 and (count is None or count > 24):
            calendar.subcomponents.remove(event)
            told.append(f"{event.get('uid', '?')} ({_title(event)}): repeats more often than daily")
    return told


_SECONDS = {"HOURLY": 3600, "MINUTELY": 60, "SECONDLY": 1}


def _cancelled(event: Any) -> bool:
    """Called off: `STATUS:CANCELLED`, or a title Outlook marks so in a copy it leaves behind
    (`Canceled: Lunch`, in the languages it is most used in)."""
    cancelled = str(event.get("status", "")).upper() == "CANCELLED"
    return cancelled or _CANCELLED_TITLE.match(str(event.get("summary", ""))) is not None


def _away(event: Any) -> bool:
    """Time away, sent as an invite (`Out of office - Bo`, `Ana OOO`, `PTO (Bo)`, `Vacation`): a
    title of the words of it and names alone, nobody met. A meeting about it is one (`Team
    vacation planning`, `OOO coverage handoff`, `Catch up before Bo goes on leave`)."""
    title = str(event.get("summary", ""))
    away = _AWAY_TITLE.search(title)
    if away is None:
        return False
    rest = _A_WORD.findall(title[: away.start()] + " " + title[away.end() :])
    return all(word[0].isupper() or word.lower() in ("on", "is", "until", "till") for word in rest)


_AWAY_TITLE = lazy_pattern(
    r"\b(?:out of (?:the )?office|OOO|OOTO|PTO|vacation|annual leave|on leave|sick (?:leave|day)"
    r"|abwesend|urlaub|congés?|vacaciones|ferie)\b",
    re.I,
)

_A_WORD = lazy_pattern(r"[^\W\d_][\w'’.-]*")

_CANCELLED_TITLE = lazy_pattern(
    r"\s*(?:cancell?ed|abgesagt|annulé|cancelado|annullato|geannuleerd)\s*:", re.I
)


def _expanded(calendar: Any, start: dt.date, end: dt.date) -> list[Any]:
    import recurring_ical_events

    with warnings.catch_warnings():  # as in `read_calendar`
        warnings.simplefilter("ignore")
        return list(recurring_ical_events.of(calendar).between(start, end + dt.timedelta(days=1)))


def _each_event(calendar: Any) -> Iterator[Any]:
    """A calendar per event (with the moves and changes of a recurring one, which share its UID),
    each holding the time zones of the whole."""
    from icalendar import Calendar

    zones = list(calendar.walk("VTIMEZONE"))
    by_uid: dict[str, list[Any]] = {}
    for index, event in enumerate(calendar.walk("VEVENT")):
        by_uid.setdefault(str(event.get("uid", f"#{index}")), []).append(event)
    for events in by_uid.values():
        one = Calendar()
        for component in (*zones, *events):
            one.add_component(component)
        yield one


def _occasion(event: Any) -> bool:
    """Is the event a birthday or an anniversary from a calendar of them (Apple marks them; an
    all-day `Bo's Birthday`), no meeting?"""
    if event.get("x-apple-special-day") is not None:
        return True
    all_day = not isinstance(getattr(event.get("dtstart"), "dt", None), dt.datetime)
    return all_day and bool(_OCCASION_TITLE.search(str(event.get("summary", ""))))


_OCCASION_TITLE = lazy_pattern(r"['’]s? (?:birthday|anniversary)\s*$|^\s*(?:birthday|anniversary)\b", re.I)


def plan_import(root: Path, report: Report, calendar: Any, since: dt.date, config: Config) -> CalendarImport:
    """What importing the calendar would do: past events from `since` to today, plans after.
    An event you declined (an address of `me`) is none, nor is one of someone else's calendar (it
    lists addresses, none of them yours), one of vaultnet's own or of more than `GROUP_LIMIT`
    people; one you organised you started. With `me` set, the file's owner (Google's
    `X-WR-CALNAME`) is one of your addresses too: your work calendar's meetings are yours."""
    today = report.today
    match = _Matcher(report, config)
    mine = {name.casefold() for name in config.me if "@" in name}
    owner = _owner(calendar)  # whose file it is, when it says so (Google's does)
    mine |= owner if mine else set()  # another address of yours: its meetings are yours
    own_files = {file for email in owner if (file := match.attendee(email, "")) is not None}  # your card
    days: dict[tuple[str, dt.date], dict[str, Meeting]] = {}
    meetings: dict[tuple[str, dt.date, str], Meeting] = {}
    plans: dict[tuple[dt.date, str], set[str]] = {}
    unmatched = 0
    events, unread = _events(calendar, since, today + dt.timedelta(days=PLANS_AHEAD))
    ours: set[str] = set()
    crowds: set[str] = set()
    others: set[str] = set()
    for event in events:
        day = _day(event)
        addresses = list(_addresses(event))
        if day is None or day < since:
            continue
        uid = str(event.get("uid", ""))
        if uid.endswith(OURS):  # a reminder of ours is no meeting, nor a plan
            ours.add(uid)
            continue
        if _occasion(event) or any(email in mine and status == "DECLINED" for email, _, status in addresses):
            continue
        if _headcount(event) > GROUP_LIMIT:  # a group, no meeting with each of them
            crowds.add(uid or _title(event))
            continue
        if mine and any(email for email, _, _ in addresses) and not any(e in mine for e, _, _ in addresses):
            others.add(uid or _title(event))  # on someone else's calendar: no meeting of yours
            continue
        people, declined, unmet = match.event(event)
        people -= own_files
        host = match.organizer(event)
        yours = any(email in mine for email, _, _ in _addresses(event, ("organizer",)))
        title = _title(event)
        if not people and not declined and not unmet:
            unmatched += 1
            continue
        if day > today:  # a reminder ahead is a plan still
            plans.setdefault((day, title), set()).update(people | unmet)
            continue
        for file in sorted(people):
            way: Direction = "inbound" if file == host else "outbound" if yours else "mutual"  # who asked
            days.setdefault((file, day), {}).setdefault(title, Meeting(file, day, title, "add", way))
        for file in sorted(declined):
            meetings.setdefault((file, day, title), Meeting(file, day, title, "declined"))
        for file in sorted(unmet):
            meetings.setdefault((file, day, title), Meeting(file, day, title, "unmet"))
    said = _Said(root, report, match, config)
    found = [*meetings.values(), *(m for (file, day), of in days.items() for m in said.day(file, day, of))]
    ordered = sorted(found, key=lambda m: (m.day, m.file, m.title))
    listed = [
        Plan(day, title, tuple(sorted(files))) for (day, title), files in sorted(plans.items()) if files
    ]
    return CalendarImport(
        tuple(ordered), tuple(listed), unmatched, tuple(unread), ours=len(ours), crowds=len(crowds),
        others=len(others), yours_unknown=not mine,
    )  # fmt: skip


def _owner(calendar: Any) -> set[str]:
    """The address whose calendar the file is, when its name is one: Google names each calendar
    it exports after its owner (`X-WR-CALNAME:sam@gmail.com`). Without `me`, it is the one sure
    sign of who you are: your own card gets no entry for each of your meetings."""
    name = str(calendar.get("x-wr-calname", "")).strip().lower()
    return {name} if _AN_ADDRESS.fullmatch(name) else set()


_AN_ADDRESS = lazy_pattern(r"[^\s@]+@[^\s@]+\.[^\s@]+")


class _Said:
    """What the vault says of a person on a day, a contact or not: a line of their note that
    opens with or names that day (an entry you struck, `~~Alpha call~~ Una never joined`, one
    called off, a plan), a dated note of that day linking them, or a contact from anywhere; and
    which days `import ics` wrote an entry on before (`IMPORTED`). An event on such a day is
    never written again: importing twice never undoes your edits."""

    def __init__(self, root: Path, report: Report, match: _Matcher, config: Config) -> None:
        self.root, self.config = root, config
        self.known = {(s.person.file, c.date) for s in report.people for c in s.person.contacts}
        for note in report.vault.notes:
            if note.date is not None and note.kind != "person" and note.links:
                self.known |= {(file, note.date) for file in match.people.resolver.files(note.links)}
        self.imported = {(file, day) for file, day, _ in read_imported(root)}
        self.lines: dict[str, set[dt.date]] = {}

    def day(self, file: str, day: dt.date, meetings: dict[str, Meeting]) -> list[Meeting]:
        """The day's meetings with the person: the first added (with the day's direction), the
        others `again`; all `known` or `removed` when the vault has that day already."""
        first, *rest = meetings.values()
        if (file, day) in self.known or day in self._days_in(file):
            return [replace(m, status="known") for m in (first, *rest)]
        if (file, day) in self.imported:
            return [replace(m, status="removed") for m in (first, *rest)]
        # Both ways on one day are one mutual contact (spec 1.3), as when each of you organised one.
        added = replace(first, direction=merge_direction(m.direction for m in (first, *rest)))
        return [added, *(replace(m, status="again") for m in rest)]

    def _days_in(self, file: str) -> set[dt.date]:
        if file not in self.lines:
            try:
                data = confined(self.root, self.root / file).read_bytes()
            except (OSError, VaultnetError):
                data = b""
            self.lines[file] = days_written(data.decode("utf-8", "replace"), self.config.daily_format)
        return self.lines[file]


def days_written(text: str, daily: str | None = None) -> set[dt.date]:
    """Every day a line of the note's body opens with (as a log entry's, whatever marks it: a list
    item, a task, a row, struck `~~...~~`, in each form the reader takes) or names as `2026-11-18`.
    Not its front matter's: `last_contact:` is no line about a meeting."""
    text = split_front_matter(text.removeprefix("\ufeff")).body
    if daily:
        text = iso_days(text, daily)
    if (day_first := year_last_order(text)) is not None:
        text = year_last_days(text, day_first)
    found: set[dt.date] = set()
    for line in text.splitlines():
        if (day := entry_day(_LINE_OPENING.sub("", line, count=1))) is not None:
            found.add(day)
        for year, month, number in _ISO_DAY.findall(line):
            with contextlib.suppress(ValueError):
                found.add(dt.date(int(year), int(month), int(number)))
    return found


_LINE_OPENING = lazy_pattern(r"^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[.\]\s+)?(?:\|\s*)?(?:~~|\*\*|__)?")
"""What a line opens with before its day: a quote's or callout's `>`, a list's mark, a task's
box, a table's pipe, a strike or an emphasis."""
_ISO_DAY = lazy_pattern(r"(?<!\d)(\d{4})-(\d\d)-(\d\d)(?!\d)")


IMPORTED = ".vaultnet/imported-events.tsv"
"""Each entry `import ics` wrote, one a line: the note, the day and the event's title, parted by
tabs. A day that is here and no longer in the note was taken out by you: it is not written again."""


def read_imported(root: Path) -> list[tuple[str, dt.date, str]]:
    """The entries `import ics` wrote before (`IMPORTED`); none when the file is not there or not
    readable (then a removed entry may come back, as before the file was kept)."""
    try:
        text = confined(root, root / IMPORTED).read_text(encoding="utf-8", errors="replace")
    except (OSError, VaultnetError):
        return []
    found = []
    for line in text.splitlines():
        file, _, rest = line.partition("\t")
        day, _, title = rest.partition("\t")
        with contextlib.suppress(ValueError):
            found.append((file, dt.date.fromisoformat(day), title))
    return found


def _remember(root: Path, written: list[Meeting]) -> None:
    """Add the entries written to `IMPORTED`, atomically; a file that cannot be written is logged,
    the entries stay written."""
    if not written:
        return
    lines = {f"{file}\t{day.isoformat()}\t{title}" for file, day, title in read_imported(root)}
    lines |= {f"{m.file}\t{m.day.isoformat()}\t{m.title}" for m in written}
    path = root / IMPORTED
    try:
        confined(root, path.parent).mkdir(exist_ok=True)
        write_atomic(confined(root, path), ["".join(f"{line}\n" for line in sorted(lines)).encode("utf-8")])
    except (OSError, VaultnetError) as exc:
        log.warning("%s not written (%s): an entry you remove may be imported again", IMPORTED, exc)


def import_calendar(
    root: Path,
    report: Report,
    source: Path,
    config: Config,
    since: dt.date,
    write: bool,
) -> CalendarImport:
    """Read the calendar file and plan the import; with `write`, add each new entry as `vaultnet log`
    would (marked mutual: a meeting; inbound for who organised it), note by note, the vault read
    once. An unreadable file writes nothing; a note that cannot be written (read-only, not UTF-8)
    keeps only its own entries out. Ctrl-C stops between two entries: those written are whole,
    listed and remembered."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise CalendarError(f"{source}: {exc.strerror or exc}") from None
    calendar = read_calendar(str(source), data)
    found = plan_import(root, report, calendar, since, config)
    if not write:
        return found
    by_note: dict[str, list[Meeting]] = {}
    for meeting in found.meetings:
        if meeting.status == "add":
            by_note.setdefault(meeting.file, []).append(meeting)
    written: list[tuple[Meeting, Logged]] = []
    failed = []
    with interrupts() as asked:
        for file, meetings in sorted(by_note.items()):  # note by note, each in as few writes as can be
            if asked:
                break
            entries = [entry_line(m.day, m.direction, m.title) for m in meetings]
            for meeting, said in zip(meetings, log_all(root, file, entries, config), strict=True):
                if isinstance(said, Logged):
                    written.append((meeting, said))
                else:
                    failed.append(f"{file}: {meeting.day} {meeting.title}: {said.removeprefix(f'{file}: ')}")
    written.sort(key=lambda pair: (pair[0].day, pair[0].file))
    _remember(root, [meeting for meeting, _ in written])
    lines = _where_they_are(root, [logged for _, logged in written])
    return replace(found, written=lines, failed=tuple(failed), interrupted=bool(asked))


def _where_they_are(root: Path, written: list[Logged]) -> tuple[str, ...]:
    """`file:line: entry` of each entry written, at its line once all are: an entry written above
    one written before it (a log kept newest first) moves that one down."""
    lines: dict[str, list[str]] = {}
    said = []
    for logged in written:
        if logged.file not in lines:
            lines[logged.file] = (
                (root / logged.file).read_text(encoding="utf-8", errors="replace").splitlines()
            )
        found = [at for at, text in enumerate(lines[logged.file], 1) if text == logged.entry]
        line = min(found, key=lambda at: abs(at - logged.line)) if found else logged.line
        said.append(f"{logged.file}:{line}: {logged.entry}")
    return tuple(said)


def names_of(report: Report, files: Iterable[str]) -> str:
    """The people's names, for a line of output."""
    name = {p.file: p.note.name for p in report.vault.people}
    return ", ".join(plain_text(name[f]) for f in files)
