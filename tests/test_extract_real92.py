"""Rules from blind rounds real92 and real93 (Moodle, Google Sites, WordPress, a Jupyter
Book notebook, R Markdown, a README of reference links): day-first ranges, short session
words in a table, a link's description, a bold topic line before who presents, generic
texts, a legend's marker before "everything else", a key's exception by place."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.reader import legend_others, symbol_legends
from readlist.extract.tables import session_label
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


def html(page: str) -> list[Lecture]:
    return read_html(page, "s.html", None, LineIndex(page))


@pytest.mark.parametrize(
    ("heading", "key", "title"),
    [
        ("Week 1: 13 January – 19 January", "13 January – 19 January", ""),
        ("3 March – 9 March: Consensus", "3 March – 9 March", "Consensus"),
        ("Jan 27–31: Causality", "Jan 27–31", "Causality"),
        ("13 Jan - 19 Jan: Time", "13 Jan - 19 Jan", "Time"),
    ],
)
def test_a_day_first_range_keeps_its_months(heading: str, key: str, title: str) -> None:
    page = f"<h3>{heading}</h3><ul><li><a href='https://x.org/a'>A Paper</a></li></ul>"
    (lecture,) = html(page)
    assert (lecture.key, lecture.title) == (key, title)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Wk 3", ("week", 3)),
        ("W3", ("week", 3)),
        ("Week 3", ("week", 3)),
        ("Lec 4", ("lecture", 4)),
        ("L4", ("lecture", 4)),
        ("Session 2", ("session", 2)),
        ("Wk 3 recap", None),
    ],
)
def test_a_session_words_short_forms(text: str, label: tuple[str, int] | None) -> None:
    assert session_label(text) == label


def test_a_wk_column_titles_the_week_headings() -> None:
    page = (
        "|Wk |Date  |Topic |\n|:--|:-----|:-----|\n|1  |Jan 20|Potential outcomes |\n"
        "|2  |Jan 27|Experiments |\n\n## Week 1\n\n- [A](https://x.org/a)\n\n"
        "## Week 2\n\n- [B](https://x.org/b)\n"
    )
    lectures = read_markdown(page, "schedule.md", None)
    titles = {lec.key: lec.title for lec in lectures if lec.readings}
    assert titles == {"Week 1": "Potential outcomes", "Week 2": "Experiments"}


ACTIVITY = (
    "<li class='activity'><div class='activityinstance'><a href='https://m.x.ac.uk/mod/"
    "resource/view.php?id={n}'><span class='instancename'>{title}<span class='accesshide'> "
    "File</span></span></a> <span>2.3MB PDF document</span></div><span class='actions'>"
    "</span><div class='contentafterlink'><p>{note}</p></div></li>"
)


@pytest.mark.parametrize(
    ("note", "requirement"),
    [
        ("Essential reading. Sections 1–4; skim the evaluation.", "required"),
        ("Further reading: how Paxos Commit generalises 2PC.", "optional"),
        ("Sections 1–4; skim the evaluation.", None),
    ],
)
def test_an_activitys_description_marks_it(note: str, requirement: str | None) -> None:
    page = (
        "<h3>17 March – 23 March</h3><ul>"
        + ACTIVITY.format(n=1, title="Corbett et al. (2012) Spanner", note=note)
        + "</ul>"
    )
    (lecture,) = html(page)
    assert readings(lecture) == {"https://m.x.ac.uk/mod/resource/view.php?id=1": requirement}


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            "**Pruning and sparsity**\n*Lecture: L. Hartmann · Discussion: M. Silva*",
            "Pruning and sparsity",
        ),
        ("**Pruning and sparsity** and\nits uses", "Pruning and sparsity and its uses"),  # a wrap
    ],
)
def test_a_bold_topic_line_before_who_presents(lines: str, title: str) -> None:
    page = f"## Week 6 (Feb 11)\n\n{lines}\n\n- [A](https://x.org/a)\n"
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert lecture.title == title


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("arXiv:1503.02531", True),
        ("[arXiv:1503.02531v2]", True),
        ("PMC full text", True),
        ("ACM pdf", True),
        ("Attention pdf", False),  # a word, not a source's acronym
        ("doi:10.1145/3397271.3401075", False),  # a DOI written out stays its title
    ],
)
def test_generic_texts_after_a_source_or_an_identifier(text: str, generic: bool) -> None:
    assert classify.is_generic(text) is generic


@pytest.mark.parametrize(
    ("key", "others"),
    [
        (
            "Legend: 📊 slides · (opt.) optional. Everything else listed under a week"
            " is required: read it before Tuesday.",
            "required",
        ),
        ("Everything else listed under a week is required.", None),  # no mark to set apart
    ],
)
def test_a_legends_marker_before_everything_else(key: str, others: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == others


@pytest.mark.parametrize(
    ("key", "others"),
    [
        (
            "Readings are required unless they sit in an **Optional** or **Background** tab",
            "required",
        ),
        ("Papers are optional unless it is in a Required box.", "optional"),
        ("Readings are required unless they sit in the library.", None),
    ],
)
def test_a_key_that_excepts_a_place(key: str, others: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == others


@pytest.mark.parametrize(("sections", "titled"), [(2, False), (3, True), (4, True)])
def test_a_pages_one_h1_over_more_than_three_headings_is_its_title(
    sections: int, titled: bool
) -> None:
    """``PAGE_TITLE_OVER``: "# Reading group" over three or more "##" topics is the
    page's title; over two, it may be a topic of its own."""
    from readlist.extract.dom import ENTRY_TAG
    from readlist.extract.markdown import topic_entries

    page = "<h1>Reading group</h1>" + "".join(
        f"<h2>Topic {n}</h2><ul><li><a href='https://x.org/{n}'>P{n}</a></li></ul>"
        for n in range(sections)
    )
    marked = topic_entries(page, page)
    assert marked.count(f"<{ENTRY_TAG}") == sections + (0 if titled else 1)


