"""What a link is, and what the words around it say.

Pure functions over strings, shared by every extractor:

* :func:`date_in` finds a lecture key (a date) in a line of text;
* :func:`is_reading` tells a reading from slides, recordings, forms, ...;
* :func:`marker_in_text` / :func:`label_requirement` read required/optional
  cues; :func:`strip_markers` gives the title without them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable
from urllib.parse import urljoin, urlsplit

from readlist import lazyre, urls
from readlist.extract import icons, identifiers, vocab
from readlist.extract.vocab import alternation
from readlist.model import Requirement

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
MONTH_WORD = _MONTH
"""A month's name or abbreviation (``Jan``, ``Sept.``), case-insensitive patterns only."""
WEEKDAY = alternation(vocab.WEEKDAYS)
_DAY = rf"{WEEKDAY}[a-z]*\.?,?"
_WEEKDAY_NAME = rf"{WEEKDAY}(?:day|nesday|sday|urday|rsday)?\.?"
# the date's weekday after it: "Sep 5 (Thu)", "9/5 (Tu)", Org's "<2024-09-30 Mon>"
_DAY_AFTER = (
    rf"(?:\s*\(\s*(?:{_WEEKDAY_NAME}|{alternation(vocab.WEEKDAY_LETTERS)})\s*\)"
    rf"|\s+{_WEEKDAY_NAME}(?![\w\-]))?"
)
_ORDINAL = r"(?:(?:st|nd|rd|th)(?![a-z]))?"
DATE_RE = lazyre.compile(
    # a weekday may open it, or hold it in brackets: "Tuesday (Jan 14)"
    rf"(?:\b{_DAY}\s+(?P<wkparen>\((?=[^()\n]{{3,24}}\)))?)?(?:"
    # Mar 11, March 11th 2024 (an ordinal flush against a word is none: "Jan 27Threads")
    rf"\b{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?:,?\s+\d{{4}})?(?!\d|:\d)"
    rf"|\b\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"  # 11 Mar, 3rd of March
    rf"|\b\d{{1,2}}-{_MONTH}(?:-\d{{2,4}})?(?![\w-])"  # 3-Feb, 03-Feb-2025 (spreadsheets)
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2026-01-06
    r"|\b\d{4}[/.]\d{1,2}[/.]\d{1,2}\b(?![/.]\d)"  # 2026/01/06, 2026.01.06
    # day.month. (European): 03.02.2025, 24.02., Mon 3.2.; never "3.2.1" or "Read 2.1."
    r"|(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}(?!\d)"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b"  # 06.01.2026
    r"|(?<![\d.])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?![\d.])"
    rf"|\b{_DAY}\s+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?![\d.])"
    r"|(?<![\d/.])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])"  # 1/24/22, 03/07
    rf")(?(wkparen)\)|{_DAY_AFTER})",
    re.IGNORECASE,
)
_DIGIT = lazyre.compile(r"\d")
_RANGE_DASH = r"(?:[-–—]|&(?:ndash|mdash|#821[12]|#x201[34]);)"
"""A dash between two days, typed or written as an entity (``&ndash;``, ``&#8211;``)."""
_RANGE_END = lazyre.compile(
    rf"\s*(?:{_RANGE_DASH}|to\b|until\b)\s*(?:{_MONTH}\s*)?\d(?!\d?(?::\d|\s*[ap]\.?m\b))", re.I
)
"""The end of a range of days after a date (``–31``, `` to Feb 2``); not a time of day
after it (``Jan 15 — 2:00–3:15pm``, ``Jan 15 - 2pm``)."""
DATE_LABEL = lazyre.compile(rf"^\W*{alternation(vocab.KEY_HEADERS)}\s*:\W*$", re.IGNORECASE)
"""``**Date:**`` before a date on a line of its own: the line is the date."""
ENTRY_PREFIX = lazyre.compile(rf"^\W*{alternation(vocab.ENTRY_PREFIXES)}\b\W*", re.IGNORECASE)
"""``Week of``, ``Due``: words a dated heading may open with."""
_SESSION_WORD = rf"{alternation(vocab.SESSION_WORDS)}\.?\s*#?\s*"
_SESSION_CODE = alternation(vocab.SESSION_CODES)
SESSION_WORD_RE = lazyre.compile(rf"^\s*{_SESSION_WORD}(\d{{1,5}})\b", re.IGNORECASE)
"""``Lecture 3``, ``Week 2`` spelled out: a heading's key when it holds no date."""
_SESSION_LABEL = rf"(?:{_SESSION_WORD}|{_SESSION_CODE}\.?\s?)"
_MEETING = rf"(?:{_SESSION_LABEL}|{alternation(vocab.MEETING_WORDS)}\.?\s*#?\s*)"
SESSION_RE = lazyre.compile(
    # "Lecture 3", "Week 2", and codes "W1 L2", "L3" (week 1, lecture 2): the last number counts
    rf"^\s*(?:{_SESSION_LABEL}\d{{1,5}}\b\s*[,/·]?\s*)*{_SESSION_LABEL}(\d{{1,5}})\b",
    re.IGNORECASE,
)
MEETING_RE = lazyre.compile(
    rf"^\s*(?:{_MEETING}\d{{1,5}}\b\s*[,/·]?\s*)*{_MEETING}(\d{{1,5}})\b", re.IGNORECASE
)
"""A label before an entry's date: a session's (:data:`SESSION_RE`) or another
meeting's, ``Sec 2``, ``Recitation 4`` (never an entry's key, nor a link text's part)."""

_REQ_WORDS = alternation(vocab.REQUIRED)
_OPT_WORDS = alternation(vocab.OPTIONAL)
# with the short forms, read in brackets or before a delimiter: "(opt.)", "Rec.:"
_REQ_MARK = rf"(?:{_REQ_WORDS}|{alternation(vocab.REQUIRED_ABBREVIATIONS)}(?![\w'.]))"
_OPT_MARK = rf"(?:{_OPT_WORDS}|{alternation(vocab.OPTIONAL_ABBREVIATIONS)}(?![\w'.]))"


# "(Optional, background)": a marker with a short qualifier after it
def _qualifier(most: int) -> str:
    """A remark after a marker of at most *most* + 1 characters, or a condition."""
    remark = r"[\w .,'’\"“”‘–§/-]"  # "/": a date, "(optional, see 2/12)"
    return (
        rf"(?:\s*(?:[,;/:—–]|\s-)\s*[A-Za-z0-9\"“‘§]{remark}{{0,{most}}}?"
        rf"|\s+(?:for|if|unless|when|except|{alternation(vocab.MARKER_TIMES)})\b{remark}{{0,40}}?)?"
    )


_QUALIFIER = _qualifier(40)
"""A remark after a marker in brackets: ``(optional; sections 1–3)``, ``(optional, 1966
memo, 6 pages)``, ``(optional — the
original paper)``, ``(optional — the "overview first" mantra)``, and a condition or the
students it is for: ``(optional if you have taken CS 355)``, ``(required for 4xx
students only)``."""
# A marker inside link text: "(optional)", "[Required]", trailing "- optional".
_INLINE_MARKER = lazyre.compile(
    # after whom it is for: "(545: required)", "[grad students: optional]"; or after a
    # short remark: "(blog post, optional)", "(video; required)"
    rf"\s*[(\[]\s*(?:(?!{_REQ_MARK}|{_OPT_MARK})[\w .'/-]{{1,20}}[:,;]\s*"
    # or after the work's citation and a semicolon: "(Udupa et al., PLDI 2013; optional)"
    rf"|(?!{_REQ_MARK}|{_OPT_MARK})[\w .,'’/&-]{{1,60}};\s*)?"
    # "(also required: we compare the two)", "(required too: …)"
    rf"(?:also\s+)?(?P<word>{_REQ_MARK}|{_OPT_MARK})"
    rf"(?:\s+read(?:ing)?s?)?(?:\s+(?:too|also|as\s+well))?{_qualifier(80)}\s*[)\]]\s*",
    re.IGNORECASE,
)
"""A marker after a link in brackets of its own; after the marker, a remark of up to 81
characters: ``(optional, a critical look at how pruning papers are evaluated)``."""
# A prefix before a link: "(Optional)", "Optional:", "**Required**:".
_PREFIX_MARKER = lazyre.compile(
    rf"^[^\w(\[]*[(\[]?\s*(?P<word>{_REQ_MARK}|{_OPT_MARK})(?:\s+read(?:ing)?s?)?{_QUALIFIER}"
    r"\s*[)\]]?\s*"
    r"[:\-–—]?\s*$",
    re.IGNORECASE,
)
# A label that opens a list of readings: "Reading:", "Optional readings", "Further reading".
_LABEL = lazyre.compile(
    rf"^[\s\-*•·#]*(?:(?P<word>{_REQ_WORDS}|{_OPT_WORDS}|{_REQ_WORDS}\s+and\s+{_OPT_WORDS})"
    rf"(?:\s+{_OPT_WORDS})?\s+)?"  # "Optional further reading"
    rf"{alternation(vocab.READING_NOUNS)}"
    r"(?:\s*(?P<note>\([^)]*\)))?\s*[:\-–—]?\s*(?:n/?a|none|tbd|tba)?\s*$",
    re.IGNORECASE,
)
# "Readings (all optional this week; focus on P1):": the bracket says what they are
_LABEL_NOTE = lazyre.compile(
    rf"^\(\s*(?:all\s+|both\s+)?(?P<word>{_REQ_WORDS}|{_OPT_WORDS})\b", re.IGNORECASE
)
# "No required reading. Optionally skim [..]": the clause right before the link
# the clause right before a link, opened by a marker: "... • Optional: [..]",
# "Required: Sections 2.1-2.7 of [..]", "No required reading. Optionally skim [..]",
# "📖 Required: [A] ➕ Optional: [B]", "Reading: [A], Optional: [B]"; the last such opening wins
_CLAUSE_START = lazyre.compile(
    rf"(?:^|[.;!?](?:\s|$)|,\s|[•·|(\[]|\s[-–—]\s|[^\w\s.,;:'\"()\[\]\-])[^\w(\[]*"
    # "Two papers, both required: [A](..) and [B](..)"
    r"(?:(?:both|all|each)\s+(?:(?:are|is)\s+)?)?"
    rf"(?P<word>{_OPT_WORDS}|{_REQ_WORDS})\b[*_]*{_QUALIFIER}\s*[)\]]?",
    re.IGNORECASE,
)
# ... up to the link: no sentence end, no bracket but a short one of a citation's
# ("ACM Computing Surveys 38(2), 2006", "(2006)")
_CLAUSE_TAIL = lazyre.compile(
    # an author list's "et al." and initials ("J. Smith") end no sentence
    r"\s*:?(?:et\s+al\.|(?<![A-Za-z])[A-Z]\.|(?![.;!?](?:\s|$))"
    r"(?:[^\[\]()\n•·|]|\([^()\[\]\n]{1,12}\))){0,160}"
)
_LABEL_TAIL = lazyre.compile(
    # a label's colon: "[A](u); Optional: [B](v); [C](w)": a list's semicolons end no
    # clause of a label, which runs to the next label
    r"[*_]*\s*:[*_]*(?:et\s+al\.|(?<![A-Za-z])[A-Z]\.|(?![.!?](?:\s|$))"
    r"(?:[^\[\]()\n•·|]|\([^()\[\]\n]{1,12}\))){0,160}"
)
_TRAILING_MARKER = lazyre.compile(
    rf"[(\[]\s*(?:also\s+)?(?P<word>{_OPT_MARK}|{_REQ_MARK})(?:\s+(?:too|also|as\s+well))?"
    rf"{_qualifier(60)}\s*[)\]]\s*[.,;]?\s*$",
    re.IGNORECASE,
)
"""A marker ending a link's short clause in brackets of its own, maybe with a remark
or a condition: ``[A](u), ch. 5-6 (optional)``, ``, Nature 393. (required for SOC 558
students)``, said "too" or "also": ``(PLDI 1991) (required too: we compare the two)``."""
# the end of an item of one link, set off by a dash or a comma: "[A](u) (Mahoney) — optional"
_CLOSING_WORD = lazyre.compile(
    rf"(?:\s[-–—]|,)\s*(?P<word>{_OPT_WORDS}|{_REQ_WORDS})\s*(?:\([^()]{{0,60}}\))?\s*\.?\s*$",
    re.IGNORECASE,
)
# a bare marker right after a link: "[A](u) optional", "<a>A</a> <span>optional</span>"
_BARE_SUFFIX = lazyre.compile(
    rf"^\s*[-–—:,]?\s*(?P<word>{_OPT_WORDS}|{_REQ_WORDS})\s*(?:[,.;•·|]|[-–—](?:\s|$)|$)",
    re.IGNORECASE,
)
# a note that gives every reading of its row or section one requirement
_FEW = r"(?:two|three|four|2|3|4)"
_ALL_READINGS = lazyre.compile(
    # "All readings this week are optional", "All readings for this module are optional",
    # "Both papers are required this time"
    rf"\b(?:all|both)\s+(?:(?:of\s+)?the\s+)?(?:{_FEW}\s+)?(?:readings?|papers?|articles?)\s+"
    r"(?:(?:(?:for|in)\s+)?(?:this|today['’]?s?)(?:\s+[a-z]+)?\s+)?"
    rf"(?:are|is)\s+(?:(?:all|both)\s+)?(?:(?P<opt>{_OPT_WORDS})|(?P<req>{_REQ_WORDS}))\b"
    # "Two papers this week, both required.", "Three readings: all optional"
    rf"|\b{_FEW}\s+(?:readings|papers|articles)(?:\s+this\s+[a-z]+)?\s*[,;:—–-]\s*"
    rf"(?:both|all(?:\s+{_FEW})?|each)\s+(?:(?:are|is)\s+)?"
    rf"(?:(?P<opt_of_few>{_OPT_WORDS})|(?P<req_of_few>{_REQ_WORDS}))\b"
    # "No required reading", "Readings: none required this week"
    r"|\bno\s+required\s+readings?\b|\b(?:nothing|none)\s+(?:is\s+|are\s+)?required\b",
    re.I,
)

