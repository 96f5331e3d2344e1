"""Citation keys: Google-Scholar style, ASCII, unique, stable across course changes."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from export_helpers import (
    EXAMPLE,
    arxiv,
    course_of,
    fixture_metadata,
    lecture,
    reading,
    with_metadata,
)

from readlist.course import load_course
from readlist.dedupe import group_works
from readlist.errors import CacheError
from readlist.export.keys import VALID_KEY, ascii_fold
from readlist.export.record import ExportOptions, build_records
from readlist.model import Course, Metadata

META = fixture_metadata()


def keys_of(course: Course, keys_path: Path | None = None) -> dict[str, str]:
    records = build_records(course, ExportOptions(keys_path=keys_path))
    return {record.work.id: record.key for record in records}


def test_the_nine_papers_get_google_scholar_keys() -> None:
    ids = list(META)
    course = course_of(
        lecture("Jan 1", "All", *(arxiv(i, line=n) for n, i in enumerate(ids))), metadata=META
    )
    assert sorted(keys_of(course).values()) == sorted(
        [
            "moritz2017ray",
            "abadi2016tensorflow",
            "xing2013petuum",
            "li2020pytorch",
            "zheng2022alpa",
            "huang2018gpipe",
            "shoeybi2019megatron",
            "dao2022flashattention",
            "kwon2023efficient",
        ]
    )


def test_keys_are_ascii_and_fold_accents() -> None:
    meta = with_metadata(
        META["1811.06965"], authors=("Dirk Wübben", "Ø. Ærø"), title="Über die Größe: ß"
    )
    course = course_of(lecture("Jan 1", "x", arxiv("1811.06965")), metadata={"1811.06965": meta})
    assert list(keys_of(course).values()) == ["wubben2018uber"]
    assert ascii_fold("Łukasz Øster") == "ukaszster"  # letters without a decomposition drop


def twin(arxiv_id: str, published: str) -> Metadata:
    """A paper whose key base collides with GPipe's: same author, year and first word."""
    base = META["1811.06965"]
    return with_metadata(base, arxiv_id=arxiv_id, published=published)


def test_on_collision_the_earlier_paper_keeps_the_bare_key_whatever_the_order() -> None:
    metadata = {"1811.06965": META["1811.06965"], "1812.00001": twin("1812.00001", "2018-12-01")}
    for order in (["1811.06965", "1812.00001"], ["1812.00001", "1811.06965"]):
        course = course_of(
            lecture("Jan 1", "x", *(arxiv(i, line=n) for n, i in enumerate(order))),
            metadata=metadata,
        )
        keys = keys_of(course)
        assert keys["arxiv:1811.06965"] == "huang2018gpipe"
        assert keys["arxiv:1812.00001"] == "huang2018gpipe-2"


def test_adding_and_removing_readings_never_changes_a_saved_key(tmp_path: Path) -> None:
    keys_path = tmp_path / "cache" / "keys.json"
    later = {"1811.06965": META["1811.06965"], "1812.00001": twin("1812.00001", "2018-12-01")}
    first = course_of(lecture("Jan 1", "x", arxiv("1812.00001")), metadata=later)
    assert keys_of(first, keys_path) == {"arxiv:1812.00001": "huang2018gpipe"}
    # An earlier paper with the same base arrives: the saved key stays where it is.
    grown = course_of(
        lecture("Jan 1", "x", arxiv("1811.06965"), arxiv("1812.00001", line=2)),
        lecture("Jan 3", "y", reading("OSTEP Chapter 4", "https://e.org/4.pdf")),
        metadata=later,
    )
    assert keys_of(grown, keys_path) == {
        "arxiv:1811.06965": "huang2018gpipe-2",
        "arxiv:1812.00001": "huang2018gpipe",
        "url:https://e.org/4.pdf": "ostepchapter4",
    }
    # Removing a reading, then bringing it back, changes nothing either.
    shrunk = course_of(lecture("Jan 1", "x", arxiv("1811.06965")), metadata=later)
    assert keys_of(shrunk, keys_path) == {"arxiv:1811.06965": "huang2018gpipe-2"}
    assert keys_of(grown, keys_path)["url:https://e.org/4.pdf"] == "ostepchapter4"
    saved = json.loads(keys_path.read_text(encoding="utf-8"))
    assert saved["version"] == 1 and list(saved["keys"]) == sorted(saved["keys"])


