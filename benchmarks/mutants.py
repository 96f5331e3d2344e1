"""How well the extraction rules are pinned: single-rule mutants against the tests.

    python benchmarks/mutants.py [--only vocab|thresholds] [--limit N] [--list]
                                 [--workers N] [--timeout S]

Two kinds of mutant, each one change to a temporary copy of ``readlist/`` (the
worktree is never edited):

* **vocab**: every word of every tuple in ``readlist/extract/vocab.py``, removed
  one at a time;
* **thresholds**: every named threshold of ``readlist/extract/*.py`` (and the one
  inline share of :func:`readlist.extract._is_schedule`) nudged just past its
  edge, as listed in :data:`THRESHOLDS` (a comparison made strict or loose, or the
  value moved one step).

Each mutant runs :data:`TESTS` (``pytest -x -q``) in a subprocess with a timeout,
at most two at a time; a mutant *survives* when the tests still pass.  Two tests
only compare ``vocab.py`` with a hand-written copy of it (they would kill every
word mutant without saying what the word does) and are deselected, see
:data:`DESELECTED`.  Output: a Markdown summary, survivors as ``file:constant:word``.
Deterministic: mutants are generated and reported in source order.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VOCAB = "readlist/extract/vocab.py"
TESTS = (
    "tests/test_extract_vocab.py",
    "tests/test_extract.py",
    "tests/test_extract_files.py",
    "tests/test_read_file.py",
    "tests/test_extract_real13.py",
    "tests/test_extract_real17.py",
    "tests/test_extract_real18.py",
    "tests/test_extract_real19.py",
    "tests/test_extract_real20.py",
    "tests/test_extract_real22.py",
    "tests/test_extract_real25.py",
)
"""The tests that exercise extraction (each a few seconds; the fuzz tests are left out)."""
DESELECTED = (
    "tests/test_extract_vocab.py::test_every_word_has_a_row",
    "tests/test_extract_vocab.py::test_every_lms_path_has_a_row",
)
"""Bookkeeping tests: vocab.py equals its copy in the test file.  They fail for any
removed word, whatever the word does, so they would hide an unpinned word."""


@dataclass(frozen=True)
class Threshold:
    """One nudge: *old* (found exactly once in *file*) becomes *new*."""

    file: str
    name: str
    nudge: str
    old: str
    new: str


THRESHOLDS = (
    # A mistyped marker in brackets is within MARKER_TYPOS edits of the word.
    Threshold("readlist/extract/classify.py", "MARKER_TYPOS", "2 to 1",
              "MARKER_TYPOS = 2\n", "MARKER_TYPOS = 1\n"),
    Threshold("readlist/extract/classify.py", "MARKER_TYPOS", "2 to 3",
              "MARKER_TYPOS = 2\n", "MARKER_TYPOS = 3\n"),
    # A trailing title part repeated by >= REPEATED_TAIL titles of a file is no topic.
    Threshold("readlist/extract/classify.py", "REPEATED_TAIL", "3 to 2",
              "REPEATED_TAIL = 3\n", "REPEATED_TAIL = 2\n"),
    Threshold("readlist/extract/classify.py", "REPEATED_TAIL", "3 to 4",
              "REPEATED_TAIL = 3\n", "REPEATED_TAIL = 4\n"),
    # A reading-less table is an overview when sessions >= OVERVIEW_SHARE * rows.
    Threshold("readlist/extract/__init__.py", "OVERVIEW_SHARE", ">= to >",
              ">= OVERVIEW_SHARE * len", "> OVERVIEW_SHARE * len"),
    Threshold("readlist/extract/__init__.py", "OVERVIEW_SHARE", "0.5 to 0.51",
              "OVERVIEW_SHARE = 0.5\n", "OVERVIEW_SHARE = 0.51\n"),
    Threshold("readlist/extract/__init__.py", "OVERVIEW_SHARE", "0.5 to 0.49",
              "OVERVIEW_SHARE = 0.5\n", "OVERVIEW_SHARE = 0.49\n"),
    # A group is a schedule when with_readings >= max(1, MIN_SCHEDULE_SHARE * len).
    Threshold("readlist/extract/__init__.py", "MIN_SCHEDULE_SHARE", ">= to >",
              "with_readings >= max(1,", "with_readings > max(1,"),
    Threshold("readlist/extract/__init__.py", "MIN_SCHEDULE_SHARE", "0.34 to 0.35",
              "MIN_SCHEDULE_SHARE = 0.34\n", "MIN_SCHEDULE_SHARE = 0.35\n"),
    Threshold("readlist/extract/__init__.py", "MIN_SCHEDULE_SHARE", "0.34 to 0.33",
              "MIN_SCHEDULE_SHARE = 0.34\n", "MIN_SCHEDULE_SHARE = 0.33\n"),
    Threshold("readlist/extract/__init__.py", "MIN_SCHEDULE_SHARE", "max(1, ..) to max(2, ..)",
              "with_readings >= max(1,", "with_readings >= max(2,"),
    # ... and at most half of its titles are deadlines (inline: more than half is too many).
    Threshold("readlist/extract/__init__.py", "deadline share", "> to >=",
              "* 2 > len(group)", "* 2 >= len(group)"),
    Threshold("readlist/extract/__init__.py", "deadline share", "half to half + 1",
              "* 2 > len(group)", "* 2 > len(group) + 1"),
    # A material word labels a link without a colon in a phrase of at most 3 words.
    Threshold("readlist/extract/classify.py", "_MATERIAL_PHRASE_WORDS", "3 to 2",
              "_MATERIAL_PHRASE_WORDS = 3\n", "_MATERIAL_PHRASE_WORDS = 2\n"),
    Threshold("readlist/extract/classify.py", "_MATERIAL_PHRASE_WORDS", "3 to 4",
              "_MATERIAL_PHRASE_WORDS = 3\n", "_MATERIAL_PHRASE_WORDS = 4\n"),
    # An undated reading list has at least MIN_TOPICS headings over readings.
    Threshold("readlist/extract/__init__.py", "MIN_TOPICS", "2 to 1",
              "MIN_TOPICS = 2\n", "MIN_TOPICS = 1\n"),
    Threshold("readlist/extract/__init__.py", "MIN_TOPICS", "2 to 3",
              "MIN_TOPICS = 2\n", "MIN_TOPICS = 3\n"),
    # A page's one first <h1> over more than PAGE_TITLE_OVER headings is its title, no topic.
    Threshold("readlist/extract/markdown.py", "PAGE_TITLE_OVER", "3 to 2",
              "PAGE_TITLE_OVER = 3\n", "PAGE_TITLE_OVER = 2\n"),
    Threshold("readlist/extract/markdown.py", "PAGE_TITLE_OVER", "3 to 4",
              "PAGE_TITLE_OVER = 3\n", "PAGE_TITLE_OVER = 4\n"),
    # A link in >= max(REPEATED_MIN, REPEATED_SHARE * lectures) lectures is logistics.
    Threshold("readlist/extract/__init__.py", "REPEATED_SHARE", "0.75 to 0.76",
              "REPEATED_SHARE = 0.75\n", "REPEATED_SHARE = 0.76\n"),
    Threshold("readlist/extract/__init__.py", "REPEATED_SHARE", "0.75 to 0.74",
              "REPEATED_SHARE = 0.75\n", "REPEATED_SHARE = 0.74\n"),
    Threshold("readlist/extract/__init__.py", "REPEATED_SHARE", ">= to >",
              "if count >= floor}", "if count > floor}"),
    Threshold("readlist/extract/__init__.py", "REPEATED_MIN", "4 to 3",
              "REPEATED_MIN = 4\n", "REPEATED_MIN = 3\n"),
    Threshold("readlist/extract/__init__.py", "REPEATED_MIN", "4 to 5",
              "REPEATED_MIN = 4\n", "REPEATED_MIN = 5\n"),
    Threshold("readlist/extract/__init__.py", "REPEATED_MIN", "< to <=",
              "if len(lectures) < REPEATED_MIN:", "if len(lectures) <= REPEATED_MIN:"),
    # readlist's own exports are told by a marker in their first MARKER_WINDOW characters.
    Threshold("readlist/extract/files.py", "MARKER_WINDOW", "1000 to 999",
              "MARKER_WINDOW = 1_000\n", "MARKER_WINDOW = 999\n"),
    Threshold("readlist/extract/files.py", "MARKER_WINDOW", "1000 to 1001",
              "MARKER_WINDOW = 1_000\n", "MARKER_WINDOW = 1_001\n"),
    # Safety limits cheap to test at their edge (MAX_BYTES, 20 MB, is not).
    Threshold("readlist/extract/html.py", "MAX_DEPTH", "512 to 511",
              "MAX_DEPTH = 512\n", "MAX_DEPTH = 511\n"),
    Threshold("readlist/extract/html.py", "MAX_DEPTH", "512 to 513",
              "MAX_DEPTH = 512\n", "MAX_DEPTH = 513\n"),
    Threshold("readlist/extract/yamldata.py", "MAX_EXPANDED", "1000000 to 999999",
              "MAX_EXPANDED = 1_000_000\n", "MAX_EXPANDED = 999_999\n"),
    Threshold("readlist/extract/yamldata.py", "MAX_EXPANDED", "1000000 to 1000001",
              "MAX_EXPANDED = 1_000_000\n", "MAX_EXPANDED = 1_000_001\n"),
    # A business clause's colon stands at most BUSINESS_REACH characters before its link.
    Threshold("readlist/extract/classify.py", "BUSINESS_REACH", "60 to 59",
              "BUSINESS_REACH = 60\n", "BUSINESS_REACH = 59\n"),
    Threshold("readlist/extract/classify.py", "BUSINESS_REACH", "60 to 61",
              "BUSINESS_REACH = 60\n", "BUSINESS_REACH = 61\n"),
    # An index table (and a data file no page names) shares at least two rows' sessions.
    Threshold("readlist/extract/__init__.py", "index rows", "max(2, ..) to max(3, ..)",
              "return shared >= max(2,", "return shared >= max(3,"),
    Threshold("readlist/extract/__init__.py", "index rows", ">= to >",
              "return shared >= max(2,", "return shared > max(2,"),
    Threshold("readlist/extract/__init__.py", "stale data rows", "max(2, ..) to max(3, ..)",
              "if shared < max(2,", "if shared < max(3,"),
    # A page's legend keys a bracketed word of at most ten characters: "(rec.)".
    Threshold("readlist/extract/reader.py", "legend token", "{0,9} to {0,1}",
              "[a-z.']{0,9}\\)", "[a-z.']{0,1}\\)"),
    # A run-in requirement label pairs with one at most _PAIRED_LABEL_REACH paragraphs on.
    Threshold("readlist/extract/sequence.py", "_PAIRED_LABEL_REACH", "6 to 5",
              "_PAIRED_LABEL_REACH = 6\n", "_PAIRED_LABEL_REACH = 5\n"),
    Threshold("readlist/extract/sequence.py", "_PAIRED_LABEL_REACH", "6 to 7",
              "_PAIRED_LABEL_REACH = 6\n", "_PAIRED_LABEL_REACH = 7\n"),
)  # fmt: skip
"""Every threshold nudge, one row each."""


@dataclass(frozen=True)
class Mutant:
    """One change: *file*'s text *old* becomes *new* (bytes, exactly one place)."""

    kind: str
    file: str
    name: str
    what: str
    start: int
    end: int
    new: bytes

    @property
    def label(self) -> str:
        return f"{Path(self.file).name}:{self.name}:{self.what}"

    def apply(self, text: bytes) -> bytes:
        return text[: self.start] + self.new + text[self.end :]


