"""The ``readlist`` command: parse options, call one core function, render.

Only this module (and ``render``) prints.  Every :class:`ReadlistError` is
caught once, in :func:`main`, and printed as ``error: ...`` on stderr.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer
import typer.core

from readlist.errors import ReadlistError

if TYPE_CHECKING:
    from readlist.model import Course
    from readlist.resolve import Endpoints, Resolution

# Plain click help: typer's rich help imports rich.markdown + markdown-it on every
# --help (+70 ms, 2.5x the start-up floor), and its markup-off mode prints "\\[default".
typer.core.HAS_RICH = False

app = typer.Typer(
    name="readlist",
    help="Reading lists of course websites: extract, deduplicate, fetch arXiv metadata, "
    "export BibTeX/CSL-JSON, check for typos.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

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
        show_default="./cache",
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
        help="arXiv API endpoint.",
    ),
]
DelayOpt = Annotated[
    float,
    typer.Option(
        "--arxiv-delay",
        envvar="READLIST_ARXIV_DELAY",
        min=0.0,
        help="Seconds between arXiv requests.",
    ),
]
DblpUrlOpt = Annotated[
    str,
    typer.Option(
        "--dblp-url", envvar="READLIST_DBLP_URL", help="DBLP base URL (/search/publ/api is added)."
    ),
]
DblpDelayOpt = Annotated[
    float,
    typer.Option(
        "--dblp-delay", envvar="READLIST_DBLP_DELAY", min=0.0, help="Seconds between DBLP requests."
    ),
]
CrossrefUrlOpt = Annotated[
    str,
    typer.Option(
        "--crossref-url",
        envvar="READLIST_CROSSREF_URL",
        help="Crossref REST API base URL (/works/DOI is added).",
    ),
]
CrossrefDelayOpt = Annotated[
    float,
    typer.Option(
        "--crossref-delay",
        envvar="READLIST_CROSSREF_DELAY",
        min=0.0,
        help="Seconds between Crossref requests.",
    ),
]
MailtoOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--mailto",
        envvar="READLIST_MAILTO",
        help="Contact address sent to DBLP and Crossref in the User-Agent.",
    ),
]
OverridesOpt = Annotated[
    str,
    typer.Option(
        "--overrides",
        envvar="READLIST_OVERRIDES",
        help="The overrides BibTeX file's name in each site's root.",
    ),
]
PreferOpt = Annotated[
    Literal["published", "arxiv"],
    typer.Option(
        "--prefer",
        envvar="READLIST_PREFER",
        help="Cite an arXiv paper's published version (published) or the preprint (arxiv).",
    ),
]


def _paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path(".")]


def _cache_dir(cache_dir: Path | None) -> Path:
    return cache_dir if cache_dir is not None else Path("cache")


def _print_json(data: object) -> None:
    # Indented for people; compact (and several times faster) when piped to a program.
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, indent=indent, ensure_ascii=False) + "\n")


def _load(paths: list[Path] | None, cache_dir: Path | None = None) -> Course:
    """Read the sites, group works, attach the overrides and the cached metadata (no
    network); report problems, unusable cache files included, on stderr."""
    from readlist import render
    from readlist.resolve import Endpoints

    course, result = _resolve(paths, cache_dir, Endpoints(), offline=True, quiet=True)
    render.problems(result.warnings)
    return course


def _resolve(
    paths: list[Path] | None,
    cache_dir: Path | None,
    endpoints: Endpoints,
    *,
    offline: bool,
    overrides: str = "readlist.bib",
    refresh: bool = False,
    quiet: bool = False,
) -> tuple[Course, Resolution]:
    """The course with its metadata: overrides, cache, then the services unless *offline*."""
    from readlist import render
    from readlist.cache import Cache
    from readlist.course import load_course
    from readlist.overrides import course_overrides
    from readlist.resolve import connect, resolve_course

    course = load_course(_paths(paths))
    render.problems(course.problems)
    cache = Cache(_cache_dir(cache_dir))
    services = connect(endpoints, offline=offline)
    found = course_overrides(course, overrides)
    if quiet:
        return resolve_course(course, cache, services, overrides=found)
    with render.fetch_progress() as progress:
        return resolve_course(
            course, cache, services, overrides=found, refresh=refresh, progress=progress
        )


@app.command()
def show(
    paths: PathsArg = None,
    as_json: JsonOpt = False,
    lecture: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--lecture", "-l", help="Only lectures whose key or title contains TEXT."),
    ] = None,
    required: Annotated[bool, typer.Option("--required", help="Only required readings.")] = False,
    optional: Annotated[bool, typer.Option("--optional", help="Only optional readings.")] = False,
    week: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--week", "--file", help="Only lectures from files whose path contains TEXT."),
    ] = None,
    cache_dir: CacheOpt = None,
) -> None:
    """Print each lecture's readings.

    Example: readlist show examples/dsc204a-w24 --lecture "Mar 11"
    """
    from readlist import render
    from readlist.course import filter_course, show_json

    course = _load(paths, cache_dir)
    view = filter_course(
        course,
        lecture=lecture,
        week=week,
        requirement="required" if required else "optional" if optional else None,
    )
    if as_json:
        _print_json(show_json(course, view))
    else:
        render.show(course, view)


@app.command()
def overlap(
    paths: PathsArg = None,
    optional: Annotated[
        bool,
        typer.Option("--optional", help="Only works optional in at least one of their lectures."),
    ] = False,
    min_lectures: Annotated[
        int, typer.Option("--min-lectures", min=1, help="Only works listed by N or more lectures.")
    ] = 2,
    as_json: JsonOpt = False,
    cache_dir: CacheOpt = None,
) -> None:
    """List the works several lectures share, most-shared first, with each lecture's requirement.

    Also names works required in one lecture and optional in another.

    Example: readlist overlap --optional examples/dsc204a-w24
    """
    from readlist import render
    from readlist.dedupe import overlap as shared_works
    from readlist.dedupe import overlap_json

    course = _load(paths, cache_dir)
    found = shared_works(course.works, min_lectures=min_lectures, optional_only=optional)
    if as_json:
        _print_json(overlap_json(found))
    else:
        render.overlap(found, min_lectures=min_lectures, optional_only=optional)


@app.command()
def fetch(
    paths: PathsArg = None,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Fetch every work again, even if cached.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every work not verified, and why.")
    ] = False,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    arxiv_delay: DelayOpt = 3.0,
    dblp_url: DblpUrlOpt = "https://dblp.org",
    dblp_delay: DblpDelayOpt = 1.0,
    crossref_url: CrossrefUrlOpt = "https://api.crossref.org",
    crossref_delay: CrossrefDelayOpt = 0.0,
    mailto: MailtoOpt = None,
    overrides: OverridesOpt = "readlist.bib",
    cache_dir: CacheOpt = None,
) -> None:
    """Fetch the metadata the cache lacks (every work with --refresh) into the cache:
    arXiv for arXiv ids, Crossref for DOIs, DBLP for other papers; the site's
    overrides file wins over all of them.

    Exit status: 0 nothing missing or failed, 1 some works could not be resolved,
    2 no service could be reached at all.

    Example: readlist fetch examples/dsc204a-w24
    """
    from readlist import render
    from readlist.resolve import Endpoints

    endpoints = Endpoints(
        arxiv_url, arxiv_delay, dblp_url, dblp_delay, crossref_url, crossref_delay, mailto
    )
    _, result = _resolve(
        paths, cache_dir, endpoints, offline=offline, overrides=overrides, refresh=refresh
    )
    render.fetch_summary(result, offline=offline, verbose=verbose)
    raise typer.Exit(result.exit_code)


@app.command()
def export(
    paths: PathsArg = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="bibtex, biblatex, csl-json, markdown (annotated list) or html."
        ),
    ] = "bibtex",
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Write to FILE (atomically); '-' or none: stdout."),
    ] = None,
    max_authors: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--max-authors", min=1, help="BibTeX/biblatex: list N authors, then 'and others'."
        ),
    ] = None,
    abstracts: Annotated[
        bool, typer.Option("--abstracts", help="BibTeX/biblatex: include abstracts.")
    ] = False,
    ascii_only: Annotated[
        bool, typer.Option("--ascii", help="BibTeX/biblatex: non-ASCII as LaTeX macros.")
    ] = False,
    prefer: PreferOpt = "published",
    notes: Annotated[
        bool,
        typer.Option(
            "--notes/--no-notes", help="Bibliographies: note when metadata is unverified."
        ),
    ] = True,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    arxiv_delay: DelayOpt = 3.0,
    dblp_url: DblpUrlOpt = "https://dblp.org",
    dblp_delay: DblpDelayOpt = 1.0,
    crossref_url: CrossrefUrlOpt = "https://api.crossref.org",
    crossref_delay: CrossrefDelayOpt = 0.0,
    mailto: MailtoOpt = None,
    overrides: OverridesOpt = "readlist.bib",
    cache_dir: CacheOpt = None,
) -> None:
    """Write the course bibliography or the annotated reading list.

    Metadata the cache lacks is fetched first (not with --offline);
    works without it are still exported from what the site says, and marked.
    Citation keys are kept stable in CACHE_DIR/keys.json.

    Example: readlist export examples/dsc204a-w24 --format bibtex -o course.bib
    """
    from readlist.export import (
        ExportOptions,
        check_format,
        check_writable,
        save_output,
    )
    from readlist.export import export as export_course

    check_format(fmt)
    target = None if output is None or output == "-" else Path(output)
    if target is not None:
        check_writable(target)
    from readlist import render
    from readlist.resolve import Endpoints

    endpoints = Endpoints(
        arxiv_url, arxiv_delay, dblp_url, dblp_delay, crossref_url, crossref_delay, mailto
    )
    course, result = _resolve(paths, cache_dir, endpoints, offline=offline, overrides=overrides)
    render.unresolved(result)
    options = ExportOptions(
        max_authors=max_authors,
        abstracts=abstracts,
        ascii=ascii_only,
        keys_path=_cache_dir(cache_dir) / "keys.json",
        prefer=prefer,
        notes=notes,
    )
    text = export_course(course, fmt, options)
    if target is None:
        sys.stdout.write(text)
    else:
        save_output(target, text)


@app.command()
def check(
    paths: PathsArg = None,
    as_json: JsonOpt = False,
    fail_on: Annotated[
        Literal["error", "warning", "info"],
        typer.Option("--fail-on", help="Exit 1 when a finding is this severe or more."),
    ] = "warning",
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Similarity (0-1) from which link text counts as naming a title; "
            "a near miss above it is a typo.",
        ),
    ] = 0.85,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    arxiv_delay: DelayOpt = 3.0,
    dblp_url: DblpUrlOpt = "https://dblp.org",
    dblp_delay: DblpDelayOpt = 1.0,
    crossref_url: CrossrefUrlOpt = "https://api.crossref.org",
    crossref_delay: CrossrefDelayOpt = 0.0,
    mailto: MailtoOpt = None,
    overrides: OverridesOpt = "readlist.bib",
    cache_dir: CacheOpt = None,
) -> None:
    """Find what is wrong in reading lists: link text vs arXiv title (typos, swapped
    links, renamed papers), ids arXiv lacks, duplicates, missing markers, broken links.

    Metadata the cache lacks is fetched from arXiv first (not with --offline);
    checks that need it are listed as skipped otherwise.

    Exit status: 0 nothing at or above --fail-on, 1 findings, 2 could not run.

    Example: readlist check ../shared/seed/week-10.md --fail-on error
    """
    from readlist import render
    from readlist.lint import check_course, report_json
    from readlist.resolve import Endpoints

    endpoints = Endpoints(
        arxiv_url, arxiv_delay, dblp_url, dblp_delay, crossref_url, crossref_delay, mailto
    )
    course, result = _resolve(paths, cache_dir, endpoints, offline=offline, overrides=overrides)
    render.problems([*result.warnings, *(o.unused() for o in result.unused_overrides)])
    report = check_course(course, threshold=threshold)
    if as_json:
        _print_json(report_json(report, fail_on=fail_on))
    else:
        render.check(report, fail_on=fail_on)
    raise typer.Exit(report.exit_code(fail_on))


@app.command()
def stats(
    paths: PathsArg = None,
    as_json: JsonOpt = False,
    top: Annotated[int, typer.Option("--top", min=0, help="Show the N most-shared works.")] = 5,
    cache_dir: CacheOpt = None,
) -> None:
    """Summarise the course: lectures, readings, works, arXiv share, required/optional
    split and the works most lectures share.

    Example: readlist stats examples/dsc204a-w24 --top 10
    """
    from readlist import render
    from readlist.stats import course_stats, stats_json

    numbers = course_stats(_load(paths, cache_dir), top=top)
    if as_json:
        _print_json(stats_json(numbers))
    else:
        render.stats(numbers)


def main() -> None:
    """Console-script entry point: one-line errors, documented exit codes."""
    import click

    try:
        code = app(standalone_mode=False)
    except click.UsageError as err:
        no_args = type(err).__name__ == "NoArgsIsHelpError"
        if no_args:  # bare `readlist`: the help, as asked
            sys.stdout.write(err.format_message() + "\n")
            sys.exit(0)
        where = err.ctx.command_path if err.ctx is not None else "readlist"
        sys.stderr.write(f"error: {err.format_message()} (see '{where} --help')\n")
        sys.exit(2)
    except click.ClickException as err:
        sys.stderr.write(f"error: {err.format_message()}\n")
        sys.exit(err.exit_code)
    except ReadlistError as err:
        sys.stderr.write(f"error: {err}\n")
        sys.exit(err.exit_code)
    except (KeyboardInterrupt, click.Abort):
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        # Output piped into `head`: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)
