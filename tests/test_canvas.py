"""`Network.canvas`: JSON Canvas 1.0, one file node per person, one edge per link, no overlaps."""

from __future__ import annotations

import datetime as dt
import json
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import link_pairs, made_pages
from vaultnet.build import build, load_report
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.metrics.stats import Report
from vaultnet.pages.canvas import CANVAS_MARKER, Box, is_generated_canvas
from vaultnet.pages.layout import CANVAS
from vaultnet.pages.render import Renderer

TODAY = dt.date(2026, 11, 21)

# The JSON Canvas 1.0 spec (jsoncanvas.org/spec/1.0): what each object must hold, and the allowed values.
NODE_REQUIRED = {"id": str, "type": str, "x": int, "y": int, "width": int, "height": int}
NODE_TYPES = {"text": {"text": str}, "file": {"file": str}, "link": {"url": str}, "group": {}}
EDGE_REQUIRED = {"id": str, "fromNode": str, "toNode": str}
SIDES = {"top", "right", "bottom", "left"}
ENDS = {"none", "arrow"}


def canvas_of(report: Report, config: Config) -> str:
    """The canvas as build and watch make it."""
    return made_pages(Renderer(), report, config, only={CANVAS})[CANVAS]


def validate_canvas(data: object) -> None:
    """Assert `data` follows JSON Canvas 1.0: required fields and types, unique ids, edges resolve."""
    assert isinstance(data, dict)
    assert set(data) <= {"nodes", "edges"}
    nodes, edges = data.get("nodes", []), data.get("edges", [])
    ids = []
    for node in nodes:
        for key, kind in NODE_REQUIRED.items():
            assert isinstance(node.get(key), kind) and not isinstance(node[key], bool), (key, node)
        assert node["type"] in NODE_TYPES, node
        for key, kind in NODE_TYPES[node["type"]].items():
            assert isinstance(node.get(key), kind), (key, node)
        if "color" in node:
            assert isinstance(node["color"], str)
        ids.append(node["id"])
    for edge in edges:
        for key, kind in EDGE_REQUIRED.items():
            assert isinstance(edge.get(key), kind), (key, edge)
        assert edge["fromNode"] in ids and edge["toNode"] in ids, edge
        assert edge.get("fromSide", "top") in SIDES and edge.get("toSide", "top") in SIDES
        assert edge.get("fromEnd", "none") in ENDS and edge.get("toEnd", "arrow") in ENDS
        ids.append(edge["id"])
    assert len(ids) == len(set(ids)), "ids must be unique"


def _box(node: dict[str, int]) -> Box:
    return Box(node["x"], node["y"], node["width"], node["height"])


def _vault(make_vault) -> Path:  # type: ignore[no-untyped-def]
    files = {
        "People/Ana.md": "---\ntags: [person, climbing]\n---\nFriend of [[Bo]].\n",
        "People/Bo.md": "---\ntags: [person, climbing, work]\n---\n",
        "People/Cy.md": "---\ntags: [person, work]\n---\n",
        "People/Dee.md": "---\ntags: [person]\n---\n",
        "Daily/2026-11-02.md": "- <-> lunch with [[Cy]] and [[Dee]]\n",
    }
    files |= {f"People/Climber {i:02}.md": "---\ntags: [person, climbing]\n---\n" for i in range(10)}
    return make_vault(files)


