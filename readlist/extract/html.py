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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from readlist.extract import classify
from readlist.model import Lecture, Reading, Requirement

ENTRY_TAG = "rl-entry"
"""Marker element the Markdown reader puts where a Liquid include opens an entry."""

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BREAKS = {"br", "ul", "ol", "p", "div", "li", "dl", "table"} | _HEADINGS
_ITEM_TAGS = {"li", "p", "dd", "dt", "td", "th", "blockquote"} | _HEADINGS
_REGION_CLASS = re.compile(
    r"(?P<opt>optional|further|recommended|supplement|additional|extra)|(?P<req>required)|"
    r"(?P<plain>reading|papers)",
    re.IGNORECASE,
)
_KEY_HEADER = re.compile(r"\b(date|day|when)\b", re.I)
_NUM_HEADER = re.compile(r"^\s*(lecture|lec|week|session|class|no\.?|#|num(ber)?)\s*$", re.I)
_TITLE_HEADER = re.compile(
    r"\b(topics?|titles?|subjects?|lectures?|contents?|descriptions?|agenda|themes?)\b", re.I
)
_READING_HEADER = re.compile(
    r"\b(readings?|papers?|materials?|required|optional|recommended|resources|prep|"
    r"preparation|literature|references|assigned)\b",
    re.I,
)
_LINK_GROUP = re.compile(r"[(\[]\s*\x00(?:[\s,;/|&]*\x00)*\s*[)\]]")

LineOf = Callable[[str, int], int]
"""``line_of(needle, hint)``: 1-based source line of *needle* at or after position *hint*."""


@dataclass
class _Draft:
    key: str
    title: str
    line: int
    number: int | None = None
    candidates: list[tuple[Reading, int]] = field(default_factory=list)
    """Readings with their region mark: 2 in a reading region (wrapper, label, column),
    1 after a requirement prefix (``Optional:``), 0 none."""
    label: Requirement | None = None
    in_label_region: bool = False

    def finish(self, file: str) -> Lecture:
        regions = any(mark == 2 for _, mark in self.candidates)
        kept = [reading for reading, mark in self.candidates if mark or not regions]
        return Lecture(
            file=file,
            key=self.key,
            title=self.title,
            line=self.line,
            readings=tuple(kept),
            number=self.number,
        )


def _text(node: LexborNode) -> str:
    return classify.collapse(node.text(deep=True, separator=""))


def _pieces(node: LexborNode) -> Iterator[str | LexborNode]:
    """Text strings, ``<a>`` nodes and ``"\\n"`` for ``<br>`` under *node*, in order.

    Iterative, so any nesting depth is fine; links are not descended into.
    """
    stack: list[LexborNode | None] = [node.child]
    while stack:
        child = stack.pop()
        if child is None:
            continue
        stack.append(child.next)
        tag = child.tag
        if tag == "-text":
            yield child.text_content or ""
        elif tag == "br":
            yield "\n"
        elif tag == "a":
            yield child
        elif tag not in ("script", "style", "-comment"):
            stack.append(child.child)


def clean_title(node: LexborNode, first_line: bool = True) -> str:
    """Visible text of a title cell: link groups like ``([slides](..))`` dropped.

    With *first_line*, only the text before the first ``<br>``.
    """
    links: list[str] = []
    parts: list[str] = []
    for piece in _pieces(node):
        if isinstance(piece, str):
            if piece == "\n" and first_line and classify.collapse("".join(parts)):
                break
            parts.append(piece)
        elif classify.names_material(_text(piece)):
            parts.append("\x00")  # "[slides]", "(video)": material, not the title
            links.append("")
        else:
            links.append(_text(piece))
            parts.append("\x00")
    text = _LINK_GROUP.sub(" ", "".join(parts))
    link_iter = iter(links)
    text = re.sub("\x00", lambda _m: next(link_iter, ""), text)
    return classify.collapse(text)


def _text_before(item: LexborNode, link: LexborNode) -> tuple[str, str]:
    """Text of *item* before *link* (since the last ``<br>``), and right after it."""
    before: list[str] = []
    after: list[str] = []
    seen = False
    for piece in _pieces(item):
        if not seen:
            if isinstance(piece, str):
                before = [] if piece == "\n" else [*before, piece]
            elif piece.mem_id == link.mem_id:
                seen = True
            else:
                before.append(_text(piece))
        elif isinstance(piece, str):
            if piece == "\n":
                break
            after.append(piece)
        else:
            break
    return classify.collapse("".join(before)), classify.collapse("".join(after))


