"""Schedules laid out as tables, or as lists of dated items.

A table is a schedule when its header names a date column (``Date``, ``Day``,
``When``), a number column (``Lecture``, ``Week``, ``#``) or, failing both, a
topic column beside a readings column.  ``rowspan``/``colspan`` are laid out
on a grid first; a row whose key cell is empty (or carried down by a
``rowspan``) continues the lecture above.  Readings are the links of the
reading columns, or of every other column (and of the title cell after its
first line) when the table names none.  A calendar grid whose columns are
weekdays (``| Week | Monday | Wednesday |``) has one session per dated cell.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from readlist import lazyre
from readlist.extract import classify, vocab
from readlist.extract.dom import (
    BREAK,
    ENTITY_MARK,
    HEADINGS,
    Draft,
    LineOf,
    as_written,
    clean_title,
    decoded,
    first_element,
    lead_text,
    pieces,
    raw_text_of,
    second_line,
    text_of,
    walk_tree,
    written_date,
)
from readlist.extract.reader import Reader
from readlist.extract.vocab import alternation
from readlist.model import Lecture, Requirement

_KEY_HEADER = lazyre.compile(rf"\b{alternation(vocab.KEY_HEADERS)}\b", re.I)
_NUM_HEADER = lazyre.compile(rf"^\s*{alternation(vocab.NUMBER_HEADERS)}\s*$", re.I)
_TITLE_HEADER = lazyre.compile(rf"\b{alternation(vocab.TITLE_HEADERS)}\b", re.I)
READING_HEADER = lazyre.compile(rf"\b{alternation(vocab.READING_HEADERS)}\b", re.I)
"""A header naming a column of readings (``Read before class``): a table's, or the one a
script prints over a data file's field."""
# "Key dates", "Project milestones", "Course news" (a word or two before one, but never
# before a bare "dates": "Lecture dates" may head the schedule)
_DATES_SECTION = lazyre.compile(
    rf"\W*(?:(?:[\w'’-]+\s+){{1,2}}(?!dates\b))?{alternation(vocab.DATES_SECTIONS)}\W*", re.I
)
_DATES_LEAD = lazyre.compile(rf"\b{alternation(vocab.DATES_SECTIONS)}\W*:\W*$", re.I)
_MATERIAL_HEADER = lazyre.compile(
    rf"\b{alternation(vocab.MATERIAL_KIND + vocab.SESSION_MATERIAL)}\b", re.I
)
"""A column of the class's own material (``Slides & notes``, ``Video``): no topic."""
_PERSON_HEADER = lazyre.compile(rf"\b{alternation(vocab.PERSON_HEADERS)}\b", re.I)
_WEEKDAY_HEADER = lazyre.compile(rf"^\s*{classify.WEEKDAY}[a-z]*\.?\s*$", re.I)


class Row(NamedTuple):
    """A table row labelled by a session (``| 3 | Jan 20–24 | Causality |``)."""

    key: str
    line: int
    title: str


