"""Readings cited from a BibTeX file (blind round real130): jekyll-scholar tags,
pandoc citations in Quarto and R Markdown pages, mkdocs-bibtex."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.citations import Cited, pandoc_cited, role_cited
from readlist.extract.reader import legend_others, symbol_legends
from tests.site_helpers import write_site

BIB = r"""
@inproceedings{vaswani2017,
  title = {Attention Is All You {Need}},
  author = {Vaswani, Ashish and others},
  booktitle = {NeurIPS},
  year = {2017},
  url = {https://papers.nips.cc/paper/7181},
}
@article{kozlowski2019,
  title = {The {Geometry} of {Culture}},
  doi = {10.1177/0003122419877135},
  year = {2019},
}
@misc{mikolov2013,
  title = {Efficient Estimation of Word Representations in Vector Space},
  eprint = {1301.3781},
  archivePrefix = {arXiv},
}
@book{rival2020,
  title = {Introduction to Static Analysis},
  publisher = {MIT Press},
  year = {2020},
}
@article{g{\"o}del1931,
  title = {{\"U}ber formal unentscheidbare S{\"a}tze},
  url = {https://example.org/goedel.pdf},
}
"""
ENTRIES = {
    "vaswani2017": Cited(
        "Attention Is All You Need", "https://papers.nips.cc/paper/7181", "Vaswani et al.", "2017"
    ),
    "kozlowski2019": Cited("The Geometry of Culture", "https://doi.org/10.1177/0003122419877135"),
    "mikolov2013": Cited("Efficient Estimation", "https://arxiv.org/abs/1301.3781"),
    "rival2020": Cited("Introduction to Static Analysis", ""),
}
V = "[Attention Is All You Need](<https://papers.nips.cc/paper/7181>)"
K = "[The Geometry of Culture](<https://doi.org/10.1177/0003122419877135>)"


@pytest.mark.parametrize(
    ("source", "written"),
    [
        ("[@vaswani2017]", V),
        ("[@vaswani2017; @kozlowski2019]", f"{V}; {K}"),
        ("[see @vaswani2017, ch. 3]", f"see {V}, ch. 3"),
        ("[-@vaswani2017]", V),  # the year alone: the same link
        ("As @vaswani2017 show.", f"As {V} show."),
        ("@vaswani2017<br>@kozlowski2019.", f"{V}<br>{K}."),  # signs a key may hold
        ("[@rival2020]", "Introduction to Static Analysis"),  # no link to give
        ("[@unknown2020]", "[@unknown2020]"),  # no such entry: as written
        ("mail ta@vaswani2017.org", "mail ta@vaswani2017.org"),  # an address
        ("[@vaswani2017](https://x.org)", "[@vaswani2017](https://x.org)"),  # a link's text
        ("- [@vaswani2017]: sections 1-6", f"- {V}: sections 1-6"),
        ("[@vaswani2017]: https://x.org", "[@vaswani2017]: https://x.org"),  # a definition
        (
            "[A](https://papers.nips.cc/paper/7181) [@vaswani2017]",
            "[A](https://papers.nips.cc/paper/7181) [@vaswani2017]",
        ),
        (
            "@vaswani2017 [pdf](https://y.org/v.pdf)",
            "Vaswani et al. [2017] [pdf](https://y.org/v.pdf)",
        ),
        ("```\n@vaswani2017\n```", "```\n@vaswani2017\n```"),  # fenced code
    ],
)
def test_pandoc_citations_are_the_links_their_bibliography_gives(source: str, written: str) -> None:
    assert pandoc_cited(source, ENTRIES) == written


def _readings(site: Path) -> list[tuple[str, str, str, str | None]]:
    return [
        (lec.key, r.url, r.title, r.requirement)
        for lec in extract_site(site).lectures
        for r in lec.readings
    ]


def test_a_quarto_schedule_cites_from_the_projects_bibliography(tmp_path: Path) -> None:
    schedule = (
        "---\ntitle: Schedule\n---\n\n"
        "| Date | Topic | Readings |\n|---|---|---|\n"
        "| Tue Jan 14 | Attention | [@vaswani2017] |\n"
        "| Thu Jan 16 | Embeddings | @kozlowski2019; @mikolov2013 (optional) |\n"
        "| Tue Jan 21 | Analysis | [@rival2020] |\n"
    )
    site = write_site(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\nbibliography: references.bib\n",
            "references.bib": BIB,
            "schedule.qmd": schedule,
        },
    )
    assert _readings(site) == [
        ("Tue Jan 14", "https://papers.nips.cc/paper/7181", "Attention Is All You Need", None),
        (
            "Thu Jan 16",
            "https://doi.org/10.1177/0003122419877135",
            "The Geometry of Culture",
            None,
        ),
        (
            "Thu Jan 16",
            "https://arxiv.org/abs/1301.3781",
            "Efficient Estimation of Word Representations in Vector Space",
            "optional",
        ),
    ]


def test_jekyll_scholar_tags_cite_from_its_source_folder(tmp_path: Path) -> None:
    schedule = (
        "---\ntitle: Schedule\n---\n\n"
        "## Tue Jan 14: Attention\n\n* {% cite vaswani2017 %}\n"
        "* Optional: {% cite kozlowski2019 godel1931 --file other %}\n\n"
        "## Thu Jan 16: Embeddings\n\n* {% reference mikolov2013 %}\n"
    )
    other = '@misc{godel1931, title = {{\\"U}ber S{\\"a}tze}, url = {https://e.org/g.pdf}}\n'
    site = write_site(
        tmp_path,
        {
            "_config.yml": "plugins: [jekyll-scholar]\nscholar:\n  source: ./_bib\n",
            "_bib/references.bib": BIB,
            "_bib/other.bib": other,
            "schedule.md": schedule,
        },
    )
    assert _readings(site) == [
        ("Tue Jan 14", "https://papers.nips.cc/paper/7181", "Attention Is All You Need", None),
        # --file other: only other.bib, where kozlowski2019 is not
        ("Tue Jan 14", "https://e.org/g.pdf", "Über Sätze", "optional"),
        (
            "Thu Jan 16",
            "https://arxiv.org/abs/1301.3781",
            "Efficient Estimation of Word Representations in Vector Space",
            None,
        ),
    ]


def test_a_page_names_its_own_bibliography(tmp_path: Path) -> None:
    page = "---\nbibliography: refs/course.bib\n---\n\n## Tue Jan 14: X\n\n- [@vaswani2017]\n"
    site = write_site(tmp_path, {"schedule.Rmd": page, "refs/course.bib": BIB})
    assert [url for _, url, _, _ in _readings(site)] == ["https://papers.nips.cc/paper/7181"]


def test_mkdocs_bibtex_pages_cite_from_its_bib_file(tmp_path: Path) -> None:
    mkdocs = (
        "site_name: X\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n  - search\n  - bibtex:\n      bib_file: docs/refs.bib\n"
    )
    lecture = (
        "# Lecture 1: Attention\n\n**Date:** Tue, Jan 14\n\n## Readings\n\n"
        "- [@vaswani2017] (also in the [ACM DL](https://dl.acm.org/doi/1))\n"
    )
    site = write_site(
        tmp_path,
        {"mkdocs.yml": mkdocs, "docs/refs.bib": BIB, "docs/lectures/01.md": lecture},
    )
    got = [(url, title) for _, url, title, _ in _readings(site)]
    assert got == [
        ("https://papers.nips.cc/paper/7181", "Attention Is All You Need"),
        ("https://dl.acm.org/doi/1", "Attention Is All You Need"),  # a copy of the cited work
    ]


def test_without_a_bibliography_a_citation_is_text(tmp_path: Path) -> None:
    page = "## Tue Jan 14: X\n\n- [@vaswani2017]\n\n## Thu Jan 16: Y\n\n- [B](https://b.org/b)\n"
    site = write_site(tmp_path, {"schedule.md": page, "references.bib": BIB})
    assert [url for _, url, _, _ in _readings(site)] == ["https://b.org/b"]


@pytest.mark.parametrize(
    ("key", "others"),
    [
        (
            "Readings marked ★ are required. Everything else listed is optional background.",
            "optional",
        ),
        (
            "Unless a reading is marked *optional*, or sits in a box titled *Optional* or "
            "*Going deeper*, you are expected to have read it before that lecture.",
            "required",
        ),
        ("Unless a reading is marked *optional*, you are expected to have read it.", "required"),
    ],
)
def test_keys_to_the_unmarked_readings_of_real130(key: str, others: str) -> None:
    assert legend_others(key, symbol_legends(key)) == others


E2 = {
    "a": Cited("Attention & All", "https://x.org/a#1", "Ng and Li", "2019"),
    "b": Cited("B title", "https://doi.org/10.1/b_c"),
}


@pytest.mark.parametrize(
    ("syntax", "source", "written"),
    [
        ("myst", "{cite}`a`", "[Attention & All](<https://x.org/a#1>)"),
        (
            "myst",
            "{cite:p}`a,b`",
            "[Attention & All](<https://x.org/a#1>); [B title](<https://doi.org/10.1/b_c>)",
        ),
        ("rst", ":cite:p:`b`", "`B title <https://doi.org/10.1/b_c>`__"),
        ("rst", ":cite:`b`", "`B title <https://doi.org/10.1/b_c>`__"),
        ("rst", ":cite:`zz`", ":cite:`zz`"),  # no such entry
        ("latex", r"\cite{a}", r"\href{https://x.org/a\#1}{Attention \& All}"),
        ("latex", r"\textcite[ch.~3]{b}", r"\href{https://doi.org/10.1/b_c}{B title}"),
        ("latex", r"\nocite{a,b}", ""),  # listed in the bibliography, cited nowhere
        ("latex", r"\cite{zz}", r"\cite{zz}"),
        # beside the entry's own link: the citation adds no reading
        ("myst", "[A](https://x.org/a#1) {cite:p}`a`", "[A](https://x.org/a#1) {cite:p}`a`"),
        # beside a generic link: it names that link's work
        (
            "myst",
            "{cite:t}`a` [[pdf]](https://y.org/a.pdf)",
            "Ng and Li [2019] [[pdf]](https://y.org/a.pdf)",
        ),
        (
            "rst",
            ":cite:t:`a` `pdf <https://y.org/a.pdf>`__",
            "Ng and Li [2019] `pdf <https://y.org/a.pdf>`__",
        ),
        (
            "latex",
            r"\textcite{a} [\href{https://y.org/a.pdf}{pdf}]",
            r"Ng and Li [2019] [\href{https://y.org/a.pdf}{pdf}]",
        ),
    ],
)
def test_citation_roles_are_links_in_the_pages_syntax(
    syntax: str, source: str, written: str
) -> None:
    assert role_cited(source, E2, syntax) == written


def test_a_jupyter_book_cites_with_its_roles(tmp_path: Path) -> None:
    page = (
        "# Schedule\n\n## Tue Jan 14: Attention\n\n- {cite}`vaswani2017`\n"
        "- {cite:t}`mikolov2013` (optional)\n"
    )
    site = write_site(
        tmp_path,
        {
            "_config.yml": "title: Book\nbibtex_bibfiles:\n  - references.bib\n",
            "_toc.yml": "format: jb-book\nroot: intro\n",
            "intro.md": "# Intro\n",
            "references.bib": BIB,
            "schedule.md": page,
        },
    )
    got = [(url, req) for _, url, _, req in _readings(site)]
    assert got == [
        ("https://papers.nips.cc/paper/7181", None),
        ("https://arxiv.org/abs/1301.3781", "optional"),
    ]


def test_a_sphinx_site_cites_with_its_roles(tmp_path: Path) -> None:
    rst = (
        "Schedule\n========\n\nTue Jan 14: Attention\n---------------------\n\n"
        "* :cite:p:`vaswani2017`\n* Optional: :cite:t:`kozlowski2019`\n"
    )
    site = write_site(
        tmp_path,
        {
            "docs/conf.py": (
                "extensions = ['sphinxcontrib.bibtex']\nbibtex_bibfiles = ['refs.bib']\n"
            ),
            "docs/refs.bib": BIB,
            "docs/schedule.rst": rst,
        },
    )
    got = [(url, req) for _, url, _, req in _readings(site)]
    assert got == [
        ("https://papers.nips.cc/paper/7181", None),
        ("https://doi.org/10.1177/0003122419877135", "optional"),
    ]


def test_a_latex_syllabus_cites_from_its_bibliography(tmp_path: Path) -> None:
    tex = (
        "\\documentclass{article}\n\\usepackage{biblatex}\n\\addbibresource{readings.bib}\n"
        "\\begin{document}\n\\section*{Schedule}\n"
        "\\subsection*{Week 1 (Jan 13--17): Attention}\n\\cite{vaswani2017}\n\n"
        "\\subsection*{Week 2 (Jan 20--24): Embeddings}\n\\textcite{mikolov2013}\n"
        "\\nocite{kozlowski2019}\n\\printbibliography\n\\end{document}\n"
    )
    site = write_site(tmp_path, {"syllabus.tex": tex, "readings.bib": BIB})
    assert [url for _, url, _, _ in _readings(site)] == [
        "https://papers.nips.cc/paper/7181",
        "https://arxiv.org/abs/1301.3781",
    ]
