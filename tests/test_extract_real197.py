"""Rules from the real197–real200 rounds: a Word export's topic line under a bold week
paragraph, a schedule kept in a page's front matter, an app's home page as the course's
key, and a key pointing under a heading each week's page writes once."""

from __future__ import annotations

from pathlib import Path

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

A = "https://doi.org/10.1146/annurev.soc.27.1.415"
B = "https://doi.org/10.1086/599247"
C = "https://arxiv.org/abs/1706.03762"

WORD = f"""<html><body>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:bold'>Week 2 (January 20)<o:p></o:p>\
</span></b></p>
<p class=MsoNormal><i><span style='mso-bidi-font-style:italic'>No class &#8211; MLK Day</span>\
</i><o:p></o:p></p>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:bold'>Week 3 (January 27)<o:p></o:p>\
</span></b></p>
<p class=MsoNormal><i><span style='mso-bidi-font-style:italic'>Homophily</span></i><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst><b><span>Required:</span></b> McPherson et al. (2001).
<a href="{A}">Birds of a Feather</a>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast><b><span>Recommended:</span></b> Kossinets &amp; Watts.
<a href="{B}">Origins of Homophily</a>.<o:p></o:p></p>
</body></html>
"""


def test_a_word_exports_topic_line_under_a_bold_week_paragraph(tmp_path: Path) -> None:
    """A topic of one word is no person's name, and the line keeps its entities."""
    site = write_site(tmp_path, {"syllabus.html": WORD})
    assert [(lec.key, lec.title) for lec in extract_site(site).lectures] == [
        ("January 20", "No class &#8211; MLK Day"),
        ("January 27", "Homophily"),
    ]
    assert keyed_readings(site) == [("January 27", A, "required"), ("January 27", B, "optional")]


ASTRO = {
    "astro.config.mjs": "export default { base: '/cs598' };\n",
    "src/pages/index.astro": (
        "---\nimport Base from '../layouts/Base.astro';\n---\n<Base><p>Readings on the "
        '<a href="/cs598/schedule">schedule</a> are required unless marked optional.</p></Base>\n'
    ),
    "src/pages/schedule.astro": (
        "---\nimport { frontmatter } from '../content/schedule.md';\nconst { lectures } = "
        "frontmatter;\n---\n<table>{lectures.map((l) => (<tr><td>{l.date}</td><td>{l.title}"
        "</td></tr>))}</table>\n"
    ),
    "src/content/schedule.md": (
        "---\ntitle: Schedule\nlectures:\n  - date: 2025-01-21\n    title: Overview\n"
        f"    readings:\n      - title: Hidden Technical Debt\n        url: {A}\n"
        f"      - title: The High-Interest Credit Card\n        url: {B}\n        optional: true\n"
        "  - date: 2025-02-13\n    title: 'No class: Reading day'\n"
        f"  - date: 2025-01-23\n    title: Transformers\n    readings:\n      - title: Attention\n"
        f"        url: {C}\n---\n\nDue Fri Feb 7: project proposal.\n"
    ),
}


def test_a_schedule_kept_in_a_pages_front_matter(tmp_path: Path) -> None:
    """``lectures:`` records in a Markdown page's front matter, which a page imports
    and loops over: read as a data file is, keyed by the course's home page (an Astro
    ``index.astro``)."""
    site = write_site(tmp_path, ASTRO)
    assert [(lec.key, lec.title) for lec in extract_site(site).lectures] == [
        ("2025-01-21", "Overview"),
        ("2025-02-13", "No class: Reading day"),  # the records' order
        ("2025-01-23", "Transformers"),
    ]
    assert keyed_readings(site) == [
        ("2025-01-21", A, "required"),
        ("2025-01-21", B, "optional"),
        ("2025-01-23", C, "required"),
    ]


def _week(title: str, url: str, extra: str) -> str:
    return (
        f"# {title}\n\n**Lecture** · [Slides](https://x.org/slides.pdf)\n\n### Readings\n\n"
        f"- [Paper of the week]({url})\n\n> **Optional**\n>\n> - [More]({extra})\n"
    )


