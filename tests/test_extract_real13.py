"""Rules found by the real13 round of blind cases (tests/cases/real13-*): one row each."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract import tables as table_roles
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown

URL = "https://example.org/a-paper"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sep 5 (Thu) — Topic", "Sep 5 (Thu)"),
        ("<2024-09-30 Mon> Intro", "2024-09-30 Mon"),
        ("Jan 8 Sunday", "Jan 8 Sunday"),
        ("Jan 5 Monitoring systems", "Jan 5"),
        ("Mar 4 (Week 2)", "Mar 4"),
    ],
)
def test_a_weekday_after_a_date(text: str, date: str) -> None:
    """The date's weekday written after it is part of the key."""
    assert classify.date_in(text) == date


@pytest.mark.parametrize(
    ("heading", "lecture"),
    [
        ("2.1. &lt;2024-09-30 Mon&gt; Intro", ("2024-09-30 Mon", "Intro")),
        ("3. Jan 5: Intro", ("Jan 5", "Intro")),
        ("[2024-09-30 Mon] Intro", ("2024-09-30 Mon", "Intro")),
    ],
)
def test_section_numbers_and_brackets_around_a_date(heading: str, lecture: tuple[str, str]) -> None:
    """Org's ``2.1. <2024-09-30 Mon> Intro``: numbering and brackets are not the title."""
    html = f"<h3>{heading}</h3><ul><li><a href='{URL}'>A</a></li></ul>"
    (got,) = read_html(html, "index.html", None, LineIndex(html))
    assert (got.key, got.title) == lecture


@pytest.mark.parametrize(
    ("cell", "key"),
    [("@September 25, 2024", "September 25, 2024"), ("#3", "#3"), ("@home", "@home")],
)
def test_signs_before_a_key_date(cell: str, key: str) -> None:
    """Notion's ``@September 25, 2024``: signs before a key cell's date are not the key."""
    assert table_roles._key_text(cell) == key


def test_a_thematic_break_ends_a_session() -> None:
    page = (
        f"**Sep 5** — Intro\n\n- [A]({URL})\n\n---\n\n"
        f"Accommodations: see [Disability Resources]({URL}/drs).\n"
    )
    (got,) = read_markdown(page, "syllabus.md", None)
    assert [r.text for r in got.readings] == ["A"]


def test_a_thematic_break_keeps_an_empty_group_heading() -> None:
    """``## Week 1`` then ``---`` then its dated sessions: the week is still a group."""
    page = f"## Week 1\n\n---\n\n### Tue Jan 7: Intro\n\n- [A]({URL})\n"
    assert [(lec.key, lec.title) for lec in read_markdown(page, "s.md", None)] == [
        ("Tue Jan 7", "Intro")
    ]


def test_only_the_main_content_is_read() -> None:
    """A page that marks its content (``<main>``, ``role=main``): its footer is not a session's."""
    html = (
        "<nav><a href='/home'>Home</a></nav><div role='main'><p><b>Sep 9 - Intro</b></p>"
        f"<ul><li><a href='{URL}'>A</a></li></ul></div>"
        "<div class='footer'><a href='https://sites.google.com/new'>Google Sites</a></div>"
    )
    (got,) = read_html(html, "s.html", None, LineIndex(html))
    assert [r.text for r in got.readings] == ["A"]


@pytest.mark.parametrize(
    ("text", "reading"),
    [("Video: monads in 15 minutes", False), ("Slides: week 3", False), ("Videos of Cats", True)],
)
def test_a_material_kind_opening_a_link_text(text: str, reading: bool) -> None:
    assert classify.is_reading(text, URL) is reading


def test_data_subfolders_are_read(tmp_path: Path) -> None:
    """Hugo and Jekyll read ``data/weeks/week01.yaml`` as ``site.data.weeks``."""
    week = tmp_path / "data" / "weeks"
    week.mkdir(parents=True)
    (week / "week01.yaml").write_text(
        f"sessions:\n  - date: Tue Jan 14\n    title: Intro\n    readings:\n"
        f"      - title: A\n        url: {URL}\n"
    )
    site = extract_site(tmp_path)
    assert [(lec.file, lec.key) for lec in site.lectures] == [
        ("data/weeks/week01.yaml", "Tue Jan 14")
    ]


