"""Anchored sequences: a dated term, heading or entry marker opens a lecture.

Walks the document in order.  Between two anchors, labels (``Reading:``,
``Optional readings``) set the reading region and its requirement; links in
the lecture's title are never readings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field, replace

from selectolax.lexbor import LexborNode

from readlist import lazyre
from readlist.extract import classify, vocab
from readlist.extract.css import element_styles
from readlist.extract.dom import (
    BOX_END,
    BOX_OPEN,
    BOX_START,
    BREAK,
    ENTRY_TAG,
    HEADINGS,
    LABEL_CLASS,
    Draft,
    ItemPieces,
    Mark,
    box_kind,
    box_mark,
    card_date,
    card_title,
    clean_title,
    contains,
    decoded,
    first_element,
    inside,
    item_of,
    lead_text,
    next_element,
    pieces,
    raw_text_of,
    region_of,
    rest_of_line,
    second_line,
    text_of,
    topic_line,
    walk_tree,
    written_words,
)
from readlist.extract.reader import RUN_IN_LABEL, opening_marker
from readlist.extract.tables import ScheduleReader, item_title, session_label
from readlist.model import Requirement

_BLOCKS = {"p", "dd", "dt", "li", "div", "summary"} | HEADINGS
_TITLE_LABEL = lazyre.compile(
    r"^(?:lecture|lec|class|session|seminar|discussion|guest\s+lecture|talk|meeting)"
    r"(?:\s*#?\d+)?:?$",
    re.IGNORECASE,
)
# what may stand beside a date in a term that is only a date ("Tue, Mar 4 ")
_DATE_ONLY_REST = lazyre.compile(rf"[\s,.:()\-–—]|\b{classify.WEEKDAY}[a-z]*\b", re.I)
_WORD = lazyre.compile(r"\w")
_HEADING_TAGS = tuple(sorted(HEADINGS))
_SKIP = {"script", "style", "template", "head", "-comment", "-text"}
_OTHER_LABEL = frozenset(vocab.OTHER_LABELS)


def _elements(node: LexborNode, consumed: Container[int]) -> Iterator[LexborNode]:
    """Element descendants of *node* in document order; a schedule read already
    (*consumed*) is yielded but not entered."""
    for child in walk_tree(node, lambda n: n.tag not in _SKIP and n.mem_id not in consumed):
        if child.tag not in _SKIP or (
            child.tag == "-comment" and (box_mark(child, BOX_END) or box_mark(child, BOX_START))
        ):
            yield child


def _own_text(node: LexborNode) -> str:
    """Text of a block before its first nested block; "" when a link comes first
    (then the words are a prefix of that link, not a label of what follows)."""
    parts: list[str] = []
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag == "a" or (
            tag not in ("ul", "ol", "dl", "div", "p", "table") and child.css_first("a") is not None
        ):
            return ""
        elif tag in ("ul", "ol", "dl", "div", "p", "table"):
            break
        elif tag not in ("-comment", "script", "style", "br"):
            parts.append(child.text(deep=True, separator=""))
        child = child.next
    return classify.collapse(decoded("".join(parts)))


_PAGE_LEVEL = ("body", "html", "main")


def _bound_of(heading: LexborNode) -> LexborNode | None:
    """The lowest block above *heading* that holds more than it (``<div class="card">``
    around ``<div class="card-header"><h5>Jan 21</h5></div>`` and the card's body),
    ``None`` when that is the page itself."""
    node = heading
    parent = node.parent
    while parent is not None and parent.tag not in _PAGE_LEVEL:
        if _holds_more(parent, node):
            return parent
        node, parent = parent, parent.parent
    return None


def _holds_more(parent: LexborNode, child: LexborNode) -> bool:
    """*parent* holds text or a link besides *child* (an empty ``<a name>`` is not, nor
    the child's own words shown again: Canvas's hidden ``<h2 class="screenreader-only">``
    beside a visible ``<span class="name">`` that repeats it)."""
    sibling = parent.child
    own: str | None = None
    while sibling is not None:
        if sibling.mem_id != child.mem_id:
            if sibling.tag == "-text":
                if (sibling.text_content or "").strip():
                    return True
            elif sibling.tag != "-comment":
                linked = sibling.css_first("a[href]") is not None
                words = sibling.text(deep=True).strip()
                if words and not linked:
                    own = text_of(child) if own is None else own
                    if classify.collapse(decoded(words)) == own:
                        words = ""  # the heading again
                if words or linked:
                    return True
        sibling = sibling.next
    return False


def _title_of_term(
    term: LexborNode, key: str, presenters: bool = False
) -> tuple[str, int | None, LexborNode | None]:
    """Title, number and title node of a definition-list lecture.

    *presenters*: the list's terms name who presents before an emphasized topic
    (:func:`presenter_terms`): a term with only names gives way to its definition."""
    rest = classify.collapse(_text_without(term, key))
    topic = _topic_after_names(term, rest) if presenters else ""
    if topic:
        return topic, None, term  # "Feb 4 — Chloé Martin, <em>Differential privacy</em>"
    if presenters and classify.names_only(html.unescape(rest)):
        rest = ""  # "Jan 28 — Ben Okafor", "Apr 15 — TBD": who presents, no topic
    session = classify.SESSION_WORD_RE.match(rest)
    if rest and not (session and not rest[session.end() :].strip(" :.-–—")):
        return rest, None, term
    # "<dt>Week 1 (Jan 14)</dt><dd><p><strong>Introduction</strong></p>": only a session
    # label besides the date, the topic is the definition's
    dd = term.next
    while dd is not None and dd.tag != "dd":
        if dd.tag == "dt":
            return "", None, None
        dd = dd.next
    if dd is None:
        return "", None, None
    nested = dd.css_first("dt")
    node = nested if nested is not None else dd
    number = None
    first = first_element(node)
    href = (first.attributes.get("href") or "") if first is not None else ""
    if (
        node.tag == "dd"
        and first is not None
        and first.tag == "a"
        and "//" in href  # another site's ("[Intro](notes/1.html)": a linked topic)
        and classify.is_reading(text_of(first), href)
    ):
        # "<dt>Jan 28</dt><dd><a>Membership Inference Attacks</a> (S&amp;P 2017)<br>…":
        # a definition opened by a paper is titled by it, and its links are still read
        return classify.trim_title(raw_text_of(first)), number, None
    if first is not None and first.tag == "p":  # a loose list wraps definitions in <p>
        node, first = first, first.child
    if first is not None and first.tag in ("strong", "b", "span", "em"):
        label = _text(first)
        pill = LABEL_CLASS in (first.attributes.get("class") or "")
        if pill or label.isdigit() or _TITLE_LABEL.match(label):
            number = int(label) if label.isdigit() else classify.session_number(label)
            lead = lead_text(node).removeprefix(label).strip()
            if lead and classify.TOPIC_THEN_LINKS.search(lead) and not classify.names_speaker(lead):
                # ": **Discussion** Paper discussion — [A](..)": the topic, then its reading
                return classify.trim_title(lead), number, None
            title = clean_title(node).removeprefix(label).strip(" :-–—")
            return title, number, node
        if (
            first.tag in ("strong", "b")
            and first.css_first("a") is None
            and node.css_first("a") is not None
            and _WORD.search(lead_text(node).removeprefix(label))
        ):
            # ": **Enumerative search.** Read [A](..) before class": a bold topic run in
            # before the session's prose, whose links are its readings
            return classify.trim_title(written_words(first, label).rstrip(" .:")), None, None
        if first.tag in ("strong", "b") and node.tag == "p" and node.css_first("a") is None:
            # "<p><strong>Intro.</strong> (guest: Dr. Haddad).</p>": a bold topic line
            return classify.trim_title(written_words(first, label).rstrip(" .:")), None, node
    if node.tag == "dd" and classify.TOPIC_THEN_LINKS.search(lead_text(node)):
        # ": Intro — [A](..)": the topic, then its readings
        return classify.trim_title(lead_text(node)), number, None
    return clean_title(node), number, node


_text = text_of


_NESTED_BLOCKS = ("ul", "ol", "dl", "table")


def _titled_by(title: LexborNode | None, node: LexborNode) -> bool:
    """Whether *node* is part of *title*, the node that titles the lecture: a list
    under a definition's topic line (``<dd>Topic A<ul><li><a>..``, kramdown's list
    written straight under ``: Topic A``) is not, its links are the lecture's."""
    if not contains(title, node):
        return False
    assert title is not None
    probe: LexborNode | None = node
    while title.tag == "dd" and probe is not None and probe.mem_id != title.mem_id:
        if probe.tag in _NESTED_BLOCKS:
            return False
        probe = probe.parent
    return True


