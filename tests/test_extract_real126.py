"""Rules found by blind round real126 (sites built from LaTeX, Org and AsciiDoc sources;
see also test_extract_latex.py): a sign after a citation's tail."""

from __future__ import annotations

import pytest

from readlist.extract.markdown import read_markdown

KEY = "Readings marked † are optional.\n\n"
A, B = "https://a.org/a.pdf", "https://b.org/b.pdf"


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        (f"Carpenter et al. [Stan]({A}). *JSS* 76, 2017.†", "optional"),  # a year in the tail
        (f"Carpenter et al. [Stan]({A}). *JSS* 76.†", "optional"),  # the link's stop, a venue
        (f"[Stan]({A}).†", "optional"),
        (f"[Prior Choice Recommendations]({A}) (Stan wiki).†", "optional"),
        (f"[Stan]({A}) †", "optional"),
        # not the item's last link: the sign after B is B's
        (f"[Stan]({A}). Then [B]({B}).†", None),
        (f"[Stan]({A}). Read it all.", None),
    ],
)
def test_a_sign_ending_an_items_short_citation_marks_its_link(
    item: str, requirement: str | None
) -> None:
    (lecture,) = read_markdown(f"{KEY}## Jan 3: X\n\n- {item}\n", "s.md", None)
    assert lecture.readings[0].requirement == requirement


@pytest.mark.parametrize("lead", ["Also:", "Plus:", "Also read:", "Optional:"])
def test_a_lead_label_is_no_part_of_a_cited_title(lead: str) -> None:
    item = f"{lead} Bacon, Cheng & Rajan. A Unified Theory of Garbage Collection. [[ACM]({A})]"
    (lecture,) = read_markdown(f"## Jan 3: X\n\n- {item}\n", "s.md", None)
    assert lecture.readings[0].title.startswith("Bacon, Cheng & Rajan. A Unified Theory")


@pytest.mark.parametrize(
    ("cols", "listed"),
    [
        ('[cols="1,3a"]', True),  # the second column's cells are AsciiDoc: a list
        ('[cols="2*a"]', True),
        ('[cols="1,3"]', False),  # plain cells: a paragraph with "*" in it
        ("[cols=2]", False),
    ],
)
def test_a_column_style_makes_its_cells_asciidoc(cols: str, listed: bool) -> None:
    from readlist.extract.asciidoc import asciidoc_html

    html = asciidoc_html(f"{cols}\n|===\n| Jan 3\n|\n* [A]\n* [B]\n|===\n")
    assert ("<li>" in html) is listed


def test_a_copy_after_a_cited_bracket_with_an_entity_is_the_work() -> None:
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = (
        '<h2>Tue Sep 30: X</h2><ul><li><a href="papers/ion.pdf">Comparing Experts</a> '
        "(Ion, Reeder &amp; Consolvo, SOUPS 2015; also on "
        f'<a href="{B}">usenix.org</a>)</li></ul>'
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [r.title for r in lecture.readings] == ["Comparing Experts", "Comparing Experts"]


@pytest.mark.parametrize(
    ("key", "meaning"),
    [
        ("Each session has one discussion paper, marked ★, that everyone reads.", "required"),
        ("One paper, marked †, which is for the curious.", "optional"),
        ("One paper, marked ★, that nobody reads.", None),  # said negated: no key
    ],
)
def test_a_sign_marking_a_paper_said_of_in_its_clause(key: str, meaning: str | None) -> None:
    from readlist.extract.reader import symbol_legends

    found = dict(symbol_legends(key))
    assert next(iter(found.values()), None) == meaning
