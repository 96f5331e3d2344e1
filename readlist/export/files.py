"""Output files: checked before any work, written after it (:func:`readlist.files.write_file`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from readlist.errors import ExportError
from readlist.files import temporary_name, write_file


def check_writable(path: Path) -> None:
    """Raise :class:`ExportError` unless :func:`save_output` can write *path*.

    A regular file (or a new one) is probed by creating and removing a temporary
    file next to it (next to a symlink's target), which is what the write will
    do; permission bits alone say nothing for root.  Anything else that exists
    (``/dev/stdout``, a FIFO) must be writable in place.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        status = None
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise ExportError(f"cannot write {path}: is a directory")
    if status is not None and not stat.S_ISREG(status.st_mode):
        if not os.access(path, os.W_OK):
            raise ExportError(f"cannot write {path}: permission denied")
        return
    probe = temporary_name(Path(os.path.realpath(path)))
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err


def save_output(path: Path, text: str) -> None:
    """Write an export to *path*; :class:`ExportError` if that fails."""
    try:
        write_file(path, text)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
