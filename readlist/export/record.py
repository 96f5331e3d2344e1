"""One format-neutral record per work: what every exporter writes from.

A record says what is known and how well: ``arxiv`` (metadata from arXiv),
``arxiv-pending`` (an arXiv id whose metadata has not been fetched),
``arxiv-missing`` (arXiv has no such paper) or ``site`` (not an arXiv work).
Everything but ``arxiv`` carries only what the site says: the link text as
title, the link, a DOI when the link is one; never guessed authors or years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from readlist.export.keys import (
    KeyRequest,
    arxiv_base,
    assign_keys,
    provisional_base,
    significant_words,
    site_base,
)
from readlist.export.names import Name, clean_text, split_name
from readlist.model import REQUIREMENTS, Course, Lecture, Metadata, Requirement, Work
from readlist.urls import is_link

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

RecordStatus = Literal["arxiv", "arxiv-pending", "arxiv-missing", "site"]

CAVEATS: dict[RecordStatus, str] = {
    "arxiv": "",
    "arxiv-pending": "arXiv metadata not fetched yet; title from the course site's link text.",
    "arxiv-missing": "arXiv has no record of this id; title from the course site's link text.",
    "site": "Metadata unverified: title from the course site's link text; "
    "authors and date not known.",
}


@dataclass(frozen=True)
class ExportOptions:
    """How to export: author truncation, abstracts, ASCII-only LaTeX, where keys live."""

    max_authors: int | None = None
    """BibTeX/biblatex: list at most this many authors, then ``and others``."""
    abstracts: bool = False
    """BibTeX/biblatex: include the ``abstract`` field."""
    ascii: bool = False
    """biblatex: write non-ASCII characters as LaTeX macros (``bibtex`` always does)."""
    keys_path: Path | None = None
    """``keys.json`` holding the citation keys already given; ``None``: keys are not saved."""


@dataclass(frozen=True)
class Place:
    """One lecture a work is read in, and how (both, when the lecture lists it twice)."""

    lecture: Lecture
    requirements: tuple[Requirement, ...]
    site: str = ""
    """The site's PATH as given, when the course has several sites."""

    @property
    def name(self) -> str:
        return lecture_name(self.lecture, self.site)

    def describe(self) -> str:
        """``Mar 11: ML System - 2 (optional)``."""
        reqs = f" ({', '.join(self.requirements)})" if self.requirements else ""
        return self.name + reqs


def lecture_name(lecture: Lecture, site: str = "") -> str:
    """``Mar 11: ML System - 2``, prefixed by ``site, `` when one is given."""
    key, title = clean_text(lecture.key), clean_text(lecture.title)
    name = f"{key}: {title}" if title else key
    return f"{site}, {name}" if site else name


@dataclass(frozen=True)
class Record:
    """A work as the exporters see it."""

    key: str
    work: Work
    status: RecordStatus
    title: str
    url: str
    places: tuple[Place, ...]
    authors: tuple[Name, ...] = ()
    date: tuple[int, int, int] | None = None
    """First version's submission date (arXiv only)."""
    arxiv_id: str | None = None
    category: str = ""
    doi: str | None = None
    journal_ref: str = ""
    comment: str = ""
    abstract: str = ""

    @property
    def caveat(self) -> str:
        return CAVEATS[self.status]

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        found = {req for place in self.places for req in place.requirements}
        return tuple(req for req in REQUIREMENTS if req in found)

    def where_read(self) -> str:
        """``Mar 11: ML System - 2 (optional); Mar 13: ...``."""
        return "; ".join(place.describe() for place in self.places)


def build_records(course: Course, options: ExportOptions) -> list[Record]:
    """One record per work, in course order, each with its (stable) citation key."""
    metadata = {work.id: course.metadata.get(work.id) for work in course.works}
    requests = _key_requests(course, metadata)
    keys = assign_keys(requests.values(), options.keys_path)
    several_sites = len(course.sites) > 1
    return [
        _record(work, metadata[work.id], keys[requests[work.id].saved_id], several_sites)
        for work in course.works
    ]


def saved_id(work: Work) -> str:
    """The id a key is saved under: the work's identity, never where the site sits.

    A site's own file (``assets/readings/mapreduce.pdf``) is identified by its
    path in the site (``site:/dsc204a-w24/assets/readings/mapreduce.pdf``, the
    site's base URL included), not by the path of the folder or file it was read
    from: a checkout under another name, or one file of the site, keeps its keys.
    """
    path = site_path(work)
    return f"site:{path}" if path is not None else work.id


