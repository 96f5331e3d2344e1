"""Evidence before attaching: which bibliographic record (if any) is a work's.

Pure functions, no network.  A wrong author list is worse than none, so a DBLP
or Crossref record is attached to a reading only on evidence:

* the reading must look like a paper (:func:`paper_like`): a paper identity, a
  PDF or a proceedings page; a blog, docs, a video, a wiki, a course page or a
  repository never gets a paper's metadata;
* its title must match the record's typo-tolerantly (:data:`TITLE_SCORE`, with
  rapidfuzz on :func:`readlist.similarity.normalize`'d text) -- sharing words is
  not enough ("Paxos Made Simple" is not "Paxos Made Live");
* a nickname ("Spark SQL", "3.1 - Bigtable") matches only a record whose title
  is that name before its colon ("Spark SQL: Relational ..."), and only when no
  other work competes ("Discretized Streams" names both the HotCloud and the
  SOSP paper: nothing is attached);
* records of one work (the conference and the journal version, the CoRR
  preprint) are one *family*; the conference version is taken unless the
  work's own link names another record (its DOI, or the record's landing page:
  the same :mod:`readlist.urls` identity), which wins over any title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from readlist import lazyre
from readlist.linktext import work_name
from readlist.model import Metadata, Work
from readlist.similarity import head, is_generic, normalize, variants
from readlist.urls import identify

TITLE_SCORE = 90.0
"""rapidfuzz ``ratio`` (0-100) at or above which two normalised titles are the same."""
WORD_SCORE = 75.0
"""... and each word of three letters or more must have a twin this similar (``gogle``)."""
_CONTENT_WORD = 3
_DIGIT = lazyre.compile(r"\d")
QUERY_WORDS = 10
"""DBLP needs every query word to match: a title's first words are query enough."""

PAPER_SCHEMES = frozenset({"doi", "usenix", "pmlr", "neurips", "openreview", "acl"})
"""Identities (:mod:`readlist.urls`) that only papers have."""
PROCEEDINGS_HOSTS = frozenset(
    {
        "dl.acm.org", "ieeexplore.ieee.org", "computer.org", "usenix.org", "vldb.org",
        "cidrdb.org", "proceedings.mlr.press", "jmlr.org", "papers.nips.cc",
        "papers.neurips.cc", "proceedings.neurips.cc", "openreview.net", "aclanthology.org",
        "aclweb.org", "link.springer.com", "sciencedirect.com", "nature.com", "science.org",
        "dblp.org", "semanticscholar.org", "research.google", "research.google.com",
        "static.googleusercontent.com", "citeseerx.ist.psu.edu", "ojs.aaai.org",
        "ijcai.org", "cv-foundation.org", "openaccess.thecvf.com", "isca-speech.org",
        "cacm.acm.org", "queue.acm.org", "proceedings.mlsys.org", "mlsys.org",
        "dspace.mit.edu", "escholarship.org", "hal.science", "eprint.iacr.org",
    }
)  # fmt: skip
"""Hosts (and their subdomains) of proceedings, publishers and paper archives."""
NOT_PAPER_HOSTS = frozenset(
    {
        "youtube.com", "youtu.be", "vimeo.com", "wikipedia.org", "wikibooks.org",
        "github.com", "gitlab.com", "bitbucket.org", "medium.com", "substack.com",
        "blogspot.com", "wordpress.com", "ghost.io", "twitter.com", "x.com",
        "reddit.com", "news.ycombinator.com", "stackoverflow.com", "readthedocs.io",
        "readthedocs.org", "towardsdatascience.com", "huggingface.co", "colab.research.google.com",
        "docs.google.com", "drive.google.com", "slideshare.net", "speakerdeck.com",
        "coursera.org", "edx.org", "piazza.com", "gradescope.com", "canvas.instructure.com",
    }
)  # fmt: skip
"""Hosts (and their subdomains) of videos, wikis, blogs, docs, repositories and courses."""
NOT_PAPER_PATH = lazyre.compile(
    r"/(?:blog|blogs|posts?|docs?|documentation|wiki|tutorials?|guides?|courses?|"
    r"lectures?|slides|syllabus|schedule|news|notes)(?:/|\.html?$|$)",
    re.IGNORECASE,
)
"""Path segments of blog posts, documentation, wikis and course pages."""
_PDF = lazyre.compile(r"\.pdf$|/pdf/", re.IGNORECASE)
_LEADING_ARTICLE = lazyre.compile(r"^(?:the|a|an) ")
_KIND_ORDER = {"paper-conference": 0, "article-journal": 1, "chapter": 2, "book": 3}
"""Which record of a family is cited: the conference version first; preprints last."""
_PREPRINT = "article"


