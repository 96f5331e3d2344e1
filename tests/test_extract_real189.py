"""Rules from the real189–real192 rounds: links between the schedule's own pages, links
naming a course page, Pelican placeholders in reStructuredText, Org's numbered
headlines, a key pointing under a label of reading nouns, a key written with ``&nbsp;``,
Hugo's badge shortcode, LaTeXML's wrapped lines and footnotes, and a link joined to the
class's material on an entry's first line."""

from __future__ import annotations

from pathlib import Path

from readlist.extract import extract_site
from readlist.extract.html import read_html
from tests.site_helpers import keyed_readings, write_site

A = "https://dl.acm.org/doi/10.1145/359545.359563"
B = "https://raft.github.io/raft.pdf"
C = "https://arxiv.org/abs/1706.03762"


def _read(page: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    lectures = read_html(page, "schedule.html", None, lambda needle: 1)
    return [
        (lec.key, lec.title, [(r.url, r.requirement) for r in lec.readings]) for lec in lectures
    ]


def _week(number: int, day: str, url: str) -> str:
    return (
        f"<html><body><h1>Week {number}</h1><h3>{day}: Topic {number}</h3>\n"
        f'<ul><li><a href="{url}">Paper {number}</a></li>'
        '<li><a href="../index.html">Home</a></li></ul></body></html>\n'
    )


def test_an_index_linking_the_week_pages_gives_no_readings(tmp_path: Path) -> None:
    """The index's ``Week 1: Foundations`` links lead to other pages of the schedule:
    the way between them, not works; a site PDF it links is still a reading."""
    index = (
        "<html><body><h2>Weeks</h2><ul>\n"
        '<li><a href="weeks/week01.html">Week 1: Foundations</a> (January 7)</li>\n'
        '<li><a href="weeks/week02.html">Week 2: Data</a> (January 14)</li>\n'
        '<li><a href="weeks/week03.html">Week 3: Training</a> (January 21)</li>\n'
        "</ul></body></html>\n"
    )
    site = write_site(
        tmp_path,
        {
            "index.html": index,
            "weeks/week01.html": _week(1, "Jan 7", A),
            "weeks/week02.html": _week(2, "Jan 14", "../papers/two.pdf"),
            "weeks/week03.html": _week(3, "Jan 21", C),
        },
    )
    assert [
        (lec.file, lec.key, [r.link for r in lec.readings]) for lec in extract_site(site).lectures
    ] == [
        ("weeks/week01.html", "Jan 7", [A]),
        ("weeks/week02.html", "Jan 14", ["../papers/two.pdf"]),
        ("weeks/week03.html", "Jan 21", [C]),
    ]


PELICAN = {
    "pelicanconf.py": (
        "SITENAME = 'ECON 2390'\nSITEURL = 'https://e.github.io/econ'\nPATH = 'content'\n"
        "STATIC_PATHS = ['pdfs']\nPAGE_PATHS = ['pages']\n"
    ),
    "content/pages/schedule.rst": (
        "Schedule\n########\n\n:slug: schedule\n\nWeek 1\n======\n\nThu, Sep 4\n"
        "    **Potential outcomes**\n\n    - `What If, ch. 1 <{static}/pdfs/ch1.pdf>`_\n"
        f"    - `Statistics and Causal Inference <{A}>`_\n\n"
        "Tue, Sep 9\n    **Matching**\n\n"
        f"    - `In Search of Raft <{B}>`_\n"
    ),
    "content/2025-08-25-welcome.md": (
        "Title: Welcome\nDate: 2025-08-25\n\nWelcome! Read the [schedule]({filename}/pages/"
        "schedule.rst) before then.\n"
    ),
}


def test_pelican_placeholders_in_restructuredtext_and_a_link_to_the_schedule(
    tmp_path: Path,
) -> None:
    """``<{static}/pdfs/ch1.pdf>`` in an ``.rst`` page is the URL Pelican writes; a post
    linking the ``[schedule]`` gives no reading (and so is no lecture)."""
    site = write_site(tmp_path, PELICAN)
    assert keyed_readings(site) == [
        ("Thu, Sep 4", "https://e.github.io/econ/pdfs/ch1.pdf", None),
        ("Thu, Sep 4", A, None),
        ("Tue, Sep 9", B, None),
    ]


ORG = """<html><head><meta name="generator" content="Org Mode" /></head><body>
<p>Everything listed under a class is required unless it carries the optional tag.</p>
<h3 id="a"><span class="section-number-3">2.2.</span> <span class="timestamp-wrapper">\
<span class="timestamp">&lt;2025-01-16 Thu&gt;</span></span> Time and clocks</h3>
<ul class="org-ul"><li>Lamport, <a href="{A}">Time, Clocks</a>. CACM 1978.</li></ul>
<h4 id="b"><span class="section-number-4">2.2.1.</span> Background&#xa0;&#xa0;<span class="tag">\
<span class="optional">optional</span></span></h4>
<ul class="org-ul"><li><a href="{B}">Distributed Snapshots</a></li></ul>
</body></html>
"""


def test_an_org_export_numbers_no_label(tmp_path: Path) -> None:
    """ox-html's ``2.2.1.`` before ``Background :optional:`` leaves it the label it is."""
    site = write_site(tmp_path, {"index.html": ORG.replace("{A}", A).replace("{B}", B)})
    assert keyed_readings(site) == [
        ("2025-01-16 Thu", A, "required"),
        ("2025-01-16 Thu", B, "optional"),
    ]


DETAILS = f"""<p>Papers under <b>Readings</b> are required. Papers under <b>Optional</b> are
for the curious.</p>
<ul><li><span class="date">Mon&nbsp;1/13</span> <span class="topic">RPC &amp; failure</span>
<a href="slides/01.pdf">slides</a> &middot; <a href="https://raft.github.io/">Raft visualization</a>
<details><summary>Readings</summary><ul><li><a href="{A}">Time, Clocks</a></li></ul></details>
<details><summary>Optional</summary><ul><li><a href="{B}">Raft</a></li></ul></details></li>
<li><span class="date">Wed 1/15</span> <span class="topic">Transformers</span>
<a href="slides/02.pdf">slides</a> &middot; <a href="{C}">Attention Is All You Need</a></li>
<li><span class="date">Fri 1/17</span> <span class="topic">Paxos</span>
<details><summary>Readings</summary><ul><li><a href="https://x.org/p.pdf">Paxos Made Simple</a>
</li></ul></details></li></ul>
"""


def test_a_key_pointing_under_a_label_of_reading_nouns() -> None:
    """ "Papers under **Readings** are required" over ``<summary>Readings</summary>``
    boxes: the boxes' readings are required. The key keeps its ``&nbsp;`` as written,
    and a link joined to the slides on an entry's first line is the class's material
    where the entry's readings are below (a paper there alone is still read)."""
    assert _read(DETAILS) == [
        ("Mon&nbsp;1/13", "RPC &amp; failure", [(A, "required"), (B, "optional")]),
        ("Wed 1/15", "Transformers", [(C, None)]),
        ("Fri 1/17", "Paxos", [("https://x.org/p.pdf", "required")]),
    ]


def test_hugo_badge_shortcodes_mark_their_links(tmp_path: Path) -> None:
    page = (
        "---\ntitle: Schedule\n---\n\nReadings are required unless they carry an optional "
        f"badge.\n\n* **Mon 1/27** — Isolation\n    * [Native Client]({A})\n"
        f"    * [The Protection of Information]({B}) {{{{% badge %}}}}optional{{{{% /badge %}}}}\n"
        f"* **Wed 1/29** — Sandboxing\n    * [Software Fault Isolation]({C})\n"
    )
    site = write_site(
        tmp_path, {"hugo.toml": 'title = "Security"\n', "content/schedule/_index.md": page}
    )
    assert keyed_readings(site) == [
        ("Mon 1/27", A, "required"),
        ("Mon 1/27", B, "optional"),
        ("Wed 1/29", C, "required"),
    ]


LATEXML = f"""<table class="ltx_tabular"><tr><th>Date</th><th>Topic</th><th>Readings</th></tr>
<tr><td>Thu Jan 16</td><td>Congestion</td><td><span class="ltx_inline-block"><span class="ltx_p">
Jacobson. <a href="{A}">Congestion Avoidance and Control</a>. SIGCOMM 1988.<br class="ltx_break"/>
Floyd. <a href="{B}">Random Early Detection</a>. ToN 1993. <em>(optional)</em>
</span></span></td></tr>
<tr><td>Thu Jan 23</td><td>Datacenters</td><td><span class="ltx_p">Alizadeh.
<a href="{C}">DCTCP</a><span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">1</sup>
<span class="ltx_note_outer"><span class="ltx_note_content">Off campus, go through the
<a href="https://login.proxy.example.edu/login?url=https://dl.acm.org">library proxy</a>.
</span></span></span>. SIGCOMM 2010.</span></td></tr>
</table>
"""


def test_latexml_lines_wrapped_in_a_span_and_its_footnotes() -> None:
    """A cell's lines wrapped in LaTeXML's ``ltx_p`` span: a marker ending one line is
    that line's; a footnote's note (``ltx_note``) is no part of the cell."""
    assert _read(LATEXML) == [
        ("Thu Jan 16", "Congestion", [(A, None), (B, "optional")]),
        ("Thu Jan 23", "Datacenters", [(C, None)]),
    ]
