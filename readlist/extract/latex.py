r"""LaTeX syllabi (``.tex``) as HTML, for the HTML reader.

A small converter for what a course's LaTeX syllabus uses, not TeX: nothing is run.

* the preamble (everything before ``\begin{document}``) leaves no text but its macro
  definitions and ``\title{..}``, the page's ``<h1>``; what follows ``\end{document}``
  is left out; a file without ``\begin{document}`` (an ``\input`` part) is read whole;
* ``\input{name}``, ``\input name`` and ``\include{name}``: :func:`with_inputs` puts the
  text of the site's file there (``name.tex``, from the document's folder; a file that
  is a document of its own gives its body; ``\includeonly{..}`` is honoured), at most
  :data:`MAX_DEPTH` deep and :data:`MAX_INPUT` characters in all; :func:`latex_html`
  leaves the commands out;
* macros: ``\newcommand``, ``\renewcommand``, ``\providecommand``,
  ``\DeclareRobustCommand`` (``{\name}[n][default]{body}``), ``\def\name#1#2{body}``
  and ``\let\a\b``, wherever they are, leave no text; a use is replaced by the body,
  its ``#1``.. by the arguments, at most :data:`MAX_DEPTH` deep and
  :data:`MAX_EXPANSION` characters in all (a macro that expands to itself stops
  there); ``\newenvironment`` leaves no text and its environments their content;
* ``\section``, ``\subsection``, ``\subsubsection``, ``\paragraph`` (starred or not)
  are ``<h2>`` .. ``<h5>``; blank lines and ``\par`` end paragraphs;
* lists: ``itemize``, ``enumerate``, ``description`` (``\item[label]``: its ``<dt>``;
  in the others, the label opens the item as the typeset page shows it) and
  ``thebibliography`` (``\bibitem``), nested;
* tables: ``tabular``, ``tabular*``, ``tabularx``, ``tabulary``, ``longtable``: rows
  end at ``\\``, cells at ``&``; rules (``\hline``, ``\toprule``, ``\midrule``,
  ``\cline``, ``\cmidrule`` ..) leave nothing, and the first row is a header when one
  follows it (or ``\endhead``); ``\multicolumn{n}{..}{text}`` spans *n* columns,
  ``\multirow{n}{..}{text}`` is its text; a longtable's ``\caption`` is the caption;
* inline: ``\href{url}{text}`` and ``\url{url}`` are links (``\nolinkurl{url}`` is
  text); ``\textbf``/``\bfseries``/``\bf``, ``\textit``/``\emph``/``\itshape``/``\it``,
  ``\texttt``, ``\underline``, ``\sout``, ``\textsuperscript`` and ``^{..}``/``_{..}``
  in math; ``\footnote{text}``: its text listed at the page's end; accents (``\"u`` ü,
  ``\c{c}`` ç); symbols (``\dag`` †, ``\ddag`` ‡, ``\star`` and ``$\star$`` ★, Greek
  letters in math ..); ``--`` –, ``---`` —, ``~`` a space, ``\&`` ``\%`` ``\_`` ``\#``
  ``\$`` ``\{`` ``\}``, ````quotes''`` “ ”, ``'`` ’; ``\\`` and ``\newline`` line breaks;
* ``%`` comments (not ``\%``), ``comment`` environments and ``\iffalse``..``\fi``
  leave nothing; ``verbatim``, ``lstlisting`` and ``minted`` are ``<pre>``,
  ``\verb|x|`` is code;
* any other command leaves its arguments' text and no name (``\textsf{Slides:}``:
  Slides:), but for those whose arguments are no text (``\vspace{..}``, ``\label{..}``,
  ``\cite{..}``, ``\includegraphics{..}``, ``\textcolor{red}``'s colour ..: left out);
  any other environment leaves its content (a ``tikzpicture`` none).

Every piece of the source's text is HTML-escaped: nothing it holds becomes markup except
what this converter writes. Nesting deeper than :data:`MAX_DEPTH` (groups, lists,
tables) is read as plain text; the work is linear in the source's length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from readlist import lazyre
from readlist.extract.asciidoc import cell_html, table_sections

MAX_DEPTH = 16
"""Macros expanded, files input, lists, tables and styled groups nested deeper than
this are left as they are (their text kept, their markup not)."""
MAX_EXPANSION = 1_000_000
"""Characters that macro expansion may add to a page, in all, beside twice the page's
own length (each use counting :data:`EXPANSION_COST` more)."""
EXPANSION_COST = 32
MAX_INPUT = 20_000_000
"""Characters that input files may add to a page, in all."""
MAX_OPTIONAL = 300
"""The longest optional argument (``[..]``) read as one."""
MAX_FOOTNOTES = 500
"""Footnotes listed at a page's end; any more are read in place, in brackets."""
MAX_VERB = 300
"""The longest ``\\verb|..|`` read as one."""

