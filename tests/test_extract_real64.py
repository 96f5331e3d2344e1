"""Rules the real64–real67 blind rounds showed: readings a data file keeps by session
id, joined to the schedule's records; footnote numbers, which are no part of a title
and no citation; a key that names the page's labels in its own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from readlist.extract import classify, extract_site
from readlist.extract.dom import written_labels
from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import symbol_legends

A, B, C = "https://x.org/a", "https://x.org/b", "https://x.org/c"

SCHEDULE = """\
- id: intro
  date: Tue Aug 26
  topic: Overview
  slides: /slides/01.pdf
- id: autodiff
  date: Thu Aug 28
  topic: Autodiff
- id: spare
  date: Tue Sep 2
  topic: Compilers
"""


def _joined(tmp_path: Path, readings: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "schedule.yml").write_text(SCHEDULE, encoding="utf-8")
    (tmp_path / "_data" / "readings.yml").write_text(readings, encoding="utf-8")
    site = extract_site(tmp_path)
    return [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in site.lectures]


def test_readings_kept_by_session_id_join_the_schedule(tmp_path: Path) -> None:
    readings = f"""\
intro:
  required:
    - {{title: "Paper A", url: "{A}"}}
  optional:
    - {{title: "Paper B", url: "{B}"}}
autodiff:
  - {{title: "Paper C", url: "{C}"}}
"""
    assert _joined(tmp_path, readings) == [
        ("Tue Aug 26", [(A, "required"), (B, "optional")]),
        ("Thu Aug 28", [(C, None)]),
        ("Tue Sep 2", []),
    ]


@pytest.mark.parametrize(
    "readings",
    [
        # one session's readings: no index of them (it may be anything keyed "intro")
        f'intro:\n  - {{title: "Paper A", url: "{A}"}}\n',
        # most entries hold no readings: a mapping of other things
        f'intro:\n  - {{title: "Paper A", url: "{A}"}}\n'
        f'autodiff:\n  - {{title: "Paper C", url: "{C}"}}\n'
        "a: 1\nb: 2\nc: three\n",
        # entries of plain words, no link: not readings
        "intro:\n  - overview\nautodiff:\n  - chain rule\n",
    ],
)
def test_no_join_without_an_index_of_session_readings(tmp_path: Path, readings: str) -> None:
    assert all(found == [] for _, found in _joined(tmp_path, readings))


def test_readings_join_only_a_record_with_that_id(tmp_path: Path) -> None:
    readings = f'nosuch:\n  - {{title: "A", url: "{A}"}}\nother:\n  - {{title: "B", url: "{B}"}}\n'
    assert all(found == [] for _, found in _joined(tmp_path, readings))


def test_a_markdown_footnote_number_is_no_part_of_the_title() -> None:
    page = f"## Jan 5: Intro to things[^1]\n\n- [A]({A})\n\n[^1]: Room change this week.\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert (lecture.title, [r.url for r in lecture.readings]) == ("Intro to things", [A])


def test_a_pandoc_footnote_number_is_no_part_of_a_table_title() -> None:
    page = f"""<table><thead><tr><th>Date</th><th>Topic</th><th>Readings</th></tr></thead>
