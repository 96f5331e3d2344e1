"""Security, end to end through the real ``readlist`` command.

* Output injection: link texts, lecture titles and arXiv metadata (title,
  authors, abstract, comment) carrying BibTeX, LaTeX, HTML, Markdown, rich
  markup and terminal escapes stay data: one BibTeX entry per work, valid
  CSL-JSON, HTML/Markdown that render them as text, a terminal that shows them
  inert.
* The only host readlist contacts is the configured arXiv endpoint; it never
  fetches the links it reads.
* Cache file names never escape the cache directory.
"""

from __future__ import annotations

import html
import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape

import pexpect
import pyromark
import pytest
from bibtexparser.entrypoint import parse_string
from fakearxiv import FakeArxiv
from fakebiblio import environment as services_env

from readlist.arxiv_ids import cache_file_stem
from readlist.cache import Cache
from readlist.course import load_course
from readlist.model import Metadata
from readlist.render import inert_json

IDS = [
    "2201.12023",
    "1811.06965",
    "1909.08053",
    "2205.14135",
    "2309.06180",
    "2006.15704",
    "1712.05889",
    "1605.08695",
    "1312.7651",
]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI += ["\u200e", "\u200f", "\u061c"]
TERMINAL_ATTACKS = [
    "\x1b[5;31mBLINK\x1b[0m",
    "\x1b]0;pwned\x07",
    "\x1b[2J",
    "\x9b31m",
    "fdp.\u202eexe\u202c " + "".join(BIDI),
]
HOSTILE = [
    "Close } brace {",
    "\\input{/etc/passwd} $\\InputIfFileExists{/etc/hostname}{}{}$ $\\end{document}$ ^^5cinput",
    "@comment{ evil = {x}}",
    "<script>alert('x')</script>",
    "[click](javascript:alert(1))",
    "[bold red]RED[/bold red]",
    "}, title = {pwned",
    "<img src=x onerror=alert(1)>",
    " ".join(TERMINAL_ATTACKS) + " escapes",
]
XML_SAFE = [text for text in HOSTILE if "\x1b" not in text]  # XML 1.0 forbids ESC
LIVE_TEX = re.compile(
    r"\\(?:input|include|Input\w*|IfFileExists|openin|read|write|immediate|catcode|def"
    r"|csname|end)(?![A-Za-z])|\^\^"
)
FORBIDDEN_ON_TERMINAL = ["\x1b[5;31m", "\x1b]0;", "\x1b[2J", "\x07", "\x9b", *BIDI]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("READLIST_")}
    return {**env, **services_env(), "COLUMNS": "200", "READLIST_ARXIV_DELAY": "0", **extra}


def readlist(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "from readlist.cli import main; main()", *map(str, args)]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, env=env or environment(), check=False
    )


def hostile_site(root: Path, other_host: str = "example.com") -> Path:
    """An HTML schedule: each hostile text is a lecture title, an arXiv link text and a web
    link text; every arXiv paper is read again in the last lecture (for overlap)."""
    rows = []
    for i, (text, arxiv_id) in enumerate(zip(HOSTILE, IDS, strict=True)):
        t = html.escape(text)
        rows.append(
            f"<tr><td>Jan {i + 1}</td><td>{t} lecture</td><td>"
            f'<a href="https://arxiv.org/abs/{arxiv_id}">{t}</a> '
            f'<a href="http://{other_host}/p{i}.pdf">{t} web</a></td></tr>'
        )
    again = " ".join(
        f'<a href="https://arxiv.org/pdf/{arxiv_id}">{html.escape(text)} again</a>'
        for text, arxiv_id in zip(HOSTILE, IDS, strict=True)
    )
    rows.append(f"<tr><td>Feb 1</td><td>Again</td><td>{again}</td></tr>")
    site = root / "site"
    site.mkdir()
    (site / "class.html").write_text(
        "<table><tr><th>Date</th><th>Topic</th><th>Reading</th></tr>\n"
        + "\n".join(rows)
        + "\n</table>\n",
        encoding="utf-8",
    )
    return site


def hostile_cache(directory: Path) -> Path:
    """Cached arXiv metadata whose every text field is hostile."""
    cache = Cache(directory)
    for text, arxiv_id in zip(HOSTILE, IDS, strict=True):
        cache.put(
            Metadata(
                arxiv_id=arxiv_id,
                status="found",
                version=2,
                title=f"{text} title",
                authors=(f"Eve {text}", "Robert'); DROP TABLE} Tables", "Mallory <b>Bold</b>"),
                published="2022-01-28T00:00:00Z",
                updated="2022-06-28T00:00:00Z",
                primary_category="cs.LG",
                categories=("cs.LG",),
                comment=f"{text} comment",
                journal_ref=f"{text} journal",
                abstract=" ".join(HOSTILE),
                fetched="2026-05-01T12:00:00Z",
            )
        )
    return directory


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path, int]:
    site = hostile_site(tmp_path)
    cache = hostile_cache(tmp_path / "cache")
    works = len(load_course([site]).works)
    return site, cache, works


