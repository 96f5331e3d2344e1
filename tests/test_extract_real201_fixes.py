"""Rules from fixing the real201–real203 known limitations: a heading over a ``Dates:``
line of a range, a calendar of days whose events carry the topic and links, and a key
naming the label links open with."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

A = "https://doi.org/10.1145/138859.138861"
B = "https://nlp.stanford.edu/IR-book/pdf/06vect.pdf"
C = "https://arxiv.org/abs/2004.04906"
D = "https://lamport.azurewebsites.net/pubs/time-clocks.pdf"

OUTLINE = f"""# Course outline

Core readings are required. Further readings are optional.

## Module 1: Introduction to IR

Dates: Jan 13 – Jan 17

Core readings
- [Information filtering]({A})

## Module 2: Term weighting

Dates: Jan 20 – Jan 24 (no class Mon Jan 20)

Further readings
- [IIR ch. 6]({B})

## Reading week

Dates: Feb 17 – Feb 21

No classes.
"""


def test_a_module_heading_over_a_dates_line_of_a_range(tmp_path: Path) -> None:
    """The range (and a remark in brackets after it) keys the entry; the heading names
    it; a heading with no session label over its Dates line is an entry too."""
    site = write_site(tmp_path, {"OUTLINE.md": OUTLINE})
    assert [(lec.key, lec.title) for lec in extract_site(site).lectures] == [
        ("Jan 13 – Jan 17", "Introduction to IR"),
        ("Jan 20 – Jan 24", "Term weighting"),
        ("Feb 17 – Feb 21", "Reading week"),
    ]
    assert keyed_readings(site) == [
        ("Jan 13 – Jan 17", A, "required"),
        ("Jan 20 – Jan 24", B, "optional"),
    ]


CALENDAR = {
    "_config.yml": "title: CSE 452\n",
    "schedule.md": (
        "---\nlayout: page\ntitle: Calendar\n---\n\nLinks starting with *Reading:* are "
        "required. Links starting with *Optional reading:* are for the curious.\n\n"
        "{% for week in site.data.schedule %}{% for day in week.days %}<h3>{{ day.date }}</h3>"
        "{% for event in day.events %}<span>{{ event.name }}</span>{% for link in event.links %}"
        '<a href="{{ link.url }}">{{ link.text }}</a>{% endfor %}{% endfor %}{% endfor %}'
        "{% endfor %}\n"
    ),
    "_data/schedule.yml": f"""- title: Week 1
  days:
    - date: Mon Jan 6
      events:
        - name: "Lecture 1: Introduction"
          type: lecture
          links:
            - text: Slides
              url: /slides/01.pdf
            - text: "Reading: A Note on Distributed Computing"
              url: {A}
            - text: "Optional reading: IIR ch. 6"
              url: {B}
    - date: Fri Jan 10
      events:
        - name: Lab 0 due
          type: due
- title: Week 2
  days:
    - date: Mon Jan 13
      events:
        - name: "Lecture 2: Clocks"
          type: lecture
          links:
            - text: "Reading: Time, Clocks"
              url: {D}
""",
}


def test_a_calendar_of_days_whose_events_hold_the_topic_and_links(tmp_path: Path) -> None:
    """A day record of no title reads its events: the first names it, their links are
    its readings, and the key's "Links starting with Reading:" marks them."""
    site = write_site(tmp_path, CALENDAR)
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Mon Jan 6", "Introduction"),
        ("Fri Jan 10", "Lab 0 due"),
        ("Mon Jan 13", "Clocks"),
    ]
    assert [r.title for r in lectures[0].readings] == [
        "A Note on Distributed Computing",
        "IIR ch. 6",
    ]
    assert keyed_readings(site) == [
        ("Mon Jan 6", A, "required"),
        ("Mon Jan 6", B, "optional"),
        ("Mon Jan 13", D, "required"),
    ]


