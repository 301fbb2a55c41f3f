"""Who a name means: the one resolver of link targets and names to person notes (spec 1.1, 6.2)."""

from __future__ import annotations

import sys
import unicodedata
from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import accumulate
from typing import cast

from vaultnet.convert import name_key, spellings, stem_words, target_key, unaccented
from vaultnet.model import Note, Problem, Vault, stem_of, titled
from vaultnet.patterns import lazy_pattern
from vaultnet.vault.titles import TitleNames, title_first

_UNASKED = ""
"""Not a file: a target not looked up yet."""
_LISTED = 5
"""The files a name's problem lists when more people claim it (`'aaron' names 28 people`)."""


def claimed(note: Note) -> tuple[str, tuple[str, ...]] | None:
    """What of a note the resolver reads besides its file: a person's name, and the other names
    they answer to (aliases, e-mail addresses)."""
    return (note.name, note.aliases + note.emails) if note.kind == "person" else None


def _claims(note: Note) -> list[str]:
    """The names a person answers to besides their path and stem: aliases, e-mail addresses,
    their `name`, and a slug stem's words (`bo_lindqvist.md` answers to `Bo Lindqvist`)."""
    stem = name_key(note.stem)
    keys = dict.fromkeys(name_key(a) for a in note.aliases + note.emails)
    keys[name_key(note.name)] = None
    keys[name_key(" ".join(stem_words(note.stem)))] = None
    return [key for key in keys if key and key != stem]