def vocab_mutants(checkout: Path) -> Iterator[Mutant]:
    """Every word of every tuple of vocab.py removed, one at a time: ``("a", "b")``
    becomes ``(*(), "b")``, a tuple of the other words, however many are left."""
    source = (checkout / VOCAB).read_bytes()
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[lineno - 1] + col

    before = _tuples(source)
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple)):
            continue
        name = node.targets[0].id if isinstance(node.targets[0], ast.Name) else "?"
        for word in ast.walk(node.value):
            if not (isinstance(word, ast.Constant) and isinstance(word.value, str)):
                continue
            assert word.end_lineno is not None and word.end_col_offset is not None
            start = offset(word.lineno, word.col_offset)
            end = offset(word.end_lineno, word.end_col_offset)
            mutant = Mutant("vocab", VOCAB, name, word.value, start, end, b"*()")
            yield _checked(mutant, source, before, name, word.value)


def _checked(
    mutant: Mutant, source: bytes, before: dict[str, list[str]], name: str, word: str
) -> Mutant:
    """*mutant* after checking that it removes *word* from *name* and nothing else."""
    after = _tuples(mutant.apply(source))
    expected = list(before[name])
    expected.remove(word)
    assert after[name] == expected, (name, word, after[name])
    assert all(after[n] == before[n] for n in before if n != name), (name, word)
    return mutant


