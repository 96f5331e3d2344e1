"""Bad input through the real ``readlist`` command: one line per unreadable file, the
rest of the site still read, a non-zero exit only when nothing could be read, and
never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakebiblio import environment as services_env

GOOD = "## Lecture 1 (Jan 10): Intro\n\n* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
JEKYLL_PAGE = "---\nlayout: page\n---\n"
ALPA = '<a href="https://arxiv.org/abs/2201.12023">Alpa</a>'


def readlist(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the installed console script (or the same entry point) as a user would."""
    script = Path(sys.executable).with_name("readlist")
    command = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-c", "from readlist.cli import main; main()"]
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("READLIST_")}
    env.update(services_env())
    env.update(COLUMNS="80", READLIST_OFFLINE="1")
    return subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def site_with(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """A site holding one good page and *name* with *content*."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "good.md").write_text(GOOD, encoding="utf-8")
    path = site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return site


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout
    assert "RecursionError" not in result.stderr


def assert_reported(result: subprocess.CompletedProcess[str], name: str, why: str) -> None:
    """Exit 0, the good page read, exactly one stderr line naming *name*."""
    assert_clean(result)
    assert result.returncode == 0, result.stderr
    assert "Attention Is All You Need" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and why in lines[0].lower(), lines[0]


def test_missing_path_is_one_line_exit_2(tmp_path: Path) -> None:
    result = readlist("show", tmp_path / "nowhere")
    assert_clean(result)
    assert result.returncode == 2
    missing = tmp_path / "nowhere"
    assert result.stderr.splitlines() == [f"error: {missing}: no such file or directory"]


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("logo.md", bytes(range(256)) * 4, "binary"),
        ("nul.md", b"## Lecture 2 (Jan 12): x\n\x00\x00\n", "binary"),
        ("latin1.md", "## Lecture 2: Caf\xe9\n".encode("latin-1"), "line 1: invalid utf-8"),
        ("late.md", b"ok\n" * 5 + b"\xff\xfe\n", "line 6: invalid utf-8"),
        ("front.md", "---\ntitle: [unclosed\n---\n" + GOOD.replace("Attention", "X"), "yaml"),
        ("_data/lectures.yml", "- date: 2024-01-10\n  title: [\n", "yaml"),
    ],
)
def test_unreadable_file_is_one_line_rest_is_read(
    tmp_path: Path, name: str, content: str | bytes, why: str
) -> None:
    site = site_with(tmp_path, name, content)
    if name.startswith("_data"):
        (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
        (site / "good.md").write_text(JEKYLL_PAGE + GOOD, encoding="utf-8")
    assert_reported(readlist("show", site), name, why)


def test_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    site = site_with(tmp_path, "huge.md", GOOD)
    with (site / "huge.md").open("ab") as handle:
        handle.write(b"x" * 50_000_000)
    started = time.perf_counter()
    result = readlist("show", site)
    assert time.perf_counter() - started < 10
    assert_reported(result, "huge.md", "too large")


def test_nothing_readable_exits_2_with_one_line(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.md").write_bytes(b"\x00\x01\x02")
    (site / "b.html").write_bytes(b"<p>\xff</p>")
    for target, name in ((site, "a.md"), (site / "b.html", "b.html")):
        result = readlist("show", target)
        assert_clean(result)
        assert result.returncode == 2
        lines = result.stderr.splitlines()
        assert lines[-1].startswith("error: nothing could be read") and name in lines[-1]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("divs.html", "<div>" * 10_000 + f"<h2>Jan 11</h2>{ALPA}" + "</div>" * 10_000),
        ("unclosed-divs.html", "<div><span>" * 5_000 + f"<h2>Jan 11</h2>{ALPA}"),
        ("quotes.md", "## Lecture 2 (Jan 11): Deep\n\n" + ">" * 10_000 + f" {ALPA}\n"),
        (
            "lists.md",
            "## Lecture 2 (Jan 11): Deep\n\n"
            + "".join("  " * i + "* x\n" for i in range(3_000))
            + f"* {ALPA}\n",
        ),
        ("brackets.md", "## Lecture 2 (Jan 11): Deep\n\n" + "[" * 10_000 + f"{ALPA}\n"),
        ("liquid.md", JEKYLL_PAGE + "{% if a %}" * 5_000 + GOOD.replace("Attention", "Y")),
    ],
)
def test_deep_nesting_is_read_or_reported(tmp_path: Path, name: str, content: str) -> None:
    site = site_with(tmp_path, name, content)
    started = time.perf_counter()
    result = readlist("show", site, "--json")
    assert time.perf_counter() - started < 20
    assert_clean(result)
    assert result.returncode == 0, result.stderr
    assert "Attention Is All You Need" in result.stdout
    for line in result.stderr.splitlines():
        assert line.startswith("warning: ") and name in line, line


def test_deep_yaml_is_reported(tmp_path: Path) -> None:
    site = site_with(tmp_path, "_data/deep.yml", "[" * 10_000 + "]" * 10_000)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (site / "good.md").write_text(JEKYLL_PAGE + GOOD, encoding="utf-8")
    result = readlist("show", site)
    assert_clean(result)
    assert result.returncode == 0
    assert "Attention Is All You Need" in result.stdout
    (line,) = result.stderr.splitlines()
    assert "_data/deep.yml" in line


def test_yaml_alias_bomb_is_not_expanded(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    site = site_with(tmp_path, "_data/lol.yml", "\n".join(levels) + "\n")  # 400 bytes
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (site / "good.md").write_text(JEKYLL_PAGE + GOOD, encoding="utf-8")
    try:
        result = readlist("show", site, timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("a 400-byte YAML file kept readlist busy for 5 s")
    assert_clean(result)
    assert "Attention Is All You Need" in result.stdout


def test_malformed_tables_and_unclosed_html_are_read(tmp_path: Path) -> None:
    site = site_with(
        tmp_path,
        "table.md",
        "| Date | Topic | Readings |\n|---|---|---|\n"
        "| Jan 11 | Alpa | [Alpa](https://arxiv.org/abs/2201.12023) | extra | cells |\n"
        "| Jan 12\n| | | |\n|---|\n| Jan 13 | only two |\n",
    )
    (site / "open.html").write_text(
        "<table><tr><th>Date<th>Topic<th>Reading<tr><td>Jan 14<td>Open<td>"
        '<a href="https://arxiv.org/abs/1811.06965">GPipe',
        encoding="utf-8",
    )
    result = readlist("show", site, "--json")
    assert_clean(result)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    for title in ("Attention Is All You Need", "Alpa", "GPipe"):
        assert title in result.stdout


def test_symlink_loops_and_dangling_links(tmp_path: Path) -> None:
    site = site_with(tmp_path, "sub/page.md", GOOD.replace("Attention", "Sub"))
    (site / "sub" / "up").symlink_to("..")  # directory loop
    (site / "here").symlink_to(".")
    (site / "self.md").symlink_to("self.md")  # file loop
    (site / "gone.md").symlink_to("nowhere.md")
    result = readlist("show", site)
    assert_clean(result)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Attention Is All You Need") == 1
    assert result.stdout.count("Sub Is All You Need") == 1
    lines = sorted(result.stderr.splitlines())
    assert len(lines) == 2 and "gone.md" in lines[0] and "self.md" in lines[1], lines


def test_long_problem_lines_are_not_wrapped(tmp_path: Path) -> None:
    name = "a-very-long-file-name-" + "x" * 80 + ".md"
    result = readlist("show", site_with(tmp_path, name, b"\xff"))
    assert_reported(result, name, "invalid utf-8")


def test_a_directory_named_like_a_page_is_skipped(tmp_path: Path) -> None:
    site = site_with(tmp_path, "dir.md/inner.txt", "x")
    result = readlist("show", site)
    assert_clean(result)
    assert result.returncode == 0
    assert "Attention Is All You Need" in result.stdout


def test_empty_front_matter_makes_a_jekyll_page(tmp_path: Path) -> None:
    site = site_with(tmp_path, "_config.yml", "title: x\n")
    (site / "good.md").write_text("---\n---\n" + GOOD, encoding="utf-8")
    result = readlist("show", site)
    assert_clean(result)
    assert "Attention Is All You Need" in result.stdout


BOMB = "\n".join(
    ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("_config.yml", BOMB + "\nurl: *a9\nexclude: *a9\n"),
        ("_data/lol.yml", BOMB + "\nlectures: *a9\n"),
        ("page.md", f"---\n{BOMB}\ntitle: *a9\n---\n"),
    ],
)
def test_yaml_alias_bomb_is_one_warning(tmp_path: Path, name: str, content: str) -> None:
    """A 400-byte alias bomb anywhere YAML is read: one warning, the rest read."""
    site = site_with(tmp_path, name, content)
    (site / "_config.yml").touch(exist_ok=True)
    (site / "good.md").write_text(JEKYLL_PAGE + GOOD, encoding="utf-8")
    try:
        result = readlist("show", site, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("a 400-byte YAML file kept readlist busy")
    assert_reported(result, name, "aliases expand")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_non_regular_files_in_a_site_are_one_warning(tmp_path: Path, kind: str) -> None:
    site = site_with(tmp_path, "x.txt", "")
    special = site / "week.md"
    if kind == "fifo":
        os.mkfifo(special)
    else:
        special.symlink_to("/dev/zero")
    result = readlist("show", site, timeout=30)
    assert_reported(result, "week.md", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_non_regular_path_is_an_error(tmp_path: Path) -> None:
    fifo = tmp_path / "week.md"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/zero")):
        result = readlist("show", target, timeout=30)
        assert_clean(result)
        assert result.returncode == 2 and result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith("error: ") and "not a regular file" in line and str(target) in line


def test_a_site_without_lectures_is_one_line_exit_2(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text("# Welcome\n\nSee [the syllabus](syllabus.html).\n")
    (site / "about.html").write_text("<p>About us</p>")
    for command in ("show", "stats", "export", "check", "overlap"):
        result = readlist(command, site)
        assert_clean(result)
        assert result.returncode == 2, (command, result.stderr)
        (line,) = result.stderr.splitlines()
        assert line.startswith("error: ") and "no lecture found in 2 files" in line
        assert "about.html" in line and "index.md" in line and "looked for" in line


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("divs.html", "<div>" * 440_000 + f"<h2>Jan 11</h2>{ALPA}" + "</div>" * 440_000),
        ("spans.html", "<div><span>" * 200_000 + f"<h2>Jan 11</h2>{ALPA}"),
        ("quotes.md", "## Lecture 2 (Jan 11): Deep\n\n" + ">" * 100_000 + f" {ALPA}\n"),
    ],
)
def test_megabytes_of_nesting_are_read(tmp_path: Path, name: str, content: str) -> None:
    """2-4 MB of nested elements (quadratic in the HTML5 tree builder) are read."""
    site = site_with(tmp_path, name, content)
    try:
        result = readlist("show", site, "--json", timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("deep nesting kept readlist busy for a minute")
    assert_clean(result)
    assert result.returncode == 0, result.stderr
    assert '"Alpa"' in result.stdout


def _nodes_walked(monkeypatch: pytest.MonkeyPatch, links: int) -> int:
    """Nodes :mod:`readlist.extract.dom` walks to read one table cell of *links*
    comma-joined links."""
    from readlist.extract import dom
    from readlist.extract.markdown import read_markdown
    from readlist.extract.page import commonmark

    walked = 0
    walk = dom.walk_tree

    def counting(*args: Any, **kwargs: Any) -> Iterator[Any]:
        nonlocal walked
        for node in walk(*args, **kwargs):
            walked += 1
            yield node

    monkeypatch.setattr(dom, "walk_tree", counting)
    cell = ", ".join(f"[Paper {i}](https://x.org/{i})" for i in range(links))
    page = f"| Date | Topic | Readings |\n|---|---|---|\n| Jan 5 | Intro | {cell} |\n"
    (lecture,) = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert len(lecture.readings) == links
    return walked


def test_a_cell_of_many_links_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell of N links is walked a bounded number of times, not once per link (4,000
    links took two minutes when each link's words were looked for from the cell's start)."""
    small, large = _nodes_walked(monkeypatch, 200), _nodes_walked(monkeypatch, 800)
    assert large < 5 * small  # linear: 4 times the links, 4 times the walk (quadratic: 16)


def test_each_link_of_a_long_cell_is_judged_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether each earlier link of a line is a reading is decided once per link, not
    once per later link that reads the words before it (a cell of 4,000 links asked it
    130,000 times)."""
    from readlist.extract import classify
    from readlist.extract.markdown import read_markdown
    from readlist.extract.page import commonmark

    asked = 0
    judge = classify.is_reading

    def counting(*args: Any, **kwargs: Any) -> bool:
        nonlocal asked
        asked += 1
        return judge(*args, **kwargs)

    monkeypatch.setattr(classify, "is_reading", counting)
    cell = ", ".join(f"[Paper {i}](https://x.org/{i})" for i in range(800))
    page = f"| Date | Topic | Readings |\n|---|---|---|\n| Jan 5 | Intro | {cell} |\n"
    (lecture,) = read_markdown(commonmark(page, ".md"), "s.md", None)
    assert len(lecture.readings) == 800
    assert asked <= 3 * 800  # once for itself, once as the words before a later link
