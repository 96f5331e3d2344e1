"""Jekyll data files (``_data/*.yml``): lecture records with reading lists.

A record is a mapping with a date-like field (``date``, ``day``, ``week``,
``lecture``) and, optionally, a title and a reading list.  A reading is a
mapping with ``url``/``link``/``href`` and ``title``/``name``/``text`` (plus
``optional: true`` or ``required: true``), or with an arXiv id or a DOI in place of
the URL (``arxiv: "1706.06083"``, ``doi: 10.1109/SP.2017.41``: the URL is the one a
template builds, ``https://arxiv.org/abs/<id>``, ``https://doi.org/<doi>``), or a
string holding a Markdown or HTML link or a bare URL.  Dates are kept as written (no
timestamp parsing).
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import pyromark
import yaml
from selectolax.lexbor import LexborHTMLParser

from readlist import lazyre
from readlist.arxiv_ids import parse_arxiv_id
from readlist.extract import classify, vocab
from readlist.extract.dom import Draft, clean_title
from readlist.extract.identifiers import linked_identifiers
from readlist.extract.jsdata import SCRIPT_SUFFIXES, load_js
from readlist.extract.markdown import LineIndex
from readlist.extract.reader import (
    Reader,
    column_legends,
    first_keyed,
    flag_requirement,
    flag_value,
    legend_others,
    sign_flag,
    symbol_legends,
    unmarked_are,
)
from readlist.extract.tables import READING_HEADER
from readlist.model import Lecture, Reading, Requirement

_KEY_FIELDS = vocab.KEY_FIELDS
_TITLE_FIELDS = vocab.TITLE_FIELDS
_REQ_OR_OPT = (
    rf"(?P<req>{vocab.alternation(vocab.REQUIRED)})|(?P<opt>{vocab.alternation(vocab.OPTIONAL)})"
)
_READING_FIELD = lazyre.compile(
    rf"^(?:(?:{_REQ_OR_OPT})[_\s-]?)?{vocab.alternation(vocab.READING_FIELD_NOUNS)}$",
    re.IGNORECASE,
)
"""``readings``, ``optional_papers``: a field listing readings (and their requirement)."""
_ROLE_GROUP = lazyre.compile(
    rf"^(?:{vocab.alternation(vocab.READING_KINDS)}|{vocab.alternation(vocab.OPTIONAL)})"
    r"(?:[_\s-]+(?:readings?|papers?))?$",
    re.IGNORECASE,
)
"""A group of a ``readings:`` mapping named by the readings' role (``primary``,
``background``) or a label (``further``, ``deep_dive``)."""
_BARE_REQ = lazyre.compile(rf"^(?:{_REQ_OR_OPT})$", re.IGNORECASE)
"""``required``, ``optional``: a field listing readings by their requirement alone."""
_WEEKDAY = lazyre.compile(
    rf"{classify.WEEKDAY}(?:day|nesday|sday|urday|rsday)?s?\.?",
    re.IGNORECASE,
)
_TYPED_LINKS = lazyre.compile(r"^(?:links|resources|materials|items)$", re.IGNORECASE)
_NOTE_FIELDS = ("notes", "note", "description", "details", "comments", "remarks")
"""A record's free text, which a template renders (``markdownify``) in the row: its
links are candidates like a cell's."""
_READING_TYPE = lazyre.compile(rf"\b{vocab.alternation(vocab.READING_KINDS)}s?\b", re.I)
_COLUMN_TEXT = lazyre.compile(
    rf"^(?:{vocab.alternation(vocab.REQUIRED)}|{vocab.alternation(vocab.OPTIONAL)}|"
    rf"{vocab.alternation(vocab.MARKER_NOUNS)}|{vocab.alternation(vocab.LINK_TEXT_FIELDS)}|\d+)$",
    re.IGNORECASE,
)
"""A word of a column holding a reading's text (``Reading 1``, ``optional2``)."""
_URL_FIELDS = vocab.LINK_FIELDS
_TEXT_FIELDS = vocab.LINK_TEXT_FIELDS
_CITE_FIELDS = ("cite", "citation", "ref", "reference", "bib")
"""Fields of a reading record holding its citation, its links beside it."""
_DOCUMENT_PATH = lazyre.compile(
    rf"^(?!\w+:)[\w~%./-]+\.(?:{'|'.join(vocab.DOCUMENT_SUFFIXES)}|html?)$", re.IGNORECASE
)
"""A site path to a document: a record's own copy of its work (``readings/a.pdf``)."""
_BARE_URL = lazyre.compile(r"^(?:https?://|www\.)\S+$")
_DOI = lazyre.compile(r"10\.\d{4,9}/\S+")
"""A DOI: ``10.``, a registrant code, ``/`` and a suffix (no whitespace)."""
_DOI_WRITTEN_AS = lazyre.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
"""What may stand before a DOI in a ``doi`` field (``doi:10.1145/..``, its doi.org URL)."""
_DOI_SAFE = "/:;()._-~!$&'*+,=@"
"""Characters of a DOI kept as they are in its URL; any other is percent-encoded."""
_NEW_ARXIV_FLOAT = lazyre.compile(r"(\d{1,4})\.(\d{1,5})")
"""A new-style arXiv id YAML or TOML read as a number (``1706.06083`` unquoted)."""
_INLINE_URL = lazyre.compile(r"(?<![\w\"'=/])https?://[^\s<>\"')\]]+")
_NEXT_ITEM = lazyre.compile(r";(?=[A-Z][a-z])")
"""A semicolon in a URL written out that opens the next item's words (``…/1104.3913;Equality
of Opportunity``): URLs' own (``;jsessionid=``) are lowercase."""


_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml if built


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe loader that keeps timestamps as the strings written."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in _Base.yaml_implicit_resolvers.items()
}


MAX_EXPANDED = 1_000_000
"""Nodes a YAML document may stand for once its aliases are expanded (an alias bomb
of 400 bytes stands for billions)."""


class AliasBomb(yaml.YAMLError):
    """A YAML document whose aliases expand beyond :data:`MAX_EXPANDED` nodes."""


