"""Citation keys: Google-Scholar style (``zheng2022alpa``), ASCII, unique, stable.

A key is ``<first author's family name><year><first significant title word>``
for an arXiv work with metadata; a work known only from the site is keyed by
the first three significant words of its link text (``ostepchapter4``).  On a
collision the earlier work (first version first, then work id) keeps the bare
key and the others get ``-2``, ``-3``...

Stability: keys, once given, are saved in ``keys.json`` (by work id) and reused
on every later export, so adding or removing readings never changes an existing
key.  Keys are saved only when final: an arXiv work whose metadata has not
been fetched gets a provisional ``arxiv<id>`` key that is not saved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from readlist.errors import CacheError
from readlist.export.files import write_atomic

KEYS_VERSION = 1
VALID_KEY = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
STOP_WORDS = frozenset(
    """a an the of on in for to and or with without via from by at as is are be do does can
    we you your our its it this that these those what how why when where which who
    towards toward into onto over under about through using beyond not no all one i ii
    iii part""".split()  # noqa: SIM905 - a word list reads best as text
)


@dataclass(frozen=True)
class KeyRequest:
    """What a key is made from, for one work."""

    work_id: str
    base: str
    final: bool
    """Whether the key may be saved (it will not change when metadata arrives)."""
    order: tuple[str, str]
    """Sort order among colliding new works: (first-version date, work id)."""


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only (``Wübben`` -> ``wubben``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def significant_words(title: str) -> list[str]:
    """Folded title words without stop words (``The GPipe-LM system`` -> gpipe, lm, system)."""
    words = (ascii_fold(word) for word in re.split(r"[^\w]+|_", title))
    return [word for word in words if word and word not in STOP_WORDS]


def arxiv_base(family: str, year: int | None, title: str) -> str:
    """``zheng2022alpa``; parts that fold to nothing are left out (``anon`` if all do)."""
    words = significant_words(title)
    base = ascii_fold(family) + (str(year) if year else "") + (words[0] if words else "")
    return base if base and base[0].isalpha() else "anon" + base


def site_base(title: str) -> str:
    """``ostepchapter4`` from the link text ``OSTEP Chapter 4``."""
    base = "".join(significant_words(title)[:3])
    return base if base and base[0].isalpha() else "web" + base


def provisional_base(arxiv_id: str) -> str:
    """``arxiv2201.12023`` / ``arxivhep-th.9901001``: for works without metadata yet."""
    return "arxiv" + arxiv_id.lower().replace("/", ".")


def assign_keys(
    requests: Iterable[KeyRequest], keys_path: Path | None, reserved: Iterable[str] = ()
) -> dict[str, str]:
    """A unique key per work id, reusing and extending the saved ones; no new key is
    one of *reserved* (keys the course fixed itself, compared without case)."""
    saved = load_keys(keys_path) if keys_path else {}
    taken = set(saved.values()) | {key.casefold() for key in reserved}
    requests = list(requests)
    keys = {r.work_id: saved[r.work_id] for r in requests if r.work_id in saved}
    new = [r for r in requests if r.work_id not in keys]
    for request in sorted(new, key=lambda r: r.order):
        key = _free_key(request.base, taken)
        taken.add(key)
        keys[request.work_id] = key
        if request.final:
            saved[request.work_id] = key
    if keys_path and any(r.final for r in new):
        save_keys(keys_path, saved)
    return keys


def _free_key(base: str, taken: set[str]) -> str:
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}-{number}"
    return key


def load_keys(path: Path) -> dict[str, str]:
    """The saved assignments (none if the file does not exist)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CacheError(f"cannot read citation keys {path}: {err}") from err
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
        write_atomic(path, text + "\n")
    except OSError as err:
        raise CacheError(f"cannot save citation keys to {path}: {err.strerror or err}") from err
