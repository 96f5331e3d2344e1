"""Every word of ``readlist/extract/vocab.py`` and every threshold of extraction,
pinned one row each: removing a word or moving a threshold fails a row here.

The expected values say what each word is for (written by hand, not taken from
the code's output)."""

from __future__ import annotations

import pytest

from readlist.extract import classify, schedule_lectures, vocab, without_repeated_links
from readlist.extract import tables as table_roles
from readlist.extract.markdown import read_markdown
from readlist.model import Lecture, Reading

URL = "https://example.org/a-paper"

ROWS: dict[str, tuple[str, ...]] = {
    "REQUIRED": (
        "required",
        "require",
        "mandatory",
        "must read",
        "must-read",
        "core",
    ),
    "OPTIONAL": (
        "optional",
        "optionally",
        "recommended",
        "suggested",
        "supplementary",
        "supplemental",
        "additional",
        "going further",
        "further",
        "extra",
        "bonus",
        "deeper dive",
        "see also",
    ),
    "READING_NOUNS": (
        "reading",
        "readings",
        "paper",
        "papers",
        "material",
        "materials",
        "text",
        "texts",
        "literature",
        "references",
        "background",
    ),
    "MARKER_NOUNS": (
        "reading",
        "readings",
        "read",
        "paper",
        "papers",
        "article",
        "articles",
    ),
    "MATERIAL_TEXT": (
        "slide",
        "slides",
        "slide deck",
        "deck",
        "ppt",
        "pptx",
        "keynote",
        "video",
        "recording",
        "recorded",
        "youtube",
        "podcast",
        "audio",
        "scribe",
        "scribe note",
        "scribe notes",
        "notes",
        "lecture notes",
        "class summary",
        "review",
        "submit review",
        "submit your review",
        "survey",
        "form",
        "feedback",
        "quiz",
        "poll",
        "homework",
        "hw",
        "assignment",
        "demo",
        "demos",
        "code",
        "notebook",
        "colab",
        "zoom",
        "meeting",
        "sign-up",
        "sign up",
        "signup",
        "template",
        "exam",
        "exams",
        "midterm",
        "midterms",
        "final",
        "finals",
        "prelim",
        "prelims",
        "webcast",
        "livestream",
        "stream",
        "transcript",
        "handout",
        "worksheet",
        "solution",
        "solutions",
    ),
    "MATERIAL_PREFIX": (
        "lecture",
        "guest lecture",
        "class",
        "paper",
        "course",
        "presentation",
    ),
    "MATERIAL_SUFFIX": (
        "template",
        "sheet",
        "link",
        "form",
    ),
    "MATERIAL_QUALIFIER": (
        "practice",
        "sample",
        "past",
        "old",
        "demo",
        "starter",
        "example",
        "source",
    ),
    "CONTEXT_NOT_READING": (
        "slide",
        "slides",
        "recording",
        "recordings",
        "video",
        "videos",
        "homework",
        "hw",
        "survey",
        "review",
        "section",
        "lab",
        "assignment",
        "due",
        "exam",
        "quiz",
        "midterm",
        "final",
        "project",
        "speaker",
        "speakers",
        "guest",
        "presenter",
        "presenters",
        "instructor",
        "instructors",
        "discussion",
        "notes",
        "question",
        "questions",
        "template",
        "by",
        "lecturer",
        "lecturers",
        "host",
        "hosts",
        "panelist",
        "panelists",
        "demo",
        "demos",
        "visualiser",
        "visualizer",
        "visualisers",
        "visualizers",
        "simulator",
        "simulators",
        "playground",
        "notebook",
        "notebooks",
        "colab",
        "code",
        "sign-up",
        "sign up",
        "signup",
        "meeting",
        "zoom",
    ),
    "MATERIAL_EMOJI": ("🎥", "📹", "📺", "🎬", "🖥", "💻", "🎤", "📝", "📊"),
    "BUSINESS": (
        "assignment",
        "homework",
        "hw",
        "lab",
        "project",
        "quiz",
        "exam",
        "midterm",
        "final",
        "section",
        "due",
        "problem set",
        "pset",
        "presenter",
        "presenters",
        "speaker",
        "speakers",
        "guest speaker",
        "guest speakers",
        "guest lecturer",
        "guest lecturers",
        "lecturer",
        "lecturers",
        "scribe",
        "scribes",
        "discussion question",
        "discussion questions",
        "proposal template",
        "template",
        "slides",
        "recording",
        "video",
        "sign-up",
        "sign up",
        "signup",
    ),
    "NUMBERED_BUSINESS": (
        "homework",
        "hw",
        "assignment",
        "lab",
        "project",
        "problem set",
        "pset",
        "quiz",
        "exam",
        "midterm",
        "prelim",
    ),
    "SPEAKER": (
        "speaker",
        "lecturer",
        "presenter",
        "instructor",
    ),
    "GENERIC_TEXT": (
        "pdf",
        "html",
        "link",
        "here",
        "paper",
        "arxiv",
        "url",
        "web",
        "page",
        "article",
        "preprint",
        "acm",
        "ieee",
        "doi",
        "abs",
        "abstract",
        "full text",
        "fulltext",
        "read",
        "online",
        "download",
        "springer",
        "pubmed",
        "jstor",
        "ssrn",
    ),
    "NOT_READING_HOSTS": (
        "forms.gle",
        "forms.office.com",
        "surveymonkey.com",
        "typeform.com",
        "gradescope.com",
        "piazza.com",
        "edstem.org",
        "zoom.us",
        "meet.google.com",
        "teams.microsoft.com",
        "webex.com",
        "calendly.com",
        "campuswire.com",
        "slack.com",
        "discord.gg",
        "discord.com",
        "calendar.google.com",
        "linkedin.com",
        "signupgenius.com",
        "doodle.com",
        "when2meet.com",
        "colab.research.google.com",
    ),
    "LMS_HOSTS": (
        "instructure.com",
        "blackboard.com",
        "brightspace.com",
        "moodlecloud.com",
    ),
    "LMS_SUBDOMAINS": (
        "canvas",
        "moodle",
        "d2l",
        "bcourses",
        "blackboard",
        "elearning",
        "lms",
    ),
    "LMS_FILE_PATHS": (
        "/courses/\\d+/files/\\d+",
        "/files/\\d+/(?:download|preview)",
        "/pluginfile\\.php/",
        "/mod/(?:resource|folder|url)/view\\.php",
        "/bbcswebdav/",
        "/content/enforced/",
        "/le/content/\\d+/viewContent/",
    ),
    "NOT_READING_DIRS": (
        "slide",
        "slides",
        "scribe_notes",
        "scribe_note",
        "scribenotes",
        "recording",
        "recordings",
        "video",
        "videos",
        "homework",
        "homeworks",
        "hw",
        "assignment",
        "assignments",
        "quizzes",
        "submission",
        "submissions",
        "exam",
        "exams",
        "midterm",
        "midterms",
        "prelim",
        "prelims",
        "lab",
        "labs",
    ),
    "NOT_READING_SUFFIXES": (
        ".ppt",
        ".pptx",
        ".key",
        ".mp4",
        ".mov",
        ".ipynb",
    ),
    "NOT_READING_PATHS": ("docs.google.com/forms/",),
    "OTHER_LABELS": (
        "slides",
        "slide",
        "recording",
        "recordings",
        "video",
        "videos",
        "homework",
        "assignment",
        "assignments",
        "notes",
        "lecture notes",
        "announcements",
        "due",
        "resources for the project",
        "logistics",
    ),
    "DEADLINE": (
        "due",
        "deadline",
        "deadlines",
        "exam",
        "exams",
        "midterm",
        "final",
        "proposal",
        "proposals",
        "report",
        "reports",
        "presentation",
        "presentations",
        "milestone",
        "milestones",
        "holiday",
        "break",
        "no class",
        "quiz",
        "quizzes",
        "add/drop",
        "registration",
        "project",
    ),
    "DATES_SECTIONS": (
        "key dates",
        "important dates",
        "dates",
        "deadlines",
        "due dates",
        "announcements",
        "news",
        "updates",
    ),
    "ENTRY_PREFIXES": (
        "week of",
        "due",
        "class on",
        "session on",
        "meeting on",
    ),
    "PRESENTER_LEADS": (
        "presented by",
        "presenter",
        "presenters",
        "speaker",
        "speakers",
        "led by",
        "discussion lead",
        "discussion leads",
    ),
    "WEEKDAYS": (
        "mon",
        "tue",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
    ),
    "KEY_HEADERS": (
        "date",
        "dates",
        "day",
        "when",
    ),
    "NUMBER_HEADERS": (
        "lecture",
        "lec",
        "week",
        "session",
        "class",
        "no",
        "no.",
        "#",
        "num",
        "number",
    ),
    "TITLE_HEADERS": (
        "topic",
        "topics",
        "title",
        "titles",
        "subject",
        "subjects",
        "lecture",
        "lectures",
        "content",
        "contents",
        "description",
        "descriptions",
        "agenda",
        "theme",
        "themes",
    ),
    "READING_HEADERS": (
        "reading",
        "readings",
        "paper",
        "papers",
        "material",
        "materials",
        "required",
        "optional",
        "recommended",
        "resources",
        "prep",
        "preparation",
        "literature",
        "references",
        "assigned",
        "supplementary",
        "supplemental",
        "further",
        "additional",
        "extra",
        "suggested",
    ),
    "PERSON_HEADERS": (
        "presenter",
        "presenters",
        "speaker",
        "speakers",
        "instructor",
        "instructors",
        "lecturer",
        "lecturers",
        "leader",
        "leaders",
        "lead",
        "scribe",
        "scribes",
        "host",
        "hosts",
        "facilitator",
        "facilitators",
        "discussant",
        "discussants",
        "who",
        "ta",
        "tas",
        "guest",
        "guests",
    ),
}
"""Every word of the vocabulary, written out here so that removing one from vocab.py fails
its row (a row per word below) and adding one needs a row."""


