"""Evidence before attaching: table-driven over the real records and decoys in
``fixtures/biblio`` (every row names the trap it guards against)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from readlist.dblp import to_metadata
from readlist.match import choose, corr_arxiv_id, dblp_query, paper_like, published_version
from readlist.model import Lecture, Metadata, Occurrence, Reading, Work
from readlist.urls import identify

RECORDS = Path(__file__).parent / "fixtures" / "biblio" / "records.json"
PAXOS_MADE_LIVE = {  # a decoy for "Paxos Made Simple" (PODC 2007, DBLP conf/podc/ChandraGR07)
    "key": "conf/podc/ChandraGR07",
    "title": "Paxos made live: an engineering perspective.",
    "authors": ["Tushar Deepak Chandra", "Robert Griesemer", "Joshua Redstone"],
    "venue": "PODC",
    "year": "2007",
    "type": "Conference and Workshop Papers",
}
PDF = "https://course.example.edu/assets/readings/paper.pdf"


def dblp_record(info: dict[str, Any]) -> Metadata:
    names = [{"@pid": "0/0", "text": name} for name in info["authors"]]
    key = info.get("key") or f"nokey/{info['venue']}{info['year']}"
    return to_metadata({**info, "key": key, "authors": {"author": names}})


ALL = [dblp_record(r["dblp"]) for r in json.loads(RECORDS.read_text("utf-8")) if r["dblp"]]
ALL.append(dblp_record(PAXOS_MADE_LIVE))


def work(*readings: tuple[str, str]) -> Work:
    lecture = Lecture("week-01.md", "Jan 1", "Lecture", 1)
    occurrences = tuple(
        Occurrence(lecture, Reading(text, text, url, url, None, line), identify(url))
        for line, (text, url) in enumerate(readings, start=1)
    )
    return Work(occurrences[0].identity.key, occurrences[0].identity, occurrences)


def chosen(text: str, url: str) -> str | None:
    found = choose(work((text, url)), ALL)
    return found.record if found is not None else None


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # conference vs journal version: the conference one, unless the DOI says otherwise
        ("MapReduce: Simplified Data Processing on Large Clusters", PDF, "conf/osdi/DeanG04"),
        ("MapReduce: Simplified Data Processing on Large Clusters",
         "https://doi.org/10.1145/1327452.1327492", "journals/cacm/DeanG08"),
        ("Bigtable: A Distributed Storage System for Structured Data",
         "https://static.googleusercontent.com/media/research.google.com/en//archive/bigtable-osdi06.pdf",
         "conf/osdi/ChangDGHWBCFG06"),
        ("Bigtable", "https://dl.acm.org/doi/10.1145/1365815.1365816",
         "journals/tocs/ChangDGHWBCFG08"),
        # nicknames: the record's title must begin with the name, nothing else competing
        ("3.1 - Bigtable", PDF, "conf/osdi/ChangDGHWBCFG06"),
        ("MapReduce (Dean & Ghemawat)", PDF, "conf/osdi/DeanG04"),
        # the link is the record's landing page: no title needed
        ("Memory-efficient PipeDream", "https://proceedings.mlr.press/v139/narayanan21a.pdf",
         "conf/icml/NarayananPSCZ21"),
        ("GPipe", "https://proceedings.neurips.cc/paper/2019/file/"
         "093f65e080a295f8076b1c5722a46aa2-Paper.pdf", "conf/nips/HuangCBFCCLNLWC19"),
        ("Spark SQL", "https://dl.acm.org/doi/pdf/10.1145/2723372.2742797",
         "conf/sigmod/ArmbrustXLHLBMK15"),
        ("Resilient Distributed Datasets", PDF, "conf/nsdi/ZahariaCDDMMFSS12"),
        ("Chord", PDF, "conf/sigcomm/StoicaMKKB01"),  # "How Good is the Chord ..." is not
        ("PipeDream", PDF, "nokey/SOSP2019"),  # over its CoRR preprint and the ICML paper
        ("Discretized Streams", PDF, None),  # HotCloud 2012 and SOSP 2013 compete
        ("Raft", "https://raft.github.io/raft.pdf", None),  # "RAFT at work" is not Raft
        ("Parameter Server", PDF, None),  # no title begins with it
        # Paxos Made Simple has no record; Paxos Made Live shares words, not the title
        ("Paxos Made Simple", "https://lamport.azurewebsites.net/pubs/paxos-simple.pdf", None),
        ("Paxos made live", PDF, "conf/podc/ChandraGR07"),
        # a workshop paper and its later full paper
        ("Discretized Streams: An Efficient and Fault-Tolerant Model for Stream Processing on "
         "Large Clusters", "https://www.usenix.org/system/files/conference/hotcloud12/x.pdf",
         "conf/hotcloud/ZahariaDLSS12"),
        ("Discretized Streams: Fault-Tolerant Streaming Computation at Scale", PDF,
         "conf/sosp/ZahariaDLHSS13"),
        ("Chord: A Scalable Peer-to-peer Lookup Service for Internet Applications", PDF,
         "conf/sigcomm/StoicaMKKB01"),
        ("In Search of an Understandable Consensus Algorithm", "https://raft.github.io/raft.pdf",
         "conf/usenix/OngaroO14"),
        # same first author, another paper
        ("Scaling Distributed Machine Learning with the Parameter Server",
         "https://www.usenix.org/system/files/conference/osdi14/osdi14-paper-li_mu.pdf",
         "conf/osdi/LiAPSAJLSS14"),
        ("PipeDream: Generalized Pipeline Parallelism for DNN Training", PDF, "nokey/SOSP2019"),
        # typos, venue tags, numbering
        ("The Gogle File System", PDF, "conf/sosp/GhemawatGL03"),
        ("Lecture 2: The Google File System (SOSP '03)", PDF, "conf/sosp/GhemawatGL03"),
        ("Finding a needle in Haystack: Facebook's photo storage", PDF,
         "conf/osdi/BeaverKLSV10"),
        # words of a title are not the title
        ("Google File System tricks", PDF, None),
        ("Distributed Machine Learning with the Parameter Server", PDF, None),
        ("PDF", PDF, None),
        # blogs, videos, wikis, repositories never get a paper's metadata
        ("The Google File System", "https://blog.example.com/posts/gfs-explained", None),
        ("The Google File System", "https://medium.com/@someone/the-google-file-system-1", None),
        ("MapReduce: Simplified Data Processing on Large Clusters",
         "https://www.youtube.com/watch?v=abc", None),
        ("Bigtable", "https://en.wikipedia.org/wiki/Bigtable", None),
        ("In Search of an Understandable Consensus Algorithm", "https://github.com/raft/raft",
         None),
        ("Spark SQL", "https://spark.apache.org/docs/latest/sql-programming-guide.html", None),
    ],
)  # fmt: skip
def test_choose(text: str, url: str, expected: str | None) -> None:
    assert chosen(text, url) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Attention Is All You Need", "Attention Is Not All You Need."),  # a short word
        ("Llama 2: Open Foundation and Fine-Tuned Chat Models",
         "Llama 3: Open Foundation and Fine-Tuned Chat Models."),  # a number
        ("Scaling Distributed Machine Learning with the Parameter Server",
         "Scaling Distributed Machine Learning with the Parameter Server Revisited."),
    ],
)  # fmt: skip
def test_one_word_more_or_another_number_is_another_paper(text: str, title: str) -> None:
    """Constructed decoys, one edit away from the title in rapidfuzz terms."""
    decoy = dblp_record({**PAXOS_MADE_LIVE, "key": "decoy", "title": title})
    assert choose(work((text, PDF)), [decoy]) is None


def test_nothing_to_choose_from() -> None:
    assert choose(work(("The Google File System", PDF)), []) is None


def test_the_best_of_several_readings_is_used() -> None:
    readings = work(("PDF", PDF), ("The Google File System", PDF))
    found = choose(readings, ALL)
    assert found is not None and found.record == "conf/sosp/GhemawatGL03"
    assert dblp_query(readings) == "the google file system"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.usenix.org/system/files/conference/osdi14/osdi14-paper-li_mu.pdf", True),
        ("https://www.usenix.org/conference/osdi12/technical-sessions/presentation/gonzalez",
         True),
        ("https://proceedings.mlr.press/v139/narayanan21a.html", True),
        ("https://proceedings.neurips.cc/paper/2019/hash/093f65e080a295f8076b1c5722a46aa2-Abstract.html",
         True),
        ("https://openreview.net/forum?id=r1gs9JgRZ", True),
        ("https://aclanthology.org/2020.acl-main.463/", True),
        ("https://doi.org/10.1145/3341301.3359646", True),
        ("https://dl.acm.org/doi/10.1145/3341301.3359646", True),
        ("https://ieeexplore.ieee.org/document/8886576", True),
        ("https://www.vldb.org/pvldb/vol5/p716_jeffreycohen_vldb2012.pdf", True),
        ("http://cidrdb.org/cidr2020/papers/p16-armbrust-cidr20.pdf", True),
        ("https://people.eecs.berkeley.edu/~matei/papers/2019/sosp_pipedream.pdf", True),
        ("https://course.example.edu/assets/readings/chord_sigcomm.pdf", True),
        ("https://www.cs.utexas.edu/~pingali/CSE392/2011sp/lectures/Conc_Comp.pdf", True),
        ("https://arxiv.org/abs/2201.12023", False),  # the arXiv API's, not DBLP's
        ("https://medium.com/@someone/paxos-explained-123", False),
        ("https://someone.github.io/blog/2020/raft.html", False),
        ("https://research.google/blog/some-announcement/", False),
        ("https://www.usenix.org/blog/some-post", False),
        ("https://docs.ray.io/en/latest/index.html", False),
        ("https://pytorch.org/docs/stable/distributed.html", False),
        ("https://www.youtube.com/watch?v=abc", False),
        ("https://youtu.be/abc", False),
        ("https://en.wikipedia.org/wiki/Paxos_(computer_science)", False),
        ("https://github.com/ray-project/ray", False),
        ("https://github.com/someone/notes/blob/main/paper.pdf", False),
        ("https://cs.example.edu/courses/cs262/schedule.html", False),
        ("https://example.com/", False),
        ("https://cacm.acm.org/magazines/2019/2/234352-a-new-golden-age", True),
        ("https://cacm.acm.org/blogs/blog-cacm/123-some-post/fulltext", False),
        ("https://proceedings.mlsys.org/paper/2020/hash/02522a2b2726fb0a03bb19f2d8d9524d-Abstract.html",
         True),
        ("https://dspace.mit.edu/handle/1721.1/102369", True),
    ],
)  # fmt: skip
def test_paper_like(url: str, expected: bool) -> None:
    assert paper_like(work(("A Title", url))) is expected


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("7.1 - Bigtable: A Distributed Storage System (OSDI '06)",
         "bigtable a distributed storage system"),
        ("[3] Spark SQL [SIGMOD 2015]", "spark sql"),
        ("(Nature version) Human-level control through deep reinforcement learning",
         "human level control through deep reinforcement learning"),
        ("MapReduce (Dean & Ghemawat)", "mapreduce"),
        ("PDF", ""),
        ("Finding a needle in Haystack: Facebook's photo storage",
         "finding a needle in haystack facebook s photo storage"),
        ("Discretized Streams: An Efficient and Fault-Tolerant Model for Stream Processing on "
         "Large Clusters", "discretized streams an efficient and fault tolerant model for stream"),
    ],
)  # fmt: skip
def test_dblp_query(text: str, query: str) -> None:
    assert dblp_query(work((text, PDF))) == query


def test_corr_arxiv_id() -> None:
    by_key = {r.record: r for r in ALL}
    assert corr_arxiv_id(by_key["journals/corr/abs-1806-03377"]) == "1806.03377"
    assert corr_arxiv_id(by_key["nokey/SOSP2019"]) is None
    bare = Metadata(arxiv_id="", type="article", url="https://arxiv.org/abs/1811.06965v5")
    assert corr_arxiv_id(bare) == "1811.06965"
    assert corr_arxiv_id(Metadata(arxiv_id="", type="article", url="https://x.org/a")) is None


ALPA = Metadata(
    arxiv_id="2201.12023",
    title="Alpa: Automating Inter- and Intra-Operator Parallelism for Distributed Deep Learning",
    authors=("Lianmin Zheng", "Zhuohan Li", "Hao Zhang", "Yonghao Zhuang", "Zhifeng Chen"),
)
ALPA_OSDI = Metadata(
    arxiv_id="",
    source="dblp",
    type="paper-conference",
    title="Alpa: Automating Inter- and Intra-Operator Parallelism for Distributed Deep Learning",
    authors=("Lianmin Zheng", "Zhuohan Li", "Hao Zhang 0010", "Yonghao Zhuang"),
    venue="OSDI",
    published="2022",
    pages="559-578",
    record="conf/osdi/ZhengLZZCHWXZXG22",
)
ALPA_CORR = Metadata(arxiv_id="2201.12023", source="dblp", type="article", title=ALPA.title,
                     authors=ALPA.authors, venue="CoRR")  # fmt: skip


def test_published_version_of_a_preprint() -> None:
    assert published_version(ALPA, [ALPA_CORR, ALPA_OSDI]) == ALPA_OSDI


@pytest.mark.parametrize(
    "record",
    [
        ALPA_CORR,  # the preprint itself is not a published version
        Metadata(**{**ALPA_OSDI.__dict__, "authors": ("Ada Lovelace", "Alan Turing")}),
        Metadata(**{**ALPA_OSDI.__dict__, "title": "Alpa: Something Else Entirely"}),
    ],
)
def test_no_published_version_without_title_and_authors(record: Metadata) -> None:
    assert published_version(ALPA, [record]) is None
