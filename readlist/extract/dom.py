"""The DOM side of extraction: a lecture being read, and what a link is.

Shared by the table reader (:mod:`readlist.extract.tables`) and the anchored
sequence reader (:mod:`readlist.extract.sequence`): text of nodes, the item a
link sits in and the words before it, reading regions, and the :class:`Draft`
of a lecture being read (:mod:`readlist.extract.reader` turns links into readings).
Every tree walk here is iterative, so any nesting depth is fine.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from selectolax.lexbor import LexborNode

from readlist import lazyre
from readlist.extract import classify, vocab
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
_BLOCK_TAGS = _ITEM_TAGS | {"div", "ul", "ol", "dl", "table", "section", "article", "details"}
_REGION_CLASS = lazyre.compile(
    # a short form only as a word of the class ("opt", "req-reading"; not "option-list")
    r"(?P<opt>optional|further|recommended|supplement|additional|extra|(?<![a-z])opt(?![a-z]))"
    r"|(?P<req>required|(?<![a-z])(?:req|must|mandatory)(?![a-z]))|(?P<plain>reading|papers)",
    re.IGNORECASE,
)


def names_region(classes: str) -> bool:
    """Whether an element's *classes* make it a reading wrapper (``optional``, ``req``)."""
    return _REGION_CLASS.search(classes) is not None


_LINK = r"(?:\x01\d+\x04|\x02\d+\x03)"
"""A link in a title cell's text: ``\x01`` for material (``[slides]``, ``[here]``), else
``\x02<n>\x03`` for the *n*-th named link."""
_LINK_GROUP = lazyre.compile(
    rf"[(\[]\s*{_LINK}(?:[\s,;/|&·•]*{_LINK})*\s*[)\]]"
    rf"|[(\[]\s*(?:[\w'’-]+\s+){{1,3}}\x01\d+\x04(?:[\s,;/|&·•]*\x01\d+\x04)*\s*[)\]]"
    # "(sign up for a slot [here](..))": an action and where to do it, however long,
    # and when ("(upload your slide to the [shared deck](..) by Thursday night)")
    rf"|[(\[]\s*{vocab.alternation(vocab.ACTION_LEADS)}\b(?:\s+[\w'’-]+){{0,6}}\s+"
    r"(?:\x01\d+\x04(?:\s+[\w'’-]+){0,6}|\x02\d+\x03(?:\s+[\w'’-]+){1,6})\s*[)\]]",
    re.IGNORECASE,
)
"""A bracket of links only (``([slides](..), [video](..))``, ``([slides](..) · [recording](..))``),
or of material links after
up to three words (``(sign up [here](..))``), or after an action (``(sign up for a slot
[here](..))``, ``(upload your slide to the [shared deck](..) by Thursday)``; a bracket
that ends with a named place stays, ``(submit on [Gradescope](..))``): the lecture's
things, not its topic."""

ENTITY_MARK = "\ue000"
"""Stands for the ``&`` of an HTML entity the source wrote, so that titles can keep
the entity as written (the parsers would decode it) while matching uses its text."""
_ENTITY = lazyre.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_MARKED = lazyre.compile(ENTITY_MARK + r"(#?\w+;)")


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
    if "%" in href:
        href = href.replace(_MARK_ESCAPED, ENTITY_MARK)
    return decoded(href).strip()


def as_written(text: str) -> str:
    """Protected entities as the source wrote them (``&amp;``)."""
    return text.replace(ENTITY_MARK, "&")


_SPACE_WRITTEN = r"(?:\s|&nbsp;|&#160;|&#[xX][aA]0;)+"
"""White space as a source may write it between a date's parts."""


def written_date(date: str, protected: str) -> str:
    """*date* (found in the decoded text) as the *protected* text writes it: ``Thu
    Sep 4`` written ``Thu&nbsp;Sep&nbsp;4`` (a key keeps its entities as written)."""
    written = as_written(protected)
    if date in written:
        return date
    spaced = _SPACE_WRITTEN.join(re.escape(part) for part in date.split())
    found = re.search(spaced, written)
    return found.group(0) if found else date


LineOf = Callable[[str], int]
"""``line_of(needle)``: 1-based source line of *needle*, searched in document order."""


class Mark(IntEnum):
    """Where a candidate reading sits in its lecture."""

    MATERIAL_LINE = -2
    """After a label, in an item that also links slides or a recording (``*Materials:*
    [slides] · [notebook] · [data]``): not a reading when the lecture has readings elsewhere."""
    BESIDE_MATERIAL = -1
    """No region, and its item also links slides or a recording (``[Slides] • [Raft demo]``)."""
    NONE = 0
    """No region and no marker."""
    PREFIX = 1
    """After a requirement prefix (``Optional: [A]``)."""
    REGION = 2
    """In a reading region: a wrapper, a label, a reading column."""


BOX_OPEN = "<!--readlist:box-->"
"""Ends the line of a box's title (:func:`readlist.extract.page.boxes`): a label
there holds to the box's end, :data:`BOX_END`, a line of its own."""
BOX_END = "<!--readlist:box-end-->"
BOX_KIND = "<!--readlist:box-kind-{}-->"
"""Before a box's title or start, the kind of box it is (``note``, ``tip``): the colour
its generator draws it in, which a key may name ("Readings in the blue boxes are required")."""
BOX_START = "<!--readlist:box-start-->"
"""A line of its own where an untitled box opens (``{{< hint info >}}``): a label inside
it holds to its end too."""


_BOX_KIND = lazyre.compile(r"<!--readlist:box-kind-([\w-]+)-->")


def box_kind(node: LexborNode) -> str | None:
    """The kind of box a title or start *node* opens (:data:`BOX_KIND`), if it says."""
    probe = node if node.tag == "-comment" else node.last_child
    while probe is not None and probe.tag == "-comment":
        found = _BOX_KIND.fullmatch(probe.html or "")
        if found is not None:
            return found[1]
        probe = probe.prev
    return None


def box_mark(node: LexborNode, mark: str) -> bool:
    """Whether *node* is, or ends with, the comment *mark* (:data:`BOX_OPEN`,
    :data:`BOX_END`, :data:`BOX_START`)."""
    last = node if node.tag == "-comment" else node.last_child
    return last is not None and last.tag == "-comment" and last.html == mark


