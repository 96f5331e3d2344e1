"""The words on the page against arXiv: titles, swapped links, missing ids, old versions.

Every arXiv reading whose work has ``found`` metadata is compared with arXiv's
(latest) title, one finding per reading at most, the most specific first:

``title-typo``       a near miss (``PGPipe`` for ``GPipe``)
``swapped-link``     the text names *another* paper of the course
``old-version``      the link pins an older version and the title no longer matches
``title-differs``    moderately similar (info when the name before the colon is the same)
``title-mismatch``   little in common

Works arXiv does not have (``missing``) or rejects (``invalid``) are errors; works
without metadata are named in ``skipped``.
"""

from __future__ import annotations

from collections.abc import Mapping

from readlist.lint.findings import Finding, Place, Places
from readlist.model import Course, Metadata, Work
from readlist.similarity import TitleMatch, compare, could_name, is_generic

MODERATE = 0.5
"""Below this similarity a link text has little in common with the title."""


def title_findings(
    course: Course, places: Places, threshold: float, skipped: list[str]
) -> list[Finding]:
    titled = {
        work.id: known
        for work in course.works
        if (known := course.metadata.get(work.id)) is not None and known.status == "found"
    }
    findings: list[Finding] = []
    lacking: dict[str, list[str]] = {"uncached": [], "unreachable": []}
    for work in course.works:
        meta = course.metadata.get(work.id)
        if work.arxiv_id is None:
            continue
        if meta is None or meta.status == "unreachable":
            lacking["uncached" if meta is None else "unreachable"].append(work.arxiv_id)
            continue
        for place, pinned in places.of_work(work):
            found = (
                _title_finding(place, pinned, work, meta, titled, course, threshold)
                if meta.status == "found"
                else _status_finding(place, meta)
            )
            if found is not None:
                findings.append(found)
    why = {
        "uncached": "not in the cache: run `readlist fetch`, or check without --offline",
        "unreachable": "arXiv could not be reached",
    }
    for kind, ids in lacking.items():
        if ids:
            shown = ", ".join(ids[:4]) + (", ..." if len(ids) > 4 else "")
            plural = "s" if len(ids) != 1 else ""
            skipped.append(
                f"title, version and existence checks for {len(ids)} arXiv work{plural} "
                f"({shown}): {why[kind]}"
            )
    return findings


def _status_finding(place: Place, meta: Metadata) -> Finding | None:
    if meta.status == "missing":
        return place.finding(
            "error",
            "arxiv-missing",
            f"arXiv has no paper {meta.arxiv_id}",
            "check the id in the link (a digit dropped or swapped?)",
        )
    if meta.status == "invalid":
        return place.finding(
            "error",
            "arxiv-malformed",
            f"arXiv rejects the id {meta.arxiv_id!r}",
            "check the id in the link",
        )
    return None


def _title_finding(
    place: Place,
    pinned: int | None,
    work: Work,
    meta: Metadata,
    titled: Mapping[str, Metadata],
    course: Course,
    threshold: float,
) -> Finding | None:
    text = place.reading.title or place.reading.text
    if is_generic(text) or not meta.title:
        return None
    match = compare(text, meta.title, threshold)
    if match.same or (match.score >= threshold and not match.typo):
        return None
    arxiv = f"arXiv {meta.arxiv_id}"
    if match.typo:
        return _typo(place, match, meta, arxiv)
    swapped = _best_other(text, work.id, titled, threshold)
    if swapped is not None:
        return _swapped(place, swapped, titled, course, meta, arxiv)
    score = f"similarity {match.score:.2f}"
    if pinned is not None and meta.version is not None and pinned < meta.version:
        return place.finding(
            "warning",
            "old-version",
            f"the link pins v{pinned} of {arxiv} (latest v{meta.version}), "
            f'whose title is now "{meta.title}" ({score})',
            f"link https://arxiv.org/abs/{meta.arxiv_id} and use the current title",
            match.score,
        )
    if match.same_name:
        return place.finding(
            "info",
            "title-differs",
            f'same name, other title: {arxiv} is "{meta.title}" '
            f"({score}; renamed between versions, or the venue's title)",
            "fine if intended; otherwise use arXiv's title",
            match.score,
        )
    if match.score >= MODERATE:
        return place.finding(
            "warning",
            "title-differs",
            f'the text differs from the title of {arxiv}: "{meta.title}" '
            f"({score}; renamed between versions?)",
            "use arXiv's title, or check that the link is the intended paper",
            match.score,
        )
    return place.finding(
        "warning",
        "title-mismatch",
        f'the text has little in common with the title of {arxiv}: "{meta.title}" ({score})',
        "check that the link goes to the intended paper (or the text is a nickname)",
        match.score,
    )


def _typo(place: Place, match: TitleMatch, meta: Metadata, arxiv: str) -> Finding:
    score = f"similarity {match.score:.2f}"
    if not match.text_part:
        return place.finding(
            "warning",
            "title-typo",
            f'the text looks like a typo of the title of {arxiv}: "{meta.title}" ({score})',
            "copy the title from arXiv",
            match.score,
        )
    return place.finding(
        "warning",
        "title-typo",
        f'"{match.text_part}" looks like a typo of "{match.title_part}" ({score}); '
        f'{arxiv} is "{meta.title}"',
        f'write "{match.title_part}" (and check the rest of the title)',
        match.score,
    )


def _best_other(
    text: str, own: str, titled: Mapping[str, Metadata], threshold: float
) -> tuple[str, TitleMatch] | None:
    """The other work whose arXiv title the text names, if any (best score wins)."""
    best: tuple[str, TitleMatch] | None = None
    for work_id, meta in titled.items():
        if work_id == own or not could_name(text, meta.title, threshold):
            continue
        match = compare(text, meta.title, threshold)
        named = match.same or (match.score >= threshold and not match.typo)
        if named and (best is None or match.score > best[1].score):
            best = (work_id, match)
    return best


def _swapped(
    place: Place,
    swapped: tuple[str, TitleMatch],
    titled: Mapping[str, Metadata],
    course: Course,
    meta: Metadata,
    arxiv: str,
) -> Finding:
    other_id, match = swapped
    other = next(w for w in course.works if w.id == other_id)
    keys = ", ".join(lec.key for lec in other.lectures)
    return place.finding(
        "error",
        "swapped-link",
        f'the text names "{titled[other_id].title}" ({other_id}, linked in {keys}), '
        f'but the link goes to {arxiv}: "{meta.title}"',
        f"link {other.occurrences[0].reading.link} (swapped with another reading?)",
        match.score,
    )
