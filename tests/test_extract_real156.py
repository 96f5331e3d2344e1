"""Rules from the real156–real159 rounds and the known limitations they revisited
(struck-through topics, bold topic lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from tests.site_helpers import write_site


def _titles(site: Path) -> list[tuple[str, str]]:
    return [(lec.key, lec.title) for lec in extract_site(site).lectures]


TABLE = """<table>
<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>Feb 4</td><td>L7: Privacy</td><td><a href="https://a.org/p.pdf">Membership</a></td>
</tr>
<tr><td>Feb 6</td><td>{cell}</td><td><a href="https://b.org/s.pdf">Scaling Laws</a></td>
</tr>
</table>
"""


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        # struck words replaced on their line: the replacement is the topic
        ("<del>L8: RLHF</del> L8: Scaling laws", "Scaling laws"),
        ("<s>RLHF</s> Scaling laws<br><small>(Raj Patel)</small>", "Scaling laws"),
        ("<strike>RLHF</strike> <b>Scaling laws</b>", "Scaling laws"),
        # struck words alone: what the session was (a cancelled one keeps its topic)
        ("<del>Scaling laws</del>", "Scaling laws"),
        ("<del>Scaling laws</del><br>[slides]", "Scaling laws"),
    ],
)
def test_struck_words_with_a_replacement_are_no_part_of_a_title(
    tmp_path: Path, cell: str, title: str
) -> None:
    site = write_site(tmp_path, {"schedule.html": TABLE.format(cell=cell)})
    assert _titles(site) == [("Feb 4", "Privacy"), ("Feb 6", title)]


def test_a_struck_date_stays_the_entrys_key(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "schedule.md": (
                "# Schedule\n\n"
                "- **Tue Feb 3** — [Perception](slides/09.html)\n"
                "  - [Graphical Perception](https://a.org/cleveland.pdf)\n"
                "- ~~**Thu Feb 5** — [Uncertainty](slides/10.html)~~ cancelled (snow)\n"
                "- **Tue Feb 10** — [Maps](slides/11.html)\n"
                "  - [How to Lie with Maps](https://b.org/maps.pdf)\n"
            )
        },
    )
    assert _titles(site) == [
        ("Tue Feb 3", "Perception"),
        ("Thu Feb 5", "cancelled (snow)"),
        ("Tue Feb 10", "Maps"),
    ]


HEADINGS = """# Lectures

## Lecture 6 — Thu Jan 29

**Efficient attention**

* [FlashAttention](https://arxiv.org/abs/2205.14135)

## Lecture 7 — Tue Feb 3

{line}

* [Lost in the Middle](https://arxiv.org/abs/2307.03172)
"""


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a bold line alone is the topic, its closing period no part of it
        ("**Mixture of experts.**", "Mixture of experts"),
        ("**Cancelled (snow day).**", "Cancelled (snow day)"),
        ("**Mixture of experts**", "Mixture of experts"),
        # struck and replaced on the line: the replacement
        ("~~**Mixture of experts**~~ **Cancelled (snow day).**", "Cancelled (snow day)"),
        # a sentence of prose is no topic
        ("We read one paper this time.", ""),
    ],
)
def test_a_bold_line_under_a_dated_heading_titles_it(tmp_path: Path, line: str, title: str) -> None:
    site = write_site(tmp_path, {"lectures.md": HEADINGS.format(line=line)})
    assert _titles(site) == [("Thu Jan 29", "Efficient attention"), ("Tue Feb 3", title)]


def test_a_struck_reading_with_a_note_after_it_is_no_reading(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "lectures.md": HEADINGS.format(
                line="**MoE**\n\n* ~~Fedus et al., [Switch Transformers](https://arxiv.org/"
                "abs/2101.03961)~~ (moved to Lecture 9)"
            )
        },
    )
    links = {lec.key: [r.link for r in lec.readings] for lec in extract_site(site).lectures}
    assert links["Tue Feb 3"] == ["https://arxiv.org/abs/2307.03172"]
