"""Rules the real25–real27 blind rounds showed: what follows a week's table continues
its last row, run-in headings and untitled Hugo boxes, pages with two style legends,
a ``Materials`` term beside slides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import (
    column_legends,
    first_legend,
    legend_others,
    symbol_legends,
)
from readlist.extract.yamldata import read_yaml

A, B, C = "https://x.org/a", "https://x.org/b", "https://x.org/c"


Readings = list[tuple[str, list[tuple[str, str | None]]]]


def _readings(page: str, file: str = "schedule.md") -> Readings:
    return [
        (lec.key, [(r.text, r.requirement) for r in lec.readings])
        for lec in read_markdown(commonmark(page, ".md"), file, None)
    ]


def _week(n: int, day: str, after: str) -> str:
    return (
        f"## Week {n}\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        f"| {day} | Topic {n} | [Paper {n}](https://x.org/p{n}) |\n\n{after}\n"
    )


@pytest.mark.parametrize(
    ("after", "extra"),
    [
        # an MkDocs box after the table: the row's optional reading
        ('!!! note "Optional reading"\n    - [Extra](https://x.org/e)\n', [("Extra", "optional")]),
        ("Optional: [Extra](https://x.org/e)\n", [("Extra", "optional")]),
        ("**Further reading**\n\n- [Extra](https://x.org/e)\n", [("Extra", "optional")]),
        ("Homework 1 is due on [Canvas](https://canvas.x.edu/courses/1/assignments/2).\n", []),
        ("", []),
    ],
)
def test_what_follows_a_weeks_table_continues_its_last_row(
    after: str, extra: list[tuple[str, str | None]]
) -> None:
    page = _week(1, "Wed Jan 8", after) + _week(2, "Wed Jan 15", "")
    assert _readings(page) == [
        ("Wed Jan 8", [("Paper 1", None), *extra]),
        ("Wed Jan 15", [("Paper 2", None)]),
    ]


def test_a_heading_as_high_as_the_weeks_ends_what_continues_its_row() -> None:
    """``## Resources`` after the last week: the page's, not the last session's."""
    page = _week(1, "Wed Jan 8", "") + "## Resources\n\n- [A Textbook](https://x.org/t)\n"
    assert _readings(page) == [("Wed Jan 8", [("Paper 1", None)])]


def test_a_second_table_in_a_week_takes_what_follows_it() -> None:
    page = (
        "## Week 1\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Mon Jan 6 | One | [A]({A}) |\n\nOptional: [B]({B})\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Wed Jan 8 | Two | [C]({C}) |\n\nOptional: [D](https://x.org/d)\n"
    )
    assert _readings(page) == [
        ("Mon Jan 6", [("A", None), ("B", "optional")]),
        ("Wed Jan 8", [("C", None), ("D", "optional")]),
    ]


def test_a_table_under_no_session_heading_continues_nothing() -> None:
    page = (
        "## Schedule\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Mon Jan 6 | One | [A]({A}) |\n| Wed Jan 8 | Two | [C]({C}) |\n\n"
        f"Optional: [B]({B})\n"
    )
    assert _readings(page) == [("Mon Jan 6", [("A", None)]), ("Wed Jan 8", [("C", None)])]


@pytest.mark.parametrize(
    ("lead", "requirement"),
    [
        ("**Optional deep dive.**", "optional"),
        ("**Optional.**", "optional"),
        ("*Required reading.*", "required"),
        ("**Optional deep dive:**", "optional"),
        ("**Note.**", None),
        ("Optional deep dive.", None),  # not set apart: a sentence, not a run-in heading
    ],
)
def test_a_run_in_heading_opens_its_paragraph(lead: str, requirement: str | None) -> None:
    page = f"## Jan 21: Priors\n\n{lead} The Stan team's [Prior advice]({A}) helps.\n"
    assert _readings(page) == [("Jan 21", [("Prior advice", requirement)])]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("{{% callout note %}}", "{{% /callout %}}"),
        ("{{< alert >}}", "{{< /alert >}}"),
    ],
)
def test_an_untitled_hugo_box_leaves_no_text(opening: str, closing: str) -> None:
    """``{{% callout note %}}`` alone on its line is a box's edge: its body is a paragraph
    of its own, opened by its own words."""
    page = (
        f"## Jan 21: Priors\n\n- Reading: [A]({A})\n\n{opening}\n"
        f"**Optional deep dive.** The Stan team's [Prior advice]({B})\n{closing}\n"
    )
    assert _readings(page) == [("Jan 21", [("A", None), ("Prior advice", "optional")])]


