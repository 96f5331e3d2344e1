"""Extraction scored against hand-checked gold: one Markdown table.

    python benchmarks/score.py [--json] [CASE_DIR ...]

A case is a folder with ``site/`` and ``expected.json`` (the format of
``tests/cases/*`` and ``../shared/corpus/*``, the default).  Per case and in
total (counts summed over cases):

* **readings**: a reading is a (lecture key, url as written) pair; precision,
  recall and F1 of the extracted pairs against the expected ones;
* **requirement**: share of matched readings whose requirement is right;
* **lectures**: lectures extracted / expected;
* **titles**: share of matched lectures (paired by key, in order) whose title is right;
* **empty**: the site yielded no reading although gold has some.

``--diff`` prints, per case, what differs: lectures and readings only one side
has, and for paired ones each field (title, requirement, text, link) that differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GLOBS = (REPO / "tests" / "cases", REPO.parent / "shared" / "corpus")

Row = tuple[object, str | None]
"""(what pairs it, value compared): (key, title) or ((key, url), requirement)."""


@dataclass
class Score:
    """Counts for one case (or the sum of several)."""

    case: str
    readings_got: int = 0
    readings_expected: int = 0
    readings_matched: int = 0
    requirements_right: int = 0
    lectures_got: int = 0
    lectures_expected: int = 0
    lectures_matched: int = 0
    titles_right: int = 0
    empty: int = 0

    def __add__(self, other: Score) -> Score:
        sums = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)[1:]}
        return Score("total", **sums)

    @property
    def precision(self) -> float:
        return _ratio(self.readings_matched, self.readings_got)

    @property
    def recall(self) -> float:
        return _ratio(self.readings_matched, self.readings_expected)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def requirement_accuracy(self) -> float:
        return _ratio(self.requirements_right, self.readings_matched)

    @property
    def title_accuracy(self) -> float:
        return _ratio(self.titles_right, self.lectures_matched)

    def as_dict(self) -> dict[str, Any]:
        measures = ("precision", "recall", "f1", "requirement_accuracy", "title_accuracy")
        return asdict(self) | {m: round(getattr(self, m), 4) for m in measures}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _paired(got: Iterable[Row], expected: Iterable[Row]) -> tuple[int, int]:
    """(matched, right): rows paired in order within each group, right when values agree."""
    by_group: dict[object, tuple[list[str | None], list[str | None]]] = defaultdict(
        lambda: ([], [])
    )
    for side, rows in enumerate((got, expected)):
        for group, value in rows:
            by_group[group][side].append(value)
    pairs = [p for g, e in by_group.values() for p in zip(g, e, strict=False)]
    return len(pairs), sum(a == b for a, b in pairs)


def score_case(case: Path) -> Score:
    """Extract ``case/site`` and count it against ``case/expected.json``."""
    from readlist.extract import extract_site

    gold = json.loads((case / "expected.json").read_text(encoding="utf-8"))["lectures"]
    site = extract_site(case / "site")
    got_lectures: list[Row] = [(lec.key, lec.title) for lec in site.lectures]
    exp_lectures: list[Row] = [(lec["key"], lec["title"]) for lec in gold]
    got_readings: list[Row] = [
        ((lec.key, r.url), r.requirement) for lec in site.lectures for r in lec.readings
    ]
    exp_readings: list[Row] = [
        ((lec["key"], r["url"]), r["requirement"]) for lec in gold for r in lec["readings"]
    ]
    lectures_matched, titles_right = _paired(got_lectures, exp_lectures)
    readings_matched, requirements_right = _paired(got_readings, exp_readings)
    return Score(
        case.name,
        readings_got=len(got_readings),
        readings_expected=len(exp_readings),
        readings_matched=readings_matched,
        requirements_right=requirements_right,
        lectures_got=len(got_lectures),
        lectures_expected=len(exp_lectures),
        lectures_matched=lectures_matched,
        titles_right=titles_right,
        empty=int(not got_readings and bool(exp_readings)),
    )


def diff_case(case: Path) -> list[str]:
    """What the extraction of ``case/site`` gets other than ``case/expected.json``:
    one line per difference, ``-`` for gold only, ``+`` for extracted only, ``~`` for
    a field of a paired lecture or reading (gold, then extracted)."""
    from readlist.extract import extract_site

    gold = json.loads((case / "expected.json").read_text(encoding="utf-8"))["lectures"]
    got = [
        {
            "key": lec.key,
            "title": lec.title,
            "readings": [
                {
                    "url": r.url,
                    "requirement": r.requirement,
                    "text": r.text,
                    "title": r.title,
                    "link": r.link,
                }
                for r in lec.readings
            ],
        }
        for lec in extract_site(case / "site").lectures
    ]
    lines: list[str] = []
    lectures = _pairs([(lec["key"], lec) for lec in gold], [(lec["key"], lec) for lec in got])
    for key, want, have in lectures:
        if have is None or want is None:
            sign, lec = ("-", want) if have is None else ("+", have)
            assert lec is not None
            count = len(lec["readings"])
            lines.append(f"{sign} lecture {key!r}: {lec['title']!r}, {count} readings")
            continue
        if want["title"] != have["title"]:
            lines.append(f"~ lecture {key!r} title: {want['title']!r} -> {have['title']!r}")
        readings = _pairs(
            [(r["url"], r) for r in want["readings"]], [(r["url"], r) for r in have["readings"]]
        )
        for url, w, h in readings:
            if w is None or h is None:
                lines.append(f"{'-' if h is None else '+'} {key!r} reading {url}")
                continue
            for name in ("requirement", "text", "title", "link"):
                if name in w and w[name] != h[name]:
                    lines.append(f"~ {key!r} {url} {name}: {w[name]!r} -> {h[name]!r}")
    return lines


def _pairs(
    want: Sequence[tuple[str, dict[str, Any]]], have: Sequence[tuple[str, dict[str, Any]]]
) -> list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]]:
    """Items of both sides paired by name in order (the n-th of a name with the n-th),
    in gold's order, then what only the extraction has."""
    left: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name, item in have:
        left[name].append(item)
    pairs: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]] = []
    for name, item in want:
        pairs.append((name, item, left[name].pop(0) if left[name] else None))
    pairs += [(name, None, item) for name, items in left.items() for item in items]
    return pairs


