"""Rules from the real143 round: a reading platform's name as a copy's link text."""

from __future__ import annotations

from pathlib import Path

from readlist.extract import extract_site
from tests.site_helpers import write_site


def test_a_perusall_link_is_a_copy_titled_by_its_citation(tmp_path: Path) -> None:
    page = (
        "# Schedule\n\n## Week 1 (Jan 13): Politics\n\n"
        "- Winner, L. (1980). Do Artifacts Have Politics? *Daedalus* 109(1). "
        "[Perusall](https://app.perusall.com/courses/hci/winner) · "
        "[JSTOR](https://www.jstor.org/stable/20024652)\n"
    )
    site = write_site(tmp_path, {"schedule.md": page})
    titles = [r.title for lec in extract_site(site).lectures for r in lec.readings]
    assert titles == ["Winner, L. (1980). Do Artifacts Have Politics? Daedalus 109(1)"] * 2
