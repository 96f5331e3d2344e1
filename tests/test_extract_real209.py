"""Rules from the real209–real212 blind rounds: Hugo lecture shortcodes, an MDX page's
own rows, keys naming badges, boxes and lecture pages, badges after links, a cited
work's own text, converted sources' entities, and a topic's material."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from tests.site_helpers import keyed_readings, write_site

A = "https://dl.acm.org/doi/10.1145/224056.224075"
B = "https://arxiv.org/abs/1812.11118"
C = "https://arxiv.org/abs/1611.03530"
D = "https://dsf.berkeley.edu/cs262/unix.pdf"

HUGO_SCHEDULE = f"""---
title: Schedule
---

Unless a paper sits in an **Optional** box, you are expected to have read it before class.

{{{{< lecture date="2025-01-21" title="Introduction: good systems papers" >}}}}
**Read:**

- [On micro-kernel construction]({A})

{{{{< optional >}}}}
- [The UNIX Time-Sharing System]({D})
{{{{< /optional >}}}}
{{{{< /lecture >}}}}

{{{{< lecture date="2025-01-23" title="Generalisation" >}}}}
- [Reconciling modern ML practice]({B})
{{{{< /lecture >}}}}
"""


def test_a_hugo_lecture_shortcode_with_a_date_and_an_optional_box(tmp_path: Path) -> None:
    """``{{< lecture date=… title=… >}}`` draws a dated heading: an entry; a box named by
    a requirement word (``{{< optional >}}``) is titled so; "Unless a paper sits in an
    **Optional** box, you are expected to have read it": the others are required."""
    site = write_site(
        tmp_path,
        {
            "config.toml": 'baseURL = "https://x.github.io/cs736/"\n',
            "content/schedule/_index.md": HUGO_SCHEDULE,
            "layouts/shortcodes/lecture.html": '<h3>{{ .Get "title" }}</h3>{{ .Inner }}\n',
        },
    )
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("2025-01-21", "Introduction: good systems papers"),
        ("2025-01-23", "Generalisation"),
    ]
    assert keyed_readings(site) == [
        ("2025-01-21", A, "required"),
        ("2025-01-21", D, "optional"),
        ("2025-01-23", B, "required"),
    ]


MDX = f"""---
title: Schedule
---

import ScheduleTable from '@site/src/components/ScheduleTable';

:::tip
Readings are required unless marked optional.
:::

export const rows = [
  {{ date: 'Tue Jan 21', topic: 'Intro', readings: [{{ title: 'Reconciling', url: '{B}' }}] }},
  {{ date: 'Thu Jan 23', topic: 'Generalisation', readings: [
    {{ title: 'Rethinking generalization', url: '{C}', optional: true }},
  ] }},
];

<ScheduleTable rows={{rows}} />
"""


def test_an_mdx_pages_own_exported_rows(tmp_path: Path) -> None:
    """``export const rows = [...]`` rendered by the page's component: the page's data,
    its words its key."""
    site = write_site(
        tmp_path,
        {
            "docusaurus.config.js": "module.exports = { url: 'https://x.io', baseUrl: '/' };\n",
            "docs/schedule.mdx": MDX,
        },
    )
    assert keyed_readings(site) == [
        ("Tue Jan 21", B, "required"),
        ("Thu Jan 23", C, "optional"),
    ]


def test_a_key_naming_a_badge_and_badges_after_links_in_data(tmp_path: Path) -> None:
    """ "Readings marked <badge>opt</badge> are optional; all other readings are
    required" over a data file whose HTML strings put the badge after a link, after a
    no-break space or a citation's remark in brackets."""
    data = (
        "- date: Tue Jan 7\n  topic: Intro\n  readings: >-\n"
        f'    <a href="{A}">Micro-kernels</a><br>\n'
        f'    <a href="{B}">Reconciling</a>&nbsp;<span class="badge badge-secondary">opt</span>\n'
        "- date: Thu Jan 9\n  topic: Trees\n  readings: >-\n"
        f'    <a href="{C}">Random Forests</a>\n'
        '    (Breiman 2001) <span class="badge badge-secondary">opt</span>\n'
    )
    page = (
        "---\nlayout: page\ntitle: CS 229\n---\n\nReadings marked "
        '<span class="badge badge-secondary">opt</span> are optional; all other readings '
        "are required.\n\n{% for lec in site.data.cs229 %}{{ lec.readings }}{% endfor %}\n"
    )
    site = write_site(
        tmp_path, {"_config.yml": "title: ML\n", "_data/cs229.yml": data, "cs229.md": page}
    )
    assert keyed_readings(site) == [
        ("Tue Jan 7", A, "required"),
        ("Tue Jan 7", B, "optional"),
        ("Thu Jan 9", C, "optional"),
    ]


