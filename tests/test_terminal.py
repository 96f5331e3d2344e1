"""The real ``readlist`` command in a pseudo-terminal, 80 columns wide.

pexpect runs the installed console script in a pty (so rich sees a terminal:
colour on, width from the pty); pyte, a VT100 emulator, turns the byte stream
into the screen a user would see, and the tests assert on that screen.  The same
commands piped, or with ``NO_COLOR``, must be plain; text from a site (a title
with ``[bold]``, raw ANSI escapes) must print as inert text.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from readlist.cache import Cache
from readlist.model import Metadata

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")

HERE = Path(__file__).parent
READLIST = Path(sys.executable).parent / "readlist"
SEED = HERE / "cases" / "seed-week-10" / "site" / "week-10.md"
FIXTURES = HERE / "fixtures" / "arxiv" / "metadata.json"
COLUMNS, ROWS = 80, 400
_SGR = re.compile(r"\x1b\[([0-9;]*)m")
_CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

pytestmark = pytest.mark.skipif(not READLIST.exists(), reason="readlist script not installed")


@dataclass(frozen=True)
class Run:
    raw: str
    """Everything the program wrote to the terminal (escape sequences included)."""
    screen: list[str]
    """The screen afterwards, one string per row, trailing blanks and rows dropped."""
    status: int


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "CI")}  # fmt: skip
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def run_in_terminal(*args: str, **env: str) -> Run:
    child = pexpect.spawn(str(READLIST), list(args), env=_env(**env), encoding="utf-8",
                          dimensions=(ROWS, COLUMNS), timeout=60)  # fmt: skip
    raw = child.read()
    child.close()
    screen = pyte.Screen(COLUMNS, ROWS)
    pyte.Stream(screen).feed(raw)
    rows = [row.rstrip() for row in screen.display]
    while rows and not rows[-1]:
        rows.pop()
    return Run(raw=raw, screen=rows, status=child.exitstatus)


def run_piped(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(READLIST), *args], capture_output=True, text=True,
                          env=_env(**env), timeout=60, check=False)  # fmt: skip


def colours(raw: str) -> set[int]:
    """Foreground/background colour codes used in the SGR sequences of *raw*."""
    found = set()
    for params in _SGR.findall(raw):
        for code in (int(p) for p in params.split(";") if p):
            if 30 <= code <= 49 or 90 <= code <= 107:
                found.add(code)
    return found


def hard_wrapped(run: Run) -> list[str]:
    """Lines the program wrote wider than the terminal (the terminal had to wrap them)."""
    lines = re.split(r"[\r\n]+", _CSI.sub("", run.raw))
    return [line for line in lines if len(line) > COLUMNS]


@pytest.fixture(scope="module")
def seed_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A metadata cache holding the five seed papers (from the fake arXiv's fixtures)."""
    directory = tmp_path_factory.mktemp("cache")
    cache = Cache(directory)
    for record in json.loads(FIXTURES.read_text(encoding="utf-8")):
        cache.put(Metadata(
            arxiv_id=record["id"], version=record["version"], title=record["title"],
            authors=tuple(record["authors"]), published=record["published"],
            updated=record["updated"],
        ))  # fmt: skip
    return directory


def test_show_at_80_columns(seed_cache: Path) -> None:
    run = run_in_terminal("show", str(SEED), "--cache-dir", str(seed_cache))
    assert run.status == 0
    assert run.screen[0] == "Mar 11 · ML System - 2  week-10.md:7"
    alpa = run.screen.index("  optional Alpa: Automating Inter- and Intra-Operator Parallelism for")
    assert run.screen[alpa + 1] == "           Distributed Deep Learning — Zheng et al. 2022"
    assert run.screen[alpa + 2] == "           https://arxiv.org/pdf/2201.12023.pdf"
    assert run.screen[alpa + 3] == "           also in Mar 13, Mar 15"
    assert sum(row.startswith("Mar 1") for row in run.screen) == 3
    assert hard_wrapped(run) == []
    assert {36, 33, 34, 35} <= colours(run.raw)  # key cyan, optional yellow, link blue, also-in


def test_check_at_80_columns(seed_cache: Path) -> None:
    run = run_in_terminal("check", str(SEED), "--offline", "--cache-dir", str(seed_cache))
    assert run.status == 1
    assert run.screen[0] == str(SEED)
    typos = [row for row in run.screen if "title-typo" in row]
    assert [row.split()[:3] for row in typos] == [
        ["12", "Mar", "11"], ["25", "Mar", "13"], ["38", "Mar", "15"],
    ]  # fmt: skip
    assert all('"PGPipe" looks like a typo of "GPipe"' in row for row in typos)
    assert sum('→ write "GPipe"' in row for row in run.screen) == 3
    assert run.screen[-1] == "0 errors, 3 warnings, 0 info — fails --fail-on warning"
    for name in ("Alpa", "Megatron", "FlashAttention", "PagedAttention"):
        assert not any(name in row for row in run.screen)
    assert hard_wrapped(run) == []
    assert 33 in colours(run.raw)  # warnings are yellow
    assert 31 in colours(run.raw)  # "fails" in red