class Resolver:
    """Finds the person a link target or a plain name means: by path, else by file stem, else by
    alias or `name` (spec 6.2). A stem beats an alias or a name; two notes with an equal claim on
    the deciding level mean nobody, and `problems` names them. People can be added and removed
    (watch mode), and `keys` tells which lookups a person note takes part in.
    """

    def __init__(self, people: Iterable[Note] = ()) -> None:
        self._by_path: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        self._by_claim: dict[str, list[str]] = {}
        self._found: dict[str, str | None] = {}
        """Each target asked so far and its answer: a vault names the same people again and again."""
        self._problems: list[Problem] | None = None
        self._clashes: list[Clash] | None = None
        """`problems` and `clashes` as last made: they change only when a person is added or
        removed (watch mode makes pages again and again)."""
        self._names: dict[str, list[str]] | None = None
        """Each person's names, as `names_of` gives them: made when first asked."""
        self._words: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None
        """The people each word of a name names, as written and without accents (`answering_word`):
        made when first asked."""
        self._titles: TitleNames | None = None
        """`titles()` as last made: made when a title is first asked of, again after a change."""
        # In file order, each file goes last in its lists: no search to keep them sorted.
        for note in sorted(people, key=lambda n: n.file):
            for table, key in self._tables(note):
                _append(table, key, note.file)

    @classmethod
    def of(cls, people: Mapping[str, tuple[str, tuple[str, ...]]]) -> Resolver:
        """The resolver of these person files, each with their name and aliases (`claimed`): a
        saved build state's."""
        return cls(
            Note(file=file, kind="person", name=name, aliases=aliases)
            for file, (name, aliases) in people.items()
        )

    def tables(self) -> Tables:
        """Its lookup tables (by path, by stem, by alias or name), as a saved build state keeps
        them (with `problems` and `clashes`): made again from every person's names, they cost
        more than reading them."""
        return (self._by_path, self._by_stem, self._by_claim)

    @classmethod
    def from_tables(
        cls,
        tables: tuple[Mapping[str, list[str]], ...],
        problems: list[Problem] | None = None,
        clashes: list[Clash] | None = None,
    ) -> Resolver:
        """The resolver whose `tables()` these were (and, when given, its `problems()` and
        `clashes()`). Made from `SortedTable`s, it only finds: nobody is added to it or removed
        (a build from the saved state never does that: a person added or removed is a full
        build)."""
        find = cls()
        find._by_path, find._by_stem, find._by_claim = cast(Tables, tables)
        find._problems, find._clashes = problems, clashes
        return find

    def editable(self) -> Resolver:
        """This resolver, with tables people can be added to and removed from (`add`, `remove`):
        a saved state's, read back as `SortedTable`s, only finds."""
        return Resolver.from_tables(tuple(map(_editable, self.tables())))

    def _tables(self, note: Note) -> list[tuple[dict[str, list[str]], str]]:
        pairs = [
            (self._by_path, name_key(note.file.removesuffix(".md"))),
            (self._by_stem, name_key(note.stem)),
        ]
        pairs += [(self._by_claim, key) for key in _claims(note)]
        return pairs

    def add(self, note: Note) -> None:
        self._found.clear()
        self._problems = self._clashes = self._names = self._words = None
        self._titles = None
        for table, key in self._tables(note):
            files = table.setdefault(key, [])
            if note.file not in files:
                insort(files, note.file)

    def remove(self, note: Note) -> None:
        self._found.clear()
        self._problems = self._clashes = self._names = self._words = None
        self._titles = None
        for table, key in self._tables(note):
            files = table.get(key, [])
            if note.file in files:
                files.remove(note.file)
                if not files:
                    del table[key]

    @staticmethod
    def keys(note: Note) -> set[str]:
        """The last path part of every target that may resolve to this note, as `target_key` gives
        it or one of its `spellings`: each of its names, and of a name of words the slugs of them
        (`alex-barnes`, `alex_barnes`)."""
        keys = {name_key(note.stem), *_claims(note)}
        return keys | {mark.join(key.split(" ")) for key in keys if " " in key for mark in "-_"}

    @staticmethod
    def first_keys(note: Note) -> set[str]:
        """The first name a title may name this note's person by (`TitleNames.firsts`): a title
        holding it may mean them, or no longer, when they come, go or are renamed."""
        return {title_first(name_key(note.stem))} - {""}

    def titles(self) -> TitleNames:
        """The names a title may name each person by (`TitleNames`), made from these tables."""
        if self._titles is None:
            self._titles = TitleNames.of(self._by_stem, self._by_claim)
        return self._titles

    def __call__(self, target: str) -> str | None:
        try:
            return self._found[target]
        except KeyError:
            file = self._found[target] = self._look_up(target)
            return file

    def files(self, targets: Iterable[str]) -> set[str]:
        """The people these targets mean (those that mean someone): one call for a whole entry."""
        found = self._found
        files: set[str] = set()
        for target in targets:
            file = found.get(target, _UNASKED)
            if file is _UNASKED:
                file = found[target] = self._look_up(target)
            if file is not None:
                files.add(file)
        return files

    def claimants(self, target: str) -> list[str]:
        """Every person the first level that knows this target gives (path, stem, then alias or
        name; then, for a slug, the same of its words; then of the name's `spellings`, the words
        of a slug that spells it, `hannah-muller` of `Hannah Müller`), those among several whose path ends as
        the target's does, sorted: one means them, several mean nobody, none: nobody answers to it.
        Of several, a path spelt as one of them is on disk, in case and Unicode form, means that one
        (`People/ada` of `People/Ada.md` and `People/ada.md`, which a Linux disk holds both of).
        A note's title that stands for its people (`model.title_target`) means the one person
        it names (`TitleNames.one_person`)."""
        if (title := titled(target)) is not None:
            one = self.titles().one_person(title)
            return [one] if one is not None else []
        key = name_key(target.removeprefix("#")).removesuffix(".md")  # `#Ana`: a tag that may name her
        path = ""
        if "/" in key:
            path = key.lstrip("/")
            found = self._by_path.get(path)
            if found:
                return _spelt(found, target)
            key = key.rsplit("/", 1)[-1]
        found = self._by_stem.get(key) or self._by_claim.get(key)
        if not found and " " not in key and ("-" in key or "_" in key):
            words = " ".join(stem_words(key))  # a slug no note is named by: `alex-barnes` is Alex Barnes
            found = self._by_stem.get(words) or self._by_claim.get(words)
        if not found:  # `Hannah Müller`, `Seo-yeon Park`: the words of `hannah-muller`, `seo-yeon-park`
            found = self._spelt(key)
        if path and found and len(found) > 1:  # `[[Family/Ann Lee]]`: the end of a path, as Obsidian reads it
            found = [f for f in found if name_key(f.removesuffix(".md")).endswith("/" + path)] or found
            return _spelt(found, target)
        return list(found or ())

    def _spelt(self, key: str) -> list[str] | None:
        """Who the first of a name's `spellings` a person answers to means: a slug's words, as
        its note claims them, or a file named so (`Hannah Muller.md`)."""
        for words in spellings(key):
            if words != key and (found := self._by_stem.get(words) or self._by_claim.get(words)):
                return found
        return None

    def answering(self, key: str) -> list[str]:
        """Every person whose file name, alias or name is this `name_key`, sorted."""
        stems, claims = self._by_stem.get(key, ()), self._by_claim.get(key, ())
        return sorted({*stems, *claims}) if claims else list(stems)

    def named_exactly(self, name: str) -> list[str]:
        """Every person whose path, file name, alias or name is this very name (in any case or
        Unicode form), sorted: no part of a path (`coffee w/ Priya` is no path), no slug's words
        or spellings of it (`Priya,` is no `Priya`), as `claimants` would look further."""
        key = name_key(name).removesuffix(".md")
        if "/" in key:
            return list(self._by_path.get(key.lstrip("/"), ()))
        return self.answering(key)

    def names_of(self, file: str) -> list[str]:
        """The names (each a `name_key`) the person of this file answers to: their file's, their
        `name`, their aliases, a slug's words, but no address. Only a few tasks ask (`named_plain`):
        the tables are turned round once then."""
        if self._names is None:
            names: dict[str, list[str]] = defaultdict(list)
            for table in (self._by_stem, self._by_claim):
                for key, files in table.items():
                    if not an_address(key):
                        for person in files:
                            names[person].append(key)
            self._names = dict(names)
        return self._names.get(file, [])

    def answering_word(self, word: str) -> list[str]:
        """Every person one word alone names, sorted: a word of their file's name, their `name`, an
        alias or a slug's words (`names_of`), family name first or last (`wei` and `chen` of Chen
        Wei), else the same with the accents off both (`maria` of María). The one rule of a name
        typed alone (`vaultnet show Wei`) and of whom someone met by one name may be (`[[Wei]]`)."""
        if self._words is None:
            written: dict[str, set[str]] = defaultdict(set)
            bare: dict[str, set[str]] = defaultdict(set)
            for table in (self._by_stem, self._by_claim):
                for key, files in table.items():
                    for part in () if an_address(key) else key.split():
                        written[part].update(files)
                        bare[unaccented(part)].update(files)
            self._words = (dict(written), dict(bare))
        key = name_key(word)
        return sorted(self._words[0].get(key) or self._words[1].get(unaccented(key)) or ())

    def shared(self) -> set[str]:
        """Each name two people or more answer to: what `clashes` lists, found without sorting
        (a build from the saved state, whose tables are `SortedTable`s, asks of a few names)."""
        stems, claims = self._by_stem, self._by_claim
        keys = {key for key, files in stems.items() if len(files) > 1}
        keys.update(key for key, files in claims.items() if len(files) > 1 or key in stems)
        return keys

    def _look_up(self, target: str) -> str | None:
        found = self.claimants(target)
        return found[0] if len(found) == 1 else None

    def problems(self) -> list[Problem]:
        """A problem for each name that two or more people claim equally: links to it mean nobody."""
        if self._problems is None:
            self._problems = self._make_problems()
        return list(self._problems)

    def _make_problems(self) -> list[Problem]:
        found = []
        clashes = [(k, f) for k, f in self._by_stem.items() if len(f) > 1]
        clashes += [
            (k, f)
            for k, f in self._by_claim.items()
            if len(f) > 1 and k not in self._by_stem and not an_address(k)
        ]
        for key, files in clashes:
            if len(files) == 2:
                who = f"both {files[0]} and {files[1]}"
            elif len(files) <= _LISTED + 1:
                who = f"{len(files)} people: {', '.join(files)}"
            else:  # a first name or initials many share: a line, not a page of files
                who = f"{len(files)} people: {', '.join(files[:_LISTED])} and {len(files) - _LISTED} more"
            apart = _spelt_apart(files)
            if apart is None:
                message = f"'{key}' names {who}: a link to it means nobody (link by path, or rename one)"
            else:
                how, where = apart
                message = (
                    f"'{key}' names {who}, whose names differ only in {how}: a link to it means nobody "
                    f"(link by the path as spelt, or rename one: a {where} checkout keeps only one of them)"
                )
            found.append(Problem(files[0], 0, message))
        return sorted(found, key=lambda p: (p.file, p.line, p.message))

    def clashes(self) -> list[Clash]:
        """Each name two people or more answer to (see `Clash`), by name."""
        if self._clashes is None:
            self._clashes = self._make_clashes()
        return list(self._clashes)

    def _make_clashes(self) -> list[Clash]:
        found: list[Clash] = []
        for key in sorted({*self._by_stem, *self._by_claim}):
            stems, claims = self._by_stem.get(key, []), self._by_claim.get(key, [])
            files = sorted({*stems, *claims})
            if len(files) < 2 or (not stems and an_address(key)):
                continue
            if stems:
                found.append((key, files, stems[0] if len(stems) == 1 else None))
            else:
                found.append((key, files, None))
        return found


