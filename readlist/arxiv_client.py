"""arXiv metadata by id: a configured :class:`arxiv.Client`, polite and batched.

arxiv.py does the HTTP request, the delay between requests and the Atom parsing;
this module configures it (endpoint, page size, delay, one ``requests.Session``
with a timeout and a User-Agent naming readlist) and adds what an id lookup
needs on top:

* ids are validated locally; an invalid id is never sent (one malformed id makes
  arXiv answer HTTP 400 for the whole batch) and comes back ``status="invalid"``;
* at most 100 ids per ``id_list`` request, ``max_results`` = the batch size;
* results are matched by the id arXiv returns (version stripped), never by position;
* ids absent from an answer are asked for once more (arXiv sometimes answers an
  anomalously empty page), then they are ``status="missing"``;
* HTTP 429/5xx, connection errors, timeouts and truncated feeds are retried with
  exponential backoff (``delay``, ``2*delay``, ...) that honours ``Retry-After``;
* an error feed (HTTP 400, or HTTP 200 whose entry id is under
  ``arxiv.org/api/errors``) naming an id marks that id invalid; the rest is asked again.

When arXiv cannot be reached after the retries, no exception escapes
:meth:`ArxivClient.fetch`: the ids of that batch and of every later batch come
back ``status="unreachable"`` (no further requests are made) and
:attr:`ArxivClient.last_error` says why.  Only a bad endpoint URL raises
(:class:`~readlist.errors.ArxivError`, in the constructor).
"""

from __future__ import annotations

import logging
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import arxiv
import requests
from requests.adapters import HTTPAdapter

from readlist import __version__
from readlist.arxiv_ids import is_valid_arxiv_id, parse_arxiv_id
from readlist.errors import ArxivError, ArxivUnreachable
from readlist.model import Metadata

DEFAULT_URL = "https://export.arxiv.org/api/query"
DEFAULT_DELAY = 3.0
"""arXiv's published rule: no more than one request every three seconds."""
BATCH_SIZE = 100
MAX_RETRY_AFTER = 120.0
"""A ``Retry-After`` longer than this is cut to it."""
USER_AGENT = (
    f"readlist/{__version__} (reading-list bibliography manager; arxiv.py/{arxiv.__version__})"
)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_ATOM = "{http://www.w3.org/2005/Atom}"
_ERROR_ID = re.compile(r"^https?://arxiv\.org/api/errors")
_BAD_ID = re.compile(r"incorrect id format for (\S+)")

# arxiv.py logs what this module reports itself (skipped error entries, malformed
# feeds); without a handler Python would print those warnings on stderr.
logging.getLogger("arxiv").addHandler(logging.NullHandler())