<tbody><tr><td>Jan 12</td><td>Introduction<a href="#fn1" class="footnote-ref" id="fnref1"
role="doc-noteref"><sup>1</sup></a></td><td><a href="{A}">Paper A</a></td></tr>
<tr><td>Jan 14</td><td>Privacy</td><td><a href="{B}">Paper B</a></td></tr></tbody></table>
<section class="footnotes"><ol><li id="fn1"><p>Room 101.<a href="#fnref1">↩︎</a></p></li>
</ol></section>
"""
    lectures = read_html(page, "syllabus.html", None, lambda _: 1)
    assert [(lec.title, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Introduction", [A]),
        ("Privacy", [B]),
    ]


def test_a_markdown_footnote_is_no_citation_of_its_first_link() -> None:
    # "[^2]" after a reading is a note (a proxy hint), not a numbered reference: the
    # note's link is never taken for a reading of the rows that cite it
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 20 | Layout | [A]({A})[^2] |\n| Jan 22 | More | [B]({B}) |\n\n"
        f"[^2]: From home, go through the [library proxy]({C}).\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [[r.url for r in lec.readings] for lec in lectures] == [[A], [B]]


@pytest.mark.parametrize(
    ("key", "labels", "meanings"),
    [
        (
            "You're responsible for everything under Read before class: the quizzes draw on it.",
            {"read before class"},
            {"read before class:": "required"},
        ),
        (
            "Further afield and Rabbit holes are for your own interest. Nobody checks.",
            {"further afield", "rabbit holes"},
            {"further afield:": "optional", "rabbit holes:": "optional"},
        ),
        (
            "Everyone reads the discussion paper before class; background papers are there if"
            " you want context.",
            {"discussion paper", "background"},
            {"discussion paper:": "required", "background:": "optional"},
        ),
        ("Rabbit holes are not required.", {"rabbit holes"}, {}),  # negated
        ("Rabbit holes are nice.", {"rabbit holes"}, {}),  # no meaning said
        # two meanings in one clause: which is whose is not said
        ("Read before class is required and rabbit holes optional.", {"rabbit holes"}, {}),
        # labels named apart: the meaning is the last one's ("an optional deep dive")
        (
            "Each lecture lists prereading, what we use in class, and an optional extra.",
            {"prereading", "in class"},
            {},
        ),
        # a label in use ("Main paper: [A]"), not named by a key
        ("Main paper: Attention for required tasks", {"main paper"}, {}),
        ("Everyone reads the discussion paper.", set(), {}),  # not a label the page writes
        ("Slides are optional.", {"slides"}, {}),  # material, no readings' label
        ("Papers are optional.", {"papers"}, {}),  # every reading's noun, no label
        (
            "Rabbit holes " + "and more words " * 12 + "are optional.",  # a run, not a key
            {"rabbit holes"},
            {},
        ),
    ],
)
def test_a_key_names_the_labels_the_page_writes_in_its_own_words(
    key: str, labels: set[str], meanings: dict[str, str]
) -> None:
    assert dict(symbol_legends(key, labels)) == meanings


def test_the_labels_a_page_writes() -> None:
    page = f"""<ul>
<li><strong>Read before class:</strong> <a href="{A}">Reinforcement Learning: An Intro</a></li>
<li><strong>Read before class:</strong> <a href="{B}">B</a>. Background: <a href="{C}">C</a></li>
<li><b>Discussion paper</b> (presenter: Ana Lee): <a href="{A}">A</a></li>
<li><b>Discussion paper</b> (presenter: Jun Park): <a href="{B}">B</a></li>
<li>Background: <a href="{C}">C</a></li><li>Once: <a href="{C}">C</a></li>
<li><a href="{A}">Learning: A</a></li><li><a href="{B}">Learning: B</a></li>
</ul>"""
    body = LexborHTMLParser(page).body
    assert body is not None
    # each twice or more; never a title's words before its colon inside a link
    assert written_labels(body) == {"read before class", "discussion paper", "background"}


def test_a_label_with_a_remark_on_who_presents_takes_the_keys_meaning() -> None:
    page = (
        "Everyone reads the discussion paper; background papers are there if you want"
        " context.\n\n"
        "## Jan 21: Synthesis\n\n"
        f"**Discussion paper** (presenter: Ana Lee):\n[A]({A})\n\n**Background:**\n- [B]({B})\n\n"
        "## Jan 28: Types\n\n"
        f"**Discussion paper** (presenter: Li Wu):\n[C]({C})\n\n"
        "## Feb 4: Code\n\n"
        f"**Discussion papers** (presenters: Jun and Li):\n- [C]({C})\n\n**Background:** [B]({B})\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [[(r.url, r.requirement) for r in lec.readings] for lec in lectures] == [
        [(A, "required"), (B, "optional")],
        [(C, "required")],
        [(C, "required"), (B, "optional")],  # the label as the key names it, plural
    ]


NUMBERED_TABLE = """\
| {head} | Date | Topic | Slides |
|---|---|---|---|
| 1 | Tue Sep 30 | Introduction | [pdf](slides/01.pdf) |
| 2 | Thu Oct 2 | Time and clocks | [pdf](slides/02.pdf) |

## Readings

