project = "STAT 991: Topics in Causal Inference"
author = "Course staff"
extensions = ["sphinx.ext.mathjax", "sphinx_rtd_theme"]
html_theme = "sphinx_rtd_theme"
html_static_path = ["_static"]
