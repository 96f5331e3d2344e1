# This file is only used if you use `make publish` or
# explicitly specify it as your config file.

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = "https://cs653-umass.github.io/spring25"
RELATIVE_URLS = False

DELETE_OUTPUT_DIRECTORY = True