def _rows(words: tuple[str, ...]) -> list[str]:
    """The hand-written rows of the vocabulary list *words* is (one per word)."""
    name = next(n for n, value in vars(vocab).items() if value is words)
    return list(dict.fromkeys(ROWS[name]))


@pytest.mark.parametrize("name", sorted(ROWS))
def test_every_word_has_a_row(name: str) -> None:
    assert set(getattr(vocab, name)) == set(ROWS[name])


@pytest.mark.parametrize("word", _rows(vocab.OPTIONAL))
def test_optional_words(word: str) -> None:
    assert classify.marker_in_text(f"A Paper ({word})") == "optional"
    assert classify.prefix_requirement(f"{word.capitalize()}:") == "optional"


@pytest.mark.parametrize("word", _rows(vocab.REQUIRED))
def test_required_words(word: str) -> None:
    assert classify.marker_in_text(f"A Paper ({word})") == "required"
    assert classify.prefix_requirement(f"{word.capitalize()}:") == "required"


@pytest.mark.parametrize("noun", _rows(vocab.READING_NOUNS))
def test_reading_nouns_label_a_list(noun: str) -> None:
    assert classify.label_requirement(f"{noun.capitalize()}:") == (True, None)
    assert classify.label_requirement(f"Optional {noun}") == (True, "optional")


