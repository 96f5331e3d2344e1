"""Rules from blind round real101 (a 2016 hand-written HTML page, Docsify, al-folio
nested data): a copy in square brackets after its venue, a sign's legend with more
words, one offering of a data folder's files, a .liquid template's relative_url."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex
from readlist.extract.reader import symbol_legends


@pytest.mark.parametrize(
    "after", [". WWW 1998. [<a href='u2'>pdf</a>]", ". 2013 [<a href='u2'>pdf</a>]"]
)
def test_a_copy_in_square_brackets_after_its_venue(after: str) -> None:
    named = "<a href='u1'>The Anatomy of a Search Engine</a>"
    page = f"<h3>Feb 11</h3><p>Brin and Page, {named}{after}</p>"
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [r.title for r in lecture.readings] == ["The Anatomy of a Search Engine"] * 2


@pytest.mark.parametrize(
    ("legend", "found"),
    [
        ("* optional background reading (not on the exams)", (("*", "optional"),)),
        ("† optional reading.", (("†", "optional"),)),
        ("* optional extra reading", (("*", "optional"),)),
        ("* optional but really very much worth it reading", ()),
    ],
)
def test_a_signs_legend_with_more_words(legend: str, found: tuple[tuple[str, str], ...]) -> None:
    assert symbol_legends(legend) == found


def test_a_long_legend_line_under_a_table_keys_its_sign() -> None:
    page = (
        "<p>Unless noted otherwise, readings are required.</p><table><tr><th>Date</th>"
        "<th>Readings</th></tr><tr><td>Thu 1/28</td><td><a href='a'>A</a><br>"
        "<a href='b'>B</a>*</td></tr></table>"
        "<p><font size=-1>* optional background reading (not on the exams or quizzes)"
        "</font></p>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [r.requirement for r in lecture.readings] == ["required", "optional"]


COURSE = (
    "- date: {day}\n  title: {title}\n  readings:\n    required:\n"
    "      - {{title: {paper}, pdf: /assets/{paper}.pdf}}\n"
)


def test_one_offering_of_a_data_folder_and_its_liquid_template(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text('baseurl: "/~mk"\nurl: "https://x.edu"\n')
    courses = tmp_path / "_data" / "courses"
    courses.mkdir(parents=True)
    (courses / "cs599.yml").write_text(COURSE.format(day="2024-09-03", title="Intro", paper="a"))
    (courses / "cs599_fa23.yml").write_text(COURSE.format(day="2023-08-29", title="Old", paper="b"))
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "reading.liquid").write_text(
        '<a href="{{ r.pdf | relative_url }}">x</a>'
    )
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text(
        'baseurl: "/~mk"\nurl: "https://x.edu"\ninclude: [_pages]\n'
    )
    (tmp_path / "_pages" / "teaching.md").write_text(
        "---\ntitle: Teaching\n---\n{% include course.liquid course=site.data.courses.cs599 %}\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert (lecture.key, [r.link for r in lecture.readings]) == (
        "2024-09-03",
        ["https://x.edu/~mk/assets/a.pdf"],
    )


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("No class — proposals due 11:59pm on <a href='c'>Canvas</a>",
         "No class — proposals due 11:59pm on Canvas"),
        ("Submit your memo via <a href='g'>Gradescope</a>", "Submit your memo via Gradescope"),
        ("Intro <a href='s'>[pdf]</a>", "Intro"),
    ],
)  # fmt: skip
def test_where_work_is_handed_in_is_a_word_of_the_title(cell: str, title: str) -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f"<tr><td>Feb 11</td><td>{cell}</td><td><a href='https://x.org/a'>A</a></td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert lecture.title == title


@pytest.mark.parametrize(
    ("lead", "found"),
    [
        ("<b>Readings:</b> none required this week. If you’d like a head start:", "optional"),
        ("<b>Readings:</b> nothing is required; for the curious:", "optional"),
        ("<b>Readings:</b> none of these are long.", None),
    ],
)
def test_none_required_over_a_nested_list(lead: str, found: str | None) -> None:
    page = (
        f"<h3>Tue Feb 11</h3><ul><li><p>{lead}</p><ul><li><a href='https://x.org/a'>A</a>"
        "</li></ul></li></ul>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [r.requirement for r in lecture.readings] == [found]


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("Proposals due (2 pages; see the <a href='p'>project page</a>)",
         "Proposals due (2 pages; see the project page)"),
        ("Midterm exam (in class). <a href='m'>Last year's midterm</a>", "Midterm exam (in class)"),
        ("Midterm exam. <a href='m'>Previous exam</a>", "Midterm exam"),
        ("Review (<a href='s'>slides</a>)", "Review"),
    ],
)  # fmt: skip
def test_material_a_title_names_and_material_after_it(cell: str, title: str) -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f"<tr><td>Oct 6</td><td>{cell}</td><td><a href='https://x.org/a'>A</a></td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert lecture.title == title
