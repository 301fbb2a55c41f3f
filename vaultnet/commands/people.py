"""Who a name typed at the command line means: the person `vaultnet log`, `show` and `new`, and
the calendar's import, find by it."""

from __future__ import annotations

import difflib
import os
import shlex
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from pathlib import Path

from vaultnet.config import Config
from vaultnet.convert import counted, name_key, owner_match, unaccented
from vaultnet.errors import AmbiguousPerson, UnknownPerson
from vaultnet.model import Note, stem_of
from vaultnet.vault.cache import FileStat
from vaultnet.vault.load import filed_among_people, load_vault, read_found, why_yours
from vaultnet.vault.names import Resolver, claimed, stem_words_of
from vaultnet.vault.walk import is_note_file, stands_for, walk_stats

Named = Mapping[str, tuple[str, tuple[str, ...]]]
"""Each person note's file → its name and aliases (`names.claimed`): what finding one reads."""


class People:
    """Every person of a vault as a name finds them: their files, names and aliases, and the
    vault's resolver, given (a saved build state's, read rather than made) or made when first
    asked. Made once, it answers any number of names (a calendar's attendees, say)."""

    def __init__(self, named: Named, resolver: Resolver | None = None) -> None:
        self.named = named
        self._given = resolver

    @classmethod
    def of(cls, notes: Iterable[Note], resolver: Resolver | None = None) -> People:
        """The people of these person notes (`resolver`: the one they were resolved with)."""
        return cls({note.file: named for note in notes if (named := claimed(note)) is not None}, resolver)

    @cached_property
    def resolver(self) -> Resolver:
        return self._given or Resolver.of(self.named)

    def __len__(self) -> int:
        return len(self.named)

    def find(self, query: str) -> str:
        """The file of the one person `query` names, as a link to it would (the vault's one
        resolver: path, stem, then alias or name, any case, spec 6.2), else as it would with the
        accents off both, else by one word of their names when only one person has it
        (`Resolver.answering_word`: a first or family name, `wei` of Chen Wei; accents aside
        last), as the pages suggest whom someone met by one name may be.

        When several people answer equally, the name is ambiguous, so `rosa` finds Rosa Klein
        only while no other Rosa is in the vault, and `klein` while no other Klein is."""
        key = name_key(query).removesuffix(".md").lstrip("/")
        if not key:
            raise UnknownPerson("give the name of a person")
        found = self.resolver.claimants(query.strip())  # as typed: a path spelt as on disk wins
        if not found:  # a whole name or alias typed without its accents: `maria` for `María`
            found = self.alike(key)
        if not found:  # a word of a name is no link target, but a fine thing to type
            found = self.resolver.answering_word(key)
        if len(found) == 1:
            return found[0]
        if found:
            listed = ", ".join(found)
            raise AmbiguousPerson(f"'{query}' could be several people: {listed}; give the path instead")
        raise UnknownPerson(self.unknown(query, key))

    def alike(self, name: str) -> list[str]:
        """The files of the people one of whose whole names (path, stem, name, alias) is `name`
        once the accents are off both."""
        bare = unaccented(name_key(name))
        return sorted(
            file for file, (own, aliases) in self.named.items() if bare in _bare(file, own, aliases)
        )

    def answers_to(self, name: str) -> bool:
        """Does some person answer to this very name (their path, stem, name or an alias)?"""
        return bool(self.resolver.named_exactly(name))

    def _texts(self) -> Iterator[tuple[str, str]]:
        """Each name, stem and alias, and the file it is of."""
        for file, (name, aliases) in self.named.items():
            for text in (name, stem_of(file), *aliases):
                yield text, file

    def unknown(self, query: str, key: str, outside: list[str] | None = None) -> str:
        """Why no one answers to `query` (its `name_key`): the names near it, else that a note
        of it could be made; and the symlinks leading out of the vault (`outside`), not read,
        where it may be (`led_out`): the note then, only if it is not there."""
        names: dict[str, str] = {}
        for text, file in self._texts():
            names.setdefault(text.lower(), file)
        close = difflib.get_close_matches(key.rsplit("/", 1)[-1], list(names), n=5, cutoff=NEAR)
        close += [text for text in sorted(names) if key in text and text not in close]
        files = list(dict.fromkeys(names[text] for text in close))[:5]
        if not files and os.path.isdir(query):
            return f"'{query}' is a folder, not a person: give the vault as -v {query}, after the person"
        if not files and "/" in query:  # a path: no name to make a note of
            return f"no person's note at '{query}'"
        new = f"`vaultnet new {shell_word(query)}`"
        led = f"; {led_out(outside)}" if outside else ""
        among = f"no person called '{query}' among {counted(len(self), 'person', 'people')}"
        if not files:  # nobody named near it: a note of their own, unless theirs is out there
            return f"{among}{led} (if their note is not there: {new})" if outside else f"{among} (try {new})"
        # A near name may be far-fetched (`Grandma`, `Ana`): the way to a note of their own stays.
        or_new = "" if "/" in query else f" (or try {new})"  # a path: no name to make a note of
        return f"no person called '{query}'; did you mean: {', '.join(files)}{or_new}{led}"


