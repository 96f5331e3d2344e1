"""The cache under faults: SIGKILL at random points (many runs), two fetches at once,
a read-only cache directory, a full disk.  Whatever happens, the cache loads and
nothing fetched earlier is lost.

(The basic SIGKILL-during-fetch case is in ``test_fetch_cli.py``.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakearxiv import FakeArxiv
from fakebiblio import environment as services_env

from readlist.arxiv_client import ArxivClient
from readlist.cache import Cache
from readlist.errors import CacheError
from readlist.model import Metadata, Work
from readlist.resolve import resolve

SEED = 20260501  # random kill points, reproducible
WRITER = """
import itertools, sys
from pathlib import Path
from readlist.cache import Cache
from readlist.model import Metadata, Work
cache, name, count = Cache(Path(sys.argv[1])), sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
for round in itertools.count():
    for i in range(count):
        cache.put(Metadata(arxiv_id=f"2401.{i:05d}", title=f"{name} round {round}",
                           abstract="x" * 50_000, fetched="2026-05-01T12:00:00Z"))
"""


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("READLIST_")}
    env.update(services_env())
    return {**env, "NO_COLOR": "1", "COLUMNS": "200", "READLIST_ARXIV_DELAY": "0", **extra}


def readlist_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)]


def site_with_ids(root: Path, ids: list[str]) -> Path:
    """One Markdown page, one lecture reading every id."""
    root.mkdir(parents=True)
    links = "".join(f"* [Paper {i}](https://arxiv.org/abs/{i})\n" for i in ids)
    (root / "week.md").write_text(f"## Lecture 1 (Jan 9): All\n\n{links}", encoding="utf-8")
    return root


def cached_ids(directory: Path) -> set[str]:
    """Ids of every metadata file (not ``keys.json``), each of which must load cleanly."""
    cache = Cache(directory)
    files = [path for path in directory.glob("*.json") if path.name != "keys.json"]
    ids = {path.stem.replace("_", "/") for path in files}
    for arxiv_id in ids:
        assert cache.get(arxiv_id) is not None, arxiv_id
    assert cache.problems == []
    return ids


def start_writer(directory: Path, name: str, count: int) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(directory), name, str(count)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL
    if child.stdout is not None:
        child.stdout.close()


# --- SIGKILL ---------------------------------------------------------------------------


def test_sigkill_mid_write_at_random_points_never_breaks_a_file(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seen: set[str] = set()
    for _ in range(20):
        child = start_writer(tmp_path, "writer", 40)
        time.sleep(rng.uniform(0.0, 0.08))
        kill(child)
        now = cached_ids(tmp_path)
        assert seen <= now, "an entry written earlier was lost"
        seen = now
    assert seen, "the writer never completed a write"


def test_sigkill_of_fetch_at_random_points_over_many_runs(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    ids = [f"2402.{i:05d}" for i in range(1, 1501)]
    site, cache = site_with_ids(tmp_path / "site", ids), tmp_path / "cache"
    seen: set[str] = set()
    with FakeArxiv(synthetic=True, latency=0.08) as fake:
        env = environment(READLIST_ARXIV_URL=fake.url)
        for _ in range(6):
            child = subprocess.Popen(
                readlist_command("fetch", site, "--cache-dir", cache),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            time.sleep(rng.uniform(0.3, 1.0))
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
            now = cached_ids(cache) if cache.exists() else set()
            assert seen <= now, "an entry fetched earlier was lost"
            seen = now
        fake.reset()
        final = subprocess.run(
            readlist_command("fetch", site, "--cache-dir", cache),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert final.returncode == 0, final.stderr
    assert final.stdout.startswith(f"fetched {len(ids) - len(seen)}, cached {len(seen)},")
    asked = {i for request in fake.requests for i in request.ids}
    assert asked.isdisjoint(seen), "the rerun asked arXiv again for cached works"
    assert cached_ids(cache) == set(ids)


# --- concurrency -------------------------------------------------------------------------


def test_two_fetches_at_once_on_the_same_cache(tmp_path: Path) -> None:
    ids = [f"2403.{i:05d}" for i in range(1, 301)]
    site, cache = site_with_ids(tmp_path / "site", ids), tmp_path / "cache"
    with FakeArxiv(synthetic=True, latency=0.05) as fake:
        env = environment(READLIST_ARXIV_URL=fake.url)
        runs = [
            subprocess.Popen(
                readlist_command("fetch", site, "--cache-dir", cache),
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [run.communicate(timeout=60) for run in runs]
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err
    assert cached_ids(cache) == set(ids)
    assert list(cache.glob(".*.tmp")) == []


def test_concurrent_writers_of_the_same_ids_leave_whole_files(tmp_path: Path) -> None:
    writers = [start_writer(tmp_path, name, 30) for name in ("alpha", "beta")]
    time.sleep(0.4)
    for child in writers:
        kill(child)
    cache = Cache(tmp_path)
    for arxiv_id in cached_ids(tmp_path):
        meta = cache.get(arxiv_id)
        assert meta is not None and meta.title.split()[0] in ("alpha", "beta")
        assert meta.abstract == "x" * 50_000


# --- read-only directory -------------------------------------------------------------------


@contextlib.contextmanager
def read_only(directory: Path) -> Iterator[None]:
    """Make *directory* unwritable for real: permissions, or the immutable flag for root."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        try:
            yield
        finally:
            directory.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if (
        chattr is None
        or subprocess.run([chattr, "+i", str(directory)], capture_output=True).returncode != 0
    ):
        pytest.skip("root, and the immutable flag is not available here")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(directory)], check=True)


