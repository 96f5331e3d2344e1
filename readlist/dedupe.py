"""Readings -> works, and the works several lectures share.

:func:`group_works` gives every reading an :class:`~readlist.model.Identity`
(:func:`reading_identity`) and groups the readings of all lectures given, from
one site or several, into one :class:`~readlist.model.Work` per identity.
:func:`overlap` answers "which readings appear in several lectures, and where
are they required or optional?"; :func:`overlap_json` is its ``--json`` shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from readlist.model import Identity, Lecture, Occurrence, Reading, Requirement, Work
from readlist.urls import identify, identify_text, is_absolute, is_link, normalize_url

LectureKey = tuple[str, str, str, int]


def lecture_key(lecture: Lecture) -> LectureKey:
    """What makes two :class:`Lecture` objects the same lecture (as in ``Work.lectures``)."""
    return (lecture.source, lecture.file, lecture.key, lecture.line)


def reading_identity(lecture: Lecture, reading: Reading) -> Identity:
    """The identity of the work a reading points at.

    The href as written is tried first (``arXiv:ID`` or a scheme-less
    ``arxiv.org/...`` survive only there), then the resolved link, then an
    ``arXiv:``/``doi:`` id in the link text.  Links that name no host are
    files of their site, so their identity carries the site (``lecture.source``);
    hrefs that are no links at all (``javascript:``) never match another reading.
    """
    found = identify(reading.url)
    if found.scheme == "url":
        found = identify(reading.link or reading.url)
    if found.scheme != "url":
        return found
    from_text = identify_text(reading.text)
    if from_text is not None:
        return from_text
    link = reading.link or reading.url
    if not is_link(link):
        where = f"{lecture.source}:{lecture.file}:{reading.line}"
        return Identity("url", f"{where}:{normalize_url(link)}")
    if not is_absolute(link) and lecture.source:
        return Identity("url", f"{lecture.source}:{found.value}")
    return found


def group_works(lectures: Iterable[Lecture]) -> tuple[Work, ...]:
    """One work per identity across all *lectures*, in order of first appearance."""
    occurrences: dict[Identity, list[Occurrence]] = {}
    for lecture in lectures:
        for reading in lecture.readings:
            identity = reading_identity(lecture, reading)
            occurrences.setdefault(identity, []).append(Occurrence(lecture, reading, identity))
    return tuple(
        Work(
            id=identity.key,
            identity=Identity(identity.scheme, identity.value),
            occurrences=tuple(occs),
        )
        for identity, occs in occurrences.items()
    )


def other_lectures(work: Work, lecture: Lecture) -> tuple[Lecture, ...]:
    """The lectures besides *lecture* that list *work* (for "also in Mar 13, Mar 15")."""
    own = lecture_key(lecture)
    return tuple(other for other in work.lectures if lecture_key(other) != own)


@dataclass(frozen=True)
class Appearance:
    """A work in one lecture, with the requirement of each of its readings there."""

    lecture: Lecture
    requirements: tuple[Requirement | None, ...]
    """Distinct requirements of the work's readings in this lecture, in order."""

    @property
    def requirement(self) -> Requirement | None:
        """``required`` if any reading here is required, else ``optional`` if any is, else None."""
        if "required" in self.requirements:
            return "required"
        if "optional" in self.requirements:
            return "optional"
        return None


@dataclass(frozen=True)
class Overlap:
    """A work listed by several lectures."""

    work: Work
    appearances: tuple[Appearance, ...]
    """One per lecture, in order of first appearance."""

    @property
    def count(self) -> int:
        return len(self.appearances)

    @property
    def required_in(self) -> tuple[Lecture, ...]:
        return tuple(a.lecture for a in self.appearances if a.requirement == "required")

    @property
    def optional_in(self) -> tuple[Lecture, ...]:
        """Lectures where the work is optional (and not also required)."""
        return tuple(a.lecture for a in self.appearances if a.requirement == "optional")

    @property
    def mixed(self) -> bool:
        """Required in one lecture and optional in another."""
        return bool(self.required_in) and bool(self.optional_in)

    @property
    def optional_somewhere(self) -> bool:
        """Optional in at least one lecture (a reading marked optional there)."""
        return any("optional" in a.requirements for a in self.appearances)


def appearances(work: Work) -> tuple[Appearance, ...]:
    """The lectures that list *work*; a lecture listing it twice counts once."""
    by_lecture: dict[LectureKey, tuple[Lecture, list[Requirement | None]]] = {}
    for occ in work.occurrences:
        _, seen = by_lecture.setdefault(lecture_key(occ.lecture), (occ.lecture, []))
        if occ.reading.requirement not in seen:
            seen.append(occ.reading.requirement)
    return tuple(Appearance(lecture, tuple(reqs)) for lecture, reqs in by_lecture.values())


def overlap(
    works: Iterable[Work], *, min_lectures: int = 2, optional_only: bool = False
) -> list[Overlap]:
    """Works listed by at least *min_lectures* lectures, most-shared first.

    Ties keep the order of first appearance.  With *optional_only*, only works
    optional in at least one of their lectures.
    """
    found = [Overlap(work, appearances(work)) for work in works]
    kept = [
        item
        for item in found
        if item.count >= min_lectures and (item.optional_somewhere or not optional_only)
    ]
    return sorted(kept, key=lambda item: -item.count)


def overlap_json(overlaps: Iterable[Overlap]) -> dict[str, Any]:
    """``{"works": [{"work", "title", "lectures": [...], "count", "mixed"}]}``."""
    return {
        "works": [
            {
                "work": item.work.id,
                "title": item.work.title,
                "lectures": [
                    {
                        "file": a.lecture.file,
                        "key": a.lecture.key,
                        "title": a.lecture.title,
                        "source": a.lecture.source,
                        "requirement": a.requirement,
                        "requirements": list(a.requirements),
                    }
                    for a in item.appearances
                ],
                "count": item.count,
                "mixed": item.mixed,
            }
            for item in overlaps
        ]
    }
