# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "CS 598 PML: Privacy in Machine Learning"
author = "Ines Duarte"
copyright = "2025, Ines Duarte"
release = "Spring 2025"

extensions = [
    "sphinx.ext.extlinks",
    "sphinx.ext.mathjax",
]

extlinks = {
    "arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s"),
    "eprint": ("https://eprint.iacr.org/%s", "ePrint %s"),
}

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]

html_theme = "pydata_sphinx_theme"
html_title = "CS 598 PML · Spring 2025"
html_static_path = ["_static"]
html_css_files = ["css/custom.css"]
html_baseurl = "https://pml-uiuc.github.io/sp25/"
html_theme_options = {
    "github_url": "https://github.com/pml-uiuc/sp25",
    "navbar_align": "left",
}
