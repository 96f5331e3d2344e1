"""The words readlist reads a course site by, in one place.

Every marker, label, header and not-a-reading pattern of ``readlist/extract/``
is built from the lists below; adding a word is adding one line.  Words are
plain phrases (a space matches any whitespace, other characters are literal);
:func:`alternation` turns a list into a regular-expression group.  The words
come from the formats and from what staff write on many sites, never from one
course: ``tests/test_extract_vocab.py`` pins each of them with a row of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
"""Each character of the words to the trie of what may follow it; ``""`` ends a word."""


def alternation(words: Iterable[str]) -> str:
    """A group matching any of *words*, the longest first where one begins another (a
    space matches ``\\s+``), written as a trie (``(?:require(?:d)?|core)``): it compiles
    and matches faster than a flat list of a hundred phrases."""
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: _Trie) -> str:
    """The regular expression of a trie node: its branches, then the end if a word ends."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# --- requirement markers ---------------------------------------------------------
REQUIRED = (
    *("required", "require", "mandatory", "must read", "must-read", "core", "essential"),
    *("compulsory", "obligatory"),  # British and European English: "Compulsory reading"
)
"""Words that mark a reading required."""
OPTIONAL = (
    *("optional", "optionally", "recommended", "suggested", "supplementary"),
    *("supplemental", "additional", "going further", "further", "extra", "bonus"),
    *("deeper dive", "deep dive", "see also", "for further reading", "if you have time"),
    *("if time permits", "if interested", "for the curious", "going deeper"),
    *("if you want more", "go deeper", "deeper dives", "deep dives", "if you're curious"),
    *("if you’re curious", "if you are curious", "if you can", "go further"),
    *("if you want to go further", "if you want to go deeper", "if you want"),
    *("nice to read", "highly recommended", "strongly recommended", "strongly suggested"),
)
"""Words that mark a reading optional ("highly recommended" is still not required)."""
PRIORITY_FIELDS = ("priority", "importance", "level")
"""A reading's data field or table column whose value is a priority (``priority: core``,
``| Reading | Priority |``)."""
PRIORITY_REQUIRED = ("must", "must-have", "must have")
"""A priority a data record's ``level``/``priority`` field may give (MoSCoW): required."""
PRIORITY_OPTIONAL = ("nice-to-have", "nice to have", "should", "could")
"""A priority a ``level``/``priority`` field may give: optional."""
KEY_WORDS = (
    *("optional", "required", "recommended", "suggested", "must read", "must-read"),
    *("mandatory", "core", "essential", "compulsory", "obligatory"),
)
"""What a page's key may say its mark means ("★ = must read, others are suggested");
each is a word of :data:`REQUIRED` or :data:`OPTIONAL`."""
KEY_PLACES = (
    *("schedule", "page", "syllabus", "calendar", "site", "website", "reading list"),
    *("list", "table", "course website", "course page"),
)
"""Where a key says its readings are, between their noun and its verb ("Readings on the
schedule are required", "Papers listed on this page are optional"): not its meaning."""
STYLE_VERBS = ("set", "shown", "written", "marked", "printed", "highlighted")
"""How a style key says its readings wear a style (``Papers set in bold are ...``)."""
REQUIRED_ABBREVIATIONS = ("req.", "req", "reqd.", "req'd")
"""Short forms of a required marker, read in brackets or before a delimiter only
(``(req)``, ``Req.:``): alone in prose they may mean something else."""
OPTIONAL_ABBREVIATIONS = ("opt.", "opt", "rec.", "rec", "recd.", "rec'd")
"""Short forms of an optional marker (``(opt.)``, ``Rec.: Weng, [..]``), read like
:data:`REQUIRED_ABBREVIATIONS` (``[rec]`` as a link's whole text is a recording)."""
READING_NOUNS = (
    *("reading", "readings", "paper", "papers", "material", "materials", "text", "texts"),
    *("literature", "references", "background", "textbook", "textbooks", "extras"),
    *("reading list", "reading lists", "paper list"),
)
"""Nouns that, alone or after a requirement word, label a list of readings (and are no
words of a reading's title: ``Textbook: Kurose & Ross [ch. 7]``)."""
MARKER_LEADS = ("also", "plus")
"""Words that may open a requirement marker or label (``Also recommended:``)."""
READ_LEADS = ("read", "also read", "skim", "prereading", "pre-reading", "related", "see also")
"""Words that open a line of readings without saying required or optional (``Also read:``,
``Skim:``): cut from the words that title a ``[pdf]`` link after them."""
BOX_KIND_COLOURS = {
    **{"note": ("blue",), "info": ("blue",), "tip": ("green",), "important": ("red",)},
    **{"danger": ("red",), "warning": ("orange", "yellow"), "caution": ("orange", "yellow")},
}
"""The colours generators draw each kind of box in (Quarto callouts, MyST and MkDocs
admonitions): a key may name boxes by colour ("Readings in the blue boxes are required")."""
BOX_COLOURS = ("blue", "green", "red", "orange", "yellow")
"""Colours a key may name boxes by."""
NOTES_BYLINES = ("scribes", "scribe", "scribed by", "notes by", "notes taken by")
"""A byline that opens a page of lecture notes (``*Scribes: Priya Raman · Thu Jan 23*``):
the notes of a lecture, not a lecture of the schedule."""
WORK_LEADS = ("watch", "listen", "listen to", "view")
"""Run-in leads that open a work to watch or hear (``**Watch:** [A talk](..)``): readings,
like those :data:`READ_LEADS` open."""
MATERIALS_LABELS = ("material", "materials", "class materials", "course materials")
"""Labels that may open a list of readings or a line of class material alike: a line they
open that also links slides or a recording is material (``*Materials:* [slides] · [data]``)."""
SIGN_NOUNS = (
    *("star", "asterisk", "mark", "marker", "sign", "symbol", "dagger", "icon", "label"),
    *("badge", "tag", "check", "checkmark", "tick"),
)
"""What a key calls its sign when it names the readings without it ("readings without
a star are optional")."""
MARKER_NOUNS = ("reading", "readings", "read", "paper", "papers", "article", "articles")
"""Nouns a marker may carry before its delimiter: ``Optional paper:``, ``Required reading:``."""

