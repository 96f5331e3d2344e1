"""The metadata cache: one JSON file per work per source, written atomically.

Layout (``source`` and ``fetched`` in every file say where and when it came from)::

    <directory>/2201.12023.json         arXiv, by id (schema 1, as it always was)
    <directory>/dblp/<digest>.json      a DBLP search, by work id (schema 2)
    <directory>/crossref/<digest>.json  a Crossref work, by DOI (schema 2)

An arXiv file's name is :func:`readlist.arxiv_ids.cache_file_stem` of the id
(``hep-th_9901001.json``); the others are named by a digest of the work id or DOI
(which is written inside and checked), so no id can ever become a path.  Contents::

    {"schema": 1, "fetched": "...", "metadata": {...Metadata fields...}}
    {"schema": 2, "source": "dblp", "id": "url:...", "query": "...", "fetched": "...",
     "records": [{...Metadata fields...}, ...]}
    {"schema": 2, "source": "crossref", "id": "10.1145/...", "fetched": "...",
     "metadata": {...}}

Only answers are kept: a ``found`` record, or a ``missing`` one (arXiv or Crossref
said "no such paper", DBLP found no hit) so that a second run asks nothing; a
failed, empty or garbled answer never reaches the cache.  A ``missing`` answer is
asked again after :attr:`Cache.missing_ttl` (30 days); ``readlist fetch --refresh``
asks everything again.  A ``found`` record is never replaced by a worse one.

A file that is not a regular file (a FIFO, a link to ``/dev/zero``), is larger
than :data:`MAX_FILE_BYTES`, nests too deep, is not valid JSON, has another
schema or describes another id is reported in :attr:`Cache.problems` and treated
as absent, so it is fetched again and overwritten.  Every write is a temporary
file in the same directory, fsynced, then ``os.replace``-d over the target: a
reader (or a killed writer) never sees half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, fields
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NoReturn

from readlist import lazyre
from readlist.arxiv_ids import cache_file_stem, is_valid_arxiv_id
from readlist.errors import CacheError
from readlist.files import read_file, write_file
from readlist.model import SOURCES, Metadata, Problem

SCHEMA = 1
"""arXiv files."""
SOURCE_SCHEMA = 2
"""DBLP and Crossref files."""
CACHED_STATUSES = ("found", "missing")
STALE_SECONDS = 60
MISSING_TTL = timedelta(days=30)
MAX_FILE_BYTES = 2 * 1024 * 1024
"""No cache file is read past this size (a DBLP answer of 30 hits is ~40 KB)."""
_TEXT_FIELDS = (
    "title", "published", "updated", "primary_category", "abstract", "fetched", "type",
    "venue", "container", "pages", "volume", "number", "publisher", "url", "record",
)  # fmt: skip
_OPTIONAL_TEXT_FIELDS = ("comment", "journal_ref", "doi", "key")
_LIST_FIELDS = ("authors", "categories")
_YEAR = lazyre.compile(r"\d{4}")
_YEAR_MONTH = lazyre.compile(r"\d{4}-\d{2}")
_KNOWN = frozenset(f.name for f in fields(Metadata))


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Cache:
    """The cache directory; it is created on the first write."""

    def __init__(
        self,
        directory: Path,
        *,
        missing_ttl: timedelta | None = MISSING_TTL,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.directory = directory
        self.missing_ttl = missing_ttl
        """How long a "no such paper" answer is believed (``None``: for ever, as an
        offline run does: it cannot ask again)."""
        self.now = now
        self.problems: list[Problem] = []
        """Unusable cache files met so far (each reported once)."""
        self._listings: dict[str, set[str]] = {}

    def path(self, arxiv_id: str) -> Path:
        """The file for an id (``ValueError`` if it is not a valid arXiv id)."""
        return self.directory / f"{cache_file_stem(arxiv_id)}.json"

    def get(self, arxiv_id: str) -> Metadata | None:
        """The cached record, or ``None`` when absent or unusable (then reported)."""
        if not is_valid_arxiv_id(arxiv_id):
            return None
        name = f"{cache_file_stem(arxiv_id)}.json"
        if not self._may_exist("", name):
            return None
        path = self.directory / name
        try:
            meta = _read(path, arxiv_id)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            self._report(path, f"unusable cache file ({_reason(err)}); it will be fetched again")
            return None
        return None if self._expired(meta.status, meta.fetched) else meta

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
        self._listed("", path.name)
        return True

    def search(self, work_id: str, query: str) -> list[Metadata] | None:
        """The DBLP answer cached for *work_id*'s search for *query* (``[]``: no hit);
        ``None`` when absent, for another query, expired or unusable (then reported)."""
        document = self._document("dblp", work_id)
        if document is None or document.get("query") != query:
            return None
        records = document.get("records")
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            self._report(self._file("dblp", work_id), "unusable cache file (no records list)")
            return None
        try:
            found = [_metadata(record) for record in records]
        except ValueError as err:
            self._report(self._file("dblp", work_id), f"unusable cache file ({err})")
            return None
        return (
            None if self._expired("found" if found else "missing", document["fetched"]) else found
        )

    def put_search(
        self, work_id: str, query: str, records: Sequence[Metadata], fetched: str
    ) -> None:
        """Save DBLP's answer (``[]`` = no hit) to *work_id*'s search for *query*."""
        usable = [asdict(r) for r in records if r.status == "found"]
        document = {"query": query, "fetched": fetched, "records": usable}
        self._write_document("dblp", work_id, document)

    def crossref(self, doi: str) -> Metadata | None:
        """The Crossref record cached for *doi* (``found`` or, until it expires, ``missing``)."""
        document = self._document("crossref", doi)
        data = document.get("metadata") if document is not None else None
        if document is None or not isinstance(data, dict):
            return None
        try:
            meta = _metadata(data)
        except ValueError as err:
            self._report(self._file("crossref", doi), f"unusable cache file ({err})")
            return None
        return None if self._expired(meta.status, meta.fetched) else meta

    def put_crossref(self, doi: str, meta: Metadata) -> bool:
        """Save Crossref's answer for *doi* unless it is a failure or worse than a found one."""
        if meta.status not in CACHED_STATUSES:
            return False
        if meta.status != "found":
            old = self._document("crossref", doi)
            if old is not None and (old.get("metadata") or {}).get("status") == "found":
                return False
        self._write_document("crossref", doi, {"fetched": meta.fetched, "metadata": asdict(meta)})
        return True

    def _file(self, source: str, name: str) -> Path:
        return self.directory / source / _file_name(name)

    def _document(self, source: str, name: str) -> dict[str, Any] | None:
        """A schema-2 file of *source* about *name*, or ``None`` (absent or reported)."""
        if not self._may_exist(source, _file_name(name)):
            return None
        path = self._file(source, name)
        try:
            document = _parse(read_file(path, MAX_FILE_BYTES))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            self._report(path, f"unusable cache file ({_reason(err)}); it will be fetched again")
            return None
        expected = {"schema": SOURCE_SCHEMA, "source": source, "id": name}
        if any(document.get(k) != v for k, v in expected.items()) or not isinstance(
            document.get("fetched"), str
        ):
            self._report(path, f"not a readlist {source} cache file for {name!r}; ignored")
            return None
        return document

    def _write_document(self, source: str, name: str, payload: dict[str, Any]) -> None:
        document = {"schema": SOURCE_SCHEMA, "source": source, "id": name, **payload}
        path = self._file(source, name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise CacheError(f"cannot create cache directory {path.parent}: {_why(err)}") from None
        _write_atomic(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        self._listed(source, path.name)

    def _may_exist(self, folder: str, name: str) -> bool:
        """False when the cache's *folder* (``""``, ``dblp``, ``crossref``), listed once
        per cache object, did not hold *name*: a run over thousands of uncached works
        then opens no file for them."""
        listing = self._listings.get(folder)
        if listing is None:
            try:
                listing = set(os.listdir(self.directory / folder))
            except FileNotFoundError:
                listing = set()
            except OSError:
                return True  # cannot list: let opening the file say what is wrong
            self._listings[folder] = listing
        return name in listing

    def _listed(self, folder: str, name: str) -> None:
        """*name* was just written in *folder*: later reads through this object find it."""
        if folder in self._listings:
            self._listings[folder].add(name)

    def _expired(self, status: str, fetched: str) -> bool:
        """A "missing" answer older than the TTL (or of no known time) is asked again."""
        if status != "missing" or self.missing_ttl is None:
            return False
        try:
            when = datetime.fromisoformat(fetched.replace("Z", "+00:00"))
        except ValueError:
            return True
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return self.now() - when > self.missing_ttl

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


def _file_name(name: str) -> str:
    """The schema-2 file of a work id, query or DOI: a digest, safe for any name."""
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32] + ".json"


def dumps(meta: Metadata) -> str:
    """The file content for a record (stable key order, UTF-8, final newline)."""
    document = {"schema": SCHEMA, "fetched": meta.fetched, "metadata": asdict(meta)}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def loads(text: str, arxiv_id: str) -> Metadata:
    """The record in an arXiv cache file's text; ``ValueError`` saying why it is unusable."""
    document = _parse(text)
    if document.get("schema") != SCHEMA:
        raise ValueError(f"not a readlist cache file of schema {SCHEMA}")
    data = document.get("metadata")
    if not isinstance(data, dict):
        raise ValueError("no metadata object")
    if data.get("arxiv_id") != arxiv_id:
        raise ValueError(f"describes {data.get('arxiv_id')!r}, not {arxiv_id!r}")
    return _metadata(data)


def _parse(text: str) -> dict[str, Any]:
    """A JSON object; ``ValueError`` for anything else (nesting too deep included)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"not JSON: {err.msg} at line {err.lineno}") from None
    except RecursionError:
        raise ValueError("nested too deep") from None
    if not isinstance(document, dict):
        raise ValueError(f"not a readlist cache file of schema {SCHEMA}")
    return document


def _metadata(data: dict[str, Any], nested: bool = False) -> Metadata:
    if data.get("status") not in CACHED_STATUSES:
        raise ValueError(f"status {data.get('status')!r} is not cached")
    if data.get("source", "arxiv") not in SOURCES:
        raise ValueError(f"unknown source {data.get('source')!r:.40}")
    published_as = data.get("published_as")
    if published_as is not None and (nested or not isinstance(published_as, dict)):
        raise ValueError("bad published_as")
    values = {k: v for k, v in data.items() if k in _KNOWN}
    for name in _TEXT_FIELDS:
        if name in values and not isinstance(values[name], str):
            _bad(values, name)
    for name in _OPTIONAL_TEXT_FIELDS:
        if values.get(name) is not None and not isinstance(values[name], str):
            _bad(values, name)
    for name in _LIST_FIELDS:
        items = values.get(name, [])
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            _bad(values, name)
        values[name] = tuple(items)
    version = values.get("version")
    if version is not None and (type(version) is not int or version < 1):
        raise ValueError(f"bad version {version!r}")
    for name in ("published", "updated"):
        if not valid_date(values.get(name, "")):
            raise ValueError(f"bad {name} date {values[name]!r:.40}")
    if published_as is not None:
        values["published_as"] = _metadata(published_as, nested=True)
    return Metadata(**values)


def valid_date(text: str) -> bool:
    """``""``, a year, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO 8601 time, each a real date."""
    if not text:
        return True
    if _YEAR.fullmatch(text):
        return True
    if _YEAR_MONTH.fullmatch(text):
        return 1 <= int(text[5:]) <= 12
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _bad(values: dict[str, Any], name: str) -> NoReturn:
    raise ValueError(f"bad {name} {values[name]!r:.40}")


def _read(path: Path, arxiv_id: str) -> Metadata:
    return loads(read_file(path, MAX_FILE_BYTES), arxiv_id)


def _reason(err: Exception) -> str:
    return _why(err) if isinstance(err, OSError) else str(err)


def _write_atomic(path: Path, text: str) -> None:
    """Write *text* to *path* atomically (:func:`readlist.files.write_file`)."""
    try:
        write_file(path, text, into_devices=False)
    except OSError as err:
        raise CacheError(f"cannot write {path}: {_why(err)}") from None


def _why(err: OSError) -> str:
    return err.strerror or str(err)
