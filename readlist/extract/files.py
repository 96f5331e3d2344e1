"""Which files of a site are read, and how each is read.

A directory is walked like the site generator builds it (Jekyll, Hugo, MkDocs,
Quarto): Markdown pages (``.md``, ``.qmd``, ``.Rmd`` ...), HTML pages, and data
files under ``_data/`` (Jekyll) or ``data/`` (Hugo) and their subfolders, or that a
Quarto page's ``listing:`` names as its ``contents``; in a DokuWiki (its ``conf/``
settings or ``data/pages/`` store), the ``.txt`` pages of its page store only
(:mod:`readlist.extract.dokuwiki`); in an ox-publish site, the ``.org`` files its
projects publish (:mod:`readlist.extract.orgmode`).  Skipped: build output,
vendored code, hidden directories, the config's ``exclude:`` list, what
``--exclude GLOB`` names, files readlist itself wrote (they carry
:data:`readlist.model.GENERATED_MARKER`), anything that is not a regular file
(a FIFO, a link to a device), and all but one offering of a data file kept per
term (``schedule_fa21.yml`` / ``schedule_fa22.yml``).
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

from readlist import lazyre
from readlist.extract import (
    citations,
    components,
    dokuwiki,
    jsdata,
    latex,
    notion,
    orgmode,
    plaintext,
    vocab,
)
from readlist.extract.asciidoc import AntoraPage, resource_link
from readlist.extract.dom import COMPONENT_BADGE
from readlist.extract.jsdata import SCRIPT_SUFFIXES
from readlist.extract.markdown import IAL, split_front_matter
from readlist.extract.page import emoji_shortcodes
from readlist.extract.pelican import Pelican, read_settings
from readlist.extract.yamldata import load, load_toml
from readlist.model import GENERATED_MARKER, Reading

MARKDOWN = {".md", ".markdown", ".mdown", ".mkd", ".qmd", ".rmd", ".mdx"}
HTML = {".html", ".htm", ".xhtml", ".shtml", ".php"}
"""Pages of HTML: a PHP page's or server-side include's code is no text of it."""
HEXO_TEMPLATES = {".ejs", ".njk", ".swig", ".pug", ".html"}
"""The template languages of a Hexo theme's layouts."""
TEMPLATE_PAGES = {".njk", ".liquid", ".hbs", ".ejs", ".jsx", ".tsx", ".astro"}
"""Page templates (Eleventy's Nunjucks, Liquid, Handlebars, EJS; React's JSX): not read
as pages, but a key in one speaks for the data file it loops over."""
NOTEBOOKS = {".ipynb"}
"""Jupyter notebooks: pages where the site renders them (:data:`NOTEBOOK_SITES`) and
the notebook is the schedule by its name (``schedule.ipynb``); a lecture's notebook
(``lectures/01-intro.ipynb``) is its notes."""
NOTEBOOK_SITES = ("_toc.yml", "myst.yml", "_quarto.yml")
"""Configs of generators that render notebooks as pages (Jupyter Book, mystmd, Quarto)."""
RST = {".rst"}
"""reStructuredText (Sphinx): rendered to HTML by docutils, then read as HTML."""
ASCIIDOC = {".adoc", ".asciidoc"}
"""AsciiDoc (Asciidoctor, Antora): converted to HTML by :mod:`readlist.extract.asciidoc`,
then read as HTML."""
LATEX = {".tex", ".ltx"}
"""LaTeX documents (a syllabus kept as ``syllabus.tex``): converted to HTML by
:mod:`readlist.extract.latex`, then read as HTML; the parts they input are read through
them (:func:`_latex_pages`)."""
ORG = {orgmode.SUFFIX}
"""Emacs Org-mode (an ox-publish site's sources): converted to HTML by
:mod:`readlist.extract.orgmode`, then read as HTML."""
PAGES = MARKDOWN | HTML | RST | ASCIIDOC | LATEX | ORG
DOKUWIKI = {dokuwiki.SUFFIX}
"""DokuWiki's pages (``.txt``), in a DokuWiki's page store only (``data/pages/``):
converted to HTML by :mod:`readlist.extract.dokuwiki`, then read as HTML."""
DATA = {".yml", ".yaml", ".json", ".toml", ".csv", ".tsv", *SCRIPT_SUFFIXES}
"""Data files, under a data folder (a JavaScript or TypeScript module there exports its
data: ``src/data/schedule.ts``, read by :mod:`readlist.extract.jsdata`)."""
DATA_DIRS = {"_data", "data"}
SKIP_DIRS = {
    "_site",
    "_book",
    "_freeze",
    "_build",
    "vendor",
    "node_modules",
    "_includes",
    "_layouts",
    "layouts",
    "_sass",
    "assets",
    "static",
    "themes",
    "bundle",
    "_plugins",
    ".jekyll-cache",
    ".sass-cache",
    "__pycache__",
    "_posts",
    "_drafts",
    "_announcements",
    "_news",
    "_staffers",
}
BUILD_DIRS = {
    "public": ("config.toml", "hugo.toml", "hugo.yaml", "hugo.json", "config.yaml"),
    # Hugo's templates of new pages ("{{ replace .Name "-" " " | title }}"), not pages
    "archetypes": ("config.toml", "hugo.toml", "hugo.yaml", "hugo.json", "config.yaml"),
    "site": ("mkdocs.yml", "mkdocs.yaml"),
    "book": ("book.toml",),  # mdBook
    "build": (
        "docusaurus.config.js",
        "docusaurus.config.ts",
        "antora-playbook.yml",  # Antora writes build/site
        "antora-playbook.yaml",
    ),
    "templates": ("config.toml", "zola.toml"),  # Zola's Tera templates, not pages
    "docs": ("_pkgdown.yml", "_pkgdown.yaml"),  # pkgdown's site, built from vignettes/
    "out": ("next.config.js", "next.config.mjs", "next.config.ts"),  # next build's export
}
"""A generator's output (or template) folder, skipped when the generator's config sits
beside it."""
NOT_JEKYLL = ("_toc.yml", "_toc.yaml")
"""A ``_config.yml`` beside one of these is Jupyter Book's: its pages need no front matter."""
SKIP_FILES = {"license.md", "changelog.md", "contributing.md", "code_of_conduct.md"}
MAX_BYTES = 20_000_000
MARKER_WINDOW = 1_000
"""readlist's marker is looked for in this many first characters of a file."""
_TERM = lazyre.compile(
    r"[_-]?(?:(?:fa|fall|sp|spr|spring|su|sum|summer|wi|win|winter|au|aut|autumn)[_-]?\d{2,4}"
    r"|\d{4}[_-]?(?:fa|fall|sp|spring|su|summer|wi|winter|au|autumn)?)$",
    re.IGNORECASE,
)


class NotRegularFile(ValueError):
    """A FIFO, device or socket where a page was expected."""


@dataclass(frozen=True)
class SiteConfig:
    """What a site's configuration says about reading it."""

    base_url: str | None = None
    exclude: frozenset[str] = frozenset()
    jekyll: bool = False
    values: frozenset[str] = frozenset()
    """Every short string value of the config (``term: fa22``): names an offering."""
    problem: str | None = None
    papers: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)
    """Reading records by id from the site's data files (``_data/papers.yml``:
    ``watts98: {title, url}``), for lecture records that list ids."""
    sessions: dict[str, Any] = field(default_factory=dict, compare=False)
    """Readings by session id from the site's data files (``_data/readings.yml``:
    ``intro: {required: [..]}``), joined to the records with that ``id``."""
    optional_front_matter: bool = False
    """Built by GitHub Pages (no Gemfile, or its ``github-pages`` gem) or with the
    ``jekyll-optional-front-matter`` plugin: Markdown without front matter is rendered."""
    pelican: Pelican | None = field(default=None, compare=False)
    """A Pelican site's URL settings (its link placeholders are rendered with them)."""
    data_under_base: bool = False
    """The generator serves site-absolute paths under the base URL's path (Astro's
    ``base``): a data file's ``/readings/a.pdf`` is ``<base>/readings/a.pdf``."""
    variables: dict[str, str] = field(default_factory=dict, compare=False)
    """Template variables the generator fills in pages (GitBook's ``{{ book.x }}``)."""
    extlinks: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False)
    """Sphinx's ``extlinks`` roles (``:arxiv:`2004.04906```): URL and caption patterns."""
    callouts: dict[str, str] = field(default_factory=dict, compare=False)
    """Just the Docs' callout titles by class (``note``: ``Optional reading``)."""
    includes: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)
    """What each ``_includes/`` template writes before the parameters it renders
    (:func:`include_labels`)."""
    layouts: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)
    """:func:`layout_lists`: what each layout prints over a front matter list."""
    collection_layouts: dict[str, str] = field(default_factory=dict, compare=False)
    """The layout ``_config.yml``'s ``defaults`` give each collection (``lectures``)."""
    notebooks: bool = False
    """The site renders its notebooks as pages (:data:`NOTEBOOK_SITES`)."""
    rendered_by: dict[str, str] = field(default_factory=dict, compare=False)
    """Per Jekyll collection folder (``_modules``) and data file (``data:lectures``), the
    text of the pages that render it (``{% for module in site.modules %}``,
    ``site.data.lectures``): a key to its readings' marks may stand there."""
    templates_filter: bool = False
    """Jekyll's layouts or includes render a value through ``relative_url`` (or prepend
    ``site.baseurl``): a site-absolute path a page's front matter lists is then served
    under the baseurl, as a data file's is."""
    hexo: bool = False
    """A Hexo site: its pages under ``source/``, its posts in ``source/_posts/``, listed
    by category in its theme's templates; ``scaffolds/`` are ``hexo new``'s templates."""
    bundles: bool = False
    """Hugo: a leaf bundle's ``index.md`` is served at its folder's URL, where its
    relative hrefs (a PDF kept in the bundle) resolve."""
    pages_at_own_path: bool = False
    absolute_under_base: bool = False
    """A page's site-absolute href lies under the base URL's path (Quarto reads ``/x``
    from the project's root; Docusaurus serves ``static/`` under its ``baseUrl``)."""
    wikilinks: str = ""
    """A wiki's own links, ``[[..|..]]``: ``gollum`` (a GitHub wiki: text first, then
    the page or URL) or ``obsidian`` (a vault: the note first, then the text)."""
    bibliographies: citations.Bibliographies = citations.Bibliographies()
    """What the site's citations (``{% cite key %}``, ``[@key]``) are resolved against."""
    ignored: tuple[str, ...] = (".",)
    """Prefixes of the file and folder names the generator does not render (Quarto's
    ``_template.qmd``, ``_drafts/``; everyone's ``.git``)."""
    """The generator renders each page at its own path (Quarto: ``lectures/02.qmd`` is
    ``<base>/lectures/02.html``; Sphinx), so a page's relative href is relative to its
    folder."""

    dokuwiki: dokuwiki.Wiki | None = field(default=None, compare=False)
    """A DokuWiki (its page store and link settings): its ``.txt`` pages are read."""

    docs_dir: str | None = None
    """MkDocs: the folder of its pages (``docs``), each page's relative href resolved from
    its folder there, as MkDocs rewrites a link to a file it serves."""
    antora: AntoraSite | None = field(default=None, compare=False)
    """An Antora site's playbook (its site URL) and components (:func:`antora_site`)."""
    org: orgmode.OrgPublish | None = field(default=None, compare=False)
    """An ox-publish site's projects: the ``.org`` files it publishes, and how."""

    def page_base(self, rel: str) -> str | None:
        """The base URL a page's relative hrefs resolve against (*rel*: its path in the site)."""
        folder, _, name = rel.rpartition("/")
        if self.docs_dir is not None:
            folder = "" if folder == self.docs_dir else folder.removeprefix(f"{self.docs_dir}/")
        if self.bundles and self.base_url and name.lower() in BUNDLE_PAGES and folder:
            # a Hugo bundle (content/schedule/week-02/index.md, _index.md) is served at its folder
            served = folder.removeprefix("content/").removeprefix("content")
            return f"{self.base_url.rstrip('/')}/{served}/" if served else self.base_url
        if not self.pages_at_own_path or not self.base_url or not folder:
            return self.base_url
        return f"{self.base_url.rstrip('/')}/{folder}/"

    def unserved_as_written(self, rel: str, reading: Reading) -> Reading:
        """*reading* of the MkDocs page *rel*, its link as written when its relative href
        climbs out of the docs folder (``../readings/a.pdf`` from ``docs/schedule.md``):
        MkDocs serves no such file, and leaves the link as written."""
        href = reading.url.strip()
        if not href.startswith("../") or self.docs_dir is None:
            return reading
        parts = href.split("/")
        ups = next(i for i, part in enumerate(parts) if part != "..")
        depth = rel.count("/") - self.docs_dir.count("/") - 1  # the page's folders in docs/
        return replace(reading, link=href) if ups > depth else reading

    def with_variables(self, text: str) -> str:
        """*text* with its template variables rendered."""
        if not self.variables or "{{" not in text:
            return text
        return _VARIABLE.sub(lambda m: self.variables.get(m.group(1), m.group(0)), text)


