"""Rules from the real169–real174 rounds: presenters in definition terms, a page titled
only by its session, a paragraph that is one reference, papers side by side in a paper
cell, keys read on copies and closing tags, tables knitted from a tribble, keys by a
label's exception, and the people a page names."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.reader import symbol_legends
from tests.site_helpers import keyed_readings, write_site


def _titles(site: Path) -> list[tuple[str, str]]:
    return [(lec.key, lec.title) for lec in extract_site(site).lectures]


def _page(body: str) -> str:
    return f"<html><body><h2>Schedule</h2>\n{body}\n</body></html>\n"


PRESENTER_TERMS = """<dl>
<dt>Jan 21 &mdash; Ana Lee &amp; Tom&aacute;s Ruiz: <em>Kickoff</em></dt>
<dd><a href="https://a.org/read.pdf">How to Read a Paper</a></dd>
<dt>Jan 28 &mdash; Ben Okafor</dt>
<dd><a href="https://arxiv.org/abs/1610.05820">Membership Inference Attacks</a> (S&amp;P 2017)<br>
<a href="https://arxiv.org/abs/2007.14321">Label-Only Attacks</a> (optional)</dd>
<dt>Feb 4 &mdash; Chlo&eacute; Martin, <em>Privacy &amp; learning</em></dt>
<dd><a href="https://arxiv.org/abs/1607.00133">Deep Learning with Differential Privacy</a></dd>
<dt>Apr 15 &mdash; TBD</dt>
<dd>Open slot: propose a paper by Apr 1</dd>
</dl>"""


def test_terms_that_name_presenters_before_an_emphasized_topic(tmp_path: Path) -> None:
    """Two terms or more name who presents before an emphasized topic: the topic titles
    each (its entities as written), and a term naming only a person, or TBD, is titled by
    its definition: its first paper (still a reading), else its first line."""
    site = write_site(tmp_path, {"index.html": _page(PRESENTER_TERMS)})
    assert _titles(site) == [
        ("Jan 21", "Kickoff"),
        ("Jan 28", "Membership Inference Attacks"),
        ("Feb 4", "Privacy &amp; learning"),
        ("Apr 15", "Open slot: propose a paper by Apr 1"),
    ]
    assert [link for key, link, _ in keyed_readings(site) if key == "Jan 28"] == [
        "https://arxiv.org/abs/1610.05820",
        "https://arxiv.org/abs/2007.14321",
    ]


def test_a_lone_presenter_term_keeps_its_words(tmp_path: Path) -> None:
    """One such term is no pattern of the list: each term is titled as written."""
    body = (
        "<dl>\n<dt>Feb 4 &mdash; Chlo&eacute; Martin, <em>Privacy</em></dt>\n"
        '<dd><a href="https://a.org/1.pdf">A Study</a></dd>\n'
        "<dt>Feb 11 &mdash; Dev Patel</dt>\n"
        '<dd><a href="https://a.org/2.pdf">Another Study</a></dd>\n</dl>'
    )
    site = write_site(tmp_path, {"index.html": _page(body)})
    assert _titles(site) == [("Feb 4", "Chlo&eacute; Martin, Privacy"), ("Feb 11", "Dev Patel")]


def test_a_one_word_head_before_an_emphasized_part_is_no_presenter(tmp_path: Path) -> None:
    body = (
        "<dl>\n<dt>Feb 4 &mdash; Transformers: <em>part one</em></dt>\n"
        '<dd><a href="https://a.org/1.pdf">A Study</a></dd>\n'
        "<dt>Feb 11 &mdash; Transformers, <em>part two</em></dt>\n"
        '<dd><a href="https://a.org/2.pdf">Another Study</a></dd>\n</dl>'
    )
    site = write_site(tmp_path, {"index.html": _page(body)})
    assert _titles(site) == [
        ("Feb 4", "Transformers: part one"),
        ("Feb 11", "Transformers, part two"),
    ]


@pytest.mark.parametrize(
    "after",
    [", ch. 2&ndash;3 [background]", " (IEEE version of the Jan 28 paper) [background]"],
)
def test_a_keyed_tag_closing_a_links_line_after_its_citation(tmp_path: Path, after: str) -> None:
    body = (
        "<p>Everyone reads the papers listed, unless a paper is tagged (optional) or"
        " [background].</p>\n<dl>\n<dt>Jan 28</dt>\n"
        '<dd><a href="https://a.org/0.pdf">Membership Inference Attacks</a></dd>\n<dt>Feb 4</dt>\n'
        '<dd><a href="https://a.org/1.pdf">Deep Learning with Differential Privacy</a><br>\n'
        f'<a href="https://a.org/2.pdf">The Algorithmic Foundations</a>{after}</dd>\n</dl>'
    )
    site = write_site(tmp_path, {"index.html": _page(body)})
    assert keyed_readings(site) == [
        ("Jan 28", "https://a.org/0.pdf", "required"),
        ("Feb 4", "https://a.org/1.pdf", "required"),
        ("Feb 4", "https://a.org/2.pdf", "optional"),
    ]


POST = """---
layout: post
title: "{title}"
date: 2025-01-21
categories: session
---

