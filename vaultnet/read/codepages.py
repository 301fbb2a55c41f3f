"""Which legacy code page a note that is not UTF-8 was saved in.

A note saved by an old Windows machine in Europe is in its code page: Windows-1252 in the West,
Windows-1250 in Central Europe (Polish, Czech, Slovak, Hungarian, Croatian, Slovene); Polish
text from older Linux and Mac tools is ISO-8859-2. The bytes carry no mark of which, and each
code page reads the others' bytes as text of its own: Polish `Bożena zadzwoniła` in Windows-1252
is `Bo¿ena zadzwoni³a`, French `crème à` in Windows-1250 is `crčme ŕ`. The code page chosen is
the one whose reading looks most like text (`_misfits`); a tie goes to Windows-1252, what every
such note was read as before, so a Western note reads as it always did.

Windows-1251 (Cyrillic), 1253 (Greek) and 1257 (Baltic) are left out: each reads the others'
letters as letters of a Latin-1 language (`Привет` in Windows-1252 is `Ïðèâåò`), with no symbol
out of place, so this rule cannot tell them apart.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from vaultnet.patterns import lazy_pattern

LEGACY = {"cp1252": "Windows-1252", "cp1250": "Windows-1250", "iso-8859-2": "ISO-8859-2"}
"""The code pages a note that is not UTF-8 may be in, as Python and as people name them, in the
order a tie goes."""


def legacy_encoding(data: bytes) -> str:
    """The code page of `LEGACY` whose reading of the bytes looks most like text (`_misfits`), the
    first of them on a tie: Windows-1252 unless another reads better. Only the words holding a
    byte past ASCII are read, up to `_ENOUGH` bytes of them: what borders a word is white space in
    any code page, so they read as they do in the whole note, and a long note costs no more."""
    spots = b" ".join(word for word in data.split() if not word.isascii())
    if len(spots) > _ENOUGH:
        spots = spots[:_ENOUGH].rpartition(b" ")[0] or spots[:_ENOUGH]
    if not spots:
        return "cp1252"
    return min(LEGACY, key=lambda encoding: _misfits(spots.decode(encoding, "replace")))


def legacy_name(encoding: str) -> str:
    """A code page of `LEGACY` as people name it (`cp1250`: Windows-1250)."""
    return LEGACY.get(encoding, encoding)


_ENOUGH = 1 << 14
"""Bytes of a note's words past ASCII that `legacy_encoding` reads: thousands of words, far more
than it takes to tell the code pages apart."""


def _misfits(text: str) -> tuple[int, int]:
    """How unlike text a reading is: the characters the code page has none for (a byte it leaves
    undefined, or a control character no editor writes), then how many characters and words
    are out of place (`_out_of_place`, `_mixed_letters`). One impossible character outweighs any
    number out of place: a code page that holds every byte is likelier."""
    impossible = odd = 0
    for found in _NOT_ASCII.finditer(text):
        character = found[0]
        if character == "\ufffd" or character < "\xa0":
            impossible += 1
        elif not character.isalpha():
            odd += _out_of_place(text, found.start())
    odd += sum(_mixed_letters(word[0]) for word in _WORD_NOT_ASCII.finditer(text))
    return impossible, odd


_NOT_ASCII = lazy_pattern(r"[^\x00-\x7f]")
_WORD_NOT_ASCII = lazy_pattern(r"(?<![^\W\d_])[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
"""A word (a run of letters) holding a letter past ASCII. (Anchored at the word's start: tried
at every letter, it would backtrack over each word's whole length.)"""


def _out_of_place(text: str, at: int) -> int:
    """1 for a symbol, mark or number inside a word (`Bo¿ena`, `zadzwoni³a`), or one that is never
    written after a word touching it (`£ód¼`: a fraction, a spacing accent `ˇ`; a currency sign or
    a fraction before a unit is an amount, `£m`, `¼lb`: `_UNIT`); else 0. Punctuation may touch a word
    (`¿Qué`, `«bien»`), so may a superscript (`m²`) and `©`, `®`, `°`, `™` (`20°C`); space and
    invisible marks are never out of place."""
    character = text[at]
    kind = unicodedata.category(character)[0]
    if kind not in "SPN":
        return 0
    before = at > 0 and text[at - 1].isalpha()
    after = at + 1 < len(text) and text[at + 1].isalpha()
    if before and after:
        return 1
    if after and not before and kind in "SN" and _UNIT.match(text, at + 1):  # an amount: `£m`, `¼lb`
        return 0
    touching = before or after
    return int(touching and kind != "P" and character not in _MAY_TOUCH and not _superscript(character))


_MAY_TOUCH = frozenset("©®°™")
_UNIT = lazy_pattern(r"[^\W\d_]{1,3}(?![^\W\d_])")
"""A word of up to three letters after a sign or a number: the unit of an amount (`£m`, `£bn`,
`¼lb`, `£TBC`), not the rest of a word (`£ukasiewicz`: `Łukasiewicz` in another code page)."""


def _superscript(character: str) -> bool:
    return unicodedata.decomposition(character).startswith("<super>")


def _mixed_letters(word: str) -> int:
    """1 for a word whose letters past ASCII no one language writes together (`pøíliš`: Czech
    `příliš` read as Windows-1252), else 0. A word of one language reads so in any code page
    that holds its letters (`Niccolò` and `Øystein`, each its own); one mixing two languages
    is what a wrong code page makes."""
    letters = {letter for letter in word.lower() if not letter.isascii() and letter.isalpha()}
    return int(not any(letters <= alphabet for alphabet in _alphabets()))


@cache
def _alphabets() -> tuple[frozenset[str], ...]:
    """`ALPHABETS` as sets, each with the letters any language writes (`1ª`, `nº`, `µg`)."""
    return tuple(frozenset(letters + "ªºµ") for letters in ALPHABETS.values())


ALPHABETS = {
    "French": "àâæçéèêëîïôœùûüÿ",
    "Spanish": "áéíñóúü",
    "Portuguese": "àáâãçéêíóôõú",
    "Italian": "àèéìíîòóùú",
    "Catalan": "àçèéíïòóúü",
    "German": "äöüß",
    "Dutch": "áàäéèëêíïóöúü",
    "Swedish": "åäöé",
    "Danish and Norwegian": "æøåéóòô",
    "Finnish": "åäöšž",
    "Estonian": "äöõüšž",
    "Icelandic": "áðéíóúýþæö",
    "Faroese": "áðíóúýæø",
    "Albanian": "çë",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Hungarian": "áéíóöőúüű",
    "Croatian, Bosnian and Serbian": "čćđšž",
    "Slovene": "čšžćđ",
    "Romanian": "ăâîşţ",
}
"""The letters past ASCII each language of these code pages writes, in lower case."""
