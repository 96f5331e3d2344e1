"""A real client: pandoc --citeproc cites every key of every bibliography format, silently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_helpers import citeproc, example_course

from readlist.export import ExportOptions, export
from readlist.model import Course

pypandoc = pytest.importorskip("pypandoc")


@pytest.fixture(scope="module")
def pandoc() -> str:
    try:
        return str(pypandoc.get_pandoc_path())
    except OSError:
        pytest.skip("pandoc is not installed")


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    return example_course(tmp_path_factory.mktemp("cache"))


# pandoc picks the reader by extension: .bibtex is BibTeX, .bib biblatex, .json CSL.
CASES = [
    ("bibtex", ExportOptions(), "course.bibtex"),
    ("bibtex", ExportOptions(ascii=True, abstracts=True, max_authors=3), "course.bibtex"),
    ("biblatex", ExportOptions(abstracts=True), "course.bib"),
    ("csl-json", ExportOptions(), "course.json"),
]


@pytest.mark.parametrize(("fmt", "options", "name"), CASES)
def test_pandoc_citeproc_finds_every_key_without_a_warning(
    pandoc: str, course: Course, tmp_path: Path, fmt: str, options: ExportOptions, name: str
) -> None:
    bibliography = tmp_path / name
    bibliography.write_text(export(course, fmt, options), encoding="utf-8")
    keys = _keys(bibliography.read_text(encoding="utf-8"), fmt)
    assert len(keys) == len(course.works)
    document = tmp_path / "doc.md"
    document.write_text("Readings: [" + "; ".join(f"@{k}" for k in keys) + "].\n")
    run = citeproc(pandoc, document, bibliography)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # "[WARNING] Citeproc: citation x not found" and the like
    assert run.stdout.count('class="csl-entry"') == len(course.works)
    assert "???" not in run.stdout
    assert "Efficient Training of Giant Neural Networks" in run.stdout


def _keys(text: str, fmt: str) -> list[str]:
    if fmt == "csl-json":
        return re.findall(r'^    "id": "([^"]+)"', text, re.MULTILINE)
    return re.findall(r"^@\w+\{([^,]+),", text, re.MULTILINE)
