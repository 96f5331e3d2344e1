"""Synthetic course sites of N lectures, in the five shapes readlist reads.

One site directory holds the N lectures split evenly over the shapes asked
for (all five by default), each shape in the layout real sites use::

    _config.yml                  Jekyll site (url + baseurl)
    _modules/week-NNN.md         Just the Class: definition lists, 3 lectures a week
    schedule/part-NNN.md         Markdown schedule table
    _data/lectures-NNN.yml       YAML records
    html/class-NNN.html          HTML table page
    notes/part-NNN.md            Markdown headings + ``required_reading`` wrappers

Each lecture has slides and a recording (not readings) and 2-5 readings: arXiv
papers in every URL form readlist knows (abs, pdf, ``.pdf``, ``vN``,
``export.``, ``www.``, alphaXiv, Hugging Face papers, the arXiv DOI), DOIs,
other paper hosts and web pages, some marked optional.  A quarter of the arXiv
links reuse a small set of classics, so works overlap across lectures.  Output
is deterministic for a seed.

``--cache DIR`` also writes a warm metadata cache for every arXiv id used
(through :class:`readlist.cache.Cache`), so ``--offline`` runs need no network.

Usage::

    python benchmarks/gen_site.py OUT --lectures 1000 [--shape jtc --shape yaml]
        [--cache OUT/cache] [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SHAPES = ("jtc", "table", "yaml", "html", "headings")
PER_FILE = {"jtc": 3, "table": 50, "yaml": 50, "html": 50, "headings": 50}
_YYMM = [f"{yy:02d}{mm:02d}" for yy in range(15, 26) for mm in range(1, 13)]
_TOPICS = (
    "attention scaling sparse mixture experts pipeline parallel tensor compiler kernel "
    "graph retrieval agents reasoning diffusion alignment quantization memory serving "
    "cache speculative decoding federated robust efficient transformer convolution "
    "vision language multimodal benchmark dataset optimizer gradient distributed "
    "fault tolerant scheduling cluster inference training low-rank adapter"
)
_WORDS = _TOPICS.split()
_ARXIV_FORMS = (
    "https://arxiv.org/abs/{id}",
    "https://arxiv.org/pdf/{id}",
    "https://arxiv.org/pdf/{id}.pdf",
    "https://arxiv.org/abs/{id}v{v}",
    "http://export.arxiv.org/abs/{id}",
    "https://www.arxiv.org/abs/{id}v{v}/",
    "https://www.alphaxiv.org/abs/{id}",
    "https://huggingface.co/papers/{id}",
    "https://doi.org/10.48550/arXiv.{id}",
    "arxiv.org/abs/{id}",
)
_OTHER_FORMS = (
    "https://doi.org/10.1145/{a}.{b}",
    "https://dl.acm.org/doi/10.1145/{a}.{b}",
    "https://openreview.net/forum?id=r{a}x{b}Z",
    "https://www.usenix.org/conference/osdi{y}/presentation/author{a}",
    "https://proceedings.mlr.press/v{y}/paper{a}.html",
    "https://github.com/example/project-{a}",
    "https://blog.example.com/{y}/{a}/a-long-post",
    "https://www.cs.example.edu/~prof/papers/p{a}.pdf",
)


@dataclass(frozen=True)
class Link:
    text: str
    url: str
    optional: bool = False


@dataclass(frozen=True)
class Lecture:
    number: int
    date: dt.date
    title: str
    slides: str
    recording: str
    readings: tuple[Link, ...]

    @property
    def key(self) -> str:
        return f"{self.date:%b} {self.date.day}"


@dataclass
class Generated:
    """What :func:`generate` wrote."""

    root: Path
    lectures: int
    readings: int
    files: int
    optional: int = 0
    arxiv_ids: set[str] = field(default_factory=set)


def arxiv_id(index: int) -> str:
    """A valid new-scheme arXiv id, distinct for every *index* below 11.8 million."""
    return f"{_YYMM[index % len(_YYMM)]}.{10000 + index // len(_YYMM):05d}"


class LinkMix:
    """Deterministic, realistic readings for lecture after lecture."""

    def __init__(self, lectures: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pool = max(20, 2 * lectures)
        self.classics = max(5, lectures // 10)
        self.used: set[str] = set()

    def title(self, low: int = 3, high: int = 7) -> str:
        words = self.rng.sample(_WORDS, self.rng.randint(low, high))
        return " ".join(words).capitalize()

    def reading(self) -> Link:
        roll = self.rng.random()
        if roll < 0.65:
            top = self.classics if self.rng.random() < 0.25 else self.pool
            ident = arxiv_id(self.rng.randrange(top))
            self.used.add(ident)
            url = self.rng.choice(_ARXIV_FORMS).format(id=ident, v=self.rng.randint(1, 4))
        else:
            url = self.rng.choice(_OTHER_FORMS).format(
                a=self.rng.randint(1000, 9999),
                b=self.rng.randint(1000, 9999),
                y=self.rng.randint(17, 25),
            )
        return Link(self.title(), url, optional=self.rng.random() < 0.3)

    def lecture(self, number: int) -> Lecture:
        date = dt.date(2024, 1, 8) + dt.timedelta(days=2 * number + number // 2)
        readings = tuple(self.reading() for _ in range(self.rng.randint(2, 5)))
        return Lecture(
            number=number,
            date=date,
            title=self.title(2, 5),
            slides=f"assets/slides/lecture-{number:05d}.pdf",
            recording=f"https://www.youtube.com/watch?v=rec{number:05d}",
            readings=readings,
        )


def _md_link(link: Link, marked: bool = True) -> str:
    suffix = " (optional)" if marked and link.optional else ""
    return f"[{link.text}{suffix}]({link.url})"


def render_jtc(lectures: Sequence[Lecture], part: int) -> str:
    out = [f"---\ntitle: Week {part}\n---\n"]
    for lec in lectures:
        out.append(f"{lec.key}\n: **{lec.number}**{{: .label}} {lec.title}")
        out.append(f"  : [Slides]({lec.slides}) &#8226; [Recording]({lec.recording})")
        out.append(": *Reading:*")
        out.extend(f"* {_md_link(r)}" for r in lec.readings)
        out.append("")
    return "\n".join(out) + "\n"


def render_table(lectures: Sequence[Lecture], part: int) -> str:
    out = [
        f"---\nlayout: page\ntitle: Schedule {part}\n---\n",
        "| Date | Topic | Readings |",
        "|------|-------|----------|",
    ]
    for lec in lectures:
        items = " <br> ".join(
            f"- {'(Optional) ' if r.optional else ''}{_md_link(r, marked=False)}"
            for r in lec.readings
        )
        topic = f"**{lec.title}** ([slides]({lec.slides}), [video]({lec.recording}))"
        out.append(f"| {lec.key} | {topic} | {items} |")
    return "\n".join(out) + "\n"


def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_yaml(lectures: Sequence[Lecture], part: int) -> str:
    out = [f"# part {part}"]
    for lec in lectures:
        out += [
            "-",
            f"  date: {lec.date.isoformat()}",
            f"  title: {_yaml_quote(lec.title)}",
            f"  slides: {lec.slides}",
            f"  recording: {lec.recording}",
            "  readings:",
        ]
        for r in lec.readings:
            out += ["    -", f"      title: {_yaml_quote(r.text)}", f"      url: {r.url}"]
            if r.optional:
                out.append("      optional: true")
    return "\n".join(out) + "\n"


def render_html(lectures: Sequence[Lecture], part: int) -> str:
    out = [
        f"<html><head><title>Schedule {part}</title></head><body>",
        "<table>",
        "  <tr><th>Lecture</th><th>Date</th><th>Topic</th><th>Reading</th></tr>",
    ]
    for lec in lectures:
        items = "".join(
            f'<li>{"<b>Optional:</b> " if r.optional else ""}<a href="{r.url}">{r.text}</a></li>'
            for r in lec.readings
        )
        out += [
            "  <tr>",
            f"    <td>{lec.number}</td><td>{lec.key}</td>",
            f'    <td>{lec.title} (<a href="{lec.slides}">Slides</a>, '
            f'<a href="{lec.recording}">Video</a>)</td>',
            f"    <td><ul>{items}</ul></td>",
            "  </tr>",
        ]
    out += ["</table>", "</body></html>"]
    return "\n".join(out) + "\n"


def render_headings(lectures: Sequence[Lecture], part: int) -> str:
    out = [f"---\nlayout: default\ntitle: Notes {part}\n---\n", f"# Reading list, part {part}\n"]
    for lec in lectures:
        out.append(f"## Lecture {lec.number} ({lec.key}): {lec.title}\n")
        out.append(f"[Slides]({lec.slides}) · [Video]({lec.recording})\n")
        for cls, optional in (("required_reading", False), ("optional_reading", True)):
            chosen = [r for r in lec.readings if r.optional == optional]
            if chosen:
                out.append(f'<div class="{cls}" markdown="1">')
                out.extend(f"* {_md_link(r, marked=False)}" for r in chosen)
                out.append("</div>\n")
    return "\n".join(out) + "\n"


Renderer = Callable[[Sequence[Lecture], int], str]
LAYOUT: dict[str, tuple[str, Renderer]] = {
    "jtc": ("_modules/week-{:03d}.md", render_jtc),
    "table": ("schedule/part-{:03d}.md", render_table),
    "yaml": ("_data/lectures-{:03d}.yml", render_yaml),
    "html": ("html/class-{:03d}.html", render_html),
    "headings": ("notes/part-{:03d}.md", render_headings),
}


def split(total: int, shapes: Sequence[str]) -> dict[str, int]:
    """*total* lectures over *shapes*, as evenly as possible."""
    base, extra = divmod(total, len(shapes))
    return {shape: base + (1 if i < extra else 0) for i, shape in enumerate(shapes)}


def generate(root: Path, lectures: int, shapes: Sequence[str] = SHAPES, seed: int = 0) -> Generated:
    """Write a site of *lectures* lectures under *root* (created)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(
        "title: Synthetic course\nurl: 'https://example.github.io'\nbaseurl: '/bench'\n",
        encoding="utf-8",
    )
    mix = LinkMix(lectures, seed)
    result = Generated(root=root, lectures=lectures, readings=0, files=0)
    number = 1
    for shape, count in split(lectures, shapes).items():
        pattern, render = LAYOUT[shape]
        made = [mix.lecture(number + i) for i in range(count)]
        number += count
        size = PER_FILE[shape]
        for part, start in enumerate(range(0, count, size), start=1):
            chunk = made[start : start + size]
            path = root / pattern.format(part)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(chunk, part), encoding="utf-8")
            result.files += 1
            result.readings += sum(len(lec.readings) for lec in chunk)
            result.optional += sum(r.optional for lec in chunk for r in lec.readings)
    result.arxiv_ids = set(mix.used)
    return result


