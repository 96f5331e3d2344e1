"""The course's overrides file: parsed with bibtexparser, matched to works, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from export_helpers import EXAMPLE, course_of, lecture, reading

from readlist.course import load_course
from readlist.model import Course
from readlist.overrides import MAX_BYTES, load_overrides, match_overrides, parse_overrides

SPARK = r"""
@inproceedings{DBLP:conf/sigmod/ArmbrustXLHLBMK15,
  author    = {Michael Armbrust and Quian{\'{e}}{-}Ruiz, Jorge{-}Arnulfo and others},
  title     = {Spark {SQL:} Relational Data Processing in Spark},
  booktitle = {Proceedings of the 2015 {ACM} {SIGMOD} International Conference},
  pages     = {1383--1394},
  year      = {2015},
  month     = may,
  doi       = {10.1145/2723372.2742797},
}
"""
OSTEP = r"""
@book{ostep,
  author    = {Arpaci-Dusseau, Remzi H. and Arpaci-Dusseau, Andrea C.},
  title     = {Operating Systems: Three Easy Pieces},
  publisher = {Arpaci-Dusseau Books},
  year      = {2018},
  url       = {http://pages.cs.wisc.edu/~remzi/OSTEP/},
}
"""
ALPA = r"""
@misc{alpa-preprint,
  author = {Lianmin Zheng}, title = {Alpa: Automating Parallelism}, year = {2022},
  eprint = {2201.12023v3}, archivePrefix = {arXiv},
}
"""


def test_entries_are_decoded_to_text_and_typed() -> None:
    found = parse_overrides(SPARK + OSTEP)
    assert found.problems == ()
    spark, ostep = (entry.metadata for entry in found.entries)
    assert spark.title == "Spark SQL: Relational Data Processing in Spark"
    assert spark.authors == ("Michael Armbrust", "Jorge-Arnulfo Quiané-Ruiz")
    assert (spark.type, spark.pages, spark.published) == (
        "paper-conference",
        "1383-1394",
        "2015-05",
    )
    assert spark.container == "Proceedings of the 2015 ACM SIGMOD International Conference"
    assert (spark.doi, spark.source, spark.key) == (
        "10.1145/2723372.2742797",
        "overrides",
        "DBLP:conf/sigmod/ArmbrustXLHLBMK15",
    )
    assert ostep.authors == ("Remzi H. Arpaci-Dusseau", "Andrea C. Arpaci-Dusseau")
    assert (ostep.type, ostep.publisher) == ("book", "Arpaci-Dusseau Books")
    assert ostep.url == "http://pages.cs.wisc.edu/~remzi/OSTEP/"  # ~ is no LaTeX space here


def test_a_broken_block_is_one_problem_and_the_rest_is_read(
    capfd: pytest.CaptureFixture[str],
) -> None:
    text = SPARK + "\n@book{broken,\n  title = {Unclosed\n" + OSTEP + "@misc{no title, year=2020}\n"
    found = parse_overrides(text, "site/readlist.bib")
    assert [entry.key for entry in found.entries] == ["DBLP:conf/sigmod/ArmbrustXLHLBMK15", "ostep"]
    messages = [str(problem) for problem in found.problems]
    assert messages[0] == "site/readlist.bib:12: entry not read: it does not parse as BibTeX"
    assert "'no title' not used" in messages[-1]
    assert capfd.readouterr().err == ""  # bibtexparser's own log lines are not printed


def course() -> Course:
    return course_of(
        lecture(
            "Feb 5",
            "Storage",
            reading("Spark SQL", "https://dl.acm.org/doi/pdf/10.1145/2723372.2742797"),
            reading("OSTEP", "https://pages.cs.wisc.edu/~remzi/OSTEP", line=2),
            reading("Alpa", "https://arxiv.org/abs/2201.12023", line=3),
            reading("5.1 - Operating Systems: Three Easy Pieces", "https://x.org/a.pdf", line=4),
            reading("Spark SQL", "https://example.org/spark.pdf", line=5),
            reading("A blog", "https://example.org/blog", line=6),
        )
    )


def test_matched_by_doi_url_eprint_title_and_name() -> None:
    works = course().works
    found, unused = match_overrides(works, parse_overrides(SPARK + OSTEP + ALPA))
    keys = [found[work.id].key if work.id in found else None for work in works]
    assert keys == [
        "DBLP:conf/sigmod/ArmbrustXLHLBMK15",  # the DOI in an ACM link
        "ostep",  # the URL, spelled otherwise
        "alpa-preprint",  # the eprint
        "ostep",  # the title, without course numbering
        "DBLP:conf/sigmod/ArmbrustXLHLBMK15",  # the name before the title's colon
        None,
    ]
    assert unused == ()


def test_a_name_two_entries_share_matches_neither() -> None:
    other = SPARK.replace("ArmbrustXLHLBMK15", "Other").replace("Relational", "Other")
    works = course().works
    found, _ = match_overrides(works, parse_overrides(other.replace("doi ", "x ") + SPARK))
    assert works[4].id not in found  # "Spark SQL" names both entries
    assert works[0].id in found  # the DOI still decides


def test_entries_no_work_matches_are_returned() -> None:
    stray = "@book{stray, title = {Nobody Reads This}, author = {A. B.}, year = 2001}"
    _, unused = match_overrides(course().works, parse_overrides(OSTEP + stray))
    assert [entry.key for entry in unused] == ["stray"]
    assert unused[0].line == 9


def test_unusable_files_are_one_problem(tmp_path: Path) -> None:
    assert load_overrides(tmp_path / "absent.bib").entries == ()
    fifo = tmp_path / "fifo.bib"
    os.mkfifo(fifo)
    big = tmp_path / "big.bib"
    big.write_text("%" * (MAX_BYTES + 1))
    zero = tmp_path / "zero.bib"
    zero.symlink_to("/dev/zero")
    for path in (fifo, big, zero, tmp_path):
        found = load_overrides(path)
        assert len(found.problems) == 1 and found.entries == ()
        assert "overrides file not read" in found.problems[0].message


def test_the_example_overrides_cover_its_books_and_chapters() -> None:
    works = load_course([EXAMPLE]).works
    found, unused = match_overrides(works, load_overrides(EXAMPLE / "readlist.bib"))
    assert unused == ()
    titles = {work.title: found[work.id].title for work in works if work.id in found}
    assert titles["OSTEP Chapter 4"] == "The Abstraction: The Process"
    assert titles["Above the Clouds: A Berkeley View of Cloud Computing"].startswith("Above")
    assert "The Google File System" not in titles  # papers are the services' job


def test_check_reports_an_override_no_reading_matches(tmp_path: Path) -> None:
    import shutil

    from test_cache_cli import readlist

    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site)
    with (site / "readlist.bib").open("a", encoding="utf-8") as bib:
        bib.write("\n@book{stray, title = {Nobody Reads This}, year = 2001}\n")
    run = readlist("check", site, "--offline", "--json", "--cache-dir", tmp_path / "cache")
    assert "Traceback" not in run.stderr and run.returncode == 1
    (finding,) = [f for f in json.loads(run.stdout)["findings"] if f["code"] == "override-unused"]
    assert finding["level"] == "warning" and finding["file"].endswith("readlist.bib")
    assert "stray" in finding["message"] and finding["line"] > 1
    other = readlist("check", site, "--offline", "--overrides", "other.bib", "--cache-dir", site)
    assert "matches no reading" not in other.stdout + other.stderr
