"""arXiv faults (the fake server's modes) end to end through the ``readlist`` command,
with the exit codes README.md and docs/fetch.md document.

The client's own handling of each fault is tested in ``test_arxiv_client.py``;
here the question is what the user sees: the exit status, one ``warning:`` line
per unresolved work, no traceback, and an export that is still written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string
from fakearxiv import FakeArxiv, Fault, closed_port_url
from fakebiblio import environment as services_env

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "dsc204a-w24"  # nine arXiv papers, all in the fixtures
PAPERS = 9


def readlist(*args: str | Path, url: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("READLIST_")}
    env.update(NO_COLOR="1", COLUMNS="200", READLIST_ARXIV_URL=url, READLIST_ARXIV_DELAY="0")
    env.update(services_env())
    command = [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)]
    return subprocess.run(
        [*command, EXAMPLE, "--cache-dir", cache],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def assert_one_line_each(stderr: str, count: int, why: str) -> None:
    """fetch --verbose: one line per arXiv work (works without an arXiv id say why too)."""
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if ": arxiv:" in line]
    assert len(lines) == count, stderr
    assert all(line.startswith("warning: ") and why in line for line in lines), stderr


@pytest.mark.parametrize(
    ("fault", "times", "requests"),
    [
        (Fault.http(503), 2, 3),
        (Fault.http(502), 1, 2),
        (Fault("truncated"), 1, None),
        (Fault("empty"), 1, 2),
    ],
    ids=["503-burst", "502-once", "truncated-once", "empty-once"],
)
def test_transient_faults_are_retried_and_fetch_exits_0(
    fake_arxiv: FakeArxiv, tmp_path: Path, fault: Fault, times: int, requests: int | None
) -> None:
    fake_arxiv.inject(fault, times=times)
    result = readlist("fetch", url=fake_arxiv.url, cache=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"fetched {PAPERS}, cached 0, not found 0, failed 0")
    if requests is not None:  # a truncated page makes arxiv.py page on: see below
        assert len(fake_arxiv.requests) == requests


def test_retry_after_is_honoured_end_to_end(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    fake_arxiv.inject(Fault.http(429, retry_after="1"))
    started = time.monotonic()
    result = readlist("fetch", url=fake_arxiv.url, cache=tmp_path)
    assert result.returncode == 0, result.stderr
    first, second = fake_arxiv.requests[:2]
    assert second.time - first.time >= 0.9
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("fault", [Fault.http(503), Fault("truncated")], ids=["503", "truncated"])
def test_arxiv_down_for_good_fetch_exits_2(
    fake_arxiv: FakeArxiv, tmp_path: Path, fault: Fault
) -> None:
    fake_arxiv.inject(fault, times=50)
    result = readlist("fetch", "--verbose", url=fake_arxiv.url, cache=tmp_path)
    assert result.returncode == 2
    assert_one_line_each(result.stderr, PAPERS, "could not be reached")
    assert result.stdout.startswith(f"fetched 0, cached 0, not found 0, failed {PAPERS}")
    assert list(tmp_path.glob("*.json")) == []
    if fault.kind == "status":
        assert len(fake_arxiv.requests) == 5, "retried 4 times, then stopped asking"


def test_always_truncated_feed_costs_at_most_five_requests(
    fake_arxiv: FakeArxiv, tmp_path: Path
) -> None:
    fake_arxiv.inject(Fault("truncated"), times=50)
    readlist("fetch", url=fake_arxiv.url, cache=tmp_path)
    assert len(fake_arxiv.requests) <= 5, "docs/fetch.md: retried up to 4 times"


def test_connection_refused_fetch_exits_2(tmp_path: Path) -> None:
    result = readlist("fetch", "-v", url=closed_port_url(), cache=tmp_path)
    assert result.returncode == 2
    assert_one_line_each(result.stderr, PAPERS, "could not be reached")


def test_error_feed_with_http_200_marks_one_id_and_fetch_exits_1(
    fake_arxiv: FakeArxiv, tmp_path: Path
) -> None:
    fake_arxiv.inject(Fault("error200"))
    result = readlist("fetch", "-v", url=fake_arxiv.url, cache=tmp_path)
    assert result.returncode == 1
    assert_one_line_each(result.stderr, 1, "not a valid arXiv id")
    assert len(list(tmp_path.glob("*.json"))) == PAPERS - 1


def test_fault_then_rerun_fetches_only_what_is_missing(
    fake_arxiv: FakeArxiv, tmp_path: Path
) -> None:
    fake_arxiv.inject(Fault("error200"))
    readlist("fetch", url=fake_arxiv.url, cache=tmp_path)
    fake_arxiv.reset()
    result = readlist("fetch", url=fake_arxiv.url, cache=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"fetched 1, cached {PAPERS - 1},")
    assert [len(r.ids) for r in fake_arxiv.requests] == [1]


def test_export_with_arxiv_down_still_writes_every_entry(
    fake_arxiv: FakeArxiv, tmp_path: Path
) -> None:
    fake_arxiv.inject(Fault.http(503), times=50)
    out = tmp_path / "course.bib"
    result = readlist("export", "-v", "-o", out, url=fake_arxiv.url, cache=tmp_path / "cache")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    *each, summary = result.stderr.splitlines()
    assert_one_line_each("\n".join(each), PAPERS, "could not be reached")
    assert summary.startswith(f"warning: {PAPERS} works exported without metadata: ")
    entries = parse_string(out.read_text(encoding="utf-8")).entries
    assert sum(1 for e in entries if "eprint" in e.fields_dict) == PAPERS


def test_export_with_arxiv_down_still_exports_and_exits_0(
    fake_arxiv: FakeArxiv, tmp_path: Path
) -> None:
    """README: works without metadata are exported from the site, with one warning line."""
    fake_arxiv.inject(Fault.http(503), times=50)
    result = readlist("export", url=fake_arxiv.url, cache=tmp_path)
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()  # one line, however many works
    assert line.startswith(f"warning: {PAPERS} works exported without metadata: ")
    assert "could not be reached" in line
    assert "@misc{" in result.stdout


def test_check_with_arxiv_down_skips_title_checks(fake_arxiv: FakeArxiv, tmp_path: Path) -> None:
    """Incomplete, not passed: exit 2 even with --fail-on error (docs/check.md)."""
    fake_arxiv.inject(Fault.http(503), times=50)
    result = readlist("check", "--fail-on", "error", url=fake_arxiv.url, cache=tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stdout + result.stderr
    assert "could not be reached" in result.stdout


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--arxiv-url", "http://[::1", "'--arxiv-url' (env var: 'READLIST_ARXIV_URL'): not a URL"),
        ("--arxiv-url", "{fake}#x", "a #fragment does not belong"),  # would swallow the query
        ("--arxiv-delay", "nan", "nan is not a finite number of seconds (0 or more)"),
        ("--arxiv-delay", "inf", "inf is not a finite number of seconds (0 or more)"),
    ],
)
def test_bad_endpoint_or_delay_is_one_line_not_a_traceback(
    fake_arxiv: FakeArxiv, tmp_path: Path, option: str, value: str, message: str
) -> None:
    value = value.format(fake=fake_arxiv.url)
    result = readlist("fetch", option, value, url=fake_arxiv.url, cache=tmp_path)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert message in result.stderr
    assert fake_arxiv.requests == []
