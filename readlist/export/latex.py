"""Text for BibTeX/biblatex fields: LaTeX-escaped, capitals protected, plain math kept.

Text from the web is escaped (``& % $ # _ { } ~ ^ \\ < >``) so that it prints as
written and can never close a field or run a command.  Literal braces are
written ``{\\ensuremath{\\lbrace}}``/``{\\ensuremath{\\rbrace}}``: BibTeX and
biber count braces without regard to backslashes, so ``\\}`` would end a field
early.
``$...$`` spans (arXiv titles and abstracts carry TeX math) stay math only when
they are plain math (:mod:`readlist.export.texmath`); any other span is text.
In titles, words whose capitals a style must not lower (``GPipe``, ``BERT``,
``vLLM``, the ``Alpa`` of ``Alpa: ...``) are wrapped in braces; whole titles
never are.  With *ascii*, non-ASCII characters become LaTeX macros (pylatexenc)
and characters it cannot encode (U+FFFD, emoji) become ``?``.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from pylatexenc.latexencode import UnicodeToLatexEncoder

from readlist import lazyre
from readlist.export.names import clean_text
from readlist.export.texmath import is_plain_math, math_span

# Macros are written as BibTeX "special characters" ({\macro}): BibTeX's case
# changes and purify$ leave them alone.  Braces are math symbols: BibTeX and
# biber count every { and } (a backslash does not hide one), and pandoc knows
# \lbrace where it does not know \textbraceleft.
_ESCAPES = {
    "\\": r"{\textbackslash}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"{\ensuremath{\lbrace}}",
    "}": r"{\ensuremath{\rbrace}}",
    "~": r"{\textasciitilde}",
    "^": r"{\textasciicircum}",
    "<": r"{\textless}",
    ">": r"{\textgreater}",
}
_SPECIAL = lazyre.compile(r"[\\&%$#_{}~^<>]")
# pandoc's rule for TeX math: no space after the opening $, none before the
# closing $, and no digit right after it (so "$5 and $10" is not math).
_MATH = lazyre.compile(r"(?<!\\)\$(?![\s$])((?:\\.|[^$\\])+?)(?<![\s\\])\$(?!\d)")
_WORD = lazyre.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_LEADING_NAME = lazyre.compile(r"\s*([^\W_]+(?:-[^\W_]+)*)\s*:\s")
_NAME_WORDS = lazyre.compile(r"(?<![\w{])(and|others)(?![\w}])", re.IGNORECASE)
_URL_UNSAFE = lazyre.compile(r'[^!-~]|[{}\\"<>^`|]')
"""A character a URL field cannot hold as it is: spaces, controls, non-ASCII, braces ..."""
_ASCII = UnicodeToLatexEncoder(
    non_ascii_only=True,
    replacement_latex_protection="braces-all",
    unknown_char_policy=lambda char: "?",
    unknown_char_warning=False,
)


def escape(text: str) -> str:
    """Every LaTeX special character escaped; nothing else changed."""
    return _SPECIAL.sub(lambda m: _ESCAPES[m.group()], text)


def latex_text(text: str, *, title: bool = False, ascii: bool = False) -> str:
    """Field text for BibTeX: escaped, plain math kept; capitals and math braced
    when *title*.

    With *ascii*, non-ASCII characters become LaTeX macros (``W{\\"u}bben``).
    """
    text = clean_text(text)  # a line break could start a block for some parsers
    pieces: list[str] = []
    position = 0
    for match in _MATH.finditer(text):
        if not is_plain_math(match.group(1)):
            continue
        pieces.append(_text_piece(text[position : match.start()], title, first=not pieces))
        math = math_span(match.group(1))
        pieces.append("{" + math + "}" if title else math)  # a style must not lower it
        position = match.end()
    pieces.append(_text_piece(text[position:], title, first=not pieces))
    return _encoded("".join(pieces), ascii)


def latex_name_part(text: str, *, ascii: bool = False) -> str:
    """A part of a person's name: escaped; commas and the words ``and``/``others``
    braced, so that BibTeX never reads one name as several."""
    escaped = _NAME_WORDS.sub(lambda m: "{" + m.group() + "}", escape(text).replace(",", "{,}"))
    return _encoded(escaped, ascii)


def safe_url(url: str) -> str:
    """A URL or DOI that cannot break a field: spaces, braces, quotes and
    non-ASCII characters percent-encoded (UTF-8), the URI form of the same link."""
    return _URL_UNSAFE.sub(lambda m: quote(m.group(), safe="", errors="replace"), url.strip())


def needs_protection(word: str) -> bool:
    """True for words a BibTeX style would wrongly lower-case: inner capitals."""
    tail = word[1:]
    if tail.islower():  # the common case: no capital after the first letter at all
        return False
    return any(ch.isupper() for part in word.split("-") for ch in part[1:])


def _needs_braces(text: str, first: bool) -> bool:
    """Whether any word of *text* is braced by :func:`_text_piece` (a fast pre-check)."""
    if first and _LEADING_NAME.match(text):
        return True
    return any(needs_protection(word) for word in _WORD.findall(text))


def _encoded(text: str, ascii: bool) -> str:
    """*text*, its non-ASCII characters as LaTeX macros when *ascii*."""
    if not ascii or text.isascii():  # most fields: skip pylatexenc's per-character loop
        return text
    result: str = _ASCII.unicode_to_latex(text)
    return result


def _text_piece(text: str, title: bool, first: bool) -> str:
    if not title or not text:
        return escape(text)
    if _SPECIAL.search(text) is None and not _needs_braces(text, first):
        return text  # most titles: nothing to escape, no capital to protect
    leading = _LEADING_NAME.match(text) if first else None
    out: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        word = match.group()
        out.append(escape(text[position : match.start()]))
        is_leading_name = leading is not None and match.start() == leading.start(1)
        protect = needs_protection(word) or (is_leading_name and word[:1].isupper())
        out.append("{" + escape(word) + "}" if protect else escape(word))
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out)
