"""Rules the real22 blind round showed: presenter notes cut from every entry's title,
labels and legends that name unmarked readings, Hugo and Quarto details, cards
titled by their heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site, vocab
from readlist.extract import page as page_module
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.yamldata import read_yaml


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        # a spaced middot or bullet separates a trailing presenter part
        ("Reward learning · led by Tomás Alvarez", "Reward learning"),
        ("Reward learning • presented by T. Alvarez", "Reward learning"),
        ("Lecture 3 · Transformers", "Transformers"),  # a session label opens it
        # a trailing bracket opening with an honorific or a speaker lead and a colon
        ("ML weather forecasting (Dr. Ilse Varga, ECMWF)", "ML weather forecasting"),
        ("RL from human feedback (guest: Dr. Hana Kim, DeepMind)", "RL from human feedback"),
        ("RL from human feedback (speaker: Hana Kim)", "RL from human feedback"),
        ("RL from human feedback (guest lecture)", "RL from human feedback (guest lecture)"),
        # a title that is only "Guest lecture" keeps the name
        ("Guest lecture (Dr. Ana Costa)", "Guest lecture (Dr. Ana Costa)"),
    ],
)
def test_presenter_notes_are_cut_from_titles(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def test_a_definition_list_title_loses_its_speaker() -> None:
    text = (
        "Tue Jan 27\n"
        ": **Lecture**{: .label .label-purple }Guest lecture: Accessibility — "
        "[Dr. Jordan Reyes](https://jreyes.info/)\n"
        ": Readings:\n"
        "  - [Ability-Based Design](https://dl.acm.org/doi/10.1145/1952383.1952384)\n"
    )
    (lecture,) = read_markdown(text, "week-04.md", None)
    assert (lecture.key, lecture.title) == ("Tue Jan 27", "Guest lecture: Accessibility")


def _third_reading(key: str) -> str | None:
    page = (
        f"<p>{key}</p><h3>Jan 9: Intro</h3><ul><li>★ <a href='https://x.org/a'>A</a></li>"
        "<li><a href='https://x.org/b'>B</a> (opt.)</li><li><a href='https://x.org/c'>C</a></li></ul>"
    )
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    return lecture.readings[2].requirement


# written out, not vocab.SIGN_NOUNS: a word removed from the vocabulary fails its row
@pytest.mark.parametrize(
    "sign",
    [
        *("star", "asterisk", "mark", "marker", "sign", "symbol", "dagger", "icon", "label"),
        *("badge", "tag", "check", "checkmark", "tick"),
    ],
)
def test_a_key_names_the_readings_without_its_sign(sign: str) -> None:
    assert _third_reading(f"★ = required. Readings without a {sign} are optional.") == "optional"
    assert _third_reading(f"★ = required. Readings without a {sign}ed X are optional.") is None


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("★ = required. Papers with no ★ are optional background.", "optional"),
        ("★ = required reading; unstarred papers are optional.", "optional"),
        ("★ = required reading; the rest are optional.", "optional"),
        ("★ = required. Papers without slides are optional.", None),  # slides: no sign
    ],
)
def test_a_key_names_the_unmarked_readings(key: str, others: str | None) -> None:
    assert _third_reading(key) == others


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("★ Sutton & Barto", "Sutton & Barto ch. 3"),  # a key's sign is no word of the work
        ("(*) Sutton & Barto", "Sutton & Barto ch. 3"),
        ("Sutton & Barto,", "Sutton & Barto, ch. 3"),
        ("Textbook: Sutton & Barto,", "Sutton & Barto, ch. 3"),  # a label, no word of it
        ("Background: Sutton & Barto", "Sutton & Barto ch. 3"),
    ],
)
def test_a_part_of_a_work_is_titled_without_signs(before: str, title: str) -> None:
    assert classify.part_title(before, "ch. 3") == title


def _quarto_site(root: Path, files: dict[str, str]) -> list[tuple[str, str, str | None]]:
    (root / "_quarto.yml").write_text("project:\n  type: website\n")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    site = extract_site(root)
    return [(lec.file, r.url, r.requirement) for lec in site.lectures for r in lec.readings]


def _lecture_page(day: str, body: str) -> str:
    return f'---\ntitle: "Experiments"\ndate: 2025-01-{day}\n---\n\n{body}\n'


def test_quarto_renders_no_file_or_folder_named_with_an_underscore(tmp_path: Path) -> None:
    reading = "- [Trustworthy Online Controlled Experiments](https://x.org/{})"
    found = _quarto_site(
        tmp_path,
        {
            "lectures/01.qmd": _lecture_page("14", reading.format("a")),
            "lectures/_template.qmd": _lecture_page("01", reading.format("t")),
            "_drafts/02.qmd": _lecture_page("16", reading.format("d")),
        },
    )
    assert found == [("lectures/01.qmd", "https://x.org/a", None)]


@pytest.mark.parametrize(
    ("opening", "requirement"),
    [
        ('::: {.callout-note title="Optional"}', "optional"),
        ("::: {.callout-tip title='Optional reading'}", "optional"),
        ('::: {.callout-note title="Before class"}', None),
        ("::: {.callout-note}", None),
    ],
)
def test_a_callouts_title_attribute_is_its_title(
    tmp_path: Path, opening: str, requirement: str | None
) -> None:
    body = (
        f"{opening}\nIf you run A/B tests, [Trustworthy Online Controlled Experiments]"
        "(https://x.org/a) is a quick read.\n:::\n"
    )
    found = _quarto_site(tmp_path, {"lectures/01.qmd": _lecture_page("14", body)})
    assert found == [("lectures/01.qmd", "https://x.org/a", requirement)]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a shortcode with a URL parameter inside a list item: its link, where it sits
        (
            '- {{< paper title="Graph Networks" url="https://x.org/a" >}}',
            [("Graph Networks", "https://x.org/a", None)],
        ),
        (
            '- {{< paper title="Graph Networks" url="https://x.org/a" optional="true" >}}',
            [("Graph Networks", "https://x.org/a", "optional")],
        ),
        (
            'Read {{< paper title="Graph Networks" url="https://x.org/a" >}} first.',
            [("Graph Networks", "https://x.org/a", None)],
        ),
        # a paired shortcode renders its own text
        (
            '- {{% button href="https://x.org/p.pdf" %}}Graph Networks{{% /button %}}',
            [("Graph Networks", "https://x.org/p.pdf", None)],
        ),
        ('- {{< icon name="book" >}} no link here', []),
    ],
)
def test_hugo_shortcodes_with_a_url_inside_a_line(
    line: str, found: list[tuple[str, str, str | None]]
) -> None:
    page = f"## Sep 4: Surrogates\n\n{line}\n"
    (lecture,) = read_markdown(page_module.commonmark(page, ".md"), "02.md", None)
    assert [(r.title, r.url, r.requirement) for r in lecture.readings] == found


@pytest.mark.parametrize(
    ("opening", "closing", "requirement"),
    [
        ("```{seealso}", "```", "optional"),  # Sphinx titles it "See also"
        (":::{seealso}", ":::", "optional"),
        ("```{seealso} Background", "```", None),  # its own title says nothing
        ("```{note}", "```", None),
    ],
)
def test_a_myst_box_without_a_title_takes_sphinxs(
    opening: str, closing: str, requirement: str | None
) -> None:
    page = (
        "### Lecture 3 (Tue Jan 14): Instruments\n\n"
        f"{opening}\n[Long-term effects of schooling](https://x.org/a)\n{closing}\n"
    )
    (lecture,) = read_markdown(page_module.commonmark(page, ".md"), "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == [requirement]


def test_a_week_whose_sessions_list_is_empty_is_no_lecture() -> None:
    data = (
        "- week: 7\n  sessions:\n"
        "    - date: 2026-02-24\n      title: Lakehouses\n      readings:\n"
        "        - title: The Snowflake Elastic Data Warehouse\n          url: https://x.org/a\n"
        "    - date: 2026-02-26\n      holiday: Reading day\n"
        "- week: 8\n  holiday: Spring break, no classes\n  sessions: []\n"
        "- week: 9\n  sessions:\n"
        "    - date: 2026-03-10\n      title: Streams\n"
    )
    lectures = read_yaml(data, "_data/schedule.yml", None, ".yml", {})
    # week 8 groups nothing; a session that is a holiday is still a lecture
    assert [lec.key for lec in lectures] == ["2026-02-24", "2026-02-26", "2026-03-10"]


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("P1 out", False),  # a project's code, then its event: where the project is
        ("PS3 due on", False),
        ("HW1 released", False),
        ("p1 out", True),  # a code is written in capitals
        ("Assignment 1 out", False),
        ("Read before P1 is out", True),
    ],
)
def test_a_coded_assignment_and_its_event_is_business(context: str, reading: bool) -> None:
    assert classify.is_reading("P1: Needfinding", "https://x.org/p1", context) is reading


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("Readings (all optional this week; focus on P1):", (True, "optional")),
        ("Readings (optional):", (True, "optional")),
        ("Papers (required)", (True, "required")),
        ("Readings (2):", (True, None)),
        ("Readings (see Canvas):", (True, None)),
        ("Required readings (both optional for auditors):", (True, "required")),
    ],
)
def test_a_bracket_after_a_reading_label_says_what_they_are(
    label: str, found: tuple[bool, str | None]
) -> None:
    assert classify.label_requirement(label) == found


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # a heading in the card names it; the paragraph after it tells more
        (
            "<h5>Project proposal due</h5><p>One page, through the "
            "<a href='https://forms.gle/x'>form</a>.</p>",
            "Project proposal due",
        ),
        ("<h5>Midterm (in class)</h5><p>Covers lectures 1–10.</p>", "Midterm (in class)"),
        # no heading: the words before the first link
        (
            "<p>Transformers <a href='https://x.org/a'>Attention Is All You Need</a></p>",
            "Transformers",
        ),
    ],
)
def test_a_cards_heading_is_its_title(body: str, title: str) -> None:
    page = (
        "<div class='row'><div class='col date'><strong>Fri, Oct 3</strong></div>"
        f"<div class='col'>{body}</div></div>"
        "<div class='row'><div class='col date'><strong>Mon, Oct 6</strong></div>"
        "<div class='col'><h5>Scaling laws</h5><ol><li><a href='https://x.org/b'>B</a></li>"
        "</ol></div></div>"
    )
    lectures = read_html(page, "schedule.html", None, LineIndex(page))
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Fri, Oct 3", title),
        ("Mon, Oct 6", "Scaling laws"),
    ]


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        ("<a href='https://x.org/a'>A</a> (Mahoney) &mdash; optional", "optional"),
        ("<a href='https://x.org/a'>A</a> (Mahoney), optional.", "optional"),
        ("<a href='https://x.org/a'>A</a> – required", "required"),
        ("<a href='https://x.org/a'>A</a> (Mahoney) optional", None),  # not set off
        ("<a href='https://x.org/a'>A</a>; see also <a href='https://x.org/b'>B</a>", None),
        ("<a href='https://x.org/a'>A</a>, <a href='https://x.org/b'>B</a> &mdash; optional", None),
    ],
)
def test_a_requirement_word_that_ends_an_item_of_one_link(
    item: str, requirement: str | None
) -> None:
    page = f"<h3>Mon, Feb. 24: Sketching</h3><ul><li>{item}</li></ul>"
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    assert lecture.readings[0].requirement == requirement


@pytest.mark.parametrize(
    ("key", "requirement"),
    [
        ("Papers listed as *Background* are optional context.", "optional"),
        ("Papers listed under “Deep dive” are optional.", None),  # another label
        ("", None),  # no key: Background says nothing
    ],
)
def test_a_label_the_key_names_over_a_nested_list(key: str, requirement: str | None) -> None:
    page = (
        f"{key}\n\n## Week 1 (Jan 9): What is robot learning?\n\n"
        "- Kober. [Reinforcement Learning in Robotics](https://x.org/k). IJRR 2013.\n"
        "- Background:\n"
        "  - Sutton & Barto. [Reinforcement Learning](https://x.org/s). MIT Press 2018.\n"
    )
    (lecture,) = read_markdown(page, "README.md", None)
    assert [r.requirement for r in lecture.readings] == [None, requirement]


@pytest.mark.parametrize(
    ("text", "context", "reading"),
    [
        ("this folder", "Upload slides to", False),  # where material goes
        ("here", "Submit your slides to", False),
        ("the folder", "Recordings in", False),
        ("this folder", "The DDIA chapters are in", True),  # readings live there
        ("Attention Is All You Need", "We continue the discussion in", True),  # a title
    ],
)
def test_a_place_material_goes_to_is_no_reading(text: str, context: str, reading: bool) -> None:
    href = "https://drive.google.com/drive/folders/1x"
    assert classify.is_reading(text, href, context) is reading


# --- after the real23 round ----------------------------------------------------------


def _card(first: str, title: str) -> str:
    return (
        f"<div class='card'><div><span>{first}</span></div>"
        f"<div><span>{title}</span></div>"
        "<div><span>Required</span></div>"
        "<div><span>📄</span><div><a href='https://x.org/a'>Attention Is All You Need</a>"
        "<span> — Vaswani et al., 2017</span></div></div></div>"
    )


@pytest.mark.parametrize(
    ("first", "key"),
    [
        ("Week 3 · Jan 22", "Jan 22"),  # the session, then its date
        ("Lecture 5: Jan 22", "Jan 22"),
        ("Jan 22", "Jan 22"),
        ("Office hours · Jan 22", None),  # other words: no date card
    ],
)
def test_a_card_opened_by_a_session_and_its_date(first: str, key: str | None) -> None:
    page = _card(first, "Pretraining objectives") + _card(
        first.replace("22", "29").replace("3", "4"), "Scaling laws"
    )
    lectures = read_html(page, "schedule.html", None, LineIndex(page))
    if key is None:
        assert lectures == []
        return
    assert [(lec.key, lec.title) for lec in lectures][0] == (key, "Pretraining objectives")
    assert lectures[0].readings[0].requirement == "required"


def test_sphinx_download_role_is_a_link_under_html_baseurl(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text('project = "DS"\nhtml_baseurl = "https://x.org/sp23/"\n')
    (tmp_path / "lectures").mkdir()
    (tmp_path / "lectures" / "schedule.rst").write_text(
        "Schedule\n========\n\nWed 1/18: Potential outcomes\n----------------------------\n\n"
        "* :download:`Pearl, Causal inference in statistics <papers/pearl09.pdf>`\n"
        "* :download:`Problem set 1 <../psets/ps1.pdf>`\n"
        "* `Holland, Statistics and Causal Inference <https://x.org/holland.pdf>`_\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.title, r.url, r.link) for r in lecture.readings] == [
        (
            "Pearl, Causal inference in statistics",
            "papers/pearl09.pdf",
            "https://x.org/sp23/lectures/papers/pearl09.pdf",  # from the page's folder
        ),
        (
            "Holland, Statistics and Causal Inference",
            "https://x.org/holland.pdf",
            "https://x.org/holland.pdf",
        ),
    ]  # the problem set is course business


@pytest.mark.parametrize(
    ("config", "link"),
    [
        (
            "module.exports = {\n  url: 'https://x.github.io',\n  baseUrl: '/c24/',\n};\n",
            "https://x.github.io/c24/papers/a.pdf",
        ),
        (
            "module.exports = { url: 'https://x.org', baseUrl: '/' };\n",
            "https://x.org/papers/a.pdf",
        ),
        ("module.exports = { baseUrl: '/c24/' };\n", "/papers/a.pdf"),  # no host
    ],
)
def test_docusaurus_serves_site_absolute_paths_under_its_base_url(
    tmp_path: Path, config: str, link: str
) -> None:
    (tmp_path / "docusaurus.config.js").write_text(config)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "schedule.md").write_text(
        "## Tue 8/20 — Imitation\n\n- [An Invitation to Imitation](/papers/a.pdf)\n"
        "- [DAgger](https://arxiv.org/abs/1011.0686)\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [r.link for r in lecture.readings] == [link, "https://arxiv.org/abs/1011.0686"]


@pytest.mark.parametrize(
    ("item", "titles"),
    [
        # a generic link after words of its own ends that citation
        (
            "Reading: IIR ch. 1 <a href='https://x.org/1'>[pdf]</a>;\n"
            "Bush, As We May Think, 1945 <a href='https://x.org/b'>[html]</a>",
            ["IIR ch. 1", "Bush, As We May Think, 1945"],
        ),
        # generic links with only separators between them share one citation
        (
            "Salton, A Vector Space Model <a href='https://x.org/p'>[pdf]</a> "
            "<a href='https://x.org/s'>[ps]</a>",
            ["Salton, A Vector Space Model", "Salton, A Vector Space Model"],
        ),
        # a source newline between two links is white space, not a line break
        (
            "Ponte &amp; Croft, A Language Modeling Approach <a href='https://x.org/pc'>[pdf]</a>"
            "\n<a href='https://x.org/acm'>[ACM]</a>",
            ["Ponte & Croft, A Language Modeling Approach"] * 2,
        ),
        (
            "Page et al., PageRank <a href='https://x.org/tr'>[tech report]</a>",
            ["Page et al., PageRank"],
        ),
    ],
)
def test_generic_links_are_titled_by_their_own_citation(item: str, titles: list[str]) -> None:
    page = (
        f"<ol><li><b>Lecture 1 (Jan 11)</b>: Intro<br>\n{item}</li>\n"
        "<li><b>Lecture 2 (Jan 13)</b>: Indexes<br>\nReading: "
        "<a href='https://x.org/z'>Inverted Files for Text Search Engines</a></li></ol>"
    )
    lecture = read_html(page, "index.html", None, LineIndex(page))[0]
    assert [r.title for r in lecture.readings] == titles


@pytest.mark.parametrize(
    ("before", "requirement"),
    [
        (
            "Optional: Zobel & Moffat, Inverted Files, ACM Computing Surveys 38(2), 2006 ",
            "optional",
        ),
        ("Optional: Zobel & Moffat (2006), Inverted Files ", "optional"),
        ("Optional: Zobel & Moffat (see the appendix for the proofs) ", None),  # a long aside
    ],
)
def test_a_marker_covers_a_citation_with_short_brackets(
    before: str, requirement: str | None
) -> None:
    assert classify.prefix_requirement(before) == requirement


@pytest.mark.parametrize(
    ("key", "others"),
    [
        (
            "Readings marked <em>optional:</em> are for going deeper; all others are required.",
            "required",
        ),
        ("Readings marked <em>(optional)</em> are extra; everything else is required.", "required"),
        ("Papers labeled required are discussed in class; the rest are optional.", "optional"),
        ("Readings marked optional are extra; others are optional too.", None),  # no contrast
        ("All readings are listed by week; others are required.", None),  # no mark named
    ],
)
def test_a_key_whose_mark_is_a_word_names_the_others(key: str, others: str | None) -> None:
    assert _third_reading(key.replace("★", "")) == others


def _data_site(root: Path, page: str) -> list[str]:
    (root / "_config.yml").write_text("title: CS 6340\n")
    (root / "_data").mkdir()
    record = (
        "- date: {day}\n  title: {title}\n  readings:\n    - title: {paper}\n      url: {url}\n"
    )
    (root / "_data" / "lectures.yml").write_text(
        record.format(day="2023-08-23", title="Overview", paper="Lattices", url="https://x.org/a")
        + record.format(day="2023-08-28", title="Dataflow", paper="Kildall", url="https://x.org/b")
    )
    (root / "_data" / "schedule_fa22.yml").write_text(
        record.format(day="2022-08-24", title="Overview", paper="Lattices", url="https://x.org/a")
        + record.format(day="2022-08-29", title="Dataflow", paper="Kildall", url="https://x.org/b")
    )
    (root / "schedule.md").write_text(f"---\nlayout: page\n---\n\n{page}\n")
    return sorted({lec.file for lec in extract_site(root).lectures})


@pytest.mark.parametrize(
    ("page", "files"),
    [
        # the page renders this year's file: last year's, named for its term, is not read
        (
            "{% for l in site.data.lectures %}{{ l.title }}{% endfor %}",
            ["_data/lectures.yml"],
        ),
        # no page renders a data file: both are read
        ("The schedule is on Canvas.", ["_data/lectures.yml", "_data/schedule_fa22.yml"]),
    ],
)
def test_a_past_terms_data_file_no_page_renders(
    tmp_path: Path, page: str, files: list[str]
) -> None:
    assert _data_site(tmp_path, page) == files


@pytest.mark.parametrize(
    ("section", "sessions"),
    [
        ("Project milestones", False),  # a word or two before a dates word
        ("Final project deadlines", False),
        ("Course news", False),
        ("Lecture dates", True),  # "dates" after other words may head the schedule
        ("Project milestones and readings", True),  # the dates word does not end it
    ],
)
def test_a_qualified_dates_heading(section: str, sessions: bool) -> None:
    page = (
        f"## {section}\n\n- **4/20**: Proposal due\n- **5/25**: Checkpoint\n\n"
        "## Schedule\n\n- **4/4**: Intro\n  - [A Study of Congestion](https://x.org/a)\n"
        "- **4/6**: Routing\n  - [B](https://x.org/b)\n"
    )
    keys = [lec.key for lec in read_markdown(page, "README.md", None)]
    assert keys == (["4/20", "5/25"] if sessions else []) + ["4/4", "4/6"]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("SIGCOMM format", False),
        ("LaTeX template format", False),
        ("Columnar storage format", False),
    ],
)
def test_a_short_text_ending_in_format_is_material(text: str, reading: bool) -> None:
    assert classify.is_reading(text, "https://x.org/f") is reading


def test_a_trailing_part_many_titles_repeat_is_no_topic() -> None:
    many = ["Intro · Kowalski", "Congestion control · Kowalski", "Routing · Kowalski"]
    assert classify.without_repeated_tails([*many, "SDN"]) == [
        "Intro",
        "Congestion control",
        "Routing",
        "SDN",
    ]
    few = many[: classify.REPEATED_TAIL - 1]
    assert classify.without_repeated_tails(few) == few  # two: a coincidence, kept
    long_tail = [f"Topic {n} — Reading group on systems papers today" for n in range(4)]
    assert classify.without_repeated_tails(long_tail) == long_tail  # five words: a topic's


def test_repeated_tails_are_cut_from_a_sites_titles(tmp_path: Path) -> None:
    page = "".join(
        f"- **4/{day}**: {topic} · Kowalski · [slides](s{day}.pdf)\n"
        f"  - [{topic} paper](https://x.org/{day})\n"
        for day, topic in ((4, "Intro to networking"), (6, "Congestion control"), (11, "Routing"))
    )
    (tmp_path / "README.md").write_text(page)
    titles = [lec.title for lec in extract_site(tmp_path).lectures]
    assert titles == ["Intro to networking", "Congestion control", "Routing"]


@pytest.mark.parametrize(
    ("front", "key"),
    [
        ("date: 2025-09-02 10:30:00 -0400\n", "2025-09-02"),  # the page's date keys it
        ("", "Lecture 1"),  # no date anywhere: the session keys it
    ],
)
def test_a_lecture_page_keyed_by_a_session_takes_its_front_matter_date(
    tmp_path: Path, front: str, key: str
) -> None:
    (tmp_path / "lectures").mkdir()
    for n in (1, 2):
        (tmp_path / "lectures" / f"lec0{n}.md").write_text(
            f"---\ntitle: Topic {n}\n{front.replace('02', f'0{n + 1}')}---\n\n"
            f"# Lecture {n}: Topic {n}\n\n## Readings\n\n"
            f"- Barocas et al. (2023). [Fairness and Machine Learning, ch. {n}](https://x.org/{n}).\n"
        )
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title, len(lec.readings)) for lec in lectures][0] == (key, "Topic 1", 1)
    assert len(lectures) == 2


def test_an_r_markdown_website(tmp_path: Path) -> None:
    """_site.yml: base_url is the base URL, output_dir is build output (not read)."""
    (tmp_path / "_site.yml").write_text(
        'name: "stat220"\nbase_url: https://x.netlify.app\noutput_dir: "docs"\n'
    )
    table = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        "| 1/13 | Why visualize? | [A Layered Grammar of Graphics](readings/wickham.pdf) |\n"
        "| 1/15 | Color | [Escaping RGBland](https://x.org/z) |\n"
    )
    (tmp_path / "schedule.Rmd").write_text(f"---\ntitle: Schedule\n---\n\n{table}")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "schedule.html").write_text(
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        "<tr><td>1/13</td><td>Old</td><td><a href='https://x.org/old'>Old Paper</a></td></tr>"
        "</table>"
    )
    lectures = extract_site(tmp_path).lectures
    assert [lec.file for lec in lectures] == ["schedule.Rmd", "schedule.Rmd"]
    assert lectures[0].readings[0].link == "https://x.netlify.app/readings/wickham.pdf"


@pytest.mark.parametrize("kind", vocab.MATERIAL_KIND)
def test_a_kind_of_material_right_after_a_link(kind: str) -> None:
    page = (
        "## Sep 8: Path tracing\n\n"
        f"- [smallpt: global illumination in 99 lines](https://x.org/s) ({kind})\n"
        "- [The Rendering Equation](https://x.org/k) (Kajiya, 1986)\n"
    )
    (lecture,) = read_markdown(page, "index.md", None)
    assert [r.url for r in lecture.readings] == ["https://x.org/k"]


@pytest.mark.parametrize(
    "lead",
    [
        *("sign up", "sign-up", "signup", "register", "rsvp", "submit", "upload", "install"),
        *("fill in", "fill out"),
    ],
)
def test_a_sentence_that_says_what_to_do_at_a_link(lead: str) -> None:
    sheet = "https://drive.google.com/file/d/1x/view"  # a Drive file may be a reading
    assert not classify.is_reading("here", sheet, f"Pitches. {lead.capitalize()} for a slot")
    assert not classify.is_reading("here", sheet, f"Bring a laptop and {lead}")
    assert not classify.is_reading("here", sheet, f"Before class: {lead}")
    assert classify.is_reading("here", sheet, f"We {lead} nothing; read the paper at")
    assert classify.topic_of(f"Project pitches. {lead.capitalize()} for a slot") == (
        "Project pitches"
    )


def test_a_companion_link_ends_its_citation_for_the_next() -> None:
    page = (
        "## Sep 24: Volumes\n\n"
        "- Kutz et al., Spectral Tracking, SIGGRAPH 2017. [project page](https://x.org/p) "
        "[pdf](https://x.org/k.pdf)\n"
    )
    (lecture,) = read_markdown(page, "index.md", None)
    assert [(r.url, r.title) for r in lecture.readings] == [
        ("https://x.org/k.pdf", "Kutz et al., Spectral Tracking, SIGGRAPH 2017")
    ]


@pytest.mark.parametrize(
    ("item", "title", "requirement"),
    [
        # a pill opening the citation is no word of its title
        (
            "- **Optional**{: .label .label-blue } Verma, S. (2018). Fairness Definitions "
            "Explained. [pdf](https://x.org/v.pdf)",
            "Verma, S. (2018). Fairness Definitions Explained",
            "optional",
        ),
        (
            "- **Required**{: .label } Dwork, C. (2014). Differential Privacy, "
            "[sections 2.1–2.3](https://x.org/d.pdf)",
            "Dwork, C. (2014). Differential Privacy, sections 2.1–2.3",
            "required",
        ),
        # "Also" before a marker opening a citation
        (
            "Also recommended: Kohler-Hausmann, I. (2019). Eddie Murphy and the Dangers of "
            "Counterfactual Causal Thinking. [SSRN](https://x.org/s)",
            "Kohler-Hausmann, I. (2019). Eddie Murphy and the Dangers of Counterfactual "
            "Causal Thinking",
            "optional",
        ),
        # the library's or the LMS's copy: the citation names it
        (
            "Hand, D. J. (2004). Measurement Theory, ch. 1. [Library copy](https://x.org/h.pdf)",
            "Hand, D. J. (2004). Measurement Theory, ch. 1",
            None,
        ),
        (
            "Lyon, D. (2007). Surveillance Studies, ch. 1 "
            "[[Canvas](https://canvas.x.edu/courses/1/files/2)]",
            "Lyon, D. (2007). Surveillance Studies, ch. 1",
            None,
        ),
    ],
)
def test_a_citations_title_without_what_opens_it(
    item: str, title: str, requirement: str | None
) -> None:
    page = f"## Sep 9: Fairness\n\n{item}\n"
    (lecture,) = read_markdown(page, "lec03.md", None)
    assert [(r.title, r.requirement) for r in lecture.readings] == [(title, requirement)]


@pytest.mark.parametrize("noun", ["folder", "directory", "drive", "link", "page", "sheet", "doc"])
def test_a_place_a_link_names(noun: str) -> None:
    href = "https://drive.google.com/drive/folders/1x"
    assert not classify.is_reading(f"this {noun}", href, "Recordings in")
    assert classify.is_reading(f"this {noun}s and more", href, "Recordings in")


# --- after the real24 round ----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("All readings are required unless marked <b>Optional</b>.", "required"),
        ("Papers are optional unless noted as required.", "optional"),
        ("Readings are required except where marked (optional).", "required"),
        ("Readings are required unless you are auditing.", None),  # no mark named
    ],
)
def test_a_key_that_says_what_readings_are_unless_marked(key: str, others: str | None) -> None:
    assert _third_reading(key.replace("★", "")) == others


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (
            " <span class='badge'>optional</span> &mdash; "
            "<a href='https://x.org/p'>project page</a>",
            "optional",
        ),
        (" <span class='badge'>optional</span>, <a href='https://x.org/c'>code</a>", "optional"),
        (" &mdash; <a href='https://x.org/p'>project page</a> (optional)", None),  # the page's
    ],
)
def test_a_badge_right_after_a_link_whatever_follows(after: str, requirement: str | None) -> None:
    page = (
        "<h5>Tue Feb 10: Generalist robot policies</h5><ul><li>"
        f"<a href='https://x.org/rtx'>Open X-Embodiment</a>{after}</li></ul>"
    )
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    assert lecture.readings[0].requirement == requirement


@pytest.mark.parametrize("lead", ["Discussion leads", "Discussants", "Panelists", "Hosts"])
def test_a_list_of_people_after_a_person_lead(lead: str) -> None:
    page = (
        "<h3>Week 3 (Jan 24)</h3><p>Reading:</p><ol><li>Keshav, S. (2007). How to Read a "
        "Paper. <a href='https://x.org/k.pdf'>[PDF]</a></li></ol>"
        f"<p>{lead}: <a href='https://x.org/ana'>Ana Ruiz</a>, "
        "<a href='https://x.org/ben'>Ben Okafor</a></p>"
    )
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    assert [r.url for r in lecture.readings] == ["https://x.org/k.pdf"]


@pytest.mark.parametrize(
    ("text", "requirement", "title"),
    [
        ("Subword Units (requried)", "required", "Subword Units"),  # a swap: one edit
        ("SentencePiece (optinal)", "optional", "SentencePiece"),  # one deletion
        ("GPT-2 (optonal)", "optional", "GPT-2"),
        ("DPO (reqiured)", "required", "DPO"),
        ("GPT-2 (opitnal)", "optional", "GPT-2"),  # a swap and a deletion: two edits
        ("GPT-2 (oppshnal)", None, "GPT-2 (oppshnal)"),  # three edits: another word
        ("Pricing (options)", None, "Pricing (options)"),  # not its last letter
        ("Ranking (requires)", None, "Ranking (requires)"),
        ("Maps (opal)", None, "Maps (opal)"),  # too short to tell
        ("Notes (requried) and more", None, "Notes (requried) and more"),  # not at the end
    ],
)
def test_a_mistyped_marker_ending_a_link_text(
    text: str, requirement: str | None, title: str
) -> None:
    assert classify.marker_in_text(text) == requirement
    assert classify.strip_markers(text) == title


def _module(day: str, paper: str) -> str:
    return (
        f"---\ntitle: Week\n---\n\n{day}\n: **Lecture** Topic\n: [{paper}](https://x.org/{paper})\n"
    )


@pytest.mark.parametrize(
    ("config", "read"),
    [
        ("collections:\n  modules:\n    output: true\n", True),
        ("collections:\n  staffers:\n", False),  # _modules is declared nowhere: not built
        ("collections: [staffers]\ninclude: [_modules]\n", True),
        ("title: No collections declared\n", True),  # nothing to go by: read
    ],
)
def test_jekyll_builds_no_undeclared_underscore_folder(
    tmp_path: Path, config: str, read: bool
) -> None:
    (tmp_path / "_config.yml").write_text(config)
    (tmp_path / "_modules").mkdir()
    for day in ("Jan 5", "Jan 7"):
        (tmp_path / "_modules" / f"{day[-1]}.md").write_text(_module(day, f"Paper{day[-1]}"))
    lectures = extract_site(tmp_path).lectures
    assert [lec.key for lec in lectures] == (["Jan 5", "Jan 7"] if read else [])


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Papers listed without a marker are required; read them before class.", "required"),
        ("Readings with no label are optional.", "optional"),
        ("Papers listed without slides are required.", None),  # slides are no mark
    ],
)
def test_a_key_naming_no_mark_says_what_unmarked_readings_are(key: str, others: str | None) -> None:
    assert _third_reading(key.replace("★", "")) == others


@pytest.mark.parametrize(
    ("loop", "requirement"),
    [
        ("{% for module in site.modules %}\n{{ module }}\n{% endfor %}", "required"),
        ("See the modules.", None),  # the page renders no module: its key is not theirs
    ],
)
def test_a_key_on_the_page_that_renders_a_collection(
    tmp_path: Path, loop: str, requirement: str | None
) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  modules:\n    output: true\n")
    (tmp_path / "schedule.md").write_text(
        f"---\ntitle: Schedule\n---\n\nPapers listed without a marker are required.\n\n{loop}\n"
    )
    (tmp_path / "_modules").mkdir()
    (tmp_path / "_modules" / "week-01.md").write_text(
        "---\ntitle: Week 1\n---\n\nJan 8\n: **Lecture** Consensus\n"
        ": [Paxos Made Simple](https://x.org/paxos)\n: [Raft](https://x.org/raft) (optional)\n\n"
        "Jan 10\n: **Lecture** Clocks\n: [Time, Clocks](https://x.org/time)\n"
    )
    lectures = extract_site(tmp_path).lectures
    assert [[r.requirement for r in lec.readings] for lec in lectures] == [
        [requirement, "optional"],
        [requirement],
    ]


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("LLM.int8(): 8-bit Matrix Multiplication", "LLM.int8(): 8-bit Matrix Multiplication"),
        ("The fork() system call", "The fork() system call"),
        ("Intro ()", "Intro"),  # left empty once its links were taken out
        ("Intro [ ] · Setup", "Intro · Setup"),
    ],
)
def test_empty_brackets_glued_to_a_name_are_part_of_it(title: str, kept: str) -> None:
    assert classify.trim_title(title) == kept
    assert classify.topic_of(f"{title}. Sign up for a slot") == kept
