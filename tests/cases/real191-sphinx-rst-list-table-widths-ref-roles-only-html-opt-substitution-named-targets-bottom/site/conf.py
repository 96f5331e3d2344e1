# Sphinx configuration for STAT 256
project = "STAT 256: Causal Inference"
author = "STAT 256 staff"
release = "Spring 2026"
extensions = ["sphinx.ext.intersphinx", "sphinx_design"]
root_doc = "index"
html_theme = "pydata_sphinx_theme"
html_baseurl = "https://stat256-causal.github.io/sp26/"
html_static_path = ["_static"]
exclude_patterns = ["_build", "README.md"]