# --- link texts and words before a link that are not readings ---------------------
MATERIAL_TEXT = (
    *("slide", "slides", "slide deck", "deck", "ppt", "pptx", "keynote", "video"),
    *("recording", "recorded", "youtube", "podcast", "audio", "scribe", "scribe note"),
    *("scribe notes", "notes", "lecture notes", "class summary", "review", "submit review"),
    *("submit your review", "survey", "form", "feedback", "quiz", "poll", "homework", "hw"),
    *("question", "faq", "faqs", "preview"),
    *("assignment", "demo", "demos", "code", "notebook", "colab", "zoom", "meeting"),
    *("sign-up", "sign up", "signup", "leaderboard", "assignments", "questions"),
    *("template", "exam", "exams", "midterm", "midterms", "final", "finals", "prelim"),
    *("prelims", "webcast", "livestream", "stream", "transcript", "handout", "worksheet"),
    *("solution", "solutions", "project page", "project website", "study guide"),
    *("midterm study guide", "exam study guide", "final study guide", "guidelines"),
    *("instructions", "talk", "rubric", "rubrics", "lab page", "homepage", "home page"),
    "lab website",
)
"""Link texts that name course material, not a work (``[slides]``, ``video``), or a
work's companion (``(project page)`` after a paper)."""
MATERIAL_KIND = ("video", "slides", "recording", "audio", "youtube", "code", "demo")
"""Said in parentheses at the end of a link text or right after the link, the kind of
material it is (``[Needfinding (video)](..)``, ``[smallpt](..) (code)``)."""
ENTRY_NOUNS = (
    *("row", "session", "lecture", "class meeting", "class", "meeting", "week", "day"),
    *("entry", "topic"),
)
"""What a key names each entry by (``The first paper in each row is required``)."""
EVERYONE_READS = (
    *("everyone reads", "everyone should read", "everyone must read", "all read"),
    *("everyone is expected to read", "everyone is expected to have read"),
    *("that everyone read", "everyone to read"),  # "Dr. Raman asked that everyone read"
)
"""Words of a key saying a reading is everyone's (``...; everyone reads it``): required."""
KEY_REQUIRED_PHRASES = (
    *("responsible for", "expected to read", "have read", "having read"),
    "will be quizzed on",
    *("need to read", "have to read", "the ones we discuss", "the ones we will discuss"),
    *("read closely", "read it closely"),
    *("you've read", "you’ve read"),  # "we'll assume you've read them"
    *("should be read", "must be read"),  # SHOULD_BE_READ
)
"""Words a key's sentence says a label's readings are everyone's with, beside the
label it names ("You're responsible for everything under *Read before class*"); read
in a key only, never as a mark beside a reading."""
SHOULD_BE_READ = ("should be read", "must be read")
"""Words a key says the readings it leaves unmarked are required with ("everything else
in the Readings column should be read before class"); also key phrases above."""
MARKER_TIMES = ("this year", "this term", "this semester", "this quarter", "this time", "this week")
"""Words after a marker that say when it holds ("(optional this year)"): a remark of
the marker's, as a condition is."""
KEY_OPTIONAL_PHRASES = (
    *("for your own interest", "if you're interested", "if you’re interested"),
    *("extras", "nobody will check", "there if", "skim is enough", "skimming is enough"),
    *("for the curious", "for the keen", "for those interested", "for anyone interested"),
)
"""Words a key's sentence says a label's readings are optional with ("*Go deeper* and
*Rabbit holes* are for your own interest"); read in a key only."""
NOT_EXAMINED = (
    *("will not be on the", "won't be on the", "won’t be on the", "are not on the"),
    *("is not on the", "will not be tested", "won't be tested", "won’t be tested"),
    *("will not be examined", "are not examinable", "is not examinable"),
)
"""A key's words that its readings are not examined ("… are for your own interest and
will not be on the midterm"): no negation of its meaning, and optional where it gives
none other."""
OFFERS_BEFORE = (
    *("can also look at", "can also read", "can also check out", "can also skim"),
    *("may also want to", "might also want to", "might also like", "might also enjoy"),
    *("will like", "will enjoy", "will also like", "will also enjoy", "might enjoy"),
)
"""Words ending the clause before a link that offer it to whoever wants it, not ask
for it ("the more ambitious can also look at [A]", "Those who enjoy proofs will like
[A]"): optional."""
OFFERS_AFTER = (
    *("catch your interest", "catches your interest", "interests you", "interest you"),
    *("if you like", "if you enjoy", "if you're keen", "if you’re keen", "if you are keen"),
    *("goes deeper", "goes much deeper", "goes further", "goes much further"),
)
"""Words after a link in its own clause that offer it to whoever wants it ("[A] is a
good follow-up if invariants catch your interest", "[B] goes much deeper"), beside the conditions of
:data:`OPTIONAL`: optional."""
FUNCTION_WORDS = ("a", "an", "the", "for", "of", "on", "in", "to", "with", "and", "or", "by")
"""Words that join a title's parts, never qualify a material's kind (``Agents for Code:
A Survey`` is a title; ``Talk video: ...`` is a video)."""
MATERIAL_TAIL = (
    *("demo", "demos", "video", "videos", "walkthrough", "recording", "template"),
    *("templates", "slides", "sign-up", "sign up", "signup", "format", "starter code"),
    *("rubric", "rubrics", "worksheet", "starter kit", "homepage", "home page", "image"),
    *("install guide", "installation guide", "setup guide", "starter file", "starter files"),
    *("r package", "python package"),
)
"""Said last in a short link text (at most three words), the material it names:
``[RRT demo]``, ``[interview demo video]``, ``[Docker image]`` (a work's title is longer)."""
MATERIAL_PREFIX = (
    *("lecture", "guest lecture", "class", "paper", "course", "presentation", "proposal"),
    *("report", "project", "section", "discussion"),
)
"""Words that may stand before a material text (``Lecture slides``, ``Class notes``,
``Presentation sign-up sheet``, ``Proposal template``)."""
MATERIAL_SUFFIX = ("template", "sheet", "link", "form")
"""Words that may follow a material text (``Scribe notes template``, ``Sign-up sheet``)."""
TERMS = ("spring", "summer", "fall", "autumn", "winter")
"""Terms of the academic year, which may date course material (``Practice midterm
(Spring 2023)``, ``Practice_Midterm_Spring2024.pdf``)."""
TERM_ORDER = {"wi": 0, "sp": 1, "su": 2, "fa": 3, "au": 3}
"""Where each term (by its first two letters: ``fa23``, ``Fall 2023``) falls in a year:
which of two offerings is the later."""
MATERIAL_QUALIFIER = (
    *("practice", "sample", "past", "old", "demo", "starter", "example", "source"),
    *("previous", "last year's", "last year’s"),
)
"""Qualifiers of exams and code (``practice exam``, ``starter code``)."""
CONTEXT_NOT_READING = (
    *("slide", "slides", "recording", "recordings", "video", "videos", "homework", "hw"),
    *("survey", "review", "section", "lab", "assignment", "due", "exam", "quiz", "midterm"),
    *("final", "project", "speaker", "speakers", "guest", "presenter", "presenters"),
    *("instructor", "instructors", "discussion", "notes", "question", "questions"),
    *("template", "by", "lecturer", "lecturers", "host", "hosts", "panelist", "panelists"),
    *("demo", "demos", "visualiser", "visualizer", "visualisers", "visualizers"),
    *("simulator", "simulators", "playground", "notebook", "notebooks", "colab", "code"),
    *("sign-up", "sign up", "signup", "meeting", "zoom", "discussion lead", "discussion leads"),
    *("discussant", "discussants", "guest lecture", "dataset", "datasets"),
    *("projects", "problems", "problem set", "problem sets", "exams", "quizzes"),
)
"""The word right before a link (``Lecture slides: [PDF]``) that makes it material."""
COURSE_PAGES = (
    *("schedule", "syllabus", "calendar", "course schedule", "class schedule"),
    *("course calendar", "course syllabus", "course website", "course site", "course page"),
    *("announcement", "announcements", "course policies", "policies", "logistics"),
    *("project", "projects", "course project"),
)
"""A link text that only names a page of the course's site (``the [schedule](..)``,
``see the [syllabus](..)``): the way there, never a work."""
CONTAINER_PLACES = ("sheet", "spreadsheet")
"""Places of rows, never one work: a link text that only names one (``this sheet``, the
presentation order, a sign-up) is no reading, whatever the words around it (a folder may
hold the readings: "The DDIA chapters are in [this folder]")."""
ROOM_WORDS = ("room", "rm", "hall", "building", "bldg", "auditorium", "classroom", "lab")
"""Words naming where a session meets, before its number (``Room 101``, ``Library Room
3B``, ``Rm. 2-190``): a place, no part of the topic after it."""
PLACE_NOUNS = ("folder", "directory", "drive", "link", "page", "sheet", "doc")
"""A link text that only names a place (``this folder``): after a material word and a
preposition ("Upload slides to [this folder]"), where material goes."""
MATERIAL_EMOJI = ("🎥", "📹", "📺", "🎬", "🖥", "💻", "🎤", "📝", "📊")
"""Emoji that staff put right before a video, slides, a speaker or a due item
(``🎥 [Hinton's talk]``): the link after one is material."""
ICON_CLASSES = ("fa-", "bi-", "icon-", "glyphicon-", "octicon-", "mdi-", "ti-")
"""How the class of an empty icon element that names its icon begins (Font Awesome's
``<i class="fa fa-book">``, Bootstrap Icons' ``bi-book``): a sign named by its icon."""
PAPER_ICONS = ("book", "book-open", "newspaper", "file-lines", "file-text", "file-alt", "file-pdf")
"""Icons a link may show alone after a citation's words to open the work (Quarto's and
Hugo's ``[{{< fa book >}}](u)``): a copy of the work those words name, as ``[pdf]`` is."""
ICON_LIGATURE_CLASSES = ("material-icons", "material-symbols")
"""How the class of an icon element whose text names its icon begins (``<span
class="material-icons">menu_book</span>``, ``material-symbols-outlined``)."""
ICON_MODIFIERS = (
    *("fw", "lg", "xs", "sm", "xl", "2xs", "2xl", "1x", "2x", "3x", "4x", "5x"),
    *("solid", "regular", "brands", "light", "thin", "duotone", "sharp", "li", "border"),
    *("inverse", "spin", "pulse", "pull-left", "pull-right", "stack-1x", "stack-2x"),
    *("rotate-90", "rotate-180", "rotate-270", "flip-horizontal", "flip-vertical"),
)
"""Words after an icon class's prefix that style an icon, naming none (``fa-fw``,
``fa-solid``): ``<i class="fa-solid fa-book fa-fw">`` is the book."""
BUSINESS = (
    *("assignment", "homework", "hw", "lab", "project", "quiz", "exam", "midterm", "final"),
    *("section", "due", "problem set", "pset", "presenter", "presenters", "speaker"),
    *("speakers", "guest speaker", "guest speakers", "guest lecturer", "guest lecturers"),
    "guest lecture",
    *("lecturer", "lecturers", "scribe", "scribes", "discussion question"),
    *("discussion lead", "discussion leads", "discussant", "discussants", "led by", "host"),
    *("hosts", "panelist", "panelists"),
    *("discussion questions", "proposal template", "template", "slides", "recording"),
    *("video", "sign-up", "sign up", "signup"),
)
"""A clause that opens with one of these (``Assignment 1 out:``) is course business."""
ACTION_LEADS = (
    *("sign up", "sign-up", "signup", "register", "rsvp", "submit", "upload", "install"),
    *("fill in", "fill out"),  # "Please fill in the [course evaluation](..)"
    *("try out", "try the", "try this", "try a"),  # "Try the [HAX Playbook](..) on your P3 design"
    *("play with", "play around with"),  # a tool: "Play with the [Raft visualization](..)"
)
"""Verbs that open a sentence telling students to do something at a link ("Sign up for
a slot [here](..)"): the link is where, not a reading, and the sentence no topic."""
NOT_READING_LEADS = (
    *("do", "to do", "todo", "task", "activity", "try", "prompt", "response prompt"),
    *("reading response prompt", "discussion prompt", "writing prompt"),
)
"""Leads that open an item, with a colon, whose links are no readings: a task to do
(``Do: Request your data ([EFF's how-to](..))``). ``Watch:`` and ``Listen:`` open works
(a talk, a documentary, a podcast episode) that are readings."""
BUSINESS_EVENTS = ("due", "out", "released", "posted", "assigned")
"""After business and its number, right before a link (``Homework 1 due on [CMS]``):
the link is where the business happens, not a reading."""
NUMBERED_BUSINESS = (
    *("homework", "hw", "assignment", "lab", "project", "problem set", "pset", "quiz"),
    *("exam", "midterm", "prelim"),
    # the written work of reading courses: "Response paper 1", "Memo 2"
    *("response paper", "reading response", "reflection", "memo", "essay"),
)
"""``Homework 1 out``, ``Lab 2 handout``: numbered course business as a link text."""
SPEAKER_LEADS = (
    *("guest", "guests", "speaker", "speakers", "lecturer", "lecturers", "presenter"),
    *("presenters", "presented by", "talk by", "led by"),
)
"""Words of an entry's title line that say a person follows: the link after them is who
talks (``Guest Lecture - [Prof. Ada](..)``), not the session's reading."""
SPEAKER = ("speaker", "lecturer", "presenter", "instructor")
"""A link text naming a person who talks (``Guest Speaker: Ada``)."""
GENERIC_TEXT = (
    *("pdf", "html", "link", "here", "paper", "arxiv", "url", "web", "page", "article"),
    *("preprint", "acm", "ieee", "doi", "abs", "abstract", "full text", "fulltext", "read"),
    *("online", "download", "springer", "pubmed", "jstor", "ssrn", "openreview", "pmlr"),
    *("acl anthology", "publisher", "website", "web page", "webpage", "book website"),
    *("free pdf", "tech report", "technical report", "library e-book"),
    *("library ebook", "library access", "library link"),
    # a copy named by what it is: "CSCW version", "arXiv version", "journal version"
    *("version", "arxiv version", "journal version", "conference version", "full version"),
    *("extended version", "published version", "preprint version"),
    *("author pdf", "author's pdf", "eprint", "draft", "postprint"),
    *("open access", "open-access", "open access pdf", "open access version"),
    *("arxiv pdf", "journal", "journal page"),
    "proceedings",
    *("acm dl", "acm digital library", "ieee xplore", "pmc", "pubmed central"),  # a library
    *("hal", "zenodo", "osf", "researchgate", "semantic scholar"),  # an open archive
    *("google research", "microsoft research"),  # a lab's page of its papers
    *("cambridge core", "sciencedirect", "wiley online library", "oxford academic"),
    # publishers
    *("taylor & francis", "taylor and francis", "sage journals", "elsevier", "usenix"),
    *("canvas", "moodle", "blackboard"),  # the LMS that serves the file: "ch. 1 [Canvas]"
    "perusall",  # the reading platform that serves it: "[Perusall]"
    *("working paper", "nber wp", "nber working paper", "project muse"),
    *("ps", "ps.gz", "djvu"),  # a PostScript or DjVu copy: "[pdf] [ps.gz]"
)
"""Link texts that name no work; the reading's title comes from the words around."""
COPY_WORDS = ("copy", "copies", "scan", "mirror")
"""A copy named by what, or whose, it is, in up to two words before one of these
(``[local copy]``, ``[author's copy]``, ``[library scan]``, ``[mirror]``): generic."""
HOST_NAME_ENDS = ("org", "com", "edu", "net", "io", "gov", "ai", "dev", "uk", "de", "ca")
"""The ends of host names a link text may be (``usenix.org``, ``arxiv.org``): it names
where a copy is, no work."""
CITATION_ABBREVIATIONS = ("ed", "eds", "vol", "pp", "no", "al", "jr", "inc", "etc")
"""Words a citation abbreviates with a period (``5th ed.``, ``et al.``): a title that ends
with one keeps its period."""
PART_WORDS = (
    *("ch", "chap", "chapter", "chapters", "section", "sections", "sec", "§", "§§"),
    *("appendix", "part", "pp", "p", "pages"),
)
"""Words that name a part of a work before its number (``[ch. 2]`` after a book's title):
the reading's title is the work's name before the link, then the part."""
NAMED_PARTS = (
    *("introduction", "preface", "foreword", "prologue", "epilogue", "conclusion"),
    *("afterword", "prelude", "postscript"),
)
"""Unnumbered parts of a book that a link's whole text may name (``Noble, "Algorithms
of Oppression", [Introduction](..)``): titled by the work before it, then the part."""
DOCUMENT_SUFFIXES = ("pdf", "doc", "docx", "epub", "rtf", "txt", "ps", "ps.gz", "djvu")
"""A link text that is a file's name with one of these types (``Stone_ch7.pdf``, an
upload's name on an LMS) names no work either."""

