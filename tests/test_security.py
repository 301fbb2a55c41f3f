"""The claims of docs/security.md, each proved: what vaultnet reads, writes and executes.

The strongest proofs run a whole `vaultnet build` in a child process under a Python audit hook
(PEP 578), which sees every file opened, every rename and removal, every socket and every
process started, whatever code asked for it.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import write_vault
from tests.hostile_vault import SECRET, deep_tempdir, make_hostile_vault
from tests.limits import ROOT, run_limited
from vaultnet.cli import main
from vaultnet.config import Config
from vaultnet.read.note import parse_note

PACKAGE = ROOT / "vaultnet"

AUDITED_BUILD = r"""
import json, os, sys
events = []
WATCHED = ("open", "os.rename", "os.replace", "os.remove", "os.unlink", "os.rmdir", "os.mkdir",
           "os.symlink", "os.link", "os.chmod", "os.truncate", "shutil.rmtree", "shutil.move")
DENIED = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
          "ctypes.", "urllib.Request", "http.client", "ftplib.", "smtplib.", "webbrowser.", "pty.")
def text(value):
    if isinstance(value, bytes):
        value = os.fsdecode(value)
    return value if isinstance(value, str) else None
def hook(event, args):
    if event in WATCHED:
        mode = args[1] if event == "open" and len(args) > 1 else None
        flags = args[2] if event == "open" and len(args) > 2 else 0
        writes = event != "open" or (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC))
        two = event in ("os.rename", "os.replace", "os.symlink", "os.link")
        paths = [text(a) for a in args[:2]] if two else [text(args[0])]
        for path in paths:
            if path:
                events.append(["write" if writes else "read", os.path.abspath(path)])
    elif event.startswith(DENIED):
        events.append(["denied", event])
sys.addaudithook(hook)
from vaultnet.cli import main
try:
    main(sys.argv[2:], standalone_mode=False)
finally:
    modules = sorted({os.path.abspath(m.__file__) for m in list(sys.modules.values())
                      if getattr(m, "__file__", None)})
    with open(sys.argv[1], "w") as handle:  # after the build: recorded too, filtered out below
        json.dump({"events": events, "modules": modules}, handle)
"""


@pytest.fixture(scope="module")
def audited() -> Iterator[dict[str, object]]:
    """A build of the hostile vault (small notes only), with every file, socket and process seen."""
    with deep_tempdir() as base:
        yield _audit(base)


def _audit(base: Path) -> dict[str, object]:
    root, outside = base / "vault", base / "outside"
    make_hostile_vault(root, outside, big=False)
    write_vault(root / ".vaultnet/templates", {"Overview.md.j2": "{% include 'Recency.md.j2' %}\n"})
    log = base / "audit.json"
    done = run_limited(
        ["-c", AUDITED_BUILD, str(log), "build", str(root), "--today", "2026-11-21"],
        timeout=300,
        memory_mb=1500,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    data = json.loads(log.read_text())
    data["root"], data["outside"], data["log"] = str(root), str(outside), str(log)
    return data  # type: ignore[no-any-return]


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def test_a_build_writes_only_inside_its_output_folder_and_its_cache(audited: dict) -> None:
    output = str(Path(audited["root"]) / "_vaultnet")
    cache = str(Path(audited["root"]) / ".vaultnet" / "cache")
    writes = [path for kind, path in audited["events"] if kind == "write" and path != audited["log"]]
    assert writes, "the audit hook saw no write at all: it is not working"
    assert any(_inside(path, output) for path in writes)
    assert [path for path in writes if not (_inside(path, output) or _inside(path, cache))] == []


def test_a_build_reads_only_the_vault_and_vaultnets_own_files(audited: dict) -> None:
    allowed = [audited["root"], str(ROOT), sys.prefix, sys.base_prefix, "/dev/urandom", "/etc/localtime"]
    reads = [path for kind, path in audited["events"] if kind == "read"]
    assert any(_inside(path, audited["root"]) for path in reads)
    assert [path for path in reads if not any(_inside(path, a) for a in allowed)] == []
    assert [path for path in reads if _inside(path, audited["outside"])] == []


def test_a_build_opens_no_socket_and_starts_no_process(audited: dict) -> None:
    assert [event for kind, event in audited["events"] if kind == "denied"] == []


def test_no_code_is_imported_from_the_vault(audited: dict) -> None:
    assert [m for m in audited["modules"] if _inside(m, audited["root"])] == []


FORBIDDEN_IMPORTS = {
    "socket", "ssl", "http", "urllib.request", "requests", "httpx", "aiohttp", "ftplib", "smtplib",
    "subprocess", "pickle", "shelve", "ctypes", "importlib", "runpy", "webbrowser",
}  # fmt: skip
# marshal is allowed: the parse cache (cache.py) stores plain tuples with it, which it decodes into
# values only, never into code that runs; a cache that does not decode to the expected shape is ignored.
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint"}
FORBIDDEN_METHODS = {"system", "popen", "spawnv", "spawnvp", "execv", "execvp", "startfile", "load_module"}
ALLOWED_METHODS = {"cli.py": {"execv"}}
"""One call: vaultnet starting itself again, the same interpreter with the same arguments, in
Python's UTF-8 mode, under a locale of another encoding (`cli._in_utf8`)."""
ALLOWED_IMPORTS = {"pages/precompiled.py": {"importlib.machinery", "importlib.machinery.SourceFileLoader"}}
"""One loader: the Python of vaultnet's own templates, made by Jinja from them at release and
installed with vaultnet (pages/jinja_python/), read as Python reads a module's code, from the
bytecode it caches beside it: what Jinja itself would compile in each process. Never anything read
from the vault."""


