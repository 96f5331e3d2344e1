"""How close a link's text is to a paper's title.

Course sites rarely copy the title exactly: they number the reading (``3.2 -
Megatron-LM``), abbreviate (``Alpa``, ``Chain-of-Thought Prompting``, ``GFS``),
append venue tags (``[ICLR'18]``), prepend nicknames (``(Alpha Zero) Mastering
Chess ...``), use a conference title that differs from the arXiv one, or mistype
(``PGPipe``).  :func:`compare` reads the text as staff write it
(:func:`readlist.linktext.work_name` first) and tells these apart, in this order:

* ``same`` -- equal up to case, accents, punctuation, TeX and HTML; the title's
  leading words; or made only of its words;
* ``nickname`` -- the name before the title's colon, its acronym (``GFS``), a
  run of its words (``PagedAttention``), or a name the abstract uses
  (``Chinchilla``);
* ``typo`` -- a near miss of a title word (or name) inside the text (``PGPipe``
  for ``GPipe``, ``Megatorn`` for ``Megatron``), or of the whole title;
* ``close`` -- at least *threshold* similar (``Visualizing and Understanding CNNs``);
* ``same-name`` -- same name before the colon, different rest;
* ``differs`` / ``mismatch`` -- similarity from 0.5, or below it.

Strings are compared with rapidfuzz: the Indel ratio (as difflib's) for
similarity, optimal string alignment (a swap of two letters is one edit) for typos.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from readlist import lazyre
from readlist.linktext import work_name

_HTML_TAG = lazyre.compile(r"<[^>]{0,200}>")
_TEX_COMMAND = lazyre.compile(r"\\[A-Za-z]+")
_BRACKETED = lazyre.compile(r"\[[^\]]*\]|\([^)]*\)")
_NOT_WORD = lazyre.compile(r"[^0-9a-z]+")
_DISPLAY_WORD = lazyre.compile(r"[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*")
_HEAD_WORDS = 4
"""A colon after at most this many words makes the part before it a name (``Alpa:``)."""
MODERATE = 0.5
"""Below this similarity a link text has little in common with the title."""

GENERIC_TEXTS = frozenset(
    {
        "paper", "pdf", "arxiv", "link", "here", "this", "article", "preprint", "abstract",
        "full text", "the paper", "this paper", "read", "reading", "html", "web", "website",
        "blog", "blog post", "extended version", "tech report", "technical report",
    }
)  # fmt: skip
"""Link texts that do not try to name the paper: nothing to compare."""

STOP_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "into", "is", "of",
        "on", "or", "the", "to", "via", "with", "without",
    }
)  # fmt: skip
"""Title words an acronym skips and a one-word nickname never is."""

Kind = Literal["same", "nickname", "typo", "close", "same-name", "differs", "mismatch"]


@dataclass(frozen=True)
class TitleMatch:
    """What :func:`compare` found."""

    kind: Kind
    score: float
    """Similarity in ``[0, 1]``; 1.0 for ``same`` and ``nickname``."""
    text_part: str = ""
    """For a typo of a word or name: the word as written (``PGPipe``)."""
    title_part: str = ""
    """... and as the title writes it (``GPipe``); both empty for a typo of the whole text."""

    @property
    def same(self) -> bool:
        """The text names the title exactly or by a nickname: nothing to report."""
        return self.kind in ("same", "nickname")

    @property
    def names(self) -> bool:
        """The text names the title (same, a nickname, or close enough)."""
        return self.kind in ("same", "nickname", "close")

    @property
    def typo(self) -> bool:
        return self.kind == "typo"


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Lower-case words separated by single spaces: no accents, punctuation, TeX or tags."""
    return _NOT_WORD.sub(" ", _plain(text).casefold()).strip()


def _plain(text: str) -> str:
    text = _HTML_TAG.sub("", text)
    text = _TEX_COMMAND.sub(" ", text).replace("$", "").replace("{", "").replace("}", "")
    text = text.replace("_", "").replace("^", "")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def head(text: str) -> str | None:
    """The normalised name before a title's first colon (``Alpa: ...`` -> ``alpa``)."""
    name, colon, _ = text.partition(":")
    if not colon or not name.strip() or len(name.split()) > _HEAD_WORDS:
        return None
    return normalize(name) or None


def is_generic(text: str) -> bool:
    """True for link texts such as ``PDF`` or ``paper`` that do not name the paper."""
    plain = normalize(work_name(text))
    return not plain or plain in GENERIC_TEXTS or plain.replace(" ", "").isdigit()


def ratio(a: str, b: str) -> float:
    """Similarity in ``[0, 1]``: twice the common characters over the total length."""
    from rapidfuzz.distance import Indel  # loaded when texts are compared (check, matching)

    return Indel.normalized_similarity(a, b)


