# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "CS 4650: Natural Language Processing"
copyright = "2025, CS 4650 course staff"
author = "Tomasz Wierzbicki and the CS 4650 TAs"
release = "spring-2025"

extensions = [
    "sphinx.ext.mathjax",
    "sphinx.ext.intersphinx",
    "sphinx_design",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md", "drafts/*"]

html_theme = "sphinx_book_theme"
html_title = "CS 4650 · Spring 2025"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]
html_baseurl = "https://cs4650-nlp.github.io/sp25/"

html_theme_options = {
    "repository_url": "https://github.com/cs4650-nlp/sp25",
    "use_repository_button": True,
    "show_toc_level": 1,
}

intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
