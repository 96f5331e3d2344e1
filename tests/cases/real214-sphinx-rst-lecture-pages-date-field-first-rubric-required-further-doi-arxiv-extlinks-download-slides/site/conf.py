project = "CSE 599M: Machine Learning Systems"
author = "CSE 599M staff"
extensions = ["sphinx.ext.extlinks", "sphinx_design"]
extlinks = {
    "doi": ("https://doi.org/%s", "doi:%s"),
    "arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s"),
}
html_theme = "furo"
html_baseurl = "https://mlsys.cs.example.edu/2025/"
exclude_patterns = ["_build", "README.md"]
