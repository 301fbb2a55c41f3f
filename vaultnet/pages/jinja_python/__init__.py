"""The Python of vaultnet's own templates, one module a template: see precompiled.py."""