class ScheduleReader(Reader):
    """A :class:`Reader` of the schedules laid out as tables or dated lists."""

    def __init__(self, file: str, base_url: str | None, line_of: LineOf) -> None:
        super().__init__(file, base_url, line_of)
        self.rows: dict[tuple[str, int], Row] = {}
        """A table's rows by session label (``("week", 3)`` for ``| Week |`` cell ``3``)
        when the rows are keyed by date: a bare ``### Week 3`` heading of the same page
        is titled by its row, or adds its readings to it."""

    def read_table(self, table: LexborNode) -> bool:
        """Read a schedule table; False when it is not one."""
        rows = [
            row
            for row in table.css("tr")
            if _owner_table(row) == table.mem_id and not _rule_row(row) and not _letters_row(row)
        ]
        if len(rows) < 2:
            return False
        grid = _grid(rows)
        header = [text_of(cell) for cell, _ in grid[0]]
        roles = _column_roles(header)
        if roles is None:
            return self.read_week_grid(grid)
        key_col, title_col, reading_cols = roles
        # "| Date | Topic | Materials |": no column of readings but the class's materials
        named_readings = any(not classify.is_materials_label(header[i]) for i in reading_cols)
        keyed_cols: set[int] = set()  # what the page's key says of a column, not its header
        for i, name in enumerate(header):  # "Everything in the Prepare column is required"
            keyed = self.columns.get(name.lower()) if i != key_col else None
            if keyed is not None and reading_cols.get(i) is None:
                reading_cols[i] = keyed
                keyed_cols.add(i)
        for place, i in enumerate(sorted(reading_cols), 1):  # "the left-hand one is …"
            placed = self.columns.get(f"#{place}") if len(reading_cols) > 1 else None
            if placed is not None and reading_cols[i] is None:
                reading_cols[i] = placed
        if keyed_cols - {i for i in reading_cols if classify.is_materials_label(header[i])}:
            # "| Prepare | Materials |" where the key names Prepare: the class's materials
            reading_cols = {
                i: req
                for i, req in reading_cols.items()
                if i in keyed_cols or not classify.is_materials_label(header[i])
            }
        if title_col in keyed_cols:  # "Papers in the Related column are optional": no topic
            title_col = _title_column(
                ["Readings" if i in keyed_cols else name for i, name in enumerate(header)],
                key_col,
            )
        key_col, title_col = _dated_column(grid, key_col, title_col, reading_cols)
        if title_col == key_col:
            title_col = _words_column(grid, key_col, reading_cols)
        elif title_col in reading_cols:
            # "| Date | Session | Presenters | Readings |" whose Session cells are topics
            # (a link to the session's page each), not numbers: the session's column
            worded = _words_column(grid, key_col, reading_cols, session_only=True)
            title_col = title_col if worded == key_col else worded
        keys = [text_of(cells[key_col][0]) for cells in grid[1:] if len(cells) > key_col]
        dated = sum(1 for key in keys if classify.date_in(key))
        if keys and not dated and all(_WEEKDAY_ONLY.fullmatch(k) or not k for k in keys):
            return False  # "| Day | Time | Location |": weekly office hours, not a schedule
        labels = _label_column(grid[0], key_col)
        # "| Reading | Req? |": a column that answers whether each row's reading is required
        asked = next((i for i, name in enumerate(header) if _ASKED_HEADER.match(name)), None)
        # "| Reading | Priority |": High / Medium / Low, or must / should / could
        ranked = next((i for i, name in enumerate(header) if _PRIORITY_HEADER.match(name)), None)
        # "| Type | Item |": a row of the kind "Video" or "Slides" links material
        kinds = next((i for i, name in enumerate(header) if _KIND_HEADER.match(name)), None)
        current: Draft | None = None
        found = False
        sub: Requirement | None = None  # a label row's ("Optional") over the rows below it
        for row, cells in zip(rows[1:], grid[1:], strict=True):
            if len(cells) <= key_col:
                continue
            if (dated or _whole_row(cells)) and _separator_row(cells):
                # "| **Week 3** | | |" between dated rows: a group, not a lecture; one
                # cell across the row ("Loading schedule…"): a note, not a lecture; a
                # label ("Optional") over the session's next rows: their requirement
                is_label, said = classify.label_requirement(text_of(row))
                sub = said if is_label and current is not None else None
                continue
            key_cell, inherited = cells[key_col]
            written = key_cell.text(deep=True, separator=" ")
            key = (
                ""
                if inherited
                else classify.without_padding(classify.collapse(as_written(written)))
            )
            lone = _lone_day(cells) if dated and not key and not inherited else None
            if lone is not None:  # "| *Thu Feb 6 — No lecture (travel)* |" in another column
                key = lone[0]
            details = dated and bool(key) and _span(key_cell, "colspan") > 1
            if details and not classify.date_in(key):
                key = ""  # "| Readings: [A] ... |" across the row below a dated one: its details
            else:
                details = False
            if key:
                sub = None
                if current is not None:
                    self.lectures.append(current.finish(self.file))
                title = clean_title(cells[title_col][0]) if 0 <= title_col < len(cells) else ""
                if title and (topic := _topic_before_readings(cells[title_col][0])):
                    title = topic  # "**Membership inference** — [A](..) · [B](..)"
                titled_by_paper = title_col in reading_cols and 0 <= title_col < len(cells)
                if titled_by_paper and (paper := _first_of_papers(cells[title_col][0])):
                    title = paper  # "| Feb 7 | Dev Patel | [Spanner](..) · [Calvin](..) |"
                if classify.speaker_only(title):  # "Guest: Dr. P. Natarajan (MSR)<br>Topic"
                    title = second_line(cells[title_col][0]) or title
                title = classify.topic_of(lone[1] if lone is not None else title)
                if not classify.has_words(title):  # "<td>&nbsp;</td>": empty as shown
                    title = _unnamed_words(header, cells)
                label = None
                if labels is not None and len(cells) > labels[1]:
                    number = text_of(cells[labels[1]][0])
                    label = (
                        session_label(f"{labels[0]} {number}")
                        if labels[0]
                        else ("", int(number))
                        if number.isdigit() and len(number) < 4
                        else None
                    )
                current = Draft(
                    structure="table",
                    key=_key_text(key),
                    title=title,
                    line=self.line_of(key),
                    number=classify.session_number(key),
                )
                if label is not None:
                    self._row(label, Row(current.key, current.line, title))
                found = True
            if current is None:
                continue
            noted = classify.readings_note(row.text(deep=True, separator=" "))
            row_req = _row_marker(cells, key_col) or sub
            if row_req is None and asked is not None and len(cells) > asked:
                row_req = _ANSWERS.get(text_of(cells[asked][0]).strip(" .").lower())
            if row_req is None and ranked is not None and len(cells) > ranked:
                rank = text_of(cells[ranked][0]).strip(" .")
                row_req = classify.priority_requirement(rank) or self.keyed_label(rank)
            if kinds is not None and len(cells) > kinds and _material_kind(cells[kinds][0]):
                continue
            if details:
                self.cell_links(current, key_cell, noted)
                continue
            seen: set[int] = set()
            for index, (cell, inherited) in enumerate(cells):
                if inherited or cell.mem_id in seen or index == key_col:
                    continue
                if index == title_col and index not in reading_cols:
                    if title_col != key_col and (not named_readings or _labelled_readings(cell)):
                        # no reading column (a Materials one at most): readings may follow
                        # the title in its cell ("<b>Topic</b><br>Read: <a>A</a>"); beside
                        # one, a line a reading column's name opens ("Read before class:")
                        seen.add(cell.mem_id)
                        self.cell_links(current, cell, None, skip_lines=1)
                    continue
                if reading_cols and index not in reading_cols:
                    if index != title_col and _led_readings(cell):
                        # "| … | [A](..) | see also [B](..) |": a cell beside the readings
                        # that a reading's lead opens holds more of them
                        seen.add(cell.mem_id)
                        self.cell_links(current, cell, row_req or noted)
                    continue
                if not reading_cols and _material_column(header, index, cell):
                    continue
                seen.add(cell.mem_id)
                column_req = reading_cols.get(index) if reading_cols else None
                if index in keyed_cols:
                    # the row's own note ("All readings this week are optional") is the
                    # exception to what the key says of the column as a whole
                    column_req = noted or column_req
                self.cell_links(current, cell, row_req or column_req or noted)
        if current is not None:
            self.lectures.append(current.finish(self.file))
        return found

    def _row(self, label: tuple[str, int], row: Row) -> None:
        """The first row of a label keys it; the first with a topic titles it."""
        known = self.rows.get(label)
        if known is None:
            self.rows[label] = row
        elif not known.title and row.title:
            self.rows[label] = known._replace(title=row.title)

    def read_week_grid(self, grid: list[list[tuple[LexborNode, bool]]]) -> bool:
        """A calendar grid (``| Week | Monday | Wednesday |``): a weekday column's cell
        that starts with a date is a session, titled by its first line."""
        days = [i for i, (cell, _) in enumerate(grid[0]) if _WEEKDAY_HEADER.match(text_of(cell))]
        if len(days) < 2:
            return False
        found = False
        for cells in grid[1:]:
            for cell, inherited in (cells[i] for i in days if i < len(cells)):
                key = None if inherited else _item_date(cell)
                if key is None:
                    continue
                title, lines = item_title(cell, key), 1
                if not clean_title(cell).replace(key, "", 1).strip(" ,:-–—()"):
                    # "jan 21<br>LEC 1: [Intro](..), [video](..)<br>Read: ...": the date
                    # alone on its line, the topic on the next
                    title, lines = classify.topic_of(clean_title(cell, line=1)), 2
                draft = Draft(structure="table", key=key, title=title, line=self.line_of(key))
                self.cell_links(draft, cell, None, skip_lines=lines)
                self.lectures.append(draft.finish(self.file))
                found = True
        return found

    def read_schedule_list(self, listing: LexborNode) -> bool:
        """Read a list whose items are lectures (``<li>Jan 8: Intro. Readings: ...``)."""
        dated = _dated_items(listing)
        # after a list of sessions, the next week's list may hold one ("## Week 6", then
        # "- **Mon, Feb 16** — Topic" over its readings and an undated deadline item)
        least = 1 if any(lec.structure == "list" for lec in self.lectures) else 2
        if sum(1 for _, key in dated if key) < least or not dated[0][1]:
            dated = _numbered_items(listing)  # no dates: "1. **Lecture 1: Intro.** Reading: .."
            if sum(1 for _, key in dated if key) < 2 or not dated[0][1]:
                return False
        drafts: list[Draft] = []
        req = self._labelled(listing)  # "Optional readings" over "- **Week 2:** [A](..)"
        for li, key in dated:
            if key:
                line = self.line_of(key)
                drafts.append(
                    Draft(key=key, title=item_title(li, key), line=line, structure="list")
                )
                drafts[-1].number = classify.session_number(text_of(li))
            if drafts:
                # the presenter's page on the line that only names them: no reading
                skip = 1 if key and _person_line(li, key) else 0
                self.cell_links(drafts[-1], li, req, skip_lines=skip)
        lectures = [draft.finish(self.file) for draft in drafts]
        lone = len(lectures) < 2 and not (
            self._continues(lectures) or self._next_week(listing, lectures)
        )
        if not any(lec.readings for lec in lectures) and (lone or _dates_section(listing)):
            return False  # "## Key dates", "## Announcements", "Milestones:": deadlines, news
        self.lectures.extend(lectures)
        return True

    def _labelled(self, listing: LexborNode) -> Requirement | None:
        """The requirement of a label right above a list (a heading or a line of its
        own, a sentence of prose between): ``Optional readings`` then "For those who
        want to go further:" over the list."""
        node, seen = listing.prev, 0
        while node is not None and seen < 3:
            if node.tag in ("table", "ul", "ol", "dl", "hr"):
                return None
            if node.tag != "-text":
                seen += 1
                is_label, req = self.label(text_of(node))
                if is_label:
                    return req
                noted = classify.readings_note(text_of(node))
                if noted is not None:  # "Midterm week: nothing is required." over the list
                    return noted
                if node.tag in HEADINGS:
                    return None
            node = node.prev
        return None

    def _next_week(self, listing: LexborNode, lectures: list[Lecture]) -> bool:
        """Whether a list's one session, with no readings, is its week's whole list
        after weeks of listed sessions (``## Week 7`` over ``- **Feb 24–28** — Spring
        break: no classes``): an entry of the schedule, not a deadline."""
        heading = listing.prev
        while heading is not None and heading.tag == "-text":
            heading = heading.prev
        return (
            len(lectures) == 1
            and any(lec.structure == "list" for lec in self.lectures)
            and heading is not None
            and heading.tag in HEADINGS
            and classify.SESSION_WORD_RE.match(text_of(heading)) is not None
            and not _DUE_ITEM.match(lectures[0].title)
        )

    def _continues(self, lectures: list[Lecture]) -> bool:
        """Whether a list's one session, with no readings, is numbered next after the
        page's last listed one (``Lecture 13 (Mar 2): Project presentations`` alone in
        its week's list after ``Lecture 12``)."""
        listed = [lec for lec in self.lectures if lec.structure == "list"]
        return (
            len(lectures) == 1
            and bool(listed)
            and lectures[0].number is not None
            and listed[-1].number is not None
            and lectures[0].number == listed[-1].number + 1
        )


