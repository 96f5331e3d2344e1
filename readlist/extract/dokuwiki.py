"""DokuWiki pages as HTML, for the HTML reader.

A DokuWiki keeps its pages as text files in its page store (``data/pages/``:
``data/pages/course/schedule.txt`` is the page ``course:schedule``) and its settings
in ``conf/`` (``local.php``: ``$conf['baseurl']``, ``basedir``, ``userewrite``,
``useslash``, ``savedir``).  :func:`find_wiki` tells a DokuWiki by that layout;
:func:`dokuwiki_html` converts one page to HTML.  A small converter for what course
pages use, not DokuWiki's parser:

* headings ``====== H1 ======`` (six ``=``) .. ``== H5 ==`` (two); ``----`` rules;
* paragraphs (lines joined; ``\\\\`` then a space or the line's end is a line break);
* lists: ``  * item`` and ``  - item`` (two spaces or a tab, nested by indent);
  other indented lines are preformatted; ``>`` lines are a quote;
* tables: ``^ header ^`` and ``| cell |`` cells, an empty cell (``||``) widens the
  cell before it, a ``:::`` cell lengthens the cell above;
* links: ``[[https://url|text]]``, ``[[https://url]]``, bare URLs (``www.`` too),
  ``[[ns:page|text]]`` and ``[[page#section]]`` (the wiki's own pages, resolved as
  DokuWiki resolves ids and linked as it links them: ``/doku.php?id=ns:page``, or
  ``/ns/page`` with ``userewrite``), interwiki ``[[wp>Topic]]``, e-mail
  ``<a@b.org>``; media ``{{ns:file.pdf|text}}`` (a link to the media store's file:
  ``/_media/ns/file.pdf`` with ``userewrite = 1``, else ``lib/exe/fetch.php``; an
  image is shown, its title its text);
* ``**bold**``, ``//italic//``, ``__underline__``, ``''mono''``, ``<del>``,
  ``<sub>``, ``<sup>``; footnotes ``((text))`` are listed at the page's end, their
  mark left out of the text they follow;
* ``<code>``, ``<file>``, ``<nowiki>``, ``%%..%%``, ``<html>`` and ``<php>`` are
  literal text; ``~~NOTOC~~``-style macros and plugin calls (``{{tag>x}}``) leave
  nothing; container plugins' tags (``<WRAP box>``, ``<note>``) are dropped, their
  content kept.

Every piece of the page's text is HTML-escaped: nothing it holds becomes markup except
what this converter writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path
from urllib.parse import quote

from readlist import lazyre
from readlist.extract.asciidoc import cell_html, table_sections
from readlist.extract.markdown import LineIndex
from readlist.model import Lecture

SUFFIX = ".txt"
"""A DokuWiki page's file suffix (in the page store only)."""
CONFIGS = ("dokuwiki.php", "local.php", "local.protected.php")
"""DokuWiki's settings files in ``conf/``, in the order it reads them (a later one wins)."""
BUNDLED_PAGES = frozenset({"wiki:syntax", "wiki:dokuwiki", "wiki:welcome", "playground:playground"})
"""The pages DokuWiki ships with (its syntax manual, the playground): no course's."""
INSTALL_DIRS = ("bin", "conf", "inc", "lib", "vendor")
"""The DokuWiki install's own folders (code, templates, plugins, settings): no pages."""
IMAGES = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "mp4", "webm", "ogv", "mp3", "ogg"}
)
"""Media DokuWiki shows in the page (images, players) rather than links to."""
PLUGIN_TAGS = (
    "wrap",
    "block",
    "note",
    "box",
    "panel",
    "well",
    "callout",
    "alert",
    "hidden",
    "tabbox",
    "tabs",
    "tab",
    "accordion",
    "columns",
    "newcolumn",
    "jumbotron",
)
"""Container plugins' tags (Wrap, Note, Box, Bootstrap wrapper, Hidden, Columns):
their content is the page's, the tags leave nothing."""
INTERWIKI = {
    "wp": "https://en.wikipedia.org/wiki/{NAME}",
    "wpfr": "https://fr.wikipedia.org/wiki/{NAME}",
    "wpde": "https://de.wikipedia.org/wiki/{NAME}",
    "wpes": "https://es.wikipedia.org/wiki/{NAME}",
    "wppl": "https://pl.wikipedia.org/wiki/{NAME}",
    "wpjp": "https://ja.wikipedia.org/wiki/{NAME}",
    "wpru": "https://ru.wikipedia.org/wiki/{NAME}",
    "wpmeta": "https://meta.wikipedia.org/wiki/{NAME}",
    "doku": "https://www.dokuwiki.org/",
    "rfc": "https://tools.ietf.org/html/rfc",
    "man": "http://man.cx/",
    "google": "https://www.google.com/search?q=",
    "go": "https://www.google.com/search?q={URL}&btnI=lucky",
    "phpfn": "https://secure.php.net/{NAME}",
}
"""DokuWiki's default interwiki shortcuts (``conf/interwiki.conf``); a wiki's
``conf/interwiki.local.conf`` adds its own."""