def paper_like(work: Work) -> bool:
    """Worth a DBLP search: a usenix:/pmlr:/neurips:/openreview:/acl: identity, a PDF, a
    proceedings page (ACM/IEEE/USENIX/VLDB/CIDR/... hosts); never a blog, docs, video, wiki,
    course page, GitHub repo."""
    if work.identity.scheme in PAPER_SCHEMES:
        return True
    if work.identity.scheme != "url":
        return False  # arXiv: the arXiv API knows it
    parts = urlsplit(work.occurrences[0].reading.link)
    host = (parts.hostname or "").removeprefix("www.")
    if _on(host, NOT_PAPER_HOSTS):
        return False
    if _PDF.search(parts.path):  # a PDF is a paper wherever the course keeps it
        return True
    return _on(host, PROCEEDINGS_HOSTS) and not NOT_PAPER_PATH.search(parts.path)


def dblp_query(work: Work) -> str:
    """The query built from the reading's title: readlist.linktext.work_name(), markers and venue
    tags removed (use the best of the work's occurrences' titles)."""
    words = _best_name(work).split()
    return " ".join(words[:QUERY_WORDS])


def choose(work: Work, records: Sequence[Metadata]) -> Metadata | None:
    """The record to attach to *work*, or None when no record is safe: title must match
    typo-tolerantly (rapidfuzz), a nickname only when the record's title begins with it and no
    other candidate competes; conference over journal version unless the work's DOI says
    otherwise; never a blog/doc/video work."""
    if not paper_like(work) or not records:
        return None
    linked = [r for r in records if _links_to(r, work)]
    if linked:  # the link itself names the record (its DOI, its PMLR/NeurIPS/... page)
        return _preferred(linked)
    names = _names(work)
    titled = [r for r in records if any(_same_title(n, r.title) for n in names)]
    named = [r for r in records if any(_is_head(n, r.title) for n in names)]
    families = _families(titled or named)
    if len(families) != 1:
        return None
    return _preferred(families[0])


def corr_arxiv_id(record: Metadata) -> str | None:
    """The arXiv id when *record* is a CoRR record (ee arxiv.org/abs/<id>)."""
    if record.type != _PREPRINT:
        return None
    if record.arxiv_id:
        return record.arxiv_id
    identity = identify(record.url) if record.url else None
    return identity.value if identity is not None and identity.scheme == "arxiv" else None


def published_version(preprint: Metadata, records: Sequence[Metadata]) -> Metadata | None:
    """A conference/journal record with the same title and overlapping authors as an arXiv
    preprint, or None."""
    published = [
        r
        for r in records
        if r.type in _KIND_ORDER
        and _same_title(preprint.title, r.title)
        and _authors_overlap(preprint.authors, r.authors)
    ]
    return min(published, key=_kind_rank, default=None)


def _links_to(record: Metadata, work: Work) -> bool:
    """The work's link is the record's DOI or landing page (same identity)."""
    if work.identity.scheme == "doi" and record.doi:
        return record.doi.lower() == work.identity.value.lower()
    return bool(record.url) and identify(record.url) == work.identity


