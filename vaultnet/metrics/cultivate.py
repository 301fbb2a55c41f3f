"""Tending a network rather than counting it: natural rhythm, listening prompts and introductions.

Pure functions over a computed Report: nothing here reads the disk or the clock.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from heapq import heapify, heappop
from itertools import combinations, islice, pairwise
from operator import attrgetter

from vaultnet.config import Config
from vaultnet.convert import folder_word
from vaultnet.metrics.next import RESTING_STATUSES
from vaultnet.metrics.stats import Report
from vaultnet.model import INTRO_TAG, Contact, FollowUp, Mention, Names, Note, PersonStats, Vault
from vaultnet.patterns import lazy_pattern
from vaultnet.vault.names import Resolver

RHYTHM_MIN_OCCASIONS = 3
"""A rhythm needs contacts on at least this many occasions (so at least two gaps)."""

RHYTHM_RECENT_DAYS = 730
"""A rhythm is of the gaps that start in the two years up to the last contact (`recent_gaps`)."""

RHYTHM_RECENT_GAPS = 5
"""A rhythm is of at least this many of the last gaps, when those two years hold fewer."""

BURST_DAYS = 4
"""Contacts on at most this many days in a row are one occasion (a conference, a weekend's
visit); a longer run is contact day after day, each day its own."""

DRIFT_FACTOR = 2
"""Drifting: the days since the last contact exceed this many times the person's rhythm."""

IDEAS_PER_PERSON = 2
"""One person appears in at most this many introduction ideas, so a few busy people don't fill the list."""

BUCKET_LIMIT = 100
"""Something shared by more people than this (a tag on half the vault) is no reason to introduce two."""


# --- Natural rhythm ---------------------------------------------------------------------------


def past_contacts(s: PersonStats) -> tuple[Contact, ...]:
    """The contacts up to today `s` counts (`interactions`): those sorted first, before the planned
    ones and any dated after the person died (`stats.lived`)."""
    return s.person.contacts[: s.interactions]


def rhythm_days(s: PersonStats) -> int | None:
    """The median of the person's recent gaps between occasions of contact (`recent_gaps`), in
    whole days (rounded down), for a person with no cadence: from one occasion's last day to the
    next's first (`_occasions`)."""
    if s.cadence_days is not None:
        return None
    dates = [c.date for c in past_contacts(s)]
    gaps = [(later - earlier).days for earlier, later in pairwise(dates)]
    froms = dates[:-1]
    if gaps and min(gaps) <= 1:  # days in a row, or one day twice (most people have neither)
        occasions = _occasions(dates)
        gaps = [(later[0] - earlier[1]).days for earlier, later in pairwise(occasions)]
        froms = [last for _, last in occasions[:-1]]
    if len(gaps) < RHYTHM_MIN_OCCASIONS - 1:
        return None
    return median_days(recent_gaps(gaps, froms, dates[-1]))


def recent_gaps(gaps: list[int], froms: list[dt.date], last: dt.date) -> list[int]:
    """The gaps (each from its day in `froms`, sorted) that start within `RHYTHM_RECENT_DAYS` before
    the `last` contact, or the last `RHYTHM_RECENT_GAPS` when those are fewer: a friend seen every
    ten days who moved away and now texts once a year has a yearly rhythm, not one of ten days.
    Counted back from the last contact, not from today, a rhythm holds still while someone drifts."""
    start = bisect_left(froms, last - dt.timedelta(days=RHYTHM_RECENT_DAYS))
    return gaps[max(0, min(start, len(gaps) - RHYTHM_RECENT_GAPS)) :]


