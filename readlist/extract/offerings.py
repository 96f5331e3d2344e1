"""Past offerings kept on the page of the current one.

A reading group's README keeps last term's sessions below this term's, under
``## Past terms`` or in ``<details><summary>Fall 2025</summary>`` boxes: the same
course in an earlier offering, like a ``fa25/`` folder beside this term's pages
(:func:`readlist.extract.files.offering_folder`).  A section is named by an offering
when its heading (Markdown ``#``, HTML ``<h2>``, a ``<summary>``) is a term alone
(``Fall 2025``, ``Summer 2025 (informal, 3 sessions)``) or says it holds past ones
(``Past terms``, ``Previous offerings``, ``Archive``; not ``Past sessions``, which
are this term's sessions already held).  When the page's lectures with readings come
from more than one offering, the latest is read: those under no such heading and
those of its latest term; a past one only when the page has nothing else.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from readlist import lazyre
from readlist.extract import vocab
from readlist.model import Lecture

_SEASON = vocab.alternation(vocab.TERMS)
_OFFERING_NOUNS = r"(?:terms?|semesters?|quarters?|offerings?|years?|editions?|iterations?)"
_REMARK = r"(?:\s*[(\[][^()\[\]]{0,60}[)\]])?"
_TERM_HEADING = lazyre.compile(
    rf"^(?P<season>{_SEASON})\s*['’]?(?P<year>\d{{4}}|\d{{2}})"
    rf"(?:\s+(?:term|semester|quarter|schedule|sessions|reading\s+list))?{_REMARK}$",
    re.IGNORECASE,
)
"""A heading that is a term alone: ``Fall 2025``, ``Spring '24 schedule``."""
_PAST_HEADING = lazyre.compile(
    rf"^(?:(?:past|previous|earlier|older|old|prior)\s+{_OFFERING_NOUNS}|archives?|"
    rf"(?:{_OFFERING_NOUNS}|sessions|schedules?)\s+archives?|archived\s+{_OFFERING_NOUNS})"
    rf"{_REMARK}$",
    re.IGNORECASE,
)
"""A heading over past offerings: ``Past terms``, ``Previous semesters``, ``Archive``."""
_ATX = lazyre.compile(r"^\s{0,3}(?P<level>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_HTML_HEADING = lazyre.compile(r"<h(?P<level>[1-6])\b[^>]*>(?P<text>.*?)</h[1-6]\s*>", re.I)
_SUMMARY = lazyre.compile(r"<summary\b[^>]*>(?P<text>.*?)</summary\s*>", re.I)
_DETAILS_END = lazyre.compile(r"</details\s*>", re.I)
_TAGS = lazyre.compile(r"<[^<>]*>|[*_`]+")
_ICONS = lazyre.compile(r"^[^\w(\[]+|[^\w)\]]+$")

_PAST = (-1, 0)
"""The rank of an offering a heading calls past: older than any term."""


class _Section(NamedTuple):
    start: int
    end: int
    """The last line in it (1-based, inclusive)."""
    rank: tuple[int, int]
    box: bool = False
    """A ``<details>`` box: shown folded, beside the page's open sessions."""


def _rank(heading: str) -> tuple[int, int] | None:
    """The offering *heading* names: ``(year, season)`` for a term, :data:`_PAST`."""
    words = _ICONS.sub("", _TAGS.sub("", heading)).strip()
    if _PAST_HEADING.match(words):
        return _PAST
    term = _TERM_HEADING.match(words)
    if term is None:
        return None
    year = int(term["year"])
    return (year + 2000 if year < 100 else year), vocab.TERM_ORDER[term["season"][:2].lower()]


def _sections(text: str) -> list[_Section]:
    """The page's sections named by an offering, from its source *text*: a heading's
    up to the next heading of its level or above, a ``<details>`` box's to its end."""
    lines = text.splitlines()
    headings: list[tuple[int, int, str]] = []  # line, level, text
    boxes: list[tuple[int, str]] = []  # the <summary>'s line and text
    fence = ""
    for number, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
            continue
        if fence:
            continue
        atx = _ATX.match(line)
        if atx is not None:
            headings.append((number, len(atx["level"]), atx["text"]))
            continue
        for match in _HTML_HEADING.finditer(line):
            headings.append((number, int(match["level"]), match["text"]))
        for match in _SUMMARY.finditer(line):
            boxes.append((number, match["text"]))
    found: list[_Section] = []
    for index, (number, level, heading) in enumerate(headings):
        rank = _rank(heading)
        if rank is None:
            continue
        end = next((at - 1 for at, lvl, _ in headings[index + 1 :] if lvl <= level), len(lines))
        found.append(_Section(number, end, rank))
    for number, heading in boxes:
        rank = _rank(heading)
        if rank is None:
            continue
        end = next(
            (at for at in range(number, len(lines) + 1) if _DETAILS_END.search(lines[at - 1])),
            len(lines),
        )
        found.append(_Section(number, end, rank, box=True))
    return found


def _offering(line: int, sections: list[_Section]) -> tuple[tuple[int, int] | None, bool]:
    """The offering of the lecture on *line* (the innermost section's, past when any
    section around it is past; None outside them all) and whether it sits in a box."""
    around = [section for section in sections if section.start <= line <= section.end]
    if not around:
        return None, False
    boxed = any(section.box for section in around)
    if any(section.rank == _PAST for section in around):
        return _PAST, boxed
    return max(around, key=lambda section: section.start).rank, boxed


def current_offering(lectures: list[Lecture], text: str) -> list[Lecture]:
    """*lectures* of one page without those of its past offerings (see the module's
    docstring); *text* is the page's source, whose lines the lectures' lines count.
    Of the offerings with readings, those a heading calls past go, folded boxes go
    beside open sessions, and of the terms left the latest stays (with the sessions
    under no term's name)."""
    if len(lectures) < 2 or not ("#" in text or "<" in text):
        return lectures
    sections = _sections(text)
    if not sections:
        return lectures
    offering = {id(lec): _offering(lec.line, sections) for lec in lectures}
    ranked = {offering[id(lec)] for lec in lectures if lec.readings}
    if len({rank for rank, _ in ranked}) < 2:
        return lectures  # one offering's lectures (or a page of past ones alone)
    kept = {found for found in ranked if found[0] != _PAST} or ranked
    kept = {found for found in kept if not found[1]} or kept  # open beside folded
    terms = [rank for rank, _ in kept if rank is not None]
    latest = max(terms) if terms else None
    kept = {found for found in kept if found[0] in (None, latest)} | {(None, False)}
    return [lec for lec in lectures if offering[id(lec)] in kept]