@pytest.mark.parametrize("module", sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")))
def test_the_source_has_no_network_process_or_dynamic_code(module: str) -> None:
    """Static half of the proof: not one import or call that could reach the network or run code."""
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
    bad = {name for name in imported if name in FORBIDDEN_IMPORTS or name.split(".")[0] in FORBIDDEN_IMPORTS}
    assert bad == ALLOWED_IMPORTS.get(module, set())
    calls = [node.func for node in ast.walk(tree) if isinstance(node, ast.Call)]
    called = {f.id for f in calls if isinstance(f, ast.Name)}
    assert called & FORBIDDEN_BUILTINS == set()
    methods = {f.attr for f in calls if isinstance(f, ast.Attribute)}
    assert methods & FORBIDDEN_METHODS == ALLOWED_METHODS.get(module, set())
    # YAML goes through safeyaml (the safe loader, bounded) and nowhere else.
    assert not re.search(r"(?<!safe)yaml\.(load|unsafe_load|full_load)\(", (PACKAGE / module).read_text())


def test_only_parallel_fast_forks() -> None:
    """From 1,000 notes a cold read is shared with forked copies of vaultnet (parallel_fast.py):
    the one place a process is started, and it runs vaultnet's own code, never another program."""
    forking = sorted(
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if re.search(r"\bfork\(", p.read_text())
    )
    assert forking == ["vault/parallel_fast.py"]


# --- YAML: values only ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch {sentinel}']",
        "!!python/object/new:os.system ['touch {sentinel}']",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_yaml_object_tags_are_a_problem_and_run_nothing(tmp_path: Path, tag: str) -> None:
    sentinel = tmp_path / "PWNED"
    data = f"---\nname: {tag.format(sentinel=sentinel)}\n---\n- 2026-11-02 -> coffee\n".encode()
    note = parse_note("People/Mallory.md", data, Config())
    [problem] = note.problems
    assert problem.file == "People/Mallory.md" and "could not determine a constructor" in problem.message
    assert note.kind == "person" and note.name == "Mallory"
    assert not sentinel.exists()


# --- user templates: Jinja2's sandbox ---------------------------------------------------------

ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ summary.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ config.__dict__ }}",
    "{% for x in range(10**9) %}{% endfor %}",
    "{% include '../../../../../etc/passwd' %}",
    "{{ people[0].person.note.__reduce_ex__(2) }}",
]


