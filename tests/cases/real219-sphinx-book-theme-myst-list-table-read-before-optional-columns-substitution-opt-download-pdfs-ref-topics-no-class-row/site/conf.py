# Configuration file for the Sphinx documentation builder.
project = "PS 236: Causal Inference"
author = "Gov Dept"
copyright = "2025"

extensions = ["myst_parser", "sphinx_design", "sphinx_copybutton"]
myst_enable_extensions = ["colon_fence", "substitution", "deflist"]
myst_substitutions = {
    "opt": "*(optional)*",
    "term": "Spring 2025",
}

root_doc = "index"
html_theme = "sphinx_book_theme"
html_title = "PS 236"
html_baseurl = "https://ps236-causal.github.io/2025/"
html_theme_options = {
    "repository_url": "https://github.com/ps236-causal/2025",
    "use_repository_button": True,
    "show_toc_level": 2,
}
exclude_patterns = ["_build", "README.md", ".venv"]