_VARIABLE = lazyre.compile(r"\{\{-?\s*(book\.[\w-]+)\s*-?\}\}")


def _strings(data: object) -> Iterator[str]:
    stack = [data]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, str) and len(node) <= 80:
            yield node.strip().lower()
        elif isinstance(node, (list, dict)) and id(node) not in seen:
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)


BUNDLE_PAGES = ("index.md", "index.markdown", "index.html", "_index.md", "_index.markdown")
"""A Hugo leaf bundle's page, or a branch bundle's (``content/docs/week-03/_index.md``):
served at its folder, where its resources sit beside it."""
HUGO_CONFIGS = ("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml")
"""Hugo's site configuration, the first present: its ``baseURL`` is the base URL."""


def read_config(root: Path) -> SiteConfig:
    """Base URL, ``exclude:`` list and offering names from ``_config.yml`` (Jekyll), or
    the base URL from Hugo's ``baseURL``; GitBook's ``book.json`` variables."""
    config = _read_config(root)
    book = root / "book.json"
    if book.is_file():
        config = replace(config, variables=_book_variables(book))
    if any((root / name).is_file() for name in NOTEBOOK_SITES):
        config = replace(config, notebooks=True)
    wiki = dokuwiki.find_wiki(root, read_text)
    if wiki is not None:
        config = replace(config, dokuwiki=wiki, base_url=config.base_url or wiki.base_url)
    org = orgmode.publish_config(root, read_text)  # publish.el: org-publish-project-alist
    config = replace(config, org=org) if org is not None else config
    bibliographies = citations.site_bibliographies(root, read_text)
    config = replace(config, bibliographies=bibliographies) if bibliographies else config
    if (root / ".obsidian").is_dir() or config.docs_dir == QUARTZ_CONTENT:
        return replace(config, wikilinks="obsidian")  # [[Page Name|text]]
    if any((root / name).is_file() for name in GOLLUM_PAGES):
        return replace(config, wikilinks="gollum")  # [[text|Page-Name]]
    return config


GOLLUM_PAGES = ("_Sidebar.md", "_Footer.md", "_Header.md")
"""Pages only a GitHub (Gollum) wiki has: its ``[[text|Page]]`` links are links."""


def page_wiki(path: Path, config: SiteConfig) -> SiteConfig:
    """*config* for *path*, a DokuWiki page read alone or a folder of its page store
    (``data/pages/course``): with the DokuWiki whose page store holds it."""
    if config.dokuwiki is not None or (path.is_file() and path.suffix.lower() not in DOKUWIKI):
        return config
    wiki = dokuwiki.wiki_of(path, read_text)
    if wiki is None:
        return config
    return replace(config, dokuwiki=wiki, base_url=config.base_url or wiki.base_url)


def _book_variables(book: Path) -> dict[str, str]:
    """GitBook's (and Honkit's) ``variables`` of ``book.json``, as ``book.<name>``."""
    try:
        data = json.loads(read_text(book))
    except (OSError, ValueError):
        return {}
    found = data.get("variables") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {f"book.{k}": v for k, v in found.items() if isinstance(v, str) and len(v) < 500}


def _read_config(root: Path) -> SiteConfig:
    config = root / "_config.yml"
    if not config.is_file() or any((root / name).is_file() for name in NOT_JEKYLL):
        pelican = read_settings(root, read_text)
        if pelican is not None:
            return SiteConfig(base_url=pelican.site_url or None, pelican=pelican)
        astro = _js_base_url(root, ASTRO_CONFIGS, "site", "base")
        if astro is not None:  # Astro serves public/ under its base: /x.pdf is <base>/x.pdf
            return SiteConfig(base_url=astro, data_under_base=True, absolute_under_base=True)
        if (root / "_quarto.yml").is_file():
            return SiteConfig(  # Quarto renders no file or folder named _x
                base_url=_yaml_url(root / "_quarto.yml", "website", "site-url"),
                pages_at_own_path=True,
                absolute_under_base=True,
                ignored=(".", "_"),
            )
        if (root / "_site.yml").is_file():  # an R Markdown website: its pages at its root
            return SiteConfig(base_url=_yaml_url(root / "_site.yml", "base_url"))
        if any((root / name).is_file() for name in QUARTZ_CONFIGS):
            return _quartz_config(root)
        if any((root / name).is_file() for name in DOCUSAURUS_CONFIGS):
            docusaurus = _js_base_url(root, DOCUSAURUS_CONFIGS, "url", "baseUrl")
            return SiteConfig(base_url=docusaurus, absolute_under_base=True)
        if (root / "mkdocs.yml").is_file() or (root / "mkdocs.yaml").is_file():
            return _mkdocs_config(root)
        sphinx = next((d for d in SPHINX_SOURCES if (root / d / "conf.py").is_file()), None)
        if sphinx is not None:  # "docs/conf.py": the source folder, its pages served at /
            return SiteConfig(
                base_url=_sphinx_base_url(root / sphinx),
                pages_at_own_path=True,
                extlinks=_sphinx_extlinks(root / sphinx),
                docs_dir=sphinx or None,
            )
        if any((root / name).is_file() for name in ELEVENTY_CONFIGS):
            return SiteConfig(exclude=frozenset(_ignore_file_names(root / ".eleventyignore")))
        hugo = any((root / name).is_file() for name in HUGO_CONFIGS)
        return SiteConfig(base_url=_hugo_base_url(root), bundles=hugo, antora=antora_site(root))
    try:
        data = load(read_text(config))
    except (OSError, ValueError, yaml.YAMLError) as err:
        return SiteConfig(jekyll=True, problem=str(err).splitlines()[0] if str(err) else "")
    if not isinstance(data, dict):
        return SiteConfig(jekyll=True)
    url = _scalar(data.get("url")).rstrip("/")
    baseurl = _scalar(data.get("baseurl")).rstrip("/")
    if baseurl and not baseurl.startswith("/"):
        baseurl = "/" + baseurl
    exclude = data.get("exclude") or []
    names = {_scalar(item).strip("/") for item in exclude} if isinstance(exclude, list) else set()
    hexo = _hexo_site(root, data)
    if hexo:  # scaffolds/ are "hexo new" templates, public/ the built site
        names |= {"scaffolds", "public"}
    return SiteConfig(
        base_url=(url + baseurl) or None,
        exclude=frozenset(names | _unbuilt_folders(root, data)),
        jekyll=True,
        hexo=hexo,
        values=frozenset(_strings(data)),
        collection_layouts=_collection_layouts(data),
        optional_front_matter=_optional_front_matter(root, data),
        templates_filter=filters_data_links(root, ()),
        callouts=_callout_titles(data.get("callouts")),
    )


def _hexo_site(root: Path, data: dict[Any, Any]) -> bool:
    """Whether ``_config.yml`` is Hexo's: its ``source_dir`` or ``new_post_name``, or a
    ``scaffolds/`` folder beside ``source/``."""
    if not (root / "source").is_dir():
        return False
    return "new_post_name" in data or "source_dir" in data or (root / "scaffolds").is_dir()


def _callout_titles(declared: object) -> dict[str, str]:
    """Just the Docs' ``callouts:`` (``note: {title: Optional reading}``): per class, the
    title the theme shows above a ``{: .note }`` blockquote."""
    if not isinstance(declared, dict):
        return {}
    return {
        str(name): _scalar(value.get("title")).strip()
        for name, value in declared.items()
        if isinstance(value, dict) and _scalar(value.get("title")).strip()
    }


JEKYLL_FOLDERS = ("_data", "_posts", "_drafts", "_includes", "_layouts", "_sass", "_plugins")
"""Underscore folders Jekyll reads whatever its config declares."""


def _unbuilt_folders(root: Path, data: dict[Any, Any]) -> set[str]:
    """The ``_x/`` folders of a Jekyll site its config declares no collection for (nor
    ``include:``s), when it declares collections: Jekyll builds nothing from them (a
    template's ``_modules/`` left behind once the site moved to ``_data/``)."""
    declared = data.get("collections")
    if not isinstance(declared, (dict, list)):
        return set()
    names = {f"_{_scalar(name)}" for name in declared}
    included = data.get("include")
    names |= (
        {_scalar(item).strip("/") for item in included} if isinstance(included, list) else set()
    )
    try:
        folders = [entry.name for entry in root.iterdir() if entry.is_dir()]
    except OSError:
        return set()
    return {
        name
        for name in folders
        if name.startswith("_") and name not in names and name not in JEKYLL_FOLDERS
    }


ELEVENTY_CONFIGS = (
    ".eleventy.js",
    ".eleventy.cjs",
    ".eleventy.mjs",
    "eleventy.config.js",
    "eleventy.config.cjs",
    "eleventy.config.mjs",
)


def _ignore_file_names(path: Path) -> set[str]:
    """The plain file and folder names an ignore file lists (``.eleventyignore``:
    ``README.md``, ``drafts/``): never built (globs are not read)."""
    try:
        lines = read_text(path).splitlines()
    except (OSError, ValueError):
        return set()
    names = (line.strip().removeprefix("./").strip("/") for line in lines)
    return {n for n in names if n and not n.startswith("#") and _PLAIN_NAME.fullmatch(n)}


ASTRO_CONFIGS = ("astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts")
_JS_SETTING = r"""\b{name}\s*:\s*['"`]([^'"`\s]+)['"`]"""
DOCUSAURUS_CONFIGS = ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs")


def _js_base_url(root: Path, configs: tuple[str, ...], site: str, base: str) -> str | None:
    """The base URL a JavaScript config names as a host and a path (Astro's ``site`` +
    ``base``, Docusaurus's ``url`` + ``baseUrl``), read as text: the config is code,
    never run."""
    for name in configs:
        path = root / name
        if path.is_file():
            try:
                text = read_text(path)
            except (OSError, ValueError):
                return None
            host = re.search(_JS_SETTING.format(name=site), text)
            under = re.search(_JS_SETTING.format(name=base), text)
            if host is None or "://" not in host.group(1):
                return None
            path_part = under.group(1).strip("/") if under else ""
            return host.group(1).rstrip("/") + (f"/{path_part}" if path_part else "")
    return None


QUARTZ_CONFIGS = ("quartz.config.ts", "quartz.config.js", "quartz.config.mjs")
QUARTZ_CONTENT = "content"
"""The folder of a Quartz site's notes, served at the site's root."""


def _quartz_config(root: Path) -> SiteConfig:
    """A Quartz site (an Obsidian vault published): its ``baseUrl``, a host and path
    without a scheme (``cs5340-nlp.github.io``, served over https), its notes' folder
    (``content``), each note's relative href resolved from its folder there, and the
    plain names of its ``ignorePatterns`` (``private``, ``templates``), never published."""
    base: str | None = None
    ignored: set[str] = set()
    for name in QUARTZ_CONFIGS:
        if (root / name).is_file():
            try:
                text = read_text(root / name)
            except (OSError, ValueError):
                text = ""
            found = re.search(_JS_SETTING.format(name="baseUrl"), text)
            url = found.group(1).rstrip("/") if found else ""
            base = (url if "://" in url else f"https://{url}") if url else None
            patterns = _QUARTZ_IGNORE.search(text)
            listed = _JS_STRING.findall(patterns.group(1)) if patterns else []
            ignored = {item.strip("/") for item in listed if _PLAIN_NAME.fullmatch(item.strip("/"))}
            break
    return SiteConfig(
        base_url=base,
        pages_at_own_path=True,
        docs_dir=QUARTZ_CONTENT,
        exclude=frozenset(ignored),
    )


