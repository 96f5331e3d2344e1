"""Rules from blind rounds real115 and real116 (keys in a FAQ, after the schedule, on
the home page; week rows of two meetings): a style key whose meaning the next sentence
says, "for the keen", a page's named key is not a column of it, "the first one on the
list", a later key that says a meaning, labels a key says in its own phrase, a label
closing or opening an item, a range of days, two days joined by "and", a weekday label,
a guest's sentence, a week's lone item, a business link opening an item."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import (
    first_legend,
    later_legend,
    legend_others,
    legends,
    symbol_legends,
)

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"
C = "https://arxiv.org/abs/2101.00003"

FAQ = (
    "No. Each class has one or two papers set in bold on the schedule. Those are the papers "
    "we take apart in class, and we'll assume you've read them before you walk in. "
    "Everything else in the Readings column is for the keen: worth your time if a topic "
    "grabs you, but never assumed."
)


def test_a_style_key_said_in_the_next_sentence_and_the_others_for_the_keen() -> None:
    assert legends(FAQ) == ((("b", "strong"), "required"),)
    assert legend_others(FAQ, ()) == "optional"
    assert legends(FAQ.replace("Those are", "Slides are")) == ()


@pytest.mark.parametrize(
    ("key", "first", "later"),
    [
        (
            "We'll assume you have read the first one on the list before you arrive. The "
            "rest of the term will be posted later. The rest are for the keen.",
            "required",
            "optional",
        ),
        ("The first one on the list is long.", None, None),
    ],
)
def test_the_first_one_on_the_list(key: str, first: str | None, later: str | None) -> None:
    assert first_legend(key) == first
    assert later_legend(key) == later


def test_labels_a_key_says_in_its_own_phrase() -> None:
    key = "Anything tagged *skim* or *if you have time* is there for the curious."
    assert dict(symbol_legends(key)) == {"skim:": "optional", "if you have time:": "optional"}
    assert dict(symbol_legends(key.replace("is there", "is not there"))) == {}


HOME = (
    "**Core** readings are the ones the lecture is built on, and we expect you to have read "
    "them before class. Anything tagged *skim* is there for the curious.\n\n"
)


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        (f"- Bender & Koller, [A]({A}) — skim", "optional"),
        (f"- [A]({A}) (ELMo) — skim", "optional"),
        (f"- [A]({A}) — skim (our local copy; same paper as lecture 1)", "optional"),
        (f"- [skim] Luong, Pham, Manning. [A]({A}). EMNLP 2015.", "optional"),
        (f"- Alammar, [A]({A}) — core (the pictures help)", "required"),
        (f"- [A]({A}) — slides", None),
    ],
)
def test_a_label_closing_or_opening_an_item(item: str, requirement: str | None) -> None:
    page = f"{HOME}## Jan 14: Intro\n\n{item}\n"
    lectures = read_markdown(page, "lec-01.md", None)
    assert [r.requirement for lec in lectures for r in lec.readings] == [requirement]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Feb 10 and 12 — Project pitches", "Feb 10 and 12"),
        ("Sep 30 and Oct 2 — X", "Sep 30 and Oct 2"),
        ("Jan 5 and 10:30am review", "Jan 5"),
        ("Feb 24–28 — Spring break", "Feb 24–28"),
    ],
)
def test_days_an_entry_spans(text: str, key: str) -> None:
    date = classify.date_in(text)
    assert date is not None
    assert classify.with_range(text, date) == key


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Tue: Course overview: why ML systems?", "Course overview: why ML systems?"),
        ("Thursday: Midterm review", "Midterm review"),
        ("Tue:", "Tue:"),
        (
            "Inside–outside tests and winding numbers. Guest lecture by Dr. Gavin Barill "
            "(Adobe Research).",
            "Inside–outside tests and winding numbers",
        ),
        ("Intro. Dr. Smith explains the course", "Intro. Dr. Smith explains the course"),
    ],
)
def test_what_a_title_leaves_out(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


WEEKS = (
    "## Week 6\n\n- **Mon Feb 17** — Remeshing.\n    - Alliez, [A](" + A + ")\n"
    "- **Fri Feb 21** — [Assignment 1](hw/a1.html) (Laplacian smoothing) due, 11:59 pm\n\n"
    "## Week 7\n\n- **Feb 24–28** — Spring break: no classes\n"
    "    - No reading — enjoy the break!\n\n"
    "## Week 8\n\n- **Mon Mar 3** — Geodesics.\n    - Mount, [B](" + B + ")\n"
)


def test_a_weeks_lone_item_and_a_business_link_opening_an_item() -> None:
    lectures = read_markdown(WEEKS, "schedule.md", None)
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Mon Feb 17", "Remeshing"),
        ("Fri Feb 21", "Assignment 1 (Laplacian smoothing) due, 11:59 pm"),
        ("Feb 24–28", "Spring break: no classes"),
        ("Mon Mar 3", "Geodesics"),
    ]
    lone = WEEKS.replace("Spring break: no classes", "HW 3 due")
    assert "Feb 24–28" not in [lec.key for lec in read_markdown(lone, "schedule.md", None)]
