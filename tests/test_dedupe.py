"""Readings -> works, the overlap report, and ``readlist overlap`` end to end."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from readlist import render
from readlist.cli import app
from readlist.dedupe import group_works, other_lectures, overlap, overlap_json
from readlist.model import Lecture, Reading, Requirement, Work

HERE = Path(__file__).parent
EXAMPLE = HERE.parent / "examples" / "dsc204a-w24"
CORPUS = HERE.parents[1] / "shared" / "corpus"
COURSES = sorted(p for p in CORPUS.glob("*") if (p / "expected.json").is_file())
SAME_PAPERS = json.loads((HERE / "data" / "corpus_same_papers.json").read_text("utf-8"))


def reading(
    url: str, *, text: str = "A paper", requirement: Requirement | None = None,
    link: str | None = None, line: int = 1,
) -> Reading:  # fmt: skip
    return Reading(text, text, url, url if link is None else link, requirement, line)


def lecture(key: str, *readings: Reading, source: str = "site", file: str = "a.md") -> Lecture:
    return Lecture(file=file, key=key, title=f"Lecture {key}", line=1, readings=readings,
                   source=source)  # fmt: skip


def by_id(works: tuple[Work, ...]) -> dict[str, Work]:
    return {work.id: work for work in works}


def test_every_arxiv_form_is_one_work_across_lectures_and_sites() -> None:
    works = group_works([
        lecture("Mar 11", reading("https://arxiv.org/pdf/2201.12023.pdf")),
        lecture("Mar 13", reading("https://arxiv.org/abs/2201.12023v2")),
        lecture("Jan 9", reading("https://export.arxiv.org/abs/2201.12023"), source="other"),
        lecture("Jan 10", reading("https://x.org/alpa.pdf", text="Alpa, arXiv:2201.12023v3")),
    ])  # fmt: skip
    assert [w.id for w in works] == ["arxiv:2201.12023"]
    work = works[0]
    assert work.arxiv_id == "2201.12023"
    assert work.identity.version is None
    assert [occ.identity.version for occ in work.occurrences] == [None, 2, None, 3]
    assert [lec.key for lec in work.lectures] == ["Mar 11", "Mar 13", "Jan 9", "Jan 10"]


def test_works_keep_order_of_first_appearance() -> None:
    works = group_works([
        lecture("1", reading("https://b.org/x"), reading("https://a.org/y")),
        lecture("2", reading("https://c.org/z"), reading("http://www.b.org/x/")),
    ])  # fmt: skip
    assert [w.id for w in works] == ["url:https://b.org/x", "url:https://a.org/y",
                                     "url:https://c.org/z"]  # fmt: skip
    assert len(works[0].occurrences) == 2


def test_two_sections_of_one_pdf_are_one_work() -> None:
    pdf = "https://www.cs.utexas.edu/~pingali/CSE392/2011sp/lectures/Conc_Comp.pdf"
    works = group_works([
        lecture("Jan 31", reading(pdf, text="Section 1-6", requirement="required"),
                reading(pdf, text="Section 7-10", requirement="optional")),
    ])  # fmt: skip
    assert len(works) == 1
    assert [occ.reading.text for occ in works[0].occurrences] == ["Section 1-6", "Section 7-10"]


def test_relative_links_belong_to_their_site() -> None:
    works = by_id(group_works([
        lecture("1", reading("notes/sel4.pdf"), source="cs262a"),
        lecture("2", reading("notes/sel4.pdf"), source="cs262a"),
        lecture("3", reading("notes/sel4.pdf"), source="dsc204a"),
    ]))  # fmt: skip
    assert set(works) == {"url:cs262a:notes/sel4.pdf", "url:dsc204a:notes/sel4.pdf"}
    assert len(works["url:cs262a:notes/sel4.pdf"].occurrences) == 2


def test_resolved_link_is_used_when_the_href_is_relative() -> None:
    resolved = "https://site.example/course/assets/spark.pdf"
    works = group_works([
        lecture("1", reading("assets/spark.pdf", link=resolved), source="a"),
        lecture("2", reading(resolved), source="b"),
    ])  # fmt: skip
    assert [w.id for w in works] == ["url:https://site.example/course/assets/spark.pdf"]


def test_the_href_as_written_wins_when_it_names_the_paper() -> None:
    works = group_works([
        lecture("1", reading("arxiv.org/abs/2201.12023", link="https://s.example/arxiv.org/abs/2201.12023")),
        lecture("2", reading("arXiv:2201.12023v1", link="arXiv:2201.12023v1")),
    ])  # fmt: skip
    assert [w.id for w in works] == ["arxiv:2201.12023"]


def test_hrefs_that_are_no_links_never_join_other_readings() -> None:
    works = group_works([
        lecture("1", reading("javascript:void(0)", line=3)),
        lecture("2", reading("javascript:void(0)", line=9)),
    ])  # fmt: skip
    assert len(works) == 2
    assert all(w.identity.scheme == "url" for w in works)


@given(st.lists(st.lists(st.sampled_from([
    "https://arxiv.org/abs/2201.12023", "https://arxiv.org/pdf/2201.12023v2.pdf", "notes/a.pdf",
    "https://a.org/x", "http://a.org/x/", "javascript:x", "", "https://doi.org/10.1/X",
    "https://dl.acm.org/doi/10.1/x",
]), max_size=6), max_size=5))  # fmt: skip
def test_every_reading_is_in_exactly_one_work(urls_per_lecture: list[list[str]]) -> None:
    lectures = [lecture(str(i), *(reading(u, line=j) for j, u in enumerate(urls)))
                for i, urls in enumerate(urls_per_lecture)]  # fmt: skip
    works = group_works(lectures)
    seen = [(id(o.lecture), id(o.reading)) for w in works for o in w.occurrences]
    expected = [(id(lec), id(r)) for lec in lectures for r in lec.readings]
    assert sorted(seen) == sorted(expected)
    assert len({w.id for w in works}) == len(works)


def _course_works() -> tuple[Work, ...]:
    shared = "https://arxiv.org/abs/1909.08053"
    return group_works([
        lecture("Mar 11", reading("https://a.org/once", requirement="required"),
                reading(shared, requirement="required"), reading(shared, requirement="required")),
        lecture("Mar 13", reading("https://b.org/twice", requirement="optional"),
                reading(shared, requirement="optional")),
        lecture("Mar 15", reading("https://b.org/twice"), reading(shared)),
        lecture("Mar 18", reading("https://c.org/req", requirement="required")),
        lecture("Mar 20", reading("https://c.org/req", requirement="required")),
        lecture("Mar 22", reading("https://c.org/req", requirement="required")),
    ])  # fmt: skip


def test_overlap_most_shared_first_with_stable_ties() -> None:
    found = overlap(_course_works())
    assert [(o.work.id, o.count) for o in found] == [
        ("arxiv:1909.08053", 3), ("url:https://c.org/req", 3), ("url:https://b.org/twice", 2),
    ]  # fmt: skip
    shared = found[0]
    assert [a.lecture.key for a in shared.appearances] == ["Mar 11", "Mar 13", "Mar 15"]
    assert [a.requirements for a in shared.appearances] == [("required",), ("optional",), (None,)]
    assert shared.mixed
    assert [lec.key for lec in shared.required_in] == ["Mar 11"]
    assert [lec.key for lec in shared.optional_in] == ["Mar 13"]
    assert not found[1].mixed and not found[2].mixed
    assert found[1].required_in == found[1].work.lectures and found[1].optional_in == ()


def test_overlap_filters() -> None:
    works = _course_works()
    assert [o.work.id for o in overlap(works, optional_only=True)] == [
        "arxiv:1909.08053", "url:https://b.org/twice",
    ]  # fmt: skip
    assert [o.work.id for o in overlap(works, min_lectures=3)] == [
        "arxiv:1909.08053", "url:https://c.org/req",
    ]  # fmt: skip
    assert len(overlap(works, min_lectures=1)) == 4
    assert overlap(works, min_lectures=4) == []


def test_a_lecture_listing_a_work_twice_counts_once() -> None:
    pdf = "https://x.org/Conc_Comp.pdf"
    works = group_works([
        lecture(key, reading(pdf, requirement="required"), reading(pdf, requirement="optional"))
        for key in ("Jan 31", "Feb 2")
    ])  # fmt: skip
    [found] = overlap(works, optional_only=True)
    assert found.count == 2
    assert [a.requirements for a in found.appearances] == [("required", "optional")] * 2
    assert [a.requirement for a in found.appearances] == ["required", "required"]
    assert not found.mixed, "required (in part) in both lectures"


def test_other_lectures() -> None:
    works = by_id(_course_works())
    shared = works["arxiv:1909.08053"]
    assert [lec.key for lec in other_lectures(shared, shared.lectures[1])] == ["Mar 11", "Mar 15"]


def test_overlap_json_shape() -> None:
    data = overlap_json(overlap(_course_works(), min_lectures=3)[:1])
    assert data == {
        "works": [{
            "work": "arxiv:1909.08053", "title": "A paper", "count": 3, "mixed": True,
            "lectures": [
                {"file": "a.md", "key": key, "title": f"Lecture {key}", "source": "site",
                 "requirement": req, "requirements": [req]}
                for key, req in (("Mar 11", "required"), ("Mar 13", "optional"), ("Mar 15", None))
            ],
        }]
    }  # fmt: skip


def test_render_overlap_fits_80_columns_and_prints_titles_literally(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    title = "[bold]Not bold[/bold] and a very long title " * 3
    works = group_works([
        lecture(key, reading("https://arxiv.org/abs/1909.08053", text=title, requirement=req),
                source=src)
        for key, req, src in (("Mar 11", "required", "x/a"), ("Mar 13", "optional", "y/a"))
    ])  # fmt: skip
    render.overlap(overlap(works), min_lectures=2, optional_only=False)
    out = capsys.readouterr().out
    assert "[bold]Not" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    flat = " ".join(out.split())
    assert "x/a Mar 11" in flat, "sites told apart by their shortest distinct path tail"
    assert "required in x/a Mar 11; optional in y/a Mar 13" in flat


def _gold_key(course: str, url: str) -> str:
    """The paper a url as written names, decided without readlist: arXiv id, alias or url."""
    arxiv = re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", url)
    if arxiv:
        return f"arxiv:{arxiv.group(1)}"
    for group in SAME_PAPERS["same_paper"]:
        if url in group:
            return group[0]
    return url if re.match(r"https?://", url) else f"{course}:{url}"


def _check_one_work_per_paper(pairs: list[tuple[str, str]]) -> None:
    """*pairs*: (gold paper key, work id) for every reading."""
    works_of: dict[str, set[str]] = defaultdict(set)
    papers_of: dict[str, set[str]] = defaultdict(set)
    for paper, work in pairs:
        works_of[paper].add(work)
        papers_of[work].add(paper)
    assert {p: w for p, w in works_of.items() if len(w) > 1} == {}, "a paper split in two works"
    assert {w: p for w, p in papers_of.items() if len(p) > 1} == {}, "two papers in one work"


def _expected_lectures(course: Path) -> list[Lecture]:
    data: dict[str, Any] = json.loads((course / "expected.json").read_text("utf-8"))
    return [
        lecture(lec["key"], *(reading(r["url"], text=r["text"], requirement=r["requirement"])
                              for r in lec["readings"]), source=course.name, file=lec["file"])
        for lec in data["lectures"]
    ]  # fmt: skip


@pytest.mark.skipif(not COURSES, reason="../shared/corpus is absent")
def test_gold_readings_of_all_corpus_sites_together_one_work_per_paper() -> None:
    lectures = [lec for course in COURSES for lec in _expected_lectures(course)]
    works = group_works(lectures)
    pairs = [(_gold_key(o.lecture.source, o.reading.url), w.id)
             for w in works for o in w.occurrences]  # fmt: skip
    assert len(pairs) == sum(len(lec.readings) for lec in lectures)
    _check_one_work_per_paper(pairs)
    shared = {w.id for w in works if len({o.lecture.source for o in w.occurrences}) > 1}
    assert {"arxiv:1712.05889", "arxiv:1909.08053"} <= shared


@pytest.mark.skipif(not COURSES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("together", [False, True], ids=["each-site", "all-sites"])
def test_extracted_corpus_one_work_per_paper(together: bool) -> None:
    from readlist.course import load_course

    sites = [course / "site" for course in COURSES]
    courses = [load_course([site]) for site in sites] if together is False else [
        load_course(sites)]  # fmt: skip
    names = {str(course / "site"): course.name for course in COURSES}
    for loaded in courses:
        pairs = [(_gold_key(names[o.lecture.source], o.reading.url), w.id)
                 for w in loaded.works for o in w.occurrences]  # fmt: skip
        assert pairs
        _check_one_work_per_paper(pairs)


def _run(*args: str, tmp_path: Path) -> Any:
    result = CliRunner().invoke(app, [*args, "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    return result


def test_cli_overlap_optional_json_on_the_bundled_course(tmp_path: Path) -> None:
    result = _run("overlap", "--optional", str(EXAMPLE), "--json", tmp_path=tmp_path)
    works = json.loads(result.stdout)["works"]
    counts = [w["count"] for w in works]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 2
    assert all(any(lec["requirement"] == "optional" or "optional" in lec["requirements"]
                   for lec in w["lectures"]) for w in works)  # fmt: skip
    alpa = next(w for w in works if w["work"] == "arxiv:2201.12023")
    assert [lec["key"] for lec in alpa["lectures"]] == ["Mar 11", "Mar 13", "Mar 15"]
    assert {lec["requirement"] for lec in alpa["lectures"]} == {"optional"}
    sections = next(w for w in works if w["work"].endswith("/Conc_Comp.pdf"))
    assert sections["count"] == 2, "listed twice per lecture, counted once"
    everything = json.loads(_run("overlap", str(EXAMPLE), "--json", tmp_path=tmp_path).stdout)
    assert len(everything["works"]) > len(works)


def test_cli_overlap_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = _run("overlap", "--optional", str(EXAMPLE), tmp_path=tmp_path).stdout
    assert "Alpa: Automating" in out and "arxiv:2201.12023" in out
    assert "optional readings in 2+ lectures" in out
    none = _run("overlap", str(EXAMPLE), "--min-lectures", "9", tmp_path=tmp_path).stdout
    assert "No work appears in 9 or more lectures." in none