def lead_text(item: LexborNode) -> str:
    """The words an item starts with, before its first link (``Reading:``, ``Optional``)."""
    parts = []
    for piece in _pieces(item):
        if not isinstance(piece, str):
            break
        parts.append(piece)
    return classify.collapse("".join(parts))


def _item_of(link: LexborNode, limit: LexborNode | None) -> LexborNode:
    node = link.parent
    while node is not None and node.tag not in _ITEM_TAGS:
        if limit is not None and node.mem_id == limit.mem_id:
            return node
        node = node.parent
    return node if node is not None else link


def _region(link: LexborNode) -> tuple[bool, Requirement | None]:
    """Whether *link* sits in a reading wrapper (``<div class="optional_reading">``)."""
    node = link.parent
    while node is not None:
        classes = (
            node.attributes.get("class") or ""
            if node.tag in ("div", "section", "ul", "ol", "span")
            else ""
        )
        match = _REGION_CLASS.search(classes) if classes else None
        if match:
            if match.group("opt"):
                return True, "optional"
            if match.group("req"):
                return True, "required"
            return True, None
        node = node.parent
    return False, None


class _Reader:
    def __init__(self, file: str, base_url: str | None, line_of: LineOf) -> None:
        self.file = file
        self.base_url = base_url
        self.line_of = line_of
        self.lectures: list[Lecture] = []
        self.entries = False  # honour entry markers (only in HTML the Markdown reader made)
        self.cursor = 0

    def reading(
        self, link: LexborNode, item: LexborNode | None, context_req: Requirement | None
    ) -> tuple[Reading, str] | None:
        href = (link.attributes.get("href") or "").strip()
        raw = link.text(deep=True, separator="")
        text = classify.collapse(raw) if "\n" in raw.strip() else raw.lstrip()
        text = text.rstrip() if text.endswith(("\n", " ")) and "\n" in raw else text
        before, after = _text_before(item, link) if item is not None else ("", "")
        if not classify.is_reading(text, href, before):
            return None
        requirement = (
            classify.marker_in_text(text)
            or classify.prefix_requirement(before)
            or classify.suffix_requirement(after)
            or context_req
        )
        written = None
        link_text = getattr(self.line_of, "link_text", None)
        if href and link_text is not None:
            line, written = link_text(href, text)
        else:
            line = self.line_of(href or text, self.cursor)
        visible = classify.collapse(text)
        if written is not None and classify.collapse(written):
            text = written.lstrip()
        title = classify.strip_markers(visible)
        if classify.is_generic(title) and before:
            title = classify.strip_markers(before).strip(" :-–—([") or title
        reading = Reading(
            text=text,
            title=title,
            url=href,
            link=classify.resolve_href(href, self.base_url),
            requirement=requirement,
            line=line,
        )
        return reading, before

    def table(self, table: LexborNode) -> bool:
        """Read a schedule table; False when it is not one."""
        rows = [row for row in table.css("tr") if _owner_table(row) == table.mem_id]
        if len(rows) < 2:
            return False
        grid = _grid(rows)
        roles = _column_roles([_text(cell) for cell, _ in grid[0]])
        if roles is None:
            return False
        key_col, title_col, reading_cols = roles
        current: _Draft | None = None
        found = False
        for row, cells in zip(rows[1:], grid[1:], strict=True):
            if len(cells) <= key_col:
                continue
            key_cell, inherited = cells[key_col]
            key = "" if inherited else classify.collapse(key_cell.text(deep=True, separator=" "))
            if key:
                if current is not None:
                    self.lectures.append(current.finish(self.file))
                title = clean_title(cells[title_col][0]) if title_col < len(cells) else ""
                current = _Draft(
                    key=_key_text(key),
                    title=title,
                    line=self.line_of(key, self.cursor),
                    number=classify.session_number(key),
                )
                found = True
            if current is None:
                continue
            note_opt = classify.all_optional_note(row.text(deep=True, separator=" "))
            seen: set[int] = set()
            for index, (cell, inherited) in enumerate(cells):
                if inherited or cell.mem_id in seen or index == key_col:
                    continue
                if index == title_col:
                    if not reading_cols and title_col != key_col:
                        # no reading column: readings may follow the title in its cell
                        seen.add(cell.mem_id)
                        self._cell_links(current, cell, None, skip_first_line=True)
                    continue
                if reading_cols and index not in reading_cols:
                    continue
                seen.add(cell.mem_id)
                column_req = reading_cols.get(index) if reading_cols else None
                self._cell_links(current, cell, column_req or ("optional" if note_opt else None))
        if current is not None:
            self.lectures.append(current.finish(self.file))
        return found

    def schedule_list(self, listing: LexborNode) -> bool:
        """Read a list whose items are lectures (``<li>Jan 8: Intro. Readings: ...``)."""
        items = [li for li in listing.iter() if li.tag == "li"]
        dated = [(li, _item_date(li)) for li in items]
        if sum(1 for _, key in dated if key) < 2 or not dated[0][1]:
            return False
        current: _Draft | None = None
        for li, key in dated:
            if key:
                if current is not None:
                    self.lectures.append(current.finish(self.file))
                line = self.line_of(key, self.cursor)
                current = _Draft(key=key, title=_item_title(li, key), line=line)
                current.number = classify.session_number(_text(li))
            if current is not None:
                self._cell_links(current, li, None)
        if current is not None:
            self.lectures.append(current.finish(self.file))
        return True

    def _cell_links(
        self,
        draft: _Draft,
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
        stack: list[LexborNode | None] = [cell.child]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            stack.append(node.next)
            tag = node.tag
            if tag == "-text":
                pending.append(node.text_content or "")
            elif tag == "a":
                if skipping:
                    continue
                made = self.reading(node, _item_of(node, cell), label or req)
                if made is not None:
                    draft.candidates.append((made[0], 2))
                pending = []
            elif tag in _BREAKS:
                skipping = False
                is_label, found = classify.label_requirement("".join(pending))
                if is_label:
                    label = found
                pending = []
                if tag != "br":
                    stack.append(node.child)
            elif tag not in ("script", "style", "-comment"):
                stack.append(node.child)


def _item_date(item: LexborNode) -> str | None:
    """The date a list item starts with (after an optional ``Week N``/``Lecture N`` label)."""
    text = _text(item)[:60]
    session = classify.SESSION_RE.match(text)
    start = session.end() if session else 0
    date = classify.date_in(text[start:])
    if date is None or text.find(date, start) > start + 3:
        return None
    return date


def _item_title(item: LexborNode, key: str) -> str:
    """A lecture item's words before its first link or sub-list, without date and labels."""
    parts: list[str] = []
    for piece in _pieces(item):
        if not isinstance(piece, str):
            break
        parts.append(piece)
    text = classify.collapse("".join(parts))
    text = text.replace(key, " ", 1)
    session = classify.SESSION_RE.match(text)
    if session:
        text = text[session.end() :]
    text = re.sub(r"\(\s*\)", " ", text)
    text = re.sub(
        r"(?:required|optional|suggested|further)?\s*readings?\s*:?\s*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    return classify.trim_title(text)


def _span(cell: LexborNode, name: str) -> int:
    value = (cell.attributes.get(name) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _grid(rows: list[LexborNode]) -> list[list[tuple[LexborNode, bool]]]:
    """Rows of ``(cell, inherited)`` by column, with ``rowspan``/``colspan`` laid out.

    ``inherited`` marks a cell that a ``rowspan`` carries down from a row above.
    """
    pending: dict[int, tuple[LexborNode, int]] = {}  # column -> (cell, rows still to cover)
    grid = []
    for row in rows:
        out: list[tuple[LexborNode, bool]] = []
        cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
        column = 0
        for cell in cells:
            while column in pending:
                carried, left = pending[column]
                out.append((carried, True))
                pending[column] = (carried, left - 1)
                if left <= 1:
                    del pending[column]
                column += 1
            rowspan = _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                out.append((cell, False))
                if rowspan > 1:
                    pending[column] = (cell, rowspan - 1)
                column += 1
        while column in pending:
            carried, left = pending[column]
            out.append((carried, True))
            pending[column] = (carried, left - 1)
            if left <= 1:
                del pending[column]
            column += 1
        grid.append(out)
    return grid


def _owner_table(row: LexborNode) -> int | None:
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node.mem_id if node is not None else None


def _key_text(cell_text: str) -> str:
    if len(cell_text) <= 24:
        return cell_text
    return classify.date_in(cell_text) or cell_text


def _column_roles(header: list[str]) -> tuple[int, int, dict[int, Requirement | None]] | None:
    key_col = next((i for i, h in enumerate(header) if _KEY_HEADER.search(h)), None)
    if key_col is None:
        key_col = next((i for i, h in enumerate(header) if _NUM_HEADER.match(h)), None)
    if key_col is None:
        # "| Topic | Readings |": no date or number column; the topic names the lecture
        topic = next((i for i, h in enumerate(header) if _TITLE_HEADER.search(h)), None)
        if topic is None or not any(_READING_HEADER.search(h) for h in header):
            return None
        key_col = topic
    title_col = next(
        (
            i
            for i, h in enumerate(header)
            if i != key_col
            and _TITLE_HEADER.search(h)
            and not _READING_HEADER.search(h)
            and not _NUM_HEADER.match(h)
        ),
        None,
    )
    if title_col is None:
        title_col = next(
            (
                i
                for i, h in enumerate(header)
                if i != key_col and _TITLE_HEADER.search(h) and not _READING_HEADER.search(h)
            ),
            None,
        )
    if title_col is None:
        title_col = next(
            (
                i
                for i, h in enumerate(header)
                if i != key_col and not _NUM_HEADER.match(h) and not _READING_HEADER.search(h)
            ),
            key_col,
        )
    readings: dict[int, Requirement | None] = {}
    for i, h in enumerate(header):
        if i in (key_col, title_col) or not _READING_HEADER.search(h):
            continue
        lowered = h.lower()
        readings[i] = (
            classify.label_requirement(h)[1]
            if (
                "optional" in lowered
                or "required" in lowered
                or "recommended" in lowered
                or "further" in lowered
            )
            else None
        )
    return key_col, title_col, readings


def read_html(
    html: str, file: str, base_url: str | None, line_of: LineOf, *, entries: bool = False
) -> list[Lecture]:
    """Every lecture of one HTML document (see the module docstring)."""
    tree = LexborHTMLParser(html)
    body = tree.body or tree.root
    if body is None:
        return []
    reader = _Reader(file, base_url, line_of)
    reader.entries = entries
    consumed: set[int] = set()
    for table in body.css("table"):
        if reader.table(table):
            consumed.add(table.mem_id)
    for listing in body.css("ul, ol"):
        if not _inside(listing, ("li", "td", "th", "dd")) and reader.schedule_list(listing):
            consumed.add(listing.mem_id)
    structured = len(reader.lectures)
    _sequence(reader, body, consumed)
    if 0 < structured < len(reader.lectures):
        reader.lectures.sort(key=lambda lecture: lecture.line)  # keep document order
    return reader.lectures


def _is_anchor(node: LexborNode, entries: bool = False) -> str | None:
    """The key when *node* opens a lecture (a dated term or heading, an entry marker)."""
    tag = node.tag
    if tag == ENTRY_TAG:
        return (node.attributes.get("key") or "") if entries else None
    if tag == "dt" or tag in _HEADINGS:
        text = _text(node)
        if len(text) > 160:
            return None
        date = classify.date_in(text)
        if date and (tag == "dt" or text.find(date) < 40):
            return text if tag == "dt" and len(text) <= 24 else date
        match = classify.SESSION_RE.match(text)
        if match and tag in _HEADINGS:
            return match.group(0).strip()
    elif tag == "p" and not _inside(node, ("li", "td", "th", "dd", "dt", "blockquote")):
        # "**Jan 10**: Transformers" as a paragraph of its own
        text = _text(node)
        date = classify.date_in(text[:40])
        if date and len(text) <= 150 and text.find(date) <= 12:
            return date
    return None


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    probe = node.parent
    while probe is not None:
        if probe.tag in tags:
            return True
        probe = probe.parent
    return False


def _sequence(reader: _Reader, body: LexborNode, consumed: set[int]) -> None:
    from readlist.extract.sequence import walk

    walk(reader, body, consumed)
