"""The numbers behind ``readlist stats``: how big a course's reading list is, and its shape.

Readings count every link of every lecture (a paper read in three lectures is
three readings, one work).  The arXiv share is over works, and over readings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from readlist.dedupe import Overlap, overlap
from readlist.model import Course


@dataclass(frozen=True)
class Stats:
    """What ``readlist stats`` prints."""

    sites: int
    files: int
    """Source files read (with or without lectures in them)."""
    lectures: int
    lectures_with_readings: int
    readings: int
    works: int
    arxiv_works: int
    arxiv_readings: int
    with_metadata: int
    """arXiv works whose metadata is in the cache (status ``found``)."""
    required: int
    optional: int
    unmarked: int
    """Readings whose site says neither required nor optional."""
    schemes: dict[str, int]
    """Works per identity scheme (``arxiv``, ``doi``, ``url``, ...), most first."""
    most_shared: tuple[Overlap, ...]
    """Works listed by two or more lectures, most-shared first (at most ``top``)."""
    shared_works: int
    """How many works two or more lectures list (``most_shared`` may show fewer)."""

    @property
    def arxiv_share(self) -> float:
        """Fraction of works that are arXiv papers (0 when there are no works)."""
        return self.arxiv_works / self.works if self.works else 0.0

    @property
    def arxiv_reading_share(self) -> float:
        return self.arxiv_readings / self.readings if self.readings else 0.0


def course_stats(course: Course, *, top: int = 5) -> Stats:
    """Count *course*; *top* bounds the most-shared works listed."""
    lectures = course.lectures
    readings = [r for lec in lectures for r in lec.readings]
    requirements = Counter(r.requirement for r in readings)
    arxiv = [w for w in course.works if w.arxiv_id is not None]
    shared = overlap(course.works, min_lectures=2)
    found = [w for w in arxiv if (m := course.metadata.get(w.id)) and m.status == "found"]
    schemes = Counter(w.identity.scheme for w in course.works)
    return Stats(
        sites=len(course.sites),
        files=sum(site.files_read for site in course.sites),
        lectures=len(lectures),
        lectures_with_readings=sum(1 for lec in lectures if lec.readings),
        readings=len(readings),
        works=len(course.works),
        arxiv_works=len(arxiv),
        arxiv_readings=sum(len(w.occurrences) for w in arxiv),
        with_metadata=len(found),
        required=requirements["required"],
        optional=requirements["optional"],
        unmarked=requirements[None],
        schemes=dict(schemes.most_common()),
        most_shared=tuple(shared[:top]),
        shared_works=len(shared),
    )


def stats_json(stats: Stats) -> dict[str, Any]:
    """The ``readlist stats --json`` document."""
    return {
        "sites": stats.sites,
        "files": stats.files,
        "lectures": stats.lectures,
        "lectures_with_readings": stats.lectures_with_readings,
        "readings": stats.readings,
        "works": stats.works,
        "arxiv": {
            "works": stats.arxiv_works,
            "readings": stats.arxiv_readings,
            "share_of_works": round(stats.arxiv_share, 4),
            "share_of_readings": round(stats.arxiv_reading_share, 4),
            "with_metadata": stats.with_metadata,
        },
        "requirement": {
            "required": stats.required,
            "optional": stats.optional,
            "unmarked": stats.unmarked,
        },
        "schemes": stats.schemes,
        "shared_works": stats.shared_works,
        "most_shared": [
            {
                "work": item.work.id,
                "title": item.work.title,
                "lectures": item.count,
                "keys": [a.lecture.key for a in item.appearances],
                "required_in": len(item.required_in),
                "optional_in": len(item.optional_in),
            }
            for item in stats.most_shared
        ],
    }
