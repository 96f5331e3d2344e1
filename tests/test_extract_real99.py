"""Rules from blind round real99 (hugo-book bundles, a Canvas course export, Jekyll with
a CSV schedule): Hugo shortcode boxes, a box its title marks, a branch bundle's links,
the course's front page, references to the course's own items, a title's abbreviation."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from readlist.extract.page import blocks
from readlist.model import Lecture


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Optional deep dives", "optional"),
        ("Required before class", "required"),
        ("Case study", None),
    ],
)
def test_a_hugo_box_after_a_labelled_box(title: str, found: str | None) -> None:
    page = (
        "## Jan 15: Imitation\n\n{{< hint info >}}\n**Required**\n- [A](https://x.org/a)\n"
        f'{{{{< /hint >}}}}\n\n{{{{< details "{title}" >}}}}\n- [B](https://x.org/b)\n'
        "{{< /details >}}\n"
    )
    (lecture,) = read_markdown(blocks(page), "w.md", None)
    assert readings(lecture) == {"https://x.org/a": "required", "https://x.org/b": found}


def test_a_branch_bundles_links_resolve_at_its_folder(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://x.github.io/sp26/"\n')
    week = tmp_path / "content" / "docs" / "week-03"
    week.mkdir(parents=True)
    (week / "_index.md").write_text(
        "---\ntitle: Week 3\n---\n\n## Tue Jan 27: Sim2real\n\n- [Sim-to-Real Transfer](zhao.pdf)\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [r.link for r in lecture.readings] == ["https://x.github.io/sp26/docs/week-03/zhao.pdf"]


FRONT = (
    '<html><head><meta name="front_page" content="true"></head><body><p>Everything '
    "listed under a class meeting is required; readings marked (opt) are optional.</p>"
    "</body></html>"
)
WEEK = (
    "<html><body><h2>Week 1</h2><h3>Tuesday, Jan. 13</h3><ul>"
    "<li><a href='https://x.org/a'>A Study</a></li>"
    "<li><a href='https://x.org/b'>B Study</a> (opt)</li>"
    "<li><a href='$WIKI_REFERENCE$/pages/exercise'>screen reader exercise</a></li>"
    "</ul></body></html>"
)


@pytest.mark.parametrize("front", [FRONT, FRONT.replace('"true"', '"false"')])
def test_a_canvas_exports_front_page_keys_the_course(tmp_path: Path, front: str) -> None:
    (tmp_path / "wiki_content").mkdir()
    (tmp_path / "wiki_content" / "course-home.html").write_text(front)
    (tmp_path / "wiki_content" / "week-1.html").write_text(WEEK)
    lectures = [lec for lec in extract_site(tmp_path).lectures if lec.readings]
    keyed = "true" in front
    assert [readings(lec) for lec in lectures] == [
        {"https://x.org/a": "required" if keyed else None, "https://x.org/b": "optional"}
    ]


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("Shakespeare, The Social Model, in The Disability Studies Reader, 5th ed. ",
         "Shakespeare, The Social Model, in The Disability Studies Reader, 5th ed."),
        ("Lasecki et al. ", "Lasecki et al."),
        ("Lasecki, Captioning (UIST 2012). ", "Lasecki, Captioning (UIST 2012)"),
        ("Bush, As We May Think. ", "Bush, As We May Think"),
    ],
)  # fmt: skip
def test_a_titles_abbreviation_keeps_its_period(before: str, title: str) -> None:
    assert classify.title_around(before, "") == title


@pytest.mark.parametrize("text", ["ACM DL", "[ACM Digital Library]", "IEEE Xplore"])
def test_a_digital_library_is_a_generic_link_text(text: str) -> None:
    assert classify.is_generic(text)


@pytest.mark.parametrize(
    ("topic", "title"),
    [
        ("Project pitches (sign up [here](https://x.org/sheet))", "Project pitches"),
        ("Ranking <em>and</em> search", "Ranking and search"),
        ("[Intro to IR](https://x.org/notes)", "Intro to IR"),
    ],
)
def test_a_data_records_title_as_its_page_shows_it(topic: str, title: str) -> None:
    from readlist.extract.yamldata import read_yaml

    (lecture,) = read_yaml(f'- date: Jan 13\n  topic: "{topic}"\n', "_data/s.yml", None)
    assert lecture.title == title


SCHEDULE_PAGE = """---
title: Schedule
---
Everything in the **{header}** column is required unless marked *(optional)*.

<table><tr><th>Date</th><th>{header}</th><th>Going further</th></tr>
{{% for row in site.data.schedule %}}<tr><td>{{{{ row.date }}}}</td>
<td>{{{{ row.readings | markdownify }}}}</td><td>{{{{ row.extra }}}}</td></tr>{{% endfor %}}
</table>
"""


@pytest.mark.parametrize(("header", "found"), [("Read before class", "required"), ("Other", None)])
def test_a_key_to_a_rendered_column_speaks_for_its_field(
    tmp_path: Path, header: str, found: str | None
) -> None:
    (tmp_path / "_config.yml").write_text("title: IR\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "schedule.csv").write_text(
        "date,topic,readings,extra\n"
        'Tue Jan 13,Intro,"[A](https://x.org/a); [B](https://x.org/b) (optional)",'
        "[C](https://x.org/c)\n"
    )
    page = SCHEDULE_PAGE.format(header=header)
    if found is None:  # the key names a column the table does not have
        page = page.replace("**Other**", "**Read before class**")
    (tmp_path / "schedule.md").write_text(page)
    (lecture,) = extract_site(tmp_path).lectures
    assert readings(lecture) == {"https://x.org/a": found, "https://x.org/b": "optional"}
