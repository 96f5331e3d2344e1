"""Readings cited from a BibTeX file: ``{% cite key %}``, ``[@key]``.

Some course sites keep their readings in a ``.bib`` file and cite them by key; the
page's source then holds no link at all, and the rendered page links each paper from
its bibliography.  Three generators do it:

* Jekyll with jekyll-scholar: ``{% cite a b %}``, ``{% reference a %}`` (and
  ``--file other`` for ``other.bib``) against ``scholar.source`` /
  ``scholar.bibliography`` of ``_config.yml`` (``./_bibliography``,
  ``references.bib`` by default);
* pandoc's citations, ``[@a; @b]``, ``[see @a, ch. 3]``, ``[-@a]``, ``@a``, against the
  ``bibliography:`` a page's front matter gives (Quarto, R Markdown, pandoc) or the
  project's (``_quarto.yml``);
* MkDocs with the mkdocs-bibtex plugin (``bib_file``, ``bib_dir``), the same syntax.

Each citation of an entry is written, before the page is read, as the link its
bibliography gives the entry: ``[Title](url)``, the entry's ``url``, else
``https://doi.org/<doi>``, else ``https://arxiv.org/abs/<eprint>``; an entry with none
of these has no link, and its key is left as the page's text.  Entries are read by
:func:`readlist.overrides.parse_overrides` (bibtexparser 2, LaTeX decoded to text):
one reader of BibTeX for the whole tool.  Nothing is written over the page's lines:
a citation stays on the line it was written on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from readlist.extract.yamldata import load
from readlist.overrides import parse_overrides

MAX_BIB_BYTES = 8 * 1024 * 1024
"""A bibliography larger than this is not read (a whole lab's ``.bib`` is far smaller)."""


@dataclass(frozen=True)
class Bibliographies:
    """Where a site's citations are resolved."""

    files: tuple[Path, ...] = ()
    """The site's own bibliographies (``_quarto.yml``'s, jekyll-scholar's, mkdocs-bibtex's)."""
    scholar_dir: Path | None = None
    """jekyll-scholar's ``source`` folder: ``--file other`` is ``other.bib`` there."""
    liquid: bool = False
    """Whether ``{% cite %}`` tags are jekyll-scholar's (the site uses the plugin)."""
    cache: dict[Path, dict[str, tuple[str, str]]] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.files or self.liquid)

    def entries(self, paths: tuple[Path, ...]) -> dict[str, tuple[str, str]]:
        """Key -> (title, link) of the entries in *paths*, the first file's first."""
        found: dict[str, tuple[str, str]] = {}
        for path in paths:
            if path not in self.cache:
                self.cache[path] = _read_bib(path)
            for key, value in self.cache[path].items():
                found.setdefault(key, value)
        return found


def _read_bib(path: Path) -> dict[str, tuple[str, str]]:
    try:
        if not path.is_file() or path.stat().st_size > MAX_BIB_BYTES:
            return {}
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for entry in parse_overrides(text, str(path)).entries:
        found[entry.key] = (entry.metadata.title, entry.link)
    return found


def site_bibliographies(root: Path, read_text: Callable[[Path], str]) -> Bibliographies:
    """The bibliographies *root*'s generator resolves citations against."""
    files: list[Path] = []
    scholar_dir: Path | None = None
    liquid = False
    jekyll = _yaml(root / "_config.yml", read_text)
    scholar = jekyll.get("scholar") if isinstance(jekyll, dict) else None
    plugins = jekyll.get("plugins") or jekyll.get("gems") if isinstance(jekyll, dict) else None
    if isinstance(scholar, dict) or (isinstance(plugins, list) and "jekyll-scholar" in plugins):
        scholar = scholar if isinstance(scholar, dict) else {}
        scholar_dir = root / str(scholar.get("source") or "_bibliography")
        names = scholar.get("bibliography") or "references.bib"
        for name in names if isinstance(names, list) else [names]:
            files.append(_bib_path(scholar_dir / str(name)))
        liquid = True
    quarto = _yaml(root / "_quarto.yml", read_text)
    if isinstance(quarto, dict):
        files += [root / name for name in _names(quarto.get("bibliography"))]
    for name in ("mkdocs.yml", "mkdocs.yaml"):
        if (root / name).is_file():
            files += _mkdocs_bibs(root, read_text(root / name))
    return Bibliographies(tuple(dict.fromkeys(files)), scholar_dir, liquid)