@pytest.mark.parametrize(
    ("declarations", "styles"),
    [
        ("color: #666666", {"grey": True}),
        ("color:gray", {"grey": True}),
        ("color: rgb(153, 153, 153)", {"grey": True}),
        ("color: #000", {"grey": False}),  # black text: not grey
        ("color: #3366cc", {}),  # a link's blue says nothing
        ("background-color:#fcb900", {"highlight": True}),  # WordPress's amber
        ("background-color: #fff2cc", {"highlight": True}),  # Google Docs' light yellow
        ("background-color: transparent", {"highlight": False}),
        ("background-color: #cfe2f3", {}),  # another colour says nothing
    ],
)
def test_colours_a_key_may_name(declarations: str, styles: dict[str, bool]) -> None:
    from readlist.extract.css import declared

    assert declared(declarations) == styles


GREY = "<span style='color:#666666'><a href='https://x.org/b'>B</a></span>"


@pytest.mark.parametrize(
    ("key", "plain", "grey"),
    [
        ("Papers in gray are optional.", None, "optional"),
        (
            "Read the papers in black before class. Papers in grey are optional.",
            "required",
            "optional",
        ),
        ("Readings in black are required; readings in grey are optional.", "required", "optional"),
        ("We use gray for the footer.", None, None),
    ],
)
def test_a_colour_key(key: str, plain: str | None, grey: str | None) -> None:
    page = f"<p>{key}</p><h2>Sep 3: Intro</h2><ul><li><a href='https://x.org/a'>A</a></li><li>{GREY}</li></ul>"
    (lecture,) = html(page)
    assert readings(lecture) == {"https://x.org/a": plain, "https://x.org/b": grey}


def test_a_highlight_key_and_the_other_papers_in_a_row() -> None:
    page = (
        "<p>In each row, the paper <mark>highlighted in yellow</mark> is the one the presenters"
        " walk through: everyone reads it before class. The other papers in a row are"
        " background for the curious.</p><table><tr><th>Date</th><th>Topic</th><th>Papers</th>"
        "</tr><tr><td>Jan 7</td><td>Intro</td><td><mark style='background-color:#fcb900'>"
        "<a href='https://x.org/a'>A</a></mark><br><a href='https://x.org/b'>B</a></td></tr>"
        "</table>"
    )
    (lecture,) = html(page)
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


