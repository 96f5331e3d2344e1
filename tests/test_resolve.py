"""resolve(): cache first, then arXiv; counts, problems, exit codes, never losing data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fakearxiv import FakeArxiv, Fault, closed_port_url

from readlist.arxiv_client import ArxivClient
from readlist.cache import Cache
from readlist.errors import CacheError
from readlist.model import Identity, Metadata, Work
from readlist.resolve import resolve

MakeWorks = Callable[..., list[Work]]
NINE = [
    "1712.05889",
    "1605.08695",
    "1312.7651",
    "2006.15704",
    "2201.12023",
    "1811.06965",
    "1909.08053",
    "2205.14135",
    "2309.06180",
]


def api(url: str, **options: Any) -> ArxivClient:
    return ArxivClient(url, **{"delay": 0.0, "timeout": 1.0, "retries": 1, **options})


def test_first_run_fetches_second_run_makes_no_request(
    fake_arxiv: FakeArxiv, make_works: MakeWorks, tmp_path: Path
) -> None:
    works = make_works(NINE)
    seen: list[tuple[int, int]] = []
    first = resolve(works, Cache(tmp_path), api(fake_arxiv.url), progress=lambda *a: seen.append(a))

    assert (first.fetched, first.cached, first.failed, first.exit_code) == (9, 0, 0, 0)
    assert len(fake_arxiv.requests) == 1 and first.requests == 1
    assert seen[0] == (0, 9) and seen[-1] == (9, 9)
    assert set(first.metadata) == {f"arxiv:{i}" for i in NINE}

    second = resolve(works, Cache(tmp_path), api(fake_arxiv.url))
    assert (second.fetched, second.cached, second.requests, second.exit_code) == (0, 9, 0, 0)
    assert len(fake_arxiv.requests) == 1
    assert second.metadata == first.metadata


def test_missing_is_remembered_so_a_second_run_asks_nothing(
    fake_arxiv: FakeArxiv, make_works: MakeWorks, tmp_path: Path
) -> None:
    works = make_works(["1712.05889", "2401.99999"])
    first = resolve(works, Cache(tmp_path), api(fake_arxiv.url))

    assert (first.fetched, first.missing, first.exit_code) == (1, 1, 1)
    (problem,) = first.problems
    assert str(problem) == "week-01.md:2: arxiv:2401.99999: arXiv has no paper with this id"

    remembered = Cache(tmp_path).get("2401.99999")
    assert remembered is not None and remembered.status == "missing"
    assert remembered.fetched.startswith("20")

    fake_arxiv.reset()
    second = resolve(works, Cache(tmp_path), api(fake_arxiv.url))
    assert (second.cached, second.missing, second.exit_code) == (1, 1, 1)
    assert fake_arxiv.requests == []


def test_refresh_fetches_again_but_keeps_found_records(
    fake_arxiv: FakeArxiv, make_works: MakeWorks, tmp_path: Path
) -> None:
    works = make_works(["1712.05889", "1605.08695"])
    resolve(works, Cache(tmp_path), api(fake_arxiv.url))
    before = Cache(tmp_path).get("1712.05889")

    fake_arxiv.reset()
    fake_arxiv.inject(Fault("empty"), times=2)  # arXiv "forgets" both papers
    again = resolve(works, Cache(tmp_path), api(fake_arxiv.url), refresh=True)

    assert len(fake_arxiv.requests) == 2
    assert (again.fetched, again.cached, again.missing, again.exit_code) == (0, 2, 0, 0)
    assert Cache(tmp_path).get("1712.05889") == before


def test_refresh_replaces_records_with_new_ones(
    fake_arxiv: FakeArxiv, make_works: MakeWorks, tmp_path: Path
) -> None:
    Cache(tmp_path).put(Metadata(arxiv_id="1712.05889", title="Stale", fetched="2020"))
    result = resolve(make_works(["1712.05889"]), Cache(tmp_path), api(fake_arxiv.url), refresh=True)

    assert result.fetched == 1
    assert Cache(tmp_path).get("1712.05889").title.startswith("Ray")  # type: ignore[union-attr]


def test_offline_reads_only_the_cache(make_works: MakeWorks, tmp_path: Path) -> None:
    Cache(tmp_path).put(Metadata(arxiv_id="1712.05889", title="Ray", fetched="x"))
    result = resolve(make_works(["1712.05889", "1605.08695"]), Cache(tmp_path), None)

    assert (result.cached, result.uncached, result.failed, result.exit_code) == (1, 1, 1, 1)
    assert [p.message for p in result.problems] == ["arxiv:1605.08695: not in the cache (offline)"]
    assert "arxiv:1605.08695" not in result.metadata


def test_unreachable_arxiv_exits_2_and_keeps_the_cache(
    make_works: MakeWorks, tmp_path: Path
) -> None:
    Cache(tmp_path).put(Metadata(arxiv_id="1712.05889", title="Ray", fetched="x"))
    works = make_works(["1712.05889", "1605.08695"])
    result = resolve(works, Cache(tmp_path), api(closed_port_url()), refresh=True)

    assert (result.cached, result.unreachable, result.exit_code) == (1, 1, 2)
    assert result.problems[0].message.startswith("arxiv:1605.08695: arXiv could not be reached")
    assert Cache(tmp_path).get("1712.05889") == Metadata("1712.05889", title="Ray", fetched="x")
    assert not (tmp_path / "1605.08695.json").exists()


def test_everything_cached_needs_no_network_even_if_unreachable(
    make_works: MakeWorks, tmp_path: Path
) -> None:
    Cache(tmp_path).put(Metadata(arxiv_id="1712.05889", fetched="x"))
    result = resolve(make_works(["1712.05889"]), Cache(tmp_path), api(closed_port_url()))
    assert (result.cached, result.exit_code, result.requests) == (1, 0, 0)


def test_corrupt_cache_file_is_reported_and_refetched(
    fake_arxiv: FakeArxiv, make_works: MakeWorks, tmp_path: Path
) -> None:
    (tmp_path / "1712.05889.json").write_text("{ half a file", encoding="utf-8")
    result = resolve(make_works(["1712.05889"]), Cache(tmp_path), api(fake_arxiv.url))

    assert (result.fetched, result.exit_code) == (1, 0)
    (problem,) = result.problems
    assert problem.file.endswith("1712.05889.json") and "not JSON" in problem.message
    assert Cache(tmp_path).get("1712.05889") is not None


def test_cache_that_cannot_be_written_fails_before_any_request(
    fake_arxiv: FakeArxiv, make_works: MakeWorks, tmp_path: Path
) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(CacheError):
        resolve(make_works(["1712.05889"]), Cache(tmp_path / "file"), api(fake_arxiv.url))
    assert fake_arxiv.requests == []


def test_works_without_arxiv_id_are_ignored(make_works: MakeWorks, tmp_path: Path) -> None:
    (work,) = make_works(["1712.05889"])
    other = Work("url:example.com/x", Identity("url", "example.com/x"), work.occurrences)
    result = resolve([other], Cache(tmp_path), None)
    assert (result.metadata, result.exit_code, result.problems) == ({}, 0, ())
