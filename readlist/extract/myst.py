"""MyST roles (``{name}`content```) as Sphinx shows them.

A MyST Markdown page (Sphinx with myst-parser, Jupyter Book) writes inline markup as
roles: ``{doc}`Propensity scores <lectures/04-propensity>```, ``{abbr}`LLM (large
language model)```, sphinx-design's badges ``{bdg-secondary}`Optional```.  CommonMark
knows none of them: left as they are, a role's name is text and its content code
(``{doc}Propensity scores &lt;lectures/04-propensity&gt;`` in a title, an ``Optional``
badge read as code, no marker).  :func:`roles` writes each as what the built page
shows, line for line, before the page is parsed:

* a badge (``{bdg}``, ``{bdg-<color>}``, ``{bdg-<color>-line}``) is a badge,
  ``<span class="badge">Optional</span>``, read like any badge (a marker after a link);
  a link badge (``{bdg-link-primary}`Title <url>```) is the link, a reference badge
  (``{bdg-ref-primary}`Title <label>```) its title;
* a cross-reference (``{doc}``, ``{ref}``, ``{term}``, ``{numref}``, a domain's
  ``{py:func}``) shows its explicit title (``Title <target>``), else what its target
  is called: a ``{doc}`` the first heading of the page it names (the file beside the
  page, ``.md``, ``.rst`` or ``.ipynb``, inside the site), a ``{ref}`` the heading its
  label (``(label)=``) stands over on the same page; else the target as written.
  Never a link: it points at the site's own pages, never a reading;
* ``{download}`Title <path>``` is a link to the file (:data:`DOWNLOAD`);
* ``{abbr}`LLM (large language model)``` shows ``LLM``; ``{code}``, ``{literal}``,
  ``{samp}`` and ``{file}`` show their content as code; an icon (``{octicon}`book```,
  ``{fas}`star```, ``{material-regular}`menu_book```) is the icon element it renders
  (a sign a key may name: :mod:`readlist.extract.icons`); every other role
  (``{math}``, ``{sub}``, ``{sup}``, ``{kbd}``, ``{guilabel}``...) shows its content,
  as text.

Roles inside fenced code blocks and code spans stay as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from readlist import lazyre
from readlist.extract import notebook
from readlist.extract.css import local_text

_ROLE = lazyre.compile(
    r"(?<![\w`{\\])\{(?P<name>[A-Za-z][\w.+-]*(?::[\w.+-]+)*)\}`(?P<body>[^`\n]+)`"
)
"""A role in use: ``{name}`content``` (a domain's ``{py:func}`f``` too)."""
_FENCE = lazyre.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?:\{(?P<name>[\w:-]+)\})?")
CODE_DIRECTIVES = {"code-cell", "code-block", "code", "sourcecode", "math", "raw", "eval-rst"}
"""MyST directives whose body is code, not Markdown."""
_TITLED = lazyre.compile(r"^(?P<title>.*?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)
BADGE_COLORS = (
    *("primary", "secondary", "success", "info", "warning", "danger"),
    *("light", "muted", "dark", "white", "black"),
)
"""sphinx-design's badge colors (``{bdg-secondary}``, ``{bdg-secondary-line}``)."""
_BADGE = lazyre.compile(r"^bdg(?:-(?!link-|ref-)[a-z]+(?:-line)?)?$")
"""sphinx-design's badges: ``bdg``, ``bdg-primary``, ``bdg-secondary-line``..."""
_LINK_BADGE = lazyre.compile(r"^bdg-link-[a-z]+(?:-line)?$")
_REF_BADGE = lazyre.compile(r"^bdg-ref-[a-z]+(?:-line)?$")
CROSS_REFERENCES = ("doc", "ref", "term", "numref", "any", "eq", "keyword", "option", "envvar")
"""Sphinx's roles that link to another place of the site: they show a title."""
CODE_ROLES = ("code", "literal", "samp", "file", "command", "program")
"""Roles shown as code."""
ICON_ROLES = {
    "octicon": "octicon octicon-{}",
    "fas": "fas fa-{}",
    "far": "far fa-{}",
    "fab": "fab fa-{}",
    "fa": "fa fa-{}",
}
"""sphinx-design's icon roles, by the class of the element each renders."""
_MATERIAL_ICON = lazyre.compile(r"^material-(?:regular|outlined|round|sharp|twotone)$")
DOCUMENT_SUFFIXES = (".md", ".rst", ".ipynb", ".myst", ".txt")
"""The files a ``{doc}`` target names, tried in this order (Sphinx's source suffixes)."""
_MAX_PAGE = 1024 * 1024
_MD_HEADING = lazyre.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_RST_ADORNMENT = lazyre.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}\s*$")
_MD_MARKUP = lazyre.compile(r"\[([^\[\]]*)\]\([^()]*\)|[*_`]")
_ESCAPE = lazyre.compile(r"([\\`*_\[\]<>|])")

