# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "CS 4513: Distributed Systems"
author = "CS 4513 course staff"
copyright = "2025, CS 4513 course staff"
release = "Fall 2025"

extensions = [
    "sphinx.ext.extlinks",
    "sphinx_copybutton",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

html_theme = "sphinx_rtd_theme"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]
html_baseurl = "https://cs4513-distsys.readthedocs.io/en/fall25/"
html_theme_options = {
    "navigation_depth": 2,
    "collapse_navigation": False,
}

extlinks = {
    "ed": ("https://edstem.org/us/courses/73310/discussion/%s", "Ed #%s"),
}
