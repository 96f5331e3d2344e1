"""Rules from blind rounds real102 and real103 (a Canvas syllabus page, a tex4ht
syllabus, academicpages, distill, Moodle): markers with a condition after a citation,
a venue's copy, a file's preview link, and what is not the course."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex


def html(page: str) -> dict[str, tuple[str | None, str]]:
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    return {r.url: (r.requirement, r.title) for r in lecture.readings}


@pytest.mark.parametrize(
    ("after", "found"),
    [
        (", Nature 393. (required for SOC 558 students)", "required"),
        (". SC 2021. (optional; §3 only)", "optional"),
        (", ch. 5-6 (optional)", "optional"),
        (", Nature 393. (see also the notes for this week)", None),
    ],
)
def test_a_marker_ending_a_citations_clause(after: str, found: str | None) -> None:
    assert classify.suffix_requirement(after) == found


@pytest.mark.parametrize(
    ("text", "before", "venue"),
    [
        ("MLSys", "Gale et al. MegaBlocks. MLSys 2023. [", True),
        ("[NeurIPS]", "Ho et al., Diffusion. NeurIPS 2020 ", True),
        ("MLSys", "Gale et al. MegaBlocks. 2023. [", False),
        ("MegaBlocks paper", "Gale et al. MegaBlocks. MLSys 2023. [", False),
    ],
)
def test_a_link_named_for_its_citations_venue(text: str, before: str, venue: bool) -> None:
    assert classify.names_venue(text, before) is venue


def test_a_venue_copy_and_the_next_copy_take_the_citation() -> None:
    page = (
        "<h3>Nov 6</h3><ul><li>Gale et al. MegaBlocks: Sparse Training. MLSys 2023. "
        "[<a href='https://m.org/a'>MLSys</a>] [<a href='https://arxiv.org/abs/2211.15841'>"
        "arXiv</a>]</li></ul>"
    )
    titles = {url: title for url, (_, title) in html(page).items()}
    assert set(titles.values()) == {"Gale et al. MegaBlocks: Sparse Training. MLSys 2023"}


def test_a_files_preview_link_does_not_part_it_from_its_sign() -> None:
    page = (
        "<p>★ = required; unstarred readings are optional background.</p><h3>Wed, Feb 14</h3>"
        "<ul><li>Salganik, ch. 6: <a href='https://c.edu/files/1'>Salganik_ch6.pdf</a>"
        "<a class='file_preview_link' href='https://c.edu/files/1/preview'><img alt=''></a> ★"
        "</li><li><a href='https://x.org/b'>B</a></li></ul>"
    )
    found = {url: req for url, (req, _) in html(page).items()}
    assert found == {"https://c.edu/files/1": "required", "https://x.org/b": "optional"}
