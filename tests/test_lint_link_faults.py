"""`check` on relative links the file system cannot answer for: one line, never a traceback."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_export_cli import readlist

from readlist.course import load_course
from readlist.lint import check_course

LONG_NAME = "a" * 300 + ".pdf"


def site_linking(root: Path, *links: str) -> Path:
    root.mkdir()
    items = "".join(f"* [Reading {n} of the week]({link})\n" for n, link in enumerate(links))
    (root / "index.md").write_text(f"## Jan 1: Intro\n\n{items}", encoding="utf-8")
    return root


def test_a_file_name_too_long_to_exist_is_a_broken_link(tmp_path: Path) -> None:
    site = site_linking(tmp_path / "site", LONG_NAME, "notes/" + LONG_NAME)
    (site / "notes").mkdir()
    report = check_course(load_course([site]))
    broken = [f for f in report.findings if f.code == "broken-link"]
    assert len(broken) == 2 and all(LONG_NAME in f.message for f in broken)


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder ``site/locked`` that cannot be looked into: by its mode, and (root
    reads everything) by ``os.stat`` refusing paths inside it."""
    site = site_linking(tmp_path / "site", "locked/notes.pdf", "locked/more/paper.pdf")
    folder = site / "locked"
    folder.mkdir()
    real_stat = os.stat

    def refuse(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(folder) + os.sep in os.fspath(path):  # type: ignore[call-overload]
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", refuse)
    folder.chmod(0)
    try:
        yield site
    finally:
        folder.chmod(0o755)


def test_a_link_into_an_unreadable_folder_is_one_skipped_note(locked: Path) -> None:
    report = check_course(load_course([locked]))
    assert [f for f in report.findings if f.code == "broken-link"] == []
    (note,) = [s for s in report.skipped if "could not be checked" in s]
    assert note.startswith("2 relative links could not be checked (Permission denied)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_check_command_on_an_unreadable_folder(tmp_path: Path) -> None:
    site = site_linking(tmp_path / "site", "locked/notes.pdf")
    (site / "locked").mkdir(mode=0)
    try:
        run = readlist("check", site, "--offline", "--cache-dir", tmp_path / "c", cwd=tmp_path)
    finally:
        (site / "locked").chmod(0o755)
    assert "Traceback" not in run.stderr and run.returncode in (0, 1)
    assert "could not be checked (Permission denied)" in run.stdout


def test_check_command_on_a_long_name(tmp_path: Path) -> None:
    site = site_linking(tmp_path / "site", LONG_NAME)
    run = readlist("check", site, "--offline", "--cache-dir", tmp_path / "c", cwd=tmp_path)
    assert "Traceback" not in run.stderr and run.returncode == 1, run.stderr
    assert "broken-link" in run.stdout