@pytest.mark.parametrize("noun", _rows(vocab.MARKER_NOUNS))
def test_marker_nouns(noun: str) -> None:
    assert classify.marker_in_text(f"Optional {noun}: A Survey of Graphs") == "optional"
    assert classify.opening_requirement(f"Required {noun}: A Title by A. Author. 2019.") == (
        "required"
    )


@pytest.mark.parametrize("word", _rows(vocab.MATERIAL_TEXT))
def test_material_link_texts(word: str) -> None:
    assert classify.names_material(word)
    assert not classify.is_reading(word.upper(), URL)


@pytest.mark.parametrize("prefix", _rows(vocab.MATERIAL_PREFIX))
def test_material_prefixes(prefix: str) -> None:
    assert classify.names_material(f"{prefix} slides")


@pytest.mark.parametrize("suffix", _rows(vocab.MATERIAL_SUFFIX))
def test_material_suffixes(suffix: str) -> None:
    assert classify.names_material(f"Scribe notes {suffix}")


@pytest.mark.parametrize("qualifier", _rows(vocab.MATERIAL_QUALIFIER))
def test_material_qualifiers(qualifier: str) -> None:
    assert classify.names_material(f"{qualifier} code")


@pytest.mark.parametrize("word", _rows(vocab.CONTEXT_NOT_READING))
def test_words_before_a_link(word: str) -> None:
    assert not classify.is_reading("A Study", URL, f"Week 3 {word}:")
    assert classify.is_reading("A Study", URL, "Week 3 reading:")


