"""The nouns of readlist, as frozen dataclasses.

Data flows one way: source files -> :class:`Lecture` and :class:`Reading`
(``extract``) -> :class:`Work` (``dedupe``) -> :class:`Metadata` (``resolve``:
cache, then arXiv) -> exporters, ``lint`` and the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

Requirement = Literal["required", "optional"]
REQUIREMENTS: tuple[Requirement, ...] = ("required", "optional")


@dataclass(frozen=True)
class Reading:
    """One link in a lecture's reading list, as the site writes it."""

    text: str
    """Link text as written (leading whitespace trimmed)."""
    title: str
    """``text`` without requirement markers such as ``(optional)``."""
    url: str
    """The href exactly as written (surrounding whitespace trimmed)."""
    link: str
    """The href resolved against the site's base URL (same as ``url`` when absolute)."""
    requirement: Requirement | None
    """``required``, ``optional`` or ``None`` when the site does not say."""
    line: int
    """1-based line of the link in its source file."""


@dataclass(frozen=True)
class Lecture:
    """One dated schedule entry of a course site."""

    file: str
    """Source file, relative to the path the user gave (POSIX separators)."""
    key: str
    """The key as written, usually the date (``Mar 11``)."""
    title: str
    """Title with markup removed."""
    line: int
    """1-based line of the entry in its source file."""
    readings: tuple[Reading, ...] = ()
    number: int | None = None
    """Lecture number when the site prints one."""
    source: str = ""
    """Which root (PATH argument) the lecture came from, as the user wrote it."""
    structure: str = ""
    """What carried it: ``table``, ``list``, ``term``, ``heading``, ``paragraph``,
    ``entry`` or ``data``."""


@dataclass(frozen=True)
class Problem:
    """Something in the input that could not be read; the rest of the site still is."""

    file: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Site:
    """Everything read from one PATH argument."""

    root: Path
    base_url: str | None
    lectures: tuple[Lecture, ...]
    problems: tuple[Problem, ...] = ()
    files_read: int = 0


@dataclass(frozen=True)
class Identity:
    """The canonical identity of the paper (or page) behind a link.

    ``scheme`` is ``arxiv``, ``doi``, ``openreview``, ``acl``, ``usenix``,
    ``pmlr``, ``neurips`` or ``url``; ``value`` is normalised so that two links
    to the same work have equal identities.  ``version`` (arXiv only) is a
    detail of the link, never part of equality.
    """

    scheme: str
    value: str
    version: int | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        return f"{self.scheme}:{self.value}"

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class Occurrence:
    """One place a work is read: a reading of a lecture."""

    lecture: Lecture
    reading: Reading
    identity: Identity


@dataclass(frozen=True)
class Work:
    """Every reading of one paper, across lectures, files and sites."""

    id: str
    """``Identity.key`` shared by every occurrence (``arxiv:2201.12023``)."""
    identity: Identity
    occurrences: tuple[Occurrence, ...]

    @property
    def arxiv_id(self) -> str | None:
        return self.identity.value if self.identity.scheme == "arxiv" else None

    @property
    def site_path(self) -> str | None:
        """The path of a site's own file inside its site (``/dsc204a-w24/assets/x.pdf``),
        or ``None`` for other works."""
        source = self.occurrences[0].lecture.source
        value = self.identity.value
        if self.identity.scheme == "url" and source and value.startswith(source + ":"):
            return value[len(source) + 1 :]
        return None

    @property
    def stable_id(self) -> str:
        """The id that is kept (citation keys, cached searches): the work's identity,
        never where the site sits.  A site's own file is ``site:<its path in the site>``,
        so a checkout under another folder name, or one file of the site, finds it."""
        path = self.site_path
        return f"site:{path}" if path is not None else self.id

    @property
    def title(self) -> str:
        """The link text of the first occurrence (what the site calls it)."""
        return self.occurrences[0].reading.title

    @property
    def lectures(self) -> tuple[Lecture, ...]:
        seen: dict[tuple[str, str, str, int], Lecture] = {}
        for occ in self.occurrences:
            lec = occ.lecture
            seen.setdefault((lec.source, lec.file, lec.key, lec.line), lec)
        return tuple(seen.values())