_ICONS = r"(?:[^\w:]|:[a-z0-9_+-]+:)*"  # ":material-video: Recording", "🎥 Video"
_QUALIFIED_MATERIAL = (
    rf"(?:{alternation(vocab.MATERIAL_QUALIFIER)}|(?:19|20)\d\d)\s+"
    r"(?:code|notebooks?|exams?|midterms?|finals?|prelims?|quiz(?:zes)?)"
)
"""Code or an exam with its qualifier or year: ``starter code``, ``practice exam``,
``2024 midterm``."""
_NOT_READING_TEXT = lazyre.compile(  # each form after icons: ":material-video: Recording"
    # after a prefix or a numbered piece of coursework: "Essay 1 assignment sheet"
    rf"^{_ICONS}(?:(?:(?:{alternation(vocab.MATERIAL_PREFIX)}|[A-Za-z]+\s+\d{{1,2}})\s+)?"
    rf"(?:{alternation(vocab.MATERIAL_TEXT)}\s*\d*"
    rf"|{_QUALIFIED_MATERIAL})"
    rf"(?:\s+{alternation(vocab.MATERIAL_SUFFIX)})?"
    # and its format: "Lecture notes (PDF)"
    rf"(?:\s*[(\[](?:{alternation(vocab.DOCUMENT_SUFFIXES)}|html)[)\]])?"
    rf"[\s)\]:]*$|.*\(\s*{alternation(vocab.MATERIAL_KIND)}\s*\)\s*$"  # "X (video)"
    # "Video: monads in 15 minutes", "Talk video: extracting training data" (one word
    # before the kind, no function word: "Agents for Code: A Survey" is a title)
    rf"|(?:(?!{alternation(vocab.FUNCTION_WORDS)}\b)[\w'’-]+\s+)?"
    rf"{alternation(vocab.MATERIAL_KIND)}\s*:\s"
    # "RRT demo", "interview demo video", "Chi Feng's MCMC demo": a short text that ends
    # with the material
    rf"|(?:[\w'’.-]+\s+){{1,3}}{alternation(vocab.MATERIAL_TAIL)}(?:\s*\([^()]{{1,40}}\))?\s*$"
    # "Yannic Kilcher's video walkthrough": two material words end it, at any length
    rf"|.*\b{alternation(vocab.MATERIAL_TAIL)}\s+{alternation(vocab.MATERIAL_TAIL)}\s*$"
    # "RT-2 project page and videos": two kinds of material, joined, end a short text
    rf"|(?:[\w'’.-]+\s+){{0,2}}{alternation(vocab.MATERIAL_TEXT)}s?\s+(?:and|&|\+)\s+"
    rf"{alternation(vocab.MATERIAL_TEXT)}s?\s*$"
    # "a recording of the OSDI talk", "Slides of the keynote", "slides from the OSDI
    # talk" (not "Code of Ethics"),
    # "Code for the attacks demo", "Notebook for this lecture"
    r"|(?:an?\s+|the\s+)?(?:(?:video|recording|slides|audio)s?\s+(?:of|from)"
    rf"|(?:{alternation(vocab.MATERIAL_KIND)}|notebook)s?\s+for)\s+(?:the|a|an|this|our)\s"
    # "the sign-up sheet", "this feedback form" (not "the survey": a paper)
    rf"|(?:the|this|our|a)\s+{alternation(vocab.MATERIAL_TEXT)}\s+{alternation(vocab.MATERIAL_SUFFIX)}\s*$"
    # "CMU 15-721 lecture video on query compilation": a class's recording, of its topic
    r"|(?:[\w'’.-]+\s+){0,3}(?:guest\s+)?(?:lecture|class)\s+(?:videos?|recordings?)\s+(?:on|about)\s)",
    re.IGNORECASE,
)
# "Assignment 1 out: [html](..)", "Presenters: [A](..), [B](..)", "Homework 1 due on
# [CMS](..)": the item's clause names course business, not a reading (a comma ends the
# clause: "[slides](..), [GloVe: Global Vectors](..)" is a list, not "Slides ...:")
_EVENT = rf"\s+{alternation(vocab.BUSINESS_EVENTS)}(?:\s+\w+)?\s*:?\s*$"  # "PA1 out:"
_MATERIAL_CLAUSE = lazyre.compile(
    # with a remark in brackets too: "Scribe notes (Ana Ruiz, Tom Becker): [pdf]"
    rf"(?:^|[.;!?·•|]\s)\s*(?:{alternation(vocab.BUSINESS)}\b(?:(?:[^.,;:!?(]|\([^()]{{0,40}}\))"
    r"{0,30}:|\s*#?\d*\s*$"
    rf"|\s*#?\d*{_EVENT})"
    # "P1 out [P1: Needfinding](..)", "PS3 due": a project's or set's code, then the event
    rf"|(?-i:[A-Z]{{1,4}})\s?\d{{1,2}}{_EVENT})",
    re.IGNORECASE,
)
# "Sign up for a slot [here](..)", "Submit your review on [this form](..)": the clause
# right before the link tells students to act there
_ACTION_CLAUSE = lazyre.compile(
    # at a sentence's start, or after "and"/"then" or a colon: "Bring a laptop and install";
    # "Also try the [Neuronpedia](..) feature browser"
    # "Before class, play with the [Raft visualization](..)": after a comma too
    rf"(?:^|[.;:!?,]\s|\s(?:and|then)\s)\s*(?:please\s+|also\s+)?"
    # "In class we will try a task on [Prolific](..)": who acts, said before the verb
    r"(?:(?:[\w,]+\s+){0,3}?(?:we|you)(?:\s+will|['’]ll)\s+)?"
    rf"{alternation(vocab.ACTION_LEADS)}\b"
    # not "Try to read [A](..)"; the clause may end in a colon ("Play with the
    # interactive Raft visualization before class: https://…")
    r"(?!\s+(?:to\s+)?read)[^.;:!?]{0,60}(?::\s*)?$",
    re.IGNORECASE,
)
# "Project pitches (in class). Sign up for a slot": a title's last sentence that says
# what to do, not what the session is
_ACTION_SENTENCE = lazyre.compile(
    rf"(?<=[.!?])\s+{alternation(vocab.ACTION_LEADS)}\b[^.!?]*[.!?]?\s*$", re.IGNORECASE
)
_ACTION_TEXT = lazyre.compile(
    rf"^\W*(?:please\s+)?{alternation(vocab.ACTION_LEADS)}"
    r"(?:\s+(?:your|the|a|an|here|for|to|now|by|on|it|them)\b|\W*$)",
    re.IGNORECASE,
)
"""A link text that tells students to act there ("Upload your slide", "Sign up here",
"Submit"): where to do it, not a reading (not "Register Allocation via Coloring")."""
_NO_READINGS = lazyre.compile(
    r"(?:^|[.;!?]\s)\s*no\s+(?:assigned\s+|new\s+)?readings?\b"
    # "No reading response this week": no response to write, not no reading
    r"(?!\s+(?:required|due|responses?|reflections?|quiz(?:zes)?|summar(?:y|ies)|reports?)\b)",
    re.I,
)
_NO_READINGS_NOTE = lazyre.compile(
    r"(?<=[\w)\]])\s*[.;]\s+no\s+(?:assigned\s+|new\s+)?readings?"
    r"(?:\s+(?:this\s+week|today))?\s*\.?\s*$",
    re.I,
)


def without_readings_note(title: str) -> str:
    """*title* without a note ending it that says there is no reading ("Midterm review.
    No new reading."): a note on the entry, no words of its topic."""
    return _NO_READINGS_NOTE.sub("", title)


# "Homework 1 out", "Lab 2 handout", "Project 0: SQL warm-up": course business
_BUSINESS_TEXT = lazyre.compile(
    rf"^\s*{alternation(vocab.NUMBERED_BUSINESS)}\s*#?\s*\d+\b", re.IGNORECASE
)
_SPEAKER_LEAD = lazyre.compile(rf"\b{alternation(vocab.SPEAKER_LEADS)}\b", re.I)
_PERSON_TEXT = lazyre.compile(
    rf"^\W*(?i:{alternation(vocab.HONORIFICS)})(?!\w)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}}\s*$"
)
"""A person's name with its honorific (``Dr. Lena Park``, ``Prof. Ana Costa``)."""
_SPEAKER_TEXT = lazyre.compile(rf"^\s*(?:guest\s+)?{alternation(vocab.SPEAKER)}s?\b", re.I)
_ON_A_DOMAIN = r"\.[\w-]+\.[\w.-]+$"
"""A subdomain's rest: a site's own domain (``canvas.<university>.edu``), not a top-level
domain (``d2l.ai`` is Dive into Deep Learning, not a D2L LMS)."""
_NOT_READING_HOST = lazyre.compile(
    # a host and its subdomains; a profile host only itself ("engineering.linkedin.com"
    # is a blog)
    rf"(?:^|\.){alternation(vocab.NOT_READING_HOSTS)}$"
    rf"|^(?:www\.)?{alternation(vocab.PROFILE_HOSTS)}$"
    rf"|^{alternation(vocab.NOT_READING_SUBDOMAINS)}{_ON_A_DOMAIN}",
    re.IGNORECASE,
)
# a course LMS: its file links are readings (when their text names one); its
# discussion boards, quizzes, assignments and announcements are not
_LMS_HOST = lazyre.compile(
    rf"(?:^|\.){alternation(vocab.LMS_HOSTS)}$|^{alternation(vocab.LMS_SUBDOMAINS)}{_ON_A_DOMAIN}",
    re.IGNORECASE,
)
_LMS_COURSE_PATH = lazyre.compile(r"/courses/\d+/")
_LMS_FILE = lazyre.compile("|".join(vocab.LMS_FILE_PATHS), re.IGNORECASE)
_NOT_READING_PATH = lazyre.compile(
    rf"(?:^|/){alternation(vocab.NOT_READING_DIRS)}\d*/"
    rf"|(?:^|/){alternation(vocab.LAB_DIRS)}\d*/(?![a-z][a-z_-]*/)"
    rf"|{alternation(vocab.NOT_READING_SUFFIXES + vocab.CODE_SUFFIXES)}$"
    rf"|{alternation(vocab.NOT_READING_PATHS)}"
    rf"|{alternation(vocab.LMS_ACTIVITY_PATHS)}",
    re.IGNORECASE,
)
_CONTEXT_NOT_READING = lazyre.compile(
    rf"(?:\b{alternation(vocab.CONTEXT_NOT_READING)}\b|{alternation(vocab.MATERIAL_EMOJI)}\ufe0f?)"
    # "Code for today:", "Slides from class:": the material of the session, labelled
    r"(?:\s+(?:for|from)\s+(?:today|class|(?:this|the|today's)\s+(?:lecture|class|session|week))\s*:)?"
    r"\s*:?\s*[\[(]?\s*$",
    re.IGNORECASE,
)
# "Upload slides to [this folder](..)", "recordings are in [here](..)": where material goes
_MATERIAL_PLACE = lazyre.compile(
    # "Slides: upload to [this folder]", "Presentation slides go in the [shared folder]"
    rf"\b{alternation(vocab.CONTEXT_NOT_READING)}\s+(?:(?:go|goes|belong|belongs|live|lives|is|are)\s+)?"
    r"(?:to|in|into|on|at|from|under)(?:\s+(?:the|this|that|our))?\s*$",
    re.IGNORECASE,
)
_PLACE = r"(?:(?:this|that|the|our)\s+)?"
"""What may open a place's name in a link text: ``this``, ``the``."""
_PLACE_TEXT = lazyre.compile(
    rf"^\s*(?:here|{_PLACE}(?:[a-z]+\s+)?{alternation(vocab.PLACE_NOUNS)})\s*$", re.IGNORECASE
)
_CONTAINER_TEXT = lazyre.compile(
    rf"^\s*{_PLACE}(?:[a-z-]+\s+)?{alternation(vocab.CONTAINER_PLACES)}\s*$", re.IGNORECASE
)
_WORD = lazyre.compile(r"\w")