_TWO_LEGENDS = (
    "<p><strong>Bold</strong> readings are required. Readings in <i>italics</i> are optional."
    "</p><h3>Jan 17: Topic</h3><ul>{items}</ul>"
)


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        (f'<b><a href="{A}">A</a></b>', "required"),
        (f'<i><a href="{A}">A</a></i>', "optional"),
        (f'<a href="{A}"><strong>A</strong></a>', "required"),  # a style covering its text
        (f'<a href="{A}">A</a>', None),
        # a book title in italics inside a bold link: the bold link's
        (f'<b><a href="{A}"><i>The Visual Display</i>, ch. 1</a></b>', "required"),
        (f'<a href="{A}"><i>The Visual Display</i>, ch. 1</a>', None),
        (f'<i><b><a href="{A}">A</a></b></i>', "optional"),  # the outer style
    ],
)
def test_a_page_with_two_style_legends(item: str, requirement: str | None) -> None:
    page = _TWO_LEGENDS.format(items=f"<li>{item}</li>")
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert [r.requirement for r in lecture.readings] == [requirement]


@pytest.mark.parametrize(
    ("term", "texts"),
    [
        ("Materials", ["Paper"]),  # beside slides, under a term that names material
        ("Readings", ["Paper", "Wireframe kit"]),
    ],
)
def test_a_materials_term_beside_slides(term: str, texts: list[str]) -> None:
    page = (
        "<h3>Tue, Jan 31: Prototyping</h3><dl><dt>Readings</dt>"
        f'<dd><ul><li><a href="{A}">Paper</a></li></ul></dd><dt>{term}</dt>'
        f'<dd><a href="s.pdf">Slides</a> · <a href="{B}">Wireframe kit</a></dd></dl>'
    )
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert [r.text for r in lecture.readings] == texts


def _data_site(tmp_path: Path, note: str, renders: bool = True) -> list[str | None]:
    (tmp_path / "_config.yml").write_text("title: NLP\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "lectures.yml").write_text(
        "- date: 2026-01-05\n  title: Intro\n  readings:\n"
        f"    - title: A\n      url: {A}\n"
        f"    - title: B\n      url: {B}\n      type: optional\n"
        "- date: 2026-01-07\n  title: Classification\n"
        f"  required:\n    - title: C\n      url: {C}\n"
    )
    loop = "{% for lec in site.data.lectures %}{{ lec.title }}{% endfor %}" if renders else ""
    (tmp_path / "lectures.md").write_text(f"---\ntitle: Lectures\n---\n\n{note}\n\n{loop}\n")
    return [r.requirement for lec in extract_site(tmp_path).lectures for r in lec.readings]


@pytest.mark.parametrize(
    ("note", "renders", "requirements"),
    [
        # the page that renders the data file says what its unmarked readings are
        ("Readings are required unless marked *optional*.", True, ["required", "optional"]),
        ("All readings are optional unless marked required.", True, ["optional", "optional"]),
        ("Slides are posted after class.", True, [None, "optional"]),
        # a page that does not render it says nothing of it
        ("Readings are required unless marked *optional*.", False, [None, "optional"]),
    ],
)
def test_the_page_rendering_a_data_file_keys_its_readings(
    tmp_path: Path, note: str, renders: bool, requirements: list[str | None]
) -> None:
    assert _data_site(tmp_path, note, renders) == [*requirements, "required"]


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "Papers after Also: or Background: are optional.",
            [("also:", "optional"), ("background:", "optional")],
        ),
        ("Papers following “Skim” are optional", [("skim:", "optional")]),
        (
            "Papers listed under Core, Extra and More are required",
            [("core:", "required"), ("extra:", "required"), ("more:", "required")],
        ),
        ("Papers listed under 'Background' are optional", [("background:", "optional")]),
        ("Papers after class are optional", []),  # a time, not a label
    ],
)
def test_a_key_naming_several_labels(key: str, signs: list[tuple[str, str]]) -> None:
    assert list(symbol_legends(key)) == signs


def test_labels_a_key_names_mark_the_links_after_them() -> None:
    page = (
        "Papers after *Also:* or *Background:* are optional.\n\n"
        "| Date | Topic | Papers |\n|---|---|---|\n"
        f"| Sep 8 | Engines | [A]({A})<br>Also: [B]({B})<br>Background: [C]({C}) |\n"
    )
    assert _readings(page) == [("Sep 8", [("A", None), ("B", "optional"), ("C", "optional")])]


@pytest.mark.parametrize(
    ("key", "columns"),
    [
        ("Everything in the **Prepare** column is required before class.", {"prepare": "required"}),
        (
            "Papers in the Reading column are required unless marked optional.",
            {"reading": "required"},
        ),
        ("Readings listed under the “Extra” column are optional", {"extra": "optional"}),
        ("Everything in the Prepare section is required.", {}),
        ("The Prepare column is long.", {}),
    ],
)
def test_a_key_to_a_tables_column(key: str, columns: dict[str, str]) -> None:
    assert column_legends(key.replace("**", "")) == columns


@pytest.mark.parametrize(
    ("key", "requirements"),
    [
        ("Everything in the **Prepare** column is required.", ["required", "optional"]),
        ("Everything in the **Extra** column is optional.", [None, "optional"]),
        ("", [None, "optional"]),
    ],
)
def test_a_column_a_key_names_holds_readings(key: str, requirements: list[str | None]) -> None:
    """``Prepare`` names no reading column; the page's key makes it one."""
    page = (
        f"{key}\n\n| Date | Topic | Prepare | Slides |\n|---|---|---|---|\n"
        f"| Jan 13 | Welcome | [A]({A})<br>[B]({B}) (optional) | [slides](s.pdf) |\n"
    )
    assert [req for _, readings in _readings(page) for _, req in readings] == requirements


