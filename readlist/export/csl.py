"""CSL-JSON (pandoc ``--citeproc``, Zotero, citation.js): one item per work.

Items keep to the CSL 1.0 input schema (no key outside it): an arXiv preprint
is ``article`` with ``publisher: arXiv`` and ``number: arXiv:<id>``; a work a
source vouches for takes the source's type (``paper-conference``,
``article-journal``, ``book``, ``chapter``, ``report`` ...) with
``container-title``, ``volume``, ``issue``, ``page`` and ``publisher``; a work
known only from the site is a ``webpage`` (``document`` for a PDF link) with a
``note`` saying so (unless ``ExportOptions.notes`` is off).  ``id`` is the
citation key (what ``[@key]`` looks up).
CSL text is not LaTeX: titles and abstracts are written as arXiv gives them
(citeproc reads only ``<i> <b> <sc> <sup> <sub> <span class="nocase">`` as
markup; any other tag, ``<script>`` included, prints as text).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from readlist.export.names import Name
from readlist.export.record import ExportOptions, Record, build_records
from readlist.model import Course


def to_csl_json(course: Course, options: ExportOptions) -> str:
    """The course bibliography as a CSL-JSON array (UTF-8, two-space indent)."""
    items = [csl_item(record, options) for record in build_records(course, options)]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def csl_item(record: Record, options: ExportOptions | None = None) -> dict[str, Any]:
    """One CSL item for a record."""
    notes = options.notes if options is not None else True
    item: dict[str, Any] = {
        "id": record.key,
        "citation-key": record.key,
        "type": _type(record),
        "title": record.title,
    }
    if record.authors:
        item["author"] = [csl_name(name) for name in record.authors]
    if record.date:
        item["issued"] = {"date-parts": [list(record.date)]}
    item.update(_venue(record))
    if record.doi:
        item["DOI"] = record.doi
    if record.url:
        item["URL"] = record.url
    if record.abstract:
        item["abstract"] = record.abstract
    caveat = record.caveat if notes else ""
    note = " ".join(part for part in (caveat, record.journal_ref) if part)
    if note:
        item["note"] = note
    if record.requirements:
        item["keyword"] = ", ".join(record.requirements)
    if record.places:
        item["annote"] = "Read in " + record.where_read() + "."
    return item


def csl_name(name: Name) -> dict[str, str]:
    """``{"family", "given"}`` (+ particle, suffix), or ``{"literal"}``."""
    if name.literal:
        return {"literal": name.literal}
    parts = {
        "family": name.family,
        "given": name.given,
        "non-dropping-particle": name.particle,
        "suffix": name.suffix,
    }
    return {key: value for key, value in parts.items() if value}


def _preprint(record: Record) -> bool:
    return bool(record.arxiv_id) and (record.preprint or record.status == "arxiv-pending")


def _venue(record: Record) -> dict[str, str]:
    if _preprint(record):
        return {"publisher": "arXiv", "number": f"arXiv:{record.arxiv_id}"}
    values = {
        "container-title": record.container,
        "volume": record.volume,
        "issue" if record.type == "article-journal" else "number": record.number,
        "page": record.pages,
        "publisher": record.publisher,
    }
    return {key: value for key, value in values.items() if value}


def _type(record: Record) -> str:
    if _preprint(record):
        return "article"
    if record.verified and record.type:
        return record.type
    path = urlsplit(record.url).path.lower()
    return "document" if path.endswith(".pdf") or "/pdf/" in path else "webpage"