def load(text: str) -> Any:
    """Parse YAML safely, keeping dates as written; raises ``yaml.YAMLError``
    (:class:`AliasBomb` when its aliases would expand too far)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if "*" in text and _expanded_size(node) > MAX_EXPANDED:  # only aliases expand
            raise AliasBomb(f"YAML aliases expand to more than {MAX_EXPANDED:,} nodes")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(root: yaml.Node) -> int:
    """Nodes *root* stands for with every alias expanded; linear in the nodes written
    (each shared node is sized once), capped above :data:`MAX_EXPANDED`."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes and not done:
            continue
        children = _children(node)
        if not done:
            sizes[id(node)] = MAX_EXPANDED + 1  # a cycle (an alias inside its anchor) is endless
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        total = 1 + sum(sizes.get(id(child), 1) for child in children)
        sizes[id(node)] = min(total, MAX_EXPANDED + 1)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load_csv(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    """A CSV (or TSV) data file (Jekyll reads ``_data/*.csv`` and ``*.tsv``): one record
    per row, keyed by the header; empty cells are absent. A byte-order mark (Excel's and
    Airtable's exports open with one) is no part of the first column's name."""
    rows = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=delimiter)
    return [{k: v for k, v in row.items() if k and v and v.strip()} for row in rows]


def load_tsv(text: str) -> list[dict[str, str]]:
    """A tab-separated data file (``_data/*.tsv``), read as CSV is."""
    return load_csv(text, "\t")


def load_toml(text: str) -> Any:
    """Parse a TOML data file (Hugo ``data/*.toml``) with the standard library's
    ``tomllib`` (Python 3.11+); raises ``ValueError`` when it cannot."""
    try:
        tomllib = importlib.import_module("tomllib")
    except ModuleNotFoundError:
        raise ValueError("TOML data files need Python 3.11 or later") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"invalid TOML: {err}") from None


_READING_URL = lazyre.compile(
    rf"^{vocab.alternation(vocab.READING_FIELD_NOUNS)}[_ -]?(?:url|link|href)$", re.IGNORECASE
)
"""A column holding one reading's URL (``reading_url``): a row of one reading."""


def holds_records(mapping: dict[str, Any]) -> bool:
    """Whether *mapping* (a page's front matter) holds a list of two schedule records or
    more (its ``lectures:``, ``schedule:``): a schedule kept as the page's data."""
    return any(
        isinstance(value, list) and sum(1 for item in value if _is_record(item)) >= 2
        for value in mapping.values()
    )


def _is_record(item: Any) -> bool:
    """A schedule entry: a date-like field and a title or a reading list besides.

    (``- date: 2025-01-06`` / ``text: Welcome!`` in a news file is no lecture.)
    """
    if not isinstance(item, dict):
        return False
    names = [str(k).lower() for k in item]
    keys = [str(v) for k, v in item.items() if str(k).lower() in _KEY_FIELDS]
    if not keys or all(_WEEKDAY.fullmatch(key.strip()) for key in keys):
        return False  # "day: Monday" is a weekly slot (office hours), not a dated entry
    return any(
        name in _TITLE_FIELDS
        or name in ("holiday", "event")
        or _READING_FIELD.match(name)
        or _BARE_REQ.match(name)
        or _READING_URL.match(name)  # a CSV row of one reading, its topic cell empty
        for name in names
        if name not in _KEY_FIELDS or name in ("lecture", "week")
    ) or any(isinstance(v, list) for v in item.values())


def _aliased(item: dict[str, Any]) -> dict[str, Any]:
    """*item* with ``date``/``title`` read from their longer names when it has neither
    (``lecture_date``, ``session_title``)."""
    names = {str(k).lower(): k for k in item}
    extra: dict[str, Any] = {}
    for canonical, aliases in (
        ("date", vocab.DATE_FIELD_ALIASES),
        ("title", vocab.TITLE_FIELD_ALIASES),
    ):
        if canonical not in names:
            alias = next((names[a] for a in aliases if a in names), None)
            if alias is not None:
                extra[canonical] = item[alias]
    return {**item, **extra} if extra else item


def _sub_records(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Lecture records nested in a grouping record (``week: 1`` with ``lectures: [...]``)."""
    nested: list[dict[str, Any]] = []
    for value in item.values():
        if isinstance(value, list) and any(_is_record(v) for v in value):
            nested.extend(v for v in value if isinstance(v, dict))
    return nested


def _records(data: Any) -> Iterator[dict[str, Any]]:
    """Lecture records in document order; each list or mapping is visited once, so
    YAML aliases (``*a`` repeated) cost nothing however often they nest."""
    seen: set[int] = set()
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if not isinstance(node, (list, dict)) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            node = _aliased(node)
        if isinstance(node, dict) and _is_record(node):
            nested = _sub_records(node)
            if not nested:
                yield _with_events(node)
                continue
            children: list[Any] = nested
        elif isinstance(node, dict):
            children = list(node.values())
        else:
            children = _without_empty_groups(node)
        stack.extend(reversed(children))


def _with_events(record: dict[str, Any]) -> dict[str, Any]:
    """*record* with the undated items it lists read as its own fields, when it has no
    title of its own (``date: Mon Jan 6`` over ``events: [{name: Lecture 1: Intro,
    links: [...]}]``: a day of a calendar, its events its topic and readings).

    The first event that has a title names the day; the events' lists (their links,
    their readings) are the day's, in order.
    """
    names = {str(k).lower() for k in record}
    if names & set(_TITLE_FIELDS):
        return record
    events = next(
        (
            value
            for name, value in record.items()
            # not "papers: [{title: A, url: …}]": a list of readings, each its own link
            if not (_READING_FIELD.match(str(name)) or _TYPED_LINKS.match(str(name)))
            and isinstance(value, list)
            and value
            and all(isinstance(v, dict) and not _is_record(v) and _href(v) is None for v in value)
            and any({str(k).lower() for k in v} & set(_TITLE_FIELDS) for v in value)
        ),
        None,
    )
    if events is None:
        return record
    merged: dict[str, Any] = {k: v for k, v in record.items() if v is not events}
    for event in events:
        for name, value in event.items():
            if isinstance(value, list):
                merged[name] = [*merged.get(name, []), *value]
            else:
                merged.setdefault(name, value)
    return merged


def _without_empty_groups(items: list[Any]) -> list[Any]:
    """*items* without the grouping records that group nothing: a week whose list of
    sessions is empty (``sessions: []``, spring break) while other weeks' hold records."""
    groups = {
        name
        for item in items
        if isinstance(item, dict)
        for name, value in item.items()
        if isinstance(value, list) and any(_is_record(v) for v in value)
    }
    if not groups:
        return items
    return [
        item
        for item in items
        if not (isinstance(item, dict) and any(item.get(name) == [] for name in groups))
    ]


