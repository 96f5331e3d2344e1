"""Data a JavaScript or TypeScript module exports (``src/data/schedule.ts``).

Sites built with Next.js, Vite or Astro keep their schedule in a module that exports
an array of object literals::

    export const schedule: Lecture[] = [
      { date: "Jan 7", topic: "Intro", readings: [{ title: "…", url: "…" }] },  // …
    ];

The literal is JSON5 (unquoted keys, single quotes, trailing commas, comments) and is
read by the ``json5`` library: nothing in the file runs, and a value that is code
(a function, a template literal, an identifier) makes the file unreadable, reported
like any other bad data file.
"""

from __future__ import annotations

from typing import Any

from readlist import lazyre

_EXPORT = lazyre.compile(
    r"(?:\bexport\s+(?:default\s+)?(?:(?:const|let|var)\s+[\w$]+\s*(?::[^=\n]{1,80})?=\s*)?"
    r"|\bmodule\.exports\s*=\s*)(?=[\[{])"
)
"""Where an exported literal opens: ``export const x: T[] = [``, ``export default {``,
``module.exports = [``."""
_QUOTES = "\"'`"
SCRIPT_SUFFIXES = (".js", ".ts", ".mjs")
"""Data modules' file types (data only inside a data folder)."""


_ASSIGNED = lazyre.compile(
    r"(?:^|[;{}\n])[ \t]*(?:(?:const|let|var)\s+[\w$]+\s*(?::[^=\n]{1,80})?"
    r"|(?:window|globalThis|self)\.[\w$]+)\s*=\s*(?=\[)"
)
"""Where a script's array is assigned: ``const schedule = [``, ``window.SCHEDULE = [``
(a page's own script, or one it includes, that then draws the table)."""


def load_js(text: str) -> Any:
    """The first literal the module exports, an array or an object; else the first
    array of records a script assigns (:data:`_ASSIGNED`); ``[]`` when there is none.
    Raises ``ValueError`` when the exported literal is not plain data."""
    found = _EXPORT.search(text)
    if found is None:
        return assigned_records(text)
    return _parsed(_literal_at(text, found.end()))


def assigned_records(text: str) -> list[Any]:
    """The first array of records (objects) a script assigns to a name, ``[]`` if none:
    an array that is no plain data (code in it) is passed over."""
    for found in _ASSIGNED.finditer(text):
        try:
            value = _parsed(_literal_at(text, found.end()))
        except ValueError:
            continue
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return value
    return []


def records_module(text: str) -> bool:
    """Whether a script holds a schedule as data: an exported literal, or an assigned
    array of records (``var LECTURES = [{…}]``), that is plain data."""
    if "[" not in text:
        return False
    try:
        value = load_js(text)
    except ValueError:
        return False
    return bool(value) and isinstance(value, (list, dict))


def _parsed(literal: str) -> Any:
    import json5  # noqa: PLC0415 - only for a site that keeps its data in a module

    try:
        return json5.loads(literal)
    except ValueError as err:
        raise ValueError(f"not plain data: {str(err).splitlines()[0][:120]}") from None


def _literal_at(text: str, start: int) -> str:
    """The bracketed literal opening at *start*, to its matching close (strings and
    comments skipped)."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char in _QUOTES:
            index = _string_end(text, index)
        elif text.startswith("//", index):
            index = text.find("\n", index)
            index = len(text) if index < 0 else index
        elif text.startswith("/*", index):
            index = text.find("*/", index + 2)
            index = len(text) if index < 0 else index + 1
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
        index += 1
    raise ValueError("not plain data: the exported literal is not closed")


def _string_end(text: str, start: int) -> int:
    """The index of the quote that closes the string opening at *start*."""
    quote = text[start]
    index = start + 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == quote:
            return index
        index += 1
    return len(text)
