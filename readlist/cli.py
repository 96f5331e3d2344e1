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
    from readlist.resolve import Resolution

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

ExcludeOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Do not read files or folders matching GLOB (repeatable): "
        "'reading-list.*', 'old/**', '_data/*_fa21.yml'.",
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


def _load(
    paths: list[Path] | None, cache_dir: Path | None = None, exclude: list[str] | None = None
) -> Course:
    """Read the sites, group works, attach cached metadata; report problems on stderr."""
    from readlist import render
    from readlist.course import load_course

    course = load_course(_paths(paths), _cache_dir(cache_dir), exclude or (), require_lectures=True)
    render.problems(course.problems)
    return course


@app.command()
def show(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
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

    course = _load(paths, cache_dir, exclude)
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
    exclude: ExcludeOpt = None,
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

    course = _load(paths, cache_dir, exclude)
    found = shared_works(course.works, min_lectures=min_lectures, optional_only=optional)
    if as_json:
        _print_json(overlap_json(found))
    else:
        render.overlap(found, min_lectures=min_lectures, optional_only=optional)


@app.command()
def fetch(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Fetch every work again, even if cached.")
    ] = False,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    arxiv_delay: DelayOpt = 3.0,
    cache_dir: CacheOpt = None,
) -> None:
    """Fetch arXiv metadata the cache lacks (every work with --refresh) into the cache.

    Exit status: 0 every arXiv work found, 1 some could not be resolved,
    2 arXiv could not be reached at all.

    Example: readlist fetch examples/dsc204a-w24
    """
    from readlist import render

    course = _load(paths, cache_dir, exclude)
    result = _resolve(course, cache_dir, offline, arxiv_url, arxiv_delay, refresh=refresh)
    render.fetch_summary(result, offline=offline)
    raise typer.Exit(result.exit_code)


@app.command()
def export(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
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
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    arxiv_delay: DelayOpt = 3.0,
    cache_dir: CacheOpt = None,
) -> None:
    """Write the course bibliography or the annotated reading list.

    Metadata the cache lacks is fetched from arXiv first (not with --offline);
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
    course = _load(paths, cache_dir, exclude)
    _fetch_missing(course, cache_dir, offline, arxiv_url, arxiv_delay, warn=True)
    options = ExportOptions(
        max_authors=max_authors,
        abstracts=abstracts,
        ascii=ascii_only,
        keys_path=_cache_dir(cache_dir) / "keys.json",
    )
    text = export_course(course, fmt, options)
    if target is None:
        sys.stdout.write(text)
    else:
        save_output(target, text)


def _resolve(
    course: Course,
    cache_dir: Path | None,
    offline: bool,
    arxiv_url: str | None,
    delay: float,
    refresh: bool = False,
) -> Resolution:
    """Metadata for the course's arXiv works: the cache, then arXiv (not when *offline*)."""
    from readlist import render
    from readlist.arxiv_client import DEFAULT_URL, ArxivClient
    from readlist.cache import Cache
    from readlist.resolve import resolve

    client = None if offline else ArxivClient(arxiv_url or DEFAULT_URL, delay=delay)
    with render.fetch_progress() as progress:
        return resolve(
            course.works, Cache(_cache_dir(cache_dir)), client, refresh=refresh, progress=progress
        )


def _fetch_missing(
    course: Course,
    cache_dir: Path | None,
    offline: bool,
    arxiv_url: str | None,
    delay: float,
    warn: bool = False,
) -> None:
    """Attach metadata for arXiv works the cache lacks: from arXiv, unless *offline*.

    Works still without metadata afterwards (offline, arXiv unreachable) keep
    whatever status resolve gives them; with *warn*, each gets a warning line.
    """
    if not any(w.arxiv_id and w.id not in course.metadata for w in course.works):
        return
    from readlist import render

    result = _resolve(course, cache_dir, offline, arxiv_url, delay)
    course.metadata.update(result.metadata)
    if warn:
        render.problems(result.problems)


@app.command()
def check(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
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
    from readlist.course import load_course
    from readlist.lint import check_course, report_json

    course = load_course(_paths(paths), _cache_dir(cache_dir), exclude or (), require_lectures=True)
    _fetch_missing(course, cache_dir, offline, arxiv_url, arxiv_delay)
    report = check_course(course, threshold=threshold)
    if as_json:
        _print_json(report_json(report, fail_on=fail_on))
    else:
        render.check(report, fail_on=fail_on)
    raise typer.Exit(report.exit_code(fail_on))


@app.command()
def stats(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
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

    numbers = course_stats(_load(paths, cache_dir, exclude), top=top)
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
