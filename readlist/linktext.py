"""A link text as staff write it, reduced to the name of the work.

Course sites number and label their readings (``7.1 - Bigtable``, ``[3] MapReduce``,
``L4: Chinchilla``, ``Paper: Raft``) and tag venues (``GFS (SOSP '03)``,
``Spark SQL [SIGMOD 2015]``).  :func:`work_name` removes those decorations so that
the rest of readlist (the DBLP query, ``check``'s title comparison, an unverified
title in an export) sees only the name.  Requirement markers are not handled
here: extraction already removed them from :attr:`readlist.model.Reading.title`.
"""

from __future__ import annotations

from readlist import lazyre

_SEP = r"\s*(?:[:.)\]\-\u2013\u2014|]\s*|\s+[-\u2013\u2014:|]\s*)"
"""What ends a numbering prefix: ``:``, ``.``, ``)``, a dash, or a spaced dash."""

_LABEL_WORDS = (
    "lecture", "lec", "week", "wk", "session", "class", "day", "module", "unit", "part",
    "topic", "chapter", "ch", "paper", "reading", "article", "l", "w", "p",
)  # fmt: skip
"""Words that, followed by a number, label a position in the course (``Lecture 4:``)."""

_NAMING_WORDS = ("paper", "reading", "article", "read", "see")
"""Words that, followed by a colon alone, introduce the name (``Paper: Raft``)."""

_LEADING = lazyre.compile(
    r"^\s*(?:"
    rf"(?i:{'|'.join(_LABEL_WORDS)})\.?\s*#?\d+[a-z]?(?:\.\d+)*{_SEP}"
    rf"|(?i:{'|'.join(_NAMING_WORDS)})\s*[:\-\u2013\u2014]\s*"
    r"|[\[(]\s*\d+(?:\.\d+)*[a-z]?\s*[\])]\s*(?:[:.\-\u2013\u2014]\s*)?"
    rf"|\#\d+(?:\.\d+)*[a-z]?(?:{_SEP}|\s+)"
    rf"|\d+(?:\.\d+)*[a-z]?{_SEP}(?!\d)"
    r"|\d+(?:\.\d+)+\s+(?=\S)"
    r"|\(?[a-h]\)\s+"
    r")"
)
"""``7.1 -``, ``[3]``, ``#4``, ``1.``, ``3.2 `` (a dotted number), ``(a)``, and the labels."""

_YEAR = r"(?:'\d{2}|\u2019\d{2}|(?:19|20)\d{2})"
_VENUE = rf"(?:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|[A-Z][a-z]+)(?:[ /-][A-Z][A-Za-z&]*)*\s*{_YEAR}"
"""A venue tag: an acronym-like name with a year (``OSDI '04``, ``NeurIPS 2020``)."""
_TAG_WORDS = r"(?i:pdf|html|arxiv|link|preprint|extended version|long version|video)"

_CITATION = r"[A-Z][A-Za-z'\u2019-]+(?: et al\.?| and [A-Z][A-Za-z'\u2019-]+)?,? (?:19|20)\d{2}"
"""An author-year citation: ``Ongaro, 2014``, ``Vaswani et al., 2017``."""

_NUMBER = r"\d+(?:\.\d+)*"
_PART = (
    rf"(?i:sections?|sec\.|\u00a7|pp?\.|pages?)\s*{_NUMBER}"
    rf"(?:\s*(?:[-\u2013,&]|and|to)\s*{_NUMBER})*"
)
"""Which part of the paper to read: ``Section 1-6``, ``§3``, ``pp. 1-20`` (the same
work; a chapter of a book is another work and stays)."""

_TRAILING = lazyre.compile(
    rf"\s*(?:[\[(]\s*(?:{_VENUE}|{_YEAR}|{_TAG_WORDS}|{_CITATION}|{_PART}"
    rf"|[A-Z]{{2,}}(?:[ /][A-Z]{{2,}})*)"
    rf"\s*[\])]|(?:\s[-\u2013\u2014]|,)\s*{_VENUE}|,\s*{_YEAR}|[,:;]?\s+{_PART})\s*$"
)


def work_name(text: str) -> str:
    """*text* without course numbering, labels and trailing venue tags.

    >>> work_name("7.1 - Bigtable: A Distributed Storage System (OSDI '06)")
    'Bigtable: A Distributed Storage System'
    >>> work_name("3D Gaussian Splatting")
    '3D Gaussian Splatting'

    A text that is nothing but decoration is returned stripped, never empty.
    """
    name = text.strip()
    while True:
        shorter = _LEADING.sub("", name, count=1).strip()
        shorter = _TRAILING.sub("", shorter).strip()
        if shorter == name or not shorter:
            return name
        name = shorter
