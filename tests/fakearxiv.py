"""A fake arXiv query API on 127.0.0.1, for tests and benchmarks.

Real HTTP (a ``ThreadingHTTPServer`` in a thread, HTTP/1.1 keep-alive), feeds
assembled from ``tests/fixtures/arxiv/entries`` as that directory's README
describes: the real 2026 feed header, ``itemsPerPage`` echoing ``max_results``,
``totalResults`` counting the ids found, unknown ids silently dropped, a
malformed id answered with the HTTP 400 error feed.  Entries come back in
*reverse* request order, so a client that matches results by position fails.

Every request is recorded (:attr:`FakeArxiv.requests`).  Faults queued with
:meth:`FakeArxiv.inject` are served one per request, in order; see :class:`Fault`.
With ``synthetic=True`` any well-formed id without a fixture gets a generated
entry (for benchmarks with hundreds of ids).

Run it by hand (the lead produces the shipped ``examples/dsc204a-w24/cache/`` this way)::

    python -m tests.fakearxiv --port 8765 [--synthetic] [--latency 0.5]
"""

from __future__ import annotations

import argparse
import contextlib
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

ENTRIES = Path(__file__).resolve().parent / "fixtures" / "arxiv" / "entries"
METADATA_FIELDS = (
    "version",
    "title",
    "authors",
    "published",
    "updated",
    "primary_category",
    "categories",
    "comment",
    "journal_ref",
    "doi",
    "abstract",
)
"""The fields ``fixtures/arxiv/metadata.json`` records for each paper, besides its id."""
# The server's own id check is looser than readlist's (like the real one).
_LOOKS_LIKE_ID = re.compile(r"^(\d{4}\.\d{4,5}|[a-z][a-z-]*(\.[A-Z]{2})?/\d{7})(v\d+)?$")
_VERSION = re.compile(r"v\d+$")
TRICKLE_LIMIT = 10.0
"""A ``trickle`` answer gives up (closes the connection) after this many seconds."""
ENDLESS_CAP = 64 * 1024 * 1024
"""An ``endless`` body stops after this many bytes (so a client without a cap still ends)."""

_HEAD = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
    "  <id>https://arxiv.org/api/fakearxiv</id>\n"
    "  <title>arXiv Query: search_query=&amp;id_list={ids}&amp;start={start}"
    "&amp;max_results={max}</title>\n"
    "  <updated>2026-04-12T22:10:19Z</updated>\n"
    '  <link href="https://arxiv.org/api/query?search_query=&amp;start={start}'
    '&amp;max_results={max}&amp;id_list={ids}" type="application/atom+xml"/>\n'
    "  <opensearch:itemsPerPage>{max}</opensearch:itemsPerPage>\n"
    "  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
    "  <opensearch:startIndex>{start}</opensearch:startIndex>\n"
)
_ERROR_FEED = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
    "  <id>https://arxiv.org/</id>\n"
    "  <title>arXiv Search Results</title>\n"
    "  <updated>2026-04-12T22:59:06Z</updated>\n"
    "  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>\n"
    "  <opensearch:totalResults>1</opensearch:totalResults>\n"
    "  <opensearch:startIndex>0</opensearch:startIndex>\n"
    "  <entry>\n"
    "    <id>https://arxiv.org/api/errors#incorrect_id_format_for_{i}</id>\n"
    "    <title>Error</title>\n"
    "    <updated>2026-04-12T22:59:06Z</updated>\n"
    '    <link href="https://arxiv.org/api/errors#incorrect_id_format_for_{i}" '
    'rel="alternate" type="text/html"/>\n'
    "    <summary>incorrect id format for {i}</summary>\n"
    "    <author>\n      <name>arXiv api core</name>\n    </author>\n"
    "  </entry>\n"
    "</feed>\n"
)
_SYNTHETIC = """<entry>
    <id>http://arxiv.org/abs/{id}v1</id>
    <title>Synthetic paper {id}</title>
    <updated>20{yy}-{mm}-02T10:00:00Z</updated>
    <link href="https://arxiv.org/abs/{id}v1" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/{id}v1" rel="related" type="application/pdf" title="pdf"/>
    <summary>A generated abstract for {id}.</summary>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <published>20{yy}-{mm}-02T10:00:00Z</published>
    <arxiv:primary_category term="cs.LG"/>
    <author>
      <name>Ada Lovelace</name>
    </author>
  </entry>"""


