"""A large site's files read on two cores (:mod:`readlist.extract.fork`).

Each check runs in a fresh interpreter: the test process may hold threads (fake
servers), where readlist rightly never forks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or len(os.sched_getaffinity(0)) < 2,
    reason="forks only on Linux with two CPUs",
)


def run(script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{REPO / 'benchmarks'}"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_child_reads_half_and_the_parent_the_rest_in_order() -> None:
    out = run(
        """
        import os
        from readlist.extract.fork import can_fork, shared_map
        assert can_fork()
        parent = os.getpid()
        got = shared_map(lambda n: (n * n, os.getpid()), range(10), [1] * 10, min_bytes=0)
        assert [square for square, _ in got] == [n * n for n in range(10)]
        pids = {pid for _, pid in got}
        assert parent in pids and len(pids) == 2, pids  # a child read some of them
        print(sum(pid != parent for _, pid in got))
        """
    )
    assert out.strip() == "5"


def test_what_the_child_cannot_do_the_parent_does() -> None:
    """A raising item raises in the parent, as read alone; a result that does not
    pickle is made again by the parent; a small input is never forked."""
    run(
        """
        import os
        from readlist.extract.fork import shared_map
        parent = os.getpid()

        def read(n):
            if n == 3 and os.getpid() != parent:
                raise ValueError("only the child fails")
            if n == 4:
                return lambda: os.getpid()  # does not pickle
            return os.getpid()

        got = shared_map(read, range(6), [1] * 6, min_bytes=0)
        assert got[3] == parent and got[4]() == parent, got

        def fails(n):
            if n == 5:
                raise KeyError(n)
            return n

        try:
            shared_map(fails, range(6), [1] * 6, min_bytes=0)
        except KeyError as err:
            assert err.args == (5,)
        else:
            raise AssertionError("the error was lost")
        small = shared_map(lambda n: os.getpid(), range(6), [1] * 6, min_bytes=7)
        assert set(small) == {parent}
        """
    )


def test_a_large_site_reads_the_same_forked_or_not(tmp_path: Path) -> None:
    site = tmp_path / "site"
    out = run(
        f"""
        import json, os
        from pathlib import Path
        import gen_site
        from readlist.extract import extract_site, fork

        gen_site.main([{str(site)!r}, "--lectures", "600"])
        forks = []
        real_fork = os.fork
        os.fork = lambda: forks.append(1) or real_fork()
        two = extract_site(Path({str(site)!r}))
        os.fork = real_fork
        assert forks, "a site of 600 lectures is read on two cores"
        fork.can_fork = lambda: False
        one = extract_site(Path({str(site)!r}))
        assert two == one
        print(sum(len(lec.readings) for lec in two.lectures))
        """
    )
    assert int(out.split()[-1]) > 600