def _typed(value: Any) -> bool:
    """A list of link records that say what each is (``type: reading|slides|video``)."""
    return isinstance(value, list) and any(
        isinstance(v, dict) and any(str(k).lower() in vocab.KIND_FIELDS for k in v) for v in value
    )


def _named_links(value: Any) -> bool:
    """A ``links:`` list of buttons, each a name and a URL (Wowchemy's ``links: [{name:
    Paper, url: …, icon: scroll}]``): each is a reading when its name and URL say so
    (``Code``, ``Slides`` and the like are material)."""
    return isinstance(value, list) and all(
        isinstance(v, dict) and _field(v, _URL_FIELDS) is not None and _field(v, _TEXT_FIELDS)
        for v in value
    )


def _reading_column(words: tuple[str, ...]) -> bool:
    """A column of a reading's text: ``Reading 1``, ``optional2``, ``Optional Reading``
    (not a record's ``title``)."""
    return (
        bool(words)
        and all(_COLUMN_TEXT.match(w) for w in words)
        and any(w.isdigit() or not _text_field(w) for w in words)
    )


def _text_field(word: str) -> bool:
    """A column word that names a reading's text field (``title``, ``name``), not what
    the column holds (``paper`` names both: a column of papers)."""
    return word in vocab.LINK_TEXT_FIELDS and word != "paper"


def _column_requirement(words: tuple[str, ...]) -> Requirement | None:
    return next((r for w in words if (r := classify.prefix_requirement(w))), None)


def _named_by(stem: tuple[str, ...], texts: dict[tuple[str, ...], str]) -> tuple[str, ...] | None:
    """``reading_url``'s text column: ``reading_title`` (its stem and a text field), else
    ``required_url``'s ``required_reading`` (its stem and a reading noun)."""
    found = next(
        (words for words in texts if tuple(w for w in words if not _text_field(w)) == stem),
        None,
    )
    if found is None and stem:
        found = next(
            (
                words
                for words in texts
                if words[: len(stem)] == stem
                and len(words) > len(stem)
                and all(w in vocab.MARKER_NOUNS for w in words[len(stem) :])
            ),
            None,
        )
    return found


def _same_number(
    stem: tuple[str, ...], texts: dict[tuple[str, ...], str]
) -> tuple[str, ...] | None:
    """``link1``'s text column: the one with its number and requirement (``reading1``)."""
    number = [w for w in stem if w.isdigit()]
    if not number:
        return None
    return next(
        (
            words
            for words in texts
            if [w for w in words if w.isdigit()] == number
            and _column_requirement(words) == _column_requirement(stem)
        ),
        None,
    )


def _field(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in record.items()}
    return next((lowered[n] for n in names if lowered.get(n) not in (None, "")), None)


def _href(record: dict[str, Any]) -> str | None:
    """A reading record's URL: its URL field's, else the canonical URL of its arXiv id
    or DOI (:func:`identifier_link`); ``None`` when it has neither. ``paper: A Title``
    (a field of text and of URLs alike) gives way to an id beside it."""
    href = _field(record, _URL_FIELDS)
    built = identifier_link(record)
    if isinstance(href, str) and not (built and re.search(r"\s", href.strip())):
        return href
    return built


def identifier_link(record: dict[str, Any]) -> str | None:
    """The URL of the work a record names by an identifier instead of a URL: an arXiv id
    (:data:`vocab.ARXIV_ID_FIELDS`) gives ``https://arxiv.org/abs/<id>``, a DOI
    (:data:`vocab.DOI_FIELDS`) ``https://doi.org/<doi>``; ``None`` without a valid one
    (``arxiv: TBD``, ``doi: SP.2017.41``)."""
    arxiv = _field(record, vocab.ARXIV_ID_FIELDS)
    if arxiv is not None and (link := arxiv_link(arxiv)) is not None:
        return link
    doi = _field(record, vocab.DOI_FIELDS)
    return doi_link(doi) if doi is not None else None


def arxiv_link(value: Any) -> str | None:
    """``https://arxiv.org/abs/<id>`` for a valid arXiv id, new style (``2310.02238``,
    ``2310.02238v2``) or old (``hep-th/9901001``), with or without ``arXiv:``; else
    ``None``. An id YAML read as a number (``arxiv: 2310.02230`` unquoted is the float
    ``2310.0223``) gets back the zeros it lost: an id's number has a fixed length."""
    if isinstance(value, float):
        number = _NEW_ARXIV_FLOAT.fullmatch(repr(value))
        if number is None:
            return None
        yymm = number.group(1).zfill(4)
        value = f"{yymm}.{number.group(2).ljust(5 if int(yymm) >= 1501 else 4, '0')}"
    if not isinstance(value, str):
        return None
    parsed = parse_arxiv_id(value)
    if parsed is None:
        return None
    ident, version = parsed
    return f"https://arxiv.org/abs/{ident}" + (f"v{version}" if version else "")


def doi_link(value: Any) -> str | None:
    """``https://doi.org/<doi>`` for a DOI (``10.1109/SP.2017.41``, also written
    ``doi:10...`` or as its doi.org URL), its case kept; else ``None``."""
    if not isinstance(value, str):
        return None
    doi = _DOI_WRITTEN_AS.sub("", value.strip())
    if not _DOI.fullmatch(doi):
        return None
    return "https://doi.org/" + quote(doi, safe=_DOI_SAFE)


def _identifier_as_written(record: dict[str, Any], href: str) -> str | None:
    """The identifier a record's URL *href* was built from, as the file writes it (for
    its line); ``None`` when the record writes *href* itself."""
    if href == _field(record, _URL_FIELDS):
        return None
    value = _field(record, vocab.ARXIV_ID_FIELDS)
    if value is None or arxiv_link(value) is None:
        value = _field(record, vocab.DOI_FIELDS)
    return str(value) if value is not None else None