def export(site: Path, cache: Path, fmt: str, *extra: str) -> str:
    result = readlist("export", site, "--offline", "--cache-dir", cache, "--format", fmt, *extra)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


# --- output injection -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_bibtex_stays_one_entry_per_work(hostile: tuple[Path, Path, int], fmt: str) -> None:
    site, cache, works = hostile
    text = export(site, cache, fmt, "--abstracts")
    library = parse_string(text)
    assert library.failed_blocks == []
    assert len(library.entries) == works
    assert len({entry.key for entry in library.entries}) == works
    assert not LIVE_TEX.search(text), LIVE_TEX.search(text)  # escaped, never live
    for entry in library.entries:
        for field in entry.fields:  # BibTeX counts every brace, escaped or not
            assert field.value.count("{") == field.value.count("}"), (entry.key, field)
    fields = {key.lower() for entry in library.entries for key in entry.fields_dict}
    assert not any("pwned" in key or "evil" in key for key in fields), fields


def test_csl_json_keeps_hostile_text_as_data(hostile: tuple[Path, Path, int]) -> None:
    site, cache, works = hostile
    items = json.loads(export(site, cache, "csl-json"))
    assert len(items) == works
    titles = {item.get("title") for item in items}
    for text in XML_SAFE:
        assert f"{text} title" in titles


