"""The fix for an arXiv id arXiv does not have: the id the same text links elsewhere.

Staff copy a reading from one lecture to the next and mistype the id in one
copy (``2309.06108`` for ``2309.06180``).  The id to suggest is the one another
reading with the same link text (numbering and venue tags aside) links, or else
the one of a course work whose title the text names; among several, the id
fewest edits away from the one written.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from readlist.linktext import work_name
from readlist.lint.findings import Place
from readlist.model import Course, Work
from readlist.similarity import compare, is_generic, normalize


def id_suggestion(place: Place, work: Work, course: Course) -> str | None:
    """A hint naming the id to link instead of *work*'s, or ``None``."""
    text = place.reading.title or place.reading.text
    if is_generic(text) or work.arxiv_id is None:
        return None
    candidates = _same_text(text, work, course) or _named(text, work, course)
    if not candidates:
        return None
    arxiv_id, why = min(candidates, key=lambda c: OSA.distance(c[0], work.arxiv_id or ""))
    return f"link https://arxiv.org/abs/{arxiv_id} ({why})"


def _usable(work: Work, course: Course) -> bool:
    meta = course.metadata.get(work.id)
    return work.arxiv_id is not None and (meta is None or meta.status == "found")


def _same_text(text: str, work: Work, course: Course) -> list[tuple[str, str]]:
    name = _name(text)
    found = []
    for other in course.works:
        if other.id == work.id or not _usable(other, course):
            continue
        for occ in other.occurrences:
            if _name(occ.reading.title or occ.reading.text) == name:
                where = f"{occ.lecture.key}, line {occ.reading.line}"
                found.append((other.arxiv_id or "", f"as the same text does in {where}"))
                break
    return found


def _named(text: str, work: Work, course: Course) -> list[tuple[str, str]]:
    found = []
    for other in course.works:
        meta = course.metadata.get(other.id)
        if other.id == work.id or not _usable(other, course) or meta is None or not meta.title:
            continue
        if compare(text, meta.title, 1.0).same:
            found.append((other.arxiv_id or "", f'the text names "{meta.title}"'))
    return found


def _name(text: str) -> str:
    return normalize(work_name(text))
