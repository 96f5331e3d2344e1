"""Markdown (kramdown/Jekyll flavoured) to lectures.

The Markdown is rendered to HTML by pyromark (pulldown-cmark, with tables and
definition lists) and read by :mod:`readlist.extract.html`.  Before rendering,
what Jekyll would resolve is resolved the way the page renders:

* YAML front matter is removed;
* kramdown attribute lists (``{: .attr}``) are dropped; a label pill
  (``**Lecture**{: .label}``) becomes a ``<span class="rl-label">``, so that the
  title after it can be told from it;
* ``<div ... markdown="1">`` wrappers get blank lines around their content so
  the Markdown inside them is parsed as Markdown, as kramdown does;
* Liquid: ``{% comment %}`` blocks are removed; when one ``{% include X %}`` is
  repeated as an entry separator, each occurrence becomes an entry marker whose
  key is taken by position from a ``{% capture %}`` list of dates; every other
  Liquid tag or output is dropped, except the site URL (``{{ site.baseurl }}``,
  ``{{ site.url }}``, ``| relative_url``, ``| absolute_url``), which is rendered.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from urllib.parse import urlsplit

import pyromark

from readlist import lazyre
from readlist.extract import classify, vocab
from readlist.extract.dom import (
    BOX_OPEN,
    LABEL_CLASS,
    disarm_entries,
    names_region,
    protect_entities,
)
from readlist.extract.html import ENTRY_TAG, read_html
from readlist.extract.reader import flag_requirement
from readlist.model import Lecture

_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_DEFINITION_LIST
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_FOOTNOTES  # "Intro[^1]": a note's number, not the title's
    | pyromark.Options.ENABLE_TASKLISTS  # "- [ ] ⭐ Aleph One, [A](..)": a box, no text
)
FRONT_MATTER = lazyre.compile(
    r"\A(?:\ufeff)?(?:---[ \t]*\r?\n(?:(.*?)\r?\n)??(?:---|\.\.\.)"
    r"|\+\+\+[ \t]*\r?\n(?:(.*?)\r?\n)??\+\+\+)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL,
)
"""YAML front matter (Jekyll, Quarto, Hugo) between ``---``, or TOML (Hugo) between ``+++``."""
IAL = lazyre.compile(r"\{:(?!:)[^}\n]*\}")
_ATTR_LIST = lazyre.compile(r"(?<=[)\]*_`])\{[ \t]*[.#][\w-][^{}\n]*\}")
"""Python-Markdown's attribute list after a link or emphasis (``{ .md-button }``,
``{#id .class}``, MkDocs Material's buttons): no text of the page."""
_HEADING_ID = lazyre.compile(
    r"^(#{1,6}[ \t].*?)[ \t]*\{#[\w:.-]+(?:[ \t]+[.#][\w-]+)*[ \t]*\}[ \t]*$", re.MULTILINE
)
# kramdown label pills, "**Lecture**{: .label .label-purple }": kept as a marked span
_LABEL_PILL = lazyre.compile(r"\*\*([^*\n]{1,40})\*\*\{:[^}\n]*\.label\b[^}\n]*\}[ \t]*")
_MD_DIV_OPEN = lazyre.compile(
    r"^([ \t]*<(div|section|span|aside)\b[^>\n]*\bmarkdown=[\"']?(?:1|block)[\"']?[^>\n]*>)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_MD_SPAN = lazyre.compile(
    r"(<(td|th|li|dd|dt|p|span)\b[^>]*?)\s+markdown=[\"']?(?:1|span|block)[\"']?([^>]*>)"
    r"(.*?)(</\2\s*>)",
    re.IGNORECASE | re.DOTALL,
)
"""kramdown's ``<td markdown="1">[A](u)</td>``: Markdown inside an HTML element."""
_DIV_CLOSE = lazyre.compile(
    r"^([ \t]*</(?:div|section|aside)>)[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_LIQUID_COMMENT = lazyre.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL)
_CAPTURE = lazyre.compile(
    r"\{%-?\s*capture\s+(\w+)\s*-?%\}(.*?)\{%-?\s*endcapture\s*-?%\}", re.DOTALL
)
_INCLUDE = lazyre.compile(r"^[ \t]*\{%-?\s*include\s+([\w./-]+)([^%]*?)-?%\}[ \t]*$", re.MULTILINE)
_PARAM = lazyre.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")
_LIQUID_TAG = lazyre.compile(r"\{%.*?%\}", re.DOTALL)
_LIQUID_OUT = lazyre.compile(r"\{\{.*?\}\}", re.DOTALL)


class LineIndex:
    """Source positions to 1-based line numbers, searched forward in document order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.pos = 0
        self.liquid = "{{" in source
        """The source writes Liquid output (``{{ site.baseurl }}``) somewhere."""

    def line_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset)

    def locate(self, needle: str) -> int:
        """Offset of *needle* at or after the last one found (else anywhere), or -1."""
        needle = needle.strip()
        if not needle:
            return -1
        found = self.source.find(needle, self.pos)
        if found < 0:
            found = self.source.find(needle)
        if found >= 0:
            self.pos = found + 1
        return found

    def _locate_href(self, needle: str) -> int:
        """Like :meth:`locate`, but the href must end there (``](u)``, not ``](u/2.pdf)``)."""
        saved = self.pos
        while True:
            found = self.locate(needle)
            if found < 0:
                return -1
            after = self.source[found + len(needle) : found + len(needle) + 1]
            if after in ("", ")", ">", " ", "\t", "\n", '"', "'"):
                return found
            if self.pos <= saved or found + 1 < saved:  # wrapped around: give up
                self.pos = saved
                return -1
            saved = self.pos

    def __call__(self, needle: str) -> int:
        found = self.locate(needle)
        return self.line_at(found if found >= 0 else self.pos)

    def _liquid_href(self, href: str) -> int:
        """Offset of ``](`` of a link whose href the source writes with Liquid before its
        rendered path's end (``]({{ site.baseurl }}/assets/a.pdf)`` for ``/base/assets/a.pdf``),
        or -1."""
        tail = href.rsplit("/", 1)[-1]
        if len(tail) < 5 or not self.liquid:
            return -1
        saved = self.pos
        found = self._locate_href(tail)
        opening = self.source.rfind("](", 0, found) if found >= 0 else -1
        between = self.source[opening:found] if opening >= 0 else ""
        if opening < 0 or "\n" in between or "{{" not in between or " " in between.split("}}")[-1]:
            self.pos = saved
            return -1
        return opening

    def link_text(self, href: str, text: str = "") -> tuple[int, str | None]:
        """Line of the Markdown link to *href*, and its text as written in the source.

        ``None`` for the text when the source does not write ``[text](href``
        there (an HTML anchor, a reference link).
        """
        saved = self.pos
        found = self._locate_href("](" + href.strip())
        if found < 0:
            found = self._locate_href("](<" + href.strip())
        if found < 0:
            found = self._liquid_href(href.strip())
        if found < 0:
            # the href was written otherwise (Liquid, entities): find the link by its text
            at = self.locate(href) if href.strip() else -1
            if at < 0 and text.strip():
                at = self.locate("[" + text.strip())
            return self.line_at(at if at >= 0 else self.pos), None
        depth, start = 0, found - 1
        while start >= 0:
            char = self.source[start]
            if char == "]" and self.source[start - 1 : start] != "\\":
                depth += 1
            elif char == "[" and self.source[start - 1 : start] != "\\":
                if depth == 0:
                    break
                depth -= 1
            elif char == "\n" and self.source[start - 1 : start] == "\n":
                return self.line_at(found), None
            start -= 1
        if start < 0:
            return self.line_at(found), None
        written = self.source[start + 1 : found]
        if text.strip() and _letters(written) != _letters(text):
            # another link to the same URL ("[Hernán & Robins, ch. 12](u)" where this one
            # is a citation rendered "Causal Inference: What If"): not this link's text
            self.pos = saved
            return self.line_at(found), None
        return self.line_at(start), written


def _letters(text: str) -> str:
    """*text*'s letters and digits, lowercased: the words a link shows, whatever markup
    (tags, ``{.underline}`` attributes) or entities write them."""
    shown = _MARKUP_AROUND.sub("", text) if "<" in text or "{" in text else text
    return "".join(char for char in html.unescape(shown).lower() if char.isalnum())


_MARKUP_AROUND = lazyre.compile(r"<[^<>]*>|\{[^{}]*\}")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(front matter or None, body with the front matter blanked out)``."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None, text
    blank = "\n" * match.group(0).count("\n")
    return match.group(1) or match.group(2) or "", blank + text[match.end() :]


def _include_params(raw: str) -> dict[str, str]:
    return {
        m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
        for m in _PARAM.finditer(raw)
    }


def _entries(text: str, includes: IncludeLabels) -> str:
    """Replace the includes that open schedule entries with entry markers.

    An include with a date parameter (``{% include lecture.html date="Tue Sep 3"
    title="Intro" %}``) is an entry keyed by it; an include repeated as a
    separator takes its key by position from a ``{% capture %}`` list of dates.
    Its parameters that hold readings follow the marker, each under the label the
    template writes before it (:func:`_reading_params`).
    """
    captures = {name: body.split() for name, body in _CAPTURE.findall(text)}
    text = _CAPTURE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    found = [(m.group(1), _include_params(m.group(2))) for m in _INCLUDE.finditer(text)]
    if not found:
        return text
    counts = Counter(
        name for name, params in found if not _date_param(params) and not _link_of(params)
    )
    name, count = counts.most_common(1)[0] if counts else ("", 0)
    dates: list[str] = next(
        (v for v in captures.values() if len(v) >= count and all(classify.date_in(d) for d in v)),
        [],
    )
    index = 0

    def marker(match: re.Match[str]) -> str:
        nonlocal index
        params = _include_params(match.group(2))
        key = _date_param(params)
        link = _link_of(params) if key is None else None
        if link is not None:
            return link
        if key is None:
            if match.group(1) != name or count < 2 or not dates:
                return match.group(0)  # no dates to key entries by: an ordinary include
            key = dates[index] if index < len(dates) else f"Entry {index + 1}"
            index += 1
        title = next((params[k] for k in ("title", "topic", "name") if params.get(k)), "")
        line = text.count("\n", 0, match.start()) + 1
        labels = includes.get(match.group(1), {})
        return entry_marker(key, title, line) + _reading_params(params, labels)

    return _INCLUDE.sub(marker, text)


IncludeLabels = Mapping[str, Mapping[str, str]]
"""Per include template (``lecture.html``), the label it writes before each parameter
it renders (``reading``: ``Required reading:``)."""


def _reading_params(params: dict[str, str], labels: Mapping[str, str]) -> str:
    """An entry include's parameters that hold links to readings, as Markdown after its
    marker, each under its label: the template's (``Required reading:``), else one
    its name says (``optional`` -> ``Optional reading:``, ``reading`` -> ``Reading:``)."""
    blocks = []
    for name, value in params.items():
        if "](" not in value and "<a " not in value:
            continue
        words = [w for w in re.split(r"[_\s-]+", name.lower()) if w]
        req = classify.prefix_requirement(words[0]) if words else None
        named = any(w in vocab.READING_FIELD_NOUNS for w in words) or req is not None
        label = labels.get(name) or (
            {"required": "Required reading:", "optional": "Optional reading:"}.get(req or "")
            or ("Reading:" if named and len(words) <= 2 else "")
        )
        if label:
            blocks.append(f"\n**{label}**\n\n{value}\n")
    return "".join(blocks)


def link_of_params(raw: str, item: bool = True) -> str | None:
    """The link of a template call written with ``name="value"`` parameters, if it has a
    URL parameter (a Jekyll include, a Hugo shortcode); with *item*, as a list item."""
    return _link_of(_include_params(raw), item)


def _link_of(params: dict[str, str], item: bool = True) -> str | None:
    """The link an include with a URL parameter renders (``{% include reading.html
    title="A" url="u" optional=true %}``): an anchor, marked as its flags say; with
    *item*, one list item, as templates called on a line of their own write."""
    href = next((params[k] for k in vocab.LINK_FIELDS if params.get(k)), "")
    if not href:
        return None
    text = next((params[k] for k in vocab.LINK_TEXT_FIELDS if params.get(k)), href)
    mark = flag_requirement(params.get("optional"), params.get("required"))
    anchor = f'<a href="{html.escape(href)}">{html.escape(text, quote=False)}</a>'
    link = f"{anchor}{f' ({mark})' if mark else ''}"
    return f"<li>{link}</li>" if item else link


def entry_marker(
    key: str,
    title: str,
    line: int,
    heading: bool = False,
    page: bool = False,
    listed: bool = False,
) -> str:
    """The element that opens an entry (read only in HTML the readers made); with
    *heading*, the first heading after it is the entry's title, not its end; with
    *page*, the entry is the whole page (dated in its front matter): no heading ends it;
    with *listed*, the page's front matter lists readings of the entry's own."""
    attrs = f'key="{html.escape(key)}" line="{line}"'
    if title:
        attrs += f' title="{html.escape(title)}"'
    if heading:
        attrs += ' heading="1"'
    elif page:
        attrs += ' page="1"'
    if listed:
        attrs += ' listed="1"'
    return f"\n<{ENTRY_TAG} {attrs}></{ENTRY_TAG}>\n"


def entry_of_params(raw: str) -> str | None:
    """The heading a template call with a date parameter draws (a Hugo shortcode around
    a lecture's body, ``{{< lecture date="2025-01-21" title="Intro" >}}``: ``##
    2025-01-21 — Intro``), as Markdown, else None."""
    params = _include_params(raw)
    key = _date_param(params)
    if key is None:
        return None
    title = next((params[k] for k in ("title", "topic", "name") if params.get(k)), "")
    return f"## {key} — {title}" if title.strip() else f"## {key}"


def _date_param(params: dict[str, str]) -> str | None:
    for name in ("date", "day", "when", "lecture_date"):
        value = params.get(name, "").strip()
        if value and classify.date_in(value):
            return value
    return None


_LIQUID_URL = lazyre.compile(
    r"\{\{-?\s*(?:site\.(?P<var>baseurl|url)"
    r"|(?P<q>['\"])(?P<path>[^'\"]*)(?P=q)\s*\|\s*(?P<filter>relative_url|absolute_url))\s*-?\}\}"
)


def _site_urls(text: str, base_url: str | None) -> str:
    """``{{ site.baseurl }}``, ``{{ '/x' | relative_url }}`` ... as Jekyll renders them."""
    parts = urlsplit(base_url or "")
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    path = parts.path.rstrip("/")

    def render(match: re.Match[str]) -> str:
        var = match.group("var")
        if var == "baseurl":
            return path
        if var == "url":
            return origin
        target = match.group("path")
        target = target if target.startswith("/") or not target else "/" + target
        prefix = origin + path if match.group("filter") == "absolute_url" else path
        return prefix + target

    return _LIQUID_URL.sub(render, text)


def render_liquid(
    text: str,
    base_url: str | None = None,
    entries: bool = False,
    includes: IncludeLabels | None = None,
) -> str:
    """Liquid as Jekyll renders it, as far as a schedule goes: site URLs rendered,
    comments and every other tag or output dropped (a ``{% for %}`` loop over data
    is read from the data file instead)."""
    text = _site_urls(text, base_url)
    text = disarm_entries(text)
    text = _LIQUID_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    if entries:
        text = _entries(text, includes or {})
    if "link" in text:  # Hexo's "{% link The Illustrated Transformer https://… %}"
        text = _LINK_TAG.sub(lambda m: f"[{m['text']}]({m['url']})", text)
    text = _LIQUID_TAG.sub("", text)
    return _LIQUID_OUT.sub("", text)


_LINK_TAG = lazyre.compile(
    r"\{%-?\s*link\s+(?P<text>[^%\n]+?)\s+(?P<url>https?://[^\s%]+)"
    r"(?:\s+(?:true|false))?(?:\s+[^%\n]*)?\s*-?%\}"
)
"""Hexo's link tag, ``{% link text url [external] [title] %}``: the link it renders (not
Jekyll's ``{% link path %}``, a URL with no text)."""


_BARE_URL = lazyre.compile(r"(?<![\w\"'=/<\[])(?<!\]\()https?://[^\s<>`\"]+")
_REF_DEFINITION = lazyre.compile(r"^ {0,3}\[[^\]]+\]:")
_CODE_FENCE = lazyre.compile(r"^ {0,3}(```|~~~)")


def autolink(text: str) -> str:
    """Bare URLs made links, as GitHub renders them (GFM's extended autolinks): a
    citation followed by its URL (``Vaswani et al. https://arxiv.org/abs/1706.03762``)
    links it.  Not in code, link targets, attributes or reference definitions."""
    if "://" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for i, line in enumerate(lines):
        opening = _CODE_FENCE.match(line)
        if fence is not None or opening:
            if opening and (fence is None or opening.group(1) == fence):
                fence = None if fence is not None else opening.group(1)
            continue
        if "://" not in line or _REF_DEFINITION.match(line) or line.lstrip().startswith("<"):
            continue  # no URL, a link definition, or raw HTML (not Markdown)

        def link(match: re.Match[str], line: str = line) -> str:
            if line.count("`", 0, match.start()) % 2:
                return match.group(0)  # inside inline code
            url = match.group(0).rstrip(".,:;!?'*_")
            while url.endswith(")") and url.count(")") > url.count("("):
                url = url[:-1]
            return f"<{url}>{match.group(0)[len(url) :]}"

        lines[i] = _BARE_URL.sub(link, line)
    return "\n".join(lines)


_HUGO_REF = lazyre.compile(r"""\{\{[<%]\s*(ref|relref)\s+["']([^"']+)["']\s*[>%]\}\}""")


_PAIRED_LINK = lazyre.compile(
    r"""\{\{[<%]\s*(?P<name>[\w-]+)\s+(?:["'](?P<path>[^"'\s]+)["']|[^>%]*?\b(?:href|url|link)"""
    r"""\s*=\s*["'](?P<named>[^"'\s]+)["'])[^>%]*[>%]\}\}(?P<text>[^{}\n]{1,300}?)"""
    r"""\{\{[<%]\s*/(?P=name)\s*[>%]\}\}"""
)
"""A paired Hugo shortcode around a short text whose first argument (or ``href=``) is a
path or URL: the link it renders (Wowchemy's ``{{< staticref "uploads/a.pdf" >}}A{{<
/staticref >}}``, a theme's buttons)."""


def _paired_links(text: str, base_url: str | None) -> str:
    def link(match: re.Match[str]) -> str:
        href = match["path"] or match["named"]
        if "/" not in href and "." not in href:
            return match.group(0)  # a word ("note"), not where a link goes
        if "://" not in href and not href.startswith(("/", "#", "mailto:")):
            # relURL: under the base URL's path
            href = urlsplit(base_url or "").path.rstrip("/") + "/" + href.removeprefix("./")
        return f"[{match['text'].strip()}]({href})"

    return _PAIRED_LINK.sub(link, text)


def hugo_refs(text: str, base_url: str | None) -> str:
    """Hugo's ``{{< ref "notes/lec01.md" >}}`` as the permalink it renders (pretty URLs:
    ``<baseURL>/notes/lec01/``; ``_index.md`` is its folder), ``relref`` site-relative."""
    if "{{" not in text:
        return text
    text = _paired_links(text, base_url) if "{{< /" in text or "{{% /" in text else text
    if "ref" not in text:
        return text

    def permalink(match: re.Match[str]) -> str:
        path, _, anchor = match.group(2).partition("#")
        path = re.sub(r"^/?(?:content/)?", "", path.strip())
        path = re.sub(
            r"(?:^|/)(?:_?index)?\.(?:md|markdown|html)$|\.(?:md|markdown|html)$", "/", path
        )
        page = (path if path.endswith("/") else path + "/").lstrip("/")
        page += f"#{anchor}" if anchor else ""
        root = base_url or ""
        if match.group(1) == "relref":
            root = urlsplit(root).path.rstrip("/")
        return f"{root}/{page}"

    return _HUGO_REF.sub(permalink, text)


_CALLOUT = lazyre.compile(r"^([ \t]*)\{:\s*\.([\w-]+)\s*\}[ \t]*$(?=\n[ \t]*>)", re.MULTILINE)


def callout_titles(text: str, callouts: Mapping[str, str]) -> str:
    """Just the Docs' ``{: .note }`` right before a blockquote, where the config titles
    the ``note`` callout: the title as the box's first line, a label (the theme shows
    it above the box), in place of the attribute list (line numbers kept)."""

    def titled(match: re.Match[str]) -> str:
        title = callouts.get(match.group(2))
        if not title:
            return match.group(0)
        return f"{match.group(1)}> {title.rstrip(':')}:"

    return _CALLOUT.sub(titled, text) if "{:" in text else text


def prepare(text: str, base_url: str | None = None, includes: IncludeLabels | None = None) -> str:
    """Resolve what Jekyll/kramdown would before rendering (see module docstring)."""
    text = autolink(render_liquid(hugo_refs(text, base_url), base_url, True, includes))
    text = _LABEL_PILL.sub(rf'<span class="{LABEL_CLASS}">\1</span> ', text)
    if "{:" in text:
        text = _KRAMDOWN_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
        text = _ITEM_IAL.sub(_item_class, text)
    if "{" in text and "](" in text:  # "[A](u){ .optional }": the link's own class
        text = _LINK_CLASS.sub(_link_class, text)
    text = IAL.sub("", text)
    if "{" in text:  # "[Paper](u){ .md-button }": Python-Markdown's attribute list
        text = _ATTR_LIST.sub("", text)
        # "## Week 6 · Oct 7 — Platforms {#platforms}": a heading's id (kramdown, Hugo's
        # goldmark, Python-Markdown, pandoc), never shown
        text = _HEADING_ID.sub(r"\1", text) if "{#" in text else text
    if "{download}`" in text:  # MyST's role: a link to the file, titled
        text = _MYST_DOWNLOAD.sub(_download_link, text)
    text = _MD_DIV_OPEN.sub(r"\1\n", text)
    text = _markdown_inside(text) if "markdown=" in text else text
    return _DIV_CLOSE.sub(r"\n\1", text)


_KRAMDOWN_COMMENT = lazyre.compile(r"\{::comment\}.*?\{:/(?:comment)?\}", re.DOTALL)
"""kramdown's ``{::comment}`` … ``{:/comment}`` (or ``{:/}``): not on the page (its lines
kept, empty)."""
_ITEM_IAL = lazyre.compile(
    r"^([ \t]*(?:[*+-]|\d+[.)])[ \t]+)\{:((?:[ \t]*\.[\w-]+)+)[ \t]*\}[ \t]*(.*)$", re.M
)
"""A list item opened by kramdown's attribute list of classes (``* {: .optional} [A](..)``):
the classes are the item's (``<li class="optional">``)."""


def _item_class(match: re.Match[str]) -> str:
    """The item's text in a span of its classes (inline HTML keeps the Markdown inside it
    Markdown), where readers look for a wrapper's class."""
    classes = " ".join(name.strip().lstrip(".") for name in match.group(2).split())
    return f'{match.group(1)}<span class="{classes}">{match.group(3)}</span>'


_LINK_CLASS = lazyre.compile(r"(\[[^\[\]\n]*\]\([^()\s]*\))\{[ \t]*:?[ \t]*((?:\.[\w-]+[ \t]*)+)\}")
"""A link with an attribute list of classes (Python-Markdown's ``[A](u){ .optional }``,
kramdown's ``[A](u){: .optional}``)."""


def _link_class(match: re.Match[str]) -> str:
    """A link whose classes make it a reading wrapper's (``optional``) in a span of
    them, where readers look for a wrapper's class; else the link alone."""
    classes = " ".join(name.lstrip(".") for name in match.group(2).split())
    if not names_region(classes):
        return match.group(1)
    return f'<span class="{classes}">{match.group(1)}</span>'


_MYST_DOWNLOAD = lazyre.compile(r"\{download\}`(?:([^`<>]*?)\s*<([^`<>]+)>|([^`<>]+))`")
"""MyST's ``{download}`Title <path>``` (or ``{download}`path```), as in Jupyter Book."""


def _download_link(match: re.Match[str]) -> str:
    """The Markdown link a MyST ``{download}`` role renders as."""
    target = (match.group(2) or match.group(3)).strip()
    title = (match.group(1) or "").strip() or target
    return f"[{title}]({target})"


def _markdown_inside(text: str) -> str:
    """Elements with kramdown's ``markdown="1"`` hold Markdown: rendered in place, on
    as many lines as they had (line numbers stay)."""

    def render(match: re.Match[str]) -> str:
        inner = match.group(4)
        html_inner = pyromark.html(inner.strip(), options=_OPTIONS).strip() if inner.strip() else ""
        html_inner = re.sub(r"^<p>(.*)</p>$", r"\1", html_inner, flags=re.DOTALL)
        html_inner = html_inner.replace("\n", " ") + "\n" * inner.count("\n")
        return f"{match.group(1)}{match.group(3)}{html_inner}{match.group(5)}"

    return _MD_SPAN.sub(render, text)


_HEADING_TAG = lazyre.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


PAGE_TITLE_OVER = 3
"""A page's one ``<h1>``, first, over at least this many headings is its title, not a
topic (with fewer, its section may be the reading list itself: ``# Lectures`` then
``## Textbooks``)."""


def topic_entries(html_text: str, source: str) -> str:
    """*html_text* with an entry opened at each heading, keyed and titled by its text:
    an undated reading list grouped by topic (``### Distributed training``).  A
    heading that ends with its date (``Search (Sep 10)``) is keyed by the date."""

    lines = LineIndex(source)
    levels = [match.group(1) for match in _HEADING_TAG.finditer(html_text)]
    # "# Reading group on LLMs" over "## 1. Foundations" ...: the page's title, no topic
    page_title = len(levels) > PAGE_TITLE_OVER and levels[0] == "1" and levels.count("1") == 1

    def mark(match: re.Match[str]) -> str:
        title = classify.collapse(re.sub(r"<[^>]+>", "", match.group(2)))
        if not title or (page_title and match.group(1) == "1"):
            return match.group(0)
        line = lines.line_at(max(lines.locate(title), 0))
        date = classify.trailing_date(title)
        if date is not None:  # "Search (Sep 10)", "Introduction — Sep 5": keyed by the date
            topic = classify.title_without(title, date)
            return entry_marker(date, topic, line, heading=True) + match.group(0)
        return entry_marker(title, "", line) + match.group(0)  # the heading titles it

    return _HEADING_TAG.sub(mark, html_text)


_NOTE = lazyre.compile(
    r'<div class="footnote-definition" id="(?P<id>[^"]+)">'
    r'<sup class="footnote-definition-label">[^<]*</sup>(?P<body>(?:(?!</?div\b).)*)</div>\n?',
    re.S,
)
_NOTE_REFERENCE = lazyre.compile(
    r'<sup class="footnote-reference"><a href="#(?P<id>[^"]+)">[^<]*</a></sup>'
)
_NOTE_LINK = lazyre.compile(r'<a href="(?!#)')
_READINGS_NOTE = lazyre.compile(
    rf"(?<![\w-])(?:{vocab.alternation((*vocab.OPTIONAL, *vocab.REQUIRED, *vocab.READING_NOUNS))})"
    r"\s*:",
    re.I,
)
"""A label in a note that makes it readings even after a reading's link (``[A](u)[^w6]``
with ``[^w6]: Optional: Slapin & Proksch (2008), …``)."""
_SIGN_AFTER = lazyre.compile(r"[^\w\s<;,|.:()\[\]-]")
"""A sign written right after a note's reference (``[^pang]*``, ``[^w2v]†``)."""
_ONE_PARAGRAPH = lazyre.compile(r"^<p>((?:(?!</?p\b).)*)</p>$", re.S)
_ENTRY_CELL = lazyre.compile(r"<(?P<tag>td|th|li|dd)\b[^>]*>(?:(?!</(?P=tag)>).)*$", re.S)


def inline_notes(html_text: str) -> str:
    """*html_text* with each footnote that holds links read where a table cell or a list
    item refers to it, once (``| Thu Jan 30 | Preprocessing | [^w3] |`` with ``[^w3]: Denny
    & Spirling (2018), [Text Preprocessing …](..). Optional: …``): the note's text in
    place of its number, the note gone from the page's end; after a reading's link, only a
    note with a reading label (``Optional:``). Other notes stay notes."""
    notes = {m["id"]: m for m in _NOTE.finditer(html_text) if _NOTE_LINK.search(m["body"])}
    if not notes:
        return html_text
    # a note several entries refer to is a remark on them all ("from home, go through the
    # [library proxy](..)"), not one entry's readings
    counts = Counter(ref["id"] for ref in _NOTE_REFERENCE.finditer(html_text))
    notes = {name: note for name, note in notes.items() if counts[name] == 1}
    moved: set[str] = set()
    out: list[str] = []
    position = 0
    for ref in _NOTE_REFERENCE.finditer(html_text):
        note = notes.get(ref["id"])
        if note is None or ref["id"] in moved:
            continue
        if not _ENTRY_CELL.search(html_text, max(0, ref.start() - 4000), ref.start()):
            continue  # a note on prose: a note, not the entry's readings
        after_link = html_text.endswith("</a>", 0, ref.start())
        if after_link and not _READINGS_NOTE.search(note["body"]):
            continue  # "[A](u)[^2]" with "From home, use the [library proxy](..)": on A
        moved.add(ref["id"])
        # a note of one paragraph with a sign right after its reference ("Pang
        # [^pang]\*": its mark) is read as words of the cell, the sign after its citation
        body = note["body"].strip()
        if _SIGN_AFTER.match(html_text, ref.end()):
            body = _ONE_PARAGRAPH.sub(r"\1", body)
        out += [html_text[position : ref.start()], " ", body, " "]
        position = ref.end()
    if not moved:
        return html_text
    inlined = "".join([*out, html_text[position:]])
    return _NOTE.sub(lambda m: "" if m["id"] in moved else m.group(0), inlined)


_TITLE_OVER_BODY = lazyre.compile(
    rf"(?P<title><p>(?:(?!</?p\b)[^\n])*?{re.escape(BOX_OPEN)})\n(?!</p>)"
)
"""A box's title line that Markdown joined to the paragraph under it (``::: {.callout-note
title="Read before class"}`` over ``Rosenbaum … [Paper](..)``): a line of its own."""


def read_markdown(
    text: str,
    file: str,
    base_url: str | None,
    opening: str = "",
    topics: bool = False,
    key: str = "",
    includes: IncludeLabels | None = None,
    callouts: Mapping[str, str] | None = None,
    written: str | None = None,
    fallback_key: str = "",
) -> list[Lecture]:
    """Every lecture of one Markdown page; *opening* (an :func:`entry_marker`) opens
    the page as one entry; with *topics*, each heading opens one; *key*: the text of
    the page that renders this one (see :func:`read_html`); *includes*: what the site's
    include templates write before each parameter (``files.include_labels``); *callouts*:
    the theme's callout titles (:func:`callout_titles`); *written*: the page as its
    author wrote it, line for line, when *text* is it made CommonMark (a MyST list
    table made HTML): where each link's text is read as written; *fallback_key*: the
    course's key, read where the page gives none (:func:`read_html`)."""
    _, body = split_front_matter(text)
    body = callout_titles(body, callouts) if callouts else body
    html = pyromark.html(protect_entities(prepare(body, base_url, includes)), options=_OPTIONS)
    html = inline_notes(html) if "footnote-definition" in html else html
    if BOX_OPEN in html:  # a box's title, its body's paragraph right under it: apart
        html = _TITLE_OVER_BODY.sub(r"\g<title></p>\n<p>", html)
    html = topic_entries(html, text) if topics else html
    return read_html(
        opening + html,
        file,
        base_url,
        LineIndex(text if written is None else written),
        entries=True,
        protected=True,
        key=key,
        fallback_key=fallback_key,
    )