def few_edits(a: str, b: str) -> bool:
    """At most two edits, or one in ten characters for long texts."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b) <= max(2, min(len(a), len(b)) // 10)


def word_typo(written: str, meant: str) -> bool:
    """*written* is a near miss of the word *meant*: one edit (a swap of two letters is one).

    Not a typo: words under five letters, too short to tell a typo from another
    name (``BERT``/``BART``); a word that starts the other (``Transformer``/
    ``Transformers``); two words of one length that differ only in their last two
    letters, an ending (``learned``/``learner``); British and American spellings
    (``Optimisation``/``Optimization``, ``Modelling``/``Modeling``).
    """
    from rapidfuzz.distance import OSA

    if min(len(written), len(meant)) < 5 or OSA.distance(written, meant, score_cutoff=1) > 1:
        return False
    if written.startswith(meant) or meant.startswith(written):
        return False
    if len(written) == len(meant) and written[:-2] == meant[:-2]:
        return False
    return _american(written) != _american(meant)


_BRITISH = [(lazyre.compile(p), r) for p, r in (
    (r"is(e[sd]?|ing|ations?)$", r"iz\1"), (r"our(s|ed|ing)?$", r"or\1"),
    (r"ll(ing|ed|er)$", r"l\1"), (r"tre(s)?$", r"ter\1"),
)]  # fmt: skip


def _american(word: str) -> str:
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=8192)
def variants(text: str) -> tuple[str, ...]:
    """The name as written, and without bracketed asides (venue tags, nicknames)."""
    name = work_name(text)
    found = [normalize(name), normalize(_BRACKETED.sub(" ", name))]
    return tuple(v for i, v in enumerate(found) if v and v not in found[:i])


@lru_cache(maxsize=4096)
def abstract_names(abstract: str) -> frozenset[str]:
    """Names an abstract gives the work: capitalised words inside its sentences.

    ``... a predicted compute-optimal model, Chinchilla, ...`` gives ``Chinchilla``;
    a sentence's first word is capitalised anyway and is left out.
    """
    names = set()
    for sentence in re.split(r"[.!?:]\s+", _plain(abstract)):
        for word in _DISPLAY_WORD.findall(sentence)[1:]:
            if any(ch.isupper() for ch in word) and len(word) >= 3:
                names.add(word)
    return frozenset(names)


def compare(
    text: str, title: str, threshold: float, names: frozenset[str] = frozenset()
) -> TitleMatch:
    """How *text* (a link text without requirement markers) relates to *title*.

    *names*: what else the work is called (:func:`abstract_names`).  The first
    kind that applies wins (see the module's docstring); among the text's
    variants, the best kind, then the higher score.
    """
    best: TitleMatch | None = None
    for candidate in variants(text):
        match = _classify(candidate, text, title, threshold, names)
        if best is None or _rank(match) < _rank(best):
            best = match
    return best or TitleMatch("mismatch", 0.0)


_ORDER: tuple[Kind, ...] = (
    "same", "nickname", "typo", "close", "same-name", "differs", "mismatch"
)  # fmt: skip


def _rank(match: TitleMatch) -> tuple[int, float]:
    return _ORDER.index(match.kind), -match.score


def naming(
    text: str, title: str, threshold: float, names: frozenset[str] = frozenset()
) -> TitleMatch | None:
    """What :func:`compare` finds when *text* names *title* (same, nickname, close), else
    ``None``; without looking for typos.  Try it on the titles :func:`title_keys` finds."""
    found = [m for v in variants(text) if (m := _naming(v, title, threshold, names))]
    return min(found, key=_rank) if found else None


@lru_cache(maxsize=8192)
def title_keys(title: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys to index a title by, so that a text is compared only with titles it may name.

    A text names a title (:func:`naming`) only when they share one of
    :func:`text_keys`: a word or name (stop words aside), the whole title without
    spaces, or a run of three to eight initials.  (A text whose every word is
    mistyped shares none: it is a typo, not a name.)
    """
    plain = normalize(title)
    words = plain.split()
    keys = {key for key, _ in _display_words(title)} | set(words) | _name_keys(names)
    title_head = head(title)
    keys.update({plain.replace(" ", "")} | ({title_head.replace(" ", "")} if title_head else set()))
    for initials in (
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in STOP_WORDS),
    ):
        for i in range(len(initials)):
            keys.update(initials[i:j] for j in range(i + 3, min(i + 8, len(initials)) + 1))
    return frozenset(keys - STOP_WORDS)


def text_keys(text: str) -> frozenset[str]:
    """The keys of a link text to look up in :func:`title_keys`."""
    keys: set[str] = set()
    for variant in variants(text):
        keys.update(variant.split())
        keys.add(variant.replace(" ", ""))
    return frozenset(keys - STOP_WORDS)


def _naming(
    text: str, raw_title: str, threshold: float, names: frozenset[str]
) -> TitleMatch | None:
    title = normalize(raw_title)
    if _same(text, title):
        return TitleMatch("same", 1.0)
    if _nickname(text, raw_title, names):
        return TitleMatch("nickname", 1.0)
    score = _score(text, title)
    return TitleMatch("close", score) if score >= threshold else None


