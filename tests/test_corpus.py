"""Every input that ever broke the reader, replayed: each must now read without an exception.

`tests/corpus/` holds the inputs (found by tests/test_fuzz.py or by the adversarial vault) and
`expected.json` says, for each, the problem it must now give (or null) and what was wrong.
They run in a child process: some of them used to crash the interpreter or take minutes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.limits import run_limited

CORPUS = Path(__file__).resolve().parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
INPUTS = sorted(p.name for p in CORPUS.iterdir() if not p.name.endswith(".json"))

REPLAY = """
import json, sys
from pathlib import Path
from vaultnet.config import Config
from vaultnet.read.note import parse_note
from vaultnet.convert import date_prefix

out = {}
for path in map(Path, sys.argv[1:]):
    file = path.name if date_prefix(path.name) else "People/" + path.name
    try:
        note = parse_note(file, path.read_bytes(), Config())
    except BaseException as exc:
        out[path.name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        continue
    out[path.name] = {
        "file": file,
        "kind": note.kind,
        "problems": [[p.file, p.line, p.message] for p in note.problems],
    }
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def replayed() -> dict[str, dict[str, object]]:
    paths = [str(CORPUS / name) for name in INPUTS]
    done = run_limited(["-c", REPLAY, *paths], timeout=120, memory_mb=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_every_input_has_an_expectation() -> None:
    assert sorted(EXPECTED) == INPUTS


@pytest.mark.parametrize("name", INPUTS)
def test_corpus_input_reads_with_the_expected_problem(name: str, replayed: dict[str, dict]) -> None:
    result = replayed[name]
    assert "error" not in result, result.get("error")
    problems = result["problems"]
    assert all(file == result["file"] for file, _, _ in problems), problems
    wanted = EXPECTED[name]["problem"]
    if wanted is None:
        assert problems == []
    else:
        assert any(wanted in message for _, _, message in problems), problems
        assert all(line >= 1 for _, line, _ in problems)


NAMES = json.loads((CORPUS / "names.json").read_text(encoding="utf-8"))["names"]


@pytest.mark.parametrize("name", sorted(NAMES))
def test_corpus_name_gives_valid_pages(tmp_path: Path, name: str) -> None:
    import datetime as dt

    from tests.conftest import write_vault
    from tests.pagecheck import check_output
    from vaultnet.build import build

    escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    front = f'---\nname: "{escaped}"\ncadence: 1w\n---\n- 2026-11-01 <-> coffee\n'
    root = write_vault(
        tmp_path, {f"People/{name}.md": front, "People/Ada.md": f"- 2026-11-02 -> [[{name}]]\n"}
    )
    build(root, dt.date(2026, 11, 21))
    assert check_output(root) == []
