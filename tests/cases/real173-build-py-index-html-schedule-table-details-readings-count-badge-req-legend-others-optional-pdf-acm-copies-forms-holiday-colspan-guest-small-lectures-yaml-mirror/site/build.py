#!/usr/bin/env python3
"""Render index.html from lectures.yaml.

    python build.py            # writes index.html
    python build.py --check    # fails if index.html is stale (CI)
"""
import html
import sys
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader

HERE = Path(__file__).parent


def badge(reading):
    return ' <span class="badge req">required</span>' if reading.get("required") else ""


def main():
    lectures = yaml.safe_load((HERE / "lectures.yaml").read_text())
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=False)
    env.filters["badge"] = badge
    env.filters["e"] = html.escape
    out = env.get_template("index.html.j2").render(lectures=lectures)
    target = HERE / "index.html"
    if "--check" in sys.argv:
        sys.exit(0 if target.read_text() == out else 1)
    target.write_text(out)


if __name__ == "__main__":
    main()