@pytest.mark.parametrize(
    ("key", "first"),
    [
        ("The first paper in each row is required.", "required"),
        ("The main reading for each session is optional.", "optional"),
        ("The first paper in each row is the one we discuss; everyone reads it.", "required"),
        # a later clause's word names another paper
        (
            "Respond to the first paper listed for each lecture; the second paper is optional.",
            None,
        ),
        ("The first paper in the list is required.", None),
    ],
)
def test_a_key_to_each_entrys_first_reading(key: str, first: str | None) -> None:
    assert first_legend(key) == first
    page = f"{key}\n\n## Jan 5: Intro\n\n- [A]({A})\n- [B]({B})\n- [C]({C}) (optional)\n"
    assert _readings(page) == [("Jan 5", [("A", first), ("B", None), ("C", "optional")])]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("📝 Project proposal due", "Project proposal due"),
        ("➡️ Midterm review", "Midterm review"),
        ("Project proposal due 📝", "Project proposal due 📝"),
        ("C++ templates", "C++ templates"),
    ],
)
def test_an_entry_title_without_its_leading_icon(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def _hugo_site(tmp_path: Path, page: str, shortcode: str, data: str = "schedule") -> Path:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://x.edu/"\n')
    for folder in ("content", "data", "layouts/shortcodes"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "content" / "schedule.md").write_text(f'---\ntitle: "Schedule"\n---\n\n{page}\n')
    (tmp_path / "layouts" / "shortcodes" / "schedule.html").write_text(shortcode)
    for name, day in ((data, "2025-09-02"), (f"{data}_fa24", "2024-09-03")):
        (tmp_path / "data" / f"{name}.yaml").write_text(
            f"- date: {day}\n  title: Intro\n  readings:\n    - title: A\n      url: {A}\n"
        )
    return tmp_path


@pytest.mark.parametrize(
    ("page", "shortcode", "requirement"),
    [
        # the key stands on the page; the loop over the data, in the shortcode it calls
        (
            "Readings are required unless marked *optional*.\n\n{{< schedule >}}",
            "{{ range .Site.Data.schedule }}{{ .title }}{{ end }}",
            "required",
        ),
        (
            "Readings are required unless marked *optional*.\n\n{{< schedule >}}",
            '{{ partial "rows.html" . }}',  # a partial renders nothing here
            None,
        ),
        ("Readings are required unless marked *optional*.", "{{ .Site.Data.schedule }}", None),
    ],
)
def test_a_page_renders_what_its_shortcode_renders(
    tmp_path: Path, page: str, shortcode: str, requirement: str | None
) -> None:
    lectures = extract_site(_hugo_site(tmp_path, page, shortcode)).lectures
    assert [(lec.file, lec.readings[0].requirement) for lec in lectures] == [
        ("data/schedule.yaml", requirement)
    ]


def test_the_offering_a_hugo_shortcode_renders_is_read(tmp_path: Path) -> None:
    """Hugo's ``layouts/`` are templates: the data file they name is the one shown."""
    root = _hugo_site(tmp_path, "{{< schedule >}}", "{{ range .Site.Data.schedule_fa24 }}{{ end }}")
    assert [lec.file for lec in extract_site(root).lectures] == ["data/schedule_fa24.yaml"]


@pytest.mark.parametrize(
    "include",
    ["schedule.html", "../outside/schedule.html"],  # never a file outside the site
)
def test_a_jekyll_include_renders_for_its_page(tmp_path: Path, include: str) -> None:
    site = tmp_path / "site"
    (site / "_includes").mkdir(parents=True)
    (site / "_data").mkdir()
    (tmp_path / "outside").mkdir()
    loop = "{% for l in site.data.lectures %}{{ l.title }}{% endfor %}"
    (site / "_includes" / "schedule.html").write_text(loop)
    (tmp_path / "outside" / "schedule.html").write_text(loop)
    (site / "_data" / "lectures.yml").write_text(
        f"- date: 2026-01-05\n  title: Intro\n  readings:\n    - title: A\n      url: {A}\n"
    )
    (site / "schedule.md").write_text(
        f"---\ntitle: S\n---\n\nAll readings are optional unless marked required.\n\n"
        f"{{% include {include} %}}\n"
    )
    [lecture] = extract_site(site).lectures
    assert lecture.readings[0].requirement == ("optional" if include == "schedule.html" else None)


@pytest.mark.parametrize(
    ("heading", "lectures"),
    [
        ("### Sec 2 — Fri Jan 23", [("Mon Jan 19", "Stereo"), ("Fri Jan 23", "Homographies")]),
        ("### Recitation 4: Jan 23", [("Mon Jan 19", "Stereo"), ("Jan 23", "Homographies")]),
        ("### Tut. 3 — Fri Jan 23", [("Mon Jan 19", "Stereo"), ("Fri Jan 23", "Homographies")]),
        ("### Discussion 1, Jan 23", [("Mon Jan 19", "Stereo"), ("Jan 23", "Homographies")]),
        ("### Section 2: Grading", [("Mon Jan 19", "Stereo")]),  # undated: no entry
        ("### Milestone 1 — Jan 23", [("Mon Jan 19", "Stereo")]),  # not a meeting
    ],
)
def test_a_meetings_label_before_its_date(heading: str, lectures: list[tuple[str, str]]) -> None:
    page = (
        f"### Lec 5 — Mon Jan 19\n\nStereo\n\n- [A]({A})\n\n{heading}\n\nHomographies\n\n"
        f"- [B]({B})\n"
    )
    assert [(lec.key, lec.title) for lec in read_markdown(page, "m.md", None)] == lectures


def test_a_link_text_naming_sections_is_a_reading() -> None:
    page = f"## Oct 4: Concurrency\n\n* [Section 1-4 (required)]({A})\n* [Sec 5 (optional)]({B})\n"
    assert _readings(page) == [
        ("Oct 4", [("Section 1-4 (required)", "required"), ("Sec 5 (optional)", "optional")])
    ]


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (' (optional — the "overview first" mantra)', "optional"),
        (" (optional — the “overview first” mantra)", "optional"),
        (" (CMV 2007) (optional); Sarikaya, A Survey", "optional"),
        (" (CMV 2007); Sarikaya, [B] (optional)", None),  # B's marker, not A's
        (" (CMV 2007), a long remark that goes on and on and on well past sixty (optional)", None),
    ],
)
def test_a_marker_after_a_links_citation(after: str, requirement: str | None) -> None:
    assert classify.suffix_requirement(after) == requirement


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # the line under a bare heading names it, before the materials' line
        (f"Introduction  \n[Slides](s.pdf) · [Recording]({C})", "Introduction"),
        (
            f"**Lecture**{{: .label }} Introduction  \n[Slides](s.pdf) · [Recording]({C})",
            "Introduction",
        ),
        ("**Quiz**{: .label } Quiz 2 (in section)", "Quiz 2 (in section)"),
        # a speaker's page on the line: the presenter note is cut as in any title
        ("NeRFs — [Dr. Priya Natarajan](https://pn.github.io) (Adobe)  \n[Slides](s.pdf)", "NeRFs"),
        # a reading on the first line: that line is no title
        (f"[A Paper]({C})  \n[Slides](s.pdf)", ""),
    ],
)
def test_the_first_line_under_a_bare_heading(first: str, title: str) -> None:
    page = f"### Lec 1 — Mon Jan 5\n\n{first}\n\n- Readings\n  - [A]({A})\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "m.md", None)
    assert lecture.title == title


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "**Key:** 📘 core reading · 📗 optional · 🎥 video · ⏰ due",
            [("📘", "required"), ("📗", "optional")],
        ),
        ("Legend: ★ must read | ☆ suggested", [("★", "required"), ("☆", "optional")]),
        ("Key: 📘 = required; 📗: extra reading", [("📘", "required")]),  # extra: no key word
        ("📘 core reading · 📗 optional", []),  # no "Key:": a line of text, not a key
    ],
)
def test_a_key_line_of_signs(key: str, signs: list[tuple[str, str]]) -> None:
    assert list(symbol_legends(key.replace("**", ""))) == signs


