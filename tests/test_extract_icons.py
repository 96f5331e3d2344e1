"""Empty icon elements as signs (the real67 blind round): ``<i class="fa fa-book"></i>``
is a sign named by its icon class, so a key that pairs such icons with words gives the
links right after them a requirement, exactly as a key of characters (``★``) does.
Icons no key names change nothing, and the characters written for icons never show."""

from __future__ import annotations

import re

import pytest

from readlist.extract.html import read_html
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.model import Lecture

A, B = "https://x.org/a", "https://x.org/b"
WRITTEN = re.compile("[\U000f0000-\U000ffffd]")
"""The characters written for icons (``icons.SIGNS``; the module is imported where
its functions are tested, so the rows above run on a reader without it)."""


def _table(legend: str, first: str, second: str, topic: str = "Intro") -> str:
    """A schedule page: *legend* above a table whose one row's readings cell opens its
    two lines with *first* and *second* (icon markup) before links A and B."""
    return (
        f"<main>\n<h1>Schedule</h1>\n<p>{legend}</p>\n<table>\n<thead><tr><th>Date</th>"
        f"<th>Topic</th><th>Readings</th></tr></thead>\n<tbody><tr>\n<td>Sep 8</td>\n"
        f'<td>{topic}</td>\n<td>{first} <a href="{A}">Paper A</a><br>\n'
        f'{second} <a href="{B}">Paper B</a></td>\n</tr></tbody>\n</table>\n</main>'
    )


def _lectures(page: str) -> list[Lecture]:
    return read_html(page, "schedule.html", None, lambda _: 1)


def _requirements(page: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.requirement) for lec in _lectures(page) for r in lec.readings]


def _legend(required: str, optional: str, slides: str, video: str) -> str:
    return (
        f"{required} required reading &middot; {optional} optional, if you want more "
        f"&middot; {slides} slides &middot; {video} lecture video"
    )


