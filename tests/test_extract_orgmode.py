"""Org-mode pages (``readlist/extract/orgmode.py``): converted to HTML, read as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site, read_file
from readlist.extract.files import read_config, read_text
from readlist.extract.orgmode import emacs_regex, org_html, publish_config

CONVERTED = [
    # (Org, HTML fragments expected in the output, in order)
    (
        "#+TITLE: Schedule\n#+AUTHOR: A. B.\n\nText.",
        ['<h1 class="title">Schedule</h1>', "<p>Text.</p>"],
    ),
    ("#+OPTIONS: toc:nil\n#+STARTUP: overview\n#+INCLUDE: x.org\nShown", ["<p>Shown</p>"]),
    (
        "#+OPTIONS: num:nil\n* Week 1\n** Mon\n****** Deep",
        ["<h2>Week 1</h2>", "<h3>Mon</h3>", "<h6>Deep</h6>"],
    ),
    (  # ox-html numbers sections by default
        "* Week 1\n** Mon\n** Wed\n* Week 2\n** Mon",
        [
            '<h2><span class="section-number-2">1.</span> Week 1</h2>',
            '<span class="section-number-3">1.2.</span> Wed',
            '<span class="section-number-3">2.1.</span> Mon',
        ],
    ),
    ("#+OPTIONS: num:1\n* A\n** B", ['<span class="section-number-2">1.</span> A', "<h3>B</h3>"]),
    ("#+OPTIONS: num:nil\n* TODO [#A] Lab due", ["<h2>Lab due</h2>"]),
    ("#+OPTIONS: num:nil\n* DONE Intro", ["<h2>Intro</h2>"]),
    ("#+TODO: PLANNED | HELD\n#+OPTIONS: num:nil\n* PLANNED Topic", ["<h2>Topic</h2>"]),
    ("#+OPTIONS: num:nil\n* TODOS for week 3", ["<h2>TODOS for week 3</h2>"]),
    (  # a requirement tag reads like "(optional)"; other tags are no words of the headline
        "#+OPTIONS: num:nil\n* Going further     :optional:\n* Guest talk   :guest:",
        ["<h2>Going further (optional)</h2>", "<h2>Guest talk</h2>"],
    ),
    ("#+OPTIONS: num:nil tags:nil\n* Going further :optional:", ["<h2>Going further</h2>"]),
    (
        "* Shown\n* COMMENT Hidden\nsecret\n** still hidden\n* Private :noexport:\nnotes\n* After",
        ["Shown</h2>", "After</h2>"],
    ),
    ("#+EXCLUDE_TAGS: draft\n* Draft :draft:\nx\n* Kept\ny", ["Kept</h2>", "<p>y</p>"]),
    ("* Old :ARCHIVE:\nbody\n** child\n* New\nnext", ["Old", "New</h2>", "<p>next</p>"]),
    (
        "* Week\nSCHEDULED: <2025-01-10 Fri>\n:PROPERTIES:\n:ID: 1\n:END:\n:LOGBOOK:\n"
        "CLOCK: x\n:END:\nBody",
        ["Week</h2>\n<p>Body</p>"],
    ),
    (":NOTES:\nkept text\n:END:", ["<p>kept text</p>"]),
    ("# a comment\n#+BEGIN_COMMENT\nhidden\n#+END_COMMENT\nShown", ["<p>Shown</p>"]),
    (
        "<2025-01-14 Tue> and [2025-01-16 Thu]",
        [
            '<span class="timestamp-wrapper"><span class="timestamp">&lt;2025-01-14 Tue&gt;'
            "</span></span>",
            '<span class="timestamp">[2025-01-16 Thu]</span>',
        ],
    ),
    ("<2025-01-14 Tue>--<2025-01-16 Thu>", ["&lt;2025-01-14 Tue&gt;\u2013&lt;2025-01-16 Thu&gt;"]),
    ("- a\n- b", ["<ul>\n<li>a</li>\n<li>b</li>\n</ul>"]),
    ("+ a\n+ b", ["<ul>\n<li>a</li>\n<li>b</li>\n</ul>"]),
    ("1. one\n2. two", ["<ol>\n<li>one</li>\n<li>two</li>\n</ol>"]),
    ("1) one\n2) two", ["<ol>\n<li>one</li>\n<li>two</li>\n</ol>"]),
    (
        "- a\n  more of a\n  - b\n- c",
        ["<li>a\nmore of a\n<ul>\n<li>b</li>\n</ul></li>", "<li>c</li>"],
    ),
    ("  * indented star\n  * item", ["<ul>\n<li>indented star</li>\n<li>item</li>\n</ul>"]),
    ("- a\n\n- b", ["<li>a</li>\n<li>b</li>"]),  # one blank line: one list
    ("- a\n\n\n- b", ["<li>a</li>\n</ul>\n<ul>\n<li>b</li>"]),  # two blank lines end it
    ("- a\nNot an item", ["<li>a</li>\n</ul>\n<p>Not an item</p>"]),
    ("- [X] done\n- [ ] open", ["<li><code>[X]</code> done</li>", "<code>[&#xa0;]</code> open"]),
    ("- Week 1 :: Intro\n- Week 2 :: Types", ["<dl>\n<dt>Week 1</dt>\n<dd>Intro</dd>"]),
    (
        "| Date | Topic |\n|------+-------|\n| Jan 1 | Intro |",
        [
            "<thead>\n<tr><th>Date</th><th>Topic</th></tr>\n</thead>",
            "<tbody>\n<tr><td>Jan 1</td><td>Intro</td></tr>",
        ],
    ),
    ("| Jan 1 | Intro |\n| Jan 3 | Types |", ["<tbody>\n<tr><td>Jan 1</td><td>Intro</td></tr>"]),
    ("| <l> | <r10> |\n| a | b |", ["<tr><td>a</td><td>b</td></tr>\n</tbody>"]),
    ("|---|\n| a |\n|---|", ["<tbody>\n<tr><td>a</td></tr>\n</tbody>"]),  # rules around one row
    ("-----", ["<hr>"]),
    ("#+BEGIN_SRC python\n  *x* = 1\n  ,* no headline\n#+END_SRC", ["<pre>*x* = 1\n* no headline"]),
    ("#+begin_example\n[[https://a.org][A]]\n#+end_example", ["<pre>[[https://a.org][A]]</pre>"]),
    (": fixed\n: width", ["<pre>fixed\nwidth</pre>"]),
    ("#+BEGIN_QUOTE\nSaid [[https://a.org][A]]\n#+END_QUOTE", ["<blockquote>\n<p>Said <a href"]),
    ("#+BEGIN_VERSE\none\ntwo\n#+END_VERSE", ['<p class="verse">one<br>\ntwo</p>']),
    ("#+BEGIN_NOTE\nRead it.\n#+END_NOTE", ['<div class="note">\n<p>Read it.</p>\n</div>']),
    ("#+BEGIN_optional\n- [[u][A]]\n#+END_optional", ['<div class="optional">']),
    ("#+BEGIN_EXPORT latex\n\\textbf{x}\n#+END_EXPORT\nAfter", ["<p>After</p>"]),
    ("#+BEGIN_QUOTE\nnever closed", ["<p>#+BEGIN_QUOTE\nnever closed</p>"]),
    ("[[https://a.org/p.pdf][A Paper]]", ['<a href="https://a.org/p.pdf">A Paper</a>']),
    ("[[https://a.org/p]]", ['<a href="https://a.org/p">https://a.org/p</a>']),
    ("See https://a.org/y.", ['See <a href="https://a.org/y">https://a.org/y</a>.']),
    ("<https://a.org/z>", ['<a href="https://a.org/z">https://a.org/z</a>']),
    ("[[file:papers/x.pdf][X]]", ['<a href="papers/x.pdf">X</a>']),
    ("[[./papers/x.pdf][X]]", ['<a href="./papers/x.pdf">X</a>']),
    ("[[file:schedule.org][the schedule]]", ['<a href="schedule.html">the schedule</a>']),
    ("[[file:index.org::#readings][key]]", ['<a href="index.html#readings">key</a>']),
    ("Slides: file:slides/01.pdf", ['<a href="slides/01.pdf">slides/01.pdf</a>']),
    ("[[doi:10.1145/1.2][A]]", ['<a href="https://doi.org/10.1145/1.2">A</a>']),
    ("#+LINK: arxiv https://arxiv.org/abs/%s\n[[arxiv:1706.03762][T]]", ['abs/1706.03762">T</a>']),
    ("[[*Week 1][the first week]]", ["<p>the first week</p>"]),
    ("[[file:logo.png]]", ['<img src="logo.png" alt="logo.png">']),
    (
        "[[https://a.org][A *bold* one]]",
        ['<a href="https://a.org">A <strong>bold</strong> one</a>'],
    ),
    (
        "*b* /i/ _u_ =v= ~c~ +s+",
        ["<strong>b</strong> <em>i</em> <u>u</u> <code>v</code> <code>c</code> <del>s</del>"],
    ),
    ("snake_case_name, a/b/c and 2*3*4", ["snake_case_name, a/b/c and 2*3*4"]),
    ("(*Read:*) x", ["(<strong>Read:</strong>) x"]),
    ("=[[https://a.org][not a link]]=", ["<code>[[https://a.org][not a link]]</code>"]),
    ("a -- b --- c...", ["a \u2013 b \u2014 c\u2026"]),
    ("#+OPTIONS: -:nil\na -- b", ["a -- b"]),
    ("one\\\\\ntwo", ["one<br>\ntwo"]),
    ("#+MACRO: room Boyd $1\nIn {{{room(328)}}}{{{unknown}}}.", ["In Boyd 328."]),
    (
        "Read this[fn:1].\n\n[fn:1] Because [[https://a.org][A]].",
        ["this<sup>1</sup>.", '<sup>1</sup> Because <a href="https://a.org">A</a>.'],
    ),
    ("x[fn:: inline note]", ["x<sup>1</sup>", "<sup>1</sup> inline note"]),
]


@pytest.mark.parametrize(("source", "expected"), CONVERTED)
def test_converts(source: str, expected: list[str]) -> None:
    html = org_html(source)
    at = 0
    for fragment in expected:
        found = html.find(fragment, at)
        assert found >= 0, f"{fragment!r} not in {html!r}"
        at = found + len(fragment)


LEFT_OUT = [
    # (Org, text that must not be on the page)
    ("* COMMENT Later\n- [[https://a.org/l][Later paper]]", "Later paper"),
    ("* Notes :noexport:\n- [[https://a.org/n][Private]]\n** Sub\nmore", "Private"),
    ("* Notes :noexport:\n** Sub\nsub text", "sub text"),
    ("#+EXCLUDE_TAGS: hide\n* X :hide:\nhidden words", "hidden words"),
    ("# - *Also:* [[https://a.org/c][Commented]]", "Commented"),
    ("#+BEGIN_COMMENT\n[[https://a.org/c][In a comment]]\n#+END_COMMENT", "In a comment"),
    ("* H\n:PROPERTIES:\n:CUSTOM_ID: readings\n:END:", "CUSTOM_ID"),
    ("* H\nDEADLINE: <2025-02-01 Sat>\ntext", "2025-02-01"),
    ("#+TITLE: T\n#+SUBTITLE: Spring\n#+SETUPFILE: setup.org", "setup.org"),
    ("* Archived :ARCHIVE:\n[[https://a.org/old][Old]]", "Old"),
]


@pytest.mark.parametrize(("source", "never"), LEFT_OUT)
def test_leaves_out_what_org_does_not_export(source: str, never: str) -> None:
    assert never not in org_html(source)


ESCAPED = [
    # (Org, text that must appear escaped, markup that must never appear)
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>"),
    ("| <script>x</script> | b |", "&lt;script&gt;", "<script>"),
    ("* <em>Head</em>", "&lt;em&gt;Head", "<em>Head"),
    ("#+TITLE: <b>T</b>", "&lt;b&gt;T", "<b>"),
    ('[[https://a.org/"onmouseover="x][A <i>]]', "A &lt;i&gt;", '"onmouseover'),
    ("[[javascript:alert(1)][click]]", "click", "href"),
    ("#+BEGIN_EXPORT html\n<iframe src=x></iframe>\n#+END_EXPORT", "&lt;iframe", "<iframe"),
    ("#+HTML: <b>raw</b>", "&lt;b&gt;raw", "<b>"),
    ("@@html:<b>x</b>@@", "&lt;b&gt;x", "<b>"),
    ("=<u>kept</u>=", "&lt;u&gt;kept", "<u>"),
    ("* X :a<b>:", "X", "<b>"),
    ("#+MACRO: m <img src=x>\n{{{m}}}", "&lt;img", "<img"),
    ("#+BEGIN_<b>\nx\n#+END_<b>", "x", '"<b>'),
]


@pytest.mark.parametrize(("source", "shown", "never"), ESCAPED)
def test_escapes_page_text(source: str, shown: str, never: str) -> None:
    html = org_html(source)
    assert shown in html
    assert never not in html


@pytest.mark.parametrize(
    "source",
    [
        "",
        "*",
        "* ",
        "#+BEGIN_SRC\nnever closed",
        ":PROPERTIES:\nnever closed",
        "[[a][b",
        "[[",
        "| a\n|-\n|",
        "- \n-\n  - ",
        "#+TODO:\n#+OPTIONS: num:x tags: -:\n#+LINK:\n#+MACRO:",
        "#+MACRO: m $9 $1\n{{{m(}}} {{{m(a\\,b)}}} {{{m((x))}}}",
        "[fn:] [fn:x] [fn::] [fn:y:",
        "\x00\x01 \x000\x00 {{{",
        "#+MACRO: m \x00\n{{{m}}}",
        "<2025-13-45 Xyz> [2025-01-01",
        "\r\n* a\r- b\r\n",
    ],
)
def test_malformed_never_crashes(source: str) -> None:
    assert isinstance(org_html(source), str)


@pytest.mark.parametrize(
    "source",
    [
        "\n".join(" " * i + "- item" for i in range(2000)),  # a list nested 2000 deep
        "#+BEGIN_QUOTE\n" * 3000 + "x\n" + "#+END_QUOTE\n" * 3000,
        "#+BEGIN_SRC\n" * 20000,  # blocks never closed
        ":DRAWER:\n" * 20000,
        "*a " * 30000,  # emphasis never closed
        "[[a][" * 20000,  # links never closed
        "- a\n" * 30000,
        "\n".join("*" * (n % 40 + 1) + " h :noexport:" for n in range(20000)),
    ],
)
def test_big_or_deeply_nested_pages_convert(source: str) -> None:
    assert isinstance(org_html(source), str)


@pytest.mark.parametrize(
    ("emacs", "matches", "misses"),
    [
        ("setup\\.org\\|README\\.org\\|drafts/.*", ["setup.org", "drafts/w1.org"], ["week.org"]),
        ("\\(old\\|archive\\)/", ["old/a.org", "x/archive/b.org"], ["older.org"]),
        ("^notes-[[:digit:]]+", ["notes-12.org"], ["notes-x.org"]),
        ("a(b)|c", ["a(b)|c.org"], ["ab.org", "c.org"]),
    ],
)
def test_emacs_regexps(emacs: str, matches: list[str], misses: list[str]) -> None:
    pattern = emacs_regex(emacs)
    assert pattern is not None
    assert all(pattern.search(name) for name in matches)
    assert not any(pattern.search(name) for name in misses)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


PUBLISH_EL = """\
(require 'ox-publish)
(setq org-publish-project-alist
      '(("pages"
         :base-directory "org"
         :base-extension "org"
         :exclude "setup\\\\.org\\\\|drafts/.*"
         :publishing-directory "./public_html"
         :publishing-function org-html-publish-to-html
         :recursive t
         :section-numbers nil)
        ("static"
         :base-directory "org"
         :base-extension "css\\\\|pdf"
         :publishing-directory "./public_html"
         :publishing-function org-publish-attachment)
        ("site" :components ("pages" "static"))))
