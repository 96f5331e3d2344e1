"""Read a course site's own source files into lectures and readings.

``extract_site(path)`` takes a site directory or one file.  A directory is
walked for the files a Jekyll site renders: Markdown and HTML pages
(Markdown only with front matter when the directory is a Jekyll site), and
data files under ``_data/``.  ``_config.yml`` gives the base URL; ``_site/``,
vendor and hidden directories and the config's ``exclude`` list are skipped.
A file that cannot be read becomes a :class:`Problem`; the rest is still read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from readlist.errors import InputError
from readlist.extract.html import read_html
from readlist.extract.markdown import (
    LineIndex,
    read_markdown,
    render_liquid,
    split_front_matter,
)
from readlist.extract.yamldata import load, read_yaml
from readlist.model import Lecture, Problem, Site

MARKDOWN = {".md", ".markdown", ".mdown", ".mkd"}
HTML = {".html", ".htm"}
DATA = {".yml", ".yaml"}
SKIP_DIRS = {
    "_site",
    "vendor",
    "node_modules",
    "_includes",
    "_layouts",
    "_sass",
    "assets",
    "bundle",
    "_plugins",
    ".jekyll-cache",
    ".sass-cache",
    "__pycache__",
    "_posts",
    "_drafts",
    "_announcements",
    "_staffers",
}
SKIP_FILES = {
    "license.md",
    "changelog.md",
    "contributing.md",
    "code_of_conduct.md",
}
MAX_BYTES = 20_000_000
MIN_SCHEDULE_SHARE = 0.34
"""A group of dated entries is a schedule when at least this share has readings."""
_DEADLINE = re.compile(
    r"\b(?:due|deadlines?|exams?|midterm|final|proposals?|reports?|presentations?|"
    r"milestones?|holiday|break|no\s+class|quiz(?:zes)?|add/drop|registration|project)\b",
    re.IGNORECASE,
)


def _config(root: Path) -> tuple[str | None, set[str], bool]:
    """``(base URL, excluded names, is_jekyll)`` from ``_config.yml``."""
    config = root / "_config.yml"
    if not config.is_file():
        return None, set(), False
    try:
        data = load(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None, set(), True
    if not isinstance(data, dict):
        return None, set(), True
    url = str(data.get("url") or "").strip().rstrip("/")
    baseurl = str(data.get("baseurl") or "").strip().rstrip("/")
    if baseurl and not baseurl.startswith("/"):
        baseurl = "/" + baseurl
    base = (url + baseurl) or None
    exclude = data.get("exclude") or []
    names = {str(item).strip("/") for item in exclude} if isinstance(exclude, list) else set()
    return base, names, True


def site_root(file: Path) -> Path:
    """The site a single file belongs to: the nearest folder above it with a
    ``_config.yml`` (not past a repository's top), else the file's own folder."""
    for folder in file.absolute().parents:
        if (folder / "_config.yml").is_file():
            return folder
        if (folder / ".git").exists():
            break
    return file.parent


def _walk(root: Path, exclude: set[str]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        stat = here.stat()
        if (stat.st_dev, stat.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS and d not in exclude
        )
        in_data = here.name == "_data"
        for name in sorted(filenames):
            suffix = Path(name).suffix.lower()
            if name in exclude or name.lower() in SKIP_FILES or name.startswith("."):
                continue
            if suffix in MARKDOWN or suffix in HTML or (suffix in DATA and in_data):
                yield here / name


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"too large to be a course page ({size // 1_000_000} MB)")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ValueError("binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ValueError(f"line {line}: invalid UTF-8") from None


def read_file(
    path: Path, rel: str, base_url: str | None, jekyll: bool, explicit: bool
) -> list[Lecture] | None:
    """Lectures of one file, ``None`` when Jekyll would not render it.

    Raises ``ValueError``/``OSError``/``yaml.YAMLError`` for a file that cannot be read.
    """
    suffix = path.suffix.lower()
    text = _read_text(path)
    if suffix in DATA:
        return read_yaml(text, rel, base_url)
    front, _ = split_front_matter(text)
    if front is not None:
        try:
            meta = load(front)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f"line {mark.line + 2}: " if mark is not None else ""
            raise ValueError(f"{where}broken YAML front matter") from None
        if isinstance(meta, dict) and meta.get("published") in (False, "false") and not explicit:
            return None  # Jekyll does not build it
    if suffix in MARKDOWN:
        if jekyll and front is None and not explicit:
            return None  # Jekyll copies it as a static file; it is not a rendered page
        return read_markdown(text, rel, base_url)
    if front is not None:  # Jekyll renders Liquid in any page with front matter
        _, body = split_front_matter(text)
        return read_html(render_liquid(body, base_url), rel, base_url, LineIndex(text))
    return read_html(text, rel, base_url, LineIndex(text))


def extract_site(path: Path) -> Site:
    """Every lecture of the site at *path* (a directory or a single file)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_file():
        root = path.parent
        base, _, jekyll = _config(site_root(path))
        files = [path]
        explicit = True
    else:
        root = path
        base, exclude, jekyll = _config(root)
        files = list(_walk(root, exclude))
        explicit = False
    lectures: list[Lecture] = []
    problems: list[Problem] = []
    read = 0
    for file in files:
        rel = file.name if explicit else file.relative_to(root).as_posix()
        try:
            found = read_file(file, rel, base, jekyll, explicit)
            if found is not None:
                lectures.extend(found)
                read += 1
        except (OSError, ValueError, yaml.YAMLError, RecursionError) as err:
            message = str(err).splitlines()[0] if str(err) else type(err).__name__
            if isinstance(err, yaml.YAMLError):
                mark = getattr(err, "problem_mark", None)
                message = (f"line {mark.line + 1}: " if mark else "") + "invalid YAML"
            problems.append(Problem(rel, message))
    if read == 0 and problems:
        raise InputError(f"nothing could be read: {problems[0]}")
    lectures = schedule_lectures(lectures)
    return Site(
        root=root,
        base_url=base,
        lectures=tuple(lectures),
        problems=tuple(problems),
        files_read=read,
    )


def _group(lecture: Lecture) -> tuple[str, str]:
    """Lectures read the same way from one page (or one Jekyll collection) form a group."""
    folder = lecture.file.rsplit("/", 1)[0] if "/" in lecture.file else ""
    in_collection = folder.rsplit("/", 1)[-1].startswith("_") and lecture.structure != "data"
    return lecture.structure, folder if in_collection else lecture.file


def schedule_lectures(lectures: list[Lecture]) -> list[Lecture]:
    """The lectures of the site's schedule, without dated lines elsewhere in the site.

    Lectures read the same way from one page (or one Jekyll collection) form a
    group.  When any group has readings, the site's schedule is where they are:
    the group with the most readings is always kept; a schedule table is kept
    (its readings may be on another page); dated list items and paragraphs
    elsewhere are news, deadlines or milestones, not lectures; any other group
    is kept when enough of its entries have readings and most of its titles are
    not deadlines ("add/drop deadline", "Midterm 1", "final report").  A site
    without any reading keeps everything.
    """
    groups: dict[tuple[str, str], list[Lecture]] = {}
    for lecture in lectures:
        groups.setdefault(_group(lecture), []).append(lecture)
    if len(groups) < 2 or not any(lec.readings for lec in lectures):
        return lectures
    best = max(groups, key=lambda key: sum(len(lec.readings) for lec in groups[key]))
    kept = {key for key, group in groups.items() if key == best or _is_schedule(key[0], group)}
    return [lecture for lecture in lectures if _group(lecture) in kept]


def _is_schedule(structure: str, group: list[Lecture]) -> bool:
    if structure == "table":
        return True
    if structure in ("list", "paragraph"):
        return False
    with_readings = sum(1 for lec in group if lec.readings)
    deadlines = sum(1 for lec in group if _DEADLINE.search(lec.title))
    return with_readings >= max(1, MIN_SCHEDULE_SHARE * len(group)) and deadlines * 2 < len(group)