@dataclass(frozen=True)
class Fault:
    """One bad answer.  ``kind``:

    ``status``     HTTP ``status`` with an HTML body (and ``Retry-After`` if given)
    ``empty``      a valid feed with no entries and ``totalResults`` 0
    ``truncated``  the feed cut in the middle (``Content-Length`` matches the cut body)
    ``slow``       wait ``seconds`` before answering normally
    ``error200``   the error feed for the first id, with HTTP 200
    ``redirect``   HTTP 302 to ``location`` (another host or port: must not be followed)
    ``trickle``    the headers, then the body one byte every ``seconds`` (for 10 s at most)
    ``endless``    a body without length that never ends (cut after ``ENDLESS_CAP`` bytes)
    ``baddate``    the first id's entry with ``<published>not a date</published>``
    """

    kind: str
    status: int = 503
    retry_after: str | None = None
    seconds: float = 0.0
    location: str = ""

    @classmethod
    def http(cls, status: int, retry_after: str | None = None) -> Fault:
        return cls("status", status=status, retry_after=retry_after)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        return cls("slow", seconds=seconds)

    @classmethod
    def redirect(cls, location: str) -> Fault:
        return cls("redirect", location=location)

    @classmethod
    def trickle(cls, seconds: float) -> Fault:
        return cls("trickle", seconds=seconds)


@dataclass(frozen=True)
class Request:
    """What the server saw."""

    time: float
    """``time.monotonic()`` when the request arrived."""
    ids: list[str]
    start: int
    max_results: int
    user_agent: str
    peer: tuple[str, int]
    """Client address and port: one port for all requests = one connection."""
    sent: list[int] = field(default_factory=lambda: [0])
    """Body bytes written before the answer ended or the client hung up (``sent[0]``)."""


_S = TypeVar("_S", bound="Served")


class Served:
    """Start/stop in a thread, a fault queue and a request log: what every fake shares.

    A subclass (a dataclass) has ``port``, ``requests``, ``_faults``, ``_lock``,
    ``_server`` and names its request handler in ``handler``.
    """

    handler: type[BaseHTTPRequestHandler]
    port: int
    requests: list[Any]
    _faults: deque[Fault]
    _lock: threading.Lock
    _server: ThreadingHTTPServer | None

    def start(self: _S) -> _S:
        server = ThreadingHTTPServer(("127.0.0.1", self.port), self.handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server, self.port = server, server.server_address[1]
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self: _S) -> _S:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def inject(self, fault: Fault, times: int = 1) -> None:
        """Answer the next *times* requests with *fault* (after faults already queued)."""
        with self._lock:
            self._faults.extend([fault] * times)

    def serve_until_interrupted(self, banner: str) -> None:
        """Print *banner* and serve until Ctrl-C (running the fake by hand)."""
        print(f"{banner}; Ctrl-C stops", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            self.stop()

    def _record(self, request: Any) -> Fault | None:
        with self._lock:
            self.requests.append(request)
            return self._faults.popleft() if self._faults else None


@dataclass
class FakeArxiv(Served):
    """The fake server; use as a context manager or call :meth:`start`/:meth:`stop`."""

    entries_dir: Path = ENTRIES
    synthetic: bool = False
    latency: float = 0.0
    """Seconds every answer waits (the SIGKILL test kills a client mid-run)."""
    port: int = 0
    rejected: set[str] = field(default_factory=set)
    """Ids answered with the HTTP 400 error feed, as if malformed."""
    requests: list[Request] = field(default_factory=list)
    entries: dict[str, str] = field(default_factory=dict)
    _faults: deque[Fault] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    def __post_init__(self) -> None:
        self.entries = self.entries or load_entries(self.entries_dir)
        self.handler = _Handler

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/query"

    def reset(self) -> None:
        """Forget recorded requests and pending faults."""
        with self._lock:
            self.requests.clear()
            self._faults.clear()

    def entry(self, arxiv_id: str) -> str | None:
        """The ``<entry>`` text for an id (version ignored), if the server knows it."""
        bare = _VERSION.sub("", arxiv_id)
        found = self.entries.get(bare)
        if found is None and self.synthetic and re.fullmatch(r"\d{4}\.\d{4,5}", bare):
            found = _SYNTHETIC.format(id=bare, yy=bare[:2], mm=bare[2:4])
        return found

    def feed(self, ids: list[str], start: int, max_results: int) -> str:
        found = [e for e in (self.entry(i) for i in reversed(ids)) if e is not None]
        page = found[start : start + max_results]
        head = _HEAD.format(
            ids=escape(",".join(ids)), start=start, max=max_results, total=len(found)
        )
        return head + "".join(f"  {e}\n" for e in page) + "</feed>\n"


def load_entries(directory: Path) -> dict[str, str]:
    """``{id: entry text}`` with the namespace declarations the feed makes removed."""
    entries = {}
    for path in sorted(directory.glob("*.xml")):
        text = path.read_text(encoding="utf-8").strip()
        entries[path.stem.replace("_", "/")] = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text, count=2)
    return entries


