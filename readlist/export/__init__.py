"""Exports: the course bibliography, the annotated reading list and the Jekyll data file.

``FORMATS`` maps a format name to a function ``(course, options) -> str``;
:func:`export` picks one (names are case-insensitive).  The reading lists
(``PAGES``) also take :class:`PageOptions` (an HTML fragment, Markdown front
matter).  Every format is built from the same records
(:mod:`readlist.export.record`) with the same stable citation keys
(:mod:`readlist.export.keys`).  Nothing here touches the network.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any

from readlist.errors import ExportError
from readlist.export.annotated import PageOptions, to_html, to_markdown
from readlist.export.bibtex import to_biblatex, to_bibtex
from readlist.export.csl import to_csl_json
from readlist.export.files import check_writable, save_output
from readlist.export.jekyll import to_jekyll
from readlist.export.record import ExportOptions
from readlist.model import Course

__all__ = [
    "FORMATS",
    "ExportOptions",
    "PageOptions",
    "check_writable",
    "export",
    "format_name",
    "save_output",
]

Exporter = Callable[[Course, ExportOptions], str]
PageExporter = Callable[[Course, ExportOptions, PageOptions], str]

PAGES: dict[str, PageExporter] = {"markdown": to_markdown, "html": to_html}
FORMATS: dict[str, Exporter] = {
    "bibtex": to_bibtex,
    "biblatex": to_biblatex,
    "csl-json": to_csl_json,
    "markdown": to_markdown,
    "html": to_html,
    "jekyll": to_jekyll,
}


def format_name(fmt: str) -> str:
    """The known format *fmt* names, in any case (``BibTeX``); else :class:`ExportError`."""
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; known formats: {', '.join(FORMATS)}")
    return name


def export(
    course: Course, fmt: str, options: ExportOptions, page: PageOptions | None = None
) -> str:
    """The course in format *fmt*; :class:`ExportError` names the known formats."""
    name = format_name(fmt)
    if name in PAGES:
        return PAGES[name](course, options, page or PageOptions())
    return FORMATS[name](course, options)


class _Package(types.ModuleType):
    """This package is also ``readlist.export(course, fmt, ...)``, the library's
    export (:func:`readlist.api.export`): Python binds ``readlist.export`` to
    the package once it is imported, so the package itself must be callable."""

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        from readlist.api import export as export_with_config

        return export_with_config(*args, **kwargs)


sys.modules[__name__].__class__ = _Package
