"""Jupyter notebooks as pages (:mod:`readlist.extract.notebook`): the schedule a Jupyter
Book, mystmd or Quarto site renders from ``schedule.ipynb``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.notebook import markdown_of


def notebook(*cells: tuple[str, str | list[str]]) -> str:
    return json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {},
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": source}
                | (
                    {"outputs": [{"output_type": "stream", "text": ["[x](https://x.org/out)"]}]}
                    if kind == "code"
                    else {}
                )
                for kind, source in cells
            ],
        },
        indent=1,
    )


SCHEDULE = notebook(
    ("markdown", ["# Schedule\n", "\n", "## Week 3 (Jan 27)\n", "\n", "- [A](https://x.org/a)\n"]),
    ("code", "print('[B](https://x.org/b)')"),
    ("markdown", "## Week 4 (Feb 3)\n\n- [C](https://x.org/c) (optional)"),
)


def test_the_markdown_cells_of_a_notebook() -> None:
    text = markdown_of(SCHEDULE)
    assert "## Week 3 (Jan 27)" in text and "[C](https://x.org/c)" in text
    assert "x.org/b" not in text and "x.org/out" not in text  # code and its output


@pytest.mark.parametrize("bad", ["{", "[]", '{"cells": 3}'])
def test_what_is_no_notebook(bad: str) -> None:
    with pytest.raises(ValueError, match="not a notebook"):
        markdown_of(bad)


@pytest.mark.parametrize(
    ("config", "name", "read"),
    [
        ("_toc.yml", "schedule.ipynb", True),
        ("myst.yml", "readings.ipynb", True),
        ("_quarto.yml", "schedule.ipynb", True),
        ("_toc.yml", "01-intro.ipynb", False),  # a lecture's notes
        ("README.md", "schedule.ipynb", True),  # a plain repository: GitHub renders it
        ("mkdocs.yml", "schedule.ipynb", False),  # a generator that does not render it
    ],
)
def test_a_sites_schedule_notebook(tmp_path: Path, config: str, name: str, read: bool) -> None:
    (tmp_path / config).write_text("format: jb-book\n")
    (tmp_path / name).write_text(SCHEDULE)
    if not read:
        with pytest.raises(Exception, match="no lecture found|no page to read"):
            extract_site(tmp_path, require_lectures=True)
        return
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in lectures] == [
        ("Jan 27", [("https://x.org/a", None)]),
        ("Feb 3", [("https://x.org/c", "optional")]),
    ]


def test_a_broken_notebook_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "_toc.yml").write_text("format: jb-book\n")
    (tmp_path / "schedule.ipynb").write_text("{not json")
    (tmp_path / "other.md").write_text("## Jan 5: Intro\n\n- [A](https://x.org/a)\n")
    site = extract_site(tmp_path)
    assert [p.file for p in site.problems] == ["schedule.ipynb"]
    assert "not a notebook" in site.problems[0].message
