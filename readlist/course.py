"""Sites read together: extraction, works and cached metadata in one place.

``load_course`` is what every command starts from; ``filter_course`` and
``show_json`` are the data behind ``readlist show``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from readlist.dedupe import group_works, other_lectures
from readlist.extract import extract_site
from readlist.model import Course, Lecture, Reading, Requirement, Site


def load_course(
    paths: Sequence[Path],
    cache_dir: Path | None = None,
    exclude: Sequence[str] = (),
    *,
    require_lectures: bool = False,
) -> Course:
    """Read every PATH, group readings into works and attach cached metadata.

    *exclude*: globs of files and folders not to read (see
    :func:`readlist.extract.extract_site`).  With *require_lectures*, a PATH that
    yields no lecture raises :class:`~readlist.errors.InputError`.  No network: metadata comes from
    *cache_dir* only (``readlist fetch`` fills it).
    """
    sites: list[Site] = []
    for path in paths:
        site = extract_site(path, exclude, require_lectures=require_lectures)
        # Lecture.file is relative to this: the directory given, or a file's directory.
        label = str(path) if path.is_dir() else str(path.parent)
        sites.append(
            Site(
                root=site.root,
                base_url=site.base_url,
                lectures=tuple(_with_source(lec, label) for lec in site.lectures),
                problems=site.problems,
                files_read=site.files_read,
            )
        )
    works = group_works(lec for site in sites for lec in site.lectures)
    course = Course(sites=tuple(sites), works=works)
    if cache_dir is not None and cache_dir.is_dir():
        from readlist.cache import Cache
        from readlist.resolve import cached_metadata

        course.metadata.update(cached_metadata(works, Cache(cache_dir)))
    return course


def _with_source(lecture: Lecture, source: str) -> Lecture:
    return replace(lecture, source=source)


def filter_course(
    course: Course,
    *,
    lecture: str | None = None,
    week: str | None = None,
    requirement: Requirement | None = None,
) -> list[tuple[Lecture, tuple[Reading, ...]]]:
    """The lectures (and their readings) that match every filter given."""
    needle = lecture.casefold() if lecture else None
    chosen = []
    for lec in course.lectures:
        if needle and needle not in lec.key.casefold() and needle not in lec.title.casefold():
            continue
        if week and week not in lec.file:
            continue
        readings = tuple(
            r for r in lec.readings if requirement is None or r.requirement == requirement
        )
        if requirement is not None and not readings:
            continue
        chosen.append((lec, readings))
    return chosen


def show_json(course: Course, view: Sequence[tuple[Lecture, Sequence[Reading]]]) -> dict[str, Any]:
    """The ``readlist show --json`` document."""
    lectures = []
    for lec, readings in view:
        items = []
        for reading in readings:
            work = course.work_of(lec, reading)
            item: dict[str, Any] = {
                "text": reading.text,
                "title": reading.title,
                "url": reading.url,
                "link": reading.link,
                "requirement": reading.requirement,
                "work": work.id if work else None,
                "line": reading.line,
            }
            if work is not None:
                item["also_in"] = [o.key for o in other_lectures(work, lec)]
                meta = course.metadata.get(work.id)
                if meta is not None and meta.status == "found":
                    item["metadata"] = {
                        "title": meta.title,
                        "authors": list(meta.authors),
                        "year": meta.year,
                        "arxiv_id": meta.arxiv_id,
                        "version": meta.version,
                    }
            items.append(item)
        lectures.append(
            {
                "file": lec.file,
                "source": lec.source,
                "key": lec.key,
                "title": lec.title,
                "number": lec.number,
                "line": lec.line,
                "readings": items,
            }
        )
    return {"lectures": lectures}
