"""Metadata for works: the cache first, then arXiv; nothing downstream knows which.

:func:`resolve` is what ``readlist fetch`` (and export/check) run;
:func:`cached_metadata` is the cache-only read of ``show`` and ``overlap``.
Works without an arXiv id are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from readlist.cache import Cache
from readlist.model import Metadata, Problem, Work

if TYPE_CHECKING:
    from readlist.arxiv_client import ArxivClient

Progress = Callable[[int, int], None]
"""Called with (works resolved so far, arXiv works in all)."""

_RANK = {"found": 3, "missing": 2, "unreachable": 1, "invalid": 0}


@dataclass(frozen=True)
class Resolution:
    """What :func:`resolve` learned; the counts partition the arXiv works."""

    metadata: dict[str, Metadata]
    """By work id (``arxiv:2201.12023``), every status; works offline and uncached are absent."""
    fetched: int = 0
    """Found on arXiv in this run."""
    cached: int = 0
    """Found, read from the cache."""
    missing: int = 0
    """arXiv has no such paper (said so in this run or an earlier one)."""
    unreachable: int = 0
    invalid: int = 0
    uncached: int = 0
    """Offline and not in the cache."""
    problems: tuple[Problem, ...] = ()
    """Unusable cache files, then one line per unresolved work."""
    reached: bool = False
    """arXiv answered at least once."""
    requests: int = 0
    """HTTP requests made (including failed attempts)."""

    @property
    def failed(self) -> int:
        """Works whose metadata could not be had: unreachable, invalid or offline-uncached."""
        return self.unreachable + self.invalid + self.uncached

    @property
    def exit_code(self) -> int:
        """0 all found, 2 arXiv was needed and never answered, 1 otherwise."""
        if self.missing == 0 and self.failed == 0:
            return 0
        return 2 if self.unreachable and not self.reached else 1


def resolve(
    works: Sequence[Work],
    cache: Cache,
    client: ArxivClient | None,
    *,
    refresh: bool = False,
    progress: Progress | None = None,
) -> Resolution:
    """Metadata for every arXiv work; ``client=None`` means offline (cache only).

    What arXiv returns is saved to *cache* batch by batch, so an interrupted run
    keeps what it fetched.  Raises :class:`~readlist.errors.CacheError` before any
    request when the cache cannot be written.
    """
    arxiv_works = [w for w in works if w.arxiv_id is not None]
    ids = list(dict.fromkeys(w.arxiv_id for w in arxiv_works if w.arxiv_id))
    cached = {i: m for i in ids if (m := cache.get(i)) is not None}
    known = {} if refresh and client is not None else dict(cached)
    todo = [i for i in ids if i not in known]
    report = progress or (lambda done, total: None)
    report(len(known), len(ids))
    fresh: set[str] = set()
    if todo and client is not None:
        cache.ensure_writable()
        for batch in client.fetch_batches(todo):
            for arxiv_id, meta in batch.items():
                known[arxiv_id] = _better(meta, cached.get(arxiv_id))
                if known[arxiv_id] is meta:
                    fresh.add(arxiv_id)
                    cache.put(meta)
            report(len(known), len(ids))
    return _summarise(arxiv_works, known, fresh, cache, client)


def cached_metadata(works: Sequence[Work], cache: Cache) -> dict[str, Metadata]:
    """What the cache holds for *works*, by work id (no network)."""
    found = {}
    for work in works:
        meta = cache.get(work.arxiv_id) if work.arxiv_id else None
        if meta is not None:
            found[work.id] = meta
    return found


def _better(new: Metadata, old: Metadata | None) -> Metadata:
    """The record worth keeping: a refetch never loses a found (or missing) record."""
    return old if old is not None and _RANK[old.status] > _RANK[new.status] else new


def _summarise(
    works: list[Work],
    known: dict[str, Metadata],
    fresh: set[str],
    cache: Cache,
    client: ArxivClient | None,
) -> Resolution:
    counts = dict.fromkeys(
        ("fetched", "cached", "missing", "unreachable", "invalid", "uncached"), 0
    )
    metadata: dict[str, Metadata] = {}
    problems = list(cache.problems)
    reason = client.last_error if client is not None else None
    for work in works:
        meta = known.get(work.arxiv_id or "")
        if meta is not None:
            metadata[work.id] = meta
        kind = _kind(meta, work.arxiv_id in fresh)
        counts[kind] += 1
        if kind not in ("fetched", "cached"):
            problems.append(_problem(work, kind, reason))
    return Resolution(
        metadata=metadata,
        problems=tuple(problems),
        reached=client is not None and client.reached,
        requests=client.requests_made if client is not None else 0,
        **counts,
    )


def _kind(meta: Metadata | None, fresh: bool) -> str:
    if meta is None:
        return "uncached"
    if meta.status == "found":
        return "fetched" if fresh else "cached"
    return meta.status


def _problem(work: Work, kind: str, reason: str | None) -> Problem:
    messages = {
        "missing": "arXiv has no paper with this id",
        "unreachable": reason or "arXiv could not be reached",
        "invalid": "not a valid arXiv id",
        "uncached": "not in the cache (offline)",
    }
    first = work.occurrences[0]
    lecture = first.lecture
    where = PurePosixPath(lecture.source, lecture.file) if lecture.source else lecture.file
    return Problem(str(where), f"{work.id}: {messages[kind]}", first.reading.line or None)
