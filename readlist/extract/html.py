"""Lectures and readings from an HTML document (also what Markdown renders to).

Two structures carry a schedule:

* **tables** whose header names a date/lecture column: one lecture per row
  (a row with an empty key cell continues the previous lecture); readings are
  the links of the reading columns (or of every column but the title's);
* **anchored sequences**: a definition term, a heading or an entry marker that
  holds a date opens a lecture, and every link until the next one belongs to
  it (kramdown definition lists, Markdown headings, Liquid include entries).

Inside a lecture, a link is a reading when :func:`classify.is_reading` says so;
when the lecture marks reading regions (a ``Reading:`` label, a
``required_reading`` wrapper, a reading column) only links inside them count.
"""

from __future__ import annotations

import re
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser

from readlist.extract.dom import (
    ENTRY_TAG,
    LineOf,
    inside,
    protect_entities,
    text_of,
)
from readlist.extract.reader import legend, symbol_legend
from readlist.extract.sequence import walk
from readlist.extract.tables import ScheduleReader
from readlist.model import Lecture

__all__ = ["ENTRY_TAG", "LineOf", "read_html"]

MAX_DEPTH = 512
"""Elements nested deeper than this are read as siblings (as Blink's parser does):
the HTML5 tree builder scans the stack of open elements for every tag, so its
time grows with the square of the depth."""
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)[^<>]*?(/?)>")
_UNNESTED = frozenset(
    (
        *("a", "area", "base", "br", "col", "colgroup", "caption", "dd", "dt", "embed"),
        *("hr", "img", "input", "li", "link", "meta", "option", "optgroup", "p", "param"),
        *("rb", "rp", "rt", "rtc", "source", "tbody", "td", "tfoot", "th", "thead", "tr"),
        *("track", "wbr", "html", "head", "body", "h1", "h2", "h3", "h4", "h5", "h6", ENTRY_TAG),
    )
)
"""Void elements, those whose end tag may be left out, and headings (a heading
closes the one open before it): they never nest deep, and are always kept."""


_OPEN_OR_CLOSE = re.compile(
    r"<(/?)(?!(?:br|img|hr|meta|input|link|wbr|col|area|base|source|track|embed|param)\b)"
    r"[A-Za-z]"
)


def _may_nest_deeper(html: str) -> bool:
    """Whether the open-minus-closed tag count ever passes :data:`MAX_DEPTH` (an
    upper bound of the depth, counted at C speed; most pages stay far below)."""
    if html.count("<") <= MAX_DEPTH:
        return False
    steps = (-1 if slash else 1 for slash in _OPEN_OR_CLOSE.findall(html))
    return max(accumulate(steps), default=0) > MAX_DEPTH


def _flatten_deep(html: str) -> str:
    """Drop the start and end tags of elements nested deeper than :data:`MAX_DEPTH`
    (one linear pass; the text inside them is kept)."""
    depth = 0
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}

    def visit(match: re.Match[str]) -> str:
        nonlocal depth
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _UNNESTED or self_closing:
            return match.group(0)
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                return ""
            if open_count.get(name):
                open_count[name] -= 1
                depth -= 1
            return match.group(0)
        if depth >= MAX_DEPTH:
            dropped[name] = dropped.get(name, 0) + 1
            return ""
        open_count[name] = open_count.get(name, 0) + 1
        depth += 1
        return match.group(0)

    return _TAG.sub(visit, html)


def read_html(
    html: str,
    file: str,
    base_url: str | None,
    line_of: LineOf,
    *,
    entries: bool = False,
    protected: bool = False,
) -> list[Lecture]:
    """Every lecture of one HTML document (see the module docstring).

    *protected*: entities were already protected (the Markdown reader does it
    before rendering, whose output escapes the source's own ``&``).
    """
    if _may_nest_deeper(html):
        html = _flatten_deep(html)
    tree = LexborHTMLParser(html if protected else protect_entities(html))
    body = tree.body or tree.root
    if body is None:
        return []
    main = body.css_first("main, [role=main]")
    if main is not None and main.css_first("a") is not None:
        body = main  # the page marks its content: navigation and footer are not the course
    reader = ScheduleReader(file, base_url, line_of)
    reader.entries = entries
    page_text = text_of(body)
    reader.emphasis = legend(page_text)
    reader.symbol = symbol_legend(page_text)
    consumed: set[int] = set()
    for table in body.css("table"):
        if reader.read_table(table):
            consumed.add(table.mem_id)
    for listing in body.css("ul, ol"):
        if not inside(listing, ("li", "td", "th", "dd")) and reader.read_schedule_list(listing):
            consumed.add(listing.mem_id)
    structured = len(reader.lectures)
    walk(reader, body, consumed)
    if 0 < structured < len(reader.lectures):
        reader.lectures.sort(key=lambda lecture: lecture.line)  # keep document order
    return reader.lectures
