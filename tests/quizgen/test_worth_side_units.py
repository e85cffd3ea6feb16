"""Trivia blanks out of the default quiz: a measure the stem gives again with a hyphened unit, a
second of the game clock, the population of a place given after its noun ('the nation of _____')."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["The council closed the harbour bridge after the storm.", "Repairs will take a month.",
         "Engineers inspected the piers.", "Ann Lee spoke.", "Lee left."]
VIEW = ArticleView("Storm closes harbour bridge", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _doubt(prompt: str, answer: str, focus: str = "number") -> str:
    return quiz_doubt(Question("q", "fill_blank", prompt, answer, 3, focus=focus), VIEW) or ""


@pytest.mark.parametrize("prompt, answer, doubt", [
    ("Divers found two pieces of the _____ (9.1-meter) barge near the piers.", "30-foot", True),
    ("Divers found two pieces of the _____ (9.1 meters) barge near the piers.", "30-foot", True),
    ("Divers found two pieces of the _____ (the council's) barge near the piers.", "old", False),
])
def test_a_measure_given_again_in_other_units(prompt: str, answer: str, doubt: bool):
    assert ("other units" in _doubt(prompt, answer)) == doubt


@pytest.mark.parametrize("prompt, answer, doubt", [
    ("The visitors won a free kick with less than _____ left.", "10 seconds", True),
    ("The visitors won a free kick with _____ left.", "12 minutes", True),
    ("The visitors won a free kick with _____ left.", "their captain", False),
])
def test_a_second_of_the_game_clock(prompt: str, answer: str, doubt: bool):
    assert ("game-clock" in _doubt(prompt, answer)) == doubt


@pytest.mark.parametrize("prompt, answer, focus, doubt", [
    ("Lee will be the first engineer to lead the nation of _____.", "3.2 million", "number", True),
    ("The ferry links the mainland to the island of about _____ people.", "9,000", "number", True),
    ("The governor of the state of _____ declared an emergency.", "Victoria", "place", False),
    ("The bridge links the town of about _____ to the coast.", "9,000", "number", True),
    ("Lee will be the first engineer to lead the island nation of _____.", "Fiji", "country", False),
    ("The storm closed _____ roads across the state of Victoria.", "31", "number", False),
])
def test_the_population_after_a_place_noun(prompt: str, answer: str, focus: str, doubt: bool):
    assert ("side figure" in _doubt(prompt, answer, focus)) == doubt


@pytest.mark.parametrize("qtype, prompt, answer, focus, doubt", [
    ("multiple_choice", "To how many reporters did Lee show the new bridge plans?", "200", "how many", True),
    ("multiple_choice", "How many onlookers watched the bridge reopen?", "3,000", "how many", True),
    ("fill_blank", "The mayor spoke to _____ guests at the reopening.", "150", "number", True),
    ("multiple_choice", "How many piers did the storm crack?", "four", "how many", False),
    ("fill_blank", "The council hired _____ engineers to repair the piers.", "40", "number", False),
    ("fill_blank", "After the final, _____ fans lined the streets.", "4,000", "number", False),
    ("fill_blank", "The mayor spoke to the _____ reporters about the storm.", "local", "organisation", False),
])
def test_the_size_of_an_audience(qtype: str, prompt: str, answer: str, focus: str, doubt: bool):
    got = quiz_doubt(Question("q", qtype, prompt, answer, 3, focus=focus), VIEW) or ""
    assert ("watched or attended" in got) == doubt, got
