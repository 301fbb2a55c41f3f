"""vaultnet: see which connections in a Markdown vault are real."""

__version__ = "0.1.0"
