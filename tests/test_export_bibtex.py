"""BibTeX and biblatex: entries built from records, read back with bibtexparser."""

from __future__ import annotations

from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string
from bibtexparser.library import Library
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from export_helpers import arxiv, course_of, fixture_metadata, lecture, reading, with_metadata

from readlist.errors import ExportError
from readlist.export import ExportOptions, export
from readlist.export.bibtex import bibtex_names
from readlist.export.latex import latex_text
from readlist.export.names import split_name
from readlist.model import Course, Metadata

DATA = Path(__file__).parent / "data" / "export"
META = fixture_metadata()


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def parsed(text: str) -> Library:
    library = parse_string(text)
    assert not library.failed_blocks
    return library


def fields(text: str, key: str) -> dict[str, str]:
    entry = parsed(text).entries_dict[key]
    return {field.key: field.value for field in entry.fields}


def alpa_course(**changes: object) -> Course:
    meta = with_metadata(META["2201.12023"], **changes)
    return course_of(
        lecture("Mar 11", "ML System - 2", arxiv("2201.12023", "optional")),
        lecture("Mar 13", "ML System - 3", arxiv("2201.12023", "required")),
        metadata={"2201.12023": meta},
    )


@pytest.mark.parametrize(("given", "expected"), rows("latex_titles.tsv"))
def test_title_escaping_protection_and_math(given: str, expected: str) -> None:
    assert latex_text(given, title=True) == expected


@pytest.mark.parametrize(("given", "bibtex", "parts"), rows("names.tsv"))
def test_names_split_and_read_back_the_same_by_bibtex_rules(
    given: str, bibtex: str, parts: str
) -> None:
    name = split_name(given)
    assert bibtex_names((name,), ExportOptions()) == bibtex
    if parts == "literal":
        assert name.literal == given
        return
    family, first, particle, suffix = parts.split("|")
    assert (name.family, name.given, name.particle, name.suffix) == (
        family,
        first,
        particle,
        suffix,
    )
    read = parse_single_name_into_parts(bibtex)
    assert " ".join(read.von) == particle
    assert " ".join(read.jr) == suffix
    assert " ".join(read.first) == first


def test_arxiv_work_is_a_misc_entry_with_first_version_date_and_eprint() -> None:
    text = export(alpa_course(), "bibtex", ExportOptions())
    entry = parsed(text).entries[0]
    assert (entry.entry_type, entry.key) == ("misc", "zheng2022alpa")
    got = fields(text, "zheng2022alpa")
    assert got["author"].startswith("Zheng, Lianmin and Li, Zhuohan and ")
    assert got["author"].endswith("Gonzalez, Joseph E. and Stoica, Ion")
    assert got["title"] == (
        "{Alpa}: Automating Inter- and Intra-Operator Parallelism for Distributed Deep Learning"
    )
    assert (got["year"], got["month"]) == ("2022", "jan")  # v1: 28 Jan 2022, not v3
    assert got["eprint"] == "2201.12023"
    assert (got["archivePrefix"], got["primaryClass"]) == ("arXiv", "cs.LG")
    assert got["doi"] == "10.48550/arXiv.2201.12023"
    assert got["url"] == "https://arxiv.org/abs/2201.12023"
    assert got["howpublished"] == "arXiv:2201.12023 [cs.LG]"
    assert got["keywords"] == "required, optional"
    assert got["annote"] == (
        "Read in Mar 11: ML System - 2 (optional); Mar 13: ML System - 3 (required)."
    )
    assert "abstract" not in got and "note" not in got
    assert "month         = jan," in text  # a month macro, not the string {jan}


def test_biblatex_uses_online_eprinttype_and_iso_date() -> None:
    got = fields(export(alpa_course(), "biblatex", ExportOptions()), "zheng2022alpa")
    assert got["date"] == "2022-01-28"
    assert (got["eprinttype"], got["eprintclass"], got["pubstate"]) == (
        "arXiv",
        "cs.LG",
        "preprint",
    )
    assert "archivePrefix" not in got and "howpublished" not in got and "year" not in got
    assert got["annotation"].startswith("Read in Mar 11")
    text = export(alpa_course(), "biblatex", ExportOptions())
    assert parsed(text).entries[0].entry_type == "online"


