"""Exports: the course bibliography and the annotated reading list.

``FORMATS`` maps a format name to a function ``(course, options) -> str``;
:func:`export` picks one.  Every format is built from the same records
(:mod:`readlist.export.record`) with the same stable citation keys
(:mod:`readlist.export.keys`).  Nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Callable

from readlist.errors import ExportError
from readlist.export.annotated import to_html, to_markdown
from readlist.export.bibtex import to_biblatex, to_bibtex
from readlist.export.csl import to_csl_json
from readlist.export.files import check_writable, save_output
from readlist.export.record import ExportOptions
from readlist.model import Course

__all__ = [
    "FORMATS",
    "ExportOptions",
    "check_format",
    "check_writable",
    "export",
    "save_output",
]

Exporter = Callable[[Course, ExportOptions], str]

FORMATS: dict[str, Exporter] = {
    "bibtex": to_bibtex,
    "biblatex": to_biblatex,
    "csl-json": to_csl_json,
    "markdown": to_markdown,
    "html": to_html,
}


def check_format(fmt: str) -> None:
    """Raise :class:`ExportError` naming the known formats unless *fmt* is one."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; known formats: {', '.join(FORMATS)}")


def export(course: Course, fmt: str, options: ExportOptions) -> str:
    """The course in format *fmt*; :class:`ExportError` names the known formats."""
    check_format(fmt)
    return FORMATS[fmt](course, options)