Reader = Callable[[Path], str]


@dataclass(frozen=True)
class Wiki:
    """A DokuWiki's page store and the settings its links are made with."""

    pages: Path = Path("data/pages")
    base_url: str | None = None
    """``baseurl`` + ``basedir``: where the wiki is served."""
    basedir: str = "/"
    userewrite: int = 0
    useslash: bool = False
    start: str = "start"
    interwiki: dict[str, str] = field(default_factory=dict, compare=False)

    def page_id(self, path: Path) -> str | None:
        """The id of the page stored at *path* (``course:schedule``), ``None`` when
        *path* is no page of the store (or one DokuWiki ships with)."""
        if path.suffix.lower() != SUFFIX:
            return None
        try:
            rel = path.resolve().relative_to(self.pages.resolve())
        except (OSError, ValueError):
            return None
        page = ":".join((*rel.parts[:-1], rel.stem))
        return None if page in BUNDLED_PAGES else page

    def holds(self, path: Path) -> bool:
        """Whether *path* is the page store, a folder in it or a page of it."""
        if path.is_file():
            return self.page_id(path) is not None
        try:
            real, store = path.resolve(), self.pages.resolve()
        except OSError:
            return False
        return real == store or store in real.parents

    def page_href(self, page: str) -> str:
        """The URL DokuWiki links the page *page* with (its ``wl()``)."""
        return self._url(page, "", "doku.php", "id")

    def media_href(self, media: str) -> str:
        """The URL DokuWiki serves the media file *media* at (its ``ml()``)."""
        return self._url(media, "_media/", "lib/exe/fetch.php", "media")

    def _url(self, wiki_id: str, rewritten: str, script: str, parameter: str) -> str:
        """*wiki_id*'s URL: ``userewrite = 1`` serves it at ``rewritten`` + id (the web
        server rewrites the URL), ``2`` at *script*/id, ``0`` at *script*?parameter=id;
        ``useslash`` writes its colons as slashes."""
        if self.useslash and self.userewrite:
            wiki_id = wiki_id.replace(":", "/")
        wiki_id = quote(wiki_id, safe="/:")
        if self.userewrite == 1:
            return f"{self.basedir}{rewritten}{wiki_id}"
        if self.userewrite == 2:
            return f"{self.basedir}{script}/{wiki_id}"
        return f"{self.basedir}{script}?{parameter}={wiki_id}"


@dataclass
class WikiPage:
    """A page converted: its HTML and what its links were written as."""

    html: str
    written: dict[str, str] = field(default_factory=dict)
    """The target each href made from a wiki id was written as (``/_media/a/b.pdf``:
    ``:a:b.pdf``): a reading's url is its target as written."""
    pages: set[str] = field(default_factory=set)
    """The hrefs of links to the wiki's own pages: never readings."""

    def readings(self, lectures: list[Lecture]) -> list[Lecture]:
        """*lectures* read from this page's HTML, their readings as the page writes
        them: a link to the wiki's own page is none; a media link's url is the media id
        as written (``:course:a.pdf``), its link the URL DokuWiki serves it at."""
        if not self.written:
            return lectures
        return [
            replace(
                lec,
                readings=tuple(
                    replace(r, url=self.written.get(r.url, r.url))
                    for r in lec.readings
                    if r.url not in self.pages
                ),
            )
            for lec in lectures
        ]


class WikiLines(LineIndex):
    """Lines of a DokuWiki page's links: a link made from a wiki id is found by the
    id as written (*written*: href to target)."""

    def __init__(self, source: str, written: dict[str, str]) -> None:
        super().__init__(source)
        self.written = written

    def link_text(self, href: str, text: str = "") -> tuple[int, str | None]:
        found = self.locate(self.written.get(href, href)) if href.strip() else -1
        if found < 0 and text.strip():
            found = self.locate(text)
        return self.line_at(found if found >= 0 else self.pos), None