def collapse(text: str) -> str:
    """Whitespace runs to one space, trimmed."""
    return " ".join(text.split())  # the white space of \s: str.isspace()


# separators written as entities (titles keep entities as written): "&ndash; Intro"
_DASH_ENTITY = r"&(?:ndash|mdash|#821[12]|#x201[34]);"
"""A dash written as an entity, named, decimal or hex (Org writes ``&#x2014;``)."""
_SEPARATOR_ENTITY = rf"(?:{_DASH_ENTITY}|&(?:middot|bull|nbsp|#183|#8226|#160|#xb7|#x2022|#xa0);)"
_EDGE_ENTITY = lazyre.compile(
    rf"^(?:\s*{_SEPARATOR_ENTITY})+\s*|\s*(?:{_SEPARATOR_ENTITY}\s*)+$", re.IGNORECASE
)


_EMPTY_BRACKETS = lazyre.compile(r"(?<![\w.])(?:\(\s*\)|\[\s*\])")
"""Brackets left empty once their links are gone (``Intro ([slides](u))``); a pair
glued to a name (``LLM.int8()``, ``fork()``) is part of it."""


_SPACE_ENTITY = lazyre.compile(
    r"^(?:\s|&(?:nbsp|ensp|emsp|thinsp|#160|#xa0);)+|(?:\s|&(?:nbsp|ensp|emsp|thinsp|#160|#xa0);)+$",
    re.IGNORECASE,
)


def without_padding(text: str) -> str:
    """*text* without the white space written as entities around it (``&nbsp;9/3&nbsp;``)."""
    return _SPACE_ENTITY.sub("", text) if "&" in text else text.strip()


def without_empty_brackets(text: str) -> str:
    """*text* without the brackets its removed links left empty (:data:`_EMPTY_BRACKETS`)."""
    return _EMPTY_BRACKETS.sub(" ", text) if "(" in text or "[" in text else text


def trim_title(text: str) -> str:
    """Separators left around a title once its date or label is cut out, removed.

    Brackets are removed only when unbalanced: ``(Jan 8): Intro`` -> ``Intro``,
    ``No class (holiday)`` stays.
    """
    text = without_readings_note(collapse(without_empty_brackets(text)))
    while True:
        before = text
        text = _EDGE_ENTITY.sub("", text).strip(" :-–—|,;·•")
        # a closing ellipsis is a word of it ("What Goes Around Comes Around... And
        # Around..."), a closing period none
        text = text.lstrip(".") if _CLOSING_ELLIPSIS.search(text) else text.strip(".")
        for opening, closing in ("()", "[]"):
            if text.startswith(closing) or (text.startswith(opening) and closing not in text):
                text = text[1:]
            if text.endswith(opening) or (text.endswith(closing) and opening not in text):
                text = text[:-1]
        if text == before:
            return text


_CLOSING_ELLIPSIS = lazyre.compile(r"\w\.\.\.$")
_TITLE_PARTS = lazyre.compile(rf"(\s+[-–—|·•]\s+|\s*(?:{_DASH_ENTITY}|[–—])\s*)", re.IGNORECASE)
_PRESENTER = lazyre.compile(rf"^\W*{alternation(vocab.PRESENTER_LEADS)}\b", re.IGNORECASE)
_HONORIFIC = lazyre.compile(rf"^\W*{alternation(vocab.HONORIFICS)}(?!\w)", re.IGNORECASE)
_PERSON_LEAD = (
    rf"(?:{alternation(vocab.PRESENTER_LEADS)}\b|{alternation(vocab.SPEAKER_LEADS)}\s*:"
    rf"|{alternation(vocab.HONORIFICS)}(?!\w))"
)
"""What opens words naming a person: ``presented by``, ``guest:``, ``Dr.``."""
_PRESENTER_WORD = lazyre.compile(rf"\b{_PERSON_LEAD}", re.IGNORECASE)
_GUEST_ONLY = lazyre.compile(
    rf"^\W*(?:{alternation(vocab.SPEAKER_LEADS)}\s*)?{alternation(vocab.GUEST_EVENTS)}?\W*$",
    re.IGNORECASE,
)
_PRESENTER_NOTE = lazyre.compile(rf"\s*\(\s*{_PERSON_LEAD}[^()]*\)", re.IGNORECASE)
_PRESENTER_CLAUSE = lazyre.compile(rf"(?<=\w);\s+{_PERSON_LEAD}.*$", re.IGNORECASE)
"""A last clause after a semicolon that says who presents (``Algorithmic fairness;
guest: Dr. Amara Nwosu (Data &amp; Society)``)."""
_ENDS_IN_ENTITY = lazyre.compile(r"&#?\w+$")


def _without_presenter_clause(title: str) -> str:
    """*title* without a :data:`_PRESENTER_CLAUSE` (an entity's ``;``, ``&mdash; Prof.
    X``, ends no clause)."""
    clause = _PRESENTER_CLAUSE.search(title)
    if clause is None or _ENDS_IN_ENTITY.search(title, 0, clause.start()):
        return title
    return title[: clause.start()]


_SPEAKER_THEN_TOPIC = lazyre.compile(
    rf"^\W*(?:(?:{alternation(vocab.SPEAKER_LEADS)})\s*:\s*"
    # "Guest lecture: Dr. Lena Okafor (J-PAL): …": a person, by the honorific
    rf"|{alternation(vocab.SPEAKER_LEADS)}\s+{alternation(vocab.GUEST_EVENTS)}\s*:\s*"
    rf"(?={alternation(vocab.HONORIFICS)}(?!\w)))"
    r"[^:()]{1,60}\([^()]{1,60}\)\s*:\s*(?P<topic>\S.*)$",
    re.IGNORECASE,
)
"""A speaker, their affiliation in brackets, then after a colon the topic (``Guest:
Tomas Lindqvist (Google DeepMind): Robustness``, ``Guest lecture: Dr. Lena Okafor
(J-PAL): running experiments``)."""
_LEADING_PERSON = lazyre.compile(
    rf"^\W*(?:{alternation(tuple(w for w in vocab.PRESENTER_LEADS if w.endswith(' by')))}\b"
    rf"|(?:{alternation((*vocab.SPEAKER_LEADS, *vocab.PRESENTER_LEADS, *vocab.PERSON_LABELS))})\s*:"
    # "Guest lecture: Dr. Malik Osei": a person (not "Guest lecture: Usable security")
    rf"|{alternation(vocab.SPEAKER_LEADS)}\s+{alternation(vocab.GUEST_EVENTS)}\s*:\s*"
    rf"{alternation(vocab.HONORIFICS)}(?!\w)"
    rf"|{alternation(vocab.HONORIFICS)}(?!\w))",
    re.IGNORECASE,
)
"""A title's first part that names who talks (``Guest: Mariana Costa (Google)``, ``Dr.
Ana Costa``, ``Guest lecture by Prof. Ines Duarte``; not ``Presenter notes``)."""


PICTURES = f"\u2190-\u2bff\U0001f300-\U0001faff{icons.SIGNS}"
"""Arrows, symbols, dingbats and emoji (``➕``, ``📖``): signs a legend may key, icons
before a title; and the characters written for icon elements (:mod:`.icons`)."""
_LEADING_PICTURES = lazyre.compile(rf"^[{PICTURES}\ufe0f]+\s*")


def speaker_only(title: str) -> bool:
    """Whether *title* only says who talks (``Guest: Dr. Priya Natarajan (Google
    DeepMind)``), no topic: a line below may name it."""
    lead = _LEADING_PERSON.match(title)
    return lead is not None and bool(_NAME_REST.fullmatch(title, lead.end()))


_ONE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:\([^()]*\))?"
_NAME_REST = lazyre.compile(rf"\s*(?:{_ONE_NAME}(?:\s*(?:&|,|\band\b)\s*{_ONE_NAME})*)?[\s.,;:]*")
"""What follows a speaker lead when the line is only a person: a name and where from,
or several (``Presenters: Jun Park & Lea Novak``, ``Leads: Ana Lee (TA) & Priya Raman``)."""


def has_words(text: str) -> bool:
    """Whether *text* shows a word or a number (``&nbsp;``, `` — `` show none)."""
    return any(ch.isalnum() for ch in html.unescape(text))


def names_only(text: str) -> bool:
    """Whether *text* is only people's names (``Jae Kim & Lucía Ortega``, ``TBD``), or
    nothing: no topic (``No class — Thanksgiving`` has words that name none)."""
    return bool(_NAME_REST.fullmatch(text))


_PRIORITY_WORDS: dict[str, Requirement] = {
    **dict.fromkeys(vocab.PRIORITY_REQUIRED, "required"),
    **dict.fromkeys(vocab.PRIORITY_OPTIONAL, "optional"),
}


def priority_requirement(value: str) -> Requirement | None:
    """What a priority says (``must`` required; ``should``, ``nice-to-have`` optional;
    ``core``, ``optional``: its requirement word), else None."""
    word = value.strip().lower()
    return _PRIORITY_WORDS.get(word) or prefix_requirement(word)


TOPIC_LABEL = lazyre.compile(r"^(?:topics?|title|theme|subject)\s*:\s*", re.IGNORECASE)
"""A label that opens an entry's topic (``Topic: Transport``): no word of it."""
_LEADING_SESSION = lazyre.compile(rf"^\s*{_SESSION_LABEL}\d{{1,3}}[a-z]?\s*[:·•|–—]\s*(?=\w)", re.I)
"""A session's label opening a title (``L03 · VAEs``, ``Lecture 5: GANs``): no topic."""
_LEADING_TIME = lazyre.compile(
    r"^\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*[·•|–—]\s*(?=\w)",
    re.IGNORECASE,
)
"""A meeting's hours opening a title (``10:30–11:50 · Complementarity``)."""
_TITLE_REMARK = lazyre.compile(
    rf"\s*[(\[]\s*(?:{alternation(vocab.TITLE_REMARKS)}"
    rf"|{alternation(vocab.SCHEDULE_MOVES)}(?:\s+(?:from|to|with)\s+[^()\[\]]{{1,30}})?)\s*[)\]]\s*$",
    re.IGNORECASE,
)
"""A remark on the schedule itself closing a title (``(tentative)``, ``(moved from Mar
12)``)."""
_NO_READING_BRACKET = lazyre.compile(
    r"\s*\(\s*no\s+(?:assigned\s+|required\s+|new\s+)?readings?\s*[;,][^()]*\)",
    re.IGNORECASE,
)
"""A remark in brackets that there is no reading and what to do instead (``Project
check-ins (no reading; sign up for a slot here)``); ``(no reading)`` alone stays."""
# "Score-based models — Ana Lee (TA)": a person and their role, after a separator
_PERSON_ROLE_TAIL = lazyre.compile(
    # the separator written as a character or an entity ("&mdash;", kept as written)
    rf"(?<=\w)\s+(?:[-–—|·•]|[&\ue000](?:mdash|ndash|middot|bull);)\s+"
    rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s*"
    rf"\({alternation(vocab.PERSON_ROLES)}\)\s*$",
    re.IGNORECASE,
)
_PERSON_ROLE_HEAD = lazyre.compile(
    rf"^\s*(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}})\s*\({alternation(vocab.PERSON_ROLES)}\)"
    rf"\s*(?:[-–—|·•:]|[&\ue000](?:mdash|ndash|middot|bull);)\s*(?=\w)",
    re.IGNORECASE,
)
"""A person and their role in brackets opening a title before a separator (``Marcus
Oyelaran (TA) · Review session``): who leads it."""
_PRESENTING_TAIL = lazyre.compile(
    rf"(?<=\w)\s*\(\s*{_ONE_NAME}(?:\s*(?:&|,|\band\b)\s*{_ONE_NAME})*\s+"
    rf"(?i:{alternation(vocab.PRESENTING_VERBS)})\s*\)\s*$"
)
"""A closing bracket of names that present (``(Ana Lee presenting)``, ``(Jun Park & Lea
Novak leading)``)."""
_WEEKDAY_LABEL = lazyre.compile(
    rf"^{_WEEKDAY_NAME}(?:\s*:|\s+[—–|·]|\s+-)\s+(?=[A-Za-z])", re.IGNORECASE
)
"""A weekday labelling a row's first meeting (``Tue: Course overview``, ``Tue — Course
overview``): no topic."""


_SENTENCE_STOP = lazyre.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")
"""The end of a title's sentence before another opens (not ``Dr. Ana``: a capital
follows, but :func:`speaker_only` of what follows tells a speaker's sentence)."""


def session_material(title: str) -> bool:
    """Whether a page's *title* names a session's material (``Lecture 3 notes: choosing
    priors``, ``Week 2 slides``): that session's notes, not an entry of the schedule."""
    session = SESSION_WORD_RE.match(title)
    return session is not None and _MATERIAL_AFTER.match(title, session.end()) is not None


_MATERIAL_AFTER = lazyre.compile(rf"\s*{alternation(vocab.SESSION_MATERIAL)}\b", re.IGNORECASE)