def closed_port_url() -> str:
    """An endpoint URL on which nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/query"


class FaultyHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive, silent, with the answers of the transport faults.

    Shared with ``fakebiblio``; ``content_type`` is the type of a normal answer.
    """

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
    server: ThreadingHTTPServer
    content_type = "application/atom+xml; charset=utf-8"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    FAULTS = frozenset({"redirect", "trickle", "endless"})
    """Fault kinds :meth:`_send_fault` answers."""

    def _send_fault(self, fault: Fault, body: bytes, sent: list[int]) -> None:
        """A redirect to ``fault.location``, *body* trickled, or an endless body."""
        if fault.kind == "redirect":
            self._send(302, b"", "text/html", {"Location": fault.location})
        elif fault.kind == "trickle":
            self._send_trickle(body, fault.seconds, sent)
        else:
            self._send_endless(sent)

    def _send_trickle(self, body: bytes, seconds: float, sent: list[int]) -> None:
        self._head(200, self.content_type, {"Content-Length": str(len(body))})
        stop = time.monotonic() + TRICKLE_LIMIT
        for byte in body:
            if time.monotonic() > stop:
                self.close_connection = True
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            sent[0] += 1
            time.sleep(seconds)

    def _send_endless(self, sent: list[int]) -> None:
        self._head(200, self.content_type, {"Connection": "close"})
        self.close_connection = True
        chunk = b"<!-- " + b"x" * 65526 + b" -->"
        while sent[0] < ENDLESS_CAP:
            self.wfile.write(chunk)
            sent[0] += len(chunk)

    def _head(self, status: int, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        length = {"Content-Length": str(len(body))}
        self._head(status, content_type or self.content_type, {**length, **(headers or {})})
        self.wfile.write(body)


class _Handler(FaultyHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        fake: FakeArxiv = self.server.fake  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        if parts.path != "/api/query":
            self._send(404, b"not found", "text/plain")
            return
        query = parse_qs(parts.query, keep_blank_values=True)
        ids = [i for i in query.get("id_list", [""])[0].split(",") if i]
        start = int(query.get("start", ["0"])[0])
        max_results = int(query.get("max_results", ["10"])[0])
        request = Request(
            time.monotonic(),
            ids,
            start,
            max_results,
            self.headers.get("User-Agent", ""),
            self.client_address[:2],
        )
        fault = fake._record(request)
        slow = fault is not None and fault.kind == "slow"
        time.sleep(fake.latency + (fault.seconds if fault and slow else 0.0))
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(fake, request, fault)  # unless the client gave up (timeout, SIGKILL)

    def _answer(self, fake: FakeArxiv, request: Request, fault: Fault | None) -> None:
        kind = fault.kind if fault else "ok"
        bad = [i for i in request.ids if i in fake.rejected or not _LOOKS_LIKE_ID.match(i)]
        if kind == "status" and fault is not None:
            extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            body = f"<html><body>HTTP {fault.status}</body></html>".encode()
            self._send(fault.status, body, "text/html", extra)
        elif kind == "error200" or bad:
            first = (bad or request.ids or ["?"])[0]
            self._send(200 if kind == "error200" else 400, _ERROR_FEED.format(i=first).encode())
        elif kind in FaultyHandler.FAULTS and fault is not None:
            body = fake.feed(request.ids, request.start, request.max_results).encode()
            self._send_fault(fault, body, request.sent)
        elif kind == "baddate":
            body = fake.feed(request.ids, request.start, request.max_results)
            first = re.escape(_VERSION.sub("", request.ids[0]))
            entry = re.compile(
                rf"(<id>http://arxiv\.org/abs/{first}(v\d+)?</id>.*?<published>)[^<]*", re.S
            )
            self._send(200, entry.sub(r"\1not a date", body, count=1).encode())
        elif kind == "empty":
            self._send(200, fake.feed([], request.start, request.max_results).encode())
        else:
            body = fake.feed(request.ids, request.start, request.max_results).encode()
            self._send(200, body[: len(body) // 2] if kind == "truncated" else body)


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake arXiv query API on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    parser.add_argument("--synthetic", action="store_true", help="invent entries for unknown ids")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    args = parser.parse_args()
    fake = FakeArxiv(synthetic=args.synthetic, latency=args.latency, port=args.port).start()
    fake.serve_until_interrupted(f"fake arXiv API at {fake.url} ({len(fake.entries)} entries)")


if __name__ == "__main__":
    main()
