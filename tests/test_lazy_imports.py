"""Start-up cost: a command imports only the libraries its work needs.

Every run pays for what it imports (rapidfuzz, bibtexparser and rich's progress
bar are each several milliseconds).  Each row runs the real command in a fresh
interpreter on a small site and names modules it must not have loaded.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CASE = Path(__file__).parent / "cases" / "jtc-basic" / "site"

_PROBE = """
import sys
from readlist.cli import main
sys.argv = ["readlist", *sys.argv[1:]]
try:
    main()
except SystemExit as stop:
    code = stop.code
else:
    code = 0
print("\\nLOADED", code, " ".join(sorted(sys.modules)))
"""


def _loaded(args: list[str], cwd: Path) -> set[str]:
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "READLIST_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**env, "PYTHONPATH": ":".join(sys.path)},
        timeout=120,
        check=False,
    )
    line = done.stdout.rsplit("\nLOADED ", 1)[-1].split()
    assert line and line[0] == "0", done.stderr
    return set(line[1:])


def _roots(modules: set[str], names: tuple[str, ...]) -> set[str]:
    return {m for m in modules if any(m == n or m.startswith(n + ".") for n in names)}


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (["--help"], ("readlist.model", "readlist.resolve", "yaml", "selectolax", "rich.console")),
        (["show", "site"], ("rapidfuzz", "bibtexparser", "filelock", "rich.progress")),
        (["show", "site"], ("readlist.export", "readlist.lint", "readlist.arxiv_client")),
        (["show", "site"], ("docutils",)),  # only a site with .rst pages needs it
        (["overlap", "site"], ("rapidfuzz", "bibtexparser", "rich.progress")),
        (["export", "site", "--format", "csl-json"], ("bibtexparser", "rapidfuzz")),
        (["export", "site", "--format", "csl-json"], ("rich.progress", "readlist.export.bibtex")),
        (["export", "site", "--format", "markdown"], ("bibtexparser", "readlist.export.csl")),
        (["export", "site", "--format", "bibtex"], ("rapidfuzz", "readlist.export.csl")),
        (["export", "site", "--format", "bibtex"], ("readlist.export.jekyll", "rich.progress")),
    ],
)
def test_a_command_leaves_unused_libraries_unloaded(
    tmp_path: Path, args: list[str], absent: tuple[str, ...]
) -> None:
    shutil.copytree(CASE, tmp_path / "site")
    loaded = _loaded(args, tmp_path)
    assert "readlist.cli" in loaded  # the probe saw the run
    assert _roots(loaded, absent) == set()


def test_the_writer_a_format_needs_is_loaded(tmp_path: Path) -> None:
    """The other side: the probe does see a library the command uses."""
    shutil.copytree(CASE, tmp_path / "site")
    loaded = _loaded(["export", "site", "--format", "bibtex"], tmp_path)
    assert {"bibtexparser", "readlist.export.bibtex"} <= loaded