def names_no_topic(title: str) -> bool:
    """Whether *title* only says what kind of meeting it is (``Lecture 10``, ``Guest
    lecture``, ``Paper discussion``), not its topic: a record's ``topic`` says that."""
    words = title.strip().rstrip(".:").lower()
    return (
        bool(SESSION_WORD_RE.fullmatch(words))
        or words in vocab.MEETING_KINDS
        or bool(_GUEST_ONLY.match(title))
    )


_KEYLESS_BRACKET = lazyre.compile(r"\s*\(\s*[,;]\s*[^()]{0,60}\)\s*$")
"""A closing bracket whose date was the entry's key, left with what followed it
(``( , Ana Lee)``: who presents): no topic."""


def topic_of(title: str) -> str:
    """An entry's title without a part naming who presents, trailing or leading:
    ``Routing — presented by Priya Raman`` -> ``Routing``; ``Usable security — Prof. Ana
    Costa (CMU)``, ``RLHF (guest: Dr. Hana Kim)`` -> ``Usable security``, ``RLHF``
    (but ``Guest lecture — Dr. Maria Santos`` keeps the name: it is all the title says);
    ``Guest: Mariana Costa (Google) — Datacenter networks`` -> ``Datacenter networks``;
    and without a leading icon (``📝 Project proposal due``)."""
    title = without_icon_names(title)  # ":material-file-document-edit: Proposal due"
    title = _KEYLESS_BRACKET.sub("", title)  # "Tokenization (Jan 16, Ana Lee)" less its key
    title = TOPIC_LABEL.sub("", _LEADING_PICTURES.sub("", title))  # "Topic: Robustness"
    title = _WEEKDAY_LABEL.sub("", title)  # "Tue: Course overview<br>Thu: …": which meeting
    title = _LEADING_TIME.sub("", _LEADING_SESSION.sub("", title))  # "L03 · ", "10:30–11:50 · "
    title = _TITLE_REMARK.sub("", _NO_READING_BRACKET.sub("", title))  # "What is HAI? (tentative)'
    cut = _ACTION_SENTENCE.sub("", title) if "." in title else title
    title = trim_title(cut) if cut != title else title
    if ". " in title:  # "Winding numbers. Guest lecture by Dr. Gavin Barill (Adobe)."
        for stop in _SENTENCE_STOP.finditer(title):
            if stop.start() and speaker_only(title[stop.end() :].rstrip(" .")):
                return trim_title(title[: stop.start()])
    title = _PERSON_ROLE_TAIL.sub("", title)  # "Score-based models — Ana Lee (TA)"
    title = _PERSON_ROLE_HEAD.sub("", title) if "(" in title else title  # "Ana Lee (TA) · …"
    title = _PRESENTING_TAIL.sub("", title) if "(" in title else title
    if not _PRESENTER_WORD.search(title):
        return title
    noted = _without_presenter_clause(_PRESENTER_NOTE.sub("", title))
    title = title if _GUEST_ONLY.match(noted) else noted
    speaker = _SPEAKER_THEN_TOPIC.match(title)  # "Guest: T. Lindqvist (DeepMind): Robustness"
    if speaker and not _GUEST_ONLY.match(speaker["topic"]):
        return trim_title(speaker["topic"])
    parts = _TITLE_PARTS.split(title)
    whole = len(parts)
    if whole > 2 and _LEADING_PERSON.match(parts[0]) and not _GUEST_ONLY.match(parts[2]):
        # "Guest: Mariana Costa (Google) — Datacenter networks": who, then the topic
        parts = parts[2:]
    kept = parts[:1]
    for i in range(2, len(parts), 2):
        # "— Prof. Ana Costa (CMU)": a name, cut unless the title is only "Guest lecture"
        # or a part a speaker lead opens: "Medical imaging II — guest: Dr. Aisha Rahman"
        named = (_HONORIFIC.match(parts[i]) or _LEADING_PERSON.match(parts[i])) and not (
            _GUEST_ONLY.match("".join(kept))
        )
        if not (_PRESENTER.match(parts[i]) or named):
            kept += [parts[i - 1], parts[i]]
    return trim_title("".join(kept)) if len(kept) < whole else title


_CAPITAL_WORD = r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]*)"
"""A name's word, or an initial (``J.``): a sentence's period ends the name."""
_FULL_NAME = rf"{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{1,2}}"
_FULL_NAMES = rf"{_FULL_NAME}(?:\s*(?:,|&|\band\b)\s*{_FULL_NAME})*"
_ONLY_FULL_NAMES = lazyre.compile(_FULL_NAMES)


def full_names(text: str) -> bool:
    """Whether *text* is only people's full names, two or three capitalized words each
    (``Priya Natarajan``, ``Jonah Feld & Mei Sato``)."""
    return bool(_ONLY_FULL_NAMES.fullmatch(text.strip()))


_NAME_SPLIT = lazyre.compile(r"\s*(?:,|&|\band\b)\s*")
_PRESENTER_LEAD = lazyre.compile(rf"^(?P<lead>{_FULL_NAMES}|TBD|TBA|TBC)\s*:\s+(?P<topic>\S.*)$")
"""A title opened by people's full names or a placeholder and a colon (``Priya Raman &
Jonas Becker: Kickoff``, ``TBD: Grokking``): who presents, when the page says they
are people."""
_LABELLED_PEOPLE = lazyre.compile(
    rf"(?i:\b{alternation((*vocab.PERSON_LABELS, *vocab.SPEAKER_LEADS))})"
    rf"[*_]*\s*:\s*[*_]*\s*(?P<names>{_FULL_NAMES})"
)
"""People a page names after a person label (``Organizers: Priya Raman and Jonas Becker``,
``*Presenter:* Ana Lee``)."""


def labelled_people(page_text: str) -> set[str]:
    """The full names *page_text* gives after a person label (``Organizers: Priya Raman
    and Jonas Becker``, ``*Presenters:* Jun Park, Chloé Martin``)."""
    if ":" not in page_text:
        return set()
    # the names as shown: "*Organizers:* [Ana Lee](https://ana.github.io) and …"
    shown = _TAG_OR_TARGET.sub("", _MARKDOWN_LINK.sub(r"\1", page_text))
    return {
        name
        for found in _LABELLED_PEOPLE.finditer(shown)
        for name in _NAME_SPLIT.split(found["names"])
    }


_MARKDOWN_LINK = lazyre.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]*\)")
_TAG_OR_TARGET = lazyre.compile(r"<[^<>\n]{0,300}>")


def names_people(text: str, people: Collection[str]) -> bool:
    """Whether *text* is only names of *people* (``Ben Okafor & Jun Park``), case aside."""
    names = [name for name in _NAME_SPLIT.split(text.strip()) if name]
    known = {person.lower() for person in people}
    return bool(names) and all(name.lower() in known for name in names)


def without_presenter_leads(titles: list[str], page_text: str) -> list[str]:
    """*titles* (one file's entries) without a part naming who presents, where the
    site's text (*page_text*: the file's own and its home page's) names those people
    after a person label (``Organizers: Priya Raman and …``, ``*Presenter:* Jonas
    Becker``, ``Co-instructor: Jon Ito``):

    * a lead of full names and a colon (``Priya Raman: Mechanistic interpretability``
      -> the topic), and then every lead of full names or a placeholder (``TBD:
      Grokking``) on the file's titles;
    * a closing part that is only such people, in brackets or after a dash
      (``Pretraining (Jon Ito)``, ``Attention — Ana Lee``).

    A page naming none of them as a person keeps its titles (``Computer Vision:
    Detection``, ``Transformers (Deep Learning)``)."""
    people = labelled_people(page_text)
    if not people:
        return titles
    leads = [_PRESENTER_LEAD.match(title) for title in titles]
    named = {name for lead in leads if lead for name in _NAME_SPLIT.split(lead["lead"])}
    if people & named:
        titles = [lead["topic"] if lead else t for lead, t in zip(leads, titles, strict=True)]
    out = []
    for title in titles:
        tail = _PEOPLE_TAIL.search(title)
        names = (tail["names"] or tail["after"]) if tail else ""
        if names and set(_NAME_SPLIT.split(names)) <= people and tail and tail.start() > 0:
            title = title[: tail.start()].rstrip()
        out.append(title)
    return out


_PEOPLE_TAIL = lazyre.compile(
    rf"\s*(?:\((?P<names>{_FULL_NAMES})\)|\s[—–-]\s+(?P<after>{_FULL_NAMES}))\s*$"
)
"""A title's closing part of people's names, in brackets or after a dash."""


REPEATED_TAIL = 3
"""A trailing part of this many titles of one file is no topic (``Intro · Kowalski``,
``Routing · Kowalski``, ``Wireless · Kowalski``: who teaches, where, when)."""


def without_repeated_tails(titles: list[str]) -> list[str]:
    """*titles* (one file's entries) without a trailing part (after `` · ``, `` | ``,
    `` — ``) that at least :data:`REPEATED_TAIL` of them end with, of four words at most."""
    tails: dict[str, int] = {}
    split = [_TITLE_PARTS.split(title) for title in titles]
    for parts in split:
        if len(parts) >= 3 and len(parts[-1].split()) <= 4:
            tails[parts[-1].casefold()] = tails.get(parts[-1].casefold(), 0) + 1
    repeated = {tail for tail, count in tails.items() if count >= REPEATED_TAIL}
    if not repeated:
        return titles
    return [
        trim_title("".join(parts[:-2]))
        if len(parts) >= 3 and parts[-1].casefold() in repeated
        else title
        for title, parts in zip(titles, split, strict=True)
    ]


def cut_key(text: str, key: str) -> str:
    """*text* without its key, and without the words before it when they belong to
    the date (``Week of March 24th``, ``Due Mon. 1/13``) or are no words (``📅 Jan 7``)."""
    head, found, tail = text.partition(key) if key else ("", "", text)
    if not found and key and ";" in text and (" " in key or "&" in key):
        # "Wed&nbsp;1/15 RPC": the key's space written as an entity (its entities kept as
        # written, or the text's protected: "\ue000nbsp;")
        spaced = (
            re.escape(key).replace(r"\ ", r"(?:\s|[&\ue000]nbsp;)+").replace(r"\&", "[&\ue000]")
        )
        match = re.search(spaced, text)
        if match is not None:
            head, found, tail = text[: match.start()], match.group(0), text[match.end() :]
    if not found:
        return text
    head = SECTION_NUMBER.sub("", head, count=1)  # "2.1. <2024-09-30 Mon> Intro"
    for opening, closing in _KEY_BRACKETS:
        if head.rstrip().endswith(opening) and tail.lstrip().startswith(closing):
            head, tail = head.rstrip()[: -len(opening)], tail.lstrip()[len(closing) :]
            break
    if ENTRY_PREFIX.fullmatch(head.strip()) or DATE_LABEL.match(head) or not _WORD.search(head):
        head = ""
    tail = _RANGE_TAIL.sub("", tail, count=1)  # "Sept 5–7: Intro": the days the entry spans
    if tail.startswith("/") and any(char.isalpha() for char in found):
        tail = _SLASH_DAY.sub("", tail, count=1)  # "Sept 16/18 -- Topic": its second day
    tail = _TIME_OF_DAY.sub("", tail, count=1)
    return f"{head} {_ROOM.sub('', tail, count=1) if _DIGIT.search(tail) else tail}"


_RANGE_TAIL = lazyre.compile(
    rf"^\s*(?:{_RANGE_DASH}|to\b|&(?:amp;)?|and\b)\s*(?:{_MONTH}\s*)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\b(?!:\d)(?:\s+{_MONTH}\b\.?)?",  # "13 January – 19 January": its month after it
    re.I,
)
"""The end of a range of days, or the other day of an entry on two (``Jan 5 & 7``)."""
_CLOCK = r"\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
_DASH = r"(?:[-–—]|[&\ue000](?:ndash|mdash|#8211|#8212);)"
"""A dash, or one written as an entity (``&#8211;``, kept as written in titles)."""
_SEPARATORS = r"(?:[\s,·•|@-]|[&\ue000](?:middot|bull|ndash|mdash|nbsp|#183|#8211|#8212);)*"
"""Separators between a date and what follows it, entities as written too."""
_TIME_OF_DAY = lazyre.compile(
    rf"^{_SEPARATORS}(?P<open>[(\[]\s*)?(?:at\s+)?"
    # "2–3:20 pm": the start of a range of hours may be bare
    rf"(?:\d{{1,2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?\s*(?:{_DASH}|to)\s*{_CLOCK}|{_CLOCK})"
    rf"(?(open)\s*[)\]])(?!\w|:\d)",
    re.IGNORECASE,
)
_ROOM = lazyre.compile(
    rf"^{_SEPARATORS}(?:[A-Z][\w'’.-]*\s+){{0,2}}(?i:{alternation(vocab.ROOM_WORDS)})\.?\s*"
    rf"[A-Z]?\d[\w-]*(?=\s*(?:[,·•|]|{_DASH})?\s*(?:\w|&|\ue000|$))"
)
"""Where a session meets, right after its date and hours (``, Room 101 &#8212; Topic``,
``· Library Room 3B``): no part of its title."""
"""A time of day right after an entry's date (``Tue Jan 21, 10:30am — Topic``, ``Tue Jan
28 (2:00–3:15 pm): Topic``, its dash written as an entity, ``2:00&#8211;3:20pm``): not
its title."""