_DUE_ITEM = lazyre.compile(rf"\bdue\b|^\W*{alternation(vocab.BUSINESS)}\b", re.IGNORECASE)
"""A lone item's title that is course business (``HW 3 due``), no session."""


def _dated_items(listing: LexborNode) -> list[tuple[LexborNode, str | None]]:
    """A list's items and their dates; for a list of undated groups (``**Week 1**``
    over a nested list of dated items), the nested items, in order."""
    items = [li for li in listing.iter() if li.tag == "li"]
    dated = [(li, _item_date(li)) for li in items]
    nested = [
        (sub, _item_date(sub))
        for li in items
        for sublist in li.iter()
        if sublist.tag in ("ul", "ol")
        for sub in sublist.iter()
        if sub.tag == "li"
    ]

    def count(pairs: list[tuple[LexborNode, str | None]]) -> int:
        return sum(1 for _, key in pairs if key)

    if not count(dated) and items:
        # "1. Introduction (Sep 5): [A]", "Intro — Jan 5": every item a topic, then its date
        after = [(li, _topic_date(li)) for li in items if li.parent == listing]
        if all(key for _, key in after):
            return after
    return nested if nested and nested[0][1] and count(nested) > count(dated) else dated


_SESSION_LABEL_END = lazyre.compile(r"\s*(?:$|[:(|·•,.\-–—])")


def _numbered_items(listing: LexborNode) -> list[tuple[LexborNode, str | None]]:
    """A list's own items keyed by the session label they open with (``Lecture 3:``,
    ``Week 2.``), as a heading would be: an undated schedule; none when two items
    share a label (``L4: FlashAttention``, ``L4: PagedAttention``: one lecture's papers)."""
    found: list[tuple[LexborNode, str | None]] = []
    for li in listing.iter():
        if li.tag != "li":
            continue
        text = text_of(li)
        label = classify.SESSION_RE.match(text)
        ends = label is not None and _SESSION_LABEL_END.match(text, label.end()) is not None
        found.append((li, label.group(0).strip() if label and ends else None))
    keys = [key.lower() for _, key in found if key]
    return found if len(set(keys)) == len(keys) else []  # "L4: A", "L4: B": a lecture's papers


