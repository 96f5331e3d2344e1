"""Rules from blind round real106 (Just the Docs, hugo-book data, a seminar README): a
key to a session's reading list, a sign read before its noun, the others named by a
word of the key's own, data fields named like labels, a citation's code beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract.markdown import read_markdown
from readlist.extract.reader import legend_others, symbol_legends
from readlist.extract.yamldata import read_yaml

KEY = (
    "Papers marked 🔥 are the main discussion papers; everything else is background. "
    "Everyone is expected to have read the 🔥 papers before the session. The background "
    "papers are optional."
)


def test_a_sign_read_before_its_noun_and_the_others_named_by_the_key() -> None:
    signs = symbol_legends(KEY)
    assert signs == (("🔥", "required"),)
    assert legend_others(KEY, signs) == "optional"
    assert legend_others(KEY.replace("The background papers are optional.", ""), signs) is None


def test_a_citation_with_its_code_beside_a_signed_one() -> None:
    page = (
        f"{KEY}\n\n## Week 1 — Imitation (Mon Jan 6)\n\n"
        "1. 🔥 **Diffusion Policy.** Chi et al. *RSS* 2023. [[pdf](https://x.org/a)]\n"
        "2. **ACT.** Zhao et al. *RSS* 2023. [[pdf](https://x.org/b)] [[code](https://github.com/x/act)]\n"
    )
    (lecture,) = read_markdown(page, "README.md", None)
    assert {r.url: r.requirement for r in lecture.readings} == {
        "https://x.org/a": "required",
        "https://x.org/b": "optional",
    }


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("Everything on a session's reading list is required unless it is marked *(optional)*.",
         "required"),
        ("Everything on a session's list is required.", None),
    ],
)  # fmt: skip
def test_a_key_to_a_sessions_reading_list(key: str, found: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == found


@pytest.mark.parametrize(
    ("field", "found"),
    [("going_further", "optional"), ("further_reading", "optional"), ("slides", None)],
)
def test_a_data_field_named_like_a_label(field: str, found: str | None) -> None:
    data = f"- date: Aug 29\n  title: '**Midterm** (in class)'\n  {field}:\n    - '[A](https://x.org/a)'\n"
    (lecture,) = read_yaml(data, "data/schedule.yaml", None)
    assert lecture.title == "Midterm (in class)"
    assert [r.requirement for r in lecture.readings] == ([found] if found else [])


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ('<span class="label">Optional</span> <a href="a">A</a> · <a href="b">B</a>', "optional"),
        ('Required: <a href="a">A</a>, <a href="b">B</a>', "required"),
        ('Smith, <a href="a">A</a> · <a href="b">B</a>', None),
    ],
)
def test_a_marker_opening_a_line_covers_its_links(line: str, found: str | None) -> None:
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = (
        "<table><tr><th>Date</th><th>Readings</th></tr><tr><td>Tue Jan 28</td><td>"
        f"<a href='w'>W</a><br>{line}</td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    assert [r.requirement for r in lecture.readings] == [None, found, found]


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("Every reading not marked *(optional)* is required: read it before class.", "required"),
        ("Each paper not labelled required is optional.", "optional"),
        ("Every reading not marked optional is optional.", None),
    ],
)
def test_a_key_naming_the_mark_the_others_lack(key: str, found: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == found


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("Closed book. A practice exam is on", False),
        ("Lecture slides are in", False),
        ("The readings are on", True),
    ],
)
def test_where_material_is_held(context: str, reading: bool) -> None:
    from readlist.extract import classify

    href = "https://canvas.lakeview.edu/courses/41234/files/2211907"
    assert classify.is_reading("Canvas", href, context) is reading


TEMPLATE_KEY_PAGE = """---
layout: schedule
---
Papers listed under **Read before class** are required. Papers under **Further reading**
are optional.
"""


def test_a_key_to_the_labels_an_include_prints(tmp_path: Path) -> None:
    from readlist.extract import extract_site

    root = tmp_path
    (root / "_config.yml").write_text("title: DB\n")
    (root / "_data").mkdir()
    (root / "_data" / "schedule.yml").write_text(
        "- date: 2025-04-01\n  topic: Intro\n  readings:\n    - {title: A, url: 'https://x.org/a'}\n"
        "  optional:\n    - {title: B, url: 'https://x.org/b'}\n"
    )
    (root / "_layouts").mkdir()
    (root / "_layouts" / "schedule.html").write_text(
        "{{ content }}{% for day in site.data.schedule %}{% include day.html day=day %}{% endfor %}"
    )
    (root / "_includes").mkdir()
    (root / "_includes" / "day.html").write_text(
        "{% assign d = include.day %}<h4>Read before class</h4><ul>{% for r in d.readings %}"
        "<li>{{ r.title }}</li>{% endfor %}</ul><h4>Further reading</h4><ul>"
        "{% for r in d.optional %}<li>{{ r.title }}</li>{% endfor %}</ul>"
    )
    (root / "schedule.md").write_text(TEMPLATE_KEY_PAGE)
    (lecture,) = extract_site(root).lectures
    assert {r.url: r.requirement for r in lecture.readings} == {
        "https://x.org/a": "required",
        "https://x.org/b": "optional",
    }
