# Configuration file for the Sphinx documentation builder.
project = "CS 6784: Large Language Models"
copyright = "2025, CS 6784 course staff"
author = "CS 6784 course staff"

extensions = ["sphinx.ext.extlinks", "sphinx_copybutton"]
templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

html_theme = "furo"
html_static_path = ["_static"]
html_title = "CS 6784 · Spring 2025"
html_baseurl = "https://www.cs.cornell.edu/courses/cs6784/2025sp/"
