"""Findings the course staff decided to accept: ``--ignore``, markers on the line, a baseline.

A suppressed finding stays in the report (``Finding.suppressed`` says why) but
no longer counts for the exit status or the summary's counts.

* ``--ignore CODE[,CODE]``: every finding of those codes.
* A marker on the finding's line: ``<!-- readlist: ignore -->`` or
  ``<!-- readlist: ignore title-typo, swapped-link -->`` in Markdown and HTML,
  ``# readlist: ignore [CODE ...]`` in YAML.  Without codes, every finding of the line.
  A line holding only a marker covers the next line too; in YAML a marker
  anywhere in the reading's item (``- title: ...  # readlist: ignore`` above its
  ``url:``) covers it.
* A baseline (``check --baseline FILE``): the findings accepted when it was
  written (``--update-baseline``), identified by file, lecture, code and subject
  (a reading's text and URL), not by line, so that editing the page around a
  finding does not bring it back.  Each entry accepts one finding.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from readlist import lazyre
from readlist.errors import InputError
from readlist.lint.findings import CODES, Finding, Suppression

BASELINE_VERSION = 1

_MARKERS = {
    "html": lazyre.compile(r"<!--\s*readlist:\s*ignore\b(?P<codes>.*?)-->", re.IGNORECASE),
    "yaml": lazyre.compile(r"#\s*readlist:\s*ignore\b(?P<codes>[^#\n]*)", re.IGNORECASE),
}
_YAML_SUFFIXES = (".yml", ".yaml")

BaselineKey = tuple[str, str, str, str]
"""``(file, lecture, code, subject)``."""


def unknown_codes(codes: Iterable[str]) -> list[str]:
    """The codes of *codes* that no check reports (a misspelt ``--ignore``)."""
    return [code for code in codes if code not in CODES]


def suppress(
    findings: list[Finding], ignore: Collection[str], baseline: Collection[BaselineKey] | None
) -> list[Finding]:
    """*findings* with ``suppressed`` set: by ``--ignore``, a marker, then the baseline."""
    markers = _Markers()
    accepted = Counter(baseline or ())
    result = []
    for finding in findings:
        why: Suppression | None = None
        if finding.code in ignore:
            why = "ignore"
        elif markers.ignores(finding):
            why = "inline"
        elif accepted[baseline_key(finding)] > 0:
            accepted[baseline_key(finding)] -= 1
            why = "baseline"
        result.append(replace(finding, suppressed=why) if why else finding)
    return result


def baseline_key(finding: Finding) -> BaselineKey:
    return (finding.file, finding.lecture, finding.code, finding.subject or finding.message)


def baseline_json(findings: Iterable[Finding]) -> dict[str, Any]:
    """The baseline file accepting *findings* (those not suppressed otherwise)."""
    entries = [
        dict(zip(("file", "lecture", "code", "subject"), baseline_key(f), strict=True))
        for f in findings
        if f.suppressed in (None, "baseline")
    ]
    return {"readlist_baseline": BASELINE_VERSION, "findings": entries}


def read_baseline(path: Path) -> list[BaselineKey]:
    """The entries of a baseline file; :class:`InputError` when it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("readlist_baseline") != BASELINE_VERSION:
            raise ValueError("not a readlist baseline (version 1)")
        return [
            (str(e["file"]), str(e["lecture"]), str(e["code"]), str(e["subject"]))
            for e in data["findings"]
        ]
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline (write it with --update-baseline)") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read the baseline ({err})") from None
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise InputError(f"{path}: not a readlist baseline file ({err})") from None


class _Markers:
    """Reads each source file once and answers whether a finding's line carries a marker."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str]] = {}

    def ignores(self, finding: Finding) -> bool:
        if not finding.line:
            return False
        lines = self._file(finding.file)
        if finding.line > len(lines):
            return False
        kind = "yaml" if finding.file.endswith(_YAML_SUFFIXES) else "html"
        for text in _covering(lines, finding.line - 1, kind):
            for marker in _MARKERS[kind].finditer(text):
                codes = re.findall(r"[a-z][a-z-]*[a-z]", marker.group("codes").lower())
                if not codes or finding.code in codes:
                    return True
        return False

    def _file(self, file: str) -> list[str]:
        if file not in self._lines:
            try:
                text = Path(file).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._lines[file] = text.splitlines()
        return self._lines[file]


def _covering(lines: list[str], index: int, kind: str) -> list[str]:
    """The lines whose markers cover line *index*: itself, a marker-only line above it,
    and in YAML the lines of its item above it (up to the ``- `` that starts it)."""
    found = [lines[index]]
    above = index - 1
    if above >= 0 and _MARKERS[kind].sub("", lines[above]).strip() == "":
        found.append(lines[above])
    if kind == "yaml":
        while not lines[index].lstrip().startswith("-") and index > 0 and lines[index - 1].strip():
            index -= 1
            found.append(lines[index])
    return found
