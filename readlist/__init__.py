"""readlist: reading-list bibliography manager for course websites.

The library: :func:`load_course` reads a course site, :func:`resolve` fills in
metadata, :func:`export` writes it in one format; :func:`read_config` reads a
site's ``readlist.toml``.  Each returns a new value.  See ``docs/api.md``.

The names load lazily, so ``readlist --help`` does not import the whole library.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readlist.api import export, load_course
    from readlist.config import Config, read_config
    from readlist.model import Course

__all__ = ["Config", "__version__", "export", "load_course", "read_config", "resolve"]

_HOMES = {
    "load_course": "readlist.api",
    "Config": "readlist.config",
    "read_config": "readlist.config",
}


def resolve(course: Course, **options: Any) -> Course:
    """A new course with its works' metadata: :func:`readlist.api.resolve`."""
    from readlist.api import resolve as resolve_course

    return resolve_course(course, **options)


class _Package(types.ModuleType):
    """Keeps ``readlist.resolve`` the function: Python binds a package's attribute
    to a submodule of the same name when that submodule is first imported (the
    submodule stays importable as ``readlist.resolve`` through ``sys.modules``)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "resolve" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    import importlib

    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("readlist")
        except PackageNotFoundError:  # run from a source tree that was never installed
            return "0+unknown"
    if name == "export":
        return importlib.import_module("readlist.export")
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'readlist' has no attribute {name!r}")
