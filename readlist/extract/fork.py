"""Reading a large site's files on two cores: the second share in a forked child.

Extraction is pure Python and per file (:func:`readlist.extract.read_file` needs
only the file and the site's configuration), so a site of hundreds of pages is read
about twice as fast when a child process, forked once everything is imported, reads
half the files and sends back what it found.  Only where forking is safe and cheap:
Linux, two or more CPUs for this process, no other thread, and enough to read.
Whatever the child fails at (an unreadable file, a crash, a result that does not
pickle) the parent reads itself, so every error is raised, or reported, as a
serial read would.  The child sends only the lectures read; nothing a site holds is
ever loaded as code (the parent unpickles what its own child pickled).
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_BYTES = 256 * 1024
"""Input below which the child costs more than it saves (a fork, a pickle: ~10 ms)."""


def can_fork() -> bool:
    """Whether a child may be forked here: Linux, two CPUs or more, one thread."""
    if sys.platform != "linux" or threading.active_count() != 1:
        return False
    return len(os.sched_getaffinity(0)) >= 2


def shared_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    sizes: Sequence[int],
    min_bytes: int = MIN_BYTES,
) -> list[Result]:
    """``[function(item) for item in items]``, half of the work (by *sizes*) done in a
    forked child when :func:`can_fork` and the sizes add up to *min_bytes* or more.

    *function* must be pure: what the child does to its own memory is lost.
    """
    if len(items) < 2 or sum(sizes) < min_bytes or not can_fork():
        return [function(item) for item in items]
    mine, theirs = _halves(sizes)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its share, then out without cleaning up the parent's state
        status = 1
        try:
            os.close(read_end)
            found = {index: _pickled(function, items[index]) for index in theirs}
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(found, out, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    results: dict[int, Result] = {}
    answered = False
    try:
        for index in mine:
            results[index] = function(items[index])
        with os.fdopen(read_end, "rb") as answer:
            sent = _received(answer.read())
        os.waitpid(pid, 0)
        answered = True
    finally:
        if not answered:  # the parent failed: the child's work is moot
            _stop(pid)
    for index in theirs:
        results[index] = _unpickled(sent.get(index), function, items[index])
    return [results[index] for index in range(len(items))]


def _halves(sizes: Sequence[int]) -> tuple[list[int], list[int]]:
    """Indexes of two shares of about equal size: largest first, each to the lighter."""
    mine: list[int] = []
    theirs: list[int] = []
    loads = [0, 0]
    for index in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        share = 0 if loads[0] <= loads[1] else 1
        (mine if share == 0 else theirs).append(index)
        loads[share] += sizes[index]
    return sorted(mine), sorted(theirs)


def _pickled(function: Callable[[Item], Result], item: Item) -> bytes | None:
    """*function*'s result for *item*, pickled; ``None`` when it raised or does not
    pickle: the parent then reads the item itself and raises, or reports, as it would
    alone."""
    try:
        return pickle.dumps(function(item), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # noqa: BLE001 - redone in the parent, where it counts
        return None


def _received(data: bytes) -> dict[int, bytes | None]:
    """What the child sent; nothing if it died before sending all of it."""
    try:
        found = pickle.loads(data)  # noqa: S301 - written by this process's own child
    except Exception:  # noqa: BLE001 - a truncated answer: the parent reads it all
        return {}
    return found if isinstance(found, dict) else {}


def _unpickled(blob: bytes | None, function: Callable[[Item], Result], item: Item) -> Result:
    """The child's result for *item*, or the parent's own when the child had none."""
    if blob is not None:
        try:
            result: Result = pickle.loads(blob)  # noqa: S301 - this process's own child
            return result
        except Exception:  # noqa: BLE001, S110 - read again below
            pass
    return function(item)


def _stop(pid: int) -> None:
    """Stop and reap the child."""
    try:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass
