"""Rules the real18 blind round showed: a spreadsheet row per reading, a page that is
one dated entry, an index table matched by titles, a mark after a venue, a citation
that starts like course business."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.yamldata import read_yaml

_CSV = (
    "date,topic,reading_title,reading_url,optional\n"
    "Tue Jan 14,Intro,A Study,https://x.org/a,\n"
    "Tue Jan 14,,B Study,https://x.org/b,yes\n"
    "Thu Jan 16,Search,C Study,https://x.org/c,\n"
    "Thu Jan 16,Search,D Study,https://x.org/d,no\n"
    "Tue Jan 21,No class,,,\n"
    "Tue Jan 21,Section: search by hand,E Study,https://x.org/e,\n"
)


def test_a_spreadsheet_row_per_reading_is_one_session_per_day() -> None:
    """Rows of one date, the later untitled or titled alike, are one session; the row's
    own flag is its reading's; a second title on the same day is a session of its own."""
    got = [
        (lec.key, lec.title, [(r.text, r.requirement) for r in lec.readings])
        for lec in read_yaml(_CSV, "_data/schedule.csv", None, ".csv")
    ]
    assert got == [
        ("Tue Jan 14", "Intro", [("A Study", None), ("B Study", "optional")]),
        ("Thu Jan 16", "Search", [("C Study", None), ("D Study", None)]),
        ("Tue Jan 21", "No class", []),
        ("Tue Jan 21", "Section: search by hand", [("E Study", None)]),
    ]


@pytest.mark.parametrize(
    ("columns", "text"),
    [
        ("reading_title,reading_url", "A Study"),
        ("paper_name,paper_link", "A Study"),
        ("reading_text,reading_href", "A Study"),
        ("title,url", None),  # the record's own title and page: no reading column
    ],
)
def test_a_text_column_and_its_url_column(columns: str, text: str | None) -> None:
    csv = f"date,topic,{columns}\nTue Jan 14,Intro,A Study,https://x.org/a\n"
    (lecture,) = read_yaml(csv, "_data/s.csv", None, ".csv")
    assert [r.text for r in lecture.readings] == ([text] if text else [])


def _pages(root: Path, pages: dict[str, str]) -> list[tuple[str, str, str, int]]:
    for name, text in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return [
        (lec.file, lec.key, lec.title, len(lec.readings)) for lec in extract_site(root).lectures
    ]


def _lecture_page(n: int, heading: bool = True) -> str:
    head = f"# Lecture {n}: Topic {chr(64 + n)}\n\n" if heading else ""
    return (
        f"---\ntitle: 'Lecture {n}: Short {chr(64 + n)}'\n---\n\n"
        f"{head}**Date:** Tue, Jan {n + 10}\n\n"
        f"## Required reading\n\n- [Paper {n}](https://x.org/{n})\n"
    )


def test_pages_dated_by_a_date_line_are_one_lecture_each(tmp_path: Path) -> None:
    got = _pages(
        tmp_path,
        {
            "docs/lectures/lecture-01.md": _lecture_page(1),
            "docs/lectures/lecture-02.md": _lecture_page(2, heading=False),
            "docs/lectures/lecture-03.md": _lecture_page(3),
        },
    )
    assert got == [
        ("docs/lectures/lecture-01.md", "Tue, Jan 11", "Topic A", 1),
        ("docs/lectures/lecture-02.md", "Tue, Jan 12", "Short B", 1),  # front matter titles it
        ("docs/lectures/lecture-03.md", "Tue, Jan 13", "Topic C", 1),
    ]


