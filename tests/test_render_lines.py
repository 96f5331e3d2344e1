"""The listing's fast paths write exactly what rich would: plain lines when piped,
no wrapping for lines that fit."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.text import Text

from readlist.render import _print_lines, _wrapped

BODIES = [
    "Alpa: Automating Inter- and Intra-Operator Parallelism — Zheng et al. 2022",
    "short",
    "",
    "trailing spaces   ",
    "ワイドな文字のタイトル: 深層学習の分散訓練について詳しく",
    "x" * 300,
    "a title that is exactly long enough to need wrapping at forty columns wide",
    "two\nlines",
]


def _slow(out: Console, lead: Text, body: Text, width: int) -> list[Text]:
    """Rich's own wrapping, as every line took before the fast path."""
    room = max(width - lead.cell_len, 20)
    pad = Text(" " * lead.cell_len)
    lines = []
    for index, line in enumerate(body.wrap(out, room, overflow="fold")):
        line.rstrip()
        lines.append((lead if index == 0 else pad) + line)
    return lines


@pytest.mark.parametrize("width", [30, 40, 80, 200])
@pytest.mark.parametrize("body", BODIES)
def test_wrapping_is_rich_wrapping(width: int, body: str) -> None:
    out = Console(file=io.StringIO(), width=width, color_system=None)
    lead = Text("  optional ", style="yellow")
    got = _wrapped(out, lead, Text(body, style="dim"), width)
    want = _slow(out, lead, Text(body, style="dim"), width)
    assert [line.plain for line in got] == [line.plain for line in want]
    assert [line.spans for line in got] == [line.spans for line in want]


@pytest.mark.parametrize("color_system", [None, "truecolor"])
def test_printed_lines_are_what_rich_prints(color_system: str | None) -> None:
    lines = [Text("Jan 8", style="bold cyan") + Text(" · Intro"), Text(), Text("  日本語 x")]
    ours, theirs = io.StringIO(), io.StringIO()
    _print_lines(Console(file=ours, width=40, color_system=color_system), lines)
    Console(file=theirs, width=40, color_system=color_system).print(
        Text("\n").join(lines), soft_wrap=True
    )
    assert ours.getvalue() == theirs.getvalue()
