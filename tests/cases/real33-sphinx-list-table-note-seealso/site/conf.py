# Configuration file for the Sphinx documentation builder.

project = "CS 4789: Introduction to Reinforcement Learning"
copyright = "2025, CS 4789 course staff"
author = "CS 4789 course staff"

extensions = [
    "sphinx.ext.mathjax",
    "sphinx_copybutton",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

html_theme = "pydata_sphinx_theme"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_title = "CS 4789 · Spring 2025"
html_baseurl = "https://cs4789-rl.github.io/sp25/"

html_theme_options = {
    "github_url": "https://github.com/cs4789-rl/sp25",
    "navbar_end": ["navbar-icon-links"],
}
