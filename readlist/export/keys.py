"""Citation keys: Google-Scholar style (``zheng2022alpa``), ASCII, unique, stable.

A key is ``<first author's family name><year><first significant title word>``
for an arXiv work with metadata; a work known only from the site is keyed by
the first three significant words of its link text (``ostepchapter4``).  On a
collision the earlier work (first version first, then work id) keeps the bare
key and the others get ``-2``, ``-3``...  A base is at most
:data:`MAX_BASE` characters (BibTeX rejects very long keys).

Stability: keys, once given, are saved in ``keys.json`` (by the work's
:attr:`KeyRequest.saved_id`, which names the work only, never the path the site
was read from) and reused on every later export, so adding or removing readings
never changes an existing key.  Keys are saved only when final: an arXiv work
whose metadata has not been fetched gets a provisional ``arxiv<id>`` key that is
not saved.  Concurrent exports on one cache read, extend and write ``keys.json``
one at a time, under a file lock next to it.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from readlist import lazyre
from readlist.errors import CacheError
from readlist.files import read_file, write_file

KEYS_VERSION = 1
MAX_BASE = 40
"""Longest key base; ``-2`` ... may follow."""
MAX_KEYS_BYTES = 64 * 1024 * 1024
"""A ``keys.json`` larger than this is damage, not keys (about 100 bytes a work: 64 MB
is over 600,000 works)."""
LOCK_SECONDS = 60.0
"""How long an export waits for another one to finish writing ``keys.json``."""
_WORD_BREAK = lazyre.compile(r"[^\w]+|_")
VALID_KEY = lazyre.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
STOP_WORDS = frozenset(
    """a an the of on in for to and or with without via from by at as is are be do does can
    we you your our its it this that these those what how why when where which who
    towards toward into onto over under about through using beyond not no all one i ii
    iii part""".split()  # noqa: SIM905 - a word list reads best as text
)


@dataclass(frozen=True)
class KeyRequest:
    """What a key is made from, for one work."""

    saved_id: str
    """What the key is saved under: the work's identity, never a path on this machine."""
    base: str
    final: bool
    """Whether the key may be saved (it will not change when metadata arrives)."""
    order: tuple[str, str]
    """Sort order among colliding new works: (first-version date, saved id)."""
    legacy_path: str | None = None
    """A site's own file (``/dsc204a-w24/assets/x.pdf``): keys files written before keys
    were site-independent saved it as ``url:<site folder>:<path>``; such an entry is
    adopted (the one of *legacy_folder* first when several sites had that path)."""
    legacy_folder: str = ""


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only (``Wübben`` -> ``wubben``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def significant_words(title: str, limit: int | None = None) -> list[str]:
    """Folded title words without stop words (``The GPipe-LM system`` -> gpipe, lm, system);
    the first *limit* of them when given."""
    words = (_fold_word(word) for word in _WORD_BREAK.split(title))
    return list(islice((word for word in words if word and word not in STOP_WORDS), limit))


def _fold_word(word: str) -> str:
    """:func:`ascii_fold` of one word; an ASCII word needs no decomposition."""
    return word.lower() if word.isascii() and word.isalnum() else ascii_fold(word)


def arxiv_base(family: str, year: int | None, title: str) -> str:
    """``zheng2022alpa``; parts that fold to nothing are left out (``anon`` if all do)."""
    words = significant_words(title, 1)
    base = ascii_fold(family) + (str(year) if year else "") + (words[0] if words else "")
    return base if base and base[0].isalpha() else "anon" + base


def site_base(title: str) -> str:
    """``ostepchapter4`` from the link text ``OSTEP Chapter 4``."""
    base = "".join(significant_words(title, 3))
    return base if base and base[0].isalpha() else "web" + base


def provisional_base(arxiv_id: str) -> str:
    """``arxiv2201.12023`` / ``arxivhep-th.9901001``: for works without metadata yet."""
    return "arxiv" + arxiv_id.lower().replace("/", ".")


def assign_keys(
    requests: Iterable[KeyRequest], keys_path: Path | None, reserved: Iterable[str] = ()
) -> dict[str, str]:
    """A unique key per saved id, reusing and extending the keys saved at *keys_path*;
    no new key is one of *reserved* (keys the course fixed itself, compared without case).

    ``keys.json`` is written only when a new final key is given, and then read
    again, extended and written under a file lock, so that concurrent exports
    neither lose each other's keys nor give one key twice.
    """
    fixed = {key.casefold() for key in reserved}
    requests = list(requests)
    if keys_path is None:
        return _assign(requests, {}, fixed)[0]
    keys, grown = _assign(requests, load_keys(keys_path), fixed)
    if grown is None:
        return keys
    with _locked(keys_path):
        keys, grown = _assign(requests, load_keys(keys_path), fixed)
        if grown is not None:
            save_keys(keys_path, grown)
    return keys


def _assign(
    requests: list[KeyRequest], saved: dict[str, str], reserved: set[str]
) -> tuple[dict[str, str], dict[str, str] | None]:
    """``(key by saved id, the saved keys grown by the new final ones or None if none)``."""
    saved = _adopt_legacy(requests, saved)
    taken = set(saved.values()) | reserved
    keys = {r.saved_id: saved[r.saved_id] for r in requests if r.saved_id in saved}
    new = [r for r in requests if r.saved_id not in keys]
    for request in sorted(new, key=lambda r: r.order):
        key = _free_key(request.base[:MAX_BASE], taken)
        taken.add(key)
        keys[request.saved_id] = key
        if request.final:
            saved[request.saved_id] = key
    return keys, saved if any(r.final for r in new) else None


def _adopt_legacy(requests: list[KeyRequest], saved: dict[str, str]) -> dict[str, str]:
    """*saved* with old ``url:<site folder>:<path>`` entries renamed to the requests' ids."""
    legacy: dict[str, list[str]] = {}
    for work_id in saved:
        folder, colon, path = work_id.removeprefix("url:").partition(":")
        if work_id.startswith("url:") and colon and "/" not in folder:
            legacy.setdefault(path, []).append(work_id)
    adopted = dict(saved)
    for request in (r for r in requests if r.final and r.legacy_path):
        olds = legacy.get(request.legacy_path or "", [])
        own = f"url:{request.legacy_folder}:{request.legacy_path}"
        old = own if own in saved else olds[0] if len(olds) == 1 else None
        if old is not None and old in adopted and request.saved_id not in adopted:
            adopted[request.saved_id] = adopted.pop(old)
    return adopted


@contextmanager
def _locked(keys_path: Path) -> Iterator[None]:
    """Hold the lock under which ``keys.json`` is read, extended and written."""
    from filelock import FileLock, Timeout  # only when new keys are saved

    lock = FileLock(keys_path.with_name(f".{keys_path.name}.lock"), timeout=LOCK_SECONDS)
    try:
        keys_path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise CacheError(f"{keys_path}: another readlist is still writing it") from None
    except OSError as err:
        why = err.strerror or err
        raise CacheError(f"cannot save citation keys to {keys_path}: {why}") from None
    try:
        yield
    finally:
        lock.release()


def _free_key(base: str, taken: set[str]) -> str:
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}-{number}"
    return key