"""


@pytest.mark.parametrize(
    ("head", "sections", "titles"),
    [
        ("#", ("Lecture 1", "Lecture 2"), ["Introduction", "Time and clocks"]),
        ("No.", ("Lecture 1", "Lecture 2"), ["Introduction", "Time and clocks"]),
        ("#", ("Week 1", "Week 2"), ["Introduction", "Time and clocks"]),
        # headings of two session words: which one the numbers count is not said
        ("#", ("Week 1", "Lecture 2"), ["", ""]),
        ("Lecture", ("Lecture 1", "Lecture 2"), ["Introduction", "Time and clocks"]),
        ("Week", ("Lecture 1", "Lecture 2"), ["", ""]),  # the column's own word counts
    ],
)
def test_a_number_column_without_a_word_titles_the_sections_by_their_word(
    tmp_path: Path, head: str, sections: tuple[str, str], titles: list[str]
) -> None:
    page = NUMBERED_TABLE.format(head=head) + "".join(
        f"### {section}\n\n- **Read:** [P{i}]({A}?{i})\n\n" for i, section in enumerate(sections)
    )
    (tmp_path / "README.md").write_text(page, encoding="utf-8")
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title) for lec in lectures] == list(zip(sections, titles, strict=True))


def _cell(cell: str) -> list[tuple[str, str | None]]:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f"<tr><td>Jan 12</td><td>Privacy</td><td>{cell}</td></tr></table>"
    )
    [lecture] = read_html(page, "syllabus.html", None, lambda _: 1)
    return [(r.url, r.requirement) for r in lecture.readings]


@pytest.mark.parametrize(
    ("cell", "requirements"),
    [
        # a label opening a paragraph covers the paragraphs after it, to the next label
        (
            f'<p><strong>Required:</strong> Nissenbaum, <a href="{A}">{A}</a></p>'
            f'<p>Citron &amp; Solove, <a href="{B}">{B}</a></p>'
            f'<p><strong>Recommended:</strong> GDPR, <a href="{C}">{C}</a></p>',
            [(A, "required"), (B, "required"), (C, "optional")],
        ),
        (
            f'Optional: <a href="{A}">A</a><br><a href="{B}">B</a>',
            [(A, "optional"), (B, "optional")],
        ),
        # in a list, the label is its item's only
        (
            f'<ul><li><b>Optional:</b> <a href="{A}">A</a></li><li><a href="{B}">B</a></li></ul>',
            [(A, "optional"), (B, None)],
        ),
        # words before a colon that are no label say nothing of the next paragraph
        (
            f'<p>Chapter 2: <a href="{A}">A</a></p><p><a href="{B}">B</a></p>',
            [(A, None), (B, None)],
        ),
    ],
)
def test_a_label_opening_a_cells_paragraph_covers_the_next(
    cell: str, requirements: list[tuple[str, str | None]]
) -> None:
    assert _cell(cell) == requirements


@pytest.mark.parametrize(
    ("mark", "requirement"),
    [
        ("<sup>opt</sup>", "optional"),
        ("<sup>(req.)</sup>", "required"),
        (" <sub>optional</sub>", "optional"),
        ("<sup>1</sup>", None),  # a note's number
        ("<sup>new</sup>", None),  # no requirement word
        ("<sup>optimal</sup>", None),
    ],
)
def test_a_requirement_word_set_as_a_superscript_after_a_link(
    mark: str, requirement: str | None
) -> None:
    page = f'<h3>Oct 6</h3><p>Reading: <a href="{A}">A</a>{mark}; <a href="{B}">B</a></p>'
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, requirement), (B, None)]


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Everything without the tag you are expected to have read before class.", "required"),
        ("Papers without a star are for your own interest.", "optional"),
        ("Everything without the tag you need not read.", None),  # negated
        ("Everything without the tag is listed below.", None),  # nothing said of it
    ],
)
def test_a_key_says_what_the_unmarked_readings_are_in_its_own_words(
    key: str, others: str | None
) -> None:
    page = f'<p>{key}</p><h3>Oct 6</h3><p><a href="{A}">A</a><sup>opt</sup>; '
    page += f'<a href="{B}">B</a></p>'
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, "optional"), (B, others)]


@pytest.mark.parametrize(
    "note",
    [
        "All readings this week are optional.",
        "Heads-up: all readings for this module are optional, we are in project mode.",
        "All readings today are optional.",
    ],
)
def test_a_note_before_a_sections_entries_makes_their_readings_optional(note: str) -> None:
    page = (
        f"## Week 3\n\n{note}\n\n### Oct 13: Inference\n\n- [A]({A})\n\n"
        f"### Oct 15: More\n\n- [B]({B})\n\n## Week 4\n\n### Oct 20: Models\n\n- [C]({C})\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [[(r.url, r.requirement) for r in lec.readings] for lec in lectures] == [
        [(A, "optional")],
        [(B, "optional")],
        [(C, None)],  # the next week's section: the note is not its
    ]


def test_a_note_of_required_readings_covers_its_section_too() -> None:
    page = (
        "## Week 3\n\nAll readings this week are required.\n\n"
        f"### Oct 13: Inference\n\n- [A]({A})\n"
    )
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == ["required"]


def test_a_note_of_no_requirement_covers_nothing() -> None:
    page = (
        "## Week 3\n\nAll readings this week are on Canvas.\n\n"
        f"### Oct 13: Inference\n\n- [A]({A})\n"
    )
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == [None]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a line of links opening with material: the rest are material too
        (f"[Slides](slides/07.pdf) · [Raft visualization]({C})", [A]),
        # a reading with its slides after it: a reading
        (f"[Raft Refloated]({C}) ([slides](slides/07.pdf))", [C, A]),
        # words of its own: not a line of material
        (f"[Slides](slides/07.pdf); the story behind it in [Raft Refloated]({C})", [C, A]),
        # a tool to play with is no reading, whatever the line
        (f"[Slides](slides/07.pdf); play with the [Raft visualization]({C})", [A]),
    ],
)
def test_a_line_of_material_links_in_a_schedule_list(line: str, kept: list[str]) -> None:
    page = (
        f"- **Tue Feb 3** — Raft\n    - {line}\n    - **Read:** [In Search of Raft]({A})\n"
        f"- **Thu Feb 5** — BFT\n    - **Read:** [PBFT]({B})\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.url for r in lectures[0].readings] == kept


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "Papers with a ✅ in front of them (a few older rows still show a ✔ instead) are"
            " the ones everyone should have read before we meet.",
            {"✅": "required", "✔": "required"},
        ),
        ("Readings marked with a ★ are for your own interest.", {"★": "optional"}),
        ("Papers with a † are there if you want more.", {"†": "optional"}),
        ("Papers with a ★ are not required.", {}),  # negated
        ("Papers with a ★ are the ones we like.", {}),  # no meaning said
        # the words after a colon say something else
        ("Papers with a ★: we discuss them, you have read them.", {}),
    ],
)
def test_a_sign_key_in_the_staffs_own_words(key: str, signs: dict[str, str]) -> None:
    assert dict(symbol_legends(key)) == signs


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # an optional box marks where readings are too: the prose link is none
        (f"**Further reading:**\n\n- [B]({B})\n", [B]),
        # a reading label marks where the readings are: the prose link is not one
        (f"**Reading:**\n\n- [B]({B})\n", [B]),
    ],
)
def test_a_prose_link_beside_an_optional_box(box: str, kept: list[str]) -> None:
    page = (
        "## Jan 21: Transformers\n\n"
        f"Before lecture, work through [The Illustrated Transformer]({A}) if attention is new.\n\n"
        f"{box}\n## Jan 23: More\n\n- [C]({C})\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.url for r in lectures[0].readings] == kept


def test_a_definitions_bold_run_in_topic_titles_it_and_its_links_are_readings() -> None:
    page = (
        f"Oct 1 (Tue)\n: **What is synthesis?** We start big. Come having read [A]({A}).\n\n"
        f"Oct 3 (Thu)\n: **Enumerative search.** Read [B]({B}) before class.\n\n"
        "Oct 8 (Tue)\n: No class: instructor away.\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "sessions.md", None)
    assert [(lec.title, [r.url for r in lec.readings]) for lec in lectures] == [
        ("What is synthesis?", [A]),
        ("Enumerative search", [B]),
        ("No class: instructor away.", []),
    ]


@pytest.mark.parametrize(
    ("sentence", "requirements"),
    [
        (f"Everyone should read [A]({A}) and [B]({B}).", ["required", "required"]),
        (f"Two papers, both required: [A]({A}) and [B]({B}).", ["required", "required"]),
        (f"If you want to see where it came from, [A]({A}) is short.", ["optional"]),
        (f"[A]({A}) is nice if you have time, and [B]({B}) is long.", ["optional", None]),
        (f"The [A]({A}) tutorial is there if you want to play with it.", ["optional"]),
        (f"Skim [A]({A}) only if you are curious about SAT.", ["optional"]),
        (f"[A]({A}) is long, and you will not need it if you want to pass.", [None]),  # negated
        (f"Come having read [A]({A}).", [None]),  # an imperative alone: never guessed
    ],
)
def test_requirements_said_in_a_sessions_prose(
    sentence: str, requirements: list[str | None]
) -> None:
    page = f"## Oct 1: Synthesis\n\n{sentence}\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "sessions.md", None)
    assert [r.requirement for r in lecture.readings] == requirements


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "Papers with a filled star are the ones we will discuss; hollow stars are"
            " background for the curious.",
            {"★": "required", "☆": "optional"},
        ),
        (
            "Readings with a ★ are required; ☆ are for your own interest.",
            {"★": "required", "☆": "optional"},
        ),
        (
            "Papers with a solid dot are the core, and open circles mean extras.",
            {"●": "required", "○": "optional"},
        ),
        ("Papers with a star are fun; hollow stars are on the exam.", {}),  # no meaning said
    ],
)
def test_a_sign_named_by_its_fill_and_a_clause_whose_subject_is_the_sign(
    key: str, signs: dict[str, str]
) -> None:
    assert dict(symbol_legends(key)) == signs


@pytest.mark.parametrize(
    ("key", "first", "later"),
    [
        (
            "Read the first one for sure. The rest are there if a topic grabs you.",
            "required",
            "optional",
        ),
        ("Read the first paper at least; the others are optional.", "required", "optional"),
        ("Read the first one if you like.", None, None),  # no priority said
    ],
)
def test_a_priority_key_in_the_staffs_own_words(
    key: str, first: str | None, later: str | None
) -> None:
    page = f"{key}\n\n## Jan 13: Intro\n\n1. [A]({A})\n2. [B]({B})\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == [first, later]


def test_a_heading_shown_again_beside_itself_bounds_nothing() -> None:
    module = """<div class="module"><div class="header">