# --- data records and include parameters ---------------------------------------------
NOTE_FIELDS = ("note", "notes", "comment", "remark")
"""A reading's data field a page prints in brackets after it (``note = "optional, a
two-page essay"`` shown ``(optional, a two-page essay)``): a marker there marks it."""
KIND_FIELDS = ("type", "kind", "category")
"""A data record's field, or a table's column, that says what kind of item it is
(``type: slides``, ``| Type | Item |`` with ``Video`` rows)."""
READING_KINDS = (
    *("read", "reading", "paper", "article", "book", "chapter", "text", "blog", "post"),
    *("essay", "survey", "tutorial", "preprint", "thesis", "report"),
    # a reading's role in the lecture: "kind: background", "type: primary" (a requirement
    # word, "type: supplementary", makes it a reading by that word)
    *("background", "reference", "primary", "secondary"),
)
"""A data record's ``type``/``kind`` that makes its link a reading (``kind: blog``,
``kind: background``); any other (``kind: slides``, ``type: lab``) is material."""
LINK_FIELDS = ("url", "link", "href", "pdf", "paper")
COPY_FIELDS = ("pdf",)
"""A reading record's field of a second copy beside its URL (``url: https://dl.acm.org/…``
with ``pdf: https://…/gfs-sosp2003.pdf``): the page links both, two readings of one work."""
"""Fields of a reading record (or include parameters) holding its URL."""
LINK_TEXT_FIELDS = ("title", "name", "text", "label", "paper", "citation", "cite")
"""Fields of a reading record (or include parameters) holding its text."""
ARXIV_ID_FIELDS = ("arxiv", "arxiv_id", "eprint")
"""Fields of a reading record holding an arXiv id instead of a URL (``arxiv: "1706.06083"``,
BibTeX's ``eprint``): the reading's URL is ``https://arxiv.org/abs/<id>``, the link a
template builds from it."""
DOI_FIELDS = ("doi",)
"""Fields of a reading record holding a DOI instead of a URL (``doi: 10.1109/SP.2017.41``):
the reading's URL is ``https://doi.org/<doi>``."""

