AUTHOR = "PS 389 course staff"
SITENAME = "PS 389: Text as Data"
SITESUBTITLE = "Spring 2026 · Tue/Thu 1:00–2:20 · Haven Hall 1210"
SITEURL = ""

PATH = "content"
TIMEZONE = "America/Detroit"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%a %b %-d, %Y"

THEME = "themes/ps389"

# Pages live at /<slug>/, news posts at /news/<slug>/
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
ARTICLE_URL = "news/{slug}/"
ARTICLE_SAVE_AS = "news/{slug}/index.html"
ARTICLE_PATHS = ["news"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["pdfs", "images", "extra/CNAME"]
EXTRA_PATH_METADATA = {"extra/CNAME": {"path": "CNAME"}}

DISPLAY_PAGES_ON_MENU = False
MENUITEMS = (
    ("Schedule", "/schedule/"),
    ("Syllabus", "/syllabus/"),
    ("News", "/news/"),
)
LINKS = (
    ("Ed Discussion", "https://edstem.org/us/courses/81234/discussion/"),
    ("Gradescope", "https://www.gradescope.com/courses/654321"),
    ("Canvas", "https://umich.instructure.com/courses/713001"),
)
SOCIAL = ()

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {"permalink": False},
    },
    "output_format": "html5",
}

# Feed generation is usually not desired when developing
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = 10

# Uncomment following line if you want document-relative URLs when developing
RELATIVE_URLS = True