def test_a_key_pointing_under_the_heading_each_week_page_writes_once(tmp_path: Path) -> None:
    """ "Everything listed under **Readings** on a week's page is required. Readings in
    an **Optional** box are not required": the first names the ``### Readings`` heading
    (a label where it stands, once a page); the second's "Readings" is the noun."""
    files = {
        "book.toml": '[book]\ntitle = "CS 4780"\nsrc = "src"\n',
        "src/SUMMARY.md": "# Summary\n\n- [Week 1](week01.md)\n- [Week 2](week02.md)\n",
        "src/README.md": (
            "# CS 4780\n\nEverything listed under **Readings** on a week's page is required. "
            "Readings in an **Optional** box are not required.\n"
        ),
        "src/week01.md": _week("Week 1 — Jan 13: Introduction", A, "https://x.org/a"),
        "src/week02.md": _week("Week 2 — Jan 20: Inference", C, "https://x.org/b"),
    }
    site = write_site(tmp_path, files)
    assert keyed_readings(site) == [
        ("Jan 13", A, "required"),
        ("Jan 13", "https://x.org/a", "optional"),
        ("Jan 20", C, "required"),
        ("Jan 20", "https://x.org/b", "optional"),
    ]


def test_discussion_questions_end_the_optional_list_above(tmp_path: Path) -> None:
    page = (
        "### Lecture 2 — Sep 10: Time\n\n**Required:**\n- Lamport. [Time, Clocks](https://x.org/l)."
        "\n\n**Optional:**\n- Kulkarni et al. [Logical Physical Clocks](https://x.org/k)\n\n"
        "Discussion questions:\n1. What does the [tie-breaking rule](https://en.wikipedia.org/"
        "wiki/Lamport_timestamp) cost you?\n"
    )
    site = write_site(tmp_path, {"README.md": page})
    assert keyed_readings(site) == [
        ("Sep 10", "https://x.org/l", "required"),
        ("Sep 10", "https://x.org/k", "optional"),
    ]


RAW_QMD = f"""---
title: Schedule
---

Readings are required unless marked *(optional)*.

```{{=html}}
<table>
<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>Tue Jan 14</td><td>Intro</td><td><a href="{A}">Birds of a Feather</a></td></tr>
<tr><td>Thu Jan 16</td><td>Ties</td><td><a href="{B}">Origins of Homophily</a>
<small>(optional)</small></td></tr>
</table>
```
"""


def test_a_quarto_pages_raw_html_block_is_its_html(tmp_path: Path) -> None:
    """Pandoc writes a ```` ```{=html} ```` block into the page as it is: its table is
    the schedule (before, the page read as code and gave no lecture)."""
    site = write_site(
        tmp_path, {"_quarto.yml": "project:\n  type: website\n", "schedule.qmd": RAW_QMD}
    )
    assert keyed_readings(site) == [
        ("Tue Jan 14", A, "required"),
        ("Thu Jan 16", B, "optional"),
    ]


TEX = rf"""\documentclass{{article}}
\begin{{document}}
\section{{Week 1: Foundations}}
\begin{{description}}
\item[Required] Lamport. \href{{{A}}}{{Time, Clocks}}. CACM 1978.
\item[Optional] Vaswani et al. Attention Is All You Need.\footnote{{\url{{{C}}}}}
\item[Optional] Dwork. Differential Privacy.\footnote{{Preprint: \url{{{B}}}}}
\end{{description}}
\section{{Week 2: Later}}
\begin{{description}}
\item[Required] \href{{https://x.org/2}}{{Paper Two}}
\end{{description}}
\end{{document}}
"""


def test_a_latex_footnote_that_is_only_a_link_is_read_in_place(tmp_path: Path) -> None:
    """A footnote that is only a link (after a label, ``Preprint:``) is its entry's copy
    of the cited work, read where it stands (before, all went to the page's end: the
    last week's)."""
    site = write_site(tmp_path, {"syllabus.tex": TEX})
    found = [
        (lec.key, r.url, r.requirement) for lec in extract_site(site).lectures for r in lec.readings
    ]
    assert found == [
        ("Week 1", A, "required"),
        ("Week 1", C, "optional"),
        ("Week 1", B, "optional"),
        ("Week 2", "https://x.org/2", "required"),
    ]


def test_a_latex_footnote_of_prose_is_no_reading_of_the_last_week(tmp_path: Path) -> None:
    """The notes listed at the page's end keep their words (a key may be among them)
    but give no reading: "Off campus, use the library proxy" is no work, and not the
    last week's."""
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Week 1: Foundations}\n"
        f"\\begin{{itemize}}\n\\item Lamport. \\href{{{A}}}{{Time, Clocks}}. CACM 1978.\n"
        "\\end{itemize}\nOff campus?\\footnote{Use the \\href{https://proxy.example.edu/login}"
        "{library proxy}.}\n\\section{Week 2: Later}\n\\begin{itemize}\n"
        f"\\item \\href{{{C}}}{{Attention}}\n\\end{{itemize}}\n\\end{{document}}\n"
    )
    site = write_site(tmp_path, {"syllabus.tex": tex})
    assert keyed_readings(site) == [("Week 1", A, None), ("Week 2", C, None)]
