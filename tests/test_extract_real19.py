"""Rules the real19 blind round showed: kramdown ``markdown="1"`` cells, week ranges in
headings, citation paragraphs, drafts, people, Quarto callouts and icons, week
sections that add to a table's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site, read_file
from readlist.extract.files import SiteConfig
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.page import commonmark, pandoc


def _got(lectures: list) -> list[tuple[str, str, list[tuple[str, str | None]]]]:  # type: ignore[type-arg]
    return [
        (lec.key, lec.title, [(r.text, r.requirement) for r in lec.readings]) for lec in lectures
    ]


def test_markdown_inside_a_kramdown_cell() -> None:
    page = (
        "<table>\n<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>\n"
        '<tr>\n<td markdown="1">Tue 1/14</td>\n<td markdown="1">Intro</td>\n'
        '<td markdown="1">[J&M ch. 2](https://x.org/2.pdf)<br>*Optional:* [B](https://x.org/b)</td>\n'
        "</tr>\n</table>\n"
    )
    assert _got(read_markdown(page, "schedule.md", None)) == [
        ("Tue 1/14", "Intro", [("J&M ch. 2", None), ("B", "optional")])
    ]


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Week 3 (Jan 27–31): Causality", "Jan 27–31"),
        ("Jan 29 - Feb 2: Causality", "Jan 29 - Feb 2"),
        ("3/4-3/8: Causality", "3/4-3/8"),
        ("Jan 27: Causality", "Jan 27"),
        ("Jan 5 & 7: Causality", "Jan 5 & 7"),  # two meetings: both days, as written
    ],
)
def test_a_heading_keyed_by_a_range_of_days(heading: str, key: str) -> None:
    (got,) = read_markdown(f"## {heading}\n\n- [A](https://x.org/a)\n", "s.md", None)
    assert (got.key, got.title) == (key, "Causality")


def test_citation_paragraphs_beside_an_optional_label() -> None:
    """One reference per paragraph, its link after the year: readings, even when the
    lecture also has a labelled region (prose links stay out then)."""
    page = (
        "<h2>Week 3 (Jan 27–31): Causality</h2>"
        '<p>Pearl, Judea. 2009. "Causal Inference." Surveys 3: 96–146. <a href="https://x.org/p">doi</a></p>'
        '<p>See <a href="https://x.org/blog">the blog</a> and <a href="https://x.org/c">more</a>.</p>'
        "<p><strong>Optional</strong></p>"
        '<p>Imbens, G. 2020. "Potential Outcome and DAG." JEL. <a href="https://x.org/i">doi</a></p>'
    )
    (got,) = read_html(page, "syllabus.html", None, LineIndex(page))
    assert [(r.url, r.requirement) for r in got.readings] == [
        ("https://x.org/p", None),
        ("https://x.org/i", "optional"),
    ]


@pytest.mark.parametrize(
    ("front", "read"),
    [
        ("+++\ntitle = 'Lecture 9'\ndate = 2026-02-12\ndraft = true\n+++\n", False),
        ("---\ntitle: Lecture 9\ndate: 2026-02-12\ndraft: true\n---\n", False),
        ("---\ntitle: Lecture 9\ndate: 2026-02-12\npublished: false\n---\n", False),
        ("---\ntitle: Lecture 9\ndate: 2026-02-12\ndraft: false\n---\n", True),
    ],
)
def test_drafts_are_not_built(tmp_path: Path, front: str, read: bool) -> None:
    path = tmp_path / "09-cdn.md"
    path.write_text(front + "\n- [A](https://x.org/a)\n")
    assert bool(read_file(path, "09-cdn.md", SiteConfig(), explicit=False)) is read


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Dr. Lena Park", False),
        ("Prof. Ana M. Costa", False),
        ("professor Ng", False),
        ("Dr. Strangelove and the Bomb: A Study of Nuclear Strategy", True),  # a title
        ("Drift in Data Streams", True),
    ],
)
def test_a_person_named_with_an_honorific(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://x.org/p", "Our guest is ") is reading


def test_a_quarto_callouts_first_heading_is_its_title() -> None:
    text = (
        '### Week 2 {.unnumbered}\n\n::: {.callout-tip collapse="true"}\n'
        "## Optional reading\n\n- [A](u)\n:::\n"
    )
    lines = pandoc(text).split("\n")
    assert lines[0] == "### Week 2" and "Optional reading" in lines
    assert "## Optional reading" not in lines
    assert pandoc("::: {.note}\n## A heading\n:::\n").split("\n")[1] == "## A heading"


def test_week_sections_add_to_the_rows_of_a_table_with_readings() -> None:
    table = (
        "| Week | Date | Topic | Readings |\n|---|---|---|---|\n"
        "| 1 | Thu Jan 30 | Why Bayes? | [A](https://x.org/a) |\n"
        "| 2 | Thu Feb 6 | Models | [B](https://x.org/b) |\n\n"
    )
    sections = "## Going further\n\n### Week 2\n\nOptional reading\n\n- [C](https://x.org/c)\n"
    assert _got(read_markdown(table + sections, "s.md", None)) == [
        ("Thu Jan 30", "Why Bayes?", [("A", None)]),
        ("Thu Feb 6", "Models", [("B", None), ("C", "optional")]),
    ]


def test_an_icon_inside_a_link_text_is_no_words() -> None:
    page = "[{{< fa file-pdf >}} BDA3 ch. 1](https://x.org/bda.pdf) [{{< fa video >}}](s.html)"
    assert commonmark(page, ".qmd") == "[BDA3 ch. 1](https://x.org/bda.pdf) [](s.html)"
    assert (
        commonmark('[Notes]({{< ref "notes/a.md" >}})', ".md")
        == '[Notes]({{< ref "notes/a.md" >}})'
    )


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("**Midterm** (in class) — [practice exam](exams/p.pdf)", "Midterm (in class)"),
        ("Search: [slides](s.pdf)", "Search"),
        ("C++ and Rust", "C++ and Rust"),
    ],
)
def test_no_dangling_separator_once_material_is_gone(cell: str, title: str) -> None:
    page = (
        f"| Date | Topic | Readings |\n|---|---|---|\n| Jan 28 | {cell} | [A](https://x.org/a) |\n"
    )
    (got,) = read_markdown(page, "README.md", None)
    assert got.title == title


def test_a_site_with_a_hugo_draft(tmp_path: Path) -> None:
    lectures = tmp_path / "content" / "lectures"
    lectures.mkdir(parents=True)
    for n, draft in ((1, "false"), (2, "false"), (3, "true")):
        (lectures / f"0{n}.md").write_text(
            f"+++\ntitle = 'Lecture {n}: T{n}'\ndate = 2026-01-1{n}\ndraft = {draft}\n+++\n\n"
            f"- [P{n}](https://x.org/{n})\n"
        )
    assert [lec.title for lec in extract_site(tmp_path).lectures] == ["T1", "T2"]
