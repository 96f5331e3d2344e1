"""What ``check`` reports: :class:`Finding`, :class:`Report`, and :class:`Place`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal

from readlist.model import Lecture, Reading, Site, Work

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
"""Most severe first."""


@dataclass(frozen=True)
class Finding:
    """One thing to fix (or to look at), at one place in a source file."""

    file: str
    """The source file, as the user's PATH names it."""
    line: int | None
    lecture: str
    """The lecture's key (``Mar 11``); empty for a finding about a whole file."""
    severity: Severity
    code: str
    """Stable name of the check (``title-typo``); docs/check.md lists them."""
    message: str
    hint: str
    """One line: how to fix it."""
    score: float | None = None
    """Similarity of link text and title (0-1), for the title checks."""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class Report:
    """Every finding, in source order, and the checks that could not run."""

    findings: list[Finding]
    skipped: list[str] = field(default_factory=list)
    """One line per check (or group of works) not run, and why."""

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def exit_code(self, fail_on: Severity) -> int:
        """1 when a finding is at least as severe as *fail_on*, else 0."""
        limit = SEVERITIES.index(fail_on)
        return int(any(SEVERITIES.index(f.severity) <= limit for f in self.findings))


@dataclass(frozen=True)
class Place:
    """A reading of a lecture, with the file name findings about it carry."""

    file: str
    lecture: Lecture
    reading: Reading

    def finding(
        self, severity: Severity, code: str, message: str, hint: str, score: float | None = None
    ) -> Finding:
        return Finding(
            file=self.file,
            line=self.reading.line or None,
            lecture=self.lecture.key,
            severity=severity,
            code=code,
            message=message,
            hint=hint,
            score=None if score is None else round(score, 2),
        )


class Places:
    """Turns lectures and works into :class:`Place` objects with displayable file names."""

    def __init__(self, sites: tuple[Site, ...]) -> None:
        self.sites: Mapping[str, Site] = {
            lec.source: site for site in sites for lec in site.lectures
        }

    def file(self, lecture: Lecture) -> str:
        """The file as the user would type it: the PATH's directory, then the file in it."""
        site = self.sites.get(lecture.source)
        if site is None:
            return lecture.file
        return PurePosixPath(site.root.as_posix(), lecture.file).as_posix()

    def of(self, lecture: Lecture, reading: Reading) -> Place:
        return Place(self.file(lecture), lecture, reading)

    def of_work(self, work: Work) -> Iterator[tuple[Place, int | None]]:
        """Each occurrence's place and the arXiv version its link pins (if any)."""
        for occ in work.occurrences:
            yield self.of(occ.lecture, occ.reading), occ.identity.version

    def readings(self, lectures: tuple[Lecture, ...]) -> Iterator[Place]:
        for lecture in lectures:
            for reading in lecture.readings:
                yield self.of(lecture, reading)
