"""Terminal output with rich: the only module besides ``cli`` that prints.

Text from sites and from arXiv is always wrapped in :class:`rich.text.Text`
(never parsed as markup), so a title containing ``[bold]`` prints literally.
Colour is off when stdout is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import PurePath
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from readlist import lazyre
from readlist.dedupe import Overlap, other_lectures
from readlist.model import Course, Lecture, Problem, Reading

if TYPE_CHECKING:
    from readlist.lint import Finding, Report, Severity
    from readlist.resolve import Resolution
    from readlist.stats import Stats

# C0/C1 controls (ANSI escapes start with one) and the bidi controls that
# reorder what a terminal shows (U+202E makes "fdp.exe" read "exe.pdf").
_CONTROL = lazyre.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

BADGE_STYLE = {"required": "bold green", "optional": "yellow", None: "dim"}
BADGE_TEXT = {"required": "required", "optional": "optional", None: "unmarked"}
"""Unmarked readings say so in words: a dash read as the "— Author year" separator."""


def console(stderr: bool = False) -> Console:
    """A console that is plain when piped or when NO_COLOR is set."""
    return Console(
        stderr=stderr,
        no_color="NO_COLOR" in os.environ,
        highlight=False,
        soft_wrap=False,
        emoji=False,
        markup=False,
    )


def plain(value: str) -> str:
    """*value* without the control and bidi characters a terminal would act on."""
    return _CONTROL.sub("", value)


def inert(value: str) -> Text:
    """Site/web text as an inert rich Text: no markup, no control or bidi characters."""
    return Text(plain(value))


def inert_json(text: str) -> str:
    """JSON text whose control and bidi characters are ``\\uXXXX`` escapes: the
    same data for a program, inert on a terminal."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def note(message: str) -> None:
    """One ``note: ...`` line on stderr (how a filter was understood)."""
    console(stderr=True).print(Text.assemble(("note: ", "cyan"), inert(message)), soft_wrap=True)


def problems(items: Iterable[Problem]) -> None:
    for problem in items:
        warning(str(problem))


def warning(message: str) -> None:
    """``warning: message`` on stderr, never wrapped."""
    err = console(stderr=True)
    err.print(Text.assemble(("warning: ", "yellow"), inert(message)), soft_wrap=True)


def _also_in(course: Course, lecture: Lecture, reading: Reading) -> list[str]:
    work = course.work_of(lecture, reading)
    return [other.key for other in other_lectures(work, lecture)] if work else []


def show(course: Course, lectures: Sequence[tuple[Lecture, Sequence[Reading]]]) -> None:
    """Each lecture: key and title, then readings with a badge, link and "also in".

    The whole listing is built first and printed once (one rich render, not
    hundreds): ``show`` stays fast on long courses.
    """
    out = console()
    width = out.width
    lines: list[Text] = []
    indent = Text(" " * 11)
    for lecture, readings in lectures:
        head = Text()
        head.append(lecture.key, style="bold cyan")
        head.append(" · ", style="dim")
        head.append_text(inert(lecture.title or "(untitled)"))
        head.append(f"  {lecture.file}:{lecture.line}", style="dim")
        lines.extend(_wrapped(out, Text(), head, width))
        if not readings:
            lines.append(Text("  no readings", style="dim"))
        for reading in readings:
            badge = Text(
                f"{BADGE_TEXT[reading.requirement]:<8} ", style=BADGE_STYLE[reading.requirement]
            )
            body = inert(reading.title or reading.text or reading.url)
            work = course.work_of(lecture, reading)
            meta = course.metadata.get(work.id) if work else None
            if meta is not None and meta.status == "found" and meta.authors:
                who = meta.authors[0].split()[-1] + (" et al." if len(meta.authors) > 1 else "")
                year = f" {meta.year}" if meta.year else ""
                body.append_text(Text(f" — {who}{year}", style="dim"))
            lines.extend(_wrapped(out, Text("  ") + badge, body, width))
            # A URL is never broken by an inserted newline: it stays one line to copy or click.
            lines.append(indent + Text(plain(reading.link), style="blue"))
            also = _also_in(course, lecture, reading)
            if also:
                also_text = Text("also in " + ", ".join(also), style="magenta")
                lines.extend(_wrapped(out, indent, also_text, width))
        lines.append(Text())
    _print_lines(out, lines)


