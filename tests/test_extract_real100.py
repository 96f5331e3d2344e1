"""Rules from blind round real100 (Just the Class modules, a seminar README, a Quarto
site): past offerings in pages named by term, a key to the second paper, "everything
else we list", a badge's key, Quarto callouts as boxes, a marked reference paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.page import pandoc
from readlist.extract.reader import first_legend, later_legend, legend_others, symbol_legends
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


TABLE = "| Date | Topic | Paper |\n|---|---|---|\n| {day} | T | [P](https://x.org/{name}) |\n"


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("fa23.md", False),
        ("spring-2024.md", False),
        ("schedule_sp24.md", False),
        ("readings-fa23.md", False),
        ("notes-2023.md", True),  # not a schedule page: the site's own
    ],
)
def test_a_page_named_by_a_past_term_is_another_offering(
    tmp_path: Path, name: str, read: bool
) -> None:
    (tmp_path / "README.md").write_text(TABLE.format(day="Jan 15", name="now"))
    (tmp_path / name).write_text(TABLE.format(day="Sep 5", name="old"))
    files = {lec.file for lec in extract_site(tmp_path).lectures}
    assert files == ({"README.md", name} if read else {"README.md"})


@pytest.mark.parametrize(
    ("key", "later"),
    [
        ("The first paper in each row is required; the second paper, when a row has one, "
         "is optional background.", "optional"),
        ("The first paper in each row is required; the second one is optional.", "optional"),
        ("The first paper in each row is required; the second paper is required too.",
         "required"),
    ],
)  # fmt: skip
def test_a_key_to_the_second_paper(key: str, later: str) -> None:
    assert (first_legend(key), later_legend(key)) == ("required", later)


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Readings with a green Required label are required. Everything else we list is "
         "optional, for going deeper.", "optional"),
        ("Papers with an optional badge are extras; everything else you link is required.",
         "required"),
        ("Everything else we list is optional.", None),
    ],
)  # fmt: skip
def test_everything_else_we_list_beside_a_badges_key(key: str, others: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == others


QUARTO = """## Week 3 (Feb 3 & 5): Matching

::: {.callout-note title="Read before class"}
Rosenbaum & Rubin (1983). The central role of the propensity score. [Paper](https://x.org/a)
:::

- Stuart (2010), [Matching Methods](https://x.org/b) ([PMC](https://x.org/b-pmc)).

::: {.callout-tip collapse="true"}
## Optional
- [C](https://x.org/c)
:::
"""


def test_a_quarto_callout_is_a_box_apart_from_its_body() -> None:
    (lecture,) = read_markdown(pandoc(QUARTO), "s.qmd", None)
    assert lecture.key == "Feb 3 & 5"
    titles = {r.url: r.title for r in lecture.readings}
    assert titles["https://x.org/a"].startswith("Rosenbaum & Rubin (1983)")
    assert titles["https://x.org/b-pmc"] == "Matching Methods"
    # the box's label ends with it: Stuart's item is not under "Optional" nor the box
    assert readings(lecture) == {
        "https://x.org/a": None,
        "https://x.org/b": None,
        "https://x.org/b-pmc": None,
        "https://x.org/c": "optional",
    }


@pytest.mark.parametrize("text", ["PMC", "[PubMed Central]"])
def test_pubmed_central_is_a_generic_link_text(text: str) -> None:
    assert classify.is_generic(text)


def test_a_marked_reference_paragraph_beside_a_box() -> None:
    page = (
        "## Mar 2: Stereo\n\n**Required:** Snavely, [Photo Tourism](https://x.org/a)\n\n"
        "Schönberger and Frahm, [SfM Revisited](https://x.org/b) (optional)\n\n"
        "See the [course forum](https://x.org/forum) for questions.\n\n"
        '!!! tip "Optional"\n    Hartley, [Multiple View Geometry](https://x.org/c).\n'
    )
    from readlist.extract.page import blocks

    (lecture,) = read_markdown(blocks(page), "s.md", None)
    assert readings(lecture) == {
        "https://x.org/a": "required",
        "https://x.org/b": "optional",
        "https://x.org/c": "optional",
    }


KEY = "Readings in the blue boxes are required; anything in a collapsed green box is optional."
COLOURED = (
    KEY
    + """

## Week 1 (Jan 13 & 15): Outcomes

::: {.callout-note title="Read before class"}
- [A](https://x.org/a)
:::

::: {.callout-tip collapse="true"}
## Case studies
- [B](https://x.org/b)
:::

::: {.callout-important}
- [C](https://x.org/c)
:::
"""
)


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("", {"https://x.org/a": "required", "https://x.org/b": "optional"}),
        ("Readings in the red boxes are optional.", {"https://x.org/c": "optional"}),
    ],
)
def test_a_key_names_quarto_callouts_by_colour(key: str, found: dict[str, str]) -> None:
    page = COLOURED if not key else COLOURED.replace(KEY, key)
    (lecture,) = read_markdown(pandoc(page), "s.qmd", None)
    got = readings(lecture)
    assert {url: got[url] for url in found} == found
    assert all(got[url] is None for url in got if url not in found)