_QUARTZ_IGNORE = lazyre.compile(r"\bignorePatterns\s*:\s*\[([^\]]*)\]")
"""Quartz's ``ignorePatterns: ["private", "templates"]``: what it never publishes."""
_JS_STRING = lazyre.compile(r"""["'`]([^"'`\n]+)["'`]""")
_PLAIN_NAME = lazyre.compile(r"[^*?\[\]{}!/]+")
"""A pattern that is a plain folder or file name (globs are not read): excluded by name."""


SPHINX_SOURCES = ("", "docs", "doc", "source", "docs/source", "doc/source")
"""Where a Sphinx project keeps its ``conf.py`` and pages (``sphinx-quickstart``'s source
folder, or the repository's ``docs/``): its pages are served from there."""
_SPHINX_BASE = lazyre.compile(r"""^html_baseurl\s*=\s*["']([^"'\s]+)["']""", re.M)


def _sphinx_base_url(root: Path) -> str | None:
    """A Sphinx site's ``html_baseurl`` of its ``conf.py``, read as text, never run."""
    try:
        found = _SPHINX_BASE.search(read_text(root / "conf.py"))
    except (OSError, ValueError):
        return None
    return found.group(1).rstrip("/") if found and "://" in found.group(1) else None


_EXTLINK = lazyre.compile(
    r"""["'](?P<name>[\w-]+)["']\s*:\s*\(\s*["'](?P<url>[^"'\n]*%s[^"'\n]*)["']\s*,\s*"""
    r"""(?:["'](?P<caption>[^"'\n]*)["']|None)\s*\)"""
)
"""An entry of Sphinx's ``extlinks`` (``"arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s")``)."""


def _sphinx_extlinks(root: Path) -> dict[str, tuple[str, str]]:
    """A Sphinx site's ``extlinks`` roles of its ``conf.py``, read as text, never run:
    each role's URL pattern and caption pattern (``%s``: the role's target)."""
    try:
        text = read_text(root / "conf.py")
    except (OSError, ValueError):
        return {}
    start = text.find("extlinks")
    if start < 0:
        return {}
    block = text[start : start + 4000]
    return {m["name"]: (m["url"], m["caption"] or "%s") for m in _EXTLINK.finditer(block)}


def _yaml_url(config: Path, *keys: str) -> str | None:
    """The URL a YAML config gives under *keys* (Quarto's ``website: site-url``, an R
    Markdown website's ``base_url``), without its last slash."""
    try:
        value: object = load(read_text(config))
    except (OSError, ValueError, yaml.YAMLError):
        return None
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, str) or "://" not in value:
        return None
    return value.rstrip("/") or None


_MKDOCS_SETTING = lazyre.compile(r"^(site_url|docs_dir):\s*[\"']?([^\"'#\s]+)", re.MULTILINE)
"""A top-level setting of ``mkdocs.yml``, read as text: real ones carry tags
(``!!python/name:``) that a safe YAML loader rejects."""


def _mkdocs_config(root: Path) -> SiteConfig:
    """An MkDocs site: its ``site_url``, and its pages' folder (``docs_dir``, ``docs``)."""
    name = "mkdocs.yml" if (root / "mkdocs.yml").is_file() else "mkdocs.yaml"
    try:
        settings = dict(_MKDOCS_SETTING.findall(read_text(root / name)))
    except (OSError, ValueError):
        settings = {}
    url = settings.get("site_url", "")
    return SiteConfig(
        base_url=url.rstrip("/") if "://" in url else None,
        pages_at_own_path=True,
        docs_dir=settings.get("docs_dir", "docs").strip("/") or "docs",
    )


def _hugo_base_url(root: Path) -> str | None:
    """A Hugo site's ``baseURL`` (``https://x.netlify.app/``), or a Zola site's
    ``base_url`` in the same ``config.toml``, without its last slash."""
    for name in (*HUGO_CONFIGS, *(f"config/_default/{n}" for n in HUGO_CONFIGS)):
        path = root / name  # config/_default/: Hugo's configuration directory
        if not path.is_file():
            continue
        try:
            text = read_text(path)
            data = load_toml(text) if name.endswith(".toml") else load(text)
        except (OSError, ValueError, yaml.YAMLError):
            return None
        names = ("baseURL", "baseurl", "base_url")  # Hugo's, or Zola's base_url
        value = next(filter(None, map(data.get, names)), None) if isinstance(data, dict) else None
        if not isinstance(value, str) or "://" not in value:
            return None
        return value.rstrip("/") or None
    return None


OPTIONAL_FRONT_MATTER = ("github-pages", "jekyll-optional-front-matter")
"""Gems that render Markdown without front matter (GitHub Pages enables the plugin)."""


def _optional_front_matter(root: Path, data: dict[Any, Any]) -> bool:
    """Whether the build renders Markdown without front matter: GitHub Pages does (a
    site with no Gemfile is built by it), unless ``require_front_matter: true``."""
    if data.get("require_front_matter") in (True, "true"):
        return False
    plugins = [*_listed(data.get("plugins")), *_listed(data.get("gems"))]
    if OPTIONAL_FRONT_MATTER[1] in plugins:
        return True
    gemfile = root / "Gemfile"
    if not gemfile.is_file():
        return True
    try:
        gems = read_text(gemfile)
    except (OSError, ValueError):
        return False
    return any(f'"{gem}"' in gems or f"'{gem}'" in gems for gem in OPTIONAL_FRONT_MATTER)


def _listed(value: object) -> list[str]:
    return [str(item).strip() for item in value] if isinstance(value, list) else []


# "{{ r.url | relative_url }}", "{{ site.baseurl }}{{ paper.pdf }}", "| prepend: site.baseurl":
# a value (not a quoted path) rendered under the site's baseurl
_FILTERED_VALUE = lazyre.compile(
    r"\{\{-?\s*(?!site\.)[A-Za-z_][\w.\[\]'\"]*\s*\|\s*(?:relative_url|absolute_url)\b"
    r"|\{\{-?\s*site\.baseurl\s*-?\}\}\{\{-?\s*(?!site\.)[A-Za-z_]"
    r"|\|\s*prepend:\s*site\.baseurl\b"
)
TEMPLATE_DIRS = ("_includes", "_layouts", "layouts")
"""Jekyll's and Hugo's template folders: not pages, but they render the data files'
values."""
_CALLS = lazyre.compile(
    r"\{%-?\s*include\s+(?P<include>[\w./-]+)"  # Jekyll: {% include schedule.html %}
    r"|\{\{[<%]\s*(?P<shortcode>[\w-]+)"  # Hugo: {{< schedule >}}
    r"|\{\{-?\s*partial\s+\"(?P<partial>[\w./-]+)\""  # a Hugo template's partials
    r"|^layout:\s*[\"']?(?P<layout>[\w-]+)",  # a Jekyll page's layout
    re.MULTILINE,
)
TEMPLATE_DEPTH = 3
"""How deep :func:`_with_templates` follows templates that call templates."""


def _with_templates(
    root: Path, text: str, read: dict[Path, str], depth: int = TEMPLATE_DEPTH
) -> str:
    """*text* and the text of the templates it calls, and those they call: what the
    page renders (a ``{{< schedule >}}`` shortcode looping over ``.Site.Data.schedule``).
    *read* holds the templates read so far (every page calls the same layout)."""
    parts = [text]
    if depth == 0 or ("{" not in text and "layout" not in text):
        return text
    for call in _CALLS.finditer(text):
        name, kind = next((value, kind) for kind, value in call.groupdict().items() if value)
        candidates = {
            "include": [root / "_includes" / name],
            "layout": [root / "_layouts" / f"{name}.html"],
            "shortcode": [
                root / "layouts" / "shortcodes" / f"{name}{ext}" for ext in (".html", ".md")
            ],
            "partial": [root / "layouts" / "partials" / name],
        }[kind]
        for template in candidates:
            if template not in read:
                read[template] = _template_text(root, template)
            if read[template]:
                parts.append(_with_templates(root, read[template], read, depth - 1))
    return "\n".join(parts)


def _template_text(root: Path, template: Path) -> str:
    """A template's text; "" when absent, unreadable, or outside the site (``{% include
    ../../x %}`` never reads a file outside it)."""
    if not template.resolve().is_relative_to(root.resolve()):
        return ""
    try:
        return read_text(template)
    except (OSError, ValueError):
        return ""


_COLLECTION_LOOP = lazyre.compile(r"\{%-?\s*(?:for\s+\w+\s+in|assign\s+\w+\s*=)\s*site\.(\w+)")
"""A loop over a collection, or a variable assigned from it (``{% assign lectures =
site.lectures | sort: "date" %}``, then looped over)."""


def collection_pages(
    root: Path,
    files: Sequence[Path],
    template_pages: Sequence[Path] = (),
    loads: dict[Path, list[Path]] | None = None,
) -> dict[str, str]:
    """Per collection folder (``_modules``), the text of the site's pages that loop over
    it (``{% for module in site.modules %}``), and per data file (keyed by
    :func:`data_key`), of the pages that render it (``site.data.lectures``): the page a
    student reads it on; *template_pages* (:attr:`Walk.templates`) may render a data file
    too (``{% for week in schedule %}``); *loads*, the walk's :attr:`Walk.loads`, saves
    reading each page again for the data files its script loads."""
    tops = {file: file.relative_to(root).parts[0] for file in files}
    keys = {collection_key(file.relative_to(root).as_posix()) for file in files}
    folders = {key for key in keys if key}
    data = {data_key(file.stem) for file in files if file.parent.name in DATA_DIRS}
    found: dict[str, list[str]] = {}
    _keys_for_named_pages([*files, *template_pages], found)
    _keys_for_lecture_pages(files, found)
    _keys_for_site(root, files, found)
    if loads is None:
        loads = data_loads([*files, *template_pages], root)
    _keys_for_loaded_data(loads, found)
    if not folders and not data:
        return {name: "\n".join(texts) for name, texts in found.items()}
    templates: dict[Path, str] = {}
    pages = {**tops, **{file: "" for file in template_pages}}
    for file in pages:
        if file.suffix.lower() not in MARKDOWN | HTML | TEMPLATE_PAGES:
            continue
        try:
            text = read_text(file)
        except (OSError, ValueError):
            continue
        rendered = _with_templates(root, text, templates)
        names = {f"_{name}" for name in _COLLECTION_LOOP.findall(rendered)} & folders
        # Astro: "getCollection('lectures')" renders src/content/lectures/
        names |= {f"content:{n.lower()}" for n in _ASTRO_COLLECTION.findall(rendered)} & folders
        names |= {data_key(name) for name in _data_names(rendered)} & data
        # "{% assign k = "schedule_" | append: site.term %}…site.data[k]": the files whose
        # name the variable builds, one per offering (the walk keeps the rendered one)
        names |= {key for key in data for start in _built_names(rendered) if key.startswith(start)}
        # Eleventy: "{% for week in schedule %}" loops over _data/schedule.json itself
        names |= {data_key(a or b) for a, b in _BARE_LOOP.findall(rendered)} & data
        # the page's words, a key's sentence among them: "Readings marked <span>optional</span> …"
        # the page's words and its includes': "<th>Readings (★ = required)</th>" in the
        # table an include draws is a key as much as a sentence of the page
        words = _TEMPLATE_MARKUP.sub(" ", split_front_matter(rendered)[1]) if names else ""
        words = _BOLD.sub(r"\2", words) if "**" in words or "__" in words else words
        words = IAL.sub("", words) if "{:" in words else words  # "Watch{: .label }"
        for header, shown in _rendered_columns(rendered) if names else ():
            # "Everything in the **Read before class** column …": the field it shows
            words = re.sub(
                rf"{re.escape(header)}(?=[\"”'’*_]*\s+column)", shown, words, flags=re.IGNORECASE
            )
        for label, shown in _template_labels(rendered) if names else ():
            # "Papers listed under **Read before class** are required", the label its
            # include prints over "{% for r in d.readings %}": the field it shows (and
            # so in "Papers under *Optional* and *Background* are ..." each label)
            words = re.sub(  # in italics or quotes too: "under *Read before class*"
                rf"(?:(?<=under\s)[*_\"“'‘]*{re.escape(label)}(?![\w-])[*_\"”'’]*"
                rf"|[*_\"“'‘]+{re.escape(label)}(?![\w-])[*_\"”'’]+):?",
                f"{shown}:",  # as a label is written: the key names a label
                words,
                flags=re.IGNORECASE,
            )
        # "All readings on the schedule are required unless marked optional" on the home
        # page, where schedule.astro renders the collection: the key named for the page
        named = "\n".join(found.get(named_page_key(file.stem), [])) if names else ""
        for name in names:
            # a paragraph's lines joined, as its page shows them ("are\noptional too")
            found.setdefault(name, []).append(_LINE_BREAK.sub(" ", words))
            if named:
                found[name].append(named)
    return {name: "\n".join(texts) for name, texts in found.items()}


