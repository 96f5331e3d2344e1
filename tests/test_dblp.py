"""DblpClient against the fake DBLP on 127.0.0.1 (real JSON shapes, real records)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import pytest
from fakearxiv import Fault, closed_port_url
from fakebiblio import RECORDS, FakeBiblio
from test_match import work

from readlist.dblp import DEFAULT_URL, DblpClient, parse_search
from readlist.match import choose, dblp_query
from readlist.model import Metadata


@pytest.fixture
def fake() -> Iterator[FakeBiblio]:
    with FakeBiblio() as server:
        yield server


def client(fake: FakeBiblio, **options: Any) -> DblpClient:
    defaults: dict[str, Any] = {"delay": 0.0, "timeout": 1.0, "retries": 2}
    return DblpClient(fake.url, **{**defaults, **options})


def by_key(records: list[Metadata] | None) -> dict[str, Metadata]:
    assert records is not None
    return {r.record: r for r in records}


def test_conference_and_journal_records_are_read_field_for_field(fake: FakeBiblio) -> None:
    found = by_key(client(fake).search("MapReduce simplified data processing"))

    assert set(found) == {"conf/osdi/DeanG04", "journals/cacm/DeanG08"}
    conference = found["conf/osdi/DeanG04"]
    assert conference == Metadata(
        arxiv_id="",
        status="found",
        title="MapReduce: Simplified Data Processing on Large Clusters",
        authors=("Jeffrey Dean", "Sanjay Ghemawat"),
        published="2004",
        type="paper-conference",
        venue="OSDI",
        pages="137-150",
        url="http://www.usenix.org/events/osdi04/tech/dean.html",
        record="conf/osdi/DeanG04",
        fetched=conference.fetched,
        source="dblp",
    )
    journal = found["journals/cacm/DeanG08"]
    assert (journal.type, journal.venue, journal.volume, journal.number, journal.pages) == (
        "article-journal",
        "Commun. ACM",
        "51",
        "1",
        "107-113",
    )
    assert journal.doi == "10.1145/1327452.1327492"
    assert journal.url == "https://doi.org/10.1145/1327452.1327492"
    assert conference.fetched.endswith("Z")


def test_request_is_the_search_api_with_json_hits_and_user_agent(fake: FakeBiblio) -> None:
    client(fake, mailto="ta@example.edu").search("Chubby lock", hits=7)

    (request,) = fake.requests
    assert request.service == "dblp" and request.query == "Chubby lock"
    assert request.params == {"q": "Chubby lock", "format": "json", "h": "7"}
    assert request.user_agent.startswith("readlist/")
    assert request.user_agent.endswith("mailto:ta@example.edu)")


def test_no_hit_is_an_empty_list_not_none(fake: FakeBiblio) -> None:
    api = client(fake)
    assert api.search("Paxos Made Simple") == []  # no "hit" key in DBLP's answer
    assert api.reached and api.last_error is None


def test_empty_query_asks_nothing(fake: FakeBiblio) -> None:
    api = client(fake)
    assert api.search("  ") == []
    assert fake.requests == [] and api.requests_made == 0


def test_one_hit_and_one_author_are_objects_not_lists(fake: FakeBiblio) -> None:
    (record,) = client(fake).search("Chubby") or []

    assert record.title == "The Chubby Lock Service for Loosely-Coupled Distributed Systems"
    assert record.authors == ("Michael Burrows",)


def test_venue_and_ee_lists_entities_and_disambiguation_numbers(fake: FakeBiblio) -> None:
    fake.add_dblp(
        {
            "key": "conf/acl/WangS20",
            "title": "Vision &amp; Language Navigation.",
            "authors": ["Wei Wang 0001", "Xin Sun 0027", "Ada Lovelace"],
            "venue": ["ACL", "Findings"],
            "year": "2020",
            "type": "Conference and Workshop Papers",
            "ee": ["https://aclanthology.org/2020.acl-main.1", "https://doi.org/10.18653/V1/X"],
        }
    )
    (record,) = client(fake).search("Vision Language Navigation") or []

    assert record.title == "Vision & Language Navigation"
    assert record.authors == ("Wei Wang", "Xin Sun", "Ada Lovelace")
    assert record.venue == "ACL, Findings"
    assert record.doi == "10.18653/v1/x"
    assert record.url == "https://doi.org/10.18653/v1/x"


def test_final_question_mark_is_kept(fake: FakeBiblio) -> None:
    found = by_key(client(fake).search("Chord algorithm"))
    assert found["conf/soda/DaskalakisDY10"].title == "How Good is the Chord Algorithm?"


def test_corr_record_carries_its_arxiv_id(fake: FakeBiblio) -> None:
    found = by_key(client(fake).search("PipeDream"))

    corr = found["journals/corr/abs-1806-03377"]
    assert (corr.arxiv_id, corr.type, corr.venue) == ("1806.03377", "article", "CoRR")
    sosp = [r for r in found.values() if r.venue == "SOSP"]
    assert [r.arxiv_id for r in sosp] == [""]


def test_429_burst_waits_retry_after(fake: FakeBiblio) -> None:
    fake.inject(Fault.http(429, retry_after="1"), times=2)
    found = client(fake).search("Chubby")

    assert found is not None and len(found) == 1
    times = [r.time for r in fake.requests]
    assert len(times) == 3 and times[1] - times[0] >= 1.0 and times[2] - times[1] >= 1.0


def test_503_burst_then_answer(fake: FakeBiblio) -> None:
    fake.inject(Fault.http(503), times=2)
    api = client(fake)
    assert api.search("Chubby") is not None
    assert api.requests_made == 3


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.http(503, retry_after="0"), "HTTP 503"),
        (Fault.http(429, retry_after="0"), "HTTP 429"),
        (Fault("garbage"), "not JSON"),
        (Fault("empty"), "empty answer"),
        (Fault("truncated"), "not JSON"),
        (Fault("deep"), "not JSON"),
        (Fault.slow(1.5), "no answer within 0.5 s"),
    ],
)
def test_lasting_failures_are_none_never_an_empty_list(
    fake: FakeBiblio, fault: Fault, reason: str
) -> None:
    fake.inject(fault, times=5)
    api = client(fake, timeout=0.5, retries=1)

    assert api.search("Chubby") is None
    assert api.last_error is not None and api.last_error.startswith("DBLP could not be reached")
    assert reason in api.last_error
    assert api.requests_made == 2


def test_one_garbled_answer_is_retried(fake: FakeBiblio) -> None:
    fake.inject(Fault("garbage"))
    found = client(fake).search("Chubby")
    assert found is not None and len(found) == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"result": {"hits": {"@total": "0", "@sent": "0"}}}, []),
        ({"result": {"hits": {"hit": "not a hit"}}}, []),
        ({"result": {"status": {"@code": "500"}}}, None),
        ({"error": "busy"}, None),
        (["result"], None),
    ],
)
def test_only_a_search_result_is_read(data: Any, expected: list[Metadata] | None) -> None:
    assert parse_search(data) == expected


def test_redirect_off_the_endpoint_is_refused(fake: FakeBiblio) -> None:
    fake.inject(Fault.redirect("http://localhost:9/search/publ/api?q=x"))
    api = client(fake)

    assert api.search("Chubby") is None
    assert api.last_error is not None and "redirect off the endpoint" in api.last_error


def test_unreachable_dblp_is_not_asked_again() -> None:
    api = DblpClient(closed_port_url().removesuffix("/api/query"), delay=0.0, retries=1)

    assert api.search("Chubby") is None
    assert api.search("Bigtable") is None
    assert api.requests_made == 2  # the first search: one try and one retry; then none
    assert (
        api.gave_up
        and api.last_error == "DBLP could not be reached: connection failed (2 attempts)"
    )


def test_requests_are_spaced_by_the_delay(fake: FakeBiblio) -> None:
    api = client(fake, delay=0.3)
    api.search("Chubby")
    api.search("Bigtable")

    first, second = (r.time for r in fake.requests)
    assert second - first >= 0.3


def test_defaults_are_the_real_service_and_one_second() -> None:
    api = DblpClient()
    assert DEFAULT_URL == "https://dblp.org" and api.base_url == "https://dblp.org"
    assert api.transport.delay == 1.0
    assert api.requests_made == 0 and not api.reached


def truth_readings() -> list[dict[str, Any]]:
    records = json.loads(RECORDS.read_text(encoding="utf-8"))
    return [r for r in records if r["role"] == "truth"]


@pytest.mark.parametrize("truth", truth_readings(), ids=lambda r: r["reading"][:30])
def test_each_reading_finds_its_own_record_among_the_decoys(
    fake: FakeBiblio, truth: dict[str, Any]
) -> None:
    """The reading's text and link (from records.json) -> query -> fake DBLP -> choose."""
    url = urljoin("https://course.example.edu/", truth["urls"][0])
    reading = work((truth["reading"], url))
    found = choose(reading, client(fake).search(dblp_query(reading)) or [])

    assert found is not None
    expected = truth["dblp"]
    assert (found.venue, found.published) == (expected["venue"], expected["year"])
    assert found.record == expected.get("key", "")
    assert found.authors == tuple(expected["authors"])


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        # every query word begins a word of the record, any case; newest first
        ("bigtable", ["journals/tocs/ChangDGHWBCFG08", "conf/osdi/ChangDGHWBCFG06"]),
        ("RAFT", ["conf/sigmod/Quiane-RuizPSD11"]),  # "In Search of ..." has no "raft"
        ("mapred simpl", ["journals/cacm/DeanG08", "conf/osdi/DeanG04"]),
        ("chord$", ["conf/soda/DaskalakisDY10", "conf/sigcomm/StoicaMKKB01"]),
        ("zaharia streams", ["conf/sosp/ZahariaDLHSS13", "conf/hotcloud/ZahariaDLSS12"]),
        ("paxos made simple", []),
    ],
)
def test_fake_searches_like_dblp(fake: FakeBiblio, query: str, keys: list[str]) -> None:
    assert [r.record for r in client(fake).search(query) or []] == keys


def test_an_award_note_is_not_part_of_the_title(fake: FakeBiblio) -> None:
    """DBLP keeps "(Awarded Best Paper!)" in the OSDI 2006 Bigtable title (fixtures)."""
    (record,) = [
        r for r in client(fake).search("Bigtable Distributed Storage") or [] if r.venue == "OSDI"
    ]
    assert record.title == "Bigtable: A Distributed Storage System for Structured Data"
