"""work_name: one row per decoration staff write, and per thing that must stay."""

from __future__ import annotations

import pytest

from readlist.linktext import work_name

CASES = [
    # leading numbering and labels
    ("7.1 - Bigtable", "Bigtable"),
    ("3.2 \u2013 Megatron-LM", "Megatron-LM"),
    ("5.1 - Ray", "Ray"),
    ("[3] MapReduce", "MapReduce"),
    ("(2) Chord", "Chord"),
    ("1. The Google File System", "The Google File System"),
    ("1) The Google File System", "The Google File System"),
    ("#4 Raft", "Raft"),
    ("L4: Chinchilla", "Chinchilla"),
    ("Lecture 4: Spark SQL", "Spark SQL"),
    ("Lec. 12 - PowerGraph", "PowerGraph"),
    ("Week 3: ZooKeeper", "ZooKeeper"),
    ("Paper: In Search of an Understandable Consensus Algorithm",
     "In Search of an Understandable Consensus Algorithm"),
    ("Paper 2: Haystack", "Haystack"),
    ("Reading - Delay Scheduling", "Delay Scheduling"),
    ("Lecture 4: 1. Paper: Raft", "Raft"),
    ("3.2 Raft", "Raft"),  # a dotted number needs no separator
    ("3.2. Raft", "Raft"),
    ("(a) Raft", "Raft"),
    ("b) Raft", "Raft"),
    # trailing venue tags
    ("The Google File System (SOSP '03)", "The Google File System"),
    ("Spark SQL [SIGMOD 2015]", "Spark SQL"),
    ("GPipe (NeurIPS 2019)", "GPipe"),
    ("MapReduce (2004)", "MapReduce"),
    ("MapReduce, 2004", "MapReduce"),
    ("Bigtable - OSDI 2006", "Bigtable"),
    ("Alpa [pdf]", "Alpa"),
    ("Raft (USENIX ATC)", "Raft"),
    ("7.1 - Bigtable (OSDI '06)", "Bigtable"),
    ("Raft, ATC 2014", "Raft"),
    ("Raft (Ongaro, 2014)", "Raft"),
    ("Attention Is All You Need (Vaswani et al., 2017)", "Attention Is All You Need"),
    ("Raft (Ongaro and Ousterhout 2014)", "Raft"),
    # the part of the paper to read
    ("Collective communication: theory, practice, and experience Section 1-6",
     "Collective communication: theory, practice, and experience"),
    ("Raft, sections 5.1 and 5.2", "Raft"),
    ("The Google File System (pp. 29-43)", "The Google File System"),
    ("Paxos Made Simple \u00a72", "Paxos Made Simple"),
    # what must stay
    ("OSTEP Chapter 4", "OSTEP Chapter 4"),
    ("Section 230 and the Internet", "Section 230 and the Internet"),
    ("3D Gaussian Splatting", "3D Gaussian Splatting"),
    ("GPT-3: Language Models are Few-Shot Learners",
     "GPT-3: Language Models are Few-Shot Learners"),
    ("100 Days of Code", "100 Days of Code"),
    ("Paxos Made Simple", "Paxos Made Simple"),
    ("Attention Is All You Need", "Attention Is All You Need"),
    ("Llama 2: Open Foundation and Fine-Tuned Chat Models",
     "Llama 2: Open Foundation and Fine-Tuned Chat Models"),
    ("Lecture 4", "Lecture 4"),
    ("[1]", "[1]"),
    ("Scaling Laws (Chinchilla)", "Scaling Laws (Chinchilla)"),
    ("Part-of-Speech Tagging", "Part-of-Speech Tagging"),
    ("W2V: word vectors", "W2V: word vectors"),
    ("3-2 Raft", "3-2 Raft"),  # not "2 Raft": a separator is not followed by a digit
    ("2.5D Visual Sound", "2.5D Visual Sound"),
    ("(a)", "(a)"),
    ("Raft (Best Paper)", "Raft (Best Paper)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), CASES)
def test_work_name(text: str, name: str) -> None:
    assert work_name(text) == name
