"""Rules from blind rounds real102 and real103 (a Canvas syllabus page, a tex4ht
syllabus, academicpages, distill, Moodle): markers with a condition after a citation,
a venue's copy, a file's preview link, and what is not the course."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
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


@pytest.mark.parametrize("path", ["/mod/forum/view.php?id=1", "/mod/quiz/view.php?id=2"])
def test_moodle_activities_on_any_host_are_no_readings(path: str) -> None:
    assert not classify.is_reading("Seminar forum", f"https://vle.northfield.ac.uk{path}")
    assert classify.is_reading("A Study", "https://vle.northfield.ac.uk/mod/resource/view.php?id=3")


@pytest.mark.parametrize("text", ["Cambridge Core", "[ScienceDirect]", "Wiley Online Library"])
def test_a_publishers_library_is_a_generic_link_text(text: str) -> None:
    assert classify.is_generic(text)


def test_a_renamed_break_week_with_its_days_in_brackets_is_an_entry() -> None:
    page = (
        "<h3>10 February - 16 February</h3><ul><li><a href='https://x.org/a'>A</a></li></ul>"
        "<h3><a href='#s7'>Reading week (17 February - 23 February)</a></h3><p>No teaching.</p>"
        "<h3>24 February - 2 March</h3><ul><li><a href='https://x.org/b'>B</a></li></ul>"
    )
    lectures = read_html(page, "s.html", None, LineIndex(page))
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("10 February - 16 February", ""),
        ("17 February - 23 February", "Reading week"),
        ("24 February - 2 March", ""),
    ]


@pytest.mark.parametrize("chunk", ['readr::read_csv("schedule.csv")', "read.csv('schedule.csv')"])
def test_a_csv_a_code_chunk_knits_is_the_schedule(tmp_path: Path, chunk: str) -> None:
    (tmp_path / "_site.yml").write_text("name: ml\n")
    (tmp_path / "schedule.csv").write_text(
        "date,topic,reading\n2025-01-16,Intro,[ISLR ch. 2](https://x.org/islr2)\n"
        "2025-01-23,Regression,[ISLR ch. 3](https://x.org/islr3)\n"
    )
    (tmp_path / "schedule.Rmd").write_text(
        f"---\ntitle: Schedule\n---\n\n```{{r, echo=FALSE}}\nknitr::kable({chunk})\n```\n"
    )
    (tmp_path / "notes.csv").write_text("date,topic,reading\n2025-01-16,X,[Y](https://x.org/y)\n")
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, [r.link for r in lec.readings]) for lec in lectures] == [
        ("2025-01-16", ["https://x.org/islr2"]),
        ("2025-01-23", ["https://x.org/islr3"]),
    ]