# -- the wiki's layout and settings ---------------------------------------------------

_SETTING = lazyre.compile(
    r"""\$conf\s*\[\s*(['"])(?P<name>\w+)\1\s*\]\s*=\s*"""
    r"""(?:'(?P<single>(?:[^'\\]|\\.)*)'|"(?P<double>(?:[^"\\]|\\.)*)"|(?P<bare>[\w.+-]+))\s*;"""
)


def find_wiki(root: Path, read: Reader) -> Wiki | None:
    """The DokuWiki at *root*, ``None`` when *root* is none: it has DokuWiki's
    settings (``conf/dokuwiki.php``, ``conf/local.php``) or a page store of ``.txt``
    pages (``data/pages/``, or the ``savedir`` the settings name)."""
    found = _settings(root, read)
    settings = found or {}
    savedir = settings.get("savedir", "").strip() or "./data"
    pages = root / "data" / "pages"
    if not savedir.startswith("/") and ".." not in savedir:  # else outside the site
        pages = root / savedir / "pages"
    if found is None and not _holds_pages(pages):
        return None
    baseurl = settings.get("baseurl", "").strip().rstrip("/")
    basedir = "/" + settings.get("basedir", "").strip().strip("/")
    basedir = basedir if basedir == "/" else basedir + "/"
    try:
        rewrite = int(settings.get("userewrite", "0") or 0)
    except ValueError:
        rewrite = 0
    return Wiki(
        pages=pages,
        base_url=(baseurl + basedir) if baseurl else None,
        basedir=basedir,
        userewrite=rewrite if rewrite in (0, 1, 2) else 0,
        useslash=settings.get("useslash", "0").strip() not in ("", "0", "false"),
        start=settings.get("start", "start").strip() or "start",
        interwiki=INTERWIKI | _interwiki(root, read),
    )


def wiki_of(path: Path, read: Reader) -> Wiki | None:
    """The DokuWiki whose page store holds *path* (a page given alone, a namespace's
    folder), from its folder upwards, never above the top of a git repository."""
    for folder in path.resolve().parents:
        wiki = find_wiki(folder, read)
        if wiki is not None and wiki.holds(path):
            return wiki
        if (folder / ".git").exists():
            break
    return None


def install_dirs(root: Path) -> set[str]:
    """The DokuWiki install's folders at *root*, when the install is there (its
    ``doku.php``): ``conf/`` always."""
    if (root / "doku.php").is_file():
        return set(INSTALL_DIRS)
    return {"conf"}


def _settings(root: Path, read: Reader) -> dict[str, str] | None:
    """The settings ``conf/`` holds (a later file's override an earlier one's), ``None``
    when it holds none of DokuWiki's."""
    found: dict[str, str] | None = None
    for text in _conf_texts(root, CONFIGS, read):
        if "$conf" not in text:
            continue
        found = found if found is not None else {}
        for match in _SETTING.finditer(text):
            single, double = match.group("single"), match.group("double")
            if single is not None:
                value = re.sub(r"\\([\\'])", r"\1", single)
            elif double is not None:
                value = re.sub(r'\\([\\"$])', r"\1", double)
            else:
                value = match.group("bare")
            found[match.group("name")] = value
    return found


def _conf_texts(root: Path, names: tuple[str, ...], read: Reader) -> Iterator[str]:
    """The texts of the files *names* in *root*'s ``conf/`` that can be read."""
    for name in names:
        path = root / "conf" / name
        if path.is_file():
            try:
                yield read(path)
            except (OSError, ValueError):
                continue


def _holds_pages(pages: Path) -> bool:
    """A page store: a folder that holds a ``.txt`` page (in its subfolders too)."""
    if not pages.is_dir():
        return False
    try:
        return next(pages.rglob(f"*{SUFFIX}"), None) is not None
    except OSError:
        return False


def _interwiki(root: Path, read: Reader) -> dict[str, str]:
    """The wiki's own interwiki shortcuts (``conf/interwiki.local.conf``: ``name URL``)."""
    found: dict[str, str] = {}
    for text in _conf_texts(root, ("interwiki.conf", "interwiki.local.conf"), read):
        for line in text.splitlines():
            parts = line.split("#", 1)[0].split()
            if len(parts) == 2 and re.match(r"^https?://", parts[1]):
                found[parts[0].lower()] = parts[1]
    return found


