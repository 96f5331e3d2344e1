"""Data a JavaScript or TypeScript module exports (:mod:`readlist.extract.jsdata`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.jsdata import load_js

ENTRY = '{ date: "Jan 7", topic: \'Intro\', readings: [{ title: "A", url: "https://x.org/a" },] }'


@pytest.mark.parametrize(
    "module",
    [
        f"export const schedule: Lecture[] = [\n  {ENTRY}, // a comment\n];\n",
        f"import x from 'y';\nexport const schedule = [{ENTRY}] as const;\n",
        f"export default [{ENTRY}];\n",
        f"module.exports = [{ENTRY}];\n",
        f"/* [not this] */\nexport let schedule = [ /* ] */ {ENTRY} ];\n",
    ],
)
def test_an_exported_literal(module: str) -> None:
    assert load_js(module) == [
        {"date": "Jan 7", "topic": "Intro", "readings": [{"title": "A", "url": "https://x.org/a"}]}
    ]


def test_strings_may_hold_brackets() -> None:
    module = 'export const s = [{ topic: "Arrays ] and { braces", note: \'it\\\'s "fine"\' }];'
    assert load_js(module) == [{"topic": "Arrays ] and { braces", "note": 'it\'s "fine"'}]


@pytest.mark.parametrize(
    "module",
    [
        "export const s = [{ topic: `Intro ${x}` }];",  # a template literal is code
        "export const s = [{ url: base + '/a.pdf' }];",  # an expression is code
        "export const s = [{ topic: 'Intro' }",  # never closed
    ],
)
def test_code_is_not_data(module: str) -> None:
    with pytest.raises(ValueError, match="not plain data"):
        load_js(module)


def test_a_module_that_exports_no_literal_holds_no_data() -> None:
    assert load_js("export function f() { return [1]; }\n") == []


def test_a_react_sites_schedule_module_and_its_pages_key(tmp_path: Path) -> None:
    (tmp_path / "src" / "data").mkdir(parents=True)
    (tmp_path / "src" / "app").mkdir()
    (tmp_path / "src" / "data" / "schedule.ts").write_text(
        "export const schedule = [\n"
        '  { date: "Jan 7", topic: "Intro", readings: [\n'
        '    { title: "A", url: "https://x.org/a" },\n'
        '    { title: "B", url: "https://x.org/b", optional: true } ] },\n];\n'
    )
    (tmp_path / "src" / "app" / "page.tsx").write_text(
        "export default function Page() { return (<main><p>Readings tagged optional are "
        "extras; everything else is required.</p>{schedule.map((l) => <h2>{l.date}</h2>)}"
        "</main>); }\n"
    )
    (tmp_path / "src" / "app" / "helpers.js").write_text("export const x = [1, 2];\n")
    (lecture,) = extract_site(tmp_path).lectures
    assert (lecture.key, lecture.title) == ("Jan 7", "Intro")
    assert {r.url: r.requirement for r in lecture.readings} == {
        "https://x.org/a": "required",
        "https://x.org/b": "optional",
    }