SECTIONS = {"section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5, "subparagraph": 6}
LISTS = {
    "itemize": "ul",
    "enumerate": "ol",
    "description": "dl",
    "compactitem": "ul",
    "compactenum": "ol",
    "compactdesc": "dl",
    "asparaitem": "ul",
    "asparaenum": "ol",
    "inparaitem": "ul",
    "inparaenum": "ol",
    "itemize*": "ul",
    "enumerate*": "ol",
    "description*": "dl",
    "thebibliography": "ul",
}
TABLES = {
    # the table environments and their required arguments before the body
    "tabular": 1,
    "tabular*": 2,
    "tabularx": 2,
    "tabulary": 2,
    "longtable": 1,
    "longtable*": 1,
    "supertabular": 1,
    "xtabular": 1,
    "array": 1,
}
ENVIRONMENT_ARGUMENTS = {
    "minipage": 1,
    "multicols": 1,
    "multicols*": 1,
    "wrapfigure": 2,
    "wraptable": 2,
    "thebibliography": 1,
    "list": 2,
    "adjustbox": 1,
    "tabbing": 0,
}
"""Required arguments of other environments, no text (``\\begin{minipage}{3cm}``)."""
DROPPED_ENVIRONMENTS = frozenset(("tikzpicture", "pgfpicture", "picture", "filecontents"))
VERBATIM = ("verbatim", "verbatim*", "lstlisting", "minted", "Verbatim", "comment")
"""Environments whose content is not LaTeX (``comment``'s is left out)."""

WRAPPERS = {
    "textbf": "strong",
    "textit": "em",
    "emph": "em",
    "textsl": "em",
    "texttt": "code",
    "underline": "u",
    "uline": "u",
    "sout": "s",
    "st": "s",
    "xout": "s",
    "textsuperscript": "sup",
    "textsubscript": "sub",
}
"""Commands that set their argument in a style, and the HTML element for it."""
SWITCHES = {
    "bfseries": "strong",
    "bf": "strong",
    "itshape": "em",
    "it": "em",
    "em": "em",
    "slshape": "em",
    "sl": "em",
    "ttfamily": "code",
    "tt": "code",
}
"""Commands that set the rest of their group in a style."""


def _names(text: str) -> list[str]:
    return text.split()


def _greek(name: str) -> str:
    """A Greek letter's Unicode name (Unicode spells lambda ``LAMDA``)."""
    return name.upper().replace("LAMBDA", "LAMDA")


NO_TEXT = {
    **dict.fromkeys(
        _names(
            """vspace hspace label ref pageref eqref cref Cref autoref nameref cite citep
            citet citeauthor citeyear parencite textcite autocite footcite nocite
            includegraphics input include includeonly subfile usepackage RequirePackage
            documentclass pagestyle thispagestyle pagenumbering color hypersetup geometry
            newgeometry setlist bibliographystyle bibliography addbibresource author date
            thanks title linespread phantom hphantom vphantom markright newcounter newlength
            stepcounter refstepcounter captionsetup graphicspath urlstyle setmainfont
            setsansfont setmonofont hyphenation enlargethispage rowcolor cellcolor
            columncolor arrayrulecolor fancyhead fancyfoot lhead chead rhead lfoot cfoot
            rfoot begin end footnotemark cline hhline cmidrule"""
        ),
        1,
    ),
    **dict.fromkeys(
        _names("setlength addtolength setcounter addtocounter fontsize rule markboth"), 2
    ),
    **dict.fromkeys(_names("newcolumntype newtheorem import subimport"), 2),
    **dict.fromkeys(_names("definecolor addcontentsline specialrule"), 3),
}
"""Commands whose arguments are no text of the page, and how many they take."""
LEADING_NO_TEXT = {
    # commands whose first arguments are no text, the last is (``\textcolor{red}{Optional}``)
    "textcolor": 1,
    "colorbox": 1,
    "fcolorbox": 2,
    "raisebox": 1,
    "parbox": 1,
    "resizebox": 2,
    "scalebox": 1,
    "rotatebox": 1,
    "hyperlink": 1,
    "hypertarget": 1,
    "foreignlanguage": 1,
    "multicolumn": 2,
    "multirow": 2,
    "bibitem": 1,
}
SYMBOLS = {
    "dag": "†",
    "dagger": "†",
    "textdagger": "†",
    "ddag": "‡",
    "ddagger": "‡",
    "textdaggerdbl": "‡",
    "star": "★",
    "bigstar": "★",
    "ast": "*",
    "S": "§",
    "P": "¶",
    "textbullet": "•",
    "bullet": "•",
    "cdot": "·",
    "textperiodcentered": "·",
    "ldots": "…",
    "dots": "…",
    "cdots": "…",
    "textellipsis": "…",
    "textendash": "–",
    "textemdash": "—",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textbackslash": "\\",
    "textbar": "|",
    "textless": "<",
    "textgreater": ">",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "copyright": "©",
    "textcopyright": "©",
    "textregistered": "®",
    "texttrademark": "™",
    "textdegree": "°",
    "checkmark": "✓",
    "times": "×",
    "pm": "±",
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "ne": "≠",
    "neq": "≠",
    "approx": "≈",
    "to": "→",
    "rightarrow": "→",
    "leftarrow": "←",
    "Rightarrow": "⇒",
    "infty": "∞",
    "circ": "∘",
    "diamond": "⋄",
    "lozenge": "◊",
    "blacksquare": "■",
    "square": "□",
    "triangle": "△",
    "heartsuit": "♥",
    "spadesuit": "♠",
    "clubsuit": "♣",
    "diamondsuit": "♦",
    "sharp": "♯",
    "flat": "♭",
    "euro": "€",
    "texteuro": "€",
    "pounds": "£",
    "i": "ı",
    "j": "ȷ",
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "LaTeXe": "LaTeX2e",
    "BibTeX": "BibTeX",
    **dict.fromkeys(("enspace", "enskip", "space", "hfill", "hfil"), " "),
    # a wide gap sets items apart on a line: "\slides{6} \quad Homework 2 out: …"
    **dict.fromkeys(("quad", "qquad"), " · "),
    **{
        name: unicodedata.lookup(f"GREEK SMALL LETTER {_greek(name)}")
        for name in _names(
            """alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi
            rho sigma tau upsilon phi chi psi omega"""
        )
    },
    **{
        name.capitalize(): unicodedata.lookup(f"GREEK CAPITAL LETTER {_greek(name)}")
        for name in _names("gamma delta theta lambda xi pi sigma upsilon phi psi omega")
    },
}
"""Commands that typeset one character (or word)."""
CONTROL_SYMBOLS = {
    "&": "&",
    "%": "%",
    "_": "_",
    "#": "#",
    "$": "$",
    "{": "{",
    "}": "}",
    " ": " ",
    "\n": " ",
    "\t": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "@": "",
    "/": "",
    "-": "",
    "|": "‖",
    "(": "",
    ")": "",
    "[": "",
    "]": "",
}
ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
    "t": "\u0361",
}
"""Accent commands and the combining mark each sets on its letter (``\"u``: ü)."""
_DOTLESS = {"i": "i", "j": "j"}
"""``\\'{\\i}``: the accent sits on the letter without its dot (í)."""
BREAKS = frozenset(("newline", "linebreak", "break"))
MATH_MODES = {"ensuremath": True, "mathrm": None, "text": False, "mbox": False, "hbox": False}
"""Commands whose group is set in math (or in text, ``None``: as around it)."""
DROPPED_CLASSES = frozenset(("beamer", "standalone"))
"""Document classes whose documents are no page (a lecture's slides, a figure)."""

