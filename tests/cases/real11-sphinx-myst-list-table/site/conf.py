project = "PHIL 181: Ethics of AI"
extensions = ["myst_parser"]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
