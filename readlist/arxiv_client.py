"""arXiv metadata by id: a configured :class:`arxiv.Client`, polite and batched.

arxiv.py builds the query and parses the Atom feed; its HTTP goes through
:class:`readlist.http.Transport` (one connection, the delay between requests, a
total deadline and a size cap per request, no redirect off the endpoint, a
User-Agent naming readlist).  This module adds what an id lookup needs on top:

* ids are validated locally; an invalid id is never sent (one malformed id makes
  arXiv answer HTTP 400 for the whole batch) and comes back ``status="invalid"``;
* at most 100 ids per ``id_list`` request, ``max_results`` = the batch size;
* results are matched by the id arXiv returns (version stripped), never by position;
* ids absent from an answer are asked for once more (arXiv sometimes answers an
  anomalously empty page), then they are ``status="missing"``;
* HTTP 429/5xx, connection errors, timeouts and truncated feeds are retried with
  exponential backoff (``delay``, ``2*delay``, ...) that honours ``Retry-After``;
* an entry whose date arxiv.py cannot read (``<published>not a date</published>``)
  is dropped before arxiv.py parses the feed: that id comes back
  ``status="unreachable"`` with the reason in :attr:`ArxivClient.reasons`, the
  rest of the batch is kept;
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
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import arxiv

from readlist import lazyre
from readlist.arxiv_ids import is_valid_arxiv_id, parse_arxiv_id
from readlist.errors import ArxivError, ArxivUnreachable
from readlist.http import MAX_BYTES, Answer, Retry, Transport, Unreachable, user_agent
from readlist.model import Metadata

DEFAULT_URL = "https://export.arxiv.org/api/query"
DEFAULT_DELAY = 3.0
"""arXiv's published rule: no more than one request every three seconds."""
BATCH_SIZE = 100
USER_AGENT = user_agent(extra=f" arxiv.py/{arxiv.__version__}")
_ATOM = "{http://www.w3.org/2005/Atom}"
_OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
_ERROR_ID = lazyre.compile(r"^https?://arxiv\.org/api/errors")
_BAD_ID = lazyre.compile(r"incorrect id format for (\S+)")

# arxiv.py logs what this module reports itself (skipped error entries, malformed
# feeds); without a handler Python would print those warnings on stderr.
logging.getLogger("arxiv").addHandler(logging.NullHandler())


class _Refused(ArxivError):
    """arXiv answered with an error feed; ``bad_id`` is the id it named, if any."""

    def __init__(self, message: str, bad_id: str | None) -> None:
        super().__init__(message)
        self.bad_id = bad_id


@dataclass(frozen=True)
class _Reply:
    """The part of a ``requests.Response`` arxiv.py reads."""

    status_code: int
    content: bytes


class _Session:
    """What arxiv.py asks of its ``requests.Session`` (``get``), over :class:`Transport`.

    ``answers`` keeps the answers of the current lookup: arxiv.py reports only the
    status code, and we need the body of an error feed.  ``bad_entries`` names the
    ids whose entries were dropped from a feed before arxiv.py saw it, with why.
    """

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.answers: list[Answer] = []
        self.bad_entries: dict[str, str] = {}

    def get(self, url: str, **_: Any) -> _Reply:
        answer = self.transport.get(url, check=_check_answer)
        self.answers.append(answer)
        body = answer.body
        if answer.status == 200:
            body = _drop_bad_entries(body, self.bad_entries)
        return _Reply(answer.status, body)


