"""What ``check`` reports: findings, the report, what was skipped, and places."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal, NamedTuple

from readlist.model import Lecture, Metadata, Reading, Site, Work

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
"""Most severe first: the link is wrong; the text is wrong; worth knowing."""

CODES: dict[str, str] = {
    "swapped-link": "the text names another work of the course",
    "title-typo": "a near miss of a word or name of the title",
    "title-differs": "another title: renamed between versions, or the venue's title",
    "title-mismatch": "the text has little in common with the title",
    "old-version": "the link pins an older arXiv version, renamed since",
    "arxiv-missing": "arXiv has no paper with the id",
    "arxiv-malformed": "an arXiv link whose id does not parse",
    "broken-link": "a relative link to a file the site does not have",
    "insecure-link": "http: to a host that serves https",
    "not-a-reading": "slides in a reading list",
    "duplicate": "the same work twice in one lecture",
    "same-document": "the same document twice in one lecture, under other texts",
    "mixed-requirement": "required in one lecture, optional in another",
    "no-marker": "no required/optional marker where the others have one",
    "override-unused": "an overrides entry that matches no reading",
    "unreadable": "a file of the site that could not be read",
}
"""Every finding code and what it means (docs/check.md has examples)."""

Suppression = Literal["ignore", "inline", "baseline"]


class UnusedOverride(NamedTuple):
    """An entry of the course's overrides file that matches no reading."""

    file: str
    line: int | None
    key: str
    title: str


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
    subject: str = ""
    """What the finding is about, without its line (a reading's text and URL):
    with ``file``, ``lecture`` and ``code`` it identifies the finding in a baseline."""
    suppressed: Suppression | None = None
    """Why it does not count: ``--ignore``, a marker on its line, or the baseline."""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class Report:
    """Every finding, in source order, and the checks that could not run."""

    findings: list[Finding]
    skipped: list[str] = field(default_factory=list)
    """One line per check (or group of works) not run, and why."""
    incomplete: bool = False
    """Metadata the checks needed could not be fetched (a source was unreachable)."""

    @property
    def active(self) -> list[Finding]:
        """The findings that count: not suppressed."""
        return [f for f in self.findings if f.suppressed is None]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.active if f.severity == severity)

    @property
    def suppressed(self) -> int:
        return len(self.findings) - len(self.active)

    def exit_code(self, fail_on: Severity) -> int:
        """2 when incomplete, 1 when a finding counts at *fail_on* or more, else 0."""
        if self.incomplete:
            return 2
        limit = SEVERITIES.index(fail_on)
        return int(any(SEVERITIES.index(f.severity) <= limit for f in self.active))


class Skipped:
    """Collects what could not be checked, grouped by reason, as lines for :class:`Report`."""

    _WHY = {
        "uncached": "not in the cache: run `readlist fetch`, or check without --offline",
        "unreachable": "{source} could not be reached",
    }

    def __init__(self) -> None:
        self.notes: list[str] = []
        self._works: dict[tuple[str, str], list[str]] = {}

    @property
    def incomplete(self) -> bool:
        """True when metadata could not be fetched because a source was unreachable."""
        return any(reason == "unreachable" for reason, _ in self._works)

    def append(self, line: str) -> None:
        """A line about a check that did not run (as on the list it replaces)."""
        self.notes.append(line)

    def metadata(self, work: Work, reason: str, meta: Metadata | None) -> None:
        """*work*'s title checks did not run: ``uncached`` or ``unreachable``."""
        source = meta.source if meta is not None else "arxiv"
        self._works.setdefault((reason, source), []).append(work.arxiv_id or work.id)

    def lines(self) -> list[str]:
        names = {"arxiv": "arXiv", "dblp": "DBLP", "crossref": "Crossref"}
        found = []
        for (reason, source), ids in self._works.items():
            shown = ", ".join(ids[:4]) + (", ..." if len(ids) > 4 else "")
            kind = "arXiv work" if source == "arxiv" else "work"
            plural = "s" if len(ids) != 1 else ""
            why = self._WHY[reason].format(source=names.get(source, source))
            found.append(
                f"title, version and existence checks for {len(ids)} {kind}{plural} "
                f"({shown}): {why}"
            )
        return list(dict.fromkeys(found + self.notes))


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
            subject=f"{self.reading.title or self.reading.text} <{self.reading.url}>",
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
