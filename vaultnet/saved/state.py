"""What a build leaves for the next one, so that a build after a few changed notes redoes only
what they touch: `<vault>/.vaultnet/cache/state.bin` (what `check` reads) and `pages.bin`, beside
the parse cache.

The state holds, for the vault as last built: each note file's size and mtime; each person's
aliases and the resolver's tables (`names.bin`, written by full builds only); which people each
note tells about and its problems; each person, resolved, as bytes; and, for the day it was built,
each page list's keys, the summary's counts, each person's page lines, the introductions, and the
canvas file as written. `resume.py` builds from it: a build after a few changed notes reads
only those, a new day reads none. A build from the state saves only its changes since the state
was last saved in full (`JOURNAL_FILE`, `files.changes`), while they are small, and appends the
people it redid to the people file, wiping the bytes they replace (but for those the state saved
in full finds them by); unless the vault lost text since (a line edited out, a note deleted):
then it saves the state in full, and wipes those bytes too and the changed notes' records in the
parse cache, so that no cache file keeps text the vault no longer holds (docs/security.md).

Trust: the state is versioned by vaultnet's code (every module of the package), this Python and
the whole configuration; it is a regular file (no symlink) under a size cap, with a magic line
and a CRC-32 of its marshal payload (never pickle), shape-checked when read. A state that
fails any of these, or that anything fails to use, is discarded: the build reads the vault as if
it were absent. Pages and JSON are the same either way (tests/test_state.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import marshal
import os
import stat
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from itertools import starmap
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultnet.config import Config
from vaultnet.model import Contact, FollowUp, Person, Problem, field_values, new_contact
from vaultnet.pages.saved import Layout, RowKey, SectionKey
from vaultnet.saved.files import (
    PROBLEMS_FILE,
    Packed,
    changes,
    of_shape,
    patched,
    read_signed,
    unshared,
    write_signed,
)
from vaultnet.vault.cache import (
    BUILD_FILE,
    CACHE_FOLDER,
    NOTES_FILE,
    READ_FLAGS,
    READS_FILE,
    WRITE_FLAGS,
    _inside_vault,
    forget_changed_reads,
    forget_notes,
    note_blob,
    note_from_record,
    record_entries,
)
from vaultnet.vault.names import Resolver, SortedTable
from vaultnet.write import _pwrite_all, make_folder, remove_stale_temps, write_all

if TYPE_CHECKING:  # the shape only: importing the resolving module would add it to every `check`
    from vaultnet.vault.resolve import Sighting

log = logging.getLogger(__name__)

STATE_FILE = "state.bin"

NO_CANVAS = (0, 0, "")


# --- people as bytes ------------------------------------------------------------------------------


PERSON_FIELDS = ("note", "contacts", "broadcasts", "follow_ups", "linked", "told_apart")
"""Person's fields, as `person_blob` stores them (tests/test_state.py holds it to the model)."""

Columns = tuple[tuple[str, tuple[Any, ...]], ...]
"""Values of one kind a column per field (`_columns`), each column marked by how it is kept."""


def _columns(values: tuple[Any, ...]) -> Columns:
    """Flat frozen dataclasses of one kind (a person's Contacts, FollowUps) as a column per field,
    every field: one added to the model is kept too. A column of dates (None among them or not)
    is kept as day numbers, marked "d"; any other as it is, marked "v". Columns, not a tuple per
    value: the fields are read and the dates turned into numbers a column at a time."""
    if not values:
        return ()
    return tuple(map(_column, zip(*map(field_values(type(values[0])), values), strict=True)))


