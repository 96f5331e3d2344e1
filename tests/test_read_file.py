"""Reading files: regular files only, at most a limit, whatever size the file reports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readlist.files import read_file


@pytest.mark.parametrize(
    ("size", "limit", "fits"),
    [(0, 10, True), (9, 10, True), (10, 10, True), (11, 10, False), (5000, 10, False)],
)
def test_a_file_is_read_whole_up_to_the_limit(
    tmp_path: Path, size: int, limit: int, fits: bool
) -> None:
    path = tmp_path / "f.txt"
    path.write_text("x" * size, encoding="utf-8")
    if fits:
        assert read_file(path, limit) == "x" * size
    else:
        with pytest.raises(ValueError, match=f"larger than {limit} bytes"):
            read_file(path, limit)


def test_a_file_that_reports_no_size_is_still_read_whole() -> None:
    # /proc files say st_size 0 and hold text: reading by the reported size would lose it.
    proc = Path("/proc/self/status")
    if not proc.exists() or proc.stat().st_size != 0:
        pytest.skip("needs a Linux /proc file that reports size 0")
    text = read_file(proc, 1 << 20)
    assert text.startswith("Name:") and "Pid:" in text


def test_not_a_regular_file_and_not_utf8_are_value_errors(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(ValueError, match="not a regular file"):
        read_file(fifo, 10)
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\xff\xfe")
    with pytest.raises(ValueError):
        read_file(binary, 10)
