"""Exports of works a bibliographic source vouches for: DBLP, Crossref, the overrides,
and an arXiv paper's published version (issue 11), plus issue 14's export rough edges.

Records are written by hand below; the expected entries are written from them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from bibtexparser.entrypoint import parse_string
from export_helpers import CSL_SCHEMA, citeproc, course_of, fixture_metadata, lecture, reading

from readlist.course import show_json
from readlist.export import ExportOptions, export
from readlist.model import Course, Metadata

GFS_URL = "https://static.googleusercontent.com/media/research.google.com/archive/gfs-sosp2003.pdf"
GFS = Metadata(
    arxiv_id="",
    source="dblp",
    title="The Google file system",
    authors=("Sanjay Ghemawat", "Howard Gobioff", "Shun-Tak Leung"),
    published="2003",
    type="paper-conference",
    venue="SOSP",
    container="Proceedings of the 19th ACM Symposium on Operating Systems Principles",
    pages="29-43",
    doi="10.1145/945445.945450",
    url="https://doi.org/10.1145/945445.945450",
    record="conf/sosp/GhemawatGL03",
)
BIGTABLE_TOCS = Metadata(
    arxiv_id="",
    source="crossref",
    title="Bigtable: A Distributed Storage System for Structured Data",
    authors=("Fay Chang", "Jeffrey Dean"),
    published="2008-06",
    type="article-journal",
    venue="ACM Trans. Comput. Syst.",
    container="ACM Transactions on Computer Systems",
    volume="26",
    number="2",
    pages="1-26",
    doi="10.1145/1365815.1365816",
    record="10.1145/1365815.1365816",
)
OSTEP = Metadata(
    arxiv_id="",
    source="overrides",
    title="Operating Systems: Three Easy Pieces",
    authors=("Remzi H. Arpaci-Dusseau", "Andrea C. Arpaci-Dusseau"),
    published="2018",
    type="book",
    publisher="Arpaci-Dusseau Books",
    key="arpaci-dusseau:ostep",
)
CLOUDS = Metadata(
    arxiv_id="",
    source="overrides",
    title="Above the Clouds: A Berkeley View of Cloud Computing",
    authors=("Michael Armbrust", "Armando Fox"),
    published="2009-02-10",
    type="report",
    publisher="EECS Department, University of California, Berkeley",
    number="UCB/EECS-2009-28",
    key="Armbrust:EECS-2009-28",
)
NO_VENUE = Metadata(
    arxiv_id="",
    source="dblp",
    title="A Paper Without Its Proceedings",
    authors=("Ann Lee",),
    published="2020",
    type="paper-conference",
)


def course_with(*pairs: tuple[str, str, Metadata | None]) -> Course:
    """One lecture reading each (link text, url); metadata attached by position."""
    readings = [reading(text, url, line=n) for n, (text, url, _) in enumerate(pairs, 1)]
    base = course_of(lecture("Feb 5", "Storage", *readings))
    metadata = {
        work.id: meta
        for work, (_, _, meta) in zip(base.works, pairs, strict=True)
        if meta is not None
    }
    return Course(sites=base.sites, works=base.works, metadata=metadata)


def entries(course: Course, fmt: str, **options: Any) -> dict[str, tuple[str, dict[str, str]]]:
    library = parse_string(export(course, fmt, ExportOptions(**options)))
    assert not library.failed_blocks
    return {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}


def csl(course: Course, **options: Any) -> dict[str, dict[str, Any]]:
    data = json.loads(export(course, "csl-json", ExportOptions(**options)))
    jsonschema.Draft7Validator(json.loads(CSL_SCHEMA.read_text(encoding="utf-8"))).validate(data)
    return {item["id"]: item for item in data}


def storage_course() -> Course:
    return course_with(
        ("The Google File System", GFS_URL, GFS),
        ("Bigtable (TOCS)", "https://dl.acm.org/doi/10.1145/1365815.1365816", BIGTABLE_TOCS),
        ("OSTEP Chapter 4", "https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-intro.pdf", OSTEP),
        ("Above the Clouds", "https://www2.eecs.berkeley.edu/Pubs/TechRpts/2009/x.pdf", CLOUDS),
        ("Its proceedings are unknown", "https://example.org/p.pdf", NO_VENUE),
    )


def test_bibtex_entry_types_and_fields_follow_the_source() -> None:
    found = entries(storage_course(), "bibtex")
    kind, gfs = found["ghemawat2003google"]
    assert kind == "inproceedings"
    assert gfs["author"] == "Ghemawat, Sanjay and Gobioff, Howard and Leung, Shun-Tak"
    assert gfs["booktitle"] == (
        "Proceedings of the 19th ACM Symposium on Operating Systems Principles"
    )
    assert (gfs["pages"], gfs["year"], gfs["doi"]) == ("29--43", "2003", "10.1145/945445.945450")
    assert "note" not in gfs and "howpublished" not in gfs and "month" not in gfs
    kind, tocs = found["chang2008bigtable"]
    assert kind == "article"
    assert tocs["journal"] == "ACM Transactions on Computer Systems"
    assert (tocs["volume"], tocs["number"], tocs["pages"]) == ("26", "2", "1--26")
    assert tocs["month"] == "jun"
    kind, book = found["arpaci-dusseau:ostep"]
    assert kind == "book" and book["publisher"] == "Arpaci-Dusseau Books"
    kind, report = found["Armbrust:EECS-2009-28"]
    assert kind == "techreport"
    assert report["institution"] == "EECS Department, University of California, Berkeley"
    assert report["number"] == "UCB/EECS-2009-28"


def test_a_type_without_the_fields_it_requires_is_misc() -> None:
    kind, paper = entries(storage_course(), "bibtex")["lee2020paper"]
    assert kind == "misc" and "booktitle" not in paper and paper["year"] == "2020"


def test_biblatex_names_and_links() -> None:
    found = entries(storage_course(), "biblatex")
    kind, gfs = found["ghemawat2003google"]
    assert kind == "inproceedings" and gfs["date"] == "2003"
    assert "url" not in gfs  # the DOI links the work
    kind, tocs = found["chang2008bigtable"]
    assert kind == "article" and tocs["journaltitle"].endswith("Transactions on Computer Systems")
    assert tocs["date"] == "2008-06"
    kind, report = found["Armbrust:EECS-2009-28"]
    assert (kind, report["type"], report["date"]) == ("report", "techreport", "2009-02-10")
    assert report["institution"].startswith("EECS Department")


def test_csl_types_and_container() -> None:
    items = csl(storage_course())
    gfs = items["ghemawat2003google"]
    assert gfs["type"] == "paper-conference"
    assert gfs["container-title"].startswith("Proceedings of the 19th ACM")
    assert (gfs["page"], gfs["DOI"]) == ("29-43", "10.1145/945445.945450")
    assert gfs["issued"] == {"date-parts": [[2003]]}
    tocs = items["chang2008bigtable"]
    assert (tocs["type"], tocs["volume"], tocs["issue"]) == ("article-journal", "26", "2")
    assert tocs["issued"] == {"date-parts": [[2008, 6]]}
    assert items["arpaci-dusseau:ostep"]["type"] == "book"
    assert items["arpaci-dusseau:ostep"]["publisher"] == "Arpaci-Dusseau Books"
    assert items["Armbrust:EECS-2009-28"]["type"] == "report"
    assert items["Armbrust:EECS-2009-28"]["number"] == "UCB/EECS-2009-28"


def test_an_override_key_is_kept_and_no_other_work_takes_it() -> None:
    twin = Metadata(arxiv_id="", source="dblp", title="Ostep", authors=("A Arpaci-Dusseau:",))
    course = course_with(
        ("OSTEP", "https://pages.cs.wisc.edu/~remzi/OSTEP/", OSTEP),
        ("Again", "https://example.org/again", OSTEP),
        ("Ostep", "https://example.org/x", twin),
    )
    keys = list(entries(course, "bibtex"))
    assert keys[0] == "arpaci-dusseau:ostep"
    assert len(set(map(str.casefold, keys))) == 3


ALPA = fixture_metadata()["2201.12023"]
ALPA_OSDI = Metadata(
    arxiv_id="",
    source="dblp",
    title="Alpa: Automating Inter- and Intra-Operator Parallelism for Distributed Deep Learning",
    authors=("Lianmin Zheng", "Zhuohan Li"),
    published="2022",
    type="paper-conference",
    venue="OSDI",
    container="16th USENIX Symposium on Operating Systems Design and Implementation",
    pages="559-578",
    url="https://www.usenix.org/conference/osdi22/presentation/zheng-lianmin",
)


def alpa_course() -> Course:
    from dataclasses import replace

    meta = replace(ALPA, published_as=ALPA_OSDI)
    return course_with(("5.3 - Alpa", "https://arxiv.org/abs/2201.12023", meta))


def test_an_arxiv_paper_is_cited_as_published_keeping_its_eprint() -> None:
    kind, alpa = entries(alpa_course(), "bibtex")["zheng2022alpa"]
    assert kind == "inproceedings"
    assert alpa["booktitle"].startswith("16th USENIX Symposium")
    assert (alpa["pages"], alpa["year"]) == ("559--578", "2022")
    assert (alpa["eprint"], alpa["archivePrefix"]) == ("2201.12023", "arXiv")
    assert "howpublished" not in alpa
    assert alpa["url"] == ALPA_OSDI.url
    kind, latex = entries(alpa_course(), "biblatex")["zheng2022alpa"]
    assert kind == "inproceedings" and latex["eprint"] == "2201.12023"
    assert "pubstate" not in latex
    item = csl(alpa_course())["zheng2022alpa"]
    assert item["type"] == "paper-conference" and "publisher" not in item


def test_prefer_arxiv_cites_the_preprint_with_the_same_key() -> None:
    kind, alpa = entries(alpa_course(), "bibtex", prefer="arxiv")["zheng2022alpa"]
    assert kind == "misc" and alpa["howpublished"] == "arXiv:2201.12023 [cs.LG]"
    assert "booktitle" not in alpa
    assert csl(alpa_course(), prefer="arxiv")["zheng2022alpa"]["type"] == "article"


def test_biblatex_links_an_arxiv_preprint_once_by_its_eprint() -> None:
    course = course_with(("Alpa", "https://arxiv.org/abs/2201.12023", ALPA))
    _, alpa = entries(course, "biblatex")["zheng2022alpa"]
    assert alpa["eprint"] == "2201.12023"
    assert "doi" not in alpa and "url" not in alpa
    _, bibtex = entries(course, "bibtex")["zheng2022alpa"]
    assert bibtex["doi"] == "10.48550/arXiv.2201.12023"  # BibTeX styles ignore eprint


def test_biblatex_keeps_the_url_when_nothing_else_links_the_work() -> None:
    course = course_with(("Raft", "https://raft.github.io/", None))
    _, raft = entries(course, "biblatex")["raft"]
    assert raft["url"] == "https://raft.github.io/"


def test_no_notes_drops_the_unverified_note() -> None:
    course = course_with(("Raft", "https://raft.github.io/", None))
    assert entries(course, "bibtex")["raft"][1]["note"].startswith("Metadata unverified")
    for fmt in ("bibtex", "biblatex"):
        assert "note" not in entries(course, fmt, notes=False)["raft"][1]
    assert "note" not in csl(course, notes=False)["raft"]


def test_an_unverified_title_keeps_no_course_numbering() -> None:
    course = course_with(("5.3 - AWQ", "https://example.org/awq.pdf", None))
    _, awq = entries(course, "bibtex")["awq"]
    assert awq["title"] == "{AWQ}"
    assert csl(course)["awq"]["title"] == "AWQ"


def test_show_json_metadata_names_venue_type_doi_and_source() -> None:
    course = storage_course()
    lec = course.lectures[0]
    document = show_json(course, [(lec, lec.readings)])
    gfs = document["lectures"][0]["readings"][0]["metadata"]
    assert gfs["title"] == "The Google file system"
    assert gfs["authors"] == ["Sanjay Ghemawat", "Howard Gobioff", "Shun-Tak Leung"]
    assert (gfs["year"], gfs["venue"], gfs["type"]) == (2003, "SOSP", "paper-conference")
    assert (gfs["doi"], gfs["source"]) == ("10.1145/945445.945450", "dblp")
    alpa = alpa_course()
    lec = alpa.lectures[0]
    meta = show_json(alpa, [(lec, lec.readings)])["lectures"][0]["readings"][0]["metadata"]
    assert (meta["source"], meta["arxiv_id"]) == ("arxiv", "2201.12023")
    assert meta["published_as"]["venue"] == "OSDI"


def test_pandoc_cites_every_published_entry(tmp_path: Path) -> None:
    pypandoc = pytest.importorskip("pypandoc")
    pandoc = str(pypandoc.get_pandoc_path())
    course = storage_course()
    for fmt, name in (("bibtex", "c.bibtex"), ("biblatex", "c.bib"), ("csl-json", "c.json")):
        bibliography = tmp_path / name
        bibliography.write_text(export(course, fmt, ExportOptions()), encoding="utf-8")
        keys = list(csl(course))
        document = tmp_path / "doc.md"
        document.write_text("Readings: [" + "; ".join(f"@{k}" for k in keys) + "].\n")
        run = citeproc(pandoc, document, bibliography)
        assert (run.returncode, run.stderr) == (0, "")
        assert run.stdout.count('class="csl-entry"') == len(keys)
        assert "Proceedings of the 19th ACM Symposium" in run.stdout
