"""AsciiDoc pages (Asciidoctor, Antora) as HTML, for the HTML reader.

A small converter for what course pages use, not a full Asciidoctor:

* the document header (``= Title`` is the page's ``<h1>``) and attribute entries
  (``:name: value``, anywhere) leave no text; ``{name}`` is replaced by the value of
  an attribute the page sets (others stay as written);
* section titles ``==`` .. ``======`` are ``<h2>`` .. ``<h6>``; paragraphs;
* lists: ``*``/``-`` (nested by ``**``, ``***``), ``.`` (nested by ``..``) and
  ``1.``; a ``+`` line attaches the next block to the item; ``term::`` lists;
* ``|===`` tables: ``[cols=...]`` gives the column count (else the first line's
  cells), ``options="header"``/``%header`` (or a first line followed by a blank
  line) makes the first row a header; ``|cell``, ``a|cell`` (its text parsed as
  AsciiDoc blocks), ``2+|`` and ``.2+|`` spans; cells may span lines;
* block titles (``.Title``) are a label line before the block; admonitions
  (``NOTE: text``, ``[NOTE]`` over a ``====`` block) and ``****`` sidebars are boxes
  whose first line is their label (``Note``, or the block title), as MkDocs
  admonitions are read;
* inline: ``link:URL[text]``, ``https://...[text]``, bare URLs, ``mailto:``,
  ``xref:page.adoc[text]`` and ``<<id,text>>`` (links to the site's own ``.html``
  pages), ``xref:attachment$file.pdf[text]`` (an Antora resource ID: its href is the
  target as written, which :func:`resource_link` resolves to the published URL; an
  ``xref:partial$..`` or ``example$`` target is published nowhere, so is no link),
  ``*bold*``, ``_italic_``, ```mono```, ``+passthrough+``;
* ``//`` comments, ``////`` comment blocks, ``include::`` and ``ifdef::``-style
  preprocessor lines leave nothing; ``----``/``....`` blocks are code.

Every piece of the page's text is HTML-escaped: nothing it holds becomes markup except
what this converter writes (a ``++++`` passthrough block is shown as text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from html import escape
from typing import Protocol

from readlist import lazyre

ADMONITIONS = {
    "NOTE": "Note",
    "TIP": "Tip",
    "IMPORTANT": "Important",
    "WARNING": "Warning",
    "CAUTION": "Caution",
}
"""Asciidoctor's admonition types and the labels it shows for them."""

MAX_DEPTH = 16
"""Nested ``a|`` cells and delimited blocks deeper than this are read as plain text."""

_SECTION = lazyre.compile(r"^(={1,6}|#{1,6})\s+(\S.*?)(?:\s+\1)?\s*$")
_ATTRIBUTE_ENTRY = lazyre.compile(r"^:(!?[\w][\w-]*!?):(?:\s+(.*?))?\s*$")
_BLOCK_ATTRIBUTES = lazyre.compile(r"^\[([^\[\]]*)\]\s*$")
_BLOCK_TITLE = lazyre.compile(r"^\.([^\s.].*)$")
_ADMONITION_PARAGRAPH = lazyre.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(.*)$")
_LIST_ITEM = lazyre.compile(r"^\s*(\*{1,5}|-|\.{1,5}|\d{1,3}\.)\s+(.*)$")
_DESCRIPTION = lazyre.compile(r"^\s*(\S.*?)(:{2,4}|;;)(?:\s+(.*))?$")
_DELIMITER = lazyre.compile(r"^(={4,}|\*{4,}|-{4,}|\.{4,}|_{4,}|\+{4,}|/{4,}|--)\s*$")
_TABLE = lazyre.compile(r"^([|!,:])===+\s*$")
_PREPROCESSOR = lazyre.compile(r"^(?:include|ifdef|ifndef|ifeval|endif|toc|image|video|audio)::.*$")
_BLOCK_MACRO_IMAGE = lazyre.compile(r"^image::([^\[\s]*)\[([^\]]*)\]\s*$")
_ATTRIBUTE_REFERENCE = lazyre.compile(r"(\\?)\{([\w][\w-]*)\}")
_CELL_SPEC = lazyre.compile(
    r"(?:(?:(?<=\s)|^)(?P<spec>(?:\d+\*)?(?:\d*(?:\.\d+)?\+)?(?:[<^>](?:\.[<^>])?|\.[<^>])?"
    r"[adehlmsv]?))?(?<!\\)\|"
)
_COLS_ENTRY = lazyre.compile(r"^\s*(?:(\d+)\*)?(.*)$")

