"""Rules the real78 and later blind rounds showed: a key that names a label written
with its colon ("whatever follows **Read:** …"), a run-in label opening a cell line
after another's, and a note giving every reading of its entry one requirement."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import inline_notes, read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import _label_sentences, _reads_signs, legend_others

A, B, C, D = "https://x.org/a", "https://x.org/b", "https://x.org/c", "https://x.org/d"

KEY = (
    "Whatever follows **Read:** or **Core:** is what we take apart in lecture, and you are "
    "expected to have read it before class. Papers after **Also:** or **Extra:** are for "
    "students who want more."
)


def _requirements(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    return [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in lectures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the colon after a naming word names the label, even "Read:", a marker noun
        (KEY.replace("**", "").lower(), {"read:": "required", "also:": "optional"}),
        # "read" used as a verb later in the clause is no mention of the label
        (
            "whatever follows read: is what you are expected to have read before class.",
            {"read:": "required"},
        ),
        # "Read:" without a naming word before it is the label in use, named by nothing
        ("read: you are expected to have read it before class.", {}),
        # a marker noun never named with its colon stays no label ("papers:")
        ("the papers are what you are expected to have read.", {}),
    ],
)
def test_key_names_labels_written_with_their_colon(text: str, expected: dict[str, str]) -> None:
    assert _label_sentences(text, ["read", "core", "also", "extra", "papers"]) == expected


TABLE = """\
{key}

| Date | Topic | Readings |
| --- | --- | --- |
| Jan 13 | Overview | **Read:** [A]({A})<br>**Also:** [B]({B}), [C]({C}) |
| Jan 15 | GPUs | **Read:** [D]({D}) |
"""


def test_cell_lines_each_take_their_own_run_in_label() -> None:
    page = TABLE.format(key=KEY, A=A, B=B, C=C, D=D)
    assert _requirements(page) == [
        ("Jan 13", [(A, "required"), (B, "optional"), (C, "optional")]),
        ("Jan 15", [(D, "required")]),
    ]


def test_cell_labels_without_a_key_give_no_requirement() -> None:
    page = TABLE.format(key="Readings for each class.", A=A, B=B, C=C, D=D)
    assert _requirements(page) == [
        ("Jan 13", [(A, None), (B, None), (C, None)]),
        ("Jan 15", [(D, None)]),
    ]


def test_a_label_on_a_later_cell_line_outranks_the_earlier_one() -> None:
    """The second line's own label covers its links, not the first line's."""
    page = (
        "| Date | Readings |\n| --- | --- |\n"
        f"| Jan 13 | **Required:** [A]({A})<br>**Optional:** [B]({B}) |\n"
    )
    assert _requirements(page) == [("Jan 13", [(A, "required"), (B, "optional")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All readings this week are optional.", "optional"),
        ("All readings for this module are optional", "optional"),
        ("Both papers are required this time.", "required"),
        ("Both readings are required.", "required"),
        ("All of the papers are required.", "required"),
        ("No required readings.", "optional"),
        ("Both papers are interesting.", None),
        ("All readings are on Canvas.", None),
        ("Papers are required reading.", None),
    ],
)
def test_a_note_gives_every_reading_of_its_entry_one_requirement(
    text: str, expected: str | None
) -> None:
    assert classify.readings_note(text) == expected


def test_an_entry_note_makes_its_readings_required() -> None:
    page = f"""\
## Lecture 6 · Feb 24 · Pretrained encoders

Both papers are required this time.

Read:

- [A]({A})
- [B]({B})

## Lecture 7 · Mar 3 · Decoders

Read:

