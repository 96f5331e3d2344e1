"""Rules found by blind round real127 (requirement keys on ordinary shapes): "Unless
noted", a label a template prints named in italics, a ``background:`` list, a record's
whole-entry note, and a key naming two labels in a sentence of its own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import legend_others, symbol_legends
from readlist.extract.yamldata import read_yaml
from tests.site_helpers import write_site

A, B = "https://a.org/a.pdf", "https://b.org/b.pdf"


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Unless noted, readings are required: read them before class.", "required"),
        ("Unless otherwise noted, readings are required.", "required"),
        ("Unless marked, papers are optional.", "optional"),
        ("Readings are required unless noted.", "required"),
        ("Readings are required unless marked otherwise.", "required"),
        # no "unless": no key of this kind
        ("Readings are noted in the table.", None),
    ],
)
def test_unless_noted_says_what_unmarked_readings_are(key: str, others: str | None) -> None:
    assert legend_others(key, ()) == others


def test_unless_noted_marks_the_tables_unmarked_readings() -> None:
    page = (
        "Unless noted, readings are required. Readings marked † are optional.\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 3 | Intro | [A]({A})<br>[B]({B}) † |\n"
    )
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, "required"), (B, "optional")]


@pytest.mark.parametrize(
    ("key", "meanings"),
    [
        # the first clause says the labels' meaning, not what follows "and"
        (
            "Papers under optional: and background: are for going deeper and will not be "
            "on the midterm.",
            {"optional:": "optional", "background:": "optional"},
        ),
        ("Everything under background: is for your own interest.", {"background:": "optional"}),
        ("Papers under “Extra” are for going deeper.", {"extra:": "optional"}),
        # a negated first clause says nothing
        ("Papers under background: are not for going deeper.", {}),
    ],
)
def test_a_key_names_labels_in_a_sentence_of_its_own(key: str, meanings: dict[str, str]) -> None:
    assert dict(symbol_legends(key)) == meanings


LOOP = """---
title: Schedule
---
KEY

