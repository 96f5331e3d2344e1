"""Pages written in a template or component language (Nunjucks, Liquid, Handlebars,
EJS, Astro, Svelte, Vue, JSX) that hold their content as literal markup, as HTML for
the HTML reader.

An Eleventy ``schedule.njk``, an Astro ``src/pages/schedule.astro``, a SvelteKit
``src/routes/schedule/+page.svelte`` or a Vue ``src/views/Schedule.vue`` often holds
the schedule as a hand-written HTML table or list, with a little template code around
it. Such a file is a page when it sits where its generator takes pages from (not in a
folder of layouts, includes or components) and renders no loop: a template that loops
over a data file is read through that data file instead (its key still speaks for it).

What the code around the markup becomes, as the built page shows it:

* an Astro component script (the ``---`` fence at the top), ``<script>`` and
  ``<style>`` blocks, comments (``{# .. #}``, ``{{!-- .. --}}``, ``<%# .. %>``,
  ``{/* .. */}``) and block tags (``{#if ..}``, ``{:else}``, ``{/if}``, ``{% .. %}``,
  ``<% .. %>``) leave no text (an include is a piece of the layout, not the page);
* an expression (``{zoom}``, ``{{ site.zoom }}``, ``href={`${base}/slides/1.pdf`}``,
  ``:href="zoom"``) is the string it is known to give: the string literals it holds
  and the values of the string constants the file's script declares
  (``const zoom = 'https://..'``); a name not known leaves nothing;
* markup inside an expression (``{public && <span>..</span>}``) is kept: whether it
  shows depends on the page's state, and a schedule shows it;
* Vue's ``<template>`` wrapper is unwrapped; JSX fragments (``<>``) are dropped.

Nothing of the file is run: expressions are read as text, never evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from pathlib import PurePosixPath

from readlist import lazyre

COMPONENT_PAGES = frozenset(
    {".njk", ".liquid", ".hbs", ".mustache", ".ejs", ".astro", ".svelte", ".vue", ".jsx", ".tsx"}
)
"""(``.js`` too, where it is a page: :data:`SCRIPT_PAGES`.)"""
"""Template and component languages whose pages may hold literal markup."""

SCRIPT_PAGES = frozenset({".js"})
"""A React page in plain JavaScript (Gatsby's and Next.js's ``pages/schedule.js``): a page
only in a folder of pages (``src/pages/``, ``pages/``, Next.js's ``app/``), where it
returns JSX markup; anywhere else a ``.js`` file is code or data."""

JSX_LIKE = frozenset({".astro", ".svelte", ".jsx", ".tsx", ".js"})
"""Languages whose expressions are single braces (``{zoom}``)."""

PIECE_FOLDERS = frozenset(
    {
        "_includes",
        "_layouts",
        "includes",
        "layouts",
        "layout",
        "components",
        "partials",
        "lib",
        "node_modules",
        "shortcodes",
        "themes",
        "dist",
        "build",
        "public",
    }
)
"""Folders of the pieces pages are made of (and of built output): no page is there."""

MAX_DEPTH = 8
"""Markup nested in expressions deeper than this is dropped."""

_LOOP = lazyre.compile(
    r"\{%-?\s*for\s|\{\{#each\b|\{#each\b|\bv-for\s*=|\.map\(|<%[-=_]?\s*(?:for|\w+\.forEach)\b"
)
"""A loop over data: ``{% for %}``, ``{{#each}}``, ``{#each}``, ``v-for``, ``.map(``."""
_ASTRO_FENCE = lazyre.compile(r"\A\s*---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_RAW_BLOCK = lazyre.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_COMMENTS = lazyre.compile(r"\{#(?![a-z]).*?#\}|\{\{!--.*?--\}\}|\{\{!.*?\}\}|<%#.*?%>", re.DOTALL)
_EJS = lazyre.compile(r"<%[-=_]?(.*?)[-_]?%>", re.DOTALL)
_VUE_BINDING = lazyre.compile(r"""(?<![\w-])(?:v-bind)?:([\w-]+)\s*=\s*(["'])(.*?)\2""", re.DOTALL)
_VUE_TEMPLATE = lazyre.compile(r"</?template\b[^>]*>", re.IGNORECASE)
_FRAGMENT = lazyre.compile(r"</?>")
_IMPORT = lazyre.compile(r"^[ \t]*import\b[^\n]*$", re.MULTILINE)
SCRIPT_FILES = frozenset({".js", ".jsx", ".tsx"})
"""Modules of code that return markup: their ``import`` lines are no text."""
_CONSTANT = lazyre.compile(
    r"""\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*"""
    r"""(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`\\]*)`)"""
)
_STRING = lazyre.compile(r""""([^"\\\n]*)"|'([^'\\\n]*)'|`([^`\\]*)`""")
_INTERPOLATION = lazyre.compile(r"\$\{\s*([A-Za-z_$][\w$.]*)\s*\}|\$\{[^}]*\}")
_CALL = lazyre.compile(r"\s*[A-Za-z_$][\w$.]*\s*\(")
_NAME = lazyre.compile(r"[A-Za-z_$][\w$.]*")
_MARKUP = lazyre.compile(r"<[A-Za-z/!]")
"""A tag opening outside the expression's strings: markup inside it."""
_ONE_NAME = lazyre.compile(r"^\s*([A-Za-z_$][\w$.]*)\s*$")


def is_page(rel: str) -> bool:
    """Whether a component file at site-relative *rel* is where pages are taken from:
    not in a folder of pieces (or one whose name opens with ``_``), and, in SvelteKit's
    routes, a ``+page`` file (``+layout.svelte`` and ``+error.svelte`` wrap pages)."""
    path = PurePosixPath(rel)
    folders = [part.lower() for part in path.parts[:-1]]
    if any(part in PIECE_FOLDERS or part.startswith(("_", ".")) for part in folders):
        return False
    name = path.name
    return not name.startswith(("_", ".")) and (
        not name.startswith("+") or name.startswith("+page.")
    )


def is_script_page(rel: str, text: str) -> bool:
    """Whether a ``.js`` file is a React page (:data:`SCRIPT_PAGES`): in a folder of
    pages and holding JSX markup."""
    folders = {part.lower() for part in PurePosixPath(rel).parts[:-1]}
    return bool(folders & {"pages", "app"}) and _JSX_RETURN.search(text) is not None


_JSX_RETURN = lazyre.compile(r"(?:return|=>)\s*\(?\s*<[A-Za-z>]")
"""Code that returns markup: ``return (<Layout>``, ``=> <main>``."""


def loops(text: str) -> bool:
    """Whether the template renders a loop over data (it is then read through the data
    file), and holds too few links of its own to be a hand-written schedule as well (a
    page that maps a short list of its own, a nav bar, and writes its table out is one)."""
    return _LOOP.search(text) is not None and len(_LITERAL_LINK.findall(text)) < LITERAL_LINKS


LITERAL_LINKS = 5
"""Links written out to other sites that make a looping page a hand-written one too."""
_LITERAL_LINK = lazyre.compile(r"""href\s*=\s*["']https?://""", re.IGNORECASE)


def component_html(text: str, suffix: str) -> str:
    """The markup the page shows, line for line (see the module's notes): YAML front
    matter of Nunjucks, Liquid, Handlebars or EJS pages is kept (the page's title and
    date), as their ``{{ .. }}`` output and ``{% .. %}`` tags are (the Liquid renderer
    reads them); everything else is plain HTML."""
    suffix = suffix.lower()
    constants: dict[str, str] = {}
    if suffix == ".astro" and (fence := _ASTRO_FENCE.match(text)):
        constants.update(_constants(fence.group(0)))
        text = _blank(fence.group(0)) + text[fence.end() :]
    for block in _RAW_BLOCK.finditer(text):
        if block.group(1).lower() == "script":
            constants.update(_constants(block.group(0)))
    text = _RAW_BLOCK.sub(lambda m: _blank(m.group(0)), text)
    text = _COMMENTS.sub(lambda m: _blank(m.group(0)), text)
    if suffix == ".ejs":
        text = _EJS.sub(lambda m: _ejs_output(m, constants), text)
    if suffix == ".vue":
        text = _VUE_TEMPLATE.sub("", text)
        text = _VUE_BINDING.sub(
            lambda m: f'{m.group(1)}="{escape(_value(m.group(3), constants))}"', text
        )
        text = _mustaches(text, constants)
    if suffix in SCRIPT_FILES:  # a React module: its imports and constants are code
        constants.update(_constants(text))
        text = _IMPORT.sub("", text)
    if suffix in JSX_LIKE:
        text = _FRAGMENT.sub("", _braces(text, constants, 0))
    return text


def _blank(code: str) -> str:
    """Nothing, but the lines *code* took (so that line numbers stay right)."""
    return "\n" * code.count("\n")


def _constants(script: str) -> dict[str, str]:
    """The string constants a script declares: ``const zoom = 'https://..'``."""
    found: dict[str, str] = {}
    for match in _CONSTANT.finditer(script):
        value = next((g for g in match.groups()[1:] if g is not None), "")
        found[match.group(1)] = _interpolated(value, found)
    return found


def _interpolated(template: str, constants: Mapping[str, str]) -> str:
    """A template literal's text, each ``${name}`` given its known value (else none)."""
    return _INTERPOLATION.sub(lambda m: constants.get(m.group(1) or "", ""), template)


def _value(expression: str, constants: Mapping[str, str]) -> str:
    """The string an expression is known to give: its literals and known names, in
    order (``base + '/slides/1.pdf'``); a name not known gives nothing."""
    if _CALL.match(expression):
        return ""  # what a function gives is not known without running it
    literals = list(_STRING.finditer(expression))
    if not literals:
        name = _ONE_NAME.match(expression)
        return constants.get(name.group(1), "") if name else ""
    parts: list[str] = []
    position = 0
    for literal in literals:
        between = expression[position : literal.start()]
        parts += [constants[n] for n in _NAME.findall(between) if n in constants]
        value = next((g for g in literal.groups() if g is not None), "")
        parts.append(_interpolated(value, constants) if literal.group(3) is not None else value)
        position = literal.end()
    return "".join(parts)


def _ejs_output(match: re.Match[str], constants: Mapping[str, str]) -> str:
    """An EJS tag: its output's known string (``<%= zoom %>``); code leaves nothing."""
    code = match.group(0)
    if code.startswith(("<%=", "<%-")):
        return escape(_value(match.group(1), constants), quote=False)
    return _blank(code)


def _mustaches(text: str, constants: Mapping[str, str]) -> str:
    """Vue's ``{{ expression }}`` output: the string it is known to give."""
    return re.sub(
        r"\{\{(.*?)\}\}",
        lambda m: escape(_value(m.group(1), constants), quote=False),
        text,
        flags=re.DOTALL,
    )


def _braces(text: str, constants: Mapping[str, str], depth: int) -> str:
    """Single-brace expressions (Astro, Svelte, JSX) replaced as the module says."""
    if "{" not in text:
        return text
    out: list[str] = []
    position = 0
    while (start := text.find("{", position)) != -1:
        end = _closing(text, start)
        if end is None:  # an unbalanced brace: the rest is text
            break
        out.append(text[position:start])
        inner = text[start + 1 : end]
        attribute = text[:start].rstrip().endswith("=")
        out.append(_expression(inner, constants, depth, attribute))
        position = end + 1
    out.append(text[position:])
    return "".join(out)


def _expression(inner: str, constants: Mapping[str, str], depth: int, attribute: bool) -> str:
    stripped = inner.strip()
    if not stripped or stripped[0] in "#:/@" or stripped.startswith("/*"):
        return _blank(inner)  # a block tag ({#if}, {:else}, {/if}, {@html}) or a comment
    if attribute:
        return '"' + escape(_value(inner, constants)) + '"'
    first, last = inner.find("<"), inner.rfind(">")
    if 0 <= first < last and _MARKUP.search(_STRING.sub("", inner)):
        if depth >= MAX_DEPTH:
            return _blank(inner)
        markup = inner[first : last + 1]
        return _blank(inner[:first]) + _braces(markup, constants, depth + 1)
    return escape(_value(inner, constants), quote=False)


def _closing(text: str, start: int) -> int | None:
    """The index of the brace closing the one at *start*, skipping strings and nested
    braces (in markup inside an expression, a quote is text: ``<p>We'll meet</p>``);
    None when it is never closed."""
    depth = 0
    quote = ""
    markup: set[int] = set()  # the depths at which markup has opened
    index = start
    length = len(text)
    while index < length:
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`" and depth not in markup:
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            markup.discard(depth)
            depth -= 1
            if depth == 0:
                return index
        elif char == "<" and text[index + 1 : index + 2].isalpha():
            markup.add(depth)
        index += 1
    return None
