"""Emacs Org-mode pages (``.org``, the sources of an ox-publish site) as HTML, for the
HTML reader.

A small converter for what course pages use, not a full ox-html; where the reader
looks (headlines, their tags, timestamps) it writes what ox-html writes:

* ``#+TITLE:`` is the page's ``<h1 class="title">``; other ``#+KEYWORD:`` lines
  (``#+OPTIONS:``, ``#+SETUPFILE:``, ``#+INCLUDE:``, ``#+CAPTION:``, ``#+BEGIN:``...)
  leave no text; ``#+TODO:`` (``SEQ_TODO``, ``TYP_TODO``) names state keywords beside
  ``TODO`` and ``DONE``, ``#+EXCLUDE_TAGS:`` the tags of the subtrees left out
  (``noexport`` without it), ``#+LINK:`` link abbreviations, ``#+MACRO:`` macros
  (``{{{name(a,b)}}}``; other macros leave nothing), ``#+OPTIONS: tags:nil`` hides
  tags, ``num:nil`` numbers no headline and ``-:nil`` keeps ``--`` as written; the
  page's ``#+SETUPFILE:`` and its ox-publish project set these first
  (:func:`page_setup`);
* headlines ``*`` .. ``*****`` are ``<h2>`` .. ``<h6>`` under the title, as ox-html
  writes them (deeper ones ``<h6>``), with its section numbers (``1.2.``; not with
  ``#+OPTIONS: num:nil``) and without their state keyword (``TODO``) or priority
  cookie (``[#A]``); their tags (``:optional:guest:``) are written as ox-html writes
  them, and read as :func:`readlist.extract.page.org_html` reads an Org export (a
  requirement tag is a trailing ``(optional)``, other tags no words of the headline);
  a ``COMMENT`` headline's subtree and a subtree tagged ``noexport`` are left out, an
  ``ARCHIVE``-tagged one keeps its headline only; planning lines (``SCHEDULED:``),
  property and ``LOGBOOK`` drawers leave no text (other drawers are shown);
* paragraphs; ``-``/``+``/``*``/``1.``/``1)`` lists nested by indentation (a list ends
  at a line indented no deeper than its bullets, or at two blank lines), checkboxes as
  ox-html shows them, ``- term :: text`` description lists; ``|`` tables, their rows
  above the first ``|---+---|`` rule the header (``<l>``/``<10>`` cookie rows left
  out); ``-----`` rules;
* blocks: ``#+BEGIN_SRC``, ``EXAMPLE``, ``EXPORT`` and ``:`` lines are code,
  ``#+BEGIN_QUOTE`` a quote, ``VERSE`` lines, ``CENTER`` and special blocks
  (``#+BEGIN_NOTE``, ``#+BEGIN_optional``) a ``<div>`` of that class, as ox-html
  writes them; ``#+BEGIN_COMMENT`` blocks and ``#`` comment lines leave nothing; a
  block never closed is no block (its first line is text, as Org reads it);
* inline: ``[[url][text]]``, ``[[url]]``, ``<url>`` and bare URLs; ``file:x.pdf``
  links (the href is the path as written, relative: ``file:x.org`` is ``x.html``, as
  ox-publish links pages), ``doi:`` links (``https://doi.org/…``), ``#+LINK:``
  abbreviations; internal links (``[[*Heading][text]]``, ``id:``) are their text; an
  image link without text is the image; ``*b*``, ``/i/``, ``_u_``, ``=v=``, ``~c~``,
  ``+s+`` (``<del>``) by Org's rules for the characters around them; timestamps
  (``<2025-01-14 Tue>``, ``[2025-01-14 Tue]``) as text in ox-html's timestamp span;
  ``--``, ``---`` and ``...`` as the dashes and ellipsis ox-html writes; ``\\\\`` line
  breaks; footnotes (``[fn:1]``, ``[fn::text]``) are numbered and listed at the page's
  end.

Every piece of the page's text is HTML-escaped: nothing it holds becomes markup except
what this converter writes (an ``#+BEGIN_EXPORT html`` block or ``#+HTML:`` line is
shown as text).

:func:`publish_config` reads an ox-publish project list (``org-publish-project-alist``
in ``publish.el`` or ``.dir-locals.el``, read as text, never run): which ``.org``
files the site publishes (``:base-directory``, ``:base-extension``, ``:recursive``,
``:exclude``, ``:include``) and where it writes them (``:publishing-directory``).
:func:`without_pieces` leaves out the files pages pull in (``#+SETUPFILE:``,
``#+INCLUDE:``).
"""

from __future__ import annotations

import os
import posixpath
import re
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from readlist import lazyre
from readlist.extract import classify, page

