"""Lectures and readings from an HTML document (also what Markdown renders to).

Two structures carry a schedule:

* **tables** whose header names a date/lecture column: one lecture per row
  (a row with an empty key cell continues the previous lecture); readings are
  the links of the reading columns (or of every column but the title's);
* **anchored sequences**: a definition term, a heading or an entry marker that
  holds a date opens a lecture, and every link until the next one belongs to
  it (kramdown definition lists, Markdown headings, Liquid include entries).

Inside a lecture, a link is a reading when :func:`classify.is_reading` says so;
when the lecture marks reading regions (a ``Reading:`` label, a
``required_reading`` wrapper, a reading column) only links inside them count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser, LexborNode

from readlist import lazyre
from readlist.extract import classify, icons
from readlist.extract.css import class_styles
from readlist.extract.dom import (
    COMPONENT_BADGE,
    ENTRY_TAG,
    LineOf,
    inside,
    page_words,
    protect_entities,
    section_labels,
    text_of,
    without_tag_uses,
    words_after,
    written_date,
    written_labels,
)
from readlist.extract.identifiers import linked_identifiers
from readlist.extract.reader import (
    STRUCK,
    box_colour_legends,
    called_legends,
    column_legends,
    first_count,
    first_is,
    first_legend,
    is_sign,
    later_legend,
    legend_others,
    legend_table,
    legends,
    pointed_labels,
    symbol_legends,
    told_legend,
)
from readlist.extract.sequence import walk
from readlist.extract.tables import Row, ScheduleReader, session_label
from readlist.model import Lecture, Requirement

__all__ = ["ENTRY_TAG", "LineOf", "read_html"]

MAX_DEPTH = 512
"""Elements nested deeper than this are read as siblings (as Blink's parser does):
the HTML5 tree builder scans the stack of open elements for every tag, so its
time grows with the square of the depth."""
_TAG = lazyre.compile(r"<(/?)([A-Za-z][\w-]*)[^<>]*?(/?)>")
_UNNESTED = frozenset(
    (
        *("a", "area", "base", "br", "col", "colgroup", "caption", "dd", "dt", "embed"),
        *("hr", "img", "input", "li", "link", "meta", "option", "optgroup", "p", "param"),
        *("rb", "rp", "rt", "rtc", "source", "tbody", "td", "tfoot", "th", "thead", "tr"),
        *("track", "wbr", "html", "head", "body", "h1", "h2", "h3", "h4", "h5", "h6", ENTRY_TAG),
    )
)
"""Void elements, those whose end tag may be left out, and headings (a heading
closes the one open before it): they never nest deep, and are always kept."""


_OPEN_OR_CLOSE = lazyre.compile(
    r"<(/?)(?!(?:br|img|hr|meta|input|link|wbr|col|area|base|source|track|embed|param)\b)"
    r"[A-Za-z]"
)


def _may_nest_deeper(html: str) -> bool:
    """Whether the open-minus-closed tag count ever passes :data:`MAX_DEPTH` (an
    upper bound of the depth, counted at C speed; most pages stay far below)."""
    if html.count("<") <= MAX_DEPTH:
        return False
    steps = (-1 if slash else 1 for slash in _OPEN_OR_CLOSE.findall(html))
    return max(accumulate(steps), default=0) > MAX_DEPTH


def _flatten_deep(html: str) -> str:
    """Drop the start and end tags of elements nested deeper than :data:`MAX_DEPTH`
    (one linear pass; the text inside them is kept)."""
    depth = 0
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}

    def visit(match: re.Match[str]) -> str:
        nonlocal depth
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _UNNESTED or self_closing:
            return match.group(0)
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                return ""
            if open_count.get(name):
                open_count[name] -= 1
                depth -= 1
            return match.group(0)
        if depth >= MAX_DEPTH:
            dropped[name] = dropped.get(name, 0) + 1
            return ""
        open_count[name] = open_count.get(name, 0) + 1
        depth += 1
        return match.group(0)

    return _TAG.sub(visit, html)


_CITATION = lazyre.compile(r"\s*\[?\d{1,3}\]?\s*")
_CITING = lazyre.compile(
    # not a Markdown footnote's number ("[^2]": a note, no reference)
    r'(?<!<sup class="footnote-reference">)'
    r'<a\b[^<>]*?\bhref="#([\w.:-]+)"[^<>]*>(\s*\[?\d{1,3}\]?\s*)</a>',
    re.I,
)
_REFERENCE_BLOCKS = ("p", "li", "dd", "dt", "td", "div", "tr", "body")
_OWN_ID = lazyre.compile(r'\bid="([\w.:-]+)"')


def resolve_citations(html: str) -> str:
    """*html* with each cited number (``[[3]](#ref3)``, ``<a href="#ref3">[3]</a>``)
    made the link of the reference it points to: the block holding ``id="ref3"``
    (``<a id="ref3"></a>[3] Authors. [Title](url). Venue.``), its first link; not a
    footnote's number, whose note links back to it (``<a href="#ftnt1" id="ftnt_ref1">``
    and ``<a href="#ftnt_ref1" id="ftnt1">[1]</a> The ITCS version is the one we…``)."""
    if 'href="#' not in html or _CITING.search(html) is None:
        return html
    tree = LexborHTMLParser(html)
    targets: dict[str, str] = {}
    for cited in _CITING.finditer(html):
        name = cited.group(1)
        if name in targets:
            continue
        target = tree.css_first(f'[id="{name}"], a[name="{name}"]')
        block = target
        while block is not None and block.tag not in _REFERENCE_BLOCKS:
            block = block.parent
        if block is None or block.tag == "body":
            continue
        own = _OWN_ID.search(cited.group(0))
        if own is not None and block.css_first(f'a[href="#{own[1]}"]') is not None:
            continue  # a footnote linking back to its number (Google Docs' "[1]"): a remark
        for link in block.css("a"):
            href = link.attributes.get("href") or ""
            if href and not href.startswith("#") and not _CITATION.fullmatch(link.text()):
                targets[name] = link.html or ""
                break
    if not targets:
        return html
    return _CITING.sub(lambda m: targets.get(m.group(1), m.group(0)), html)


def _under_undated_term(node: LexborNode) -> bool:
    """*node* is in the definition of a term without a date (``<dt>Week 1</dt><dd>``):
    the term groups sessions, the definition's list may hold them."""
    dd = node.parent
    while dd is not None and dd.tag != "dd":
        dd = dd.parent
    term = dd.prev if dd is not None else None
    while term is not None and term.tag != "dt":
        if term.tag == "dd":
            return False
        term = term.prev
    return term is not None and classify.date_in(text_of(term)) is None


_HIDDEN_IN_LINK = ", ".join(
    f"a .{name}" for name in ("accesshide", "sr-only", "visually-hidden", "screen-reader-text")
)
"""Words inside a link that only screen readers get (Moodle's ``<span class="accesshide">
File</span>``, Bootstrap's ``sr-only``, WordPress's ``screen-reader-text``): not its
visible text."""


_DISPLAY_NONE = lazyre.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.IGNORECASE)
_SHOWN_AT = lazyre.compile(r"^d-(?:sm|md|lg|xl|xxl)-(?!none\b)[\w-]+$")


def _hidden(node: LexborNode) -> bool:
    """Whether the page never displays *node*: a ``hidden`` attribute, an inline
    ``display: none``, Bootstrap's ``d-none`` with no breakpoint showing it again
    (``d-none d-md-table-cell`` is a column shown on wider screens)."""
    attrs = node.attributes
    if "hidden" in attrs or _DISPLAY_NONE.search(attrs.get("style") or ""):
        return True
    classes = (attrs.get("class") or "").split()
    return "d-none" in classes and not any(_SHOWN_AT.match(c) for c in classes)


def _without_hidden_rows(tree: LexborHTMLParser) -> None:
    """*tree* without the table rows and list items the page never displays
    (``<tr style="display: none;">``, ``<li class="d-none">``, ``<tr hidden>``): taken
    off the schedule, as a commented-out row is (a hidden block a button shows stays)."""
    for node in tree.css("tr, li"):
        if _hidden(node):
            node.decompose()


def _without_struck_words(tree: LexborHTMLParser) -> None:
    """*tree* without what staff struck through and replaced: taken back, no word of the
    item or the title around it.

    * a link struck through whole (``<del><a>Hadoop tutorial</a></del>`` then its
      replacement): so a marker after the replacement is its own;
    * struck words with more words after them on their line, the replacement
      (``<del>L8: RLHF</del> L8: Scaling laws``; ``~~**Indexing**~~ Cancelled (snow)``):
      the title is what stands; a date among the struck words stays, the entry's key
      (``~~**Thu Feb 5** — [Uncertainty](..)~~ cancelled``).

    Struck words alone on their line stay: what a cancelled entry was, or a reading
    withdrawn (which :func:`reader.reading` leaves out).
    """
    for struck in tree.css(", ".join(STRUCK)):
        if inside(struck, STRUCK):
            continue  # inside one already handled
        text = text_of(struck).strip()
        links = struck.css("a")
        if links and text == " ".join(text_of(a) for a in links).strip():
            struck.decompose()
        elif any(char.isalnum() for char in words_after(struck)):
            if classify.date_in(text) is None:
                struck.decompose()
                continue
            for part in list(struck.iter(include_text=True)):
                words = text_of(part)
                date = classify.date_in(words) if any(c.isalnum() for c in words) else ""
                if date is None:
                    part.decompose()
                elif date and part.tag == "-text" and words.strip() != date:
                    # "<del>Tue 1/28, 2:00–3:20pm — Topic models II</del> Cancelled"
                    part.replace_with(written_date(date, part.text_content or ""))


_LEGEND_WORDS = lazyre.compile(r"(?:meaning|means)\b", re.IGNORECASE)
"""A word every legend table's header holds: a page without it has none."""


def _tabled_legends(body: LexborNode | None) -> dict[str, Requirement]:
    """What the page's legend tables say of their signs (:func:`legend_table`)."""
    if body is None:
        return {}
    return {sign: req for table in body.css("table") for sign, req in legend_table(table).items()}


def _read_keys(
    reader: ScheduleReader,
    tree: LexborHTMLParser,
    body: LexborNode,
    page_text: str,
    labels: set[str],
) -> None:
    """What the keys in *page_text* say: of styles, signs, the readings signs leave,
    columns and each entry's first reading."""
    reader.emphasis, reader.styled = legends(page_text), tree
    if reader.emphasis:  # "Papers in bold are required": bold may come from CSS classes
        reader.classes = class_styles(tree)
    key_text = without_tag_uses(page_text.lower(), body, labels)  # "[A](u) [core]": in use
    reader.symbols = symbol_legends(page_text, labels, key_text)
    if "<table" in (body.html or "") and _LEGEND_WORDS.search(page_text):
        # "| Mark | Meaning |": a legend drawn as a table, a row per sign
        reader.symbols = tuple({**_tabled_legends(body), **dict(reader.symbols)}.items())
    reader.others = legend_others(page_text, reader.symbols)
    reader.columns = column_legends(page_text)
    reader.first = first_legend(page_text)
    reader.box_colours = box_colour_legends(page_text)
    reader.told = told_legend(page_text)
    reader.called = called_legends(page_text)


_JSX_LITERAL = lazyre.compile(
    r"(?<=\s)(?P<name>[A-Za-z][\w-]*)=\{\s*(?:(?P<q>[\"'])(?P<text>[^\"'{}<>]*)(?P=q)|(?P<number>\d+))\s*\}"
)
"""A JSX attribute whose value is a literal in braces (``rowSpan={2}``, ``title={"A"}``)."""
_CLASS_NAME = lazyre.compile(r"(?<=[\w\"'])\s+className=")
"""JSX's name for an element's ``class`` attribute (MDX, Docusaurus pages)."""


def read_html(
    html: str,
    file: str,
    base_url: str | None,
    line_of: LineOf,
    *,
    entries: bool = False,
    protected: bool = False,
    key: str = "",
    fallback_key: str = "",
) -> list[Lecture]:
    """Every lecture of one HTML document (see the module docstring).

    *protected*: entities were already protected (the Markdown reader does it
    before rendering, whose output escapes the source's own ``&``).  *key*: the text
    of the page that renders this one (a Jekyll collection's), where its key to the
    readings' marks may stand.  *fallback_key*: the course's own key (its home and
    syllabus pages' text), read only when the page and *key* give none.
    """
    if _may_nest_deeper(html):
        html = _flatten_deep(html)
    html = resolve_citations(html)
    html = linked_identifiers(html)  # "… Nature 2015. doi:10.1038/nature14236": its link
    if "className=" in html:  # MDX's JSX: '<span className="badge">new</span>'
        html = _CLASS_NAME.sub(" class=", html)
    if "={" in html:  # JSX's literal attribute values: '<td rowSpan={2}>'
        html = _JSX_LITERAL.sub(lambda m: f'{m["name"]}="{m["text"] or m["number"] or ""}"', html)
    if "/>" in html:  # '<Badge text="required"/>': a component's badge, as a span
        html = COMPONENT_BADGE.sub(r'<span class="badge">\g<text></span>', html)
    # an icon element is a sign named by its icon ('<i class="fa fa-book"></i>'): the
    # keys are read with every icon a sign, the readings with those the keys name
    page_text: str | None = None
    marked = icons.signed(html)
    if marked != html:
        page_text = _page_text(marked, protected, key)
        keyed = {sign for sign, _ in symbol_legends(page_text or "")}
        if "<table" in marked and _LEGEND_WORDS.search(page_text or ""):  # a legend table's
            keyed |= set(_tabled_legends(LexborHTMLParser(marked).body))
        html = icons.signed(html, keyed)
    tree = LexborHTMLParser(html if protected else protect_entities(html))
    if "hid" in html or "sr-only" in html or "screen-reader" in html:
        for hidden in tree.css(_HIDDEN_IN_LINK):  # " File" Moodle adds for screen readers
            hidden.decompose()
    if "none" in html or "hidden" in html:
        _without_hidden_rows(tree)
    if "<del" in html or "<s>" in html or "<strike" in html:
        _without_struck_words(tree)
    if "badge" in html or "label" in html or "pill" in html:
        _without_heading_badges(tree)
    if "<img" in html:
        # "[![arXiv](…shields.io…)](u)" after a paper's link: a badge that shows no
        # words, no reading, and nothing between the links around it
        for image in tree.css("a > img"):
            link = image.parent
            if link is not None and link.tag == "a" and not text_of(link).strip():
                link.decompose()
    if "ltx_note" in html:  # LaTeXML's footnote: its mark and the note it pops up
        for note in tree.css("span.ltx_note"):
            note.decompose()
    body = _content(tree)
    if body is None:
        return []
    if 'class="footnotes"' in html:
        # the notes the LaTeX and DokuWiki converters list at the page's end (one that is
        # only a link was read in place): their words may be the page's key, their links
        # no lecture's (not the last one's)
        for link in body.css("div.footnotes a"):
            link.unwrap()
    reader = ScheduleReader(file, base_url, line_of)
    reader.entries = entries
    if page_text is None:
        page_text = f"{key}\n{page_words(body)}" if key else page_words(body)
    page_text += _key_lines(body)
    labels = written_labels(body)
    _read_keys(reader, tree, body, page_text, labels)
    if fallback_key and not reader.keyed():  # the course's rule, where the page gives none
        page_text = f"{page_text}\n{fallback_key}"  # what the keys are read from, below too
        pointed = pointed_labels(fallback_key, section_labels(body))  # "under **Read**"
        _read_keys(reader, tree, body, page_text, labels | pointed)
    elif fallback_key:
        # "Everything under **Read before class** is required" on the home page: the
        # course's word on a label the page writes and keys not itself
        own = {sign for sign, _ in reader.symbols}
        shown = page_words(body).lower()
        course = [
            (sign, req)
            for sign, req in symbol_legends(fallback_key, labels)
            if sign.endswith(":") and len(sign) > 2 and sign not in own and sign[:-1] in shown
        ]
        reader.symbols = (*reader.symbols, *course)
    signs = sorted(  # the longest first: "★★" before "★"
        (sign for sign, _ in reader.symbols if is_sign(sign) and not sign[0].isalnum()),
        key=len,
        reverse=True,
    )
    if signs:
        _signs_out_of_links(body, signs)
    consumed: dict[int, int] = {}  # a table or list read: the last lecture it made, or -1
    for table in body.css("table"):
        _read_block(reader.read_table, table, reader.lectures, consumed)
    for listing in body.css("ul, ol"):
        if inside(listing, ("li", "td", "th")):
            continue
        if inside(listing, ("dd",)) and not _under_undated_term(listing):
            continue  # a dated term's definition: its list holds readings
        _read_block(reader.read_schedule_list, listing, reader.lectures, consumed)
    structured = len(reader.lectures)
    walk(reader, body, consumed)
    if 0 < structured < len(reader.lectures):
        reader.lectures.sort(key=lambda lecture: lecture.line)  # keep document order
    lectures = reader.lectures
    if reader.first is not None:
        later = later_legend(page_text)
        count = first_count(page_text)
        lectures = [first_is(lecture, reader.first, later, count) for lecture in lectures]
    if reader.rows:
        rows = _numbered_by_headings(lectures, reader.rows)
        lectures = _sections_into_rows(lectures, rows)
        lectures = [_titled_by_row(lecture, rows) for lecture in lectures]
    lectures = _without_bare_labels(lectures)
    return [_unsigned(lecture) for lecture in lectures] if icons.has_signs(html) else lectures


def _signs_out_of_links(body: LexborNode, signs: list[str]) -> None:
    """A sign the page's key names written at the start or the end of a link's text
    (``[★ Attention Is All You Need](..)``, ``<a>Probes ★</a>``) set just before or after
    the link, where it marks the link as it would written outside it: a mark, no
    word of the reading's title."""
    for link in body.css("a"):
        texts = [
            node
            for node in link.traverse(include_text=True)
            if node.tag == "-text" and (node.text_content or "").strip()
        ]
        if not texts:
            continue
        first, last = texts[0], texts[-1]
        head = (first.text_content or "").lstrip()
        sign = next((s for s in signs if head.startswith(s)), None)
        if sign is not None and (len(texts) > 1 or head[len(sign) :].strip()):
            first.replace_with(head[len(sign) :].lstrip())
            link.insert_before(f"{sign} ")
            if first is last:
                continue
        tail = (last.text_content or "").rstrip()
        sign = next((s for s in signs if tail.endswith(s) and tail[: -len(s)].strip()), None)
        if sign is not None:
            last.replace_with(tail[: -len(sign)].rstrip())
            link.insert_after(f" {sign}")


def _without_bare_labels(lectures: list[Lecture]) -> list[Lecture]:
    """Without an entry keyed by a session alone, with no title and no reading, right
    before a dated one (``### Lecture 11`` over ``# Video generation`` and ``**Date:**
    Tue, Feb 11``): the session's label, not a session of its own."""
    if len(lectures) < 2:
        return lectures
    return [
        lec
        for lec, after in zip(lectures, [*lectures[1:], None], strict=True)
        if after is None
        or lec.readings
        or lec.title
        or classify.date_in(lec.key) is not None
        or classify.date_in(after.key) is None
    ]


_HEADING_BADGES = ", ".join(
    f"{place} .{name}"
    for place in (*(f"h{level}" for level in range(1, 7)), "td")
    for name in ("badge", "label", "pill")
)


def _without_heading_badges(tree: LexborHTMLParser) -> None:
    """Take out of headings and table cells the badges ending them that say no
    requirement and hold no number (``### Serving LLMs <Badge text="guest"/>``, a
    ``{bdg}`guest``` after a cell's topic): a label beside the topic, not words of it (a
    date's badge opening a heading is its key: kept)."""
    for badge in tree.css(_HEADING_BADGES):
        text = text_of(badge)
        after = badge.next
        while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
            after = after.next
        if after is None and not _DIGIT.search(text) and not classify.prefix_requirement(text):
            badge.decompose()


_DIGIT = lazyre.compile(r"\d")


def _content(tree: LexborHTMLParser) -> LexborNode | None:
    """The element of a page that holds its course: its ``<main>`` when that has links
    (navigation and footer are not the course), else its body without its footer and
    navigation (:data:`_CHROME`)."""
    body = tree.body or tree.root
    if body is None:
        return None
    main = body.css_first("main, [role=main]")
    if main is not None and main.css_first("a") is not None:
        for aside in main.css(_SIDEBARS):  # a CMS's events and news beside the course
            aside.decompose()
        return main
    for chrome in body.css(_CHROME):  # the site's footer and navigation, not the course
        chrome.decompose()
    return body


_SIDEBARS = "[role=complementary], .layout-sidebar-first, .layout-sidebar-second"
"""A CMS's sidebar regions inside the ``<main>`` element (Drupal's ``<aside
class="layout-sidebar-second" role="complementary">`` of upcoming events and news): the
site's, beside the course (an ``<aside>`` without the role, a Notion callout, is the
page's)."""
_CHROME = (
    "footer, nav, [role=contentinfo], [role=navigation], .footer, #footer, .site-footer, "
    f"{_SIDEBARS}"
)
"""The parts of a page without a ``<main>`` that frame every page of its site."""


_SIGN_LINE = lazyre.compile(r"^\s*[*†‡★☆°]\s*\S.{0,80}$", re.S)


def _key_lines(body: LexborNode) -> str:
    """The page's short paragraphs that open with a sign (``* optional`` under a
    table), each on a line of its own: a key line, read to its end like the page's last."""
    lines = [
        text
        for node in body.css("p")
        if (text := text_of(node)) and text.lstrip()[:1] in "*†‡★☆°" and _SIGN_LINE.match(text)
    ]
    return "".join(f"\n{line}\n" for line in lines)


def _page_text(html: str, protected: bool, key: str) -> str | None:
    """The text of the page *html* as its keys are read (see :func:`read_html`)."""
    body = _content(LexborHTMLParser(html if protected else protect_entities(html)))
    if body is None:
        return None
    return f"{key}\n{page_words(body)}" if key else page_words(body)


def _unsigned(lecture: Lecture) -> Lecture:
    """*lecture* without the characters written for icons in what it shows."""
    readings = tuple(
        replace(r, text=icons.unsigned(r.text), title=icons.unsigned(r.title))
        for r in lecture.readings
    )
    key, title = icons.unsigned(lecture.key), icons.unsigned(lecture.title)
    return replace(lecture, key=key, title=title, readings=readings)


def _numbered_by_headings(
    lectures: list[Lecture], rows: dict[tuple[str, int], Row]
) -> dict[tuple[str, int], Row]:
    """*rows*, those a ``#`` column numbers (no session word: ``("", 3)``) under the
    one session word the page's bare session headings use (``### Lecture 3``), if
    they use one."""
    if not any(word == "" for word, _ in rows):
        return rows
    words = {
        label[0]
        for lecture in lectures
        if lecture.structure != "table" and (label := session_label(lecture.key)) is not None
    }
    if len(words) != 1:
        return {label: row for label, row in rows.items() if label[0]}
    [word] = words
    named = {(word, number): row for (bare, number), row in rows.items() if not bare}
    return {**named, **{label: row for label, row in rows.items() if label[0]}}


def _read_block(
    read: Callable[[LexborNode], bool],
    node: LexborNode,
    lectures: list[Lecture],
    consumed: dict[int, int],
) -> None:
    """Read a schedule table or list; when it is one, note it in *consumed* with the
    index of the last lecture it made (-1: none), which the walk may continue."""
    made = len(lectures)
    if read(node):
        consumed[node.mem_id] = len(lectures) - 1 if len(lectures) > made else -1


def _sections_into_rows(lectures: list[Lecture], rows: dict[tuple[str, int], Row]) -> list[Lecture]:
    """A bare session heading (``### Week 3`` over an ``Optional reading`` box, or one
    whose title restates the row's) below a table with readings, whose ``Week`` column
    has that row: the section adds to the row's readings; it is no lecture of its own.
    (Below a table without readings the sections are the lectures, titled by the rows.)"""
    at = {(lec.key, lec.line): i for i, lec in enumerate(lectures) if lec.structure == "table"}
    places = {label: at.get((row.key, row.line)) for label, row in rows.items()}
    if not any(lectures[i].readings for i in places.values() if i is not None):
        return lectures
    merged = list(lectures)
    dropped: set[int] = set()
    for i, lecture in enumerate(lectures):
        if lecture.structure == "table":
            continue
        label = session_label(lecture.key)
        row = places.get(label) if label is not None else None
        if row is not None and _restates(lecture.title, lectures[row].title):
            merged[row] = replace(merged[row], readings=merged[row].readings + lecture.readings)
            dropped.add(i)
    return [lecture for i, lecture in enumerate(merged) if i not in dropped]


_TITLE_WORD = lazyre.compile(r"\w+")


def _restates(title: str, row_title: str) -> bool:
    """Whether a section's *title* says nothing its row's does: none, or words all in
    the row's (``## Week 2: Digital trace data`` under the row ``Observing behavior:
    digital trace data``)."""
    words = set(_TITLE_WORD.findall(title.lower()))
    return words <= set(_TITLE_WORD.findall(row_title.lower()))


def _titled_by_row(lecture: Lecture, rows: dict[tuple[str, int], Row]) -> Lecture:
    """A bare session heading (``### Week 3``) titled by its row of the page's table."""
    if lecture.title or lecture.structure == "table":
        return lecture
    label = session_label(lecture.key)
    row = rows.get(label) if label is not None else None
    return replace(lecture, title=row.title) if row is not None and row.title else lecture
