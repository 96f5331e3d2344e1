"""A hostile page's bibliographies through the real TeX toolchain.

The site's link texts and its arXiv paper's cached metadata carry TeX that
would read a file (a canary with a random token, by absolute path), end the
document, break BibTeX's brace counting, or need characters 8-bit BibTeX and
pdflatex cannot take.  The exports, made by the real ``readlist`` command, go
through pdflatex + BibTeX (natbib, plainnat) and pdflatex + biber (biblatex):
every step exits 0, the ``.bbl`` holds one entry per work, the document runs
to its end, and the canary is never opened (``-recorder`` lists every file
TeX opens) nor its token printed.  ``openin_any=a`` lets TeX read any file,
so the checks do not rest on TeX Live's own restrictions.

Skipped only when pdflatex, bibtex or biber is not installed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

import pytest
from fakearxiv import FakeArxiv

from readlist.cache import Cache
from readlist.model import Metadata

TOOLS = ("pdflatex", "bibtex", "biber")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in TOOLS), reason="TeX toolchain not installed"
)
END = "ENDOFDOCUMENTSENTINEL"
LONG_WORD = "Supercalifragilistic" * 15  # 300 characters, no space to break at


def payloads(canary: Path) -> list[str]:
    """Link texts (Markdown) that try to read *canary*, stop TeX, or upset BibTeX."""
    path = canary.as_posix()
    return [
        f"Leak $\\InputIfFileExists{{{path}}}{{}}{{}}$ (optional)",
        f"Input $\\input{{{path}}}$ and \\input{{{path}}} in text",
        f"Brace }} @comment{{ \\input{{{path}}} paper",
        "Cut $\\end{document}$ here and \\end{document} there",
        f"Hex ^^5cinput{{{path}}} and $x^^5cinput{{{path}}}$",
        f"Def $\\def\\x{{\\input{{{path}}}}}\\x$ and $\\csname input\\endcsname{{{path}}}$",
        f"Low level $\\openin1={path} \\read1 to\\x \\x$ and $\\catcode`\\@=0 @input {path}$",
        "Write $\\immediate\\write18{touch pwned}$ and 50% of # & _ ~ comment",
        "Markup <script>alert(1)</script> and ^ and \\ and $5 and $10",
        "Greek α β Ω, accents Wübben Gómez, $\\alpha$-fair $O(n^2)$ and $\\mathcal{O}(n \\log n)$",
        "Unicode math $δ ≤ ∞$ and text in math $café$ and $x_{\\ell}^{2}$",
        "Emoji 😀 and replacement \ufffd and CJK 中文",
        f"Long {LONG_WORD} word",
    ]


def hostile_site(root: Path, canary: Path) -> Path:
    site = root / "site"
    site.mkdir()
    items = [f"* [{text}](https://example.org/{n}.pdf)" for n, text in enumerate(payloads(canary))]
    items.append("* [A link to escape](https://example.org/50%25/caf\u00e9_~x.pdf#page=2&a=b)")
    items.append("* [A DOI to escape](https://doi.org/10.1000/a_b%25c~d&e=f^g)")
    items.append("* [An arXiv paper](https://arxiv.org/abs/2201.12023)")
    page = "## Lecture 1 (Jan 5): Hostile\n\n" + "\n".join(items) + "\n"
    (site / "index.md").write_text(page, encoding="utf-8")
    return site


def hostile_cache(directory: Path, canary: Path) -> Path:
    texts = payloads(canary)
    Cache(directory).put(
        Metadata(
            arxiv_id="2201.12023",
            status="found",
            version=1,
            title=" ".join(texts[:4]),
            authors=("Eve } Brace {", "Mallory \\input{" + canary.as_posix() + "}", "Ré Wübben"),
            published="2022-01-28T00:00:00Z",
            updated="2022-01-28T00:00:00Z",
            primary_category="cs.LG",
            categories=("cs.LG",),
            journal_ref=texts[4],
            abstract=" ".join(texts),
            fetched="2026-05-01T12:00:00Z",
        )
    )
    return directory


def export(site: Path, cache: Path, out: Path, fmt: str, *extra: str) -> None:
    command = [sys.executable, "-c", "from readlist.cli import main; main()", "export"]
    args = [str(site), "--offline", "--cache-dir", str(cache), "-f", fmt, "-o", str(out)]
    run = subprocess.run(
        [*command, *args, "--abstracts", *extra],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr


def tex(directory: Path, *command: str) -> None:
    env = {**os.environ, "openin_any": "a", "openout_any": "a", "shell_escape": "f"}
    run = subprocess.run(
        command, cwd=directory, capture_output=True, timeout=120, env=env, check=False
    )
    output = run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0, f"{command[0]} failed:\n{output[-3000:]}"


def typeset(directory: Path, document: str, bibliography: str, *, final: bool = True) -> None:
    """pdflatex, *bibliography*, then (when *final*) pdflatex with the ``.bbl``."""
    (directory / "doc.tex").write_text(document, encoding="utf-8")
    latex = ("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-recorder", "doc")
    tex(directory, *latex)
    tex(directory, bibliography, "doc")
    if final:
        tex(directory, *latex)


def check_nothing_leaked(hostile: Hostile) -> None:
    directory = hostile.work
    recorded = (directory / "doc.fls").read_text(encoding="utf-8", errors="replace")
    assert hostile.canary.name not in recorded, "TeX opened the canary file"
    for name in ("doc.bbl", "doc.log", "doc.aux"):
        text = (directory / name).read_text(encoding="utf-8", errors="replace")
        assert hostile.token not in text
    assert not (directory / "pwned").exists()
    if shutil.which("pdftotext") and (directory / "doc.pdf").exists():
        subprocess.run(["pdftotext", "doc.pdf"], cwd=directory, check=True, timeout=60)
        text = (directory / "doc.txt").read_text(encoding="utf-8", errors="replace")
        assert hostile.token not in "".join(text.split())  # pdftotext may split words
        assert END in text, "the document was cut short"


class Hostile(NamedTuple):
    site: Path
    cache: Path
    work: Path
    """Where TeX runs."""
    canary: Path
    token: str
    """The canary's secret content."""


