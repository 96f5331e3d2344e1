AUTHOR = 'CS 6501 staff'
SITENAME = 'CS 6501: Human-AI Interaction'
SITEURL = ''

PATH = 'content'
STATIC_PATHS = ['readings', 'slides']
PAGE_URL = '{slug}/'
PAGE_SAVE_AS = '{slug}/index.html'
ARTICLE_PATHS = []
TIMEZONE = 'America/New_York'
DEFAULT_LANG = 'en'
THEME = 'themes/course'
MENUITEMS = (('Schedule', '/schedule/'), ('Syllabus', '/syllabus/'))
DEFAULT_PAGINATION = False
