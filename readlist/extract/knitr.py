"""Tables an R chunk knits from a literal ``tribble()`` (R Markdown, Quarto).

A chunk such as::

    ```{r schedule, echo=FALSE}
    tribble(
      ~Date,        ~Topic,  ~Readings,
      "Tue Jan 20", "Intro", "[A](https://a.org/a)",
    ) |> kable()
    ```

shows the page a table: knitr writes the tibble as a Markdown pipe table and Pandoc
renders the Markdown in its cells.  This module reads the literal (strings, numbers,
``NA``, comments; nothing is run) and writes the pipe table in the chunk's place, line
for line, so the page is read as it renders.  A chunk that computes its rows, or does
not print a table, is left as code.
"""

from __future__ import annotations

import re

from readlist import lazyre
from readlist.extract import vocab

_CHUNK_OPEN = lazyre.compile(r"^\s*```+\s*\{r\b[^}]*\}\s*$", re.IGNORECASE)
_CHUNK_CLOSE = lazyre.compile(r"^\s*```+\s*$")
_TRIBBLE = lazyre.compile(r"\b(?:tibble::)?tribble\s*\(")
_SHOWN = lazyre.compile(rf"\b{vocab.alternation(vocab.KNITTED_TABLES)}\s*\(")
_TOKEN = lazyre.compile(
    r"""\s*(?:(?P<column>~\s*(?:`[^`\n]+`|[\w.]+))"""
    r"""|(?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
    r"""|(?P<missing>NA(?:_character_|_integer_|_real_)?\b|NULL\b)"""
    r"""|(?P<value>TRUE\b|FALSE\b|-?\d+(?:\.\d+)?L?\b)"""
    r"""|(?P<comma>,)|(?P<close>\))|(?P<comment>\#[^\n]*))""",
    re.DOTALL,
)
_COLUMN_NAMES = lazyre.compile(r"\bcol\.names\s*=\s*c\s*\(")
_ESCAPE = lazyre.compile(r"\\(.)")


def knitted_tables(text: str) -> str:
    """*text* with each R chunk that prints a literal ``tribble()`` made the pipe table
    it knits to, line for line (the chunk's lines, the table's first)."""
    if "tribble" not in text:
        return text
    lines = text.split("\n")
    start: int | None = None
    for i, line in enumerate(lines):
        if start is None:
            start = i if _CHUNK_OPEN.match(line) else None
            continue
        if not _CHUNK_CLOSE.match(line):
            continue
        body = "\n".join(lines[start + 1 : i])
        found = _table(body) if _SHOWN.search(body) else None
        if found is not None:
            table, first = found
            # each row on its own line as written ("  1, "Tue Jan 20", …"): the header
            # and its rule on the two lines above the first row's, as far as they fit
            top = max(start, min(start + 1 + first - 2, i + 1 - len(table)))
            if top + len(table) <= i + 1:
                lines[start : i + 1] = (
                    [""] * (top - start) + table + [""] * (i + 1 - top - len(table))
                )
        start = None
    return "\n".join(lines)


def _table(code: str) -> tuple[list[str], int] | None:
    """The pipe table a chunk's ``tribble()`` prints and the line of *code* its first
    row is written on, or None when it is no literal."""
    found = _TRIBBLE.search(code)
    if found is None:
        return None
    values = _literal(code, found.end())
    if values is None:
        return None
    header, cells, first = values
    named = _COLUMN_NAMES.search(code)  # kable(x, col.names = c("Week", "Date", …))
    shown = _strings(code, named.end()) if named is not None else None
    if shown is not None and len(shown) == len(header):
        header = shown
    if not header or not cells or len(cells) % len(header):
        return None
    width = len(header)
    rows = [cells[at : at + width] for at in range(0, len(cells), width)]
    table = [_row(header), "|" + "---|" * width, *(_row(row) for row in rows)]
    return table, code.count("\n", 0, first)


def _literal(code: str, at: int) -> tuple[list[str], list[str], int] | None:
    """The column names and cells of the ``tribble(`` call whose arguments start at
    *at*, and where its first cell is, or None when an argument is anything but a
    literal."""
    header: list[str] = []
    cells: list[str] = []
    first = at
    while True:
        token = _TOKEN.match(code, at)
        if token is None:
            return None
        at = token.end()
        if not cells and not (token["column"] or token["comma"] or token["comment"]):
            first = at - len(token.group(0).lstrip())
        if token["close"]:
            return header, cells, first
        if token["column"]:
            header.append(token["column"].lstrip("~ ").strip("`"))
        elif token["string"]:
            cells.append(_unquoted(token["string"]))
        elif token["missing"]:
            cells.append("")  # knitr.kable.NA = "": a missing value shows empty
        elif token["value"]:
            cells.append(token["value"].rstrip("L"))


def _strings(code: str, at: int) -> list[str] | None:
    """The strings of a ``c(`` call whose arguments start at *at*."""
    found: list[str] = []
    while True:
        token = _TOKEN.match(code, at)
        if token is None or not (token["string"] or token["comma"] or token["close"]):
            return None
        at = token.end()
        if token["close"]:
            return found
        if token["string"]:
            found.append(_unquoted(token["string"]))


def _unquoted(literal: str) -> str:
    """An R string literal's text (``"a \\"b\\""`` -> ``a "b"``)."""
    return _ESCAPE.sub(lambda m: " " if m[1] in "nt" else m[1], literal[1:-1])


def _row(cells: list[str]) -> str:
    """One pipe-table row: each cell on one line, its pipes escaped."""
    return "| " + " | ".join(" ".join(c.split()).replace("|", "\\|") for c in cells) + " |"
