"""Rules from blind round real112 (Jekyll data with Markdown strings, a hand-written
HTML ``<dl>`` with a star legend, hugo-book week pages): a paragraph that is one
citation with its title linked, a sign closing a citation, copies named "author PDF"
or "ePrint", a label key after another mark said in a key's phrase, a marker opening a
bracket with a link inside, material places for problems and projects, a venue in
brackets of its own before a copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import symbol_legends

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"
C = "https://arxiv.org/abs/2101.00003"


def _schedule(entries: str) -> str:
    return (
        "<html><body><h2>Schedule</h2><dl>"
        "<dt>Tue 9/2 &mdash; Intro</dt><dd><p><span class='star'>&#9733;</span> Lamport. "
        f"<a href='{C}'>Time, Clocks</a>. CACM 1978.</p></dd>"
        f"<dt>Thu 9/4 &mdash; Time</dt><dd>{entries}"
        "<p class='mat'><a href='slides/02.pdf'>slides</a></p></dd></dl>"
        "<p class='legend'><span class='star'>&#9733;</span> = required reading; "
        "everything else is optional.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("entries", "readings"),
    [
        (  # authors, the title linked, venue and year
            f"<p>Kulkarni, Demirbas, Leone. <a href='{A}'>Logical Physical Clocks</a>. "
            "OPODIS 2014.</p>",
            [(A, "optional")],
        ),
        (  # and a copy after them
            f"<p>Moraru, Andersen, Kaminsky. <a href='{A}'>There Is More Consensus</a>. SOSP "
            f"2013. [<a href='{B}'>pdf</a>]</p>",
            [(A, "optional"), (B, "optional")],
        ),
        (  # a remark alone after the title
            f"<p>Kingsbury. <a href='{A}'>Consistency Models</a> (the Jepsen map)</p>",
            [(A, "optional")],
        ),
        (  # a sign closing the citation
            f"<p>Lloyd, Freedman. <a href='{A}'>Don't Settle for Eventual</a>. SOSP 2011. "
            "<span class='star'>&#9733;</span></p>",
            [(A, "required")],
        ),
        (  # prose is not a citation: beside a marked reading, no reading
            f"<p><span class='star'>&#9733;</span> Herlihy and Wing. <a href='{B}'>"
            "Linearizability</a>. TOPLAS 1990.</p>"
            f"<p>We will look at <a href='{A}'>the Jepsen map</a> in class.</p>",
            [(B, "required")],
        ),
        (  # authors and a linked title, then prose: no citation
            f"<p><span class='star'>&#9733;</span> Herlihy and Wing. <a href='{B}'>"
            "Linearizability</a>. TOPLAS 1990.</p>"
            f"<p>Kingsbury. <a href='{A}'>Consistency Models</a> is the map we use.</p>",
            [(B, "required")],
        ),
    ],
)
def test_a_paragraph_that_is_one_citation(
    tmp_path: Path, entries: str, readings: list[tuple[str, str]]
) -> None:
    (tmp_path / "schedule.html").write_text(_schedule(entries), encoding="utf-8")
    _, second = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in second.readings] == readings


@pytest.mark.parametrize("text", ["author PDF", "ePrint", "author's copy", "free copy"])
def test_a_copy_named_by_whose_it_is(text: str) -> None:
    assert classify.is_generic(text)


@pytest.mark.parametrize(
    ("key", "found"),
    [
        (
            "Anything marked (optional) or listed after Background: is there if you want "
            "more context; it will not be on the midterm.",
            "optional",
        ),
        ("Anything in bold or listed under Core: is required.", "required"),
        ("Anything marked (optional) or listed after Background: is on the midterm.", None),
    ],
)
def test_a_label_key_after_another_mark(key: str, found: str | None) -> None:
    labels = dict(symbol_legends(key))
    assert labels.get("background:", labels.get("core:")) == found


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (" (optional; if you read it, read the ", "optional"),
        (" (required, and so is the ", "required"),
        (" (optional: ", None),  # the next link's prefix
        (" (optional; ", None),
    ],
)
def test_a_marker_opening_a_bracket_a_link_is_inside(after: str, requirement: str | None) -> None:
    assert classify.suffix_requirement(after) == requirement


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("Practice problems are on", False),
        ("Past projects are in", False),
        ("Problem sets are on", False),
        ("The paper is on", True),
    ],
)
def test_where_material_is(context: str, reading: bool) -> None:
    assert classify.is_reading("this folder", A, context) is reading


def test_a_venue_in_brackets_of_its_own_before_a_copy() -> None:
    page = (
        "## Monday, Sept 22: Moderation\n\n"
        f"- Chandrasekharan et al., [You Can't Stay Here]({A}) (CSCW 2017) [[pdf]({B})]\n"
    )
    (lecture,) = read_markdown(page, "week-03.md", None)
    assert [r.title for r in lecture.readings] == ["You Can't Stay Here"] * 2
