"""The arXiv identifier grammar (arXiv's ``arxiv_identifier`` help page).

New scheme (since April 2007): ``YYMM.NNNN`` (0704-1412) or ``YYMM.NNNNN``
(from 1501), optional ``vN``.  Old scheme (to March 2007):
``archive[.SC]/YYMMNNN``, optional ``vN``; the subject class is dropped in the
canonical form (``math.GT/0309136`` -> ``math/0309136``).
"""

from __future__ import annotations

import re

from readlist import lazyre

ARCHIVES = (
    "acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|"
    "comp-gas|cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math|math-ph|"
    "mtrl-th|nlin|nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|quant-ph|solv-int|"
    "supr-con"
)
# Longest archive first so that ``math-ph`` is never read as ``math``.
_ARCHIVE_ALT = "|".join(sorted(ARCHIVES.split("|"), key=len, reverse=True))

NEW_ID = r"(?P<yy>\d{2})(?P<mm>0[1-9]|1[0-2])\.(?P<num>\d{4,5})(?:v(?P<nv>[1-9]\d*))?"
OLD_ID = (
    rf"(?P<archive>{_ARCHIVE_ALT})(?:\.(?P<sc>[A-Za-z]{{2}}))?/"
    r"(?P<oyy>\d{2})(?P<omm>0[1-9]|1[0-2])(?P<onum>\d{3})(?:v(?P<ov>[1-9]\d*))?"
)
_BARE = lazyre.compile(rf"(?:{NEW_ID}|{OLD_ID})", re.IGNORECASE)
# In running text: ``arXiv:2201.12023v2`` or a bare id not glued to other digits.
_IN_TEXT = lazyre.compile(
    rf"(?<![\w./-])(?:arxiv:\s*)?(?:{NEW_ID}|{OLD_ID})(?![\w])", re.IGNORECASE
)


def _new_ok(yy: str, mm: str, num: str) -> bool:
    yymm = int(yy + mm)
    if yymm < 704:  # new scheme started in April 2007 (0704)
        return False
    return len(num) == (4 if yymm <= 1412 else 5)


def _canonical(match: re.Match[str]) -> tuple[str, int | None] | None:
    if match.group("yy") is not None:
        yy, mm, num = match.group("yy"), match.group("mm"), match.group("num")
        if not _new_ok(yy, mm, num):
            return None
        version = match.group("nv")
        return f"{yy}{mm}.{num}", int(version) if version else None
    archive = match.group("archive").lower()
    version = match.group("ov")
    ident = f"{archive}/{match.group('oyy')}{match.group('omm')}{match.group('onum')}"
    return ident, int(version) if version else None


def parse_arxiv_id(text: str) -> tuple[str, int | None] | None:
    """``(id, version)`` when *text* is exactly one valid arXiv id, else ``None``.

    Accepts an ``arXiv:`` prefix.  ``2201.12023v2`` -> ``("2201.12023", 2)``;
    ``math.GT/0309136`` -> ``("math/0309136", None)``; ``2201.1202`` -> ``None``.
    """
    candidate = text.strip()
    if candidate[:6].lower() == "arxiv:":
        candidate = candidate[6:].strip()
    match = _BARE.fullmatch(candidate)
    return _canonical(match) if match else None


def find_arxiv_ids(text: str) -> list[tuple[str, int | None]]:
    """Every valid arXiv id written in running text, in order."""
    found = []
    for match in _IN_TEXT.finditer(text):
        parsed = _canonical(match)
        if parsed is not None:
            found.append(parsed)
    return found


def is_valid_arxiv_id(text: str) -> bool:
    """True for a canonical, versionless id as :func:`parse_arxiv_id` returns it."""
    parsed = parse_arxiv_id(text)
    return parsed is not None and parsed[1] is None and parsed[0] == text


def cache_file_stem(arxiv_id: str) -> str:
    """A file-name-safe stem for an id: ``hep-th/9901001`` -> ``hep-th_9901001``.

    Raises ``ValueError`` for anything that is not a valid id, so a name built
    from it can never escape a directory.
    """
    if not is_valid_arxiv_id(arxiv_id):
        raise ValueError(f"not an arXiv id: {arxiv_id!r}")
    return arxiv_id.replace("/", "_")
