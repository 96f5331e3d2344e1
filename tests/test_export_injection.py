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
from pylatexenc.latexencode import UnicodeToLatexEncoder

from readlist.export import ExportOptions, export
from readlist.export.latex import safe_url
from readlist.export.names import clean_text
from readlist.export.texmath import is_plain_math
from readlist.model import Course, Metadata

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


INLINE_TAG = re.compile(r"</?(?:span|em|i|b|strong|a|sup|sub)\b[^>]*>")


def visible_text(page: str) -> str:
    """The text a reader sees: inline tags vanish, block tags separate."""
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", INLINE_TAG.sub("", page))))


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


MACRO = re.compile(r"\\([A-Za-z]+)")
TEX_PIECES = [
    *"$\\{}%#&_~^ aB1()[]<>@:-\n",
    *["^^5c", "input", "end", "InputIfFileExists", "csname", "def", "catcode", "@comment"],
    *["alpha", "frac", "mathcal", "\u03b1", "\u00e9", "\ufffd", "\U0001f600", "\u2019"],
]
TEXT = (
    st.text(max_size=60)
    | st.text(alphabet="$\\{}%#&_~^ aB1()[]<>@:-\n", max_size=40)
    | st.lists(st.sampled_from(TEX_PIECES), max_size=30).map("".join)
)
LIVE_ALLOWED = {"alpha", "frac", "mathcal", "ensuremath"} | {
    "textbackslash",
    "textasciitilde",
    "textasciicircum",
    "textless",
    "textgreater",
    "lbrace",
    "rbrace",
}
"""The only commands these texts may leave live: plain math and escapes."""
ENCODER = UnicodeToLatexEncoder(
    non_ascii_only=True, unknown_char_policy="ignore", unknown_char_warning=False
)


def encoder_macros(*texts: str) -> set[str]:
    """The macros pylatexenc writes for the non-ASCII characters of *texts*."""
    chars = {char for text in texts for char in text if not char.isascii()}
    return {name for char in chars for name in MACRO.findall(ENCODER.unicode_to_latex(char))}


def check_field_is_inert(name: str, value: str, allowed: set[str]) -> None:
    """Braces balance as BibTeX counts them (a backslash hides none); no command
    but *allowed* ones, no ^^ escape, no live % or #."""
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0, (name, value)
    assert depth == 0, (name, value)
    assert set(MACRO.findall(value)) <= allowed, (name, value)
    assert "^^" not in value and not re.search(r"(?<!\\)[%#]", value), (name, value)


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
        journal_ref=lecture_title,
        primary_category=author,
    )
    course = course_of(
        lecture("Jan 1", lecture_title, reading(title, "https://e.com/a"), arxiv("2201.12023")),
        metadata={"2201.12023": meta},
    )
    allowed = LIVE_ALLOWED | encoder_macros(title, lecture_title, author, abstract)
    for fmt, ascii in (("bibtex", False), ("biblatex", False), ("biblatex", True)):
        text = export(course, fmt, ExportOptions(ascii=ascii, abstracts=True))
        assert text.isascii() or not (fmt == "bibtex" or ascii)
        library = parse_string(text)
        assert not library.failed_blocks and len(library.entries) == 2
        assert set(library.entries[0].fields_dict) >= {"title", "url", "note"}
        for entry in library.entries:
            for field in entry.fields:
                check_field_is_inert(field.key, field.value, allowed)
        names = split_multiple_persons_names(library.entries[1].fields_dict["author"].value)
        expected = 2 if clean_text(author).strip(" ,") else 1
        assert names[-1] == "Lee, Ann" and len(names) == expected


@settings(max_examples=100, deadline=None)
@given(title=TEXT, venue=TEXT, pages=TEXT, publisher=TEXT)
def test_any_published_version_stays_inside_its_entry(
    title: str, venue: str, pages: str, publisher: str
) -> None:
    """What DBLP/Crossref send (booktitle, journal, pages, volume, publisher) is as
    untrusted as a title: every field it fills stays inert."""
    published = Metadata(
        "",
        source="dblp",
        type="paper-conference",
        title="T " + title,
        authors=("Ann Lee",),
        published="2022",
        container="Proc. " + venue,
        pages=pages,
        volume=venue,
        number=pages,
        publisher=publisher,
        doi="10.1/" + pages,
    )
    meta = with_metadata(fixture_metadata()["2201.12023"], published_as=published)
    course = course_of(lecture("Jan 1", "L", arxiv("2201.12023")), metadata={"2201.12023": meta})
    allowed = LIVE_ALLOWED | encoder_macros(title, venue, pages, publisher)
    for fmt, ascii in (("bibtex", False), ("biblatex", False), ("biblatex", True)):
        library = parse_string(export(course, fmt, ExportOptions(ascii=ascii)))
        assert not library.failed_blocks and len(library.entries) == 1
        (entry,) = library.entries
        assert entry.entry_type == "inproceedings"
        for field in entry.fields:
            if field.key in ("doi", "url"):  # percent-encoded links, read by \url
                assert field.value.isascii() and not set("{}\\ ") & set(field.value)
            else:
                check_field_is_inert(field.key, field.value, allowed)


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


PLAIN_MATH = [
    ("O(n^2)", True),
    ("\\alpha", True),
    ("\\mathcal{O}(n \\log n)", True),
    ("\\tilde{O}(\\sqrt{T})", True),
    ("\\frac{1}{2} + \\frac12", True),
    ("x_{i}^{2}", True),
    ("f'(x) = f''", True),
    ("a \\leq b \\cdot c \\times d \\geq e", True),
    ("50\\% \\, x", True),
    ("\u03b4 \u2264 \u221e", True),  # Greek and math symbols: \ensuremath{...} in ASCII
    ("caf\u00e9", False),  # {\'e} is not math
    ("\\input{/etc/passwd}", False),
    ("\\include{x}", False),
    ("\\InputIfFileExists{/etc/hostname}{}{}", False),
    ("\\IfFileExists{/etc/hostname}{a}{b}", False),
    ("\\openin1=/etc/passwd", False),
    ("\\immediate\\write18{id}", False),
    ("\\catcode`\\@=0", False),
    ("\\def\\x{1}", False),
    ("\\csname input\\endcsname", False),
    ("\\end{document}", False),
    ("\\omicron", False),  # not a LaTeX command: undefined, LaTeX stops
    ("x^^5cinput", False),
    ("a}b{", False),
    ("\\{x\\}", False),
    ("a\\\\b", False),
    ("a~b", False),
    ("a^b^c", False),
    ("a^", False),
    ("\\frac{a}", False),
    ("\\sqrt", False),
    ("x^\\frac12", False),
    ("f^2'", False),
    ("\\alpha\\input", False),
]


@pytest.mark.parametrize(("body", "plain"), PLAIN_MATH)
def test_only_plain_math_stays_math(body: str, plain: bool) -> None:
    assert is_plain_math(body) is plain


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://e.org/a b", "https://e.org/a%20b"),
        ("https://e.org/{x}\\y", "https://e.org/%7Bx%7D%5Cy"),
        ("https://e.org/caf\u00e9#top", "https://e.org/caf%C3%A9#top"),
        ("https://e.org/a%20b?q=1&r=2", "https://e.org/a%20b?q=1&r=2"),
        ("https://e.org/\udc80", "https://e.org/%3F"),  # a lone surrogate from a JSON cache
    ],
)
def test_urls_cannot_break_a_field_and_stay_ascii(url: str, written: str) -> None:
    assert safe_url(url) == written