def _yaml(path: Path, read_text: Callable[[Path], str]) -> Any:
    if not path.is_file():
        return None
    try:
        return load(read_text(path))
    except (OSError, ValueError, yaml.YAMLError):
        return None


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def _bib_path(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(".bib")


_MKDOCS_BIB = re.compile(r"^\s*(bib_file|bib_dir)\s*:\s*[\"']?([^\"'#\n]+?)[\"']?\s*$", re.M)
"""mkdocs-bibtex's settings, read as text (``mkdocs.yml`` often carries Python tags)."""


def _mkdocs_bibs(root: Path, text: str) -> list[Path]:
    if "bibtex" not in text:
        return []
    found: list[Path] = []
    for match in _MKDOCS_BIB.finditer(text):
        where = root / match.group(2).strip()
        if match.group(1) == "bib_dir":
            found += sorted(where.glob("*.bib")) if where.is_dir() else []
        else:
            found.append(where)
    return found


def page_bibliographies(meta: Mapping[str, Any] | None, page_dir: Path) -> tuple[Path, ...]:
    """The bibliographies a page's front matter names (``bibliography: refs.bib``)."""
    if not meta:
        return ()
    return tuple(page_dir / name for name in _names(meta.get("bibliography")))


_LIQUID_CITE = re.compile(
    r"\{%-?\s*(?P<tag>cite|citet|citep|reference|cite_details)\s+(?P<args>[^%]*?)\s*-?%\}"
)
_CITATION_GROUP = re.compile(
    r"\[(?P<body>[^\[\]\n]*@[^\[\]\n]*)\](?![(\[])(?!:\s*<?(?:https?:|mailto:|/|\.\.?/|#))"
)
"""A pandoc citation group: ``[see @a, ch. 3; @b]``, ``[@a]: sections 1–6`` (not a
link's text, ``[@a](u)``, nor a link's definition, ``[@a]: https://…``)."""
_CITATION_KEY = re.compile(r"(?<![\w@.+\[-])(?P<minus>-)?@(?P<key>\w[\w:.#$%&+?<>~/-]*)")
"""A citation's key (``-@a`` leaves the authors out: the link is the same); one right
after ``[`` is in a group or a link's text (``[@a](u)``), never alone."""
_KEY_END = ":.#$%&+?<>~/-"


def _link(key: str, entries: Mapping[str, tuple[str, str]]) -> str | None:
    """The Markdown link an entry's citation renders as, None for an unknown key."""
    entry = entries.get(key)
    if entry is None:
        return None
    title, link = entry
    shown = title.replace("[", "(").replace("]", ")")
    return f"[{shown}](<{link}>)" if link else shown


def _cited_key(match: re.Match[str], entries: Mapping[str, tuple[str, str]]) -> str | None:
    """The key a ``@key`` match names: as matched, or without trailing punctuation."""
    key = match["key"]  # "@a<br>", "@a.": a key may hold such signs, so try each cut
    cuts = (key[:at] for at in range(len(key) - 1, 0, -1) if key[at] in _KEY_END)
    return next((cut for cut in (key, *cuts) if cut in entries), None)


def pandoc_cited(text: str, entries: Mapping[str, tuple[str, str]]) -> str:
    """*text* with each pandoc citation of a known entry written as its link."""
    if "@" not in text or not entries:
        return text

    def key_link(match: re.Match[str]) -> str:
        key = _cited_key(match, entries)
        if key is None:
            return match.group(0)
        rest = match["key"][len(key) :]
        return f"{_link(key, entries)}{rest}"

    def group(match: re.Match[str]) -> str:
        body = _CITATION_KEY.sub(key_link, f" {match['body']}")[1:]  # "[@a" opens it
        return match.group(0) if body == match["body"] else body  # "[see @a, ch. 3]"

    lines = text.split("\n")
    fence = ""
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
            continue
        if fence or "@" not in line:
            continue
        line = _CITATION_GROUP.sub(group, line)
        lines[index] = _CITATION_KEY.sub(key_link, line)
    return "\n".join(lines)


def liquid_cited(text: str, bibs: Bibliographies) -> str:
    """*text* with each jekyll-scholar tag (``{% cite a b --file other %}``) written as
    the links of the entries it cites."""
    if "{%" not in text or not bibs.liquid:
        return text

    def tag(match: re.Match[str]) -> str:
        words = match["args"].split()
        keys: list[str] = []
        files = list(bibs.files)
        index = 0
        while index < len(words):
            word = words[index]
            if word.startswith("-"):
                value = words[index + 1] if index + 1 < len(words) else ""
                if word in ("--file", "-f") and bibs.scholar_dir is not None and value:
                    files = [_bib_path(bibs.scholar_dir / value)]
                index += 2 if word in ("--file", "-f", "--locator", "-l", "--label") else 1
                continue
            keys.append(word)
            index += 1
        entries = bibs.entries(tuple(files))
        links = [_link(key, entries) or key for key in keys]
        return ", ".join(links)

    return _LIQUID_CITE.sub(tag, text)


def cited(text: str, bibs: Bibliographies, meta: Mapping[str, Any] | None, page_dir: Path) -> str:
    """A Markdown page's *text* with its citations written as links (see the module)."""
    own = page_bibliographies(meta, page_dir)
    if not (bibs or own) or ("@" not in text and "{%" not in text):
        return text
    text = liquid_cited(text, bibs)
    paths = own + bibs.files
    return pandoc_cited(text, bibs.entries(paths)) if paths else text