{first}

[Toy Models](https://arxiv.org/abs/2209.10652) ([transformer-circuits version](https://t-c.pub/toy)).
Sections 1&ndash;4 are enough.

### Further reading

- [Polysemanticity and Capacity](https://arxiv.org/abs/2210.01892)
"""


def _post(tmp_path: Path, title: str, first: str) -> Path:
    other = POST.format(title="Circuits", first="Intro words.").replace("2025-01-21", "2025-01-14")
    index = (
        "{% for post in site.categories.session %}\n"
        "* [{{ post.title }}]({{ post.url }})\n{% endfor %}\n"
    )
    return write_site(
        tmp_path,
        {
            "_config.yml": "title: Reading group\n",
            "index.md": f"---\ntitle: Home\n---\n\n## Sessions\n\n{index}",
            "_posts/2025-01-14-session-1.md": other,
            "_posts/2025-01-21-session-2.md": POST.format(title=title, first=first),
        },
    )


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("**Topic:** Superposition", "Superposition"),
        ("*Superposition*", "Superposition"),
        ("__Superposition__", "Superposition"),
        # prose, a label: the session label stays the title
        ("This week we read one paper.", "Session 2"),
        ("**Optional:**", "Session 2"),
    ],
)
def test_a_page_titled_by_its_session_alone_takes_its_set_apart_first_line(
    tmp_path: Path, first: str, title: str
) -> None:
    site = _post(tmp_path, "Session 2", first)
    assert dict(_titles(site))["2025-01-21"] == title


def test_a_page_titled_by_its_topic_keeps_it(tmp_path: Path) -> None:
    site = _post(tmp_path, "Superposition and friends", "*Toy models*")
    assert dict(_titles(site))["2025-01-21"] == "Superposition and friends"


def test_a_paragraph_opened_by_a_work_and_its_copy_is_a_reference(tmp_path: Path) -> None:
    """A paragraph opened by a work's link, its copy in brackets, then a stop and a
    remark, is the entry's reading even beside a labelled list; the copy is the work's."""
    site = _post(tmp_path, "Session 2", "*Superposition*")
    (lecture,) = [lec for lec in extract_site(site).lectures if lec.key == "2025-01-21"]
    assert [(r.title, r.text) for r in lecture.readings] == [
        ("Toy Models", "Toy Models"),
        ("Toy Models", "transformer-circuits version"),
        ("Polysemanticity and Capacity", "Polysemanticity and Capacity"),
    ]


def test_prose_that_opens_with_a_link_is_still_prose(tmp_path: Path) -> None:
    site = _post(tmp_path, "Session 2", "*Superposition*")
    post = tmp_path / "_posts/2025-01-21-session-2.md"
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace(") ([transformer", ") has more; see the ([transformer"))
    (lecture,) = [lec for lec in extract_site(site).lectures if lec.key == "2025-01-21"]
    assert [r.text for r in lecture.readings] == ["Polysemanticity and Capacity"]


@pytest.mark.parametrize("words", ["transformer-circuits version", "distill.pub version"])
def test_a_version_named_by_where_it_is_is_generic(words: str) -> None:
    assert classify.is_generic(words)
    assert classify.is_generic(f"({words})")


@pytest.mark.parametrize(
    "words", ["Raft extended version", "Transformer version", "a new version of the model"]
)
def test_a_version_named_by_its_work_is_no_copy(words: str) -> None:
    assert not classify.is_generic(words)


SEMINAR = """| Date | Presenter | Paper | Notes |
|------|-----------|-------|-------|
| Feb 7 | Dev Patel | {paper} | {notes} |
| Feb 14 | Ana Lee | [Dynamo](https://a.org/dynamo.pdf) | [slides](https://docs.google.com/d/1) |
"""
SPANNER = "[Spanner: Google's Database](https://a.org/spanner)"
CALVIN = "[Calvin: Fast Transactions](https://a.org/calvin)"


@pytest.mark.parametrize(
    ("paper", "title"),
    [
        (f"{SPANNER} · {CALVIN}", "Spanner: Google's Database"),
        (f"{SPANNER}; {CALVIN} (optional)", "Spanner: Google's Database"),
        (f"{SPANNER}<br>{CALVIN}", "Spanner: Google's Database"),
        # words between the papers: the line is the title, as written
        (
            f"{SPANNER} versus {CALVIN}",
            "Spanner: Google's Database versus Calvin: Fast Transactions",
        ),
    ],
)
def test_papers_side_by_side_in_a_paper_cell_are_titled_by_the_first(
    tmp_path: Path, paper: str, title: str
) -> None:
    site = write_site(tmp_path, {"schedule.md": SEMINAR.format(paper=paper, notes="")})
    assert _titles(site)[0] == ("Feb 7", title)


@pytest.mark.parametrize(
    ("notes", "found"),
    [
        ("see also [The Chubby Lock Service](https://a.org/chubby)", "optional"),
        ("Optional: [The Chubby Lock Service](https://a.org/chubby)", "optional"),
        # no lead: the notes column is the class's own, not readings
        ("[The Chubby Lock Service](https://a.org/chubby)", None),
        ("room change: [CSE2 345](https://a.org/map)", None),
    ],
)
def test_a_cell_beside_the_readings_that_a_readings_lead_opens(
    tmp_path: Path, notes: str, found: str | None
) -> None:
    site = write_site(tmp_path, {"schedule.md": SEMINAR.format(paper=SPANNER, notes=notes)})
    extra = [
        (link, req) for key, link, req in keyed_readings(site) if link != "https://a.org/spanner"
    ]
    assert extra == ([("https://a.org/chubby", found)] if found else []) + [
        ("https://a.org/dynamo.pdf", None)
    ]


BOLD_KEY = """<p>Bolded readings are required; the rest are optional.</p>
<table>
<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>Jan 23</td><td>Time</td><td><b><a href="https://a.org/clocks">Time, Clocks</a></b>
  {copy}<br>
  <a href="https://a.org/snap.pdf">Distributed Snapshots</a></td></tr>
</table>"""


@pytest.mark.parametrize(
    ("copy", "requirement"),
    [
        ('<a href="https://a.org/clocks.pdf">[pdf]</a>', "required"),
        ('(<a href="https://a.org/clocks.pdf">pdf</a>)', "required"),
        # words between: a work of its own, in its own (plain) style
        ('and also <a href="https://a.org/clocks.pdf">[pdf]</a>', "optional"),
    ],
)
def test_a_copy_after_a_styled_link_is_keyed_by_that_links_style(
    tmp_path: Path, copy: str, requirement: str
) -> None:
    site = write_site(tmp_path, {"index.html": _page(BOLD_KEY.format(copy=copy))})
    assert keyed_readings(site) == [
        ("Jan 23", "https://a.org/clocks", "required"),
        ("Jan 23", "https://a.org/clocks.pdf", requirement),
        ("Jan 23", "https://a.org/snap.pdf", "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "href", "reading"),
    [
        ("Tokenizer notes", "/lectures/tokenization", False),
        ("Week 3 slides", "../slides/week3", False),
        # a file, another site, or no material word: a work
        ("Tokenizer notes", "/files/tokenizer-notes.pdf", True),
        ("Tokenizer notes", "https://b.org/tokenizer", True),
        ("Tokenization", "/lectures/tokenization", True),
    ],
)
def test_the_sites_own_page_named_as_material(text: str, href: str, reading: bool) -> None:
    assert classify.is_reading(text, href) is reading


TRIBBLE = """---
title: Schedule
---

```{{r schedule, echo=FALSE}}
schedule <- tribble(
  ~Week, ~Date,        ~Topic,            ~Readings,
  1,     "Tue Jan 20", "Why CSS?",        "[Computational social science](https://a.org/css)",
  2,     "Tue Jan 27", "Observing behavior: digital traces", {second},
  NA,    "Tue Mar 10", "*Spring break*",  NA
)
kable(schedule)
```

## Week 2: Digital traces

**Further reading**

- [Digital footprints](https://a.org/footprints)
"""


def test_an_r_chunk_that_prints_a_literal_tribble_is_its_table(tmp_path: Path) -> None:
    """The table a chunk knits from a literal ``tribble()`` is read, each row at the line
    it is written on; a section whose title restates a row's joins that row."""
    second = '"[Mood and daylength](https://a.org/mood) (PNAS \\"2011\\")"'
    site = write_site(tmp_path, {"schedule.Rmd": TRIBBLE.format(second=second)})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title, lec.line) for lec in lectures] == [
        ("Tue Jan 20", "Why CSS?", 8),
        ("Tue Jan 27", "Observing behavior: digital traces", 9),
        ("Tue Mar 10", "Spring break", 10),
    ]
    assert keyed_readings(site) == [
        ("Tue Jan 20", "https://a.org/css", None),
        ("Tue Jan 27", "https://a.org/mood", None),
        ("Tue Jan 27", "https://a.org/footprints", "optional"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "paste0('[A](', url, ')')",  # computed: R would have to run
        '"[A](https://a.org/a)", "one cell too many"',  # the rows do not fill the columns
    ],
)
def test_a_tribble_that_is_no_literal_table_stays_code(tmp_path: Path, second: str) -> None:
    site = write_site(tmp_path, {"schedule.Rmd": TRIBBLE.format(second=second)})
    assert [lec.key for lec in extract_site(site).lectures] == ["Week 2"]


def test_a_section_with_a_topic_of_its_own_stays_a_lecture(tmp_path: Path) -> None:
    page = TRIBBLE.format(second='"[A](https://a.org/a)"').replace(
        "## Week 2: Digital traces", "## Week 2: Field experiments"
    )
    site = write_site(tmp_path, {"schedule.Rmd": page})
    assert [lec.key for lec in extract_site(site).lectures][-1] == "Week 2"


@pytest.mark.parametrize("stop", [":", ".", ","])
def test_required_unless_listed_under_a_label(tmp_path: Path, stop: str) -> None:
    """'All readings are required unless listed under **Background**': the label's
    readings are optional (whatever the sentence's own word says), the others required."""
    page = (
        f"# Talks\n\nAll readings are required unless listed under **Background**{stop}"
        " those are for anyone who wants context.\n\n"
        "## Jan 22: Hallucination\n\n* [Language Models Know](https://a.org/know)\n\n"
        "**Background:** [Faithfulness](https://a.org/faith)\n\n"
        "## Jan 29: Editing\n\n* [Locating](https://a.org/locate)\n"
    )
    site = write_site(tmp_path, {"s.md": page})
    assert keyed_readings(site) == [
        ("Jan 22", "https://a.org/know", "required"),
        ("Jan 22", "https://a.org/faith", "optional"),
        ("Jan 29", "https://a.org/locate", "required"),
    ]


TALKS = """- date: 2026-01-22
  speaker: Maya Chen
  title: "Why do language models hallucinate?"
  paper: {title: "Language Models Know", url: "https://a.org/know"}
  background:
    - {title: "Faithfulness", url: "https://a.org/faith"}
- date: 2026-01-29
  speaker: Jonas Becker
  paper: {title: "Locating and Editing", url: "https://a.org/locate"}
"""
TALK_INCLUDE = """<div class="talk">
  <h3>{{ include.talk.date }} &middot;
  {{ include.talk.title | default: include.talk.paper.title }}</h3>
  <p><strong>Paper:</strong>
  <a href="{{ include.talk.paper.url }}">{{ include.talk.paper.title }}</a></p>
  {% if include.talk.background %}<p><em>Background:</em>
  {% for b in include.talk.background %}<a href="{{ b.url }}">{{ b.title }}</a>
  {% endfor %}</p>{% endif %}
</div>
"""


def test_a_talks_data_file_keyed_and_titled_through_its_include(tmp_path: Path) -> None:
    """The page's key speaks for the data its include renders, and the include's
    ``default:`` filter (``include.talk.title | default: include.talk.paper.title``)
    titles a record with no title."""
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: Seminar\n",
            "_data/talks.yml": TALKS,
            "_includes/talk.html": TALK_INCLUDE,
            "talks.md": (
                "---\ntitle: Talks\n---\n\nAll readings are required unless listed under"
                " **Background**: those are for context.\n\n{% for talk in site.data.talks %}\n"
                "{% include talk.html talk=talk %}\n{% endfor %}\n"
            ),
        },
    )
    assert _titles(site) == [
        ("2026-01-22", "Why do language models hallucinate?"),
        ("2026-01-29", "Locating and Editing"),
    ]
    assert keyed_readings(site) == [
        ("2026-01-22", "https://a.org/know", "required"),
        ("2026-01-22", "https://a.org/faith", "optional"),
        ("2026-01-29", "https://a.org/locate", "required"),
    ]


