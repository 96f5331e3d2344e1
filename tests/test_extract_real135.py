"""Rules found by blind round real135: course pages a CMS publishes (Drupal, WordPress),
whose sidebars sit beside the course."""

from __future__ import annotations

from pathlib import Path

from readlist.extract import extract_site
from tests.site_helpers import keyed_readings, write_site

A, B = "https://a.org/a.pdf", "https://b.org/b.pdf"
PAGE = f"""<html><body><nav><a href="/">Home</a></nav><main role="main">
<table class="views-table"><thead><tr><th>Date</th><th>Session</th><th>Presenters</th>
<th>Readings</th></tr></thead><tbody>
<tr><td>Wed, 01/15/2025 - 12:00</td><td><a href="https://cs.x.edu/node/4401">Why consensus
is hard</a></td><td>Dana</td><td><a href="{A}">Paper A</a></td></tr>
<tr><td>Wed, 01/22/2025 - 12:00</td><td><a href="https://cs.x.edu/node/4402">Paxos</a></td>
<td>Ravi</td><td><a href="{B}">Paper B</a></td></tr></tbody></table>
<aside class="layout-sidebar-second" role="complementary"><h2>Upcoming events</h2>
<div class="views-row"><time>Feb 12</time> <a href="https://cs.x.edu/events/1">Distinguished
Lecture: Barbara Liskov</a></div>
<div class="views-row"><time>Feb 19</time> <a href="https://cs.x.edu/events/2">Systems
Seminar: Flexible Paxos</a></div></aside>
</main></body></html>
"""


def test_a_cms_sidebar_in_main_is_no_part_of_the_course(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"courses/cs-594.html": PAGE})
    lectures = extract_site(site).lectures
    assert [lec.key for lec in lectures] == ["Wed, 01/15/2025 - 12:00", "Wed, 01/22/2025 - 12:00"]
    # the Session column's words title each row, not the first paper beside it
    assert [lec.title for lec in lectures] == ["Why consensus is hard", "Paxos"]
    assert [link for _, link, _ in keyed_readings(site)] == [A, B]


def test_a_notion_callout_aside_is_the_pages(tmp_path: Path) -> None:
    page = (
        "<html><body><main><h2>Tue Jan 14: Intro</h2><aside><p>Read "
        f'<a href="{A}">Paper A</a></p></aside><h2>Thu Jan 16: More</h2>'
        f'<p><a href="{B}">Paper B</a></p></main></body></html>'
    )
    site = write_site(tmp_path, {"schedule.html": page})
    assert [link for _, link, _ in keyed_readings(site)] == [A, B]
