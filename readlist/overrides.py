"""The course's own overrides: a BibTeX file in the site root (``readlist.bib``).

Staff paste entries there (from DBLP, a publisher, Zotero) for books, chapters,
reports and anything the services miss.  :func:`load_overrides` parses the file
with bibtexparser 2 (LaTeX decoded to text); a block that does not parse is one
:class:`~readlist.model.Problem`, never an exception.  :func:`match_overrides`
attaches entries to works, by the first rule that holds:

1. the entry's ``url``, ``doi`` or arXiv ``eprint`` is the work's identity
   (URLs compared after :func:`readlist.urls.normalize_url`);
2. its title is the name a reading gives the work (after
   :func:`readlist.linktext.work_name` and :func:`readlist.similarity.normalize`);
3. a reading names it by the name before the title's colon (``Spark SQL``) and no
   other entry has that name.

A matched entry becomes a ``Metadata(source="overrides")`` whose ``key`` is the
entry's citation key, kept as it is; it wins over every service.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from readlist import lazyre
from readlist.arxiv_ids import parse_arxiv_id
from readlist.files import read_file
from readlist.linktext import work_name
from readlist.model import Course, Identity, Metadata, Problem, Work
from readlist.similarity import head, normalize
from readlist.urls import identify

if TYPE_CHECKING:
    from bibtexparser.library import Library
    from bibtexparser.middlewares.middleware import Middleware
    from bibtexparser.model import Block, Entry

DEFAULT_NAME = "readlist.bib"
MAX_BYTES = 4 * 1024 * 1024
SAFE_KEY = lazyre.compile(r"[A-Za-z0-9_:./+-]+")
"""Citation keys kept as they are: what BibTeX, biber and pandoc all accept."""

VERBATIM = frozenset({"url", "doi", "eprint"})

TYPES = {
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "techreport": "report",
    "report": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
}
"""BibTeX/biblatex entry type -> CSL type (others: no type)."""


@dataclass(frozen=True)
class Override:
    """One entry of the overrides file."""

    key: str
    metadata: Metadata
    identities: tuple[Identity, ...]
    """What links it: its URL, DOI and arXiv id."""
    line: int | None
    """1-based line of the entry."""
    file: str = DEFAULT_NAME
    """The overrides file it is in."""
    link: str = ""
    """The link a rendered bibliography gives it: its ``url``, else its DOI as written
    at ``https://doi.org/``, else its arXiv page."""

    @property
    def name(self) -> str:
        return normalize(work_name(self.metadata.title))

    def unused(self) -> Problem:
        """The ``check`` line for an entry that matches no reading."""
        return Problem(self.file, f"override {self.key!r} matches no reading", self.line)


@dataclass(frozen=True)
class Overrides:
    """What the file holds: entries, and the problems met reading it."""

    entries: tuple[Override, ...] = ()
    problems: tuple[Problem, ...] = ()


def load_overrides(path: Path) -> Overrides:
    """The entries of *path*; an absent file is no entries, an unusable one a problem."""
    try:
        text = read_file(path, MAX_BYTES)
    except FileNotFoundError:
        return Overrides()
    except (OSError, ValueError) as err:
        return Overrides(problems=(Problem(str(path), f"overrides file not read: {err}"),))
    return parse_overrides(text, str(path))


def course_overrides(course: Course, name: str = DEFAULT_NAME) -> Overrides:
    """The entries of the overrides file *name* in each site's root, together."""
    entries: list[Override] = []
    problems: list[Problem] = []
    for root in dict.fromkeys(site.root for site in course.sites):
        found = load_overrides(root / name)
        entries += found.entries
        problems += found.problems
    return Overrides(tuple(entries), tuple(problems))


def parse_overrides(text: str, where: str = DEFAULT_NAME) -> Overrides:
    """The entries of an overrides file's text; *where* names it in problems."""
    from bibtexparser.entrypoint import parse_string  # only when there is a file

    with _quiet_parser():
        library = parse_string(text, append_middleware=_middlewares())
    problems = [
        Problem(where, "entry not read: it does not parse as BibTeX", _line(block))
        for block in library.failed_blocks
    ]
    entries = []
    for entry in library.entries:
        override = _override(entry, where)
        if isinstance(override, str):
            problems.append(
                Problem(where, f"entry {entry.key!r} not used: {override}", _line(entry))
            )
        else:
            entries.append(override)
    return Overrides(tuple(entries), tuple(problems))


def match_overrides(
    works: Sequence[Work], overrides: Overrides
) -> tuple[dict[str, Metadata], tuple[Override, ...]]:
    """The override of each work it covers (by work id), and the entries no work matched."""
    if not overrides.entries:
        return {}, ()
    by_identity = {identity: o for o in overrides.entries for identity in o.identities}
    by_name: dict[str, list[Override]] = {}
    by_head: dict[str, list[Override]] = {}
    for entry in overrides.entries:
        by_name.setdefault(entry.name, []).append(entry)
        if (name := head(entry.metadata.title)) is not None:
            by_head.setdefault(name, []).append(entry)
    found: dict[str, Metadata] = {}
    used: set[str] = set()
    for work in works:
        chosen = by_identity.get(work.identity) or _by_title(work, by_name, by_head)
        if chosen is not None:
            found[work.id] = chosen.metadata
            used.add(chosen.key)
    unused = tuple(entry for entry in overrides.entries if entry.key not in used)
    return found, unused


