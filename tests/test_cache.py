"""The metadata cache: layout, atomic writes, never losing a found record, bad files."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from readlist.cache import SCHEMA, Cache, dumps, loads
from readlist.errors import CacheError
from readlist.model import Metadata

FOUND = Metadata(
    arxiv_id="hep-th/9901001",
    status="found",
    version=3,
    title="A paper",
    authors=("Ada Lovelace", "Christopher Ré"),
    published="1999-01-01T00:00:00Z",
    updated="1999-03-01T00:00:00Z",
    primary_category="hep-th",
    categories=("hep-th", "gr-qc"),
    comment="12 pages",
    abstract="  Old abstracts start with two spaces.",
    fetched="2026-05-01T12:00:00Z",
)


def test_round_trip_and_layout(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    assert cache.put(FOUND)

    assert cache.get("hep-th/9901001") == FOUND
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["hep-th_9901001.json"]
    document = json.loads((tmp_path / "cache" / "hep-th_9901001.json").read_text("utf-8"))
    assert document["schema"] == SCHEMA
    assert document["fetched"] == "2026-05-01T12:00:00Z"
    assert document["metadata"]["authors"] == ["Ada Lovelace", "Christopher Ré"]
    assert cache.problems == []


def test_file_is_readable_by_others_and_ends_with_newline(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put(FOUND)
    path = cache.path(FOUND.arxiv_id)

    assert path.stat().st_mode & 0o777 == 0o644
    assert path.read_text("utf-8").endswith("}\n")


def test_absent_and_invalid_ids_are_none(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    assert cache.get("2201.12023") is None
    assert cache.get("../../etc/passwd") is None
    with pytest.raises(ValueError):
        cache.path("../escape")


def test_found_is_never_replaced_by_missing(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put(FOUND)

    assert not cache.put(Metadata(arxiv_id=FOUND.arxiv_id, status="missing"))
    assert cache.get(FOUND.arxiv_id) == FOUND


def test_unreachable_and_invalid_are_not_cached(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    assert not cache.put(Metadata(arxiv_id="2201.12023", status="unreachable"))
    assert not cache.put(Metadata(arxiv_id="abc", status="invalid"))
    assert list(tmp_path.iterdir()) == []


def test_missing_is_cached_and_later_replaced_by_found(tmp_path: Path) -> None:
    cache = Cache(tmp_path, now=lambda: datetime(2026, 1, 2, tzinfo=timezone.utc))
    missing = Metadata(arxiv_id=FOUND.arxiv_id, status="missing", fetched="2026-01-01T00:00:00Z")
    assert cache.put(missing)
    assert cache.get(FOUND.arxiv_id) == missing

    assert cache.put(FOUND)
    assert cache.get(FOUND.arxiv_id) == FOUND


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    for version in range(1, 20):
        cache.put(Metadata(arxiv_id="2201.12023", version=version, fetched="x"))

    assert [p.name for p in tmp_path.iterdir()] == ["2201.12023.json"]
    assert cache.get("2201.12023") == Metadata(arxiv_id="2201.12023", version=19, fetched="x")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"schema": 1, "metadata": {"arxiv_id": "2201.1', "not JSON"),
        ("", "not JSON"),
        ('["a", "list"]', "schema"),
        ('{"schema": 2, "metadata": {}}', "schema"),
        ('{"name": "package.json of something else"}', "schema"),
        ('{"schema": 1}', "no metadata"),
        ('{"schema": 1, "metadata": {"arxiv_id": "1811.06965", "status": "found"}}', "describes"),
        (
            '{"schema": 1, "metadata": {"arxiv_id": "2201.12023", "status": "unreachable"}}',
            "status",
        ),
        ('{"schema": 1, "metadata": {"arxiv_id": "2201.12023", "authors": "A, B"}}', "status"),
        (
            '{"schema": 1, "metadata": {"arxiv_id": "2201.12023", "status": "found",'
            ' "authors": "A, B"}}',
            "bad authors",
        ),
        (
            '{"schema": 1, "metadata": {"arxiv_id": "2201.12023", "status": "found",'
            ' "version": "3"}}',
            "bad version",
        ),
        (
            '{"schema": 1, "metadata": {"arxiv_id": "2201.12023", "status": "found",'
            ' "title": null}}',
            "bad title",
        ),
    ],
)
def test_corrupt_or_foreign_file_is_reported_and_absent(
    tmp_path: Path, content: str, reason: str
) -> None:
    (tmp_path / "2201.12023.json").write_text(content, encoding="utf-8")
    cache = Cache(tmp_path)

    assert cache.get("2201.12023") is None
    (problem,) = cache.problems
    assert problem.file == str(tmp_path / "2201.12023.json")
    assert reason in problem.message and "fetched again" in problem.message

    assert cache.put(Metadata(arxiv_id="2201.12023", title="T"))  # refetch overwrites it
    assert cache.get("2201.12023") is not None


def test_unknown_fields_are_ignored(tmp_path: Path) -> None:
    document = json.loads(dumps(FOUND))
    document["metadata"]["citations"] = 12
    assert loads(json.dumps(document), FOUND.arxiv_id) == FOUND


def test_uncreatable_directory_is_a_cache_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory")
    cache = Cache(tmp_path / "file" / "cache")

    with pytest.raises(CacheError, match="cannot create cache directory"):
        cache.put(FOUND)
    with pytest.raises(CacheError):
        cache.ensure_writable()
    assert cache.get(FOUND.arxiv_id) is None


def test_failed_write_is_a_cache_error_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "2201.12023.json").mkdir()  # os.replace cannot put a file there

    with pytest.raises(CacheError, match="cannot write"):
        Cache(tmp_path).put(Metadata(arxiv_id="2201.12023"))
    assert [p.name for p in tmp_path.iterdir()] == ["2201.12023.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory_is_a_cache_error_with_one_line(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(CacheError) as raised:
            Cache(tmp_path).put(FOUND)
        assert "\n" not in str(raised.value)
        with pytest.raises(CacheError):
            Cache(tmp_path).ensure_writable()
    finally:
        tmp_path.chmod(0o755)


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    stale, fresh = tmp_path / ".2201.12023.abc.tmp", tmp_path / ".1811.06965.def.tmp"
    stale.write_text("{")
    fresh.write_text("{")  # perhaps another readlist writing right now: left alone
    os.utime(stale, (1, 1))

    Cache(tmp_path).ensure_writable()
    assert not stale.exists() and fresh.exists()


def test_absent_records_open_no_file_and_written_ones_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The folder is listed once: a run over thousands of uncached works opens nothing
    # for them; what the same cache object writes afterwards is read back.
    import readlist.cache as cache_module

    opened: list[Path] = []
    real_read = cache_module.read_file

    def counting(path: Path, limit: int) -> str:
        opened.append(path)
        return real_read(path, limit)

    monkeypatch.setattr(cache_module, "read_file", counting)
    Cache(tmp_path).put(FOUND)
    cache = Cache(tmp_path)
    assert [cache.get(f"2201.{n:05d}") for n in range(50)] == [None] * 50
    assert [cache.search(f"work-{n}", "q") for n in range(50)] == [None] * 50
    assert cache.crossref("10.1/absent") is None
    assert opened == []
    assert cache.get(FOUND.arxiv_id) == FOUND
    assert opened == [cache.path(FOUND.arxiv_id)]
    other = replace(FOUND, arxiv_id="2201.12023")
    cache.put(other)
    cache.put_search("work-1", "q", [], datetime.now(timezone.utc).isoformat())
    assert cache.get("2201.12023") == other
    assert cache.search("work-1", "q") == []
