"""Cache v2: DBLP searches by work id, Crossref works by DOI, the "missing" TTL, and
unusable files (issue 12 item 7) that are one problem and refetched, never a hang."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from readlist.cache import MAX_FILE_BYTES, Cache
from readlist.model import Metadata

REPO = Path(__file__).parent.parent
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
GFS = Metadata(
    arxiv_id="",
    source="dblp",
    title="The Google file system",
    authors=("Sanjay Ghemawat", "Howard Gobioff", "Shun-Tak Leung"),
    published="2003",
    type="paper-conference",
    venue="SOSP",
    pages="29-43",
    doi="10.1145/945445.945450",
    record="conf/sosp/GhemawatGL03",
    fetched="2026-05-01T00:00:00Z",
)
WORK = "url:https://research.google.com/archive/gfs-sosp2003.pdf"


def cache_at(directory: Path, days_later: float = 0) -> Cache:
    return Cache(directory, now=lambda: NOW + timedelta(days=days_later))


def test_a_dblp_search_is_kept_by_work_id_and_query(tmp_path: Path) -> None:
    cache = cache_at(tmp_path)
    decoy = Metadata(arxiv_id="", source="dblp", title="Paxos made live", published="2007")
    cache.put_search(WORK, "The Google File System", [GFS, decoy], "2026-05-01T00:00:00Z")
    assert cache.search(WORK, "The Google File System") == [GFS, decoy]
    assert cache.search(WORK, "Google File System") is None  # another query: ask again
    assert cache.search("url:https://other.org/x", "The Google File System") is None
    (path,) = (tmp_path / "dblp").iterdir()
    document = json.loads(path.read_text("utf-8"))
    assert (document["source"], document["id"]) == ("dblp", WORK)
    assert document["fetched"] == "2026-05-01T00:00:00Z"
    assert cache.problems == []


def test_no_hit_is_believed_for_thirty_days(tmp_path: Path) -> None:
    cache_at(tmp_path).put_search(WORK, "q", [], "2026-05-01T00:00:00Z")
    assert cache_at(tmp_path, days_later=-1).search(WORK, "q") == []  # 30 days after
    assert cache_at(tmp_path).search(WORK, "q") is None  # 31 days after: ask again
    cache_at(tmp_path).put_search(WORK, "q", [GFS], "2026-05-01T00:00:00Z")
    assert cache_at(tmp_path, days_later=3650).search(WORK, "q") == [GFS]  # found: kept


def test_crossref_by_doi_never_loses_a_found_record(tmp_path: Path) -> None:
    cache = cache_at(tmp_path)
    doi = "10.1002/cpe.1206"
    found = Metadata(arxiv_id="", source="crossref", title="Collective communication",
                     doi=doi, fetched="2026-05-01T00:00:00Z")  # fmt: skip
    assert not cache.put_crossref(
        doi, Metadata(arxiv_id="", source="crossref", status="unreachable")
    )
    assert cache.crossref(doi) is None
    assert cache.put_crossref(doi, found)
    missing = Metadata(
        arxiv_id="", source="crossref", status="missing", fetched="2026-05-30T00:00:00Z"
    )
    assert not cache.put_crossref(doi, missing)
    assert cache.crossref(doi) == found
    other = "10.1145/x"
    assert cache.put_crossref(other, missing)
    assert cache.crossref(other) == missing
    assert cache_at(tmp_path, days_later=30).crossref(other) is None  # expired


def test_an_arxiv_missing_record_expires_too(tmp_path: Path) -> None:
    missing = Metadata(arxiv_id="2201.99999", status="missing", fetched="2026-05-01T00:00:00Z")
    cache_at(tmp_path).put(missing)
    assert cache_at(tmp_path, days_later=-5).get("2201.99999") == missing
    assert cache_at(tmp_path).get("2201.99999") is None


def test_todays_arxiv_files_stay_readable(tmp_path: Path) -> None:
    shutil.copy(REPO / "examples" / "dsc204a-w24" / "cache" / "2201.12023.json", tmp_path)
    meta = Cache(tmp_path).get("2201.12023")
    assert meta is not None and meta.source == "arxiv" and meta.title.startswith("Alpa")


def unusable(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "nested":
        path.write_text("[" * 1000 + "]" * 1000)
    elif kind == "deeper":
        path.write_text("[" * 100_000)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "big":
        path.write_text(" " * (MAX_FILE_BYTES + 1) + "{}")


@pytest.mark.parametrize("kind", ["nested", "deeper", "fifo", "zero", "big"])
def test_an_unusable_file_is_one_problem_and_is_replaced(tmp_path: Path, kind: str) -> None:
    arxiv = tmp_path / "2201.12023.json"
    unusable(arxiv, kind)
    cache = cache_at(tmp_path)
    assert cache.get("2201.12023") is None
    assert cache.get("2201.12023") is None
    (problem,) = cache.problems
    assert problem.file == str(arxiv) and "fetched again" in problem.message
    assert cache.put(Metadata(arxiv_id="2201.12023", title="Alpa"))
    assert arxiv.is_file() and not arxiv.is_symlink()
    assert cache.get("2201.12023") is not None


@pytest.mark.parametrize("kind", ["nested", "fifo", "zero"])
def test_unusable_dblp_and_crossref_files_too(tmp_path: Path, kind: str) -> None:
    cache = cache_at(tmp_path)
    cache.put_search(WORK, "q", [GFS], "2026-05-01T00:00:00Z")
    cache.put_crossref("10.1/x", GFS)
    for path in [*(tmp_path / "dblp").iterdir(), *(tmp_path / "crossref").iterdir()]:
        path.unlink()
        unusable(path, kind)
    assert cache.search(WORK, "q") is None and cache.crossref("10.1/x") is None
    assert len(cache.problems) == 2
    cache.put_search(WORK, "q", [GFS], "2026-05-01T00:00:00Z")
    assert cache.search(WORK, "q") == [GFS]


def test_a_file_about_another_work_is_not_used(tmp_path: Path) -> None:
    cache = cache_at(tmp_path)
    cache.put_search(WORK, "q", [GFS], "2026-05-01T00:00:00Z")
    (path,) = (tmp_path / "dblp").iterdir()
    document = json.loads(path.read_text("utf-8"))
    document["id"] = "url:https://else.org/"
    path.write_text(json.dumps(document))
    assert cache.search(WORK, "q") is None
    assert "not a readlist dblp cache file" in cache.problems[0].message


def test_offline_believes_an_old_no_hit(tmp_path: Path) -> None:
    """An offline run cannot ask again: the old answer is what it has."""
    cache_at(tmp_path).put_search(WORK, "q", [], "2026-05-01T00:00:00Z")
    never = Cache(tmp_path, missing_ttl=None, now=lambda: NOW + timedelta(days=3650))
    assert never.search(WORK, "q") == []


@pytest.mark.parametrize(
    ("date", "usable"),
    [
        ("2022-01-28T00:00:00Z", True),
        ("2004", True),
        ("2004-12", True),
        ("2004-12-06", True),
        ("", True),
        ("2022-13-45T00:00:00Z", False),  # a hand-edited cache (issue 12 item 9)
        ("2004-13", False),
        ("not a date", False),
    ],
)
def test_a_bad_date_makes_the_file_unusable_and_refetched(
    tmp_path: Path, date: str, usable: bool
) -> None:
    shutil.copy(REPO / "examples" / "dsc204a-w24" / "cache" / "2201.12023.json", tmp_path)
    path = tmp_path / "2201.12023.json"
    document = json.loads(path.read_text("utf-8"))
    document["metadata"]["published"] = date
    path.write_text(json.dumps(document), encoding="utf-8")
    cache = Cache(tmp_path)
    found = cache.get("2201.12023")
    assert (found is not None) == usable
    assert [p.message for p in cache.problems] == (
        []
        if usable
        else [f"unusable cache file (bad published date {date!r}); it will be fetched again"]
    )