def table(scores: Sequence[Score]) -> str:
    """A Markdown table: one row per case, then the total."""
    head = "| case | P | R | F1 | req | lectures | titles | readings | empty |"
    lines = [head, "|" + " --- |" * 9]
    total = sum(scores, Score("total"))
    for s in [*scores, total]:
        name = f"**{s.case}**" if s is total else s.case
        lines.append(
            f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
            f"| {s.requirement_accuracy:.3f} | {s.lectures_got}/{s.lectures_expected} "
            f"| {s.title_accuracy:.3f} | {s.readings_got}/{s.readings_expected} | {s.empty} |"
        )
    return "\n".join(lines)


def cases(args: Sequence[str]) -> list[Path]:
    """The case folders named, or every case under the default folders."""
    if args:
        return [Path(a) for a in args]
    return sorted(
        p
        for root in DEFAULT_GLOBS
        if root.is_dir()
        for p in root.iterdir()
        if (p / "expected.json").is_file()
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("case", nargs="*", help="case folders (site/ + expected.json)")
    parser.add_argument("--json", action="store_true", help="JSON instead of a table")
    parser.add_argument("--diff", action="store_true", help="each difference, per case")
    opts = parser.parse_args(argv)
    folders = cases(opts.case)
    missing = [str(c) for c in folders if not (c / "expected.json").is_file()]
    if missing:
        print(f"error: no expected.json in {', '.join(missing)}", file=sys.stderr)
        return 2
    if opts.diff:
        for case in folders:
            print(f"## {case.name}", *diff_case(case), sep="\n")
        return 0
    scores = [score_case(c) for c in folders]
    if opts.json:
        total = sum(scores, Score("total"))
        print(json.dumps([s.as_dict() for s in [*scores, total]], indent=1))
    else:
        print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
