"""Links readlist builds where a source writes no URL itself: a data record's reading
given by an arXiv id or a DOI (``readlist/extract/yamldata.py``), and an Antora
resource ID (``xref:attachment$a.pdf[..]``, ``readlist/extract/asciidoc.py``), resolved
to where Antora publishes it.

Every expected URL below is written by hand from the rule (arXiv's ``/abs/`` page,
doi.org, Antora's ``<component>/<version>/<module>/_attachments/`` layout).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.asciidoc import AntoraPage, asciidoc_html, resource_link
from readlist.extract.files import antora_site
from readlist.extract.yamldata import read_yaml

# -- readings by identifier in data files ----------------------------------------------


def _readings(reading: str, base_url: str | None = None) -> list[tuple[str, str, str]]:
    """(text, url, link) of each reading of a one-record data file whose one reading
    mapping is *reading* (YAML lines, indented under ``- ``)."""
    text = f"- date: Jan 5\n  title: Robustness\n  readings:\n    - {reading}\n"
    return [
        (r.text, r.url, r.link)
        for lec in read_yaml(text, "_data/lectures.yml", base_url)
        for r in lec.readings
    ]


MADRY = "https://arxiv.org/abs/1706.06083"
SHOKRI = "https://doi.org/10.1109/SP.2017.41"


@pytest.mark.parametrize(
    ("field", "value", "url"),
    [
        ("arxiv", '"1706.06083"', MADRY),
        ("arxiv_id", '"1706.06083"', MADRY),
        ("eprint", '"1706.06083"', MADRY),
        ("arXiv", '"1706.06083"', MADRY),  # field names are read in any case
        ("ArXiv_ID", '"1706.06083"', MADRY),
        ("doi", "10.1109/SP.2017.41", SHOKRI),
        ("DOI", "10.1109/SP.2017.41", SHOKRI),
    ],
)
def test_an_identifier_field_gives_the_reading_its_url(field: str, value: str, url: str) -> None:
    assert _readings(f"title: A Study\n      {field}: {value}") == [("A Study", url, url)]


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ('"2310.02238"', "https://arxiv.org/abs/2310.02238"),  # new style, 5 digits
        ('"1412.6572"', "https://arxiv.org/abs/1412.6572"),  # new style to 1412: 4 digits
        ('"2310.02238v2"', "https://arxiv.org/abs/2310.02238v2"),  # a version is kept
        ('"arXiv:2310.02238"', "https://arxiv.org/abs/2310.02238"),
        ("hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001"),  # old style
        ("hep-th/9901001v3", "https://arxiv.org/abs/hep-th/9901001v3"),
        ("math.GT/0309136", "https://arxiv.org/abs/math/0309136"),  # subject class dropped
        # unquoted, YAML reads a number: the zeros it drops are the id's
        ("2310.02238", "https://arxiv.org/abs/2310.02238"),
        ("2310.02230", "https://arxiv.org/abs/2310.02230"),
        ("2301.10000", "https://arxiv.org/abs/2301.10000"),
        ("1412.6570", "https://arxiv.org/abs/1412.6570"),
        ("0704.0001", "https://arxiv.org/abs/0704.0001"),
    ],
)
def test_arxiv_id_forms(value: str, url: str) -> None:
    assert _readings(f"title: A Study\n      arxiv: {value}") == [("A Study", url, url)]


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("10.1109/SP.2017.41", "https://doi.org/10.1109/SP.2017.41"),  # its case kept
        ("10.1145/3600006.3613165", "https://doi.org/10.1145/3600006.3613165"),
        ("10.1007/978-3-319-17524-9_1", "https://doi.org/10.1007/978-3-319-17524-9_1"),
        ('"doi:10.1145/3600006.3613165"', "https://doi.org/10.1145/3600006.3613165"),
        ("https://doi.org/10.1145/3338112", "https://doi.org/10.1145/3338112"),
        ("https://dx.doi.org/10.1145/3338112", "https://doi.org/10.1145/3338112"),
        (
            '"10.1002/(SICI)1097-4636(199708)36:2<242::AID-JBM14>3.0.CO;2-F"',
            "https://doi.org/10.1002/(SICI)1097-4636(199708)36:2%3C242::AID-JBM14%3E3.0.CO;2-F",
        ),
    ],
)
def test_doi_forms(value: str, url: str) -> None:
    assert _readings(f"title: A Study\n      doi: {value}") == [("A Study", url, url)]


@pytest.mark.parametrize(
    "field",
    [
        'arxiv: "TBD"',
        'arxiv: ""',
        'arxiv: "1706.0608"',  # a 1501+ number has 5 digits
        'arxiv: "1412.65720"',  # one to 1412 has 4
        'arxiv: "2313.02238"',  # no month 13
        'arxiv: "0612.0001"',  # the new style began in 0704
        'arxiv: "hep-xx/9901001"',  # no such archive
        'arxiv: "https://arxiv.org/abs/1706.06083"',  # a URL, not an id
        "arxiv: 1706",
        "arxiv: true",
        "eprint: [1706.06083]",
        "doi: SP.2017.41",  # a DOI starts with 10.
        'doi: "10.1109"',
        "doi: 10.12/x",  # a registrant code has 4 to 9 digits
        "doi: 11.1109/SP.2017.41",
        'doi: "10.1109/SP 2017"',
    ],
)
def test_an_invalid_identifier_is_no_reading(field: str) -> None:
    assert _readings(f"title: A Study\n      {field}") == []


def test_a_url_field_wins_over_an_identifier() -> None:
    got = _readings('title: A Study\n      url: https://a.org/s.pdf\n      arxiv: "1706.06083"')
    assert got == [("A Study", "https://a.org/s.pdf", "https://a.org/s.pdf")]


def test_an_arxiv_id_wins_over_a_doi_and_an_invalid_one_gives_way() -> None:
    both = 'title: A Study\n      doi: 10.1109/SP.2017.41\n      arxiv: "1706.06083"'
    assert _readings(both) == [("A Study", MADRY, MADRY)]
    bad_arxiv = "title: A Study\n      doi: 10.1109/SP.2017.41\n      arxiv: TBD"
    assert _readings(bad_arxiv) == [("A Study", SHOKRI, SHOKRI)]


def test_a_paper_title_gives_way_to_an_identifier() -> None:
    """``paper:`` is a field of URLs and of text alike: a title there is the text."""
    got = _readings('paper: "Attention Is All You Need"\n      arxiv: "1706.03762"')
    url = "https://arxiv.org/abs/1706.03762"
    assert got == [("Attention Is All You Need", url, url)]


def test_a_record_without_a_title_is_named_by_its_url() -> None:
    assert _readings('arxiv: "1706.06083"') == [(MADRY, MADRY, MADRY)]


def test_the_built_url_is_absolute_whatever_the_base_url() -> None:
    got = _readings("title: A Study\n      doi: 10.1109/SP.2017.41", "https://x.edu/cs1")
    assert got == [("A Study", SHOKRI, SHOKRI)]


def test_flags_and_line_of_an_identified_reading() -> None:
    text = (
        "- date: Jan 5\n"
        "  title: Robustness\n"
        "  readings:\n"
        "    - title: Towards Deep Learning Models Resistant to Adversarial Attacks\n"
        '      arxiv: "1706.06083"\n'
        "    - title: Membership Inference Attacks\n"
        "      doi: 10.1109/SP.2017.41\n"
        "      optional: true\n"
    )
    (lecture,) = read_yaml(text, "_data/lectures.yml", None)
    got = [(r.url, r.requirement, r.line) for r in lecture.readings]
    assert got == [(MADRY, None, 5), (SHOKRI, "optional", 7)]


def test_identified_readings_in_groups_papers_and_sessions(tmp_path: Path) -> None:
    """End to end, a Jekyll site: ids in requirement groups, in a papers file listed by
    key, and in a readings file joined to the schedule by session id."""
    files = {
        "_config.yml": "url: https://x.edu\nbaseurl: /cs1\n",
        "_data/schedule.yml": (
            "- date: Jan 5\n"
            "  title: Robustness\n"
            "  readings:\n"
            "    required:\n"
            '      - {title: Towards Deep Learning Models, arxiv: "1706.06083"}\n'
            "    optional:\n"
            "      - {title: Membership Inference Attacks, doi: 10.1109/SP.2017.41}\n"
            "- date: Jan 7\n"
            "  title: Attention\n"
            "  readings: [vaswani17]\n"
            "- date: Jan 9\n"
            "  title: Scaling\n"
            "  id: scaling\n"
        ),
        "_data/papers.yml": (
            'vaswani17: {title: Attention Is All You Need, arxiv: "1706.03762"}\n'
            "devlin19: {title: BERT, doi: 10.18653/v1/N19-1423}\n"
        ),
        "_data/readings.yml": (
            'scaling: [{title: Scaling Laws for Neural Language Models, eprint: "2001.08361"}]\n'
            'other: [{title: Chinchilla, arxiv: "2203.15556"}]\n'
        ),
        "schedule.md": "---\ntitle: Schedule\n---\n{% for l in site.data.schedule %}{% endfor %}\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    site = extract_site(tmp_path)
    got = [
        (lec.key, [(r.title, r.url, r.link, r.requirement) for r in lec.readings])
        for lec in site.lectures
        if lec.file == "_data/schedule.yml"
    ]
    assert got == [
        (
            "Jan 5",
            [
                ("Towards Deep Learning Models", MADRY, MADRY, "required"),
                ("Membership Inference Attacks", SHOKRI, SHOKRI, "optional"),
            ],
        ),
        (
            "Jan 7",
            [
                (
                    "Attention Is All You Need",
                    "https://arxiv.org/abs/1706.03762",
                    "https://arxiv.org/abs/1706.03762",
                    None,
                )
            ],
        ),
        (
            "Jan 9",
            [
                (
                    "Scaling Laws for Neural Language Models",
                    "https://arxiv.org/abs/2001.08361",
                    "https://arxiv.org/abs/2001.08361",
                    None,
                )
            ],
        ),
    ]


# -- Antora resource IDs -----------------------------------------------------------------

SITE = "https://c.example.edu"


def _page(
    version: str | None = None, module: str = "ROOT", site_url: str = SITE, component: str = "cs1"
) -> AntoraPage:
    return AntoraPage(component, version, module, site_url, {"lib": "2.1", "notes": None})


@pytest.mark.parametrize(
    ("target", "page", "url"),
    [
        # the page's own component version and module
        ("attachment$readings/a.pdf", _page(), f"{SITE}/cs1/_attachments/readings/a.pdf"),
        ("attachment$a.pdf", _page(module="labs"), f"{SITE}/cs1/labs/_attachments/a.pdf"),
        ("attachment$a.pdf", _page("2.0"), f"{SITE}/cs1/2.0/_attachments/a.pdf"),
        ("attachment$a.pdf", _page("2.0", "labs"), f"{SITE}/cs1/2.0/labs/_attachments/a.pdf"),
        ("attachment$a.pdf#page=3", _page(), f"{SITE}/cs1/_attachments/a.pdf#page=3"),
        # another module of the component
        ("labs:attachment$a.pdf", _page(), f"{SITE}/cs1/labs/_attachments/a.pdf"),
        ("ROOT:attachment$a.pdf", _page(module="labs"), f"{SITE}/cs1/_attachments/a.pdf"),
        ("cs1:labs:attachment$a.pdf", _page("2.0"), f"{SITE}/cs1/2.0/labs/_attachments/a.pdf"),
        ("cs1::attachment$a.pdf", _page(module="labs"), f"{SITE}/cs1/_attachments/a.pdf"),
        # another component: its ROOT module unless named, its latest version unless given
        ("lib:api:attachment$a.pdf", _page(), f"{SITE}/lib/2.1/api/_attachments/a.pdf"),
        ("lib::attachment$a.pdf", _page(module="labs"), f"{SITE}/lib/2.1/_attachments/a.pdf"),
        ("notes::attachment$a.pdf", _page("2.0"), f"{SITE}/notes/_attachments/a.pdf"),
        ("1.0@lib::attachment$a.pdf", _page(), f"{SITE}/lib/1.0/_attachments/a.pdf"),
        ("_@lib::attachment$a.pdf", _page(), f"{SITE}/lib/_attachments/a.pdf"),
        ("3.0@attachment$a.pdf", _page("2.0"), f"{SITE}/cs1/3.0/_attachments/a.pdf"),
        # the ROOT component is published at the site's root
        ("attachment$a.pdf", _page(component="ROOT"), f"{SITE}/_attachments/a.pdf"),
        # images are published beside attachments
        ("image$diagrams/cfg.png", _page(), f"{SITE}/cs1/_images/diagrams/cfg.png"),
        ("labs:image$cfg.png", _page("2.0"), f"{SITE}/cs1/2.0/labs/_images/cfg.png"),
        # no site URL: a path on the site
        ("attachment$a.pdf", _page(site_url=""), "/cs1/_attachments/a.pdf"),
        (
            "attachment$a.pdf",
            _page(site_url="https://x.org/docs/"),
            "https://x.org/docs/cs1/_attachments/a.pdf",
        ),
        # not published, or no resource ID of another family
        ("partial$office-hours.adoc", _page(), None),
        ("example$hello.py", _page(), None),
        ("ROOT:example$hello.py", _page(), None),
        ("page$schedule.adoc", _page(), None),
        ("schedule.adoc", _page(), None),
        ("ROOT:schedule.adoc", _page(), None),
        ("readings/a.pdf", _page(), None),
        ("https://a.org/a.pdf", _page(), None),
    ],
)
def test_resource_link(target: str, page: AntoraPage, url: str | None) -> None:
    assert resource_link(target, page) == url


@pytest.mark.parametrize(
    ("adoc", "html"),
    [
        # a published family: a link to the target as written, the resolver's to complete
        ("xref:attachment$r/a.pdf[A Study]", '<a href="attachment$r/a.pdf">A Study</a>'),
        ("xref:cs1:labs:attachment$a.pdf[A]", '<a href="cs1:labs:attachment$a.pdf">A</a>'),
        ("xref:image$cfg.png[CFG]", '<a href="image$cfg.png">CFG</a>'),
        ("xref:attachment$a.pdf[]", '<a href="attachment$a.pdf">attachment$a.pdf</a>'),
        # never published: the text, no link
        ("See xref:partial$hours.adoc[office hours].", "<p>See office hours.</p>"),
        ("xref:example$hello.py[the example]", "<p>the example</p>"),
        # pages as before
        ("xref:schedule.adoc[the schedule]", '<a href="schedule.html">the schedule</a>'),
        ("xref:cs1:ROOT:labs/l1.adoc#due[Lab]", '<a href="labs/l1.html#due">Lab</a>'),
        ("xref:page$schedule.adoc[S]", '<a href="schedule.html">S</a>'),
        ("xref:ROOT:page$schedule.adoc[S]", '<a href="schedule.html">S</a>'),
    ],
)
def test_xref_families(adoc: str, html: str) -> None:
    assert html in asciidoc_html(adoc)


SCHEDULE = """\
= Schedule

