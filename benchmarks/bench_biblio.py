"""Requests and wall time to resolve N non-arXiv works through DBLP and Crossref.

Starts the fake DBLP + Crossref server (tests/fakebiblio.py) on 127.0.0.1 with the
real fixture records and N generated papers (a third of them with a journal
version as a decoy, a fifth linked by DOI and asked of Crossref), then resolves
each work the way readlist does: a DOI -> ``CrossrefClient.work``; any other
paper -> ``DblpClient.search(match.dblp_query(work))`` -> ``match.choose``.
Delay 0; every work must come back with its own record.

    python benchmarks/bench_biblio.py [--sizes 50 500]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakebiblio import FakeBiblio  # noqa: E402

from readlist.crossref import CrossrefClient  # noqa: E402
from readlist.dblp import DblpClient  # noqa: E402
from readlist.match import choose, dblp_query  # noqa: E402
from readlist.model import Lecture, Occurrence, Reading, Work  # noqa: E402
from readlist.urls import identify  # noqa: E402

_TOPICS = ("Scalable", "Consistent", "Elastic", "Adaptive", "Secure", "Efficient", "Robust")
_THINGS = ("Storage", "Scheduling", "Replication", "Indexing", "Caching", "Training", "Queries")


def _name(i: int) -> str:
    """A made-up system name unique to *i* (``Zabq``): letters only, so DBLP-like search works."""
    letters = ""
    while True:
        i, digit = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if i == 0:
            return "Z" + letters


def populate(fake: FakeBiblio, n: int) -> list[tuple[Work, str]]:
    """N works with their records on the fake; each with the record key it must get."""
    cases = []
    for i in range(n):
        name = _name(i)
        title = f"{name}: {_TOPICS[i % 7]} {_THINGS[i // 7 % 7]} for Large Clusters"
        authors = [f"Ada {name}son", f"Alan Turing {i % 10:04d}"]
        key = f"conf/bench/{name}{i}"
        fake.add_dblp(_info(key, title, authors, "OSDI", "Conference and Workshop Papers"))
        if i % 3 == 0:  # a journal version competes
            journal = _info(f"journals/bench/{name}{i}", title, authors, "TOCS", "Journal Articles")
            fake.add_dblp(journal)
        if i % 5 == 0:  # linked by DOI: Crossref answers
            doi = f"10.5555/bench.{i}"
            fake.add_crossref({"DOI": doi, "title": [title], "type": "proceedings-article"})
            cases.append((_work(f"{i}. {name}", f"https://doi.org/{doi}"), doi))
        else:
            cases.append((_work(f"{title} ({'OSDI'} 2020)", f"https://x.edu/{name}.pdf"), key))
    return cases


def _info(key: str, title: str, authors: list[str], venue: str, kind: str) -> dict[str, object]:
    return {"key": key, "title": title + ".", "authors": authors, "venue": venue,
            "year": "2020", "type": kind}  # fmt: skip


def _work(text: str, url: str) -> Work:
    lecture = Lecture("bench.md", "Jan 1", "Benchmark", 1)
    identity = identify(url)
    occurrence = Occurrence(lecture, Reading(text, text, url, url, None, 1), identity)
    return Work(identity.key, identity, (occurrence,))


def resolve_all(cases: list[tuple[Work, str]], dblp: DblpClient, crossref: CrossrefClient) -> int:
    """Resolve every work; the number that got exactly their own record."""
    right = 0
    for work, expected in cases:
        if work.identity.scheme == "doi":
            record = crossref.work(work.identity.value)
            right += record.status == "found" and record.record == expected
        else:
            chosen = choose(work, dblp.search(dblp_query(work)) or [])
            right += chosen is not None and chosen.record == expected
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    args = parser.parse_args()
    print(f"{'N':>5} {'DBLP req':>9} {'Crossref req':>13} {'right':>6} {'wall s':>8}")
    for n in args.sizes:
        with FakeBiblio() as fake:
            cases = populate(fake, n)
            dblp = DblpClient(fake.url, delay=0.0)
            crossref = CrossrefClient(fake.url, delay=0.0)
            started = time.perf_counter()
            right = resolve_all(cases, dblp, crossref)
            wall = time.perf_counter() - started
        assert right == n, f"{n - right} works got no or the wrong record"
        print(
            f"{n:>5} {dblp.requests_made:>9} {crossref.requests_made:>13} {right:>6} {wall:>8.2f}"
        )


if __name__ == "__main__":
    main()
