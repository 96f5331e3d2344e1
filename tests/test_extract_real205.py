"""Rules from the real205–real208 blind rounds: a series of week pages read as the
schedule, the course key's labels named under or listed on each page, an Org task's
links, Eleventy data looped by a field, data citations as their page shows them,
badges, styled citations before their copies, and material lines with remarks."""

from __future__ import annotations

from pathlib import Path

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

A = "https://doi.org/10.1145/1355734.1355746"
B = "https://arxiv.org/abs/2211.17192"
C = "https://arxiv.org/abs/2302.01318"
D = "https://doi.org/10.2307/3105385"


def _week(day: str, topic: str, url: str) -> str:
    return (
        f'# Week · {topic}\n\n=== "Tuesday"\n\n    **{day}** — {topic}\n\n'
        f"    **Required reading**\n\n    - [{topic} paper]({url}). SIGCOMM 2011.\n\n"
        "    :material-presentation: [Slides](https://x.github.io/slides/1.pdf) · "
        "[P4 tutorial](https://github.com/p4lang/tutorials) (lab 2 starter)\n"
    )


def test_the_series_of_week_pages_the_best_page_is_one_of(tmp_path: Path) -> None:
    """``weeks/week-01.md`` … ``week-03.md``, each a week of dated paragraphs: every page
    of the series with readings is the schedule, not only the one with the most; a
    line of material links with a remark after one (and an icon) is material."""
    site = write_site(
        tmp_path,
        {
            "mkdocs.yml": "site_name: Networks\nnav:\n  - weeks/week-01.md\n",
            "docs/index.md": "# Networks\n\nWelcome.\n",
            "docs/weeks/week-01.md": _week("Tue Sep 2", "Layering", A),
            "docs/weeks/week-02.md": _week("Tue Sep 9", "Congestion", B),
            "docs/weeks/week-03.md": _week("Tue Sep 16", "Routing", C)
            + f"    - [Second paper]({D}). SOSP 2017.\n",
        },
    )
    assert keyed_readings(site) == [
        ("Tue Sep 2", A, "required"),
        ("Tue Sep 9", B, "required"),
        ("Tue Sep 16", C, "required"),
        ("Tue Sep 16", D, "required"),
    ]


def _post(title: str, url: str) -> str:
    return (
        f"---\nlayout: post\ntitle: {title}\ncategories: lectures\n---\n\n[Slides](/s.pdf)\n\n"
        f"### Read\n\n- [{title} A]({url})\n\n### Skim\n\n- [{title} B]({url}b)\n"
    )


def test_the_course_key_names_the_headings_each_post_writes(tmp_path: Path) -> None:
    """``about.md``: "Everything under **Read** is required. Papers under **Skim** are
    optional" keys the ``### Read`` and ``### Skim`` headings each lecture post writes
    once (named right after "under": the page's labels, for that key)."""
    about = (
        "---\ntitle: About\n---\n\n## Readings\n\nEach lecture post lists its readings under two "
        "headings. Everything under **Read** is required. Papers under **Skim** are optional.\n"
    )
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: CSE 490\n",
            "_layouts/post.html": "<h1>{{ page.title }}</h1>\n{{ content }}\n",
            "index.md": "{% for post in site.categories.lectures %}{{ post.title }}{% endfor %}\n",
            "about.md": about,
            "_posts/2025-01-07-lecture-01.md": _post("Intro", A),
            "_posts/2025-01-09-lecture-02.md": _post("Needs", B),
        },
    )
    assert [req for _, _, req in keyed_readings(site)] == [
        "required",
        "optional",
        "required",
        "optional",
    ]


def test_the_course_key_names_what_each_page_lists(tmp_path: Path) -> None:
    """ "Each lecture page lists its readings. Unless a reading is in an *Optional* box,
    you are expected to have read it": the pages' ``## Readings`` is that label."""
    syllabus = (
        "---\ntitle: Syllabus\n---\n\nEach lecture page lists its readings. Unless a reading "
        "is in an *Optional* box, you are expected to have read it before class.\n"
    )
    lecture = f"---\ntitle: Autodiff\ndate: 2025-01-09\n---\n\n## Readings\n\n* [PyTorch]({B})\n"
    site = write_site(tmp_path, {"syllabus.md": syllabus, "lectures/02.md": lecture})
    assert keyed_readings(site) == [("2025-01-09", B, "required")]


ORG = f"""#+TITLE: CS 6120
#+TODO: TODO | DONE

* Week 1: Introduction
  SCHEDULED: <2025-01-21 Tue>
** Readings
- [[{A}][A Catalogue of Optimizing Transformations]]
** TODO Set up Bril
  DEADLINE: <2025-01-24 Fri>
- Follow the [[https://capra.cs.cornell.edu/bril/][Bril tools guide]].
** DONE Problem set 3
- Graded; see [[https://cmsx.cs.cornell.edu/][CMSX]].

* Week 2: Data flow
  SCHEDULED: <2025-01-28 Tue>
** Readings
- [[{B}][Dataflow analysis]]
"""


