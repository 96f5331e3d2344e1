import os
import sys
sys.path.append(os.curdir)
from pelicanconf import *

SITEURL = 'https://hai-uva.github.io/cs6501-f25'
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
