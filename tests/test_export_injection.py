"""Hostile titles (from the site or from arXiv) stay text in every format and every client."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pyromark
import pytest
from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares.names import split_multiple_persons_names
from export_helpers import (
    CSL_SCHEMA,
    arxiv,
    citeproc,
    course_of,
    fixture_metadata,
    lecture,
    reading,
    with_metadata,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from readlist.export import ExportOptions, export
from readlist.export.names import clean_text
from readlist.model import Course

HOSTILE = [
    line
    for line in (Path(__file__).parent / "data" / "export" / "hostile_titles.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
]


def hostile_course() -> Course:
    """One site reading per hostile title, plus an arXiv paper whose metadata is hostile."""
    readings = [
        reading(title, f"https://example.com/{n}", line=n) for n, title in enumerate(HOSTILE)
    ]
    meta = with_metadata(
        fixture_metadata()["2201.12023"],
        title=HOSTILE[3],
        abstract=" ".join(HOSTILE),
        authors=("Robert'); DROP TABLE} Tables", "Eve <b>Evil</b>"),
    )
    evil_lecture = lecture("Mar 1 <script>", HOSTILE[0], *readings, arxiv("2201.12023", line=99))
    return course_of(evil_lecture, metadata={"2201.12023": meta})


def squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def visible_text(page: str) -> str:
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_each_bibliography_entry_stays_one_entry() -> None:
    course = hostile_course()
    for fmt in ("bibtex", "biblatex"):
        for options in (ExportOptions(), ExportOptions(abstracts=True, ascii=True)):
            library = parse_string(export(course, fmt, options))
            assert not library.failed_blocks
            assert len(library.entries) == len(course.works)
            assert "injected" not in library.entries_dict


def test_csl_stays_valid() -> None:
    data = json.loads(export(hostile_course(), "csl-json", ExportOptions(abstracts=True)))
    jsonschema.Draft7Validator(json.loads(CSL_SCHEMA.read_text())).validate(data)
    assert [item["title"] for item in data[:-1]] == HOSTILE


@pytest.mark.parametrize(
    ("fmt", "name"), [("bibtex", "b.bibtex"), ("biblatex", "b.bib"), ("csl-json", "b.json")]
)
def test_pandoc_prints_hostile_titles_as_text(tmp_path: Path, fmt: str, name: str) -> None:
    pypandoc = pytest.importorskip("pypandoc")
    course = hostile_course()
    bibliography = tmp_path / name
    bibliography.write_text(export(course, fmt, ExportOptions()), encoding="utf-8")
    document = tmp_path / "doc.md"
    document.write_text("---\nnocite: '[@*]'\n---\n")
    run = citeproc(str(pypandoc.get_pandoc_path()), document, bibliography)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert run.stdout.count('class="csl-entry"') == len(course.works)
    assert "<script" not in run.stdout and "<img" not in run.stdout
    assert 'href="javascript' not in run.stdout
    text = visible_text(run.stdout)
    for title in HOSTILE:
        assert squash(title) in text


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [value or "" for key, value in attrs if key == "href"]


def check_page(page: str) -> None:
    parser = Tags()
    parser.feed(page)
    assert parser.tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "h1",
        "h2",
        "section",
        "ul",
        "li",
        "a",
        "span",
        "div",
        "p",
        "i",
        "code",
        "em",
        "strong",
        "br",
        "hr",
    }
    assert all(href.startswith(("https://", "#")) for href in parser.hrefs)
    text = visible_text(page)
    for title in HOSTILE:
        assert squash(title) in text


def test_markdown_renders_hostile_titles_as_text() -> None:
    markdown = export(hostile_course(), "markdown", ExportOptions())
    assert "{{" not in markdown and "{%" not in markdown  # nothing for Liquid to run
    body = markdown.split("---\n", 2)[2]  # Jekyll front matter
    check_page(pyromark.html(body))


def test_html_renders_hostile_titles_as_text() -> None:
    check_page(export(hostile_course(), "html", ExportOptions()))


TEXT = st.text(max_size=60) | st.text(alphabet="$\\{}%#&_~^ aB1()[]<>@:-\n", max_size=40)


@settings(max_examples=150, deadline=None)
@given(title=TEXT, lecture_title=TEXT, author=TEXT, abstract=TEXT)
def test_any_text_stays_inside_its_entry(
    title: str, lecture_title: str, author: str, abstract: str
) -> None:
    meta = with_metadata(
        fixture_metadata()["2201.12023"],
        title=title,
        authors=(author, "Ann Lee"),
        abstract=abstract,
    )
    course = course_of(
        lecture("Jan 1", lecture_title, reading(title, "https://e.com/a"), arxiv("2201.12023")),
        metadata={"2201.12023": meta},
    )
    for fmt in ("bibtex", "biblatex"):
        options = ExportOptions(ascii=fmt == "bibtex", abstracts=True)
        library = parse_string(export(course, fmt, options))
        assert not library.failed_blocks and len(library.entries) == 2
        assert set(library.entries[0].fields_dict) >= {"title", "url", "note"}
        names = split_multiple_persons_names(library.entries[1].fields_dict["author"].value)
        expected = 2 if clean_text(author).strip(" ,") else 1
        assert names[-1] == "Lee, Ann" and len(names) == expected


@settings(max_examples=100, deadline=None)
@given(title=TEXT)
def test_any_title_renders_as_its_own_text_in_markdown_and_html(title: str) -> None:
    course = course_of(lecture("Jan 1", "x", reading(title, "https://e.com/a")))
    shown = squash(clean_text(title)) or "https://e.com/a"
    markdown = export(course, "markdown", ExportOptions()).split("---\n", 2)[2]
    for page in (pyromark.html(markdown), export(course, "html", ExportOptions())):
        parser = Tags()
        parser.feed(page)
        assert parser.hrefs == ["https://e.com/a"]
        assert shown in visible_text(page)
