"""The site configuration: ``readlist.toml`` in the site root, every key optional.

::

    exclude = ["drafts/*"]          # files not to read (globs, relative to the site root)
    offering = "fa22"               # the offering to read when the site holds several
    base_url = "https://example.edu/course/"   # site-relative links become absolute
    overrides = "readlist.bib"      # the course's own bibliography entries
    cache_dir = "cache"             # metadata cache and keys.json, relative to the root
    key_style = "scholar"           # zheng2022alpa (the one style today)
    max_authors = 10                # then "and others"
    prefer = "published"            # or "arxiv": which version of a paper to cite

    [reading_list]                  # front matter of the exported Markdown list
    layout = "page"
    nav_order = 5
    permalink = "/readings/"
    title = "Readings"

The site root of a PATH is the nearest directory holding ``readlist.toml`` or
``_config.yml``, from the PATH (a directory) or its folder (a file) upwards
(else that directory).  Relative paths in the file are relative to the root.  An unknown
key or a bad value is an :class:`InputError` naming the file and the key.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args

from readlist.errors import InputError
from readlist.model import Prefer

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAME = "readlist.toml"
SITE_MARKERS = (CONFIG_NAME, "_config.yml")

KeyStyle = Literal["scholar"]


@dataclass(frozen=True)
class ReadingList:
    """Front matter of the exported Markdown reading list (``None``: not written)."""

    layout: str | None = None
    nav_order: int | float | None = None
    permalink: str | None = None
    title: str | None = None

    def front_matter(self) -> dict[str, str | int | float]:
        """The keys that are set, in a fixed order."""
        return {f.name: value for f in fields(self) if (value := getattr(self, f.name)) is not None}


@dataclass(frozen=True)
class Config:
    """What ``readlist.toml`` says; every field has the default of an absent file."""

    exclude: tuple[str, ...] = ()
    """Globs of files not to read, relative to the site root."""
    offering: str | None = None
    """The offering to read when the site holds several (``fa22``)."""
    base_url: str | None = None
    """Where the site is served; exports make site-relative links absolute against it."""
    overrides: str = "readlist.bib"
    """The course's own bibliography entries, relative to the site root."""
    cache_dir: str = "cache"
    """Metadata cache and ``keys.json``, relative to the site root."""
    key_style: KeyStyle = "scholar"
    max_authors: int | None = None
    """List at most this many authors, then "and others"; ``None``: all."""
    prefer: Prefer = "published"
    """Cite a paper's published version (when known) or its arXiv preprint."""
    reading_list: ReadingList = field(default_factory=ReadingList)
    root: Path | None = field(default=None, compare=False)
    """The site root the file was read from (``None``: no file)."""

    @property
    def cache_path(self) -> Path:
        """The cache directory: ``cache_dir`` under the site root."""
        return (self.root or Path(".")) / self.cache_dir


def site_root(path: Path) -> Path:
    """The site a PATH belongs to: the nearest directory holding ``readlist.toml`` or
    ``_config.yml``, from *path* (a directory) or its folder (a file) upwards, never
    above the top of a git repository; else that directory itself."""
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.resolve().parents):
        if any((folder / name).is_file() for name in SITE_MARKERS):
            return start if folder == start.resolve() else folder
        if (folder / ".git").exists():  # the top of a repository: no site above it
            break
    return start


def load_config(paths: Sequence[Path]) -> Config:
    """The configuration of the first PATH's site (later PATHs share it)."""
    return read_config(site_root(paths[0]) if paths else Path("."))


def read_config(root: Path) -> Config:
    """``root/readlist.toml`` as a :class:`Config`; the defaults when there is none."""
    path = root / CONFIG_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(root=root)
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise InputError(f"{path}: {err}") from None
    return parse_config(data, root, path)


def parse_config(data: dict[str, Any], root: Path, path: Path | str = CONFIG_NAME) -> Config:
    """A :class:`Config` from parsed TOML; :class:`InputError` names the first bad key."""
    known = {f.name: f for f in fields(Config) if f.name != "root"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise InputError(f"{path}: unknown key {key!r} (known: {', '.join(known)})")
        values[key] = _check(key, value, path)
    return Config(**values, root=root)


def _check(key: str, value: object, path: Path | str) -> Any:
    def bad(expected: str) -> InputError:
        return InputError(f"{path}: {key}: expected {expected}, got {value!r}")

    if key == "exclude":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings")
        return tuple(value)
    if key == "max_authors":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise bad("a positive integer")
        return value
    if key in ("key_style", "prefer"):
        choices = get_args(KeyStyle if key == "key_style" else Prefer)
        if value not in choices:
            raise bad(" or ".join(repr(c) for c in choices))
        return value
    if key == "reading_list":
        return _reading_list(value, path)
    if not isinstance(value, str) or not value.strip():
        raise bad("a non-empty string")
    if key == "base_url" and not value.startswith(("http://", "https://")):
        raise bad("an http(s) URL")
    return value.strip()


def _reading_list(value: object, path: Path | str) -> ReadingList:
    if not isinstance(value, dict):
        raise InputError(f"{path}: reading_list: expected a table, got {value!r}")
    known = {f.name for f in fields(ReadingList)}
    for key, item in value.items():
        where = f"{path}: reading_list.{key}"
        if key not in known:
            raise InputError(f"{where}: unknown key (known: {', '.join(sorted(known))})")
        number = isinstance(item, (int, float)) and not isinstance(item, bool)
        if not (number if key == "nav_order" else isinstance(item, str)):
            kind = "a number" if key == "nav_order" else "a string"
            raise InputError(f"{where}: expected {kind}, got {item!r}")
    return ReadingList(**value)
