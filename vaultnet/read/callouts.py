"""What a person template keeps where the body's reader does not look: callouts, and fences of
plain text under an About heading."""

from __future__ import annotations

import re

from vaultnet.read.blocks import fence_after, heading_words, split_task
from vaultnet.read.blocks_fast import MD_TRIM, atx_heading
from vaultnet.read.body import (
    FACT_HEADINGS,
    INTEREST_HEADINGS,
    LINE_ITEM,
    Body,
    colon_line,
    follow_up_of,
    paragraph_fact,
    section_word,
)
from vaultnet.read.inline import clean
from vaultnet.read.keys import FIELD_LINE, field_key


def fenced_facts(body: str) -> list[str]:
    """The text of each block of plain text in a fence (```` ```text ````) under an About, Facts,
    Notes, ... heading: what the owner knows, kept as written, as `vaultnet import vcard` keeps a
    card's note (from an address book, so its Markdown is never read: no entry, link or heading
    in it counts). A fence of code (```` ```dataview ````) is none."""
    if "```text" not in body and "~~~text" not in body:
        return []  # nearly every note
    facts = []
    section = 0  # the level of the heading of what is known that the lines are under, if any
    fence = ""
    held: list[str] | None = None  # the lines of an open fence of plain text under such a heading
    for line in body.split("\n"):
        after = fence_after(fence, line) if fence or line.lstrip()[:3] in ("```", "~~~") else ""
        if not fence and after:
            info = line.strip().lstrip(after[0]).split(maxsplit=1)
            held = [] if section and info and info[0].lower() == "text" else None
        elif fence and not after:
            if held is not None and (text := "\n".join(held).strip()):
                facts.append(text)
            held = None
        elif fence:
            if held is not None:
                held.append(line)
        elif line[:1] == "#" and (heading := atx_heading(line)) is not None:
            section = _section_after(section, heading[0], heading_words(heading[1]).lower(), FACT_HEADINGS)
        fence = after
    return facts


def read_callouts(body: Body, file: str, text: str, offset: int, base: str) -> None:
    """What Obsidian callouts hold of a person's card, of what is known and of what is to do, into
    `body`, read from `text`, whose first line is the file's line `offset` + 1. The reader skips
    quotes (a quoted line is no contact), but person templates keep these in callouts: a
    callout's fields (`> Birthday:: 1990-05-01`, `> - **Company:** Acme`) are the note's, as the
    same lines outside one are, and so are its open tasks (`> [!todo]` over `> - [ ] ask about
    the move`: follow-ups); what a callout titled as an About, Facts, Interests, ... heading
    holds (`> [!info] About`), or any callout under such a heading, is known, as the lines
    under that heading are: each item a fact, each paragraph one; a task, code or a nested quote
    in it none. A quote that is no callout is read nowhere."""
    section = interest_section = 0  # the level of the heading the lines are under, if known
    fence = code = ""  # the code fence open, in the note and in a callout
    callout = False  # the lines are a callout's
    held: list[str] | None = None  # the facts of an open callout that tells what is known
    held_interests = False
    para: list[str] = []

    def close_paragraph() -> None:
        if held is not None and para and (fact := paragraph_fact("\n".join(para))):
            held.append(fact)
        para.clear()

    for number, line in enumerate([*text.split("\n"), ""], offset + 1):  # the last "" closes a callout
        after = fence_after(fence, line) if fence or line.lstrip()[:3] in ("```", "~~~") else ""
        quoted = None if fence or after else _QUOTED.match(line)
        if callout and quoted is None:
            close_paragraph()
            body.facts.extend(held or ())
            body.interests.extend(held if held is not None and held_interests else ())
            callout, held = False, None
        fence, said = after, quoted[1] if quoted else ""
        if quoted is None:
            if not fence and line[:1] == "#" and (heading := atx_heading(line)) is not None:
                level, words = heading[0], heading_words(heading[1]).lower()
                section = _section_after(section, level, words, FACT_HEADINGS)
                interest_section = _section_after(interest_section, level, words, INTEREST_HEADINGS)
        elif not callout:
            opening = _CALLOUT.match(said)
            title = section_word(opening[1]) if opening else ""
            callout, code = opening is not None, ""
            if opening and (section or title in FACT_HEADINGS):
                held, held_interests = [], bool(interest_section) or title in INTEREST_HEADINGS
        elif code or said.lstrip()[:3] in ("```", "~~~"):
            close_paragraph()
            code = fence_after(code, said)
        elif (item := LINE_ITEM.match(said)) is not None or not said.strip():
            close_paragraph()
            task, words = split_task((item[2] or "").strip(MD_TRIM)) if item else ("", "")
            if task == " " and (todo := clean(words).strip()):
                body.follow_ups.append(follow_up_of(file, number, todo, base))
            if task is None and words:
                _callout_field(body, words, number)
                if held is not None:
                    held.append(words)
        elif said.lstrip()[:1] != ">":
            _callout_field(body, said, number)
            para.append(said)


def _callout_field(body: Body, line: str, number: int) -> None:
    """A callout's line as a field, when it is one: `Birthday:: 1990-05-01`, `Company: Acme`."""
    if "::" in line and (field := FIELD_LINE.match(line)):
        body.fields.setdefault(field_key(field[1]), (field[2].strip(), number))
    else:
        colon_line(body, line, number)


def _section_after(section: int, level: int, said: str, names: set[str]) -> int:
    """The level of the heading of one of `names` the lines are under (0: none), after a heading
    of `level` that says `said`."""
    if said in names:
        return level
    return 0 if section and level <= section else section


_QUOTED = re.compile(r" {0,3}> ?(.*)")
"""A line of a block quote at the margin, and what it says."""
_CALLOUT = re.compile(r"\[![^\]]+\][+-]?[ \t]*(.*)")
"""A callout's first line after its `>`: `[!info]- About`, its title."""