_TOPIC_DATE = lazyre.compile(r"^[^()\[\]]{1,80}?\(\s*(?P<date>[^()]{3,40}?)\s*\)")


def _topic_date(item: LexborNode) -> str | None:
    """The date in parentheses right after an item's topic (``Introduction (Sep 5)``), or
    ending its first line after a dash (``Introduction — Sep 5``)."""
    match = _TOPIC_DATE.match(text_of(item))
    date = classify.DATE_RE.fullmatch(match["date"]) if match else None
    if date is None:
        line = _first_line(item)
        ending = _DASH_DATE.search(line)
        date = classify.DATE_RE.fullmatch(ending["date"]) if ending else None
    return date.group(0) if date else None


_DASH_DATE = lazyre.compile(r"\w.{0,80}?\s[-–—|·]\s+(?P<date>[^-–—|·]{3,40}?)\s*$")


def _led_readings(cell: LexborNode) -> bool:
    """Whether a cell opens with a lead that says its links are readings to look at
    (``see also``, ``Optional:``, ``Also read``) and holds no other links first."""
    lead = lead_text(cell)
    return bool(lead) and (
        classify.prefix_requirement(lead) is not None
        # "Optional: Dwork & Roth, *The Algorithmic Foundations …*, ch. 2–3 ([pdf](..))"
        or classify.opening_requirement(lead) is not None
        or classify.told_to_read(lead)
    )


_PAPER_SEPARATOR = lazyre.compile(r"^\s*(?:[·•|;,/&+]|and|vs\.?)\s*$", re.IGNORECASE)
"""What joins two papers on one line of a paper cell (`` · ``, ``;``, `` and ``)."""


def _first_of_papers(cell: LexborNode) -> str:
    """The first paper of a cell whose first line is only papers joined by separators
    (``[Spanner](..) · [Calvin](..)``): the session's main one titles its row; else ""."""
    links: list[LexborNode] = []
    between = ""
    for piece in pieces(cell):
        if isinstance(piece, str):
            if piece == BREAK:
                break
            between += piece
        elif classify.is_reading(text_of(piece), piece.attributes.get("href") or ""):
            if (links and not _PAPER_SEPARATOR.match(between)) or (not links and between.strip()):
                return ""  # words before the first paper, or between two
            links.append(piece)
            between = ""
        else:
            return ""  # "[A](..) ([slides](..))": a paper and its material
    tail = between.strip()  # "… · [B](..) (optional)": a remark on the last
    return raw_text_of(links[0]) if len(links) > 1 and (not tail or tail[0] in "([") else ""


def _first_line(item: LexborNode) -> str:
    """An item's words before its first nested block or line break."""
    parts: list[str] = []
    for node in walk_tree(item):
        if node.tag in ("ul", "ol", "dl", "table", "br", "div") or (
            node.tag == "p" and parts and "".join(parts).strip()
        ):
            break
        if node.tag == "-text":
            parts.append(node.text_content or "")
        elif node.tag == "a":  # "[Lecture 3: Transformers](slides/l3.pdf) — Feb 4"
            parts.append(text_of(node))
    return classify.collapse("".join(parts))


def _dates_section(listing: LexborNode) -> bool:
    """A list under a heading that names dates or news (``## Key dates``), or right
    after a line that does (``Milestones:``)."""
    if _DATES_SECTION.fullmatch(_heading_before(listing)):
        return True
    lead = listing.prev
    while lead is not None and lead.tag in ("-text", "-comment"):
        lead = lead.prev
    return lead is not None and lead.tag == "p" and bool(_DATES_LEAD.search(text_of(lead)))


