"""resolve_course(): which source each work goes to, the cache before any request,
overrides first, CoRR records joining arXiv works, published versions, failures.

The clients and the matcher are small in-process stand-ins with the interfaces of
readlist.dblp / readlist.crossref / readlist.match (the end-to-end tests against
the fake servers live with those modules).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from export_helpers import course_of, lecture, reading

from readlist.cache import Cache
from readlist.model import Course, Metadata, Work
from readlist.overrides import parse_overrides
from readlist.resolve import Services, resolve_course

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def dblp_record(title: str, **fields: str) -> Metadata:
    values = {"type": "paper-conference", "venue": "OSDI", "published": "2004", **fields}
    return Metadata(arxiv_id="", source="dblp", title=title, authors=("Ann Lee",), **values)


MAPREDUCE = dblp_record("MapReduce: Simplified Data Processing on Large Clusters")
PIPEDREAM_CORR = dblp_record(
    "PipeDream: Generalized Pipeline Parallelism",
    type="article",
    venue="CoRR",
    url="https://arxiv.org/abs/1806.03377",
)
ALPA_OSDI = dblp_record("Alpa: Automating Parallelism", published="2022")


@dataclass
class Client:
    """What every stand-in client shares: request count, reachability, last error."""

    requests_made: int = 0
    reached: bool = False
    last_error: str | None = None
    down: bool = False

    def _request(self) -> bool:
        self.requests_made += 1
        if self.down:
            self.last_error = "connection refused"
        self.reached = self.reached or not self.down
        return not self.down


@dataclass
class Dblp(Client):
    answers: dict[str, list[Metadata]] = field(default_factory=dict)
    queries: list[str] = field(default_factory=list)

    def search(self, query: str, hits: int = 30) -> list[Metadata] | None:
        self.queries.append(query)
        return self.answers.get(query, []) if self._request() else None


@dataclass
class Crossref(Client):
    records: dict[str, Metadata] = field(default_factory=dict)

    def work(self, doi: str) -> Metadata:
        if not self._request():
            return Metadata(arxiv_id="", source="crossref", status="unreachable")
        missing = Metadata(arxiv_id="", source="crossref", status="missing", fetched="2026-05-30")
        return self.records.get(doi, missing)


@dataclass
class Arxiv(Client):
    papers: dict[str, Metadata] = field(default_factory=dict)

    def fetch_batches(self, ids: Sequence[str]) -> Iterator[dict[str, Metadata]]:
        if not self._request():
            yield {i: Metadata(arxiv_id=i, status="unreachable") for i in ids}
            return
        missing = {i: Metadata(arxiv_id=i, status="missing", fetched="2026-05-30") for i in ids}
        yield {i: self.papers.get(i, missing[i]) for i in ids}


class Match:
    """A naive matcher: PDFs and DOIs are papers, a title must begin with the link text."""

    def paper_like(self, work: Work) -> bool:
        return work.identity.scheme == "doi" or work.occurrences[0].reading.link.endswith(".pdf")

    def dblp_query(self, work: Work) -> str:
        return work.title

    def choose(self, work: Work, records: Sequence[Metadata]) -> Metadata | None:
        return next((r for r in records if r.title.startswith(work.title)), None)

    def corr_arxiv_id(self, record: Metadata) -> str | None:
        prefix = "https://arxiv.org/abs/"
        return record.url[len(prefix) :] if record.url.startswith(prefix) else None

    def published_version(self, preprint: Metadata, records: Sequence[Metadata]) -> Metadata | None:
        return next((r for r in records if r.title == preprint.title), None)


def arxiv_paper(arxiv_id: str, title: str) -> Metadata:
    return Metadata(arxiv_id=arxiv_id, title=title, authors=("Ann Lee",), fetched="2026-05-30")


@dataclass
class World:
    arxiv: Arxiv = field(default_factory=Arxiv)
    dblp: Dblp = field(default_factory=Dblp)
    crossref: Crossref = field(default_factory=Crossref)

    def services(self) -> Services:
        return Services(arxiv=self.arxiv, dblp=self.dblp, crossref=self.crossref, match=Match())

    def requests(self) -> tuple[int, int, int]:
        return (self.arxiv.requests_made, self.dblp.requests_made, self.crossref.requests_made)


def world() -> World:
    found = World()
    found.arxiv.papers["2201.12023"] = arxiv_paper("2201.12023", "Alpa: Automating Parallelism")
    found.arxiv.papers["1806.03377"] = arxiv_paper("1806.03377", "PipeDream")
    found.dblp.answers["MapReduce"] = [ALPA_OSDI, MAPREDUCE]
    found.dblp.answers["PipeDream"] = [PIPEDREAM_CORR]
    found.dblp.answers["Alpa: Automating Parallelism"] = [ALPA_OSDI]
    found.crossref.records["10.1145/2723372.2742797"] = Metadata(
        arxiv_id="", source="crossref", title="Spark SQL", type="paper-conference"
    )
    return found


def course() -> Course:
    return course_of(
        lecture(
            "Feb 5",
            "Batch",
            reading("Alpa", "https://arxiv.org/abs/2201.12023"),
            reading("Spark SQL", "https://dl.acm.org/doi/10.1145/2723372.2742797", line=2),
            reading("MapReduce", "https://example.org/mapreduce.pdf", line=3),
            reading("A blog post", "https://example.org/blog", line=4),
        )
    )


def cache_at(path: Path, days: float = 0) -> Cache:
    return Cache(path, now=lambda: NOW + timedelta(days=days))


def sources(result_course: Course) -> list[str | None]:
    found = result_course.metadata
    return [found[w.id].source if w.id in found else None for w in result_course.works]


def test_each_work_goes_to_the_source_its_identity_names(tmp_path: Path) -> None:
    services, original = world(), course()
    resolved, result = resolve_course(original, cache_at(tmp_path), services.services())
    assert sources(resolved) == ["arxiv", "crossref", "dblp", None]
    assert resolved.metadata["url:https://example.org/mapreduce.pdf"] == MAPREDUCE
    assert services.dblp.queries == ["MapReduce", "Alpa: Automating Parallelism"]
    assert services.requests() == (1, 2, 1)
    assert result.verified == {"arxiv": 1, "dblp": 1, "crossref": 1, "overrides": 0}
    assert (result.fetched, result.unverified, result.failed, result.exit_code) == (3, 1, 0, 0)
    assert [p.message for p in result.left] == [
        "url:https://example.org/blog: not a paper: no source asked"
    ]
    assert original.metadata == {}  # a new course, the old one unchanged


def test_a_second_run_asks_nothing(tmp_path: Path) -> None:
    resolve_course(course(), cache_at(tmp_path), world().services())
    again = world()
    resolved, result = resolve_course(course(), cache_at(tmp_path), again.services())
    assert again.requests() == (0, 0, 0)
    assert (result.fetched, result.cached) == (0, 3)
    assert sources(resolved) == ["arxiv", "crossref", "dblp", None]
    assert resolved.metadata["arxiv:2201.12023"].published_as == ALPA_OSDI


def test_the_published_version_of_an_arxiv_paper_is_attached(tmp_path: Path) -> None:
    resolved, result = resolve_course(course(), cache_at(tmp_path), world().services())
    alpa = resolved.metadata["arxiv:2201.12023"]
    assert (alpa.source, alpa.published_as) == ("arxiv", ALPA_OSDI)
    assert result.published == 1


def test_an_override_wins_and_its_work_is_never_asked(tmp_path: Path) -> None:
    bib = parse_overrides(
        "@book{mr, title={MapReduce}, author={Ann Lee}, year=2004,"
        " url={https://example.org/mapreduce.pdf}}"
    )
    services = world()
    resolved, result = resolve_course(
        course(), cache_at(tmp_path), services.services(), overrides=bib
    )
    assert sources(resolved) == ["arxiv", "crossref", "overrides", None]
    assert "MapReduce" not in services.dblp.queries
    assert result.verified["overrides"] == 1 and result.unused_overrides == ()


def test_a_corr_record_is_filled_from_arxiv_and_joins_the_arxiv_work(tmp_path: Path) -> None:
    both = course_of(
        lecture(
            "Mar 4",
            "ML",
            reading("PipeDream", "https://example.org/pipedream.pdf"),
            reading("PipeDream (arXiv)", "https://arxiv.org/abs/1806.03377", line=2),
        )
    )
    resolved, result = resolve_course(both, cache_at(tmp_path), world().services())
    (work,) = resolved.works
    assert work.id == "arxiv:1806.03377" and len(work.occurrences) == 2
    assert resolved.metadata[work.id].source == "arxiv"
    assert result.verified["arxiv"] == 2  # counted per work read, before joining
    alone = course_of(lecture("Mar 4", "ML", reading("PipeDream", "https://x.org/p.pdf")))
    resolved, _ = resolve_course(alone, cache_at(tmp_path / "2"), world().services())
    assert resolved.metadata["url:https://x.org/p.pdf"].arxiv_id == "1806.03377"


def test_a_failed_answer_is_not_cached_and_is_asked_again(tmp_path: Path) -> None:
    down = world()
    down.dblp.down = down.crossref.down = down.arxiv.down = True
    _, result = resolve_course(course(), cache_at(tmp_path), down.services())
    assert (result.unreachable, result.reached, result.exit_code) == (3, False, 2)
    assert not (tmp_path / "dblp").exists() and not (tmp_path / "crossref").exists()
    up = world()
    _, result = resolve_course(course(), cache_at(tmp_path), up.services())
    assert up.requests() == (1, 2, 1) and result.exit_code == 0


def test_crossref_missing_falls_back_to_dblp_and_expires(tmp_path: Path) -> None:
    services = world()
    services.crossref.records.clear()
    services.dblp.answers["Spark SQL"] = [dblp_record("Spark SQL: Relational Data Processing")]
    resolved, _ = resolve_course(course(), cache_at(tmp_path), services.services())
    assert sources(resolved)[1] == "dblp"
    again = world()
    resolve_course(course(), cache_at(tmp_path, days=1), again.services())
    assert again.crossref.requests_made == 0  # "missing" is believed for a while
    later = world()
    resolve_course(course(), cache_at(tmp_path, days=60), later.services())
    assert later.crossref.requests_made == 1


def test_refresh_asks_again_and_a_failure_keeps_the_cached_record(tmp_path: Path) -> None:
    resolve_course(course(), cache_at(tmp_path), world().services())
    down = world()
    down.dblp.down = down.crossref.down = down.arxiv.down = True
    resolved, _ = resolve_course(course(), cache_at(tmp_path), down.services(), refresh=True)
    assert down.requests() == (1, 2, 1)
    assert sources(resolved) == ["arxiv", "crossref", "dblp", None]


def test_offline_uses_the_cache_and_counts_the_rest_as_failed(tmp_path: Path) -> None:
    offline = Services(match=Match(), offline=True)
    _, result = resolve_course(course(), cache_at(tmp_path), offline)
    assert (result.uncached, result.unverified, result.exit_code) == (3, 1, 1)
    resolve_course(course(), cache_at(tmp_path), world().services())
    resolved, result = resolve_course(course(), cache_at(tmp_path), offline)
    assert sources(resolved) == ["arxiv", "crossref", "dblp", None]
    assert result.cached == 3 and result.exit_code == 0


def test_a_record_no_title_matches_leaves_the_work_unverified(tmp_path: Path) -> None:
    services = world()
    services.dblp.answers["MapReduce"] = [replace(MAPREDUCE, title="Paxos Made Live")]
    resolved, result = resolve_course(course(), cache_at(tmp_path), services.services())
    assert sources(resolved)[2] is None
    assert "no DBLP record matches its title" in result.left[0].message


def test_connect_offline_has_no_client() -> None:
    from readlist.resolve import Endpoints, connect

    offline = connect(Endpoints(), offline=True)
    assert offline.clients() == () and offline.offline
    online = connect(Endpoints(arxiv_url="http://127.0.0.1:9/api/query", arxiv_delay=0))
    assert online.arxiv is not None and not online.offline


def test_a_refresh_with_no_hit_keeps_the_records_dblp_listed(tmp_path: Path) -> None:
    resolve_course(course(), cache_at(tmp_path), world().services())
    empty = world()
    empty.dblp.answers.clear()
    resolved, _ = resolve_course(course(), cache_at(tmp_path), empty.services(), refresh=True)
    assert empty.dblp.requests_made == 2
    assert sources(resolved)[2] == "dblp"


def test_progress_counts_each_verified_work_once_under_its_source(tmp_path: Path) -> None:
    """The per-source counts the progress bar shows, kept as works settle."""
    calls: list[tuple[int, int, dict[str, int]]] = []
    resolve_course(
        course(),
        cache_at(tmp_path),
        world().services(),
        progress=lambda done, total, verified: calls.append((done, total, dict(verified))),
    )
    counted = [verified for _, _, verified in calls if verified]
    assert counted[0] == {"arxiv": 0, "dblp": 0, "crossref": 0, "overrides": 0}
    assert counted[-1] == {"arxiv": 1, "dblp": 1, "crossref": 1, "overrides": 0}
    assert all(sum(v.values()) <= done for done, _, v in calls)  # never counted twice
    assert calls[-1][0] == calls[-1][1]  # ends at the total
