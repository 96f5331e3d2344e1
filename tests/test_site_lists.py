"""The HTML and Markdown reading lists in a site: anchors, keys, fragment, front matter,
absolute links from the base URL, the generated marker, nothing external."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import EXAMPLE, example_course
from selectolax.lexbor import LexborHTMLParser

import readlist
from readlist.config import Config, ReadingList
from readlist.export import ExportOptions
from readlist.model import GENERATED_MARKER, Course

SITE_URL = "https://courses.example.edu/dsc204a-w24/"


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    return example_course(tmp_path_factory.mktemp("cache"))


def html_of(course: Course, fragment: bool = False) -> str:
    return readlist.export(
        course, "html", config=Config(), options=ExportOptions(), fragment=fragment
    )


def test_every_lecture_and_every_work_has_an_anchor_and_links_resolve(course: Course) -> None:
    tree = LexborHTMLParser(html_of(course))
    ids = [node.attributes["id"] for node in tree.css("[id]")]
    assert len(ids) == len(set(ids))
    sections = [node.attributes["id"] for node in tree.css("section[id]")]
    assert sections[:3] == ["jan-17", "jan-19", "jan-22"] and "mar-1" in sections
    assert "mar-11" in sections and sections[-1] == "read-in-several-lectures"
    for key in ("zheng2022alpa", "huang2018gpipe", "mapreducesimplifieddata"):
        assert key in ids
    inner = [a.attributes["href"] for a in tree.css("a") if a.attributes["href"].startswith("#")]
    assert inner and all(href[1:] in ids for href in inner)
    alpa = tree.css_first("li#zheng2022alpa")
    assert alpa.css_first("code.key").text() == "zheng2022alpa"  # the citation key, shown
    assert [a.attributes["href"] for a in alpa.css(".also a")] == ["#mar-13", "#mar-15"]


def test_the_page_has_no_script_and_no_external_resource(course: Course) -> None:
    page = html_of(course)
    tree = LexborHTMLParser(page)
    assert tree.css("script") == [] and tree.css("link") == [] and tree.css("[src]") == []
    external = [a for a in tree.css("[href]") if a.attributes["href"].startswith("http")]
    # Only the readings' own links reach out: each is the title link of a list item.
    assert external and all(a.tag == "a" and a.parent.tag == "li" for a in external)
    assert "@import" not in page and "url(" not in page


def test_a_fragment_has_no_html_or_head_and_carries_the_marker(course: Course) -> None:
    fragment = html_of(course, fragment=True)
    first, second = fragment.splitlines()[:2]
    assert first.startswith("<!--") and GENERATED_MARKER in first
    assert second == '<div class="readlist">'
    for tag in ("<html", "<head", "<body", "<style", "<meta", "<!DOCTYPE"):
        assert tag not in fragment
    assert fragment.rstrip().endswith("</div>")
    assert '<section id="mar-11">' in fragment


def test_markdown_front_matter_comes_from_the_configuration(course: Course) -> None:
    config = Config(
        reading_list=ReadingList(layout="page", nav_order=6, permalink="/readings/", title="R")
    )
    text = readlist.export(course, "markdown", config=config, options=ExportOptions())
    lines = text.splitlines()
    assert lines[:6] == [
        "---",
        "layout: page",
        "nav_order: 6",
        "permalink: /readings/",
        "title: R",
        "---",
    ]
    assert GENERATED_MARKER in lines[6] and lines[6].startswith("<!--")
    assert "\n# R\n" in text
    assert '## <a id="mar-11"></a>Mar 11: ML System - 2\n' in text
    assert '- <a id="zheng2022alpa"></a>**Optional** · [Alpa' in text
    assert "<code>zheng2022alpa</code>" in text


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json", "markdown", "html", "jekyll"])
def test_a_base_url_makes_site_links_absolute_in_every_format(course: Course, fmt: str) -> None:
    relative = readlist.export(course, fmt, config=Config(), options=ExportOptions())
    assert "/dsc204a-w24/assets/readings/spark.pdf" in relative
    assert "https://courses.example.edu/dsc204a-w24/assets" not in relative
    text = readlist.export(course, fmt, config=Config(), options=ExportOptions(), base_url=SITE_URL)
    assert "https://courses.example.edu/dsc204a-w24/assets/readings/spark.pdf" in text
    assert "https://courses.example.edu/dsc204a-w24/assets/readings/mapreduce.pdf" in text
    # arXiv and other absolute links are left alone.
    assert "https://courses.example.edu/dsc204a-w24/https" not in text


def test_the_example_configuration_reaches_the_export() -> None:
    config = readlist.read_config(EXAMPLE)
    assert config.base_url == "https://hao-ai-lab.github.io/dsc204a-w24/"
    assert config.reading_list.permalink == "/readings/"


def test_the_library_export_keeps_keys_in_the_sites_cache(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_modules").mkdir(parents=True)
    (site / "_modules" / "week-01.md").write_text(
        "---\ntitle: Week 1\n---\n\nJan 9\n: **1**{: .label} Lecture\n: *Reading:*\n"
        "* [A Paper](https://example.org/paper.pdf)\n",
        encoding="utf-8",
    )
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    course = readlist.load_course(site)
    assert "@misc{paper," in readlist.export(course, "bibtex")
    assert (site / "cache" / "keys.json").is_file()
