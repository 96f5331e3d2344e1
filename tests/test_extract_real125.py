"""Rules found by blind round real125 (pages in component languages; see also
test_extract_components.py): a copy after a cited bracket, a marker saying when."""

from __future__ import annotations

import pytest

from readlist.extract.markdown import read_markdown

HEAD = "| Date | Topic | Required reading |\n|---|---|---|\n"
PAPER = "[How Good Are Query Optimizers, Really?](https://a.org/t.pdf)"


@pytest.mark.parametrize(
    ("after", "titles"),
    [
        # the named work's citation in a bracket of its own, then its copy: A's copy
        (" (Leis et al., VLDB 2015) [[DOI](https://doi.org/10.1/x)]", 2 * ["A"]),
        (" (Leis, VLDB 2015) [[DOI](https://doi.org/10.1/x)]", 2 * ["A"]),
        (" (Leis, Gubichev et al., VLDB 2015) [[DOI](https://doi.org/10.1/x)]", 2 * ["A"]),
    ],
)
def test_a_copy_after_the_works_cited_bracket_is_the_work(after: str, titles: list[str]) -> None:
    (lecture,) = read_markdown(f"{HEAD}| Jan 3 | X | {PAPER}{after} |\n", "s.md", None)
    named = "How Good Are Query Optimizers, Really?"
    assert [r.title for r in lecture.readings] == [
        t.replace("A", named) if t == "A" else t for t in titles
    ]