_SCRIPT_OR_STYLE = lazyre.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)


def page_words(text: str) -> str:
    """A page's words as a key is read from them: its scripts, styles, tags and template
    markup left out, bold as plain words, a paragraph's lines joined."""
    words = _without_tags(_BOLD.sub(r"\2", _SCRIPT_OR_STYLE.sub(" ", text)))
    return _LINE_BREAK.sub(" ", _TEMPLATE_MARKUP.sub(" ", words))


def _keys_for_loaded_data(loads: dict[Path, list[Path]], found: dict[str, list[str]]) -> None:
    """The words of each page (or app component) that loads a data file by name
    (``fetch("assets/schedule.json")``), kept under the file's :func:`data_key`: the page
    a student reads it on, whose key ("Papers without a star are optional") is its key."""
    for page, paths in loads.items():
        try:
            text = read_text(page)
        except (OSError, ValueError):
            continue
        if page.suffix.lower() in components.COMPONENT_PAGES | components.SCRIPT_PAGES:
            with contextlib.suppress(ValueError):  # the markup it shows: "tagged{' '}optional"
                text = components.component_html(text, page.suffix.lower())
        words = page_words(text)
        for path in paths:
            found.setdefault(data_key(path.stem), []).append(words)


_NAMED_PAGE_KEY = lazyre.compile(
    # "On the Course Schedule page, …": a word may come before the page's name
    rf"\b(?:in|on)\s+the\s+(?P<page>(?:[a-z]+\s+)?{vocab.alternation(vocab.SCHEDULE_PAGES)})"
    # not a part of a page: "Everything else in the Readings column is for the keen"
    r"(?!\s+(?:column|row|cell|section|list|box|tab|table)s?\b)"
    r"(?:\s+page)?\s*[,:]?\s+"
    # the rest of its paragraph, its lines joined: up to a blank line, an item or a heading
    r"(?P<key>(?:[^\n]|\n(?![ \t]*(?:\n|[-*+]\s|[#|>]|\d+[.)]\s))){0,400})",
    re.IGNORECASE,
)
"""A key one page gives for another ("In the schedule, papers marked ◆ are required"),
to the end of its paragraph."""


_HEADER_CELL = lazyre.compile(r"<th\b[^>]{0,200}>(.{0,300}?)</th>", re.IGNORECASE | re.DOTALL)
_ROW_CELL = lazyre.compile(r"<td\b[^>]{0,200}>(.{0,600}?)</td>", re.IGNORECASE | re.DOTALL)
"""A template table's cells, bounded: a page of unclosed cells is read in linear time."""
_CELL_FIELD = lazyre.compile(r"\{\{-?\s*\w+\.(\w+)")


def _rendered_columns(text: str) -> list[tuple[str, str]]:
    """Each column of a template's table and the data field its cells show
    (``<th>Read before class</th>`` over ``<td>{{ row.readings | markdownify }}</td>``):
    one header per cell of the row the loop writes."""
    headers = [_TEMPLATE_MARKUP.sub("", h).strip() for h in _HEADER_CELL.findall(text)]
    cells = _ROW_CELL.findall(text)
    if not headers or len(headers) != len(cells):
        return []
    return [
        (header, field[1])
        for header, cell in zip(headers, cells, strict=True)
        if header and (field := _CELL_FIELD.search(cell)) is not None
    ]


_LABEL_OVER_LOOP = lazyre.compile(
    r"<(?P<tag>h[1-6]|p|strong|b|dt|summary)\b[^>]{0,200}>\s*(?P<label>[^<>{}\n]{2,40}?)\s*"
    r"</(?P=tag)>\s*(?:<[^<>]{0,200}>\s*){0,4}\{%-?\s*for\s+\w+\s+in\s+\w+\.(?P<field>\w+)"
)
"""A label a template prints right before its loop over a data field (``<h4>Read before
class</h4>`` over ``{% for r in d.readings %}``)."""


_LABEL_IN_WITH = lazyre.compile(
    r"\{\{-?\s*(?:with|if)\s+\.(?P<field>\w+)\s*-?\}\}\s*(?:<[^<>]{0,200}>\s*){0,4}"
    r"<(?P<tag>h[1-6]|p|strong|b|dt|summary)\b[^>]{0,200}>\s*(?P<label>[^<>{}\n]{2,40}?)\s*"
    r"</(?P=tag)>"
)
"""A Go template's label inside the block of a field it prints (``{{ with .read }}
<h5>Read before class</h5>``): Hugo's, over the list it ranges over."""


def _template_labels(text: str) -> list[tuple[str, str]]:
    """Each label a template prints over a loop, and the field the loop reads."""
    found = [(m["label"].strip(), m["field"]) for m in _LABEL_OVER_LOOP.finditer(text)]
    if "{{" in text and "with" in text:
        found += [(m["label"].strip(), m["field"]) for m in _LABEL_IN_WITH.finditer(text)]
    return found


def named_page_key(stem: str) -> str:
    """The :func:`collection_pages` name of the key other pages give the page *stem*."""
    return f"page:{stem.lower().replace('-', ' ').replace('_', ' ')}"


def _keys_for_named_pages(files: Sequence[Path], found: dict[str, list[str]]) -> None:
    """Keys a page (the syllabus) gives for the page it names ("In the schedule, papers
    marked ◆ are required; the rest are background"), by that page's name; an app's
    pages too (Astro's ``index.astro`` naming ``schedule.astro``)."""
    pages = PAGES | TEMPLATE_PAGES
    stems = {named_page_key(file.stem) for file in files if file.suffix.lower() in pages}
    if not any(stem.endswith(_SCHEDULE_PAGE_NAMES) for stem in stems):
        return  # no page a key could name: no page is read for one
    for file, text in _page_texts(files, pages):
        if " the " not in text:
            continue
        # "Readings on the [schedule](schedule) are required …": a link's words
        text = _LINKED_WORDS.sub(lambda m: m["md"] or m["html"], text)
        text = _QUOTE_MARK.sub("", text) if ">" in text else text  # a callout's "> " lines
        for match in _NAMED_PAGE_KEY.finditer(text):
            words = match["page"].split()
            # "course schedule" names course-schedule.html, or schedule.md
            named = (named_page_key(" ".join(words)), named_page_key(words[-1]))
            name = next((one for one in named if one in stems), None)
            if name is not None and named_page_key(file.stem) != name:
                # "Most lectures are built around one paper, listed on the schedule
                # after **Preparation:**. That paper is required": its sentence's words
                # before the page's name are the key's too
                opening = _SENTENCE_START.search(text, max(0, match.start() - 160), match.start())
                lead = opening["lead"] if opening is not None else ""
                key = _without_tags(_BOLD.sub(r"\2", f"{lead} {match['key']}"))
                found.setdefault(name, []).append(" ".join(key.split()))


_QUOTE_MARK = lazyre.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_LINKED_WORDS = lazyre.compile(
    r"\[(?P<md>[^\[\]\n]{1,80})\]\((?:\{\{[^{}\n]*\}\}|[^()\s])*\)"
    r"|<a\b[^<>]*>(?P<html>[^<>\n]{1,80})</a>",
    re.I,
)
"""A Markdown or HTML link, whose words are what the page says (its href may be built
by the template: ``[schedule]({{ site.baseurl }}/schedule/)``)."""
_SENTENCE_START = lazyre.compile(
    # or after a block's opening tag: "<p>All readings on the schedule are …"
    r"(?:^|(?<=[.!?])[*_\"”’)]*\s|\n[ \t]*\n|<(?:p|li|div|td|span)\b[^<>]*>)"
    r"(?P<lead>[^.!?\n]*(?:\n(?![ \t]*\n)[^.!?\n]*)*)$"
)
"""The words of a sentence up to where the text searched ends."""


_SCHEDULE_PAGE_NAMES = tuple(
    named_page_key(name).removeprefix("page:") for name in vocab.SCHEDULE_PAGES
)
"""The names of the pages a key may name, as :func:`named_page_key` writes them."""

LECTURE_PAGES_KEY = "pages:one lecture each"
"""The :func:`collection_pages` name of the key other pages give the pages that are one
lecture each (:func:`_keys_for_lecture_pages`)."""
_LECTURE_PAGES = lazyre.compile(
    rf"(?<![a-z]){vocab.alternation(vocab.LECTURE_PAGE_NAMES)}(?![a-z])", re.IGNORECASE
)
_PARAGRAPH_END = lazyre.compile(r"\n[ \t]*\n")
_BOLD = lazyre.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_TAG = lazyre.compile(r"<[^<>\n]*>")


def _without_tags(text: str) -> str:
    """A page's source *text* without its tags and kramdown attribute lists, a badge
    component as the words it shows."""
    if "/>" in text:
        text = COMPONENT_BADGE.sub(r" \g<text> ", text)
    if "{:" in text:  # "**Watch**{: .label .label-grey }": kramdown's attributes, not words
        text = IAL.sub("", text)
    return _TAG.sub(" ", text)


KEY_CHARS = 600
"""How much of the paragraph naming the lecture pages is read as their key."""


def _keys_for_lecture_pages(files: Sequence[Path], found: dict[str, list[str]]) -> None:
    """Keys a page (the syllabus) gives for the pages that are one lecture each, naming
    them ("Each lecture note lists what to read before class under **Readings**;
    everyone is expected to have read those"): the paragraph from the line naming them,
    bold and tags left out, kept under :data:`LECTURE_PAGES_KEY`."""
    for _, text in _page_texts(files):
        if "lecture" not in text.lower():
            continue
        for match in _LECTURE_PAGES.finditer(text):
            start = text.rfind("\n", 0, match.start()) + 1
            end = _PARAGRAPH_END.search(text, match.end())
            paragraph = text[start : end.start() if end else len(text)][:KEY_CHARS]
            found.setdefault(LECTURE_PAGES_KEY, []).append(
                _without_tags(_BOLD.sub(r"\2", paragraph))
            )


_LINE_BREAK = lazyre.compile(r"(?<!\n)[ \t]*\n(?![ \t]*\n)")
"""A line break inside a paragraph of a page's source."""
SITE_KEY = "site:course info"
"""The :func:`collection_pages` name of the text of the course's information pages
(:data:`vocab.COURSE_INFO_PAGES`): the key of any page that gives none itself."""
_COURSE_INFO = frozenset(vocab.COURSE_INFO_PAGES)


_FRONT_PAGE = lazyre.compile(r"""<meta\s+name=["']front_page["']\s+content=["']true["']""")
"""A Canvas export's mark of the course's front page (``wiki_content/course-home.html``)."""


def _course_info(file: Path, root: Path) -> bool:
    """A page of the course's information: named so (:data:`vocab.COURSE_INFO_PAGES`;
    an ``index`` or ``README`` of a numbered folder, ``week-03/_index.md``, is a week's
    or a lecture's, not the course's), or a Canvas export's front page."""
    stem = file.stem.lower()
    if stem in _COURSE_INFO:
        folder = file.parent.name if file.parent != root else ""
        return not (stem in _BUNDLE_NAMES and any(ch.isdigit() for ch in folder))
    if file.parent.name == "wiki_content" and file.suffix.lower() in HTML:
        try:
            with file.open("rb") as handle:
                return bool(_FRONT_PAGE.search(handle.read(4096).decode("utf-8", "replace")))
        except OSError:
            return False
    return False


_BUNDLE_NAMES = frozenset(("index", "_index", "readme"))
_TOC_ROOT = lazyre.compile(r"^root:\s*[\"']?([^\"'#\s]+)", re.M)
_SPHINX_ROOT = lazyre.compile(r"^(?:root_doc|master_doc)\s*=\s*[\"']([^\"']+)[\"']", re.M)