def stem_words_of(stem: str) -> set[str]:
    """The words one word alone names a note by through its file's name (`name_key`s), as
    `Resolver.answering_word` takes a person's: those of the name and of a slug's words."""
    return {*name_key(stem).split(), *name_key(" ".join(stem_words(stem))).split()}


def named_plain(text: str, among: Iterable[str], find: Resolver) -> set[str]:
    """Of a dated note's people (`among`, as it lists them), those a task's `text` names plain
    (`- [ ] Sam to send the figures`): by a whole name of theirs, or by the first word of one when
    no other of the note's people has it (one listed with no note neither), its words written
    whole, the first with a capital (`Samples` is no `Sam`), accents aside (`Jose` is José), a
    possessive's too (`review Marco's proposal`). The names are their notes' (`names_of`: a
    heading over a slug, a `name`, an alias), not only how the list links them (`[[sam-oduya]]`)."""
    raw = [_POSSESSIVE.sub("", word) for word in _WORD.findall(text)]  # `Marco's proposal`: Marco
    words = [unaccented(name_key(word)) for word in raw]
    capital = [word[:1].isupper() for word in raw]
    found: set[str] = set()
    firsts: dict[str, set[str | None]] = defaultdict(set)  # None: someone listed with no note
    for target in dict.fromkeys(among):
        file = find(target)
        written = {target_key(target)} if titled(target) is None else set()  # a title is no name
        for name in {*written, *(find.names_of(file) if file else ())}:
            parts = [unaccented(word) for word in _WORD.findall(name)]
            if len(parts) > 1 and file and _said(parts, words, capital):
                found.add(file)
            if parts and len(parts[0]) > 1:
                firsts[parts[0]].add(file)
    for word, upper in zip(words, capital, strict=True):
        if upper and len(whose := firsts.get(word, ())) == 1 and (file := next(iter(whose))):
            found.add(file)
    return found