def test_a_material_link_gone_leaves_no_separator_written_as_an_entity() -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Reading</th></tr><tr><td>Oct 8</td>"
        "<td><b>Midterm</b> (in class) &middot; <a href='exams/m.pdf'>2024 midterm</a></td>"
        "<td></td></tr><tr><td>Oct 10</td><td>RPC</td><td><a href='https://x.org/a'>A</a>"
        "</td></tr></table>"
    )
    midterm, _ = html(page)
    assert midterm.title == "Midterm (in class)"


def test_a_published_sheets_row_of_column_letters_is_no_header() -> None:
    letters = "".join(f"<th>{c}</th>" for c in "ABCD")
    page = (
        f"<table class='waffle'><thead><tr><th></th>{letters}</tr></thead><tbody>"
        "<tr><th>1</th><td>Week</td><td>Date</td><td>Topic</td><td>Paper 1</td></tr>"
        "<tr><th>2</th><td>1</td><td>Jan 14</td><td>Intro</td>"
        "<td><a href='https://x.org/a'>A</a></td></tr>"
        "<tr><th>3</th><td>2</td><td>Jan 21</td><td>RPC</td>"
        "<td><a href='https://x.org/b'>B</a></td></tr></tbody></table>"
    )
    assert [(lec.key, lec.title) for lec in html(page)] == [("Jan 14", "Intro"), ("Jan 21", "RPC")]


def test_an_html32_font_colour_is_a_style() -> None:
    page = (
        "<p>Papers in gray are optional background; the others are required.</p>"
        "<h2>Sep 3: Intro</h2><ul><li><a href='https://x.org/a'>A</a></li>"
        "<li><FONT COLOR='gray'><a href='https://x.org/b'>B</a></FONT></li></ul>"
    )
    (lecture,) = html(page)
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


@pytest.mark.parametrize(
    ("fence", "requirement"),
    [
        ('```admonish tip title="Optional"', "optional"),
        ("```admonish info", None),  # titled "Info": no requirement
        ('~~~admonish tip title="If you\'re curious"', "optional"),
    ],
)
def test_an_mdbook_admonish_box(fence: str, requirement: str | None) -> None:
    from readlist.extract.page import commonmark

    close = fence[:3]
    page = (
        f"# Week 3 — Jan 27: Embeddings\n\n## Read before class\n\n- [A](https://x.org/a)\n\n"
        f"{fence}\n[B](https://x.org/b), the count-based counterpart.\n{close}\n"
    )
    (lecture,) = read_markdown(commonmark(page, ".md"), "week-03.md", None)
    assert readings(lecture)["https://x.org/b"] == requirement


def test_a_csv_table_of_the_sites_file(tmp_path: Path) -> None:
    from readlist.extract import extract_site

    (tmp_path / "conf.py").write_text("project = 'x'\n")
    (tmp_path / "schedule.csv").write_text(
        'Date,Topic,Required\n"Jan 14",Intro,"`A <https://x.org/a>`__"\n'
        '"Jan 21",RPC,"`B <https://x.org/b>`__"\n'
    )
    (tmp_path / "schedule.rst").write_text(
        "Schedule\n========\n\n.. csv-table:: Schedule\n   :header-rows: 1\n"
        "   :file: schedule.csv\n   :widths: 10 30 60\n"
    )
    (tmp_path / "other.rst").write_text(
        "Other\n=====\n\n.. csv-table:: Outside\n   :file: ../../../etc/passwd\n"
    )
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Jan 14", ["https://x.org/a"]),
        ("Jan 21", ["https://x.org/b"]),
    ]


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("Presentation order (sign-up sheet)", True),
        ("Course feedback (anonymous form)", False),  # "anonymous" is no material word
        ("Bellman Equations (handout)", False),
        ("Robot Learning from Demonstration (survey)", False),
    ],
)
def test_a_bracket_naming_a_class_tool(text: str, material: bool) -> None:
    assert classify.names_material(text) is material


@pytest.mark.parametrize(
    ("time", "entry"),
    [
        ("<time>Mon, Jan 6</time>", True),
        ("<time class='entry-date published'>January 22, 2025</time>", False),
        ("<span class='posted-on'><time>January 22, 2025</time></span>", False),
    ],
)
def test_a_blog_posts_date_opens_no_session(time: str, entry: bool) -> None:
    page = (
        f"<article><header>{time}<h3>Topic</h3></header>"
        "<ul><li><a href='https://x.org/a'>A Paper</a></li></ul></article>"
    )
    assert bool(html(page)) is entry