_EMPHASIS = ("em", "i", "cite")


def _topic_after_names(term: LexborNode, rest: str) -> str:
    """The emphasized words closing a term after a comma or colon that follows only
    people's names (``Chloé Martin, <em>Differential privacy</em>``, ``Ana Lee &amp;
    Tomás Ruiz: <em>Kickoff</em>``), else ""."""
    last = term.last_child
    while last is not None and last.tag == "-text" and not (last.text_content or "").strip():
        last = last.prev
    if last is None or last.tag not in _EMPHASIS:
        return ""
    topic = raw_text_of(last).strip()  # a title keeps its entities as written
    if not topic or not rest.endswith(topic):
        return ""
    head = rest[: -len(topic)].rstrip()
    if not head.endswith((",", ":")):
        return ""
    head = html.unescape(head.rstrip(" ,:"))  # "Chlo&eacute; Martin": a name as read
    # two words or more: a person's full name, not a one-word topic ("Transformers:")
    return topic if len(head.split()) >= 2 and classify.names_only(head) else ""


def presenter_terms(term: LexborNode) -> bool:
    """Whether *term*'s definition list names who presents before an emphasized topic in
    two of its terms or more: there, a term with only a name has no topic."""
    parent = term.parent
    found = 0
    for sibling in parent.iter() if parent is not None else ():
        date = classify.date_in(_text(sibling)) if sibling.tag == "dt" else None
        if date and _topic_after_names(sibling, classify.collapse(_text_without(sibling, date))):
            found += 1
            if found == 2:
                return True
    return False


def _text_without(node: LexborNode, key: str) -> str:
    text = raw_text_of(node)
    if key.strip() not in text:
        text = _text(node)  # a key read decoded
    index = text.find(key.strip())
    if index < 0:
        return ""
    rest = text[:index] + text[index + len(key.strip()) :]
    return classify.trim_title(rest)


def _heading_title(node: LexborNode, key: str) -> tuple[str, int | None]:
    text = clean_title(node)
    return classify.title_without(text, key), classify.session_number(text)


_CARDS = ("div", "header", "article", "section")
"""Blocks that are a card when their first part is only a date."""
_STRUCTURE = {
    ENTRY_TAG: "entry",
    "dt": "term",
    "p": "paragraph",
    "summary": "paragraph",
    **dict.fromkeys(_CARDS, "card"),
}
_PARAGRAPHS = ("p", "summary")
"""Blocks that open an entry when they start with a date."""
_DATE_LINES = (*_PARAGRAPHS, "dd")
"""Blocks that open an entry as a line of text (a ``<dd>`` under a ``Date:`` term)."""
_SESSION_END = lazyre.compile(r"\s*(?:$|[:(\[|·•,.\-–—]|&\w+;)")


def _leads_with(text: str, date: str) -> bool:
    """Whether *text* starts with *date*, or with ``Lecture 3``/``Week 2`` and then it."""
    start = 0
    session = classify.MEETING_RE.match(text)
    if session:
        start = session.end()
    at = text.find(date, start)
    lead = classify.ENTRY_PREFIX.sub("", re.sub(r"&\w+;", "", text[start:at]), count=1)
    return at >= 0 and (not re.search(r"[A-Za-z]", lead) or bool(_BREAK_LEAD.match(lead)))


_BREAK_LEAD = lazyre.compile(
    rf"^\W*{vocab.alternation(vocab.BREAK_LEADS)}\s*[-–—:|·,(]?\s*$", re.IGNORECASE
)
"""A heading's words before its date that name a week without class (``Reading week ·
Feb 17``, Moodle's renamed section ``Reading week (17 February - 23 February)``)."""


_DUE = lazyre.compile(r"^\W*due\b", re.IGNORECASE)
_TRAILING_DATE = lazyre.compile(
    rf"(?:\(\s*|\s[-–—|·]\s*|,\s*|\s[<\[]\s*)(?P<date>{classify.DATE_RE.pattern})"
    rf"(?:\s*[-–—]\s*(?:{classify.MONTH_WORD}\s*)?\d{{1,2}})?"
    # "(Jan 16, Ana Lee)": who presents, after the date in its bracket
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}(?=\s*\)))?\s*[)>\]]?\s*$",
    re.IGNORECASE,
)
"""A date that ends a ``Lecture 3`` heading (``Lecture 3: Scheduling (Sep 5)``; an Org
timestamp, ``3.1. Q-learning <2025-01-21 Tue>``), or a range of days (``Module 2:
Explainability (Jan 20–30)``)."""
_NUMBERED_HEADING = lazyre.compile(rf"{classify.SECTION_NUMBER.pattern}(?=[^\W\d])")
"""A heading's section number before its words (``1. Introduction (Jan 6)``)."""


def _with_written_range(node: LexborNode, text: str, date: str) -> str:
    """*date* with the days after it, as the source writes them (``Jan 6&ndash;10``)."""
    written = raw_text_of(node)
    return classify.with_range(written if date in written else text, date)


def _is_anchor(node: LexborNode, entries: bool = False) -> str | None:
    """The key when *node* opens a lecture (a dated term or heading, an entry marker)."""
    tag = node.tag
    if tag == ENTRY_TAG:
        return decoded(node.attributes.get("key") or "") if entries else None
    if tag == "dt" or tag in HEADINGS:
        text = text_of(node)
        if len(text) > 160:
            return None
        date = classify.date_in(text)
        if date and tag in HEADINGS and not _leads_with(text, date):
            date = None  # "### Milestone 1 — Jan 25": a date in a heading about something else
        if date and _DUE.match(text) and classify.trim_title(text.split(date, 1)[1]):
            date = None  # "Due Friday 1/20: proposal" is a deadline; "Due Mon. 1/13" an entry
        if date and (tag == "dt" or text.find(date) < 40):
            rest = classify.more_days(text.replace(date, "", 1))
            if tag == "dt" and not _DATE_ONLY_REST.sub("", rest):
                return raw_text_of(node)  # the term is the date: keep it as written
            written = raw_text_of(node)  # a range as written: "Mar 4 &ndash; Mar 6"
            return classify.with_range(written if date in written else text, date)
        match = classify.SESSION_WORD_RE.match(text)  # codes ("L2") key no undated heading
        if match and tag in HEADINGS and _SESSION_END.match(text, match.end()):
            # "Lecture 3: X", not "Lecture 3 slides are missing"; "Lecture 3: X (Sep 5)": Sep 5
            trailing = _TRAILING_DATE.search(text, match.end())
            if trailing is None:
                return match.group(0).strip()
            return _with_written_range(node, text, trailing["date"])  # "(Jan 6&ndash;10)"
        number = _NUMBERED_HEADING.match(text) if tag in HEADINGS else None
        trailing = _TRAILING_DATE.search(text, number.end()) if number else None
        if trailing:  # "1. Introduction (Jan 6)": a numbered session that ends with its date
            return _with_written_range(node, text, trailing["date"])
    elif tag in _CARDS and not inside(node, ("li", "td", "th")):
        # <div><span>Jan 22</span><div>Topic, readings</div></div>; an HTML5
        # <article><header><time>Mon, Jan 6</time><h3>Topic</h3></header>...
        return card_date(node)
    elif tag == "dd" and _date_field(node):
        # ":Date: Jan 6" (a reStructuredText field list), <dt>Date</dt><dd>Jan 6</dd>
        return classify.date_in(text_of(node))
    elif tag in _PARAGRAPHS and not inside(
        _toggle_item(node) or node, ("li", "td", "th", "dd", "dt", "blockquote")
    ):
        # "**Jan 10**: Transformers" as a paragraph of its own, or a <details>' <summary>
        text = text_of(node)
        date = classify.date_in(text[:40])
        if date and len(text) > 150 and _run_in_lead(node, date) is not None:
            return date  # "**Tue Jan 21 — Intro.** There's no required reading …": a run-in lead
        if date and len(text) <= 150:
            session = classify.SESSION_RE.match(text)
            start = session.end() if session else 0
            if text.find(date, start) <= start + 3:  # starts with the date, after "Week 3"
                return classify.with_range(text, date)  # "*Feb 16–20*": the days it spans
            at = text.find(date)
            date = classify.with_range(text, date)  # "Dates: Jan 27 – Feb 7"
            rest = _opening_line(node, text)[at + len(date) :]
            rest = _PLACE_AFTER.sub("", _REMARK_AFTER.sub("", rest))
            if classify.DATE_LABEL.match(text[:at]) and not _WORD.search(rest):
                # "**Date:** Tue, Feb 4" on a line of its own, maybe with lines below it
                # in its paragraph ("**Guest lecturer:** [Dr. Maya Lindqvist](..)")
                return date
        match = classify.SESSION_WORD_RE.match(text) if tag == "summary" else None
        if match and len(text) <= 150 and _SESSION_END.match(text, match.end()):
            # a box's heading, read as one: "Week 3 — Topic (Jan 27)" keyed by its date
            trailing = _TRAILING_DATE.search(text, match.end())
            return classify.with_range(text, trailing["date"]) if trailing else None
    return None


