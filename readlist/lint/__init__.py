"""Findings for ``readlist check``: what is wrong in a reading list, before students see it.

:func:`check_course` runs every check over a :class:`~readlist.model.Course`
whose ``metadata`` the caller has filled (from the cache, arXiv, DBLP, Crossref or
the overrides) and returns a :class:`Report`.  A check that lacks what it needs
(metadata for a work, the files of a site) is named in :attr:`Report.skipped`
instead of guessing; :attr:`Report.incomplete` says a source was unreachable.

=================  ==========================================================
module             checks
=================  ==========================================================
``titles``         link text vs the work's title, swapped links, ids arXiv
                   lacks (with the id to link instead), old versions
``lectures``       duplicates, missing markers, required here / optional there
``links``          broken relative links, ``http:``, slides, malformed arXiv ids
``suppress``       ``--ignore``, markers on the line, the baseline
=================  ==========================================================

Every code, its level and an example: docs/check.md; the codes: :data:`CODES`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from readlist.lint.findings import (
    CODES,
    SEVERITIES,
    Finding,
    Places,
    Report,
    Severity,
    Skipped,
    UnusedOverride,
)
from readlist.lint.lectures import lecture_findings
from readlist.lint.links import link_findings
from readlist.lint.suppress import (
    BaselineKey,
    baseline_json,
    read_baseline,
    suppress,
    unknown_codes,
)
from readlist.lint.titles import title_findings
from readlist.model import Course, Site

__all__ = [
    "CODES",
    "DEFAULT_THRESHOLD",
    "SEVERITIES",
    "Finding",
    "Report",
    "Severity",
    "UnusedOverride",
    "baseline_json",
    "check_course",
    "read_baseline",
    "report_json",
    "unknown_codes",
]

DEFAULT_THRESHOLD = 0.85
"""Similarity (0-1) from which a link text counts as naming a title."""


def check_course(
    course: Course,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    site_roots: Mapping[str, Path] | None = None,
    ignore: Collection[str] = (),
    baseline: Collection[BaselineKey] | None = None,
    unused_overrides: Iterable[UnusedOverride | tuple[str, int | None, str, str]] = (),
) -> Report:
    """Every finding for *course*, in file and line order.

    *threshold*: the similarity at which a link text counts as naming a title
    (a near miss at or above it is reported as a typo).  *site_roots* maps a
    lecture's ``source`` to the directory its relative links resolve against
    (default: each site's root).  *ignore* (codes) and *baseline*
    (:func:`read_baseline`) suppress findings, as do markers on their lines.
    *unused_overrides*: entries of the course's overrides file that match no
    reading, as ``(file, line, key, title)``, each reported as ``override-unused``.
    """
    places = Places(course.sites)
    roots = (
        dict(site_roots)
        if site_roots is not None
        else {source: site.root for source, site in places.sites.items()}
    )
    skipped = Skipped()
    findings = _problem_findings(course.sites)
    findings += title_findings(course, places, threshold, skipped)
    findings += lecture_findings(course, places)
    findings += link_findings(course, places, roots, skipped)
    findings += [_override_finding(entry) for entry in unused_overrides]
    findings.sort(key=_order)
    return Report(
        findings=suppress(list(dict.fromkeys(findings)), ignore, baseline),
        skipped=skipped.lines(),
        incomplete=skipped.incomplete,
    )


def report_json(report: Report, *, fail_on: Severity) -> dict[str, Any]:
    """The ``readlist check --json`` document."""
    return {
        "findings": [
            {
                "file": f.file,
                "line": f.line,
                "lecture": f.lecture,
                "severity": f.severity,
                "level": f.severity,
                "code": f.code,
                "message": f.message,
                "hint": f.hint,
                "score": f.score,
                "suppressed": f.suppressed,
            }
            for f in report.findings
        ],
        "counts": {severity: report.count(severity) for severity in SEVERITIES},
        "suppressed": report.suppressed,
        "skipped": report.skipped,
        "incomplete": report.incomplete,
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


def _override_finding(entry: UnusedOverride | tuple[str, int | None, str, str]) -> Finding:
    file, line, key, title = entry
    return Finding(
        file=file,
        line=line,
        lecture="",
        severity="warning",
        code="override-unused",
        message=f'the overrides entry {key} ("{title}") matches no reading',
        hint="remove the entry, or fix the reading's link it was written for",
        subject=key,
    )


def _order(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.file, finding.line or 0, SEVERITIES.index(finding.severity), finding.code)
