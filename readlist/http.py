"""The one HTTP transport readlist's clients (arXiv, DBLP, Crossref) speak through.

A :class:`Transport` is bound to one endpoint (scheme, host, port) and makes one
request at a time, on one kept-alive connection, with these guarantees:

* **no redirect off the endpoint** is followed (a 3xx to another scheme, host or
  port is refused; one on the endpoint, or from http to https on the same host,
  is followed, at most five times);
* **a total deadline per request** (``timeout``), not per socket read: a server
  that trickles one byte every few seconds is cut off when the time is up;
* **a cap on the response size** (``max_bytes``): an endless body is cut off;
* **retries** of 429, 5xx, timeouts, broken connections and bodies a caller's
  ``check`` rejects, with exponential backoff that honours ``Retry-After``;
* **a delay between requests** (``delay`` seconds from one request's end to the
  next one's start; :meth:`Transport.slow_down` raises it when a service asks);
* **a User-Agent naming readlist**, with ``mailto:<address>`` when one is given.

A request that still fails raises :class:`Unreachable` with a one-line reason;
any other status (200, 404, 400 ...) comes back as an :class:`Answer`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from readlist import __version__
from readlist.options import delay_seconds, endpoint_url

PROJECT_URL = "https://github.com/readlist/readlist"
MAX_BYTES = 16 * 1024 * 1024
"""Default cap on one response body (bytes)."""
MAX_RETRY_AFTER = 120.0
"""A ``Retry-After`` longer than this is cut to it."""
BACKOFF_FLOOR = 0.25
"""Smallest first backoff (seconds), so that a client with no delay still backs off."""
MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


def user_agent(mailto: str | None = None, extra: str = "") -> str:
    """``readlist/<version> (+<project url>; mailto:<address>)`` (Crossref's polite pool)."""
    contact = f"; mailto:{mailto}" if mailto else ""
    return f"readlist/{__version__} (+{PROJECT_URL}{contact}){extra}"


class Unreachable(Exception):
    """No usable answer after the retries; ``str()`` is one line saying why."""


class Retry(Exception):
    """Raised by a caller's ``check`` to have an answer treated as a failed attempt."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Answer:
    """A whole response: final status, headers (case-insensitive) and body."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str


Check = Callable[[Answer], None]


class Transport:
    """Requests to one endpoint; one instance per client (the delay is per instance)."""

    def __init__(
        self,
        base_url: str,
        *,
        delay: float = 0.0,
        timeout: float = 30.0,
        retries: int = 4,
        mailto: str | None = None,
        max_bytes: int = MAX_BYTES,
        agent: str | None = None,
    ) -> None:
        endpoint_url(base_url)  # the one rule for option values (readlist.options)
        delay_seconds(delay)
        if not delay_seconds(timeout):
            raise ValueError("timeout must be more than 0 seconds")
        if retries < 0 or max_bytes <= 0:
            raise ValueError("retries must be 0 or more and max_bytes positive")
        self.origin = _origin(base_url)
        self.delay = delay
        self.timeout = timeout
        self.retries = retries
        self.max_bytes = max_bytes
        self.agent = agent or user_agent(mailto)
        self.requests_made = 0
        """HTTP requests attempted, failed ones and redirects included."""
        self.last_headers: Mapping[str, str] = {}
        """Headers of the last answer (a service's rate-limit headers)."""
        self._last = 0.0
        self._sockets: list[socket.socket] = []
        self._session = _session(self._sockets)

    def on_endpoint(self, url: str) -> bool:
        """Same scheme, host and port as the endpoint, or its upgrade from http to https."""
        origin = _origin(url)
        upgrade = self.origin.replace("http://", "https://", 1).removesuffix(":80") + ":443"
        return origin == self.origin or (self.origin.endswith(":80") and origin == upgrade)

    def slow_down(self, interval: float) -> None:
        """Keep at least *interval* seconds between requests from now on."""
        self.delay = max(self.delay, min(interval, MAX_RETRY_AFTER))

    def get(
        self, url: str, params: Mapping[str, str] | None = None, check: Check | None = None
    ) -> Answer:
        """GET *url*; retries transient failures; raises :class:`Unreachable` when they last."""
        for attempt in range(self.retries + 1):
            try:
                answer = self._follow(url, params)
                if answer.status in RETRY_STATUSES:
                    raise Retry(f"HTTP {answer.status}", retry_after(answer.headers))
                if check is not None:
                    check(answer)
                return answer
            except Retry as err:
                if attempt == self.retries:
                    raise Unreachable(f"{err} ({attempt + 1} attempts)") from None
                backoff = max(self.delay, BACKOFF_FLOOR) * 2**attempt
                time.sleep(max(backoff, err.retry_after or 0.0))
        raise AssertionError("unreachable code")  # pragma: no cover

    def _follow(self, url: str, params: Mapping[str, str] | None) -> Answer:
        """One request, plus redirects that stay on the endpoint."""
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._once(url, params)
            self.last_headers = answer.headers
            location = answer.headers.get("Location")
            if answer.status not in _REDIRECTS or not location:
                return answer
            target = urljoin(answer.url, location)
            if not self.on_endpoint(target):
                raise Unreachable(f"redirect off the endpoint refused ({_origin(target)})")
            url, params = target, None
        raise Unreachable(f"more than {MAX_REDIRECTS} redirects")

    def _once(self, url: str, params: Mapping[str, str] | None) -> Answer:
        if not self.on_endpoint(url):
            raise Unreachable(f"request off the endpoint refused ({_origin(url)})")
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.requests_made += 1
        deadline = _Deadline(self.timeout, self._sockets)
        try:
            with deadline:
                return self._fetch(url, params, deadline)
        except (requests.RequestException, OSError) as err:
            if deadline.expired:
                raise Retry(f"no answer within {self.timeout:g} s") from None
            raise Retry(_describe(err, self.timeout)) from None
        finally:
            self._last = time.monotonic()

    def _fetch(self, url: str, params: Mapping[str, str] | None, deadline: _Deadline) -> Answer:
        headers = {"User-Agent": self.agent, "Accept-Encoding": "identity"}
        with self._session.get(
            url,
            params=params,
            headers=headers,
            timeout=(self.timeout, self.timeout),
            allow_redirects=False,
            stream=True,
        ) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise Unreachable(f"answer larger than {self.max_bytes} bytes")
            body = bytearray()
            for chunk in response.iter_content(_CHUNK):
                body += chunk
                if len(body) > self.max_bytes:
                    raise Unreachable(f"answer larger than {self.max_bytes} bytes")
                if deadline.expired:
                    raise requests.Timeout()
            return Answer(response.status_code, response.headers, bytes(body), response.url)


class _Deadline:
    """Shuts the transport's sockets down when the time is up (wakes a blocked read)."""

    def __init__(self, seconds: float, sockets: list[socket.socket]) -> None:
        self.expired = False
        self._sockets = sockets
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        self._sockets[:] = [s for s in self._sockets if s.fileno() != -1]

    def _expire(self) -> None:
        self.expired = True
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):  # already closed
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


_opening = threading.local()
"""The socket list of the transport whose request runs in this thread."""


class _Connection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _opening.sockets.append(self.sock)


class _TLSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _opening.sockets.append(self.sock)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


class _Adapter(HTTPAdapter):
    """One connection; records every socket it opens for the transport's deadline."""

    def __init__(self, sockets: list[socket.socket]) -> None:
        self._own_sockets = sockets
        super().__init__(pool_connections=1, pool_maxsize=1, max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(*args, **kwargs)
        manager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}
        return manager

    def send(self, *args: Any, **kwargs: Any) -> requests.Response:
        _opening.sockets = self._own_sockets
        return super().send(*args, **kwargs)


def _session(sockets: list[socket.socket]) -> requests.Session:
    session = requests.Session()
    adapter = _Adapter(sockets)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _origin(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = None
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta or HTTP date), capped."""
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _describe(err: Exception, timeout: float) -> str:
    if isinstance(err, (requests.Timeout, TimeoutError)):
        return f"no answer within {timeout:g} s"
    if isinstance(err, (requests.ConnectionError, ConnectionError)):
        return "connection failed"
    return f"request failed ({type(err).__name__})"
