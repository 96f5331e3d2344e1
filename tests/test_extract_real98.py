"""Rules from blind rounds real96–real98 (Pelican week pages, Quartz notes, VitePress,
Blackboard, Webflow): a key said of what is listed under a class, a copy in a bracket
after its venue, a page's footer, a marker after a citation's period, a note's tag, what
falls due, week pages without readings, badges beside a heading's topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.reader import legend_others, symbol_legends
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


def markdown(page: str) -> list[Lecture]:
    return read_markdown(page, "s.md", None)


def html(page: str) -> list[Lecture]:
    return read_html(page, "s.html", None, LineIndex(page))


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("Everything listed under a class is required unless it carries the optional tag.",
         "required"),
        ("Papers listed for each session are required unless they have an optional badge.",
         "required"),
        ("All readings are required unless it bears the optional label.", "required"),
        ("Everything listed under a class is required.", "required"),
        ("Everything listed is required unless it carries a tag.", None),
    ],
)  # fmt: skip
def test_a_key_for_what_is_listed_under_a_class(key: str, others: str | None) -> None:
    assert legend_others(key, symbol_legends(key)) == others


@pytest.mark.parametrize(
    ("after", "title"),
    [
        ("(CSCW 2017; also on <a href='https://x.org/copy'>arXiv</a>)", "Anyone Can Troll"),
        ("(Proc. CSCW 2017; see <a href='https://x.org/copy'>arXiv</a>)", "Anyone Can Troll"),
    ],
)
def test_a_copy_in_a_bracket_after_its_venue(after: str, title: str) -> None:
    page = f"<h3>Feb 11</h3><p>Cheng, <a href='https://x.org/a'>Anyone Can Troll</a> {after}</p>"
    (lecture,) = html(page)
    got = {r.url: r.title for r in lecture.readings}
    assert got["https://x.org/copy"].lower() == title.lower()


@pytest.mark.parametrize("chrome", ["footer", "nav", "div class='footer'", "div id='footer'"])
def test_a_pages_footer_is_not_the_course(chrome: str) -> None:
    tag = chrome.split()[0]
    page = (
        "<body><h3>Feb 27</h3><p><a href='https://x.org/a'>A Study</a></p>"
        f"<{chrome}><a href='https://dept.example.edu/'>Information Science</a></{tag}></body>"
    )
    (lecture,) = html(page)
    assert readings(lecture) == {"https://x.org/a": None}


@pytest.mark.parametrize(
    ("item", "found"),
    [
        ("Kairouz (2021). [A](https://x.org/a). [optional – sections 1 and 4 only]", "optional"),
        ("Kairouz (2021). [A](https://x.org/a). (required)", "required"),
        ("[A](https://x.org/a) #optional", "optional"),
        ("[A](https://x.org/a) #required", "required"),
        ("[A](https://x.org/a) #optionality", None),
        ("[A](https://x.org/a). See the notes.", None),
    ],
)
def test_a_marker_after_a_citations_period_or_a_tag(item: str, found: str | None) -> None:
    (lecture,) = markdown(f"## Jan 5: X\n\n- {item}\n- [B](https://x.org/b)\n")
    assert readings(lecture) == {"https://x.org/a": found, "https://x.org/b": None}


def test_the_tag_of_a_link_outranks_its_box() -> None:
    page = (
        "## Jan 5: X\n\n**Required**\n\n- [A](https://x.org/a)\n- [B](https://x.org/b) #optional\n"
    )
    (lecture,) = markdown(page)
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


@pytest.mark.parametrize("verb", ["is due", "are due", "is now due"])
def test_what_falls_due_is_no_reading(verb: str) -> None:
    page = (
        f"## Jan 5: X\n\n- [A](https://x.org/a)\n\n[A1: Tokenizers](https://x.org/hw) {verb} Fri.\n"
    )
    (lecture,) = markdown(page)
    assert list(readings(lecture)) == ["https://x.org/a"]


def test_a_week_page_without_readings_is_one_of_the_series(tmp_path: Path) -> None:
    pages = tmp_path / "content" / "pages"
    pages.mkdir(parents=True)
    for n in (4, 6):
        (pages / f"week-0{n}.md").write_text(
            f"Title: Week {n}\n\n### Tue Feb {n} — Topic {n}\n\n- [A{n}](https://x.org/a{n})\n"
            f"\n### Thu Feb {n + 2} — More {n}\n\n- [B{n}](https://x.org/b{n})\n"
        )
    (pages / "week-05.md").write_text(
        "Title: Week 5\n\n### Tue Feb 18 — No class\n\nNone.\n\n### Thu Feb 20 — Midterm\n"
    )
    (pages / "notes-1.md").write_text("### Tue Feb 18 — Office hours moved\n")
    keys = [lec.key for lec in extract_site(tmp_path).lectures]
    assert keys == ["Tue Feb 4", "Thu Feb 6", "Tue Feb 18", "Thu Feb 20", "Tue Feb 6", "Thu Feb 8"]


@pytest.mark.parametrize(
    ("badge", "title"),
    [
        ('<span class="badge">guest</span>', "Serving LLMs"),
        ('<span class="label label-info">new</span>', "Serving LLMs"),
        ('<span class="badge">Lab 3</span>', "Serving LLMs Lab 3"),
    ],
)
def test_a_badge_ending_a_heading_is_no_topic(badge: str, title: str) -> None:
    page = f"<h3>Tue Feb 6 — Serving LLMs {badge}</h3><ul><li><a href='https://x.org/a'>A</a></li></ul>"
    (lecture,) = html(page)
    assert lecture.title == title
