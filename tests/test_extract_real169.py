"""Rules from the real169–real171 rounds: presenters in definition terms, a page titled
only by its session, a paragraph that is one reference, papers side by side in a paper
cell, keys read on copies and closing tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
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
