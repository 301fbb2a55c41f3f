"""Every exception vaultnet raises, under one base: `except VaultnetError` catches any of them.

Bad input in a note is never one of these: it becomes a `Problem` and the run goes on. These are
for a mistake in how vaultnet was called or set up, for refusing to do harm, and for signals a
fast path sends to its own module. This module imports nothing, so the command line can load it
for `--help`.
"""

from __future__ import annotations


class VaultnetError(Exception):
    """Any failure of vaultnet's own; the command line shows it as one line."""


# How vaultnet was called or set up: the user can fix it.


class UserMistake(VaultnetError):
    """A mistake in how vaultnet was called: a bad date, a missing folder, clashing options."""


class ConfigError(VaultnetError):
    """The vault's vaultnet.toml cannot be used as written."""


class VaultError(VaultnetError):
    """The vault folder itself cannot be read."""


class VaultGone(VaultError):
    """The vault folder went away while vaultnet was watching it."""


class PagesTaken(VaultError):
    """Another vaultnet watch claimed the vault's pages while this one was watching them."""


class TemplateProblem(VaultnetError):
    """A template of the vault's own (in `.vaultnet/templates`) cannot be used as written."""


# Refusals to do harm: nothing was written.


class RefusedWrite(VaultnetError):
    """Writing would overwrite or escape something that is not vaultnet's own."""


class OutsideVault(RefusedWrite):
    """A path leads out of the vault (through a symlink, `..` or an absolute path): not used."""


class NoteRefused(RefusedWrite):
    """The note cannot be written as it is (read-only, not a regular file): nothing was written."""


class FileChanged(VaultnetError):
    """The file changed on disk while vaultnet was working on it: nothing was written."""


class WriteFailed(VaultnetError):
    """The system would not write all of a note (a full disk, a size limit): it was put back."""


class FileExists(VaultnetError):
    """vaultnet was asked to create a file that already exists: nothing was written."""


# Commands that change the vault, refusing as asked.


class CaptureError(VaultnetError):
    """The entry cannot be added as asked; the note was left as it was."""


class UnknownPerson(CaptureError):
    """No person note answers to the name given."""


class AmbiguousPerson(CaptureError):
    """Several person notes answer to the name given."""


class ScaffoldError(VaultnetError):
    """The file cannot be made as asked; nothing was written."""


class ContactsError(VaultnetError):
    """The contacts file (vCard or CSV) cannot be read or written as asked."""


class CalendarError(VaultnetError):
    """The calendar file cannot be read or written as asked; nothing was written."""


# Raised and caught inside the reader: a note's problem or a switch to the reference path.


class TooComplex(VaultnetError):
    """Front-matter YAML too deep or too large, once its aliases are expanded, to read safely."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.problem = message
        self.line = line
        """Where the trouble starts (0-based line of the YAML), when known."""


class NotFlat(VaultnetError):
    """The front matter needs a real YAML parser (a signal of the flat YAML fast path)."""


class Fallback(VaultnetError):
    """The note holds a construct the fast line scanner does not follow exactly: the reference reads it."""


class StateLater(VaultnetError):
    """The saved build state cannot answer this change cheaply: the build reads every note."""