def write_cache(directory: Path, ids: set[str], seed: int = 0) -> int:
    """A warm readlist cache: one ``found`` record per id; returns how many were written."""
    from readlist.cache import Cache
    from readlist.model import Metadata

    rng = random.Random(seed)
    cache = Cache(directory)
    for ident in sorted(ids):
        yymm = ident[:4]
        stamp = f"20{yymm[:2]}-{yymm[2:]}-0{rng.randint(1, 9)}T10:00:00Z"
        authors = tuple(
            f"Author{rng.randint(1, 999)} Surname{rng.randint(1, 999)}"
            for _ in range(rng.randint(1, 8))
        )
        cache.put(
            Metadata(
                arxiv_id=ident,
                status="found",
                version=rng.randint(1, 4),
                title=f"Synthetic paper {ident}: " + " ".join(rng.sample(_WORDS, 6)),
                authors=authors,
                published=stamp,
                updated=stamp,
                primary_category="cs.LG",
                categories=("cs.LG", "cs.DC"),
                comment="12 pages, 4 figures",
                abstract=" ".join(rng.choice(_WORDS) for _ in range(150)) + ".",
                fetched="2026-05-01T12:00:00Z",
            )
        )
    return len(ids)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="site directory to create")
    parser.add_argument("-n", "--lectures", type=int, default=30)
    parser.add_argument(
        "--shape",
        action="append",
        choices=SHAPES,
        help="shape to generate (repeatable; default: all five)",
    )
    parser.add_argument("--cache", type=Path, help="also write a warm cache here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    made = generate(args.out, args.lectures, args.shape or SHAPES, args.seed)
    cached = write_cache(args.cache, made.arxiv_ids, args.seed) if args.cache else 0
    print(
        f"{made.root}: {made.lectures} lectures, {made.readings} readings in "
        f"{made.files} files; {len(made.arxiv_ids)} arXiv ids"
        + (f"; {cached} cached in {args.cache}" if args.cache else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
