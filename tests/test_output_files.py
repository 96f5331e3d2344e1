"""Writing files: modes from the umask or the old file, through symlinks, into devices and FIFOs.

The one writer (:func:`readlist.files.write_file`) is tested directly, then through
``readlist export -o`` and ``keys.json``.
"""

from __future__ import annotations

import os
import stat
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from export_helpers import EXAMPLE
from test_export_cli import filled_cache, readlist

from readlist.files import write_file


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A character device like ``/dev/null``: one of our own as root (a writer that
    replaced it by a file would replace only that one), else ``/dev/null`` itself."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@pytest.fixture
def stdout_link(tmp_path: Path) -> Path:
    """A link like ``/dev/stdout`` (to ``/proc/self/fd/1``), of our own."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    return link


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, mask: int, expected: int) -> None:
    with umask(mask):
        write_file(tmp_path / "out.bib", "text\n")
    assert mode(tmp_path / "out.bib") == expected


@pytest.mark.parametrize("old_mode", [0o644, 0o640, 0o604, 0o600])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, old_mode: int) -> None:
    out = tmp_path / "out.bib"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(old_mode)
    with umask(0o077):
        write_file(out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert mode(out) == old_mode


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "course.bib"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "course.bib"
    link.symlink_to(Path("real") / "course.bib")
    write_file(link, "new\n")
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "course.bib")
    assert target.read_text(encoding="utf-8") == "new\n" and mode(target) == 0o640
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["course.bib"]  # no temp


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "course.bib"
    link.symlink_to(tmp_path / "site.bib")
    write_file(link, "new\n")
    assert link.is_symlink() and (tmp_path / "site.bib").read_text(encoding="utf-8") == "new\n"


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_file(fifo, "through the pipe\n")
    reader.join(10)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_written_in_place(null_device: Path) -> None:
    write_file(null_device, "gone\n")
    assert stat.S_ISCHR(os.lstat(null_device).st_mode)
    assert not list(null_device.parent.glob(".null.*.tmp"))


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_file(tmp_path, "text\n")


# --- through the CLI ---------------------------------------------------------------------------


def export(*args: str | Path, cwd: Path, mask: int = 0o022) -> subprocess.CompletedProcess[str]:
    return readlist("export", *args, cwd=cwd, umask=mask)


def test_export_and_keys_follow_the_umask_and_keep_an_old_mode(tmp_path: Path) -> None:
    cache = filled_cache(tmp_path / "cache")
    run = export(EXAMPLE, "--offline", "--cache-dir", cache, "-o", "course.bib", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert mode(tmp_path / "course.bib") == 0o644
    assert mode(cache / "keys.json") == 0o644
    (tmp_path / "page.html").write_text("old\n", encoding="utf-8")
    (tmp_path / "page.html").chmod(0o664)
    run = export(EXAMPLE, "--offline", "--cache-dir", cache, "-f", "html", "-o", "page.html",
                 cwd=tmp_path, mask=0o077)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert mode(tmp_path / "page.html") == 0o664
    assert "<html" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_export_writes_through_a_symlink(tmp_path: Path) -> None:
    cache = filled_cache(tmp_path / "cache")
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "course.bib").write_text("stale\n", encoding="utf-8")
    (tmp_path / "course.bib").symlink_to(tmp_path / "shared" / "course.bib")
    run = export(EXAMPLE, "--offline", "--cache-dir", cache, "-o", "course.bib", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "course.bib").is_symlink()
    assert "@misc{zheng2022alpa," in (tmp_path / "shared" / "course.bib").read_text("utf-8")


@pytest.mark.parametrize("device", ["stdout", "null", "-"])
def test_export_to_a_device_or_dash_leaves_the_device_alone(
    tmp_path: Path, device: str, null_device: Path, stdout_link: Path
) -> None:
    cache = filled_cache(tmp_path / "cache")
    target = {"stdout": stdout_link, "null": null_device, "-": "-"}[device]
    run = export(EXAMPLE, "--offline", "--cache-dir", cache, "-o", target, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n@") == (0 if device == "null" else 41)
    assert stat.S_ISCHR(os.lstat(null_device).st_mode)
    assert stdout_link.is_symlink()


def test_own_data_replaces_a_fifo_or_device_instead_of_waiting_on_it(
    tmp_path: Path, null_device: Path
) -> None:
    fifo = tmp_path / "2201.12023.json"
    os.mkfifo(fifo)
    write_file(fifo, "{}\n", into_devices=False)  # no reader: writing into it would hang
    assert fifo.is_file() and fifo.read_text(encoding="utf-8") == "{}\n"
    if null_device.parent == tmp_path:  # our own node (root): replaced by a file
        write_file(null_device, "x\n", into_devices=False)
        assert null_device.is_file()
