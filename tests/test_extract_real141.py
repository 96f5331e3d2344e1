"""Rules from the real141 round: a sign's key that says its meaning after a colon, with
the sign "marked" without "with", and a sign written instead of another."""

from __future__ import annotations

import pytest

from readlist.extract.reader import symbol_legends


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "The paper marked 🌟 is the one we discuss: everyone reads it and submits a "
            "review. The other papers in a row are optional.",
            {"🌟": "required"},
        ),
        ("Papers marked ⭐ are the ones we discuss; the rest are background.", {"⭐": "required"}),
        ("Papers marked with † are optional.", {"†": "optional"}),
        (
            "The paper marked 🌟 is the one we discuss: everyone reads it. Rows carried over "
            "from last year mark the discussion paper with (*) instead of 🌟; it means the "
            "same thing.",
            {"🌟": "required", "*": "required"},
        ),
        # a sign written instead of one the key gives no meaning: nothing to carry over
        ("Old rows show (*) instead of 🌟.", {}),
    ],
)
def test_sign_keys(key: str, expected: dict[str, str]) -> None:
    assert dict(symbol_legends(key)) == expected
