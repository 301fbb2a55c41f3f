"""A dated note's people: whom its lists name (front matter, a heading's items, a line of a
key), how it met them (a meeting, who organised it, an email's sender and recipients; for a note
filed in a person's folder, who wrote its chat or letter, else its words), the contacts its lists
tell, and its tasks that name them. `note.py` reads the rest of a note."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from vaultnet.config import Config
from vaultnet.convert import as_text, as_texts, date_prefix, due_in_words, name_key, target_key, unwrap_link
from vaultnet.model import Direction, FollowUp, Mention, new_mention, title_target, titled
from vaultnet.patterns import lazy_pattern
from vaultnet.read import words as phrases
from vaultnet.read.blocks import Block, section_name
from vaultnet.read.blocks_fast import MD_TRIM
from vaultnet.read.body import Body
from vaultnet.read.entries import (
    MEETING_KEYS,
    MEETING_KINDS,
    Met,
    meeting_tagged,
    own_names,
    own_way,
    who_started,
)
from vaultnet.read.inline import clean, links_in, template_of
from vaultnet.read.keys import PEOPLE_FIELDS, Fields, field_key, first_of, means, people_lines, synonym_table


class Listing(NamedTuple):
    """A dated note's people as its text lists them (`people_listed`)."""

    people: dict[str, tuple[str, int]]
    """By key, as its front matter would give them: the value and its line."""
    lines: frozenset[int]
    """The lines of the list that name its people and say nothing more: the list tells of them
    (`listed_mentions`), not each line again."""


def people_listed(blocks: list[Block], body: Body, config: Config) -> Listing:
    """A dated note's people as its text lists them, as its front matter would: under a heading
    (`## Attendees`), or on a line of a key (`Attendees: [[Ana]], Bo`, Dataview's `Attendees::`).
    A key on a nested item (`- Lunch` over `- attendees:: [[Ana]]`) is that item's, not the note's."""
    under, told = _people_under_headings(blocks, body, config)
    listed = people_lines(body.fields | body.colons, config) if body.fields or body.colons else {}
    if listed:  # seldom: most dated notes write no key
        nested = {number for number, _, block, _ in body.lines if block.kind == "item" and block.level > 1}
        listed = {key: said for key, said in listed.items() if said[1] not in nested}
        told |= {line for value, line in listed.values() if _names_alone(value)}
    return Listing({**under, **listed}, frozenset(told))


def _people_under_headings(
    blocks: list[Block], body: Body, config: Config
) -> tuple[dict[str, tuple[str, int]], set[int]]:
    """The people a dated note lists under a heading named as a key of its people (`## Attendees`,
    `### Participants`, `## People`), as `people_lines` gives a line of them: by key, the items'
    people as one value (an item's links, or its words when it has none and is a name's length)
    and the heading's line. A meeting note's template often writes them so. And the lines of
    the items that name people alone (`Listing.lines`)."""
    table = synonym_table(config)
    found: dict[str, tuple[list[str], int]] = {}
    names: list[str] | None = None  # the people under the heading the blocks are under, if it lists them
    alone: set[int] = set()  # the ids of the items that name people alone
    for block in blocks:
        if block.kind == "heading":
            key = field_key(section_name(block.text))
            listing = means(key, table, PEOPLE_FIELDS)
            names = found.setdefault(key, ([], block.lines[0][0] + 1))[0] if listing else None
        elif names is not None and block.kind == "item" and block.first and block.task is None:
            said = block.lines[0][1].strip(MD_TRIM)
            if links := links_in(said):
                names.extend(f"[[{link}]]" for link in links)
                if len(block.lines) == 1 and _names_alone(said):
                    alone.add(id(block))
            elif (name := _listed_plain(said)) is not None:
                names.append(name)  # `- Bo Chen`, `- Janet Obi (council)`: a name written plain
    lines = {number for number, _, block, _ in body.lines if id(block) in alone} if alone else set()
    return {key: (", ".join(listed), line) for key, (listed, line) in found.items() if listed}, lines


def _names_alone(value: str) -> bool:
    """Does a list's value name its people and nothing more (`[[Ann]], [[Bo]] and Cy`)?"""
    rest = _LINK_OR_ASIDE.sub(",", value)
    return all(word[:1].isupper() or word in ("and", "&") for word in _BETWEEN_NAMES.split(rest) if word)


