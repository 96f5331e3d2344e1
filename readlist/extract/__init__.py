"""Read a course site's own source files into lectures and readings.

``extract_site(path, exclude=())`` takes a site directory or one file.  Which
files are read (Jekyll, Hugo, MkDocs, Quarto layouts, ``--exclude``, files
readlist wrote, one offering of a data file) is :mod:`readlist.extract.files`;
how a page is read as a whole (front matter, Quarto/R Markdown, Markdeep, a
page that is one lecture) is :mod:`readlist.extract.page`; Markdown, HTML and
data files are read by :mod:`~readlist.extract.markdown`,
:mod:`~readlist.extract.html` and :mod:`~readlist.extract.yamldata`, with the
words of :mod:`~readlist.extract.vocab`.  A file that cannot be read becomes a
:class:`Problem`; the rest is still read.  :func:`schedule_lectures` keeps the
site's schedule among the dated entries found.
"""

from __future__ import annotations

import datetime
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, partial
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from readlist import lazyre, urls
from readlist.config import site_root
from readlist.errors import InputError
from readlist.extract import (
    citations,
    classify,
    jsdata,
    notebook,
    notion,
    orgmode,
    page,
    pelican,
    plaintext,
    vocab,
)
from readlist.extract.asciidoc import asciidoc_html
from readlist.extract.components import COMPONENT_PAGES, SCRIPT_PAGES, component_html
from readlist.extract.css import with_local_sheets
from readlist.extract.dokuwiki import Wiki, WikiLines, dokuwiki_html
from readlist.extract.dom import disarm_entries, protect_entities
from readlist.extract.files import (
    ASCIIDOC,
    DATA,
    DATA_DIRS,
    DOKUWIKI,
    HTML,
    LATEX,
    LECTURE_PAGES_KEY,
    MARKDOWN,
    NOTEBOOKS,
    ORG,
    RST,
    SITE_KEY,
    NotRegularFile,
    SiteConfig,
    Walk,
    antora_links,
    antora_page,
    collection_key,
    collection_pages,
    data_key,
    filters_data_links,
    generated,
    hugo_layout_lists,
    include_labels,
    layout_lists,
    named_data,
    named_page_key,
    offering_folder,
    offering_rank,
    other_offerings,
    page_wiki,
    page_words,
    post_labels,
    read_config,
    read_text,
    term_of,
)
from readlist.extract.fork import shared_map
from readlist.extract.html import read_html
from readlist.extract.latex import latex_html, with_inputs
from readlist.extract.markdown import (
    LineIndex,
    entry_marker,
    read_markdown,
    render_liquid,
    split_front_matter,
    topic_entries,
)
from readlist.extract.offerings import current_offering
from readlist.extract.orgmode import org_html
from readlist.extract.reader import (
    STYLE_WORD,
    legend_others,
    symbol_legends,
    unmarked_are,
)
from readlist.extract.yamldata import (
    AliasBomb,
    holds_records,
    load,
    opens_mapping,
    paper_index,
    read_yaml,
    record_readings,
    session_index,
)
from readlist.model import Lecture, Problem, Reading, Requirement, Site

__all__ = ["extract_site", "read_file", "schedule_lectures", "without_repeated_links"]

OVERVIEW_SHARE = 0.5
"""A reading-less table is an overview when its page has at least this many
sessions with readings per table row."""
MIN_SCHEDULE_SHARE = 0.34
"""A group of dated entries is a schedule when at least this share has readings."""
_POST_DATE = lazyre.compile(r"^(\d{4}-\d{2}-\d{2})-")
"""A post's date, opening its file's name (``2025-01-14-lecture-03.md``), as Jekyll
(``_posts/``), Docusaurus (``blog/``) and Zola date a post with none in front matter."""
_POST_DIRS = frozenset(("_posts", *vocab.NEWS_DIRS))
_NEWS_TAGS = frozenset(vocab.NEWS_TAGS)
_SESSION_TAGS = frozenset(vocab.SESSION_WORDS)
LOOKED_FOR = (
    "dated headings, list items, paragraphs or definition terms; tables with a "
    "Date/Lecture/Week column; data records with a date field; pages dated in their front matter"
)
"""What opens a lecture, in the one line that says a site has none."""


def read_file(
    path: Path, rel: str, config: SiteConfig, explicit: bool, topics: bool = False
) -> list[Lecture] | None:
    """Lectures of one file, ``None`` when the site would not render it (or readlist wrote it).
    With *topics*, each heading of a page opens an entry keyed by its text.

    Raises ``ValueError``/``OSError``/``yaml.YAMLError`` for a file that cannot be read.
    """
    found = _read_file(path, rel, config, explicit, topics)
    if found and path.suffix.lower() in ASCIIDOC:
        antora = antora_page(path, _root_of(path, rel), config.antora)
        if antora is not None:  # xref:attachment$a.pdf[]: where Antora publishes it
            found = [replace(lec, readings=antora_links(lec.readings, antora)) for lec in found]
    if not found or config.docs_dir is None:
        return found
    return [
        replace(lec, readings=tuple(config.unserved_as_written(rel, r) for r in lec.readings))
        for lec in found
    ]


def _in_data(rel: str) -> bool:
    """Whether a site-relative path is in a data folder (``src/data/schedule.js``)."""
    return any(part in DATA_DIRS for part in Path(rel).parts[:-1])


