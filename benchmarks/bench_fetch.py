"""Request count and wall time of resolving N uncached arXiv works, then again from the cache.

Runs the real client and cache against the fake arXiv server (tests/fakearxiv.py)
on 127.0.0.1.  N = 9 uses the nine real fixture papers and arXiv's default delay
(3 s; one request, so no wait); N = 250 and 1000 use synthetic ids with delay 0.

    python benchmarks/bench_fetch.py [--sizes 9 250 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakearxiv import FakeArxiv  # noqa: E402

from readlist.arxiv_client import DEFAULT_DELAY, ArxivClient  # noqa: E402
from readlist.cache import Cache  # noqa: E402
from readlist.model import Identity, Lecture, Occurrence, Reading, Work  # noqa: E402
from readlist.resolve import Resolution, resolve  # noqa: E402


def works_for(ids: list[str]) -> list[Work]:
    works = []
    for line, arxiv_id in enumerate(ids, start=1):
        identity = Identity("arxiv", arxiv_id)
        link = f"https://arxiv.org/abs/{arxiv_id}"
        reading = Reading(arxiv_id, arxiv_id, link, link, None, line)
        lecture = Lecture("bench.md", "Jan 1", "Benchmark", 1, (reading,))
        works.append(Work(identity.key, identity, (Occurrence(lecture, reading, identity),)))
    return works


def timed(works: list[Work], cache: Cache, url: str, delay: float) -> tuple[Resolution, float]:
    started = time.perf_counter()
    result = resolve(works, cache, ArxivClient(url, delay=delay))
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[9, 250, 1000])
    args = parser.parse_args()
    print(f"{'N':>5} {'delay':>6} {'requests':>8} {'wall s':>8} {'2nd requests':>13} {'wall s':>8}")
    with FakeArxiv(synthetic=True) as fake:
        fixture_ids = sorted(fake.entries)
        for n in args.sizes:
            real = n <= len(fixture_ids)
            ids = fixture_ids[:n] if real else [f"2401.{i:05d}" for i in range(1, n + 1)]
            delay = DEFAULT_DELAY if real else 0.0
            works = works_for(ids)
            with tempfile.TemporaryDirectory() as directory:
                first, first_s = timed(works, Cache(Path(directory)), fake.url, delay)
                second, second_s = timed(works, Cache(Path(directory)), fake.url, delay)
            assert first.fetched == n and second.cached == n, (first, second)
            print(
                f"{n:>5} {delay:>6g} {first.requests:>8} {first_s:>8.3f} "
                f"{second.requests:>13} {second_s:>8.3f}"
            )


if __name__ == "__main__":
    main()
