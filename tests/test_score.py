"""benchmarks/score.py: a perfect case scores 1.0; damaged gold scores below."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score  # noqa: E402

CASE = Path(__file__).parent / "cases" / "table-basic"


def test_a_case_that_matches_its_gold_scores_one() -> None:
    s = score.score_case(CASE)
    assert (s.f1, s.requirement_accuracy, s.title_accuracy) == (1.0, 1.0, 1.0)
    assert (s.lectures_got, s.lectures_expected, s.readings_got, s.empty) == (3, 3, 5, 0)


def test_damaged_gold_scores_below_one(tmp_path: Path) -> None:
    case = tmp_path / "damaged"
    shutil.copytree(CASE / "site", case / "site")
    gold = json.loads((CASE / "expected.json").read_text())
    first, _, last = gold["lectures"]
    first["title"] = "Not the topic"
    first["readings"][1]["requirement"] = "required"  # site: optional
    first["readings"][0]["url"] = "https://arxiv.org/abs/0000.00000"  # a link not on the site
    gold["lectures"] = [first, last]  # the reading-less Jan 26 lecture dropped
    (case / "expected.json").write_text(json.dumps(gold))
    s = score.score_case(case)
    # 5 readings got and expected, 4 in common (1 of them marked wrong);
    # 2 lectures paired by key, 1 title right.
    assert (s.precision, s.recall) == (4 / 5, 4 / 5)
    assert (s.requirement_accuracy, s.title_accuracy) == (3 / 4, 1 / 2)
    assert (s.lectures_got, s.lectures_expected) == (3, 2)


def test_a_site_without_readings_counts_as_empty(tmp_path: Path) -> None:
    case = tmp_path / "empty"
    (case / "site").mkdir(parents=True)
    (case / "site" / "index.md").write_text("# Nothing scheduled yet\n")
    gold = {
        "lectures": [
            {
                "file": "index.md",
                "key": "Jan 5",
                "title": "Intro",
                "readings": [
                    {"text": "A", "url": "https://arxiv.org/abs/1706.03762", "requirement": None}
                ],
            }
        ]
    }
    (case / "expected.json").write_text(json.dumps(gold))
    s = score.score_case(case)
    assert (s.empty, s.recall, s.f1) == (1, 0.0, 0.0)
    assert "| **total** |" in score.table([s])


def test_diff_names_each_difference_of_damaged_gold(tmp_path: Path) -> None:
    case = tmp_path / "damaged"
    shutil.copytree(CASE / "site", case / "site")
    gold = json.loads((CASE / "expected.json").read_text())
    first, _, last = gold["lectures"]
    site_title, site_url = first["title"], first["readings"][0]["url"]
    first["title"] = "Not the topic"
    first["readings"][0]["url"] = "https://arxiv.org/abs/0000.00000"
    first["readings"][1]["requirement"] = "required"
    gold["lectures"] = [first, last]
    (case / "expected.json").write_text(json.dumps(gold))
    key, url1 = first["key"], first["readings"][1]["url"]
    lines = score.diff_case(case)
    assert f"~ lecture {key!r} title: 'Not the topic' -> {site_title!r}" in lines
    assert f"- {key!r} reading https://arxiv.org/abs/0000.00000" in lines
    assert f"+ {key!r} reading {site_url}" in lines
    assert f"~ {key!r} {url1} requirement: 'required' -> 'optional'" in lines
    assert any(line.startswith("+ lecture ") for line in lines)  # the dropped lecture
    assert len(lines) == 5
    assert score.diff_case(CASE) == []