_REMARK_AFTER = lazyre.compile(r"^\s*\([^()]*\)")
"""A remark in brackets right after a date line's date (``Dates: Jan 20 – Jan 24 (no
class Mon Jan 20)``): no words of a topic."""
_PLACE_AFTER = lazyre.compile(r"^\s*[·•|]\s*[^·•|]*$")
"""Where and when, set apart after a date line's date (``**Date:** Tue, Jan 20 · Gates
G01``): no words of a topic."""


def _date_labelled(node: LexborNode, key: str) -> bool:
    """Whether the paragraph *node* opens with a date label before its *key* (``**Date:**
    Jan 30, 2025``): a line of the entry's date, whatever lines follow it."""
    text = text_of(node)
    at = text.find(key)
    return at > 0 and classify.DATE_LABEL.match(text[:at]) is not None


_PAPER_LABEL = lazyre.compile(r"^\W*(?:paper|article|reading)\s*:\s*", re.IGNORECASE)
"""A line's label naming the one paper it gives (``**Paper:**``)."""


def _paper_line(node: LexborNode) -> str:
    """The paper a paragraph's first line gives after a ``Paper:`` label, as its link
    text (entities as written), when that line opens with it; else ""."""
    if node.tag != "p":
        return ""
    first = _opening_line(node, text_of(node))
    label = _PAPER_LABEL.match(first)
    link = node.css_first("a") if label else None
    if label is None or link is None or not first[label.end() :].startswith(text_of(link)):
        return ""
    return written_words(link)


def _last_line(node: LexborNode) -> str:
    """The last line of a paragraph's source (after its last line break), "" when it
    has one line."""
    raw = decoded(node.text(deep=True, separator="")).rstrip()
    return classify.collapse(raw.rsplit("\n", 1)[1]) if "\n" in raw else ""


def _heading_topic(title: str) -> str:
    """A heading's words without a section number and a session label opening them
    (``2.2 Week 2: Word vectors``: ``Word vectors``), when words are left."""
    title = classify.SECTION_NUMBER.sub("", title, count=1)
    session = classify.SESSION_RE.match(title)
    rest = classify.trim_title(title[session.end() :]) if session else ""
    return rest or title


def _heading_below(node: LexborNode) -> bool:
    """Whether a heading of no date follows the paragraph *node* (``<p><i class="bi
    bi-calendar-event"></i> Tue, Jan 21</p><h4>Congestion control</h4>``): the date
    line's topic, set below it."""
    below = next_element(node)
    return below is not None and below.tag in HEADINGS and classify.date_in(text_of(below)) is None


def _opening_line(node: LexborNode, text: str) -> str:
    """The first line of a paragraph whose words are *text*, up to its source's line
    break or a ``<br>``: *text* itself when it has one line."""
    raw = decoded(node.text(deep=True, separator=""))
    if "\n" not in raw.strip() and node.css_first("br") is None:
        return text
    head: list[str] = []
    for piece in pieces(node):
        if piece == BREAK:
            break
        head.append(piece if isinstance(piece, str) else text_of(piece))
    return classify.collapse("".join(head).strip().split("\n", 1)[0])


def _run_in_lead(node: LexborNode, date: str) -> str | None:
    """The text of the bold lead a paragraph opens with, when it starts with *date* and
    the paragraph goes on after it (``<p><strong>Tue Jan 21 — Introduction.</strong>
    There's no …``: a session's run-in heading, however long the paragraph), else None."""
    lead = first_element(node)
    if lead is None or lead.tag not in ("strong", "b") or lead.next is None:
        return None
    words = text_of(lead)
    if len(words) > 100 or not words.lstrip().startswith(date):
        return None
    rest = text_of(node)[len(words) :].strip(" .")
    return words if rest else None


def _toggle_item(summary: LexborNode) -> LexborNode | None:
    """The list item a ``<details>`` box is the whole of, for its ``<summary>`` (a Notion
    toggle list: ``<ul class="toggle"><li><details><summary>Week 2 · Jan 14</summary>``):
    the item only wraps the box, whose summary is read as if it stood alone."""
    details = summary.parent if summary.tag == "summary" else None
    item = details.parent if details is not None and details.tag == "details" else None
    if item is None or item.tag != "li" or details is None:
        return None
    first = first_element(item)
    alone = first is not None and first.mem_id == details.mem_id and next_element(details) is None
    return item if alone else None


def _date_term(node: LexborNode, heading: LexborNode) -> bool:
    """Part of *heading*, or a ``Date:`` term: no text between a heading and its date."""
    if node.tag == "dt" and classify.DATE_LABEL.match(text_of(node)):
        return True
    return contains(heading, node)


def _date_field(node: LexborNode) -> bool:
    """A ``<dd>`` that is only a date (and the hours or the room after it: ``Tue Feb 11,
    2:00–3:15 pm``), under a ``Date:`` term."""
    term = node.prev
    while term is not None and term.tag == "-text":
        term = term.prev
    if term is None or term.tag != "dt" or not classify.DATE_LABEL.match(text_of(term)):
        return False
    text = text_of(node)
    date = classify.date_in(text)
    return date is not None and not _WORD.search(classify.cut_key(text, date))