Resolve = Callable[[str], str | None]
"""What a ``{doc}`` target's page is titled, ``None`` when it is not found."""


def roles(text: str, folder: Path | None = None, root: Path | None = None) -> str:
    """A MyST page with each role written as what Sphinx shows (module docstring), line
    for line.  *folder*: the page's folder, *root*: the site's, where a ``{doc}``
    target's page is looked for (not looked for without them)."""
    if "}`" not in text or _ROLE.search(text) is None:
        return text

    def page_title(target: str) -> str | None:
        return document_title(target, folder, root) if folder and root else None

    labels = _labels(text)
    lines = text.split("\n")
    for i, line in _markdown_lines(lines):
        if "}`" in line:
            lines[i] = _ROLE.sub(lambda m: shown(m["name"], m["body"], page_title, labels), line)
    return "\n".join(lines)


def _markdown_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The lines of *lines* that are Markdown: not in a code block (a directive's fence,
    ```` ```{list-table} ````, holds Markdown; ```` ```{code-cell} ```` code)."""
    directives: list[str] = []  # the fences of the open directives
    code: str | None = None
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        closing = opened is not None and not line.strip().strip(line.strip()[0])
        if code is not None:
            code = None if closing and line.strip().startswith(code) else code
        elif closing and directives and line.strip().startswith(directives[-1]):
            directives.pop()
        elif opened is not None and opened["name"] and opened["name"] not in CODE_DIRECTIVES:
            directives.append(opened["fence"])
        elif opened is not None:
            code = opened["fence"]
        else:
            yield i, line


class Shown(NamedTuple):
    """What a role shows: a ``kind`` (``badge``, ``link``, ``icon``, ``code`` or
    ``text``) and its ``text`` (an icon's: its element's HTML), a link's ``target``."""

    kind: str
    text: str
    target: str = ""


def show(
    name: str, body: str, page_title: Resolve | None = None, labels: dict[str, str] | None = None
) -> Shown:
    """What the role *name* with content *body* shows (module docstring); *page_title*
    titles a ``{doc}`` target's page, *labels* are the page's ``(label)=`` headings."""
    name = name.lower()
    if _BADGE.match(name):
        return Shown("badge", body.strip())
    if _LINK_BADGE.match(name) or name == "download":
        titled = _TITLED.match(body.strip())
        target = (titled["target"] if titled else body).strip()
        return Shown("link", (titled["title"] if titled else "").strip() or target, target)
    if name in ICON_ROLES or _MATERIAL_ICON.match(name):
        icon = body.split(";", 1)[0].strip()
        if not re.fullmatch(r"[\w-]+", icon):
            return Shown("text", "")  # no icon it could name: nothing shown
        if name in ICON_ROLES:
            return Shown("icon", f'<i class="{ICON_ROLES[name].format(icon.lower())}"></i>')
        return Shown("icon", f'<span class="material-icons">{icon}</span>')
    if name in CODE_ROLES:
        return Shown("code", body.strip())
    if name == "abbr":
        abbreviation = re.sub(r"\s*\([^()]*\)\s*$", "", body.strip())
        return Shown("text", abbreviation or body.strip())
    if name in CROSS_REFERENCES or ":" in name or _REF_BADGE.match(name):
        return Shown("text", _reference(name, body.strip(), page_title, labels or {}))
    return Shown("text", body)


