"""Rules found by blind rounds real133 (schedules written as JavaScript literals a page
draws) and real134 (lecture titles in hard places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.jsdata import assigned_records, records_module
from tests.site_helpers import keyed_readings, write_site

A, B, C = "https://a.org/a", "https://b.org/b", "https://c.org/c"


@pytest.mark.parametrize(
    ("code", "records"),
    [
        ("const schedule = [{date: 'Jan 7', topic: 'Intro'},];", 1),
        ("window.SCHEDULE = [\n  // weeks\n  {week: 1, sessions: []},\n]", 1),
        ("var ZOOM = 'https://zoom.us/j/1';\nlet LECTURES = [{date: 'Jan 7'}, {date: 'Jan 9'}]", 2),
        ("const CONFIG = {zoom: 'https://zoom.us/j/1'};", 0),  # an object: no schedule
        ("const rows = [1, 2, 3];", 0),  # no records
        ("const rows = [{date: 'Jan 7', f: () => 1}];", 0),  # code in it: no plain data
        ("schedule.forEach(l => { const tr = [l.date]; })", 0),
    ],
)
def test_an_assigned_array_of_records_is_data(code: str, records: int) -> None:
    assert len(assigned_records(code)) == records
    assert records_module(code) is (records > 0)


INLINE = """<html><body>
<p>Every paper is required reading unless it carries the <i>optional</i> tag.</p>
<table><tbody id="sched"></tbody></table>
<script>
const schedule = [
  {date: 'Tue Jan 14', topic: 'Intro', readings: [
    {cite: 'Lamport. Time, Clocks. CACM 1978.',
     links: [{label: 'ACM DL', url: '%A%'}, {label: 'code', url: 'https://github.com/x/y'}]},
    {title: 'Paper B', url: '%B%', optional: true},
  ], materials: [{name: 'Raft visualization', url: 'https://raft.example/'}]},
  {date: 'Thu Jan 16', topic: 'Clocks', readings: [{title: 'Paper C', url: '%C%'}]},
];
schedule.forEach(l => { /* draws the rows */ });
</script></body></html>
"""


def test_a_pages_inline_script_draws_its_schedule(tmp_path: Path) -> None:
    page = INLINE.replace("%A%", A).replace("%B%", B).replace("%C%", C)
    site = write_site(tmp_path, {"index.html": page})
    lectures = extract_site(site).lectures
    assert [(lec.file, lec.key, lec.title) for lec in lectures] == [
        ("index.html", "Tue Jan 14", "Intro"),
        ("index.html", "Thu Jan 16", "Clocks"),
    ]
    assert keyed_readings(site) == [
        ("Tue Jan 14", A, "required"),  # a citation's link, titled by it; its code is none
        ("Tue Jan 14", B, "optional"),
        ("Thu Jan 16", C, "required"),
    ]
    assert lectures[0].readings[0].title == "Lamport. Time, Clocks. CACM 1978"


def test_a_script_the_page_includes_holds_its_schedule(tmp_path: Path) -> None:
    page = (
        "<html><body><p>Readings are required unless marked (optional).</p>"
        '<table id="s"></table><script src="js/config.js"></script>'
        '<script src="js/lectures.js"></script><script src="js/render.js"></script>'
        "</body></html>"
    )
    lectures_js = (
        "window.SCHEDULE = [\n  {week: 1, sessions: [\n"
        f"    {{date: 'Tue Apr 1', topic: 'Why visualize?', readings: ['<a href=\"{A}\">A</a>'],\n"
        f"     also: [{{text: 'The Value of Visualization', href: '{B}'}}]}},\n"
        "  ]},\n];\n"
    )
    site = write_site(
        tmp_path,
        {
            "schedule.html": page,
            "js/config.js": "window.CONFIG = {zoom: 'https://zoom.us/j/1'};\n",
            "js/lectures.js": lectures_js,
            "js/render.js": "window.SCHEDULE.forEach(w => w.sessions.forEach(draw));\n",
        },
    )
    got = [(key, link) for key, link, _ in keyed_readings(site)]
    assert got == [("Tue Apr 1", A), ("Tue Apr 1", B)]  # "also:" lists readings too


def test_a_page_imports_its_schedule_module(tmp_path: Path) -> None:
    page = (
        "import { lectures } from '../content/lectures';\n"
        "export default function Schedule() {\n  return (\n    <main><p>Papers without a "
        "tag are required. Papers tagged{' '}<span>optional</span> or{' '}"
        "<span>background</span> are for your own interest.</p>\n"
        "      {lectures.map((l) => <tr key={l.date}><td>{l.date}</td></tr>)}\n"
        "    </main>\n  )\n}\n"
    )
    module = (
        "export const lectures: Lecture[] = [\n"
        f"  {{date: '2025-01-07', topic: 'Intro', readings: [{{title: 'A', url: '{A}'}},\n"
        f"    {{title: 'B', url: '{B}', kind: 'background'}}]}},\n];\n"
    )
    site = write_site(
        tmp_path,
        {
            "package.json": "{}\n",
            "src/pages/schedule.tsx": page,
            "src/content/lectures.ts": module,
        },
    )
    assert keyed_readings(site) == [("2025-01-07", A, "required"), ("2025-01-07", B, "optional")]


def test_a_topic_cell_holds_readings_beside_a_materials_column(tmp_path: Path) -> None:
    page = (
        "<table><tr><th>Date</th><th>Topic</th><th>Materials</th></tr>"
        f'<tr><th scope="row">Wed 9/3</th><td><b>RPC</b> &mdash; <i>Marta Silva (TA)</i><br>'
        f'Read: <a href="{A}">Paper A</a></td><td><a href="s1.pdf">slides</a></td></tr>'
        f'<tr><th scope="row">Mon 9/8</th><td><b>Clocks</b><br>Read: <a href="{B}">Paper B</a>'
        '</td><td><a href="s2.pdf">slides</a></td></tr></table>'
    )
    site = write_site(tmp_path, {"schedule.html": page})
    lectures = extract_site(site).lectures
    assert [lec.title for lec in lectures] == ["RPC", "Clocks"]  # "&mdash; Marta Silva (TA)"
    assert [(key, link) for key, link, _ in keyed_readings(site)] == [
        ("Wed 9/3", A),
        ("Mon 9/8", B),
    ]


HUGO_DATA = f"""\
- heading: Part I
  sessions:
    - date: 2026-01-12
      label: Lecture 1
      what: "Course overview"
      who: Prof. Tanaka
      read:
        - title: Paper A
          url: {A}
      optional:
        - title: Paper B
          url: {B}
    - date: 2026-01-19
      label: "No class: MLK Day"
      what: ""
