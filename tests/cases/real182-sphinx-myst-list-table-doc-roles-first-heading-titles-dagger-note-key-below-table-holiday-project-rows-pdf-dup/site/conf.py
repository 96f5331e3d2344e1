project = "CSE 599: Distributed Systems Reading Seminar"
author = "CSE 599 staff"
extensions = ["myst_parser", "sphinx_design"]
myst_enable_extensions = ["colon_fence", "deflist"]
html_theme = "furo"
html_baseurl = "https://cse599ds.github.io/"
exclude_patterns = ["_build", "drafts"]