@pytest.mark.parametrize("emoji", _rows(vocab.MATERIAL_EMOJI))
def test_emoji_before_a_link(emoji: str) -> None:
    assert not classify.is_reading("A Study", URL, f"{emoji} ")
    assert not classify.is_reading("A Study", URL, f"{emoji}\ufe0f ")
    assert classify.is_reading("A Study", URL, f"{emoji} Intro. 📖 ")


@pytest.mark.parametrize("word", _rows(vocab.BUSINESS))
def test_business_clauses(word: str) -> None:
    assert not classify.is_reading("A Study", URL, f"See the notes. {word.capitalize()} 1 out:")


@pytest.mark.parametrize("word", _rows(vocab.NUMBERED_BUSINESS))
def test_numbered_business(word: str) -> None:
    assert not classify.is_reading(f"{word.capitalize()} 2 released", URL)
    assert classify.is_reading(f"{word.capitalize()}s of the world", URL)


@pytest.mark.parametrize("word", _rows(vocab.SPEAKER))
def test_speakers(word: str) -> None:
    assert not classify.is_reading(f"Guest {word}: Ada Lovelace", URL)


@pytest.mark.parametrize("word", _rows(vocab.GENERIC_TEXT))
def test_generic_texts(word: str) -> None:
    assert classify.is_generic(f"[{word}]")
    assert classify.title_around("Kipf and Welling, Graph Convolutions.", "") == (
        "Kipf and Welling, Graph Convolutions"
    )


@pytest.mark.parametrize("text", ["1", "[2]", "12"])
def test_citation_numbers_are_generic(text: str) -> None:
    assert classify.is_generic(text)


@pytest.mark.parametrize("host", _rows(vocab.NOT_READING_HOSTS))
def test_hosts_that_are_never_readings(host: str) -> None:
    assert not classify.is_reading("A Study", f"https://{host}/x/1")
    assert not classify.is_reading("A Study", f"https://www.{host}/x/1")
    assert classify.is_reading("A Study", f"https://{host}.example.org/x/1")


@pytest.mark.parametrize("host", _rows(vocab.LMS_HOSTS))
def test_lms_hosts(host: str) -> None:
    assert classify.is_reading("Noble, ch. 1", f"https://school.{host}/courses/9/files/12")
    assert not classify.is_reading(
        "Week 1 forum", f"https://school.{host}/courses/9/discussion_topics/3"
    )


@pytest.mark.parametrize("sub", _rows(vocab.LMS_SUBDOMAINS))
def test_lms_subdomains(sub: str) -> None:
    assert classify.is_reading("Noble, ch. 1", f"https://{sub}.uni.edu/courses/9/files/12")
    assert not classify.is_reading(
        "Noble, ch. 1", f"https://{sub}.uni.edu/courses/9/discussion_topics/3"
    )
    assert not classify.is_reading("Noble, ch. 1", f"https://{sub}.uni.edu/course/view.php?id=9")
    assert not classify.is_reading("Quiz", f"https://{sub}.uni.edu/courses/9/quizzes/12")
    assert not classify.is_reading("Noble, ch. 1", f"https://{sub}.uni.edu/courses/9/assignments/1")


@pytest.mark.parametrize(
    "path",
    [
        "/courses/9/files/12",
        "/files/12/download",
        "/pluginfile.php/77/mod_resource/content/1/ch1.pdf",
        "/mod/resource/view.php?id=5",
        "/bbcswebdav/pid-1/xid-2",
        "/content/enforced/44-CS101/ch1.pdf",
        "/d2l/le/content/44/viewContent/9/View",
    ],
)
def test_lms_file_paths(path: str) -> None:
    assert len(vocab.LMS_FILE_PATHS) == 7  # one row above per path pattern
    assert classify.is_reading("Noble, ch. 1", f"https://lms.uni.edu{path}")
    assert not classify.is_reading("PDF", f"https://lms.uni.edu{path}")  # names no reading
    assert classify.is_reading(
        "PDF", f"https://lms.uni.edu{path}", "Noble, Algorithms of Oppression"
    )


