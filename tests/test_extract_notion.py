"""A Notion workspace exported as Markdown & CSV: pages dated by their Date property,
each property a line of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site, notion

PAGE = """# Lecture 3: Stronger attacks

Date: January 16, 2024
Status: Done
Readings: Towards Evaluating Robustness (https://arxiv.org/abs/1608.04644), Obfuscated Gradients (https://arxiv.org/abs/1802.00420)
Optional: On Evaluating Adversarial Robustness (https://arxiv.org/abs/1902.06705)
Slides: https://docs.google.com/presentation/d/1Zt/edit

<details>
<summary>More if you're curious</summary>

- [A list of papers](https://x.org/list)

</details>
"""
ID = "6425c7d4af8b8e76f6c31abf21e60e03"


def test_a_notion_page_is_dated_by_its_property(tmp_path: Path) -> None:
    folder = tmp_path / f"Schedule {ID[::-1]}"
    folder.mkdir()
    (folder / f"Lecture 3 Stronger attacks {ID}.md").write_text(PAGE)
    (folder / f"Midterm exam {ID[1:]}0.md").write_text(
        "# Midterm exam\n\nDate: February 13, 2024 11:45 AM (EST)\nType: Exam\n"
    )
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("January 16, 2024", "Stronger attacks"),
        ("February 13, 2024", "Midterm exam"),
    ]
    assert {r.url: r.requirement for r in lectures[0].readings} == {
        "https://arxiv.org/abs/1608.04644": None,
        "https://arxiv.org/abs/1802.00420": None,
        "https://arxiv.org/abs/1902.06705": "optional",
        "https://x.org/list": "optional",
    }


@pytest.mark.parametrize(
    ("stem", "exported"),
    [
        (f"Lecture 3 Stronger attacks {ID}", True),
        ("Lecture 3 Stronger attacks", False),
        (f"Lecture 3 {ID[:20]}", False),
    ],
)
def test_a_notion_page_is_told_by_its_id(stem: str, exported: bool) -> None:
    assert notion.exported(stem) is exported


def test_properties_are_the_lines_under_the_title() -> None:
    assert notion.properties(PAGE) == {
        "date": "January 16, 2024",
        "status": "Done",
        "readings": PAGE.split("Readings: ", 1)[1].split("\n", 1)[0],
        "optional": PAGE.split("Optional: ", 1)[1].split("\n", 1)[0],
        "slides": "https://docs.google.com/presentation/d/1Zt/edit",
    }
    assert notion.page_meta(PAGE) == {"date": "January 16, 2024"}
    assert notion.page_meta("# Notes\n\nStatus: Done\n") is None
    assert notion.properties("Intro\n\nDate: Jan 5\n") == {}  # no title over them
    lines = notion.with_property_lines(PAGE).split("\n")
    assert lines[2].endswith("  ") and lines[5].endswith("  ") and not lines[6].endswith(" ")
    assert len(lines) == len(PAGE.split("\n"))


def test_pages_are_listed_by_number_or_by_date(tmp_path: Path) -> None:
    for name, date in [
        ("Lecture 10 Watermarks", "February 8, 2024"),
        ("Lecture 2 Evasion", "January 11, 2024"),
        ("Midterm exam", "January 30, 2024"),
        ("Lecture 9 Poisoning", "January 25, 2024"),
    ]:
        (tmp_path / f"{name} {ID}.md").write_text(
            f"# {name}\n\nDate: {date}\n\n- [A](https://x.org/{name.split()[-1]})\n"
        )
    # unnumbered names: by date
    assert [lec.key for lec in extract_site(tmp_path).lectures] == [
        "January 11, 2024",
        "January 25, 2024",
        "January 30, 2024",
        "February 8, 2024",
    ]


def test_numbered_files_keep_their_numbers_order(tmp_path: Path) -> None:
    (tmp_path / "lectures").mkdir()
    for name, date in [("10-c", "2025-09-10"), ("2-b", "2025-09-01"), ("1-a", "2025-09-03")]:
        (tmp_path / "lectures" / f"{name}.md").write_text(
            f"---\ndate: {date}\n---\n\n- [A](https://x.org/{name})\n"
        )
    files = [lec.file for lec in extract_site(tmp_path).lectures]
    assert files == ["lectures/1-a.md", "lectures/2-b.md", "lectures/10-c.md"]
