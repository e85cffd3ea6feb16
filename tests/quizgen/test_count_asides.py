"""A count's aside between commas ('cars, including 12 carrying fuel, derailed') goes whole from a noun
phrase, and a number standing for its noun keeps the participle that says what it counts."""
from __future__ import annotations

import pytest

import quizgen


def _labels(sentence: str) -> list[str]:
    lesson = quizgen.build_lesson("Title: Report\nPublished: 2024-03-06\n\n" + sentence + "\nThe town was quiet on Sunday.\n")
    return [e.label for e in lesson.events]


@pytest.mark.parametrize("sentence, label", [
    ("About 40 freight cars, including 12 carrying liquid chlorine, derailed Feb. 3 in Millbrook in a fiery crash.",
     "About 40 freight cars derailed in a fiery crash"),
    ("Six buses, including two carrying schoolchildren, crashed on Monday on the coast road near Penrith.",
     "Six buses crashed on the coast road near Penrith"),
])
def test_a_counts_aside_goes_whole(sentence, label):
    assert label in _labels(sentence)


def test_no_label_keeps_a_bare_number_from_an_aside():
    labels = _labels("Four people, including two who were hurt in the fall, were rescued on Monday from the cliff.")
    assert labels and not any(l.split()[0].lower() == "two" for l in labels)


def test_a_numbers_participle_is_not_its_own_subject():
    labels = _labels("The toll climbed from more than 500 provided earlier on Monday night by local officials.")
    assert not any(l.count("provided") > 1 for l in labels)
