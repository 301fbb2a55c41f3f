"""The terminal report: rich on a terminal (colour, widths, NO_COLOR), plain text in pipes."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len
from rich.console import Console

from vaultnet.build import load_report
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.pages import terminal
from vaultnet.pages.render import page_context
from vaultnet.pages.terminal import Section, plain_report, rich_report


def test_the_report_shows_a_few_open_follow_ups_as_the_overview_does(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Someone to reach out to with many open tasks: their row shows the first two, then how many
    more are open, as the Overview does, not every one on one line."""
    tasks = "".join(f"- [ ] ask about thing {i}\n" for i in range(1, 6))
    root = make_vault(
        {"People/Gus.md": f"---\ntags: [person]\ncadence: 1w\n---\n- 2026-11-01 -> hello\n{tasks}"}
    )
    output = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"]).output
    row = next(line for line in output.splitlines() if line.startswith("  Gus: overdue"))
    assert row.endswith("; open: ask about thing 1; open: ask about thing 2; and 3 more open")
    CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    overview = (root / "_vaultnet" / "Overview.md").read_text(encoding="utf-8")
    assert "\n  - open: ask about thing 2\n  - and 3 more open\n" in overview


EXAMPLE = Path(__file__).resolve().parents[1] / "example_vault"
COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m")

VAULT = {
    "vaultnet.toml": 'as_of = 2026-11-21\n[cadence]\nfriend = "monthly"\n',
    "People/Elin Lindström.md": "#person #friend\n## Log\n- 2026-09-01 <-> a very long coffee "
    + "about everything under the sun " * 4
    + "\n",
    "People/Bo.md": "#person #friend\n- 2026-11-01 -> sent the article\n",
    "People/Broken.md": "---\ntags: [person\n---\n",
}


def context(root: Path) -> dict[str, object]:
    return page_context(load_report(root, dt.date(2026, 11, 21), Config(cadence={"friend": 30})), Config())


def render(root: Path, width: int, **console: object) -> str:
    out = io.StringIO()
    rich = Console(file=out, width=width, force_terminal=True, **console)  # type: ignore[arg-type]
    rich.print(rich_report(context(root), width))
    return out.getvalue()