def _heading_before(node: LexborNode) -> str:
    """The text of the heading right before *node* (its siblings', then its parents')."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        sibling = current.prev
        while sibling is not None and sibling.tag not in HEADINGS:
            if sibling.tag not in ("-text", "-comment", "p"):
                return ""  # a list, a table ...: the heading is not this list's
            sibling = sibling.prev
        if sibling is not None:
            return text_of(sibling)
        current = current.parent
    return ""


def _item_date(item: LexborNode) -> str | None:
    """The date a list item starts with (after an optional ``Week N``/``Lecture N`` label)."""
    text = text_of(item)[:60]
    session = classify.SESSION_RE.match(text)
    start = session.end() if session else 0
    date = classify.date_in(text[start:])
    if date is None or text.find(date, start) > start + 3:
        return None
    key = classify.with_range(text, date)  # "**Feb 24–28** — Spring break": the days
    # "<span>Wed&nbsp;1/15</span>": the key as written, its entities kept
    return written_date(key, raw_text_of(item)[:200])


def item_title(item: LexborNode, key: str) -> str:
    """A lecture item's words before its first link or sub-list, without date and
    labels; when it opens with bold words holding the key and more, those
    (``**Lecture 5: Proposals.** No reading.``, not ``**1.** Sep 5 — Intro``)."""
    lead = _bold_lead(item)
    words = _words(lead) if lead is not None else ""
    titled = _title_of(words, key) if key.strip() and key.strip() in words else ""
    from_lead = bool(titled)
    if not titled and _person_line(item, key):
        # "**Week 5 (Feb 11)** — [Tomás Ortega](..)<br>*Sparse autoencoders*": who
        # presents, then the topic on its own line
        titled = _title_of(second_line(item), key)
    titled = titled or _title_of(_words(item), key)
    first = first_element(item)
    if (
        not titled
        and first is not None
        and first.tag == "a"
        and text_of(item).startswith(text_of(first))
    ):
        # "[Lecture 3: Transformers](slides/l3.pdf) — Feb 4": the link is the title
        titled = _title_of(text_of(first), key)
    link = item.css_first("a")
    if (
        not titled
        and link is not None
        and not classify.is_reading(text_of(link), link.attributes.get("href") or "")
    ):
        # "**Fri Jan 31** — [Assignment 1](..) (Laplacian smoothing) due": course
        # business opening with its link, named by its whole line
        titled = _title_of(_own_text(item), key)
    if not from_lead and titled and _material_links_only(item):
        titled = _as_title_cell(item, key, titled)
    if not titled and link is not None and classify.date_in(key) and _one_reading(item, key, link):
        # "Mar 25 · ⭐ [Language Models Represent Space and Time](..)": the session is its
        # one paper
        titled = classify.strip_markers(text_of(link))
    return titled


def _one_reading(item: LexborNode, key: str, link: LexborNode) -> bool:
    """Whether the item is one reading link and no other (no nested list), its other
    words only the date and signs."""
    if item.css_first("ul, ol") is not None or len(item.css("a")) != 1:
        return False
    rest = text_of(item).replace(key, "", 1).replace(text_of(link), "", 1)
    if any(ch.isalnum() for ch in rest):
        return False
    return classify.is_reading(text_of(link), link.attributes.get("href") or "")


_BRACKET_TAIL = lazyre.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")


def _as_title_cell(item: LexborNode, key: str, titled: str) -> str:
    """*titled* as a title cell reads the item's line, where that only drops a bracket
    of material links at its end (``meetings (sign up [here](..))``) or keeps a link the
    line names as a place (``project proposals due on [Canvas](..)``)."""
    cell = _title_of(clean_title(item), key)
    if cell and titled.startswith(cell) and _BRACKET_TAIL.fullmatch(titled[len(cell) :]):
        return cell
    last = item.css("a")[-1]
    if cell.startswith(titled) and cell[len(titled) :].strip() == text_of(last).strip():
        return cell
    return titled


def _person_line(item: LexborNode, key: str) -> bool:
    """Whether a dated item's first line, up to a ``<br>``, only names who presents
    (``**Week 5 (Feb 11)** — [Tomás Ortega](..)``), a topic on the line after it."""
    if item.css_first("br") is None or not second_line(item):
        return False
    first = _title_of(clean_title(item), key)
    return bool(first) and (classify.names_only(first) or classify.speaker_only(first))


def _material_links_only(item: LexborNode) -> bool:
    """Whether the item's own line (its nested lists left out) links something, and
    nothing that is a reading."""
    links = [
        link
        for link in item.css("a")
        if not any(p.tag in ("ul", "ol") for p in _parents_until(link, item))
    ]
    return bool(links) and not any(_reading_link(link) for link in links)


def _parents_until(node: LexborNode, top: LexborNode) -> list[LexborNode]:
    """The elements between *node* and *top* (neither included)."""
    found: list[LexborNode] = []
    parent = node.parent
    while parent is not None and parent.mem_id != top.mem_id:
        found.append(parent)
        parent = parent.parent
    return found


def _own_text(item: LexborNode) -> str:
    """The words of a list item without its nested lists, nor the material linked after
    its first link (``[Why visualize?](slides/..) · [recording](..)``)."""
    parts: list[str] = []
    child = item.child
    linked = False
    while child is not None and child.tag not in ("ul", "ol"):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag != "a" or not linked or _reading_link(child):
            parts.append(text_of(child))
        else:
            parts.append("\x00")  # material after the first link: no word of the title
        linked = linked or child.tag == "a" or child.css_first("a") is not None
        child = child.next
    return classify.collapse(_MATERIAL_AFTER.sub("", "".join(parts)))


def _reading_link(link: LexborNode) -> bool:
    return classify.is_reading(text_of(link), link.attributes.get("href") or "")


_MATERIAL_AFTER = lazyre.compile(r"\s*[·•|,;]?\s*\x00")
"""A material link dropped from a line, with the separator before it."""


def _bold_lead(item: LexborNode) -> LexborNode | None:
    """The ``<strong>``/``<b>`` an item opens with, if any."""
    node = first_element(item)
    if node is not None and node.tag == "p":  # a loose list item
        return _bold_lead(node)
    return node if node is not None and node.tag in ("strong", "b") else None


def _words(node: LexborNode) -> str:
    """The words of *node* before its first link, line break or nested block; a link
    inside brackets the words opened is one of them (``HW1 due (11:59pm on
    [Gradescope](..))``), unless it names material (``Intro ([slides](..))``)."""
    parts: list[str] = []
    for child in walk_tree(node):
        if child.tag == "a" and _unclosed("".join(parts)):
            text = text_of(child)
            parts.append("" if classify.names_material(text) else text)
            continue
        if child.tag in _ITEM_ENDS:
            break
        if child.tag == "-text":
            parts.append(child.text_content or "")
    return classify.collapse(_WORDLESS_GROUP.sub("", "".join(parts)))


_WORDLESS_GROUP = lazyre.compile(r"\s*\([^()\w]*\)")
"""A bracket group left without words (``([slides](..), [video](..))`` once its
material is dropped)."""


def _unclosed(text: str) -> bool:
    """Whether *text* leaves a bracket open."""
    return text.count("(") > text.count(")")


_READINGS_TAIL = lazyre.compile(
    rf"(?:{alternation(vocab.REQUIRED)}|{alternation(vocab.OPTIONAL)})?\s*(?<![\w-])readings?\s*:?\s*$",
    re.IGNORECASE,
)


_LABEL_AFTER_SENTENCE = lazyre.compile(
    rf"(?<=[.;!?])\s+(?:(?:{alternation(vocab.REQUIRED)}|{alternation(vocab.OPTIONAL)})\s+)?"
    rf"{alternation(vocab.READING_NOUNS)}\s*:.*$",
    re.IGNORECASE | re.DOTALL,
)


def _title_of(text: str, key: str) -> str:
    text = classify.cut_key(classify.without_icon_names(text), key)
    session = classify.SESSION_RE.match(text)
    if session:
        text = text[session.end() :]
    text = classify.without_empty_brackets(text)
    text = _READINGS_TAIL.sub("", text)  # "Intro. Required readings:" the label is no title
    # "Time and clocks. Readings: Lamport (1978), [A]": the label ends the title
    text = _LABEL_AFTER_SENTENCE.sub("", text)
    text = _without_tail(_READ_TAIL, text)  # "Intro. Read [A]": the verb belongs to the link
    text = _without_tail(_MATERIAL_TAIL, text)  # "Games. Guest lecture by [X]": the link's
    return classify.topic_of(classify.trim_title(as_written(text)))


_READ_TAIL = lazyre.compile(
    rf"(?<=[.;:])\s*{alternation(vocab.READ_LEADS)}\s*:?\s*$", re.IGNORECASE
)
_MATERIAL_TAIL = lazyre.compile(
    rf"(?<=[\w)][.;:])[^.;:]{{0,40}}?\b{alternation(vocab.CONTEXT_NOT_READING)}\s*:?\s*$",
    re.IGNORECASE,
)
"""After a sentence, the words that say what the link after them is (``Guest lecture by``,
``Slides:``): they name the link, not the entry."""
_ENTITY_END = lazyre.compile(rf"[&{ENTITY_MARK}]#?\w+;$")


def _without_tail(tail: re.Pattern[str], text: str) -> str:
    """*text* without the *tail* after its last sentence; a ``;`` ending an entity as
    written (``Feb 12 &ndash; Midterm``) ends no sentence."""
    match = tail.search(text)
    if match is None or _ENTITY_END.search(text, 0, match.start()):
        return text
    return text[: match.start()]


_ITEM_ENDS = frozenset(("a", "ul", "ol", "dl", "table", "div", "p", "br"))
"""Where an item's title ends: its first link, line break or nested block."""
_WEEKDAY_ONLY = lazyre.compile(
    rf"{classify.WEEKDAY}[a-z]*\.?(?:\s*(?:&|and|/|,)\s*{classify.WEEKDAY}[a-z]*\.?)*",
    re.IGNORECASE,
)


