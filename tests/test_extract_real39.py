"""Rules the real39–real42 blind rounds showed: keys that name a sign by its participle
("Starred papers are required") or a style with "the others", a badge that stays with
its item, a list's one session numbered next, a label above a schedule list, MkDocs
content tabs, a line naming material over a list, and a data record's reading role."""

from __future__ import annotations

import pytest

from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import legend_others, symbol_legends
from readlist.extract.yamldata import read_yaml

A, B, C = "https://x.org/a", "https://x.org/b", "https://x.org/c"

Readings = list[tuple[str, list[tuple[str, str | None]]]]


def _markdown(page: str) -> Readings:
    return [
        (lec.key, [(r.text, r.requirement) for r in lec.readings])
        for lec in read_markdown(commonmark(page, ".md"), "schedule.md", None)
    ]


def _html(page: str) -> Readings:
    return [
        (lec.key, [(r.text, r.requirement) for r in lec.readings])
        for lec in read_html(page, "index.html", None, lambda _: 1)
    ]


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        ("Starred (★) papers are required.", [("★", "required")]),
        # a star named, not drawn: typed * in Markdown or drawn ★ on the page
        ("Starred papers are required.", [(s, "required") for s in "*★⭐"]),
        ("Asterisked readings are optional.", [("*", "optional")]),
        ("Daggered papers are optional.", [("†", "optional")]),
        ("Started papers are required.", []),  # no sign's participle
        ("Starred papers were popular last year.", []),  # no requirement said
    ],
)
def test_a_key_that_names_its_sign_by_participle(key: str, signs: list[tuple[str, str]]) -> None:
    assert list(symbol_legends(key)) == signs


def test_a_starred_key_with_the_rest_marks_an_html_list() -> None:
    page = (
        "<p>Starred (&#9733;) papers are required; the rest are optional.</p>"
        "<h3>Week 1</h3><ul>"
        f'<li>Lecture 1 (Jan 5): Intro<ul><li>&#9733; <a href="{A}">A</a></li>'
        f'<li><a href="{B}">B</a> (SOSP \'19) &#9733;</li><li><a href="{C}">C</a></li></ul></li>'
        f'<li>Lecture 2 (Jan 7): More<ul><li><a href="{C}">C</a></li></ul></li></ul>'
    )
    assert _html(page) == [
        ("Jan 5", [("A", "required"), ("B", "required"), ("C", "optional")]),
        ("Jan 7", [("C", "optional")]),
    ]


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Required readings are in bold; the others are optional.", "optional"),
        ("Optional readings are in italics; the rest are required.", "required"),
        ("Readings in bold are required, all others optional.", "optional"),
        ("The others are optional.", None),  # no mark said before it
        ("Required readings are in bold; the others are required too.", None),
    ],
)
def test_a_style_key_names_the_others(key: str, others: str | None) -> None:
    assert legend_others(key, ()) == others


def test_a_bold_key_gives_the_unstyled_readings_the_others_requirement() -> None:
    page = (
        "Required readings are in bold; the others are optional.\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 5 | Intro | **[A]({A})**, sections 1–4<br>[B]({B}) |\n"
        f"| Jan 7 | More | **[C]({C})** |\n"
    )
    assert _markdown(page) == [
        ("Jan 5", [("A", "required"), ("B", "optional")]),
        ("Jan 7", [("C", "required")]),
    ]


