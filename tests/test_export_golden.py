"""Golden files: the bundled example (examples/dsc204a-w24) in every format.

The course is read by ``load_course`` with a cache holding the nine fixture
papers (``tests/fixtures/arxiv``), so the goldens depend on neither the network
nor the shipped ``cache/``.  After an intended change, regenerate them with
``pytest tests/test_export_golden.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import example_course

from readlist.export import FORMATS, ExportOptions, export
from readlist.files import write_file
from readlist.model import Course

GOLDEN = Path(__file__).parent / "golden"
SUFFIX = {
    "bibtex": "bib",
    "biblatex": "biblatex.bib",
    "csl-json": "json",
    "markdown": "md",
    "html": "html",
    "jekyll": "yml",
}


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    return example_course(tmp_path_factory.mktemp("cache"))


def test_every_format_has_a_golden() -> None:
    assert set(SUFFIX) == set(FORMATS)


@pytest.mark.parametrize("fmt", list(SUFFIX))
def test_example_matches_its_golden(
    course: Course, fmt: str, request: pytest.FixtureRequest
) -> None:
    golden = GOLDEN / f"dsc204a-w24.{SUFFIX[fmt]}"
    text = export(course, fmt, ExportOptions())
    if request.config.getoption("--update-goldens"):
        write_file(golden, text)
    assert golden.exists(), f"no golden yet: run pytest {__file__} --update-goldens"
    assert text == golden.read_text(encoding="utf-8")
