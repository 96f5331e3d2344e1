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
from typing import Any, NamedTuple

import yaml

from readlist import lazyre
from readlist.extract import classify
from readlist.extract.yamldata import load
from readlist.overrides import parse_overrides


class Cited(NamedTuple):
    """What a bibliography says of an entry a page cites."""

    title: str
    link: str
    """Its link (see the module); "" when it has none."""
    names: str = ""
    """Its authors as a citation names them: ``Vaswani et al.``, ``Garg and Zou``."""
    year: str = ""


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
    roles: bool = False
    """Whether sphinxcontrib-bibtex's roles are read (``{cite}`a```, ``:cite:p:`a```):
    a Jupyter Book or Sphinx project names its ``bibtex_bibfiles``."""
    cache: dict[Path, dict[str, Cited]] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.files or self.liquid or self.roles)

    def entries(self, paths: tuple[Path, ...]) -> dict[str, Cited]:
        """Key -> (title, link) of the entries in *paths*, the first file's first."""
        found: dict[str, Cited] = {}
        for path in paths:
            if path not in self.cache:
                self.cache[path] = _read_bib(path)
            for key, value in self.cache[path].items():
                found.setdefault(key, value)
        return found


def _read_bib(path: Path) -> dict[str, Cited]:
    try:
        if not path.is_file() or path.stat().st_size > MAX_BIB_BYTES:
            return {}
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    found: dict[str, Cited] = {}
    for entry in parse_overrides(text, str(path)).entries:
        meta = entry.metadata
        year = str(meta.year) if meta.year else ""
        found[entry.key] = Cited(meta.title, entry.link, _names_cited(meta.authors), year)
    return found


def _names_cited(authors: tuple[str, ...]) -> str:
    """``Vaswani et al.``, ``Garg and Zou``, ``Mikolov``: the authors by surname."""
    surnames = [name.split()[-1] for name in authors if name.split()]
    if len(surnames) > 2:
        return f"{surnames[0]} et al."
    return " and ".join(surnames)


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
    roles = False
    if isinstance(jekyll, dict) and jekyll.get("bibtex_bibfiles"):  # a Jupyter Book's
        files += [root / name for name in _names(jekyll.get("bibtex_bibfiles"))]
        roles = True
    for conf in SPHINX_CONFS:  # read as text, never run
        if (root / conf).is_file():
            named = _sphinx_bibs(read_text(root / conf))
            files += [(root / conf).parent / name for name in named]
            roles = roles or bool(named)
    quarto = _yaml(root / "_quarto.yml", read_text)
    if isinstance(quarto, dict):
        files += [root / name for name in _names(quarto.get("bibliography"))]
    for name in ("mkdocs.yml", "mkdocs.yaml"):
        if (root / name).is_file():
            files += _mkdocs_bibs(root, read_text(root / name))
    return Bibliographies(tuple(dict.fromkeys(files)), scholar_dir, liquid, roles)


SPHINX_CONFS = ("conf.py", "docs/conf.py", "source/conf.py", "docs/source/conf.py")
_SPHINX_BIBS = lazyre.compile(r"^bibtex_bibfiles\s*=\s*[\[(](?P<names>[^\])]*)[\])]", re.M)
_QUOTED = lazyre.compile(r"[\"']([^\"'\n]+)[\"']")


def _sphinx_bibs(conf: str) -> list[str]:
    """The ``bibtex_bibfiles`` a Sphinx ``conf.py`` names (its text, never run)."""
    match = _SPHINX_BIBS.search(conf)
    return _QUOTED.findall(match["names"]) if match else []


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


_MKDOCS_BIB = lazyre.compile(r"^\s*(bib_file|bib_dir)\s*:\s*[\"']?([^\"'#\n]+?)[\"']?\s*$", re.M)
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


_LIQUID_CITE = lazyre.compile(
    r"\{%-?\s*(?P<tag>cite|citet|citep|reference|cite_details)\s+(?P<args>[^%]*?)\s*-?%\}"
)
_CITATION_GROUP = lazyre.compile(
    r"\[(?P<body>[^\[\]\n]*@[^\[\]\n]*)\](?![(\[])(?!:\s*<?(?:https?:|mailto:|/|\.\.?/|#))"
)
"""A pandoc citation group: ``[see @a, ch. 3; @b]``, ``[@a]: sections 1–6`` (not a
link's text, ``[@a](u)``, nor a link's definition, ``[@a]: https://…``)."""
_CITATION_KEY = lazyre.compile(r"(?<![\w@.+\[-])(?P<minus>-)?@(?P<key>\w[\w:.#$%&+?<>~/-]*)")
"""A citation's key (``-@a`` leaves the authors out: the link is the same); one right
after ``[`` is in a group or a link's text (``[@a](u)``), never alone."""
_KEY_END = ":.#$%&+?<>~/-"


def _label(entry: Cited, textual: bool) -> str:
    """The words a citation shows beside a link of its own work: ``Bengio et al.
    [2003]`` (sphinxcontrib-bibtex's author-year style), ``[Bengio et al., 2003]``."""
    names = entry.names or entry.title
    if not entry.year:
        return names
    return f"{names} [{entry.year}]" if textual else f"[{names}, {entry.year}]"


