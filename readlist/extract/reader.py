"""From one ``<a>`` to a :class:`~readlist.model.Reading`: what it is, what it is
called, and which requirement the words around it give."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from readlist import lazyre
from readlist.extract import classify, vocab
from readlist.extract.css import TAG_STYLES, ClassStyles, class_styles, element_styles
from readlist.extract.dom import (
    BREAK,
    BREAKS,
    LABEL_CLASS,
    Draft,
    ItemPieces,
    LineOf,
    Mark,
    closing_badge,
    contains,
    context_before,
    decoded,
    decoded_href,
    footnote_marker,
    inside,
    item_of,
    material_line,
    region_of,
    rest_of_line,
    tag_after,
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
        elif node.tag == "span" and node.child is not None and node.css_first("a") is not None:
            # a wrapper of the item's lines (LaTeXML's <span class="ltx_p">): what it opens
            # with, not its whole text, may be the marker
            node = node.child
        else:
            break
    if node is None or node.tag not in _EMPHASIS:
        return None
    # a run-in heading ends with its period: "**Optional deep dive.** The Stan team's [A]"
    return classify.prefix_requirement(text_of(node).rstrip(". "))


def closing_marker(item: LexborNode | None) -> Requirement | None:
    """A requirement word set apart at the end of an item of one link (a badge after
    the citation: ``[A](u) (Papert, 1966) <span class="badge">optional</span>``; words
    after a dash or a comma: ``[A](u) (Mahoney) — optional``)."""
    if item is None:
        return None
    node = item.last_child
    while node is not None and node.tag == "-text" and not (node.text_content or "").strip():
        node = node.prev
    if node is None or (node.tag != "-text" and node.tag not in _EMPHASIS):
        return None
    if node.tag == "-text":  # "<a>A</a> (Mahoney) &mdash; optional"
        found = classify.closing_requirement(decoded(node.text_content or ""))
    else:
        found = classify.prefix_requirement(text_of(node))
    if found is None:
        return None
    # of one link, or one named link with its copies and material ("[OpenVLA](u) (CoRL
    # 2024) · [code](v) <span>optional</span>"): the marker is the work's
    links = item.css("a")
    if len(links) == 1:
        return found
    one_line = all(node.mem_id == item.mem_id for node in item.css("br, p, li, div"))
    named = [a for a in links if not classify.is_companion(text_of(a))]
    return found if one_line and len(named) == 1 else None


STRUCK = ("del", "s", "strike")
"""Struck-through text (GFM's ``~~``): a reading taken back, not one to read."""


def _struck_through(link: LexborNode) -> bool:
    """Whether a struck-through element inside *link* covers its whole text."""
    if link.css_first("del, s, strike") is None:  # the common case, looked up in C
        return False
    struck = [node for node in walk_tree(link) if node.tag in STRUCK]
    return "".join(text_of(node) for node in struck) == text_of(link)


def _description(item: ItemPieces, link: LexborNode) -> str:
    """The description under *link*: the line after it in its item, else the block
    right after an item of one link (Moodle's ``<div class="contentafterlink">`` beside
    ``<div class="activityinstance">``), when it holds no link."""
    note = item.note_after(link)
    if note or item.item.tag != "div" or len(item.links()) != 1:
        return note
    after = item.item.next
    while after is not None and not (after.text(deep=True) or "").strip():
        after = after.next  # "<span class="actions"></span>": nothing shown
    if after is None or after.tag == "-text" or after.css_first("a") is not None:
        return ""
    return text_of(after)


def _described(item: ItemPieces, link: LexborNode) -> Requirement | None:
    """The requirement the description under *link* opens with (:func:`_description`)."""
    note = _description(item, link)
    return classify.prefix_requirement(_lead(note)) if note else None


def _lead(note: str) -> str:
    """The words a note opens with, up to its first stop (``Essential reading``)."""
    return re.split(r"[.:;!?(]", note, maxsplit=1)[0]


def _line_label(item: ItemPieces, link: LexborNode) -> Requirement | None:
    """The requirement of the last line before *link*'s own that is only a label
    (``<b>Optional</b><br>[B]``): it covers the lines after it, whatever opens the item."""
    if link.mem_id not in item.at:
        return None
    if "labels" not in item.memo:  # per line start: the label over it, found in one walk
        item.memo["labels"] = _line_labels(item)
    found: Requirement | None = item.memo["labels"].get(item.starts[item.at[link.mem_id]])
    return found


def _line_opener(item: ItemPieces, link: LexborNode) -> Requirement | None:
    """The requirement of the words opening *link*'s line before its first link, when
    they are only a marker (``<br><span class="label">Optional</span> [A](u) · [B](v)``):
    it covers every link of the line."""
    if link.mem_id not in item.at:
        return None
    if "openers" not in item.memo:  # per line start: its opening marker, found in one walk
        item.memo["openers"] = _line_openers(item)
    found: Requirement | None = item.memo["openers"].get(item.starts[item.at[link.mem_id]])
    return found


def _line_openers(item: ItemPieces) -> dict[int, Requirement | None]:
    """Per line start of *item*, the requirement of the words before its first link,
    when they are only a marker."""
    openers: dict[int, Requirement | None] = {}
    words: list[str] = []
    start, linked = 0, False
    for index, piece in enumerate(item.seq):
        if isinstance(piece, str) and piece == BREAK:
            start, words, linked = index + 1, [], False
        elif isinstance(piece, str):
            if not linked:
                words.append(piece)
        elif not linked:
            linked = True
            openers[start] = classify.prefix_requirement("".join(words)) if words else None
    return openers


def _line_labels(item: ItemPieces) -> dict[int, Requirement | None]:
    """Per line start of *item*, the requirement of the last label-only line before it;
    a line a label of its own opens (``Background: <a>…</a>`` after ``Suggested
    Readings:`` over a list) ends it: that line and those after it are the new label's."""
    labels: dict[int, Requirement | None] = {}
    found: Requirement | None = None
    line: list[str] = []
    linked = False
    start = 0
    for index, piece in enumerate(item.seq):
        if not isinstance(piece, str):
            if not linked and "".join(line).rstrip().endswith(":"):
                is_label, req = classify.label_requirement("".join(line))
                if is_label:
                    found = labels[start] = req
            linked = True
        elif piece != BREAK:
            line.append(piece)
        else:
            if not linked:
                is_label, req = classify.label_requirement("".join(line))
                found = req if is_label and req is not None else found
            line, linked = [], False
            start = index + 1
            labels[start] = found
    return labels


_LABEL_REMARK = lazyre.compile(r"\s*(?:\([^()]{0,40}\)|,\s+presented\s+by\b[^:]{0,40})\s*:?\s*$")
"""A remark ending a label's line, on who presents: ``(presenter: Ana Lee):``,
``, presented by Tomás:``."""


class Reader:
    def __init__(self, file: str, base_url: str | None, line_of: LineOf) -> None:
        self.file = file
        self.base_url = base_url
        self.line_of = line_of
        self.lectures: list[Lecture] = []
        self.entries = False  # honour entry markers (only in HTML the Markdown reader made)
        self.emphasis: tuple[tuple[tuple[str, ...], Requirement], ...] = ()
        """A page's style legends ("Readings in italics are optional"): each style's tags
        and what it means."""
        self.classes: ClassStyles = {}
        """The font styles the page's ``<style>`` rules give its classes (read only when
        the page has a style legend)."""
        self.styled: LexborHTMLParser | None = None
        """The page, whose ``<style>`` rules :meth:`page_classes` reads when asked."""
        self._page_classes: ClassStyles | None = None
        self.symbols: tuple[tuple[str, Requirement], ...] = ()
        self.columns: dict[str, Requirement] = {}
        """A page's key to its table's columns ("Everything in the Prepare column is
        required"): per header, lowercased, what its readings are."""
        self.first: Requirement | None = None
        """A page's key to each entry's first reading ("The first paper in each row is
        required")."""
        self.others: Requirement | None = None
        """What the key says of the readings its signs leave unmarked ("others optional")."""
        self.box_colours: dict[str, Requirement] = {}
        """What the key says of the readings in boxes of each colour ("blue": required)."""
        self.called: dict[str, Requirement] = {}
        """What the key says of the readings a sentence calls by a noun ("companion")."""
        self.told: Requirement | None = None
        """What the key says of the readings an entry tells students to read ("The
        papers we tell you to read before class are required")."""
        self._items: dict[int, ItemPieces] = {}  # per item: its pieces, walked once

    def keyed(self) -> bool:
        """Whether the page's keys say anything of its readings."""
        keys = (self.emphasis, self.symbols, self.columns, self.first, self.others)
        return any(keys) or bool(self.box_colours or self.called) or self.told is not None

    def box_requirement(self, kind: str | None) -> Requirement | None:
        """What the page's key says of a box of *kind* by its colour (a blue ``note``)."""
        colours = vocab.BOX_KIND_COLOURS.get(kind or "", ())
        return next((self.box_colours[c] for c in colours if c in self.box_colours), None)

    def reading(
        self,
        link: LexborNode,
        item: LexborNode | None,
        context_req: Requirement | None,
        opening: bool = True,
    ) -> tuple[Reading, str] | None:
        href = decoded_href(link.attributes.get("href") or "")
        raw = decoded(link.text(deep=True, separator=""))
        if "%" in href and "://" in raw and unquote(href) == unquote(raw.strip()):
            # "<https://doi.org/…083[2248:ESORWD]2.0.CO;2>": an autolink shows its URL as
            # written, where the renderer's href escapes its brackets
            href = raw.strip()
        text = classify.collapse(raw) if "\n" in raw.strip() else raw.lstrip()
        text = text.rstrip() if text.endswith(("\n", " ")) and "\n" in raw else text
        around = self.pieces_of(item) if item is not None else None
        before, after = text_before(around, link) if around is not None else ("", "")
        context = context_before(around, link) if around is not None and before else before
        if footnote_marker(link, text) or not (
            classify.is_reading(text, href, context) or self._keyed_lead(text, href, before)
        ):
            return None
        if inside(link, STRUCK) or _struck_through(link):
            return None  # "~~[A](u)~~ moved to Oct 7": withdrawn
        if classify.kind_after(after):  # "[smallpt](u) (code)": the kind of material it is
            return None
        badge = closing_badge(link)  # "<a>A <span class="badge">required</span></a>"
        prefix = classify.prefix_requirement(before)
        # "<a>A</a>&nbsp;<span class="badge">opt</span>": a badge after the link, or one
        # closing its own text, that shows a requirement word
        # (past a citation's remark, when the link is alone on its line: "[A]; [B] (Papert,
        # 1966) <badge>optional</badge>" may be the item's)
        tagged = badge
        if tagged is None and _BADGE_NEXT.search(after[:80]):
            tagged = tag_after(link, after.lstrip().startswith("(") and _first_on_line(link))
        suffix = classify.suffix_requirement(after) or (
            self._tag_requirement(tagged) if tagged else None
        )
        # "[ACM](u) [pdf](v) optional", "[A](u) ([ACM](v)) **(R)**": a marker after one
        # citation's run of links, the others named generically
        run = around.after_run(link) if around is not None and not after.strip(" ([])") else ""
        suffix = suffix or (classify.suffix_requirement(run) if run else None)
        if prefix and suffix and _BRACKET_AFTER_WORDS.search(before):
            prefix = None  # "[A](u) [required] [B](v) [optional]": each link's mark after it
        requirement = (
            classify.marker_in_text(text)
            or (
                self.keyed_label(label)
                if self.symbols and (label := classify.text_label(text))
                else None
            )
            or _superscript_mark(link)
            or prefix
            or suffix
            or classify.opening_requirement(before)
            or (_line_label(around, link) if around is not None else None)
            or (self._pill_label(item, around, link) if around is not None else None)
            or (_line_opener(around, link) if around is not None else None)
            or (opening_marker(item) if opening else None)
            or closing_marker(item)
            # "<a>Spanner</a><div>Essential reading. Sections 1–4</div>": its description
            or (_described(around, link) if around else None)
            # <li class="must">, or its list's: <ul class="optional"> in a readings cell
            or (region_of(link, _list_of(item))[1] if item is not None else None)
            # the link's own style, as the key names it: "Readings in italics are
            # optional" over an italic link below a "Required:" line of its cell
            or self._legend(link, plain=False)
            or self._marked(before, run or after, item, link)
            or context_req
            # "<b><a>A</a></b> <a>[pdf]</a>", bold readings required: the copy is A's
            or (self._copy_legend(link, text, around) if self.emphasis else None)
            or self._legend(link)  # "Readings in black are required": no style set
            or (self.others if self.others and not self._signed(before, after) else None)
            # "[A](u) is the classic companion", with a key to what "companions" are
            or (self.called.get(classify.called(after, self.called) or "") if self.called else None)
            # "Read [A](u) before class", with a key to what entries tell you to read
            or (self.told if self.told and classify.told_to_read(before) else None)
            # "[A](u), [B](v) (both optional)": a marker said of the run of links
            or classify.shared_requirement(after)
            or (
                classify.shared_requirement(rest_of_line(around, link))
                if around is not None and _JOINED.match(after) and _shares_marker(around)
                else None
            )
            # "Loshchilov & Hutter, [A](u) and Smith, [B](v) **(both required)**": the two
            or (
                classify.shared_requirement(rest_of_line(around, around.links()[-1]))
                if around is not None
                and "." not in after  # "[A](u). [B](v) (both optional)": A's sentence ended
                and _shares_marker(around)
                and _both_of_two(around)
                else None
            )
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
        if "\n" in text:  # "[Synthetic\n    difference-in-differences](u)": one space shown
            text = _LINE_BREAK_IN_TEXT.sub(" ", text)
        title = classify.strip_markers(visible.removesuffix(badge).rstrip() if badge else visible)
        # "[PDF]", "[1]", "Full text", a bare URL: the words around name it
        venue = classify.venue_text(title) and around is not None  # "[MLSys]": maybe the venue
        if (
            classify.is_generic(title)
            or classify.is_identifier_link(title, href)
            or (
                venue
                and around is not None
                and (
                    classify.names_venue(title, words_before(around, link))
                    # "… JAIR 57, 2016. [arXiv](..) [JAIR](..)": after another copy too
                    or classify.names_venue(title, words_naming(around, link))
                )
            )
        ):
            naming = words_naming(around, link) if around is not None else ""
            later = "" if classify.is_url_text(title) else after
            if not (_OPEN_PHRASE.search(naming) and _named_in(title)):
                # not "re-read the [LFS paper](..)": the phrase's words end in the link's
                title = classify.title_around(naming, later) or title
            if item is not None:
                title = _without_pill(item, title)
        elif classify.names_part(title) and around is not None:
            # "Bit by Bit, [ch. 2]", "H&P [1.1–1.3]": the work is named before its part
            title = classify.part_title(words_before(around, link), title)
            if item is not None:  # "**Read**{: .label } Eubanks, Automating Inequality, [ch. 1]"
                title = _without_pill(item, title)
        if self.symbols and (title[:1] in "[(" or title[1:3] in ("] ", ") ")):
            title = self._without_token(title)  # "[R] SLP3 ch. 3": the key's token, no title
        reading = Reading(
            text=text,
            title=title,
            url=href,
            link=classify.resolve_href(href, self.base_url),
            requirement=requirement,
            line=line,
        )
        return reading, before

    def _tag_requirement(self, tag: str) -> Requirement | None:
        """What a tag on a link says: its requirement word, or the page's key of it."""
        return classify.label_requirement(tag)[1] or (
            self.keyed_label(tag) if self.symbols else None
        )

    def _without_token(self, title: str) -> str:
        """*title* without a token of the page's key opening it (``[R] SLP3 ch. 3``; ``B]
        Shannon`` where a bracket cut the token's own)."""
        found = _OPENING_TOKEN.match(title)
        if found is None:
            return title
        token = f"[{found['word'].lower()}]"
        keyed = any(sym in (token, f"({found['word'].lower()})") for sym, _ in self.symbols)
        return title[found.end() :] if keyed and found.end() < len(title) else title

    def page_classes(self) -> ClassStyles:
        """The font styles the page's ``<style>`` rules give its classes, read on first
        use (a Google Docs export sets its italics and bold by class)."""
        if self._page_classes is None:
            styled = self.styled
            self._page_classes = self.classes or (class_styles(styled) if styled else {})
        return self._page_classes

    def label(self, text: str) -> tuple[bool, Requirement | None]:
        """``(is_label, requirement)`` of a line that may open a reading list: a label
        (:func:`classify.label_requirement`), or one the page's key names ("Papers
        listed as *Background* are optional": a ``Background:`` item over a list)."""
        found = classify.label_requirement(text)
        if found[1] is not None or not self.symbols:
            return found
        keyed = self.keyed_label(text)
        return (True, keyed) if keyed else found

    def pieces_of(self, item: LexborNode) -> ItemPieces:
        """*item*'s pieces, walked once however many links it holds."""
        found = self._items.get(item.mem_id)  # it holds the node: no other takes its id
        if found is None:
            found = self._items[item.mem_id] = ItemPieces(item)
        return found

    def _keyed_lead(self, text: str, href: str, before: str) -> bool:
        """Whether a link whose lead reads as course business (``Review: [A](..)``) is a
        reading after all: the lead is a label the page's key gives a meaning ("the paper
        marked **Review** is required") and the link is a reading without it."""
        lead = _LEAD_LABEL.search(before) if self.symbols else None
        return (
            lead is not None
            and classify.names_material(_LABEL_REMARK.sub("", lead.group(1)))
            and self.keyed_label(lead.group(1)) is not None
            and classify.is_reading(text, href, "")
        )

    def _pill_label(
        self, item: LexborNode | None, around: ItemPieces, link: LexborNode
    ) -> Requirement | None:
        """What a kramdown label pill opening the link's line says, or the page's key of
        it (``**Background**{: .label } Dieterich et al. … [pdf]``, "… unless they carry
        an **Optional** or **Background** tag")."""
        if item is None or not self.symbols or LABEL_CLASS not in (item.html or ""):
            return None
        naming = words_naming(around, link)
        for pill in item.css(f".{LABEL_CLASS}"):
            words = text_of(pill)
            if words and naming.startswith(words):
                return classify.label_requirement(words)[1] or self.keyed_label(words)
        return None

    def keyed_label(self, text: str) -> Requirement | None:
        """What the page's key says of the label *text* is (``Background:`` where
        "Papers listed as *Background* are optional"), or None."""
        # "Discussion paper (presenter: Ana Lee):": the label, with a remark on who
        line = _LABEL_REMARK.sub("", text.strip().lower()).rstrip(": ") + ":"
        # "Discussion papers:" over two, where the key names "the discussion paper"
        lines = (line, line.removesuffix("s:") + ":")
        return next((req for sym, req in self.symbols if sym in lines and len(sym) > 2), None)

    def _last_link(self, item: LexborNode, link: LexborNode) -> bool:
        """Whether *link* is the last link of *item* (its links looked up once per item:
        a cell of thousands of links is no quadratic walk)."""
        links = self.pieces_of(item).links()
        return bool(links) and links[-1].mem_id == link.mem_id

    def _marked(
        self, before: str, after: str, item: LexborNode | None, link: LexborNode
    ) -> Requirement | None:
        """The page legend's mark right before or after the link (``* [A]``, ``[A]*``),
        or opening its item, or ending it (``[A](u). CACM 1970. (S)``: a bracketed mark
        after the item's last link, or a sign after its short citation, ``<a>A</a>.
        SOSP 2011. ★``; one before the next link is that link's), or a tag
        after it that the key names as a label (``[A](u) [elective]``, a badge:
        :func:`dom.tag_after`)."""
        tag = tag_after(link) if self.symbols else None
        if tag is not None:
            keyed = next((req for sym, req in self.symbols if sym == f"{tag}:"), None)
            if keyed is not None:
                return keyed
        before = before.lower().replace("\ufe0f", "")  # the legend is read lowercased
        before = _LIST_GLYPH.sub("", before)  # "·&nbsp;&nbsp;† Gilovich": Word's bullet
        after = after.lower().replace("\ufe0f", "")
        named = _CLOSING_LABEL.match(after) if item is None or self._last_link(item, link) else None
        if named is None and "[" in after:
            # "[A](u), ch. 2–3 [background]", "[A](u) (IEEE version) [background]": a tag
            # in square brackets closing the link's line, after its citation or remark
            named = _CLOSING_TAG.search(after)
        opened = _OPENING_TAG.match(before)
        segment = _SEGMENT_START.search(before)  # "… · [S] Chen & Goodman, [A](u)"
        if segment is not None:
            token = next((s for s, _ in self.symbols if segment["token"] == s), None)
            if token is not None:
                return dict(self.symbols)[token]
        for word in (named["label"] if named else None, opened["label"] if opened else None):
            # "[A](u) (ELMo) — skim", "[skim] Luong, [A](u)": a label the key names
            keyed = next((req for sym, req in self.symbols if word and sym == f"{word}:"), None)
            if keyed is not None:
                return keyed
        for symbol, requirement in self.symbols:
            if _marked_by(symbol, before, after, opening=False):
                return requirement  # "📘 [A](u) · 📗 [B](v)": B's own sign, not the item's
        for symbol, requirement in self.symbols:
            if _marked_by(symbol, before, after):
                return requirement
            # "[A](u). CACM 1970. (S)", "<a>A</a>. SOSP 2011. ★": the citation's close
            bracketed = symbol[0] in "(["
            # (a citation's tail: a year in it, what follows the link's own stop,
            # "<a>A</a>. <em>JMLR</em> 18.†", "[A](u).†", or a short venue, "(Stan wiki).†")
            cited = (
                _YEAR.search(after) or after.lstrip()[:1] in (".", ",", ";") or _VENUE.match(after)
            )
            closing = bracketed or (
                is_sign(symbol) and len(after) <= _SIGN_AFTER_CITATION and bool(cited)
            )
            ending = closing and after.rstrip(" .;,").endswith(symbol)
            if ending and (item is None or self._last_link(item, link)):
                return requirement
        return None

    def _signed(self, before: str, after: str) -> bool:
        """Whether a sign the page's key names marks the link, in a run of any length
        (``★★★ [A]`` where the key names ``★★`` and ``★``): a marked reading, which
        what the key says of the unmarked ones never reaches."""
        before = _LIST_GLYPH.sub("", before.lower().replace("\ufe0f", ""))
        after = after.lower().replace("\ufe0f", "")
        for sign in {symbol[0] for symbol, _ in self.symbols if is_sign(symbol)}:
            runs = re.compile(f"{re.escape(sign)}+")
            if _marked_by(sign, runs.sub(sign, before), runs.sub(sign, after)):
                return True
        return False

    def _copy_legend(
        self, link: LexborNode, text: str, around: ItemPieces | None
    ) -> Requirement | None:
        """What the style legend says of the link right before a generically named copy
        (``<b><a>A</a></b> <a>[pdf]</a>``: A's copy, bold as A is, whatever its own
        style), else None."""
        if around is None or not classify.is_generic(classify.strip_markers(text)):
            return None
        for piece in reversed(around.line_before(link)):
            if not isinstance(piece, str):
                if classify.is_generic(classify.strip_markers(text_of(piece))):
                    continue  # "(<a>PS</a>, <a>PDF</a>)": a run of copies of one work
                return self._legend(piece, plain=False)
            if classify.has_words(piece):
                return self._styled_citation(link)  # words between: the citation's?
        return None

    def _styled_citation(self, link: LexborNode) -> Requirement | None:
        """What the style legend says of a citation set in a style of its own right
        before a run of copies (``<i>Lamport. The Part-Time Parliament. 1998.</i>
        (<a>PS</a>, <a>PDF</a>)``): the copies' work, in its style; else None."""
        probe = link.prev
        while probe is not None:
            if probe.tag == "-text" or (
                probe.tag == "a" and classify.is_generic(classify.strip_markers(text_of(probe)))
            ):
                if probe.tag == "-text" and classify.has_words(probe.text_content or ""):
                    return None  # words of no style between
                probe = probe.prev
                continue
            if probe.css_first("a") is not None or not classify.has_words(text_of(probe)):
                return None
            return self._legend(probe, plain=False)
        return None

    def _legend(self, link: LexborNode, *, plain: bool = True) -> Requirement | None:
        """What the page's style legend says of *link*: the outermost style that wraps
        it, else a style inside it that covers its whole text (``<a><i>A</i></a>``; a
        book title set in italics inside a bold link, ``<b><a><i>A</i>, ch. 1</a></b>``,
        is the bold link's). A style is a tag's (``<b>``), an inline ``style=``'s or a
        class's the page's ``<style>`` gives (``.c7{font-weight:700}``): see
        :mod:`readlist.extract.css`. *plain*: what the key says of readings in no
        style ("Readings in black are required") counts too."""
        if not self.emphasis:
            return None
        meaning = {TAG_STYLES.get(tags[0], tags[0]): req for tags, req in self.emphasis}
        chain = []
        probe: LexborNode | None = link
        while probe is not None:
            chain.append(probe)
            probe = probe.parent
        since: dict[str, int] = {}  # each style set on: the outermost element setting it
        for depth, node in enumerate(reversed(chain)):
            for style, on in element_styles(node, self.classes).items():
                if not on:
                    since.pop(style, None)  # "<span style="font-weight:normal">"
                elif style not in since:
                    since[style] = depth
        wrapping = sorted((depth, style) for style, depth in since.items() if style in meaning)
        if wrapping:
            return meaning[wrapping[0][1]]
        text = text_of(link)
        for node in walk_tree(link, lambda n: n.tag not in ("-comment", "-text")):
            if node.mem_id == link.mem_id:
                continue
            styles = element_styles(node, self.classes)
            inner = [style for style, on in styles.items() if on and style in meaning]
            if inner and text_of(node) == text:
                return meaning[inner[0]]
        return meaning.get("plain") if plain else None  # "Readings in black …": no style

    def cell_links(
        self,
        draft: Draft,
        cell: LexborNode,
        req: Requirement | None,
        skip_lines: int = 0,
    ) -> None:
        """Readings of one cell; a label inside it (``Suggested readings:``) sets the rest.

        With *skip_lines* (a title cell: 1), links before that many line breaks or
        block are the title's (slides, video), not readings.
        """
        label: Requirement | None = None
        pending: list[str] = []
        skipping = skip_lines > 0
        # the element holding the last link, while the text read since is beside it:
        # "[A](u) (optional)<br>" is A's marker, not a label over the next line
        beside: LexborNode | None = None
        # the item of the last link: the text read in it after the link is the link's
        # ("<li>[A](u) <span>optional</span></li>": a badge), dropped on leaving it
        linked: LexborNode | None = None
        scope: LexborNode | None = None  # "<li>If you want more:<ul>..</ul></li>": only inside
        # on the cell's first line, the last link named material ("<li>Mon 2/3 Raft
        # <a>slides</a> · <a>Raft visualization</a><details>Readings…"): a link joined to it
        # is the class's too, where the lecture's readings are elsewhere
        first_line, after_material = cell.tag == "li", False  # an entry's, not a row's
        for node in walk_tree(cell):
            tag = node.tag
            if scope is not None and not contains(scope, node):
                label, scope = None, None
            if tag == "-text":
                # "[A](u) <i>(required)</i><br>": a styled marker beside the link is too
                holder = node.parent
                outer = holder.parent if holder is not None else None
                if beside is not None and holder is not None and outer is not None:
                    styled = holder.tag in _INLINE_STYLES and outer.mem_id == beside.mem_id
                    holder = outer if styled else holder
                if beside is not None and (holder is None or holder.mem_id != beside.mem_id):
                    beside = None
                if linked is not None and not contains(linked, node):
                    pending, linked = [], None
                pending.append(decoded(node.text_content or ""))
            elif tag == "a":
                if skipping:
                    continue
                # a label inside the cell ("**Optional**<br>[B]") outranks the cell's opening
                item = item_of(node, cell)
                # "<p><b>Required:</b> Nissenbaum … [url]</p><p>Citron … [url]</p>": a
                # label opening the link's block covers it and the blocks after it too
                lead = RUN_IN_LABEL.match("".join(pending))
                block = item.mem_id == cell.mem_id or item.tag in ("p", "div")  # no <li>
                if lead is not None and block and beside is None and linked is None:
                    is_label, found = self.label(lead.group(0))
                    # "Background: <a>" after "Suggested Readings:" over a list: a label
                    # of its own, which says no requirement, ends the one before it
                    label = found if is_label else label
                made = self.reading(node, item, label or req, opening=label is None)
                joined = after_material and not any(c.isalnum() for c in "".join(pending))
                if made is not None:
                    mark = Mark.REGION
                    if material_line(item, cell, node):
                        mark = Mark.MATERIAL_LINE
                    elif joined and item.mem_id == cell.mem_id:
                        mark = Mark.BESIDE_MATERIAL
                    draft.candidates.append((made[0], mark))
                # "slides · Raft visualization · notes": the run goes on while joined
                after_material = first_line and (
                    joined if made is not None else classify.names_material(text_of(node))
                )
                pending, beside = [], node.parent
                linked = item if item.mem_id != cell.mem_id else None
            elif tag in BREAKS or tag == "summary":
                first_line, after_material = False, False
                skip_lines -= 1
                skipping = skip_lines > 0
                # a <details> box's <summary> ("Optional readings") labels the box
                text = text_of(node) if tag == "summary" else "".join(pending)
                is_label, found = self.label(text)
                if is_label and (tag == "summary" or beside is None):
                    label = found
                    parent = node.parent if tag in ("ul", "ol") else None
                    scope = parent if parent is not None and parent.tag == "li" else None
                pending, beside = [], None


_INLINE_STYLES = frozenset(("i", "em", "b", "strong", "span", "small", "sup", "sub"))
"""Inline elements a marker beside a link may be set in (``<i>(required)</i>``)."""


def _shares_marker(item: ItemPieces) -> bool:
    """Whether *item* holds a marker said of a run of links (``(both optional)``),
    found once per item: a long run of links is read in linear time."""
    if "shared" not in item.memo:
        item.memo["shared"] = bool(_SHARED_WORDS.search(item.item.text()))
    return bool(item.memo["shared"])


def _list_of(item: LexborNode) -> LexborNode:
    """The list a list item is in, else *item*: how far a link's wrapper class is read."""
    parent = item.parent
    return parent if item.tag == "li" and parent is not None else item


def _both_of_two(item: ItemPieces) -> bool:
    """Whether *item* holds two links and says "both" of them (``(both required)``)."""
    return len(item.links()) == 2 and bool(_BOTH.search(item.item.text()))


_BOTH = lazyre.compile(r"[(\[]\s*both\s", re.IGNORECASE)
_SHARED_WORDS = lazyre.compile(r"[(\[]\s*(?:both|all|each)\s", re.IGNORECASE)
"""Where a marker said of a run of links may be: a bracket opening with "both"."""
_JOINED = lazyre.compile(r"\s*(?:[,;&]|and\b)\s*$")
"""Words after a link that only join it to the next (``[A](u), [B](v)``)."""
_BRACKET_AFTER_WORDS = lazyre.compile(r"\S\s*[(\[][^()\[\]]{1,20}[)\]]\s*$")
"""A bracket closing the words before a link, after other words (the link before's)."""
_LABEL_WORDS = r"[^\W\d][\w '’-]{0,30}(?:\([^()]{0,40}\)\s*)?"
"""A label's few words, with a remark in brackets (``Review (both; one review)``)."""
_LEAD_LABEL = lazyre.compile(rf"(?:^|[.;]\s)\s*({_LABEL_WORDS}):\s*$")
"""The label that opens a link's clause, its colon right before the link (``Review:``)."""
RUN_IN_LABEL = lazyre.compile(rf"\s*{_LABEL_WORDS}:")
"""Words ending with a colon that open a block, a label run in before its text (with a
remark in brackets: ``**Review** (both; one combined review):``)."""


def _without_pill(item: LexborNode, title: str) -> str:
    """*title* without a kramdown label pill of *item* opening it (``**Reading**{: .label
    } Chen & Goodman. … [pdf]``: the pill labels the citation, it is no word of it)."""
    for pill in item.css(f".{LABEL_CLASS}"):
        words = text_of(pill)
        if words and title.startswith(f"{words} ") and len(title) > len(words) + 1:
            return title[len(words) + 1 :].lstrip()
    return title


def _superscript_mark(link: LexborNode) -> Requirement | None:
    """A requirement word set as a superscript or subscript right after *link*
    (``[A](u)<sup>opt</sup>``, ``<sub>(req.)</sub>``): its mark, as in brackets."""
    after = link.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    if after is None or after.tag not in ("sup", "sub"):
        return None
    word = text_of(after).strip(" ()[],;:").lower()
    if word in vocab.REQUIRED or word in vocab.REQUIRED_ABBREVIATIONS:
        return "required"
    if word in vocab.OPTIONAL or word in vocab.OPTIONAL_ABBREVIATIONS:
        return "optional"
    return None


_CLOSING_LABEL = lazyre.compile(
    r"^(?:\s*\([^()]{0,40}\))?\s*(?:[-–—,]|\s[-–—])\s*(?P<label>[a-z][a-z -]{0,24}?)"
    r"\s*(?:\([^()]{0,80}\))?\s*\.?\s*$"
)
"""A label set apart at the end of an item after its last link, maybe with a remark:
``[A](u) (ELMo) — skim``, ``— skim (our local copy)``."""
_SEGMENT_START = lazyre.compile(
    r"(?:^|[·•|;]\s*|\s[-–—]\s+)(?:[a-z]+:\s*)?(?P<token>\[[a-z]{1,5}\]|\([a-z]{1,5}\))\s"
    r"(?:(?![·•|;])[^\[\]])*$"
)
"""A key's token opening the last segment of a line before a link (``Readings: [R] SLP3
[ch. 3](..) · [S] Chen & Goodman, [A](u)``): A's mark."""
_CLOSING_TAG = lazyre.compile(r"\[(?P<label>[a-z][a-z -]{0,24})\]\s*\.?\s*$")
"""A label in square brackets closing a link's line (``, ch. 2–3 [background]``)."""
_OPENING_TAG = lazyre.compile(r"^\W*\[(?P<label>[a-z][a-z -]{0,24})\]\s")
"""A label in square brackets opening an item: ``[skim] Luong, [A](u)``."""
_YEAR = lazyre.compile(r"\b(?:1[89]|20)\d\d\b")
_OPEN_PHRASE = lazyre.compile(r"\b(?:the|a|an|this|that|our|your|its|their)\s*$", re.I)
"""Words before a link that end in an article (``re-read the``): the link's own text
ends the phrase and names the work."""


def _named_in(text: str) -> bool:
    """Whether a generically worded link text still names something (``LFS paper``: a
    capitalized word no generic text is)."""
    return any(
        any(ch.isupper() for ch in word) and not classify.is_generic(word) for word in text.split()
    )


_LIST_GLYPH = lazyre.compile(r"^[\s\u00a0]*(?:[·•▪◦‣]|\d{1,2}[.)])[\s\u00a0]+")
"""A list's bullet written as a character opening a paragraph (Word's "Web Page,
Filtered" list: ``<span style='font-family:Symbol'>·</span>&nbsp;&nbsp;† Gilovich …``),
or its number typed in a cell (``2. 📖 Williams et al., [Roofline](..)``): no sign, the
item opens after it."""
_LINE_BREAK_IN_TEXT = lazyre.compile(r"[ \t]*\n\s*")
_SIGN_AFTER_CITATION = 60
"""The most characters after an item's last link, its venue and year (a year among
them), before a sign that closes the item and marks the link (``<a>A</a>. SOSP 2011.
★``)."""


def _marked_by(symbol: str, before: str, after: str, opening: bool = True) -> bool:
    """Whether the legend's *symbol* marks a link with the text *before* and *after* it;
    with *opening*, also as the sign that opens the link's item."""
    if symbol.endswith(":"):  # a label: "Background: [A](u)"
        marked = before.rstrip().endswith(symbol)
    elif symbol[0] in "([":  # "[A](u) (rec.)", "[opt] [A](u)"
        marked = after.lstrip().startswith(symbol) or before.rstrip().endswith(symbol)
    else:  # "[A](u)*", "[A](u) (OSDI'20)*": after a venue in parentheses too
        for bracketed in (f"({symbol})", f"[{symbol}]"):  # "(*) [A](u)", "[A](u) (*)"
            before, after = before.replace(bracketed, symbol), after.replace(bracketed, symbol)
        after = _VENUE.sub("", after, count=1)
        marked = _opens(after.lstrip(" )]"), symbol) or _closes(before.rstrip(" (["), symbol)
        # or the item opens with it: "\* Nevo, A. (2000). [Title](..)"
        return marked or (opening and _opens(before.lstrip(), symbol))
    return marked or (opening and before.lstrip().startswith(symbol))


def is_sign(symbol: str) -> bool:
    """Whether a key's *symbol* is a drawn sign (``★``, ``★★``, ``†``), not a label
    (``background:``) or a token in brackets (``(rec.)``)."""
    return not symbol.endswith(":") and symbol[0] not in "(["


def _opens(text: str, symbol: str) -> bool:
    """Whether *text* opens with the whole run *symbol*: ``★`` does not open ``★★ A``
    (a run of two is its own sign, not the one-star key's)."""
    if not text.startswith(symbol):
        return False
    rest = text[len(symbol) :].lstrip("\ufe0f")
    return not rest.startswith(symbol[-1])


def _closes(text: str, symbol: str) -> bool:
    """Whether *text* ends with the whole run *symbol* (see :func:`_opens`)."""
    if not text.endswith(symbol):
        return False
    rest = text[: len(text) - len(symbol)].rstrip("\ufe0f")
    return not rest.endswith(symbol[0])


# A page's legends, matched on its lowercased text: no IGNORECASE and no leading \b,
# so the regex engine skips ahead to a possible first character (a legend search
# reads every character of every page); a match must still start a word.
def _meaning(word: str) -> Requirement:
    """What a key's word says: ``required``, ``must read`` ... (:data:`vocab.REQUIRED`)
    required, else (``optional``, ``suggested``) optional."""
    word = " ".join(word.split())  # a phrase may span a line break
    return "required" if word in _REQUIRED_SAID else "optional"


_REQUIRED_SAID = frozenset((*vocab.REQUIRED, *vocab.EVERYONE_READS, *vocab.KEY_REQUIRED_PHRASES))
"""The words and phrases by which a key says required (its other words: optional)."""


_NOUNS = (
    # "the paper(s) in the **Paper** column": a plural written with its "(s)" too
    r"(?:(?:reading|paper|link|item|article)(?:s|\(s\))?)"
    # where they are: "Readings on the [schedule](/schedule/) are required"
    r"(?:\s+(?:listed\s+)?(?:on|in)\s+(?:the|this|our|each)\s+(?:course\s+)?\[?"
    rf"{vocab.alternation(vocab.KEY_PLACES)}\]?(?:\([^()\s]{{0,80}}\))?(?![\w-]))?"
)
_MEANS = rf"(?P<word>{vocab.alternation(vocab.KEY_WORDS)})"
_MEANS_WORD = lazyre.compile(rf"\b{_MEANS}\b")
_VENUE = lazyre.compile(r"^\s*\([^()]{1,40}\)")
"""A venue or year in parentheses right after a link (``(OSDI'20)``), before its mark."""
_SAID_WORDS = (
    *vocab.KEY_WORDS,
    *vocab.EVERYONE_READS,
    *vocab.KEY_REQUIRED_PHRASES,
    *vocab.KEY_OPTIONAL_PHRASES,
)
"""Words and phrases a key's sentence says its meaning with (see :func:`_said_meaning`)."""
_SAID_REQUIRED = vocab.alternation(
    (*vocab.KEY_WORDS, *vocab.EVERYONE_READS, *vocab.KEY_REQUIRED_PHRASES)
)
"""A key's word, "everyone reads", or a key's phrase of required ("have read")."""
_STYLED = rf"(?:{vocab.alternation(vocab.STYLE_VERBS)}\s+)"
"""The participle of a style key's subject: "Papers *set* in bold"."""
_STYLE_NAMES = r"italics?|bold|gr[ae]y|black|yellow"
_STYLE_NAME = rf"(?P<style>{_STYLE_NAMES})"
"""A style a key names: a font style, a colour (grey text, set apart from the black), or
a highlight (``highlighted in yellow``)."""
STYLE_WORD = lazyre.compile(rf"\b(?:{_STYLE_NAMES})\b", re.IGNORECASE)
"""A style a key may name: a page that names one may need its style sheets read."""


def _style_tags(name: str) -> tuple[str, ...]:
    """The tags that set the style a key's word names (``("b", "strong")`` for bold),
    or the style alone where no tag sets it (``("grey",)``, ``("plain",)`` for black)."""
    name = name.lower()
    if name.startswith("itali"):
        return ("i", "em")
    if name.startswith("bold"):
        return ("b", "strong")
    if name in ("grey", "gray"):
        return ("grey",)
    return ("mark",) if name == "yellow" else ("plain",)


_STYLE_LEGENDS = (
    # "Readings in italics are optional", "Anything set in italics is optional reading"
    lazyre.compile(
        rf"(?:{_NOUNS}|anything|everything|whatever)\s+{_STYLED}?in\s+"
        rf"{_STYLE_NAME}\s+(?:are|is)\s+{_MEANS}"
    ),
    # "Optional readings are in italics", "Required papers appear in bold"
    lazyre.compile(rf"{_MEANS}\s+{_NOUNS}\s+(?:are|is|appears?)\s+{_STYLED}?in\s+{_STYLE_NAME}"),
    # "The papers set in bold are the ones we discuss in class, and everyone must have
    # read them": a requirement phrase later in the sentence, before any "the others"
    lazyre.compile(
        # "Papers shown in gray, and anything after Optional:, are background ..."
        rf"{_NOUNS}\s+{_STYLED}in\s+{_STYLE_NAME}(?:\s+(?:on|in)\s+the\s+[a-z]+)?"
        # "… set in **bold** on the schedule. Those are the papers we take apart …"
        r"(?:,[^,.;!?]{1,60},)?(?:\s+(?:are|is)\b|\.\s+(?:those|these|they)\s+(?:are|is)\b)"
        r"(?:(?!\b(?:others?|rest)\b)[^.;!?]){0,160}?"
        rf"\b(?P<word>{vocab.alternation(_SAID_WORDS)})\b"
    ),
    # "We put the papers you must read before class in bold", "Papers you must read are in bold"
    lazyre.compile(
        rf"{_NOUNS}\s+(?:[a-z]+\s+){{1,3}}?{_MEANS}(?:\s+[a-z]+){{0,4}}?\s+(?:(?:are|is)\s+)?in\s+"
        rf"{_STYLE_NAME}\b"
    ),
    # "Italicized readings are optional", "Bolded papers are required"
    lazyre.compile(
        rf"(?P<style>itali[cs]i[sz]ed|bold(?:ed|face)?)\s+{_NOUNS}\s+(?:are|is)\s+{_MEANS}"
    ),
)
_KEYED = r"(?:=|:|denotes|means|indicates)"
_KEY_ENTRY = lazyre.compile(rf"(?P<sym>[*†‡★☆°{classify.PICTURES}])\ufe0f?\s*{_KEYED}\s*{_MEANS}\b")
"""One entry of a key that lists several signs: ``📖 = required · ➕ = optional``."""
_LABEL_NAME = r"[\"“'‘*_]{0,2}[a-z][a-z -]{0,24}?:?[\"”'’*_]{0,2}"
"""A label a key names (``“Background”``, ``Also:``, ``**Background**``)."""
_LABEL_WRITTEN = r"(?:[\"“'‘][a-z][a-z -]{0,24}?:?[\"”'’]|[a-z][a-z -]{0,24}?:)"
"""A label written as one: quoted or with its colon."""


def _several(label: str) -> str:
    """A pattern for up to five *label* s in a list: ``Also: or Background:``."""
    return rf"{label}(?:(?:\s*,\s*|\s+or\s+|\s+and\s+){label}){{0,4}}"


_TOKEN = r"\([a-z][a-z.']{0,9}\)|\[[a-z][a-z.']{0,9}\]"
"""A short word in brackets as a mark: ``(rec.)``, ``[opt]``."""
_PARTICIPLE_KEY = lazyre.compile(
    # "Starred papers are required", "Asterisked (*) readings are optional"
    r"(?P<name>starred|asterisked|daggered)\s+"
    rf"(?:\(\s*(?P<sym>[*†‡★☆°+{classify.PICTURES}])\ufe0f?\s*\)\s+)?"
    rf"{_NOUNS}\s+(?:are|is)\s+{_MEANS}"
)
_MARKS_KEY = lazyre.compile(
    # "The dagger (†) marks optional papers", "† flags an optional reading"
    r"(?:the\s+(?P<name>asterisks?|stars?|daggers?)\s*)?\(?\s*"
    rf"(?P<sym>[*†‡★☆°{classify.PICTURES}])\ufe0f?\s*\)?\s+(?:marks|flags)\s+(?:an?\s+|the\s+)?{_MEANS}"
)
_SYMBOL_LEGENDS = (
    # "Papers marked with an asterisk (*) are optional", "Readings marked † are required",
    # "Readings marked (rec.) are recommended"
    lazyre.compile(
        rf"{_NOUNS}\s+(?:(?:marked|flagged|denoted)\s+(?:(?:with|by)\s+)?|with\s+)(?:an?\s+)?"
        r"(?:(?P<name>asterisks?|stars?|daggers?)\s*)?"
        rf"(?:\(?\s*(?P<sym>[*†‡★☆°+{classify.PICTURES}]|{_TOKEN})\ufe0f?\s*\)?\s*)?\s(?:are|is)\s+{_MEANS}"
    ),
    # "Readings marked with a ★ are the ones we build the discussion around, and everyone
    # is expected to have read them": the meaning said later in the sentence
    lazyre.compile(
        rf"{_NOUNS}\s+(?:marked|flagged|denoted)\s+(?:(?:with|by)\s+)?(?:an?\s+)?"
        rf"(?:\(?\s*(?P<sym>[*†‡★☆°+{classify.PICTURES}])\ufe0f?\s*\)?)\s+(?:are|is)\s+the\s+ones\b"
        r"(?:(?!\b(?:others?|rest)\b)[^.;!?]){0,160}?"
        rf"\b(?P<word>{vocab.alternation(_SAID_WORDS)})(?![a-z])"
    ),
    # "one discussion paper, marked ★, that everyone reads": the paper a sign marks, then
    # what is said of it in the clause that follows
    lazyre.compile(
        rf"{_NOUNS},?\s+(?:marked|flagged|denoted)\s+(?:(?:with|by)\s+)?(?:an?\s+)?"
        rf"(?:\(?\s*(?P<sym>[*†‡★☆°+{classify.PICTURES}])\ufe0f?\s*\)?),?\s+(?:that|which)\s+"
        r"(?:(?!\b(?:not|never|no)\b)[^.;!?]){0,80}?"
        rf"\b(?P<word>{vocab.alternation(_SAID_WORDS)})(?![a-z])"
    ),
    # "Required papers are marked with ★", "Optional readings are indicated by a dagger"
    lazyre.compile(
        rf"{_MEANS}\s+{_NOUNS}\s+(?:are|is)\s+(?:marked|flagged|denoted|indicated|shown)\s+"
        r"(?:(?:with|by)\s+)?(?:an?\s+|the\s+)?(?:(?P<name>asterisks?|stars?|daggers?)\s*)?"
        rf"(?:\(?\s*(?P<sym>[*†‡★☆°+{classify.PICTURES}]|{_TOKEN})\ufe0f?\s*\)?)?"
    ),
    _PARTICIPLE_KEY,
    _MARKS_KEY,
    # "† = optional", "(*) denotes optional", "📖 = required reading"
    lazyre.compile(rf"(?P<sym>[*†‡★☆°{classify.PICTURES}]\ufe0f?)\)?\s*{_KEYED}\s*{_MEANS}\b"),
    # "† optional reading.", "<sup>*</sup> Optional": a key under a table, on its own
    # "* optional background reading (not on the exams)": a word or two before the noun,
    # a remark in brackets after it; "† Optional background: for the curious"
    lazyre.compile(
        rf"(?P<sym>[*†‡★☆°])\s*{_MEANS}(?:(?:\s+[a-z]+){{0,2}}?(?:\s+{_NOUNS})?)?"
        r"(?:\s*\([^()\n]{0,40}\))?\s*(?:[.;,):]|$)",
        re.MULTILINE,
    ),
    # "Papers listed under “Background” are optional", "Papers after Also: or Background:
    # are optional", "Anything listed as Extra or Secondary is optional": labels
    lazyre.compile(
        rf"(?:{_NOUNS}|anything|everything|whatever)\s+"
        r"(?:(?:(?:listed|given|shown|set|tucked|put|placed|kept)\s+(?:under|as|in)"
        r"|(?:tagged|labell?ed)(?:\s+as)?)"
        rf"\s+(?P<label>{_several(_LABEL_NAME)})"
        # else a label is written as one: "Also:", "“Skim”" (not "papers after class")
        rf"|(?:under|after|following)\s+(?P<written>{_several(_LABEL_WRITTEN)}))"
        rf"\s+(?:are|is)\s+{_MEANS}"
    ),
    # "Anything tagged *skim* or *if you have time* is there for the curious": labels,
    # their meaning said in a key's phrase
    lazyre.compile(
        rf"(?:{_NOUNS}|anything|everything|whatever)\s+(?:that\s+)?"
        r"(?:tagged|labell?ed|ends?\s+(?:in|with)|ending\s+(?:in|with))(?:\s+as)?\s+"
        rf"(?!{vocab.alternation(vocab.KEY_WORDS)}\b)(?P<label>{_several(_LABEL_NAME)})\s+"
        r"(?:are|is)\s+"
        r"(?:(?!(?:not|never|no)(?![a-z]))[a-z]+\s+){0,3}?"
        rf"(?P<word>{vocab.alternation(_SAID_WORDS)})\b"
    ),
    # "Anything marked (optional) or listed after **Background:** is there if you want
    # more context": a label written as one, after another mark, said in a key's phrase
    lazyre.compile(
        r"(?:anything|everything|whatever)\s+[^.;:!?]{0,40}?\bor\s+(?:listed|given|put)\s+"
        rf"(?:under|after|following)\s+(?P<written>{_several(_LABEL_WRITTEN)})\s+(?:are|is)\s+"
        rf"(?P<word>{vocab.alternation(_SAID_WORDS)})\b"
    ),
    # "the 'Related' papers are optional": a label named in quotes before the noun
    lazyre.compile(
        r"\bthe\s+[\"“'‘](?P<written>[a-z][a-z -]{0,24})[\"”'’]\s+"
        rf"{_NOUNS}\s+(?:are|is)\s+{_MEANS}"
    ),
    # "Papers under *Related* are optional": a bare word, a label where the page writes
    # it as one ("**Related:** [A](..)"); see _symbol_key
    # "Everything under *Read before class* is required", "Papers listed under *Skim* are
    # optional"
    lazyre.compile(
        rf"(?:{_NOUNS}|anything|everything|whatever)\s+(?:listed\s+)?(?:under|after|following)\s+"
        rf"(?P<bare>{_several(_LABEL_NAME)})\s+(?:are|is)\s+{_MEANS}"
    ),
    # "Each lecture note lists what to read before class under **Readings**; everyone is
    # expected to have read those": what a page lists under a label, then its meaning
    _LISTS_UNDER := lazyre.compile(
        r"(?<![a-z])(?:lists?|puts?|collects?|gathers?)\s+(?:[\w'’]+\s+){0,8}?under\s+"
        # "… under **Readings** (from Lecture 03 on, in a **Required** callout instead); …"
        # "… under its **Readings** tab; …": the tab, box or section the label titles
        rf"(?:(?:its|their|the|each)\s+)?(?P<label>{_several(_LABEL_NAME)})"
        r"(?:\s+(?:tab|box|section|heading|callout)s?\b)?(?:\s*\([^()]{0,120}\))?"
        r"(?:\s*[;,:–—]?\s+(?:and\s+)?(?:(?!(?:not|never|no|nor|nobody|none)(?![a-z]))[a-z]+\s+){0,4}?"
        # "… under **Readings:**. Those are the papers …, and we expect everyone to have
        # read them": the next sentence, about "those", says the meaning
        r"|:?\s*\.\s+(?:those|these|they|that|this)\s"
        r"(?:(?!(?:not|never|no|nor|nobody|none)(?![a-z]))"
        r"[^.;!?]){0,100}?)"
        # "…, and you are expected to have read them": a key's phrase too
        rf"(?P<word>{_SAID_REQUIRED})(?![a-z])"
    ),
)
_LISTED_AFTER = lazyre.compile(
    # "… one paper, listed on the schedule after **Preparation:**. That paper is required"
    r"(?<![a-z])(?:lists?|listed)\s+(?:[\w'’,]+\s+){0,8}?after\s+"
    rf"(?P<label>{_several(_LABEL_NAME)})(?:\s*\([^()]{{0,120}}\))?"
    r":?\s*\.\s+(?:those|these|they|that|this)\s"
    r"(?:(?!(?:not|never|no|nor|nobody|none)(?![a-z]))[^.;!?]){0,100}?"
    rf"(?P<word>{_SAID_REQUIRED})(?![a-z])"
)
"""What a page lists after a label, then in the next sentence its meaning."""
_LISTS_NAMED = lazyre.compile(
    # "Each lecture page lists one **Primary Reading**. Everyone is expected to have read
    # it before class": a label of the page's, its meaning in the next sentence
    r"(?<![a-z])lists\s+(?:one|a|an|its|the|two|three)\s+(?P<label>[a-z][a-z -]{0,30}?)"
    # "Unless a reading is marked *(optional)*, you are expected to have read it": the
    # meaning after the exception's condition
    r"\s*\.\s+(?:unless\s[^,.;!?]{0,60},\s*)?"
    r"(?:(?!(?:not|never|no|nor|nobody|none)(?![a-z]))[^.;!?]){0,80}?"
    rf"(?P<word>{_SAID_REQUIRED})(?![a-z])"
)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    **dict.fromkeys(_STYLE_LEGENDS, ("italic", "bold", "grey", "gray", "black", "yellow")),
    _PARTICIPLE_KEY: ("starred", "asterisked", "daggered"),
    _MARKS_KEY: ("marks", "flags"),
}
"""Words every match of a legend pattern holds: a page without them is not searched."""
_EXCEPT = lazyre.compile(
    # "All readings are required, except those tucked under More, which are optional"
    rf"{_NOUNS}\s+(?:are|is)\s+(?P<rest>{vocab.alternation(vocab.KEY_WORDS)}),?\s+except\s+"
    rf"(?:for\s+)?(?:those|the\s+ones|ones|{_NOUNS})\s+(?:[a-z]+\s+){{0,2}}?(?:under|in)\s+"
    rf"(?P<label>{_several(_LABEL_NAME)}),?\s+(?:which|that)\s+are\s+{_MEANS}"
)
"""A key that names a label's readings and, by exception, all the others."""
_LABEL_SPLIT = lazyre.compile(r"\s*,\s*|\s+or\s+|\s+and\s+")
_SIGNS = {"asterisk": "*", "star": "*", "dagger": "†"}
"""The sign a legend names in words (a star is typed ``*`` in Markdown sources)."""


def _legend_match(patterns: tuple[re.Pattern[str], ...], page_text: str) -> re.Match[str] | None:
    """The first match of the first of *patterns* that matches at a word's start (a
    sign: at a line's start, after a space or an opening parenthesis)."""
    return next(_legend_matches(patterns, page_text), None)


def _legend_matches(
    patterns: tuple[re.Pattern[str], ...], page_text: str
) -> Iterator[re.Match[str]]:
    """Each match of *patterns*, in their order, that starts a word (see above)."""
    text = page_text.lower()
    for pattern in patterns:
        needs = _NEEDS.get(pattern)
        if needs and not any(word in text for word in needs):
            continue  # a word every match holds is not on the page: skip the search
        for match in pattern.finditer(text):
            # "Readings. ⭐ marks ...": a match may open with the space before its sign
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            before = text[start - 1 : start]
            if text[start : start + 1].isalnum():
                if not (before.isalnum() or before == "_"):
                    yield match
            elif before in ("", "(") or before.isspace():
                yield match


def legends(page_text: str) -> tuple[tuple[tuple[str, ...], Requirement], ...]:
    """A page's own key to its readings' styles: "Readings in italics are optional",
    and "**Bold** readings are required" beside it: each style's tags and meaning
    (the first the page gives for a style)."""
    found: dict[tuple[str, ...], Requirement] = {}
    for match in _legend_matches(_STYLE_LEGENDS, page_text):
        found.setdefault(_style_tags(match.group("style")), _meaning(match.group("word")))
    if "read" in page_text.lower():  # "Read the papers in black before class": required
        for match in _legend_matches((_READ_STYLED,), page_text):
            found.setdefault(_style_tags(match.group("style")), "required")
    return tuple(found.items())


_READ_STYLED = lazyre.compile(rf"\bread\s+(?:the\s+)?{_NOUNS}\s+{_STYLED}?in\s+{_STYLE_NAME}\b")
"""A key that tells students to read the readings in a style: those are required."""


def symbol_legend(page_text: str) -> tuple[str, Requirement] | None:
    """A page's key to a mark beside readings, with the mark written or named:
    "Readings marked with * are optional", "† = optional", "Papers marked with an
    asterisk are optional", "Papers listed under 'Background' are optional" (the
    mark is the label ``background:``): the mark and what it means."""
    found = _symbol_key(page_text)
    return (found[0][0], found[1]) if found else None


def _symbol_key(page_text: str) -> tuple[list[str], Requirement] | None:
    """The marks of a page's first key (several labels: "Papers after Also: or
    Background: are optional") and what they mean."""
    match = _legend_match((*_SYMBOL_LEGENDS, _EXCEPT), page_text)
    if match is None:
        return None
    found = match.groupdict()
    name = found.get("name")
    label = found.get("label") or found.get("written")
    if label:  # "Background: [A](u)"
        return _labels(label), _meaning(match.group("word"))
    if found.get("bare"):  # only words the page writes as labels: "related:", or several
        text = page_text.lower()  # words it writes again ("**Read before class**" over a list)
        written = [
            label
            for label in _labels(found["bare"])
            if label in text or (" " in label and text.count(label[:-1]) > 1)
        ]
        return (written, _meaning(match.group("word"))) if written else None
    if found.get("sym"):
        return [found["sym"]], _meaning(match.group("word"))
    if name is None:
        return None
    signs = _NAMED_STARS if _sign_name(name) == "star" else (_SIGNS[_sign_name(name)],)
    return list(signs), _meaning(match.group("word"))


_NAMED_STARS = ("*", "★", "⭐")
"""The signs of a star a key names in words: typed ``*`` in Markdown or drawn (``☆``, a
hollow star, is the other sign of keys that draw two)."""


def _sign_name(word: str) -> str:
    """The sign a key's word names: ``star`` for *stars* and *starred*."""
    word = word.removesuffix("s")
    return word[:-3] if word.endswith("rred") else word.removesuffix("ed")


def _labels(named: str) -> list[str]:
    """The labels a key names, each as a line opens with it: ``"also:", "background:"``
    for ``Also: or “Background”``."""
    return [part.strip("\"“”'‘’*_").rstrip(":").strip() + ":" for part in _LABEL_SPLIT.split(named)]


_KEY_LINE = lazyre.compile(r"(?<!\w)(?:key|legend)\s*:\s*")
_KEY_ITEM = lazyre.compile(
    rf"(?P<sym>[*†‡★☆°{classify.PICTURES}])\ufe0f?\s*(?:[=:]\s*)?(?P<words>[^·•|;,*†‡★☆°"
    rf"{classify.PICTURES}]{{1,40}})[·•|;,]?\s*"
)
"""One entry of a key line: a sign, then the words that say what it is."""


def _key_line(text: str) -> dict[str, Requirement]:
    """The signs a key line keys with a requirement word (``Key: 📘 core reading · 📗
    optional · 🎥 video``: 📘 required, 📗 optional); *text* is lowercased."""
    found: dict[str, Requirement] = {}
    for line in _KEY_LINE.finditer(text):
        position = line.end()
        while (item := _KEY_ITEM.match(text, position)) is not None:
            word = _MEANS_WORD.match(item["words"].strip())
            if word is not None:
                found.setdefault(item["sym"], _meaning(word["word"]))
            position = item.end()
    return found


_TOKEN_ENTRY = lazyre.compile(
    # "(skim): also required, but …" beside "(required): …" and "(optional): …"
    r"(?P<sym>\([a-z]{1,10}\)|\[[a-z]{1,10}\]|\([*†‡]\))\s*"
    r"(?:(?:after|before|next\s+to|beside)\s+(?:a|an|the|each)\s+[a-z]+\s*)?"
    # its words up to a stop or the next token: "(*) = we discuss it in class, required"
    r"(?:=|:|—|–|-)\s*(?P<words>(?:(?!,?\s*[\[(][a-z*†‡]{1,5}[\])])[^;.\n]){1,60})"
)
"""One entry of a key to short tokens: ``[R] = required``, ``(S): a supplementary survey``,
``(grad) after a reading: required for 6590``, ``(*) after a reading: required for PhD
students only``."""
_OPENING_TOKEN = lazyre.compile(r"^\s*[\[(]?(?P<word>[A-Za-z]{1,5})[\])]\s+")
"""A short token opening a title, in brackets (``[R] ``), maybe missing its opening one."""
_TOKEN_LINE = lazyre.compile(
    r"(?:^[ \t]*(?:[-*+•][ \t]+)?|[ \t][-*+•][ \t]+)[*_]*(?P<sym>\[[a-z]{1,5}\]|\([a-z]{1,5}\))"
    r"[*_]*[ \t]+(?P<words>[a-z](?:(?![ \t][-*+•][ \t]+[*_]*[\[(])[^\n]){0,100})"
    # a page's text joins a list's items after its lead: "every reading carries a tag:
    # [r] required: read it before class. [s] supplementary: for the curious."
    r"|(?<=[.:!?])[ \t]+[*_]*(?P<jsym>\[[a-z]{1,5}\]|\([a-z]{1,5}\))[*_]*[ \t]+"
    r"(?P<jwords>(?P<jhead>[a-z]+(?:[ \t][a-z]+)?)[ \t]*[:=—–][^.;\n]{0,100})",
    re.MULTILINE,
)
"""One item of a key listing tokens, each opening its line or list item with its words
after it (``- **[R]** required: read it before the lecture``), the list's lines maybe
joined into one."""
_REQUIREMENT_PHRASE = lazyre.compile(
    rf"\b(?:(?P<req>{vocab.alternation(vocab.REQUIRED)})|{vocab.alternation(vocab.OPTIONAL)})\b"
)
"""A requirement word or phrase of the vocabulary, anywhere in a key's words."""


_TOKEN_SENTENCE = lazyre.compile(
    rf"(?<![a-z])(?:{_NOUNS}|those|ones|anything|everything)\s+"
    r"(?:marked|tagged|labell?ed|flagged|denoted)\s+(?:(?:with|by)\s+)?(?:an?\s+)?"
    rf"[*_]*(?P<sym>{_TOKEN})[*_]*\s+(?:are|is)\s+{_MEANS}(?![a-z])"
)
"""Each sentence keying a short token: "Readings tagged *(R)* are required … Those tagged
*(O)* are optional" (a page's keys past its first)."""


def _token_keys(text: str) -> dict[str, Requirement]:
    """A key to short letter tokens, two or more keyed on one page (``[R] = required,
    [S] = suggested, [B] = background (optional)``; ``(S): a supplementary survey; skim
    it if you have time``): each token whose words hold a requirement word; *text* is
    lowercased."""
    entries = [  # at a word's start: not "x[R] = ..."
        entry
        for entry in _TOKEN_ENTRY.finditer(text)
        if not (
            entry.start()
            and (text[entry.start() - 1].isalnum() or text[entry.start() - 1] in "_])")
        )
    ]
    # "- **[B]** background: older or more mathematical, for the curious (optional)"
    said = [(entry["sym"], entry["words"]) for entry in entries]
    said += [
        (line["sym"] or line["jsym"], line["words"] or line["jwords"])
        for line in _TOKEN_LINE.finditer(text)
        # joined to the text before it, a token's own words open with its meaning
        # ("[r] required: …"), not a next item's label ("[pdf] discussion lead: …")
        if line["sym"] or _REQUIREMENT_PHRASE.search(line["jhead"])
    ]
    found: dict[str, Requirement] = {}
    if len({sym for sym, _ in said}) < 2:
        return found
    for sym, words in said:
        word = _REQUIREMENT_PHRASE.search(words)
        if word is not None:
            found.setdefault(sym, "required" if word["req"] else "optional")
    return found


_SIGN_ENTRY = lazyre.compile(
    # "| 📘 | required |": a legend table's cells run together in the page's text
    rf"(?P<sym>[{classify.PICTURES}])\ufe0f?\s*(?P<words>[a-z][^{classify.PICTURES}]{{0,50}}?)"
    rf"\s*(?=[{classify.PICTURES}]|$)"
)
"""One entry of a run of signs, each followed by a few words (a list that says what the
page's pictures mean)."""


_SIGN_OPENS = lazyre.compile(rf"[{classify.PICTURES}]\ufe0f?\s*[a-z]")
"""A sign, then words: an entry of a legend, however its words end."""


def _sign_list(text: str) -> dict[str, Requirement]:
    """The signs a run of three or more sign entries gives a meaning, with no ``Key:``
    before it (``📕 read before class · 📗 if you want more · 🎧 to listen``): each sign
    whose few words hold a requirement word or phrase of the vocabulary (the first run
    that has one; *text* is lowercased)."""
    position = 0
    while (entry := _SIGN_ENTRY.search(text, position)) is not None:
        run = [entry]
        while (after := _SIGN_ENTRY.match(text, run[-1].end())) is not None:
            run.append(after)
        position = run[-1].end()
        # the run's last entry may go on into the page ("🎥video (talk recording) Schedule
        # Subject to change …": a legend table's last row, then the next heading)
        last = _SIGN_OPENS.match(text, position)
        if len(run) + (last is not None) < 3:
            continue
        found: dict[str, Requirement] = {}
        for item in run:
            said = _REQUIREMENT_PHRASE.search(item["words"])
            if said is not None:
                found.setdefault(item["sym"], "required" if said["req"] else "optional")
            elif (meaning := _said_meaning(item["words"])) is not None:
                found.setdefault(item["sym"], meaning)  # "★★ Everyone reads it closely"
        if found:
            return found
    return {}


_KEY_REQUIRED = lazyre.compile(
    rf"(?<![a-z])(?:{vocab.alternation(vocab.REQUIRED)}|{vocab.alternation(vocab.EVERYONE_READS)}"
    rf"|{vocab.alternation(vocab.KEY_REQUIRED_PHRASES)})(?![a-z])"
)
_KEY_OPTIONAL = lazyre.compile(
    rf"(?<![a-z])(?:{vocab.alternation(vocab.OPTIONAL)}"
    rf"|{vocab.alternation(vocab.KEY_OPTIONAL_PHRASES)})(?![a-z])"
)
_NEGATED = lazyre.compile(r"(?<![a-z])(?:not|never|no|nor)(?![a-z])|n['’]t(?![a-z])")
_NOT_EXAMINED = lazyre.compile(rf"(?<![a-z]){vocab.alternation(vocab.NOT_EXAMINED)}(?![a-z])")
_CLAUSE_END = lazyre.compile(r"[.;:!?]+(?:\s|$)|\n")


def _said_meaning(words: str) -> Requirement | None:
    """The one meaning a key's *words* say: a requirement word, "everyone reads" or a
    key's phrase (``you are expected to have read``: required; ``for your own interest``:
    optional); None when they say none, both, or negate one. "Will not be on the
    midterm" negates nothing, and says optional where nothing else is said."""
    examined = _NOT_EXAMINED.search(words) if "n" in words else None
    words = _NOT_EXAMINED.sub(" ", words) if examined else words
    if _NEGATED.search(words):
        return None
    required, optional = _KEY_REQUIRED.search(words), _KEY_OPTIONAL.search(words)
    optional = optional or (examined if required is None else None)
    if bool(required) == bool(optional):
        return None
    return "required" if required else "optional"


_LEGEND_HEADERS = lazyre.compile(
    r"^\W*(?:marks?|signs?|symbols?|icons?|markers?|tags?|labels?)\W*$", re.IGNORECASE
)
_MEANING_HEADERS = lazyre.compile(r"^\W*(?:meaning|means|what it means|description)\W*$", re.I)


def legend_table(table: LexborNode) -> dict[str, Requirement]:
    """What a legend table says of each sign (``| Mark | Meaning |`` over a row per sign:
    ``📖 | Everyone reads it and posts a review before class``): per sign as its first
    cell writes it (an icon element as :mod:`.icons` signs it), the meaning its second
    cell says in a key's words (:func:`_said_meaning`, or a requirement word)."""
    rows = table.css("tr")
    if len(rows) < 2:
        return {}
    header = [text_of(cell) for cell in rows[0].css("th, td")]
    if len(header) < 2 or not (
        _LEGEND_HEADERS.match(header[0]) and _MEANING_HEADERS.match(header[1])
    ):
        return {}
    found: dict[str, Requirement] = {}
    for row in rows[1:]:
        cells = row.css("td, th")
        if len(cells) < 2:
            continue
        sign = text_of(cells[0]).lower().strip()
        words = text_of(cells[1]).lower()
        said = _REQUIREMENT_PHRASE.search(words)
        meaning = _said_meaning(words) or (
            ("required" if said["req"] else "optional") if said is not None else None
        )
        if sign and len(sign) <= 12 and meaning is not None:
            found.setdefault(sign, meaning)
    return found


_NAMING_WORDS = r"(?<![a-z])(?:under|after|follows?|following|as|and|or|the)"
_NAMING = lazyre.compile(rf"{_NAMING_WORDS}\s+$")
"""Words before a label that name it, colon or not (``everything under Read before
class:``), where a label followed by its colon is otherwise the label in use."""


_LIST_JOIN = lazyre.compile(r"\s*(?:,\s*)?(?:(?:and|or|&|/)\s*)?")
"""What joins the labels of one list (``Go deeper and Rabbit holes``, ``A, B or C``)."""


def _parts_between_uses(clause: str, named: re.Pattern[str]) -> list[str]:
    """*clause* cut at each label in use (``Main paper: [A]``, its colon after it and
    no naming word before it: an entry's, not a key's), those labels left out."""
    parts: list[str] = []
    start = 0
    for match in named.finditer(clause):
        colon = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?:", clause[match.end() :])
        if colon and not _NAMING.search(clause[: match.start()]):
            parts.append(clause[start : match.start()])
            start = match.end() + colon.end()
    parts.append(clause[start:])
    return parts


_POINTED = lazyre.compile(r"\b(?:under|after|following)\s+[\"“'‘*_]*\Z")
"""A naming word right before a label (searched up to the label's start)."""


def pointed_labels(text: str, candidates: Collection[str]) -> set[str]:
    """Those of *candidates* (a page's headings) a key's *text* names right after a
    pointing word ("Everything under **Read** is required", "Papers under “Skim”"), or
    as what each page lists ("Each lecture page lists its readings"): the page's labels,
    for that key."""
    lowered = text.lower()
    if not _NAMING_WORD.search(lowered) and " lists " not in lowered:
        return set()
    return {
        label
        for label in candidates
        for found in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", lowered)
        if _POINTED.search(lowered, 0, found.start())
        or _LISTS_ONE.search(lowered, 0, found.start())
    }


_LISTS_ONE = lazyre.compile(r"\blists\s+(?:its|one|a|an|the|two|three)\s+[\"“'‘*_]*\Z")
"""What each page lists, right before a label ("Each lecture page lists its readings")."""


def _label_sentences(text: str, labels: Collection[str]) -> dict[str, Requirement]:
    """The labels a key names in a sentence of its own words, with the meaning the
    clause gives them ("You're responsible for everything under *Read before class*",
    "*Go deeper* and *Rabbit holes* are for your own interest", "Everyone reads the
    discussion paper"): each of *labels* (those the page writes as labels:
    :func:`readlist.extract.dom.written_labels`) named in a clause, as one list, with
    one meaning besides the labels' own words (a requirement word or a key's phrase,
    not negated); *text* is lowercased."""
    if not labels:
        return {}
    every = _one_of(labels)
    # "whatever follows **Read:** or **Core:** is ...": a label named with its colon
    # after a naming word is a name (even "Read:"), and its colon ends no clause
    with_colon = re.compile(rf"({_NAMING_WORDS}\s+)({every})\s*:")
    named_with_colon = {match.group(2) for match in with_colon.finditer(text)}
    # "the papers listed under “Readings”", "Papers under **Readings** are required":
    # a label of reading nouns is the page's when the key points under it by name
    named_under = {
        match.group(0)
        for match in re.finditer(rf"(?<![\w-])(?:{every})(?![\w-])", text)
        if _POINTED.search(text, 0, match.start())
    }
    written = {
        label
        for label in labels
        if (not classify.names_material(label) or _marks_papers(label, text))
        # "optional:" says its meaning itself; "papers:" names every reading, no label
        and classify.label_requirement(label)[1] is None
        and (
            label in named_with_colon
            or label in named_under
            or not set(label.split()) <= set(vocab.MARKER_NOUNS)
        )
        # a pill naming the kind of entry ("**Lecture**{: .label }"): "listed under a
        # lecture" names the entry, not a label
        and label not in vocab.ENTRY_NOUNS
    }
    if not written:
        return {}
    named = re.compile(_one_of(written))
    found: dict[str, Requirement] = {}
    text = with_colon.sub(r"\1\2", text)
    # such a label of reading nouns is named only where the key points under it: its
    # word elsewhere is the noun ("Readings in an Optional box are not required")
    nouns_only = {
        label
        for label in written & named_under
        if label not in named_with_colon and set(label.split()) <= set(vocab.MARKER_NOUNS)
    }
    if nouns_only:
        text = re.sub(
            rf"(?<![\w-])({_one_of(nouns_only)})(?![\w-])",
            lambda m: (
                m.group(0) if _POINTED.search(text, 0, m.start()) else "\x00" * len(m.group(0))
            ),
            text,
        )
    clauses = _clauses(text)
    for at, (clause, stop) in enumerate(clauses):
        # "(Udupa et al., PLDI 2013; optional) Also: [B]": the words up to a bracket
        # opened before the clause are that bracket's, a remark on a link, no key's
        clause = _after_open_bracket(clause)
        parts = _parts_between_uses(clause, named)
        for number, part in enumerate(parts, 1):
            if part.count(" ") > 30:
                continue  # a key says it in a sentence, not a page's run of entries
            # "elective papers are there if you want more, and a deep cut is ...": each
            # label in its own clause, where the sentence names them apart
            pieces = [part] if _named_as_one(part, named) else _AND_BUT.split(part)
            for index, piece in enumerate(pieces):
                mentions = _mentions(piece, named)
                if not mentions or not _named_as_one(piece, named):
                    continue  # labels named apart ("before class ..., and an optional deep dive")
                # the list's own mentions out, a label's word used later kept ("Read:
                # ... you are expected to have read it")
                words = _without_first(piece, named)
                meaning = _said_meaning(words)
                last = number == len(parts) and index == len(pieces) - 1
                if meaning is None and last and stop == ";":
                    # "papers tagged for discussion are the ones the panel presents;
                    # everyone reads those too": a short clause that refers back
                    later = clauses[at + 1][0] if at + 1 < len(clauses) else ""
                    meaning = _referred_back(words, later, named)
                if meaning is None:
                    continue  # no meaning, or both: not a key to these labels
                for label in mentions:
                    found.setdefault(f"{label}:", meaning)
    return found


def _after_open_bracket(clause: str) -> str:
    """*clause* after the last ``)`` that closes a bracket opened before it."""
    depth = 0
    cut = 0
    for index, char in enumerate(clause):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth:
                depth -= 1
            else:
                cut = index + 1
    return clause[cut:]


_AND_BUT = lazyre.compile(r",\s+(?=(?:and|but)\s)")
"""Where a sentence's clauses meet: ", and a deep cut is ...", ", but ..."."""
_BACK = lazyre.compile(r"(?<![a-z])(?:those|these|they|them)(?![a-z])")
"""A word that refers back to what the clause before names."""


def _clauses(text: str) -> list[tuple[str, str]]:
    """*text* cut at each clause's end (:data:`_CLAUSE_END`): each clause and the stop
    that ends it (``;``, ``.``, a line break; ``""`` for the last)."""
    clauses: list[tuple[str, str]] = []
    start = 0
    for end in _CLAUSE_END.finditer(text):
        clauses.append((text[start : end.start()], end.group(0).strip()[:1]))
        start = end.end()
    clauses.append((text[start:], ""))
    return clauses


def _mentions(part: str, named: re.Pattern[str]) -> list[str]:
    """Each label *named* finds in *part*, once, in the order first named."""
    return list(dict.fromkeys(match.group(0) for match in named.finditer(part)))


def _marks_papers(label: str, text: str) -> bool:
    """Whether the key names *label* as what marks papers ("each session's paper marked
    **Review** is required"): a label that is also a material word (a review form,
    slides) then marks readings."""
    marked = rf"{_NOUNS}\s+(?:marked|tagged|labell?ed|flagged)\s+(?:as\s+|with\s+)?[\"“'‘*_(\[]*"
    return re.search(rf"{marked}{re.escape(label)}(?![a-z])", text) is not None


def _one_of(labels: Collection[str]) -> str:
    """A pattern for any of *labels* as whole words, the longest first."""
    ordered = sorted(labels, key=len, reverse=True)
    return r"(?<![a-z])(?:" + "|".join(re.escape(label) for label in ordered) + r")(?![a-z])"


def _without_first(part: str, named: re.Pattern[str]) -> str:
    """*part* with each label's first mention *named* finds blanked out: the first after
    a naming word where there is one ("expected to have read the papers after read"),
    so that a label's word a key's phrase uses before it stays."""
    first: dict[str, int] = {}
    named_at: dict[str, int] = {}
    for match in named.finditer(part):
        first.setdefault(match.group(0), match.start())
        if _NAMED_BEFORE.search(part[: match.start()]):
            named_at.setdefault(match.group(0), match.start())
    starts = {named_at.get(label, at) for label, at in first.items()}
    return named.sub(lambda m: " " if m.start() in starts else m.group(0), part)


_NAMED_BEFORE = lazyre.compile(rf"{_NAMING_WORDS}\s+(?:the\s+)?$")
"""A naming word right before a mention: the label named, not a word of the key's."""


def _named_as_one(part: str, named: re.Pattern[str]) -> bool:
    """Whether the labels *part* names are named as one list (``Go deeper and Rabbit
    holes``), each label's first mention next to the next's."""
    first: dict[str, re.Match[str]] = {}
    for match in named.finditer(part):
        first.setdefault(match.group(0), match)
    mentions = sorted(first.values(), key=lambda match: match.start())
    return all(
        _LIST_JOIN.fullmatch(part[one.end() : two.start()])
        for one, two in zip(mentions, mentions[1:], strict=False)
    )


def _referred_back(words: str, later: str, named: re.Pattern[str]) -> Requirement | None:
    """The meaning a short clause after a semicolon gives what the clause before names
    (``…; everyone reads those too``): only where the clause before says none itself,
    and the later one names no label, refers back (``those``, ``they``) in at most
    eight words and says one meaning."""
    if _KEY_REQUIRED.search(words) or _KEY_OPTIONAL.search(words) or _NEGATED.search(words):
        return None
    if len(later.split()) > 8 or named.search(later) or not _BACK.search(later):
        return None
    return _said_meaning(later)


_FILLS = {"filled": 0, "solid": 0, "black": 0, "hollow": 1, "empty": 1, "open": 1, "white": 1}
_SHAPES = {"star": "★☆", "circle": "●○", "dot": "●○", "square": "■□"}
_SIGN_NAMED = (
    rf"(?P<fill>{'|'.join(_FILLS)})\s+(?P<shape>{'|'.join(_SHAPES)})s?"
    rf"|(?P<sym>[*†‡★☆°+{classify.PICTURES}])\ufe0f?"
)
"""A sign drawn, or named by its fill and shape (``a filled star``: ★, ``hollow stars``:
☆)."""
_SIGN_SAID = lazyre.compile(
    # "The paper marked 🌟 is the one we discuss: everyone reads it": a colon's clause too
    rf"(?:{_NOUNS}\s+(?:(?:marked|flagged)\s+(?:(?:with|by)\s+)?|(?:with|by)\s+)(?:an?\s+|the\s+)?"
    # "; hollow stars are background for the curious": the sign as the clause's subject
    rf"|(?<=[;,]\s)(?:and\s+)?(?:the\s+)?(?=\S+\s+\S*\s*(?:are|is|mean|means|mark|marks)\b))"
    # (a colon right after the sign opens other words: "Papers with a ★: we discuss them")
    rf"(?:{_SIGN_NAMED})(?P<rest>(?!\s*:)(?:(?!,\s+(?:and|but)\b)(?:[^.;:!?]|:\s)){{0,160}})"
)
"""A key that says in its own words what its sign means: "Papers with a ✅ in front of
them (a few older rows still show a ✔ instead) are the ones everyone should have read"."""
_ALIAS_INSTEAD = lazyre.compile(
    rf"\(?(?P<sym>[*†‡★☆✓✔°+{classify.PICTURES}])\ufe0f?\)?\s+instead\s+of\s+"
    rf"(?:an?\s+|the\s+)?\(?(?P<of>[*†‡★☆✓✔°+{classify.PICTURES}])"
)
"""A sign written in place of another, in a sentence of its own: "Older rows mark the
discussion paper with (*) instead of 🌟"."""
_SIGN_EQUALS = lazyre.compile(
    rf"(?P<sym>[*†‡★☆°+{classify.PICTURES}])\ufe0f?\s*(?:=|means)\s+(?P<rest>[^.;!?]{{0,160}})"
)
"""A key that writes its sign, then what it means in its own words: "★ = we take the
paper apart in class, and everyone is expected to have read it"."""
_REMARK = lazyre.compile(r"\([^()]*\)")
_ALIAS = lazyre.compile(
    rf"\b(?:instead|or)\b.*?(?P<sym>[*†‡★☆°+{classify.PICTURES}])|"
    rf"(?P<sym2>[*†‡★☆°+{classify.PICTURES}])\ufe0f?[^()]*\binstead\b"
)


def _signs_equal(text: str) -> dict[str, Requirement]:
    """The signs keys write and then give a meaning in their own words
    (:data:`_SIGN_EQUALS`); *text* is lowercased."""
    found: dict[str, Requirement] = {}
    for match in _legend_matches((_SIGN_EQUALS,), text) if "=" in text or "means" in text else ():
        meaning = _said_meaning(_REMARK.sub(" ", match["rest"]))
        if meaning is not None:
            found.setdefault(match["sym"], meaning)
    return found


def _signs_said(text: str) -> dict[str, Requirement]:
    """The signs keys give a meaning in their own words (:data:`_SIGN_SAID`, the
    meaning by :func:`_said_meaning`, a bracketed remark left out), and the sign a
    remark names as written in its place (``(older rows show a ✔ instead)``, ``(or
    ✔)``); *text* is lowercased."""
    found: dict[str, Requirement] = {}
    for match in _legend_matches((_SIGN_SAID,), text):
        meaning = _said_meaning(_REMARK.sub(" ", match["rest"]))
        if meaning is None:
            continue
        sign = match["sym"] or _SHAPES[match["shape"]][_FILLS[match["fill"]]]
        found.setdefault(sign, meaning)
        for remark in _REMARK.finditer(match["rest"]):
            alias = _ALIAS.search(remark.group(0))
            if alias is not None:
                found.setdefault(alias["sym"] or alias["sym2"], meaning)
    return found


_READ_SIGN = rf"[*†‡★☆✓✔{classify.PICTURES}]"
_READ_SIGNS = lazyre.compile(
    # "Please read the starred (*) papers before class", "You must read the papers
    # marked with ⭐", "Read the papers with a check mark ✓ before lecture": an
    # imperative to read the readings a sign marks
    # "read" opens the match (a literal the search skips ahead to): after "need to" or
    # "expected to", else not as a clause's verb after its subject, an auxiliary or a
    # negation ("students who read …", "do not read …")
    r"(?<![a-z])(?:(?<=need\sto\s)|(?<=expected\sto\s)|(?<=to\shave\s)"
    r"|(?<!who\s)(?<!to\s)(?<!have\s)(?<!had\s)(?<!we\s)(?<!they\s)(?<!you\s)(?<!i\s)"
    r"(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s))read\s+"
    r"(?:the\s+|all\s+(?:the\s+)?)?"
    rf"(?:(?P<name>starred|asterisked|daggered)\s+(?:\(\s*(?P<psym>{_READ_SIGN})\ufe0f?\s*\)\s+)?{_NOUNS}"
    rf"|{_NOUNS}\s+(?:(?:marked|flagged)\s+)?(?:with|by)\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:check\s*mark|tick|star|asterisk|dagger|pin)\s+)?\(?\s*(?P<sym>{_READ_SIGN})\ufe0f?\s*\)?"
    # "Everyone is expected to have read the 🔥 papers": the sign before the noun
    rf"|(?P<before>{_READ_SIGN})\ufe0f?\s+{_NOUNS})"
    r"(?P<rest>[^.;:!?\n]{0,80})",
    re.MULTILINE,
)


_ANY_READ_SIGN = lazyre.compile(rf"{_READ_SIGN}|starred|asterisked|daggered")


def _reads_signs(text: str) -> dict[str, Requirement]:
    """The signs a key tells students to read the readings of (:data:`_READ_SIGNS`):
    required, or optional where the rest of its clause offers them ("… if you have
    time"); none where it negates. *text* is lowercased."""
    found: dict[str, Requirement] = {}
    if _ANY_READ_SIGN.search(text) is None:
        return found  # no sign and no sign's name: nothing to search for
    for match in _READ_SIGNS.finditer(text):
        if _NEGATED.search(match["rest"]):
            continue
        meaning = _said_meaning(match["rest"]) or "required"
        sym, name = match["sym"] or match["psym"] or match["before"], match["name"]
        if sym:
            signs: tuple[str, ...] = (sym,)
        elif name == "starred":
            signs = _NAMED_STARS
        else:  # "asterisked", "daggered"
            signs = (_SIGNS[_sign_name(name)],)
        for sign in signs:
            found.setdefault(sign, meaning)
    return found


_COUNTS = {"one": 1, "a single": 1, "single": 1, "two": 2, "double": 2, "three": 3}
_COUNTS |= {"triple": 3, "four": 4, "five": 5}
_COUNT = rf"(?:{'|'.join(_COUNTS)}|[1-5])"
_RUN_SIGNS = rf"*†‡★☆!+✓✔{classify.PICTURES}"
_RUN_SAID = lazyre.compile(
    # "two stars (★★) means read it closely", "three bangs (!!!) = required"
    rf"(?P<count>{_COUNT})\s+[a-z]+(?:\s+[a-z]+)?\s*\(\s*"
    rf"(?P<run>(?P<sym>[{_RUN_SIGNS}])\ufe0f?(?:(?P=sym)\ufe0f?)*)\s*\)\s*"
    r"(?:means?|is|are|marks?|=|:|—|–)\s*"
    # up to the next sign's clause (", one star (★) means ...") or ", and"/", but"
    rf"(?P<rest>(?:(?!,\s+(?:(?:and|but)\b|{_COUNT}\s))[^.;:!?]){{0,160}})"
)
"""A key to a sign drawn in runs, each run named by its count with the run drawn in
brackets, saying what it means in its own words: "two stars (★★) means read it
closely before class, one star (★) means a skim is enough"."""


def _runs_said(text: str) -> dict[str, Requirement]:
    """Each run of a sign a key names by its count (:data:`_RUN_SAID`), keyed as drawn
    (``★★``, ``!!!``) with the meaning its words say; a count that is not the run's
    length names none. *text* is lowercased."""
    found: dict[str, Requirement] = {}
    for match in _legend_matches((_RUN_SAID,), text):
        run = match["run"].replace("\ufe0f", "")
        count = match["count"]
        if (int(count) if count.isdigit() else _COUNTS[count]) != len(run):
            continue
        meaning = _said_meaning(_REMARK.sub(" ", match["rest"]))
        if meaning is not None:
            found.setdefault(run, meaning)
    return found


_SIGN_NAMED_ONLY = lazyre.compile(
    # "the paper marked ★ is the one we take apart in class", "papers with a ★ …"
    rf"{_NOUNS}\s+(?:(?:marked|flagged|denoted)\s+(?:(?:with|by)\s+)?|with\s+)"
    rf"(?:an?\s+|the\s+)?\(?\s*(?P<sym>[*†‡★☆°+{classify.PICTURES}])"
    # "★ marks the paper we discuss in each session": the sign opening its clause
    rf"|(?:^|(?<=[.;:!?]\s)|(?<=\n))\(?(?P<opens>[*†‡★☆°+{classify.PICTURES}])\ufe0f?\)?\s+"
    r"(?:marks|flags|denotes|indicates|means|=)\s",
    re.MULTILINE,
)
"""A key's sign, named as the readings' mark without saying what it means."""
_SENTENCE_END = lazyre.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _signs_left_to_others(text: str) -> dict[str, Requirement]:
    """The signs a key names but gives no meaning, in the sentence that says what the
    others are ("★ marks the paper we discuss in each session; everything else below is
    optional background"): the other meaning (required). *text* is lowercased."""
    found: dict[str, Requirement] = {}
    if not any(word in text for word in ("other", "else", "rest", "unmarked", "without")):
        return found
    for others in _OTHERS.finditer(text):
        near = text[max(0, others.start() - 160) : others.start()]
        ends = list(_SENTENCE_END.finditer(near))
        near = near[ends[-1].end() :] if ends else near
        meaning: Requirement = "required" if _meaning(others["word"]) == "optional" else "optional"
        for named in _SIGN_NAMED_ONLY.finditer(near):
            found.setdefault(named["sym"] or named["opens"], meaning)
    return found


_UNLESS_LABELLED = lazyre.compile(
    rf"\b(?:{_NOUNS}|everything|all)(?:\s+listed)?\s+(?:are|is)\s+{_MEANS}\b"
    # "… unless they sit in an Optional or Background tab", "… unless it carries an
    # optional tag or sits under Background"
    r"(?:,?\s+[a-z]+){0,3}?,?\s+unless\s+(?:they|it)\s+(?:[^.;]{0,40}?\s+or\s+)?"
    r"(?:sits?|appears?|are|is)\s+"
    rf"(?:in|under)\s+(?:an?\s+|the\s+)?(?!(?:an?|the)\s)(?P<labels>{_several(_LABEL_NAME)})\s+"
    r"(?:tab|box|section|list|heading|column|callout)s?\b"
)
_UNLESS_UNDER = lazyre.compile(
    rf"\b(?:{_NOUNS}|everything|all)(?:\s+listed)?\s+(?:are|is)\s+{_MEANS}\b"
    r"(?:,?\s+[a-z]+){0,3}?,?\s+unless\s+(?:(?:they|it)\s+(?:[^.;]{0,40}?\s+or\s+)?"
    # "… unless listed under **Background**: those are for …"
    r"(?:sits?|appears?|are|is|comes?)|(?:(?:they|it)\s+(?:are|is)\s+)?(?:listed|placed|put))\s+"
    # "… unless they come after *Optional:* in their cell"
    rf"(?:under|after)\s+(?!(?:an?|the)\s)(?P<labels>{_several(_LABEL_NAME)})"
    r"(?:\s+in\s+(?:their|its|the|each|a)\s+(?:cell|row|item|line|list|entry))?(?=\s*[.;,:]|$)"
)
"""A key naming by exception the labels whose readings are the other kind: "Readings
are required unless they sit in an **Optional** or **Background** tab" (or "… unless it
carries an optional tag or sits under **Background**", "… unless listed under
**Background**": ``_UNLESS_UNDER``)."""


_UNLESS_TAGGED = lazyre.compile(
    rf"\b(?:{_NOUNS}|everything|all)(?:\s+listed)?\s+(?:are|is)\s+{_MEANS}\b"
    r"(?:,?\s+[a-z]+){0,3}?,?\s+unless\s+(?:they|it)\s+"
    r"(?:carry|carries|have|has|bear|bears|wear|wears|get|gets)\s+(?:an?\s+|the\s+)?"
    rf"(?P<labels>{_several(_LABEL_NAME)})\s+(?:tag|label|badge|pill|mark)s?\b"
)
"""An exception naming the labels a reading carries: "Readings are required unless they
carry an **Optional** or **Background** tag"."""
_UNLESS_FRONTED = lazyre.compile(
    r"\bunless\s+(?:[^.;]{0,40}?\s+or\s+)?(?:(?:listed|placed|put|set)\s+)?(?:under|after)\s+"
    rf"(?!(?:an?|the)\s)(?P<labels>{_several(_LABEL_NAME)})\s*,\s*(?:every|all|each|any)\b"
    rf"[^.;]{{0,60}}?\s(?:are|is)\s+{_MEANS}\b"
)
"""The exception said first: "Unless marked *(optional)* or listed after
**Background:**, every paper in the Readings column is required"."""


_READ_EVERY_UNLESS = (
    rf"(?:\bread|\b{vocab.alternation(vocab.EVERYONE_READS)})\s+"
    rf"(?:every|each|all(?:\s+the)?|the)\s+{_NOUNS}\b[^.;:!?]{{0,60}}?,?\s+unless\s+"
    rf"(?:(?:it\s+is|they\s+are|(?:an?\s+|the\s+)?{_NOUNS}\s+(?:is|are))\s+)?"
    r"(?:marked|noted|labell?ed|tagged|listed)\s+(?:(?:as|under|with)\s+)?(?:an?\s+)?"
)
"""A key telling students to read every reading, up to the mark of the exception
("Read every paper listed …, unless it is marked", "Everyone reads the papers …, unless a
paper is tagged"): :data:`_READ_UNLESS_TAGGED` and :data:`_READ_UNLESS` go on from it."""
_TAG_NAME = r"[\"“'‘*_]{0,2}[(\[]?[a-z][a-z -]{0,24}?[)\]]?:?[\"”'’*_]{0,2}"
"""A tag a key names, maybe written in its brackets (``*(background)*``)."""
_READ_UNLESS_TAGGED = lazyre.compile(
    rf"{_READ_EVERY_UNLESS}(?P<labels>{_several(_TAG_NAME)})(?=\s*[.;,]|$)"
)
"""A key telling students to read every reading but those of the tags it names:
"Everyone reads the papers listed for a session, unless a paper is tagged *(optional)*
or *(background)*": those tags' readings are optional."""


_UNLESS_LABELS = (_UNLESS_LABELLED, _UNLESS_UNDER, _UNLESS_FRONTED, _UNLESS_TAGGED)
"""Keys that say what every reading is but those under or carrying the labels they
name."""


def _labels_by_exception(text: str) -> dict[str, Requirement]:
    """Each label a key names by exception (:data:`_UNLESS_LABELLED`,
    :data:`_READ_UNLESS_TAGGED`), that is no requirement word itself: the other
    requirement. *text* is lowercased."""
    found: dict[str, Requirement] = {}
    if "unless" not in text:
        return found
    excepted: list[tuple[str, Requirement]] = [
        (match["labels"], "optional" if _meaning(match["word"]) == "required" else "required")
        for match in _legend_matches(_UNLESS_LABELS, text)
    ]
    excepted += [(m["labels"], "optional") for m in _READ_UNLESS_TAGGED.finditer(text)]
    for labels, meaning in excepted:
        for label in _labels(re.sub(r"[()\[\]]", "", labels)):
            if classify.prefix_requirement(label.rstrip(":")) is None:
                found.setdefault(label, meaning)
    return found


_UNDER_WRITTEN_SAID = lazyre.compile(
    # "The course notes listed after **Notes:** in each row are required reading"
    rf"(?:{_NOUNS}|anything|everything|whatever|[a-z]+(?=\s+listed))\s+(?:listed\s+)?"
    # "Links starting with *Reading:* are required": a label the link's text opens with
    r"(?:under|after|following|(?:(?:that\s+)?(?:start(?:s|ing)?|begin(?:s|ning)?)|prefixed)\s+(?:with|by))"
    rf"\s+[*_]*(?P<labels>{_several(_LABEL_WRITTEN)})[*_]*"
    r"(?:\s+(?:in|on|for)\s+(?:each|every|the)\s+[a-z]+)?\s+(?:are|is)\s+"
    r"(?P<rest>(?:(?!\s(?:and|but)\s)[^.;!?,]){1,80})"
)
"""A key's sentence naming labels written as labels (with their colons, or quoted), and
the meaning its first clause says of them in its own words (:func:`_said_meaning`; not
"and will not be on the midterm" after it)."""


_UNLESS_BOX = lazyre.compile(
    rf"\bunless\s+(?:an?\s+|the\s+)?{_NOUNS}\s+(?:is|are|sits?|appears?)\s+(?:in|inside)\s+"
    r"(?:an?\s+|the\s+)?[\"“'‘*_]*[a-z][a-z -]{1,24}?[\"”'’*_]*\s+"
    r"(?:box|boxes|callouts?|admonitions?),?\s+(?P<rest>[^.;!?]{1,100})"
)
"""A key whose condition is a box by its title: "Unless a paper sits in a **Note** box, you
are expected to have read it" (the meaning of the readings outside such boxes)."""
_BOX_TITLE_KEY = lazyre.compile(
    rf"{_NOUNS}\s+(?:in|inside)\s+(?:an?|the)\s+"
    r"[\"“'‘*_]*(?P<label>[a-z][a-z -]{1,24}?)[\"”'’*_]*"
    r"\s+(?:box|boxes|admonitions?|callouts?)\s+(?:are|is)\s+(?P<rest>[^.;!?,]{1,60})"
)
"""A key naming boxes by their title: "Papers in a **Note** box are optional"."""
_NAMING_WORD = lazyre.compile(r" (?:under|after|following|with|by) ")
"""A word :data:`_UNDER_WRITTEN_SAID` names labels after (a quick test before it)."""


def symbol_legends(
    page_text: str, labels: Collection[str] = (), key_text: str | None = None
) -> tuple[tuple[str, Requirement], ...]:
    """Every sign a page's key gives a meaning: :func:`symbol_legend`'s (each label of
    one that names several), each entry of a key that lists several (``📖 =
    required reading · ➕ = optional reading``), each run of a sign a key names by its
    count (``two stars (★★) means ...``: :func:`_runs_said`), and each of the page's
    *labels* a sentence of the key names (:func:`_label_sentences`, in *key_text*: the
    page's text without the tags it writes after links, where given)."""
    key = _symbol_key(page_text)
    text = page_text.lower()
    found = dict.fromkeys(key[0], key[1]) if key else {}
    if " under " in text:  # "lists its papers under **Read before class**; everyone
        # is expected to have read those. Papers under **Further reading** are optional"
        for match in _legend_matches((_LISTS_UNDER,), page_text):
            for label in _labels(match["label"]):
                found.setdefault(label, _meaning(match["word"]))
    if " after " in text:
        for match in _legend_matches((_LISTED_AFTER,), page_text):
            for label in _labels(match["label"]):
                found.setdefault(label, _meaning(match["word"]))
    if labels and " lists " in text:
        named = {label.lower().rstrip(":") for label in labels}
        for match in _LISTS_NAMED.finditer(text):
            # not "… lists its readings. Required readings should be done before class":
            # a sentence of those of them its word names, not of all it lists
            label = match["label"].strip()
            if label in named and not text.startswith(f" {label}", match.end("word")):
                found.setdefault(f"{match['label'].strip()}:", _meaning(match["word"]))
    if " box" in text or " admonition" in text or " callout" in text:
        # "Papers in a **Note** box are optional": the boxes titled so (docutils' "Note")
        for match in _legend_matches((_BOX_TITLE_KEY,), page_text):
            meaning = _said_meaning(match["rest"])
            if meaning is not None:
                found.setdefault(f"{match['label'].strip()}:", meaning)
    if _NAMING_WORD.search(text):
        # each sentence naming labels written as labels: "Papers under Optional: and
        # Background: are for going deeper", after a first key of another label
        for match in _legend_matches((_UNDER_WRITTEN_SAID,), page_text):
            meaning = _said_meaning(match["rest"])
            if meaning is not None:
                for label in _labels(match["labels"]):
                    found.setdefault(label, meaning)
    if "key" in text or "legend" in text:
        found = _key_line(text) | found
    found = _token_keys(text) | found
    if "(" in text or "[" in text:  # "Readings tagged (R) are required. Those tagged (O) …"
        found = {
            m["sym"]: _meaning(m["word"]) for m in reversed(list(_TOKEN_SENTENCE.finditer(text)))
        } | found
    if not found:
        found = _sign_list(text)  # "- 📕 read before class  - 📗 if you want more"
    said = _label_sentences(text if key_text is None else key_text.lower(), labels)
    excepted = _labels_by_exception(text)
    # "All readings are required unless listed under Background:": the label the
    # exception names is the other kind, whatever the sentence's word says of the rest
    said = {label: meaning for label, meaning in said.items() if label not in excepted}
    found = _reads_signs(text) | _runs_said(text) | _signs_said(text) | said | found
    found = _signs_left_to_others(text) | excepted | found
    found |= {sign: meaning for sign, meaning in _signs_equal(text).items() if sign not in found}
    for alias in _ALIAS_INSTEAD.finditer(text) if " instead of " in text else ():
        # "older rows mark the discussion paper with (*) instead of 🌟"
        if alias["of"] in found:
            found.setdefault(alias["sym"], found[alias["of"]])
    if not found:
        return ()
    for match in _KEY_ENTRY.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if before in ("", "(") or before.isspace():
            word = match.group("word")
            found.setdefault(match.group("sym"), _meaning(word))
    return tuple(found.items())


_COLUMN_KEY = lazyre.compile(
    rf"(?:everything|all|{_NOUNS})\s+(?:(?:listed|given|shown)\s+)?(?:in|under)\s+the\s+"
    rf"[\"“'‘*_]*(?P<column>[a-z][\w /&-]{{0,30}}?)[\"”'’*_]*\s+column\s+(?:is|are)\s+{_MEANS}"
)
"""A key to a table's column: "Everything in the Prepare column is required"."""
_EVERYONE_COLUMN_KEY = lazyre.compile(
    rf"\b{vocab.alternation(vocab.EVERYONE_READS)}\s+(?:the\s+{_NOUNS}|everything|all|"
    r"what(?:'s|’s|\s+is))\s+(?:(?:listed|given|shown)\s+)?(?:in|under)\s+the\s+"
    r"[\"“'‘*_]*(?P<column>[a-z][\w /&-]{0,30}?)[\"”'’*_]*\s+column\b"
)
"""A key telling everyone to read a column: "Everyone reads the paper in the *Paper*
column before we meet"."""


_BOX_COLOUR_KEY = lazyre.compile(
    rf"(?:{_NOUNS}|everything|anything|whatever)\s+(?:(?:listed|shown|set)\s+)?"
    r"(?:in|inside|under)\s+(?:the\s+|an?\s+)?(?:(?:collapsed|folded|expandable|open)\s+)?"
    rf"(?P<colour>{vocab.alternation(vocab.BOX_COLOURS)})\s+"
    rf"(?:boxe?s?|callouts?|panels?|admonitions?)\s+(?:are|is)\s+{_MEANS}"
)
"""A key to boxes by the colour they are drawn in: "Readings in the blue boxes are
required; anything in a collapsed green box is optional"."""


def box_colour_legends(page_text: str) -> dict[str, Requirement]:
    """What a page's keys say of the readings in boxes of each colour, per colour."""
    found: dict[str, Requirement] = {}
    if "box" not in page_text.lower() and "callout" not in page_text.lower():
        return found
    for match in _legend_matches((_BOX_COLOUR_KEY,), page_text):
        found.setdefault(match["colour"], _meaning(match["word"]))
    return found


_PLACED_COLUMN_KEY = lazyre.compile(
    r"\bthe\s+(?P<place>left|right|first|second)(?:-hand|\s+hand)?\s+(?:one|column)\b"
    r"(?:(?!(?:not|never|no|nor|nobody|none)(?![a-z]))[^.;!?]){0,80}?"
    rf"\b(?P<word>{vocab.alternation((*_SAID_WORDS, *vocab.OPTIONAL))})(?![a-z])"
)
"""A key to a table's reading columns by their place: "The left-hand one is what you
need to have read", "The right-hand column is a bonus"."""
PLACED_COLUMNS = {"left": "#1", "first": "#1", "right": "#2", "second": "#2"}
"""How :func:`column_legends` names a reading column a key gives by its place: its rank
among the table's reading columns."""


def column_legends(page_text: str) -> dict[str, Requirement]:
    """What a page's keys say of its tables' columns: per header, lowercased (or per
    rank among the reading columns, ``#1``, when a key says "the left-hand one")."""
    found: dict[str, Requirement] = {}
    for match in _legend_matches((_COLUMN_KEY,), page_text):
        found.setdefault(match["column"].strip(), _meaning(match["word"]))
    for match in _legend_matches((_EVERYONE_COLUMN_KEY,), page_text):
        found.setdefault(match["column"].strip(), "required")
    if " hand" in page_text or "-hand" in page_text or "column" in page_text:
        for match in _legend_matches((_PLACED_COLUMN_KEY,), page_text):
            found.setdefault(PLACED_COLUMNS[match["place"]], _meaning(match["word"]))
    return found


_FIRST_KEY = lazyre.compile(
    rf"(?:the\s+(?:first|main)\s+{_NOUNS}\s+(?:(?:listed|given)\s+)?(?:in|of|for|on)\s+"
    rf"(?:each|every)\s+{vocab.alternation(vocab.ENTRY_NOUNS)}\b"
    # "Each session has one main paper, listed first, that everyone reads"
    rf"|\b(?:each|every)\s+{vocab.alternation(vocab.ENTRY_NOUNS)}\s+has\s+(?:one|a)\s+"
    rf"(?:main|core|key|central)\s+{_NOUNS},?\s+(?:(?:which\s+is\s+)?listed|given)\s+first\b"
    # "Paper 1 is the one the presenters walk through", in a key to a priority order
    r"|\b(?:paper|reading|article)\s+(?:#\s*)?1\s+is\b"
    # "Unless a lecture says otherwise, the first reading is required and the rest are
    # optional": the first of each entry, said of none in particular
    r"|\bthe\s+first\s+(?:paper|reading|article)\s+(?:listed\s+)?(?=(?:is|will\s+be)\s)"
    # "Come to class having read the one at the top of the list"
    r"|(?P<lead>having\s+read\s+)?\bthe\s+(?:one|paper|reading|article)\s+at\s+the\s+top"
    r"(?:\s+of\s+(?:the|each|every)\s+list)?"
    # "You need to read the first two papers of each session": the first few
    rf"|(?P<need>(?:need|have)\s+to\s+read\s+|must\s+read\s+)?\bthe\s+first\s+"
    rf"(?P<count>two|three|2|3)\s+{_NOUNS}\s+(?:(?:listed|given)\s+)?(?:in|of|for|on)\s+"
    rf"(?:each|every)\s+{vocab.alternation(vocab.ENTRY_NOUNS)}\b"
    # "We'll assume you have read the first one on the list before you arrive"
    r"|(?P<read>(?:have|you've|you’ve)\s+read\s+)the\s+first\s+(?:one|paper|reading|article)"
    r"\s+(?:on|in)\s+(?:the|each|every)\s+list"
    # "Read the first one for sure", in a key to a priority order
    r"|\bread\s+the\s+first\s+(?:one|paper|reading|article)\s+"
    r"(?P<sure>for\s+sure|no\s+matter\s+what|at\s+(?:the\s+very\s+)?least|above\s+all)\b"
    # "Read the first paper listed for a lecture before class": told to read it;
    # "Everyone reads the first paper in each row"
    rf"|(?P<told>(?:(?<![a-z])read|{vocab.alternation(vocab.EVERYONE_READS)})\s+)the\s+first\s+(?:one|paper|reading|article)\s+"
    r"(?:(?:listed|given)\s+)?(?:in|of|for|on|under)\s+(?:a|each|every)\s+"
    rf"{vocab.alternation(vocab.ENTRY_NOUNS)}\b)"
    r"(?P<rest>[^.]{0,80})"
)
_LATER_KEY = lazyre.compile(
    # "Papers 2 and 3 go further: read them if you can"
    r"(?:\b(?:papers|readings|articles)\s+(?:#\s*)?[234](?:\s*(?:,|and|or|-|–)\s*(?:#\s*)?\d)*"
    # "Papers 3 and up are a bonus", "papers 3+"
    r"(?:\s+and\s+(?:up|on|beyond|later)|\s*\+|\s+onwards?)?"
    # "Whatever comes after it is optional", "The rest are there if a topic grabs you"
    r"|\b(?:whatever|everything|anything)\s+(?:that\s+)?comes\s+(?:after|below)\s+(?:it|that)"
    r"|\bthe\s+(?:rest|others)"
    # "Any other papers listed are optional background"
    r"|\b(?:any|all\s+the|all)\s+other\s+(?:papers|readings|articles|ones)(?:\s+(?:listed|given))?"
    # "…; the second paper, when a row has one, is optional background"
    r"|\bthe\s+second\s+(?:one|paper|reading|article)(?:,[^,.;]{0,40},)?)\s+"
    r"(?P<rest>[^.]{0,80})"
)
_EVERYONE_READS = lazyre.compile(rf"\b{vocab.alternation(vocab.EVERYONE_READS)}\b")


_TOLD_KEY = lazyre.compile(
    rf"(?:(?:{_NOUNS}|whatever|anything|everything)\s+(?:that\s+)?"
    rf"(?:we|i|the\s+[a-z]+|(?:each|every|a)\s+{vocab.alternation(vocab.ENTRY_NOUNS)})\s+"
    r"(?:tells?|asks?)\s+you\s+to\s+read\b[^.;:!?]{0,40}?"
    # "… just a sentence saying what to read; that paper is required like any other"
    r"|\b(?:sentences?|lines?|notes?)\s+(?:saying|telling\s+you|that\s+says?)\s+what\s+to\s+read"
    rf"[^.!?]{{0,40}}?[;:,]\s+(?:that|this|the|those|these)\s+{_NOUNS})"
    rf"\s+(?:are|is)\s+(?:all\s+)?{_MEANS}"
)
"""A key to the readings the entries tell students to read: "The papers we tell you
to read before class are required"."""


def told_legend(page_text: str) -> Requirement | None:
    """What a page's key says of the readings its entries tell students to read
    ("Read [A](u) before class"): :data:`_TOLD_KEY`."""
    if "to read" not in page_text.lower():
        return None
    match = _legend_match((_TOLD_KEY,), page_text)
    return _meaning(match["word"]) if match else None


_CALLED_KEY = lazyre.compile(
    rf"{_NOUNS}\s+(?:that\s+)?(?:we|i)\s+(?:mention|call|describe|introduce|offer)\s+(?:as\s+)?"
    r"(?:an?\s+|the\s+)?[\"“'‘]?(?P<noun>[a-z][a-z-]{2,20})[\"”'’]?"
    r"(?:,?\s+or\s+[^.;:!?]{0,60}?)?,?\s+(?:are|is)\s+(?:all\s+)?"
    rf"{_MEANS}"
)
"""A key to what a session's sentence calls a reading: "Papers we mention as a
'companion', or after 'if you want more', are optional"."""


def called_legends(page_text: str) -> dict[str, Requirement]:
    """What a page's keys say of the readings a sentence calls by a noun ("companion"
    -> optional): :data:`_CALLED_KEY`."""
    return {m["noun"]: _meaning(m["word"]) for m in _legend_matches((_CALLED_KEY,), page_text)}


def first_legend(page_text: str) -> Requirement | None:
    """What a page's key says of each entry's first reading: "The first paper in each
    row is required"; "The first paper in each row is the one we discuss; everyone
    reads it" (a later clause of the key's sentence, whose requirement word may name
    another paper: "...; the second paper is optional")."""
    match = _legend_match((_FIRST_KEY,), page_text)
    if match is None:
        return None
    if match["lead"] or match["sure"] or match["read"] or match["need"] or match["told"]:
        return "required"
    said = _MEANS_WORD.search(match["rest"].split(";")[0])
    if said is not None:
        return _meaning(said["word"])
    return "required" if _EVERYONE_READS.search(match["rest"]) else None


def first_count(page_text: str) -> int:
    """How many of each entry's first readings the page's key speaks of: 2 for "the
    first two papers of each session", else 1."""
    match = _legend_match((_FIRST_KEY,), page_text)
    count = match["count"] if match is not None else None
    return (int(count) if count.isdigit() else _COUNTS[count]) if count else 1


def first_is(
    lecture: Lecture, requirement: Requirement, later: Requirement | None = None, count: int = 1
) -> Lecture:
    """*lecture* whose first reading (the first *count* works), unmarked, is what the
    page's key says of it (and so are its copies on its line, titled by it: ``[QUIC](..).
    SIGCOMM 2017. ([pdf](..))``), and each later one, unmarked, what it says of those
    (*later*)."""
    if not lecture.readings:
        return lecture
    copies = 0
    for _ in range(count):
        if copies >= len(lecture.readings):
            break
        first = lecture.readings[copies]
        copies += 1
        while copies < len(lecture.readings) and _copy_of(lecture.readings[copies], first):
            copies += 1
    readings = [
        reading if reading.requirement else replace(reading, requirement=requirement)
        for reading in lecture.readings[:copies]
    ]
    rest = lecture.readings[copies:]
    if later is not None:
        rest = tuple(r if r.requirement else replace(r, requirement=later) for r in rest)
    return replace(lecture, readings=(*readings, *rest))


def _copy_of(reading: Reading, first: Reading) -> bool:
    """A link titled by *first* (on its line, or one whose text is no title, a record's
    ``pdf:`` beside its ``url:``): a copy of that work."""
    same_work = reading.title == first.title and bool(first.title)
    return same_work and (reading.line == first.line or reading.text != reading.title)


def first_keyed(lectures: list[Lecture], page_text: str) -> list[Lecture]:
    """*lectures* whose unmarked readings are what the key in *page_text* (the page that
    renders them) says of each entry's first reading and the later ones, if it does."""
    first = first_legend(page_text)
    if first is None:
        return lectures
    later = later_legend(page_text)
    count = first_count(page_text)
    return [first_is(lecture, first, later, count) for lecture in lectures]


def later_legend(page_text: str) -> Requirement | None:
    """What a key to a priority order says of each entry's readings after the first:
    "Papers 2 and 3 go further: read them if you can" (optional)."""
    if first_legend(page_text) is None:
        return None
    # the first that says a meaning: not "The rest of the term will be posted later"
    for match in _legend_matches((_LATER_KEY,), page_text):
        said = _REQUIREMENT_PHRASE.search(match["rest"])
        if said is not None:
            return "required" if said["req"] else "optional"
        meaning = _said_meaning(match["rest"])  # "The rest are there if a topic grabs you"
        if meaning is not None:
            return meaning
    return None


_READINGS = r"(?:readings?|papers?|articles?)"
_OTHERS_SAID = (*vocab.KEY_WORDS, *vocab.KEY_OPTIONAL_PHRASES, *vocab.SHOULD_BE_READ)
_OTHERS = lazyre.compile(
    rf"\b(?:(?:(?:all\s+)?(?:the\s+)?others?|everything\s+else|the\s+rest)"
    # "everything else below is optional": where the page lists them; "everything else
    # we list is optional": who lists them
    r"(?:\s+(?:below|above|here))?(?:\s+(?:we|they|you)\s+(?:list|link|give|post|include))?"
    rf"|(?:unmarked|unstarred)\s+{_READINGS}"
    rf"|(?:{_READINGS}|links?)\s+(?:without|with\s+no|not\s+marked\s+with)\s+(?:an?\s+|the\s+)?"
    rf"(?:{vocab.alternation(vocab.SIGN_NOUNS)}s?\b|[^\w\s]{{1,3}})(?:\s+at\s+all)?)"
    # "Everything else in this column is required", "… in the Readings column …",
    # "Everything else listed under a week is required", "The other papers in a row …"
    rf"(?:\s+{_READINGS}(?=\s+(?:listed\s+)?(?:in|on|under|for)\s))?"
    r"(?:\s+(?:listed\s+)?(?:in|on|under|for)\s+(?:this|the|a|each|every)\s+"
    r"(?:[\"“'‘]?[a-z][\w&/-]{0,20}[\"”'’]?\s+)?"
    rf"(?:column|list|table|page|schedule|cell|{vocab.alternation(vocab.ENTRY_NOUNS)}))?"
    # "… are background for the curious": a word of what they are, then the meaning
    # "Everything else listed is optional background"
    rf"(?:\s+{_READINGS})?(?:\s+(?:listed|linked|given))?\s+(?:are\s+|is\s+)?"
    r"(?:(?!not\b|never\b)[a-z]+\s+)?"
    rf"(?P<word>{vocab.alternation(_OTHERS_SAID)})\b"
)
"""Words of a key naming the readings without its signs ("others optional", "readings
without a star are optional")."""


_OTHERS_REACH = 240
"""How far before "the other papers …" a key's mark may be named: a sentence or two
("Papers in **bold** are required reading: read them … before class starts. The other
papers are recommended")."""
_LEGEND_WORD = lazyre.compile(r"[)\]]\s*(?P<word>optional|required)\b")
"""A legend's entry for a bracketed marker: ``(opt.) optional``, ``[R] required``."""


_OTHERS_PHRASE = lazyre.compile(
    r"\b(?:(?:all\s+)?the\s+(?:others|rest)|everything\s+else)\b[^.;]{0,30}?\b"
    rf"{vocab.alternation(tuple(w for w in vocab.OPTIONAL if ' ' in w))}\b"
)
"""Words naming the unmarked readings with an optional phrase of the vocabulary ("the
rest are there if you want to go deeper"), beside a key whose signs say required."""
_WORD_KEY = lazyre.compile(
    rf"{_NOUNS}\s+(?:marked|flagged|labell?ed|tagged|listed)\s+(?:(?:with|as|by|under)\s+)?[\"“'‘*_(\[]*"
    r"(?P<word>optional|required|recommended)\b"
)
"""A key whose mark is a requirement word: "Readings marked *optional:* are ..."."""


def _first_on_line(link: LexborNode) -> bool:
    """Whether no link comes before *link* on its line among its siblings (up to a
    ``<br>`` or the parent's start; a long run of siblings counts as not first)."""
    node = link.prev
    for _ in range(_LINE_REACH):
        if node is None or node.tag == "br":
            return True
        if node.tag == "a" or node.css_first("a") is not None:
            return False
        node = node.prev
    return False


_LINE_REACH = 24
"""How many siblings before a link :func:`_first_on_line` looks at."""
_BADGE_NEXT = lazyre.compile(r"^\W*[a-z]", re.IGNORECASE)
"""Words right after a link, where a badge after it may be (a quick test before
:func:`tag_after`)."""
_MARKED_SAID = lazyre.compile(
    rf"{_NOUNS}\s+(?:marked|flagged|labell?ed|tagged)\s+(?:(?:with|as)\s+)?(?:an?\s+|the\s+)?"
    r"\S{1,20}\s+(?:are|is)\s+(?P<word>optional|required|recommended)\b"
)
"""A key naming a mark and then its meaning: "Readings marked opt are optional"."""
_WORD_BADGE_KEY = lazyre.compile(
    rf"{_NOUNS}\s+with\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?[\"“'‘*_(\[]*"
    r"(?P<word>optional|required|recommended)[\"”'’*_)\]]*\s+"
    rf"(?:{vocab.alternation(vocab.SIGN_NOUNS)}|pill)s?\b"
)
"""A key whose mark is a badge showing a requirement word: "Readings with a green
**Required** label are required"."""


_UNLESS = lazyre.compile(
    rf"\b(?:{_NOUNS}|everything|all)(?:\s+listed)?"
    # "everything listed under a class is required unless …", "everything on a session's
    # reading list is required unless …"
    rf"(?:\s+(?:under|for|in|on)\s+(?:a|each|every|the)\s+{vocab.alternation(vocab.ENTRY_NOUNS)}"
    # "… on a session's reading list", "Everything in a lecture's Readings box"
    r"(?:['’]s\s+(?:[a-z]+\s+)?(?:list|box|section|column))?)?"
    rf"\s+(?:are|is)\s+"
    rf"(?P<word>{vocab.alternation(vocab.KEY_WORDS)})(?:,?\s+[a-z]+){{0,5}}?,?\s+"
    # "… unless it is in italics": a style marks the others (its own key says how)
    rf"(?:unless\s+(?:(?:they\s+are|it\s+is)\s+)?{_STYLED}?in\s+(?P<style>italics?|bold)\b|"
    # "… unless marked", "… except readings marked (optional)"
    rf"(?:unless|except\s+where|except\s+when|except\s+(?:for\s+)?(?:those|the\s+ones|ones|{_NOUNS}))"
    r"\s+(?:otherwise\s+)?(?:(?:(?:they\s+are|it\s+is)\s+)?(?:marked|noted|labell?ed|tagged|listed)"
    # "… unless they sit in an **Optional** or **Background** tab"
    r"|(?:they|it)\s+(?:sits?|appears?|are|is|carry|carries|has|have|bears?|gets?|says?))"
    r"\s+(?:(?:as|under|after|following|in|with)\s+)?(?:an?\s+|the\s+)?[\"“'‘*_(\[]*"
    r"(?P<other>optional|required|recommended|opt\.?|req\.?)(?![a-z]))"
)
"""A key that says what the readings are but those marked: "All readings are required
unless marked Optional" (or "unless listed under **Optional**", "… after *Optional:*"),
or but those in a style ("Everything listed is required reading unless it is in italics")."""
_UNLESS_FIRST = lazyre.compile(
    rf"\bunless\s+(?:an?\s+|the\s+)?{_NOUNS}\s+(?:(?:is|are)\s+(?:marked|noted|labell?ed|tagged|listed)"
    r"\s+(?:(?:as|under|in|with)\s+)?"
    # "Unless a reading carries an **Optional** label, …": the mark it carries
    r"|(?:carries|carry|has|have|bears?|wears?|gets?)\s+(?:an?\s+|the\s+)?"
    # "Unless a paper sits in an **Optional** box, …": the box it is in
    r"|(?:is|are|sits?|appears?)\s+(?:in|inside)\s+(?:an?\s+|the\s+)?)"
    r"[\"“'‘*_(\[]*(?P<other>optional|required|recommended)\b"
    r"[*_\"”'’)\]]*(?:\{:[^{}]{0,60}\})?"
    r"(?:\s+(?:label|tag|badge|pill|mark|box|callout|section|tab|block))?,?\s+"
    # "…, or sits in a box titled *Optional*, you are expected …": another condition
    r"(?:or\s+[^.;:!?]{0,80}?,\s+)?"
    r"(?P<rest>[^.;!?]{0,100})"
)
"""The same key, its condition first: "Unless a reading is tagged **Optional**, it is
required" ("Unless a reading carries an **Optional** label, …"), "…, you are expected to
have read it by the lecture" (the rest of the clause
says the meaning, as a key's words do: :func:`_said_meaning`)."""


_READ_UNLESS = lazyre.compile(
    rf"{_READ_EVERY_UNLESS}[\"“'‘*_(\[]*(?P<other>optional|recommended)\b"
)
"""A key telling students to read every reading but those marked: "Read every paper
listed for a session before class, unless it is marked *(optional)*", "Everyone reads
the papers listed for a session, unless a paper is tagged *(optional)*" (required)."""
_NOT_MARKED = lazyre.compile(
    rf"\b(?:every|each|any|all)\s+{_NOUNS}\s+not\s+(?:marked|labell?ed|tagged|flagged)\s+"
    r"(?:as\s+)?[\"“'‘*_(\[]*(?P<other>optional|required|recommended)\b[*_\"”'’)\]]*\s+"
    rf"(?:is|are)\s+{_MEANS}"
)
"""A key naming the unmarked readings by the mark they lack: "every reading not marked
*(optional)* is required"."""
_UNMARKED = lazyre.compile(
    rf"\b{_NOUNS}\s+(?:(?:listed|shown|given|written)\s+)?(?:without|with\s+no)\s+(?:an?\s+)?"
    rf"{vocab.alternation(vocab.SIGN_NOUNS)}s?\s+(?:are|is)\s+(?P<word>optional|required)\b"
)
"""A key that says what the readings without any mark are, naming no mark: "Papers
listed without a marker are required"."""


_UNMARKED_WORD = lazyre.compile(
    rf"\b(?:unmarked|unstarred|untagged|unlabell?ed)\s+(?:{_READINGS}|links?)\s+(?:are|is)\s+"
    rf"(?:(?!not\b|never\b)[a-z]+\s+)?{_MEANS}\b"
)
"""A key naming the unmarked readings in one word: "Unmarked readings are recommended"."""
_UNMARKED_SAID = lazyre.compile(
    rf"\b(?:everything|anything|{_READINGS}|links?)\s+(?:without|with\s+no|not\s+marked\s+with)\s+"
    rf"(?:an?\s+|the\s+|that\s+|this\s+)?{vocab.alternation(vocab.SIGN_NOUNS)}s?\b"
    r"(?:\s+at\s+all)?(?P<rest>[^.;:!?]{0,80})"
)
"""A key that says in its own words what the readings without its mark are:
"Everything without the tag you are expected to have read" (a key's phrase,
:func:`_said_meaning`)."""


_EACH_ENTRY = lazyre.compile(
    rf"\b(?:{_NOUNS}|everything|all)\s+(?:(?:listed|given|shown)\s+)?(?:under|for|in|on)\s+"
    r"(?:a|each|every|the)\s+"
    # "Readings on a lecture page are required": the entry's own page
    rf"{vocab.alternation(vocab.ENTRY_NOUNS)}(?:['’]s)?(?:\s+page)?"
    # "Do the readings listed under a lecture before that lecture: they are required"
    r"(?:\s+(?:are|is)|[^.;:!?]{0,60}?[:;,]\s+(?:they|these|it)(?:\s+are|\s+is|['’]re))"
    rf"\s+(?:the\s+|all\s+)?{_MEANS}\b"
)
"""A key that says what each entry's readings are: "The papers listed under a lecture are
the required reading", "Readings for each session are required", "Do the readings
listed under a lecture before it: they are required"."""
_LISTED_KEY = lazyre.compile(
    rf"\b(?:bulleted|listed|numbered)\s+{_NOUNS}\s+(?:are|is)\s+"
    r"(?:[^.;]{0,60}?\b(?:they(?:'re|’re|\s+are)|and\s+are)\s+)?"
    rf"{_MEANS}\b"
)
"""A key naming the page's listed readings: "Bulleted papers are the ones we discuss in
class, so they're required"."""
_ONE_OF_EACH = ("first ", "main ", "second ", "last ")
"""Words that make such a key one reading's ("the first paper in each row")."""


_NOTED = r"(?:marked|noted|stated|indicated|specified)"
_OTHERWISE = (
    # "Readings are required unless marked otherwise" ("unless otherwise noted", "unless
    # noted")
    lazyre.compile(
        rf"\b{_NOUNS}\s+(?:are|is)\s+{_MEANS},?\s+unless\s+(?:{_NOTED}(?:\s+otherwise)?\b"
        rf"|(?:it|they)\s+says?\s+otherwise\b|otherwise\s+{_NOTED})"
    ),
    # "Unless a reading says otherwise, it is required for everyone", "Unless otherwise
    # noted, readings are required", "Unless noted, readings are required"
    lazyre.compile(
        rf"\bunless\s+(?:(?:a|the)\s+[a-z]+\s+says\s+otherwise|{_NOTED}(?:\s+otherwise)?"
        rf"|otherwise\s+{_NOTED}),?\s+"
        rf"(?:it|they|(?:all\s+)?{_NOUNS})\s+(?:is|are)\s+{_MEANS}\b"
    ),
)
"""Keys that say what every reading is unless its own mark says otherwise."""


def legend_others(page_text: str, signs: tuple[tuple[str, Requirement], ...]) -> Requirement | None:
    """What a key says of the readings it leaves unmarked ("* = required for everyone;
    others optional", "Readings marked *optional:* are for going deeper; all others are
    required"): the other requirement than its marks', said within the key's sentence."""
    text = page_text.lower()
    unless = _UNLESS.search(text)
    if unless and (unless["style"] or _meaning(unless["word"]) != _meaning(unless["other"])):
        return _meaning(unless["word"])
    labelled = _legend_match(_UNLESS_LABELS, text) if "unless" in text else None
    named = _labels(labelled["labels"]) if labelled is not None else []
    if labelled is not None and any(len(label.strip("*_\"“”'‘’: ")) > 2 for label in named):
        # "All readings are required unless listed under Background" (not "… unless it
        # carries a tag": no label named)
        return _meaning(labelled["word"])
    boxed = _UNLESS_BOX.search(text) if "unless" in text else None
    boxed_said = _said_meaning(boxed["rest"]) if boxed else None
    if boxed_said is not None:  # "Unless a paper sits in a **Note** box, you are expected …"
        return boxed_said
    first = _UNLESS_FIRST.search(text)
    first_said = _said_meaning(first["rest"]) if first else None
    if first and first_said is not None and first_said != _meaning(first["other"]):
        return first_said
    excepted = _EXCEPT.search(text)  # "... required, except those under More, which are optional"
    if excepted and _meaning(excepted["rest"]) != _meaning(excepted["word"]):
        return _meaning(excepted["rest"])
    otherwise = (
        next(filter(None, (key.search(text) for key in _OTHERWISE)), None)
        if "otherwise" in text or "unless" in text
        else None
    )
    if otherwise:
        return _meaning(otherwise["word"])
    if "unless" in text and _READ_UNLESS.search(text):
        return "required"  # "Read every paper listed for a session, unless it is marked (optional)"
    not_marked = _NOT_MARKED.search(text)  # "every reading not marked (optional) is required"
    if not_marked and _meaning(not_marked["word"]) != _meaning(not_marked["other"]):
        return _meaning(not_marked["word"])
    unmarked = _UNMARKED.search(text)  # "Papers listed without a marker are required"
    if unmarked:
        return _meaning(unmarked["word"])
    bare = _UNMARKED_WORD.search(text)  # "Unmarked readings are recommended"
    if bare is not None:
        return _meaning(bare["word"])
    said = _UNMARKED_SAID.search(text)  # "Everything without the tag you are expected to read"
    meaning = _said_meaning(said["rest"]) if said else None
    if meaning is not None:
        return meaning
    for each in _EACH_ENTRY.finditer(text):  # "The papers listed under a lecture are required"
        if not text[max(0, each.start() - 7) : each.start()].endswith(_ONE_OF_EACH):
            return _meaning(each["word"])
    listed = _LISTED_KEY.search(text)  # "Bulleted papers are ..., so they're required"
    if listed:
        return _meaning(listed["word"])
    if signs and all(req == "required" for _, req in signs) and _OTHERS_PHRASE.search(text):
        return "optional"  # "The rest are there if you want to go deeper"
    for match in _OTHERS.finditer(text):
        near = text[max(0, match.start() - _OTHERS_REACH) : match.start()]
        marks = [req for sign, req in signs if sign.rstrip(":") in near]
        # "Starred readings are must-reads; the others are optional": a sign named
        marks += [_meaning(m["word"]) for m in _legend_matches((_PARTICIPLE_KEY, _MARKS_KEY), near)]
        # "**(opt.)** optional. Everything else … is required": a legend's marker word
        marks += [_meaning(m["word"]) for m in _LEGEND_WORD.finditer(near)]
        marks += [_meaning(m["word"]) for m in _WORD_KEY.finditer(near)]
        marks += [_meaning(m["word"]) for m in _WORD_BADGE_KEY.finditer(near)]
        # "Readings marked <span class="badge">opt</span> are optional": a mark, then its meaning
        marks += [_meaning(m["word"]) for m in _MARKED_SAID.finditer(near)]
        # "Required readings are in bold; the others are optional": a style is a mark
        marks += [_meaning(m["word"]) for m in _legend_matches(_STYLE_LEGENDS, near)]
        if marks:
            found = _meaning(match["word"])
            return found if all(req != found for req in marks) else None
    return _others_named(text) if signs else None


_OTHERS_NAMED = lazyre.compile(
    r"\b(?:everything\s+else|the\s+(?:others|rest))\s+(?:is|are)\s+(?P<name>[a-z]{3,20})\b"
)
"""The others named by a word of the key's own ("…; everything else is background")."""


def _others_named(text: str) -> Requirement | None:
    """What a key's later sentence says of the others it named by a word of its own
    ("everything else is background. … The background papers are optional"), else None."""
    named = _OTHERS_NAMED.search(text)
    if named is None:
        return None
    said = re.search(
        rf"\bthe\s+{re.escape(named['name'])}\s+{_NOUNS}\s+(?:are|is)\s+{_MEANS}", text
    )
    return _meaning(said["word"]) if said else None


def unmarked_are(readings: tuple[Reading, ...], requirement: Requirement) -> tuple[Reading, ...]:
    """*readings*, each that no mark or list names taking *requirement*."""
    return tuple(r if r.requirement else replace(r, requirement=requirement) for r in readings)


def flag_requirement(optional: object, required: object) -> Requirement | None:
    """A data record's flags: ``optional: true`` or ``required: false`` say optional,
    ``required: true`` required.  ``optional: false`` says nothing: data files write
    it on every plain reading (the page shows no marker)."""
    if flag_value(optional) is True or flag_value(required) is False:
        return "optional"
    return "required" if flag_value(required) is True else None


def sign_flag(record: dict[Any, Any], signs: dict[str, Requirement]) -> Requirement | None:
    """What a data record's field named for a sign means (``starred: true`` where the
    page that renders it keys "★ = must read": its template draws the star), by the
    page's key *signs*."""
    for field, value in record.items():
        sign = _SIGNS.get(_sign_name(str(field).lower()))
        if sign is None or flag_value(value) is not True:
            continue
        for mark, requirement in signs.items():
            if mark == sign or (sign == "*" and mark in _STARS):
                return requirement
    return None


_STARS = ("★", "☆", "⭐")
"""Stars a key may draw where a data field says ``starred`` (typed ``*`` elsewhere)."""


def flag_value(value: object) -> bool | None:
    """``True``/``False`` for a YAML flag (``true``, ``yes``, ``no``...), else ``None``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        # "no (skim)": the flag, then a remark on it
        word = re.sub(r"\s*[(\[].*$", "", value.strip().lower())
        return True if word in ("true", "yes") else False if word in ("false", "no") else None
    return None
