"""Rules from the real213–real216 blind rounds: card titles' entities, Pandoc divs,
Sphinx's file-wide metadata, keys by box titles, MkDocs boxes inside list items, a DOI
written out, a key named for the page that renders a collection, headings' section
numbers, and "both" said of two links."""

from __future__ import annotations

from pathlib import Path

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

A = "https://doi.org/10.1023/A:1020867916902"
B = "https://arxiv.org/abs/1711.05101"
C = "https://arxiv.org/abs/1506.01186"
D = "https://dl.acm.org/doi/10.1145/2491245"


def test_a_card_titled_by_its_lead_block_keeps_entities() -> None:
    """``<div class="panel-heading">Week 1 &middot; Jan 5</div>`` then ``<p
    class="lead">Introduction &amp; threat models</p>``: entities as written."""
    from readlist.extract.html import read_html

    page = (
        '<div class="panel"><div class="panel-heading">Week 1 &middot; Jan 5</div>'
        '<div class="panel-body"><p class="lead">Introduction &amp; threat models</p>'
        f'<ol><li><a href="{A}">Common Ground</a></li></ol></div></div>'
        '<div class="panel"><div class="panel-heading">Week 2 &middot; Jan 12</div>'
        '<div class="panel-body"><p class="lead">Evasion</p>'
        f'<ol><li><a href="{B}">Decoupled</a></li></ol></div></div>'
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [lec.title for lec in lectures] == ["Introduction &amp; threat models", "Evasion"]


PANDOC = f"""# Schedule

::: {{.week #w1}}
Mon Jan 6
:   **Introduction**

    - [Common Ground]({A})

Wed Jan 8
:   **Weight decay**

    - [Decoupled Weight Decay]({B})
:::

::: {{.week #w2}}
Mon Jan 13
:   **Schedules**

    - [Cyclical Learning Rates]({C})
:::
"""


def test_pandoc_fenced_divs_around_definition_lists(tmp_path: Path) -> None:
    """A ``::: {.week}`` fence is markup: the term right under it still opens an entry."""
    site = write_site(tmp_path, {"syllabus.md": PANDOC})
    assert keyed_readings(site) == [
        ("Mon Jan 6", A, None),
        ("Wed Jan 8", B, None),
        ("Mon Jan 13", C, None),
    ]


def test_a_sphinx_pages_leading_field_list_dates_it(tmp_path: Path) -> None:
    """``:date: Tue Jan 7, 2025`` before the title: file-wide metadata, as front matter;
    a DOI written out as an extlink's caption stays its title."""
    lecture = (
        ":date: Tue Jan 7, 2025\n\nLecture 1 — Why ML systems?\n===========================\n\n"
        f"* `Decoupled Weight Decay <{B}>`__\n  (the ICLR version: `doi:10.1000/xyz123 <{D}>`__)\n"
    )
    second = ":date: Thu Jan 9, 2025\n\nLecture 2 — Schedules\n=====================\n\n"
    second += f"* `Cyclical Learning Rates <{C}>`__\n"
    site = write_site(
        tmp_path,
        {
            "conf.py": 'project = "ML systems"\n',
            "lectures/lecture01.rst": lecture,
            "lectures/lecture02.rst": second,
        },
    )
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Tue Jan 7, 2025", "Why ML systems?"),
        ("Thu Jan 9, 2025", "Schedules"),
    ]
    assert [r.title for r in lectures[0].readings] == [
        "Decoupled Weight Decay",
        "doi:10.1000/xyz123",
    ]


MKDOCS = f"""# Schedule

Unless a paper sits in a **Note** box, you are expected to have read it before class.
Papers in a **Note** box are optional.

### Week 1 (Jan 14 &ndash; Jan 16)

* **Tue Jan 14** — Paxos
    * [Decoupled Weight Decay]({B})
    * [Slides](slides/01.pdf)

        !!! note
            [Spanner, the TOCS version]({D})
* **Thu Jan 16** — Midterm (in class)
* **Tue Jan 21** — Schedules
    * [Cyclical Learning Rates]({C})
"""