def _labelled_field(name: object, value: object) -> tuple[bool, Requirement | None]:
    """Whether a list field is named like a reading label (``going_further``,
    ``further_reading``, ``recommended``, ``background``; or a lead, ``read``, ``also``)
    and the requirement the label says (None for ``background``: the page's key may say
    it)."""
    if not isinstance(value, list) or not isinstance(name, str):
        return False, None
    words = re.sub(r"[_-]+", " ", name).strip().lower()
    if words in vocab.READ_LEADS or words in vocab.MARKER_LEADS:
        return True, None  # "read: [...]", "also: [...]": readings, the key says what
    return classify.label_requirement(words)


def _title_text(value: str) -> str:
    """A record's title as its page shows it: tags left out, and a Markdown link in it
    read as in a title cell (``Project pitches (sign up [here](u))``: ``Project pitches``)."""
    if "](" not in value and "*" not in value and "_" not in value:
        return re.sub(r"<[^>]+>", "", value)
    body = LexborHTMLParser(pyromark.html(value)).body
    return clean_title(body) if body is not None else value


def _shown(value: str) -> str:
    """A reading's words as its page shows them: Markdown emphasis rendered and
    entities decoded (``*Big Data &amp; Society, 4*(2)``: ``Big Data & Society, 4(2)``)."""
    if not any(char in value for char in "*_&`"):
        return value
    body = LexborHTMLParser(pyromark.html(value)).body
    shown = classify.collapse(body.text(deep=True, separator="")) if body is not None else ""
    return shown or value


def paper_index(data: Any) -> dict[str, dict[str, Any]]:
    """Reading records by id, when *data* maps ids to them (``watts98: {title: ..,
    url: ..}``, a site's ``_data/papers.yml``); else empty."""
    if not isinstance(data, dict):
        return {}
    found = {
        str(name): value
        for name, value in data.items()
        if isinstance(value, dict) and _href(value) is not None
    }
    return found if len(found) >= 2 and len(found) * 2 > len(data) else {}


def _lists_readings(value: Any) -> bool:
    """Whether *value* is one session's readings in a data file of them: a list of
    reading records or links, or groups by requirement (``{required: [..], optional:
    [..]}``)."""
    if isinstance(value, dict):
        return bool(value) and all(
            _BARE_REQ.match(str(name)) or _READING_FIELD.match(str(name)) for name in value
        )
    return isinstance(value, list) and any(
        (isinstance(item, dict) and _href(item) is not None)
        or (isinstance(item, str) and ("://" in item or "](" in item))
        for item in value
    )


def session_index(data: Any) -> dict[str, Any]:
    """Readings by session id, when *data* maps ids to each session's readings
    (``_data/readings.yml``: ``intro: {required: [..], optional: [..]}``, which a
    template joins to the schedule's ``id: intro`` records); else empty."""
    if not isinstance(data, dict):
        return {}
    found = {str(name): value for name, value in data.items() if _lists_readings(value)}
    return found if len(found) >= 2 and len(found) * 2 > len(data) else {}


def opens_mapping(text: str) -> bool:
    """Whether a YAML/JSON document may be a mapping: its first content (after blank
    lines, comments and ``---``) is not a list item (``- ``) or a JSON array (``[``)."""
    for line in text.splitlines():
        content = line.strip()
        if content and not content.startswith("#") and content != "---":
            return not content.startswith(("-", "["))
    return False


