"""The lookups behind :mod:`readlist.resolve`: one work at a time, source by source,
the cache first.  Nothing here prints or decides what a result means overall."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from readlist.cache import Cache
from readlist.model import SOURCES, Metadata, Problem, Work
from readlist.overrides import Override, Overrides, match_overrides

if TYPE_CHECKING:
    from readlist.resolve import Services, SourceProgress

VERIFIED = ("fetched", "cached", "override")
_RANK = {"found": 3, "missing": 2, "unreachable": 1, "invalid": 0}


def better(new: Metadata, old: Metadata | None) -> Metadata:
    """The record worth keeping: a refetch never loses a found (or missing) record."""
    return old if old is not None and _RANK[old.status] > _RANK[new.status] else new


def work_problem(work: Work, message: str) -> Problem:
    """*message* at the work's first reading."""
    first = work.occurrences[0]
    lecture = first.lecture
    where = PurePosixPath(lecture.source, lecture.file) if lecture.source else lecture.file
    return Problem(str(where), message, first.reading.line or None)


class Lookup:
    """One resolution: settles every work once, in source order.

    ``kind`` ends with one entry per work: ``override``, ``fetched``, ``cached``,
    ``missing``, ``unverified``, ``unreachable``, ``invalid`` or ``uncached``.
    """

    def __init__(
        self, cache: Cache, services: Services, refresh: bool, progress: SourceProgress | None
    ) -> None:
        self.cache, self.services, self.refresh = cache, services, refresh
        self.progress = progress or (lambda done, total, verified: None)
        self.total = 0
        self.kind: dict[str, str] = {}
        self.metadata: dict[str, Metadata] = {}
        self.counted: dict[str, str] = {}
        """The source each verified work is counted under, for the progress bar."""
        self.counts: dict[str, int] = dict.fromkeys(SOURCES, 0)
        self.why: dict[str, str] = {}
        self.corr: dict[str, str] = {}
        """Work id -> arXiv id, for works DBLP shows to be arXiv papers."""
        self.searches: dict[str, list[Metadata]] = {}
        self.lookups_failed: list[Problem] = []
        self.writable = False

    def resolve(self, works: Sequence[Work], overrides: Overrides) -> tuple[Override, ...]:
        """Settle every work; the overrides entries no work matched."""
        matched, unused = match_overrides(works, overrides)
        self.total = len(works)
        self.progress(0, self.total, dict(self.counts))
        for work in works:
            if work.id in matched:
                self._settle(work, "override", matched[work.id])
        rest = [work for work in works if work.id not in self.kind]
        self._arxiv({w.arxiv_id: [w] for w in rest if w.arxiv_id})
        for work in rest:
            if work.arxiv_id is None and not self._by_doi(work):
                self._by_dblp(work)
        self._corr_works([w for w in rest if w.id in self.corr])
        self._published_versions([w for w in rest if self._is_arxiv_paper(w)])
        return unused

    # -- settling ----------------------------------------------------------------

    def _settle(self, work: Work, kind: str, meta: Metadata | None = None, why: str = "") -> None:
        self.kind[work.id] = kind
        if meta is not None:
            self.metadata[work.id] = meta
        if why:
            self.why[work.id] = why
        self._report(work.id)

    def _report(self, work_id: str) -> None:
        """Progress after *work_id* settled; per-source counts kept as works settle
        (recounting every time made a large course quadratic)."""
        old = self.counted.pop(work_id, None)
        if old is not None:
            self.counts[old] -= 1
        meta = self.metadata.get(work_id)
        if meta is not None and self.kind.get(work_id) in VERIFIED:
            self.counted[work_id] = meta.source
            self.counts[meta.source] += 1
        self.progress(len(self.kind), self.total, dict(self.counts))

    def _asking(self) -> None:
        """Before the first request: the cache must be writable."""
        if not self.writable:
            self.cache.ensure_writable()
            self.writable = True

    # -- arXiv -------------------------------------------------------------------

    def _arxiv(self, wanted: dict[str, list[Work]]) -> None:
        client = self.services.arxiv
        ids = list(wanted)
        cached = {i: m for i in ids if (m := self.cache.get(i)) is not None}
        known = {} if self.refresh and client is not None else dict(cached)
        todo = [i for i in ids if i not in known]
        for arxiv_id in [i for i in ids if i in known]:
            self._settle_arxiv(wanted[arxiv_id], known[arxiv_id], fresh=False)
        if not todo or client is None:
            kind, why = (
                ("uncached", "offline") if self.services.offline else ("unverified", "not asked")
            )
            for arxiv_id in todo:
                self._settle_all(wanted[arxiv_id], kind, f"not in the cache ({why})")
            return
        self._asking()
        for batch in client.fetch_batches(todo):
            for arxiv_id, meta in batch.items():
                best = better(meta, cached.get(arxiv_id))
                if best is meta:
                    self.cache.put(meta)
                self._settle_arxiv(wanted.get(arxiv_id, []), best, fresh=best is meta)
        for arxiv_id in todo:
            if not all(work.id in self.kind for work in wanted[arxiv_id]):
                self._settle_all(wanted[arxiv_id], "unreachable", client.last_error or "")

    def _settle_arxiv(self, works: list[Work], meta: Metadata, fresh: bool) -> None:
        reason = self.services.arxiv.last_error if self.services.arxiv else None
        messages = {
            "missing": "arXiv has no paper with this id",
            "unreachable": reason or "arXiv could not be reached",
            "invalid": "not a valid arXiv id",
        }
        kind = ("fetched" if fresh else "cached") if meta.status == "found" else meta.status
        for work in works:
            self._settle(work, kind, meta, messages.get(meta.status, ""))

    def _settle_all(self, works: list[Work], kind: str, why: str) -> None:
        for work in works:
            self._settle(work, kind, why=why)

    # -- Crossref and DBLP -------------------------------------------------------

    def _by_doi(self, work: Work) -> bool:
        """Settle a DOI work from Crossref; False when it is not one or Crossref lacks it."""
        if work.identity.scheme != "doi":
            return False
        doi, client = work.identity.value, self.services.crossref
        old = self.cache.crossref(doi)
        if old is not None and not (self.refresh and client is not None):
            meta, fresh = old, False
        elif client is None:
            if self.services.offline:
                self._settle(work, "uncached", why="not in the cache (offline)")
            return self.services.offline
        else:
            self._asking()
            new = client.work(doi)
            meta, fresh = better(new, old), True
            if meta is new:
                self.cache.put_crossref(doi, new)
        if meta.status == "found":
            self._settle(work, "fetched" if fresh else "cached", meta)
            return True
        if meta.status == "missing":
            return False  # DBLP may still know it
        reason = client.last_error if client is not None else None
        self._settle(work, "unreachable", why=reason or "Crossref could not be reached")
        return True

    def _search(self, work: Work, query: str) -> tuple[list[Metadata] | None, str]:
        """DBLP's records for *query* (cache first) and how they came: ``fetched``,
        ``cached``, or ``None`` with ``unreachable``/``uncached``."""
        client = self.services.dblp
        old = self.cache.search(work.stable_id, query)
        if old is not None and not (self.refresh and client is not None):
            return old, "cached"
        if client is None:
            return None, "uncached" if self.services.offline else "unverified"
        self._asking()
        records = client.search(query)
        if not records and old:  # a refetch never loses what DBLP once listed
            return old, "cached"
        if records is None:
            return (old, "cached") if old is not None else (None, "unreachable")
        fetched = self.cache.now().strftime("%Y-%m-%dT%H:%M:%SZ")
        self.cache.put_search(work.stable_id, query, records, fetched)
        return records, "fetched"

    def _by_dblp(self, work: Work) -> None:
        match = self.services.match
        if match is None or not match.paper_like(work):
            why = "Crossref has no record of this DOI" if work.identity.scheme == "doi" else ""
            self._settle(work, "unverified", why=why or "not a paper: no source asked")
            return
        records, how = self._search(work, match.dblp_query(work))
        if records is None:
            self._settle(work, how, why=self._dblp_failure(how))
            return
        self.searches[work.id] = records
        chosen = match.choose(work, records)
        if chosen is None:
            self._settle(work, "unverified", why="no DBLP record matches its title")
            return
        arxiv_id = match.corr_arxiv_id(chosen)
        if arxiv_id:
            self.corr[work.id] = arxiv_id
            self.metadata[work.id] = chosen  # until arXiv fills it
            self.why[work.id] = how  # how the CoRR record came, if arXiv cannot fill it
            return
        self._settle(work, how, chosen)

    def _dblp_failure(self, how: str) -> str:
        if how == "uncached":
            return "not in the cache (offline)"
        if how == "unverified":
            return "DBLP not available"
        client = self.services.dblp
        return (client.last_error if client else None) or "DBLP could not be reached"

    def _corr_works(self, works: list[Work]) -> None:
        """Works DBLP shows to be arXiv papers: filled from arXiv, else the CoRR record."""
        records = {work.id: self.metadata[work.id] for work in works}
        how = {work.id: self.why.pop(work.id) for work in works}
        wanted: dict[str, list[Work]] = {}
        for work in works:
            wanted.setdefault(self.corr[work.id], []).append(work)
        self._arxiv(wanted)
        for work in works:
            meta = self.metadata.get(work.id)
            if meta is None or meta.source != "arxiv" or meta.status != "found":
                del self.corr[work.id]
                self.why.pop(work.id, None)
                self._settle(work, how[work.id], records[work.id])

    def _is_arxiv_paper(self, work: Work) -> bool:
        meta = self.metadata.get(work.id)
        found = meta is not None and meta.status == "found" and meta.source == "arxiv"
        return found and self.kind[work.id] != "override"

    def _published_versions(self, works: list[Work]) -> None:
        match = self.services.match
        if match is None:
            return
        self.total += len(works)
        for done, work in enumerate(works, 1):
            meta = self.metadata[work.id]
            records = self.searches.get(work.id)
            if records is None:
                records, how = self._search(work, meta.title)
                if records is None and how == "unreachable":
                    why = f"{work.id}: published version not looked up: {self._dblp_failure(how)}"
                    self.lookups_failed.append(work_problem(work, why))
            published = match.published_version(meta, records) if records else None
            if published is not None:
                self.metadata[work.id] = replace(meta, published_as=published)
            self.progress(len(self.kind) + done, self.total, {})