@pytest.mark.parametrize("folder", _rows(vocab.NOT_READING_DIRS))
def test_material_folders(folder: str) -> None:
    assert not classify.is_reading("A Study", f"https://x.org/{folder}/a.pdf")
    assert classify.is_reading("A Study", f"https://x.org/{folder}s-of-x/a.pdf")


@pytest.mark.parametrize("suffix", _rows(vocab.NOT_READING_SUFFIXES))
def test_material_suffix(suffix: str) -> None:
    assert not classify.is_reading("A Study", f"https://x.org/a{suffix}")


@pytest.mark.parametrize("part", _rows(vocab.NOT_READING_PATHS))
def test_material_paths(part: str) -> None:
    assert not classify.is_reading("A Study", f"https://{part}1abc/viewform")


@pytest.mark.parametrize("label", _rows(vocab.OTHER_LABELS))
def test_other_labels_end_the_reading_region(label: str) -> None:
    page = f"## Jan 5: X\n\nReadings:\n\n[A](https://x.org/a)\n\n{label.capitalize()}:\n\n[B](https://x.org/b)\n"
    (lecture,) = read_markdown(page, "a.md", None)
    assert [r.text for r in lecture.readings] == ["A"]


@pytest.mark.parametrize("prefix", _rows(vocab.ENTRY_PREFIXES))
def test_entry_prefixes_open_dated_headings(prefix: str) -> None:
    page = f"## {prefix.capitalize()} Jan 5\n\n- [A](https://x.org/a)\n"
    (lecture,) = read_markdown(page, "a.md", None)
    assert (lecture.key, lecture.title) == ("Jan 5", "")


_SESSIONS = (
    "## Week 1 (Jan 8–12)\n\n- **Tue Jan 9** — Intro\n  - [A](https://x.org/a)\n"
    "- **Thu Jan 11** — Search\n  - [B](https://x.org/b)\n"
)


@pytest.mark.parametrize("section", [*_rows(vocab.DATES_SECTIONS), "Schedule"])
def test_dated_lists_under_a_dates_heading_are_not_sessions(section: str) -> None:
    page = f"## {section.title()}\n\n- **Jan 31**: HW1 due\n- **Feb 14**: Proposal due\n\n"
    keys = [lec.key for lec in read_markdown(page + _SESSIONS, "schedule.md", None)]
    dates = [] if section != "Schedule" else ["Jan 31", "Feb 14"]
    assert keys == [*dates, "Tue Jan 9", "Thu Jan 11"]


def test_a_dates_heading_over_readings_is_a_schedule() -> None:
    page = "## Dates\n\n- **Jan 9**: Intro [A](https://x.org/a)\n- **Jan 11**: B [B](https://x.org/b)\n"
    assert [lec.key for lec in read_markdown(page, "schedule.md", None)] == ["Jan 9", "Jan 11"]


@pytest.mark.parametrize("lead", _rows(vocab.PRESENTER_LEADS))
def test_presenters_are_not_the_topic(lead: str) -> None:
    assert classify.topic_of(f"Routing — {lead} Priya Raman") == "Routing"
    assert classify.topic_of(f"Routing ({lead}: P. Raman)") == "Routing"
    assert (
        classify.topic_of(f"{lead.capitalize()} notes — Routing")
        == f"{lead.capitalize()} notes — Routing"
    )


@pytest.mark.parametrize("day", _rows(vocab.WEEKDAYS))
def test_weekdays_lead_a_date(day: str) -> None:
    assert classify.date_in(f"{day.capitalize()} 3/4: Intro") == f"{day.capitalize()} 3/4"


@pytest.mark.parametrize("word", _rows(vocab.DEADLINE))
def test_deadline_titles(word: str) -> None:
    best = [_lecture("a.md", "heading", f"Topic {i}", 2) for i in range(3)]
    other = [_lecture("b.md", "heading", f"The {word} {i}", 1) for i in range(3)]
    assert schedule_lectures(best + other) == best
    plain = [_lecture("b.md", "heading", f"Graphs {i}", 1) for i in range(3)]
    assert schedule_lectures(best + plain) == best + plain