def test_a_label_a_key_names_in_quotes() -> None:
    key = "The readings under “Read before class” are required. The others are optional."
    assert symbol_legends(key) == (("read before class:", "required"),)
    assert legend_others(key, symbol_legends(key)) == "optional"


@pytest.mark.parametrize(
    ("second", "requirement"),
    [
        ("If you want more:", "optional"),
        ("Discussion questions:", None),  # no label: the first item's label ended with it
    ],
)
def test_a_nested_items_label_holds_inside_it(second: str, requirement: str | None) -> None:
    page = (
        "<ul><li><b>Tue Sep 2</b> — Intro<ul>"
        f'<li>Required reading:<ul><li><a href="{A}">A</a></li></ul></li>'
        f'<li>{second}<ul><li><a href="{B}">B</a></li></ul></li>'
        "</ul></li>"
        f'<li><b>Thu Sep 4</b> — More<ul><li><a href="{C}">C</a></li></ul></li></ul>'
    )
    lectures = read_html(page, "s.html", None, lambda _: 1)
    assert [(r.text, r.requirement) for r in lectures[0].readings] == [
        ("A", "required"),
        ("B", requirement),
    ]


@pytest.mark.parametrize(
    ("cell", "texts"),
    [
        (f"~~[A]({A})~~ moved to Oct 7", []),
        (f"[~~A~~]({A}) moved", []),
        (f"[A ~~draft~~]({A})", ["A ~~draft~~"]),  # only a part struck
        (f"[A]({A})", ["A"]),
    ],
)
def test_a_struck_through_link_is_withdrawn(cell: str, texts: list[str]) -> None:
    page = f"| Date | Topic | Readings |\n|---|---|---|\n| Thu Sep 25 | Cancelled | {cell} |\n"
    assert [text for _, readings in _readings(page) for text, _ in readings] == texts


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (" (optional if you have taken CS 355)", "optional"),
        (" (required for 4xx students only)", "required"),
        (" (545: required)", "required"),
        (" (grad students: optional)", "optional"),
        (" (see also chapter 3: it is long)", None),
    ],
)
def test_a_marker_for_some_students(after: str, requirement: str | None) -> None:
    assert classify.suffix_requirement(after) == requirement