class _Builder:
    def __init__(
        self,
        file: str,
        base_url: str | None,
        lines: LineIndex,
        papers: dict[str, dict[str, Any]] | None = None,
        sessions: dict[str, Any] | None = None,
    ) -> None:
        self.file, self.base_url, self.lines = file, base_url, lines
        self.reader = Reader(file, base_url, lines)
        self.papers = papers or {}
        self.sessions = sessions or {}
        """Readings by session id from another data file (:func:`session_index`)."""
        self.signs: dict[str, Requirement] = {}
        self.columns: dict[str, Requirement] = {}
        self.column_default: Requirement | None = None
        self.title_defaults: dict[str, str] = {}
        """Per title field, what the page prints when a record has none: the path of
        a template's ``default:`` filter (``{{ s.topic | default: s.papers[0].title }}``)."""
        """What a key says of a reading column the page prints under a header no field
        is named (``Read before class`` over a CSV's ``Reading``): :func:`_unnamed_column`."""
        """What the page's key says of a field it shows as a column, per field."""
        """The signs the key of the page that renders the file gives a meaning."""

    def reading(
        self, text: str, href: str, req: Requirement | None, written: str | None = None
    ) -> Reading | None:
        """A reading from a mapping (``title:`` + ``url:``); *written*: what the file
        writes in place of *href* (the arXiv id or DOI it was built from), for its line."""
        text, href = text.lstrip(), href.strip()
        if not classify.is_reading(text, href):
            return None
        return Reading(
            text=text,
            title=classify.strip_markers(_shown(text)),
            url=href,
            link=classify.resolve_href(href, self.base_url),
            requirement=classify.marker_in_text(text) or self._text_label(text) or req,
            line=self.lines(written or href),
        )

    def _text_label(self, text: str) -> Requirement | None:
        """What the page's key says of the label a link's *text* opens with ("Links
        starting with *Reading:* are required"), or None."""
        label = classify.text_label(text) if self.signs else None
        return self.signs.get(label) if label else None

    def copies(self, record: dict[str, Any], reading: Reading) -> Iterator[Reading]:
        """The second copies a reading *record* links beside its URL (``pdf: https://…``,
        :data:`vocab.COPY_FIELDS`): the work's again, its text the field's name as the
        page shows it (``[pdf]``)."""
        for name in vocab.COPY_FIELDS:
            copy = next((v for k, v in record.items() if str(k).lower() == name), None)
            copy = copy.strip() if isinstance(copy, str) else ""
            # "https://…/a.pdf", or the site's own copy: "readings/megablocks.pdf"
            if (_BARE_URL.match(copy) or _DOCUMENT_PATH.match(copy)) and copy != reading.url:
                made = self.reading(reading.text, copy, reading.requirement)
                if made is not None:
                    yield replace(made, text=name, title=reading.title)

    def from_string(self, value: str, req: Requirement | None) -> list[Reading]:
        """Readings of a string: a bare URL, or Markdown/HTML read as a table cell is
        (markers before or after a link, ``[pdf]`` links titled by the words before)."""
        value = value.strip()
        if _BARE_URL.match(value):
            made = self.reading(value, value, req)
            return [made] if made else []
        # "…, Nature 2015, doi:10.1038/nature14236": its identifier, linked
        cell = LexborHTMLParser(linked_identifiers(pyromark.html(value), urls=False)).body
        if cell is None:
            return []
        draft = Draft(key="", title="", line=0)
        self.reader.cell_links(draft, cell, req)
        if not draft.candidates and cell.css_first("a") is None:
            return self.cited(value, req)
        return [reading for reading, _ in draft.candidates]

    def cited(self, value: str, req: Requirement | None) -> list[Reading]:
        """A citation with its bare URL (``Vaswani et al., Attention. https://arxiv.org/...``):
        the words before each URL are its text."""
        found: list[Reading] = []
        start = 0
        for match in _INLINE_URL.finditer(value):
            # "…/1104.3913;Equality of Opportunity|https://…": a list's semicolon, not
            # the URL's, before the next item's capitalized words
            href = _NEXT_ITEM.split(match.group(0), maxsplit=1)[0].rstrip(".,;)")
            # "Machine Bias|https://…": a separator before the URL is no word of its text
            text = classify.collapse(value[start : match.start()]).strip(" -–—:;,.(|·•")
            start = match.start() + len(href)
            mark = classify.marker_in_text(text) or classify.prefix_requirement(text) or req
            made = self.reading(classify.strip_label(text) or href, href, mark)
            if made:
                found.append(made)
        return found

    def readings(self, value: Any, req: Requirement | None) -> Iterator[Reading]:
        if isinstance(value, dict) and _href(value) is None:
            # readings: {required: [...], optional: [...]}
            for name, group in value.items():
                match = _BARE_REQ.match(str(name)) or _READING_FIELD.match(str(name))
                if match is None and isinstance(group, str) and _BARE_URL.match(group.strip()):
                    made = self.reading(str(name), group, req)  # {"A Title": https://...}
                    if made:
                        yield made
                if match is not None and group is not None:
                    opt, required = match.group("opt"), match.group("req")
                    yield from self.readings(
                        group, "optional" if opt else "required" if required else req
                    )
                elif match is None and isinstance(group, list) and _ROLE_GROUP.match(str(name)):
                    # {primary: [...], background: [...]}: lists named by the readings'
                    # role or a label, as the layout prints them under its headings
                    words = re.sub(r"[_-]+", " ", str(name)).strip().lower()
                    said = self.signs.get(f"{words}:") or classify.label_requirement(words)[1]
                    yield from self.readings(group, said or req)
            return
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, str) and item.strip() in self.papers:
                item = self.papers[item.strip()]  # "readings: [watts98]": a paper by its id
            if isinstance(item, dict):
                href = _href(item)
                text = _field(item, _TEXT_FIELDS)
                if href is None:
                    yield from self.cited_links(item, req)
                    continue
                mark: Requirement | None = req
                kind = _field(item, vocab.KIND_FIELDS)
                if isinstance(kind, str):  # "type: slides" / "type: optional reading"
                    if not _READING_TYPE.search(kind) and not classify.prefix_requirement(kind):
                        continue  # "type: slides", "type: lab"; "type: optional" is a reading
                    # "kind: background" where the page keys "Readings tagged Background are
                    # optional" (a label the key names), else "type: optional reading"
                    mark = (
                        self.signs.get(f"{kind.strip().lower()}:")
                        or classify.marker_in_text(f"({kind.split()[0]})")
                        or mark
                    )
                rank = _field(item, vocab.PRIORITY_FIELDS)  # "priority: core", "level: must"
                if isinstance(rank, str):
                    word = rank.strip().lower()
                    mark = classify.priority_requirement(word) or mark
                note = _field(item, vocab.NOTE_FIELDS)  # "note = 'optional, a short essay'"
                noted = classify.suffix_requirement(f" ({note})") if isinstance(note, str) else None
                mark = (
                    flag_requirement(item.get("optional"), item.get("required"))
                    or sign_flag(item, self.signs)
                    or noted
                    or mark
                )
                written = _identifier_as_written(item, href)
                name = str(text) if text is not None else href
                made = self.reading(name, href, mark, written)
                if made:
                    yield made
                if made:  # "url: …acm…, pdf: …": two links, the copy named by its field
                    yield from self.copies(item, made)
            elif isinstance(item, str):
                yield from self.from_string(item, req)
            elif (
                isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)
            ):
                text, href = sorted(item, key=lambda v: bool(_BARE_URL.match(v.strip())))
                if _BARE_URL.match(href.strip()) and not _BARE_URL.match(text.strip()):
                    made = self.reading(text, href, req)  # ["A Title", "https://..."]
                    if made:
                        yield made

    def cited_links(self, item: dict[str, Any], req: Requirement | None) -> Iterator[Reading]:
        """The links of a reading given as a citation and its links (``{cite: 'Lamport.
        Time, Clocks, … 1978.', links: [{label: 'ACM DL', url: …}, {label: 'pdf', …}]}``,
        ``links: {paper: …, code: …}``): each a copy of the cited work, titled by the
        citation (``code``, ``slides``: the work's material, no reading)."""
        cite = _field(item, _CITE_FIELDS)
        links = _field(item, ("links",))
        if not isinstance(cite, str) or not cite.strip():
            return
        pairs: list[tuple[str, Any]] = []
        if isinstance(links, dict):
            pairs = [(str(label), url) for label, url in links.items()]
        elif isinstance(links, list):
            pairs = [
                (str(_field(link, _TEXT_FIELDS) or ""), _field(link, _URL_FIELDS))
                for link in links
                if isinstance(link, dict)
            ]
        title = classify.title_around(classify.collapse(cite), "")
        mark = flag_requirement(item.get("optional"), item.get("required")) or req
        for label, url in pairs:
            if not isinstance(url, str) or not label or classify.names_material(label):
                continue
            made = self.reading(label, url, mark)
            if made:
                yield replace(made, title=title)

    def numbered(self, record: dict[str, Any]) -> Iterator[Reading]:
        """Readings a spreadsheet export spreads over columns: a text column with its URL
        column (``Reading 1`` + ``Reading 1 URL``, ``paper2`` + ``paper2_url``, ``reading1``
        + ``link1``); the column's words say its requirement (``Optional Reading``)."""
        urls: dict[tuple[str, ...], str] = {}
        texts: dict[tuple[str, ...], str] = {}
        for name, value in record.items():
            words = tuple(re.findall(r"[a-z]+|\d+", str(name).lower()))
            if not isinstance(value, str) or not value.strip():
                continue
            stem = tuple(w for w in words if w not in _URL_FIELDS or w == "paper")
            if stem != words:
                urls[stem] = value
            elif _reading_column(words) and flag_value(value) is None:
                texts[words] = value  # "optional: yes" is the record's flag, not a title
        paired: set[tuple[str, ...]] = set()
        # a row that is one reading (a CSV row per reading): the row's flag is the reading's
        flag = flag_requirement(_field(record, ("optional",)), _field(record, ("required",)))
        unmarked = [stem for stem in urls if not _column_requirement(stem)]
        for stem, href in urls.items():
            if not stem or not all(_COLUMN_TEXT.match(w) for w in stem):
                continue  # the record's own "url:" (its page), "video_link1": no reading column
            column = stem if stem in texts else _named_by(stem, texts) or _same_number(stem, texts)
            if column is None and not any(w.isdigit() for w in stem):
                continue
            paired.add(column or stem)
            # the flag is the one reading column's without a requirement of its own
            req = _column_requirement(stem) or (flag if unmarked == [stem] else None)
            req = req or self.column_default  # "Read before class" over "Reading"
            made = self.reading(texts.get(column or stem, href), href, req)
            if made:
                yield made
        for words, value in texts.items():  # "reading1: '[A](u)'": the link is in the text
            if words not in paired and any(w.isdigit() for w in words):
                yield from self.from_string(value, _column_requirement(words))

    def lecture(self, record: dict[str, Any]) -> Lecture:
        record = _reading_row(record)
        key = classify.collapse(str(_field(record, _KEY_FIELDS) or ""))
        key_field = next((f for f in _KEY_FIELDS if _field(record, (f,)) is not None), None)
        fields = tuple(f for f in _TITLE_FIELDS if f != key_field)
        title_value = _field(record, fields)
        if (
            _field(record, ("name",)) == title_value
            and isinstance(title_value, str)
            and classify.full_names(title_value)
        ):
            # "name: Priya Natarajan" beside "subject: Trust and reliance": who presents,
            # the other field the topic
            others = tuple(
                f
                for f in fields
                if f != "name"
                and isinstance(worded := _field(record, (f,)), str)
                and not worded.strip().isdigit()  # "lecture: 3": a number, no topic
            )
            title_value = _field(record, others) or title_value
        title = classify.topic_of(classify.collapse(_title_text(str(title_value or ""))))
        if not title_value and self.title_defaults:
            # "{{ s.topic | default: s.papers[0].title }}": what the page shows instead
            shown = next(
                (
                    value
                    for field, path in self.title_defaults.items()
                    if field in fields and isinstance(value := _at_path(record, path), str)
                ),
                "",
            )
            title = classify.topic_of(classify.collapse(_title_text(shown)))
        topic = _field(record, ("topic",)) if "topic" in fields else None
        if isinstance(topic, str) and topic.strip() and classify.names_no_topic(title):
            # "title: Lecture 1" over "topic: Introduction": the label, then the topic
            title = classify.topic_of(classify.collapse(_title_text(topic)))
        line = self.lines(key)
        found: list[Reading] = []
        # "note: All readings for this lecture are optional": the whole entry's, above the
        # page's key and the field's label (not an optional: or required: list's own word)
        lowered = {str(k).lower(): v for k, v in record.items()}
        notes = [note for name in _NOTE_FIELDS if isinstance(note := lowered.get(name), str)]
        whole: Requirement | None = next(filter(None, map(classify.readings_note, notes)), None)
        # "readings: [...]" beside "materials: [...]": the materials are the class's
        named = [n for n in record if _READING_FIELD.match(str(n))]
        beside_readings = any(not classify.is_materials_label(str(n)) for n in named)
        for name, value in record.items():
            if beside_readings and classify.is_materials_label(str(name)):
                continue
            match = _READING_FIELD.match(str(name))
            bare = _BARE_REQ.match(str(name))
            typed = _TYPED_LINKS.match(str(name)) and (
                _typed(value) or (str(name).lower() == "links" and _named_links(value))
            )
            # "optional: [...]", or a CSV's "optional" column of reading strings (a key's
            # word: not "extra: [C](..)", whose page may show it as no reading)
            strings = isinstance(value, str) and "://" in value
            keyed = strings and str(name).lower() in vocab.KEY_WORDS
            listed = match is not None or (bare is not None and (isinstance(value, list) or keyed))
            # "going_further: [...]": a list under a field named like an optional label
            label_field, labelled = (
                _labelled_field(name, value) if not (listed or typed) else (False, None)
            )
            if value is None or not (listed or typed or label_field):
                continue
            groups = match or bare
            field = str(name).lower()
            # "Papers listed under **Read before class** are required": the label its
            # page's template prints over this field (files.collection_pages)
            req: Requirement | None = (
                whole
                or labelled
                or self.columns.get(field)
                or self.signs.get(f"{field}:")
                or (self.column_default if groups is not None else None)
            )
            if groups is not None and groups.group("opt"):
                req = "optional"
            elif groups is not None and groups.group("req"):
                req = "required"
            found.extend(self.readings(value, req))
        found.extend(self.numbered(record))
        # "paper_url: …" then "further_reading: [...]": in the order the record writes them
        found.sort(key=lambda reading: reading.line)
        ident = _field(record, vocab.RECORD_ID_FIELDS)
        if ident is not None and str(ident) in self.sessions:  # "id: intro" + readings.yml
            found.extend(self.readings(self.sessions[str(ident)], None))
        lowered = {str(k).lower(): v for k, v in record.items()}  # a CSV's "Notes" too
        for name in _NOTE_FIELDS:  # "notes: See also [A](u)": read like a table cell
            note = lowered.get(name)
            if isinstance(note, str) and ("](" in note or "<a " in note):
                found.extend(self.from_string(note, None))
        return Lecture(
            file=self.file,
            key=key,
            title=title,
            line=line,
            readings=tuple(found),
            number=classify.session_number(key),
            structure="data",
        )


