"""Rules from blind rounds real121 and real122 (seminar tables and modules, YAML block
scalars, a Canvas export, Hugo Blox pages, an HTML list of lectures): a keyed column is
no title column, "unmarked readings", a label a reading ends in, a label in quotes before
its noun, a paper with its own material, a sign key whose meaning comes later, a box an
entry's key names, a longer remark after a citation, a venue with its volume."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import legend_others, symbol_legends

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"
C = "https://arxiv.org/abs/2101.00003"


def test_a_column_a_key_names_is_no_title_column() -> None:
    page = (
        "Papers in the **Related** column are optional background.\n\n"
        "| Date | Presenter | Paper | Discussant | Related |\n|---|---|---|---|---|\n"
        f"| Sep 4 | Ana | [GFS]({A}) | Bo | [HDFS]({B}) |\n"
        f"| Sep 6 | Bo | [Ceph]({C}) | Ana | |\n"
    )
    lectures = read_markdown(page, "README.md", None)
    assert [lec.title for lec in lectures] == ["GFS", "Ceph"]
    assert [r.requirement for lec in lectures for r in lec.readings] == [None, "optional", None]


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Unmarked readings are recommended.", "optional"),
        ("Unstarred papers are required.", "required"),
        ("Unmarked readings are not on the exam.", None),
        (
            "Everything in a lecture's Readings box is required unless it says (opt.) next to it.",
            "required",
        ),
    ],
)
def test_keys_to_the_unmarked(key: str, others: str | None) -> None:
    assert legend_others(key.lower(), ()) == others


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        ("A reading that ends in *skim* is optional too.", {"skim:": "optional"}),
        ("Both papers are required; the 'Related' papers are optional.", {"related:": "optional"}),
        (
            "Readings marked with a ★ are the ones we build the discussion around, and everyone "
            "is expected to have read them. The rest are there if you want to go deeper.",
            {"★": "required"},
        ),
        ("Readings marked with a ★ are the ones we skip.", {}),
    ],
)
def test_keys_to_labels_and_signs(key: str, signs: dict[str, str]) -> None:
    assert {k: v for k, v in symbol_legends(key) if k in signs or not signs} == signs


def test_a_paper_with_its_own_material_beside_a_marked_region() -> None:
    page = (
        "Papers labelled **Related** are optional.\n\n## Mon Jan 26\n\n"
        f"- [RefinedWeb]({A})\n- [FineWeb]({B}) ([code](https://github.com/x/datatrove))\n"
        f"- **Related:** [DCLM]({C})\n"
    )
    (lecture,) = read_markdown(page, "week-04.md", None)
    assert [r.url for r in lecture.readings] == [A, B, C]


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (
            ". *Statistical Science* 21(1). (optional — the discussion pieces printed after it "
            "are fun too)",
            "optional",
        ),
        (" (CMV 2007), a long remark that goes on and on and on well past sixty (optional)", None),
    ],
)
def test_a_marker_after_a_citation(after: str, requirement: str | None) -> None:
    assert classify.suffix_requirement(after) == requirement


def test_a_copy_after_a_venue_with_its_volume() -> None:
    page = f"## Sep 9\n\n- Wickham, [Tidy Data]({A}). *JSS* 59(10), 2014. [[pdf]({B})]\n"
    (lecture,) = read_markdown(page, "lecture-02.md", None)
    assert [r.title for r in lecture.readings] == ["Tidy Data", "Tidy Data"]
