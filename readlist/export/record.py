"""One format-neutral record per work: what every exporter writes from.

A record says what is known and how well: ``arxiv`` (metadata from arXiv),
``verified`` (a DBLP, Crossref or overrides record), ``arxiv-pending`` (an arXiv
id whose metadata has not been fetched), ``arxiv-missing`` (arXiv has no such
paper) or ``site`` (nothing but the site).  The last three carry only what the
site says: the link text without course numbering as title, the link, a DOI when
the link is one; never guessed authors or years.

An arXiv paper with a published version (``Metadata.published_as``) is exported
as that version (type, venue, pages, DOI), keeping its arXiv id, unless
``ExportOptions.prefer`` is ``arxiv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from readlist import lazyre
from readlist.export.keys import (
    KeyRequest,
    arxiv_base,
    assign_keys,
    provisional_base,
    significant_words,
    site_base,
)
from readlist.export.names import Name, clean_text, split_name
from readlist.linktext import work_name
from readlist.model import REQUIREMENTS, Course, Lecture, Metadata, Prefer, Requirement, Work
from readlist.urls import is_link

_SCHEME = lazyre.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

RecordStatus = Literal["arxiv", "verified", "arxiv-pending", "arxiv-missing", "site"]
PREFER: tuple[Prefer, ...] = ("published", "arxiv")

CAVEATS: dict[RecordStatus, str] = {
    "arxiv": "",
    "verified": "",
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
    prefer: Prefer = "published"
    """Cite an arXiv paper's published version (``published``) or the preprint (``arxiv``)."""
    notes: bool = True
    """Bibliographies: say in a note when the metadata is unverified."""


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
    date: tuple[int, ...] | None = None
    """(year,), (year, month) or (year, month, day): arXiv's first version, or the
    publication date the source gives."""
    arxiv_id: str | None = None
    category: str = ""
    doi: str | None = None
    journal_ref: str = ""
    comment: str = ""
    abstract: str = ""
    type: str = ""
    """CSL type the source gives (``paper-conference``, ``book``, ``article`` for a
    preprint ...); ``""`` when it gives none (arXiv, the site)."""
    container: str = ""
    """Proceedings, journal or book title (the full one, else the short venue)."""
    pages: str = ""
    volume: str = ""
    number: str = ""
    publisher: str = ""

    @property
    def caveat(self) -> str:
        return CAVEATS[self.status]

    @property
    def verified(self) -> bool:
        """Title, authors and date come from a source, not from the site."""
        return self.status in ("arxiv", "verified")

    @property
    def preprint(self) -> bool:
        """Cited as the arXiv preprint (``@misc``/``@online``, CSL ``article``)."""
        return self.status == "arxiv" and self.type in ("", "article")

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
    fixed = _fixed_keys(course.works, metadata)
    requests = _key_requests([w for w in course.works if w.id not in fixed], metadata)
    keys = assign_keys(requests.values(), options.keys_path, reserved=fixed.values())
    several_sites = len(course.sites) > 1
    return [
        _record(
            work,
            metadata[work.id],
            fixed.get(work.id) or keys[requests[work.id].saved_id],
            several_sites,
            options.prefer,
        )
        for work in course.works
    ]


def _fixed_keys(works: tuple[Work, ...], metadata: dict[str, Metadata | None]) -> dict[str, str]:
    """The overrides' own citation keys, by work id (a key twice: the first work keeps it)."""
    fixed: dict[str, str] = {}
    for work in works:
        meta = metadata[work.id]
        key = meta.key if meta is not None and meta.status == "found" else None
        if key and key.casefold() not in {taken.casefold() for taken in fixed.values()}:
            fixed[work.id] = key
    return fixed


def _key_requests(works: list[Work], metadata: dict[str, Metadata | None]) -> dict[str, KeyRequest]:
    requests: dict[str, KeyRequest] = {}
    seen: set[str] = set()
    for work in works:
        request = _key_request(work, metadata[work.id])
        if request.saved_id in seen:  # two sites with the same file: not stable
            request = replace(request, saved_id=work.id, final=False)
        seen.add(request.saved_id)
        requests[work.id] = request
    return requests


def _status(work: Work, meta: Metadata | None) -> RecordStatus:
    if meta is not None and meta.status == "found":
        return "arxiv" if meta.source == "arxiv" and meta.arxiv_id else "verified"
    if work.arxiv_id is None:
        return "site"
    if meta is None or meta.status in ("unreachable", "invalid"):
        return "arxiv-pending"
    return "arxiv-missing"


