"""Rules from blind rounds real88 and real89 (a Google Docs download, a Notion export,
kramdown cards, an Org export, a README with an HTML table): keys whose sign follows a
run-in lead, "everything else in the X column", "required unless it is in italics",
kramdown comments and item classes, Org keywords and tags, cells that keep their
line breaks, and a copy of a named work in a bracket after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, prepare, read_markdown
from readlist.extract.page import org_html, pre_wrapped_cells
from readlist.extract.reader import legend_others, symbol_legend, symbol_legends
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


def html(page: str) -> list[Lecture]:
    return read_html(page, "s.html", None, LineIndex(page))


@pytest.mark.parametrize(
    ("key", "sign"),
    [
        ("⭐ marks the required readings.", ("⭐", "required")),
        ("Readings. ⭐ marks the required readings: read them first.", ("⭐", "required")),
        ("Key: † marks an optional paper", ("†", "optional")),
        ("x⭐ marks the required readings.", None),  # glued to a word: no sign of a key
    ],
)
def test_a_keys_sign_after_a_run_in_lead(key: str, sign: tuple[str, str] | None) -> None:
    assert symbol_legend(key) == sign


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("† = optional. Everything else in the Readings column is required.", "required"),
        ("† = optional. Everything else in the “Prepare” column is required.", "required"),
        ("† = optional. Everything else in this column is required.", "required"),
        ("† = optional. Everything else is required.", "required"),
        ("† = optional. Everything else in the reading list for this week is required.", None),
    ],
)
def test_everything_else_in_a_named_column(key: str, others: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == others


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Everything listed is required reading unless it is in italics.", "required"),
        ("All papers are required unless set in bold.", "required"),
        ("All readings are optional unless they are in bold.", "optional"),
        ("All readings are required unless marked optional.", "required"),
        ("All readings are required unless it rains.", None),
    ],
)
def test_a_key_that_excepts_a_style(key: str, others: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == others


def test_a_kramdown_comment_is_not_on_the_page() -> None:
    page = (
        "## Jan 5: Intro\n\n- [A](https://x.org/a)\n{::comment}\nDropped:\n"
        "- [B](https://x.org/b)\n{:/comment}\n- [C](https://x.org/c) {::comment}[D](https://x.org/d){:/}\n"
    )
    assert prepare(page).count("\n") == page.count("\n")  # line numbers stay
    (lecture,) = read_markdown(prepare(page), "s.md", None)
    assert [r.url for r in lecture.readings] == ["https://x.org/a", "https://x.org/c"]


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        ("* {: .optional} [B](https://x.org/b) (blog)", "optional"),
        ("* {: .reading .optional} Author. [B](https://x.org/b). 2017.", "optional"),
        ("1. {: .optional} [B](https://x.org/b)", "optional"),
        ("* {: .highlight} [B](https://x.org/b)", None),  # a class that says nothing
        ("* [B](https://x.org/b)", None),
    ],
)
def test_a_kramdown_class_on_a_list_item(item: str, requirement: str | None) -> None:
    page = f"## Jan 5: Intro\n\n* [A](https://x.org/a)\n{item}\n"
    (lecture,) = read_markdown(prepare(page), "s.md", None)
    assert readings(lecture)["https://x.org/b"] == requirement


ORG_HEAD = '<head><meta name="generator" content="Org Mode" /></head>'
DONE = '<span class="done DONE">DONE</span> '
STAMP = (
    '<span class="timestamp-wrapper"><span class="timestamp">&lt;2025-01-14 Tue&gt;</span></span>'
)
TAGS = '&#xa0;&#xa0;&#xa0;<span class="tag"><span class="{0}">{0}</span></span>'


def test_an_org_export_heading_opens_with_its_date_and_its_tags_mark() -> None:
    page = (
        f"<html>{ORG_HEAD}<body><h2>Schedule</h2>"
        f"<h3>{DONE}{STAMP} Introduction: why types?</h3>"
        "<ul class='org-ul'><li><a href='https://x.org/a'>Propositions as Types</a></li></ul>"
        f"<h4>Going deeper{TAGS.format('optional')}</h4>"
        "<ul class='org-ul'><li><a href='https://x.org/b'>The Holy Trinity</a></li></ul>"
        f"<h3>{STAMP.replace('14 Tue', '16 Thu')} Midterm{TAGS.format('exam')}</h3></body></html>"
    )
    first, midterm = html(org_html(page))
    assert (first.key, first.title) == ("2025-01-14 Tue", "Introduction: why types?")
    assert readings(first) == {"https://x.org/a": None, "https://x.org/b": "optional"}
    assert (midterm.key, midterm.title) == ("2025-01-16 Thu", "Midterm")


def test_a_page_org_did_not_write_keeps_its_spans() -> None:
    page = f"<html><body><h3>{DONE}Jan 5: Intro{TAGS.format('optional')}</h3></body></html>"
    assert org_html(page) == page


STYLE = "<style>{rule} {{ white-space: pre-wrap; }}</style>"
CELL = (
    "<table><tr><th>Date</th><th>Readings</th></tr><tr><td>Jan 28</td><td>"
    "⭐ <a href='https://x.org/a'>A</a> (RSS 2023)\n<a href='https://x.org/c'>C</a>\n</td></tr></table>"
)


@pytest.mark.parametrize(
    ("rule", "broken"),
    [
        ("body", True),
        (".collection-content td", True),
        ("td", True),
        ("pre", False),  # another element's rule
        ("", False),
    ],
)
def test_a_cells_line_breaks_kept_by_its_style(rule: str, broken: bool) -> None:
    page = (STYLE.format(rule=rule) if rule else "") + CELL
    written = pre_wrapped_cells(page)
    assert ("(RSS 2023)<br>\n<a" in written) is broken
    assert "</a><br>\n</td>" not in written  # the cell's last newline ends no line


def test_a_star_key_over_cells_that_keep_their_line_breaks() -> None:
    key = "<p>⭐ marks the required readings. Readings without a star are optional.</p>"
    page = STYLE.format(rule="body") + key + CELL
    (lecture,) = html(pre_wrapped_cells(page))
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/c": "optional"}


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "<a href='https://x.org/a'>PagedAttention</a>. SOSP 2023 (also on "
            "<a href='https://x.org/b'>arXiv</a>)",
            "PagedAttention",
        ),
        (
            "<a href='https://x.org/a'>Learning Quadrupedal Locomotion</a>, Science Robotics"
            " 2020 (<a href='https://x.org/b'>arXiv</a>)",
            "Learning Quadrupedal Locomotion",
        ),
        (  # a new citation after a semicolon names its own link
            "<a href='https://x.org/a'>ESL §3.4</a>; Tibshirani, Regression Shrinkage (1996) "
            "(<a href='https://x.org/b'>PDF</a>)",
            "Tibshirani, Regression Shrinkage (1996)",
        ),
    ],
)
def test_a_generic_link_in_a_bracket_after_a_named_work(item: str, title: str) -> None:
    page = f"<h2>Jan 5: Intro</h2><ul><li>{item}</li></ul>"
    (lecture,) = html(page)
    assert {r.url: r.title for r in lecture.readings}["https://x.org/b"] == title


def test_a_keys_sign_in_a_data_files_markdown_strings() -> None:
    from readlist.extract.yamldata import read_yaml

    data = (
        "- date: 2026-01-05\n  title: Intro\n  readings:\n"
        '    - "⭐ [A](https://x.org/a) (van Wijk, 2005)"\n'
        '    - "[B](https://x.org/b)"\n'
        '    - "[C](https://x.org/c) ⭐"\n'
    )
    key = "Starred readings are must-reads; the others are optional."
    (lecture,) = read_yaml(data, "_data/schedule.yml", None, ".yml", key=key)
    assert readings(lecture) == {
        "https://x.org/a": "required",
        "https://x.org/b": "optional",
        "https://x.org/c": "required",
    }


@pytest.mark.parametrize(
    ("links", "urls"),
    [
        (  # Wowchemy buttons: the paper and a blog post, not the code
            "  - {name: Paper, url: 'https://arxiv.org/abs/1706.03762', icon: scroll}\n"
            "  - {name: The Annotated Transformer, url: 'https://nlp.x.edu/at/'}\n"
            "  - {name: Code, url: 'https://github.com/c/lecture-code'}\n"
            "  - {name: Slides, url: 'https://x.org/11.pdf'}\n",
            ["https://arxiv.org/abs/1706.03762", "https://nlp.x.edu/at/"],
        ),
        ("  - https://arxiv.org/abs/1706.03762\n", []),  # no names: not buttons
        ("  - {name: Paper}\n", []),  # no URL
    ],
)
def test_a_pages_links_buttons(links: str, urls: list[str]) -> None:
    import yaml

    from readlist.extract.yamldata import record_readings

    meta = yaml.safe_load(f"title: Attention\ndate: 2025-02-20\nlinks:\n{links}")
    assert [r.url for r in record_readings(meta, "", "lecture-12.md", None)] == urls


LAYOUT = """---
layout: default
---
<h1>{{ page.title }}</h1>
{% if page.readings %}
<h3>Required reading</h3>
<ul class="readings">{% for r in page.readings %}<li>{{ r | markdownify }}</li>{% endfor %}</ul>
{% endif %}
{% if page.extra %}
<h3>Going further</h3>
<ul>{% for r in page.extra %}<li>{{ r | markdownify }}</li>{% endfor %}</ul>
{% endif %}
{{ content }}
"""


@pytest.mark.parametrize(
    ("config", "front", "requirement"),
    [
        ("defaults:\n  - scope: {type: lectures}\n    values: {layout: lecture}\n", "", "required"),
        ("", "layout: lecture\n", "required"),  # named by the page itself
        ("", "", None),  # no layout: nothing labels the list
        ("", "layout: other\n", None),
    ],
)
def test_a_layouts_label_over_a_front_matter_list(
    tmp_path: Path, config: str, front: str, requirement: str | None
) -> None:
    from readlist.extract import extract_site

    (tmp_path / "_config.yml").write_text(f"collections:\n  lectures:\n    output: true\n{config}")
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_layouts" / "lecture.html").write_text(LAYOUT)
    (tmp_path / "_lectures").mkdir()
    (tmp_path / "_lectures" / "01-intro.md").write_text(
        f"---\ntitle: Intro\ndate: 2025-01-14\n{front}readings:\n"
        '  - "[A](https://x.org/a)"\n---\n\nCode for today: [minGPT](https://github.com/k/minGPT)\n'
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert readings(lecture) == {"https://x.org/a": requirement}  # the code is no reading


@pytest.mark.parametrize("suffix", [".njk", ".liquid", ".hbs", ".ejs"])
def test_an_eleventy_templates_key_speaks_for_the_data_it_loops_over(
    tmp_path: Path, suffix: str
) -> None:
    from readlist.extract import extract_site

    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "schedule.json").write_text(
        '[{"date": "Tue Sep 9", "topic": "Passwords", "readings": ['
        '{"title": "A", "url": "https://x.org/a", "required": true},'
        '{"title": "B", "url": "https://x.org/b"}]}]'
    )
    (tmp_path / f"schedule{suffix}").write_text(
        "---\ntitle: Schedule\n---\n<p>Readings tagged Required must be read before class. "
        "Anything without the tag is optional.</p>\n"
        "{% for s in schedule %}<h3>{{ s.date }}</h3>{% endfor %}\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("No reading response this week. Also see [A](https://x.org/a).", True),
        ("No reading quiz today; see [A](https://x.org/a).", True),
        ("No readings. [A](https://x.org/a) is the lab handout.", False),
    ],
)
def test_no_reading_response_is_not_no_reading(note: str, kept: bool) -> None:
    from readlist.extract.yamldata import read_yaml

    data = f'- date: Sep 18\n  topic: Warnings\n  note: "{note}"\n'
    (lecture,) = read_yaml(data, "_data/schedule.yml", None)
    assert ("https://x.org/a" in readings(lecture)) is kept


def test_a_keys_sign_after_a_named_link_and_its_bracketed_copy() -> None:
    page = (
        "<p>Required readings are marked <b>(R)</b>; everything else is optional.</p>"
        "<h2>Oct 7: Dynamo</h2><ul><li><a href='https://x.org/d.pdf'>Dynamo</a> "
        "(<a href='https://x.org/acm'>ACM</a>) <b>(R)</b></li>"
        "<li><a href='https://x.org/b'>Bayou</a></li></ul>"
    )
    (lecture,) = html(page)
    assert readings(lecture) == {
        "https://x.org/d.pdf": "required",
        "https://x.org/acm": "required",
        "https://x.org/b": "optional",
    }


def test_mdx_cards_titled_by_their_attribute_and_link_cards() -> None:
    from readlist.extract.page import mdx

    text = (
        "import { Card } from '@astrojs/starlight/components';\n\n"
        '<Card title="Week 1 · Jan 6" icon="open-book">\n\n**Overview**\n\n'
        "- [A](https://x.org/a)\n\n</Card>\n\n"
        '<LinkCard\n\ttitle="People + AI Guidebook"\n\thref="https://pair.x.com/guidebook/"\n/>\n'
        '<Aside type="tip">x</Aside>\n'
    )
    made = mdx(text)
    assert made.count("\n") == text.count("\n")  # line for line
    assert "<h3>Week 1 · Jan 6</h3>" in made and "</Card>" not in made
    assert "[People + AI Guidebook](https://pair.x.com/guidebook/)" in made
    assert '<Aside type="tip">x</Aside>' in made  # no title: left as it is
    (lecture,) = read_markdown(made, "schedule.mdx", None)
    assert (lecture.key, lecture.title) == ("Jan 6", "Overview")
    assert [r.url for r in lecture.readings] == ["https://x.org/a", "https://pair.x.com/guidebook/"]


@pytest.mark.parametrize(
    ("term", "title"),
    [
        ("Week 1 (Jan 14)", "Introduction: why distribution is hard"),
        ("Lecture 3 — Jan 14", "Introduction: why distribution is hard"),
        ("Jan 14: Intro to systems", "Intro to systems"),  # the term's own topic
    ],
)
def test_a_term_of_a_session_label_and_a_date_is_titled_by_its_definition(
    term: str, title: str
) -> None:
    page = (
        f"<dl><dt>{term}</dt><dd><p><strong>Introduction: why distribution is hard.</strong> "
        "(guest: Dr. Haddad).</p><ul><li><a href='https://x.org/a'>A</a></li></ul></dd>"
        "<dt>Jan 21</dt><dd><p>RPC</p></dd></dl>"
    )
    first, _ = html(page)
    assert (first.key, first.title) == ("Jan 14", title)


@pytest.mark.parametrize(
    "hidden", ["accesshide", "sr-only", "visually-hidden", "screen-reader-text"]
)
def test_words_inside_a_link_only_screen_readers_get(hidden: str) -> None:
    page = (
        "<h3>Jan 27: Attention</h3><ul><li><a href='https://moodle.x.ac.uk/mod/resource/"
        f"view.php?id=4'><span>Attention Is All You Need<span class='{hidden}'> File</span>"
        "</span></a></li></ul>"
    )
    (lecture,) = html(page)
    assert [(r.text, r.title) for r in lecture.readings] == [("Attention Is All You Need",) * 2]


def test_a_links_own_sign_outranks_the_one_opening_its_line() -> None:
    key = "<p>Key: 📘 = required reading · 📗 = optional reading</p>"
    page = (
        f"{key}<h2>Feb 10: Crash safety</h2><ul><li>📘 <a href='https://x.org/a'>A</a> · "
        "📗 <a href='https://x.org/b'>B</a></li><li>📗 <a href='https://x.org/c'>C</a>, "
        "<a href='https://x.org/d'>D</a></li></ul>"
    )
    (lecture,) = html(page)
    assert readings(lecture) == {
        "https://x.org/a": "required",
        "https://x.org/b": "optional",
        "https://x.org/c": "optional",
        "https://x.org/d": "optional",  # no sign of its own: the item's
    }