FA_BOOK, FA_PLUS = '<i class="fa fa-book"></i>', '<i class="fa fa-plus-circle"></i>'
FA_SLIDES, FA_VIDEO = (
    '<i class="fa fa-file-powerpoint-o"></i>',
    '<i class="fa fa-video-camera"></i>',
)
FA_KEY = _legend(FA_BOOK, FA_PLUS, FA_SLIDES, FA_VIDEO)
BI = {n: f'<i class="bi bi-{n}"></i>' for n in ("journal", "plus-square", "easel", "camera-video")}
BI_KEY = _legend(*BI.values())
MI = {n: f'<span class="material-icons">{n}</span>' for n in ("menu_book", "add", "slideshow")}
MS = '<span class="material-symbols-outlined">videocam</span>'
MI_KEY = _legend(*MI.values(), MS)
PAIR = [("Paper A", "required"), ("Paper B", "optional")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # Font Awesome 4: the key line of icons, each followed by its words
        (_table(FA_KEY, FA_BOOK, FA_PLUS), PAIR),
        (_table(FA_KEY, FA_PLUS, FA_BOOK), [("Paper A", "optional"), ("Paper B", "required")]),
        # Font Awesome 6 with a family and a modifier class, the reading's without them
        (
            _table(
                _legend(
                    '<i class="fa-solid fa-book fa-fw"></i>',
                    '<i class="fa-regular fa-square-plus"></i>',
                    FA_SLIDES,
                    FA_VIDEO,
                ),
                '<i class="fas fa-book" aria-hidden="true"></i>',
                '<i class="far fa-square-plus"></i>',
            ),
            PAIR,
        ),
        # Bootstrap Icons, a <span> in the readings
        (_table(BI_KEY, BI["journal"], '<span class="bi bi-plus-square"></span>'), PAIR),
        # Material icons and symbols: the ligature, the element's text, names the icon
        (_table(MI_KEY, MI["menu_book"], MI["add"]), PAIR),
        # "Key:" with "=": the key of characters' other forms read icons too
        (
            _table(
                'Key: <i class="icon-star"></i> = required, <i class="icon-leaf"></i> = optional',
                '<i class="icon-star"></i>',
                '<i class="icon-leaf"></i>',
            ),
            PAIR,
        ),
    ],
)
def test_an_icon_a_key_names_gives_the_link_after_it_its_requirement(
    page: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _requirements(page) == expected


def test_an_icon_key_in_markdown_reads_its_rendered_html() -> None:
    page = (
        f"{FA_KEY}\n\n## Sep 8: Intro\n\n- {FA_BOOK} [Paper A]({A})\n- {FA_PLUS} [Paper B]({B})\n"
    )
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    assert [(r.text, r.requirement) for lec in lectures for r in lec.readings] == PAIR


@pytest.mark.parametrize(
    "page",
    [
        # no key on the page: icons are decoration
        _table("Readings for each lecture.", FA_BOOK, FA_PLUS),
        # a key of other icons: these are not named
        _table(FA_KEY, '<i class="fa fa-star"></i>', '<i class="fa fa-leaf"></i>'),
        # the slides and video icons a key names without a requirement
        _table(FA_KEY, FA_SLIDES, FA_VIDEO),
        # a key whose words say no requirement
        _table(_legend(FA_BOOK, FA_PLUS, FA_SLIDES, FA_VIDEO), FA_BOOK, FA_PLUS)
        .replace("required reading", "this week")
        .replace("optional, if you want more", "last week"),
        # an icon element with text is no empty icon: no sign
        _table(
            _legend('<i class="fa fa-book">Book</i>', '<i class="fa fa-plus">Plus</i>', "x", "y"),
            '<i class="fa fa-book">Book</i>',
            '<i class="fa fa-plus">Plus</i>',
        ),
    ],
)
def test_an_icon_no_key_names_changes_nothing(page: str) -> None:
    assert [req for _, req in _requirements(page)] == [None, None]


@pytest.mark.parametrize(
    "page",
    [
        # the icon inside the link and in the topic cell
        _table(FA_KEY, "", "", topic=f"{FA_BOOK} Intro {FA_PLUS}").replace(
            '">Paper A', f'">{FA_BOOK} Paper A'
        ),
        _table(FA_KEY, FA_BOOK, FA_PLUS, topic=f"Intro {FA_BOOK}"),
        _table(MI_KEY, MI["menu_book"], MI["add"], topic=f"{MI['add']} Intro"),
    ],
)
def test_the_sign_written_for_an_icon_never_shows(page: str) -> None:
    lectures = _lectures(page)
    shown = [lec.key for lec in lectures] + [lec.title for lec in lectures]
    shown += [r.text for lec in lectures for r in lec.readings]
    shown += [r.title for lec in lectures for r in lec.readings]
    assert lectures and [lec.title for lec in lectures] == ["Intro"]
    assert not any(WRITTEN.search(text) for text in shown), shown
    assert sorted(r.text for lec in lectures for r in lec.readings) == ["Paper A", "Paper B"]


@pytest.mark.parametrize(
    ("classes", "text", "name"),
    [
        ("fa fa-book", "", "fa-book"),
        ("fa-solid fa-book fa-fw", "", "fa-book"),
        ("fa fa-lg fa-book", " ", "fa-book"),
        ("bi bi-journal", "", "bi-journal"),
        ("material-icons", "menu_book", "material-icons:menu_book"),
        ("material-symbols-rounded", " add ", "material-icons:add"),
        ("icon-star", "", "icon-star"),
        ("fa fa-fw", "", None),  # a modifier only: no icon named
        ("fa fa-book", "Book", None),  # text: no empty icon
        ("btn btn-primary", "", None),
        ("material-icons", "<b>", None),
    ],
)
def test_the_icon_an_element_draws(classes: str, text: str, name: str | None) -> None:
    from readlist.extract import icons

    assert icons.icon_name(classes, text) == name