_NOT_LETTER = r"(?![a-zA-Z@])"
_STRIP = lazyre.compile(
    r"(?P<link>\\(?:url|href|nolinkurl)\s*\{)"
    rf"|\\begin\s*\{{(?P<verbatim>{'|'.join(map(re.escape, VERBATIM))})\}}"
    r"|\\(?P<verb>verb\*?)(?![a-zA-Z@])"
    rf"|\\iffalse{_NOT_LETTER}"
    r"|\\."
    r"|%",
    re.DOTALL,
)
_CONDITIONAL = lazyre.compile(
    rf"\\(?:(?P<else>else)|(?P<fi>fi)|if(?!thenelse)[a-zA-Z@]*){_NOT_LETTER}"
)
_DEFINITION = lazyre.compile(
    r"\\(?P<cmd>newcommand|renewcommand|providecommand|DeclareRobustCommand|"
    r"DeclareMathOperator|def|gdef|edef|xdef|let|newenvironment|renewenvironment)"
    rf"{_NOT_LETTER}\*?"
)
_NAME = lazyre.compile(r"\s*(?:\{\s*(\\(?:[a-zA-Z@]+|.))\s*\}|(\\(?:[a-zA-Z@]+|.)))", re.DOTALL)
_COUNT = lazyre.compile(r"\s*\[\s*(\d)\s*\]")
_PARAMETERS = lazyre.compile(r"[^{]{0,40}")
_CONTROL = lazyre.compile(r"\\([a-zA-Z@]+|.)", re.DOTALL)
_SPACES = lazyre.compile(r"[ \t]*\n?[ \t]*")
_TRAILING_WORD = lazyre.compile(r"(?<!\\)(?:\\\\)*\\[a-zA-Z@]+\Z")
_BLANK_LINE = lazyre.compile(r"\n[ \t]*\n")
_PARAMETER = lazyre.compile(r"#([1-9#])")
_BEGIN_DOCUMENT = lazyre.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = lazyre.compile(r"\\end\s*\{document\}")
_CLASS = lazyre.compile(r"\\documentclass\s*(?:\[[^\]]*\]\s*)?\{\s*([^{}\s]+)\s*\}")
_TITLE = lazyre.compile(r"\\title\s*(?:\[[^\]]*\]\s*)?(?=\{)")
_INPUT = lazyre.compile(
    r"\\(?P<cmd>input|include|subfile)\s*(?:\{(?P<braced>[^{}\n]*)\}|(?P<bare>[^\s{}\\%]+))"
)
_BARE_NAME = lazyre.compile(r"[^\s{}\\%]+")
_INCLUDE_ONLY = lazyre.compile(r"\\includeonly\s*\{([^{}]*)\}")
_BLOCK = lazyre.compile(
    r"\\begin\s*\{(?P<begin>[^{}\s]+)\}"
    r"|\\end\s*\{(?P<end>[^{}\s]+)\}"
    rf"|\\(?P<section>{'|'.join(SECTIONS)}){_NOT_LETTER}(?P<star>\s*\*)?"
    rf"|\\(?P<item>item|bibitem){_NOT_LETTER}"
    rf"|(?P<par>\n[ \t]*\n\s*|\\par{_NOT_LETTER})"
    r"|(?P<pre>\x02\d+\x02)"
    r"|\\[^a-zA-Z@]",
    re.DOTALL,
)
_ENVIRONMENT = lazyre.compile(r"\\(?:(?P<begin>begin)|end)\s*\{(?P<name>[^{}\s]+)\}")
_INLINE = lazyre.compile(
    r"\\(?P<word>[a-zA-Z@]+)(?P<star>\*?)"
    r"|\\(?P<symbol>.)"
    r"|\x01(?P<code>\d+)\x01"
    r"|(?P<open>\{)|(?P<close>\})"
    r"|(?P<math>\$\$?)"
    r"|(?P<dash>---?)"
    r"|(?P<quote>``|'')"
    r"|(?P<char>[~&^_#`'\x02])",
    re.DOTALL,
)
_TABLE_TOKEN = lazyre.compile(
    r"(?P<row>\\\\\*?|\\tabularnewline(?![a-zA-Z@]))"
    r"|(?P<begin>\\begin\s*\{[^{}\s]+\})"
    r"|\\[^a-zA-Z@]"
    r"|(?P<cell>&)"
    r"|(?P<group>\{)",
    re.DOTALL,
)
_RULES = lazyre.compile(
    r"(?:\s+"
    r"|\\(?:hline|toprule|midrule|bottomrule|morecmidrules|endhead|endfirsthead|endfoot|"
    r"endlastfoot|hdashline|firsthline|lasthline|centering|raggedright|raggedleft)"
    rf"{_NOT_LETTER}(?:\s*\[[^\]\n]*\])?"
    r"|\\(?:cline|hhline|cmidrule|rowcolor|arrayrulecolor|noalign|addlinespace|specialrule)"
    rf"{_NOT_LETTER}\s*(?:\[[^\]\n]*\]\s*)?(?:\([^)\n]*\)\s*)?(?:\{{[^{{}}]*\}}\s*){{0,3}}"
    r")*",
)
_HEAD_END = lazyre.compile(r"\\(?:endhead|endfirsthead)(?![a-zA-Z@])")
_RULE = lazyre.compile(r"\\(?:hline|toprule|midrule|cline|cmidrule|hhline|specialrule|hdashline)")
_SPAN = lazyre.compile(r"\s*\\(?P<cmd>multicolumn|multirow)(?![a-zA-Z@])")
_CAPTION = lazyre.compile(r"\s*\\caption\*?\s*(?:\[[^\]\n]*\]\s*)?(?=\{)")