FRONT_MATTER_TABLES = ("extra", "params")
"""Front matter tables that hold a page's own fields (Zola's ``[extra]``, Hugo's
``[params]``): a ``readings`` list inside one is the page's."""
SCHEDULE_PAGES = ("schedule", "calendar", "reading list", "readings", "lectures")
"""Names of the page a key on another page may speak for ("In the schedule, papers
marked ◆ are required"): read with the page so named (``schedule.md``)."""
LECTURE_PAGE_NAMES = (
    *("lecture note", "lecture notes", "lecture page", "lecture pages"),
    *("each lecture", "every lecture"),
)
"""Words naming the pages that are one lecture each, by which a key on another page
speaks for them all ("Each lecture note lists what to read under **Readings**; everyone
is expected to have read those"; "each lecture's page")."""
COURSE_INFO_PAGES = (
    *("index", "_index", "readme", "home", "syllabus", "about", "policies", "logistics"),
)
"""Pages (by file name) where a course states its rules: a key there ("Unless a paper is
marked *optional*, you are expected to have read it before class") speaks for every page
of the site whose own text gives no key."""
KEY_FIELDS = ("date", "day", "when", "week", "lecture", "session", "class")
"""Data-record fields that key an entry, the first present wins (``date: Jan 5``)."""
RECORD_ID_FIELDS = ("id", "slug", "uid", "session_id", "lecture_id")
"""Data-record fields naming a session, by which a template joins another data file's
readings to it (``site.data.readings[s.id]``)."""
TITLE_FIELDS = ("title", "topic", "what", "name", "lecture", "subject", "description", "label")
"""Data-record fields that title an entry, the first present wins."""
READING_FIELD_NOUNS = (
    *("reading", "readings", "paper", "papers", "material", "materials", "references"),
    "resources",
)
"""Data-record fields that list readings, alone or after a requirement word
(``readings``, ``optional_papers``, ``required-reading``)."""
PAGE_DATE_FIELDS = ("date", "day", "when", "lecture_date")
"""Front matter fields that key a page that is one lecture."""
DATE_FIELD_ALIASES = ("lecture_date", "session_date", "class_date", "meeting_date", "datetime")
"""Data-record fields read as ``date`` when a record has none (``lecture_date: 2025-01-14``)."""
TITLE_FIELD_ALIASES = (
    *("lecture_title", "session_title", "class_title", "lecture_topic", "session_topic"),
    *("topic_name", "theme"),
)
"""Data-record fields read as ``title`` when a record has none (``session_title: Intro``)."""