def test_plain_report_of_the_example_vault() -> None:
    result = CliRunner().invoke(main, ["report", str(EXAMPLE)])
    assert result.exit_code == 0
    assert result.output == (
        "vaultnet: 22 people as of 2026-11-21\n"
        "  active 14 · reciprocal 14 (1 of them from the words) · personal 18 · real connections 9 · resting 2 · lapsed 1\n"
        "  real = all three at once: active (in touch lately), reciprocal (both of you start),"
        " personal (you know something about them)\n"
        "\n"
        "Reach out\n"
        "  Owen Ashby: overdue by 13 days; last 2026-10-25: “rang about Christmas at Mum's; went to voicemail, left a message”; open: ask about Alfie's football trial; open: get Rosa's Christmas list from Lena\n"
        "  Helen Ashby: due 2026-11-29; last 2026-11-15: “long call with Mum: the choir is doing the *Messiah* again and she has a solo…”\n"
        "  Maya Lindqvist: due 2026-12-05; last 2026-11-14: “Maya for coffee at Laynes; she's applying for the climbing-wall manager job”; open: ask how the climbing-wall manager interview went\n"
        "\n"
        "Booked\n"
        "  Daniel Okafor: 2026-12-02: “video call booked: ask how the teaching pilot went”\n"
        "  Elena Petrova: 2026-12-03: “Elena onboarding”\n"
        "\n"
        "Coming up\n"
        "  Kofi Mensah: birthday 2026-11-24, in 3 days (turns 39)\n"
        "  Felix Brandt: birthday 2026-11-26, in 5 days\n"
        "  Helen Ashby: anniversary 2026-11-30, in 9 days (42 years)\n"
        "  Grace Whitfield: birthday 2026-12-02, in 11 days (turns 35)\n"
        "\n"
        "Quieter than their own rhythm\n"
        "  Jonas Weber: usually every 99 days, now 256 days; last 2026-03-10: “video call: he is building a modular synth from kits”\n"
        "  Kofi Mensah: usually every 20 days, now 41 days; last 2026-10-11: “swapped leek seedlings for a bag of his scotch bonnets”\n"
        "\n"
        "Open follow-ups (8)\n"
        "  Priya Raman: send Priya the load-test numbers; Meetings/2026-11-18 Booking system retro.md:10\n"
        "  Grace Whitfield: ask Gracie whether the PhD offer came through; Daily/2026-11-20.md:4\n"
        "  Elena Petrova: send her the reading list before her first day; People/Elena Petrova.md:9\n"
        "  Maya Lindqvist: ask how the climbing-wall manager interview went; People/Maya Lindqvist.md:25\n"
        "  Owen Ashby: ask about Alfie's football trial; People/Owen Ashby.md:17\n"
        "  … and 3 more in _vaultnet/Follow-ups.md\n"
        "\n"
        "Met, no note yet (1)\n"
        "  Tomás Vidal: last 2026-11-19: “Ran into Tomás Vidal at the market; he is opening a bakery on Cardigan Road”;"
        " Daily/2026-11-19.md:5\n"
        "\n"
        "One-way\n"
        "  Nadia Haddad: only you reach out\n"
        "  Owen Ashby: only you reach out\n"
        "  Lena Ashby: only they reach out\n"
        "  Sofia Marchetti: only they reach out\n"
        "\n"
        "Movement since 2026-08-23 (90 days)\n"
        "  then → now: active 8 → 14 · reciprocal 5 → 14 · real 4 → 9\n"
        "  Became real connections (6): Helen Ashby, Hugo Lefèvre, Ingrid Halvorsen, Kofi Mensah, Priya Raman, Sam Oduya\n"
        "  No longer real connections (1): Daniel Okafor\n"
        "  Turned two-way (9): Helen Ashby, Hugo Lefèvre, Ingrid Halvorsen, Kofi Mensah, Priya Raman, Rafael Ortiz, Ruth Okonjo, Sam Oduya, Wren Castellano\n"
        "  Became active (9): Helen Ashby, Hugo Lefèvre, Ingrid Halvorsen, Lena Ashby, Nadia Haddad, Priya Raman, Rafael Ortiz, Sam Oduya, Wren Castellano\n"
        "  Went quiet, no longer active (3): Daniel Okafor, Owen Ashby, Ruth Okonjo\n"
        "\n"
        "Introductions to think about\n"
        "  Hugo Lefèvre and Sofia Marchetti: both into typography; both tagged #design\n"
        "  Aiko Tanaka and Jonas Weber: both into bouldering\n"
        "  Aiko Tanaka and Lena Ashby: both into pottery\n"
        "  Jonas Weber and Maya Lindqvist: both into bouldering\n"
        "\n"
        "Introductions you made\n"
        "  Kofi Mensah and Nadia Haddad: 2026-10-02; together since, on 2026-10-09 (Daily/2026-10-09.md:4)\n"
        "\n"
        "Problems (1)\n"
        "  People/Tomasz Wróbel.md:2: front matter is not valid YAML: the [ opened on this line is never"
        " closed (did not find expected ',' or ']')\n"
    )


