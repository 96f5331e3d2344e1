"""Exports: the course bibliography, the annotated reading list and the Jekyll data file.

``FORMATS`` maps a format name to a function ``(course, options) -> str``;
:func:`export` picks one (names are case-insensitive).  The reading lists
(``PAGES``) also take :class:`PageOptions` (an HTML fragment, Markdown front
matter).  Every format is built from the same records
(:mod:`readlist.export.record`) with the same stable citation keys
(:mod:`readlist.export.keys`).  Nothing here touches the network.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

from readlist.errors import ExportError
from readlist.export.annotated import PageOptions
from readlist.export.files import check_writable, save_output
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

FORMATS: dict[str, tuple[str, str]] = {
    "bibtex": ("bibtex", "to_bibtex"),
    "biblatex": ("bibtex", "to_biblatex"),
    "csl-json": ("csl", "to_csl_json"),
    "markdown": ("annotated", "to_markdown"),
    "html": ("annotated", "to_html"),
    "jekyll": ("jekyll", "to_jekyll"),
}
"""Each format's writer, ``(module of readlist.export, function)``: a run imports
only the writer it uses (bibtexparser for BibTeX, none of it for CSL-JSON)."""
PAGES = frozenset({"markdown", "html"})
"""Formats that are pages, whose writer also takes :class:`PageOptions`."""


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
    module, function = FORMATS[name]
    writer = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    if name in PAGES:
        return str(writer(course, options, page or PageOptions()))
    return str(writer(course, options))


class _Package(types.ModuleType):
    """This package is also ``readlist.export(course, fmt, ...)``, the library's
    export (:func:`readlist.api.export`): Python binds ``readlist.export`` to
    the package once it is imported, so the package itself must be callable."""

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        from readlist.api import export as export_with_config

        return export_with_config(*args, **kwargs)


sys.modules[__name__].__class__ = _Package