@pytest.mark.parametrize("template", ESCAPES)
def test_a_user_template_reaching_out_of_the_sandbox_fails_safely(make_vault, template: str) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Jane Doe.md": "- 2026-11-02 -> coffee\n",
            ".vaultnet/templates/Overview.md.j2": template + "\n",
        }
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: .vaultnet/templates/Overview.md.j2")
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not (root / "_vaultnet").exists()  # nothing written, not even the other pages
    assert not (root / "PWNED").exists() and not Path("PWNED").exists()


def test_a_user_template_behind_a_symlink_out_of_the_vault_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.md.j2"
    outside.write_text(SECRET)
    root = write_vault(tmp_path / "vault", {"People/Jane Doe.md": "- 2026-11-02 -> coffee\n"})
    (root / ".vaultnet/templates").mkdir(parents=True)
    (root / ".vaultnet/templates/Overview.md.j2").symlink_to(outside)
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 2 and "leads outside the vault" in result.output
    assert SECRET not in result.output
    assert not (root / "_vaultnet").exists()


def test_a_user_template_that_is_fine_is_used(make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault(
        {
            "People/Jane Doe.md": "- 2026-11-02 -> coffee\n",
            ".vaultnet/templates/Overview.md.j2": "# Mine\n{{ summary.people }} people\n",
        }
    )
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 0, result.output
    assert (root / "_vaultnet/Overview.md").read_text(encoding="utf-8").endswith("# Mine\n1 people\n")


def test_a_broken_builtin_template_is_a_bug_not_a_user_mistake(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without user templates an error is vaultnet's own, and is not dressed up as the user's."""
    from jinja2 import TemplateSyntaxError

    from vaultnet.pages import render

    write_vault(tmp_path / "own", {"Overview.md.j2": "{% if %}\n"})
    monkeypatch.setattr(render, "template_folder", lambda: tmp_path / "own")
    root = write_vault(tmp_path / "vault", {"People/Jane Doe.md": "- 2026-11-02 -> coffee\n"})
    with pytest.raises(TemplateSyntaxError):
        render.Renderer(root).render("Overview.md.j2")


def test_a_config_symlinked_out_of_the_vault_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "id_rsa"
    secret.write_text(f'output = "{SECRET}"\n')
    root = write_vault(tmp_path / "vault", {"People/Jane Doe.md": "- 2026-11-02 -> coffee\n"})
    (root / "vaultnet.toml").symlink_to(secret)
    result = CliRunner().invoke(main, ["build", str(root), "--today", "2026-11-21"])
    assert result.exit_code == 2 and "leads outside the vault" in result.output
    assert SECRET not in result.output and not (root / SECRET).exists()


def test_a_notes_control_characters_never_reach_the_terminal(make_vault) -> None:  # type: ignore[no-untyped-def]
    """A name or a fact holding terminal escapes (an imported or shared note: `ESC ] 52` writes the
    clipboard, `ESC [ 0m` resets, `ESC ( 0` garbles the screen): `report` and `show` print the
    text without its control characters."""
    evil = "Mallory\x1b]52;c;aGVsbG8=\x07"
    root = make_vault(
        {
            "People/Mallory.md": f'---\ntags: [person]\nname: "{evil}"\ncadence: 1w\n---\n'
            "## About\n- likes \x1b[31mred\x1b[0m\x9b2J\n## Log\n- 2026-10-01 -> tea \x1b]8;;http://x\x07link\n",
        }
    )
    for args in (["report", str(root)], ["show", "mallory", "-v", str(root)]):
        output = CliRunner().invoke(main, [*args, "--today", "2026-11-21"]).output
        assert "Mallory" in output
        assert not any(c in output for c in "\x1b\x07\x9b"), (args, output)
