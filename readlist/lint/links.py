"""Checks on the links themselves; no network, only the site's own files.

``broken-link``      a relative link to a file that does not exist in the site
``insecure-link``    ``http:`` to a host known to serve the same page over https
``not-a-reading``    slides (``.ppt``, ``.pptx``, ``.key``, ``/slides/``) in a reading list
``arxiv-malformed``  an arxiv.org link whose id does not parse

A relative link into a directory the site does not have at all (``assets/``
missing from a copy of the sources) is not reported file by file: the check is
named in ``skipped`` instead; so are links the file system cannot answer for (a
folder that cannot be read).  A name too long for the file system cannot exist:
that link is broken.
"""

from __future__ import annotations

import errno
import os
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from readlist import lazyre
from readlist.arxiv_ids import parse_arxiv_id
from readlist.lint.findings import Finding, Place, Places, Skipped
from readlist.model import Course, Site
from readlist.urls import identify, is_absolute, is_link

HTTPS_HOSTS = frozenset(
    {
        "arxiv.org", "export.arxiv.org", "doi.org", "dx.doi.org", "dl.acm.org", "usenix.org",
        "github.com", "raw.githubusercontent.com", "openreview.net", "aclanthology.org",
        "aclweb.org", "proceedings.mlr.press", "papers.nips.cc", "papers.neurips.cc",
        "proceedings.neurips.cc", "link.springer.com", "ieeexplore.ieee.org", "nature.com",
        "science.org", "sciencedirect.com", "semanticscholar.org", "scholar.google.com",
        "research.google.com", "static.googleusercontent.com", "youtube.com", "vldb.org",
        "huggingface.co", "medium.com", "wikipedia.org", "en.wikipedia.org",
    }
)  # fmt: skip
"""Hosts that serve every page over https too (so an ``http:`` link is a needless downgrade)."""

_LIQUID_OUTPUT = lazyre.compile(r"\{\{[^}]*\}\}")
_SLIDES = lazyre.compile(r"\.(?:pptx?|key)$|/slides?/", re.IGNORECASE)
_ARXIV_KINDS = ("abs", "pdf", "html", "format", "ps")
_PAGE_SUFFIXES = ("", ".html", ".htm")
_SOURCE_SUFFIXES = (".md", ".markdown", ".html", ".htm")


def link_findings(
    course: Course, places: Places, roots: Mapping[str, Path], skipped: Skipped
) -> list[Finding]:
    findings: list[Finding] = []
    absent_dirs: dict[tuple[str, str], int] = {}
    unchecked: Counter[str] = Counter()
    for place in places.readings(course.lectures):
        url = place.reading.url
        findings += _scheme_findings(place, url)
        root = roots.get(place.lecture.source)
        if root is None or not is_link(url) or is_absolute(url):
            continue
        site = places.sites.get(place.lecture.source)
        try:
            missing = _missing_target(url, root, place.lecture.file, site)
        except OSError as err:
            unchecked[err.strerror or type(err).__name__] += 1
            continue
        if missing is None:
            continue
        target, top_exists = missing
        if top_exists:
            findings.append(
                place.finding(
                    "error",
                    "broken-link",
                    f"{url}: {PurePosixPath(root.as_posix(), target)} does not exist",
                    "fix the path, or add the file to the site",
                )
            )
        else:
            key = (root.as_posix(), PurePosixPath(target).parts[0])
            absent_dirs[key] = absent_dirs.get(key, 0) + 1
    for (root_name, top), count in absent_dirs.items():
        plural = "s" if count != 1 else ""
        skipped.append(
            f"{count} relative link{plural} into {top}/: {root_name} has no {top}/ "
            "(a partial copy of the site?)"
        )
    for why, count in unchecked.items():
        plural = "s" if count != 1 else ""
        skipped.append(f"{count} relative link{plural} could not be checked ({why})")
    return findings


def _scheme_findings(place: Place, url: str) -> list[Finding]:
    findings = []
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return []
    if parts.scheme.lower() == "http" and (host in HTTPS_HOSTS or host.endswith(".arxiv.org")):
        secure = "https" + url.strip()[4:]
        findings.append(
            place.finding(
                "warning",
                "insecure-link",
                f"http: link to {host}, which serves https",
                f"write {secure}",
            )
        )
    path = unquote(parts.path)
    if _SLIDES.search(path):
        findings.append(
            place.finding(
                "warning",
                "not-a-reading",
                "looks like slides, not a reading",
                "move it next to the lecture's slides, or link the paper itself",
            )
        )
    segments = [s for s in path.split("/") if s]
    if (
        (host == "arxiv.org" or host.endswith(".arxiv.org"))
        and segments[:1]
        and (segments[0].lower() in _ARXIV_KINDS and identify(url).scheme != "arxiv")
    ):
        written = "/".join(segments[1:]).removesuffix(".pdf")
        if parse_arxiv_id(written) is None:
            findings.append(
                place.finding(
                    "error",
                    "arxiv-malformed",
                    f"{written!r} is not an arXiv id",
                    "copy the id from the paper's arXiv page (YYMM.NNNNN or archive/YYMMNNN)",
                )
            )
    return findings


def _missing_target(url: str, root: Path, page: str, site: Site | None) -> tuple[str, bool] | None:
    """``(path in the site, whether its top directory exists)`` when the link's file is missing.

    ``None`` when the file exists or the link cannot be resolved without the
    site's build (Liquid tags other than ``{{ ... }}`` output).
    """
    href = _LIQUID_OUTPUT.sub("", url.strip())
    if "{%" in href or not href:
        return None
    try:
        path = unquote(urlsplit(href).path)
    except ValueError:
        return None
    if not path:
        return None  # only a query or a fragment: the page itself
    if path.startswith("/"):
        path = _without_baseurl(path, site).lstrip("/")
        bases = [root]
    else:
        bases = [root / PurePosixPath(page).parent, root]
    if any(_exists(base / path) for base in bases):
        return None
    top = PurePosixPath(path).parts[0] if PurePosixPath(path).parts else path
    return path, any(_present(base / top) for base in bases) or "/" not in path


def _without_baseurl(path: str, site: Site | None) -> str:
    base_path = urlsplit(site.base_url).path.rstrip("/") if site and site.base_url else ""
    if base_path and (path == base_path or path.startswith(base_path + "/")):
        return path[len(base_path) :] or "/"
    return path


def _exists(target: Path) -> bool:
    """A file, a directory, or a page Jekyll builds from a source file of that name."""
    if _present(target):
        return True
    stem = target.with_suffix("") if target.suffix in _PAGE_SUFFIXES else target
    if target.suffix not in _PAGE_SUFFIXES:
        return False
    return any(_present(stem.with_suffix(s)) for s in _SOURCE_SUFFIXES) or any(
        _present(stem / f"index{s}") for s in _SOURCE_SUFFIXES
    )


def _present(path: Path) -> bool:
    """Whether *path* exists; a name too long to exist does not.

    Raises :class:`OSError` when the file system cannot tell (permission denied).
    """
    try:
        os.stat(path)
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP):
            return False
        raise
    return True