PEOPLE = """# Reading group

Everyone reads the papers listed for a session, unless a paper is tagged *(optional)*.

*Organizers:* [Ana Lee](https://ana.github.io) and [Ben Okafor](https://benokafor.net) &middot;
*Presenters:* Jun Park, Priya Raman

- **Jan 26** — [Ana Lee](https://ana.github.io): [Time, Clocks](https://a.org/clocks)
- **Feb 2** — *Consensus* — [Paxos Made Simple](https://a.org/paxos) (Ben Okafor)
- **Feb 9** — [Jun Park](https://jun.dev) &amp; [Priya Raman](https://priya.net): [Dynamo](https://a.org/dynamo)
- **Feb 16** — *Raft* — [In Search of Raft](https://a.org/raft) (Priya Raman)
- **Feb 23** — *Chain* — [Chain Replication](https://a.org/chain) (Ben Okafor)
"""


def test_links_and_brackets_naming_the_pages_people(tmp_path: Path) -> None:
    """People the page names after a person label are neither readings (their linked
    names: homepages) nor tags (``(Ben Okafor)`` after a paper: who presents); an entry
    left with one reading is titled by it."""
    site = write_site(tmp_path, {"index.md": PEOPLE})
    assert _titles(site) == [
        ("Jan 26", "Time, Clocks"),
        ("Feb 2", "Consensus"),
        ("Feb 9", "Dynamo"),
        ("Feb 16", "Raft"),
        ("Feb 23", "Chain"),
    ]
    assert [(key, link, req) for key, link, req in keyed_readings(site)] == [
        ("Jan 26", "https://a.org/clocks", "required"),
        ("Feb 2", "https://a.org/paxos", "required"),
        ("Feb 9", "https://a.org/dynamo", "required"),
        ("Feb 16", "https://a.org/raft", "required"),
        ("Feb 23", "https://a.org/chain", "required"),
    ]


