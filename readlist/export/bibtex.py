"""BibTeX (natbib/plainnat) and biblatex (biber) bibliographies, one entry per work.

Entries are built as bibtexparser ``Entry``/``Field`` objects and written by its
writer.  Every text field is made by :func:`_text` (escaped, plain math only,
ASCII for ``bibtex`` or ``--ascii``: :mod:`readlist.export.latex`), every link
by ``safe_url``, names by :func:`bibtex_names`; only validated ids, dates and
constants are written as they are.  Every value is checked to be brace-balanced
before it is written: a value that could end its field early is a bug, reported
as :class:`ExportError` instead of a broken file (the tests parse every output
back with bibtexparser).

arXiv preprints are ``@misc`` (BibTeX, with ``howpublished = arXiv:<id> [<class>]``
because common ``.bst`` files ignore ``eprint``) or ``@online`` (biblatex, with
``eprinttype``/``eprintclass``; no DOI or URL for the same arXiv page).  Works a
source vouches for (DBLP, Crossref, the overrides, an arXiv paper's published
version) take their type: ``@inproceedings``, ``@article``, ``@book``,
``@incollection``, ``@techreport`` (biblatex ``@report``), when the fields the
type requires are known, else ``@misc``; an arXiv paper keeps its eprint fields.
Works known only from the site are honest ``@misc``/``@online`` entries: link
text, URL, DOI if the link is one, and a ``note`` that the metadata is
unverified (``ExportOptions.notes``).  Every entry lists where it is read
(``annote``/``annotation``) and its requirements (``keywords``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import MonthAbbreviationMiddleware
from bibtexparser.middlewares.middleware import Middleware
from bibtexparser.middlewares.parsestack import default_unparse_stack
from bibtexparser.model import Entry, Field, ImplicitComment
from bibtexparser.writer import BibtexFormat

from readlist.errors import ExportError
from readlist.export.latex import latex_name_part, latex_text, safe_url
from readlist.export.names import Name
from readlist.export.record import ExportOptions, Record, build_records
from readlist.model import Course


def to_bibtex(course: Course, options: ExportOptions) -> str:
    """The course bibliography for classic BibTeX (``@misc``, ``archivePrefix``).

    Always ASCII (non-ASCII as LaTeX macros): BibTeX 0.99d counts bytes, and
    pdflatex stops at a UTF-8 character it has no glyph for.
    """
    options = replace(options, ascii=True)
    records = build_records(course, options)
    entries = [_bibtex_entry(record, options) for record in records]
    months = MonthAbbreviationMiddleware(allow_inplace_modification=True)
    return _write(_header(records, "BibTeX"), entries, [months])


def to_biblatex(course: Course, options: ExportOptions) -> str:
    """The course bibliography for biblatex/biber (``@online``, ``eprinttype``);
    UTF-8 unless ``options.ascii``."""
    records = build_records(course, options)
    entries = [_biblatex_entry(record, options) for record in records]
    return _write(_header(records, "biblatex"), entries, [])


def bibtex_names(names: tuple[Name, ...], options: ExportOptions) -> str:
    """``Zheng, Lianmin and Li, Zhuohan``; past ``max_authors``, ``and others``."""
    shown = names if options.max_authors is None else names[: options.max_authors]
    parts = [_bibtex_name(name, options.ascii) for name in shown]
    if len(shown) < len(names):
        parts.append("others")
    return " and ".join(parts)


def _bibtex_name(name: Name, ascii: bool) -> str:
    if name.literal:
        return "{" + latex_name_part(name.literal, ascii=ascii) + "}"
    last = latex_name_part(name.family, ascii=ascii)
    if name.particle:
        last = f"{latex_name_part(name.particle, ascii=ascii)} {last}"
    pieces = [last]
    if name.suffix:
        pieces.append(latex_name_part(name.suffix, ascii=ascii))
    if name.given:
        pieces.append(latex_name_part(name.given, ascii=ascii))
    return ", ".join(pieces)


def _header(records: list[Record], style: str) -> ImplicitComment:
    # BibTeX reads an at-sign anywhere outside an entry as a new entry: none here.
    arxiv = sum(record.status == "arxiv" for record in records)
    return ImplicitComment(
        f"% Course bibliography for {style}, written by readlist.\n"
        f"% {len(records)} works, {arxiv} with arXiv metadata; entries whose note says\n"
        "% the metadata is unverified carry only what the course site says."
    )


def _kind(record: Record) -> str:
    """The BibTeX entry type: the source's type when every field its style requires
    (author, year, the container, the publisher ...) is there, else ``misc``."""
    if not record.verified or record.preprint or not record.authors or not record.date:
        return "misc"
    kinds = {
        "paper-conference": ("inproceedings", record.container),
        "article-journal": ("article", record.container),
        "chapter": ("incollection", record.container and record.publisher),
        "book": ("book", record.publisher),
        "report": ("techreport", record.publisher),
    }
    kind, required = kinds.get(record.type, ("misc", ""))
    return kind if required else "misc"


def _venue_fields(record: Record, kind: str, options: ExportOptions, biblatex: bool) -> list[Field]:
    """Container, volume, number, pages and publisher, under the names *kind* uses."""
    container = {
        "inproceedings": "booktitle",
        "incollection": "booktitle",
        "article": "journaltitle" if biblatex else "journal",
    }.get(kind, "howpublished" if not record.preprint else "")
    publisher = "institution" if kind == "techreport" else "publisher"
    values = [
        (container, record.container),
        ("volume", record.volume),
        ("number", record.number),
        ("pages", re.sub(r"\s*[-\u2013\u2014]+\s*", "--", record.pages)),
        (publisher, record.publisher if kind != "misc" else ""),
    ]
    return [_text(name, value, options) for name, value in values if name and value]


def _eprint(record: Record) -> bool:
    return bool(record.arxiv_id) and record.status != "arxiv-missing"


def _as_preprint(record: Record) -> bool:
    """Cited as the arXiv preprint (fetched, or not fetched yet)."""
    return _eprint(record) and (record.preprint or record.status == "arxiv-pending")


def _common_tail(
    record: Record, options: ExportOptions, where_field: str, links: tuple[str, ...]
) -> list[Field]:
    fields = []
    if "doi" in links and record.doi:
        fields.append(Field("doi", safe_url(record.doi)))
    if "url" in links and record.url:
        fields.append(Field("url", safe_url(record.url)))
    note = (record.caveat if options.notes else "") or record.journal_ref
    if note:
        fields.append(_text("note", note, options))
    if record.requirements:
        fields.append(_text("keywords", ", ".join(record.requirements), options))
    if record.places:
        where = "Read in " + record.where_read() + "."
        fields.append(_text(where_field, where, options))
    if options.abstracts and record.abstract:
        fields.append(_text("abstract", record.abstract, options))
    return fields


def _text(name: str, value: str, options: ExportOptions, *, title: bool = False) -> Field:
    """A text field: escaped, plain math kept, non-ASCII encoded when asked."""
    return Field(name, latex_text(value, title=title, ascii=options.ascii))


def _bibtex_entry(record: Record, options: ExportOptions) -> Entry:
    kind = _kind(record)
    fields = []
    if record.authors:
        fields.append(Field("author", bibtex_names(record.authors, options)))
    fields.append(_text("title", record.title, options, title=True))
    fields += _venue_fields(record, kind, options, biblatex=False)
    if _as_preprint(record):
        cite_as = f"arXiv:{record.arxiv_id}" + (f" [{record.category}]" if record.category else "")
        fields.append(_text("howpublished", cite_as, options))
    if record.date:
        fields.append(Field("year", str(record.date[0])))
        if len(record.date) > 1:
            fields.append(Field("month", record.date[1]))
    if _eprint(record):
        fields += [Field("eprint", record.arxiv_id), Field("archivePrefix", "arXiv")]
        if record.category:
            fields.append(_text("primaryClass", record.category, options))
    if not record.authors:
        # plainnat needs an author or a key to sort ("to sort, need author or key").
        sort_words = " ".join(record.title.split()[:3]).rstrip(":;,.")
        fields.append(_text("key", sort_words, options))
    tail = _common_tail(record, options, "annote", ("doi", "url"))
    return Entry(kind, record.key, fields + tail)


def _biblatex_links(record: Record) -> tuple[str, ...]:
    """The eprint, a DOI of another page than arXiv's, then the URL only when nothing
    else links the work."""
    arxiv_doi = bool(record.doi) and str(record.doi).lower().startswith("10.48550/arxiv.")
    doi = bool(record.doi) and not (_eprint(record) and arxiv_doi)
    return ("doi",) if doi else () if _eprint(record) else ("url",)


def _biblatex_entry(record: Record, options: ExportOptions) -> Entry:
    kind = _kind(record)
    fields = []
    if record.authors:
        fields.append(Field("author", bibtex_names(record.authors, options)))
    fields.append(_text("title", record.title, options, title=True))
    fields += _venue_fields(record, kind, options, biblatex=True)
    if kind == "techreport":
        fields.append(Field("type", "techreport"))
    if record.date:
        fields.append(Field("date", "-".join(f"{part:02d}" for part in record.date)))
    if _eprint(record):
        fields += [Field("eprint", record.arxiv_id), Field("eprinttype", "arXiv")]
        if record.category:
            fields.append(_text("eprintclass", record.category, options))
        if _as_preprint(record):
            fields.append(Field("pubstate", "preprint"))
    biblatex_kind = {"techreport": "report"}.get(kind, kind)
    if biblatex_kind == "misc" and (_as_preprint(record) or not record.verified):
        biblatex_kind = "online"
    tail = _common_tail(record, options, "annotation", _biblatex_links(record))
    return Entry(biblatex_kind, record.key, fields + tail)


def _write(header: ImplicitComment, entries: list[Entry], middleware: list[Middleware]) -> str:
    fmt = BibtexFormat()  # type: ignore[no-untyped-call]
    fmt.indent = "  "
    fmt.value_column = "auto"
    fmt.trailing_comma = True
    fmt.block_separator = "\n"
    library = Library([header, *entries])
    # The library is ours and thrown away: let every middleware work in place
    # (the default stack deep-copies it, a third of the export time).
    stack = [*middleware, *default_unparse_stack(allow_inplace_modification=True)]
    _check_fields(entries)
    text: str = write_string(library, unparse_stack=stack, bibtex_format=fmt)
    return text


def _check_fields(entries: list[Entry]) -> None:
    """Every value brace-balanced: written inside ``{...}``, it cannot end its field
    early or open a new entry (BibTeX and biber count braces, backslash or not)."""
    for entry in entries:
        for field in entry.fields:
            value = str(field.value)
            if ("{" in value or "}" in value) and not _balanced(value):
                raise ExportError(
                    f"internal error: field {field.key} of {entry.key} would break the "
                    "BibTeX file (unbalanced braces); please report this"
                )


def _balanced(value: str) -> bool:
    depth = 0
    for char in value:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
