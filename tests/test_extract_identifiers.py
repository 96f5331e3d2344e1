"""Readings written as an identifier in plain text (blind round real136)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.identifiers import canonical, linked_identifiers
from tests.site_helpers import write_site


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        (
            "Nature 2015. doi:10.1038/nature14236.",
            'Nature 2015. <a href="doi:10.1038/nature14236">doi:10.1038/nature14236</a>.',
        ),
        ("(arXiv:1706.03762)", '(<a href="arXiv:1706.03762">arXiv:1706.03762</a>)'),
        ("— arXiv 2005.14165 (§1)", '— <a href="2005.14165">2005.14165</a> (§1)'),
        (
            "SC 2020. DOI 10.1109/SC41405.2020.00024",
            'SC 2020. <a href="10.1109/SC41405.2020.00024">10.1109/SC41405.2020.00024</a>',
        ),
        ("arXiv:1802.04799v3;", '<a href="arXiv:1802.04799v3">arXiv:1802.04799v3</a>;'),
        (
            "see https://horace.io/brrr.html.",
            'see <a href="https://horace.io/brrr.html">https://horace.io/brrr.html</a>.',
        ),
        # already a link, a Markdown link left as text, code, a script: as written
        (
            '<a href="https://arxiv.org/abs/1">arXiv:1706.03762</a>',
            '<a href="https://arxiv.org/abs/1">arXiv:1706.03762</a>',
        ),
        ("[Recording](https://youtu.be/x)", "[Recording](https://youtu.be/x)"),
        (
            "<pre># data from https://x.org/d.csv</pre>",
            "<pre># data from https://x.org/d.csv</pre>",
        ),
        (
            "<script>fetch('https://x.org/a.json')</script>",
            "<script>fetch('https://x.org/a.json')</script>",
        ),
        ("mail ta@arxiv.org", "mail ta@arxiv.org"),
        # the identifier of the work the link right before it names: no second reading
        (
            '<a href="https://www.google.com/url?q=https://arxiv.org/abs/2210.15723&amp;sa=D">'
            "Birdwatch</a>. arXiv:2210.15723.",
            '<a href="https://www.google.com/url?q=https://arxiv.org/abs/2210.15723&amp;sa=D">'
            "Birdwatch</a>. arXiv:2210.15723.",
        ),
    ],
)
def test_identifiers_in_text_are_links(text: str, linked: str) -> None:
    assert linked_identifiers(text) == linked


def test_urls_left_as_text_may_stay_text() -> None:
    assert (
        linked_identifiers("Data: https://x.org/d.csv", urls=False) == "Data: https://x.org/d.csv"
    )


@pytest.mark.parametrize(
    ("href", "page"),
    [
        ("arXiv:1706.03762", "https://arxiv.org/abs/1706.03762"),
        ("arXiv:1802.04799v3", "https://arxiv.org/abs/1802.04799v3"),
        ("2005.14165", "https://arxiv.org/abs/2005.14165"),
        ("doi:10.1038/nature14236", "https://doi.org/10.1038/nature14236"),
        ("10.1109/5.771073", "https://doi.org/10.1109/5.771073"),
        ("https://x.org/a", None),
        ("slides/01.pdf", None),
    ],
)
def test_an_identifier_names_its_page(href: str, page: str | None) -> None:
    assert canonical(href) == page


def test_a_url_in_a_code_span_is_a_command_an_identifier_is_a_reading() -> None:
    text = "<code>pip install https://x.org/c</code> and <code>doi:10.1145/x</code>"
    assert linked_identifiers(text) == (
        "<code>pip install https://x.org/c</code> and "
        '<code><a href="doi:10.1145/x">doi:10.1145/x</a></code>'
    )


def test_a_citation_titles_its_identifier_and_the_copies_after_it(tmp_path: Path) -> None:
    page = (
        "<h2>Tue Jan 14: Intro</h2><ul><li>Silver et al. Mastering Go. Nature 2016. "
        'doi:10.1038/nature16961 [<a href="https://x.org/go.pdf">pdf</a>]</li></ul>'
        "<h2>Thu Jan 16: More</h2>"
        "<ul><li>Brown et al. Few-Shot Learners — arXiv 2005.14165</li></ul>"
    )
    site = write_site(tmp_path, {"schedule.html": page})
    got = [(r.url, r.title) for lec in extract_site(site).lectures for r in lec.readings]
    assert got == [
        ("doi:10.1038/nature16961", "Silver et al. Mastering Go. Nature 2016"),
        ("https://x.org/go.pdf", "Silver et al. Mastering Go. Nature 2016"),
        ("2005.14165", "Brown et al. Few-Shot Learners"),
    ]