@dataclass
class _State:
    """Where the walk is: the lecture being read and what bounds it."""

    draft: Draft | None = None
    anchor_tag: str | None = None
    title_node: LexborNode | None = None
    close_level: int = 0
    """A heading at this level or above ends the lecture (0: none does)."""
    want_title: bool = False
    """The anchor gave no title: the next heading (or first line of text) is it."""
    card: LexborNode | None = None
    """The card the lecture opened at: a heading inside it is its title, not its end."""
    title_heading: bool = False
    """The next heading is the one the entry's key and title came from (a page dated
    in its first heading): it bounds the entry's sections, it does not end it."""
    bound: LexborNode | None = None
    """The block that holds a heading anchor and what follows it (a card: the heading in
    its header, the readings in its body): leaving it ends the lecture."""
    last_heading: LexborNode | None = None
    """The heading right before the block being visited (none once text came between)."""
    whole_page: bool = False
    """The entry is the whole page (dated in its front matter): no heading ends it, not
    even the one it takes its title from."""
    note: Requirement | None = None
    """A note before the entries ("All readings this week are optional"): what their
    unmarked readings are, up to a heading at :attr:`note_level` or above."""
    note_level: int = 0
    """The level of the heading the note is under (0: none, the note holds to the end)."""
    section_level: int = 0
    """The level of the last heading passed (0: none yet)."""
    sections: list[tuple[int, LexborNode]] = field(default_factory=list)
    """The headings the walk is under, outermost first, each with its level."""
    topic_below: bool = False
    """The entry's title names no topic (``Session 4``): its first block may, set apart."""
    box_row: bool = False
    """The lecture is a table's row continued by a box after the table, titled by the
    row's session (:meth:`_Walk.box_session`): it ends where the box does."""