_LINK_OR_ASIDE = lazy_pattern(r"\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|\([^)]*\)")
"""A link, or words in round brackets (`(PM)`, `(host)`): what a list of people may hold."""
_BETWEEN_NAMES = lazy_pattern(r"[\s,;/+*_]+")


def _people_of(value: object) -> list[str]:
    """The people one value of a dated note's people key names (`attendees: ...`): the targets
    of its links (`"[[Maya]] (host)"`, `[[Maya]] and [[Jonas]]`), else each name written plain
    (`_plain_name`: `Jonas Berg <jonas@example.org>`, `Ana Souza (Acme)`, `Cy Ode, treasurer`). A
    Notion relation's page, named by its path (`_NOTION_RELATION`), is a link to it."""
    people = []
    for text in as_texts(value):
        if text.endswith((".md)", ".md")) and (page := _NOTION_RELATION.fullmatch(text)):
            people.extend(links_in(f"[page]({page[2]})"))  # a link to the page, as its path is written
            continue
        if "[[" in text or "](" in text:
            if "(" in text and _not_there.search(text):  # `[[Ana]], [[Cy]] (absent)`: Ana alone
                people.extend(links_in(_not_there.sub(" ", text)))
                continue
            people.extend(links_in(text) or [unwrap_link(text)])
            continue
        if (name := _plain_name(text)) is not None:
            people.append(name)
    return people


_NOTION_RELATION = lazy_pattern(r"(?:([^()]*?)\s*\()?([^\s()]*[/%][^\s()]*\.md)(?(1)\))")
"""A Notion relation property's value: the page's title and, in round brackets, its path
URL-encoded (`Ben Okafor (../People%205c6d…/Ben%20Okafor%207d8e….md)`), or the path alone, as
older exports write it. A path: a `/` or an escape in it (a page's id follows a space, `%20`)."""


def _plain_name(text: str) -> str | None:
    """The name of one person written plain in a list of a dated note's people, less an address
    in angle brackets (`Jonas Berg <jonas@example.org>`), as calendar exports and meeting
    templates write them, the `@` chat and task tools write before a name, or a company or role
    in round brackets after it (`Ana Souza (Acme)`, `Victor Hale (donor, Hale's Bakery)`) or after
    a comma, in lower case as a role is (`Cy Ode, treasurer`); None for one marked as not there
    (`Cy Lee (apologies)`)."""
    if text.endswith(")") and _not_there.search(text):  # `Cy Lee (apologies)`
        return None
    if "<" in text:
        name = " ".join(_ADDRESS.sub(" ", text).split()) or text.strip("<> ")
    else:
        name = text.removeprefix("@").strip() or text
    if name.endswith(")"):
        name = _ASIDE.sub("", name) or name  # `Ana Souza (Acme)`; `(Acme)` alone stays
    if "," in name and (role := _ROLE_AFTER.search(name)):
        name = name[: role.start()]
    return name


def _listed_plain(item: str) -> str | None:
    """The name an item of a list of a dated note's people (`## Attendees`) writes plain, as the
    front matter's list would (`_plain_name`: `- Bo Chen`, `- Janet Obi (council)`, `- Cy Ode,
    treasurer`), when it is a name's length and nothing else; None for a line of prose (`- the
    whole design team, plus guests`) or one marked as not there."""
    name = _plain_name(item) if item else None
    if not name or len(name.split()) > 4 or any(mark in name for mark in ",:;()<>"):
        return None
    return name if name == item or name[:1].isupper() else None


_ADDRESS = lazy_pattern(r"<([^<>]*@[^<>]*)>")
"""An e-mail address in angle brackets, as a calendar writes one after (or before) a name."""
_not_there = lazy_pattern(
    rf"(?:\[\[[^\[\]]*\]\]|\[[^\[\]]*\]\([^()]*\)|^[^,;()\[\]]*){phrases.NOT_THERE}", re.I
)
"""Someone a list of people marks as not there, with the mark (`[[Cy]] (absent)`, `Cy Lee
(apologies)`: `words.NOT_THERE`)."""
_ASIDE = lazy_pattern(r"\s*\([^()]*\)$")
"""A company or a role in round brackets after a name."""
_ROLE_AFTER = lazy_pattern(r"\s*,\s*(?=[a-z])")
"""A role after a name and a comma, in lower case as a role is written (`, treasurer`, `, head of
comms`): not another name (`Ana, Bo`) nor a company's (`Acme, Inc`)."""


