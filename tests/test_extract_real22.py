"""Rules the real22 blind round showed: presenter notes cut from every entry's title,
labels and legends that name unmarked readings, Hugo and Quarto details, cards
titled by their heading."""

from __future__ import annotations

import pytest

from readlist.extract import classify
from readlist.extract.markdown import read_markdown


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        # a spaced middot or bullet separates a trailing presenter part
        ("Reward learning · led by Tomás Alvarez", "Reward learning"),
        ("Reward learning • presented by T. Alvarez", "Reward learning"),
        ("Lecture 3 · Transformers", "Lecture 3 · Transformers"),
        # a trailing bracket opening with an honorific or a speaker lead and a colon
        ("ML weather forecasting (Dr. Ilse Varga, ECMWF)", "ML weather forecasting"),
        ("RL from human feedback (guest: Dr. Hana Kim, DeepMind)", "RL from human feedback"),
        ("RL from human feedback (speaker: Hana Kim)", "RL from human feedback"),
        ("RL from human feedback (guest lecture)", "RL from human feedback (guest lecture)"),
        # a title that is only "Guest lecture" keeps the name
        ("Guest lecture (Dr. Ana Costa)", "Guest lecture (Dr. Ana Costa)"),
    ],
)
def test_presenter_notes_are_cut_from_titles(title: str, topic: str) -> None:
    assert classify.topic_of(title) == topic


def test_a_definition_list_title_loses_its_speaker() -> None:
    text = (
        "Tue Jan 27\n"
        ": **Lecture**{: .label .label-purple }Guest lecture: Accessibility — "
        "[Dr. Jordan Reyes](https://jreyes.info/)\n"
        ": Readings:\n"
        "  - [Ability-Based Design](https://dl.acm.org/doi/10.1145/1952383.1952384)\n"
    )
    (lecture,) = read_markdown(text, "week-04.md", None)
    assert (lecture.key, lecture.title) == ("Tue Jan 27", "Guest lecture: Accessibility")