# --- hosts and paths ------------------------------------------------------------------
NOT_READING_HOSTS = (
    *("forms.gle", "forms.office.com", "surveymonkey.com", "typeform.com"),
    *("gradescope.com", "piazza.com", "edstem.org", "zoom.us", "meet.google.com"),
    *("teams.microsoft.com", "webex.com", "calendly.com", "campuswire.com", "slack.com"),
    *("discord.gg", "discord.com", "calendar.google.com", "crowdmark.com"),
    *("signupgenius.com", "doodle.com", "when2meet.com", "colab.research.google.com"),
    *("panopto.com", "panopto.eu", "kaltura.com", "echo360.org", "echo360.com"),
    *(
        "hotcrp.com",
        "classroom.github.com",
        "bbcollab.com",
    ),  # GitHub Classroom: an assignment's invitation
)
"""Hosts (and their subdomains) that never serve a reading: forms, course tools, profiles,
notebooks."""
PROFILE_HOSTS = ("linkedin.com",)
"""Hosts of people's profiles, never a reading: the host itself (and ``www.``), not its
content subdomains (``engineering.linkedin.com`` is a blog of essays)."""
NOT_READING_SUBDOMAINS = ("mediaspace",)
"""``mediaspace.<university>``: a lecture-recording portal on a university's own domain."""
LMS_ACTIVITY_PATHS = (
    *("/mod/forum/", "/mod/quiz/", "/mod/assign/", "/mod/choice/", "/mod/feedback/"),
    *("/mod/lti/", "/mod/workshop/", "/mod/chat/", "/mod/attendance/", "/mod/lesson/"),
    *("/d2l/lms/dropbox/", "/d2l/lms/quizzing/", "/d2l/le/discussions/", "/d2l/home/"),
    *("/d2l/le/news/", "/d2l/le/calendar/", "type=quiz", "type=discuss", "type=dropbox"),
    *(
        "/samigo-app/",
        "/discussionforum/",
        "/webapps/assessment/",
        "/webapps/discussionboard/",
    ),  # Brightspace
)
"""Moodle's activities on any host (``vle.<university>/mod/forum/view.php``): forums,
quizzes and assignments, never a reading (its files and pages may be); Brightspace's
(its quickLinks to a quiz or a discussion, ``quickLink.d2l?…&type=quiz``; its content
files, ``/d2l/le/content/…/viewContent/…/View``, are files), Sakai's Tests & Quizzes and
Forums, Blackboard's tests and discussion boards."""
LMS_REFERENCES = ("$wiki_reference$", "$canvas_object_reference$", "$canvas_course_reference$")
"""How a Canvas course export writes a link to the course's own pages, assignments and
discussions: never a reading (its files, ``$IMS-CC-FILEBASE$/…``, may be)."""
LMS_HOSTS = ("instructure.com", "blackboard.com", "brightspace.com", "moodlecloud.com")
"""Course LMS hosts: their file links are readings, nothing else on them is."""
LMS_SUBDOMAINS = ("canvas", "moodle", "d2l", "bcourses", "blackboard", "elearning", "lms")
"""``canvas.<university>``: an LMS on a university's own domain."""
LMS_FILE_PATHS = (
    *("/courses/\\d+/files/\\d+", "/files/\\d+/(?:download|preview)", "/pluginfile\\.php/"),
    *("/mod/(?:resource|folder|url)/view\\.php", "/bbcswebdav/", "/content/enforced/"),
    *("/le/content/\\d+/viewContent/",),
)
"""Paths (regular expressions) of a file an LMS serves (Canvas, Moodle, Blackboard, D2L)."""
NOT_READING_DIRS = (
    *("slide", "slides", "scribe_notes", "scribe_note", "scribenotes", "recording"),
    *("recordings", "video", "videos", "homework", "homeworks", "hw", "assignment"),
    *("assignments", "quizzes", "submission", "submissions", "exam", "exams", "midterm"),
    *("midterms", "prelim", "prelims"),
)
"""A path folder that holds course material (``/slides/``, ``/hw3/`` ...)."""
LAB_DIRS = ("lab", "labs")
"""A path folder of course labs (``/labs/lab3/``, ``/labs/3/``, ``/labs/setup.html``),
unless a named folder follows it: a research group's tree or a bibliography
(``/labs/imager/tr/2009/nested.pdf``, ``/lab/bib/fidge88.pdf``), whose files are
publications."""
PROFILE_DIRS = ("publications", "talks", "portfolio")
"""Folders of an academic's own site (academicpages: ``_publications/``, ``_talks/``):
their dated pages are the author's papers and talks, not the course's lectures."""
NEWS_DIRS = ("posts", "post", "blog", "news", "announcements", "updates")
"""Site folders of dated news (a Quarto or Hugo blog, ``content/post/``): their pages
are news, not the schedule, unless they hold the site's readings."""
NEWS_TAGS = ("announcement", "announcements", "news", "update", "updates", "notice")
"""Tags or categories of a post that is news (``tags: [announcement]``): not a lecture,
in a blog whose other posts are (unless it is tagged as a session too)."""
COURSEWORK_DIRS = (
    *("labs", "lab", "homework", "homeworks", "hw", "assignments", "assignment", "psets"),
    *("problem-sets", "exams"),
)
"""Site folders of coursework pages (``labs/lab01.Rmd`` dated by its session): labs and
assignments, not the schedule, unless they hold the site's readings."""
CODE_SUFFIXES = (
    *(".ipynb", ".py", ".r", ".jl", ".go", ".c", ".h", ".cc", ".cpp", ".java", ".rs", ".hs"),
    *(".scala", ".sh"),
)
"""File types of code: a notebook or a source file (``crawler.go``) handed out in class."""
NOT_READING_SUFFIXES = (".ppt", ".pptx", ".key", ".mp4", ".mov")
"""File types that are slides or recordings (and :data:`CODE_SUFFIXES`, code)."""
PAGE_SOURCES = (".md", ".markdown", ".qmd", ".rmd", ".rst", ".php")
"""The sources of a site's own pages: a relative link to one (``[Syllabus](syllabus.md)``,
``[notes](lectures/lec03.md)``, ``[projects page](projects.php)``) goes to another page
of the site, never to a work; one with a query serves a file (DokuWiki's
``lib/exe/fetch.php?media=…``)."""
NOT_READING_PATHS = (
    *("docs.google.com/forms/", "docs.google.com/presentation/"),
    "docs.google.com/spreadsheets/",
)
"""URL parts of forms, slide decks and spreadsheets on shared drives: never one work (a
Drive file or folder may well be a reading: a template is told by its text, not its
host)."""