class _Walk:
    """Anchored sequences of one document: small handlers over a :class:`_State`."""

    def __init__(self, reader: ScheduleReader, consumed: Mapping[int, int]) -> None:
        self.reader = reader
        self.consumed = consumed
        self.state = _State()
        self.presenters: dict[int, bool] = {}
        """Per definition list (``mem_id``): whether its terms name who presents."""

    def run(self, body: LexborNode) -> None:
        for node in _elements(body, self.consumed):
            self.visit(node)
        self.finish()

    def visit(self, node: LexborNode) -> None:
        state = self.state
        if node.mem_id in self.consumed:
            self.schedule_read(node)
            return
        draft = state.draft
        if node.tag == "-comment":
            if draft is not None and box_mark(node, BOX_START):  # an untitled box opens
                draft.box = (draft.label, draft.in_label_region)
                coloured = self.reader.box_requirement(box_kind(node))
                if coloured is not None:  # "anything in a green box is optional"
                    draft.label, draft.in_label_region = coloured, True
            elif draft is not None and draft.box is not None:
                # a box's end: the label its title (or a line inside it) gave ends with it
                (draft.label, draft.in_label_region), draft.box = draft.box, None
            elif draft is not None and state.box_row:
                self.finish()  # the end of a box that continued a table's row
            return
        if draft is not None and draft.scope is not None and not contains(draft.scope[0], node):
            _, draft.label, draft.in_label_region = draft.scope
            draft.scope = None
        if draft is not None and state.bound is not None and not contains(state.bound, node):
            self.finish()  # past the card the lecture's heading opened: a sidebar, a footer
            draft = None
        previous = state.last_heading
        if node.tag in HEADINGS:
            state.last_heading = node
        elif previous is not None and node.tag in _BLOCKS and not _date_term(node, previous):
            state.last_heading = None
        key = _is_anchor(node, self.reader.entries)
        if (
            key is not None
            and draft is not None
            and key == draft.key
            and node.tag in _CARDS
            and contains(state.card, node)
        ):
            key = None  # the card's own date line ("<div><span>Mon Sep 8</span> Lecture 1</div>")
        if (
            key is not None
            and draft is not None
            and node.tag in HEADINGS
            and contains(state.card, node)
            and classify.date_in(key) is None
        ):
            # "<span>Mon Aug 25</span><h5>Lecture 1: Intro</h5>": the heading numbers and
            # names the session the card's date keys, no entry of its own
            key = None
        if key is not None and state.whole_page and classify.date_in(key) is None:
            # "### Lecture 3" over "# Variational autoencoders" on a page that is one
            # lecture (dated in its front matter): the page's label, neither an entry nor
            # its topic
            if node.tag in HEADINGS:
                return
            key = None
        if node.tag in HEADINGS:
            state.section_level = int(node.tag[1])
            if state.section_level <= state.note_level:
                state.note = None  # the section the note was under ends
            while state.sections and state.sections[-1][0] >= state.section_level:
                state.sections.pop()
            state.sections.append((state.section_level, node))
        if key is None and (draft is None or draft.into is not None) and self.box_session(node):
            return
        if key is not None:
            self.open(node, key, previous)
        elif draft is None:
            noted = classify.readings_note(_own_text(node)) if node.tag in _BLOCKS else None
            if noted is not None:
                # "All readings this week are optional." before a week's entries
                state.note, state.note_level = noted, state.section_level
            return
        elif node.tag in HEADINGS:
            if not contains(state.card, node):
                self.heading(node)
            else:
                self.card_label(node)
        elif node.tag == "hr" and (draft.candidates or state.anchor_tag not in HEADINGS):
            if not _label_follows(node):
                self.finish()  # a thematic break ends the session ("---" before a page's footer)
        elif node.tag in _BLOCKS and not _titled_by(state.title_node, node):
            self.block(node)
        elif (
            node.tag == "a"
            and not _titled_by(state.title_node, node)
            and not inside(node, _HEADING_TAGS)
        ):
            self.link(node)

    def card_label(self, node: LexborNode) -> None:
        """A heading inside the card the lecture's date opened that labels what follows
        (``<h4>Background</h4>`` over a list, named by the page's key): a label."""
        draft = self.state.draft
        assert draft is not None
        own = _own_text(node)
        is_label, req = self.reader.label(own)
        keyed = self.reader.keyed_label(own) if self.reader.symbols else None
        if is_label or keyed is not None:
            draft.label, draft.in_label_region = req or keyed, True

    def box_session(self, node: LexborNode) -> bool:
        """A box after a schedule table with readings, titled by one of its sessions (a
        MyST ``:::{dropdown} Week 4``, an admonition titled ``Week 4``, ``<details><summary>
        Adversarial examples (Jan 14)</summary>``): opens the continuation of that row,
        whose readings the box's are, with the requirement its title says, else the
        heading it is under (``## Going further (optional)``).  True when it is one."""
        title = _box_title(node)
        named = self._row_named(title) if title else None
        if named is None:
            return False
        row, rest = named
        state, lecture = self.state, self.reader.lectures[row]
        self.finish()
        # "Week 4 (optional)", "Week 4: required reading": the rest of the title says it
        req = next(
            (r for words in (rest, title) if (r := self._requirement_of(words)) is not None),
            None,
        )
        for _, heading in reversed(state.sections):
            req = req or self._requirement_of(_own_text(heading))
        draft = Draft(key=lecture.key, title="", line=lecture.line, structure="table", into=row)
        draft.label, draft.in_label_region = req, req is not None
        state.draft, state.anchor_tag, state.title_node, state.card = draft, node.tag, None, None
        state.want_title = state.whole_page = state.title_heading = False
        # a <details> box (or an HTML admonition) ends with its element; a Markdown one
        # at its end mark (BOX_END)
        state.box_row = node.tag != "summary" and not _admonition_title(node)
        state.bound = None if state.box_row else node.parent
        state.close_level = 6 if state.box_row else 0
        return True

    def _requirement_of(self, words: str) -> Requirement | None:
        """What a box's title or a section's heading says of the readings under it: a
        label's requirement (``Going further (optional)``), or one it opens with
        (``Optional extras``)."""
        return self.reader.label(words)[1] or classify.prefix_requirement(words)

    def _row_named(self, title: str) -> tuple[int, str] | None:
        """The lecture (an index) of the table row *title* names, and the rest of the
        title: by the row's session label (``Week 4`` for the row ``| 4 |`` of a ``Week``
        column), else by its day (``Adversarial examples (Jan 14)`` for the one row of
        Jan 14); ``None`` without one, or when no table row has readings."""
        lectures = self.reader.lectures
        rows = [i for i, lecture in enumerate(lectures) if lecture.structure == "table"]
        if not any(lectures[i].readings for i in rows):
            return None
        session = classify.SESSION_WORD_RE.match(title)
        if session is not None and _SESSION_END.match(title, session.end()):
            label = session_label(session.group(0))
            named = self.reader.rows.get(label) if label is not None else None
            at = (named.key, named.line) if named is not None else None
            row = next((i for i in rows if (lectures[i].key, lectures[i].line) == at), None)
            if row is not None:
                return row, title[session.end() :].strip(" :.-–—|·")
        date = classify.date_in(title)
        day = classify.month_day(date) if date else None
        if day is None:
            return None
        same = [
            i
            for i in rows
            if (key := classify.date_in(lectures[i].key)) is not None
            and classify.month_day(key) == day
        ]
        return (same[0], classify.title_without(title, date or "")) if len(same) == 1 else None

    def finish(self) -> None:
        draft, lectures = self.state.draft, self.reader.lectures
        self.state.box_row = False
        if draft is not None and draft.into is not None:
            row = lectures[draft.into]
            more = draft.finish(self.reader.file).readings
            lectures[draft.into] = replace(row, readings=row.readings + more) if more else row
        elif draft is not None:
            lectures.append(draft.finish(self.reader.file))
        self.state.draft = None

    def schedule_read(self, node: LexborNode) -> None:
        """A schedule table or list read already: "## Week 1" above it is a group, and
        what follows the table in its section (an ``Optional reading`` box) continues
        the table's last row."""
        state, draft = self.state, self.state.draft
        if draft is None or state.anchor_tag not in HEADINGS:
            return
        if draft.into is not None:
            self.finish()  # a second table in the section: the first's row is complete
        elif draft.candidates:
            return
        row = self.consumed.get(node.mem_id, -1)
        state.draft = None if row < 0 else Draft(key=draft.key, title="", line=draft.line, into=row)
        state.want_title = False  # the row has its title

    def open(self, node: LexborNode, key: str, previous: LexborNode | None = None) -> None:
        """Open the lecture *node* anchors; *previous*: the heading right before it."""
        state, tag = self.state, node.tag or ""
        level = int(tag[1]) if tag in HEADINGS else 0
        below_topic = ""  # a topic line right below a date paragraph (see below)
        grouping = (  # "## Week 1" grouping "### Lecture 1 ...": the outer heading is no lecture
            state.draft is not None
            and not state.draft.candidates
            and state.anchor_tag in HEADINGS
            and (level > state.close_level > 0 or tag not in HEADINGS)
        )
        if not grouping:
            self.finish()
        above = state.draft if grouping else None
        line = self.reader.line_of(key or node.attributes.get("line") or "")
        draft = Draft(key=key, title="", line=line, structure=_STRUCTURE.get(tag, "heading"))
        state.draft, state.anchor_tag, state.want_title = draft, tag, False
        state.whole_page = state.topic_below = False
        state.title_heading = tag == ENTRY_TAG and node.attributes.get("heading") == "1"
        state.card = node if tag in _CARDS else None
        state.bound = _bound_of(node) if tag in HEADINGS else None
        if tag == ENTRY_TAG:
            state.close_level, state.title_node, state.want_title = 0, None, True
            if node.attributes.get("title"):  # {% include x date=".." title=".." %}
                draft.title = classify.collapse(decoded(node.attributes.get("title") or ""))
                state.close_level, state.want_title = 6, False
                # 'title: "Session 4"' over "*Factual recall*": the page's first line,
                # set apart, names the topic its title does not
                state.topic_below = classify.names_no_topic(draft.title)
            state.whole_page = bool(node.attributes.get("page"))
            draft.listed = bool(node.attributes.get("listed"))
            if state.whole_page:  # the whole page is the entry: no heading ends it
                state.close_level = 0
            written = node.attributes.get("line") or ""
            draft.line = max(int(written), 1) if written.isdigit() else line
        elif tag == "dt":
            state.close_level = 6
            parent = node.parent.mem_id if node.parent is not None else 0
            if parent not in self.presenters:  # each list's terms looked at once
                self.presenters[parent] = presenter_terms(node)
            draft.title, draft.number, state.title_node = _title_of_term(
                node, key, self.presenters[parent]
            )
        elif tag in _CARDS:
            state.close_level, draft.title = 6, card_title(node, key)
        else:
            state.close_level = 6 if tag in _DATE_LINES else level
            draft.title, draft.number = _heading_title(node, key)
            if tag in _PARAGRAPHS and classify.TOPIC_THEN_LINKS.search(lead_text(node)):
                # "**Sep 5** — Intro: [A](..)": the words before the first link, set apart
                draft.title = item_title(node, key) or draft.title
            labelled = tag in _PARAGRAPHS and _date_labelled(node, key)
            if labelled:  # "**Date:** Jan 30" then "**Guest:** …": the heading above names it
                draft.title = ""
            elif tag in _PARAGRAPHS and not draft.title:
                draft.title = second_line(node)  # "**Week 1 (Sept 5)**<br>Introduction"
            if tag in _PARAGRAPHS and not draft.title and not labelled:
                # "Week 1 — Jan 8" then "*Why study misinformation?*": a line set apart
                # right below a date line of no topic names the entry
                below_topic, below = self._topic_below(node)
                if below_topic:
                    draft.title, state.title_node = below_topic, below
            lead = _run_in_lead(node, key) if tag in _PARAGRAPHS else None
            named = classify.trim_title(classify.title_without(lead, key)) if lead else ""
            if named:
                # "**Tue Jan 21 — Introduction.** There's no …": the lead names the session
                draft.title = named
            # "### Jan 21" then "**Topic Three**": the entry's first line names it (also
            # when the heading only says who talks: "Tue 2/18 — Guest: Dr. Marco Bellini")
            state.want_title = (tag in HEADINGS or _heading_below(node)) and (
                not draft.title or classify.speaker_only(draft.title)
            )
            if tag == "summary" and node.parent is not None and node.parent.tag == "details":
                # a box's summary heads the box: it ends with the box, and a heading
                # inside it is its title ("<summary>Week 2 · Jan 14</summary><h3>Topic")
                state.bound, state.close_level = node.parent, 0
                state.want_title = not draft.title
        if (
            above is not None
            and draft.title
            and not below_topic
            and tag in _PARAGRAPHS
            and not _WORD.search(_opening_line(node, text_of(node)).replace(key, "", 1))
        ):
            # "*Wed, Oct 1*" alone on its line, then "**Guest lecturer:** [..]" in its
            # paragraph: the heading above names the entry, as over a date label
            draft.title = ""
        if above is not None and not draft.title and state.close_level == 6:
            # "### Lecture 1: Principles" then "*Tue, Aug 27*": the heading names the entry
            draft.title, draft.number = above.title, draft.number or above.number
            draft.structure = above.structure
            state.title_node = node
            state.want_title = tag not in _DATE_LINES and not draft.title
        elif not draft.title and tag in _DATE_LINES and previous is not None:
            # "### Midterm (in class)" then "**Date:** Feb 5": the heading right above,
            # without its section number and session label ("2.2 Week 2: Word vectors")
            draft.title, draft.structure = _heading_topic(clean_title(previous)), "heading"
            state.want_title = False

    def _topic_below(self, node: LexborNode) -> tuple[str, LexborNode | None]:
        """The topic the paragraph right below *node* sets apart: no link, wholly in
        bold or italics (its tags, or the classes of a Google Docs export: ``<p><span
        class="c9">`` with ``.c9{font-style:italic}``), not a label nor who talks; its
        entities as written."""
        below = next_element(node)
        if below is None or below.tag != "p" or below.css_first("a") is not None:
            return "", None
        own = _own_text(below)
        topic = _set_apart_topic(below, own)
        first = first_element(below)
        if not topic and first is not None and _text(first).strip() == own.strip():
            styles = element_styles(first, self.reader.page_classes())
            is_label = classify.label_requirement(own)[0]
            if (styles.get("italic") or styles.get("bold")) and not is_label:
                topic = topic_line(own.strip())
        if not topic or classify.speaker_only(topic):
            return "", None  # "*Guest: Dr. Amara Nwosu*": who talks ("*Homophily*" is a topic)
        return written_words(below, topic), below

    def heading(self, node: LexborNode) -> None:
        state, draft = self.state, self.state.draft
        assert draft is not None
        level = int((node.tag or "h6")[1])
        state.topic_below = False  # the page's first line is a heading, no topic line
        if state.title_heading:
            state.title_node, state.title_heading, state.close_level = node, False, level
            return
        # "2.2.1. Background (optional)": a section number (ox-html's, pandoc's) is no
        # word of the heading's label
        own = classify.SECTION_NUMBER.sub("", _own_text(node), count=1)
        is_label, req = self.reader.label(own)
        named = is_label or own.lower().rstrip(": ") in _OTHER_LABEL
        if classify.is_materials_label(_own_text(node)):  # "## Materials" over a list
            below = next_element(node)
            draft.materials = below if below is not None and below.tag in ("ul", "ol") else None
        shallower = state.anchor_tag in HEADINGS and level < state.close_level
        if state.want_title and not named and not shallower:
            # a heading above the anchor's level ("## Policies" after "### Week 8") ends it
            draft.title, state.title_node, state.want_title = clean_title(node), node, False
            if not state.whole_page:
                state.close_level = level  # a heading as high as the title ends it
            return
        state.want_title = state.want_title and not is_label
        flat = is_label and level == state.close_level and state.anchor_tag in HEADINGS
        if flat and (draft.label is not None or draft.in_label_region or not draft.candidates):
            # "## Jan 5" then "## Readings" then "## Optional": one level for everything
            draft.label, draft.in_label_region, draft.label_level = req, True, level
        elif draft.in_label_region and 0 < draft.label_level < level and not named:
            # "## Readings" then "### Stretch": a part of the readings, under their label
            pass
        elif level <= state.close_level < 6 or (level <= state.close_level and not is_label):
            self.finish()
        elif is_label:
            draft.label, draft.in_label_region, draft.label_level = req, True, level
        else:
            # "#### Must read" then "#### Extras": a sub-heading ends the label before it
            draft.label, draft.in_label_region = None, False

    def block(self, node: LexborNode) -> None:
        state, draft = self.state, self.state.draft
        assert draft is not None
        own = _own_text(node)
        state.want_title = state.want_title and state.anchor_tag in HEADINGS
        if state.topic_below:
            state.topic_below = False
            topic = _set_apart_topic(node, own) if not draft.candidates else ""
            draft.title = topic or draft.title
            if topic:
                return
        is_label, req = self.reader.label(own)
        bare = own.strip()
        run_in = (
            _run_in_requirement(node, self.reader) if node.tag == "p" and not is_label else None
        )
        if run_in is not None and _other_label_after(node, self.reader):
            # "<p><i>Required:</i> Page … [A]</p><p>Gilens … [B]</p><p><i>Recommended:</i></p>":
            # a requirement label run in at a paragraph's start, paired with another label
            # below in the entry, covers the paragraphs up to it
            draft.label, draft.in_label_region = run_in, True
        elif not is_label and bare.endswith(":") and bare.rstrip(": ").lower() in _READ_LEADS:
            # "**Read:**" on a line of its own over a list: what to read, as "Readings:"
            # (what a note before it said of them holds: "Both papers are required")
            is_label, req = True, classify.prefix_requirement(bare) or draft.label
        if box_mark(node, BOX_OPEN):
            draft.box = (draft.label, draft.in_label_region)
            if not is_label and (titled := classify.prefix_requirement(own)) is not None:
                is_label, req = True, titled  # a box its title marks: "Optional deep dives"
            coloured = self.reader.box_requirement(box_kind(node))
            if coloured is not None and req is None:  # "Readings in the blue boxes are …"
                is_label, req = True, coloured
        if is_label:
            scope = node.parent if node.tag == "summary" else node if node.tag == "li" else None
            if scope is not None and draft.scope is None:
                # "- Optional:" over a nested list, <summary> of a <details>: only inside
                draft.scope = (scope, draft.label, draft.in_label_region)
            draft.label, draft.in_label_region = req, True
        elif own.lower().rstrip(": ") in _OTHER_LABEL:
            draft.in_label_region = False
            below = next_element(node)
            if below is not None and below.tag in ("ul", "ol"):
                draft.material = below  # "Recordings" over "- [Monday](..)": material
        elif state.want_title and not draft.candidates and (paper := _paper_line(node)):
            # "### Session 1 — 2025-01-14" then "**Paper:** [A](..) (SOSP 2023)": a session
            # of one paper is named by it
            draft.title, state.want_title = paper, False
        elif (
            state.want_title
            and not draft.candidates
            and (topic := topic_line(_without_pill(node, _line_of(node, own))))
        ):
            # "## Apr 4" then "Transport protocols": the entry's first line is its topic;
            # a line that only says who talks ("*Guest: Dr. Amara Nwosu (OCAD)*") names
            # it until a line below gives the topic
            draft.title, state.want_title = written_words(node, topic), classify.speaker_only(topic)
        last = _last_line(node) if node.tag == "p" else ""
        if last.endswith(":") and last.lower().rstrip(": ") in _OTHER_LABEL:
            # "**Paper:** [A](..)\n**Discussion questions:**" over "- [#1 …](issue)": the
            # paragraph's last line labels the list right below it
            below = next_element(node)
            if below is not None and below.tag in ("ul", "ol"):
                draft.material = below
        above = classify.readings_above_note(own) if draft.candidates else None
        if above is not None:
            # "The above are optional." after the entry's readings: what they are
            draft.candidates = [
                (reading if reading.requirement else replace(reading, requirement=above), mark)
                for reading, mark in draft.candidates
            ]
        noted = classify.readings_note(own)
        if noted is not None:
            draft.label = noted
            if not draft.candidates and state.anchor_tag in HEADINGS:
                # "## Week 3" then "All readings this week are optional": the heading
                # may group the entries below it, whose readings the note is about
                state.note, state.note_level = noted, state.section_level

    def _noted_apart(self, item: LexborNode) -> bool:
        """A paragraph of prose opened by a run-in that names no readings (``**Note:**
        next week's lab uses the [GloVe vectors](..)``, ``📣 **Heads up:** …``): a note
        of its own, no part of the label's region before it."""
        if not _prose(item):
            return False
        words = _colon_run_in(item)
        return bool(words) and not (
            words in _READ_LEADS
            or classify.is_reading_label(words)
            or classify.prefix_requirement(words) is not None
            or self.reader.label(words)[0]
            or (self.reader.symbols and self.reader.keyed_label(words) is not None)
        )

    def link(self, node: LexborNode) -> None:
        draft = self.state.draft
        assert draft is not None
        in_wrapper, wrapper_req = region_of(node)
        if contains(draft.material, node) and not in_wrapper:
            return
        item = item_of(node, None)
        lead = lead_text(item)
        # "**Optional** [A](..), [B](..)": the item's lead speaks for all its links
        # "**Background:** [A](..)" where the page's key names the label in its own words
        keyed = self.reader.keyed_label(lead) if lead and self.reader.symbols else None
        if keyed is None and lead and self.reader.symbols and (run_in := _run_in(item)):
            keyed = self.reader.keyed_label(run_in)  # "**After class:** Kjeldskov, [A](..)"
        lead_req = (
            (classify.prefix_requirement(lead) if lead else None) or opening_marker(item) or keyed
        )
        # "Everything in the **Before class** column is required" over a week's table of
        # days (no schedule of its own): the cell's column, as the key names it
        cell = _cell_of(item) if self.reader.columns else None  # also a list in the cell
        column_req = self.reader.columns.get(_column_header(cell)) if cell is not None else None
        made = self.reader.reading(
            node,
            item,
            wrapper_req
            or lead_req
            or (column_req if cell is item else None)
            # a list in the cell: a label over it ("<summary>Optional</summary>") first
            or draft.label
            or column_req
            or self.state.note,
        )
        if made is None:
            return
        materials = classify.is_materials_label(lead or _term_of(item))
        around = self.reader.pieces_of(item)
        if contains(draft.materials, node) and not in_wrapper:
            mark = Mark.MATERIAL_LINE  # "## Materials" over "- [Figma starter file](..)"
        elif materials and not in_wrapper and around.beside_material(node):
            mark = Mark.MATERIAL_LINE  # "*Materials:* [slides] · [notebook] · [data]"
        elif (
            not in_wrapper and _prose(item) and around.links_only() and around.beside_material(node)
        ):
            mark = Mark.MATERIAL_LINE  # "[Slides] · [Raft visualization] · [Scribe notes]"
        elif (
            in_wrapper
            or column_req
            or (draft.in_label_region and not self._noted_apart(item))
            or classify.is_reading_label(lead)
            or keyed
        ):
            mark = Mark.REGION
        elif _reading_run_in(item):
            mark = Mark.REGION  # "**Read:** Levine et al., [End-to-End …](..) (JMLR 2016)"
        elif (line_label := _line_lead(around, node)) and classify.is_reading_label(line_label):
            mark = Mark.REGION  # "…<br>Readings: A (https://…), B (https://…)": its line's label
        elif _prose(item) and _marked_reference(around, node):
            mark = Mark.PREFIX  # "Schönberger and Frahm, [SfM Revisited](..) (optional)"
        elif lead and any(sign in lead.lower() for sign, _ in self.reader.symbols):
            # "📌 [A](..)", "[D] Kasneci et al. [A](..)": a sign of the page's key (a token
            # as the key writes it, lowercased) marks where readings are
            mark = Mark.REGION
        elif lead_req or (line_label and classify.prefix_requirement(line_label)):
            mark = Mark.PREFIX  # "Optional: [A](..)", or on a line of its own: "<br>Optional: A"
        elif lead and classify.told_to_read(lead):
            mark = Mark.REGION  # "Read [A](..) before class.": the lecture's reading
        elif _prose(item) and _opens_with_reference(around, node):
            # "[Toy Models](u) ([transformer-circuits version](v)). Sections 1–4 are
            # enough": a paragraph opened by a work and its copies, then a remark
            mark = Mark.NONE
        elif (
            # prose, not a paper cited in it ("we will also discuss [A](..) (Blalock et al.,
            # MLSys 2020)")
            _prose(item) and not _citation(around, lead) and not _venue_after(around, node)
        ) or (
            around.beside_material(node)
            and not _venue_after(around, node)
            # "[FineWeb](..) ([code](..))": a paper and its own material in brackets
            and not _OWN_MATERIAL.match(rest_of_line(around, node))
            # "1. **Title.** Authors. *CoRL* 2023. [[pdf](..)] [[code](..)]": a citation
            and not (item.tag in ("li", "dd") and _YEAR.search(lead))
        ):
            # prose ("See also [the blog](..)") or a materials line, outside the
            # lecture's reading regions: not a reading when the lecture has some
            mark = Mark.BESIDE_MATERIAL
        else:
            mark = Mark.NONE
        draft.candidates.append((made[0], mark))


