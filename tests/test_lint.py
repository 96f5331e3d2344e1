"""``readlist check``: the findings, as data.

Each ``tests/cases/<name>/`` with a ``check.json`` is a case: ``site/`` is read,
the metadata of ``tests/fixtures/arxiv`` (nine real papers) plus the case's own
``metadata.json`` is attached, and the report must equal ``check.json``.  After an
intended change: ``pytest tests/test_lint.py --update-goldens`` and review the diff.

Title similarity is data too: ``tests/data/title_pairs.tsv``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fakearxiv import FakeArxiv
from typer.testing import CliRunner

from readlist.cli import app
from readlist.course import load_course
from readlist.lint import DEFAULT_THRESHOLD, Report, check_course, report_json
from readlist.model import Course, Identity, Lecture, Metadata, Occurrence, Reading, Site, Work
from readlist.similarity import (
    abstract_names,
    compare,
    normalize,
    text_keys,
    title_keys,
    word_typo,
)

HERE = Path(__file__).parent
CASES = sorted(p for p in (HERE / "cases").iterdir() if (p / "check.json").is_file())
FIXTURES = HERE / "fixtures" / "arxiv" / "metadata.json"
SEED = HERE / "cases" / "seed-week-10" / "site" / "week-10.md"


def _metadata(records: list[dict[str, Any]]) -> dict[str, Metadata]:
    return {
        r["id"]: Metadata(
            arxiv_id=r["id"],
            status=r.get("status", "found"),
            version=r.get("version"),
            title=r.get("title", ""),
        )
        for r in records
    }


def _course_for(case: Path) -> Course:
    """The case's site with fixture (and case) metadata; paths relative to the case."""
    course = load_course([Path("site")])
    known = _metadata(json.loads(FIXTURES.read_text(encoding="utf-8")))
    extra = case / "metadata.json"
    if extra.is_file():
        known.update(_metadata(json.loads(extra.read_text(encoding="utf-8"))))
    for work in course.works:
        if work.arxiv_id in known:
            course.metadata[work.id] = known[work.arxiv_id]
    return course


