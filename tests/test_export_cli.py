"""``readlist export``: formats, -o handling, errors before work, offline and online."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from bibtexparser.entrypoint import parse_string
from export_helpers import EXAMPLE, fixture_metadata
from fakearxiv import FakeArxiv
from fakebiblio import environment as services_env

from readlist.cache import Cache
from readlist.model import Metadata

GOLDEN = Path(__file__).parent / "golden"
SITE_URL = "https://hao-ai-lab.github.io/dsc204a-w24/"
"""The example's readlist.toml base_url: the CLI makes the site's own links absolute."""
ALL_AUTHORS = ("--max-authors", "1000")
"""The goldens list every author; the example's readlist.toml cuts at ten."""
ARXIV_ONLY_OFFLINE = (
    "warning: 16 works exported without metadata: not in the cache (offline); "
    "--verbose lists them\n"
)
"""An arXiv-only cache, offline: the DOI link (Crossref) and the 15 other papers
(DBLP) of the example are not in it."""


def golden(name: str) -> str:
    text = (GOLDEN / name).read_text(encoding="utf-8")
    return text.replace("/dsc204a-w24/assets/", SITE_URL + "assets/")


def readlist(
    *args: str | Path, cwd: Path, umask: int = -1, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI in *cwd* (under *umask*, with more environment *env* when given)."""
    return subprocess.run(
        [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", **services_env(), **(env or {})},
        umask=umask,
    )


def filled_cache(directory: Path) -> Path:
    cache = Cache(directory)
    for meta in fixture_metadata().values():
        cache.put(meta)
    return directory


def test_offline_export_from_the_cache_writes_the_file_and_nothing_on_stdout(
    tmp_path: Path,
) -> None:
    cache = filled_cache(tmp_path / "cache")
    run = readlist(
        "export",
        EXAMPLE,
        "--offline",
        "--cache-dir",
        cache,
        "--format",
        "bibtex",
        *ALL_AUTHORS,
        "-o",
        "course.bib",
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert run.stderr == ARXIV_ONLY_OFFLINE
    text = (tmp_path / "course.bib").read_text(encoding="utf-8")
    assert text == golden("dsc204a-w24.bib")
    saved = json.loads((cache / "keys.json").read_text(encoding="utf-8"))["keys"]
    assert saved["arxiv:2201.12023"] == "zheng2022alpa"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".course.bib")]  # no temp left


def test_stdout_when_no_file_or_dash(tmp_path: Path) -> None:
    cache = filled_cache(tmp_path / "cache")
    for extra in ([], ["-o", "-"]):
        run = readlist(
            "export",
            EXAMPLE,
            "--offline",
            "--cache-dir",
            cache,
            "-f",
            "csl-json",
            *ALL_AUTHORS,
            *extra,
            cwd=tmp_path,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout == golden("dsc204a-w24.json")


def test_unknown_format_lists_the_known_ones_before_any_work(tmp_path: Path) -> None:
    run = readlist(
        "export",
        tmp_path / "no-such-site",
        "--offline",
        "--cache-dir",
        tmp_path / "cache",
        "-f",
        "ris",
        cwd=tmp_path,
    )
    assert run.returncode == 2
    assert run.stderr == (
        "error: unknown format 'ris'; "
        "known formats: bibtex, biblatex, csl-json, markdown, html, jekyll\n"
    )
    assert not (tmp_path / "cache").exists()


def test_unwritable_output_fails_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "a-directory").mkdir()
    for target in (tmp_path / "missing-dir" / "out.bib", tmp_path / "a-directory"):
        run = readlist("export", tmp_path / "no-such-site", "--offline", "-o", target, cwd=tmp_path)
        assert run.returncode == 2
        assert run.stderr.startswith(f"error: cannot write {target}: ")
        assert run.stderr.count("\n") == 1 and "no-such-site" not in run.stderr


def test_a_failed_export_leaves_an_existing_file_alone(tmp_path: Path) -> None:
    cache = filled_cache(tmp_path / "cache")
    (cache / "keys.json").write_text("{broken", encoding="utf-8")
    out = tmp_path / "course.bib"
    out.write_text("previous\n", encoding="utf-8")
    run = readlist("export", EXAMPLE, "--offline", "--cache-dir", cache, "-o", out, cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1].startswith("error: cannot read citation keys")
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_offline_without_metadata_still_exports_every_work_and_warns(tmp_path: Path) -> None:
    run = readlist(
        "export",
        EXAMPLE,
        "--offline",
        "--cache-dir",
        tmp_path / "empty",
        "-f",
        "biblatex",
        cwd=tmp_path,
    )
    assert run.returncode == 0
    library = parse_string(run.stdout)
    assert not library.failed_blocks and len(library.entries) == 41
    assert "arxiv2201.12023" in library.entries_dict
    assert run.stderr == (
        "warning: 25 works exported without metadata: not in the cache (offline); "
        "--verbose lists them\n"
    )


def test_verbose_lists_each_work_without_metadata(tmp_path: Path) -> None:
    run = readlist("export", EXAMPLE, "--offline", "--cache-dir", tmp_path, "-v", cwd=tmp_path)
    assert run.returncode == 0
    lines = run.stderr.splitlines()
    # 9 arXiv papers, a DOI and 15 papers for DBLP; the 14 overrides need no cache
    assert len(lines) == 26 and lines[-1].startswith("warning: 25 works exported without")
    assert "--verbose" not in lines[-1]
    assert (
        "warning: examples/dsc204a-w24/_modules/week-08.md:12: arxiv:1712.05889: "
        "not in the cache (offline)"
    ) in [line.replace(str(EXAMPLE.parents[1]) + "/", "") for line in lines]


def test_online_export_fetches_what_the_cache_lacks(tmp_path: Path, fake_arxiv: FakeArxiv) -> None:
    cache = tmp_path / "cache"
    run = readlist(
        "export",
        EXAMPLE,
        "--cache-dir",
        cache,
        "--arxiv-url",
        fake_arxiv.url,
        "--arxiv-delay",
        "0",
        "-f",
        "markdown",
        "--ascii",
        "-o",
        "list.md",
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "list.md").read_text(encoding="utf-8")
    assert "Zheng et al. (2022)" in page and "not fetched" not in page
    assert (cache / "2201.12023.json").exists()


def test_the_summary_counts_each_reason(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    ids = ["2201.12023", "2404.99999", "2404.99998", "2404.88888"]
    links = "".join(f"* [Paper {i}](https://arxiv.org/abs/{i})\n" for i in ids)
    (site / "week.md").write_text(f"## Lecture 1 (Jan 9): All\n\n{links}", encoding="utf-8")
    cache = tmp_path / "cache"
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")  # a fresh "missing"
    for i in ids[:3]:  # arXiv knows the first only; the others are remembered as missing
        missing = Metadata(arxiv_id=i, status="missing", fetched=now)
        Cache(cache).put(fixture_metadata().get(i) or missing)
    run = readlist("export", site, "--offline", "--cache-dir", cache, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stderr == (
        "warning: 3 works exported without metadata: arXiv has no paper with this id (2), "
        "not in the cache (offline) (1); --verbose lists them\n"
    )


def test_concurrent_cli_exports_on_one_cache_give_distinct_stable_keys(tmp_path: Path) -> None:
    sites = []
    for n in range(4):
        site = tmp_path / f"site{n}"
        site.mkdir()
        links = "".join(f"* [Same Reading Title](https://e.org/{n}/{i}.pdf)\n" for i in range(3))
        (site / "week.md").write_text(f"## Lecture 1 (Jan 9): All\n\n{links}", encoding="utf-8")
        sites.append(site)
    cache = tmp_path / "cache"

    def export_all() -> list[subprocess.CompletedProcess[str]]:
        with ThreadPoolExecutor(len(sites)) as pool:
            jobs = [
                pool.submit(readlist, "export", s, "--offline", "--cache-dir", cache, cwd=tmp_path)
                for s in sites
            ]
            return [job.result() for job in jobs]

    assert all(run.returncode == 0 for run in export_all())
    saved = json.loads((cache / "keys.json").read_text(encoding="utf-8"))["keys"]
    assert len(saved) == 12 and len(set(saved.values())) == 12
    before = (cache / "keys.json").read_bytes()
    again = export_all()
    assert (cache / "keys.json").read_bytes() == before
    for site, run in zip(sites, again, strict=True):
        entries = parse_string(run.stdout).entries_dict
        assert {e.fields_dict["url"].value: key for key, e in entries.items()} == {
            url: saved[f"url:{url}"]
            for url in (f"https://e.org/{site.name[4:]}/{i}.pdf" for i in range(3))
        }


def test_no_notes_and_prefer_reach_the_export(tmp_path: Path) -> None:
    cache = filled_cache(tmp_path / "cache")
    args = ("export", EXAMPLE, "--offline", "--cache-dir", cache, "-f", "biblatex")
    noted = readlist(*args, cwd=tmp_path)
    assert "Metadata unverified" in noted.stdout
    quiet = readlist(*args, "--no-notes", "--prefer", "arxiv", cwd=tmp_path)
    assert quiet.returncode == 0, quiet.stderr
    assert "Metadata unverified" not in quiet.stdout
    assert "@online{zheng2022alpa," in quiet.stdout
    wrong = readlist(*args, "--prefer", "journal", cwd=tmp_path)
    assert wrong.returncode == 2 and "'journal' is not one of" in wrong.stderr