def test_read_only_cache_directory(tmp_path: Path) -> None:
    cached, uncached = ["2404.00001", "2404.00002"], ["2404.00003"]
    site = site_with_ids(tmp_path / "site", cached + uncached)
    cache = tmp_path / "cache"
    with FakeArxiv(synthetic=True) as fake:
        env = environment(READLIST_ARXIV_URL=fake.url)
        resolve_ids(cached, cache, fake.url)
        first = run("export", site, "--offline", "--cache-dir", cache, env=env)  # keys.json
        assert first.returncode in (0, 1), first.stderr  # 0 or 1: test_arxiv_faults_cli.py
        with read_only(cache):
            show = run("show", site, "--cache-dir", cache, "--json", env=env)
            assert show.returncode == 0, show.stderr
            assert show.stdout.count('"metadata"') == len(cached)
            export = run("export", site, "--offline", "--cache-dir", cache, env=env)
            assert export.returncode == first.returncode, export.stderr  # keys known already
            assert export.stdout.count("@") == len(cached + uncached)
            fake.reset()
            fetch = run("fetch", site, "--cache-dir", cache, env=env)
            assert fetch.returncode == 2
            (line,) = fetch.stderr.splitlines()
            assert line.startswith("error: cannot write to cache directory")
            assert fake.requests == [], "arXiv was asked although nothing could be saved"
            assert cached_ids(cache) == set(cached)


def run(*args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        readlist_command(*args), env=env, capture_output=True, text=True, timeout=60
    )


def resolve_ids(ids: list[str], cache: Path, url: str) -> None:
    site = site_with_ids(cache.parent / f"seed-{len(ids)}", ids)
    result = subprocess.run(
        readlist_command("fetch", site, "--cache-dir", cache),
        env=environment(READLIST_ARXIV_URL=url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


# --- full disk --------------------------------------------------------------------------------


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def found(arxiv_id: str, title: str) -> Metadata:
    return Metadata(arxiv_id=arxiv_id, title=title, version=1, fetched="2026-05-01T12:00:00Z")


@pytest.mark.parametrize("failing", ["replace", "fsync", "open"])
def test_full_disk_keeps_every_earlier_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    cache = Cache(tmp_path)
    for i in range(3):
        cache.put(found(f"2405.0000{i}", f"old {i}"))
    target = {
        "replace": (os, "replace"),
        "fsync": (os, "fsync"),
        "open": (os, "open"),  # creating the temporary file
    }[failing]
    with monkeypatch.context() as patch:
        patch.setattr(*target, no_space)
        for meta in (found("2405.00009", "new"), found("2405.00001", "replacement")):
            with pytest.raises(CacheError) as raised:
                cache.put(meta)
            assert "No space left on device" in str(raised.value)
            assert "\n" not in str(raised.value)
    assert cached_ids(tmp_path) == {"2405.00000", "2405.00001", "2405.00002"}
    assert Cache(tmp_path).get("2405.00001") == found("2405.00001", "old 1")
    assert list(tmp_path.glob(".*.tmp")) == []


def test_disk_full_mid_fetch_keeps_what_was_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_works: Callable[..., list[Work]]
) -> None:
    ids = [f"2406.{i:05d}" for i in range(1, 251)]
    cache_dir = tmp_path / "cache"
    works = make_works(ids)
    real_replace, calls = os.replace, []

    def fill_up(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) > 120:
            no_space()
        real_replace(src, dst)

    with FakeArxiv(synthetic=True) as fake:
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", fill_up)
            with pytest.raises(CacheError, match="No space left"):
                resolve(works, Cache(cache_dir), ArxivClient(fake.url, delay=0))
        saved = cached_ids(cache_dir)
        assert len(saved) == 120
        fake.reset()
        again = resolve(works, Cache(cache_dir), ArxivClient(fake.url, delay=0))
    assert (again.cached, again.fetched) == (120, 130)
    assert {i for request in fake.requests for i in request.ids} == set(ids) - saved
    assert cached_ids(cache_dir) == set(ids)