_LINK_URL = r"(?:<(?P<u1>[^>\n]*)>|(?P<u2>[^()\s]*))"
_BESIDE = {
    "md": (
        lazyre.compile(rf"\[(?P<text>[^\[\]\n]*)\]\({_LINK_URL}\)\]?\s*$"),
        lazyre.compile(rf"\s*\[?\[(?P<text>[^\[\]\n]*)\]\]?\({_LINK_URL}\)"),
    ),
    "rst": (
        lazyre.compile(r"`(?P<text>[^`<\n]*)<(?P<u1>[^>\n]*)>`__?\s*$"),
        lazyre.compile(r"\s*\[?`(?P<text>[^`<\n]*)<(?P<u1>[^>\n]*)>`__?"),
    ),
    "latex": (
        lazyre.compile(r"\\href\{(?P<u1>[^{}]*)\}\{(?P<text>[^{}]*)\}\]?\s*$"),
        lazyre.compile(r"\s*\[?\\href\{(?P<u1>[^{}]*)\}\{(?P<text>[^{}]*)\}"),
    ),
}
"""A link right before a citation (``[Title](u) {cite:p}`a```) or right after it
(``{cite:t}`a` [[pdf]](u)``), in each syntax."""


def _beside(text: str, start: int, end: int, syntax: str) -> list[tuple[str, str]]:
    """The (text, URL) of the links right before and right after ``text[start:end]``."""
    before, after = _BESIDE[syntax]
    found = [before.search(text, max(0, start - 400), start), after.match(text, end)]
    return [
        (match["text"], match.group("u1") or match.groupdict().get("u2") or "")
        for match in found
        if match is not None
    ]


def _same_link(one: str, other: str) -> bool:
    def plain(url: str) -> str:
        return url.strip().removeprefix("https://").removeprefix("http://").rstrip("/")

    return bool(one) and plain(one) == plain(other)


def _beside_own(entry: Cited, beside: list[tuple[str, str]]) -> bool:
    """Whether a link beside a citation is the entry's own (``[Title](u) {cite:p}`a```):
    the citation adds no reading, and stays as written."""
    return any(_same_link(entry.link, url) for _, url in beside)


def _names_generic(beside: list[tuple[str, str]]) -> bool:
    """Whether a link beside a citation is a generic one (``{cite:t}`a` [[pdf]](u)``):
    the citation is that link's name, as words (:func:`_label`)."""
    return any(classify.is_generic(text) for text, _ in beside)


def _link(
    key: str, entries: Mapping[str, Cited], beside: list[tuple[str, str]] | None = None
) -> str | None:
    """The Markdown link an entry's citation renders as; None for an unknown key or
    one beside the entry's own link; words when it names a generic link beside it."""
    entry = entries.get(key)
    if entry is None or (beside and _beside_own(entry, beside)):
        return None
    if beside and _names_generic(beside):
        return _label(entry, textual=True)
    shown = entry.title.replace("[", "(").replace("]", ")")
    return f"[{shown}](<{entry.link}>)" if entry.link else shown


def _cited_key(match: re.Match[str], entries: Mapping[str, Cited]) -> str | None:
    """The key a ``@key`` match names: as matched, or without trailing punctuation."""
    key = match["key"]  # "@a<br>", "@a.": a key may hold such signs, so try each cut
    cuts = (key[:at] for at in range(len(key) - 1, 0, -1) if key[at] in _KEY_END)
    return next((cut for cut in (key, *cuts) if cut in entries), None)


def pandoc_cited(text: str, entries: Mapping[str, Cited]) -> str:
    """*text* with each pandoc citation of a known entry written as its link."""
    if "@" not in text or not entries:
        return text

    near: list[list[tuple[str, str]]] = [[]]  # the links beside the group being read

    def key_link(match: re.Match[str]) -> str:
        key = _cited_key(match, entries)
        if key is None:
            return match.group(0)
        rest = match["key"][len(key) :]
        beside = near[0] or _beside(match.string, match.start(), match.end(), "md")
        link = _link(key, entries, beside)
        return match.group(0) if link is None else f"{link}{rest}"

    def group(match: re.Match[str]) -> str:
        near[0] = _beside(match.string, match.start(), match.end(), "md")
        body = _CITATION_KEY.sub(key_link, f" {match['body']}")[1:]  # "[@a" opens it
        near[0] = []
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
        beside = _beside(match.string, match.start(), match.end(), "md")
        links = [
            _link(key, entries, beside)
            or (_label(entries[key], textual=False) if key in entries else key)
            for key in keys
        ]
        return ", ".join(links)

    return _LIQUID_CITE.sub(tag, text)


