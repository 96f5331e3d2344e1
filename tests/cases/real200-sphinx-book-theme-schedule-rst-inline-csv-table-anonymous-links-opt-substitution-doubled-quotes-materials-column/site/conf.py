# Configuration file for the Sphinx documentation builder.
project = "DS 340: Causal Inference"
author = "DS 340 course staff"
copyright = "2025, DS 340 course staff"

extensions = ["sphinx.ext.mathjax", "sphinx_copybutton"]
templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

html_theme = "sphinx_book_theme"
html_title = "DS 340 · Spring 2025"
html_baseurl = "https://ds340-causal.readthedocs.io/en/latest/"
html_static_path = ["_static"]
html_theme_options = {
    "repository_url": "https://github.com/ds340/ds340-site",
    "use_repository_button": True,
    "show_toc_level": 2,
}