class _Ahead:
    """The next ``}`` and line end at or after a point of a text, each found once for a
    run of points that only move forward (a URL argument ends at the first)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.close = self.newline = -2

    def url_end(self, start: int) -> int:
        """The index after the ``}`` closing a URL argument opened before *start*, on its
        line; *start* itself when there is none (the argument is read as any text)."""
        if self.close != -1 and self.close < start:
            self.close = self.text.find("}", start)
        if self.newline != -1 and self.newline < start:
            self.newline = self.text.find("\n", start)
        if self.close < 0 or 0 <= self.newline < self.close:
            return start
        return self.close + 1


def strip_comments(text: str) -> str:
    r"""*text* without its ``%`` comments (the end of the line and the next line's
    leading blanks, as TeX reads them; ``\%`` is a percent sign, and a URL's ``%`` is
    its own), ``comment`` environments and ``\iffalse`` .. ``\fi`` parts."""
    if "%" not in text and "\\iffalse" not in text and "comment}" not in text:
        return text
    out: list[str] = []
    ahead = _Ahead(text)
    pos = 0
    while (found := _STRIP.search(text, pos)) is not None:
        start, end = found.span()
        token = found.group(0)
        if found.group("link") is not None:
            close = ahead.url_end(end)
            out.append(text[pos:close])
            pos = close
            continue
        if found.group("verbatim") is not None:
            name = found.group("verbatim")
            closing = text.find(f"\\end{{{name}}}", end)
            stop = len(text) if closing < 0 else closing + len(f"\\end{{{name}}}")
            out.append(text[pos:start] if name == "comment" else text[pos:stop])
            pos = stop
            continue
        if found.group("verb") is not None:
            close = _verb_end(text, end)
            out.append(text[pos:close])
            pos = close
            continue
        if token.startswith("\\iffalse"):
            out.append(text[pos:start])
            pos = _false_end(text, end)
            continue
        if token != "%":
            out.append(text[pos:end])
            pos = end
            continue
        out.append(text[pos:start])
        newline = text.find("\n", end)
        if newline < 0:
            pos = len(text)
            break
        pos = newline + 1
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] == "\n":
            out.append("\n")  # the next line is blank: a paragraph ends, comment or not
    out.append(text[pos:])
    return "".join(out)


def _verb_end(text: str, start: int) -> int:
    r"""The index after ``\verb|..|``'s closing delimiter (the character after the
    command), or *start* when it is not closed on its line."""
    if start >= len(text) or text[start].isspace() or text[start].isalpha():
        return start
    close = text.find(text[start], start + 1, start + MAX_VERB)
    if close < 0 or "\n" in text[start:close]:
        return start
    return close + 1


def _false_end(text: str, start: int) -> int:
    r"""The index after the ``\fi`` (or ``\else``) closing an ``\iffalse`` part that
    starts at *start*, conditionals inside counted; the end of the text when none does."""
    depth = 1
    for found in _CONDITIONAL.finditer(text, start):
        if found.group("fi") is not None:
            depth -= 1
        elif found.group("else") is not None:
            if depth == 1:
                return found.end()
            continue
        else:
            depth += 1
        if depth == 0:
            return found.end()
    return len(text)


def is_document(text: str) -> bool:
    r"""Whether a ``.tex`` file is a document of its own (``\begin{document}``), not a
    part another one inputs (``macros.tex``), nor a beamer deck (a lecture's slides) or
    a ``standalone`` figure."""
    text = strip_comments(text)
    if _BEGIN_DOCUMENT.search(text) is None:
        return False
    found = _CLASS.search(text)
    return found is None or found.group(1) not in DROPPED_CLASSES


def input_names(text: str) -> list[str]:
    r"""The files a document's ``\input``, ``\include`` and ``\subfile`` commands name,
    as written, in order (commented ones left out; an ``\include`` that
    ``\includeonly`` leaves out too)."""
    text = strip_comments(text)
    allowed = _included(text)
    return [name for found in _INPUT.finditer(text) if (name := _input_name(found, allowed))]


def _included(text: str) -> set[str] | None:
    r"""The names ``\includeonly{..}`` lets ``\include`` read, ``None``: all."""
    only = _INCLUDE_ONLY.search(text)
    return {name.strip() for name in only.group(1).split(",")} if only else None


def _input_name(found: re.Match[str], allowed: set[str] | None) -> str:
    """The name an input command reads, ``""`` for one ``\\includeonly`` leaves out."""
    name = (found.group("braced") or found.group("bare") or "").strip()
    if found.group("cmd") == "include" and allowed is not None and name not in allowed:
        return ""
    return name


def input_path(name: str, folder: Path, root: Path) -> Path | None:
    r"""The site file ``\input{name}`` reads, TeX's way: relative to the document's
    *folder*, ``name.tex`` first; ``None`` for none, or one outside the site *root*."""
    if not name or "\x00" in name:
        return None
    candidates = [name] if Path(name).suffix.lower() in (".tex", ".ltx") else [f"{name}.tex", name]
    try:
        top = root.resolve()
        for candidate in candidates:
            path = (folder / candidate).resolve()
            if path.is_relative_to(top) and path.is_file():
                return path
    except (OSError, RuntimeError, ValueError):
        return None
    return None


def with_inputs(text: str, folder: Path, root: Path, read: Callable[[Path], str]) -> str:
    r"""*text* with each ``\input``/``\include``/``\subfile`` of a file in the site
    replaced by that file's text (*read* reads it; a file that cannot be read, or that
    is outside the site *root*, gives nothing), as TeX reads them: the names relative
    to the document's *folder*; a file that is a document of its own (a subfile) gives
    its body. Inputs nest :data:`MAX_DEPTH` deep and add :data:`MAX_INPUT` characters
    at most."""
    budget = [MAX_INPUT]
    return _with_inputs(text, folder, root, read, 0, budget)


def _with_inputs(
    text: str, folder: Path, root: Path, read: Callable[[Path], str], depth: int, budget: list[int]
) -> str:
    if "\\in" not in text and "\\subfile" not in text:
        return text
    text = strip_comments(text)
    allowed = _included(text)

    def part(found: re.Match[str]) -> str:
        path = input_path(_input_name(found, allowed), folder, root)
        if path is None or depth >= MAX_DEPTH or budget[0] <= 0:
            return ""
        try:
            inner = read(path)
        except (OSError, ValueError):
            return ""
        begin = _BEGIN_DOCUMENT.search(inner)
        if begin is not None:  # a subfile: its body
            end = _END_DOCUMENT.search(inner, begin.end())
            inner = inner[begin.end() : end.start() if end else len(inner)]
        inner = inner[: budget[0]]
        budget[0] -= len(inner)
        return "\n" + _with_inputs(inner, folder, root, read, depth + 1, budget) + "\n"

    return _INPUT.sub(part, text)


@dataclass(frozen=True)
class _Macro:
    count: int
    body: str
    default: str | None = None
    """The first argument's default: the macro's first argument is optional."""


class _Braces:
    """Where each ``{`` of a text closes (its ``}``), found in one pass."""

    def __init__(self, text: str) -> None:
        self.close: dict[int, int] = {}
        stack: list[int] = []
        for found in re.finditer(r"\\.|[{}]", text, re.DOTALL):
            char = found.group(0)
            if char == "{":
                stack.append(found.start())
            elif char == "}" and stack:
                self.close[stack.pop()] = found.start()

    def end(self, start: int, limit: int) -> int:
        """The index of the ``}`` closing the ``{`` at *start*, -1 when it does not
        close before *limit*."""
        close = self.close.get(start, -1)
        return close if 0 <= close < limit else -1


def _optional_end(text: str, start: int, limit: int) -> int:
    """The index after the ``]`` closing an optional argument opened at *start*, -1 when
    there is none close by (braces in it counted; a blank line ends the search)."""
    stop = min(limit, start + MAX_OPTIONAL)
    close = text.find("]", start + 1, stop)
    if close < 0:
        return -1
    inside = text[start + 1 : close]
    if "\n\n" in inside or _BLANK_LINE.search(inside):
        return -1
    if "{" not in inside:
        return close + 1
    depth = 0
    k = start + 1
    while k < stop:
        char = text[k]
        if char == "\\":
            k += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == "]" and depth <= 0:
            return k + 1
        k += 1
    return -1


def _spaces_end(text: str, pos: int, limit: int | None = None) -> int:
    """The index after the blanks (and one line end) a control word eats at *pos*."""
    found = _SPACES.match(text, pos, len(text) if limit is None else limit)
    return found.end() if found is not None else pos


def _ends_word(text: str, end: int) -> bool:
    """Whether *text* before *end* ends with a control word (``\\opt``)."""
    return _TRAILING_WORD.search(text, max(0, end - 64), end) is not None


_LINK_NOTE = lazyre.compile(
    r"\s*(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:\s*)?"
    r"\\(?:url\{[^{}]*\}|href\{[^{}]*\}\{[^{}]*\})\s*\.?\s*"
)
r"""A footnote that is only a link, maybe after a word or two (``Preprint: \url{…}``)."""


def _skip_spaces(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t\n":
        pos += 1
    return pos


def _definitions(text: str) -> tuple[dict[str, _Macro], str]:
    """The macros *text* defines, and *text* without their definitions."""
    macros: dict[str, _Macro] = {}
    if "\\" not in text:
        return macros, text
    braces = _Braces(text)
    out: list[str] = []
    pos = 0
    for found in _DEFINITION.finditer(text):
        if found.start() < pos:
            continue
        end = _definition(text, found, braces, macros)
        if end < 0:
            continue
        out.append(text[pos : found.start()])
        pos = end
    out.append(text[pos:])
    return macros, "".join(out)


def _definition(text: str, found: re.Match[str], braces: _Braces, macros: dict[str, _Macro]) -> int:
    """Reads the definition at *found* into *macros*: the index after it, -1 when it is
    not one (the command is then read as any other)."""
    cmd, pos, limit = found.group("cmd"), found.end(), len(text)
    if cmd in ("newenvironment", "renewenvironment"):
        pos = _skip_spaces(text, pos, limit)
        for _ in range(3):
            pos = _skip_spaces(text, pos, limit)
            while pos < limit and text[pos] == "[":
                after = _optional_end(text, pos, limit)
                if after < 0:
                    return -1
                pos = _skip_spaces(text, after, limit)
            close = braces.end(pos, limit) if pos < limit and text[pos] == "{" else -1
            if close < 0:
                return -1
            pos = close + 1
        return pos
    name = _NAME.match(text, pos)
    if name is None:
        return -1
    control = name.group(1) or name.group(2)
    pos = name.end()
    if cmd == "let":
        pos = _skip_spaces(text, pos, limit)
        if pos < limit and text[pos] == "=":
            pos = _skip_spaces(text, pos + 1, limit)
        target = _CONTROL.match(text, pos)
        if target is not None:
            macros[control[1:]] = _Macro(0, target.group(0))
            return target.end()
        if pos < limit:
            macros[control[1:]] = _Macro(0, text[pos])
            return pos + 1
        return -1
    count, default = 0, None
    if cmd in ("def", "gdef", "edef", "xdef"):
        parameters = _PARAMETERS.match(text, pos)
        assert parameters is not None  # [^{]* always matches
        count = len(re.findall(r"#[1-9]", parameters.group(0)))
        pos = parameters.end()
    else:
        if (given := _COUNT.match(text, pos)) is not None:
            count = int(given.group(1))
            pos = given.end()
            opened = _skip_spaces(text, pos, limit)
            if opened < limit and text[opened] == "[":
                after = _optional_end(text, opened, limit)
                if after < 0:
                    return -1
                default = text[opened + 1 : after - 1]
                pos = after
        pos = _skip_spaces(text, pos, limit)
    if pos >= limit or text[pos] != "{":
        return -1
    close = braces.end(pos, limit)
    if close < 0:
        return -1
    if cmd != "providecommand" or control[1:] not in macros:
        macros[control[1:]] = _Macro(count, text[pos + 1 : close], default)
    return close + 1


class _Expander:
    """Macro uses replaced by their bodies, within a budget of added characters and
    :data:`MAX_DEPTH` levels: every use past them is left as written."""

    def __init__(self, macros: dict[str, _Macro], budget: int) -> None:
        self.macros = macros
        self.budget = budget

    def expand(self, text: str, depth: int) -> str:
        if not self.macros or depth >= MAX_DEPTH or "\\" not in text:
            return text
        braces: _Braces | None = None
        out: list[str] = []
        pos = 0
        limit = len(text)
        while (found := _CONTROL.search(text, pos)) is not None:
            name = found.group(1)
            macro = self.macros.get(name)
            if macro is None or self.budget <= 0:
                out.append(text[pos : found.end()])
                pos = found.end()
                continue
            if braces is None:
                braces = _Braces(text)
            after, arguments = self._arguments(text, found.end(), macro, braces, limit)
            if arguments is None:
                out.append(text[pos : found.end()])
                pos = found.end()
                continue
            body = _substitute(macro.body, arguments)
            self.budget -= len(body) + EXPANSION_COST
            out.append(text[pos : found.start()])
            expanded = self.expand(body, depth + 1)
            out.append(expanded)
            if _ends_word(expanded, len(expanded)) and text[after : after + 1].isalpha():
                out.append("{}")  # \opt then "al": two tokens, not \optal
            pos = after
        out.append(text[pos:])
        return "".join(out)

    def _arguments(
        self, text: str, pos: int, macro: _Macro, braces: _Braces, limit: int
    ) -> tuple[int, list[str] | None]:
        """The index after a use's arguments, and the arguments (``None``: not all given)."""
        arguments: list[str] = []
        if macro.count == 0:
            if text[pos - 1].isalpha() or text[pos - 1] == "@":  # a control word eats blanks
                pos = _spaces_end(text, pos)
            return pos, arguments
        for n in range(macro.count):
            if n == 0 and macro.default is not None:
                opened = _skip_spaces(text, pos, limit)
                if opened < limit and text[opened] == "[":
                    after = _optional_end(text, opened, limit)
                    if after > 0:
                        arguments.append(text[opened + 1 : after - 1])
                        pos = after
                        continue
                arguments.append(macro.default)
                continue
            pos = _skip_spaces(text, pos, limit)
            if pos >= limit:
                return pos, None
            if text[pos] == "{":
                close = braces.end(pos, limit)
                if close < 0:
                    return pos, None
                arguments.append(text[pos + 1 : close])
                pos = close + 1
            elif text[pos] == "}":
                return pos, None
            else:
                token = _CONTROL.match(text, pos)
                end = token.end() if token is not None else pos + 1
                arguments.append(text[pos:end])
                pos = end
        return pos, arguments


