"""Regular expressions compiled when first used, not when their module is imported.

Python keeps no compiled pattern from one process to the next, and vaultnet's modules hold a
hundred and more: compiled on import, they cost every short run (a build after one changed note,
`check`) several milliseconds for patterns most runs never use. A module says
`_DATE = lazy_pattern(r"...")` and uses `_DATE.match(text)` as it would a compiled pattern;
after its first use, each method it asked for is the compiled pattern's own, as fast. Django
does the same (`django.utils.regex_helper._lazy_re_compile`). A pattern made from a table (the
months of seven languages) is given as the function that writes it, called then too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast


class _LazyPattern:
    """Stands for `re.compile(pattern, flags)` until an attribute of it is first asked for."""

    def __init__(self, pattern: str | Callable[[], str], flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Asked only for what the instance does not hold yet: the compiled pattern (once), then
        # each of its methods and attributes, kept on the instance so that the next lookup finds it.
        if name.startswith("__") or name == "_source":  # what copy and pickle look for: not a pattern's
            raise AttributeError(name)
        if name == "_compiled":
            pattern, flags = self._source
            value = re.compile(pattern if isinstance(pattern, str) else pattern(), flags)
        else:
            value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source[0]!r}, {self._source[1]!r})"


def lazy_pattern(pattern: str | Callable[[], str], flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used (a bad pattern fails then); `pattern`
    may be a function that returns it, called then."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