{% for lec in site.data.lectures %}
<h3>{{ lec.date }} {{ lec.title }}</h3>
{% if lec.readings %}<h5>Read before class</h5>
<ul>{% for r in lec.readings %}<li>{{ r | markdownify }}</li>{% endfor %}</ul>{% endif %}
{% if lec.background %}<h5>Background</h5>
<ul>{% for r in lec.background %}<li>{{ r | markdownify }}</li>{% endfor %}</ul>{% endif %}
{% endfor %}
"""


@pytest.mark.parametrize(
    "key",
    [
        "Everything under *Read before class* is required. Papers under *Background* are "
        "for going deeper.",
        "Everything under **Read before class** is required. Papers under **Background** "
        "are for going deeper.",
        "Everything listed under “Read before class” is required. Papers under "
        "“Background” are for going deeper.",
    ],
)
def test_a_key_names_the_labels_a_template_prints_over_data_fields(
    tmp_path: Path, key: str
) -> None:
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: c\n",
            "schedule.md": LOOP.replace("KEY", key),
            "_data/lectures.yml": f"- date: Jan 3\n  title: Intro\n  readings: ['[A]({A})']\n"
            f"  background: ['[B]({B})']\n",
        },
    )
    (lecture,) = extract_site(site).lectures
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, "required"), (B, "optional")]


@pytest.mark.parametrize(
    ("field", "read"),
    [
        ("background", True),  # a reading label: its list is readings
        ("further_reading", True),
        ("references", True),
        ("extras", True),
        ("literature", True),
        ("notes", False),  # a record's notes are read for the links they hold, not as a list
        ("topics", False),
    ],
)
def test_a_list_field_named_like_a_reading_label_is_read(field: str, read: bool) -> None:
    data = f"- date: Jan 3\n  title: Intro\n  {field}:\n    - title: A\n      url: {A}\n"
    (lecture,) = read_yaml(data, "_data/lectures.yml", None)
    assert [r.url for r in lecture.readings] == ([A] if read else [])


@pytest.mark.parametrize(
    ("note", "requirement"),
    [
        (
            "*All readings for this lecture are optional: spend the time on your proposal.*",
            "optional",
        ),
        ("Both papers are required this time.", "required"),
        ("Bring a laptop.", None),
    ],
)
def test_a_records_whole_entry_note_gives_its_readings_their_requirement(
    note: str, requirement: str | None
) -> None:
    data = (
        f"- date: Jan 3\n  title: Intro\n  note: {note!r}\n"
        f"  readings:\n    - '[A]({A})'\n    - '[B]({B})'\n"
    )
    (lecture,) = read_yaml(data, "_data/lectures.yml", None)
    assert [r.requirement for r in lecture.readings] == [requirement, requirement]


def test_a_whole_entry_note_outranks_the_pages_key() -> None:
    data = (
        "- date: Jan 3\n  title: Intro\n  note: All readings this week are optional.\n"
        f"  readings: ['[A]({A})']\n"
        f"- date: Jan 5\n  title: Search\n  readings: ['[B]({B})']\n"
    )
    key = "Everything listed under readings: is required."
    lectures = read_yaml(data, "_data/lectures.yml", None, key=key)
    assert [r.requirement for lec in lectures for r in lec.readings] == ["optional", "required"]


@pytest.mark.parametrize(
    ("lead", "reading"),
    [
        ("For discussion:", True),  # what the paper is for: the panel presents it
        ("For review:", True),
        ("For the quiz:", True),
        ("Discussion:", False),  # a discussion board's link
        ("Slides for discussion:", False),  # the material, for a purpose
    ],
)
def test_a_purpose_lead_is_no_material(lead: str, reading: bool) -> None:
    (lecture,) = read_markdown(
        f"## Jan 3: X\n\n- {lead} [Dark Patterns at Scale]({A})\n", "s.md", None
    )
    assert [r.url for r in lecture.readings] == ([A] if reading else [])


@pytest.mark.parametrize(
    ("label", "requirement"),
    [
        ("Background (optional):", "optional"),
        ("Readings (required):", "required"),
        ("Background:", None),
        ("Optional:", "optional"),
    ],
)
def test_a_labels_own_marker_covers_the_long_citation_it_opens(
    label: str, requirement: str | None
) -> None:
    item = (
        f"{label} McGregor et al. Investigating the Computer Security Practices and Needs "
        f"of Journalists. USENIX Security 2015. [[pdf]({A})]"
    )
    (lecture,) = read_markdown(f"## Jan 3: X\n\n- {item}\n", "s.md", None)
    ((title, got),) = [(r.title, r.requirement) for r in lecture.readings]
    assert got == requirement
    assert title.startswith("McGregor et al. Investigating")  # the label is no title


def test_a_later_marker_in_the_item_outranks_the_labels() -> None:
    item = f"Background (optional): Smith, [A]({A}); Required: Jones, [Another Paper]({B})"
    (lecture,) = read_markdown(f"## Jan 3: X\n\n- {item}\n", "s.md", None)
    assert [r.requirement for r in lecture.readings] == ["optional", "required"]


HOME_KEY = (
    "<p>Read the first paper listed for a lecture before class: it is the paper we discuss, "
    "and everyone is expected to have read it. The second paper, when there is one, is for "
    "those interested.</p>"
)


def test_the_courses_first_paper_key_reaches_its_week_pages(tmp_path: Path) -> None:
    week = (
        "<html><body><h3>Lecture 2 &mdash; Thu, Jan 29: Encryption</h3><ul>"
        f'<li><a href="{A}">Why Johnny Can\'t Encrypt</a></li>'
        f'<li><a href="{B}">Why Johnny Still Can\'t Encrypt</a></li></ul>'
        "<h3>Lecture 3 &mdash; Tue, Feb 3: Passwords</h3><ul>"
        '<li><a href="https://c.org/c.pdf">Of Passwords and People</a></li></ul></body></html>'
    )
    site = write_site(
        tmp_path,
        {
            "index.html": f"<html><body><h1>CMSC 818</h1>{HOME_KEY}</body></html>",
            "week1.html": week,
        },
    )
    got = [r.requirement for lec in extract_site(site).lectures for r in lec.readings]
    assert got == ["required", "optional", "required"]
