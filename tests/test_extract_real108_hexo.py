"""Rules from blind round real108's Hexo site: a Hexo site's posts of a session category
its theme lists, its scaffolds and drafts not read, its link tag; a key listing tokens one
per item on the course's about page; a token opening a segment of a line; a key's token
is no part of a title; a part after "and" another part of the work."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import classify, extract_site
from readlist.extract.markdown import read_markdown, render_liquid
from readlist.extract.reader import symbol_legends

A = "https://arxiv.org/abs/2101.00001"
B = "https://arxiv.org/abs/2101.00002"
C = "https://arxiv.org/abs/2101.00003"

ABOUT = (
    "---\ntitle: About\ndate: 2024-12-18 16:42:07\n---\n\n## Reading key\n\n"
    "Every lecture post ends with its readings, and each reading carries a tag:\n\n"
    "- **[R]** required: read it before the lecture\n"
    "- **[S]** suggested: worth your time if the topic grabs you (optional)\n"
    "- **[B]** background: older or more mathematical, for the curious (optional)\n"
)
POST = (
    '---\ntitle: "Lecture {n}: {topic}"\ndate: 2025-01-{day} 11:00:00\n'
    "categories: [{category}]\n---\n\n## Readings\n\n{items}\n"
)
THEME = (
    "<% const lectures = site.categories.findOne({ name: 'lectures' }); %>\n"
    "<% lectures.posts.each(function (post) { %><%= post.title %><% }) %>\n"
)


def _hexo(root: Path) -> Path:
    (root / "_config.yml").write_text(
        "title: NLP\nurl: https://x.github.io/nlp\nsource_dir: source\nnew_post_name: :title.md\n",
        encoding="utf-8",
    )
    for folder in ("source/_posts", "source/about", "scaffolds", "themes/lite/layout"):
        (root / folder).mkdir(parents=True)
    (root / "scaffolds/post.md").write_text("---\ntitle: {{ title }}\n---\n", encoding="utf-8")
    (root / "themes/lite/layout/index.ejs").write_text(THEME, encoding="utf-8")
    (root / "source/about/index.md").write_text(ABOUT, encoding="utf-8")
    posts = [
        ("lec01.md", 1, "What is NLP?", "13", "lectures", f"- [R] Jurafsky, [A]({A})"),
        (
            "lec02.md",
            2,
            "N-grams",
            "15",
            "lectures",
            f"**Readings:** [R] SLP3 [ch. 3]({B}) · [S] Chen & Goodman, [C]({C})",
        ),
        ("welcome.md", 0, "Welcome", "06", "announcements", f"- [R] [A]({A})"),
    ]
    for name, n, topic, day, category, items in posts:
        text = POST.format(n=n, topic=topic, day=day, category=category, items=items)
        (root / "source/_posts" / name).write_text(text, encoding="utf-8")
    return root


def test_a_hexo_sites_lecture_posts(tmp_path: Path) -> None:
    site = extract_site(_hexo(tmp_path))
    got = [
        (lec.key, lec.title, [(r.title, r.requirement) for r in lec.readings])
        for lec in site.lectures
    ]
    assert got == [
        ("2025-01-13", "What is NLP?", [("A", "required")]),
        ("2025-01-15", "N-grams", [("SLP3 ch. 3", "required"), ("C", "optional")]),
    ]
    assert not any("scaffolds" in problem.message for problem in site.problems)


def test_a_key_listing_tokens_one_per_item() -> None:
    signs = dict(symbol_legends(ABOUT.lower()))
    assert signs == {"[r]": "required", "[s]": "optional", "[b]": "optional"}
    joined = " ".join(ABOUT.lower().split())  # the list's lines joined into one
    assert dict(symbol_legends(joined)) == signs


@pytest.mark.parametrize(
    ("tag", "link"),
    [
        (
            "{% link The Illustrated Transformer https://jalammar.github.io/x/ %}",
            "[The Illustrated Transformer](https://jalammar.github.io/x/)",
        ),
        ("{% link Hexo https://hexo.io true Hexo site %}", "[Hexo](https://hexo.io)"),
        ("{% link _posts/2016-07-26-name.md %}", ""),  # Jekyll's: a URL, no text
    ],
)
def test_hexos_link_tag(tag: str, link: str) -> None:
    assert render_liquid(f"- {tag}\n").strip() == f"- {link}".strip()


def test_a_part_after_and_another_part() -> None:
    page = f"## Feb 5\n\n- SLP3 [ch. 7]({A}) and [ch. 8]({B})\n"
    (lecture,) = read_markdown(page, "lec07.md", None)
    assert [r.title for r in lecture.readings] == ["SLP3 ch. 7", "SLP3 ch. 8"]


@pytest.mark.parametrize(
    ("text", "generic"), [("NeurIPS pdf", True), ("SIGCOMM pdf", True), ("Nature pdf", False)]
)
def test_a_venues_copy(text: str, generic: bool) -> None:
    assert classify.is_generic(text) is generic
