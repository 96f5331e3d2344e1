"""Rules the real20 blind round showed: Hugo paired link shortcodes and its config
directory, a week's list of one session, remarks after a marker in brackets."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import hugo_refs, read_markdown


@pytest.mark.parametrize(
    ("text", "base", "rendered"),
    [
        # Wowchemy's staticref: relURL of the path, under the base URL's path
        (
            '{{< staticref "uploads/a.pdf" "newtab" >}}BDA3, ch. 1{{< /staticref >}}',
            "https://x.org/stat451",
            "[BDA3, ch. 1](/stat451/uploads/a.pdf)",
        ),
        ('{{< staticref "uploads/a.pdf" >}}A{{< /staticref >}}', None, "[A](/uploads/a.pdf)"),
        (
            '{{< staticref "/uploads/a.pdf" >}}A{{< /staticref >}}',
            "https://x.org/c",
            "[A](/uploads/a.pdf)",
        ),
        (
            '{{% button href="https://x.org/p.pdf" %}}Paper{{% /button %}}',
            None,
            "[Paper](https://x.org/p.pdf)",
        ),
        # a word argument is no link; an unpaired shortcode is left alone
        (
            "{{% callout note %}}Read it{{% /callout %}}",
            None,
            "{{% callout note %}}Read it{{% /callout %}}",
        ),
        ('{{< staticref "uploads/a.pdf" >}}A', None, '{{< staticref "uploads/a.pdf" >}}A'),
    ],
)
def test_paired_hugo_shortcodes_that_render_links(
    text: str, base: str | None, rendered: str
) -> None:
    assert hugo_refs(text, base) == rendered


def test_hugo_base_url_from_its_config_directory(tmp_path: Path) -> None:
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "config.yaml").write_text("baseURL: https://x.org/c/\n")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "s.md").write_text(
        "---\ntitle: S\n---\n\n## Jan 5: Intro\n\n- [A](pdfs/a.pdf)\n- [B](https://x.org/b)\n\n"
        "## Jan 7: More\n\n- [C](https://x.org/c)\n"
    )
    site = extract_site(tmp_path)
    assert site.base_url == "https://x.org/c"
    assert site.lectures[0].readings[0].link == "https://x.org/c/pdfs/a.pdf"


_WEEKS = (
    "## Week 1\n\n- **Mon, Jan 12** — Intro\n  - [A](https://x.org/a)\n"
    "- **Wed, Jan 14** — Models\n  - [B](https://x.org/b)\n\n"
)


@pytest.mark.parametrize(
    ("last", "entries"),
    [
        # a week with one session after weeks of sessions: that session
        (
            "## Week 2: Comparison\n\n- **Mon, Jan 19** — Comparison: LOO\n"
            "  - [C](https://x.org/c)\n- Proposal due **Fri, Jan 23**\n",
            [("Mon, Jan 19", "Comparison: LOO")],
        ),
        # one dated item without readings is a deadline, not a session
        ("## Later\n\n- **May 1** — final exam\n", []),
    ],
)
def test_a_week_list_of_one_session(last: str, entries: list[tuple[str, str]]) -> None:
    found = [(lec.key, lec.title) for lec in read_markdown(_WEEKS + last, "s.md", None)]
    assert found == [("Mon, Jan 12", "Intro"), ("Wed, Jan 14", "Models"), *entries]


def test_a_lone_dated_item_is_no_schedule_list() -> None:
    page = "Welcome!\n\n- **Jan 12** — first class, read [A](https://x.org/a)\n"
    assert [lec.structure for lec in read_markdown(page, "s.md", None)] != ["list"]


@pytest.mark.parametrize(
    "after",
    [
        " (optional — the original Metropolis paper)",
        " (optional: the original paper)",
        " (optional - the original)",
        " (optional; Sections 1–3 are enough)",
        " (optional, if you're curious)",
    ],
)
def test_a_remark_after_a_marker_in_brackets(after: str) -> None:
    assert classify.suffix_requirement(after) == "optional"
    assert classify.suffix_requirement(after.replace("optional", "required")) == "required"


def test_a_long_aside_in_brackets_is_no_marker() -> None:
    after = " (optional reading for those who want to go much deeper into the history of it)"
    assert classify.suffix_requirement(after) is None


@pytest.mark.parametrize(
    ("item", "requirement"),
    [
        ("<li>(*) <a href='https://x.org/a'>A</a> (Jordan, ch. 2)</li>", "required"),
        ("<li><a href='https://x.org/a'>A</a> (*)</li>", "required"),
        ("<li>[*] <a href='https://x.org/a'>A</a></li>", "required"),
        ("<li><a href='https://x.org/a'>A</a> (Jordan, ch. 2)</li>", None),
    ],
)
def test_a_sign_in_brackets_as_the_legend_writes_it(item: str, requirement: str | None) -> None:
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = (
        f"<p><b>(*)</b> = required reading.</p><h3>Jan 12: Intro</h3><ul>{item}"
        "<li><a href='https://x.org/z'>Z</a></li></ul>"
    )
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    assert lecture.readings[0].requirement == requirement


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Optional further reading", (True, "optional")),  # two marker words
        ("Recommended additional readings:", (True, "optional")),
        ("Going deeper (optional)", (True, "optional")),  # a box title, then its marker
        ("Before class (required):", (True, "required")),
        ("Smith, Some Title (optional)", (False, None)),  # a citation, not a title
        ("Looking back", (False, None)),
    ],
)
def test_labels_of_boxes_and_sections(text: str, label: tuple[bool, str | None]) -> None:
    assert classify.label_requirement(text) == label


def test_gitbook_variables_are_rendered(tmp_path: Path) -> None:
    (tmp_path / "book.json").write_text('{"variables": {"readings": "https://x.org/r"}}')
    (tmp_path / "l1.md").write_text(
        "# Lecture 1 (Jan 21): Intro\n\n## Readings\n\n"
        "* [Primer]({{ book.readings }}/primer.pdf)\n* [B](https://x.org/b)\n\n"
        "{% hint style='info' %}\n**Optional further reading**\n\n* [C](https://x.org/c)\n"
        "{% endhint %}\n\n## Materials\n\n* [Study-plan template](https://x.org/doc)\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in lecture.readings] == [
        ("https://x.org/r/primer.pdf", None),
        ("https://x.org/b", None),
        ("https://x.org/c", "optional"),
    ]


def test_a_topic_cell_of_paragraphs_is_titled_by_its_first() -> None:
    """Word writes each line of a cell as its own paragraph (``<p class=MsoNormal>``)."""
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = (
        "<table><tr><td><p>Date</p></td><td><p>Topic</p></td><td><p>Readings</p></td></tr>"
        "<tr><td><p>Feb 5</p></td><td><p>Predictive policing</p>"
        "<p><i>Guest: Dr. Renata Okafor, City Office</i></p></td>"
        "<td><p>Brayne, <a href='https://x.org/a'>Big data surveillance</a></p></td></tr></table>"
    )
    (lecture,) = read_html(page, "s.htm", None, LineIndex(page))
    assert (lecture.key, lecture.title) == ("Feb 5", "Predictive policing")
    assert [r.title for r in lecture.readings] == ["Big data surveillance"]


@pytest.mark.parametrize(
    ("config", "link"),
    [
        (
            "export default defineConfig({\n  site: 'https://x.github.io',\n  base: '/c26',\n});\n",
            "https://x.github.io/c26/readings/a.pdf",
        ),
        (
            "export default defineConfig({ site: 'https://x.org/' });\n",
            "https://x.org/readings/a.pdf",
        ),
        ("export default defineConfig({ base: '/c26' });\n", "/readings/a.pdf"),  # no host
    ],
)
def test_an_astro_sites_base(tmp_path: Path, config: str, link: str) -> None:
    """Astro serves public/ under its base: a data file's /readings/a.pdf lies there."""
    (tmp_path / "astro.config.mjs").write_text(config)
    (tmp_path / "src" / "data").mkdir(parents=True)
    (tmp_path / "src" / "data" / "schedule.json").write_text(
        '[{"date": "2026-04-02", "title": "Intro", "readings": ['
        '{"title": "A", "href": "/readings/a.pdf"}, {"title": "B", "href": "https://x.org/b"}]}]'
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert lecture.readings[0].link == link


def test_format_links_after_a_marked_citation_are_titled_by_it() -> None:
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = (
        "<p>(*) = required reading</p><h3>Jan 21: Models</h3><ul>"
        "<li>(*) M. Jordan, <i>Graphical Models</i>, ch. 4 [<a href='p/a.ps.gz'>ps.gz</a>] "
        "[<a href='p/a.pdf'>pdf</a>]</li><li><a href='p/b.djvu'>djvu</a></li></ul>"
    )
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    assert [(r.title, r.requirement) for r in lecture.readings[:2]] == [
        ("M. Jordan, Graphical Models, ch. 4", "required"),
        ("M. Jordan, Graphical Models, ch. 4", "required"),
    ]


def test_a_metadata_header_is_front_matter_line_for_line() -> None:
    from readlist.extract.pelican import meta_header

    text = "Title: Schedule\nSlug: schedule\nStatus: draft\n\nBody [A](u)\n"
    made = meta_header(text)
    assert made.count("\n") == text.count("\n")
    assert made.startswith(
        '---\n{"title": "Schedule", "slug": "schedule", "status": "draft"}\n\n---\n'
    )
    assert meta_header("Title: Only\n\nBody\n") == "Title: Only\n\nBody\n"  # no room: as it is
    assert meta_header("Title: A\nnot a field\n\nBody\n") == "Title: A\nnot a field\n\nBody\n"
    assert meta_header("# Title: A\n") == "# Title: A\n"


def _pelican_site(root: Path) -> Path:
    files = {
        "pelicanconf.py": 'SITEURL = ""\nPATH = "content"\nPAGE_URL = "{slug}/"\n'
        'PAGE_PATHS = ["pages"]\nimport os  # settings are never run\n',
        "publishconf.py": 'from pelicanconf import *\nSITEURL = "https://x.github.io/c26"\n',
        "content/pages/schedule.md": "Title: Schedule\nSlug: schedule\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        "| Tue 1/13 | Intro | [TAD ch. 1]({static}/pdfs/tad1.pdf)<br>"
        "[Notes: DTM]({filename}dtm.md) |\n"
        "| Thu 1/15 | More | [B](https://x.org/b) |\n",
        "content/pages/dtm.md": "Title: From documents to a matrix\nSlug: document-term-matrix\n"
        "Status: hidden\n\nNotes.\n",
        "content/pages/old.md": "Title: Old schedule\nStatus: draft\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n| Thu 1/9 | Old | [Z](https://x.org/z) |\n"
        "| Tue 1/14 | Old 2 | [Y](https://x.org/y) |\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_a_pelican_site(tmp_path: Path) -> None:
    site = extract_site(_pelican_site(tmp_path))
    assert site.base_url == "https://x.github.io/c26"  # the published site's
    assert [(lec.file, lec.key) for lec in site.lectures] == [
        ("content/pages/schedule.md", "Tue 1/13"),
        ("content/pages/schedule.md", "Thu 1/15"),
    ]  # a draft is not published
    assert [r.url for r in site.lectures[0].readings] == [
        "https://x.github.io/c26/pdfs/tad1.pdf",
        "https://x.github.io/c26/document-term-matrix/",
    ]


def test_pages_of_lecture_notes_are_not_the_schedule(tmp_path: Path) -> None:
    """Scribe notes dated like lectures, citing papers, are material of the sessions the
    schedule lists, not more sessions."""
    (tmp_path / "schedule.md").write_text(
        "| Date | Topic | Readings |\n|---|---|---|\n| Jan 9 | Intro | [A](https://x.org/a) |\n"
        "| Jan 11 | More | [B](https://x.org/b) |\n"
    )
    (tmp_path / "notes").mkdir()
    for n in (1, 2, 3):
        (tmp_path / "notes" / f"lec0{n}.md").write_text(
            f"---\ntitle: Lecture {n} notes\ndate: 2025-01-1{n}\n---\n\n"
            f"We followed [P{n}](https://x.org/p{n}) and [Q{n}](https://x.org/q{n}).\n"
        )
    assert {lec.file for lec in extract_site(tmp_path).lectures} == {"schedule.md"}


@pytest.mark.parametrize(
    ("row_b", "files"),
    [
        # the rows' readings are on the lecture pages: the table indexes them
        ("[B](https://x.org/b)", {"_lectures/01.md", "_lectures/02.md"}),
        # a row lists a reading its page does not: the table is the schedule too
        ("[Z](https://x.org/z)", {"schedule.md", "_lectures/01.md", "_lectures/02.md"}),
    ],
)
def test_an_index_table_with_the_pages_readings(
    tmp_path: Path, row_b: str, files: set[str]
) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  lectures:\n    output: true\n")
    (tmp_path / "schedule.md").write_text(
        "---\n---\n| Date | Topic | Readings |\n|---|---|---|\n"
        "| Jan 9 | [Intro](lectures/01) | [A](https://x.org/a) |\n"
        f"| Jan 11 | [More](lectures/02) | {row_b} |\n"
    )
    (tmp_path / "_lectures").mkdir()
    for n, (day, link) in enumerate((("09", "a"), ("11", "b")), 1):
        (tmp_path / "_lectures" / f"0{n}.md").write_text(
            f"---\ntitle: Session on caching\ndate: 2025-01-{day}\n---\n\n## Readings\n\n"
            f"- [{link.upper()}](https://x.org/{link})\n- [Extra](https://x.org/e{n}) (optional)\n"
        )
    lectures = extract_site(tmp_path).lectures
    assert {lec.file for lec in lectures} == files
    assert all(lec.title != "Readings" for lec in lectures)  # a label heading titles nothing


# --- after the real21 round ----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "others"),
    [
        ("<p>* = required for everyone; others optional.</p>", "optional"),
        ("<p>Readings marked (opt.) are optional; all others are required.</p>", "required"),
        ("<p>* = required. Office hours: others are optional.</p>", "optional"),  # near the key
        ("<p>* = required.</p>", None),  # the key says nothing of the others
    ],
)
def test_a_key_that_speaks_of_the_unmarked_readings(key: str, others: str | None) -> None:
    from readlist.extract.html import read_html
    from readlist.extract.markdown import LineIndex

    page = (
        f"{key}<h3>Jan 9: Intro</h3><ul><li><a href='https://x.org/a'>A</a>*</li>"
        "<li><a href='https://x.org/b'>B</a> (opt.)</li><li><a href='https://x.org/c'>C</a></li></ul>"
    )
    (lecture,) = read_html(page, "index.html", None, LineIndex(page))
    assert lecture.readings[2].requirement == others


def test_a_marker_after_a_link_is_no_label_over_the_next_line() -> None:
    page = (
        "| Week | Dates | Topics | Readings |\n|---|---|---|---|\n"
        "| 1 | Jan 6, 8 | Overview | Tue: [A](https://x.org/a) (optional)<br>"
        "Thu: [B](https://x.org/b); [C](https://x.org/c)<br>Optional:<br>[D](https://x.org/d) |\n"
    )
    (lecture,) = read_markdown(page, "s.md", None)
    assert [r.requirement for r in lecture.readings] == ["optional", None, None, "optional"]


def test_a_page_dated_in_its_front_matter_is_one_lecture_whatever_its_headings(
    tmp_path: Path,
) -> None:
    (tmp_path / "lectures").mkdir()
    for n in (1, 2):
        (tmp_path / "lectures" / f"0{n}.qmd").write_text(
            f'---\ntitle: "Topic {n}: words"\ndate: 2025-01-1{n}\n---\n\n## Overview\n\nText.\n\n'
            f"## Readings\n\n- [A{n}](https://x.org/a{n})\n\n::: {{.callout-note}}\n## Optional\n\n"
            f"For the comparison we do in lab: [B{n}](https://x.org/b{n}).\n:::\n\n## Materials\n\n"
            f"[Slides](s{n}.html)\n"
        )
    found = [
        [(r.url[-2:], r.requirement) for r in lec.readings]
        for lec in extract_site(tmp_path).lectures
    ]
    assert found == [[("a1", None), ("b1", "optional")], [("a2", None), ("b2", "optional")]]


def test_spreadsheet_columns_named_by_their_requirement() -> None:
    from readlist.extract.yamldata import read_yaml

    sheet = (
        "date,topic,required_reading,required_url,optional_reading,optional_url\n"
        "Tue 1/7,Intro,A Relational Model,https://x.org/a,What Goes Around,https://x.org/b\n"
        "Tue 1/7,,Red Book ch. 1,https://x.org/c,,\n"
    )
    (lecture,) = read_yaml(sheet, "_data/schedule.csv", None, ".csv")
    assert [(r.text, r.requirement) for r in lecture.readings] == [
        ("A Relational Model", "required"),
        ("What Goes Around", "optional"),
        ("Red Book ch. 1", "required"),
    ]


@pytest.mark.parametrize(
    ("quarto", "page", "href", "link"),
    [
        # a page in a folder: its relative href is relative to that folder
        (
            "website:\n  site-url: https://x.org/c25/\n",
            "lectures/02.qmd",
            "../readings/a.pdf",
            "https://x.org/c25/readings/a.pdf",
        ),
        (
            "website:\n  site-url: https://x.org/c25\n",
            "lectures/02.qmd",
            "notes/a.pdf",
            "https://x.org/c25/lectures/notes/a.pdf",
        ),
        # a page at the root; a site-absolute path is read from the project's root
        (
            "website:\n  site-url: https://x.org/c25/\n",
            "02.qmd",
            "a.pdf",
            "https://x.org/c25/a.pdf",
        ),
        (
            "website:\n  site-url: https://x.org/c25/\n",
            "lectures/02.qmd",
            "/readings/a.pdf",
            "https://x.org/c25/readings/a.pdf",
        ),
        # no site-url: the href as written
        ("website:\n  title: C25\n", "lectures/02.qmd", "../readings/a.pdf", "../readings/a.pdf"),
    ],
)
def test_a_quarto_pages_links_under_its_site_url(
    tmp_path: Path, quarto: str, page: str, href: str, link: str
) -> None:
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\n" + quarto)
    (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / page).write_text(
        '---\ntitle: "Tokenization"\ndate: 2025-01-15\n---\n\n## Readings\n\n'
        f"- [Subword Units for Rare Words]({href})\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert (lecture.readings[0].url, lecture.readings[0].link) == (href, link)


def test_a_quarto_data_file_resolves_against_the_site_url(tmp_path: Path) -> None:
    """A listing's data file is no page in a folder: its hrefs resolve from the root."""
    (tmp_path / "_quarto.yml").write_text("website:\n  site-url: https://x.org/c25/\n")
    (tmp_path / "lectures").mkdir()
    (tmp_path / "lectures" / "index.qmd").write_text(
        "---\ntitle: Schedule\nlisting:\n  contents: schedule.yml\n  type: table\n---\n"
    )
    (tmp_path / "lectures" / "schedule.yml").write_text(
        "- date: 2025-01-15\n  title: Intro\n  readings:\n"
        "    - title: Subword Units for Rare Words\n      url: r/a.pdf\n"
        "- date: 2025-01-17\n  title: Tokenizers\n  readings:\n"
        "    - title: Byte-Level Language Models\n      url: /r/b.pdf\n"
    )
    links = [r.link for lec in extract_site(tmp_path).lectures for r in lec.readings]
    assert links == ["https://x.org/c25/r/a.pdf", "https://x.org/c25/r/b.pdf"]


@pytest.mark.parametrize(
    ("layout", "front", "body"),
    [
        # the layout filters values: front matter's site-absolute path under the baseurl
        (
            "{% for r in page.readings %}<a href='{{ r.url | relative_url }}'>{{ r.title }}</a>"
            "{% endfor %}{{ content }}",
            "https://x.org/c25/assets/a.pdf",
            "https://x.org/assets/b.pdf",
        ),
        # the layout writes them raw: both stay on the host's root
        (
            "{% for r in page.readings %}<a href='{{ r.url }}'>{{ r.title }}</a>"
            "{% endfor %}{{ content }}",
            "https://x.org/assets/a.pdf",
            "https://x.org/assets/b.pdf",
        ),
    ],
)
def test_a_front_matter_list_under_the_baseurl_when_the_layout_filters_it(
    tmp_path: Path, layout: str, front: str, body: str
) -> None:
    (tmp_path / "_config.yml").write_text('url: "https://x.org"\nbaseurl: "/c25"\n')
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_layouts" / "lecture.html").write_text(layout)
    (tmp_path / "_lectures").mkdir()
    (tmp_path / "_lectures" / "02.md").write_text(
        "---\nlayout: lecture\ntitle: Tokenization\ndate: 2025-01-15\nreadings:\n"
        "  - title: Subword Units for Rare Words\n    url: /assets/a.pdf\n---\n\n"
        "Also read [Byte-Level Language Models](/assets/b.pdf).\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.link) for r in lecture.readings] == [
        ("/assets/a.pdf", front),
        ("/assets/b.pdf", body),
    ]