- [C]({C})
"""
    assert _requirements(page) == [
        ("Feb 24", [(A, "required"), (B, "required")]),
        ("Mar 3", [(C, None)]),
    ]


@pytest.mark.parametrize(
    ("cell", "titles"),
    [
        # parts after the work named in words: each part takes the work
        ("OSTEP [Ch. 4]({A}), [Ch. 5]({B})", ["OSTEP Ch. 4", "OSTEP Ch. 5"]),
        # parts after a linked work: each takes the linked work's name
        ("[OSTEP]({A}) [ch. 4]({B}), [ch. 5]({C})", ["OSTEP", "OSTEP ch. 4", "OSTEP ch. 5"]),
        # a work then a part in one link: the next part is its sibling, named as written
        ("[OSTEP ch. 28]({A}), [ch. 31]({B})", ["OSTEP ch. 28", "ch. 31"]),
    ],
)
def test_a_part_after_a_part_takes_the_work_named_before_the_first(
    cell: str, titles: list[str]
) -> None:
    page = f"| Date | Readings |\n| --- | --- |\n| Jan 13 | {cell.format(A=A, B=B, C=C)} |\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.title for r in lecture.readings] == titles


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" (blog post, optional)", "optional"),
        (" (video; required)", "required"),
        (" (545: required)", "required"),
        (" (Smith, 2019)", None),
        (" (blog post)", None),
    ],
)
def test_a_marker_after_a_short_remark_in_brackets(after: str, expected: str | None) -> None:
    assert classify.suffix_requirement(after) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Unless a reading is tagged **Optional**{: .label }, it is required.", "required"),
        ("Unless a paper is marked (optional), it is required for everyone.", "required"),
        ("Unless a reading is listed as required, it is optional.", "optional"),
        ("Unless a reading is tagged Optional, it is optional.", None),
        ("Unless you are in the PhD track, readings are optional.", None),
    ],
)
def test_a_key_with_its_condition_first(key: str, expected: str | None) -> None:
    assert legend_others(key, ()) == expected


def test_a_line_after_a_nested_list_in_a_cell_is_its_own() -> None:
    """``</ul> <small>Discussion questions: [cc.txt](..)</small>``: business, not a
    reading titled by the list's last paper."""
    page = (
        "<table><tr><th>Date</th><th>Readings</th></tr><tr><td>Oct 18</td><td>"
        f'<ul><li><a href="{A}">A Critique of ANSI SQL Isolation Levels</a></li></ul>'
        f'<small>Discussion questions: <a href="{B}">cc.txt</a></small></td></tr></table>'
    )
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert [r.url for r in lecture.readings] == [A]


SEMINAR = (
    "| Date | Topic | Papers |\n| --- | --- | --- |\n"
    "| 9/2 | Memory safety | **Review:** [SoK: Eternal War in Memory]({A}) <br> "
    "**Background:** [Smashing the Stack]({B}) |\n"
    "| 9/4 | Code reuse | **Review:** [Return-into-libc without Function Calls]({C}) |\n"
    "| 9/9 | Web | [Robust Defenses for CSRF]({D}) (review) <br> [Frames]({B}) (background) |\n"
    "| 9/11 | Supply chain | **Review** (both; one combined review): [Trusting Trust]({A}) "
    "and [Backstabber]({C}) |\n"
)
SYLLABUS = """\
# Syllabus

In the schedule, each session's paper marked **Review** is required: everyone
reads it closely and submits a review by the night before. Papers marked
**Background** are optional; read them if the topic is new to you.

- Reviews: 25%
"""


