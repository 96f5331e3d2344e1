"""AsciiDoc pages (``readlist/extract/asciidoc.py``): converted to HTML, read as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.asciidoc import asciidoc_html

CONVERTED = [
    # (AsciiDoc, HTML fragments expected in the output, in order)
    ("= Schedule\n:toc: left\n:icons: font\n\nText.", ["<h1>Schedule</h1>", "<p>Text.</p>"]),
    (
        "= CS 1\nAda Lovelace <ada@x.org>\nv1.0\n:u: https://a.org\n\nlink:{u}[A]",
        ["<h1>CS 1</h1>\n<p><a"],
    ),
    ("== Week 1\n\n=== Mon\n\n===== Deep", ["<h2>Week 1</h2>", "<h3>Mon</h3>", "<h5>Deep</h5>"]),
    ("One\nline two.\n\nNext.", ["<p>One\nline two.</p>", "<p>Next.</p>"]),
    ("* a\n** b\n* c", ["<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>"]),
    ("- a\n- b", ["<ul>\n<li>a</li>\n<li>b</li>\n</ul>"]),
    (". one\n. two", ["<ol>\n<li>one</li>\n<li>two</li>\n</ol>"]),
    ("Week 1:: Intro", ["<dl>\n<dt>Week 1</dt>\n<dd>Intro</dd>\n</dl>"]),
    ("link:https://a.org/p.pdf[A Paper]", ['<a href="https://a.org/p.pdf">A Paper</a>']),
    ("See https://a.org/x[The X] (optional)", ['<a href="https://a.org/x">The X</a> (optional)']),
    ("Bare https://a.org/y.", ['Bare <a href="https://a.org/y">https://a.org/y</a>.']),
    ("link:https://a.org[Title,window=_blank]", ['<a href="https://a.org">Title</a>']),
    ("*bold* _it_ `mono`", ["<strong>bold</strong> <em>it</em> <code>mono</code>"]),
    ("snake_case_name", ["snake_case_name"]),
    ("xref:schedule.adoc[the schedule]", ['<a href="schedule.html">the schedule</a>']),
    ("xref:cs:ROOT:labs/l1.adoc#due[Lab]", ['<a href="labs/l1.html#due">Lab</a>']),
    ("<<readings,Readings>>", ['<a href="#readings">Readings</a>']),
    (":url: https://a.org\n\nlink:{url}/p.pdf[P]", ['<a href="https://a.org/p.pdf">P</a>']),
    (
        "NOTE: Read it.",
        ['<div class="admonition note">', '<p class="admonition-title">Note</p>', "Read it."],
    ),
    (
        "[NOTE]\n====\nOptional: link:u[A]\n====",
        ['<p class="admonition-title">Note</p>', '<p>Optional: <a href="u">A</a></p>'],
    ),
    (
        ".Optional\n****\n* link:u[A]\n****",
        ['<p class="admonition-title">Optional</p>', '<li><a href="u">A</a></li>'],
    ),
    (".Readings\n* link:u[A]", ['<p class="title">Readings</p>', '<a href="u">A</a>']),
    ("// a comment\n////\nhidden\n////\ninclude::x.adoc[]\nShown", ["<p>Shown</p>"]),
    ("----\n*not bold* <b>\n----", ["<pre>*not bold* &lt;b&gt;</pre>"]),
    (
        "* item\n+\n----\n* code\n----\n* next",
        ["<li>item\n<pre>* code</pre></li>", "<li>next</li>"],
    ),
    (
        '[cols="1,2",options="header"]\n|===\n|Date |Topic\n|Jan 1\n|Intro\n|===',
        ["<thead>\n<tr><th>Date</th><th>Topic</th></tr>", "<td><p>Intro</p></td>"],
    ),
    (
        "|===\n|Date |Topic\n\n|Jan 1 |Intro\n|===",
        ["<th>Date</th><th>Topic</th>", "<td><p>Jan 1</p></td><td><p>Intro</p></td>"],
    ),
    ("[%header]\n|===\n|A |B\n|1 |2\n|===", ["<th>A</th><th>B</th>", "<td><p>1</p></td>"]),
    (
        "[cols=2]\n|===\n|Jan 1\n|Intro\nmore\n|Jan 2\n|Next\n|===",
        ["<td><p>Jan 1</p></td><td><p>Intro\nmore</p></td>", "<td><p>Next</p></td>"],
    ),
    (
        "[cols=2]\n|===\n|Jan 1\na|\n* link:u[A]\n\n.Optional\n****\n* link:v[B]\n****\n|===",
        ['<td><ul>\n<li><a href="u">A</a></li>', '<p class="admonition-title">Optional</p>'],
    ),
    ("|===\n|Jan 1\n|Intro\n|===", ["<tr><td><p>Jan 1</p></td></tr>"]),  # 1st line: 1 column
    ("[cols=3]\n|===\n2+|wide |c\n|===", ['<td colspan="2"><p>wide</p></td><td><p>c</p></td>']),
]


@pytest.mark.parametrize(("source", "expected"), CONVERTED)
def test_converts(source: str, expected: list[str]) -> None:
    html = asciidoc_html(source)
    at = 0
    for fragment in expected:
        found = html.find(fragment, at)
        assert found >= 0, f"{fragment!r} not in {html!r}"
        at = found + len(fragment)


ESCAPED = [
    # (AsciiDoc, text that must appear escaped, markup that must never appear)
    ("|===\n|<script>alert(1)</script> |b\n|===", "&lt;script&gt;", "<script>"),
    ("a|\n<img src=x onerror=alert(1)>", "&lt;img", "<img"),
    ("Hi <b>there</b> & co", "&lt;b&gt;there&lt;/b&gt; &amp; co", "<b>"),
    ('link:https://a.org/"onmouseover="x[A <i>]', "A &lt;i&gt;", 'href="https://a.org/"on'),
    ("++++\n<iframe src=x></iframe>\n++++", "&lt;iframe", "<iframe"),
    ("== <em>Head</em>", "&lt;em&gt;Head", "<em>"),
    ("+<u>kept</u>+", "&lt;u&gt;kept", "<u>"),
]


@pytest.mark.parametrize(("source", "shown", "never"), ESCAPED)
def test_escapes_page_text(source: str, shown: str, never: str) -> None:
    html = asciidoc_html(source)
    assert shown in html
    assert never not in html


@pytest.mark.parametrize(
    "source",
    [
        "|===\n|Date |Topic\n|Jan 1 |Intro",  # the table is never closed
        "====\nan example never closed",
        '[cols="\n|===\n|===',
        "a|\n|===\n2+|\n.9+|x",
        "* a\n+\n",
        "",
    ],
)
def test_malformed_never_crashes(source: str) -> None:
    assert isinstance(asciidoc_html(source), str)


def test_unclosed_table_runs_to_the_page_end() -> None:
    html = asciidoc_html("|===\n|Date |Topic\n\n|Jan 1 |Intro")
    assert "<th>Date</th>" in html
    assert "<td><p>Intro</p></td>" in html
    assert html.rstrip().endswith("</table>")


SCHEDULE = """\
= Schedule
:page-toclevels: 2