def test_journal_doi_replaces_the_arxiv_doi_and_journal_ref_is_the_note() -> None:
    course = alpa_course(doi="10.5555/3571885.3571930", journal_ref="OSDI 2022, pp. 559-578")
    got = fields(export(course, "bibtex", ExportOptions()), "zheng2022alpa")
    assert got["doi"] == "10.5555/3571885.3571930"
    assert got["note"] == "OSDI 2022, pp. 559-578"


def test_max_authors_ends_with_and_others() -> None:
    got = fields(export(alpa_course(), "bibtex", ExportOptions(max_authors=2)), "zheng2022alpa")
    assert got["author"] == "Zheng, Lianmin and Li, Zhuohan and others"


def test_abstract_only_on_request_and_percent_escaped() -> None:
    gpipe = course_of(lecture("Mar 11", "ML", arxiv("1811.06965")), metadata=META)
    text = export(gpipe, "bibtex", ExportOptions(abstracts=True))
    abstract = fields(text, "huang2018gpipe")["abstract"]
    assert "84.4\\%" in abstract and "84.4%" not in abstract.replace("\\%", "")
    assert "abstract" not in fields(export(gpipe, "bibtex", ExportOptions()), "huang2018gpipe")


@pytest.mark.parametrize(
    ("fmt", "ascii", "author"),
    [
        ("bibtex", False, "Abadi, Mart{\\'\\i}n and "),  # 8-bit BibTeX: always macros
        ("bibtex", True, "Abadi, Mart{\\'\\i}n and "),
        ("biblatex", False, "Abadi, Martín and "),  # biber reads UTF-8
        ("biblatex", True, "Abadi, Mart{\\'\\i}n and "),
    ],
)
def test_bibtex_is_ascii_and_biblatex_utf8_unless_asked(fmt: str, ascii: bool, author: str) -> None:
    tf = course_of(lecture("Mar 4", "ML", arxiv("1605.08695")), metadata=META)
    text = export(tf, fmt, ExportOptions(ascii=ascii))
    assert text.isascii() == (fmt == "bibtex" or ascii)
    assert fields(text, "abadi2016tensorflow")["author"].startswith(author)


def test_bibtex_encodes_greek_and_replaces_what_latex_cannot_print() -> None:
    title = "Fair \u03b1 \u03b2 sch\u00e9ma \ufffd \U0001f600 \u4e2d $\u03b4$ end"
    course = course_of(lecture("Jan 1", "x", reading(title, "https://e.com/a")))
    got = fields(export(course, "bibtex", ExportOptions()), "fairschemaend")["title"]
    assert got == (
        "Fair {\\ensuremath{\\alpha}} {\\ensuremath{\\beta}} sch{\\'e}ma ? ? ? "
        "{${\\ensuremath{\\delta}}$} end"
    )


def test_site_reading_is_honest_misc_with_key_note_and_doi_from_its_link() -> None:
    course = course_of(
        lecture(
            "Feb 26",
            "Batch",
            reading(
                "Spark SQL: Relational Data Processing in Spark",
                "https://dl.acm.org/doi/pdf/10.1145/2723372.2742797",
            ),
            reading("The Raft Consensus Algorithm", "https://raft.github.io/", "optional", 2),
        )
    )
    text = export(course, "bibtex", ExportOptions())
    assert [e.key for e in parsed(text).entries] == ["sparksqlrelational", "raftconsensusalgorithm"]
    spark = fields(text, "sparksqlrelational")
    assert "author" not in spark and "year" not in spark
    assert spark["title"] == "Spark {SQL}: Relational Data Processing in Spark"
    assert spark["key"] == "Spark SQL: Relational"
    assert spark["doi"] == "10.1145/2723372.2742797"
    assert spark["note"].startswith("Metadata unverified")
    raft = fields(text, "raftconsensusalgorithm")
    assert "doi" not in raft and raft["url"] == "https://raft.github.io/"