def _bare(file: str, name: str, aliases: tuple[str, ...]) -> set[str]:
    """A person's whole names (path, stem, name, aliases) with their accents off (`People.alike`)."""
    return {unaccented(name_key(text)) for text in (file.removesuffix(".md"), stem_of(file), name, *aliases)}


NEAR = 0.75
"""How alike a name typed and a person's must be (`difflib`'s ratio) to be offered for it: a
letter typed wrong or left out (`Danna`, `Dana Whitfeld`), not three letters shared (`Jordan`
is no `Dana`, whose ratio is 0.6)."""


def shell_word(text: str) -> str:
    """`text` quoted as a shell gives it back whole, for a command to copy: in single quotes
    (`'Rosa Klein'`), in double ones around an apostrophe (`"Tom O'Neill"`: `'Tom O'Neill'` ends
    at it), else as `shlex.quote` has it (`$` or `` ` `` would be read in double quotes)."""
    if "'" not in text:
        return f"'{text}'"
    if not any(mark in text for mark in '"$`\\!'):
        return f'"{text}"'
    return shlex.quote(text)


def people_in(root: Path, config: Config, found: list[FileStat] | None = None) -> People:
    """Every person of the vault: from the state the last build saved, the notes changed since
    read again for their names (its resolver read, not made again, while nobody came, went or
    was renamed), else from the vault read. `found`: the vault's files, when walked already."""
    from vaultnet.saved import resume
    from vaultnet.saved.files import state_key

    if found is None and root.is_dir():
        found = list(walk_stats(root, config))
    saved = resume.saved_names(root, config, found, state_key(config)) if found is not None else None
    if saved is None:
        return People.of(p.note for p in load_vault(root, config, found=found).people)
    return People(*saved)


def find_person_in(root: Path, people: People, query: str, config: Config) -> str:
    """`people.find(query)`, and when no one answers, a note of that name that no command reads
    as a person is named with why, rather than suggesting `vaultnet new` (which would make a
    second note of the name): a symlink leading out of the vault, a note too large or unreadable,
    or one that is no person's. Else the folders that are symlinks leading out of the vault are
    named beside the answer, as not read: the note may be there, or not (nothing there is read)."""
    try:
        return people.find(query)
    except UnknownPerson:
        key = name_key(query).removesuffix(".md").lstrip("/")
        outside: list[str] = []
        found = list(walk_stats(root, config, outside=outside)) if root.is_dir() else []
        if (link := next((f for f in outside if _a_note(f) and _named(key, f)), None)) is not None:
            raise UnknownPerson(f"{link} leads outside the vault and is not read") from None
        unread = _no_persons_note(found, key, config)
        if unread is not None:
            raise UnknownPerson(unread) from None
        folders = [f for f in outside if not _a_note(f)]
        if not folders:
            raise
        raise UnknownPerson(people.unknown(query, key, folders)) from None


