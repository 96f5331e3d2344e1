"""``readlist show`` filters: --lecture (key or title), --required/--optional, --week/--file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from export_helpers import course_of
from export_helpers import lecture as make_lecture
from typer.testing import CliRunner

from readlist.cli import app
from readlist.course import filter_course

HERE = Path(__file__).parent
LECTURES = HERE / "cases" / "check-lectures" / "site"
EXAMPLE = HERE.parent / "examples" / "dsc204a-w24"


def _show(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["show", "--json", "--cache-dir", "/nonexistent", *args])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _keys(data: dict[str, Any]) -> list[str]:
    return [lecture["key"] for lecture in data["lectures"]]


def test_no_filter_lists_every_lecture() -> None:
    assert _keys(_show(str(LECTURES))) == ["Feb 1", "Feb 3", "Feb 5"]


def test_lecture_by_key() -> None:
    assert _keys(_show(str(LECTURES), "--lecture", "Feb 3")) == ["Feb 3"]


def test_lecture_by_title_ignores_case() -> None:
    assert _keys(_show(str(LECTURES), "-l", "CONSENSUS")) == ["Feb 3", "Feb 5"]


def test_lecture_matching_nothing_says_so_and_exits_1() -> None:
    result = CliRunner().invoke(app, ["show", str(LECTURES), "--lecture", "quantum"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "error: nothing matches --lecture 'quantum'\n"


def test_required_only() -> None:
    data = _show(str(LECTURES), "--required")
    assert _keys(data) == ["Feb 1", "Feb 3"]  # Feb 5 lists only optional readings
    requirements = {r["requirement"] for lec in data["lectures"] for r in lec["readings"]}
    assert requirements == {"required"}
    assert len(data["lectures"][0]["readings"]) == 3


def test_optional_only() -> None:
    data = _show(str(LECTURES), "--optional")
    assert _keys(data) == ["Feb 1", "Feb 5"]
    titles = [r["title"] for lec in data["lectures"] for r in lec["readings"]]
    assert titles == [
        "Collective communication Section 7-10",
        "Paxos Made Simple",
        "In Search of an Understandable Consensus Algorithm",
    ]


def test_filters_combine() -> None:
    data = _show(str(LECTURES), "--lecture", "Feb 1", "--optional")
    assert _keys(data) == ["Feb 1"]
    assert [r["line"] for r in data["lectures"][0]["readings"]] == [11]


@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="examples/ not present")
@pytest.mark.parametrize("option", ["--week", "--file"])
def test_week_or_file(option: str) -> None:
    data = _show(str(EXAMPLE), option, "week-10")
    assert _keys(data) == ["Mar 11", "Mar 13", "Mar 15"]
    assert {lec["file"] for lec in data["lectures"]} == {"_modules/week-10.md"}


def test_also_in_names_the_other_lectures() -> None:
    data = _show(str(LECTURES), "--lecture", "Feb 3")
    (paxos,) = data["lectures"][0]["readings"]
    assert paxos["also_in"] == ["Feb 5"]


def test_plain_text_when_piped() -> None:
    result = CliRunner().invoke(app, ["show", str(LECTURES), "--lecture", "Feb 3"])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Feb 3")
    assert "Consensus" in lines[0]
    assert lines[1].split()[:2] == ["required", "Paxos"]
    assert "also in Feb 5" in result.stdout


KEYS = ("Mar 1", "Mar 11", "Mar 13", "Feb 12")


@pytest.mark.parametrize(
    ("text", "chosen", "note"),
    [
        ("Mar 1", ["Mar 1"], ""),  # a whole key: not Mar 11 or Mar 13
        ("mar 1", ["Mar 1"], ""),
        (" Mar   11 ", ["Mar 11"], ""),
        ("Mar", ["Mar 1", "Mar 11", "Mar 13"], "key begins"),
        ("Feb 1", ["Feb 12"], "key begins"),
        ("pipelines", ["Mar 13"], "title contains"),
        ("Apr", [], ""),
    ],
)
def test_lecture_matching_rules(text: str, chosen: list[str], note: str) -> None:
    titles = {"Mar 13": "Pipelines"}
    course = course_of(*(make_lecture(key, titles.get(key, "Systems")) for key in KEYS))
    selection = filter_course(course, lecture=text)
    assert [lec.key for lec, _ in selection.lectures] == chosen
    assert (note in selection.note) if note else selection.note == ""