== Tue, Sep 2: Introduction

.Readings
* xref:attachment$readings/ppa-ch1.pdf[Nielson, Principles of Program Analysis, ch. 1]
* xref:lib::attachment$kildall.pdf[A Unified Approach to Global Program Optimization]
* xref:glossary.adoc[Glossary of Terms for Program Analysis]
* xref:partial$hours.adoc[Office Hours for Program Analysis]
* link:https://a.org/dataflow.pdf[Dataflow Analysis Notes]
"""


def _antora(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str, str]]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    site = extract_site(tmp_path)
    return [(r.title, r.url, r.link) for lec in site.lectures for r in lec.readings]


def test_an_attachment_of_an_unversioned_component(tmp_path: Path) -> None:
    """The blind case's layout: ``antora.yml`` (``version: ~``) and the playbook at the
    root, the page in the ROOT module."""
    got = _antora(
        tmp_path,
        {
            "antora-playbook.yml": f"site:\n  url: {SITE}\ncontent:\n  sources:\n  - url: .\n",
            "antora.yml": "name: cs1\nversion: ~\n",
            "lib/antora.yml": "name: lib\nversion: '2.1'\n",  # in no source: version unknown
            "modules/ROOT/pages/schedule.adoc": SCHEDULE,
        },
    )
    assert got == [
        (
            "Nielson, Principles of Program Analysis, ch. 1",
            "attachment$readings/ppa-ch1.pdf",
            f"{SITE}/cs1/_attachments/readings/ppa-ch1.pdf",
        ),
        (
            "A Unified Approach to Global Program Optimization",
            "lib::attachment$kildall.pdf",
            f"{SITE}/lib/_attachments/kildall.pdf",
        ),
        ("Glossary of Terms for Program Analysis", "glossary.html", "glossary.html"),
        ("Dataflow Analysis Notes", "https://a.org/dataflow.pdf", "https://a.org/dataflow.pdf"),
    ]


def test_an_attachment_of_a_versioned_module_in_a_start_path(tmp_path: Path) -> None:
    """Components under the playbook's ``start_paths``; the page in a named module."""
    playbook = (
        f"site:\n  url: {SITE}/\ncontent:\n  sources:\n  - url: .\n    start_paths: [docs, lib]\n"
    )
    got = _antora(
        tmp_path,
        {
            "antora-playbook.yml": playbook,
            "docs/antora.yml": "name: cs1\nversion: fall-2025\n",
            "lib/antora.yml": "name: lib\nversion: 2.1\n",
            "docs/modules/week1/pages/schedule.adoc": SCHEDULE,
        },
    )
    assert [link for _, _, link in got] == [
        f"{SITE}/cs1/fall-2025/week1/_attachments/readings/ppa-ch1.pdf",
        f"{SITE}/lib/2.1/_attachments/kildall.pdf",
        "glossary.html",
        "https://a.org/dataflow.pdf",
    ]


