# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "CSE 599R: Robust and Reliable Machine Learning"
copyright = "2025, CSE 599R course staff"
author = "Isabel Nakagawa-Reyes"

extensions = [
    "sphinx.ext.mathjax",
    "sphinx.ext.intersphinx",
    "sphinx_design",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "_snippets", "Thumbs.db", ".DS_Store"]

html_theme = "furo"
html_title = "CSE 599R · Winter 2025"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]

intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