class Elements(HTMLParser):
    """Every start tag, attribute and text run of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def assert_inert_html(page: str) -> None:
    parsed = parse_html(page)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                target = "".join((value or "").split()).lower()
                assert not target.startswith(("javascript:", "data:", "vbscript:")), value
    visible = " ".join(" ".join(parsed.text).split())
    for text in (
        "<script>alert('x')</script>",
        "[click](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        "[bold red]RED[/bold red]",
    ):
        assert text in visible, text


def test_html_export_renders_hostile_text_as_text(hostile: tuple[Path, Path, int]) -> None:
    site, cache, _ = hostile
    assert_inert_html(export(site, cache, "html"))


def test_markdown_export_renders_hostile_text_as_text(hostile: tuple[Path, Path, int]) -> None:
    site, cache, _ = hostile
    document = export(site, cache, "markdown")
    assert_inert_html(pyromark.html(document))


PIPED = [["show"], ["overlap"], ["check", "--offline"], ["stats"]]
PIPED += [["show", "--json"], ["overlap", "--json"], ["check", "--offline", "--json"]]


@pytest.mark.parametrize("command", PIPED)
def test_terminal_output_is_inert_when_piped(
    hostile: tuple[Path, Path, int], command: list[str]
) -> None:
    site, cache, _ = hostile
    result = readlist(*command, site, "--cache-dir", cache)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    for sequence in [*FORBIDDEN_ON_TERMINAL, "\x1b"]:
        assert sequence not in result.stdout + result.stderr, repr(sequence)
    if command[0] in ("show", "overlap"):
        assert "[bold red]RED[/bold red]" in result.stdout  # printed, not interpreted


def test_error_line_naming_a_hostile_file_is_inert(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / ("a\u202edm.\x1b[31mexe\u2066.md")).write_bytes(b"\x00\x01binary")
    result = readlist("show", site)
    assert result.returncode != 0 and result.stderr.startswith("error: ")
    assert "exe" in result.stderr  # the file is named, its controls dropped
    for sequence in [*FORBIDDEN_ON_TERMINAL, "\x1b"]:
        assert sequence not in result.stderr, repr(sequence)


def test_json_output_keeps_the_data_and_escapes_what_a_terminal_acts_on() -> None:
    data = {"title": " ".join(TERMINAL_ATTACKS) + " caf\u00e9 \u03b1 \u201cq\u201d"}
    text = inert_json(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data
    for sequence in [*FORBIDDEN_ON_TERMINAL, "\x1b"]:
        assert sequence not in text, repr(sequence)
    assert "caf\u00e9 \u03b1 \u201cq\u201d" in text  # printable text stays as it is


@pytest.mark.parametrize("command", [["show"], ["overlap"], ["check", "--offline"]])
def test_terminal_output_is_inert_on_a_terminal(
    hostile: tuple[Path, Path, int], command: list[str]
) -> None:
    site, cache, _ = hostile
    env = environment(TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    args = [
        "-c",
        "from readlist.cli import main; main()",
        *command,
        str(site),
        "--cache-dir",
        str(cache),
    ]
    child = pexpect.spawn(
        sys.executable,
        args,
        env=env,
        encoding="utf-8",
        codec_errors="replace",
        dimensions=(50, 200),
        timeout=30,
    )
    output = child.read()
    child.close()
    assert "Traceback" not in output
    assert "\x1b[" in output, "no styling at all: not a terminal?"
    for sequence in FORBIDDEN_ON_TERMINAL:
        assert sequence not in output, repr(sequence)
    if command[0] == "show":
        assert "[bold red]RED[/bold red]" in output


# --- the only host contacted is the arXiv endpoint --------------------------------


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A socket on 127.0.0.1 that listens and never accepts: connections queue up."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        sock.setblocking(False)
        yield sock


def connections(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def test_only_the_arxiv_endpoint_is_contacted(tmp_path: Path, listener: socket.socket) -> None:
    decoy = listener.getsockname()[1]
    with socket.socket() as proxy:  # anything else would go through the proxy
        proxy.bind(("127.0.0.1", 0))
        proxy.listen(16)
        proxy.setblocking(False)
        site = hostile_site(tmp_path, other_host=f"127.0.0.1:{decoy}")
        with (site / "more.md").open("w", encoding="utf-8") as page:
            page.write(
                "## Lecture 9 (Mar 1): Links\n\n"
                f"* [Decoy](//127.0.0.1:{decoy}/x) [DOI](https://doi.org/10.1145/1.2)\n"
                f"* [Image](https://example.com/a.png) [Same host](/relative.pdf)\n"
            )
        cache = tmp_path / "cache"
        proxy_url = f"http://127.0.0.1:{proxy.getsockname()[1]}"
        with FakeArxiv() as fake:
            env = environment(
                READLIST_ARXIV_URL=fake.url,
                HTTP_PROXY=proxy_url,
                HTTPS_PROXY=proxy_url,
                ALL_PROXY=proxy_url,
                http_proxy=proxy_url,
                https_proxy=proxy_url,
                NO_PROXY="127.0.0.1",
                no_proxy="127.0.0.1",
            )
            runs = [
                ["fetch"],
                ["export", "--format", "html"],
                ["export"],
                ["check"],
                ["show"],
                ["overlap"],
                ["stats"],
            ]
            for command in runs:
                result = readlist(*command, site, "--cache-dir", cache, env=env)
                assert "Traceback" not in result.stderr, (command, result.stderr)
            asked = {i for request in fake.requests for i in request.ids}
        assert asked == set(IDS), "fetch never reached the arXiv endpoint"
        assert connections(listener) == 0, "a link read from the site was fetched"
        assert connections(proxy) == 0, "a host other than the arXiv endpoint was contacted"


# --- cache file names ---------------------------------------------------------------

TRAVERSALS = [
    "../../etc/passwd",
    "..",
    "/etc/passwd",
    "2201.12023/../../x",
    "hep-th/../../x",
    "2201.12023\x00",
    "2201.12023\n",
    "..\\..\\x",
    "hep-th/9901001/../../..",
    "",
]


@pytest.mark.parametrize("arxiv_id", TRAVERSALS)
def test_cache_never_names_a_file_outside_its_directory(tmp_path: Path, arxiv_id: str) -> None:
    with pytest.raises(ValueError, match="not an arXiv id"):
        cache_file_stem(arxiv_id)
    cache = Cache(tmp_path / "cache")
    assert cache.get(arxiv_id) is None
    assert cache.put(Metadata(arxiv_id=arxiv_id, title="x")) is False
    assert list(tmp_path.iterdir()) == []


def test_old_style_ids_stay_inside_the_directory(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    assert cache.put(Metadata(arxiv_id="hep-th/9901001", title="x")) is True
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["hep-th_9901001.json"]


def test_hostile_arxiv_answer_writes_only_inside_the_cache(tmp_path: Path) -> None:
    site = hostile_site(tmp_path)
    cache = tmp_path / "a" / "b" / "cache"  # ../../../x from here is still in tmp_path
    before = set(tmp_path.rglob("*"))
    with FakeArxiv() as fake:
        for arxiv_id in IDS:  # every answer claims to be a path, with hostile text
            entry = fake.entries[arxiv_id]
            fake.entries[arxiv_id] = entry.replace(
                f"<id>http://arxiv.org/abs/{arxiv_id}", "<id>http://arxiv.org/abs/../../../x/"
            ).replace("<title>", f"<title>{escape(XML_SAFE[0])} ", 1)
        result = readlist(
            "fetch", site, "--cache-dir", cache, env=environment(READLIST_ARXIV_URL=fake.url)
        )
        assert fake.requests, "arXiv was never asked"
    assert "Traceback" not in result.stderr
    created = set(tmp_path.rglob("*")) - before
    inside = {cache, *cache.parents}
    outside = [p for p in created if p not in inside and cache not in p.parents]
    assert outside == []
