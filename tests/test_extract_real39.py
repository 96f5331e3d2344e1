"""Rules the real39–real46 blind rounds showed: keys that name a sign by its participle
("Starred papers are required") or a style with "the others", a badge that stays with
its item, a list's one session numbered next, a label above a schedule list, MkDocs
content tabs and site_url, a line naming material over a list, a data record's reading
role; keys to letter tokens, to each entry's readings and to a bare label the page
writes; a line of material links; Jekyll posts of a session category."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import (
    first_legend,
    later_legend,
    legend_others,
    legends,
    symbol_legends,
)
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


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "[R] = required, [S] = suggested, [B] = background (optional)",
            [("[r]", "required"), ("[s]", "optional"), ("[b]", "optional")],
        ),
        # a token whose words say nothing is no sign; its neighbour's words do
        (
            "(R): the paper your response is about.\n(S): a supplementary survey; skim it.",
            [("(s)", "optional")],
        ),
        ("[S] = suggested", []),  # one token alone: no key
        ("see (a): the first case, and (b): the second", []),  # no requirement word
        ("x[R] = required, y[S] = suggested", []),  # not at a word's start
    ],
)
def test_a_key_to_letter_tokens(key: str, signs: list[tuple[str, str]]) -> None:
    assert list(symbol_legends(key)) == signs


def test_letter_tokens_before_after_and_ending_an_item() -> None:
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 5 | Intro | [R] [A]({A})<br>[B]({B}) [S]<br>[C]({C}). CACM 1970. [S] |\n\n"
        "*[R] = required, [S] = suggested*\n"
    )
    assert _markdown(page) == [("Jan 5", [("A", "required"), ("B", "optional"), ("C", "optional")])]


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("Anything set in italics is optional reading.", [(("i", "em"), "optional")]),
        ("Everything in bold is required.", [(("b", "strong"), "required")]),
        ("Whatever is shown in italics is optional.", []),  # no subject the key names
    ],
)
def test_a_style_key_with_any_subject(key: str, found: list[object]) -> None:
    assert list(legends(key)) == found


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("All readings are required unless listed under Optional.", "required"),
        ("All readings are required unless listed in optional boxes.", "required"),
        ("The papers listed under a lecture are the required reading.", "required"),
        ("Readings for each session are optional.", "optional"),
        ("The papers listed under a heading are interesting.", None),
        ("The first paper in each row is required.", None),  # one paper of each: not all
        ("Bulleted papers are the ones we discuss in class, so they're required.", "required"),
        ("Listed papers are optional.", "optional"),
        ("Bulleted papers are the ones we discuss in class.", None),
    ],
)
def test_keys_that_say_what_the_unmarked_readings_are(key: str, others: str | None) -> None:
    assert legend_others(key, ()) == others


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("notes & slides", True),
        ("slides/notes", True),
        ("slides + video", True),
        ("Slides, code", True),
        ("Rock & Roll", False),
        ("notes & Attention", False),  # one part names a work
    ],
)
def test_material_texts_joined(text: str, material: bool) -> None:
    assert classify.names_material(text) is material


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a paragraph of links only, one of them material: the others are material too
        (f"[Slides](s.pdf) · [Raft visualization]({C}) · [Scribe notes](n.md)", []),
        (f"[Slides](s.pdf), then see [Raft visualization]({C})", ["Raft visualization"]),
        (f"[Raft visualization]({C})", ["Raft visualization"]),  # no material beside it
    ],
)
def test_a_line_of_material_links(line: str, kept: list[str]) -> None:
    page = f"## Lecture 7 (Sep 23): Consensus\n\n**Required:**\n\n- [A]({A})\n\n{line}\n"
    [(_, readings)] = _markdown(page)
    assert [text for text, _ in readings] == ["A", *kept]


@pytest.mark.parametrize(
    ("key", "requirement"),
    [
        ("Papers under *Related* are optional.", "optional"),  # the page writes "Related:"
        ("Papers under *Context* are optional.", None),  # a word no line opens with
        ("Papers under “Related” are optional.", "optional"),
    ],
)
def test_a_key_naming_a_bare_label_the_page_writes(key: str, requirement: str | None) -> None:
    page = f"{key}\n\n## Lecture 1 (Sep 2): Intro\n\n**Related:** [B]({B})\n"
    assert _markdown(page) == [("Sep 2", [("B", requirement)])]


@pytest.mark.parametrize(
    ("label", "requirement"),
    [
        ("More if you're curious", "optional"),
        ("More for the curious", "optional"),
        ("Readings if you have time:", "optional"),
        ("More papers if interested", "optional"),
        ("More on this later", None),
    ],
)
def test_more_and_an_optional_condition_is_a_label(label: str, requirement: str | None) -> None:
    assert classify.label_requirement(label) == (requirement is not None, requirement)


def _posts_site(root: Path, listing: str) -> None:
    (root / "_config.yml").write_text("title: CS 1\n")
    (root / "index.html").write_text(f"---\nlayout: default\n---\n{listing}\n")
    (root / "_posts").mkdir()
    for name, category in (("2025-01-14-lecture-03.md", "lecture"), ("2025-01-03-hi.md", "news")):
        (root / "_posts" / name).write_text(
            f'---\nlayout: post\ntitle: "Lecture 3: Memory safety"\ncategories: {category}\n---\n\n'
            f"**Required:**\n\n- [A]({A})\n"
        )


@pytest.mark.parametrize(
    ("listing", "keys"),
    [
        ("{% for post in site.categories.lecture %}{{ post.title }}{% endfor %}", ["2025-01-14"]),
        ('{% for post in site.posts | where: "category", "lecture" %}{% endfor %}', ["2025-01-14"]),
        ("{% for post in site.categories.news %}{{ post.title }}{% endfor %}", []),  # news
        ("{% for post in site.posts %}{{ post.title }}{% endfor %}", []),  # a blog
    ],
)
def test_jekyll_posts_of_a_session_category(tmp_path: Path, listing: str, keys: list[str]) -> None:
    _posts_site(tmp_path, listing)
    site = extract_site(tmp_path)
    assert [lec.key for lec in site.lectures] == keys
    assert all(lec.title == "Memory safety" for lec in site.lectures)


def test_an_mkdocs_pages_relative_hrefs_resolve_from_its_folder_under_docs(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: X\nsite_url: https://x.github.io/ir/\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    )
    (tmp_path / "docs" / "weeks").mkdir(parents=True)
    (tmp_path / "docs" / "schedule.md").write_text(
        "## Jan 5: Intro\n\n- [A](papers/a.pdf)\n- [B](../readings/b.pdf)\n"
    )
    (tmp_path / "docs" / "weeks" / "w2.md").write_text(
        "## Jan 12: More\n\n- [C](../papers/c.pdf)\n"
    )
    links = {r.text: r.link for lec in extract_site(tmp_path).lectures for r in lec.readings}
    assert links == {
        "A": "https://x.github.io/ir/papers/a.pdf",
        "B": "../readings/b.pdf",  # out of the docs folder: MkDocs serves no such file
        "C": "https://x.github.io/ir/papers/c.pdf",
    }


# --- real47–real50 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("3.1. Q-learning <2025-01-21 Tue>", "2025-01-21 Tue"),  # an Org timestamp
        ("3.1. Q-learning [2025-01-21 Tue]", "2025-01-21 Tue"),  # an inactive one
        ("Lecture 3: Q-learning (Jan 21)", "Jan 21"),
    ],
)
def test_a_numbered_heading_ending_with_a_bracketed_date(heading: str, key: str) -> None:
    page = f"<h2>3. Week 3</h2><h3>{heading.replace('<', '&lt;').replace('>', '&gt;')}</h3>"
    page += f'<ul><li><a href="{A}">A</a></li></ul><h3>3.2. More (Jan 23)</h3>'
    page += f'<ul><li><a href="{B}">B</a></li></ul>'
    assert _html(page) == [(key, [("A", None)]), ("Jan 23", [("B", None)])]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Offline RL &#x2014; Dr. Aiko Tanaka (DeepMind)", "Offline RL"),
        ("Offline RL &#8212; Dr. Aiko Tanaka (DeepMind)", "Offline RL"),
        ("Offline RL &mdash; Dr. Aiko Tanaka (DeepMind)", "Offline RL"),
    ],
)
def test_a_dash_entity_of_any_form_separates_a_speaker(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def test_a_cards_date_line_with_its_session_label() -> None:
    card = (
        '<div class="card"><div class="card-body">\n'
        '  <div class="d-flex">\n    <span class="badge">{day}</span>\n'
        "    <small>Lecture {n}</small>\n  </div>\n"
        '  <h5 class="card-title">{title}</h5>\n'
        '  <ul><li><a href="{href}">{text}</a></li></ul>\n</div></div>\n'
    )
    page = card.format(day="Mon Sep 8", n=1, title="What is HCI?", href=A, text="A") + card.format(
        day="Wed Sep 10", n=2, title="Needfinding", href=B, text="B"
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [(lec.key, lec.title, [r.text for r in lec.readings]) for lec in lectures] == [
        ("Mon Sep 8", "What is HCI?", ["A"]),
        ("Wed Sep 10", "Needfinding", ["B"]),
    ]


@pytest.mark.parametrize(
    ("config", "kept"),
    [
        ("term: fa25\n", ["fa25"]),  # the config names the offering
        ("title: X\n", ["fa25"]),  # else the latest term
    ],
)
def test_data_files_named_by_their_term_alone(tmp_path: Path, config: str, kept: list[str]) -> None:
    (tmp_path / "_config.yml").write_text(config)
    (tmp_path / "_data").mkdir()
    for term, day in (("sp25", "2025-01-21"), ("fa25", "2025-09-02")):
        (tmp_path / "_data" / f"{term}.yml").write_text(
            f"- date: {day}\n  topic: Intro\n  readings:\n    - {{title: P, url: '{A}'}}\n"
        )
    files = sorted({lec.file for lec in extract_site(tmp_path).lectures})
    assert files == [f"_data/{term}.yml" for term in kept]


@pytest.mark.parametrize(
    ("summary", "key"),
    [
        ("<b>Week 3 — Topic (Jan 27)</b>", "Jan 27"),
        ("Week 3: Topic, Jan 27", "Jan 27"),
        ("Jan 27: Topic", "Jan 27"),
        ("Week 3 — Topic", None),  # no date: the box is no entry
    ],
)
def test_a_details_summary_keyed_like_a_heading(summary: str, key: str | None) -> None:
    page = (
        f"<details><summary>{summary}</summary><ul><li><a href='{A}'>A</a></li></ul></details>"
        f"<details><summary>Week 4 — More (Feb 3)</summary><ul><li><a href='{B}'>B</a></li></ul>"
        "</details>"
    )
    keys = [k for k, _ in _html(page)]
    assert keys == ([key, "Feb 3"] if key else ["Feb 3"])


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Readings are required unless marked otherwise.", "required"),
        ("Unless a reading says otherwise, it is required for everyone.", "required"),
        ("Unless noted otherwise, all readings are optional.", "optional"),
        ("Unless noted otherwise, class meets in Gates 104.", None),
    ],
)
def test_a_key_that_holds_unless_marked_otherwise(key: str, others: str | None) -> None:
    assert legend_others(key, ()) == others


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "(grad) after a reading: required for 6590. (*) after a reading: required for PhD.",
            [("(grad)", "required"), ("(*)", "required")],
        ),
        (
            "Anything listed as Extra or Secondary is optional.",
            [("extra:", "optional"), ("secondary:", "optional")],
        ),
    ],
)
def test_keys_to_tokens_placed_after_a_reading_and_to_labels_of_anything(
    key: str, signs: list[tuple[str, str]]
) -> None:
    assert list(symbol_legends(key)) == signs


def test_a_bare_label_of_several_words_the_page_writes_again() -> None:
    page = (
        "Readings under **Read before class** are required.\n\n"
        f"## Lecture 1 (Sep 2): Intro\n\n**Read before class**\n\n- [A]({A})\n"
    )
    assert _markdown(page) == [("Sep 2", [("A", "required")])]
    # a single bare word needs its colon on the page: "papers after class" names none
    page = f"Papers after class are optional.\n\n## Lecture 1 (Sep 2): Intro\n\n- [A]({A})\n"
    assert _markdown(page) == [("Sep 2", [("A", None)])]


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("Please fill in the [course evaluation](https://evasys.x.de/online.php?p=1).", False),
        ("Fill out the [survey form](https://x.org/s).", False),
        ("Please read [Attention Is All You Need](https://arxiv.org/abs/1706.03762).", True),
    ],
)
def test_an_action_with_please_is_no_reading(line: str, reading: bool) -> None:
    page = f"## Jan 5: Intro\n\n- [A]({A})\n\n{line}\n"
    [(_, readings)] = _markdown(page)
    assert (len(readings) == 2) is reading


def test_a_links_text_as_written_when_its_href_is_written_with_liquid(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("url: https://x.edu\nbaseurl: /~t\n")
    (tmp_path / "schedule.md").write_text(
        "---\ntitle: S\n---\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        "| Jan 27 | Intro | [Kalnay, *Atmospheric Modeling*, ch. 1]"
        "({{ site.baseurl }}/assets/pdf/kalnay-ch1.pdf) |\n"
    )
    [lecture] = extract_site(tmp_path).lectures
    [reading] = lecture.readings
    assert (reading.text, reading.title) == (
        "Kalnay, *Atmospheric Modeling*, ch. 1",
        "Kalnay, Atmospheric Modeling, ch. 1",
    )
    assert reading.link == "https://x.edu/~t/assets/pdf/kalnay-ch1.pdf"


# --- real51–real54 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "key", "title"),
    [
        ("## Module 2: Explainability (Jan 20–30)", "Jan 20–30", "Explainability"),
        ("## Week 3: Causality (Jan 27 - Feb 7)", "Jan 27 - Feb 7", "Causality"),
        ("## Module 2: Explainability (Jan 20)", "Jan 20", "Explainability"),
    ],
)
def test_a_session_heading_ending_with_a_range_of_days(heading: str, key: str, title: str) -> None:
    page = f"{heading}\n\n- [A]({A})\n\n## Module 3: More (Feb 3)\n\n- [B]({B})\n"
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [(lec.key, lec.title) for lec in lectures][0] == (key, title)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("the sign-up sheet", False),
        ("this feedback form", False),
        ("the survey", True),  # "Read [the survey](arxiv..)": a paper
        ("Figma starter kit", False),
    ],
)
def test_material_after_an_article(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://x.org/s") is reading


def test_a_notion_toggle_list_item_is_its_summarys_entry() -> None:
    toggle = (
        '<ul class="toggle"><li><details open=""><summary>Week {n} · {day}</summary>'
        "<h3>{title}</h3><p><strong>Readings</strong></p>"
        '<ul class="bulleted-list"><li><a href="{href}">{text}</a></li></ul>'
        "</details></li></ul>"
    )
    page = "<h2>Weekly schedule</h2>" + "".join(
        toggle.format(n=n, day=day, title=title, href=href, text=text)
        for n, day, title, href, text in (
            (1, "Jan 7", "Intro", A, "A"),
            (2, "Jan 14", "Data", B, "B"),
        )
    )
    page += f'<h2>Resources</h2><ul><li><a href="{C}">C</a></li></ul>'
    lectures = read_html(page, "Schedule.html", None, lambda _: 1)
    assert [(lec.key, lec.title, [r.text for r in lec.readings]) for lec in lectures] == [
        ("Jan 7", "Intro", ["A"]),
        ("Jan 14", "Data", ["B"]),  # the box ends the entry: Resources is not its
    ]


@pytest.mark.parametrize(
    ("classes", "requirement"),
    [
        ('class="must"', "required"),
        ('class="req"', "required"),
        ('class="opt"', "optional"),
        ('class="reading opt"', "optional"),
        ('class="option-list"', None),  # not the word "opt"
        ('class="adopt"', None),
    ],
)
def test_a_class_that_is_a_requirement_word_or_its_short_form(
    classes: str, requirement: str | None
) -> None:
    head = "<tr><th>Date</th><th>Readings</th></tr>"
    cell = f'<ul><li {classes}><a href="{A}">A</a></li></ul>'
    page = f"<table>{head}<tr><td>Jan 5</td><td>{cell}</td></tr></table>"
    assert _html(page) == [("Jan 5", [("A", requirement)])]


@pytest.mark.parametrize(
    ("key", "first", "later"),
    [
        (
            "Paper 1 is the one the presenters walk through, and everyone is expected to have "
            "read it. Papers 2 and 3 go further: read them if you can.",
            "required",
            "optional",
        ),
        ("The first paper in each session is required.", "required", None),
        ("Paper 1 is due on Friday.", None, None),  # an essay, not a key
        (
            "Come to class having read the one at the top of the list. Whatever comes after "
            "it is optional.",
            "required",
            "optional",
        ),
        ("The one at the top of the list is our favourite.", None, None),
    ],
)
def test_a_key_to_a_priority_order(key: str, first: str | None, later: str | None) -> None:
    assert (first_legend(key), later_legend(key)) == (first, later)
    page = f"{key}\n\n## Jan 5: Intro\n\n1. [A]({A})\n2. [B]({B})\n3. [C]({C}) (optional)\n"
    expected = [("A", first), ("B", later), ("C", "optional")]
    assert _markdown(page) == [("Jan 5", expected)]


def test_lecture_folders_each_with_its_readme(tmp_path: Path) -> None:
    for n, day, reading in (
        (1, "Tue Jan 13", f"- [A]({A})\n"),
        (2, "Thu Jan 15", ""),
        (3, "Tue Jan 20", f"- [B]({B})\n"),
    ):
        folder = tmp_path / "lectures" / f"0{n}-topic"
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(f"# Lecture {n}: Topic {n} ({day})\n\n{reading}")
    keys = [lec.key for lec in extract_site(tmp_path).lectures]
    assert keys == ["Tue Jan 13", "Thu Jan 15", "Tue Jan 20"]  # the one without readings too


# --- real55–real57 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "requirements"),
    [
        # a bracketed mark before the next link is that link's, not the one before
        (f'<a href="{A}">A</a>;\n(opt.) <a href="{B}">B</a>', [None, "optional"]),
        (f'<a href="{A}">A</a> (opt.); <a href="{B}">B</a>', ["optional", None]),
        # after the item's last link, a mark that ends the item is that link's
        (f'<a href="{A}">A</a>; <a href="{B}">B</a>. CACM 1970. (opt.)', [None, "optional"]),
    ],
)
def test_a_bracketed_mark_between_two_links(cell: str, requirements: list[str | None]) -> None:
    page = (
        "<p>Readings marked (opt.) are optional.</p>"
        f"<dl><dt>Jan 14 &mdash; Intro</dt><dd>Readings: {cell}</dd>"
        f'<dt>Jan 16 &mdash; More</dt><dd>Readings: <a href="{C}">C</a></dd></dl>'
    )
    assert [req for _, req in _html(page)[0][1]] == requirements


def test_a_terms_range_of_days_written_with_entities() -> None:
    page = (
        f'<dl><dt>Mar 2 &mdash; Review</dt><dd><a href="{A}">A</a></dd>'
        "<dt>Mar 4 &ndash; Mar 6 &mdash; <i>Spring break, no class</i></dt>"
        f'<dt>Mar 9 &mdash; Graphs</dt><dd><a href="{B}">B</a></dd></dl>'
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Mar 2", "Review"),
        ("Mar 4 &ndash; Mar 6", "Spring break, no class"),
        ("Mar 9", "Graphs"),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mon Jan 27Threads and locks", "Mon Jan 27"),  # a badge flush against the topic
        ("Mon Jan 21Strings", "Mon Jan 21"),
        ("March 11th 2024", "March 11th 2024"),
        ("3rd of March", "3rd of March"),
        ("Jan 27th: Intro", "Jan 27th"),
    ],
)
def test_an_ordinal_suffix_only_before_no_letter(text: str, date: str) -> None:
    assert classify.date_in(text) == date


# --- real56 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "requirements"),
    [
        (f"Read [A]({A}) (required) and skim [B]({B}) (optional).", ["required", "optional"]),
        (f"Read [A]({A}) before class; it is required.", ["required"]),
        (f"[A]({A}) is optional but worth your time.", ["optional"]),
        (f"[A]({A}) is recommended.", ["optional"]),
        (f"The required reading is [A]({A}); [B]({B}) is recommended.", ["required", "optional"]),
        (f"If you want to go further, see [A]({A}).", ["optional"]),
        (f"[A]({A}) is a classic of the field.", [None]),
        (f"Before class, read [A]({A}).", [None]),  # no requirement word: never guessed
    ],
)
def test_requirements_said_in_sentences(sentence: str, requirements: list[str | None]) -> None:
    [(_, readings)] = _markdown(f"## Lecture 1: Intro (Jan 13)\n\n{sentence}\n")
    assert [req for _, req in readings] == requirements


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("recording of the OSDI talk", False),
        ("A recording of the OSDI talk", False),
        ("Slides of the keynote", False),
        ("ACM Code of Ethics", True),
        ("Code of Ethics and Professional Conduct", True),  # "code" of a work
        (":material-github: Code for the attacks demo", False),
        ("Notebook for this lecture", False),
        ("Slides for a talk on Raft", False),
        ("Code for Thought: A Study", True),  # "for" then no article: a title
        ("Recording for posterity", True),
    ],
)
def test_material_of_a_talk(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://www.youtube.com/watch?v=x1") is reading


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Medical imaging II — guest: Dr. Aisha Rahman", "Medical imaging II"),
        ("Routing — Speaker: Ana Costa", "Routing"),
        ("Guest lecture — Dr. Maria Santos", "Guest lecture — Dr. Maria Santos"),
    ],
)
def test_a_trailing_part_a_speaker_lead_opens(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


@pytest.mark.parametrize(
    ("legend", "signs"),
    [
        (
            "📕 read before class\n- 📗 if you want more\n- 🎧 to listen\n- ⏰ something due",
            {"📗": "optional"},
        ),
        ("📕 required\n- 📗 optional extras\n- 🎞️ the slides", {"📕": "required", "📗": "optional"}),
        ("📕 required\n- 📗 optional extras", {}),  # two signs alone are no key
    ],
)
def test_a_list_of_signs_with_no_key_word(legend: str, signs: dict[str, str]) -> None:
    assert dict(symbol_legends(f"Here is what the pictures mean:\n\n- {legend}\n")) == signs


@pytest.mark.parametrize(
    ("header", "answers", "requirements"),
    [
        ("Req?", ["✓", "O", "R", ""], ["required", "optional", "required", None]),
        ("Required?", ["yes", "no", "—", "x"], ["required", "optional", None, "required"]),
        ("R/O", ["R", "O", "", "R"], ["required", "optional", None, "required"]),
        ("Req / Opt", ["R", "O", "", "R"], ["required", "optional", None, "required"]),
        ("R/W", ["R", "O", "", "R"], [None, None, None, None]),  # no answers named
        ("Notes", ["✓", "O", "R", ""], [None, None, None, None]),  # no question asked
    ],
)
def test_a_column_that_asks_whether_a_reading_is_required(
    header: str, answers: list[str], requirements: list[str | None]
) -> None:
    first = ("Jan 12", "Intro")
    rows = "".join(
        f"| {first[0] if not i else ''} | {first[1] if not i else ''} "
        f"| [P{i}](https://x.org/{i}) | {a} |\n"
        for i, a in enumerate(answers)
    )
    page = f"| Date | Topic | Reading | {header} |\n|---|---|---|---|\n{rows}"
    [(_, readings)] = _markdown(page)
    assert [req for _, req in readings] == requirements


# --- real58–real60 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "signs", "others"),
    [
        (
            "The dagger (†) marks optional papers. Everything else in this column is required.",
            [("†", "optional")],
            "required",
        ),
        ("† flags an optional reading; the rest are required.", [("†", "optional")], "required"),
        ("The dagger marks the spot.", [], None),
    ],
)
def test_a_sign_that_marks_readings(
    key: str, signs: list[tuple[str, str]], others: str | None
) -> None:
    found = symbol_legends(key)
    assert list(found) == signs
    assert legend_others(key, found) == others


@pytest.mark.parametrize(
    ("key", "styles"),
    [
        ("We put the papers you must read before class in bold.", [(("b", "strong"), "required")]),
        ("Papers you must read are in bold.", [(("b", "strong"), "required")]),
        ("Required papers appear in bold.", [(("b", "strong"), "required")]),
        ("Papers we discuss are in bold.", []),  # no requirement word
    ],
)
def test_a_style_key_in_other_words(key: str, styles: list[object]) -> None:
    assert list(legends(key)) == styles


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Talk recording (CoRL keynote)", False),
        ("Keiko's homepage", False),
        ("Raft demo (interactive)", False),
        ("Attention is all you need (NeurIPS 2017)", True),
    ],
)
def test_material_with_a_remark_in_brackets(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://x.org/t") is reading


def test_a_kind_of_material_right_after_a_link() -> None:
    page = (
        f"## Jan 5: Raft\n\n- [A]({A})\n\n"
        f"Play with the [Raft visualization]({B}) (demo) before class.\n"
    )
    assert _markdown(page) == [("Jan 5", [("A", None)])]


@pytest.mark.parametrize(
    ("cell", "key"),
    [("&nbsp;9/3&nbsp;", "9/3"), ("&#160;Sep 3", "Sep 3"), ("Sep&nbsp;3", "Sep&nbsp;3")],
)
def test_a_key_cells_padding_written_as_entities(cell: str, key: str) -> None:
    page = (
        "<table><tr><td><b>Date</b></td><td><b>Topic</b></td><td><b>Readings</b></td></tr>"
        f'<tr><td>{cell}</td><td>Intro</td><td><a href="{A}">A</a></td></tr>'
        f'<tr><td>9/5</td><td>More</td><td><a href="{B}">B</a></td></tr></table>'
    )
    assert [k for k, _ in _html(page)][0] == key


def test_a_label_row_over_a_sessions_next_rows() -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Reading</th></tr>"
        f'<tr><td>Jan 5</td><td>Intro</td><td><a href="{A}">A</a></td></tr>'
        '<tr><th colspan="3">Optional</th></tr>'
        f'<tr><td></td><td></td><td><a href="{B}">B</a></td></tr>'
        f'<tr><td>Jan 7</td><td>More</td><td><a href="{C}">C</a></td></tr></table>'
    )
    assert _html(page) == [("Jan 5", [("A", None), ("B", "optional")]), ("Jan 7", [("C", None)])]


def test_a_csv_row_of_one_reading_with_its_topic_cell_empty() -> None:
    data = (
        "date,topic,reading_title,reading_url,required\n"
        f"2025-10-09,Replication,Raft,{A},yes\n"
        f"2025-10-09,,DDIA ch. 5,{B},\n"
        f"2025-10-14,Consensus,Paxos,{C},no\n"
    )
    lectures = read_yaml(data, "_data/schedule.csv", None, ".csv")
    assert [(lec.key, [(r.text, r.requirement) for r in lec.readings]) for lec in lectures] == [
        ("2025-10-09", [("Raft", "required"), ("DDIA ch. 5", None)]),
        ("2025-10-14", [("Paxos", "optional")]),
    ]
