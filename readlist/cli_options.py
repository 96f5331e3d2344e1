"""The options the ``readlist`` commands share, declared once (typer ``Annotated``
aliases), and :func:`checked`, which turns a :mod:`readlist.options` validator into
a typer callback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal, Optional, TypeVar

import typer

from readlist.options import delay_seconds, email, endpoint_url

T = TypeVar("T")


def checked(validator: Callable[[T], T]) -> Callable[[T | None], T | None]:
    """A typer callback applying *validator* (:mod:`readlist.options`) to a given value:
    its ``ValueError`` is a usage error (exit 2, one line) before any work."""

    def check(value: T | None) -> T | None:
        if value is None:
            return None
        try:
            return validator(value)
        except ValueError as err:
            raise typer.BadParameter(str(err)) from None

    return check


PathsArg = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer needs Optional on 3.10
    typer.Argument(
        help="Site directories or files (default: the current directory).", show_default=False
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
CacheOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--cache-dir",
        envvar="READLIST_CACHE_DIR",
        show_default="cache/ in the site root, or readlist.toml's cache_dir",
        help="Metadata cache directory.",
    ),
]
OfflineOpt = Annotated[
    bool,
    typer.Option(
        "--offline", envvar="READLIST_OFFLINE", help="Never use the network; use only the cache."
    ),
]
ArxivUrlOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--arxiv-url",
        envvar="READLIST_ARXIV_URL",
        show_default="https://export.arxiv.org/api/query",
        help="arXiv API endpoint (http or https).",
        callback=checked(endpoint_url),
    ),
]
DelayOpt = Annotated[
    float,
    typer.Option(
        "--arxiv-delay",
        envvar="READLIST_ARXIV_DELAY",
        help="Seconds between arXiv requests.",
        callback=checked(delay_seconds),
    ),
]
DblpUrlOpt = Annotated[
    str,
    typer.Option(
        "--dblp-url",
        envvar="READLIST_DBLP_URL",
        help="DBLP base URL (/search/publ/api is added).",
        callback=checked(endpoint_url),
    ),
]
DblpDelayOpt = Annotated[
    float,
    typer.Option(
        "--dblp-delay",
        envvar="READLIST_DBLP_DELAY",
        help="Seconds between DBLP requests.",
        callback=checked(delay_seconds),
    ),
]
CrossrefUrlOpt = Annotated[
    str,
    typer.Option(
        "--crossref-url",
        envvar="READLIST_CROSSREF_URL",
        help="Crossref REST API base URL (/works/DOI is added).",
        callback=checked(endpoint_url),
    ),
]
CrossrefDelayOpt = Annotated[
    float,
    typer.Option(
        "--crossref-delay",
        envvar="READLIST_CROSSREF_DELAY",
        help="Seconds between Crossref requests.",
        callback=checked(delay_seconds),
    ),
]
MailtoOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--mailto",
        envvar="READLIST_MAILTO",
        help="Contact address sent to DBLP and Crossref in the User-Agent.",
        callback=checked(email),
    ),
]
OverridesOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--overrides",
        envvar="READLIST_OVERRIDES",
        show_default="readlist.toml's overrides, else readlist.bib",
        help="The overrides BibTeX file's name in each site's root.",
    ),
]
PreferOpt = Annotated[
    Optional[Literal["published", "arxiv"]],  # noqa: UP045
    typer.Option(
        "--prefer",
        envvar="READLIST_PREFER",
        show_default="readlist.toml's prefer, else published",
        help="Cite an arXiv paper's published version (published) or the preprint (arxiv).",
    ),
]


LectureOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--lecture",
        "-l",
        help="Only the lecture keyed TEXT (any case); if none is, those whose key begins "
        "with TEXT, else whose title contains it.",
    ),
]
WeekOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--week", "--file", help="Only lectures from files whose path contains TEXT."),
]
RequiredOpt = Annotated[bool, typer.Option("--required", help="Only required readings.")]
OptionalOpt = Annotated[bool, typer.Option("--optional", help="Only optional readings.")]

ExcludeOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Do not read files or folders matching GLOB (repeatable): "
        "'reading-list.*', 'old/**', '_data/*_fa21.yml'.",
    ),
]
