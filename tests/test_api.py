"""The library: ``readlist.load_course``/``resolve``/``export`` and docs/api.md as a doctest."""

from __future__ import annotations

import doctest
import subprocess
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import pytest
from export_helpers import EXAMPLE, REPO

import readlist
from readlist.config import Config


def test_the_api_page_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    before = (EXAMPLE / "cache" / "keys.json").read_bytes()
    result = doctest.testfile(
        str(REPO / "docs" / "api.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert result.attempted >= 10 and result.failed == 0
    assert (EXAMPLE / "cache" / "keys.json").read_bytes() == before  # keys kept, not rewritten


def test_version_from_the_package_metadata() -> None:
    run = subprocess.run(
        [sys.executable, "-c", "import readlist; print(readlist.__version__)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert run.stdout.strip() == version("readlist") != ""


def test_all_names_what_the_package_offers() -> None:
    assert set(readlist.__all__) == {
        "Config",
        "__version__",
        "export",
        "load_course",
        "read_config",
        "resolve",
    }
    for name in readlist.__all__:
        assert getattr(readlist, name) is not None


def test_resolve_stays_the_function_after_its_module_loads() -> None:
    """``readlist.resolve`` (the function) and ``readlist.resolve`` (the module) share a
    name; loading the module, in a fresh interpreter, must not replace the function."""
    code = (
        "import readlist, readlist.resolve, types\n"
        "from readlist.resolve import resolve_course\n"
        "assert callable(readlist.resolve) and not isinstance(readlist.resolve, types.ModuleType)\n"
        "import sys; print(sys.modules['readlist.resolve'].resolve_course is resolve_course)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0 and run.stdout.strip() == "True", run.stderr


def test_resolve_returns_a_new_course_and_leaves_the_old_one(tmp_path: Path) -> None:
    course = readlist.load_course(EXAMPLE, cache_dir=tmp_path / "empty")
    overridden = dict(course.metadata)  # the site's readlist.bib needs no cache
    assert overridden and all(m.source == "overrides" for m in overridden.values())
    resolved = readlist.resolve(course, offline=True, cache_dir=EXAMPLE / "cache")
    sources = Counter(meta.source for meta in resolved.metadata.values())
    # the committed cache: 9 arXiv papers, 15 papers from DBLP and one DOI from Crossref
    assert sources == Counter(overrides=len(overridden), arxiv=9, dblp=15, crossref=1)
    assert course.metadata == overridden
    assert resolved.works == course.works


def test_a_config_given_replaces_the_sites_file() -> None:
    course = readlist.load_course([EXAMPLE])
    text = readlist.export(
        course, "markdown", config=Config(), options=None, cache_dir=EXAMPLE / "cache"
    )
    assert "permalink" not in text.split("---", 2)[1]
    configured = readlist.export(course, "markdown")
    assert "permalink: /readings/" in configured.split("---", 2)[1]