SECTION_NUMBER = lazyre.compile(r"^\s*(?:\d{1,3}\.)+(?:\d{1,3})?\s+")
"""A heading's section number (``2.1.``, ``3.``): numbering, not words of its title."""
_KEY_BRACKETS = (("&lt;", "&gt;"), ("<", ">"), ("[", "]"))
"""Brackets around a date (Org timestamps ``<2024-09-30 Mon>``): not part of the title."""


def title_without(text: str, key: str) -> str:
    """A title once its key (a date) and a leading ``Lecture 3``/``Week 5`` label are cut out."""
    rest = cut_key(text, key)
    session = MEETING_RE.match(rest)
    if session:
        rest = rest[session.end() :]
    return topic_of(trim_title(rest))


_RANGE_LAST_DAY = lazyre.compile(r"[\d/.]*\d")
_SECOND_DAY = lazyre.compile(
    rf"\s*(?:&(?:amp;)?|\band\b)\s*(?:{_MONTH}\s*)?\d{{1,2}}\b(?![:.]\d)", re.IGNORECASE
)
"""The other day of an entry on two (``Week 1 (Jan 13 & 15)``, ``Mar 31 & Apr 2``, ``Feb
10 and 12``)."""
_SLASH_DAY = lazyre.compile(rf"/(?:{_MONTH}\.?\s*)?\d{{1,2}}\b(?![/:.]\d)", re.IGNORECASE)
"""The other day of an entry on two, after a slash (``Sept 16/18``, ``Sept 30/Oct 2``): only
after a date that names its month (``9/16`` is one date)."""
_MONTH_AFTER = lazyre.compile(rf"\s+{_MONTH}\b\.?", re.I)
"""The month after a range's last day, day first (``13 January – 19 January``)."""


def with_range(text: str, date: str) -> str:
    """*date* with the end of the range of days it opens in *text*, as written
    (``Week 3 (Jan 27–31): Causality`` -> ``Jan 27–31``): the entry is that week."""
    at = text.find(date)
    found = _RANGE_END.match(text, at + len(date)) if at >= 0 else None
    found = found or (_SECOND_DAY.match(text, at + len(date)) if at >= 0 else None)
    if found is None and at >= 0 and any(char.isalpha() for char in date):
        found = _SLASH_DAY.match(text, at + len(date))
    if found is None:
        return date
    end = _RANGE_LAST_DAY.match(text, found.end())
    stop = end.end() if end else found.end()
    month = _MONTH_AFTER.match(text, stop) if date[:1].isdigit() else None
    return text[at : month.end() if month else stop]  # "13 January – 19 January"


def more_days(rest: str) -> str:
    """*rest* (what follows an entry's date) without the other days the entry spans:
    ``& 7: Intro`` -> ``: Intro`` (``Jan 5 & 7``, ``Sept 5–7``)."""
    return _RANGE_TAIL.sub("", rest, count=1)


def date_in(text: str) -> str | None:
    """The first date written in *text*, as written (``Mar 11``, ``1/24/22``)."""
    match = DATE_RE.search(text) if _DIGIT.search(text) else None  # every date has a digit
    return match.group(0).strip().rstrip(",") if match else None