def overlap(items: Sequence[Overlap], *, min_lectures: int, optional_only: bool) -> None:
    """Works shared by lectures, most-shared first: each work, then its lectures.

    Built as lines and printed once, so hundreds of works print fast.
    """
    out = console()
    what = "optional reading" if optional_only else "work"
    if not items:
        out.print(Text(f"No {what} appears in {min_lectures} or more lectures.", style="dim"))
        return
    sites = _site_labels({a.lecture.source for item in items for a in item.appearances})
    width = out.width
    lines: list[Text] = []
    indent = Text(" " * 4)
    for item in items:
        head = _work_cell(item)
        lines.extend(_wrapped(out, Text(f"{item.count:>2}× ", style="bold"), head, width))
        for appearance in item.appearances:
            badges = Text("/").join(
                Text(BADGE_TEXT[req], style=BADGE_STYLE[req]) for req in appearance.requirements
            )
            badges.pad_right(max(0, 9 - badges.cell_len))
            label = _lecture_label(appearance.lecture, sites, with_title=True)
            lines.extend(_wrapped(out, indent + badges + Text(" "), label, width))
        lines.append(Text())
    _print_lines(out, lines)
    mixed = [item for item in items if item.mixed]
    noun = what if len(items) == 1 else f"{what}s"
    out.print(
        Text(
            f"{len(items)} {noun} in {min_lectures}+ lectures; {len(mixed)} required "
            "in one lecture and optional in another.",
            style="bold",
        )
    )
    for item in mixed:
        line = Text("  ") + inert(item.work.title or item.work.id)
        required = ", ".join(_lecture_label(lec, sites).plain for lec in item.required_in)
        optional = ", ".join(_lecture_label(lec, sites).plain for lec in item.optional_in)
        line.append(f" — required in {required}", "green")
        line.append(f"; optional in {optional}", "yellow")
        out.print(line)


def _work_cell(item: Overlap) -> Text:
    """The work's title, then its id (for a plain link, just the host) in dim."""
    identity = item.work.identity
    cell = inert(item.work.title or item.work.id)
    detail = identity.key
    if identity.scheme == "url":
        detail = identity.value.split("//", 1)[-1].split("/", 1)[0]
    cell.append("  " + plain(detail), style="dim")
    return cell


def _site_labels(sources: Iterable[str]) -> dict[str, str]:
    """Each PATH's shortest path tail no other PATH ends with (none for a single site)."""
    parts = {source: PurePath(source).parts or (source,) for source in sources}
    if len(parts) < 2:
        return {}
    labels = {}
    for source, own in parts.items():
        others = [p for s, p in parts.items() if s != source]
        depth = 1
        while depth < len(own) and any(p[-depth:] == own[-depth:] for p in others):
            depth += 1
        labels[source] = "/".join(own[-depth:])
    return labels


def _lecture_label(lecture: Lecture, sites: dict[str, str], *, with_title: bool = False) -> Text:
    label = Text()
    if lecture.source in sites:
        label.append(plain(sites[lecture.source]) + " ", style="dim")
    label.append(plain(lecture.key), style="cyan")
    if with_title and lecture.title:
        label.append(" " + plain(lecture.title))
    return label


SOURCE_NAMES = {"arxiv": "arXiv", "dblp": "DBLP", "crossref": "Crossref", "overrides": "overrides"}