def a_meeting(kinds: set[str], tags: list[str]) -> bool:
    """Do a note's kinds (its `type`, `categories`, `kind`) or its own tags say it is a meeting's?"""
    return bool(kinds & MEETING_KINDS) or meeting_tagged(tags)


def lists_attendees(meta: dict[str, object]) -> bool:
    """Does a note's front matter list who was at its meeting (`attendees`, `participants`, their
    German, Spanish, Italian and Dutch words: `_MEETING_LISTS`)? Then the note is a meeting's."""
    return not _MEETING_LISTS.isdisjoint(meta)


def how_met(
    meta: dict[str, object], fields: Fields, tags: list[str], types: set[str], me: Iterable[str]
) -> tuple[Met, list[str], list[str]]:
    """How a dated note's lines met their people: the direction its front matter gives, whether
    it is a meeting (mutual, spec 1.4: by its `type` or `kind`, a tag, a list of attendees or an
    organizer), and who organised it (`organizer`, `host`, ..., or an email's `from`), as `Met`
    says, and those people as written; and whom an email the owner wrote went to. When it names
    the owner (`me`, or as the configuration's `me` names them), the owner did: `direction:
    outbound`. `tags`: the note's own, not its lines' (`- Lunch with [[Bo]] #meeting` is that line's)."""
    meeting = a_meeting(types, tags) or lists_attendees(meta) or "organizer" in fields
    given = first_of(fields.get("direction", []), who_started)
    direction: Direction | None = given if isinstance(given, str) else None  # type: ignore[assignment]
    mail = _mail(meta, types, tags)
    owner = _ME.union(me)
    named = [
        p
        for value in [*fields.get("organizer", []), mail.get("from")]
        for p in _people_of(_owned(value, owner))
    ]
    hosts = [p for p in named if p.strip().lower() not in owner]
    if direction is None and len(hosts) < len(named):
        direction = "outbound"
    sent_to = [p for key in _RECIPIENTS for p in _people_of(mail.get(key))] if hosts != named else []
    subject = as_text(mail.get("subject")) or ""
    to_many = bool(mail) and (len(sent_to) > phrases.GROUP_LIMIT or phrases.a_mailing(subject))
    return Met(direction, meeting, frozenset(map(target_key, hosts)), to_many), hosts, sent_to


def _mail(meta: dict[str, object], types: set[str], tags: list[str]) -> dict[str, object]:
    """An email's sender and recipients, by key (`from`, `to`, `cc`, `bcc`), when the note is one:
    tagged or typed `email`, or with a `from` and a `subject`, as email clippers write one.
    Nothing for any other note (a trip's `from` and `to` are places)."""
    keys = {key: meta[key] for key in _MAIL_KEYS if key in meta}
    said = not types.isdisjoint(_MAIL_KINDS) or not _MAIL_KINDS.isdisjoint(tags)
    return keys if said or {"from", "subject"} <= keys.keys() else {}


def _owned(value: object, owner: frozenset[str]) -> object:
    """A value of who organised or sent something, each of its texts that gives an address of the
    owner's (`Sandy Cheeks <sandy@example.org>`, when `me` names the address) written `me`."""
    texts = as_texts(value)
    if not any("@" in text for text in texts):
        return value
    mine = [any(address.strip().lower() in owner for address in _ADDRESS.findall(t)) for t in texts]
    return ["me" if owned else text for text, owned in zip(texts, mine, strict=True)]


_MAIL_KINDS = frozenset(("email", "mail", "e-mail"))
_RECIPIENTS = ("to", "cc", "bcc")
_MAIL_KEYS = frozenset(("from", "subject", *_RECIPIENTS))


_MEETING_LISTS = MEETING_KEYS | {
    "teilnehmer", "teilnehmende", "anwesende", "participantes", "asistentes", "partecipanti", "deelnemers",
    "aanwezigen",
}  # fmt: skip
"""The keys of a dated note's people that make it a meeting, as a block's properties do (spec 1.4
names the first two), and as German, Spanish, Italian and Dutch templates name them: who was
there, where `people:` or `contact:` may only say whom the note is about (and `with:`, which the
spec lists among them, a day's company)."""
_ME = frozenset(("me", "myself", "i", "self"))
"""How an owner writes themselves as a meeting's organizer."""


