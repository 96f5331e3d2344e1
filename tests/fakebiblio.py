"""Fake DBLP and Crossref APIs on 127.0.0.1, for tests and benchmarks.

One server answers both services (so one base URL serves ``DblpClient`` and
``CrossrefClient``), speaking their real JSON as ``fixtures/biblio/README.md``
describes:

* ``GET /search/publ/api?q=...&format=json&h=...&f=...`` -- DBLP's publication
  search.  Every query word must begin a word of the record (title, authors,
  venue, year), case-insensitively, as on dblp.org; a word ending in ``$`` must
  be a whole word.  Hits come newest first, so a journal version is listed
  before its conference paper.  Counts are strings; one author is an object, not
  a list; one hit is an object, not a list; no ``hit`` key when nothing matches.
* ``GET /works/{doi}`` -- Crossref: the ``{"status": "ok", "message": ...}``
  envelope, the DOI lower-cased, and a 404 with the body ``Resource not found.``
  for an unknown DOI.  Every answer carries ``X-Rate-Limit-Limit`` and
  ``X-Rate-Limit-Interval`` (:attr:`FakeBiblio.rate_limit`).

Records come from ``tests/fixtures/biblio/records.json`` plus any added with
:meth:`FakeBiblio.add_dblp` / :meth:`FakeBiblio.add_crossref`.  Every request is
recorded (:attr:`FakeBiblio.requests`); faults queued with :meth:`FakeBiblio.inject`
(:class:`fakearxiv.Fault`, plus the kinds ``garbage``, ``empty``, ``truncated``
and ``deep`` -- 200,000 nested ``[`` -- for the JSON body) are served one per request, in order.

Run it by hand::

    python -m tests.fakebiblio --port 8766
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import threading
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

try:
    from fakearxiv import Fault, FaultyHandler, Served
except ImportError:  # python -m tests.fakebiblio
    from tests.fakearxiv import Fault, FaultyHandler, Served

RECORDS = Path(__file__).resolve().parent / "fixtures" / "biblio" / "records.json"
SERVICE_VARIABLES = (
    "READLIST_DBLP_URL",
    "READLIST_DBLP_DELAY",
    "READLIST_CROSSREF_URL",
    "READLIST_CROSSREF_DELAY",
)
"""The environment that points readlist at DBLP and Crossref (tests' conftest sets it)."""


def environment() -> dict[str, str]:
    """The DBLP/Crossref variables of this process, for a subprocess environment
    built from scratch (the test suite points them at an empty fake)."""
    import os

    return {name: os.environ[name] for name in SERVICE_VARIABLES if name in os.environ}


_WORD = re.compile(r"[^\W_]+")
_NOT_FOUND = b"Resource not found."


@dataclass(frozen=True)
class Request:
    """What the server saw."""

    time: float
    service: str
    """``dblp`` or ``crossref`` (or ``other`` for any other path)."""
    query: str
    """The DBLP ``q`` parameter, or the DOI asked of Crossref."""
    params: dict[str, str]
    user_agent: str
    peer: tuple[str, int]
    sent: list[int] = field(default_factory=lambda: [0])
    """Body bytes written before the answer ended or the client hung up (``sent[0]``)."""


@dataclass
class FakeBiblio(Served):
    """The fake server; use as a context manager or call :meth:`start`/:meth:`stop`."""

    records_file: Path | None = RECORDS
    latency: float = 0.0
    port: int = 0
    rate_limit: tuple[str, str] = ("50", "1s")
    """``X-Rate-Limit-Limit`` and ``X-Rate-Limit-Interval`` sent with every Crossref answer."""
    message_type: str = "work"
    """Crossref's ``message-type`` (``work-list`` is what a search answers)."""
    dblp: list[dict[str, Any]] = field(default_factory=list)
    """DBLP ``info`` objects (authors as a plain list of names, as in records.json)."""
    crossref: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Crossref messages by lower-cased DOI."""
    requests: list[Request] = field(default_factory=list)
    _words: list[tuple[str, ...]] = field(default_factory=list)
    _faults: deque[Fault] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    def __post_init__(self) -> None:
        self.handler = _Handler
        if self.records_file is not None:
            for record in json.loads(self.records_file.read_text(encoding="utf-8")):
                if record["dblp"]:
                    self.add_dblp(record["dblp"])
                if record["crossref"]:
                    self.add_crossref(record["crossref"])

    @property
    def url(self) -> str:
        """The base URL of both services (``DblpClient``/``CrossrefClient`` ``base_url``)."""
        return f"http://127.0.0.1:{self.port}"

    def add_dblp(self, info: dict[str, Any]) -> None:
        """Serve one more DBLP record (an ``info`` object, authors as a list of names)."""
        text = " ".join(
            [str(info.get("title", "")), *map(str, info.get("authors", ())), str(info.get("year"))]
            + (info["venue"] if isinstance(info.get("venue"), list) else [str(info.get("venue"))])
        )
        words = tuple(w.casefold() for w in _WORD.findall(_unescape(text)))
        with self._lock:
            self.dblp.append(info)
            self._words.append(words)

    def add_crossref(self, message: dict[str, Any]) -> None:
        """Serve one more Crossref message (its ``DOI`` is the key, case-insensitive)."""
        with self._lock:
            self.crossref[str(message["DOI"]).lower()] = message

    def search(self, query: str) -> list[dict[str, Any]]:
        """The records every query word matches, newest first (DBLP's prefix matching)."""
        wanted = [w.casefold() for w in re.findall(r"[^\W_]+\$?", _unescape(query))]
        with self._lock:
            indexed = list(zip(self.dblp, self._words, strict=True))
        found = [info for info, words in indexed if all(_matches(w, words) for w in wanted)]
        return sorted(found, key=lambda info: -int(info.get("year") or 0)) if wanted else []

    def search_answer(self, query: str, hits: int, first: int) -> dict[str, Any]:
        """The JSON DBLP answers for a search (hit objects, counts as strings)."""
        found = self.search(query)
        page = found[first : first + hits]
        head = {"@total": str(len(found)), "@computed": str(len(found)), "@sent": str(len(page))}
        result: dict[str, Any] = {
            "query": query,
            "status": {"@code": "200", "text": "OK"},
            "time": {"@unit": "msecs", "text": "1.23"},
            "completions": {"@total": "0", "@computed": "0", "@sent": "0"},
            "hits": {**head, "@first": str(first)},
        }
        if page:
            hit = [_hit(info, first + i) for i, info in enumerate(page)]
            result["hits"]["hit"] = hit[0] if len(hit) == 1 else hit
        return {"result": result}

    def work_answer(self, doi: str) -> dict[str, Any] | None:
        """Crossref's envelope for *doi*, or ``None`` (a 404)."""
        message = self.crossref.get(doi.lower())
        if message is None:
            return None
        doi = str(message["DOI"]).lower()
        body = {**message, "DOI": doi, "URL": f"https://doi.org/{doi}"}
        envelope = {"status": "ok", "message-type": self.message_type, "message-version": "1.0.0"}
        return {**envelope, "message": body}


def _matches(word: str, words: tuple[str, ...]) -> bool:
    if word.endswith("$"):
        return word[:-1] in words
    return any(w.startswith(word) for w in words)


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&")


def _hit(info: dict[str, Any], position: int) -> dict[str, Any]:
    """One DBLP hit: ``authors.author`` an object for one author, a list for several."""
    names = [
        {
            "@pid": f"{zlib.crc32(n.encode()) % 100:02d}/{zlib.crc32(n[::-1].encode()) % 10000}",
            "text": n,
        }
        for n in info.get("authors", ())
    ]
    body = {k: v for k, v in info.items() if k not in ("authors", "booktitle")}
    if names:
        body = {"authors": {"author": names[0] if len(names) == 1 else names}, **body}
    if "key" in info:
        body.setdefault("url", f"https://dblp.org/rec/{info['key']}")
    body.setdefault("access", "closed")
    return {"@score": str(9 - min(position, 8)), "@id": str(100000 + position), "info": body}


def _pid(name: str) -> str:
    """A stable DBLP-style person id (``28/2391``) for a name."""
    crc = zlib.crc32(name.encode())
    return f"{crc % 100:02d}/{crc // 100 % 10000}"


class _Handler(FaultyHandler):
    content_type = "application/json; charset=utf-8"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        fake: FakeBiblio = self.server.fake  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if parts.path == "/search/publ/api":
            service, query = "dblp", params.get("q", "")
        elif parts.path.startswith("/works/"):
            service, query = "crossref", unquote(parts.path.removeprefix("/works/"))
        else:
            service, query = "other", parts.path
        agent = self.headers.get("User-Agent", "")
        request = Request(time.monotonic(), service, query, params, agent, self.client_address[:2])
        fault = fake._record(request)
        slow = fault is not None and fault.kind == "slow"
        time.sleep(fake.latency + (fault.seconds if fault and slow else 0.0))
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(fake, request, fault)

    def _answer(self, fake: FakeBiblio, request: Request, fault: Fault | None) -> None:
        kind = fault.kind if fault else "ok"
        limits = {"X-Rate-Limit-Limit": fake.rate_limit[0]}
        limits["X-Rate-Limit-Interval"] = fake.rate_limit[1]
        extra = limits if request.service == "crossref" else {}
        body = self._body(fake, request)
        if kind == "status" and fault is not None:
            after = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            self._send(fault.status, b"", "text/html", {**extra, **after})
        elif kind in FaultyHandler.FAULTS and fault is not None:
            self._send_fault(fault, body or b"{}", request.sent)
        elif kind in ("garbage", "empty", "truncated", "deep"):
            garbled = {"garbage": b"<html><body>Service busy</body></html>", "empty": b""}
            garbled["deep"] = b"[" * 200_000
            self._send(200, garbled.get(kind, (body or b"{}")[: len(body or b"{}") // 2]))
        elif body is None:
            self._send(404, _NOT_FOUND, "text/plain", extra)
        else:
            self._send(200, body, "", extra)

    def _body(self, fake: FakeBiblio, request: Request) -> bytes | None:
        if request.service == "dblp":
            hits = int(request.params.get("h", "30") or 30)
            first = int(request.params.get("f", "0") or 0)
            return json.dumps(fake.search_answer(request.query, min(hits, 1000), first)).encode()
        if request.service == "crossref":
            answer = fake.work_answer(request.query)
            return None if answer is None else json.dumps(answer).encode()
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve fake DBLP and Crossref APIs on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    args = parser.parse_args()
    fake = FakeBiblio(latency=args.latency, port=args.port).start()
    fake.serve_until_interrupted(f"fake DBLP + Crossref at {fake.url} ({len(fake.dblp)} records)")


if __name__ == "__main__":
    main()