def _said(parts: list[str], words: list[str], capital: list[bool]) -> bool:
    """Are these words of a name among a text's `words`, one after another, the first with a capital?"""
    size = len(parts)
    return any(
        capital[at] and words[at : at + size] == parts for at, word in enumerate(words) if word == parts[0]
    )


_WORD = lazy_pattern(r"\w+(?:['’-]\w+)*")
"""A word of a name or of a task, with the apostrophes and hyphens inside it (`O'Neill`, `Ji-woo`)."""
_POSSESSIVE = lazy_pattern(r"['’]s$")


def _spelt(files: list[str], target: str) -> list[str]:
    """Of several files a path means, the one whose path ends as the target spells it, in case
    and Unicode form, when one does; else all of them."""
    if len(files) < 2:
        return list(files)
    spelt = "/" + target.strip().removeprefix("#").lstrip("/").removesuffix(".md")
    exact = [file for file in files if f"/{file}".removesuffix(".md").endswith(spelt)]
    return exact if len(exact) == 1 else list(files)


def _spelt_apart(files: list[str]) -> tuple[str, str] | None:
    """How these paths differ when only in case or Unicode form (`People/Ada.md`, `People/ada.md`;
    `Zoë` composed or not), and which disks keep only one of them: Windows' and macOS's ignore
    case, macOS's the form too. None when they differ otherwise."""
    forms = {unicodedata.normalize("NFC", file) for file in files}
    cases = {file.lower() for file in files}
    if len({form.lower() for form in forms}) > 1:
        return None
    if len(forms) == 1:
        return "Unicode form (NFC, NFD)", "macOS"
    if len(cases) == 1:
        return "case", "Windows or macOS"
    return "case and Unicode form", "Windows or macOS"