def _flags_site(tmp_path: Path, fields: str, note: str) -> list[str | None]:
    (tmp_path / "_config.yml").write_text("title: DS\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "readings.yml").write_text(
        f"- date: 2026-01-05\n  title: Intro\n  readings:\n    - title: A\n      url: {A}\n"
        f"{fields}    - title: B\n      url: {B}\n"
    )
    loop = "{% for l in site.data.readings %}{{ l.title }}{% endfor %}"
    (tmp_path / "schedule.md").write_text(f"---\ntitle: S\n---\n\n{note}\n\n{loop}\n")
    return [r.requirement for lec in extract_site(tmp_path).lectures for r in lec.readings]


@pytest.mark.parametrize(
    ("fields", "note", "requirements"),
    [
        ("      starred: true\n", "★ = must read, others are suggested.", ["required", "optional"]),
        (
            "      starred: false\n",
            "★ = must read, others are suggested.",
            ["optional", "optional"],
        ),
        ("      starred: true\n", "Slides are posted after class.", [None, None]),  # no key
        ("      dagger: yes\n", "† = optional", ["optional", None]),
        ("      priority: core\n", "", ["required", None]),
        ("      priority: extra\n", "", ["optional", None]),
        ("      priority: high\n", "", [None, None]),
    ],
)
def test_a_data_records_flags_and_the_pages_key(
    tmp_path: Path, fields: str, note: str, requirements: list[str | None]
) -> None:
    assert _flags_site(tmp_path, fields, note) == requirements


def test_a_key_with_an_exception_for_a_label() -> None:
    """A ``<details>`` box whose summary is the label the key names takes its meaning."""
    key = "All readings are required, except those tucked under **More**, which are optional."
    assert symbol_legends(key.replace("**", "")) == (("more:", "optional"),)
    page = (
        f"{key}\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 9 | Intro | [A]({A}) <details><summary>More</summary>[B]({B})</details> |\n"
    )
    assert _readings(page) == [("Jan 9", [("A", "required"), ("B", "optional")])]


@pytest.mark.parametrize(
    ("record", "readings"),
    [
        # a notes field's links are a cell's: a reading, a form, an action
        ("  notes: 'See also [B](https://x.org/b) (RSS 2013).'\n", [("B", "optional")]),
        ("  notes: 'Background: [B](https://x.org/b)'\n", [("B", None)]),
        ("  notes: 'Fill in the [questionnaire](https://forms.gle/x) by Friday.'\n", []),
        ("  notes: 'Bring a laptop and install [Souffle](https://souffle.org/install).'\n", []),
        ("  notes: 'No links here.'\n", []),
        # a flag's value is no reading's text; the flag is the unmarked column's
        (
            "  optional: 'yes'\n  optional_reading: B\n  optional_url: https://x.org/b\n",
            [("B", "optional")],
        ),
    ],
)
def test_a_data_records_notes_and_flags(
    record: str, readings: list[tuple[str, str | None]]
) -> None:
    text = f"- date: 2025-01-15\n  topic: T\n  reading: A\n  reading_url: {A}\n{record}"
    [lecture] = read_yaml(text, "_data/schedule.yml", None)
    main = "optional" if "optional: 'yes'" in record else None
    assert [(r.text, r.requirement) for r in lecture.readings] == [("A", main), *readings]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (f"- 4/9: HW1 due (11:59pm on [Gradescope]({C}))", "HW1 due (11:59pm on Gradescope)"),
        ("- 4/9: Intro ([slides](s.pdf), [video](v.mp4))", "Intro"),
        (f"- 4/9: Intro [A]({A})", "Intro"),
    ],
)
def test_a_link_inside_the_titles_brackets(item: str, title: str) -> None:
    page = f"{item}\n- 4/11: More [B]({B})\n"
    assert read_markdown(page, "s.md", None)[0].title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ('<p>Membership inference (<a href="s.pdf">slides</a>)</p>', "Membership inference"),
        ('<p>Membership inference <a href="s.pdf">[slides]</a></p>', "Membership inference"),
        ('<p><a href="s.pdf">Slides</a> · <a href="v.mp4">Video</a></p>', ""),
    ],
)
def test_a_bare_headings_line_with_its_material(line: str, title: str) -> None:
    page = f'<h3>Thu, Aug 28</h3>{line}<ul><li><a href="{A}">A</a></li></ul>'
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert lecture.title == title