def test_a_record_of_no_topic_listing_papers_is_no_calendar_day(tmp_path: Path) -> None:
    """``papers: [{title, url}]`` under a date with no topic are the session's readings,
    not events: the record's title is not the first paper's field merged in."""
    site = write_site(
        tmp_path,
        {
            "_data/sessions.yml": (
                "- date: 2025-02-05\n  papers:\n    - title: PipeDream\n"
                "      doi: 10.1145/3341301.3359646\n"
                f"- date: 2025-02-12\n  topic: Clocks\n  papers:\n    - title: Time\n"
                f"      url: {D}\n"
            ),
        },
    )
    assert [len(lec.readings) for lec in extract_site(site).lectures] == [1, 1]


def test_a_key_naming_the_label_links_open_with_in_markdown(tmp_path: Path) -> None:
    """``[Reading: A](u)`` where the key says links starting with *Reading:* are
    required: the label marks the link and is no word of its title."""
    page = (
        "Links starting with *Reading:* are required.\n\n## Jan 5\n\n"
        f"* [Reading: A Note on Distributed Computing]({A})\n* [Slides](slides/01.pdf)\n"
    )
    site = write_site(tmp_path, {"index.md": page})
    (lecture,) = extract_site(site).lectures
    assert [(r.title, r.requirement) for r in lecture.readings] == [
        ("A Note on Distributed Computing", "required")
    ]


PANES = f"""<html><body><div class="tab-content">
<div class="tab-pane fade" id="w1" role="tabpanel">
  <p class="text-muted"><i class="bi bi-calendar-event"></i> Tue, Jan 14</p>
  <h4>Routing &amp; BGP</h4>
  <div class="list-group">
    <a href="{A}" class="list-group-item">
      Information filtering
      <span class="badge bg-danger rounded-pill">required</span>
    </a>
    <a href="{B}" class="list-group-item">IIR ch. 6 <span class="badge">Optional</span></a>
    <a href="slides/w1.pdf" class="list-group-item"><i class="bi bi-slides"></i> Slides</a>
  </div>
</div>
<div class="tab-pane fade" id="w2" role="tabpanel">
  <p class="text-muted"><i class="bi bi-calendar-event"></i> Tue, Jan 21</p>
  <h4>No class</h4>
</div>
<div class="tab-pane fade" id="w3" role="tabpanel">
  <p class="text-muted"><i class="bi bi-calendar-event"></i> Tue, Jan 28</p>
  <h4>Transport</h4>
  <div class="list-group"><a href="{C}" class="list-group-item">Dense Passage Retrieval</a></div>
</div>
</div></body></html>
"""


def test_a_date_line_over_a_heading_and_badges_inside_links(tmp_path: Path) -> None:
    """A date paragraph (an icon before it) is the entry, the heading right below it its
    title; a badge closing a link's text tags the link and is no word of its title."""
    site = write_site(tmp_path, {"index.html": PANES})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Tue, Jan 14", "Routing &amp; BGP"),
        ("Tue, Jan 21", "No class"),
        ("Tue, Jan 28", "Transport"),
    ]
    assert [(r.title, r.requirement) for r in lectures[0].readings] == [
        ("Information filtering", "required"),
        ("IIR ch. 6", "optional"),
    ]
    assert [r.link for r in lectures[2].readings] == [C]


def _week(title: str, date: str, stretch: str = "") -> str:
    extra = f"\n### Stretch\n\n- [ ] [Stretch paper]({stretch})\n" if stretch else ""
    return (
        f"# {title}\n\n**Date:** {date} · Gates 114\n\n## Readings\n\n"
        f"- [ ] [Paper of {title.split(':')[0]}](https://doi.org/10.1145/{len(title)}.{len(date)})\n"
        f"{extra}\n## Slides\n\n[Slides](slides.pdf)\n"
    )