def _read_file(
    path: Path, rel: str, config: SiteConfig, explicit: bool, topics: bool
) -> list[Lecture] | None:
    suffix = path.suffix.lower()
    text = read_text(path)
    if suffix in NOTEBOOKS:  # the page its Markdown cells make
        text, suffix = notebook.markdown_of(text), ".md"
    elif suffix in COMPONENT_PAGES or (
        suffix in SCRIPT_PAGES and not _in_data(rel) and not jsdata.records_module(text)
    ):
        # the markup an Astro, Svelte, Nunjucks, React .. page shows
        text, suffix = component_html(text, suffix), ".html"
    if generated(text):
        return None
    text = config.with_variables(text)
    notion_page = suffix in MARKDOWN and notion.exported(path.stem)
    if notion_page:  # "Date: January 16, 2024" under the title: a Notion page's properties
        text = notion.with_property_lines(text)
    if suffix in MARKDOWN | HTML and (config.bibliographies or "bibliography:" in text):
        # "{% cite vaswani2017 %}", "[@vaswani2017]": the links its bibliography gives
        meta_of = page.front_matter(text) if "bibliography:" in text else None
        text = citations.cited(text, config.bibliographies, meta_of, path.parent)
    if suffix in MARKDOWN and "{{#include" in text:  # mdBook: the included file's text
        text = page.mdbook_includes(text, path.parent, _root_of(path, rel))
    if suffix in MARKDOWN and config.wikilinks:  # "[[Combinatorial Sketching|https://..]]"
        text = page.wikilinks(text, config.wikilinks)
    if suffix in MARKDOWN:
        text = pelican.meta_header(text)  # "Title: Schedule" lines: Pelican's front matter
    if suffix in MARKDOWN | RST and config.pelican is not None:
        text = pelican.placeholders(text, path, config.pelican, read_text)
    wiki = config.dokuwiki
    page_id = wiki.page_id(path) if wiki is not None and suffix in DOKUWIKI else None
    if wiki is not None and page_id is not None:
        return _read_wiki_page(text, path, rel, config, wiki, page_id, topics)
    if suffix in DATA:
        key = config.rendered_by.get(data_key(path.stem), "") if config.rendered_by else ""
        return read_yaml(
            text,
            rel,
            config.base_url,
            suffix,
            config.papers,
            key=key,
            sessions=config.sessions,
            fallback_key=config.rendered_by.get(SITE_KEY, "") if config.rendered_by else "",
        )
    base = config.page_base(rel)
    meta = page.front_matter(text)
    if meta is None and suffix in RST:  # ":date: Tue Jan 7, 2025" over the title: Sphinx's
        meta = page.rst_metadata(text)  # file-wide metadata, as front matter
    if meta is None and notion_page:
        meta = notion.page_meta(text)  # dated by its Date property
    post = meta is not None and _POST_DIRS.intersection(rel.lower().split("/")[:-1])
    if meta is not None and post and (dated := _POST_DATE.match(path.name)):
        meta.setdefault("date", dated.group(1))  # the generator dates a post by its file's name
    if meta is not None and not explicit and (unpublished(meta) or page.slide_deck(meta)):
        return None  # the generator does not build it, or it is a lecture's slides
    if meta is not None and post and not explicit and news_post(meta):
        return None  # an announcement among the lecture posts
    if not explicit and _NOTES_BYLINE.search(text, 0, 600):
        return None  # "*Scribes: Priya Raman · Thu Jan 23*": a lecture's notes
    if not explicit and meta is not None and classify.session_material(str(meta.get("title"))):
        return None  # "title: Lecture 3 notes: choosing priors": a lecture's notes page
    if suffix in MARKDOWN or page.is_markdeep(text):
        if config.jekyll and meta is None and suffix in MARKDOWN - page.PANDOC and not explicit:
            return None  # Jekyll copies it as a static file; it is not a rendered page
        as_written = page.written(text, suffix, path.parent, _root_of(path, rel))
        source = page.blocks(as_written)
        site_key = config.rendered_by.get(SITE_KEY, "")  # the course's rule, where none is
        key = (
            config.rendered_by.get(collection_key(rel), "")
            + config.rendered_by.get(named_page_key(path.stem), "")
            if config.rendered_by
            else ""
        )
        # each link's text as written: line for line what *source* is made of
        read = partial(
            read_markdown,
            source,
            rel,
            base,
            includes=config.includes,
            callouts=config.callouts,
            written=as_written,
            fallback_key=site_key,
        )
        found = read(topics=topics, key=key)
        if not found and meta is not None and holds_records(meta):
            # "lectures:" records in the page's front matter, which its template loops
            # over ("{% for l in page.lectures %}", Astro's "frontmatter.lectures.map"):
            # read as a data file is, the page's words and the course's its key
            front, body = split_front_matter(text)
            from_data = read_yaml(
                front or "",
                rel,
                base,
                ".toml" if text.lstrip().startswith("+++") else ".yml",
                config.papers,
                key=f"{key}\n{page_words(body)}",
                sessions=config.sessions,
                fallback_key=site_key,
            )
            if from_data:
                return from_data
        if not found and suffix == ".mdx" and jsdata.records_module(text):
            # "export const rows = [{date, topic, readings}]" then "<ScheduleTable
            # rows={rows} />": the page's own data, its words its key
            body = split_front_matter(text)[1]
            return read_yaml(
                text, rel, base, ".js", config.papers, key=f"{key}\n{page_words(body)}"
            )
        whole = page.lecture_of_page(meta, source, path.stem) if _undated(found) else None
        lecture_key = config.rendered_by.get(LECTURE_PAGES_KEY, "")
        if whole is None:
            if lecture_key and _one_entry(found):  # "# Lecture 3" over "**Date:** Jan 21"
                key = f"{key}\n{lecture_key}" if key else lecture_key
                found = read(topics=topics, key=key)
            return _one_entry_page(current_offering(found, text), meta)
        if lecture_key:
            # a page that is one lecture: the key another page gives such pages is its own
            key = f"{key}\n{lecture_key}" if key else lecture_key
            found = read(topics=topics, key=key)
        listed = _front_matter_readings(meta, text, rel, config, key)
        return _page_lecture(found, whole, listed, lambda opening: read(opening, key=key))
    if not explicit and suffix in HTML and page.slides_html(text):
        return None  # a lecture's slides
    if suffix in RST:
        text = page.extlinks(text, config.extlinks)  # ":arxiv:`2004.04906`": Sphinx's link
        text = citations.rst_cited(text, config.bibliographies)  # ":cite:p:`a`": its link
        csv_ready = page.inline_csv_tables(text, path.parent, _root_of(path, rel))
        # the entities its author wrote kept as written, docutils' own "&amp;" decoded
        csv_ready = protect_entities(csv_ready)
        markup = disarm_entries(page.rst_html(csv_ready, path.parent, _root_of(path, rel)))
        return _read_markup(markup, text, path, rel, config, meta, base, topics, protected=True)
    elif suffix in ASCIIDOC:
        markup = disarm_entries(asciidoc_html(text))
    elif suffix in CONVERTED:
        # "\&", "&" in a plain-text or Org line: the converter writes "&amp;", which a
        # title decodes (an entity the author wrote is kept as written)
        source = protect_entities(text)
        if suffix == plaintext.SUFFIX:  # "syllabus.txt", laid out by hand
            markup = disarm_entries(plaintext.text_html(source))
        elif suffix in LATEX:  # with the parts it inputs (macros.tex), read from the site
            inputs = with_inputs(source, path.parent, _root_of(path, rel), read_text)
            inputs = citations.latex_cited(inputs, config.bibliographies, path.parent)
            markup = disarm_entries(latex_html(inputs))
        else:  # Org: exported with its #+SETUPFILE:'s and ox-publish project's options
            setup = orgmode.page_setup(source, path, _root_of(path, rel), config.org, read_text)
            markup = disarm_entries(org_html(source, setup))
        return _read_markup(markup, text, path, rel, config, meta, base, topics, protected=True)
    elif meta is not None:  # Jekyll renders Liquid in any page with front matter
        markup = render_liquid(split_front_matter(text)[1], base)
    else:
        html = page.without_server_code(text) if suffix == ".php" else text
        markup = disarm_entries(page.pre_wrapped_cells(page.org_html(html)))
    found = _read_markup(markup, text, path, rel, config, meta, base, topics)
    if suffix in HTML and "<script" in text and not any(lec.readings for lec in found):
        # "<script>const schedule = [{…}]; schedule.forEach(…)</script>": the table the
        # page's own script draws from its literal, keyed by the page's words
        inline = jsdata.assigned_records(text)
        if inline:
            key = f"{config.rendered_by.get(SITE_KEY, '')}\n{page_words(text)}"
            return read_yaml(text, rel, config.base_url, ".js", config.papers, key=key)
    return found