def test_untitled_note_boxes_inside_list_items_and_a_key_naming_them(tmp_path: Path) -> None:
    """An untitled ``!!! note`` is titled "Note" as MkDocs shows it, and stays inside its
    list item (the next day's item is still an entry); "Unless a paper sits in a
    **Note** box, you are expected to have read it" makes the others required."""
    site = write_site(tmp_path, {"mkdocs.yml": "site_name: DS\n", "docs/schedule.md": MKDOCS})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Tue Jan 14", "Paxos"),
        ("Thu Jan 16", "Midterm (in class)"),
        ("Tue Jan 21", "Schedules"),
    ]
    assert keyed_readings(site) == [
        ("Tue Jan 14", B, "required"),
        ("Tue Jan 14", D, "optional"),
        ("Tue Jan 21", C, "required"),
    ]


def test_a_key_named_for_the_page_that_renders_a_collection(tmp_path: Path) -> None:
    """``index.astro``: "All readings on the schedule are required unless marked
    optional", where ``schedule.astro`` renders ``getCollection('lectures')``."""
    lecture = (
        "---\ntitle: {title}\ndate: {date}\nreadings:\n  - title: {paper}\n    url: {url}\n"
        "{flag}---\n\nNotes.\n"
    )
    site = write_site(
        tmp_path,
        {
            "astro.config.mjs": "export default { site: 'https://x.github.io', base: '/dsc' };\n",
            "src/pages/index.astro": (
                "---\nimport Base from '../layouts/Base.astro';\n---\n<Base><p>All readings on "
                "the schedule are required unless marked <em>optional</em>.</p></Base>\n"
            ),
            "src/pages/schedule.astro": (
                "---\nimport { getCollection } from 'astro:content';\nconst lectures = await "
                "getCollection('lectures');\n---\n<ul>{lectures.map((l) => (<li>{l.data.title}"
                "</li>))}</ul>\n"
            ),
            "src/content/lectures/01.md": lecture.format(
                title="Intro", date="2026-01-06", paper="Decoupled", url=B, flag=""
            ),
            "src/content/lectures/02.md": lecture.format(
                title="Rates",
                date="2026-01-08",
                paper="Cyclical",
                url=C,
                flag="    required: false\n",
            ),
        },
    )
    assert keyed_readings(site) == [("2026-01-06", B, "required"), ("2026-01-08", C, "optional")]


def test_a_heading_over_a_date_line_without_its_section_number_and_label() -> None:
    from readlist.extract.html import read_html

    page = (
        '<h3>2.1 Week 1: Introduction</h3><p><b>Tue, Jan 13</b></p><ul><li><a href="'
        f'{A}">Common Ground</a></li></ul><h3>2.2 Week 2: Word vectors</h3><p><b>Tue, Jan 20</b>'
        f'</p><ul><li><a href="{B}">Decoupled</a></li></ul>'
    )
    lectures = read_html(page, "index.html", None, lambda _: 1)
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Tue, Jan 13", "Introduction"),
        ("Tue, Jan 20", "Word vectors"),
    ]


def test_both_said_of_two_links_with_names_between(tmp_path: Path) -> None:
    page = (
        f"## Jan 27\n\n- Loshchilov & Hutter, [Decoupled]({B}) and Smith, [Cyclical]({C}) "
        f"**(both required)**\n- [Common Ground]({A})\n"
    )
    site = write_site(tmp_path, {"index.md": page})
    assert [req for _, _, req in keyed_readings(site)] == ["required", "required", None]


SEMINAR = f"""# Reading group

Everyone reads the paper listed after **Paper:** before the session.

### Session 1 — 2025-01-14
**Paper:** [Common Ground]({A}) (SOSP 2023)
**Presenter:** Priya Raman
**Discussion questions:**
- [#1 Is paging the right abstraction?](https://github.com/rg/sp25/issues/1)

### Session 2 — 2025-01-21
**Paper:** [Decoupled Weight Decay]({B})
**Background (optional):** [Cyclical Learning Rates]({C}), [slides from the OSDI talk](https://www.usenix.org/system/files/osdi22_slides_yu.pdf)
"""


