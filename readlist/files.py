"""Reading and writing readlist's files: nothing hangs, nothing is lost or half-written.

:func:`read_file` reads a regular file only (a FIFO or a link to ``/dev/zero``
is refused at once, never waited on) and at most a given size.

:func:`write_file` is the one writer of everything readlist saves (exports,
cache records, ``keys.json``):

- a regular file, or a new one, is replaced atomically: a temporary file next
  to it, fsynced, renamed over it.  A reader (or a killed writer) sees the old
  content or the new, never half of it.  The new file keeps the old one's mode
  (and owner, when the writer may set it); a new file gets the mode the umask
  gives (``0644`` under the usual ``022``), like any file a program creates.
- a symbolic link is written through: its target is replaced (atomically, next
  to the target) and the link stays a link.
- anything else that exists (a terminal, ``/dev/stdout``, ``/dev/null``, a FIFO)
  is opened and written in place: it cannot be renamed over.  Not so for
  readlist's own data (``into_devices=False``: the cache, ``keys.json``), where
  such a thing is damage that is replaced by a regular file.

Failures are :class:`OSError`; callers say what was being written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

NEW_FILE_MODE = 0o666
"""Mode asked for a new file; the umask takes its bits away."""
_NAME_ROOM = 200
"""Characters of the target's name kept in a temporary file's name (limit 255)."""


def write_file(path: Path, text: str, *, into_devices: bool = True) -> None:
    """Give *path* the content *text* (UTF-8, newlines as given); see the module doc."""
    data = text.encode("utf-8")
    try:
        status: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        status = None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if status is not None and not stat.S_ISREG(status.st_mode):
        if not into_devices:
            _replace(path, data, None)
            return
        with open(path, "wb") as handle:
            handle.write(data)
        return
    _replace(Path(os.path.realpath(path)), data, status)


def read_file(path: Path, limit: int) -> str:
    """The UTF-8 text of the regular file *path*, at most *limit* bytes.

    :class:`FileNotFoundError` and other :class:`OSError` as raised;
    :class:`ValueError` (saying why) for anything but a regular file, a larger
    file, or text that is not UTF-8.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise ValueError("not a regular file")
        # read(limit + 1) would allocate the whole limit for every small file
        data = handle.read(min(status.st_size, limit) + 1)
        if status.st_size < len(data) <= limit:  # it grew while being read
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise ValueError(f"larger than {limit} bytes")
    return data.decode("utf-8")


def temporary_name(path: Path) -> Path:
    """A fresh hidden name next to *path* for its temporary file (``.name.1a2b3c4d.tmp``)."""
    return path.with_name(f".{path.name[:_NAME_ROOM]}.{secrets.token_hex(4)}.tmp")


def _replace(target: Path, data: bytes, old: os.stat_result | None) -> None:
    fd, temp = _create(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            if old is not None:
                _keep_mode_and_owner(handle.fileno(), old)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_directory(target.parent)


def _create(target: Path) -> tuple[int, Path]:
    """An open, new, empty temporary file next to *target* (mode from the umask)."""
    while True:
        temp = temporary_name(target)
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            return os.open(temp, flags, NEW_FILE_MODE), temp
        except FileExistsError:
            continue


def _keep_mode_and_owner(fd: int, old: os.stat_result) -> None:
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) != (old.st_uid, old.st_gid):
        with contextlib.suppress(OSError):  # only root may give a file away
            os.fchown(fd, old.st_uid, old.st_gid)
            os.fchmod(fd, stat.S_IMODE(old.st_mode))  # chown clears set-id bits


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