def test_provisional_keys_are_not_saved_and_metadata_brings_the_real_key(tmp_path: Path) -> None:
    keys_path = tmp_path / "keys.json"
    offline = course_of(lecture("Jan 1", "x", arxiv("2201.12023")))
    assert keys_of(offline, keys_path) == {"arxiv:2201.12023": "arxiv2201.12023"}
    assert not keys_path.exists()
    online = course_of(lecture("Jan 1", "x", arxiv("2201.12023")), metadata=META)
    assert keys_of(online, keys_path) == {"arxiv:2201.12023": "zheng2022alpa"}
    assert json.loads(keys_path.read_text())["keys"] == {"arxiv:2201.12023": "zheng2022alpa"}


def test_site_file_keys_do_not_depend_on_how_the_path_was_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_path = tmp_path / "keys.json"
    absolute = keys_of(load_course([EXAMPLE]), keys_path)
    monkeypatch.chdir(EXAMPLE)
    relative = keys_of(load_course([Path(".")]), keys_path)
    assert sorted(absolute.values()) == sorted(relative.values())
    assert "mapreducesimplifieddata" in relative.values()
    assert all(VALID_KEY.fullmatch(key) for key in relative.values())
    assert len(set(relative.values())) == len(relative)


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"version": 2, "keys": {}}',
        '{"version": 1, "keys": {"a": "Bad Key"}}',
        '{"version": 1, "keys": {"a": "k", "b": "k"}}',
    ],
)
def test_a_broken_keys_file_is_an_error_not_a_silent_reassignment(
    tmp_path: Path, content: str
) -> None:
    keys_path = tmp_path / "keys.json"
    keys_path.write_text(content, encoding="utf-8")
    with pytest.raises(CacheError, match="keys"):
        keys_of(course_of(lecture("Jan 1", "x", arxiv("2201.12023"))), keys_path)


LEGACY_KEYS = Path(__file__).parent / "data" / "keys-legacy.json"
"""The example's committed ``cache/keys.json`` as written before keys were
site-independent: the site's own files are saved as ``url:dsc204a-w24:...``."""


def committed_keys(tmp_path: Path) -> Path:
    """A copy of :data:`LEGACY_KEYS`."""
    copy = tmp_path / "keys" / "keys.json"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LEGACY_KEYS, copy)
    return copy


def keys_by_url(paths: list[Path], keys_path: Path | None) -> dict[str, str]:
    records = build_records(load_course(paths), ExportOptions(keys_path=keys_path))
    return {record.url: record.key for record in records}


@pytest.mark.parametrize("keys", ["committed", "fresh"])
def test_keys_do_not_depend_on_the_site_folder_name(tmp_path: Path, keys: str) -> None:
    moved = tmp_path / "checkout" / "course-site-main"
    shutil.copytree(EXAMPLE, moved)
    here = committed_keys(tmp_path / "a") if keys == "committed" else tmp_path / "a" / "keys.json"
    there = committed_keys(tmp_path / "b") if keys == "committed" else tmp_path / "b" / "keys.json"
    original = keys_by_url([EXAMPLE], here)
    assert keys_by_url([moved], there) == original
    assert original["/dsc204a-w24/assets/readings/mapreduce.pdf"] == "mapreducesimplifieddata"
    assert len(set(original.values())) == len(original) == 41


def test_one_file_of_the_site_gets_the_keys_the_whole_site_gets(tmp_path: Path) -> None:
    whole = keys_by_url([EXAMPLE], committed_keys(tmp_path / "a"))
    week = keys_by_url([EXAMPLE / "_modules" / "week-07.md"], committed_keys(tmp_path / "b"))
    assert week["/dsc204a-w24/assets/readings/mapreduce.pdf"] == "mapreducesimplifieddata"
    assert week == {url: whole[url] for url in week}


def test_old_site_entries_are_adopted_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLE, moved)
    keys_path = committed_keys(tmp_path)
    extra = reading("A New Reading Nobody Had", "https://e.org/new.pdf")
    course = load_course([moved])
    grown = replace(course, works=(*course.works, *group_works([lecture("x", "y", extra)])))
    first = keys_of(grown, keys_path)  # a new key: keys.json is written
    saved = json.loads(keys_path.read_text(encoding="utf-8"))["keys"]
    assert saved["site:/dsc204a-w24/assets/readings/mapreduce.pdf"] == "mapreducesimplifieddata"
    assert not [work_id for work_id in saved if work_id.startswith("url:dsc204a-w24:")]
    assert saved["url:https://e.org/new.pdf"] == "newreadingnobody"
    before = keys_path.read_bytes()
    assert keys_of(grown, keys_path) == first
    assert keys_path.read_bytes() == before


