"""Rules from the real193–real196 rounds: two meeting days after a slash, a plain-text
citation wrapped before its URL, a link's own class (``{ .optional }``), a link behind
Google's redirect judged by where it leads, a topic line keeping its entities, and a
cell beside the readings opened by a marker and a citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from tests.site_helpers import keyed_readings, write_site

A = "https://doi.org/10.1109/PROC.1975.9939"
B = "https://doi.org/10.1145/1102120.1102165"
C = "https://arxiv.org/abs/1801.01203"

SYLLABUS = f"""CS 5430 COMPUTER SECURITY

WEEK 1 -- Sept 2/4 -- Introduction: threat models
    Saltzer & Schroeder. The Protection of Information in Computer
    Systems. Proc. IEEE 63(9), 1975.
      {A}
    slides: https://www.cs.example.edu/slides/01.pdf

WEEK 4 -- Sept 23/25 -- Defenses: CFI
    Abadi, Budiu, Erlingsson & Ligatti. Control-Flow Integrity.
    CCS 2005.
      {B}

WEEK 5 -- Sept 30/Oct 2 -- Side channels
    Kocher et al. Spectre Attacks: Exploiting Speculative Execution.
    IEEE S&P 2019.
      {C}
"""


def test_a_plain_text_syllabus_of_two_day_weeks_and_wrapped_citations(tmp_path: Path) -> None:
    """``Sept 16/18`` keys an entry on two days (the slash's second day, in the same
    month or the next, is no word of the title), and a citation wrapped over lines at
    one indent, before its URL below, is one citation: its title whole."""
    site = write_site(tmp_path, {"syllabus.txt": SYLLABUS})
    assert [
        (lec.key, lec.title, [r.title for r in lec.readings]) for lec in extract_site(site).lectures
    ] == [
        (
            "Sept 2/4",
            "Introduction: threat models",
            [
                "Saltzer & Schroeder. The Protection of Information in Computer Systems. "
                "Proc. IEEE 63(9), 1975"
            ],
        ),
        (
            "Sept 23/25",
            "Defenses: CFI",
            ["Abadi, Budiu, Erlingsson & Ligatti. Control-Flow Integrity. CCS 2005"],
        ),
        (
            "Sept 30/Oct 2",
            "Side channels",
            ["Kocher et al. Spectre Attacks: Exploiting Speculative Execution. IEEE S&P 2019"],
        ),
    ]


@pytest.mark.parametrize(
    ("heading", "key", "title"),
    [
        ("## Sept 16/18: Memory corruption", "Sept 16/18", "Memory corruption"),
        ("## 9/16: Memory corruption", "9/16", "Memory corruption"),  # one date
    ],
)
def test_two_days_after_a_slash_only_after_a_month(heading: str, key: str, title: str) -> None:
    (lecture,) = read_markdown(f"{heading}\n\n- [A Paper]({A})\n", "schedule.md", None)
    assert (lecture.key, lecture.title) == (key, title)


@pytest.mark.parametrize("attrs", ["{ .optional }", "{: .optional}", "{ .opt .grey }"])
def test_a_links_own_class_marks_it(attrs: str) -> None:
    """Python-Markdown's attribute list (MkDocs) or kramdown's on a link: a class that
    names a requirement is the link's, as a list item's is (a button's is nothing)."""
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Thu Sep 5 | MapReduce | [MapReduce]({A}) <br> [MapReduce, CACM]({B}){attrs} |\n"
        f"| Tue Sep 10 | Spark | [Spark]({C}){{ .md-button }} |\n"
    )
    lectures = read_markdown(page, "docs/schedule.md", None)
    assert [[(r.url, r.requirement) for r in lec.readings] for lec in lectures] == [
        [(A, None), (B, "optional")],
        [(C, None)],
    ]


def test_a_link_behind_googles_redirect_is_judged_by_where_it_leads() -> None:
    redirect = "https://www.google.com/url?q=https://www.gradescope.com/courses/1&sa=D&ust=1"
    context = "Project proposal due 10/4, 11:59pm on"
    assert not classify.is_reading("Gradescope", redirect, context)
    paper = "https://www.google.com/url?q=https://arxiv.org/abs/2005.14165&sa=D"
    assert classify.is_reading("Language Models are Few-Shot Learners", paper)


def test_a_topic_line_below_a_dated_heading_keeps_its_entities() -> None:
    page = (
        "## Thursday, Jan 30\n\n**No class &mdash; instructor travel**\n\n"
        f"## Tuesday, Feb 4\n\n**Side channels**\n\n- [Spectre]({C})\n"
    )
    lectures = read_markdown(page, "week-3.md", None)
    assert [lec.title for lec in lectures] == [
        "No class &mdash; instructor travel",
        "Side channels",
    ]


def test_a_notes_cell_opened_by_a_marker_and_a_citation(tmp_path: Path) -> None:
    """``Optional: Dwork & Roth, *The Algorithmic Foundations …*, ch. 2–3 ([pdf](..))``
    beside the readings: the cell's generic link is an optional reading, titled by the
    citation (its ``ch.`` ends no clause of the marker)."""
    page = (
        "| Date | Lecture | Readings | Notes |\n|---|---|---|---|\n"
        f"| @October 7, 2024 | Differential privacy | [Deep Learning with DP]({C}) | Optional: "
        "Dwork &amp; Roth, *The Algorithmic Foundations of Differential Privacy*, ch. 2–3 "
        f"([pdf]({A})) |\n| @October 9, 2024 | Fairness | [Fairness Through Awareness]({B}) | |\n"
    )
    site = write_site(tmp_path, {"Schedule 8f3a61c2d94e4b0f9a7c5e13b2d8f406.md": page})
    assert keyed_readings(site) == [
        ("October 7, 2024", C, None),
        ("October 7, 2024", A, "optional"),
        ("October 9, 2024", B, None),
    ]
