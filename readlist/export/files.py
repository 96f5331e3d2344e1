"""Output files: checked before any work, written atomically after it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from readlist.errors import ExportError


def check_writable(path: Path) -> None:
    """Raise :class:`ExportError` unless a file can be created at *path*.

    Probes by creating (and removing) a temporary file next to it, which is
    what :func:`write_atomic` will do; permission bits alone say nothing for root.
    """
    if path.is_dir():
        raise ExportError(f"cannot write {path}: is a directory")
    parent = path.parent
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=parent)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    os.close(fd)
    os.unlink(probe)


def write_atomic(path: Path, text: str) -> None:
    """Write *text* (UTF-8) to *path* via a temporary file in the same directory."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def save_output(path: Path, text: str) -> None:
    """Write an export to *path* atomically; :class:`ExportError` if that fails."""
    try:
        write_atomic(path, text)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