def _book_roots(root: Path) -> set[str]:
    """The pages a Jupyter Book's ``_toc.yml`` (``root: intro``) or a Sphinx
    ``conf.py`` (``root_doc = "start"``, read as text) opens the site with: its home."""
    found: set[str] = set()
    for name, pattern, folder in (
        ("_toc.yml", _TOC_ROOT, ""),
        ("conf.py", _SPHINX_ROOT, ""),
        ("docs/conf.py", _SPHINX_ROOT, "docs/"),
    ):
        config = root / name
        if config.is_file():
            with contextlib.suppress(OSError, ValueError):
                found.update(
                    folder + page.strip("/") for page in pattern.findall(read_text(config))
                )
    return {
        Path(page).with_suffix("").as_posix() if "." in Path(page).name else page for page in found
    }


def _keys_for_site(root: Path, files: Sequence[Path], found: dict[str, list[str]]) -> None:
    """The text of the course's home and syllabus pages (``index.md``, ``README.md``,
    ``syllabus.html``), bold and tags left out, kept under :data:`SITE_KEY`; without
    the keys it gives a page it names ("In the schedule, …"): those are its alone."""
    roots = _book_roots(root)
    info = [
        file
        for file in files
        if _course_info(file, root) or file.relative_to(root).with_suffix("").as_posix() in roots
    ]
    # index.rst too, and an app's page or a template's (Astro's src/pages/index.astro)
    for file, text in _page_texts(info, PAGES | TEMPLATE_PAGES):
        text = orgmode.without_bold(text) if file.suffix.lower() in ORG else text  # *Also:*
        text = emoji_shortcodes(text)  # "Readings marked :star: are required": as drawn
        text = _NAMED_PAGE_KEY.sub(" ", text) if " the " in text else text
        words = _without_tags(_BOLD.sub(r"\2", text))
        # a paragraph's lines joined, as its page shows them ("you are expected\nto have read")
        found.setdefault(SITE_KEY, []).append(_LINE_BREAK.sub(" ", words))


_INCLUDE_LABEL = lazyre.compile(
    r"(?P<label>[A-Za-z][\w ()'’/-]{0,40}:)\s*(?:<[^<>]*>\s*)*\{\{-?\s*include\.(?P<param>\w+)"
)


def include_labels(folder: Path) -> dict[str, dict[str, str]]:
    """What each include template in *folder* (``_includes/``) writes before the
    parameters it renders: ``<strong>Optional:</strong> {{ include.optional }}``."""
    found: dict[str, dict[str, str]] = {}
    if not folder.is_dir():
        return found
    for template in sorted(folder.rglob("*")):
        if not template.is_file() or template.is_symlink():
            continue
        try:
            text = read_text(template)
        except (OSError, ValueError):
            continue
        labels = {m["param"]: m["label"] for m in _INCLUDE_LABEL.finditer(text)}
        if labels:
            found[template.relative_to(folder).as_posix()] = labels
    return found


_PAGE_LOOP = lazyre.compile(r"\{%-?\s*for\s+\w+\s+in\s+page\.(?P<field>\w+)\b[^%]*-?%\}")
_LIQUID_BLOCK_END = lazyre.compile(r"\{%-?\s*(?:end\w+|else|elsif[^%]*)\s*-?%\}")


def hugo_layout_lists(root: Path) -> dict[str, dict[str, str]]:
    """Per section of a Hugo site, the words its page layout (``layouts/slides/
    single.html``, else ``layouts/_default/single.html``) prints inside the block of each
    front matter field it shows (``{{ with .primary }}<h3>Primary Reading</h3>``), by
    field; under ``hugo:<section>``."""
    folder = root / "layouts"
    found: dict[str, dict[str, str]] = {}
    if not folder.is_dir():
        return found
    for template in sorted(folder.glob("*/single.html")):
        try:
            text = read_text(template)
        except (OSError, ValueError):
            continue
        labels = {m["field"]: m["label"].strip() for m in _LABEL_IN_WITH.finditer(text)}
        if labels:
            found[f"hugo:{template.parent.name}"] = labels
    return found


def layout_lists(root: Path, defaults: dict[str, str]) -> dict[str, dict[str, str]]:
    """Per layout of a Jekyll site (``_layouts/lecture.html``, by name), the words it
    prints right before each front matter list it loops over (``<h3>Required
    reading</h3>`` over ``{% for r in page.readings %}``), by field; and under ``""``,
    the layout each collection's pages get from ``_config.yml``'s ``defaults``
    (``{scope: {type: lectures}, values: {layout: lecture}}``: *defaults*, read with
    the rest of the configuration)."""
    folder = root / "_layouts"
    found: dict[str, dict[str, str]] = {}
    if not folder.is_dir():
        return found
    for template in sorted(folder.glob("*.htm*")):
        try:
            text = read_text(template)
        except (OSError, ValueError):
            continue
        labels: dict[str, str] = {}
        for loop in _PAGE_LOOP.finditer(text):
            before = text[: loop.start()]
            ends = list(_LIQUID_BLOCK_END.finditer(before))
            before = before[ends[-1].end() :] if ends else before[-400:]
            words = re.sub(r"\{[{%].*?[%}]\}|<[^>]*>", "\n", before)
            lines = [line.strip() for line in words.splitlines() if line.strip()]
            if lines:
                labels[loop["field"]] = lines[-1]
        if labels:
            found[template.stem] = labels
    if found and defaults:
        found[""] = dict(defaults)
    return found


def _collection_layouts(data: dict[str, Any]) -> dict[str, str]:
    """The layout ``_config.yml``'s ``defaults`` (parsed: *data*) give each collection's
    pages, by type."""
    layouts: dict[str, str] = {}
    defaults = data.get("defaults")
    for rule in defaults if isinstance(defaults, list) else []:
        if not isinstance(rule, dict):
            continue
        scope, values = rule.get("scope"), rule.get("values")
        if isinstance(scope, dict) and isinstance(values, dict):
            kind, layout = scope.get("type"), values.get("layout")
            if isinstance(kind, str) and isinstance(layout, str):
                layouts[kind] = layout
    return layouts


def data_key(name: str) -> str:
    """How :func:`collection_pages` names a data file: ``data:lectures``."""
    return f"data:{name.lower()}"


def collection_key(rel: str) -> str:
    """How :func:`collection_pages` names the collection a page at *rel* is in: Jekyll's
    by its folder (``_modules``), Astro's by its name (``content:lectures`` for
    ``src/content/lectures/w01.md``); "" for a page in none."""
    parts = rel.split("/")
    if len(parts) > 1 and parts[0].startswith("_"):
        return parts[0]
    if len(parts) > 3 and parts[:2] == ["src", "content"]:
        return f"content:{parts[2].lower()}"
    return ""


_ASTRO_COLLECTION = lazyre.compile(r"\bgetCollection\(\s*[\"'`]([\w-]+)[\"'`]")
"""An Astro page's query of a content collection (``getCollection('lectures', …)``)."""


