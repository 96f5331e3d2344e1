"""Issue 11 end to end: the example course through the real CLI against fake arXiv,
DBLP and Crossref servers serving real records (and their decoys).

Expected values come from the fixture records (``fixtures/biblio/records.json``,
confirmed against DBLP) and from what the example site links, not from readlist's
own output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string
from fakearxiv import FakeArxiv
from fakebiblio import FakeBiblio

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "dsc204a-w24"

# paper (DBLP's title) -> (entry type, booktitle, year), from records.json
EXPECTED = {
    "The Google file system": ("inproceedings", "SOSP", "2003"),
    "Finding a Needle in Haystack: Facebook's Photo Storage": ("inproceedings", "OSDI", "2010"),
    "In Search of an Understandable Consensus Algorithm": ("inproceedings", "USENIX ATC", "2014"),
}
JOURNAL = (
    "Collective communication: theory, practice, and experience",
    "Concurr. Comput. Pract. Exp.",
)
"""Linked as "... Section 1-6": the part to read is no part of the title."""


@pytest.fixture
def services() -> Iterator[tuple[FakeArxiv, FakeBiblio]]:
    with FakeArxiv() as arxiv, FakeBiblio() as biblio:
        yield arxiv, biblio


def readlist(*args: str | Path, arxiv: str, biblio: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("READLIST_")}
    env.update(
        NO_COLOR="1",
        COLUMNS="200",
        READLIST_ARXIV_URL=arxiv,
        READLIST_ARXIV_DELAY="0",
        READLIST_DBLP_URL=biblio,
        READLIST_DBLP_DELAY="0",
        READLIST_CROSSREF_URL=biblio,
        READLIST_CROSSREF_DELAY="0",
        READLIST_MAILTO="staff@example.edu",
    )
    command = [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_fetch_verifies_the_papers_then_asks_nothing(
    services: tuple[FakeArxiv, FakeBiblio], tmp_path: Path
) -> None:
    arxiv, biblio = services
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("cache"))
    urls = {"arxiv": arxiv.url, "biblio": biblio.url}
    run = readlist("fetch", site, **urls)
    assert run.returncode == 0, run.stdout + run.stderr
    # 15 papers outside arXiv go to DBLP, plus one published-version search per arXiv
    # paper; the Spark SQL DOI goes to Crossref; blogs, docs and books are never asked.
    dblp = [r for r in biblio.requests if r.service == "dblp"]
    crossref = [r for r in biblio.requests if r.service == "crossref"]
    assert len(dblp) == 15 + 9 and [r.query for r in crossref] == ["10.1145/2723372.2742797"]
    assert not any("rackspace" in r.query.lower() for r in dblp)
    assert all("staff@example.edu" in r.user_agent for r in biblio.requests)
    assert "verified arXiv 9, DBLP 15, Crossref 1, overrides 14" in run.stdout.replace("\n", " ")

    asked = len(biblio.requests), len(arxiv.requests)
    again = readlist("fetch", site, **urls)
    assert again.returncode == 0
    assert (len(biblio.requests), len(arxiv.requests)) == asked  # a second fetch asks nothing

    bib = readlist("export", site, "--offline", **urls)
    assert bib.returncode == 0 and bib.stderr == ""  # nothing left unverified but non-papers
    entries = {
        e.fields_dict["title"].value.replace("{", "").replace("}", ""): e
        for e in parse_string(bib.stdout).entries
    }
    for title, (kind, venue, year) in EXPECTED.items():
        entry = entries[title]
        assert entry.entry_type == kind
        assert entry.fields_dict["booktitle"].value == venue
        assert entry.fields_dict["year"].value == year
        assert "author" in entry.fields_dict and "note" not in entry.fields_dict
    journal = entries[JOURNAL[0]]
    assert (journal.entry_type, journal.fields_dict["journal"].value) == ("article", JOURNAL[1])


def test_decoys_are_never_attached(services: tuple[FakeArxiv, FakeBiblio], tmp_path: Path) -> None:
    arxiv, biblio = services
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("cache"))
    assert readlist("fetch", site, arxiv=arxiv.url, biblio=biblio.url).returncode == 0
    run = readlist("show", site, "--json", arxiv=arxiv.url, biblio=biblio.url)
    import json

    readings = [r for lec in json.loads(run.stdout)["lectures"] for r in lec["readings"]]
    by_title = {r["title"]: r.get("metadata") for r in readings}
    # the conference versions, not CACM 2008 / TOCS 2008
    mapreduce = by_title["MapReduce: Simplified Data Processing on Large Clusters"]
    assert (mapreduce["venue"], mapreduce["year"], mapreduce["type"]) == (
        "OSDI",
        2004,
        "paper-conference",
    )
    bigtable = by_title["Bigtable: A Distributed Storage System for Structured Data"]
    assert (bigtable["venue"], bigtable["year"]) == ("OSDI", 2006)
    # the HotCloud workshop paper the link points at, not the SOSP 2013 full paper
    streams = next(m for t, m in by_title.items() if t.startswith("Discretized Streams"))
    assert (streams["venue"], streams["year"]) == ("HotCloud", 2012)
    # a course page and a project site get no paper's metadata
    assert by_title["The Raft Consensus Algorithm"] is None or (
        by_title["The Raft Consensus Algorithm"]["source"] != "dblp"
    )
    # Paxos Made Simple has no DBLP record: the course's overrides file covers it,
    # never "Paxos Made Live"
    assert by_title["Paxos Made Simple"]["source"] == "overrides"