def guests_of(fields: Fields, hosts: frozenset[str], also: list[str]) -> list[str]:
    """A dated note's people as its lists name them (`attendees`, ...), and those it names `also`
    (the person whose folder it is filed in, whom the owner's email went to), each once, less who
    organised it (`hosts`, by `target_key`)."""
    named = [p for value in fields.get("people", []) for p in _people_of(value)]
    guests = [p for p in named if target_key(p) not in hosts]
    seen = hosts.union(map(target_key, guests))
    return guests + [p for p in dict.fromkeys(also) if target_key(p) not in seen]


class Said(NamedTuple):
    """What a dated note says of itself, read for the contact its lists tell: its `title`, and its
    `blocks` for its first line and the writers of a chat it holds."""

    title: str
    blocks: list[Block]
    filed: bool = False
    """It is filed in a person's folder (`People/Ana Costa/2026-11-03.md`): about her."""

    @property
    def first(self) -> str:
        """The first line it says something on: of its first paragraph or item, not a field's,
        nor its day alone (`2002-09-24` over what was said)."""
        for block in self.blocks:
            if block.kind not in ("paragraph", "item"):
                continue
            for _, line in block.lines:
                text = line.strip()
                if text and "::" not in text and not (len(text) <= 10 and date_prefix(text)):
                    return text
        return ""

    @property
    def shown(self) -> str:
        """What the timeline shows of it: its title, else, filed in a person's folder (a chat, a
        letter), its first line; another note's first line is no more about its people than
        any other (a daily note's `08:30 Gym`)."""
        return self.title or (self.first if self.filed else "")

    def writers(self, known: Callable[[str], bool]) -> list[str]:
        """Who wrote each message of a chat it holds, in order, as `name_key` folds them: by the
        line over each (hal_md's `Alex at 11:01`), or the one opening each (WhatsApp's export,
        `[17/11/2026, 09:14:03] Alex Barnes: ...`, `11/19/26, 9:14 AM - Alex Barnes: ...`), or
        a name before a colon that `known` says is a writer's (`Me: ...`, `Alex: ...`, as a
        transcript is written by hand: `Subject: ...` is no one's)."""
        found: list[str] = []
        for block in self.blocks:
            if block.kind != "paragraph":
                continue
            for _, line in block.lines:
                if said := _writer.match(line) or _exported.match(line):
                    found.append(name_key(said[1]))
                elif (said := _said.match(line)) and known(key := name_key(said[1])):
                    found.append(key)
        return found


