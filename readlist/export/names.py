"""Author names: arXiv's "Given Family" strings split into parts.

arXiv gives each author as one string in reading order.  Splitting is a
heuristic (BibTeX's own, made explicit): the family name is the last word plus
any lower-case particles before it (``van der``), a trailing ``Jr.``/``III``
is a suffix, and a name that is one word or names a group (``The ATLAS
Collaboration``) is kept whole as a literal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from readlist import lazyre

PARTICLES = frozenset(
    """al bin da das de del della den der des di do dos du el ibn la le san st ten ter van
    von y zu""".split()  # noqa: SIM905 - a word list reads best as text
)
SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_GROUP_WORDS = lazyre.compile(
    r"\b(collaboration|consortium|team|group|project|committee|inc|ltd|lab|laboratory|"
    r"institute|university|organization|association|foundation|et al)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Name:
    """One author; either ``literal`` or ``family`` (+ ``given``, ``particle``, ``suffix``)."""

    family: str = ""
    given: str = ""
    particle: str = ""
    """Lower-case prefix of the family name (``van der``)."""
    suffix: str = ""
    literal: str = ""
    """The whole name, when it cannot be split (a group, a single word)."""

    @property
    def full(self) -> str:
        """The name in reading order, as arXiv writes it."""
        if self.literal:
            return self.literal
        parts = (self.given, self.particle, self.family)
        name = " ".join(part for part in parts if part)
        return f"{name} {self.suffix}" if self.suffix else name

    @property
    def short(self) -> str:
        """What a reference list shows before ``et al.``: the family name."""
        return self.literal or " ".join(part for part in (self.particle, self.family) if part)


def clean_text(text: str) -> str:
    """Collapse whitespace and drop control characters."""
    if not text.isprintable():  # the common case skips the per-character look-up
        text = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    return " ".join(text.split())


@lru_cache(maxsize=8192)  # one author is split for the key, the record and each format
def split_name(raw: str) -> Name:
    """Split one author string (``Quoc V. Le``, ``Peter H. N. de With``, ``Lee, Jr., Guy``)."""
    text = clean_text(raw).strip(" ,")
    if not text:
        return Name(literal="")
    if "," in text:
        return _split_inverted(text)
    words = text.split(" ")
    suffix = ""
    if len(words) > 2 and words[-1].lower() in SUFFIXES:
        suffix = words.pop().rstrip(",")
        words[-1] = words[-1].rstrip(",")
    if len(words) < 2 or _GROUP_WORDS.search(text) or any(map(str.isdigit, text)):
        return Name(literal=text)
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES and words[start - 1].islower():
        start -= 1
    return Name(
        family=words[-1],
        given=" ".join(words[:start]),
        particle=" ".join(words[start:-1]),
        suffix=suffix,
    )


def _split_inverted(text: str) -> Name:
    """``Family, Given`` or ``Family, Suffix, Given`` (BibTeX order)."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > 3 or not all(parts):
        return Name(literal=text)
    family_words = parts[0].split(" ")
    particle_end = 0
    while particle_end < len(family_words) - 1 and family_words[particle_end].islower():
        particle_end += 1
    suffix = parts[1] if len(parts) == 3 else ""
    return Name(
        family=" ".join(family_words[particle_end:]),
        given=parts[-1],
        particle=" ".join(family_words[:particle_end]),
        suffix=suffix,
    )


def short_authors(names: tuple[Name, ...]) -> str:
    """``A``, ``A and B``, ``A, B and C``; past three, ``Zheng et al.``"""
    if not names:
        return ""
    if len(names) > 3:
        return f"{names[0].short} et al."
    full = [name.full for name in names]
    return full[0] if len(full) == 1 else ", ".join(full[:-1]) + " and " + full[-1]