@pytest.mark.parametrize(
    "loop",
    [
        '{% assign lectures = site.lectures | sort: "date" %}{% for l in lectures %}{% endfor %}',
        "{% for l in site.lectures %}{% endfor %}",
    ],
)
def test_a_collections_front_matter_readings_take_its_pages_key(tmp_path: Path, loop: str) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  lectures:\n    output: true\n")
    (tmp_path / "_lectures").mkdir()
    (tmp_path / "_lectures" / "01-intro.md").write_text(
        "---\ntitle: Intro\ndate: 2025-01-21\nreadings:\n"
        f"  - title: A\n    url: {A}\n  - title: B\n    url: {B}\n    optional: true\n---\n\n"
        f"Optional: [C]({C})\n"
    )
    (tmp_path / "lectures.html").write_text(
        "---\ntitle: Lectures\n---\n<p>All listed readings are required before the lecture "
        f"unless marked optional.</p>\n{loop}\n"
    )
    [lecture] = extract_site(tmp_path).lectures
    assert [(r.text, r.requirement) for r in lecture.readings] == [
        ("A", "required"),
        ("B", "optional"),
        ("C", "optional"),
    ]


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("All listed readings are required before the lecture unless marked optional.", "required"),
        ("Readings are optional, for the curious, unless marked required.", "optional"),
        ("Readings are required. Slides are posted unless the speaker asks otherwise.", None),
    ],
)
def test_a_key_with_words_before_its_exception(key: str, others: str | None) -> None:
    assert legend_others(key, ()) == others


@pytest.mark.parametrize(
    ("after", "material"),
    [(" (video, 2h)", True), (" (code; optional)", True), (" (video of the talk by me)", False)],
)
def test_a_kind_with_a_remark_after_a_link(after: str, material: bool) -> None:
    assert classify.kind_after(after) is material


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("Essay 1 assignment sheet", True),
        ("Project 3 template", True),
        ("Lecture notes (PDF)", True),
        ("Slides [pdf]", True),
        ("Lecture notes: network coding (PDF)", False),  # notes on a topic: a reading
        ("Chapter 12 of the book", False),
    ],
)
def test_material_named_with_its_number_or_format(text: str, material: bool) -> None:
    assert classify.names_material(text) is material


def test_a_materials_column_beside_a_readings_column() -> None:
    page = (
        "| Date | Topic | Readings | Materials |\n|---|---|---|---|\n"
        f"| Tue Feb 18 | IPW | [A]({A}) | [Slides](s.pdf) · [R code]({B}) |\n"
        f"| Thu Feb 20 | More | [C]({C}) | [Slides](t.pdf) |\n"
    )
    assert [text for _, readings in _readings(page) for text, _ in readings] == ["A", "C"]
    alone = page.replace("| Readings |", "| Notes |")  # the only column that may hold them
    assert [text for _, readings in _readings(alone) for text, _ in readings] == ["R code"]


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        (f'<li class="optional"><a href="{A}">A</a></li>', "optional"),
        (f'<li class="reading required"><a href="{A}">A</a></li>', "required"),
        (f'<li class="done"><a href="{A}">A</a></li>', None),
        (f'<p class="further"><a href="{A}">A</a></p>', "optional"),
    ],
)
def test_an_items_own_class(item: str, requirement: str | None) -> None:
    page = f"<h4>Wed Sep 3: Intro</h4><ul>{item}</ul>"
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert [r.requirement for r in lecture.readings] == [requirement]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ch. 1 (regression models)", True),
        ("§2: Basics", True),
        ("ch. 1 (regression models and more than forty characters of gloss)", False),
        ("Chapter One of a Book", False),
    ],
)
def test_a_part_with_its_gloss(text: str, part: bool) -> None:
    assert classify.names_part(text) is part


def test_a_topic_and_readings_column_titles_its_rows() -> None:
    page = (
        "| Date | Topic & readings | Slides |\n|---|---|---|\n"
        "| Sep 4 | Online communities | [slides](s.pdf) |\n"
        f"| | **Read:** [A]({A}) |  |\n"
        "| Sep 9 | Norms | [slides](t.pdf) |\n"
        f"| | **Read:** [B]({B}) |  |\n"
    )
    got = [
        (lec.key, lec.title, [r.text for r in lec.readings])
        for lec in read_markdown(page, "s.md", None)
    ]
    assert got == [("Sep 4", "Online communities", ["A"]), ("Sep 9", "Norms", ["B"])]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (f"1. **Sep 2** — Time and clocks. Readings: Lamport (1978), [A]({A})", "Time and clocks"),
        (f"1. **Sep 2** — Time and clocks. Required reading: Lamport, [A]({A})", "Time and clocks"),
        (f"1. **Sep 2** — Reading groups: how they work [A]({A})", "Reading groups: how they work"),
    ],
)
def test_a_reading_label_ends_the_title(item: str, title: str) -> None:
    page = f"{item}\n1. **Sep 4** — More [B]({B})\n"
    assert read_markdown(page, "README.md", None)[0].title == title


_TABLE = f"| Date | Topic | Readings |\n|---|---|---|\n| Sep 5 | Intro | [A]({A}) |\n"