def _substitute(body: str, arguments: list[str]) -> str:
    """A macro's *body* with ``#1``.. its *arguments* (``##``: ``#``)."""

    def argument(found: re.Match[str]) -> str:
        if found.group(1) == "#":
            return "#"
        n = int(found.group(1))
        given = arguments[n - 1] if n <= len(arguments) else ""
        if given[:1].isalpha() and _ends_word(body, found.start()):
            return "{}" + given  # \name#1: the name's token ends before the argument
        return given

    return _PARAMETER.sub(argument, body) if "#" in body else body


def latex_html(text: str) -> str:
    """A LaTeX document (or a part of one) as HTML (never raises on malformed input: an
    unclosed group or environment runs to the end of its text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\x00-\x03]", "", text)
    text = strip_comments(text)
    verbatims: list[str] = []
    text = _set_aside(text, verbatims)
    macros, text = _definitions(text)
    text = _Expander(macros, MAX_EXPANSION + 2 * len(text)).expand(text, 0)
    begin = _BEGIN_DOCUMENT.search(text)
    preamble, body = ("", text) if begin is None else (text[: begin.start()], text[begin.end() :])
    end = _END_DOCUMENT.search(body)
    body = body[: end.start()] if end is not None else body
    title = _title(preamble) or _title(body)
    converter = _Converter(body, verbatims)
    html = converter.blocks(0, len(body), 0, False)
    if converter.footnotes:
        html = f"{html}\n{converter.footnote_list()}"
    if title is None:
        return html
    heading = _Converter(title, verbatims).inline(0, len(title))
    return f"<h1>{heading}</h1>\n{html}" if heading.strip() else html


def _set_aside(text: str, verbatims: list[str]) -> str:
    r"""*text* with each ``verbatim``-like environment a block placeholder
    (``\x02n\x02``) and each ``\verb|..|`` an inline one (``\x01n\x01``), their text in
    *verbatims*."""
    if "\\verb" not in text and "\\begin" not in text:
        return text
    out: list[str] = []
    ahead = _Ahead(text)
    pos = 0
    while (found := _STRIP.search(text, pos)) is not None:
        if found.group("link") is not None:
            close = ahead.url_end(found.end())
            out.append(text[pos:close])
            pos = close
        elif found.group("verbatim") is not None:
            name = found.group("verbatim")
            closing = text.find(f"\\end{{{name}}}", found.end())
            stop = len(text) if closing < 0 else closing + len(f"\\end{{{name}}}")
            content = text[found.end() : closing if closing >= 0 else len(text)]
            if name == "minted" and content.startswith("{"):
                content = content.split("}", 1)[-1]
            verbatims.append(content.strip("\n"))
            out.append(f"{text[pos : found.start()]}\n\n\x02{len(verbatims) - 1}\x02\n\n")
            pos = stop
        elif found.group("verb") is not None:
            close = _verb_end(text, found.end())
            if close == found.end():
                out.append(text[pos:close])
            else:
                verbatims.append(text[found.end() + 1 : close - 1])
                out.append(f"{text[pos : found.start()]}\x01{len(verbatims) - 1}\x01")
            pos = close
        else:
            out.append(text[pos : found.end()])
            pos = found.end()
    out.append(text[pos:])
    return "".join(out)


def _title(text: str) -> str | None:
    r"""The text of the document's ``\title{..}``, ``None`` without one."""
    found = _TITLE.search(text)
    if found is None:
        return None
    close = _Braces(text[found.end() :]).end(0, len(text))
    return text[found.end() + 1 : found.end() + close] if close > 0 else None


def _kind(found: re.Match[str]) -> str | None:
    """Which of :data:`_BLOCK`'s tokens *found* is (``None``: a control symbol)."""
    return next((name for name in _BLOCK_KINDS if found.group(name) is not None), None)


_BLOCK_KINDS = ("begin", "end", "section", "item", "par", "pre")


@dataclass
class _Span:
    colspan: int = 1
    rowspan: int = 1


