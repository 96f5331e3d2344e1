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
