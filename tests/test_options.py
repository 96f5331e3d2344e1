"""Option values: validated once, a bad one is a usage error (exit 2, one line)."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest
from export_helpers import EXAMPLE
from test_export_cli import readlist

from readlist.options import delay_seconds, email, endpoint_url, fraction


@pytest.mark.parametrize(
    "url",
    [
        "https://export.arxiv.org/api/query",
        "http://127.0.0.1:8080/api/query",
        "http://[::1]:8080/query",
        "https://dblp.org/search/publ/api",
        "https://api.crossref.org/works?mailto=a@b.org",
        "HTTPS://Example.org",
    ],
)
def test_good_endpoints_pass_unchanged(url: str) -> None:
    assert endpoint_url(url) == url


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://[::1", "not a URL"),
        ("http://[::1]:99999/x", "not a URL"),
        ("http://host:port/x", "not a URL"),
        ("ftp://example.org/x", "http or https"),
        ("file:///etc/passwd", "http or https"),
        ("export.arxiv.org/api/query", "http or https"),
        ("http:///api/query", "no host"),
        ("https://export.arxiv.org/api/query#top", "fragment"),
        ("https://export.arxiv.org/api/query#", "fragment"),
        ("https://user:secret@export.arxiv.org/api/query", "user name"),
        ("https://arxiv.org@127.0.0.1/api", "user name"),
        ("https://export.arxiv.org/api query", "space or control"),
        ("https://export.arxiv.org/api\nquery", "space or control"),
        ("", "http or https"),
    ],
)
def test_bad_endpoints_say_why(url: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        endpoint_url(url)


@pytest.mark.parametrize(("text", "seconds"), [("0", 0.0), ("3", 3.0), ("0.5", 0.5), (2, 2.0)])
def test_good_delays(text: str | int, seconds: float) -> None:
    assert delay_seconds(text) == seconds


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "-0.001", "1e400", "soon", ""])
def test_bad_delays(value: str) -> None:
    with pytest.raises(ValueError, match="finite number of seconds"):
        delay_seconds(value)


def test_delay_values_that_are_floats_already() -> None:
    for bad in (math.nan, math.inf, -1.0):
        with pytest.raises(ValueError):
            delay_seconds(bad)


@pytest.mark.parametrize("value", [0.0, 0.85, 1.0])
def test_good_fractions(value: float) -> None:
    assert fraction(value) == value


@pytest.mark.parametrize("value", [math.nan, math.inf, -0.01, 1.01])
def test_bad_fractions(value: float) -> None:
    with pytest.raises(ValueError, match="from 0 to 1"):
        fraction(value)


@pytest.mark.parametrize("address", ["staff@course.example.edu", "a.b+c@x.org"])
def test_good_email(address: str) -> None:
    assert email(address) == address


@pytest.mark.parametrize(
    "address", ["", "nobody", "a@", "@b.org", "a@b", "a b@c.org", "a@b.org\r\nX: y", "a@b@c.org"]
)
def test_bad_email(address: str) -> None:
    with pytest.raises(ValueError, match="e-mail address"):
        email(address)


# --- through the CLI: a usage error, never a traceback, before any work ------------------------


def one_usage_error(run: subprocess.CompletedProcess[str], option: str) -> None:
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith("error: ") and option in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("command", ["fetch", "export", "check"])
@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--arxiv-url", "http://[::1"),
        ("--arxiv-url", "http://127.0.0.1:9/api#fragment"),
        ("--arxiv-url", "gopher://127.0.0.1/"),
        ("--arxiv-delay", "nan"),
        ("--arxiv-delay", "inf"),
        ("--arxiv-delay", "-1"),
    ],
)
def test_bad_option_values_are_usage_errors(
    tmp_path: Path, command: str, option: str, value: str
) -> None:
    cache = tmp_path / "cache"
    run = readlist(command, EXAMPLE, "--cache-dir", cache, option, value, cwd=tmp_path)
    one_usage_error(run, option)
    assert not cache.exists()


@pytest.mark.parametrize("value", ["nan", "1.5", "-0.1"])
def test_check_threshold_must_be_a_fraction(tmp_path: Path, value: str) -> None:
    run = readlist("check", EXAMPLE, "--offline", "--threshold", value, cwd=tmp_path)
    one_usage_error(run, "--threshold")


def test_bad_values_from_the_environment_are_usage_errors_too(tmp_path: Path) -> None:
    for variable, value in (("READLIST_ARXIV_DELAY", "nan"), ("READLIST_ARXIV_URL", "http://[::1")):
        run = readlist("fetch", EXAMPLE, "--cache-dir", tmp_path / "cache", cwd=tmp_path,
                       env={variable: value})  # fmt: skip
        one_usage_error(run, variable.removeprefix("READLIST_").lower().replace("_", "-"))