@pytest.mark.parametrize(
    ("config", "meta", "files"),
    [
        # the sources are here (a Jekyll config): docs/ built by Jekyll is their copy
        ("_config.yml", '<meta name="generator" content="Jekyll v4.3.3" />', ["schedule.md"]),
        ("_config.yml", "", ["docs/schedule/index.html", "schedule.md"]),  # hand-written
        ("", '<meta name="generator" content="Jekyll v4.3.3" />', ["docs/schedule/index.html"]),
    ],
)
def test_a_built_copy_beside_its_sources(
    tmp_path: Path, config: str, meta: str, files: list[str]
) -> None:
    if config:
        (tmp_path / config).write_text("title: S\n")
    (tmp_path / "schedule.md").write_text(f"---\ntitle: S\n---\n\n{_TABLE}")
    (tmp_path / "docs" / "schedule").mkdir(parents=True)
    (tmp_path / "docs" / "schedule" / "index.html").write_text(
        f"<html><head>{meta}</head><body><table><tr><th>Date</th><th>Topic</th>"
        f'<th>Readings</th></tr><tr><td>Sep 5</td><td>Intro</td><td><a href="{A}">A</a>'
        "</td></tr></table></body></html>"
    )
    if not config:
        (tmp_path / "schedule.md").unlink()
    assert sorted({lec.file for lec in extract_site(tmp_path).lectures}) == files