_MYST_ROLE = lazyre.compile(r"\{(?:cite|footcite)(?::[a-z]+)?\}`(?P<keys>[^`\n]+)`")
"""sphinxcontrib-bibtex's role in MyST Markdown: ``{cite}`a```, ``{cite:p}`a,b```."""
_RST_ROLE = lazyre.compile(r"(?<![\w`]):(?:cite|footcite)(?::[a-z]+)?:`(?P<keys>[^`\n]+)`")
"""The same role in reStructuredText: ``:cite:p:`a,b```, ``:cite:`a```."""
_LATEX_CITE = lazyre.compile(
    r"\\(?P<command>[A-Za-z]*cite[a-z]*|fullcite)\*?(?:\s*\[[^\]]*\]){0,2}\s*\{(?P<keys>[^{}]*)\}"
)
"""A LaTeX citation: ``\\cite{a,b}``, ``\\textcite[ch.~3]{a}``, ``\\fullcite{a}``."""
_LATEX_BIBS = lazyre.compile(
    r"\\(?:addbibresource(?:\[[^\]]*\])?|bibliography)\{(?P<names>[^{}]+)\}"
)
_NOT_CITED = frozenset({"nocite"})
"""Commands that list an entry in the bibliography without citing it on the page."""
_LATEX_SPECIAL = lazyre.compile(r"([&%$#_{}])")


def _keys(written: str) -> list[str]:
    return [key.strip() for key in written.split(",") if key.strip()]


def _rst_link(
    key: str, entries: Mapping[str, Cited], beside: list[tuple[str, str]] | None = None
) -> str | None:
    entry = entries.get(key)
    if entry is None or (beside and _beside_own(entry, beside)):
        return None
    if beside and _names_generic(beside):
        return _label(entry, textual=True)
    title, link = entry.title, entry.link
    shown = re.sub(r"[`<>\\]", " ", title).strip()
    return f"`{shown} <{link}>`__" if link else shown


def _latex_link(
    key: str, entries: Mapping[str, Cited], beside: list[tuple[str, str]] | None = None
) -> str | None:
    entry = entries.get(key)
    if entry is None or (beside and _beside_own(entry, beside)):
        return None
    if beside and _names_generic(beside):
        return _label(entry, textual=True)
    title, link = entry.title, entry.link
    shown = _LATEX_SPECIAL.sub(r"\\\1", title.replace("\\", " "))
    if not link:
        return shown
    target = re.sub(r"([%#])", r"\\\1", link)
    return f"\\href{{{target}}}{{{shown}}}"


def role_cited(text: str, entries: Mapping[str, Cited], syntax: str) -> str:
    """*text* with each citation role or command of a known entry written as its link
    in the page's own syntax: ``myst`` (``{cite}`a```), ``rst`` (``:cite:p:`a```) or
    ``latex`` (``\\cite{a}``; ``\\nocite`` lists an entry, cites none: left out)."""
    if not entries:
        return text
    pattern = {"myst": _MYST_ROLE, "rst": _RST_ROLE, "latex": _LATEX_CITE}[syntax]
    render = {"myst": _link, "rst": _rst_link, "latex": _latex_link}[syntax]
    near = "md" if syntax == "myst" else syntax

    def cite(match: re.Match[str]) -> str:
        if syntax == "latex" and match["command"] in _NOT_CITED:
            return ""
        keys = _keys(match["keys"])
        beside = _beside(match.string, match.start(), match.end(), near)
        links = [render(key, entries, beside) for key in keys]
        if not any(links):
            return match.group(0)
        return "; ".join(link or key for link, key in zip(links, keys, strict=True))

    return pattern.sub(cite, text)


def latex_bibliographies(text: str, folder: Path) -> tuple[Path, ...]:
    """The bibliographies a LaTeX document names (``\\addbibresource{readings.bib}``,
    ``\\bibliography{readings}``), in its folder."""
    return tuple(
        _bib_path(folder / name.strip())
        for match in _LATEX_BIBS.finditer(text)
        for name in match["names"].split(",")
        if name.strip()
    )


def latex_cited(text: str, bibs: Bibliographies, folder: Path) -> str:
    """A LaTeX document's *text* with its citations written as ``\\href`` links."""
    if "cite" not in text:
        return text
    paths = latex_bibliographies(text, folder) + bibs.files
    return role_cited(text, bibs.entries(paths), "latex") if paths else text


def cited(text: str, bibs: Bibliographies, meta: Mapping[str, Any] | None, page_dir: Path) -> str:
    """A Markdown page's *text* with its citations written as links (see the module)."""
    own = page_bibliographies(meta, page_dir)
    if not (bibs or own) or ("@" not in text and "{%" not in text and "cite" not in text):
        return text
    text = liquid_cited(text, bibs)
    paths = own + bibs.files
    if not paths:
        return text
    entries = bibs.entries(paths)
    if bibs.roles and "cite" in text:  # "{cite}`a`" in a Jupyter Book's MyST page
        text = role_cited(text, entries, "myst")
    return pandoc_cited(text, entries)


def rst_cited(text: str, bibs: Bibliographies) -> str:
    """A reStructuredText page's *text* with its ``:cite:`` roles written as links."""
    if not bibs.roles or "cite" not in text:
        return text
    return role_cited(text, bibs.entries(bibs.files), "rst")
