"""``readlist.toml``: the site configuration, and the cache that belongs to the site."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import EXAMPLE
from fakebiblio import environment as services_env

from readlist.config import Config, ReadingList, read_config, site_root
from readlist.errors import InputError


def readlist(*args: str | Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1", **services_env(), **env},
    )


def write(root: Path, text: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "readlist.toml").write_text(text, encoding="utf-8")
    return root


def test_no_file_is_every_default(tmp_path: Path) -> None:
    assert read_config(tmp_path) == Config()
    assert read_config(tmp_path).cache_path == tmp_path / "cache"


def test_every_key_is_read(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        'exclude = ["drafts/*"]\noffering = "fa22"\nbase_url = "https://x.edu/c/"\n'
        'overrides = "refs.bib"\ncache_dir = ".readlist"\nkey_style = "scholar"\n'
        'max_authors = 3\nprefer = "arxiv"\n'
        '[reading_list]\nlayout = "page"\nnav_order = 4\npermalink = "/r/"\ntitle = "R"\n',
    )
    config = read_config(root)
    assert config == Config(
        exclude=("drafts/*",),
        offering="fa22",
        base_url="https://x.edu/c/",
        overrides="refs.bib",
        cache_dir=".readlist",
        key_style="scholar",
        max_authors=3,
        prefer="arxiv",
        reading_list=ReadingList(layout="page", nav_order=4, permalink="/r/", title="R"),
    )
    assert config.cache_path == root / ".readlist"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1\n", "unknown key 'colour'"),
        ("max_authors = 0\n", "max_authors: expected a positive integer, got 0"),
        ('max_authors = "ten"\n', "max_authors: expected a positive integer, got 'ten'"),
        ("max_authors = true\n", "max_authors: expected a positive integer, got True"),
        ('prefer = "newest"\n', "prefer: expected 'published' or 'arxiv', got 'newest'"),
        ('key_style = "apa"\n', "key_style: expected 'scholar', got 'apa'"),
        ('exclude = "drafts"\n', "exclude: expected a list of strings, got 'drafts'"),
        ('base_url = "/c/"\n', "base_url: expected an http(s) URL, got '/c/'"),
        ('cache_dir = ""\n', "cache_dir: expected a non-empty string, got ''"),
        ('reading_list = "x"\n', "reading_list: expected a table, got 'x'"),
        ("[reading_list]\nlayuot = 'page'\n", "reading_list.layuot: unknown key"),
        ("[reading_list]\nnav_order = 'x'\n", "reading_list.nav_order: expected a number"),
        ("max_authors = \n", "Invalid value (at line 1, column 15)"),
    ],
)
def test_a_bad_key_or_value_names_the_file_and_the_key(
    tmp_path: Path, text: str, message: str
) -> None:
    write(tmp_path, text)
    with pytest.raises(InputError, match="^" + str(tmp_path / "readlist.toml")) as err:
        read_config(tmp_path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_the_cli_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "site", "max_autors = 3\n")
    run = readlist("show", "site", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith("error: site/readlist.toml: unknown key 'max_autors'")
    assert run.stderr.count("\n") == 1


def test_a_files_site_is_the_nearest_folder_with_a_config(tmp_path: Path) -> None:
    site = write(tmp_path / "site", "")
    (site / "_modules").mkdir()
    page = site / "_modules" / "week-01.md"
    page.write_text("x", encoding="utf-8")
    assert site_root(page).resolve() == site.resolve()
    assert site_root(site) == site
    assert site_root(site / "_modules").resolve() == site.resolve()  # a folder of the site
    (tmp_path / "loose").mkdir()
    (tmp_path / "loose" / ".git").mkdir()  # the top of a repository: never looked above
    assert site_root(tmp_path / "loose" / "page.md") == tmp_path / "loose"


def test_the_same_answer_from_anywhere_and_no_stray_cache(tmp_path: Path) -> None:
    """The example's metadata is in its own cache/, found from any directory."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    inside = readlist("show", ".", "--json", cwd=EXAMPLE)
    outside = readlist("show", EXAMPLE, "--json", cwd=elsewhere)
    assert inside.returncode == outside.returncode == 0, outside.stderr
    titles = [
        r.get("metadata", {}).get("title")
        for lec in json.loads(outside.stdout)["lectures"]
        for r in lec["readings"]
    ]
    assert (
        "Alpa: Automating Inter- and Intra-Operator Parallelism for Distributed Deep"
        in " ".join(t or "" for t in titles)
    )
    assert (
        json.loads(inside.stdout)["lectures"][-1]["readings"]
        == json.loads(outside.stdout)["lectures"][-1]["readings"]
    )
    run = readlist("export", EXAMPLE, "--offline", "-o", "out.bib", cwd=elsewhere)
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == ["out.bib"]  # no cache/ here


def test_cache_dir_option_and_variable_override_the_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("cache"))
    write(site, 'cache_dir = "meta"\n')
    shutil.copytree(EXAMPLE / "cache", site / "meta")
    configured = readlist("export", site, "--offline", "-f", "csl-json", cwd=tmp_path)
    assert configured.returncode == 0, configured.stderr
    # the example's committed cache holds every source's answer: nothing is left
    assert configured.stderr == ""
    for args, env in ((["--cache-dir", tmp_path / "empty"], {}), ([], {"READLIST_CACHE_DIR": "e"})):
        run = readlist("export", site, "--offline", "-f", "csl-json", *args, cwd=tmp_path, **env)
        assert run.returncode == 0 and "not in the cache (offline)" in run.stderr


def test_several_paths_use_the_first_sites_configuration(tmp_path: Path) -> None:
    first = write(tmp_path / "first", "[reading_list]\ntitle = 'First'\n")
    second = write(tmp_path / "second", "[reading_list]\ntitle = 'Second'\n")
    for site in (first, second):
        shutil.copytree(EXAMPLE / "_modules", site / "_modules")
        shutil.copy(EXAMPLE / "_config.yml", site)
    run = readlist("export", first, second, "--offline", "-f", "markdown", cwd=tmp_path)
    assert run.returncode == 0
    assert "\ntitle: First\n" in run.stdout and "Second" not in run.stdout


def test_a_file_of_the_site_finds_the_sites_cache(tmp_path: Path) -> None:
    page = EXAMPLE / "_modules" / "week-10.md"
    run = readlist("show", page, "--json", cwd=tmp_path)
    readings = [r for lec in json.loads(run.stdout)["lectures"] for r in lec["readings"]]
    assert any("metadata" in r for r in readings)


def test_the_readme_shows_the_examples_configuration(tmp_path: Path) -> None:
    readme = (EXAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert block is not None
    shown = read_config(write(tmp_path, block.group(1)))
    assert shown == read_config(EXAMPLE)  # the same values (root aside)


def test_configured_exclude_joins_the_command_lines(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site)
    write(site, 'exclude = ["_modules/week-10.md"]\n')
    run = readlist("show", site, "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    keys = [lecture["key"] for lecture in json.loads(run.stdout)["lectures"]]
    assert "Mar 11" not in keys and "Mar 6" in keys
    both = readlist("show", site, "--json", "--exclude", "_modules/week-09.md", cwd=tmp_path)
    keys = [lecture["key"] for lecture in json.loads(both.stdout)["lectures"]]
    assert "Mar 11" not in keys and "Mar 6" not in keys and "Feb 28" in keys
