"""Rules found by blind round real129: seminar tables titled by their paper beside a
slides column, past terms kept on this term's page, first-paper keys that reach a data
file's records, and the notes a row writes about its own papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.reader import column_legends, first_legend, later_legend
from readlist.extract.tables import _title_column
from tests.site_helpers import write_site

A, B, C = "https://a.org/a.pdf", "https://b.org/b.pdf", "https://c.org/c.pdf"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (["Date", "Presenter", "Paper(s)", "Slides & notes"], "Paper(s)"),
        (["Date", "Presenter", "Paper", "Slides"], "Paper"),
        (["Date", "Presenter", "Paper", "Video"], "Paper"),
        (["Date", "Topic", "Slides", "Readings"], "Topic"),
        (["Date", "Event", "Slides", "Readings"], "Event"),
        # no other column names the lecture: the slides' link text does
        (["Date", "Slides", "Readings"], "Slides"),
    ],
)
def test_a_slides_column_never_titles_a_row_beside_a_paper(header: list[str], title: str) -> None:
    assert header[_title_column(header, 0)] == title


def _readings(site: Path) -> list[tuple[str, str, str | None]]:
    return [
        (lec.key, r.url, r.requirement) for lec in extract_site(site).lectures for r in lec.readings
    ]


SEMINAR = """\
<html><body>
<p>{key}</p>
<table>
<tr><th>Date</th><th>Presenter</th><th>Paper(s)</th><th>Slides &amp; notes</th></tr>
<tr><td>Thu Jan 15</td><td>Ana</td>
  <td><a href="{a}">Paper A</a><br>
  <span>Related: <a href="{b}">Paper B</a></span></td>
  <td><a href="s1.pdf">slides</a> &middot; <a href="https://zoom.us/j/1">Zoom</a></td></tr>
<tr><td>Thu Jan 22</td><td>Ben</td>
  <td><a href="{c}">Paper C</a><br>
  <a href="{b}x">Paper D</a><br>
  <em>Two papers this week, both required.</em><br>
  <span>Related: Smith. A study of things. <i>JNCI</i> 1959. [<a href="{a}y">pdf</a>]</span></td>
  <td><a href="s2.pdf">slides</a> &middot; <a href="https://zoom.us/j/1">Zoom</a></td></tr>
</table></body></html>
"""
KEY = (
    "Everyone reads the first paper in each row before the seminar. Papers after "
    "<i>Related:</i> are optional."
)


def test_a_seminar_row_is_titled_by_its_paper_and_keyed_by_its_first(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"schedule.html": SEMINAR.format(key=KEY, a=A, b=B, c=C)})
    lectures = extract_site(site).lectures
    assert [lec.title for lec in lectures] == ["Paper A", "Paper C"]
    assert _readings(site) == [
        ("Thu Jan 15", A, "required"),  # the first paper of its row
        ("Thu Jan 15", B, "optional"),  # after "Related:"
        ("Thu Jan 22", C, "required"),
        ("Thu Jan 22", B + "x", "required"),  # "Two papers this week, both required."
        ("Thu Jan 22", A + "y", "optional"),
    ]
    pdf = lectures[1].readings[-1]
    assert pdf.title == "Smith. A study of things. JNCI 1959"  # no "Related:" label


def test_without_the_key_the_row_note_still_speaks_for_its_papers(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"schedule.html": SEMINAR.format(key="", a=A, b=B, c=C)})
    assert [req for key, _, req in _readings(site) if key == "Thu Jan 22"][:2] == [
        "required",
        "required",
    ]
    assert [req for key, _, req in _readings(site) if key == "Thu Jan 15"] == [None, None]


@pytest.mark.parametrize(
    ("note", "requirement"),
    [
        ("Two papers this week, both required.", "required"),
        ("Both papers are required this week.", "required"),
        ("All three papers are optional", "optional"),
        ("Two papers this week: all optional", "optional"),
        ("Two papers by Smith, both required reading later", None),  # no note of them all
        ("Both required", None),  # says of what?
    ],
)
def test_a_note_of_its_own_line_speaks_for_every_paper(note: str, requirement: str | None) -> None:
    assert classify.readings_note(note) == requirement


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (" (required too: we compare it with GES)", "required"),
        (" (also required: we compare the two)", "required"),
        (" (optional as well)", "optional"),
        # after the link's own citation bracket
        (" (PLDI 1991) (required too: we compare the two)", "required"),
        (" (PLDI 1991) (also required: we compare the two)", "required"),
        (", ch. 5 (optional as well)", "optional"),
    ],
)
def test_a_marker_said_with_too_or_also(after: str, requirement: str) -> None:
    assert classify.suffix_requirement(after) == requirement


@pytest.mark.parametrize(
    ("key", "first", "later"),
    [
        ("Everyone reads the first paper in each row before the seminar.", "required", None),
        (
            "We discuss the first paper listed for each session: read it before you come, it "
            "is required. Any other papers listed are optional background.",
            "required",
            "optional",
        ),
        ("All other papers listed are optional.", None, None),  # no first-paper key
    ],
)
def test_first_paper_keys(key: str, first: str | None, later: str | None) -> None:
    assert first_legend(key) == first
    assert later_legend(key) == later


def test_everyone_reads_a_column() -> None:
    key = "Everyone reads the paper in the *Paper* column before we meet; that one is required."
    assert column_legends(key) == {"paper": "required"}


def test_a_sign_beside_a_link_outranks_the_key_of_its_column(tmp_path: Path) -> None:
    readme = (
        "# Group\n\nEveryone reads the paper in the *Paper* column before we meet.\n"
        "Papers marked with † are optional extras.\n\n"
        "| Date | Presenter | Paper | Slides |\n|---|---|---|---|\n"
        f"| Jan 9 | Ann | [Alpha]({A})<br>† [Beta]({B}) | [pdf](s.pdf) |\n"
        f"| Jan 16 | Bob | [Gamma]({C}) | [pdf](s.pdf) |\n"
    )
    site = write_site(tmp_path, {"README.md": readme})
    assert _readings(site) == [
        ("Jan 9", A, "required"),
        ("Jan 9", B, "optional"),
        ("Jan 16", C, "required"),
    ]


SESSIONS = f"""\
- date: 2025-09-03
  theme: Kickoff
  papers:
    - title: Paper A
      url: {A}
      pdf: {A}x
    - title: Paper B
      url: {B}