def spelt_apart(files: list[str]) -> str:
    """What `vaultnet check` says of these paths when they differ only in case or Unicode form,
    for a page to say too: `whose names differ only in Unicode form (NFC, NFD): a macOS checkout
    keeps only one of them`; "" when they differ otherwise."""
    apart = _spelt_apart(files)
    if apart is None:
        return ""
    how, where = apart
    return f"whose names differ only in {how}: a {where} checkout keeps only one of them"


def an_address(key: str) -> bool:
    """Is this name an e-mail address (`team@acme.com`)? A family or a team shares one: two
    people holding it is no mistake to report, and it finds neither."""
    return "@" in key[1:]


def _append(table: dict[str, list[str]], key: str, file: str) -> None:
    """Add a file that sorts after every file in the table (or is the last one again)."""
    files = table.get(key)
    if files is None:
        table[key] = [file]
    elif files[-1] != file:
        files.append(file)


Tables = tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]
"""A resolver's lookup tables: path, stem, alias or name (lower-cased as `name_key` does) → the
files of the people who answer to it, sorted."""

SavedTable = tuple[str, bytes, str, bytes]
"""A resolver table as the build state saves it (`SortedTable.saved`): its names, sorted, in one
string and where each ends; each name's files, joined, in another and where each name's end."""


class SortedTable(Mapping[str, list[str]]):
    """A resolver table read back from the build state: every name, sorted, in one string, and
    their files in another, a name found by halving. Reading a table of ten thousand names then
    makes a handful of objects rather than some thirty thousand, and a build after one changed
    note looks up only the few names that note's links hold."""

    __slots__ = ("_file_ends", "_files", "_name_ends", "_names")

    def __init__(self, saved: SavedTable) -> None:
        self._names, name_ends, self._files, file_ends = saved
        self._name_ends, self._file_ends = _ends(name_ends), _ends(file_ends)
        count = len(self._name_ends)
        lengths = (len(self._names), len(self._files))
        if len(self._file_ends) != count or (count and (self._name_ends[-1], self._file_ends[-1]) != lengths):
            raise ValueError("a saved resolver table does not hold together")

    @staticmethod
    def saved(table: Mapping[str, list[str]]) -> SavedTable:
        """What a table is saved as. A file name holds no NUL: it joins one name's files."""
        names = sorted(table)
        files = ["\0".join(table[name]) for name in names]
        name_ends = array("I", accumulate(map(len, names)))
        file_ends = array("I", accumulate(map(len, files)))
        return "".join(names), _little(name_ends).tobytes(), "".join(files), _little(file_ends).tobytes()

    def _name(self, at: int) -> str:
        ends = self._name_ends
        return self._names[ends[at - 1] if at else 0 : ends[at]]

    def _files_at(self, at: int) -> list[str]:
        ends = self._file_ends
        return self._files[ends[at - 1] if at else 0 : ends[at]].split("\0")

    def __getitem__(self, name: str) -> list[str]:
        at = bisect_left(range(len(self._name_ends)), name, key=self._name)
        if at == len(self._name_ends) or self._name(at) != name:
            raise KeyError(name)
        return self._files_at(at)

    def __iter__(self) -> Iterator[str]:
        return map(self._name, range(len(self._name_ends)))

    def as_dict(self) -> dict[str, list[str]]:
        """The table as a resolver makes one, which people can be added to and removed from."""
        every = range(len(self._name_ends))
        return dict(zip(map(self._name, every), map(self._files_at, every), strict=True))

    def __len__(self) -> int:
        return len(self._name_ends)