def load_keys(path: Path) -> dict[str, str]:
    """The saved assignments (none if the file does not exist)."""
    try:
        data = json.loads(read_file(path, MAX_KEYS_BYTES))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as err:
        why = err.strerror if isinstance(err, OSError) and err.strerror else err
        raise CacheError(f"cannot read citation keys {path}: {why}") from None
    if not isinstance(data, dict) or data.get("version") != KEYS_VERSION:
        raise CacheError(f"{path} is not a readlist keys file (version {KEYS_VERSION})")
    keys = data.get("keys")
    if not isinstance(keys, dict):
        raise CacheError(f"{path} is not a readlist keys file (version {KEYS_VERSION})")
    bad = [k for k, v in keys.items() if not isinstance(v, str) or not VALID_KEY.fullmatch(v)]
    if bad:
        raise CacheError(f"{path}: invalid citation key for {bad[0]}")
    if len(set(keys.values())) != len(keys):
        raise CacheError(f"{path}: the same citation key is given to two works")
    return dict(keys)


def save_keys(path: Path, keys: dict[str, str]) -> None:
    """Write the assignments atomically, sorted, one per line."""
    text = json.dumps({"version": KEYS_VERSION, "keys": dict(sorted(keys.items()))}, indent=2)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, text + "\n", into_devices=False)
    except OSError as err:
        raise CacheError(f"cannot save citation keys to {path}: {err.strerror or err}") from err
