"""Empty icon elements as signs: ``<i class="fa fa-book"></i>`` is a sign named by its
icon, as ``★`` is one named by its character.

An icon font draws its picture from the element's class (Font Awesome's ``fa-book``,
Bootstrap Icons' ``bi-book``, ``icon-book``) or from a ligature, its text (``<span
class="material-icons">menu_book</span>``): the element holds no character a key or a
reading could be read by.  :func:`signed` writes one stable character of a private use
plane (:data:`SIGNS`) in place of each icon element: a page's keys are read with every
icon so written, its readings with only the icons a key gives a meaning (so the sign
machinery of :mod:`readlist.extract.reader` reads them like any other sign; icons no
key names are left as they are).  :func:`unsigned` takes the characters out of
what a reader shows (a reading's text and title, a lecture's key and title).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Container

from readlist import lazyre
from readlist.extract import vocab

_FIRST = 0xF0000
_COUNT = 0xFFFE
SIGNS = "\U000f0000-\U000ffffd"
"""The characters written for icons (Supplementary Private Use Area-A: never a page's
own, unlike the BMP's private use area where icon fonts put their glyphs): a range for
a regex character class."""
_SIGN = lazyre.compile(rf"[{SIGNS}]\s*")
_ICON = lazyre.compile(
    r"<(?P<tag>i|span)\b[^<>]*?\bclass\s*=\s*(?P<q>[\"'])(?P<cls>[^\"'<>]*)(?P=q)[^<>]*>"
    r"(?P<text>[^<>]{0,60})</(?P=tag)\s*>",
    re.IGNORECASE,
)
"""An icon element's candidate: an ``<i>`` or ``<span>`` with a class and no child."""
_LIGATURE = lazyre.compile(r"[a-z][a-z0-9_]{0,40}")
"""A ligature's text (``menu_book``)."""
_HINTS = (*vocab.ICON_CLASSES, *vocab.ICON_LIGATURE_CLASSES)


def icon_name(classes: str, text: str) -> str | None:
    """The icon an element of *classes* holding *text* draws (``fa-book`` for ``fa-solid
    fa-book fa-fw`` and no text; ``material-icons:menu_book``), else ``None``."""
    names = classes.lower().split()
    inside = text.replace("&nbsp;", " ").strip()
    for name in names:
        if name.startswith(vocab.ICON_LIGATURE_CLASSES):
            word = inside.lower()
            return f"{vocab.ICON_LIGATURE_CLASSES[0]}:{word}" if _LIGATURE.fullmatch(word) else None
    if inside:
        return None
    for name in names:
        prefix = next((p for p in vocab.ICON_CLASSES if name.startswith(p)), None)
        if (
            prefix is not None
            and name[len(prefix) :]
            and name[len(prefix) :] not in vocab.ICON_MODIFIERS
        ):
            return name
    return None


def sign_of(name: str) -> str:
    """The character written for the icon *name*: the same on every page and run."""
    return chr(_FIRST + zlib.crc32(name.encode()) % _COUNT)


def signed(html: str, keep: Container[str] | None = None) -> str:
    """*html* with each icon element written as its sign (only those in *keep*, when
    given); *html* itself when no icon class is on the page."""
    lowered = html.lower()
    if not any(hint in lowered for hint in _HINTS):
        return html

    def sign(match: re.Match[str]) -> str:
        name = icon_name(match["cls"], match["text"])
        if name is None or (keep is not None and sign_of(name) not in keep):
            return match.group(0)
        return sign_of(name)

    return _ICON.sub(sign, html)


def has_signs(text: str) -> bool:
    """Whether *text* holds a character written for an icon."""
    return _SIGN.search(text) is not None


PAPER = chr(_FIRST)
"""The character written for an icon that opens a work, shown alone as a link's text
(``[{{< fa book >}}](u)`` after a citation: :data:`vocab.PAPER_ICONS`): a generic link,
titled by the words before it, and no word of its text."""


def unsigned(text: str) -> str:
    """*text* without the characters written for icons (nor the space after each)."""
    return _SIGN.sub("", text).strip() if _SIGN.search(text) else text
