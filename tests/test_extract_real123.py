"""Rules from blind rounds real123 and real124 (keys as bulleted lists and captions, a
schedule over two MkDocs pages): a token key read through its commas, "unmarked links",
a key to what a page lists under a label beside another label key."""

from __future__ import annotations

import pytest

from readlist.extract.files import natural_order
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import legend_others, symbol_legends


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "(R) = we discuss it in class, required. (S) = background, optional.",
            {"(r)": "required", "(s)": "optional"},
        ),
        (
            "[R] = required, [S] = suggested, [B] = background (optional)",
            {"[r]": "required", "[s]": "optional", "[b]": "optional"},
        ),
        ("(R) = we discuss it in class. (S) = background.", {}),
    ],
)
def test_a_token_key_read_through_its_commas(key: str, signs: dict[str, str]) -> None:
    assert dict(symbol_legends(key)) == signs


@pytest.mark.parametrize(
    ("key", "others"),
    [("Unmarked links are optional background.", "optional"), ("Unmarked links are fun.", None)],
)
def test_unmarked_links(key: str, others: str | None) -> None:
    assert legend_others(key.lower(), ()) == others


KEY = (
    "Each class on the schedule lists its papers under **Read before class**; everyone is "
    "expected to have read those before we meet. Papers under **Further reading** are "
    "optional: they are there if a topic grabs you."
)


def test_a_key_to_what_a_page_lists_under_a_label_beside_another_label_key() -> None:
    labels = {"read before class", "further reading"}
    text = KEY.replace("**", "") + " Further reading: [A]. Further reading: [B]."
    found = dict(symbol_legends(text, labels))
    assert found["read before class:"] == "required"
    assert found["further reading:"] == "optional"
    assert "read before class:" not in dict(
        symbol_legends(text.replace("everyone is", "nobody is"))
    )


@pytest.mark.parametrize(
    "names",
    [
        ["schedule.md", "schedule-part2.md"],
        ["lecture-2.md", "lecture-10.md"],
        ["Lecture 2 Intro.md", "Lecture 10 Wrap-up.md"],
        [".pages", "a.md"],
    ],
)
def test_files_in_the_order_a_person_lists_them(names: list[str]) -> None:
    assert sorted(reversed(names), key=natural_order) == names


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "| 14 | Mar 5 | Project pitches (sign up for a slot [here](https://forms.gle/x)) | |",
            "Project pitches",
        ),
        (
            "| 14 | Mar 5 | Project pitches (we meet in [room 4](https://maps.x/4)) | |",
            "Project pitches (we meet in room 4)",
        ),
    ],
)
def test_a_bracket_telling_students_to_act(line: str, title: str) -> None:
    page = f"| Lecture | Date | Topic | Readings |\n|---|---|---|---|\n{line}\n"
    page += "| 15 | Tue Mar 10 | Wrap-up | [A](https://arxiv.org/abs/2101.00001) |\n"
    first, _ = read_markdown(page, "README.md", None)
    assert first.title == title


def test_a_slides_topic_without_the_material_after_it() -> None:
    page = (
        "### Week 1\n\n"
        "- **Tue Jan 6** — [Why visualize?](slides/01.html) · [recording](https://x.panopto.com/1)\n"
        "    - [A](https://arxiv.org/abs/2101.00001)\n"
        "- **Thu Jan 8** — [Color](slides/02.html) · [colormap demo](https://observablehq.com/x)\n"
        "    - [B](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [lec.title for lec in read_markdown(page, "schedule.qmd", None)] == [
        "Why visualize?",
        "Color",
    ]