# --- labels and schedule words ----------------------------------------------------------
OTHER_LABELS = (
    *("slides", "slide", "recording", "recordings", "video", "videos", "homework"),
    *("assignment", "assignments", "notes", "lecture notes", "announcements", "due"),
    *("project", "project resources", "logistics"),
    *("discussion questions", "discussion question", "questions"),  # "Discussion questions:"
)
"""A block of its own naming material or course business: the reading region ends."""
DEADLINE = (
    *("due", "deadline", "deadlines", "exam", "exams", "midterm", "final", "proposal"),
    *("proposals", "report", "reports", "presentation", "presentations", "milestone"),
    *("milestones", "holiday", "break", "no class", "quiz", "quizzes", "add/drop"),
    *("registration", "project", "homework", "homeworks", "hw", "assignment", "assignments"),
    *("problem set", "problem sets", "pset", "psets"),
)
"""Titles of schedule entries that are not sessions (nor are pages titled so:
``Homework 2`` dated by its due date)."""
DATES_SECTIONS = (
    *("key dates", "important dates", "dates", "deadlines", "due dates", "milestones"),
    *("announcements", "news", "updates", "assignments", "homework", "homeworks"),
)
"""Headings over a list of dated items that are deadlines or news, not the schedule."""
ENTRY_PREFIXES = ("week of", "due", "class on", "session on", "meeting on")
"""Words a dated heading may start with and still be an entry: ``Week of March 24th``,
``Due Mon. 1/13`` (readings due that day)."""
PRESENTER_LEADS = (
    *("presented by", "presenter", "presenters", "speaker", "speakers", "led by"),
    *("lecture by", "guest lecture by", "talk by", "guest talk by"),
    *("discussion lead", "discussion leads"),
)
"""Words that open a trailing part of an entry's title naming who presents
(``Routing — presented by Priya Raman``, ``Routing (presenter: P. Raman)``): cut off."""
KNITTED_TABLES = ("kable", "kbl", "gt", "datatable", "reactable", "flextable", "pander")
"""Functions an R chunk prints a data frame with, as a table on the page
(``tribble(…) |> kable()``, ``knitr::kable(schedule)``, ``DT::datatable(x)``)."""
SESSION_MATERIAL = ("notes", "lecture notes", "scribe notes", "slides", "handout", "recording")
"""What a page titled by a session and one of these is (``Lecture 3 notes: choosing
priors``, ``Week 2 slides``): that session's material, no entry of the schedule."""
MEETING_KINDS = (
    *("lecture", "guest lecture", "guest talk", "paper discussion", "discussion"),
    *("seminar", "tutorial", "recitation", "lab", "workshop", "review session"),
)
"""What a record's ``title`` may say of a meeting beside its ``topic`` (``title: Paper
discussion`` over ``topic: GAN evaluation``): its kind, not its topic."""
TITLE_REMARKS = ("tentative", "tbd", "tbc", "to be confirmed", "subject to change")
"""Remarks on the schedule itself that close a title in brackets (``(tentative)``)."""
SCHEDULE_MOVES = ("moved", "rescheduled", "postponed", "swapped")
"""A session's move, closing a title in brackets, maybe with where from or to
(``(moved from Mar 12)``, ``(rescheduled)``): a remark on the schedule, no topic."""
PERSON_ROLES = ("ta", "tas", "gsi", "tutor", "instructor", "guest", "presenter", "lead")
"""A person's role in brackets after their name (``Ana Lee (TA)``)."""
PRESENTING_VERBS = ("presenting", "presents", "leading", "leads")
"""What names in a title's closing bracket do (``Scaling laws (Ana Lee presenting)``):
they present; the bracket is who, no part of the topic."""
PERSON_LABELS = (
    *("instructor", "instructors", "lead", "leads", "discussant", "discussants"),
    *("moderator", "moderators", "host", "hosts", "organizer", "organizers", "ta", "tas"),
)
"""Words that, with a colon, say a person follows (``Instructor: Prof. Samira Haddad``,
``Leads: Ana Lee & Priya Raman``): a line that only says who, no topic."""
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
"""Months by their first three letters, in order."""
GUEST_EVENTS = ("lecture", "talk", "seminar")
"""What a guest gives: a title that is only ``Guest lecture`` keeps the name after it."""
HONORIFICS = ("prof.", "prof", "professor", "dr.", "dr")
"""Words a person's name opens with: a trailing part of an entry's title that opens with
one names who presents (``Usable security — Prof. Ana Costa (CMU)``): cut off."""
SLIDE_FORMATS = (
    *("revealjs", "reveal", "beamer", "pptx", "marp", "xaringan", "ioslides", "slidy"),
    *("remark", "slides", "slide", "presentation"),
)
"""Words of a page's ``format``, ``output`` or ``layout`` front matter (or a true
key) that make it a slide deck (Quarto ``format: revealjs``, ``marp: true``,
``output: xaringan::moon_reader``): slides are not readings, nor its references a
lecture's reading list."""
WEEKDAYS = ("mon", "tue", "wed", "thu", "thurs", "fri", "sat", "sun")
"""Weekday abbreviations (any longer spelling is allowed after them)."""
SESSION_WORDS = (
    *("lecture", "lec", "week", "session", "class", "day", "meeting", "module", "topic"),
    "unit",
)
"""Words before a session's number (``Lecture 3``, ``Week 2``, ``Lec. 4``, ``Unit #5``):
the entry's key when it holds no date, a label before its date when it does."""
BREAK_LEADS = (
    *("reading week", "study week", "spring break", "fall break", "winter break"),
    *("break", "holiday", "no class", "recess"),
)
"""Words of a week without class that may lead an entry's date in a heading, as a
session label does (``Reading week · Feb 17``, ``Spring break — Mar 10``): the entry is
the schedule's, with no reading."""
MEETING_WORDS = ("section", "sec", "recitation", "rec", "tutorial", "tut", "discussion", "disc")
"""Other meetings numbered like lectures (``Sec 2 — Fri Jan 23``, ``Recitation 4: Jan
30``): a label before an entry's date, never the key of an undated heading
(``## Section 2: Grading``)."""
SESSION_CODES = ("l", "w", "wk")
"""Short codes written right before a session's number (``L3``, ``W1 L2``, ``Wk 4``):
like ``Lecture 3``, a label before an entry's date."""
SESSION_SHORT_FORMS = {"l": "lecture", "lec": "lecture", "w": "week", "wk": "week"}
"""The session word a code or a short word stands for (a ``Wk`` column's ``1`` is the
``## Week 1`` heading's week)."""
WEEKDAY_LETTERS = ("m", "tu", "w", "th", "r", "f")
"""One- and two-letter weekdays, read only in parentheses after a date (``9/5 (Tu)``)."""

