"""Notes → people: each note's mentions resolved to the people they name, merged by day (spec 1.3, 1.6)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields, replace
from itertools import groupby
from operator import attrgetter

from vaultnet.config import Config
from vaultnet.convert import target_key
from vaultnet.model import (
    TITLED,
    Contact,
    Direction,
    FollowUp,
    Mention,
    Names,
    Note,
    Person,
    Problem,
    Unnoted,
    Vault,
    new_contact,
)
from vaultnet.read.days import names_a_time
from vaultnet.vault.names import Resolver, an_address, named_plain, told_apart

MAX_LINKED_GROUP = 200
"""People one note (or one entry) may name and still link pair by pair (spec 1.6). An all-hands
note naming 3,000 people would make 4.5 million pairs (a gigabyte): past this, none are made."""


def merge_direction(directions: Iterable[Direction]) -> Direction:
    """Mutual if any says so or both ways appear, else the one direction given, else unknown."""
    given = set(directions) - {"unknown"}
    if "mutual" in given or {"inbound", "outbound"} <= given:
        return "mutual"
    return given.pop() if given else "unknown"


def _merge_day(sources: list[Contact], own: str) -> Contact:
    """One contact from every source that tells of a day (`own`: the person's file): their own
    note first, then by file and line. A direction marked (or given by a note or a meeting) wins
    over one read from the words."""
    sources.sort(key=lambda c: (c.file != own, c.file, c.line))
    text = next((c.text for c in sources if c.text), "")
    first = sources[0]
    direction = merge_direction(c.direction for c in sources if not c.inferred)
    inferred = False
    if direction == "unknown":
        direction = merge_direction(c.direction for c in sources if c.inferred)
        inferred = direction != "unknown"
    return Contact(first.date, direction, first.file, first.line, text, inferred)


@dataclass(frozen=True, slots=True)
class Part:
    """What one note tells about one person, its links resolved."""

    file: str = ""
    """The note it comes from."""
    own: bool = False
    """It is the person's own note (preferred as the text to show)."""
    mentions: tuple[Mention, ...] = ()
    """The note's entries that are contacts with the person (a mention each: no record for each
    of them, tens of thousands in a large vault)."""
    broadcasts: tuple[dt.date, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    linked: tuple[str, ...] = ()
    """Files of the people this note links them with, sorted (a tuple: a set costs 216 bytes
    even when small, and there is a part for each person each note names)."""


def named_together(
    note: Note, find: Resolver, named: list[AbstractSet[str]] | None = None
) -> Iterator[AbstractSet[str]]:
    """Each group of people one note links with each other (spec 1.6): a person note with each
    person it links to, the people one of its entries names, the people a dated note names,
    the people one line of another note's dated items names. Broadcasts link nobody. `named`,
    when given, is `entries_named(note, find)`."""
    if named is None:
        named = entries_named(note, find) if note.entries else []
    if note.kind == "person":
        for mention, people in zip(note.entries, named, strict=True):
            if len(people) > 1 and not mention.broadcast:  # one person alone links nobody
                yield people
        for target in note.links:
            other = find(target)
            if other and other != note.file:
                yield {note.file, other}
    elif note.kind == "dated":
        yield from _by_date(note.entries, named)
    else:
        yield from _by_line(note.entries, named)


def _by_date(entries: Iterable[Mention], named: Iterable[AbstractSet[str]]) -> Iterator[set[str]]:
    """The people a dated note names on each day it tells of (spec 1.6: a dated note names them
    together), broadcasts left out: a weekly note's day headings date its lines apart, and so
    does a daily note's line of another day (`Coffee with [[Ivy]] yesterday`, a plan dated ahead),
    and people told of on two days were not together."""
    days: dict[dt.date, set[str]] = {}
    for mention, people in zip(entries, named, strict=True):
        if people and not mention.broadcast:
            days.setdefault(mention.date, set()).update(people)
    return iter(days.values())


def _by_line(entries: Iterable[Mention], named: Iterable[AbstractSet[str]]) -> Iterator[set[str]]:
    """The people each line of an undated note names (not a dated note: its lines are not one
    meeting), broadcasts left out."""
    lines: dict[int, set[str]] = {}
    for mention, people in zip(entries, named, strict=True):
        if people and not mention.broadcast:
            lines.setdefault(mention.line, set()).update(people)
    return iter(lines.values())


def entries_named(note: Note, find: Resolver) -> list[AbstractSet[str]]:
    """The people each of the note's entries names, in entry order (not to be changed)."""
    return [find.files(m.targets) if m.targets else _NOBODY for m in note.entries]


_NOBODY: frozenset[str] = frozenset()
"""Who an entry without links names: most log entries."""


def crowd_problem(note: Note, find: Resolver) -> Problem | None:
    """A problem when one entry or dated note names too many people to link them pair by pair."""
    return _crowd(note, named_together(note, find))


Sighting = tuple[str, int, int, str]
"""Someone a note's words say was met, called or heard from, whom no person answers to: (the
link's target as written, the day as a day number, the line, its text). A target of "" (`LISTING`)
names no one: the note lists its people, a meeting's attendees (`meeting_notes`)."""
LISTING = ""
"""The target of the sighting that says a dated note lists its people, whomever it lists: one of
the vault's meetings, which an owner with no `me` set may be listed at, most of them
(`next.maybe_yours`)."""


def sightings(note: Note, find: Resolver, config: Config) -> tuple[Sighting, ...]:
    """The people a note's lines say were met, called or heard from, by their words (spec 6.5,
    with `config`'s own phrases), and those a dated note lists (`_lists_people`: a
    meeting's attendees were met), whom no person note answers to: in line order. An arrow or a
    meeting says nothing of whether a link in its lines is a person's (`[[Project X]]` in a
    meeting's note, `-> [[Berlin]] trip`): only words do, and they are read all the same where
    one gave the line its direction (`-> called [[Lena]]`, `lunch with [[Raj]] #meeting`, under
    `## Meetings`: `_said_met`). A person's own log tells of them alone: none. A tag, a day or
    an address names no one to make a note for, nor the folder the note is filed in (a person's
    folder, whose note tells of them, or one that names nobody: `People/archive`). First, when the
    note lists its people (a meeting's attendees, whoever they are), the `LISTING` sighting."""
    if note.kind == "person":
        return ()
    folder = note.file.rpartition("/")[0].rpartition("/")[2]
    found: list[Sighting] = []
    listing: list[Sighting] = []  # the note's own: it lists its people (`LISTING`), first
    for m in note.entries:
        listed = _lists_people(note, m)
        if listed and not listing and not (m.aside or m.broadcast):
            listing.append((LISTING, m.date.toordinal(), m.line, m.text))
        told = m.inferred or listed
        if m.aside or m.broadcast or not (told or m.direction != "unknown"):
            continue  # unmarked and not inferred: the words said no contact
        named = [target for target in m.targets if find(target) is None and _may_be_someone(target, folder)]
        if named and not told:
            met = _said_met(m.text, note.file.rpartition("/")[0], config)
            named = [target for target in named if target in met]
        found.extend((target, m.date.toordinal(), m.line, m.text) for target in named)
    return (*listing, *found)


def _may_be_someone(target: str, folder: str) -> bool:
    """May a link no person answers to be someone met (`sightings`)? Not a tag, an address, a
    day or a time, nor the folder its note is filed in; nor a note's title that names no one
    (`2026-11-20 Platform sync.md`: `model.title_target`)."""
    return (
        target[:1] not in ("#", TITLED)
        and not an_address(target)
        and target != folder
        and not names_a_time(target)
    )


def _said_met(text: str, base: str, config: Config) -> set[str]:
    """The links of a line whose direction a mark, a tag or a heading gave (its `text`, after
    the mark; `base`: its note's folder) that its words say were met, called or heard from, as
    they would have without it (`called [[Lena]]`, not `[[Berlin]] trip`)."""
    from vaultnet.read import words as phrases  # here: a build from a saved state seldom asks
    from vaultnet.read.inline import clean, template_of

    template, targets = template_of(clean(text), base)  # its words read as the reader reads them: no code
    said = phrases.read_line(template, range(len(targets)), phrases.table_of(config))
    return {targets[index] for index, way in said.items() if phrases.direction(way)}


def _lists_people(note: Note, mention: Mention) -> bool:
    """Is this what a dated note's people lists tell (its front matter's `attendees`, `people`,
    `with`, its text's `Attendees:` line or `## Attendees` heading, its organiser)? Those the
    note reads so make its first line's mention, under its title, which holds no link: a line of
    its own naming someone does (`- [[Project X]] kickoff`)."""
    return note.kind == "dated" and not mention.inferred and told_by_lists(mention.line, mention.text)


def told_by_lists(line: int, text: str) -> bool:
    """Is a dated note's mention or sighting at this line, with this text, what its people lists
    tell (`_lists_people`): under its title, on its first line, with no link?"""
    return line == 1 and "[[" not in text and "](" not in text


def unnoted(
    seen: Mapping[str, tuple[Sighting, ...]], find: Names, names: Callable[[], Container[str]]
) -> tuple[Unnoted, ...]:
    """What `sightings` gave of each note (by file), less those a person answers to now, those
    two or more answer to (a clash is a problem, not someone without a note), or whom a note of
    another kind is named for (a topic's, a place's: `names` gives the `note_names` of the
    vault's note files): by file and line. A link whose folders a backslash parts (`[[People\\Ana
    Costa]]`) reaches no one, and is a problem of its note (`backslashed_links`); it is read so
    here, with `/`, and named by its last part: whom it means has a note, or is to get one."""
    found = [
        (f, *sighting)
        for f in sorted(seen)
        for sighting in seen[f]
        if sighting[0] and not _answered(find, sighting[0])
    ]
    if not found:
        return ()  # nearly every vault: its files' names are not needed
    named = names()
    return tuple(
        Unnoted(target.rsplit("/", 1)[-1], dt.date.fromordinal(day), file, line, text)
        for file, written, day, line, text in found
        if target_key(target := _slashed(written)) not in named
    )


def meeting_notes(seen: Mapping[str, tuple[Sighting, ...]]) -> int:
    """How many of the notes `seen` (file → its `sightings`) list their people (`LISTING`)."""
    return sum(1 for found in seen.values() if found and found[0][0] == LISTING)


def _answered(find: Names, target: str) -> bool:
    """Does a person answer to the link `target`, or two or more, its backslashes read as `/`?"""
    return bool(find.claimants(target)) or ("\\" in target and bool(find.claimants(_slashed(target))))


def _slashed(target: str) -> str:
    return target.replace("\\", "/") if "\\" in target else target


def note_names(files: Iterable[str]) -> set[str]:
    """The `target_key` of each of these note files: the names notes answer to."""
    return set(map(target_key, files))


def _crowd(note: Note, groups: Iterable[AbstractSet[str]]) -> Problem | None:
    return _crowd_of(note, max(map(len, groups), default=0))


def _crowd_of(note: Note, largest: int) -> Problem | None:
    """The crowd problem of a note whose largest group names `largest` people."""
    if largest <= MAX_LINKED_GROUP:
        return None
    return Problem(
        note.file, 0, f"names {largest} people: over {MAX_LINKED_GROUP}, so they are not linked to each other"
    )


def task_people(follow_up: FollowUp, find: Resolver) -> set[str]:
    """Whose a task of a note other than a person's is: whom it links, and of the people its dated
    note lists, those it names plain (`named_plain`: `- [ ] Sam to send the figures`)."""
    people = find.files(follow_up.targets)
    return people | named_plain(follow_up.text, follow_up.among, find) if follow_up.among else people


def contribute(note: Note, find: Resolver) -> dict[str, Part]:
    """What one note tells about each person it concerns, by person file.

    A person is assembled from the parts of every note that concerns them, in file order,
    so that watch mode can redo one note's parts without redoing the vault.
    """
    if note.kind == "other" and not note.entries and not note.follow_ups:
        return {}  # most other notes: they tell nothing of anyone
    named = entries_named(note, find)
    return _contribute(note, find, named, named_together(note, find, named))


def _contribute(
    note: Note, find: Resolver, named: list[AbstractSet[str]], groups: Iterable[AbstractSet[str]]
) -> dict[str, Part]:
    """`contribute`, given who the note's entries name and its `named_together` groups."""
    linked: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        if 1 < len(group) <= MAX_LINKED_GROUP:
            for person in group:
                linked[person].update(group)  # each with all the group: themselves dropped below
    for person, others in linked.items():
        others.discard(person)

    if note.kind == "person":
        file = note.file
        mentions = tuple(m for m in note.entries if not m.broadcast and not m.aside)
        broadcasts = tuple(m.date for m in note.entries if m.broadcast)
        parts = {
            person: Part(file, linked=tuple(sorted(others)))
            for person, others in linked.items()
            if person != file
        }
        # Always a part of its own, even an empty one: watch mode counts the note as concerning them.
        own = tuple(sorted(linked.get(file, ())))
        parts[file] = Part(file, True, mentions, broadcasts, note.follow_ups, own)
        return parts

    sourced: dict[str, list[Mention]] = defaultdict(list)
    broadcast: dict[str, list[dt.date]] = defaultdict(list)
    followed: dict[str, list[FollowUp]] = defaultdict(list)
    for mention, people in zip(note.entries, named, strict=True):
        for person in people:
            if mention.broadcast:
                broadcast[person].append(mention.date)
            elif not mention.aside:
                sourced[person].append(mention)
    for follow_up in note.follow_ups:
        for person in task_people(follow_up, find):
            followed[person].append(follow_up)
    return {
        person: Part(
            note.file,
            False,
            tuple(sourced.get(person, ())),
            tuple(broadcast.get(person, ())),
            tuple(followed.get(person, ())),
            tuple(sorted(linked.get(person, ()))),
        )
        for person in {*sourced, *broadcast, *followed, *linked}
    }


def days_told_elsewhere(told: Iterable[tuple[dt.date, str]], own: str) -> dict[dt.date, int]:
    """For each day, how many notes other than the person's own (at `own`) tell of it, given each
    day a note tells of them as (day, note file): what a build from the saved state needs to swap
    a changed note's part of them (`swap.py`)."""
    return dict(Counter(day for day, file in set(told) if file != own))


def assemble(note: Note, parts: Iterable[Part], shown: str = "") -> Person:
    """A person from their note and the parts that concern them, given in file order; `shown`:
    their name told apart from another's (`told_apart`), if it must be."""
    by_day: dict[dt.date, list[tuple[Part, Mention]]] = {}
    broadcasts: set[dt.date] = set()
    follow_ups: list[FollowUp] = []
    linked: set[str] = set()
    for part in parts:
        for mention in part.mentions:
            day = mention.date
            same = by_day.get(day)
            if same is None:
                by_day[day] = [(part, mention)]
            else:
                same.append((part, mention))
        if part.broadcasts:
            broadcasts.update(part.broadcasts)
        if part.follow_ups:
            follow_ups.extend(part.follow_ups)
        linked.update(part.linked)
    contacts = []
    for day in sorted(by_day):
        same = by_day[day]
        if len(same) == 1:  # most days: one source, nothing to merge
            part, mention = same[0]
            contacts.append(_contact(part.file, mention))
        else:
            contacts.append(_merge_day([_contact(part.file, m) for part, m in same], note.file))
    return Person(
        note,
        tuple(contacts),
        tuple(sorted(broadcasts)) if broadcasts else (),
        tuple(sorted(follow_ups, key=lambda f: (f.file != note.file, f.file, f.line))) if follow_ups else (),
        tuple(sorted(linked)) if linked else (),
        shown,
    )


def _contact(file: str, m: Mention) -> Contact:
    """The contact a mention in this file tells of."""
    return new_contact(m.date, m.direction, file, m.line, m.text, m.inferred)


Seen = dict[str, tuple[tuple[str, ...], Problem | None, tuple[Sighting, ...]]]
"""Note file → the people its parts are about, sorted, its crowd problem and its `sightings`:
what a saved build state keeps of each note (saved/state.py)."""


def resolve(notes: list[Note], config: Config, seen: Seen | None = None) -> Vault:
    """Turn independent notes into people with their contacts and links (`config`: its phrases,
    for `sightings`); `seen`, when given, is told what each note contributed. The same people as
    `assemble` makes of each note's `contribute` parts (what watch mode and a build from the
    saved state redo one note at a time), gathered person by person without the parts."""
    notes = sorted(notes, key=_file_of)
    told = _Told(Resolver([n for n in notes if n.kind == "person"]), config)
    return _gathered(notes, told, told.person_note, seen)


def _gathered(
    notes: list[Note], told: _Told, person: Callable[[Note], tuple[set[str], int]], seen: Seen | None
) -> Vault:
    """The vault of these notes (sorted by file), each taken in by `told` (a person note by
    `person`): its people, problems and resolver; `seen` told what each note contributed."""
    crowds = []
    sighted: dict[str, tuple[Sighting, ...]] = {}
    for note in notes:
        if note.kind == "person":
            about, largest = person(note)
        elif note.kind == "dated" or note.entries or note.follow_ups:
            about, largest = told.dated_note(note)
            if found := sightings(note, told.find, told.config):
                sighted[note.file] = found
        else:
            continue
        crowd = _crowd_of(note, largest)
        if crowd is not None:
            crowds.append(crowd)
        if seen is not None:
            seen[note.file] = (tuple(sorted(about)), crowd, sighted.get(note.file, ()))
    find = told.find
    names = {note.file: note.name for note in notes if note.kind == "person"}
    shown = told_apart(find, names.get)
    people = [told.person(note, shown.get(note.file, "")) for note in notes if note.kind == "person"]
    problems = [*(p for n in notes for p in n.problems), *crowds, *find.problems()]
    return Vault(
        notes=tuple(notes),
        people=tuple(people),
        problems=tuple(sorted(problems, key=problem_order)),
        names=find,
        unnoted=unnoted(sighted, find, lambda: note_names(n.file for n in notes)),
        meetings=meeting_notes(sighted),
    )


class Taker:
    """Takes in each note as it is read, so that a cold build never holds every note's entries:
    a person note becomes its own contacts, broadcasts and open tasks at once (they need no other
    note) and a note without entries; what needs the resolver (its links, the people each of its
    entries names together) waits for `resolve_taken`. Other notes with entries, and those `whole`
    says to keep (an `#intro` entry's), are kept as they are.

    A contact's text is kept only where a page may show it as of `today`: the latest day up to
    `today` (or to the day they died) of the person's own note, and every day after. The people
    file gives each person every text again from their note's record (saved/state.py)."""

    def __init__(self, today: dt.date, whole: Callable[[Note], bool], config: Config) -> None:
        self.today = today
        self.whole = whole
        self.told = _Told(None, config)
        self.groups: dict[str, tuple[tuple[str, ...], ...]] = {}
        """Person file → the targets of each entry of theirs that names several (not a broadcast)."""
        self.kept_whole = False
        """A note was kept whole for `whole`."""

    def take(self, note: Note) -> Note:
        """What to keep of a note just read: told what it tells by itself, it is kept without its
        entries, or whole."""
        if self.whole(note):
            self.kept_whole = True
            return note
        if note.kind != "person":
            return note
        groups = self.told.own_entries(note, self.today)
        if groups:
            self.groups[note.file] = tuple(groups)
        return _without_entries(note)


def resolve_taken(notes: list[Note], taker: Taker, seen: Seen | None = None) -> Vault:
    """`resolve` of the notes a `Taker` kept, given each as it returned it: the same people,
    their contacts' texts as it kept them."""
    notes = sorted(notes, key=_file_of)
    told = taker.told
    told.find = Resolver([n for n in notes if n.kind == "person"])

    def person(note: Note) -> tuple[set[str], int]:
        if note.entries:  # kept whole (`Taker.whole`)
            return told.person_note(note)
        return told.person_links(note, taker.groups.pop(note.file, ()))

    return _gathered(notes, told, person, seen)


def without_entries(vault: Vault) -> Vault:
    """The vault with no note's entries, its people's contacts kept: stats, lists and pages read
    none (a saved person is read back without them too), and a large vault's entries are a good
    part of what it holds. Anything that reads them (a person's saved bytes, the introductions)
    has them first."""
    lean = tuple(map(_without_entries, vault.notes))
    by_file = {note.file: note for note in lean if note.kind == "person"}
    people = tuple(
        Person(by_file[p.file], p.contacts, p.broadcasts, p.follow_ups, p.linked, p.told_apart)
        for p in vault.people
    )
    return Vault(lean, people, vault.problems, vault.names, vault.unnoted, vault.meetings)


_NOTE_FIELDS = attrgetter(*(f.name for f in fields(Note)))
_ENTRIES = [f.name for f in fields(Note)].index("entries")


def _without_entries(note: Note) -> Note:
    if not note.entries:
        return note
    values = list(_NOTE_FIELDS(note))  # positional: a third of `dataclasses.replace`'s time
    values[_ENTRIES] = ()
    return Note(*values)


_file_of = attrgetter("file")
_date_of = attrgetter("date")


class _Told:
    """What the notes tell about each person, by person file, as `resolve` goes through them."""

    def __init__(self, find: Resolver | None, config: Config) -> None:
        self.find: Resolver = find  # type: ignore[assignment]  # a `Taker`'s: set before any link is read
        self.config = config
        """The vault's configuration: its phrases (`sightings`)."""
        self.contacts: dict[str, list[Contact]] = defaultdict(list)
        """A contact for each mention, made once (a dated note's line naming three people is one
        contact in the list of each): merged by day only where a day has two."""
        self.broadcasts: dict[str, set[dt.date]] = defaultdict(set)
        self.follow_ups: dict[str, list[FollowUp]] = defaultdict(list)
        self.linked: dict[str, set[str]] = defaultdict(set)
        """Each with everyone a group of theirs names, themselves too (dropped in `person`)."""
        self._days: dict[dt.date, dt.date] = {}
        """Each day seen, as one date object: a large vault's contacts share a few thousand."""
        self._told_elsewhere: set[str] = set()
        """The people a note other than their own has a contact with."""
        self.elsewhere: dict[str, dict[dt.date, int]] = {}
        """Person file → for each day, how many notes other than their own tell of it
        (`days_told_elsewhere`), for those with any: what a saved state keeps."""

    def person_note(self, note: Note) -> tuple[set[str], int]:
        """Take in a person note (see `contribute`): the people it tells about and the size of its
        largest entry group."""
        return self.person_links(note, self.own_entries(note))

    def own_entries(self, note: Note, today: dt.date | None = None) -> list[tuple[str, ...]]:
        """Take in what a person note tells by itself: its own contacts, broadcasts and open
        tasks. Returns the targets of each of its entries that names several (not a broadcast),
        for `person_links`. With `today` (a `Taker`), a contact keeps its text only from the
        latest day up to `today` (or to the day they died, `stats.lived`) on, else ""."""
        file, day = note.file, self._days.setdefault
        logged: list[Mention] = []
        broadcasts: list[dt.date] = []
        groups: list[tuple[str, ...]] = []
        for m in note.entries:  # one pass: a cold build takes in every entry of the vault here
            if m.broadcast:
                broadcasts.append(m.date)
                continue
            if len(m.targets) > 1:  # one target names one person: no group
                groups.append(m.targets)
            if not m.aside:
                logged.append(m)
        latest = dt.date.min
        if today is not None:
            last = min(today, note.died) if note.died is not None else today
            latest = max((m.date for m in logged if m.date <= last), default=latest)
        if logged:  # `_contact`, inline, with the same date object for a day wherever it is
            self.contacts[file] += [
                new_contact(
                    day(m.date, m.date),
                    m.direction,
                    file,
                    m.line,
                    m.text if m.date >= latest else "",
                    m.inferred,
                )
                for m in logged
            ]
        if note.follow_ups:
            self.follow_ups[file] += note.follow_ups
        if broadcasts:
            self.broadcasts[file].update(broadcasts)
        return groups

    def person_links(self, note: Note, groups: Iterable[tuple[str, ...]]) -> tuple[set[str], int]:
        """Take in what of a person note needs the resolver (`groups`: the targets of each of its
        entries that names several; a `Taker` took the rest in already): as `person_note`."""
        file, files = note.file, self.find.files
        about = {file}
        largest = 0
        for targets in groups:
            group = files(targets)
            largest = max(largest, len(group))
            if 1 < len(group) <= MAX_LINKED_GROUP:
                self._link(group)
                about |= group
        others = files(note.links)
        others.discard(file)
        if others:
            linked = self.linked
            linked[file] |= others
            for other in others:
                linked[other].add(file)
            about |= others
        # Link pairs are groups of two: never a crowd.
        return about, largest

    def dated_note(self, note: Note) -> tuple[set[str], int]:
        """Take in a dated note, or another note's dated items and open tasks (see `contribute`):
        the people it tells about and how many it names together."""
        files, find = self.find.files, self.find
        about: set[str] = set()
        named: list[AbstractSet[str]] = []
        for mention in note.entries:
            people = files(mention.targets) if mention.targets else _NOBODY
            named.append(people)
            if not people:
                continue
            if mention.broadcast:
                for person in people:
                    self.broadcasts[person].add(mention.date)
            elif mention.aside:
                continue
            else:
                contact = _contact(note.file, mention)
                for person in people:
                    self.contacts[person].append(contact)
                self._told_elsewhere.update(people)
            about |= people
        for follow_up in note.follow_ups:
            for person in task_people(follow_up, find):
                self.follow_ups[person].append(follow_up)
                about.add(person)
        by = _by_date if note.kind == "dated" else _by_line
        largest = 0
        for group in by(note.entries, named):
            largest = max(largest, len(group))
            if 1 < len(group) <= MAX_LINKED_GROUP:
                self._link(group)
                about |= group
        return about, largest

    def _link(self, group: AbstractSet[str]) -> None:
        linked = self.linked
        for person in group:
            linked[person] |= group

    def person(self, note: Note, shown: str = "") -> Person:
        """A person from all that was taken in about them (given once each, then let go);
        `shown`: their name told apart from another's (`told_apart`), if it must be."""
        file = note.file
        contacts = self.contacts.pop(file, None)
        if contacts and file in self._told_elsewhere:
            self.elsewhere[file] = days_told_elsewhere(((c.date, c.file) for c in contacts), file)
        broadcasts = self.broadcasts.pop(file, None)
        follow_ups = self.follow_ups.pop(file, None)
        linked = self.linked.pop(file, None)
        if linked:
            linked.discard(file)
        return Person(
            note,
            _by_day(contacts, file) if contacts else (),
            tuple(sorted(broadcasts)) if broadcasts else (),
            tuple(sorted(follow_ups, key=lambda f: (f.file != file, f.file, f.line))) if follow_ups else (),
            tuple(sorted(linked)) if linked else (),
            shown,
        )


def _by_day(contacts: list[Contact], own: str) -> tuple[Contact, ...]:
    """One contact a day, by date: the sources of a day told more than once merged."""
    contacts.sort(key=_date_of)
    if len(set(map(_date_of, contacts))) == len(contacts):  # most people: nothing to merge
        return tuple(contacts)
    merged = []
    for _, same in groupby(contacts, _date_of):
        day = list(same)
        merged.append(day[0] if len(day) == 1 else _merge_day(day, own))
    return tuple(merged)


def problem_order(problem: Problem) -> tuple[str, int, str]:
    return (problem.file, problem.line, problem.message)


def with_problems(vault: Vault, extra: Iterable[Problem]) -> Vault:
    """The vault with more problems, kept in order (file, line, message)."""
    extra = list(extra)
    if not extra:
        return vault
    return replace(vault, problems=tuple(sorted({*vault.problems, *extra}, key=problem_order)))