def _filled_cells(cells: list[tuple[LexborNode, bool]]) -> list[LexborNode]:
    """A row's own cells (not carried down by a ``rowspan``) that show words, each once."""
    own = {cell.mem_id: cell for cell, inherited in cells if not inherited}
    return [cell for cell in own.values() if text_of(cell)]


def _separator_row(cells: list[tuple[LexborNode, bool]]) -> bool:
    """A row with one non-empty cell holding no link and no date, or a range of days
    (``Week 3``, ``Week 2 · Jan 13–17``)."""
    filled = _filled_cells(cells)
    if len(filled) != 1:
        return False
    text = text_of(filled[0])
    dated = classify.date_in(text) is not None and not classify.opens_range(text)
    return filled[0].css_first("a") is None and not dated


def _lone_day(cells: list[tuple[LexborNode, bool]]) -> tuple[str, str] | None:
    """The day and the words of a row whose one filled cell, outside the date column,
    names one day and no link (``| *Thu Feb 6 — No lecture (instructor travel)* | | |``):
    a day of its own; else None."""
    filled = _filled_cells(cells)
    if len(filled) != 1 or filled[0].css_first("a") is not None:
        return None
    text = text_of(filled[0])
    date = classify.date_in(text)
    if date is None or classify.opens_range(text) or not text.startswith(date):
        return None
    return date, classify.trim_title(text[len(date) :])


def _whole_row(cells: list[tuple[LexborNode, bool]]) -> bool:
    """One cell spans the whole row (``<td colspan="4">``)."""
    return len(cells) > 1 and len({cell.mem_id for cell, _ in cells}) == 1


