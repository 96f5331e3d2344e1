"""Rules from the real146–real148 rounds (precision traps beside the schedule, several
calendars and offerings, office documents on the web)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from tests.site_helpers import keyed_readings, write_site

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


@pytest.mark.parametrize("sign", [":star:", "⭐"])
def test_a_home_keys_shortcode_sign_and_its_others(tmp_path: Path, sign: str) -> None:
    site = write_site(
        tmp_path,
        {
            "mkdocs.yml": "site_name: DB\nnav:\n  - Home: index.md\n  - Week 1: weeks/week-01.md\n",
            "docs/index.md": (
                "# Databases\n\nEach week has a page. Readings marked "
                f"{sign} are required;\nall other readings are optional.\n"
            ),
            "docs/weeks/week-01.md": (
                "# Week 1\n\n## Lecture 1 (Mon, Jan 13): History\n\n"
                "- :star: Codd, [A Relational Model](https://a.org/codd)\n"
                "- Stonebraker, [What Goes Around](https://b.org/wgac)\n"
            ),
        },
    )
    assert keyed_readings(site) == [
        ("Mon, Jan 13", "https://a.org/codd", "required"),
        ("Mon, Jan 13", "https://b.org/wgac", "optional"),
    ]


@pytest.mark.parametrize(
    ("text", "before", "named"),
    [
        ("MLSys", "MegaBlocks. MLSys 2023. ", True),
        # a venue of several words, with its year in the citation
        ("USENIX Security", "Carlini et al. Extracting Data. USENIX Security 2021. ", True),
        ("IEEE S&P", "Foo et al. Bar. IEEE S&P 2019. ", True),
        # without its year: a title's words repeated, not a venue
        ("USENIX Security", "Carlini et al. USENIX Security. ", False),
        ("Paxos Made Simple", "Lamport. Paxos Made Simple. 2001. ", False),
        # four words: no venue
        ("Symposium On Operating Systems", "X. Symposium On Operating Systems 2003. ", False),
    ],
)
def test_a_copy_named_by_its_venue(text: str, before: str, named: bool) -> None:
    assert classify.names_venue(text, before) is named


PROSE_PAGE = """<html><body>
<p>Every reading carries a tag. [D] = discussion paper, required for everyone.
[B] = background, optional.</p>
<h3>Week 10 (Nov 5): Language models in the classroom</h3>
<ul>
<li>[D] Kasneci et al. <a href="https://doi.org/10.1/a">ChatGPT for good?</a>. 2023.</li>
<li>[B] Sadasivan et al. <a href="https://arxiv.org/abs/2303.11156">Can AI-Generated Text
be Reliably Detected?</a> 2023.</li>
</ul>
<p>We will also revisit this course's own <a href="policies.html#llm">language-model
policy</a> in this meeting.</p>
</body></html>
"""


def test_a_key_tokens_items_mark_where_readings_are(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": PROSE_PAGE})
    assert keyed_readings(site) == [
        ("Nov 5", "https://doi.org/10.1/a", "required"),
        ("Nov 5", "https://arxiv.org/abs/2303.11156", "optional"),
    ]


def _offerings_site(root: Path, page_data: str) -> Path:
    record = (
        "- date: {date}\n  title: {title}\n  readings:\n"
        "    - title: Paper {term}\n      url: https://a.org/{term}\n"
        "    - title: Extra {term}\n      url: https://b.org/{term}\n      optional: true\n"
    )
    return write_site(
        root,
        {
            "_config.yml": "title: Security\nterm: fa24\n",
            "_data/schedule_fa24.yml": record.format(date="2024-09-03", title="Intro", term="fa24"),
            "_data/schedule_sp25.yml": record.format(date="2025-01-14", title="Intro", term="sp25"),
            "schedule.md": (
                "---\ntitle: Schedule\n---\n"
                f"{page_data}\n\n"
                "Readings are required unless marked *(optional)*.\n\n"
                "{% for s in sched %}\n## {{ s.date }}: {{ s.title }}\n"
                "{% for r in s.readings %}- [{{ r.title }}]({{ r.url }})"
                "{% if r.optional %} *(optional)*{% endif %}\n{% endfor %}{% endfor %}\n"
            ),
        },
    )


@pytest.mark.parametrize(
    "page_data",
    [
        '{% assign data_key = "schedule_" | append: site.term %}\n'
        "{% assign sched = site.data[data_key] %}",
        "{% assign sched = site.data.schedule_fa24 %}",
    ],
)
def test_a_page_that_builds_its_data_files_name_gives_it_its_key(
    tmp_path: Path, page_data: str
) -> None:
    site = _offerings_site(tmp_path, page_data)
    assert keyed_readings(site) == [
        ("2024-09-03", "https://a.org/fa24", "required"),
        ("2024-09-03", "https://b.org/fa24", "optional"),
    ]