def test_a_sub_heading_of_the_readings_and_the_home_key_naming_both(tmp_path: Path) -> None:
    """``### Stretch`` under ``## Readings`` is a part of the readings (its links kept),
    and the home README's key ("Everything under **Readings** is required. Items under
    **Stretch** are optional") reaches each week page, with a Stretch part or not."""
    home = (
        "# Methods in HCI\n\nEverything under **Readings** is required before that week's "
        "seminar. Items under **Stretch** are optional.\n\n- [Week 1](week01/README.md)\n"
    )
    site = write_site(
        tmp_path,
        {
            "README.md": home,
            "week01/README.md": _week("Week 1: Research", "Tue, Jan 13", stretch=C),
            "week02/README.md": _week("Week 2: Questions", "Tue, Jan 20"),
        },
    )
    found = keyed_readings(site)
    assert [(key, req) for key, _, req in found] == [
        ("Tue, Jan 13", "required"),
        ("Tue, Jan 13", "optional"),
        ("Tue, Jan 20", "required"),
    ]
    assert found[1][1] == C


def test_a_page_listing_its_readings_names_no_label_readings(tmp_path: Path) -> None:
    """ "Each lecture page lists its readings. Required readings should be done before
    class": the noun, not a label the sentence after keys; ``## Readings`` unmarked."""
    home = (
        "# Recommender systems\n\nEach lecture page lists its readings.\n"
        "  Required readings should be done **before** class.\n"
    )
    lecture = (
        "---\ntitle: Sequential models\ndate: 2025-09-29\n---\n\n## Readings\n\n"
        f"- [SASRec]({C})\n- *Optional:* [GRU4Rec]({A})\n"
    )
    site = write_site(tmp_path, {"index.md": home, "_lectures/08.md": lecture})
    assert [req for _, _, req in keyed_readings(site)] == [None, "optional"]


def test_a_sphinx_projects_source_folder_under_its_html_baseurl(tmp_path: Path) -> None:
    """``docs/conf.py``: the pages of ``docs/`` are served at ``html_baseurl``, each at
    its own path, so a relative href resolves from the page's folder there."""
    site = write_site(
        tmp_path,
        {
            "README.md": "# CS 6410\n\nBuild with `make -C docs html`.\n",
            "docs/conf.py": (
                'project = "CS 6410"\nextensions = ["myst_parser"]\n'
                'html_baseurl = "https://dsys.github.io/cs6410/"\n'
            ),
            "docs/lectures/lec02.md": (
                "---\ndate: 2025-01-23\n---\n\n# Snapshots\n\n## Readings\n\n"
                "- [Distributed Snapshots](../_static/papers/chandy-lamport85.pdf)\n"
            ),
        },
    )
    (lecture,) = extract_site(site).lectures
    assert [r.link for r in lecture.readings] == [
        "https://dsys.github.io/cs6410/_static/papers/chandy-lamport85.pdf"
    ]


def test_a_link_to_the_sites_announcement_is_no_reading(tmp_path: Path) -> None:
    """ "(see the [announcement](/posts/midterm-info/))": a page of the course's site."""
    page = (
        f"## Feb 24: Column stores\n\n1. [C-Store]({A})\n\nReminder: the midterm is next "
        "Monday (see the [announcement](/posts/midterm-info/)).\n"
    )
    site = write_site(tmp_path, {"index.md": page})
    assert [link for _, link, _ in keyed_readings(site)] == [A]


DAYS = """<html><body><div class="week"><h3>Week 1</h3><dl class="days">
<dt>Tue Jan 21</dt>
<dd><b>Introduction &amp; the relational model</b><br>
Read: <cite>A Relational Model of Data</cite> (<a href="https://dl.acm.org/doi/10.1145/362384.362685">PDF</a>)</dd>
<dt>Thu Jan 23</dt>
<dd><b>What goes around</b><br>
Read: <cite>What Goes Around Comes Around... And Around...</cite> (<a href="s.pdf">PDF</a>)</dd>
<dt>Thu Feb 13</dt>
<dd><b>Midterm</b> (in class, closed book)</dd>
</dl></div></body></html>
"""


