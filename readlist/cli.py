"""The ``readlist`` command: parse options, call one core function, render.

Only this module (and ``render``) prints.  Every :class:`ReadlistError` is
caught once, in :func:`main`, and printed as ``error: ...`` on stderr.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer
import typer.core

from readlist.cli_options import (
    ArxivUrlOpt,
    CacheOpt,
    CrossrefDelayOpt,
    CrossrefUrlOpt,
    DblpDelayOpt,
    DblpUrlOpt,
    DelayOpt,
    ExcludeOpt,
    JsonOpt,
    LectureOpt,
    MailtoOpt,
    OfflineOpt,
    OptionalOpt,
    OverridesOpt,
    PathsArg,
    PreferOpt,
    RequiredOpt,
    WeekOpt,
    checked,
)
from readlist.errors import ReadlistError
from readlist.options import fraction

if TYPE_CHECKING:
    from readlist.config import Config
    from readlist.course import Selection
    from readlist.lint import Report
    from readlist.model import Course, Prefer, Requirement
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


def _paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path(".")]


def _config(paths: list[Path] | None) -> Config:
    """The first PATH's site configuration (``readlist.toml``); later PATHs share it."""
    from readlist.config import load_config

    return load_config(_paths(paths))


def _cache_dir(cache_dir: Path | None, config: Config) -> Path:
    """--cache-dir / READLIST_CACHE_DIR, else the site's cache."""
    return cache_dir if cache_dir is not None else config.cache_path


def _requirement(required: bool, optional: bool) -> Requirement | None:
    import click

    if required and optional:
        raise click.UsageError("--required and --optional cannot be used together")
    return "required" if required else "optional" if optional else None


def _selection(
    course: Course, lecture: str | None, week: str | None, req: Requirement | None
) -> Selection:
    """The filtered lectures; a note on stderr when --lecture matched loosely, and
    exit 1 with a message when a filter matches nothing."""
    from readlist import render
    from readlist.course import filter_course

    selection = filter_course(course, lecture=lecture, week=week, requirement=req)
    if selection.note:
        render.note(selection.note)
    if not selection.lectures and (lecture or week or req):
        given = [f"--lecture {lecture!r}" if lecture else "", f"--week {week!r}" if week else ""]
        given.append(f"--{req}" if req else "")
        sys.stderr.write(f"error: nothing matches {' '.join(g for g in given if g)}\n")
        raise typer.Exit(1)
    return selection


def _print_json(data: object) -> None:
    from readlist.render import inert_json

    # Indented for people; compact (and several times faster) when piped to a program.
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(inert_json(json.dumps(data, indent=indent, ensure_ascii=False)) + "\n")


def _load(
    paths: list[Path] | None,
    cache_dir: Path | None,
    config: Config,
    exclude: list[str] | None = None,
) -> Course:
    """Read the sites, group works, attach the overrides and the cached metadata (no
    network); report problems, unusable cache files included, on stderr."""
    from readlist import render
    from readlist.api import fetch

    course, result = fetch(
        _read(paths, config, exclude), config=config, cache_dir=cache_dir, offline=True
    )
    render.problems(result.warnings)
    return course


def _read(paths: list[Path] | None, config: Config, exclude: list[str] | None = None) -> Course:
    """Read the sites (not the files --exclude or the configuration exclude) and group
    works (no metadata); report problems on stderr.  No lecture at all: InputError."""
    from readlist import render
    from readlist.course import load_course

    globs = (*config.exclude, *(exclude or ()))
    course = load_course(
        _paths(paths), exclude=globs, offering=config.offering, require_lectures=True
    )
    render.problems(course.problems)
    return course


def _resolve(
    course: Course,
    config: Config,
    cache_dir: Path | None,
    endpoints: Endpoints,
    *,
    offline: bool,
    refresh: bool = False,
) -> tuple[Course, Resolution]:
    """The course with its metadata: overrides, cache, then the services unless *offline*,
    with a progress bar on stderr."""
    from readlist import render
    from readlist.api import fetch

    with render.fetch_progress() as progress:
        return fetch(
            course,
            config=config,
            cache_dir=cache_dir,
            endpoints=endpoints,
            offline=offline,
            refresh=refresh,
            progress=progress,
        )


def _site_config(
    paths: list[Path] | None, overrides: str | None = None, prefer: Prefer | None = None
) -> Config:
    """The site's configuration, with the overrides file and --prefer given on the
    command line."""
    config = _config(paths)
    if overrides is not None:
        config = replace(config, overrides=overrides)
    if prefer is not None:
        config = replace(config, prefer=prefer)
    return config


