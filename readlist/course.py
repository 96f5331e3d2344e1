"""Sites read together: extraction, works and cached metadata in one place.

``load_course`` is what every command starts from; ``filter_course`` and
``show_json`` are the data behind ``readlist show``; ``select`` and
``with_base_url`` make the new course an export writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from readlist.dedupe import group_works, other_lectures
from readlist.extract import extract_site
from readlist.model import Course, Lecture, Metadata, Reading, Requirement, Site
from readlist.urls import is_absolute, is_link


def load_course(
    paths: Sequence[Path],
    exclude: Sequence[str] = (),
    *,
    offering: str | None = None,
    require_lectures: bool = False,
) -> Course:
    """Read every PATH and group its readings into works (no metadata: that is
    :func:`readlist.api.load_course`, which adds the overrides and the cache).

    *exclude*: globs of files and folders not to read (see
    :func:`readlist.extract.extract_site`), *offering* the term to read when data
    files hold several.  With *require_lectures*, a PATH that
    yields no lecture raises :class:`~readlist.errors.InputError`.
    """
    sites: list[Site] = []
    for path in paths:
        site = extract_site(path, exclude, offering=offering, require_lectures=require_lectures)
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
    return Course(sites=tuple(sites), works=works)


def _with_source(lecture: Lecture, source: str) -> Lecture:
    return replace(lecture, source=source)


@dataclass(frozen=True)
class Selection:
    """The lectures (and their readings) a filter keeps, and how ``--lecture`` matched."""

    lectures: list[tuple[Lecture, tuple[Reading, ...]]]
    note: str = ""
    """Said when ``--lecture`` matched no key exactly (``key prefix`` or ``title``)."""


def filter_course(
    course: Course,
    *,
    lecture: str | None = None,
    week: str | None = None,
    requirement: Requirement | None = None,
) -> Selection:
    """The lectures (and their readings) that match every filter given.

    *lecture* names whole keys (``Mar 1`` is not ``Mar 11``), any case; when no
    key is that, the keys it begins, then the titles that contain it.
    """
    lectures, note = match_lectures(course.lectures, lecture) if lecture else (course.lectures, "")
    chosen = []
    for lec in lectures:
        if week and week not in lec.file:
            continue
        readings = tuple(
            r for r in lec.readings if requirement is None or r.requirement == requirement
        )
        if requirement is not None and not readings:
            continue
        chosen.append((lec, readings))
    return Selection(chosen, note)


def match_lectures(lectures: Sequence[Lecture], text: str) -> tuple[list[Lecture], str]:
    """The lectures *text* names, and a note when it is not their whole key."""
    needle = " ".join(text.split()).casefold()

    def key(lec: Lecture) -> str:
        return " ".join(lec.key.split()).casefold()

    exact = [lec for lec in lectures if key(lec) == needle]
    if exact:
        return exact, ""
    prefixed = [lec for lec in lectures if key(lec).startswith(needle)]
    if prefixed:
        return prefixed, f"no lecture is keyed {text!r}; lectures whose key begins with it"
    titled = [lec for lec in lectures if needle in lec.title.casefold()]
    return (
        titled,
        f"no lecture is keyed {text!r}; lectures whose title contains it" if titled else "",
    )


def select(course: Course, selection: Selection) -> Course:
    """A course of the selected lectures and readings only (works regrouped, metadata kept)."""
    kept = {id(lec): readings for lec, readings in selection.lectures}
    sites = tuple(
        replace(
            site,
            lectures=tuple(
                replace(lec, readings=kept[id(lec)]) for lec in site.lectures if id(lec) in kept
            ),
        )
        for site in course.sites
    )
    works = group_works(lec for site in sites for lec in site.lectures)
    ids = {work.id for work in works}
    return Course(sites, works, {k: v for k, v in course.metadata.items() if k in ids})


def with_base_url(course: Course, base_url: str | None) -> Course:
    """The course with site-relative links made absolute against *base_url*.

    Works keep their identities (a work is the same whether its link is written
    ``/x.pdf`` or ``https://site/x.pdf``): only ``Reading.link`` changes.
    """
    if not base_url:
        return course
    base = base_url if base_url.endswith("/") else base_url + "/"
    readings: dict[int, Reading] = {}
    lectures: dict[int, Lecture] = {}
    for lec in course.lectures:
        for r in lec.readings:
            absolute = (
                r.link if is_absolute(r.link) or not is_link(r.link) else urljoin(base, r.link)
            )
            readings[id(r)] = replace(r, link=absolute)
        lectures[id(lec)] = replace(lec, readings=tuple(readings[id(r)] for r in lec.readings))
    sites = tuple(
        replace(site, lectures=tuple(lectures[id(lec)] for lec in site.lectures))
        for site in course.sites
    )
    works = tuple(
        replace(
            work,
            occurrences=tuple(
                replace(o, lecture=lectures[id(o.lecture)], reading=readings[id(o.reading)])
                for o in work.occurrences
            ),
        )
        for work in course.works
    )
    return Course(sites, works, dict(course.metadata))


def metadata_json(meta: Metadata) -> dict[str, Any]:
    """A reading's ``metadata`` in ``show --json``: who wrote it, when, where, per which source.

    An arXiv paper's published version (when known) is under ``published_as``."""
    data: dict[str, Any] = {
        "title": meta.title,
        "authors": list(meta.authors),
        "year": meta.year,
        "venue": meta.venue or meta.container,
        "type": meta.type,
        "doi": meta.doi,
        "source": meta.source,
        "arxiv_id": meta.arxiv_id,
        "version": meta.version,
    }
    if meta.published_as is not None and meta.published_as.status == "found":
        data["published_as"] = metadata_json(meta.published_as)
    return data


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
                    item["metadata"] = metadata_json(meta)
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
