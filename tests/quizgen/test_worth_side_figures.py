"""Trivia blanks out of the default quiz: a source's name in a role slot ('said study co-author _____,
a botanist'), and side figures (a split by sex, a side place's population, a beaten record's year)."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["The council closed the harbour bridge after the storm.", "Repairs will take a month.",
         "Engineers inspected the piers.", "Ann Lee spoke.", "Lee left."]
VIEW = ArticleView("Storm closes harbour bridge", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, focus: str) -> Question:
    return Question("q", "fill_blank", prompt, answer, 3, focus=focus)


@pytest.mark.parametrize("prompt, answer", [
    ("The piers had cracked in two places, said study co-author _____, a structural engineer.", "Ann Lee"),
    ("The repairs will start on Monday, said Dr. _____, Harbourtown's chief engineer, at the briefing.",
     "Ann Lee"),
    ("The piers had cracked in two places, said chief engineer _____, Marlow professor of geology.", "Ann Lee"),
    ("_____, a senior engineer at the Harbour Institute, cautioned against reopening the bridge early.",
     "Ann Lee"),
])
def test_a_source_named_in_a_role_slot(prompt: str, answer: str):
    got = quiz_doubt(_blank(prompt, answer, "person"), VIEW)
    assert got is not None and "in passing" in got, got


@pytest.mark.parametrize("prompt, answer, focus", [
    ("The council said _____ would pay for the repairs.", "Harbour University", "organisation"),
    ("According to the council, _____ will lead the repairs.", "Ann Lee", "person"),
    ("_____ cautioned against reopening the bridge early.", "Ann Lee", "person"),
])
def test_an_actor_blank_stays(prompt: str, answer: str, focus: str):
    got = quiz_doubt(_blank(prompt, answer, focus), VIEW)
    assert got is None or "in passing" not in got, got


@pytest.mark.parametrize("prompt, answer, doubt", [
    ("The jury of _____ men and five women found the captain guilty.", "seven", True),
    ("The jury of eight women and _____ men heard two weeks of evidence.", "four", True),
    ("The ferry crossed to Marlow, a town with a population of about _____, on Tuesday.", "9,000", True),
    ("The storm closed 31 roads, four more than the previous high set in _____, the council said.", "2002", True),
    ("The storm closed 31 roads, four more than the old record of _____.", "1987", True),
    ("The jury of twelve found the captain guilty after _____ hours.", "six", False),
    ("The storm closed _____ roads across the county.", "31", False),
    ("The council said the population of Marlow grew by _____ last year.", "9,000", False),
])
def test_a_side_figure_blank(prompt: str, answer: str, doubt: bool):
    got = quiz_doubt(_blank(prompt, answer, "number"), VIEW)
    assert ("side figure" in (got or "")) == doubt, got


@pytest.mark.parametrize("prompt, answer, doubt", [
    ("Aid came from _____, the European Union, the United States and Japan.", "Norway", True),
    ("_____, the mayor of Marlow, opened the bridge on Friday.", "Ann Lee", False),
])
def test_one_name_heading_a_list_with_the(prompt: str, answer: str, doubt: bool):
    got = quiz_doubt(_blank(prompt, answer, "country"), VIEW)
    assert ("one name of a list" in (got or "")) == doubt, got


@pytest.mark.parametrize("prompt, answer, doubt", [
    ("Lee beat Tom Birch and _____' Gil in the final sprint.", "Pedro", True),
    ("Lee beat Tom Birch and _____ Gil in the final sprint.", "Pedro", True),
    ("Lee beat Tom Birch and _____ in the final sprint.", "Gil", False),
])
def test_a_given_name_alone(prompt: str, answer: str, doubt: bool):
    got = quiz_doubt(_blank(prompt, answer, "person"), VIEW)
    assert ("given name alone" in (got or "")) == doubt, got
