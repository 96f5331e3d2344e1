"""Rules from the real140 round: a schedule notebook in a course repository with no
site generator (GitHub renders it), a key to bracketed tokens whose list items the
page's text joins after its lead, and a software package's link."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.reader import symbol_legends
from tests.site_helpers import keyed_readings, write_site


def _notebook(*cells: tuple[str, str]) -> str:
    return json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {},
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True)}
                | ({"outputs": [], "execution_count": None} if kind == "code" else {})
                for kind, text in cells
            ],
        }
    )


SCHEDULE = _notebook(
    (
        "markdown",
        "# Schedule\n\nEvery reading carries a tag:\n\n"
        "- **[R]** required: read it before class.\n- **[S]** supplementary: for the curious.\n",
    ),
    ("code", "import pandas as pd\npd.read_csv('deadlines.csv')"),
    (
        "markdown",
        "## Week 1 (Jan 14): Text as data\n\n- **[R]** Grimmer (2013). "
        "[Promise and Pitfalls](https://a.org/a).\n- **[S]** Lazer (2009). "
        "[Computational Social Science](https://b.org/b). [stm R package](https://c.org/)\n",
    ),
)


def test_a_schedule_notebook_in_a_plain_repository(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "README.md": "# Text as data\n\nThe schedule is [schedule.ipynb](schedule.ipynb).\n",
            "schedule.ipynb": SCHEDULE,
            # a lecture's own notebook is its notes, not the schedule
            "lectures/01-intro.ipynb": _notebook(
                ("markdown", "## Jan 14: Intro\n\n- [Ref](https://z.org/z)\n")
            ),
        },
    )
    assert keyed_readings(site) == [
        ("Jan 14", "https://a.org/a", "required"),
        ("Jan 14", "https://b.org/b", "optional"),
    ]
    titles = [r.title for lec in extract_site(site).lectures for r in lec.readings]
    assert titles == ["Promise and Pitfalls", "Computational Social Science"]


def test_a_generators_site_does_not_read_a_notebook_it_does_not_render(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {"mkdocs.yml": "site_name: x\n", "docs/index.md": "# Home\n", "schedule.ipynb": SCHEDULE},
    )
    assert not extract_site(site, require_lectures=False).lectures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's items joined after its lead, as a page's text joins them
        (
            "every reading carries a tag: [r] required: read it before class. "
            "[s] supplementary: for the curious.",
            {"[r]": "required", "[s]": "optional"},
        ),
        # link texts joined to the next item's label are no key
        (
            "kaplan et al., 2020. [pdf] discussion lead: marco. hoffmann, 2022. [pdf] "
            "optional: mixtral. [arxiv] discussion lead: lea.",
            {},
        ),
    ],
)
def test_joined_token_keys(text: str, expected: dict[str, str]) -> None:
    assert dict(symbol_legends(text)) == expected


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("stm R package", True),
        ("transformers Python package", True),
        ("Using the loo package", False),
    ],
)
def test_a_package_is_material(text: str, material: bool) -> None:
    assert classify.names_material(text) is material