class _Converter:
    """One text's blocks and inline markup as HTML, by ranges of it."""

    def __init__(self, text: str, verbatims: list[str]) -> None:
        self.text = text
        self.verbatims = verbatims
        self.braces = _Braces(text)
        self.environments = self._environments()
        self.footnotes: list[str] = []
        self.noting = False
        """A footnote's text is being read (a note in it is read in place)."""

    def footnote_list(self) -> str:
        """The footnotes, at the page's end."""
        if not self.footnotes:
            return ""
        notes = "\n".join(
            f'<div class="fn"><sup>{n})</sup> {note}</div>'
            for n, note in enumerate(self.footnotes, 1)
        )
        return f'<div class="footnotes">\n{notes}\n</div>'

    def _environments(self) -> dict[int, tuple[int, int]]:
        r"""For each ``\begin{..}``'s index: where its content ends and the index after
        its ``\end{..}`` (an ``\end`` closes the nearest open environment of its name)."""
        found: dict[int, tuple[int, int]] = {}
        stack: list[tuple[str, int]] = []
        for match in _ENVIRONMENT.finditer(self.text):
            name = match.group("name")
            if match.group("begin") is not None:
                stack.append((name, match.start()))
                continue
            for k in range(len(stack) - 1, max(-1, len(stack) - 1 - MAX_DEPTH), -1):
                if stack[k][0] == name:
                    found[stack[k][1]] = (match.start(), match.end())
                    del stack[k:]
                    break
        return found

    # -- blocks ---------------------------------------------------------------

    def blocks(self, start: int, end: int, depth: int, in_item: bool) -> str:
        """The range's blocks; paragraphs are ``<p>``, but in a list item or cell
        (*in_item*), where they are lines."""
        text = self.text
        out: list[str] = []
        para = start
        pos = start

        def flush(stop: int) -> None:
            html = self.inline(para, stop).strip()
            if html:
                out.append(html if in_item else f"<p>{html}</p>")

        while (found := _BLOCK.search(text, pos, end)) is not None:
            kind = _kind(found)
            if kind is None:  # a control symbol (\\, \%): text
                pos = found.end()
                continue
            flush(found.start())
            pos = found.end()
            if kind == "par":
                if in_item and out:
                    out.append("<br>")
            elif kind == "section":
                html, pos = self._heading(found, end)
                out.append(html)
            elif kind == "item":
                label, pos = self._label(pos, end)
                if found.group("item") == "bibitem":
                    pos = self._skip_group(pos, end)
                if label:
                    out.append(label)
            elif kind == "pre":
                out.append(f"<pre>{escape(self.verbatims[int(found.group(0)[1:-1])])}</pre>")
            elif kind == "begin":
                html, pos = self._environment(found, end, depth, in_item)
                if html:
                    out.append(html)
            # a stray \end{..}: a block's edge, no text
            para = pos
        flush(end)
        return "\n".join(out)

    def _heading(self, found: re.Match[str], end: int) -> tuple[str, int]:
        level = SECTIONS[found.group("section")]
        pos = _skip_spaces(self.text, found.end(), end)
        if pos < end and self.text[pos] == "[":
            after = _optional_end(self.text, pos, end)
            pos = _skip_spaces(self.text, after, end) if after > 0 else pos
        close = self.braces.end(pos, end) if pos < end and self.text[pos] == "{" else -1
        if close < 0:
            return "", pos
        return f"<h{level}>{self.inline(pos + 1, close).strip()}</h{level}>", close + 1

    def _label(self, pos: int, end: int) -> tuple[str, int]:
        r"""An ``\item[label]``'s label as HTML (``""`` without one), and the index after it."""
        opened = _skip_spaces(self.text, pos, end)
        if opened < end and self.text[opened] == "[":
            after = _optional_end(self.text, opened, end)
            if after > 0:
                return self.inline(opened + 1, after - 1).strip(), after
        return "", pos

    def _skip_group(self, pos: int, end: int) -> int:
        opened = _skip_spaces(self.text, pos, end)
        close = self.braces.end(opened, end) if opened < end and self.text[opened] == "{" else -1
        return close + 1 if close >= 0 else pos

    def _environment(
        self, found: re.Match[str], end: int, depth: int, in_item: bool
    ) -> tuple[str, int]:
        """An environment as HTML, and the index after it."""
        name = found.group("begin")
        content_end, after = self.environments.get(found.start(), (end, end))
        if content_end > end:
            content_end = after = end
        pos = found.end()
        if name in DROPPED_ENVIRONMENTS:
            return "", after
        if depth >= MAX_DEPTH:
            html = self.inline(pos, content_end).strip()
            return (html if in_item else f"<p>{html}</p>") if html else "", after
        if name in TABLES:
            pos = self._arguments(pos, content_end, TABLES[name])
            return self.table(pos, content_end, depth + 1), after
        pos = self._arguments(pos, content_end, ENVIRONMENT_ARGUMENTS.get(name, 0))
        if name in LISTS:
            return self.list_block(pos, content_end, depth + 1, LISTS[name]), after
        inner = self.blocks(pos, content_end, depth + 1, in_item)
        if name in ("quote", "quotation") and inner:
            return f"<blockquote>\n{inner}\n</blockquote>", after
        return inner, after

    def _arguments(self, pos: int, end: int, count: int) -> int:
        """The index after an environment's optional arguments and *count* required ones."""
        text = self.text
        while True:
            opened = _skip_spaces(text, pos, end)
            if opened < end and text[opened] == "[":
                after = _optional_end(text, opened, end)
                if after > 0:
                    pos = after
                    continue
            if count > 0 and opened < end and text[opened] == "{":
                close = self.braces.end(opened, end)
                if close >= 0:
                    pos = close + 1
                    count -= 1
                    continue
            if count > 0 and opened < end and text[opened] != "{":  # \begin{tabular*}\hsize..
                token = _CONTROL.match(text, opened)
                pos = token.end() if token is not None else opened + 1
                count -= 1
                continue
            return pos

    # -- lists ----------------------------------------------------------------

    def list_block(self, start: int, end: int, depth: int, tag: str) -> str:
        r"""A list's items (``\item`` at its level; nested environments are their items')."""
        text = self.text
        items: list[tuple[int, int]] = []  # (where \item starts, where its text starts)
        pos = start
        while (found := _BLOCK.search(text, pos, end)) is not None:
            pos = found.end()
            kind = _kind(found)
            if kind == "begin":
                pos = min(self.environments.get(found.start(), (end, end))[1], end)
            elif kind == "item":
                items.append((found.start(), found.end()))
        out: list[str] = []
        before = self.blocks(start, items[0][0] if items else end, depth, False)
        if before:
            out.append(before)
        if not items:
            return "\n".join(out)
        out.append(f"<{tag}>")
        for n, (_, text_start) in enumerate(items):
            stop = items[n + 1][0] if n + 1 < len(items) else end
            label, pos = self._label(text_start, stop)
            if text[items[n][0] + 1 : text_start].startswith("bibitem"):
                pos = self._skip_group(pos, stop)
            body = self.blocks(pos, stop, depth, True)
            if tag == "dl":
                out.append(f"<dt>{label}</dt>\n<dd>{body}</dd>")
            else:
                out.append(f"<li>{label + ' ' if label else ''}{body}</li>")
        out.append(f"</{tag}>")
        return "\n".join(out)

    # -- tables ---------------------------------------------------------------

    def table(self, start: int, end: int, depth: int) -> str:
        """A table's rows (``\\\\``) and cells (``&``) as an HTML table."""
        text = self.text
        rows: list[list[tuple[int, int]]] = []
        cells: list[tuple[int, int]] = []
        cell = start
        pos = start
        while (found := _TABLE_TOKEN.search(text, pos, end)) is not None:
            kind = found.lastgroup
            pos = found.end()
            if kind == "group":
                close = self.braces.end(found.start(), end)
                pos = close + 1 if close >= 0 else pos
            elif kind == "begin":
                pos = min(self.environments.get(found.start(), (end, end))[1], end)
            elif kind == "cell":
                cells.append((cell, found.start()))
                cell = pos
            elif kind == "row":
                cells.append((cell, found.start()))
                rows.append(cells)
                cells = []
                opened = _skip_spaces(text, pos, end)
                if opened < end and text[opened] == "[":
                    after = _optional_end(text, opened, end)
                    pos = after if after > 0 else pos
                cell = pos
        cells.append((cell, end))
        rows.append(cells)
        return self._table_html(rows, depth)

    def _table_html(self, rows: list[list[tuple[int, int]]], depth: int) -> str:
        text = self.text
        caption = ""
        kept: list[list[tuple[int, int]]] = []
        ruled: list[bool] = []  # a rule (or \endhead) before each kept row
        pending_rule = False
        for row in rows:
            first_start, first_end = row[0]
            rules = _RULES.match(text, first_start, first_end)
            lead = rules.end() if rules is not None else first_start
            if _RULE.search(text, first_start, lead) or _HEAD_END.search(text, first_start, lead):
                pending_rule = True
            row = [(lead, first_end), *row[1:]]
            if len(row) == 1 and (found := _CAPTION.match(text, lead, first_end)) is not None:
                close = self.braces.end(found.end(), first_end)
                if close >= 0 and not caption:
                    caption = self.inline(found.end() + 1, close).strip()
                    continue
            if all(not text[s:e].strip() for s, e in row):
                continue
            if kept:
                ruled.append(pending_rule)
            kept.append(row)
            pending_rule = False
        ruled.append(pending_rule)
        header = len(kept) > 1 and ruled[0]
        html_rows: list[str] = []
        for n, row in enumerate(kept):
            tag = "th" if n == 0 and header else "td"
            html_rows.append(
                "<tr>" + "".join(self._cell(tag, s, e, depth) for s, e in row) + "</tr>"
            )
        out = ["<table>"]
        if caption:
            out.append(f"<caption>{caption}</caption>")
        out.extend(table_sections(html_rows, header))
        out.append("</table>")
        return "\n".join(out)

    def _cell(self, tag: str, start: int, end: int, depth: int) -> str:
        r"""A cell; ``\multicolumn{n}{..}{text}`` spans *n* columns."""
        text = self.text
        span = _Span()
        found = _SPAN.match(text, start, end)
        if found is not None:
            pos = found.end()
            groups: list[tuple[int, int]] = []
            while len(groups) < 3:
                opened = _skip_spaces(text, pos, end)
                if opened < end and text[opened] == "[":
                    after = _optional_end(text, opened, end)
                    if after > 0:
                        pos = after
                        continue
                close = self.braces.end(opened, end) if opened < end and text[opened] == "{" else -1
                if close < 0:
                    break
                groups.append((opened + 1, close))
                pos = close + 1
            if len(groups) == 3:
                count = text[groups[0][0] : groups[0][1]].strip()
                if found.group("cmd") == "multicolumn" and count.isdigit():
                    span = _Span(colspan=max(1, min(int(count), 50)))
                inner = self.blocks(groups[2][0], groups[2][1], depth, True)
                rest = self.blocks(pos, end, depth, True)
                return cell_html(tag, " ".join(p for p in (inner, rest) if p), span)
        return cell_html(tag, self.blocks(start, end, depth, True), span)

    # -- inline ---------------------------------------------------------------

    def inline(self, start: int, end: int) -> str:
        """The range as escaped HTML with its links and styles made markup."""
        return _Inline(self, start, end).html()