def test_a_linked_name_the_page_gives_no_person_label_is_kept(tmp_path: Path) -> None:
    page = PEOPLE.replace("*Organizers:*", "*Thanks to*").replace("*Presenters:*", "and")
    site = write_site(tmp_path, {"index.md": page})
    assert ("Jan 26", "https://ana.github.io", "required") in keyed_readings(site)


def test_a_sign_after_a_footnote_reference_marks_the_notes_reading(tmp_path: Path) -> None:
    page = (
        "Readings marked with \\* are optional; everything else in the Readings column"
        " should be read before class.\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        "| Jan 9 | Classification | Jurafsky [^tb]; Pang [^pang]\\* |\n"
        "| Jan 16 | Embeddings | Mikolov [^w2v] |\n\n"
        "[^tb]: Jurafsky & Martin, [SLP3 ch. 4](https://a.org/slp3-4) (draft)\n"
        "[^pang]: Pang et al., [Thumbs up?](https://a.org/pang) (EMNLP 2002)\n"
        "[^w2v]: Mikolov et al., [Distributed Representations](https://a.org/w2v) (NeurIPS 2013)\n"
    )
    site = write_site(tmp_path, {"s.md": page})
    assert keyed_readings(site) == [
        ("Jan 9", "https://a.org/slp3-4", "required"),
        ("Jan 9", "https://a.org/pang", "optional"),
        ("Jan 16", "https://a.org/w2v", "required"),
    ]


