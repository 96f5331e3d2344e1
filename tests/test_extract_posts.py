"""Blog posts that are lectures (real95): a post in a blog folder dated by its file's
name, as Docusaurus and Zola date it; a post tagged as news is no lecture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from readlist.extract import extract_site, news_post
from readlist.extract.vocab import NEWS_TAGS, SESSION_WORDS

POST = '---\ntitle: "{title}"\ntags: [{tags}]\n---\n\n## Readings\n\n- [{paper}](https://x.org/{paper})\n'


def write_post(folder: Path, name: str, title: str, tags: str, paper: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(POST.format(title=title, tags=tags, paper=paper))


@pytest.mark.parametrize("folder", ["blog", "content/blog", "content/posts"])
def test_posts_are_lectures_dated_by_their_file_names(tmp_path: Path, folder: str) -> None:
    posts = tmp_path / folder
    write_post(posts, "2025-01-08-welcome.md", "Welcome!", "announcement", "advice")
    write_post(posts, "2025-01-14-week-1.md", "Week 1: Trust", "lecture", "a")
    write_post(posts, "2025-01-21-week-2.md", "Week 2: Explanations", "lecture", "b")
    write_post(posts, "2025-02-07-feedback.md", "Feedback is out", "news, project", "c")
    lectures = extract_site(tmp_path).lectures
    assert [(lec.key, lec.title) for lec in lectures] == [
        ("2025-01-14", "Trust"),
        ("2025-01-21", "Explanations"),
    ]
    assert [r.link for lec in lectures for r in lec.readings] == [
        "https://x.org/a",
        "https://x.org/b",
    ]


def test_a_posts_own_date_outranks_its_file_name(tmp_path: Path) -> None:
    (tmp_path / "blog").mkdir()
    (tmp_path / "blog" / "2025-01-10-week-1.md").write_text(
        "---\ntitle: Trust\ndate: 2025-01-14\n---\n\n- [A](https://x.org/a)\n"
    )
    (lecture,) = extract_site(tmp_path).lectures
    assert lecture.key == "2025-01-14"


def test_a_dated_file_name_outside_a_blog_dates_nothing(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "2025-01-10-reading.md").write_text(
        "---\ntitle: Reading notes\n---\n\n- [A](https://x.org/a)\n"
    )
    assert all(lec.key != "2025-01-10" for lec in extract_site(tmp_path).lectures)


@pytest.mark.parametrize("word", NEWS_TAGS)
def test_each_news_tag_makes_a_post_news(word: str) -> None:
    assert news_post({"tags": [word]})
    assert news_post({"categories": word.title()})


@pytest.mark.parametrize("word", SESSION_WORDS)
def test_a_session_tag_keeps_a_news_post_a_lecture(word: str) -> None:
    assert not news_post({"tags": ["announcement", word]})


@pytest.mark.parametrize(
    "meta",
    [{}, {"tags": ["project"]}, {"tags": None}, {"category": 3}, {"tags": ["newsletter"]}],
)
def test_other_posts_are_not_news(meta: dict[str, Any]) -> None:
    assert not news_post(meta)