MetadataStatus = Literal["found", "missing", "unreachable", "invalid"]
MetadataSource = Literal["arxiv", "dblp", "crossref", "overrides"]
SOURCES: tuple[MetadataSource, ...] = ("arxiv", "dblp", "crossref", "overrides")
Prefer = Literal["published", "arxiv"]
"""Which version of an arXiv paper with a published version an export cites."""


@dataclass(frozen=True)
class Metadata:
    """What one source says about one work.

    arXiv records fill the arXiv fields (``arxiv_id``, ``version``, ``categories``
    ...); DBLP, Crossref and the course's overrides fill the bibliographic ones
    (``venue``, ``container``, ``pages`` ...).  Every field a source does not
    know keeps its empty default, so downstream code never asks which source
    it was beyond :attr:`source`.
    """

    arxiv_id: str
    """arXiv id without version (``2201.12023``); ``""`` when the work is not on arXiv."""
    status: MetadataStatus = "found"
    version: int | None = None
    """Latest version arXiv has."""
    title: str = ""
    authors: tuple[str, ...] = ()
    """Full names as the source prints them, DBLP disambiguation numbers removed."""
    published: str = ""
    """ISO 8601: arXiv's first-version time (``2022-01-28T00:00:00Z``), or a date or
    bare year (``2004``, ``2004-12``) from the other sources."""
    updated: str = ""
    """Latest version's submission time."""
    primary_category: str = ""
    categories: tuple[str, ...] = ()
    comment: str | None = None
    journal_ref: str | None = None
    doi: str | None = None
    """The DOI (bare, ``10.1145/...``) when known."""
    abstract: str = ""
    fetched: str = ""
    """When this record was fetched, ISO 8601 UTC."""
    source: MetadataSource = "arxiv"
    """Where the record came from."""
    type: str = ""
    """CSL item type: ``article`` (a preprint), ``paper-conference``,
    ``article-journal``, ``book``, ``chapter``, ``report``, ``thesis``,
    ``webpage``...; ``""`` means the source did not say (an arXiv preprint)."""
    venue: str = ""
    """Short venue as DBLP writes it (``OSDI``, ``SIGMOD Conference``, ``Commun. ACM``)."""
    container: str = ""
    """Full proceedings or journal title (BibTeX ``booktitle``/``journal``)."""
    pages: str = ""
    volume: str = ""
    number: str = ""
    publisher: str = ""
    url: str = ""
    """The record's landing page (DBLP ``ee``, Crossref ``URL``, an override's ``url``)."""
    record: str = ""
    """The source's own id: DBLP key, DOI, override citation key, arXiv id."""
    key: str | None = None
    """A citation key to keep (the course's overrides file), else ``None``."""
    published_as: Metadata | None = None
    """For an arXiv paper: the conference or journal version DBLP/Crossref list."""

    @property
    def year(self) -> int | None:
        return int(self.published[:4]) if self.published[:4].isdigit() else None

    @property
    def month(self) -> int | None:
        part = self.published[5:7]
        return int(part) if part.isdigit() and self.published[4:5] == "-" else None


@dataclass(frozen=True)
class Course:
    """Sites read together, their works, and the metadata known for them."""

    sites: tuple[Site, ...]
    works: tuple[Work, ...]
    metadata: dict[str, Metadata] = field(default_factory=dict, compare=False)
    """By work id (``arxiv:2201.12023``); only works with metadata appear."""

    @property
    def lectures(self) -> tuple[Lecture, ...]:
        return tuple(lec for site in self.sites for lec in site.lectures)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(p for site in self.sites for p in site.problems)

    @cached_property
    def _work_index(self) -> dict[tuple[int, int], Work]:
        return {
            (id(occ.lecture), id(occ.reading)): work
            for work in self.works
            for occ in work.occurrences
        }

    def work_of(self, lecture: Lecture, reading: Reading) -> Work | None:
        """The work a reading of a lecture belongs to."""
        return self._work_index.get((id(lecture), id(reading)))


GENERATED_MARKER = "generated by readlist"
"""Written near the top of every file readlist exports (a comment in HTML, Markdown
and YAML); extraction never reads a file that carries it in its first lines."""
