"""Small course sites written to a temporary folder, for the extraction tests."""

from __future__ import annotations

from pathlib import Path


def write_site(root: Path, files: dict[str, str]) -> Path:
    """*root* with each of *files* (site-relative path: text) written, folders made."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def keyed_readings(site: Path) -> list[tuple[str, str, str | None]]:
    """``(lecture key, reading link, requirement)`` of every reading *site* yields."""
    from readlist.extract import extract_site  # noqa: PLC0415 - only for the tests that read

    return [
        (lec.key, r.link, r.requirement)
        for lec in extract_site(site).lectures
        for r in lec.readings
    ]
