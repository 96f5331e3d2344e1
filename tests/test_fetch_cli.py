"""``readlist fetch`` as a subprocess against the fake arXiv server."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from fakearxiv import METADATA_FIELDS, FakeArxiv, closed_port_url
from fakebiblio import environment as services_env

from readlist.cache import Cache

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "dsc204a-w24"
FIELDS = METADATA_FIELDS


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-c", "from readlist.cli import main; main()", "fetch", *map(str, args)]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("READLIST_")}
    return {**env, **services_env(), "NO_COLOR": "1", "COLUMNS": "200", **extra}


def fetch(*args: str | Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args),
        env=environment(**extra),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )


def online(fake_url: str) -> dict[str, str]:
    return {"READLIST_ARXIV_URL": fake_url, "READLIST_ARXIV_DELAY": "0"}


def site_with_ids(root: Path, ids: list[str]) -> Path:
    """A Just-the-Class module with one lecture reading every id."""
    lines = [
        "---",
        "title: Week 1",
        "---",
        "",
        "Jan 9",
        ": **1**{: .label} Lecture",
        ": *Reading:*",
    ]
    lines += [f"* [Paper {i}](https://arxiv.org/abs/{i})" for i in ids]
    (root / "_modules").mkdir(parents=True)
    (root / "_modules" / "week-01.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_example_writes_the_nine_real_entries_field_for_field(
    fake_arxiv: FakeArxiv, arxiv_metadata: list[dict[str, Any]], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    run = fetch(EXAMPLE, "--cache-dir", cache, "--arxiv-url", fake_arxiv.url, "--arxiv-delay", "0")

    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("fetched 9, cached 0, not found 0, failed 0")
    assert "Traceback" not in run.stderr
    assert len(fake_arxiv.requests) == 1
    assert sorted(p.name for p in cache.glob("*.json")) == sorted(
        f"{r['id']}.json" for r in arxiv_metadata
    )
    for record in arxiv_metadata:
        document = json.loads((cache / f"{record['id']}.json").read_text("utf-8"))
        assert document["schema"] == 1
        stored = document["metadata"]
        assert stored["arxiv_id"] == record["id"] and stored["status"] == "found"
        assert {name: stored[name] for name in FIELDS} == {name: record[name] for name in FIELDS}

    again = fetch(EXAMPLE, "--cache-dir", cache, **online(fake_arxiv.url))
    assert again.returncode == 0
    assert again.stdout.startswith("fetched 0, cached 9, not found 0, failed 0")
    assert len(fake_arxiv.requests) == 1


def test_offline_summarises_and_lists_uncached_works_only_when_verbose(tmp_path: Path) -> None:
    run = fetch(EXAMPLE, "--cache-dir", tmp_path / "cache", READLIST_OFFLINE="1")
    assert run.returncode == 1
    assert "not in the cache" not in run.stderr  # one summary, never a line per work
    run = fetch(EXAMPLE, "--cache-dir", tmp_path / "cache", "--verbose", READLIST_OFFLINE="1")

    assert run.returncode == 1
    # 9 arXiv works, a DOI link and 15 other papers (for DBLP); the overrides need no network
    assert run.stdout.startswith("fetched 0, cached 0, not found 0, failed 25; ")
    assert "; verified overrides 14; " in run.stdout and run.stdout.rstrip().endswith("(offline)")
    lines = [line for line in run.stderr.splitlines() if "not in the cache (offline)" in line]
    assert len(lines) == 25
    assert "_modules/week-10.md:11: arxiv:2201.12023: not in the cache (offline)" in run.stderr
    assert not (tmp_path / "cache").exists()


def test_unknown_id_exits_1_with_one_line(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    site = site_with_ids(tmp_path / "site", ["1712.05889", "2401.99999"])
    run = fetch(site, "--cache-dir", tmp_path / "cache", "-v", **online(fake_arxiv.url))

    assert run.returncode == 1
    assert run.stdout.startswith("fetched 1, cached 0, not found 1, failed 0")
    (line,) = [line for line in run.stderr.splitlines() if "arxiv:" in line]
    assert line.endswith("week-01.md:9: arxiv:2401.99999: arXiv has no paper with this id")


def test_unreachable_arxiv_exits_2(tmp_path: Path) -> None:
    url = closed_port_url()
    run = fetch(EXAMPLE, "--cache-dir", tmp_path / "cache", "--verbose", **online(url))

    assert run.returncode == 2
    assert run.stdout.startswith("fetched 0, cached 0, not found 0, failed 9")
    assert run.stderr.count("arXiv could not be reached: connection failed") == 9


def test_bad_endpoint_is_a_one_line_error(tmp_path: Path) -> None:
    run = fetch(EXAMPLE, "--cache-dir", tmp_path, "--arxiv-url", "ftp://example.org/api")
    assert run.returncode == 2
    (line,) = run.stderr.splitlines()
    assert line.startswith("error: Invalid value for '--arxiv-url'")
    assert "must be an http or https URL" in line


def test_unwritable_cache_is_a_one_line_error(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    run = fetch(EXAMPLE, "--cache-dir", tmp_path / "file", **online(fake_arxiv.url))
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1].startswith("error: cannot create cache directory")
    assert fake_arxiv.requests == []


def test_sigkill_mid_run_leaves_a_cache_that_loads(tmp_path: Path) -> None:
    ids = [f"2401.{i:05d}" for i in range(1, 301)]
    site, cache = site_with_ids(tmp_path / "site", ids), tmp_path / "cache"
    with FakeArxiv(synthetic=True, latency=0.3) as fake:
        child = subprocess.Popen(
            command(site, "--cache-dir", cache),
            env=environment(**online(fake.url)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not list(cache.glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL

        written = sorted(p.stem for p in cache.glob("*.json"))
        assert 0 < len(written) < len(ids)
        loaded = Cache(cache)
        assert all(loaded.get(arxiv_id) is not None for arxiv_id in written)
        assert loaded.problems == []

        fake.reset()
        rerun = fetch(site, "--cache-dir", cache, **online(fake.url))
        assert rerun.returncode == 0, rerun.stderr
        assert rerun.stdout.startswith(f"fetched {300 - len(written)}, cached {len(written)},")


@pytest.mark.skipif(shutil.which("readlist") is None, reason="console script not installed")
def test_console_script_has_fetch_help() -> None:
    run = subprocess.run(
        ["readlist", "fetch", "--help"], capture_output=True, text=True, env=environment()
    )
    assert run.returncode == 0
    options = ("--refresh", "--offline", "--arxiv-url", "--arxiv-delay", "--cache-dir")
    options += ("--dblp-url", "--dblp-delay", "--crossref-url", "--crossref-delay", "--mailto")
    options += ("--overrides", "--verbose", "READLIST_DBLP_URL", "READLIST_MAILTO")
    for option in options:
        assert option in run.stdout


def test_progress_bar_on_a_terminal(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(
        command(EXAMPLE)[0],
        command(EXAMPLE, "--cache-dir", tmp_path / "cache")[1:],
        env=environment(**online(fake_arxiv.url)),
        encoding="utf-8",
        timeout=20,
        dimensions=(24, 120),
    )
    child.expect("metadata")
    child.expect("arXiv 9, overrides 14")  # per-source counts in the bar
    child.expect("fetched 9, cached 0")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_fetch_help_names_every_source_option() -> None:
    run = fetch("--help")
    assert run.returncode == 0
    for option in ("--dblp-url", "--dblp-delay", "--crossref-url", "--crossref-delay", "--mailto"):
        assert option in run.stdout
    for variable in ("READLIST_DBLP_URL", "READLIST_CROSSREF_DELAY", "READLIST_MAILTO"):
        assert variable in run.stdout
    assert "--overrides" in run.stdout and "--verbose" in run.stdout
