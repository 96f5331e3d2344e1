"""Rules from blind round real87 (mystmd boxes, Docsify shortcodes, Bootstrap badges):
a box's label ends with the box, emoji shortcodes read as the emoji, a marker after
a citation's run of generic links, a long remark in a marker's brackets."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.dom import BOX_END, BOX_OPEN
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.page import commonmark, emoji_shortcodes
from readlist.model import Lecture

REQUIRED = "[Required Paper](https://x.org/required)"
AFTER = "If you missed Tuesday, the [blog post](https://x.org/blog) explains it."


def markdown(page: str, suffix: str = ".md") -> list[Lecture]:
    return read_markdown(commonmark(page, suffix), f"s{suffix}", None)


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


@pytest.mark.parametrize(
    "box",
    [
        ":::{{dropdown}} {title}\n- {link}\n:::",
        "```{{admonition}} {title}\n- {link}\n```",
        "::::{{note}} {title}\n:class: tip\n- {link}\n::::",
        '!!! note "{title}"\n    - {link}\n',
        '??? tip "{title}"\n\n    - {link}\n',
    ],
)
def test_a_boxs_label_ends_with_the_box(box: str) -> None:
    """Each box's title labels what is inside it; a prose link after the boxes is in
    no reading region, so not a reading of a lecture that marks its readings."""
    required = box.format(title="Required reading", link=REQUIRED)
    extra = box.format(title="Further reading", link="[Extra](https://x.org/extra)")
    page = f"# Week 2: Numerics\n\n{required}\n\n{extra}\n\n{AFTER}\n"
    (lecture,) = markdown(page)
    assert readings(lecture) == {
        "https://x.org/required": "required",
        "https://x.org/extra": "optional",
    }


def test_after_a_box_the_label_before_it_holds_again() -> None:
    page = (
        "## Jan 5: Intro\n\n### Readings\n\n- [A](https://x.org/a)\n\n"
        ":::{dropdown} Optional\n- [B](https://x.org/b)\n:::\n\n- [C](https://x.org/c)\n"
    )
    (lecture,) = markdown(page)
    assert readings(lecture) == {
        "https://x.org/a": None,
        "https://x.org/b": "optional",
        "https://x.org/c": None,  # the Readings section's again, not the box's
    }


def test_without_a_box_a_label_still_runs_to_the_next_heading() -> None:
    """The box's end is what ends the label: the same lines unboxed keep it."""
    page = (
        f"# Week 2: Numerics\n\n**Optional reading**\n\n- [Extra](https://x.org/extra)\n\n{AFTER}\n"
    )
    (lecture,) = markdown(page)
    assert readings(lecture)["https://x.org/blog"] == "optional"


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        (":movie_camera: [Talk](u)", "🎥 [Talk](u)"),
        ("- :memo: notes, :star: starred", "- 📝 notes, ⭐ starred"),
        (":green_book: required", "📗 required"),
        ("Meet at 10:30:00, room 4", "Meet at 10:30:00, room 4"),  # a time
        ("https://x.org/a:memo:b", "https://x.org/a:memo:b"),  # inside a URL
        ("see :no_such_code: here", "see :no_such_code: here"),  # unknown: as written
        ("word:memo: and :memo:word", "word:memo: and :memo:word"),  # inside words
    ],
)
def test_emoji_shortcodes(text: str, rendered: str) -> None:
    assert emoji_shortcodes(text) == rendered


def test_a_shortcode_video_is_material_and_a_myst_option_is_no_emoji() -> None:
    page = (
        "### Lecture 3 — Jan 16: Backprop\n\n"
        f"- {REQUIRED}\n- Optional:\n  - :movie_camera: [Backprop, intuitively](https://www.youtube.com/watch?v=I)\n"
        "  - [Extra](https://x.org/extra)\n\n"
        ":::{note} Further reading\n:label: further\n- [More](https://x.org/more)\n:::\n"
    )
    (lecture,) = markdown(page)
    assert readings(lecture) == {  # the video is not one
        "https://x.org/required": "required",
        "https://x.org/extra": "optional",
        "https://x.org/more": "optional",
    }
    assert "🏷" not in commonmark(page, ".md")  # ":label:" was an option line, blanked


def html_readings(item: str) -> dict[str, str | None]:
    page = (
        "<h2>Jan 5: Intro</h2><ul><li><a href='https://x.org/required'>Required One</a></li>"
        f"<li>{item}</li></ul>"
    )
    return readings(read_html(page, "s.html", None, LineIndex(page))[0])


ACM = "<a href='https://x.org/acm'>[ACM]</a>"
PDF = "<a href='https://x.org/a.pdf'>[pdf]</a>"


