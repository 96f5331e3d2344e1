"""Rules found by blind round real131 besides its citations: a book's root page holds
the course's key, a LaTeX ``\\quad`` sets items apart, reStructuredText's own ``&amp;``,
and a class's lecture video."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.latex import latex_html
from tests.site_helpers import write_site

KEY = (
    "# Welcome\n\nUnless a reading is marked *optional*, you are expected to have read it "
    "before class.\n"
)
WEEK = "# Week 1\n\n## Tue Jan 14: Intro\n\n- [Paper A](https://a.org/a.pdf)\n"


@pytest.mark.parametrize(
    ("config", "home"),
    [
        ({"_toc.yml": "format: jb-book\nroot: intro\n"}, "intro.md"),
        ({"_toc.yml": "format: jb-book\nroot: start.md\n"}, "start.md"),
        ({"conf.py": "root_doc = 'welcome'\n"}, "welcome.md"),
    ],
)
def test_a_books_root_page_holds_the_courses_key(
    tmp_path: Path, config: dict[str, str], home: str
) -> None:
    site = write_site(tmp_path, {**config, home: KEY, "weeks/week01.md": WEEK})
    (lecture,) = extract_site(site).lectures
    assert [r.requirement for r in lecture.readings] == ["required"]


def test_another_page_is_no_books_root(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "_toc.yml": "root: intro\n",
            "intro.md": "# Hi\n",
            "notes.md": KEY,
            "weeks/week01.md": WEEK,
        },
    )
    (lecture,) = extract_site(site).lectures
    assert [r.requirement for r in lecture.readings] == [None]


def test_a_quad_sets_items_apart_on_a_line() -> None:
    html = latex_html(
        "\\documentclass{article}\\begin{document}\n"
        "\\href{https://x.org/s.pdf}{slides} \\quad Homework 2 out: "
        "\\href{https://rosalind.info/classes/1}{class page}\n\\end{document}\n"
    )
    assert re.search(r"slides</a>\s+·\s+Homework 2 out:", html)


def test_a_homework_after_a_quad_is_no_reading(tmp_path: Path) -> None:
    tex = (
        "\\documentclass{article}\\begin{document}\n"
        "\\subsection*{Week 1 (Jan 13--17): Intro}\n"
        "\\href{https://a.org/a.pdf}{Paper A}\n\n"
        "\\href{https://x.org/s.pdf}{slides} \\quad Homework 2 out: "
        "\\href{https://rosalind.info/classes/1}{Rosalind class page}\n"
        "\\subsection*{Week 2 (Jan 20--24): More}\n\\href{https://b.org/b.pdf}{Paper B}\n"
        "\\end{document}\n"
    )
    site = write_site(tmp_path, {"syllabus.tex": tex})
    urls = [r.url for lec in extract_site(site).lectures for r in lec.readings]
    assert urls == ["https://a.org/a.pdf", "https://b.org/b.pdf"]


def test_an_ampersand_in_a_rst_key_is_shown_as_written(tmp_path: Path) -> None:
    rst = (
        "Schedule\n========\n\n.. list-table::\n   :header-rows: 1\n\n"
        "   * - Date\n     - Topic\n     - Readings\n"
        "   * - Mar 4 & 6\n     - Joins\n     - `A <https://a.org/a.pdf>`__\n"
        "   * - Mar 11 &amp; 13\n     - Sorting\n     - `B <https://b.org/b.pdf>`__\n"
    )
    site = write_site(tmp_path, {"schedule.rst": rst})
    keys = [lec.key for lec in extract_site(site).lectures]
    assert keys == ["Mar 4 & 6", "Mar 11 &amp; 13"]  # an entity its author wrote stays


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("CMU 15-721 lecture video on query compilation", False),
        ("Lecture videos about transformers", False),
        ("Guest lecture recording on RLHF", False),
        ("Video lectures on the attention mechanism", True),  # the kind is not said so
        ("A lecture on the history of databases", True),  # a talk, named by its topic
    ],
)
def test_a_class_lecture_video_is_material(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://www.youtube.com/watch?v=x", "") is reading
