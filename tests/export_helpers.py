"""Courses for the export tests: hand-made ones and the bundled example.

Metadata comes from ``tests/fixtures/arxiv/metadata.json`` (nine real papers);
``example_course`` reads ``examples/dsc204a-w24`` through ``load_course`` with a
cache filled from that file, so it needs neither the network nor ``cache/``.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

from readlist.cache import Cache
from readlist.course import load_course
from readlist.dedupe import group_works
from readlist.model import Course, Lecture, Metadata, Reading, Requirement, Site
from readlist.overrides import course_overrides
from readlist.resolve import Services, resolve_course

TESTS = Path(__file__).parent
REPO = TESTS.parent
EXAMPLE = REPO / "examples" / "dsc204a-w24"
FIXTURE_METADATA = TESTS / "fixtures" / "arxiv" / "metadata.json"
CSL_SCHEMA = TESTS / "data" / "csl-data.json"


def to_metadata(record: dict[str, Any]) -> Metadata:
    return Metadata(
        arxiv_id=record["id"],
        version=record["version"],
        title=record["title"],
        authors=tuple(record["authors"]),
        published=record["published"],
        updated=record["updated"],
        primary_category=record["primary_category"],
        categories=tuple(record["categories"]),
        comment=record["comment"],
        journal_ref=record["journal_ref"],
        doi=record["doi"],
        abstract=record["abstract"],
        fetched="2026-05-01T00:00:00Z",
    )


def fixture_metadata() -> dict[str, Metadata]:
    """The nine papers, by arXiv id."""
    records = json.loads(FIXTURE_METADATA.read_text(encoding="utf-8"))
    return {record["id"]: to_metadata(record) for record in records}


def reading(
    title: str, url: str, requirement: Requirement | None = "required", line: int = 1
) -> Reading:
    return Reading(text=title, title=title, url=url, link=url, requirement=requirement, line=line)


def lecture(
    key: str, title: str, *readings: Reading, line: int = 1, file: str = "week-01.md"
) -> Lecture:
    return Lecture(file=file, key=key, title=title, line=line, readings=readings, source="site")


def course_of(*lectures: Lecture, metadata: dict[str, Metadata] | None = None) -> Course:
    """A one-site course; *metadata* (by arXiv id) is attached to the works it covers."""
    site = Site(root=Path("site"), base_url=None, lectures=lectures)
    course = Course(sites=(site,), works=group_works(lectures))
    for work in course.works:
        if work.arxiv_id and metadata and work.arxiv_id in metadata:
            course.metadata[work.id] = metadata[work.arxiv_id]
    return course


def arxiv(arxiv_id: str, requirement: Requirement | None = "required", line: int = 1) -> Reading:
    return reading(f"Paper {arxiv_id}", f"https://arxiv.org/pdf/{arxiv_id}.pdf", requirement, line)


def with_metadata(meta: Metadata, **changes: Any) -> Metadata:
    return replace(meta, **changes)


def example_course(cache_dir: Path) -> Course:
    """``examples/dsc204a-w24`` with every arXiv work's metadata in *cache_dir* and
    its overrides file applied (what ``readlist export --offline`` sees)."""
    cache = Cache(cache_dir)
    for meta in fixture_metadata().values():
        cache.put(meta)
    course = load_course([EXAMPLE])
    overrides = course_overrides(course)
    return resolve_course(course, cache, Services(offline=True), overrides=overrides)[0]


def citeproc(pandoc: str, document: Path, bibliography: Path) -> subprocess.CompletedProcess[str]:
    """pandoc --citeproc renders *document* with *bibliography* to HTML (not checked)."""
    command = [pandoc, str(document), "--citeproc", "--bibliography", str(bibliography)]
    return subprocess.run(
        [*command, "-t", "html", "--wrap=none"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
