"""Extraction against hand-checked gold: the shared corpus and the case files.

Each case under ``tests/cases/<name>/`` is data: ``site/`` (the input) and
``expected.json`` (lectures with key, title and readings: text, title, url,
link, requirement; every field hand-written, none taken from readlist's output).
A new trap is a new folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from readlist.extract import extract_site
from readlist.model import Site

HERE = Path(__file__).parent
CASES = sorted(p for p in (HERE / "cases").iterdir() if (p / "expected.json").is_file())
SHARED = HERE.parents[1] / "shared"
CORPUS = sorted(p for p in (SHARED / "corpus").glob("*") if (p / "expected.json").is_file())


def _got(site: Site, detail: bool) -> list[dict[str, Any]]:
    out = []
    for lec in site.lectures:
        readings = []
        for r in lec.readings:
            item: dict[str, Any] = {"text": r.text, "url": r.url, "requirement": r.requirement}
            if detail:
                item.update(title=r.title, link=r.link)
            readings.append(item)
        out.append({"file": lec.file, "key": lec.key, "title": lec.title, "readings": readings})
    return out


DETAIL = ("title", "link")
"""Reading fields every case's expected.json carries (the corpus gold has only text,
url and requirement, so ``test_corpus`` checks those)."""


def _expected(data: dict[str, Any], detail: bool) -> list[dict[str, Any]]:
    """Expected lectures as written in *data*; with *detail*, each reading's title and
    link too (never filled from readlist's own output)."""
    out = []
    for lec in data["lectures"]:
        readings = []
        for r in lec["readings"]:
            item = {"text": r["text"], "url": r["url"], "requirement": r["requirement"]}
            if detail:
                item.update({extra: r[extra] for extra in DETAIL})
            readings.append(item)
        out.append(
            {"file": lec["file"], "key": lec["key"], "title": lec["title"], "readings": readings}
        )
    return out


def _lacking(data: dict[str, Any]) -> list[str]:
    """Readings of an expected.json without a title or link: ``lecture KEY, reading N: link``."""
    return [
        f"lecture {lec['key']!r}, reading {j} ({r.get('text')!r}): {extra}"
        for lec in data["lectures"]
        for j, r in enumerate(lec["readings"])
        for extra in DETAIL
        if extra not in r
    ]


def _case_marks(case: Path) -> list[pytest.MarkDecorator]:
    """A case whose expected.json names a ``known_limitation`` is a strict xfail."""
    reason = json.loads((case / "expected.json").read_text()).get("known_limitation")
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_readings_carry_title_and_link(case: Path) -> None:
    """Every expected reading names its title and link: nothing is taken from readlist."""
    lacking = _lacking(json.loads((case / "expected.json").read_text()))
    assert not lacking, f"{case.name}/expected.json lacks " + "; ".join(lacking)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=_case_marks(c)) for c in CASES])
def test_case(case: Path) -> None:
    data = json.loads((case / "expected.json").read_text())
    assert not _lacking(data), f"{case.name}/expected.json lacks a title or link"
    site = extract_site(case / "site")
    assert _got(site, detail=True) == _expected(data, detail=True)
    assert site.problems == ()


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not beside the checkout")
@pytest.mark.parametrize("course", CORPUS, ids=[c.name for c in CORPUS])
def test_corpus(course: Path) -> None:
    site = extract_site(course / "site")
    data = json.loads((course / "expected.json").read_text())
    assert _got(site, detail=False) == _expected(data, detail=False)
    assert site.problems == ()


def test_relative_links_resolve_against_base_url() -> None:
    site = extract_site(HERE.parent / "examples" / "dsc204a-w24")
    links = {r.url: r.link for lec in site.lectures for r in lec.readings}
    assert links["assets/readings/mapreduce.pdf"] == "/dsc204a-w24/assets/readings/mapreduce.pdf"
    assert links["https://arxiv.org/pdf/2201.12023.pdf"] == "https://arxiv.org/pdf/2201.12023.pdf"


def test_reading_lines_point_at_the_link() -> None:
    site = extract_site(HERE / "cases" / "jtc-basic" / "site")
    source = (HERE / "cases/jtc-basic/site/_modules/week-10.md").read_text().splitlines()
    for lec in site.lectures:
        assert lec.key in source[lec.line - 1]
        for r in lec.readings:
            assert r.url in source[r.line - 1]


