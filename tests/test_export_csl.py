"""CSL-JSON: valid against the official schema, one item per work, ids = citation keys."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from export_helpers import (
    CSL_SCHEMA,
    arxiv,
    course_of,
    fixture_metadata,
    lecture,
    reading,
    with_metadata,
)

from readlist.export import ExportOptions, export
from readlist.model import Course

META = fixture_metadata()
VALIDATOR = jsonschema.Draft7Validator(json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))


def items(course: Course) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(export(course, "csl-json", ExportOptions()))
    VALIDATOR.validate(data)
    return data


def mixed_course() -> Course:
    return course_of(
        lecture(
            "Mar 11",
            "ML System - 2",
            arxiv("2201.12023", "optional"),
            reading("Spark SQL", "https://dl.acm.org/doi/pdf/10.1145/2723372.2742797", None),
            reading("Raft", "https://raft.github.io/", "optional"),
            arxiv("1811.06965"),
        ),
        lecture("Mar 13", "ML System - 3", arxiv("2201.12023", "optional")),
        metadata={"2201.12023": META["2201.12023"]},
    )


def test_every_item_validates_and_each_work_is_one_item() -> None:
    course = mixed_course()
    data = items(course)
    assert len(data) == len(course.works) == 4
    assert all(item["id"] == item["citation-key"] for item in data)


def test_arxiv_item_is_an_article_published_by_arxiv() -> None:
    alpa = items(mixed_course())[0]
    assert alpa["id"] == "zheng2022alpa"
    assert alpa["type"] == "article"
    assert (alpa["publisher"], alpa["number"]) == ("arXiv", "arXiv:2201.12023")
    assert alpa["issued"] == {"date-parts": [[2022, 1, 28]]}
    assert alpa["author"][0] == {"family": "Zheng", "given": "Lianmin"}
    assert alpa["author"][9] == {"family": "Xing", "given": "Eric P."}
    assert alpa["DOI"] == "10.48550/arXiv.2201.12023"
    assert alpa["URL"] == "https://arxiv.org/abs/2201.12023"
    assert alpa["title"].startswith("Alpa: Automating")  # CSL text is not LaTeX: no braces
    assert alpa["abstract"].startswith("Alpa automates model-parallel training")
    assert alpa["keyword"] == "optional"
    assert (
        alpa["annote"]
        == "Read in Mar 11: ML System - 2 (optional); Mar 13: ML System - 3 (optional)."
    )
    assert "note" not in alpa


def test_site_items_are_webpages_or_documents_with_a_note_and_no_invented_fields() -> None:
    _, spark, raft, gpipe = items(mixed_course())
    assert spark["type"] == "document" and spark["DOI"] == "10.1145/2723372.2742797"
    assert raft["type"] == "webpage" and "DOI" not in raft
    for item in (spark, raft):
        assert "author" not in item and "issued" not in item and "publisher" not in item
        assert item["note"].startswith("Metadata unverified")
    assert gpipe["type"] == "article" and gpipe["number"] == "arXiv:1811.06965"
    assert gpipe["note"].startswith("arXiv metadata not fetched yet")


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        (
            "Peter H. N. de With",
            {"family": "With", "given": "Peter H. N.", "non-dropping-particle": "de"},
        ),
        ("Guy L. Steele Jr.", {"family": "Steele", "given": "Guy L.", "suffix": "Jr."}),
        ("The ATLAS Collaboration", {"literal": "The ATLAS Collaboration"}),
        ("Martín Abadi", {"family": "Abadi", "given": "Martín"}),
    ],
)
def test_names_are_family_given_or_literal(author: str, expected: dict[str, str]) -> None:
    meta = with_metadata(META["2201.12023"], authors=(author,))
    course = course_of(lecture("Jan 1", "x", arxiv("2201.12023")), metadata={"2201.12023": meta})
    assert items(course)[0]["author"] == [expected]


def test_journal_reference_goes_to_note_and_journal_doi_to_doi() -> None:
    meta = with_metadata(META["2201.12023"], doi="10.5555/1", journal_ref="OSDI 2022")
    course = course_of(lecture("Jan 1", "x", arxiv("2201.12023")), metadata={"2201.12023": meta})
    item = items(course)[0]
    assert (item["DOI"], item["note"]) == ("10.5555/1", "OSDI 2022")