def read_yaml(
    text: str,
    file: str,
    base_url: str | None,
    suffix: str = ".yml",
    papers: dict[str, dict[str, Any]] | None = None,
    key: str = "",
    sessions: dict[str, Any] | None = None,
    fallback_key: str = "",
) -> list[Lecture]:
    """Every lecture record of one data file: YAML or JSON, TOML or CSV by *suffix*;
    *papers* (:func:`paper_index` of the site's data) resolves readings listed by id;
    *sessions* (:func:`session_index`) joins readings kept by session id elsewhere;
    *key*: the text of the pages that render the file, whose key may say what its
    unmarked readings are ("Readings are required unless marked optional");
    *fallback_key*: the course's own key (its home page's), where those pages give none.

    Raises ``yaml.YAMLError`` (``ValueError`` for TOML) when unparseable.
    """
    loaders: dict[str, Callable[[str], Any]] = {
        ".toml": load_toml,
        ".csv": load_csv,
        ".tsv": load_tsv,
        **dict.fromkeys(SCRIPT_SUFFIXES, load_js),
    }
    data = loaders.get(suffix, load)(text)
    if fallback_key and not _keys_anything(key):  # the course's rule, where none is given
        key = f"{key}\n{fallback_key}"
    builder = _Builder(file, base_url, LineIndex(text), papers, sessions)
    # "Papers tagged optional or background are for your own interest": the tags the
    # records' kind fields give are the labels the key may name
    signs = symbol_legends(key, labels=_labels(data)) if key else ()
    builder.signs = dict(signs)
    builder.reader.symbols = signs  # "⭐ [A](u)" in a Markdown string: read as a cell is
    # "Everything in the readings column is required": a field the page shows as a column
    builder.columns = column_legends(key) if key else {}
    if suffix in (".csv", ".tsv") and isinstance(data, list):
        data = _described_rows(_continued_rows(data))
    records = list(_records(data))
    if key and "continue" in key:  # "{% if lecture.hidden %}{% continue %}{% endif %}"
        records = _shown_records(records, key)
    builder.column_default = _unnamed_column(builder.columns, records, key)
    builder.title_defaults = _title_defaults(key) if key else {}
    lectures = _one_per_session([builder.lecture(record) for record in records])
    if suffix == ".json" and "\\" in text:  # a string's text as its value, not escaped
        lectures = [replace(lec, readings=_unescaped(lec.readings)) for lec in lectures]
    if key:  # "We discuss the first paper listed for each session: it is required"
        lectures = first_keyed(lectures, key)
    others = legend_others(key, signs) if key else None
    if others is None:
        return lectures
    return [replace(lec, readings=unmarked_are(lec.readings, others)) for lec in lectures]