MAX_DEPTH = 16
"""Lists, quotes and drawers nested deeper than this are read as plain text."""
SUFFIX = ".org"
DEFAULT_STATES = ("TODO", "DONE")
"""Org's state keywords when a page names none (``#+TODO:``)."""
DEFAULT_EXCLUDE_TAGS = ("noexport",)
"""The tag of the subtrees ox-html leaves out when a page names none (``#+EXCLUDE_TAGS:``)."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
"""A link to one of these without a description is an inline image in ox-html."""
GENERATOR = '<meta name="generator" content="Org Mode">'
"""The mark ox-html writes in a page's head: the reader reads such a page's headlines
(state keywords, tags) as Org writes them (:func:`readlist.extract.page.org_html`)."""

_HEADLINE = lazyre.compile(r"^(\*+)[ \t](.*)$")
_UNLINKED = lazyre.compile(r"<a\b[^>]*>|</a>")
"""A link's tags, taken off to leave its words."""
_TAGS = lazyre.compile(r"(?:^|[ \t]+)(:(?:[\w@#%]+:)+)[ \t]*$")
_PRIORITY = lazyre.compile(r"^\[#[A-Za-z0-9]\](?:[ \t]+|$)")
_COMMENT_HEADLINE = lazyre.compile(r"^COMMENT(?:[ \t]+|$)")
_PLANNING = lazyre.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")
_KEYWORD = lazyre.compile(r"^[ \t]*#\+([A-Za-z][\w-]*)(?:\[[^\]\n]*\])?:(?:[ \t]+(.*?))?[ \t]*$")
_BLOCK_BEGIN = lazyre.compile(r"^[ \t]*#\+begin_(\S+)(?:[ \t]+(.*))?$", re.IGNORECASE)
_BLOCK_END = lazyre.compile(r"^[ \t]*#\+end_(\S+)[ \t]*$", re.IGNORECASE)
_COMMENT_LINE = lazyre.compile(r"^[ \t]*#(?:[ \t]|$)")
_DRAWER = lazyre.compile(r"^[ \t]*:([\w-]+):[ \t]*$")
_DRAWER_END = lazyre.compile(r"^[ \t]*:end:[ \t]*$", re.IGNORECASE)
_FIXED_WIDTH = lazyre.compile(r"^[ \t]*:(?:[ \t](.*)|[ \t]*)$")
_TABLE_LINE = lazyre.compile(r"^[ \t]*\|")
_TABLE_RULE = lazyre.compile(r"^[ \t]*\|-")
_RULE = lazyre.compile(r"^[ \t]*-{5,}[ \t]*$")
_ITEM = lazyre.compile(r"^([ \t]*)([-+*]|\d{1,9}[.)])(?:[ \t]+(.*?))?[ \t]*$")
_COUNTER = lazyre.compile(r"^\[@(?:\d+|[A-Za-z])\][ \t]*")
_CHECKBOX = lazyre.compile(r"^\[([ Xx-])\](?:[ \t]+|$)")
_DESCRIPTION = lazyre.compile(r"^(.*?)[ \t]+::(?:[ \t]+(.*)|[ \t]*)$")
_FOOTNOTE_DEFINITION = lazyre.compile(r"^\[fn:([\w-]+)\][ \t]*(.*)$")
_COOKIE_CELL = lazyre.compile(r"^<[lrc]?\d*>$")
_MACRO = lazyre.compile(r"\{\{\{([\w-]+)(?:\(((?:[^()\n]|\([^()\n]*\)){0,1000})\))?\}\}\}")
_MACRO_ARGUMENT = lazyre.compile(r"\$(\d)")

