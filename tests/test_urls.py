"""Identities of links: the table in tests/data/url_identities.tsv, hostile input, properties."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from readlist.model import Identity
from readlist.urls import identify, identify_text, is_absolute, is_link, normalize_url

TABLE = Path(__file__).parent / "data" / "url_identities.tsv"


def _rows() -> list[tuple[str, str, int | None, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        link, key, version, note = line.split("\t")
        rows.append((link, key, None if version == "-" else int(version), note))
    return rows


ROWS = _rows()


def test_table_covers_enough_forms() -> None:
    assert len(ROWS) >= 45
    assert len({link for link, *_ in ROWS}) == len(ROWS), "duplicate rows in the table"


@pytest.mark.parametrize(("link", "key", "version", "note"), ROWS, ids=[r[3] for r in ROWS])
def test_identity_of_link(link: str, key: str, version: int | None, note: str) -> None:
    identity = identify(link)
    assert identity.key == key
    assert identity.version == version


def test_versions_are_not_part_of_identity() -> None:
    v2, v3 = identify("https://arxiv.org/abs/2201.12023v2"), identify("arxiv.org/pdf/2201.12023v3")
    assert v2 == v3
    assert hash(v2) == hash(v3)
    assert (v2.version, v3.version) == (2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alpa (arXiv:2201.12023v2).", Identity("arxiv", "2201.12023", 2)),
        ("arXiv: 1811.06965v5 [cs.CV] 25 Jul 2019", Identity("arxiv", "1811.06965", 5)),
        ("old one, ARXIV:math.GT/0309136", Identity("arxiv", "math/0309136")),
        ("see doi:10.1145/3447786.3456245, p. 3", Identity("doi", "10.1145/3447786.3456245")),
        ("arXiv:2201.1202 is not an id", None),
        ("Attention Is All You Need", None),
        ("version 2201.12023 without the prefix", None),
        ("", None),
    ],
)
def test_identity_in_text(text: str, expected: Identity | None) -> None:
    found = identify_text(text)
    assert found == expected
    if expected is not None and found is not None:
        assert found.version == expected.version


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://arxiv.org/abs/2201.12023", True),
        ("notes/sel4.pdf", True),
        ("mailto:someone@example.com", False),
        ("javascript:alert(1)", False),
        ("  JavaScript:void(0)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html;base64,PGI+", False),
        ("#", False),
        ("#section-2", False),
        ("", False),
        ("   ", False),
    ],
)
def test_is_link(href: str, expected: bool) -> None:
    assert is_link(href) is expected


@pytest.mark.parametrize(
    ("link", "expected"),
    [("https://a.org/x", True), ("//a.org/x", True), ("arXiv:2201.12023", True),
     ("notes/x.pdf", False), ("/course/x.pdf", False), ("../x.pdf", False)],
)  # fmt: skip
def test_is_absolute(link: str, expected: bool) -> None:
    assert is_absolute(link) is expected


HOSTILE = [
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "data:application/pdf;base64," + "A" * 10_000,
    "https://example.com/" + "a" * 10_000,
    "https://arxiv.org/abs/" + "/" * 10_000 + "2201.12023",
    "https://arxiv.org/abs/" + "1" * 10_000 + ".pdf",
    "https://doi.org/10.1234/" + "x" * 10_000,
    "https://" + "a." * 5_000 + "com/",
    "https://example.com/?" + "a=b&" * 5_000,
    "http://[::1",
    "http://example.com:99999/x",
    "http://example.com:port/x",
    "http://exa\uff0fmple.com/",
    "http://例え.テスト/論文.pdf",
    "https://xn--/broken",
    "http://a..b/x",
    "https://user:secret@example.com/x",
    "\x00\x01\x02",
    "%%%%%",
    "http://%zz/",
    "\ud800",
    "[text](https://example.com)",
    "https://openreview.net/forum?id=<script>",
    "https://aclanthology.org/" + "P18-1000" * 1000,
]


@pytest.mark.parametrize("link", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_links_get_a_url_identity_quickly(link: str) -> None:
    start = time.perf_counter()
    identity = identify(link)
    assert time.perf_counter() - start < 0.5
    assert identity.key
    assert isinstance(normalize_url(link), str)
    assert identify(link) == identity, "identify is deterministic"


def test_hostile_scheme_is_kept_apart_from_web_urls() -> None:
    assert identify("javascript:alert(1)").key == "url:javascript:alert(1)"
    assert identify("JAVASCRIPT:alert(1)") == identify("javascript:alert(1)")
    assert identify("https://user:secret@example.com/x").key == "url:https://example.com/x"


@given(st.text(max_size=300))
def test_identify_never_raises(text: str) -> None:
    identity = identify(text)
    assert identity.scheme in (
        "arxiv",
        "doi",
        "openreview",
        "acl",
        "usenix",
        "pmlr",
        "neurips",
        "url",
    )
    assert identify_text(text) is None or identify_text(text) == identify_text(text)


@given(
    st.sampled_from(["http://", "https://", "//", ""]),
    st.sampled_from(["arxiv.org", "www.arxiv.org", "doi.org", "openreview.net", "example.com"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
)
def test_identify_never_raises_on_url_shapes(scheme: str, host: str, rest: str) -> None:
    assert identify(f"{scheme}{host}/{rest}").key


@given(st.from_regex(r"https?://(www\.)?[a-z]{1,8}\.(org|com)(/[A-Za-z0-9 %._~-]{0,12}){0,4}/?"))
@example("http://a.org\x85\xa1")  # a white-space character IDNA rejects, in the host
@example("http://www.www.org")  # "www." twice: one off, "www.org" stays a host
def test_normalize_url_is_idempotent(url: str) -> None:
    once = normalize_url(url)
    assert normalize_url(once) == once