- date: 2025-09-10
  theme: Attacks
  papers:
    - title: Paper C
      url: {C}
"""
RENDER = """\
---
title: Seminar
---
We discuss the first paper listed for each session: read it before you come, it is
required. Any other papers listed are optional background.
{% for s in site.data.sessions %}<p>{{ s.theme }}</p>{% endfor %}
"""


def test_a_first_paper_key_reaches_the_records_the_page_renders(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {"_config.yml": "title: x\n", "_data/sessions.yml": SESSIONS, "seminar.html": RENDER},
    )
    assert _readings(site) == [
        ("2025-09-03", A, "required"),
        ("2025-09-03", A + "x", "required"),  # the first paper's pdf: a copy of it
        ("2025-09-03", B, "optional"),
        ("2025-09-10", C, "required"),
    ]


def _table(rows: list[tuple[str, str, str]]) -> str:
    lines = ["| Date | Presenter | Paper |", "|---|---|---|"]
    lines += [
        f"| {date} | {who} | [{title}]({url}) |"
        for date, who, (title, url) in ((d, w, (t, f"https://x.org/{t}.pdf")) for d, w, t in rows)
    ]
    return "\n".join(lines) + "\n"


THIS_TERM = _table([("Jan 9", "Ann", "P1"), ("Jan 16", "Bob", "P2")])
LAST_TERM = _table([("Sep 12", "Cy", "Q1"), ("Sep 19", "Di", "Q2")])


@pytest.mark.parametrize(
    ("readme", "keys"),
    [
        # past terms in <details> boxes under "Past terms": not this term's sessions
        (
            f"## Winter 2026\n\n{THIS_TERM}\n## Past terms\n\n<details>\n"
            f"<summary><b>Fall 2025</b> (7 sessions)</summary>\n\n{LAST_TERM}\n</details>\n",
            ["Jan 9", "Jan 16"],
        ),
        # a box named by an earlier term, under no archive heading
        (
            f"## Schedule\n\n{THIS_TERM}\n<details>\n<summary>Fall 2025</summary>\n\n"
            f"{LAST_TERM}\n</details>\n",
            ["Jan 9", "Jan 16"],
        ),
        # two term headings: the latest
        (f"## Fall 2025\n\n{LAST_TERM}\n## Winter 2026\n\n{THIS_TERM}", ["Jan 9", "Jan 16"]),
        # "Past sessions" are this term's, already held
        (
            f"## Upcoming\n\n{THIS_TERM}\n## Past sessions\n\n{LAST_TERM}",
            ["Jan 9", "Jan 16", "Sep 12", "Sep 19"],
        ),
        # a page of past terms alone is read
        (f"## Archive\n\n{LAST_TERM}", ["Sep 12", "Sep 19"]),
        # a fenced example is no heading
        (
            f"{THIS_TERM}\n```\n## Past terms\n```\n\n{LAST_TERM}",
            ["Jan 9", "Jan 16", "Sep 12", "Sep 19"],
        ),
    ],
)
def test_past_terms_on_this_terms_page_are_not_read(
    tmp_path: Path, readme: str, keys: list[str]
) -> None:
    site = write_site(tmp_path, {"README.md": f"# Reading group\n\n{readme}"})
    assert [lec.key for lec in extract_site(site).lectures] == keys