# --- table headers -----------------------------------------------------------------


@pytest.mark.parametrize("word", _rows(vocab.KEY_HEADERS))
def test_key_headers(word: str) -> None:
    assert table_roles._column_roles(["Topic", word.capitalize(), "Readings"]) is not None
    roles = table_roles._column_roles(["Topic", word.capitalize(), "Readings"])
    assert roles is not None and roles[0] == 1


@pytest.mark.parametrize(
    "word", [w for w in _rows(vocab.NUMBER_HEADERS) if w not in vocab.KEY_HEADERS]
)
def test_number_headers(word: str) -> None:
    roles = table_roles._column_roles(["Speaker", word.capitalize(), "Slides"])
    assert roles is None or roles[0] == 1
    roles = table_roles._column_roles([word.capitalize(), "Topic"])
    assert roles is not None and roles[0] == 0


@pytest.mark.parametrize("word", _rows(vocab.TITLE_HEADERS))
def test_title_headers(word: str) -> None:
    roles = table_roles._column_roles(["Date", "Room", word.capitalize(), "Readings"])
    assert roles is not None and roles[1] == 2


@pytest.mark.parametrize("word", _rows(vocab.READING_HEADERS))
def test_reading_headers(word: str) -> None:
    roles = table_roles._column_roles(["Date", "Topic", word.capitalize()])
    assert roles is not None and 2 in roles[2]


@pytest.mark.parametrize("word", _rows(vocab.PERSON_HEADERS))
def test_person_headers_are_never_the_title(word: str) -> None:
    roles = table_roles._column_roles(["Date", word.capitalize(), "Readings"])
    assert roles is not None and roles[1] != 1


# --- thresholds ------------------------------------------------------------------------


def _lecture(file: str, structure: str, title: str, readings: int, url: str = "") -> Lecture:
    found = tuple(
        Reading(
            text=f"R{i}",
            title=f"R{i}",
            url=url or f"https://x.org/{title}/{i}",
            link="",
            requirement=None,
            line=1,
        )
        for i in range(readings)
    )
    return Lecture(file=file, key=title, title=title, line=1, readings=found, structure=structure)


@pytest.mark.parametrize(
    ("deadlines", "total", "kept"), [(1, 2, True), (2, 3, False), (2, 4, True)]
)
def test_deadline_share_edge(deadlines: int, total: int, kept: bool) -> None:
    """A group of sessions with readings may hold a no-class day: at most half deadlines."""
    best = [_lecture("a.md", "heading", f"A{i}", 5) for i in range(3)]
    other = [
        _lecture("b.md", "heading", f"No class {i}" if i < deadlines else f"B{i}", 1)
        for i in range(total)
    ]
    assert (schedule_lectures(best + other) == best + other) is kept


@pytest.mark.parametrize(
    ("with_readings", "total", "kept"),
    [(1, 3, False), (2, 6, False), (2, 5, True), (1, 2, True), (3, 3, True)],
)
def test_schedule_share_edge(with_readings: int, total: int, kept: bool) -> None:
    """A group is a schedule when at least MIN_SCHEDULE_SHARE (0.34) of it has readings."""
    best = [_lecture("a.md", "heading", f"A{i}", 5) for i in range(3)]
    other = [
        _lecture("b.md", "heading", f"B{i}", 1 if i < with_readings else 0) for i in range(total)
    ]
    assert (schedule_lectures(best + other) == best + other) is kept


@pytest.mark.parametrize(
    ("lectures", "repeated_in", "dropped"),
    [(4, 4, True), (4, 3, False), (8, 6, True), (8, 5, False), (3, 3, False)],
)
def test_repeated_link_edge(lectures: int, repeated_in: int, dropped: bool) -> None:
    """A link in >= 75% of a page's lectures, and in at least 4, is logistics."""
    page = [
        Lecture(
            file="a.md",
            key=str(i),
            title="T",
            line=1,
            readings=(
                Reading(
                    text="Room 101",
                    title="Room 101",
                    url="https://map.x/101",
                    link="",
                    requirement=None,
                    line=1,
                ),
            )
            if i < repeated_in
            else (),
        )
        for i in range(lectures)
    ]
    left = sum(len(lec.readings) for lec in without_repeated_links(page))
    assert left == (0 if dropped else repeated_in)


