"""The metadata cache: one JSON file per arXiv work, written atomically.

Layout: ``<directory>/<stem>.json`` where ``stem`` is
:func:`readlist.arxiv_ids.cache_file_stem` (``2201.12023.json``,
``hep-th_9901001.json``; an id can never become a path).  Content::

    {"schema": 1, "fetched": "2026-05-01T12:00:00Z", "metadata": {...Metadata fields...}}

Only ``found`` and ``missing`` records are kept (a ``missing`` one too, so a second
run asks arXiv nothing; ``readlist fetch --refresh`` asks again).  A ``found``
record is never replaced by a worse one.  A file that is not valid JSON, has
another schema or describes another id is reported in :attr:`Cache.problems`
and treated as absent, so it is fetched again and overwritten.  Every write is a
temporary file in the same directory, fsynced, then ``os.replace``-d over the
target: a reader (or a killed writer) never sees half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import time
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from readlist.arxiv_ids import cache_file_stem, is_valid_arxiv_id
from readlist.errors import CacheError
from readlist.model import Metadata, Problem

SCHEMA = 1
CACHED_STATUSES = ("found", "missing")
STALE_SECONDS = 60
_TEXT_FIELDS = ("title", "published", "updated", "primary_category", "abstract", "fetched")
_OPTIONAL_TEXT_FIELDS = ("comment", "journal_ref", "doi")
_LIST_FIELDS = ("authors", "categories")


class Cache:
    """The cache directory; it is created on the first write."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.problems: list[Problem] = []
        """Unusable cache files met so far (each reported once)."""

    def path(self, arxiv_id: str) -> Path:
        """The file for an id (``ValueError`` if it is not a valid arXiv id)."""
        return self.directory / f"{cache_file_stem(arxiv_id)}.json"

    def get(self, arxiv_id: str) -> Metadata | None:
        """The cached record, or ``None`` when absent or unusable (then reported)."""
        if not is_valid_arxiv_id(arxiv_id):
            return None
        path = self.path(arxiv_id)
        try:
            return _read(path, arxiv_id)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            self._report(path, f"unusable cache file ({err}); it will be fetched again")
            return None

    def put(self, meta: Metadata) -> bool:
        """Save *meta* unless that would lose information; True when written.

        Raises :class:`CacheError` when the directory cannot be written.
        """
        if meta.status not in CACHED_STATUSES or not is_valid_arxiv_id(meta.arxiv_id):
            return False
        path = self.path(meta.arxiv_id)
        if meta.status != "found":
            try:
                if _read(path, meta.arxiv_id).status == "found":
                    return False
            except (OSError, ValueError):
                pass  # absent or unusable: anything is better
        self._ensure_directory()
        _write_atomic(path, dumps(meta))
        return True

    def ensure_writable(self) -> None:
        """Raise :class:`CacheError` now rather than after a slow fetch.

        Also removes temporary files an interrupted run left (older than a minute).
        """
        self._ensure_directory()
        for stale in self.directory.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if time.time() - stale.stat().st_mtime > STALE_SECONDS:
                    stale.unlink()
        try:
            with tempfile.TemporaryFile(dir=self.directory):
                pass
        except OSError as err:
            raise CacheError(
                f"cannot write to cache directory {self.directory}: {_why(err)}"
            ) from None

    def _ensure_directory(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise CacheError(
                f"cannot create cache directory {self.directory}: {_why(err)}"
            ) from None

    def _report(self, path: Path, message: str) -> None:
        problem = Problem(file=str(path), message=message)
        if problem not in self.problems:
            self.problems.append(problem)


def dumps(meta: Metadata) -> str:
    """The file content for a record (stable key order, UTF-8, final newline)."""
    document = {"schema": SCHEMA, "fetched": meta.fetched, "metadata": asdict(meta)}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def loads(text: str, arxiv_id: str) -> Metadata:
    """The record in a cache file's text; ``ValueError`` saying why it is unusable."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"not JSON: {err.msg} at line {err.lineno}") from None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise ValueError(f"not a readlist cache file of schema {SCHEMA}")
    data = document.get("metadata")
    if not isinstance(data, dict):
        raise ValueError("no metadata object")
    if data.get("arxiv_id") != arxiv_id:
        raise ValueError(f"describes {data.get('arxiv_id')!r}, not {arxiv_id!r}")
    return _metadata(data)


def _metadata(data: dict[str, Any]) -> Metadata:
    if data.get("status") not in CACHED_STATUSES:
        raise ValueError(f"status {data.get('status')!r} is not cached")
    known = {f.name for f in fields(Metadata)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _TEXT_FIELDS:
        _expect(values, name, lambda v: isinstance(v, str))
    for name in _OPTIONAL_TEXT_FIELDS:
        _expect(values, name, lambda v: v is None or isinstance(v, str))
    for name in _LIST_FIELDS:
        _expect(values, name, lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))
        values[name] = tuple(values.get(name, ()))
    version = values.get("version")
    if version is not None and (type(version) is not int or version < 1):
        raise ValueError(f"bad version {version!r}")
    return Metadata(**values)


def _expect(values: dict[str, Any], name: str, ok: Any) -> None:
    if name in values and not ok(values[name]):
        raise ValueError(f"bad {name} {values[name]!r:.40}")


def _read(path: Path, arxiv_id: str) -> Metadata:
    return loads(path.read_text(encoding="utf-8"), arxiv_id)


def _write_atomic(path: Path, text: str) -> None:
    """Write *text* to a temporary file next to *path*, fsync, then rename over *path*."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    except OSError as err:
        raise CacheError(f"cannot write to cache directory {path.parent}: {_why(err)}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), 0o644)  # mkstemp makes 0600; these files are shared
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise CacheError(f"cannot write {path}: {_why(err)}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_capped(path: Path, limit: int) -> str:
    """The UTF-8 text of *path* if it is a regular file of at most *limit* bytes.

    ``FileNotFoundError`` when absent; ``ValueError`` saying why otherwise (a FIFO,
    a device such as ``/dev/zero``, a directory, too big, not UTF-8).  Never blocks
    on a FIFO and never reads more than *limit* + 1 bytes.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than {limit} bytes")
    return data.decode("utf-8")


def _why(err: OSError) -> str:
    return err.strerror or str(err)