_DEFAULT_FILTER = lazyre.compile(
    r"\{\{-?\s*(?P<record>(?:\w+\.)+)(?P<field>\w+)\s*\|\s*default:\s*(?P=record)"
    r"(?P<path>\w+(?:\[\d+\])?(?:\.\w+(?:\[\d+\])?)*)"
)
"""A template printing a record's field, or another value when it has none (Liquid's
``default:`` filter): ``{{ s.topic | default: s.papers[0].title }}``, in an include
``{{ include.talk.title | default: include.talk.paper.title }}``."""
_PATH_STEP = lazyre.compile(r"(\w+)|\[(\d+)\]")


def _unescaped(readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """*readings* whose text, found in a JSON file's source, is the string's value
    (``\\"Bias\\"`` -> ``"Bias"``)."""
    out: list[Reading] = []
    for reading in readings:
        text = reading.text
        if "\\" in text:
            with contextlib.suppress(ValueError):
                text = json.loads(f'"{text}"')
        out.append(replace(reading, text=text) if text != reading.text else reading)
    return tuple(out)


def _title_defaults(key: str) -> dict[str, str]:
    """Per title field, the path a template's ``default:`` filter prints instead."""
    if "default:" not in key:
        return {}
    return {
        m["field"].lower(): m["path"]
        for m in _DEFAULT_FILTER.finditer(key)
        if m["field"].lower() in _TITLE_FIELDS
    }


def _at_path(record: dict[str, Any], path: str) -> object:
    """The value at a template's *path* in *record* (``papers[0].title``), or None."""
    value: object = record
    for name, index in _PATH_STEP.findall(path):
        if name and isinstance(value, dict):
            value = value.get(name)
        elif index and isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        else:
            return None
    return value


def _continued_rows(records: list[Any]) -> list[Any]:
    """A spreadsheet's rows, each row with no key and no title (``,,,Sanity Checks for
    Saliency Maps,https://…,yes``) given the key and title of the row above: one more
    reading of that session, as a table row with an empty date cell is."""
    fields = (*_KEY_FIELDS, *_TITLE_FIELDS)
    out: list[Any] = []
    for record in records:
        previous = out[-1] if out else None
        if (
            isinstance(record, dict)
            and isinstance(previous, dict)
            and not any(str(record.get(name) or "").strip() for name in fields)
        ):
            record = {**record, **{n: previous[n] for n in fields if n in previous}}
        out.append(record)
    return out


_SKIP_LOOP = lazyre.compile(
    r"\{%-?\s*(?P<how>if|unless)\s+(?P<var>\w+)\.(?P<field>\w+)\s*-?%\}\s*\{%-?\s*continue\s*-?%\}"
)
"""A template loop's skip (``{% if lecture.hidden %}{% continue %}{% endif %}``, ``{% unless
lecture.published %}{% continue %}``): the records it leaves off the page."""


def _shown_records(records: list[Any], key: str) -> list[Any]:
    """*records* without those the rendering template skips, and each without the
    listed items it skips (``{% if r.hidden %}{% continue %}`` in the loop over
    readings): a record or reading the page never shows is none of the site's."""
    skip_if = {m["field"] for m in _SKIP_LOOP.finditer(key) if m["how"] == "if"}
    skip_unless = {m["field"] for m in _SKIP_LOOP.finditer(key) if m["how"] == "unless"}

    def shown(item: Any, top: bool) -> bool:
        if not isinstance(item, dict):
            return True
        if any(_truthy(item.get(field)) for field in skip_if):
            return False
        return not top or all(_truthy(item.get(field)) for field in skip_unless)

    def pruned(item: Any) -> Any:
        if not isinstance(item, dict):
            return item
        return {
            name: [v for v in value if shown(v, False)] if isinstance(value, list) else value
            for name, value in item.items()
        }

    return [pruned(record) for record in records if shown(record, True)]


def _truthy(value: object) -> bool:
    """A Liquid condition's truth: anything but nil and false (``"false"`` as YAML reads
    it unquoted is false)."""
    return value is not None and value is not False and value != "false"


def _keys_anything(key: str) -> bool:
    """Whether the pages' text *key* says what any reading is: a sign, what the unmarked
    ones are, or a column."""
    if not key:
        return False
    signs = symbol_legends(key)
    return bool(signs) or legend_others(key, signs) is not None or bool(column_legends(key))


def _unnamed_column(
    columns: dict[str, Requirement], records: list[Any], key: str
) -> Requirement | None:
    """What the page's key says of a reading column it names by a header no field of
    the records has ("Everything in the **Read before class** column is required", a
    script printing the CSV's ``Reading`` under that header): said of the records'
    reading fields whose own name says nothing, when the key names one such column and
    the page heads a column with it too (its words in *key* again: no column the page
    lacks)."""
    fields = {
        str(name).lower() for record in records if isinstance(record, dict) for name in record
    }
    said = {
        requirement
        for header, requirement in columns.items()
        if header not in fields
        and not header.startswith("#")
        and READING_HEADER.search(header)
        and key.lower().count(header) > 1
    }
    return said.pop() if len(said) == 1 else None


def _labels(data: Any) -> set[str]:
    """The labels the records give that a key may name, lowercased: the words of their
    kind fields (``kind: background``: "Papers tagged background are …") and of the
    badges their HTML strings draw (``<span class="badge">opt</span>`` after a link:
    "Readings marked opt are optional"); forty of each at most."""
    kinds: set[str] = set()
    badges: set[str] = set()
    for name, value in _strings(data):
        if name in vocab.KIND_FIELDS:
            if 0 < len(value) <= 30 and len(kinds) <= _MAX_LABELS:
                kinds.add(value.strip().lower())
        elif "class=" in value and len(badges) <= _MAX_LABELS:
            badges.update(word.lower() for word in _BADGE.findall(value))
    return kinds | badges


_MAX_LABELS = 40
_BADGE = lazyre.compile(
    r"""class=["'][^"']*\b(?:badge|tag|label|pill|chip)\b[^"']*["'][^>]*>\s*([^<]{1,30}?)\s*<"""
)


def _strings(data: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    """Each string of *data* six levels deep at most, with the field it is the value of
    (lowercased; "" in a list)."""
    if depth > 6:
        return
    items: Iterable[tuple[Any, Any]] = (
        data.items()
        if isinstance(data, dict)
        else (("", item) for item in data)
        if isinstance(data, list)
        else ()
    )
    for name, value in items:
        if isinstance(value, str):
            yield str(name).lower(), value
        else:
            yield from _strings(value, depth + 1)


_PAPER_FIELDS = frozenset(
    (*vocab.LINK_FIELDS, "title", "authors", "author", "venue", "year", "required", "optional")
    + (*vocab.PRIORITY_FIELDS, *vocab.KIND_FIELDS)  # "Priority: Core", "Type: Slides"
)
"""A row's fields that describe its paper (or what the row links), in a sheet of one
row per reading."""


_DESCRIBING = ("authors", "author", "venue")
"""A paper's own fields beside its title: a session has none."""


def _described_rows(rows: list[Any]) -> list[Any]:
    """A sheet's rows, each with the paper columns the sheet has (empty where the row
    leaves them out: ``L01 slides`` in a sheet of one reading per row is such a row too,
    its Authors cell empty)."""
    columns = {
        name
        for row in rows
        if isinstance(row, dict)
        for name in row
        if str(name).lower() in _DESCRIBING
    }
    if not columns:
        return rows
    return [{**dict.fromkeys(columns, ""), **row} if isinstance(row, dict) else row for row in rows]


def _reading_row(record: dict[str, Any]) -> dict[str, Any]:
    """*record* as a session with its one reading, when it is a row of a sheet that
    lists a reading per row (``lecture, date, topic, presenter, title, authors, venue,
    url, required``): the row's ``title`` and ``url`` are its paper's, its ``topic`` the
    session's; else *record* as it is."""
    lowered = {str(name).lower(): name for name in record}
    # a paper's own fields beside its title: "authors", "venue" (a session has none)
    described = any(name in lowered for name in _DESCRIBING)
    if "title" not in lowered or not described:
        return record
    if any(_READING_FIELD.match(str(name)) for name in record):
        return record  # "readings: [...]" beside them: the record's own title
    title = record[lowered["title"]]
    href = _field(record, _URL_FIELDS)
    if not isinstance(title, str) or not title.strip() or not isinstance(href, str):
        return record
    paper = {name: value for name, value in record.items() if str(name).lower() in _PAPER_FIELDS}
    # the session's title is its topic alone: a row that leaves it out continues the one
    # above ("L04" is the lecture's code, no title)
    rest = {
        name: value
        for name, value in record.items()
        if name not in paper
        and (str(name).lower() == "topic" or str(name).lower() not in _TITLE_FIELDS)
    }
    return {**rest, "readings": [paper]}


def _one_per_session(lectures: list[Lecture]) -> list[Lecture]:
    """Records in a row with one key, the later untitled or titled alike, are one
    session (a spreadsheet with a row per reading: ``Tue Jan 14,Intro,A,url`` then
    ``Tue Jan 14,,B,url``); two sessions of one day keep their own titles."""
    merged: list[Lecture] = []
    for lecture in lectures:
        last = merged[-1] if merged else None
        if (
            last is not None
            and lecture.key
            and lecture.key == last.key
            and lecture.title in ("", last.title)
        ):
            merged[-1] = replace(last, readings=last.readings + lecture.readings)
        else:
            merged.append(lecture)
    return merged


def record_readings(
    record: dict[str, Any],
    text: str,
    file: str,
    base_url: str | None,
    signs: tuple[tuple[str, Requirement], ...] = (),
) -> tuple[Reading, ...]:
    """The readings a record lists: a data file's, or a page's front matter (*text*
    is the file, for line numbers), its ``[extra]``/``[params]`` table included;
    *signs*: the signs the page's key names, a reading's field may carry one
    (``starred = true``)."""
    merged = dict(record)
    for name in vocab.FRONT_MATTER_TABLES:
        nested = record.get(name)
        if isinstance(nested, dict):
            for key, value in nested.items():
                merged.setdefault(key, value)
    builder = _Builder(file, base_url, LineIndex(text))
    builder.signs = dict(signs)
    return builder.lecture(merged).readings
