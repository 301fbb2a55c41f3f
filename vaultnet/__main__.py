"""`python -m vaultnet`: the same as the `vaultnet` command."""

from vaultnet.cli import run

run()