@pytest.mark.parametrize(
    ("before", "part", "title"),
    [
        ("Required: H&P", "1.1–1.3", "H&P 1.1–1.3"),
        ("and", "Appendix B", "Appendix B"),
        ("Salganik, M. (2018). Bit by Bit,", "ch. 2", "Salganik, M. (2018). Bit by Bit, ch. 2"),
    ],
)
def test_a_part_of_a_work_is_titled_by_the_work(before: str, part: str, title: str) -> None:
    assert classify.names_part(part)
    assert classify.part_title(before, part) == title


def test_a_thematic_break_before_a_label_keeps_the_session() -> None:
    """``---`` then ``Optional:``: the break separates the session's own lists."""
    page = f"## Jan 5: Intro\n\nReadings:\n\n- [A]({URL})\n\n---\n\nOptional:\n\n- [B]({URL}/b)\n"
    (got,) = read_markdown(page, "s.md", None)
    assert [(r.text, r.requirement) for r in got.readings] == [("A", None), ("B", "optional")]


@pytest.mark.parametrize(
    ("text", "part"),
    [("ch. 2", True), ("§3.4", True), ("2.1–2.3", True), ("Appendix A", True), ("A", False)],
)
def test_what_names_a_part(text: str, part: bool) -> None:
    """A bare year or letter names no part; section numbers and part words do."""
    assert classify.names_part(text) is part
    assert not classify.names_part("2019")


def test_a_session_code_keys_no_undated_heading() -> None:
    """``## L2: ridge`` is a topic, not ``Lecture 2``: codes only label a date."""
    assert classify.SESSION_WORD_RE.match("L2: ridge") is None
    assert classify.SESSION_WORD_RE.match("Lecture 2: ridge") is not None


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ('{{< reading title="A" url="https://x.org/a" optional="true" >}}', ("A", "optional")),
        ('{{< paper name="B" link="https://x.org/b" >}}', ("B", None)),
        ('{{< youtube id="ERibwqs9p38" title="Talk" >}}', None),
    ],
)
def test_a_shortcode_with_a_url_is_its_link(line: str, reading: tuple[str, str] | None) -> None:
    """Hugo renders ``{{< reading url=… >}}`` through its template: a link, like an include's."""
    from readlist.extract import page

    source = page.boxes(f"## Tue Jan 14: Meaning\n\n<ul>\n{line}\n</ul>\n")
    (got,) = read_markdown(source, "schedule.md", None)
    assert [(r.text, r.requirement) for r in got.readings] == ([reading] if reading else [])


def test_a_quarto_listing_names_its_data(tmp_path: Path) -> None:
    """``listing: contents: schedule.yml``: Quarto renders that file as the schedule."""
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\n")
    (tmp_path / "schedule.qmd").write_text(
        "---\ntitle: Schedule\nlisting:\n  contents: schedule.yml\n  type: table\n---\n"
    )
    (tmp_path / "schedule.yml").write_text(
        f"- date: '2025-01-27'\n  title: Intro\n  readings: '[A]({URL})'\n"
    )
    (tmp_path / "other.yml").write_text(f"- date: '2025-01-28'\n  title: B\n  url: {URL}\n")
    site = extract_site(tmp_path)
    assert [(lec.file, lec.key, [r.text for r in lec.readings]) for lec in site.lectures] == [
        ("schedule.yml", "2025-01-27", ["A"])
    ]


@pytest.mark.parametrize(
    ("fields", "readings"),
    [
        (f"reading1: A\n  link1: {URL}", [("A", None)]),
        (f"optional1: B\n  optional_link1: {URL}/b", [("B", "optional")]),
        (f"paper2: C\n  paper2_url: {URL}/c", [("C", None)]),
        (f"reading1: '[D]({URL}/d)'", [("D", None)]),
        ("reading1: ''\n  link1: ''", []),
        (f"slides1: E\n  link9: {URL}/e", [(f"{URL}/e", None)]),
    ],
)
def test_numbered_reading_columns(fields: str, readings: list[tuple[str, str | None]]) -> None:
    """A spreadsheet export's ``reading1``/``link1`` columns are one reading each."""
    from readlist.extract.yamldata import read_yaml

    (got,) = read_yaml(f"- date: Sep 3\n  topic: Intro\n  {fields}\n", "_data/l.yml", None)
    assert [(r.text, r.requirement) for r in got.readings] == readings


