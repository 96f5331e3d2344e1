"""A page as a whole: its front matter, the dialect it is written in, and the page
that is itself one lecture.

* Front matter is YAML between ``---`` (Jekyll, Quarto, R Markdown, MkDocs,
  Hugo) or TOML between ``+++`` (Hugo).  Of TOML, the top-level ``key = value``
  pairs are read as written (what names a page: title, date, weight), and arrays
  and tables as parsed (``[[readings]]``).
* Quarto and R Markdown follow Pandoc: a heading needs a blank line before it,
  and ``:::`` fenced-div lines and ``{#id .class}`` attributes are markup.
* MkDocs admonitions (``!!! note "Optional reading"`` over an indented body),
  MyST directives (```` ```{admonition} Going further ````, ``:::{note}``),
  Docusaurus admonitions (``:::tip Optional reading``) and
  Hugo shortcodes with a title (``{{< details "Optional readings" >}}``) and
  Obsidian callouts (``> [!note] Optional``, ``> [!tip]- Deep dive``) are
  boxes: the title is a line of its own (a label, like a heading) and the body
  is Markdown, so the readings inside are read; an untitled one's tags alone on
  their lines (``{{% callout note %}}``) are its edges.  A shortcode with a URL
  parameter (``{{< reading title="A" url="u" optional="true" >}}``) is the link
  it renders, as a Jekyll include with one is.
* An MDX page (Docusaurus) is Markdown whose ``{/* ... */}`` comments are
  JavaScript, never shown: they are left out.
* A Markdeep page is Markdown inside an ``.html`` file (it loads the markdeep
  script): it is read as Markdown, whatever its extension says.
* A reStructuredText page (``.rst``, Sphinx) is rendered to HTML by docutils
  and read as HTML: sections are headings, ```Title <url>`_`` and named
  hyperlink targets are links.  Sphinx's own directives and roles
  (``toctree``, ``:doc:``) are not docutils', so they are left out, and
  directives that read other files or pass raw markup through (``include``,
  ``raw``) are off: a page never reads the reader's files.
* A page with no dated entry of its own, whose front matter title or first
  heading holds a date (``title: "Feb 3: Privacy and Power"``), or whose front
  matter has a ``date:``, is one lecture: ``_modules/week-05.md``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyromark
import yaml

from readlist import lazyre
from readlist.extract import classify, icons, knitr, myst, vocab
from readlist.extract.css import local_text
from readlist.extract.dom import BOX_END, BOX_KIND, BOX_OPEN, BOX_START, protect_entities
from readlist.extract.markdown import FRONT_MATTER, entry_of_params, link_of_params
from readlist.extract.yamldata import AliasBomb, load, load_toml

_TOML_PAIR = lazyre.compile(
    r"""^([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"'\[{#][^#]*?))\s*(?:#.*)?$"""
)
_MARKDEEP = lazyre.compile(r"<script\b[^>]*\bmarkdeep\b|markdeep\.min\.js", re.IGNORECASE)
_HTML_BODY = lazyre.compile(r"<body\b", re.IGNORECASE)
_FENCE = lazyre.compile(r"^\s*(```|~~~)")
_ATX = lazyre.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_FENCED_DIV = lazyre.compile(r"^\s*:::+")
_CALLOUT = lazyre.compile(r"\.callout(?:-[\w-]+)?\b")
_CALLOUT_TITLE = lazyre.compile(r"""\btitle\s*=\s*(?P<q>["'])(?P<title>[^"'\n]+)(?P=q)""")
_PANDOC_ATTRS = lazyre.compile(r"\s*\{(?:[#.][^}\n]*|-)\}\s*$")
_FIRST_HEADING = lazyre.compile(
    r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$|<h[1-6][^>]*>(.*?)</h[1-6]>", re.MULTILINE | re.IGNORECASE
)
_ADMONITION = lazyre.compile(
    r'^ *(?:(?:!!!|\?\?\?\+?) +[\w-]+(?: +[\w -]*?)?(?: +"(.*)")?|===[+!]? +"(.*)"'
    r"|!!! +[\w-]+: +(.*?)) *$"
)
"""An admonition's opening line (``!!! note "Optional"``; Markdeep's ``!!! Tip: Optional``)
or a content tab's (``=== "Week 3"``, pymdownx.tabbed): a box whose body is indented
four spaces."""
_ADMONITION_KIND = lazyre.compile(r"^ *(?:!!!|\?\?\?\+?) +([\w-]+) *$")
"""An untitled admonition's opening line (``!!! note``): its type."""
_DIRECTIVE = lazyre.compile(  # ```{note} Title (MyST), :::{note} Title, :::tip Title (Docusaurus)
    r"^ *(?:(?P<fence>`{3,}|~{3,}) *\{(?P<name>[\w:-]+)\}"
    r"|(?P<colons>:{3,}) *(?:\{(?P<braced>[\w:-]+)\}|(?P<bare>[A-Za-z][\w-]*))) *(?P<title>.*?) *$"
)
_PANDOC_DIV = lazyre.compile(r"^ {0,3}:{3,} *(?P<attrs>\{[^{}\n]*\})? *$")
"""A Pandoc fenced div's opening (``::: {.week #w1}``) or closing (``:::``) line."""
_ADMONISH = lazyre.compile(
    r'^ *(?P<fence>`{3,}|~{3,}) *admonish(?: +(?P<kind>[\w-]+))?(?: +title="(?P<title>[^"]*)")?'
    r"[^`]*$"
)
"""An mdbook-admonish box's opening fence (````` ```admonish tip title="Optional" `````)."""
_DIRECTIVE_OPTION = lazyre.compile(r"^ *:[\w-]+:")
_OBSIDIAN_CALLOUT = lazyre.compile(
    r"^ {0,3}> ?\[!(?P<type>[A-Za-z][\w-]*)\][+-]?(?:[ \t]+(?P<title>.*?))?[ \t]*$"
)
"""An Obsidian callout's opening line (``> [!note] Optional``, ``> [!tip]- Deep dive``,
``> [!info]``): a box titled by its title, else by its type word ("Note")."""
_QUOTED = lazyre.compile(r"^ {0,3}>")
"""A blockquote's line: a callout opens a blockquote, its body is the rest of it."""
_LIST_ROW = lazyre.compile(r"^ *\* +- +(.*)$")
_LIST_CELL = lazyre.compile(r"^ {1,3}-(?: +(.*))?$")
_HEADER_ROWS = lazyre.compile(r"^ *:header-rows: *(\d+)")
_SHORTCODE_TITLE = lazyre.compile(
    # '{{< details "Optional" >}}', '{{% notice note "Optional" %}}' (a style word first)
    r'^ *\{\{[<%] *[\w-]+ +(?:(?:[\w-]+ +)*"([^"]*)"|[^>%]*?\btitle *= *"([^"]*)")'
    r"[^>%]*[>%]\}\} *$"
)
_SHORTCODE_ALONE = lazyre.compile(
    r"^ *\{\{[<%] *(?P<close>/)?(?P<name>[\w-]+)(?: [^>%]*)?[>%]\}\} *$"
)
"""A Hugo shortcode's opening or closing tag alone on its line, untitled."""
_SHORTCODE_CLOSING = lazyre.compile(r"\{\{[<%] */([\w-]+) *[>%]\}\}")
PANDOC = {".qmd", ".rmd"}
"""Quarto and R Markdown: Markdown as Pandoc reads it (a heading needs a blank line before)."""
CODE_DIRECTIVES = myst.CODE_DIRECTIVES


_SLIDE_FORMAT = lazyre.compile(rf"(?<![a-z]){vocab.alternation(vocab.SLIDE_FORMATS)}(?![a-z])")
_DECK_FIELDS = ("format", "output", "layout")


def slide_deck(meta: dict[str, Any]) -> bool:
    """Front matter of a slide deck: ``marp: true``, or a slide format or layout
    (``format: revealjs``, ``output: xaringan::moon_reader``, ``layout: slides``)."""
    if any(meta.get(word) is True for word in vocab.SLIDE_FORMATS):
        return True
    for field in _DECK_FIELDS:
        value = meta.get(field)
        names = [*value] if isinstance(value, (dict, list)) else [value]
        if any(isinstance(n, str) and _SLIDE_FORMAT.search(n.lower()) for n in names):
            return True
    return False


_REVEAL = lazyre.compile(r"""<div\b[^>]*\bclass\s*=\s*["']?reveal\b""", re.IGNORECASE)
_REVEAL_SLIDES = lazyre.compile(r"""<div\b[^>]*\bclass\s*=\s*["']?slides\b""", re.IGNORECASE)
_REMARK = lazyre.compile(r"\bremark\.create\s*\(")


def slides_html(text: str) -> bool:
    """An HTML slide deck: reveal.js (``.reveal > .slides``) or remark (``remark.create()``)."""
    return bool(_REMARK.search(text) or (_REVEAL.search(text) and _REVEAL_SLIDES.search(text)))


def front_matter(text: str) -> dict[str, Any] | None:
    """The page's front matter as a mapping (``{}`` when empty), ``None`` without one.

    Raises ``ValueError`` for broken YAML front matter.
    """
    match = FRONT_MATTER.match(text)
    if match is None:
        return None
    if match.group(2) is not None or match.group(0).lstrip("\ufeff").startswith("+++"):
        return _toml_pairs(match.group(2) or "")
    try:
        meta = load(match.group(1) or "")
    except AliasBomb as err:
        raise ValueError(f"front matter: {err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        raise ValueError(f"{where}broken YAML front matter") from None
    return meta if isinstance(meta, dict) else {}


def _toml_pairs(block: str) -> dict[str, Any]:
    """Top-level ``key = value`` strings as written (a TOML date stays text), with
    the arrays and tables (``[[readings]]``) as TOML parses them."""
    try:
        parsed = load_toml(block)
    except ValueError:
        parsed = {}
    pairs: dict[str, Any] = {k: v for k, v in parsed.items() if isinstance(v, (list, dict))}
    for line in block.splitlines():
        if line.strip().startswith("["):
            break  # a [table]: the top-level pairs are over
        match = _TOML_PAIR.match(line.strip())
        if match:
            value = match.group(2) if match.group(2) is not None else match.group(3)
            pairs[match.group(1)] = value if value is not None else match.group(4).strip()
    return pairs


def rst_html(text: str, folder: Path | None = None, root: Path | None = None) -> str:
    """A reStructuredText page as HTML (the document's body), every section title kept
    as a heading, Sphinx's roles as Sphinx shows them (a ``:doc:`` target's page looked
    for in *folder*, inside the site *root*).  Raises ``ValueError`` when docutils
    cannot read it."""
    import docutils.core
    import docutils.utils
    from docutils.writers.html5_polyglot import Writer

    settings = {
        "doctitle_xform": False,  # the first title stays a heading (it may date the page)
        "report_level": 5,  # no error messages in the output
        "halt_level": 5,
        "warning_stream": False,
        "file_insertion_enabled": False,  # ".. include:: /etc/passwd" reads nothing
        "raw_enabled": False,
        "_disable_config": True,  # no docutils.conf of the reader's
        "input_encoding": "unicode",
        "embed_stylesheet": False,
        "math_output": "html",
    }
    _sphinx_extensions(folder, root)
    try:
        parts = docutils.core.publish_parts(text, writer=Writer(), settings_overrides=settings)
    except (docutils.utils.SystemMessage, docutils.ApplicationError) as err:
        raise ValueError(f"reStructuredText: {err}") from None
    return str(parts["body"])


SPHINX_BOXES = {"seealso": "See also"}
"""Sphinx's titled boxes that docutils alone does not know, by their titles: a page's
``.. seealso::`` box is shown as Sphinx shows it (its title a marker like any box's).
Sphinx's ``:download:`` role is a link to its file, too."""
SPHINX_ROLES = (
    *myst.CROSS_REFERENCES,
    *("abbr", "kbd", "guilabel", "menuselection", "dfn", "samp", "file", "command", "program"),
    *myst.ICON_ROLES,
    *("bdg", *(f"bdg-{color}{line}" for color in myst.BADGE_COLORS for line in ("", "-line"))),
    *(f"bdg-{kind}-{color}{line}" for kind in ("link", "ref") for color in myst.BADGE_COLORS
      for line in ("", "-line")),
)  # fmt: skip
"""Sphinx's roles (and sphinx-design's) that docutils alone does not know: read in a
``.rst`` page as in a MyST one (:func:`readlist.extract.myst.show`), ``:doc:`` showing
its title, ``:bdg-secondary:`Optional``` a badge."""


def _sphinx_extensions(folder: Path | None = None, root: Path | None = None) -> None:
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles

    def box(title: str) -> type[Directive]:
        class Box(Directive):
            has_content = True

            def run(self) -> list[nodes.Node]:
                node = nodes.admonition("\n".join(self.content))
                node += nodes.title(title, title)
                self.state.nested_parse(self.content, self.content_offset, node)
                return [node]

        return Box

    for name, title in SPHINX_BOXES.items():
        directives.register_directive(name, box(title))
    roles.register_local_role("download", _download)

    def page_title(target: str) -> str | None:
        return myst.document_title(target, folder, root) if folder and root else None

    def role(name: str, rawtext: str, text: str, *_: Any, **__: Any) -> tuple[list[Any], list[Any]]:
        kind, words, target = myst.show(name, text, page_title)
        if kind == "link":
            return [nodes.reference(rawtext, words, refuri=target)], []
        if kind == "icon":
            return [nodes.raw(rawtext, words, format="html")], []
        if kind == "code":
            return [nodes.literal(rawtext, words)], []
        if kind == "badge":
            return [nodes.inline(rawtext, words, classes=["badge"])], []
        return [nodes.Text(words)], []

    for name in SPHINX_ROLES:
        roles.register_local_role(name, role)


_TITLED_TARGET = lazyre.compile(r"^(?P<title>.*?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)


def _download(
    name: str, rawtext: str, text: str, *_: Any, **__: Any
) -> tuple[list[Any], list[Any]]:
    """Sphinx's ``:download:`Title <papers/a.pdf>``` role: a link to the file, titled."""
    from docutils import nodes

    found = _TITLED_TARGET.match(text)
    title, target = (found["title"] or found["target"], found["target"]) if found else (text, text)
    return [nodes.reference(rawtext, title, refuri=target.strip())], []


def commonmark(text: str, suffix: str) -> str:
    """A Markdown page of any dialect (by its file's *suffix*) made CommonMark, line
    for line: :func:`written` first, then :func:`blocks`."""
    return blocks(written(text, suffix))


def written(text: str, suffix: str, folder: Path | None = None, root: Path | None = None) -> str:
    """A Markdown page with its dialect's rules applied, Pandoc's (Quarto, R Markdown)
    or MDX's, MyST's roles as Sphinx shows them (:func:`readlist.extract.myst.roles`:
    a ``{doc}`` target's page looked for in *folder*, inside the site *root*), and
    icons out, line for line: its links' texts as the reader sees them written (before
    :func:`blocks` makes list tables HTML)."""
    if suffix in PANDOC:
        if "fontawesome::" in text or "fa(" in text:
            # "`r fontawesome::fa('book')`": the icon the inline R draws, as Quarto's
            text = _R_ICON.sub(lambda m: f"{{{{< fa {m['name']} >}}}}", text)
        text = pandoc(text)
    elif suffix == ".mdx":
        text = mdx(text)
    return _without_icons(myst.roles(text, folder, root))


_SERVER_CODE = lazyre.compile(r"<\?(?:php\b|=)?.*?(?:\?>|\Z)", re.DOTALL | re.IGNORECASE)


def without_server_code(text: str) -> str:
    """A PHP page without its code (``<?php include("header.php"); ?>``): the HTML it
    writes around it, line for line; the code runs on the server, never here."""
    if "<?" not in text:
        return text
    return _SERVER_CODE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def blocks(text: str) -> str:
    """MyST list tables made HTML tables, boxes made titled blocks, Pandoc's bracketed
    spans their words, emoji shortcodes made emoji, footnotes that say a requirement
    made its marker, Hugo's badge shortcodes the badges they draw, line for line."""
    return footnote_marks(
        emoji_shortcodes(bracketed_spans(badge_shortcodes(boxes(list_tables(text)))))
    )


_BADGE_SHORTCODE = lazyre.compile(
    r"\{\{([<%])\s*badge\b[^{}]*?[>%]\}\}([^{}<>\n]{1,40}?)\{\{[<%]\s*/badge\s*[>%]\}\}"
)
"""Hugo's ``{{% badge %}}optional{{% /badge %}}`` (the Relearn theme's, Docsy's)."""


def badge_shortcodes(text: str) -> str:
    """*text* with each badge shortcode written as the badge it draws (``<span
    class="badge">optional</span>``), its words escaped: a badge after a link marks it."""
    if "badge" not in text:
        return text
    return _BADGE_SHORTCODE.sub(
        lambda m: f'<span class="badge">{html.escape(m.group(2).strip())}</span>', text
    )


_BRACKETED_SPAN = lazyre.compile(r"(?<![\]!\\])\[([^\[\]\n]+)\]\{[.#][\w.# =\"'-]{0,80}\}")
"""A Pandoc bracketed span (``[Holland (1986)]{.underline}``, ``[Skip]{.smallcaps}``), as
pandoc writes a Word document's underlined or styled run, in a link's text too."""


def bracketed_spans(text: str) -> str:
    """Each Pandoc bracketed span its words (``[[A]{.underline}](u)`` -> ``[A](u)``):
    Pandoc, Quarto and R Markdown render the words alone, and a page converted from
    Word keeps the spans for a kramdown site too."""
    if "]{" not in text:
        return text
    return _BRACKETED_SPAN.sub(r"\1", text)


_FOOTNOTE_NOTE = lazyre.compile(
    # the note's first line, then its lines indented under it ("    G. W., & Wager, …")
    r"^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*(.*(?:\n(?: {2,}|\t)\S.*)*)$",
    re.MULTILINE,
)
_CLAUSE_END = lazyre.compile(r"[.:;,(]")


def footnote_marks(text: str) -> str:
    """Each reference to a footnote whose note opens with a requirement label
    (``[A](u)[^opt]`` under ``[^opt]: Optional: for those who want to go further.``)
    written as that marker set as a superscript, as a reader takes it
    (``[A](u)<sup>optional</sup>``); other footnotes, and those whose notes link
    readings of their own, are left as they are."""
    if "[^" not in text:
        return text
    marks: dict[str, str] = {}
    for note in _FOOTNOTE_NOTE.finditer(text):
        if "](" in note[2] or "://" in note[2]:
            continue  # "[^w6]: Optional: Slapin & Proksch, [A](u)": the note holds readings
        is_label, req = classify.label_requirement(_CLAUSE_END.split(note[2], 1)[0])
        if is_label and req is not None:
            marks[note[1]] = req
    if not marks:
        return text
    names = "|".join(re.escape(name) for name in marks)
    return re.sub(rf"\[\^({names})\](?!:)", lambda m: f"<sup>{marks[m[1]]}</sup>", text)


_EMOJI_SHORTCODE = lazyre.compile(r"(?<![\w:/]):[a-z][a-z0-9_+-]*:(?![\w:/])")


def emoji_shortcodes(text: str) -> str:
    """GitHub's emoji shortcodes as the emoji they render (``:movie_camera:`` -> 🎥;
    GitHub, Jekyll's jemoji, Docsify's and MkDocs' emoji plugins, Hugo's
    ``enableEmoji``): a page's signs and material icons read as drawn.  After the
    boxes: a MyST option line (``:label: intro``) is gone by then."""
    if ":" not in text or not _EMOJI_SHORTCODE.search(text):
        return text
    import emoji  # noqa: PLC0415 - 20 ms, only for a page that writes shortcodes

    return _EMOJI_SHORTCODE.sub(lambda m: emoji.emojize(m.group(0), language="alias"), text)


_LINK_TEXT = lazyre.compile(r"\[([^\[\]\n]*\{\{[<%][^\[\]\n]*)\]\(")
_INLINE_SHORTCODE = lazyre.compile(r"\{\{[<%].*?[>%]\}\}\s*")


_R_ICON = lazyre.compile(
    r"""`r\s+(?:fontawesome::)?fa\(\s*(?:name\s*=\s*)?["'](?P<name>[\w-]+)["'][^`]*\)\s*`"""
)
"""An inline R chunk that draws a Font Awesome icon (``r fontawesome::fa('book')`` in backticks)."""
_PAPER_ICON = lazyre.compile(
    rf"\{{\{{[<%]\s*(?:fa|bi|icon)\s+(?:[\w-]+\s+)?(?:fa-)?{vocab.alternation(vocab.PAPER_ICONS)}"
    r"(?:-o)?\s*[>%]\}\}"
)
"""A link text that is only an icon of the work (``{{< fa book >}}``, ``{{< fa file-pdf >}}``)."""


def _without_icons(text: str) -> str:
    """A shortcode inside a link text (``[{{< fa file-pdf >}} BDA3 ch. 1](u)``, Quarto's
    and Hugo's icons) renders no words: left out of the text; a text that is only an
    icon of the work (``Lipton, The Mythos … [{{< fa book >}}](u)``) opens a copy of the
    work the words before it name, read as ``[pdf]`` is (:data:`icons.PAPER`)."""
    if "{{" not in text:
        return text

    def words(match: re.Match[str]) -> str:
        inner = match.group(1)
        left = _INLINE_SHORTCODE.sub("", inner)
        if not left.strip() and _PAPER_ICON.fullmatch(inner.strip()):
            left = icons.PAPER
        return f"[{left}]("

    return _LINK_TEXT.sub(words, text)


_MDX_COMMENT = lazyre.compile(r"\{\s*/\*.*?\*/\s*\}", re.DOTALL)


def mdx(text: str) -> str:
    """An MDX page made Markdown, line for line: ``{/* comments */}`` are HTML comments
    (they are JavaScript, never shown on the page), a component titled by its ``title``
    attribute, alone on its line (Starlight's ``<Card title="Week 3 · Jan 27">``), is its
    title as a heading, as the component shows it, and a linking component (``<LinkCard
    title=… href=… />``) the link it shows."""
    if "/*" in text:
        # as an HTML comment of as many lines: a line it leaves is no blank line, which
        # would end the HTML block it sits in (a table's cell)
        text = _MDX_COMMENT.sub(lambda m: "<!--" + "\n" * m.group(0).count("\n") + "-->", text)
    if "title=" not in text:
        return text
    text = _LINK_COMPONENT.sub(_component_link, text)
    titled = {m["name"] for m in _TITLED_COMPONENT.finditer(text)}
    if not titled:
        return text
    text = _TITLED_COMPONENT.sub(lambda m: f"{m['indent']}<h3>{m['title']}</h3>", text)
    closing = re.compile(rf"^[ \t]*</(?:{'|'.join(map(re.escape, titled))})>[ \t]*$", re.M)
    return closing.sub("", text)


_LINK_COMPONENT = lazyre.compile(r"<(?P<name>[A-Z][\w.]*)\b(?P<attrs>[^<>]*?\bhref=[^<>]*?)/>")
"""A self-closing component with an ``href`` (Starlight's ``<LinkCard title=… href=… />``)."""
_ATTRIBUTE = lazyre.compile(r"\b(?P<name>[\w-]+)=(?P<q>[\"'])(?P<value>[^\"'<>]*)(?P=q)")


def _component_link(match: re.Match[str]) -> str:
    """The Markdown link a linking component shows, on its first line (its other lines
    kept, empty): its ``title`` (or ``text``, ``label``) to its ``href``."""
    attrs = {m["name"].lower(): m["value"] for m in _ATTRIBUTE.finditer(match["attrs"])}
    text = attrs.get("title") or attrs.get("text") or attrs.get("label")
    lines = "\n" * match.group(0).count("\n")
    if not text or not attrs.get("href"):
        return lines
    return f"[{text.replace(']', ')')}]({attrs['href']}){lines}"


_TITLED_COMPONENT = lazyre.compile(
    r"^(?P<indent>[ \t]*)<(?P<name>[A-Z][\w.]*)\b[^<>\n]*?\btitle="
    r"(?P<q>[\"'])(?P<title>[^\"'<>\n]*)(?P=q)[^<>\n]*(?<!/)>[ \t]*$",
    re.MULTILINE,
)
"""An MDX component's opening tag with a ``title`` attribute, alone on its line."""


_ORG_GENERATOR = lazyre.compile(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']Org Mode", re.I)
_ORG_KEYWORD = lazyre.compile(r"<span class=\"(?:todo|done) [^\"<>]*\">[^<]*</span>\s*")
_ORG_TAGS = lazyre.compile(
    r"(?:&#xa0;|&nbsp;|\s)*<span class=\"tag\">((?:<span class=\"[^\"<>]*\">[^<]*</span>"
    r"(?:&#xa0;|&nbsp;|\s)*)+)</span>"
)


def org_html(markup: str) -> str:
    """A page Org mode exported (``org-html-export-to-html``) with its headlines as
    written: a state keyword (``TODO``, ``DONE``) opens no topic, and a headline's tags
    are no words of it, but a tag that is a requirement (``:optional:``) is its marker
    (``Going deeper (optional)``)."""
    if not _ORG_GENERATOR.search(markup[:5000]):
        return markup

    def tags(match: re.Match[str]) -> str:
        names = re.findall(r">([^<]*)</span>", match.group(1))
        marks = [name for name in names if classify.prefix_requirement(name)]
        return f" ({marks[0]})" if marks else ""

    return _ORG_TAGS.sub(tags, _ORG_KEYWORD.sub("", markup))


_PRE_WRAP_RULE = lazyre.compile(
    r"(?:^|[}\s,>])(?:body|td|[\w.#-]*\s+td)\s*\{[^{}]*white-space\s*:\s*pre(?:-wrap|-line)?\b"
)
_CELL = lazyre.compile(r"(<td\b[^>]*>)(.*?)(?=</td>|<td\b|</tr>)", re.DOTALL | re.IGNORECASE)


def pre_wrapped_cells(markup: str) -> str:
    """A page whose style keeps the line breaks of its table cells' text (``td {
    white-space: pre-wrap }``, or the body's: Notion's HTML export) with those breaks
    written as ``<br>``: each line of a cell is a line of its own."""
    if "white-space" not in markup or not _PRE_WRAP_RULE.search(markup):
        return markup

    def cell(match: re.Match[str]) -> str:
        content = match.group(2)
        body = content.rstrip()  # the newline before "</td>" ends no line
        parts = re.split(r"(<[^>]*>)", body)
        text = "".join(
            part if part.startswith("<") else part.replace("\n", "<br>\n") for part in parts
        )
        return match.group(1) + text + content[len(body) :]

    return _CELL.sub(cell, markup)


_CSV_TABLE_FILE = lazyre.compile(
    r"^(?P<head>(?P<indent>[ \t]*)\.\.[ \t]+csv-table::.*\n(?:(?P=indent)[ \t]+:[^\n]*\n)*?)"
    r"(?P<option>(?P=indent)[ \t]+:file:[ \t]*(?P<file>\S+)[ \t]*\n)"
    r"(?P<rest>(?:(?P=indent)[ \t]+:[^\n]*\n)*)",
    re.MULTILINE,
)
_MAX_CSV = 256 * 1024


_EXTLINK_ROLE = lazyre.compile(r":(?P<name>[\w-]+):`(?P<body>[^`\n]+)`")
_TITLED_TARGET = lazyre.compile(r"^(?P<title>.*?)\s*<(?P<target>[^<>]+)>$")


def extlinks(text: str, roles: Mapping[str, tuple[str, str]]) -> str:
    """A reStructuredText page with each Sphinx ``extlinks`` role the site defines
    (``:arxiv:`2004.04906```) written as the link Sphinx makes of it (``arXiv:2004.04906``
    to ``https://arxiv.org/abs/2004.04906``; ``:arxiv:`ColBERT <2004.12832>``` titled)."""
    if not roles:
        return text

    def link(match: re.Match[str]) -> str:
        pattern = roles.get(match["name"])
        if pattern is None:
            return match.group(0)
        body = match["body"].strip()
        titled = _TITLED_TARGET.match(body)
        target = titled["target"] if titled else body
        caption = (
            titled["title"] if titled and titled["title"] else pattern[1].replace("%s", target)
        )
        url = pattern[0].replace("%s", target)
        return f"`{caption.replace('`', '')} <{url}>`__"

    return _EXTLINK_ROLE.sub(link, text)


def inline_csv_tables(text: str, folder: Path, root: Path) -> str:
    """A reStructuredText page with each ``.. csv-table::`` that reads its rows from a
    file of the site (``:file: schedule.csv``) holding them itself, as Sphinx shows
    them; a file outside the site, or too large, is not read (docutils' own file
    reading stays off: ``.. include:: /etc/passwd`` reads nothing)."""
    if ":file:" not in text or "csv-table" not in text:
        return text

    def inline(match: re.Match[str]) -> str:
        rows = local_text(folder / match["file"], root, _MAX_CSV)
        if rows is None:
            return match.group(0)
        body = "".join(f"{match['indent']}   {row}\n" for row in rows.splitlines() if row.strip())
        return f"{match['head']}{match['rest']}\n{body}"

    return _CSV_TABLE_FILE.sub(inline, text)


_MDBOOK_INCLUDE = lazyre.compile(r"\{\{#include\s+(?P<file>[^\s:}]+)(?::(?P<part>[^\s}]+))?\s*\}\}")
"""mdBook's include (``{{#include shared/readings.md}}``, ``{{#include a.md:2:9}}``,
``{{#include a.md:intro}}``): the file's text (its lines, or its anchor's) in its place."""
_MAX_INCLUDE = 512 * 1024
_MAX_INCLUDED = 2 * 1024 * 1024
_INCLUDE_DEPTH = 3


def mdbook_includes(
    text: str, folder: Path, root: Path, depth: int = 0, budget: list[int] | None = None
) -> str:
    """A page with each mdBook ``{{#include}}`` replaced by the text it includes, as
    mdBook builds the chapter; a file outside the site *root*, not a regular file, or
    over 512 KiB includes nothing, includes nest at most three deep, and a page takes
    in 2 MiB at most however many includes it writes (*budget*: what is left)."""
    if "{{#include" not in text or depth >= _INCLUDE_DEPTH:
        return text
    left = [_MAX_INCLUDED] if budget is None else budget

    def include(match: re.Match[str]) -> str:
        path = folder / match["file"]
        found = local_text(path, root, min(_MAX_INCLUDE, left[0]))
        if found is None:
            return ""
        found = _included_part(found, match["part"] or "")
        left[0] -= len(found)
        return mdbook_includes(found, path.parent, root, depth + 1, left)

    return _MDBOOK_INCLUDE.sub(include, text)


def _included_part(text: str, part: str) -> str:
    """The lines an include names: ``2:9``, ``2:``, ``:9``, ``2`` (lines, from 1), or
    an anchor's (between ``ANCHOR: name`` and ``ANCHOR_END: name`` lines)."""
    if not part:
        return text
    lines = text.splitlines(keepends=True)
    numbers = re.fullmatch(r"(\d*)(?::(\d*))?", part)
    if numbers is not None:
        start = max(int(numbers[1]) - 1, 0) if numbers[1] else 0
        if numbers.lastindex == 1 and numbers[1]:
            return "".join(lines[start : start + 1])
        end = int(numbers[2]) if numbers[2] else len(lines)
        return "".join(lines[start:end])
    kept: list[str] = []
    inside = False
    for line in lines:
        if re.search(rf"ANCHOR_END:\s*{re.escape(part)}\b", line):
            inside = False
        elif re.search(rf"ANCHOR:\s*{re.escape(part)}\b", line):
            inside = True
        elif inside:
            kept.append(line)
    return "".join(kept)


_RST_FIELD = lazyre.compile(r"^:(?P<name>[A-Za-z][\w -]{0,30}):[ \t]+(?P<value>\S.*?)[ \t]*$")


def rst_metadata(text: str) -> dict[str, Any] | None:
    """A reStructuredText page's file-wide metadata: the field list that opens it, before
    its title (``:date: Tue Jan 7, 2025``), as Sphinx reads it; else None."""
    fields: dict[str, Any] = {}
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip():
            if fields:
                break
            continue
        found = _RST_FIELD.match(line)
        if found is None:
            break
        fields[found["name"].strip().lower()] = found["value"]
    return fields or None


def is_markdeep(text: str) -> bool:
    """Markdown inside an ``.html`` file: it loads markdeep, with no ``<body>`` before."""
    found = _MARKDEEP.search(text)
    return found is not None and _HTML_BODY.search(text, 0, found.start()) is None


_INLINE_R_DATE = lazyre.compile(r"`r [^`\n]*?[\"'](?P<date>\d{4}-\d{2}-\d{2})[\"'][^`\n]*`")
"""Inline R code whose one literal is a date: the page shows that day (however the
code formats it, the date is what it says)."""


_RAW_HTML = lazyre.compile(r"^\s*(?:`{3,}|~{3,})\s*\{=html5?\}\s*$")
"""A Pandoc raw block of HTML (```` ```{=html} ````): written into the page as it is."""


def pandoc(text: str) -> str:
    """Quarto/R Markdown made CommonMark, line for line: an ATX heading with no blank
    line before it is text (escaped), fenced-div lines and heading attributes dropped,
    and a callout's title (its ``title="Optional"`` attribute, else its first heading:
    ``## Optional reading``) made a line of text, as its box shows it; a callout is a
    box (:data:`readlist.extract.dom.BOX_START`, :data:`~readlist.extract.dom.BOX_END`);
    a raw HTML block (```` ```{=html} ````) is the HTML it holds, unfenced;
    inline R code holding one date is that date, as it knits (`` `r fmt("2025-01-30")` ``)."""
    if "`r " in text:
        text = _INLINE_R_DATE.sub(lambda m: m["date"], text)
    text = knitr.knitted_tables(text)  # "```{r}" over "tribble(…) |> kable()": its table
    lines = text.split("\n")
    fence = None
    callout = False  # right after a callout's opening line: its first heading is its title
    divs: list[bool] = []  # each open fenced div: whether it is a callout
    raw = False  # inside a raw HTML block ("```{=html}"): the page's own HTML
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1) == fence:
                fence = None
                lines[i] = "" if raw else line
            continue
        was_callout, callout = callout, callout and not line.strip()
        if opened:
            fence = opened.group(1)
            raw = _RAW_HTML.match(line) is not None
            lines[i] = "" if raw else line  # its lines are HTML, as Pandoc writes them
        elif _FENCED_DIV.match(line) and not line.strip().strip(":"):
            # a div's closing fence: a callout's ends its box (the label its title gave)
            lines[i] = BOX_END if divs and divs.pop() else ""
        elif _FENCED_DIV.match(line):
            callout = bool(_CALLOUT.search(line))
            divs.append(callout)
            titled = _CALLOUT_TITLE.search(line) if callout else None
            kind = _callout_kind(line) if callout else ""
            # '::: {.callout-note title="Optional"}': the box's title, a line of its own
            start = f"{kind}{BOX_START}" if callout else ""
            lines[i], callout = (
                (_box_title(titled["title"], kind), False) if titled else (start, callout)
            )
        elif _ATX.match(line) and was_callout:
            # "::: {.callout-tip}" then "## Optional reading": the box's title, a label,
            # a line of its own also when the box's text follows it with no blank line
            lines[i] = _PANDOC_ATTRS.sub("", line).lstrip(" #")
            more = i + 1 < len(lines) and lines[i + 1][:1].isalnum()  # a paragraph's text
            lines[i] += "\\" if more and not lines[i].endswith("\\") else ""
        elif _ATX.match(line):
            if i > 0 and lines[i - 1].strip():
                lines[i] = line.replace("#", "\\#", 1)
            else:
                lines[i] = _PANDOC_ATTRS.sub("", line)
    return "\n".join(lines)


def list_tables(text: str) -> str:
    """MyST ``{list-table}`` directives made HTML tables, line for line: ``* - a`` opens
    a row, ``  - b`` a cell (``:header-rows: N`` rows of ``<th>``); cell Markdown is
    rendered, a blank line inside a cell is a ``<br>`` (a blank line would end the table)."""
    if "list-table" not in text:
        return text
    lines = text.split("\n")
    closer: str | None = None
    rows = heads = 0
    for i, line in enumerate(lines):
        directive = _DIRECTIVE.match(line)
        if closer is None:
            if directive and (directive["name"] or directive["braced"]) == "list-table":
                closer, rows, heads = directive["fence"] or directive["colons"], 0, 0
                lines[i] = ""
            continue
        stripped = line.strip()
        cell = "th" if rows <= heads else "td"
        if stripped.startswith(closer) and not stripped.strip(closer[0]):
            closer, lines[i] = None, "</table>" if rows else ""
        elif rows == 0 and (header := _HEADER_ROWS.match(line)) is not None:
            heads, lines[i] = int(header.group(1)), ""
        elif (row := _LIST_ROW.match(line)) is not None:
            rows += 1
            cell = "th" if rows <= heads else "td"
            start = "<table>" if rows == 1 else "</tr>"
            lines[i] = f"{start}<tr><{cell}>{_inline(row.group(1))}"
        elif rows and (more := _LIST_CELL.match(line)) is not None:
            lines[i] = f"<{cell}>{_inline(more.group(1) or '')}"
        elif rows:
            lines[i] = _inline(stripped) if stripped else "<br>"
        else:
            lines[i] = ""  # other options (":widths: 15 30 55")
    return "\n".join(lines)


def _inline(markdown: str) -> str:
    """One line of a cell's Markdown as HTML, on one line (its entities kept as written,
    as the page's other Markdown is)."""
    if not markdown.strip():
        return ""
    return pyromark.html(protect_entities(markdown)).strip().replace("\n", " ")


def boxes(text: str) -> str:
    """MkDocs admonitions, MyST directives, titled Hugo shortcodes and Obsidian callouts
    made CommonMark, line for line: a box's title replaces its opening line, its body is
    dedented (MkDocs), unfenced (MyST) or left quoted (Obsidian: a blockquote interrupts
    the title's paragraph, so the title stays a line of its own)."""
    if not any(mark in text for mark in ("!!!", "???", "{", ":::", "===", "[!", "admonish")):
        return text
    lines = text.split("\n")
    closed = set(_SHORTCODE_CLOSING.findall(text)) if "{{" in text else set()  # paired ones
    indents: list[int] = []  # body indent of each open admonition
    closers: list[str] = []  # fence of each open directive
    fence: str | None = None  # an ordinary code fence
    options = False  # right after a directive's opening line: its ``:class: x`` lines
    quoted = False  # the line before was a blockquote's
    entries: set[str] = set()  # the shortcodes that open entries ({{< lecture date=… >}})
    divs: list[bool] = []  # each open Pandoc div: whether its fences are kept (a callout)
    for i, line in enumerate(lines):
        quoted, was_quoted = bool(_QUOTED.match(line)), quoted
        while indents and line.strip() and not line.startswith(" " * indents[-1]):
            indents.pop()
            if i and not lines[i - 1].strip():
                lines[i - 1] = BOX_END  # the blank line the admonition's body ends with
        # a box's body stays where its opening line stood (inside a list item: "    *
        # [Slides](..)" then "        !!! note"), dedented by the box's own four columns
        base = indents[0] - 4 if indents else 0
        line = " " * base + line[indents[-1] :] if indents and line.strip() else line
        stripped = line.strip()
        options, was_options = False, options
        if fence is not None:
            fence = None if stripped.startswith(fence) and not stripped.strip(fence[0]) else fence
        elif closers and stripped.startswith(closers[-1]) and not stripped.strip(closers[-1][0]):
            closers.pop()
            line = BOX_END  # where the label its title may be ends
        elif not was_quoted and (callout := _OBSIDIAN_CALLOUT.match(line)) is not None:
            # its body stays a blockquote: the title is a paragraph of its own above it
            line = callout["title"] or callout["type"].capitalize()
        elif (admonition := _ADMONITION.match(line)) is not None:
            indents.append(len(line) - len(line.lstrip()) + 4 + (indents[-1] if indents else 0))
            titled = next((title for title in admonition.groups() if title is not None), None)
            # "!!! note" with no title: MkDocs titles it by its type ("Note"); '!!! note ""'
            # shows no title at all
            kind = _ADMONITION_KIND.match(line) if titled is None else None
            title = _box_title(titled or (kind[1].capitalize() if kind else ""))
            line = " " * (indents[0] - 4) + title if title else title
        elif (directive := _DIRECTIVE.match(line)) is not None:
            name = directive["name"] or directive["braced"] or directive["bare"]
            if name in CODE_DIRECTIVES:
                fence = directive["fence"]
            else:
                closers.append(directive["fence"] or directive["colons"])
                # ```{seealso}: Sphinx titles it, as it does .. seealso::
                line = _box_title(directive["title"] or SPHINX_BOXES.get(name or "", ""))
                options = True
        elif (admonish := _ADMONISH.match(line)) is not None:
            # mdbook-admonish: ```admonish tip title="Optional", titled by its type else
            closers.append(admonish["fence"])
            line = _box_title(admonish["title"] or (admonish["kind"] or "note").capitalize())
        elif (link := _shortcode_link(line)) is not None:
            line = link  # {{< reading title="A" url="u" optional="true" >}}: the link it renders
        elif (entry := _shortcode_entry(line)) is not None:
            opened = _SHORTCODE_ALONE.match(line)
            entries |= {opened["name"]} if opened else set()
            line = entry
        elif (shortcode := _SHORTCODE_TITLE.match(line)) is not None:
            line = _box_title(shortcode.group(1) or shortcode.group(2) or "")
        elif (alone := _SHORTCODE_ALONE.match(line)) is not None and alone["name"] in entries:
            line = ""  # {{< /lecture >}}: the entry's end, where the next one opens
        elif alone is not None:
            # {{< hint info >}} … {{< /hint >}}: an untitled box, no text; one named by a
            # requirement or a label, {{< optional >}} … {{< /optional >}}, titled so
            named = classify.label_requirement(alone["name"].replace("-", " "))[0]
            if alone["close"]:
                line = BOX_END
            elif alone["name"] in closed:
                line = (
                    _box_title(alone["name"].replace("-", " ").capitalize()) if named else BOX_START
                )
            else:
                line = ""
        elif (div := _PANDOC_DIV.match(line)) is not None and (div["attrs"] or divs):
            # "::: {.week #w1}" … ":::": a Pandoc div's fences, no text of it (a Quarto
            # callout's are read by :func:`pandoc`: kept, and so is its closing fence)
            opening = bool(div["attrs"])
            kept = opening and _CALLOUT.search(div["attrs"]) is not None
            if opening:
                divs.append(kept)
            else:
                kept = divs.pop()
            line = line if kept else ""
        elif _FENCE.match(line):
            fence = stripped[:3]
        elif was_options and _DIRECTIVE_OPTION.match(line):
            line, options = "", True
        lines[i] = line
    return "\n".join(lines)


def _box_title(title: str, kind: str = "") -> str:
    """A box's title line, marked as one (:data:`readlist.extract.dom.BOX_OPEN`), after
    its *kind* (:func:`_callout_kind`)."""
    return f"{title}{kind}{BOX_OPEN}" if title.strip() else ""


def _callout_kind(line: str) -> str:
    """The kind of a Quarto callout its opening line names (``.callout-note``), as a
    :data:`readlist.extract.dom.BOX_KIND` mark."""
    found = _CALLOUT_KIND.search(line)
    return BOX_KIND.format(found[1].lower()) if found else ""


_CALLOUT_KIND = lazyre.compile(r"\.callout-([A-Za-z]+)\b")


def _without_code(text: str) -> str:
    """*text* with the lines of fenced code blocks blanked (line numbers kept)."""
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    fence = None
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence, lines[i] = opened.group(1), ""
        elif fence is not None:
            if opened and opened.group(1) == fence:
                fence = None
            lines[i] = ""
    return "\n".join(lines)


_SHORTCODE_CALL = r"\{\{[<%] *[\w-]+ +([^>%]*?)/?[>%]\}\}"
_SHORTCODE = lazyre.compile(rf"^ *{_SHORTCODE_CALL} *$")
_INLINE_CALL = lazyre.compile(_SHORTCODE_CALL)


def _shortcode_entry(line: str) -> str | None:
    """The entry a Hugo shortcode with a date parameter opens, alone on its line
    (``{{< lecture date="2025-01-21" title="Intro" >}}`` … ``{{< /lecture >}}``): the
    heading its template draws."""
    match = _SHORTCODE.match(line) if "date" in line else None
    return entry_of_params(match.group(1)) if match else None


def _shortcode_link(line: str) -> str | None:
    """The link a Hugo shortcode with a URL parameter renders, like a Jekyll include's:
    alone on its line, a list item; inside a line (``- {{< paper url="u" >}}``), the
    link in its place."""
    if "{{" not in line:
        return None
    match = _SHORTCODE.match(line)
    if match:
        return link_of_params(match.group(1))
    if "{{< /" in line or "{{% /" in line:
        return None  # a paired shortcode renders its own text (markdown.hugo_refs)
    rendered = _INLINE_CALL.sub(lambda m: link_of_params(m.group(1), item=False) or m[0], line)
    return rendered if rendered != line else None


def _same_level(body: str, heading: str) -> int:
    """How many headings of *heading*'s level the page has."""
    hashes = re.match(r" {0,3}(#{1,6})\s", heading)
    if hashes:
        return len(re.findall(rf"^ {{0,3}}{hashes.group(1)}\s", body, re.MULTILINE))
    tag = re.match(r"<(h[1-6])", heading, re.IGNORECASE)
    return len(re.findall(rf"<{tag.group(1)}\b", body, re.IGNORECASE)) if tag else 1


_FILE_DATE = lazyre.compile(r"^\d{4}-\d{2}-\d{2}(?=[\s_.-])[\s_.-]*")
"""The date opening a file's name (``2025-02-04 Attention``)."""


@dataclass(frozen=True)
class PageEntry:
    """A page that is one lecture: its key, title and line."""

    key: str
    title: str
    line: int
    titled: bool
    """The date is in the page's title or first heading (a page staff dated on
    purpose), not only in a ``date:`` field (which pages of any kind carry)."""
    from_heading: bool = False
    """The date is in the page's first heading: that heading titles the page, it
    does not end it."""


def lecture_of_page(meta: dict[str, Any] | None, body: str, stem: str = "") -> PageEntry | None:
    """The entry of a page that is one lecture, else ``None``.

    The key is the date in the front matter title or the page's first heading,
    else the date of its ``date:`` field; the title is that text without the
    date (and a ``Lecture 3``/``Week 5`` label), else the other of the two.  A first
    heading that is a reading label (``## Readings``) titles nothing: a page with no
    other title is titled by its file's name (*stem*) without its date, as Quartz and
    Obsidian show it (``2025-02-04 Attention``).
    """
    meta = meta or {}
    title = classify.collapse(str(meta.get("title") or ""))
    body = _without_code(body)  # a "# comment" in a code chunk is no heading
    found = _FIRST_HEADING.search(body)
    written = (found.group(1) or found.group(2) or "") if found else ""
    heading = classify.collapse(re.sub(r"<[^>]+>|[*_`]", "", written))
    if found and _same_level(body, found.group(0)) > 1:
        heading = ""  # several headings alike: a page of sections, not one dated page
    labelled = bool(heading) and classify.label_requirement(heading)[0]
    heading = "" if labelled else heading  # "## Readings" opens the list, it titles nothing
    heading_line = body.count("\n", 0, found.start()) + 1 if found else 1
    for text, line, own in ((title, 1, False), (heading, heading_line, True)):
        date = classify.date_in(text)
        if date:
            rest = classify.title_without(text, date)
            fallback = classify.title_without(heading or title, "")
            return PageEntry(date, rest or fallback, line, True, own)
    for name in vocab.PAGE_DATE_FIELDS:
        value = meta.get(name)
        written = str(value).strip() if isinstance(value, (str, int)) else ""
        date = classify.date_in(re.sub(r"^(\d{4}-\d{2}-\d{2})[T ]\d.*$", r"\1", written))
        if date:  # "2025-01-21T10:00:00-08:00" -> 2025-01-21; "last-modified" is no date
            named = title or heading  # "Week 1" alone: the label is all the title says
            if not named and labelled:
                named = _FILE_DATE.sub("", stem).strip()  # "2025-02-04 Attention"
            return PageEntry(date, classify.title_without(named, "") or named, 1, False)
    return None


_WIKILINK = lazyre.compile(r"(?<!\[)\[\[([^\[\]\n|]{1,300})(?:\|([^\[\]\n]{1,300}))?\]\](?![(\[])")
"""A wiki's link, ``[[Page]]`` or ``[[a|b]]`` (not ``[[pdf]](u)``, a link whose text is
``[pdf]``)."""


_HAS_SUFFIX = lazyre.compile(r"\.[A-Za-z0-9]{1,5}$")


def wikilinks(text: str, order: str) -> str:
    """A wiki's links written as Markdown links, as the wiki renders them: in a GitHub
    (Gollum) wiki ``[[text|Page-Name]]`` and ``[[text|https://..]]``, in an Obsidian
    vault ``[[Note name|text]]``; ``[[Page]]`` is a link to the page named. A side that
    is a URL is the target either way."""
    if "[[" not in text:
        return text

    def link(match: re.Match[str]) -> str:
        first, second = match.group(1).strip(), (match.group(2) or "").strip()
        if not second:
            text_, target = first, first
        elif "://" not in second and ("://" in first or order == "obsidian"):
            text_, target = second, first
        else:
            text_, target = first, second
        if "://" not in target and not _HAS_SUFFIX.search(target):
            # another page of the wiki, by its file's name (Gollum's: hyphens for spaces)
            target = (target.replace(" ", "-") if order == "gollum" else target) + ".md"
        return f"[{text_}](<{target}>)"

    return _WIKILINK.sub(link, text)