def test_check_clean_and_skipped(tmp_path: Path) -> None:
    run = run_in_terminal("check", str(SEED), "--offline", "--cache-dir", str(tmp_path))
    assert run.status == 0
    assert run.screen[0] == "No findings in what could be checked."
    assert run.screen[1].startswith("skipped: title, version and existence checks for 5 arXiv")
    assert hard_wrapped(run) == []


def test_stats_at_80_columns(seed_cache: Path) -> None:
    run = run_in_terminal("stats", str(SEED), "--cache-dir", str(seed_cache))
    assert run.status == 0
    rows = {row.split()[0]: row.split()[1:] for row in run.screen[:6]}
    assert rows["lectures"][0] == "3"
    assert rows["readings"][:2] == ["15", "required"]
    assert rows["arXiv"][:2] == ["5", "100%"]
    assert "Most-shared works" in run.screen
    assert hard_wrapped(run) == []
    assert 32 in colours(run.raw) or 33 in colours(run.raw)


@pytest.mark.parametrize("command", ["show", "check", "stats"])
def test_no_color_means_no_colour(command: str, seed_cache: Path) -> None:
    extra = ["--offline"] if command == "check" else []
    run = run_in_terminal(command, str(SEED), "--cache-dir", str(seed_cache), *extra,
                          NO_COLOR="1")  # fmt: skip
    assert run.screen
    assert colours(run.raw) == set()
    assert colours(run_in_terminal(command, str(SEED), "--cache-dir", str(seed_cache),
                                   *extra).raw)  # fmt: skip


@pytest.mark.parametrize("command", ["show", "check", "stats"])
def test_piped_output_is_plain(command: str, seed_cache: Path) -> None:
    extra = ["--offline"] if command == "check" else []
    result = run_piped(command, str(SEED), "--cache-dir", str(seed_cache), *extra)
    assert result.returncode == (1 if command == "check" else 0)
    assert "\x1b" not in result.stdout
    assert result.stdout.strip()


def _evil_site(root: Path) -> Path:
    """A lecture page whose title and link texts carry rich markup and ANSI escapes."""
    page = root / "week-01.md"
    # Markdown needs the escape's "[" backslashed inside link text; the title unescapes it.
    reading = (
        "* [[bold]Evil[/bold] \x1b\\[31mRed\x1b\\[0m paper (required)](https://example.org/p.pdf)"
    )
    other = "* [[link=https://x.test]Click[/link] (required)](https://example.org/p.pdf#page=2)"
    text = (
        "Jan 8\n: **1**{: .label} [red]Injected[/red] \x1b[2J\n: *Reading:*\n"
        f"{reading}\n{other}\n\nJan 10\n: **2**{{: .label}} Again\n: *Reading:*\n{reading}\n"
    )
    page.write_text(text, encoding="utf-8")
    return page


@pytest.mark.parametrize("command", ["show", "check", "stats"])
def test_site_text_is_inert(command: str, tmp_path: Path) -> None:
    page = _evil_site(tmp_path)
    offline = ["--offline", "--verbose"] if command == "check" else []  # its findings are info
    run = run_in_terminal(command, str(page), *offline, "--cache-dir", str(tmp_path / "c"))
    screen = "\n".join(run.screen)
    assert "[bold]Evil[/bold]" in screen
    assert "\x1b[31mRed" not in run.raw and "\x1b[2J" not in run.raw
    assert 31 not in colours(run.raw) or command == "check"  # check's red is its own
    assert "[31mRed[0m" in screen or "Red" in screen
    if command == "show":
        assert "[red]Injected[/red]" in screen
        assert "[link=https://x.test]Click[/link]" in screen
        assert "\x1b]8;" not in run.raw  # no hyperlink escape was made from the text


def test_long_urls_stay_one_line(tmp_path: Path) -> None:
    """A URL wider than the terminal is written unbroken (to copy or click), not folded."""
    url = "https://www.cs.utexas.edu/~pingali/CSE392/2011sp/lectures/Conc_Comp.pdf?a=1&b=2"
    page = tmp_path / "week.md"
    page.write_text(f"Jan 8\n: *Reading:*\n* [Collectives (required)]({url})\n", encoding="utf-8")
    run = run_in_terminal("show", str(page), "--cache-dir", str(tmp_path / "c"))
    assert url in _CSI.sub("", run.raw)
    row = next(i for i, line in enumerate(run.screen) if line.startswith("           https://"))
    assert (run.screen[row] + run.screen[row + 1]).strip() == url  # the terminal wrapped it
