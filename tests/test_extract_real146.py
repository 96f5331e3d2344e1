"""Rules from the real146–real148 rounds (precision traps beside the schedule, several
calendars and offerings, office documents on the web)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from tests.site_helpers import keyed_readings, write_site

TABLE = """# Schedule

| Date | Presenter | Paper |
|------|-----------|-------|
| Nov 20 | [Ana Lee](https://github.com/alee) | [Chain Replication](https://a.org/cr.pdf) |
| Nov 27 | {cell} | |
"""


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("*No class — Thanksgiving*", "No class — Thanksgiving"),
        ("Project presentations", "Project presentations"),
        # a person's name, or several, or a placeholder: no topic
        ("Jae Kim", ""),
        ("Jae Kim & Lucía Ortega", ""),
        ("TBD", ""),
        # words with a link: a person's page
        ("[No class, see Ana](https://github.com/alee)", ""),
    ],
)
def test_a_person_cells_words_title_a_row_without_topic(
    tmp_path: Path, cell: str, title: str
) -> None:
    site = write_site(tmp_path, {"README.md": TABLE.format(cell=cell)})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Nov 20", "Chain Replication"),
        ("Nov 27", title),
    ]


@pytest.mark.parametrize("sign", [":star:", "⭐"])
def test_a_home_keys_shortcode_sign_and_its_others(tmp_path: Path, sign: str) -> None:
    site = write_site(
        tmp_path,
        {
            "mkdocs.yml": "site_name: DB\nnav:\n  - Home: index.md\n  - Week 1: weeks/week-01.md\n",
            "docs/index.md": (
                "# Databases\n\nEach week has a page. Readings marked "
                f"{sign} are required;\nall other readings are optional.\n"
            ),
            "docs/weeks/week-01.md": (
                "# Week 1\n\n## Lecture 1 (Mon, Jan 13): History\n\n"
                "- :star: Codd, [A Relational Model](https://a.org/codd)\n"
                "- Stonebraker, [What Goes Around](https://b.org/wgac)\n"
            ),
        },
    )
    assert keyed_readings(site) == [
        ("Mon, Jan 13", "https://a.org/codd", "required"),
        ("Mon, Jan 13", "https://b.org/wgac", "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "before", "named"),
    [
        ("MLSys", "MegaBlocks. MLSys 2023. ", True),
        # a venue of several words, with its year in the citation
        ("USENIX Security", "Carlini et al. Extracting Data. USENIX Security 2021. ", True),
        ("IEEE S&P", "Foo et al. Bar. IEEE S&P 2019. ", True),
        # without its year: a title's words repeated, not a venue
        ("USENIX Security", "Carlini et al. USENIX Security. ", False),
        ("Paxos Made Simple", "Lamport. Paxos Made Simple. 2001. ", False),
        # four words: no venue
        ("Symposium On Operating Systems", "X. Symposium On Operating Systems 2003. ", False),
    ],
)
def test_a_copy_named_by_its_venue(text: str, before: str, named: bool) -> None:
    assert classify.names_venue(text, before) is named


PROSE_PAGE = """<html><body>
<p>Every reading carries a tag. [D] = discussion paper, required for everyone.
[B] = background, optional.</p>
<h3>Week 10 (Nov 5): Language models in the classroom</h3>
<ul>
<li>[D] Kasneci et al. <a href="https://doi.org/10.1/a">ChatGPT for good?</a>. 2023.</li>
<li>[B] Sadasivan et al. <a href="https://arxiv.org/abs/2303.11156">Can AI-Generated Text
be Reliably Detected?</a> 2023.</li>
</ul>
<p>We will also revisit this course's own <a href="policies.html#llm">language-model
policy</a> in this meeting.</p>
</body></html>
"""


def test_a_key_tokens_items_mark_where_readings_are(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": PROSE_PAGE})
    assert keyed_readings(site) == [
        ("Nov 5", "https://doi.org/10.1/a", "required"),
        ("Nov 5", "https://arxiv.org/abs/2303.11156", "optional"),
    ]


def _offerings_site(root: Path, page_data: str) -> Path:
    record = (
        "- date: {date}\n  title: {title}\n  readings:\n"
        "    - title: Paper {term}\n      url: https://a.org/{term}\n"
        "    - title: Extra {term}\n      url: https://b.org/{term}\n      optional: true\n"
    )
    return write_site(
        root,
        {
            "_config.yml": "title: Security\nterm: fa24\n",
            "_data/schedule_fa24.yml": record.format(date="2024-09-03", title="Intro", term="fa24"),
            "_data/schedule_sp25.yml": record.format(date="2025-01-14", title="Intro", term="sp25"),
            "schedule.md": (
                "---\ntitle: Schedule\n---\n"
                f"{page_data}\n\n"
                "Readings are required unless marked *(optional)*.\n\n"
                "{% for s in sched %}\n## {{ s.date }}: {{ s.title }}\n"
                "{% for r in s.readings %}- [{{ r.title }}]({{ r.url }})"
                "{% if r.optional %} *(optional)*{% endif %}\n{% endfor %}{% endfor %}\n"
            ),
        },
    )


@pytest.mark.parametrize(
    "page_data",
    [
        '{% assign data_key = "schedule_" | append: site.term %}\n'
        "{% assign sched = site.data[data_key] %}",
        "{% assign sched = site.data.schedule_fa24 %}",
    ],
)
def test_a_page_that_builds_its_data_files_name_gives_it_its_key(
    tmp_path: Path, page_data: str
) -> None:
    site = _offerings_site(tmp_path, page_data)
    assert keyed_readings(site) == [
        ("2024-09-03", "https://a.org/fa24", "required"),
        ("2024-09-03", "https://b.org/fa24", "optional"),
    ]


GDOC = """<html><body>
<table><tr><td>Week</td><td>Date</td><td>Topic</td><td>Readings</td></tr>
<tr><td>4</td><td>Feb 11</td><td>Individual fairness</td><td>
<p><span>Dwork, C. (2012). </span><a href="https://dl.acm.org/doi/10.1145/2090236.2090255">Fairness
Through Awareness</a><span>. ITCS 2012.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
<p><span>Kearns, M. (2018). </span><a href="https://proceedings.mlr.press/v80/kearns18a.html">Preventing
Fairness Gerrymandering</a><span>. {between}arXiv:1711.05144</span></p>
</td></tr></table>
<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> The ITCS version is the one we
discuss. The arXiv version (<a href="https://arxiv.org/abs/1104.3913">arXiv:1104.3913</a>) has
the proofs.</span></p></div>
</body></html>
"""


@pytest.mark.parametrize(
    ("between", "extra"),
    [
        # only the linked work's venue and year before the identifier: its other copy
        ("ICML 2018. ", []),
        ("", []),
        # words of another work: a reading of its own
        ("See also Kearns and Roth, The Ethical Algorithm, ", ["https://arxiv.org/abs/1711.05144"]),
    ],
)
def test_a_google_docs_footnote_and_an_identifier_after_a_cited_link(
    tmp_path: Path, between: str, extra: list[str]
) -> None:
    site = write_site(tmp_path, {"index.html": GDOC.format(between=between)})
    links = [link for _, link, _ in keyed_readings(site)]
    assert links == [
        "https://dl.acm.org/doi/10.1145/2090236.2090255",
        "https://proceedings.mlr.press/v80/kearns18a.html",
        *extra,
    ]


PANDOC = """---
title: Schedule
---

| Week | Date | Topic | Readings |
|------|------|-------|----------|
| 1 | Jan 15 | Potential outcomes | [[Holland (1986)]{.underline}](https://doi.org/10.1080/1) |
| 10 | Mar 19 | Synthetic control | [Abadie (2021)](https://www.aeaweb.org/a)[^5] |

[^5]: Optional: Arkhangelsky, D., Athey, S., Hirshberg, D. A., Imbens,
    G. W., & Wager, S. (2021). [Synthetic
    difference-in-differences](https://doi.org/10.1257/aer.20190159).
"""


def test_a_pandoc_page_spans_and_a_notes_indented_lines(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"_config.yml": "title: C\n", "schedule.md": PANDOC})
    got = [
        (lec.key, r.text, r.title, r.requirement)
        for lec in extract_site(site).lectures
        for r in lec.readings
    ]
    assert got == [
        ("Jan 15", "[Holland (1986)]{.underline}", "Holland (1986)", None),
        ("Mar 19", "Abadie (2021)", "Abadie (2021)", None),
        (
            "Mar 19",
            "Synthetic difference-in-differences",
            "Synthetic difference-in-differences",
            "optional",
        ),
    ]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        (
            "Guest lecture: Dr. Lena Okafor (J-PAL): running experiments with governments",
            "running experiments with governments",
        ),
        ("Guest: Tomas Lindqvist (Google DeepMind): Robustness", "Robustness"),
        # no honorific after "Guest lecture:": the topic itself
        (
            "Guest lecture: Usable security (CMU): part 2",
            "Guest lecture: Usable security (CMU): part 2",
        ),
    ],
)
def test_a_guest_lecture_lead_with_a_person_before_the_topic(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


WORD = """<html><body>
<p class=MsoNormal>Readings marked with a dagger (&#8224;) are optional; all
other readings are required.</p>
<h2>Jan. 27: Hot hands</h2>
<p class=MsoListParagraphCxSpFirst><span style='font-family:Symbol'>&middot;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span>Tversky,
A. (1974). Judgment under uncertainty. <a
href="https://doi.org/10.1126/science.185.4157.1124">https://doi.org/10.1126/science.185.4157.1124</a></span></p>
<p class=MsoListParagraphCxSpLast><span style='font-family:Symbol'>&middot;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><span>&#8224; Gilovich,
T. (1985). The hot hand. <a
href="https://doi.org/10.1016/0010-0285(85)90010-6">https://doi.org/10.1016/0010-0285(85)90010-6</a></span></p>
</body></html>
"""


def test_a_sign_after_a_written_bullet_marks_its_citation(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"syllabus.htm": WORD})
    got = [(r.title, r.requirement) for lec in extract_site(site).lectures for r in lec.readings]
    assert got == [
        ("Tversky, A. (1974). Judgment under uncertainty", "required"),
        ("Gilovich, T. (1985). The hot hand", "optional"),
    ]


def test_a_title_cell_of_a_no_break_space_is_empty(tmp_path: Path) -> None:
    page = (
        "<table><tr><th>Date</th><th>Speaker</th><th>Title</th><th>Reading</th></tr>"
        "<tr><td>Mar 30</td><td>Student presentations (group B)</td><td>&nbsp;</td>"
        '<td><a href="https://arxiv.org/abs/1904.02868">Data Shapley</a></td></tr>'
        "<tr><td>Apr 6</td><td>Dr. Ana Lee</td><td>Data markets</td>"
        '<td><a href="https://arxiv.org/abs/2002.08484">Tracing Gradient Descent</a></td></tr>'
        "</table>"
    )
    site = write_site(tmp_path, {"index.html": page})
    titles = [(lec.key, lec.title) for lec in extract_site(site).lectures]
    assert titles == [("Mar 30", "Student presentations (group B)"), ("Apr 6", "Data markets")]


@pytest.mark.parametrize(
    ("before", "kept"),
    [
        # a paper whose title ends in a material word ("Datasets"): its copy is one
        ("[Datasheets for Datasets](https://arxiv.org/abs/1803.09010)", True),
        ("[Model Cards for Model Reporting](https://arxiv.org/abs/1810.03993)", True),
        # the slides' own pdf, and a pdf after a material word: material
        ("[Slides](slides/l1.html)", False),
        ("Lecture slides:", False),
    ],
)
def test_a_copy_after_a_named_link_is_not_material_by_its_words(
    tmp_path: Path, before: str, kept: bool
) -> None:
    page = f"# S\n\n## Apr 20: Docs\n\n- {before} [[pdf](https://e.org/x.pdf)]\n"
    site = write_site(tmp_path, {"index.md": page})
    links = [link for _, link, _ in keyed_readings(site)]
    assert ("https://e.org/x.pdf" in links) is kept


def test_a_data_file_takes_the_home_pages_key_where_its_page_gives_none(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: Networks\n",
            "index.md": "# Networks\n\nReadings are required unless marked *optional*.\n",
            "_data/talks.yml": (
                "- date: 2026-04-09\n  title: Congestion control\n"
                "  paper_title: BBR\n  paper_url: https://a.org/bbr\n"
            ),
            "talks.md": (
                "---\ntitle: Talks\n---\n# Guest talks\n\nThursdays in CSE 1242.\n\n"
                "{% for talk in site.data.talks %}\n### {{ talk.date }} · {{ talk.title }}\n"
                "[{{ talk.paper_title }}]({{ talk.paper_url }})\n{% endfor %}\n"
            ),
        },
    )
    assert keyed_readings(site) == [("2026-04-09", "https://a.org/bbr", "required")]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a bracket of material links at the end goes
        (
            "No lecture — meetings (sign up [here](https://calendly.com/x/y))",
            "No lecture — meetings",
        ),
        ("Naming ([slides](s.pdf) · [recording](https://podcast.ucsd.edu/w/6))", "Naming"),
        # a link the line names as a place stays a word
        (
            "No meeting — proposals due on [Canvas](https://canvas.wisc.edu/courses/4/assignments/2)",
            "No meeting — proposals due on Canvas",
        ),
        # course business opening with its link keeps its words
        (
            "[Assignment 1](hw1.html) (smoothing) due, 11:59 pm",
            "Assignment 1 (smoothing) due, 11:59 pm",
        ),
    ],
)
def test_a_dated_items_title_without_its_material_links(
    tmp_path: Path, line: str, title: str
) -> None:
    page = f"# Lectures\n\n- 4/21: Routing\n  - [A paper](https://a.org/a)\n- 4/28: {line}\n"
    site = write_site(tmp_path, {"lectures.md": page})
    assert [lec.title for lec in extract_site(site).lectures] == ["Routing", title]


@pytest.mark.parametrize(
    ("page_text", "titles"),
    [
        # the page names them as people: every lead of full names (or TBD) goes
        (
            "Organizers: Priya Raman and Jonas Becker",
            ["Kickoff", "Feature visualization", "Induction heads", "Grokking"],
        ),
        ("*Presenter:* Jonas Becker · Topic: Attribution", None),
        # no person label naming any of them: the titles stay
        ("Each week one person presents.", None),
        ("Organizers: Ana Lee", None),
    ],
)
def test_a_presenters_name_before_a_colon_where_the_page_names_them(
    page_text: str, titles: list[str] | None
) -> None:
    written = [
        "Priya Raman & Jonas Becker: Kickoff",
        "Jonas Becker: Feature visualization",
        "Mei-Lin Chou: Induction heads",
        "TBD: Grokking",
    ]
    expected = written if titles is None else titles
    if page_text.startswith("*Presenter:*"):
        expected = ["Kickoff", "Feature visualization", "Induction heads", "Grokking"]
    assert classify.without_presenter_leads(written, page_text) == expected


def test_a_topic_prefix_is_no_presenter() -> None:
    written = ["Computer Vision: Detection", "Computer Vision: Segmentation"]
    page = "Instructor: Prof. Ana Lee\nOrganizers: Jonas Becker"
    assert classify.without_presenter_leads(written, page) == written


READING_GROUP = """# Reading group

Organizers: Priya Raman and Jonas Becker

- **Week 1 (Jan 14)** — Priya Raman: Kickoff
  - [Towards A Rigorous Science](https://arxiv.org/abs/1702.08608)
- **Week 5 (Feb 11)** — [Tomás Ortega](https://tomasortega.github.io/)<br>
  *Sparse autoencoders*
  - [Towards Monosemanticity](https://transformer-circuits.pub/2023/monosemantic-features/)
- Mar 25 · ⭐ [Language Models Represent Space and Time](https://arxiv.org/abs/2310.02207)
"""


def test_a_reading_groups_titles_are_its_topics(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"README.md": READING_GROUP})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Jan 14", "Kickoff"),
        ("Feb 11", "Sparse autoencoders"),
        ("Mar 25", "Language Models Represent Space and Time"),
    ]
    # the presenter's page on the line naming them is no reading
    assert [r.link for r in lectures[1].readings] == [
        "https://transformer-circuits.pub/2023/monosemantic-features/"
    ]


def test_a_module_headings_trailing_range_as_written(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Module 1: What is computational social science? (Jan 6&ndash;10)</h1>"
        "<h2>Required Readings</h2><ul><li>Lazer, D. (2009). "
        '<a href="/content/enforced/4-SOC/readings/Lazer_2009.pdf">Computational Social '
        "Science</a>. <em>Science</em>.</li></ul></body></html>"
    )
    site = write_site(tmp_path, {"Module 1/Module 1 Overview.html": page})
    (lecture,) = extract_site(site).lectures
    assert (lecture.key, lecture.title) == (
        "Jan 6&ndash;10",
        "What is computational social science?",
    )


def test_a_home_keys_label_reaches_a_page_with_a_key_of_its_own(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: HAI\n",
            "index.md": (
                "---\ntitle: Home\n---\nEach week on the [schedule](schedule/) lists papers "
                "under **Read before class** and\n**If you're curious**. Everything under "
                "**Read before class** is required; the\n**If you're curious** papers are "
                "optional.\n"
            ),
            "schedule.md": (
                "---\ntitle: Schedule\n---\nPapers marked (opt.) are optional.\n\n"
                "## Week 1 · Aug 26 — Interaction\n\n**Read before class:**\n\n"
                "- [Re-examining Human-AI Interaction](https://a.org/a)\n"
                "- [Guidelines for Human-AI Interaction](https://b.org/b) (opt.)\n"
            ),
        },
    )
    assert keyed_readings(site) == [
        ("Aug 26", "https://a.org/a", "required"),
        ("Aug 26", "https://b.org/b", "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "href", "context", "reading"),
    [
        # where a deadline is handed in
        (
            "LEARN",
            "https://learn.uwaterloo.ca/d2l/le/content/1/viewContent/5/View",
            "Project proposals are due Fri Feb 7 on",
            False,
        ),
        ("Canvas", "https://canvas.x.edu/courses/1/assignments/2", "Reflection due in", False),
        (
            "HotCRP",
            "https://review.example.edu/cs848",
            "Paper reviews are due each Sunday via",
            False,
        ),
        # a Brightspace content file is a file, a quickLink to a quiz is not
        (
            "[PDF]",
            "/d2l/le/content/412873/viewContent/2291014/View",
            "boyd, d., & Crawford, K. (2012). Critical questions for big data.",
            True,
        ),
        (
            "Reading Quiz 1",
            "/d2l/common/dialogs/quickLink/quickLink.d2l?ou=1&type=quiz&rcode=N",
            "Complete",
            False,
        ),
        # an upload's name with spaces names no work: titled by its citation
        (
            "Doll and Hill 1950.pdf",
            "https://sakai.x.edu/access/content/group/1/Doll.pdf",
            "Doll R, Hill AB. Smoking and carcinoma of the lung. BMJ 1950.",
            True,
        ),
    ],
)
def test_lms_links(text: str, href: str, context: str, reading: bool) -> None:
    assert classify.is_reading(text, href, context) is reading


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Doll and Hill 1950.pdf", True),
        ("Stone_ch7.pdf", True),
        ("USENIX ATC '14 version", True),
        ("PLDI 2021 version", True),
        ("Deep Learning", False),
        ("Attention Is All You Need", False),
    ],
)
def test_copies_named_generically(text: str, generic: bool) -> None:
    assert classify.is_generic(text) is generic


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        # a Vancouver citation's "2008;19(6)" ends no clause
        (". Epidemiology 2008;19(6):766–779. (optional, but we use its Table 2)", "optional"),
        # a clause's own semicolon still does
        (" (CMV 2007); Sarikaya, B (optional)", None),
    ],
)
def test_a_marker_after_a_vancouver_citation(after: str, requirement: str | None) -> None:
    assert classify.suffix_requirement(after) == requirement


def test_a_marker_after_a_run_of_bracketed_copies(tmp_path: Path) -> None:
    page = (
        "<html><body><h2>Sep 16: Confounding</h2><ul><li>VanderWeele TJ, Shpitser I. On the "
        "definition of a confounder. <em>Ann Stat</em> 2013;41(1):196&ndash;220. "
        '[<a href="https://doi.org/10.1214/12-AOS1058">DOI</a>] '
        '[<a href="https://arxiv.org/abs/1304.0564">arXiv</a>] (optional; sections 1&ndash;3)'
        "</li></ul></body></html>"
    )
    site = write_site(tmp_path, {"index.html": page})
    assert [req for _, _, req in keyed_readings(site)] == ["optional", "optional"]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Tue: Course overview", "Course overview"),
        ("Tue — Course overview", "Course overview"),
        ("Thu - Word embeddings", "Word embeddings"),
        # a weekday that is a word of the topic stays
        ("Tuesday Night Live", "Tuesday Night Live"),
    ],
)
def test_a_weekday_labelling_a_meeting(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


HIDDEN = """<html><body><table>
<tr><th>Date</th><th>Topic</th><th>Readings</th><th class="d-none d-md-table-cell">Slides</th></tr>
<tr><td>Tue Jan 20</td><td>MapReduce</td><td><ul>
<li><a href="https://a.org/mapreduce">MapReduce</a></li>
<li class="d-none"><a href="https://a.org/hdfs">The Hadoop Distributed File System</a></li>
<li><del><a href="https://hadoop.apache.org/tutorial">Hadoop Tutorial</a></del>
Zaharia et al., <a href="https://a.org/rdd">Resilient Distributed Datasets</a> (NSDI 2012)
<span class="badge">optional</span></li></ul></td>
<td class="d-none d-md-table-cell"><a href="slides/04.pdf">slides</a></td></tr>
<tr style="display: none;"><td>Thu Jan 22</td><td>Guest</td>
<td><a href="https://a.org/guest">Guest paper</a></td><td></td></tr>
<tr hidden><td>Tue Jan 27</td><td>BFT</td><td><a href="https://a.org/pbft">PBFT</a></td><td></td></tr>
<tr><td>Thu Jan 29</td><td>Raft</td><td><a href="https://a.org/raft">Raft</a></td><td></td></tr>
</table></body></html>
"""


def test_rows_and_items_the_page_never_shows(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": HIDDEN})
    assert keyed_readings(site) == [
        ("Tue Jan 20", "https://a.org/mapreduce", None),
        ("Tue Jan 20", "https://a.org/rdd", "optional"),
        ("Thu Jan 29", "https://a.org/raft", None),
    ]


@pytest.mark.parametrize(
    ("front", "built"),
    [
        ("draft: true", False),
        ("build:\n  render: never\n  list: never", False),
        ("_build:\n  render: false", False),
        ("expiryDate: 2020-05-31", False),
        ("expiryDate: 2999-05-31", True),
        ("build:\n  list: never", True),  # rendered, only not listed
    ],
)
def test_hugo_pages_the_build_leaves_out(tmp_path: Path, front: str, built: bool) -> None:
    page = (
        f"---\ntitle: Guest lecture\ndate: 2025-02-20\n{front}\n---\n\n"
        "## Readings\n\n- [Cloud Warehouses](https://a.org/cw)\n"
    )
    other = (
        "---\ntitle: Joins\ndate: 2025-02-18\n---\n\n## Readings\n\n- [Joins](https://a.org/j)\n"
    )
    site = write_site(
        tmp_path,
        {
            "hugo.toml": 'title = "DB"\n',
            "content/lectures/guest.md": page,
            "content/lectures/joins.md": other,
        },
    )
    links = {link for _, link, _ in keyed_readings(site)}
    assert ("https://a.org/cw" in links) is built


@pytest.mark.parametrize(
    ("skip", "shown"),
    [
        # the template skips hidden records, and hidden readings inside them
        (
            "{%- if lecture.hidden -%}{%- continue -%}{%- endif %}",
            [("2026-01-14", "https://a.org/a"), ("2026-01-21", "https://a.org/c")],
        ),
        # it skips records not yet published
        (
            "{% unless lecture.published %}{% continue %}{% endunless %}",
            [("2026-01-14", "https://a.org/a"), ("2026-01-14", "https://a.org/b")],
        ),
        # no skip: everything
        (
            "",
            [
                ("2026-01-14", "https://a.org/a"),
                ("2026-01-14", "https://a.org/b"),
                ("2026-01-21", "https://a.org/c"),
                ("2026-01-28", "https://a.org/d"),
            ],
        ),
    ],
)
def test_records_and_readings_a_template_skips(
    tmp_path: Path, skip: str, shown: list[tuple[str, str]]
) -> None:
    data = (
        "- date: 2026-01-14\n  title: Intro\n  published: true\n  readings:\n"
        "    - {title: A, url: 'https://a.org/a'}\n"
        "    - {title: B, url: 'https://a.org/b', hidden: true}\n"
        "- date: 2026-01-21\n  title: Evasion\n  readings:\n"
        "    - {title: C, url: 'https://a.org/c'}\n"
        "- date: 2026-01-28\n  title: Poisoning\n  hidden: true\n  readings:\n"
        "    - {title: D, url: 'https://a.org/d'}\n"
    )
    inner = "{%- if r.hidden -%}{%- continue -%}{%- endif %}" if "hidden" in skip else ""
    page = (
        "---\ntitle: Schedule\n---\n<table>\n{%- for lecture in site.data.lectures -%}\n"
        f"{skip}\n<tr><td>{{{{ lecture.date }}}}</td><td>{{{{ lecture.title }}}}</td><td>\n"
        f"{{%- for r in lecture.readings -%}}{inner}\n"
        '<a href="{{ r.url }}">{{ r.title }}</a>\n{%- endfor %}</td></tr>\n'
        "{%- endfor %}\n</table>\n"
    )
    site = write_site(
        tmp_path, {"_config.yml": "title: S\n", "_data/lectures.yml": data, "schedule.md": page}
    )
    assert [(key, link) for key, link, _ in keyed_readings(site)] == shown


def test_numbered_pages_and_a_bundle_in_their_numbers_order(tmp_path: Path) -> None:
    def lecture(day: str, link: str) -> str:
        return f"---\ntitle: L\ndate: 2026-{day}\n---\n\n## Readings\n\n- [P]({link})\n"

    site = write_site(
        tmp_path,
        {
            "hugo.toml": 'title = "DB"\n',
            "content/lectures/9-joins.md": lecture("02-03", "https://a.org/9"),
            "content/lectures/10-txns.md": lecture("02-05", "https://a.org/10"),
            "content/lectures/6-iterators/index.md": lecture("01-29", "https://a.org/6"),
        },
    )
    assert [link for _, link, _ in keyed_readings(site)] == [
        "https://a.org/6",
        "https://a.org/9",
        "https://a.org/10",
    ]


CSV = (
    "date,session,topic,reading_title,reading_url,required\n"
    "2025-01-30,L06,Saliency,Axiomatic Attribution,https://arxiv.org/abs/1703.01365,yes\n"
    ",,,Sanity Checks for Saliency Maps,https://arxiv.org/abs/1810.03292,yes\n"
    "2025-02-04,L07,Concepts,TCAV,https://arxiv.org/abs/1711.11279,yes\n"
)


@pytest.mark.parametrize("footer", ["Generated from {link} by build.py.", "Built by hand."])
def test_a_csv_row_continues_and_a_page_built_from_it(tmp_path: Path, footer: str) -> None:
    page = (
        "<html><body><table><tr><th>Date</th><th>Topic</th><th>Reading</th></tr>"
        '<tr><td>Tue Jan 14</td><td>Old intro</td><td><a href="https://a.org/old">Old'
        " paper</a></td></tr></table><p>"
        + footer.format(link='<a href="schedule.csv">schedule.csv</a>')
        + "</p></body></html>"
    )
    site = write_site(tmp_path, {"schedule.csv": CSV, "index.html": page})
    got = keyed_readings(site)
    assert [(k, link) for k, link, _ in got if k.startswith("2025")] == [
        ("2025-01-30", "https://arxiv.org/abs/1703.01365"),
        ("2025-01-30", "https://arxiv.org/abs/1810.03292"),
        ("2025-02-04", "https://arxiv.org/abs/1711.11279"),
    ]
    # the page a script built from the CSV is its copy; a page of its own is read
    assert any(k == "Tue Jan 14" for k, _, _ in got) is footer.startswith("Built")


def test_a_next_export_is_build_output(tmp_path: Path) -> None:
    table = "| Date | Topic | Readings |\n|---|---|---|\n| Tue Jan 13 | Intro | [A]({u}) |\n"
    site = write_site(
        tmp_path,
        {
            "next.config.mjs": "export default { output: 'export' };\n",
            "README.md": table.format(u="https://a.org/new"),
            "out/schedule.html": (
                "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr><tr><td>Tue Aug 19"
                '</td><td>Old</td><td><a href="https://a.org/old">Old</a></td></tr></table>'
            ),
        },
    )
    assert [link for _, link, _ in keyed_readings(site)] == ["https://a.org/new"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the phrase's words end in the link's: it names the work
        ("If you skipped it, re-read the [LFS paper](https://a.org/lfs.pdf).", "LFS paper"),
        # a citation before a generic copy still titles it
        (
            "Rosenblum & Ousterhout. The LFS. SOSP 1991. [paper](https://a.org/lfs.pdf)",
            "Rosenblum & Ousterhout. The LFS. SOSP 1991",
        ),
    ],
)
def test_a_generic_word_after_an_article(tmp_path: Path, line: str, title: str) -> None:
    page = f"# Lectures\n\n## Thu, Feb 5: Log-structured file systems\n\n- {line}\n"
    site = write_site(tmp_path, {"index.md": page})
    assert [r.title for lec in extract_site(site).lectures for r in lec.readings] == [title]


@pytest.mark.parametrize(
    ("heading", "key", "title"),
    [
        ("## Lecture 2: Tokenization (Jan 16, Ana Lee)", "Jan 16", "Tokenization"),
        ("## Lecture 2: Tokenization (Jan 16)", "Jan 16", "Tokenization"),
    ],
)
def test_a_headings_date_shares_its_bracket(
    tmp_path: Path, heading: str, key: str, title: str
) -> None:
    page = f"# Schedule\n\n{heading}\n\n- [BPE](https://a.org/bpe)\n\n## Lecture 3: Next (Jan 21)\n"
    site = write_site(tmp_path, {"index.md": page})
    assert (extract_site(site).lectures[0].key, extract_site(site).lectures[0].title) == (
        key,
        title,
    )


def test_a_date_line_with_its_room(tmp_path: Path) -> None:
    def lecture(n: int, day: str, room: str) -> str:
        return (
            f"# Lecture {n}: Topic {n}\n\n**Date:** {day}{room}\n\n"
            f"## Readings\n\n- [Paper {n}](https://a.org/{n})\n"
        )

    site = write_site(
        tmp_path,
        {
            "docs/lectures/01-intro.md": lecture(1, "Tue, Jan 20", " · Gates G01"),
            "docs/lectures/02-next.md": lecture(2, "Thu, Jan 22", ""),
        },
    )
    assert [lec.key for lec in extract_site(site).lectures] == ["Tue, Jan 20", "Thu, Jan 22"]


@pytest.mark.parametrize(
    ("title", "page_text", "topic"),
    [
        ("Pretraining (Jon Ito)", "Instructor: Ana Lee · Co-instructor: Jon Ito", "Pretraining"),
        ("Attention — Ana Lee", "Instructor: Ana Lee · Co-instructor: Jon Ito", "Attention"),
        # a sentence's period ends a name: "TAs" is the next label
        ("Pretraining (Jon Ito)", "Instructor: Ana Lee. TAs: Jon Ito, Raj Patel.", "Pretraining"),
        # not a person the site names so: a word of the topic
        ("Transformers (Deep Learning)", "Instructor: Ana Lee", "Transformers (Deep Learning)"),
        ("Attention — Ana Lee", "Ana Lee teaches this course.", "Attention — Ana Lee"),
    ],
)
def test_a_closing_part_naming_a_known_presenter(title: str, page_text: str, topic: str) -> None:
    assert classify.without_presenter_leads([title], page_text) == [topic]