def _version(value: bool) -> None:
    if value:
        from readlist import __version__

        sys.stdout.write(f"readlist {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    pass


@app.command()
def show(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
    as_json: JsonOpt = False,
    lecture: LectureOpt = None,
    required: RequiredOpt = False,
    optional: OptionalOpt = False,
    week: WeekOpt = None,
    cache_dir: CacheOpt = None,
) -> None:
    """Print each lecture's readings.

    Exit status: 0 shown, 1 a filter matched nothing, 2 could not run.

    Example: readlist show examples/dsc204a-w24 --lecture "Mar 11"
    """
    from readlist import render
    from readlist.course import show_json

    requirement = _requirement(required, optional)
    course = _load(paths, cache_dir, _config(paths), exclude)
    view = _selection(course, lecture, week, requirement).lectures
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

    course = _load(paths, cache_dir, _config(paths), exclude)
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
    overrides: OverridesOpt = None,
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
    config = _site_config(paths, overrides)
    _, result = _resolve(
        _read(paths, config, exclude),
        config,
        cache_dir,
        endpoints,
        offline=offline,
        refresh=refresh,
    )
    render.fetch_summary(result, offline=offline, verbose=verbose)
    raise typer.Exit(result.exit_code)


@app.command()
def export(
    paths: PathsArg = None,
    exclude: ExcludeOpt = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="bibtex, biblatex, csl-json, markdown (annotated list), html, or jekyll "
            "(a _data file); any case.",
        ),
    ] = "bibtex",
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (atomically); '-' or none: stdout "
            "(jekyll: SITE/_data/readlist.yml when PATH is a site directory).",
        ),
    ] = None,
    max_authors: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--max-authors",
            min=1,
            help="BibTeX/biblatex/jekyll: list N authors, then 'and others' "
            "(default: readlist.toml's max_authors, else all).",
        ),
    ] = None,
    abstracts: Annotated[
        bool, typer.Option("--abstracts", help="BibTeX/biblatex: include abstracts.")
    ] = False,
    ascii_only: Annotated[
        bool, typer.Option("--ascii", help="biblatex: non-ASCII as LaTeX macros (bibtex always).")
    ] = False,
    base_url: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--base-url",
            help="Make site-relative links absolute against URL "
            "(default: readlist.toml's base_url).",
        ),
    ] = None,
    fragment: Annotated[
        bool, typer.Option("--fragment", help="HTML: a <div> to include, without <html>/<head>.")
    ] = False,
    lecture: LectureOpt = None,
    week: WeekOpt = None,
    required: RequiredOpt = False,
    optional: OptionalOpt = False,
    prefer: PreferOpt = None,
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
    overrides: OverridesOpt = None,
    cache_dir: CacheOpt = None,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Name each work exported without metadata."),
    ] = False,
) -> None:
    """Write the course bibliography, the annotated reading list or the Jekyll data file.

    Metadata the cache lacks is fetched first (not with --offline);
    works without it are still exported from what the site says, and marked.
    Citation keys are kept stable in CACHE_DIR/keys.json.

    Example: readlist export examples/dsc204a-w24 --format bibtex -o course.bib
    """
    import click

    from readlist.api import export as export_course
    from readlist.api import export_options
    from readlist.course import select
    from readlist.export import check_writable, format_name, save_output

    name = format_name(fmt)
    if fragment and name != "html":
        raise click.UsageError("--fragment applies to --format html only")
    requirement = _requirement(required, optional)
    config = _site_config(paths, overrides, prefer)
    if base_url is not None or max_authors is not None:
        config = replace(
            config,
            base_url=config.base_url if base_url is None else base_url,
            max_authors=config.max_authors if max_authors is None else max_authors,
        )
    target = _export_target(output, name, _paths(paths))
    if target is not None:
        check_writable(target)
    from readlist import render
    from readlist.resolve import Endpoints

    endpoints = Endpoints(
        arxiv_url, arxiv_delay, dblp_url, dblp_delay, crossref_url, crossref_delay, mailto
    )
    cache = _cache_dir(cache_dir, config)
    course = _read(paths, config, exclude)
    if lecture or week or requirement:  # before fetching: only the works exported are fetched
        course = select(course, _selection(course, lecture, week, requirement))
    course, result = _resolve(course, config, cache_dir, endpoints, offline=offline)
    render.unresolved(result, verbose=verbose)
    options = replace(
        export_options(config, cache), abstracts=abstracts, ascii=ascii_only, notes=notes
    )
    text = export_course(course, name, config=config, options=options, fragment=fragment)
    if target is None:
        sys.stdout.write(text)
    else:
        save_output(target, text)