def test_canvas_follows_the_spec_with_a_node_per_person_and_an_edge_per_link(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = _vault(make_vault)
    build(root, TODAY)
    data = json.loads((root / "_vaultnet" / "Network.canvas").read_text(encoding="utf-8"))
    validate_canvas(data)
    report = load_report(root, TODAY)
    files = sorted(n["file"] for n in data["nodes"] if n["type"] == "file")
    assert files == sorted(p.file for p in report.vault.people)
    by_id = {n["id"]: n for n in data["nodes"]}
    linked = sorted(
        tuple(sorted((by_id[e["fromNode"]]["file"], by_id[e["toNode"]]["file"]))) for e in data["edges"]
    )
    assert linked == sorted(set(link_pairs(report.vault.people)))
    assert ("People/Cy.md", "People/Dee.md") in linked and ("People/Ana.md", "People/Bo.md") in linked


def _layout(data: dict[str, list[dict[str, object]]]) -> tuple[dict[str, Box], dict[str, Box], Box]:
    groups = {str(n["label"]): _box(n) for n in data["nodes"] if n["type"] == "group"}  # type: ignore[arg-type]
    people = {str(n["file"]): _box(n) for n in data["nodes"] if n["type"] == "file"}  # type: ignore[arg-type]
    legend = _box(next(n for n in data["nodes"] if n["type"] == "text"))  # type: ignore[arg-type]
    return groups, people, legend


def _no_overlap(boxes: list[Box]) -> None:
    for a, b in combinations(boxes, 2):
        if not (a.contains(b) or b.contains(a)):
            assert not a.overlaps(b), (a, b)


def test_linked_people_sit_together_and_nothing_overlaps(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = _vault(make_vault)
    report = load_report(root, TODAY)
    data = json.loads(canvas_of(report, Config()))
    groups, people, legend = _layout(data)
    # Each connected pair is a group, named after its best-linked person; the rest are apart.
    assert sorted(groups) == ["around Ana (2)", "around Cy (2)", "linked to nobody shown (10)"]
    assert groups["around Ana (2)"].contains(people["People/Bo.md"])
    assert groups["around Cy (2)"].contains(people["People/Dee.md"])
    for file, box in people.items():
        assert sum(g.contains(box) for g in groups.values()) == 1, file
    _no_overlap([*people.values(), *groups.values(), legend])
    # Linked people are next to each other: one card step apart at most.
    for a, b in (("People/Ana.md", "People/Bo.md"), ("People/Cy.md", "People/Dee.md")):
        assert abs(people[a].x - people[b].x) <= 300 and abs(people[a].y - people[b].y) <= 120


def test_a_large_vault_shows_the_real_and_the_best_linked_within_the_limit(make_vault) -> None:  # type: ignore[no-untyped-def]
    # A hub linked to 30 people, a chain of 20, and 40 loners: with room for 25, the hub's
    # star and the chain's people fill it, a note says how many are left out, and edges are short.
    files = {"People/Hub.md": "#person\n" + " ".join(f"[[Spoke {i:02}]]" for i in range(30))}
    files |= {f"People/Spoke {i:02}.md": "#person\n" for i in range(30)}
    files |= {f"People/Chain {i:02}.md": f"#person\n[[Chain {i + 1:02}]]\n" for i in range(20)}
    files |= {f"People/Loner {i:02}.md": "#person\n" for i in range(40)}
    root = make_vault(files)
    report = load_report(root, TODAY)
    text = canvas_of(report, Config(canvas_limit=25))
    data = json.loads(text)
    validate_canvas(data)
    groups, people, legend = _layout(data)
    assert len(people) == 25 and "People/Hub.md" in people
    assert not any(f.startswith("People/Loner") for f in people)
    assert "Not shown: 66 people" in str(data["nodes"][0]["text"])
    _no_overlap([*people.values(), *groups.values(), legend])
    by_id = {n["id"]: n for n in data["nodes"]}
    lengths = []
    for edge in data["edges"]:
        a, b = _box(by_id[edge["fromNode"]]), _box(by_id[edge["toNode"]])  # type: ignore[arg-type]
        lengths.append(((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5)
    # A card is 260 by 80 with 40 between: 24 spokes fit within about three cards of the hub.
    assert max(lengths) < 1000 and sum(lengths) / len(lengths) < 600, lengths


def test_canvas_is_deterministic_and_ids_are_stable(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = _vault(make_vault)
    first = canvas_of(load_report(root, TODAY), Config())
    assert canvas_of(load_report(root, TODAY), Config()) == first
    ids = {n.get("file"): n["id"] for n in json.loads(first)["nodes"]}
    (root / "People" / "Zed.md").write_text("---\ntags: [person]\n---\n", encoding="utf-8")
    again = {
        n.get("file"): n["id"] for n in json.loads(canvas_of(load_report(root, TODAY), Config()))["nodes"]
    }
    assert all(again[file] == ids[file] for file in ids if file)


def test_a_canvas_vaultnet_did_not_write_is_never_overwritten(make_vault) -> None:  # type: ignore[no-untyped-def]
    mine = (
        '{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10, "text": "mine"}]}'
    )
    root = make_vault({"People/Ana.md": "---\ntags: [person]\n---\n", "_vaultnet/Network.canvas": mine})
    result = CliRunner().invoke(main, ["build", "--today", TODAY.isoformat(), str(root)])
    assert result.exit_code == 1
    assert "Network.canvas exists and was not written by vaultnet" in result.output
    assert (root / "_vaultnet" / "Network.canvas").read_text(encoding="utf-8") == mine
    assert (root / "_vaultnet" / "Overview.md").exists(), "the other pages are written"


def test_a_generated_canvas_is_recognised_after_obsidian_saves_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Ana.md": "---\ntags: [person]\n---\n"})
    build(root, TODAY)
    path = root / "_vaultnet" / "Network.canvas"
    text = path.read_text(encoding="utf-8")
    assert is_generated_canvas(text)
    # Obsidian re-indents and reorders when it saves: the marker node is what counts.
    data = json.loads(text)
    data["nodes"].reverse()
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    (root / "People" / "Bo.md").write_text("---\ntags: [person]\n---\n", encoding="utf-8")
    assert "_vaultnet/Network.canvas" in build(root, TODAY).written
    assert json.loads(path.read_text(encoding="utf-8"))["nodes"][0]["text"].startswith(CANVAS_MARKER)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"nodes": {}}',
        '{"nodes": [{"id": "vaultnet", "type": "text", "text": "my own legend"}]}',
        '{"nodes": [{"id": "other", "type": "text", "text": "' + CANVAS_MARKER + '"}]}',
    ],
)
def test_what_is_not_a_generated_canvas(text: str) -> None:
    assert not is_generated_canvas(text)


def test_example_vault_canvas_follows_the_spec() -> None:
    path = Path(__file__).resolve().parents[1] / "example_vault" / "_vaultnet" / "Network.canvas"
    data = json.loads(path.read_text(encoding="utf-8"))
    validate_canvas(data)
    assert is_generated_canvas(path.read_text(encoding="utf-8"))


def test_a_vault_without_people_still_gives_a_valid_canvas(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"Notes/Idea.md": "# just a note\n"})
    text = canvas_of(load_report(root, TODAY), Config())
    data = json.loads(text)
    validate_canvas(data)
    assert [n["id"] for n in data["nodes"]] == ["vaultnet"] and data["edges"] == []
    assert is_generated_canvas(text)


def test_canvas_text_is_one_item_a_line_past_a_thousand_lines(make_vault) -> None:  # type: ignore[no-untyped-def]
    # 48 people named on one day: 1,128 edges, so the lines are joined in more than one batch.
    people = {f"People/P{i:02}.md": "---\ntags: [person]\n---\n" for i in range(48)}
    named = " ".join(f"[[P{i:02}]]" for i in range(48))
    root = make_vault({**people, "Daily/2026-11-01.md": f"Met {named}\n"})
    text = canvas_of(load_report(root, TODAY), Config())
    data = json.loads(text)
    assert len(data["edges"]) == 48 * 47 // 2
    items = [*data["nodes"], *data["edges"]]
    expected = (
        '{\n\t"nodes": [\n'
        + ",\n".join("\t\t" + json.dumps(n, ensure_ascii=False) for n in data["nodes"])
        + '\n\t],\n\t"edges": [\n'
        + ",\n".join("\t\t" + json.dumps(e, ensure_ascii=False) for e in data["edges"])
        + "\n\t]\n}\n"
    )
    assert len(items) > 1000
    assert text == expected


def test_canvas_text_without_links_keeps_an_empty_edges_list(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"People/Ana.md": "---\ntags: [person]\n---\n"})
    text = canvas_of(load_report(root, TODAY), Config())
    assert text.endswith('\n\t],\n\t"edges": [\n\n\t]\n}\n')
    assert json.loads(text)["edges"] == []


def test_people_and_edges_read_as_json_dumps_writes_them_whatever_the_file_name(make_vault) -> None:  # type: ignore[no-untyped-def]
    # People nodes and edges are formatted without json.dumps: quotes, backslashes, tabs, emoji
    # and non-Latin letters in a file name must come out as json.dumps would write them.
    odd = ['Quote "Q"', "Back\\slash", "Tab\there", "Émile 🌿", "Ωμέγα", "ctrl\x7f"]
    people = {f"People/{name}.md": "---\ntags: [person]\n---\n" for name in odd}
    named = " ".join(f"[[{name}]]" for name in odd)
    root = make_vault({**people, "Daily/2026-11-01.md": f"- <-> {named}\n"})
    text = canvas_of(load_report(root, TODAY), Config())
    data = json.loads(text)
    assert sorted(n["file"] for n in data["nodes"] if n["type"] == "file") == sorted(people)
    assert len(data["edges"]) == len(odd) * (len(odd) - 1) // 2
    lines = text.splitlines()[2:]
    items = [*data["nodes"], *data["edges"]]
    written = [line.strip().rstrip(",") for line in lines if line.startswith("\t\t")]
    assert written == [json.dumps(item, ensure_ascii=False) for item in items]