def _span(cell: LexborNode, name: str) -> int:
    value = (cell.attributes.get(name) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _letters_row(row: LexborNode) -> bool:
    """A spreadsheet's row of column letters (a Google Sheet published as HTML: ``A``,
    ``B``, ``C`` over its own header row), and its frozen bar: no row of the table."""
    texts = [text_of(cell) for cell in row.css("th, td")]
    letters = [text for text in texts if text]
    return len(letters) >= 2 and all(
        len(text) == 1 and text == chr(ord("A") + i) for i, text in enumerate(letters)
    )


def _rule_row(row: LexborNode) -> bool:
    """A row of rules only (TeX4ht's ``<tr class="hline"><td><hr /></td>…``, a booktabs
    rule): no text and no link, but a ``<hr>``: a line drawn, not a row of the table."""
    return (
        row.css_first("hr") is not None
        and not text_of(row)
        and row.css_first("a[href], img") is None
    )


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


_PRIORITY_HEADER = lazyre.compile(rf"^\s*{alternation(vocab.PRIORITY_FIELDS)}\s*$", re.IGNORECASE)
"""A column of each row's priority (its values a key may name as labels)."""
_ASKED_HEADER = lazyre.compile(
    r"^\W*(?:req(?:uired)?\.?\s*\?|req\.|required\s*\?|must\s+read\s*\?"
    # the two answers it gives: "R/O", "Req/Opt", "Required / Optional"
    r"|r(?:eq(?:uired)?)?\.?\s*/\s*o(?:pt(?:ional)?)?\.?)\W*$",
    re.IGNORECASE,
)
"""A column header that asks whether a row's reading is required (``Req?``, ``Req.``),
or names the two answers (``R/O``)."""
_ANSWERS: dict[str, Requirement] = {
    **dict.fromkeys(("✓", "✔", "✅", "x", "y", "yes", "r", "req", "required"), "required"),
    **dict.fromkeys(("o", "opt", "optional", "n", "no"), "optional"),
}
"""The answers such a column's cells give (``✓``, ``R``: required; ``O``, ``no``: optional)."""


_KIND_HEADER = lazyre.compile(rf"^\s*(?:item\s+)?{alternation(vocab.KIND_FIELDS)}\s*$", re.I)
"""A column saying what kind of item each row is (``Type``, ``Kind``, ``Item type``)."""


def _material_kind(cell: LexborNode) -> bool:
    """Whether a kind column's *cell* names class material (``Video``, ``Slides``), not
    a reading or a requirement (``Required``, ``Optional reading``), nor the kind of
    session a row is (``Exam``, ``Holiday``: a calendar's rows, whose links are read)."""
    if cell.css_first("a") is not None:
        return False
    kind = text_of(cell)
    if classify.EVENT_TITLE.search(kind):
        return False
    return classify.names_material(kind) and classify.label_requirement(kind)[1] is None


def _row_marker(cells: list[tuple[LexborNode, bool]], key_col: int) -> Requirement | None:
    """A cell of the row's own that is only a requirement label (``Required``,
    ``Optional``): a session's sub-row under a ``rowspan`` date, its readings marked."""
    for index, (cell, inherited) in enumerate(cells):
        if inherited or index == key_col or cell.css_first("a") is not None:
            continue
        is_label, found = classify.label_requirement(text_of(cell))
        if is_label and found is not None:
            return found
    return None


def _dated_column(
    grid: list[list[tuple[LexborNode, bool]]],
    key_col: int,
    title_col: int,
    reading_cols: dict[int, Requirement | None],
) -> tuple[int, int]:
    """The key and title columns, when the header names no date column but one column
    holds dates in most rows (``<th></th>`` over ``<th>Sep 5</th>`` row headers)."""
    header = [text_of(cell) for cell, _ in grid[0]]
    if 0 <= key_col < len(header) and (
        _KEY_HEADER.search(header[key_col]) or _NUM_HEADER.match(header[key_col])
    ):
        return key_col, title_col
    rows = [cells for cells in grid[1:] if cells]
    for col in range(len(header)):
        if col in reading_cols or header[col] and col != key_col and col != title_col:
            continue
        cells = [cells[col][0] for cells in rows if len(cells) > col and not cells[col][1]]
        dates = sum(1 for cell in cells if classify.DATE_RE.match(text_of(cell)))
        if cells and dates * 2 > len(rows):
            if title_col == col:
                title_col = key_col
            return col, title_col
    return key_col, title_col


def _words_column(
    grid: list[list[tuple[LexborNode, bool]]],
    key_col: int,
    reading_cols: dict[int, Requirement | None],
    *,
    session_only: bool = False,
) -> int:
    """A column of words beside the key when no header names the topic (``| Date |
    Session | Readings |`` whose Session cells are topics, not numbers); else the key's.
    With *session_only*, only a column a session word heads (``Session``, ``Class``)."""
    header = [text_of(cell) for cell, _ in grid[0]]
    rows = [cells for cells in grid[1:] if cells]
    for col in range(len(header)):
        if col == key_col or col in reading_cols or _PERSON_HEADER.search(header[col]):
            continue
        if session_only and not _NUM_HEADER.match(header[col]):
            continue
        texts = [text_of(cells[col][0]) for cells in rows if len(cells) > col]
        worded = sum(1 for t in texts if re.search(r"[A-Za-z]{3}", t) and not classify.date_in(t))
        if texts and worded * 2 > len(texts):
            return col
    return key_col


def _owner_table(row: LexborNode) -> int | None:
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node.mem_id if node is not None else None


def session_label(text: str) -> tuple[str, int] | None:
    """``("week", 3)`` for ``Week 3``, ``Wk 3`` or ``W3`` (a session word or code and its
    number, nothing else; a short form as the word it stands for)."""
    text = classify.collapse(text).rstrip(" :.").lower()
    match = classify.SESSION_WORD_RE.fullmatch(text) or _SESSION_CODE_ONLY.fullmatch(text)
    word = re.match(r"[a-z]+", match.group(0).lstrip()) if match else None
    if not match or not word:
        return None
    return vocab.SESSION_SHORT_FORMS.get(word.group(0), word.group(0)), int(match.group(1))


_SESSION_CODE_ONLY = lazyre.compile(rf"{alternation(vocab.SESSION_CODES)}\.?\s?(\d{{1,5}})")


def _label_column(header: list[tuple[LexborNode, bool]], key_col: int) -> tuple[str, int] | None:
    """A number column beside the date column (``| Week | Dates | Topic |``): its
    header word (``""`` for ``#`` or ``No.``: numbers whose session word the page's
    headings say) and index."""
    for i, (cell, _) in enumerate(header):
        text = text_of(cell)
        if i != key_col and _NUM_HEADER.match(text):
            # "| # | Date |", "| No. | Date |": numbers without a session word ("")
            return (text.strip() if text.strip().isalpha() else ""), i
    return None


def _key_text(cell_text: str) -> str:
    signs = re.match(r"[^\w\s(\[]+\s*", cell_text)
    if signs and classify.DATE_RE.match(cell_text, signs.end()):
        cell_text = cell_text[signs.end() :]  # "@September 25, 2024", "📅 Jan 7": signs, no date
    if len(html.unescape(decoded(cell_text))) <= 24:  # "Week 10 (Mar 10&ndash;14)" as shown
        return cell_text
    return classify.date_in(cell_text) or cell_text


_HEADER_KEY = lazyre.compile(r"[(\[][^()\[\]]*[=:][^()\[\]]*[)\]]")
"""A key written in a header's brackets: ``(☆ = optional)``."""


def _column_requirement(header: str) -> Requirement | None:
    """``Optional reading``, ``Supplementary``, ``Nice to read`` -> optional; ``Required``,
    ``Must read`` -> required; a key
    in brackets is no word of it (``Reading (☆ = optional)``: the sign's, not the column's)."""
    header = _HEADER_KEY.sub(" ", header)
    words = classify.collapse(re.sub(r"[^\w\s]", " ", header))
    whole = classify.prefix_requirement(words)  # "Must read", "Nice to read": a phrase
    if whole is not None:
        return whole
    for word in words.split():
        found = classify.prefix_requirement(word)
        if found is not None:
            return found
    return None


def _unnamed_words(header: list[str], cells: list[tuple[LexborNode, bool]]) -> str:
    """The title of a row whose topic cell is empty: the words of its person column
    when they name no person (``| Nov 27 | *No class — Thanksgiving* | | |`` under
    ``Presenter``), else none (a presenter's name is never a title)."""
    for index, (cell, inherited) in enumerate(cells):
        if index >= len(header) or not _PERSON_HEADER.search(header[index]) or inherited:
            continue
        if cell.css_first("a") is not None:
            continue
        words = classify.topic_of(clean_title(cell))
        if words and not classify.names_only(words):
            return words
    return ""


def _topic_before_readings(cell: LexborNode) -> str:
    """The words a title cell opens with, set apart by a dash or a colon from the
    readings linked after them on its first line (``**Watermarking:** <a>A Watermark
    for LLMs</a>``), as written; "" when the cell is not so (no reading on its first
    line, a label, who talks)."""
    parts: list[str] = []
    for piece in pieces(cell):
        if isinstance(piece, str) and piece == BREAK:
            return ""
        if not isinstance(piece, str):
            if not classify.is_reading(text_of(piece), piece.attributes.get("href") or ""):
                return ""
            break
        parts.append(piece)
    else:
        return ""
    lead = classify.collapse(decoded("".join(parts)))
    if (
        not classify.TOPIC_THEN_LINKS.search(lead)
        or classify.names_speaker(lead)
        or classify.label_requirement(lead)[0]
        or classify.prefix_requirement(lead) is not None
        or READING_HEADER.search(lead)
    ):
        return ""
    return classify.topic_of(classify.trim_title(classify.collapse(as_written("".join(parts)))))


def _labelled_readings(cell: LexborNode) -> bool:
    """Whether every line of a title cell after its first that links anything opens with
    a reading column's name and a colon, and one does (``Lecture 10: Model
    serving<br>Read before class: <a>Clipper</a>``): readings, beside a reading column."""
    lines: list[list[str | LexborNode]] = [[]]
    for piece in pieces(cell):
        if isinstance(piece, str) and piece == BREAK:
            lines.append([])
        else:
            lines[-1].append(piece)
    labelled = False
    for line in lines[1:]:
        first = next((i for i, piece in enumerate(line) if not isinstance(piece, str)), None)
        if first is None:
            continue
        lead = classify.collapse(decoded("".join(str(piece) for piece in line[:first])))
        if not (lead.endswith(":") and READING_HEADER.search(lead)):
            return False
        labelled = True
    return labelled


def _title_column(header: list[str], key_col: int) -> int:
    """The topic column: a title header that names no readings (``Topic``), else any
    title header, else the first column that is no number, reading, person or materials
    column (``Presenter`` names who talks, not what about), else beside person columns
    the reading column (``| Date | Presenter | Paper | Slides |``), else a materials
    column; -1 when none is left."""
    others = [(i, h) for i, h in enumerate(header) if i != key_col and not _PERSON_HEADER.search(h)]
    passes: tuple[Callable[[str], bool], ...] = (
        lambda h: (
            bool(_TITLE_HEADER.search(h))
            and not READING_HEADER.search(h)
            and not _NUM_HEADER.match(h)
        ),
        lambda h: bool(_TITLE_HEADER.search(h)) and not READING_HEADER.search(h),
        # "Topic & readings": the topic on its first line, the readings below it
        lambda h: bool(_TITLE_HEADER.search(h)) and not _NUM_HEADER.match(h),
        lambda h: (
            not _NUM_HEADER.match(h)
            and not READING_HEADER.search(h)
            and not _MATERIAL_HEADER.search(h)
        ),
    )
    for fits in passes:
        found = next((i for i, h in others if fits(h)), None)
        if found is not None:
            return found
    if any(_PERSON_HEADER.search(h) for h in header):
        # "| Date | Presenter | Paper | Slides |": the paper is the session's topic
        return next((i for i, h in others if READING_HEADER.search(h)), -1)
    # "| Date | Slides | Readings |": the slides' link text names the lecture
    found = next(
        (i for i, h in others if not _NUM_HEADER.match(h) and not READING_HEADER.search(h)), None
    )
    return key_col if found is None else found


def _material_column(header: list[str], index: int, cell: LexborNode) -> bool:
    """A cell of a column headed by the class's material (``| Slides | Video | Notes |``)
    in a table with no reading column, whose links all name no work (``[PDF]``): the
    lecture's own slides and notes, not readings (a named paper there still is one)."""
    name = header[index] if index < len(header) else ""
    if not _MATERIAL_HEADER.search(name) or READING_HEADER.search(name):
        return False
    return all(classify.is_generic(text_of(link)) for link in cell.css("a"))


def _column_roles(header: list[str]) -> tuple[int, int, dict[int, Requirement | None]] | None:
    key_col = next((i for i, h in enumerate(header) if _KEY_HEADER.search(h)), None)
    if key_col is None:
        key_col = next((i for i, h in enumerate(header) if _NUM_HEADER.match(h)), None)
    has_topic = any(_TITLE_HEADER.search(h) and not _NUM_HEADER.match(h) for h in header)
    if key_col is not None and _KEY_HEADER.search(header[key_col]) and not has_topic:
        # "| Date | Lecture | Type | Item |": beside a date, "Lecture" names the topic
        has_topic = any(
            i != key_col and _TITLE_HEADER.search(h) and _NUM_HEADER.match(h)
            for i, h in enumerate(header)
        )
    has_readings = any(READING_HEADER.search(h) for h in header)
    if key_col is None:
        # "| Topic | Readings |": no date or number column; the topic names the lecture
        topic = next((i for i, h in enumerate(header) if _TITLE_HEADER.search(h)), None)
        if topic is None or not has_readings:
            return None
        key_col = topic
    elif not (has_topic or has_readings):
        return None  # "| Date | Event |", "| # | Released | Due |": dates, not lectures
    title_col = _title_column(header, key_col)
    readings: dict[int, Requirement | None] = {}
    for i, h in enumerate(header):
        if i == key_col or not READING_HEADER.search(h):
            continue  # a reading column may also be the title column (a paper seminar)
        readings[i] = _column_requirement(h)
        # "| Readings | |": a column with no header right after it is more of it
        after = i + 1
        while after < len(header) and not header[after].strip() and after != key_col:
            readings[after] = readings[i]
            after += 1
    named = [i for i in readings if not classify.is_materials_label(header[i])]
    if named:  # "| Readings | Materials |": the materials are the class's, not readings
        readings = {i: req for i, req in readings.items() if i in named}
    return key_col, title_col, readings
