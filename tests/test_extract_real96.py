"""Rules from blind rounds real96 and real97 (Pelican week pages, VitePress): a key's
sign whose meaning is left to what the others are, a main paper listed first and its
copies, the course's own key for pages that give none."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import first_legend, later_legend, legend_others, symbol_legends
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


@pytest.mark.parametrize(
    ("key", "sign", "others"),
    [
        ("★ marks the paper we discuss in each session; everything else below is optional "
         "background.", "★", "optional"),
        ("The paper marked ★ is the one we take apart in class, and everyone reads it "
         "beforehand; the others are optional.", "★", "optional"),
        ("Papers with a † are the ones we discuss; the rest are optional.", "†", "optional"),
        ("† flags the paper we discuss; everything else is required.", "†", "required"),
    ],
)  # fmt: skip
def test_a_sign_means_what_the_others_are_not(key: str, sign: str, others: str) -> None:
    signs = symbol_legends(key)
    meaning = "required" if others == "optional" else "optional"
    assert signs == ((sign, meaning),)
    assert legend_others(key, signs) == others


@pytest.mark.parametrize(
    "key",
    [
        "★ marks the paper we discuss in each session. Everything else is optional.",
        "★ marks the paper we discuss in each session.",
    ],
)
def test_a_sign_keeps_no_meaning_without_the_others_in_its_sentence(key: str) -> None:
    assert symbol_legends(key) == ()


@pytest.mark.parametrize(
    ("key", "first", "later"),
    [
        ("Each session has one main paper, listed first, that everyone reads; the others "
         "are optional.", "required", "optional"),
        ("Every week has a core paper given first, which is required. The rest are optional.",
         "required", "optional"),
        ("Each session has one main paper that everyone reads; the others are optional.",
         None, None),
    ],
)  # fmt: skip
def test_a_main_paper_listed_first(key: str, first: str | None, later: str | None) -> None:
    assert (first_legend(key), later_legend(key)) == (first, later)


def test_the_first_papers_copies_are_the_first_paper() -> None:
    page = (
        "Each session has one main paper, listed first, that everyone reads; the others "
        "are optional.\n\n### Tue Mar 4 — QUIC\n\n"
        "- Langley et al. [The QUIC Transport Protocol](https://x.org/quic). SIGCOMM 2017. "
        "([pdf](https://x.org/quic.pdf))\n"
        "- [HTTP/3 explained](https://x.org/h3) ([pdf](https://x.org/h3.pdf))\n"
    )
    (lecture,) = read_markdown(page, "w.md", None)
    assert readings(lecture) == {
        "https://x.org/quic": "required",
        "https://x.org/quic.pdf": "required",
        "https://x.org/h3": "optional",
        "https://x.org/h3.pdf": "optional",
    }


WEEK = "Title: Week {n}\n\n### Tue Jan {n} — Topic {n}\n\n- [A{n}](https://x.org/a{n})\n{extra}"


@pytest.mark.parametrize("info", ["index.md", "README.md", "syllabus.html", "pages/about.md"])
def test_the_courses_key_speaks_for_pages_without_one(tmp_path: Path, info: str) -> None:
    (tmp_path / info).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / info).write_text(
        "# CS 653\n\nEach week has its own page. Unless a paper is marked *optional*, you "
        "are expected to have read it before class.\n"
    )
    (tmp_path / "weeks").mkdir()
    (tmp_path / "weeks" / "week-1.md").write_text(
        WEEK.format(n=1, extra="- [B1](https://x.org/b1) (optional)\n")
    )
    # a page with its own key keeps it: here the key's others are optional
    (tmp_path / "weeks" / "week-2.md").write_text(
        "★ marks the paper we discuss; everything else is optional.\n\n"
        + WEEK.format(n=2, extra="- ★ [C2](https://x.org/c2)\n")
    )
    lectures = extract_site(tmp_path).lectures
    assert [readings(lec) for lec in lectures] == [
        {"https://x.org/a1": "required", "https://x.org/b1": "optional"},
        {"https://x.org/a2": "optional", "https://x.org/c2": "required"},
    ]


def test_a_page_not_named_for_the_course_gives_no_site_key(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text("Unless a paper is marked *optional*, read it.\n")
    (tmp_path / "week-1.md").write_text(WEEK.format(n=1, extra=""))
    (lecture,) = extract_site(tmp_path).lectures
    assert readings(lecture) == {"https://x.org/a1": None}


@pytest.mark.parametrize("folder", ["", "_pages/"])
@pytest.mark.parametrize(
    "marker", ["*optional*", '<span class="badge badge--optional">optional</span>']
)
def test_a_data_files_key_on_a_page_in_any_folder(tmp_path: Path, folder: str, marker: str) -> None:
    (tmp_path / "_config.yml").write_text("include:\n  - _pages\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "lectures.yml").write_text(
        "- date: 2024-08-27\n  title: Intro\n  readings:\n"
        "    - {title: A, url: 'https://x.org/a'}\n"
        "    - {title: B, url: 'https://x.org/b', optional: true}\n"
    )
    (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / folder / "schedule.md").write_text(
        f"---\ntitle: Schedule\n---\n\n**Readings are required unless marked {marker}.**\n\n"
        "{% for lec in site.data.lectures %}{{ lec.title }}{% endfor %}\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": "optional"}


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("Readings are required unless they sit in an Optional or Background tab.",
         (("background:", "optional"),)),
        ("Everything is optional unless it appears under a Discussion or Main heading.",
         (("discussion:", "required"), ("main:", "required"))),
        ("Readings are required unless they sit in a box.", ()),
    ],
)  # fmt: skip
def test_labels_a_key_names_by_exception(key: str, found: tuple[tuple[str, str], ...]) -> None:
    assert tuple(sorted(symbol_legends(key))) == found
