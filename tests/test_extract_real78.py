"""Rules the real78 and later blind rounds showed: a key that names a label written
with its colon ("whatever follows **Read:** …"), a run-in label opening a cell line
after another's, and a note giving every reading of its entry one requirement."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.markdown import read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import _label_sentences

A, B, C, D = "https://x.org/a", "https://x.org/b", "https://x.org/c", "https://x.org/d"

KEY = (
    "Whatever follows **Read:** or **Core:** is what we take apart in lecture, and you are "
    "expected to have read it before class. Papers after **Also:** or **Extra:** are for "
    "students who want more."
)


def _requirements(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    lectures = read_markdown(commonmark(page, ".md"), "schedule.md", None)
    return [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in lectures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the colon after a naming word names the label, even "Read:", a marker noun
        (KEY.replace("**", "").lower(), {"read:": "required", "also:": "optional"}),
        # "read" used as a verb later in the clause is no mention of the label
        (
            "whatever follows read: is what you are expected to have read before class.",
            {"read:": "required"},
        ),
        # "Read:" without a naming word before it is the label in use, named by nothing
        ("read: you are expected to have read it before class.", {}),
        # a marker noun never named with its colon stays no label ("papers:")
        ("the papers are what you are expected to have read.", {}),
    ],
)
def test_key_names_labels_written_with_their_colon(text: str, expected: dict[str, str]) -> None:
    assert _label_sentences(text, ["read", "core", "also", "extra", "papers"]) == expected


TABLE = """\
{key}

| Date | Topic | Readings |
| --- | --- | --- |
| Jan 13 | Overview | **Read:** [A]({A})<br>**Also:** [B]({B}), [C]({C}) |
| Jan 15 | GPUs | **Read:** [D]({D}) |
"""


def test_cell_lines_each_take_their_own_run_in_label() -> None:
    page = TABLE.format(key=KEY, A=A, B=B, C=C, D=D)
    assert _requirements(page) == [
        ("Jan 13", [(A, "required"), (B, "optional"), (C, "optional")]),
        ("Jan 15", [(D, "required")]),
    ]


def test_cell_labels_without_a_key_give_no_requirement() -> None:
    page = TABLE.format(key="Readings for each class.", A=A, B=B, C=C, D=D)
    assert _requirements(page) == [
        ("Jan 13", [(A, None), (B, None), (C, None)]),
        ("Jan 15", [(D, None)]),
    ]


def test_a_label_on_a_later_cell_line_outranks_the_earlier_one() -> None:
    """The second line's own label covers its links, not the first line's."""
    page = (
        "| Date | Readings |\n| --- | --- |\n"
        f"| Jan 13 | **Required:** [A]({A})<br>**Optional:** [B]({B}) |\n"
    )
    assert _requirements(page) == [("Jan 13", [(A, "required"), (B, "optional")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All readings this week are optional.", "optional"),
        ("All readings for this module are optional", "optional"),
        ("Both papers are required this time.", "required"),
        ("Both readings are required.", "required"),
        ("All of the papers are required.", "required"),
        ("No required readings.", "optional"),
        ("Both papers are interesting.", None),
        ("All readings are on Canvas.", None),
        ("Papers are required reading.", None),
    ],
)
def test_a_note_gives_every_reading_of_its_entry_one_requirement(
    text: str, expected: str | None
) -> None:
    assert classify.readings_note(text) == expected


def test_an_entry_note_makes_its_readings_required() -> None:
    page = f"""\
## Lecture 6 · Feb 24 · Pretrained encoders

Both papers are required this time.

Read:

- [A]({A})
- [B]({B})

## Lecture 7 · Mar 3 · Decoders

Read:

- [C]({C})
"""
    assert _requirements(page) == [
        ("Feb 24", [(A, "required"), (B, "required")]),
        ("Mar 3", [(C, None)]),
    ]
