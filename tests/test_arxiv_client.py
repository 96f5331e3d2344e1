"""ArxivClient against the fake arXiv server: real HTTP on 127.0.0.1, no patching.

Every fault the client must survive has a test here; delays are small (0-0.2 s)
and timeouts short so that the whole file runs in a few seconds.
"""

from __future__ import annotations

import math
import time
from typing import Any

import pytest
from fakearxiv import METADATA_FIELDS, FakeArxiv, Fault, closed_port_url

from readlist.arxiv_client import USER_AGENT, ArxivClient
from readlist.errors import ArxivError

FIELDS = METADATA_FIELDS


def client(url: str, **options: Any) -> ArxivClient:
    defaults: dict[str, Any] = {"delay": 0.0, "timeout": 1.0, "retries": 2}
    return ArxivClient(url, **{**defaults, **options})


def fixture_ids(arxiv_metadata: list[dict[str, Any]]) -> list[str]:
    return [record["id"] for record in arxiv_metadata]


def gaps(fake: FakeArxiv) -> list[float]:
    times = [r.time for r in fake.requests]
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_nine_real_papers_match_metadata_json_field_for_field(
    fake_arxiv: FakeArxiv, arxiv_metadata: list[dict[str, Any]]
) -> None:
    found = client(fake_arxiv.url).fetch(fixture_ids(arxiv_metadata))

    assert len(fake_arxiv.requests) == 1
    for record in arxiv_metadata:
        meta = found[record["id"]]
        assert meta.status == "found"
        assert meta.fetched.endswith("Z")
        for name in FIELDS:
            value = getattr(meta, name)
            assert (list(value) if isinstance(value, tuple) else value) == record[name], name


def test_request_carries_ids_max_results_and_user_agent(
    fake_arxiv: FakeArxiv, arxiv_metadata: list[dict[str, Any]]
) -> None:
    ids = fixture_ids(arxiv_metadata)[:4]
    client(fake_arxiv.url).fetch(ids)

    (request,) = fake_arxiv.requests
    assert sorted(request.ids) == sorted(ids)
    assert request.max_results == 4
    assert request.user_agent == USER_AGENT
    assert "readlist" in request.user_agent


def test_results_are_matched_by_returned_id_not_position(
    fake_arxiv: FakeArxiv, arxiv_metadata: list[dict[str, Any]]
) -> None:
    # The fake answers in reverse order; a positional match would swap these.
    found = client(fake_arxiv.url).fetch(["1811.06965", "2205.14135"])

    assert found["1811.06965"].title.startswith("GPipe")
    assert found["2205.14135"].title.startswith("FlashAttention")


@pytest.mark.parametrize("n", [1, 100, 101, 250])
def test_n_ids_take_ceil_n_over_100_requests(synthetic_arxiv: FakeArxiv, n: int) -> None:
    ids = [f"2401.{i:05d}" for i in range(1, n + 1)]
    found = client(synthetic_arxiv.url).fetch(ids)

    assert len(synthetic_arxiv.requests) == math.ceil(n / 100)
    assert all(len(r.ids) <= 100 and r.max_results == len(r.ids) for r in synthetic_arxiv.requests)
    assert sorted(i for r in synthetic_arxiv.requests for i in r.ids) == sorted(ids)
    assert {m.status for m in found.values()} == {"found"}
    assert found["2401.00001"].title == "Synthetic paper 2401.00001"


def test_requests_are_spaced_by_the_delay_on_one_connection(synthetic_arxiv: FakeArxiv) -> None:
    ids = [f"2401.{i:05d}" for i in range(1, 301)]
    client(synthetic_arxiv.url, delay=0.2).fetch(ids)

    assert len(synthetic_arxiv.requests) == 3
    assert min(gaps(synthetic_arxiv)) >= 0.2
    assert len({r.peer for r in synthetic_arxiv.requests}) == 1


def test_invalid_ids_are_never_sent(fake_arxiv: FakeArxiv) -> None:
    found = client(fake_arxiv.url).fetch(["abc", "1712.05889", "2201.1202", "0703.1234"])

    assert found["1712.05889"].status == "found"
    assert {found[i].status for i in ("abc", "2201.1202", "0703.1234")} == {"invalid"}
    assert [r.ids for r in fake_arxiv.requests] == [["1712.05889"]]


def test_nothing_to_fetch_makes_no_request(fake_arxiv: FakeArxiv) -> None:
    assert client(fake_arxiv.url).fetch(["not-an-id"])["not-an-id"].status == "invalid"
    assert fake_arxiv.requests == []


def test_unknown_id_is_asked_once_more_then_missing(fake_arxiv: FakeArxiv) -> None:
    api = client(fake_arxiv.url)
    found = api.fetch(["1712.05889", "2401.99999"])

    assert found["1712.05889"].status == "found"
    assert found["2401.99999"].status == "missing"
    assert [r.ids for r in fake_arxiv.requests][1:] == [["2401.99999"]]
    assert api.reached and api.last_error is None


def test_anomalously_empty_first_page_is_asked_again(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("empty"))
    found = client(fake_arxiv.url).fetch(["1712.05889", "1605.08695"])

    assert {m.status for m in found.values()} == {"found"}
    assert len(fake_arxiv.requests) == 2


def test_503_burst_is_retried_with_exponential_backoff(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.http(503), times=2)
    found = client(fake_arxiv.url, delay=0.1, retries=3).fetch(["1712.05889"])

    assert found["1712.05889"].status == "found"
    first, second = gaps(fake_arxiv)
    assert first >= 0.1 and second >= 0.2


