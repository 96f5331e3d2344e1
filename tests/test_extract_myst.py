"""MyST Markdown (Sphinx, myst-parser, sphinx-design): roles read as Sphinx shows them,
a row's own note over what a key says of its column, and boxes titled by a session of
the page's table that add to its row (blind round real98)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.myst import roles, shown
from readlist.model import Lecture

TABLE = """# Schedule

| Week | Date | Topic | Readings |
| --- | --- | --- | --- |
| 4 | Wed Feb 5 | Propensity scores | [Rosenbaum](https://x.org/rr) |
| 5 | Wed Feb 12 | Double ML | [Chernozhukov](https://x.org/dml) |

"""
"""A schedule table with readings, Week column 4 and 5 (a box after it may name a row)."""


def by_key(path: Path) -> dict[str, Lecture]:
    return {lecture.key: lecture for lecture in extract_site(path).lectures}


def readings(lecture: Lecture) -> dict[str, str | None]:
    return {reading.url: reading.requirement for reading in lecture.readings}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        # sphinx-design badges: a badge span, whatever its color or outline
        ("{bdg}`Optional`", '<span class="badge">Optional</span>'),
        ("{bdg-primary}`Required`", '<span class="badge">Required</span>'),
        ("{bdg-secondary}`Optional`", '<span class="badge">Optional</span>'),
        ("{bdg-secondary-line}`optional`", '<span class="badge">optional</span>'),
        ("{bdg-muted}`skim`", '<span class="badge">skim</span>'),
        ("{bdg-link-info}`Paper <https://x.org/p>`", "[Paper](<https://x.org/p>)"),
        ("{bdg-link-info-line}`https://x.org/p`", "[https://x.org/p](<https://x.org/p>)"),
        ("{bdg-ref-primary}`Week 3 <week-3>`", "Week 3"),
        # cross-references: the explicit title, else the target (no page to look in)
        ("{doc}`Propensity scores <lectures/04-propensity>`", "Propensity scores"),
        ("{doc}`lectures/11-discovery`", "lectures/11-discovery"),
        ("{ref}`the syllabus <syllabus-label>`", "the syllabus"),
        ("{ref}`syllabus-label`", "syllabus-label"),
        ("{term}`Causal effects <causal effect>`", "Causal effects"),
        ("{term}`confounder`", "confounder"),
        ("{numref}`Figure 2 <fig-dag>`", "Figure 2"),
        ("{py:func}`~sklearn.linear_model.fit`", "fit"),
        # roles that show text
        ("{abbr}`LLM (large language model)`", "LLM"),
        ("{math}`e^{x}`", "e^{x}"),
        ("{math}`x_i`", "x\\_i"),
        ("{sub}`2`", "2"),
        ("{sup}`nd`", "nd"),
        ("{kbd}`Ctrl+C`", "Ctrl+C"),
        ("{guilabel}`Submit`", "Submit"),
        ("{code}`a<b`", "<code>a&lt;b</code>"),
        ("{samp}`pip install x`", "<code>pip install x</code>"),
        # a link to the file, as Jupyter Book shows it
        ("{download}`Syllabus <syllabus.pdf>`", "[Syllabus](<syllabus.pdf>)"),
        # icons: the element they render, a sign a key may name
        ("{octicon}`book;1em`", '<i class="octicon octicon-book"></i>'),
        ("{fas}`star`", '<i class="fas fa-star"></i>'),
        ("{material-regular}`menu_book`", '<span class="material-icons">menu_book</span>'),
    ],
)
def test_a_role_is_what_sphinx_shows(role: str, expected: str) -> None:
    assert roles(f"Read {role} now") == f"Read {expected} now"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a role inside code stays as written, in a fenced block or in a code span
        ("```\n{bdg}`Optional`\n```", "```\n{bdg}`Optional`\n```"),
        ("```{code-cell}\n{bdg}`Optional`\n```", "```{code-cell}\n{bdg}`Optional`\n```"),
        ("Write `{bdg}`x`` to tag", "Write `{bdg}`x`` to tag"),
        # a directive's body is Markdown: a list table's cells have roles read
        (
            "```{list-table}\n* - {bdg}`Optional`\n```",
            '```{list-table}\n* - <span class="badge">Optional</span>\n```',
        ),
        (
            "````{admonition} Key\n```\n{bdg}`a`\n```\n{bdg}`b`\n````",
            '````{admonition} Key\n```\n{bdg}`a`\n```\n<span class="badge">b</span>\n````',
        ),
        # a {ref} to a label of the page shows the heading under it
        ("(key)=\n## How to read this page\n\nSee {ref}`key`.", None),
    ],
)
def test_roles_are_read_in_markdown_only(page: str, expected: str | None) -> None:
    if expected is None:
        assert roles(page).endswith("See How to read this page.")
    else:
        assert roles(page) == expected


def test_a_role_keeps_the_lines() -> None:
    page = "a {bdg}`x`\n\n{doc}`T <p>` b\n"
    assert roles(page).count("\n") == page.count("\n")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("11-discovery.md", "---\ntitle: x\n---\n# Causal discovery: *PC* and GES\n",
         "Causal discovery: PC and GES"),
        ("11-discovery.md", "```python\n# not a heading\n```\n\n## Causal discovery\n",
         "Causal discovery"),
        ("11-discovery.rst", "Causal discovery\n================\n\nText.\n", "Causal discovery"),
        ("11-discovery.rst", "=================\nCausal discovery\n=================\n",
         "Causal discovery"),
        (
            "11-discovery.ipynb",
            json.dumps({"cells": [{"cell_type": "markdown", "source": ["# Causal discovery\n"]}]}),
            "Causal discovery",
        ),
        ("12-other.md", "# Another page\n", "lectures/11-discovery"),  # no such page: the path
    ],
)  # fmt: skip
def test_a_bare_doc_role_shows_its_pages_title(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    (tmp_path / "docs" / "lectures").mkdir(parents=True)
    (tmp_path / "docs" / "lectures" / name).write_text(content, encoding="utf-8")
    shown_as = roles("{doc}`lectures/11-discovery`", tmp_path / "docs", tmp_path)
    assert shown_as == expected


def test_a_doc_role_reads_no_page_outside_the_site(tmp_path: Path) -> None:
    (tmp_path / "secret.md").write_text("# Secret\n", encoding="utf-8")
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    assert roles("{doc}`../../secret`", site / "docs", site) == "../../secret"
    assert roles("{doc}`/docs/intro`", site / "docs", site) == "/docs/intro"
    (site / "docs" / "intro.md").write_text("# Intro\n", encoding="utf-8")
    assert roles("{doc}`/docs/intro`", site / "docs", site) == "Intro"


def test_shown_without_a_page_to_look_in() -> None:
    assert shown("doc", "lectures/11") == "lectures/11"


@pytest.mark.parametrize(
    "item",
    [
        "Rubin, [Causal effects](https://x.org/a) (1974) {bdg-secondary}`Optional`",
        "Huszár, [Beyond curve fitting](https://x.org/a) (blog post) {bdg-secondary}`Optional`",
        "Bareinboim et al., [Pearl's hierarchy](https://x.org/a) {bdg-secondary-line}`optional`",
        "Kennedy, [Doubly robust learning](https://x.org/a) {bdg-warning}`Optional`",
        "{bdg-secondary}`Optional` Deng et al., [CUPED](https://x.org/a), WSDM 2013",
    ],
)
def test_a_badge_role_marks_its_reading(tmp_path: Path, item: str) -> None:
    (tmp_path / "schedule.md").write_text(
        "# Schedule\n\n## Wed Jan 15\n\n"
        f"- Holland, [Statistics](https://x.org/h), 1986\n- {item}\n",
        encoding="utf-8",
    )
    assert readings(by_key(tmp_path)["Wed Jan 15"]) == {
        "https://x.org/h": None,
        "https://x.org/a": "optional",
    }


def test_a_badge_role_in_a_list_table_cell(tmp_path: Path) -> None:
    (tmp_path / "schedule.md").write_text(
        "# Schedule\n\n```{list-table}\n:header-rows: 1\n\n* - Date\n  - Topic\n  - Readings\n"
        "* - Wed Jan 15\n  - {doc}`Potential outcomes <lectures/01>`\n"
        "  - + [Statistics](https://x.org/h) {bdg-primary}`Required`\n"
        "    + [Causal effects](https://x.org/a) (1974) {bdg-secondary}`Optional`\n```\n",
        encoding="utf-8",
    )
    lecture = by_key(tmp_path)["Wed Jan 15"]
    assert lecture.title == "Potential outcomes"
    assert readings(lecture) == {"https://x.org/h": "required", "https://x.org/a": "optional"}


def test_a_bare_doc_role_titles_a_row_by_its_page(tmp_path: Path) -> None:
    (tmp_path / "docs" / "lectures").mkdir(parents=True)
    (tmp_path / "docs" / "lectures" / "11-discovery.md").write_text(
        "# Causal discovery: PC, GES and NOTEARS\n\nNotes.\n", encoding="utf-8"
    )
    (tmp_path / "docs" / "schedule.md").write_text(
        "# Schedule\n\n| Date | Topic | Readings |\n| --- | --- | --- |\n"
        "| Wed Mar 26 | {doc}`lectures/11-discovery` | [NOTEARS](https://x.org/n) |\n",
        encoding="utf-8",
    )
    assert by_key(tmp_path)["Wed Mar 26"].title == "Causal discovery: PC, GES and NOTEARS"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("*All readings this week are optional: spend the time on your proposal.*", "optional"),
        ("All readings this week are optional.", "optional"),
        ("Both papers are required this time.", "required"),
        ("Spend the time on your proposal.", "required"),  # no note: the key's column rule
    ],
)
def test_a_rows_note_outranks_the_keys_rule_for_its_column(
    tmp_path: Path, note: str, expected: str
) -> None:
    (tmp_path / "schedule.md").write_text(
        "# Schedule\n\nEvery paper in the **Readings** column is required unless it carries an "
        "Optional badge.\n\n```{list-table}\n:header-rows: 1\n\n* - Week\n  - Date\n  - Topic\n"
        "  - Readings\n* - 7\n  - Wed Feb 26\n  - IV\n  - + [Angrist](https://x.org/iv)\n"
        f"* - 8\n  - Wed Mar 5\n  - Sensitivity\n  - {note}\n\n"
        "    + [Cinelli](https://x.org/c)\n    + [E-value](https://x.org/e)\n```\n",
        encoding="utf-8",
    )
    lectures = by_key(tmp_path)
    assert readings(lectures["Wed Feb 26"]) == {"https://x.org/iv": "required"}
    assert readings(lectures["Wed Mar 5"]) == {
        "https://x.org/c": expected,
        "https://x.org/e": expected,
    }


BOXES = [
    # a MyST dropdown, an admonition (colon or backtick fence), under an optional section
    ("## Going further (optional)\n\n:::{dropdown} Week 4\n:icon: book\n\n{papers}\n:::\n",
     "optional"),
    ("## Going further (optional)\n\n:::{admonition} Week 4\n\n{papers}\n:::\n", "optional"),
    ("## Further reading\n\n```{admonition} Week 4\n:class: tip\n\n{papers}\n```\n", "optional"),
    # an HTML <details> box, and MkDocs' collapsible admonition
    ("## Optional extras\n\n<details><summary>Week 4</summary>\n\n{papers}\n\n</details>\n",
     "optional"),
    ('## Going further (optional)\n\n??? note "Week 4"\n\n    {papers}\n', "optional"),
    # the box's own title says it, under a section that does not
    ("## More\n\n:::{dropdown} Week 4 (optional)\n{papers}\n:::\n", "optional"),
    ("## More\n\n:::{dropdown} Week 4: required extras\n{papers}\n:::\n", "required"),
    # nothing says: no requirement
    ("## More\n\n:::{dropdown} Week 4\n{papers}\n:::\n", None),
    # a box named by its row's day rather than its label
    ("## Optional extras\n\n:::{dropdown} Matching (Feb 5)\n{papers}\n:::\n", "optional"),
    ("## Optional extras\n\n:::{dropdown} Lecture 7: Matching, Feb 5\n{papers}\n:::\n",
     "optional"),  # a label the table has no column for: its day
    ("## Optional extras\n\n<details><summary>Matching (Feb 5)</summary>\n\n{papers}\n\n"
     "</details>\n", "optional"),
]  # fmt: skip
PAPERS = "- LaLonde, [Evaluating](https://x.org/l), *AER* 1986\n- [Dehejia](https://x.org/d)"


@pytest.mark.parametrize(("box", "expected"), BOXES)
def test_a_box_titled_by_a_session_adds_to_its_row(
    tmp_path: Path, box: str, expected: str | None
) -> None:
    papers = PAPERS.replace("\n", "\n    ") if "???" in box else PAPERS
    (tmp_path / "schedule.md").write_text(
        TABLE
        + box.replace("{papers}", papers)
        + "\n## Policies\n\n[Honor code](https://x.org/h)\n",
        encoding="utf-8",
    )
    lectures = by_key(tmp_path)
    assert list(lectures) == ["Wed Feb 5", "Wed Feb 12"]  # the box is no lecture of its own
    assert readings(lectures["Wed Feb 5"]) == {
        "https://x.org/rr": None,
        "https://x.org/l": expected,
        "https://x.org/d": expected,
    }
    assert readings(lectures["Wed Feb 12"]) == {"https://x.org/dml": None}


def test_a_box_ends_its_rows_readings(tmp_path: Path) -> None:
    """After the box, a paragraph's links join no row."""
    (tmp_path / "schedule.md").write_text(
        TABLE + "## Going further (optional)\n\n:::{dropdown} Week 4\n" + PAPERS + "\n:::\n\n"
        ":::{dropdown} Week 5\n- [Kennedy](https://x.org/k)\n:::\n\n"
        "Questions? Ask on [Ed](https://x.org/ed).\n",
        encoding="utf-8",
    )
    lectures = by_key(tmp_path)
    assert readings(lectures["Wed Feb 5"]) == {
        "https://x.org/rr": None,
        "https://x.org/l": "optional",
        "https://x.org/d": "optional",
    }
    assert readings(lectures["Wed Feb 12"]) == {
        "https://x.org/dml": None,
        "https://x.org/k": "optional",
    }


@pytest.mark.parametrize(
    "title",
    [
        "Week 9",  # no such row
        "Further reading",  # no session
        "Weekly quizzes",
    ],
)
def test_a_box_naming_no_row_joins_none(tmp_path: Path, title: str) -> None:
    (tmp_path / "schedule.md").write_text(
        TABLE + f"## Going further (optional)\n\n:::{{dropdown}} {title}\n{PAPERS}\n:::\n",
        encoding="utf-8",
    )
    lectures = by_key(tmp_path)
    assert readings(lectures["Wed Feb 5"]) == {"https://x.org/rr": None}
    assert readings(lectures["Wed Feb 12"]) == {"https://x.org/dml": None}


def test_a_box_below_a_table_without_readings_joins_no_row(tmp_path: Path) -> None:
    (tmp_path / "schedule.md").write_text(
        "# Schedule\n\n| Week | Date | Topic |\n| --- | --- | --- |\n"
        "| 4 | Wed Feb 5 | Propensity scores |\n| 5 | Wed Feb 12 | Double ML |\n\n"
        f"## Going further (optional)\n\n:::{{dropdown}} Week 4\n{PAPERS}\n:::\n",
        encoding="utf-8",
    )
    assert all(not lecture.readings for lecture in by_key(tmp_path).values())


RST_TABLE = """Schedule
========

Papers with an Optional badge are optional.

.. list-table::
   :header-rows: 1

   * - Week
     - Date
     - Topic
     - Readings
   * - 4
     - Wed Feb 5
     - {topic}
     - `Rosenbaum <https://x.org/rr>`_ :bdg-secondary:`Optional`
   * - 5
     - Wed Feb 12
     - Double ML
     - `Chernozhukov <https://x.org/dml>`_
"""


@pytest.mark.parametrize(
    ("topic", "title"),
    [
        (":doc:`Propensity scores <lectures/04-propensity>`", "Propensity scores"),
        (":doc:`lectures/04-propensity`", "Propensity scores, matching and weighting"),
        (":doc:`lectures/99-missing`", "lectures/99-missing"),
        (":ref:`Matching <matching>`", "Matching"),
        ("Matching with :abbr:`IPW (inverse probability weighting)`", "Matching with IPW"),
        ("Keys: :kbd:`Ctrl`", "Keys: Ctrl"),
    ],
)
def test_sphinx_roles_in_a_rst_page(tmp_path: Path, topic: str, title: str) -> None:
    (tmp_path / "lectures").mkdir()
    (tmp_path / "lectures" / "04-propensity.rst").write_text(
        "Propensity scores, matching and weighting\n=========================================\n",
        encoding="utf-8",
    )
    (tmp_path / "schedule.rst").write_text(RST_TABLE.format(topic=topic), encoding="utf-8")
    lecture = by_key(tmp_path)["Wed Feb 5"]
    assert lecture.title == title
    assert readings(lecture) == {"https://x.org/rr": "optional"}


def test_a_rst_admonition_titled_by_a_session_adds_to_its_row(tmp_path: Path) -> None:
    (tmp_path / "schedule.rst").write_text(
        RST_TABLE.format(topic="Matching")
        + "\nGoing further (optional)\n------------------------\n\n"
        ".. admonition:: Week 5\n\n   * `Kennedy <https://x.org/k>`_\n",
        encoding="utf-8",
    )
    assert readings(by_key(tmp_path)["Wed Feb 12"]) == {
        "https://x.org/dml": None,
        "https://x.org/k": "optional",
    }
