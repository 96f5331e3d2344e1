# Configuration file for the Sphinx documentation builder.
#
# For the full list of built-in configuration values, see the documentation:
# https://www.sphinx-doc.org/en/master/usage/configuration.html

# -- Project information -----------------------------------------------------

project = "CS 4470: Information Retrieval and Web Search"
author = "Adaeze Okafor and the CS 4470 staff"
copyright = "2026, Northgate University"
release = "Spring 2026"

# -- General configuration ---------------------------------------------------

extensions = [
    "sphinx.ext.extlinks",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md", "drafts/**"]

# Short roles for links we write all the time in the schedule.
extlinks = {
    "arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s"),
    "ed": ("https://edstem.org/us/courses/81234/discussion/%s", "Ed post #%s"),
}

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
}

# -- Options for HTML output -------------------------------------------------

html_theme = "furo"
html_title = "CS 4470 · Spring 2026"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]
html_baseurl = "https://ngu-cs4470.github.io/sp26/"
html_show_sourcelink = False