@pytest.mark.parametrize(
    ("template", "requirements"),
    [
        (
            "<p><strong>Required reading:</strong> {{ include.reading | markdownify }}</p>"
            "<p><strong>Optional:</strong> {{ include.optional | markdownify }}</p>",
            ["required", "optional"],
        ),
        ("", [None, "optional"]),  # no template: the parameters' names say it
    ],
)
def test_an_entry_includes_reading_parameters(
    tmp_path: Path, template: str, requirements: list[str | None]
) -> None:
    (tmp_path / "_config.yml").write_text("title: S\n")
    if template:
        (tmp_path / "_includes").mkdir()
        (tmp_path / "_includes" / "lecture.html").write_text(template)
    (tmp_path / "schedule.md").write_text(
        "---\ntitle: S\n---\n\n"
        f'{{% include lecture.html date="Sep 2" title="Intro" slides="/s.pdf" reading="[A]({A})"'
        f' optional="[B]({B}); [C]({C})" %}}\n\n'
        '{% include lecture.html date="Sep 4" title="More" %}\n'
    )
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [("Sep 2", "Intro"), ("Sep 4", "More")]
    got = [(r.text, r.requirement) for r in lectures[0].readings]
    assert got == [("A", requirements[0]), ("B", requirements[1]), ("C", requirements[1])]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Guest lecture: Dr. Malik Osei (Cloudflare) — Object storage", "Object storage"),
        # the topic after the colon: only the trailing name goes
        ("Guest lecture: Usable security — Prof. Ana Costa", "Guest lecture: Usable security"),
        ("Guest talk: Learning from play", "Guest talk: Learning from play"),
    ],
)
def test_a_guest_lectures_speaker_before_its_topic(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def test_an_emoji_a_key_marks_with() -> None:
    key = "Readings marked ⭐ are required; all others optional."
    assert symbol_legends(key) == (("⭐", "required"),)
    assert legend_others(key, symbol_legends(key)) == "optional"


def test_a_hugo_week_bundle(tmp_path: Path) -> None:
    """``content/schedule/week-02/index.md``: one entry titled by its front matter,
    its day headings inside it, its relative PDF in the bundle."""
    (tmp_path / "hugo.toml").write_text('baseURL = "https://x.edu/stats/"\n')
    week = tmp_path / "content" / "schedule" / "week-02"
    week.mkdir(parents=True)
    (week / "index.md").write_text(
        '---\ntitle: "Week 2"\ndate: 2026-01-27T09:00:00-05:00\n---\n\n'
        f"### Tuesday\n\n- [A]({A})\n\n### Thursday\n\n- [B](randomization.pdf)\n"
    )
    [lecture] = extract_site(tmp_path).lectures
    assert (lecture.key, lecture.title) == ("2026-01-27", "Week 2")
    assert [r.link for r in lecture.readings] == [
        A,
        "https://x.edu/stats/schedule/week-02/randomization.pdf",
    ]


@pytest.mark.parametrize(
    ("box", "requirement"),
    [
        (f"{{: .note }}\n> [B]({B})\n", "optional"),  # the config titles note "Optional reading"
        (f"{{: .note }}\n> - [B]({B})\n", "optional"),
        (f"{{: .warning }}\n> [B]({B})\n", None),  # an untitled callout stays as it is
        (f"{{: .note }}\n\n[B]({B})\n", None),  # no blockquote: no box
    ],
)
def test_a_just_the_docs_callout_titled_by_the_config(
    tmp_path: Path, box: str, requirement: str | None
) -> None:
    (tmp_path / "_config.yml").write_text(
        "remote_theme: just-the-docs/just-the-docs\n"
        "callouts:\n  note:\n    title: Optional reading\n  warning:\n    color: red\n"
    )
    (tmp_path / "week-01.md").write_text(
        f"---\ntitle: Week 1\n---\n\n## Lecture 1 (Jan 7): Intro\n\n- [A]({A})\n\n{box}"
    )
    [lecture] = extract_site(tmp_path).lectures
    assert [(r.text, r.requirement) for r in lecture.readings] == [("A", None), ("B", requirement)]


def test_an_astro_pages_site_absolute_paths_lie_under_its_base(tmp_path: Path) -> None:
    (tmp_path / "astro.config.mjs").write_text(
        "export default defineConfig({ site: 'https://x.github.io', base: '/cse599' });\n"
    )
    folder = tmp_path / "src" / "content" / "lectures"
    folder.mkdir(parents=True)
    (folder / "01.md").write_text(
        "---\ntitle: 'Lecture 1: Intro'\ndate: 2025-04-01\nreadings:\n"
        "  - title: A\n    url: /readings/a.pdf\n---\n\nOptional: [B](/readings/b.pdf)\n"
    )
    [lecture] = extract_site(tmp_path).lectures
    assert [r.link for r in lecture.readings] == [
        "https://x.github.io/cse599/readings/a.pdf",
        "https://x.github.io/cse599/readings/b.pdf",
    ]


@pytest.mark.parametrize(
    ("key", "requirements"),
    [
        # "with a <sign>" is a key's lead; "the rest ... if you want to go deeper": optional
        (
            "Papers with a 📌 are mandatory. The rest are there if you want to go deeper.",
            ["required", "optional"],
        ),
        ("Papers with a 📌 are mandatory.", ["required", None]),
        ("Papers with a lot of math are hard. The rest are easy.", [None, None]),
    ],
)
def test_a_key_that_says_with_a_sign(key: str, requirements: list[str | None]) -> None:
    page = f"{key}\n\n## Feb 4: Raft\n\n- 📌 [A]({A})\n- [B]({B})\n"
    assert [req for _, readings in _readings(page) for _, req in readings] == requirements


def test_a_signed_reading_marks_where_the_readings_are() -> None:
    """``[Slides] · [Raft visualization]`` beside a 📌 reading: material."""
    page = (
        "Papers with a 📌 are mandatory.\n\nFeb 4\n: Consensus II: Raft\n"
        f": [Slides](s.pdf) · [Raft visualization]({B})\n: 📌 [A]({A})\n\nFeb 6\n: Midterm\n"
    )
    assert [text for _, readings in _readings(page) for text, _ in readings] == ["A"]


@pytest.mark.parametrize(
    ("level", "requirement"),
    [("must", "required"), ("nice-to-have", "optional"), ("should", "optional"), ("high", None)],
)
def test_a_priority_word_in_a_level_field(level: str, requirement: str | None) -> None:
    text = f"- date: 2025-09-24\n  title: T\n  readings:\n    - title: A\n      url: {A}\n"
    [lecture] = read_yaml(text + f"      level: {level}\n", "_data/lectures.yml", None)
    assert [r.requirement for r in lecture.readings] == [requirement]


def test_a_data_records_title_without_its_speaker() -> None:
    text = "- date: 2025-09-24\n  title: 'Guest lecture: Dr. Wen Liu (Google) — Compilers'\n"
    [lecture] = read_yaml(text, "_data/lectures.yml", None)
    assert lecture.title == "Compilers"


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("Optional follow-up:", (True, "optional")),
        ("Required prep:", (True, "required")),
        ("Optional follow-up", (False, None)),  # no colon: a phrase, not a label
        ("Optional things to look at later:", (False, None)),  # more than two words
    ],
)
def test_a_short_label_opened_by_a_marker(label: str, found: tuple[bool, str | None]) -> None:
    assert classify.label_requirement(label) == found


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Guest: Tomas Lindqvist (Google DeepMind): Robustness at scale", "Robustness at scale"),
        ("Guest: Jane Doe (X): Guest lecture", "Guest: Jane Doe (X): Guest lecture"),
        ("Guest lecture: Transformers: a tour", "Guest lecture: Transformers: a tour"),
    ],
)
def test_a_speaker_and_affiliation_before_a_colon(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def test_a_key_in_a_column_header_is_the_signs() -> None:
    page = (
        "| Date | Topic | Reading (☆ = optional) |\n|---|---|---|\n"
        f"| Jan 30 | Trust | ☆ [A]({A})<br>[B]({B}) |\n"
    )
    assert _readings(page) == [("Jan 30", [("A", "optional"), ("B", None)])]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_among_a_folders_pages_is_never_waited_on(tmp_path: Path) -> None:
    """The generator-mark check reads a folder's HTML pages: a FIFO among them is
    skipped, never opened for reading (which would wait for a writer forever)."""
    (tmp_path / "_config.yml").write_text("title: S\n")
    (tmp_path / "schedule.md").write_text(f"---\ntitle: S\n---\n\n{_TABLE}")
    (tmp_path / "docs").mkdir()
    os.mkfifo(tmp_path / "docs" / "index.html")
    assert [lec.file for lec in extract_site(tmp_path).lectures] == ["schedule.md"]
