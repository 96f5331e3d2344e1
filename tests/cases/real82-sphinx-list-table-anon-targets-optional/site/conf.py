# Configuration file for the Sphinx documentation builder.
#
# For the full list of built-in configuration values, see the documentation:
# https://www.sphinx-doc.org/en/master/usage/configuration.html

# -- Project information -----------------------------------------------------

project = "ROB 5740 / CS 5745: Robot Learning"
copyright = "2026, ROB 5740 course staff"
author = "ROB 5740 course staff"
release = "W26"

# -- General configuration ---------------------------------------------------

extensions = [
    "sphinx.ext.mathjax",
    "sphinx_design",
    "sphinx_copybutton",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

# -- Options for HTML output -------------------------------------------------

html_theme = "pydata_sphinx_theme"
html_title = "Robot Learning · Winter 2026"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]
html_baseurl = "https://lakemont-robotlearning.github.io/w26/"
html_theme_options = {
    "github_url": "https://github.com/lakemont-robotlearning/w26",
    "navigation_with_keys": False,
    "show_prev_next": False,
}
