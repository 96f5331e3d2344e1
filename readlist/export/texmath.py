"""Plain TeX math: the only TeX from a site or a server that an export keeps live.

arXiv titles and abstracts carry math (``$O(n^2)$``, ``$\\alpha$-fair``), and
a bibliography should print it as math.  But a ``$...$`` span is written by
whoever wrote the page or the paper, and TeX inside it runs when the student
typesets the bibliography (``$\\input{/etc/passwd}$``).  So a span stays math
only if it is *plain*: letters, digits, operators, sub/superscripts, braces
that balance, and the commands of :data:`MATH_COMMANDS`, each with its
arguments.  Anything else (another command, ``^^`` hex escapes, ``~``,
``\\{``, an unbalanced brace) makes the whole span text, escaped like the
rest.  A bare ``%``, ``#`` or ``&`` in plain math is the character, written
escaped (:func:`math_span`), never a comment or a parameter.

The shape checks (arguments present, one superscript per atom) keep plain math
from stopping LaTeX with an error, not only from running code.
"""

from __future__ import annotations

import re
import unicodedata

from readlist import lazyre

_ARITY_0 = """
alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu
xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega
Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega
log ln exp sin cos tan max min lim sup inf det dim ker arg
times cdot pm mp div leq geq le ge neq ne approx sim simeq equiv propto ll gg
infty partial nabla sum prod int in notin subset subseteq supset supseteq cup cap
to rightarrow leftarrow Rightarrow Leftarrow leftrightarrow mapsto
ldots cdots dots prime ell forall exists emptyset circ star ast langle rangle mid
"""
_ARITY_1 = """
mathcal mathbb mathrm mathbf mathit mathsf mathtt sqrt hat bar tilde vec dot
overline underline widehat widetilde
"""
MATH_COMMANDS: dict[str, int] = {
    **dict.fromkeys(_ARITY_0.split(), 0),
    **dict.fromkeys(_ARITY_1.split(), 1),
    "frac": 2,
}
"""Every command plain math may use, with how many arguments it takes.
(``\\mathbb`` needs ``amssymb``, as it does in the paper itself.)"""

_SYMBOLS = ",;:!%_&#"
"""Control symbols allowed after a backslash: spacing and escaped specials."""
_TOKEN = lazyre.compile(
    r"\\(?P<command>[A-Za-z]+)|\\(?P<symbol>[" + re.escape(_SYMBOLS) + r"])"
    r"|(?P<open>\{)|(?P<close>\})|(?P<script>[_^])|(?P<prime>')|(?P<space>\s+)"
    r"|(?P<char>[A-Za-z0-9+\-*/=<>()\[\]|,.;:!?%#&])|(?P<unicode>[^\x00-\x7f])|(?P<other>.)",
    re.DOTALL,
)

Token = tuple[str, str]


_BARE_SPECIAL = lazyre.compile(r"(?<!\\)[%#&]")


def math_span(body: str) -> str:
    """``$body$`` for plain math *body*, its bare ``%``, ``#``, ``&`` escaped."""
    return "$" + _BARE_SPECIAL.sub(lambda m: "\\" + m.group(), body) + "$"


def is_plain_math(body: str) -> bool:
    """True if the TeX math *body* (between the dollars) is plain math."""
    if "^^" in body:
        return False
    tokens: list[Token] = []
    for match in _TOKEN.finditer(body):
        kind = match.lastgroup or "other"
        if kind == "unicode" and _is_math_symbol(match.group(kind)):
            kind = "char"
        if kind in ("other", "unicode") or (
            kind == "command" and match.group(kind) not in MATH_COMMANDS
        ):
            return False
        if kind != "space":
            tokens.append((kind, match.group(kind)))
    return _sequence(tokens, 0, closing=False) == len(tokens)


def _is_math_symbol(char: str) -> bool:
    """Greek letters and math symbols (``δ``, ``≤``): the non-ASCII characters whose
    LaTeX form (``\\ensuremath{\\delta}``) works in math; ``é`` would not."""
    return unicodedata.category(char) == "Sm" or "GREEK" in unicodedata.name(char, "")


def _sequence(tokens: list[Token], i: int, *, closing: bool) -> int | None:
    """Index after a run of atoms (and its ``}`` when *closing*), or None."""
    scripts: set[str] = set()
    while i < len(tokens):
        kind = tokens[i][0]
        if kind == "close":
            return i + 1 if closing else None
        if kind == "prime":  # f' is f^{\prime}: no superscript may come before it
            if "^" in scripts:
                return None
            i += 1
        elif kind == "script":
            if tokens[i][1] in scripts:  # a double superscript stops LaTeX
                return None
            scripts.add(tokens[i][1])
            next_i = _argument(tokens, i + 1)
            if next_i is None:
                return None
            i = next_i
        else:
            scripts = set()
            next_i = _atom(tokens, i)
            if next_i is None:
                return None
            i = next_i
    return None if closing else i


def _atom(tokens: list[Token], i: int) -> int | None:
    kind, value = tokens[i]
    if kind == "open":
        return _sequence(tokens, i + 1, closing=True)
    end: int | None = i + 1
    for _ in range(MATH_COMMANDS[value] if kind == "command" else 0):
        end = _argument(tokens, end) if end is not None else None
    return end


def _argument(tokens: list[Token], i: int) -> int | None:
    """A command's or a script's argument: a group, a character or a plain symbol."""
    if i >= len(tokens) or tokens[i][0] in ("close", "script", "prime"):
        return None
    kind, value = tokens[i]
    if kind == "command" and MATH_COMMANDS[value] > 0:
        return None
    return _atom(tokens, i)
