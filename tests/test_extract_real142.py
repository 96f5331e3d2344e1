"""Rules from the real142 round (Stanford/Berkeley-style ML course pages): a heading's
date line that goes on with a guest line, business opening a title with its link, a
key to what is "listed after" a label in each row, and keys that say their readings
will not be examined."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.reader import symbol_legends
from tests.site_helpers import write_site

LECTURES = """# Lectures

### Lecture 9: Model-Based RL
*Mon, Sep 29*

**Readings:**

- [Paper A](https://a.org/a)

### Lecture 10: Sim-to-Real Transfer
*Wed, Oct 1*
**Guest lecturer:** [Keiko Tanaka](https://research.example.com/keiko) (NVIDIA Research)

**Readings:**

- [Paper B](https://b.org/b)
"""


def test_a_date_line_that_goes_on_with_a_guest_line(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"lectures.md": LECTURES})
    assert [
        (lec.key, lec.title, [r.link for r in lec.readings]) for lec in extract_site(site).lectures
    ] == [
        ("Mon, Sep 29", "Model-Based RL", ["https://a.org/a"]),
        ("Wed, Oct 1", "Sim-to-Real Transfer", ["https://b.org/b"]),
    ]


def test_business_opening_a_title_with_its_link(tmp_path: Path) -> None:
    page = """<html><body><table>
<tr><th>Date</th><th>Description</th><th>Course Materials</th></tr>
<tr><td>April 1</td><td><a href="/assignments/a1/">Assignment 1</a> out<br>kNN</td><td></td></tr>
<tr><td>April 2</td><td>Linear classifiers<br>[<a href="/code/a.py">code</a>]
[<a href="/materials/gensim.html">preview</a>]</td><td>Read <a href="https://a.org/a">A</a></td></tr>
</table></body></html>"""
    site = write_site(tmp_path, {"syllabus.html": page})
    lectures = extract_site(site).lectures
    assert [lec.title for lec in lectures] == ["Assignment 1 out", "Linear classifiers"]
    # a rendered notebook's "preview" beside its code is material
    assert [r.link for lec in lectures for r in lec.readings] == ["https://a.org/a"]


@pytest.mark.parametrize(
    ("key", "labels", "expected"),
    [
        (
            "The course notes listed after Notes: in each row are required reading.",
            (),
            {"notes:": "required"},
        ),
        # "will not be on the midterm" negates nothing; the label is optional
        (
            "Links under Related are for your own interest and will not be on the midterm.",
            ("related",),
            {"related:": "optional"},
        ),
        (
            "Papers under Background will not be on the exam.",
            ("background",),
            {"background:": "optional"},
        ),
        # ... and leaves a required key required
        (
            "Papers under Deep cuts are required and will not be on the exam.",
            ("deep cuts",),
            {"deep cuts:": "required"},
        ),
    ],
)
def test_keys(key: str, labels: tuple[str, ...], expected: dict[str, str]) -> None:
    assert dict(symbol_legends(key, labels)) == expected


def test_preview_is_material() -> None:
    assert classify.names_material("preview")