"""
SHORTCODE = """<table>{{ range site.Data.lectures }}{{ range .sessions }}<tr><td>{{ .date }}</td>
<td>{{ with .what }}<strong>{{ . }}</strong>{{ end }}</td><td>
{{ with .read }}
  <h5>Read before class</h5>
  <ul>{{ range . }}<li>{{ .title }}</li>{{ end }}</ul>
{{ end }}</td></tr>{{ end }}{{ end }}</table>
"""


def test_a_hugo_records_what_and_label_title_it(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "hugo.toml": "baseURL = 'https://x.org/'\n",
            "data/lectures.yml": HUGO_DATA,
            "layouts/shortcodes/lectures.html": SHORTCODE,
            "content/schedule.md": "---\ntitle: Schedule\n---\nPapers listed under "
            "**Read before class** are required.\n\n{{< lectures >}}\n",
        },
    )
    lectures = extract_site(site).lectures
    assert [lec.title for lec in lectures] == ["Course overview", "No class: MLK Day"]
    assert keyed_readings(site) == [("2026-01-12", A, "required"), ("2026-01-12", B, "optional")]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        (":material-file-document-edit: Project proposal due", "Project proposal due"),
        ("Time, clocks &mdash; Marta Silva (TA)", "Time, clocks"),
        ("Time, clocks — Marta Silva (TA)", "Time, clocks"),
    ],
)
def test_titles_without_icons_and_presenters(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def test_an_import_through_the_src_alias(tmp_path: Path) -> None:
    page = (
        "import { lectures } from '@/content/lectures'\n"
        "export default function S() {\n"
        "  return <main>{lectures.map((l) => <p>{l.date}</p>)}</main>\n}\n"
    )
    module = (
        "export const lectures = [{date: 'Jan 7', topic: 'Intro', "
        f"readings: [{{title: 'A', url: '{A}'}}]}}];\n"
    )
    site = write_site(
        tmp_path,
        {"package.json": "{}\n", "src/pages/schedule.jsx": page, "src/content/lectures.js": module},
    )
    assert keyed_readings(site) == [("Jan 7", A, None)]
