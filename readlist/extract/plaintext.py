"""A plain-text syllabus (``syllabus.txt``), as HTML for the HTML reader.

A hand-formatted text file has no markup, only layout, and this reads the layout as a
reader of the file does:

* a line that starts at the left margin is a heading (``WEEK 1 (Jan 13-17): Topic``,
  ``READINGS``), and one of dashes, equals signs or stars only is a rule (no text);
* an indented line opens an item; a line indented further than the item's first line
  (``Reading:  J&M ch. 4, ...`` over the lines under ``J&M``) goes on with it, and so
  does one at its indent after a line that broke off a sentence, or a short one ending
  in a year (a citation wrapped before its URL: ``… Information in Computer`` then
  ``Systems. Proc. IEEE …``; ``… Control-Flow Integrity.`` then ``CCS 2005.``); a
  blank line ends it;
* a URL written out is a link to itself, and a line that holds only a URL ends the
  citation before it (``J&M ch. 5, Logistic Regression`` over its URL, then ``J&M
  ch. 3, ...`` on the next line is another citation of the same item), unless the
  next line is a remark in brackets on it (``(arXiv version: https://..)``).

Every piece of the text is HTML-escaped: nothing the file holds becomes markup except
what this converter writes.
"""

from __future__ import annotations

from html import escape

from readlist import lazyre

SUFFIX = ".txt"

_RULE = lazyre.compile(r"^\s*([-=*_~#])\1{3,}\s*$")
_URL = lazyre.compile(r"(?:https?|ftp)://[^\s<>\"]+")
_URL_LINE = lazyre.compile(r"^\s*(?:https?|ftp)://\S+\s*$")
_LABEL = lazyre.compile(r"^(\s*)([A-Za-z][\w ()/&.'-]{0,30}:)(\s+)(?=\S)")
"""An item's label and the space after it: its text is aligned after them."""
_TRAILING = ".,;:)]}'\""
_BROKEN_OFF = lazyre.compile(r"[\w,&:]\s*$")
"""A line that ends inside a sentence (a word, a comma, a colon): the next goes on with it."""
_VENUE_LINE = lazyre.compile(r"^[^.]{0,40}(?:\.[^.]{1,30}){0,2}\b(?:19|20)\d{2}[a-z]?\.?$")
"""A short line that ends in a year (``CCS 2005.``, ``Inf. Theory 22(6), 1976.``): the
venue of the citation above it."""
_ITEM_START = lazyre.compile(r"^(?:[-*•+>]|\[|\(|\d{1,2}[.)]\s|[A-Z][A-Za-z ]{0,20}:)")
"""How a line opens an item of its own (a bullet, a tag, a number, a label)."""


def text_html(text: str) -> str:
    """The syllabus *text* as HTML, line for line (each heading, item or rule on the
    line it starts at; see the module's notes)."""
    out: list[str] = []
    item: list[str] = []  # the item's pieces, as HTML
    indent = -1  # where the item's text starts, past its label
    opener = -1  # where the item's first line starts

    def close() -> None:
        nonlocal indent, opener
        if item:  # on its last line's place
            out[-1] = _item_html("".join(item))
            item.clear()
        indent = opener = -1

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip(" \t"))
        if not stripped or _RULE.match(line):
            close()
            out.append("")
            continue
        if lead == 0:
            close()
            out.append(f"<h2>{_inline(stripped)}</h2>")
            continue
        # a line at the item's own indent goes on with a sentence its last line broke off
        # ("… Information in Computer" then "Systems. Proc. IEEE …", its URL below)
        wrapped = (
            item
            and lead == opener
            and "<a " not in "".join(item)
            and (_BROKEN_OFF.search(item[-1]) or _VENUE_LINE.match(stripped))
            and not _ITEM_START.match(stripped)
        )
        goes_on = item and (lead > opener or wrapped)
        if not goes_on:
            close()
            label = _LABEL.match(line)
            opener = lead
            indent = label.end() if label else lead
            item.append(_inline(stripped))
            out.append("")  # the item is written where it ends: its lines stay counted
            continue
        if stripped.startswith("(") and item[-1].endswith("<br>"):
            item[-1] = item[-1].removesuffix("<br>")  # "(arXiv version: ..)": its remark
        if _URL_LINE.match(line):  # the citation's URL: it ends the citation
            item.append(" " + _inline(stripped) + "<br>")
        else:
            item.append(" " + _inline(stripped))
        out.append("")
    close()
    return "\n".join(out)


def _item_html(html: str) -> str:
    """An item's HTML: its citations (each ended by its URL) one per line; an item of
    several under a label, ``Reading:``, is the label over a list of them, as a reader
    sees the label cover each."""
    citations = [part.strip() for part in html.split("<br>") if part.strip()]
    label = _LABEL.match(citations[0]) if len(citations) > 1 else None
    if label is None:
        return "<ul><li>" + "<br>".join(citations) + "</li></ul>"
    first = citations[0][label.end() :]
    listed = "".join(f"<li>{part}</li>" for part in [first, *citations[1:]])
    return f"<ul><li>{label.group(2)}<ul>{listed}</ul></li></ul>"


def _inline(text: str) -> str:
    """*text* escaped, each URL written out a link to itself."""
    parts: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(url)
        parts.append(escape(text[position : match.start()], quote=False))
        parts.append(f'<a href="{escape(url)}">{escape(url, quote=False)}</a>')
        position = end
    parts.append(escape(text[position:], quote=False))
    return "".join(parts)