_READ_LEADS = frozenset((*vocab.READ_LEADS, *vocab.WORK_LEADS))


def _cell_of(item: LexborNode) -> LexborNode | None:
    """The table cell *item* is or is in (``<td><ul><li>``), else None."""
    node: LexborNode | None = item
    while node is not None and node.tag not in ("td", "table", "body"):
        node = node.parent
    return node if node is not None and node.tag == "td" else None


def _column_header(cell: LexborNode) -> str:
    """The lowercased header of the column *cell* is in: its table's first row's cell at
    the same place (``before class``), else ""."""
    row = cell.parent
    table = row.parent if row is not None else None
    while table is not None and table.tag != "table":
        table = table.parent
    if row is None or table is None:
        return ""
    place = [c.mem_id for c in row.iter() if c.tag in ("td", "th")].index(cell.mem_id)
    first = table.css_first("tr")
    heads = [c for c in first.iter() if c.tag in ("td", "th")] if first is not None else []
    return text_of(heads[place]).strip().lower() if place < len(heads) else ""


def _colon_run_in(item: LexborNode) -> str:
    """The words of a bold run-in with its colon that opens a paragraph, after an icon
    (``**Note:**``, ``📣 **Heads up:**``), else ""."""
    first = first_element(item)
    if first is not None and first.tag == "-text" and not classify.has_words(_text(first)):
        first = next_element(first)  # "📣 **Heads up:**": an icon before it
    if first is None or first.tag not in ("strong", "b"):
        return ""
    words = _text(first).strip()
    after = (first.next.text_content or "") if first.next is not None else ""
    if not (words.endswith(":") or (after.lstrip().startswith(":") and words)):
        return ""
    return words.rstrip(":").strip().lower()


