"""The page checker finds what it claims to find (a checker that cannot fail proves nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import write_vault
from tests.pagecheck import cells, check_output

GOOD = """# Page

| Note | Line | Problem |
| --- | ---: | --- |
| People/a\\|b.md | 3 | bad `x \\| y` |

- [[People/Jane Doe|Jane]] and [[Jane Doe]] and [[_vaultnet/Recency|Recency]]
- [Odd](<People/a%23b.md>) and [web](https://example.org)
- Write one like `- 2026-11-02 -> introduced [[Ana]] to [[Bruno]] #intro`.

```mermaid
%%{init: {'theme': 'base'}}%%
graph LR
  %% a comment [ with an open bracket
  accDescr: Jane [she/her and Bob (words to the line's end
  a["Jane (she/her)"] --- b["Bob"]
```
"""


def vault_with_page(tmp_path: Path, page: str, extra: dict[str, str] | None = None) -> Path:
    files = {"People/Jane Doe.md": "", "People/a#b.md": "", "People/a|b.md": "", "_vaultnet/Recency.md": ""}
    return write_vault(tmp_path, {**files, **(extra or {}), "_vaultnet/Page.md": page})


def test_cells_split_on_unescaped_pipes_only() -> None:
    assert cells("| a | b \\| c | d |") == [" a ", " b \\| c ", " d "]
    assert cells("a | b") == ["a ", " b"]


def test_a_valid_page_has_no_flaws(tmp_path: Path) -> None:
    assert check_output(vault_with_page(tmp_path, GOOD)) == []


@pytest.mark.parametrize(
    ("change", "flaw"),
    [
        (("| 3 |", "| 3 | extra |"), "row has 4 cells, its header 3"),
        (("People/a\\|b.md", "People/a|b.md"), "row has 4 cells"),
        (("bad `x \\| y`", "bad\nnext line"), "row has 1 cells"),
        (("| Note | Line | Problem |\n", "| Note | Line | Problem |\n\n"), "outside any table"),
        (("[[Jane Doe]]", "[[Nobody]]"), "wikilink to a missing note"),
        (("[[Jane Doe]]", "[[Jane ]]Doe]]"), "stray wikilink brackets"),
        (("|Jane]]", "|Ja[[ne]]"), "stray wikilink brackets"),
        (("a%23b.md", "a#b.md"), "link to a missing file"),
        (("(<People/a%23b.md>)", "(<People/a\nb.md>)"), "does not parse"),
        (('b["Bob"]', 'b["Bob]'), "unbalanced quote in Mermaid"),
        (('b["Bob"]', "b[Bob"), "unbalanced []"),
        (("graph LR", "nonsense"), "without a diagram type"),
    ],
)
def test_each_kind_of_flaw_is_found(tmp_path: Path, change: tuple[str, str], flaw: str) -> None:
    old, new = change
    assert old in GOOD
    flaws = check_output(vault_with_page(tmp_path, GOOD.replace(old, new, 1)))
    assert any(flaw in f.message for f in flaws), flaws


def test_a_canvas_is_checked(tmp_path: Path) -> None:
    nodes = [
        {"id": "a", "type": "file", "file": "People/Jane Doe.md", "x": 0, "y": 0, "width": 1, "height": 1},
        {"id": "b", "type": "text", "text": "x", "x": 0, "y": 0, "width": 1, "height": 1},
    ]
    good = {"nodes": nodes, "edges": [{"id": "e", "fromNode": "a", "toNode": "b"}]}
    root = vault_with_page(tmp_path, GOOD, {"_vaultnet/People.canvas": json.dumps(good)})
    assert check_output(root) == []
    bad = {
        "nodes": [*nodes, dict(nodes[0], file="People/Nobody.md")],
        "edges": [{"fromNode": "a", "toNode": "z"}],
    }
    (root / "_vaultnet/People.canvas").write_text(json.dumps(bad))
    messages = " ".join(f.message for f in check_output(root))
    assert "repeated" in messages and "missing file" in messages and "unknown nodes" in messages
    (root / "_vaultnet/People.canvas").write_text("{nodes: [")
    assert "not JSON" in check_output(root)[0].message