RST = f"""Systems for ML
==============

Papers in a **Note** box are optional; all other papers are required.

Week 1 — Jan 13
~~~~~~~~~~~~~~~

* `Micro-kernels <{A}>`_

.. note::

   `Reconciling <{B}>`__

Week 2 — Jan 20
~~~~~~~~~~~~~~~

* `Rethinking generalization <{C}>`__
"""


def test_a_key_naming_docutils_note_boxes(tmp_path: Path) -> None:
    """ "Papers in a **Note** box are optional": the boxes docutils titles "Note"."""
    site = write_site(tmp_path, {"README.rst": RST})
    assert keyed_readings(site) == [
        ("Jan 13", A, "required"),
        ("Jan 13", B, "optional"),
        ("Jan 20", C, "required"),
    ]


def test_a_key_of_what_is_on_a_lecture_page(tmp_path: Path) -> None:
    """ "**Readings** on a lecture page are required": what each entry's page lists."""
    page = (
        "Readings on a lecture page are required. Optional Readings are for going deeper.\n\n"
        f"## Jan 15\n\n- [A relational model]({A})\n- Optional: [What goes around]({B})\n"
    )
    site = write_site(tmp_path, {"index.md": page})
    assert [req for _, _, req in keyed_readings(site)] == ["required", "optional"]


def test_a_cited_work_keeps_its_own_text_beside_a_link_to_the_same_url(
    tmp_path: Path,
) -> None:
    """A citation rendered from the bibliography (``{cite}`hernan2020```) and a later
    Markdown link to the same URL: each reading keeps its own text."""
    bib = "@book{hernan2020,\n  title = {Causal Inference: What If},\n  url = {https://x.org/whatif},\n}\n"
    page = (
        "# Schedule\n\n## Jan 30\n\n- {cite}`hernan2020`\n\n## Feb 6\n\n"
        "- [Hernán &amp; Robins, ch. 12](https://x.org/whatif)\n"
    )
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: Causal\nbibtex_bibfiles:\n  - references.bib\n",
            "_toc.yml": "format: jb-book\nroot: schedule\n",
            "references.bib": bib,
            "schedule.md": page,
        },
    )
    texts = [r.text for lec in extract_site(site).lectures for r in lec.readings]
    assert texts == ["Causal Inference: What If", "Hernán &amp; Robins, ch. 12"]


def test_a_converted_sources_ampersand_is_no_entity_of_its_title(tmp_path: Path) -> None:
    """``\\&`` in a LaTeX title: the converter writes ``&amp;``, which the title decodes."""
    tex = (
        "\\documentclass{article}\\begin{document}\n\\section*{Schedule}\n"
        "\\subsection*{Jan 29: Password hashing \\& storage}\n"
        f"\\href{{{A}}}{{Micro-kernels}}\n\n"
        "\\subsection*{Feb 3: Kernels}\n"
        f"\\href{{{B}}}{{Reconciling}}\n\\end{{document}}\n"
    )
    site = write_site(tmp_path, {"syllabus.tex": tex})
    assert [lec.title for lec in extract_site(site).lectures][0] == "Password hashing & storage"


@pytest.mark.parametrize(
    ("text", "material"),
    [
        ("Poverty traps: lecture slides", True),
        ("Intro: recording", True),
        ("Attention: a survey", False),
        ("BERT: Pre-training of Deep Bidirectional Transformers", False),
    ],
)
def test_a_topic_then_what_the_link_is(text: str, material: bool) -> None:
    assert classify.names_material(text) is material


def test_the_course_key_names_the_heading_each_page_lists(tmp_path: Path) -> None:
    """ "Each lecture page lists its readings. Everyone is expected to have read them":
    the ``## Readings`` heading each lecture page writes is the label the key names."""
    syllabus = (
        "---\ntitle: Syllabus\n---\n\nEach lecture page lists its readings. Everyone is "
        "expected to have read them before class.\n"
    )
    lecture = "---\ntitle: {t}\ndate: {d}\n---\n\n## Readings\n\n* [P](https://x.org/{t})\n"
    site = write_site(
        tmp_path,
        {
            "syllabus.md": syllabus,
            "lectures/01.md": lecture.format(t="a", d="2025-01-09"),
            "lectures/02.md": lecture.format(t="b", d="2025-01-14"),
        },
    )
    assert [req for _, _, req in keyed_readings(site)] == ["required", "required"]
