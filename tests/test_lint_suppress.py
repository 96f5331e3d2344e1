"""Suppressing findings on purpose: markers on the line, ``--ignore``, a baseline.

The seed page reports the PGPipe typo at lines 12, 25 and 38; each test
silences some of them and checks that exactly those stop counting.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from fakearxiv import FakeArxiv
from typer.testing import CliRunner

from readlist.cli import app
from readlist.course import load_course
from readlist.lint import check_course
from readlist.model import Course, Metadata

HERE = Path(__file__).parent
SEED = HERE / "cases" / "seed-week-10" / "site" / "week-10.md"
FIXTURES = HERE / "fixtures" / "arxiv" / "metadata.json"
PGPIPE = "PGPipe: Easy Scaling with Micro-Batch Pipeline Parallelism"


def _with_metadata(course: Course) -> Course:
    records = json.loads(FIXTURES.read_text(encoding="utf-8"))
    known = {r["id"]: Metadata(r["id"], version=r["version"], title=r["title"]) for r in records}
    for work in course.works:
        if work.arxiv_id in known:
            course.metadata[work.id] = known[work.arxiv_id]
    return course


def _suppressed(course: Course) -> list[tuple[int | None, str, str | None]]:
    return [(f.line, f.code, f.suppressed) for f in check_course(course).findings]


def _seed_copy(tmp_path: Path, edits: dict[int, str]) -> Path:
    """The seed page with *edits* appended to the given lines."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for line, tail in edits.items():
        lines[line - 1] += tail
    page = tmp_path / "week-10.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return page


def test_markdown_markers(tmp_path: Path) -> None:
    page = _seed_copy(
        tmp_path,
        {
            12: " <!-- readlist: ignore title-typo -->",
            25: " <!-- readlist: ignore swapped-link, duplicate -->",  # other codes
            38: " <!--readlist: ignore-->",  # every code
        },
    )
    course = _with_metadata(load_course([page]))
    assert _suppressed(course) == [
        (12, "title-typo", "inline"),
        (25, "title-typo", None),
        (38, "title-typo", "inline"),
    ]


def test_yaml_markers_cover_the_readings_item(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "schedule.yml").write_text(
        "- date: 2025-01-07\n"
        "  title: Pipelines\n"
        "  readings:\n"
        f'    - title: "{PGPIPE}"  # readlist: ignore\n'
        "      url: https://arxiv.org/abs/1811.06965\n"
        '    - title: "L2: Megatorn-LM"  # readlist: ignore swapped-link\n'
        "      url: https://arxiv.org/abs/1909.08053\n"
        '    - {title: "L3: Alpq", url: "https://arxiv.org/abs/2201.12023"}  # readlist: ignore\n'
        '    - {title: "L3: GPipe", url: "https://arxiv.org/abs/2205.14135"}\n',
        encoding="utf-8",
    )
    course = _with_metadata(load_course([tmp_path]))
    # line 5: the marker on its item's title line; line 7: a marker for another code;
    # line 8: one-line item; line 9: the marker of the item above does not reach it
    assert _suppressed(course) == [
        (5, "title-typo", "inline"),
        (7, "title-typo", None),
        (8, "title-mismatch", "inline"),
        (9, "swapped-link", None),
    ]


def test_html_markers_and_a_marker_line_above(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        "<html><body>\n<table>\n"
        "  <tr><th>Date</th><th>Topic</th><th>Reading</th></tr>\n"
        "  <tr><td>Sep 2</td><td>Pipelines</td>\n"
        f'    <td><a href="https://arxiv.org/abs/1811.06965">{PGPIPE}</a>'
        " <!-- readlist: ignore title-typo --></td></tr>\n"
        "  <tr><td>Sep 4</td><td>Pipelines</td>\n"
        "    <!-- readlist: ignore -->\n"
        '    <td><a href="https://arxiv.org/abs/1909.08053">Megatorn-LM</a></td></tr>\n'
        "  <tr><td>Sep 6</td><td>Pipelines</td>\n"
        '    <td><a href="https://arxiv.org/abs/1909.08053">Megatorn-LM</a></td></tr>\n'
        "</table>\n</body></html>\n",
        encoding="utf-8",
    )
    course = _with_metadata(load_course([tmp_path]))
    assert _suppressed(course) == [
        (5, "title-typo", "inline"),
        (8, "title-typo", "inline"),
        (10, "title-typo", None),
    ]


