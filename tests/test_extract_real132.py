"""Rules found by blind round real132: schedules a page's script fetches from a data
file outside ``_data/`` (an app's ``public/``, ``assets/``), read with the key of the
page that fetches them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readlist.extract.reader import symbol_legends
from tests.site_helpers import keyed_readings, write_site

A, B, C = "https://a.org/a", "https://b.org/b", "https://c.org/c"


def test_a_vue_app_fetches_its_schedule_from_public(tmp_path: Path) -> None:
    app = (
        "<script setup>\nconst res = await fetch(`${import.meta.env.BASE_URL}schedule.yaml`)\n"
        "</script>\n<template>\n  <p>Every paper listed under a meeting is required reading "
        'unless it carries the <span class="tag">optional</span> tag.</p>\n'
        '  <ScheduleTable :lectures="lectures" />\n</template>\n'
    )
    schedule = (
        f"- when: Tue Jan 14\n  title: Intro\n  papers:\n    - title: Paper A\n      url: {A}\n"
        f"    - title: Paper B\n      url: {B}\n      required: false\n"
        f"- when: Thu Jan 16\n  title: Search\n  papers:\n    - title: Paper C\n      url: {C}\n"
    )
    site = write_site(
        tmp_path,
        {
            "index.html": '<div id="app"></div><script type="module" src="/src/main.js">'
            "</script>\n",
            "src/main.js": "import App from './App.vue'\n",
            "src/App.vue": app,
            "public/schedule.yaml": schedule,
            "package.json": "{}\n",
        },
    )
    assert keyed_readings(site) == [
        ("Tue Jan 14", A, "required"),
        ("Tue Jan 14", B, "optional"),
        ("Thu Jan 16", C, "required"),
    ]


def test_a_static_page_fetches_its_schedule_and_keys_it(tmp_path: Path) -> None:
    page = (
        "<html><body><p><strong>Reading key.</strong> <span>★</span> = we take the paper "
        "apart in class, and everyone is expected to have read it. Papers without a star "
        'are optional background.</p><tbody id="schedule"></tbody>'
        '<script src="js/schedule.js"></script></body></html>\n'
    )
    records = [
        {
            "date": "2025-01-21",
            "topic": "Intro",
            "readings": [
                {"title": "Paper A", "url": A, "star": True, "pdf": "readings/a.pdf"},
                {"title": "Paper B", "url": B},
            ],
        },
        {"date": "2025-01-23", "topic": "GPUs", "readings": [{"title": "Paper C", "url": C}]},
    ]
    site = write_site(
        tmp_path,
        {
            "index.html": page,
            "js/schedule.js": "fetch('assets/schedule.json').then(r => r.json())\n",
            "assets/schedule.json": json.dumps(records),
            "assets/announcements.json": json.dumps([{"date": "2025-01-02", "text": "Hi"}]),
        },
    )
    got = keyed_readings(site)
    assert got[:2] == [("2025-01-21", A, "required"), ("2025-01-21", got[1][1], "required")]
    assert got[1][1].endswith("readings/a.pdf")  # the record's own copy, a site path
    assert got[2:] == [("2025-01-21", B, "optional"), ("2025-01-23", C, "optional")]


def test_a_csv_a_script_prints_under_the_keys_headers(tmp_path: Path) -> None:
    page = (
        "---\ntitle: Schedule\n---\n<p>Everything in the <strong>Read before class</strong> "
        "column is required.</p>\n<table><tr><th>Date</th><th>Topic</th>"
        "<th>Read before class</th><th>Optional</th><th>Notes</th></tr></table>\n"
        "<script>Papa.parse(\"{{ '/assets/data/schedule.csv' | relative_url }}\", "
        "{download: true});</script>\n"
    )
    csv = (
        "Date,Topic,Reading,Reading URL,Optional Reading,Optional URL,Notes\n"
        f"Tue Jan 14,Intro,Paper A,{A},Paper B,{B},\n"
        f'Thu Jan 16,Models,Paper C,{C},,,"Also recommended: Gray. [<a href=""{A}x"">link</a>]"\n'
    )
    site = write_site(
        tmp_path,
        {"_config.yml": "title: x\n", "schedule.html": page, "assets/data/schedule.csv": csv},
    )
    assert keyed_readings(site) == [
        ("Tue Jan 14", A, "required"),
        ("Tue Jan 14", B, "optional"),
        ("Thu Jan 16", C, "required"),
        ("Thu Jan 16", A + "x", "optional"),  # a capitalised Notes column is read too
    ]


@pytest.mark.parametrize(
    ("key", "signs"),
    [
        (
            "★ = we take the paper apart in class, and everyone is expected to have read it",
            (("★", "required"),),
        ),
        ("☆ = for the curious", (("☆", "optional"),)),
        ("★ = required, ☆ = optional", (("★", "required"), ("☆", "optional"))),
        ("x = 3 means everyone reads it", ()),
    ],
)
def test_a_sign_then_its_meaning_in_words(key: str, signs: tuple[tuple[str, str], ...]) -> None:
    assert symbol_legends(key) == signs
