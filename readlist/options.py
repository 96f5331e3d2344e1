"""Option values, checked once: endpoints, delays, fractions, e-mail addresses.

Each validator takes the value as given (command line or environment) and
returns it, or the number it spells, or raises :class:`ValueError` with one line
saying what is wrong.  ``cli.py`` turns that into a usage error (exit 2) before
any work; the library may call them too.
"""

from __future__ import annotations

import math
from urllib.parse import urlsplit

from readlist import lazyre

_EMAIL = lazyre.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


def endpoint_url(value: str) -> str:
    """An http(s) URL with a host, and no user name, password or ``#fragment``.

    A fragment would swallow the query readlist appends; a user name
    (``https://arxiv.org@evil.example/``) hides the real host.
    """
    if any(ch.isspace() or not ch.isprintable() for ch in value):
        raise ValueError("a URL has no space or control character")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not one
    except ValueError as err:
        raise ValueError(f"not a URL ({err})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError("must be an http or https URL")
    if not parts.hostname:
        raise ValueError("the URL has no host")
    if "@" in parts.netloc:
        raise ValueError("a user name or password does not belong in an endpoint URL")
    if "#" in value:
        raise ValueError("a #fragment does not belong in an endpoint URL")
    return value


def delay_seconds(value: str | float) -> float:
    """A finite number of seconds, 0 or more."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"{value!r} is not a finite number of seconds (0 or more)")
    return seconds


def fraction(value: float) -> float:
    """A number from 0 to 1 (``nan`` is not one)."""
    if not 0.0 <= value <= 1.0:  # False for nan
        raise ValueError(f"{value} is not a number from 0 to 1")
    return value


def email(value: str) -> str:
    """A plain e-mail address (``staff@course.example.edu``), as APIs ask for politely."""
    if not _EMAIL.fullmatch(value):
        raise ValueError(f"{value!r} is not an e-mail address")
    return value