def test_four_digit_lecture_numbers_lead_a_dated_heading() -> None:
    """``## Lecture 1000 (Nov 12): X`` is a lecture like ``## Lecture 9 (Nov 12): X``."""
    from readlist.extract.markdown import read_markdown

    page = "## Lecture 1000 (Nov 12): Scaling\n\n- [A](https://arxiv.org/abs/2001.08361)\n"
    (lecture,) = read_markdown(page, "notes.md", None)
    assert (lecture.key, lecture.title, lecture.number) == ("Nov 12", "Scaling", 1000)


_PAPER = "[A](https://arxiv.org/abs/1706.03762)"


@pytest.mark.parametrize(
    ("page", "first"),
    [
        (f"### 📅 Jan 7 — Intro\n\n- {_PAPER}\n\n### 📅 Jan 9 — Tokens\n\n- {_PAPER}\n", "Intro"),
        (f"- 📅 **Tue, Jan 7** · Intro\n  - {_PAPER}\n- 📅 **Thu, Jan 9** · X\n", "Intro"),
        (f"- ➤ Jan 7: Intro {_PAPER}\n- ➤ Jan 9: Tokens {_PAPER}\n", "Intro"),
        (f"- Lecture 3 (Jan 7): Intro\n  - {_PAPER}\n- Lecture 4 (Jan 9): X\n", "Intro"),
    ],
)
def test_symbols_before_the_date_are_not_the_title(page: str, first: str) -> None:
    """An emoji or bullet sign before an entry's date goes with the date; words stay."""
    from readlist.extract.markdown import read_markdown

    assert read_markdown(page, "schedule.md", None)[0].title == first


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Jan 6–10", True),
        ("Week 2 · Jan 13–17", True),
        ("Jan 29 - Feb 2", True),
        ("3/4-3/8", True),
        ("Mar 4 to 8", True),
        ("Jan 6 &ndash; 10", True),
        ("Jan 6", False),
        ("Jan 6 - Intro", False),
        ("Mon 1/20 — No class", False),
    ],
)
def test_a_range_of_days(text: str, spans: bool) -> None:
    from readlist.extract.classify import opens_range

    assert opens_range(text) is spans


def test_a_lone_cell_with_a_range_of_days_groups_rows() -> None:
    """``<td colspan=3>Week 2 · Jan 13–17</td>`` groups sessions; ``Jan 20: No class`` is one."""
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    row = "<tr><td>{}</td><td>{}</td><td>{}</td></tr>"
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        '<tr><td colspan="3">Week 2 · Jan 13–17</td></tr>'
        + row.format("Jan 13", "Intro", '<a href="https://arxiv.org/abs/1706.03762">A</a>')
        + '<tr><td colspan="3">Jan 20: No class</td></tr></table>'
    )
    lectures = read_html(page, "index.html", None, LineIndex(page))
    assert [lec.key for lec in lectures] == ["Jan 13", "Jan 20: No class"]


_TOPICS_MD = (
    "# Seminar\n\n## Logistics\n\nAsk on [Piazza](https://piazza.com/class/x).\n\n"
    "## Transformers\n\n**Required:**\n- [A](https://arxiv.org/abs/1706.03762)\n\n"
    "## Retrieval\n\n- [B](https://arxiv.org/abs/2005.11401)\n"
)
_TOPICS_HTML = (
    "<html><body><h1>Seminar</h1><h2>Logistics</h2><p><a href='https://piazza.com/c'>Piazza</a>"
    "<h2>Transformers</h2><ul><li><b>Required:</b> "
    "<a href='https://arxiv.org/abs/1706.03762'>A</a></ul>"
    "<h2>Retrieval</h2><ul><li><a href='https://arxiv.org/abs/2005.11401'>B</a></ul></body></html>"
)


@pytest.mark.parametrize(
    ("name", "page"), [("README.md", _TOPICS_MD), ("index.html", _TOPICS_HTML)]
)
def test_an_undated_reading_list_is_read_by_topic(tmp_path: Path, name: str, page: str) -> None:
    """No dated entry has readings: each heading over readings is a lecture keyed by it."""
    (tmp_path / name).write_text(page)
    got = [
        (lec.key, lec.title, [(r.text, r.requirement) for r in lec.readings])
        for lec in extract_site(tmp_path).lectures
    ]
    assert got == [
        ("Transformers", "Transformers", [("A", "required")]),
        ("Retrieval", "Retrieval", [("B", None)]),
    ]


