"""The font style an element is set in: its tag (``<b>``, ``<i>``), its inline
``style=`` and its classes, resolved through the page's own ``<style>`` rules
(``.c7{font-weight:700}``: Google Docs, Word and Notion exports never write ``<b>``).

Only the styles a page's key names are read: ``bold``, ``italic``, ``grey`` text
(``color: #666666``, set apart from the black) and a ``highlight`` (``<mark>``, a
yellow ``background-color``). A declaration sets one on (``font-weight:700``,
``bold``, ``font-style:italic``) or off (``font-weight:400``, ``normal``, a black
``color``); only simple class selectors (``.c7``) are
resolved, a later rule outranking an earlier one and an inline style both.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from readlist import lazyre

Styles = dict[str, bool]
"""Per style (``bold``, ``italic``), whether a declaration sets it on or off."""
ClassStyles = dict[str, dict[str, tuple[int, bool]]]
"""Per class, per style: the rule's place in the page's style sheets and its value."""

TAG_STYLES: dict[str, str] = {
    **{"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "mark": "highlight"},
}
"""Tags that set a style by themselves."""

_COMMENT = lazyre.compile(r"/\*.*?\*/", re.DOTALL)
_AT_STATEMENT = lazyre.compile(r"@[a-z-]+[^;{}]*;", re.IGNORECASE)  # "@import url(..);"
_RULE = lazyre.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = lazyre.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_DECLARATION = lazyre.compile(
    r"(font-weight|font-style|font|color|background-color|background)\s*:\s*([^;]+)", re.IGNORECASE
)
_GREY_NAMES = frozenset(
    {"gray", "grey", "darkgray", "darkgrey", "dimgray", "dimgrey", "silver", "slategray"}
)
_HEX = lazyre.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b")
_RGB = lazyre.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)")
_STYLED_DECLARATION = lazyre.compile(r"font|color|background", re.IGNORECASE)
_BOLD_WEIGHTS = lazyre.compile(r"bold|bolder|[6-9]00")
_NORMAL_WEIGHTS = lazyre.compile(r"normal|lighter|[1-5]00")


def declared(declarations: str) -> Styles:
    """The styles a declaration block sets on or off (``font-weight:700`` bold;
    ``font-weight:400`` not bold; ``font-style:italic`` italic; the ``font``
    shorthand sets what it names)."""
    found: Styles = {}
    for name, value in _DECLARATION.findall(declarations):
        name, value = name.lower(), value.lower().replace("!important", "").strip()
        if name == "font-weight":
            if _BOLD_WEIGHTS.fullmatch(value):
                found["bold"] = True
            elif _NORMAL_WEIGHTS.fullmatch(value):
                found["bold"] = False
        elif name == "font-style":
            if value in ("italic", "oblique"):
                found["italic"] = True
            elif value == "normal":
                found["italic"] = False
        elif name == "color":  # grey text, set apart from the black
            rgb = _rgb(value)
            if value in _GREY_NAMES or (rgb is not None and _greyish(rgb)):
                found["grey"] = True
            elif value == "black" or (rgb is not None and max(rgb) < 0x55):
                found["grey"] = False
        elif name.startswith("background"):  # a highlight: yellow to amber, or none
            rgb = _rgb(value)
            if "yellow" in value or (rgb is not None and _yellowish(rgb)):
                found["highlight"] = True
            elif value in ("none", "transparent", "white") or rgb == (255, 255, 255):
                found["highlight"] = False
        else:  # "font: italic bold 12px Arial"
            words = value.split()
            if any(_BOLD_WEIGHTS.fullmatch(word) for word in words):
                found["bold"] = True
            if "italic" in words or "oblique" in words:
                found["italic"] = True
    return found


def _rgb(value: str) -> tuple[int, int, int] | None:
    """The colour *value* writes as hex or ``rgb()``."""
    hexed = _HEX.search(value)
    if hexed:
        digits = hexed.group(1)
        digits = "".join(c * 2 for c in digits) if len(digits) == 3 else digits
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    rgb = _RGB.search(value)
    return (int(rgb.group(1)), int(rgb.group(2)), int(rgb.group(3))) if rgb else None


def _greyish(rgb: tuple[int, int, int]) -> bool:
    """A grey between dark and light (``#666666``, ``#999``), not black text."""
    return max(rgb) - min(rgb) <= 24 and 0x55 <= sum(rgb) // 3 <= 0xCC


def _yellowish(rgb: tuple[int, int, int]) -> bool:
    """A highlighter's colour, yellow to amber (``#ffff00``, ``#fff2cc``, ``#fcb900``)."""
    red, green, blue = rgb
    return red > 200 and green > 120 and blue < min(red, green) - 30


def class_styles(tree: LexborHTMLParser) -> ClassStyles:
    """The font styles the page's own ``<style>`` rules give each class (``.c7{...}``),
    read once per page; nothing when it has no ``<style>`` or no font rule."""
    sheets = [node.text(deep=True) for node in tree.css("style")]
    found: ClassStyles = {}
    order = 0
    for sheet in sheets:
        if "font" not in sheet and "color" not in sheet and "background" not in sheet:
            continue
        sheet = _AT_STATEMENT.sub("", _COMMENT.sub("", sheet))
        for selectors, declarations in _RULE.findall(sheet):
            if not _STYLED_DECLARATION.search(declarations):
                continue
            styles = declared(declarations)
            if not styles:
                continue
            for selector in selectors.split(","):
                simple = _CLASS_SELECTOR.fullmatch(selector.strip())
                if simple is None:
                    continue  # "p.c1", ".a .b", ".a > li:before": no simple class
                order += 1
                rules = found.setdefault(simple.group(1), {})
                for style, on in styles.items():
                    rules[style] = (order, on)
    return found


def element_styles(node: LexborNode, classes: ClassStyles) -> Styles:
    """The styles *node* itself sets on or off: its tag's, its classes' (the later
    rule wins) and its inline ``style=`` (which outranks them)."""
    found: Styles = {}
    tag_style = TAG_STYLES.get(node.tag or "")
    if tag_style is not None:
        found[tag_style] = True
    attributes = node.attributes if node.tag not in ("-text", "-comment") else {}
    names = (attributes.get("class") or "").split() if classes else ()
    ranked: dict[str, tuple[int, bool]] = {}
    for name in names:
        for style, (order, on) in classes.get(name, {}).items():
            if style not in ranked or order > ranked[style][0]:
                ranked[style] = (order, on)
    found.update({style: on for style, (_, on) in ranked.items()})
    if node.tag == "font" and attributes.get("color"):  # <FONT COLOR="gray">: HTML 3.2
        found.update(declared(f"color: {attributes['color']}"))
    inline = attributes.get("style")
    if inline and _STYLED_DECLARATION.search(inline):
        found.update(declared(inline))
    return found


_LINKED = lazyre.compile(
    r"<link\b(?=[^<>]*\brel\s*=\s*[\"']?stylesheet)[^<>]*\bhref\s*=\s*[\"']?([^\"'\s<>]+)",
    re.IGNORECASE,
)
_MAX_SHEET = 512 * 1024
"""A local style sheet larger than this is not read (a framework's, not the page's)."""


def local_text(path: Path, root: Path, most: int) -> str | None:
    """The text of a file a page names, read only inside the site *root* and up to *most*
    bytes (``None`` otherwise): a page's own files, never one elsewhere on the disk."""
    path = path.resolve()
    try:
        info = path.stat()
        # a FIFO or a device named like a page's file is never opened: it could block
        if not path.is_relative_to(root.resolve()) or not stat.S_ISREG(info.st_mode):
            return None
        if info.st_size > most:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def with_local_sheets(html: str, folder: Path, root: Path) -> str:
    """*html* with the local style sheets it links (``<link rel="stylesheet"
    href="syllabus.css">``: TeX4ht, Word and Pandoc write their class rules there)
    inlined in a ``<style>`` of its head, so their classes' styles are read like the
    page's own; a sheet outside the site *root*, remote, or over 512 KiB is not read."""
    sheets: list[str] = []
    for href in _LINKED.findall(html):
        if "://" in href or href.startswith(("//", "/", "data:")) or not href.endswith(".css"):
            continue
        sheet = local_text(folder / href.split("?", 1)[0], root, _MAX_SHEET)
        if sheet is not None:
            sheets.append(sheet)
    if not sheets:
        return html
    style = "<style>" + "\n".join(sheets).replace("</", "<\\/") + "</style>"
    head = re.search(r"</head\s*>", html, re.IGNORECASE)
    return f"{html[: head.start()]}{style}{html[head.start() :]}" if head else style + html
