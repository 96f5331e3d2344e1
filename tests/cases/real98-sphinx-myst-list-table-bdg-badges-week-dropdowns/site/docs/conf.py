# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "STAT 8931: Causal Inference and Machine Learning"
copyright = "2025, Helen Okonkwo"
author = "Helen Okonkwo"

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx_copybutton",
    "sphinx.ext.mathjax",
]

myst_enable_extensions = [
    "colon_fence",
    "dollarmath",
    "deflist",
    "attrs_inline",
]
myst_heading_anchors = 3

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

html_theme = "pydata_sphinx_theme"
html_title = "STAT 8931 · Spring 2025"
html_baseurl = "https://northfield-causal.github.io/stat8931/"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_theme_options = {
    "github_url": "https://github.com/northfield-causal/stat8931",
    "navbar_end": ["theme-switcher", "navbar-icon-links"],
    "secondary_sidebar_items": ["page-toc"],
    "show_prev_next": False,
}
