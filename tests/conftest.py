"""Shared fixtures.

arXiv: ``fake_arxiv`` is a running :class:`fakearxiv.FakeArxiv` (real HTTP on
127.0.0.1) serving the nine real papers in ``tests/fixtures/arxiv``;
``make_works`` builds :class:`~readlist.model.Work` objects for arXiv ids.

DBLP and Crossref: for the whole run an empty :class:`fakebiblio.FakeBiblio`
answers every DBLP search with no hit and every DOI with Crossref's 404, and
``READLIST_DBLP_URL``/``READLIST_CROSSREF_URL`` point at it (delays 0), so that no
test ever asks the real services.  Tests that build a subprocess environment
from scratch add :func:`fakebiblio.environment`; tests that need records start
their own ``FakeBiblio()``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # `import fakearxiv` however pytest is run

from fakearxiv import FakeArxiv  # noqa: E402
from fakebiblio import SERVICE_VARIABLES, FakeBiblio  # noqa: E402

from readlist.model import Identity, Lecture, Occurrence, Reading, Work  # noqa: E402

ARXIV_FIXTURES = Path(__file__).parent / "fixtures" / "arxiv"


@pytest.fixture(scope="session", autouse=True)
def no_real_services() -> Iterator[FakeBiblio]:
    """An empty fake DBLP + Crossref for every test (see the module docstring)."""
    with FakeBiblio(records_file=None) as fake:
        values = (fake.url, "0", fake.url, "0")
        saved = {name: os.environ.get(name) for name in SERVICE_VARIABLES}
        os.environ.update(zip(SERVICE_VARIABLES, values, strict=True))
        yield fake
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def fake_arxiv() -> Iterator[FakeArxiv]:
    """The fake arXiv API, fixture entries only (unknown ids are missing)."""
    with FakeArxiv() as fake:
        yield fake


@pytest.fixture
def synthetic_arxiv() -> Iterator[FakeArxiv]:
    """The fake arXiv API inventing an entry for any well-formed unknown id."""
    with FakeArxiv(synthetic=True) as fake:
        yield fake


@pytest.fixture(scope="session")
def arxiv_metadata() -> list[dict[str, Any]]:
    """``tests/fixtures/arxiv/metadata.json``: the nine papers as plain records."""
    records: list[dict[str, Any]] = json.loads(
        (ARXIV_FIXTURES / "metadata.json").read_text(encoding="utf-8")
    )
    return records


@pytest.fixture
def make_works() -> Callable[..., list[Work]]:
    """``make_works(ids, file="week-01.md")``: one work (one occurrence) per arXiv id."""

    def build(ids: list[str], file: str = "week-01.md") -> list[Work]:
        works = []
        for line, arxiv_id in enumerate(ids, start=1):
            identity = Identity("arxiv", arxiv_id)
            link = f"https://arxiv.org/abs/{arxiv_id}"
            reading = Reading(f"Paper {arxiv_id}", f"Paper {arxiv_id}", link, link, None, line)
            lecture = Lecture(file, "Jan 1", "Lecture", 1, (reading,))
            works.append(Work(identity.key, identity, (Occurrence(lecture, reading, identity),)))
        return works

    return build


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite the golden files (tests/golden/) from the current output.",
    )
