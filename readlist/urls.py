"""Canonical identities for the links of reading lists.

:func:`identify` turns a link into an :class:`~readlist.model.Identity`: the
paper behind it (``arxiv:2201.12023``, ``doi:10.1145/3447786.3456245``,
``openreview:r1gs9JgRZ``, ``acl:2020.acl-main.463``, ``usenix:osdi22/zheng-lianmin``,
``pmlr:v202/liu23am``, ``neurips:2019/093f65e0...``) when the URL carries a stable
id, else ``url:`` + :func:`normalize_url`.  Nothing here raises on bad input: a
link that is not a URL at all still gets a ``url`` identity.  docs/identities.md
lists every recognised form.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from readlist import lazyre
from readlist.arxiv_ids import parse_arxiv_id
from readlist.model import Identity

NOT_LINK_SCHEMES = frozenset({"javascript", "data", "vbscript", "about", "mailto", "tel"})
"""Hrefs with these schemes point at no document one could read."""

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid",
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "ref", "ref_src", "ref_url", "usp", "si",
    }
)  # fmt: skip
"""Query parameters that say who shared a link, not what it points at (plus ``utm_*``)."""

_SCHEME = lazyre.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PERCENT = lazyre.compile(r"%([0-9A-Fa-f]{2})")
_DOI = lazyre.compile(r"10\.\d{4,9}/\S+")
_ARXIV_DOI = lazyre.compile(r"10\.48550/arxiv\.(.+)", re.IGNORECASE)
_ARXIV_IN_TEXT = lazyre.compile(r"\barxiv:\s*(\S+)", re.IGNORECASE)
_DOI_IN_TEXT = lazyre.compile(r"\bdoi:\s*(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:)]}\"'"
_ACL_ID = lazyre.compile(
    r"(\d{4}\.[a-z0-9-]+\.\d+|[a-z]\d{2}-\d{4})(?:v\d+)?(?:\.pdf|\.bib|\.xml)?", re.IGNORECASE
)
_NEURIPS_HASH = lazyre.compile(
    r"/paper(?:_files/paper)?/(\d{4})/(?:hash|file)/([0-9a-f]{32})-[A-Za-z_-]+\.[a-z]+"
)
_NEURIPS_OLD = lazyre.compile(r"/paper/(\d+)-[^/]*")
_BARE_HOST = lazyre.compile(r"(?:[a-z0-9-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net)/", re.I)
_OPENREVIEW_ID = lazyre.compile(r"[A-Za-z0-9_-]+")
# research.google.com archive PDFs are linked under any locale:
# /media/research.google.com/zh-CN//archive/gfs-sosp2003.pdf
_GOOGLE_LOCALE = lazyre.compile(r"/media/research\.google\.com/[A-Za-z-]+/+archive/")


def clean(link: str) -> str:
    """*link* without surrounding whitespace and without tab/newline characters.

    Browsers ignore those (WHATWG URL parsing), so ``java\\tscript:`` is ``javascript:``.
    """
    return link.strip(" \t\n\r\f\v\x00").replace("\t", "").replace("\n", "").replace("\r", "")


def is_link(href: str) -> bool:
    """False for hrefs that lead to no document: empty, ``#...``, ``javascript:``, ``data:``..."""
    text = clean(href)
    if not text or text.startswith("#"):
        return False
    match = _SCHEME.match(text)
    return match is None or match.group(1).lower() not in NOT_LINK_SCHEMES


def is_absolute(link: str) -> bool:
    """True when *link* names a host (``https://x/...``, ``//x/...``) or has any scheme."""
    text = clean(link)
    return text.startswith("//") or _SCHEME.match(text) is not None


@lru_cache(maxsize=16384)  # a course links one paper from many lectures, url and link alike
def identify(link: str) -> Identity:
    """The identity of the work behind *link*; never raises.

    A paper host written without a scheme (``arxiv.org/abs/2201.12023``) counts as https.
    """
    text = redirect_target(clean(link))
    found = _identify_prefixed(text) or _identify_url(text)
    if found is None and _BARE_HOST.match(text):
        found = _identify_url("https://" + text)
    return found or Identity("url", normalize_url(text))


_REDIRECTS = lazyre.compile(r"^https?://(?:www\.)?google\.[a-z.]{2,6}/url\?", re.IGNORECASE)
"""Google's redirect, which Google Docs and Sites wrap every outside link in
(``https://www.google.com/url?q=https://arxiv.org/abs/2210.15723&sa=D&…``)."""


def redirect_target(link: str) -> str:
    """The link a redirect wrapper leads to (its ``q``/``url`` parameter), else *link*."""
    if not _REDIRECTS.match(link):
        return link
    query = dict(parse_qsl(urlsplit(link).query))
    target = query.get("q") or query.get("url") or ""
    return target if target.startswith(("http://", "https://")) else link


