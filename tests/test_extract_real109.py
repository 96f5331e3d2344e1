"""Rules from blind round real109 (a README table with daggers, a hand-written HTML table
keyed by grey text in a linked style sheet, Just the Class modules): a sign's key with no
reading noun, a style key with an appositive, a style named only in a style sheet, an
imperative key to each lecture's readings, a copy named by its venue and "version"."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.reader import STYLE_WORD, legend_others, legends, symbol_legends

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("† Optional background: for the curious, and not on the midterm.", "optional"),
        ("† Optional background.", "optional"),
        ("‡ Required: everyone presents it.", "required"),
        ("† optional background reading (not on the midterm).", "optional"),
        ("the * Optional lab notes are here", None),
        ("† background: for the curious", None),
    ],
)
def test_a_signs_key_with_words_after_its_meaning(key: str, found: str | None) -> None:
    assert dict(symbol_legends(key)).get(key.split()[0] if key[0] in "†‡" else "*") == found


@pytest.mark.parametrize(
    ("key", "found"),
    [
        (
            "Do the readings listed under a lecture before that lecture: they are required.",
            "required",
        ),
        ("Read the papers listed for each session before it; they are all required.", "required"),
        ("Skim the papers given for a week, these are optional.", "optional"),
        ("Do the readings listed under a lecture before that lecture.", None),
        ("Do the readings listed under a lecture: the first is required.", None),
    ],
)
def test_an_imperative_key_to_each_entrys_readings(key: str, found: str | None) -> None:
    assert legend_others(key, ()) == found


KEY = (
    "Every paper listed for a session is required. Papers shown in gray, and anything after "
    "Optional:, are background for the curious; no review needed."
)


def test_a_style_key_with_a_phrase_between_its_style_and_its_meaning() -> None:
    assert legends(KEY) == ((("grey",), "optional"),)
    assert legends(KEY.replace("for the curious", "we discuss")) == ()
    assert legends(KEY.replace(", and anything after Optional:,", "")) == ((("grey",), "optional"),)


@pytest.mark.parametrize("word", ["italics", "bold", "gray", "grey", "black", "yellow"])
def test_every_style_a_key_names_brings_in_the_style_sheet(word: str) -> None:
    assert STYLE_WORD.search(f"Papers in {word} are optional")
    assert not STYLE_WORD.search("Papers in boldface-free type")


def test_a_grey_class_set_only_in_the_linked_style_sheet(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text(".muted { color: #888888; }", encoding="utf-8")
    (tmp_path / "schedule.html").write_text(
        f'<html><head><link rel="stylesheet" href="style.css"></head><body><p>{KEY}</p>'
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f"<tr><td>Mon Jan 5</td><td>Intro</td><td><ul><li><a href='{A}'>A</a></li>"
        f"<li class='muted'><a href='{B}'>B</a></li></ul></td></tr></table></body></html>",
        encoding="utf-8",
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in lecture.readings] == [
        (A, "required"),
        (B, "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("CSCW version", True),
        ("arXiv version", True),
        ("journal version", True),
        ("PLDI 2021 version", True),  # the venue and year of the copy
        ("NeurIPS 2020 pdf", True),
        ("2021 version", True),
        ("PLDI 2021", False),  # a venue alone may be a title's words: not this rule's
        ("Version Space Learning", False),
        ("A Conference Version of Raft", False),
    ],
)
def test_a_copy_named_by_what_it_is(text: str, generic: bool) -> None:
    assert classify.is_generic(text) is generic