@dataclass
class _Frame:
    """An open group: the tags to close at its end, and whether math was on before it."""

    closing: list[str]
    math: bool
    tags: int = 0
    """How many of the closing tags count toward :data:`MAX_DEPTH`."""


class _Inline:
    """One range's inline markup, read once from left to right: a group's styles close
    at its ``}``, and no more than :data:`MAX_DEPTH` styles are open at once (the text
    of deeper ones is kept)."""

    def __init__(self, converter: _Converter, start: int, end: int) -> None:
        self.converter = converter
        self.text = converter.text
        self.start = start
        self.end = end
        self.out: list[str] = []
        self.root = _Frame([], False)
        self.frames: list[_Frame] = []
        self.math = False
        self.tags = 0
        self.links = 0

    def html(self) -> str:
        text, end = self.text, self.end
        pos = self.start
        while (found := _INLINE.search(text, pos, end)) is not None:
            if found.start() > pos:
                self.out.append(escape(text[pos : found.start()], quote=False))
            pos = self.token(found)
        if pos < end:
            self.out.append(escape(text[pos:end], quote=False))
        while self.frames:
            self.close_group()
        self.out.extend(reversed(self.root.closing))
        return "".join(self.out)

    # -- groups and styles ----------------------------------------------------

    def open_group(
        self, tag: str = "", math: bool | None = None, around: tuple[str, str] = ("", "")
    ) -> None:
        """A group opens; *tag* sets it in a style, or *around* it are words."""
        frame = _Frame([], self.math)
        if around[0]:
            self.out.append(around[0])
            frame.closing.append(around[1])
        elif tag and self.tags < MAX_DEPTH:
            self.out.append(f"<{tag}>")
            frame.closing.append(f"</{tag}>")
            frame.tags += 1
            self.tags += 1
        self.frames.append(frame)
        if math is not None:
            self.math = math

    def close_group(self) -> None:
        frame = self.frames.pop()
        self.out.extend(reversed(frame.closing))
        self.tags -= frame.tags
        self.links -= frame.closing.count("</a>")
        self.math = frame.math

    def switch(self, tag: str) -> None:
        """A style set for the rest of the group (``{\\bfseries ..}``)."""
        if self.tags >= MAX_DEPTH:
            return
        self.out.append(f"<{tag}>")
        frame = self.frames[-1] if self.frames else self.root
        frame.closing.append(f"</{tag}>")
        frame.tags += 1
        self.tags += 1

    def wrap(self, pos: int, tag: str, math: bool | None = None) -> int:
        """The group at *pos* (after blanks) set in *tag*; the index to read on from."""
        opened = _skip_spaces(self.text, pos, self.end)
        if opened < self.end and self.text[opened] == "{":
            self.open_group(tag, math)
            return opened + 1
        token = _CONTROL.match(self.text, opened) if opened < self.end else None
        if token is not None and token.group(1) in SYMBOLS:
            self.out.append(f"<{tag}>{escape(SYMBOLS[token.group(1)])}</{tag}>")
            return token.end()
        if opened < self.end and not self.text[opened].isspace() and self.text[opened] != "\\":
            self.out.append(f"<{tag}>{escape(self.text[opened])}</{tag}>")
            return opened + 1
        return pos

    # -- tokens ---------------------------------------------------------------

    def token(self, found: re.Match[str]) -> int:
        kind = found.lastgroup
        if kind == "word" or kind == "star":
            return self.word(found.group("word"), found.end(), bool(found.group("star")))
        if kind == "symbol":
            return self.symbol(found.group("symbol"), found.end())
        if kind == "code":
            index = int(found.group("code"))
            verbatim = (
                self.converter.verbatims[index] if index < len(self.converter.verbatims) else ""
            )
            self.out.append(f"<code>{escape(verbatim, quote=False)}</code>")
        elif kind == "open":
            self.open_group()
        elif kind == "close":
            if self.frames:
                self.close_group()
        elif kind == "math":
            self.math = not self.math
        elif kind == "dash":
            self.out.append("—" if len(found.group(0)) == 3 else "–")
        elif kind == "quote":
            self.out.append("“" if found.group(0) == "``" else "”")
        elif kind == "char":
            return self.char(found.group(0), found.end())
        return found.end()

    def char(self, char: str, pos: int) -> int:
        if char == "~":
            self.out.append(" ")
        elif char == "`":
            self.out.append("‘")
        elif char == "'":
            self.out.append("′" if self.math else "’")
        elif char in "^_" and self.math:
            return self.wrap(pos, "sup" if char == "^" else "sub")
        elif char in "^_#":
            self.out.append(escape(char))
        return pos  # "&" outside a table, a stray placeholder mark: nothing

    def symbol(self, char: str, pos: int) -> int:
        text = self.text
        if char == "\\":
            self.out.append("<br>")
            if pos < self.end and text[pos] == "*":
                pos += 1
            opened = _skip_spaces(text, pos, self.end)
            if opened < self.end and text[opened] == "[":
                after = _optional_end(text, opened, self.end)
                return after if after > 0 else pos
            return pos
        if char in ACCENTS:
            return self.accent(char, pos)
        if char in "()":
            self.math = char == "("
            return pos
        if char in "[]":
            self.math = char == "["
            return pos
        self.out.append(escape(CONTROL_SYMBOLS.get(char, char), quote=False))
        return pos

    def accent(self, accent: str, pos: int) -> int:
        r"""An accented letter: ``\"u``, ``\"{u}``, ``\c{c}``, ``\'{\i}``."""
        text, end = self.text, self.end
        opened = _skip_spaces(text, pos, end) if accent.isalpha() else pos
        base, after = "", pos
        if opened < end and text[opened] == "{":
            close = self.converter.braces.end(opened, end)
            if close >= 0:
                inner = text[opened + 1 : close].strip()
                token = _CONTROL.fullmatch(inner)
                base = _DOTLESS.get(token.group(1), "") if token else inner
                after = close + 1
        elif opened < end:
            token = _CONTROL.match(text, opened)
            if token is not None and token.group(1) in _DOTLESS:
                base, after = _DOTLESS[token.group(1)], _spaces_end(text, token.end())
            elif text[opened].isalpha():
                base, after = text[opened], opened + 1
        if not base:
            return after
        self.out.append(escape(unicodedata.normalize("NFC", base[0] + ACCENTS[accent]) + base[1:]))
        return after

    def word(self, name: str, pos: int, star: bool) -> int:
        text, end = self.text, self.end
        if name in ACCENTS and name.isalpha() and len(name) == 1:
            return self.accent(name, pos)
        if name in ("href", "url", "nolinkurl"):
            return self.link(name, pos)
        if name in WRAPPERS:
            return self.wrap(pos, WRAPPERS[name])
        if name in MATH_MODES:
            opened = _skip_spaces(text, pos, end)
            if opened < end and text[opened] == "{":
                self.open_group(math=MATH_MODES[name])
                return opened + 1
            return pos
        after = _spaces_end(text, pos, end) if not star else pos
        if name in SWITCHES:
            self.switch(SWITCHES[name])
            return after
        if name in SYMBOLS:
            self.out.append(escape(SYMBOLS[name], quote=False))
            return after
        if name in BREAKS:
            self.out.append("<br>")
            return after
        if name in ("footnote", "footnotetext"):
            return self.footnote(after)
        if name in ("input", "include") and not text.startswith(
            "{", _skip_spaces(text, after, end)
        ):
            bare = _BARE_NAME.match(text, _skip_spaces(text, after, end), end)
            return bare.end() if bare is not None else after  # \input macros
        if name in NO_TEXT:
            return self.skip(after, NO_TEXT[name])
        if name in LEADING_NO_TEXT:
            return self.skip(after, LEADING_NO_TEXT[name])
        opened = _skip_spaces(text, after, end)
        if opened < end and text[opened] == "[":  # an unknown command's options: [width=2cm]
            close = _optional_end(text, opened, end)
            if close > 0 and "=" in text[opened:close]:
                return close
        return after

    def footnote(self, pos: int) -> int:
        """A footnote: its text kept for the page's end (as the page sets it, at the
        foot), its mark left out here; a note in a note, or one that holds a link, is its
        text in brackets where it stands."""
        opened = self.optional(pos)
        close = self.converter.braces.end(opened, self.end) if opened < self.end else -1
        if close < 0 or self.text[opened] != "{":
            return pos
        # a note that is only a link (``Citation.\footnote{\url{https://arxiv.org/…}}``,
        # ``\footnote{Preprint: \url{…}}``) is read in place, in brackets: the cited work's
        # copy, its entry's (a note of prose, "Off campus, use the \href{…}{proxy}", stays
        # at the page's end)
        linked = _LINK_NOTE.fullmatch(self.text, opened + 1, close) is not None
        if self.converter.noting or linked or len(self.converter.footnotes) >= MAX_FOOTNOTES:
            self.open_group(around=(" (", ")"))
            return opened + 1
        self.converter.noting = True
        note = self.converter.inline(opened + 1, close).strip()
        self.converter.noting = False
        if note:
            self.converter.footnotes.append(note)
        return close + 1

    def optional(self, pos: int) -> int:
        """The index after the optional arguments at *pos* (and blanks)."""
        while True:
            opened = _skip_spaces(self.text, pos, self.end)
            if opened < self.end and self.text[opened] == "[":
                after = _optional_end(self.text, opened, self.end)
                if after > 0:
                    pos = after
                    continue
            return opened

    def skip(self, pos: int, count: int) -> int:
        """The index after *count* arguments (optional ones not counted) at *pos*."""
        text, end = self.text, self.end
        for _ in range(count):
            opened = self.optional(pos)
            if opened < end and text[opened] == "{":
                close = self.converter.braces.end(opened, end)
                if close < 0:
                    return pos
                pos = close + 1
            elif opened < end and text[opened] not in "}\\":
                pos = opened + 1
            elif opened < end and text[opened] == "\\":
                token = _CONTROL.match(text, opened)
                pos = token.end() if token is not None else opened + 1
            else:
                return pos
        return pos

    def link(self, name: str, pos: int) -> int:
        r"""``\href{url}{text}``, ``\url{url}``, ``\nolinkurl{url}``."""
        text, end = self.text, self.end
        opened = _skip_spaces(text, pos, end)
        if name == "href":
            opened = self.optional(opened)
        close = (
            self.converter.braces.end(opened, end) if opened < end and text[opened] == "{" else -1
        )
        if close < 0:
            return pos
        target = re.sub(r"\s+", "", text[opened + 1 : close])
        if name == "nolinkurl":
            self.out.append(escape(target, quote=False))
            return close + 1
        href = escape(re.sub(r"\\([#%&_~$])", r"\1", target))
        if name == "url" and self.links:  # a URL in a link's text: its text
            self.out.append(escape(target, quote=False))
            return close + 1
        if name == "url":
            self.out.append(f'<a href="{href}">{escape(target, quote=False)}</a>')
            return close + 1
        label = _skip_spaces(text, close + 1, end)
        if label < end and text[label] == "{" and self.converter.braces.end(label, end) >= 0:
            if self.links or self.tags >= MAX_DEPTH:  # a link in a link's text: its text
                self.open_group()
                return label + 1
            self.open_group(around=(f'<a href="{href}">', "</a>"))
            self.links += 1
            return label + 1
        self.out.append(f'<a href="{href}">{escape(target, quote=False)}</a>')
        return close + 1