def test_a_dl_of_days_titles_keep_entities_and_a_citations_ellipsis(tmp_path: Path) -> None:
    """A definition's bold line keeps its entities as written (and the remark after it,
    as a heading's title does); a citation's closing ellipsis is a word of its title."""
    site = write_site(tmp_path, {"index.html": DAYS})
    lectures = extract_site(site).lectures
    assert [lec.title for lec in lectures] == [
        "Introduction &amp; the relational model",
        "What goes around",
        "Midterm (in class, closed book)",
    ]
    assert [r.title for r in lectures[1].readings] == [
        "What Goes Around Comes Around... And Around..."
    ]


def test_a_copy_in_brackets_after_a_venue_with_its_issue(tmp_path: Path) -> None:
    """``<a>Title</a>. <em>Proc. ACM HCI</em> 5(CSCW1). [<a>arXiv</a>]``: the arXiv
    link is the paper's copy, titled by it, not by the venue."""
    page = (
        "<h3>Tue Feb 4</h3><ul><li>Bandy, J. (2021). "
        f'<a href="{A}">More Accounts, Fewer Links</a>. <em>Proc. ACM HCI</em> 5(CSCW1). '
        f'[<a href="{C}">arXiv</a>]</li></ul>\n'
    )
    site = write_site(tmp_path, {"index.html": page})
    (lecture,) = extract_site(site).lectures
    assert [r.title for r in lecture.readings] == ["More Accounts, Fewer Links"] * 2


def test_mdbook_includes_the_file_it_names_inside_the_site_only(tmp_path: Path) -> None:
    """``{{#include shared/x.md}}`` is the shared file's text (its lines or anchor too);
    one outside the site, or a FIFO, includes nothing and never blocks."""
    outside = tmp_path / "secret.md"
    outside.write_text(f"- [Secret]({D})\n")
    week = (
        "# Week 1\n\n## Jan 13\n\n### Readings\n\n- [Own](https://a.org/own.pdf)\n"
        "{{#include shared/refresher.md}}\n{{#include shared/refresher.md:extra}}\n"
        "{{#include ../../secret.md}}\n{{#include shared/pipe.md}}\n"
    )
    site = write_site(
        tmp_path / "site",
        {
            "book.toml": '[book]\ntitle = "ML"\nsrc = "src"\n',
            "src/SUMMARY.md": "- [Week 1](week01.md)\n",
            "src/week01.md": week,
            "src/shared/refresher.md": (
                f"- [Refresher]({A})\n<!-- ANCHOR: extra -->\n- [Extra]({B})\n"
                "<!-- ANCHOR_END: extra -->\n"
            ),
        },
    )
    os.mkfifo(site / "src" / "shared" / "pipe.md")
    found = [link for _, link, _ in keyed_readings(site)]
    assert found == ["https://a.org/own.pdf", A, B, B]


def test_mdbook_includes_take_in_a_bounded_amount(tmp_path: Path) -> None:
    """A page that includes a large file a thousand times (or a file that includes
    itself) takes in at most 2 MiB: no include bomb."""
    from readlist.extract import page

    (tmp_path / "big.md").write_text("- [A](https://x.org/a)\n" * 20_000)
    (tmp_path / "self.md").write_text("{{#include self.md}}\n{{#include self.md}}\nx\n")
    expanded = page.mdbook_includes("{{#include big.md}}\n" * 1000, tmp_path, tmp_path)
    assert 0 < len(expanded) <= 2 * 1024 * 1024 + 20 * 1000
    assert len(page.mdbook_includes("{{#include self.md}}", tmp_path, tmp_path)) < 1000


@pytest.mark.parametrize(
    ("title", "trimmed"),
    [
        (
            "What Goes Around Comes Around... And Around...",
            "What Goes Around Comes Around... And Around...",
        ),
        ("Introduction.", "Introduction"),
        (": Intro ...", "Intro"),  # dots after a space: no word's ellipsis
    ],
)
def test_a_titles_closing_ellipsis_is_a_word_of_it(title: str, trimmed: str) -> None:
    from readlist.extract import classify

    assert classify.trim_title(title) == trimmed
