#!/usr/bin/env python3
"""Build index.html from schedule.csv.

    python build.py            # writes _site/index.html
    python build.py --out .    # local preview (index.html is git-ignored)

Readings cells hold 'Title|url' items separated by ';'. An item without a
'|' is just a URL. Do not commit the generated page: CI builds it.
"""
import argparse
import csv
import pathlib

import markdown
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = pathlib.Path(__file__).parent


def parse_readings(cell):
    items = []
    for part in (cell or "").split(";"):
        part = part.strip()
        if not part:
            continue
        if "|" in part:
            title, url = (s.strip() for s in part.split("|", 1))
        else:
            title = url = part
        items.append({"title": title, "url": url})
    return items


def load_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            row["readings"] = parse_readings(row.get("readings"))
            row["optional"] = parse_readings(row.get("optional"))
            row["notes_html"] = markdown.markdown(row.get("notes") or "")
            yield row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="_site")
    args = ap.parse_args()
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"]))
    page = env.get_template("index.html.j2").render(rows=list(load_rows(HERE / "schedule.csv")))
    out = pathlib.Path(args.out)
    out.mkdir(exist_ok=True)
    (out / "index.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