def test_a_table_of_the_titles_of_week_pages_is_their_index(tmp_path: Path) -> None:
    table = "| Week | Dates | Topic |\n|---|---|---|\n" + "".join(
        f"| {n} | Jan {n}–{n + 4} | [Topic {chr(64 + n)}](lectures/week-0{n}.md) |\n"
        for n in (1, 2, 3)
    )
    weeks = {
        f"docs/lectures/week-0{n}.md": f"# Week {n}: Topic {chr(64 + n)}\n\n- [P{n}](https://x.org/{n})\n"
        for n in (1, 2, 3)
    }
    got = _pages(tmp_path, {"docs/schedule.md": table, **weeks})
    assert [(file, key) for file, key, _, _ in got] == [
        (f"docs/lectures/week-0{n}.md", f"Week {n}") for n in (1, 2, 3)
    ]


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        ("[A](https://x.org/a) (OSDI'20)*", "optional"),
        ("[A](https://x.org/a)*", "optional"),
        ("[A](https://x.org/a) (a venue written at far too great a length here)*", None),
        ("[A](https://x.org/a) (OSDI'20)", None),
    ],
)
def test_a_legend_mark_after_a_venue(tmp_path: Path, item: str, requirement: str | None) -> None:
    page = f"Papers marked with * are optional.\n\n## Jan 5: Intro\n\n- {item}\n"
    (tmp_path / "index.md").write_text(page)
    (lecture,) = extract_site(tmp_path).lectures
    assert [r.requirement for r in lecture.readings] == [requirement]


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("Video Google: A Text Retrieval Approach to Object Matching in Videos, J. Sivic. ", True),
        ("Video of the guest talk: ", False),
        ("Presenters: Alice Smith and Bob Jones, ", False),
        ("Video: " + "x" * 58 + " ", False),  # 60 characters after the colon
        ("Video: " + "x" * 59 + " ", True),  # 61
    ],
)
def test_a_citation_that_starts_like_business(context: str, reading: bool) -> None:
    assert classify.is_reading("[pdf]", "https://x.org/a.pdf", context) is reading


@pytest.mark.parametrize(
    "note", ["No reading.", "No assigned reading.", "No new reading this week.", "No readings."]
)
def test_no_reading_notes(note: str) -> None:
    assert not classify.is_reading("Project milestone 1", "https://x.org/m1.html", f"{note} See ")


@pytest.mark.parametrize(
    ("legend", "sign"),
    [
        ("† optional reading. Textbook numbers are sections.", ("†", "optional")),
        ("* Optional", ("*", "optional")),
        ("‡ required papers; the rest are optional", ("‡", "required")),
        ("† optionally, the second edition", None),  # a sentence, not a key
    ],
)
def test_a_sign_keyed_on_its_own(legend: str, sign: tuple[str, str] | None) -> None:
    from readlist.extract.reader import symbol_legend

    assert symbol_legend(legend) == sign


_REMARK = "read the whole of chapters one to four, then five to eight, then nine to twelve ok"


@pytest.mark.parametrize(
    ("after", "requirement"),
    [
        (" (optional; chapters 1–2)", "optional"),
        (" (optional, pp. 3-9)", "optional"),
        (" (optional; read the whole of chapters one to four)", "optional"),
        (" (optional, a critical look at how pruning papers are evaluated)", "optional"),
        # a remark of 81 characters at most
        (f" (optional; {_REMARK[:81]})", "optional"),
        (f" (optional; {_REMARK[:82]})", None),
    ],
)
def test_a_marker_with_a_qualifier(after: str, requirement: str | None) -> None:
    assert classify.suffix_requirement(after) == requirement


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("Thu 1/29 Guest lecture: Fuzzing at scale — ", False),  # the entry's date first
        ("Guest lecture: Fuzzing at scale — ", False),
        ("Thu 1/29 Fuzzing at scale — ", True),
    ],
)
def test_a_business_clause_after_the_entrys_date(context: str, reading: bool) -> None:
    assert classify.is_reading("Sam Whitaker", "https://sam.dev", context) is reading


@pytest.mark.parametrize(
    ("target", "base", "url"),
    [
        ('ref "notes/lec01.md"', "https://x.app", "https://x.app/notes/lec01/"),
        ('relref "notes/lec04.md"', "https://x.app/course", "/course/notes/lec04/"),
        ('ref "notes/_index.md"', "https://x.app", "https://x.app/notes/"),
        ('ref "/content/a/b/index.md#part"', None, "/a/b/#part"),
    ],
)
def test_hugo_ref_shortcodes_are_permalinks(target: str, base: str | None, url: str) -> None:
    from readlist.extract.markdown import hugo_refs

    assert hugo_refs(f"[A]({{{{< {target} >}}}})", base) == f"[A]({url})"


def test_a_hugo_site_is_resolved_against_its_base_url(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "config.toml").write_text('baseURL = "https://x.netlify.app/"\ntitle = "X"\n')
    (tmp_path / "content" / "schedule.md").write_text(
        "+++\ntitle = 'Schedule'\n+++\n\n## Jan 5: Intro\n\n"
        '- [Potential outcomes]({{< relref "notes/lec01.md" >}})\n- [A](papers/a.pdf)\n'
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.link) for r in lecture.readings] == [
        ("/notes/lec01/", "https://x.netlify.app/notes/lec01/"),
        ("papers/a.pdf", "https://x.netlify.app/papers/a.pdf"),
    ]