def filters_data_links(root: Path, pages: Iterable[Path]) -> bool:
    """Whether the site's pages or templates render a data value through
    ``relative_url`` (or prepend ``site.baseurl`` to one): its data files' site-absolute
    paths are then served under the baseurl."""
    files = [*pages]
    for name in TEMPLATE_DIRS:
        folder = root / name
        if folder.is_dir():
            files += sorted(f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    texts = _page_texts(files, MARKDOWN | HTML | TEMPLATE_PAGES)  # al-folio's .liquid too
    return any(_FILTERED_VALUE.search(text) for _, text in texts)


def _page_texts(
    files: Iterable[Path], suffixes: frozenset[str] | set[str] = MARKDOWN | HTML
) -> Iterator[tuple[Path, str]]:
    """Each Markdown or HTML file of *files* (or of other *suffixes*) with its text
    (unreadable ones left out)."""
    for file in files:
        if file.suffix.lower() not in suffixes:
            continue
        try:
            yield file, read_text(file)
        except (OSError, ValueError):
            continue


def _scalar(value: object) -> str:
    """A config value as text; a list or mapping (or an alias bomb) is no URL."""
    return str(value).strip() if isinstance(value, (str, int, float)) else ""


def excluded(rel: str, patterns: Iterable[str]) -> bool:
    """Whether the site-relative path *rel* matches an ``--exclude`` GLOB.

    A pattern without ``/`` matches any file or directory name on the path;
    one with ``/`` matches the path from the site root (and what is under it).
    """
    parts = rel.split("/")
    for pattern in patterns:
        pattern = pattern.strip().strip("/")
        if not pattern:
            continue
        if "/" not in pattern:
            if any(fnmatch.fnmatchcase(part, pattern) for part in parts):
                return True
        elif any(
            fnmatch.fnmatchcase("/".join(parts[:i]), pattern) for i in range(1, len(parts) + 1)
        ):
            return True
    return False


@dataclass
class Walk:
    """Files to read under *root*, and what was skipped on the way."""

    root: Path
    config: SiteConfig
    patterns: Sequence[str] = ()
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """``(relative path, why)`` for files that look like pages but are not read."""
    templates: list[Path] = field(default_factory=list)
    """The page templates (:data:`TEMPLATE_PAGES`) met on the walk, for their keys."""
    loads: dict[Path, list[Path]] = field(default_factory=dict)
    """Per page or template, the data files its script loads (:func:`data_loads`)."""

    def files(self) -> list[Path]:
        found = list(self._walk())
        found += [p for p in self._listed(found) if p not in found]
        found += self._session_posts(found)
        self.loads = data_loads([*found, *self.templates], self.root)
        found = _with_loaded_data(found, self.loads)
        found = orgmode.without_pieces(found, read_text)  # #+SETUPFILE: setup.org
        found = _latex_pages(_without_rendered(found), self.root, self.config.jekyll)
        return _one_offering(found, self.root, self.config.values)

    def _listed(self, pages: list[Path]) -> Iterator[Path]:
        """Data files a Quarto page lists (``listing: contents: schedule.yml``): Quarto
        renders them as the page's listing, wherever they sit."""
        for page in pages:
            if page.suffix.lower() != ".qmd":
                continue
            for name in _listing_contents(page):
                for path in sorted(page.parent.glob(name)) if "*" in name else [page.parent / name]:
                    try:
                        rel = path.resolve().relative_to(self.root.resolve()).as_posix()
                    except (OSError, ValueError):
                        continue  # outside the site
                    listed = path.suffix.lower() in DATA and path.is_file()
                    if listed and not excluded(rel, self.patterns):
                        yield self.root / rel

    def _session_posts(self, pages: list[Path]) -> list[Path]:
        """Jekyll posts of a category (or tag) that names sessions, which a page of the
        site lists (``{% for post in site.categories.lecture %}``): each is a page of the
        course, dated by its file name; the other posts are news."""
        posts = self.root / "source" / "_posts" if self.config.hexo else self.root / "_posts"
        if not self.config.jekyll or "_posts" in self.config.exclude or not posts.is_dir():
            return []
        templates = [
            path
            for folder in ("_layouts", "_includes")
            for path in sorted((self.root / folder).glob("*.htm*"))
        ]
        if self.config.hexo:  # a Hexo theme's layouts list the posts of a category
            templates += [
                path
                for path in sorted((self.root / "themes").glob("*/layout/**/*"))
                if path.suffix.lower() in HEXO_TEMPLATES and path.is_file()
            ]
        listed: set[str] = set()
        for page in [*pages, *templates]:
            try:
                text = read_text(page)
            except (OSError, ValueError):
                continue
            if "site." in text:
                for match in _POSTS_OF.finditer(text):
                    listed.add(next(name for name in match.groups() if name).lower())
        sessions = listed & _SESSION_CATEGORIES
        if not sessions:
            return []
        found: list[Path] = []
        for path in sorted(posts.rglob("*")):
            rel = path.relative_to(self.root).as_posix()
            if path.suffix.lower() not in PAGES or excluded(rel, self.patterns):
                continue
            try:
                meta = load(split_front_matter(read_text(path))[0] or "")
            except (OSError, ValueError, yaml.YAMLError):
                continue
            if isinstance(meta, dict) and sessions & post_labels(meta) and path.is_file():
                found.append(path)
        return found

    def _walk(self) -> Iterator[Path]:
        seen: set[tuple[int, int]] = set()
        org = self.config.org  # an ox-publish site: its projects' files, not its output
        skip = SKIP_DIRS | self.config.exclude | _build_dirs(self.root)
        skip |= org.output_dirs if org is not None else set()
        org_pages = org is not None or _renders_org(self.root, self.config)
        plain_repo = not any((self.root / name).is_file() for name in (*ORG_BLIND, *HUGO_CONFIGS))
        wiki = self.config.dokuwiki
        store = _real(wiki.pages) if wiki is not None else None
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            here = Path(dirpath)
            info = here.stat()
            if (info.st_dev, info.st_ino) in seen:
                dirnames[:] = []
                continue
            seen.add((info.st_dev, info.st_ino))
            rel_dir = here.relative_to(self.root).as_posix()
            prefix = "" if rel_dir == "." else rel_dir + "/"
            wiki_part = _wiki_part(here, self.root, store) if store is not None else ""
            dirnames[:] = sorted(
                (
                    d
                    for d in dirnames
                    if not d.startswith(self.config.ignored)
                    and (d not in skip or wiki_part == "store")  # a namespace of any name
                    and not excluded(prefix + d, self.patterns)
                ),
                key=natural_order,
            )
            if wiki is not None and wiki_part:  # a DokuWiki: its page store's pages
                if wiki_part == "root":
                    dirnames[:] = [d for d in dirnames if d not in dokuwiki.install_dirs(here)]
                elif wiki_part == "savedir":
                    dirnames[:] = [d for d in dirnames if _real(here / d) == store]
                    continue
                elif wiki_part == "store":
                    yield from (
                        here / name
                        for name in sorted(filenames)
                        if Path(name).suffix.lower() in DOKUWIKI
                        and not name.startswith(self.config.ignored)
                        and not excluded(prefix + name, self.patterns)
                        and wiki.page_id(here / name) is not None
                    )
                    continue
            # Jekyll and Hugo read data subfolders too (data/weeks/01.yaml: site.data.weeks)
            in_data = any(part in DATA_DIRS for part in Path(rel_dir).parts)
            for name in sorted(filenames, key=natural_order):
                if name in self.config.exclude or name.lower() in SKIP_FILES:
                    continue
                if name.startswith(self.config.ignored) or excluded(prefix + name, self.patterns):
                    continue
                suffix = Path(name).suffix.lower()
                if suffix in ASCIIDOC and not _antora_page(here / name, self.root):
                    continue
                if suffix in ORG and not (org.publishes(here / name) if org else org_pages):
                    continue
                # a schedule notebook where the site renders notebooks, or in a repository
                # with no generator: GitHub renders it ("the schedule is schedule.ipynb")
                notebook = suffix in NOTEBOOKS and (self.config.notebooks or plain_repo)
                notebook = notebook and _schedule_notebook(name)
                # "syllabus.txt": a plain-text page, named as the course's
                text_page = suffix == plaintext.SUFFIX and _course_page(here / name)
                text_page = text_page and not (wiki is not None and wiki_part)
                component_file = suffix in components.COMPONENT_PAGES | components.SCRIPT_PAGES
                component = component_file and _component_page(here / name, prefix + name)
                page_file = suffix in PAGES or (suffix in DATA and in_data) or notebook
                # "schedule.csv" in a course repository with no generator: GitHub shows it
                # as the schedule's table
                page_file = page_file or (
                    plain_repo and suffix in _TABLE_DATA and _schedule_data(here / name)
                )
                if page_file or component or text_page:
                    yield here / name
                elif suffix in components.COMPONENT_PAGES and components.is_page(prefix + name):
                    self.templates.append(here / name)  # a page drawn from data: its loads
                elif suffix in TEMPLATE_PAGES and not any(
                    part.startswith("_") for part in Path(rel_dir).parts
                ):
                    self.templates.append(here / name)


def _component_page(path: Path, rel: str) -> bool:
    """Whether a template or component file is a page of literal markup
    (:mod:`readlist.extract.components`): where pages are taken from, and no loop."""
    if not components.is_page(rel):
        return False
    try:
        text = read_text(path)
    except (OSError, ValueError):
        return path.suffix.lower() not in components.SCRIPT_PAGES  # its error: a page's
    if path.suffix.lower() in components.SCRIPT_PAGES and not components.is_script_page(rel, text):
        return False
    return not components.loops(text)


ORG_BLIND = (
    *("_config.yml", "mkdocs.yml", "mkdocs.yaml", "_quarto.yml", "_site.yml", "conf.py"),
    *("book.toml", "_toc.yml", "myst.yml", "antora-playbook.yml", "pelicanconf.py"),
    *DOCUSAURUS_CONFIGS,
    *ASTRO_CONFIGS,
)
"""Configs of generators that render no Org file (they copy or ignore it)."""


def _renders_org(root: Path, config: SiteConfig) -> bool:
    """Whether a site without an ox-publish config publishes its ``.org`` files as
    pages: not when another generator that renders no Org builds it (Jekyll without
    its ``jekyll-org`` plugin, MkDocs, Quarto, Sphinx...; Hugo renders Org)."""
    if config.jekyll and "jekyll-org" in config.values:
        return True
    return not any((root / name).is_file() for name in ORG_BLIND)


def _wiki_part(folder: Path, root: Path, store: Path) -> str:
    """Which part of a DokuWiki *folder* is: ``root`` (the site's top, where its
    install's folders are), ``savedir`` (the folder above the page store: its
    ``attic/``, ``meta/``, ``media/``, ``cache/`` are no pages), ``store`` (the page
    store or a namespace in it), or ``""``."""
    real = _real(folder)
    if real == store or store in real.parents:
        return "store"
    if real == store.parent:
        return "savedir"
    return "root" if folder == root else ""


def _schedule_notebook(name: str) -> bool:
    """Whether a notebook is the site's schedule page by its name (``schedule.ipynb``,
    ``readings.ipynb``: :data:`vocab.SCHEDULE_PAGES`), not a lecture's notes."""
    return named_page_key(Path(name).stem).removeprefix("page:") in _SCHEDULE_PAGE_NAMES


def _antora_page(path: Path, root: Path) -> bool:
    """Whether an AsciiDoc file is a page its generator publishes: in an Antora
    component (a folder with ``antora.yml``), only ``modules/NAME/pages/`` holds pages
    (``nav.adoc``, ``partials/`` and ``examples/`` are pieces of pages), and a file
    whose name starts with ``_`` is hidden."""
    folder = _antora_component(path, root)
    if folder is None:
        return True
    parts = path.relative_to(folder).parts
    return (
        len(parts) >= 4
        and parts[0] == "modules"
        and parts[2] == "pages"
        and not any(part.startswith("_") for part in parts)
    )


def _antora_component(path: Path, root: Path) -> Path | None:
    """The Antora component folder (the one with ``antora.yml``) *path* lies in, within
    the site's *root*; ``None`` outside any."""
    for folder in path.parents:
        if (folder / "antora.yml").is_file():
            return folder
        if folder == root or root not in folder.parents:
            return None
    return None


ANTORA_PLAYBOOKS = (
    *("antora-playbook.yml", "antora-playbook.yaml"),
    *("local-antora-playbook.yml", "local-antora-playbook.yaml"),
)
"""An Antora playbook at a site's root, the first present: its ``site.url`` is where
the components' pages and attachments are published."""


@dataclass(frozen=True)
class AntoraSite:
    """What an Antora playbook says about publishing: the site URL and the version of
    each component its local content sources hold."""

    site_url: str = ""
    versions: dict[str, str | None] = field(default_factory=dict)


def antora_site(root: Path) -> AntoraSite | None:
    """The Antora site *root* builds: its playbook's ``site.url`` and the components of
    its local sources (``url: .`` with ``start_path: docs``), or of ``antora.yml`` at the
    root; ``None`` with neither a playbook nor a root component."""
    playbook: object = None
    for name in ANTORA_PLAYBOOKS:
        if (root / name).is_file():
            try:
                playbook = load(read_text(root / name))
            except (OSError, ValueError, yaml.YAMLError):
                playbook = {}
            break
    if playbook is None and not (root / "antora.yml").is_file():
        return None
    site = playbook.get("site") if isinstance(playbook, dict) else None
    url = _scalar(site.get("url")) if isinstance(site, dict) else ""
    folders = [root, *_antora_sources(root, playbook)]
    versions: dict[str, str | None] = {}
    for folder in folders:
        component = _antora_descriptor(folder)
        if component is not None:
            versions.setdefault(*component)
    return AntoraSite(site_url=url.rstrip("/") if "://" in url else "", versions=versions)


def _antora_sources(root: Path, playbook: object) -> Iterator[Path]:
    """The folders of a playbook's local content sources (``url: .``, each
    ``start_path``/``start_paths`` under it), inside *root*."""
    content = playbook.get("content") if isinstance(playbook, dict) else None
    sources = content.get("sources") if isinstance(content, dict) else None
    for source in sources if isinstance(sources, list) else []:
        if not isinstance(source, dict):
            continue
        url = _scalar(source.get("url"))
        if not url or "://" in url or url.startswith("git@"):
            continue
        starts = source.get("start_paths", source.get("start_path", ""))
        listed = starts if isinstance(starts, list) else _scalar(starts).split(",")
        for start in listed:
            folder = (root / url / _scalar(start).strip()).resolve()
            if folder.is_relative_to(root.resolve()) and "*" not in str(start):
                yield folder


def _antora_descriptor(folder: Path) -> tuple[str, str | None] | None:
    """A component's name and version from its ``antora.yml`` (``version: ~``: none)."""
    try:
        data = load(read_text(folder / "antora.yml"))
    except (OSError, ValueError, yaml.YAMLError):
        return None
    if not isinstance(data, dict) or not _scalar(data.get("name")):
        return None
    version = data.get("version")
    written = _scalar(version) if version is not True else ""
    return _scalar(data.get("name")), written or None


def antora_page(path: Path, root: Path, site: AntoraSite | None) -> AntoraPage | None:
    """Where Antora publishes the page *path* (``modules/<module>/pages/..`` of a
    component), ``None`` for a file in no component."""
    folder = _antora_component(path, root)
    described = _antora_descriptor(folder) if folder is not None else None
    if folder is None or described is None:
        return None
    parts = path.relative_to(folder).parts
    module = parts[1] if len(parts) >= 3 and parts[0] == "modules" else "ROOT"
    site = site or AntoraSite()
    return AntoraPage(
        component=described[0],
        version=described[1],
        module=module,
        site_url=site.site_url,
        versions=site.versions,
    )


def antora_links(readings: Iterable[Reading], page: AntoraPage) -> tuple[Reading, ...]:
    """*readings* of an Antora page, those written as a resource ID
    (``attachment$readings/a.pdf``) linked to where Antora publishes it."""
    return tuple(
        replace(r, link=link) if (link := resource_link(r.url, page)) is not None else r
        for r in readings
    )


_POSTS_OF = lazyre.compile(
    # Hexo: "site.categories.findOne({ name: 'lectures' })"
    r"""site\.(?:categories|tags)\.findOne\(\s*\{\s*name\s*:\s*["']([\w -]+)["']"""
    r"""|site\.(?:categories|tags)(?:\.([\w-]+)|\[\s*["']([\w -]+)["']\s*\])"""
    r"""|where\s*:\s*["'](?:categories|category|tags)["']\s*,\s*["']([\w -]+)["']"""
)
"""A template's list of posts of one category or tag (``site.categories.lecture``,
``site.tags["class"]``, ``site.posts | where: "category", "lecture"``)."""
_SESSION_CATEGORIES = frozenset(
    form for word in vocab.SESSION_WORDS for form in (word, f"{word}s", f"{word}-notes")
)
"""Post categories that name sessions (``lecture``, ``classes``): a course's pages."""


def post_labels(meta: dict[str, Any]) -> set[str]:
    """A post's categories and tags, lowercased (lists, or words in one string)."""
    labels: set[str] = set()
    for name in ("categories", "category", "tags", "tag"):
        value = meta.get(name)
        words = (
            value.split() if isinstance(value, str) else value if isinstance(value, list) else []
        )
        labels.update(str(word).lower() for word in words)
    return labels


_DATA_LITERAL = lazyre.compile(
    # "schedule.json", `${import.meta.env.BASE_URL}schedule.yaml`: a name after a prefix
    r"""["'`](?:\$\{[^{}"'`\n]{1,80}\}/?)?([^"'`\s<>{}$]+\.(?:json|ya?ml|csv|tsv))(?:\?[^"'`\s]*)?["'`]""",
    re.I,
)
_SCRIPT_SRC = lazyre.compile(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"':]+\.js)["']""", re.I)


_CODE_PAGES = frozenset((".qmd", ".rmd", ".ipynb"))
"""Pages whose code chunks run when the site is built (Quarto, R Markdown, notebooks)."""
_APP_SOURCES = frozenset((".vue", ".jsx", ".tsx", ".svelte", ".astro", ".js", ".ts", ".mdx"))
"""An app's components, whose script may fetch the data its template shows (and MDX
pages, which import it)."""
SERVED_AT_ROOT = ("public", "static")
"""Folders a generator serves at the site's root (Vite's and Next.js's ``public/``,
Hugo's and SvelteKit's ``static/``): ``fetch("/schedule.json")`` is a file in them."""


def data_loads(pages: Iterable[Path], root: Path) -> dict[Path, list[Path]]:
    """Per page that loads data files by name (:func:`page_loads`), those files."""
    return {page: found for page in pages if (found := page_loads(page, root))}


def _loaded_data(files: list[Path], loads: dict[Path, list[Path]]) -> list[Path]:
    """Data files a page's script loads by name (``fetch("schedule.json")``,
    ``$.getJSON("assets/lectures.json")``, in the page or a local script it
    includes; an app component's ``fetch(`${BASE_URL}schedule.yaml`)``, served from
    ``public/``), or its code chunk (``knitr::kable(readr::read_csv("schedule.csv"))`` in
    an R Markdown or Quarto page), wherever they are: the page shows what they hold;
    *loads* is :func:`data_loads` of the site's pages and templates."""
    found = [path for paths in loads.values() for path in paths]
    if not found:
        return []
    read = {_real(path) for path in files}
    unique: dict[Path, Path] = {}
    for path in found:
        if _real(path) not in read:
            unique.setdefault(_real(path), path)
    return list(unique.values())


def _with_loaded_data(files: list[Path], loads: dict[Path, list[Path]]) -> list[Path]:
    """*files* with the data files their pages load (:func:`_loaded_data`), each read
    right after the first page that loads it, as the page shows it there (one only a
    template loads: at the end)."""
    extra = _loaded_data(files, loads)
    if not extra:
        return files
    waiting = {_real(path): path for path in extra}
    by_page: dict[Path, list[Path]] = {}
    for page, paths in loads.items():
        by_page.setdefault(_real(page), []).extend(paths)
    ordered: list[Path] = []
    for page in files:
        ordered.append(page)
        for path in by_page.get(_real(page), ()):
            if _real(path) in waiting:
                ordered.append(waiting.pop(_real(path)))
    return ordered + list(waiting.values())


def page_loads(page: Path, root: Path) -> list[Path]:
    """The data files *page* loads by name (see :func:`_loaded_data`)."""
    if page.suffix.lower() not in HTML | _CODE_PAGES | _APP_SOURCES:
        return []
    try:
        text = read_text(page)
    except (OSError, ValueError):
        return []
    sources = [(text, page.parent)]
    top = _real(root)
    found: list[Path] = []
    for src in _SCRIPT_SRC.findall(text):
        script = _local(src, page.parent, root)
        if script is not None:
            try:
                code = read_text(script)
            except (OSError, ValueError):
                continue
            sources.append((code, page.parent))
            if jsdata.records_module(code):  # "js/lectures.js": window.SCHEDULE = [{…}]
                found.append(script)
    for name in _IMPORTED.findall(text) if "import" in text else ():
        module = _module(name, page.parent, root)  # "../content/lectures": a module's data
        if module is not None and _real(module).is_relative_to(top):
            try:
                if jsdata.records_module(read_text(module)):
                    found.append(module)
            except (OSError, ValueError):
                continue
    for source, base in sources:
        for name in _DATA_LITERAL.findall(source):
            path = _local(name, base, root) or _served_at_root(name, root)
            if path is not None and _real(path).is_relative_to(top) and _plain_data(path):
                found.append(path)
    return found


_IMPORTED = lazyre.compile(
    r"""\bimport\b[^;'"]{0,200}?\bfrom\s+["']((?:\.{1,2}/|[@~]/|@site/)[^"'\s]+)["']"""
)
"""A module a page imports by path: ``import { lectures } from '../content/lectures'``."""
_MODULE_SUFFIXES = (".ts", ".js", ".mjs", ".json")


def _module(name: str, base: Path, root: Path) -> Path | None:
    """The site file an import names (``../content/lectures`` is ``lectures.ts``;
    ``@/content/x`` and ``~/content/x`` are under ``src/``; Docusaurus's
    ``@site/src/data/x`` under the folder of its ``docusaurus.config``)."""
    if name.startswith(("@/", "~/")):
        base, name = root / "src", name[2:]
    elif name.startswith("@site/"):
        base, name = _docusaurus_site(base, root), name[len("@site/") :]
    path = Path(os.path.normpath(base / name))  # "src/pages/../content/x": src/content/x
    if path.suffix.lower() in _MODULE_SUFFIXES and path.is_file():
        return path
    return next(
        (
            candidate
            for suffix in _MODULE_SUFFIXES
            if (candidate := path.with_name(path.name + suffix)).is_file()
        ),
        None,
    )


def _docusaurus_site(base: Path, root: Path) -> Path:
    """The Docusaurus site *base* is in: the nearest folder up to *root* holding its
    ``docusaurus.config``, else *root*."""
    folder = base
    while folder.is_relative_to(root):
        if any((folder / f"docusaurus.config{ext}").is_file() for ext in (".js", ".ts", ".mjs")):
            return folder
        if folder == root:
            break
        folder = folder.parent
    return root


def _served_at_root(name: str, root: Path) -> Path | None:
    """The file a site-root URL names in a folder served at the root (``public/``)."""
    for folder in SERVED_AT_ROOT:
        path = root / folder / name.lstrip("./")
        if path.is_file():
            return path
    return None


def _real(path: Path) -> Path:
    """*path* resolved, or as given when it cannot be (a symlink loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _plain_data(path: Path) -> bool:
    """A data file as written, not a template the generator renders (``search.json``
    with front matter and Liquid)."""
    try:
        return not read_text(path).lstrip().startswith(("---", "{%"))
    except (OSError, ValueError):
        return False


def _local(ref: str, base: Path, root: Path) -> Path | None:
    """The site file *ref* names, relative to *base* (or the site root for ``/x``)."""
    if "//" in ref:
        return None
    path = root / ref.lstrip("/") if ref.startswith("/") else Path(os.path.normpath(base / ref))
    if not path.is_file():
        path = root / ref.lstrip("./")
    return path if path.is_file() else None


def _without_rendered(files: list[Path]) -> list[Path]:
    """*files* without the HTML a Markdown (or AsciiDoc) source beside it renders to
    (``schedule.md`` and the ``schedule.html`` pandoc made of it, ``schedule.adoc`` and
    Asciidoctor's ``schedule.html``): one page, read from its source; but an Org file
    beside the page ox-html exported from it (``schedule.org``, ``schedule.html``) is
    read from that page, the one the site serves."""
    sources = {(p.parent, p.stem.lower()) for p in files if p.suffix.lower() in MARKDOWN | ASCIIDOC}
    exported = {(p.parent, p.stem.lower()) for p in files if p.suffix.lower() in HTML}
    return [
        p
        for p in files
        if (p.suffix.lower() not in HTML or (p.parent, p.stem.lower()) not in sources)
        and (p.suffix.lower() not in ORG or (p.parent, p.stem.lower()) not in exported)
    ]


def _course_page(file: Path) -> bool:
    """Whether a document's name is a page of the course (``syllabus.tex``,
    ``schedule.tex``, ``readme.tex``; :data:`vocab.SCHEDULE_PAGES`,
    :data:`vocab.COURSE_INFO_PAGES`), not a lecture's notes or a homework
    (``notes/lec03.tex``, ``hw1.tex``), whose references are no course's readings."""
    stem = named_page_key(file.stem).removeprefix("page:")
    words = set(stem.split())
    return (
        stem in _COURSE_INFO
        or any(name in words or stem.endswith(name) for name in _SCHEDULE_PAGE_NAMES)
        or bool(words & _COURSE_WORDS)
    )


_TABLE_DATA = frozenset((".csv", ".tsv", ".yml", ".yaml", ".json", ".toml"))
_SCHEDULE_DATA_NAMES = (*vocab.SCHEDULE_PAGES, "syllabus")
"""What a data file is named for, in words of its name (``reading-list.tsv``, Airtable's
``Reading list-Grid view.csv``)."""


def _schedule_data(file: Path) -> bool:
    """Whether a data file's name says it is the course's schedule (``schedule.csv``,
    ``reading-list.tsv``, ``syllabus.yml``), not a roster or office hours."""
    if notion.exported(file.stem):
        return False  # a Notion database's export beside its pages, which are read
    words = f" {named_page_key(file.stem).removeprefix('page:')} "
    return any(f" {name} " in words for name in _SCHEDULE_DATA_NAMES)


_COURSE_WORDS = frozenset(("syllabus", "schedule", "course", "main", "outline"))
"""Words of a LaTeX document's name that make it the course's page (``cs229-syllabus``,
``course-outline``, ``main``)."""


def _latex_pages(files: list[Path], root: Path, jekyll: bool) -> list[Path]:
    """*files* without the LaTeX files that are no page of their own: a part (no
    ``\\begin{document}``: ``macros.tex``, a chapter) or a document another one inputs
    is read through the document that inputs it; a beamer deck is a lecture's slides;
    a document beside an HTML page is the source of the page its folder publishes
    (TeX4ht's ``syllabus.html``, pandoc's ``index.html``): the page is read; and a
    *jekyll* site copies a ``.tex`` file as it is, a static file, not a page."""
    sources = [file for file in files if file.suffix.lower() in LATEX]
    if not sources or jekyll:
        return [file for file in files if file.suffix.lower() not in LATEX]
    published = {file.parent for file in files if file.suffix.lower() in HTML}
    documents: set[Path] = set()
    inputs: set[Path] = set()
    for file in sources:
        try:
            text = read_text(file)
        except (OSError, ValueError):
            documents.add(file)  # its reader says why it cannot be read
            continue
        for name in latex.input_names(text):
            found = latex.input_path(name, file.parent, root)
            inputs |= {found} if found is not None and found != _real(file) else set()
        if file.parent not in published and latex.is_document(text) and _course_page(file):
            documents.add(file)
    keep = {file for file in documents if _real(file) not in inputs}
    return [file for file in files if file.suffix.lower() not in LATEX or file in keep]


def _listing_contents(page: Path) -> list[str]:
    """The data files a Quarto page's ``listing:`` names as its ``contents``."""
    try:
        front, _ = split_front_matter(read_text(page))
        meta = load(front) if front else None
    except (OSError, ValueError, yaml.YAMLError):
        return []
    listing = meta.get("listing") if isinstance(meta, dict) else None
    found: list[str] = []
    for entry in listing if isinstance(listing, list) else [listing]:
        contents = entry.get("contents") if isinstance(entry, dict) else None
        for name in contents if isinstance(contents, list) else [contents]:
            if isinstance(name, str) and Path(name).suffix.lower() in DATA and ".." not in name:
                found.append(name.strip().lstrip("/"))
    return found


OUTPUT_SETTINGS = {
    "_quarto.yml": "output-dir",
    "_site.yml": "output_dir",  # R Markdown websites (distill, blogdown's rmarkdown sites)
    "_config.yml": "destination",  # Jekyll
    "mkdocs.yml": "site_dir",
    "_pkgdown.yml": "destination",
    "mkdocs.yaml": "site_dir",
    **dict.fromkeys(HUGO_CONFIGS, "publishDir"),
}
"""Where a generator's config says it writes the built site (often ``docs/``, which
GitHub Pages serves): a copy of the pages, not more of them."""


def _build_dirs(root: Path) -> set[str]:
    found = {
        name for name, configs in BUILD_DIRS.items() if any((root / c).is_file() for c in configs)
    }
    if (root / "_quarto.yml").is_file():
        found.add("_site")  # Quarto's default output-dir
    configured = False
    for config, setting in OUTPUT_SETTINGS.items():
        if (root / config).is_file():
            configured = True
            folder = _output_dir(root / config, setting)
            if folder:
                found.add(folder)
    if configured:  # the sources are here: a folder of generated pages is their copy
        found |= {d.name for d in _folders(root) if d.name not in found and _generated_copy(d)}
    return found


GENERATOR_META = lazyre.compile(
    r"<meta\s+name=[\"']generator[\"']\s+content=[\"'](?:jekyll|hugo|mkdocs|docusaurus|quarto"
    r"|pelican|hexo|eleventy|gatsby|astro|vitepress|honkit|gitbook|zola|jupyter book|pkgdown)\b"
    r"|<!--\s*Generated by pkgdown\b",
    re.IGNORECASE,
)
"""The mark a site generator leaves in the pages it builds (pkgdown's a comment too:
``<!-- Generated by pkgdown: do not edit by hand -->``)."""
GENERATOR_WINDOW = 8192
"""The generator's mark is looked for in this many first characters (the ``<head>``)."""
GENERATED_SAMPLE = 5
"""How many of a folder's HTML pages are looked at for a generator's mark."""


def _folders(root: Path) -> list[Path]:
    try:
        return sorted(d for d in root.iterdir() if d.is_dir() and not d.name.startswith((".", "_")))
    except OSError:
        return []


def _generated_copy(folder: Path) -> bool:
    """Whether *folder*'s HTML pages were built by a site generator (``docs/`` holding
    ``jekyll build --destination docs``'s output, with ``<meta name="generator"
    content="Jekyll v4.3.3">``)."""
    for page in islice(folder.rglob("*.html"), GENERATED_SAMPLE):
        try:
            head = read_text(page)[:GENERATOR_WINDOW]  # never waits on a FIFO named x.html
        except (OSError, ValueError):
            continue
        if GENERATOR_META.search(head):
            return True
    return False


def _output_dir(config: Path, setting: str) -> str | None:
    """The top folder *setting* names in *config* (``publishDir = "docs"``), if it lies
    inside the site."""
    pattern = rf"^[ \t]*{setting}[ \t]*[:=][ \t]*['\"]?\.?/?([\w.-]+)"
    try:
        match = re.search(pattern, read_text(config), re.M)
    except (OSError, ValueError):
        return None
    return match.group(1) if match and match.group(1) not in (".", "..") else None


def term_of(stem: str) -> tuple[str, str] | None:
    """``("schedule", "fa22")`` for ``schedule_fa22``, ``("schedule", "old")`` for
    ``schedule_old`` (an archive word: :data:`ARCHIVE_DIRS`), ``("", "fa25")`` for a file
    named by its term alone (``fa25.yml``); ``None`` without either."""
    match = _TERM.search(stem)
    if match is not None and match.start() == 0 and match.end() == len(stem):
        return "", match.group(0).strip("_-").lower()
    if match is None or match.start() == 0:
        head, sep, tail = stem.rpartition("_" if "_" in stem else "-")
        if sep and head and tail.lower() in ARCHIVE_DIRS:
            return head, tail.lower()
        return None
    return stem[: match.start()], match.group(0).strip("_-").lower()


def _term_rank(term: str) -> tuple[int, int]:
    if not term:
        return 10_000, 0  # no term: the file staff keep current
    if term in ARCHIVE_DIRS:
        return -1, 0  # "schedule_old": below every term
    digits = "".join(ch for ch in term if ch.isdigit())
    year = int(digits) if digits else 0
    year = year + 2000 if year < 100 else year
    season = "".join(ch for ch in term.lower() if ch.isalpha())[:2]
    return year, vocab.TERM_ORDER.get(season, 1)


ARCHIVE_DIRS = frozenset({"archive", "archives", "past", "old", "previous", "past-offerings"})
"""Folders that keep past offerings of the course beside the current one."""


_NUMBER = lazyre.compile(r"(\d+)")


def natural_order(name: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """A file name's place in its folder, numbers read as numbers (``Lecture 2 …`` before
    ``Lecture 10 …``, as a person lists them), else as the name sorts; by its stem first
    (``schedule.md`` before ``schedule-part2.md``), then its extension."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    parts = tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in _NUMBER.split(stem)
    )
    return parts, suffix


def offering_folder(file: str) -> str | None:
    """The past or other offering a site file belongs to: its nearest folder named by
    a term (``fa22/``, ``spring-2024/``, ``2023/``) or an archive (``archive/``,
    ``past/``), else a page's own name when that is a term alone or a schedule page's
    with its term (``fa23.md``, ``schedule_sp24.md``); ``None`` for the site's own pages."""
    parts = file.lower().split("/")
    for name in reversed(parts[:-1]):
        if name in ARCHIVE_DIRS or _is_term(name):
            return name
    stem, _, suffix = parts[-1].rpartition(".")
    if f".{suffix}" in DATA:
        return None  # a data file's term is _one_offering's to weigh
    if _is_term(stem):
        return stem  # "fa23.md" beside the README of this term
    termed = term_of(stem)
    if termed is not None and termed[0] and _is_term(termed[1]):
        page = named_page_key(termed[0].strip("_- ")).removeprefix("page:")
        return termed[1] if page in _SCHEDULE_PAGE_NAMES else None
    return None


_TERM_IN_NAME = lazyre.compile(
    r"(?<![a-z0-9])(?:(?:19|20)\d\d[-_ ]?(?:spring|summer|fall|autumn|winter|sp|su|fa|wi|au)"
    r"|(?:spring|summer|fall|autumn|winter|sp|su|fa|wi|au)[-_ ]?(?:19|20)?\d\d)(?![a-z0-9])",
    re.IGNORECASE,
)
"""A term written inside a page's name (``2021-spring`` in ``2021-spring-cs224.md``)."""


def other_offerings(files: Iterable[str], named: frozenset[str]) -> set[str]:
    """Pages of one folder named alike but for their term (``_teaching/2021-spring-cs224.md``
    and ``2024-spring-cs224.md``), offerings of one course: all but the one staff name
    (a config value), else the latest."""
    dropped: set[str] = set()
    families: dict[str, list[tuple[str, str]]] = {}
    for file, (family, term) in _termed(files).items():
        families.setdefault(family, []).append((term, file))
    for members in families.values():
        if len({term for term, _ in members}) < 2:
            continue
        chosen = next((f for term, f in members if term in named), None)
        chosen = chosen or max(members, key=lambda member: _term_rank(member[0]))[1]
        dropped.update(file for _, file in members if file != chosen)
    return dropped


def _termed(files: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Each page named with a term: its family (its folder and the rest of its name) and
    its term."""
    found: dict[str, tuple[str, str]] = {}
    for file in files:
        folder, _, name = file.rpartition("/")
        stem = name.rsplit(".", 1)[0]
        term = _TERM_IN_NAME.search(stem)
        if term is None:
            continue
        rest = (stem[: term.start()] + " " + stem[term.end() :]).strip(" -_").lower()
        if rest:
            found[file] = (f"{folder}/{rest}", term.group(0).lower())
    return found


def _is_term(name: str) -> bool:
    if _TERM.fullmatch(name) is None:
        return False
    digits = "".join(ch for ch in name if ch.isdigit())
    return len(digits) == 2 or digits[:2] in ("19", "20")


def offering_rank(name: str | None) -> tuple[int, int]:
    """Newer offerings rank higher; the site's own pages above every folder of one,
    an archive below them."""
    return _term_rank(name or "")


def _one_offering(files: list[Path], root: Path, named: frozenset[str]) -> list[Path]:
    """Data files that hold one offering each (``schedule_fa21.yml``, ``schedule_fa22.yml``,
    and ``schedule.yml`` beside them): only the one a page renders
    (``site.data.schedule_fa22``), else the one the config names (``term: fa22``),
    else the one without a term, else the latest term."""
    families: dict[tuple[Path, str], list[tuple[str, Path]]] = {}
    plain: list[Path] = []
    for path in files:
        # in a data folder, or a folder of one (al-folio's _data/courses/cs599_fa23.yml)
        data_dir = path.parent.name in DATA_DIRS or path.parent.parent.name in DATA_DIRS
        if data_dir and path.suffix.lower() in DATA:
            found = term_of(path.stem)
            if found is not None:
                families.setdefault((path.parent, found[0]), []).append((found[1], path))
            else:
                plain.append(path)
    for path in plain:  # lectures.yml beside lectures_sp25.yml: the current offering
        family = families.get((path.parent, path.stem))
        if family is not None:
            family.append(("", path))
    dropped: set[Path] = set()
    shown: set[str] | None = None
    for members in families.values():
        if len(members) < 2:
            continue
        if shown is None:
            shown = named_data(root, files)  # the pages', and the templates' (Hugo's too)
        rendered = [p for _, p in members if p.stem.lower() in shown]
        chosen = (
            rendered[0]
            if len(rendered) == 1
            else next((p for term, p in members if term in named), None)
            or max(members, key=lambda member: _term_rank(member[0]))[1]
        )
        dropped.update(p for _, p in members if p != chosen)
    return [path for path in files if path not in dropped]


_TEMPLATE_MARKUP = lazyre.compile(r"<[^<>]*>")
"""A page's or a template's tags: its words, a key's sentence among them, are read
without them."""


_BARE_LOOP = lazyre.compile(
    r"\{%-?\s*for\s+\w+\s+in\s+([\w-]+)(?:\.[\w.]+)?\s*(?:\|[^%]*)?-?%\}|\b([\w$]+)\.map\("
)
"""A loop over a global data name (Eleventy's ``_data/schedule.json`` is ``schedule``,
also looped over by a field of it, ``{% for week in schedule.weeks %}``; a React page's
``schedule.map(…)`` of ``src/data/schedule.ts``)."""
_DATA_NAME = lazyre.compile(
    r"""\bdata(?:\.|\[\s*["'])([\w-]+(?:(?:\.|\[\s*["'])[\w-]+)*)""", re.IGNORECASE
)
"""A data file a template names, with the folders it sits in (``site.data.courses.cs599``)."""
_NAME_PARTS = lazyre.compile(r"""[\w-]+""")


def named_data(root: Path, pages: Iterable[Path]) -> set[str]:
    """The data files the site's pages and templates name (``site.data.schedule``,
    ``site.data["weeks"]``, Hugo's ``.Site.Data.schedule``), lowercased."""
    files = [*pages]
    for name in TEMPLATE_DIRS:
        folder = root / name
        if folder.is_dir():
            files += sorted(f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return {name.lower() for name in _data_names(_page_text(files))}


def _data_names(text: str) -> set[str]:
    """Each name a data value *text* renders is found by: its file's, and its folders'
    (``site.data.courses.cs599``: ``courses``, ``cs599``)."""
    return {part for name in _DATA_NAME.findall(text) for part in _NAME_PARTS.findall(name)}


_BUILT_NAME = lazyre.compile(
    r"""\{%-?\s*assign\s+(?P<var>\w+)\s*=\s*["'](?P<start>[\w-]+)["']\s*\|\s*append\s*:"""
)
"""A Liquid variable that builds a data file's name from a literal start and a value
(``{% assign data_key = "schedule_" | append: site.term %}``)."""


def _built_names(text: str) -> set[str]:
    """The start of each data file name a page builds and then renders by it
    (``site.data[data_key]``), as :func:`data_key` names the files: ``data:schedule_``."""
    if "append" not in text:
        return set()
    return {
        data_key(match["start"])
        for match in _BUILT_NAME.finditer(text)
        if re.search(rf"\bdata\[\s*{match['var']}\s*\]", text)
    }


def _page_text(files: list[Path]) -> str:
    """The text of the site's pages and layouts, to find which data file they render."""
    parts = []
    for path in files:
        if path.suffix.lower() not in DATA:
            try:
                parts.append(read_text(path))
            except (OSError, ValueError):
                continue
    return "\n".join(parts)


def read_text(path: Path) -> str:
    """The text of a regular file of at most :data:`MAX_BYTES`.

    Raises ``ValueError`` (:class:`NotRegularFile` for a FIFO or a device, never
    waiting on one) or ``OSError``.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile("not a regular file")
        if info.st_size > MAX_BYTES:
            raise ValueError(f"too large to be a course page ({info.st_size // 1_000_000} MB)")
        raw = handle.read(MAX_BYTES + 1)
    if b"\x00" in raw[:8192]:
        raise ValueError("binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ValueError(f"line {line}: invalid UTF-8") from None


def generated(text: str) -> bool:
    """Whether readlist wrote this file (its marker near the top)."""
    return GENERATED_MARKER in text[:MARKER_WINDOW].lower()
