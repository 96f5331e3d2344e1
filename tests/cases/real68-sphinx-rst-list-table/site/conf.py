# Configuration file for the Sphinx documentation builder.
project = "INFO 6120: Computational Social Science"
copyright = "2025, INFO 6120 course staff"
author = "INFO 6120 course staff"

extensions = ["sphinx.ext.intersphinx", "sphinx_copybutton"]
templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

html_theme = "furo"
html_title = "INFO 6120 · Fall 2025"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]
html_baseurl = "https://info6120.github.io/fa25/"
