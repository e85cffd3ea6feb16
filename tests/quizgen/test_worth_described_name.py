"""Rule 6 trivia: a blank in the aside that describes a name ('Acme, based in _____, ...', 'a ferry
registered in _____') stays out of the default quiz; the sentence's own point may be blanked."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["Brightwell Foods agreed on Monday to buy the bakery chain Corn & Crust for $40 million.",
         "Brightwell, based in Harlow, Essex, makes frozen meals for supermarkets.",
         "The Nordic Star, a ferry registered in Malta, carried the first lorries across.",
         "The chain's founder, Ada Pike, born in Leeds, will stay on as an adviser.",
         "The deal, made popular by the late Tom Reed, was approved by the board.",
         "Corn & Crust will move its head office to Harlow next year."]
VIEW = ArticleView("Brightwell buys Corn & Crust", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, sentence_id: int, focus: str = "place") -> Question:
    return Question("q", "fill_blank", prompt, answer, sentence_id, focus=focus)


@pytest.mark.parametrize("question", [
    _blank("Brightwell, based in _____, Essex, makes frozen meals for supermarkets.", "Harlow", 1),
    _blank("The Nordic Star, a ferry registered in _____, carried the first lorries across.", "Malta", 2),
    _blank("The chain's founder, Ada Pike, born in _____, will stay on as an adviser.", "Leeds", 3),
    _blank("The deal, made popular by the late _____, was approved by the board.", "Tom Reed", 4, "person"),
])
def test_blank_in_the_aside_describing_a_name_stays_out_of_the_quiz(question: Question):
    assert "aside describing a name" in (quiz_doubt(question, VIEW) or "")


@pytest.mark.parametrize("question", [
    _blank("Corn & Crust will move its head office to _____ next year.", "Harlow", 5),
    _blank("The Nordic Star, a ferry registered in Malta, carried the first _____ across.", "lorries", 2, "thing"),
    _blank("Brightwell Foods agreed on Monday to buy the bakery chain Corn & Crust for _____.", "$40 million", 0,
           "number"),
])
def test_blank_on_the_sentence_point_is_not_taken_for_the_aside(question: Question):
    assert "aside describing a name" not in (quiz_doubt(question, VIEW) or "")
