"""Timeline labels a teacher prints: no relative word as the subject, no linking verb's adjective
without its infinitive, a 'the N that ...' noun with its clause, and no 'appeared'/'seemed' state when
the sentence tells a happening."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.wellformed import faults


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


@pytest.mark.parametrize("text, bad", [
    ("Many of whom were injured in the crash", True),
    ("Some of which had closed by noon", True),
    ("Which had closed by noon", True),
    ("Farmers where decided to sell the land", True),
    ("The company which makes bicycles closed a plant", False),
    ("Some of the farms were sold", False),
    ("Which of the farms was sold?", False),
])
def test_relative_word_as_subject(text, bad):
    assert ("relative word as subject" in faults(text)) is bad


@pytest.mark.parametrize("body, kept", [
    # a linking verb's adjective keeps the infinitive that says what for
    ("In 2006, the veteran keeper looked set to leave the club with another league title.", "to leave"),
    ("In 2006, Okafor looked set to leave the stage with another winner's medal.", "to leave the stage"),
    # 'the goals that ...': 'the' points to the clause, which the label keeps when it fits
    ("In 1990, Okafor scored two of the goals that won the club the cup.", "that won the club the cup"),
])
def test_label_keeps_the_part_that_says_what(body, kept):
    labels = _labels(body)
    assert labels and all(kept in label for label in labels)


@pytest.mark.parametrize("body, state, happening", [
    ("In 2015, a ceasefire appeared impossible as the rebels shelled the harbour town.", "appeared", "shelled"),
    ("In 2009, a merger seemed unlikely after the bank sold its insurance arm.", "seemed", "sold"),
])
def test_seeming_gives_way_to_the_happening(body, state, happening):
    labels = _labels(body)
    assert labels and not any(state in label for label in labels)
    assert any(happening in label for label in labels)


@pytest.mark.parametrize("body, bare", [
    # the verb's phrase holds the date: it is put back, date and all, never the verb alone
    ("The club's history dates back to 1880.", "dates"),
    ("The bakery's recipe book dates to 1911.", "dates"),
])
def test_verb_without_its_dated_phrase(body, bare):
    labels = _labels(body)
    assert labels and not any(label.endswith(bare) for label in labels)
