# Configuration file for the Sphinx documentation builder.
# https://www.sphinx-doc.org/en/master/usage/configuration.html

project = "DS 5220: Causal Inference for Data Science"
copyright = "2023, Northeastern Khoury College"
author = "R. Okonkwo-Mills"

extensions = [
    "sphinx.ext.mathjax",
    "sphinx_copybutton",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "drafts"]

html_theme = "pydata_sphinx_theme"
html_title = "DS 5220 · Spring 2023"
html_baseurl = "https://causal-ds5220.github.io/sp23/"
html_static_path = ["_static"]
html_theme_options = {
    "github_url": "https://github.com/causal-ds5220/sp23",
    "navbar_end": ["navbar-icon-links"],
}
