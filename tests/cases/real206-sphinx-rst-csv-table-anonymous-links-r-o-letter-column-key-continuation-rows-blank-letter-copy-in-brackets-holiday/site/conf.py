# Configuration file for the Sphinx documentation builder.
project = "CS 7850: Distributed Systems"
author = "CS 7850 course staff"
copyright = "2025, CS 7850 course staff"

extensions = ["sphinx.ext.intersphinx"]
templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

html_theme = "furo"
html_title = "CS 7850 · Spring 2025"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_baseurl = "https://cs7850-sp25.github.io/"
