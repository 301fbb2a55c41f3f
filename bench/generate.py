"""A deterministic, seeded vault of people, daily notes and meeting notes, for benchmarks.

Counts are heavy-tailed the way real vaults are: most people have a line or two of log and are
named in a handful of daily notes; a few are named almost every week. The same `people` and
`seed` always give the same files, byte for byte.

    python bench/generate.py /tmp/vault-10k --people 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from itertools import accumulate
from pathlib import Path

FIRST = [
    "Ada",
    "Alan",
    "Amara",
    "Anders",
    "Ana",
    "Ben",
    "Bianca",
    "Carl",
    "Chen",
    "Chloe",
    "Dana",
    "Dev",
    "Elena",
    "Emil",
    "Farah",
    "Femi",
    "Grace",
    "Gus",
    "Hana",
    "Hugo",
    "Ines",
    "Ivan",
    "Jane",
    "Jonas",
    "Kai",
    "Kemal",
    "Lea",
    "Luis",
    "Maya",
    "Milo",
    "Nadia",
    "Noor",
    "Olga",
    "Omar",
    "Paula",
    "Pedro",
    "Quinn",
    "Rosa",
    "Ravi",
    "Sara",
    "Sven",
    "Tara",
    "Tomas",
    "Uma",
    "Vera",
    "Wei",
    "Yara",
    "Yusuf",
    "Zoe",
    "Zeno",
]
LAST = [
    "Abbott",
    "Baker",
    "Costa",
    "Diaz",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Adeyemi",
    "Brennan",
    "Castillo",
    "Dubois",
    "Engel",
    "Ferreira",
    "Gallo",
    "Horvat",
    "Ivanova",
    "Jovanovic",
    "Kaur",
    "Lindqvist",
    "Mwangi",
    "Nakamura",
    "Oliveira",
    "Park",
    "Rahman",
    "Silva",
    "Torres",
    "Umar",
    "Volkov",
    "Walsh",
    "Young",
    "Ziegler",
]
ORGS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell", "Soylent", "Cyberdyne"]
TOPICS = [
    "the conference",
    "her new job",
    "the move to Lisbon",
    "his marathon training",
    "the book club",
    "a side project",
    "their kids' school",
    "the hiring plan",
    "a trip to Japan",
    "the garden",
    "climbing on Sunday",
    "the podcast",
    "an intro to a designer",
    "the quarterly review",
    "a sourdough recipe",
    "the band's first gig",
]
INTERESTS = [
    "jazz",
    "climbing",
    "chess",
    "cycling",
    "pottery",
    "sailing",
    "poetry",
    "baking",
    "running",
    "birding",
    "go",
    "tango",
]
WORDS = [
    "we",
    "talked",
    "about",
    "how",
    "the",
    "week",
    "went",
    "and",
    "what",
    "comes",
    "next",
    "while",
    "the",
    "coffee",
    "got",
    "cold",
    "and",
    "the",
    "rain",
    "kept",
    "on",
    "outside",
    "so",
    "nobody",
    "wanted",
    "to",
    "leave",
    "early",
    "anyway",
    "it",
    "was",
    "good",
    "to",
    "catch",
    "up",
    "properly",
    "again",
]
TODAY = dt.date(2026, 11, 21)
"""The benchmarks run with `--today` set to this day."""
START = TODAY - dt.timedelta(days=10 * 365)


def _names(count: int, rng: random.Random) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in seen:
            name = f"{name} {len(names)}"
        seen.add(name)
        names.append(name)
    return names


def _heavy(rng: random.Random, scale: float, cap: int) -> int:
    """A Pareto-tailed count: mostly small, now and then large."""
    return min(cap, int(scale * (rng.paretovariate(1.3) - 1)))


def _day(rng: random.Random) -> dt.date:
    # Recent days are likelier: vaults grow, and people write more about the present.
    return TODAY - dt.timedelta(days=int(rng.triangular(0, 3650, 0)))


def _prose(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _mark(rng: random.Random) -> str:
    return rng.choice(("-> ", "<- ", "<-> ", "→ ", "← ", "↔ ", "", ""))


class _Pick:
    """Chooses people with a Zipf-like popularity: a few close friends, a long tail."""

    def __init__(self, names: list[str], rng: random.Random) -> None:
        self.names = names
        self.rng = rng
        self.cumulative = list(accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(names))))

    def __call__(self, count: int) -> list[str]:
        chosen = self.rng.choices(self.names, cum_weights=self.cumulative, k=count)
        return list(dict.fromkeys(chosen))


def person_note(name: str, rng: random.Random, pick: _Pick) -> str:
    front = ["---", f"name: {name}", f"aliases: [{name.split()[0]} {name.split()[1][0]}.]"]
    tags = ["person", *rng.sample(["work", "family", "friend", "climbing", "school"], rng.randint(0, 2))]
    front.append(f"tags: [{', '.join(tags)}]")
    if rng.random() < 0.7:
        front.append(f"org: {rng.choice(ORGS)}")
    if rng.random() < 0.3:
        front.append(f"cadence: {rng.choice(('weekly', 'monthly', '2w', '3m', 'quarterly'))}")
    if rng.random() < 0.4:
        front.append(f"birthday: {rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    if rng.random() < 0.3:
        front.append(f"interests: [{', '.join(rng.sample(INTERESTS, rng.randint(1, 3)))}]")
    if rng.random() < 0.2:
        front.append(f"last_contact: {_day(rng).isoformat()}")
    front.append("---")
    lines = [*front, f"# {name}", "", _prose(rng, rng.randint(8, 40))]
    if rng.random() < 0.3:
        lines += ["", f"Met through [[{pick(1)[0]}]] at {rng.choice(TOPICS)}."]
    if rng.random() < 0.5:
        lines += ["", "## About", *(f"- {rng.choice(TOPICS)}" for _ in range(rng.randint(1, 4)))]
    entries = _heavy(rng, 2.0, 150)
    if entries:
        lines += ["", "## Log"]
        for day in sorted((_day(rng) for _ in range(entries)), reverse=True):
            date = f"[[{day.isoformat()}]]" if rng.random() < 0.2 else day.isoformat()
            text = f"{rng.choice(('coffee', 'call', 'email', 'lunch'))} about {rng.choice(TOPICS)}"
            if rng.random() < 0.15:
                text += f" with [[{pick(1)[0]}]]"
            if rng.random() < 0.1:
                text += " #intro"
            box = "[x] " if rng.random() < 0.05 else ""
            lines.append(f"- {box}{date} {_mark(rng)}{text}")
            if rng.random() < 0.1:
                lines.append(f"    - {_prose(rng, 6)}")
    if rng.random() < 0.2:
        lines += ["", f"- [ ] ask about {rng.choice(TOPICS)}"]
    if rng.random() < 0.05:
        lines += ["", "```", "- 2020-01-01 not an entry: code", "```"]
    if rng.random() < 0.05:
        lines += ["", "> - 2020-01-01 quoted, not an entry"]
    if rng.random() < 0.2:
        lines += ["", "## Related", *(f"- [[{other}]]" for other in pick(rng.randint(1, 3)))]
    return "\n".join(lines) + "\n"


def daily_note(day: dt.date, rng: random.Random, pick: _Pick) -> str:
    lines = ["---", "tags: [daily]", "---", f"# {day.isoformat()}", "", _prose(rng, rng.randint(5, 30)), ""]
    for person in pick(1 + _heavy(rng, 1.5, 25)):
        roll = rng.random()
        if roll < 0.1:
            lines.append(f"- [ ] follow up with [[{person}]] about {rng.choice(TOPICS)}")
        elif roll < 0.2:
            lines.append(f"- [x] call [[{person}]]")
        elif roll < 0.3:
            lines.append(f"met:: [[{person}]]")
            lines.append("")
        elif roll < 0.4:
            lines.append(f"Ran into [[{person}]] and we talked about {rng.choice(TOPICS)}.")
            lines.append("")
        else:
            lines.append(f"- {_mark(rng)}[[{person}]]: {rng.choice(TOPICS)}")
    if rng.random() < 0.3:
        lines += ["", "## Notes", _prose(rng, rng.randint(20, 80))]
    return "\n".join(lines) + "\n"


def meeting_note(day: dt.date, title: str, rng: random.Random, pick: _Pick) -> str:
    people = pick(2 + _heavy(rng, 1.0, 12))
    attendees = ", ".join(f'"[[{p}]]"' for p in people)
    lines = [
        "---",
        f"date: {day.isoformat()}",
        "type: meeting",
        f"attendees: [{attendees}]",
        "---",
        f"# {title}",
        "",
        "## Agenda",
        *(f"- {rng.choice(TOPICS)}" for _ in range(rng.randint(1, 4))),
        "",
        "## Notes",
        _prose(rng, rng.randint(20, 60)),
        "",
        "| who | action |",
        "| --- | --- |",
        *(f"| [[{p}]] | {rng.choice(TOPICS)} |" for p in people[:3]),
    ]
    return "\n".join(lines) + "\n"


def generate(root: Path, people: int, seed: int = 1) -> int:
    """Write a vault of `people` people (and about 0.6 dated notes per person) under `root`.

    Returns how many files were written. An existing `root` is replaced.
    """
    rng = random.Random(f"{seed}:{people}")
    if root.exists():
        shutil.rmtree(root)
    names = _names(people, rng)
    pick = _Pick(names, rng)
    files: dict[str, str] = {}
    for name in names:
        files[f"People/{name}.md"] = person_note(name, rng, pick)
    days = sorted({_day(rng) for _ in range(people // 2)})
    for day in days:
        files[f"Daily/{day.year}/{day.isoformat()}.md"] = daily_note(day, rng, pick)
    for number in range(people // 8):
        day = _day(rng)
        title = f"{rng.choice(TOPICS).capitalize()} {number}"
        files[f"Meetings/{day.isoformat()} {title}.md"] = meeting_note(day, title, rng, pick)
    (root / "Templates").mkdir(parents=True)
    (root / "Templates" / "Person.md").write_text('---\nname: "{{title}}"\ntags: [person]\n---\n')
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return len(files)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("root", type=Path, help="the folder to write (replaced if it exists)")
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    count = generate(args.root, args.people, args.seed)
    print(f"wrote {count} notes for {args.people} people under {args.root}")


if __name__ == "__main__":
    main()