_writer = lazy_pattern(r"\**([^\W\d_][\w .'’-]{0,40}?)\**\s+at\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
"""A chat's line over a message: who wrote it, and when (`Alex at 11:01`, `**Alex** at 11:01`)."""
_exported = lazy_pattern(
    r"\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?"
    r"\s*(?:-\s*)?([^\W\d_][^:\[\]\n]{0,40}?):\s"
)
"""An exported chat's line: when, who wrote it, and the message (`[17/11/2026, 09:14:03] Alex:
...`, `11/19/26, 9:14 AM - Alex: ...`)."""
_said = lazy_pattern(r"([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}):\s")
"""A line of a transcript written by hand: a name, a colon, what they said (`Alex: Sign up!`)."""


def filed_mentions(
    on: dt.date,
    filed: list[str],
    guests: list[str],
    said: Said,
    words: phrases.Table,
    base: str,
    broadcast: bool,
) -> list[Mention]:
    """The contact an unmarked note filed in a person's folder tells (`filed`, taken out of the
    `guests` it would otherwise meet in no way said): a chat's or a letter's, who wrote it
    (`_who_wrote`); else its words, its title's, else its first line's, read as a line of the
    person's own log is (`Ana called me`, `she emailed`). Nothing when no person's folder holds
    it, or that person organised it."""
    key = target_key(filed[0]) if filed else None
    if (person := next((guest for guest in guests if target_key(guest) == key), None)) is None:
        return []
    guests.remove(person)
    names, links = own_names(person, person, ()), frozenset((target_key(person),))
    read = (own_way(text, words, base, names, links) for text in (said.title, said.first) if text)
    way = _who_wrote(said, names, guests) or next(filter(None, read), None)
    direction = phrases.direction(way)
    inferred, aside, sent = direction is not None, way == "mention", broadcast or way == "broadcast"
    return [new_mention(on, direction or "unknown", 1, said.shown, (person,), sent, (), inferred, aside)]


def _who_wrote(said: Said, names: tuple[str, ...], guests: list[str]) -> str | None:
    """Who started a chat or a letter with the person these `names` are (`own_names`), kept in
    their folder: `inbound` when they wrote it, `outbound` when you did. You are `Me`, the one
    other person the note lists (`guests`), as hal_md lists you, or, listing no one else, the one
    other who wrote in a chat of two. A chat was started by who wrote first; a letter is written to whom
    it greets (`Hi Alex,`, `Bernie, ...`). None when it tells neither."""
    you = own_names(guests[0], guests[0], ()) if len(guests) == 1 else ()

    def mine(key: str) -> bool:  # as you write yourself (`Me:`), or as the note lists you
        return key in _ME or _answers(key, you)

    if writers := said.writers(lambda key: _answers(key, names) or mine(key)):
        if _answers(writers[0], names):
            return "inbound"
        if mine(writers[0]) or you:
            return "outbound" if mine(writers[0]) else None
        others = {key for key in writers if not _answers(key, names)}
        wrote_too = len(others) < len(set(writers))  # the person: a chat of them and one other
        return "outbound" if not guests and wrote_too and len(others) == 1 else None
    if (greeted := _greeting.match(said.first)) is None:
        return None
    reader = name_key(greeted[1])
    if _answers(reader, names):
        return "outbound"
    return "inbound" if you and _answers(reader, you) else None


_greeting = lazy_pattern(
    r"(?:(?:hi|hey|hello|dear|hiya|howdy|good\s+(?:morning|afternoon|evening))\s+)?"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*[,!]",
    re.IGNORECASE,
)
"""How a letter opens, greeting its reader: `Hi Alex,`, `Dear Alex Barnes,`, `Bernie, ...`."""


def _answers(key: str, names: tuple[str, ...]) -> bool:
    """Is the writer of this name key (`alex`, `alex barnes`) the one with these `names`?"""
    return key in names or key.split(" ", 1)[0] in names


def people_met(
    fields: Fields,
    met: Met,
    hosts: list[str],
    also: list[str],
    title: str,
    on: dt.date | None,
    words: phrases.Table,
) -> tuple[list[str], list[str], Met]:
    """A dated note's guests (`guests_of`, with those it names `also`), those and who organised it
    (`hosts`), and how it met them (`met`). When it lists no one, whom its `title` names when it
    tells of a meeting (`meeting_title`: `2026-11-24 Priya 1-1.md`) is its one guest, as if listed
    (`model.title_target`), met as at a meeting: both ways unless its `direction` says otherwise."""
    guests = guests_of(fields, met.hosts, also)
    if guests or hosts or on is None or met.off or not (title := meeting_title(title, words)):
        return guests, guests + hosts, met
    guests = [title_target(title)]
    return guests, guests, replace(met, meeting=True)


def meeting_title(title: str, words: phrases.Table) -> str:
    """The title of a dated note that lists no one, when it tells of a meeting with whom it names
    (`Priya 1-1`, `1-1 Aisha`, `Coffee with Jen Wu`, `Dana skip-level`): a meeting word
    (`words.MEETING_WORDS`, `MEETING_NOUNS`) and a word that may be a name (`_title_names`), and
    its words do not say it did not happen or is yet to (`Cancelled Priya 1-1`, `Priya 1-1
    (cancelled)`, `Prep for Priya 1-1`, `Priya 1-1?`). Else "". Whom it names the resolver
    finds (`vault/titles.py`): `2026-11-24 Priya's birthday ideas.md` is no meeting, and `Platform
    sync` names no one."""
    title = title.strip()
    if not title or title.endswith("?") or not _A_MEETING_WORD.search(title.lower()):
        return ""
    runs = _name_runs(title)
    if not runs or _CALLED_OFF_OPENING.match(title) or phrases.did_not_happen(title, words):
        return ""
    for start, end in runs:  # each as the one named (`Prep for Priya 1-1`: `Prep` is a word, capital or not)
        said = phrases.read_line(title[:start] + phrases.slot(0) + title[end:], (0,), words)
        if said.get(0) in _NOT_MET:
            return ""
    return title


_MEETING_WORDS = frozenset((*phrases.MEETING_WORDS, *phrases.MEETING_NOUNS))
_A_MEETING_WORD = lazy_pattern(
    lambda: (
        rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, _MEETING_WORDS), key=len, reverse=True))})"
        r"(?![\w-])"
    )
)
_CALLED_OFF_OPENING = lazy_pattern(r"\W*(?:cancell?ed|postponed|skipped|missed|no[ -]?show)\b", re.I)
"""A title that opens saying the meeting did not happen (`Cancelled Priya 1-1`)."""
_NOT_MET = ("mention", "broadcast")
"""What `read_line` says of someone a title names but who was not met (a plan, a mailing)."""
_A_TITLE_WORD = lazy_pattern(r"[^\W\d_][\w'’.-]*")
_NOT_A_NAME = _MEETING_WORDS | {*phrases.NOUN_KINDS, "with", "w", "and", "re"}
"""Words of a title that name no one: what was done, and of which kind."""