# -- ids ------------------------------------------------------------------------------


def resolve_id(target: str, page: str, useslash: bool = False) -> str:
    """*target* (``p``, ``ns:p``, ``:p``, ``.:p``, ``..:p``, ``~p``) as an absolute id,
    written on the page *page*: an id without a colon is in the page's namespace, one
    with a colon is from the root, ``.`` is the page's namespace and ``~`` the page
    itself (DokuWiki's resolver)."""
    if useslash:
        target = target.replace("/", ":")
    target = target.replace(";", ":").strip()
    if not target:
        return target
    namespace = page.rsplit(":", 1)[0] if ":" in page else ""
    if target[0] == "~":
        target = f"{page}:{target[1:]}"
    if target[0] == ".":
        target = f"{namespace}:{_dots_apart(target)}"
    elif ":" not in target:
        target = f"{namespace}:{target}"
    trail = ":" if target.endswith(":") else ""
    parts: list[str] = []
    for part in target.split(":"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return ":".join(parts) + trail


def _dots_apart(target: str) -> str:
    """``.page`` as ``.:page``, ``..page`` as ``..:page``: the dots opening a relative
    id are a namespace of their own."""
    parts = target.split(":")
    for k, part in enumerate(parts):
        if part.strip("."):
            name = part.lstrip(".")
            if name != part:
                parts[k : k + 1] = [part[: len(part) - len(name)], name]
            break
    return ":".join(parts)


def clean_id(page: str) -> str:
    """DokuWiki's cleaned id (its ``cleanID``): lowercase, a run of other characters
    than letters, digits, ``.``, ``-`` and ``:`` as one ``_``."""
    page = re.sub(r"[^\w.:-]+", "_", page.strip().lower())
    page = re.sub(r"_{2,}", "_", page)
    page = re.sub(r":[:._-]+", ":", page)
    return page.strip(":._-")


def _no_namespace(page: str) -> str:
    return page.rstrip(":").rsplit(":", 1)[-1]


# -- the converter ----------------------------------------------------------------------


def dokuwiki_html(text: str, wiki: Wiki | None = None, page: str = "") -> WikiPage:
    """The DokuWiki page *text* (the page *page* of *wiki*) as HTML (never raises on
    malformed input: unclosed markup stays as written)."""
    converter = _Converter(wiki or Wiki(), page)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    parts: list[str] = []
    at = 0
    for start, end, body in _block_literals(text):
        parts.append(converter.blocks(text[at:start]))
        parts.append(_pre(body.strip("\n")))
        at = end
    parts.append(converter.blocks(text[at:]))
    parts.append(converter.footnote_list())
    return WikiPage(
        "\n".join(part for part in parts if part), converter.written, converter.page_links
    )


_LITERAL_OPENING = lazyre.compile(r"<(code|file|html|HTML|php|PHP)\b[^>\n]{0,300}>")


def _block_literals(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, content)`` of each ``<code>``, ``<file>``, ``<html>``, ``<php>``
    block over several lines (one on a line is inline text), in order."""
    at = 0
    unclosed: set[str] = set()
    while (opening := _LITERAL_OPENING.search(text, at)) is not None:
        tag = opening.group(1)
        close = -1 if tag in unclosed else text.find(f"</{tag}>", opening.end())
        if close < 0:
            unclosed.add(tag)  # never closed: no later one is either
            at = opening.end()
            continue
        end = close + len(tag) + 3
        if "\n" in text[opening.start() : end]:
            yield opening.start(), end, text[opening.end() : close]
        at = end


_RULE = lazyre.compile(r"^[ \t]*-{4,}[ \t]*$")
_LIST_ITEM = lazyre.compile(r"^( {2,}|\t+)([*-])[ \t]*(.*)$")
_INDENTED = lazyre.compile(r"^(?: {2}|\t)")
_QUOTE = lazyre.compile(r"^(>+)[ \t]?(.*)$")
_TABLE_ROW = lazyre.compile(r"^[|^]")
_MACRO = lazyre.compile(r"~~[A-Za-z_]+(?::[^~\n]*)?~~")
_PLUGIN_TAG = lazyre.compile(
    rf"</?(?:{'|'.join(PLUGIN_TAGS)})(?=[\s>/])[^>\n]{{0,300}}>", re.IGNORECASE
)


class _Converter:
    def __init__(self, wiki: Wiki, page: str) -> None:
        self.wiki = wiki
        self.page = page
        self.written: dict[str, str] = {}
        self.page_links: set[str] = set()
        self.footnotes: list[str] = []
        self.kept: list[str] = []
        self.depth = 0
        """Markup made of the page's spans, by placeholder (one list: a link's text
        may hold a placeholder made before the link was read)."""

    # -- blocks ---------------------------------------------------------------------

    def blocks(self, text: str) -> str:
        lines = text.split("\n")
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip() or _only_markup(line):
                i += 1
                continue
            if (heading := _heading(line)) is not None:
                level, title = heading
                out.append(f"<h{level}>{escape(title, quote=False)}</h{level}>")
                i += 1
                continue
            if _RULE.match(line):
                out.append("<hr>")
                i += 1
                continue
            end = i + 1
            if _TABLE_ROW.match(line):
                while end < len(lines) and _TABLE_ROW.match(lines[end]):
                    end += 1
                out.append(self.table(lines[i:end]))
            elif _LIST_ITEM.match(line):
                while end < len(lines) and _LIST_ITEM.match(lines[end]):
                    end += 1
                out.append(self.list_block(lines[i:end]))
            elif _INDENTED.match(line):
                while end < len(lines) and (
                    _INDENTED.match(lines[end]) and not _LIST_ITEM.match(lines[end])
                ):
                    end += 1
                out.append(_pre([_INDENTED.sub("", part, count=1) for part in lines[i:end]]))
            elif _QUOTE.match(line):
                while end < len(lines) and _QUOTE.match(lines[end]):
                    end += 1
                quoted = [m.group(2) for m in map(_QUOTE.match, lines[i:end]) if m]
                body = "<br>\n".join(self.inline(part) for part in quoted)
                out.append(f"<blockquote><p>{body}</p></blockquote>")
            else:
                while end < len(lines) and not _ends_paragraph(lines[end]):
                    end += 1
                out.append(f"<p>{self.inline(chr(10).join(lines[i:end]))}</p>")
            i = end
        return "\n".join(out)

    def list_block(self, lines: list[str]) -> str:
        """Items as nested lists: an item indented deeper than the one before opens a
        list inside it; ``*`` items make ``<ul>``, ``-`` items ``<ol>``."""
        out: list[str] = []
        stack: list[tuple[int, str]] = []  # (depth, tag) of the open lists
        for line in lines:
            item = _LIST_ITEM.match(line)
            if item is None:
                continue
            depth = len(item.group(1).replace("\t", "  ")) // 2
            tag = "ul" if item.group(2) == "*" else "ol"
            while stack and (
                stack[-1][0] > depth or (stack[-1][0] == depth and stack[-1][1] != tag)
            ):
                out.append(f"</li>\n</{stack.pop()[1]}>")
            if stack and stack[-1][0] == depth:
                out.append("</li>\n<li>")
            else:
                out.append(f"\n<{tag}>\n<li>" if stack else f"<{tag}>\n<li>")
                stack.append((depth, tag))
            out.append(self.inline(item.group(3)))
        while stack:
            out.append(f"</li>\n</{stack.pop()[1]}>")
        return "".join(out)

    def table(self, lines: list[str]) -> str:
        rows: list[list[_Cell]] = []
        above: dict[int, _Cell] = {}  # per column, the cell a ':::' below lengthens
        for line in lines:
            row: list[_Cell] = []
            for column, (kind, content) in enumerate(_cells(line.rstrip())):
                if content == "" and row:
                    row[-1].colspan += 1  # '||': the cell before spans this column too
                    above[column] = row[-1]
                elif content.strip() == ":::" and column in above:
                    above[column].rowspan += 1  # the cell above spans this row too
                else:
                    cell = _Cell("th" if kind == "^" else "td", self.inline(content.strip()))
                    row.append(cell)
                    above[column] = cell
            rows.append(row)
        header = bool(rows) and bool(rows[0]) and all(c.tag == "th" for c in rows[0])
        html_rows = [
            "<tr>" + "".join(cell_html(c.tag, c.content, c) for c in row) + "</tr>" for row in rows
        ]
        return "\n".join(["<table>", *table_sections(html_rows, header), "</table>"])

    def footnote_list(self) -> str:
        if not self.footnotes:
            return ""
        notes = "\n".join(
            f'<div class="fn"><sup>{n})</sup> {note}</div>'
            for n, note in enumerate(self.footnotes, 1)
        )
        return f'<div class="footnotes">\n{notes}\n</div>'

    # -- inline ---------------------------------------------------------------------

    def inline(self, text: str) -> str:
        """*text* as escaped HTML with its links and formatting made markup (each kind
        of span found in one pass: linear in the text); a span nested deeper than
        :data:`MAX_NESTING` in others (a link's text, a footnote) is plain text."""
        if self.depth >= MAX_NESTING:
            return escape(text, quote=False)
        self.depth += 1
        try:
            return self._inline(text)
        finally:
            self.depth -= 1

    def _inline(self, text: str) -> str:
        keep = self.keep
        text = _pairs(text, "((", "))", self._footnote)
        text = _pairs(text, "<nowiki>", "</nowiki>", lambda s: keep(escape(s, quote=False)))
        text = _pairs(text, "%%", "%%", lambda s: keep(escape(s, quote=False)))
        for tag in _LITERAL_TAGS:
            text = _pairs(text, f"<{tag}>", f"</{tag}>", lambda s: keep(_code(s)))
        text = _pairs(text, "[[", "]]", lambda s: keep(self._link(s)), link=True)
        text = _pairs(text, "{{", "}}", lambda s: keep(self._media(s)))
        text = _EMAIL.sub(lambda m: keep(_anchor(f"mailto:{m.group(1)}", escape(m.group(1)))), text)
        text = _BARE_URL.sub(lambda m: self._bare(m.group(0)), text)
        text = _MACRO.sub("", _PLUGIN_TAG.sub("", text))
        text = _LINE_BREAK.sub(lambda m: keep("<br>"), text)
        return self.restore(_formatting(escape(text, quote=False)))

    def keep(self, html: str) -> str:
        """A placeholder for the markup *html*, put back by :meth:`restore`."""
        self.kept.append(html)
        return f"\x00{len(self.kept) - 1}\x00"

    def restore(self, html: str) -> str:
        for _ in range(MAX_NESTING):
            if "\x00" not in html:
                break
            html = _PLACEHOLDER.sub(lambda m: self.kept[int(m.group(1))], html)
        return html.replace("\x00", "")

    def _footnote(self, content: str) -> str:
        """A footnote: kept for the page's end, its mark left out here."""
        if len(self.footnotes) < 500:
            self.footnotes.append(self.inline(content.strip()))
        return ""

    def _link(self, inner: str) -> str:
        target, bar, label = inner.partition("|")
        target = target.strip()
        text = self._label(label) if bar else ""
        if re.match(r"^[a-z0-9.+-]+://", target, re.IGNORECASE):
            return _anchor(target, text or escape(target, quote=False))
        if _EMAIL_ADDRESS.match(target):
            address = target.strip("<>")
            return _anchor(f"mailto:{address}", text or escape(address, quote=False))
        if (interwiki := re.match(r"^([a-zA-Z0-9.]+)>(.*)$", target)) is not None:
            return self._interwiki(interwiki.group(1).lower(), interwiki.group(2), text)
        if target.startswith("\\\\"):  # a Windows share: no link a browser follows
            return text or escape(target, quote=False)
        page, _, section = target.partition("#")
        if not page.strip():
            return _anchor(f"#{_section(section)}", text or escape(section, quote=False))
        resolved = resolve_id(page, self.page, self.wiki.useslash)
        if resolved.endswith(":") or not resolved:
            resolved += self.wiki.start
        resolved = clean_id(resolved)
        href = self.wiki.page_href(resolved) + (f"#{_section(section)}" if section else "")
        self.written.setdefault(href, target)
        self.page_links.add(href)
        return _anchor(href, text or escape(_no_namespace(page) or page, quote=False))

    def _interwiki(self, name: str, reference: str, text: str) -> str:
        url = self.wiki.interwiki.get(name) or INTERWIKI.get(name)
        label = text or escape(reference, quote=False)
        if url is None:
            return label
        if "{URL}" in url:
            url = url.replace("{URL}", quote(reference, safe=""))
        elif "{NAME}" in url:  # a name as written, but for characters unsafe in a URL
            url = url.replace("{NAME}", re.sub(r"[\[\\\]^`{|}#%]", _percent, reference))
        else:
            url += quote(reference, safe="")
        return _anchor(url, label)

    def _label(self, label: str) -> str:
        """A link's text: its words, or an image (``[[url|{{logo.png|Logo}}]]``: the
        image, or the title of a file that is none)."""
        media = _MEDIA.fullmatch(label.strip())
        if media is not None:
            return self._media(media.group(1), in_link=True)
        return self.inline(label.strip())

    def _media(self, inner: str, in_link: bool = False) -> str:
        """A media file: an image shown (unless ``?linkonly``), another file linked to;
        *in_link*, a link's text: never a link of its own."""
        target, _, title = inner.partition("|")
        target = target.strip()
        if re.match(r"^[a-zA-Z][\w-]*>", target):
            return ""  # a plugin's call ({{tag>x}}, {{page>ns:x}}): not the page's text
        written, params = _media_params(target)
        name = written.rsplit("/", 1)[-1] if "://" in written else _no_namespace(written)
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if re.match(r"^[a-z0-9.+-]+://", written, re.IGNORECASE):
            href = written
        else:
            media = clean_id(resolve_id(written, self.page, self.wiki.useslash))
            href = self.wiki.media_href(media)
            if not in_link:
                self.written.setdefault(href, written)
        title = title.strip()
        if extension in IMAGES and ("linkonly" not in params or in_link):
            return f'<img src="{escape(href)}" alt="{escape(title)}">'
        if in_link:
            return escape(title or name, quote=False)
        return _anchor(href, escape(title or name, quote=False))

    def _bare(self, found: str) -> str:
        """A bare URL linked (a placeholder), the punctuation after it left as text."""
        url = found.rstrip(_URL_END)
        if url.endswith("://") or url.lower() in ("www", "ftp"):
            return found
        href = url
        if url.lower().startswith("www."):
            href = f"http://{url}"
        elif url.lower().startswith("ftp."):
            href = f"ftp://{url}"
        return self.keep(_anchor(href, escape(url, quote=False))) + found[len(url) :]


@dataclass
class _Cell:
    tag: str
    content: str
    colspan: int = 1
    rowspan: int = 1


MAX_NESTING = 16
"""Spans (a link's text, a footnote) inside spans deeper than this are plain text."""
_PLACEHOLDER = lazyre.compile("\x00(\\d+)\x00")
_LITERAL_TAGS = ("code", "file", "html", "HTML", "php", "PHP")
"""Tags whose content DokuWiki shows as written (``<html>`` too: raw HTML is off)."""
_MEDIA = lazyre.compile(r"\{\{((?:[^}]|\}(?!\}))+)\}\}")
_EMAIL_ADDRESS = lazyre.compile(
    r"^<?([\w.!#$%&'*+/=?^`{|}~-]+@(?:[a-zA-Z0-9][a-zA-Z0-9-]*\.)+[a-zA-Z]{2,})>?$"
)
_EMAIL = lazyre.compile(r"<([\w.!#$%&'*+/=?^`{|}~-]+@(?:[a-zA-Z0-9][a-zA-Z0-9-]*\.)+[a-zA-Z]{2,})>")
_URL_CHARS = r"[\w/#~:.?+=&%@!\-;,]"
_BARE_URL = lazyre.compile(
    rf"\b(?:(?:https?|ftps?|sftp|ssh|telnet|gopher|wais|irc|news|file)://|www\.|ftp\.)"
    rf"{_URL_CHARS}+",
    re.IGNORECASE,
)
_URL_END = ".:?-;,"
"""Punctuation that ends a sentence rather than a bare URL (``see https://a.org.``)."""
_LINE_BREAK = lazyre.compile(r"\\\\(?=[ \t]|$)", re.MULTILINE)
_MEDIA_PARAM = lazyre.compile(r"\d+(?:x\d+)?|linkonly|nolink|direct|nocache|recache|cache|\w+=\w*")


def _media_params(target: str) -> tuple[str, str]:
    """A media target without its display parameters (``a.pdf?linkonly``,
    ``logo.png?200x50``), and the parameters."""
    source, mark, params = target.rpartition("?")
    words = re.split(r"[&,]", params)
    if mark and source and all(_MEDIA_PARAM.fullmatch(word) for word in words if word):
        return source.strip(), params.lower()
    return target, ""


def _pairs(
    text: str, opener: str, closer: str, render: Callable[[str], str], link: bool = False
) -> str:
    """*text* with each span from *opener* to the next *closer* (holding a character at
    least) replaced by what *render* makes of its content.  A *link* ends on its line,
    and a closer doubled at its end closes it at the last one (``[[u|b [c]]]``).
    Linear: no closer after an opener, no span after it either."""
    if link and "\n" in text:
        return "\n".join(_pairs(part, opener, closer, render, link) for part in text.split("\n"))
    out: list[str] = []
    at = 0
    while (start := text.find(opener, at)) >= 0:
        inner = start + len(opener)
        close = text.find(closer, inner + 1)
        if close < 0:
            break
        while link and text.startswith(closer, close + 1):
            close += 1
        out.append(text[at:start])
        out.append(render(text[inner:close]))
        at = close + len(closer)
    out.append(text[at:])
    return "".join(out)


def _code(text: str) -> str:
    return f"<code>{escape(text, quote=False)}</code>"


def _percent(match: re.Match[str]) -> str:
    return quote(match.group(0), safe="")


def _anchor(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{text}</a>'


def _section(name: str) -> str:
    return re.sub(r"[^\w:.-]+", "_", name.strip().lower()).strip("_")


def _cells(line: str) -> list[tuple[str, str]]:
    """The cells of a table row: each its opening separator (``^`` a header cell,
    ``|`` a cell) and its content as written; links, media, footnotes and literal
    text hold their own ``|``."""
    cells: list[tuple[str, str]] = []
    kind = line[0]
    start = i = 1
    unclosed: set[str] = set()  # closers not found after some opener: nor after a later one
    while i < len(line):
        for opener, closer in _ATOMIC:
            if closer not in unclosed and line.startswith(opener, i):
                end = line.find(closer, i + len(opener))
                if end >= 0:
                    i = end + len(closer)
                    break
                unclosed.add(closer)
        else:
            if line[i] in "|^":
                cells.append((kind, line[start:i]))
                kind, start = line[i], i + 1
            i += 1
    rest = line[start:]
    if rest.strip():
        cells.append((kind, rest))  # a row not closed by a separator: its last cell
    return cells


_ATOMIC = (
    ("[[", "]]"),
    ("{{", "}}"),
    ("((", "))"),
    ("%%", "%%"),
    ("<nowiki>", "</nowiki>"),
    ("<code", "</code>"),
    ("''", "''"),
)


def _formatting(html: str) -> str:
    """DokuWiki's text formatting on escaped *html*."""
    for opener, closer, tag in _FORMATTING:
        html = _pairs(html, opener, closer, _wrapper(tag))
    return html


def _wrapper(tag: str) -> Callable[[str], str]:
    return lambda html: f"<{tag}>{html}</{tag}>"


_FORMATTING = (
    ("**", "**", "strong"),
    ("//", "//", "em"),
    ("__", "__", "u"),
    ("''", "''", "code"),
    *((f"&lt;{tag}&gt;", f"&lt;/{tag}&gt;", tag) for tag in ("del", "sub", "sup")),
)
"""Formatting spans on escaped text: (opener, closer, tag)."""


def _pre(lines: list[str] | str) -> str:
    body = lines if isinstance(lines, str) else "\n".join(lines)
    return "<pre>" + escape(body, quote=False) + "</pre>"


def _only_markup(line: str) -> bool:
    """A line of macros and container tags alone (``~~NOTOC~~``, ``<WRAP box>``): it
    leaves nothing, and ends the paragraph before it."""
    return not _MACRO.sub("", _PLUGIN_TAG.sub("", line)).strip()


def _heading(line: str) -> tuple[int, str] | None:
    """``(level, title)`` of a heading line: ``====== H1 ======`` (six ``=``, or more)
    is level 1 .. ``== H5 ==`` (two) level 5."""
    stripped = line.strip(" \t")
    if not stripped.startswith("==") or not stripped.endswith("=="):
        return None
    title = stripped.strip("=").strip()
    if not title:
        return None
    opening = len(stripped) - len(stripped.lstrip("="))
    return 7 - min(opening, 6), title


def _ends_paragraph(line: str) -> bool:
    return bool(
        not line.strip()
        or _only_markup(line)
        or _heading(line) is not None
        or _RULE.match(line)
        or _TABLE_ROW.match(line)
        or _LIST_ITEM.match(line)
        or _INDENTED.match(line)
        or _QUOTE.match(line)
    )
