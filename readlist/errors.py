"""Errors readlist raises on purpose.

::

    ReadlistError                 anything the CLI reports as one line + exit code
    ├── InputError                a path or file that cannot be read at all (exit 2)
    ├── CacheError                the cache directory cannot be used (exit 2)
    ├── ArxivError                talking to arXiv failed
    │   └── ArxivUnreachable      no answer at all: network, timeouts, 5xx after retries
    └── ExportError               an export cannot be produced or written (exit 2)

Expected mess (an unreadable file inside a site, an id arXiv lacks) is data
(:class:`readlist.model.Problem`, ``Metadata(status="missing")``), not an error.
"""

from __future__ import annotations


class ReadlistError(Exception):
    """Base class: ``str(err)`` is a one-line message for the user."""

    exit_code = 2


class InputError(ReadlistError):
    """A path the user gave cannot be read."""


class CacheError(ReadlistError):
    """The cache directory cannot be used."""


class ArxivError(ReadlistError):
    """arXiv answered, but not usefully (e.g. a malformed request)."""


class ArxivUnreachable(ArxivError):
    """arXiv could not be reached (connection refused, timeouts, 5xx after retries)."""


class ExportError(ReadlistError):
    """An export cannot be produced or written."""