def _site(tmp_path: Path, syllabus: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    (tmp_path / "schedule.md").write_text(SEMINAR.format(A=A, B=B, C=C, D=D), encoding="utf-8")
    (tmp_path / "syllabus.md").write_text(syllabus, encoding="utf-8")
    site = extract_site(tmp_path)
    return [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in site.lectures]


def test_a_key_on_another_page_over_two_lines_names_a_material_word_as_a_mark(
    tmp_path: Path,
) -> None:
    """ "Review" is a material word (a review form), but the key says papers are marked
    with it; the key's paragraph, wrapped over lines, is read whole."""
    assert _site(tmp_path, SYLLABUS) == [
        ("9/2", [(A, "required"), (B, "optional")]),
        ("9/4", [(C, "required")]),
        ("9/9", [(D, "required"), (B, "optional")]),
        ("9/11", [(A, "required"), (C, "required")]),
    ]


def test_without_the_key_a_review_lead_is_course_business(tmp_path: Path) -> None:
    syllabus = "# Syllabus\n\nSubmit a review of each paper by the night before.\n"
    assert _site(tmp_path, syllabus) == [
        ("9/2", [(B, None)]),
        ("9/4", []),
        ("9/9", [(D, None), (B, None)]),
        ("9/11", [(A, None), (C, None)]),
    ]


@pytest.mark.parametrize(
    ("before", "title"),
    [
        (
            "Reading Ho, Jain & Abbeel. Denoising Diffusion. NeurIPS 2020.",
            "Ho, Jain & Abbeel. Denoising Diffusion. NeurIPS 2020",
        ),
        ("Readings Smith and Jones. A Title.", "Smith and Jones. A Title"),
        ("Reading Chen et al. A Title.", "Chen et al. A Title"),
        # a title that opens with the word is no pill
        (
            "Reading Wikipedia to Answer Open-Domain Questions.",
            "Reading Wikipedia to Answer Open-Domain Questions",
        ),
        ("Optional Verma, S. (2019)", "Verma, S. (2019)"),
    ],
)
def test_a_reading_pill_before_an_author_list_is_no_part_of_the_title(
    before: str, title: str
) -> None:
    assert classify.title_around(before, "") == title


def test_a_remark_never_hides_a_marker_opening_the_brackets() -> None:
    """``(required, if you're curious)``: the bracket opens with its marker."""
    assert classify.suffix_requirement(" (required, if you're curious)") == "required"


# Keys in the forms staff write, each over a lecture of a marked reading A and an
# unmarked or otherwise marked B: (key, item A, item B, expected requirements of A, B).
KEYS = [
    (
        "Readings marked with an asterisk (*) are optional.",
        "[A]({A})",
        "[B]({B}) *",
        (None, "optional"),
    ),
    ("\\* denotes optional reading.", "[A]({A})", "\\* [B]({B})", (None, "optional")),
    (
        "Papers marked (R) are required; the others are recommended.",
        "[A]({A}) (R)",
        "[B]({B})",
        ("required", "optional"),
    ),
    ("Required papers are marked with ★.", "★ [A]({A})", "[B]({B})", ("required", None)),
    ("Required readings are marked (R).", "[A]({A}) (R)", "[B]({B})", ("required", None)),
    ("Required papers are marked with [R].", "[R] [A]({A})", "[B]({B})", ("required", None)),
    ("Optional readings are indicated by a dagger.", "[A]({A})", "[B]({B}) †", (None, "optional")),
    (
        "You must read the papers marked with ⭐ before class.",
        "⭐ [A]({A})",
        "[B]({B})",
        ("required", None),
    ),
    (
        "Please read the starred (*) papers before class; the others are optional.",
        "[A]({A})*",
        "[B]({B})",
        ("required", "optional"),
    ),
    (
        "Read the papers with a check mark ✓ before lecture.",
        "✓ [A]({A})",
        "[B]({B})",
        ("required", None),
    ),
    ("You need to read the starred papers.", "★ [A]({A})", "[B]({B})", ("required", None)),
    ("Read the papers with a ★ if you have time.", "★ [A]({A})", "[B]({B})", ("optional", None)),
    (
        "Do not read the papers marked with ★ before the quiz.",
        "★ [A]({A})",
        "[B]({B})",
        (None, None),
    ),
    (
        "Students who read the papers marked with ★ get credit.",
        "★ [A]({A})",
        "[B]({B})",
        (None, None),
    ),
    (
        "Everything is required except readings marked (optional).",
        "[A]({A})",
        "[B]({B}) (optional)",
        ("required", "optional"),
    ),
    (
        "Unless otherwise noted, readings are required.",
        "[A]({A})",
        "[B]({B}) (optional)",
        ("required", "optional"),
    ),
    (
        "Readings are required unless otherwise specified.",
        "[A]({A})",
        "[B]({B}) (optional)",
        ("required", "optional"),
    ),
    (
        "Readings are mandatory unless labeled 'optional'.",
        "[A]({A})",
        "[B]({B}) (optional)",
        ("required", "optional"),
    ),
    (
        "Readings are mandatory unless labeled 'required'.",
        "[A]({A})",
        "[B]({B}) (required)",
        (None, "required"),
    ),
    (
        "Highly recommended readings come first.",
        "[A]({A})",
        "Highly recommended: [B]({B})",
        (None, "optional"),
    ),
]


@pytest.mark.parametrize(("key", "first", "second", "expected"), KEYS)
def test_keys_in_the_forms_staff_write(
    key: str, first: str, second: str, expected: tuple[str | None, str | None]
) -> None:
    page = (
        f"# Schedule\n\n{key}\n\n## Jan 13: Intro\n\n- {first.format(A=A)}\n"
        f"- {second.format(B=B)}\n\n## Jan 15: Next\n\n- [C]({C})\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert tuple(r.requirement for r in lectures[0].readings) == expected


# Tables in the forms staff write: (table rows after the header, expected requirements).
ROW = "| Date | Topic | Readings |\n|---|---|---|\n| Jan 13 | Intro | "
TABLES = [
    (
        "| Date | Topic | Must read | Nice to read |\n|---|---|---|---|\n"
        "| Jan 13 | Intro | [A]({A}) | [B]({B}) |",
        ("required", "optional"),
    ),
    (
        "| Date | Topic | Readings | Background |\n|---|---|---|---|\n"
        "| Jan 13 | Intro | [A]({A}) | [B]({B}) |",
        (None, None),
    ),
    (
        ROW + "[A]({A}) [required] [B]({B}) [optional] |",
        ("required", "optional"),
    ),
    (
        ROW + "[required] [A]({A}) |",
        ("required",),
    ),
    (
        ROW + "[A]({A}), [B]({B}) (both optional) |",
        ("optional", "optional"),
    ),
    (
        ROW + "[A]({A}) and [B]({B}) (all required) |",
        ("required", "required"),
    ),
    (
        ROW + "[A]({A}). [B]({B}) (both optional) |",
        (None, "optional"),
    ),
    (
        ROW + "[A]({A}). Optional: Egami et al. (2023), [B]({B}) |",
        (None, "optional"),
    ),
]


@pytest.mark.parametrize(("rows", "expected"), TABLES)
def test_tables_in_the_forms_staff_write(rows: str, expected: tuple[str | None, ...]) -> None:
    page = "# Schedule\n\n" + rows.format(A=A, B=B) + "\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert tuple(r.requirement for r in lecture.readings) == expected


NOTES = """\
| Date | Topic | Readings |
|---|---|---|
| Jan 13 | Intro | [^w1] |
| Jan 15 | Next | [A]({A})[^p] |
| Jan 20 | Later | [C]({C})[^p] |

[^w1]: Smith (2020), [B]({B}). Optional: Egami et al. (2023), [D]({D}).

[^p]: From home, go through the [library proxy](https://proxy.example.edu/login).
"""


def test_a_note_one_row_refers_to_holds_its_readings() -> None:
    """A note referred to once, from a cell, is that row's reading list; one referred
    to from several rows is a remark on them all, not readings."""
    lectures = read_markdown(commonmark(NOTES.format(A=A, B=B, C=C, D=D), ".md"), "s.md", None)
    assert [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in lectures] == [
        ("Jan 13", [(B, None), (D, "optional")]),
        ("Jan 15", [(A, None)]),
        ("Jan 20", [(C, None)]),
    ]


def test_a_list_entry_title_drops_a_no_reading_note_and_a_scribe_line() -> None:
    page = (
        "1. **Oct 9 (Thu)** — Midterm review ([practice midterm](exams/p.pdf)). No new reading.\n"
        f"2. **Oct 14 (Tue)** — Selection. Reading: [A]({A}).\n"
        "   Lecture notes: [pdf](notes/4.pdf) · scribe notes (Ana Ruiz, Tom Becker): "
        "[pdf](scribe/4.pdf)\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert [(lec.key, lec.title, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Oct 9 (Thu)", "Midterm review", []),
        ("Oct 14 (Tue)", "Selection", [A]),
    ]


def test_a_key_on_another_page_said_to_you_names_the_lecture_pages(tmp_path: Path) -> None:
    (tmp_path / "intro.md").write_text(
        "# Welcome\n\nEach lecture page lists that day's papers under **Readings**, and you "
        "are expected to have read them before class.\n",
        encoding="utf-8",
    )
    for number, url in ((1, A), (2, B)):
        (tmp_path / f"lec-0{number}.md").write_text(
            f"---\ntitle: Lecture {number}\ndate: 2025-01-0{number + 5}\n---\n\n"
            f"## Readings\n\n- [Paper]({url})\n",
            encoding="utf-8",
        )
    site = extract_site(tmp_path)
    assert [(r.url, r.requirement) for lec in site.lectures for r in lec.readings] == [
        (A, "required"),
        (B, "required"),
    ]


def test_a_sign_key_line_under_a_table_is_read_before_more_of_the_page() -> None:
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 13 | Intro | [A]({A})<br>[B]({B}) \\* |\n\n\\* optional\n\n## Grading\n\nQuizzes.\n"
    )
    [lecture] = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert [r.requirement for r in lecture.readings] == [None, "optional"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "Unless a reading is marked *Optional*, you are expected to have read it by the "
            "start of the lecture.",
            ("required", "optional"),
        ),
        ("Unless a reading is marked Optional, it is required.", ("required", "optional")),
        ("Unless a reading is marked Optional, you may skip it.", (None, "optional")),
    ],
)
def test_a_key_with_its_condition_first_in_a_key_phrase(
    key: str, expected: tuple[str | None, ...]
) -> None:
    page = f"{key}\n\n## Jan 13: Intro\n\n- [A]({A})\n- Optional: [B]({B})\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert tuple(r.requirement for r in lecture.readings) == expected


