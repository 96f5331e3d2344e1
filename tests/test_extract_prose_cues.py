"""Requirements said in a session's prose: a clause offering a reading to whoever wants
it (optional), what a sentence calls the reading (a companion, a follow-up), and a key
to the readings the sessions tell students to read; and a short paragraph's run-in
heading naming its session."""

from __future__ import annotations

import pytest

from readlist.extract import classify, vocab
from readlist.extract.markdown import read_markdown
from readlist.extract.reader import called_legends, told_legend
from tests.test_extract_vocab import _rows


@pytest.mark.parametrize("phrase", _rows(vocab.OFFERS_BEFORE))
def test_a_clause_offering_the_link_after_it(phrase: str) -> None:
    assert classify.prefix_requirement(f"Week 3 is on search. The keen {phrase}") == "optional"
    assert classify.prefix_requirement(f"Students who want more {phrase} read") == "optional"


@pytest.mark.parametrize(
    "before",
    ["We will look at", "Please read", "Come having read", "You will like the lab. Read"],
)
def test_a_clause_that_offers_nothing(before: str) -> None:
    assert classify.prefix_requirement(before) is None


@pytest.mark.parametrize("phrase", _rows(vocab.OFFERS_AFTER))
def test_a_clause_offering_the_link_before_it(phrase: str) -> None:
    assert classify.suffix_requirement(f" is worth a look {phrase}.") == "optional"
    # the offer is another clause's: "[A](u) is the paper we discuss. Skim it if you like"
    assert classify.suffix_requirement(f" is the paper we discuss. B {phrase}") is None


CALLED = 'Papers we mention as a "companion", or after "if you want more", are optional.'


@pytest.mark.parametrize(
    ("key", "found"),
    [
        (CALLED, {"companion": "optional"}),
        ("Readings we describe as background are optional.", {"background": "optional"}),
        ("Papers I call 'core' are all required.", {"core": "required"}),
        ("Papers we mention as a companion are worth it.", {}),
        ("We mention as a companion the lab notes.", {}),
    ],
)
def test_a_key_to_what_a_sentence_calls_a_reading(key: str, found: dict[str, str]) -> None:
    assert called_legends(key) == found


@pytest.mark.parametrize(
    ("after", "noun"),
    [
        (" is the classic companion; we state it in class", "companion"),
        (",\nis the classic companion", "companion"),
        (" (Mattern) is a good companion.", "companion"),
        (" are the companions of the week", "companion"),
        (" is also a companion", "companion"),
        (" is the paper we discuss", None),
        (" and its companion notes", None),
        (". The lab is a companion", None),
    ],
)
def test_what_a_sentence_calls_the_link(after: str, noun: str | None) -> None:
    assert classify.called(after, ("companion",)) == noun


def test_a_condition_denied_offers_nothing() -> None:
    assert classify.suffix_requirement(" is required even if you like proofs") == "required"
    assert classify.suffix_requirement(" goes deeper, and you must not skip it") == "optional"
    assert classify.suffix_requirement(" does not go much further") is None


TOLD = "The papers we tell you to read before class are required: come having read them."


@pytest.mark.parametrize(
    ("key", "meaning"),
    [
        (TOLD, "required"),
        ("Whatever a session tells you to read is required.", "required"),
        ("Anything the schedule asks you to read is optional.", "optional"),
        ("Papers I ask you to read are all required.", "required"),
        ("The papers we tell you about are required.", None),
        ("We tell you to read the syllabus.", None),
    ],
)
def test_a_key_to_what_the_sessions_tell_you_to_read(key: str, meaning: str | None) -> None:
    assert told_legend(key) == meaning


@pytest.mark.parametrize(
    ("before", "told"),
    [
        ("Read", True),
        ("Tue Jan 21 — Intro. Read", True),
        ("Before class, read", True),
        ("Please also read", True),
        ("Read Paxos Made Simple and", True),
        ("Skim", False),
        ("Read the notes. The paper is", False),
        ("We already read", False),
    ],
)
def test_a_clause_telling_you_to_read(before: str, told: bool) -> None:
    assert classify.told_to_read(before) is told


def _requirements(page: str) -> dict[str, str | None]:
    lectures = read_markdown(page, "s.md", None)
    return {r.url: r.requirement for lecture in lectures for r in lecture.readings}


def test_the_key_reaches_every_paper_a_session_tells_you_to_read() -> None:
    page = (
        f"# Schedule\n\n{TOLD} {CALLED}\n\n"
        "**Tue Jan 21 — Consensus.** Read [Paxos](https://x.org/a) and [Raft](https://x.org/b)"
        " before class. If you want more, [VR](https://x.org/c) is a good companion.\n\n"
        "**Thu Jan 23 — Practice.** Before class, read [Chubby](https://x.org/d). "
        "[FLP](https://x.org/e) is the classic companion. Skim [Spanner](https://x.org/f).\n"
    )
    assert _requirements(page) == {
        "https://x.org/a": "required",
        "https://x.org/b": "required",
        "https://x.org/c": "optional",
        "https://x.org/d": "required",
        "https://x.org/e": "optional",
        "https://x.org/f": None,
    }
    got = _requirements(page.replace(TOLD, ""))
    assert got["https://x.org/a"] is None and got["https://x.org/d"] is None
    assert _requirements(page.replace(CALLED, ""))["https://x.org/e"] is None


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("**Tue Jan 28 — Midterm.** In class, closed book.", "Midterm"),
        ("**Thu Jan 30 – Snapshots**. Read [A](https://x.org/a).", "Snapshots"),
        ("**Thu Mar 6 — No class.** Instructor travelling; use the time for Lab 2.", "No class"),
    ],
)
def test_a_short_paragraph_named_by_its_run_in_heading(paragraph: str, title: str) -> None:
    page = f"# Schedule\n\n**Tue Jan 21 — Intro.** Read [B](https://x.org/b).\n\n{paragraph}\n"
    lectures = read_markdown(page, "s.md", None)
    assert [lec.title for lec in lectures] == ["Intro", title]
