"""Findings for ``readlist check``: what is wrong in a reading list, before students see it.

:func:`check_course` runs every check over a :class:`~readlist.model.Course`
whose ``metadata`` the caller has filled (from the cache or arXiv) and returns a
:class:`Report`.  A check that lacks what it needs (arXiv metadata for a work,
the files of a site) is named in :attr:`Report.skipped` instead of guessing.

=================  ==========================================================
module             checks
=================  ==========================================================
``titles``         link text vs arXiv title, swapped links, ids arXiv lacks,
                   old versions
``lectures``       duplicates, missing markers, required here / optional there
``links``          broken relative links, ``http:``, slides, malformed arXiv ids
=================  ==========================================================

Every code, its severity and an example: docs/check.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from readlist.lint.findings import SEVERITIES, Finding, Places, Report, Severity
from readlist.lint.lectures import lecture_findings
from readlist.lint.links import link_findings
from readlist.lint.titles import title_findings
from readlist.model import Course, Site

__all__ = [
    "DEFAULT_THRESHOLD",
    "SEVERITIES",
    "Finding",
    "Report",
    "Severity",
    "check_course",
    "report_json",
]

DEFAULT_THRESHOLD = 0.85
"""Similarity (0-1) from which a link text counts as naming a title."""


def check_course(
    course: Course,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    site_roots: Mapping[str, Path] | None = None,
) -> Report:
    """Every finding for *course*, in file and line order.

    *threshold*: the similarity at which a link text counts as naming a title
    (a near miss at or above it is reported as a typo).  *site_roots* maps a
    lecture's ``source`` to the directory its relative links resolve against
    (default: each site's root).
    """
    places = Places(course.sites)
    roots = (
        dict(site_roots)
        if site_roots is not None
        else {source: site.root for source, site in places.sites.items()}
    )
    skipped: list[str] = []
    findings = _problem_findings(course.sites)
    findings += title_findings(course, places, threshold, skipped)
    findings += lecture_findings(course, places)
    findings += link_findings(course, places, roots, skipped)
    findings.sort(key=_order)
    return Report(findings=list(dict.fromkeys(findings)), skipped=list(dict.fromkeys(skipped)))


def report_json(report: Report, *, fail_on: Severity) -> dict[str, Any]:
    """The ``readlist check --json`` document."""
    return {
        "findings": [
            {
                "file": f.file,
                "line": f.line,
                "lecture": f.lecture,
                "severity": f.severity,
                "code": f.code,
                "message": f.message,
                "hint": f.hint,
                "score": f.score,
            }
            for f in report.findings
        ],
        "counts": {severity: report.count(severity) for severity in SEVERITIES},
        "skipped": report.skipped,
        "fail_on": fail_on,
        "exit_code": report.exit_code(fail_on),
    }


def _problem_findings(sites: tuple[Site, ...]) -> list[Finding]:
    return [
        Finding(
            file=PurePosixPath(site.root.as_posix(), problem.file).as_posix(),
            line=problem.line,
            lecture="",
            severity="warning",
            code="unreadable",
            message=problem.message,
            hint="fix the file; its lectures were not read",
        )
        for site in sites
        for problem in site.problems
    ]


def _order(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.file, finding.line or 0, SEVERITIES.index(finding.severity), finding.code)
