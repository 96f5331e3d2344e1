"""The small frictions of issue 14: --version, format case, --lecture matching, filter
conflicts and misses, export filters, one suggestion, help examples, the unmarked badge."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from export_helpers import EXAMPLE, REPO
from fakebiblio import environment as services_env


def readlist(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1", **services_env()},
    )


def keys(*args: str) -> list[str]:
    run = readlist("show", EXAMPLE, "--json", *args)
    assert run.returncode == 0, run.stderr
    return [lecture["key"] for lecture in json.loads(run.stdout)["lectures"]]


def test_version() -> None:
    run = readlist("--version")
    assert run.returncode == 0 and run.stdout == f"readlist {version('readlist')}\n"


def test_format_names_ignore_case(tmp_path: Path) -> None:
    lower = readlist("export", EXAMPLE, "--offline", "-f", "bibtex")
    mixed = readlist("export", EXAMPLE, "--offline", "-f", "BibTeX")
    assert mixed.returncode == 0 and mixed.stdout == lower.stdout != ""
    assert readlist("export", EXAMPLE, "--offline", "-f", "CSL-JSON").returncode == 0


def test_a_whole_key_is_that_lecture_only() -> None:
    assert keys("--lecture", "Mar 1") == ["Mar 1"]
    assert keys("--lecture", "mar  11") == ["Mar 11"]  # any case, any spacing


def test_a_prefix_when_no_key_matches_and_it_says_so() -> None:
    run = readlist("show", EXAMPLE, "--lecture", "Mar 1", "--json")
    assert "note" not in run.stderr
    run = readlist("show", EXAMPLE, "--lecture", "Feb 1", "--json")
    found = [lec["key"] for lec in json.loads(run.stdout)["lectures"]]
    assert found == ["Feb 12", "Feb 14", "Feb 16", "Feb 19"]
    assert run.stderr == "note: no lecture is keyed 'Feb 1'; lectures whose key begins with it\n"
    assert keys("-l", "stoica") == ["Mar 8"]  # neither key nor prefix: the title


def test_required_and_optional_together_is_a_usage_error() -> None:
    for command in ("show", "export"):
        run = readlist(command, EXAMPLE, "--required", "--optional")
        assert run.returncode == 2 and run.stdout == ""
        assert run.stderr.startswith("error: --required and --optional cannot be used together")


def test_a_filter_that_matches_nothing_says_so_and_exits_1(tmp_path: Path) -> None:
    run = readlist("show", EXAMPLE, "--week", "week-99", "--required")
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr == "error: nothing matches --week 'week-99' --required\n"
    out = tmp_path / "out.bib"
    run = readlist("export", EXAMPLE, "--offline", "--lecture", "quantum", "-o", out)
    assert run.returncode == 1 and not out.exists()


def test_export_takes_the_filters() -> None:
    run = readlist("export", EXAMPLE, "--offline", "--lecture", "Mar 11", "--optional")
    assert run.returncode == 0, run.stderr
    entries = re.findall(r"^@\w+\{([^,]+),", run.stdout, re.M)
    # Mar 11 lists five optional readings: Alpa, GPipe, Megatron-LM, FlashAttention, vLLM.
    assert len(entries) == 5 and "zheng2022alpa" in entries and "kwon2023efficient" in entries
    required = readlist("export", EXAMPLE, "--offline", "--week", "week-10", "--required")
    assert required.returncode == 1  # week 10 has no required reading


def test_a_mistyped_command_is_suggested_once() -> None:
    run = readlist("shw")
    assert run.returncode == 2
    assert run.stderr.count("Did you mean 'show'?") == 1


@pytest.mark.parametrize("command", ["show", "overlap", "fetch", "export", "check", "stats"])
def test_each_help_example_names_paths_that_exist(command: str) -> None:
    run = readlist(command, "--help")
    example = re.search(r"Example: (readlist .+?)\n\n", run.stdout, re.S)
    assert example, run.stdout
    words = shlex.split(" ".join(example.group(1).split()))
    paths = [word for word in words if "/" in word or word.endswith((".md", ".bib"))]
    outputs = {words[i + 1] for i, word in enumerate(words[:-1]) if word in ("-o", "--output")}
    assert paths
    for path in paths:
        assert path in outputs or (REPO / path).exists(), path


def test_an_unmarked_reading_has_a_word_for_a_badge(tmp_path: Path) -> None:
    page = tmp_path / "site" / "week.md"
    page.parent.mkdir()
    page.write_text("## Jan 9: Intro\n\n- [A Paper](https://example.org/a.pdf)\n", encoding="utf-8")
    run = readlist("show", page.parent)
    line = next(line for line in run.stdout.splitlines() if "A Paper" in line)
    assert line.startswith("  unmarked A Paper") and "—" not in line


def test_base_url_option_overrides_the_configuration() -> None:
    run = readlist("export", EXAMPLE, "--offline", "--base-url", "https://mirror.example.org/c/")
    assert run.returncode == 0, run.stderr
    assert "url           = {https://mirror.example.org/dsc204a-w24/assets/readings/spark.pdf}" in (
        run.stdout
    )
    assert "hao-ai-lab.github.io" not in run.stdout


def test_fragment_is_for_html_only() -> None:
    run = readlist("export", EXAMPLE, "--offline", "-f", "markdown", "--fragment")
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith("error: --fragment applies to --format html only")
    html = readlist("export", EXAMPLE, "--offline", "-f", "HTML", "--fragment")
    assert html.returncode == 0 and "<head" not in html.stdout


def test_a_filtered_export_fetches_only_what_it_exports(tmp_path: Path) -> None:
    run = readlist(
        "export", EXAMPLE, "--offline", "--cache-dir", tmp_path / "empty", "--lecture", "Mar 11"
    )
    assert run.returncode == 0
    # Mar 11's five arXiv papers; the course's other four are not asked for.
    assert "warning: 5 works exported without metadata" in run.stderr
