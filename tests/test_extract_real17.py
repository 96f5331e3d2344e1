"""Rules the real17 blind round showed: a badge closing an item, a ``<details>`` box in a
table cell, a card that bounds its lecture, a pill's topic before its reading, news."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown


def _html(page: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    got = read_html(page, "index.html", None, LineIndex(page))
    return [(lec.key, lec.title, [(r.text, r.requirement) for r in lec.readings]) for lec in got]


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        (
            '<a href="https://x.org/a">A</a> (Papert, 1966) <span class="badge">optional</span>',
            "optional",
        ),
        ('Canny, <a href="https://x.org/a">A</a>, PAMI 1986 <em>required</em>', "required"),
        ('<a href="https://x.org/a">A</a> (Papert, 1966) optional', None),  # no badge: prose
        ('<a href="https://x.org/a">A</a> <span class="badge">new</span>', None),  # no marker
    ],
)
def test_a_badge_closing_an_item_of_one_link(item: str, requirement: str | None) -> None:
    page = f"<h3>Jan 21: Edges</h3><ul><li>{item}</li></ul>"
    assert _html(page) == [("Jan 21", "Edges", [("A", requirement)])]


def test_a_badge_closing_an_item_of_two_links_says_nothing() -> None:
    page = (
        '<h3>Jan 21: Edges</h3><ul><li><a href="https://x.org/a">A</a>; '
        '<a href="https://x.org/b">B</a> (Papert, 1966) <span class="badge">optional</span>'
        "</li></ul>"
    )
    assert _html(page) == [("Jan 21", "Edges", [("A", None), ("B", None)])]


def test_a_details_box_in_a_table_cell_labels_its_links() -> None:
    cell = (
        '<a href="https://x.org/a">A</a><br>'
        '<details><summary>Optional readings</summary><a href="https://x.org/b">B</a></details>'
    )
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        f"<tr><td>Sep 5</td><td>MDPs</td><td>{cell}</td></tr></table>"
    )
    assert _html(page) == [("Sep 5", "MDPs", [("A", None), ("B", "optional")])]


_CARD = (
    '<div class="card"><div class="card-header"><h5>{date} — {topic}</h5></div>'
    '<div class="card-body"><ul><li><a href="https://x.org/{n}">P{n}</a></li></ul></div></div>'
)


@pytest.mark.parametrize(
    ("after", "links"),
    [
        ('<div class="col-3"><a href="https://x.org/book">Textbook</a></div>', ["P2"]),
        ('<footer><a href="https://x.org/dept">Department home</a></footer>', ["P2"]),
    ],
)
def test_a_card_bounds_its_lecture(after: str, links: list[str]) -> None:
    """A sidebar or a footer after the last card is not that lecture's."""
    cards = _CARD.format(date="Tue Jan 21", topic="Edges", n=1) + _CARD.format(
        date="Thu Jan 23", topic="Corners", n=2
    )
    page = f'<div class="row"><div class="col-9">{cards}</div>{after}</div>'
    got = _html(page)
    assert [key for key, _, _ in got] == ["Tue Jan 21", "Thu Jan 23"]
    assert [text for text, _ in got[-1][2]] == links


def test_a_heading_in_a_wrapper_of_its_own_keeps_what_follows() -> None:
    """``<div><a name="x"></a><h3>Jan 5</h3></div>`` then the list: the list is its."""
    page = (
        '<div><a name="jan5"></a><h3>Jan 5: Intro</h3></div>'
        '<ul><li><a href="https://x.org/a">A</a></li></ul>'
    )
    assert _html(page) == [("Jan 5", "Intro", [("A", None)])]


@pytest.mark.parametrize(
    ("line", "title", "readings"),
    [
        (
            "Paper discussion — [Auto-Encoding Variational Bayes](https://x.org/vae)",
            "Paper discussion",
            ["Auto-Encoding Variational Bayes"],
        ),
        ("Guest Lecture - [Prof. Ada](https://x.org/~ada)", "Guest Lecture - Prof. Ada", []),
        ("[Bayesian Networks](slides/02.pdf)", "Bayesian Networks", []),
    ],
)
def test_a_pill_then_a_topic_set_apart_from_its_reading(
    line: str, title: str, readings: list[str]
) -> None:
    page = f"Jan 17\n: **Discussion**{{: .label .label-green }} {line}\n"
    (got,) = read_markdown(page, "_modules/week-01.md", None)
    assert (got.title, [r.text for r in got.readings]) == (title, readings)


def test_news_items_of_a_theme_are_not_lectures(tmp_path: Path) -> None:
    (tmp_path / "_news").mkdir()
    (tmp_path / "_news" / "a.md").write_text(
        "---\ndate: 2024-08-20\n---\nThe [course page](https://x.org/c) is up.\n"
    )
    (tmp_path / "_news" / "b.md").write_text(
        "---\ndate: 2024-06-02\n---\nSee the [syllabus](https://x.org/s).\n"
    )
    (tmp_path / "index.md").write_text(
        "---\n---\n## Sep 3: Intro\n\n- [A](https://x.org/a)\n\n## Sep 5: More\n\n- [B](https://x.org/b)\n"
    )
    assert [lec.file for lec in extract_site(tmp_path).lectures] == ["index.md", "index.md"]
