"""The right actor for a pronoun (quizgen.referents): never its own clause's subject, the speaker of its
frame, nobody named when an unnamed person is in focus or two people may own a 'his'."""
from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow

PROMOTED = "Mayor Ann Lopez hired Tom Reed in 2001 and Governor Paul Hart promoted him in 2005."
NURSE = ("Anna Berg, a writer, visited the camp in 2019. \u201cWe are tired,\u201d says a nurse from the city. "
         "Since May, she says, she has treated ten children.")
ARREST = "John Smith spoke to reporters on Monday. A man was arrested on Tuesday. He was released later."
HOUSE = "Peter Hall questioned Mark Dunn on Monday. Hall asked about his house in Miami."


@pytest.mark.parametrize("body, word, n, referent", [
    (PROMOTED, "him", 0, "Tom Reed"),        # an object is not its own clause's subject (Paul Hart)
    (NURSE, "she", 0, None),                 # the unnamed nurse speaks, not Anna Berg
    (NURSE, "she", 1, None),                 # the frame's speaker: whoever 'she says' means
    (ARREST, "He", 0, None),                 # 'a man' is in focus, not John Smith
    (HOUSE, "his", 0, None),                 # Hall or Dunn may own the house
])
def test_actor(resolved, body, word, n, referent):
    assert resolved(body, word, n) == referent


def _labels(body: str) -> list[str]:
    from quizgen import build_lesson
    text = f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


@pytest.mark.parametrize("body, wrong", [
    ("The company sold more cars last year than its rival sold in 2015.", "rival was sold"),
    ("Officials said the lake now holds more water than it did in 2010.", "water did"),
    ("The old forest now absorbs far less carbon than it released in 2019, scientists said.", "released"),
])
def test_comparison_is_no_label(body, wrong):
    """A clause inside a 'than' comparison names no actor of its own: it is never a label's clause."""
    assert not any(wrong in label for label in _labels(body))


@pytest.mark.parametrize("body, wrong", [
    # two men before 'his': the house is not surely Tom Fry's, so no line names its owner
    ("Tom Fry questioned Mark Dale on Monday. Fry asked about his house, which was sold in 2017 for less than "
     "his debts.", "Tom Fry’s house"),
])
def test_unsure_owner_is_no_label(body, wrong):
    assert not any(wrong in label for label in _labels(body))


def test_pronoun_tells_sex(resolved):
    """'she' said of Carroll tells her sex: the 'him' after is not Carroll but the man named before."""
    body = ("Taylor Carroll sued Donald Smith in May. Carroll said she was afraid of Smith. "
            "In 2019, she published a memoir accusing him.")
    assert resolved(body, "him") == "Donald Smith"