def test_plain_report_in_a_pipe_has_no_escapes_or_boxes(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    output = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"]).output
    assert "\x1b" not in output
    assert "─" not in output
    assert "  Elin Lindström: overdue by 51 days; last 2026-09-01: “a very long coffee" in output
    assert "  Bo: only you reach out" in output
    assert "  People/Broken.md:2: front matter is not valid YAML" in output


def test_rich_report_has_colour_and_fits_its_width(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    for width in (120, 80, 50, 30):
        output = render(root, width, color_system="standard")
        assert COLOUR.search(output), width
        plain = re.sub(r"\x1b\[[0-9;]*m", "", output)
        assert max(cell_len(line) for line in plain.splitlines()) <= width, width
        assert "Elin Lindström" in plain
        assert "overdue by 51 days" in plain.replace("\n", " ") or width < 50


def test_no_color_is_respected(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    output = render(make_vault(VAULT), 100)
    assert "Elin Lindström" in output
    assert not COLOUR.search(output)


def test_a_new_section_is_one_function(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def planned(ctx):  # type: ignore[no-untyped-def]
        return Section("Everyone", ("who",), tuple((s.person.note.name,) for s in ctx["people"]), "nobody")

    monkeypatch.setattr(terminal, "SECTIONS", [*terminal.SECTIONS, planned])
    root = make_vault(VAULT)
    assert plain_report(context(root)).endswith("\nEveryone\n  Bo\n  Broken\n  Elin Lindström\n")
    assert "Everyone" in render(root, 80)


def test_json_report_is_untouched_by_the_terminal(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(VAULT)
    output = CliRunner().invoke(main, ["report", "--json", str(root)]).output
    assert "\x1b" not in output
    assert json.loads(output)["as_of"] == "2026-11-21"


def test_the_terminal_and_json_show_a_tag_and_a_field_as_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The pages escape a note's `#tag` and `key:: value` (Markdown's `\\#`): a terminal shows
    what they mean, and JSON gives the note's line whole."""
    root = make_vault(
        {
            "People/Ana.md": "---\ntags: [person]\ncadence: 2w\n---\n"
            "- 2026-11-10 coffee #coffee with Bo, my take:: good ^blk9\n- [ ] send her the book #todo ^task1\n",
        }
    )
    for args in (["report"], ["show", "Ana", "--vault"]):
        output = CliRunner().invoke(main, [*args, str(root), "--today", "2026-11-21"]).output
        assert "\\" not in output, args
        assert "coffee #coffee with Bo, my take:: good" in output, args
        assert "send her the book #todo" in output, args
    data = json.loads(
        CliRunner().invoke(main, ["report", "--json", str(root), "--today", "2026-11-21"]).output
    )
    assert data["people"][0]["follow_ups"][0]["text"] == "send her the book #todo ^task1"


def test_people_of_one_name_are_told_apart_wherever_a_name_is_shown(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`People/work/Alex.md` and `People/family/Alex.md`: `Alex (work)` and `Alex (family)` in
    the terminal, on the pages (a link's text) and on the chart, once each where they were two
    `Alex`; the JSON keeps each one's `name`."""
    root = make_vault(
        {
            "People/work/Alex.md": "---\ntags: [person]\n---\n- 2026-11-02 <- coffee\n- 2026-10-01 -> tea\n",
            "People/family/Alex.md": "---\ntags: [person]\ncadence: 1w\n---\n- 2026-08-20 -> call\n",
        }
    )
    output = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"]).output
    assert "Alex (family): overdue" in output
    assert "Became active (1): Alex (work)\n" in output
    assert "Alex:" not in output and "Alex," not in output
    CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    pages = "".join(p.read_text(encoding="utf-8") for p in (root / "_vaultnet").glob("*.md"))
    assert "[[People/work/Alex|Alex (work)]]" in pages and "[[People/family/Alex|Alex (family)]]" in pages
    assert '"Alex (work)": [' in pages and "|Alex]]" not in pages
    data = json.loads(
        CliRunner().invoke(main, ["report", "--json", str(root), "--today", "2026-11-21"]).output
    )
    assert [p["name"] for p in data["people"]] == ["Alex", "Alex"]


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (["--help"], ("rich", "vobject", "jinja2")),
        (["report", str(EXAMPLE)], ("rich", "vobject")),
        (["log", "--help"], ("rich", "vobject")),
    ],
)
def test_heavy_libraries_load_only_when_needed(args: list[str], absent: tuple[str, ...]) -> None:
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom vaultnet.cli import main\n"
        f"assert CliRunner().invoke(main, {args!r}).exit_code == 0\n"
        f"print([m for m in {absent!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _follow_up_vault(seed: int) -> dict[str, str]:
    """People with open follow-ups of many ages: in their own notes, undated, and in daily
    notes of days some share; names that sort alike but for case."""
    import random

    rng = random.Random(seed)
    names = [f"{first} {last}" for first in ("Ana", "ana", "Bo", "Cy", "Dee") for last in ("Lee", "Ng", "Oz")]
    files: dict[str, str] = {}
    for at, name in enumerate(names):
        tasks = [f"- [ ] task {at}.{n}" for n in range(rng.randint(0, 3))]
        files[f"People/{name} {at}.md"] = "#person\n" + "\n".join(tasks) + "\n"
    for day in range(12):
        named = rng.sample(range(len(names)), rng.randint(0, 4))
        lines = [f"- [ ] ask [[{names[at]} {at}]] about {day}" for at in named]
        files[f"Daily/2026-10-{day + 10:02d}.md"] = "\n".join(lines) + "\n"
    return files


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("limit", [1, 3, 7])
def test_the_follow_ups_shown_are_the_oldest_of_everyone(make_vault, seed: int, limit: int) -> None:  # type: ignore[no-untyped-def]
    """The terminal reads the people in the order of their oldest follow-up and stops early:
    it shows what sorting every open follow-up of everyone gives, ties and undated ones too."""
    from vaultnet.metrics.cultivate import by_age
    from vaultnet.pages.render import follow_ups_by_age

    root = make_vault(_follow_up_vault(seed))
    ctx = {**context(root), "limit": limit}
    every = sorted(
        ((s, f) for s in ctx["follow_ups"] for f in follow_ups_by_age(s)),  # type: ignore[attr-defined]
        key=lambda item: (*by_age(item[1])[:2], item[0].person.note.name.lower(), *by_age(item[1])[2:]),
    )
    section = terminal.follow_ups(ctx)
    assert [row[2] for row in section.rows] == [f"{f.file}:{f.line}" for _, f in every[:limit]]
    assert section.title == f"Open follow-ups ({len(every)})"
    assert bool(section.more) == (len(every) > limit)


def test_a_report_from_the_saved_state_reads_a_few_people_for_the_follow_ups(make_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The oldest follow-ups are shown, read from the people whose oldest are oldest: not
    from every person with one (a large vault has thousands)."""
    from vaultnet.build import build
    from vaultnet.saved import resume

    files = {f"People/P{n:03}.md": f"#person\n- [ ] task of {n}\n" for n in range(200)}
    files["Daily/2026-10-01.md"] = "- [ ] ask [[P150]] about the boat\n"
    root = make_vault(files)
    build(root, dt.date(2026, 11, 21))
    read: list[str] = []
    load = resume._People.load

    def counting(self: resume._People, file: str):  # type: ignore[no-untyped-def]
        read.append(file)
        return load(self, file)

    monkeypatch.setattr(resume._People, "load", counting)
    result = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 0, result.output
    shown = result.output.split("Open follow-ups (201)\n", 1)[1].split("\n\n", 1)[0]
    assert shown.splitlines()[:2] == [
        "  P150: ask P150 about the boat; Daily/2026-10-01.md:1",
        "  P000: task of 0; People/P000.md:2",
    ]
    assert "… and 196 more" in shown
    assert len(read) < 20


def test_a_terminal_shows_the_vaults_brackets_as_written(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Rich reads `[bold]` and `[/]` in a string as its markup: a problem quoting a note's
    `[/]` was a traceback, and `[[bo]]` or `[bold]` vanished. Every cell is shown as text."""
    root = make_vault(
        {
            "People/Ann.md": '---\ntags: [person]\ncadence: "[/]"\n---\n- [ ] send the [bold] notes\n',
            "People/Cy.md": "---\ntags: [person]\nkids: - [[bo]]\n---\n",
        }
    )
    for width in (120, 40):
        output = re.sub(r"\x1b\[[0-9;]*m", "", render(root, width)).replace("\n", " ")
        assert "'[/]'" in output, width
        assert '"[[bo]]"' in re.sub(r"\s+", "", output), width
        assert "[bold]" in output, width


def test_the_terminal_quotes_a_line_as_the_note_says_it(make_vault) -> None:  # type: ignore[no-untyped-def]
    """The pages make a line safe for Markdown (`[v2]` → `(v2)`, `\\` → `/`, `|` → `/`); the
    terminal quotes it as written, as `show` and `--json` do, but for its block ID."""
    root = make_vault(
        {
            "People/Gus.md": "---\ntags: [person]\ncadence: 1w\n---\n"
            "- 2026-11-12 -> sent C:\\Users\\gus [draft v2] | budget #work *urgent* ^b1\n"
            "- [ ] ask about [v3] | the pipe ^t1\n",
            "People/Bo.md": "#person\n- 2026-11-30 call about [the] plan | soon\n",
        }
    )
    output = CliRunner().invoke(main, ["report", str(root), "--today", "2026-11-21"]).output
    assert "“sent C:\\Users\\gus [draft v2] | budget #work *urgent*”" in output
    assert "*urgent*”; open: ask about [v3] | the pipe\n" in output
    assert "Gus: ask about [v3] | the pipe; People/Gus.md:6" in output
    assert "Bo: 2026-11-30: “call about [the] plan | soon”" in output
    assert "^b1" not in output and "^t1" not in output


def test_the_report_before_any_build_says_how_to_see_the_rest(make_vault) -> None:  # type: ignore[no-untyped-def]
    """`… and 3 more in _vaultnet/Recency.md` points to a page only a build writes: before one,
    the report says how to see them."""
    root = make_vault({f"People/P{n}.md": f"#person\n- [ ] task {n}\n" for n in range(8)})
    args = ["report", str(root), "--today", "2026-11-21"]
    before = CliRunner().invoke(main, args).output
    assert "  … and 3 more: --limit 8 shows them, vaultnet build writes _vaultnet/Follow-ups.md\n" in before
    assert CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"]).exit_code == 0
    assert "  … and 3 more in _vaultnet/Follow-ups.md\n" in CliRunner().invoke(main, args).output
