"""Rules from the real139 round: calendar grids whose cells put the date alone on its
line (MIT 6.824's schedule), lecture pages whose ``readings:`` mapping groups papers by
role (CMU 15-721's), a table's material columns, and a key the home page gives the
schedule in a sentence that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

GRID = """<html><body><table>
<tr><th>Monday</th><th>Tuesday</th><th>Wednesday</th></tr>
<tr><td></td>
<td><span class="date">jan 21</span><br>
<b>LEC 1:</b> <a href="notes/l01.txt">Introduction</a>, <a href="notes/crawler.go">crawler.go</a>,
<a href="video/1.html">video</a><br>
<b>Preparation:</b> Read <a href="papers/mapreduce.pdf">MapReduce (2004)</a>
(<a href="papers/mr-faq.txt">FAQ</a>) (<a href="questions.html?q=mr">Question</a>)<br>
<i>Optional:</i> <a href="https://b.org/b">Paper B</a>
</td>
<td><span class="date">jan 23</span><br><b>Mid-term exam</b> (in class)<br>
Open book. <a href="quizzes/old.html">Old exams</a></td></tr>
</table></body></html>
"""


def _lectures(site: Path) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    return [
        (lec.key, lec.title, [(r.url, r.requirement) for r in lec.readings])
        for lec in extract_site(site).lectures
    ]


def test_grid_cells_topic_on_the_line_after_the_date(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"schedule.html": GRID})
    assert _lectures(site) == [
        # the topic's own links (notes, code, video) are the title's, not readings; the
        # FAQ and Question beside the paper are the class's material
        (
            "jan 21",
            "Introduction",
            [("papers/mapreduce.pdf", None), ("https://b.org/b", "optional")],
        ),
        ("jan 23", "Mid-term exam (in class)", []),
    ]


def test_the_home_pages_key_for_the_schedule_keeps_its_sentences_opening(
    tmp_path: Path,
) -> None:
    home = (
        "<html><body><p>Most lectures are built around one paper, listed on the schedule "
        "after\n<b>Preparation:</b>. That paper is required: you are expected to have "
        "read it before lecture.</p></body></html>"
    )
    site = write_site(tmp_path, {"index.html": home, "schedule.html": GRID})
    assert keyed_readings(site) == [
        ("jan 21", "papers/mapreduce.pdf", "required"),
        ("jan 21", "https://b.org/b", "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("crawler.go", True),
        ("kv_server.cc", True),
        ("FAQ", True),
        ("Question", True),
        ("Go tutorial", False),
        ("The Go Programming Language", False),
    ],
)
def test_code_files_faqs_and_questions_are_material(text: str, material: bool) -> None:
    from readlist.extract import classify

    assert classify.names_material(text) is material


def test_a_code_file_is_no_reading(tmp_path: Path) -> None:
    page = "# Schedule\n\n## Jan 13: RPC\n\n- [Threads in Go](https://x.org/src/main.go)\n"
    page += "- [Threads and RPC](https://a.org/rpc.pdf)\n"
    site = write_site(tmp_path, {"schedule.md": page})
    assert keyed_readings(site) == [("Jan 13", "https://a.org/rpc.pdf", None)]


LECTURE_PAGE = """---
title: "Lecture #03: Storage"
date: 2025-01-22
readings:
  primary:
    - title: "Column-Stores vs. Row-Stores"
      url: https://a.org/a
  optional:
    - title: "Columnar Formats"
      url: https://b.org/b
  background:
    - title: "Dremel"
      url: https://c.org/c
  slides:
    - title: "Lecture slides"
      url: https://d.org/d.pdf
---

Row and column storage.
"""


def test_a_readings_mapping_grouped_by_role(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "hugo.toml": 'title = "x"\n',
            "content/slides/03-storage.md": LECTURE_PAGE,
            "content/slides/04-formats.md": LECTURE_PAGE.replace("2025-01-22", "2025-01-27")
            .replace("#03", "#04")
            .replace("a.org/a", "a.org/a2"),
        },
    )
    found = keyed_readings(site)
    # each role's list is read ("slides" names no role of a reading); the roles'
    # own words say optional for "optional" only, the course's key says the rest
    assert ("2025-01-22", "https://a.org/a", None) in found
    assert ("2025-01-22", "https://b.org/b", "optional") in found
    assert ("2025-01-22", "https://c.org/c", None) in found
    assert not any(link == "https://d.org/d.pdf" for _, link, _ in found)


TABLE = """# Schedule

| # | Date | Topic | Slides | Video | Notes |
| --- | --- | --- | --- | --- | --- |
| 01 | Jan 13 | Intro | [PDF](/files/01.pdf) | [YouTube](https://youtu.be/x) | [PDF](/f/01n.pdf) |
| 02 | Jan 15 | Storage | [PDF](/files/02.pdf) | | [Abadi et al.](https://a.org/a) |
"""


def test_a_material_columns_generic_links_are_no_readings(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"schedule.md": TABLE})
    # a paper named in a Notes column still is one
    assert keyed_readings(site) == [("Jan 15", "https://a.org/a", None)]


@pytest.mark.parametrize(
    ("key", "labels", "expected"),
    [
        # the exception said first names a label: the other meaning
        (
            "Unless marked (optional) or listed after Background:, every paper in the "
            "Readings column is required: read it and submit a review.",
            (),
            {"background:": "optional"},
        ),
        # what is listed after a label, its meaning in the next sentence
        (
            "Most lectures are built around one paper, listed after Preparation:. That paper "
            "is required: you are expected to have read it.",
            ("preparation",),
            {"preparation:": "required"},
        ),
        # ... not in the same clause as another key ("listed after X, every paper ...")
        ("Papers listed after Notes, every paper in the list is required.", (), {}),
    ],
)
def test_keys_naming_a_label(key: str, labels: tuple[str, ...], expected: dict[str, str]) -> None:
    from readlist.extract.reader import symbol_legends

    assert dict(symbol_legends(key, labels)) == expected


HUGO_LAYOUT = """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ with .Params.readings }}
  {{ with .primary }}<h3>Primary Reading</h3>
  <ul>{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul>{{ end }}
  {{ with .background }}<h3>Background</h3>
  <ul>{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul>{{ end }}
{{ end }}{{ end }}
"""
HUGO_HOME = """---
title: "Course"
---

Each lecture page lists one **Primary Reading**. Everyone is expected to have read it
before class. Papers under **Background** are for students who want to go deeper.
"""


def test_a_hugo_layouts_labels_take_the_keys_meaning(tmp_path: Path) -> None:
    page = LECTURE_PAGE.replace(
        '  optional:\n    - title: "Columnar Formats"\n      url: https://b.org/b\n', ""
    )
    site = write_site(
        tmp_path,
        {
            "hugo.toml": 'title = "x"\n',
            "layouts/slides/single.html": HUGO_LAYOUT,
            "content/_index.md": HUGO_HOME,
            "content/slides/03-storage.md": page,
            "content/slides/04-formats.md": page.replace("2025-01-22", "2025-01-27")
            .replace("#03", "#04")
            .replace("a.org/a", "a.org/a2"),
        },
    )
    found = keyed_readings(site)
    # "Primary Reading" is required and "Background" optional by the home page's key
    assert ("2025-01-22", "https://a.org/a", "required") in found
    assert ("2025-01-27", "https://a.org/a2", "required") in found
    assert ("2025-01-22", "https://c.org/c", "optional") in found