def test_a_column_key_reaches_a_list_in_its_cell(tmp_path: Path) -> None:
    """The key to the Readings column speaks for a list inside a cell too, and a label
    over part of it (``<summary>Optional</summary>``) for that part."""
    row = (
        "| Wed | Contribution types | <ul><li><a href='https://a.org/w'>Research Contributions"
        "</a></li></ul><details><summary>Optional</summary><ul><li>"
        "<a href='https://a.org/p'>Cultural Probes</a></li></ul></details> |"
    )
    page = (
        "# Schedule\n\nEverything in the **Readings** column is required unless it is folded"
        " under *Optional*.\n\n### Week 1 (Jan 13–17): Contributions\n\n"
        "| Day | Topic | Readings |\n|---|---|---|\n"
        "| Mon | Overview | [Implications for Design](https://a.org/i) |\n"
        f"{row}\n"
    )
    site = write_site(tmp_path, {"schedule.md": page})
    assert [(link, req) for _, link, req in keyed_readings(site)] == [
        ("https://a.org/i", "required"),
        ("https://a.org/w", "required"),
        ("https://a.org/p", "optional"),
    ]


@pytest.mark.parametrize("dash", ["&ndash;", "&#8211;", "&#x2013;", "–"])
def test_a_range_of_days_with_its_dash_as_any_entity(tmp_path: Path, dash: str) -> None:
    page = (
        f"## Week 2: Data exploration (Jan 21{dash}24)\n\n- [A Study](https://a.org/a)\n\n"
        "## Week 3: Models (Jan 28&ndash;31)\n\n- [B Study](https://a.org/b)\n"
    )
    site = write_site(tmp_path, {"syllabus.qmd": page})
    assert _titles(site) == [
        (f"Jan 21{dash}24", "Data exploration"),
        ("Jan 28&ndash;31", "Models"),
    ]