def _run_in(item: LexborNode) -> str:
    """The words of the bold or italic run-in an item opens with (``**After class:**``
    -> ``after class``), else ""."""
    first = first_element(item)
    if first is None or first.tag not in ("strong", "b", "em", "i"):
        return ""
    return _text(first).strip().rstrip(":.").strip().lower()


def _reading_run_in(item: LexborNode) -> bool:
    """An item opened by a bold or italic run-in that names readings or tells to read,
    watch or hear them (``**Read:**``, ``*Reading:*``, ``**Watch:**``): a reading region
    of its own."""
    words = _run_in(item)
    return bool(words) and (words in _READ_LEADS or classify.is_reading_label(words))


_LINE_LEAD = lazyre.compile(r"^\s*([^\W\d][\w ]{0,30}?)\s*:")


def _line_lead(paragraph: ItemPieces, link: LexborNode) -> str:
    """The words before a colon opening *link*'s line (``Readings``, ``Optional``: a
    Notion page's property row), else ""."""
    words = "".join(piece for piece in paragraph.line_before(link) if isinstance(piece, str))
    lead = _LINE_LEAD.match(words) if ":" in words else None
    return lead[1] if lead is not None else ""


def _marked_reference(paragraph: ItemPieces, link: LexborNode) -> bool:
    """A paragraph of one link that a requirement marker follows: one reference, marked
    like an item of a reading list, not prose."""
    links = paragraph.links()
    return (
        len(links) == 1 and classify.suffix_requirement(rest_of_line(paragraph, link)) is not None
    )


_REFERENCE_STOP = lazyre.compile(
    r"^\s*(?:[(\[]\s*\x00(?:\s*[,;·|]\s*\x00)*\s*[)\]])?\s*[.:;—–]\s*\w"
)
"""After a paragraph's first link: its copies in brackets, maybe, then a stop and the
remark's first word."""


def _opens_with_reference(paragraph: ItemPieces, link: LexborNode) -> bool:
    """Whether *link* is the work a paragraph opens with (no word before it, a stop after
    it and its copies in brackets), or one of those copies: a reference and a remark on
    it, not prose that mentions a link."""
    links = paragraph.links()
    if not links:
        return False
    first = links[0]
    if classify.is_companion(text_of(first)):
        return False  # "`pdf <s/01.pdf>`__": a copy or material names no work
    if (
        classify.has_words(
            "".join(piece for piece in paragraph.line_before(first) if isinstance(piece, str))
        )
        or paragraph.starts[paragraph.index(first)] != 0
    ):
        return False
    stop = _REFERENCE_STOP.match(rest_of_line(paragraph, first))
    if stop is None:
        return False
    place = next((i for i, each in enumerate(links) if each.mem_id == link.mem_id), -1)
    return 0 <= place <= stop.group(0).count("\x00")


def _prose(item: LexborNode) -> bool:
    """A paragraph of its own, not the body of a list item (``<li><p>``: a loose list)."""
    return item.tag == "p" and (item.parent is None or item.parent.tag != "li")


_YEAR = lazyre.compile(r"\b(?:1[89]|20)\d\d[a-z]?\b")


_OWN_MATERIAL = lazyre.compile(r"^\s*[(\[]\s*\x00")
"""A bracket opened right after a link holding a link first (its code, its slides)."""
_VENUE_YEAR = lazyre.compile(r"^\s*[,.]?\s*\(?[^()\x00]{0,40}?\b(?:19|20)\d\d[a-z]?\b")