@dataclass
class Draft:
    key: str
    title: str
    line: int
    number: int | None = None
    structure: str = ""
    candidates: list[tuple[Reading, Mark]] = field(default_factory=list)
    """Readings with their :class:`Mark`.  When the lecture marks reading regions,
    the ``BESIDE_MATERIAL`` ones are not readings."""
    label: Requirement | None = None
    in_label_region: bool = False
    label_level: int = 0
    """The level of the heading that opened the label region (``## Readings``: 2), 0
    when no heading did: a deeper heading that is no label is a part of the region."""
    scope: tuple[LexborNode, Requirement | None, bool] | None = None
    """A label that holds only inside one node (``- Optional:`` over a nested list):
    the node, and the label state to restore after it."""
    box: tuple[Requirement | None, bool] | None = None
    """The label state before a box's title (a MyST ``:::{dropdown} Further reading``,
    an admonition): restored where the box ends (:data:`BOX_END`)."""
    material: LexborNode | None = None
    """The list right under a line that names material (``Recordings`` over ``- [Monday](..)``):
    its links are material."""
    listed: bool = False
    """The page's front matter lists readings of the entry's own: readings elsewhere, in
    a place of their own (a link in prose is then no reading)."""
    materials: LexborNode | None = None
    """The list right under a heading that names materials (``## Materials``): its
    links are material when the lecture has readings elsewhere."""
    into: int | None = None
    """The lecture (an index into the reader's) a table read before the walk made of
    the row this section continues: its readings join that lecture's."""

    def finish(self, file: str) -> Lecture:
        regions = self.listed or any(mark == Mark.REGION for _, mark in self.candidates)
        elsewhere = self.listed or any(mark >= Mark.NONE for _, mark in self.candidates)
        kept = [
            reading
            for reading, mark in self.candidates
            if not (mark == Mark.BESIDE_MATERIAL and regions)
            and not (mark == Mark.MATERIAL_LINE and elsewhere)
        ]
        return Lecture(
            file=file,
            key=self.key,
            title=classify.topic_of(self.title),
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


def page_words(node: LexborNode) -> str:
    """Text of *node* as :func:`text_of` gives it, with blocks set apart: a page written
    on one line (a Google Docs export, ``<h1>Schedule</h1><p>Readings in bold …``) reads
    "Schedule Readings in bold", as a reader sees it, not "ScheduleReadings"."""
    parts: list[str] = []
    for child in walk_tree(node, lambda n: n.tag not in _UNREAD):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in _PROSE_BLOCKS:
            parts.append(" ")
    return classify.collapse(decoded("".join(parts)))


_UNREAD = ("script", "style", "template", "-comment", "-text")
"""Nodes whose text no reader sees."""
_PROSE_BLOCKS = HEADINGS | {"p", "div", "section", "article", "blockquote", "table", "ul", "ol"}
"""Blocks of prose set apart in :func:`page_words` (a table's cells and a cell's lines
are not: a key is prose, and a row's words read as one run are no key's sentence)."""
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


BREAK = "\x0b"
"""What :func:`pieces` yields for a line break: never a text node's text (a source
newline between two tags, ``</a>\\n<a>``, is white space, not a break)."""


def pieces(node: LexborNode) -> Iterator[str | LexborNode]:
    """Text strings, ``<a>`` nodes and :data:`BREAK` for ``<br>`` (or a block opening)
    under *node*, in order.

    Links are not descended into.
    """
    for child in walk_tree(node):
        tag = child.tag
        if tag == "-text":
            text = child.text_content or ""
            if text.strip() and _after_block(child, node):
                yield BREAK  # "<ul>…</ul> Discussion questions: [q](..)": a line of its own
            yield text.replace(BREAK, " ")
        elif tag == "br" or (tag in _LINE_BLOCKS and child is not node):
            yield BREAK  # a break, or a paragraph of its own inside a cell or an item
        elif tag == "-comment" and child.html == BOX_OPEN:
            yield BREAK  # a box's title line ends ("## Optional readings" then a citation)
        elif tag == "a":
            if _after_block(child, node):
                yield BREAK
            yield child


def _after_block(child: LexborNode, node: LexborNode) -> bool:
    """Whether *child* (text or a link under *node*) comes right after a line block's
    end: the nearest element before it, or before the inline elements it opens, is a
    block (``</ul>`` then ``<small>Discussion questions: …``)."""
    while child.mem_id != node.mem_id:
        before = child.prev
        while before is not None and _blank_text(before):
            before = before.prev
        if before is not None:
            return before.tag in _LINE_BLOCKS
        parent = child.parent
        if parent is None or parent.tag in _LINE_BLOCKS:
            return False
        child = parent
    return False


_LINE_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dd", "dt", "table", "tr", "summary", "details"}
)
"""Blocks whose text is a line of its own (a ``<details>`` box's ``<summary>`` too:
``<summary>Optional</summary>Wilkinson, …`` is two lines)."""