"""


@pytest.mark.parametrize(
    ("rel", "published"),
    [
        ("org/schedule.org", True),
        ("org/weeks/week1.org", True),  # :recursive t
        ("org/setup.org", False),  # :exclude
        ("org/drafts/week9.org", False),
        ("notes.org", False),  # outside :base-directory
        ("org/.hidden/x.org", False),
    ],
)
def test_publish_config_names_the_pages(tmp_path: Path, rel: str, published: bool) -> None:
    _write(tmp_path, {"publish.el": PUBLISH_EL})
    config = publish_config(tmp_path, read_text)
    assert config is not None
    assert config.publishes(tmp_path / rel) is published
    assert config.output_dirs == {"public_html"}


def test_no_publish_config(tmp_path: Path) -> None:
    _write(tmp_path, {"init.el": "(setq x 1)", "README.org": "* Hi"})
    assert publish_config(tmp_path, read_text) is None


SCHEDULE = """\
#+TITLE: Schedule
#+SETUPFILE: setup.org

* Week 1
** <2025-01-14 Tue> Welcome                                         :guest:
- *Required:* [[https://a.org/one.pdf][Paper One]]
- Slides: [[file:slides/01.pdf][01.pdf]]
** NEXT <2025-01-16 Thu> Types
- [[https://a.org/two][Paper Two]]
*** Going further                                                :optional:
- [[https://a.org/three][Paper Three]]
# - [[https://a.org/commented][Commented out]]
* Staff notes                                                     :noexport:
** <2025-01-21 Tue> Hidden
- [[https://a.org/hidden][Hidden Paper]]
"""


def _lectures(site_or_list: object) -> list[tuple[str, str, str, list[tuple[str, str | None]]]]:
    lectures = getattr(site_or_list, "lectures", site_or_list)
    return [
        (lec.file, lec.key, lec.title, [(r.url, r.requirement) for r in lec.readings])
        for lec in lectures  # type: ignore[attr-defined]
    ]


EXPECTED = [
    (
        "org/schedule.org",
        "2025-01-14 Tue",
        "Welcome",
        [("https://a.org/one.pdf", "required")],
    ),
    (
        "org/schedule.org",
        "2025-01-16 Thu",
        "Types",
        [("https://a.org/two", None), ("https://a.org/three", "optional")],
    ),
]


def test_site_reads_an_ox_publish_site(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "publish.el": PUBLISH_EL,
            "org/schedule.org": SCHEDULE,
            # a setup file: its state keywords apply to the schedule; it is no page
            "org/setup.org": "#+TODO: NEXT | DONE\n* <2025-01-30 Thu> Setup\n- [[https://a.org/s][S]]",
            "org/drafts/week9.org": "* <2025-03-04 Tue> Draft\n- [[https://a.org/d][Draft]]",
            "notes.org": "* <2025-03-06 Thu> Outside\n- [[https://a.org/o][Outside]]",
            "public_html/schedule.html": "<h2>Jan 14</h2><a href='https://a.org/one.pdf'>x</a>",
        },
    )
    assert _lectures(extract_site(tmp_path)) == EXPECTED


def test_a_setup_file_sets_the_export_options(tmp_path: Path) -> None:
    """``num:nil`` in the setup file: the headlines are not numbered; ``NEXT`` is a
    state keyword it declares."""
    _write(
        tmp_path,
        {"schedule.org": SCHEDULE, "setup.org": "#+OPTIONS: num:nil\n#+TODO: NEXT | DONE\n"},
    )
    config = read_config(tmp_path)
    found = read_file(tmp_path / "schedule.org", "schedule.org", config, explicit=True)
    assert found is not None
    assert [(lec.key, lec.title) for lec in found] == [
        ("2025-01-14 Tue", "Welcome"),
        ("2025-01-16 Thu", "Types"),
    ]


def test_org_file_given_alone(tmp_path: Path) -> None:
    page = tmp_path / "schedule.org"
    page.write_text(SCHEDULE.replace("NEXT ", ""), encoding="utf-8")
    got = _lectures(extract_site(page))
    assert [(key, title) for _, key, title, _ in got] == [
        ("2025-01-14 Tue", "Welcome"),
        ("2025-01-16 Thu", "Types"),
    ]


def test_a_page_ox_html_exported_beside_its_source_is_read_once(tmp_path: Path) -> None:
    """``org-html-export-to-html`` writes ``schedule.html`` beside ``schedule.org``:
    one page, read from the HTML the site serves."""
    html = (
        '<meta name="generator" content="Org Mode" />\n<h2>Jan 14 Welcome</h2>\n'
        '<ul><li><a href="https://a.org/one.pdf">Paper One</a></li></ul>'
    )
    _write(tmp_path, {"schedule.org": SCHEDULE, "schedule.html": html})
    assert {lec.file for lec in extract_site(tmp_path).lectures} == {"schedule.html"}


def test_org_files_another_generator_does_not_render_are_not_read(tmp_path: Path) -> None:
    """Jekyll copies a ``.org`` file as it is: no page of the site."""
    _write(
        tmp_path,
        {
            "_config.yml": "title: C\n",
            "Gemfile": "gem 'jekyll'\n",
            "schedule.md": "---\ntitle: S\n---\n## Jan 14: Intro\n\n- [A](https://a.org/a)\n",
            "TODO.org": "* <2025-01-16 Thu> Remember\n- [[https://a.org/t][Task]]\n",
        },
    )
    assert {lec.file for lec in extract_site(tmp_path).lectures} == {"schedule.md"}


def test_a_file_pages_pull_in_is_no_page(tmp_path: Path) -> None:
    """Without a publish config, an Org file another page includes is a piece of it."""
    _write(
        tmp_path,
        {
            "schedule.org": '#+INCLUDE: "week1.org"\n' + SCHEDULE.replace("NEXT ", ""),
            "week1.org": "* <2025-02-04 Tue> Included\n- [[https://a.org/i][Included]]\n",
        },
    )
    assert {lec.file for lec in extract_site(tmp_path).lectures} == {"schedule.org"}
