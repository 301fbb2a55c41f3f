"""vaultnet's version: one line, imported by the package's modules without importing its public face."""

__version__ = "0.1.0"
