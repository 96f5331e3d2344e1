"""Rules the real72 blind rounds showed: a key to runs of a sign named by their count
(``two stars (★★) means …, one star (★) means …``), each run keyed as drawn; and a
short tag written after links (a badge, ``[elective]``, ``(deep cut)``) that a key
sentence names, which marks the link it follows."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from readlist.extract import dom
from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import symbol_legends

A, B, C = "https://x.org/a", "https://x.org/b", "https://x.org/c"

CASE_KEY = (
    "How to read the stars: two stars (★★) means read it closely before class because"
    " we'll work through it together, one star (★) means a skim is enough, and anything"
    " without a star is background if you want to go further."
)


def _cell(*marks: str) -> str:
    """A readings cell: each mark opening a line with its link (A, B, C in order)."""
    return "<br>".join(
        f"{mark} [{url[-1].upper()}]({url})".lstrip()
        for mark, url in zip(marks, (A, B, C), strict=False)
    )


def _table(cell: str, key: str) -> list[str | None]:
    page = (
        "| Date | Topic | Readings |\n| --- | --- | --- |\n"
        f"| Tue Jan 13 | Overview | {cell} |\n| Thu Jan 15 | Trust | |\n\n{key}\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    return [r.requirement for r in lectures[0].readings]


@pytest.mark.parametrize(
    ("marks", "key", "requirements"),
    [
        # the blind case's key, in the staff's words: ★★ required, ★ and no star optional
        (("★★", "★", ""), CASE_KEY, ["required", "optional", "optional"]),
        # a run of bangs, keyed by count
        (
            ("!!!", "!"),
            "Three exclamation marks (!!!) means required, one bang (!) means optional.",
            ["required", "optional"],
        ),
        # a run the key does not name is marked all the same: "without a star" never reaches it
        (("★★★", "★★", ""), CASE_KEY, [None, "required", "optional"]),
        # a run of two is not marked by the one-star key
        (
            ("★★", "★", ""),
            "One star (★) means a skim is enough, and anything without a star is required.",
            [None, "optional", "required"],
        ),
        # negative: a count that is not the run's length names no run
        (("★★★", ""), "Two stars (★★★) means read it closely.", [None, None]),
        # negative: a negated meaning says none
        (("★★", ""), "Two stars (★★) means you need not read it closely.", [None, None]),
    ],
)
def test_a_key_to_runs_of_a_sign(
    marks: tuple[str, ...], key: str, requirements: list[str | None]
) -> None:
    assert _table(_cell(*marks), key) == requirements


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (CASE_KEY.lower(), {"★★": "required", "★": "optional"}),
        (
            "two stars (★★) = must read; one star (★) = skim is enough.",
            {"★★": "required", "★": "optional"},
        ),
        ("a single star (⭐) means skimming is enough.", {"⭐": "optional"}),
        ("two stars (★★★) means read it closely.", {}),  # the count is not the run's
        ("two stars (★★) means we like it.", {}),  # no meaning said
    ],
)
def test_the_runs_a_key_names(key: str, signs: dict[str, str]) -> None:
    assert dict(symbol_legends(key)) == signs


TAG_KEY = """<aside class="alert"><p>Every reading carries a tag.
<span class="badge">core</span> papers are the ones everyone reads before lecture.
<span class="badge">elective</span> papers are there if you want more on the topic, and a
<span class="badge">deep cut</span> is a technical paper for your own interest.</p>
<p>Papers tagged <span class="badge">for discussion</span> are the ones the panel
presents; {back}.</p></aside>"""


def _tagged(key: str, tags: tuple[str, ...], badge: bool = True) -> list[str | None]:
    urls = [f"https://x.org/{n}" for n in range(len(tags))]
    drawn = [
        f'<span class="badge">{tag}</span>' if badge else f'<span class="tag">[{tag}]</span>'
        for tag in tags
    ]
    items = "\n".join(
        f'<li><a href="{url}">Paper {n}</a> {mark}</li>'
        for n, (url, mark) in enumerate(zip(urls, drawn, strict=True))
    )
    page = (
        f"<main>{key}\n<h5>Tue, Jan 20 — Robustness</h5>\n<ul>{items}</ul>\n"
        '<h5>Thu, Jan 22 — Privacy</h5>\n<ul><li><a href="https://x.org/z">Z</a></li></ul></main>'
    )
    lectures = read_html(page, "lectures.html", None, lambda _: 1)
    return [r.requirement for r in lectures[0].readings]


EVERY_TAG = ("core", "elective", "deep cut", "for discussion", "elective", "deep cut")
EVERY_TAG += ("for discussion",)
CASE_MEANINGS = ["required", "optional", "optional", "required", "optional", "optional"]
CASE_MEANINGS += ["required"]


@pytest.mark.parametrize(
    ("key", "tags", "badge", "requirements"),
    [
        # badges the key names, each in its own clause; "for discussion" by the clause
        # after the semicolon that refers back ("everyone reads those too")
        (TAG_KEY.format(back="everyone reads those too"), EVERY_TAG, True, CASE_MEANINGS),
        # the same tags written in brackets
        (TAG_KEY.format(back="everyone reads those too"), EVERY_TAG, False, CASE_MEANINGS),
        # a later clause that refers back with another meaning
        (
            TAG_KEY.format(back="they are optional"),
            ("for discussion", "for discussion"),
            True,
            ["optional", "optional"],
        ),
        # negative: a later clause that does not refer back says nothing of the tag
        (
            TAG_KEY.format(back="everyone reads the core papers"),
            ("for discussion", "for discussion"),
            True,
            [None, None],
        ),
        # negative: a tag written once is no label
        (
            TAG_KEY.format(back="everyone reads those too"),
            ("core", "elective"),
            True,
            ["required", None],
        ),
        # negative: no key sentence: the tags in use are no key ("… [core] … [elective]")
        ("", ("core", "elective", "core", "elective"), False, ["required", None, "required", None]),
    ],
)
def test_a_tag_after_links_that_a_key_names(
    key: str, tags: tuple[str, ...], badge: bool, requirements: list[str | None]
) -> None:
    assert _tagged(key, tags, badge) == requirements


@pytest.mark.parametrize(
    ("html", "tag"),
    [
        ('<a href="u">A</a> <span class="badge text-bg-dark">Deep cut</span>', "deep cut"),
        ('<a href="u">A</a> <span class="tag">[elective]</span>', "elective"),
        ('<a href="u">A</a> (for discussion), by Ana', "for discussion"),
        ('<a href="u">A</a> <span>elective</span>', None),  # no badge, no brackets
        ('<a href="u">A</a> (Smith, 2019)', None),  # a citation, no tag
        ('<a href="u">A</a> <span>(2019) Nature</span>', None),  # not the element's whole text
        ('<a href="u">A</a> [one two three four five]', None),  # more than four words
    ],
)
def test_the_tag_after_a_link(html: str, tag: str | None) -> None:
    body = LexborHTMLParser(f"<p>{html}</p>").body
    assert body is not None
    link = body.css_first("a")
    assert link is not None
    assert dom.tag_after(link) == tag


def test_tags_after_links_are_labels_the_page_writes() -> None:
    page = (
        '<ul><li><a href="a">A</a> <span class="badge">elective</span></li>'
        '<li><a href="b">B</a> [elective]</li><li><a href="c">C</a> (deep cut)</li></ul>'
    )
    body = LexborHTMLParser(page).body
    assert body is not None
    assert dom.written_labels(body) == {"elective"}  # twice; "deep cut" once