@pytest.mark.parametrize(
    ("fields", "readings"),
    [
        ("Reading 1: A\n  Reading 1 URL: https://x.org/a", [("A", None)]),
        ("Optional Reading: B\n  Optional Reading URL: https://x.org/b", [("B", "optional")]),
        ("title: C\n  url: https://x.org/lectures/1", []),
        ("reading1: D\n  link1: https://x.org/d\n  video_link1: https://x.org/v", [("D", None)]),
    ],
)
def test_text_and_url_columns_pair(fields: str, readings: list[tuple[str, str | None]]) -> None:
    """``Reading 1`` + ``Reading 1 URL``; a record's own ``url`` and a video column are none."""
    from readlist.extract.yamldata import read_yaml

    (got,) = read_yaml(f"- date: Sep 3\n  topic: Intro\n  {fields}\n", "_data/l.yml", None)
    assert [(r.text, r.requirement) for r in got.readings] == readings


@pytest.mark.parametrize(
    ("readings", "got"),
    [
        ('\n    "Attention": https://x.org/a', [("Attention", "https://x.org/a", None)]),
        ('\n    - ["Attention", "https://x.org/a"]', [("Attention", "https://x.org/a", None)]),
        (
            '\n    - "Vaswani et al., Attention. https://x.org/a"'
            '\n    - "Optional: Devlin, BERT (https://x.org/b)"',
            [("Vaswani et al., Attention", "https://x.org/a", None)]
            + [("Devlin, BERT", "https://x.org/b", "optional")],
        ),
        ('\n    - "A note without a link"', []),
    ],
)
def test_data_readings_without_link_markup(
    readings: str, got: list[tuple[str, str, str | None]]
) -> None:
    """A title mapped to its URL, a [title, url] pair, a citation ending in its bare URL."""
    from readlist.extract.yamldata import read_yaml

    (lec,) = read_yaml(f"- date: Sep 3\n  topic: Intro\n  readings:{readings}\n", "s.yml", None)
    assert [(r.text, r.url, r.requirement) for r in lec.readings] == got


@pytest.mark.parametrize(
    ("line", "got"),
    [
        (
            "- Vaswani et al., Attention. https://x.org/a",
            [("https://x.org/a", "Vaswani et al., Attention")],
        ),
        ("- BERT (https://x.org/b).", [("https://x.org/b", "BERT")]),
        ("- `pip install git+https://x.org/c`", []),
        ("- [Linked](https://x.org/d)", [("Linked", "Linked")]),
        ("[ref]: https://x.org/e", []),
    ],
)
def test_bare_urls_are_links(line: str, got: list[tuple[str, str]]) -> None:
    """GitHub links a bare URL (GFM autolinks): a citation then its URL is a reading."""
    (lec,) = read_markdown(f"## Jan 5: Intro\n\n{line}\n", "README.md", None)
    assert [(r.text, r.title) for r in lec.readings] == got


def test_html_rendered_beside_its_source_is_not_read_twice(tmp_path: Path) -> None:
    """``schedule.md`` and the ``schedule.html`` pandoc made of it are one page."""
    (tmp_path / "schedule.md").write_text(f"## Jan 5: Intro\n\n- [A]({URL})\n")
    (tmp_path / "schedule.html").write_text(f"<h2>Jan 5: Intro</h2><ul><li><a href='{URL}'>A</a>")
    (tmp_path / "notes.html").write_text(f"<h2>Jan 7: Next</h2><ul><li><a href='{URL}/b'>B</a>")
    site = extract_site(tmp_path)
    assert [(lec.file, lec.key) for lec in site.lectures] == [
        ("notes.html", "Jan 7"),
        ("schedule.md", "Jan 5"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tue Jan 21, 10:30am — Topic", "Topic"),
        ("Jan 21 10:30-11:50: Topic", "Topic"),
        ("Jan 21, 1:30 to 3pm: Topic", "Topic"),
        ("Jan 21: 3 Laws of Robotics", "3 Laws of Robotics"),
    ],
)
def test_a_time_of_day_is_not_the_title(text: str, title: str) -> None:
    assert classify.title_without(text, classify.date_in(text) or "") == title