def test_an_org_task_to_hand_in_links_no_reading(tmp_path: Path) -> None:
    """A headline with a state keyword and a ``DEADLINE:`` line or a deliverable's
    title (``DONE Problem set 3``): where to do the task, no reading."""
    site = write_site(tmp_path, {"syllabus.org": ORG})
    assert [link for _, link, _ in keyed_readings(site)] == [A, B]


ELEVENTY = {
    ".eleventy.js": "module.exports = function () { return { pathPrefix: '/cs101/' }; };\n",
    "_data/schedule.json": (
        '{"weeks": [{"sessions": [{"date": "Tue, Sep 2", "topic": "Intro", "readings": ['
        '{"cite": "Kranzberg, M. (1986). Technology and history. *Technology and Culture, '
        f'27*(3). Big Data &amp; Society.", "url": "{D}", "optional": false}},'
        f'{{"cite": "Seaver, N. (2017).", "url": "{B}", "optional": true}}]}}]}}]}}\n'
    ),
    "schedule.njk": (
        "---\ntitle: Schedule\n---\n<p>Readings are required unless marked <em>(optional)"
        "</em>.</p>\n{% for week in schedule.weeks %}{% for s in week.sessions %}<h3>{{ s.date }}"
        '</h3>{% for r in s.readings %}<li>{{ r.cite | md | safe }} <a href="{{ r.url }}">'
        "[link]</a></li>{% endfor %}{% endfor %}{% endfor %}\n"
    ),
}


def test_eleventy_data_looped_by_a_field_and_citations_as_shown(tmp_path: Path) -> None:
    """``{% for week in schedule.weeks %}`` renders ``_data/schedule.json``: its key is
    the page's; a record's citation is titled as the page shows it (Markdown rendered,
    entities decoded), its text as written."""
    site = write_site(tmp_path, ELEVENTY)
    (lecture,) = extract_site(site).lectures
    assert [(r.title, r.requirement) for r in lecture.readings] == [
        (
            "Kranzberg, M. (1986). Technology and history. Technology and Culture, 27(3). "
            "Big Data & Society.",
            "required",
        ),
        ("Seaver, N. (2017).", "optional"),
    ]
    assert "*Technology and Culture" in lecture.readings[0].text


def test_an_image_only_badge_link_between_two_papers(tmp_path: Path) -> None:
    """``[A](u) [![arXiv](badge)](u) · [B](v)``: the badge shows no words, so the papers
    stand side by side and the first titles the session."""
    badge = "https://img.shields.io/badge/arXiv-2211.17192-b31b1b.svg"
    page = (
        "| Date | Paper | Presenter |\n|---|---|---|\n"
        f"| Feb 19 | [Fast Inference]({B}) [![arXiv]({badge})]({B}) · "
        f"[Speculative Sampling]({C}) | Li Wei |\n"
        f"| Feb 26 | [OpenFlow]({A}) | Hana Sato |\n"
    )
    site = write_site(tmp_path, {"README.md": page})
    lectures = extract_site(site).lectures
    assert [lec.title for lec in lectures] == ["Fast Inference", "OpenFlow"]
    assert [r.link for r in lectures[0].readings] == [B, C]


OLD_TABLE = """<HTML><BODY><TABLE BORDER=1>
<TR><TH>Date</TH><TH>Readings</TH></TR>
<TR><TD>9/8</TD><TD><FONT SIZE=-1><B><A HREF="https://a.org/clocks.pdf">Time, Clocks</A></B>,
L. Lamport. CACM 1978.<BR>
<I>Lamport, L. The Part-Time Parliament. ACM TOCS 16(2), 1998.</I>
(<A HREF="papers/parttime.ps.gz">PS</A>, <A HREF="papers/parttime.pdf">PDF</A>)</FONT></TD></TR>
<TR><TD>9/10</TD><TD><B>Birrell &amp; Nelson. Implementing RPC. TOCS 1984.</B>
(<A HREF="papers/rpc.pdf">PDF</A>)</TD></TR>
</TABLE>
<P>Papers in <B>bold</B> are required; papers in <I>italics</I> are optional.</P>
</BODY></HTML>
"""


def test_copies_after_a_citation_set_in_a_style(tmp_path: Path) -> None:
    """``<I>Citation.</I> (<A>PS</A>, <A>PDF</A>)``: the copies are the styled
    citation's, and the legend's meaning of its style is theirs."""
    site = write_site(tmp_path, {"syllabus.html": OLD_TABLE})
    assert [req for _, _, req in keyed_readings(site)] == [
        "required",
        "optional",
        "optional",
        "required",
    ]