class _Transient(Exception):
    """A failed attempt worth retrying."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class _Refused(ArxivError):
    """arXiv answered with an error feed; ``bad_id`` is the id it named, if any."""

    def __init__(self, message: str, bad_id: str | None) -> None:
        super().__init__(message)
        self.bad_id = bad_id


class _Session(requests.Session):
    """One connection, a timeout on every request, a User-Agent naming readlist.

    ``answers`` keeps the responses of the current lookup: arxiv.py reports only
    the status code, and we need the body (error feeds) and ``Retry-After``.
    """

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.timeout = timeout
        self.answers: list[requests.Response] = []
        self.attempts = 0
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=1, max_retries=0)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        kwargs["headers"] = {**(kwargs.get("headers") or {}), "user-agent": USER_AGENT}
        self.attempts += 1
        response = super().request(method, url, *args, **kwargs)
        self.answers.append(response)
        if response.status_code == 200:
            # Judge the page before arxiv.py does: a truncated page would make it
            # ask for the "rest" (start=k) instead of retrying the whole batch.
            _check_feed(response.content)
        return response


class ArxivClient:
    """Looks arXiv ids up in batches; one instance per process (the delay is per client)."""

    def __init__(
        self,
        url: str = DEFAULT_URL,
        delay: float = DEFAULT_DELAY,
        timeout: float = 30,
        retries: int = 4,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ArxivError(f"not an http(s) URL for the arXiv API: {url!r}")
        self.url = url
        self.delay = delay
        self.retries = retries
        self.batch_size = max(1, min(batch_size, BATCH_SIZE))
        self.last_error: str | None = None
        """Why arXiv could not be reached (set once a batch came back unreachable)."""
        self.reached = False
        """True once arXiv answered a lookup."""
        self._session = _Session(timeout)
        self._client = arxiv.Client(page_size=self.batch_size, delay_seconds=delay, num_retries=0)
        self._client.query_url_format = url + "?{}"
        self._client._session = self._session
        self._gave_up = False

    @property
    def requests_made(self) -> int:
        """HTTP requests attempted so far (including failed ones)."""
        return self._session.attempts

    def fetch(self, ids: Sequence[str]) -> dict[str, Metadata]:
        """Metadata for each id (versionless, canonical), whatever its status."""
        found: dict[str, Metadata] = {}
        for batch in self.fetch_batches(ids):
            found.update(batch)
        return found

    def fetch_batches(self, ids: Sequence[str]) -> Iterator[dict[str, Metadata]]:
        """Like :meth:`fetch`, one dict per request batch, so callers can save as they go."""
        unique = list(dict.fromkeys(ids))
        invalid = [i for i in unique if not is_valid_arxiv_id(i)]
        if invalid:
            yield {i: Metadata(arxiv_id=i, status="invalid") for i in invalid}
        valid = [i for i in unique if is_valid_arxiv_id(i)]
        for start in range(0, len(valid), self.batch_size):
            yield self._fetch_batch(valid[start : start + self.batch_size])

    def _fetch_batch(self, batch: list[str]) -> dict[str, Metadata]:
        out: dict[str, Metadata] = {}
        if not self._gave_up:
            try:
                out.update(self._lookup(batch))
                again = [i for i in batch if i not in out]
                if again:  # anomalously empty answers happen: ask once more
                    out.update(self._lookup(again))
                    for arxiv_id in again:
                        missing = Metadata(arxiv_id=arxiv_id, status="missing", fetched=_now())
                        out.setdefault(arxiv_id, missing)
            except ArxivError as err:  # unreachable, or refused in a way no retry mends
                self.last_error, self._gave_up = str(err), True
        return {i: out.get(i) or Metadata(arxiv_id=i, status="unreachable") for i in batch}

    def _lookup(self, ids: list[str]) -> dict[str, Metadata]:
        """Found (and arXiv-rejected) ids among *ids*; retries transient failures."""
        rejected: dict[str, Metadata] = {}
        pending = list(ids)
        while pending:
            try:
                results = self._ask_with_retries(pending)
            except _Refused as err:
                if err.bad_id not in pending:
                    raise
                rejected[err.bad_id] = Metadata(arxiv_id=err.bad_id, status="invalid")
                pending.remove(err.bad_id)
                continue
            self.reached = True
            return {**rejected, **_match(results, pending)}
        return rejected

    def _ask_with_retries(self, ids: list[str]) -> list[arxiv.Result]:
        for attempt in range(self.retries + 1):
            try:
                return self._ask(ids)
            except _Transient as err:
                if attempt == self.retries:
                    raise ArxivUnreachable(
                        f"arXiv could not be reached: {err} ({attempt + 1} attempts)"
                    ) from None
                wait = self.delay * 2**attempt
                time.sleep(max(wait, err.retry_after or 0.0))
        raise AssertionError("unreachable code")  # pragma: no cover

    def _ask(self, ids: list[str]) -> list[arxiv.Result]:
        """One request (arxiv.py pages further only if arXiv says there is more)."""
        self._session.answers.clear()
        self._client.page_size = len(ids)
        search = arxiv.Search(id_list=ids, max_results=len(ids))
        try:
            results = list(self._client.results(search))
        except arxiv.HTTPError as err:
            answer = self._session.answers[-1] if self._session.answers else None
            if err.status in RETRY_STATUSES:
                raise _Transient(f"HTTP {err.status}", _retry_after(answer)) from None
            raise _refusal(answer, f"arXiv answered HTTP {err.status}") from None
        except arxiv.UnexpectedEmptyPageError:
            for answer in self._session.answers[:-1]:  # arxiv.py paged on after a bad page?
                _check_feed(answer.content)
            raise _Transient("unexpectedly empty page") from None
        except requests.RequestException as err:
            raise _Transient(_describe(err, self._session.timeout)) from None
        for answer in self._session.answers:
            _check_feed(answer.content)
        return results


def _match(results: list[arxiv.Result], wanted: list[str]) -> dict[str, Metadata]:
    """Results keyed by the id arXiv returned; anything not asked for is dropped."""
    fetched = _now()
    matched: dict[str, Metadata] = {}
    for result in results:
        meta = to_metadata(result, fetched)
        if meta is not None and meta.arxiv_id in wanted:
            matched[meta.arxiv_id] = meta
    return matched


def to_metadata(result: arxiv.Result, fetched: str) -> Metadata | None:
    """A :class:`Metadata` from an arxiv.py result, or ``None`` if its id is not an arXiv id."""
    parsed = parse_arxiv_id(result.get_short_id())
    if parsed is None:
        return None
    arxiv_id, version = parsed
    return Metadata(
        arxiv_id=arxiv_id,
        status="found",
        version=version,
        title=" ".join(result.title.split()),
        authors=tuple(author.name for author in result.authors),
        published=_iso(result.published),
        updated=_iso(result.updated),
        primary_category=result.primary_category,
        categories=tuple(result.categories),
        comment=result.comment,
        journal_ref=result.journal_ref,
        doi=result.doi,
        abstract=result.summary.strip(),
        fetched=fetched,
    )


def _check_feed(body: bytes) -> None:
    """Raise unless *body* is a whole Atom feed without an error entry."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        raise _Transient("truncated or malformed feed") from None
    if root.tag != f"{_ATOM}feed":
        raise _Transient("not an Atom feed")
    for entry in root.iter(f"{_ATOM}entry"):
        if _ERROR_ID.match(entry.findtext(f"{_ATOM}id", "")):
            raise _refusal_from(root, "arXiv answered with an error")


def _refusal(answer: requests.Response | None, fallback: str) -> _Refused:
    if answer is None:
        return _Refused(fallback, None)
    try:
        return _refusal_from(ET.fromstring(answer.content), fallback)
    except ET.ParseError:
        return _Refused(fallback, None)


def _refusal_from(root: ET.Element, fallback: str) -> _Refused:
    summary = " ".join(root.findtext(f"{_ATOM}entry/{_ATOM}summary", "").split())
    if not summary:
        return _Refused(fallback, None)
    bad = _BAD_ID.search(summary)
    return _Refused(f"arXiv refused the request: {summary}", bad.group(1) if bad else None)


def _retry_after(answer: requests.Response | None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta or HTTP date), capped."""
    value = answer.headers.get("Retry-After", "").strip() if answer is not None else ""
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
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _describe(err: requests.RequestException, timeout: float) -> str:
    if isinstance(err, requests.Timeout):
        return f"no answer within {timeout:g} s"
    if isinstance(err, requests.ConnectionError):
        return "connection failed"
    return f"request failed ({type(err).__name__})"


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    return _iso(datetime.now(timezone.utc))