@pytest.mark.parametrize(
    ("after", "title"),
    [
        ("**Topic Three**", "Topic Three"),
        ("Topic Three", "Topic Three"),
        ("#### Readings", ""),
        ("Read these before class:", ""),
    ],
)
def test_a_dated_heading_takes_its_first_line_as_title(after: str, title: str) -> None:
    """``### Jan 21`` then ``**Topic Three**``: the entry's first line names it."""
    page = f"### Jan 21\n\n{after}\n\n- [A]({URL})\n"
    (got,) = read_markdown(page, "s.md", None)
    assert (got.title, [r.text for r in got.readings]) == (title, ["A"])


_HTML_SHAPES = {
    "details row": (
        "<table><tr><th>Date</th><th>Topic</th></tr><tr><td>Sep 5</td><td>Intro</td></tr>"
        "<tr><td colspan=2>Readings: <a href='https://x.org/a'>A</a>; optional: "
        "<a href='https://x.org/b'>B</a></td></tr><tr><td>Sep 7</td><td>Next</td></tr></table>",
        [("Sep 5", "Intro", [("A", None), ("B", "optional")]), ("Sep 7", "Next", [])],
    ),
    "row headers under an empty header": (
        "<table><tr><th></th><th>Topic</th><th>Readings</th></tr>"
        "<tr><th>Sep 5</th><td>Intro</td><td><a href='https://x.org/a'>A</a></td></tr>"
        "<tr><th>Sep 7</th><td>Next</td><td><a href='https://x.org/b'>B</a></td></tr></table>",
        [("Sep 5", "Intro", [("A", None)]), ("Sep 7", "Next", [("B", None)])],
    ),
    "topic then its date": (
        "<ol><li>Intro (Sep 5): <a href='https://x.org/a'>A</a></li>"
        "<li>Next (Sep 7): <a href='https://x.org/b'>B</a></li></ol>",
        [("Sep 5", "Intro", [("A", None)]), ("Sep 7", "Next", [("B", None)])],
    ),
    "a paper list with years": (
        "<ol><li>Smith (2019): <a href='https://x.org/a'>A</a></li>"
        "<li>Jones (2020): <a href='https://x.org/b'>B</a></li></ol>",
        [],
    ),
}


@pytest.mark.parametrize("shape", sorted(_HTML_SHAPES))
def test_hand_written_html_schedules(shape: str) -> None:
    """A details row spanning a dated table; dated row headers under an empty header
    cell; a list of topics each followed by its date in parentheses."""
    html, want = _HTML_SHAPES[shape]
    got = read_html(html, "s.html", None, LineIndex(html))
    assert [
        (lec.key, lec.title, [(r.text, r.requirement) for r in lec.readings]) for lec in got
    ] == want


@pytest.mark.parametrize(
    ("heading", "lecture"),
    [
        ("## Lecture 1: Intro (Sep 5)", ("Sep 5", "Intro")),
        ("## Lecture 1 - Intro - Sep 5", ("Sep 5", "Intro")),
        ("## Lecture 1: Intro", ("Lecture 1", "Intro")),
        ("## 2024/09/05 Intro", ("2024/09/05", "Intro")),
        ("## 05.09.2024: Intro", ("05.09.2024", "Intro")),
        ("## Sept 5–7: Intro", ("Sept 5–7", "Intro")),  # a range of days keys it, as written
    ],
)
def test_more_dated_headings(heading: str, lecture: tuple[str, str]) -> None:
    """A date ending a ``Lecture N`` heading keys it; year-first and dotted dates; the
    end of a range of days is not the title."""
    (got,) = read_markdown(f"{heading}\n\n- [A]({URL})\n", "s.md", None)
    assert (got.key, got.title) == lecture