def test_a_lecture_column_beside_a_date_names_the_topic() -> None:
    """A generated table, one row per item: Date | Lecture | Type | Item."""
    page = (
        "<table><tr><th>Date</th><th>Lecture</th><th>Type</th><th>Item</th></tr>"
        '<tr><td rowspan="2">Wed Sep 3</td><td rowspan="2">Introduction</td>'
        f'<td>Required</td><td><a href="{A}">A Note on Distributed Computing</a></td></tr>'
        f'<tr><td>Optional</td><td><a href="{B}">Fallacies Explained</a></td></tr>'
        "<tr><td>Mon Sep 8</td><td>RPC</td><td>Required</td>"
        f'<td><a href="{C}">Implementing RPC</a></td></tr></table>'
    )
    lectures = read_html(page, "schedule.html", None, lambda _: 1)
    assert [
        (lec.key, lec.title, [(r.url, r.requirement) for r in lec.readings]) for lec in lectures
    ] == [
        ("Wed Sep 3", "Introduction", [(A, "required"), (B, "optional")]),
        ("Mon Sep 8", "RPC", [(C, "required")]),
    ]


def test_a_long_paragraph_with_a_bold_dated_lead_is_a_session() -> None:
    words = "There is no required reading for the first class, but it is a classic to know. " * 2
    page = (
        "# Schedule\n\n## Week 1\n\n"
        f"**Tue Jan 21 — Introduction and logistics.** {words}Read [A]({A}).\n\n"
        f"**Thu Jan 23 — Clocks.** {words}Read [B]({B}).\n\n## Week 2\n\n"
        f"**Tue Jan 28 — RPC.** Read [C]({C}).\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert [(lec.key, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Tue Jan 21", [A]),
        ("Thu Jan 23", [B]),
        ("Tue Jan 28", [C]),
    ]
    # the long paragraphs' bold leads name their sessions
    assert [lec.title for lec in lectures[:2]] == ["Introduction and logistics", "Clocks"]


