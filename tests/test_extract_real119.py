"""Rules from blind rounds real119 and real120 (Canvas files with (R)/(S) tokens, Quarto
headings with inline R, markers inside link texts): a marker bracket wrapping a whole
link text, a short text ending with material, a session's notes page, inline R holding a
date, a styled marker beside a link, a token cut from a title."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from readlist.extract import classify, extract_site, icons
from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import pandoc
from readlist.extract.reader import legend_table

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("[Optional: A Comprehensive Survey on GNNs]", "A Comprehensive Survey on GNNs"),
        ("[Required: Attention Is All You Need]", "Attention Is All You Need"),
        ("[optional]", ""),
        ("[Recommended] Klein et al.", "Klein et al."),
        ("[1]", "[1]"),
    ],
)
def test_a_marker_bracket_wrapping_a_link_text(text: str, title: str) -> None:
    assert classify.strip_markers(text) == title


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Chi Feng's MCMC demo", False),
        ("interview demo video", False),
        ("A long study of the demo", True),
    ],
)
def test_a_short_text_ending_with_material(text: str, reading: bool) -> None:
    assert classify.is_reading(text, A) is reading


@pytest.mark.parametrize(
    ("title", "material"),
    [
        ("Lecture 3 notes: choosing priors", True),
        ("Week 2 slides", True),
        ("Lecture 3: choosing priors", False),
        ("Notes on lecture 3", False),
    ],
)
def test_a_sessions_material_page(title: str, material: bool) -> None:
    assert classify.session_material(title) is material


def test_a_notes_page_beside_the_schedule_is_no_entry(tmp_path: Path) -> None:
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "schedule.qmd").write_text(
        f"---\ntitle: Schedule\n---\n\n## Tue, Jan 21: Priors\n\n- [A]({A})\n\n"
        f"## Thu, Jan 23: Posteriors\n\n- [B]({B})\n",
        encoding="utf-8",
    )
    (tmp_path / "notes/03-priors.qmd").write_text(
        f'---\ntitle: "Lecture 3 notes: choosing priors"\ndate: 2025-01-21\n---\n\n[C]({A}2)\n',
        encoding="utf-8",
    )
    assert [lec.key for lec in extract_site(tmp_path).lectures] == ["Tue, Jan 21", "Thu, Jan 23"]


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ('### `r fmt("2025-01-30")`: Stan', "### 2025-01-30: Stan"),
        ("| `r format(as.Date('2025-02-12'), '%b %d')` | X |", "| 2025-02-12 | X |"),
        ("`r nrow(d)` papers", "`r nrow(d)` papers"),
    ],
)
def test_inline_r_holding_a_date(line: str, written: str) -> None:
    assert pandoc(line) == written


def test_a_styled_marker_beside_a_link_marks_it_not_the_next_line() -> None:
    page = (
        "<p>Readings are optional unless marked required.</p><table>"
        "<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f"<tr><td>Tue 1/16</td><td>GCNs</td><td>Kipf. <a href='{A}'>[PDF]</a> <i>(required)</i>"
        f"<br>Defferrard. Spectral. NeurIPS 2016. <a href='{B}'>Full text</a></td></tr>"
        "<tr><td>Thu 1/18</td><td>More</td><td></td></tr></table>"
    )
    first, _ = read_html(page, "readings.html", None, lambda _: 1)
    assert [(r.url, r.requirement) for r in first.readings] == [(A, "required"), (B, "optional")]


def test_a_token_cut_from_a_generic_links_title() -> None:
    page = (
        "**(R)** = required, **(S)** = suggested.\n\n## Jan 14: Platforms\n\n"
        f"- (R) Srnicek, N. (2017). *Platform Capitalism*, ch. 2. [PDF]({A})\n"
        f"- (S) Gillespie, T. (2018). *Custodians*. [PDF]({B})\n"
    )
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert [(r.title, r.requirement) for r in lecture.readings] == [
        ("Srnicek, N. (2017). Platform Capitalism, ch. 2", "required"),
        ("Gillespie, T. (2018). Custodians", "optional"),
    ]


LEGEND_PAGE = (
    "<html><body><table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
    "<tr><td>Mon Jan 13</td><td>Intro</td><td><i class='fa fa-book'></i> Keshav. "
    f"<a href='{A}'>How to Read a Paper</a><br><i class='fa fa-lightbulb-o'></i> "
    f"<a href='{B}'>Design Philosophy</a><br><a href='{A}3'>End-to-end</a></td></tr>"
    "<tr><td>Wed Jan 15</td><td>More</td><td></td></tr></table>"
    "<h3>Legend</h3><table><tr><th>Mark</th><th>Meaning</th></tr>"
    "<tr><td><i class='fa fa-book'></i></td><td>Everyone reads it before class</td></tr>"
    "<tr><td><i class='fa fa-lightbulb-o'></i></td><td>Background, for the curious</td></tr>"
    "<tr><td><i class='fa fa-film'></i></td><td>Talk video</td></tr></table>"
    "<p>A link with no mark at all is there for your own interest.</p></body></html>"
)


def test_a_legend_drawn_as_a_table() -> None:
    first, _ = read_html(LEGEND_PAGE, "schedule.html", None, lambda _: 1)
    assert [r.requirement for r in first.readings] == ["required", "optional", "optional"]
    tables = LexborHTMLParser(icons.signed(LEGEND_PAGE)).css("table")
    assert list(legend_table(tables[1]).values()) == ["required", "optional"]
    assert legend_table(tables[0]) == {}  # the schedule: no legend's header