@pytest.mark.parametrize(
    ("legend", "items", "want"),
    [
        (
            "Readings marked with * are optional.",
            "- [A](u)\n- [B](u/b)*\n- \\* [C](u/c)",
            [None, "optional", "optional"],
        ),
        ("† = optional", "- [A](u)\n- [B](u/b) †", [None, "optional"]),
        ("Optional readings are in italics.", "- [A](u)\n- *[B](u/b)*", [None, "optional"]),
        ("_Italicized readings are optional._", "- [A](u)\n- *[B](u/b)*", [None, "optional"]),
        ("Bolded papers are required.", "- [A](u)\n- **[B](u/b)**", [None, "required"]),
        ("Stars are what we like.", "- [A](u)\n- [B](u/b)*", [None, None]),
        (
            "Readings marked *(rec.)* are recommended.",
            "- [A](u)\n- [B](u/b) *(rec.)*\n- *(Rec.)* [C](u/c)\n- [D](u/d) (recent)",
            [None, "optional", "optional", None],
        ),
        (
            "Papers listed under “Background” are optional.",
            "- [A](u) Background: [B](u/b)\n- Background reading: [C](u/c)",
            [None, "optional", None],
        ),
    ],
)
def test_page_legends_of_marks(legend: str, items: str, want: list[str | None]) -> None:
    """A page's key to a mark beside readings, or to a style, says what the mark means."""
    page = f"{legend}\n\n## Jan 5: Intro\n\n{items.replace('(u', '(' + URL)}\n"
    (got,) = read_markdown(page, "s.md", None)
    assert [r.requirement for r in got.readings] == want


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("**1.** Sep 5 — Intro: [A](u)", "Intro"),
        ("**Sep 5** — Intro — [A](u)", "Intro"),
        ("**Sep 5**: Guest talk by [A. Guest](u)", "Guest talk by A. Guest"),
        ("**Sep 5**: [Transformers](u)", "Transformers"),
    ],
)
def test_a_dated_paragraph_is_titled_before_its_links(paragraph: str, title: str) -> None:
    page = paragraph.replace("(u)", f"({URL})") + "\n"
    (got,) = read_markdown(page, "s.md", None)
    assert got.title == title


@pytest.mark.parametrize(
    ("header", "row", "title"),
    [
        ("| Date | Session | Readings |", "| Jan 5 | Intro to X | [A](u) |", "Intro to X"),
        ("| Date | Class | Readings |", "| Jan 5 | Intro to X | [A](u) |", "Intro to X"),
        ("| # | Date | Readings |", "| 1 | Jan 5 | [A](u) |", "Jan 5"),
    ],
)
def test_a_column_of_words_titles_a_table_without_a_topic_header(
    header: str, row: str, title: str
) -> None:
    page = f"{header}\n|---|---|---|\n{row.replace('(u)', f'({URL})')}\n"
    (got,) = read_markdown(page, "s.md", None)
    assert (got.title, [r.text for r in got.readings]) == (title, ["A"])


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "- Intro — Jan 5\n  - [A](u)\n- Next — Jan 7\n  - [B](u/b)\n",
            [("Jan 5", "Intro", ["A"])],
        ),
        ("1. Jan 5 — Intro. Read [A](u).\n2. Jan 7 — Next.\n", [("Jan 5", "Intro", ["A"])]),
        ("Jan 5\n: Intro — [A](u)\n\nJan 7\n: Next\n", [("Jan 5", "Intro", ["A"])]),
        ("Jan 5\n: [Intro](notes/1.html)\n\nJan 7\n: Next\n", [("Jan 5", "Intro", [])]),
    ],
)
def test_more_list_shapes(page: str, want: list[tuple[str, str, list[str]]]) -> None:
    """A topic then its date after a dash; a Read verb before the link; a definition that
    sets its topic apart from its readings (a linked topic stays the title)."""
    got = read_markdown(page.replace("(u", f"({URL}"), "s.md", None)
    assert [(lec.key, lec.title, [r.text for r in lec.readings]) for lec in got][:1] == want


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("Introduction to the field", "Introduction to the field"),
        ("Reading: <a href='u'>A</a>", ""),
    ],
)
def test_a_dated_paragraph_line_then_its_topic(second: str, title: str) -> None:
    """``<b>Week 1 (Sept 5)</b><br>Introduction<br>Reading: …``: the second line is the topic."""
    html = (f"<p><b>Week 1 (Sept 5)</b><br>{second}<br>Reading: <a href='{URL}'>B</a></p>").replace(
        "'u'", f"'{URL}/a'"
    )
    (got,) = read_html(html, "s.html", None, LineIndex(html))
    assert got.title == title