@pytest.mark.parametrize(
    ("before", "title"),
    [
        (
            "2. Paxos Made Live: An Engineering Perspective",
            "Paxos Made Live: An Engineering Perspective",
        ),
        ("2001: A Space Odyssey, the script", "2001: A Space Odyssey, the script"),
    ],
)
def test_a_list_number_typed_before_a_citation_is_no_part_of_its_title(
    before: str, title: str
) -> None:
    assert classify.title_around(before, "") == title


def test_a_legend_table_of_signs_keys_them() -> None:
    page = (
        "Reading symbols used below:\n\n| Symbol | Meaning |\n|:-:|---|\n| 📘 | required |\n"
        "| 📗 | optional |\n| 🎥 | video (talk recording) |\n\n"
        "## Schedule\n\nSubject to change.\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 13 | Intro | 📘 [A]({A})<br>📗 [B]({B}) |\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert [(r.url, r.requirement) for lec in lectures for r in lec.readings] == [
        (A, "required"),
        (B, "optional"),
    ]


def test_a_marker_with_a_remark_opening_with_a_number() -> None:
    assert classify.suffix_requirement(" (optional, 1966 memo, 6 pages)") == "optional"


def test_a_key_on_the_syllabus_names_an_html_schedule_page(tmp_path: Path) -> None:
    (tmp_path / "syllabus.html").write_text(
        "<p>On the Course Schedule page, all readings are required unless marked (optional).</p>",
        encoding="utf-8",
    )
    (tmp_path / "course-schedule.html").write_text(
        f'<h3>Tue 1/13 – Intro</h3><ul><li><a href="{A}">Paper A</a></li>'
        f'<li><a href="{B}">Paper B</a> (optional)</li></ul>'
        f'<h3>Thu 1/15 – Next</h3><ul><li><a href="{C}">Paper C</a></li></ul>',
        encoding="utf-8",
    )
    site = extract_site(tmp_path)
    assert [(r.url, r.requirement) for lec in site.lectures for r in lec.readings] == [
        (A, "required"),
        (B, "optional"),
        (C, "required"),
    ]


