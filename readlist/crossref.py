"""Crossref's REST API: the record behind a DOI.

``GET {base}/works/{doi}`` through the one hardened transport
(:mod:`readlist.http`), with a User-Agent naming readlist and, when given, a
contact address (Crossref's "polite" pool), and the pace Crossref announces in
its ``X-Rate-Limit-Limit``/``X-Rate-Limit-Interval`` headers.  The answer is a
:class:`~readlist.model.Metadata` with ``source="crossref"`` and a status:

* ``found`` -- the work's message, mapped to the bibliographic fields;
* ``missing`` -- Crossref's own 404 (body ``Resource not found.``): cacheable;
* ``unreachable`` -- anything else (network, 5xx after retries, a garbled or
  empty body, a 404 from something that is not Crossref): never cached.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from readlist import lazyre
from readlist.http import Unreachable
from readlist.model import Metadata
from readlist.service import Service, fetched_now

DEFAULT_URL = "https://api.crossref.org"
NOT_FOUND = b"Resource not found."
TYPES = {
    "proceedings-article": "paper-conference",
    "journal-article": "article-journal",
    "book-chapter": "chapter",
    "book-section": "chapter",
    "book-part": "chapter",
    "reference-entry": "chapter",
    "book": "book",
    "monograph": "book",
    "edited-book": "book",
    "reference-book": "book",
    "report": "report",
    "dataset": "dataset",
    "posted-content": "article",
    "dissertation": "thesis",
}
"""Crossref work type -> CSL item type."""
_DATES = ("issued", "published-print", "published-online", "published")
_TAG = lazyre.compile(r"<[^>]{0,200}>")
_INTERVAL = lazyre.compile(r"^\s*(\d+(?:\.\d+)?)\s*s?\s*$")
_DOI = lazyre.compile(r"10\.\d{4,9}/\S+")
_DOI_SAFE = "/:;()._-"
"""Characters of a DOI sent as they are; any other is percent-encoded."""


class CrossrefClient(Service):
    """Looks DOIs up in Crossref; one instance per run."""

    name = "Crossref"

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        delay: float = 0.0,
        timeout: float = 30.0,
        retries: int = 4,
        mailto: str | None = None,
    ) -> None:
        super().__init__(base_url, delay=delay, timeout=timeout, retries=retries, mailto=mailto)

    def work(self, doi: str) -> Metadata:
        """GET {base}/works/{doi}: status "found"; "missing" on Crossref's 404 "Resource not
        found."; "unreachable" otherwise (never cached).  Honours X-Rate-Limit-* headers.
        A string that is not a DOI (``10.<digits>/<suffix>``) is "invalid", never sent."""
        bare = doi.strip().lower()
        asked = Metadata(arxiv_id="", source="crossref", doi=bare, record=bare)
        if not _DOI.fullmatch(bare):
            return replace(asked, status="invalid")
        url = f"{self.base_url}/works/{quote(bare, safe=_DOI_SAFE)}"
        try:
            status, data = self.get_json(url)
        except Unreachable:
            return replace(asked, status="unreachable")
        self._pace()
        if status == 404 and isinstance(data, bytes) and data.strip() == NOT_FOUND:
            return replace(asked, status="missing", fetched=fetched_now())
        message = data.get("message") if status == 200 and isinstance(data, dict) else None
        if not isinstance(message, dict) or data.get("message-type") != "work":
            self.last_error = f"Crossref answered HTTP {status} for {bare}, not a work"
            return replace(asked, status="unreachable")
        return to_metadata(message, fetched_now(), bare)

    def _pace(self) -> None:
        """Keep to the rate Crossref announced (``limit`` requests per ``interval``)."""
        headers = self.transport.last_headers
        limit = headers.get("X-Rate-Limit-Limit", "").strip()
        interval = _INTERVAL.match(headers.get("X-Rate-Limit-Interval", ""))
        if limit.isdigit() and int(limit) > 0 and interval:
            self.transport.slow_down(float(interval.group(1)) / int(limit))


def to_metadata(message: dict[str, Any], fetched: str = "", doi: str = "") -> Metadata:
    """A :class:`Metadata` (``source="crossref"``) from a ``/works`` message."""
    found_doi = (_text(message.get("DOI")) or doi).lower()
    containers = _texts(message.get("container-title"))
    short = _texts(message.get("short-container-title"))
    return Metadata(
        arxiv_id="",
        status="found",
        title=_title(message),
        authors=tuple(filter(None, (_author(a) for a in _list(message.get("author"))))),
        published=_date(message),
        type=TYPES.get(_text(message.get("type")), ""),
        venue=(short or containers or [""])[0],
        container=(containers or [""])[0],
        pages=_text(message.get("page")),
        volume=_text(message.get("volume")),
        number=_text(message.get("issue")),
        publisher=_text(message.get("publisher")),
        doi=found_doi or None,
        url=f"https://doi.org/{found_doi}" if found_doi else _text(message.get("URL")),
        record=found_doi,
        fetched=fetched,
        source="crossref",
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    """A JSON string as one line of plain text (JATS tags and HTML entities removed)."""
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(_TAG.sub("", value)).split())


def _texts(value: Any) -> list[str]:
    return [t for t in map(_text, _list(value)) if t]


def _title(message: dict[str, Any]) -> str:
    """``title`` with its ``subtitle`` (ACM splits at the colon: "Spark SQL" + "...")."""
    title = (_texts(message.get("title")) or [""])[0]
    subtitle = (_texts(message.get("subtitle")) or [""])[0]
    if subtitle and subtitle.casefold() not in title.casefold():
        return f"{title}: {subtitle}" if title else subtitle
    return title


def _author(author: Any) -> str:
    if not isinstance(author, dict):
        return ""
    name = " ".join(filter(None, (_text(author.get("given")), _text(author.get("family")))))
    return name or _text(author.get("name"))


def _date(message: dict[str, Any]) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from the first dated field; "" if none is valid."""
    for name in _DATES:
        field = message.get(name)
        parts = field.get("date-parts") if isinstance(field, dict) else None
        first = parts[0] if isinstance(parts, list) and parts else None
        if isinstance(first, list) and first:
            date = _valid_parts(first)
            if date:
                return date
    return ""


def _valid_parts(parts: list[Any]) -> str:
    """Year, then month and day while they are whole numbers in range."""
    limits = ((1000, 2999), (1, 12), (1, 31))
    kept: list[int] = []
    for value, (low, high) in zip(parts, limits, strict=False):
        number = int(value) if isinstance(value, int | str) and str(value).isdigit() else None
        if number is None or not low <= number <= high:
            break
        kept.append(number)
    if not kept:
        return ""
    return "-".join([f"{kept[0]:04d}", *(f"{n:02d}" for n in kept[1:])])