CONVERTED = frozenset({plaintext.SUFFIX, *LATEX, *ORG})
"""Sources readlist converts to HTML itself, whose entities are its converter's."""


def _read_markup(
    markup: str,
    text: str,
    path: Path,
    rel: str,
    config: SiteConfig,
    meta: dict[str, Any] | None,
    base: str | None,
    topics: bool,
    lines: Callable[[str], LineIndex] = LineIndex,
    *,
    protected: bool = False,
) -> list[Lecture]:
    """Lectures of a page's HTML *markup*, made from its source *text* (*lines*: how
    a link's line is found there)."""
    if "stylesheet" in markup and STYLE_WORD.search(markup):  # a key may name a style
        markup = with_local_sheets(markup, path.parent, _root_of(path, rel))
    markup = topic_entries(markup, text) if topics else markup
    # "On the Course Schedule page, all readings are required unless marked (optional)"
    named = config.rendered_by.get(named_page_key(path.stem), "") if config.rendered_by else ""
    site_key = config.rendered_by.get(SITE_KEY, "")  # the course's rule, where none is
    line_index = lines(text)

    def read_page(markup: str, key: str) -> list[Lecture]:
        return read_html(
            markup,
            rel,
            base,
            line_index,
            entries=True,
            protected=protected,
            key=key,
            fallback_key=site_key,
        )

    found = read_page(markup, key=named)
    whole = page.lecture_of_page(meta, markup, path.stem) if _undated(found) else None
    key = config.rendered_by.get(LECTURE_PAGES_KEY, "")  # the key of pages one lecture each
    if whole is None:
        if key and _one_entry(found):
            found = read_page(markup, key=key)
        return _one_entry_page(current_offering(found, text), meta)
    if key:
        found = read_page(markup, key=key)
    listed = _front_matter_readings(meta, text, rel, config)
    return _page_lecture(found, whole, listed, lambda opening: read_page(opening + markup, key=key))


def _read_wiki_page(
    text: str, path: Path, rel: str, config: SiteConfig, wiki: Wiki, page_id: str, topics: bool
) -> list[Lecture]:
    """Lectures of the DokuWiki page *page_id*: its HTML read, its links as written."""
    converted = dokuwiki_html(text, wiki, page_id)
    markup = disarm_entries(converted.html)
    lines = partial(WikiLines, written=converted.written)
    found = _read_markup(markup, text, path, rel, config, None, wiki.base_url, topics, lines)
    return converted.readings(found)


def unpublished(meta: dict[str, Any]) -> bool:
    """Front matter that keeps a page out of the built site: Jekyll's ``published:
    false``, a draft (``draft: true`` in Hugo, Quarto, Astro; ``draft = true``), a Hugo
    page never rendered (``build: {render: never}``, ``_build: {render: false}``) or
    expired (``expiryDate`` before today)."""
    build = meta.get("build", meta.get("_build"))
    return (
        meta.get("published") in (False, "false")
        or meta.get("draft") in (True, "true")
        or meta.get("status") == "draft"  # Pelican
        or (isinstance(build, dict) and build.get("render") in (False, "false", "never"))
        or _expired(meta.get("expiryDate", meta.get("expirydate")))
    )


