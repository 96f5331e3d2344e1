"""A style key ("Papers in bold are required") read where the style comes from CSS:
an inline ``style=`` or a class the page's own ``<style>`` rules give a font weight or
style (Google Docs "Publish to web", Word-to-HTML and Notion exports never write
``<b>``), and a key whose requirement comes later in its sentence ("the papers set in
bold are the ones we discuss in class, and everyone must have read them")."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from readlist.extract.css import class_styles, declared
from readlist.extract.html import read_html
from readlist.extract.reader import legend_others, legends
from readlist.model import Requirement

A = "https://example.org/a-paper"
B = "https://example.org/b-paper"

_PAGE = (
    "<html><head><style>{css}</style></head><body>"
    "<p>Papers in bold are required. Readings in italics are optional.</p>"
    "<h3>Jan 17: Topic</h3><ul><li>{item}</li>"
    # a reference link set in bold by an inline style: required on every page
    f'<li><span style="font-weight:bold"><a href="{B}">B</a></span></li></ul>'
    "</body></html>"
)


def _requirements(css: str, item: str) -> list[Requirement | None]:
    """The requirement of the row's reading and of the page's reference link B."""
    page = _PAGE.format(css=css, item=item)
    lectures = read_html(page, "index.html", None, lambda _: 1)
    return [r.requirement for lecture in lectures for r in lecture.readings]


@pytest.mark.parametrize(
    ("css", "item", "requirement"),
    [
        # a class the page's <style> sets bold or italic
        (".c7{font-weight:700}", f'<span class="c6 c7"><a href="{A}">A</a></span>', "required"),
        (".c3{font-style:italic}", f'<span class="c3"><a href="{A}">A</a></span>', "optional"),
        (".k{font-weight:bold}", f'<span class="k"><a href="{A}">A</a></span>', "required"),
        # bold italic in one class, and a bold key only would still say bold
        (
            ".c14{font-style:italic;font-weight:700}",
            f'<span class="c14"><a href="{A}">A</a></span>',
            "required",  # both styles keyed and set by one element: bold's meaning
        ),
        # inline styles
        ("", f'<span style="font-weight: 700"><a href="{A}">A</a></span>', "required"),
        ("", f'<span style="font-style:italic"><a href="{A}">A</a></span>', "optional"),
        ("", f'<a href="{A}" style="font-weight:600">A</a>', "required"),
        ("", f'<span style="font: italic 12px serif"><a href="{A}">A</a></span>', "optional"),
        # weights: 400 and 500 are not bold, 600 to 900 are
        (".c1{font-weight:400}", f'<span class="c1"><a href="{A}">A</a></span>', None),
        (".c1{font-weight:500}", f'<span class="c1"><a href="{A}">A</a></span>', None),
        (".c1{font-weight:900}", f'<span class="c1"><a href="{A}">A</a></span>', "required"),
        ("", f'<span style="font-weight:normal"><a href="{A}">A</a></span>', None),
        # a class with no font rule sets no style
        (
            ".c6{color:#1155cc;text-decoration:underline}",
            f'<span class="c6"><a href="{A}">A</a></span>',
            None,
        ),
        # the later rule wins between classes; an inline style outranks both
        (
            ".c1{font-weight:400}.c7{font-weight:700}",
            f'<span class="c1 c7"><a href="{A}">A</a></span>',
            "required",
        ),
        (
            ".c7{font-weight:700}.c1{font-weight:400}",
            f'<span class="c1 c7"><a href="{A}">A</a></span>',
            None,
        ),
        (
            ".c7{font-weight:700}",
            f'<span class="c7" style="font-weight:normal"><a href="{A}">A</a></span>',
            None,
        ),
        # Google Docs' clipboard wraps everything in <b style="font-weight:normal">
        ("", f'<b style="font-weight:normal"><a href="{A}">A</a></b>', None),
        # the link's own class, and a class inside it covering its whole text
        (".c7{font-weight:700}", f'<a class="c7" href="{A}">A</a>', "required"),
        (".c7{font-weight:700}", f'<a href="{A}"><span class="c7">A</span></a>', "required"),
        (".c7{font-weight:700}", f'<a href="{A}"><span class="c7">A</span>, ch. 1</a>', None),
        # only simple class selectors; comments and @import are no rules
        ("p .c7{font-weight:700}", f'<span class="c7"><a href="{A}">A</a></span>', None),
        ("li > .c7{font-weight:700}", f'<span class="c7"><a href="{A}">A</a></span>', None),
        (".x,.c7{font-weight:700}", f'<span class="c7"><a href="{A}">A</a></span>', "required"),
        ("/* .c7{font-weight:700} */", f'<span class="c7"><a href="{A}">A</a></span>', None),
        (
            "@import url(https://fonts.example/css);.c7{font-weight:700}",
            f'<span class="c7"><a href="{A}">A</a></span>',
            "required",
        ),
        (
            "@media print{.c7{font-weight:700}}",
            f'<span class="c7"><a href="{A}">A</a></span>',
            "required",
        ),
        # a page without <style>: a class names no style
        ("", f'<span class="c7"><a href="{A}">A</a></span>', None),
    ],
)
def test_a_style_from_css(css: str, item: str, requirement: str | None) -> None:
    assert _requirements(css, item) == [requirement, "required"]


def test_bold_italic_class_under_a_bold_key_only() -> None:
    page = (
        "<style>.c6{color:#1155cc}.c14{font-style:italic;font-weight:700}</style>"
        "<p>Papers shown in bold are required; the others are optional.</p>"
        f'<h3>Jan 22: Trust</h3><ul><li><span class="c6 c14"><a href="{A}">A</a></span></li>'
        f'<li><span class="c6"><a href="{B}">B</a></span></li></ul>'
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [(r.text, r.requirement) for r in lectures[0].readings] == [
        ("A", "required"),
        ("B", "optional"),
    ]


def test_a_google_docs_published_page_keeps_its_style_in_the_body() -> None:
    page = (
        '<html><head><link href="x.css" rel="stylesheet"></head><body><div id="contents">'
        "<style>.c1{font-weight:400;font-style:normal}.c7{font-weight:700}</style>"
        '<p><span class="c1">The papers set in </span><span class="c1 c7">bold</span>'
        '<span class="c1"> are the ones we discuss in class, and everyone must have read '
        "them before we meet. The others are optional extras.</span></p>"
        "<table><tr><td>Date</td><td>Topic</td><td>Readings</td></tr>"
        "<tr><td>Tue Jan 13</td><td>Intro</td><td><ul>"
        f'<li><span class="c1">Amershi (2019). </span>'
        f'<span class="c6 c7"><a href="{A}">A</a></span></li>'
        f'<li><span class="c1">Horvitz (1999). </span>'
        f'<span class="c6"><a href="{B}">B</a></span></li>'
        "</ul></td></tr></table></div></body></html>"
    )
    lectures = read_html(page, "syllabus.html", None, lambda _: 1)
    assert [(r.text, r.requirement) for r in lectures[0].readings] == [
        ("A", "required"),
        ("B", "optional"),
    ]


@pytest.mark.parametrize(
    ("css", "classes"),
    [
        ("", {}),
        (".c6{color:red}.c9{padding:0}", {}),  # no font rule: nothing kept
        (".c7{font-weight:700}", {"c7": {"bold": (1, True)}}),
        (
            ".c1{font-weight:400;font-style:normal}",
            {"c1": {"bold": (1, False), "italic": (1, False)}},
        ),
        ("span.c7{font-weight:700}", {}),  # an element's class: no simple selector
    ],
)
def test_class_styles(css: str, classes: dict[str, dict[str, tuple[int, bool]]]) -> None:
    tree = LexborHTMLParser(f"<html><head><style>{css}</style></head><body></body></html>")
    assert class_styles(tree) == classes


@pytest.mark.parametrize(
    ("declarations", "styles"),
    [
        ("font-weight:700", {"bold": True}),
        ("font-weight: bold !important", {"bold": True}),
        ("font-weight:bolder", {"bold": True}),
        ("font-weight:400", {"bold": False}),
        ("font-weight:300", {"bold": False}),
        ("font-style:oblique", {"italic": True}),
        ("font-style:normal", {"italic": False}),
        ("font-size:10pt;font-family:Arial", {}),
        ("font:bold 12px Arial", {"bold": True}),
    ],
)
def test_declared_styles(declarations: str, styles: dict[str, bool]) -> None:
    assert declared(declarations) == styles


@pytest.mark.parametrize(
    ("key", "styles", "others"),
    [
        (
            "The papers set in bold are the ones we discuss in class, and everyone must "
            "have read them before we meet. The others are optional extras.",
            [(("b", "strong"), "required")],
            "optional",
        ),
        (
            "Papers printed in italics are background for the curious, and optional.",
            [(("i", "em"), "optional")],
            None,
        ),
        (
            "Readings shown in bold are what we discuss; everyone is expected to have read them.",
            [],  # the phrase is past the sentence's clause
            None,
        ),
        (
            "Papers set in bold are discussed in class, the others are optional.",
            [],  # a requirement word about the others is not the bold papers'
            None,
        ),
    ],
)
def test_a_style_key_whose_requirement_comes_later(
    key: str, styles: list[object], others: str | None
) -> None:
    assert list(legends(key)) == styles
    assert legend_others(key, ()) == others
