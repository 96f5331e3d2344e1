"""Pelican sites, as far as reading a schedule goes.

Pelican's settings are Python (``pelicanconf.py``, and ``publishconf.py`` for the
published site); they are read as text, never run: the simple assignments of the
site URL, the content folder and the URL patterns.  A page's metadata is a header
of ``Key: value`` lines (Python-Markdown's meta extension, MultiMarkdown's too):
:func:`meta_header` makes it front matter, line for line.  Links written with
Pelican's placeholders (``{static}/pdfs/a.pdf``, ``{filename}notes.md``) become
the URLs Pelican writes in their place.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from readlist import lazyre

Reader = Callable[[Path], str]
"""How a file is read (``files.read_text``: size-limited, regular files only)."""

SETTINGS = ("pelicanconf.py", "publishconf.py")
"""Pelican's settings files; the second, for publishing, overrides the first."""


@dataclass(frozen=True)
class Pelican:
    """What a Pelican site's settings say about its URLs."""

    root: Path
    site_url: str = ""
    content: str = "content"
    page_url: str = "pages/{slug}.html"
    article_url: str = "{slug}.html"
    page_paths: tuple[str, ...] = ("pages",)


_STRING = lazyre.compile(
    r"""^(?P<name>[A-Z_]+)\s*=\s*(?P<q>["'])(?P<value>[^"'\n]*)(?P=q)\s*(?:#.*)?$""", re.M
)
_LIST = lazyre.compile(r"^(?P<name>[A-Z_]+)\s*=\s*[\[(](?P<items>[^\]\)\n]*)[\])]", re.M)


def read_settings(root: Path, read: Reader) -> Pelican | None:
    """The settings of the Pelican site at *root*, ``None`` when it is no Pelican site."""
    strings: dict[str, str] = {}
    lists: dict[str, tuple[str, ...]] = {}
    found = False
    for name in SETTINGS:
        path = root / name
        if not path.is_file():
            continue
        try:
            text = read(path)
        except (OSError, ValueError):
            continue
        found = True
        for match in _STRING.finditer(text):
            if name == SETTINGS[0] or match["name"] == "SITEURL":
                strings[match["name"]] = match["value"]
        for match in _LIST.finditer(text):
            items = re.findall(r"""["']([^"']+)["']""", match["items"])
            lists[match["name"]] = tuple(items)
    if not found:
        return None
    return Pelican(
        root=root,
        site_url=strings.get("SITEURL", "").rstrip("/"),
        content=strings.get("PATH", "content").strip("/") or ".",
        page_url=strings.get("PAGE_URL", Pelican.page_url),
        article_url=strings.get("ARTICLE_URL", Pelican.article_url),
        page_paths=lists.get("PAGE_PATHS", Pelican.page_paths),
    )


_META_LINE = lazyre.compile(r"^(?P<key>[A-Za-z][\w-]*):[ \t]*(?P<value>.*)$")


def _header(text: str) -> tuple[dict[str, str], int] | None:
    """The metadata header opening *text* (``Title: Schedule`` and more ``Key: value``
    lines, then a blank line) as its fields (keys lowercased) and the number of its
    lines; ``None`` when *text* opens with no such header."""
    if not text[:6].lower().startswith("title:"):
        return None
    meta: dict[str, str] = {}
    for i, line in enumerate(text.split("\n")):
        if not line.strip():
            return meta, i
        match = _META_LINE.match(line)
        if match is None:
            return None
        meta[match["key"].lower()] = match["value"].strip()
    return None


def meta_header(text: str) -> str:
    """A page opened by a metadata header with the header as YAML front matter on the
    same lines; any other text as it is."""
    found = _header(text)
    if found is None or found[1] < 2:
        return text  # "---", the mapping and "---" need three lines: the header's and the blank
    meta, end = found
    lines = text.split("\n")
    header = ["---", json.dumps(meta, ensure_ascii=False), *[""] * (end - 2), "---"]
    return "\n".join(header + lines[end + 1 :])


_PLACEHOLDER = lazyre.compile(
    # a Markdown link's, an HTML href's or a reStructuredText link's target
    # (`` `Text <{static}/pdfs/a.pdf>`_ ``)
    r"(?P<open>\]\(|href=[\"']|<)\{(?P<kind>static|attach|filename)\}(?P<path>[^)\s\"'#?<>]+)"
)


def placeholders(text: str, file: Path, site: Pelican, read: Reader) -> str:
    """*text* (a page of the *site*) with Pelican's link placeholders written
    as the URLs Pelican puts in their place."""
    if "{static}" not in text and "{attach}" not in text and "{filename}" not in text:
        return text
    content = (site.root / site.content).resolve()

    def url(match: re.Match[str]) -> str:
        path = match["path"]
        target = content / path.lstrip("/") if path.startswith("/") else file.parent / path
        try:
            rel = target.resolve().relative_to(content).as_posix()
        except ValueError:
            return match.group(0)  # outside the content folder: left as written
        if match["kind"] == "filename":
            rel = _page_url(content / rel, rel, site, read)
        return f"{match['open']}{site.site_url}/{rel}"

    return _PLACEHOLDER.sub(url, text)


def _page_url(path: Path, rel: str, site: Pelican, read: Reader) -> str:
    """The URL Pelican gives the content page *path* (``rel`` from the content folder)."""
    try:
        found = _header(read(path))
    except (OSError, ValueError):
        found = None
    meta = found[0] if found is not None else {}
    slug = meta.get("slug") or _slugify(meta.get("title", "")) or Path(rel).stem
    is_page = rel.split("/", 1)[0] in site.page_paths
    pattern = site.page_url if is_page else site.article_url
    try:
        return posixpath.normpath(pattern.format(slug=slug)) + (
            "/" if pattern.endswith("/") else ""
        )
    except (KeyError, IndexError, ValueError):
        return f"{slug}.html"


def _slugify(title: str) -> str:
    """Pelican's default slug of a title: lowercase words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))