def identify_text(text: str) -> Identity | None:
    """An arXiv id (``arXiv:2201.12023v2``) or DOI (``doi:10.1145/...``) written in *text*."""
    for match in _ARXIV_IN_TEXT.finditer(text):
        found = _arxiv(match.group(1).rstrip(_TRAILING_PUNCT))
        if found:
            return found
    for match in _DOI_IN_TEXT.finditer(text):
        found = _doi(match.group(1).rstrip(_TRAILING_PUNCT))
        if found:
            return found
    return None


def normalize_url(url: str) -> str:
    """One spelling per location, for comparing links that are not paper ids.

    http and https, ``www.``, default ports, host case and IDNA spelling,
    trailing slashes, percent-encoding (``%20`` = space), tracking parameters,
    parameter order and fragments (``#page=3``, ``#:~:text=``) make no
    difference.  Fragments that are routes (``#/...``, ``#!...``) are kept.
    Hrefs with other schemes (``javascript:``, ``data:``) keep their text.
    """
    text = clean(url)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return _requote(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", ""):
        return scheme + text[len(scheme) :]
    fragment = parts.fragment if parts.fragment[:1] in ("/", "!") else ""
    query = _normalize_query(parts.query)
    tail = ("?" + query if query else "") + ("#" + _requote(fragment) if fragment else "")
    if not parts.netloc:
        # "https:////x" has no host: keep one leading slash so that the result
        # never reads as a protocol-relative URL (and normalising is idempotent)
        return re.sub(r"^/{2,}", "/", _requote(parts.path)) + tail
    host = _host(parts.hostname or "")
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    path = _requote(parts.path).rstrip("/")
    if host == "static.googleusercontent.com":
        path = _GOOGLE_LOCALE.sub("/media/research.google.com/archive/", path)
    return f"https://{host}{path}{tail}"


def _host(hostname: str) -> str:
    host = "".join(hostname.rstrip(".").split())  # no host has white space (U+0085 either)
    if not host.isascii():  # IDNA leaves an ASCII host as it is (urlsplit lowered it)
        with contextlib.suppress(UnicodeError):  # too long, empty labels, surrogates
            host = host.encode("idna").decode("ascii")
    host = "".join(host.split())  # IDNA maps U+00A0 to a space; no host has white space
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    # "www." off, each time it leaves a host with a dot ("www.www.org" is "www.org"):
    # the same host however often it is normalized
    while host.startswith("www.") and "." in host[4:]:
        host = host[4:]
    return host


def _requote(text: str) -> str:
    """Percent-encode what must be, decode what need not be, upper-case the rest."""
    quoted = quote(text, safe="/%:@!$&'()*+,;=~?#[]", errors="surrogatepass")

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return _PERCENT.sub(fix, quoted)


def _normalize_query(query: str) -> str:
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith("utm_")
    ]
    return urlencode(sorted(pairs), quote_via=quote, errors="surrogatepass")


def _identify_prefixed(text: str) -> Identity | None:
    """``arXiv:ID`` and ``doi:10....`` written as the whole link."""
    lowered = text[:6].lower()
    if lowered == "arxiv:":
        return _arxiv(text[6:])
    if lowered.startswith("doi:"):
        return _doi(text[4:].strip())
    return None


def _arxiv(candidate: str) -> Identity | None:
    parsed = parse_arxiv_id(candidate)
    return Identity("arxiv", parsed[0], parsed[1]) if parsed else None


def _doi(candidate: str) -> Identity | None:
    doi = candidate.strip().rstrip("/")
    if not _DOI.fullmatch(doi):
        return None
    arxiv = _ARXIV_DOI.fullmatch(doi)
    found = _arxiv(arxiv.group(1)) if arxiv else None
    return found or Identity("doi", doi.lower())


def _identify_url(text: str) -> Identity | None:
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https", "") or not parts.hostname:
        return None
    host = _host(parts.hostname)
    path = unquote(parts.path)
    segments = [segment for segment in path.split("/") if segment]
    query = dict(parse_qsl(parts.query))
    if host == "arxiv.org" or host.endswith(".arxiv.org") or host == "xxx.lanl.gov":
        return _arxiv_path(segments, ("abs", "pdf", "html", "src", "e-print", "format", "ps"))
    rule = _HOST_RULES.get(host)
    if rule is not None:
        return rule(path, segments, query)
    return _doi_path(segments)


def _arxiv_path(segments: list[str], kinds: tuple[str, ...]) -> Identity | None:
    """``/abs/ID``, ``/pdf/IDvN.pdf``, ``/abs/hep-th/9901001``: the kind, then the id."""
    if len(segments) < 2 or segments[0].lower() not in kinds:
        return None
    candidate = "/".join(segments[1:])
    if candidate.lower().endswith(".pdf"):
        candidate = candidate[:-4]
    return _arxiv(candidate)


