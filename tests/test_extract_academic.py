"""An academic's own site that holds a course (academicpages, al-folio): its papers and
talks are not lectures, an older offering of the course is not read, and the pages
beside the one that holds the whole schedule are other courses."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.files import other_offerings

ROWS = "".join(
    f"| {n} | Jan {n + 7} | Topic {n} | [P{n}](https://x.org/{{term}}{n}) |\n" for n in range(1, 9)
)
TABLE = "| Week | Date | Topic | Readings |\n|---|---|---|---|\n" + ROWS


def write(root: Path, name: str, text: str) -> None:
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text)


@pytest.mark.parametrize("folder", ["_publications", "_talks", "publications", "talks"])
def test_an_authors_papers_and_talks_are_not_lectures(tmp_path: Path, folder: str) -> None:
    write(tmp_path, "_config.yml", "collections:\n  teaching:\n    output: true\n")
    write(
        tmp_path,
        "_teaching/2024-spring-cs224.md",
        "---\ndate: 2024-01-08\n---\n\n" + TABLE.format(term="s"),
    )
    for day in ("2020-12-06", "2022-07-17"):
        write(
            tmp_path,
            f"{folder}/{day}-paper.md",
            f"---\ndate: {day}\n---\n\n[Download paper here](https://x.org/{day})\n",
        )
    files = {lec.file for lec in extract_site(tmp_path).lectures}
    assert files == {"_teaching/2024-spring-cs224.md"}


def test_an_older_offering_and_other_courses_beside_the_schedule(tmp_path: Path) -> None:
    write(tmp_path, "_config.yml", "collections:\n  teaching:\n    output: true\n")
    write(
        tmp_path,
        "_teaching/2024-spring-cs224.md",
        "---\ndate: 2024-01-08\n---\n\n" + TABLE.format(term="s"),
    )
    write(
        tmp_path,
        "_teaching/2021-spring-cs224.md",
        "---\ndate: 2021-01-11\n---\n\n" + TABLE.format(term="o"),
    )
    write(
        tmp_path,
        "_teaching/2023-fall-cs101.md",
        "---\ndate: 2023-08-28\n---\n\nSee the [CS 101 course site](https://cs101.example.edu/).\n",
    )
    links = {r.link for lec in extract_site(tmp_path).lectures for r in lec.readings}
    assert links == {f"https://x.org/s{n}" for n in range(1, 9)}


OLD, NEW = "t/2021-spring-cs224.md", "t/2024-spring-cs224.md"


@pytest.mark.parametrize(
    ("files", "named", "dropped"),
    [
        ([OLD, NEW], frozenset(), {OLD}),
        ([OLD, NEW], frozenset({"2021-spring"}), {NEW}),
        ([OLD, "t/2024-fall-cs101.md"], frozenset(), set()),
        ([NEW, "u/2021-spring-cs224.md"], frozenset(), set()),
        (["t/cs224-fa23.md", "t/cs224-sp24.md"], frozenset(), {"t/cs224-fa23.md"}),
    ],
)
def test_offerings_named_alike_but_for_their_term(
    files: list[str], named: frozenset[str], dropped: set[str]
) -> None:
    assert other_offerings(files, named) == dropped
