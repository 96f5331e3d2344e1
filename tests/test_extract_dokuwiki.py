"""DokuWiki pages (``readlist/extract/dokuwiki.py``): converted to HTML, read as HTML;
which ``.txt`` files are pages (``readlist/extract/files.py``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.dokuwiki import Wiki, dokuwiki_html, resolve_id

REWRITTEN = Wiki(basedir="/cs1/", userewrite=1, useslash=True)
"""``userewrite = 1`` and ``useslash`` under ``/cs1/``: ``/cs1/ns/page``,
``/cs1/_media/ns/a.pdf``."""

CONVERTED = [
    # (DokuWiki text, HTML fragments expected in the output, in order)
    ("====== Title ======", ["<h1>Title</h1>"]),
    ("===== Two =====\n\n==== Three ====", ["<h2>Two</h2>", "<h3>Three</h3>"]),
    ("=== Four ===\n== Five ==", ["<h4>Four</h4>", "<h5>Five</h5>"]),
    ("===== **not bold** =====", ["<h2>**not bold**</h2>"]),
    ("One\nline two.\n\nNext.", ["<p>One\nline two.</p>", "<p>Next.</p>"]),
    ("a\n----\nb", ["<p>a</p>", "<hr>", "<p>b</p>"]),
    ("**bold** //it// __under__ ''mono''", ["<strong>bold</strong> <em>it</em> <u>under</u>"]),
    ("''mono''", ["<code>mono</code>"]),
    ("<del>gone</del> H<sub>2</sub>O x<sup>2</sup>", ["<del>gone</del>", "<sub>2</sub>"]),
    ("//[[https://a.org/p|Paper]]//", ['<em><a href="https://a.org/p">Paper</a></em>']),
    # the '//' of a URL is no italics
    ("see https://a.org/x and //it//", ['<a href="https://a.org/x">https://a.org/x</a>']),
    ("see https://a.org/x and //it//", [" and <em>it</em>"]),
    ("[[https://a.org/p.pdf|A Paper]]", ['<a href="https://a.org/p.pdf">A Paper</a>']),
    ("[[https://a.org/p.pdf]]", ['<a href="https://a.org/p.pdf">https://a.org/p.pdf</a>']),
    ("[[https://a.org|**Big** title]]", ['<a href="https://a.org"><strong>Big</strong> title</a>']),
    ("Bare https://a.org/y.pdf.", ['Bare <a href="https://a.org/y.pdf">https://a.org/y.pdf</a>.']),
    ("at www.a.org/x, then", ['<a href="http://www.a.org/x">www.a.org/x</a>, then']),
    ("(https://a.org/z)", ['(<a href="https://a.org/z">https://a.org/z</a>)']),
    ("[[course:project|Project]]", ['<a href="/doku.php?id=course:project">Project</a>']),
    ("[[course:project]]", ['<a href="/doku.php?id=course:project">project</a>']),
    ("[[:start|Home]]", ['<a href="/doku.php?id=start">Home</a>']),
    ("[[wp>Paxos (computer science)|Paxos]]", ["https://en.wikipedia.org/wiki/Paxos (computer"]),
    ("[[rfc>2616]]", ['<a href="https://tools.ietf.org/html/rfc2616">2616</a>']),
    ("[[nowhere>x|X]]", ["<p>X</p>"]),  # a shortcut the wiki does not define: no link
    ("[[#readings|below]]", ['<a href="#readings">below</a>']),
    ("Mail <ta@uni.edu>", ['Mail <a href="mailto:ta@uni.edu">ta@uni.edu</a>']),
    ("[[ta@uni.edu|the TA]]", ['<a href="mailto:ta@uni.edu">the TA</a>']),
    ("{{:ns:a.pdf|The Paper}}", ['<a href="/lib/exe/fetch.php?media=ns:a.pdf">The Paper</a>']),
    ("{{:ns:a.pdf}}", ['<a href="/lib/exe/fetch.php?media=ns:a.pdf">a.pdf</a>']),
    ("{{https://a.org/b.pdf|B}}", ['<a href="https://a.org/b.pdf">B</a>']),
    ("{{:logo.png?200|Logo}}", ['<img src="/lib/exe/fetch.php?media=logo.png" alt="Logo">']),
    ("{{:logo.png?linkonly|Logo}}", ['<a href="/lib/exe/fetch.php?media=logo.png">Logo</a>']),
    ("{{tag>week1 papers}}Shown", ["<p>Shown</p>"]),
    (
        "[[https://php.net|{{:logo.png|PHP}}]]",  # an image as a link's text
        ['<a href="https://php.net"><img src="/lib/exe/fetch.php?media=logo.png" alt="PHP"></a>'],
    ),
    ("[[https://a.org|{{:a.pdf|A}}]]", ['<a href="https://a.org">A</a>']),  # no link in a link
    ("a \\\\ b\\\\\nc", ["<p>a <br> b<br>\nc</p>"]),
    ("  * one\n  * two", ["<ul>\n<li>one</li>\n<li>two</li>\n</ul>"]),
    ("  - one\n  - two", ["<ol>\n<li>one</li>\n<li>two</li>\n</ol>"]),
    (
        "  * a\n    * b\n    * c\n  * d",
        ["<ul>\n<li>a\n<ul>\n<li>b</li>\n<li>c</li>\n</ul></li>\n<li>d</li>\n</ul>"],
    ),
    ("\t* tab\n\t\t- deeper", ["<ul>\n<li>tab\n<ol>\n<li>deeper</li>\n</ol></li>\n</ul>"]),
    ("  code *here*\n  more", ["<pre>code *here*\nmore</pre>"]),
    ("> quoted //words//", ["<blockquote><p>quoted <em>words</em></p></blockquote>"]),
    ("<code python>\nx = '**y**'\n</code>", ["<pre>x = '**y**'</pre>"]),
    ("<file txt a.txt>\n[[u|v]]\n</file>", ["<pre>[[u|v]]</pre>"]),
    ("<nowiki>**raw** [[u]]</nowiki>", ["<p>**raw** [[u]]</p>"]),
    ("%%//raw//%% //it//", ["<p>//raw// <em>it</em></p>"]),
    ("~~NOTOC~~\n~~NOCACHE~~\nText", ["<p>Text</p>"]),
    ("<WRAP round box>\n**Optional**\n</WRAP>", ["<p><strong>Optional</strong></p>"]),
    ("Topic((a note with [[https://a.org|a link]])) end", ["<p>Topic end</p>", '<div class="fn">']),
    ("Topic((a note))", ['<div class="fn"><sup>1)</sup> a note</div>']),
    (
        "^ Date ^ Topic ^\n| Jan 1 | Intro |",
        [
            "<thead>\n<tr><th>Date</th><th>Topic</th></tr>\n</thead>",
            "<tbody>\n<tr><td>Jan 1</td><td>Intro</td></tr>\n</tbody>",
        ],
    ),
    ("^ Part I ^^^\n| a | b | c |", ['<tr><th colspan="3">Part I</th></tr>']),
    ("| wide || c |", ['<tr><td colspan="2">wide</td><td>c</td></tr>']),
    ("| a | | c |", ["<tr><td>a</td><td></td><td>c</td></tr>"]),  # '| |': an empty cell
    (
        "^ W ^ D ^\n| 1 | Mon |\n| ::: | Wed |",
        ['<td rowspan="2">1</td><td>Mon</td></tr>', "<tr><td>Wed</td></tr>"],
    ),
    ("^ Mon | Intro |", ["<tr><th>Mon</th><td>Intro</td></tr>"]),  # a row's header cell
    (
        "| Jan 1 | [[https://a.org|A | B]] \\\\ {{:x.pdf|C|D}} |",
        ['<td>Jan 1</td><td><a href="https://a.org">A | B</a> <br>', ">C|D</a></td>"],
    ),
    ("| a((x | y)) | b |", ["<tr><td>a</td><td>b</td></tr>"]),  # a footnote holds its '|'
    ("| ''a|b'' | c |", ["<td><code>a|b</code></td><td>c</td>"]),
    ("| //[[https://a.org|A]]// | b |", ['<td><em><a href="https://a.org">A</a></em></td>']),
]


@pytest.mark.parametrize(("source", "expected"), CONVERTED)
def test_converts(source: str, expected: list[str]) -> None:
    html = dokuwiki_html(source).html
    at = 0
    for fragment in expected:
        found = html.find(fragment, at)
        assert found >= 0, f"{fragment!r} not in {html!r}"
        at = found + len(fragment)


LINKED = [
    # (target as written on the page course:schedule, href with REWRITTEN's settings)
    ("[[project]]", "/cs1/course/project"),  # no colon: in the page's namespace
    ("[[course:project]]", "/cs1/course/project"),  # a colon: from the root
    ("[[ta:office hours]]", "/cs1/ta/office_hours"),
    ("[[.:notes:w1]]", "/cs1/course/notes/w1"),
    ("[[..:start]]", "/cs1/start"),
    ("[[course:]]", "/cs1/course/start"),  # a namespace: its start page
    ("[[project#Milestones]]", "/cs1/course/project#milestones"),
    ("{{:course:papers:a.pdf|A}}", "/cs1/_media/course/papers/a.pdf"),
    ("{{papers:a.pdf|A}}", "/cs1/_media/papers/a.pdf"),
    ("{{a.pdf|A}}", "/cs1/_media/course/a.pdf"),
    ("{{ :course:a.pdf?linkonly |A}}", "/cs1/_media/course/a.pdf"),
]


@pytest.mark.parametrize(("source", "href"), LINKED)
def test_wiki_links_as_dokuwiki_makes_them(source: str, href: str) -> None:
    html = dokuwiki_html(source, REWRITTEN, "course:schedule").html
    assert f'href="{href}"' in html


@pytest.mark.parametrize(
    ("wiki", "media", "page"),
    [
        (Wiki(), "/lib/exe/fetch.php?media=ns:a.pdf", "/doku.php?id=ns:p"),
        (Wiki(userewrite=1), "/_media/ns:a.pdf", "/ns:p"),
        (Wiki(userewrite=1, useslash=True), "/_media/ns/a.pdf", "/ns/p"),
        (Wiki(basedir="/w/", userewrite=2), "/w/lib/exe/fetch.php/ns:a.pdf", "/w/doku.php/ns:p"),
    ],
)
def test_urls_follow_the_rewrite_settings(wiki: Wiki, media: str, page: str) -> None:
    assert wiki.media_href("ns:a.pdf") == media
    assert wiki.page_href("ns:p") == page


@pytest.mark.parametrize(
    ("target", "page", "resolved"),
    [
        ("p", "a:b:here", "a:b:p"),
        ("x:p", "a:b:here", "x:p"),
        (":p", "a:b:here", "p"),
        (".p", "a:b:here", "a:b:p"),
        (".:p", "a:b:here", "a:b:p"),
        ("..:p", "a:b:here", "a:p"),
        ("~sub", "a:here", "a:here:sub"),
        ("x:", "a:here", "x:"),
        ("p", "here", "p"),
    ],
)
def test_resolve_id(target: str, page: str, resolved: str) -> None:
    assert resolve_id(target, page) == resolved


def test_written_targets_and_page_links_are_recorded() -> None:
    page = dokuwiki_html("[[course:staff|Staff]] {{:course:a.pdf|A}}", REWRITTEN, "course:x")
    assert page.written == {
        "/cs1/course/staff": "course:staff",
        "/cs1/_media/course/a.pdf": ":course:a.pdf",
    }
    assert page.pages == {"/cs1/course/staff"}


ESCAPED = [
    # (DokuWiki text, text that must appear escaped, markup that must never appear)
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>"),
    ("| <script>x</script> | b |", "<td>&lt;script&gt;x&lt;/script&gt;</td>", "<script>"),
    ("  * <img src=x onerror=alert(1)>", "&lt;img src=x", "<img"),
    ("Hi <b>there</b> & co", "&lt;b&gt;there&lt;/b&gt; &amp; co", "<b>"),
    ('[[https://a.org/"onmouseover="x|A <i>]]', "A &lt;i&gt;", 'href="https://a.org/"on'),
    ('{{:a.png|x" onerror="alert(1)}}', 'alt="x&quot; onerror=&quot;alert(1)"', '" onerror'),
    ("====== <em>Head</em> ======", "&lt;em&gt;Head", "<em>"),
    ("<html><iframe src=x></iframe></html>", "&lt;iframe", "<iframe"),
    ("<html>\n<iframe src=x></iframe>\n</html>", "<pre>&lt;iframe", "<iframe"),
    ("<nowiki><u>kept</u></nowiki>", "&lt;u&gt;kept", "<u>"),
    ("((<script>x</script>))", "&lt;script&gt;", "<script>"),
    ("[[javascript:alert(1)|click]]", '"/doku.php?id=javascript:alert_1"', 'href="javascript:'),
]


@pytest.mark.parametrize(("source", "shown", "never"), ESCAPED)
def test_escapes_page_text(source: str, shown: str, never: str) -> None:
    html = dokuwiki_html(source).html
    assert shown in html
    assert never not in html


@pytest.mark.parametrize(
    "source",
    [
        "^ Date ^ Topic",  # a row never closed
        "| ::: | ::: |\n| || |",
        "||||",
        "[[",
        "[[|]] {{}} {{|}} (())",
        "<code>never closed\n\nstill text",
        "//never closed **either",
        "  * a\n      * deep\n * b",
        "",
        "\x00[[u|\x00]]",
        "[[u|" * 3000 + "]]" * 3000,  # links in link texts, deeper than Python recurses
        "((" * 3000 + "))" * 3000,
        "[[u|%%<nowiki>x</nowiki>%%]]",
    ],
)
def test_malformed_never_crashes(source: str) -> None:
    assert isinstance(dokuwiki_html(source).html, str)


@pytest.mark.parametrize(
    "source",
    [
        "[[a" * 30_000,  # openers never closed: each once looked for its closer to the end
        "{{a" * 30_000,
        "((a" * 30_000,
        "<nowiki>a" * 20_000,
        "<code>a\n" * 20_000,
        "| [[a " * 20_000,
        "{{a.png?" + "1" * 50_000 + "!}}",
        "== " + "=" * 50_000 + "x",
        "http://a" + "-" * 50_000 + "x",  # a URL's end once looked for past each dash
    ],
)
def test_hostile_pages_convert_in_linear_time(source: str) -> None:
    started = time.monotonic()
    dokuwiki_html(source)
    assert time.monotonic() - started < 5  # quadratic scans took 10 s and more


SCHEDULE = (
    "~~NOTOC~~\n"
    "====== Schedule ======\n"
    "\n"
    "Readings in //italics// are optional; the others are required.\n"
    "\n"
    "^ Date ^ Topic ^ Readings ^ Slides ^\n"
    "^ Part I ^^^^\n"
    "| Jan 13 | Intro((Room change!)) "
    "| [[https://a.org/note.pdf|A Note on Distributed Computing]] "
    "\\\\ //[[https://b.org/net|The Network is Reliable]]// | {{:cs1:slides:01.pdf|slides}} |\n"
    "| Jan 15 | **MapReduce** | {{:cs1:papers:mr.pdf|MapReduce: Simplified Data Processing}} "
    "\\\\ see [[cs1:notes|our notes]] | |\n"
    "| Jan 20 | No class | | |\n"
)
"""A DokuWiki schedule (``cs1:schedule``) as course wikis write it."""

SETTINGS = """<?php
$conf['title'] = 'CS 1';
$conf['baseurl'] = 'https://wiki.uni.edu';
$conf['basedir'] = '/cs1/';
$conf['userewrite'] = '1';
$conf['useslash'] = 1;
"""


def wiki_site(root: Path, settings: str | None = SETTINGS) -> Path:
    pages = root / "data" / "pages"
    (pages / "cs1").mkdir(parents=True)
    (pages / "cs1" / "schedule.txt").write_text(SCHEDULE, encoding="utf-8")
    (pages / "start.txt").write_text("====== Home ======\n[[cs1:schedule]]\n", encoding="utf-8")
    if settings is not None:
        (root / "conf").mkdir()
        (root / "conf" / "local.php").write_text(settings, encoding="utf-8")
    return root


SCHEDULE_READ = [
    (
        "Jan 13",
        "Intro",
        [
            ("A Note on Distributed Computing", "https://a.org/note.pdf", "required"),
            ("The Network is Reliable", "https://b.org/net", "optional"),
        ],
    ),
    (
        "Jan 15",
        "MapReduce",
        [("MapReduce: Simplified Data Processing", ":cs1:papers:mr.pdf", "required")],
    ),
    ("Jan 20", "No class", []),
]


def test_site_reads_a_dokuwiki(tmp_path: Path) -> None:
    site = extract_site(wiki_site(tmp_path))
    got = [
        (lec.key, lec.title, [(r.title, r.url, r.requirement) for r in lec.readings])
        for lec in site.lectures
    ]
    assert got == SCHEDULE_READ
    assert {lec.file for lec in site.lectures} == {"data/pages/cs1/schedule.txt"}
    paper = site.lectures[1].readings[0]
    assert paper.link == "https://wiki.uni.edu/cs1/_media/cs1/papers/mr.pdf"
    assert paper.line == 9
    assert site.base_url == "https://wiki.uni.edu/cs1/"


def test_a_page_store_alone_is_a_dokuwiki(tmp_path: Path) -> None:
    """No ``conf/``: ``data/pages/`` holding ``.txt`` pages is the layout; its links
    are DokuWiki's defaults (``lib/exe/fetch.php``), site-absolute."""
    site = extract_site(wiki_site(tmp_path, settings=None))
    assert [lec.key for lec in site.lectures] == ["Jan 13", "Jan 15", "Jan 20"]
    paper = site.lectures[1].readings[0]
    assert (paper.url, paper.link) == (
        ":cs1:papers:mr.pdf",
        "/lib/exe/fetch.php?media=cs1:papers:mr.pdf",
    )


