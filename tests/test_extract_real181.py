"""Rules from the real181–real184 rounds: a list written straight under a definition's
topic line, a remark with a date after a marker, tools students are told to play with,
a publisher's or a draft's link, entities in MyST list-table cells, a topic line set
apart below a date paragraph, and a loaded data file read in its page's place."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from tests.site_helpers import keyed_readings, write_site

A = "https://arxiv.org/abs/2309.06180"
B = "https://dl.acm.org/doi/10.1145/3192366.3192410"


def _titles(site: Path) -> list[tuple[str, str]]:
    return [(lec.key, lec.title) for lec in extract_site(site).lectures]


DEFLIST = f"""---
title: Week 2
---

Jan 14
: **Lecture**{{: .label .label-purple }} Bottom-up search
  - [Recursive Program Synthesis]({A})
  - [Accelerating Search-Based Program Synthesis]({B}) (optional)
: [Recording](https://lakeview.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=1)

Jan 16
: Programming by example
  - [FlashMeta: A Framework for Inductive Program Synthesis](https://a.org/flashmeta.pdf)
"""


def test_a_list_written_straight_under_a_definitions_topic_line(tmp_path: Path) -> None:
    """kramdown (and pulldown-cmark) nest a list indented under ``: topic`` with no blank
    line between inside the definition: its links are the lecture's readings, the
    topic line still titles it."""
    site = write_site(tmp_path, {"_modules/week-02.md": DEFLIST})
    assert _titles(site) == [("Jan 14", "Bottom-up search"), ("Jan 16", "Programming by example")]
    assert keyed_readings(site) == [
        ("Jan 14", A, None),
        ("Jan 14", B, "optional"),
        ("Jan 16", "https://a.org/flashmeta.pdf", None),
    ]


def test_the_same_definition_written_in_html(tmp_path: Path) -> None:
    page = (
        "<html><body><dl>\n"
        f'<dt>Jan 14</dt><dd>Topic A<ul><li><a href="{A}">Paper One</a></li></ul></dd>\n'
        f'<dt>Jan 16</dt><dd><strong>Lecture</strong> Topic B<ul><li><a href="{B}">Paper Two'
        "</a></li></ul></dd>\n</dl></body></html>\n"
    )
    site = write_site(tmp_path, {"schedule.html": page})
    assert _titles(site) == [("Jan 14", "Topic A"), ("Jan 16", "Topic B")]
    assert keyed_readings(site) == [("Jan 14", A, None), ("Jan 16", B, None)]


@pytest.mark.parametrize(
    "remark", ["if you missed 2/12", "see 2/12", "covered on 2/12", "a critical look"]
)
def test_a_remark_with_a_date_after_a_marker(tmp_path: Path, remark: str) -> None:
    page = f"## Feb 19: LLM serving\n\n* [PagedAttention]({A}) (optional, {remark})\n"
    site = write_site(tmp_path, {"schedule.md": page})
    assert keyed_readings(site) == [("Feb 19", A, "optional")]


TOOL = "https://raft.github.io/raftscope/index.html"


@pytest.mark.parametrize(
    "line",
    [
        f"Play with the [Raft visualization]({TOOL}) before class.",
        f"Before class, play with the [Raft visualization]({TOOL}).",
        f"Play around with [Chi Feng's sampler]({TOOL}) to see HMC move.",
        f"[Raft visualization]({TOOL}) (play with it before class)",
        f"Play with the interactive Raft visualization before class: <{TOOL}>",
    ],
)
def test_a_tool_students_are_told_to_play_with_is_no_reading(tmp_path: Path, line: str) -> None:
    page = f"## Jan 28: Raft\n\n* [In Search of an Understandable Consensus]({A})\n\n{line}\n"
    site = write_site(tmp_path, {"schedule.md": page})
    assert keyed_readings(site) == [("Jan 28", A, None)]


def test_playing_is_no_action_inside_a_title() -> None:
    """Only a clause that opens with the verb tells students to act."""
    assert classify.is_reading("Learning to Play with Intrinsically-Motivated Agents", A)
    assert classify.is_reading("Agents That Play With Language", A, "Read")


@pytest.mark.parametrize(
    ("text", "title"),
    [("draft", "Burrows, The Chubby Lock Service"), ("USENIX", "Zaharia et al., Spark")],
)
def test_a_draft_or_a_publisher_is_a_copy_titled_by_its_citation(
    tmp_path: Path, text: str, title: str
) -> None:
    page = f"## Oct 7: Locks\n\n* {title}. [[{text}]({A})]\n"
    site = write_site(tmp_path, {"schedule.md": page})
    ((lecture),) = extract_site(site).lectures
    assert [(r.text, r.title) for r in lecture.readings] == [(text, title)]


LIST_TABLE = """# Schedule

```{list-table}
:header-rows: 1

* - Date
  - Topic
  - Readings
* - Mon Jan 13
  - Indexing &amp; retrieval
  - [Paper One](https://a.org/1.pdf)
* - Mon Jan 20
  - *No class &mdash; MLK Day*
  - &mdash;
```
"""


def test_list_table_cells_keep_their_entities_as_written(tmp_path: Path) -> None:
    """A MyST list-table's cells are titled as the page's other Markdown: entities as
    written ("Entities")."""
    site = write_site(
        tmp_path, {"conf.py": "extensions = ['myst_parser']\n", "schedule.md": LIST_TABLE}
    )
    assert _titles(site) == [
        ("Mon Jan 13", "Indexing &amp; retrieval"),
        ("Mon Jan 20", "No class &mdash; MLK Day"),
    ]


GDOCS = """<html><head><style>.c5{font-weight:700;font-size:13pt}.c9{font-style:italic}
.c1{font-weight:400}.c7{font-style:italic;font-weight:700}</style></head><body>
<h2><span class="c5">Weekly readings</span></h2>
<p><span class="c5">Week 1 &mdash; Jan 8</span></p>
<p><span class="c9">Why study misinformation?</span></p>
<p><span class="c7">Required:</span></p>
<ul><li><span class="c1">Lazer et al. </span>
<a href="https://doi.org/10.1126/science.aao2998">The science of fake news</a></li></ul>
<p><span class="c5">Week 2 &mdash; Jan 15</span></p>
<p><em>Cognitive biases</em></p>
<ul><li><a href="https://doi.org/10.1126/science.aap9559">The spread of false news</a></li></ul>
<p><span class="c5">Week 3 &mdash; Jan 22</span></p>
<p><span class="c7">Required:</span></p>
<ul><li><a href="https://a.org/3.pdf">Exposure to diverse news</a></li></ul>
</body></html>
"""


def test_a_topic_line_set_apart_below_a_date_paragraph(tmp_path: Path) -> None:
    """A paragraph of a date (and a week) alone, then a line wholly in italics or bold,
    by its tags or by the page's classes (a Google Docs export): that line titles the
    entry, also under a heading above the first; a label below names nothing."""
    site = write_site(tmp_path, {"syllabus.html": GDOCS})
    assert _titles(site) == [
        ("Jan 8", "Why study misinformation?"),
        ("Jan 15", "Cognitive biases"),
        ("Jan 22", ""),
    ]
    assert [key for key, _, _ in keyed_readings(site)] == ["Jan 8", "Jan 15", "Jan 22"]


def test_a_data_file_a_page_loads_is_read_in_the_pages_place(tmp_path: Path) -> None:
    """A Quarto page whose chunk loads ``_schedule.yml``: its entries come where the page
    is read (the site's root), before a folder of lecture pages."""
    files = {
        "_quarto.yml": "project:\n  type: website\n",
        "schedule.qmd": (
            "---\ntitle: Schedule\n---\n\n```{python}\nimport yaml\n"
            'sched = yaml.safe_load(open("_schedule.yml"))\n```\n'
        ),
        "_schedule.yml": (
            f"- date: 2025-01-07\n  topic: Intro\n  readings:\n    - title: Paper One\n"
            f"      url: {A}\n"
        ),
        "lectures/01-intro.qmd": (
            "---\ntitle: Introduction\ndate: 2025-01-07\n---\n\n"
            f"## Readings\n\n- [Paper Two]({B})\n"
        ),
        "lectures/02-search.qmd": (
            "---\ntitle: Search\ndate: 2025-01-09\n---\n\n## Readings\n\n"
            "- [Paper Three](https://a.org/3.pdf)\n"
        ),
    }
    site = write_site(tmp_path, files)
    assert [lec.file for lec in extract_site(site).lectures] == [
        "_schedule.yml",
        "lectures/01-intro.qmd",
        "lectures/02-search.qmd",
    ]