def _on(host: str, hosts: frozenset[str]) -> bool:
    """*host* is one of *hosts* or a subdomain of one."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in hosts for i in range(len(labels)))


def _names(work: Work) -> list[str]:
    """The normalised names the work's readings give it, with and without bracketed
    asides ("MapReduce (Dean & Ghemawat)"); generic texts ("PDF") left out."""
    found: list[str] = []
    for occurrence in work.occurrences:
        title = occurrence.reading.title
        if not is_generic(title):
            found += variants(work_name(title))
    return [n for i, n in enumerate(found) if n and n not in found[:i]]


def _best_name(work: Work) -> str:
    """The longest of the work's names without bracketed asides: the most words for DBLP
    to match, none it cannot ("(Nature version) Human-level control ...")."""
    titles = [o.reading.title for o in work.occurrences]
    plain = [(variants(work_name(t)) or ("",))[-1] for t in titles if not is_generic(t)]
    return max(plain, key=len, default="")


def _title_forms(title: str) -> tuple[str, ...]:
    """A record's title as written and without asides ("(Awarded Best Paper!)")."""
    return tuple(_LEADING_ARTICLE.sub("", v) for v in variants(title))


def _same_title(name: str, title: str) -> bool:
    """*name* is *title* up to a few typos (not a word more or less)."""
    from rapidfuzz.fuzz import ratio  # loaded when titles are compared, not on every run

    return any(
        ratio(wanted, form) >= TITLE_SCORE and _same_words(wanted, form)
        for wanted in _title_forms(name)
        for form in _title_forms(title)
    )


def _same_words(a: str, b: str) -> bool:
    """Every word of either text that carries meaning has a twin in the other: a near one
    for words ("gogle"), the same one for numbers ("Llama 2" is not "Llama 3")."""
    mine, theirs = a.split(), b.split()
    return all(
        _has_twin(word, pool)
        for words, pool in ((mine, theirs), (theirs, mine))
        for word in words
        if len(word) >= _CONTENT_WORD or _DIGIT.search(word)
    )


def _has_twin(word: str, pool: list[str]) -> bool:
    from rapidfuzz.fuzz import ratio

    if _DIGIT.search(word):
        return word in pool
    return any(ratio(word, other) >= WORD_SCORE for other in pool)


def _is_head(name: str, title: str) -> bool:
    """*name* is the record title's name before its colon ("Spark SQL: ...")."""
    return bool(name) and head(title) == normalize(name)


def _families(records: Sequence[Metadata]) -> list[list[Metadata]]:
    """*records* grouped by work: same title, or a preprint sharing authors with a paper."""
    families: list[list[Metadata]] = []
    for record in records:
        for family in families:
            if any(_same_work(record, other) for other in family):
                family.append(record)
                break
        else:
            families.append([record])
    return families


def _same_work(a: Metadata, b: Metadata) -> bool:
    if _same_title(a.title, b.title):
        return _authors_overlap(a.authors, b.authors) or not (a.authors and b.authors)
    preprint = _PREPRINT in (a.type, b.type)
    return preprint and head(a.title) == head(b.title) and _authors_overlap(a.authors, b.authors)


def _authors_overlap(a: Sequence[str], b: Sequence[str]) -> bool:
    """At least half of the shorter list's family names appear in the other list."""
    mine, theirs = _surnames(a), _surnames(b)
    if not mine or not theirs:
        return False
    shared = len(mine & theirs)
    return shared > 0 and 2 * shared >= min(len(mine), len(theirs))


def _surnames(authors: Sequence[str]) -> set[str]:
    return {normalize(name).rsplit(" ", 1)[-1] for name in authors if normalize(name)}


def _preferred(family: list[Metadata]) -> Metadata:
    """The conference version, then the journal version, ..., the preprint last."""
    return min(family, key=_kind_rank)


def _kind_rank(record: Metadata) -> int:
    return _KIND_ORDER.get(record.type, 5 if record.type == _PREPRINT else 4)
