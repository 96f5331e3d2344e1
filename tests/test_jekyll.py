"""``export --format jekyll``: the data file, and the Liquid in docs/jekyll.md rendering it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from export_helpers import EXAMPLE, REPO, arxiv, course_of, example_course, fixture_metadata
from export_helpers import lecture as make_lecture
from liquid import Environment
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from readlist.export import ExportOptions, export
from readlist.model import GENERATED_MARKER, Course

DOC = REPO / "docs" / "jekyll.md"


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    return example_course(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def data(course: Course) -> dict[str, Any]:
    loaded = yaml.safe_load(export(course, "jekyll", ExportOptions()))
    assert isinstance(loaded, dict)
    return loaded


def liquid_blocks() -> list[str]:
    return re.findall(r"```liquid\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def by_id(data: dict[str, Any], anchor: str) -> dict[str, Any]:
    found = [lec for lec in data["lectures"] if lec["id"] == anchor]
    assert len(found) == 1
    return found[0]


def test_the_file_starts_with_the_marker_and_is_safe_yaml(course: Course) -> None:
    text = export(course, "jekyll", ExportOptions())
    assert GENERATED_MARKER in text.splitlines()[0] and text.startswith("# ")
    assert "!!" not in text and "&id" not in text  # no tags, no anchors/aliases


def test_a_lecture_lists_its_readings_with_keys_and_also_in(data: dict[str, Any]) -> None:
    mar11 = by_id(data, "mar-11")
    assert (mar11["key"], mar11["title"]) == ("Mar 11", "ML System - 2")
    assert mar11["file"] == "_modules/week-10.md"
    alpa = mar11["readings"][0]
    assert alpa["title"].startswith("Alpa: Automating Inter- and Intra-Operator Parallelism")
    assert alpa["authors"][:2] == ["Lianmin Zheng", "Zhuohan Li"] and alpa["et_al"] is False
    assert (alpa["year"], alpa["requirement"], alpa["key"]) == (2022, "optional", "zheng2022alpa")
    assert alpa["url"] == "https://arxiv.org/abs/2201.12023"
    assert alpa["also_in"] == [{"id": "mar-13", "key": "Mar 13"}, {"id": "mar-15", "key": "Mar 15"}]
    assert by_id(data, "jan-8")["readings"] == []  # a lecture without readings is still there


def test_each_work_names_its_lectures(data: dict[str, Any]) -> None:
    lectures = data["works"]["zheng2022alpa"]["lectures"]
    assert [lec["key"] for lec in lectures] == ["Mar 11", "Mar 13", "Mar 15"]


def test_max_authors_cuts_the_list_and_says_so() -> None:
    meta = fixture_metadata()
    course = course_of(make_lecture("Jan 1", "x", arxiv("2201.12023")), metadata=meta)
    loaded = yaml.safe_load(export(course, "jekyll", ExportOptions(max_authors=2)))
    reading = loaded["lectures"][0]["readings"][0]
    assert reading["authors"] == ["Lianmin Zheng", "Zhuohan Li"] and reading["et_al"] is True


def test_the_include_renders_each_lecture_of_the_example(data: dict[str, Any]) -> None:
    include = Environment().from_string(liquid_blocks()[0])
    html = include.render(site={"data": {"readlist": data}}, include={"id": "mar-11"})
    items = HTMLParser(html).css("ul.readlist > li")
    assert len(items) == 5
    first = items[0]
    assert first.css_first("span.label").text() == "optional"
    link = first.css_first("a")
    assert link.attributes["href"] == "https://arxiv.org/abs/2201.12023"
    assert link.text().startswith("Alpa: Automating")
    assert first.css_first("code").text() == "zheng2022alpa"
    assert [a.attributes["href"] for a in first.css("a")[1:]] == ["#mar-13", "#mar-15"]
    assert "Lianmin Zheng" in first.text() and "(2022)" in first.text()
    empty = include.render(site={"data": {"readlist": data}}, include={"id": "jan-8"})
    assert "<li>" not in empty


def test_the_include_escapes_what_the_site_wrote() -> None:
    hostile = make_lecture("Jan 1", "x", arxiv("2201.12023"))
    data = yaml.safe_load(export(course_of(hostile), "jekyll", ExportOptions()))
    data["lectures"][0]["readings"][0]["title"] = "<script>alert(1)</script>"
    include = Environment().from_string(liquid_blocks()[0])
    html = include.render(site={"data": {"readlist": data}}, include={"id": "jan-1"})
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_page_renders_every_lecture_with_readings(data: dict[str, Any]) -> None:
    include, _, page = liquid_blocks()
    body = page.split("---\n", 2)[2]
    # Jekyll binds the include's parameters to `include`: here id=lecture.id.
    call = "{% include readlist-lecture.html id=lecture.id %}"
    assert call in body
    body = body.replace(call, "{% assign include = lecture %}" + include)
    html = Environment().from_string(body).render(site={"data": {"readlist": data}})
    headings = [h.attributes["id"] for h in HTMLParser(html).css("h2")]
    expected = [lec["id"] for lec in data["lectures"] if lec["readings"]]
    assert headings == expected and "mar-1" in headings and "jan-8" not in headings
    assert len(HTMLParser(html).css("ul.readlist")) == len(expected)


def test_default_output_is_the_sites_data_folder(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site)
    run = subprocess.run(
        [sys.executable, "-c", "from readlist.cli import main; main()"]
        + ["export", str(site), "-f", "jekyll", "--offline"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    written = yaml.safe_load((site / "_data" / "readlist.yml").read_text(encoding="utf-8"))
    spark = by_id(written, "feb-23")["readings"][0]
    # readlist.toml's base_url makes the site's own PDF absolute.
    assert spark["url"] == "https://hao-ai-lab.github.io/dsc204a-w24/assets/readings/spark.pdf"
