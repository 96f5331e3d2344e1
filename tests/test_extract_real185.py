"""Rules from the real185–real188 rounds: a key naming where its readings are, an
exception by a label readings come after, a label's reach across a list's semicolons, a
Docusaurus page's ``@site/`` import, a calendar row of an exam kind, and reading strings
in a CSV (``Title|url`` items, an ``optional`` column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown
from tests.site_helpers import keyed_readings, write_site

A = "https://arxiv.org/abs/1301.3781"
B = "https://aclanthology.org/D14-1162/"
C = "https://arxiv.org/abs/2003.10555"


def _requirements(page: str) -> list[str | None]:
    (lecture,) = read_markdown(page, "schedule.md", None)
    return [r.requirement for r in lecture.readings]


TABLE = (
    "| Date | Topic | Readings |\n|---|---|---|\n"
    f"| Thu Jan 23 | Word vectors | [Word2vec]({A}); Optional: [GloVe]({B}); [ELECTRA]({C}) |\n"
)


@pytest.mark.parametrize(
    "key",
    [
        "Readings are required unless they come after *Optional:* in their cell; "
        "those are for going deeper.",
        "Readings are required unless they are listed after **Optional:**.",
    ],
)
def test_a_key_excepting_the_readings_after_a_label(key: str) -> None:
    """The label opens the rest of its cell: a list's semicolons end no label's reach."""
    assert _requirements(f"{key}\n\n{TABLE}") == ["required", "optional", "optional"]


def test_a_label_mid_line_reaches_past_semicolons() -> None:
    page = f"## Jan 23: Vectors\n\n- [Word2vec]({A}); Optional: [GloVe]({B}); [ELECTRA]({C})\n"
    assert _requirements(page) == [None, "optional", "optional"]


def test_a_marker_in_brackets_still_ends_at_its_semicolon() -> None:
    page = f"## Jan 23: Vectors\n\n- [GloVe]({B}) (optional); [ELECTRA]({C})\n"
    assert _requirements(page) == ["optional", None]


def test_a_key_saying_where_its_readings_are_on_the_home_page(tmp_path: Path) -> None:
    """An about page's key ("Readings on the [schedule](/schedule/) are required unless
    listed under *Optional*") speaks for the data the schedule page renders."""
    files = {
        "_config.yml": "title: CS 598\n",
        "_pages/about.md": (
            "---\nlayout: about\npermalink: /\n---\n\n**Readings.** Readings on the\n"
            "[schedule](/schedule/) are required unless they are listed under *Optional*: "
            "those are for going deeper.\n"
        ),
        "_pages/schedule.md": (
            "---\nlayout: page\npermalink: /schedule/\ntitle: schedule\n---\n\n<table>\n"
            "{% for lecture in site.data.lectures %}<tr><td>{{ lecture.date }}</td>"
            "<td>{{ lecture.title }}</td><td>{% for r in lecture.readings %}{{ r | markdownify }}"
            "{% endfor %} <em>Optional:</em> {% for r in lecture.optional_readings %}"
            "{{ r | markdownify }}{% endfor %}</td></tr>{% endfor %}\n</table>\n"
        ),
        "_data/lectures.yml": (
            f'- date: 2025-01-14\n  title: Overview\n  readings:\n    - "[Word2vec]({A})"\n'
            f'  optional_readings:\n    - "[GloVe]({B})"\n'
            f'- date: 2025-01-16\n  title: More\n  readings:\n    - "[ELECTRA]({C})"\n'
        ),
    }
    site = write_site(tmp_path, files)
    assert keyed_readings(site) == [
        ("2025-01-14", A, "required"),
        ("2025-01-14", B, "optional"),
        ("2025-01-16", C, "required"),
    ]