_MONTH_NUMBER = {m: i for i, m in enumerate(vocab.MONTHS, start=1)}
_MONTH_DAY = (  # (pattern, group of the month, group of the day)
    (lazyre.compile(r"\b\d{4}[-/.](\d{1,2})[-/.](\d{1,2})\b"), 1, 2),  # 2025-01-13, 2025/1/13
    (lazyre.compile(r"\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?!\d)"), 1, 2),  # Jan 13, January 13th
    (lazyre.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?([a-z]{3})"), 2, 1),  # 13 Jan
    (lazyre.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\."), 2, 1),  # 13.01.2025 (European)
    (lazyre.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})"), 1, 2),  # 1/13, 1/13/25
)


def month_day(key: str) -> tuple[int, int] | None:
    """The month and day of *key*'s date (``Mon Jan 13`` and ``2025-01-13`` alike:
    ``(1, 13)``), to tell two ways of writing one day; ``None`` without a date."""
    date = date_in(key)
    if date is None:
        return None
    text = date.lower()
    for pattern, month_group, day_group in _MONTH_DAY:
        match = pattern.search(text)
        if match is None:
            continue
        month_text, day = match.group(month_group), int(match.group(day_group))
        month = int(month_text) if month_text.isdigit() else _MONTH_NUMBER.get(month_text)
        if month is not None and 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


_DATE_END = lazyre.compile(r"[\s)\].]*")


def trailing_date(text: str) -> str | None:
    """The date that ends *text* after its words (``Search (Sep 10)``,
    ``Introduction — Sep 5``), else ``None``."""
    for match in DATE_RE.finditer(text) if _DIGIT.search(text) else ():
        if match.start() > 0 and _DATE_END.fullmatch(text, match.end()):
            return match.group(0).strip().rstrip(",")
    return None


def names_speaker(text: str) -> bool:
    """*text* says a person follows it (``Guest Lecture -``, ``Talk by``)."""
    return _SPEAKER_LEAD.search(text) is not None


def opens_range(text: str) -> bool:
    """Whether the first date of *text* opens a range of days (``Jan 6–10``,
    ``Jan 29 - Feb 2``, ``3/4-3/8``): a week or a break, not one session."""
    match = DATE_RE.search(text)
    return match is not None and _RANGE_END.match(text, match.end()) is not None


def session_number(text: str) -> int | None:
    match = SESSION_RE.match(text)
    return int(match.group(1)) if match else None


def _requirement_of(word: str) -> Requirement:
    return "optional" if re.fullmatch(_OPT_MARK, word, re.IGNORECASE) else "required"


_MARKER_NOUN = rf"(?:\s+{alternation(vocab.MARKER_NOUNS)})?"
_QUALIFIER_BARE = (
    r"(?:\s*[,/]\s*[A-Za-z\"“‘][\w .,'’\"“”‘–-]{0,40}?"
    r"|\s+(?:for|if|unless|when|except)\b[\w .,'’\"“”‘–-]{0,40}?)?"
)
"""A qualifier after an unbracketed marker, before its delimiter: after a comma or a
slash, or a condition (``Optional, for PhD students:``, ``Required if you missed it:``)."""
# a marker that opens a link text or an item, with its delimiter: "Optional: ",
# "Required reading - ", "Optional; ", "(Optional) ", "Optional (but good for X): "
_OPENING = lazyre.compile(
    rf"^[^\w(\[]*(?:[(\[]\s*(?P<w1>{_REQ_MARK}|{_OPT_MARK}){_MARKER_NOUN}{_QUALIFIER}\s*[)\]]"
    # unbracketed, the marker's own delimiter is the first (a qualifier after a comma, a
    # slash or a condition: "Required Reading: Linearizability: A Correctness ...")
    rf"|(?P<w2>{_REQ_MARK}|{_OPT_MARK}){_MARKER_NOUN}{_QUALIFIER_BARE}"
    r"\s*(?:[:;]|\s[-–—]|\([^()]{0,60}\)\s*[:;\-–—]?))[*_\s]*",
    re.IGNORECASE,
)


def opening_requirement(text: str) -> Requirement | None:
    """A marker that opens an item and covers it, across periods and author lists:
    ``Required reading: A Title by A. Author et al. J. Sci. 2019. [Full text](u)``."""
    match = _OPENING.match(_MARKER_LEAD.sub("", text, count=1))  # "Also recommended: ..."
    return _requirement_of(match.group("w1") or match.group("w2")) if match else None


_LAST_BRACKET = lazyre.compile(r"\s*[(\[]\s*([A-Za-z]{6,10})\s*[)\]]\s*$")
MARKER_TYPOS = 2
"""A word in brackets ending a link text within this many edits (a swap of two letters
counting one) of ``required`` or ``optional``, with their first two letters and their
last, is that marker mistyped: ``(requried)``, ``(optinal)``; ``(options)`` is not."""


def _typo_marker(text: str) -> tuple[Requirement, int] | None:
    """The marker a mistyped word in brackets ending a link text stands for, and where
    the bracket starts."""
    if not text.rstrip().endswith((")", "]")):
        return None
    found = _LAST_BRACKET.search(text)
    if found is None:
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    word = found.group(1).lower()
    targets: tuple[tuple[str, Requirement], ...] = (
        (vocab.REQUIRED[0], "required"),
        (vocab.OPTIONAL[0], "optional"),
    )
    for target, requirement in targets:
        alike = word[:2] == target[:2] and word[-1] == target[-1]
        if alike and DamerauLevenshtein.distance(word, target) <= MARKER_TYPOS:
            return requirement, found.start()
    return None


def marker_in_text(text: str) -> Requirement | None:
    """A requirement marker written inside link text: ``Alpa (optional)``,
    ``Optional: A Survey of Graph Neural Networks``, or a link text that is a
    requirement label itself: ``Optional reading``; a mistyped one in brackets at its
    end (``Alpa (optinal)``)."""
    found = _INLINE_MARKER.findall(text)
    if found:
        return _requirement_of(found[-1])
    typo = _typo_marker(text)
    if typo is not None:
        return typo[0]
    lead = _OPENING.match(text)
    if lead is not None and lead.end() < len(text.rstrip()):  # words follow the marker
        return _requirement_of(lead.group("w1") or lead.group("w2"))
    whole = _LABEL.fullmatch(collapse(text))  # "[Optional reading](u)": the link says so
    word = whole.group("word") if whole else None
    if word and " and " not in word.lower():
        return _requirement_of(word.split()[0])
    return None


def strip_markers(text: str) -> str:
    """Link text without requirement markers: ``Alpa (optional)`` -> ``Alpa``,
    ``Optional: A Survey`` -> ``A Survey``; and without an icon's name
    (``:material-file-pdf-box: A Survey``: MkDocs Material draws it)."""
    text = _ICON_NAME.sub(" ", text) if ":" in text else text
    wrapped = _WRAPPED.fullmatch(text)  # "[Optional: A Survey of GNNs]": the whole text
    if wrapped is not None and _OPENING.match(wrapped["inner"]):
        text = wrapped["inner"]
    text = collapse(_INLINE_MARKER.sub(" ", text))
    typo = _typo_marker(text)
    text = text[: typo[1]].rstrip() if typo is not None else text
    lead = _OPENING.match(text) or _NOUN_LABEL.match(text)
    return text[lead.end() :].strip() if lead is not None and lead.end() < len(text) else text


_NOUN_LABEL = lazyre.compile(
    rf"^\W*(?P<label>{alternation(vocab.READING_NOUNS)}|{alternation(vocab.READ_LEADS)})\s*:\s+(?=\w)",
    re.IGNORECASE,
)
"""A reading noun's label opening a link's text (``Reading: A Note on Distributed
Computing``): the list's label, written in each link, no word of the title."""
_TEXT_LABEL = lazyre.compile(r"^\W*(?P<label>[A-Za-z][\w'’ -]{0,30}?)\s*:\s+(?=\w)")


def text_label(text: str) -> str | None:
    """The label a link's *text* opens with, lowercased with its colon (``Reading: A
    Note on …`` -> ``reading:``), for the page's key to give a meaning; else None."""
    found = _TEXT_LABEL.match(text)
    return f"{found['label'].strip().lower()}:" if found else None


_WRAPPED = lazyre.compile(r"\s*\[(?P<inner>[^\[\]]+)\]\s*")
"""A link text wholly in square brackets (``[Optional: A Survey of GNNs]``)."""
_ICON_NAME = lazyre.compile(r"(?<!\S):(?:material|fontawesome|octicons|simple)-[\w-]+:(?!\S)")
"""An icon MkDocs Material draws in a link text (``:material-file-pdf-box:``)."""


def without_icon_names(text: str) -> str:
    """*text* without the icons MkDocs Material draws (``:material-file-document-edit:
    Project teams due``: ``Project teams due``)."""
    return collapse(_ICON_NAME.sub(" ", text)) if ":" in text else text


_MARKER_LEAD = lazyre.compile(
    rf"^[^\w(\[]*{alternation(vocab.MARKER_LEADS)}\s+(?=\w)", re.IGNORECASE
)
"""Words that may open a marker or label: ``Also recommended``, ``Plus optional:``."""


def prefix_requirement(text: str) -> Requirement | None:
    """A marker before a link: ``(Optional)``, ``Optional:``, ``... Optionally skim``.

    The marker must stand alone, or open the last clause before the link.
    """
    match = _PREFIX_MARKER.match(_MARKER_LEAD.sub("", text, count=1))
    if match:
        return _requirement_of(match.group("word"))
    last = None
    for clause in _CLAUSE_START.finditer(text):
        if (
            _CLAUSE_TAIL.fullmatch(text, clause.end())
            or _LABEL_TAIL.fullmatch(text, clause.end("word"))
        ) and not _AFTER_A_LINK.match(text, clause.end()):
            last = clause
    if last is None:
        last = _THE_MARKED_READING.search(text)  # "The required reading is [A](u)"
    if last is None and _EVERYONE_READS_BEFORE.search(text):
        return "required"  # "Everyone should read [A](u) and [B](v)"
    if last is None and _OFFERED_BEFORE.search(text):
        return "optional"  # "the more ambitious can also look at [A](u)"
    lead = _LEADING_LABEL.match(text) if last is None else None
    if lead is not None and lead["remark"] and lead.end() < len(text):
        # "Background (optional): McGregor et al. … 2015. [pdf]": a label's marker in
        # brackets covers the citation it opens, however long
        return prefix_requirement(lead.group(0))
    return _requirement_of(last.group("word")) if last else None


_EVERYONE_READS_BEFORE = lazyre.compile(
    rf"(?:^|[.;!?]\s+)[^.;!?]{{0,40}}?\b{alternation(vocab.EVERYONE_READS)}\b"
    r"(?:(?![.;!?](?:\s|$))[^\[\]()\n•·|]){0,160}$",
    re.IGNORECASE,
)
"""A clause before a link that says everyone reads it (:data:`vocab.EVERYONE_READS`)."""
_OFFERED_BEFORE = lazyre.compile(
    rf"\b{alternation(vocab.OFFERS_BEFORE)}(?:\s+(?:read|look\s+at|skim))?\s*$", re.IGNORECASE
)
"""A clause before a link that ends by offering it (:data:`vocab.OFFERS_BEFORE`)."""


_THE_MARKED_READING = lazyre.compile(
    rf"(?:^|[.;:!?]\s+)the\s+(?P<word>{_REQ_WORDS}|{_OPT_WORDS})\s+"
    rf"{alternation(vocab.MARKER_NOUNS)}\s+(?:is|are)\s*:?\s*$",
    re.IGNORECASE,
)
"""A sentence that names what follows: ``The required reading is [A](u)``."""


_AFTER_A_LINK = lazyre.compile(r"(?<=[)\]])\s*(?:[,;]|(?:and|or|then)\s)")
"""``[A](u) (required), [B](v)``: a marker in brackets then a comma, a semicolon or a
conjunction ends the link before it (``Read [A](u) (required) and skim [B](v)``); it does
not open the next one."""


_SHARED_MARKER = lazyre.compile(
    rf"^(?:\s*(?:,|;|and|&)?\s*\x00)*\s*[(\[]\s*(?:both|all|each)\s+(?:are\s+|is\s+)?"
    rf"(?P<word>{_OPT_MARK}|{_REQ_MARK})\s*[)\]]",
    re.IGNORECASE,
)
"""A marker in brackets after a run of links that says it of them all: ``[A](u), [B](v)
(both optional)``; each later link is a ``\x00`` (:func:`readlist.extract.dom.rest_of_line`)."""


def shared_requirement(rest: str) -> Requirement | None:
    """The requirement a ``(both optional)`` after the links that follow gives them all."""
    match = _SHARED_MARKER.match(rest)
    return _requirement_of(match.group("word")) if match else None


_SHORT_CLAUSE = 60
"""The longest clause after a link whose closing bracketed marker is the link's."""
_CITATION_CLAUSE = 100
"""... and the longest when the clause is the link's citation, its numbers closed by a
period before the bracket (``. Journal of Experimental Psychology: General 147(12).
(optional, a short read)``)."""
_CITED_THEN_BRACKET = lazyre.compile(r"\d\)?\.\s*[(\[][^()\[\]]*[)\]]\s*[.,;]?\s*$")


def suffix_requirement(text: str) -> Requirement | None:
    """A marker right after a link: ``[paper](url) (optional)``, ``[[pdf](u)] (optional)``."""
    text = text.lstrip("])")
    match = _INLINE_MARKER.match(text) or _BARE_SUFFIX.match(text)
    # "[A](u) (CMV 2007) (optional); Sarikaya, [B](v)": a semicolon outside brackets
    clause = _CLAUSE_SEMICOLON.split(text, 1)[0]
    short = len(clause) <= _SHORT_CLAUSE or (
        len(clause) <= _CITATION_CLAUSE and _CITED_THEN_BRACKET.search(clause) is not None
    )
    if match is None and short:  # "[A](u), ch. 5-6 (optional)"
        match = _TRAILING_MARKER.search(clause)
    if match is None and text.lstrip().startswith("#"):  # "[A](u) #optional": a note's tag
        match = _TAG_MARKER.match(text)
    if match is None and text.startswith("."):  # "[A](u). [optional – sections 1 only]"
        bracket = _INLINE_MARKER.match(text, 1)
        ends = bracket is not None and not text[bracket.end() :].strip(" .;")
        match = bracket if ends else None  # not "[A](u). (Optional) [B](v)": B's marker
    if match is None:  # "[A](u) (optional; if you read it, read the [B](v) too)"
        match = _OPEN_MARKER.match(text)
    if match is None:  # "[A](u) is optional but worth it", "[A](u) before class; it is required"
        match = _PREDICATE_MARKER.match(text)
    if match is None:  # "[B](u) is a nice complement if you have time, and [C](v) ..."
        own = _CLAUSE_END.split(text, 1)[0]
        if _OFFERED.search(own) and not _DENIED.search(own):
            return "optional"
    return _requirement_of(match.group("word")) if match else None


_OPEN_MARKER = lazyre.compile(
    rf"\s*[(\[]\s*(?P<word>{_REQ_MARK}|{_OPT_MARK})\s*[;,]\s*\w[^()\[\]]*\s\w[^()\[\]]*$",
    re.IGNORECASE,
)
"""A marker opening a bracket after a link, a remark of its own after it, that a link
inside it does not close: ``[A](u) (optional; if you read it, read the [B](v) too)``
(not ``[A](u) (optional: [B](v))``: B's prefix)."""
_TAG_MARKER = lazyre.compile(rf"\s*#(?P<word>{_REQ_MARK}|{_OPT_MARK})(?![\w-])", re.IGNORECASE)
"""A tag after a link that is a marker (Obsidian's ``#optional``)."""
_CLAUSE_SEMICOLON = lazyre.compile(r"(?<!\b(?:19|20)\d\d);(?![^()\[\]]*[)\]])")
"""A semicolon that ends a clause: not one inside brackets (``(optional; §3 only)``), nor
one after a year in a Vancouver citation (``Epidemiology 2008;19(6):766–779.``)."""
_CLAUSE_END = lazyre.compile(r"[.;!?](?:\s|$)|,\s+(?:and|but|or)\b|\n")
_OFFERED = lazyre.compile(
    r"(?<![a-z])(?:"
    + alternation(
        (
            *(word for word in vocab.OPTIONAL if word.startswith("if ")),
            *vocab.KEY_OPTIONAL_PHRASES,
            *vocab.OFFERS_AFTER,
        )
    )
    + r")(?![a-z])",
    re.IGNORECASE,
)
"""Words after a link in its own clause that offer it, not ask for it: a condition ("if
you have time", "if you want to play with it") or a key's optional phrase ("for your
own interest")."""
_DENIED = lazyre.compile(r"(?<![a-z])(?:not|never|no|nobody|nor)(?![a-z])|n['’]t(?![a-z])", re.I)


_PREDICATE_MARKER = lazyre.compile(
    r"^\s*(?:[^.!?\[\]]{0,30}?[;,]\s*(?:it|this)\s+(?:is|are)|(?:is|are))\s+(?:also\s+)?"
    rf"(?P<word>{_REQ_WORDS}|{_OPT_WORDS})\b",
    re.IGNORECASE,
)
"""A sentence that says what the link before it is: ``[A](u) is recommended``."""


_TOLD_TO_READ = lazyre.compile(
    r"(?:^|[.;!?]\s+)(?:(?:before|after|ahead\s+of)\s+[^,.;!?]{1,30},\s*)?(?:please\s+)?"
    r"(?:also\s+)?(?:re-?)?read\b(?:(?![.;!?](?:\s|$))[^\[\]\n•·|]){0,160}$",
    re.IGNORECASE,
)


def told_to_read(before: str) -> bool:
    """Whether the clause before a link tells the student to read it: ``Read [A](u)
    before class``, ``Before class, read [A](u)``, ``Read [A](u) and [B](v)``; an
    imperative a page's key may give a meaning (:func:`readlist.extract.reader.told_legend`)."""
    return _TOLD_TO_READ.search(before) is not None


def called(after: str, nouns: Iterable[str]) -> str | None:
    """Which of *nouns* the clause after a link calls it (``[A](u) is the classic
    companion``, ``[A](u), is a good companion``), a noun a page's key gives a meaning
    (:func:`readlist.extract.reader.called_legends`), else None."""
    match = _CALLED.match(after)
    if match is None:
        return None
    words = match["words"].lower().split()
    return next((noun for noun in nouns if noun in words or f"{noun}s" in words), None)


_CALLED = lazyre.compile(
    r"^[\s,]*(?:\([^()\n]{0,60}\)[\s,]*)?(?:is|are)\s+(?:also\s+)?(?:an?|the)\s+"
    r"(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2})",
    re.IGNORECASE,
)
"""A clause after a link naming what it is: ``is the natural companion``."""


def closing_requirement(text: str) -> Requirement | None:
    """A requirement word that ends an item of one link, set off by a dash or a comma
    (``[A](u) (Mahoney) — optional``)."""
    match = _CLOSING_WORD.search(text)
    return _requirement_of(match["word"]) if match else None


def label_requirement(text: str) -> tuple[bool, Requirement | None]:
    """``(is_label, requirement)`` for a block of text that may open a reading list.

    ``Reading:`` -> ``(True, None)``; ``Optional readings`` -> ``(True, "optional")``;
    ``Optional:`` -> ``(True, "optional")``; anything else -> ``(False, None)``.
    """
    clean = re.sub(r"\s*\(\d+\)$", "", collapse(text))  # "Required (2)": a count
    clean = _MARKER_LEAD.sub("", clean, count=1)  # "Also recommended"
    if not clean or len(clean) > 80:
        return False, None
    match = _LABEL.match(clean)
    if match:
        word = match.group("word")
        if word and " and " in word.lower():
            return True, None
        noted = _LABEL_NOTE.match(match["note"] or "") if not word else None
        word = noted["word"] if noted else word
        return True, _requirement_of(word.split()[0]) if word else None
    # "Optional:", "### Optional" alone, or opening a box title ("Optional: on names")
    prefix = _PREFIX_MARKER.match(clean) or _OPENING.match(clean)
    if prefix:
        return True, _requirement_of(next(word for word in prefix.groups() if word))
    titled = _TITLED_MARKER.match(clean)  # "Going deeper (optional)", a box's title
    if titled:
        return True, _requirement_of(titled.group("word"))
    short = _SHORT_LABEL.match(clean)  # "Optional follow-up:", "Required prep:"
    if short:
        return True, _requirement_of(short.group("word"))
    if _MORE_IF.match(clean):  # "More if you're curious", "Papers for the curious"
        return True, "optional"
    return False, None


_SHORT_LABEL = lazyre.compile(
    rf"^\W*(?P<word>{_REQ_WORDS}|{_OPT_WORDS})(?:\s+[\w'’-]+){{1,2}}\s*:$", re.IGNORECASE
)
"""A requirement word and at most two more words ending in a colon: a label."""


_MORE_IF = lazyre.compile(
    rf"^\W*(?:more|more\s+{alternation(vocab.READING_NOUNS)}|{alternation(vocab.READING_NOUNS)})\s+"
    rf"{alternation(tuple(w for w in vocab.OPTIONAL if w.startswith(('if ', 'for '))))}\W*$",
    re.IGNORECASE,
)
""""More" or a reading noun, then an optional condition of the vocabulary: a label."""


_TITLED_MARKER = lazyre.compile(
    rf"^[^\W\d][\w '’-]{{0,30}}?\s*[(\[]\s*(?P<word>{_REQ_MARK}|{_OPT_MARK})\s*[)\]]\s*:?$",
    re.IGNORECASE,
)


def is_reading_label(text: str) -> bool:
    """``Reading:``, ``Optional readings``: words that name a list of readings."""
    clean = collapse(text)
    return bool(clean) and len(clean) <= 80 and bool(_LABEL.match(clean))


_LEADING_LABEL = lazyre.compile(
    rf"^\s*(?:(?:{_REQ_WORDS}|{_OPT_WORDS})\s+)?(?:{alternation(vocab.READING_NOUNS)}|{_REQ_MARK}|"
    rf"{_OPT_MARK}|{alternation(vocab.READ_LEADS)}|{alternation(vocab.MARKER_LEADS)})"
    # a remark in brackets before its colon: "Background (optional):"
    r"(?P<remark>\s*[(\[][^()\[\]]{1,30}[)\]])?\s*[:\-–—]\s*",
    re.IGNORECASE,
)


def strip_label(text: str) -> str:
    """Text without a leading ``Readings:``/``Optional:`` label."""
    return _LEADING_LABEL.sub("", text, count=1)


_LEADING_ICONS = lazyre.compile(r"^(?:(?:[^\w\s\"'“‘(\[]+|[(\[][^\w\s()\[\]]{1,3}[)\]])\s*)+")
"""Signs before a citation (``📖 Sennrich et al. 2016, ...``, a legend's ``(*)``, a
written bullet then a mark: ``·  † Gilovich, T.``): icons or marks, not the title."""


_ITEM_NUMBER = lazyre.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
"""A list number typed before a citation in a cell (``1. Title [pdf]<br>2. …``)."""


def _cited(before: str) -> str:
    """The words before a link that cite its work, without what opens them: an icon,
    a label (``Also recommended:``) or a pill (``**Optional**{: .label} Verma, S.``)."""
    cited = _ITEM_NUMBER.sub("", before, count=1)  # "2. 📖 Dettmers et al. … [arXiv](..)"
    cited = _MARKER_LEAD.sub("", _LEADING_ICONS.sub("", cited), count=1)
    cited = _ITEM_NUMBER.sub("", cited, count=1)  # "2. Paxos Made Live … [[pdf]](..)"
    return strip_markers(_PILL.sub("", strip_label(cited), count=1))


_PILL = lazyre.compile(
    rf"^\s*(?:(?i:{_REQ_WORDS}|{_OPT_WORDS})\s+(?=[A-Z])"
    # a reading noun, before an author list only: "Reading Ho, Jain & Abbeel. …", not
    # the title "Reading Wikipedia to Answer Open-Domain Questions"
    rf"|(?i:{alternation(vocab.READING_NOUNS)})\s+(?=[A-Z][\w'’-]+(?:,|\s+(?:&|and|et\s+al)\b)))"
)
"""A requirement word or reading noun opening a citation, as a label pill shows it
(``Optional Verma``, ``Reading Ho, Jain & Abbeel``)."""


_ABBREVIATED_END = lazyre.compile(rf"\b{alternation(vocab.CITATION_ABBREVIATIONS)}$", re.IGNORECASE)


_VENUE_WORD = r"(?:[A-Z][A-Za-z]{1,9}|[A-Z]{2,}[a-z]*)"
_VENUE_TEXT = lazyre.compile(
    rf"^\s*\[?(?P<venue>{_VENUE_WORD}(?P<more>(?:\s+(?:{_VENUE_WORD}|&|[A-Z]&[A-Z])){{1,2}})?)\]?\s*$"
)


def is_companion(text: str) -> bool:
    """A link text naming a work's copy (``pdf``, ``[ACM]``) or its material (``code``,
    ``slides``): not a work of its own."""
    return is_generic(text) or names_material(text)


def venue_text(text: str) -> bool:
    """Whether a link text could be a venue's name (``MLSys``, ``[NeurIPS]``, ``USENIX
    Security``)."""
    return _VENUE_TEXT.match(text) is not None


def names_venue(text: str, before: str) -> bool:
    """A link text that is only the venue its citation names right before it
    (``MegaBlocks … MLSys 2023. [MLSys]``): the proceedings' copy, named generically; a
    venue of two or three words only with its year there (``USENIX Security 2021``)."""
    match = _VENUE_TEXT.match(text)
    if match is None:
        return False
    # a venue of several words with its year (``… USENIX Security 2021. [USENIX Security]``):
    # a title's words repeated would not be followed by one
    year = r"\s+(?:19|20)\d\d\b" if match["more"] else ""
    venue = r"\s+".join(re.escape(word) for word in match["venue"].split())
    return re.search(rf"\b{venue}\b{year}", before) is not None


def with_abbreviation(stripped: str, written: str) -> str:
    """*stripped* (a citation's words, their end's punctuation cut) with the period back
    when it ends an abbreviation (``… The Disability Studies Reader, 5th ed.``), or the
    closing ellipsis back."""
    if (
        stripped
        and _ABBREVIATED_END.search(stripped)
        and written.strip().startswith(f"{stripped}.")
    ):
        return f"{stripped}."
    if stripped[-1:].isalnum() and written.strip(" :;,-–—([|·•").endswith(f"{stripped}..."):
        return f"{stripped}..."  # "What Goes Around Comes Around... And Around...": its ellipsis
    return stripped


def title_around(before: str, after: str) -> str:
    """The title of a generically named link from the words around it: before it
    (without a leading label or marker), else after it."""
    cited = _cited(before)
    title = cited.strip(" :;,.-–—([|·•")  # "Machine Bias | https://…": a separator
    title = with_abbreviation(title, cited)
    if not title:
        title = strip_markers(after).strip(" :;,.-–—)]")
        marker = _BARE_SUFFIX.match(title)
        if marker is not None and not title[marker.end() :].strip():
            return ""  # "[pdf](u) optional": a marker, not what the link is
    return title


_ABOVE_NOTE = lazyre.compile(
    # "The above are optional.", "Both papers above are required", "These are optional"
    r"^\W*(?:(?:all|both)\s+(?:of\s+)?)?"
    r"(?:the\s+above(?:\s+(?:readings?|papers?|articles?))?"
    r"|(?:these|those|the)\s+(?:(?:two|three|four|\d)\s+)?(?:readings?|papers?|articles?)"
    r"(?:\s+above)?|(?:readings?|papers?|articles?)\s+above|these|those\s+above)"
    rf"\s+(?:are|is)\s+(?:(?:all|both)\s+)?(?:(?P<opt>{_OPT_WORDS})|(?P<req>{_REQ_WORDS}))\b",
    re.I,
)


TOPIC_THEN_LINKS = lazyre.compile(r"\w\W*\s*[:—–|·]\s*$|\w\s+-\s*$")
"""Words set apart from the links after them (``Intro: [A]``, ``Intro — [A]``)."""


def readings_above_note(text: str) -> Requirement | None:
    """The requirement a note after an entry's readings gives them all, looking back
    ("The above are optional.", "Both papers above are required"), or None."""
    match = _ABOVE_NOTE.match(text)
    if match is None:
        return None
    return "required" if match["req"] else "optional"


def readings_note(text: str) -> Requirement | None:
    """The requirement a whole-row or whole-entry note gives every reading ("All
    readings are optional", "Both papers are required this time"), or None."""
    match = _ALL_READINGS.search(text)
    if match is None:
        return None
    return "required" if match["req"] or match["req_of_few"] else "optional"


_GENERIC = lazyre.compile(
    # after a source's acronym too: "PMC full text", "ACM pdf", and its year: "PLDI 2021
    # version"
    # or two: "USENIX ATC '14 version", a year written short too
    rf"^{_ICONS}(?-i:[A-Z](?:[A-Z]{{1,7}}|[a-z]{{1,4}}[A-Z][A-Za-z]{{0,4}})\s+){{0,2}}"
    r"(?:(?:(?:19|20)\d{2}|['’]\d{2})\s+)?"
    rf"{alternation(vocab.GENERIC_TEXT)}[\s)\]:.]*$"
    r"|^\s*\[?\d{1,3}\]?\s*$"
    # an icon that opens the work, alone: "Lipton, The Mythos … [{{< fa book >}}](u)"
    rf"|^\s*{icons.PAPER}\s*$"
    # a version named by where it is, in one lowercase word: "transformer-circuits
    # version", "distill version" (not "Raft extended version": a work's name)
    rf"|^{_ICONS}(?-i:[a-z][\w.-]*)\s+versions?[\s)\]:.]*$"
    # a copy named by what or whose it is: "local copy", "author's PDF copy", "mirror"
    rf"|^{_ICONS}(?:[\w-]+(?:['’]s)?\s+){{0,2}}{alternation(vocab.COPY_WORDS)}[\s)\]:.]*$"
    # an arXiv identifier written out: "arXiv:1503.02531" (a DOI written out stays its
    # own title: it says which work, as a bare URL does not)
    r"|^\s*\[?arxiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\]?\s*$"
    # a host's name: where the copy is, "also on [usenix.org](..)"
    rf"|^\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{alternation(vocab.HOST_NAME_ENDS)}\s*$",
    re.IGNORECASE,
)
"""Generic link text, a citation number (``[1]``) or an identifier (``arXiv:1503.02531``)."""
_FILE_NAME = lazyre.compile(
    rf"^\s*[\w.\-]+(?: [\w.\-&,()']+){{0,8}}\.{alternation(vocab.DOCUMENT_SUFFIXES)}\s*$", re.I
)
"""A file's name as link text (``Stone_ch7.pdf``, an upload on an LMS, its spaces too:
``Doll and Hill 1950.pdf``)."""
_CODE_FILE_NAME = lazyre.compile(rf"^\s*[\w.\-]+{alternation(vocab.CODE_SUFFIXES)}\s*$", re.I)
"""A code file's name as link text (``crawler.go``): material handed out in class."""
_MATERIALS_LABEL = lazyre.compile(rf"^\W*{alternation(vocab.MATERIALS_LABELS)}\W*$", re.IGNORECASE)


def is_materials_label(text: str) -> bool:
    """``Materials:``: a label that may name readings or class material alike."""
    return bool(_MATERIALS_LABEL.match(text))


_PART_NUMBER = r"(?:[a-z]\b|[a-z]?\.?\d{1,4}(?:\.\d{1,4})*[a-z]?\b)"
_PART_MORE = rf"\s*(?:[-–—,&]|and|to)\s*{_PART_NUMBER}"
_PART = lazyre.compile(
    # "ch. 2", "Appendix A", "§3.4"; without a part word, numbered sections: "1.1–1.3", "2.4"
    rf"^\s*(?:{alternation(vocab.PART_WORDS)}\.?\s*{_PART_NUMBER}(?:{_PART_MORE})*"
    rf"|[a-z]?\d{{1,4}}\.\d{{1,4}}(?:\.\d{{1,4}})*(?:{_PART_MORE})*)"
    # and a short gloss of the part: "ch. 1 (regression models)", "§2: Basics"
    r"(?:\s*\([^()]{1,40}\)|\s*:\s+[^:]{1,40})?\s*$",
    re.IGNORECASE,
)
_CONJUNCTION = lazyre.compile(r"^[\W_]*(?:and|or|&)?[\W_]*$", re.IGNORECASE)


def names_part(text: str) -> bool:
    """Link text naming only a part of a work: ``ch. 2``, ``§3.4``, ``1.1–1.3``, ``Appendix A``,
    ``ch. 1 (regression models)``, ``Introduction``."""
    return bool(_PART.match(text) or _NAMED_PART.match(text))


_NAMED_PART = lazyre.compile(rf"^\s*(?:the\s+)?{alternation(vocab.NAMED_PARTS)}\s*$", re.IGNORECASE)


def part_title(before: str, part: str) -> str:
    """The title of a link to a part of a work: the words naming the work right before it,
    then the part (``Bit by Bit, ch. 2``); the part alone when no words name it."""
    work = _cited(before).rstrip(" ([:;-–—")
    return part if _CONJUNCTION.match(work) else f"{work} {part}"


_NOT_READING_LEAD = lazyre.compile(
    rf"^\W*{alternation(vocab.NOT_READING_LEADS)}\s*:", re.IGNORECASE
)
"""An item opened by a lead that says what to do instead of read (``Watch: [..]``)."""
_KIND_AFTER = lazyre.compile(
    # with a remark after the kind: "(video, 2h)", "(code; optional)"
    rf"^\s*[(\[]\s*{alternation(vocab.MATERIAL_KIND)}\s*(?:[,;][^()\[\]]{{0,30}})?[)\]]"
    # what to do there, said of it: "[Raft visualization](..) (play with it before class)"
    rf"|^\s*[(\[]\s*(?:please\s+)?{alternation(vocab.ACTION_LEADS)}\s+(?:it|this|them)\b",
    re.IGNORECASE,
)


def kind_after(after: str) -> bool:
    """Whether the words right after a link say it is material (``[smallpt](u) (code)``)
    or coursework that falls due (``[A1: Tokenizers](u) is due Fri Feb 2``)."""
    return bool(_KIND_AFTER.match(after) or _DUE_AFTER.match(after))


_DUE_AFTER = lazyre.compile(r"\s*(?:is|are)\s+(?:now\s+)?due\b", re.IGNORECASE)


EVENT_TITLE = lazyre.compile(rf"\b{alternation(vocab.DEADLINE)}\b", re.IGNORECASE)
"""Words naming a calendar event rather than a session (``Midterm``, ``Holiday``, ``HW 2
due``): :data:`vocab.DEADLINE`."""


def names_material(text: str) -> bool:
    """Link text naming course material, not a work: ``[slides]``, ``video``, ``code``,
    or several joined (``notes & slides``, ``slides/video``, ``slides + code``)."""
    if _NOT_READING_TEXT.match(text) or _CODE_FILE_NAME.match(text):
        return True
    stem = _FILE_SUFFIX.sub("", text)
    if stem != text:  # an upload's name: "Midterm practice exam (Spring 2025).pdf"
        stem = _LAST_BRACKET_ANY.sub("", stem).replace("_", " ")
        return names_material(stem) or bool(_QUALIFIED_MATERIAL_IN.search(stem))
    if text.count(" ") < _QUALIFIED_MATERIAL_WORDS and _QUALIFIED_MATERIAL_IN.search(text):
        return True  # "CS3102 past exam paper 2023–24": a short name around the material
    bracket = _LAST_BRACKET_ANY.search(text) if text.rstrip().endswith(")") else None
    if bracket and bracket.start() > 0 and _MATERIAL_BRACKET.fullmatch(bracket.group(0).strip()):
        return True  # "Presentation order (sign-up sheet)": what it is, in brackets
    named = _NAMED_AFTER_COLON.match(text) if ":" in text else None
    if named is not None and _NOT_READING_TEXT.match(named["what"]):
        return True  # "Poverty traps: lecture slides": the topic, then what the link is
    if _JOINT.search(text) is None:
        return False
    parts = _JOINED.split(text)
    return len(parts) > 1 and all(_NOT_READING_TEXT.match(part) for part in parts)


_NAMED_AFTER_COLON = lazyre.compile(r"^[^:]{1,60}:\s+(?P<what>[^:]{1,30})$")
"""A topic, a colon, then a few words saying what the link is (``Poverty traps:
lecture slides``)."""
_FILE_SUFFIX = lazyre.compile(rf"\.{alternation(vocab.DOCUMENT_SUFFIXES)}\s*$", re.IGNORECASE)
_QUALIFIED_MATERIAL_WORDS = 6
"""Words at most of a link text that names qualified material among other words."""
_QUALIFIED_MATERIAL_IN = lazyre.compile(
    rf"\b{_QUALIFIED_MATERIAL}(?:\s+(?:papers?|questions|solutions?|answers))?"
    rf"(?:\s*[(\[]?(?:{alternation(vocab.TERMS)}\s*)?[\d/–-]+[)\]]?)?"
    r"(?:\s+(?:solutions?|answers))?\s*$",
    re.IGNORECASE,
)
"""Qualified material ending a short name, maybe with its year or term (``CS3102 past
exam paper 2023–24``, ``Midterm practice exam``, ``Practice midterm (Spring 2023)``,
``Practice Midterm Spring2024 solutions``)."""
_MATERIAL_BRACKET = lazyre.compile(
    rf"\(\s*{alternation(vocab.MATERIAL_TEXT)}\s+{alternation(vocab.MATERIAL_SUFFIX)}\s*\)",
    re.IGNORECASE,
)
"""A bracket naming a tool of the class (``(sign-up sheet)``, ``(feedback form)``); not a
kind of reading (``(survey)``, ``(course handout)``)."""
_LAST_BRACKET_ANY = lazyre.compile(r"\s*\([^()]{1,30}\)\s*$")
"""A file name's last bracket (``(Spring 2025)``, ``(1)``): its copy or term."""
_JOINT = lazyre.compile(r"[&+/,]| and ", re.IGNORECASE)
"""What joins material words (checked before :data:`_JOINED` splits on it)."""
_JOINED = lazyre.compile(r"\s*[&+/,]\s*|\s+and\s+", re.IGNORECASE)


def is_generic(text: str) -> bool:
    """Link text that names no work by title (``pdf``, ``link``, ``here``, ``Stone_ch7.pdf``,
    a URL written out)."""
    return bool(_GENERIC.match(text) or _FILE_NAME.match(text) or _URL_TEXT.match(text))


def is_identifier_link(text: str, href: str) -> bool:
    """A link that is an identifier written as plain text (``doi:10.1145/…``,
    ``10.1109/5.771073``: :mod:`readlist.extract.identifiers`), its text its href: the
    citation before it names it, as it names a ``[pdf]``."""
    return text.strip() == href.strip() and identifiers.canonical(href) is not None


_URL_TEXT = lazyre.compile(r"^\s*<?(?:https?://|www\.)\S+>?\s*$", re.IGNORECASE)


def is_url_text(text: str) -> bool:
    """Link text that is a URL written out (``<https://...>``): only the words before it
    name it; the words after a bare URL comment on it ("if you need a refresher")."""
    return bool(_URL_TEXT.match(text))


def is_link(href: str) -> bool:
    """False for empty, ``#...``, ``javascript:``, ``mailto:`` and data URLs (see
    :func:`readlist.urls.is_link`; tabs and newlines inside an href are ignored)."""
    return urls.is_link(href)


_NON_WORDS = lazyre.compile(r"\W*")
BUSINESS_REACH = 60
"""The most characters between a business clause's colon and the link it covers."""


_DUE_PLACE = lazyre.compile(
    r"\bdue\b[^.;:!?()\[\]]{0,40}\s(?:on|in|via|through|to|at)\s*(?:the\s+)?$", re.IGNORECASE
)
"""A deadline's clause ending in where to hand it in (``… are due Fri Feb 7 on``): the
link after it is the place, no reading."""


def _business_clause(context: str) -> bool:
    """Whether the clause right before a link names course business (``Presenters: A,``),
    not one that a later label ended (``Slides: pdf · Reading: [A]``), nor a work's
    title that only starts like it (``Video Google: A Text Retrieval Approach ...,
    J. Sivic, A. Zisserman. [pdf]``: a citation runs longer than business does)."""
    # "Thu 1/29 Guest lecture: ...": the entry's date is not the clause
    lead = _NON_WORDS.match(context)
    dated = DATE_RE.match(context, lead.end()) if lead else None
    if dated:
        after = _NON_WORDS.match(context, dated.end())
        context = context[after.end() if after else dated.end() :]
    return any(
        ":" not in (rest := context[m.end() :]) and len(rest) <= BUSINESS_REACH
        for m in _MATERIAL_CLAUSE.finditer(context)
    )


def _tail(text: str, size: int = 60) -> str:
    """The last words of *text* (whole words only): what stands right before a link."""
    return text if len(text) <= size else text[-size:].split(" ", 1)[-1]


_PHRASE_BREAK = lazyre.compile(r"[.;:|·•,()\[\]{}—–]|\s-\s")
_MATERIAL_PHRASE_WORDS = 3
"""A material word right before a link labels it (``Lecture slides [pdf]``, ``Talk by
[Ada]``) when its phrase is this short (two words more with a colon: ``Lecture slides
and video:``); the last word of a longer phrase is a title's (``Learning
Representations of Code [[paper]]``) or a sentence's (``the comparison we do in lab:``),
and so is a phrase this long in title case with no colon after it (``Spark: Resilient
Distributed Datasets [[paper]]``)."""


_PURPOSE = lazyre.compile(r"\W*for\s+(?:the\s+)?[\w-]+\s*", re.IGNORECASE)
"""A label of one purpose word after "for" (``For discussion:``, ``For review:``)."""


def _names_material(context: str) -> bool:
    """The words right before a link say it is material (``Slides:``, ``Talk by``)."""
    tail = _tail(context)
    match = _CONTEXT_NOT_READING.search(tail)
    if match is None:
        return False
    if not match.group(0)[0].isalnum():  # an emoji
        return True
    phrase = _PHRASE_BREAK.split(tail[: match.end()].rstrip(" [(:"))[-1]
    if _PURPOSE.fullmatch(phrase):
        return False  # "For discussion: [A](u)": what the reading is for, not material
    labelled = ":" in match.group(0)  # "Code:", "Lecture slides and video:"
    words = phrase.split()
    if (
        not labelled
        and len(words) >= _MATERIAL_PHRASE_WORDS
        and all(w[:1].isupper() for w in words)
    ):
        return False  # "Spark: Resilient Distributed Datasets [[paper]]": a title's words
    return len(words) <= _MATERIAL_PHRASE_WORDS + (2 if labelled else 0)


_WORK_LEAD = lazyre.compile(
    rf"(?:^|[.;:]\s)\W*{alternation(vocab.WORK_LEADS)}\s*:\W*$", re.IGNORECASE
)
"""A lead opening a work to watch or hear right before its link (``Watch:``)."""


_COURSE_PAGE_TEXT = lazyre.compile(
    rf"^\W*(?:(?:the|our|this|this\s+course's|the\s+course's)\s+)?"
    rf"{alternation(vocab.COURSE_PAGES)}(?:\s+page)?\W*$",
    re.IGNORECASE,
)
"""A link text naming only a page of the course's site (:data:`vocab.COURSE_PAGES`)."""


def is_reading(text: str, href: str, context: str = "") -> bool:
    """Whether a link is a reading, not slides, a recording, a form, a speaker page ...

    *context* is the text of the item before the link (``Lecture slides:``).
    """
    if not is_link(href) or not collapse(text):
        return False
    href = urls.redirect_target(href)  # a Google Docs/Sites link: where it leads is judged
    if names_material(text) or _SPEAKER_TEXT.match(text) or _BUSINESS_TEXT.match(text):
        return False
    if _CONTAINER_TEXT.match(text):
        return False  # "The presentation order is on [this sheet](..)"
    if _COURSE_PAGE_TEXT.match(text):
        return False  # "Read the [schedule](..) before then": the course's own page
    if href.lstrip().lower().startswith(vocab.LMS_REFERENCES):
        return False  # "$WIKI_REFERENCE$/pages/…": the course's own page in a Canvas export
    if _PERSON_TEXT.match(text) or _ACTION_TEXT.match(text):
        return False  # "Our guest is [Dr. Lena Park](..)": who talks; "[Upload your slide]"
    if context and _names_material(context):
        return False
    if (
        context
        and (_PLACE_TEXT.match(text) or _GENERIC.match(text))
        and _MATERIAL_PLACE.search(context)
    ):
        return False
    if context and (_business_clause(context) or _NO_READINGS.search(context)):
        return False
    # "Project proposals are due **Fri Feb 7** on [LEARN](..)": where to hand it in, a
    # one-word place (not "Reading response due on [A Study](..)": a work)
    if (
        context
        and "due" in context.lower()
        and _DUE_PLACE.search(context)
        and (len(text.split()) == 1 or is_generic(text))
    ):
        return False
    if context and (_ACTION_CLAUSE.search(context) or _NOT_READING_LEAD.match(context)):
        return False
    try:
        parts = urlsplit(href.strip())
        host = parts.hostname or ""
    except ValueError:
        return True
    if _NOT_READING_HOST.search(host):
        return False
    # a Canvas page's links as its editor stores them, without the host: "/courses/1/…"
    if _LMS_HOST.search(host) or (not host and _LMS_COURSE_PATH.match(parts.path)):
        # "[PDF](files/456)" is a reading when the words before it name one
        named = (
            not is_generic(text)
            or bool(_FILE_NAME.match(text))  # an upload's name names it
            or len(strip_label(context).split()) >= 2
        )
        return bool(_LMS_FILE.search(parts.path)) and named
    own_page = not parts.scheme and not host and not parts.query  # not "fetch.php?media=…"
    if own_page and parts.path.lower().endswith(vocab.PAGE_SOURCES):
        return False  # "[Syllabus](syllabus.md)": another page of the site, not a work
    if own_page and "." not in parts.path.rsplit("/", 1)[-1] and _OWN_MATERIAL.search(text):
        return False  # "[Tokenizer notes](/lectures/tokenization)": the class's own page
    if context and _WORK_LEAD.search(context) and not is_generic(text):
        return True  # "Watch: [*Flag Wars*](…/video/flag-wars)": a film named, to watch
    return not _NOT_READING_PATH.search(href)


_OWN_MATERIAL = lazyre.compile(rf"\b{alternation(vocab.SESSION_MATERIAL)}\s*$", re.IGNORECASE)
"""A link text ending in what a session's material is (``Tokenizer notes``): on the
site's own page by its clean URL, the class's material."""


def resolve_href(href: str, base_url: str | None) -> str:
    """*href* made absolute against the site's base URL (``url`` + ``baseurl``).

    Absolute URLs and protocol-relative ones are returned as written;
    a relative href with no base URL stays as written.
    """
    href = href.strip()
    named = identifiers.canonical(href) if identifiers.may_name(href) else None
    if named is not None:  # "arXiv:1706.03762", "doi:10.1145/…": the page it names
        return named
    try:
        parts = urlsplit(href)
    except ValueError:
        return href
    if parts.scheme or href.startswith("//") or not base_url:
        return href
    base = base_url if base_url.endswith("/") else base_url + "/"
    if href.startswith("/"):
        # Site-absolute: the host part of the base URL, if any, plus the href.
        origin = urlsplit(base)
        return f"{origin.scheme}://{origin.netloc}{href}" if origin.netloc else href
    return urljoin(base, href) if urlsplit(base).netloc else base + href.removeprefix("./")


def site_path_link(href: str, base_url: str) -> str:
    """The link of a data file's *href* that the site renders through Jekyll's
    ``relative_url``: a site-absolute path (``/assets/x.pdf``) lies under the baseurl
    (``https://host/fa24/assets/x.pdf``) unless it already starts with it."""
    href = href.strip()
    base_path = urlsplit(base_url).path.rstrip("/")
    if not href.startswith("/") or href.startswith("//") or not base_path:
        return resolve_href(href, base_url)
    if href == base_path or href.startswith(base_path + "/"):
        return resolve_href(href, base_url)
    return resolve_href(href.lstrip("/"), base_url)