def _expired(value: object) -> bool:
    """Whether a Hugo ``expiryDate`` lies before today (Hugo leaves such a page out)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return False
    return isinstance(value, datetime.date) and value < datetime.date.today()


def news_post(meta: dict[str, Any]) -> bool:
    """A post its front matter tags as news and not as a session (``tags:
    [announcement]``, ``categories: news``): an announcement, not a lecture."""
    words = {word for label in post_labels(meta) for word in re.findall(r"[a-z]+", label)}
    return bool(words & _NEWS_TAGS) and not words & _SESSION_TAGS


def _undated(found: list[Lecture]) -> bool:
    """No entry, or one keyed by a session alone (``# Lecture 1: Why data science?``):
    a page that may be one lecture, dated by its front matter."""
    return not found or (len(found) == 1 and classify.date_in(found[0].key) is None)


def _one_entry_page(lectures: list[Lecture], meta: dict[str, Any] | None) -> list[Lecture]:
    """A page whose one entry is a dated paragraph or heading with no title of its own
    (``**Date:** Tue, Jan 14`` and no heading) is titled by its front matter title."""
    if len(lectures) != 1 or lectures[0].structure not in _ONE_ENTRY or lectures[0].title:
        return lectures
    title = classify.title_without(str((meta or {}).get("title") or ""), "")
    return [replace(lectures[0], title=title)]


_ONE_ENTRY = ("paragraph", "heading")


def _one_entry(lectures: list[Lecture]) -> bool:
    """A page whose one entry is a dated line or heading: a page that is one lecture."""
    return len(lectures) == 1 and lectures[0].structure in _ONE_ENTRY


def _pages_of_one_entry(lectures: list[Lecture]) -> list[Lecture]:
    """Pages whose one entry is a dated paragraph (``**Date:** Tue, Jan 14`` under
    ``# Lecture 1: Intro``) or heading (``# Week 1: Intro``), two or more in one
    folder (``docs/lectures/``), are pages that are one lecture each: they group by
    folder, like pages dated in their front matter, not as dated lines among news."""
    counts = Counter(lec.file for lec in lectures)
    single = {lec.file for lec in lectures if counts[lec.file] == 1 and lec.structure in _ONE_ENTRY}
    # beside pages that are one lecture already (a bookdown chapter dated in its title)
    paged = {lec.file for lec in lectures if lec.structure.startswith("page")}
    folders = Counter(_page_folder(file) for file in single | paged)
    pages = {file for file in single if folders[_page_folder(file)] >= 2}
    if not pages:
        return lectures
    return [replace(lec, structure="page") if lec.file in pages else lec for lec in lectures]


def _page_folder(file: str) -> str:
    """The folder a page is one of: its own, or for its folder's index
    (``lectures/01-intro/README.md``) the folder above, where its siblings are."""
    folder = posixpath.dirname(file)
    return posixpath.dirname(folder) if _BUNDLE_INDEX.search(file) else folder


def _numbered_name(name: str) -> tuple[int, str]:
    """A numbered page's place: its number, then its name (``9-x.md`` before ``10-y.md``)."""
    digits = re.match(r"\D*(\d+)", name)
    return (int(digits.group(1)) if digits else 0, name)


def _page_name(file: str) -> str:
    """A page's name among its siblings: its file's, or for its folder's index
    (``lectures/06-query-processing/index.md``) its folder's."""
    if _BUNDLE_INDEX.search(file):
        return posixpath.basename(posixpath.dirname(file))
    return posixpath.basename(file)


def _front_matter_readings(
    meta: dict[str, Any] | None, text: str, rel: str, config: SiteConfig, key: str = ""
) -> tuple[Reading, ...]:
    """The readings a page's front matter lists, for its layout to render: their
    site-absolute paths lie under the baseurl when the layouts filter values; the key
    of the page that renders the collection (*key*) names the unmarked ones."""
    signs = symbol_legends(key) if key else ()  # "starred = true" where the key names ★
    listed = record_readings(meta or {}, text, rel, config.page_base(rel), signs)
    labelled = _layout_labelled(meta or {}, text, rel, config, key)
    if labelled:  # "<h3>Required reading</h3>" over "{% for r in page.readings %}"
        listed = tuple(
            replace(r, requirement=labelled[r.url])
            if r.requirement is None and r.url in labelled
            else r
            for r in listed
        )
    others = legend_others(key, signs) if key else None
    listed = unmarked_are(listed, others) if others else listed
    if not config.templates_filter or not config.base_url:
        return listed
    base = config.base_url
    return tuple(replace(r, link=classify.site_path_link(r.url, base)) for r in listed)


def _layout_labelled(
    meta: dict[str, Any], text: str, rel: str, config: SiteConfig, key: str = ""
) -> dict[str, Requirement]:
    """The requirement the page's layout gives each reading of a front matter list it
    prints under a label (:func:`readlist.extract.files.layout_lists`), by URL: the
    label's own words (``Required reading``), else what the course's *key* says of the
    label ("Each lecture page lists one **Primary Reading**. Everyone is expected to
    have read it"). A list may be a field of a ``readings:`` mapping
    (``readings: {primary: [..]}`` under Hugo's ``{{ with .primary }}``)."""
    if not config.layouts:
        return {}
    layout = meta.get("layout")
    if not isinstance(layout, str) and rel.startswith("_") and "/" in rel:
        layout = config.layouts.get("", {}).get(rel.split("/", 1)[0][1:])
    labels = config.layouts.get(layout) if isinstance(layout, str) else None
    if labels is None and rel.startswith("content/"):  # Hugo: the section's, else _default
        section = rel.split("/")[1] if rel.count("/") > 1 else "_default"
        labels = config.layouts.get(f"hugo:{section}") or config.layouts.get("hugo:_default")
    if not labels:
        return {}
    keyed = dict(symbol_legends(key, labels=[label.lower() for label in labels.values()]))
    groups = [meta, *(value for value in meta.values() if isinstance(value, dict))]
    found: dict[str, Requirement] = {}
    for name, label in labels.items():
        is_label, req = classify.label_requirement(label)
        req = req or keyed.get(f"{label.lower()}:")
        group = next((group for group in groups if name in group), None)
        if req is not None and group is not None:
            # a field of the mapping is a list of it: read as the readings it is
            field = name if group is meta else "readings"
            for reading in record_readings({field: group[name]}, text, rel, None):
                found.setdefault(reading.url, req)
    return found


def _page_lecture(
    found: list[Lecture],
    entry: page.PageEntry,
    listed: tuple[Reading, ...],
    reread: Callable[[str], list[Lecture]],
) -> list[Lecture]:
    """A page read as one lecture, grouped with the pages like it: ``page`` when
    dated in its title, ``page-date`` when only by a ``date:`` field: read again
    (*reread*) opened by an entry of the whole page, titled by its one entry keyed by a
    session alone (``# Lecture 1: Topic``) if it has one.  Readings its front matter lists
    (``readings: [{title, url}]``, for its layout) come first."""
    structure = "page" if entry.titled else "page-date"
    title = found[0].title or entry.title if found else entry.title
    # read again as one entry: a heading above the session's (``### Lecture 3`` over
    # ``# Variational autoencoders``) ends no lecture on a page that is one
    marker = entry_marker(entry.key, title, entry.line, entry.from_heading, True, bool(listed))
    lectures = reread(marker)
    if found and not lectures:
        lectures = [replace(found[0], key=entry.key, title=title)]
    return [
        replace(
            lec, structure=structure, readings=listed + lec.readings if i == 0 else lec.readings
        )
        for i, lec in enumerate(lectures)
    ]


def extract_site(
    path: Path,
    exclude: Sequence[str] = (),
    *,
    offering: str | None = None,
    require_lectures: bool = False,
) -> Site:
    """Every lecture of the site at *path* (a directory or a single file).

    *exclude*: globs of files and folders not to read (``--exclude``).  *offering*:
    the term to read when data files hold several (``fa22`` for
    ``schedule_fa22.yml``; ``readlist.toml``'s ``offering``).  With
    *require_lectures*, a site that yields no lecture raises :class:`InputError`
    naming the files read and what was looked for.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        root = path
        config = page_wiki(root, read_config(root))
        if offering:
            config = replace(config, values=config.values | {offering.strip().lower()})
        walk = Walk(root, config, exclude)
        files = walk.files()
        papers, sessions = _indexes(files)
        config = replace(
            config,
            papers=papers,
            sessions=sessions,
            rendered_by=collection_pages(root, files, walk.templates, walk.loads),
            includes=include_labels(root / "_includes"),
            layouts=layout_lists(root, config.collection_layouts)
            if config.jekyll
            else hugo_layout_lists(root)
            if config.bundles
            else {},
        )
        explicit = False
    else:
        root = path.parent
        config = page_wiki(path, read_config(site_root(path)))
        files = [path]
        explicit = True
    lectures: list[Lecture] = []
    problems: list[Problem] = []
    if config.problem is not None:
        problems.append(Problem("_config.yml", config.problem))
    names: list[str] = []
    read: list[tuple[Path, str]] = []
    unread: list[tuple[Path, str]] = []
    rels = [file.name if explicit else file.relative_to(root).as_posix() for file in files]

    def attempt(index: int) -> list[Lecture] | None | Exception:
        try:
            return read_file(files[index], rels[index], config, explicit)
        except (NotRegularFile, OSError, ValueError, yaml.YAMLError, RecursionError) as err:
            return err

    outcomes = shared_map(attempt, range(len(files)), [_size(file) for file in files])
    for file, rel, found in zip(files, rels, outcomes, strict=True):
        if isinstance(found, NotRegularFile):
            if explicit:
                raise InputError(f"{path}: {found}") from None
            problems.append(Problem(rel, str(found)))
            continue
        if isinstance(found, Exception):
            problems.append(Problem(rel, _message(found)))
            continue
        if found is not None:
            lectures.extend(without_repeated_links(found))
            names.append(rel)
            read.append((file, rel))
        elif file.suffix.lower() in MARKDOWN:
            unread.append((file, rel))
    static = config.jekyll and config.optional_front_matter and not explicit
    if static and not any(lec.readings for lec in lectures):
        for file, rel in _without_front_matter(unread):  # GitHub Pages renders them
            found = read_file(file, rel, config, explicit=True)
            if found:
                lectures.extend(without_repeated_links(found))
                names.append(rel)
                read.append((file, rel))
    if not explicit:
        lectures = _one_offering_folder(lectures, config.values)
    pages = [file for file, _ in read]
    named = cache(lambda: named_data(root, pages))  # read once, only if a rule asks
    lectures = _without_past_terms(_without_unrendered_data(lectures, named), named)
    lectures = _without_repeated_tails(_pages_of_one_entry(lectures))
    site_text = config.rendered_by.get(SITE_KEY, "") if config.rendered_by else ""
    text_of_file = _file_texts(read)  # each read file's text, read again once at most
    lectures = _without_presenter_leads(lectures, text_of_file, site_text)
    lectures = _without_people_links(lectures, text_of_file, site_text)
    lectures = _without_generated_pages(lectures, text_of_file)
    lectures = _without_schedule_page_links(lectures)
    if not names and problems:
        raise InputError(f"nothing could be read: {problems[0]}")
    base = config.base_url
    if base and (config.absolute_under_base or _data_under_base(lectures, config, root, pages)):
        lectures = [_under_baseurl(lec, base, config.absolute_under_base) for lec in lectures]
    if not any(lec.readings for lec in lectures):
        lectures = _by_topic(read, config, explicit) or lectures
    if require_lectures and not lectures:
        raise InputError(_no_lectures(path, names))
    return Site(
        root=root,
        base_url=config.base_url,
        lectures=tuple(_pages_by_date(schedule_lectures(lectures))),
        problems=tuple(problems),
        files_read=len(names),
    )


def _root_of(path: Path, rel: str) -> Path:
    """The site's root folder, from a file's *path* and its path *rel* in the site."""
    return path.parents[len(Path(rel).parts) - 1] if "/" in rel else path.parent


def _size(file: Path) -> int:
    """*file*'s size in bytes (0 when it cannot be read: its reader says why)."""
    try:
        return file.stat().st_size
    except OSError:
        return 0


def _indexes(files: Sequence[Path]) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Reading records by id and readings by session id from the site's YAML/JSON data
    files (:func:`readlist.extract.yamldata.paper_index`, :func:`session_index`);
    unreadable ones are reported later."""
    papers: dict[str, dict[str, Any]] = {}
    sessions: dict[str, Any] = {}
    for file in files:
        if file.suffix.lower() not in (".yml", ".yaml", ".json"):
            continue
        try:
            text = read_text(file)
            if opens_mapping(text):  # a list of lectures is no index: not parsed twice
                data = load(text)
                papers.update(paper_index(data))
                sessions.update(session_index(data))
        except (OSError, ValueError, yaml.YAMLError, RecursionError):
            continue
    return papers, sessions


def _without_front_matter(files: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """The Markdown files a Jekyll build copies as they are (no front matter), which
    GitHub Pages renders all the same (its default ``jekyll-optional-front-matter``):
    read when the site's other pages hold no reading."""
    found = []
    for file, rel in files:
        try:
            text = read_text(file)
        except (OSError, ValueError):
            continue
        if page.front_matter(text) is None and not generated(text):
            found.append((file, rel))
    return found


def _one_offering_folder(lectures: list[Lecture], named: frozenset[str]) -> list[Lecture]:
    """The lectures of one offering when the repository keeps others in folders
    (``fa23/``, ``archive/sp22/``) beside it: the one staff name (``--offering``, a
    config value), else the site's own pages, else the latest term; never all merged."""
    older = other_offerings({lec.file for lec in lectures}, named)
    if older:  # "2021-spring-cs224.md" beside "2024-spring-cs224.md"
        lectures = [lec for lec in lectures if lec.file not in older]
    folder = {file: offering_folder(file) for file in {lec.file for lec in lectures}}
    offerings = {folder[lec.file] for lec in lectures if lec.readings}
    if len(offerings) < 2:
        return lectures
    chosen = next((name for name in offerings if name is not None and name in named), None)
    if chosen is None and None not in offerings:
        chosen = max(offerings, key=offering_rank)
    return [lec for lec in lectures if folder[lec.file] == chosen]


def _without_unrendered_data(
    lectures: list[Lecture], named: Callable[[], set[str]]
) -> list[Lecture]:
    """Without a data file that lists a page's own sessions (for at least half its
    records, and two: the same day, and the same title or a reading of that session)
    when no page or template names it: a template's leftover (``_data/schedule.yml``
    beside a hand-written table), not what the site shows."""
    groups: dict[str, list[Lecture]] = {}  # the data files' lectures
    sessions: dict[str, dict[tuple[int, int], set[str]]] = {}  # per page, per day: its words
    for lec in lectures:
        if Path(lec.file).suffix.lower() in DATA:
            groups.setdefault(lec.file, []).append(lec)
        elif lec.readings and (day := classify.month_day(lec.key)) is not None:
            sessions.setdefault(lec.file, {}).setdefault(day, set()).update(_session_marks(lec))
    if not sessions or not groups:
        return lectures
    dropped: set[str] = set()
    for file, group in groups.items():
        listed = [(classify.month_day(lec.key), _session_marks(lec)) for lec in group]
        shared = max(
            sum(1 for day, marks in listed if day in page and marks & page[day])
            for page in sessions.values()
        )
        if shared < max(2, OVERVIEW_SHARE * len(group)):
            continue
        if not _rendered(file, named()):
            dropped.add(file)
    return [lec for lec in lectures if lec.file not in dropped] if dropped else lectures


def _data_files(lectures: list[Lecture]) -> set[str]:
    """The data files (``.yml``, ``.json`` ...) the *lectures* come from."""
    return {file for file in {lec.file for lec in lectures} if Path(file).suffix.lower() in DATA}


def _rendered(file: str, named: set[str]) -> bool:
    """Whether a page or template names the data *file* (``site.data.schedule``)."""
    return bool({part.lower() for part in Path(file).with_suffix("").parts} & named)


def _without_past_terms(lectures: list[Lecture], named: Callable[[], set[str]]) -> list[Lecture]:
    """Without a data file named for a term (``_data/schedule_fa22.yml``) that no page
    or template renders when they render another data file's lectures: last year's
    calendar left beside this year's (``_data/lectures.yml``)."""
    files = _data_files(lectures)
    termed = {file for file in files if term_of(Path(file).stem) is not None}
    if len(files) < 2 or not termed:
        return lectures
    if not any(_rendered(file, named()) for file in files):
        return lectures
    past = {file for file in termed if not _rendered(file, named())}
    return [lec for lec in lectures if lec.file not in past] if past else lectures


def _without_repeated_tails(lectures: list[Lecture]) -> list[Lecture]:
    """Each file's entry titles without a trailing part many of them repeat (who
    teaches: :func:`classify.without_repeated_tails`)."""
    by_file: dict[str, list[int]] = {}
    for i, lec in enumerate(lectures):
        by_file.setdefault(lec.file, []).append(i)
    out = list(lectures)
    for indexes in by_file.values():
        titles = [lectures[i].title for i in indexes]
        for i, title in zip(indexes, classify.without_repeated_tails(titles), strict=True):
            if title != lectures[i].title:
                out[i] = replace(lectures[i], title=title)
    return out


_GENERATED_FROM = lazyre.compile(
    r"\bgenerated\s+(?:automatically\s+)?from\s+(?:<a\b[^<>]*>\s*)?"
    r"(?P<source>[\w./-]+\.(?:csv|tsv|ya?ml|json|toml))\b",
    re.IGNORECASE,
)
"""A page that says which data file it was built from ("Generated from
<a href="schedule.csv">schedule.csv</a> by build.py … Edit the CSV, not this file")."""


def _file_texts(read: list[tuple[Path, str]]) -> Callable[[str], str | None]:
    """The text of a read file by its site-relative path (None when it cannot be read
    again), each file read once however many rules ask."""
    paths = {rel: file for file, rel in read}

    @cache
    def text(rel: str) -> str | None:
        path = paths.get(rel)
        if path is None:
            return None
        try:
            return read_text(path)
        except (OSError, ValueError):
            return None

    return text


def _without_schedule_page_links(lectures: list[Lecture]) -> list[Lecture]:
    """Without readings that link another page of the schedule readlist read (an index's
    ``<a href="weeks/week01.html">Week 1: Foundations</a>`` beside the week pages it
    links): the site's own way from page to page, not a work."""
    files = {lec.file for lec in lectures if lec.readings}
    if len(files) < 2:
        return lectures
    out: list[Lecture] = []
    for lec in lectures:
        others = files - {lec.file}
        kept = tuple(r for r in lec.readings if not _pages_named(r.url, lec.file) & others)
        out.append(replace(lec, readings=kept) if len(kept) < len(lec.readings) else lec)
    return out


def _pages_named(url: str, file: str) -> set[str]:
    """The site files a relative link from *file* may name: ``weeks/week01.html``, the
    Markdown page it is built from (``weeks/week01.md``), or a folder's index page
    (``week01/``); none for another site's link or a file that is no page (a PDF)."""
    if not url or url.startswith(("#", "/")) or urls.is_absolute(url):
        return set()
    path = url.split("#", 1)[0].split("?", 1)[0]
    named = posixpath.normpath(posixpath.join(posixpath.dirname(file), path)) if path else ""
    if not named or named.startswith(".."):
        return set()
    stem, suffix = posixpath.splitext(named)
    if path.endswith("/") or not suffix:
        return {f"{named}/index{s}" for s in (".html", *MARKDOWN)} | {
            f"{named}{s}" for s in (".html", *MARKDOWN)
        }
    if suffix.lower() in HTML:
        return {named} | {f"{stem}{s}" for s in MARKDOWN}
    return {named} if suffix.lower() in MARKDOWN else set()


def _without_generated_pages(
    lectures: list[Lecture], text_of_file: Callable[[str], str | None]
) -> list[Lecture]:
    """Without the lectures of an HTML page a script built from a data file that was
    read too (a committed ``index.html`` that ``build.py`` made of ``schedule.csv``,
    maybe from an older copy): the data file is the source, read once."""
    sources = {lec.file for lec in lectures if lec.structure == "data"}
    pages = {lec.file for lec in lectures if lec.structure != "data"}
    dropped: set[str] = set()
    for rel in pages if sources else ():
        text = text_of_file(rel) if posixpath.splitext(rel)[1].lower() in HTML else None
        if text is None:
            continue
        for found in _GENERATED_FROM.finditer(text):
            named = posixpath.normpath(posixpath.join(posixpath.dirname(rel), found["source"]))
            if named in sources:
                dropped.add(rel)
    return [lec for lec in lectures if lec.file not in dropped] if dropped else lectures


def _without_presenter_leads(
    lectures: list[Lecture], text_of_file: Callable[[str], str | None], site_text: str = ""
) -> list[Lecture]:
    """Each file's entry titles without a part naming who presents, where the file or
    the course's home page names those people as such
    (:func:`classify.without_presenter_leads`)."""
    by_file: dict[str, list[int]] = {}
    for i, lec in enumerate(lectures):
        if ": " in lec.title or lec.title.endswith(")") or " — " in lec.title or " - " in lec.title:
            by_file.setdefault(lec.file, []).append(i)
    out = list(lectures)
    for rel, indexes in by_file.items():
        text = text_of_file(rel)
        if text is None:
            continue
        titles = [lectures[i].title for i in indexes]
        cut = classify.without_presenter_leads(titles, f"{text}\n{site_text}")
        for i, title in zip(indexes, cut, strict=True):
            if title != lectures[i].title:
                out[i] = replace(lectures[i], title=title)
    return out


def _without_people_links(
    lectures: list[Lecture], text_of_file: Callable[[str], str | None], site_text: str = ""
) -> list[Lecture]:
    """Each entry without its links to people the file or the course's home page names
    after a person label (``*Organizers:* [Ana Lee](..)``: ``- **Jan 26** — [Ana
    Lee](https://ana.github.io): [Time, Clocks …](..)``): a homepage, no reading; an
    untitled entry left with one reading is titled by it."""
    by_file: dict[str, list[int]] = {}
    for i, lec in enumerate(lectures):
        if any(classify.names_only(r.text) and " " in r.text.strip() for r in lec.readings):
            by_file.setdefault(lec.file, []).append(i)
    out = list(lectures)
    for rel, indexes in by_file.items():
        text = text_of_file(rel)
        people = classify.labelled_people(f"{text}\n{site_text}") if text is not None else set()
        if not people:
            continue
        for i in indexes:
            lec = lectures[i]
            kept = [r for r in lec.readings if not classify.names_people(r.text, people)]
            if len(kept) < len(lec.readings):
                title = lec.title or (kept[0].title if len(kept) == 1 else "")
                out[i] = replace(lec, readings=type(lec.readings)(kept), title=title)
    return out


def _session_marks(lecture: Lecture) -> set[str]:
    """What tells one session from another on its day: its title and its readings' links."""
    return {lecture.title.casefold(), *(r.link for r in lecture.readings)} - {""}


def _data_under_base(
    lectures: list[Lecture], config: SiteConfig, root: Path, pages: list[Path]
) -> bool:
    """Whether data files' site-absolute paths are served under the baseurl: the site
    has lectures from data files, and its generator (Astro) or its templates or pages
    (``relative_url``) put them there."""
    if not _data_files(lectures):
        return False
    if config.data_under_base or config.templates_filter:
        return True
    return filters_data_links(root, pages)


def _under_baseurl(lecture: Lecture, base_url: str, pages: bool) -> Lecture:
    """A lecture whose site-absolute hrefs (``/assets/x.pdf``) lie under the baseurl: a
    data file's that the site's pages render through ``relative_url``; with *pages*,
    any page's too (Quarto, Docusaurus: ``SiteConfig.absolute_under_base``)."""
    if not pages and Path(lecture.file).suffix.lower() not in DATA:
        return lecture
    readings = tuple(
        replace(r, link=classify.site_path_link(r.url, base_url))
        if r.url.startswith("/") and not r.url.startswith("//")
        else r
        for r in lecture.readings
    )
    return replace(lecture, readings=readings)


MIN_TOPICS = 2
"""An undated reading list has at least this many headings over readings (a welcome
page with one link is no reading list)."""


def _by_topic(read: list[tuple[Path, str]], config: SiteConfig, explicit: bool) -> list[Lecture]:
    """A site whose dated entries have no reading may be an undated reading list (a
    seminar's paper list by topic): each heading over readings is then a lecture."""
    found: list[Lecture] = []
    for file, rel in read:
        try:
            lectures = read_file(file, rel, config, explicit, topics=True) or []
        except (OSError, ValueError, yaml.YAMLError, RecursionError):
            continue  # reported on the first reading
        found.extend(lec for lec in without_repeated_links(lectures) if lec.readings)
    return found if len(found) >= MIN_TOPICS else []


REPEATED_SHARE = 0.75
"""A link (same href, same text) in at least this share of a page's lectures ..."""
REPEATED_MIN = 4
"""... and in at least this many is course logistics (the meeting room, the slides
folder, the sign-up sheet in every row), not a reading."""


def without_repeated_links(lectures: list[Lecture]) -> list[Lecture]:
    """The lectures of one page without the links the page repeats in every entry."""
    if len(lectures) < REPEATED_MIN:
        return lectures
    counts: dict[tuple[str, str], int] = {}
    for lec in lectures:
        for pair in {(r.url, r.text) for r in lec.readings}:
            counts[pair] = counts.get(pair, 0) + 1
    floor = max(REPEATED_MIN, REPEATED_SHARE * len(lectures))
    repeated = {pair for pair, count in counts.items() if count >= floor}
    if not repeated:
        return lectures
    return [
        replace(lec, readings=tuple(r for r in lec.readings if (r.url, r.text) not in repeated))
        for lec in lectures
    ]


def _message(err: BaseException) -> str:
    if isinstance(err, yaml.YAMLError) and not isinstance(err, AliasBomb):
        mark = getattr(err, "problem_mark", None)
        return (f"line {mark.line + 1}: " if mark else "") + "invalid YAML"
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def _no_lectures(path: Path, names: list[str]) -> str:
    if not names:
        return f"{path}: no page to read (Markdown, HTML or _data files); looked for {LOOKED_FOR}"
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    count = f"{len(names)} file{'s' if len(names) != 1 else ''}"
    return f"{path}: no lecture found in {count} read ({shown}); looked for {LOOKED_FOR}"


_NEWS = frozenset((*vocab.NEWS_DIRS, *vocab.COURSEWORK_DIRS))
_PROFILE = frozenset(f"_{name}" for name in vocab.PROFILE_DIRS) | frozenset(vocab.PROFILE_DIRS)
_BUNDLE_INDEX = lazyre.compile(r"(?:^|/)(?:index|_index|README)\.[^/]+$", re.IGNORECASE)
"""A page that is its folder's index (a Hugo page bundle, a Quarto listing item):
the folder is the page, grouped with its siblings."""


def _group(lecture: Lecture) -> tuple[str, str]:
    """Lectures read the same way from one page (or one Jekyll collection) form a group."""
    folder = lecture.file.rsplit("/", 1)[0] if "/" in lecture.file else ""
    in_collection = folder.rsplit("/", 1)[-1].startswith("_") and lecture.structure != "data"
    # a folder of pages that are one lecture each is one group, like a collection
    by_folder = in_collection or lecture.structure.startswith("page")
    if by_folder and _BUNDLE_INDEX.search(lecture.file):
        folder = folder.rsplit("/", 1)[0] if "/" in folder else ""  # lectures/01-intro/index.qmd
    # pages dated in their title or only by a date field, one lecture each: one group
    structure = "page" if lecture.structure.startswith("page") else lecture.structure
    return structure, folder if by_folder else lecture.file


def schedule_lectures(lectures: list[Lecture]) -> list[Lecture]:
    """The lectures of the site's schedule, without dated lines elsewhere in the site.

    Lectures read the same way from one page (or one Jekyll collection) form a
    group.  When any group has readings, the site's schedule is where they are:
    the group with the most readings is always kept; a schedule table is kept
    (its readings may be on another page, not on its own: then it is an
    overview of the sessions below it); dated list items and paragraphs
    elsewhere are news, deadlines or milestones, not lectures, and so are the pages
    of a news or coursework folder (``posts/``, ``labs/``) unless no other group has
    readings; any other group
    is kept when enough of its entries have readings and at most half of its titles
    are deadlines ("add/drop deadline", "Midterm 1", "final report").  A site
    without any reading keeps everything.
    """
    groups: dict[tuple[str, str], list[Lecture]] = {}
    for lecture in lectures:
        groups.setdefault(_group(lecture), []).append(lecture)
    if len(groups) < 2 or not any(lec.readings for lec in lectures):
        return lectures
    # the most readings; news (a blog's posts) or deadlines (homework pages) only where
    # nothing else has any
    candidates = [
        k
        for k, g in groups.items()
        if not _news(k) and not _not_sessions(g) and any(lec.readings for lec in g)
    ]
    best = max(candidates or groups, key=lambda k: sum(len(lec.readings) for lec in groups[k]))
    sessions: dict[str, int] = {}  # per file: entries of the groups with readings
    pages = _Pages(set(), set(), {})  # the days, titles, links of the pages of one lecture
    for group in groups.values():
        if any(lec.readings for lec in group):
            for lec in group:
                sessions[lec.file] = sessions.get(lec.file, 0) + 1
                if lec.structure.startswith("page") and lec.readings:
                    day = classify.month_day(lec.key)
                    if day is not None:
                        pages.days.add(day)
                        pages.links.setdefault(day, set()).update(r.link for r in lec.readings)
                    if lec.title:
                        pages.titles.add(lec.title.casefold())
    kept = {
        key
        for key, group in groups.items()
        if key == best
        or (
            _is_schedule(key[0], group)
            and not _overview(key, group, sessions, pages)
            and not _news(key)
        )
    }
    kept |= _series_pages(groups, kept, best)
    whole = {lec.file for lec in groups[best]}
    if not best[0].startswith("page") and len(groups[best]) >= _WHOLE_SCHEDULE and len(whole) == 1:
        # "_teaching/2023-fall-cs101.md" beside the page that is the whole schedule: the
        # site's other pages (another course, a TA post), not this course's lectures
        beside = posixpath.dirname(whole.pop())
        kept = {k for k in kept if k == best or not (k[0].startswith("page") and k[1] == beside)}
    return [lecture for lecture in lectures if _group(lecture) in kept]


_WHOLE_SCHEDULE = 8
"""A page with this many entries, the site's best, holds the whole schedule: pages beside
it that are one lecture each are the site's other pages."""
_DIGITS = lazyre.compile(r"\d+")


def _series_pages(
    groups: dict[tuple[str, str], list[Lecture]],
    kept: set[tuple[str, str]],
    best: tuple[str, str],
) -> set[tuple[str, str]]:
    """The pages of a series two or more of whose pages are kept, read the same way
    (``weeks/week-05.md`` beside ``week-04.md`` and ``week-06.md``: a week of a no-class
    day and a midterm, with no reading): the schedule's too; and the pages with
    readings of the series the site's best page is one of (``weeks/week-01.md`` …
    ``week-06.md``, each a week of dated paragraphs: the schedule, a page a week)."""

    def series_of(key: tuple[str, str]) -> tuple[str, str] | None:
        return (key[0], _DIGITS.sub("#", key[1])) if _DIGITS.search(key[1]) else None

    counts = Counter(series_of(key) for key in kept)
    return {
        key
        for key, group in groups.items()
        if (series := series_of(key)) is not None
        and not _news(key)
        and (
            counts[series] >= 2
            or (series == series_of(best) and any(lec.readings for lec in group))
        )
    }


_YEAR = lazyre.compile(r"\b(?:19|20)\d\d\b")
_NOTES_BYLINE = lazyre.compile(
    rf"^[ \t>*_]*{vocab.alternation(vocab.NOTES_BYLINES)}\s*:", re.IGNORECASE | re.MULTILINE
)
"""A line of a page's opening that names its scribes (:data:`vocab.NOTES_BYLINES`)."""
_NUMBERED = lazyre.compile(r"\d")
"""A file name that opens with a number: the order staff gave the pages."""


def _pages_by_date(lectures: list[Lecture]) -> list[Lecture]:
    """Pages that are one lecture each, in their folder's place, in the order of their
    dates when each gives its year (a Notion export's ``Midterm exam <id>.md`` between
    ``Lecture 6`` and ``Lecture 7``), else as their folder lists them (and when staff
    numbered their names, ``03-hoare.md``, in that order)."""
    folders: dict[str, list[int]] = {}
    for index, lec in enumerate(lectures):
        if lec.structure.startswith("page"):  # a page bundle's index in the folder above
            folders.setdefault(_page_folder(lec.file), []).append(index)
    ordered = list(lectures)
    for places in folders.values():
        dates = {i: _full_date(lectures[i].key) for i in places}
        numbered = all(_NUMBERED.match(_page_name(lectures[i].file)) for i in places)
        if len(places) < 2 or (None in dates.values() and not numbered):
            continue
        if numbered:  # "03-hoare.md", "04-labor-day.md", "06-joins/index.md": as numbered
            by_date = sorted(places, key=lambda i: _numbered_name(_page_name(lectures[i].file)))
        else:
            by_date = sorted(places, key=lambda i: dates[i] or (0, 0, 0))
        for place, index in zip(places, by_date, strict=True):
            ordered[place] = lectures[index]
    return ordered


def _full_date(key: str) -> tuple[int, int, int] | None:
    """A key's year, month and day, when it writes all three."""
    year = _YEAR.search(key)
    day = classify.month_day(key)
    return (int(year.group(0)), *day) if year is not None and day is not None else None


def _news(key: tuple[str, str]) -> bool:
    """A group of pages in a news folder (``posts/``, ``blog/``) or a coursework folder
    (``labs/``, ``homework/``): news and coursework, not lectures."""
    folders = key[1].lower().split("/")
    return bool(_NEWS.intersection(folders) or _PROFILE.intersection(folders))


def _overview(
    key: tuple[str, str],
    group: list[Lecture],
    sessions: dict[str, int],
    pages: _Pages,
) -> bool:
    """A table without readings on a page whose sessions, read another way, have them
    (at least half as many sessions as rows): the page shows its calendar twice (an
    overview of weeks, then one section per session), and the sessions are the lectures.
    So is one whose days are, for at least half its rows (and two), those of pages
    that are one lecture with readings (``_lectures/01-intro.md``), or whose titles
    are theirs where no day tells (pages keyed ``Week 3``, rows keyed by a range of
    days): the index of those pages.
    (A separate readings page keyed by the same days is not: it lists readings, and
    the table is the schedule.)  An index may list readings too, when each row's are
    among those of its day's page (``| Jan 9 | [Intro](lectures/01) | [A](..) |``
    beside ``_lectures/01.md`` listing A and more): the pages are the lectures."""
    if key[0] != "table":
        return False
    if any(lec.readings for lec in group) and not all(
        _on_its_page(lec, pages) for lec in group if lec.readings
    ):
        return False
    if sessions.get(key[1], 0) >= OVERVIEW_SHARE * len(group):
        return True
    shared = sum(1 for lec in group if _same_session(lec, pages))
    return shared >= max(2, OVERVIEW_SHARE * len(group))


class _Pages(NamedTuple):
    days: set[tuple[int, int]]
    titles: set[str]
    links: dict[tuple[int, int], set[str]]
    """Each day's readings on those pages."""


def _on_its_page(row: Lecture, pages: _Pages) -> bool:
    """Every reading of a table row is one of its day's page."""
    day = classify.month_day(row.key)
    return day in pages.links and {r.link for r in row.readings} <= pages.links[day]


def _same_session(row: Lecture, pages: _Pages) -> bool:
    """A table row is a page's session: the same day, else (no single day to tell on
    either side) the same title."""
    day = None if classify.opens_range(row.key) else classify.month_day(row.key)
    if day is not None and pages.days:
        return day in pages.days
    return bool(row.title) and row.title.casefold() in pages.titles


def _is_schedule(structure: str, group: list[Lecture]) -> bool:
    if structure == "table":
        return True
    if structure in ("list", "paragraph") or (structure.startswith("page") and len(group) < 2):
        return False  # a lone dated page beside the schedule (a syllabus, a news page)
    with_readings = sum(1 for lec in group if lec.readings)
    return with_readings >= max(1, MIN_SCHEDULE_SHARE * len(group)) and not _not_sessions(group)


def _not_sessions(group: list[Lecture]) -> bool:
    """More than half the group's titles are deadlines (``Midterm``, ``Homework 2``) or
    name material (``Lecture 3 notes``: a scribe's notes page, not the session)."""
    return sum(1 for lec in group if _not_a_session(lec.title)) * 2 > len(group)


def _not_a_session(title: str) -> bool:
    return bool(classify.EVENT_TITLE.search(title)) or (
        bool(title) and classify.names_material(title)
    )
