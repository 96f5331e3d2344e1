"""The DOM side of extraction: a lecture being read, and what a link is.

Shared by the table reader (:mod:`readlist.extract.tables`) and the anchored
sequence reader (:mod:`readlist.extract.sequence`): text of nodes, the item a
link sits in and the words before it, reading regions, and :class:`Reader`,
which turns one ``<a>`` into a :class:`~readlist.model.Reading`.
Every tree walk here is iterative, so any nesting depth is fine.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from readlist.extract import classify
from readlist.model import Lecture, Reading, Requirement

LABEL_CLASS = "rl-label"
"""Class of the span the Markdown reader makes of a kramdown label pill."""
ENTRY_TAG = "rl-entry"
"""Marker element the Markdown reader puts where a Liquid include opens an entry."""


def disarm_entries(text: str) -> str:
    """A page's own ``<rl-entry>`` written as text: only the readers' markers count."""
    return re.sub(f"<(?={ENTRY_TAG})", "&lt;", text, flags=re.IGNORECASE)


HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BREAKS = {"br", "ul", "ol", "p", "div", "li", "dl", "table"} | HEADINGS
_ITEM_TAGS = {"li", "p", "dd", "dt", "td", "th", "blockquote"} | HEADINGS
_REGION_CLASS = re.compile(
    r"(?P<opt>optional|further|recommended|supplement|additional|extra)|(?P<req>required)|"
    r"(?P<plain>reading|papers)",
    re.IGNORECASE,
)
_LINK_GROUP = re.compile(r"[(\[]\s*\x00(?:[\s,;/|&]*\x00)*\s*[)\]]")

ENTITY_MARK = "\ue000"
"""Stands for the ``&`` of an HTML entity the source wrote, so that titles can keep
the entity as written (the parsers would decode it) while matching uses its text."""
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_MARKED = re.compile(ENTITY_MARK + r"(#?\w+;)")


def protect_entities(source: str) -> str:
    """``&amp;`` -> ``ENTITY_MARK + "amp;"``: parsers leave it alone."""
    return _ENTITY.sub(ENTITY_MARK + r"\1;", source) if "&" in source else source


def decoded(text: str) -> str:
    """Protected entities decoded (``&amp;`` -> ``&``): the text a reader sees."""
    if ENTITY_MARK not in text:
        return text
    return _MARKED.sub(lambda m: html.unescape("&" + m.group(1)), text).replace(ENTITY_MARK, "&")


_MARK_ESCAPED = "".join(f"%{byte:02X}" for byte in ENTITY_MARK.encode())


def decoded_href(href: str) -> str:
    """An href with its entities decoded, as CommonMark reads ``[a](u?x=1&amp;y=2)``:
    the Markdown renderer percent-encodes the protected ``&``, which is undone here."""
    return decoded(href.replace(_MARK_ESCAPED, ENTITY_MARK)).strip()


def as_written(text: str) -> str:
    """Protected entities as the source wrote them (``&amp;``)."""
    return text.replace(ENTITY_MARK, "&")


LineOf = Callable[[str], int]
"""``line_of(needle)``: 1-based source line of *needle*, searched in document order."""


@dataclass
class Draft:
    key: str
    title: str
    line: int
    number: int | None = None
    structure: str = ""
    candidates: list[tuple[Reading, int]] = field(default_factory=list)
    """Readings with their region mark: 2 in a reading region (wrapper, label, column),
    1 after a requirement prefix (``Optional:``), 0 none, -1 none and beside slides or
    a recording in the same item (``[Slides] • [Raft demo]``).  When the lecture
    marks reading regions, the -1 ones are not readings."""
    label: Requirement | None = None
    in_label_region: bool = False
    scope: tuple[LexborNode, Requirement | None, bool] | None = None
    """A label that holds only inside one node (``- Optional:`` over a nested list):
    the node, and the label state to restore after it."""

    def finish(self, file: str) -> Lecture:
        regions = any(mark == 2 for _, mark in self.candidates)
        kept = [reading for reading, mark in self.candidates if mark >= 0 or not regions]
        return Lecture(
            file=file,
            key=self.key,
            title=self.title,
            line=self.line,
            readings=tuple(kept),
            number=self.number,
            structure=self.structure,
        )


def raw_text_of(node: LexborNode) -> str:
    """Text of *node*, whitespace collapsed, entities as written."""
    return classify.collapse(as_written(node.text(deep=True, separator="")))


def text_of(node: LexborNode) -> str:
    """Text of *node* as a reader sees it (whitespace collapsed, entities decoded)."""
    return classify.collapse(decoded(node.text(deep=True, separator="")))


_OPAQUE = ("a", "br", "script", "style", "template", "-comment", "-text")
"""Nodes whose insides the readers never look into."""


def walk_tree(
    node: LexborNode, descend: Callable[[LexborNode], bool] = lambda n: n.tag not in _OPAQUE
) -> Iterator[LexborNode]:
    """Descendants of *node* in document order, entering those *descend* allows.

    Iterative (an explicit stack), so any nesting depth is fine.
    """
    stack: list[LexborNode | None] = [node.child]
    while stack:
        child = stack.pop()
        if child is None:
            continue
        stack.append(child.next)
        yield child
        if descend(child):
            stack.append(child.child)


def pieces(node: LexborNode) -> Iterator[str | LexborNode]:
    """Text strings, ``<a>`` nodes and ``"\\n"`` for ``<br>`` under *node*, in order.

    Links are not descended into.
    """
    for child in walk_tree(node):
        tag = child.tag
        if tag == "-text":
            yield child.text_content or ""
        elif tag == "br":
            yield "\n"
        elif tag == "a":
            yield child


def clean_title(node: LexborNode, first_line: bool = True) -> str:
    """Visible text of a title cell: link groups like ``([slides](..))`` dropped.

    With *first_line*, only the text before the first ``<br>``.
    """
    links: list[str] = []
    parts: list[str] = []
    for piece in pieces(node):
        if isinstance(piece, str):
            if piece == "\n" and first_line and classify.collapse("".join(parts)):
                break
            parts.append(piece)
        elif classify.names_material(text_of(piece)):
            parts.append("\x00")  # "[slides]", "(video)": material, not the title
            links.append("")
        else:
            links.append(raw_text_of(piece))
            parts.append("\x00")
    text = _LINK_GROUP.sub(" ", "".join(parts))
    link_iter = iter(links)
    text = re.sub("\x00", lambda _m: next(link_iter, ""), text)
    return classify.collapse(as_written(text))


def text_before(item: LexborNode, link: LexborNode) -> tuple[str, str]:
    """Text of *item* before *link* (since the last ``<br>``), and right after it."""
    before: list[str] = []
    after: list[str] = []
    seen = False
    for piece in pieces(item):
        if not seen:
            if isinstance(piece, str):
                before = [] if piece == "\n" else [*before, piece]
            elif piece.mem_id == link.mem_id:
                seen = True
            else:
                before.append(text_of(piece))
        elif isinstance(piece, str):
            if piece == "\n":
                break
            after.append(piece)
        else:
            break
    return (
        classify.collapse(decoded("".join(before))),
        classify.collapse(decoded("".join(after))),
    )


def lead_text(item: LexborNode) -> str:
    """The words an item starts with, before its first link (``Reading:``, ``Optional``)."""
    parts = []
    for piece in pieces(item):
        if not isinstance(piece, str):
            break
        parts.append(piece)
    return classify.collapse(decoded("".join(parts)))


_EMPHASIS = ("strong", "b", "em", "i", "span", "mark", "u")


def opening_marker(item: LexborNode | None) -> Requirement | None:
    """A requirement word set apart at the start of an item (``**Optional**``, a
    label pill) covers the item: ``**Optional** Noble, S. U. (2018). [Title](u)``."""
    node = item.child if item is not None else None
    while node is not None:
        if node.tag == "-text" and not (node.text_content or "").strip():
            node = node.next
        elif node.tag == "p" and node.child is not None:  # a loose list item
            node = node.child
        else:
            break
    if node is None or node.tag not in _EMPHASIS:
        return None
    return classify.prefix_requirement(text_of(node))


def item_of(link: LexborNode, limit: LexborNode | None) -> LexborNode:
    node = link.parent
    while node is not None and node.tag not in _ITEM_TAGS:
        if limit is not None and node.mem_id == limit.mem_id:
            return node
        node = node.parent
    return node if node is not None else link


def region_of(link: LexborNode) -> tuple[bool, Requirement | None]:
    """Whether *link* sits in a reading wrapper (``<div class="optional_reading">``)."""
    node = link.parent
    while node is not None:
        classes = (
            node.attributes.get("class") or ""
            if node.tag in ("div", "section", "ul", "ol", "span")
            else ""
        )
        found = {m.lastgroup for m in _REGION_CLASS.finditer(classes)} if classes else set()
        if found:  # class="readings optional": the requirement word wins
            if "opt" in found:
                return True, "optional"
            if "req" in found:
                return True, "required"
            return True, None
        node = node.parent
    return False, None


class Reader:
    def __init__(self, file: str, base_url: str | None, line_of: LineOf) -> None:
        self.file = file
        self.base_url = base_url
        self.line_of = line_of
        self.lectures: list[Lecture] = []
        self.entries = False  # honour entry markers (only in HTML the Markdown reader made)
        self.emphasis: tuple[tuple[str, ...], Requirement] | None = None
        """A page legend ("Readings in italics are optional"): the tags and what they mean."""

    def reading(
        self, link: LexborNode, item: LexborNode | None, context_req: Requirement | None
    ) -> tuple[Reading, str] | None:
        href = decoded_href(link.attributes.get("href") or "")
        raw = decoded(link.text(deep=True, separator=""))
        text = classify.collapse(raw) if "\n" in raw.strip() else raw.lstrip()
        text = text.rstrip() if text.endswith(("\n", " ")) and "\n" in raw else text
        before, after = text_before(item, link) if item is not None else ("", "")
        if not classify.is_reading(text, href, before):
            return None
        requirement = (
            classify.marker_in_text(text)
            or classify.prefix_requirement(before)
            or classify.suffix_requirement(after)
            or classify.opening_requirement(before)
            or opening_marker(item)
            or context_req
            or self._legend(link)
        )
        written = None
        link_text = getattr(self.line_of, "link_text", None)
        if href and link_text is not None:
            line, written = link_text(href, text)
        else:
            line = self.line_of(href or text)
        visible = classify.collapse(text)
        # Markdown: the link text as written; an HTML anchor: its text, collapsed
        text = written.lstrip() if written and classify.collapse(written) else visible
        title = classify.strip_markers(visible)
        if classify.is_generic(title):  # "[PDF]", "[1]", "Full text": the words around name it
            title = classify.title_around(before, after) or title
        reading = Reading(
            text=text,
            title=title,
            url=href,
            link=classify.resolve_href(href, self.base_url),
            requirement=requirement,
            line=line,
        )
        return reading, before

    def _legend(self, link: LexborNode) -> Requirement | None:
        if self.emphasis is None:
            return None
        tags, requirement = self.emphasis
        styled = inside(link, tags) or any(link.css_first(tag) is not None for tag in tags)
        return requirement if styled else None

    def cell_links(
        self,
        draft: Draft,
        cell: LexborNode,
        req: Requirement | None,
        skip_first_line: bool = False,
    ) -> None:
        """Readings of one cell; a label inside it (``Suggested readings:``) sets the rest.

        With *skip_first_line* (a title cell), links before the first line break or
        block are the title's (slides, video), not readings.
        """
        label: Requirement | None = None
        pending: list[str] = []
        skipping = skip_first_line
        for node in walk_tree(cell):
            tag = node.tag
            if tag == "-text":
                pending.append(decoded(node.text_content or ""))
            elif tag == "a":
                if skipping:
                    continue
                made = self.reading(node, item_of(node, cell), label or req)
                if made is not None:
                    draft.candidates.append((made[0], 2))
                pending = []
            elif tag in BREAKS:
                skipping = False
                is_label, found = classify.label_requirement("".join(pending))
                if is_label:
                    label = found
                pending = []


def inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    probe = node.parent
    while probe is not None:
        if probe.tag in tags:
            return True
        probe = probe.parent
    return False


_LEGEND = re.compile(
    r"\b(?:readings?|papers?|links?|items?)\s+(?:(?:shown|set|marked|written)\s+)?in\s+"
    r"(?P<style>italics?|bold)\s+(?:are|is)\s+(?P<word>optional|required|recommended)",
    re.IGNORECASE,
)


def legend(page_text: str) -> tuple[tuple[str, ...], Requirement] | None:
    """A page's own key to its readings: "Readings in italics are optional"."""
    match = _LEGEND.search(page_text)
    if match is None:
        return None
    tags = ("i", "em") if match.group("style").lower().startswith("italic") else ("b", "strong")
    word = match.group("word").lower()
    return tags, "required" if word == "required" else "optional"