def _venue_after(item: ItemPieces, link: LexborNode) -> bool:
    """A link its venue and year follow (``[OpenVLA](..) (CoRL 2024) · [code](..)``): a
    paper with its companion material, not material beside material."""
    return bool(_VENUE_YEAR.match(rest_of_line(item, link)))


def _citation(paragraph: ItemPieces, lead: str) -> bool:
    """A paragraph that is one reference, like an item of a reading list, not prose:
    its one link follows the citation's year (``Pearl, Judea. 2009. "Causal Inference
    in Statistics." Statistics Surveys 3: 96–146. [doi]``), or the link is the title
    after its authors and before its venue and year (``Kulkarni, Demirbas, Leone.
    <a>Logical Physical Clocks …</a>. OPODIS 2014.``, a copy after it too: ``. SOSP
    2013. [<a>pdf</a>]``), or by a remark alone (``Kingsbury. <a>Consistency
    Models</a> (the Jepsen map)``)."""
    links = paragraph.links()
    if _YEAR.search(lead):
        return len(links) == 1
    if len(links) > 2 or _AUTHORS.fullmatch(lead) is None:
        return False
    # the title's link, then its venue and year (a copy after them is the title's), or
    # only a remark: "Kingsbury. <a>Consistency Models</a> (the Jepsen map)"
    rest = rest_of_line(paragraph, links[0])
    return _VENUE_YEAR.match(rest) is not None or (
        len(links) == 1 and _REMARK_ONLY.fullmatch(rest) is not None
    )


_REMARK_ONLY = lazyre.compile(r"\s*[.,]?\s*(?:\([^()]{0,120}\))?\s*\.?\s*")
_NAME = r"(?:[A-Z][\w'’-]*\.?(?:\s+(?:van|von|de|der|da|di|le|la)?\s*[A-Z][\w'’-]*\.?){0,3})"
_AUTHORS = lazyre.compile(
    rf"\s*{_NAME}(?:\s*(?:,|&|\band\b)\s*(?:and\s+)?{_NAME})*(?:,?\s+et\s+al\.?)?\s*[.:]\s*"
)
"""A citation's authors before its title: ``Kulkarni, Demirbas, Madappa, Avva, Leone.``,
``Herlihy and Wing.``, ``Taft et al.``, ``Lamport.``."""


def _box_title(node: LexborNode) -> str:
    """The title of the box *node* heads (a ``<details>``' ``<summary>``, a Markdown
    box's title line, an HTML admonition's title), else ""."""
    parent = node.parent
    if node.tag == "summary" and parent is not None and parent.tag == "details":
        return text_of(node)
    if node.tag == "p" and (box_mark(node, BOX_OPEN) or _admonition_title(node)):
        return text_of(node)
    return ""


def _admonition_title(node: LexborNode) -> bool:
    """An admonition's title in HTML (docutils' and MkDocs' ``<p class="admonition-title">``)."""
    return "admonition-title" in (node.attributes.get("class") or "").split()


def walk(reader: ScheduleReader, body: LexborNode, consumed: Mapping[int, int]) -> None:
    """Read the anchored sequences of *body*.  *consumed*: the tables and lists read
    already, each with the index of the last lecture it made (-1: none)."""
    _Walk(reader, consumed).run(body)


def _set_apart_topic(node: LexborNode, own: str) -> str:
    """The topic a block names set apart, a line of its own wholly in bold or italics
    (``*Factual recall and model editing*``) or after a topic label (``**Topic:**
    Superposition``), no link in it; else ""."""
    if node.tag not in _PARAGRAPHS or node.css_first("a") is not None:
        return ""
    if classify.TOPIC_LABEL.match(own):
        return topic_line(own)
    first = first_element(node)
    whole = first is not None and first.tag in ("strong", "b", "em", "i")
    if not whole or first is None or _text(first).strip() != own.strip():
        return ""
    if classify.label_requirement(own)[0]:
        return ""  # "**Optional:**": a label of what follows
    return topic_line(own.strip().rstrip("."))


def _line_of(node: LexborNode, own: str) -> str:
    """The line of a block that may name its entry's topic: its first (up to a ``<br>``),
    or the next when the first only says who talks (``Guest: Dr. Priya Natarajan
    (Google DeepMind)<br>Pathways and TPU training``)."""
    line = _first_line(node) if node.css_first("br") is not None else own or _first_line(node)
    first = first_element(node)
    if first is not None and first.tag in ("strong", "b") and line != _text(first):
        # "**Pruning and sparsity**\n*Lecture: Lena Hartmann*": a bold line of its own
        # in the source (a soft break), then who presents: the topic is the bold line
        raw = (node.text(deep=True, separator="") or "").lstrip()
        if raw.split("\n", 1)[0].strip() == (first.text(deep=True, separator="") or "").strip():
            line = _text(first)
    if first is not None and first.tag in ("strong", "b") and line == _text(first):
        # "**Cancelled (snow day).**": a bold line alone is a topic, not a sentence of
        # prose; its closing period is no part of it (as a definition's bold line)
        line = line.removesuffix(".")
    if classify.speaker_only(line):
        return second_line(node) or line
    return line


def _first_line(node: LexborNode) -> str:
    """A block's first line (up to its first ``<br>``) as a title cell's, material
    links dropped, when no reading is linked on it: ``Introduction<br>[Slides] ·
    [Recording]``, ``Membership inference attacks ([slides](..))``; a speaker's page
    may be (``Neural radiance fields — [Dr. Priya Natarajan](..)``)."""
    for piece in pieces(node):
        if piece == BREAK:
            break
        if not isinstance(piece, str) and classify.is_reading(
            text_of(piece), piece.attributes.get("href") or ""
        ):
            return ""
    line = clean_title(node)
    return line if any(ch.isalnum() for ch in line) else ""


def _without_pill(node: LexborNode, line: str) -> str:
    """*line* without the label pill that opens *node* (``**Lecture**{: .label}
    Introduction``: the pill says what kind of meeting, not its topic)."""
    first = first_element(node)
    if first is None or LABEL_CLASS not in (first.attributes.get("class") or ""):
        return line
    return line.removeprefix(text_of(first)).strip()


_PAIRED_LABEL_REACH = 6
"""Paragraphs after a run-in requirement label searched for the label it is paired with."""


def _other_label_after(node: LexborNode, reader: ScheduleReader) -> bool:
    """Whether a paragraph after *node*, among the next few and before a heading or a
    list, is a requirement label of its own line or run in (``<p><i>Recommended:</i></p>``)."""
    after = next_element(node)
    for _ in range(_PAIRED_LABEL_REACH):
        if after is None or after.tag != "p" or box_mark(after, BOX_OPEN):
            return False  # a box's title labels the box, not the paragraphs before it
        if reader.label(_own_text(after))[1] is not None:
            return True
        if _run_in_requirement(after, reader) is not None:
            return True
        after = next_element(after)
    return False


def _run_in_requirement(node: LexborNode, reader: ScheduleReader) -> Requirement | None:
    """The requirement of a label run in at the start of a paragraph (``<i>Required:</i>
    Page …``), else None."""
    run_in = RUN_IN_LABEL.match(lead_text(node))
    return reader.label(run_in.group(0))[1] if run_in is not None else None


def _label_follows(node: LexborNode) -> bool:
    """Whether the block right after *node* labels readings (``---`` then ``Optional:``)."""
    after = node.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    return after is not None and classify.label_requirement(_own_text(after))[0]


def _term_of(item: LexborNode) -> str:
    """The term a definition (``<dd>``) defines: the ``<dt>`` right before it, or ""."""
    if item.tag != "dd":
        return ""
    term = item.prev
    while term is not None and term.tag == "-text":
        term = term.prev
    return text_of(term) if term is not None and term.tag == "dt" else ""