_PRE = r"(?<![^\s\-({'\"\x00])"
"""Org's characters before an emphasis marker (or the text's start)."""
_POST = r"(?=[\s\-.,;:!?'\")}\[\\\x00]|$)"
"""Org's characters after an emphasis marker (or the text's end)."""
_BODY = r"(\S|\S(?:[^\n]|\n(?!\n)){0,500}?\S)"
"""An emphasis's contents: not starting or ending with a space, at most one line break."""
_EMPHASIS = [
    (lazyre.compile(_PRE + r"\*" + _BODY + r"\*" + _POST), "strong"),
    (lazyre.compile(_PRE + "/" + _BODY + "/" + _POST), "em"),
    (lazyre.compile(_PRE + "_" + _BODY + "_" + _POST), "u"),
    (lazyre.compile(_PRE + r"\+" + _BODY + r"\+" + _POST), "del"),
]
_DATE = r"\d{4}-\d{2}-\d{2}"
_URL_END = r"[^\s\[\]<>,.?!:;)\"'\x00]"
_URL_CHARS = r"[^\s\[\]<>\"\x00]"
_OBJECTS = lazyre.compile(
    # Org's objects, found left to right: the first one to start wins
    _PRE
    + r"(?P<vm>[=~])(?P<vt>\S|\S[^\n]{0,500}?\S)(?P=vm)"
    + _POST
    + rf"|(?P<ts><{_DATE}(?:[ \t][^<>\n]{{0,60}})?>(?:--?<{_DATE}(?:[ \t][^<>\n]{{0,60}})?>)?"
    + rf"|\[{_DATE}(?:[ \t][^\[\]\n]{{0,60}})?\](?:--?\[{_DATE}(?:[ \t][^\[\]\n]{{0,60}})?\])?)"
    + r"|\[\[(?P<lt>(?:[^\[\]\\\n]|\\.){1,2000})\](?:\[(?P<ld>(?:[^\n]|\n(?!\n)){1,1000}?)\])?\]"
    + r"|<(?P<al>(?:https?|ftp|mailto|doi|file):[^<>\n]{1,2000})>"
    + rf"|(?<![\w/])(?P<pl>(?:(?:https?|ftp)://|mailto:|doi:|file:){_URL_CHARS}{{0,2000}}{_URL_END})"
    + r"|\[fn:(?P<fl>[\w-]*)(?::(?P<fd>[^\]\n]{1,1000}))?\]"
    + r"|@@(?P<sb>[\w-]+):(?P<st>[^\n]{0,1000}?)@@"
    + r"|(?P<br>\\\\)(?=[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
_PLACEHOLDER = lazyre.compile("\x00(\\d+)\x00")
_SPECIAL_STRINGS = [
    (lazyre.compile(r"\\-"), "\u00ad"),
    (lazyre.compile(r"---(?=[^-])"), "\u2014"),
    (lazyre.compile(r"--(?=[^-])"), "\u2013"),
    (lazyre.compile(r"\.\.\."), "\u2026"),
]
"""ox-html's special strings (``org-html-special-string-regexps``)."""
_WEB_SCHEMES = ("http://", "https://", "ftp://", "mailto:", "news:")


def org_html(text: str, setup: str = "") -> str:
    """An Org page as HTML (never raises on malformed input: a block never closed is
    text, a list or table simply ends where its lines do). *setup*: Org text whose
    ``#+KEYWORD:`` lines set the export's options before the page's own do (its
    ``#+SETUPFILE:``'s, its ox-publish project's: :func:`page_setup`)."""
    text, setup = text.replace("\x00", ""), setup.replace("\x00", "")  # placeholders' mark
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    converter = _Converter(_settings(setup.split("\n") + lines if setup else lines))
    body = converter.blocks(lines, 0, top=True)
    parts = [GENERATOR]
    if converter.settings.title:
        title = converter.inline(" ".join(converter.settings.title))
        parts.append(f'<h1 class="title">{title}</h1>')
    parts.append(body)
    parts.append(converter.footnotes())
    return page.org_html("\n".join(part for part in parts if part))


@dataclass
class _Settings:
    """What the page's in-buffer settings (``#+KEYWORD:`` lines) say."""

    title: list[str] = field(default_factory=list)
    states: set[str] = field(default_factory=lambda: set(DEFAULT_STATES))
    exclude_tags: set[str] = field(default_factory=set)
    links: dict[str, str] = field(default_factory=dict)
    macros: dict[str, str] = field(default_factory=dict)
    tags: bool = True
    special_strings: bool = True
    numbered: int = 1_000
    """Headlines down to this level are numbered (``num:t``, ox-html's default;
    ``num:nil`` is 0, ``num:2`` numbers two levels)."""


def _settings(lines: list[str]) -> _Settings:
    settings = _Settings()
    for line in lines:
        if "#+" not in line:
            continue
        found = _KEYWORD.match(line)
        if found is None:
            continue
        name, value = found.group(1).upper(), found.group(2) or ""
        if name == "TITLE" and value:
            settings.title.append(value)
        elif name in ("TODO", "SEQ_TODO", "TYP_TODO"):
            settings.states |= {
                word.split("(", 1)[0] for word in value.split() if word != "|" and word[0] != "("
            }
        elif name == "EXCLUDE_TAGS":
            settings.exclude_tags |= set(value.split())
        elif name == "LINK" and len(value.split(None, 1)) == 2:
            key, url = value.split(None, 1)
            settings.links[key] = url.strip()
        elif name == "MACRO" and value:
            key, _, expansion = value.partition(" ")
            settings.macros[key.lower()] = expansion.strip()
        elif name == "OPTIONS":
            for option in value.split():
                key, _, setting = option.partition(":")
                if key == "tags":
                    settings.tags = setting != "nil"
                elif key == "-":
                    settings.special_strings = setting != "nil"
                elif key == "num":
                    settings.numbered = (
                        int(setting) if setting.isdigit() else 0 if setting == "nil" else 1_000
                    )
    settings.exclude_tags = settings.exclude_tags or set(DEFAULT_EXCLUDE_TAGS)
    return settings


class _Lines:
    """Where each block and drawer that opens in *lines* closes, found in one pass:
    a closing line is looked up, never searched for line by line."""

    def __init__(self, lines: list[str]) -> None:
        self.block_ends: dict[str, list[int]] = {}
        self.drawer_ends: list[int] = []
        self.headlines: list[int] = []
        for n, line in enumerate(lines):
            if "#+" in line and (end := _BLOCK_END.match(line)) is not None:
                self.block_ends.setdefault(end.group(1).lower(), []).append(n)
            elif ":" in line and _DRAWER_END.match(line):
                self.drawer_ends.append(n)
            elif line.startswith("*") and _HEADLINE.match(line):
                self.headlines.append(n)

    def _closing(self, ends: list[int], start: int) -> int | None:
        """The first of *ends* after *start*, when no headline comes between."""
        at = bisect_right(ends, start)
        if at == len(ends):
            return None
        end = ends[at]
        head = bisect_right(self.headlines, start)
        if head < len(self.headlines) and self.headlines[head] < end:
            return None
        return end

    def block_end(self, name: str, start: int) -> int | None:
        return self._closing(self.block_ends.get(name.lower(), []), start)

    def drawer_end(self, start: int) -> int | None:
        return self._closing(self.drawer_ends, start)


class _Converter:
    def __init__(self, settings: _Settings) -> None:
        self.settings = settings
        self.notes: dict[str, list[str]] = {}
        """Footnote definitions by label, as written."""
        self.numbers: dict[str, int] = {}
        """Footnote numbers by label: ox-html numbers them in the order referenced."""
        self.order: list[str] = []
        self.counters: list[int] = []
        """The section number of the last headline, a count per level."""

    # -- blocks ---------------------------------------------------------------

    def blocks(self, lines: list[str], depth: int, top: bool = False) -> str:
        """*lines* as HTML blocks; headlines are the page's own (*top*) only."""
        index = _Lines(lines)
        out: list[str] = []
        i = 0
        skip_below: int | None = None  # a subtree left out: its headline's level
        task_below: int | None = None  # a deliverable's subtree: its links are the task's
        after_headline = False
        while i < len(lines):
            line = lines[i]
            headline = _HEADLINE.match(line) if top and line.startswith("*") else None
            if skip_below is not None:
                if headline is None or len(headline.group(1)) > skip_below:
                    i += 1
                    continue
                skip_below = None
            if headline is not None:
                level = len(headline.group(1))
                if task_below is not None and level <= task_below:
                    task_below = None
                html, skip_below = self.headline(level, headline.group(2))
                if task_below is None and self._deliverable(headline.group(2), lines[i + 1 :]):
                    task_below = level
                out.append(html)
                after_headline = True
                i += 1
                continue
            if after_headline and _PLANNING.match(line):
                i += 1  # SCHEDULED:/DEADLINE:/CLOSED: under a headline: not exported
                continue
            after_headline = False
            stripped = line.strip()
            if not stripped:
                i += 1
                continue
            end, html = self.element(lines, i, index, depth, top)
            # "** TODO Set up Bril" / "DEADLINE: <…>" / "- Follow the [[…][tools guide]]":
            # where to do the task, no reading
            out.append(_UNLINKED.sub("", html) if task_below is not None else html)
            i = end
        return "\n".join(part for part in out if part)

    def element(
        self, lines: list[str], i: int, index: _Lines, depth: int, top: bool
    ) -> tuple[int, str]:
        """The element that starts at line *i*: the index after it, and its HTML."""
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("#"):
            if (begin := _BLOCK_BEGIN.match(line)) is not None:
                end = index.block_end(begin.group(1), i)
                if end is not None:
                    body = lines[i + 1 : end]
                    return end + 1, self.block(begin.group(1), body, depth, begin.group(2) or "")
            elif (keyword := _KEYWORD.match(line)) is not None:
                if keyword.group(1).upper() == "HTML" and keyword.group(2):
                    return i + 1, _pre([keyword.group(2)])
                return i + 1, ""
            elif _COMMENT_LINE.match(line):
                return i + 1, ""
        if stripped.startswith(":"):
            if (drawer := _DRAWER.match(line)) is not None and drawer.group(1).upper() != "END":
                end = index.drawer_end(i)
                if end is not None:
                    return end + 1, self.drawer(drawer.group(1), lines[i + 1 : end], depth)
            if _FIXED_WIDTH.match(line):
                shown: list[str] = []
                after = i
                while after < len(lines) and (fixed := _FIXED_WIDTH.match(lines[after])):
                    shown.append(fixed.group(1) or "")
                    after += 1
                return after, _pre(shown)
        if stripped.startswith("|"):
            end = i
            while end < len(lines) and _TABLE_LINE.match(lines[end]):
                end += 1
            return end, self.table(lines[i:end])
        if _RULE.match(line):
            return i + 1, "<hr>"
        if top and line.startswith("[fn:") and (note := _FOOTNOTE_DEFINITION.match(line)):
            end = _paragraph_end(lines, i, top)
            self.notes.setdefault(note.group(1), [note.group(2), *lines[i + 1 : end]])
            return end, ""
        if _item(line) is not None:
            return self.list_block(lines, i, depth)
        end = _paragraph_end(lines, i, top)
        return end, self.paragraph(lines[i:end])

    def _deliverable(self, rest: str, below: list[str]) -> bool:
        """Whether a headline is a task students hand in: a state keyword (``TODO``,
        ``DONE``) and a ``DEADLINE:`` line right below it or a deliverable's title
        (``DONE Problem set 3``: :data:`classify.EVENT_TITLE`)."""
        first, _, title = _TAGS.sub("", rest.strip()).partition(" ")
        if first not in self.settings.states:
            return False
        planning = next((line for line in below[:2] if _PLANNING.match(line)), "")
        return "DEADLINE:" in planning or bool(classify.EVENT_TITLE.search(title))

    def headline(self, level: int, rest: str) -> tuple[str, int | None]:
        """A headline's HTML, and its level when its subtree is left out (its
        contents, for an archived one)."""
        text = rest.strip()
        tags: list[str] = []
        if (found := _TAGS.search(text)) is not None:
            tags = [tag for tag in found.group(1).split(":") if tag]
            text = text[: found.start()]
        first, _, after = text.partition(" ")
        if first in self.settings.states:
            text = after.lstrip()
        text = _PRIORITY.sub("", text)
        if _COMMENT_HEADLINE.match(text) or self.settings.exclude_tags.intersection(tags):
            return "", level
        tag = f"h{min(level + 1, 6)}"
        number = self._number(level)
        html = f"<{tag}>{number}{self.inline(text.strip())}{self._tags(tags)}</{tag}>"
        return html, level if "ARCHIVE" in tags else None

    def _number(self, level: int) -> str:
        """A headline's section number as ox-html writes it (``1.2.``), when numbered."""
        self.counters = (self.counters + [0] * level)[:level]
        self.counters[-1] += 1
        if level > self.settings.numbered:
            return ""
        number = ".".join(str(n) for n in self.counters)
        return f'<span class="section-number-{min(level + 1, 6)}">{number}.</span> '

    def _tags(self, tags: list[str]) -> str:
        """A headline's tags as ox-html writes them after its title."""
        if not tags or not self.settings.tags:
            return ""
        spans = "&#xa0;".join(f'<span class="{escape(t)}">{escape(t)}</span>' for t in tags)
        return f'&#xa0;&#xa0;&#xa0;<span class="tag">{spans}</span>'

    def paragraph(self, lines: list[str]) -> str:
        return "<p>" + self.inline("\n".join(line.strip() for line in lines)) + "</p>"

    def block(self, name: str, body: list[str], depth: int, parameters: str = "") -> str:
        kind = name.lower()
        if kind == "comment":
            return ""
        if kind in ("src", "example"):
            return _pre(_unescaped(_dedent(body)))
        if kind in ("export", "html", "latex"):  # raw text for one backend: shown as text
            backend = parameters.split()[0].lower() if parameters.split() else kind
            return _pre(_dedent(body)) if backend == "html" else ""
        if kind == "verse":
            verse = "<br>\n".join(self.inline(line.strip()) for line in body)
            return f'<p class="verse">{verse}</p>'
        if depth >= MAX_DEPTH:
            return _pre(body)
        inner = self.blocks(body, depth + 1)
        if kind == "quote":
            return f"<blockquote>\n{inner}\n</blockquote>"
        if kind == "center":
            return f'<div class="org-center">\n{inner}\n</div>'
        return f'<div class="{escape(kind)}">\n{inner}\n</div>'

    def drawer(self, name: str, body: list[str], depth: int) -> str:
        """Property and clock drawers are not exported; other drawers' contents are."""
        if name.upper() in ("PROPERTIES", "LOGBOOK") or depth >= MAX_DEPTH:
            return ""
        return self.blocks(body, depth + 1)

    # -- lists ----------------------------------------------------------------

    def list_block(self, lines: list[str], start: int, depth: int) -> tuple[int, str]:
        """The list whose first item is at *start*: the index after it, and its HTML."""
        first = _item(lines[start])
        assert first is not None
        indent = len(first.group(1).expandtabs())
        items: list[tuple[re.Match[str], list[str]]] = []
        i, blanks, end = start, 0, start
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                blanks += 1
                if blanks >= 2:
                    break
                i += 1
                continue
            depth_here = len(line) - len(line.lstrip(" \t"))
            depth_here = len(line[:depth_here].expandtabs())
            item = _item(line) if depth_here == indent else None
            if item is not None:
                items.append((item, []))
            elif depth_here > indent and items:
                items[-1][1].extend([""] * blanks + [line])
            else:
                break
            blanks = 0
            i += 1
            end = i
        bullet = first.group(2)
        described = _DESCRIPTION.match(_item_text(first.group(3) or "")[1]) is not None
        tag = "dl" if described else "ol" if bullet[0].isdigit() else "ul"
        out = [f"<{tag}>"]
        for item, body in items:
            out.append(self.list_item(item, body, depth, described))
        out.append(f"</{tag}>")
        return end, "\n".join(out)

    def list_item(self, item: re.Match[str], body: list[str], depth: int, described: bool) -> str:
        box, text = _item_text(item.group(3) or "")
        term = None
        if described and (found := _DESCRIPTION.match(text)) is not None:
            term, text = found.group(1).strip(), found.group(2) or ""
        content = ([" " * (len(item.group(1)) + 2) + text] if text else []) + body
        if depth >= MAX_DEPTH:
            inner = self.paragraph([line for line in content if line.strip()])
        else:
            inner = self.blocks(content, depth + 1)
        if inner.startswith("<p>"):  # ox-html: an item's first paragraph is no <p>
            close = inner.index("</p>")
            inner = inner[3:close] + inner[close + 4 :]
        inner = box + inner
        if not described:
            return f"<li>{inner}</li>"
        dt = f"<dt>{self.inline(term)}</dt>\n" if term is not None else ""
        return f"{dt}<dd>{inner}</dd>"

    # -- tables ---------------------------------------------------------------

    def table(self, lines: list[str]) -> str:
        groups: list[list[list[str]]] = [[]]
        for line in lines:
            if _TABLE_RULE.match(line):
                if groups[-1]:
                    groups.append([])
                continue
            cells = [cell.strip() for cell in line.strip()[1:].split("|")]
            if line.rstrip().endswith("|") and len(cells) > 1:
                cells = cells[:-1]
            if all(not cell or _COOKIE_CELL.match(cell) for cell in cells) and any(cells):
                continue  # a row of column cookies (<l>, <10>): not exported
            groups[-1].append(cells)
        groups = [group for group in groups if group]
        if not groups:
            return ""
        header = len(groups) > 1
        out = ["<table>"]
        for n, group in enumerate(groups):
            section = "thead" if header and n == 0 else "tbody"
            cell = "th" if section == "thead" else "td"
            out.append(f"<{section}>")
            for row in group:
                out.append(
                    "<tr>" + "".join(f"<{cell}>{self.inline(c)}</{cell}>" for c in row) + "</tr>"
                )
            out.append(f"</{section}>")
        out.append("</table>")
        return "\n".join(out)

    # -- inline ---------------------------------------------------------------

    def inline(self, text: str, links: bool = True) -> str:
        """*text* as escaped HTML with its objects and emphasis made markup (*links*:
        links are objects; a link's description holds none)."""
        text = self._macros(text).replace("\x00", "")
        kept: list[str] = []

        def keep(html: str) -> str:
            kept.append(html)
            return f"\x00{len(kept) - 1}\x00"

        def found(match: re.Match[str]) -> str:
            if match.group("vm") is not None:
                return keep(f"<code>{escape(match.group('vt'), quote=False)}</code>")
            if match.group("ts") is not None:
                shown = escape(match.group("ts").replace("--", "\u2013"), quote=False)
                return keep(
                    f'<span class="timestamp-wrapper"><span class="timestamp">{shown}</span></span>'
                )
            if match.group("br") is not None:
                return keep("<br>")
            if match.group("fl") is not None:
                return keep(self._footnote(match.group("fl"), match.group("fd")))
            if match.group("sb") is not None:
                html = match.group("sb").lower() == "html"
                return keep(escape(match.group("st"), quote=False) if html else "")
            if not links:
                return keep(escape(match.group(0), quote=False))
            if match.group("lt") is not None:
                return keep(self._link(match.group("lt"), match.group("ld")))
            return keep(self._link(match.group("al") or match.group("pl"), None))

        text = _OBJECTS.sub(found, text)
        html = escape(text, quote=False)
        for pattern, tag in _EMPHASIS:
            html = pattern.sub(rf"<{tag}>\1</{tag}>", html)
        if self.settings.special_strings:
            for pattern, replacement in _SPECIAL_STRINGS:
                html = pattern.sub(replacement, html)
        for _ in range(3):  # a link's placeholder holds its description's
            if "\x00" not in html:
                break
            html = _PLACEHOLDER.sub(lambda m: kept[int(m.group(1))], html)
        return html

    def _macros(self, text: str) -> str:
        """``{{{name(args)}}}`` expanded once, as the page defines it (``{{{title}}}``:
        the title); any other macro leaves nothing."""
        if "{{{" not in text:
            return text

        def expand(match: re.Match[str]) -> str:
            name = match.group(1).lower()
            if name == "title":
                return " ".join(self.settings.title)
            value = self.settings.macros.get(name)
            if value is None:
                return ""
            args = re.split(r"(?<!\\),", match.group(2) or "")
            return _MACRO_ARGUMENT.sub(
                lambda m: (
                    args[int(m.group(1)) - 1].strip() if 0 < int(m.group(1)) <= len(args) else ""
                ),
                value,
            )

        return _MACRO.sub(expand, text)

    def _link(self, target: str, description: str | None) -> str:
        href = self._href(target)
        text = self.inline(description, links=False) if description else ""
        if href is None:
            return text or escape(target.strip().lstrip("*#"), quote=False)
        if not description and href.lower().endswith(IMAGE_SUFFIXES):
            name = posixpath.basename(href)
            return f'<img src="{escape(href)}" alt="{escape(name)}">'
        return f'<a href="{escape(href)}">{text or escape(href, quote=False)}</a>'

    def _href(self, target: str) -> str | None:
        """Where a link's target points, as ox-html writes it; ``None`` for a link to
        a place in Org (a headline, an ``id:``) or a program (``elisp:``)."""
        link = re.sub(r"\\([\[\]\\])", r"\1", target.strip())
        scheme, colon, rest = link.partition(":")
        if colon and scheme in self.settings.links:  # #+LINK: arxiv https://arxiv.org/abs/%s
            pattern = self.settings.links[scheme]
            link = pattern.replace("%s", rest) if "%s" in pattern else pattern + rest
        lowered = link.lower()
        if lowered.startswith(_WEB_SCHEMES):
            return link
        if lowered.startswith("doi:"):
            return "https://doi.org/" + link[4:]
        if lowered.startswith(("file:", "file+sys:", "file+emacs:")) or link.startswith(
            ("./", "../", "/", "~/")
        ):
            path = link.split(":", 1)[1] if lowered.startswith("file") else link
            path, _, search = path.partition("::")
            if path.lower().endswith(SUFFIX):  # ox-publish links the page it publishes
                path = path[: -len(SUFFIX)] + ".html"
                return path + (search if search.startswith("#") else "")
            return path
        if link.startswith("#"):
            return link
        return None

    def _footnote(self, label: str, definition: str | None) -> str:
        """A footnote reference: its number (ox-html numbers them as referenced)."""
        if not label:
            label = f"\x01{len(self.numbers)}"  # an anonymous inline footnote
        if definition is not None:
            self.notes.setdefault(label, [definition])
        if label not in self.numbers:
            self.numbers[label] = len(self.numbers) + 1
            self.order.append(label)
        return f"<sup>{self.numbers[label]}</sup>"

    def footnotes(self) -> str:
        """The page's footnotes, listed at its end in the order they are referenced
        (a definition no text refers to is not exported)."""
        out: list[str] = []
        done = 0
        while done < len(self.order):  # a footnote's text may refer to another
            label = self.order[done]
            done += 1
            if label in self.notes:
                text = self.inline("\n".join(line.strip() for line in self.notes[label]))
                out.append(f'<p class="footdef"><sup>{self.numbers[label]}</sup> {text}</p>')
        if not out:
            return ""
        return (
            '<div id="footnotes">\n<h2 class="footnotes">Footnotes:</h2>\n'
            + "\n".join(out)
            + "\n</div>"
        )


def without_bold(text: str) -> str:
    """An Org page's source with its bold words' stars left out (``*Also:*`` is
    ``Also:``), as a key in it reads (Markdown's ``**x**`` is read so)."""
    return _EMPHASIS[0][0].sub(r"\1", text) if "*" in text else text


def _item(line: str) -> re.Match[str] | None:
    """A list item's first line (a ``*`` bullet is one only when indented: at the
    line's start it is a headline)."""
    found = _ITEM.match(line)
    if found is None or (found.group(2) == "*" and not found.group(1)):
        return None
    return found


def _item_text(text: str) -> tuple[str, str]:
    """An item's text without its counter (``[@3]``), and its checkbox as ox-html shows
    it (``<code>[X]</code>``)."""
    text = _COUNTER.sub("", text)
    box = _CHECKBOX.match(text)
    if box is None:
        return "", text
    mark = {"x": "X", " ": "&#xa0;", "-": "-"}[box.group(1).lower()]
    return f"<code>[{mark}]</code> ", text[box.end() :]


def _starts_element(line: str, top: bool) -> bool:
    """Whether *line* opens an element of its own, ending the paragraph before it."""
    stripped = line.lstrip()
    head = stripped[:1]
    if head == "#":
        return bool(_BLOCK_BEGIN.match(line) or _KEYWORD.match(line) or _COMMENT_LINE.match(line))
    if head == "*" and top and line.startswith("*") and _HEADLINE.match(line):
        return True
    if head == "|":
        return True
    if head == ":" and (_FIXED_WIDTH.match(line) or _DRAWER.match(line)):
        return True
    if top and line.startswith("[fn:") and _FOOTNOTE_DEFINITION.match(line):
        return True
    return bool(_RULE.match(line) or _item(line))


def _paragraph_end(lines: list[str], start: int, top: bool) -> int:
    i = start + 1
    while i < len(lines) and lines[i].strip() and not _starts_element(lines[i], top):
        i += 1
    return i


def _pre(lines: list[str]) -> str:
    return "<pre>" + escape("\n".join(lines), quote=False) + "</pre>"


def _dedent(lines: list[str]) -> list[str]:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return [line[cut:] for line in lines]


def _unescaped(lines: list[str]) -> list[str]:
    """A block's lines without the commas that protect ``*`` and ``#+`` lines in it."""
    return [re.sub(r"^(\s*),(?=\*|#\+)", r"\1", line) for line in lines]


# -- which files an ox-publish site publishes ------------------------------------

PUBLISH_MARK = "org-publish-project-alist"
MAX_CONFIG_BYTES = 256 * 1024
_TOKEN = lazyre.compile(
    r"""\s+|;[^\n]*|"((?:[^"\\]|\\.)*)"|([()])|(#?['`],?@?|,@?)|([^\s()"';]+)"""
)
_INCLUDE_LINE = lazyre.compile(
    r"^[ \t]*#\+(?:SETUPFILE|INCLUDE):[ \t]*(?:\"([^\"\n]+)\"|(\S+))", re.IGNORECASE | re.MULTILINE
)


class _Str(str):
    """A string literal of an Emacs Lisp file (a plain ``str`` is a symbol)."""


def _read_sexps(text: str) -> list[object]:
    """The forms of an Emacs Lisp file, as nested lists of symbols and :class:`_Str`
    (quotes dropped; never evaluated)."""
    stack: list[list[object]] = [[]]
    for match in _TOKEN.finditer(text):
        string, paren, _quote, symbol = match.groups()
        if string is not None:
            stack[-1].append(_Str(re.sub(r"\\(.)", r"\1", string, flags=re.DOTALL)))
        elif paren == "(":
            if len(stack) < 64:
                stack.append([])
        elif paren == ")":
            if len(stack) > 1:
                done = stack.pop()
                stack[-1].append(done)
        elif symbol is not None:
            stack[-1].append(symbol)
    while len(stack) > 1:
        done = stack.pop()
        stack[-1].append(done)
    return stack[0]


def _projects(forms: list[object]) -> Iterable[dict[str, object]]:
    """Each ``("name" :property value ...)`` list among *forms*: an ox-publish project."""
    stack: list[object] = list(forms)
    while stack:
        form = stack.pop()
        if not isinstance(form, list):
            continue
        if (
            len(form) >= 3
            and isinstance(form[0], _Str)
            and isinstance(form[1], str)
            and not isinstance(form[1], _Str)
            and form[1].startswith(":")
        ):
            pairs = form[1:]
            yield {
                str(pairs[k]): pairs[k + 1]
                for k in range(0, len(pairs) - 1, 2)
                if isinstance(pairs[k], str) and not isinstance(pairs[k], _Str)
            }
        stack.extend(form)


def _literal(value: object) -> str | None:
    """A property's string: as written, or the first string of a form that names a
    folder from one (``(expand-file-name "org" dir)``, ``(concat dir "/org")``)."""
    if isinstance(value, _Str):
        return str(value)
    if isinstance(value, list) and value and value[0] in ("expand-file-name", "concat"):
        strings = [item for item in value[1:] if isinstance(item, _Str)]
        return str(strings[0]) if strings else None
    return None


def emacs_regex(pattern: str) -> re.Pattern[str] | None:
    """An Emacs regular expression (``setup\\.org\\|drafts/.*``) as Python's, ``None``
    when it cannot be read."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            out.append(
                {"|": "|", "(": "(", ")": ")", "{": "{", "}": "}", "`": r"\A", "'": r"\Z"}.get(
                    nxt, "\\" + nxt
                )
            )
            if nxt == "(" and pattern.startswith("?:", i + 2):
                out.append("?:")
                i += 2
            i += 2
            continue
        out.append("\\" + char if char in "(){}|" else char)
        i += 1
    written = "".join(out)
    for name, chars in _POSIX_CLASSES.items():  # Emacs' [[:alpha:]]
        written = written.replace(f"[:{name}:]", chars)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "possible nested set": Emacs has none
            return re.compile(written)
    except (re.error, RecursionError, OverflowError):
        return None


_POSIX_CLASSES = {
    "alpha": "a-zA-Z",
    "digit": "0-9",
    "alnum": "a-zA-Z0-9",
    "space": r"\s",
    "word": r"\w",
    "upper": "A-Z",
    "lower": "a-z",
}


@dataclass(frozen=True)
class _Project:
    base: Path
    extension: re.Pattern[str] | None
    """``None``: any file (``:base-extension any``)."""
    recursive: bool
    exclude: re.Pattern[str] | None
    include: frozenset[str]
    options: str = ""
    """The export options the project sets, as in-buffer settings (``:section-numbers
    nil`` is ``#+OPTIONS: num:nil``)."""


@dataclass(frozen=True)
class OrgPublish:
    """What a site's ox-publish projects publish: :meth:`publishes` tells its pages."""

    projects: tuple[_Project, ...]
    output_dirs: frozenset[str]
    """The folders at the site's root its projects write to (``public_html``)."""

    def publishes(self, path: Path) -> bool:
        """Whether a project publishes the ``.org`` file *path* (as an HTML page)."""
        return self._project_of(path) is not None

    def options(self, path: Path) -> str:
        """The export options of the project that publishes *path*, as in-buffer
        settings (``""`` for none)."""
        project = self._project_of(path)
        return project.options if project is not None else ""

    def _project_of(self, path: Path) -> _Project | None:
        for project in self.projects:
            try:
                rel = path.relative_to(project.base).as_posix()
            except ValueError:
                continue
            if rel in project.include:
                return project
            parts = rel.split("/")
            if not project.recursive and len(parts) > 1:
                continue
            if any(part.startswith(".") for part in parts):
                continue
            if project.extension is not None and not project.extension.fullmatch(path.suffix[1:]):
                continue
            if project.exclude is not None and project.exclude.search(rel):
                continue
            return project
        return None


def publish_config(root: Path, read_text: Callable[[Path], str]) -> OrgPublish | None:
    """The ox-publish projects a site's Emacs Lisp files at its root declare
    (``publish.el``, ``.dir-locals.el``: any ``.el`` there naming
    ``org-publish-project-alist``), read as text; ``None`` without one that publishes
    pages from a folder of the site."""
    try:
        configs = sorted(p for p in root.iterdir() if p.suffix == ".el" and p.is_file())
    except OSError:
        return None
    projects: list[_Project] = []
    outputs: set[str] = set()
    for config in configs:
        try:
            if config.stat().st_size > MAX_CONFIG_BYTES:
                continue
            text = read_text(config)
        except (OSError, ValueError):
            continue
        if PUBLISH_MARK not in text:
            continue
        for props in _projects(_read_sexps(text)):
            project = _project(props, root)
            output = _literal(props.get(":publishing-directory"))
            if output is not None:
                folder = _top_folder(output, root)
                if folder and (project is None or project.base != root / folder):
                    outputs.add(folder)
            if project is not None:
                projects.append(project)
    if not projects and not outputs:
        return None
    return OrgPublish(tuple(projects), frozenset(outputs))


def _project(props: dict[str, object], root: Path) -> _Project | None:
    """A project that publishes Org files as pages, ``None`` for others (attachments,
    a project of ``:components``)."""
    function = props.get(":publishing-function")
    names = function if isinstance(function, list) else [function]
    if any(str(name) == "org-publish-attachment" for name in names):
        return None
    base = _literal(props.get(":base-directory"))
    if base is None:
        return None
    extension_value = props.get(":base-extension")
    if extension_value == "any":
        extension = None
    else:
        written = _literal(extension_value) or "org"
        extension = emacs_regex(written)
        if extension is None or not extension.fullmatch("org"):
            return None
    exclude_written = _literal(props.get(":exclude"))
    include = props.get(":include")
    included = (
        {str(item).removeprefix("./") for item in include if isinstance(item, _Str)}
        if isinstance(include, list)
        else set()
    )
    return _Project(
        base=_folder(base, root),
        extension=extension,
        recursive=props.get(":recursive") not in (None, "nil"),
        exclude=emacs_regex(exclude_written) if exclude_written else None,
        include=frozenset(included),
        options=_project_options(props),
    )


_PROJECT_OPTIONS = {":section-numbers": "num", ":with-tags": "tags", ":with-special-strings": "-"}
"""ox-publish properties and the ``#+OPTIONS:`` items they set."""


def _project_options(props: dict[str, object]) -> str:
    """The export options a project's properties set, as in-buffer settings."""
    options = [
        f"{item}:{value}"
        for name, item in _PROJECT_OPTIONS.items()
        if isinstance(value := props.get(name), str) and re.fullmatch(r"nil|t|\d{1,2}", value)
    ]
    lines = [f"#+OPTIONS: {' '.join(options)}"] if options else []
    tags = props.get(":exclude-tags")
    if isinstance(tags, list) and tags and all(isinstance(tag, _Str) for tag in tags):
        lines.append("#+EXCLUDE_TAGS: " + " ".join(str(tag) for tag in tags))
    return "\n".join(lines)


_SETUP_LINE = lazyre.compile(r"^[ \t]*#\+SETUPFILE:[ \t]*(?:\"([^\"\n]+)\"|(\S+))", re.I | re.M)
_SETTING_LINE = lazyre.compile(r"^[ \t]*#\+(?!INCLUDE:|SETUPFILE:)[A-Za-z][\w-]*:.*$", re.M)


def page_setup(
    text: str,
    path: Path,
    root: Path,
    publish: OrgPublish | None,
    read_text: Callable[[Path], str],
) -> str:
    """The settings a page is exported with beside its own: its ox-publish project's
    options, then the in-buffer settings of its ``#+SETUPFILE:`` (a file of the site,
    its ``#+KEYWORD:`` lines only), for :func:`org_html`'s *setup*."""
    parts = [publish.options(path)] if publish is not None else []
    found = _SETUP_LINE.search(text) if "SETUPFILE" in text.upper() else None
    if found is not None:
        name = (found.group(1) or found.group(2)).removeprefix("file:")
        setup = Path(os.path.normpath(path.parent / name))
        try:
            inside = setup.resolve().is_relative_to(root.resolve())
            if inside and setup.is_file() and setup.stat().st_size <= MAX_CONFIG_BYTES:
                parts.extend(m.group(0) for m in _SETTING_LINE.finditer(read_text(setup)))
        except (OSError, ValueError):
            pass
    return "\n".join(part for part in parts if part)


def _folder(written: str, root: Path) -> Path:
    """The site folder a project's ``:base-directory`` names: relative to the site's
    root; an absolute one (``~/courses/cs101/org/``) by its last folder when the site
    has it, else the root."""
    cleaned = written.strip().rstrip("/")
    if cleaned.startswith(("/", "~")) or re.match(r"^[A-Za-z]:", cleaned):
        last = cleaned.rsplit("/", 1)[-1]
        return root / last if last and (root / last).is_dir() else root
    normal = posixpath.normpath(cleaned or ".")
    if normal.startswith(".."):
        return root
    return root if normal == "." else root / normal


def _top_folder(written: str, root: Path) -> str | None:
    """The top folder of the site a ``:publishing-directory`` names (``./public_html``:
    ``public_html``), ``None`` for one outside it or the root itself."""
    cleaned = written.strip()
    if cleaned.startswith(("/", "~")) or ":" in cleaned:
        return None
    normal = posixpath.normpath(cleaned or ".")
    if normal in (".", "") or normal.startswith(".."):
        return None
    return normal.split("/", 1)[0]


def without_pieces(files: list[Path], read_text: Callable[[Path], str]) -> list[Path]:
    """*files* without the ``.org`` files their Org pages pull in (``#+SETUPFILE:
    setup.org``, ``#+INCLUDE: "readings.org"``): pieces of pages, not pages."""
    pages = [path for path in files if path.suffix.lower() == SUFFIX]
    if len(pages) < 2:
        return files
    pieces: set[str] = set()
    for path in pages:
        try:
            text = read_text(path)
        except (OSError, ValueError):
            continue
        if "#+" not in text:
            continue
        for match in _INCLUDE_LINE.finditer(text):
            name = (match.group(1) or match.group(2)).split("::", 1)[0]
            name = name.removeprefix("file:")
            pieces.add(os.path.normpath(path.parent / name))
    return [
        path
        for path in files
        if path.suffix.lower() != SUFFIX or os.path.normpath(path) not in pieces
    ]