def _column(values: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    kinds = set(map(type, values))
    if dt.date not in kinds or not kinds <= {dt.date, type(None)}:
        return ("v", values)
    if type(None) not in kinds:
        return ("d", tuple(map(dt.date.toordinal, values)))
    return ("d", tuple(None if value is None else value.toordinal() for value in values))


def _from_columns(make: Callable[..., Any], columns: Columns) -> tuple[Any, ...]:
    """The values `_columns` made these of, each by `make` (a dataclass, or what makes one from
    every field in order: `new_contact`)."""
    return tuple(starmap(make, zip(*map(_uncolumn, columns), strict=True)))


def _uncolumn(column: tuple[str, tuple[Any, ...]]) -> tuple[Any, ...]:
    how, values = column
    if how == "v":
        return values
    if how != "d":
        raise ValueError(f"not a column of a saved person: {how!r}")
    if None not in values:
        return tuple(map(dt.date.fromordinal, values))
    return tuple(None if value is None else dt.date.fromordinal(value) for value in values)


def person_blob(person: Person) -> bytes:
    """A resolved person as marshal bytes: their note's `note_blob`, contacts, broadcasts,
    follow-ups and links."""
    return _person_blob(note_blob(person.note), _columns(person.contacts), person)


def taken_person_blob(person: Person, blob: bytes | None, today: dt.date) -> bytes:
    """`person_blob` of a person a `Taker` resolved as of `today` (their note without its entries,
    their contacts' texts only where a page may show them), from `blob`, their note's `note_blob`
    in the parse cache: the note saved is those very bytes. The texts let go are not taken again
    here, where a cold build writes every person, but when a person is read for an earlier day,
    or whole (`person_from_blob`): their column is marked to be given again from the note's own
    entries, with the day they were kept for."""
    if blob is None:
        raise OSError(f"no parse-cache record of {person.file}")
    columns = _columns(person.contacts)
    if columns:
        columns = _with_texts(columns, ("o", columns[_CONTACT_TEXT][1]))
    return _person_blob(blob, columns, person, today.toordinal())


_CONTACT_DATE, _CONTACT_TEXT = (
    tuple(f.name for f in fields(Contact)).index(name) for name in ("date", "text")
)


def _texts_given(columns: Columns, entries: tuple[Any, ...]) -> Columns:
    """A taken person's contact columns with the texts column given again (`taken_person_blob`):
    a day's text from the note's own `entries` (as `note_record` keeps them) where there is one,
    else the text the contact kept."""
    texts = _own_texts(entries)
    days, kept = columns[_CONTACT_DATE][1], columns[_CONTACT_TEXT][1]
    return _with_texts(columns, ("v", tuple(map(texts.get, days, kept))))


def _with_texts(columns: Columns, texts: tuple[str, tuple[Any, ...]]) -> Columns:
    """A person's contact columns with `texts` for their column of texts."""
    return (*columns[:_CONTACT_TEXT], texts, *columns[_CONTACT_TEXT + 1 :])


def _own_texts(entries: tuple[tuple[Any, ...], ...]) -> dict[int, str]:
    """Day number → the text a person's contact that day has, when their own note's entries (as
    `note_record` keeps them) tell of that day with a text: the first of them by line
    (`resolve._merge_day` puts the own note first). Other days' contacts keep their text."""
    texts: dict[int, str] = {}
    for day, _, _, text, _, broadcast, _, _, aside in sorted(entries, key=itemgetter(2)):
        if text and not broadcast and not aside and day not in texts:
            texts[day] = text
    return texts


def _person_blob(note: bytes, contacts: Columns, person: Person, kept_for: int = 0) -> bytes:
    """The bytes of a person, given their note's `note_blob` (kept as bytes: a cold build takes
    it from the parse cache as it is), their contacts' `_columns`, and the day (a day number) a
    column of texts marked to be given again was kept for (`taken_person_blob`; 0 for none)."""
    return marshal.dumps(
        (
            note,
            contacts,
            tuple(day.toordinal() for day in person.broadcasts),
            _columns(person.follow_ups),
            person.linked,
            person.told_apart,
            kept_for,
        )
    )


def person_from_blob(blob: bytes, file: str, entries: bool = True, day: dt.date | None = None) -> Person:
    """The person `person_blob` made these bytes of, who must be the person of `file` (else
    ValueError: a saved state is never trusted further than that). Without `entries`, their
    note's log entries are left out: what stats and pages read of a person (contacts and the
    rest) is all there. For a `day` no earlier than the one a cold build kept their contacts'
    texts for (`taken_person_blob`), the texts are as kept, every one a page can show as of that
    day (the latest of their own log up to it, and every one after), and the log is not decoded
    at all: a new day's build reads everyone so."""
    note, contacts, broadcasts, follow_ups, linked, told_apart, kept_for = marshal.loads(blob)
    record = marshal.loads(note)
    if type(record) is not tuple or not record or record[0] != file:
        raise ValueError(f"the saved person {file} holds another note's record")
    if contacts and contacts[_CONTACT_TEXT][0] == "o":
        if entries or day is None or day.toordinal() < kept_for:
            contacts = _texts_given(contacts, record_entries(record))
        else:
            contacts = _with_texts(contacts, ("v", contacts[_CONTACT_TEXT][1]))
    return Person(
        note_from_record(record, entries),
        _from_columns(new_contact, contacts),
        tuple(map(dt.date.fromordinal, broadcasts)),
        _from_columns(FollowUp, follow_ups),
        linked,
        told_apart,
    )


# --- the file -------------------------------------------------------------------------------------

_UNWRITTEN = (0, 0, 0)
"""Where a person added to the state is in the people file until it is written there: nowhere
(`PeopleFile.get` gives their bytes from those added first)."""


@dataclass
class State:
    """The vault as the last build left it (see the module's docstring). Two files: this state
    (what `check` reads) and the pages' part (`PAGES_FILE`, with who each note tells of and
    where each person lies, which `check` reads only for a contact a year ahead), each naming
    the same `token`."""

    today: int
    """The day the lists, counts and lines are for, as a day number."""
    files: dict[str, tuple[int, int, int]]
    """Every note file read: (size, mtime_ns, `content_digest` of the bytes read)."""
    persons: Packed[tuple[str, tuple[str, ...]]]
    """Every person note: what the resolver reads of it besides its file (`claimed`)."""
    touches: Packed[tuple[str, ...]]
    """Note file → the people its parts are about, sorted."""
    problems: dict[str, tuple[tuple[int, str], ...]]
    """Note file → its problems (line, message), its crowd problem too."""
    people: dict[str, tuple[int, int, int]]
    """Person file → where its `person_blob` is in the people file: offset, length, CRC-32."""
    store: str
    """The people file's name in the cache folder (`people-<random>.bin`), "" for none yet."""
    intros: tuple[str, ...]
    """Files of the notes with an `#intro` entry (on any day)."""
    shared: tuple[tuple[str, int, str], ...]
    """The problems of the names people answer to (the resolver's, and `shared_names`): they
    change only with the people's names, and those change only in full."""
    names: str
    """Names the names' part (`NAMES_FILE`, the resolver's tables) saved with this state: a full
    build writes it, and no other (people's names change only in full)."""
    token: str
    """Names the pages' part saved with this state."""
    latest: dict[str, int]
    """Person file → the day number of their latest contact (those with one): who could have a
    contact more than a year ahead of a day (`far_ahead`)."""
    sightings: dict[str, tuple[Sighting, ...]] = field(default_factory=dict)
    """Note file → its `resolve.sightings`, for the notes with some: whom its words say the owner
    met, who had no note when it was read."""
    lists: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    """The pages' part from here: `PageLists.saved()` as of `today`."""
    counts: dict[str, int] = field(default_factory=dict)
    """The summary's counts of people as of `today`."""
    rows: dict[RowKey, dict[str, str]] = field(default_factory=dict)
    """Each person's page lines as of `today`."""
    sections: dict[SectionKey, bytes] = field(default_factory=dict)
    """Each page list's section (its lines under their headings) as of `today`."""
    layouts: dict[SectionKey, Layout] = field(default_factory=dict)
    """Each section's groups: their headings, how many are under each and their share of the
    text (`groups.regroup`)."""
    ideas: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    made: tuple[tuple[Any, ...], ...] = ()
    unclear: tuple[tuple[str, int, str, int], ...] = ()
    later: int = 0
    """The first day (a day number) after `today` that may change the introductions made
    (`next_change`), 0 for none: a new day before it takes them as saved."""
    recent: dict[str, bytes] = field(default_factory=dict)
    """Note file → its record (`note_blob`) as the last build from the state read it, for the
    notes other than people's that changed since the state was made in full (the latest of them
    only): what their next change is compared with, where the parse cache holds an older one."""
    marks: tuple[Any, ...] = ()
    """`PageLists.saved_marks()` as of `today`: the movement's standings and the open follow-ups."""
    kept: dict[str, tuple[str, int, int, str]] = field(default_factory=dict)
    """Page → the digest of what it is made from (`PAGE_INPUTS`), and the file's size, mtime_ns
    and `page_digest` as the last build left it: a build whose inputs for it are the same, and
    finds the file so, leaves it as it is without making it."""
    elsewhere: Packed[dict[int, int]] = field(default_factory=Packed)
    """Person file → for each day (a day number), how many notes other than their own tell of
    it (`swap.sources_elsewhere`), for the people with any: a day only one note tells of is
    swapped whatever changed on it."""
    canvas: tuple[int, int, str] = NO_CANVAS
    """The canvas file's size, mtime_ns and `page_digest` as the last build left it; (0, 0, "")
    when it may not hold what the state describes."""
    written_ns: int = field(default=0, compare=False)
    """When the state file was written: a note changed in the same clock tick is read again."""
    blobs: PeopleFile | None = field(default=None, compare=False)
    """The people file, open while a build uses this state."""
    resolver: Resolver | None = field(default=None, compare=False)
    """The resolver, to be saved as the names' part (a full build's)."""
    base: tuple[str, tuple[Any, ...], tuple[Any, ...]] | None = field(default=None, compare=False)
    """The state as last saved in full (its token, `dump()` and `dump_pages()`), when it was read
    from there: a build then saves only what changed since (`JOURNAL_FILE`)."""
    found: bytes = field(default=b"", compare=False)
    """`files_digest` of the note files this build found (set when saved): `check` compares it
    with the vault's."""
    dropped: bool = field(default=False, compare=False)
    """The vault lost text since the state was read (a note gone, or one changed that no longer
    holds all it held): the state is saved in full, not as changes to a base that holds the text.
    Not looked for by a build that saves it in full anyway (a new day, a person moved)."""
    stale: frozenset[str] = field(default=frozenset(), compare=False)
    """The note files changed or gone since the state was read: their records in the parse cache
    are wiped once the state is saved in full (`_forget_superseded`)."""

    def person(self, file: str) -> bytes:
        assert self.blobs is not None
        return self.blobs.get(file)

    def put_person(self, file: str, blob: bytes) -> None:
        """Keep a person's bytes, to be written to the people file when the state is saved (a
        person new to the state is in `people` from now on, where it is written then)."""
        assert self.blobs is not None
        self.blobs.added[file] = blob
        self.people.setdefault(file, _UNWRITTEN)

    def drop_person(self, file: str) -> None:
        """Take a person off the state: their bytes in the people file are wiped once it is saved."""
        place = self.people.pop(file)
        if self.blobs is not None and place != _UNWRITTEN:
            self.blobs.superseded.append((file, place))

    def dump(self) -> tuple[Any, ...]:
        return (
            self.today, self.files, self.persons.raw, self.problems, self.store, self.intros,
            self.shared, self.names, self.token, self.latest, self.sightings,
        )  # fmt: skip

    @classmethod
    def from_dump(cls, body: tuple[Any, ...]) -> State:
        """The state a `dump()` was made of, its parts those very objects; `touches` and
        `people` are the pages' part's (`_set_pages`)."""
        today, files, persons, problems, *rest = body
        return cls(today, files, Packed(persons), Packed(), problems, {}, *rest)

    def dump_pages(self) -> tuple[Any, ...]:
        return (
            self.token,
            self.lists,
            self.counts,
            self.rows,
            self.sections,
            self.ideas,
            self.made,
            self.unclear,
            self.canvas,
            self.marks,
            self.kept,
            self.layouts,
            self.touches.raw,
            self.people,
            self.later,
            self.recent,
            self.elsewhere.raw,
        )


_SHAPE = (int, dict, dict, dict, str, tuple, tuple, str, str, dict, dict)
_PAGES_SHAPE = (
    str, dict, dict, dict, dict, tuple, tuple, tuple, tuple, tuple, dict, dict, dict, dict, int, dict, dict,
)  # fmt: skip
PAGES_FILE = "pages.bin"
NAMES_FILE = "names.bin"
_NAMES_SHAPE = (str, tuple, tuple, tuple, list, list)
JOURNAL_FILE = "journal.bin"
_JOURNAL_SHAPE = (str, tuple)
"""The token of the state saved in full that it changes, and the changes to its two parts."""
_TOKEN = 8
"""Where `dump()` has the token."""
_STORE, _PEOPLE = 4, 13
"""Where `dump()` has `store`, and `dump_pages()` `people`."""
_DEPTH = 4
"""How deep the state's parts are compared (`changes`): the rows are a dict of dicts, and the
marks a tuple of tuples of dicts."""
JOURNAL_SHARE = 4
"""The changes are saved on their own while they are under a quarter of the state's size."""


def load_state(root: Path, key: str, pages: bool = True, to_save: bool = False) -> State | None:
    """The saved state (with its pages' part, unless not asked for), when it is vaultnet's,
    whole, and saved under this key; else None. Its changes since saved in full, when there are
    some, are applied. `to_save`: the state will be saved again (a build's), and so keeps its
    base, as read, to save only its changes since."""
    folder = root / CACHE_FOLDER
    found = read_signed(folder / STATE_FILE, key, _SHAPE)
    if found is None:
        return None
    body, written_ns = found
    token = body[_TOKEN]
    pages_body: tuple[Any, ...] = ()
    based: dict[str, tuple[int, int, int]] = {}
    if pages:
        read = read_signed(folder / PAGES_FILE, key, _PAGES_SHAPE)
        if read is None or read[0][0] != token:
            log.info("build state: the pages' part is missing or another state's: building in full")
            return None
        pages_body = read[0]
        based = pages_body[_PEOPLE]  # as saved in full, before any changes since
    base = (token, body, pages_body)
    base_store = body[_STORE]
    journal = read_signed(folder / JOURNAL_FILE, key, _JOURNAL_SHAPE)
    if journal is not None and journal[0][0] == token:  # else of a base since replaced
        try:
            state_patch, pages_patch = journal[0][1]
            body = _shaped(patched(body, state_patch), _SHAPE)
            if pages:
                pages_body = _shaped(patched(pages_body, pages_patch), _PAGES_SHAPE)
        except (ValueError, TypeError):
            log.info("build state: its saved changes do not fit it: building in full")
            return None
        written_ns = journal[1]
    if not to_save:  # nobody compares what is left with what was read: no copy
        state = State.from_dump(body)
        if pages:
            _set_pages(state, pages_body)
    else:  # copied: a build changes the state's tables in place, and the base must stay as read
        state = State.from_dump(_unshared_but(body, _AS_READ))
        state.base = base
        if pages:
            _set_pages(state, _unshared_but(pages_body, _PAGES_AS_READ))
    state.written_ns = written_ns
    state.blobs = PeopleFile(folder, state, based if state.store == base_store else {})
    return state


_AS_READ = (2,)
"""The state's parts left as read (not copied): `persons`, which only a build that moves a person
changes, and that build saves the state in full (its resolver is new), never as changes to the
base it shares the part with."""
_PAGES_AS_READ = (1, 3, 4, 11)
"""The pages' parts no build changes in place: `lists`, whose lists `PageLists` copies before it
moves anyone on them, and `rows`, `sections` and `layouts`, which a build replaces (`RowBook`). Left as
read, a list or a table of lines nobody's changed is the very object the base holds, and
`changes` passes it over without comparing its thousands of items."""


def _unshared_but(body: tuple[Any, ...], kept: tuple[int, ...]) -> tuple[Any, ...]:
    """`unshared(body, _DEPTH)`, but for the parts at `kept`, left as they are."""
    return tuple(part if at in kept else unshared(part, _DEPTH - 1) for at, part in enumerate(body))


def _shaped(body: Any, shape: tuple[type, ...]) -> tuple[Any, ...]:
    if not of_shape(body, shape):
        raise ValueError("the state with its changes is not of the shape this vaultnet saves")
    return body  # type: ignore[no-any-return]


def _set_pages(state: State, body: tuple[Any, ...]) -> None:
    (
        _,
        state.lists,
        state.counts,
        state.rows,
        state.sections,
        state.ideas,
        state.made,
        state.unclear,
        state.canvas,
        state.marks,
        state.kept,
        state.layouts,
        touches,
        state.people,
        state.later,
        state.recent,
        elsewhere,
    ) = body
    state.touches = Packed(touches)
    state.elsewhere = Packed(elsewhere)


def saved_resolver(root: Path, key: str, state: State) -> Resolver:
    """The vault's resolver: from the names' part saved with this state, else made again from
    every person's names."""
    found = read_signed(root / CACHE_FOLDER / NAMES_FILE, key, _NAMES_SHAPE)
    if found is not None and state.names and found[0][0] == state.names:
        tables = tuple(map(SortedTable, found[0][1:4]))
        problems = [Problem(*p) for p in found[0][4]]
        return Resolver.from_tables(tables, problems, found[0][5])
    log.info("build state: the names' part is missing or another state's: made again")
    return Resolver.of(state.persons)


def save_state(root: Path, key: str, state: State) -> None:
    """Write the state atomically: only its changes since last saved in full while they are
    small, else in full. A state that cannot be written is only a slower next build. Once it is
    written, what it supersedes goes (`_forget_superseded`)."""
    folder = root / CACHE_FOLDER
    if not _inside_vault(folder, root) or (state.persons and not state.store):
        return  # no people file: nothing a later build could use
    try:
        make_folder(root, folder)
        if state.blobs is not None:
            state.blobs.flush()
        state.token = os.urandom(8).hex()
        whole = not _save_changes(folder, key, state)
        if whole:
            _save_whole(folder, key, state)
        write_signed(folder / PROBLEMS_FILE, key, _problems_part(state))
    except (OSError, ValueError) as exc:
        log.info("build state not saved to %s: %s", folder, exc)
        return
    finally:
        if state.blobs is not None:
            state.blobs.close()
    _forget_superseded(root, state, whole)


def _forget_superseded(root: Path, state: State, whole: bool) -> None:
    """Take out of the cache what the state just saved (`whole`: in full) supersedes, and what it
    held of the notes as they were (text since edited out or deleted with them): the people files
    of states replaced; the people's bytes it replaced, wiped where they lie (`PeopleFile.wipe`);
    the changed notes' records in the parse cache, wiped too when the state is saved in full (a
    state saved as its changes lost no text, `State.dropped`: a record as it was holds nothing
    the note does not hold now, and the index written again costs a build after one change more
    than all the rest of its saving); and the notes `check` read since the last build."""
    folder = root / CACHE_FOLDER
    for old in folder.glob(_PEOPLE_GLOB):  # people files of states replaced
        if old.name != state.store and not old.is_symlink() and old.is_file():
            old.unlink(missing_ok=True)
    try:
        if state.blobs is not None:
            state.blobs.wipe(whole)
    except (OSError, ValueError) as exc:
        log.info("superseded people not wiped in %s: %s", folder, exc)
    if whole:
        forget_notes(root, state.stale)
    forget_changed_reads(root)


_CACHE_FILES = (NOTES_FILE, BUILD_FILE, STATE_FILE, PAGES_FILE, NAMES_FILE, JOURNAL_FILE, PROBLEMS_FILE)
"""vaultnet's cache files but the people files and `READS_FILE` (`remove_cache`)."""


def remove_cache(root: Path) -> None:
    """Remove vaultnet's cache files from the vault (`build --no-cache`, which neither reads nor
    writes them: left as they are, they would keep what the vault held when they were written).
    Its `.gitignore` and a running `watch`'s claim stay."""
    folder = root / CACHE_FOLDER
    if not folder.is_dir() or not _inside_vault(folder, root):
        return
    for name in [*_CACHE_FILES, READS_FILE, *(p.name for p in folder.glob(_PEOPLE_GLOB))]:
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError as exc:  # a folder under that name, say: no build reads it
            log.info("cache file %s not removed: %s", folder / name, exc)
    remove_stale_temps(folder)


def _save_whole(folder: Path, key: str, state: State) -> None:
    """Save the state in full: the pages' part, the names' part (a full build's), the state."""
    write_signed(folder / PAGES_FILE, key, state.dump_pages())
    if state.resolver is not None:
        state.names = os.urandom(8).hex()
        find = state.resolver
        problems = [(p.file, p.line, p.message) for p in find.problems()]
        tables = tuple(map(SortedTable.saved, find.tables()))
        write_signed(folder / NAMES_FILE, key, (state.names, *tables, problems, find.clashes()))
    write_signed(folder / STATE_FILE, key, state.dump())
    (folder / JOURNAL_FILE).unlink(missing_ok=True)  # the changes of the base just replaced


def _save_changes(folder: Path, key: str, state: State) -> bool:
    """Save the state as its changes since the base it was read from, when it was read from one
    and they are small; False when it is to be saved in full. A new day's are never small: its
    lists are made anew, and its changes, most of the pages' part, would be read and applied by
    every build of that day."""
    if state.base is None or state.resolver is not None or state.dropped:
        return False
    token, body, pages_body = state.base
    if not pages_body or body[0] != state.today:
        return False
    journal = (token, (changes(body, state.dump(), _DEPTH), changes(pages_body, state.dump_pages(), _DEPTH)))
    payload = marshal.dumps(journal)
    try:
        whole = (folder / STATE_FILE).stat().st_size + (folder / PAGES_FILE).stat().st_size
    except OSError:
        return False
    if len(payload) * JOURNAL_SHARE > whole:
        return False
    write_signed(folder / JOURNAL_FILE, key, payload)
    return True


_PEOPLE_GLOB = "people-*.bin"
PEOPLE_SLACK = 1 << 20
"""Bytes past four times what it holds at which the people file is written anew (`flush`)."""


def _blob_digest(blob: bytes) -> int:
    """What finds a saved person's bytes damaged: a CRC-32, as for the state files (cache.py)."""
    return zlib.crc32(blob)


class PeopleFile:
    """Every saved person's bytes, one after another in one file, each found by the state's
    (offset, length, CRC-32). A build appends the people it redid, and wipes the bytes they
    replace (and those of the people it took off) once the state is saved (`wipe`); a full
    build, or a file grown to several times what it holds, writes a new one."""

    def __init__(
        self, folder: Path, state: State, based: dict[str, tuple[int, int, int]] | None = None
    ) -> None:
        self.folder = folder
        self.state = state
        self.added: dict[str, bytes] = {}
        self.superseded: list[tuple[str, tuple[int, int, int]]] = []
        """Each person replaced or taken off, and where their bytes lie (`wipe`)."""
        self.based = based or {}
        """Where each person lies for the state as last saved in full (`wipe`)."""
        self._fd: int | None = None

    def get(self, file: str) -> bytes:
        blob = self.added.get(file)
        if blob is not None:
            return blob
        offset, length, digest = self.state.people[file]
        data = os.pread(self._open(), length, offset)
        if len(data) != length or _blob_digest(data) != digest:
            raise ValueError(f"the saved person {file} is damaged")
        return data

    def _open(self) -> int:
        if self._fd is None:
            name = self.state.store
            if not name.startswith("people-") or "/" in name or os.sep in name:
                raise ValueError(f"not a people file: {name!r}")
            self._fd = _open_regular(self.folder / name, READ_FLAGS)
        return self._fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def write_new(self, root: Path, people: Iterable[tuple[str, bytes]]) -> None:
        """Write every person's file and `person_blob` to a new people file, one at a time (never
        all their bytes at once)."""
        state = self.state
        if not _inside_vault(self.folder, root):
            raise OSError(f"{self.folder} leads outside the vault")
        make_folder(root, self.folder)
        name = f"people-{os.urandom(8).hex()}.bin"
        flags = (
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        )
        fd = os.open(self.folder / name, flags, 0o600)
        index: dict[str, tuple[int, int, int]] = {}
        try:
            _write_blobs(fd, 0, people, index)
        except BaseException:
            os.close(fd)
            (self.folder / name).unlink(missing_ok=True)
            raise
        os.close(fd)
        state.people, state.store = index, name

    def flush(self) -> None:
        """Write the people added: appended to the people file, or a new file for them all."""
        if not self.added:
            return
        state = self.state
        live = sum(map(itemgetter(1), state.people.values()))  # in C: ten thousand people
        size = os.stat(self.folder / state.store).st_size if state.store else 0
        if not state.store or size > 4 * live + PEOPLE_SLACK:
            everyone = {file: self.get(file) for file in state.people}
            everyone.update(self.added)
            self.added = everyone
            state.store = f"people-{os.urandom(8).hex()}.bin"
            state.people = {}
            self.superseded, self.based = [], {}  # in the file replaced, which goes whole
            size = 0
        else:
            was = [(file, state.people.get(file)) for file in self.added]
            self.superseded += [(file, at) for file, at in was if at is not None and at != _UNWRITTEN]
        flags = (
            os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        )
        fd = _open_regular(self.folder / state.store, flags)
        try:
            _write_blobs(fd, os.fstat(fd).st_size, self.added.items(), state.people)
        finally:
            os.close(fd)
        self.added = {}

    def wipe(self, whole: bool) -> None:
        """Overwrite with zeros, once the state is saved, the bytes of the people it replaced or
        took off: the file keeps its layout, and no text the vault lost since (a line edited out
        of a note, a note deleted). Saved as its changes, the state leaves the bytes the state
        saved in full (`based`) finds them by: changes that cannot be read leave that state, which
        must still find its people. A build that lost text saves in full (`State.dropped`): saved
        so (`whole`), the state leaves none, and theirs go too."""
        based = self.based
        if whole:
            places = {at for file, at in based.items() if self.state.people.get(file) != at}
            places.update(at for _, at in self.superseded)
        else:
            places = {at for file, at in self.superseded if based.get(file) != at}
        self.superseded = []
        if not places:
            return
        fd = _open_regular(self.folder / self.state.store, WRITE_FLAGS)
        try:
            for offset, length, _ in sorted(places):
                _pwrite_all(fd, bytes(length), offset)
        finally:
            os.close(fd)


def _open_regular(path: Path, flags: int) -> int:
    """A people file opened with `flags` (never through a symlink); ValueError when what is there
    is no regular file."""
    fd = os.open(path, flags, 0o600)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ValueError(f"{path.name} is not a regular file")
    return fd


def _write_blobs(
    fd: int, offset: int, blobs: Iterable[tuple[str, bytes]], index: dict[str, tuple[int, int, int]]
) -> None:
    """Write each person's bytes at `offset` onwards, a batch at a time (never every person's
    bytes at once), and note in `index` where each lies and its CRC-32."""
    batch: list[bytes] = []
    for file, blob in blobs:
        index[file] = (offset, len(blob), _blob_digest(blob))
        offset += len(blob)
        batch.append(blob)
        if len(batch) >= 1024:
            write_all(fd, b"".join(batch))
            batch.clear()
    if batch:
        write_all(fd, b"".join(batch))


def _problems_part(state: State) -> tuple[Any, ...]:
    listed = [(file, line, text) for file, saved in state.problems.items() for line, text in saved]
    return (state.found, [*listed, *state.shared], max(state.latest.values(), default=0))


def page_holds(root: Path, config: Config, state: State, page: str, size: int, mtime: int) -> bool:
    """Is the page's file of this size and mtime, and older than the state (not touched since)?"""
    try:
        info = os.lstat(root / config.output / page)
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and (info.st_size, info.st_mtime_ns) == (size, mtime)
        and mtime < state.written_ns
    )