def test_429_with_retry_after_is_honoured(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.http(429, retry_after="1"))
    found = client(fake_arxiv.url, delay=0.05).fetch(["1712.05889"])

    assert found["1712.05889"].status == "found"
    assert gaps(fake_arxiv)[0] >= 1.0


def test_503_that_never_ends_is_unreachable_not_missing(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.http(503), times=10)
    api = client(fake_arxiv.url, retries=2)
    found = api.fetch(["1712.05889"])

    assert found["1712.05889"].status == "unreachable"
    assert len(fake_arxiv.requests) == 3
    assert api.last_error is not None and "HTTP 503" in api.last_error
    assert not api.reached


def test_truncated_feed_is_retried(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("truncated"))
    found = client(fake_arxiv.url).fetch(["1712.05889", "1605.08695", "1312.7651"])

    assert {m.status for m in found.values()} == {"found"}
    assert found["1605.08695"].title.startswith("TensorFlow")


def test_always_truncated_feed_is_unreachable(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("truncated"), times=20)
    api = client(fake_arxiv.url, retries=1)
    found = api.fetch(["1712.05889", "1605.08695", "1312.7651"])

    assert {m.status for m in found.values()} == {"unreachable"}
    assert api.last_error is not None and "truncated" in api.last_error


def test_slow_answer_past_the_timeout_is_retried(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.slow(1.5))
    started = time.monotonic()
    found = client(fake_arxiv.url, timeout=0.5).fetch(["1712.05889"])

    assert found["1712.05889"].status == "found"
    assert len(fake_arxiv.requests) == 2
    assert time.monotonic() - started < 1.4  # gave up on the slow answer, did not wait for it


def test_server_side_malformed_id_marks_only_that_id(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.rejected.add("1605.08695")  # arXiv answers HTTP 400 + error feed for it
    found = client(fake_arxiv.url).fetch(["1712.05889", "1605.08695"])

    assert found["1605.08695"].status == "invalid"
    assert found["1712.05889"].status == "found"
    assert [sorted(r.ids) for r in fake_arxiv.requests] == [
        ["1605.08695", "1712.05889"],
        ["1712.05889"],
    ]


def test_error_feed_with_http_200_is_recognised(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("error200"))
    found = client(fake_arxiv.url).fetch(["1712.05889", "1605.08695"])

    # The error names the first id sent; that id is marked, the other one fetched.
    first = fake_arxiv.requests[0].ids[0]
    assert found[first].status == "invalid"
    assert {m.status for i, m in found.items() if i != first} == {"found"}


def test_connection_refused_is_unreachable_and_stops_asking() -> None:
    api = client(closed_port_url(), retries=1)
    ids = [f"2401.{i:05d}" for i in range(1, 251)]
    found = api.fetch(ids)

    assert {m.status for m in found.values()} == {"unreachable"}
    assert api.requests_made == 2  # first batch: one try + one retry; later batches: none
    assert api.last_error == "arXiv could not be reached: connection failed (2 attempts)"


def test_endpoint_must_be_an_http_url() -> None:
    with pytest.raises(ArxivError, match="must be an http or https URL"):
        ArxivClient("export.arxiv.org/api/query")


def test_redirect_to_another_port_is_refused_not_followed(fake_arxiv: FakeArxiv) -> None:
    with FakeArxiv() as elsewhere:
        fake_arxiv.inject(Fault.redirect(elsewhere.url + "?id_list=1712.05889"))
        api = client(fake_arxiv.url)
        found = api.fetch(["1712.05889"])

        assert elsewhere.requests == []
    assert found["1712.05889"].status == "unreachable"
    assert api.last_error is not None and "redirect off the endpoint" in api.last_error


def test_trickling_answer_is_cut_at_the_total_deadline(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.trickle(0.05))  # one byte every 0.05 s: no single read times out
    started = time.monotonic()
    found = client(fake_arxiv.url, timeout=0.5).fetch(["1712.05889"])

    assert found["1712.05889"].status == "found"  # from the retry
    assert len(fake_arxiv.requests) == 2
    assert fake_arxiv.requests[0].sent[0] < 40  # ~10 bytes in 0.5 s, not the whole feed
    assert time.monotonic() - started < 5  # not the trickle's 10 s


def test_endless_body_is_cut_at_the_size_cap(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("endless"))
    api = client(fake_arxiv.url, max_bytes=1_000_000)
    found = api.fetch(["1712.05889"])

    assert found["1712.05889"].status == "unreachable"
    assert api.last_error is not None and "larger than 1000000 bytes" in api.last_error
    assert fake_arxiv.requests[0].sent[0] < 16_000_000  # the client hung up early


def test_entry_with_a_bad_date_is_reported_and_the_batch_kept(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("baddate"))  # the first id sent: <published>not a date</published>
    api = client(fake_arxiv.url)
    found = api.fetch(["1712.05889", "1605.08695"])

    assert found["1712.05889"].status == "unreachable"
    assert found["1605.08695"].status == "found"
    assert api.reasons == {
        "1712.05889": "arXiv's entry for 1712.05889 has a bad published date 'not a date'"
    }
    assert api.last_error == api.reasons["1712.05889"]
    assert len(fake_arxiv.requests) == 1  # the bad entry is not asked again in the same run