def shown(
    name: str, body: str, page_title: Resolve | None = None, labels: dict[str, str] | None = None
) -> str:
    """The Markdown of what the role *name* with content *body* shows (:func:`show`)."""
    kind, text, target = show(name, body, page_title, labels)
    if kind == "badge":
        return f'<span class="badge">{_escaped(text)}</span>'
    if kind == "link":
        return f"[{_escaped(text)}](<{target}>)"
    if kind == "code":
        return f"<code>{html.escape(text)}</code>"
    return text if kind == "icon" else _escaped(text)


def _reference(name: str, body: str, page_title: Resolve | None, labels: dict[str, str]) -> str:
    """What a cross-reference shows: its title, else what its target is called."""
    titled = _TITLED.match(body)
    if titled and titled["title"].strip():
        return titled["title"].strip()
    target = (titled["target"] if titled else body).strip()
    if target.startswith("!"):
        return target[1:]  # "!x": not linked, shown as written
    if name == "doc" and page_title is not None:
        return page_title(target) or target
    if name.endswith("ref") and target.lower() in labels:  # ref, numref, bdg-ref-*
        return labels[target.lower()]
    if target.startswith("~"):  # "~pkg.mod.func": the last part
        return target[1:].rsplit(".", 1)[-1]
    return target


_LABEL = lazyre.compile(
    r"^ {0,3}\((?P<label>[^()\s]+)\)=[ \t]*\n(?:[ \t]*\n)*(?P<heading>.*)$", re.M
)


def _labels(text: str) -> dict[str, str]:
    """The page's labels (``(intro)=`` over ``## Introduction``) by the heading each is
    over, as a ``{ref}`` to them shows it."""
    if ")=" not in text:
        return {}
    found: dict[str, str] = {}
    for match in _LABEL.finditer(text):
        heading = _MD_HEADING.match(match["heading"])
        if heading is not None:
            found[match["label"].lower()] = _plain(heading.group(1))
    return found


def document_title(target: str, folder: Path, root: Path) -> str | None:
    """The title of the page a ``{doc}`` *target* names: its first heading, as Sphinx
    titles a document; ``None`` when no such page is in the site.  A target is relative
    to *folder* (the page's), or to the site *root* when it starts with ``/``."""
    target = target.strip().split("#", 1)[0]
    if not target or "://" in target:
        return None
    base = root / target.lstrip("/") if target.startswith("/") else folder / target
    suffix = base.suffix.lower()
    candidates = [base] if suffix in DOCUMENT_SUFFIXES else []
    candidates += [base.with_name(base.name + ext) for ext in DOCUMENT_SUFFIXES]
    for path in candidates:
        text = local_text(path, root, _MAX_PAGE)
        if text is not None:
            return heading_of(text, path.suffix.lower())
    return None


def heading_of(text: str, suffix: str) -> str | None:
    """The first heading of a page written as *suffix* (``.md``, ``.rst``, ``.ipynb``)."""
    if suffix == ".ipynb":
        try:
            text, suffix = notebook.markdown_of(text), ".md"
        except ValueError:
            return None
    if suffix == ".rst":
        return _rst_heading(text)
    lines = text.split("\n")
    fence: str | None = None
    in_front = bool(lines) and lines[0].strip() in ("---", "+++")
    for number, line in enumerate(lines):
        if in_front:
            in_front = number == 0 or line.strip() not in ("---", "+++")
            continue
        opened = _FENCE.match(line)
        if fence is not None:
            fence = None if opened and line.strip().startswith(fence) else fence
            continue
        if opened:
            fence = opened.group(1)
            continue
        heading = _MD_HEADING.match(line)
        if heading is not None:
            return _plain(heading.group(1)) or None
    return None


def _rst_heading(text: str) -> str | None:
    """A reStructuredText page's first section title (a line under, or between, lines
    of one punctuation character)."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        title = lines[i - 1].strip()
        if _RST_ADORNMENT.match(lines[i]) and title and not _RST_ADORNMENT.match(lines[i - 1]):
            return _plain(re.sub(r":\w+:`([^`<]*?)\s*(?:<[^`]*>)?`", r"\1", title)) or None
    return None


def _plain(markdown: str) -> str:
    """A heading's words without their Markdown (links as their text, no emphasis)."""
    return " ".join(_MD_MARKUP.sub(lambda m: m.group(1) or "", markdown).split())


def _escaped(text: str) -> str:
    """*text* shown as written in Markdown: its punctuation escaped."""
    return _ESCAPE.sub(r"\\\1", text)