Readings marked (optional) are for going deeper.

[cols="2,4,6",options="header"]
|===
|Date |Topic |Readings

|Tue Jan 13
|Introduction (link:slides/01.pdf[slides])
a|
* link:https://a.org/note.pdf[A Note on Distributed Computing]
* https://b.org/net[The Network is Reliable] (optional)

|Thu Jan 15
|MapReduce
a|
* link:https://c.org/mr[MapReduce: Simplified Data Processing]

.Optional
****
* link:https://d.org/rdd[Resilient Distributed Datasets]
****

[NOTE]
====
Optional: https://e.org/live[Paxos Made Live]
====
|===
"""


def test_site_reads_asciidoc_pages(tmp_path: Path) -> None:
    pages = tmp_path / "docs" / "modules" / "ROOT" / "pages"
    pages.mkdir(parents=True)
    (tmp_path / "antora-playbook.yml").write_text("site:\n  title: C\n", encoding="utf-8")
    (tmp_path / "docs" / "antora.yml").write_text("name: c\nversion: ~\n", encoding="utf-8")
    (pages / "schedule.adoc").write_text(SCHEDULE, encoding="utf-8")
    nav = tmp_path / "docs" / "modules" / "ROOT" / "nav.adoc"
    nav.write_text("* xref:schedule.adoc[Schedule]\n", encoding="utf-8")
    build = tmp_path / "build" / "site"
    build.mkdir(parents=True)
    (build / "schedule.adoc").write_text(SCHEDULE, encoding="utf-8")  # output: not read
    site = extract_site(tmp_path)
    got = [
        (lec.key, lec.title, [(r.title, r.url, r.requirement) for r in lec.readings])
        for lec in site.lectures
    ]
    assert got == [
        (
            "Tue Jan 13",
            "Introduction",
            [
                ("A Note on Distributed Computing", "https://a.org/note.pdf", None),
                ("The Network is Reliable", "https://b.org/net", "optional"),
            ],
        ),
        (
            "Thu Jan 15",
            "MapReduce",
            [
                ("MapReduce: Simplified Data Processing", "https://c.org/mr", None),
                ("Resilient Distributed Datasets", "https://d.org/rdd", "optional"),
                ("Paxos Made Live", "https://e.org/live", "optional"),
            ],
        ),
    ]
    assert {lec.file for lec in site.lectures} == {"docs/modules/ROOT/pages/schedule.adoc"}


def test_single_asciidoc_file(tmp_path: Path) -> None:
    page = tmp_path / "schedule.asciidoc"
    page.write_text(SCHEDULE, encoding="utf-8")
    site = extract_site(page)
    assert [lec.key for lec in site.lectures] == ["Tue Jan 13", "Thu Jan 15"]
