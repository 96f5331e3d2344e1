"""Title checks for works whose metadata comes from DBLP, Crossref or the overrides.

Titles are those of real DBLP records (``../shared/fixtures/biblio``, with DBLP's
trailing full stop and award note); the metadata is written by hand as the
resolvers will attach it, whatever module fetches it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from readlist.course import load_course
from readlist.lint import UnusedOverride, check_course
from readlist.model import Course, Metadata

PAGE = """\
Jan 8
: **1**{: .label} Storage
: *Reading:*
* [1.1 - GFS (required)](https://doi.org/10.1145/945445.945450)
* [1.2 - Bigtable (required)](https://www.usenix.org/events/osdi06/tech/chang.html)
* [1.3 - Chord (required)](https://doi.org/10.1145/383059.383071)
* [1.4 - ZooKeeper (required)](https://www.usenix.org/conference/usenixatc10/zookeeper)

Jan 10
: **2**{: .label} Processing
: *Reading:*
* [2.1 - Raft (required)](https://www.usenix.org/conference/atc14/technical-sessions/presentation/ongaro)
* [2.2 - PowerGrpah (optional)](https://www.usenix.org/conference/osdi12/technical-sessions/presentation/gonzalez)
* [2.3 - Chord (optional)](https://doi.org/10.1145/1755913.1755940)
* [2.4 - The Snowflake Elastic Data Warehose (optional)](https://doi.org/10.1145/2882903.2903741)
* [2.5 - Spark SQL (optional)](https://doi.org/10.1145/2723372.2742797)
"""

RECORDS = {
    "945445.945450": Metadata("", source="dblp", record="conf/sosp/GhemawatGL03",
                              title="The Google file system."),
    "chang.html": Metadata("", source="dblp", record="conf/osdi/ChangDGHWBCFG06",
                           title="Bigtable: A Distributed Storage System for Structured Data "
                                 "(Awarded Best Paper!)."),
    "383059.383071": Metadata("", source="crossref", record="10.1145/383059.383071",
                              title="Chord: A scalable peer-to-peer lookup service for "
                                    "internet applications"),
    "zookeeper": Metadata("", source="overrides", key="hunt2010zookeeper",
                          title="ZooKeeper: Wait-free Coordination for Internet-scale Systems"),
    "ongaro": Metadata("", source="dblp", record="conf/usenix/OngaroO14",
                       title="In Search of an Understandable Consensus Algorithm."),
    "gonzalez": Metadata("", source="dblp", record="conf/osdi/GonzalezLGBG12",
                         title="PowerGraph: Distributed Graph-Parallel Computation on Natural "
                               "Graphs."),
    "1755913.1755940": Metadata("", source="dblp", record="conf/eurosys/ZahariaBSESS10",
                                title="Delay scheduling: a simple technique for achieving "
                                      "locality and fairness in cluster scheduling."),
    "2882903.2903741": Metadata("", source="crossref", record="10.1145/2882903.2903741",
                                title="The Snowflake Elastic Data Warehouse"),
    "2723372.2742797": Metadata("", status="missing", source="crossref"),
}  # fmt: skip


def _course(tmp_path: Path, records: dict[str, Metadata]) -> Course:
    (tmp_path / "week-01.md").write_text(PAGE, encoding="utf-8")
    course = load_course([tmp_path])
    for work in course.works:
        url = work.occurrences[0].reading.url
        found = [meta for tail, meta in records.items() if url.endswith(tail)]
        if found:
            course.metadata[work.id] = found[0]
    return course


def test_title_checks_whatever_the_source(tmp_path: Path) -> None:
    report = check_course(_course(tmp_path, RECORDS))
    assert [(f.line, f.severity, f.code) for f in report.findings] == [
        (12, "info", "title-mismatch"),  # "Raft": a nickname readlist cannot know
        (13, "warning", "title-typo"),
        (14, "error", "swapped-link"),
        (15, "warning", "title-typo"),
    ]
    raft, graph, chord, snowflake = report.findings
    assert '"PowerGrpah" looks like a typo of "PowerGraph"' in graph.message
    assert "DBLP conf/osdi/GonzalezLGBG12" in graph.message
    assert "10.1145/383059.383071" in chord.hint
    assert '"Warehose" looks like a typo of "Warehouse"' in snowflake.message
    assert "Crossref 10.1145/2882903.2903741" in snowflake.message
    assert report.skipped == [] and not report.incomplete


def test_an_unreachable_source_makes_the_check_incomplete(tmp_path: Path) -> None:
    down = {**RECORDS, "gonzalez": Metadata("", status="unreachable", source="dblp")}
    report = check_course(_course(tmp_path, down))
    assert report.incomplete and report.exit_code("error") == 2
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith("title, version and existence checks for 1 work (")
    assert report.skipped[0].endswith("gonzalez): DBLP could not be reached")


def test_unused_override_entries_are_reported(tmp_path: Path) -> None:
    unused = [
        UnusedOverride(
            "readlist-overrides.yaml", 12, "lamport1998paxos", "The Part-Time Parliament"
        ),
        ("readlist-overrides.yaml", 20, "ongaro2014raft", "Raft"),  # a plain tuple does too
    ]
    report = check_course(_course(tmp_path, RECORDS), unused_overrides=unused)
    found = [f for f in report.findings if f.code == "override-unused"]
    assert [(f.file, f.line, f.severity) for f in found] == [
        ("readlist-overrides.yaml", 12, "warning"),
        ("readlist-overrides.yaml", 20, "warning"),
    ]
    assert "lamport1998paxos" in found[0].message and "The Part-Time Parliament" in found[0].message


def test_the_venue_title_of_an_arxiv_paper_names_it(tmp_path: Path) -> None:
    """GPipe's NeurIPS title (DBLP's ``published_as``) is as good as arXiv's."""
    (tmp_path / "week-01.md").write_text(
        "Jan 8\n: **1**{: .label} Pipelines\n: *Reading:*\n"
        "* [GPipe: Easy Scaling with Micro-Batch Pipeline Parallelism (required)]"
        "(https://arxiv.org/abs/1811.06965)\n",
        encoding="utf-8",
    )
    course = load_course([tmp_path])
    arxiv = Metadata("1811.06965", version=5, title="GPipe: Efficient Training of Giant "
                     "Neural Networks using Pipeline Parallelism")  # fmt: skip
    neurips = Metadata(
        "", source="dblp", title="GPipe: Easy Scaling with Micro-Batch Pipeline Parallelism."
    )
    (work,) = course.works
    course.metadata[work.id] = arxiv
    assert [f.code for f in check_course(course).findings] == ["title-differs"]
    course.metadata[work.id] = replace(arxiv, published_as=neurips)
    assert check_course(course).findings == []


def test_a_text_naming_two_other_papers_names_neither(tmp_path: Path) -> None:
    """ "Scaling Laws" is how two course papers start: no swapped link, an info."""
    (tmp_path / "week-01.md").write_text(
        "Jan 8\n: **1**{: .label} Scaling\n: *Reading:*\n"
        "* [1.1 - Scaling Laws (required)](https://arxiv.org/abs/2203.15556)\n"
        "* [1.2 - Kaplan (required)](https://arxiv.org/abs/2001.08361)\n"
        "* [1.3 - Henighan (required)](https://arxiv.org/abs/2010.14701)\n",
        encoding="utf-8",
    )
    course = load_course([tmp_path])
    titles = {
        "2203.15556": "Training Compute-Optimal Large Language Models",
        "2001.08361": "Scaling Laws for Neural Language Models",
        "2010.14701": "Scaling Laws for Autoregressive Generative Modeling",
    }
    for work in course.works:
        course.metadata[work.id] = Metadata(work.arxiv_id or "", title=titles[work.arxiv_id or ""])
    found = [(f.line, f.severity, f.code) for f in check_course(course).findings]
    assert found[0] == (4, "info", "title-mismatch")
    titles["2010.14701"] = "Autoregressive Generative Modeling"  # now only one names it
    for work in course.works:
        course.metadata[work.id] = Metadata(work.arxiv_id or "", title=titles[work.arxiv_id or ""])
    found = [(f.line, f.severity, f.code) for f in check_course(course).findings]
    assert found[0] == (4, "error", "swapped-link")


def test_an_override_the_link_text_does_not_name_is_info_not_a_warning(tmp_path: Path) -> None:
    """A chapter linked as its book ("... Chapter 1") with the course's own entry: the
    staff matched it by URL, so a different title is worth knowing, not an alarm."""
    page = (
        "## Lecture 1 (Jan 9): Datacenters\n\n"
        "* [The Datacenter as a Computer Designing Warehouse-Scale Machines Chapter 1]"
        "(https://doi.org/10.1007/978-3-031-01761-2_1)\n"
    )
    (tmp_path / "week-01.md").write_text(page, encoding="utf-8")
    course = load_course([tmp_path])
    (work,) = course.works
    chapter = Metadata("", source="overrides", key="barroso-ch1", title="Introduction")
    dblp = Metadata("", source="dblp", record="x", title="Introduction")
    levels = {}
    for meta in (chapter, dblp):
        course.metadata[work.id] = meta
        (finding,) = check_course(course).findings
        levels[meta.source] = (finding.code, finding.severity)
    assert levels == {
        "overrides": ("title-mismatch", "info"),
        "dblp": ("title-mismatch", "warning"),
    }
