"""Rules from the real156–real159 rounds and the known limitations they revisited
(struck-through topics, bold topic lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site


def _titles(site: Path) -> list[tuple[str, str]]:
    return [(lec.key, lec.title) for lec in extract_site(site).lectures]


TABLE = """<table>
<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>Feb 4</td><td>L7: Privacy</td><td><a href="https://a.org/p.pdf">Membership</a></td>
</tr>
<tr><td>Feb 6</td><td>{cell}</td><td><a href="https://b.org/s.pdf">Scaling Laws</a></td>
</tr>
</table>
"""


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        # struck words replaced on their line: the replacement is the topic
        ("<del>L8: RLHF</del> L8: Scaling laws", "Scaling laws"),
        ("<s>RLHF</s> Scaling laws<br><small>(Raj Patel)</small>", "Scaling laws"),
        ("<strike>RLHF</strike> <b>Scaling laws</b>", "Scaling laws"),
        # struck words alone: what the session was (a cancelled one keeps its topic)
        ("<del>Scaling laws</del>", "Scaling laws"),
        ("<del>Scaling laws</del><br>[slides]", "Scaling laws"),
    ],
)
def test_struck_words_with_a_replacement_are_no_part_of_a_title(
    tmp_path: Path, cell: str, title: str
) -> None:
    site = write_site(tmp_path, {"schedule.html": TABLE.format(cell=cell)})
    assert _titles(site) == [("Feb 4", "Privacy"), ("Feb 6", title)]


def test_a_struck_date_stays_the_entrys_key(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "schedule.md": (
                "# Schedule\n\n"
                "- **Tue Feb 3** — [Perception](slides/09.html)\n"
                "  - [Graphical Perception](https://a.org/cleveland.pdf)\n"
                "- ~~**Thu Feb 5** — [Uncertainty](slides/10.html)~~ cancelled (snow)\n"
                "- **Tue Feb 10** — [Maps](slides/11.html)\n"
                "  - [How to Lie with Maps](https://b.org/maps.pdf)\n"
            )
        },
    )
    assert _titles(site) == [
        ("Tue Feb 3", "Perception"),
        ("Thu Feb 5", "cancelled (snow)"),
        ("Tue Feb 10", "Maps"),
    ]


HEADINGS = """# Lectures

## Lecture 6 — Thu Jan 29

**Efficient attention**