@pytest.mark.parametrize(
    ("heading", "lecture"),
    [
        ("Search (Sep 10)", ("Sep 10", "Search")),
        ("Introduction — Sep 5", ("Sep 5", "Introduction")),
        ("Games, Tue 9/12.", ("Tue 9/12", "Games")),
        ("From Sep 5 onwards", ("From Sep 5 onwards", "From Sep 5 onwards")),
        ("Papers of 1/5 and more", ("Papers of 1/5 and more", "Papers of 1/5 and more")),
    ],
)
def test_a_topic_heading_that_ends_with_its_date_is_keyed_by_it(
    tmp_path: Path, heading: str, lecture: tuple[str, str]
) -> None:
    """Headings that end with a date (the date not opening them) over readings: the date
    keys each, the words before it title it."""
    page = f"## {heading}\n\n- [A](https://x.org/a)\n\n## Other\n\n- [B](https://x.org/b)\n"
    (tmp_path / "README.md").write_text(page)
    got = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title) for lec in got][0] == lecture


@pytest.mark.parametrize(("topics", "read"), [(1, 0), (2, 2)])
def test_topics_edge(tmp_path: Path, topics: int, read: int) -> None:
    """One heading over a link is a welcome page; two make a reading list by topic."""
    page = "".join(
        f"## T{i}\n\n- [A{i}](https://arxiv.org/abs/2001.0836{i})\n\n" for i in range(topics)
    )
    (tmp_path / "README.md").write_text(page)
    assert len(extract_site(tmp_path).lectures) == read


def test_topics_are_not_read_beside_dated_readings(tmp_path: Path) -> None:
    dated = "## Jan 7: Intro\n\n- [C](https://arxiv.org/abs/2001.08361)\n\n"
    (tmp_path / "README.md").write_text(dated + _TOPICS_MD)
    assert [lec.key for lec in extract_site(tmp_path).lectures] == ["Jan 7"]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "[ESL §3.4](https://x.org/esl); Tibshirani, The Lasso [[PDF](https://x.org/l.pdf)]",
            "Tibshirani, The Lasso",
        ),
        (
            "Anderson, Scheduler Activations. [[pdf](https://x.org/a.pdf)] [[ps](https://x.org/a.ps)]",
            "Anderson, Scheduler Activations",
        ),
        ("[A Title](https://x.org/a) [[pdf](https://x.org/a.pdf)]", "A Title"),
        (
            "📖 Sennrich et al. 2016, Subword Units [[PDF](https://x.org/s.pdf)]",
            "Sennrich et al. 2016, Subword Units",
        ),
        (
            "Readings: Codd, A Relational Model [pdf](https://x.org/c.pdf)",
            "Codd, A Relational Model",
        ),
        ("[link](https://x.org/d) — DeepMind's version", "DeepMind's version"),
    ],
)
def test_a_generic_link_is_named_by_its_own_words(item: str, title: str) -> None:
    """``[pdf]``, ``[ps]``: the words since the last named link name it, else that link."""
    from readlist.extract.markdown import read_markdown

    (lecture,) = read_markdown(f"## Jan 7: Intro\n\n- {item}\n", "notes.md", None)
    assert lecture.readings[-1].title == title