def _occasions(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """The first and last day of each occasion of these days (in order): a run of days in a row
    of at most `BURST_DAYS` is one (a three-day conference is no rhythm of every day), and so is
    a longer one that came once, with other contact since (a week's trip together); each day of
    a longer run is one when such runs come again, or one goes on to the last contact (a
    colleague seen every weekday is seen every day)."""
    runs: list[list[dt.date]] = []
    for day in days:
        if runs and (day - runs[-1][-1]).days <= 1:
            if day != runs[-1][-1]:
                runs[-1].append(day)
        else:
            runs.append([day])
    long = [len(run) > BURST_DAYS for run in runs]
    daily = long.count(True) > 1 or long[-1:] == [True]
    return [
        occasion
        for run, is_long in zip(runs, long, strict=True)
        for occasion in ([(day, day) for day in run] if is_long and daily else [(run[0], run[-1])])
    ]


def median_days(days: list[int]) -> int:
    """`int(statistics.median(days))` of a list not empty: written out, as `statistics` would add
    its imports (fractions, decimal) to every build for this one use."""
    ordered = sorted(days)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else int((ordered[middle - 1] + ordered[middle]) / 2)


def is_drifting(s: PersonStats) -> bool:
    """Quieter than their own rhythm: more than twice the usual gap since the last contact, yet
    within the reciprocity window (beyond it they are lapsed, spec 6.6)."""
    if s.lapsed:
        return False
    rhythm = rhythm_days(s)
    return rhythm is not None and s.days_since is not None and s.days_since > DRIFT_FACTOR * rhythm


# --- Listening prompts ------------------------------------------------------------------------


def last_note(s: PersonStats) -> str | None:
    """What was said at the last contact: the entry's text, if it has one."""
    return s.last.text if s.last is not None and s.last.text else None


def open_follow_ups(s: PersonStats) -> tuple[FollowUp, ...]:
    """Unchecked tasks in their note or in dated notes naming them, by file and line, once each:
    a task copied forward from day to day (the same words, in any case, in a note at most
    `COPIED_DAYS` after the last copy, or twice in one note) once, where it was written last;
    none when that last copy is ticked (`FollowUp.done`): the task was done."""
    if not s.person.follow_ups:
        return ()  # most people
    kept: list[FollowUp] = []
    latest: dict[str, int] = {}  # a task's words → where its latest copy is in `kept`
    for f in sorted(s.person.follow_ups, key=by_age):
        words = " ".join(f.text.casefold().split())
        at = latest.get(words)
        if at is not None and _copied(kept[at], f):
            kept[at] = f
        else:
            latest[words] = len(kept)
            kept.append(f)
    unique = {(f.file, f.line): f for f in kept if not f.done}
    return tuple(unique[key] for key in sorted(unique))


def has_open_follow_ups(s: PersonStats) -> bool:
    """Has the person an open follow-up (`open_follow_ups`)? Without a ticked copy among their
    tasks, any task is one: the copies are not matched up for that."""
    follow_ups = s.person.follow_ups
    if not any(f.done for f in follow_ups):
        return bool(follow_ups)
    return bool(open_follow_ups(s))


COPIED_DAYS = 14
"""How many days after a task's last copy another of the same words is the task copied forward
(a rollover plugin's, or by hand over a holiday); later, it is a task of its own again."""


def _copied(before: FollowUp, after: FollowUp) -> bool:
    """Is `after` the task `before` copied forward (`open_follow_ups`)?"""
    if before.file == after.file:
        return True
    return (
        before.date is not None and after.date is not None and (after.date - before.date).days <= COPIED_DAYS
    )


def by_age(f: FollowUp) -> tuple[bool, dt.date, str, int]:
    """Oldest first: follow-ups in dated notes by date, then the rest by file and line."""
    return (f.date is None, f.date or dt.date.min, f.file, f.line)


# --- Introductions ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Idea:
    """Two people who share something and are not linked: they might enjoy meeting."""

    first: PersonStats
    second: PersonStats
    reasons: tuple[str, ...]
    """Each thing they share, in words a person can check in the notes ("both in Lisbon")."""

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class Together:
    """A later note or entry that names both people of an introduction."""

    date: dt.date
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class Introduction:
    """An entry tagged `#intro` (or told so in words: `model.INTRO_TAG`) naming two people: an
    introduction the user made."""

    date: dt.date
    file: str
    line: int
    text: str
    first: PersonStats
    second: PersonStats
    since: Together | None
    """The first note or entry after the introduction that names both, if any."""


@dataclass(frozen=True, slots=True)
class UnclearIntro:
    """An introduction (`is_intro`) that does not name exactly two people."""

    file: str
    line: int
    text: str
    named: int


Introductions = tuple[tuple[Idea, ...], tuple[Introduction, ...], tuple[UnclearIntro, ...]]
"""Ideas, introductions made, and entries not read as one: what the Introductions page shows."""


def is_intro(mention: Mention) -> bool:
    """Is this entry tagged as an introduction (`#intro`, or a tag below it)?"""
    return bool(mention.tags) and any(t == INTRO_TAG or t.startswith(INTRO_TAG + "/") for t in mention.tags)


def has_intro(note: Note) -> bool:
    """Does the note hold an entry tagged as an introduction?"""
    return any(m.tags and is_intro(m) for m in note.entries)  # most entries have no tag: no call


def idea_inputs(s: PersonStats, config: Config) -> tuple[object, ...]:
    """What introduction ideas read of a person: when it and the links stay, so do the ideas."""
    names = tuple(sorted(_names_of(s)))
    features = _features(s, config)
    return (s.person.file, _folded(s.person.note.name), names, s.personal, features, _workplace(s))


def may_share(s: PersonStats, config: Config) -> bool:
    """Could the person be one of an introduction idea (do they have an interest, a city or a tag
    to share)? One who cannot changes no idea by coming or going (an organisation alone makes
    none: it only keeps two people of one from being one)."""
    return bool(_features(s, config))


def _workplace(s: PersonStats) -> tuple[str, str]:
    """The person's organisation and team (`team`, `department`), as two people at one share it
    (any case); "" for none, and for a word of working alone (`Freelance`, `Self-employed`: no
    one's colleagues)."""
    note = s.person.note
    org, team = (_folded(value) if value else "" for value in (note.org, note.team))
    return ("" if org in _ON_THEIR_OWN else org, "" if team in _ON_THEIR_OWN else team)


def _work_together(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Do two people work together (`_workplace`): at one organisation, or of one team at no two
    organisations (a team's name is its company's own: two companies' `Growth` teams are two)?"""
    (org, team), (org_2, team_2) = one, other
    if org and org == org_2:
        return True
    return bool(team) and team == team_2 and not (org and org_2)


_ON_THEIR_OWN = frozenset((
    "freelance", "freelancer", "self-employed", "self employed", "independent", "retired", "student",
    "unemployed", "none", "n/a", "-", "consultant", "contractor",
))  # fmt: skip
"""What an `org` may say that is no organisation of colleagues."""


def _city(location: str) -> str:
    """`Lisbon, Portugal` → `Lisbon`: two people in one city share a location."""
    return location.split(",", 1)[0].strip()


def _features(s: PersonStats, config: Config) -> dict[tuple[str, str], str]:
    """What a person could share with another: (kind, comparable key) → the words to show.
    Nothing for a person whose `status` rests them (died, archived, do not contact), nor for an ex
    or a competitor (`_NEVER_INTRODUCED`), nor a client or a patient (`_in_confidence`):
    introduced to nobody. A snooze does not: it puts off
    reminders, not whom they might enjoy meeting. An organisation is nothing to share: two people
    at one work together (`introduction_ideas` never pairs them)."""
    note = s.person.note
    found: dict[tuple[str, str], str] = {}
    kinds = [_kind_of(tag, config) for tag in note.tags]
    if note.status in RESTING_STATUSES or not _NEVER_INTRODUCED.isdisjoint(kinds):
        return found
    if _in_confidence(note, kinds):
        return found
    for interest in note.interests:
        found.setdefault(("interest", interest.casefold()), interest)
    if note.location and _city(note.location):
        city = _city(note.location)
        found[("location", city.casefold())] = city
    for tag, kind in zip(note.tags, kinds, strict=True):
        if kind and tag != INTRO_TAG and kind not in _TIES and kind not in config.tie_tags and not _kin(kind):
            found[("tag", tag)] = tag
    return found


def _in_confidence(note: Note, kinds: list[str]) -> bool:
    """Is the person a client or a patient of yours (a tag says so, `#client`, `#people/patient`,
    or their note is filed under `Clients/`, `Patients/`, `Pupils/` or `Students/`), whom
    confidentiality keeps out of every introduction? A vault cannot tell a therapist's clients
    from a consultant's, nor a teacher's pupils, who are children, from a lecturer's students:
    all wait."""
    if not _IN_CONFIDENCE.isdisjoint(kinds):
        return True
    return any(folder_word(part) in _IN_CONFIDENCE_FOLDERS for part in note.file.split("/")[:-1])


_IN_CONFIDENCE = frozenset((
    "client", "clients", "patient", "patients", "tutee", "tutees", "pupil", "pupils", "coachee",
    "coachees", "ex-client", "ex-clients", "former-client", "former-clients", "past-client",
    "past-clients", "ex-patient", "former-patient",
))  # fmt: skip
"""Tags (and folder names) of whom you see in confidence: therapy's, coaching's or tutoring's
clients, patients, tutees and pupils, former ones too. Not `student`, which a friend is as often
as someone you teach."""
_IN_CONFIDENCE_FOLDERS = _IN_CONFIDENCE | {"student", "students"}
"""Folder names of whom you see in confidence: `Students/` too. A tag says what someone is (a
friend who studies); a folder of them, whom they are to you: those you teach, as `Pupils/` does."""


def _kind_of(tag: str, config: Config) -> str:
    """What a tag says the person is, past the person tags it is nested under (`people/friend/close`
    is a `friend`, `contacts/climber` a `climber`); "" for a person tag alone."""
    if tag in config.person_tags:
        return ""
    for part in tag.split("/"):
        if part not in config.person_tags and not (part.endswith("s") and part[:-1] in config.person_tags):
            return part
    return ""


_TIES = frozenset((
    "friend", "friends", "close-friend", "close-friends", "best-friend", "family", "relative",
    "relatives", "colleague", "colleagues", "coworker", "coworkers", "co-worker", "work",
    "acquaintance", "acquaintances", "client", "clients", "customer", "customers", "mentor",
    "mentors", "mentee", "mentees", "neighbour", "neighbours", "neighbor", "neighbors", "network",
    "networking", "starred", "vip", "favorite", "favourite", "school", "high-school", "highschool",
    "classmate", "classmates", "schoolmate", "schoolmates", "uni", "university", "college", "alumni",
    "alum", "ex-colleague", "ex-colleagues", "former-colleague", "former-colleagues", "teammate",
    "teammates", "health", "healthcare", "medical", "doctor", "doctors", "gp", "dentist", "therapist",
    "counsellor", "counselor", "psychologist", "psychiatrist", "physio", "physiotherapist", "nurse",
    "optician", "plumber", "electrician", "handyman", "mechanic", "cleaner", "service", "services",
    "service-provider", "provider", "providers", "lead", "leads", "hot-lead", "warm-lead", "cold-lead",
    "prospect", "prospects", "opportunity", "opportunities", "account", "accounts", "key-account",
    "former-client", "ex-client", "past-client", "former-customer", "ex-customer", "investor",
    "investors", "lp", "lps", "limited-partner", "limited-partners", "co-investor", "co-investors",
    "portfolio", "vendor", "vendors", "supplier", "suppliers", "contractor", "contractors", "partner",
    "partners", "business-partner", "stakeholder", "stakeholders", "candidate", "candidates", "recruiter",
    "recruiters", "headhunter", "headhunters", "advisor", "advisors", "adviser", "advisers", "board",
    "board-member", "boss", "employee", "employees", "direct-report", "crm", "pipeline",
    "labmate", "labmates", "lab-mate", "lab-mates", "committee", "coauthor", "coauthors", "co-author",
    "co-authors", "collaborator", "collaborators", "supervisor", "supervisors", "student", "students",
    "phd-student", "phd-students", "postdoc", "postdocs", "reviewer", "reviewers", "editor", "editors",
    "conference", "conferences", "volunteer", "volunteers", "donor", "donors", "member", "members",
    "supporter", "supporters", "sponsor", "sponsors", "trustee", "trustees", "staff",
    # at work: your reports, peers, manager, skip-level, team
    "report", "reports", "direct-reports", "directs", "peer", "peers", "manager",
    "managers", "skip", "skip-level", "skip-levels", "team", "teams", "my-team",
    # family and friends in the languages of Europe's larger vaults
    "familia", "familie", "rodzina", "famille", "famiglia", "família", "familias", "familien",
    "amigos", "amigas", "amigo", "amiga", "freunde", "freund", "freundin", "freundinnen",
    "przyjaciele", "przyjaciel", "przyjaciółka", "znajomi", "amis", "ami", "amie", "amies", "amici",
    "amico", "amica", "amiche", "vrienden", "vriend", "vriendin", "bekannte", "conocidos", "copains",
    "kollegen", "kollege", "kollegin", "colegas", "colega", "collègues", "collègue", "colleghi",
    "collega", "nachbarn", "nachbar", "vecinos", "voisins", "vicini", "sąsiedzi",
))  # fmt: skip
"""Tags of what someone is to you, not of what they are into: two friends, two of your family,
two colleagues share no interest by it (and colleagues and family know each other, as old
classmates and former colleagues do), nor your dentist and your GP (`#health`), who care for you
for a living; nor two leads, prospects, customers, investors, vendors or candidates, which say
where they stand with your business (as `#crm/lead` does), not what they would enjoy; a nurse
and a potter who both love pottery may still meet, and so may two founders. In academia: your
labmates, committee, coauthors and collaborators, supervisors and students, postdocs, reviewers
and editors; and the conference you met someone at, which says where, as `#school` does. In what
you run (a charity, a club, a food bank): its volunteers, donors, members, sponsors, trustees and
staff, who meet there already. At work: your reports, peers, manager, skip-level and team. And
family, friends, colleagues and neighbours in the languages of Europe's larger vaults (`#familia`,
`#rodzina`, `#freunde`, `#amis`); `tie_tags` in vaultnet.toml adds one's own."""

_KIN = frozenset((
    "mother", "father", "mum", "mom", "mam", "mama", "mamma", "mommy", "mummy", "dad", "daddy", "papa",
    "parent", "sister", "brother", "sibling", "sis", "bro", "twin", "aunt", "auntie", "aunty", "uncle",
    "cousin", "niece", "nephew", "grandmother", "grandfather", "grandma", "grandpa", "granny", "gran",
    "grandad", "granddad", "nan", "nana", "nanna", "grandparent", "grandchild", "grandchildren", "grandson",
    "granddaughter", "grandkid", "son", "daughter", "child", "children", "kid", "stepchild", "spouse",
    "wife", "husband", "fiance", "fiancee", "fiancé", "fiancée", "godmother", "godfather", "godparent",
    "godson", "goddaughter", "godchild", "kin", "kinship", "in-law", "great", "step", "half",
    # in German, Spanish, Portuguese, French, Italian, Dutch and Polish
    "mutter", "vater", "mutti", "vati", "oma", "opa", "tante", "onkel", "schwester", "bruder",
    "cousine", "vetter", "nichte", "neffe", "tochter", "sohn", "enkel", "enkelin", "schwiegermutter",
    "schwiegervater", "madre", "padre", "abuela", "abuelo", "abuelita", "abuelito", "tía", "tío",
    "tia", "tio", "primo", "hermana", "hermano", "hija", "hijo", "sobrina", "sobrino",
    "nieta", "nieto", "suegra", "suegro", "mãe", "pai", "avó", "avô", "irmã", "irmão", "filha",
    "filho", "mère", "père", "grand-mère", "grand-père", "mamie", "papi", "papy", "tatie",
    "oncle", "sœur", "soeur", "frère", "frere", "fille", "fils", "nièce", "neveu", "belle-mère",
    "beau-père", "nonna", "nonno", "zia", "zio", "sorella", "fratello", "cugina", "cugino", "figlia",
    "figlio", "nipote", "suocera", "suocero", "moeder", "vader", "zus", "broer", "neef",
    "nicht", "dochter", "zoon", "babcia", "dziadek", "babka", "dziadzio", "wujek", "ciocia",
    "ciotka", "wuj", "siostra", "kuzyn", "kuzynka", "córka", "wnuk", "wnuczka",
    "teściowa", "teść", "mamá", "papá", "mamma", "papà",
))  # fmt: skip
"""Tags of kin, as `relation: cousin` or `relationship: grandchild` tags them: who they are in your
family, as `#family` says, not what they would enjoy; two cousins (or two of their kin) know each
other already. Each also in the plural, with `great-`, `grand-`, `step-` or `half-` before it or
`-in-law` after it (`great-great-grandfather`, `stepmother`, `half-brother`, `sisters-in-law`),
and the words a relation of two words leaves as tags (`great aunt`: `#great`, `#aunt`); and in
the languages of Europe's larger vaults, as `relationship: babcia` or `relationship: oma` tags
them (`#abuela`, `#tante`, `#nonna`, `#wujek`)."""
_KIN_AFFIXES = lazy_pattern(r"^(?:(?:great|grand|step|half)-?)+|-?in-laws?$")


def _kin(kind: str) -> bool:
    """Is a tag's kind one of `_KIN`, as it is or without its affixes (`grandad` is one; `dad`
    is too), in the plural too?"""
    for word in (kind, _KIN_AFFIXES.sub("", kind)):
        if word in _KIN or (word.endswith("s") and word[:-1] in _KIN):
            return True
    return False


_NEVER_INTRODUCED = frozenset((
    "ex", "exes", "ex-partner", "ex-boyfriend", "ex-girlfriend", "ex-husband", "ex-wife", "ex-fiance",
    "ex-fiancee", "competitor", "competitors",
))  # fmt: skip
"""Tags (or what a tag nested under a person tag says, `people/ex`) of someone never to introduce,
whatever you share: an ex, and a competitor (to your leads and customers least of all)."""


def _reasons(shared: list[tuple[str, str]], words: dict[tuple[str, str], str]) -> tuple[str, ...]:
    by_kind: dict[str, list[str]] = defaultdict(list)
    for key in sorted(shared):
        by_kind[key[0]].append(words[key])
    reasons = []
    if by_kind["interest"]:
        reasons.append("both into " + _and(by_kind["interest"]))
    if by_kind["location"]:
        reasons.append("both in " + _and(by_kind["location"]))
    if by_kind["tag"]:
        reasons.append("both tagged " + _and([f"#{t}" for t in by_kind["tag"]]))
    return tuple(reasons)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def introduction_ideas(report: Report, config: Config) -> tuple[Idea, ...]:
    """Pairs who share interests or tags (a city too, but never a city alone) and are not linked
    (spec 1.6), nor at one organisation (they work together), each pair once, never one person
    with a note of their own.

    People the user knows personally (with facts) come first, then pairs sharing more;
    each person appears in at most IDEAS_PER_PERSON ideas, and there are at most
    `config.introductions` of them.
    """
    if not config.introductions:
        return ()  # turned off (`introductions = 0`)
    by_file = {s.person.file: s for s in report.people}
    features = {file: _features(s, config) for file, s in by_file.items()}
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for file in sorted(features):
        for key in features[file]:
            buckets[key].append(file)
    shared: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key, files in buckets.items():
        if 2 <= len(files) <= BUCKET_LIMIT:
            for pair in combinations(files, 2):
                shared[pair].append(key)

    name = {file: _folded(s.person.note.name) for file, s in by_file.items()}
    work = {file: _workplace(s) for file, s in by_file.items()}
    known: dict[str, set[str]] = {}

    def names_of(file: str) -> set[str]:  # only for people who share something: few of them
        found = known.get(file)
        if found is None:
            found = known[file] = _names_of(by_file[file])
        return found

    personal = {file: int(s.personal) for file, s in by_file.items()}
    # Ranked: people known personally first, then pairs sharing more, then by name. A heap, not
    # a sort: a few ideas are taken from tens of thousands of pairs on a large vault.
    ranked: list[tuple[tuple[int, int, str, str, str, str], tuple[str, str]]] = []
    for pair, keys in shared.items():
        a, b = pair
        if _linked(by_file[a], b) or all(key[0] == "location" for key in keys):
            continue  # a city alone is no reason to introduce two people
        if _work_together(work[a], work[b]):
            continue  # at one organisation or of one team: they know each other, or can meet without you
        if not names_of(a).isdisjoint(names_of(b)):
            continue  # one person in two notes: never introduced to themself
        names = (name[a], name[b]) if name[a] <= name[b] else (name[b], name[a])
        ranked.append(((-(personal[a] + personal[b]), -len(keys), *names, a, b), pair))
    heapify(ranked)
    ideas: list[Idea] = []
    count: dict[str, int] = defaultdict(int)
    seen: set[tuple[str, str]] = set()
    while ranked and len(ideas) < config.introductions:
        rank, pair = heappop(ranked)
        if count[pair[0]] >= IDEAS_PER_PERSON or count[pair[1]] >= IDEAS_PER_PERSON:
            continue
        names = (rank[2], rank[3])
        if names in seen:
            continue  # the same two names again (a person with two notes): each pair once
        seen.add(names)
        count[pair[0]] += 1
        count[pair[1]] += 1
        first, second = sorted((by_file[f] for f in pair), key=lambda s: s.person.note.name.casefold())
        ideas.append(Idea(first, second, _reasons(shared[pair], features[pair[0]])))
    return tuple(ideas)


def _folded(name: str) -> str:
    """A name as two notes of one person would share it: one Unicode form, any case."""
    return unicodedata.normalize("NFC", name).casefold().strip()


def _names_of(s: PersonStats) -> set[str]:
    """Every name a person answers to: their name, file stem and aliases."""
    note = s.person.note
    return {_folded(n) for n in (note.name, note.stem, *note.aliases) if n.strip()}


@dataclass(frozen=True, slots=True)
class _Naming:
    """One entry, or one whole dated note, and the people it names."""

    date: dt.date
    file: str
    line: int
    people: tuple[str, ...]
    """In no order: only asked whether someone is in it (a tuple: smaller than a set)."""
    whole: bool = False
    """The whole dated note, rather than one of its lines."""


def _linked(s: PersonStats, other: str) -> bool:
    """Are they linked already (`person.linked` is sorted)?"""
    linked = s.person.linked
    at = bisect_left(linked, other)
    return at < len(linked) and linked[at] == other


def _namings(
    notes: Iterable[Note], find: Names, today: dt.date, partners: dict[str, set[str]]
) -> list[_Naming]:
    """Every entry and dated note up to today that names two people introduced to each other, by
    date, file and line: a person of `partners` and one of theirs (a naming for every line of a
    large vault is a lot of memory, and only these can tell that two people met)."""
    found = []
    for note in notes:
        if not note.entries:
            continue
        person = note.kind == "person"
        # The note as a whole names everyone in it: told after any one line that names both.
        day = note.date if note.kind == "dated" and note.date is not None and note.date <= today else None
        whole: set[str] = set()
        for mention in note.entries:
            if not mention.targets or mention.date > today or mention.broadcast:
                continue  # no target: at most the note's owner, alone
            named = find.files(mention.targets)
            if person:
                named.add(note.file)
            if day is not None:
                whole |= named
            if len(named) > 1 and _pair_in(named, partners):
                found.append(_Naming(mention.date, note.file, mention.line, tuple(named)))
        if day is not None and len(whole) > 1 and _pair_in(whole, partners):
            found.append(_Naming(day, note.file, note.entries[0].line, tuple(whole), whole=True))
    return sorted(found, key=lambda n: (n.date, n.file, n.whole, n.line))


def first_together(
    notes: Iterable[Note], find: Names, today: dt.date, pair: tuple[str, str], after: dt.date
) -> Together | None:
    """The first entry or whole dated note of these `notes`, after the day `after` and up to
    `today`, that names both people of `pair`, as `introductions_made` finds it among all notes
    (by day, then file); None when none does."""
    a, b = pair
    first = next((n for n in _namings(notes, find, today, {a: {b}}) if n.date > after), None)
    return Together(first.date, first.file, first.line) if first else None


def next_change(
    notes: Iterable[Note], find: Names, today: dt.date, pairs: Iterable[tuple[str, str]]
) -> dt.date | None:
    """The first day after `today` that may change the introductions made: that of an `#intro`
    entry, or of an entry or a dated note that names both people of one of `pairs` (each
    introduction's). Until that day, a later day's introductions are today's. None for none."""
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        partners[a].add(b)
    days = []
    for note in notes:
        ahead = note.kind == "dated" and note.date is not None and note.date > today
        whole: set[str] = set()
        for mention in note.entries:
            if mention.date <= today and not ahead:
                continue
            if mention.tags and is_intro(mention) and mention.date > today:
                days.append(mention.date)
            if not mention.targets or mention.broadcast or not partners:
                continue
            named = find.files(mention.targets) | ({note.file} if note.kind == "person" else set())
            whole |= named
            if mention.date > today and _pair_in(named, partners):
                days.append(mention.date)
        if ahead and note.date is not None and _pair_in(whole, partners):
            days.append(note.date)
    return min(days, default=None)


def _pair_in(named: set[str], partners: dict[str, set[str]]) -> bool:
    """Does this group hold a person of `partners` and one of their partners?"""
    return any(not partners[a].isdisjoint(named) for a in partners.keys() & named)


def note_intros(note: Note, find: Names, today: dt.date) -> list[tuple[Mention, list[str]]]:
    """A note's introductions (`is_intro`) up to `today`, each with who it introduces
    (`_intro_pair`). An entry is its whole line: the words may read its people apart
    (`introduced [[Cy]] to [[Dee]]` is you reaching Cy, and Dee named), each group a Mention."""
    lines: dict[int, tuple[Mention, list[str]]] = {}
    for mention in note.entries:
        if mention.tags and mention.date <= today and is_intro(mention):
            lines.setdefault(mention.line, (mention, []))[1].extend(mention.targets)
    return [(mention, _intro_pair(note, targets, find)) for mention, targets in lines.values()]


def _intro_pair(note: Note, targets: Iterable[str], find: Names) -> list[str]:
    """Who an introduction introduces: the two people it names, or in a person's own log the
    person and the one it names (the person alone when that one has no note)."""
    named = list(dict.fromkeys(f for t in targets if (f := find(t))))
    if note.kind == "person" and len(named) < 2 and note.file not in named:
        named.insert(0, note.file)
    return named


@dataclass(frozen=True)
class IntroEntries:
    """What introductions read of a vault's entries, as of one day: a cold build gathers it before
    it lets go of the entries (`state._full`)."""

    intros: tuple[tuple[str, Mention, list[str]], ...]
    """Each `#intro` entry up to today: its note's file, the entry, who it introduces."""
    namings: dict[str, list[_Naming]]
    """The first person of each introduced pair (by file) → what names them with a partner, by date."""


def intro_entries(vault: Vault, today: dt.date) -> IntroEntries:
    """The `#intro` entries up to `today`, and what names the people they introduce together."""
    find = vault.names or Resolver(n for n in vault.notes if n.kind == "person")
    intros = tuple(
        (note.file, mention, named)
        for note in vault.notes
        for mention, named in note_intros(note, find, today)
    )
    # Only the first of each pair (by file) is looked up below.
    partners: dict[str, set[str]] = defaultdict(set)
    for _, _, named in intros:
        if len(named) == 2:
            a, b = sorted(named)
            partners[a].add(b)
    wanted = set(partners)
    namings: dict[str, list[_Naming]] = defaultdict(list)
    # No pair to ask about (most vaults: no `#intro` entry): no entry is looked at again.
    for naming in _namings(vault.notes, find, today, partners) if partners else ():
        for person in wanted.intersection(naming.people):
            namings[person].append(naming)
    return IntroEntries(intros, namings)


def _pair(named: list[str]) -> tuple[str, str]:
    a, b = sorted(named)
    return a, b


def _telling(naming: _Naming, told: set[tuple[str, int]]) -> bool:
    """Is this naming of two people the introduction itself told again (its line, or the dated
    note it is told in), not the two of them together?"""
    if naming.whole:
        return any(file == naming.file for file, _ in told)
    return (naming.file, naming.line) in told


def introductions_made(
    report: Report, entries: IntroEntries | None = None
) -> tuple[tuple[Introduction, ...], tuple[UnclearIntro, ...]]:
    """Entries tagged `#intro` up to today, each with whether the two have been named together
    since. `entries`: `intro_entries` of the report's vault, when gathered already."""
    if entries is None:
        entries = intro_entries(report.vault, report.today)
    by_file = {s.person.file: s for s in report.people}
    namings = entries.namings
    told: dict[tuple[str, str], set[tuple[str, int]]] = defaultdict(set)  # where each pair's is told
    for file, mention, named in entries.intros:
        if len(named) == 2:
            told[_pair(named)].add((file, mention.line))
    made: dict[tuple[str, str], Introduction] = {}
    unclear = []
    for file, mention, named in sorted(entries.intros, key=lambda i: (i[1].date, i[0], i[1].line)):
        if len(named) != 2:
            unclear.append(UnclearIntro(file, mention.line, mention.text, len(named)))
            continue
        a, b = key = _pair(named)
        if key in made:
            continue  # the same introduction told again: in two notes, or a task ticked and then told
        named_since = namings.get(a, [])  # by date: those after the introduction are a tail
        later = bisect_right(named_since, mention.date, key=attrgetter("date"))
        since = next(
            (
                Together(n.date, n.file, n.line)
                for n in islice(named_since, later, None)
                if b in n.people and not _telling(n, told[key])
            ),
            None,
        )
        first, second = sorted((by_file[a], by_file[b]), key=lambda s: s.person.note.name.casefold())
        made[key] = Introduction(
            mention.date,
            file,
            mention.line,
            mention.text,
            first,
            second,
            since,
        )
    ordered = sorted(made.values(), key=lambda i: (i.date, i.file, i.line), reverse=True)
    return tuple(ordered), tuple(sorted(unclear, key=lambda u: (u.file, u.line)))
