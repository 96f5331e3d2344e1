"""From one ``<a>`` to a :class:`~readlist.model.Reading`: what it is, what it is
called, and which requirement the words around it give."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from readlist.extract import classify
from readlist.extract.dom import (
    BREAKS,
    Draft,
    LineOf,
    Mark,
    decoded,
    decoded_href,
    inside,
    item_of,
    pieces,
    text_before,
    text_of,
    walk_tree,
    words_before,
    words_naming,
)
from readlist.model import Lecture, Reading, Requirement

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


def _line_label(item: LexborNode | None, link: LexborNode) -> Requirement | None:
    """The requirement of the last line before *link*'s own that is only a label
    (``<b>Optional</b><br>[B]``): it covers the lines after it, whatever opens the item."""
    if item is None:
        return None
    found: Requirement | None = None
    line: list[str] = []
    linked = False
    for piece in pieces(item):
        if isinstance(piece, str):
            if piece != "\n":
                line.append(piece)
                continue
            if not linked:
                is_label, req = classify.label_requirement("".join(line))
                if is_label and req is not None:
                    found = req
            line, linked = [], False
        elif piece.mem_id == link.mem_id:
            return found
        else:
            linked = True
    return None


class Reader:
    def __init__(self, file: str, base_url: str | None, line_of: LineOf) -> None:
        self.file = file
        self.base_url = base_url
        self.line_of = line_of
        self.lectures: list[Lecture] = []
        self.entries = False  # honour entry markers (only in HTML the Markdown reader made)
        self.emphasis: tuple[tuple[str, ...], Requirement] | None = None
        """A page legend ("Readings in italics are optional"): the tags and what they mean."""
        self.symbol: tuple[str, Requirement] | None = None
        """A page legend ("Readings marked with * are optional"): the mark and its meaning."""

    def reading(
        self,
        link: LexborNode,
        item: LexborNode | None,
        context_req: Requirement | None,
        opening: bool = True,
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
            or _line_label(item, link)
            or (opening_marker(item) if opening else None)
            or context_req
            or self._legend(link)
            or self._marked(before, after)
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
            naming = words_naming(item, link) if item is not None else ""
            later = "" if classify.is_url_text(title) else after
            title = classify.title_around(naming, later) or title
        elif classify.names_part(title) and item is not None:
            # "Bit by Bit, [ch. 2]", "H&P [1.1–1.3]": the work is named before its part
            title = classify.part_title(words_before(item, link), title)
        reading = Reading(
            text=text,
            title=title,
            url=href,
            link=classify.resolve_href(href, self.base_url),
            requirement=requirement,
            line=line,
        )
        return reading, before

    def _marked(self, before: str, after: str) -> Requirement | None:
        """The page legend's mark right before or after the link (``* [A]``, ``[A]*``)."""
        if self.symbol is None:
            return None
        symbol, requirement = self.symbol
        marked = after.lstrip(" )]").startswith(symbol) or before.rstrip(" ([").endswith(symbol)
        return requirement if marked else None

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
                # a label inside the cell ("**Optional**<br>[B]") outranks the cell's opening
                made = self.reading(node, item_of(node, cell), label or req, opening=label is None)
                if made is not None:
                    draft.candidates.append((made[0], Mark.REGION))
                pending = []
            elif tag in BREAKS:
                skipping = False
                is_label, found = classify.label_requirement("".join(pending))
                if is_label:
                    label = found
                pending = []


_LEGEND = re.compile(
    r"\b(?:readings?|papers?|links?|items?)\s+(?:(?:shown|set|marked|written)\s+)?in\s+"
    r"(?P<style>italics?|bold)\s+(?:are|is)\s+(?P<word>optional|required|recommended)"
    # "Optional readings are in italics"
    r"|\b(?P<word2>optional|required|recommended)\s+(?:readings?|papers?|links?|items?)\s+"
    r"(?:are|is)\s+(?:(?:shown|set|marked|written)\s+)?in\s+(?P<style2>italics?|bold)"
    # "Italicized readings are optional", "Bolded papers are required"
    r"|\b(?P<style3>itali[cs]i[sz]ed|bold(?:ed|face)?)\s+(?:readings?|papers?|links?|items?)\s+"
    r"(?:are|is)\s+(?P<word3>optional|required|recommended)",
    re.IGNORECASE,
)
_SYMBOL_LEGEND = re.compile(
    r"\b(?:readings?|papers?|links?|items?)\s+(?:marked|flagged|denoted)\s+(?:with\s+|by\s+)?"
    r"(?:an?\s+)?(?:\(?(?P<sym>[*†‡★☆°+])\)?|asterisks?|stars?)\s+(?:are|is)\s+"
    r"(?P<word>optional|required|recommended)"
    r"|(?:^|\s)\(?(?P<sym2>[*†‡★☆°])\)?\s*(?:=|:|denotes|means|indicates)\s*"
    r"(?P<word2>optional|required|recommended)\b",
    re.IGNORECASE,
)


def legend(page_text: str) -> tuple[tuple[str, ...], Requirement] | None:
    """A page's own key to its readings: "Readings in italics are optional"."""
    match = _LEGEND.search(page_text)
    if match is None:
        return None
    style = match.group("style") or match.group("style2") or match.group("style3")
    tags = ("i", "em") if style.lower().startswith("itali") else ("b", "strong")
    word = (match.group("word") or match.group("word2") or match.group("word3")).lower()
    return tags, "required" if word == "required" else "optional"


def symbol_legend(page_text: str) -> tuple[str, Requirement] | None:
    """A page's key to a mark beside readings: "Readings marked with * are optional",
    "† = optional": the mark and what it means."""
    match = _SYMBOL_LEGEND.search(page_text)
    if match is None:
        return None
    symbol = match.group("sym") or match.group("sym2") or "*"
    word = (match.group("word") or match.group("word2")).lower()
    return symbol, "required" if word == "required" else "optional"


def flag_requirement(optional: object, required: object) -> Requirement | None:
    """A data record's flags: ``optional: true`` or ``required: false`` say optional,
    ``required: true`` required.  ``optional: false`` says nothing: data files write
    it on every plain reading (the page shows no marker)."""
    if _flag(optional) is True or _flag(required) is False:
        return "optional"
    return "required" if _flag(required) is True else None


def _flag(value: object) -> bool | None:
    """``True``/``False`` for a YAML flag (``true``, ``yes``, ``no``...), else ``None``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        return True if word in ("true", "yes") else False if word in ("false", "no") else None
    return None
