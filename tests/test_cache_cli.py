"""Issue 12 item 7 from the command line: an unusable cache file is one warning in
show, stats, export and fetch, never a hang or a traceback, and fetch repairs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakearxiv import FakeArxiv
from test_fetch_cli import EXAMPLE, environment, online

from readlist.cache import Cache


def readlist(*args: str | Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)],
        env=environment(**extra),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def damage(path: Path, kind: str) -> None:
    if kind == "nested":
        path.write_text("[" * 1000 + "]" * 1000)
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")


@pytest.mark.parametrize("kind", ["nested", "fifo", "zero"])
def test_every_command_warns_once_and_fetch_repairs(
    fake_arxiv: FakeArxiv, tmp_path: Path, kind: str
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    damage(cache / "2201.12023.json", kind)
    for command in (["show"], ["stats"], ["export", "--offline"]):
        run = readlist(*command, EXAMPLE, "--cache-dir", cache)
        assert "Traceback" not in run.stderr, run.stderr
        warnings = [line for line in run.stderr.splitlines() if "2201.12023.json" in line]
        assert len(warnings) == 1, (command, run.stderr)
        assert warnings[0].startswith("warning: ") and "fetched again" in warnings[0]
    run = readlist("fetch", EXAMPLE, "--cache-dir", cache, **online(fake_arxiv.url))
    assert run.returncode == 0, run.stderr
    assert Cache(cache).get("2201.12023") is not None
    assert "2201.12023.json" not in readlist("show", EXAMPLE, "--cache-dir", cache).stderr
