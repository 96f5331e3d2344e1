"""The hardened transport against a real server on 127.0.0.1 (the fake arXiv's faults)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from fakearxiv import FakeArxiv, Fault, closed_port_url

from readlist.http import Answer, Retry, Transport, Unreachable, retry_after, user_agent


def transport(url: str, **options: float | int | str) -> Transport:
    defaults: dict[str, float | int | str] = {"delay": 0.0, "timeout": 1.0, "retries": 1}
    return Transport(url, **{**defaults, **options})  # type: ignore[arg-type]


def query(fake: FakeArxiv) -> str:
    return fake.url + "?id_list=1712.05889&max_results=1"


def test_user_agent_names_readlist_and_the_contact_address(fake_arxiv: FakeArxiv) -> None:
    transport(fake_arxiv.url, mailto="staff@example.edu").get(query(fake_arxiv))

    agent = fake_arxiv.requests[0].user_agent
    assert agent.startswith("readlist/") and agent.endswith("; mailto:staff@example.edu)")
    assert "mailto" not in user_agent()


def test_redirect_on_the_endpoint_is_followed(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.redirect(fake_arxiv.url + "?id_list=1605.08695&max_results=1"))
    answer = transport(fake_arxiv.url).get(query(fake_arxiv))

    assert answer.status == 200 and b"1605.08695" in answer.body
    assert [r.ids for r in fake_arxiv.requests] == [["1712.05889"], ["1605.08695"]]


@pytest.mark.parametrize(
    "location",
    [
        "http://localhost:{port}/api/query",  # another host name
        "https://127.0.0.1:{port}/api/query",  # another scheme
        "http://127.0.0.1:{other}/api/query",  # another port
    ],
)
def test_redirect_off_the_endpoint_is_refused(fake_arxiv: FakeArxiv, location: str) -> None:
    other = int(closed_port_url().split(":")[2].split("/")[0])
    fake_arxiv.inject(Fault.redirect(location.format(port=fake_arxiv.port, other=other)))
    client = transport(fake_arxiv.url, retries=3)

    with pytest.raises(Unreachable, match="redirect off the endpoint refused"):
        client.get(query(fake_arxiv))
    assert client.requests_made == 1  # refused, not retried


def test_request_off_the_endpoint_is_refused(fake_arxiv: FakeArxiv) -> None:
    with pytest.raises(Unreachable, match="off the endpoint"):
        transport(fake_arxiv.url).get("http://localhost:1/elsewhere")
    assert fake_arxiv.requests == []


def test_trickle_is_cut_at_the_total_deadline(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.trickle(0.05), times=5)
    client = transport(fake_arxiv.url, timeout=0.4, retries=0)

    with pytest.raises(Unreachable, match=r"no answer within 0\.4 s \(1 attempts\)"):
        client.get(query(fake_arxiv))
    assert fake_arxiv.requests[0].sent[0] < 30  # about 8 bytes, not the feed's thousands


def test_content_length_over_the_cap_is_refused_unread(fake_arxiv: FakeArxiv) -> None:
    client = transport(fake_arxiv.url, max_bytes=100)

    with pytest.raises(Unreachable, match="answer larger than 100 bytes"):
        client.get(query(fake_arxiv))
    assert client.requests_made == 1


def test_endless_body_is_cut_at_the_cap(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault("endless"))
    with pytest.raises(Unreachable, match="answer larger than 200000 bytes"):
        transport(fake_arxiv.url, max_bytes=200_000).get(query(fake_arxiv))
    assert fake_arxiv.requests[0].sent[0] < 10_000_000


def test_429_then_ok_waits_retry_after(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.http(429, retry_after="1"))
    answer = transport(fake_arxiv.url).get(query(fake_arxiv))

    first, second = (r.time for r in fake_arxiv.requests)
    assert answer.status == 200 and second - first >= 1.0


def test_failures_that_last_are_unreachable_with_the_last_reason(fake_arxiv: FakeArxiv) -> None:
    fake_arxiv.inject(Fault.http(503), times=5)
    client = transport(fake_arxiv.url, retries=2)

    with pytest.raises(Unreachable, match=r"^HTTP 503 \(3 attempts\)$"):
        client.get(query(fake_arxiv))
    assert client.requests_made == 3


def test_other_statuses_come_back_as_answers(fake_arxiv: FakeArxiv) -> None:
    answer = transport(fake_arxiv.url).get(fake_arxiv.url.replace("/api/query", "/nothing"))
    assert (answer.status, answer.body) == (404, b"not found")


def test_connection_refused_is_unreachable() -> None:
    with pytest.raises(Unreachable, match=r"^connection failed \(2 attempts\)$"):
        url = closed_port_url()
        transport(url).get(url)


def test_a_check_can_reject_an_answer_for_a_retry(fake_arxiv: FakeArxiv) -> None:
    seen: list[int] = []

    def check(answer: Answer) -> None:
        seen.append(answer.status)
        if len(seen) == 1:
            raise Retry("not what we wanted")

    transport(fake_arxiv.url).get(query(fake_arxiv), check=check)
    assert seen == [200, 200] and len(fake_arxiv.requests) == 2


def test_requests_are_spaced_by_the_delay(fake_arxiv: FakeArxiv) -> None:
    client = transport(fake_arxiv.url, delay=0.3)
    for _ in range(3):
        client.get(query(fake_arxiv))

    times = [r.time for r in fake_arxiv.requests]
    assert all(b - a >= 0.3 for a, b in zip(times, times[1:], strict=False))


def test_slow_down_raises_the_delay_never_lowers_it(fake_arxiv: FakeArxiv) -> None:
    client = transport(fake_arxiv.url, delay=0.5)
    client.slow_down(0.1)
    assert client.delay == 0.5
    client.slow_down(2.0)
    assert client.delay == 2.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("", None), ("3", 3.0), ("-4", 0.0), ("100000", 120.0), ("soon", None), ("nan", None)],
)
def test_retry_after_values(header: str, seconds: float | None) -> None:
    assert retry_after({"Retry-After": header}) == seconds


def test_retry_after_as_an_http_date() -> None:
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    found = retry_after({"Retry-After": when})
    assert found is not None and 25 <= found <= 30


def test_endpoint_must_be_an_http_url() -> None:
    with pytest.raises(ValueError, match="must be an http or https URL"):
        Transport("ftp://example.org/")


@pytest.fixture
def header_trickler() -> Iterator[tuple[str, list[int]]]:
    """A server that sends its status line one byte every 0.05 s (for 10 s at most)."""
    listener = socket.create_server(("127.0.0.1", 0))
    sent = [0]

    def serve() -> None:
        with contextlib.suppress(OSError):
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                for byte in b"HTTP/1.1 200 OK\r\n" * 12:
                    connection.sendall(bytes([byte]))
                    sent[0] += 1
                    time.sleep(0.05)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/", sent
    listener.close()
    thread.join(timeout=15)


def test_trickled_headers_are_cut_at_the_total_deadline(
    header_trickler: tuple[str, list[int]],
) -> None:
    url, sent = header_trickler
    with pytest.raises(Unreachable, match=r"no answer within 0\.4 s"):
        transport(url, timeout=0.4, retries=0).get(url)
    assert sent[0] < 30  # about 8 bytes, not the 200 the server would trickle


@pytest.mark.parametrize(
    ("endpoint", "url", "allowed"),
    [
        ("http://example.org/api", "http://EXAMPLE.org:80/other", True),
        ("http://example.org/api", "https://example.org/api", True),  # the upgrade to https
        ("http://example.org/api", "https://example.org:8443/api", False),
        ("https://example.org/api", "http://example.org/api", False),  # never a downgrade
        ("https://example.org/api", "https://api.example.org/api", False),
        ("http://127.0.0.1:8000/api", "https://127.0.0.1:8000/api", False),
        ("http://127.0.0.1:8000/api", "http://127.0.0.1:8001/api", False),
    ],
)
def test_what_is_on_the_endpoint(endpoint: str, url: str, allowed: bool) -> None:
    assert Transport(endpoint).on_endpoint(url) is allowed


@pytest.mark.parametrize(
    ("url", "options", "message"),
    [
        ("http://[::1", {}, "not a URL"),
        ("http://example.org:99999/", {}, "not a URL"),
        ("https://dblp.org#frag", {}, "a #fragment does not belong"),
        ("https://dblp.org", {"delay": float("nan")}, "nan is not a finite number of seconds"),
        ("https://dblp.org", {"delay": float("inf")}, "inf is not a finite number of seconds"),
        ("https://dblp.org", {"delay": -1.0}, "-1.0 is not a finite number of seconds"),
        ("https://dblp.org", {"timeout": 0.0}, "timeout must be more than 0 seconds"),
        ("https://dblp.org", {"retries": -1}, "retries must be 0 or more"),
    ],
)
def test_bad_settings_are_one_clear_error(
    url: str, options: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Transport(url, **options)  # type: ignore[arg-type]
