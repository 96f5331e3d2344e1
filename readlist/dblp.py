"""DBLP's publication search: records for papers outside arXiv.

``GET {base}/search/publ/api?q=<query>&format=json&h=<hits>`` through the one
hardened transport (:mod:`readlist.http`), at most one request per ``delay``
seconds (DBLP asks automated clients for one or two seconds), 429/503 retried
after ``Retry-After``.  Each hit becomes a :class:`~readlist.model.Metadata`
with ``source="dblp"``.  DBLP's JSON has quirks the parser absorbs: counts are
strings, one author (or one hit) is an object instead of a list, ``venue`` and
``ee`` may be lists, titles end with ``.`` and may carry HTML entities, and
names may carry disambiguation numbers (``Wei Wang 0001``).

Which record belongs to a reading is not decided here: see :mod:`readlist.match`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from readlist import lazyre
from readlist.http import Unreachable
from readlist.model import Metadata
from readlist.service import Service, fetched_now
from readlist.urls import identify

DEFAULT_URL = "https://dblp.org"
DEFAULT_DELAY = 1.0
"""DBLP asks automated clients to wait one or two seconds between requests."""
MAX_HITS = 1000
"""DBLP's cap on ``h``."""
TYPES = {
    "Conference and Workshop Papers": "paper-conference",
    "Journal Articles": "article-journal",
    "Informal and Other Publications": "article",
    "Parts in Books or Collections": "chapter",
    "Books and Theses": "book",
    "Editorship": "book",
    "Reference Works": "chapter",
    "Data and Artifacts": "dataset",
}
"""DBLP publication type -> CSL item type."""
_DISAMBIGUATION = lazyre.compile(r"\s+\d{4}$")
_DOI_LINK = lazyre.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)


class DblpClient(Service):
    """Searches DBLP; one instance per run (the delay is per client)."""

    name = "DBLP"

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        delay: float = DEFAULT_DELAY,
        timeout: float = 30.0,
        retries: int = 4,
        mailto: str | None = None,
    ) -> None:
        super().__init__(base_url, delay=delay, timeout=timeout, retries=retries, mailto=mailto)

    def search(self, query: str, hits: int = 30) -> list[Metadata] | None:
        """GET {base}/search/publ/api?q=<query>&format=json&h=<hits>.  [] = DBLP answered with
        no hit (cacheable "missing"); None = unreachable, garbled or empty body (never cached)."""
        if not query.split():
            return []  # nothing to search for: no request
        params = {"q": query, "format": "json", "h": str(max(1, min(hits, MAX_HITS)))}
        try:
            status, data = self.get_json(f"{self.base_url}/search/publ/api", params)
        except Unreachable:
            return None
        if status != 200:
            self.last_error = f"DBLP answered HTTP {status}"
            return None
        found = parse_search(data)
        if found is None:
            self.last_error = "DBLP's answer is not a search result"
        return found


def parse_search(data: Any) -> list[Metadata] | None:
    """The records of a search answer; ``None`` when it is not one."""
    result = data.get("result") if isinstance(data, dict) else None
    hits = result.get("hits") if isinstance(result, dict) else None
    if not isinstance(hits, dict):
        return None
    fetched = fetched_now()
    records = []
    for hit in _as_list(hits.get("hit")):
        info = hit.get("info") if isinstance(hit, dict) else None
        if isinstance(info, dict):
            records.append(to_metadata(info, fetched))
    return records


def to_metadata(info: dict[str, Any], fetched: str = "") -> Metadata:
    """A :class:`Metadata` (``source="dblp"``) from one hit's ``info`` object."""
    links = [_text(link) for link in _as_list(info.get("ee"))]
    doi = _text(info.get("doi")).lower() or _doi_from(links)
    venue = ", ".join(_text(v) for v in _as_list(info.get("venue")) if _text(v))
    return Metadata(
        arxiv_id=_corr_id(venue, links),
        status="found",
        title=_title(_text(info.get("title"))),
        authors=tuple(_name(a) for a in _as_list(_authors(info)) if _name(a)),
        published=_text(info.get("year")),
        type=TYPES.get(_text(info.get("type")), ""),
        venue=venue,
        pages=_text(info.get("pages")),
        volume=_text(info.get("volume")),
        number=_text(info.get("number")),
        publisher=_text(info.get("publisher")),
        doi=doi or None,
        url=_best_link(links, doi),
        record=_text(info.get("key")),
        fetched=fetched,
        source="dblp",
    )


def _as_list(value: Any) -> list[Any]:
    """DBLP writes one item as an object and several as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """A JSON scalar (or an ``{"text": ...}`` object) as clean one-line text."""
    if isinstance(value, dict):
        value = value.get("text", "")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return " ".join(html.unescape(str(value)).split())


def _authors(info: dict[str, Any]) -> Any:
    authors = info.get("authors")
    return authors.get("author") if isinstance(authors, dict) else None


def _name(author: Any) -> str:
    """A full name without DBLP's disambiguation number (``Wei Wang 0001``)."""
    return _DISAMBIGUATION.sub("", _text(author))


_AWARD = lazyre.compile(r"\s*\((?:awarded\s+)?best\s+(?:student\s+)?paper[^()]*\)\s*$", re.I)
"""A publisher's award note DBLP keeps in some titles (``(Awarded Best Paper!)``)."""


def _title(title: str) -> str:
    """The title without DBLP's final period (kept after ``?``/``!`` and for ``...``)
    and without an award note."""
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1].rstrip()
    return _AWARD.sub("", title)


def _doi_from(links: list[str]) -> str:
    for link in links:
        match = _DOI_LINK.match(link)
        if match:
            return match.group(1).lower()
    return ""


def _best_link(links: list[str], doi: str) -> str:
    if doi:
        return f"https://doi.org/{doi}"
    return next((link for link in links if link.startswith(("https://", "http://"))), "")


def _corr_id(venue: str, links: list[str]) -> str:
    """The arXiv id of a CoRR record (its ``ee`` is an arXiv link), else ``""``."""
    if venue != "CoRR":
        return ""
    found = (identify(link) for link in links)
    return next((i.value for i in found if i.scheme == "arxiv"), "")
