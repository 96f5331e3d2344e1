"""Rules from the real146–real148 rounds (precision traps beside the schedule, several
calendars and offerings, office documents on the web)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from tests.site_helpers import write_site

TABLE = """# Schedule

| Date | Presenter | Paper |
|------|-----------|-------|
| Nov 20 | [Ana Lee](https://github.com/alee) | [Chain Replication](https://a.org/cr.pdf) |
| Nov 27 | {cell} | |
"""


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("*No class — Thanksgiving*", "No class — Thanksgiving"),
        ("Project presentations", "Project presentations"),
        # a person's name, or several, or a placeholder: no topic
        ("Jae Kim", ""),
        ("Jae Kim & Lucía Ortega", ""),
        ("TBD", ""),
        # words with a link: a person's page
        ("[No class, see Ana](https://github.com/alee)", ""),
    ],
)
def test_a_person_cells_words_title_a_row_without_topic(
    tmp_path: Path, cell: str, title: str
) -> None:
    site = write_site(tmp_path, {"README.md": TABLE.format(cell=cell)})
    lectures = extract_site(site).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("Nov 20", "Chain Replication"),
        ("Nov 27", title),
    ]
