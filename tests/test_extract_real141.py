"""Rules from the real141 round: a sign's key that says its meaning after a colon, with
the sign "marked" without "with", and a sign written instead of another."""

from __future__ import annotations

from pathlib import Path

import pytest

from readlist.extract.reader import symbol_legends
from tests.site_helpers import keyed_readings, write_site


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


def test_a_key_naming_a_kramdown_pill(tmp_path: Path) -> None:
    schedule = """---
layout: page
title: Schedule
---

Every reading listed under a lecture is required unless it carries the
**Optional**{: .label .label-grey } tag. Talks under **Watch**{: .label .label-grey } are
optional too, but they are often the best hour you can spend on a topic.

{% for module in site.modules %}
{{ module }}
{% endfor %}
"""
    module = """---
title: Week 1
---

Jan 20
: **Lecture**{: .label .label-purple } Scaling
  : [Scaling Laws](https://arxiv.org/abs/2001.08361)
  : **Watch**{: .label .label-grey } [Intro to LLMs](https://www.youtube.com/watch?v=zjkBMFhNj_g)
"""
    site = write_site(
        tmp_path,
        {
            "_config.yml": "collections:\n  modules:\n    output: false\n",
            "schedule.md": schedule,
            "_modules/week-01.md": module,
        },
    )
    assert keyed_readings(site) == [
        ("Jan 20", "https://arxiv.org/abs/2001.08361", "required"),
        ("Jan 20", "https://www.youtube.com/watch?v=zjkBMFhNj_g", "optional"),
    ]
