"""The words on the page against the work's metadata: titles, swapped links, missing ids.

Every reading whose work has ``found`` metadata with a title (from arXiv, DBLP,
Crossref or the course's overrides) is compared with that title, one finding per
reading at most.  The link text is read as staff write it (numbering and venue
tags removed, :func:`readlist.linktext.work_name`); a text that names the work
(its title, the name before the colon, its acronym, a run of its words, a name
its abstract uses) gets no finding.  Otherwise, the first that applies:

``swapped-link``     (error) the text names *another* work of the course
``title-typo``       (warning) a near miss of a title word or name (``PGPipe``)
``old-version``      (info) the link pins an older arXiv version, renamed since
``title-differs``    (info) a different title: renamed, or the venue's title
``title-mismatch``   (warning) a title-like text with little in common: a wrong link,
                     or (info) a short text, probably a nickname

arXiv ids arXiv does not have (``missing``) or rejects (``invalid``) are errors;
works without metadata are named in ``skipped``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from readlist.linktext import work_name
from readlist.lint.findings import Finding, Place, Places, Skipped
from readlist.lint.suggest import id_suggestion
from readlist.model import Course, Metadata, Work
from readlist.similarity import (
    TitleMatch,
    abstract_names,
    compare,
    is_generic,
    naming,
    normalize,
    text_keys,
    title_keys,
)

TITLE_WORDS = 4
"""From this many words a link text that names nothing is a title, not a nickname."""


def title_findings(
    course: Course, places: Places, threshold: float, skipped: Skipped
) -> list[Finding]:
    titled = {
        work.id: meta
        for work in course.works
        if (meta := course.metadata.get(work.id)) is not None
        and meta.status == "found"
        and meta.title
    }
    others = _Others(titled)
    findings: list[Finding] = []
    for work in course.works:
        meta = course.metadata.get(work.id)
        if meta is None or meta.status == "unreachable":
            if work.arxiv_id is not None or meta is not None:
                skipped.metadata(work, "uncached" if meta is None else "unreachable", meta)
            continue
        for place, pinned in places.of_work(work):
            found = (
                _title_finding(place, pinned, work, meta, others, course, threshold)
                if work.id in titled
                else _status_finding(place, work, meta, course)
            )
            if found is not None:
                findings.append(found)
    return findings


def _status_finding(place: Place, work: Work, meta: Metadata, course: Course) -> Finding | None:
    if work.arxiv_id is None:
        return None  # not in DBLP or Crossref: nothing wrong with the link
    if meta.status == "missing":
        return place.finding(
            "error",
            "arxiv-missing",
            f"arXiv has no paper {work.arxiv_id}",
            id_suggestion(place, work, course)
            or "check the id in the link (a digit dropped or swapped?)",
        )
    if meta.status == "invalid":
        return place.finding(
            "error",
            "arxiv-malformed",
            f"arXiv rejects the id {work.arxiv_id!r}",
            "check the id in the link",
        )
    return None


def label(meta: Metadata) -> str:
    """Where a title comes from, for messages: ``arXiv 1811.06965``, ``DBLP conf/osdi/...``."""
    if meta.source == "arxiv" or (meta.arxiv_id and not meta.record):
        return f"arXiv {meta.arxiv_id}"
    names = {"dblp": "DBLP", "crossref": "Crossref", "overrides": "the overrides entry"}
    return f"{names.get(meta.source, meta.source)} {meta.record or meta.key or ''}".strip()


def _title_finding(
    place: Place,
    pinned: int | None,
    work: Work,
    meta: Metadata,
    others: _Others,
    course: Course,
    threshold: float,
) -> Finding | None:
    text = place.reading.title or place.reading.text
    if is_generic(text):
        return None
    titles = [meta.title] + ([meta.published_as.title] if meta.published_as else [])
    matches = [compare(text, title, threshold) for title in titles]
    if any(m.names for m in matches):
        return None
    match = matches[0]
    other = others.named(text, work.id, threshold, with_names=False)
    if other is not None and (not match.typo or other[1].score > match.score):
        return _swapped(place, other, others.titled, course, meta)
    loose = compare(text, meta.title, threshold, abstract_names(meta.abstract))
    if loose.same:
        return None  # a name the abstract uses (Chinchilla)
    if match.typo or loose.typo:
        return _typo(place, match if match.typo else loose, meta)
    other = others.named(text, work.id, threshold, with_names=True)
    if other is not None:
        return _swapped(place, other, others.titled, course, meta)
    return _differs(place, text, match, pinned, meta)


def _differs(
    place: Place, text: str, match: TitleMatch, pinned: int | None, meta: Metadata
) -> Finding:
    source, score = label(meta), f"similarity {match.score:.2f}"
    if meta.arxiv_id and pinned is not None and meta.version and pinned < meta.version:
        return place.finding(
            "info",
            "old-version",
            f"the link pins v{pinned} of {source} (latest v{meta.version}), "
            f'whose title is now "{meta.title}" ({score})',
            f"link https://arxiv.org/abs/{meta.arxiv_id} and use the current title",
            match.score,
        )
    if match.kind in ("same-name", "differs"):
        why = "renamed between versions, or the venue's title"
        return place.finding(
            "info",
            "title-differs",
            f'another title: {source} is "{meta.title}" ({score}; {why})',
            "fine if intended; otherwise use the paper's title",
            match.score,
        )
    # An overrides entry is the course's own word for the link it names (by URL or DOI:
    # a title match would not differ), so a chapter's link text naming its book is fine.
    if len(normalize(work_name(text)).split()) >= TITLE_WORDS and meta.source != "overrides":
        return place.finding(
            "warning",
            "title-mismatch",
            f'the text has little in common with the title of {source}: "{meta.title}" ({score})',
            "check that the link goes to the intended paper",
            match.score,
        )
    return place.finding(
        "info",
        "title-mismatch",
        f'the text is not a name readlist knows for {source}: "{meta.title}" ({score})',
        "fine if it is a nickname; otherwise check the link",
        match.score,
    )


def _typo(place: Place, match: TitleMatch, meta: Metadata) -> Finding:
    source, score = label(meta), f"similarity {match.score:.2f}"
    if not match.text_part:
        return place.finding(
            "warning",
            "title-typo",
            f'the text looks like a typo of the title of {source}: "{meta.title}" ({score})',
            "copy the title from the paper",
            match.score,
        )
    return place.finding(
        "warning",
        "title-typo",
        f'"{match.text_part}" looks like a typo of "{match.title_part}" ({score}); '
        f'{source} is "{meta.title}"',
        f'write "{match.title_part}" (and check the rest of the title)',
        match.score,
    )


class _Others:
    """The course's titled works, indexed by :func:`title_keys` (with and without the
    names their abstracts use), to find the one another reading's text names."""

    def __init__(self, titled: Mapping[str, Metadata]) -> None:
        self.titled = titled
        self.index: dict[bool, dict[str, set[str]]] = {False: {}, True: {}}
        for work_id, meta in titled.items():
            for with_names in (False, True):
                names = abstract_names(meta.abstract) if with_names else frozenset()
                for key in title_keys(meta.title, names):
                    self.index[with_names].setdefault(key, set()).add(work_id)

    def named(
        self, text: str, own: str, threshold: float, *, with_names: bool
    ) -> tuple[str, TitleMatch] | None:
        """The other work the text names, if exactly one does best (a tie names no one)."""
        index, keys = self.index[with_names], text_keys(text)
        hits = Counter(work_id for key in keys for work_id in index.get(key, ()))
        needed = max(1, (len(keys) - 1) // 2)  # half the words (the keys: words + joined)
        named = []
        for work_id in sorted(w for w, n in hits.items() if n >= needed and w != own):
            meta = self.titled[work_id]
            names = abstract_names(meta.abstract) if with_names else frozenset()
            match = naming(text, meta.title, threshold, names)
            if match is not None:
                named.append((work_id, match))
        named.sort(key=lambda item: -item[1].score)
        if not named or (len(named) > 1 and named[1][1].score == named[0][1].score):
            return None
        return named[0]


def _swapped(
    place: Place,
    swapped: tuple[str, TitleMatch],
    titled: Mapping[str, Metadata],
    course: Course,
    meta: Metadata,
) -> Finding:
    other_id, match = swapped
    other = next(w for w in course.works if w.id == other_id)
    keys = ", ".join(lec.key for lec in other.lectures)
    return place.finding(
        "error",
        "swapped-link",
        f'the text names "{titled[other_id].title}" ({other_id}, linked in {keys}), '
        f'but the link goes to {label(meta)}: "{meta.title}"',
        f"link {other.occurrences[0].reading.link} (swapped with another reading?)",
        match.score,
    )
