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
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

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
    """For a typo in the name before the colon: the name as written (``PGPipe``)."""
    title_part: str = ""
    """... and as the title writes it (``GPipe``); both empty for a typo in the whole text."""
    same_name: bool = False
    """Both start with the same name before a colon (``GPipe: ...``), the rest differs."""


@lru_cache(maxsize=8192)
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


@lru_cache(maxsize=8192)
def variants(text: str) -> tuple[str, ...]:
    """The text as written, and without bracketed asides (venue tags, nicknames)."""
    found = [normalize(text), normalize(_BRACKETED.sub(" ", text))]
    return tuple(v for i, v in enumerate(found) if v and v not in found[:i])


def could_name(text: str, title: str, threshold: float) -> bool:
    """A cheap test that is true whenever :func:`compare` finds *text* naming *title*.

    (Same or at least *threshold* similar, typos aside.)  Naming needs the first
    word in common (equal, leading words, the name before the colon), or enough
    shared words, or enough characters in common for the ratio to reach *threshold*.
    """
    wanted = normalize(title)
    words = _words(wanted)
    for candidate in variants(text):
        mine = candidate.split()
        if mine[0] in words or sum(w in words for w in mine) >= threshold * len(mine):
            return True
        if _may_reach(candidate, wanted, threshold):
            return True
        if _may_reach(candidate, _leading(candidate, wanted), threshold):
            return True
    return False


def _may_reach(a: str, b: str, threshold: float) -> bool:
    """False when ``ratio(a, b)`` cannot reach *threshold* (difflib's quick bounds)."""
    total = len(a) + len(b)
    if not total or 2 * min(len(a), len(b)) < threshold * total:
        return False
    return 2 * sum((_letters(a) & _letters(b)).values()) >= threshold * total


@lru_cache(maxsize=8192)
def _letters(text: str) -> Counter[str]:
    return Counter(text)


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def compare(text: str, title: str, threshold: float) -> TitleMatch:
    """How *text* (a link text without requirement markers) relates to *title*.

    A typo wins over a plain difference; among equals the higher score wins.
    """
    wanted = normalize(title)
    best = TitleMatch(score=0.0, same=False)
    for candidate in variants(text):
        if _same(candidate, wanted, head(title)):
            return TitleMatch(score=1.0, same=True)
        match = _near(candidate, wanted, threshold) or _named(text, title, threshold)
        if match is None:
            match = TitleMatch(score=_score(candidate, wanted), same=False)
        if (match.typo, match.score) > (best.typo, best.score):
            best = match
    if best.typo:
        return best
    same_name = head(text) is not None and head(text) == head(title)
    return TitleMatch(score=best.score, same=False, same_name=same_name)


def _same(text: str, title: str, title_head: str | None) -> bool:
    """Equal, the title's name or leading words, or made only of the title's words."""
    if text.replace(" ", "") == title.replace(" ", ""):
        return True
    if text == title_head or title.startswith(text + " "):
        return True
    words = text.split()
    if len(words) >= 3 and title.startswith(text):  # cut off mid-word
        return True
    return len(words) >= 2 and set(words) <= set(title.split())


def _leading(text: str, title: str) -> str:
    """As many leading words of *title* as *text* has (for truncated link texts)."""
    return " ".join(title.split()[: len(text.split())])


def _score(text: str, title: str) -> float:
    """Best of: whole-text similarity, similarity to the title's start, words shared."""
    words = text.split()
    start = _leading(text, title)
    prefix = ratio(text, start) if len(words) >= 3 and len(start) < len(title) else 0.0
    shared = sum(word in set(title.split()) for word in words) / len(words)
    return max(ratio(text, title), prefix, shared)


def _near(text: str, title: str, threshold: float) -> TitleMatch | None:
    """A typo in the whole text, or in a text cut short."""
    targets = [title, _leading(text, title)] if len(text.split()) >= 3 else [title]
    for target in targets:
        score = ratio(text, target)
        if score >= threshold and few_edits(text, target):
            return TitleMatch(score=score, same=False, typo=True)
    return None


def _named(raw_text: str, raw_title: str, threshold: float) -> TitleMatch | None:
    """A typo in the name before the colon (``PGPipe: ...`` for ``GPipe: ...``)."""
    text_head, title_head = head(raw_text), head(raw_title)
    if not text_head or not title_head or text_head == title_head:
        return None
    score = ratio(text_head, title_head)
    if score < threshold or not few_edits(text_head, title_head):
        return None
    return TitleMatch(
        score=score,
        same=False,
        typo=True,
        text_part=raw_text.partition(":")[0].strip(),
        title_part=raw_title.partition(":")[0].strip(),
    )
