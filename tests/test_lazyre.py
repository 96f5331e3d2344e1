"""readlist.lazyre: patterns compiled on first use behave as compiled ones, and
every module-level pattern in readlist compiles (a syntax error would otherwise
surface only when a site first needs the pattern)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import readlist
from readlist import lazyre


def test_behaves_as_the_compiled_pattern() -> None:
    lazy = lazyre.compile(r"(?P<word>opt\w*)", re.IGNORECASE)
    eager = re.compile(r"(?P<word>opt\w*)", re.IGNORECASE)
    assert lazy.pattern == eager.pattern
    text = "Optional: A; optionally B"
    assert lazy.search(text)[0] == "Optional"  # type: ignore[index]
    assert lazy.sub("X", text) == eager.sub("X", text)
    assert lazy.findall(text) == eager.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.fullmatch("optional") and not lazy.fullmatch("not optional")
    assert lazy.flags == eager.flags and lazy.groupindex == eager.groupindex


def test_compiles_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    lazy = lazyre.compile(r"ab+c")
    assert calls == [] and lazy.pattern == "ab+c"  # its text needs no compiling
    assert lazy.match("abbc") and lazy.match("ac") is None and lazy.split("xabcx") == ["x", "x"]
    assert calls == ["ab+c"]
    # after the first use the methods are the compiled pattern's own
    assert getattr(lazy.search, "__self__", None).__class__ is re.Pattern


def test_a_bad_pattern_fails_on_use() -> None:
    lazy = lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


def _lazy_patterns(value: Any, depth: int = 0) -> Iterator[Any]:
    if isinstance(value, lazyre._LazyPattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _lazy_patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item, depth + 1)


def test_every_module_pattern_compiles() -> None:
    seen = 0
    for info in pkgutil.walk_packages(readlist.__path__, "readlist."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            for pattern in _lazy_patterns(value):
                re.compile(pattern.pattern, pattern._flags)
                seen += 1
    assert seen > 500  # the extractor's patterns, not an empty walk
