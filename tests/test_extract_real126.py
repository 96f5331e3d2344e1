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
