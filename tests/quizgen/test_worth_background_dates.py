"""Date blanks kept out of the default quiz: a year that only labels a noun ('the _____ vote', 'its
_____ rebuilding'), and a date in the article's later half; a date of the news early on stays in."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["Voters in Marlow chose a new mayor on Sunday.",
         "Anne Ross won the race with a large lead.",
         "She takes office in May.",
         "The count ran late into the night.",
         "Turnout was the highest in years.",
         "The town hall, rebuilt in 1998, hosted the count.",
         "The last mayor, Tom Pell, had served since 2011.",
         "Anne Ross thanked her team.",
         "The new council meets next week."]
VIEW = ArticleView("Marlow picks a new mayor", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, sentence_id: int = 2) -> Question:
    return Question("q", "fill_blank", prompt, answer, sentence_id, focus="date")


@pytest.mark.parametrize("prompt, answer", [
    ("The rivalry between the two parties, older than the _____ vote, goes back years.", "2021"),
    ("The bank helped pay for its _____ rebuilding of the town hall.", "1998"),
    ("Workers at the mill, damaged in the _____ flood, were sent home.", "2007"),
])
def test_a_year_labelling_a_noun_stays_out(prompt: str, answer: str):
    assert quiz_doubt(_blank(prompt, answer), VIEW) is not None


@pytest.mark.parametrize("prompt, answer, sentence_id", [
    ("The town hall, rebuilt in _____, hosted the count.", "1998", 5),
    ("The last mayor, Tom Pell, had served since _____.", "2011", 6),
    ("The new council meets _____.", "next week", 8),
])
def test_a_date_in_the_later_half_stays_out(prompt: str, answer: str, sentence_id: int):
    assert quiz_doubt(_blank(prompt, answer, sentence_id), VIEW) is not None


@pytest.mark.parametrize("prompt, answer, sentence_id", [
    ("Anne Ross takes office in _____.", "May", 2),
    ("She takes office in _____.", "May", 3),
    ("Voters in Marlow chose a new mayor on _____.", "Sunday", 0),
    ("The mayor spoke at the _____ Summer Fair on Sunday.", "2024", 2),
])
def test_a_date_of_the_news_stays_in(prompt: str, answer: str, sentence_id: int):
    assert quiz_doubt(_blank(prompt, answer, sentence_id), VIEW) is None
