"""Pages in template and component languages (Nunjucks, Astro, Svelte, Vue, EJS, JSX)
read as the markup they show: readlist.extract.components, and the sites built of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readlist.extract import extract_site
from readlist.extract.components import component_html, is_page, loops
from readlist.extract.files import Walk, read_config
from tests.site_helpers import write_site


@pytest.mark.parametrize(
    ("rel", "page"),
    [
        ("schedule.njk", True),
        ("src/pages/schedule.astro", True),
        ("src/routes/schedule/+page.svelte", True),
        ("src/views/Schedule.vue", True),
        ("pages/schedule.jsx", True),
        ("src/routes/+layout.svelte", False),  # wraps every page
        ("src/routes/+error.svelte", False),
        ("src/components/Callout.astro", False),
        ("src/layouts/Layout.astro", False),
        ("src/lib/components/Notice.svelte", False),
        ("_includes/layouts/base.njk", False),
        ("_layouts/default.liquid", False),
        ("_drafts/schedule.njk", False),  # a folder named _x: not built
        ("partials/nav.hbs", False),
        ("themes/course/layout/index.ejs", False),
        ("node_modules/x/schedule.vue", False),
        ("_schedule.njk", False),
    ],
)
def test_a_component_is_a_page_where_its_generator_takes_pages_from(rel: str, page: bool) -> None:
    assert is_page(rel) is page


@pytest.mark.parametrize(
    ("text", "looping"),
    [
        ("{% for lecture in site.data.lectures %}<tr>..</tr>{% endfor %}", True),
        ("{%- for w in weeks -%}", True),
        ("{{#each lectures}}<li>{{title}}</li>{{/each}}", True),
        ("{#each lectures as l}<li>{l.title}</li>{/each}", True),
        ('<li v-for="l in lectures">{{ l.title }}</li>', True),
        ("{lectures.map((l) => <li>{l.title}</li>)}", True),
        ("<% lectures.forEach(function (l) { %><li><%= l.title %></li><% }) %>", True),
        ("<% for (const l of lectures) { %>", True),
        ('<table><tr><td><a href="https://a.org/p.pdf">P</a></td></tr></table>', False),
        ("{% include 'nav.njk' %}<p>Papers for the formally inclined</p>", False),
    ],
)
def test_a_template_that_loops_is_read_through_its_data(text: str, looping: bool) -> None:
    assert loops(text) is looping


@pytest.mark.parametrize(
    ("suffix", "source", "shown"),
    [
        # Astro: the component script leaves its lines, not its code
        (".astro", "---\nconst a = 1;\n---\n<p>x</p>", "\n\n\n<p>x</p>"),
        # a string constant's value where the page shows it, in text or an attribute
        (
            ".astro",
            "---\nconst zoom = 'https://z.us/j/1';\n---\n<a href={zoom}>Zoom</a>",
            '\n\n\n<a href="https://z.us/j/1">Zoom</a>',
        ),
        # a template literal: its known parts (base is not known: nothing)
        (
            ".astro",
            "<a href={`${base}/slides/1.pdf`}>Slides</a>",
            '<a href="/slides/1.pdf">Slides</a>',
        ),
        # what a function gives is not known: no value at all, never its argument
        (".svelte", "<a href={video('ab12')}>video</a>", '<a href="">video</a>'),
        # a brace inside a quoted attribute is an expression too
        (".svelte", '<a href="{base}/s/1.pdf">s</a>', '<a href="/s/1.pdf">s</a>'),
        # Svelte's block tags leave nothing; what they hold stays
        (".svelte", "{#if !done}\n<p>Soon</p>\n{/if}", "\n<p>Soon</p>\n"),
        (".svelte", "{#if a}<p>A</p>{:else}<p>B</p>{/if}", "<p>A</p><p>B</p>"),
        # markup inside an expression is shown, its quotes are text
        (
            ".astro",
            "{open && <span>We'll meet on <a href={z}>Zoom</a></span>}",
            '<span>We\'ll meet on <a href="">Zoom</a></span>',
        ),
        # comments of every language
        (".jsx", "<p>a{/* old row */}b</p>", "<p>ab</p>"),
        (".njk", "<p>a</p>{# <tr><td>old</td></tr> #}", "<p>a</p>"),
        (".hbs", "<p>a</p>{{!-- old --}}", "<p>a</p>"),
        (".ejs", "<p>a</p><%# old %>", "<p>a</p>"),
        # EJS output of a known constant; its code leaves nothing
        (
            ".ejs",
            "<script>const zoom = 'https://z.us/j/2';</script><a href=\"<%= zoom %>\">Z</a>",
            '<a href="https://z.us/j/2">Z</a>',
        ),
        (".ejs", "<% if (a) { %><p>A</p><% } %>", "<p>A</p>"),
        # Vue: the template wrapper unwrapped, bindings and mustaches given their values
        (
            ".vue",
            '<template>\n<a :href="zoom">{{ label }}</a>\n</template>\n'
            "<script setup>const zoom = 'https://z.us/j/3'; const label = 'Zoom'</script>",
            '\n<a href="https://z.us/j/3">Zoom</a>\n\n',
        ),
        # JSX fragments are no markup
        (".tsx", "<><h1>Schedule</h1></>", "<h1>Schedule</h1>"),
        # nothing a page holds becomes markup through an expression
        (
            ".astro",
            "<p>{'<b onclick=\"x()\">x</b>'}</p>",
            '<p>&lt;b onclick="x()"&gt;x&lt;/b&gt;</p>',  # text: its quotes are text
        ),
        # an unbalanced brace: the rest is text
        (".svelte", "<p>{ a</p>", "<p>{ a</p>"),
        # Nunjucks output and tags stay for the Liquid renderer (front matter kept)
        (".njk", "---\ntitle: S\n---\n{{ site.x }}", "---\ntitle: S\n---\n{{ site.x }}"),
    ],
)
def test_a_component_page_is_the_markup_it_shows(suffix: str, source: str, shown: str) -> None:
    assert component_html(source, suffix) == shown


def test_deeply_nested_markup_in_expressions_stops_at_a_depth() -> None:
    source = "{a && <b>" * 50 + "x" + "</b>}" * 50
    shown = component_html(source, ".jsx")
    assert "x" not in shown and "{" not in shown


ROWS = (
    "<table><tr><th>Date</th><th>Topic</th><th>Reading</th></tr>"
    '<tr><td>Jan 14</td><td>Intro</td><td><a href="https://a.org/p1.pdf">Paper One</a></td></tr>'
    '<tr><td>Jan 16</td><td>Search</td><td><a href="https://a.org/p2.pdf">Paper Two</a></td></tr>'
    "</table>"
)


@pytest.mark.parametrize(
    ("rel", "text"),
    [
        (
            "schedule.njk",
            f"---\nlayout: base.njk\ntitle: Schedule\n---\n{{% include 'n.njk' %}}{ROWS}",
        ),
        (
            "src/pages/schedule.astro",
            f"---\nimport L from '../layouts/L.astro';\n---\n<L>{ROWS}</L>",
        ),
        ("src/routes/schedule/+page.svelte", f"<script>\nconst a = 1;\n</script>\n{ROWS}"),
        (
            "src/views/Schedule.vue",
            f"<template>\n{ROWS}\n</template>\n<script>export default {{}}</script>",
        ),
    ],
)
def test_a_site_of_component_pages_yields_its_lectures(tmp_path: Path, rel: str, text: str) -> None:
    site = write_site(
        tmp_path, {rel: text, "src/components/Nav.astro": ROWS, "README.md": "# Course\n"}
    )
    lectures = extract_site(site).lectures
    assert [(lec.key, [r.url for r in lec.readings]) for lec in lectures] == [
        ("Jan 14", ["https://a.org/p1.pdf"]),
        ("Jan 16", ["https://a.org/p2.pdf"]),
    ]
    assert {lec.file for lec in lectures} == {rel}


def test_a_template_looping_over_data_is_not_read_as_a_page(tmp_path: Path) -> None:
    data = [
        {
            "date": "Jan 14",
            "topic": "Intro",
            "readings": [{"title": "P", "url": "https://a.org/p.pdf"}],
        }
    ]
    site = write_site(
        tmp_path,
        {
            "_data/lectures.json": json.dumps(data),
            "schedule.njk": "{% for l in lectures %}<tr><td>{{ l.date }}</td></tr>{% endfor %}"
            + ROWS,
            ".eleventy.js": "module.exports = () => ({});\n",
        },
    )
    assert {lec.file for lec in extract_site(site).lectures} == {"_data/lectures.json"}


def test_eleventyignore_names_files_eleventy_never_builds(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            ".eleventy.js": "module.exports = () => ({});\n",
            ".eleventyignore": "# not built\nREADME.md\n./drafts/\nnode_modules/**\n",
            "README.md": ROWS,
            "drafts/old.md": ROWS,
            "schedule.njk": ROWS,
        },
    )
    assert read_config(site).exclude == {"README.md", "drafts"}
    assert [str(p.relative_to(site)) for p in Walk(site, read_config(site)).files()] == [
        "schedule.njk"
    ]
