"""readlist from Python: read a course, fill in metadata, export; each step a new value.

>>> course = load_course(["examples/dsc204a-w24"])        # doctest: +SKIP
>>> course = resolve(course, offline=True)                 # doctest: +SKIP
>>> text = export(course, "bibtex")                        # doctest: +SKIP

The site configuration (``readlist.toml``, :mod:`readlist.config`) of the
first PATH's site is read unless a :class:`Config` is given; the metadata
cache is the site's (``cache/`` in its root, or the configured place) unless
``cache_dir`` is given.  See ``docs/api.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from readlist.config import Config, load_config
from readlist.course import load_course as read_course
from readlist.model import Course
from readlist.resolve import Endpoints, Resolution, SourceProgress

if TYPE_CHECKING:  # the exporters load when exporting: `show` does not need them
    from readlist.export import ExportOptions

PathLike = str | Path


def load_course(
    paths: PathLike | Sequence[PathLike] = ".",
    *,
    config: Config | None = None,
    cache_dir: PathLike | None = None,
) -> Course:
    """Read the sites at *paths*, group their readings into works, attach what the
    course's overrides file and the metadata cache know.

    No network.  Problems reading single files are in ``course.problems``; a
    PATH that cannot be read at all raises :class:`~readlist.errors.InputError`.
    """
    roots = _paths(paths)
    config = config if config is not None else load_config(roots)
    course = read_course(roots, exclude=config.exclude, offering=config.offering)
    return fetch(course, config=config, cache_dir=cache_dir, offline=True)[0]


def resolve(
    course: Course,
    *,
    config: Config | None = None,
    cache_dir: PathLike | None = None,
    endpoints: Endpoints | None = None,
    offline: bool = False,
    refresh: bool = False,
) -> Course:
    """A new course with its works' metadata: the overrides, the cache, then arXiv,
    Crossref and DBLP (only the cache with *offline*).  Answers are saved in the cache."""
    return fetch(
        course,
        config=config,
        cache_dir=cache_dir,
        endpoints=endpoints,
        offline=offline,
        refresh=refresh,
    )[0]


def fetch(
    course: Course,
    *,
    config: Config | None = None,
    cache_dir: PathLike | None = None,
    endpoints: Endpoints | None = None,
    offline: bool = False,
    refresh: bool = False,
    progress: SourceProgress | None = None,
) -> tuple[Course, Resolution]:
    """:func:`resolve`, and what it learned (counts per source, problems, requests)."""
    from readlist.cache import MISSING_TTL, Cache
    from readlist.overrides import course_overrides
    from readlist.resolve import connect, resolve_course

    config = config if config is not None else site_config(course)
    # Offline, an old "no such paper" answer is still the best there is.
    cache = Cache(
        _cache_dir(course, config, cache_dir), missing_ttl=None if offline else MISSING_TTL
    )
    services = connect(endpoints or Endpoints(), offline=offline)
    found = course_overrides(course, config.overrides)
    return resolve_course(
        course, cache, services, overrides=found, refresh=refresh, progress=progress
    )


def export(
    course: Course,
    fmt: str = "bibtex",
    *,
    config: Config | None = None,
    options: ExportOptions | None = None,
    base_url: str | None = None,
    fragment: bool = False,
    cache_dir: PathLike | None = None,
) -> str:
    """The course in format *fmt* (``bibtex``, ``biblatex``, ``csl-json``, ``markdown``,
    ``html``, ``jekyll``; any case).

    Site-relative links become absolute against *base_url* (else the
    configuration's).  Citation keys are kept in the site's ``keys.json``
    unless *options* says otherwise.
    """
    from readlist.course import with_base_url
    from readlist.export import PageOptions
    from readlist.export import export as export_course

    config = config if config is not None else site_config(course)
    if base_url is not None:
        config = replace(config, base_url=base_url)
    if options is None:
        options = export_options(config, _cache_dir(course, config, cache_dir))
    page = PageOptions(fragment=fragment, front_matter=config.reading_list)
    return export_course(with_base_url(course, config.base_url), fmt, options, page)


def export_options(config: Config, cache_dir: Path) -> ExportOptions:
    """The configuration's export settings, keys saved in *cache_dir*."""
    from readlist.export import ExportOptions

    return ExportOptions(
        max_authors=config.max_authors, keys_path=cache_dir / "keys.json", prefer=config.prefer
    )


def site_config(course: Course) -> Config:
    """The configuration of the course's first site (the defaults without sites)."""
    return load_config([site.root for site in course.sites])


def _cache_dir(course: Course, config: Config | None, cache_dir: PathLike | None) -> Path:
    if cache_dir is not None:
        return Path(cache_dir)
    return (config if config is not None else site_config(course)).cache_path


def _paths(paths: PathLike | Sequence[PathLike]) -> list[Path]:
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    return [Path(p) for p in paths] or [Path(".")]
