"""``readlist check`` on a course whose link texts are numbered nicknames.

``tests/cases/check-numbered/site`` is correct (``1.3 - Megatron-LM``, ``L4:
Chinchilla``, ``[7] Exact Attention with IO-Awareness`` ...): no warning and no
error.  Copies with planted typos inside numbered texts, swapped links and
mistyped ids must have every one caught.  Metadata comes from the fake arXiv
(the fixture papers plus the case's own entry), through the real command.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fakearxiv import ENTRIES, FakeArxiv, load_entries
from typer.testing import CliRunner

from readlist.cli import app

CASE = Path(__file__).parent / "cases" / "check-numbered"
PAGE = "_modules/week-01.md"


@pytest.fixture(scope="module")
def arxiv() -> Any:
    entries = {**load_entries(ENTRIES), **load_entries(CASE / "arxiv")}
    with FakeArxiv(entries=entries) as fake:
        yield fake


def _site(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """A copy of the case's site with each ``(old, new)`` replaced exactly once."""
    site = tmp_path / "site"
    shutil.copytree(CASE / "site", site)
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    page.write_text(text, encoding="utf-8")
    return site


def _check(site: Path, fake: FakeArxiv, *extra: str) -> tuple[int, dict[str, Any]]:
    args = ["check", str(site), "--json", "--cache-dir", str(site.parent / "cache"),
            "--arxiv-url", fake.url, "--arxiv-delay", "0", *extra]  # fmt: skip
    result = CliRunner().invoke(app, args)
    return result.exit_code, json.loads(result.stdout)


def _counting(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The warnings and errors that count."""
    return [f for f in data["findings"] if f["level"] != "info" and f["suppressed"] is None]


def _counted(data: dict[str, Any]) -> list[tuple[int, str, str]]:
    return [(f["line"], f["level"], f["code"]) for f in _counting(data)]


def test_the_correct_site_has_no_warning_or_error(tmp_path: Path, arxiv: FakeArxiv) -> None:
    code, data = _check(_site(tmp_path), arxiv)
    assert _counted(data) == []
    # every text names its paper: not even an info about a title
    assert {f["code"] for f in data["findings"]} == {"mixed-requirement"}
    assert data["skipped"] == [] and not data["incomplete"]
    assert code == 0


TYPOS = [
    (9, "1.2 - GPipe", "1.2 - PGPipe", "PGPipe", "GPipe"),
    (10, "1.3 - Megatron-LM", "1.3 - Megatorn-LM", "Megatorn-LM", "Megatron-LM"),
    (17, "2.3 - Petuum", "2.3 - Petum", "Petum", "Petuum"),
    (23, "L4: FlashAttention", "L4: FlashAtention", "FlashAtention", "FlashAttention"),
    (25, "L4: Chinchilla", "L4: Chinchila", "Chinchila", "Chinchilla"),
    (30, "Model Parallelism (optional)", "Model Paralelism (optional)", "Paralelism",
     "Parallelism"),
    (32, "Paper: Efficient Memory Management", "Paper: Efficient Memory Managment",
     "Managment", "Management"),
    (34, "Lecture 6: Automating", "Lecture 6: Automatng", "Automatng", "Automating"),
]  # fmt: skip


def test_every_planted_typo_in_a_numbered_text_is_caught(tmp_path: Path, arxiv: FakeArxiv) -> None:
    site = _site(tmp_path, *((old, new) for _, old, new, _, _ in TYPOS))
    code, data = _check(site, arxiv)
    assert _counted(data) == [(line, "warning", "title-typo") for line, *_ in TYPOS]
    for finding, (_, _, _, written, meant) in zip(_counting(data), TYPOS, strict=True):
        assert f'"{written}" looks like a typo of "{meant}"' in finding["message"]
    assert code == 1


def test_swapped_pairs_are_caught(tmp_path: Path, arxiv: FakeArxiv) -> None:
    site = _site(
        tmp_path,
        ("2.1 - Ray (required)](https://arxiv.org/abs/1712.05889)",
         "2.1 - Ray (required)](https://arxiv.org/abs/1605.08695)"),
        ("2.2 - TensorFlow (required)](https://arxiv.org/abs/1605.08695)",
         "2.2 - TensorFlow (required)](https://arxiv.org/abs/1712.05889)"),
        ("1.1 - Alpa (required)](https://arxiv.org/abs/2201.12023)",
         "1.1 - Alpa (required)](https://arxiv.org/abs/2203.15556)"),
        ("L4: Chinchilla (optional)](https://arxiv.org/abs/2203.15556)",
         "L4: Chinchilla (optional)](https://arxiv.org/abs/2201.12023)"),
    )  # fmt: skip
    code, data = _check(site, arxiv, "--fail-on", "error")
    assert _counted(data) == [(line, "error", "swapped-link") for line in (8, 15, 16, 25)]
    assert code == 1


def test_a_mistyped_id_gets_the_id_the_course_links_elsewhere(
    tmp_path: Path, arxiv: FakeArxiv
) -> None:
    site = _site(
        tmp_path,
        ("5.1 - Ray (optional)](https://arxiv.org/abs/1712.05889)",
         "5.1 - Ray (optional)](https://arxiv.org/abs/1712.05898)"),
        ("L4: PagedAttention (required)](https://arxiv.org/abs/2309.06180)",
         "L4: PagedAttention (required)](https://arxiv.org/abs/2309.06108)"),
    )  # fmt: skip
    _, data = _check(site, arxiv)
    assert _counted(data) == [(24, "error", "arxiv-missing"), (31, "error", "arxiv-missing")]
    paged, ray = _counting(data)
    assert paged["hint"].startswith("link https://arxiv.org/abs/2309.06180 (the text names")
    assert ray["hint"] == (
        "link https://arxiv.org/abs/1712.05889 (as the same text does in Jan 10, line 15)"
    )