@pytest.mark.parametrize(
    ("href", "text", "reading"),
    [
        ("/courses/48213/files/2201934/download?wrap=1", "Lamport 1978 (PDF)", True),
        ("/courses/48213/pages/risc-v-toolchain-setup", "RISC-V toolchain setup", False),
        ("/courses/48213/discussion_topics/991", "Week 3 discussion", False),
        ("/courses/48213/announcements", "Announcements", False),
        ("/teaching/courses/2020/paper.pdf", "A Paper on Courses", True),
    ],
)
def test_canvas_links_stored_without_their_host(href: str, text: str, reading: bool) -> None:
    assert classify.is_reading(text, href, "") is reading


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("please read the daggered papers before class.", {"†": "required"}),
        ("please read the asterisked papers.", {"*": "required"}),
    ],
)
def test_an_imperative_key_names_its_sign_by_its_participle(
    key: str, expected: dict[str, str]
) -> None:
    assert _reads_signs(key) == expected


def test_all_as_the_subject_of_an_unless_key() -> None:
    assert legend_others("All are required unless marked optional.", ()) == "required"


def test_an_initial_in_an_author_list_ends_no_marker_clause() -> None:
    assert classify.prefix_requirement("x. Optional: Smith, J. (2020), ") == "optional"


def test_a_note_referred_to_from_prose_stays_a_note() -> None:
    html = (
        '<p>We start slowly.<sup class="footnote-reference"><a href="#n">1</a></sup></p>\n'
        '<div class="footnote-definition" id="n"><sup class="footnote-definition-label">1'
        f'</sup><p>See <a href="{B}">B</a>.</p></div>\n'
    )
    assert inline_notes(html) == html
    cell = html.replace("<p>We start slowly.", "<table><tr><td>Jan 13").replace(
        "</sup></p>\n<div", "</sup></td></tr></table>\n<div", 1
    )
    assert f'<td>Jan 13 <p>See <a href="{B}">B</a>.</p> </td>' in inline_notes(cell)