def test_an_autolink_keeps_its_url_as_written(tmp_path: Path) -> None:
    doi = "https://doi.org/10.1890/0012-9658(2002)083[2248:ESORWD]2.0.CO;2"
    page = f"## Jan 21: Ecology\n\n- Smith (2002), <{doi}>\n- [Other](https://a.org/o%20x)\n"
    site = write_site(tmp_path, {"s.md": page})
    (lecture,) = extract_site(site).lectures
    assert [r.url for r in lecture.readings] == [doi, "https://a.org/o%20x"]


def test_a_row_of_one_cell_naming_one_day_is_that_day(tmp_path: Path) -> None:
    page = (
        "| Lecture | Date | Topic | Readings |\n|---|---|---|---|\n"
        "| 7 | Tue Feb 4 | Clocks | [Time, Clocks](https://a.org/t) |\n"
        "| *Thu Feb 6 — No lecture (instructor travel)* | | | |\n"
        "| *Feb 24–28: winter break* | | | |\n"
        "| 8 | Tue Mar 4 | Consensus | [Paxos](https://a.org/p) |\n"
    )
    site = write_site(tmp_path, {"schedule.md": page})
    assert _titles(site) == [
        ("Tue Feb 4", "Clocks"),
        ("Thu Feb 6", "No lecture (instructor travel)"),
        ("Tue Mar 4", "Consensus"),
    ]


