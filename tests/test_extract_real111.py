"""Rules from blind round real111 (a Quarto schedule with footnote marks, MkDocs week
pages with admonitions, a Google Docs export): blocks set apart in a page's words, a
footnote whose note is a requirement, a key's column beside a Materials column, a
weekday holding its date in brackets, a box's title as a written label, a speaker's
line before the topic, a link's own style over a label carried from an earlier line."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from readlist.extract import classify, extract_site
from readlist.extract.dom import page_words, written_labels
from readlist.extract.markdown import read_markdown
from readlist.extract.page import footnote_marks

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"


@pytest.mark.parametrize(
    ("html", "words"),
    [
        (
            "<h1>Schedule</h1><p>Readings in <b>bold</b> are required.</p>",
            "Schedule Readings in bold are required.",
        ),
        ("<div>A</div><div>B</div>", "A B"),
        ("<table><tr><td>ch. 1<br>Skim: B</td></tr></table>", "ch. 1Skim: B"),
        ("<p>in<b>line</b></p>", "inline"),
    ],
)
def test_a_pages_words_set_its_blocks_apart(html: str, words: str) -> None:
    body = LexborHTMLParser(html).body
    assert body is not None
    assert page_words(body) == words


@pytest.mark.parametrize(
    ("note", "mark"),
    [
        ("Optional: for those who want to go further.", "<sup>optional</sup>"),
        ("Required for PhD students.", "<sup>required</sup>"),
        ("Install the text2vec package first.", "[^n]"),
        ("Optional: Slapin & Proksch, [A Scaling Model](https://x.org/s).", "[^n]"),
    ],
)
def test_a_footnote_whose_note_is_a_requirement(note: str, mark: str) -> None:
    text = f"| 1 | [A]({A})[^n] |\n\n[^n]: {note}\n"
    assert footnote_marks(text) == f"| 1 | [A]({A}){mark} |\n\n[^n]: {note}\n"


def test_a_column_the_key_names_beside_a_materials_column(tmp_path: Path) -> None:
    (tmp_path / "schedule.md").write_text(
        "# Schedule\n\nEverything in the **Prepare** column is required.\n\n"
        "| Date | Topic | Prepare | Materials |\n|---|---|---|---|\n"
        f"| Jan 13 | Intro | [A]({A}) | [AE 01](https://github.com/x/ae-01) |\n"
        f"| Jan 15 | More | [B]({B}) | [slides](s.pdf) |\n",
        encoding="utf-8",
    )
    got = [(r.url, r.requirement) for lec in extract_site(tmp_path).lectures for r in lec.readings]
    assert got == [(A, "required"), (B, "required")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tuesday (Jan 14)", "Tuesday (Jan 14)"),
        ("Tue (1/14): Intro", "Tue (1/14)"),
        ("Jan 14 (Tue)", "Jan 14 (Tue)"),
        ("Tuesday (in class)", None),
        ("Tuesday (Jan 14", "Jan 14"),
    ],
)
def test_a_weekday_holding_its_date_in_brackets(text: str, date: str | None) -> None:
    assert classify.date_in(text) == date


KEY = (
    "The blue **Read before class** box in each section lists what everyone is expected "
    "to have read before that class. The collapsed **Optional** boxes are for your own "
    "interest.\n\n"
)
WEEK = (
    "# Week 7 · Access\n\n## Tuesday (Feb 25)\n\n*Guest: Dr. Amara Nwosu (OCAD University)*\n\n"
    "**Ability-based design**\n\n"
    '!!! info "Read before class"\n\n    - Wobbrock, Kane, Gajos, Harada & Froehlich, '
    f"[Ability-Based Design: Concept, Principles and Examples]({A}) (TACCESS 3(3), 2011)\n\n"
    '??? note "Optional"\n\n    - Mankoff, Hayes & Kasnitz, '
    f"[Disability Studies as a Source of Critical Inquiry for the Field of Assistive "
    f"Technology]({B}) (ASSETS 2010)\n\n"
    "## Thursday (Feb 27)\n\n**Universal design**\n\n"
    '!!! info "Read before class"\n\n    - [C](https://arxiv.org/abs/2101.00003)\n'
)


def test_a_box_title_is_a_label_the_course_key_names(tmp_path: Path) -> None:
    (tmp_path / "docs/weeks").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: HCI\n", encoding="utf-8")
    (tmp_path / "docs/index.md").write_text(f"# HCI\n\n## How it works\n\n{KEY}", encoding="utf-8")
    (tmp_path / "docs/weeks/week-07.md").write_text(WEEK, encoding="utf-8")
    lecture, _ = extract_site(tmp_path).lectures
    assert (lecture.key, lecture.title) == ("Tuesday (Feb 25)", "Ability-based design")
    assert [(r.url, r.requirement) for r in lecture.readings] == [
        (A, "required"),
        (B, "optional"),
    ]


def test_box_titles_written_twice_are_labels() -> None:
    html = "".join(
        f"<p>Read before class<!--readlist:box--></p><ul><li><a href='{u}'>A</a></li></ul>"
        for u in (A, B)
    )
    body = LexborHTMLParser(html).body
    assert body is not None
    assert "read before class" in written_labels(body)


STYLED = (
    "<html><head><style>.c3{font-weight:700}.c9{font-style:italic}</style></head><body>"
    "<p>Readings in <span class='c3'>bold</span> are required; readings in "
    "<span class='c9'>italics</span> are optional. A few entries say in words.</p>"
    "<table><tr><td>Date</td><td>Topic</td><td>Readings</td></tr>"
    "<tr><td>Wed Feb 19</td><td>Deplatforming</td><td>"
    f"<p>Required: Jhaver et al. (2021). <a href='{A}'>A</a>.</p>"
    f"<p><span class='c9'>Horta Ribeiro et al. (2023). </span><a class='c9' href='{B}'>B</a></p>"
    "</td></tr><tr><td>Wed Feb 26</td><td>More</td><td></td></tr></table></body></html>"
)


def test_a_links_own_style_outranks_a_label_over_its_cell(tmp_path: Path) -> None:
    (tmp_path / "syllabus.html").write_text(STYLED, encoding="utf-8")
    first = extract_site(tmp_path).lectures[0]
    assert [(r.url, r.requirement) for r in first.readings] == [(A, "required"), (B, "optional")]


def test_a_label_outranks_what_a_key_says_of_unstyled_readings() -> None:
    page = (
        "Readings in black are required. Readings in grey are optional.\n\n"
        "### Week 6 · Tue Feb 11\n\n- Readings: none required this week. If you'd like a "
        f"head start:\n    - [A]({A})\n"
    )
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == ["optional"]