LINE_COMMENT = "//"

PUBLISHED_FAMILIES = {"attachment": "_attachments", "image": "_images"}
"""Antora's resource families it publishes beside pages, and the folder of a module's
output that holds each (``attachment$a.pdf`` is ``<module>/_attachments/a.pdf``)."""
UNPUBLISHED_FAMILIES = ("partial", "example")
"""Antora's resource families it only includes into pages and never publishes."""
_RESOURCE_ID = lazyre.compile(
    r"^(?:(?P<version>[^@:$/#]+)@)?(?P<coordinates>(?:[^@:$/#]*:){0,2})"
    r"(?P<family>[a-z]+)\$(?P<path>[^#]*)(?P<fragment>#.*)?$"
)
"""An Antora resource ID with a family: ``[version@][[component:]module:]family$path``."""


@dataclass(frozen=True)
class AntoraPage:
    """Where Antora publishes a page: the component version and module a resource ID the
    page writes is resolved in, and the site they are published on."""

    component: str
    version: str | None
    """The component's version, ``None`` for an unversioned one (``version: ~``)."""
    module: str
    site_url: str = ""
    """The playbook's ``site.url``: ``""`` when unknown (links are then site paths)."""
    versions: Mapping[str, str | None] = field(default_factory=dict)
    """The site's other components by name, with the version a resource ID naming one
    without a version means (its latest)."""


def resource_family(target: str) -> str | None:
    """The family coordinate of an Antora resource ID (``attachment`` for
    ``ROOT:attachment$a.pdf``), ``None`` for a target with none (``page.adoc``)."""
    found = _RESOURCE_ID.match(target.strip())
    return found.group("family") if found else None


def resource_link(target: str, page: AntoraPage) -> str | None:
    """The URL Antora publishes a resource at (*target*: its resource ID, written on
    *page*), for a published family only (:data:`PUBLISHED_FAMILIES`), else ``None``.

    ``<site url>/<component>/<version>/<module>/_attachments/<path>``: a coordinate not
    given is the page's own (a module is ``ROOT`` when a component is given without
    one; a version, that component's latest); the ``ROOT`` component and module, and an
    unversioned component's version (``~``, ``_@``), leave no segment.
    """
    found = _RESOURCE_ID.match(target.strip())
    if found is None or found.group("family") not in PUBLISHED_FAMILIES:
        return None
    coordinates = found.group("coordinates").split(":")[:-1]
    component = coordinates[0] if len(coordinates) == 2 else ""
    module = coordinates[-1] if coordinates else page.module
    if component and component != page.component:
        version = page.versions.get(component)
        module = module or "ROOT"
    else:
        component, version = page.component, page.version
        module = module or ("ROOT" if coordinates else page.module)
    if found.group("version") is not None:
        given = found.group("version")
        version = None if given in ("_", "~") else given
    path = found.group("path").lstrip("/")
    segments = [
        *([component] if component != "ROOT" else []),
        *([version] if version else []),
        *([module] if module != "ROOT" else []),
        PUBLISHED_FAMILIES[found.group("family")],
        path,
    ]
    return f"{page.site_url.rstrip('/')}/{'/'.join(segments)}{found.group('fragment') or ''}"


@dataclass
class _Attributes:
    """A block's attribute list (``[cols="2,4",options="header"]``) and title."""

    positional: list[str] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)
    options: set[str] = field(default_factory=set)
    title: str | None = None

    @property
    def style(self) -> str:
        return self.positional[0] if self.positional else ""