@pytest.mark.parametrize("where", ["its Readings tab", "the Readings section", "Readings"])
def test_a_key_to_what_each_page_lists_under_a_tab(where: str) -> None:
    key = (
        f"Each lecture page lists what to read before class under {where}; everyone is"
        " expected to have read those."
    )
    assert dict(symbol_legends(key)) == {"readings:": "required"}


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Marcus Oyelaran (TA) · Review session", "Review session"),
        ("Ana Lee (guest): Robustness at scale", "Robustness at scale"),
        # no role in brackets, or no person: the title as written
        ("Marcus Oyelaran · Review session", "Marcus Oyelaran · Review session"),
        ("midterm review (TA) · optional", "midterm review (TA) · optional"),
    ],
)
def test_a_person_with_a_role_opening_a_title(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


LECTURES_YML = """- lecture: 1
  when: "Tue Jan 14"
  what: "Course overview"
  reading_list:
    - {title: "Guidelines for Human-AI Interaction", url: "https://a.org/g"}
- lecture: 2
  when: "Tue Jan 21"
  name: "Priya Natarajan"
  subject: "Trust and reliance"
  reading_list:
    - {title: "Does the Whole Exceed its Parts?", url: "https://a.org/w"}
- lecture: 3
  when: "Thu Jan 23"
  name: "Jonas Becker"
  reading_list:
    - {title: "Explanations", url: "https://a.org/e"}
"""


def test_a_records_person_field_gives_way_to_its_topic(tmp_path: Path) -> None:
    """``name: Priya Natarajan`` beside ``subject: Trust and reliance``: the topic titles
    the record; a record with only the person keeps the person."""
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: HAI\n",
            "_data/lectures.yml": LECTURES_YML,
            "schedule.md": (
                "---\ntitle: Schedule\n---\n{% for l in site.data.lectures %}\n"
                "### {{ l.when }}: {{ l.what }}{{ l.subject }}\n"
                "{% for r in l.reading_list %}\n- [{{ r.title }}]({{ r.url }})\n{% endfor %}\n"
                "{% endfor %}\n"
            ),
        },
    )
    assert _titles(site) == [
        ("Tue Jan 14", "Course overview"),
        ("Tue Jan 21", "Trust and reliance"),
        ("Thu Jan 23", "Jonas Becker"),
    ]


AIRTABLE = (
    "\ufeffTitle,Lecture,Date,Topic,Authors,Year,Link,Priority,Type\n"
    "As We May Think,L01,9/3/2025,What is HCI?,Vannevar Bush,1945,https://a.org/bush,Core,Article\n"
    "The Computer for the 21st Century,L01,9/3/2025,What is HCI?,Mark Weiser,1991,"
    "https://a.org/weiser,Extra,Article\n"
    "L01 slides,L01,9/3/2025,What is HCI?,,,https://drive.google.com/file/d/1/view,,Slides\n"
    "Disability and AI,L02,9/8/2025,Fairness,Whittaker,2019,https://a.org/ainow,Optional,Report\n"
    "Pitch sign-up form,L03,9/10/2025,Project pitches,,,https://forms.gle/x,,Form\n"
)


def test_an_airtable_export_of_one_reading_per_row(tmp_path: Path) -> None:
    """A repository's ``Reading list-Grid view.csv`` (Airtable's export name, a byte-order
    mark first) is its schedule: a row per reading, its Priority and Type the reading's,
    a row of slides or a form no reading and no session of its own."""
    site = write_site(
        tmp_path, {"README.md": "# INFO 6310\n", "Reading list-Grid view.csv": AIRTABLE}
    )
    assert _titles(site) == [
        ("9/3/2025", "What is HCI?"),
        ("9/8/2025", "Fairness"),
        ("9/10/2025", "Project pitches"),
    ]
    assert keyed_readings(site) == [
        ("9/3/2025", "https://a.org/bush", "required"),
        ("9/3/2025", "https://a.org/weiser", "optional"),
        ("9/8/2025", "https://a.org/ainow", "optional"),
    ]


@pytest.mark.parametrize(
    ("key", "meaning"),
    [
        (
            "Unless a lecture says otherwise, the first reading is required and the rest"
            " are optional.",
            "required",
        ),
        ("The first paper is optional background; the second is required.", "optional"),
        # no meaning said of it: no key
        ("The first reading listed is the one we discuss in class.", None),
    ],
)
def test_a_key_to_the_first_reading_said_of_none_in_particular(
    key: str, meaning: str | None
) -> None:
    from readlist.extract.reader import first_legend

    assert first_legend(key) == meaning


def test_a_short_row_under_a_paper_column_is_read(tmp_path: Path) -> None:
    """A row with fewer cells than the header, its paper cell missing (found by
    ``tests/test_fuzz.py``): read, not an IndexError."""
    page = (
        "<table><tr><th>Lecture</th><th>Reading</th><th></th></tr><tr><td>Jan 9</td></tr></table>"
    )
    site = write_site(tmp_path, {"index.md": page})
    assert _titles(site) == [("Jan 9", "")]