def _by_title(
    work: Work, by_name: dict[str, list[Override]], by_head: dict[str, list[Override]]
) -> Override | None:
    names = {normalize(work_name(occ.reading.title)) for occ in work.occurrences} - {""}
    for table in (by_name, by_head):
        candidates = {entry.key: entry for name in names for entry in table.get(name, ())}
        if len(candidates) == 1:
            return next(iter(candidates.values()))
        if candidates:
            return None  # several entries compete: none is safe
    return None


def _override(entry: Entry, where: str) -> Override | str:
    """The override an entry gives, or why it gives none."""
    values = {field.key.lower(): field.value for field in entry.fields}
    title = _text(values.get("title"))
    if not title:
        return "it has no title"
    if not SAFE_KEY.fullmatch(entry.key):
        return "its citation key has characters BibTeX or pandoc would not read"
    kind = entry.entry_type.lower()
    doi = _doi(_text(values.get("doi")))
    arxiv_id = _arxiv_id(values)
    url = _text(values.get("url"))
    meta = Metadata(
        arxiv_id=arxiv_id,
        source="overrides",
        title=title,
        authors=_names(values.get("author") or values.get("editor")),
        published=_published(values),
        type=TYPES.get(kind, ""),
        container=_text(
            values.get("booktitle") or values.get("journal") or values.get("journaltitle")
        ),
        volume=_text(values.get("volume")),
        number=_text(values.get("number")),
        pages=re.sub(r"\s*[-\u2013\u2014]+\s*", "-", _text(values.get("pages"))),
        publisher=_text(
            values.get("publisher") or values.get("institution") or values.get("school")
        ),
        doi=doi or None,
        url=url,
        record=entry.key,
        key=entry.key,
    )
    identities = [identify(url)] if url else []
    if doi:
        identities.append(Identity("doi", doi))
    if arxiv_id:
        identities.append(Identity("arxiv", arxiv_id))
    written_doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", _text(values.get("doi")))
    link = url or (f"https://doi.org/{written_doi}" if doi else "")
    link = link or (f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else "")
    return Override(entry.key, meta, tuple(identities), _line(entry), where, link)


def _text(value: object) -> str:
    return " ".join(str(value).split()) if isinstance(value, (str, int)) else ""


def _names(value: object) -> tuple[str, ...]:
    names = value if isinstance(value, list) else [value] if value else []
    return tuple(name for name in map(_text, names) if name and name != "others")


def _doi(text: str) -> str:
    found = identify(text if text.startswith("http") else f"doi:{text}") if text else None
    return found.value if found is not None and found.scheme == "doi" else ""


def _arxiv_id(values: dict[str, object]) -> str:
    prefix = _text(values.get("archiveprefix") or values.get("eprinttype")).lower()
    eprint = _text(values.get("eprint"))
    if not eprint or prefix not in ("", "arxiv"):
        return ""
    parsed = parse_arxiv_id(eprint)
    return parsed[0] if parsed else ""


def _published(values: dict[str, object]) -> str:
    date = _text(values.get("date"))
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", date):
        return date
    year = _text(values.get("year"))
    if not re.fullmatch(r"\d{4}", year):
        return ""
    month = values.get("month")
    return f"{year}-{month:02d}" if isinstance(month, int) and 1 <= month <= 12 else year


def _line(block: Block) -> int | None:
    return block.start_line + 1 if block.start_line is not None else None


def _middlewares() -> list[Middleware]:
    """LaTeX decoded to text (except in verbatim fields), months as numbers, names as
    ``First Last``."""
    from bibtexparser.middlewares import (
        LatexDecodingMiddleware,
        MergeNameParts,
        MonthIntMiddleware,
        SeparateCoAuthors,
        SplitNameParts,
    )

    class TextDecoding(LatexDecodingMiddleware):
        """LaTeX decoded to text, except in the fields that are verbatim (``~`` in a URL)."""

        def transform_entry(self, entry: Entry, library: Library) -> Block:
            verbatim = {f.key: f.value for f in entry.fields if f.key.lower() in VERBATIM}
            block: Block = super().transform_entry(entry, library)
            for field in entry.fields:
                field.value = verbatim.get(field.key, field.value)
            return block

    return [
        TextDecoding(),
        MonthIntMiddleware(True),
        SeparateCoAuthors(),
        SplitNameParts(),
        MergeNameParts(style="first"),
    ]


@contextlib.contextmanager
def _quiet_parser() -> Iterator[None]:
    """bibtexparser logs each failed block on its own; readlist reports it once, as data."""
    logger = logging.getLogger("bibtexparser")
    propagate, silence = logger.propagate, logging.NullHandler()
    logger.propagate = False
    logger.addHandler(silence)
    try:
        yield
    finally:
        logger.removeHandler(silence)
        logger.propagate = propagate