@pytest.mark.parametrize(
    ("term", "key", "title"),
    [
        ("Jan 5 & 7", "Jan 5 & 7", "Intro"),
        ("Jan 5 and 7", "Jan 5 and 7", "Intro"),
        ("Sep 30 & Oct 2", "Sep 30 & Oct 2", "Intro"),
        ("Jan 5", "Jan 5", "Intro"),
        ("Jan 5: Search", "Jan 5", "Search"),
    ],
)
def test_a_term_for_two_meetings_is_the_key(term: str, key: str, title: str) -> None:
    """``Jan 5 & 7`` (one entry, two meetings) is a date term: the key as written,
    titled by its definition; ``Jan 5: Search`` keeps its own words as the title."""
    from readlist.extract.markdown import read_markdown

    page = f"{term}\n: Intro\n: [A](https://arxiv.org/abs/1706.03762)\n"
    (lecture,) = read_markdown(page, "week.md", None)
    assert (lecture.key, lecture.title) == (key, title)


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("## Jan 5 & 7: Intro", "Jan 5 & 7"),
        ("## Week 1 (Mar 31 & Apr 2): Intro", "Mar 31 & Apr 2"),
        ("## Jan 5: Intro & Overview", "Jan 5"),
    ],
)
def test_a_heading_for_two_meetings_is_keyed_by_both_days(heading: str, key: str) -> None:
    """Like a term for two meetings, the key as written; the title after both days."""
    from readlist.extract.markdown import read_markdown

    page = f"{heading}\n\n- [A](https://arxiv.org/abs/1706.03762)\n"
    (lecture,) = read_markdown(page, "s.md", None)
    assert (lecture.key, lecture.title) == (key, heading.split(": ", 1)[1])


@pytest.mark.parametrize(
    ("before", "requirement"),
    [
        ("Reading: A (required), ", None),  # the marker ends the link before
        ("A (optional); ", None),
        ("A [optional], ", None),
        ("(Optional) ", "optional"),  # a marker that opens the item
        ("A • (Optional) ", "optional"),
        ("A. Optional: ", "optional"),
        ("Reading: A, Optional: ", "optional"),  # a comma opens the next clause
        ("Reading: A, B, ", None),
    ],
)
def test_a_bracketed_marker_after_a_link_does_not_open_the_next(
    before: str, requirement: str | None
) -> None:
    from readlist.extract.classify import prefix_requirement

    assert prefix_requirement(before) == requirement


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("slides, GloVe: Global Vectors for Word Representation, ", True),
        ("Slides for lecture 3: ", False),
        ("Presenters: ", False),
        ("Guest lecture: ", False),
        ("Guest lecture by ", False),
        ("Slides: pdf · Reading: ", True),  # a later label ends the business clause
        ("Presenters: A. Smith, ", False),
    ],
)
def test_a_comma_ends_a_business_clause(context: str, reading: bool) -> None:
    """``[slides](..), [GloVe: Global Vectors](..), [B](..)``: a list, not ``Slides ...:``."""
    from readlist.extract.classify import is_reading

    assert is_reading("word2vec Explained", "https://arxiv.org/abs/1402.3722", context) is reading


_DATA_PAGE = (
    "---\ntitle: Schedule\n---\n{% for lec in site.data.schedule %}\n"
    '<h3>{{ lec.date }}</h3>{% for r in lec.readings %}<a href="HREF">'
    "{{ r.title }}</a>{% endfor %}\n{% endfor %}\n"
)


@pytest.mark.parametrize(
    ("template", "links"),
    [
        (
            "{{ r.url | relative_url }}",
            [
                "https://c.example.edu/fa24/papers/a.pdf",
                "https://c.example.edu/fa24/papers/b.pdf",
                "https://c.example.edu/fa24/papers/c.pdf",
                "https://arxiv.org/abs/1706.03762",
            ],
        ),
        (
            "{{ site.baseurl }}{{ r.url }}",
            [
                "https://c.example.edu/fa24/papers/a.pdf",
                "https://c.example.edu/fa24/papers/b.pdf",
                "https://c.example.edu/fa24/papers/c.pdf",
                "https://arxiv.org/abs/1706.03762",
            ],
        ),
        (
            "{{ r.url }}",  # rendered as written: a site-absolute path is on the host's root
            [
                "https://c.example.edu/papers/a.pdf",
                "https://c.example.edu/fa24/papers/b.pdf",
                "https://c.example.edu/fa24/papers/c.pdf",
                "https://arxiv.org/abs/1706.03762",
            ],
        ),
    ],
)
def test_data_paths_rendered_through_relative_url_lie_under_baseurl(
    tmp_path: Path, template: str, links: list[str]
) -> None:
    """A data file's ``/papers/a.pdf`` rendered by ``{{ r.url | relative_url }}`` is
    served under the baseurl; one that already starts with it, or is relative, or is
    absolute, is unchanged."""
    (tmp_path / "_config.yml").write_text('url: "https://c.example.edu"\nbaseurl: "/fa24"\n')
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "schedule.yml").write_text(
        "- date: Sep 4\n  title: Intro\n  readings:\n"
        "    - {title: A, url: /papers/a.pdf}\n"
        "    - {title: B, url: /fa24/papers/b.pdf}\n"
        "    - {title: C, url: papers/c.pdf}\n"
        "    - {title: D, url: 'https://arxiv.org/abs/1706.03762'}\n"
    )
    (tmp_path / "schedule.html").write_text(_DATA_PAGE.replace("HREF", template))
    site = extract_site(tmp_path)
    (lecture,) = [lec for lec in site.lectures if lec.file == "_data/schedule.yml"]
    assert [r.link for r in lecture.readings] == links