def test_two_sites_with_the_same_file_keep_two_keys(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for site in (a, b):
        site.mkdir()
        (site / "index.md").write_text(
            "## Jan 1: Intro\n\n* [Shared Notes Title](notes/intro.pdf)\n", encoding="utf-8"
        )
    keys_path = tmp_path / "keys.json"
    first = keys_by_url([a, b], keys_path)
    assert sorted(keys_of(load_course([a, b]), keys_path).values()) == [
        "sharednotestitle",
        "sharednotestitle-2",
    ]
    assert keys_by_url([a, b], keys_path) == first


@pytest.mark.parametrize(
    ("family", "title"),
    [("X" * 6000, "Short Title"), ("Smith", "Y" * 6000), ("", "Z" * 6000 + " two three")],
)
def test_keys_are_capped_in_length(family: str, title: str) -> None:
    meta = with_metadata(META["1811.06965"], authors=(f"Ann {family}",), title=title)
    course = course_of(
        lecture("Jan 1", "x", arxiv("1811.06965"), reading(title, "https://e.org/a.pdf", line=2)),
        metadata={"1811.06965": meta},
    )
    keys = keys_of(course)
    for key in keys.values():
        assert len(key) <= 40 and VALID_KEY.fullmatch(key), key
    assert keys["url:https://e.org/a.pdf"].startswith(ascii_fold(title)[:20])


def test_capped_keys_that_collide_are_still_distinct() -> None:
    long = "Q" * 100
    course = course_of(
        lecture(
            "Jan 1",
            "x",
            reading(long + " a", "https://e.org/1.pdf"),
            reading(long + " b", "https://e.org/2.pdf", line=2),
        )
    )
    keys = list(keys_of(course).values())
    assert keys == ["q" * 40, "q" * 40 + "-2"]


def _export_in_process(keys_path: str, start: Any, worker: int, round_: int) -> None:
    """One "export" of two works titled alike by every worker: all bases collide."""
    course = course_of(
        lecture(
            "Jan 1",
            "x",
            reading("Colliding Title Words", f"https://e.org/{round_}/{worker}/a.pdf"),
            reading("Colliding Title Words", f"https://e.org/{round_}/{worker}/b.pdf", line=2),
        )
    )
    start.wait()
    build_records(course, ExportOptions(keys_path=Path(keys_path)))


def test_concurrent_exports_on_one_cache_lose_no_key_and_share_none(tmp_path: Path) -> None:
    keys_path = tmp_path / "cache" / "keys.json"
    context = multiprocessing.get_context("spawn")
    workers, rounds = 6, 3
    for round_ in range(rounds):
        start = context.Barrier(workers)
        processes = [
            context.Process(target=_export_in_process, args=(str(keys_path), start, n, round_))
            for n in range(workers)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join(60)
            assert process.exitcode == 0
    saved = json.loads(keys_path.read_text(encoding="utf-8"))["keys"]
    assert len(saved) == workers * rounds * 2
    assert len(set(saved.values())) == len(saved)
    before = keys_path.read_bytes()
    rerun = course_of(
        lecture("Jan 1", "x", reading("Colliding Title Words", "https://e.org/2/5/b.pdf"))
    )
    assert keys_of(rerun, keys_path) == {
        "url:https://e.org/2/5/b.pdf": saved["url:https://e.org/2/5/b.pdf"]
    }
    assert keys_path.read_bytes() == before


def test_an_old_entry_of_another_site_with_the_same_path_is_not_taken(tmp_path: Path) -> None:
    keys_path = tmp_path / "keys.json"
    old = {"url:a:notes/intro.pdf": "fromsitea", "url:b:notes/intro.pdf": "fromsiteb"}
    keys_path.write_text(json.dumps({"version": 1, "keys": old}), encoding="utf-8")
    b = tmp_path / "b"
    b.mkdir()
    (b / "index.md").write_text(
        "## Jan 1: Intro\n\n* [Shared Notes Title](notes/intro.pdf)\n", encoding="utf-8"
    )
    assert list(keys_of(load_course([b]), keys_path).values()) == ["fromsiteb"]
    moved = tmp_path / "c"
    b.rename(moved)  # two old entries could be its own: neither is guessed
    assert list(keys_of(load_course([moved]), keys_path).values()) == ["sharednotestitle"]


@pytest.mark.parametrize("kind", ["fifo", "zero", "nested", "directory"])
def test_a_keys_file_that_is_no_file_is_one_error_not_a_hang(tmp_path: Path, kind: str) -> None:
    keys_path = tmp_path / "keys.json"
    if kind == "fifo":
        os.mkfifo(keys_path)
    elif kind == "zero":
        keys_path.symlink_to("/dev/zero")
    elif kind == "directory":
        keys_path.mkdir()
    else:
        keys_path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(CacheError, match="cannot read citation keys") as raised:
        keys_of(course_of(lecture("Jan 1", "x", reading("A B C", "https://e.org/a"))), keys_path)
    assert "\n" not in str(raised.value)
