#!/usr/bin/env python3
"""Build index.html from schedule.csv.

    pip install -r requirements.txt
    python build.py            # writes index.html
    python build.py --out _site/index.html

The CSV is the source of truth: one row per reading, several rows per class.
A row with an empty date or topic belongs to the class above it.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from itertools import groupby
from pathlib import Path

import markdown
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).parent
BARE_URL = re.compile(r"(?<![(\"])(https?://\S+)")


def load_rows(path: Path) -> list[dict]:
    # Excel saves "CSV UTF-8" with a byte-order mark; utf-8-sig eats it.
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    last_date, last_topic = "", ""
    for row in rows:
        row["date"] = row["date"].strip() or last_date
        row["topic"] = row["topic"].strip() or (last_topic if row["date"] == last_date else "")
        last_date, last_topic = row["date"], row["topic"]
    return rows


def render_notes(text: str) -> str:
    text = BARE_URL.sub(r"[\1](\1)", text)
    return markdown.markdown(text).removeprefix("<p>").removesuffix("</p>")


def classes(rows: list[dict]) -> list[dict]:
    out = []
    for date, group in groupby(rows, key=lambda r: r["date"]):
        group = list(group)
        day = dt.date.fromisoformat(date)
        out.append({
            "date": day.strftime("%a %b %-d"),
            "session": group[0]["session"],
            "topic": group[0]["topic"],
            "slides": next((r["slides"] for r in group if r["slides"]), ""),
            "readings": [
                {
                    "title": r["reading_title"],
                    "url": r["reading_url"],
                    "required": r["required"].strip().lower().startswith("yes"),
                    "skim": "skim" in r["required"],
                }
                for r in group if r["reading_url"]
            ],
            "notes": [render_notes(r["notes"]) for r in group if r["notes"]],
        })
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", default=HERE / "schedule.csv", type=Path)
    ap.add_argument("--out", default=HERE / "index.html", type=Path)
    args = ap.parse_args()
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html", "j2"]))
    page = env.get_template("index.html.j2").render(
        classes=classes(load_rows(args.csv)),
        built=dt.date.today().isoformat(),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
