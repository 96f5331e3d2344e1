# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "CS 764: Topics in Database Management Systems"
copyright = "2025, Lakemont University"
author = "Tomi Adeyemi"

extensions = [
    "sphinxcontrib.bibtex",
    "sphinx.ext.todo",
]

# One bib file for the whole course. The schedule page prints the cited
# entries at its end; each entry links the paper (url, else doi, else eprint).
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "unsrt"
bibtex_reference_style = "author_year"
bibtex_encoding = "utf-8"

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

html_theme = "furo"
html_title = "CS 764 · Spring 2025"
html_static_path = ["_static"]
html_baseurl = "https://pages.cs.lakemont.edu/cs764/sp25/"
html_last_updated_fmt = "%b %d, %Y"

todo_include_todos = False