def _tuples(source: bytes) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            target = node.targets[0]
            name = target.id if isinstance(target, ast.Name) else "?"
            found[name] = [
                w.value
                for w in ast.walk(node.value)
                if isinstance(w, ast.Constant) and isinstance(w.value, str)
            ]
    return found


def threshold_mutants(checkout: Path) -> Iterator[Mutant]:
    """Every row of :data:`THRESHOLDS`, located in its file."""
    for row in THRESHOLDS:
        source = (checkout / row.file).read_bytes()
        old = row.old.encode()
        if source.count(old) != 1:
            raise SystemExit(f"{row.file}: {row.old!r} found {source.count(old)} times")
        start = source.index(old)
        yield Mutant("threshold", row.file, row.name, row.nudge, start, start + len(old),
                     row.new.encode())  # fmt: skip


def mutants(only: str | None, checkout: Path = REPO) -> list[Mutant]:
    found: list[Mutant] = []
    if only in (None, "vocab"):
        found.extend(vocab_mutants(checkout))
    if only in (None, "thresholds"):
        found.extend(threshold_mutants(checkout))
    return found


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant | None
    survived: bool
    seconds: float
    note: str


def snapshot(into: Path) -> Path:
    """A copy of the checkout's code, tests and examples in *into* (edits made to the
    worktree during a run change nothing)."""
    checkout = into / REPO.name  # the tests read ../shared/corpus beside the checkout
    for part in ("readlist", "tests", "examples"):
        shutil.copytree(REPO / part, checkout / part, ignore=_IGNORED)
    shutil.copy2(REPO / "pyproject.toml", checkout / "pyproject.toml")
    if (REPO.parent / "shared").exists():
        (into / "shared").symlink_to(REPO.parent / "shared")
    return checkout