def _doi_path(segments: list[str]) -> Identity | None:
    """Publisher URLs with ``/doi/[word/]10.x/...`` (ACM, Wiley, Taylor & Francis, SAGE...)."""
    for index, segment in enumerate(segments[:3]):
        if segment.lower() != "doi":
            continue
        rest = segments[index + 1 :]
        if rest and not rest[0].startswith("10.") and rest[0].isalpha():
            rest = rest[1:]
        return _doi("/".join(rest))
    return None


Rule = Callable[[str, list[str], dict[str, str]], Identity | None]


def _doi_org(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    return _doi(path.lstrip("/"))


def _springer(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    kinds = ("article", "chapter", "book", "referenceworkentry", "protocol")
    if segments[:2] == ["content", "pdf"]:
        doi = "/".join(segments[2:])
        return _doi(doi[:-4] if doi.lower().endswith(".pdf") else doi)
    if len(segments) >= 3 and segments[0] in kinds:
        return _doi("/".join(segments[1:]))
    return None


def _nature(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    if len(segments) == 2 and segments[0] == "articles":
        return _doi("10.1038/" + segments[1].removesuffix(".pdf"))
    return None


def _mirror(*kinds: str) -> Rule:
    def rule(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
        return _arxiv_path(segments, kinds)

    return rule


def _lookup(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    """Semantic Scholar / NASA ADS / Google Scholar lookups that name an arXiv id."""
    if "arxiv_id" in query:
        return _arxiv(query["arxiv_id"])
    for segment in segments:
        if segment.lower().startswith("arxiv:"):
            return _arxiv(segment[6:])
    return None


def _openreview(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    paper = query.get("id", "")
    if segments and segments[0] in ("forum", "pdf", "attachment") and paper:
        return Identity("openreview", paper) if _OPENREVIEW_ID.fullmatch(paper) else None
    return None


def _acl(segments: list[str]) -> Identity | None:
    match = _ACL_ID.fullmatch(segments[-1]) if segments else None
    if match is None:
        return None
    paper = match.group(1)
    return Identity("acl", paper.upper() if paper[0].isalpha() else paper.lower())


def _aclanthology(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    return _acl(segments) if len(segments) == 1 else None


def _aclweb(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    """``/anthology/P18-1000`` and the older ``/anthology/P/P18/P18-1000.pdf``."""
    if segments[:1] == ["anthology"] and len(segments) in (2, 4):
        return _acl(segments)
    return None


def _usenix(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    if len(segments) == 4 and segments[0] == "conference" and segments[2] == "presentation":
        return Identity("usenix", f"{segments[1]}/{segments[3]}".lower())
    return None


def _pmlr(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    """``/v202/liu23am.html``, ``/v202/liu23am.pdf``, ``/v202/liu23am/liu23am(-supp).pdf``."""
    if len(segments) not in (2, 3) or not re.fullmatch(r"[vr]\d+", segments[0]):
        return None
    name = segments[1].removesuffix(".html").removesuffix(".pdf").removesuffix("-supp")
    return Identity("pmlr", f"{segments[0]}/{name}".lower())


def _neurips(path: str, segments: list[str], query: dict[str, str]) -> Identity | None:
    """``/paper/2019/hash/<hash>-Abstract.html``, ``.../file/<hash>-Paper.pdf``,
    ``/paper_files/paper/2022/hash/<hash>-Abstract-Conference.html``, ``/paper/8092-slug``."""
    match = _NEURIPS_HASH.fullmatch(path.rstrip("/"))
    if match:
        return Identity("neurips", f"{match.group(1)}/{match.group(2)}")
    match = _NEURIPS_OLD.fullmatch(path.rstrip("/"))
    return Identity("neurips", match.group(1)) if match else None


_HOST_RULES: dict[str, Rule] = {
    "doi.org": _doi_org,
    "dx.doi.org": _doi_org,
    "link.springer.com": _springer,
    "nature.com": _nature,
    "ar5iv.org": _mirror("abs", "html"),
    "alphaxiv.org": _mirror("abs", "overview", "pdf"),
    "huggingface.co": _mirror("papers"),
    "api.semanticscholar.org": _lookup,
    "ui.adsabs.harvard.edu": _lookup,
    "scholar.google.com": _lookup,
    "openreview.net": _openreview,
    "aclanthology.org": _aclanthology,
    "aclweb.org": _aclweb,
    "usenix.org": _usenix,
    "proceedings.mlr.press": _pmlr,
    "papers.nips.cc": _neurips,
    "papers.neurips.cc": _neurips,
    "proceedings.neurips.cc": _neurips,
}
