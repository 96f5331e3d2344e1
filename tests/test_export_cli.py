"""``readlist export``: formats, -o handling, errors before work, offline and online."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bibtexparser.entrypoint import parse_string
from export_helpers import EXAMPLE, fixture_metadata
from fakearxiv import FakeArxiv

from readlist.cache import Cache

GOLDEN = Path(__file__).parent / "golden"
SPARK_SQL_OFFLINE = (
    "warning: metadata: 1 work without metadata: not in the cache (offline) "
    "('readlist fetch --verbose' lists them)\n"
)


def readlist(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200"},
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
        "-o",
        "course.bib",
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert run.stderr == SPARK_SQL_OFFLINE  # the one DOI link: Crossref is not asked offline
    text = (tmp_path / "course.bib").read_text(encoding="utf-8")
    assert text == (GOLDEN / "dsc204a-w24.bib").read_text(encoding="utf-8")
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
            *extra,
            cwd=tmp_path,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout == (GOLDEN / "dsc204a-w24.json").read_text(encoding="utf-8")


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
        "error: unknown format 'ris'; known formats: bibtex, biblatex, csl-json, markdown, html\n"
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
    assert run.stderr == (  # one line, not one per work (9 arXiv ids and a DOI)
        "warning: metadata: 10 works without metadata: not in the cache (offline) "
        "('readlist fetch --verbose' lists them)\n"
    )


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
