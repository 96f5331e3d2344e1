"""Metadata for works: the overrides, then the cache, then the services; nothing
downstream knows which.

Each work is resolved by its identity, with at most one request per source:

- the course's overrides file (:mod:`readlist.overrides`) first, always winning;
- an arXiv id -> arXiv (batched);
- a DOI -> Crossref ``work(doi)`` (then DBLP when Crossref has no record);
- any other work that looks like a paper (``match.paper_like``) -> a DBLP search
  for ``match.dblp_query(work)``, then ``match.choose``; a CoRR record chosen there
  is an arXiv paper: it is filled from arXiv (and :func:`resolve_course` merges the
  work into the arXiv work of the same id);
- every arXiv paper -> a DBLP search by its title for ``match.published_version``,
  kept as ``Metadata.published_as``.

The cache answers first (``refresh`` asks again; a failed answer never replaces a
cached one); ``Services`` without clients means offline, cache only.
:func:`resolve_course` is what ``fetch``, ``export`` and ``check`` run;
:func:`resolve` is the arXiv-only form over works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from readlist.model import SOURCES, Course, Metadata, Occurrence, Problem, Work

if TYPE_CHECKING:  # imported where used: `import readlist` stays light (readlist --help)
    from readlist.cache import Cache
    from readlist.lookup import Lookup
    from readlist.overrides import Override, Overrides

Progress = Callable[[int, int], None]
"""Called with (works resolved so far, works in all)."""
SourceProgress = Callable[[int, int, Mapping[str, int]], None]
"""Called with (works resolved so far, works in all, works verified per source)."""

FAILED = ("unreachable", "invalid", "uncached")


class Service(Protocol):
    """What resolve reads of every client (attributes or properties)."""

    @property
    def requests_made(self) -> int: ...
    @property
    def reached(self) -> bool: ...
    @property
    def last_error(self) -> str | None: ...


class ArxivService(Service, Protocol):
    def fetch_batches(self, ids: Sequence[str]) -> Iterator[dict[str, Metadata]]: ...


class DblpService(Service, Protocol):
    def search(self, query: str, hits: int = 30) -> list[Metadata] | None: ...


class CrossrefService(Service, Protocol):
    def work(self, doi: str) -> Metadata: ...


class Matcher(Protocol):
    """``readlist.match``: evidence before attaching (pure functions)."""

    def paper_like(self, work: Work) -> bool: ...
    def dblp_query(self, work: Work) -> str: ...
    def choose(self, work: Work, records: Sequence[Metadata]) -> Metadata | None: ...
    def corr_arxiv_id(self, record: Metadata) -> str | None: ...
    def published_version(
        self, preprint: Metadata, records: Sequence[Metadata]
    ) -> Metadata | None: ...


@dataclass(frozen=True)
class Services:
    """The clients to ask (``None``: not asked, the cache only) and the matcher."""

    arxiv: ArxivService | None = None
    dblp: DblpService | None = None
    crossref: CrossrefService | None = None
    match: Matcher | None = None
    offline: bool = False
    """No network: a work the cache lacks has failed (``uncached``), whereas a source
    without a client otherwise is just not asked."""

    def clients(self) -> tuple[Service, ...]:
        return tuple(c for c in (self.arxiv, self.dblp, self.crossref) if c is not None)


@dataclass(frozen=True)
class Resolution:
    """What a resolution learned.  Every work counts once: verified (``fetched``,
    ``cached`` or from the overrides), ``missing``, ``unverified`` or failed."""

    metadata: dict[str, Metadata]
    """By work id: found records, and what arXiv said of an id it lacks or could not
    answer for (``missing``, ``unreachable``, ``invalid``: ``check`` reports them)."""
    verified: dict[str, int] = field(default_factory=dict)
    """Works verified per source (``arxiv``, ``dblp``, ``crossref``, ``overrides``)."""
    fetched: int = 0
    """Verified from an answer in this run."""
    cached: int = 0
    """Verified from the cache."""
    missing: int = 0
    """arXiv has no paper with the work's id (said so in this run or an earlier one)."""
    unverified: int = 0
    """No source vouches for it (not a paper, no record matches, Crossref lacks the DOI)."""
    unreachable: int = 0
    invalid: int = 0
    uncached: int = 0
    """Offline and not in the cache."""
    published: int = 0
    """arXiv papers for which DBLP lists a published version."""
    warnings: tuple[Problem, ...] = ()
    """Unusable cache files and overrides entries."""
    problems: tuple[Problem, ...] = ()
    """The warnings, then one line per missing or failed work."""
    left: tuple[Problem, ...] = ()
    """One line per work left unverified, saying why."""
    unused_overrides: tuple[Override, ...] = ()
    reached: bool = False
    """A service answered at least once."""
    silent: tuple[str, ...] = ()
    """Sources asked that never answered (``arxiv``, ``dblp``, ``crossref``)."""
    requests: int = 0
    """HTTP requests made (including failed attempts)."""
    requests_by_source: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        """Works whose metadata could not be had: unreachable, invalid or offline-uncached."""
        return self.unreachable + self.invalid + self.uncached

    @property
    def exit_code(self) -> int:
        """0 nothing missing or failed, 2 a source was needed and never answered, 1 otherwise."""
        if self.missing == 0 and self.failed == 0:
            return 0
        return 2 if self.unreachable and self.silent else 1


