"""What a person note keeps where the body's reader does not look: fences of plain text under an
About heading."""

from __future__ import annotations

from vaultnet.fields import FACT_HEADINGS
from vaultnet.read.blocks import fence_after, section_name
from vaultnet.read.blocks_fast import atx_heading
from vaultnet.read.body import NO_SECTION, section_at_heading


def fenced_facts(body: str) -> list[str]:
    """The text of each block of plain text in a fence (```` ```text ````) under an About, Facts,
    Notes, ... heading: what the owner knows, kept as written, as `vaultnet import vcard` keeps a
    card's note (from an address book, so its Markdown is never read: no entry, link or heading
    in it counts). A fence of code (```` ```dataview ````) is none."""
    if "```text" not in body and "~~~text" not in body:
        return []  # nearly every note
    facts = []
    section = NO_SECTION  # the heading of what is known that the lines are under, if any
    fence = ""
    held: list[str] | None = None  # the lines of an open fence of plain text under such a heading
    for line in body.split("\n"):
        after = fence_after(fence, line) if fence or line.lstrip()[:3] in ("```", "~~~") else ""
        if not fence and after:
            info = line.strip().lstrip(after[0]).split(maxsplit=1)
            held = [] if section[0] and info and info[0].lower() == "text" else None
        elif fence and not after:
            if held is not None and (text := "\n".join(held).strip()):
                facts.append(text)
            held = None
        elif fence:
            if held is not None:
                held.append(line)
        elif line[:1] == "#" and (heading := atx_heading(line)) is not None:
            section = section_at_heading(section, heading[0], section_name(heading[1]), FACT_HEADINGS)
        fence = after
    return facts
