"""Jupyter notebooks as pages: the Markdown of their Markdown cells.

Jupyter Book, mystmd and Quarto render a notebook (``schedule.ipynb``) as a page: its
Markdown cells are the page's text, its code cells' sources and outputs are code.  A
notebook is JSON (nbformat 4); :func:`markdown_of` returns its Markdown cells in
order, each a block of its own, and nothing of its code: the page a student reads.
"""

from __future__ import annotations

import json
from typing import Any


def markdown_of(text: str) -> str:
    """The Markdown cells of the notebook *text*, blank lines between them.

    Raises ``ValueError`` when *text* is not a notebook (JSON with a ``cells`` list).
    """
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"not a notebook: {err.msg} (line {err.lineno})") from None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        raise ValueError("not a notebook: no list of cells")
    blocks: list[str] = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(part for part in source if isinstance(part, str))
        if isinstance(source, str) and source.strip():
            blocks.append(source.strip("\n"))
    return "\n\n".join(blocks) + "\n" if blocks else ""
