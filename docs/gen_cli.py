"""The command reference (docs/cli.md), made from the commands' own --help so that it cannot drift.

    python docs/gen_cli.py            # rewrite docs/cli.md
    python docs/gen_cli.py --check    # exit 1 when docs/cli.md is stale

mkdocs also loads this file as a hook (mkdocs.yml, `hooks:`): the site's cli.md page is made
afresh from --help at every build, and tests/test_docs.py fails when the committed file differs,
so both the site and the file on GitHub follow the commands.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from vaultnet.cli import command_tree, main

PAGE = Path(__file__).resolve().parent / "cli.md"
WIDTH = 100
"""Help is wrapped at this width whatever the terminal, so the page is the same on every machine."""


def _context(name: str) -> click.Context:
    """The context click makes for `vaultnet NAME --help`, parents and context settings included."""
    ctx = main.make_context(
        "vaultnet", [], resilient_parsing=True, terminal_width=WIDTH, max_content_width=WIDTH
    )
    for word in name.split():
        assert isinstance(ctx.command, click.Group)
        ctx = ctx.command.commands[word].make_context(word, [], parent=ctx, resilient_parsing=True)
    return ctx


def _help(name: str) -> str:
    ctx = _context(name)
    return ctx.command.get_help(ctx)


def _anchor(name: str) -> str:
    return "vaultnet-" + name.replace(" ", "-") if name else "vaultnet"


def reference() -> str:
    """The whole page: a table of the commands, then each command's --help as it prints."""
    commands = [("", main), *command_tree()]
    lines = [
        "# Command reference",
        "",
        "Every command and subcommand, with its `--help` exactly as it prints. This page is generated",
        "from the commands themselves by `docs/gen_cli.py`: do not edit it by hand; run",
        "`python docs/gen_cli.py` after changing a command (a test fails while it is stale).",
        "",
        "| command | what it does |",
        "| --- | --- |",
    ]
    for name, command in commands:
        title = f"vaultnet {name}".strip()
        summary = command.get_short_help_str(limit=200).replace("|", "\\|")
        lines.append(f"| [`{title}`](#{_anchor(name)}) | {summary} |")
    for name, _ in commands:
        lines += ["", f"## {f'vaultnet {name}'.strip()}", "", "```text", _help(name).rstrip(), "```"]
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """mkdocs hook: the site's command reference is always the commands' own help."""
    return reference() if page.file.src_uri == "cli.md" else markdown


if __name__ == "__main__":
    text = reference()
    if sys.argv[1:] == ["--check"]:
        stale = not PAGE.exists() or PAGE.read_text(encoding="utf-8") != text
        print(f"{PAGE.name} is stale: run python docs/gen_cli.py" if stale else f"{PAGE.name} is current")
        sys.exit(1 if stale else 0)
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
