"""CrossrefClient against the fake Crossref on 127.0.0.1 (real JSON shapes, real records)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fakearxiv import Fault, closed_port_url
from fakebiblio import FakeBiblio

from readlist.crossref import DEFAULT_URL, CrossrefClient, to_metadata
from readlist.model import Metadata

SPARK_SQL = "10.1145/2723372.2742797"
SIGMOD_15 = "Proceedings of the 2015 ACM SIGMOD International Conference on Management of Data"


@pytest.fixture
def fake() -> Iterator[FakeBiblio]:
    with FakeBiblio() as server:
        yield server


def client(fake: FakeBiblio, **options: Any) -> CrossrefClient:
    defaults: dict[str, Any] = {"delay": 0.0, "timeout": 1.0, "retries": 2}
    return CrossrefClient(fake.url, **{**defaults, **options})


def test_found_work_is_read_field_for_field(fake: FakeBiblio) -> None:
    found = client(fake).work(SPARK_SQL)

    assert found == Metadata(
        arxiv_id="",
        status="found",
        title="Spark SQL: Relational Data Processing in Spark",  # title + subtitle
        authors=(
            "Michael Armbrust",
            "Reynold S. Xin",
            "Cheng Lian",
            "Yin Huai",
            "Davies Liu",
            "Joseph K. Bradley",
            "Xiangrui Meng",
            "Tomer Kaftan",
            "Michael J. Franklin",
            "Ali Ghodsi",
            "Matei Zaharia",
        ),  # fmt: skip
        published="2015-05-27",
        type="paper-conference",
        venue=SIGMOD_15,  # no short-container-title
        container=SIGMOD_15,
        pages="1383-1394",
        publisher="ACM",
        doi=SPARK_SQL,
        url=f"https://doi.org/{SPARK_SQL}",
        record=SPARK_SQL,
        fetched=found.fetched,
        source="crossref",
    )


def test_request_path_and_polite_user_agent(fake: FakeBiblio) -> None:
    client(fake, mailto="ta@example.edu").work(SPARK_SQL)

    (request,) = fake.requests
    assert (request.service, request.query) == ("crossref", SPARK_SQL)
    assert request.user_agent.endswith("; mailto:ta@example.edu)")


def test_doi_comes_back_lower_cased(fake: FakeBiblio) -> None:
    fake.add_crossref({"DOI": "10.1016/S0304-3975(00)00042-6", "type": "journal-article"})
    found = client(fake).work("10.1016/S0304-3975(00)00042-6")

    assert found.status == "found" and found.doi == "10.1016/s0304-3975(00)00042-6"
    assert found.type == "article-journal"


def test_doi_with_reserved_characters_is_percent_encoded(fake: FakeBiblio) -> None:
    doi = "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0#x?y"
    fake.add_crossref({"DOI": doi, "title": ["Odd"]})

    assert client(fake).work(doi).title == "Odd"
    assert fake.requests[0].query == doi


@pytest.mark.parametrize("doi", ["", "  ", "not a doi", "10.1145", "10.12/ spaces here"])
def test_what_is_not_a_doi_is_invalid_and_never_sent(fake: FakeBiblio, doi: str) -> None:
    assert client(fake).work(doi).status == "invalid"
    assert fake.requests == []


def test_an_answer_that_is_not_a_work_is_unreachable(fake: FakeBiblio) -> None:
    fake.message_type = "work-list"  # what /works/ answers for an empty DOI
    api = client(fake)
    assert api.work(SPARK_SQL).status == "unreachable"
    assert api.last_error is not None and "not a work" in api.last_error


def test_crossref_404_is_missing_and_cacheable(fake: FakeBiblio) -> None:
    api = client(fake)
    found = api.work("10.1145/0000000.0000000")

    assert (found.status, found.source, found.doi) == (
        "missing",
        "crossref",
        "10.1145/0000000.0000000",
    )
    assert found.fetched and api.reached and api.requests_made == 1


def test_404_without_crossref_body_is_unreachable(fake: FakeBiblio) -> None:
    fake.inject(Fault.http(404))  # a proxy's or a CDN's 404, not Crossref's
    assert client(fake).work(SPARK_SQL).status == "unreachable"


def test_503_burst_with_retry_after_then_found(fake: FakeBiblio) -> None:
    fake.inject(Fault.http(503, retry_after="1"))
    found = client(fake).work(SPARK_SQL)

    first, second = (r.time for r in fake.requests)
    assert found.status == "found" and second - first >= 1.0


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.http(429, retry_after="0"), "HTTP 429"),
        (Fault.http(500), "HTTP 500"),
        (Fault("garbage"), "not JSON"),
        (Fault("empty"), "empty answer"),
        (Fault("truncated"), "not JSON"),
        (Fault("deep"), "not JSON"),
        (Fault.slow(1.5), "no answer within 0.5 s"),
    ],
)
def test_lasting_failures_are_unreachable_never_missing(
    fake: FakeBiblio, fault: Fault, reason: str
) -> None:
    fake.inject(fault, times=5)
    api = client(fake, timeout=0.5, retries=1)
    found = api.work(SPARK_SQL)

    assert (found.status, found.doi, found.fetched) == ("unreachable", SPARK_SQL, "")
    assert api.last_error is not None and reason in api.last_error


def test_rate_limit_headers_set_the_pace(fake: FakeBiblio) -> None:
    fake.rate_limit = ("2", "1s")  # two requests per second
    api = client(fake)
    api.work(SPARK_SQL)
    api.work(SPARK_SQL)

    first, second = (r.time for r in fake.requests)
    assert api.transport.delay == 0.5 and second - first >= 0.5


def test_redirect_off_the_endpoint_is_refused(fake: FakeBiblio) -> None:
    fake.inject(Fault.redirect(f"http://localhost:9/works/{SPARK_SQL}"))
    assert client(fake).work(SPARK_SQL).status == "unreachable"


def test_defaults_are_the_real_service() -> None:
    api = CrossrefClient()
    assert DEFAULT_URL == "https://api.crossref.org" and api.base_url == DEFAULT_URL
    assert api.transport.delay == 0.0


@pytest.mark.parametrize(
    ("issued", "published"),
    [
        ([[2008, 6]], "2008-06"),
        ([[2001]], "2001"),
        ([[2022, 13, 45]], "2022"),  # impossible month: the year is kept
        ([[2022, 2, 40]], "2022-02"),
        ([["2019", "7"]], "2019-07"),
        ([[None]], ""),
        ("garbage", ""),
    ],
)
def test_dates_are_validated(issued: Any, published: str) -> None:
    meta = to_metadata({"DOI": "10.1/x", "issued": {"date-parts": issued}})
    assert meta.published == published


def test_markup_entities_and_organisation_authors() -> None:
    meta = to_metadata(
        {
            "DOI": "10.1/X",
            "title": ["The <i>Chord</i> &amp; Pastry"],
            "author": [{"given": "Ion", "family": "Stoica"}, {"name": "The ACM Committee"}],
            "short-container-title": ["SIGCOMM"],
            "container-title": ["Proc. SIGCOMM"],
            "type": "book-chapter",
            "issue": "4",
        }
    )
    assert meta.title == "The Chord & Pastry"
    assert meta.authors == ("Ion Stoica", "The ACM Committee")
    assert (meta.venue, meta.container, meta.type, meta.number) == (
        "SIGCOMM",
        "Proc. SIGCOMM",
        "chapter",
        "4",
    )
    assert meta.doi == "10.1/x"


def test_unreachable_crossref_is_not_asked_again() -> None:
    api = CrossrefClient(closed_port_url().removesuffix("/api/query"), delay=0.0, retries=1)

    assert api.work(SPARK_SQL).status == "unreachable"
    assert api.work("10.1145/945445.945450").status == "unreachable"
    assert api.requests_made == 2
    assert api.last_error is not None and "connection failed" in api.last_error
