AUTHOR = "CS 653 course staff"
SITENAME = "CS 653: Advanced Computer Networks"
SITESUBTITLE = "Spring 2025 · Tue/Thu 11:30–12:45 · CS 142"
SITEURL = ""

PATH = "content"
TIMEZONE = "America/New_York"
DEFAULT_LANG = "en"

THEME = "theme"

# One page per week; no blog on this site.
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = []
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
INDEX_SAVE_AS = ""
STATIC_PATHS = ["slides", "papers", "exams", "project", "images"]

DIRECT_TEMPLATES = []
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False

WEEKS = [
    ("week-01", "1 · Architecture"),
    ("week-02", "2 · Congestion control"),
    ("week-03", "3 · Queues and routing"),
    ("week-04", "4 · SDN and P4"),
    ("week-05", "5 · Midterm"),
    ("week-06", "6 · Datacenter networks"),
    ("week-07", "7 · Transport and the web"),
]

LINKS = (
    ("Ed", "https://edstem.org/us/courses/71234/discussion/"),
    ("Gradescope", "https://www.gradescope.com/courses/912345"),
    ("Moodle", "https://umass.moonami.com/course/view.php?id=44120"),
)

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {"permalink": "#"},
    },
    "output_format": "html5",
}

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

RELATIVE_URLS = True
