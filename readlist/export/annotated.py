"""The annotated reading list: per lecture, each reading with what arXiv says about it.

Two renderings of the same :class:`Item` lists: Markdown that drops into the
course's Jekyll site (front matter from the site configuration; every
character Markdown, kramdown or Liquid would act on written as an HTML
entity) and HTML, a standalone page (inline CSS, a Content-Security-Policy
that allows no script) or, with ``fragment``, a ``<div>`` to include in one.
Every lecture has an ``id`` anchor (``mar-11``), every work one at its first
reading (its citation key), and "Also in" links to the other lectures.  Text
from the web or the site is always escaped; links other than http(s)/relative
are dropped, so a title holding ``<script>`` or ``](javascript:...)`` is just text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import yaml

from readlist import lazyre
from readlist.config import ReadingList
from readlist.export.anchors import lecture_anchors
from readlist.export.names import clean_text, short_authors
from readlist.export.record import ExportOptions, Record, build_records, lecture_name
from readlist.model import GENERATED_MARKER, Course, Lecture, Reading

GIST_LENGTH = 220
MARKER_COMMENT = f"<!-- {GENERATED_MARKER}: edits here are lost on the next export -->"
_VENUE_HINT = lazyre.compile(
    r"\b(accepted|to appear|appears? in|published|proceedings|conference|workshop|journal|"
    r"symposium)\b|\b[A-Z][A-Za-z]*[A-Z]\s*'?(19|20)?\d{2}\b"
)
_HREF_UNSAFE = lazyre.compile(r"[\x00-\x20\x7f\"<>()\[\]{}|\\^`]")
_MD_SPECIAL = lazyre.compile(r"[\\`*_{}\[\]<>&|~#$]")


@dataclass(frozen=True)
class PageOptions:
    """How the reading list sits in a site: an HTML fragment, the Markdown front matter."""

    fragment: bool = False
    """HTML: a ``<div>`` without ``<html>``/``<head>``, for a page of the site to include."""
    front_matter: ReadingList = field(default_factory=ReadingList)
    """Markdown: front matter (``layout``, ``nav_order``, ``permalink``, ``title``)."""


@dataclass(frozen=True)
class Place:
    """A lecture an item links to: its name and anchor."""

    name: str
    anchor: str


@dataclass(frozen=True)
class Item:
    """One reading of one lecture (or one shared work), ready to print."""

    title: str
    href: str | None
    requirement: str | None
    byline: str
    """``Zheng et al. (2022)``; empty when unknown."""
    key: str = ""
    """The work's citation key."""
    anchor: str = ""
    """The work's anchor, on its first reading only."""
    venue: str = ""
    gist: str = ""
    """One line from the abstract (or the comment)."""
    places: tuple[Place, ...] = ()
    """The other lectures that list it ("Also in"), or all of them ("Read in")."""
    places_label: str = "Also in"
    marker: str = ""
    """Why the details are thin (metadata not fetched, not on arXiv); usually empty."""


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[Item, ...]
    anchor: str = ""


def to_markdown(course: Course, options: ExportOptions, page: PageOptions | None = None) -> str:
    """The annotated reading list as a Jekyll-ready Markdown page."""
    title, sections, shared = _sections(course, options, page)
    front = {**(page or PageOptions()).front_matter.front_matter(), "title": title}
    matter = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    lines = ["---", matter.rstrip("\n"), "---", MARKER_COMMENT, "", f"# {md(title)}", ""]
    for section in [*sections, shared]:
        if not section.items:
            continue
        anchor = f'<a id="{h(section.anchor)}"></a>' if section.anchor else ""
        lines += [f"## {anchor}{md(section.heading)}", ""]
        lines += [_md_item(item) for item in section.items]
        lines.append("")
    return "\n".join(lines)


def to_html(course: Course, options: ExportOptions, page: PageOptions | None = None) -> str:
    """The annotated reading list as one standalone HTML page, or a fragment of one."""
    title, sections, shared = _sections(course, options, page)
    body = [f"<h1>{h(title)}</h1>"]
    for section in [*sections, shared]:
        if not section.items:
            continue
        anchor = f' id="{h(section.anchor)}"' if section.anchor else ""
        body.append(f"<section{anchor}>\n<h2>{h(section.heading)}</h2>\n<ul>")
        body += [_html_item(item) for item in section.items]
        body.append("</ul>\n</section>")
    if page is not None and page.fragment:
        return f'{MARKER_COMMENT}\n<div class="readlist">\n' + "\n".join(body) + "\n</div>\n"
    return _HTML_PAGE.format(marker=MARKER_COMMENT, title=h(title), body="\n".join(body))


def md(text: str) -> str:
    """Markdown/kramdown/Liquid-inert text: specials become numeric entities."""
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def h(text: str) -> str:
    return html.escape(text, quote=True)


def safe_href(url: str) -> str | None:
    """A link target with every character Markdown/Liquid could act on percent-encoded.

    The scheme was checked when the record was built (:func:`record.web_link`).
    """
    encoded = _HREF_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", url.strip())
    return encoded or None


def _sections(
    course: Course, options: ExportOptions, page: PageOptions | None
) -> tuple[str, list[Section], Section]:
    records = {record.work.id: record for record in build_records(course, options)}
    anchors = lecture_anchors(course, (record.key for record in records.values()))
    sections, seen = [], set()
    for lecture in course.lectures:
        items = []
        for reading in lecture.readings:
            work = course.work_of(lecture, reading)
            if work is not None:
                items.append(
                    _item(records[work.id], reading, lecture, anchors, work.id not in seen)
                )
                seen.add(work.id)
        if items:
            site = lecture.source if len(course.sites) > 1 else ""
            name = lecture_name(lecture, site)
            sections.append(Section(name, tuple(items), anchors[id(lecture)]))
    shared = Section(
        "Read in several lectures",
        tuple(_shared_item(r, anchors) for r in records.values() if len(r.places) > 1),
        "read-in-several-lectures",
    )
    return (page and page.front_matter.title) or default_title(course), sections, shared


