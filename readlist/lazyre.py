"""Regular expressions compiled on first use.

readlist's module-level patterns number about seven hundred, many of them large
alternations built from the vocabulary (:mod:`readlist.extract.vocabulary`).  A run
uses about a third of them (a site in one format never touches another format's
reader), yet compiling all of them at import was a sixth of a 1,000-lecture export.
:func:`compile` returns a pattern that compiles itself the first time it is used.

After that first use, the pattern's methods (``search``, ``sub``, ...) are the
compiled pattern's own bound methods, stored on the instance: a call costs what a
call on ``re.Pattern`` costs.  ``pattern`` is there without compiling, so patterns
can still be built from other patterns' text at import.
"""

from __future__ import annotations

import re
from typing import Any, cast

_BOUND = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner")


class _LazyPattern:
    """A ``re.Pattern`` that compiles on the first attribute it is asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes not yet on the instance: the first use.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _BOUND:
            setattr(self, method, getattr(compiled, method))
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (mirrors re.compile)
    """``re.compile(pattern, flags)``, done when the pattern is first used.

    The pattern is checked at once only by the test suite (which uses them all), so
    a pattern's syntax error shows on its first use, not at import.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
