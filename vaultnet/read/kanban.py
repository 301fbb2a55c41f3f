"""A Kanban board's lanes, as the Kanban plugin keeps a board in Markdown: a heading a lane, a
task a card. Which lanes hold done cards, and which hold cards that wait on others."""

from __future__ import annotations

from vaultnet.patterns import lazy_pattern
from vaultnet.read.blocks import section_name
from vaultnet.read.blocks_fast import atx_heading


def lanes_read(body: str) -> str:
    """A board's body with each open card (`- [ ] …` at the margin) of a lane of done cards
    ticked (`- [x] …`), and each of a lane of cards waiting on others (`lane_box`) marked as
    neither done nor open (`- [-] …`, as a task cancelled is); line for line, so every line keeps
    its number. A box within a card (indented under it) is the card's text, as the plugin keeps it."""
    lines = body.split("\n")
    box = " "  # what an open card of the lane in force is
    for index, line in enumerate(lines):
        if line[:1] == "#" and (heading := atx_heading(line)) is not None:
            box = lane_box(heading[1])
        elif line.strip() == _COMPLETE:
            box = "x"  # the plugin's mark of a lane set to complete, under its heading
        elif box != " " and line[:1] in "-*+" and _OPEN_CARD.match(line):
            lines[index] = f"{line[:3]}{box}{line[4:]}"
    return "\n".join(lines)


def lane_box(heading: str) -> str:
    """What an open card is in the lane a heading opens: done (`x`) in a lane named for done
    cards (`## Done`, `## ✅ Completed`, `## Finished`), neither (`-`) in one of cards that wait
    on others (`## Waiting`, `## Waiting on`, `## Blocked`), open (` `) in any other. A lane's
    limit of cards, as the plugin writes it after its name (`## Done (10)`), is no part of it."""
    name = section_name(_LIMIT.sub("", heading))
    if name in _DONE_LANES:
        return "x"
    return "-" if name.split(" ", 1)[0] in _WAITING_LANES else " "


_COMPLETE = "**Complete**"
"""The line the Kanban plugin writes under a lane's heading when the lane is set to complete: it
then ticks each card moved into it."""
_DONE_LANES = frozenset(("done", "complete", "completed", "finished"))
"""Names of a lane of done cards, which owners keep without setting it to complete."""
_WAITING_LANES = frozenset(("waiting", "blocked"))
"""The first word of a lane's name whose cards wait on others (`Waiting on`, `Waiting for
reply`, `Blocked by legal`): their move, no follow-up of yours."""
_LIMIT = lazy_pattern(r"\s*\(\d+\)\s*$")
"""A lane's limit of cards after its name (`Done (10)`)."""
_OPEN_CARD = lazy_pattern(r"[-*+] \[ \]")
"""An open card: a task at the margin, as the plugin writes one."""