@pytest.mark.parametrize(
    ("item", "acm", "pdf"),
    [
        (f"Paxos Made Live. {ACM} {PDF} <span class='badge'>optional</span>", *["optional"] * 2),
        (f"Paxos Made Live. {ACM} {PDF} (optional)", "optional", "optional"),
        (f"{ACM} {PDF} <b>required</b>", "required", "required"),
        (f"{ACM} ({PDF}) (optional)", "optional", "optional"),  # its copy in brackets
        (f"{ACM}, {PDF} (optional)", None, "optional"),  # words between: each its own
        (f"{ACM}<br>{PDF} (optional)", None, "optional"),  # another line
        (f"{ACM} <a href='https://x.org/b'>Another Paper</a> {PDF} (optional)", None, "optional"),
    ],
)
def test_a_marker_after_a_run_of_generic_links(item: str, acm: str | None, pdf: str) -> None:
    found = html_readings(item)
    assert (found["https://x.org/acm"], found["https://x.org/a.pdf"]) == (acm, pdf)


def test_a_named_link_before_its_generic_companions_takes_their_marker() -> None:
    item = f"<a href='https://x.org/acm'>Paxos Made Live</a> {PDF} (optional)"
    assert html_readings(item)["https://x.org/acm"] == "optional"


@pytest.mark.parametrize(
    ("before", "after", "title"),
    [
        ("", "optional", ""),  # "[pdf](u) optional": a marker is no title
        ("", "— optional.", ""),
        ("", "Paxos Made Live", "Paxos Made Live"),
        ("Chandra et al., Paxos Made Live", "optional", "Chandra et al., Paxos Made Live"),
    ],
)
def test_the_words_after_a_generic_link_name_it_unless_a_marker(
    before: str, after: str, title: str
) -> None:
    assert classify.title_around(before, after) == title


@pytest.mark.parametrize(
    ("header", "kind", "reading"),
    [
        ("Type", "Video", False),
        ("Type", "Slides", False),
        ("Kind", "Recording", False),
        ("Category", "Lecture video", False),
        ("Item type", "Video", False),
        ("Type", "Required", True),
        ("Type", "Optional", True),
        ("Type", "Paper", True),
        ("Format", "Video", True),  # no kind column: the talk's title names no material
    ],
)
def test_a_kind_column_naming_material(header: str, kind: str, reading: bool) -> None:
    page = (
        f"<table><tr><th>Date</th><th>Lecture</th><th>{header}</th><th>Item</th></tr>"
        "<tr><td rowspan='2'>Sep 8</td><td rowspan='2'>RPC</td><td>Required</td>"
        "<td><a href='https://x.org/rpc.pdf'>Implementing Remote Procedure Calls</a></td></tr>"
        f"<tr><td>{kind}</td><td><a href='https://www.youtube.com/watch?v=R'>RPC and Threads "
        "(6.824, Lecture 2)</a></td></tr></table>"
    )
    (lecture,) = read_html(page, "s.html", None, LineIndex(page))
    found = readings(lecture)
    assert found["https://x.org/rpc.pdf"] == "required"
    assert ("https://www.youtube.com/watch?v=R" in found) is reading


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("Project presentations (sign up [here](https://forms.gle/x))", "Project presentations"),
        ("Intro ([slides](s.pdf), [video](https://youtu.be/v))", "Intro"),
        ("Intro (see the [pdf](s.pdf))", "Intro"),  # three words, then a generic link
        # four words: a sentence of the title's, kept
        # four words before it: the bracket stays, the link a word of its sentence
        (
            "Talks (the full schedule is [here](https://f.org/x)) today",
            "Talks (the full schedule is here) today",
        ),
        # ... unless the bracket tells students to act: that is no part of the topic
        ("Talks (sign up for it [here](https://f.org/x)) today", "Talks today"),
        # a named link is a word of the title, in a bracket of words or not
        ("HW1 due (submit on [Gradescope](https://g.org/c))", "HW1 due (submit on Gradescope)"),
        ("Intro ([Gradescope](https://g.org/c)) and [Ed](https://e.org/x)", "Intro and Ed"),
    ],
)
def test_a_bracket_of_a_few_words_and_a_material_link_is_no_title(cell: str, title: str) -> None:
    page = f"| Date | Topic | Reading |\n|---|---|---|\n| Mar 10 | {cell} | {REQUIRED} |\n"
    (lecture,) = markdown(page)
    assert lecture.title == title


@pytest.mark.parametrize(
    ("text", "boxed"),
    [
        ("!!! Tip: Optional\n    - [A](u)\n\nz", f"Optional{BOX_OPEN}\n- [A](u)\n{BOX_END}\nz"),
        ("!!! WARNING: Read first\n    x", f"Read first{BOX_OPEN}\nx"),
    ],
)
def test_markdeep_admonitions_are_titled_boxes(text: str, boxed: str) -> None:
    assert commonmark(text, ".html") == boxed
