"""Pages of a Notion workspace exported as Markdown & CSV.

Notion names each exported page after its title and its 32-digit id (``Lecture 3
Evasion attacks 6425c7d4af8b8e76f6c31abf21e60e03.md``), writes the title as the page's
``# heading`` and the page's properties right under it, one ``Name: value`` line each
(``Date: January 16, 2024``, ``Readings: A (https://…), B (https://…)``), as its page
shows them: a row each.  A page's ``Date`` property dates it like front matter's
``date:``; each property is a line of its own (a hard break ends it), so a label such
as ``Readings:`` or ``Optional:`` opens its own line.
"""

from __future__ import annotations

from readlist import lazyre

_NOTION_ID = lazyre.compile(r"\s[0-9a-f]{32}$")
_TITLE = lazyre.compile(r"^# \S")
_PROPERTY = lazyre.compile(r"^(?P<name>[A-Z][\w ()/&-]{0,40}?):\s+(?P<value>\S.*?)\s*$")
_DATE_PROPERTIES = ("date", "day", "when", "lecture date", "class date")


def exported(stem: str) -> bool:
    """Whether a file's name ends with a Notion page id, as Notion exports name them."""
    return _NOTION_ID.search(stem) is not None


def _property_lines(lines: list[str]) -> range:
    """The lines of the properties under the page's title (an empty range without)."""
    if not lines or not _TITLE.match(lines[0]):
        return range(0)
    start = 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and _PROPERTY.match(lines[end]):
        end += 1
    return range(start, end)


def properties(text: str) -> dict[str, str]:
    """The page's properties by name, lowercased (``{"date": "January 16, 2024"}``)."""
    lines = text.split("\n", 60)[:60]
    found: dict[str, str] = {}
    for i in _property_lines(lines):
        match = _PROPERTY.match(lines[i])
        if match is not None:
            found.setdefault(match["name"].strip().lower(), match["value"])
    return found


def page_meta(text: str) -> dict[str, str] | None:
    """The page's date as front matter would give it (``{"date": "January 16, 2024"}``),
    None without a date property."""
    found = properties(text)
    date = next((found[name] for name in _DATE_PROPERTIES if name in found), None)
    return {"date": date} if date else None


def with_property_lines(text: str) -> str:
    """*text* with each property line ending in a hard break: one line each, as Notion
    shows them (the lines stay where they were)."""
    lines = text.split("\n")
    rows = _property_lines(lines)
    for i in rows[:-1]:
        lines[i] = f"{lines[i].rstrip()}  "  # two spaces: a hard break (not in a URL)
    return "\n".join(lines)
