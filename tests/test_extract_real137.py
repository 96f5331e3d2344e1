"""Rules for course repositories with no site generator whose schedule is a data file
outside any data folder (GitHub shows ``schedule.csv`` as a table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

CSV = (
    "Week,Date,Topic,Required reading,Required URL,Optional reading,Optional URL\n"
    "1,Jan 13,Intro,Paper A,https://a.org/a,Paper B,https://b.org/b\n"
    "2,Jan 20,More,Paper C,https://c.org/c,,\n"
)


def test_a_repositorys_schedule_csv_is_its_schedule(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "README.md": "# Course\n\nThe schedule is in schedule.csv.\n",
            "schedule.csv": CSV,
            "grades.csv": "name,grade\nx,1\n",  # no schedule
        },
    )
    assert keyed_readings(site) == [
        ("Jan 13", "https://a.org/a", "required"),
        ("Jan 13", "https://b.org/b", "optional"),
        ("Jan 20", "https://c.org/c", "required"),
    ]


@pytest.mark.parametrize(
    "files",
    [
        {"_config.yml": "title: x\n"},  # Jekyll copies it as a static file: no page
        {"mkdocs.yml": "site_name: x\n"},
    ],
)
def test_a_generators_site_does_not_read_a_stray_data_file(
    tmp_path: Path, files: dict[str, str]
) -> None:
    site = write_site(tmp_path, {**files, "index.md": "# Home\n", "schedule.csv": CSV})
    assert not extract_site(site, require_lectures=False).lectures


TSV = (
    "lecture\tdate\ttopic\tpresenter\ttitle\tauthors\tvenue\turl\trequired\n"
    "L01\t9/2\tIntroduction\tProf. O\tWeak Ties\tGranovetter\tAJS 1973\thttps://a.org/a\tyes\n"
    "L01\t9/2\tIntroduction\tProf. O\tTranslucence\tErickson\tTOCHI 2000\thttps://b.org/b\tno\n"
    "L02\t9/4\tModeration\tProf. O\tCustodians\tGillespie\tYale 2018\thttps://c.org/c\tyes\n"
    "L02\t9/4\t\tProf. O\tHidden Rules\tChandrasekharan\tCSCW 2018\thttps://d.org/d\tno (skim)\n"
)


def test_a_sheet_of_one_reading_per_row(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"README.md": "# Course\n", "course/reading-list.tsv": TSV})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("9/2", "Introduction"),
        ("9/4", "Moderation"),  # the row with no topic continues the one above
    ]
    assert [(r.title, r.requirement) for lec in lectures for r in lec.readings] == [
        ("Weak Ties", "required"),
        ("Translucence", "optional"),
        ("Custodians", "required"),
        ("Hidden Rules", "optional"),  # "no (skim)": the flag, then a remark
    ]


def test_a_badge_in_a_keys_sentence_is_its_words(tmp_path: Path) -> None:
    index = (
        "# Lectures\n\nEach lecture page lists its readings under **Readings**. Papers with "
        'a <Badge type="danger" text="required" /> badge are required. Everything else on a '
        "lecture page is optional.\n"
    )
    lecture = (
        "---\ntitle: Dataflow\ndate: 2025-01-22\n---\n\n## Readings\n\n"
        '- [Paper A](https://a.org/a) <Badge type="danger" text="required" />\n'
        "- [Paper B](https://b.org/b)\n"
    )
    site = write_site(
        tmp_path,
        {
            "docs/.vuepress/config.ts": "export default {}\n",
            "docs/README.md": "# Home\n",
            "docs/lectures/README.md": index,
            "docs/lectures/03-dataflow.md": lecture,
        },
    )
    assert [r for r in keyed_readings(site) if r[0] == "2025-01-22"] == [
        ("2025-01-22", "https://a.org/a", "required"),
        ("2025-01-22", "https://b.org/b", "optional"),
    ]


def test_a_notion_databases_export_is_no_schedule_file(tmp_path: Path) -> None:
    name = "Schedule 5b6279d4e8afe6c765b1c3f592c8d56a.csv"
    site = write_site(tmp_path, {"README.md": "# Course\n", name: CSV})
    assert not extract_site(site, require_lectures=False).lectures
