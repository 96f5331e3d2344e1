#!/usr/bin/env python3
"""Render syllabus.yml into build/syllabus.pdf.

    python build.py            # writes build/syllabus.tex and runs latexmk
    python build.py --tex-only # just the .tex

Needs PyYAML and Jinja2 (see requirements.txt) and a TeX installation.
"""
import argparse
import pathlib
import subprocess

import jinja2
import yaml

ROOT = pathlib.Path(__file__).parent
BUILD = ROOT / "build"


def link(reading):
    if "url" in reading:
        return reading["url"]
    if "arxiv" in reading:
        return f"https://arxiv.org/abs/{reading['arxiv']}"
    if "doi" in reading:
        return f"https://doi.org/{reading['doi']}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tex-only", action="store_true")
    args = ap.parse_args()

    data = yaml.safe_load((ROOT / "syllabus.yml").read_text())
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates"),
        block_start_string="((*", block_end_string="*))",
        variable_start_string="(((", variable_end_string=")))",
        comment_start_string="((#", comment_end_string="#))",
    )
    env.filters["link"] = link
    tex = env.get_template("syllabus.tex.jinja").render(**data)
    BUILD.mkdir(exist_ok=True)
    (BUILD / "syllabus.tex").write_text(tex)
    if not args.tex_only:
        subprocess.run(["latexmk", "-pdf", "-cd", str(BUILD / "syllabus.tex")], check=True)


if __name__ == "__main__":
    main()