class ArxivClient:
    """Looks arXiv ids up in batches; one instance per process (the delay is per client)."""

    def __init__(
        self,
        url: str = DEFAULT_URL,
        delay: float = DEFAULT_DELAY,
        timeout: float = 30,
        retries: int = 4,
        batch_size: int = BATCH_SIZE,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        try:
            transport = Transport(
                url,
                delay=delay,
                timeout=timeout,
                retries=retries,
                max_bytes=max_bytes,
                agent=USER_AGENT,
            )
        except ValueError as err:
            raise ArxivError(str(err)) from None
        self.url = url
        self.retries = retries
        self.batch_size = max(1, min(batch_size, BATCH_SIZE))
        self.last_error: str | None = None
        """Why arXiv could not be reached, or why an answer was unusable."""
        self.reasons: dict[str, str] = {}
        """Why an id came back ``unreachable`` although arXiv answered (a bad entry)."""
        self.reached = False
        """True once arXiv answered a lookup."""
        self._session = _Session(transport)
        # The transport spaces requests; arxiv.py's own delay would add to it.
        self._client = arxiv.Client(page_size=self.batch_size, delay_seconds=0, num_retries=0)
        self._client.query_url_format = url + "?{}"
        self._client._session = self._session
        self._gave_up = False

    @property
    def requests_made(self) -> int:
        """HTTP requests attempted so far (including failed ones)."""
        return self._session.transport.requests_made

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
                again = [i for i in batch if i not in out and i not in self.reasons]
                if again:  # anomalously empty answers happen: ask once more
                    out.update(self._lookup(again))
                    for arxiv_id in again:
                        if arxiv_id not in self.reasons:
                            missing = Metadata(arxiv_id=arxiv_id, status="missing", fetched=_now())
                            out.setdefault(arxiv_id, missing)
            except ArxivError as err:  # unreachable, or refused in a way no retry mends
                self.last_error, self._gave_up = str(err), True
        return {i: out.get(i) or Metadata(arxiv_id=i, status="unreachable") for i in batch}

    def _lookup(self, ids: list[str]) -> dict[str, Metadata]:
        """Found (and arXiv-rejected) ids among *ids*."""
        rejected: dict[str, Metadata] = {}
        pending = list(ids)
        while pending:
            try:
                results = self._ask(pending)
            except _Refused as err:
                if err.bad_id not in pending:
                    raise
                rejected[err.bad_id] = Metadata(arxiv_id=err.bad_id, status="invalid")
                pending.remove(err.bad_id)
                continue
            self.reached = True
            self._note_bad_entries(pending)
            return {**rejected, **_match(results, pending)}
        return rejected

    def _note_bad_entries(self, asked: list[str]) -> None:
        for arxiv_id in asked:
            reason = self._session.bad_entries.pop(arxiv_id, None)
            if reason is not None:
                self.reasons[arxiv_id] = self.last_error = reason

    def _ask(self, ids: list[str]) -> list[arxiv.Result]:
        """One request (arxiv.py pages further only if arXiv says there is more)."""
        self._session.answers.clear()
        self._client.page_size = len(ids)
        search = arxiv.Search(id_list=ids, max_results=len(ids))
        for attempt in range(self.retries + 1):
            try:
                return list(self._client.results(search))
            except arxiv.HTTPError as err:
                answer = self._session.answers[-1] if self._session.answers else None
                raise _refusal(answer, f"arXiv answered HTTP {err.status}") from None
            except arxiv.UnexpectedEmptyPageError:
                if attempt == self.retries:
                    raise ArxivUnreachable("arXiv could not be reached: empty page") from None
            except Unreachable as err:
                raise ArxivUnreachable(f"arXiv could not be reached: {err}") from None
        raise AssertionError("unreachable code")  # pragma: no cover


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


def _check_answer(answer: Answer) -> None:
    """Retry a 200 answer that is not a whole feed; an error feed is a refusal."""
    if answer.status == 200:
        _check_feed(answer.body)


def _check_feed(body: bytes) -> None:
    """Raise unless *body* is a whole Atom feed without an error entry."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        raise Retry("truncated or malformed feed") from None
    if root.tag != f"{_ATOM}feed":
        raise Retry("not an Atom feed")
    for entry in root.iter(f"{_ATOM}entry"):
        if _ERROR_ID.match(entry.findtext(f"{_ATOM}id", "")):
            raise _refusal_from(root, "arXiv answered with an error")


def _drop_bad_entries(body: bytes, bad: dict[str, str]) -> bytes:
    """*body* without entries whose dates arxiv.py could not read; their ids go in *bad*.

    ``totalResults`` is lowered to match, or arxiv.py would ask for the "rest".
    """
    root = ET.fromstring(body)  # a whole feed: _check_feed passed
    dropped = [entry for entry in root.findall(f"{_ATOM}entry") if _bad_entry(entry, bad)]
    if not dropped:
        return body
    for entry in dropped:
        root.remove(entry)
    total = root.find(f"{_OPENSEARCH}totalResults")
    if total is not None and (total.text or "").strip().isdigit():
        total.text = str(max(int(total.text or "0") - len(dropped), 0))
    serialised: bytes = ET.tostring(root, encoding="utf-8")
    return serialised


def _bad_entry(entry: ET.Element, bad: dict[str, str]) -> bool:
    for tag in ("published", "updated"):
        text = entry.findtext(f"{_ATOM}{tag}", "")
        if not _is_time(text):
            parsed = parse_arxiv_id(entry.findtext(f"{_ATOM}id", "").rsplit("/abs/")[-1])
            if parsed is not None:
                shown = " ".join(text.split())[:40]
                bad[parsed[0]] = f"arXiv's entry for {parsed[0]} has a bad {tag} date {shown!r}"
            return True
    return False


def _is_time(text: str) -> bool:
    """What arxiv.py can read as an Atom time (``2016-05-26T17:59:46Z``)."""
    try:
        datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _refusal(answer: Answer | None, fallback: str) -> _Refused:
    if answer is None:
        return _Refused(fallback, None)
    try:
        return _refusal_from(ET.fromstring(answer.body), fallback)
    except ET.ParseError:
        return _Refused(fallback, None)


def _refusal_from(root: ET.Element, fallback: str) -> _Refused:
    summary = " ".join(root.findtext(f"{_ATOM}entry/{_ATOM}summary", "").split())
    if not summary:
        return _Refused(fallback, None)
    bad = _BAD_ID.search(summary)
    return _Refused(f"arXiv refused the request: {summary}", bad.group(1) if bad else None)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    return _iso(datetime.now(timezone.utc))