* [FlashAttention](https://arxiv.org/abs/2205.14135)

## Lecture 7 — Tue Feb 3

{line}

* [Lost in the Middle](https://arxiv.org/abs/2307.03172)
"""


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a bold line alone is the topic, its closing period no part of it
        ("**Mixture of experts.**", "Mixture of experts"),
        ("**Cancelled (snow day).**", "Cancelled (snow day)"),
        ("**Mixture of experts**", "Mixture of experts"),
        # struck and replaced on the line: the replacement
        ("~~**Mixture of experts**~~ **Cancelled (snow day).**", "Cancelled (snow day)"),
        # a sentence of prose is no topic
        ("We read one paper this time.", ""),
    ],
)
def test_a_bold_line_under_a_dated_heading_titles_it(tmp_path: Path, line: str, title: str) -> None:
    site = write_site(tmp_path, {"lectures.md": HEADINGS.format(line=line)})
    assert _titles(site) == [("Thu Jan 29", "Efficient attention"), ("Tue Feb 3", title)]


def test_a_struck_reading_with_a_note_after_it_is_no_reading(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "lectures.md": HEADINGS.format(
                line="**MoE**\n\n* ~~Fedus et al., [Switch Transformers](https://arxiv.org/"
                "abs/2101.03961)~~ (moved to Lecture 9)"
            )
        },
    )
    links = {lec.key: [r.link for r in lec.readings] for lec in extract_site(site).lectures}
    assert links["Tue Feb 3"] == ["https://arxiv.org/abs/2307.03172"]


CARD = """<div class="card"><div class="card-body">
<span class="badge date">{date}</span>
{heading}
<p class="small">Presenter: Prof. Hana Sato</p>
<div class="materials"><a href="slides/{n}.pdf">Slides</a></div>
<h6>Readings</h6>
<ul><li><a href="https://arxiv.org/abs/{n}">Paper {n}</a></li></ul>
</div></div>
"""


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a session label heading inside the dated card: its title, no entry of its own
        ('<h5 class="card-title">Lecture 3: Policy gradients</h5>', "Policy gradients"),
        ("<h5>Lecture 3</h5><h6>Policy gradients</h6>", "Policy gradients"),
        # a heading that only says who talks gives way to the next
        ("<h5>Dr. Priya Natarajan (DeepMind)</h5><h6>Cross-embodiment</h6>", "Cross-embodiment"),
        (
            "<h5>Guest lecture: Prof. Tom&aacute;s Ortega</h5><h6>Legged robots</h6>",
            "Legged robots",
        ),
        # ... but not to a label over the readings
        (
            "<h5>Guest lecture: Prof. Tom&aacute;s Ortega</h5>",
            "Guest lecture: Prof. Tom&aacute;s Ortega",
        ),
        ("<h5>Imitation learning</h5>", "Imitation learning"),
    ],
)
def test_a_dated_cards_headings_title_it(tmp_path: Path, heading: str, title: str) -> None:
    cards = CARD.format(date="Mon Aug 25", heading="<h5>Intro</h5>", n="2301.00001") + CARD.format(
        date="Wed Sep 3", heading=heading, n="2301.00002"
    )
    site = write_site(tmp_path, {"schedule.html": f"<html><body>{cards}</body></html>"})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title, len(lec.readings)) for lec in lectures] == [
        ("Mon Aug 25", "Intro", 1),
        ("Wed Sep 3", title, 1),
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a time of day after the date: no end of a range of days
        ("Thu, Jan 15 — 2:00–3:15pm — Roofline", "Thu, Jan 15"),
        ("Jan 15 - 2pm: Roofline", "Jan 15"),
        ("Jan 15 - 11:30: Roofline", "Jan 15"),
        # a range of days
        ("Jan 15–17: Roofline", "Jan 15–17"),
        ("Jan 29 - Feb 2: Roofline", "Jan 29 - Feb 2"),
    ],
)
def test_a_time_after_a_date_ends_no_range(text: str, key: str) -> None:
    from readlist.extract import classify

    assert classify.with_range(text, classify.date_in(text) or "") == key


TOPIC_CELL = """<table>
<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>Feb 3</td><td>Lecture 9: Batching</td><td><a href="https://a.org/orca">Orca</a></td></tr>
<tr><td>Feb 5</td><td>Lecture 10: Model serving<br>{line}</td>
<td><a href="https://a.org/clockwork">Clockwork</a> (optional)</td></tr>
</table>
"""


@pytest.mark.parametrize(
    ("line", "links"),
    [
        # a line of the topic cell a reading column's name opens: its links are readings
        (
            'Read before class: <a href="https://a.org/clipper">Clipper</a>',
            ["https://a.org/clipper", "https://a.org/clockwork"],
        ),
        (
            'Reading: <a href="https://a.org/clipper">Clipper</a>',
            ["https://a.org/clipper", "https://a.org/clockwork"],
        ),
        # any other line of it: the topic's things, not readings
        ('Guest: <a href="https://a.org/ana">Ana Lee</a>', ["https://a.org/clockwork"]),
        ('<a href="https://a.org/clipper">Clipper</a>', ["https://a.org/clockwork"]),
        (
            'Read before class: <a href="https://a.org/clipper">Clipper</a><br>'
            '<a href="https://a.org/demo">Demo</a>',
            ["https://a.org/clockwork"],
        ),
    ],
)
def test_a_reading_line_in_a_topic_cell_beside_a_reading_column(
    tmp_path: Path, line: str, links: list[str]
) -> None:
    site = write_site(tmp_path, {"schedule.html": TOPIC_CELL.format(line=line)})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Feb 3", "Batching"),
        ("Feb 5", "Model serving"),
    ]
    assert sorted(r.link for r in lectures[1].readings) == links


STAR_KEY = """# Schedule

Readings marked ★ are required; others are optional.

- **Jan 14**: Attention
  - {item}
  - [Other Paper](https://a.org/other)
- **Jan 16**: Pretraining
  - [BERT](https://a.org/bert)
"""


@pytest.mark.parametrize(
    "item",
    [
        "★ [Attention Is All You Need](https://arxiv.org/abs/1706.03762)",
        "[★ Attention Is All You Need](https://arxiv.org/abs/1706.03762)",
        "[Attention Is All You Need ★](https://arxiv.org/abs/1706.03762)",
        "[★ *Attention Is All You Need*](https://arxiv.org/abs/1706.03762)",
    ],
)
def test_a_keyed_sign_inside_a_link_text_marks_it(tmp_path: Path, item: str) -> None:
    site = write_site(tmp_path, {"schedule.md": STAR_KEY.format(item=item)})
    lecture = extract_site(site).lectures[0]
    assert [(r.title, r.requirement) for r in lecture.readings] == [
        ("Attention Is All You Need", "required"),
        ("Other Paper", "optional"),
    ]


def test_a_sign_no_key_names_stays_in_the_link_text(tmp_path: Path) -> None:
    page = STAR_KEY.replace("Readings marked ★ are required; others are optional.", "")
    site = write_site(
        tmp_path,
        {"schedule.md": page.format(item="[★ Attention](https://arxiv.org/abs/1706.03762)")},
    )
    lecture = extract_site(site).lectures[0]
    assert [(r.title, r.requirement) for r in lecture.readings] == [
        ("★ Attention", None),
        ("Other Paper", None),
    ]


ABOVE = """# Lectures

## Lecture 9: Storage

*Thu, Feb 12*

- Ghemawat et al. [The Google File System](https://a.org/gfs). SOSP 2003.
- Chang et al. [Bigtable](https://a.org/bigtable). OSDI 2006.

{note}

## Lecture 10: Consistency

*Tue, Feb 17*

- [Dynamo](https://a.org/dynamo)
"""


@pytest.mark.parametrize(
    ("note", "requirement"),
    [
        ("The above are optional. We spend most of this lecture on design.", "optional"),
        ("Both papers above are required.", "required"),
        ("These are optional.", "optional"),
        ("All of the above readings are optional", "optional"),
        ("The two papers are optional.", "optional"),
        # not about the readings above
        ("We spend this lecture on design; the above is the plan.", None),
        ("Project proposals are optional this year.", None),
    ],
)
def test_a_note_after_an_entrys_readings_says_what_they_are(
    tmp_path: Path, note: str, requirement: str | None
) -> None:
    site = write_site(tmp_path, {"docs/lectures.md": ABOVE.format(note=note)})
    got = {r.link: r.requirement for lec in extract_site(site).lectures for r in lec.readings}
    assert got == {
        "https://a.org/gfs": requirement,
        "https://a.org/bigtable": requirement,
        "https://a.org/dynamo": None,
    }


@pytest.mark.parametrize(
    "href", ["schedule", "{{ site.baseurl }}/schedule/", "{{ '/schedule/' | relative_url }}"]
)
def test_a_home_key_names_the_schedule_through_a_templated_link(tmp_path: Path, href: str) -> None:
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: Seminar\n",
            "index.md": (
                "---\nlayout: home\n---\n\nThe first paper listed for each session on the "
                f"[schedule]({href}) is the one we discuss, and everyone reads it before "
                "class. Any other papers listed are optional background.\n"
            ),
            "schedule.md": (
                "---\nlayout: page\npermalink: /schedule/\n---\n\n"
                "| Date | Paper(s) | Presenter |\n|---|---|---|\n"
                "| Aug 28 | [A](https://a.org/a)<br>[B](https://a.org/b) | Ana Lee |\n"
                "| Sep 2 | [C](https://a.org/c) | Jon Ito |\n"
            ),
        },
    )
    assert keyed_readings(site) == [
        ("Aug 28", "https://a.org/a", "required"),
        ("Aug 28", "https://a.org/b", "optional"),
        ("Sep 2", "https://a.org/c", "required"),
    ]


@pytest.mark.parametrize(
    "key",
    [
        "Everyone reads the papers listed for a session before we meet, unless a paper is "
        "tagged *(optional)* or *(background)*.",
        "Read every paper listed for a session before we meet, unless it is tagged "
        "*(optional)* or *(background)*.",
    ],
)
def test_a_key_to_read_every_paper_but_those_of_some_tags(tmp_path: Path, key: str) -> None:
    site = write_site(
        tmp_path,
        {
            "sessions.md": (
                f"# Sessions\n\n{key}\n\n"
                "- **Oct 3** — *Trust* — [A](https://a.org/a) · [B](https://a.org/b) "
                "(background) · [C](https://a.org/c) (optional)\n"
                "- **Oct 10** — *Reliance* — [D](https://a.org/d)\n"
            )
        },
    )
    assert keyed_readings(site) == [
        ("Oct 3", "https://a.org/a", "required"),
        ("Oct 3", "https://a.org/b", "optional"),
        ("Oct 3", "https://a.org/c", "optional"),
        ("Oct 10", "https://a.org/d", "required"),
    ]


@pytest.mark.parametrize("where", ["under", "after"])
def test_a_key_excepting_the_readings_after_a_label(tmp_path: Path, where: str) -> None:
    site = write_site(
        tmp_path,
        {
            "schedule.md": (
                "# Schedule\n\nPapers are required reading unless they are listed "
                f"{where} *Optional:*.\n\n"
                "- **Jan 15**: Scheduling\n  - [A](https://a.org/a)\n"
                "  - *Optional:* [B](https://a.org/b)\n"
                "- **Jan 22**: Networks\n  - [C](https://a.org/c)\n"
            )
        },
    )
    assert keyed_readings(site) == [
        ("Jan 15", "https://a.org/a", "required"),
        ("Jan 15", "https://a.org/b", "optional"),
        ("Jan 22", "https://a.org/c", "required"),
    ]


PAPER_TABLE = """# Schedule

| Date | Paper(s) | Presenter |
|------|----------|-----------|
| Sep 9 | [Scalable Extraction](https://a.org/x) | Ana Lee |
| Sep 11 | {cell} | Jon Ito |
"""


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        # words set apart before the papers on the first line: the topic
        (
            "**Membership inference** &mdash; [MIA](https://a.org/m) · [Do MIAs Work?](https://a.org/d)",
            "Membership inference",
        ),
        (
            "**Watermarking:** [A Watermark](https://a.org/m)<br>[Reliability](https://a.org/d)",
            "Watermarking",
        ),
        ("Membership inference: [MIA](https://a.org/m)", "Membership inference"),
        # a label before the papers is no topic; nor are words run into the paper
        ("Read: [MIA](https://a.org/m)", "Read: MIA"),
        ("See [MIA](https://a.org/m)", "See MIA"),
        # the paper alone: its title
        ("[MIA](https://a.org/m)", "MIA"),
    ],
)
def test_a_paper_cells_words_before_its_papers_title_the_row(
    tmp_path: Path, cell: str, title: str
) -> None:
    site = write_site(tmp_path, {"README.md": PAPER_TABLE.format(cell=cell)})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Sep 9", "Scalable Extraction"),
        ("Sep 11", title),
    ]


@pytest.mark.parametrize(
    ("bracket", "title"),
    [
        # an action and where and when to do it: the lecture's business
        (
            "(upload your slide to the [shared deck](https://docs.google.com/presentation/d/1x/"
            "edit) by Thursday night)",
            "Project pitches",
        ),
        ("(sign up for a slot [here](https://forms.gle/x))", "Project pitches"),
        # a bracket that ends with the place named stays a word of the title
        (
            "(submit on [Gradescope](https://www.gradescope.com/courses/1))",
            "Project pitches (submit on Gradescope)",
        ),
    ],
)
def test_an_action_bracket_after_a_title(tmp_path: Path, bracket: str, title: str) -> None:
    site = write_site(
        tmp_path,
        {
            "sessions.md": (
                "# Sessions\n\n- **Oct 17** — *Trust* — [A](https://a.org/a)\n"
                f"- **Oct 24** — *Project pitches* {bracket}\n"
            )
        },
    )
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [("Oct 17", "Trust"), ("Oct 24", title)]


SECTIONS = """<html><body>
<section class="lecture"><header><time>Tue Sep 16</time> <h4>Lecture 5</h4></header>
<h3>Distributed file systems</h3>
<div class="readings"><b>Readings</b><ul><li><a href="https://a.org/gfs">GFS</a></li></ul></div>
</section>
<section class="lecture"><header><time>{date}</time> <h4>{label}</h4></header>
{body}
<div class="readings"><b>Readings</b><ul><li><a href="https://a.org/haystack">Haystack</a></li>
</ul></div>
</section>
</body></html>
"""


@pytest.mark.parametrize(
    ("date", "label", "body", "key", "title"),
    [
        ("Thu Sep 18", "Lecture 6", "<h3>Blob storage</h3>", "Thu Sep 18", "Blob storage"),
        # a date written with no-break spaces keys the card as written
        (
            "Thu&nbsp;Sep&nbsp;18",
            "Lecture 6",
            "<h3>Blob storage</h3>",
            "Thu&nbsp;Sep&nbsp;18",
            "Blob storage",
        ),
        # the kind of meeting after the session label; a heading naming only the guest
        # gives way to the paragraph after it
        (
            "Thu Sep 18",
            "Lecture 6 &middot; Guest lecture",
            '<h3>Dr. Keiko Tanabe <span>(Meta)</span></h3><p class="subtitle">Blob storage</p>',
            "Thu Sep 18",
            "Blob storage",
        ),
    ],
)
def test_a_cards_header_of_date_and_session_label(
    tmp_path: Path, date: str, label: str, body: str, key: str, title: str
) -> None:
    page = SECTIONS.format(date=date, label=label, body=body)
    site = write_site(tmp_path, {"schedule.html": page})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title, [r.link for r in lec.readings]) for lec in lectures] == [
        ("Tue Sep 16", "Distributed file systems", ["https://a.org/gfs"]),
        (key, title, ["https://a.org/haystack"]),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Tue 1/14, 2:00&#8211;3:20pm, Room 101 &#8212; Topic models", "Topic models"),
        (
            "Tue 1/14 &middot; 2&#8211;3:20 pm &middot; Library Room 3B &#8212; Topic models",
            "Topic models",
        ),
        ("Tue 1/14 (2:00–3:15 pm): Topic models", "Topic models"),
        ("Tue 1/14, 2–3:20 pm, Rm. 2-190 — Topic models", "Topic models"),
        # a number after the topic is the topic's
        ("Tue 1/14 — Topic models 2", "Topic models 2"),
        ("Tue 1/14 — Lab 3: regression", "Lab 3: regression"),
    ],
)
def test_hours_and_a_room_after_a_date_are_no_title(tmp_path: Path, line: str, title: str) -> None:
    page = (
        "<html><body><article>\n"
        f'<p class="session"><strong>{line}</strong></p>\n'
        '<p>Read:</p><ul><li><a href="https://a.org/blei">Topic Models</a></li></ul>\n'
        '<p class="session"><strong>Thu 1/16 — Embeddings</strong></p>\n'
        '<ul><li><a href="https://a.org/garg">Word embeddings quantify stereotypes</a></li></ul>\n'
        "</article></body></html>\n"
    )
    site = write_site(tmp_path, {"schedule.html": page})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Tue 1/14", title),
        ("Thu 1/16", "Embeddings"),
    ]


def test_a_struck_line_with_its_date_gives_way_to_its_replacement(tmp_path: Path) -> None:
    page = (
        "<html><body>\n"
        "<p><strong>Tue 1/21 — Distant reading</strong></p>\n"
        '<ul><li><a href="https://a.org/moretti">Conjectures on World Literature</a></li></ul>\n'
        "<p><strong><del>Tue 1/28, 2:00&#8211;3:20pm, Room 101 &#8212; Topic models II</del>"
        "</strong> Cancelled (instructor ill)</p>\n"
        "<p>Nothing new to read.</p>\n"
        "</body></html>\n"
    )
    site = write_site(tmp_path, {"schedule.html": page})
    assert _titles(site) == [
        ("Tue 1/21", "Distant reading"),
        ("Tue 1/28", "Cancelled (instructor ill)"),
    ]


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # a run-in naming no readings: a note of its own, its links no readings
        ("<strong>Note:</strong> next week's lab uses the {link}; download them.", False),
        ("&#x1f4e3; <strong>Heads up:</strong> work through the {link} before Thursday.", False),
        # a run-in naming readings, or a requirement: the readings'
        ("<strong>Also read:</strong> the {link}.", True),
        ("<strong>Optional:</strong> the {link}.", True),
    ],
)
def test_a_note_after_a_labelled_list(tmp_path: Path, note: str, kept: bool) -> None:
    link = '<a href="https://a.org/glove">GloVe vectors</a>'
    page = (
        "<html><body>\n"
        "<p><strong>Thu 2/6 — Embeddings</strong></p>\n"
        "<p><strong>Read:</strong></p>\n"
        '<ul><li><a href="https://a.org/garg">Word embeddings quantify stereotypes</a></li></ul>\n'
        f"<p>{note.format(link=link)}</p>\n"
        "<p><strong>Tue 2/11 — Classification</strong></p>\n"
        '<ul><li><a href="https://a.org/underwood">The Life Cycles of Genres</a></li></ul>\n'
        "</body></html>\n"
    )
    site = write_site(tmp_path, {"schedule.html": page})
    links = {lec.key: [r.link for r in lec.readings] for lec in extract_site(site).lectures}
    expected = ["https://a.org/garg", *(["https://a.org/glove"] if kept else [])]
    assert links["Thu 2/6"] == expected


def test_a_read_label_alone_keeps_the_note_before_it(tmp_path: Path) -> None:
    page = (
        "<html><body>\n"
        "<details><summary>Lecture 6 · Feb 24 · Encoders</summary>\n"
        '<p class="note">Both papers are required this time.</p>\n<p>Read:</p>\n'
        '<ul><li><a href="https://a.org/elmo">ELMo</a></li><li><a href="https://a.org/bert">BERT</a></li></ul>\n'
        "</details>\n"
        "<details><summary>Lecture 7 · Mar 3 · Decoders</summary>\n<p>Read:</p>\n"
        '<ul><li><a href="https://a.org/gpt2">GPT-2</a></li></ul>\n</details>\n'
        "</body></html>\n"
    )
    site = write_site(tmp_path, {"index.html": page})
    assert keyed_readings(site) == [
        ("Feb 24", "https://a.org/elmo", "required"),
        ("Feb 24", "https://a.org/bert", "required"),
        ("Mar 3", "https://a.org/gpt2", None),
    ]


def test_a_date_field_with_hours_keys_its_section(tmp_path: Path) -> None:
    rst = (
        "Schedule\n========\n\n"
        "Privacy attacks\n---------------\n\n:Date: Tue Feb 4\n\n"
        "* `Membership Inference <https://a.org/mia>`_\n\n"
        "Census data\n-----------\n\n:Date: Tue Feb 11, 2:00–3:15 pm\n"
        ":Presenter: Dr. Lena Park (U.S. Census Bureau)\n\n"
        "* `The 2020 Census TopDown Algorithm <https://a.org/topdown>`_\n"
    )
    site = write_site(tmp_path, {"conf.py": "project = 'x'\n", "schedule.rst": rst})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title, [r.link for r in lec.readings]) for lec in lectures] == [
        ("Tue Feb 4", "Privacy attacks", ["https://a.org/mia"]),
        ("Tue Feb 11", "Census data", ["https://a.org/topdown"]),
    ]


@pytest.mark.parametrize(
    ("shown", "titles"),
    [
        ("{{ s.topic | default: s.papers[0].title }}", ["Pipelines", "PipeDream"]),
        ("{{ s.topic | default: s.papers[1].title }}", ["Pipelines", "GPipe"]),
        # no default: a record with no topic has no title
        ("{{ s.topic }}", ["Pipelines", ""]),
    ],
)
def test_a_templates_default_titles_a_record_without_a_topic(
    tmp_path: Path, shown: str, titles: list[str]
) -> None:
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: ML systems\n",
            "_data/sessions.yml": (
                "- date: 2025-01-29\n  topic: Pipelines\n  papers:\n"
                "    - title: Alpa\n      url: https://a.org/alpa\n"
                "- date: 2025-02-05\n  papers:\n"
                "    - title: PipeDream\n      url: https://a.org/pipedream\n"
                "    - title: GPipe\n      url: https://a.org/gpipe\n"
            ),
            "schedule.md": (
                "---\nlayout: page\n---\n\n{% for s in site.data.sessions %}\n"
                f"<tr><td>{{{{ s.date }}}}</td><td>{shown}</td>\n"
                '<td>{% for p in s.papers %}<a href="{{ p.url }}">{{ p.title }}</a>'
                "{% endfor %}</td></tr>\n{% endfor %}\n"
            ),
        },
    )
    assert [lec.title for lec in extract_site(site).lectures] == titles


@pytest.mark.parametrize(
    ("sentence", "requirement"),
    [
        ("Unless a reading is marked *(optional)*, you are expected to have read it.", "required"),
        ("Everyone is expected to have read them.", "required"),
    ],
)
def test_a_key_after_the_sentence_naming_each_lectures_list(
    tmp_path: Path, sentence: str, requirement: str
) -> None:
    site = write_site(
        tmp_path,
        {
            "_config.yml": "collections:\n  lectures:\n    output: true\n",
            "index.md": (
                "---\nlayout: home\n---\n\nEach lecture has its own page, linked from the "
                "[schedule]({{ site.baseurl }}/schedule/), that lists its readings.\n"
                f"{sentence}\n"
            ),
            "_layouts/lecture.html": (
                "<h1>{{ page.title }}</h1>\n{% if page.readings %}\n<h3>Readings</h3>\n<ul>\n"
                "{% for r in page.readings %}<li>{{ r | markdownify }}</li>{% endfor %}\n</ul>\n"
                "{% endif %}\n"
            ),
            "_lectures/01_intro.md": (
                "---\nlayout: lecture\ndate: 2026-01-06\ntitle: Introduction\nreadings:\n"
                '  - "[Human Language Understanding](https://a.org/hlu)"\n'
                '  - "[Climbing towards NLU](https://a.org/nlu) (optional)"\n---\n'
            ),
        },
    )
    assert [
        (r.link, r.requirement) for lec in extract_site(site).lectures for r in lec.readings
    ] == [
        ("https://a.org/hlu", requirement),
        ("https://a.org/nlu", "optional"),
    ]


@pytest.mark.parametrize(
    ("words", "named"),
    [
        # a title in title case that ends with a material word names the paper
        ("Spark: Resilient Distributed Datasets", True),
        ("Learning Representations of Code", True),
        # a short label of material: the link after it is its
        ("Dataset", False),
        ("Lecture slides", False),
    ],
)
def test_a_title_ending_in_a_material_word_before_generic_links(
    tmp_path: Path, words: str, named: bool
) -> None:
    page = (
        "# Schedule\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        "| Tue 1/20 | Intro | [A Study](https://a.org/a) |\n"
        f"| Tue 1/27 | Spark | {words} [[paper]](https://b.org/rdd) "
        "[[pdf]](https://b.org/rdd.pdf) |\n"
    )
    site = write_site(tmp_path, {"README.md": page})
    lectures = extract_site(site).lectures
    assert ("https://b.org/rdd" in [r.link for r in lectures[1].readings]) is named


def test_a_label_of_its_own_in_a_cell_ends_the_label_before_it(tmp_path: Path) -> None:
    page = (
        "<table><tr><th>Date</th><th>Description</th><th>Course Materials</th></tr>\n"
        "<tr><td>Jan 27</td><td>Detection</td><td>[<a href='s.pdf'>slides</a>]<br><br>\n"
        "Suggested Readings:<ol><li><a href='https://a.org/rcnn'>R-CNN</a></li>\n"
        "<li><a href='https://a.org/yolo'>YOLO</a></li></ol>\n"
        "Background: <a href='https://a.org/viola'>Rapid Object Detection</a></td></tr>\n"
        "<tr><td>Jan 29</td><td>Segmentation</td><td>"
        "<a href='https://a.org/fcn'>FCN</a></td></tr></table>\n"
    )
    site = write_site(tmp_path, {"index.html": page})
    assert keyed_readings(site) == [
        ("Jan 27", "https://a.org/rcnn", "optional"),
        ("Jan 27", "https://a.org/yolo", "optional"),
        ("Jan 27", "https://a.org/viola", None),
        ("Jan 29", "https://a.org/fcn", None),
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # a film named after "Watch:" is one, wherever it streams
        ("Watch: [*Flag Wars*](https://lib.kanopy.com/video/flag-wars) (2003)", True),
        ("Listen to: [The Gentrification Debate](https://a.org/video/ep12)", True),
        # a recording named as one is not
        ("Watch: [video](https://a.org/video/ep12)", False),
        ("[Lecture recording](https://a.org/video/lec3)", False),
    ],
)
def test_a_work_to_watch_on_a_video_path(tmp_path: Path, line: str, read: bool) -> None:
    page = (
        "# Syllabus\n\n## Week 5 (Sept 30 & Oct 2): Gentrification\n\n"
        "- Read: Smith, [Toward a theory of gentrification](https://a.org/smith)\n"
        f"- {line}\n\n## Week 6 (Oct 7 & 9): Suburbs\n\n- Read: [Crabgrass Frontier](https://a.org/cf)\n"
    )
    site = write_site(tmp_path, {"syllabus.md": page})
    links = [r.link for r in extract_site(site).lectures[0].readings]
    assert (len(links) == 2) is read


MDX_TABLE = """---
title: Schedule
---

<table>
  <thead><tr><th>Week</th><th>Date</th><th>Topic</th><th>Readings</th></tr></thead>
  <tbody>
    <tr>
      <td {span}>1</td>
      <td>Mon Jan 6</td>
      <td>Intro</td>
      <td>
        <a href="https://a.org/a">A Study</a>
        {{/* <a href="https://a.org/old">An old copy</a> */}}
      </td>
    </tr>
    <tr>
      <td>Wed Jan 8</td>
      <td>N-grams</td>
      <td><a href="https://a.org/b">B Study</a></td>
    </tr>
  </tbody>
</table>
"""


@pytest.mark.parametrize("span", ["rowSpan={2}", 'rowSpan="2"', "rowSpan={'2'}"])
def test_an_mdx_table_with_jsx_attributes_and_comments(tmp_path: Path, span: str) -> None:
    site = write_site(
        tmp_path,
        {
            "docusaurus.config.js": "module.exports = {title: 'NLP'};\n",
            "docs/schedule.mdx": MDX_TABLE.format(span=span),
        },
    )
    got = [
        (lec.key, lec.title, [r.link for r in lec.readings]) for lec in extract_site(site).lectures
    ]
    assert got == [
        ("Mon Jan 6", "Intro", ["https://a.org/a"]),
        ("Wed Jan 8", "N-grams", ["https://a.org/b"]),
    ]


def test_a_sign_after_a_typed_number_in_a_cell(tmp_path: Path) -> None:
    page = (
        "# Schedule\n\n| # | Date | Topic | Readings |\n|---|---|---|---|\n"
        "| 1 | Jan 14 | Hardware | 1. 📖 [The Hardware Lottery](https://a.org/hl)<br>"
        "2. 🔍 Sutton, [The Bitter Lesson](https://a.org/bl) |\n"
        "| 2 | Jan 16 | Roofline | 1. 📖 Williams et al., [Roofline](https://a.org/rl) |\n\n"
        "📖 required · 🔍 optional\n"
    )
    site = write_site(tmp_path, {"README.md": page})
    got = [(r.title, r.requirement) for lec in extract_site(site).lectures for r in lec.readings]
    assert got == [
        ("The Hardware Lottery", "required"),
        ("The Bitter Lesson", "optional"),
        ("Roofline", "required"),
    ]


@pytest.mark.parametrize(
    "key",
    [
        "Unless a reading carries an **Optional**{: .label .label-yellow } label, you are "
        "expected to have read it before class.",
        "Unless a reading is marked *Optional*, you are expected to have read it.",
    ],
)
def test_a_key_whose_condition_is_the_label_a_reading_carries(tmp_path: Path, key: str) -> None:
    page = (
        f"---\ntitle: Calendar\n---\n\n# Calendar\n\n{key}\n\n"
        "- **Jan 14**: Surveillance\n"
        "  - **Read**{: .label .label-blue } Eubanks, *Automating Inequality*, "
        "[ch. 1](https://a.org/eubanks)\n"
        "  - **Optional**{: .label .label-yellow } [Weapons of Math Destruction](https://a.org/wmd)\n"
        "- **Jan 16**: Race\n  - [Race After Technology](https://a.org/benjamin)\n"
    )
    site = write_site(tmp_path, {"_config.yml": "title: Data ethics\n", "calendar.md": page})
    got = [
        (r.link, r.title, r.requirement)
        for lec in extract_site(site).lectures
        for r in lec.readings
    ]
    assert got == [
        ("https://a.org/eubanks", "Eubanks, Automating Inequality, ch. 1", "required"),
        ("https://a.org/wmd", "Weapons of Math Destruction", "optional"),
        ("https://a.org/benjamin", "Race After Technology", "required"),
    ]


def test_a_column_key_reaches_the_cells_of_a_weeks_table_of_days(tmp_path: Path) -> None:
    page = (
        '# Schedule\n\n!!! info "How to read this page"\n'
        "    Everything in the **Before class** column is required reading. Links tagged "
        "*(optional)* are for the curious.\n\n"
        "### Week 1 (Jan 13–17): Introduction\n\n"
        "| Day | Topic | Before class | After class |\n|---|---|---|---|\n"
        "| Tue | History | [The UNIX Time-Sharing System](https://a.org/unix) | "
        "[Lab 0](https://a.org/lab0) out |\n"
        "| Thu | Processes | [OSTEP ch. 4](https://a.org/ch4) · [CFS](https://a.org/cfs) "
        "*(optional)* | |\n\n"
        "### Week 2 (Jan 20–24): Scheduling\n\n"
        "| Day | Topic | Before class | After class |\n|---|---|---|---|\n"
        "| Tue | Scheduling | [OSTEP ch. 7](https://a.org/ch7) | |\n"
    )
    site = write_site(tmp_path, {"mkdocs.yml": "site_name: OS\n", "docs/schedule.md": page})
    assert keyed_readings(site) == [
        ("Jan 13–17", "https://a.org/unix", "required"),
        ("Jan 13–17", "https://a.org/ch4", "required"),
        ("Jan 13–17", "https://a.org/cfs", "optional"),
        ("Jan 20–24", "https://a.org/ch7", "required"),
    ]


@pytest.mark.parametrize(
    ("icon", "read"),
    [
        ("{{< fa book >}}", True),
        ("{{< fa file-pdf >}}", True),
        ("{{< fa solid newspaper >}}", True),
        # an icon of no work, or none: no reading
        ("{{< fa video >}}", False),
        ("", False),
    ],
)
def test_an_icon_alone_after_a_citation_opens_its_work(
    tmp_path: Path, icon: str, read: bool
) -> None:
    page = (
        "---\ntitle: Schedule\n---\n\n| Date | Topic | Readings |\n|---|---|---|\n"
        "| Mon Jan 5 | Overview | Lipton, The Mythos of Model Interpretability "
        f"[{icon}](https://a.org/m) |\n"
        "| Wed Jan 7 | Probing | [Probing Classifiers](https://a.org/p) |\n"
    )
    site = write_site(
        tmp_path, {"_quarto.yml": "project:\n  type: website\n", "schedule.qmd": page}
    )
    readings = extract_site(site).lectures[0].readings
    expected = [("", "Lipton, The Mythos of Model Interpretability")] if read else []
    assert [(r.text, r.title) for r in readings] == expected


def test_a_callouts_heading_then_its_text_with_no_blank_line(tmp_path: Path) -> None:
    page = (
        "---\ntitle: Schedule\n---\n\n## Week 1\n\n### Mon Jan 5: Overview\n\n"
        "- [Probing Classifiers](https://a.org/p)\n\n"
        '::: {.callout-note collapse="true"}\n## Optional readings\n'
        "Templeton et al., Scaling Monosemanticity [{{< fa book >}}](https://a.org/t)\n\n"
        "Also try the [Neuronpedia](https://a.org/np) feature browser.\n:::\n\n"
        "### Wed Jan 7: Probing\n\n- [Control Tasks](https://a.org/c)\n"
    )
    site = write_site(
        tmp_path, {"_quarto.yml": "project:\n  type: website\n", "schedule.qmd": page}
    )
    got = [(r.link, r.title, r.requirement) for r in extract_site(site).lectures[0].readings]
    assert got == [
        ("https://a.org/p", "Probing Classifiers", None),
        ("https://a.org/t", "Templeton et al., Scaling Monosemanticity", "optional"),
    ]


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        # another requirement label below: the run-in covers the paragraphs up to it
        (
            "<p><i>Recommended:</i></p><p>Lax, <a href='https://a.org/lax'>Deficit</a>.</p>",
            "required",
        ),
        ("<p><b>Optional:</b> Lax, <a href='https://a.org/lax'>Deficit</a>.</p>", "required"),
        # none: the run-in is its paragraph's alone
        ("<p>Lax, <a href='https://a.org/lax'>Deficit</a>.</p>", None),
    ],
)
def test_a_run_in_label_paired_with_a_label_below_covers_the_paragraphs_between(
    tmp_path: Path, after: str, requirement: str | None
) -> None:
    page = (
        "<html><body>\n<p><b>Tuesday, April 7</b> – Responsiveness</p>\n"
        "<p><i>Required:</i> Page and Shapiro. <a href='https://a.org/page'>Effects</a>.</p>\n"
        "<p>Gilens and Page. Testing Theories. <a href='https://a.org/gilens'>doi</a></p>\n"
        f"{after}\n"
        "<p><b>Tuesday, April 14</b> – Workshop</p>\n"
        "<p>Read <a href='https://a.org/w'>Writing Proposals</a>.</p>\n</body></html>\n"
    )
    site = write_site(tmp_path, {"syllabus.htm": page})
    got = dict((link, req) for key, link, req in keyed_readings(site) if key == "Tuesday, April 7")
    assert got["https://a.org/page"] == "required"
    assert got["https://a.org/gilens"] == requirement


@pytest.mark.parametrize(("between", "requirement"), [(4, "required"), (5, None)])
def test_a_run_in_label_pairs_with_one_at_most_six_paragraphs_on(
    tmp_path: Path, between: int, requirement: str | None
) -> None:
    # the paired label is the 6th paragraph after the run-in (4 citations between, plus
    # the covered one), or the 7th: out of reach
    cited = "".join(
        f"<p>Author {n}. <a href='https://a.org/p{n}'>Paper {n}</a>.</p>\n" for n in range(between)
    )
    page = (
        "<html><body>\n<p><b>Tuesday, April 7</b> – Responsiveness</p>\n"
        "<p><i>Required:</i> Page. <a href='https://a.org/page'>Effects</a>.</p>\n"
        "<p>Gilens. <a href='https://a.org/gilens'>Testing Theories</a>.</p>\n"
        f"{cited}<p><i>Recommended:</i></p>\n<p>Lax. <a href='https://a.org/lax'>Deficit</a>.</p>\n"
        "<p><b>Tuesday, April 14</b> – Workshop</p>\n"
        "<p>Read <a href='https://a.org/w'>Writing Proposals</a>.</p>\n</body></html>\n"
    )
    site = write_site(tmp_path, {"syllabus.htm": page})
    got = {link: req for key, link, req in keyed_readings(site) if key == "Tuesday, April 7"}
    assert got["https://a.org/gilens"] == requirement
