"""How close a link's text is to a paper's title.

Course sites rarely copy arXiv's title exactly: they abbreviate (``Alpa``,
``Chain-of-Thought Prompting``), append venue tags (``[ICLR'18]``), prepend
nicknames (``(Alpha Zero) Mastering Chess ...``), use a conference title that
differs from the arXiv one, or mistype (``PGPipe``).  :func:`compare` tells
these apart:

* ``same`` -- equal up to case, accents, punctuation, TeX and HTML; or the text
  is the title's leading words, the name before its colon, or made of its words;
* ``typo`` -- a near miss: similarity at or above the threshold and a few edits
  apart, for the whole text or for the name before the colon;
* anything else differs, with a similarity score in ``[0, 1]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

_HTML_TAG = re.compile(r"<[^>]{0,200}>")
_TEX_COMMAND = re.compile(r"\\[A-Za-z]+")
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_HEAD_WORDS = 4
"""A colon after at most this many words makes the part before it a name (``Alpa:``)."""

GENERIC_TEXTS = frozenset(
    {
        "paper", "pdf", "arxiv", "link", "here", "this", "article", "preprint", "abstract",
        "full text", "the paper", "this paper", "read", "reading", "html", "web", "website",
        "blog", "blog post", "extended version", "tech report", "technical report",
    }
)  # fmt: skip
"""Link texts that do not try to name the paper: nothing to compare."""


@dataclass(frozen=True)
class TitleMatch:
    """What :func:`compare` found."""

    score: float
    """Similarity in ``[0, 1]``; 1.0 when ``same``."""
    same: bool
    typo: bool = False
    """A near miss (same paper, a few characters wrong)."""
    text_part: str = ""
    """For a typo: the part of the text that is wrong (the name, or the whole text)."""
    title_part: str = ""
    """For a typo: what the title says instead."""
    same_name: bool = False
    """Both start with the same name before a colon (``GPipe: ...``), the rest differs."""


def normalize(text: str) -> str:
    """Lower-case words separated by single spaces: no accents, punctuation, TeX or tags."""
    text = _HTML_TAG.sub("", text)
    text = _TEX_COMMAND.sub(" ", text).replace("$", "").replace("{", "").replace("}", "")
    text = text.replace("_", "").replace("^", "")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", plain.casefold()).strip()


def head(text: str) -> str | None:
    """The normalised name before a title's first colon (``Alpa: ...`` -> ``alpa``)."""
    name, colon, _ = text.partition(":")
    if not colon or not name.strip() or len(name.split()) > _HEAD_WORDS:
        return None
    return normalize(name) or None


def is_generic(text: str) -> bool:
    """True for link texts such as ``PDF`` or ``paper`` that do not name the paper."""
    plain = normalize(text)
    return not plain or plain in GENERIC_TEXTS or plain.replace(" ", "").isdigit()


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


def few_edits(a: str, b: str) -> bool:
    """At most two edits, or one in ten characters for long texts."""
    return edit_distance(a, b) <= max(2, min(len(a), len(b)) // 10)


def variants(text: str) -> list[str]:
    """The text as written, and without bracketed asides (venue tags, nicknames)."""
    found = [normalize(text), normalize(_BRACKETED.sub(" ", text))]
    return [v for i, v in enumerate(found) if v and v not in found[:i]]


def compare(text: str, title: str, threshold: float) -> TitleMatch:
    """How *text* (a link text without requirement markers) relates to *title*."""
    wanted = normalize(title)
    title_head = head(title)
    best = TitleMatch(score=0.0, same=False)
    for candidate in variants(text):
        if _same(candidate, wanted, title_head):
            return TitleMatch(score=1.0, same=True)
        match = _near(candidate, text, wanted, title, threshold)
        if match.typo and not best.typo or match.score > best.score and match.typo == best.typo:
            best = match
    return best


def _same(text: str, title: str, title_head: str | None) -> bool:
    if text.replace(" ", "") == title.replace(" ", ""):
        return True
    if text == title_head or title.startswith(text + " "):
        return True
    words = text.split()
    if len(words) >= 3 and title.startswith(text):  # cut off mid-word
        return True
    return len(words) >= 2 and set(words) <= set(title.split())


def _near(candidate: str, raw_text: str, title: str, raw_title: str, threshold: float) -> TitleMatch:
    full = ratio(candidate, title)
    words = candidate.split()
    start = " ".join(title.split()[: len(words)])
    prefix = ratio(candidate, start) if len(start) < len(title) else 0.0
    contained = sum(w in set(title.split()) for w in words) / len(words)
    score = max(full, prefix, contained)
    if full >= threshold and few_edits(candidate, title):
        return TitleMatch(score=full, same=False, typo=True, text_part=raw_text,
                          title_part=raw_title)  # fmt: skip
    if prefix >= threshold and few_edits(candidate, start):
        return TitleMatch(score=prefix, same=False, typo=True, text_part=raw_text,
                          title_part=raw_title)  # fmt: skip
    text_head, title_head = head(raw_text), head(raw_title)
    if text_head and title_head:
        if text_head == title_head:
            return TitleMatch(score=score, same=False, same_name=True)
        named = ratio(text_head, title_head)
        if named >= threshold and few_edits(text_head, title_head):
            return TitleMatch(score=named, same=False, typo=True,
                              text_part=raw_text.partition(":")[0].strip(),
                              title_part=raw_title.partition(":")[0].strip())  # fmt: skip
    return TitleMatch(score=score, same=False)
