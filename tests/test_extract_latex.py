r"""LaTeX syllabi (``readlist/extract/latex.py``): converted to HTML, read as HTML.

Every expected value below is what the typeset document shows (or what its parts
mean: a ``\section`` is a heading, ``\href{u}{T}`` a link to *u* titled *T*), written
by hand from the LaTeX, never taken from the converter's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readlist.extract import extract_site, read_file
from readlist.extract.files import SiteConfig, Walk, read_config, read_text
from readlist.extract.latex import latex_html, with_inputs

CONVERTED = [
    # (LaTeX, HTML fragments expected in the output, in order)
    (
        "\\documentclass{article}\n\\usepackage{hyperref}\n\\title{CS 101: Intro}\n"
        "\\begin{document}\n\\maketitle\nHello.\n\\end{document}\nAfter the end.",
        ["<h1>CS 101: Intro</h1>", "<p>Hello.</p>"],
    ),
    ("\\section{Week 1}\n\\subsection*{Mon}", ["<h2>Week 1</h2>", "<h3>Mon</h3>"]),
    ("\\subsubsection{Deep}\\paragraph{Run-in} text", ["<h4>Deep</h4>", "<h5>Run-in</h5>"]),
    ("\\section[Short]{Long title}", ["<h2>Long title</h2>"]),
    ("One\nline two.\n\nNext.\\par Last.", ["<p>One\nline two.</p>", "<p>Next.</p>"]),
    ("\\begin{itemize}\n\\item a\n\\item b\n\\end{itemize}", ["<ul>", "<li>a</li>", "<li>b</li>"]),
    ("\\begin{enumerate}[label=(\\alph*)]\\item one\\end{enumerate}", ["<ol>", "<li>one</li>"]),
    (
        "\\begin{itemize}\\item a\\begin{itemize}\\item b\\end{itemize}\\item c\\end{itemize}",
        ["<li>a", "<ul>", "<li>b</li>", "</ul></li>", "<li>c</li>"],
    ),
    (
        "\\begin{description}\\item[Week 1] Intro\\end{description}",
        ["<dl>", "<dt>Week 1</dt>", "<dd>Intro</dd>"],
    ),
    ("\\begin{itemize}\\item[$\\star$] Paper\\end{itemize}", ["<li>★ Paper</li>"]),
    (
        "\\begin{thebibliography}{9}\\bibitem{k} Knuth, \\emph{TAOCP}.\\end{thebibliography}",
        ["<li>Knuth, <em>TAOCP</em>.</li>"],
    ),
    (
        "\\begin{tabular}{ll}\n\\toprule\nDate & Topic \\\\\n\\midrule\n"
        "Jan 13 & Intro \\\\\n\\bottomrule\n\\end{tabular}",
        ["<thead>", "<th>Date</th><th>Topic</th>", "<tbody>", "<td>Jan 13</td><td>Intro</td>"],
    ),
    (  # no rule under the first row: no header
        "\\begin{tabular}{ll}\nJan 13 & Intro \\\\\nJan 15 & More\n\\end{tabular}",
        ["<tr><td>Jan 13</td><td>Intro</td></tr>", "<tr><td>Jan 15</td><td>More</td></tr>"],
    ),
    (
        "\\begin{tabularx}{\\textwidth}{|l|X|}\\hline A & B \\\\ \\hline "
        "\\multicolumn{2}{|c|}{Spring break} \\\\ \\hline\\end{tabularx}",
        ["<th>A</th><th>B</th>", '<td colspan="2">Spring break</td>'],
    ),
    (
        "\\begin{longtable}{ll}\\caption{Schedule}\\\\ Date & Topic \\\\ \\midrule\\endhead "
        "Jan 1 & A \\\\ \\end{longtable}",
        ["<caption>Schedule</caption>", "<th>Date</th>", "<td>A</td>"],
    ),
    (
        "\\begin{tabular}{ll}\nJan 1 & \\href{https://a.org/?a=1&b=2}{A} \\& B \\\\\n"
        "\\end{tabular}",
        ['<td><a href="https://a.org/?a=1&amp;b=2">A</a> &amp; B</td>'],
    ),
    (
        "\\href{https://a.org/p.pdf}{A Paper} and \\url{https://b.org/~u/q%20r.pdf}",
        [
            '<a href="https://a.org/p.pdf">A Paper</a>',
            '<a href="https://b.org/~u/q%20r.pdf">https://b.org/~u/q%20r.pdf</a>',
        ],
    ),
    ("\\href{https://a.org/x\\#sec}{X}", ['<a href="https://a.org/x#sec">X</a>']),
    ("\\nolinkurl{https://c.org}", ["https://c.org"]),
    (
        "\\textbf{b} \\textit{i} \\emph{e} \\texttt{t} \\underline{u} \\sout{s}",
        [
            "<strong>b</strong>",
            "<em>i</em>",
            "<em>e</em>",
            "<code>t</code>",
            "<u>u</u>",
            "<s>s</s>",
        ],
    ),
    ("{\\bfseries bold} plain", ["<strong>bold</strong> plain"]),
    ("a % a comment\nb 50\\% off", ["a b 50% off"]),
    ("% \\href{https://gone.org}{Gone}\nKept", ["<p>Kept</p>"]),
    ("\\begin{comment}\nhidden\n\\end{comment}\nshown", ["<p>shown</p>"]),
    ("\\iffalse hidden \\ifx a b \\fi still \\fi shown", ["<p>shown</p>"]),
    ("\\newcommand{\\opt}{\\textsuperscript{\\dag}}\nA\\opt", ["A<sup>†</sup>"]),
    ("\\newcommand{\\opt}{\\ensuremath{^{\\dagger}}}\nA\\opt", ["A<sup>†</sup>"]),
    (
        "\\newcommand{\\paper}[2]{\\href{#1}{#2}}\\paper{https://a.org}{A}",
        ['<a href="https://a.org">A</a>'],
    ),
    ("\\newcommand{\\hi}[1][World]{Hi #1}\\hi, \\hi[You]", ["Hi World, Hi You"]),
    (
        "\\def\\lec#1#2{\\subsection*{Lecture #1: #2}}\n\\lec{3}{Gibbs}",
        ["<h3>Lecture 3: Gibbs</h3>"],
    ),
    ("\\let\\mark\\ddag A\\mark", ["A‡"]),
    ("\\dag \\ddag{} $\\star$ \\star", ["†‡ ★ ★"]),  # a control word eats the blank after it
    ("a--b a---b Dr.~Osei ``quoted''", ["a–b a—b Dr. Osei “quoted”"]),
    ("\\& \\% \\_ \\# \\$ \\{ \\}", ["&amp; % _ # $ { }"]),
    ('B\\"urkner Sk\\"{o}ld \\\'{e}cole \\c{c}a na\\"{\\i}ve', ["Bürkner Sköld école ça naïve"]),
    ("one\\\\two\\\\[2pt]three\\newline four", ["one<br>two<br>three<br>four"]),
    ("\\textsf{Slides:} \\large \\foo{kept}", ["Slides: kept"]),
    ("A\\vspace{2pt}\\label{x}\\cite{k}\\includegraphics[width=1cm]{l.png}B", ["<p>AB</p>"]),
    ("\\textcolor{red}{Optional}", ["Optional"]),
    (  # a footnote is set at the page's foot
        "Book.\\footnote{See \\url{https://a.org}.} More.",
        ["<p>Book. More.</p>", '<div class="footnotes">', 'See <a href="https://a.org">'],
    ),
    ("\\begin{verbatim}\n\\textbf{x} <b>\n\\end{verbatim}", ["<pre>\\textbf{x} &lt;b&gt;</pre>"]),
    ("\\verb|\\foo| after", ["<code>\\foo</code> after"]),
    ("\\begin{tikzpicture}\\node{Hidden};\\end{tikzpicture}Shown", ["<p>Shown</p>"]),
]


@pytest.mark.parametrize(("source", "expected"), CONVERTED)
def test_converts(source: str, expected: list[str]) -> None:
    html = latex_html(source)
    at = 0
    for fragment in expected:
        found = html.find(fragment, at)
        assert found >= 0, f"{fragment!r} not in {html!r}"
        at = found + len(fragment)


LEFT_OUT = [
    # (LaTeX, text the page must not show)
    ("\\documentclass{article}\n\\usepackage{secret}\n\\begin{document}x\\end{document}", "secret"),
    ("\\begin{document}x\\end{document}\nTrailing", "Trailing"),
    ("\\author{Ada}\\date{Jan 5, 2025}Text", "Jan 5"),
    ("% \\href{https://gone.org}{Gone}", "gone.org"),
    ("\\begin{itemize}[leftmargin=*]\\item a\\end{itemize}", "leftmargin"),
    ("\\setlength{\\parindent}{0pt}\\vspace*{1em}Text", "0pt"),
    ("\\newcommand{\\x}{body}", "body"),
    ("\\newenvironment{box}{\\begin{center}}{\\end{center}}", "center"),
]


@pytest.mark.parametrize(("source", "hidden"), LEFT_OUT)
def test_leaves_out_what_is_not_typeset(source: str, hidden: str) -> None:
    assert hidden not in latex_html(source)


ESCAPED = [
    # (LaTeX, text that must appear escaped, markup that must never appear)
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>"),
    ("\\section{<em>Head</em>}", "<h2>&lt;em&gt;Head&lt;/em&gt;</h2>", "<em>"),
    ('\\href{https://a.org/"onmouseover="x}{A <i>}', "A &lt;i&gt;", '"onmouseover="'),
    ("\\url{https://a.org/<b>}", "https://a.org/&lt;b&gt;", "<b>"),
    ("\\begin{verbatim}\n<iframe src=x>\n\\end{verbatim}", "&lt;iframe", "<iframe"),
    ("\\verb|<img src=x>|", "&lt;img", "<img"),
    ("\\newcommand{\\x}{<script>}\\x", "&lt;script&gt;", "<script>"),
    ("\\begin{tabular}{l}<td>x</td>\\end{tabular}", "&lt;td&gt;", "<td><td>"),
    ("\x01" + "0\x01 \x020\x02 <rl-entry>", "&lt;rl-entry&gt;", "<rl-entry>"),
]


@pytest.mark.parametrize(("source", "shown", "never"), ESCAPED)
def test_escapes_source_text(source: str, shown: str, never: str) -> None:
    html = latex_html(source)
    assert shown in html
    assert never not in html


@pytest.mark.parametrize(
    "source",
    [
        "",
        "\\",
        "{",
        "}}}",
        "\\begin{itemize}\\item never closed",
        "\\end{itemize}\\end{document}",
        "\\begin{tabular}{ll}a & b \\\\ c",
        "\\href{https://a.org}",
        "\\href{https://a.org",
        "\\url{",
        "\\section{",
        "\\item[unclosed",
        "\\newcommand{\\x}[1]{#1#2}\\x",
        "\\newcommand{\\x}[9]{#9}\\x{a}",
        "\\def\\x",
        "\\newcommand",
        "\\let\\a",
        "$x^{",
        '\\"',
        "\\verb",
        "\\iffalse",
        "\\multicolumn{2}{",
        "\\begin{tabular}{l}\\multicolumn{x}{l}{a}\\end{tabular}",
        "\x00\x01\x02\x03",
        "\\begin{verbatim}",
    ],
)
def test_bad_input_never_raises(source: str) -> None:
    assert isinstance(latex_html(source), str)


SIZE = 100_000
BIG = [
    # (name, LaTeX): deep nesting, unclosed groups, macros that never end
    ("nested groups", "{" * SIZE + "x" + "}" * SIZE),
    ("nested styles", "\\textbf{" * SIZE + "x" + "}" * SIZE),
    ("unclosed styles", "\\emph{" * SIZE),
    ("nested lists", "\\begin{itemize}\\item " * 5000 + "x" + "\\end{itemize}" * 5000),
    ("nested tables", "\\begin{tabular}{l}" * 5000 + "a&b" + "\\end{tabular}" * 5000),
    ("nested links", "\\href{u}{" * SIZE + "x" + "}" * SIZE),
    ("self macro", "\\newcommand{\\a}{\\a}" + "\\a " * SIZE),
    ("doubling macro", "\\newcommand{\\a}{\\a\\a}\\a"),
    ("argument macro", "\\newcommand{\\a}[1]{#1#1#1#1}" + "\\a{" * 40 + "x" + "}" * 40),
    ("unclosed options", "\\item[" * SIZE),
    ("unclosed URLs", "\\url{" * SIZE),
    ("unclosed verbs", "\\verb|" * SIZE),
    ("unclosed conditionals", "\\iffalse" + "\\ifx" * SIZE),
    ("long text", ("Some words, \\textbf{bold} and \\href{u}{links}.\n\n") * 20_000),
]


@pytest.mark.parametrize(("name", "source"), BIG, ids=[name for name, _ in BIG])
def test_big_input_is_read_whole(name: str, source: str) -> None:
    """Deep, unclosed or self-expanding input ends (its speed is the benchmarks')."""
    assert isinstance(latex_html(source), str), name


def test_nesting_past_the_cap_keeps_the_text() -> None:
    html = latex_html("\\textbf{" * 40 + "deep" + "}" * 40)
    assert "deep" in html
    assert html.count("<strong>") == 16
    html = latex_html("\\begin{itemize}\\item " * 40 + "inner" + "\\end{itemize}" * 40)
    assert "inner" in html
    assert html.count("<ul>") <= 16


def test_a_macro_that_expands_to_itself_stops() -> None:
    assert latex_html("\\newcommand{\\loop}{\\loop}\\loop end") == "<p>end</p>"


def test_inputs_read_from_the_site_only(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "secret.tex").write_text("SECRET", encoding="utf-8")
    (site / "part.tex").write_text("Part text \\input{inner}", encoding="utf-8")
    (site / "inner.tex").write_text("inner text", encoding="utf-8")
    text = "\\input{part} \\input{../secret} \\input{/etc/passwd} \\include{missing}"
    found = with_inputs(text, site, site, read_text)
    assert "Part text" in found and "inner text" in found
    assert "SECRET" not in found and "root:" not in found


def test_an_input_loop_stops(tmp_path: Path) -> None:
    (tmp_path / "a.tex").write_text("A \\input{b}", encoding="utf-8")
    (tmp_path / "b.tex").write_text("B \\input{a}", encoding="utf-8")
    found = with_inputs("\\input{a}", tmp_path, tmp_path, read_text)
    assert 1 <= found.count("A") <= 16 and 1 <= found.count("B") <= 16


def test_includeonly_leaves_the_other_includes_out(tmp_path: Path) -> None:
    (tmp_path / "a.tex").write_text("Chapter A", encoding="utf-8")
    (tmp_path / "b.tex").write_text("Chapter B", encoding="utf-8")
    text = "\\includeonly{a}\n\\begin{document}\\include{a}\\include{b}\\end{document}"
    found = with_inputs(text, tmp_path, tmp_path, read_text)
    assert "Chapter A" in found and "Chapter B" not in found


def test_a_subfile_gives_its_body(tmp_path: Path) -> None:
    (tmp_path / "week1.tex").write_text(
        "\\documentclass[main]{subfiles}\n\\usepackage{x}\n\\begin{document}\nWeek one\n"
        "\\end{document}",
        encoding="utf-8",
    )
    found = with_inputs("\\subfile{week1}", tmp_path, tmp_path, read_text)
    assert "Week one" in found and "usepackage" not in found


SYLLABUS = """\
\\documentclass{article}
\\usepackage{hyperref}
\\input{macros}
\\title{\\course: Readings}
\\begin{document}
\\maketitle
\\section*{Schedule}
Readings marked with a dagger (\\opt) are optional; everything else is required.

\\subsection*{Lecture 1 (Jan 13): Intro}
\\begin{itemize}
  \\item \\href{https://arxiv.org/abs/1706.03762}{Attention Is All You Need}
  \\item \\href{https://arxiv.org/abs/1810.04805}{BERT}\\opt
  % \\item \\href{https://arxiv.org/abs/2005.14165}{GPT-3}
\\end{itemize}

\\subsection*{Lecture 2 (Jan 15): Retrieval}
\\input{lectures/week2}
\\end{document}
"""
MACROS = "\\newcommand{\\course}{CS 5000}\n\\newcommand{\\opt}{\\textsuperscript{\\dag}}\n"
WEEK2 = """\
\\begin{itemize}
  \\item \\href{https://arxiv.org/abs/2004.04906}{Dense Passage Retrieval}
\\end{itemize}
"""


def _latex_site(root: Path) -> Path:
    (root / "lectures").mkdir(parents=True)
    (root / "syllabus.tex").write_text(SYLLABUS, encoding="utf-8")
    (root / "macros.tex").write_text(MACROS, encoding="utf-8")
    (root / "lectures" / "week2.tex").write_text(WEEK2, encoding="utf-8")
    (root / "README.md").write_text("# CS 5000\n\nRun `latexmk -pdf syllabus.tex`.\n")
    return root


def _readings(root: Path, **options: object) -> list[tuple[str, str, str, str | None]]:
    site = extract_site(root, **options)  # type: ignore[arg-type]
    assert site.problems == ()
    return [
        (lec.file, lec.key, r.url, r.requirement) for lec in site.lectures for r in lec.readings
    ]


def test_site_reads_a_latex_syllabus_with_its_parts(tmp_path: Path) -> None:
    site = extract_site(_latex_site(tmp_path))
    assert site.problems == ()
    assert [(lec.file, lec.key, lec.title) for lec in site.lectures] == [
        ("syllabus.tex", "Jan 13", "Intro"),
        ("syllabus.tex", "Jan 15", "Retrieval"),
    ]
    assert [(r.text, r.url, r.requirement) for lec in site.lectures for r in lec.readings] == [
        ("Attention Is All You Need", "https://arxiv.org/abs/1706.03762", "required"),
        ("BERT", "https://arxiv.org/abs/1810.04805", "optional"),
        ("Dense Passage Retrieval", "https://arxiv.org/abs/2004.04906", "required"),
    ]


def test_a_document_beside_its_html_is_read_as_the_html(tmp_path: Path) -> None:
    _latex_site(tmp_path)
    (tmp_path / "syllabus.html").write_text(
        '<html><head><meta name="generator" content="TeX4ht"></head><body>'
        "<h3>Lecture 1 (Jan 13): Intro</h3><ul><li>"
        '<a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a></li></ul>'
        "</body></html>",
        encoding="utf-8",
    )
    assert {file for file, *_ in _readings(tmp_path)} == {"syllabus.html"}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("slides.tex", "\\documentclass{beamer}\n\\begin{document}\n"),
        ("figure.tex", "\\documentclass[border=2pt]{standalone}\n\\begin{document}\n"),
        ("part.tex", ""),  # no \\begin{document}: a part, read only where it is input
    ],
)
def test_files_that_are_no_page_are_not_read(tmp_path: Path, name: str, text: str) -> None:
    body = (
        "\\subsection*{Lecture 9 (Mar 3): Hidden}\n"
        "\\begin{itemize}\\item \\href{https://arxiv.org/abs/9999.99999}{Hidden}\\end{itemize}\n"
    )
    (tmp_path / name).write_text(text + body + "\\end{document}\n", encoding="utf-8")
    (tmp_path / "syllabus.tex").write_text(
        "\\begin{document}\n\\subsection*{Lecture 1 (Jan 13): Intro}\n\\begin{itemize}"
        "\\item \\href{https://arxiv.org/abs/1706.03762}{Attention}\\end{itemize}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    assert [key for _, key, *_ in _readings(tmp_path)] == ["Jan 13"]


def test_a_document_another_inputs_is_read_through_it_once(tmp_path: Path) -> None:
    (tmp_path / "week1.tex").write_text(
        "\\documentclass[main]{subfiles}\n\\begin{document}\n"
        "\\subsection*{Lecture 1 (Jan 13): Intro}\n\\begin{itemize}"
        "\\item \\href{https://arxiv.org/abs/1706.03762}{Attention}\\end{itemize}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    (tmp_path / "main.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\subfile{week1}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert _readings(tmp_path) == [
        ("main.tex", "Jan 13", "https://arxiv.org/abs/1706.03762", None)  # no key: unknown
    ]


CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize(
    ("case", "rendered"),
    [
        ("real91-pandoc-latex-dl-weeks-italic-footnote-key", "index.html"),
        ("real102-tex4ht-seminar-optional-itemize-footnotes", "syllabus.html"),
    ],
)
def test_a_latex_source_reads_as_its_html_rendering(case: str, rendered: str) -> None:
    """The LaTeX source of a syllabus whose pandoc or TeX4ht HTML a case's site
    publishes, read alone: the same lectures and readings as the hand-checked gold of
    that HTML (written from the page, which typesets this source)."""
    gold = json.loads((CASES / case / "expected.json").read_text(encoding="utf-8"))
    site = extract_site(CASES / case / "site" / "syllabus.tex")
    assert site.problems == ()
    assert [lec.file for lec in site.lectures] == ["syllabus.tex"] * len(gold["lectures"])
    assert {lec["file"] for lec in gold["lectures"]} == {rendered}
    got = [
        (lec.key, lec.title, [(r.text, r.url, r.requirement) for r in lec.readings])
        for lec in site.lectures
    ]
    assert got == [
        (
            lec["key"],
            lec["title"],
            [(r["text"], r["url"], r["requirement"]) for r in lec["readings"]],
        )
        for lec in gold["lectures"]
    ]


def test_a_jekyll_site_copies_latex_as_static_files(tmp_path: Path) -> None:
    _latex_site(tmp_path)
    (tmp_path / "_config.yml").write_text("title: CS 5000\n", encoding="utf-8")
    assert _readings(tmp_path) == []


def test_exclude_leaves_a_latex_document_out(tmp_path: Path) -> None:
    _latex_site(tmp_path)
    assert _readings(tmp_path, exclude=("syllabus.tex",)) == []


def test_a_part_given_alone_is_read_whole(tmp_path: Path) -> None:
    part = tmp_path / "week2.tex"
    part.write_text("\\subsection*{Lecture 2 (Jan 15): Retrieval}\n" + WEEK2, encoding="utf-8")
    assert read_file(part, "week2.tex", SiteConfig(), explicit=True) is not None
    site = extract_site(part)
    assert [(lec.key, lec.title) for lec in site.lectures] == [("Jan 15", "Retrieval")]
    assert [r.url for lec in site.lectures for r in lec.readings] == [
        "https://arxiv.org/abs/2004.04906"
    ]


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("syllabus.tex", True),
        ("schedule.tex", True),
        ("cs229-syllabus.tex", True),
        ("course-outline.tex", True),
        ("main.tex", True),
        ("readme.tex", True),
        ("notes/lec03.tex", False),  # a lecture's notes: its references are not readings
        ("hw1.tex", False),
        ("scribe-template.tex", False),
    ],
)
def test_a_latex_document_is_a_page_when_named_as_the_courses(
    tmp_path: Path, name: str, read: bool
) -> None:
    body = (
        "\\documentclass{article}\\begin{document}\\section*{Schedule}\n"
        "\\subsection*{Lecture 1 (Jan 13): Monte Carlo}\n"
        "\\begin{itemize}\\item \\href{https://a.org/p.pdf}{A Paper}\\end{itemize}\n"
        "\\end{document}\n"
    )
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    (tmp_path / "README.md").write_text("Build with latexmk.\n", encoding="utf-8")
    files = [
        p.relative_to(tmp_path).as_posix() for p in Walk(tmp_path, read_config(tmp_path)).files()
    ]
    assert (name in files) is read