def asciidoc_html(text: str) -> str:
    """An AsciiDoc page as HTML (never raises on malformed input: an unclosed block
    runs to the end of the page)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    values: dict[str, str] = {}
    return _Converter(values).blocks(lines, 0)


class _Converter:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    # -- blocks ---------------------------------------------------------------

    def blocks(self, lines: list[str], depth: int) -> str:
        out: list[str] = []
        attrs = _Attributes()
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            if not stripped:
                i += 1
                continue
            if stripped.startswith("////") and not stripped.strip("/"):
                i = _closing(lines, i, stripped) + 1
                continue
            if stripped.startswith(LINE_COMMENT) and not stripped.startswith("////"):
                i += 1
                continue
            if (entry := _ATTRIBUTE_ENTRY.match(stripped)) is not None:
                name = entry.group(1).strip("!")
                if entry.group(1).startswith("!") or entry.group(1).endswith("!"):
                    self.values.pop(name, None)
                else:
                    self.values[name] = entry.group(2) or ""
                i += 1
                continue
            if (image := _BLOCK_MACRO_IMAGE.match(stripped)) is not None:
                alt = image.group(2).split(",")[0].strip()
                if alt:
                    out.append(f"<p>{self.inline(alt)}</p>")
                i += 1
                continue
            if _PREPROCESSOR.match(stripped):
                i += 1
                continue
            if (found := _BLOCK_ATTRIBUTES.match(stripped)) is not None and not _is_link_line(
                stripped
            ):
                _parse_attributes(found.group(1), attrs)
                i += 1
                continue
            if (title := _BLOCK_TITLE.match(stripped)) is not None:
                attrs.title = title.group(1).strip()
                i += 1
                continue
            if (section := _SECTION.match(line)) is not None:
                level = len(section.group(1))
                out.append(f"<h{level}>{self.inline(section.group(2))}</h{level}>")
                attrs = _Attributes()
                i += 1
                if level == 1 and depth == 0 and len(out) == 1:
                    i = self._header(lines, i)
                continue
            if (table := _TABLE.match(stripped)) is not None:
                end = _closing(lines, i, stripped)
                out.append(self.table(lines[i + 1 : end], table.group(1), attrs, depth))
                attrs = _Attributes()
                i = end + 1
                continue
            if (delimiter := _DELIMITER.match(stripped)) is not None:
                end = _closing(lines, i, stripped)
                out.append(self.delimited(lines[i + 1 : end], delimiter.group(1), attrs, depth))
                attrs = _Attributes()
                i = end + 1
                continue
            if _LIST_ITEM.match(line) or _description(line):
                end = _list_end(lines, i)
                out.append(self._titled(attrs, self.list_block(lines[i:end], depth)))
                attrs = _Attributes()
                i = end
                continue
            end = _paragraph_end(lines, i)
            out.append(self.paragraph(lines[i:end], attrs))
            attrs = _Attributes()
            i = end
        return "\n".join(part for part in out if part)

    def _header(self, lines: list[str], start: int) -> int:
        """The index after the document header below ``= Title``: its attribute
        entries are set, its author and revision lines leave no text."""
        i = start
        while i < len(lines) and lines[i].strip():
            entry = _ATTRIBUTE_ENTRY.match(lines[i].strip())
            if entry is not None and not entry.group(1).startswith("!"):
                self.values[entry.group(1).strip("!")] = entry.group(2) or ""
            i += 1
        return i

    def _titled(self, attrs: _Attributes, html: str) -> str:
        """A block with its ``.Title`` as a label line before it."""
        if attrs.title is None:
            return html
        return f'<p class="title">{self.inline(attrs.title)}</p>\n{html}'

    def paragraph(self, lines: list[str], attrs: _Attributes) -> str:
        first = lines[0].strip()
        style = attrs.style.upper()
        if (admonition := _ADMONITION_PARAGRAPH.match(first)) is not None and not style:
            body = [admonition.group(2), *lines[1:]]
            return self.box(ADMONITIONS[admonition.group(1)], self._para(body), attrs)
        if style in ADMONITIONS:
            return self.box(ADMONITIONS[style], self._para(lines), attrs)
        if style in {"SOURCE", "LISTING", "LITERAL"} or lines[0][:1] in {" ", "\t"}:
            return self._titled(attrs, _pre(lines))
        return self._titled(attrs, self._para(lines))

    def _para(self, lines: list[str]) -> str:
        text = "\n".join(line.strip() for line in lines)
        hard = [self.inline(part) for part in re.split(r" \+\n", text)]
        return "<p>" + "<br>\n".join(hard) + "</p>"

    def box(self, label: str, body: str, attrs: _Attributes) -> str:
        """A titled box: its label (the block title, else the admonition's) is the
        first line inside it."""
        title = self.inline(attrs.title) if attrs.title is not None else escape(label)
        kind = label.lower() if label.upper() in ADMONITIONS else "sidebar"
        return (
            f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n'
            f"{body}\n</div>"
        )

    def delimited(self, body: list[str], delimiter: str, attrs: _Attributes, depth: int) -> str:
        kind = delimiter[0]
        style = attrs.style.upper()
        if kind in "-." and delimiter != "--" or kind == "+":
            return self._titled(attrs, _pre(body))
        if depth >= MAX_DEPTH:
            return self._titled(attrs, _pre(body))
        inner = self.blocks(body, depth + 1)
        if style in ADMONITIONS:
            return self.box(ADMONITIONS[style], inner, attrs)
        if kind == "*":
            if attrs.title is None:
                return f'<div class="sidebarblock">\n{inner}\n</div>'
            return self.box("Sidebar", inner, attrs)
        if kind == "_":
            return self._titled(attrs, f"<blockquote>\n{inner}\n</blockquote>")
        return self._titled(attrs, f"<div>\n{inner}\n</div>")

    # -- lists ----------------------------------------------------------------

    def list_block(self, lines: list[str], depth: int) -> str:
        """A list block (its items and their attached blocks) as nested HTML lists."""
        items: list[tuple[str, str, list[str]]] = []  # (marker, first text, more lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            if items and line.strip() == "+":
                end = _attached_end(lines, i)
                items[-1][2].extend(["+", *lines[i:end]])
                i = end
                continue
            item = _LIST_ITEM.match(line)
            described = _description(line) if item is None else None
            if item is not None:
                items.append((_marker_kind(item.group(1)), item.group(2), []))
            elif described is not None:
                items.append((described.group(2), described.group(1), [described.group(3) or ""]))
            elif items:
                items[-1][2].append(line)
        out: list[str] = []
        i = 0
        while i < len(items):  # an item of a deeper marker first: a list of its own
            html, i = self._nest(items, i, depth)
            out.append(html)
        return "\n".join(out)

    def _nest(
        self,
        items: list[tuple[str, str, list[str]]],
        start: int,
        depth: int,
        enclosing: frozenset[str] = frozenset(),
    ) -> tuple[str, int]:
        """The list that starts at *items[start]*, and the index after it: an item of
        another marker opens a nested list, one of an enclosing list's marker ends it."""
        marker = items[start][0]
        description = marker.endswith(":") or marker == ";;"
        outer = enclosing | {marker}
        out: list[str] = []
        i = start
        while i < len(items) and items[i][0] == marker:
            _, first, more = items[i]
            body = self._item_body(first, more, depth, description)
            i += 1
            nested: list[str] = []
            while i < len(items) and items[i][0] not in outer:
                html, i = self._nest(items, i, depth, outer)
                nested.append(html)
            out.append(self._item(description, body, nested, first))
        tag = "dl" if description else "ol" if marker.startswith(".") else "ul"
        return f"<{tag}>\n" + "\n".join(out) + f"\n</{tag}>", i

    def _item(self, description: bool, body: str, nested: list[str], term: str) -> str:
        inner = "\n".join([body, *nested]) if nested else body
        if description:
            return f"<dt>{self.inline(term)}</dt>\n<dd>{inner}</dd>"
        return f"<li>{inner}</li>"

    def _item_body(self, first: str, more: list[str], depth: int, description: bool) -> str:
        text: list[str] = [] if description else [first]
        attached: list[str] = []
        lines = more
        k = 0
        while k < len(lines) and lines[k].strip() != "+":
            if lines[k].strip():
                text.append(lines[k])
            k += 1
        if k < len(lines):
            attached = [line for line in lines[k + 1 :] if line.strip() != "+"]
        parts = []
        if any(part.strip() for part in text):
            parts.append(self.inline("\n".join(part.strip() for part in text if part.strip())))
        if attached and depth < MAX_DEPTH:
            parts.append(self.blocks(attached, depth + 1))
        return "\n".join(parts)

    # -- tables ---------------------------------------------------------------

    def table(self, body: list[str], separator: str, attrs: _Attributes, depth: int) -> str:
        if separator in ",:":
            cells = _dsv_cells(body, "," if separator == "," else ":")
        else:
            cells = _cells(body, separator)
        columns = _column_count(attrs.named.get("cols", ""))
        first = next((n for n, line in enumerate(body) if line.strip()), 0)
        first_line = body[first] if body else ""
        if columns == 0:
            columns = max(1, sum(c.colspan * c.repeat for c in cells if c.line == first))
            if separator in ",:":
                columns = max(1, len(_dsv_cells([first_line], separator)))
        header = "header" in attrs.options or (
            "noheader" not in attrs.options and _implicit_header(body)
        )
        rows = _column_styled(_rows(cells, columns), _column_styles(attrs.named.get("cols", "")))
        out = ['<table class="tableblock">']
        if attrs.title is not None:
            out.append(f"<caption>{self.inline(attrs.title)}</caption>")
        html_rows = []
        for n, row in enumerate(rows):
            tag = "th" if n == 0 and header else "td"
            html = [
                cell_html(tag, self.cell(cell, header=tag == "th", depth=depth), cell)
                for cell in row
            ]
            html_rows.append("<tr>" + "".join(html) + "</tr>")
        out.extend(table_sections(html_rows, header))
        out.append("</table>")
        return "\n".join(out)

    def cell(self, cell: _Cell, header: bool, depth: int) -> str:
        text = cell.text.strip("\n")
        if header:
            return self.inline(" ".join(line.strip() for line in text.split("\n") if line.strip()))
        if cell.style == "a" and depth < MAX_DEPTH:
            return self.blocks(_dedent(text.split("\n")), depth + 1)
        if cell.style in {"l", "m"}:
            return _pre(text.split("\n"))
        paragraphs = re.split(r"\n\s*\n", text.strip())
        return "\n".join(self._para(part.split("\n")) for part in paragraphs if part.strip())

    # -- inline ---------------------------------------------------------------

    def inline(self, text: str) -> str:
        """*text* as escaped HTML with its links and quotes made markup."""
        text = self._substitute(text)
        kept: list[str] = []

        def keep(html: str) -> str:
            kept.append(html)
            return f"\x00{len(kept) - 1}\x00"

        text = text.replace("\x00", "")
        text = _PASSTHROUGH.sub(lambda m: keep(escape(m.group(1) or m.group(2) or "")), text)
        text = _XREF_ANGLE.sub(lambda m: keep(self._xref(m.group(1), m.group(2))), text)
        text = _MACRO.sub(lambda m: keep(self._macro(m)), text)
        text = _URL.sub(lambda m: m.group(1) + keep(self._url(m)), text)
        html = _quotes(escape(text, quote=False))
        while "\x00" in html:
            html = _PLACEHOLDER.sub(lambda m: kept[int(m.group(1))], html)
        return html

    def _substitute(self, text: str) -> str:
        if "{" not in text or not self.values:
            return text

        def value(match: re.Match[str]) -> str:
            if match.group(1):
                return match.group(0)[1:]
            return self.values.get(match.group(2), match.group(0))

        return _ATTRIBUTE_REFERENCE.sub(value, text)

    def _link(self, href: str, text: str) -> str:
        label = self._label(text) or escape(href, quote=False)
        return f'<a href="{escape(href)}">{label}</a>'

    def _label(self, text: str) -> str:
        """A macro's bracket text: its first positional attribute when it names
        attributes (``[Title,window=_blank]``), without a trailing ``^``."""
        text = text.replace("\\]", "]").strip()
        if "=" in text:
            quoted = re.match(r'^"((?:[^"\\]|\\.)*)"\s*(?:,|$)', text)
            if quoted:
                text = quoted.group(1)
            elif re.search(r",\s*\w+=", text):
                text = text.split(",", 1)[0]
        text = text[:-1] if text.endswith("^") else text
        return self.inline(text) if text else ""

    def _macro(self, match: re.Match[str]) -> str:
        name, target, text = match.group("name"), match.group("target"), match.group("text")
        if name == "xref":
            return self._xref(target, text)
        if name == "mailto":
            return self._link(f"mailto:{target}", text or target)
        if name == "image":
            return self._label(text.split(",")[0]) if text else ""
        if name == "footnote":
            return f"({self.inline(text)})" if text else ""
        if name == "kbd" or name == "btn":
            return self.inline(text)
        return self._link(target, text)

    def _xref(self, target: str, text: str | None) -> str:
        """A cross reference: a link to the site's own page (``.adoc`` served as
        ``.html``; ``component:module:`` prefixes dropped) or to an anchor; to an Antora
        resource of another family, a link to the target as written (its published URL
        is :func:`resource_link`'s), or no link when it is never published."""
        family = resource_family(target)
        label = self._label(text) if text else ""
        if family in UNPUBLISHED_FAMILIES:
            return label or escape(target, quote=False)
        if family is not None and family != "page":
            return f'<a href="{escape(target.strip())}">{label or escape(target, quote=False)}</a>'
        page, _, fragment = target.partition("#")
        page = page.rsplit(":", 1)[-1].removeprefix("page$")
        if page.endswith(".adoc"):
            page = page[: -len(".adoc")] + ".html"
        elif page and "." not in page.rsplit("/", 1)[-1] and not fragment:
            page, fragment = "", page  # <<section-id>>: an anchor on this page
        href = page + (f"#{fragment}" if fragment else "")
        return f'<a href="{escape(href)}">{label or escape(target, quote=False)}</a>'

    def _url(self, match: re.Match[str]) -> str:
        url, text = match.group(2), match.group(3)
        if text is None:
            return self._link(url, "")
        return self._link(url, text)


_PLACEHOLDER = lazyre.compile("\x00(\\d+)\x00")
_PASSTHROUGH = lazyre.compile(r"\+\+\+(.+?)\+\+\+|(?<![\w+])\+(?!\s)([^+\n]*?[^\s+])\+(?![\w+])")
_XREF_ANGLE = lazyre.compile(r"<<([^<>,\s][^<>,]*?)(?:,\s*([^<>]*?))?>>")
_MACRO = lazyre.compile(
    r"(?<![\w\\])(?P<name>link|xref|mailto|image|footnote|kbd|btn):"
    r"(?P<target>[^\s\[\]]*)\[(?P<text>(?:[^\]\\]|\\.)*)\]"
)
_URL = lazyre.compile(
    r"(^|[\s(>\[;\"']|(?<=\x00))((?:https?|ftp|irc|file)://[^\s\[\]<>\x00]*[^\s\[\]<>,.?!:;)\x00\"'])"
    r"(?:\[((?:[^\]\\]|\\.)*)\])?"
)
_STRONG = lazyre.compile(r"(?<![\w;:}*\\])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.DOTALL)
_STRONG_UNCONSTRAINED = lazyre.compile(r"\*\*(?=\S)(.+?)\*\*", re.DOTALL)
_EMPHASIS = lazyre.compile(r"(?<![\w;:}_\\])_(?=\S)(.+?)(?<=\S)_(?![\w_])", re.DOTALL)
_EMPHASIS_UNCONSTRAINED = lazyre.compile(r"__(?=\S)(.+?)__", re.DOTALL)
_MONO = lazyre.compile(r"(?<![\w;:}`\\])`(?=\S)(.+?)(?<=\S)`(?![\w`])", re.DOTALL)
_MARK = lazyre.compile(r"(?<![\w;:}#\\&])#(?=\S)([^#\n]+?)(?<=\S)#(?![\w#])")


def _quotes(html: str) -> str:
    """Asciidoctor's quoted text on escaped *html*: ``**x**``, ``*x*``, ``__x__``,
    ``_x_``, ```x```, ``#x#``."""
    html = _MONO.sub(r"<code>\1</code>", html)
    html = _STRONG_UNCONSTRAINED.sub(r"<strong>\1</strong>", html)
    html = _STRONG.sub(r"<strong>\1</strong>", html)
    html = _EMPHASIS_UNCONSTRAINED.sub(r"<em>\1</em>", html)
    html = _EMPHASIS.sub(r"<em>\1</em>", html)
    return _MARK.sub(r"<mark>\1</mark>", html)


class Spans(Protocol):
    colspan: int
    rowspan: int


def cell_html(tag: str, content: str, spans: Spans) -> str:
    """A table cell: ``<td>`` or ``<th>`` with its spans (``colspan="2"``)."""
    span = "".join(
        f' {name}="{value}"'
        for name, value in (("colspan", spans.colspan), ("rowspan", spans.rowspan))
        if value > 1
    )
    return f"<{tag}{span}>{content}</{tag}>"


def table_sections(rows: list[str], header: bool) -> list[str]:
    """A table's ``<tr>`` *rows* in its sections: the first in ``<thead>`` when it is
    the *header*, the others in ``<tbody>``."""
    out: list[str] = []
    for n, row in enumerate(rows):
        if n == 0 and header:
            out.append("<thead>")
        elif n == (1 if header else 0):
            out.append("<tbody>")
        out.append(row)
        if n == 0 and header:
            out.append("</thead>")
    if len(rows) > (1 if header else 0):
        out.append("</tbody>")
    return out


def _pre(lines: list[str]) -> str:
    return "<pre>" + escape("\n".join(lines), quote=False) + "</pre>"


def _dedent(lines: list[str]) -> list[str]:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return [line[cut:] for line in lines]


def _is_link_line(stripped: str) -> bool:
    """``[[anchor]]`` and ``[text](url)``-like lines are not attribute lists."""
    return stripped.startswith("[[") or "](" in stripped


def _parse_attributes(text: str, attrs: _Attributes) -> None:
    """``[NOTE]``, ``[cols="2,4",options="header"]``, ``[%header,cols=3]``,
    ``[source,python]``, ``[.role#id]`` into *attrs* (a later list adds to it)."""
    for match in re.finditer(
        r'\s*(?:(\w[\w-]*)\s*=\s*)?("(?:[^"\\]|\\.)*"|\'[^\']*\'|[^,]*)\s*(?:,|$)', text
    ):
        name, value = match.group(1), match.group(2).strip()
        if not name and not value:
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if name:
            attrs.named[name] = value
            if name in {"options", "opts"}:
                attrs.options |= {opt.strip() for opt in value.split(",") if opt.strip()}
            continue
        # a positional attribute: a style, with %options, .roles and #ids after it
        style = re.split(r"[%.#]", value, maxsplit=1)[0]
        attrs.options |= set(re.findall(r"%([\w-]+)", value))
        attrs.positional.append(style)


def _closing(lines: list[str], start: int, delimiter: str) -> int:
    """The index of the line closing the block opened at *start* (the same delimiter),
    or the end of the page when it is never closed."""
    for i in range(start + 1, len(lines)):
        if lines[i].strip() == delimiter:
            return i
    return len(lines)


def _description(line: str) -> re.Match[str] | None:
    found = _DESCRIPTION.match(line)
    if found is None or "://" in found.group(1) or found.group(1).endswith(":"):
        return None
    return found


def _marker_kind(marker: str) -> str:
    if marker == "-":
        return "*"
    if marker[0].isdigit():
        return "."
    return marker


def _starts_block(line: str) -> bool:
    stripped = line.strip()
    return bool(
        _SECTION.match(line)
        or _TABLE.match(stripped)
        or _DELIMITER.match(stripped)
        or (_BLOCK_ATTRIBUTES.match(stripped) and not _is_link_line(stripped))
        or _BLOCK_TITLE.match(stripped)
        or _ATTRIBUTE_ENTRY.match(stripped)
        or stripped.startswith(LINE_COMMENT)
    )


def _list_end(lines: list[str], start: int) -> int:
    """The index after the list that starts at *start*: it goes on over blank lines to
    the next item, and a ``+`` line attaches the block after it (a delimited block is
    taken whole)."""
    i = start + 1
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped == "+":
            i = _attached_end(lines, i + 1)
            continue
        if not stripped:
            k = i
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines) and (_LIST_ITEM.match(lines[k]) or _description(lines[k])):
                i = k
                continue
            return i
        if _LIST_ITEM.match(lines[i]) or _description(lines[i]):
            i += 1
            continue
        if _starts_block(lines[i]):
            return i
        i += 1
    return i


def _attached_end(lines: list[str], start: int) -> int:
    """The index after the block a ``+`` line attaches to a list item (the block starts
    at or after *start*; a delimited block is taken whole, a paragraph up to the next
    list item)."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines):
        return i
    opened = lines[i].strip()
    if _DELIMITER.match(opened) or _TABLE.match(opened):
        return min(_closing(lines, i, opened) + 1, len(lines))
    return _paragraph_end(lines, i, in_list=True)


def _paragraph_end(lines: list[str], start: int, in_list: bool = False) -> int:
    i = start + 1
    while i < len(lines) and lines[i].strip():
        stripped = lines[i].strip()
        if in_list and (_LIST_ITEM.match(lines[i]) or stripped == "+"):
            break
        if _DELIMITER.match(stripped) or _TABLE.match(stripped) or _SECTION.match(lines[i]):
            break
        if _BLOCK_ATTRIBUTES.match(stripped) and not _is_link_line(stripped):
            break
        i += 1
    return i


@dataclass
class _Cell:
    text: str
    style: str
    colspan: int
    rowspan: int
    line: int
    """The index of the table line the cell opens on."""
    repeat: int = 1


def _cells(body: list[str], separator: str) -> list[_Cell]:
    """The cells of a ``|===`` table's *body*, in order: each from its ``spec|`` to the
    next (on the same line or the lines after it)."""
    cells: list[_Cell] = []
    spec_rx = _CELL_SPEC if separator == "|" else re.compile(_CELL_SPEC.pattern.replace(r"\|", "!"))
    for n, line in enumerate(body):
        if line.strip().startswith(LINE_COMMENT) and not (cells and cells[-1].style == "a"):
            continue
        pos = 0
        matches = list(spec_rx.finditer(line))
        if not matches:
            if cells:
                cells[-1].text += "\n" + line
            continue
        if cells and matches[0].start() > 0:
            cells[-1].text += "\n" + line[: matches[0].start()]
        elif cells:
            cells[-1].text += "\n"
        for k, match in enumerate(matches):
            pos = match.end()
            end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
            cells.append(_cell(match.group("spec") or "", line[pos:end], n))
    for cell in cells:
        cell.text = cell.text.replace("\\" + separator, separator)
    return cells


def _cell(spec: str, text: str, line: int) -> _Cell:
    repeat = 1
    if "*" in spec:
        count, spec = spec.split("*", 1)
        repeat = int(count or 1)
    colspan = rowspan = 1
    if "+" in spec:
        span, spec = spec.split("+", 1)
        cols, _, rows = span.partition(".")
        colspan = int(cols) if cols else 1
        rowspan = int(rows) if rows else 1
    style = spec[-1] if spec and spec[-1].isalpha() else ""
    return _Cell(text, style, min(colspan, 50), min(rowspan, 500), line, min(repeat, 50))


def _dsv_cells(body: list[str], separator: str) -> list[_Cell]:
    cells: list[_Cell] = []
    for n, line in enumerate(body):
        if line.strip():
            cells.extend(_Cell(part, "", 1, 1, n) for part in line.split(separator))
    return cells


def _column_count(cols: str) -> int:
    if not cols.strip():
        return 0
    if cols.strip().isdigit():
        return int(cols.strip())
    total = 0
    for entry in re.split(r"[,;]", cols):
        found = _COLS_ENTRY.match(entry)
        total += int(found.group(1)) if found and found.group(1) else 1
    return min(total, 100)


def _column_styles(cols: str) -> list[str]:
    """Each column's style as ``cols`` gives it (``"2,4,3,7a"``: the fourth column's
    cells are AsciiDoc, ``a``; ``"3*1,2m"``), one entry per column."""
    styles: list[str] = []
    for entry in re.split(r"[,;]", cols) if "," in cols or ";" in cols else [cols]:
        found = _COLS_ENTRY.match(entry)
        repeat = int(found.group(1)) if found and found.group(1) else 1
        spec = (found.group(2) if found else entry).strip()
        style = spec[-1] if spec and spec[-1] in "adehlms" and not spec.isdigit() else ""
        styles.extend([style] * min(repeat, 100))
        if len(styles) >= 100:
            break
    return styles


def _column_styled(rows: list[list[_Cell]], styles: list[str]) -> list[list[_Cell]]:
    """*rows* with each cell that has no style of its own given its column's (cells a
    rowspan from above pushes right are counted from the row's right end)."""
    if not any(styles):
        return rows
    styled: list[list[_Cell]] = []
    for row in rows:
        at = max(0, len(styles) - sum(cell.colspan for cell in row))
        cells = []
        for cell in row:
            own = cell.style or (styles[at] if at < len(styles) else "")
            cells.append(cell if own == cell.style else replace(cell, style=own))
            at += cell.colspan
        styled.append(cells)
    return styled


def _implicit_header(body: list[str]) -> bool:
    """The table's first line holds cells and the next line is blank."""
    filled = [n for n, line in enumerate(body) if line.strip()]
    if not filled or filled[0] + 1 >= len(body):
        return False
    return not body[filled[0] + 1].strip() and "|" in body[filled[0]]


def _rows(cells: list[_Cell], columns: int) -> list[list[_Cell]]:
    """The cells laid out in rows of *columns* slots (spans and slots that rowspans
    from above fill counted)."""
    expanded: list[_Cell] = []
    for cell in cells:
        expanded.extend([cell] * cell.repeat if cell.repeat > 1 else [cell])
    rows: list[list[_Cell]] = []
    carried: list[int] = []  # for each row to come, slots filled from above
    row: list[_Cell] = []
    used = 0
    for cell in expanded:
        if not row and carried:
            used = carried.pop(0)
        row.append(cell)
        used += cell.colspan
        for extra in range(1, cell.rowspan):
            while len(carried) < extra:
                carried.append(0)
            carried[extra - 1] += cell.colspan
        if used >= columns:
            rows.append(row)
            row, used = [], 0
    if row:
        rows.append(row)
    return rows
