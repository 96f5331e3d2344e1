"""Rules from blind round real110 (a GitHub Pages lecture list keyed in prose, Jekyll
data with a star key, Hugo data rendered by a shortcode): a reading's note field that
the page prints in brackets, an imperative key to every reading but the marked ones, a
label's meaning in the next sentence, a key to sessions that say what to read in a
sentence, a run-in label keyed inside a keyed region, two kinds of material joined, a
date line spanning days."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import legend_others, symbol_legends, told_legend
from readlist.extract.yamldata import read_yaml

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"


@pytest.mark.parametrize(
    ("note", "requirement"),
    [
        ("optional", "optional"),
        ("optional, a two-page essay", "optional"),
        ("optional — the journal version", "optional"),
        ("required for 4xx students", "required"),
        ("a two-page essay", None),
        ("sections 1–3; the rest is optional", None),
    ],
)
def test_a_readings_note_field_printed_after_it(note: str, requirement: str | None) -> None:
    for field in ("note", "notes", "comment", "remark"):
        data = f"- date: Tue Jan 20\n  title: Intro\n  readings:\n    - title: A\n      url: {A}\n"
        data += f'      {field}: "{note}"\n'
        (lecture,) = read_yaml(data, "_data/schedule.yml", None)
        assert [r.requirement for r in lecture.readings] == [requirement]


@pytest.mark.parametrize(
    ("key", "others"),
    [
        (
            "Read every paper listed for a session before class, unless it is marked "
            "*(optional)*: those are there if you want to go further.",
            "required",
        ),
        ("Read all the readings unless they are labelled optional.", "required"),
        ("Read every paper you can, unless you are busy.", None),
        ("Read the syllabus unless it is marked optional.", None),
    ],
)
def test_an_imperative_key_to_every_reading_but_the_marked(key: str, others: str | None) -> None:
    assert legend_others(key, ()) == others


NEXT = (
    "every lecture below lists its papers under readings:. those are the papers the "
    "lecture is built around, and we expect everyone to have read them before class."
)


@pytest.mark.parametrize(
    ("key", "found"),
    [
        (NEXT, "required"),
        (NEXT.replace("we expect", "we do not expect"), None),
        (NEXT.replace("those are", "slides are"), None),
    ],
)
def test_a_labels_meaning_in_the_next_sentence(key: str, found: str | None) -> None:
    assert dict(symbol_legends(key, {"readings"})).get("readings:") == found


@pytest.mark.parametrize(
    ("key", "found"),
    [
        (
            "A few sessions don't have a list at all, just a sentence saying what to read; "
            "that paper is required like any other.",
            "required",
        ),
        ("Some lines telling you what to read, these papers are optional.", "optional"),
        ("A sentence saying what to read follows each heading.", None),
    ],
)
def test_a_key_to_sessions_that_say_what_to_read(key: str, found: str | None) -> None:
    assert told_legend(key) == found


@pytest.mark.parametrize(
    ("before", "told"),
    [("Before class, re-read Weiser's", True), ("We reread", False), ("Reread", True)],
)
def test_rereading_is_reading(before: str, told: bool) -> None:
    assert classify.told_to_read(before) is told


def test_a_run_in_label_the_key_names_inside_a_keyed_region() -> None:
    page = (
        "## How to use this page\n\nEvery lecture lists its papers under **Readings:**. "
        "Those are the papers the lecture is built around, and we expect everyone to have "
        "read them. The **After class:** lists are optional.\n\n"
        "### Lecture 11 - Evaluation\n*Wed, Feb 25*\n\n**Readings:**\n\n"
        f"- Rogers et al. [A]({A}). UbiComp 2007.\n\n"
        f"**After class:** Kjeldskov and Skov, [B]({B}) (MobileHCI 2014)\n"
    )
    (lecture,) = read_markdown(page, "lectures.md", None)
    assert [(r.url, r.requirement) for r in lecture.readings] == [
        (A, "required"),
        (B, "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("RT-2 project page and videos", False),
        ("Slides and code", False),
        ("Notes and Queries", True),
        ("Code and Data for Neural Nets", True),
    ],
)
def test_two_kinds_of_material_joined(text: str, reading: bool) -> None:
    assert classify.is_reading(text, A) is reading


@pytest.mark.parametrize(("line", "key"), [("*Feb 16–20*", "Feb 16–20"), ("*Feb 16*", "Feb 16")])
def test_a_date_line_spanning_days(line: str, key: str) -> None:
    page = f"### Lecture 1 — Intro\n*Feb 9*\n\n- [A]({A})\n\n### Reading week — no class\n{line}\n"
    lectures = read_markdown(page, "lectures.md", None)
    assert [lec.key for lec in lectures] == ["Feb 9", key]
