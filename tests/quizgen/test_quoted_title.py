"""A sentence opening on a quoted title is the story's narration; one opening on a speaker's words is not
a fact of the story (questions.stated, JUDGING.md rule 4)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.stated import actor_problem

_QUOTATION = "the sentence is a quotation: someone's words, not a fact of the story"


def _problem(sentence: str, statement: str) -> str | None:
    span = list(nlp.parse(sentence).sents)[0]
    q = Question(id="t", type="true_false", prompt=statement, answer="True", sentence_id=0,
                 choices=("True", "False"))
    return actor_problem(q, span)


@pytest.mark.parametrize("sentence, statement", [
    ('"Harbour Lights" led the season with four awards, while two other plays won a pair.',
     "Harbour Lights led the season with four awards."),
    ('\u201cThe Long Field,\u201d a small film about farmers in Wales, won best picture at the awards on Sunday.',
     "The Long Field won best picture at the awards on Sunday."),
])
def test_a_quoted_title_opening_the_sentence_is_narration(sentence, statement):
    assert _problem(sentence, statement) != _QUOTATION


@pytest.mark.parametrize("sentence, statement", [
    ('"We won four awards this season," the director said.', "The director won four awards this season."),
    ('"Absolutely wonderful," said the director of the film on Sunday.', "The film was absolutely wonderful."),
    ('"The river rose fast and the town flooded," a farmer told reporters.', "The town flooded."),
])
def test_a_sentence_opening_on_someones_words_stays_a_quotation(sentence, statement):
    assert _problem(sentence, statement) == _QUOTATION