def test_a_seminar_session_named_by_its_paper_and_its_discussion_list(tmp_path: Path) -> None:
    """A session heading of no topic is named by the paper its first line gives after
    ``Paper:``; the list under a paragraph's last line ``**Discussion questions:**`` is
    no reading, and neither are "slides from the OSDI talk"."""
    site = write_site(tmp_path, {"README.md": SEMINAR})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("2025-01-14", "Common Ground"),
        ("2025-01-21", "Decoupled Weight Decay"),
    ]
    assert [link for _, link, _ in keyed_readings(site)] == [A, B, C]


def test_a_readings_cells_lists_classed_required_and_optional(tmp_path: Path) -> None:
    """``<td class="readings"><ul class="required">…</ul><ul class="optional">…</ul>``:
    each list's class marks its items' links."""
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>"
        '<tr><td>Tue Jan 21</td><td>Intro</td><td class="readings"><ul class="required">'
        f'<li><a href="{A}">Common Ground</a>. Stalnaker.</li></ul><ul class="optional">'
        f'<li><a href="{B}">Decoupled</a></li></ul></td></tr>'
        f'<tr><td>Thu Jan 23</td><td>Rates</td><td><a href="{C}">Cyclical</a></td></tr></table>'
    )
    site = write_site(tmp_path, {"index.html": page})
    assert [req for _, _, req in keyed_readings(site)] == ["required", "optional", None]


def test_a_json_strings_text_is_its_value(tmp_path: Path) -> None:
    """A reading string of ``_data/schedule.json``: its text unescaped (``\\"Bias\\"``)."""
    data = (
        '[{"date": "Wed Feb 18", "topic": "Bias", "readings": '
        f'["[Language is Power: A Survey of \\"Bias\\" in NLP]({A})"]}}]\n'
    )
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: NLP\n",
            "_data/schedule.json": data,
            "schedule.md": "---\ntitle: S\n---\n{% for s in site.data.schedule %}{% endfor %}\n",
        },
    )
    (lecture,) = extract_site(site).lectures
    assert [r.text for r in lecture.readings] == ['Language is Power: A Survey of "Bias" in NLP']


def test_a_column_key_with_a_plural_in_brackets(tmp_path: Path) -> None:
    """ "The paper(s) in the **Paper** column are required": that column's readings."""
    page = (
        "The paper(s) in the **Paper** column are required: everyone reads them.\n\n"
        "| Week | Date | Paper | Notes |\n|---|---|---|---|\n"
        f"| 1 | Jan 17 | [Common Ground]({A}) | [notes](https://hackmd.io/x) |\n"
        f"| 2 | Jan 24 | [Decoupled]({B}) | |\n"
    )
    site = write_site(tmp_path, {"README.md": page})
    assert [req for _, _, req in keyed_readings(site)] == ["required", "required"]


def test_a_doi_copy_after_a_journal_of_four_words_and_its_issue(tmp_path: Path) -> None:
    page = (
        f'<h4>Tuesday 14 January</h4><p>Granovetter. <a href="{A}">The strength of weak '
        "ties</a>. <em>American Journal of Sociology</em> 78(6). "
        f'[<a href="{D}">DOI</a>]</p><h4>Thursday 16 January</h4><p><a href="{B}">B</a></p>'
    )
    site = write_site(tmp_path, {"index.html": page})
    lectures = extract_site(site).lectures
    assert [r.title for r in lectures[0].readings] == ["The strength of weak ties"] * 2


def test_an_inline_r_icon_is_an_icon(tmp_path: Path) -> None:
    """``\\`r fontawesome::fa('book')\\``` draws an icon: no word of a title, and alone in
    a link after a citation it is a copy of the work, as ``{{< fa book >}}`` is."""
    page = (
        "---\ntitle: Schedule\n---\n\n## Tue Jan 14\n\n"
        f"- `r fontawesome::fa('book')` Salganik, [Bit by Bit, ch. 1]({A})\n"
        "- Lazer et al. (2020), Computational social science. Science. "
        f"[`r fontawesome::fa('file-pdf')`]({B})\n"
        f"\n## Tue Jan 21\n\n- [Decoupled]({C})\n"
    )
    site = write_site(tmp_path, {"_site.yml": "name: cs\n", "schedule.Rmd": page})
    lectures = extract_site(site).lectures
    titles = [r.title for r in lectures[0].readings]
    assert titles[1] == "Lazer et al. (2020), Computational social science. Science"
    assert not any("fontawesome" in title for title in titles)