_LINE_ENDS = _LINE_BLOCKS | {"td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "body", "br"}
"""Where a line of text ends: a block, a cell, a heading, a break."""


def words_after(node: LexborNode) -> str:
    """The text after *node* up to its line's end (a ``<br>``, a block, a cell's end):
    ``<del>L8: RLHF</del> L8: Scaling laws<br>``: `` L8: Scaling laws``."""
    words: list[str] = []
    while node.tag not in _LINE_ENDS:
        sibling = node.next
        while sibling is not None:
            if sibling.tag in _LINE_ENDS:
                return "".join(words)
            words.append(sibling.text(deep=True, separator=""))
            sibling = sibling.next
        if node.parent is None:
            break
        node = node.parent
    return "".join(words)


_LABEL_TAGS = "strong, b, em, i, dt, th, summary"
_LABELLED_LINES = "p, li, dd, td"
_LABEL_OPENING = lazyre.compile(
    r"[\s.,;·•|–—-]*(?P<label>[a-z][a-z’' -]{1,40}?)\s*(?:\([^()]{0,40}\)\s*)?:"
)
_REMARK_COLON = lazyre.compile(r"\s*(?:\([^()]{0,40}\)\s*)?:")


def written_labels(body: LexborNode) -> set[str]:
    """The labels a page writes, each at least twice (a kramdown pill, ``**Watch**{: .label
    }``, once), lowercased: an emphasized lead
    ending with a colon, or with it after a remark (``**Read before class:**``,
    ``**Discussion paper** (presenter: Ana Lee):``), or the opening words of a line
    or of the text after a link before a colon (``- Skim: [A](..)``, ``Reading: [A](..).
    Background: [B](..)``), or a tag after a link (:func:`tag_after`: ``[A](..)
    [elective]``, a badge), or a box's title (an admonition's ``Read before class``),
    or a ``<summary>`` or a heading of its own (``<h4>Readings</h4>`` in each lecture),
    never words inside a link (a title's colon: ``Reinforcement Learning: An
    Introduction``)."""
    counts: Counter[str] = Counter()
    for node in body.css(_LABEL_TAGS):
        text = text_of(node).lower()
        after = node.next
        follows = after.text(deep=False) if after is not None and after.tag == "-text" else ""
        if text.endswith(":"):
            counts[text[:-1].strip()] += 1
        elif _REMARK_COLON.match(follows or ""):
            counts[text.strip()] += 1
    readings_level, readings = 0, ""  # the heading naming readings whose section this is
    for node in body.css("summary, h2, h3, h4, h5, h6"):
        # a box's summary or a heading that is a line of its own over what it labels
        # ("<summary>Readings</summary>" in each lecture): a label without its colon;
        # one that names readings ("### Readings" on a week's page) even written once,
        # and so does one inside such a heading's section ("## Readings" then "###
        # Stretch": a part of the readings, named as one)
        text = text_of(node).lower().strip()
        level = int((node.tag or "h0")[1]) if node.tag != "summary" else 0
        before = previous_element(node)
        # right after the readings' list: "### Distributed training" right under "##
        # Paper list" is a topic of the page's, and so are the headings after it
        nested = 0 < readings_level < level and before is not None and before.tag in ("ul", "ol")
        if level and not nested:
            readings_level = 0
        if not text or text.endswith(":"):
            continue
        labelled = classify.is_reading_label(text) or classify.label_requirement(text)[0]
        if labelled and level and not nested:
            readings_level, readings = level, text
        if nested:  # and the heading it is a part of, a section's ("## Readings") too
            counts.update((text, text, readings, readings))
        elif level != 2:
            counts[text] += 2 if labelled else 1
    for pill in body.css(f".{LABEL_CLASS}"):  # a kramdown pill is a label, written once
        counts[text_of(pill).lower().rstrip(": ")] += 2
    for link in body.css("a"):  # a tag after links: "[A](u) [elective]", a badge
        tag = tag_after(link)
        if tag is not None:
            counts[tag] += 1
    for node in body.css(_LABELLED_LINES):
        child = node.child
        while child is not None:  # a line's opening text, or one after a link or mark
            if child.tag == "-text":
                opening = _LABEL_OPENING.match(decoded(child.text(deep=False) or "").lower())
                if opening:
                    counts[opening["label"].strip()] += 1
            child = child.next
    if BOX_OPEN in (body.html or ""):  # a box's title: "!!! info "Read before class""
        for node in body.css("p"):
            if box_mark(node, BOX_OPEN):
                counts[text_of(node).lower().rstrip(": ")] += 1
    counts.update(_priority_values(body))
    found = {
        label
        for label, count in counts.items()
        if count >= 2 and 2 < len(label) <= 40 and len(label.split()) <= 4
    }
    if any(" " in label and classify.names_only(label.title()) for label in found):
        # "[A](..) (Ben Okafor)", "[Priya Raman](..): [B](..)": who presents, where the
        # page names them after a person label, is no label
        people = classify.labelled_people(page_words(body))
        found = {label for label in found if not classify.names_people(label, people)}
    return found


def section_labels(body: LexborNode) -> set[str]:
    """The headings a page writes (``## Readings``, ``### Skim``), lowercased, of up to
    four words: labels the course's key may name by pointing under them ("Everything
    under **Read** is required"), read with that key only (:func:`reader.pointed_labels`)."""
    return {
        text
        for node in body.css("h2, h3, h4, h5, h6")
        if (text := text_of(node).lower().strip())
        and len(text) <= 40
        and len(text.split()) <= 4
        and not text.endswith(":")
    }


def _priority_values(body: LexborNode) -> list[str]:
    """The values of each table column headed as a priority (``| Priority |``: ``High``,
    ``Medium``, ``Low``): labels a key may name ("**High** papers …")."""
    values: list[str] = []
    for table in body.css("table"):
        rows = table.css("tr")
        if len(rows) < 2:
            continue
        header = [text_of(cell).strip().lower() for cell in rows[0].css("th, td")]
        column = next((i for i, name in enumerate(header) if name in vocab.PRIORITY_FIELDS), None)
        if column is None:
            continue
        for row in rows[1:]:
            cells = row.css("td, th")
            if len(cells) > column:
                values.append(text_of(cells[column]).strip(" .").lower())
    return values


_TAG_WORDS = r"[a-z][a-z’' -]{1,30}"
_BRACKETED_TAG = lazyre.compile(rf"\s*(?:\[(?P<square>{_TAG_WORDS})\]|\((?P<round>{_TAG_WORDS})\))")
"""A tag in brackets: ``[elective]``, ``(deep cut)``."""
_TAG_ELEMENTS = ("span", "small", "mark", "kbd", "code", "em", "i", "b", "strong")
_BADGE_CLASS = lazyre.compile(r"(?<![a-z])(?:badge|tag|label|pill|chip)(?![a-z])", re.IGNORECASE)
"""The class of an element drawn as a badge (Bootstrap's ``badge``, ``tag``, ``label``)."""


def tag_after(link: LexborNode, past_remark: bool = False) -> str | None:
    """The short tag written right after *link*, lowercased: words in brackets
    (``<a>A</a> [elective]``, ``<span class="tag">(deep cut)</span>``) or a badge
    element's words (``<span class="badge">for discussion</span>``), at most four
    words; else None. *past_remark*: a badge after a citation's remark in brackets
    (``<a>Random Forests</a> (Breiman 2001) <span class="badge">opt</span>``) too."""
    found = _tag_written(link, past_remark)
    return found[0] if found else None


def without_tag_uses(text: str, body: LexborNode, tags: Collection[str]) -> str:
    """*text* (a page's text, lowercased) without each of *tags* where the page
    uses it, right after a link (``Concrete Problems [core]``): what is left of
    them is the key's own words ("*core* papers are the ones everyone reads")."""
    if not tags:
        return text
    kept: list[str] = []
    position = 0  # links come in the text in document order: one scan forward
    for link in body.css("a"):
        found = _tag_written(link)
        if found is None or found[0] not in tags:
            continue
        name, written = text_of(link).lower(), found[1].lower()
        start = text.find(name, position) if name else -1
        if start < 0:
            continue
        end = start + len(name)
        space = 1 if text.startswith(" ", end) else 0
        if text.startswith(written, end + space):
            kept.append(text[position:end])
            position = end + space + len(written)
    kept.append(text[position:])
    return "".join(kept)


def _tag_written(link: LexborNode, past_remark: bool = False) -> tuple[str, str] | None:
    """:func:`tag_after`'s tag and the text it is written with (``[elective]``)."""
    node = link.next
    # "<a>B</a>&nbsp;<span class="badge">opt</span>": a no-break space is blank too
    while node is not None and node.tag == "-text" and not decoded(node.text_content or "").strip():
        node = node.next
    if node is None:
        return None
    remark = past_remark and node.tag == "-text"
    if remark and _REMARK_TEXT.fullmatch(decoded(node.text_content or "")):
        # "<a>Random Forests</a> (Breiman 2001) <span class="badge">opt</span>": a
        # citation's remark in brackets, then the link's badge
        after = node.next
        if after is not None and _BADGE_CLASS.search(after.attributes.get("class") or ""):
            node = after
    if node.tag == "-text":
        text, badge = decoded(node.text_content or ""), False
    elif node.tag in _TAG_ELEMENTS:
        text = text_of(node)
        badge = bool(_BADGE_CLASS.search(node.attributes.get("class") or ""))
        if badge and node.css_first("a") is not None:
            return None
    else:
        return None
    bracketed = _BRACKETED_TAG.match(text.lower())
    if bracketed is not None:
        if node.tag != "-text" and bracketed.end() != len(text):
            return None  # "<span>(2019) Nature</span>": a tag is the element's whole text
        tag, written = bracketed["square"] or bracketed["round"], bracketed.group(0).strip()
    elif badge and re.fullmatch(_TAG_WORDS, text.lower().strip()):
        tag, written = text.lower().strip(), text.strip()
    else:
        return None
    tag = " ".join(tag.split())
    return (tag, written) if len(tag.split()) <= 4 else None


_REMARK_TEXT = lazyre.compile(r"\s*\([^()]{1,40}\d[^()]{0,40}\)\s*")
"""A remark in brackets holding a number (a year, a venue's): ``(Breiman 2001)``."""


def closing_badge(link: LexborNode) -> str | None:
    """The words of a badge closing *link*'s own text (``<a>End-to-End Arguments <span
    class="badge">required</span></a>``, a Bootstrap list-group item), when words come
    before it: a tag on the link, as one written after it (:func:`tag_after`), no word
    of the reading's title; else None."""
    badge = link.last_child
    while badge is not None and _blank_text(badge):
        badge = badge.prev
    if (
        badge is None
        or badge.tag not in _TAG_ELEMENTS
        or not _BADGE_CLASS.search(badge.attributes.get("class") or "")
    ):
        return None
    words = text_of(badge)
    if not re.fullmatch(_TAG_WORDS, words.lower()):
        return None
    before = text_of(link)[: -len(words)]
    return words if any(char.isalnum() for char in before) else None


def links_only(block: LexborNode) -> bool:
    """A block of links and separators only, no words of its own but a remark in
    brackets after a link (a line of class material: ``[Slides] · [Raft visualization]
    · [Scribe notes]``, ``[Slides] · [P4 tutorial] (lab 2 starter)``)."""
    own = text_of(block)
    for link in block.css("a"):
        own = own.replace(text_of(link), "", 1)
    if "(" in own:
        own = _LINK_REMARK.sub("", own)
    if ":" in own:  # ":material-presentation: [Slides]": an icon MkDocs Material draws
        own = classify.without_icon_names(own)
    return not any(char.isalnum() for char in own)


_LINK_REMARK = lazyre.compile(r"(?:^|(?<=\S))\s*\([^()]{1,40}\)")
"""A remark in brackets right after a link (what the line's words are once its links'
texts are cut out)."""


def material_line(item: LexborNode, cell: LexborNode, link: LexborNode) -> bool:
    """Whether *link* is on a line of material links in *cell* (a schedule list's
    entry): a list item of links only, its first naming material (``- [Slides] · [Raft
    visualization]``; not ``- [A Paper](..) ([slides](..))``, a reading and its slides)."""
    if item.tag != "li" or item.mem_id == cell.mem_id:
        return False
    first = item.css_first("a")
    return (
        first is not None
        and first.mem_id != link.mem_id
        and classify.names_material(text_of(first))
        and links_only(item)
    )


def topic_line(own: str) -> str:
    """The topic an entry's first line of text names (``Topic: Transport``), or ""."""
    text = classify.TOPIC_LABEL.sub("", own).strip()
    if not text or len(text) > 100 or text.endswith((".", ":")) or classify.date_in(text):
        return ""
    return text


def second_line(node: LexborNode) -> str:
    """The line after a paragraph's first ``<br>``, when it is a topic (no link, no label)."""
    lines: list[str] = [""]
    for piece in pieces(node):
        if not isinstance(piece, str):
            if len(lines) == 2:
                return ""  # a link on the second line: readings, not a topic
            continue
        if piece == BREAK:
            if len(lines) == 2:
                break
            lines.append("")
        else:
            lines[-1] += piece
    if len(lines) < 2:
        return ""
    line = classify.collapse(decoded(lines[1]))
    return topic_line(line) if not classify.label_requirement(line)[0] else ""


def footnote_marker(link: LexborNode, text: str) -> bool:
    """A superscript number linking a footnote (``<a href="footnode.html#foot1"><sup>1</sup></a>``,
    LaTeX2HTML, Pandoc): the note, neither a reading nor part of a title."""
    if not text.strip().isdigit():
        return False
    return inside(link, ("sup",)) or link.css_first("sup") is not None


_NAMED_IN_SENTENCE = lazyre.compile(
    r"\b(?:due|submit|submitted|posted|upload(?:ed)?)\b[^()\[\]]{0,30}\s(?:on|via|to|in)\s*$",
    re.IGNORECASE,
)
"""Words before a link that make it the place a sentence of the title names (``due
11:59pm on``): its text (``[Canvas]``) is a word of the title, not material left out."""


def clean_title(node: LexborNode, first_line: bool = True, line: int = 0) -> str:
    """Visible text of a title cell: link groups like ``([slides](..))`` dropped.

    With *first_line*, only the text before the first ``<br>``; with *line* too, the
    text of the line after *line* more breaks (``jan 21<br>LEC 1: [Intro](..)``: 1).
    """
    links: list[str] = []
    stuff: list[str] = []  # the material links' texts
    parts: list[str] = []
    material = False
    for piece in pieces(node):
        if isinstance(piece, str):
            if piece == BREAK and first_line and classify.collapse("".join(parts)):
                if not line:
                    break
                line -= 1
                links, stuff, parts, material = [], [], [], False
                continue
            parts.append(piece)
        elif footnote_marker(piece, text_of(piece)) or not any(
            char.isalnum() for char in text_of(piece)
        ):
            continue  # "Intro<sup>1</sup>": the note's number; "🖥️ 🎥": icons, no words
        elif _NAMED_IN_SENTENCE.search("".join(parts)) and (
            classify.is_generic(text_of(piece)) or classify.names_material(text_of(piece))
        ):
            parts.append(text_of(piece))  # "proposals due 11:59pm on [Canvas]": a word of it
        elif classify.is_companion(text_of(piece)):
            # "[slides]", "(video)", "[here]": material, not the title
            parts.append(f"\x01{len(stuff)}\x04")
            stuff.append(raw_text_of(piece))
            material = True
        else:
            parts.append(f"\x02{len(links)}\x03")
            links.append(raw_text_of(piece))
    text = _LINK_GROUP.sub(" ", "".join(parts))
    # "[Assignment 1](..) out": business the title opens with, then what happens to it
    text = _BUSINESS_OPENING.sub(lambda m: stuff[int(m[1])], text)
    # a material link left inside the title's own bracket of more words is a word of it
    # ("(2 pages; see the [project page])"); any other goes
    text = _MATERIAL_MARK.sub(lambda m: _kept(m, stuff), text)
    text = re.sub("\x02(\\d+)\x03", lambda m: links[int(m[1])], text)
    # "(in class; [practice exam](..))": no separator left before the bracket's end
    text = _BRACKET_DANGLING.sub("", text) if material else text
    # "RPC and Threads, [crawler.go](..), [video](..)": no list's commas left over
    text = _SEPARATOR_LEFT.sub("", text) if material else text
    # "Midterm exam (in class). [Last year's midterm](..)": no sentence's end left over
    text = _SENTENCE_LEFT.sub("", text) if material else text
    # "**Midterm** (in class) — [practice exam](..)": no dangling separator once it is gone
    return _DANGLING.sub("", classify.collapse(as_written(text)))


_DANGLING = lazyre.compile(r"(?:\s+(?:[-–—|·]+|&(?:middot|bull|ndash|mdash);)|\s*[:,])$")
"""A separator left ending a title once the links after it are gone (written as an
entity too: titles keep entities as written)."""
_BRACKET_DANGLING = lazyre.compile(r"\s*[,;/|&]\s*(?=[)\]])")
_MATERIAL_MARK = lazyre.compile(r"\x01(\d+)\x04")
_BUSINESS_OPENING = lazyre.compile(
    rf"^\s*\x01(\d+)\x04(?=\s+{vocab.alternation(vocab.BUSINESS_EVENTS)}\b)", re.IGNORECASE
)
"""A material link opening a title, then a business event (``[Assignment 1](..) out``)."""
_SEPARATOR_LEFT = lazyre.compile(r"\s*,(?=\s*,|\s*$)")


def _kept(mark: re.Match[str], texts: list[str]) -> str:
    """A material link's text where its bracket, opened before it in the title, stays
    open to it and a word of the sentence leads to it (``see the [project page]``), else
    nothing (``(in class; [practice exam])``: material listed after a separator)."""
    before = mark.string[: mark.start()]
    inside = before.count("(") > before.count(")")
    return texts[int(mark[1])] if inside and _WORD_BEFORE.search(before) else ""


_WORD_BEFORE = lazyre.compile(r"[^\W\d]\s+$")


_SENTENCE_LEFT = lazyre.compile(r"(?<=[)\w])\.\s*$")
"""The period of a title's sentence that material links followed: no end of its own."""


class ItemPieces:
    """An item's :func:`pieces`, walked once, and each link's place among them: what is
    asked of the text around each link walks a line, not the item, and at most
    :data:`WINDOW` pieces at each end of a long line (a cell of thousands of
    comma-joined links is read in linear time)."""

    __slots__ = ("item", "seq", "at", "starts", "ends", "texts", "memo", "last_link")

    def __init__(self, item: LexborNode) -> None:
        self.item = item
        self.seq: list[str | LexborNode] = list(pieces(item))
        self.at: dict[int, int] = {}
        """Per link (``mem_id``), its index in :attr:`seq`."""
        self.starts: list[int] = []
        """Per piece, the index its line starts at (after the last :data:`BREAK`)."""
        self.texts: dict[int, str] = {}
        self.memo: dict[str, Any] = {}
        """What a reader computes once per item (its label lines, say)."""
        start = 0
        for index, piece in enumerate(self.seq):
            self.starts.append(start)
            if isinstance(piece, str):
                start = index + 1 if piece == BREAK else start
            else:
                self.at[piece.mem_id] = index
        self.starts.append(start)  # where a link not among the pieces is: after them all
        self.last_link = max(self.at.values(), default=-1)
        """The index of the item's last link."""
        self.ends: list[int] = [len(self.seq)] * (len(self.seq) + 1)
        """Per piece, the index its line ends at (its :data:`BREAK`, or the end)."""
        end = len(self.seq)
        for index in range(len(self.seq) - 1, -1, -1):
            end = index if self.seq[index] == BREAK else end
            self.ends[index] = end

    def links(self) -> list[LexborNode]:
        """Every link of the item, looked up once."""
        if "links" not in self.memo:
            self.memo["links"] = self.item.css("a")
        found: list[LexborNode] = self.memo["links"]
        return found

    def material(self) -> frozenset[int]:
        """The links of the item that name class material (``[slides]``), by ``mem_id``."""
        if "material" not in self.memo:
            self.memo["material"] = frozenset(
                link.mem_id for link in self.links() if classify.names_material(self.text(link))
            )
        found: frozenset[int] = self.memo["material"]
        return found

    def beside_material(self, link: LexborNode) -> bool:
        """Whether the item also links slides, a recording or the like."""
        return bool(self.material() - {link.mem_id})

    def links_only(self) -> bool:
        """:func:`links_only` of the item, once."""
        if "links_only" not in self.memo:
            self.memo["links_only"] = links_only(self.item)
        return bool(self.memo["links_only"])

    def after_run(self, link: LexborNode) -> str:
        """The words right after the run of generically named links *link* is followed
        by (``[ACM](u) [pdf](v) <span>optional</span>``: for the ACM link, ``optional``;
        ``[A](u) ([ACM](v)) **(R)**``: ``(R)``), or "" when no such link follows it with
        nothing but white space and brackets between."""
        index = self.index(link) + 1
        run = 0
        while index < len(self.seq) and run <= WINDOW:
            piece = self.seq[index]
            if not isinstance(piece, str):
                if not classify.is_generic(self.text(piece)):
                    return ""
                run += 1
            elif piece == BREAK:
                return ""
            elif piece.strip(" \t\n([)]"):
                break
            index += 1
        words: list[str] = []
        for piece in self.seq[index : self.ends[index - 1]] if run else ():
            if not isinstance(piece, str):
                break
            words.append(piece)
        return classify.collapse(decoded("".join(words)))

    def note_after(self, link: LexborNode) -> str:
        """The line after *link*'s, when *link* is the last link of the item and that line
        holds no link: a description under it (Moodle's ``contentafterlink``,
        ``Essential reading. Sections 1–4``), else ""."""
        index = self.index(link)
        if index >= len(self.seq) or index != self.last_link:
            return ""  # a link after it: the line below is no description of this one
        start = self.ends[index] + 1
        while start < len(self.seq):  # the next line with words (a block opens a line)
            words = "".join(p for p in self.seq[start : self.ends[start]] if isinstance(p, str))
            if words.strip():
                return classify.collapse(decoded(words))
            start = self.ends[start] + 1
        return ""

    def text(self, link: LexborNode) -> str:
        """:func:`text_of` *link*, once per link."""
        found = self.texts.get(link.mem_id)
        if found is None:
            found = self.texts[link.mem_id] = text_of(link)
        return found

    def index(self, link: LexborNode) -> int:
        """*link*'s index among the pieces; one not among them (the item is the link
        itself) is after them all."""
        return self.at.get(link.mem_id, len(self.seq))

    def line_before(self, link: LexborNode) -> list[str | LexborNode]:
        """The pieces of *link*'s line before it; of a long line, its first and last
        :data:`WINDOW` pieces."""
        index = self.index(link)
        start = self.starts[index]
        if index - start <= 2 * WINDOW:
            return self.seq[start:index]
        return [*self.seq[start : start + WINDOW], " ", *self.seq[index - WINDOW : index]]

    def line_after(self, link: LexborNode) -> list[str | LexborNode]:
        """The pieces of *link*'s line after it (to the next :data:`BREAK`); of a long
        line, the first and last :data:`WINDOW` of them."""
        index = self.index(link) + 1
        end = self.ends[index - 1]
        if end - index <= 2 * WINDOW:
            return self.seq[index:end]
        return [*self.seq[index : index + WINDOW], " ", *self.seq[end - WINDOW : end]]


WINDOW = 32
"""Pieces of a long line read at each end of it: what is said of a link is said near
it or where its line opens or ends."""


_WORDED = lazyre.compile(r"\w")


def text_before(item: ItemPieces, link: LexborNode) -> tuple[str, str]:
    """Text of *item* before *link* (since the last ``<br>``), and right after it."""
    line = item.line_before(link)
    before = [piece if isinstance(piece, str) else item.text(piece) for piece in line]
    after: list[str] = []
    for index in range(item.index(link) + 1, len(item.seq)):  # no copy of the line's rest
        piece = item.seq[index]
        if not isinstance(piece, str) and not _WORDED.search(item.text(piece)):
            continue  # "<a>ch6.pdf</a><a><img></a> ★": a link of no words, a file's preview
        if not isinstance(piece, str) or piece == BREAK:
            break
        after.append(piece)
    return (
        classify.collapse(decoded("".join(before))),
        classify.collapse(decoded("".join(after))),
    )


def context_before(item: ItemPieces, link: LexborNode) -> str:
    """Text of *item* before *link* (since the last ``<br>``) that may say what it is,
    each earlier link that is a reading itself a ``\x00``: its words name a work, no
    material (``[Datasheets for Datasets](u) [[pdf](v)]`` is no ``Datasets: [pdf]``;
    ``[Slides](u) [[pdf](v)]`` keeps the slides)."""
    parts: list[str] = []
    reads: dict[int, bool] = item.memo.setdefault("reads", {})  # each link judged once
    for piece in item.line_before(link):
        if isinstance(piece, str):
            parts.append(piece)
            continue
        text = item.text(piece)
        if piece.mem_id not in reads:
            reads[piece.mem_id] = classify.is_reading(text, piece.attributes.get("href") or "")
        parts.append("\x00" if reads[piece.mem_id] else text)
    return classify.collapse(decoded("".join(parts)))


def rest_of_line(item: ItemPieces, link: LexborNode) -> str:
    """Text of *item* after *link* up to the next ``<br>``, each later link a ``\x00``
    (``[A](u), [B](v) (both optional)`` -> ``, \x00 (both optional)``)."""
    rest = [piece if isinstance(piece, str) else "\x00" for piece in item.line_after(link)]
    return classify.collapse(decoded("".join(rest)))


def words_naming(item: ItemPieces, link: LexborNode) -> str:
    """The words of *item* that name a generically called *link* (``[pdf]``, ``[1]``):
    those before it since the last ``<br>``, named link or generic link after words
    of its own (``IIR ch. 1 [pdf]; Bush, As We May Think [html]``); with none, what
    the link right before it names (``[Title](u) [[pdf](v)]``, ``Title [pdf] [ps]``)."""
    named = ""
    words: list[str] = []
    for piece in item.line_before(link):
        if isinstance(piece, str):
            words.append(piece)
        elif (
            classify.is_generic(text := item.text(piece))
            or classify.is_identifier_link(text, piece.attributes.get("href") or "")
            or classify.names_material(text)
            or classify.names_venue(text, "".join(words))
        ):
            # "IIR ch. 1 [pdf]; Bush, ...": the pdf ends its citation; so does a
            # companion ("Kutz et al., ... 2017. [project page](u) [pdf](v)")
            cited = _citation(words)
            named, words = (cited, []) if cited else (named, words)
        else:  # "[ESL §3.4](u); Tibshirani, ... [[PDF](v)]": the PDF is Tibshirani's
            named, words = text, []
    said = decoded("".join(words))  # "Reeder &amp; Consolvo": no clause ends in it
    opened = said.count("(") > said.count(")") or said.count("[") > said.count("]")
    opened = opened or item.text(link).lstrip().startswith("[")  # "[[arXiv]](u)"
    opened = opened or said.rstrip().endswith(("·", "|", "•"))  # "(PODC 2019) · [arXiv](u)"
    if named and opened and _VENUE_THEN_BRACKET.match(said):
        return named  # "[A](u). SOSP 2023 (also on [arXiv](v))": another copy of A
    return _citation(words) or named


_VENUE_THEN_BRACKET = lazyre.compile(
    # a volume with its issue after the venue's words: "Proc. ACM HCI 5(CSCW1). ["
    r"^[\s.,]*(?:[^\s;()\[\]]+(?:\([\w-]{1,10}\))?[.,]?\s+){0,4}"
    r"(?:\d{1,4}\([\w-]{1,10}\)[.,]?\s+)?"
    r"[(\[]\s*(?:[^\s;()\[\]]+\s+){0,3}$"
    r"|^\s*\(\s*(?:[^\s;()]+\s+){0,5}[^\s;()]+;\s+(?:[^\s;()]+\s+){0,3}$"
    # "[A](u) (CSCW 2017) [[pdf](v)]": the venue in brackets of its own, then a bracket
    r"|^\s*\((?:[^\s;()]+\s+){0,5}[^\s;()]+\)[\s.,·|•]*[(\[]?\s*$"
)
"""After a named link, a venue or year of at most four words (and a volume with its
issue), then an open bracket (round
or square) of at most three (``, Science Robotics 2020 (``, ``. SOSP 2023 (also on``,
``. WWW 1998. [``, ``. <em>Proc. ACM HCI</em> 5(CSCW1). [``), or a bracket
opened right after it that gives the venue before a semicolon (`` (CSCW 2017; also
on``, `` (CHI 2019; also as a``), or the venue in brackets of its own then a bracket
(`` (CSCW 2017) [``, `` (Leis et al., VLDB 2015) [``: up to six words): a link there
is a copy of the named work, not a citation of its own (``; Tibshirani, Regression …``)."""


def _citation(words: list[str]) -> str:
    """The words of a citation, if they hold any."""
    written = classify.collapse(decoded("".join(words)))
    text = classify.with_abbreviation(written.strip(" ;,."), written.lstrip(" ;,."))
    return text if re.search(r"\w", text) else ""


_JOINED_ONLY = lazyre.compile(r"[\W_]*(?:\b(?:and|or|&)\b[\W_]*)?", re.IGNORECASE)
"""What may stand between two links of one work's parts: punctuation, ``and``, ``or``."""


def words_before(item: ItemPieces, link: LexborNode) -> str:
    """Text of *item* right before *link*, since the previous link or ``<br>``; with only
    punctuation between them, the previous link's text too (``[Bit by Bit](..), [ch.
    1](..)``: the work the part is of)."""
    before: list[str] = []
    previous = previous_before = ""
    for piece in item.line_before(link):
        if isinstance(piece, str):
            before.append(piece)
            continue
        # "OSTEP [Ch. 4](..), [Ch. 5](..)": the work named before the first part
        if not previous or not _JOINED_ONLY.fullmatch("".join(before)):
            previous_before = "".join(before)
        elif not classify.names_part(" ".join(previous.split()[-2:])):
            previous_before = previous  # "[OSTEP](..) [ch. 4](..), [ch. 5](..)"
        before, previous = [], item.text(piece)
    words = "".join(before)
    if previous and _JOINED_ONLY.fullmatch(words):  # "[ch. 7](..) and [ch. 8](..)"
        # a work, not a part of one itself ("[OSTEP ch. 28](..), [ch. 31](..)": siblings
        # of one work, named before the first of them if at all)
        if not classify.names_part(" ".join(previous.split()[-2:])):
            words = previous + words
        elif any(char.isalnum() for char in previous_before):
            words = previous_before
    return classify.collapse(decoded(words))


def lead_text(item: LexborNode) -> str:
    """The words an item starts with, before its first link (``Reading:``, ``Optional``)."""
    parts = []
    for piece in pieces(item):
        if not isinstance(piece, str):
            break
        parts.append(piece)
    return classify.collapse(decoded("".join(parts)))


def first_element(node: LexborNode) -> LexborNode | None:
    """*node*'s first child that is not blank text."""
    return _not_blank(node.child)


def next_element(node: LexborNode) -> LexborNode | None:
    """*node*'s next sibling that is not blank text."""
    return _not_blank(node.next)


def previous_element(node: LexborNode) -> LexborNode | None:
    """*node*'s previous sibling that is not blank text."""
    before = node.prev
    while before is not None and _blank_text(before):
        before = before.prev
    return before


def _not_blank(node: LexborNode | None) -> LexborNode | None:
    while node is not None and _blank_text(node):
        node = node.next
    return node


def _blank_text(node: LexborNode) -> bool:
    """Whether *node* is text of whitespace only."""
    return node.tag == "-text" and not (node.text_content or "").strip()


def card_date(node: LexborNode) -> str | None:
    """The date of a card: a ``<div>`` of two or more parts whose first is only a
    date (``<div><span class="date">Jan 22</span><div>Topic ...</div></div>``)."""
    first = first_element(node)
    if first is None or first.tag == "-text" or next_element(first) is None:
        return None
    parts: list[str] = []
    for count, sub in enumerate(itertools.chain((first,), walk_tree(first))):
        if count > 9 or _POST_DATE_CLASS.search(sub.attributes.get("class") or ""):
            return None  # <time class="entry-date published">: a blog post's date
        parts.append(sub.text_content or "" if sub.tag == "-text" else "")
    text = classify.collapse(decoded("".join(parts)))  # "Thu&nbsp;Sep&nbsp;4": a date
    date = classify.date_in(text) if len(text) <= 40 else None
    if date is None:
        return None
    rest = text.replace(date, "", 1).strip(" ·|-–—,:")
    # "Week 3 · Jan 22": the session, then its date; or after it ("Mon Sep 8  Lecture 1")
    session = classify.SESSION_RE.match(rest)
    rest = rest[session.end() :] if session else rest
    if session and classify.names_no_topic(rest.strip(" ·|-–—,:")):
        rest = ""  # "Thu Sep 18 Lecture 6 · Guest lecture": and what kind of meeting
    return written_date(date, "".join(parts)) if not re.sub(r"[\W_]", "", rest) else None


_POST_DATE_CLASS = lazyre.compile(r"\b(?:entry-date|posted-on|published|updated|post-date)\b")
"""The classes of a blog post's own date (WordPress's ``<span class="posted-on"><time
class="entry-date published">``): when it was posted, not a session's day."""


_PART_BLOCKS = ("div", "p", *HEADINGS)
"""Blocks a card stacks its parts in: the one after the date names it."""


def _second_part(node: LexborNode) -> LexborNode | None:
    """The part of a card after its first (its date), skipping blank text."""
    found = 0
    child = node.child
    while child is not None:
        if child.tag != "-text" or (child.text_content or "").strip():
            found += 1
            if found == 2:
                return child
        child = child.next
    return None


def card_title(node: LexborNode, key: str) -> str:
    """A card's words after its date, before its first link or list; the first
    heading's among them, when one has words besides the date (``<h5>Project proposal
    due</h5><p>One page, …</p>``: the heading names the card, the paragraph tells more),
    the next one (or paragraph) when it only says who talks or what kind of meeting
    (``<h5>Dr. Priya Natarajan (DeepMind)</h5><h6>Cross-embodiment data</h6>``, ``<h4>Guest
    lecture</h4>``), unless that one is a label (``<h6>Readings</h6>``);
    else the block after the date, when the card stacks its parts in blocks
    (``<div>Week 3 · Jan 22</div><div>Pretraining</div><div>Required</div>``)."""
    parts: list[str] = []
    speaker = ""  # "<h5>Guest lecture: Prof. Ortega</h5><h6>Legged locomotion</h6>"
    for sub in walk_tree(node):
        if sub.tag in ("a", "ul", "ol", "dl", "table"):
            break
        if sub.tag in HEADINGS or (speaker and sub.tag == "p"):
            heading = classify.title_without(clean_title(sub), key)
            shown = html.unescape(heading)
            if heading and (classify.speaker_only(shown) or classify.names_no_topic(shown)):
                speaker = speaker or heading  # who talks, or what kind of meeting: the
                # heading (or a paragraph) after it names the topic
            elif heading and speaker:
                return speaker if classify.label_requirement(heading)[0] else heading
            elif heading:
                return heading
        if sub.tag == "-text":
            parts.append(sub.text_content or "")
    if speaker:
        return speaker
    second = _second_part(node)
    # "<div><p>Legged locomotion</p><p>Guest: Dr. Reyes</p></div>": its first block
    first = first_element(second) if second is not None else None
    block = first if first is not None and first.tag in ("p", "div") else second
    if (
        block is not None
        and second is not None
        and second.tag in _PART_BLOCKS
        and (block.css_first("a") is None)
    ):
        named = classify.title_without(written_words(block), key)
        if named and not classify.label_requirement(html.unescape(named))[0]:
            return named  # its entities as written: "Introduction &amp; threat models"
    return classify.title_without(classify.collapse(" ".join(parts)), key)


def written_words(node: LexborNode, shown: str | None = None) -> str:
    """*shown* (by default *node*'s words), the whole of *node*'s words, with its
    entities as the source wrote them (``**No class &mdash; instructor travel**``: a
    title keeps them); else *shown*."""
    shown = text_of(node) if shown is None else shown
    raw = raw_text_of(node)
    return raw if raw != shown and classify.collapse(html.unescape(raw)) == shown else shown


def item_of(link: LexborNode, limit: LexborNode | None) -> LexborNode:
    """The item *link* is in: its list item, paragraph, cell, term or heading, or a
    ``<div>`` holding only inline content (a bibliography's ``csl-entry``)."""
    node = link.parent
    while node is not None and node.tag not in _ITEM_TAGS:
        if limit is not None and node.mem_id == limit.mem_id:
            return node
        if node.tag == "div" and _inline_only(node):
            return node
        node = node.parent
    return node if node is not None else link


def _inline_only(node: LexborNode) -> bool:
    child = node.child
    while child is not None:
        if child.tag in _BLOCK_TAGS:
            return False
        child = child.next
    return True


_WRAPPERS = frozenset({"div", "section", "ul", "ol", "span", "li", "p", "tr", "td", "dd"})
"""Elements whose class may say what the readings inside are."""


def region_of(link: LexborNode, limit: LexborNode | None = None) -> tuple[bool, Requirement | None]:
    """Whether *link* sits in a reading wrapper (``<div class="optional_reading">``, an
    item of its own: ``<li class="optional">``); with *limit*, one inside it."""
    node = link.parent
    while node is not None:
        classes = node.attributes.get("class") or "" if node.tag in _WRAPPERS else ""
        found = {m.lastgroup for m in _REGION_CLASS.finditer(classes)} if classes else set()
        if found:  # class="readings optional": the requirement word wins
            if "opt" in found:
                return True, "optional"
            if "req" in found:
                return True, "required"
            return True, None
        if limit is not None and node.mem_id == limit.mem_id:
            break
        node = node.parent
    return False, None


def contains(outer: LexborNode | None, node: LexborNode) -> bool:
    """Whether *node* is *outer* or lies inside it."""
    if outer is None:
        return False
    probe: LexborNode | None = node
    while probe is not None:
        if probe.mem_id == outer.mem_id:
            return True
        probe = probe.parent
    return False


def inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    probe = node.parent
    while probe is not None:
        if probe.tag in tags:
            return True
        probe = probe.parent
    return False


COMPONENT_BADGE = lazyre.compile(
    r"<(?-i:[A-Z][\w-]*)\b[^<>]*?\b(?:text|label)\s*=\s*[\"'](?P<text>[^\"'<>]{1,30})[\"']"
    r"[^<>]*/>"
)
"""A self-closing component that shows its ``text``/``label`` attribute (VuePress's
``<Badge text="required" type="warning"/>``): a badge with those words."""
