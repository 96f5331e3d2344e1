"""Rules the real71 blind round (a Quartz site built from an Obsidian vault) showed:
Obsidian callouts are boxes titled by their title line, a key on another page naming
the lecture notes speaks for the pages that are one lecture each, a page whose first
heading is a reading label is titled by its file's name, and Quartz's ``baseUrl``."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.files import read_config
from readlist.extract.page import boxes

A, B, C = "https://x.org/a", "https://x.org/b", "https://x.org/c"

Found = dict[str, str | None]


def _site(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str, Found]]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [
        (lec.key, lec.title, {r.url: r.requirement for r in lec.readings})
        for lec in extract_site(tmp_path).lectures
    ]


def _note(body: str, title: str = "Attention", date: str = "2025-02-04") -> str:
    head = f"title: {title}\n" if title else ""
    return f"---\n{head}date: {date}\n---\n\n{body}"


# (what, a lecture note's body, the requirement of A, B and C)
CALLOUTS: list[tuple[str, str, Found]] = [
    (
        "titled callout: its title is a label",
        f"## Readings\n\n- [A]({A})\n\n> [!note] Optional\n> - [B]({B})\n",
        {A: None, B: "optional"},
    ),
    (
        "folded callout, its body opened by a line of text",
        f"## Readings\n\n- [A]({A})\n\n> [!tip]- Optional\n> Why it works:\n> - [B]({B})\n",
        {A: None, B: "optional"},
    ),
    (
        "unfolded callout (+), a title that says its meaning",
        f"## Readings\n\n- [A]({A})\n\n> [!info]+ Going further\n> - [B]({B})\n",
        {A: None, B: "optional"},
    ),
    (
        "callout with no title: its type word titles it",
        f"## Readings\n\n- [A]({A})\n\n> [!optional]\n> - [B]({B})\n",
        {A: None, B: "optional"},
    ),
    (
        "a callout whose title is no label: no requirement",
        f"## Readings\n\n- [A]({A})\n\n> [!note] Background on the lab\n> - [B]({B})\n",
        {A: None, B: None},
    ),
    (
        "a blockquote that is no callout: no requirement",
        f"## Readings\n\n- [A]({A})\n\n> A note on the lab\n> - [B]({B})\n",
        {A: None, B: None},
    ),
    (
        "[!note] inside a blockquote, not opening it: no callout",
        f"## Readings\n\n- [A]({A})\n\n> A quote.\n> [!note] Optional\n> - [B]({B})\n",
        {A: None, B: None},
    ),
]


@pytest.mark.parametrize(("what", "body", "expected"), CALLOUTS, ids=[r[0] for r in CALLOUTS])
def test_an_obsidian_callout_is_a_box(
    tmp_path: Path, what: str, body: str, expected: Found
) -> None:
    found = _site(tmp_path, {"lectures/2025-02-04 Attention.md": _note(body)})
    assert [readings for _, _, readings in found] == [expected], what


BOXES = [
    ("> [!note] Optional\n> - [B](u)", "Optional\n> - [B](u)"),
    ("> [!tip]- Deep dive\n> - [B](u)", "Deep dive\n> - [B](u)"),
    ("> [!warning]\n> text", "Warning\n> text"),
    ("> Just a quote\n> [!note] Optional", "> Just a quote\n> [!note] Optional"),
    ("```\n> [!note] Optional\n```", "```\n> [!note] Optional\n```"),
]


@pytest.mark.parametrize(("source", "expected"), BOXES)
def test_a_callout_opening_line_becomes_its_title_line_for_line(source: str, expected: str) -> None:
    assert boxes(source) == expected


SYLLABUS = "---\ntitle: Syllabus\n---\n\n## Readings\n\n{key}\n"
NOTE = f"## Readings\n\n- [A]({A})\n- [B]({B})\n\n> [!note] Optional\n> - [C]({C})\n"

# (what, the syllabus's key, the requirements in each lecture note)
KEYS: list[tuple[str, str, Found]] = [
    (
        "each lecture note: what it lists under Readings is required",
        "Each lecture note lists what to read before class under **Readings**; everyone is "
        "expected to have read those.\nAnything in an *Optional* box is optional.",
        {A: "required", B: "required", C: "optional"},
    ),
    (
        "every lecture page, the meaning a key word",
        "Every lecture page lists what to read under **Readings**, which are required.",
        {A: "required", B: "required", C: "optional"},
    ),
    (
        "each lecture('s page)",
        "Each lecture's page lists papers under Readings: everyone reads them.",
        {A: "required", B: "required", C: "optional"},
    ),
    (
        "a negated meaning: no key",
        "Each lecture note lists papers under **Readings**; nobody is expected to have read those.",
        {A: None, B: None, C: "optional"},
    ),
    (
        "a key naming no lecture pages: not theirs",
        "The notes list papers under **Readings**; everyone is expected to have read those.",
        {A: None, B: None, C: "optional"},
    ),
]


@pytest.mark.parametrize(("what", "key", "expected"), KEYS, ids=[r[0] for r in KEYS])
def test_a_key_on_another_page_for_the_lecture_pages(
    tmp_path: Path, what: str, key: str, expected: Found
) -> None:
    found = _site(
        tmp_path,
        {
            # not a course-info page (syllabus.md's key would be the whole course's)
            "overview.md": SYLLABUS.format(key=key),
            "lectures/2025-02-04 Attention.md": _note(NOTE),
            "lectures/2025-02-06 Pretraining.md": _note(NOTE, "Pretraining", "2025-02-06"),
        },
    )
    assert [readings for _, _, readings in found] == [expected, expected], what


# (what, the note's file name, its front matter title, its body, the lecture's title)
TITLES = [
    ("no title, a label heading: the file name", "2025-01-21 LMs.md", "", NOTE, "LMs"),
    ("the front matter title wins", "2025-01-21 LMs.md", "N-grams", NOTE, "N-grams"),
    ("other headings title it", "2025-01-21 Notes.md", "", f"## LMs\n\n- [A]({A})\n", "LMs"),
    ("a file name with no date", "ngrams.md", "", NOTE, "ngrams"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "name", "title", "body", "expected"), TITLES)
def test_a_reading_label_heading_does_not_title_the_page(
    tmp_path: Path, what: str, name: str, title: str, body: str, expected: str
) -> None:
    found = _site(tmp_path, {f"lectures/{name}": _note(body, title, "2025-01-21")})
    assert [(key, lecture_title) for key, lecture_title, _ in found] == [
        ("2025-01-21", expected)
    ], what


# (the config's baseUrl line, the site's base URL)
QUARTZ = [
    ('baseUrl: "cs5340-nlp.github.io",', "https://cs5340-nlp.github.io"),
    ('baseUrl: "me.github.io/nlp/",', "https://me.github.io/nlp"),
    ("baseUrl: 'https://notes.example.edu',", "https://notes.example.edu"),
    ("", None),
]


@pytest.mark.parametrize(("line", "expected"), QUARTZ)
def test_quartz_base_url(tmp_path: Path, line: str, expected: str | None) -> None:
    (tmp_path / "quartz.config.ts").write_text(
        f"const config = {{\n  configuration: {{\n    {line}\n  }},\n}}\n", encoding="utf-8"
    )
    assert read_config(tmp_path).base_url == expected


def test_a_relative_href_of_a_quartz_note_resolves_from_its_folder(tmp_path: Path) -> None:
    (tmp_path / "quartz.config.ts").write_text('baseUrl: "c.github.io",\n', encoding="utf-8")
    note = _note("## Readings\n\n- [Ch. 3](../attachments/ch3.pdf)\n")
    (tmp_path / "content" / "lectures").mkdir(parents=True)
    (tmp_path / "content" / "lectures" / "2025-02-04 A.md").write_text(note, encoding="utf-8")
    [lecture] = extract_site(tmp_path).lectures
    assert [r.link for r in lecture.readings] == ["https://c.github.io/attachments/ch3.pdf"]


# (the config's ignorePatterns, the names never published)
IGNORED = [
    ('ignorePatterns: ["private", "templates"],', {"private", "templates"}),
    ('ignorePatterns: ["drafts/", "**/*.excalidraw"],', {"drafts"}),
    ("", set()),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), IGNORED)
def test_quartz_ignore_patterns(tmp_path: Path, line: str, expected: set[str]) -> None:
    (tmp_path / "quartz.config.ts").write_text(f'baseUrl: "c.github.io",\n{line}\n')
    assert read_config(tmp_path).exclude == expected