def test_an_attachment_without_a_playbook_links_a_site_path(tmp_path: Path) -> None:
    got = _antora(
        tmp_path,
        {"antora.yml": "name: cs1\nversion: '1.0'\n", "modules/ROOT/pages/s.adoc": SCHEDULE},
    )
    assert got[0][2] == "/cs1/1.0/_attachments/readings/ppa-ch1.pdf"


def test_an_asciidoc_page_outside_antora_keeps_its_href(tmp_path: Path) -> None:
    got = _antora(tmp_path, {"schedule.adoc": SCHEDULE})
    assert got[0][1:] == ("attachment$readings/ppa-ch1.pdf", "attachment$readings/ppa-ch1.pdf")


@pytest.mark.parametrize(
    ("files", "url", "versions"),
    [
        ({"antora.yml": "name: c\nversion: ~\n"}, "", {"c": None}),
        ({"antora.yml": "name: c\nversion: true\n"}, "", {"c": None}),  # from the branch
        ({"antora.yml": "name: c\nversion: 2.0\n"}, "", {"c": "2.0"}),
        ({"antora-playbook.yml": "site:\n  url: https://s.org/\n"}, "https://s.org", {}),
        ({"antora-playbook.yml": "site:\n  url: /local\n"}, "", {}),  # no site URL
        (
            {
                "local-antora-playbook.yml": (
                    "site:\n  url: https://s.org\ncontent:\n  sources:\n"
                    "  - url: .\n    start_path: a\n"
                    "  - url: https://git.example.org/b.git\n    start_path: b\n"
                ),
                "a/antora.yml": "name: a\nversion: '1'\n",
                "b/antora.yml": "name: b\nversion: '9'\n",  # another repository's path
            },
            "https://s.org",
            {"a": "1"},
        ),
    ],
)
def test_antora_site(
    tmp_path: Path, files: dict[str, str], url: str, versions: dict[str, str | None]
) -> None:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    found = antora_site(tmp_path)
    assert found is not None
    assert (found.site_url, found.versions) == (url, versions)


def test_no_antora_site(tmp_path: Path) -> None:
    (tmp_path / "index.adoc").write_text("= Hi\n", encoding="utf-8")
    assert antora_site(tmp_path) is None
