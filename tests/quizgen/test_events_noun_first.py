"""A dated noun told before any clause of its date ('Wednesday's flood' in the lead, a figure given
'Wednesday evening' after) is the day's happening, not a restatement of the later clause."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, noun", [
    ("The number of victims of Wednesday's flood in the northern Varna valley has risen to 40, officials said. "
     "The count rose from 25 reported earlier Wednesday evening by the local police.", "flood"),
    ("The cost of Tuesday's explosion at a chemical plant near Dunmore has grown to $5 million, the firm said. "
     "About 60 workers were sent home early Tuesday afternoon by the plant managers.", "explosion"),
])
def test_noun_told_first_stays_beside_a_later_clause(text, noun):
    labels = _labels(text, "2019-03-14")
    assert any(noun in label for label in labels), labels
    assert len(labels) >= 2, labels


@pytest.mark.parametrize("text", [
    "The rocket lifted off on Tuesday from the coast. Tuesday's launch of the Kestrel satellite went smoothly.",
])
def test_noun_told_after_its_clause_is_merged(text):
    labels = _labels(text, "2019-03-14")
    assert not any("launch" in label and "took place" in label for label in labels), labels


@pytest.mark.parametrize("text", [
    "The cost of Wednesday's storm on the coast has risen to $5 million, officials said. "
    "Before the storm struck on Wednesday, residents had boarded up their windows.",
])
def test_noun_told_first_merged_with_a_later_clause_of_it(text):
    """A later clause whose subject is the noun's own kind tells the same happening: one line, not two."""
    labels = _labels(text, "2019-03-14")
    assert sum("storm" in label.lower() for label in labels) == 1, labels
