"""benchmarks/mutants.py: every mutant is one valid change, and every word and
threshold has one (the run itself is a benchmark, not a test)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import mutants  # noqa: E402

from readlist.extract import vocab  # noqa: E402

WORD_MUTANTS = list(mutants.vocab_mutants(mutants.REPO))  # checked as they are made


def test_one_mutant_per_word_of_the_vocabulary() -> None:
    words = [
        (name, word)
        for name, value in vars(vocab).items()
        if name.isupper() and isinstance(value, tuple)
        for word in value
    ]
    found = [(m.name, m.what) for m in WORD_MUTANTS]
    assert sorted(found) == sorted(words)


def test_each_threshold_nudge_is_found_once_and_parses() -> None:
    found = list(mutants.threshold_mutants(mutants.REPO))
    assert len(found) == len(mutants.THRESHOLDS)
    for mutant in found:
        changed = mutant.apply((mutants.REPO / mutant.file).read_bytes())
        ast.parse(changed)
        assert changed != (mutants.REPO / mutant.file).read_bytes()


def test_a_word_mutant_removes_that_word() -> None:
    (mutant,) = [m for m in WORD_MUTANTS if m.what == "mandatory"]
    changed = mutant.apply((mutants.REPO / mutants.VOCAB).read_bytes())
    assert b'"mandatory"' not in changed and b'"must read"' in changed
