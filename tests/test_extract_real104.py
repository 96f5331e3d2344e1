"""Rules from blind rounds real104 and real105 (Hugo relearn chapters, MkDocs Material,
a minima kramdown table, plain Sphinx, a Next.js export, Jupyter Book): a page that is
one lecture whatever its headings, the course's key on index.rst, card titles, badges and
icons beside words, attribute lists, a summary's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.reader import symbol_legends
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


CHAPTER = """+++
title = "Lecture {n}: {topic}"
date = 2025-01-{day}
chapter = true
+++

### Lecture {n}

# {topic}

{{{{% notice note "Required" %}}}}
- [A{n}](https://x.org/a{n})
{{{{% /notice %}}}}

{{{{% expand "More" %}}}}
- [B{n}](https://x.org/b{n})
{{{{% /expand %}}}}
"""


def test_a_chapter_page_is_one_lecture_whatever_its_headings(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('baseURL = "https://x.github.io/wi25/"\n')
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "_index.md").write_text(
        "# ML\n\nThe papers in a **Required** box are required, and anything tucked under "
        "**More** is optional too.\n"
    )
    for n, day, topic in ((3, 14, "Autoencoders"), (4, 16, "Diffusion")):
        folder = tmp_path / "content" / "lectures" / f"lecture-0{n}"
        folder.mkdir(parents=True)
        (folder / "_index.md").write_text(CHAPTER.format(n=n, day=day, topic=topic))
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("2025-01-14", "Autoencoders"),
        ("2025-01-16", "Diffusion"),
    ]
    assert readings(lectures[0]) == {"https://x.org/a3": "required", "https://x.org/b3": "optional"}


def test_a_bare_session_heading_over_a_dated_line_is_its_label() -> None:
    page = (
        "### Lecture 11\n\n# Video generation\n\n**Date:** Tue, Feb 11\n\n- [A](https://x.org/a)\n"
    )
    (lecture,) = read_markdown(page, "s.md", None)
    assert (lecture.key, list(readings(lecture))) == ("Tue, Feb 11", ["https://x.org/a"])


def test_the_courses_key_on_an_rst_home_page(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text("project = 'IR'\n")
    (tmp_path / "index.rst").write_text(
        "IR\n==\n\nEach lecture on the schedule lists its readings. Unless a reading is\n"
        "marked *optional*, you are expected to have read it before the lecture.\n"
    )
    (tmp_path / "schedule.rst").write_text(
        ".. list-table::\n   :header-rows: 1\n\n   * - Date\n     - Readings\n"
        "   * - Jan 13\n     - `A <https://x.org/a>`_ and `B <https://x.org/b>`_ (optional)\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


@pytest.mark.parametrize(
    "key",
    [
        "Everything is required reading unless it carries an optional tag or sits under "
        "Background.",
        "All papers are required unless they sit under Background; see the key.",
    ],
)
def test_a_label_named_by_exception_under_it(key: str) -> None:
    assert symbol_legends(key) == (("background:", "optional"),)


def test_a_cards_title_is_its_first_block() -> None:
    page = (
        "<div class='row'><div><time>Mon, Jan 5</time></div><div><p>Legged locomotion</p>"
        "<p>Guest: <!-- -->Dr. Tomás Reyes</p></div><div><ul><li><a href='https://x.org/a'>A"
        "</a></li></ul></div></div>"
        "<div class='row'><div><time>Fri, Jan 30</time></div><div><p>Project proposal due</p>"
        "<p>11:59 pm on <a href='https://g.com/x'>Gradescope</a></p></div></div>"
    )
    lectures = read_html(page, "s.html", None, LineIndex(page))
    assert [lec.title for lec in lectures] == ["Legged locomotion", "Project proposal due"]


def test_a_badge_ending_a_title_cell_is_no_topic() -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr><tr><td>Tue Feb 10</td>"
        "<td>Guest lecture: Dialogue systems <span class='badge'>guest</span></td>"
        "<td><a href='https://x.org/a'>A</a></td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert lecture.title == "Guest lecture: Dialogue systems"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("Shacham. Return-into-libc. CCS 2007. [ACM DL](https://x.org/a){ .md-button }",
         "Shacham. Return-into-libc. CCS 2007"),
        ("[:material-file-pdf-box: Smashing the Stack](https://x.org/a)", "Smashing the Stack"),
    ],
)  # fmt: skip
def test_what_a_page_draws_beside_a_links_words(item: str, title: str) -> None:
    (lecture,) = read_markdown(f"## Jan 28: X\n\n- {item}\n", "s.md", None)
    assert [r.title for r in lecture.readings] == [title]


def test_icon_names_are_not_marker_words() -> None:
    assert classify.strip_markers(":material-file-pdf-box: Optional: A Survey") == "A Survey"


def test_a_summary_is_a_line_of_its_own() -> None:
    page = (
        "<table><tr><th>Date</th><th>Readings</th></tr><tr><td>Jan 15</td><td><details>"
        "<summary>Optional</summary>Wilkinson, Graphics <a href='https://x.org/a'>Springer</a>"
        "</details></td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [(r.title, r.requirement) for r in lecture.readings] == [
        ("Wilkinson, Graphics", "optional")
    ]


def test_a_label_heading_inside_a_card_and_a_papers_companion_code() -> None:
    page = (
        "<p>Everything is required reading unless it carries an optional tag or sits under "
        "<b>Background</b>.</p>"
        "<div class='row'><div><time>Mon, Feb 9</time></div><div><p>Foundation models</p></div>"
        "<div><ul><li><a href='https://x.org/a'>RT-2</a> (CoRL 2023) · "
        "<a href='https://github.com/x/rt2'>code</a></li></ul><h4>Background</h4><ul><li>"
        "<a href='https://x.org/b'>RT-1</a> (RSS 2023)</li></ul></div></div>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


@pytest.mark.parametrize(
    ("role", "link", "title"),
    [
        (":arxiv:`2004.04906`", "https://arxiv.org/abs/2004.04906", "arXiv:2004.04906"),
        (":arxiv:`ColBERT <2004.12832>`", "https://arxiv.org/abs/2004.12832", "ColBERT"),
        (":doi:`10.1145/3397271.3401075`", "https://doi.org/10.1145/3397271.3401075",
         "10.1145/3397271.3401075"),
    ],
)  # fmt: skip
def test_a_sphinx_extlinks_role_is_its_link(
    tmp_path: Path, role: str, link: str, title: str
) -> None:
    (tmp_path / "conf.py").write_text(
        "extlinks = {\n    'arxiv': ('https://arxiv.org/abs/%s', 'arXiv:%s'),\n"
        "    'doi': ('https://doi.org/%s', None),\n}\n"
    )
    (tmp_path / "schedule.rst").write_text(
        f"Schedule\n========\n\nThu Feb 12: Neural retrieval\n----------------------------\n\n"
        f"* {role}\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.link, r.text) for r in lecture.readings] == [(link, title)]


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("Wilkinson, Graphics, 2nd ed. ", "Wilkinson, Graphics, 2nd ed."),
        ("Tufte, VDQI. ", "Tufte, VDQI"),
    ],
)
def test_a_citation_before_a_generic_link_keeps_an_abbreviations_period(
    words: str, title: str
) -> None:
    page = (
        "<table><tr><th>Date</th><th>Readings</th></tr><tr><td>Jan 15</td><td><a href='w'>W</a>"
        f"<br>{words}<a href='https://x.org/a'>Springer</a> <a href='https://x.org/b'>pdf</a>"
        "</td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [r.title for r in lecture.readings][1:] == [title, title]


@pytest.mark.parametrize(
    ("item", "found"),
    [
        ("<a href='a'>OpenVLA</a> (CoRL 2024) · <a href='c'>code</a> "
         "<span class='pill'>optional</span>", {"a": "optional"}),
        ("<a href='a'>Dynamo</a> [<a href='p'>pdf</a>]<br><a href='b'>Jepsen</a> "
         "<span class='pill'>optional</span>", {"a": None, "p": None, "b": "optional"}),
    ],
)  # fmt: skip
def test_a_pill_closing_a_line_of_one_work_and_its_companions(
    item: str, found: dict[str, str | None]
) -> None:
    page = f"<h3>Mon, Feb 9</h3><ul><li>{item}</li></ul>"
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    got = readings(lecture)
    assert {url: got[url] for url in found} == found
