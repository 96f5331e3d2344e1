"""The annotated reading list, Markdown (Jekyll) and standalone HTML."""

from __future__ import annotations

from dataclasses import replace

import pyromark
import pytest
from export_helpers import arxiv, course_of, fixture_metadata, lecture, reading, with_metadata

from readlist.export import ExportOptions, export
from readlist.model import Course

META = fixture_metadata()


def ml_course() -> Course:
    pytorch = arxiv("2006.15704", "optional", line=2)
    return course_of(
        lecture(
            "Mar 6",
            "ML System - 1",
            arxiv("1811.06965", "required"),
            pytorch,
            reading("Ray paper", "https://arxiv.org/pdf/1712.05889.pdf", None, 3),
            reading("The Raft Consensus Algorithm", "https://raft.github.io/", "optional", 4),
        ),
        lecture("Mar 8", "ML System - 2", arxiv("1811.06965", "optional")),
        lecture("Mar 9", "No readings"),
        metadata={
            "1811.06965": META["1811.06965"],
            "2006.15704": META["2006.15704"],
            "2205.14135": META["2205.14135"],
        },
    )


def rendered(fmt: str, course: Course) -> str:
    text = export(course, fmt, ExportOptions())
    return pyromark.html(text.split("---\n", 2)[2]) if fmt == "markdown" else text


def test_markdown_is_a_jekyll_page() -> None:
    text = export(ml_course(), "markdown", ExportOptions())
    assert text.startswith('---\ntitle: "Reading list: site"\n---\n\n# Reading list: site\n')
    assert "## Mar 6: ML System - 1\n" in text
    assert "Mar 9" not in text  # a lecture without readings has nothing to list


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_each_reading_has_requirement_real_title_authors_year_gist_link(fmt: str) -> None:
    page = rendered(fmt, ml_course())
    # The real title (arXiv's), not the link text, with its abstract's first sentence.
    assert '<a href="https://arxiv.org/abs/1811.06965">GPipe: Efficient Training of Giant' in page
    assert "Huang et al. (2018)" in page
    assert (
        "Scaling up deep neural network capacity has been known as an effective approach "
        "to improving model quality for several different machine learning tasks." in page
    )
    assert "In many cases" not in page  # one sentence only
    # The venue from arXiv's comment.
    assert "To appear in VLDB 2020" in page
    for label in ("required", "optional"):
        assert label in page.lower()


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_also_in_and_the_closing_section_of_shared_works(fmt: str) -> None:
    page = rendered(fmt, ml_course())
    assert "Also in: Mar 8: ML System - 2" in page
    assert "Also in: Mar 6: ML System - 1" in page
    shared = page.split("Read in several lectures", 1)[1]
    assert "GPipe" in shared and "Raft" not in shared
    assert "Mar 6: ML System - 1 (required); Mar 8: ML System - 2 (optional)" in shared


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_works_without_metadata_keep_the_site_title_and_are_marked(fmt: str) -> None:
    page = rendered(fmt, ml_course())
    assert ">Ray paper</a>" in page
    assert "arXiv details not fetched yet" in page
    assert ">The Raft Consensus Algorithm</a>" in page


def test_authors_are_listed_in_full_up_to_three() -> None:
    three = with_metadata(META["1811.06965"], authors=("Ann Lee", "Bo Li", "Cy Young"))
    course = course_of(lecture("Jan 1", "x", arxiv("1811.06965")), metadata={"1811.06965": three})
    assert "Ann Lee, Bo Li and Cy Young (2018)" in export(course, "markdown", ExportOptions())


def test_html_is_a_standalone_page_with_inline_css_and_no_script() -> None:
    page = export(ml_course(), "html", ExportOptions())
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in page and "<style>" in page
    assert "default-src 'none'" in page  # nothing external, nothing scripted
    assert "<script" not in page and "<link" not in page


def test_several_sites_name_the_site_of_each_lecture() -> None:
    first = lecture("Mar 6", "ML", arxiv("1811.06965"))
    second = replace(lecture("Week 2", "Pipelines", arxiv("1811.06965")), source="other/site")
    course = course_of(first, second, metadata=META)
    course = replace(course, sites=(*course.sites, replace(course.sites[0], lectures=(second,))))
    text = export(course, "markdown", ExportOptions())
    assert "## site, Mar 6: ML\n" in text and "## other/site, Week 2: Pipelines\n" in text
    assert "Also in: other/site, Week 2: Pipelines" in text