@pytest.mark.parametrize(
    ("cell", "requirements"),
    [
        # a badge after a link in a list item is that item's, never the next item's label
        (
            f'<ul><li><a href="{A}">A</a> <span class="badge">optional</span></li>\n'
            f'<li><a href="{B}">B</a></li></ul>',
            ["optional", None],
        ),
        (
            f'<ul><li><a href="{A}">A</a> <em>(optional)</em></li>\n'
            f'<li><a href="{B}">B</a></li></ul>',
            ["optional", None],
        ),
        # a label of its own between two lists labels the second
        (
            f'<ul><li><a href="{A}">A</a></li></ul>\n<strong>Optional</strong>\n'
            f'<ul><li><a href="{B}">B</a></li></ul>',
            [None, "optional"],
        ),
        (f'<a href="{A}">A</a><br><b>Optional</b><br><a href="{B}">B</a>', [None, "optional"]),
    ],
)
def test_a_marker_after_a_link_stays_in_its_item(cell: str, requirements: list[str | None]) -> None:
    head = "<tr><th>Date</th><th>Readings</th></tr>"
    page = f"<table>{head}<tr><td>Jan 5</td><td>{cell}</td></tr></table>"
    [(_, readings)] = _html(page)
    assert [req for _, req in readings] == requirements


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("Lecture 3 (Jan 12): Project presentations", True),  # numbered next: a session
        ("Lecture 5 (Jan 12): Project presentations", False),  # a gap: not the sequence
        ("Homework 1 due (Jan 12)", False),  # no session number
    ],
)
def test_a_lists_one_session_numbered_next(item: str, kept: bool) -> None:
    page = (
        "### Week 1\n\n"
        f"- Lecture 1 (Jan 5): Intro\n  - [A]({A})\n"
        f"- Lecture 2 (Jan 7): More\n  - [B]({B})\n\n"
        f"### Week 2\n\n- {item}\n"
    )
    keys = [key for key, _ in _markdown(page)]
    assert keys[:2] == ["Jan 5", "Jan 7"]
    assert ("Jan 12" in keys) is kept


@pytest.mark.parametrize(
    ("above", "requirement"),
    [
        ("**Optional readings**\n\n", "optional"),
        ("Optional readings\n\nFor those who want to go further in a given week:\n\n", "optional"),
        ("## Further reading\n\n", "optional"),
        ("## Readings\n\n", None),  # a label that says nothing of the requirement
        ("**Optional readings**\n\n## Schedule\n\n", None),  # a heading between
        ("", None),
    ],
)
def test_a_label_above_a_schedule_list(above: str, requirement: str | None) -> None:
    page = f"# Course\n\n{above}- **Jan 5:** [A]({A})\n- **Jan 7:** [B]({B})\n"
    assert _markdown(page) == [
        ("Jan 5", [("A", requirement)]),
        ("Jan 7", [("B", requirement)]),
    ]


@pytest.mark.parametrize("opener", ['=== "Week 1"', '===+ "Week 1"', '===! "Week 1"'])
def test_an_mkdocs_content_tab_is_a_box(opener: str) -> None:
    page = (
        f"# Schedule\n\n{opener}\n\n    ### Tue, Sep 1 — Intro\n\n    - [A]({A})\n\n"
        f'    !!! note "Optional"\n\n        - [B]({B})\n\n'
        f'=== "Week 2"\n\n    ### Tue, Sep 8 — More\n\n    - [C]({C})\n'
    )
    assert _markdown(page) == [
        ("Tue, Sep 1", [("A", None), ("B", "optional")]),
        ("Tue, Sep 8", [("C", None)]),
    ]


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ('=== "Recordings"', False),  # a tab naming material
        ("Recordings", False),
        ("**Videos:**", False),
        ("Slides", False),
        ("Notes", False),
        ("Further reading", True),  # a reading label
        ("Also good", True),  # no material named
    ],
)
def test_a_line_naming_material_over_a_list(label: str, kept: bool) -> None:
    video = "https://www.youtube.com/watch?v=abc123"
    indent = "    " if label.startswith("===") else ""
    page = f"# Week 1: Intro\n\n## Jan 5\n\n- [A]({A})\n\n{label}\n\n{indent}- [Monday]({video})\n"
    [(_, readings)] = _markdown(page)
    assert [text for text, _ in readings] == (["A", "Monday"] if kept else ["A"])


@pytest.mark.parametrize(
    ("key", "requirement"),
    [
        ("Readings tagged *Background* are optional refreshers.", "optional"),
        ("Papers labelled “Background” are optional.", "optional"),
        ("Readings labeled as Background: are required.", "required"),
        ("", None),  # no key: a reading all the same, unmarked
    ],
)
def test_a_data_records_reading_role_and_the_key_that_names_it(
    key: str, requirement: str | None
) -> None:
    data = (
        "- date: 2025-01-09\n  topic: Intro\n  readings:\n"
        f"    - {{title: A Primer, url: '{A}', kind: background}}\n"
        f"    - {{title: Core, url: '{B}', required: yes}}\n"
        f"    - {{title: Deck, url: '{C}', kind: slides}}\n"
    )
    [lecture] = read_yaml(data, "_data/lectures.yml", None, key=key)
    assert [(r.text, r.requirement) for r in lecture.readings] == [
        ("A Primer", requirement),
        ("Core", "required"),
    ]