def canary_file(root: Path) -> tuple[Path, str]:
    """A file holding a random token, outside every directory TeX works in."""
    token = secrets.token_hex(16)
    secret = root / "secret"
    secret.mkdir()
    canary = secret / "canary.tex"
    canary.write_text(f"LEAKED{token}\n", encoding="utf-8")
    return canary, token


@pytest.fixture
def hostile(tmp_path: Path) -> Hostile:
    canary, token = canary_file(tmp_path)
    site = hostile_site(tmp_path, canary)
    cache = hostile_cache(tmp_path / "cache", canary)
    work = tmp_path / "tex"
    work.mkdir()
    return Hostile(site, cache, work, canary, token)


WORKS = len(payloads(Path("/x"))) + 3  # and the link and the DOI to escape, and the arXiv paper

BIBTEX_DOCUMENT = rf"""\documentclass{{article}}
\usepackage{{natbib}}
\usepackage{{url}}
\begin{{document}}
\nocite{{*}}
\bibliographystyle{{plainnat}}
\bibliography{{refs}}
{END}
\end{{document}}
"""

BIBLATEX_DOCUMENT = rf"""\documentclass{{article}}
\usepackage[backend=biber]{{biblatex}}
\addbibresource{{refs.bib}}
\begin{{document}}
\nocite{{*}}
\printbibliography
{END}
\end{{document}}
"""


def test_bibtex_export_typesets_with_natbib_and_reads_no_file(hostile: Hostile) -> None:
    export(hostile.site, hostile.cache, hostile.work / "refs.bib", "bibtex")
    typeset(hostile.work, BIBTEX_DOCUMENT, "bibtex")
    bbl = (hostile.work / "doc.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\bibitem") == WORKS
    check_nothing_leaked(hostile)


def test_biblatex_ascii_export_typesets_with_biber_and_reads_no_file(hostile: Hostile) -> None:
    export(hostile.site, hostile.cache, hostile.work / "refs.bib", "biblatex", "--ascii")
    typeset(hostile.work, BIBLATEX_DOCUMENT, "biber")
    bbl = (hostile.work / "doc.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\entry{") == WORKS
    check_nothing_leaked(hostile)


def test_biblatex_utf8_export_goes_through_biber(hostile: Hostile) -> None:
    """UTF-8 is for biber with lualatex/xelatex (pdflatex has no emoji): biber reads
    every entry, and nothing runs while it does."""
    export(hostile.site, hostile.cache, hostile.work / "refs.bib", "biblatex")
    typeset(hostile.work, BIBLATEX_DOCUMENT, "biber", final=False)
    bbl = (hostile.work / "doc.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\entry{") == WORKS
    assert "😀" in bbl  # kept as written
    check_nothing_leaked(hostile)


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("golden", "document", "bibliography", "entry"),
    [
        ("dsc204a-w24.bib", BIBTEX_DOCUMENT, "bibtex", "\\bibitem"),
        ("dsc204a-w24.biblatex.bib", BIBLATEX_DOCUMENT, "biber", "\\entry{"),
    ],
)
def test_example_bibliographies_typeset(
    tmp_path: Path, golden: str, document: str, bibliography: str, entry: str
) -> None:
    """The bundled example (UTF-8 names such as Martín and Ré, curly quotes) typesets."""
    text = (GOLDEN / golden).read_text(encoding="utf-8")
    (tmp_path / "refs.bib").write_text(text, encoding="utf-8")
    typeset(tmp_path, document, bibliography)
    works = text.count("\n@")
    assert works > 0
    assert (tmp_path / "doc.bbl").read_text(encoding="utf-8").count(entry) == works


def test_hostile_title_served_by_arxiv_typesets_inert(tmp_path: Path) -> None:
    """The same payloads as an arXiv title, fetched from the (fake) endpoint."""
    canary, token = canary_file(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(
        "## Lecture 1 (Jan 5): X\n\n* [Paper](https://arxiv.org/abs/2201.12023)\n",
        encoding="utf-8",
    )
    title = " ".join(payloads(canary)[:4])
    cache = tmp_path / "cache"
    with FakeArxiv() as fake:
        entry = fake.entries["2201.12023"]
        fake.entries["2201.12023"] = entry.replace("<title>", f"<title>{escape(title)} ", 1)
        env = {**os.environ, "READLIST_ARXIV_URL": fake.url, "READLIST_ARXIV_DELAY": "0"}
        command = [sys.executable, "-c", "from readlist.cli import main; main()", "fetch"]
        fetch = subprocess.run(
            [*command, str(site), "--cache-dir", str(cache)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
    assert fetch.returncode == 0, fetch.stderr
    work = tmp_path / "tex"
    work.mkdir()
    export(site, cache, work / "refs.bib", "bibtex")
    assert "InputIfFileExists" in (work / "refs.bib").read_text(encoding="utf-8")
    typeset(work, BIBTEX_DOCUMENT, "bibtex")
    assert (work / "doc.bbl").read_text(encoding="utf-8").count("\\bibitem") == 1
    check_nothing_leaked(Hostile(site, cache, work, canary, token))
