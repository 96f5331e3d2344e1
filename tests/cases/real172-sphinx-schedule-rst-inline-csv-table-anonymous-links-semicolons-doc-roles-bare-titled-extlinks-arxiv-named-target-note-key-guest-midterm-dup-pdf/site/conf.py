project = "CS 329S: Machine Learning Systems"
author = "CS 329S staff"
html_theme = "sphinx_rtd_theme"
html_baseurl = "https://cs329s.readthedocs.io/en/latest/"
extensions = ["sphinx.ext.extlinks"]
extlinks = {"arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s")}
html_static_path = ["_static"]
