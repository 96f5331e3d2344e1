"""Rules from blind rounds real117 and real118 (keys in a callout, an admonition and a
legend table; titles wrapped in labels, hours, people and remarks): reading columns by
place, the first few papers of each session, a list's lead note, a column with no
header, a key in an include, person labels, a record's title naming only the meeting's
kind, what a title leaves out."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import column_legends, first_count, first_legend, later_legend
from readlist.extract.yamldata import read_yaml

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"
C = "https://arxiv.org/abs/2101.00003"

PLACES = (
    "Each session has two reading columns. The left-hand one is what you need to have "
    "read before we meet. The right-hand column is a bonus too."
)


def test_reading_columns_keyed_by_their_place() -> None:
    assert column_legends(PLACES) == {"#1": "required", "#2": "optional"}
    page = (
        f"{PLACES}\n\n| Date | Topic | Readings | |\n|---|---|---|---|\n"
        f"| Tue 1/21 | Intro | [A]({A}) | [B]({B}) |\n| Thu 1/23 | More | [C]({C}) | |\n"
    )
    got = [
        (r.url, r.requirement) for lec in read_markdown(page, "s.md", None) for r in lec.readings
    ]
    assert got == [(A, "required"), (B, "optional"), (C, "required")]


@pytest.mark.parametrize(
    ("key", "count", "later"),
    [
        (
            "You need to read the first two papers of each session. Papers 3 and up are a bonus.",
            2,
            "optional",
        ),
        ("The first paper in each row is required; the second paper is optional.", 1, "optional"),
        ("Read the first three papers in every class.", 3, None),  # no meaning said
    ],
)
def test_the_first_few_papers_of_each_session(key: str, count: int, later: str | None) -> None:
    assert first_count(key) == count
    assert later_legend(key) == later
    assert first_legend(key) == ("required" if later else None)


def test_the_first_two_papers_and_their_copies() -> None:
    page = (
        "You need to read the first two papers of each session. Papers 3 and up are a bonus.\n\n"
        f"- **Tue Jan 14** — Intro\n    - [A]({A}) ([pdf](https://x.org/a.pdf))\n"
        f"    - [B]({B})\n    - [C]({C})\n- **Thu Jan 16** — More\n    - [A2]({A}2)\n"
    )
    first, _ = read_markdown(page, "s.md", None)
    assert [r.requirement for r in first.readings] == ["required"] * 3 + ["optional"]


def test_a_lists_lead_note() -> None:
    page = (
        "### Week 6\n\n*Midterm week: nothing is required.*\n\n"
        f"- **Tue Feb 25** — Midterm\n- **Thu Feb 27** — Transactions\n    - [A]({A})\n"
    )
    lectures = read_markdown(page, "s.md", None)
    assert [r.requirement for lec in lectures for r in lec.readings] == ["optional"]


def test_a_column_with_no_header_after_a_reading_column() -> None:
    page = (
        "| Date | Topic | Readings | | Materials |\n|---|---|---|---|---|\n"
        f"| Tue 1/21 | Intro | [A]({A}) | [B]({B}) | [slides](s.pdf) |\n"
        f"| Thu 1/23 | More | [C]({C}) | | |\n"
    )
    assert [r.url for lec in read_markdown(page, "s.md", None) for r in lec.readings] == [A, B, C]


INCLUDE = (
    "<table><tr><th>Date</th><th>Topic</th>"
    '<th>Readings <span class="legend">(<span class="star">★</span> = required)</span></th>'
    "</tr>{% for l in site.data.lectures %}<tr><td>{{ l.date }}</td><td>{{ l.title }}</td>"
    "<td>{% for r in l.readings %}{% if r.starred %}★{% endif %}"
    '<a href="{{ r.url }}">{{ r.title }}</a>{% endfor %}</td></tr>{% endfor %}</table>\n'
)
DATA = (
    f"- date: 2025-09-02\n  title: Lecture 1\n  topic: What is a generative model?\n"
    f"  readings:\n    - title: A\n      url: {A}\n      starred: true\n"
    f"    - title: B\n      url: {B}\n"
)


def test_a_key_in_an_include_and_a_records_topic(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Gen\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_data").mkdir()
    (tmp_path / "_includes/table.html").write_text(INCLUDE, encoding="utf-8")
    (tmp_path / "_data/lectures.yml").write_text(DATA, encoding="utf-8")
    (tmp_path / "schedule.md").write_text(
        "---\ntitle: Schedule\n---\n{% include table.html %}\n", encoding="utf-8"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert lecture.title == "What is a generative model?"
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, "required"), (B, None)]


@pytest.mark.parametrize(
    ("title", "topic", "shown"),
    [
        ("Lecture 1", "Introduction", "Introduction"),
        ("Paper discussion", "GAN evaluation", "GAN evaluation"),
        ("Guest lecture", "Diffusion at scale", "Diffusion at scale"),
        ("Transformers", "Attention and its variants", "Transformers"),
    ],
)
def test_a_records_title_naming_only_the_meetings_kind(title: str, topic: str, shown: str) -> None:
    data = f"- date: Sep 2\n  title: {title}\n  topic: {topic}\n  readings: [{A}]\n"
    (lecture,) = read_yaml(data, "_data/lectures.yml", None)
    assert lecture.title == shown


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("L03 · Variational autoencoders", "Variational autoencoders"),
        ("Lecture 5: Generative adversarial networks", "Generative adversarial networks"),
        ("10:30–11:50 · Complementarity", "Complementarity"),
        ("What is human–AI interaction? (tentative)", "What is human–AI interaction?"),
        ("Score-based models — Ana Lee (TA)", "Score-based models"),
        ("Project check-ins (no reading; sign up for a slot here)", "Project check-ins"),
        ("Project pitches (no readings)", "Project pitches (no readings)"),
        ("Lecture 5", "Lecture 5"),
        ("Leads: Ana Lee (TA) & Priya Raman", "Leads: Ana Lee (TA) & Priya Raman"),
    ],
)
def test_what_a_title_leaves_out(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


@pytest.mark.parametrize(
    "line",
    [
        "Presenters: Jun Park & Lea Novak",
        "Leads: Ana Lee (TA) & Priya Raman",
        "Instructor: Prof. Samira Haddad",
    ],
)
def test_a_line_that_only_says_who(line: str) -> None:
    assert classify.speaker_only(line)
    assert not classify.speaker_only("Instructor notes: consensus")


@pytest.mark.parametrize(
    ("text", "generic"),
    [("HAL", True), ("Zenodo", True), ("[arXiv]", True), ("Hal Abelson's notes", False)],
)
def test_open_archives_name_no_work(text: str, generic: bool) -> None:
    assert classify.is_generic(text) is generic


def test_brightspace_activities_are_no_readings() -> None:
    assert not classify.is_reading(
        "LEARN", "https://learn.uni.ca/d2l/lms/dropbox/user/folder_submit_files.d2l?ou=1"
    )
    assert classify.is_reading("Paper", "https://learn.uni.ca/content/enforced/1/paper.pdf")
