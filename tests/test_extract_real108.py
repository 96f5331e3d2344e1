"""Rules from blind round real108 (Zola, Hexo, Astro): an Astro page's key speaks for
the content collection it queries, a one-lecture page's sentence telling students to
read is a reading beside its labelled lists, "Optional extras", material named by its
last word ("kit", "starter file"), a clause that has students try a tool, a key's sign
carried by a front matter table's field, Zola's ``base_url``."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site, vocab
from readlist.extract.files import collection_key
from tests.test_extract_vocab import _rows

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"


@pytest.mark.parametrize(
    ("rel", "key"),
    [
        ("_modules/week-01.md", "_modules"),
        ("src/content/lectures/w01.md", "content:lectures"),
        ("src/content/Lectures/w01.md", "content:lectures"),
        ("src/content/w01.md", ""),
        ("content/lectures/w01.md", ""),
        ("schedule.md", ""),
    ],
)
def test_the_collection_a_page_is_in(rel: str, key: str) -> None:
    assert collection_key(rel) == key


ASTRO_PAGE = (
    "---\nimport { getCollection } from 'astro:content';\n"
    "const lectures = await getCollection('QUERY');\n---\n"
    "<h1>Schedule</h1><p>Readings are required unless they are marked "
    '<span class="badge">optional</span>.</p>\n'
    "<ul>{lectures.map((l) => <li>{l.data.title}</li>)}</ul>\n"
)
LECTURE = (
    "---\ndate: 2026-01-13\ntitle: Ideation\nreadings:\n"
    f"  - title: A\n    url: {A}\n  - title: B\n    url: {B}\n    optional: true\n---\n"
)


@pytest.mark.parametrize(("query", "first"), [("lectures", "required"), ("posts", None)])
def test_an_astro_pages_key_speaks_for_the_collection_it_queries(
    tmp_path: Path, query: str, first: str | None
) -> None:
    (tmp_path / "astro.config.mjs").write_text("export default {};\n", encoding="utf-8")
    (tmp_path / "src/pages").mkdir(parents=True)
    (tmp_path / "src/content/lectures").mkdir(parents=True)
    page = ASTRO_PAGE.replace("QUERY", query)
    (tmp_path / "src/pages/schedule.astro").write_text(page, encoding="utf-8")
    (tmp_path / "src/content/lectures/w02.md").write_text(LECTURE, encoding="utf-8")
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, first), (B, "optional")]


@pytest.mark.parametrize("heading", ["## Optional extras", "## Optional readings"])
def test_a_sentence_telling_to_read_beside_a_labelled_list(tmp_path: Path, heading: str) -> None:
    (tmp_path / "_lectures").mkdir()
    (tmp_path / "_lectures/w02.md").write_text(
        "---\ndate: 2026-01-13\ntitle: Ideation\n---\n\nBring a pen; we sketch in class.\n\n"
        f"Read [A]({A}) before class.\n\n{heading}\n\n- Tohidi et al., [B]({B}) (CHI 2006)\n",
        encoding="utf-8",
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in lecture.readings] == [(A, None), (B, "optional")]


@pytest.mark.parametrize("lead", _rows(vocab.ACTION_LEADS))
def test_a_clause_telling_students_to_act_at_a_link(lead: str) -> None:
    assert not classify.is_reading("HAX Playbook", A, f"Slides are up. {lead.capitalize()}")


@pytest.mark.parametrize(
    "before",
    ["In class we will try a task on", "You'll upload your slides to", "we will sign up on"],
)
def test_who_acts_said_before_the_verb(before: str) -> None:
    assert not classify.is_reading("Prolific", A, f"Slides are up. {before}")


@pytest.mark.parametrize("before", ["Try to read", "Try reading", "Try"])
def test_trying_to_read_is_reading(before: str) -> None:
    assert classify.is_reading("Justice, Episode 1", A, before)


ZOLA_PAGE = (
    '+++\ntitle = "Lecture 2: Storage"\ndate = 2025-09-04\n\n'
    f'[[extra.readings]]\ntitle = "A"\nurl = "{A}"\nstarred = true\n\n'
    f'[[extra.readings]]\ntitle = "B"\nurl = "{B}"\n+++\n\nHow a DBMS lays out pages.\n'
)
ZOLA_KEY = (
    '+++\ntitle = "CS 591"\n+++\n\nEach lecture page lists the papers for that class. '
    "Papers marked with a star (★) are required. Anything without a star is optional.\n"
)


def test_a_front_matter_readings_field_carries_the_keys_sign(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        'base_url = "https://cs591.example.edu"\ntitle = "CS 591"\n', encoding="utf-8"
    )
    (tmp_path / "content/lectures").mkdir(parents=True)
    (tmp_path / "content/_index.md").write_text(ZOLA_KEY, encoding="utf-8")
    (tmp_path / "content/lectures/02-storage.md").write_text(
        ZOLA_PAGE.replace("pages.\n", "pages. Also read [ARIES](/papers/aries.pdf).\n"),
        encoding="utf-8",
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert [(r.url, r.requirement) for r in lecture.readings][:2] == [
        (A, "required"),
        (B, "optional"),
    ]
    assert lecture.readings[2].link == "https://cs591.example.edu/papers/aries.pdf"