def _a_note(file: str) -> bool:
    return is_note_file(file.rpartition("/")[2])


def led_out(links: list[str]) -> str:
    """`People/shared leads outside the vault: not read`, of these symlinks (sorted), three named."""
    named = ", ".join(links[:3]) + (f" and {len(links) - 3} more" if len(links) > 3 else "")
    return f"{named} {'leads' if len(links) == 1 else 'lead'} outside the vault: not read"


def _no_persons_note(found: list[FileStat], key: str, config: Config) -> str | None:
    """Why the first note (walked) named `key` (by stem or path) is not read as a person, or None
    when no note is named so. Else why the first file that stands for a note so named is not read
    (`stands_for`: a sync tool's conflicted copy of it, missing, or its iCloud placeholder). Else
    why the first note a word of its stem names (`rui` for `People/Rui Sa.md`, as `find` takes
    it for a person's: `stem_words_of`) is not, when it would be someone's (`filed_among_people`) but
    for a problem of its own (its template's placeholder unfilled) or for its type or tags (`type:
    account`)."""
    short: str | None = None
    kept: str | None = None
    for stat_ in found:
        file = stat_[0]
        stem = stem_of(file)
        if kept is None and (note_of := stands_for(file)) is not None and _named(key, note_of):
            kept = f"{file} is not read as a person: {_why_unread(read_found(stat_, config))}"
        if _named(key, file):
            note = read_found(stat_, config)
            return None if note.kind == "person" else _why_not_a_person(stat_, note, config, whole=True)
        if short is None and key in stem_words_of(stem):
            note = read_found(stat_, config)
            if note.kind != "person":
                short = _why_not_a_person(stat_, note, config, whole=False)
    return kept or short


def _named(key: str, file: str) -> bool:
    """Is the note `file` named `key` (`name_key`), by its stem or its path?"""
    return key in (name_key(stem_of(file)), name_key(file.removesuffix(".md")))


def _why_unread(note: Note) -> str:
    """Why a note is not read: its first problem (a sync tool's copy, a placeholder), else that it
    is in no people folder."""
    return note.problems[0].message if note.problems else _NO_PERSON


def _why_not_a_person(found: FileStat, note: Note, config: Config, whole: bool) -> str | None:
    """Why a note no person's is so: it is yours (`why_yours`), its first problem (a template's
    placeholder unfilled), or, filed or tagged as someone's (`filed_among_people`), its type, tags
    or name (`_NO_ONE`); for a note named by its `whole` name, that it is in no people folder.
    None for a note a word of its name found that is filed as no one's."""
    file = found[0]
    if (yours := why_yours(found, note, config)) is not None:
        by_me = owner_match(stem_of(file), note.tags, (), (), ()) is None  # not by its own name or tag
        return f"{file} is not read as a person but as yours: {yours}{_NOT_YOURS if by_me else ''}"
    if filed_among_people(note, config):
        why = note.problems[0].message if note.problems else _NO_ONE if note.kind == "other" else None
    else:
        why = _why_unread(note) if whole else None
    return f"{file} is not read as a person: {why}" if why else None


_NO_PERSON = "it is in no people folder and has no person tag, or still holds its template's placeholder"
_NO_ONE = (
    "it is filed or tagged as a person's, but read as no one's: its type or tags say a company, a group,"
    " a place or a pet (`type: account`, `#org`), its name an index or an untitled note, or it is a template"
)
"""Why a note among people is no one's, when it has no problem to say so."""
_NOT_YOURS = (
    " in vaultnet.toml. If the note is someone else's, take that out of `me`: a first name there beside"
    " your whole name or address makes no alias yours"
)
"""What to do when a note `me` makes yours (`why_yours`) is someone else's."""