# --- table headers --------------------------------------------------------------------
KEY_HEADERS = ("date", "dates", "day", "when")
"""A header naming the date column."""
NUMBER_HEADERS = (
    *("lecture", "lec", "week", "wk", "session", "class", "no", "no.", "#", "num", "number"),
)
"""A header naming the lecture-number column (the whole header)."""
TITLE_HEADERS = (
    *("topic", "topics", "title", "titles", "subject", "subjects", "lecture", "lectures"),
    *("content", "contents", "description", "descriptions", "agenda", "theme", "themes"),
)
"""A header naming the topic column."""
READING_HEADERS = (
    *("reading", "readings", "paper", "papers", "material", "materials", "required"),
    *("optional", "recommended", "resources", "prep", "preparation", "literature"),
    *("references", "assigned", "supplementary", "supplemental", "further", "additional"),
    *("extra", "suggested", "read", "prereading", "background"),
)
"""A header naming a column of readings (``Read before class``, ``Pre-reading``)."""
PERSON_HEADERS = (
    *("presenter", "presenters", "speaker", "speakers", "instructor", "instructors"),
    *("lecturer", "lecturers", "leader", "leaders", "lead", "scribe", "scribes", "host"),
    *("hosts", "facilitator", "facilitators", "discussant", "discussants", "who", "ta", "tas"),
    *("guest", "guests"),
)
"""A header naming who talks: never the lecture's title."""
