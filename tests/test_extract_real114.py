"""Rules from blind rounds real113 and real114 (plain lecture files, a Jekyll paper
bibliography, a Quarto listing, an old PHP site): PHP pages, a page's own ``.php``
link, what the others are said a sentence or two after the key's mark, a record's
``pdf`` copy beside its URL, prose beside front matter readings, a date line with lines
below it, a ``## Materials`` list."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.page import without_server_code
from readlist.extract.reader import legend_others, legends
from readlist.extract.yamldata import read_yaml

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"

PHP = """<?php $title = "Schedule"; include("header.php"); ?>
<p>Papers in <b>bold</b> are required reading: read them carefully before class and
turn in a one-paragraph summary of each (by email to the TA, before class starts).
The other papers are recommended if you want to go deeper into a topic.</p>
<table border=1><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>1/14</td><td>Intro</td><td><b><a href="{a}">A</a></b>; <a href="{b}">B</a></td></tr>
<tr><td>2/8 (Fri)</td><td colspan=2>Proposals due (see the <a href="projects.php">projects
page</a>)</td></tr>
</table>
<?php include("footer.php"); ?>
"""


def test_a_php_page_is_read_without_its_code(tmp_path: Path) -> None:
    (tmp_path / "schedule.php").write_text(PHP.format(a=A, b=B), encoding="utf-8")
    (tmp_path / "header.php").write_text("<?php echo '<h1>CSE 552</h1>'; ?>\n", encoding="utf-8")
    first, second = extract_site(tmp_path).lectures
    assert (first.key, [(r.url, r.requirement) for r in first.readings]) == (
        "1/14",
        [(A, "required"), (B, "optional")],
    )
    assert (second.key, second.readings) == ("2/8 (Fri)", ())


@pytest.mark.parametrize(
    ("text", "without"),
    [
        ('<?php include("header.php"); ?>\n<p>A</p>', "\n<p>A</p>"),
        ("<?php\n$x = 1;\n?>\n<p>B</p>", "\n\n\n<p>B</p>"),  # line for line
        ("<p><?= $title ?></p>", "<p></p>"),
        ("<p>no code</p>", "<p>no code</p>"),
    ],
)
def test_a_php_pages_code_is_no_text_of_it(text: str, without: str) -> None:
    assert without_server_code(text) == without


def test_a_sites_own_php_page_is_no_reading() -> None:
    assert not classify.is_reading("projects page", "projects.php")
    assert classify.is_reading("Attention Is All You Need", "papers/attention.pdf")
    assert classify.is_reading("MapReduce", "/lib/exe/fetch.php?media=cs1:papers:mr.pdf")


KEY = (
    "Papers in bold are required reading: read them carefully before class and turn in a "
    "one-paragraph summary of each (by email to the TA, before class starts). The other "
    "papers are recommended if you want to go deeper into a topic."
)


def test_the_others_said_a_sentence_after_the_keys_mark() -> None:
    assert legends(KEY) == ((("b", "strong"), "required"),)
    assert legend_others(KEY, ()) == "optional"
    far = KEY.replace(
        "(by email",
        "(by email, or on paper in the box outside room 4120, "
        "or through the course management system if you are remote,",
    )
    far = far.replace("before class starts)", "before class starts, " * 4 + "at the latest)")
    assert legend_others(far, ()) is None  # too far from the mark it answers


@pytest.mark.parametrize(
    ("fields", "urls"),
    [
        (f"url: {A}\n      pdf: {B}", [A, B]),
        (f"url: {A}\n      pdf: {A}", [A]),
        (f"pdf: {B}", [B]),
        (f"url: {A}\n      pdf: TBD", [A]),
    ],
)
def test_a_records_pdf_copy_beside_its_url(fields: str, urls: list[str]) -> None:
    data = "- date: Jan 30\n  title: GFS\n  readings:\n    - title: The Google File System\n"
    data += f"      {fields}\n"
    (lecture,) = read_yaml(data, "_data/schedule.yml", None)
    assert [r.url for r in lecture.readings] == urls
    assert {r.title for r in lecture.readings} == {"The Google File System"}
    assert [r.text for r in lecture.readings][1:] == ["pdf"] * (len(urls) - 1)


LECTURE = (
    "---\ntitle: Mechanistic interpretability\ndate: 2025-09-30\n"
    f"readings:\n  - text: Circuits\n    href: {A}\n---\n\n## About the speaker\n\n"
    "[Maya Iyer](https://mayaiyer.github.io) works on interpretability research. In class "
    f"we will also discuss [Toy Models]({B}) (Elhage et al., 2022).\n"
)


def test_prose_beside_front_matter_readings(tmp_path: Path) -> None:
    (tmp_path / "_lectures").mkdir()
    (tmp_path / "_lectures/09.md").write_text(LECTURE, encoding="utf-8")
    (lecture,) = extract_site(tmp_path).lectures
    assert [r.url for r in lecture.readings] == [A, B]


@pytest.mark.parametrize(
    "below", ["", "**Guest lecturer:** [Dr. Maya Lindqvist](https://mlindqvist.github.io/)\n"]
)
def test_a_date_line_with_lines_below_it(below: str) -> None:
    page = (
        f"# Lecture 8: Uncertainty\n\n**Date:** Jan 30, 2025\n{below}\n"
        f"## Required reading\n\n- [A]({A})\n"
    )
    (lecture,) = read_markdown(page, "lectures/08-uncertainty.md", None)
    assert (lecture.key, lecture.title, [r.url for r in lecture.readings]) == (
        "Jan 30, 2025",
        "Uncertainty",
        [A],
    )


@pytest.mark.parametrize(
    ("readings", "urls"),
    [
        (f"## Readings\n\n- [A]({A})\n\n", [A]),  # readings elsewhere: the list is material
        ("", [B]),  # none elsewhere: the list is what the lecture links
    ],
)
def test_a_materials_heading_over_a_list(readings: str, urls: list[str]) -> None:
    page = f"## Jan 15: Prototyping\n\n{readings}## Materials\n\n- [Paper prototyping kit]({B})\n"
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert [r.url for r in lecture.readings] == urls