def _title_names(title: str) -> list[re.Match[str]]:
    """The words of a title that may name someone: written with a capital, as names are (or in a
    script without capitals), and no meeting word or word of which kind (`Weekly 1:1 Bo`: `Bo`)."""
    found = []
    for word in _A_TITLE_WORD.finditer(title):
        bare = word[0].lower().removesuffix("'s").removesuffix("’s")
        if not word[0][:1].islower() and bare not in _NOT_A_NAME:
            found.append(word)
    return found


def _name_runs(title: str) -> list[tuple[int, int]]:
    """Where the title's runs of name-like words are (`Jen Wu` in `Coffee with Jen Wu`), each one
    person's name as a title would write it."""
    runs: list[tuple[int, int]] = []
    for word in _title_names(title):
        start, end = word.span()
        if word[0].endswith(("'s", "’s")):
            end -= 2
        if runs and not title[runs[-1][1] : start].strip():
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def listed_mentions(
    on: dt.date,
    met: Met,
    title: str,
    guests: list[str],
    hosts: list[str],
    broadcast: bool,
    own_line: frozenset[str] = frozenset(),
) -> list[Mention]:
    """What a dated note's lists of people tell (line 1): its guests met in the way the note `met`
    them (but those a line of the list tells of: `own_line`, `told_once`), and those who organised
    it started it; of a meeting called off (`Met.off`), each named, not met."""
    guests = [guest for guest in guests if guest not in own_line] if own_line else guests
    told: tuple[tuple[Direction, list[str]], ...] = ((met.way, guests), ("inbound", hosts))
    return [Mention(on, w, 1, title, tuple(who), broadcast, aside=met.off) for w, who in told if who]


def called_off(meta: dict[str, object], tags: Iterable[str], said: Said) -> bool:
    """Does a meeting's note say it did not happen: by its `status` (`cancelled`, `postponed`,
    `skipped`), a tag of it (`#cancelled`), or its title or first line (`Ben 1-1 (cancelled)`,
    `CANCELLED - Ben out sick`, `- (skipped, he was OOO)`: `words.says_called_off`)? Then none
    of its people met, as the calendar import skips an event cancelled."""
    status = (as_text(meta.get("status")) or "").strip().lower()
    if status in _CALLED_OFF_STATES or not _CALLED_OFF_STATES.isdisjoint(tag.lower() for tag in tags):
        return True
    title, first = (template_of(clean(text), "")[0] if text else "" for text in (said.title, said.first))
    return phrases.says_called_off(title) or phrases.says_called_off(first, opening=True)


_CALLED_OFF_STATES = frozenset(("cancelled", "canceled", "postponed", "skipped", "called off", "no-show"))
"""A meeting note's `status` (or tag) that says it did not happen (`rescheduled` names the meeting on
its new day as often as the one it left)."""


