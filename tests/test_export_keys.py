"""Citation keys: Google-Scholar style, ASCII, unique, stable across course changes."""

from __future__ import annotations

import json
from pathlib import Path

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