def test_tsv_data_files(tmp_path: Path) -> None:
    """Jekyll reads ``_data/*.tsv`` as it reads CSV."""
    data = tmp_path / "_data"
    data.mkdir()
    (data / "schedule.tsv").write_text(f"date\ttopic\treadings\nSep 3\tIntro\t[A]({URL})\n")
    site = extract_site(tmp_path)
    assert [(lec.key, lec.title, [r.text for r in lec.readings]) for lec in site.lectures] == [
        ("Sep 3", "Intro", ["A"])
    ]


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "## Jan 7: Next\n\n## Readings\n\n- [B](u/b)\n\n## Optional\n\n- [C](u/c)\n",
            [("B", None), ("C", "optional")],
        ),
        ("## Jan 7: Next\n\n- [B](u/b)\n\n## Readings\n\n- [C](u/c)\n", [("B", None)]),
    ],
)
def test_reading_labels_at_the_entry_heading_level(
    page: str, want: list[tuple[str, str | None]]
) -> None:
    """``## Jan 7`` then ``## Readings``: one heading level for the page; a label after
    the session's own readings is the page's next section."""
    got = read_markdown(page.replace("(u", f"({URL}"), "s.md", None)
    assert [(r.text, r.requirement) for r in got[0].readings] == want


def test_a_label_inside_a_cell_outranks_the_cells_opening_marker() -> None:
    """``**Required**<br>[A]<br>**Optional**<br>[B]`` in one cell: B is optional."""
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 5 | Intro | **Required**<br>[A]({URL})<br>**Optional**<br>[B]({URL}/b) |\n"
    )
    (got,) = read_markdown(page, "s.md", None)
    assert [(r.text, r.requirement) for r in got.readings] == [("A", "required"), ("B", "optional")]


def test_a_label_line_outranks_the_items_opening_marker() -> None:
    """``<b>Required</b><br>[A]<br><b>Optional</b><br>[B]`` in one paragraph or item."""
    html = (
        f"<h3>Jan 5: Intro</h3><p><b>Required</b><br><a href='{URL}'>A</a><br>"
        f"<b>Optional</b><br><a href='{URL}/b'>B</a></p>"
    )
    (got,) = read_html(html, "s.html", None, LineIndex(html))
    assert [(r.text, r.requirement) for r in got.readings] == [("A", "required"), ("B", "optional")]


_WEEKS_TABLE = (
    "| Week | Dates | Topic |\n|---|---|---|\n"
    "| 1 | Jan 6–10 | Why networks? |\n| 2 | Jan 13–17 | Small worlds |\n\n"
)


@pytest.mark.parametrize(
    ("headings", "titles"),
    [
        ("### Week 1\n\n- [A](u)\n\n### Week 2\n\n- [B](u/b)", ["Why networks?", "Small worlds"]),
        ("### Week 2:\n\n- [B](u/b)", ["Small worlds"]),
        ("### Week 1: Our own title\n\n- [A](u)", ["Our own title"]),  # its own title wins
        ("### Lecture 1\n\n- [A](u)\n\n### Lecture 2\n\n- [B](u/b)", ["", ""]),  # not weeks
        ("### Week 3\n\n- [C](u/c)", [""]),  # no such row
    ],
)
def test_a_bare_session_heading_is_titled_by_its_table_row(
    headings: str, titles: list[str]
) -> None:
    """A topics-only table of weeks, then ``### Week N`` sections with the readings:
    each section is titled by its week's row."""
    page = _WEEKS_TABLE + "## Readings by week\n\n" + headings.replace("(u", "(" + URL) + "\n"
    got = read_markdown(page, "s.md", None)
    assert [lec.title for lec in got if lec.readings] == titles
