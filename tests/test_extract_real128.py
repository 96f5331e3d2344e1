"""Rules found by blind round real128: React pages in plain ``.js``, a GitHub (Gollum)
wiki's links, plain-text syllabi, and the keys and markers those sites wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.components import is_script_page, loops
from readlist.extract.markdown import read_markdown
from readlist.extract.page import wikilinks
from readlist.extract.plaintext import text_html
from readlist.extract.reader import symbol_legends
from tests.site_helpers import write_site

A, B = "https://a.org/a.pdf", "https://b.org/b.pdf"
JSX = (
    "export default function Schedule() {\n  return (\n"
    "    <Layout><table></table></Layout>\n  )\n}\n"
)


@pytest.mark.parametrize(
    ("rel", "text", "page"),
    [
        ("src/pages/schedule.js", JSX, True),  # Gatsby
        ("pages/schedule.js", "const S = () => <main>x</main>\n", True),  # Next.js
        ("app/schedule/page.js", JSX, True),  # Next.js's app router
        ("src/components/layout.js", JSX, False),  # a component, no page
        ("src/pages/schedule.js", "export const q = graphql`{ x }`\n", False),  # no markup
        ("gatsby-config.js", "module.exports = { siteMetadata: {} }\n", False),
    ],
)
def test_a_react_page_in_plain_js_is_a_page(rel: str, text: str, page: bool) -> None:
    assert is_script_page(rel, text) is page


def test_a_page_mapping_a_short_list_of_its_own_is_still_hand_written() -> None:
    nav = "{links.map(l => <a href={l.to}>{l.label}</a>)}"
    rows = "".join(f'<a href="https://x.org/{n}.pdf">P{n}</a>' for n in range(5))
    assert loops(nav)  # a template's loop, nothing written out: read through its data
    assert not loops(nav + rows)  # five links written out: a hand-written schedule too


def test_a_gatsby_site_yields_the_schedule_its_js_page_writes(tmp_path: Path) -> None:
    page = (
        "import React from 'react'\nimport Layout from '../components/layout'\n\n"
        "export default function Schedule() {\n  return (\n    <Layout>\n"
        '      <table className="schedule"><thead><tr><th>Date</th><th>Topic</th>'
        "<th>Reading</th></tr></thead><tbody>\n"
        f'        <tr><td>Tue Jan 6</td><td>Intro</td><td><a href="{A}">Paper A</a></td></tr>\n'
        f'<tr><td>Thu Jan 8</td><td>{{"Search"}}</td><td><a href="{B}">Paper B</a></td></tr>\n'
        "      </tbody></table>\n    </Layout>\n  )\n}\n"
    )
    site = write_site(
        tmp_path,
        {
            "gatsby-config.js": "module.exports = {}\n",
            "src/pages/schedule.js": page,
            "src/components/layout.js": JSX,
        },
    )
    got = [
        (lec.key, lec.title, [r.url for r in lec.readings]) for lec in extract_site(site).lectures
    ]
    assert got == [("Tue Jan 6", "Intro", [A]), ("Thu Jan 8", "Search", [B])]


@pytest.mark.parametrize(
    ("order", "source", "markdown"),
    [
        ("gollum", "[[Lecture 1 notes|Lecture-1]]", "[Lecture 1 notes](<Lecture-1.md>)"),
        ("gollum", "[[Projects]]", "[Projects](<Projects.md>)"),
        ("gollum", "[[Sketching|https://a.org/s.pdf]]", "[Sketching](<https://a.org/s.pdf>)"),
        ("obsidian", "[[Week 3 notes|notes]]", "[notes](<Week 3 notes.md>)"),
        ("obsidian", "[[https://a.org/s.pdf|Sketching]]", "[Sketching](<https://a.org/s.pdf>)"),
        ("gollum", "[[slides.pdf]]", "[slides.pdf](<slides.pdf>)"),
        # a link whose text is in brackets is no wiki link
        ("gollum", "[[pdf]](https://a.org/a.pdf)", "[[pdf]](https://a.org/a.pdf)"),
        ("gollum", "[[pdf](https://a.org/a.pdf)]", "[[pdf](https://a.org/a.pdf)]"),
    ],
)
def test_a_wikis_links_are_links(order: str, source: str, markdown: str) -> None:
    assert wikilinks(source, order) == markdown


def test_a_github_wiki_is_read_with_its_links(tmp_path: Path) -> None:
    schedule = (
        "### Lecture 3 — Mon Apr 6: Enumerative search ([[notes|Lecture-3]])\n\n"
        f"- **Read:** [[Combinatorial Sketching|{A}]] (Solar-Lezama, ASPLOS 2006)\n"
        "- See [[Projects]] for the project.\n"
    )
    site = write_site(
        tmp_path, {"Home.md": "# Course\n", "_Sidebar.md": "[[Home]]\n", "Schedule.md": schedule}
    )
    (lecture,) = extract_site(site).lectures
    assert lecture.title == "Enumerative search"
    assert [(r.url, r.title) for r in lecture.readings] == [(A, "Combinatorial Sketching")]


SYLLABUS = """\
==========================================
 CS 4650   NATURAL LANGUAGE PROCESSING