def test_arxiv_work_without_metadata_is_exported_from_the_site_and_marked() -> None:
    course = course_of(
        lecture(
            "Mar 11", "ML", reading("Alpa (site title)", "https://arxiv.org/pdf/2201.12023.pdf")
        )
    )
    for fmt in ("bibtex", "biblatex"):
        got = fields(export(course, fmt, ExportOptions()), "arxiv2201.12023")
        assert got["title"] == "Alpa (site title)"
        assert got["eprint"] == "2201.12023"
        assert got["note"].startswith("arXiv metadata not fetched yet")
        assert "author" not in got


def test_header_comment_has_no_at_sign_and_every_work_is_one_entry() -> None:
    course = course_of(
        lecture("Jan 1", "x@y", reading("a@b", "https://e.com/@user"), arxiv("1811.06965")),
        metadata=META,
    )
    for fmt in ("bibtex", "biblatex"):
        text = export(course, fmt, ExportOptions())
        header = text.split("\n@", 1)[0]
        assert header.startswith("% ") and "@" not in header
        assert len(parsed(text).entries) == len(course.works) == 2


def test_an_id_arxiv_does_not_know_is_exported_as_a_site_reading() -> None:
    missing = Metadata(arxiv_id="2201.99999", status="missing")
    course = course_of(
        lecture("Jan 1", "x", reading("Typo paper", "https://arxiv.org/abs/2201.99999")),
        metadata={"2201.99999": missing},
    )
    for fmt in ("bibtex", "biblatex"):
        got = fields(export(course, fmt, ExportOptions()), "arxiv2201.99999")
        assert got["note"].startswith("arXiv has no record of this id")
        assert "eprint" not in got and "doi" not in got
        assert got["url"] == "https://arxiv.org/abs/2201.99999"


def test_links_that_are_not_web_links_are_dropped() -> None:
    course = course_of(lecture("Jan 1", "x", reading("Evil", "javascript:alert(1)")))
    for fmt in ("bibtex", "biblatex"):
        assert "url" not in fields(export(course, fmt, ExportOptions()), "evil")
    assert "javascript" not in export(course, "csl-json", ExportOptions())
    assert "javascript" not in export(course, "html", ExportOptions())


def test_a_name_never_splits_into_several() -> None:
    names = tuple(map(split_name, ["Tom and Jerry", "others", "A, B, C, D", "", "Ann Lee"]))
    written = bibtex_names(tuple(n for n in names if n.full), ExportOptions())
    assert len(split_multiple_persons_names(written)) == 4


@pytest.mark.parametrize("broken", ["}", "{", "}{", "a}b{c", "{{x}"])
def test_a_value_that_could_end_its_field_is_an_export_error(
    monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    # The escaper is what keeps braces balanced; were it ever wrong, the export
    # must fail with an error naming the field instead of writing a broken file.
    import readlist.export.bibtex as bibtex_module

    monkeypatch.setattr(bibtex_module, "latex_text", lambda text, **_: broken)
    course = course_of(lecture("Jan 1", "x", reading("A title", "https://e.com/a")))
    for fmt in ("bibtex", "biblatex"):
        with pytest.raises(ExportError, match=r"field title of \w+ .*unbalanced braces"):
            export(course, fmt, ExportOptions())


@pytest.mark.parametrize("fine", ["", "{x}", "{\\ensuremath{\\lbrace}}", "a{b}{c}d"])
def test_balanced_values_pass_the_brace_check(monkeypatch: pytest.MonkeyPatch, fine: str) -> None:
    import readlist.export.bibtex as bibtex_module

    monkeypatch.setattr(bibtex_module, "latex_text", lambda text, **_: fine)
    course = course_of(lecture("Jan 1", "x", reading("A title", "https://e.com/a")))
    assert len(parsed(export(course, "bibtex", ExportOptions())).entries) == 1