def _export_target(output: str | None, fmt: str, paths: list[Path]) -> Path | None:
    """Where to write: -o FILE; none for '-' or no -o, but jekyll's default for a site."""
    if output is not None:
        return None if output == "-" else Path(output)
    if fmt == "jekyll" and paths[0].is_dir():
        from readlist.errors import ExportError

        data = paths[0] / "_data"
        try:
            data.mkdir(exist_ok=True)
        except OSError as err:
            raise ExportError(f"cannot write {data}: {err.strerror or err}") from err
        return data / "readlist.yml"
    return None


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
            callback=checked(fraction),
            help="Similarity (0-1) from which link text counts as naming a title; "
            "a near miss above it is a typo.",
        ),
    ] = 0.85,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also show info findings (nicknames, renames).")
    ] = False,
    ignore: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--ignore", metavar="CODE[,CODE]", help="Do not count these codes."),
    ] = None,
    baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--baseline", help="Accept the findings this file lists."),
    ] = None,
    update_baseline: Annotated[
        bool,
        typer.Option("--update-baseline", help="Write today's findings to the --baseline FILE."),
    ] = False,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    arxiv_delay: DelayOpt = 3.0,
    dblp_url: DblpUrlOpt = "https://dblp.org",
    dblp_delay: DblpDelayOpt = 1.0,
    crossref_url: CrossrefUrlOpt = "https://api.crossref.org",
    crossref_delay: CrossrefDelayOpt = 0.0,
    mailto: MailtoOpt = None,
    overrides: OverridesOpt = None,
    cache_dir: CacheOpt = None,
) -> None:
    """Find what is wrong in reading lists: link text vs the paper's title (typos, swapped
    links), ids arXiv lacks, duplicates, missing markers, broken links.

    Metadata the cache lacks is fetched from arXiv first (not with --offline);
    checks that need it are listed as skipped otherwise.  Levels: error (the link
    is wrong), warning (the text is wrong), info (shown with --verbose).

    Exit status: 0 nothing at or above --fail-on, 1 findings, 2 could not run
    or could not fetch the metadata it needed.

    Example: readlist check examples/dsc204a-w24/_modules/week-10.md --fail-on error
    """
    from readlist import render
    from readlist.lint import check_course, read_baseline, report_json
    from readlist.resolve import Endpoints

    codes = _ignored_codes(ignore)
    if update_baseline and baseline is None:
        raise typer.BadParameter("needs --baseline FILE", param_hint="--update-baseline")
    accepted = read_baseline(baseline) if baseline is not None and not update_baseline else None
    endpoints = Endpoints(
        arxiv_url, arxiv_delay, dblp_url, dblp_delay, crossref_url, crossref_delay, mailto
    )
    config = _site_config(paths, overrides)
    course, result = _resolve(
        _read(paths, config, exclude), config, cache_dir, endpoints, offline=offline
    )
    render.problems(result.warnings)
    unused = [(o.file, o.line, o.key, o.metadata.title) for o in result.unused_overrides]
    report = check_course(
        course, threshold=threshold, ignore=codes, baseline=accepted, unused_overrides=unused
    )
    if update_baseline and baseline is not None:
        report = _write_baseline(report, baseline)
    if as_json:
        _print_json(report_json(report, fail_on=fail_on))
    else:
        render.check(report, fail_on=fail_on, verbose=verbose)
    raise typer.Exit(report.exit_code(fail_on))


def _ignored_codes(ignore: str | None) -> set[str]:
    from readlist.lint import unknown_codes

    codes = {code.strip() for code in (ignore or "").split(",") if code.strip()}
    unknown = unknown_codes(sorted(codes))
    if unknown:
        raise typer.BadParameter(f"unknown code {', '.join(unknown)}", param_hint="--ignore")
    return codes


def _write_baseline(report: Report, path: Path) -> Report:
    """Accept every finding that counts; refuse when the check was incomplete."""
    from dataclasses import replace

    from readlist.errors import InputError
    from readlist.export.files import save_output
    from readlist.lint import baseline_json

    if report.incomplete:
        raise InputError(f"{path}: not written: metadata could not be fetched (see skipped)")
    save_output(path, json.dumps(baseline_json(report.findings), indent=1) + "\n")
    accepted = [replace(f, suppressed=f.suppressed or "baseline") for f in report.findings]
    return replace(report, findings=accepted)


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

    numbers = course_stats(_load(paths, cache_dir, _config(paths), exclude), top=top)
    if as_json:
        _print_json(stats_json(numbers))
    else:
        render.stats(numbers)


def _once(message: str) -> str:
    """*message* with a repeated sentence said once: click 8.2+ and typer 0.20 both
    append "Did you mean 'show'?" to an unknown command."""
    sentences = re.split(r"(?<=[.?!])\s+", message)
    return " ".join(dict.fromkeys(sentences))


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
        sys.stderr.write(f"error: {_once(err.format_message())} (see '{where} --help')\n")
        sys.exit(2)
    except click.ClickException as err:
        sys.stderr.write(f"error: {err.format_message()}\n")
        sys.exit(err.exit_code)
    except ReadlistError as err:
        from readlist.render import plain

        sys.stderr.write(f"error: {plain(str(err))}\n")  # it may name a site's file
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