def _check(fake: FakeArxiv, page: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    args = ["check", str(page), "--json", "--cache-dir", str(page.parent / "cache"),
            "--arxiv-url", fake.url, "--arxiv-delay", "0", *extra]  # fmt: skip
    result = CliRunner().invoke(app, args)
    data = json.loads(result.stdout) if result.stdout.startswith("{") else {}
    return result.exit_code, data, result.output


def test_ignore_option(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    page = tmp_path / "week-10.md"
    shutil.copy(SEED, page)
    code, data, _ = _check(fake_arxiv, page, "--ignore", "duplicate,title-typo")
    assert code == 0
    assert [f["suppressed"] for f in data["findings"]] == ["ignore"] * 3
    assert data["counts"] == {"error": 0, "warning": 0, "info": 0}
    assert data["suppressed"] == 3
    code, _, output = _check(fake_arxiv, page, "--ignore", "title-typos")
    assert code == 2
    assert "unknown code title-typos" in output


def test_baseline_accepts_todays_findings_by_identity_not_line(
    fake_arxiv: FakeArxiv, tmp_path: Path
) -> None:
    page = tmp_path / "week-10.md"
    shutil.copy(SEED, page)
    baseline = tmp_path / "check-baseline.json"
    code, data, _ = _check(fake_arxiv, page, "--baseline", str(baseline), "--update-baseline")
    assert code == 0
    assert [f["suppressed"] for f in data["findings"]] == ["baseline"] * 3
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert [(e["lecture"], e["code"]) for e in entries] == [
        ("Mar 11", "title-typo"), ("Mar 13", "title-typo"), ("Mar 15", "title-typo")
    ]  # fmt: skip
    # Lines move (two lines added on top), and a new typo is planted: only it counts.
    text = page.read_text(encoding="utf-8").replace("[Alpa: Automating", "[Alpq: Automating", 1)
    page.write_text("<!-- new -->\n\n" + text, encoding="utf-8")
    code, data, _ = _check(fake_arxiv, page, "--baseline", str(baseline))
    assert code == 1
    assert [(f["line"], f["suppressed"]) for f in data["findings"]] == [
        (13, None), (14, "baseline"), (27, "baseline"), (40, "baseline")
    ]  # fmt: skip


def test_baseline_errors_are_one_line(tmp_path: Path) -> None:
    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        command = [str(Path(sys.executable).parent / "readlist"), "check", str(SEED),
                   "--offline", "--cache-dir", str(tmp_path), *extra]  # fmt: skip
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)

    missing = run("--baseline", str(tmp_path / "none.json"))
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == (
        f"error: {tmp_path / 'none.json'}: no such baseline (write it with --update-baseline)\n"
    )
    (tmp_path / "bad.json").write_text('{"findings": 3}', encoding="utf-8")
    bad = run("--baseline", str(tmp_path / "bad.json"))
    assert bad.returncode == 2 and bad.stderr.startswith("error: ")
    assert "not a readlist baseline" in bad.stderr and bad.stderr.count("\n") == 1
    alone = run("--update-baseline")
    assert alone.returncode == 2 and "needs --baseline" in alone.stderr


def test_info_only_with_verbose(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    """A renamed title is info: counted and hidden, shown with --verbose."""
    page = tmp_path / "week-10.md"
    page.write_text(SEED.read_text(encoding="utf-8").replace("PGPipe", "GPipe"), "utf-8")
    args = ["check", str(page), "--cache-dir", str(tmp_path / "cache"),
            "--arxiv-url", fake_arxiv.url, "--arxiv-delay", "0"]  # fmt: skip
    quiet = CliRunner().invoke(app, args)
    assert quiet.exit_code == 0
    assert "title-differs" not in quiet.stdout
    assert "0 errors, 0 warnings, 3 info (not shown: --verbose)" in quiet.stdout
    loud = CliRunner().invoke(app, [*args, "--verbose"])
    assert loud.stdout.count("title-differs") == 3
    assert CliRunner().invoke(app, [*args, "--fail-on", "info"]).exit_code == 1


def test_no_baseline_from_an_incomplete_run(tmp_path: Path) -> None:
    baseline = tmp_path / "check-baseline.json"
    baseline.write_text("kept\n", encoding="utf-8")
    command = [str(Path(sys.executable).parent / "readlist"), "check", str(SEED),
               "--cache-dir", str(tmp_path / "cache"), "--arxiv-delay", "0",
               "--arxiv-url", "http://127.0.0.1:9/api/query",
               "--baseline", str(baseline), "--update-baseline"]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 2
    assert "not written: metadata could not be fetched" in run.stderr
    assert baseline.read_text(encoding="utf-8") == "kept\n"
