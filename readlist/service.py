"""What the JSON web services' clients (DBLP, Crossref) share on top of the transport."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from readlist.http import Answer, Retry, Transport, Unreachable


class Service:
    """What a JSON web service client shares: its transport and what it learned.

    ``reached`` is true once the service answered; ``last_error`` says, in one
    line, why the last request failed.  Once the service could not be reached
    after the retries, it is not asked again by this client (as for arXiv): every
    later lookup is unreachable at once, without a request.
    """

    name = "the service"

    def __init__(
        self, base_url: str, *, delay: float, timeout: float, retries: int, mailto: str | None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.transport = Transport(
            self.base_url, delay=delay, timeout=timeout, retries=retries, mailto=mailto
        )
        self.reached = False
        self.last_error: str | None = None
        self.gave_up = False
        """True once the service could not be reached: it is not asked again."""

    @property
    def requests_made(self) -> int:
        """HTTP requests made, failed attempts included."""
        return self.transport.requests_made

    def get_json(self, url: str, params: Mapping[str, str] | None = None) -> tuple[int, Any]:
        """``(status, parsed JSON)`` of a 200 answer; ``(status, None)`` for any other.

        A 200 whose body is empty or not JSON is retried like a 503.  Raises
        :class:`Unreachable` (and records why) when no answer comes.
        """
        if self.gave_up:
            raise Unreachable(self.last_error or f"{self.name} could not be reached")
        try:
            answer = self.transport.get(url, params, check=_json_body)
        except Unreachable as err:
            self.last_error = f"{self.name} could not be reached: {err}"
            self.gave_up = True
            raise
        self.reached = True
        if answer.status != 200:
            return answer.status, answer.body
        return 200, json.loads(answer.body)


def _json_body(answer: Answer) -> None:
    if answer.status != 200:
        return
    if not answer.body.strip():
        raise Retry("empty answer")
    try:
        json.loads(answer.body)
    except (ValueError, RecursionError):
        raise Retry("garbled answer (not JSON)") from None


def fetched_now() -> str:
    """The current time as a record's ``fetched`` stamp (ISO 8601 UTC, seconds)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