<h2 class="sr-only">Week {n}: Topic {n} (Jan {d}–{e})</h2>
<span class="name">Week {n}: Topic {n} (Jan {d}–{e})</span><div class="prereq"></div></div>
<ul><li><a href="{url}">Paper {n}</a></li></ul></div>"""
    page = module.format(n=1, d=13, e=17, url=A) + module.format(n=2, d=20, e=24, url=B)
    lectures = read_html(page, "modules.html", None, lambda _: 1)
    assert [[r.url for r in lec.readings] for lec in lectures] == [[A], [B]]


@pytest.mark.parametrize(
    ("text", "requirement", "title"),
    [
        (
            "Required Reading: Linearizability: A Correctness Condition",
            "required",
            "Linearizability: A Correctness Condition",
        ),
        (
            "Optional: Paxos Made Live – An Engineering Perspective",
            "optional",
            "Paxos Made Live – An Engineering Perspective",
        ),
        (
            "Required Reading: Implementing Remote Procedure Calls (Birrell & Nelson)",
            "required",
            "Implementing Remote Procedure Calls (Birrell & Nelson)",
        ),
        ("Optional, for PhD students: Dynamo", "optional", "Dynamo"),
        ("Optional (but good for the project): Dynamo", "optional", "Dynamo"),
    ],
)
def test_a_marker_opening_a_link_text_ends_at_its_own_delimiter(
    text: str, requirement: str, title: str
) -> None:
    assert (classify.marker_in_text(text), classify.strip_markers(text)) == (requirement, title)


def test_everything_else_in_a_cell_is_what_the_key_says() -> None:
    page = (
        "<p>A paper with a ★ in front of it is the one we discuss, so come having read it."
        " Everything else in a cell is optional background.</p>"
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f'<tr><td>Jan 12</td><td>Intro</td><td>★ <a href="{A}">A</a><br><a href="{B}">B</a></td>'
        "</tr></table>"
    )
    [lecture] = read_html(page, "schedule.html", None, lambda _: 1)
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, "required"), (B, "optional")]


def test_icon_links_are_no_part_of_a_table_title() -> None:
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 12 | Overreliance [🖥️](slides/01.pdf) [🎥](https://youtu.be/x) | [A]({A}) |\n"
    )
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert lecture.title == "Overreliance"


def test_rows_of_rules_are_no_rows_of_a_table() -> None:
    rule = "<tr class='hline'><td><hr /></td><td><hr /></td><td><hr /></td></tr>"
    page = (
        f"<table>{rule}<tr><td><span class='cmbx-10'>Date</span></td><td>Topic</td>"
        f"<td>Readings</td></tr>{rule}"
        f"<tr><td>Jan 12</td><td>Intro</td><td><a href='{A}'>A</a></td></tr>{rule}"
        f"<tr><td>Jan 14</td><td>Clocks</td><td><a href='{B}'>B</a></td></tr>{rule}</table>"
    )
    lectures = read_html(page, "syllabus.html", None, lambda _: 1)
    assert [(lec.key, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Jan 12", [A]),
        ("Jan 14", [B]),
    ]


@pytest.mark.parametrize(
    ("link", "requirement"),
    [
        ('<link rel="stylesheet" href="syllabus.css">', "optional"),  # the page's own sheet
        ('<link rel="stylesheet" href="../outside.css">', None),  # not the site's
        ('<link rel="stylesheet" href="https://cdn.example.org/x.css">', None),  # remote
        ("", None),
    ],
)
def test_a_pages_local_style_sheet_gives_its_classes_styles(
    tmp_path: Path, link: str, requirement: str | None
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "outside.css").write_text(".cmti-10{font-style:italic}", encoding="utf-8")
    (site / "syllabus.css").write_text(".cmti-10{font-style:italic}", encoding="utf-8")
    (site / "syllabus.html").write_text(
        f"<html><head>{link}</head><body><p>Papers in italics are optional.</p>"
        "<table><tr><td>Date</td><td>Topic</td><td>Readings</td></tr>"
        f"<tr><td>Jan 12</td><td>Intro</td><td><a href='{A}'>"
        "<span class='cmti-10'>A</span></a></td></tr>"
        f"<tr><td>Jan 14</td><td>More</td><td><a href='{B}'>B</a></td></tr></table></body></html>",
        encoding="utf-8",
    )
    [first, _] = extract_site(site).lectures
    assert [r.requirement for r in first.readings] == [requirement]


def test_a_list_items_title_that_is_its_slides_link() -> None:
    page = (
        "1. [Lecture 1: Introduction](slides/l01.pdf) — Jan 13\n"
        f"    - [A]({A})\n"
        "2. [Lecture 2: Word embeddings](slides/l02.pdf) ([video](https://youtu.be/x)) — Jan 15\n"
        f"    - [B]({B})\n"
        "3. No class (Presidents' Day) — Feb 17\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "lectures.md", None)
    assert [(lec.key, lec.title, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Jan 13", "Introduction", [A]),
        ("Jan 15", "Word embeddings", [B]),
        ("Feb 17", "No class (Presidents' Day)", []),
    ]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Upload your slide", False),
        ("Sign up here", False),
        ("Submit", False),
        ("Register Allocation via Graph Coloring", True),  # a paper, no action
        ("Installing Linux: A History", True),
    ],
)
def test_a_link_text_that_tells_students_to_act(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://x.org/paper.pdf") is reading


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Topic: Robustness", "Robustness"),
        ("Theme: Fairness in ranking", "Fairness in ranking"),
        ("Topics in Robustness", "Topics in Robustness"),  # no label: its colon is missing
    ],
)
def test_a_topic_label_is_no_part_of_a_title(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


@pytest.mark.parametrize(
    ("block", "title"),
    [
        (
            "<p>Guest: <a href='https://x.org/~p'>Dr. Priya Natarajan</a> (Google DeepMind)<br>"
            "Pathways and TPU training</p>",
            "Pathways and TPU training",
        ),
        (
            "<p>Guest: Dr. Lea Fischer (Microsoft Research)<br>Speculative decoding</p>",
            "Speculative decoding",
        ),
        ("<p>Speculative decoding<br>Slides after class</p>", "Speculative decoding"),
    ],
)
def test_a_title_line_stops_at_its_break_and_skips_a_speaker(block: str, title: str) -> None:
    page = f"<h4>Thursday 1/30</h4>{block}<ul><li><a href='{A}'>A</a></li></ul>"
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert lecture.title == title


def test_a_heading_that_only_names_its_speaker_takes_the_topic_below() -> None:
    page = (
        "<h4>Tue 2/18 — Guest: Dr. Marco Bellini (NVIDIA)</h4><p>GPU kernels for attention</p>"
        f"<ul><li><a href='{A}'>A</a></li></ul>"
    )
    [lecture] = read_html(page, "index.html", None, lambda _: 1)
    assert lecture.title == "GPU kernels for attention"


@pytest.mark.parametrize(
    ("badge", "requirement"),
    [
        ('<Badge text="required" type="warning"/>', "required"),
        ("<Badge text='optional'/>", "optional"),
        ('<VPBadge type="tip" text="optional" />', "optional"),
        ('<Badge text="new"/>', None),  # no requirement word
        ('<img src="x.png" alt="optional"/>', None),  # no component: an image
    ],
)
def test_a_components_badge_after_a_link(badge: str, requirement: str | None) -> None:
    page = f"## Jan 14: Intro\n\n- [A]({A}) {badge}\n- [B]({B})\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == [requirement, None]


@pytest.mark.parametrize("event", ["PA1 out:", "HW2 due:", "PA1 out"])
def test_a_coursework_code_and_its_event_before_a_link(event: str) -> None:
    page = f"## Jan 21: Features\n\n- [A]({A})\n- {event} [Feature matching](https://github.com/x/pa1)\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.url for r in lecture.readings] == [A]


@pytest.mark.parametrize(
    ("opening", "requirement"),
    [
        ('{{% notice note "Optional" %}}', "optional"),
        ('{{% admonition tip "Going further" false %}}', "optional"),
        ('{{< details "Optional" >}}', "optional"),
        ("{{% notice warning %}}", None),  # untitled: no label
    ],
)
def test_a_shortcodes_title_after_its_style_word(
    tmp_path: Path, opening: str, requirement: str | None
) -> None:
    close = "{{% /notice %}}" if "%" in opening else "{{< /details >}}"
    page = f"### Tue Feb 4 — Topic\n\n- [A]({A})\n\n{opening}\n- [B]({B})\n{close}\n"
    (tmp_path / "content").mkdir()
    (tmp_path / "config.toml").write_text('baseURL = "https://x.org/"\n', encoding="utf-8")
    (tmp_path / "content" / "week.md").write_text(
        f"+++\ntitle = 'Week 3'\n+++\n{page}", encoding="utf-8"
    )
    [lecture] = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, None), (B, requirement)]


def test_a_sub_heading_ends_the_label_before_it() -> None:
    page = (
        f"### Lecture 1 — Mon Feb 3: Intro\n\n#### Must read\n\n- [A]({A})\n\n"
        f"#### Extras\n\n- [B]({B})\n\n#### Nice to read\n\n- [C]({C})\n"
    )
    [lecture] = read_markdown(commonmark(page, ".md"), "README.md", None)
    assert [r.requirement for r in lecture.readings] == ["required", None, "optional"]


def test_a_table_title_that_only_names_its_speaker_gives_way_to_its_next_line() -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Papers</th></tr>"
        "<tr><td>Mon Oct 6</td><td>Guest lecture: Dr. Priya Natarajan (Microsoft Research)<br>"
        f"Confidential computing</td><td><a href='{A}'>A</a></td></tr>"
        "<tr><td>Wed Oct 8</td><td>Enclaves<br>Part two</td>"
        f"<td><a href='{B}'>B</a></td></tr></table>"
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [lec.title for lec in lectures] == ["Confidential computing", "Enclaves"]


def test_week_keys_are_measured_as_shown_and_parts_name_their_work() -> None:
    page = (
        "<table><tr><th>Week</th><th>Topic</th><th>Readings</th></tr>"
        "<tr><td>Week 9 (Mar 3&ndash;7)</td><td>Fairness; guest: Dr. Amara Nwosu (D&amp;S)</td>"
        f"<td><a href='{A}'>Bit by Bit</a>, <a href='{A}'>ch. 1</a></td></tr>"
        "<tr><td>Week 10 (Mar 10&ndash;14)</td><td>Projects &mdash; Prof. Ada Lee</td>"
        f"<td><a href='{B}'>B</a></td></tr></table>"
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Week 9 (Mar 3&ndash;7)", "Fairness"),
        ("Week 10 (Mar 10&ndash;14)", "Projects"),
    ]
    assert [r.title for r in lectures[0].readings] == ["Bit by Bit", "Bit by Bit, ch. 1"]


@pytest.mark.parametrize(("sections", "h1_is_topic"), [(3, False), (2, True)])
def test_a_reading_lists_one_h1_over_its_sections_is_its_title(
    tmp_path: Path, sections: int, h1_is_topic: bool
) -> None:
    parts = [f"# Reading group\n\nStart with [How to Read a Paper]({C}).\n"]
    parts += [
        f"## {n}. Part {n}\n\n- [P{n}]({A}?{n})\n- [Q{n}]({B}?{n})\n" for n in range(sections)
    ]
    (tmp_path / "README.md").write_text("\n".join(parts), encoding="utf-8")
    keys = [lec.key for lec in extract_site(tmp_path).lectures]
    assert ("Reading group" in keys) is h1_is_topic
    assert len(keys) == sections + h1_is_topic


@pytest.mark.parametrize(
    ("text", "context", "reading"),
    [
        ("Yannic Kilcher's video walkthrough", "Talk: ", False),
        ("A Walkthrough of Video Codecs", "", True),
        ("shared folder", "Presentation slides go in the ", False),
        ("shared folder", "The readings are in the ", True),  # no material: maybe a reading
    ],
)
def test_material_said_around_a_link(text: str, context: str, reading: bool) -> None:
    href = "https://drive.google.com/drive/folders/1x" if "folder" in text else A
    assert classify.is_reading(text, href, context) is reading


@pytest.mark.parametrize(
    ("role", "link"),
    [
        (
            "{download}`Bishop, ch. 16 <../readings/b16.pdf>`",
            ("Bishop, ch. 16", "../readings/b16.pdf"),
        ),
        ("{download}`../readings/b16.pdf`", ("../readings/b16.pdf", "../readings/b16.pdf")),
    ],
)
def test_a_myst_download_role_is_a_link(role: str, link: tuple[str, str]) -> None:
    page = f"## Jan 7: Intro\n\n- {role}\n- [A]({A})\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "lectures/l1.md", None)
    assert [(r.title, r.url) for r in lecture.readings] == [link, ("A", A)]


def test_the_lecture_pages_key_reaches_a_page_dated_by_its_date_line(tmp_path: Path) -> None:
    (tmp_path / "intro.md").write_text(
        "# Intro\n\nEach lecture page lists what to read before class under **Readings**;"
        " everyone is expected to have read those.\n",
        encoding="utf-8",
    )
    (tmp_path / "lectures").mkdir()
    for n, url in ((1, A), (2, B)):
        (tmp_path / "lectures" / f"l{n}.md").write_text(
            f"# Lecture {n}: Topic {n}\n\n**Date:** Tue Jan {n + 6}\n\n"
            f"## Readings\n\n- [P]({url})\n",
            encoding="utf-8",
        )
    found = [
        (r.url, r.requirement) for lec in extract_site(tmp_path).lectures for r in lec.readings
    ]
    assert found == [(A, "required"), (B, "required")]


def test_a_priority_column_whose_values_a_key_names() -> None:
    page = (
        "Every paper has a priority: **High** papers are the ones we take apart in class, so"
        " come having read them closely. **Low** ones are background for the curious.\n\n"
        "| Date | Topic | Reading | Priority |\n|---|---|---|---|\n"
        f"| Jan 14 | Intro | [A]({A}) | High |\n| | | [B]({B}) | Low |\n"
        f"| Jan 16 | More | [C]({C}) | High |\n| | | [D]({A}d) | Low |\n| | | [E]({A}e) | Odd |\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [[r.requirement for r in lec.readings] for lec in lectures] == [
        ["required", "optional"],
        ["required", "optional", None],
    ]


def test_a_part_after_a_part_link_is_its_sibling() -> None:
    page = f"## Jan 30: Locks\n\n- [OSTEP ch. 28]({A}), [ch. 31]({B})\n"
    [lecture] = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [r.title for r in lecture.readings] == ["OSTEP ch. 28", "ch. 31"]