def default_title(course: Course) -> str:
    """``Reading list: dsc204a-w24`` (the sites' directory names)."""
    names = [site.root.name for site in course.sites if site.root.name]
    return "Reading list" + (f": {', '.join(names)}" if names else "")


def reading_title(record: Record, reading: Reading) -> str:
    """The verified title when a source vouches for one, else the lecture's own link text."""
    return record.title if record.verified else clean_text(reading.title) or record.title


def venue_of(record: Record) -> str:
    """The venue a record names: its journal reference or container, or a comment that
    reads like one."""
    venue = record.journal_ref or record.container
    return venue or (record.comment if _VENUE_HINT.search(record.comment) else "")


def _item(
    record: Record, reading: Reading, lecture: Lecture, anchors: dict[int, str], first: bool
) -> Item:
    title = reading_title(record, reading)
    venue = venue_of(record)
    gist = _first_sentence(record.abstract) or ("" if venue else record.comment)
    others = tuple(
        Place(place.name, anchors[id(place.lecture)])
        for place in record.places
        if place.lecture is not lecture
    )
    return Item(
        title=title,
        href=safe_href(record.url),
        requirement=reading.requirement,
        byline=_byline(record),
        key=record.key,
        anchor=record.key if first else "",
        venue=venue,
        gist=gist,
        places=others,
        marker=_marker(record),
    )


def _shared_item(record: Record, anchors: dict[int, str]) -> Item:
    places = tuple(Place(place.describe(), anchors[id(place.lecture)]) for place in record.places)
    return Item(
        record.title,
        safe_href(record.url),
        None,
        _byline(record),
        key=record.key,
        places=places,
        places_label="Read in",
    )


def _byline(record: Record) -> str:
    authors = short_authors(record.authors)
    year = f"({record.date[0]})" if record.date else ""
    return " ".join(part for part in (authors, year) if part)


def _marker(record: Record) -> str:
    if record.status == "arxiv-pending":
        return "arXiv details not fetched yet"
    if record.status == "arxiv-missing":
        return "arXiv has no record of this id"
    return ""


def _first_sentence(text: str) -> str:
    # Only the first GIST_LENGTH characters are ever shown: look no further (abstracts
    # are long; their white space is collapsed, so a sentence end and the capital after
    # it fit in two more characters).
    match = re.match(r"(.+?[.!?])(\s+[A-Z]|$)", text[: GIST_LENGTH + 2])
    sentence = match.group(1) if match else text
    if len(sentence) <= GIST_LENGTH:
        return sentence
    return sentence[:GIST_LENGTH].rsplit(" ", 1)[0] + "…"


def _md_item(item: Item) -> str:
    title = md(item.title)
    link = f"[{title}]({item.href})" if item.href else title
    anchor = f'<a id="{h(item.anchor)}"></a>' if item.anchor else ""
    head = f"**{item.requirement.capitalize()}** · {link}" if item.requirement else link
    lines = [f"- {anchor}{head}"]
    details = [f"<code>{md(item.key)}</code>"] if item.key else []
    if item.byline:
        details.append(md(item.byline))
    if item.venue:
        details.append(f"*{md(item.venue)}*")
    if item.marker:
        details.append(f"*{md(item.marker)}*")
    if details:
        lines.append("  · " + " · ".join(details))
    if item.gist:
        lines.append(f"  <br>{md(item.gist)}")
    if item.places:
        places = "; ".join(f"[{md(place.name)}](#{place.anchor})" for place in item.places)
        lines.append(f"  <br>{item.places_label}: {places}")
    return "\n".join(lines)


def _html_item(item: Item) -> str:
    title = h(item.title)
    link = f'<a href="{h(item.href)}">{title}</a>' if item.href else title
    parts = [f'<li id="{h(item.anchor)}">' if item.anchor else "<li>"]
    if item.requirement:
        parts.append(f'<span class="req {h(item.requirement)}">{h(item.requirement)}</span> ')
    parts.append(link)
    details = [f'<code class="key">{h(item.key)}</code>'] if item.key else []
    if item.byline:
        details.append(h(item.byline))
    if item.venue:
        details.append(f"<i>{h(item.venue)}</i>")
    if item.marker:
        details.append(f'<span class="marker">{h(item.marker)}</span>')
    if details:
        parts.append(f'\n<div class="meta">{" · ".join(details)}</div>')
    if item.gist:
        parts.append(f'\n<p class="gist">{h(item.gist)}</p>')
    if item.places:
        places = "; ".join(f'<a href="#{h(p.anchor)}">{h(p.name)}</a>' for p in item.places)
        parts.append(f'\n<div class="also">{item.places_label}: {places}</div>')
    parts.append("</li>")
    return "".join(parts)


_HTML_PAGE = """<!DOCTYPE html>
{marker}
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d1d1f; background: #fff; }}
h1 {{ font-size: 1.8rem; }}
h2 {{ font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }}
ul {{ list-style: none; padding-left: 0; }}
li {{ margin: .9rem 0; }}
a {{ color: #0645ad; }}
.req {{ font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .4rem;
        border-radius: .3rem; margin-right: .3rem; background: #eee; }}
.req.required {{ background: #ffe3c2; }}
.meta, .also {{ font-size: .9rem; color: #555; }}
.marker {{ color: #a33; }}
.key {{ font-size: .85rem; }}
.gist {{ margin: .2rem 0; }}
</style>
</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""