def test_a_docusaurus_page_importing_its_data_by_the_site_alias(tmp_path: Path) -> None:
    """``import … from '@site/src/data/schedule'``: the MDX page's words key the data."""
    files = {
        "website/docusaurus.config.js": "module.exports = { title: 'RL', baseUrl: '/' };\n",
        "website/docs/schedule.mdx": (
            "---\ntitle: Schedule\n---\n\nimport { lectures } from '@site/src/data/schedule';\n"
            "import ScheduleTable from '@site/src/components/ScheduleTable';\n\n# Schedule\n\n"
            "Readings with an *optional* badge are for the curious. Everything else we list "
            "is required.\n\n<ScheduleTable lectures={lectures} />\n"
        ),
        "website/src/data/schedule.js": (
            "export const lectures = [\n"
            f"  {{ date: 'Tue Jan 7', title: 'Intro', readings: [{{ title: 'A', href: '{A}' }},\n"
            f"    {{ title: 'B', href: '{B}', optional: true }}] }},\n"
            f"  {{ date: 'Thu Jan 9', title: 'DQN', readings: [{{ title: 'C', href: '{C}' }}] }},\n"
            "];\n"
        ),
    }
    site = write_site(tmp_path, files)
    assert keyed_readings(site) == [
        ("Tue Jan 7", A, "required"),
        ("Tue Jan 7", B, "optional"),
        ("Thu Jan 9", C, "required"),
    ]


def test_a_row_whose_kind_is_an_exam_keeps_its_readings() -> None:
    """A kind column of a calendar (``Lecture``, ``Exam``, ``Holiday``) says what the
    session is; only one naming material (``Video``) makes its row no reading's."""
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Readings</th><th>Type</th></tr>\n"
        f'<tr><td>Feb 20</td><td>Auditing</td><td><a href="{A}">Gender Shades</a></td>'
        "<td>Lecture</td></tr>\n"
        '<tr><td>Feb 25</td><td>Midterm exam</td><td><a href="https://docs.google.com/d/1">'
        f'Study guide</a><br>Optional: re-read <a href="{B}">Kleinberg et al. 2017</a></td>'
        "<td>Exam</td></tr>\n"
        f'<tr><td>Feb 27</td><td>Talk</td><td><a href="{C}">Recording</a></td>'
        "<td>Video</td></tr>\n</table>\n"
    )
    site_lectures = read_markdown(page, "schedule.md", None)
    assert [(lec.key, [(r.url, r.requirement) for r in lec.readings]) for lec in site_lectures] == [
        ("Feb 20", [(A, None)]),
        ("Feb 25", [(B, "optional")]),
        ("Feb 27", []),
    ]


CSV = (
    "week,date,topic,readings,optional\n"
    f'1,Tue Jan 14,Intro,"Machine Bias|{A}; Fairness Through Awareness | {B};Equality of '
    f'Opportunity|{C}",Debiasing Word Embeddings|https://arxiv.org/abs/1607.06520\n'
    "1,Thu Jan 16,Bias,Datasheets for Datasets|https://dl.acm.org/doi/10.1145/3458723,\n"
)


def test_reading_strings_of_a_csv(tmp_path: Path) -> None:
    """``Title|url`` items joined by semicolons (one with no space after it): each
    titled by its words without the separator; an ``optional`` column of such strings
    holds the row's optional readings."""
    site = write_site(tmp_path, {"schedule.csv": CSV, "build.py": "import csv\n"})
    found = [
        (lec.key, r.title, r.url, r.requirement)
        for lec in extract_site(site).lectures
        for r in lec.readings
    ]
    assert [(key, title, url) for key, title, url, _ in found] == [
        ("Tue Jan 14", "Machine Bias", A),
        ("Tue Jan 14", "Fairness Through Awareness", B),
        ("Tue Jan 14", "Equality of Opportunity", C),
        ("Tue Jan 14", "Debiasing Word Embeddings", "https://arxiv.org/abs/1607.06520"),
        ("Thu Jan 16", "Datasheets for Datasets", "https://dl.acm.org/doi/10.1145/3458723"),
    ]
    assert [req for *_, req in found][3] == "optional"


@pytest.mark.parametrize("separator", ["|", "·", "•"])
def test_a_separator_before_a_url_is_no_word_of_its_title(separator: str) -> None:
    assert classify.title_around(f"Machine Bias {separator} ", "") == "Machine Bias"