@dataclass(frozen=True)
class Endpoints:
    """Where the services are and how politely to ask them (the CLI's options)."""

    arxiv_url: str | None = None
    arxiv_delay: float = 3.0
    dblp_url: str = "https://dblp.org"
    dblp_delay: float = 1.0
    crossref_url: str = "https://api.crossref.org"
    crossref_delay: float = 0.0
    mailto: str | None = None


def connect(endpoints: Endpoints, *, offline: bool = False) -> Services:
    """The clients for a run (none when *offline*) and the matcher."""
    from readlist import match

    if offline:
        return Services(match=match, offline=True)
    from readlist.arxiv_client import DEFAULT_URL, ArxivClient
    from readlist.crossref import CrossrefClient
    from readlist.dblp import DblpClient

    mailto = endpoints.mailto
    return Services(
        arxiv=ArxivClient(endpoints.arxiv_url or DEFAULT_URL, delay=endpoints.arxiv_delay),
        dblp=DblpClient(endpoints.dblp_url, delay=endpoints.dblp_delay, mailto=mailto),
        crossref=CrossrefClient(
            endpoints.crossref_url, delay=endpoints.crossref_delay, mailto=mailto
        ),
        match=match,
    )


def resolve(
    works: Sequence[Work],
    cache: Cache,
    client: ArxivService | None,
    *,
    refresh: bool = False,
    progress: Progress | None = None,
) -> Resolution:
    """Metadata for the arXiv works only; ``client=None`` means offline (cache only)."""
    report = progress or (lambda done, total: None)
    arxiv_works = [work for work in works if work.arxiv_id is not None]
    return resolve_works(
        arxiv_works,
        cache,
        Services(arxiv=client, offline=client is None),
        refresh=refresh,
        progress=lambda done, total, _: report(done, total),
    )


def resolve_course(
    course: Course,
    cache: Cache,
    services: Services,
    *,
    overrides: Overrides | None = None,
    refresh: bool = False,
    progress: SourceProgress | None = None,
) -> tuple[Course, Resolution]:
    """A new course with the metadata resolved, and what was learned.

    Works DBLP shows to be arXiv papers join the arXiv work of the same id.
    Raises :class:`~readlist.errors.CacheError` before any request when the cache
    cannot be written.
    """
    from readlist.lookup import Lookup
    from readlist.overrides import Overrides

    lookup = Lookup(cache, services, refresh, progress)
    result = _resolution(lookup, course.works, overrides or Overrides())
    works = _merge(course.works, lookup.corr)
    metadata = {work.id: result.metadata[work.id] for work in works if work.id in result.metadata}
    return Course(sites=course.sites, works=works, metadata=metadata), result


def resolve_works(
    works: Sequence[Work],
    cache: Cache,
    services: Services,
    *,
    overrides: Overrides | None = None,
    refresh: bool = False,
    progress: SourceProgress | None = None,
) -> Resolution:
    """Metadata for *works* (see the module docstring); the works are not changed."""
    from readlist.lookup import Lookup
    from readlist.overrides import Overrides

    lookup = Lookup(cache, services, refresh, progress)
    return _resolution(lookup, works, overrides or Overrides())


def _merge(works: tuple[Work, ...], corr: dict[str, str]) -> tuple[Work, ...]:
    """*works* with each CoRR-identified work moved into the arXiv work of its id."""
    by_arxiv = {work.arxiv_id: work.id for work in works if work.arxiv_id}
    joining: dict[str, list[Occurrence]] = {}
    for work in works:
        target = by_arxiv.get(corr.get(work.id, ""))
        if target is not None and target != work.id:
            joining.setdefault(target, []).extend(work.occurrences)
    return tuple(
        replace(work, occurrences=work.occurrences + tuple(joining.get(work.id, ())))
        for work in works
        if by_arxiv.get(corr.get(work.id, "")) in (None, work.id)
    )


def _resolution(lookup: Lookup, works: Sequence[Work], overrides: Overrides) -> Resolution:
    from readlist.lookup import VERIFIED, work_problem

    unused = lookup.resolve(works, overrides)
    counts = dict.fromkeys(("fetched", "cached", "missing", "unverified", *FAILED), 0)
    verified: dict[str, int] = dict.fromkeys(SOURCES, 0)
    failures: list[Problem] = []
    left: list[Problem] = []
    for work in works:
        kind = lookup.kind[work.id]
        if kind in VERIFIED:
            verified[lookup.metadata[work.id].source] += 1
        if kind != "override":
            counts[kind] += 1
        if kind not in VERIFIED:
            problem = work_problem(work, f"{work.id}: {lookup.why.get(work.id, kind)}")
            (left if kind == "unverified" else failures).append(problem)
    services = lookup.services
    clients = services.clients()
    warnings = (*lookup.cache.problems, *overrides.problems)
    named = {"arxiv": services.arxiv, "dblp": services.dblp, "crossref": services.crossref}
    return Resolution(
        metadata=dict(lookup.metadata),
        verified=verified,
        published=sum(m.published_as is not None for m in lookup.metadata.values()),
        warnings=warnings,
        problems=(*warnings, *failures, *lookup.lookups_failed),
        left=tuple(left),
        unused_overrides=unused,
        reached=any(client.reached for client in clients),
        silent=tuple(
            k for k, c in named.items() if c is not None and c.requests_made and not c.reached
        ),
        requests=sum(client.requests_made for client in clients),
        requests_by_source={k: c.requests_made for k, c in named.items() if c is not None},
        **counts,
    )