def test_a_wiki_page_given_alone(tmp_path: Path) -> None:
    wiki_site(tmp_path)
    site = extract_site(tmp_path / "data" / "pages" / "cs1" / "schedule.txt")
    assert [lec.key for lec in site.lectures] == ["Jan 13", "Jan 15", "Jan 20"]
    paper = site.lectures[1].readings[0]
    assert paper.link == "https://wiki.uni.edu/cs1/_media/cs1/papers/mr.pdf"


def test_only_the_page_store_is_read(tmp_path: Path) -> None:
    """The wiki's old revisions, metadata, media and cache, and its install, are no
    pages; nor is a ``.txt`` file outside the page store."""
    wiki_site(tmp_path)
    for rel in (
        "data/attic/cs1/old.txt",
        "data/cache/x/old.txt",
        "data/meta/cs1/schedule.txt",
        "data/media/cs1/schedule.txt",
        "notes/schedule.txt",
        "schedule.txt",
    ):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SCHEDULE.replace("Jan ", "Feb "), encoding="utf-8")
    (tmp_path / "data" / "media" / "cs1" / "schedule.yml").write_text(
        "- date: Mar 1\n  readings: [{title: X, url: 'https://x.org'}]\n", encoding="utf-8"
    )
    (tmp_path / "doku.php").write_text("<?php\n", encoding="utf-8")
    (tmp_path / "lib" / "plugins" / "x").mkdir(parents=True)
    (tmp_path / "lib" / "plugins" / "x" / "README.md").write_text(
        "## Apr 1\n\n- [P](https://p.org/p.pdf)\n", encoding="utf-8"
    )
    site = extract_site(tmp_path)
    assert {lec.file for lec in site.lectures} == {"data/pages/cs1/schedule.txt"}
    assert [lec.key for lec in site.lectures] == ["Jan 13", "Jan 15", "Jan 20"]


