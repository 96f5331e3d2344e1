"""Anchors of the reading lists: one per lecture (``mar-11``) and per work (its citation key).

The HTML and Markdown lists and the Jekyll data file give a lecture the same
anchor, so a site can link ``readings/#mar-11`` whichever it renders.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from readlist import lazyre
from readlist.export.names import clean_text
from readlist.model import Course

_NOT_ANCHOR = lazyre.compile(r"[^a-z0-9]+")


def anchor_of(text: str) -> str:
    """``Mar 11`` -> ``mar-11``: lower-case ASCII letters and digits joined by ``-``."""
    folded = unicodedata.normalize("NFKD", clean_text(text)).encode("ascii", "ignore").decode()
    return _NOT_ANCHOR.sub("-", folded.lower()).strip("-")


def lecture_anchors(course: Course, taken: Iterable[str] = ()) -> dict[int, str]:
    """An anchor per lecture (by ``id(lecture)``): its key as in :func:`anchor_of`,
    prefixed by the site when there are several, made unique among the lectures
    and *taken* (the citation keys, which are the works' anchors)."""
    used = set(taken)
    anchors: dict[int, str] = {}
    several_sites = len(course.sites) > 1
    for lecture in course.lectures:
        if id(lecture) in anchors:  # one lecture object listed twice
            continue
        base = anchor_of(f"{lecture.source} {lecture.key}" if several_sites else lecture.key)
        base = base or "lecture"
        anchor, number = base, 1
        while anchor in used:
            number += 1
            anchor = f"{base}-{number}"
        used.add(anchor)
        anchors[id(lecture)] = anchor
    return anchors