def _classify(
    text: str, raw_text: str, raw_title: str, threshold: float, names: frozenset[str]
) -> TitleMatch:
    named = _naming(text, raw_title, threshold, names)
    if named is not None and named.kind != "close":
        return named
    title = normalize(raw_title)
    typo = _word_typo(text, raw_text, raw_title, names, threshold) or _near(text, title, threshold)
    if typo is not None:
        return typo
    if named is not None:
        return named
    score = _score(text, title)
    text_head = head(work_name(raw_text))
    if text_head is not None and text_head == head(raw_title):
        return TitleMatch("same-name", score)
    return TitleMatch("differs" if score >= MODERATE else "mismatch", score)


def _same(text: str, title: str) -> bool:
    """Equal, the title's leading words, or made only of the title's words."""
    if text.replace(" ", "") == title.replace(" ", ""):
        return True
    if title.startswith(text + " "):
        return True
    words = text.split()
    if len(words) >= 3 and title.startswith(text):  # cut off mid-word
        return True
    return len(words) >= 2 and set(words) <= set(title.split())


def _nickname(text: str, raw_title: str, names: frozenset[str]) -> bool:
    """The name before the colon, the acronym, a run of the title's words, or a known name."""
    joined, title, title_head = text.replace(" ", ""), normalize(raw_title), head(raw_title)
    if title_head is not None and joined == title_head.replace(" ", ""):
        return True
    if joined in _name_keys(names):
        return True
    if " " in text:
        return False  # runs of several words are ``same`` (only the title's words)
    written = dict(_display_words(raw_title)).get(joined)
    if written is not None and _distinctive(written):
        return True
    return _acronym(joined, title.split())


def _distinctive(word: str) -> bool:
    """A word written as a name: a capital inside (``PagedAttention``, ``GPT``) or a digit."""
    return len(word) >= 3 and any(ch.isupper() or ch.isdigit() for ch in word[1:])


def _acronym(text: str, words: list[str]) -> bool:
    """Initials of consecutive title words, stop words skipped or not (``GFS``, ``RLHF``)."""
    if not 3 <= len(text) <= 8 or text.isdigit():
        return False
    initials = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in STOP_WORDS)
    return text in initials or text in content


def _word_typo(
    text: str, raw_text: str, raw_title: str, names: frozenset[str], threshold: float
) -> TitleMatch | None:
    """A near miss (*threshold* similar) of a title word, the title's name or a known name."""
    targets = dict(_display_words(raw_title))
    title_head = head(raw_title)
    if title_head is not None:
        targets.setdefault(title_head.replace(" ", ""), raw_title.partition(":")[0].strip())
    for name in names:
        targets.setdefault(_key(name), name)
    written = dict(_display_words(work_name(raw_text)))
    written.update({w: w for w in text.split() if w not in written})
    for word, shown in written.items():
        if word in targets:
            continue
        for target, target_shown in targets.items():
            if word_typo(word, target) and (score := ratio(word, target)) >= threshold:
                return TitleMatch("typo", score, text_part=shown, title_part=target_shown)
    return None


@lru_cache(maxsize=8192)
def _display_words(text: str) -> tuple[tuple[str, str], ...]:
    """(compared form, word as written); hyphenated names whole and in parts (``Megatron-LM``)."""
    found: dict[str, str] = {}
    for word in _DISPLAY_WORD.findall(_plain(text)):
        for part in (word, *word.split("-")) if "-" in word else (word,):
            found.setdefault(_key(part), part)
    return tuple(found.items())


@lru_cache(maxsize=4096)
def _name_keys(names: frozenset[str]) -> frozenset[str]:
    return frozenset(_key(name) for name in names)


def _key(word: str) -> str:
    return normalize(word).replace(" ", "")


def _leading(text: str, title: str) -> str:
    """As many leading words of *title* as *text* has (for truncated link texts)."""
    return " ".join(title.split()[: len(text.split())])


def _score(text: str, title: str) -> float:
    """Best of: whole-text similarity, similarity to the title's start, words shared."""
    words = text.split()
    start = _leading(text, title)
    prefix = ratio(text, start) if len(words) >= 3 and len(start) < len(title) else 0.0
    title_words = set(title.split())
    shared = sum(word in title_words for word in words) / len(words)
    return max(ratio(text, title), prefix, shared if len(words) >= 2 else 0.0)


def _near(text: str, title: str, threshold: float) -> TitleMatch | None:
    """A typo in the whole text, or in a text cut short."""
    targets = [title, _leading(text, title)] if len(text.split()) >= 3 else [title]
    for target in targets:
        score = ratio(text, target)
        if score >= threshold and few_edits(text, target):
            return TitleMatch("typo", score)
    return None