def _editable(table: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """A resolver table as a dict whose lists are its own, to add people to and remove them from."""
    if isinstance(table, SortedTable):
        return table.as_dict()
    return {name: list(files) for name, files in table.items()}


def _ends(data: bytes) -> array[int]:
    ends = array("I")
    if len(data) % ends.itemsize:
        raise ValueError("a saved resolver table does not hold together")
    ends.frombytes(data)
    return _little(ends)


def _little(ends: array[int]) -> array[int]:
    """Saved little-endian, whatever this machine's order (in place; its own inverse)."""
    if sys.byteorder == "big":
        ends.byteswap()
    return ends


Clash = tuple[str, list[str], str | None]
"""A name two people or more answer to: the name, their files (sorted), and the file a link to
it reaches (a file name beats an alias or a name), or None: equal claims mean nobody."""


def told_apart(
    find: Resolver, name_of: Callable[[str], str | None], keys: Iterable[str] | None = None
) -> dict[str, str]:
    """Person file → the name the pages show them by, for each person whose name (`name_key`)
    another person's is too: `Alex (work)` and `Alex (family)` for `People/work/Alex.md` and
    `People/family/Alex.md`, otherwise alike on every page (`_apart` tells how). `name_of`: a
    person file's name (None for no person); `keys`: the names to look at, each a `name_key`
    (by default every name two people answer to: only those can be shared). The JSON keeps each
    person's `name` as it is."""
    shown: dict[str, str] = {}
    for key in find.shared() if keys is None else keys:
        alike = [file for file in find.answering(key) if name_key(name_of(file) or "") == key]
        if len(alike) > 1:
            for file, how in _apart(alike).items():
                shown[file] = f"{name_of(file)} ({how})"
    return shown


def _apart(files: list[str]) -> dict[str, str]:
    """How each of these people (sorted by file) is told from the others: by the folder nearest
    their note that none of the others lies in (`work`), else by their note's path; where that
    path looks like another's (the same in NFC), by the Unicode form it is written in (`NFD`),
    and where even that is another's, by their place among them too. Folders and paths are
    compared as they look: in NFC."""
    folders = {file: file.split("/")[:-1] for file in files}
    held = Counter(part for parts in folders.values() for part in {_nfc(p) for p in parts})
    how = {
        file: next((p for p in reversed(parts) if held[_nfc(p)] == 1), file)
        for file, parts in folders.items()
    }
    alike = Counter(map(_nfc, how.values()))
    how = {file: label if alike[_nfc(label)] == 1 else _form(file) for file, label in how.items()}
    alike = Counter(map(_nfc, how.values()))
    return {
        file: label if alike[_nfc(label)] == 1 else f"{label} {at}"
        for at, (file, label) in enumerate(how.items(), 1)
    }


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _form(file: str) -> str:
    """The Unicode form a path is written in, as `vaultnet check` names it."""
    if unicodedata.is_normalized("NFC", file):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", file) else "neither NFC nor NFD"


def resolver_of(vault: Vault) -> Resolver:
    """The resolver the vault's people were found with (or one made alike)."""
    names = vault.names
    return names if isinstance(names, Resolver) else Resolver(p.note for p in vault.people)


def name_clashes(vault: Vault) -> list[Clash]:
    """Each name two people or more answer to, by name."""
    return resolver_of(vault).clashes()


def shared_names(vault: Vault, clashes: list[Clash] | None = None) -> list[Problem]:
    """A person's alias or name that another person's file name wins (links reach that one): for
    `vaultnet check`. Equal claims, which mean nobody, are problems of the vault itself already.
    The line says which note a link reaches: the name's, and this one by its own file name (a
    name of its words, `Ann  Lee.md`'s `ann lee`, is not its name as written). `clashes`:
    `name_clashes(vault)`, when the caller has it already."""
    problems = []
    find = resolver_of(vault)
    for name, files, reach in name_clashes(vault) if clashes is None else clashes:
        if reach is None:
            continue
        for file in files:
            if file == reach:
                continue
            stem = stem_of(file)
            own = f"; a link to '{stem}', its own file name, reaches it" if find(stem) == file else ""
            message = (
                f"'{name}' also names {reach}, whose file name it is: a link to '{name}' reaches {reach}, "
                f"not this note{own}"
            )
            problems.append(Problem(file, 0, message))
    return problems


def every_problem(vault: Vault) -> list[Problem]:
    """What `vaultnet check` lists of the notes read: the vault's problems (what the report, its
    JSON and its pages count) and each name another person's file name wins (`shared_names`: no
    problem of the vault, spec 6.2, which the Problems page lists among the names shared), sorted
    by file, then line."""
    found = shared_names(vault)
    if not found:
        return list(vault.problems)  # sorted already
    return sorted({*vault.problems, *found}, key=lambda p: (p.file, p.line, p.message))