def test_depth_cap_edge() -> None:
    """Elements nested deeper than MAX_DEPTH (512) are read as siblings."""
    from readlist.extract.html import MAX_DEPTH, _flatten_deep

    assert MAX_DEPTH == 512
    flat = _flatten_deep("<div>" * 600 + "x" + "</div>" * 600)
    assert flat.count("<div>") == 512 and flat.count("</div>") == 512
    kept = "<section>" * 512 + "<h2>Jan 5</h2>" + "</section>" * 512
    assert _flatten_deep(kept) == kept


@pytest.mark.parametrize(("copies", "refused"), [(999, False), (1000, True)])
def test_alias_expansion_edge(copies: int, refused: bool) -> None:
    """A document may stand for 1,000,000 nodes: 1 + copies * (1 + 999) here."""
    from readlist.extract.yamldata import AliasBomb, load

    text = "- &a [" + ", ".join(["x"] * 999) + "]\n" + "- *a\n" * (copies - 1)
    if refused:
        with pytest.raises(AliasBomb):
            load(text)
    else:
        assert len(load(text)) == copies


@pytest.mark.parametrize(
    ("sessions", "rows", "overview"), [(2, 4, True), (1, 3, False), (3, 3, True)]
)
def test_overview_table_edge(sessions: int, rows: int, overview: bool) -> None:
    """A reading-less table is an overview when its page has >= 0.5 sessions per row."""
    table = [_lecture("a.md", "table", f"Week {i}", 0) for i in range(rows)]
    heads = [_lecture("a.md", "heading", f"S{i}", 1) for i in range(sessions)]
    kept = schedule_lectures(table + heads)
    assert kept == (heads if overview else table + heads)


def test_a_single_dated_heading_makes_a_page_one_lecture() -> None:
    from readlist.extract.page import lecture_of_page

    assert lecture_of_page(None, "# Privacy (Feb 3)\n\n- [A](u)\n") is not None
    assert lecture_of_page(None, "# Privacy (Feb 3)\n\n# News (Feb 5)\n") is None
    assert lecture_of_page(None, "<h1>Privacy (Feb 3)</h1><h1>More</h1>") is None


@pytest.mark.parametrize(
    ("note", "requirement"),
    [
        ("No required reading.", "optional"),
        ("All readings are optional.", "optional"),
        ("Nothing required this week.", "optional"),
        ("No readings.", None),  # after the link: says nothing of it
        ("Read before class.", None),
    ],
)
def test_row_notes(note: str, requirement: str | None) -> None:
    head = "| Date | Topic | Readings |\n|---|---|---|\n"
    page = f"{head}| Jan 5 | Intro | [A](https://a.org/1) {note} |\n"
    (lecture,) = read_markdown(page, "a.md", None)
    assert [r.requirement for r in lecture.readings] == [requirement]


@pytest.mark.parametrize(
    "url",
    [
        "https://learn.microsoft.com/en-us/azure/architecture/patterns/cqrs",
        "https://canvas-lms.example.org/blog/post",
        "https://www.moodle.org/about",
    ],
)
def test_documentation_hosts_are_not_lms(url: str) -> None:
    assert classify.is_reading("CQRS pattern", url)


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        ("## Due Mon. 1/23", ["Jan 18", "Mon. 1/23"]),  # readings due that day: an entry
        ("## Due Friday 1/20: Project proposal", ["Jan 18"]),  # a deadline
        ("Due Friday 1/20: Project proposal\n: details", ["Jan 18"]),  # a deadline term
    ],
)
def test_due_lines(line: str, keys: list[str]) -> None:
    page = f"## Jan 18: Intro\n\n- [A](https://a.org/1)\n\n{line}\n\n- [B](https://a.org/2)\n"
    assert [lec.key for lec in read_markdown(page, "a.md", None)] == keys