==========================================
 Forum:        https://piazza.com/x/cs4650

WEEK 1 (Jan 13-17): Introduction
   Reading:  J&M ch. 4, Naive Bayes and Sentiment
             https://web.stanford.edu/~jurafsky/slp3/4.pdf
             J&M ch. 5, Logistic Regression
             https://web.stanford.edu/~jurafsky/slp3/5.pdf
   Optional: Pang, Lee & Vaithyanathan, "Thumbs up?",
             EMNLP 2002.
             https://aclanthology.org/W02-1011/
             (arXiv version: https://arxiv.org/abs/cs/0205070)

WEEK 2 (Jan 20-24): <Language models>
   Reading:  Chen & Goodman, "Smoothing", ACL 1996. https://aclanthology.org/P96-1041/
"""


def test_a_plain_text_syllabus_is_read_by_its_layout() -> None:
    html = text_html(SYLLABUS)
    assert html.count("\n") == SYLLABUS.count("\n")  # line for line
    assert "<h2>WEEK 1 (Jan 13-17): Introduction</h2>" in html
    assert "&lt;Language models&gt;" in html  # its text is text, never markup
    assert "<li>Reading:<ul><li>J&amp;M ch. 4" in html  # a label over its citations


def test_a_plain_text_syllabus_site(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "syllabus.txt": SYLLABUS,
            "requirements.txt": "numpy\n",
            "README.md": "See syllabus.txt\n",
        },
    )
    lectures = extract_site(site).lectures
    assert [lec.key for lec in lectures] == ["Jan 13-17", "Jan 20-24"]
    got = [(r.link, r.title, r.requirement) for r in lectures[0].readings]
    assert got == [
        (
            "https://web.stanford.edu/~jurafsky/slp3/4.pdf",
            "J&M ch. 4, Naive Bayes and Sentiment",
            None,  # "Reading:" says nothing itself (a key would)
        ),
        (
            "https://web.stanford.edu/~jurafsky/slp3/5.pdf",
            "J&M ch. 5, Logistic Regression",
            None,
        ),
        (
            "https://aclanthology.org/W02-1011/",
            'Pang, Lee & Vaithyanathan, "Thumbs up?", EMNLP 2002',
            "optional",
        ),
        (
            "https://arxiv.org/abs/cs/0205070",
            'Pang, Lee & Vaithyanathan, "Thumbs up?", EMNLP 2002',
            "optional",
        ),
    ]


@pytest.mark.parametrize(
    ("key", "meanings"),
    [
        # the label's word a key's phrase uses before naming it stays the phrase's
        (
            "Everyone is expected to have read the papers after Read: before class. "
            "Papers after Also: are optional.",
            {"read:": "required", "also:": "optional"},
        ),
        # a bracket's remark on a link, then an entry's label: no key
        ("(Udupa et al., PLDI 2013; optional) Also: Lee et al., PLDI 2018", {}),
    ],
)
def test_keys_to_labels_a_key_names(key: str, meanings: dict[str, str]) -> None:
    assert dict(symbol_legends(key.lower(), labels=("read", "also"))) == meanings


@pytest.mark.parametrize(
    ("item", "titles", "requirements"),
    [
        (f"[T]({A}) (Udupa et al., PLDI 2013; optional)", ["T"], ["optional"]),
        (
            f"[T]({A}) (Barke, Peleg and Polikarpova, OOPSLA 2020) · [arXiv]({B})",
            ["T", "T"],
            [None, None],
        ),
        (f"[T]({A}) (OOPSLA 2020) | [arXiv]({B})", ["T", "T"], [None, None]),
    ],
)
def test_a_remark_then_a_marker_and_a_copy_after_a_separator(
    item: str, titles: list[str], requirements: list[str | None]
) -> None:
    (lecture,) = read_markdown(f"## Jan 3: X\n\n- {item}\n", "s.md", None)
    assert [r.title for r in lecture.readings] == titles
    assert [r.requirement for r in lecture.readings] == requirements
