#!/usr/bin/env python
# -*- coding: utf-8 -*- #

AUTHOR = 'Ruth Okonkwo-Bell'
SITENAME = 'ECON 2390: Causal Inference for Applied Research'
SITEURL = ''

PATH = 'content'
STATIC_PATHS = ['pdfs', 'slides', 'psets', 'exams']
PAGE_PATHS = ['pages']
ARTICLE_PATHS = ['']
ARTICLE_EXCLUDES = ['pages', 'pdfs', 'slides', 'psets', 'exams']

TIMEZONE = 'America/New_York'
DEFAULT_LANG = 'en'

THEME = 'notmyidea'
DISPLAY_PAGES_ON_MENU = True
MENUITEMS = (('Announcements', '/category/announcements.html'),)

# Feed generation is usually not desired when developing
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

LINKS = (('Ed Discussion', 'https://edstem.org/us/courses/80412/discussion/'),
         ('Gradescope', 'https://www.gradescope.com/courses/1012345'),)

DEFAULT_PAGINATION = 5

# Uncomment following line if you want document-relative URLs when developing
#RELATIVE_URLS = True