def _per_source(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{SOURCE_NAMES.get(k, k)} {n}" for k, n in counts.items() if n)


@contextmanager
def fetch_progress() -> Iterator[Callable[[int, int, Mapping[str, int]], None]]:
    """A progress bar on stderr while metadata is resolved, with the works verified
    per source; yields the ``(done, total, verified)`` callback.  No bar (and no
    import of rich's progress) when stderr is not a terminal."""
    err = console(stderr=True)
    if not err.is_terminal:
        yield _no_progress
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (
        TextColumn("metadata"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[sources]}"),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("fetch", total=None, sources="")

        def update(done: int, total: int, verified: Mapping[str, int]) -> None:
            sources = _per_source(verified)
            if sources:
                bar.update(task, completed=done, total=total, sources=sources)
            else:
                bar.update(task, completed=done, total=total)

        yield update


def _no_progress(done: int, total: int, verified: Mapping[str, int]) -> None:
    """The progress callback where nobody watches."""


def fetch_summary(result: Resolution, *, offline: bool = False, verbose: bool = False) -> None:
    """Warnings (unusable cache files, overrides), the works themselves only with
    *verbose* (stderr, never wrapped), then one summary line (stdout)."""
    err = console(stderr=True)
    listed = [*result.problems, *result.left] if verbose else list(result.warnings)
    for problem in listed:
        err.print(Text.assemble(("warning: ", "yellow"), inert(str(problem))), soft_wrap=True)
    line = (
        f"fetched {result.fetched}, cached {result.cached}, "
        f"not found {result.missing}, failed {result.failed}; "
        f"verified {_per_source(result.verified) or 'none'}; "
        f"left unverified {result.unverified}"
    )
    if offline:
        line += " (offline)"
    elif result.requests:
        requests = _per_source(result.requests_by_source)
        line += f" ({result.requests} request{'s' if result.requests != 1 else ''}: {requests})"
    console().print(Text(line, style="bold"))


def unresolved(result: Resolution, *, verbose: bool = False) -> None:
    """After an export or check: the warnings (unusable cache files, overrides), then one
    line counting the works left without metadata by reason (``--verbose``: each first)."""
    problems(result.warnings)
    failures = [p for p in result.problems if p not in result.warnings]
    if verbose:
        problems(failures)
    if failures:
        whys = Counter(problem.message.partition(": ")[2] for problem in failures)
        said = [why if len(whys) == 1 else f"{why} ({n})" for why, n in whys.items()]
        works = f"{len(failures)} work{'s' if len(failures) != 1 else ''}"
        line = f"{works} exported without metadata: "
        warning(line + ", ".join(said) + ("" if verbose else "; --verbose lists them"))


def _print_lines(out: Console, lines: list[Text]) -> None:
    """Print *lines* at once; when the console writes no styles at all (piped), as
    their plain text: what rich would write, without rendering thousands of spans."""
    if out.color_system is None:
        out.file.write("".join(line.plain + "\n" for line in lines))
        out.file.flush()
    else:
        out.print(Text("\n").join(lines), soft_wrap=True)


def _wrapped(out: Console, lead: Text, body: Text, width: int | None = None) -> list[Text]:
    """*lead* then *body*, wrapped to *width* (the console's) under a hanging indent."""
    width = max((out.width if width is None else width) - lead.cell_len, 20)
    if "\n" not in body.plain and body.cell_len <= width:  # most lines fit: no wrapping
        line = body.copy()
        line.rstrip()
        return [lead + line]
    pad = Text(" " * lead.cell_len)
    lines = []
    for index, line in enumerate(body.wrap(out, width, overflow="fold")):
        line.rstrip()
        lines.append((lead if index == 0 else pad) + line)
    return lines


def _hanging(out: Console, lead: Text, body: Text) -> None:
    """Print *lead* then *body* under a hanging indent (see :func:`_wrapped`)."""
    for line in _wrapped(out, lead, body):
        out.print(line, soft_wrap=True)


SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def check(report: Report, *, fail_on: Severity, verbose: bool = False) -> None:
    """Findings grouped by file (line, lecture, level, what and how to fix), then a summary.

    Suppressed findings are not shown; info findings only when *verbose*.
    """
    out = console()
    shown = [f for f in report.active if verbose or f.severity != "info"]
    for file in dict.fromkeys(f.file for f in shown):
        out.print(inert(file), style="bold")
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
        table.add_column("line", justify="right", no_wrap=True, style="dim")
        table.add_column("lecture", no_wrap=True, style="cyan", max_width=12, overflow="ellipsis")
        table.add_column("severity", no_wrap=True)
        table.add_column("finding", ratio=1, overflow="fold")
        for finding in shown:
            if finding.file == file:
                table.add_row(
                    str(finding.line or ""),
                    inert(finding.lecture),
                    Text(finding.severity, style=SEVERITY_STYLE[finding.severity]),
                    _finding_cell(finding),
                )
        out.print(table)
        out.print()
    _check_summary(out, report, fail_on, hidden=len(report.active) - len(shown))


def _finding_cell(finding: Finding) -> Text:
    cell = Text()
    cell.append(finding.code, style="bold")
    cell.append(" ")
    cell.append_text(inert(finding.message))
    hint = inert(finding.hint)
    hint.stylize("dim")
    cell.append("\n→ ", style="dim")
    cell.append_text(hint)
    return cell


def _check_summary(out: Console, report: Report, fail_on: Severity, hidden: int) -> None:
    """``0 errors, 3 warnings, 0 info — fails --fail-on warning``, then what was skipped."""
    from readlist.lint import SEVERITIES

    if not report.active and not report.incomplete:
        clean = "No findings." if not report.skipped else "No findings in what could be checked."
        out.print(Text(clean, style="bold green"))
    else:
        line = Text()
        for severity in SEVERITIES:
            count = report.count(severity)
            noun = severity if count == 1 or severity == "info" else f"{severity}s"
            if line:
                line.append(", ")
            line.append(f"{count} {noun}", style=SEVERITY_STYLE[severity] if count else "dim")
        if hidden:
            line.append(" (not shown: --verbose)", style="dim")
        line.append_text(_verdict(report, fail_on))
        out.print(line)
    if report.suppressed:
        out.print(Text(f"{report.suppressed} suppressed (--ignore, markers, baseline)", "dim"))
    for note in report.skipped:
        _hanging(out, Text("skipped: ", style="yellow"), inert(note))


def _verdict(report: Report, fail_on: Severity) -> Text:
    code = report.exit_code(fail_on)
    if code == 2:
        return Text(" — incomplete: metadata could not be fetched", style="bold red")
    failing = code == 1
    return Text(
        f" — {'fails' if failing else 'passes'} --fail-on {fail_on}",
        style="bold red" if failing else "green",
    )


def stats(numbers: Stats) -> None:
    """The course in numbers, then the works most lectures share."""
    out = console()
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column("what", style="bold", no_wrap=True)
    table.add_column("count", justify="right", no_wrap=True)
    table.add_column("detail", ratio=1, overflow="fold")
    table.add_row(
        "lectures",
        str(numbers.lectures),
        Text(f"{numbers.lectures_with_readings} with readings", style="dim"),
    )
    table.add_row("readings", str(numbers.readings), _split(numbers))
    table.add_row(
        "works", str(numbers.works), Text(f"{numbers.shared_works} in 2+ lectures", style="dim")
    )
    table.add_row(
        "arXiv",
        str(numbers.arxiv_works),
        Text(
            f"{numbers.arxiv_share:.0%} of works, {numbers.arxiv_reading_share:.0%} of readings; "
            f"{numbers.with_metadata} with metadata",
            style="dim",
        ),
    )
    table.add_row(
        "links", "", Text(", ".join(f"{k} {v}" for k, v in numbers.schemes.items()), style="dim")
    )
    table.add_row(
        "sources",
        str(numbers.files),
        Text(
            f"file{'s' if numbers.files != 1 else ''} in {numbers.sites} "
            f"site{'s' if numbers.sites != 1 else ''}",
            style="dim",
        ),
    )
    out.print(table)
    if numbers.most_shared:
        out.print()
        out.print(Text("Most-shared works", style="bold"))
        shared = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        shared.add_column("n", justify="right", no_wrap=True, width=2)
        shared.add_column("work", ratio=3, overflow="fold")
        shared.add_column("lectures", ratio=2, overflow="fold", style="cyan")
        for item in numbers.most_shared:
            keys = ", ".join(plain(a.lecture.key) for a in item.appearances)
            shared.add_row(str(item.count), _work_cell(item), keys)
        out.print(shared)


def _split(numbers: Stats) -> Text:
    total = numbers.readings or 1
    parts = [
        ("required", numbers.required),
        ("optional", numbers.optional),
        (None, numbers.unmarked),
    ]
    text = Text()
    for index, (requirement, count) in enumerate(parts):
        if index:
            text.append(" · ", style="dim")
        label = requirement or "unmarked"
        text.append(f"{label} {count} ({count / total:.0%})", style=BADGE_STYLE[requirement])
    return text
