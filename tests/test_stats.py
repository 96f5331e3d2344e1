"""``readlist stats``: the numbers, their JSON, and the table at 80 columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readlist.cli import app
from readlist.course import load_course
from readlist.model import Metadata
from readlist.stats import course_stats, stats_json

HERE = Path(__file__).parent
SEED = HERE / "cases" / "seed-week-10" / "site" / "week-10.md"
LECTURES = HERE / "cases" / "check-lectures" / "site"
EXAMPLE = HERE.parent / "examples" / "dsc204a-w24"


def test_seed_numbers() -> None:
    course = load_course([SEED])
    course.metadata["arxiv:2201.12023"] = Metadata(arxiv_id="2201.12023", title="Alpa")
    numbers = course_stats(course, top=2)
    assert (numbers.lectures, numbers.readings, numbers.works) == (3, 15, 5)
    assert (numbers.arxiv_works, numbers.arxiv_readings, numbers.with_metadata) == (5, 15, 1)
    assert numbers.arxiv_share == 1.0
    assert (numbers.required, numbers.optional, numbers.unmarked) == (0, 15, 0)
    assert numbers.shared_works == 5
    assert [item.count for item in numbers.most_shared] == [3, 3]
    assert numbers.schemes == {"arxiv": 5}


def test_mixed_site_numbers() -> None:
    numbers = course_stats(load_course([LECTURES]))
    assert (numbers.lectures, numbers.readings) == (3, 8)
    # OSTEP twice and the two sections of one PDF are one work each.
    assert numbers.works == 5
    assert (numbers.required, numbers.optional, numbers.unmarked) == (4, 3, 1)
    assert numbers.arxiv_works == 0 and numbers.arxiv_share == 0.0
    assert [item.work.title for item in numbers.most_shared] == ["Paxos Made Simple"]
    assert numbers.most_shared[0].count == 2


def test_empty_course_has_no_division_by_zero(tmp_path: Path) -> None:
    page = tmp_path / "empty.md"
    page.write_text("# Nothing here\n", encoding="utf-8")
    numbers = course_stats(load_course([page]))
    assert numbers.readings == 0
    assert numbers.arxiv_share == 0.0 and numbers.arxiv_reading_share == 0.0


def test_json_document() -> None:
    result = CliRunner().invoke(app, ["stats", str(SEED), "--json", "--top", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["lectures"] == 3 and data["readings"] == 15 and data["works"] == 5
    assert data["arxiv"]["share_of_works"] == 1.0
    assert data["requirement"] == {"required": 0, "optional": 15, "unmarked": 0}
    assert len(data["most_shared"]) == 1
    top = data["most_shared"][0]
    assert top["work"] == "arxiv:2201.12023"
    assert top["keys"] == ["Mar 11", "Mar 13", "Mar 15"]
    assert top["optional_in"] == 3 and top["required_in"] == 0


def test_json_matches_stats_json() -> None:
    result = CliRunner().invoke(app, ["stats", str(LECTURES), "--json"])
    assert json.loads(result.stdout) == stats_json(course_stats(load_course([LECTURES])))


@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="examples/ not present")
def test_plain_table_fits_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = CliRunner().invoke(app, ["stats", str(EXAMPLE), "--cache-dir", "/nonexistent"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout
    first = {line.split()[0]: line for line in lines[:6]}
    assert first["lectures"].split()[1] == "29"
    assert first["readings"].split()[1] == "82"
    assert "required 37 (45%)" in first["readings"]
    assert "Most-shared works" in result.stdout
