# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "CS 6410: Advanced Systems"
copyright = "2025, Cornell University"
author = "CS 6410 course staff"

extensions = [
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

html_theme = "furo"
html_title = "CS 6410 · Spring 2025"
html_static_path = ["_static"]
html_baseurl = "https://www.cs.cornell.edu/courses/cs6410/2025sp/"