def told_once(
    entries: list[Mention],
    listing: Listing,
    listed: list[str],
    title: str,
    met: Met,
    words: phrases.Table,
    base: str,
    text: Sequence[tuple[int, str, Block, dt.date | None]] = (),
) -> tuple[list[Mention], frozenset[str]]:
    """A dated note's mentions, each of its people told once by its `listing` (the lines of its
    list, `Listing.lines`) of the people it `listed` or by a line of that list: under a `title`,
    the list tells of them and those lines are dropped; without one (a day's `## People` over `-
    [[Bo]]`), each line is all there is to tell, and the list leaves out its guests that a line
    tells of in the way the note `met` them (not who organised it: `Organizer: [[Ann]]` says she
    started it). A line of the list that names
    others (an attendee marked absent, a list the front matter's took the place of) is read as
    it is. And the guests left out: those too that a line of its `text` says were not there
    (`_away`, `_away_plain`)."""
    people = set(listed)
    gone = _away(entries, people, words, base) | _away_plain(text, listed, words)
    if not (lines := listing.lines):
        return entries, gone
    told = [m for m in entries if m.line in lines and people.issuperset(m.targets)]
    if not told:
        return entries, gone
    if not title:
        return entries, gone | {target for m in told if m.direction == met.way for target in m.targets}
    return [m for m in entries if not (m.line in lines and people.issuperset(m.targets))], gone


def _away(entries: list[Mention], people: set[str], words: phrases.Table, base: str) -> frozenset[str]:
    """Those of a dated note's `people` a line of its text names in passing as not there
    (`[[Di]] could not make it`, `Absent: [[Bo]]`: `words.away`): named, not met."""
    gone: set[str] = set()
    read: set[int] = set()  # a line may make two asides: read once
    for mention in entries:
        if mention.aside and mention.line not in read and not people.isdisjoint(mention.targets):
            read.add(mention.line)
            template, targets = template_of(clean(mention.text), base)  # its words, as the reader's: no code
            gone.update(targets[index] for index in phrases.away(template, words) if index < len(targets))
    return frozenset(gone & people)


def _away_plain(
    text: Sequence[tuple[int, str, Block, dt.date | None]], listed: list[str], words: phrases.Table
) -> frozenset[str]:
    """Those of a dated note's `listed` people a line of its `text` that links no one names plain
    as not there (`- Tom OOO`, `Tom couldn't make it`: `words.away`), by the names its tasks may
    call them (`_names_of`: the whole name, or the first when no one else listed has it)."""
    names = _names_of(listed) if text and listed else {}
    gone: set[str] = set()
    for _, line, _, _ in text if names else ():
        if (
            "[[" in line
            or "](" in line
            or not (found := [n for n in names if n in line and _whole_word(n, line)])
        ):
            continue
        template, targets = clean(line), list[str]()
        for name in sorted(found, key=len, reverse=True):  # `Tom Becker` before `Tom`
            template = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", phrases.slot(len(targets)), template)
            targets.append(names[name])
        gone.update(targets[index] for index in phrases.away(template, words) if index < len(targets))
    return frozenset(gone)


def of_the_day(follow_ups: list[FollowUp], date: dt.date | None, listed: list[str]) -> list[FollowUp]:
    """A dated note's tasks, on its `date`, each of the people it links and, kept `among` it, the
    people the note lists, whom a name written plain in it may mean (resolved with their notes'
    names: `names.named_plain`); due when its words say counted from that day (`due_in_words`:
    `call [[Bo]] next Tuesday`) unless it gives its own."""
    among = tuple(dict.fromkeys(listed))
    return [
        replace(
            f,
            date=date,
            among=among,
            due=f.due or (due_in_words(f.text, date) if date and not f.done else None),
        )
        for f in follow_ups
    ]


def _names_of(listed: list[str]) -> dict[str, str]:
    """A dated note's people by the names a line may call them by, written plain: the whole name
    (`Bo Chen`, a link's target less its folder) and the first name (`Bo`) when no one else in
    the note has it; of a title that stands for whom it names (`model.title_target`), the names
    it writes (`Priya` of `Priya 1-1`)."""
    names: dict[str, str] = {}
    firsts: dict[str, set[str]] = defaultdict(set)
    for target in listed:
        if (title := titled(target)) is not None:  # `Priya 1-1`: `Priya to send the doc` is hers
            for start, end in _name_runs(title):
                for name in (title[start:end], *title[start:end].split()):
                    names.setdefault(name, target)
            continue
        name = target.rsplit("/", 1)[-1].strip()
        if name:
            names[name] = target
            firsts[name.split()[0]].add(target)
    for first, targets in firsts.items():
        if len(targets) == 1 and len(first) > 1 and first[0].isupper():
            names.setdefault(first, *targets)
    return names


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