@pytest.mark.parametrize(
    ("text", "requirement"),
    [
        ("Optional reading", "optional"),
        ("Required readings", "required"),
        ("Recommended paper", "optional"),
        ("Reading", None),
        ("Required and optional readings", None),
        ("Optional reading group notes", None),
    ],
)
def test_a_link_text_that_is_a_requirement_label(text: str, requirement: str | None) -> None:
    """``: [Optional reading](..)`` in a Just the Class module: the link says what it is."""
    from readlist.extract.classify import marker_in_text

    assert marker_in_text(text) == requirement


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("**Date:** Tue, Feb 4", "Tue, Feb 4"),
        ("When: Feb 4", "Feb 4"),
        ("*Tue, Feb 4*", "Tue, Feb 4"),
        ("**Due:** Feb 4", "Lecture 5"),  # not the entry's date
        ("Date: Feb 4, in room 101", "Lecture 5"),  # more than the date
    ],
)
def test_a_date_line_with_a_date_label_under_a_lecture_heading(line: str, key: str) -> None:
    """``## Lecture 5: Transformers`` then ``**Date:** Tue, Feb 4``: the entry is keyed by
    the date and named by the heading."""
    from readlist.extract.markdown import read_markdown

    page = f"## Lecture 5: Transformers\n\n{line}\n\n- [A](https://arxiv.org/abs/1706.03762)\n"
    (lecture,) = read_markdown(page, "s.md", None)
    assert (lecture.key, lecture.title) == (key, "Transformers")


@pytest.mark.parametrize(
    ("href", "reading"),
    [
        ("https://d2l.ai/chapter_introduction/index.html", True),  # Dive into Deep Learning
        ("https://d2l.mcmaster.ca/d2l/le/content/1/Home", False),  # a D2L LMS
        ("https://canvas.uw.edu/courses/1/discussion_topics/2", False),
        ("https://mediaspace.illinois.edu/media/t/1_abc", False),
        ("https://lms.ai/a-paper", True),
    ],
)
def test_lms_subdomains_are_on_a_sites_own_domain(href: str, reading: bool) -> None:
    from readlist.extract.classify import is_reading

    assert is_reading("A Study", href) is reading


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("<b>Jan 12.</b> Games. Guest lecture by <a href='https://x.org'>X</a>.", "Games"),
        ("<b>Jan 12.</b> Games. Slides: <a href='s/1.pdf'>pdf</a>", "Games"),
        ("<b>Jan 17</b>: Lab 1 due <a href='https://x.org/a'>A</a>", "Lab 1 due"),
    ],
)
def test_words_naming_the_link_after_a_sentence_are_not_the_title(item: str, title: str) -> None:
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = f"<ul><li>{item}</li><li><b>Jan 14.</b> B <a href='https://x.org/b'>B</a></li></ul>"
    assert read_html(page, "s.html", None, LineIndex(page))[0].title == title


@pytest.mark.parametrize(
    ("heading", "lecture"),
    [
        ("### 1. Introduction (Jan 6)", ("Jan 6", "Introduction")),
        ("### 2.1 Search — Jan 8", ("Jan 8", "Search")),
        ("### 3. Exams", None),  # no date: not an entry
        ("### 2024. A year in review (Jan 6)", None),  # a year, not a section number
    ],
)
def test_a_numbered_heading_that_ends_with_its_date(
    heading: str, lecture: tuple[str, str] | None
) -> None:
    from readlist.extract.markdown import read_markdown

    found = read_markdown(f"{heading}\n\n- [A](https://arxiv.org/abs/1706.03762)\n", "s.md", None)
    assert [(lec.key, lec.title) for lec in found] == ([lecture] if lecture else [])
