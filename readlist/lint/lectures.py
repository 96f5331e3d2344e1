"""Checks across the readings of a lecture and across lectures.

``duplicate``           the same work twice in one lecture with the same text
``same-document``       (info) the same document twice with different texts:
                        usually sections of one PDF ("Section 1-6" / "Section 7-10")
``no-marker``           no required/optional marker in a lecture whose other readings
                        have one, on a site that marks both kinds (a site that marks only
                        optional readings means "required" by leaving them unmarked)
``mixed-requirement``   (info) required in one lecture, optional in another
"""

from __future__ import annotations

from readlist.dedupe import appearances, lecture_key
from readlist.lint.findings import Finding, Places
from readlist.model import Course, Lecture, Reading


def lecture_findings(course: Course, places: Places) -> list[Finding]:
    findings: list[Finding] = []
    both_kinds = _sources_marking_both(course)
    for lecture in course.lectures:
        findings += _duplicates(course, places, lecture)
        if lecture.source in both_kinds:
            findings += _unmarked(places, lecture)
    findings += _mixed(course, places)
    return findings


def _duplicates(course: Course, places: Places, lecture: Lecture) -> list[Finding]:
    first_of: dict[str, Reading] = {}
    findings = []
    for reading in lecture.readings:
        work = course.work_of(lecture, reading)
        if work is None:
            continue
        first = first_of.setdefault(work.id, reading)
        if first is reading:
            continue
        place = places.of(lecture, reading)
        if _text(first) == _text(reading):
            findings.append(
                place.finding(
                    "warning",
                    "duplicate",
                    f"listed twice in this lecture (also line {first.line})",
                    "remove one of the two",
                )
            )
        else:
            findings.append(
                place.finding(
                    "info",
                    "same-document",
                    f'same document as "{first.title or first.text}" (line {first.line}), '
                    "under another text",
                    "fine for different sections of one document",
                )
            )
    return findings


def _text(reading: Reading) -> str:
    return " ".join((reading.title or reading.text).casefold().split())


def _sources_marking_both(course: Course) -> set[str]:
    """Sites that mark required *and* optional readings, where no marker is a slip."""
    kinds: dict[str, set[str]] = {}
    for lecture in course.lectures:
        for reading in lecture.readings:
            if reading.requirement is not None:
                kinds.setdefault(lecture.source, set()).add(reading.requirement)
    return {source for source, seen in kinds.items() if len(seen) == 2}


def _unmarked(places: Places, lecture: Lecture) -> list[Finding]:
    marked = sum(1 for r in lecture.readings if r.requirement is not None)
    if not marked:
        return []
    others = f"{marked} other reading{'s' if marked != 1 else ''}"
    return [
        places.of(lecture, reading).finding(
            "warning",
            "no-marker",
            f"no required/optional marker, while {others} of this lecture have one",
            'add "(required)" or "(optional)"',
        )
        for reading in lecture.readings
        if reading.requirement is None
    ]


def _mixed(course: Course, places: Places) -> list[Finding]:
    """Works required in one lecture and optional in another: one finding per work."""
    findings = []
    for work in course.works:
        seen = appearances(work)
        required = [a.lecture.key for a in seen if a.requirement == "required"]
        optional = [a.lecture for a in seen if a.requirement == "optional"]
        if not required or not optional:
            continue
        here = optional[0]
        reading = next(
            o.reading for o in work.occurrences if lecture_key(o.lecture) == lecture_key(here)
        )
        findings.append(
            places.of(here, reading).finding(
                "info",
                "mixed-requirement",
                f"optional in {', '.join(lec.key for lec in optional)} "
                f"but required in {', '.join(required)}",
                "fine if intended; otherwise mark it the same way everywhere",
            )
        )
    return findings
