"""Readings written as an identifier in plain text, not as a link.

Staff often end a citation with its identifier instead of linking it: ``Vaswani et
al. 2017 (arXiv:1706.03762)``, ``… IEEE Micro 38(2), 2018. doi:10.1109/MM.2018.112``,
``DOI 10.1145/3442188.3445922``, ``arXiv 2005.14165``, or a URL left as text in an
HTML page.  Before a page's HTML is read, each such identifier in its text (not in a
link, a script or a style) is made the link the reader would follow, its href the
identifier as written (``arXiv:1706.03762``, ``doi:10.…``; with a label set apart by a
space, ``arXiv 2005.14165``, the identifier alone: ``2005.14165``) and its text the
same, so the citation before it titles it as it titles a ``[pdf]``.
:func:`canonical` gives the page the link points to: ``https://arxiv.org/abs/…``,
``https://doi.org/…``.
"""

from __future__ import annotations

import html
import re

from readlist import lazyre
from readlist.urls import identify

_ARXIV_ID = r"(?:\d{4}\.\d{4,5}|[a-z][a-z.-]{1,20}/\d{7})(?:v\d{1,3})?"
_DOI = r"10\.\d{4,9}/[^\s<>\"'`]+"
_IDENTIFIER = lazyre.compile(
    rf"(?<![\w/.:@+-])(?:"
    rf"(?P<arxiv>arxiv:\s?{_ARXIV_ID})"
    rf"|arxiv\s+(?P<arxiv_id>{_ARXIV_ID})"
    rf"|(?P<doi>doi:\s?{_DOI})"
    rf"|doi\s+(?P<doi_id>{_DOI})"
    r"|(?P<url>https?://[^\s<>\"'`]+)"
    r")",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?"
_LINKED_OR_RAW = (
    # a link up to its end, or the next link's start (an unclosed one: read in linear time)
    r"<a\b[^>]*>(?:[^<]|<(?!/?a\b))*</a\s*>"
    r"|<(script|style|textarea|title|pre)\b[^>]*>.*?</\1\s*>"
)
_SKIPPED = lazyre.compile(rf"{_LINKED_OR_RAW}|<!--.*?-->|<[^<>]*>", re.IGNORECASE | re.DOTALL)
"""What is not a page's text: a link (its identifier is already linked), a script, a
style, a block of code (a URL in an R chunk's comment), a comment, a tag."""


def may_name(href: str) -> bool:
    """Whether *href* may be an identifier (:func:`canonical`): a cheap test before it,
    for every link a page has."""
    return href[:1].isdigit() or href[:6].lower().startswith(("arxiv:", "doi:"))


def canonical(href: str) -> str | None:
    """The page an identifier href names (``arXiv:1706.03762`` ->
    ``https://arxiv.org/abs/1706.03762``, ``doi:10.1/x`` and ``10.1/x`` ->
    ``https://doi.org/10.1/x``), or None for anything else."""
    text = href.strip()
    lowered = text.lower()
    if lowered.startswith("arxiv:"):
        found = re.fullmatch(_ARXIV_ID, text[6:].strip(), re.IGNORECASE)
        return f"https://arxiv.org/abs/{found.group(0)}" if found else None
    if lowered.startswith("doi:"):
        text = text[4:].strip()
    if re.fullmatch(_DOI, text):
        return f"https://doi.org/{text}"
    if re.fullmatch(_ARXIV_ID, text) and "." in text:
        return f"https://arxiv.org/abs/{text}"  # "arXiv 2005.14165": the id alone
    return None


def _trimmed(found: str) -> str:
    """An identifier without the punctuation of the sentence around it: a closing
    period, a bracket it did not open."""
    while found and (
        found[-1] in _TRAILING
        or (found[-1] == ")" and found.count(")") > found.count("("))
        or (found[-1] == "]" and found.count("]") > found.count("["))
    ):
        found = found[:-1]
    return found


def _linked(text: str, urls: bool, before: str | None) -> str:
    """A run of a page's text with each identifier in it made a link (each URL too, with
    *urls*); not one naming the work the link right *before* it names (``<a>Birdwatch
    …</a>. arXiv:2210.15723.``), nor a Markdown link's URL left as text (``[Recording](
    https://…)`` in an HTML block)."""

    def link(match: re.Match[str]) -> str:
        whole = match.group(0)
        if match["url"] and (not urls or text[: match.start()].endswith(("](", "](<"))):
            return whole
        found = next(value for value in match.groupdict().values() if value)
        ident = _trimmed(found)
        if not ident or (match["url"] and len(ident) <= len("https://")):
            return whole
        start = match.start(next(name for name, value in match.groupdict().items() if value))
        lead = text[match.start() : start]  # "arXiv ", "DOI ": the identifier's label
        rest = whole[len(lead) + len(ident) :]
        shown = html.unescape(ident)
        if (
            before is not None
            and match.start() < _NEAR
            and (
                identify(shown) == identify(before)
                # "<a>Preventing Fairness Gerrymandering</a>. ICML 2018. arXiv:1711.05144":
                # only the link's venue and year between: its work's other copy
                or _VENUE_YEAR_ONLY.fullmatch(text[: match.start()]) is not None
            )
        ):
            return whole  # the same work as the link it follows: no second reading
        href = html.escape(shown, quote=True)
        # the label goes with its identifier: no word of the citation before it
        return f'<a href="{href}">{html.escape(shown, quote=False)}</a>{rest}'

    return _IDENTIFIER.sub(link, text)


def linked_identifiers(markup: str, *, urls: bool = True) -> str:
    """*markup* with each identifier its text writes (not inside a link, a script, a
    style or a tag) made a link (see the module); a URL left as text too, with *urls*."""
    lowered = markup.lower()
    if "arxiv" not in lowered and "doi" not in lowered and not (urls and "http" in lowered):
        return markup
    if not any(_IDENTIFIER.finditer(_TEXT_ONLY.sub(" ", _SKIPPED_WHOLE.sub(" ", markup)))):
        return markup  # none in the page's text (only in its links and tags): as it is
    out: list[str] = []
    last = 0
    before: str | None = None  # the last link's href, in the text that follows it
    code = False  # in a code span: an identifier is one, a URL a command's (`pip install …`)
    for skipped in _SKIPPED.finditer(markup):
        out.append(_linked(markup[last : skipped.start()], urls and not code, before))
        out.append(skipped.group(0))
        last = skipped.end()
        piece = skipped.group(0)
        if _CODE_TAG.match(piece):
            code = not piece.startswith("</")
        if piece[:2].lower() == "<a":
            href = _HREF.search(piece)
            before = html.unescape(href.group(1)) if href else None
        elif piece[:2] != "<" + "/" and _BLOCK_TAG.match(piece):
            before = None  # a new block: no link before it in its text
    out.append(_linked(markup[last:], urls, before))
    return "".join(out)


_NEAR = 40
_VENUE_YEAR_ONLY = lazyre.compile(
    r"[\s.,;:()\[\]]*(?:(?:[A-Z][\w&'’-]*[\s.,;:()\[\]]+)*(?:19|20)\d\d[a-z]?[\s.,;:()\[\]]*)?"
)
"""Between a link and an identifier, only the link's venue and year (``. ICML 2018. ``)
or only punctuation (``</a>. arXiv:…``): the identifier is the linked work's."""
"""How far after a link an identifier may be and still be that link's (``</a>. CACM
1978. arXiv:…``)."""
_SKIPPED_WHOLE = lazyre.compile(_LINKED_OR_RAW, re.IGNORECASE | re.DOTALL)
_TEXT_ONLY = lazyre.compile(r"<!--.*?-->|<[^<>]*>", re.DOTALL)
_CODE_TAG = lazyre.compile(r"</?code\b", re.IGNORECASE)
_HREF = lazyre.compile(r"""\bhref\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_BLOCK_TAG = lazyre.compile(r"<(?:p|li|td|th|tr|div|h[1-6]|dd|dt|br)\b", re.IGNORECASE)