_IGNORED = shutil.ignore_patterns("__pycache__", ".pytest_cache")


def run(mutant: Mutant | None, checkout: Path, timeout: float) -> Outcome:
    """The tests on a copy of *checkout*'s ``readlist/`` with *mutant* applied (None:
    unchanged)."""
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="readlist-mutant-") as tmp:
        root = Path(tmp) / REPO.name
        shutil.copytree(checkout / "readlist", root / "readlist")
        shutil.copy2(checkout / "pyproject.toml", root / "pyproject.toml")
        for shared in ("tests", "examples"):  # read only
            (root / shared).symlink_to(checkout / shared)
        if (checkout.parent / "shared").exists():
            (root.parent / "shared").symlink_to(checkout.parent / "shared")
        if mutant is not None:
            target = root / mutant.file
            target.write_bytes(mutant.apply(target.read_bytes()))
        env = os.environ | {"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
        deselect = [arg for test in DESELECTED for arg in ("--deselect", test)]
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
        try:
            done = subprocess.run(
                [*command, *deselect, *TESTS],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return Outcome(mutant, False, time.perf_counter() - began, "timeout (killed)")
        last = (done.stdout.strip().splitlines() or [""])[-1]
        return Outcome(mutant, done.returncode == 0, time.perf_counter() - began, last)


def report(outcomes: Sequence[Outcome], seconds: float, workers: int) -> str:
    """The Markdown summary."""
    lines = ["| kind | mutants | killed | survived |", "|---|---:|---:|---:|"]
    for kind in ("vocab", "threshold"):
        mine = [o for o in outcomes if o.mutant is not None and o.mutant.kind == kind]
        if mine:
            alive = sum(o.survived for o in mine)
            lines.append(f"| {kind} | {len(mine)} | {len(mine) - alive} | {alive} |")
    alive = sum(o.survived for o in outcomes)
    lines.append(f"| **total** | {len(outcomes)} | {len(outcomes) - alive} | {alive} |")
    lines += ["", f"{seconds:.0f} s with {workers} workers.", ""]
    survivors = [o.mutant.label for o in outcomes if o.survived and o.mutant is not None]
    lines.append("Survivors (file:constant:word):" if survivors else "No survivor.")
    lines += [f"- `{label}`" for label in survivors]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("vocab", "thresholds"))
    parser.add_argument("--limit", type=int, help="the first N mutants only")
    parser.add_argument("--list", action="store_true", help="print the mutants, run nothing")
    parser.add_argument("--workers", type=int, default=2, help="at most 2 (the default)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(m.label for m in mutants(args.only)[: args.limit]))
        return 0
    workers = max(1, min(args.workers, 2))
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="readlist-mutants-") as tmp:
        checkout = snapshot(Path(tmp))
        chosen = mutants(args.only, checkout)[: args.limit]
        baseline = run(None, checkout, args.timeout)
        if not baseline.survived:
            print(f"error: the tests fail without a mutant: {baseline.note}", file=sys.stderr)
            return 2
        outcomes = []
        with ThreadPoolExecutor(workers) as pool:
            done = pool.map(lambda m: run(m, checkout, args.timeout), chosen)
            for number, outcome in enumerate(done, 1):
                outcomes.append(outcome)
                state = "SURVIVED" if outcome.survived else "killed"
                label = outcome.mutant.label if outcome.mutant else ""
                print(f"[{number}/{len(chosen)}] {state} {label} ({outcome.seconds:.1f} s)",
                      file=sys.stderr, flush=True)  # fmt: skip
    print(report(outcomes, time.perf_counter() - began, workers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