def _as_data(report: Report) -> dict[str, Any]:
    data = report_json(report, fail_on="warning")
    for finding in data["findings"]:
        del finding["hint"]
    return {"findings": data["findings"], "skipped": data["skipped"]}


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_check_case(case: Path, request: pytest.FixtureRequest,
                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(case)
    got = _as_data(check_course(_course_for(case)))
    expected_file = case / "check.json"
    if request.config.getoption("--update-goldens"):
        expected_file.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert got == json.loads(expected_file.read_text(encoding="utf-8"))


def test_seed_reports_the_pgpipe_typo_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    case = SEED.parents[1]
    monkeypatch.chdir(case)
    report = check_course(_course_for(case))
    assert [(f.line, f.lecture, f.code) for f in report.findings] == [
        (12, "Mar 11", "title-typo"),
        (25, "Mar 13", "title-typo"),
        (38, "Mar 15", "title-typo"),
    ]
    assert all('"PGPipe" looks like a typo of "GPipe"' in f.message for f in report.findings)
    assert report.skipped == []
    assert report.exit_code("warning") == 1
    assert report.exit_code("error") == 0


def test_seed_through_the_fake_arxiv_server(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    """The real command, metadata from arXiv (the fake), then from the cache it filled."""
    common = ["check", str(SEED), "--json", "--cache-dir", str(tmp_path / "cache")]
    online = [*common, "--arxiv-url", fake_arxiv.url, "--arxiv-delay", "0"]
    first = CliRunner().invoke(app, online)
    assert first.exit_code == 1, first.output
    assert len(fake_arxiv.requests) == 1
    data = json.loads(first.stdout)
    assert [f["code"] for f in data["findings"]] == ["title-typo"] * 3
    assert data["counts"] == {"error": 0, "warning": 3, "info": 0}
    assert data["skipped"] == []
    again = CliRunner().invoke(app, [*common, "--offline"])
    assert json.loads(again.stdout) == data
    assert len(fake_arxiv.requests) == 1


def test_fail_on_and_offline_without_metadata(tmp_path: Path) -> None:
    args = ["check", str(SEED), "--offline", "--cache-dir", str(tmp_path), "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["findings"] == []
    assert len(data["skipped"]) == 1
    assert "5 arXiv works" in data["skipped"][0] and "not in the cache" in data["skipped"][0]
    shown = CliRunner().invoke(app, args[:-1])
    assert shown.stdout.startswith("No findings in what could be checked.\nskipped:")


def test_fail_on_levels(monkeypatch: pytest.MonkeyPatch) -> None:
    case = HERE / "cases" / "check-lectures"
    monkeypatch.chdir(case)
    report = check_course(_course_for(case))
    severities = {f.severity for f in report.findings}
    assert severities == {"warning", "info"}
    assert report.exit_code("error") == 0
    assert report.exit_code("warning") == 1
    assert report.exit_code("info") == 1


def test_unreachable_arxiv_skips_title_checks_and_exits_2(tmp_path: Path) -> None:
    """arXiv down: check runs the other checks, says what it skipped, and does not pass."""
    args = ["check", str(SEED), "--cache-dir", str(tmp_path),
            "--arxiv-url", "http://127.0.0.1:9/api/query", "--arxiv-delay", "0"]  # fmt: skip
    result = CliRunner().invoke(app, [*args, "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 2
    assert data["incomplete"] is True and data["exit_code"] == 2
    assert "5 arXiv works" in data["skipped"][0]
    assert "arXiv could not be reached" in data["skipped"][0]
    shown = CliRunner().invoke(app, args)
    assert shown.exit_code == 2
    assert "No findings" not in shown.stdout
    assert "incomplete" in shown.stdout and "skipped:" in shown.stdout


def test_threshold_option_changes_what_is_a_typo(monkeypatch: pytest.MonkeyPatch) -> None:
    case = SEED.parents[1]
    monkeypatch.chdir(case)
    strict = check_course(_course_for(case), threshold=0.95)
    assert {(f.code, f.severity) for f in strict.findings} == {("title-differs", "info")}


def test_threshold_out_of_range_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["check", str(SEED), "--threshold", "1.5", "--offline"])
    assert result.exit_code == 2


def test_could_not_run_exits_2_with_one_line(tmp_path: Path) -> None:
    command = [str(Path(sys.executable).parent / "readlist"), "check", str(tmp_path / "nope")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr == f"error: {tmp_path / 'nope'}: no such file or directory\n"


def _hand_made(url: str, text: str = "Lecture slides deck") -> Course:
    reading = Reading(text, text, url, url, "optional", 3)
    lecture = Lecture("week.md", "Jan 1", "Intro", 1, (reading,), source="site")
    identity = Identity("url", url)
    work = Work(identity.key, identity, (Occurrence(lecture, reading, identity),))
    site = Site(root=Path("site"), base_url=None, lectures=(lecture,))
    return Course(sites=(site,), works=(work,))


@pytest.mark.parametrize(
    "url",
    ["https://example.edu/cs/lec3.pptx", "https://example.edu/slides/lec3.pdf",
     "https://example.edu/cs/lec3.key"],
)  # fmt: skip
def test_slides_in_a_reading_list(url: str) -> None:
    """The extractor drops these; a course built another way still gets the finding."""
    report = check_course(_hand_made(url))
    assert [f.code for f in report.findings] == ["not-a-reading"]


def test_problems_become_findings() -> None:
    course = _hand_made("https://example.edu/paper.pdf", "A paper")
    site = course.sites[0]
    from readlist.model import Problem

    broken = replace(site, problems=(Problem("week-02.md", "line 3: broken YAML front matter"),))
    report = check_course(replace(course, sites=(broken,)))
    assert [(f.file, f.code, f.severity) for f in report.findings] == [
        ("site/week-02.md", "unreadable", "warning")
    ]


# --- title similarity -------------------------------------------------------------------


def _pairs() -> list[tuple[str, str, str]]:
    rows = (HERE / "data" / "title_pairs.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(row.split("\t")) for row in rows if row and not row.startswith("#")]  # type: ignore[misc]


@pytest.mark.parametrize(("verdict", "text", "title"), _pairs())
def test_title_pairs(verdict: str, text: str, title: str) -> None:
    assert compare(text, title, DEFAULT_THRESHOLD).kind == verdict


WORD_TYPOS = [
    ("pgpipe", "gpipe", True),  # one letter too many
    ("megatorn", "megatron", True),  # two letters swapped: one edit
    ("paralelism", "parallelism", True),
    ("chinchila", "chinchilla", True),
    ("petum", "petuum", True),  # five letters: long enough
    ("petm", "petum", False),  # four: too short to tell (BERT/BART)
    ("bert", "bart", False),
    ("transformer", "transformers", False),  # an inflection, not a typo
    ("learned", "learner", False),  # another ending
    ("megtaorn", "megatron", False),  # two edits
    ("efficient", "efficiency", False),
    ("generation", "generative", False),
    ("optimisation", "optimization", False),  # British and American spellings
    ("modelling", "modeling", False),
    ("behaviour", "behavior", False),
    ("centres", "centers", False),
    ("optimizaton", "optimization", True),
]


@pytest.mark.parametrize(("written", "meant", "typo"), WORD_TYPOS)
def test_word_typo(written: str, meant: str, typo: bool) -> None:
    assert word_typo(written, meant) is typo


def test_normalize_strips_markup_accents_and_tex() -> None:
    assert normalize("H<sub>2</sub>O") == "h2o"
    assert normalize("H$_2$O: Heavy-Hitter") == "h2o heavy hitter"
    assert normalize("Christopher Ré’s  Paper") == "christopher re s paper"
    assert normalize("3$\\times$ faster") == "3 faster"


def test_abstract_names_are_capitalised_words_inside_sentences() -> None:
    abstract = (
        "Transformers are slow. We propose FlashAttention, an IO-aware exact attention "
        "algorithm. Chinchilla uses the same compute budget as Gopher but with 4$\\times$ more."
    )
    assert abstract_names(abstract) == {"FlashAttention", "IO-aware", "Gopher"}


@pytest.mark.parametrize(
    ("verdict", "text", "title"),
    [row for row in _pairs() if row[0] in ("same", "nickname", "close")],
)
def test_a_text_that_names_a_title_shares_a_key_with_it(
    verdict: str, text: str, title: str
) -> None:
    """The swapped-link search looks only at titles sharing a key with the text."""
    assert text_keys(text) & title_keys(title)
