"""Rules from the real144 and real145 rounds (Just the Class variants; statistics,
policy and information-science course sites): keys naming tokens and pills, label
pills in titles, a home page's key through a link and a callout, heading ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.reader import symbol_legends
from tests.site_helpers import keyed_readings, write_site


@pytest.mark.parametrize(
    ("key", "labels", "expected"),
    [
        # a token keyed in each of two sentences
        (
            "Readings tagged (R) are required: read them before class. Those tagged (O) "
            "are optional, for students who want more.",
            (),
            {"(r)": "required", "(o)": "optional"},
        ),
        # a token's words, the token a word of up to ten letters, beside others
        (
            "each one ends with a tag: (required): read it closely. (skim): also required, "
            "but the introduction is enough. (optional): for the curious.",
            (),
            {"(skim)": "required", "(optional)": "optional"},
        ),
        # the labels a reading carries, by exception
        (
            "Readings are required unless they carry an Optional or Background tag.",
            (),
            {"background:": "optional"},
        ),
        # "a lecture" names the entry, not a pill's label
        (
            "Everything else listed under a lecture is required.",
            ("lecture", "watch"),
            {},
        ),
    ],
)
def test_keys(key: str, labels: tuple[str, ...], expected: dict[str, str]) -> None:
    assert dict(symbol_legends(key, labels)) == expected


MODULE = "\n".join(
    [
        "---\ntitle: Week 2\n---\n\nJan 7",
        ": **Lecture**{: .label .label-purple } N-gram models",
        "  : **Reading**{: .label .label-blue } Chen & Goodman. Smoothing. 1998. "
        "[pdf](https://a.org/a.pdf)",
        "  : **Reading**{: .label .label-blue } Devlin et al. BERT. NAACL 2019. "
        "[paper](https://b.org/b) [code](https://github.com/g/bert)",
        "  : **Further reading**{: .label } Goldberg. A Primer. JAIR 57, 2016. "
        "[arXiv](https://arxiv.org/abs/1510.00726) [JAIR](https://j.org/x)",
        "",
    ]
)


def test_label_pills_before_citations(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {"_config.yml": "collections:\n  modules:\n    output: false\n", "_modules/w2.md": MODULE},
    )
    readings = [
        (r.link, r.title, r.requirement)
        for lec in extract_site(site).lectures
        for r in lec.readings
    ]
    assert readings == [
        # the pill is no word of the title; a paper beside its code is a reading
        (
            "https://a.org/a.pdf",
            "Chen & Goodman. Smoothing. 1998",
            None,
        ),
        ("https://b.org/b", "Devlin et al. BERT. NAACL 2019", None),
        # a venue's copy after another copy is titled by the citation too
        ("https://arxiv.org/abs/1510.00726", "Goldberg. A Primer. JAIR 57, 2016", "optional"),
        ("https://j.org/x", "Goldberg. A Primer. JAIR 57, 2016", "optional"),
    ]


def test_a_home_pages_key_through_a_link_in_a_callout(tmp_path: Path) -> None:
    home = (
        "---\ntitle: Home\n---\n\n{: .note }\n> **How to read the schedule.** Readings on "
        "the [schedule](schedule) are required unless they\n> carry an "
        "**Optional**{: .label .label-yellow } or **Background**{: .label .label-grey } tag.\n"
    )
    schedule = (
        "# Schedule\n\n| Week | Date | Topic | Readings |\n| --- | --- | --- | --- |\n"
        "| 1 | Jan 13 | Intro | [A](https://a.org/a) <br> **Background**{: .label "
        ".label-grey } Dieterich et al. COMPAS. 2016. [pdf](https://b.org/b.pdf) |\n"
    )
    site = write_site(tmp_path, {"home.md": home, "schedule.md": schedule})
    assert keyed_readings(site) == [
        ("Jan 13", "https://a.org/a", "required"),
        ("Jan 13", "https://b.org/b.pdf", "optional"),
    ]


def test_a_reading_list_heading_and_a_heading_id(tmp_path: Path) -> None:
    page = (
        "# Schedule\n\n## Week 6 · Oct 7 — Platforms and Labor {#platforms}\n\n"
        "### Reading list\n\n- [A](https://a.org/a)\n\n"
        "*Reading response prompt:* explore the [Opportunity Atlas](https://atlas.org/).\n"
    )
    site = write_site(tmp_path, {"schedule.md": page})
    lectures = extract_site(site).lectures
    assert [(lec.title, [r.link for r in lec.readings]) for lec in lectures] == [
        ("Platforms and Labor", ["https://a.org/a"])
    ]