def _cited(meta: Metadata, prefer: Prefer) -> Metadata:
    """The record an export cites: the published version unless the preprint is preferred."""
    published = meta.published_as
    if prefer == "published" and published is not None and published.status == "found":
        return published
    return meta


def _key_request(work: Work, meta: Metadata | None) -> KeyRequest:
    # Keys come from the work's own record, never from --prefer: a key does not change.
    if meta is not None and meta.status == "found":
        authors = _authors(meta)
        first = authors[0] if authors else Name()
        family = first.family or "".join(significant_words(first.literal, 1))
        base = arxiv_base(family, meta.year, clean_text(meta.title))
        return KeyRequest(work.stable_id, base, True, (meta.published, work.id))
    if work.arxiv_id is not None:
        return KeyRequest(work.id, provisional_base(work.arxiv_id), False, ("~", work.id))
    # A link that is no link (javascript:...) is identified by its line: not stable.
    final = is_link(work.occurrences[0].reading.link or work.occurrences[0].reading.url)
    saved, path = work.stable_id, work.site_path
    folder = Path(work.occurrences[0].lecture.source).resolve().name if path else ""
    return KeyRequest(saved, site_base(work_name(work.title)), final, ("~", saved), path, folder)


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
    plain = url.isascii() and url.isprintable() and " " not in url  # most links: skip the loop
    compact = url if plain else "".join(ch for ch in url if ch.isprintable() and not ch.isspace())
    scheme = _SCHEME.match(compact)
    if scheme and scheme.group(1).lower() not in ("http", "https", "ftp", "mailto"):
        return ""
    return url.strip()


def _date(timestamp: str) -> tuple[int, ...] | None:
    """``(2004,)``, ``(2004, 12)`` or ``(2004, 12, 6)``; a month or day out of range is dropped."""
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", timestamp)
    if not match:
        return None
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if not 1 <= month <= 12:
        return (year,)
    return (year, month, day) if 1 <= day <= 31 else (year, month)


def _record(
    work: Work, meta: Metadata | None, key: str, several_sites: bool, prefer: Prefer
) -> Record:
    status = _status(work, meta)
    places = _places(work, several_sites)
    if meta is not None and status in ("arxiv", "verified"):
        return _verified(work, meta, key, status, places, prefer)
    arxiv_id = work.arxiv_id
    title = clean_text(work_name(work.title))
    if arxiv_id is not None and status == "arxiv-pending":
        url = f"https://arxiv.org/abs/{arxiv_id}"
        return Record(
            key,
            work,
            status,
            title,
            url,
            places,
            arxiv_id=arxiv_id,
            doi=f"10.48550/arXiv.{arxiv_id}",
        )
    # Not on arXiv, or arXiv does not know the id: only what the site says.
    doi = work.identity.value if work.identity.scheme == "doi" else None
    link = web_link(work.occurrences[0].reading.link)
    return Record(key, work, status, title or link, link, places, arxiv_id=arxiv_id, doi=doi)


def _verified(
    work: Work,
    meta: Metadata,
    key: str,
    status: RecordStatus,
    places: tuple[Place, ...],
    prefer: Prefer,
) -> Record:
    """A work a source vouches for: the arXiv record, or a DBLP/Crossref/overrides one."""
    arxiv_id = meta.arxiv_id or work.arxiv_id or None
    cited = _cited(meta, prefer)
    arxiv_doi = f"10.48550/arXiv.{arxiv_id}" if arxiv_id else None
    arxiv_url = f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else ""
    return Record(
        key=key,
        work=work,
        status=status,
        title=clean_text(cited.title) or clean_text(work_name(work.title)),
        url=web_link(cited.url) or arxiv_url or web_link(work.occurrences[0].reading.link),
        places=places,
        authors=_authors(cited),
        date=_date(cited.published),
        arxiv_id=arxiv_id,
        category=meta.primary_category,
        doi=cited.doi or meta.doi or arxiv_doi,
        journal_ref=clean_text(meta.journal_ref or "") if cited is meta else "",
        comment=clean_text(meta.comment or ""),
        abstract=clean_text(meta.abstract or cited.abstract),
        type=cited.type,
        container=clean_text(cited.container or cited.venue),
        pages=clean_text(cited.pages),
        volume=clean_text(cited.volume),
        number=clean_text(cited.number),
        publisher=clean_text(cited.publisher),
    )
