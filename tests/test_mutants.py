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


def _tuples(source: bytes) -> dict[str, tuple[str, ...]]:
    """The word lists a version of vocab.py defines (it is our own module, run as such)."""
    namespace: dict[str, object] = {}
    exec(compile(source, "vocab.py", "exec"), namespace)  # noqa: S102
    return {k: v for k, v in namespace.items() if k.isupper() and isinstance(v, tuple)}


def test_a_word_mutant_removes_that_word_from_its_list_only() -> None:
    (mutant,) = [m for m in WORD_MUTANTS if (m.name, m.what) == ("REQUIRED", "mandatory")]
    source = (mutants.REPO / mutants.VOCAB).read_bytes()
    before, after = _tuples(source), _tuples(mutant.apply(source))
    assert [w for w in before["REQUIRED"] if w != "mandatory"] == list(after["REQUIRED"])
    assert after["KEY_WORDS"] == before["KEY_WORDS"]  # "mandatory" is there too
    assert {k: v for k, v in after.items() if k != "REQUIRED"} == {
        k: v for k, v in before.items() if k != "REQUIRED"
    }