def test_a_txt_file_outside_a_dokuwiki_is_not_read(tmp_path: Path) -> None:
    """``data/pages/`` is DokuWiki's layout only with ``.txt`` pages or DokuWiki's
    settings: elsewhere, and in a site without that layout, ``.txt`` files are no pages."""
    for rel in ("schedule.txt", "data/schedule.txt", "pages/schedule.txt", "data/x/a.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SCHEDULE, encoding="utf-8")
    (tmp_path / "index.md").write_text(
        "## Jan 30\n\n- [Only Paper](https://o.org/p.pdf)\n", encoding="utf-8"
    )
    site = extract_site(tmp_path)
    assert [(lec.file, lec.key) for lec in site.lectures] == [("index.md", "Jan 30")]


def test_conf_without_dokuwiki_settings_is_no_dokuwiki(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "local.php").write_text("<?php $x = 1;\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text(SCHEDULE, encoding="utf-8")
    (tmp_path / "index.md").write_text("## Jan 30\n\n- [P](https://o.org/p.pdf)\n")
    site = extract_site(tmp_path)
    assert [lec.file for lec in site.lectures] == ["index.md"]


def test_savedir_names_the_page_store(tmp_path: Path) -> None:
    settings = SETTINGS + "$conf['savedir'] = './wikidata';\n"
    wiki_site(tmp_path, settings)
    (tmp_path / "data").rename(tmp_path / "wikidata")
    site = extract_site(tmp_path)
    assert {lec.file for lec in site.lectures} == {"wikidata/pages/cs1/schedule.txt"}


def test_links_to_the_wikis_own_pages_are_never_readings(tmp_path: Path) -> None:
    pages = tmp_path / "data" / "pages"
    pages.mkdir(parents=True)
    (pages / "schedule.txt").write_text(
        "^ Date ^ Readings ^\n"
        "| Jan 13 | [[papers:dynamo|Dynamo: Amazon's Highly Available Key-value Store]] |\n"
        "| Jan 15 | [[https://c.org/mr.pdf|MapReduce: Simplified Data Processing]] |\n",
        encoding="utf-8",
    )
    site = extract_site(tmp_path)
    assert [(lec.key, [r.url for r in lec.readings]) for lec in site.lectures] == [
        ("Jan 13", []),
        ("Jan 15", ["https://c.org/mr.pdf"]),
    ]


def test_a_folder_of_the_page_store_given_alone(tmp_path: Path) -> None:
    """``readlist show data/pages/cs1``: a namespace of the wiki, its links the wiki's."""
    wiki_site(tmp_path)
    site = extract_site(tmp_path / "data" / "pages" / "cs1")
    assert [(lec.file, lec.key) for lec in site.lectures] == [
        ("schedule.txt", "Jan 13"),
        ("schedule.txt", "Jan 15"),
        ("schedule.txt", "Jan 20"),
    ]
    paper = site.lectures[1].readings[0]
    assert paper.link == "https://wiki.uni.edu/cs1/_media/cs1/papers/mr.pdf"


def test_a_namespace_of_any_name_is_read(tmp_path: Path) -> None:
    """``assets``, ``static``, ``_posts`` are folders other generators do not build;
    in a page store they are namespaces like any other."""
    wiki_site(tmp_path)
    (tmp_path / "data" / "pages" / "cs1").rename(tmp_path / "data" / "pages" / "assets")
    site = extract_site(tmp_path)
    assert {lec.file for lec in site.lectures} == {"data/pages/assets/schedule.txt"}