def site_path(work: Work) -> str | None:
    """The path of a site's own file inside its site, or ``None`` for other works."""
    source = work.occurrences[0].lecture.source
    value = work.identity.value
    if work.identity.scheme == "url" and source and value.startswith(source + ":"):
        return value[len(source) + 1 :]
    return None


def _key_requests(course: Course, metadata: dict[str, Metadata | None]) -> dict[str, KeyRequest]:
    requests: dict[str, KeyRequest] = {}
    seen: set[str] = set()
    for work in course.works:
        request = _key_request(work, metadata[work.id])
        if request.saved_id in seen:  # two sites with the same file: not stable
            request = replace(request, saved_id=work.id, final=False)
        seen.add(request.saved_id)
        requests[work.id] = request
    return requests


def _status(work: Work, meta: Metadata | None) -> RecordStatus:
    if work.arxiv_id is None:
        return "site"
    if meta is None or meta.status in ("unreachable", "invalid"):
        return "arxiv-pending"
    return "arxiv" if meta.status == "found" else "arxiv-missing"


def _key_request(work: Work, meta: Metadata | None) -> KeyRequest:
    status = _status(work, meta)
    if status == "arxiv" and meta is not None:
        authors = _authors(meta)
        first = authors[0] if authors else Name()
        family = first.family or "".join(significant_words(first.literal)[:1])
        base = arxiv_base(family, meta.year, clean_text(meta.title))
        return KeyRequest(work.id, base, True, (meta.published, work.id))
    if work.arxiv_id is not None:
        return KeyRequest(work.id, provisional_base(work.arxiv_id), False, ("~", work.id))
    # A link that is no link (javascript:...) is identified by its line: not stable.
    final = is_link(work.occurrences[0].reading.link or work.occurrences[0].reading.url)
    saved, path = saved_id(work), site_path(work)
    folder = Path(work.occurrences[0].lecture.source).resolve().name if path else ""
    return KeyRequest(saved, site_base(work.title), final, ("~", saved), path, folder)


def _authors(meta: Metadata) -> tuple[Name, ...]:
    return tuple(name for name in map(split_name, meta.authors) if name.full)


def _places(work: Work, several_sites: bool) -> tuple[Place, ...]:
    found: dict[tuple[str, str, str, int], tuple[Lecture, set[Requirement]]] = {}
    for occ in work.occurrences:
        lec = occ.lecture
        _, requirements = found.setdefault((lec.source, lec.file, lec.key, lec.line), (lec, set()))
        if occ.reading.requirement is not None:
            requirements.add(occ.reading.requirement)
    return tuple(
        Place(
            lecture,
            tuple(req for req in REQUIREMENTS if req in reqs),
            lecture.source if several_sites else "",
        )
        for lecture, reqs in found.values()
    )


def web_link(url: str) -> str:
    """*url* if it is http(s), ftp, mailto or relative; else ``""`` (no ``javascript:``)."""
    compact = "".join(ch for ch in url if ch.isprintable() and not ch.isspace())
    scheme = _SCHEME.match(compact)
    if scheme and scheme.group(1).lower() not in ("http", "https", "ftp", "mailto"):
        return ""
    return url.strip()


def _date(timestamp: str) -> tuple[int, int, int] | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", timestamp)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def _record(work: Work, meta: Metadata | None, key: str, several_sites: bool) -> Record:
    status = _status(work, meta)
    places = _places(work, several_sites)
    arxiv_id = work.arxiv_id
    if status == "arxiv" and meta is not None and arxiv_id is not None:
        return Record(
            key=key,
            work=work,
            status=status,
            title=clean_text(meta.title),
            url=f"https://arxiv.org/abs/{arxiv_id}",
            places=places,
            authors=_authors(meta),
            date=_date(meta.published),
            arxiv_id=arxiv_id,
            category=meta.primary_category,
            doi=meta.doi or f"10.48550/arXiv.{arxiv_id}",
            journal_ref=clean_text(meta.journal_ref or ""),
            comment=clean_text(meta.comment or ""),
            abstract=clean_text(meta.abstract),
        )
    if arxiv_id is not None and status == "arxiv-pending":
        url = f"https://arxiv.org/abs/{arxiv_id}"
        return Record(
            key,
            work,
            status,
            clean_text(work.title),
            url,
            places,
            arxiv_id=arxiv_id,
            doi=f"10.48550/arXiv.{arxiv_id}",
        )
    # Not on arXiv, or arXiv does not know the id: only what the site says.
    doi = work.identity.value if work.identity.scheme == "doi" else None
    link = web_link(work.occurrences[0].reading.link)
    title = clean_text(work.title) or link
    return Record(key, work, status, title, link, places, arxiv_id=arxiv_id, doi=doi)
