"""Converters from loosely typed note values (YAML, TOML, text) to typed ones.

Each returns None for a value it cannot read; callers decide whether that is a problem.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from sys import intern

from vaultnet.patterns import lazy_pattern

_ONE_LINK = lazy_pattern(r"^\s*\[\[([^\[\]]*)\]\]\s*$")
"""A value that is one wikilink and nothing else: `[[Jane Doe]]`."""
WIKILINKS = lazy_pattern(r"(!?)\[\[([^\[\]]+)\]\]")
"""Every wikilink in a text: `!` when it is an embed (group 1), what is inside the brackets (2)."""
_DATE_PREFIX = lazy_pattern(r"^(\d{4})[-_](\d{2})[-_](\d{2})")
_COUNT = (
    r"\d+(?:st|nd|rd|th)?|a couple of|a couple|couple of|couple|a few|a|an|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|other|few|second|third|fourth"
)
_CADENCE = lazy_pattern(rf"^(?:every\s+)?(?:({_COUNT})(?:\s*(?:-|to|or)\s*({_COUNT}))?\s*)?([a-z]+)$")
"""`2w`, `every 2 weeks`, `every two weeks`, `every other week`, `every 2nd month`, `every 2-3
weeks` (the longer)."""
_OR_MORE = lazy_pattern(rf"^(?:every\s+|an?\s+)?([a-z]+)\s+or\s+({_COUNT})$")
"""`every week or two`, `a month or two`: a unit or so many of it (the longer)."""
_TIMES = lazy_pattern(
    rf"^(?:(once|twice|thrice)|({_COUNT})\s*(?:x|times|(?=/|per\s)))\s*(?:a|an|per|/|every|each)?\s*([a-z]+)$"
)
"""`once a month`, `twice a year`, `3x/year`, `4 times a year`, `1/month`, `2 per week`: so
many times in a unit."""
_COUNTS = {
    **{word: n for n, word in enumerate(("one", "two", "three", "four", "five", "six"), 1)},
    **{word: n for n, word in enumerate(("seven", "eight", "nine", "ten", "eleven", "twelve"), 7)},
    "a": 1, "an": 1, "other": 2, "few": 3, "a few": 3, "once": 1, "twice": 2, "thrice": 3,
    "second": 2, "third": 3, "fourth": 4,
    **dict.fromkeys(("a couple of", "a couple", "couple of", "couple"), 2),
}  # fmt: skip
_HEDGES = lazy_pattern(r"^(?:~|about|around|roughly|approx\.?|approximately)\s*|\s*(?:-?ish|or so)$")
"""`~monthly`, `about every 3 weeks`, `monthly-ish`, `weekly or so`: a cadence all the same."""
_UNIT_DAYS = {"d": 1, "w": 7, "f": 14, "m": 30, "q": 90, "y": 365}
_UNITS = {
    **dict.fromkeys(("d", "day", "days"), "d"),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), "w"),
    **dict.fromkeys(("fortnight", "fortnights"), "f"),
    **dict.fromkeys(("m", "mo", "mos", "mon", "month", "months"), "m"),
    **dict.fromkeys(("q", "quarter", "quarters"), "q"),
    **dict.fromkeys(("y", "yr", "yrs", "year", "years"), "y"),
}
"""Units as people write them: `2w`, `2 weeks`, `3mo`, `6 months`, `a quarter`, `1 year`."""
MONTHS = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
"""A month's first three letters, lower case → its number."""
_LOGSEQ_DATE = lazy_pattern(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
"""Logseq's default title format for a journal day: `Nov 2nd, 2026`, `Jan 11th, 2023` (and the
same without its comma, as a log may write a day: `Oct 3rd 2026`)."""
_CADENCE_WORDS = {
    "daily": 1,
    "weekly": 7,
    "biweekly": 14,
    "fortnightly": 14,
    "monthly": 30,
    "quarterly": 90,
    "yearly": 365,
    "annually": 365,
    "bi-weekly": 14,
    "semiannually": 182,
    "semi-annually": 182,
    "half-yearly": 182,
    "twice-yearly": 182,
}


def iso(day: dt.date | None) -> str | None:
    """A day as JSON gives it: ISO text, or null."""
    return day.isoformat() if day else None


def unwrap_link(text: str) -> str:
    """`[[X|y]]` or `[[X#h]]` → `X`; anything else is returned stripped."""
    match = _ONE_LINK.match(text) if "[[" in text else None
    if not match:
        return text.strip()
    return link_target(match.group(1))


def link_target(inner: str) -> str:
    """The note a wikilink's inner text points at: `People/Jane#Log|J` → `People/Jane`; in a
    table, where Obsidian has its `|` written `\\|` (`[[People/Jane\\|J]]`), the same."""
    target = inner.split("|", 1)[0].removesuffix("\\").split("#", 1)[0].split("^", 1)[0]
    return target.strip().removesuffix(".md")


def as_text(value: object) -> str | None:
    """A scalar as text (numbers stay as written); None for empty values and containers."""
    if type(value) is str:  # the usual case, first
        return value.strip() or None
    if value is None or isinstance(value, (dict, list, tuple, set)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip()
    return text or None


def as_list(value: object) -> list[str]:
    """A string, a list, or nothing, as a list of non-empty texts, a value that is one link its
    target (`unwrap_link`).

    A plain string splits on commas (`climbing, jazz`); the items of a YAML list do not, since a
    list item is one value however it is worded.
    """
    return [unwrap_link(text) for text in as_texts(value)]


def as_texts(value: object) -> list[str]:
    """`as_list`'s texts as written (stripped), links and all."""
    if isinstance(value, (list, tuple, set)):
        texts = [text for item in value if (text := as_text(item)) is not None]
    else:
        text = as_text(value)
        if text is None:
            return []
        texts = [text] if "[[" in text and _ONE_LINK.match(text) else text.split(",")
    return [stripped for text in texts if (stripped := text.strip())]


def as_date(value: object) -> dt.date | None:
    """A YAML date or datetime, an ISO string, `[[YYYY-MM-DD]]`, or a day written with its month's
    name (`Nov 2nd, 2026`, `2 November 2026`), year first another way (`year_first`), or year last
    that can be read only one way (`year_last`: `26/11/1990`), as a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = as_text(value)
    if text is None:
        return None
    whole = unwrap_link(text)
    inner = whole.rsplit("/", 1)[-1]
    day = (
        date_prefix(inner)
        or logseq_date(inner)
        or day_month_year(inner)
        or year_first(whole)
        or year_last(whole)
    )
    if day is None and (when := _WHEN.fullmatch(whole)) and when[1] != whole:
        return as_date(when[1])
    return day


_WHEN = lazy_pattern(
    r"@?(.+?)(?:,?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?(?:\s*\([^()]{1,12}\))?)?"
    r"(?:\s+→\s+.*)?",
    re.IGNORECASE,
)
"""A day as Notion writes a date property (`January 20, 2022 12:30 PM`, `March 15, 2021 → March
16, 2021`, a mention: `@March 16, 2021`), its day first: the day, less the `@`, the time (and its
zone) and the end of a range, which a day does not need (a log line's time is its words)."""


_YEAR_FIRST = lazy_pattern(
    r"(\d{4})([/-])(\d{1,2})\2(\d{1,2})|(\d{4})\.(\d{2})\.(\d{2})"
    r"|(\d{4})(?:年|년 ?)(\d{1,2})(?:月|월 ?)(\d{1,2})(?:日|일)"
)


def year_first(text: str) -> dt.date | None:
    """A day written year first with slashes or dots (`2026/11/02`, `2026/1/5`, `2026.11.02`), as
    much of East Asia and many apps write it, or with its characters (`2026年11月2日`, Korean's
    `2026년 11월 2일`), or with dashes and no leading zero (`1988-3-14`), if that is the whole
    text and a real day: the year first, the month can only come next. Dots take two-digit
    months and days (`2024.1.2` is a version)."""
    match = _YEAR_FIRST.fullmatch(text.strip())
    if match is None:
        return None
    at = 1 if match[1] else 5 if match[5] else 8
    year, month, day = (match[1], match[3], match[4]) if at == 1 else match.group(at, at + 1, at + 2)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


YEAR_LAST = r"(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})"
"""A day written with its four-digit year last (`26/11/2026`, `05.11.2026`): day first, as most
of the world writes it, or month first, as the US does?"""
_YEAR_LAST = lazy_pattern(YEAR_LAST)


def one_way(match: re.Match[str]) -> bool | None:
    """Can a `YEAR_LAST` day be read only day first (True: `26/11/2026`, there is no month 26) or
    only month first (False: `11/26/2026`)? None when it could be either, or neither. A day
    written with dots is day first, as the countries that write dots write it (`05.11.2026`),
    unless it can be read only month first."""
    first, second = int(match["first"]), int(match["second"])
    if (first > 12) != (second > 12):
        return first > 12
    return True if match["sep"] == "." else None


def year_last_date(match: re.Match[str], day_first: bool) -> dt.date | None:
    """The day a `YEAR_LAST` match tells, read day first or month first; None when it is no day."""
    first, second = int(match["first"]), int(match["second"])
    day, month = (first, second) if day_first else (second, first)
    try:
        return dt.date(int(match["year"]), month, day)
    except ValueError:
        return None


def year_last_match(text: str) -> re.Match[str] | None:
    """The whole of `text` as a day written with its year last (`YEAR_LAST`: `05/11/2026`), or None."""
    return _YEAR_LAST.fullmatch(text.strip())


def year_last(text: str) -> dt.date | None:
    """A day written with its year last, if that is the whole text and it can be read only one way
    (`one_way`), or is the same day either way (`03/03/1990`)."""
    match = year_last_match(text)
    if match is None:
        return None
    order = one_way(match)
    if order is None and int(match["first"]) == int(match["second"]):
        order = True
    return None if order is None else year_last_date(match, order)


def either_way(text: str) -> bool:
    """Is the text a day written with its year last, or with no year, that could be read day first
    or month first, two days (`05/11/2026`, `04/12`)?"""
    match = year_last_match(text) or _YEARLESS_SLASHED.fullmatch(text.strip())
    if match is None or match["sep"] == ".":
        return False
    first, second = int(match["first"]), int(match["second"])
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


_YEARLESS_SLASHED = lazy_pattern(r"(?P<first>\d{1,2})(?P<sep>/)(?P<second>\d{1,2})")
"""`YEAR_LAST` without its year (`04/12`)."""


def logseq_date(text: str) -> dt.date | None:
    """A day in Logseq's title format (`Nov 2nd, 2026`), if that is the whole text and a real day."""
    return _month_named(_LOGSEQ_DATE, text, day=2, month=1, lookup=_english_month)


def _english_month(name: str) -> int | None:
    return MONTHS.get(name.lower())


_DAY_NUMBER = r"(?:st|nd|rd|th|er|\.)?(?: of| de)?"
"""What follows a day's number before its month's name: an ordinal (`3rd`, French `1er`), German's
dot (`3. Oktober`), `of` or Spanish and Portuguese `de` (`3 de octubre`)."""
MONTH_END = r"\.?,?(?: de)?"
"""What follows a month's name before its year: a shortening's dot, a comma, `de`."""


def day_month_year_source(groups: bool = False) -> str:
    """A regex of a day written day first with its month's name (`20 Nov 2026`, `3. Oktober
    2026`, `3 de octubre de 2026`); with `groups`, its day, its month's name and its year each
    a group."""
    day, month, year = (r"\d{1,2}", any_month_name(), r"\d{4}")
    if groups:
        day, month, year = f"({day})", f"({month})", f"({year})"
    return f"{day}{_DAY_NUMBER} {month}{MONTH_END} {year}"


_DAY_MONTH_YEAR = lazy_pattern(lambda: day_month_year_source(groups=True))


def day_month_year(text: str) -> dt.date | None:
    """A day written day first with its month's name, if that is the whole text and a real day:
    `20 Nov 2026`, `20 November 2026`, as British English writes it `3rd November 2026` and `3rd
    of November, 2026`, and as the languages of `_MONTH_WORDS` write it (`3. Oktober 2026`, `1er
    mai 2026`, `3 de octubre de 2026`)."""
    return _month_named(_DAY_MONTH_YEAR, text, day=1, month=2, lookup=month_named)


def _month_named(
    pattern: re.Pattern[str], text: str, day: int, month: int, lookup: Callable[[str], int | None]
) -> dt.date | None:
    """The real day `pattern` (its groups: the day's, the month name's, the year third) makes of
    the whole of `text`, else None; `lookup` tells the number of a month by its name."""
    match = pattern.fullmatch(text.strip())
    number = lookup(match[month]) if match else None
    if match is None or number is None:
        return None
    try:
        return dt.date(int(match[3]), number, int(match[day]))
    except ValueError:
        return None


MONTH_NAME = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month by its name or its short name, in any case: `Nov`, `november`, `Sept`."""

_TOKENS = lazy_pattern(r"\[([^\]]*)\]|YYYY|YY|MMMM|MMM|Mo|MM|M|Do|DD|D|dddd|ddd|dd|d|.", re.S)
"""The parts of a Moment.js format (as Obsidian's Daily notes setting is written): text in
brackets as written, the tokens of a year, a month, a day and a weekday, any other character."""
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
_NUMBERS = {
    "YYYY": ("year", r"\d{4}"),
    "YY": ("year2", r"\d{2}"),
    "MM": ("month", r"\d{2}"),
    "M": ("month", r"\d{1,2}"),
    "Mo": ("month", _ORDINAL),
    "DD": ("day", r"\d{2}"),
    "D": ("day", r"\d{1,2}"),
    "Do": ("day", _ORDINAL),
}
_WEEKDAYS = {"dddd": r"[^\W\d_]{2,12}", "ddd": r"[^\W\d_]{2,4}\.?", "dd": r"[^\W\d_]{2}\.?", "d": r"\d"}
"""A weekday's name as Moment.js writes it in the language of Obsidian's settings (`jeudi`,
`Mittwoch`, `mié.`): not read, only passed over."""
_MONTH_WORDS = (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
)
"""The months in the languages Obsidian is most often set to: a daily note is named in its own.
Russian's and Polish's as a day names them (`10 ноября`, `3 listopada`), not alone (`listopad`)."""
_FOREIGN_WEEKDAYS = (
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
)
"""The days of the week, Monday first, in the languages of `_MONTH_WORDS` but English."""
_WEEKDAY_CUTS = "lun mar mer jeu ven sam dim mié jue vie sáb dom gio sab seg qua qui"
"""Three letters French, Spanish, Italian and Portuguese cut a day's name to (`mar.`, `mié`);
not Portuguese `ter` and `sex`, English words."""
_WEEKDAY_SHORT = "mo di mi do fr sa so ma wo vr za zo"
"""Two letters German and Dutch cut a day's name to (`Mo.`, `wo.`): with a dot only, as they
are English words without (`Do`, `So`)."""


@cache
def foreign_weekdays() -> dict[str, int]:
    """Each day of the week's name in the languages of `_FOREIGN_WEEKDAYS`, folded, with and without
    its accents and, in Portuguese, its `-feira` → its index from Monday."""
    days: dict[str, int] = {}
    for names in _FOREIGN_WEEKDAYS:
        for index, name in enumerate(names.split()):
            for word in (name, name.removesuffix("-feira")):
                days[word] = days[unaccented(word)] = index
    return days


def foreign_weekday_starts() -> frozenset[str]:
    """How a line opening with a day's name of `foreign_weekdays` begins, in lower case: its first
    three characters, whole or cut short (`die`, `mar`, `mié`), or cut to two and a dot or a comma
    (`di.`, `mo,`: `short_weekday_source`)."""
    return frozenset(
        (
            *(word[:3] for word in foreign_weekdays()),
            *(f"{c}{mark}" for c in _WEEKDAY_SHORT.split() for mark in ".,"),
        )
    )


def short_weekday_source() -> str:
    """A regex of a day of the week's name cut to two letters as German and Dutch cut it, in any
    case (`Mo`, `do`): read only before a comma and a day written with dots (`Mo, 09.11.2026`,
    as German writes one), as bare they are English words."""
    return "(?i:" + "|".join(_WEEKDAY_SHORT.split()) + ")"


def foreign_weekday_source() -> str:
    """A regex of a day of the week's name in another language than English, in any case: whole
    (`Dienstag`, `miércoles`), cut to three letters with its dot or not (`mar.`, `Mié`), or to
    two with its dot (`Di.`)."""
    whole = sorted(foreign_weekdays(), key=lambda w: (-len(w), w))
    cuts = {cut for word in _WEEKDAY_CUTS.split() for cut in (word, unaccented(word))}
    pieces = [
        *(rf"{re.escape(w)}(?![\w-])" for w in whole),
        *(rf"{c}(?:\.|(?![\w-]))" for c in sorted(cuts)),
        *(rf"{c}\." for c in _WEEKDAY_SHORT.split()),
    ]
    return "(?i:" + "|".join(pieces) + ")"


_UNREAD = frozenset("QWwGgEeXxHhkmsSaAZzNnLlY")
"""Letters Moment.js reads as a part of a date or a time that is no day of the year (a week, an
hour, an era, ...): a daily format holding one is refused."""


def _token_pattern(token: str, at: int) -> str:
    """The regex of one part of a daily format; `at` names its group (a year may be written twice,
    in a folder and in the name)."""
    if token.startswith("["):
        return re.escape(token[1:-1])
    if token in _NUMBERS:
        kind, digits = _NUMBERS[token]
        return f"(?P<{kind}_{at}>{digits})"
    if token in ("MMMM", "MMM"):
        return f"(?P<monthname_{at}>[^\\W\\d_]{{3,12}})\\.?"
    if token in _WEEKDAYS:
        return _WEEKDAYS[token]
    if token in _UNREAD:
        raise ValueError(f"'{token}' is no part of a day (weeks, hours and eras are not read)")
    return re.escape(token)


WeekPart = tuple[str, str]
"""A part of a weekly notes' name format: ("year", token), ("week", token) or ("text", as written)."""


def week_format_parts(weekly: str) -> tuple[WeekPart, ...]:
    """The parts of a weekly notes' name format as Periodic Notes (Moment.js) writes it: a year
    (`gggg`, `GGGG`, `YYYY`), a week (`ww`, `w` of the locale's weeks; `WW`, `W` of ISO's), text
    in brackets as written (`[W]`), and any other mark as it is (`/` parts a folder). ValueError
    saying what it cannot read: a token of a day or month, no year or no week, weeks of both kinds."""
    parts: list[WeekPart] = []
    for match in WEEK_TOKENS.finditer(weekly):
        token = match[0]
        if token[0] == "[":
            parts.append(("text", token[1:-1]))
        elif token in ("gggg", "GGGG", "YYYY"):
            parts.append(("year", token))
        elif token.lower() in ("ww", "w"):
            parts.append(("week", token))
        elif token.isalpha():
            raise ValueError(
                f"{token!r} is no part of a week's name (a year gggg, a week ww, text in [brackets])"
            )
        else:
            parts.append(("text", token))
    kinds = {kind for kind, _ in parts}
    if "year" not in kinds or "week" not in kinds:
        raise ValueError("a weekly format needs a year and a week")
    if len({token.isupper() for kind, token in parts if kind == "week"}) > 1:
        raise ValueError("a weekly format counts its weeks one way: ww (the locale's) or WW (ISO's)")
    return tuple(parts)


WEEK_TOKENS = lazy_pattern(r"\[[^\]]*\]|gggg|GGGG|YYYY|ww?|WW?|[A-Za-z]+|.", re.S)
"""The tokens of a weekly notes' name format, as Moment.js reads them."""


@cache
def daily_pattern(daily: str) -> re.Pattern[str]:
    """The regex a daily note's path (without `.md`) ends with, from its format as Obsidian's
    Daily notes (Moment.js) write it: `DD-MM-YYYY`, `dddd, MMMM Do YYYY`, `YYYY/MM/[Week] DD` (text
    in brackets is as written, `/` parts a folder). Raises ValueError saying what it cannot read."""
    tokens = [match[0] for match in _TOKENS.finditer(daily)]
    pattern = re.compile("".join(_token_pattern(t, at) for at, t in enumerate(tokens)) + r"(?!\d)", re.I)
    kinds = {name.rsplit("_", 1)[0] for name in pattern.groupindex}
    if not (kinds & {"year", "year2"} and kinds & {"month", "monthname"} and "day" in kinds):
        raise ValueError("a daily format needs a year, a month and a day")
    return pattern


def formatted_day(match: re.Match[str]) -> dt.date | None:
    """The day a match of `daily_pattern` tells; None when it is no real day, or when its parts
    disagree (`YYYY/MM/YYYY-MM-DD` with two different years)."""
    told: dict[str, set[int]] = {"year": set(), "month": set(), "day": set()}
    for name, value in match.groupdict().items():
        kind = name.rsplit("_", 1)[0]
        if kind == "monthname":
            if (month := month_named(value)) is None:
                return None
            told["month"].add(month)
        elif kind == "year2":
            year = int(value)
            told["year"].add(year + (2000 if year < 69 else 1900))  # as Moment.js reads `YY`
        else:
            told[kind].add(int(value.rstrip("stndrh")))
    if any(len(values) != 1 for values in told.values()):
        return None
    try:
        return dt.date(*(told[kind].pop() for kind in ("year", "month", "day")))
    except ValueError:
        return None


_SHORT_MONTHS = {"mrt": 3}
"""Months Moment.js shortens to no start of their name: Dutch `mrt.` (maart)."""


@cache
def month_named(word: str) -> int | None:
    """The month a name means in any of `_MONTH_WORDS`' languages, whole or shortened as Moment.js
    shortens it (`Nov`, `févr`, `Okt`, `sept`, `mrt`), in any case, accents or none; None for a
    word that is no month's, or the start of two (`jui`: juin or juillet)."""
    word = unaccented(folded(word)).rstrip(".")
    if len(word) < 3:
        return None
    months = {number for name, number in _month_names().items() if name.startswith(word)}
    return months.pop() if len(months) == 1 else _SHORT_MONTHS.get(word)


@cache
def whole_month_names() -> frozenset[str]:
    """Each month's whole name in each of `_MONTH_WORDS`' languages, lower case, with its accents
    and without (`märz`, `marz`, `diciembre`)."""
    return frozenset((*_month_names(), *(name for names in _MONTH_WORDS for name in names.split())))


@cache
def any_month_name() -> str:
    """A regex of a month's name as `month_named` reads one, in any case: whole, or cut short after
    as few letters as tell its month from every other (`Okt`, `févr`, `sept`, not `jui`), with its
    accents or without."""
    names = {*_month_names(), *(name for names in _MONTH_WORDS for name in names.split())}
    pieces = set(_SHORT_MONTHS)
    for name in names:
        cut = next(length for length in range(3, len(name) + 1) if month_named(name[:length]))
        rest = ""
        for letter in reversed(name[cut:]):
            rest = f"(?:{letter}{rest})?"
        pieces.add(name[:cut] + rest)
    by_initial: dict[str, list[str]] = {}
    for piece in sorted(pieces):  # by their first letter, so that a word is tried against its own few
        by_initial.setdefault(piece[0], []).append(piece[1:])
    return "(?i:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_initial.items()) + ")"


def month_names_as(
    month: int, like: str, words: Iterable[str], weekdays: Iterable[str] = (), dotted: bool = False
) -> list[str]:
    """Month `month`'s name in each language of `like` and `words` (the months' names a log
    writes), likeliest first (`_likeliest`: `weekdays`, the weekdays' names the log writes, and
    `dotted`, whether it writes a day `3.`, tell which of those sharing the names it is), as long
    and in the case `like` is written: whole (`Dezember`, `décembre`), or its first three letters
    when `like` is cut short (`Dez`, `déc.`). Empty when no language has them all."""
    keys = [folded(word).rstrip(".") for word in (like, *words)]
    fitting = [at for at, names in enumerate(_MONTH_WORDS) if all(_names_one(key, names) for key in keys)]
    return [
        _name_as(month, like, _MONTH_WORDS[at].split())
        for at in _likeliest(fitting, [like, *words], weekdays, dotted)
    ]


def _name_as(month: int, like: str, names: list[str]) -> str:
    """Month `month`'s name of `names` (a language's), as long and in the case `like` is written."""
    name = names[month - 1]
    written = folded(like).rstrip(".")
    own = next(n for n in names if unaccented(n).startswith(unaccented(written)))  # like's month
    if written != own[: len(written)]:  # written without its accents (`fevrier`)
        name = unaccented(name)
    cut = name[:3]
    if unaccented(written) != unaccented(own) and len(name) > 4 and month_named(cut) == month:  # `Okt`
        name = cut + like[len(like.rstrip(".")) :]
    if like.islower():
        return name
    return name.upper() if like.isupper() and len(like) > 1 else name[:1].upper() + name[1:]


def _likeliest(languages: list[int], words: list[str], weekdays: Iterable[str], dotted: bool) -> list[int]:
    """The `languages` (indexes of `_MONTH_WORDS`) that name a log's months `words`, likeliest
    first: those in which each name written whole is a whole name (`juni` is German's and
    Dutch's, and only the start of Spanish `junio`), then those whose names of the weekdays the
    log writes (`Dienstag`, `martedì`), then German where a day is written `3.`, then, where the
    log writes its months' whole names in lower case (`oktober`), those that write them so
    (English and German capitalise them); else in `_MONTH_WORDS`' order, English first."""
    said = [word for word in map(_bare, weekdays) if len(word) >= 2]
    whole = [word for word in words if _bare(word) in _month_names()]
    lower = all(word.islower() for word in whole)

    def unlike(at: int) -> tuple[bool, bool, bool, bool]:
        cut = any(_bare(word) not in map(unaccented, _MONTH_WORDS[at].split()) for word in whole)
        named = any(day.startswith(word) for word in said for day in _weekdays_of(at))
        return (
            cut,
            bool(said) and not named,
            dotted and at != _GERMAN,
            bool(whole) and lower == (at in _CAPITALISED),
        )

    return sorted(languages, key=unlike)


def _bare(word: str) -> str:
    """A name as the tables hold it: folded, without its accents and a dot after it."""
    return unaccented(folded(word)).rstrip(".")


_GERMAN = 1
_CAPITALISED = (0, _GERMAN)
"""The languages of `_MONTH_WORDS` (English, German) that write a month's name capitalised."""


@cache
def _weekdays_of(language: int) -> tuple[str, ...]:
    """The weekdays' names of a language of `_MONTH_WORDS`, without their accents (none known of
    its last, Russian and Polish)."""
    known = (" ".join(_WEEKDAY_WORDS).lower(), *_FOREIGN_WEEKDAYS)
    return tuple(unaccented(day) for day in known[language].split()) if language < len(known) else ()


def _names_one(word: str, names: str) -> bool:
    """Does `word`, folded, start one of `names` (a language's months)? A word typed without its
    accents starts one with them (`dec`, `décembre`); one with accents only its own (`déc`)."""
    return any((unaccented(name) if word.isascii() else name).startswith(word) for name in names.split())


@cache
def _month_names() -> dict[str, int]:
    """Each month's name in each language, without its accents, and its number."""
    return {
        unaccented(name): number for names in _MONTH_WORDS for number, name in enumerate(names.split(), 1)
    }


MONTH_WORDS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ordinal(number: int) -> str:
    """The suffix of a day's number as English writes it: 1st, 2nd, 3rd, 11th, 21st."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def day_in_format(day: dt.date, daily: str) -> str:
    """`day` written as the daily format names its note (`DD-MM-YYYY`: `20-11-2026`), folders
    and all: the inverse of `daily_pattern`, in English as Obsidian's default locale writes it."""
    month, weekday = MONTH_WORDS[day.month - 1], _WEEKDAY_WORDS[day.weekday()]
    written = {
        "YYYY": f"{day.year:04d}", "YY": f"{day.year % 100:02d}", "MMMM": month, "MMM": month[:3],
        "Mo": f"{day.month}{ordinal(day.month)}", "MM": f"{day.month:02d}", "M": str(day.month),
        "Do": f"{day.day}{ordinal(day.day)}",
        "DD": f"{day.day:02d}", "D": str(day.day), "dddd": weekday, "ddd": weekday[:3], "dd": weekday[:2],
        "d": str((day.weekday() + 1) % 7),
    }  # fmt: skip
    return "".join(
        token[1:-1] if token.startswith("[") else written.get(token, token)
        for token in (match[0] for match in _TOKENS.finditer(daily))
    )


_TASK_DAY = lazy_pattern(
    r"(?:(📅|⏳)\ufe0f?\s*(?:\[\[)?|\b(due|deadline|scheduled)(?:::\s*|:\s*<)|(@due\(|\(@|@\{|@\[\[)"
    r"|\b(?:due(?: on)?:?|by)\s+(?:\[\[)?)(\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
_DUE_WORDS = frozenset(("📅", "due", "deadline"))


def task_due(text: str, no_day: list[str] | None = None) -> dt.date | None:
    """The day an open task is to be done by, as the Tasks plugin writes it (`📅 2026-12-10`, a
    due day, its day linked or not, else `⏳ 2026-12-08`, a scheduled one), a Dataview field
    (`[due:: 2026-12-10]`, `scheduled:: ...`), Logseq and org mode (`DEADLINE: <2026-12-10 Thu>`,
    `SCHEDULED: <...>`, on the task's next line), TaskPaper (`@due(2026-12-10)`), the Reminder
    plugin (`(@2026-12-10)`) or a Kanban card (`@{2026-12-10}`, `@[[2026-12-10]]` when the board
    links its dates to daily notes), or in words (`due 2026-12-10`,
    `due: ...`, `by ...`); None when it says none, or no real day. Each day so written that is no
    day (`2026-02-30`) goes to `no_day`."""
    days: dict[str, dt.date | None] = {"due": None, "scheduled": None}
    for match in _TASK_DAY.finditer(text):
        told = match[1] or match[2]
        kind = "scheduled" if told and told.lower() not in _DUE_WORDS else "due"
        day = date_prefix(match[4])
        if day is None and no_day is not None:
            no_day.append(match[4])
        days[kind] = days[kind] or day
    return days["due"] or days["scheduled"]


def due_in_words(text: str, written: dt.date) -> dt.date | None:
    """The day a task written on `written` (a dated note's day) is due by its words, counted from
    that day: `tomorrow`, `in 3 days`, `in two weeks`, `next week` (its Monday), `by Friday` (the
    first one after it), `next Tuesday` (the Tuesday of the week after); None when its words give
    no such day. Not `on Friday`, which as often tells when something to ask about happens."""
    match = _DUE_IN_WORDS.search(text)
    if match is None or _WHEN_ELSE.search(text, 0, match.start()):
        return None
    if match["tomorrow"]:
        return written + dt.timedelta(days=1)
    if match["count"]:
        days = _count(match["count"].lower()) * (7 if match["unit"].lower().startswith("week") else 1)
        return written + dt.timedelta(days=days) if 0 < days <= 366 else None
    monday = written - dt.timedelta(days=written.weekday())
    if match["week"]:
        return monday + dt.timedelta(weeks=1)
    weekday = [day.lower() for day in _WEEKDAY_WORDS].index(match["weekday"].lower())
    if match["next"]:
        return monday + dt.timedelta(weeks=1, days=weekday)
    return written + dt.timedelta(days=(weekday - written.weekday() - 1) % 7 + 1)


_DUE_IN_WORDS = lazy_pattern(
    r"\b(?:(?P<tomorrow>tomorrow)"
    r"|in\s+(?P<count>\d{1,3}|a couple of|a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?)"
    r"|(?P<week>next\s+week)"
    r"|(?:(?P<next>next)|by)\s+"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?!['’]s\b)",
    re.IGNORECASE,
)
"""The words of a task that give its day counted from the note's (`due_in_words`); not a day's own
(`next Tuesday's game`, `tomorrow's interview`), when something to ask about happens."""
_WHEN_ELSE = lazy_pattern(
    r"\b(?:if|whether|what|how|when|where|why|is|are|was|were|starts?|leaves?|moves?|moving|he's|she's"
    r"|they're|it's)\b",
    re.IGNORECASE,
)
"""Words before a task's time words that make them when something else happens (`Remind [[Di]] her
flight is in 3 days`, `Ask [[Hal]] what he's doing next Sunday`, `he starts next week`)."""


_FILED_UNDER = lazy_pattern(r"^[\W\d_]+|[\W\d_]+$")


@cache
def folder_word(name: str) -> str:
    """A folder's name as a people or template folder setting matches it: in any case, without the
    number, emoji or marks it is filed under (`03 People`, `👥 People`, `20.01 - People`,
    `_templates`, `People 2024`) or the id Notion's export gives it (`People 5c6d…`:
    `without_notion_id`), in one Unicode form (`o` and its dots, as a Mac may name a folder, is
    `ö`). `demo-contacts` stays itself: no people folder."""
    if not name.isascii():
        name = unicodedata.normalize("NFC", name)
    return _FILED_UNDER.sub("", without_notion_id(name)).casefold()


def without_notion_id(name: str) -> str:
    """A file's stem or a folder's name without the id Notion's export appends to every page and
    folder (`Carla Mendes 1a2b3c4d5e6f7a8b`, `People 5c6d…` of 32 digits): a space, then 16 or 32
    lower-case hex digits, at its end. The id is no part of the name; no other number is (`Ana
    2024`, `Room 101`, an id in capitals or of 15 digits stay as they are)."""
    if len(name) < 18 or (name[-17] != " " and name[-33:-32] != " "):  # nearly every name: no regex
        return name
    return _NOTION_ID.sub("", name)


_NOTION_ID = lazy_pattern(r"(?<=\S) (?:[0-9a-f]{32}|[0-9a-f]{16})$")
"""The id Notion appends to a page's or a folder's name in an export: 16 or 32 lower-case hex
digits after a space."""


def archive_folder(file: str) -> str | None:
    """The archive folder a note is filed in (`People/Archive` of `People/Archive/Ana.md`, `99
    Archive`, `_archived`), or None."""
    parts = file.split("/")[:-1]
    for at, part in enumerate(parts):
        if folder_word(part) in _ARCHIVES:
            return "/".join(parts[: at + 1])
    return None


_ARCHIVES = frozenset(("archive", "archives", "archived", "archiv"))
"""The names of a folder notes are put away in, as `folder_word` gives them (German `Archiv` too)."""


def date_prefix(text: str) -> dt.date | None:
    """The date a text starts with (`2026-11-02`, Logseq's `2026_11_02`), if valid."""
    try:
        return _DAYS[text[:10]]
    except KeyError:
        pass
    match = _DATE_PREFIX.match(text)
    if not match:
        return None
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        day = None
    if len(_DAYS) < _MAX_DAYS:
        _DAYS[match[0]] = day
    return day


_DAYS: dict[str, dt.date | None] = {}
"""One date object per day written, by its text: a vault of years of logs names a few thousand
days in hundreds of thousands of lines, and each date object kept costs 32 bytes."""
_MAX_DAYS = 65536


_MONTH_DAY = lazy_pattern(r"^(?:--)?(\d{1,2})-(\d{1,2})$|^--(\d\d)(\d\d)$")
_DAY_MONTH = lazy_pattern(r"(\d{1,2})(?:(/)(\d{1,2})|\.(\d{1,2})\.?)")
"""A day of the year in numbers with a slash or dots and no year (`14/02`, `14.02.`)."""


def _named_month_day_source() -> str:
    return (
        rf"(\d{{1,2}}){_DAY_NUMBER} ({any_month_name()})\.?"
        r"|([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?"
    )


_NAMED_MONTH_DAY = lazy_pattern(_named_month_day_source)
"""A day of the year with its month's name: `12 April`, `April 12`, `Apr 12th`, `12th of April`,
and day first in the languages `month_named` reads (`3. Dezember`, `14 de febrero`, `1er mai`)."""


def _month_and_day(text: str) -> tuple[int, int] | None:
    """The month and the day of a day of the year written without its year, as `as_day_of_year`
    reads one; None for any other text, and for one whose month is a guess (`04/12`). `25-12`
    and `14/02` can be read only day first (there is no month 25), `02/14` only month first;
    with dots, day first (`14.02.`), as those who write dots write it; else `04-12` is vCard's
    `--04-12`, month first, as the spec reads it."""
    if match := _MONTH_DAY.match(text):
        first, second = int(match[1] or match[3]), int(match[2] or match[4])
        day_first = match[1] and not text.startswith("--") and first > 12 >= second  # `25-12`
        return (second, first) if day_first else (first, second)
    if match := _DAY_MONTH.fullmatch(text):
        first, second = int(match[1]), int(match[3] or match[4])
        if match[2] and min(first, second) <= 12 < max(first, second):
            return (second, first) if first > 12 else (first, second)
        if match[2]:
            return (first, first) if first == second else None  # `04/12`: which is the month?
        return (first, second) if second > 12 else (second, first)
    if named := _NAMED_MONTH_DAY.fullmatch(text):
        number = month_named(named[2]) if named[2] else MONTHS.get(named[3].lower())
        return (number, int(named[1] or named[4])) if number else None
    return None


NO_YEAR = 1604
"""The year Apple's Contacts writes for a birthday whose year is not known (`1604-05-03`)."""


def as_day_of_year(value: object) -> str | None:
    """A birthday or anniversary as ISO (`1990-11-28`) or, without a year, `--MM-DD`.

    YAML dates, ISO strings, `[[1990-11-28]]`, a day with its month's name (`April 12, 1990`),
    vCard's forms without dashes (`19901128`, `--1128`), and the year-less `--11-28` and `11-28`
    (vCard's form and its shorthand) or `April 12`, `12 April`, `3. Dezember`, `14 de febrero`,
    `14.02.`, and `25-12`, `14/02` that can be read only day first (`_month_and_day`); 29
    February is a day of the year too.
    A day of `NO_YEAR` (Apple's `1604-05-03`) has no year: `--05-03`.
    """
    day = as_date(value)
    text = as_text(value) if day is None else None
    text = unwrap_link(text).strip() if text else ""
    if text.isdigit() and len(text) == 8:  # vCard's basic form, `19880412`
        try:
            day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
    if day is not None:
        return f"--{day:%m-%d}" if day.year == NO_YEAR else day.isoformat()
    told = _month_and_day(text)
    if told is None:
        return None
    month, mday = told
    try:
        dt.date(2000, month, mday)  # a leap year: 02-29 is a day
    except ValueError:
        return None
    return f"--{month:02d}-{mday:02d}"


def as_cadence(value: object) -> int | None:
    """`30d`, `2w`, `3m`, `1y`, a bare number of days, a word like `monthly`, or as people write
    it (`2 weeks`, `every 2 weeks`, `every two weeks`, `every other week`, `every 2-3 weeks`,
    `every couple of weeks`, `every week`, `3mo`, `6 months`, `once a month`, `twice a year`,
    `3x/year`, `~monthly`), as days."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    text = as_text(value)
    return None if text is None else _cadence_of(text)


@lru_cache(maxsize=1024)
def _cadence_of(text: str) -> int | None:
    """`as_cadence` of a text: a vault writes a handful of cadences, each on many notes."""
    text = _HEDGES.sub("", " ".join(text.lower().split()))
    if text in _CADENCE_WORDS:
        return _CADENCE_WORDS[text]
    if text.isdigit():
        return int(text) or None
    if (times := _TIMES.match(text)) and (unit := _UNITS.get(times[3])):
        count = _count(times[1] or times[2])
        days = round(_UNIT_DAYS[unit] / count) if count else 0
        return days or None
    if (more := _OR_MORE.match(text)) and (unit := _UNITS.get(more[1])):
        return _count(more[2]) * _UNIT_DAYS[unit] or None
    match = _CADENCE.match(text)
    unit = _UNITS.get(match[3]) if match else None
    if match is None or unit is None or (match[1] is None and not text.startswith("every")):
        return None
    count = _count(match[2] or match[1] or "1")  # a range's longer end: when they are due
    return count * _UNIT_DAYS[unit] if count else None


def _count(word: str) -> int:
    """A count as written: `3`, `three`, `a few`, or an ordinal (`2nd`, `second`: every second one)."""
    digits = word[:-2] if word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit() else word
    return int(digits) if digits.isdigit() else _COUNTS[word]


def kind_words(values: Iterable[str]) -> set[str]:
    """Values naming a kind (a `type`, a tag), as words to look up: each lowercased, and also
    without a plural s (`Meetings` gives `meetings` and `meeting`)."""
    words: set[str] = set()
    for value in values:
        word = value.strip().lower()
        words.update((word, word.removesuffix("s")))
    return words


def as_tag(text: str) -> str:
    """A tag as vaultnet compares it: lower-case, no `#`, no surrounding space."""
    # Interned: a few tags are on thousands of notes and entries, and each copy costs 50 bytes.
    return intern(text.strip().lstrip("#").strip().lower())


_BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Marks that reorder the text around them: a right-to-left override makes `exe.txt` show as
`txt.exe`, so they are refused in what vaultnet writes into notes."""


def unsafe_characters(text: str) -> list[str]:
    """The characters of `text` that vaultnet will not write into a note or a file name: control
    characters, bidirectional overrides, and bytes that were not UTF-8 (surrogates), each once."""
    bad = {c for c in text if unicodedata.category(c) in ("Cc", "Cs") or c in _BIDI_CONTROLS or c == "\ufffd"}
    return sorted(bad)


def shown_characters(chars: list[str]) -> str:
    """`'\\x07' '\\u202e'`: characters shown so a user can tell what they are."""
    return " ".join(ascii(c) for c in chars)


MAX_DAYS = 36525
"""The longest cadence or window vaultnet takes, in days (100 years): date arithmetic on anything
longer can run past the year 9999."""
FIRST_TODAY = dt.date(1000, 1, 1)
LAST_TODAY = dt.date(8999, 12, 31)
"""The days `--today` and `as_of` may be: a window of `MAX_DAYS` either side stays in the calendar."""


def check_today(day: dt.date, what: str = "--today") -> dt.date:
    """`day` if vaultnet can compute as of it, else ValueError saying the range."""
    if not FIRST_TODAY <= day <= LAST_TODAY:
        raise ValueError(f"{what} {day.isoformat()} is out of range ({FIRST_TODAY} to {LAST_TODAY})")
    return day


def counted(count: int, word: str, plural: str = "") -> str:
    """A count and its noun, the noun in the plural unless there is one: `1 day`, `3 pages`,
    `2 people` (a plural not made with an `s` is given)."""
    return f"{count} {word if count == 1 else plural or word + 's'}"


_SLUG_PARTS = lazy_pattern(r"[^a-z0-9]+")


def slugged(text: str) -> str:
    """A name as a slug spells it: one case, no accents, no apostrophe, its words parted by `-`
    where anything else parts them (`María González` → `maria-gonzalez`, `Søren Łukasz` →
    `soren-lukasz`, `Siobhán O'Brien` → `siobhan-obrien`, `Dr. Ann Lee` → `dr-ann-lee`; "" for a
    name of no Latin letters)."""
    plain = unicodedata.normalize("NFKD", _as_latin(text)).encode("ascii", "ignore").decode()
    return _SLUG_PARTS.sub("-", plain.lower().replace("'", "")).strip("-")


@cache
def spellings(key: str) -> tuple[str, ...]:
    """The names of words a slug may spell a name as (`name_key`'s), the likeliest first, as
    `slugged` spells it with its `-` made spaces: `seo-yeon park` is `seo yeon park`, `hannah
    müller` `hannah muller`; an apostrophe left out or parting the name (`tom oneill`, `tom o
    neill`), a hyphen parting or joining (`ji woo kim`, `jiwoo kim`), German's umlauts without
    their dots or as German spells them so (`jurgen`, `juergen`). A link finds a slug-named note
    by them (`vault/names.py`). Most names are one already: themselves."""
    if key.isascii() and key.replace(" ", "").isalnum() and "  " not in key:
        return (key,)
    texts = [key, _umlauts_spelt(key)] if any(c in key for c in "äöüÄÖÜ") else [key]
    if "'" in key:
        texts += [text.replace("'", " ") for text in texts]
    if "-" in key:
        texts += [text.replace("-", "") for text in texts]
    return tuple(dict.fromkeys(words for text in texts if (words := slugged(text).replace("-", " "))))


def spelt_alike(text: str, slug: str) -> bool:
    """Does `text` spell `slug` letter for letter, whatever parts or marks their words (`Ji-woo
    Kim` and `jiwoo-kim`, `Tom O'Neill` and `tom-o-neill`, `Jürgen Groß` and `juergen-gross`)?"""
    letters = _letters(slug)
    return bool(letters) and letters in letters_spelt(text)


def letters_spelt(text: str) -> set[str]:
    """A text's letters and digits as a slug spells them, nothing between them (`Ji-woo Kim`:
    `jiwookim`), German's umlauts either way (`jurgen`, `juergen`): what `spelt_alike` compares.
    In C but for the letters to replace: a resumed build reads whole notes so."""
    spelt = {_letters(text)}
    if any(c in text for c in "äöüÄÖÜ"):
        spelt.add(_letters(_umlauts_spelt(text)))
    return spelt


def _letters(text: str) -> str:
    """`slugged(text)` without its `-`: its letters and digits alone."""
    plain = unicodedata.normalize("NFKD", _as_latin(text)).encode("ascii", "ignore")
    return plain.lower().translate(None, _NOT_LETTERS).decode()


_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalnum())
"""The ASCII bytes that are no letter or digit: what a slug parts its words by, or leaves out."""


def _umlauts_spelt(text: str) -> str:
    """The text with German's umlauts as German spells them without their dots (`Jürgen` →
    `Juergen`)."""
    for umlaut, spelt in _UMLAUTS:
        text = text.replace(umlaut, spelt)
    return text


_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"))


def _as_latin(text: str) -> str:
    """The text with the Latin letters no decomposition takes to ASCII as slugs spell them
    (`_AS_LATIN`), replaced one by one where it holds them: most texts hold none."""
    if text.isascii():
        return text
    for letter, spelt in _LATIN_LETTERS:
        if letter in text:
            text = text.replace(letter, spelt)
    return text


_AS_LATIN = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
     "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H"}
)  # fmt: skip
"""Latin letters no decomposition takes to ASCII, as slugs spell them (`Søren` → `soren`)."""
_LATIN_LETTERS = tuple((chr(letter), str(spelt)) for letter, spelt in _AS_LATIN.items())


def name_key(text: str) -> str:
    """A name as the resolver compares it: any case, any Unicode form (NFC and NFD are one), any
    space (`folded`), none at either end."""
    return folded(text.strip()).strip()


def target_key(target: str) -> str:
    """The last path part of a link's target, as names are compared (`name_key`)."""
    return name_key(target.removesuffix(".md").rsplit("/", 1)[-1])


def folded(text: str) -> str:
    """Text in the one case and Unicode form names are compared in (`name_key`, unstripped), an
    apostrophe however it is typed (`O’Neill`, as a phone or a Mac types it, is `o'neill`), a
    space too (`[[Ben\u00a0Cohen]]`, a no-break space a paste or a phone left, is `ben cohen`),
    and no space that takes none (`[[Ana Ruiz\u200b]]` is `ana ruiz`)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLDED_MARKS)


_FOLDED_MARKS = str.maketrans(
    {
        **dict.fromkeys("\u2019\u2018\u02bc\u2032", "'"),
        **dict.fromkeys("\u00a0\u202f\u2007", " "),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", None),
    }
)
"""The marks typed for an apostrophe (right and left single quotes, the modifier letter, prime),
the spaces that look like a space (no-break, narrow no-break, figure), and those that take no
room (zero-width space, non-joiner and joiner, word joiner, byte order mark), as `folded` makes
them."""


OWNER_WORDS = frozenset(("me", "myself", "self"))
"""The name or tag of the vault owner's own note."""


def owner_named(name: str, me: Iterable[str]) -> bool:
    """Is this the vault owner's name: `me`, `myself` or `self`, or one `me` in vaultnet.toml
    gives (`me`, any case)? A meeting's notes list you among its attendees: you are nobody you met."""
    key = name_key(name)
    return key in OWNER_WORDS or any(key == name_key(mine) for mine in me)


def owner_match(
    stem: str,
    tags: Iterable[str],
    named: Iterable[tuple[str, Iterable[str]]],
    aliases: Iterable[str],
    me: tuple[str, ...],
) -> str | None:
    """Why a note is the vault owner's own, in words a message gives (`tagged #me`, `its alias
    'Maria' is in me`), or None: its file is named, or it is tagged, `me`, `myself` or `self`;
    or a `me` entry of vaultnet.toml is its file name, one of its `named` texts (what each is:
    its `name`, its addresses), or one of its `aliases`. A first name of yours (`first_names_of`)
    makes no note yours by an alias: another person's note answers to the first name you share
    (`aliases: [Maria]` of a client Maria), and yours to the whole name or address beside it."""
    if stem.casefold() in OWNER_WORDS:
        return f"named {stem}"
    for tag in tags:
        if kind_words((tag,)) & OWNER_WORDS:
            return f"tagged #{tag}"
    if not me:
        return None
    mine = {name_key(entry): entry for entry in me}
    firsts = first_names_of(me)
    for what, texts in (("file name", (stem,)), *named, ("alias", aliases)):
        for text in texts:
            key = name_key(text)
            if key in mine and not (what == "alias" and key in firsts):
                return f"its {what} '{text}' is in `me`"
    return None


@cache
def first_names_of(me: tuple[str, ...]) -> frozenset[str]:
    """The `me` entries (`name_key`) that are a first name of yours: one word that another entry
    opens with (`Maria` beside `Maria Berg`, or `maria@acme.io`, `maria.berg@acme.io`)."""
    keys = {name_key(entry) for entry in me}
    opened = set()
    for key in keys:
        if "@" in key:
            opened.add(re.split(r"[._+-]", key.partition("@")[0], maxsplit=1)[0])
        elif " " in key:
            opened.add(key.split(" ", 1)[0])
    return frozenset(key for key in keys & opened if " " not in key and "@" not in key)


@cache
def name_order(name: str) -> str:
    """A name as lists sort it, as a reader looks a name up: in any case, its accents aside
    (`Ömer` among the O's, `Çiğdem` among the C's, not after Z), and the quotes, brackets and
    other marks it opens with aside (`'Quoted' Quinn` among the Q's, `(Paren) Pat` among the P's).
    A name that then opens with no letter (`#1 Fan`, `🦊 Fox`) sorts before every letter, with
    `NO_LETTER` first: the lists head them all with one `#` (pages/groups.py)."""
    key = unaccented(folded(name.strip()))
    if key[:1].isalpha():  # nearly every name
        return key
    start = 0
    while start < len(key) and (key[start] in _OPENING_MARKS or unicodedata.category(key[start])[0] == "P"):
        start += 1
    words = key[start:]
    return words if words[:1].isalpha() else NO_LETTER + (words or key)


NO_LETTER = "\0"
"""What `name_order` puts before a name that opens with no letter: before every letter."""
_OPENING_MARKS = " \t`"
"""Besides punctuation, what a name's order skips at its start: a space, and a backtick as a quote."""


def unaccented(text: str) -> str:
    """Folded text (`folded`) without its accents, as a keyboard without them types it: `zoë` is
    `zoe`, `søren` `soren`, `núñez` `nunez`."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_UNDECOMPOSED)


_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
"""Letters no accent can be taken off: written otherwise on a keyboard without them."""


def first_names(stem: str, name: str) -> tuple[str, str]:
    """The first words a person answers to: of their `name`, and of their file stem
    (`stem_words`), each the given name after the titles and kin words it opens with, if any
    (`given_name`: `Jürgen` of `Onkel Jürgen`). "" for none."""
    return (given_name(name.split()), given_name(stem_words(stem)))


def given_name(words: list[str]) -> str:
    """The first of a name's `words` that is no title or kin word before the rest
    (`NAME_TITLES`, `NAME_KIN`: `Bo` of `Dr. Bo Chen`, `Carmen` of `Tía Carmen`, `Eva` of `Prof Dr
    Eva Lind`); the last word is the name whatever it is (`Uncle` of `Uncle`). "" for none."""
    at = 0
    while at < len(words) - 1 and folded(words[at]).rstrip(".") in _BEFORE_A_NAME:
        at += 1
    return words[at] if words else ""


def titled(stem: str, name: str) -> bool:
    """Does a person's `name` or file stem open with a title or a kin word (`Dr. Bo Chen`,
    `onkel-jurgen`), so that its first name is not its first word (`first_names`)?"""
    return any(
        len(words) > 1 and folded(words[0]).rstrip(".") in _BEFORE_A_NAME
        for words in (name.split(), stem_words(stem))
    )


NAME_TITLES = (
    "prof", "professor", "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev", "revd", "reverend",
    "herr", "frau", "señor", "señora", "señorita", "sr", "sra", "srta", "doña", "pan", "pani",
    "monsieur", "madame", "mademoiselle", "mme", "mlle",
)  # fmt: skip
"""The titles written before a name, in English, German, Spanish, Polish and French (`Dr. Bo
Chen`, `Frau Müller`, `Pani Basia`, `Madame Roux`); not `Don`, a given name as often."""
NAME_KIN = (
    "uncle", "aunt", "auntie", "aunty", "cousin", "grandma", "grandpa", "granny", "gran", "grandad",
    "granddad", "grandmother", "grandfather", "onkel", "tante", "oma", "opa", "omi", "opi", "cousine",
    "tío", "tía", "abuela", "abuelo", "abuelita", "abuelito", "wujek", "wuj", "ciocia", "ciotka",
    "babcia", "dziadek", "kuzyn", "kuzynka", "oncle", "tonton", "tata", "tatie", "mamie", "mémé", "papi",
    "papy", "pépé",
)  # fmt: skip
"""The kin words written before a name, in English, German, Spanish, Polish and French (`Uncle
Jürgen`, `Tía Carmen`, `Wujek Paweł`, `Oma Hilde`, `Tatie Marie`); not those that are given names
as often (`Tia`, `Primo`, `Nana`)."""
_BEFORE_A_NAME = frozenset(map(folded, NAME_TITLES + NAME_KIN))


def stem_words(stem: str) -> list[str]:
    """A file stem's words, a slug's (`sam-park`, `jo_lee`) cut at its `-` and `_` (a name of
    several words keeps its hyphens: `Jean-Luc Picard` is no `jean`), less a Notion page's id
    (`without_notion_id`); `[""]` for none."""
    words = without_notion_id(stem).split() or [""]
    return re.split(r"[-_]", words[0]) if len(words) == 1 else words
