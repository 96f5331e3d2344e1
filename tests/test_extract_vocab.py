"""Every word of ``readlist/extract/vocab.py`` and every threshold of extraction,
pinned one row each: removing a word or moving a threshold fails a row here.

The expected values say what each word is for (written by hand, not taken from
the code's output)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract import (
    classify,
    extract_site,
    schedule_lectures,
    vocab,
    without_repeated_links,
)
from readlist.extract import tables as table_roles
from readlist.extract.html import read_html
from readlist.extract.markdown import LineIndex, read_markdown
from readlist.extract.page import commonmark
from readlist.extract.reader import first_legend, legend_others, legends, symbol_legends
from readlist.extract.yamldata import read_yaml, record_readings
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
        "essential",
        "compulsory",
        "obligatory",
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
        "deep dive",
        "for further reading",
        "if you have time",
        "if time permits",
        "if interested",
        "for the curious",
        "see also",
        "going deeper",
        "if you want more",
        "go deeper",
        "deeper dives",
        "deep dives",
        "if you're curious",
        "if you’re curious",
        "if you are curious",
        "if you can",
        "go further",
        "if you want to go further",
        "if you want to go deeper",
        "if you want",
        "nice to read",
        "highly recommended",
        "strongly recommended",
        "strongly suggested",
    ),
    "READING_NOUNS": (
        "reading list",
        "reading lists",
        "paper list",
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
        "textbook",
        "textbooks",
        "extras",
    ),
    "SIGN_NOUNS": (
        *("star", "asterisk", "mark", "marker", "sign", "symbol", "dagger", "icon", "label"),
        *("badge", "tag", "check", "checkmark", "tick"),
    ),
    "PLACE_NOUNS": ("folder", "directory", "drive", "link", "page", "sheet", "doc"),
    "CONTAINER_PLACES": ("sheet", "spreadsheet"),
    "TERMS": ("spring", "summer", "fall", "autumn", "winter"),
    "MARKER_NOUNS": (
        "reading",
        "readings",
        "read",
        "paper",
        "papers",
        "article",
        "articles",
    ),
    "MATERIAL_KIND": ("video", "slides", "recording", "audio", "youtube", "code", "demo"),
    "MONTHS": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "FUNCTION_WORDS": ("a", "an", "the", "for", "of", "on", "in", "to", "with", "and", "or", "by"),
    "PRIORITY_REQUIRED": ("must", "must-have", "must have"),
    "PRIORITY_OPTIONAL": ("nice-to-have", "nice to have", "should", "could"),
    "KEY_WORDS": (
        *("optional", "required", "recommended", "suggested", "must read", "must-read"),
        *("mandatory", "core", "essential", "compulsory", "obligatory"),
    ),
    "STYLE_VERBS": ("set", "shown", "written", "marked", "printed", "highlighted"),
    "MEETING_WORDS": (
        *("section", "sec", "recitation", "rec", "tutorial", "tut", "discussion", "disc"),
    ),
    "ENTRY_NOUNS": (
        "class meeting",
        "row",
        "session",
        "lecture",
        "class",
        "meeting",
        "week",
        "day",
        "entry",
        "topic",
    ),
    "EVERYONE_READS": (
        *("everyone reads", "everyone should read", "everyone must read", "all read"),
        *("everyone is expected to read", "everyone is expected to have read"),
        *("that everyone read", "everyone to read"),
    ),
    "KEY_REQUIRED_PHRASES": (
        *("responsible for", "expected to read", "have read", "having read"),
        "will be quizzed on",
        *("need to read", "have to read", "the ones we discuss", "the ones we will discuss"),
        *("read closely", "read it closely"),
        *("you've read", "you’ve read"),
        *("should be read", "must be read"),
    ),
    "SHOULD_BE_READ": ("should be read", "must be read"),
    "KEY_OPTIONAL_PHRASES": (
        *("for your own interest", "if you're interested", "if you’re interested"),
        *("extras", "nobody will check", "there if", "skim is enough", "skimming is enough"),
        *("for the curious", "for the keen", "for those interested", "for anyone interested"),
    ),
    "OFFERS_BEFORE": (
        *("can also look at", "can also read", "can also check out", "can also skim"),
        *("may also want to", "might also want to", "might also like", "might also enjoy"),
        *("will like", "will enjoy", "will also like", "will also enjoy", "might enjoy"),
    ),
    "HOST_NAME_ENDS": ("org", "com", "edu", "net", "io", "gov", "ai", "dev", "uk", "de", "ca"),
    "MARKER_TIMES": (
        *("this year", "this term", "this semester", "this quarter", "this time", "this week"),
    ),
    "OFFERS_AFTER": (
        *("catch your interest", "catches your interest", "interests you", "interest you"),
        *("if you like", "if you enjoy", "if you're keen", "if you’re keen", "if you are keen"),
        *("goes deeper", "goes much deeper", "goes further", "goes much further"),
    ),
    "SCHEDULE_PAGES": ("schedule", "calendar", "reading list", "readings", "lectures"),
    "LECTURE_PAGE_NAMES": (
        "lecture note",
        "lecture notes",
        "lecture page",
        "lecture pages",
        "each lecture",
        "every lecture",
    ),
    "MATERIAL_TAIL": (
        "r package",
        "python package",
        "demo",
        "demos",
        "video",
        "videos",
        "walkthrough",
        "recording",
        "template",
        "templates",
        "slides",
        "sign-up",
        "sign up",
        "signup",
        "format",
        "starter code",
        "rubric",
        "rubrics",
        "worksheet",
        "starter kit",
        "homepage",
        "home page",
        "image",
        "install guide",
        "installation guide",
        "setup guide",
        "starter file",
        "starter files",
    ),
    "NAMED_PARTS": (
        *("introduction", "preface", "foreword", "prologue", "epilogue", "conclusion"),
        *("afterword", "prelude", "postscript"),
    ),
    "MATERIAL_TEXT": (
        "question",
        "faq",
        "faqs",
        "preview",
        "assignments",
        "questions",
        "project page",
        "project website",
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
        "study guide",
        "midterm study guide",
        "exam study guide",
        "final study guide",
        "leaderboard",
        "guidelines",
        "instructions",
        "talk",
        "rubric",
        "rubrics",
        "lab page",
        "homepage",
        "home page",
        "lab website",
    ),
    "MATERIAL_PREFIX": (
        "lecture",
        "guest lecture",
        "class",
        "paper",
        "course",
        "presentation",
        "proposal",
        "report",
        "project",
        "section",
        "discussion",
    ),
    "MATERIAL_SUFFIX": (
        "template",
        "sheet",
        "link",
        "form",
    ),
    "MATERIAL_QUALIFIER": (
        "previous",
        "last year's",
        "last year’s",
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
        "discussion lead",
        "discussion leads",
        "discussant",
        "discussants",
        "guest lecture",
        "dataset",
        "datasets",
        "projects",
        "problems",
        "problem set",
        "problem sets",
        "exams",
        "quizzes",
    ),
    "MATERIAL_EMOJI": ("🎥", "📹", "📺", "🎬", "🖥", "💻", "🎤", "📝", "📊"),
    "ICON_CLASSES": ("fa-", "bi-", "icon-", "glyphicon-", "octicon-", "mdi-", "ti-"),
    "ICON_LIGATURE_CLASSES": ("material-icons", "material-symbols"),
    "ICON_MODIFIERS": (
        *("fw", "lg", "xs", "sm", "xl", "2xs", "2xl", "1x", "2x", "3x", "4x", "5x"),
        *("solid", "regular", "brands", "light", "thin", "duotone", "sharp", "li", "border"),
        *("inverse", "spin", "pulse", "pull-left", "pull-right", "stack-1x", "stack-2x"),
        *("rotate-90", "rotate-180", "rotate-270", "flip-horizontal", "flip-vertical"),
    ),
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
        "guest lecture",
        "lecturer",
        "lecturers",
        "scribe",
        "scribes",
        "discussion question",
        "discussion lead",
        "discussion leads",
        "discussant",
        "discussants",
        "led by",
        "host",
        "hosts",
        "panelist",
        "panelists",
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
    "COURSE_PAGES": (
        *("schedule", "syllabus", "calendar", "course schedule", "class schedule"),
        *("course calendar", "course syllabus", "course website", "course site", "course page"),
        *("announcement", "announcements", "course policies", "policies", "logistics"),
        *("project", "projects", "course project"),
    ),
    "KEY_PLACES": (
        *("schedule", "page", "syllabus", "calendar", "site", "website", "reading list"),
        *("list", "table", "course website", "course page"),
    ),
    "ACTION_LEADS": (
        "sign up",
        "sign-up",
        "signup",
        "register",
        "rsvp",
        "submit",
        "upload",
        "install",
        "fill in",
        "fill out",
        "try out",
        "try the",
        "try this",
        "try a",
        "play with",
        "play around with",
    ),
    "NOT_READING_LEADS": (
        "prompt",
        "response prompt",
        "reading response prompt",
        "discussion prompt",
        "writing prompt",
        "do",
        "to do",
        "todo",
        "task",
        "activity",
        "try",
    ),
    "BUSINESS_EVENTS": ("due", "out", "released", "posted", "assigned"),
    "LINK_FIELDS": ("url", "link", "href", "pdf", "paper"),
    "FRONT_MATTER_TABLES": ("extra", "params"),
    "LINK_TEXT_FIELDS": ("title", "name", "text", "label", "paper", "citation", "cite"),
    "ARXIV_ID_FIELDS": ("arxiv", "arxiv_id", "eprint"),
    "DOI_FIELDS": ("doi",),
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
        "response paper",
        "reading response",
        "reflection",
        "memo",
        "essay",
    ),
    "HONORIFICS": ("prof.", "prof", "professor", "dr.", "dr"),
    "COURSEWORK_DIRS": (
        "labs",
        "lab",
        "homework",
        "homeworks",
        "hw",
        "assignments",
        "assignment",
        "psets",
        "problem-sets",
        "exams",
    ),
    "NEWS_DIRS": ("posts", "post", "blog", "news", "announcements", "updates"),
    "COURSE_INFO_PAGES": (
        *("index", "_index", "readme", "home", "syllabus", "about", "policies", "logistics"),
    ),
    "BOX_COLOURS": ("blue", "green", "red", "orange", "yellow"),
    "NOTES_BYLINES": ("scribes", "scribe", "scribed by", "notes by", "notes taken by"),
    "WORK_LEADS": ("watch", "listen", "listen to", "view"),
    "CITATION_ABBREVIATIONS": ("ed", "eds", "vol", "pp", "no", "al", "jr", "inc", "etc"),
    "PROFILE_DIRS": ("publications", "talks", "portfolio"),
    "LMS_ACTIVITY_PATHS": (
        *("/mod/forum/", "/mod/quiz/", "/mod/assign/", "/mod/choice/", "/mod/feedback/"),
        *("/mod/lti/", "/mod/workshop/", "/mod/chat/", "/mod/attendance/", "/mod/lesson/"),
        *("/d2l/lms/dropbox/", "/d2l/lms/quizzing/", "/d2l/le/discussions/", "/d2l/home/"),
        *("/d2l/le/news/", "/d2l/le/calendar/", "type=quiz", "type=discuss", "type=dropbox"),
        *("/samigo-app/", "/discussionforum/", "/webapps/assessment/", "/webapps/discussionboard/"),
    ),
    "NEWS_TAGS": ("announcement", "announcements", "news", "update", "updates", "notice"),
    "READING_KINDS": (
        "read",
        "reading",
        "paper",
        "article",
        "book",
        "chapter",
        "text",
        "blog",
        "post",
        "essay",
        "survey",
        "tutorial",
        "preprint",
        "thesis",
        "report",
        "background",
        "reference",
        "primary",
        "secondary",
    ),
    "SLIDE_FORMATS": (
        "revealjs",
        "reveal",
        "beamer",
        "pptx",
        "marp",
        "xaringan",
        "ioslides",
        "slidy",
        "remark",
        "slides",
        "slide",
        "presentation",
    ),
    "GUEST_EVENTS": ("lecture", "talk", "seminar"),
    "REQUIRED_ABBREVIATIONS": ("req.", "req", "reqd.", "req'd"),
    "OPTIONAL_ABBREVIATIONS": ("opt.", "opt", "rec.", "rec", "recd.", "rec'd"),
    "SPEAKER_LEADS": (
        "guest",
        "guests",
        "speaker",
        "speakers",
        "lecturer",
        "lecturers",
        "presenter",
        "presenters",
        "presented by",
        "talk by",
        "led by",
    ),
    "SPEAKER": (
        "speaker",
        "lecturer",
        "presenter",
        "instructor",
    ),
    "COPY_WORDS": ("copy", "copies", "scan", "mirror"),
    "PAPER_ICONS": (
        *("book", "book-open", "newspaper", "file-lines", "file-text", "file-alt", "file-pdf"),
    ),
    "GENERIC_TEXT": (
        "working paper",
        "nber wp",
        "nber working paper",
        "project muse",
        "perusall",
        "acm dl",
        "acm digital library",
        "ieee xplore",
        "pmc",
        "pubmed central",
        "hal",
        "zenodo",
        "osf",
        "researchgate",
        "semantic scholar",
        "google research",
        "microsoft research",
        "cambridge core",
        "sciencedirect",
        "wiley online library",
        "oxford academic",
        "taylor & francis",
        "taylor and francis",
        "sage journals",
        "elsevier",
        "usenix",
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
        "openreview",
        "pmlr",
        "acl anthology",
        "publisher",
        "website",
        "web page",
        "webpage",
        "book website",
        "free pdf",
        "tech report",
        "technical report",
        "library e-book",
        "library ebook",
        "library access",
        "library link",
        "version",
        "arxiv version",
        "journal version",
        "conference version",
        "full version",
        "extended version",
        "published version",
        "preprint version",
        "author pdf",
        "author's pdf",
        "eprint",
        "draft",
        "postprint",
        "open access",
        "open-access",
        "open access pdf",
        "open access version",
        "arxiv pdf",
        "journal",
        "journal page",
        "proceedings",
        "canvas",
        "moodle",
        "blackboard",
        "ps",
        "ps.gz",
        "djvu",
    ),
    "PAGE_SOURCES": (".md", ".markdown", ".qmd", ".rmd", ".rst", ".php"),
    "LMS_REFERENCES": (
        "$wiki_reference$",
        "$canvas_object_reference$",
        "$canvas_course_reference$",
    ),
    "NOT_READING_HOSTS": (
        "bbcollab.com",
        "hotcrp.com",
        "classroom.github.com",
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
        "crowdmark.com",
        "signupgenius.com",
        "doodle.com",
        "when2meet.com",
        "colab.research.google.com",
        "panopto.com",
        "panopto.eu",
        "kaltura.com",
        "echo360.org",
        "echo360.com",
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
    ),
    "LAB_DIRS": ("lab", "labs"),
    "CODE_SUFFIXES": (
        ".ipynb",
        ".py",
        ".r",
        ".jl",
        ".go",
        ".c",
        ".h",
        ".cc",
        ".cpp",
        ".java",
        ".rs",
        ".hs",
        ".scala",
        ".sh",
    ),
    "NOT_EXAMINED": (
        "will not be on the",
        "won't be on the",
        "won’t be on the",
        "are not on the",
        "is not on the",
        "will not be tested",
        "won't be tested",
        "won’t be tested",
        "will not be examined",
        "are not examinable",
        "is not examinable",
    ),
    "NOT_READING_SUFFIXES": (".ppt", ".pptx", ".key", ".mp4", ".mov"),
    "NOT_READING_PATHS": (
        "docs.google.com/forms/",
        "docs.google.com/presentation/",
        "docs.google.com/spreadsheets/",
    ),
    "OTHER_LABELS": (
        "discussion questions",
        "discussion question",
        "questions",
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
        "project",
        "project resources",
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
        "homework",
        "homeworks",
        "hw",
        "assignment",
        "assignments",
        "problem set",
        "problem sets",
        "pset",
        "psets",
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
        "assignments",
        "homework",
        "homeworks",
        "milestones",
    ),
    "ENTRY_PREFIXES": (
        "week of",
        "due",
        "class on",
        "session on",
        "meeting on",
    ),
    "SESSION_MATERIAL": (
        *("notes", "lecture notes", "scribe notes", "slides", "handout", "recording"),
    ),
    "KNITTED_TABLES": ("kable", "kbl", "gt", "datatable", "reactable", "flextable", "pander"),
    "MEETING_KINDS": (
        *("lecture", "guest lecture", "guest talk", "paper discussion", "discussion"),
        *("seminar", "tutorial", "recitation", "lab", "workshop", "review session"),
    ),
    "TITLE_REMARKS": ("tentative", "tbd", "tbc", "to be confirmed", "subject to change"),
    "SCHEDULE_MOVES": ("moved", "rescheduled", "postponed", "swapped"),
    "ROOM_WORDS": ("room", "rm", "hall", "building", "bldg", "auditorium", "classroom", "lab"),
    "PERSON_ROLES": ("ta", "tas", "gsi", "tutor", "instructor", "guest", "presenter", "lead"),
    "PRESENTING_VERBS": ("presenting", "presents", "leading", "leads"),
    "PERSON_LABELS": (
        *("instructor", "instructors", "lead", "leads", "discussant", "discussants"),
        *("moderator", "moderators", "host", "hosts", "organizer", "organizers", "ta", "tas"),
    ),
    "PRESENTER_LEADS": (
        "presented by",
        "presenter",
        "presenters",
        "speaker",
        "speakers",
        "led by",
        "lecture by",
        "guest lecture by",
        "talk by",
        "guest talk by",
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
    "WEEKDAY_LETTERS": (
        "m",
        "tu",
        "w",
        "th",
        "r",
        "f",
    ),
    "SESSION_WORDS": (
        "lecture",
        "lec",
        "week",
        "session",
        "class",
        "day",
        "meeting",
        "module",
        "topic",
        "unit",
    ),
    "SESSION_CODES": (
        "l",
        "w",
        "wk",
    ),
    "DOCUMENT_SUFFIXES": (
        "pdf",
        "doc",
        "docx",
        "epub",
        "rtf",
        "txt",
        "ps",
        "ps.gz",
        "djvu",
    ),
    "READ_LEADS": (
        "read",
        "also read",
        "skim",
        "related",
        "see also",
        "prereading",
        "pre-reading",
    ),
    "PART_WORDS": (
        "ch",
        "chap",
        "chapter",
        "chapters",
        "section",
        "sections",
        "sec",
        "§",
        "§§",
        "appendix",
        "part",
        "pp",
        "p",
        "pages",
    ),
    "MATERIALS_LABELS": (
        "material",
        "materials",
        "class materials",
        "course materials",
    ),
    "DATE_FIELD_ALIASES": (
        "lecture_date",
        "session_date",
        "class_date",
        "meeting_date",
        "datetime",
    ),
    "TITLE_FIELD_ALIASES": (
        "lecture_title",
        "session_title",
        "class_title",
        "lecture_topic",
        "session_topic",
        "topic_name",
        "theme",
    ),
    "MARKER_LEADS": (
        "also",
        "plus",
    ),
    "NOT_READING_SUBDOMAINS": ("mediaspace",),
    "PROFILE_HOSTS": ("linkedin.com",),
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
        "wk",
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
        "read",
        "prereading",
        "background",
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
    "KEY_FIELDS": ("date", "day", "when", "week", "lecture", "session", "class"),
    "TITLE_FIELDS": (
        "title",
        "topic",
        "what",
        "name",
        "lecture",
        "subject",
        "description",
        "label",
    ),
    "READING_FIELD_NOUNS": (
        "reading",
        "readings",
        "paper",
        "papers",
        "material",
        "materials",
        "references",
        "resources",
    ),
    "PAGE_DATE_FIELDS": ("date", "day", "when", "lecture_date"),
    "RECORD_ID_FIELDS": ("id", "slug", "uid", "session_id", "lecture_id"),
    "PRIORITY_FIELDS": ("priority", "importance", "level"),
    "NOTE_FIELDS": ("note", "notes", "comment", "remark"),
    "COPY_FIELDS": ("pdf",),
    "KIND_FIELDS": ("type", "kind", "category"),
    "BREAK_LEADS": (
        *("reading week", "study week", "spring break", "fall break", "winter break"),
        *("break", "holiday", "no class", "recess"),
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


def test_every_list_of_the_vocabulary_has_rows() -> None:
    lists = {
        name
        for name, value in vars(vocab).items()
        if name.isupper() and isinstance(value, tuple) and all(isinstance(w, str) for w in value)
    }
    assert lists == set(ROWS)


def _data_lectures(text: str) -> list[Lecture]:
    return read_yaml(text, "_data/schedule.yml", None)


@pytest.mark.parametrize("field", _rows(vocab.KEY_FIELDS))
def test_key_fields_key_a_data_record(field: str) -> None:
    other = "subject" if field == "lecture" else "title"  # "lecture" may title it too
    (got,) = _data_lectures(f"- {field}: Jan 5\n  {other}: Intro\n  readings: [{{url: {URL}}}]\n")
    assert (got.key, [r.url for r in got.readings]) == ("Jan 5", [URL])
    assert _data_lectures(f"- {field}x: Jan 5\n  {other}: Intro\n") == []


@pytest.mark.parametrize("field", _rows(vocab.TITLE_FIELDS))
def test_title_fields_title_a_data_record(field: str) -> None:
    (got,) = _data_lectures(f"- date: Jan 5\n  {field}: Intro\n  readings: [{{url: {URL}}}]\n")
    assert got.title == "Intro"
    (got,) = _data_lectures(f"- date: Jan 5\n  {field}x: Intro\n  readings: [{{url: {URL}}}]\n")
    assert got.title == ""


@pytest.mark.parametrize("field", _rows(vocab.PRIORITY_FIELDS))
def test_priority_fields_and_columns_rank_a_reading(field: str) -> None:
    (got,) = _data_lectures(
        f"- date: Jan 5\n  title: Intro\n  readings: [{{url: {URL}, {field}: must}}]\n"
    )
    assert [r.requirement for r in got.readings] == ["required"]
    for header, requirement in ((field.capitalize(), "optional"), (f"{field}x", None)):
        page = (
            f"| Date | Topic | Reading | {header} |\n|---|---|---|---|\n"
            f"| Jan 5 | Intro | [A]({URL}) | should |\n| Jan 7 | More | [B]({URL}b) | should |\n"
        )
        lectures = read_markdown(page, "schedule.md", None)
        assert [lec.readings[0].requirement for lec in lectures] == [requirement] * 2, header


@pytest.mark.parametrize("lead", _rows(vocab.BREAK_LEADS))
def test_a_break_may_lead_a_headings_date(lead: str) -> None:
    page = f"### Week 6 · Feb 10\n\n- [A]({URL})\n\n### {lead.capitalize()} · Feb 17\n\nNo class.\n"
    assert [lec.key for lec in read_markdown(page, "schedule.md", None)] == ["Feb 10", "Feb 17"]
    page = page.replace(lead.capitalize(), f"Other {lead}")
    assert [lec.key for lec in read_markdown(page, "schedule.md", None)] == ["Feb 10"]


@pytest.mark.parametrize("field", _rows(vocab.KIND_FIELDS))
def test_kind_fields_and_columns_say_what_an_item_is(field: str) -> None:
    readings = f"[{{url: {URL}}}, {{url: {URL}v, {field}: slides}}]"
    (got,) = _data_lectures(f"- date: Jan 5\n  title: Intro\n  readings: {readings}\n")
    assert [r.url for r in got.readings] == [URL]
    for header, kept in ((field.capitalize(), [URL]), (f"{field}x", [URL, f"{URL}v"])):
        page = (
            f"| Date | Topic | {header} | Item |\n|---|---|---|---|\n"
            f"| Jan 5 | Intro | Paper | [A]({URL}) |\n| Jan 7 | More | Video | [B]({URL}v) |\n"
        )
        lectures = read_markdown(page, "schedule.md", None)
        assert [r.url for lec in lectures for r in lec.readings] == kept, header


@pytest.mark.parametrize("field", _rows(vocab.RECORD_ID_FIELDS))
def test_record_id_fields_join_readings_kept_by_session(field: str) -> None:
    sessions = {"intro": [{"title": "A", "url": URL}], "other": [{"title": "B", "url": URL}]}
    for name, joined in ((field, [URL]), (f"{field}x", [])):
        (got,) = read_yaml(
            f"- date: Jan 5\n  title: Intro\n  {name}: intro\n",
            "_data/schedule.yml",
            None,
            sessions=sessions,
        )
        assert [r.url for r in got.readings] == joined, name


@pytest.mark.parametrize("noun", _rows(vocab.READING_FIELD_NOUNS))
def test_reading_field_nouns_list_readings(noun: str) -> None:
    def record(field: str) -> str:
        return f"- date: Jan 5\n  title: Intro\n  {field}: [{{title: A, url: {URL}}}]\n"

    for field, requirement in (
        (noun, None),
        (f"optional_{noun}", "optional"),
        (f"required-{noun}", "required"),
    ):
        (got,) = _data_lectures(record(field))
        assert [(r.title, r.requirement) for r in got.readings] == [("A", requirement)], field
    (got,) = _data_lectures(record(f"{noun}_note"))
    assert got.readings == ()


@pytest.mark.parametrize("field", _rows(vocab.PAGE_DATE_FIELDS))
def test_page_date_fields_date_a_one_lecture_page(field: str, tmp_path: Path) -> None:
    page = f"---\ntitle: Hoare logic\n{field}: 2025-01-21\n---\n\n- [A]({URL})\n"
    (tmp_path / "hoare.md").write_text(page, encoding="utf-8")
    (got,) = extract_site(tmp_path).lectures
    assert (got.key, got.title, [r.url for r in got.readings]) == (
        "2025-01-21",
        "Hoare logic",
        [URL],
    )


@pytest.mark.parametrize("word", _rows(vocab.OPTIONAL))
def test_optional_words(word: str) -> None:
    assert classify.marker_in_text(f"A Paper ({word})") == "optional"
    assert classify.prefix_requirement(f"{word.capitalize()}:") == "optional"


@pytest.mark.parametrize("word", _rows(vocab.REQUIRED))
def test_required_words(word: str) -> None:
    assert classify.marker_in_text(f"A Paper ({word})") == "required"
    assert classify.prefix_requirement(f"{word.capitalize()}:") == "required"


@pytest.mark.parametrize(
    ("word", "requirement"),
    [
        *((w, "required") for w in _rows(vocab.REQUIRED_ABBREVIATIONS)),
        *((w, "optional") for w in _rows(vocab.OPTIONAL_ABBREVIATIONS)),
    ],
)
def test_abbreviated_markers(word: str, requirement: str) -> None:
    """In brackets or before a delimiter only: never alone in prose."""
    assert classify.suffix_requirement(f" ({word})") == requirement
    assert classify.suffix_requirement(f", 2006 [{word}]") == requirement
    assert classify.prefix_requirement(f"{word.capitalize()}:") == requirement
    assert classify.opening_requirement(f"{word.capitalize()}: Weng, ") == requirement
    assert classify.marker_in_text(f"A Paper ({word})") == requirement
    assert classify.prefix_requirement(f"See the {word}x notes on") is None
    assert classify.marker_in_text(word) is None  # "[rec]": a link's whole text


@pytest.mark.parametrize("word", _rows(vocab.SPEAKER_LEADS))
def test_speaker_leads_keep_the_link_in_the_title(word: str) -> None:
    assert classify.names_speaker(f"Session {word.capitalize()} -")
    assert not classify.names_speaker("Paper discussion —")


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
    assert classify.names_material(f"Course {word}")  # after a prefix too
    assert not classify.is_reading(word.upper(), URL)


@pytest.mark.parametrize("prefix", _rows(vocab.MATERIAL_PREFIX))
def test_material_prefixes(prefix: str) -> None:
    assert classify.names_material(f"{prefix} notes")
    assert not classify.names_material(f"Some {prefix} notes")


@pytest.mark.parametrize(
    ("name", "material"),
    [
        ("Midterm practice exam (Spring 2025).pdf", True),
        ("lecture_slides.pdf", True),
        ("Final practice exam.PDF", True),
        ("Stone_ch7.pdf", False),  # a chapter: a work's part
        ("Attention Is All You Need (2017).pdf", False),
    ],
)
def test_an_uploads_name_naming_material(name: str, material: bool) -> None:
    assert classify.names_material(name) is material


@pytest.mark.parametrize("suffix", _rows(vocab.MATERIAL_SUFFIX))
def test_material_suffixes(suffix: str) -> None:
    assert classify.names_material(f"Lecture scribe notes {suffix}")  # three words before it


@pytest.mark.parametrize("month", _rows(vocab.MONTHS))
def test_months_in_order(month: str) -> None:
    number = vocab.MONTHS.index(month) + 1
    assert classify.month_day(f"{month.capitalize()} 5") == (number, 5)
    assert classify.month_day(f"2025-{number:02d}-05") == (number, 5)


@pytest.mark.parametrize("word", _rows(vocab.FUNCTION_WORDS))
def test_a_function_word_before_a_kind_makes_a_title(word: str) -> None:
    assert classify.is_reading(f"Agents {word} Code: A Survey", URL)
    assert classify.is_reading(f"{word.capitalize()} Code: A Survey of Agents", URL)
    assert not classify.is_reading("Talk video: extracting training data", URL)
    assert not classify.is_reading(f"{word.capitalize()}x video: extracting", URL)


@pytest.mark.parametrize(
    ("word", "requirement"),
    [(w, "required") for w in _rows(vocab.PRIORITY_REQUIRED)]
    + [(w, "optional") for w in _rows(vocab.PRIORITY_OPTIONAL)],
)
def test_a_priority_words_requirement(word: str, requirement: str) -> None:
    record = f"- date: 2025-09-24\n  title: T\n  readings:\n    - title: A\n      url: {URL}\n"
    [lecture] = read_yaml(record + f"      level: {word}\n", "_data/l.yml", None)
    assert [r.requirement for r in lecture.readings] == [requirement]


@pytest.mark.parametrize("word", _rows(vocab.KEY_WORDS))
def test_a_keys_word(word: str) -> None:
    meaning = "required" if word in vocab.REQUIRED else "optional"
    assert symbol_legends(f"★ = {word}, others are extra.") == (("★", meaning),)
    assert symbol_legends(f"Key: 📘 {word} reading · 🎥 video") == (("📘", meaning),)
    assert (word in vocab.REQUIRED) != (word in vocab.OPTIONAL)


@pytest.mark.parametrize("verb", _rows(vocab.STYLE_VERBS))
def test_a_style_keys_participle(verb: str) -> None:
    key = f"The papers {verb} in bold are the ones we discuss, and everyone must read them."
    assert legends(key) == ((("b", "strong"), "required"),)
    assert legends(key.replace(f" {verb} in", " we like in")) == ()


@pytest.mark.parametrize("phrase", _rows(vocab.KEY_REQUIRED_PHRASES))
def test_a_style_keys_later_requirement_phrase(phrase: str) -> None:
    key = f"Papers set in italics are the heart of a session, and students {phrase} them first."
    assert legends(key) == ((("i", "em"), "required"),)
    assert legends(key.replace(phrase, "skim")) == ()


@pytest.mark.parametrize("word", _rows(vocab.MEETING_WORDS))
def test_a_meeting_numbered_before_its_date(word: str) -> None:
    page = f"### {word.capitalize()} 2 — Fri Jan 23\n\nHomographies\n\n- [A]({URL})\n"
    assert [(lec.key, lec.title) for lec in read_markdown(page, "m.md", None)] == [
        ("Fri Jan 23", "Homographies")
    ]
    assert classify.session_number(f"{word} 2") is None  # no session's key


@pytest.mark.parametrize("noun", _rows(vocab.ENTRY_NOUNS))
def test_a_key_to_each_entrys_first_reading(noun: str) -> None:
    assert first_legend(f"The first paper in each {noun} is required.") == "required"
    if " " not in noun:  # "each class meetings" still names a class
        assert first_legend(f"The first paper in each {noun}s is required.") is None


@pytest.mark.parametrize("phrase", _rows(vocab.EVERYONE_READS))
def test_a_first_reading_everyone_reads_is_required(phrase: str) -> None:
    key = f"The first paper in each row is the one we discuss; {phrase} it closely."
    assert first_legend(key) == "required"
    assert first_legend(key.replace(phrase, "we " + phrase.split()[-1])) is None


@pytest.mark.parametrize(
    ("phrase", "meaning"),
    [(p, "required") for p in _rows(vocab.KEY_REQUIRED_PHRASES)]
    + [(p, "optional") for p in _rows(vocab.KEY_OPTIONAL_PHRASES)],
)
def test_a_key_phrase_gives_the_labels_it_names_their_meaning(phrase: str, meaning: str) -> None:
    labels = {"rabbit holes"}
    assert dict(symbol_legends(f"Rabbit holes: {phrase} you.", labels)) == {}  # in use
    key = f"Everything under Rabbit holes is {phrase} you."
    assert dict(symbol_legends(key, labels)) == {"rabbit holes:": meaning}
    assert dict(symbol_legends(key.replace(phrase, "x" + phrase), labels)) == {}


@pytest.mark.parametrize("tail", _rows(vocab.MATERIAL_TAIL))
def test_material_ending_a_short_link_text(tail: str) -> None:
    assert not classify.is_reading(f"RRT {tail}", URL)
    assert not classify.is_reading(f"interview demo {tail}", URL)  # three words at most
    assert classify.is_reading(f"A long study of the {tail}", URL)  # four: a work's title
    assert classify.is_reading(f"{tail.capitalize()} understanding", URL)


@pytest.mark.parametrize("qualifier", _rows(vocab.MATERIAL_QUALIFIER))
def test_material_qualifiers(qualifier: str) -> None:
    assert classify.names_material(f"{qualifier} code")


@pytest.mark.parametrize("word", _rows(vocab.CONTEXT_NOT_READING))
def test_words_before_a_link(word: str) -> None:
    assert not classify.is_reading("A Study", URL, f"Week 3 {word}:")
    assert classify.is_reading("A Study", URL, "Week 3 reading:")


@pytest.mark.parametrize(
    ("context", "reading"),
    [
        ("Lecture slides [", False),  # a short phrase: the material names the link
        ("Recorded lecture video [", False),  # three words
        ("Talk by", False),
        ("Learning Distributed Representations of Code [", True),  # a title's last word
        ("code2vec: Representations of Source Code [", True),  # four words after the colon
        ("Representations of Code: [", False),  # a colon labels it
        ("A study · code [", False),  # the phrase starts after a separator
    ],
)
def test_a_material_word_labels_a_link_only_in_a_short_phrase(context: str, reading: bool) -> None:
    assert classify.is_reading("paper", URL, context) is reading


@pytest.mark.parametrize("emoji", _rows(vocab.MATERIAL_EMOJI))
def test_emoji_before_a_link(emoji: str) -> None:
    assert not classify.is_reading("A Study", URL, f"{emoji} ")
    assert not classify.is_reading("A Study", URL, f"{emoji}\ufe0f ")
    assert classify.is_reading("A Study", URL, f"{emoji} Intro. 📖 ")


@pytest.mark.parametrize("word", _rows(vocab.BUSINESS))
def test_business_clauses(word: str) -> None:
    assert not classify.is_reading("A Study", URL, f"See the notes. {word.capitalize()} 1 out:")


@pytest.mark.parametrize("event", _rows(vocab.GUEST_EVENTS))
def test_a_title_that_is_only_a_guest_event_keeps_the_name(event: str) -> None:
    title = f"Guest {event} — Dr. Maria Santos"
    assert classify.topic_of(title) == title
    assert classify.topic_of("Bandits — Dr. Maria Santos") == "Bandits"


@pytest.mark.parametrize("word", _rows(vocab.HONORIFICS))
def test_honorifics_open_a_presenter_part(word: str) -> None:
    name = f"{word.capitalize()} Ana Costa (CMU)"
    assert classify.topic_of(f"Usable security — {name}") == "Usable security"
    assert classify.topic_of(f"Guest lecture — {name}") == f"Guest lecture — {name}"
    # a name first, then the topic: the topic (the name is who talks)
    assert classify.topic_of(f"{name} — Usable security") == "Usable security"
    assert classify.topic_of(f"{name} — Guest lecture") == f"{name} — Guest lecture"


@pytest.mark.parametrize("folder", [*_rows(vocab.NEWS_DIRS), *_rows(vocab.COURSEWORK_DIRS)])
def test_a_news_folder_is_not_the_schedule(tmp_path: Path, folder: str) -> None:
    links = "".join(f"- [P{n}](https://x.org/p{n})\n" for n in range(4))
    for n in (1, 2):
        post = tmp_path / folder / f"p{n}" / "index.md"
        post.parent.mkdir(parents=True)
        post.write_text(f"---\ntitle: Recap {n}\ndate: 2025-01-1{n}\n---\n\nWe read:\n\n{links}")
    posts = {f"{folder}/p1/index.md", f"{folder}/p2/index.md"}
    assert {lec.file for lec in extract_site(tmp_path).lectures} == posts  # the only readings
    (tmp_path / "schedule.md").write_text(
        "---\n---\n| Date | Topic | Readings |\n|---|---|---|\n"
        "| Jan 9 | A | [R](https://x.org/r) |\n"
    )
    assert [lec.file for lec in extract_site(tmp_path).lectures] == ["schedule.md"]


@pytest.mark.parametrize("kind", _rows(vocab.READING_KINDS))
def test_reading_kinds_of_data_records(kind: str) -> None:
    data = (
        f"- date: 2025-01-09\n  title: Intro\n  readings:\n"
        f"    - {{title: A Study, url: 'https://x.org/a', kind: {kind}}}\n"
        f"    - {{title: Deck, url: 'https://x.org/d', kind: slides}}\n"
    )
    (lecture,) = read_yaml(data, "_data/s.yml", None)
    assert [r.url for r in lecture.readings] == ["https://x.org/a"]


@pytest.mark.parametrize("word", _rows(vocab.SLIDE_FORMATS))
def test_slide_decks_are_not_lecture_pages(tmp_path: Path, word: str) -> None:
    deck = "# Lecture 3: Caching\nJan 22\n\n## References\n\n- [A Study](https://x.org/a)\n"
    schedule = (
        "| Date | Topic | Readings |\n|---|---|---|\n| Jan 22 | Caching | [B](https://x.org/b) |\n"
    )
    for n, front in enumerate((f"format: {word}", f"output: {word}_x", f"{word}: true")):
        (tmp_path / f"deck{n}.md").write_text(f"---\n{front}\n---\n{deck}")
    (tmp_path / "schedule.md").write_text(f"---\n---\n{schedule}")
    assert [lec.file for lec in extract_site(tmp_path).lectures] == ["schedule.md"]
    (tmp_path / "deck0.md").write_text(f"---\nformat: html-x{word}y\n---\n{deck}")
    assert "deck0.md" in {lec.file for lec in extract_site(tmp_path).lectures}


@pytest.mark.parametrize("word", _rows(vocab.BUSINESS_EVENTS))
def test_business_events_before_a_link(word: str) -> None:
    assert not classify.is_reading("CMS", URL, f"Homework 1 {word} on")
    assert not classify.is_reading("the site", URL, f"Lab 2 {word}")
    assert classify.is_reading("A Study", URL, f"Reading response {word} on")


@pytest.mark.parametrize("word", _rows(vocab.NUMBERED_BUSINESS))
def test_numbered_business(word: str) -> None:
    assert not classify.is_reading(f"{word.capitalize()} 2 released", URL)
    assert classify.is_reading(f"{word.capitalize()}s of the world", URL)


@pytest.mark.parametrize("word", _rows(vocab.ROOM_WORDS))
def test_where_a_session_meets_after_its_date_is_no_title(word: str) -> None:
    room = word.capitalize()
    assert classify.title_without(f"Tue 1/14, {room} 101 — Topic models", "Tue 1/14") == (
        "Topic models"
    )
    assert classify.title_without(f"Tue 1/14 · Main {room} 3B · Topic models", "Tue 1/14") == (
        "Topic models"
    )
    # no number: words of the topic
    assert classify.title_without(f"Tue 1/14 — {room} acoustics", "Tue 1/14") == (
        f"{room} acoustics"
    )


@pytest.mark.parametrize("word", _rows(vocab.SCHEDULE_MOVES))
def test_a_sessions_move_closing_a_title_is_no_part_of_it(word: str) -> None:
    assert classify.topic_of(f"Speculative decoding ({word} from Mar 12)") == (
        "Speculative decoding"
    )
    assert classify.topic_of(f"Speculative decoding ({word})") == "Speculative decoding"
    # a bracket of the topic's own words stays
    assert classify.topic_of(f"Speculative decoding ({word} tokens)") == (
        f"Speculative decoding ({word} tokens)"
    )


@pytest.mark.parametrize("word", _rows(vocab.PRESENTING_VERBS))
def test_a_closing_bracket_of_people_presenting_is_no_part_of_a_title(word: str) -> None:
    assert classify.topic_of(f"Scaling laws (Ana Lee {word})") == "Scaling laws"
    assert classify.topic_of(f"Scaling laws (Jun Park & Lea Novak {word})") == "Scaling laws"
    # no name before it: words of the topic
    assert classify.topic_of(f"Scaling laws (students {word})") == (
        f"Scaling laws (students {word})"
    )


@pytest.mark.parametrize("word", _rows(vocab.SPEAKER))
def test_speakers(word: str) -> None:
    assert not classify.is_reading(f"Guest {word}: Ada Lovelace", URL)


@pytest.mark.parametrize("word", _rows(vocab.GENERIC_TEXT))
def test_generic_texts(word: str) -> None:
    assert classify.is_generic(f"[{word}]")
    assert classify.title_around("Kipf and Welling, Graph Convolutions.", "") == (
        "Kipf and Welling, Graph Convolutions"
    )


@pytest.mark.parametrize("icon", _rows(vocab.PAPER_ICONS))
def test_an_icon_of_the_work_alone_is_a_copy_of_it(icon: str, tmp_path: Path) -> None:
    page = (
        "| Date | Topic | Readings |\n|---|---|---|\n"
        f"| Jan 5 | Intro | Lipton, The Mythos [{{{{< fa {icon} >}}}}](https://a.org/m) |\n"
        "| Jan 7 | Probing | [Probing Classifiers](https://a.org/p) |\n"
    )
    (tmp_path / "schedule.qmd").write_text(page, encoding="utf-8")
    (lecture, _) = extract_site(tmp_path).lectures
    assert [(r.text, r.title) for r in lecture.readings] == [("", "Lipton, The Mythos")]


@pytest.mark.parametrize("word", _rows(vocab.COPY_WORDS))
@pytest.mark.parametrize("whose", ["", "local ", "author's ", "free PDF ", "library "])
def test_a_copy_named_by_what_or_whose_it_is_is_generic(word: str, whose: str) -> None:
    assert classify.is_generic(f"{whose}{word}")
    assert classify.is_generic(f"[{whose}{word}]")
    # three words before it name something else
    assert not classify.is_generic(f"a study of the {word}")


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


_LMS_FILES = (
    "/courses/9/files/12",
    "/files/12/download",
    "/pluginfile.php/77/mod_resource/content/1/ch1.pdf",
    "/mod/resource/view.php?id=5",
    "/bbcswebdav/pid-1/xid-2",
    "/content/enforced/44-CS101/ch1.pdf",
    "/d2l/le/content/44/viewContent/9/View",
)


def test_every_lms_path_has_a_row() -> None:
    assert len(vocab.LMS_FILE_PATHS) == len(_LMS_FILES)  # one row below per path pattern


@pytest.mark.parametrize("path", _LMS_FILES)
def test_lms_file_paths(path: str) -> None:
    assert classify.is_reading("Noble, ch. 1", f"https://lms.uni.edu{path}")
    assert not classify.is_reading("PDF", f"https://lms.uni.edu{path}")  # names no reading
    assert classify.is_reading(
        "PDF", f"https://lms.uni.edu{path}", "Noble, Algorithms of Oppression"
    )


@pytest.mark.parametrize("folder", _rows(vocab.NOT_READING_DIRS))
def test_material_folders(folder: str) -> None:
    assert not classify.is_reading("A Study", f"https://x.org/{folder}/a.pdf")
    assert classify.is_reading("A Study", f"https://x.org/{folder}s-of-x/a.pdf")


@pytest.mark.parametrize("folder", _rows(vocab.LAB_DIRS))
def test_lab_folders_unless_a_research_groups_tree(folder: str) -> None:
    for path in (f"{folder}/lab3/handout.pdf", f"{folder}/setup.html", f"{folder}2/3/b.pdf"):
        assert not classify.is_reading("A Study", f"https://x.org/{path}"), path
    for path in (f"{folder}/imager/tr/2009/a.pdf", f"{folder}/bib/a.pdf", f"{folder}-of-x/a.pdf"):
        assert classify.is_reading("A Study", f"https://x.org/{path}"), path


@pytest.mark.parametrize("suffix", _rows(vocab.NOT_READING_SUFFIXES))
def test_material_suffix(suffix: str) -> None:
    assert not classify.is_reading("A Study", f"https://x.org/a{suffix}")
    assert not classify.is_reading("A Study", f"https://x.org/a{suffix.upper()}")  # 06-ipw.R
    assert classify.is_reading("A Study", f"https://x.org/a{suffix}/")  # a folder, a page


@pytest.mark.parametrize("suffix", _rows(vocab.CODE_SUFFIXES))
def test_code_suffixes(suffix: str) -> None:
    assert not classify.is_reading("A Study", f"https://x.org/src/a{suffix}")
    assert classify.is_reading("A Study", f"https://x.org/a{suffix}/")  # a folder, a page
    assert classify.names_material(f"crawler{suffix}")  # a code file's name as link text
    assert not classify.names_material(f"crawler{suffix}x")


@pytest.mark.parametrize("phrase", _rows(vocab.NOT_EXAMINED))
def test_not_examined_phrases(phrase: str) -> None:
    said = f"Papers under Deep cuts {phrase} exam."
    assert dict(symbol_legends(said, ["deep cuts"])) == {"deep cuts:": "optional"}
    # not a negation of what the key says
    said = f"Papers under Deep cuts are required and {phrase} exam."
    assert dict(symbol_legends(said, ["deep cuts"])) == {"deep cuts:": "required"}


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
    if not lead.endswith(" by"):  # "Speaker notes": no person; "Talk by X": one
        assert (
            classify.topic_of(f"{lead.capitalize()} notes — Routing")
            == f"{lead.capitalize()} notes — Routing"
        )
        assert classify.topic_of(f"{lead.capitalize()}: Priya Raman — Routing") == "Routing"
    else:
        assert classify.topic_of(f"{lead.capitalize()} Priya Raman — Routing") == "Routing"


@pytest.mark.parametrize("day", _rows(vocab.WEEKDAYS))
def test_weekdays_lead_a_date(day: str) -> None:
    assert classify.date_in(f"{day.capitalize()} 3/4: Intro") == f"{day.capitalize()} 3/4"
    slot = f"- day: {day.capitalize()}\n  title: Office hours\n"  # a weekly slot, no date
    assert read_yaml(slot, "_data/hours.yml", None) == []
    entry = f"- day: {day.capitalize()} 3/4\n  title: Intro\n"
    assert [lec.key for lec in read_yaml(entry, "_data/schedule.yml", None)] == [
        f"{day.capitalize()} 3/4"
    ]


@pytest.mark.parametrize("word", _rows(vocab.DEADLINE))
def test_deadline_titles(word: str) -> None:
    best = [_lecture("a.md", "heading", f"Topic {i}", 2) for i in range(3)]
    other = [_lecture("b.md", "heading", f"The {word} {i}", 1) for i in range(3)]
    assert schedule_lectures(best + other) == best
    heavy = [_lecture("b.md", "heading", f"The {word} {i}", 5) for i in range(3)]
    assert schedule_lectures(best + heavy) == best  # more readings, still not the schedule
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
    [
        *((1, 3, False), (2, 6, False), (2, 5, True), (1, 2, True), (3, 3, True)),
        *((17, 50, True), (16, 50, False), (8, 23, True)),  # 0.34, 0.32, 0.348
    ],
)
def test_schedule_share_edge(with_readings: int, total: int, kept: bool) -> None:
    """A group is a schedule when at least MIN_SCHEDULE_SHARE (0.34) of it has readings."""
    best = [_lecture("a.md", "heading", f"A{i}", 20) for i in range(3)]
    other = [
        _lecture("b.md", "heading", f"B{i}", 1 if i < with_readings else 0) for i in range(total)
    ]
    assert (schedule_lectures(best + other) == best + other) is kept


@pytest.mark.parametrize(
    ("lectures", "repeated_in", "dropped"),
    [
        *((4, 4, True), (4, 3, False), (8, 6, True), (8, 5, False), (3, 3, False)),
        *((27, 21, True), (27, 20, False)),  # 0.78, 0.74
    ],
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


@pytest.mark.parametrize(
    ("copies", "more", "refused"),
    [(999, 0, False), (1000, 0, True), (999, 999, False), (999, 1000, True)],
)
def test_alias_expansion_edge(copies: int, more: int, refused: bool) -> None:
    """A document may stand for 1,000,000 nodes: 1 + copies * (1 + 999) + more here."""
    from readlist.extract.yamldata import AliasBomb, load

    text = "- &a [" + ", ".join(["x"] * 999) + "]\n" + "- *a\n" * (copies - 1) + "- y\n" * more
    if refused:
        with pytest.raises(AliasBomb):
            load(text)
    else:
        assert len(load(text)) == copies + more


@pytest.mark.parametrize(("last", "generated"), [(999, True), (1000, False)])
def test_generated_marker_window_edge(last: int, generated: bool) -> None:
    """readlist's marker counts when it ends within the first 1,000 characters (its last
    character at index *last*)."""
    from readlist.extract.files import generated as marked
    from readlist.model import GENERATED_MARKER

    text = "x" * (last - len(GENERATED_MARKER) + 1) + GENERATED_MARKER + "\n# Jan 5\n"
    assert marked(text) is generated


@pytest.mark.parametrize(
    ("sessions", "rows", "overview"),
    [(2, 4, True), (1, 3, False), (3, 3, True), (26, 51, True), (25, 51, False)],
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


@pytest.mark.parametrize(
    ("block", "label"),
    [
        ("Optional: the history of the name", (True, "optional")),
        ("Required reading — before the quiz", (True, "required")),
        ("(Optional) for the curious", (True, "optional")),
        ("Read this one, optional", (False, None)),
        ("Problem set 1 is due today", (False, None)),
    ],
)
def test_a_block_opened_by_a_marker_labels_what_follows(
    block: str, label: tuple[bool, str | None]
) -> None:
    """A box title such as "Optional: the history of the name" over a list."""
    assert classify.label_requirement(block) == label


@pytest.mark.parametrize(
    ("text", "reading", "generic"),
    [
        (":material-video: Recording", False, False),
        (":material-presentation: Slides", False, False),
        ("🎥 Video", False, False),
        (":fontawesome-solid-file-pdf: PDF", True, True),
        (":books: Attention Is All You Need", True, False),
    ],
)
def test_icons_before_a_link_text(text: str, reading: bool, generic: bool) -> None:
    """MkDocs/GitHub icon shortcodes and emoji before a link text do not hide what it names."""
    assert (classify.is_reading(text, URL), classify.is_generic(text)) == (reading, generic)


@pytest.mark.parametrize(
    ("header", "title", "readings"),
    [
        ("| Date | Presenter | Paper | Discussant |", "A Study", ["A Study"]),
        ("| Date | Speaker | Readings |", "A Study", ["A Study"]),
        ("| Date | Presenter | Topic | Paper |", "Graphs", ["A Study"]),
        ("| Date | Topic | Paper |", "Graphs", ["A Study"]),
    ],
)
def test_the_title_column_of_a_paper_seminar(header: str, title: str, readings: list[str]) -> None:
    """Beside person columns only, the paper names the session: it is the title and
    still the reading; a topic column, when there is one, is the title."""
    cells = {"Date": "Sep 9", "Presenter": "[Ann](https://ann.me)", "Speaker": "Ann"}
    cells |= {"Discussant": "[Bo](https://bo.me)", "Topic": "Graphs"}
    names = [h.strip() for h in header.strip("|").split("|")]
    row = "| " + " | ".join(cells.get(n, f"[A Study]({URL})") for n in names) + " |"
    page = f"{header}\n|{'---|' * len(names)}\n{row}\n"
    (lecture,) = read_markdown(page, "index.md", None)
    assert (lecture.title, [r.text for r in lecture.readings]) == (title, readings)


@pytest.mark.parametrize(
    ("page", "keys"),
    [
        (
            "- **Week 1**\n  - 1/6: A [x](u)\n  - 1/8: B\n- **Week 2**\n  - 1/13: C\n",
            ["1/6", "1/8", "1/13"],
        ),
        ("- Week 1\n  - Lecture 1 (1/6): A\n- Week 2\n  - 1/13: C\n", ["1/6", "1/13"]),
        ("- 1/20: X\n  - [A](u)\n- 1/22: Y\n  - [B](u)\n", ["1/20", "1/22"]),
    ],
)
def test_a_list_of_weeks_over_dated_items(page: str, keys: list[str]) -> None:
    """Undated group items (``**Week 1**``) over nested dated items: the nested items
    are the lectures; a dated list keeps its own items."""
    page = page.replace("(u)", f"({URL})")
    assert [lec.key for lec in read_markdown(page, "README.md", None)] == keys


_GRID_ROW = "| 1 | **Jan 6**: Intro<br>[A](u) | **Jan 8**: RPC |"


@pytest.mark.parametrize(
    ("header", "row", "lectures"),
    [
        (
            "| Week | Monday | Wednesday |",
            _GRID_ROW,
            [("Jan 6", "Intro", ["A"]), ("Jan 8", "RPC", [])],
        ),
        ("| Week | Mon | Wed |", _GRID_ROW, [("Jan 6", "Intro", ["A"]), ("Jan 8", "RPC", [])]),
        ("| Week | Monday | Notes |", _GRID_ROW, []),
        ("| Time | Monday | Tuesday |", "| 2pm | Alice | [Bob](u) |", []),
    ],
)
def test_a_calendar_grid_has_a_session_per_dated_cell(
    header: str, row: str, lectures: list[tuple[str, str, list[str]]]
) -> None:
    """Weekday columns (two at least): each cell that starts with a date is a session."""
    page = f"{header}\n|---|---|---|\n{row}\n".replace("(u)", f"({URL})")
    got = [
        (lec.key, lec.title, [r.text for r in lec.readings])
        for lec in read_markdown(page, "calendar.md", None)
    ]
    assert got == lectures


def _included(params: str) -> list[tuple[str, str, str | None]]:
    page = f"### Tue Aug 19: Intro\n\n{{% include reading.html {params} %}}\n"
    lectures = read_markdown(page, "schedule.md", None)
    return [(r.url, r.text, r.requirement) for lec in lectures for r in lec.readings]


@pytest.mark.parametrize("field", _rows(vocab.LINK_FIELDS))
def test_an_include_with_a_link_field_is_a_reading(field: str) -> None:
    assert _included(f'{field}="{URL}" title="A Study"') == [(URL, "A Study", None)]


@pytest.mark.parametrize("field", _rows(vocab.LINK_TEXT_FIELDS))
def test_an_include_names_its_link_by_a_text_field(field: str) -> None:
    assert _included(f'url="{URL}" {field}="A Study"') == [(URL, "A Study", None)]


_ARXIV = ("hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001")
_DOI = ("10.1145/3338112", "https://doi.org/10.1145/3338112")


@pytest.mark.parametrize(
    ("field", "ident", "url"),
    [(f, *_ARXIV) for f in _rows(vocab.ARXIV_ID_FIELDS)]
    + [(f, *_DOI) for f in _rows(vocab.DOI_FIELDS)],
)
def test_an_identifier_field_links_a_data_reading(field: str, ident: str, url: str) -> None:
    """A reading record with an arXiv id or a DOI in place of a URL links the work."""
    for name, expected in ((field, [("A Study", url)]), (f"{field}x", [])):
        (got,) = _data_lectures(
            f"- date: Jan 5\n  readings: [{{title: A Study, {name}: {ident}}}]\n"
        )
        assert [(r.text, r.url) for r in got.readings] == expected, name


@pytest.mark.parametrize(
    ("flags", "requirement"),
    [
        ("optional=true", "optional"),
        ('required="false"', "optional"),
        ("required=true", "required"),
        ("optional=false", None),
        ('authors="A. Author"', None),
    ],
)
def test_an_includes_flags_mark_its_link(flags: str, requirement: str | None) -> None:
    """``{% include reading.html title=.. url=.. optional=true %}``: flags as in data files."""
    assert _included(f'url="{URL}" title="A Study" {flags}') == [(URL, "A Study", requirement)]


def test_a_dated_include_with_a_link_is_an_entry() -> None:
    page = f'{{% include deadline.html date="Fri Sep 13" title="Proposal due" link="{URL}" %}}\n'
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert (lecture.key, lecture.title, lecture.readings) == ("Fri Sep 13", "Proposal due", ())


@pytest.mark.parametrize(
    ("summary", "lectures"),
    [
        ("<b>Jan 9</b> — Chain of thought", [("Jan 9", "Chain of thought", ["A Study"])]),
        ("Week 2 (Jan 16): Search", [("Jan 16", "Search", ["A Study"])]),
        ("Readings for the curious", []),
    ],
)
def test_a_dated_summary_opens_an_entry(summary: str, lectures: list[object]) -> None:
    """``<details><summary>Jan 9 — Topic</summary>`` folds one entry."""
    page = f"<details>\n<summary>{summary}</summary>\n\n- [A Study]({URL})\n\n</details>\n"
    got = read_markdown(page, "README.md", None)
    assert [(lec.key, lec.title, [r.text for r in lec.readings]) for lec in got] == lectures


@pytest.mark.parametrize("kind", _rows(vocab.MATERIAL_KIND))
def test_a_material_kind_ending_a_link_text(kind: str) -> None:
    assert not classify.is_reading(f"Needfinding ({kind.capitalize()})", URL)
    assert classify.is_reading(f"Needfinding ({kind}s of the world)", URL)
    assert classify.is_reading(f"A {kind} study of needfinding", URL)


@pytest.mark.parametrize(
    ("card", "lectures"),
    [
        (
            '<div><span class="date">Jan 22</span><div>Overview <a href="s.pdf">slides</a>'
            "<ul><li><a href='u'>A Study</a></li></ul></div></div>",
            [("Jan 22", "Overview", ["A Study"])],
        ),
        ("<div><b>Tue 1/28:</b> <span>Robustness</span></div>", [("Tue 1/28", "Robustness", [])]),
        ("<div><span>Jan 22 is the add/drop deadline</span><p>x</p></div>", []),
        ("<div><span>Jan 22</span></div>", []),
    ],
)
def test_a_card_opens_with_its_date(card: str, lectures: list[object]) -> None:
    """A ``<div>`` whose first part is only a date is a session card."""
    html = card.replace("'u'", f"'{URL}'")
    got = read_html(html, "index.html", None, LineIndex(html))
    assert [(lec.key, lec.title, [r.text for r in lec.readings]) for lec in got] == lectures


@pytest.mark.parametrize(
    ("page", "lecture"),
    [
        ("### Lecture 1: Principles\n*Tue, Aug 27*\n\n- [A](u)\n", ("Tue, Aug 27", "Principles")),
        (
            "### Lecture 1: Principles\n\n**Tue, Aug 27**\n\n- [A](u)\n",
            ("Tue, Aug 27", "Principles"),
        ),
        ("## Week 1: Foundations\n\n**Tue 1/7** Intro\n\n- [A](u)\n", ("Tue 1/7", "Intro")),
    ],
)
def test_a_heading_names_the_dated_line_below_it(page: str, lecture: tuple[str, str]) -> None:
    """A heading without readings over a line that is only a date: the date keys the
    entry, the heading names it (a dated line with its own topic keeps it)."""
    (got,) = read_markdown(page.replace("(u)", f"({URL})"), "lectures.md", None)
    assert (got.key, got.title, [r.text for r in got.readings]) == (*lecture, ["A"])


@pytest.mark.parametrize("table", _rows(vocab.FRONT_MATTER_TABLES))
def test_front_matter_tables_hold_the_page_readings(table: str) -> None:
    meta = {"title": "Hoare logic", table: {"readings": [{"title": "A Study", "url": URL}]}}
    found = record_readings(meta, "", "p.md", None)
    assert [(r.url, r.title) for r in found] == [(URL, "A Study")]


@pytest.mark.parametrize("day", _rows(vocab.WEEKDAY_LETTERS))
def test_weekday_letters_after_a_date(day: str) -> None:
    """``9/5 (Tu)``: a short weekday in parentheses belongs to the date; bare, it does not."""
    assert classify.date_in(f"9/5 ({day.capitalize()}) Intro") == f"9/5 ({day.capitalize()})"
    assert classify.date_in(f"9/5 {day.capitalize()} Intro") == "9/5"


@pytest.mark.parametrize("word", _rows(vocab.SESSION_WORDS))
def test_session_words_key_an_undated_entry(word: str) -> None:
    """``Lecture 3: Intro`` (any case, ``Lec. 3``, ``Unit #3``): the number is the key."""
    for written in (f"{word.capitalize()} 3: Intro", f"{word.upper()}. 3", f"{word} #3"):
        match = classify.SESSION_WORD_RE.match(written)
        assert match is not None and match.group(1) == "3", written
    assert classify.SESSION_WORD_RE.match(f"Pre{word} 3") is None


@pytest.mark.parametrize("code", _rows(vocab.SESSION_CODES))
def test_session_codes_label_a_heading(code: str) -> None:
    """``### W1 L2 (Thu 8/29): ISA``: codes before the date are a label, like ``Lecture 3``."""
    page = f"### {code.upper()}2 (Thu 8/29): ISA\n\n- [A]({URL})\n"
    (got,) = read_markdown(page, "lectures.md", None)
    assert (got.key, got.title) == ("Thu 8/29", "ISA")
    assert classify.SESSION_RE.match(f"W1 {code.upper()}2: x") is not None
    assert classify.SESSION_RE.match(f"{code.upper()}3C standards") is None


@pytest.mark.parametrize("suffix", _rows(vocab.DOCUMENT_SUFFIXES))
def test_a_file_name_is_no_title(suffix: str) -> None:
    assert classify.is_generic(f"Stone_ch7.{suffix}")
    assert classify.is_generic(f"Stone ch7 and more.{suffix}")  # an upload's name, spaced
    assert not classify.is_generic(f"See Stone_ch7.{suffix} for the proofs")
    files = "https://canvas.uw.edu/courses/1/files/2"
    assert classify.is_reading(f"Stone_ch7.{suffix}", files)  # an upload's name names it


@pytest.mark.parametrize("lead", _rows(vocab.READ_LEADS))
def test_read_leads_are_cut_from_titles(lead: str) -> None:
    assert classify.title_around(f"{lead.capitalize()}: Kaplan et al., 2020.", "") == (
        "Kaplan et al., 2020"
    )
    # "Intro. Also read [A]": the verb belongs to the link, not to the entry's title
    page = f"- Jan 9: Intro. {lead.capitalize()} [A]({URL})\n- Jan 11: More [B]({URL}2)\n"
    assert [lec.title for lec in read_markdown(page, "s.md", None)][0] == "Intro"


@pytest.mark.parametrize("word", _rows(vocab.PART_WORDS))
def test_part_words_title_by_the_work(word: str) -> None:
    assert classify.names_part(f"{word} 2")
    assert (
        classify.part_title("Salganik, Bit by Bit,", f"{word} 2")
        == f"Salganik, Bit by Bit, {word} 2"
    )
    assert not classify.names_part(f"{word} of the Internet")


@pytest.mark.parametrize("label", _rows(vocab.MATERIALS_LABELS))
def test_a_materials_line_is_material(label: str) -> None:
    page = (
        f"### Sep 5: Intro\n\n*{label.capitalize()}:* [slides](s.pdf) · [data]({URL}/data)\n\n"
        f"- [A Study]({URL})\n"
    )
    (got,) = read_markdown(page, "sessions.md", None)
    assert [r.text for r in got.readings] == ["A Study"]
    alone = f"### Sep 5: Intro\n\n*{label.capitalize()}:* [slides](s.pdf) · [A Study]({URL})\n"
    (got,) = read_markdown(alone, "sessions.md", None)
    assert [r.text for r in got.readings] == ["A Study"]


@pytest.mark.parametrize("field", _rows(vocab.DATE_FIELD_ALIASES))
def test_date_field_aliases(field: str) -> None:
    data = f"- {field}: Sep 3\n  title: Intro\n  readings:\n    - title: A\n      url: {URL}\n"
    assert [(lec.key, lec.title) for lec in read_yaml(data, "_data/s.yml", None)] == [
        ("Sep 3", "Intro")
    ]


@pytest.mark.parametrize("field", _rows(vocab.TITLE_FIELD_ALIASES))
def test_title_field_aliases(field: str) -> None:
    data = f"- date: Sep 3\n  {field}: Intro\n  readings:\n    - title: A\n      url: {URL}\n"
    assert [(lec.key, lec.title) for lec in read_yaml(data, "_data/s.yml", None)] == [
        ("Sep 3", "Intro")
    ]


@pytest.mark.parametrize("lead", _rows(vocab.MARKER_LEADS))
def test_marker_leads(lead: str) -> None:
    assert classify.label_requirement(f"{lead.capitalize()} recommended") == (True, "optional")
    assert classify.prefix_requirement(f"{lead.capitalize()} optional:") == "optional"
    assert classify.label_requirement(f"{lead.capitalize()} the slides") == (False, None)


@pytest.mark.parametrize("sub", _rows(vocab.NOT_READING_SUBDOMAINS))
def test_not_reading_subdomains(sub: str) -> None:
    assert not classify.is_reading("Week 3", f"https://{sub}.illinois.edu/media/t/1_abc")
    assert classify.is_reading("Week 3", f"https://www.illinois.edu/{sub}/paper.pdf")


@pytest.mark.parametrize("name", sorted(ROWS))
def test_an_alternation_matches_each_word_the_longest_first(name: str) -> None:
    """The trie a word list becomes matches each of its words whole, and where one
    word begins another, the longer one (as a flat longest-first list would)."""
    import re

    words = [w for w in getattr(vocab, name) if isinstance(w, str)]
    if name in ("LMS_FILE_PATHS",) or not words:
        return  # regular expressions, not words
    pattern = re.compile(vocab.alternation(words), re.IGNORECASE)
    for word in words:
        assert pattern.fullmatch(word), word
        longest = max((w for w in words if (word + " tail").startswith(w)), key=len)
        found = pattern.match(word + " tail")
        assert found is not None and found.group(0) == longest, word
    assert not pattern.fullmatch("".join(words) + "zzz")


@pytest.mark.parametrize("suffix", _rows(vocab.PAGE_SOURCES))
def test_a_link_to_a_page_source_of_the_site(suffix: str) -> None:
    # (a link text that is a work's; "Syllabus" names the course's page: vocab.COURSE_PAGES)
    assert not classify.is_reading("Time and Clocks", f"pages/clocks{suffix}")
    assert not classify.is_reading("Time and Clocks", f"pages/clocks{suffix.upper()}")
    assert classify.is_reading("Time and Clocks", f"pages/clocks{suffix}.pdf")
    assert classify.is_reading("Time and Clocks", f"https://x.org/clocks{suffix}")  # elsewhere


@pytest.mark.parametrize("part", _rows(vocab.NAMED_PARTS))
def test_a_named_part_of_a_book(part: str) -> None:
    assert classify.names_part(part.capitalize())
    assert not classify.names_part(f"{part.capitalize()} to Algorithms")  # a title
    assert classify.part_title('Noble, "Algorithms of Oppression",', part.capitalize()) == (
        f'Noble, "Algorithms of Oppression", {part.capitalize()}'
    )


@pytest.mark.parametrize("lead", _rows(vocab.NOT_READING_LEADS))
def test_a_lead_that_opens_an_item_of_no_readings(lead: str) -> None:
    assert not classify.is_reading("Justice, Episode 1", URL, f"{lead.capitalize()}: ")
    assert not classify.is_reading("how-to", URL, f"- {lead.capitalize()}: Request your data (")
    assert classify.is_reading("Justice, Episode 1", URL, f"{lead.capitalize()} ")  # no colon
    assert classify.is_reading("Justice, Episode 1", URL, "Read: ")


@pytest.mark.parametrize("name", _rows(vocab.SCHEDULE_PAGES))
def test_a_key_on_another_page_for_the_page_it_names(tmp_path: Path, name: str) -> None:
    stem = name.replace(" ", "-")
    (tmp_path / "syllabus.md").write_text(
        f"# Syllabus\n\nIn the {name}, papers marked ◆ are required; the rest are background.\n"
    )
    (tmp_path / f"{stem}.md").write_text(
        f"# {name}\n\n## Jan 5: Intro\n\n- ◆ [A]({URL})\n- [B]({URL}b)\n"
    )
    (tmp_path / "other.md").write_text(f"# Other\n\n## Jan 7: More\n\n- ◆ [C]({URL}c)\n")
    found = {r.text: r.requirement for lec in extract_site(tmp_path).lectures for r in lec.readings}
    assert found == {"A": "required", "B": None, "C": None}  # not the page it does not name


@pytest.mark.parametrize("name", _rows(vocab.LECTURE_PAGE_NAMES))
def test_a_key_on_another_page_for_the_lecture_pages(tmp_path: Path, name: str) -> None:
    (tmp_path / "overview.md").write_text(
        f"# Syllabus\n\nThe {name} list what to read under **Readings**, which are required.\n"
    )
    (tmp_path / "lectures").mkdir()
    for day in ("14", "16"):
        (tmp_path / "lectures" / f"2025-01-{day} Topic.md").write_text(
            f"---\ndate: 2025-01-{day}\n---\n\n## Readings\n\n- [A{day}]({URL}{day})\n"
        )
    found = {r.text: r.requirement for lec in extract_site(tmp_path).lectures for r in lec.readings}
    assert found == {"A14": "required", "A16": "required"}
    (tmp_path / "overview.md").write_text(  # naming no lecture pages: not theirs
        "# Syllabus\n\nThe notes list what to read under **Readings**, which are required.\n"
    )
    found = {r.text: r.requirement for lec in extract_site(tmp_path).lectures for r in lec.readings}
    assert found == {"A14": None, "A16": None}


@pytest.mark.parametrize("host", _rows(vocab.PROFILE_HOSTS))
def test_a_profile_host_but_not_its_content_subdomains(host: str) -> None:
    assert not classify.is_reading("Jane Doe", f"https://{host}/in/janedoe")
    assert not classify.is_reading("Jane Doe", f"https://www.{host}/in/janedoe")
    assert classify.is_reading("The Log", f"https://engineering.{host}/distributed-systems/log")


def _icon_key(
    required: str, optional: str, slides: str, first: str, second: str
) -> dict[str, str | None]:
    """The requirements of links A and B after the icons *first* and *second* on a page
    whose key line pairs the icons *required*, *optional* and *slides* with words."""
    page = (
        f"<main>\n<p>{required} required reading &middot; {optional} optional &middot; "
        f"{slides} slides</p>\n<table>\n<tr><th>Date</th><th>Topic</th><th>Readings</th></tr>\n"
        f'<tr><td>Sep 8</td><td>Intro</td><td>{first} <a href="{URL}">A</a><br>\n'
        f'{second} <a href="{URL}b">B</a></td></tr>\n</table>\n</main>'
    )
    lectures = read_html(page, "schedule.html", None, lambda _: 1)
    return {r.text: r.requirement for lec in lectures for r in lec.readings}


@pytest.mark.parametrize("prefix", _rows(vocab.ICON_CLASSES))
def test_an_icon_class_names_a_sign(prefix: str) -> None:
    book, plus, film = (f'<i class="{prefix}{name}"></i>' for name in ("book", "plus", "film"))
    assert _icon_key(book, plus, film, book, plus) == {"A": "required", "B": "optional"}
    assert _icon_key(book, plus, film, plus, film) == {"A": "optional", "B": None}


@pytest.mark.parametrize("family", _rows(vocab.ICON_LIGATURE_CLASSES))
def test_an_icon_ligature_names_a_sign(family: str) -> None:
    book, plus, film = (f'<span class="{family}">{n}</span>' for n in ("menu_book", "add", "movie"))
    assert _icon_key(book, plus, film, book, plus) == {"A": "required", "B": "optional"}
    assert _icon_key(book, plus, film, plus, film) == {"A": "optional", "B": None}


@pytest.mark.parametrize("modifier", _rows(vocab.ICON_MODIFIERS))
def test_an_icon_modifier_names_no_icon(modifier: str) -> None:
    keyed = f'<i class="fa fa-{modifier} fa-book"></i>'  # the key's icon styled, the reading's not
    plus, film = '<i class="fa fa-plus"></i>', '<i class="fa fa-film"></i>'
    plain = '<i class="fa fa-book"></i>'
    assert _icon_key(keyed, plus, film, plain, plus) == {"A": "required", "B": "optional"}


@pytest.mark.parametrize("name", _rows(vocab.COURSE_INFO_PAGES))
def test_course_info_pages_key_the_site(tmp_path: Path, name: str) -> None:
    (tmp_path / f"{name.title()}.md").write_text(
        "Unless a paper is marked *optional*, you are expected to have read it.\n"
    )
    (tmp_path / "week-1.md").write_text("### Tue Jan 9 — Intro\n\n- [A](https://x.org/a)\n")
    (tmp_path / "week-2.md").write_text("### Tue Jan 16 — More\n\n- [B](https://x.org/b)\n")
    lectures = extract_site(tmp_path).lectures
    assert [r.requirement for lec in lectures for r in lec.readings] == ["required", "required"]
    (tmp_path / f"{name.title()}.md").rename(tmp_path / f"{name}-notes.md")
    lectures = extract_site(tmp_path).lectures
    assert [r.requirement for lec in lectures for r in lec.readings] == [None, None]


@pytest.mark.parametrize("place", _rows(vocab.CONTAINER_PLACES))
def test_a_container_place_is_never_a_reading(place: str) -> None:
    for text in (place, f"this {place}", f"the shared {place}", f"Our sign-up {place}"):
        assert not classify.is_reading(text, URL)
    assert classify.is_reading(f"The {place} problem", URL)


@pytest.mark.parametrize("term", _rows(vocab.TERMS))
def test_a_term_dates_course_material(term: str) -> None:
    assert classify.names_material(f"Practice midterm ({term.title()} 2023)")
    assert classify.names_material(f"Practice_Midterm_{term.title()}2024_solutions.pdf")
    assert not classify.names_material(f"{term.title()} 2023 retrospective")


@pytest.mark.parametrize("reference", _rows(vocab.LMS_REFERENCES))
def test_a_canvas_exports_course_references_are_no_readings(reference: str) -> None:
    assert not classify.is_reading("A Study of Access", f"{reference.upper()}/pages/a-study")
    assert classify.is_reading("A Study of Access", "$IMS-CC-FILEBASE$/Readings/Study.pdf")


@pytest.mark.parametrize("lead", [*_rows(vocab.READ_LEADS), *_rows(vocab.WORK_LEADS)])
def test_a_run_in_lead_opens_a_reading_beside_labelled_ones(lead: str) -> None:
    page = (
        f"## Tue Feb 3: X\n\n**{lead.title()}:** Levine et al., [A](https://x.org/a) (2016).\n\n"
        "**Optional**\n\n[B](https://x.org/b), CoRL 2020.\n"
    )
    (lecture,) = read_markdown(page, "s.md", None)
    assert [r.url for r in lecture.readings] == ["https://x.org/a", "https://x.org/b"]


@pytest.mark.parametrize("word", _rows(vocab.CITATION_ABBREVIATIONS))
def test_a_citations_abbreviation_keeps_its_period(word: str) -> None:
    assert classify.title_around(f"Smith, A Reader, {word}. ", "") == f"Smith, A Reader, {word}."
    assert classify.title_around(f"Smith, A Reader, {word}x. ", "") == f"Smith, A Reader, {word}x"


@pytest.mark.parametrize("colour", _rows(vocab.BOX_COLOURS))
def test_a_key_names_boxes_by_colour(colour: str) -> None:
    from readlist.extract.reader import box_colour_legends

    assert box_colour_legends(f"Papers in the {colour} boxes are required.") == {colour: "required"}
    assert box_colour_legends(f"Papers in the {colour}ish boxes are required.") == {}
    kinds = [kind for kind, colours in vocab.BOX_KIND_COLOURS.items() if colour in colours]
    assert kinds  # a colour some kind of box is drawn in


@pytest.mark.parametrize("path", _rows(vocab.LMS_ACTIVITY_PATHS))
def test_moodle_activities_are_no_readings(path: str) -> None:
    assert not classify.is_reading("A Study of Trust", f"https://vle.example.ac.uk{path}view.php")
    # the same place with another word: a file, a reading
    other = f"{path[:-1]}s.pdf" if path.endswith("/") else path.replace("=", "=coursefile&x=")
    assert classify.is_reading("A Study of Trust", f"https://vle.example.ac.uk{other}")


@pytest.mark.parametrize("folder", _rows(vocab.PROFILE_DIRS))
def test_an_authors_own_folders_are_not_the_schedule(tmp_path: Path, folder: str) -> None:
    (tmp_path / "schedule.md").write_text(
        "| Date | Topic | Readings |\n|---|---|---|\n| Jan 9 | A | [R](https://x.org/r) |\n"
    )
    (tmp_path / folder).mkdir()
    for day in ("2020-12-06", "2022-07-17"):
        (tmp_path / folder / f"{day}-x.md").write_text(
            f"---\ndate: {day}\n---\n\n[Paper](https://x.org/{day})\n"
        )
    assert {lec.file for lec in extract_site(tmp_path).lectures} == {"schedule.md"}


@pytest.mark.parametrize("byline", _rows(vocab.NOTES_BYLINES))
def test_a_page_naming_its_scribes_is_notes(tmp_path: Path, byline: str) -> None:
    (tmp_path / "schedule.md").write_text(
        "| Date | Topic | Readings |\n|---|---|---|\n| Jan 21 | A | [R](https://x.org/r) |\n"
    )
    (tmp_path / "lectures").mkdir()
    (tmp_path / "lectures" / "02.md").write_text(
        f"# Lecture 2: Stack smashing\n\n*{byline.title()}: Priya Raman · Thu Jan 23*\n\n"
        "- [Smashing the Stack](https://x.org/s)\n"
    )
    assert {lec.file for lec in extract_site(tmp_path).lectures} == {"schedule.md"}


@pytest.mark.parametrize("when", _rows(vocab.MARKER_TIMES))
def test_a_marker_may_say_when_it_holds(when: str) -> None:
    """``(optional this year)`` after a citation's own bracket marks its reading."""
    page = (
        "| Date | Topic | Required reading |\n|---|---|---|\n"
        f"| Jan 3 | X | [A]({URL}) (Abadi et al., 2013) (optional {when}) |\n"
    )
    (lecture,) = read_markdown(page, "s.md", None)
    assert [r.requirement for r in lecture.readings] == ["optional"]


@pytest.mark.parametrize("end", _rows(vocab.HOST_NAME_ENDS))
def test_a_host_name_as_link_text_names_no_work(end: str) -> None:
    assert classify.is_generic(f"usenix.{end}")
    assert classify.is_generic(f"www.cs.example.{end}")
    assert not classify.is_generic(f"Node.{end}js")


@pytest.mark.parametrize("function", _rows(vocab.KNITTED_TABLES))
def test_an_r_chunk_printing_a_tribble_is_its_table(function: str) -> None:
    chunk = (
        "```{r}\nschedule <- tribble(\n  ~Date, ~Topic, ~Readings,\n"
        '  "Jan 5", "Intro", "[A](https://x.org/a)",\n'
        '  "Jan 7", "Search", NA\n)\n'
        f"{function}(schedule)\n```\n"
    )
    got = [
        (lec.key, lec.title, [r.text for r in lec.readings])
        for lec in read_markdown(commonmark(chunk, ".rmd"), "s.Rmd", None)
    ]
    assert got == [("Jan 5", "Intro", ["A"]), ("Jan 7", "Search", [])]
    # printed by no table function: code, not a table
    plain = chunk.replace(f"{function}(schedule)", "schedule |> nrow()")
    assert read_markdown(commonmark(plain, ".rmd"), "s.Rmd", None) == []


@pytest.mark.parametrize(
    ("phrase", "meaning"),
    [(p, "required") for p in _rows(vocab.SHOULD_BE_READ)]
    + [(p, "optional") for p in _rows(vocab.KEY_OPTIONAL_PHRASES)],
)
def test_a_key_phrase_says_what_the_unmarked_readings_are(phrase: str, meaning: str) -> None:
    key = f"Readings marked with * are optional; everything else in the Readings column {phrase}."
    if meaning == "optional":
        key = key.replace("are optional", "are required")
    assert legend_others(key, symbol_legends(key)) == meaning


@pytest.mark.parametrize("place", _rows(vocab.KEY_PLACES))
def test_a_key_may_say_where_its_readings_are(place: str) -> None:
    page = (
        f"Readings on the {place} are required unless they are marked (optional).\n\n"
        f"## Jan 14: Intro\n\n- [A]({URL})\n- [B](https://b.org/b) (optional)\n"
    )
    (lecture,) = read_markdown(page, "schedule.md", None)
    assert [r.requirement for r in lecture.readings] == ["required", "optional"]


@pytest.mark.parametrize("page", _rows(vocab.COURSE_PAGES))
def test_a_link_naming_a_page_of_the_course_is_no_reading(page: str) -> None:
    assert not classify.is_reading(page, "/pages/x.html")
    assert not classify.is_reading(f"the {page}", "https://course.example.edu/x/")
    assert classify.is_reading(f"A {page.title()} for Learned Systems", URL)
