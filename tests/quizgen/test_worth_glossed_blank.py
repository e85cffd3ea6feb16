"""Rule 6 and 7: a blank glossed in brackets right after it ('_____ (.312)', '_____ (Dec. 4)') or fused by a
hyphen into a describing word ('the par-_____ ninth') stays out of the default quiz, in the bank."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import article_view

_TEXT = ["Lina Ostrova won the Harbour Open on Sunday by two strokes.",
         "Ostrova went 14-for-45 (.311) at the plate last season before switching sports.",
         "On Friday (Dec. 4), the club opened its new practice range.",
         "She eagled the par-five third and birdied the par-three ninth.",
         "Ostrova took home a prize of 90,000 dollars."]


def _view():
    article = SimpleNamespace(title="Ostrova wins the Harbour Open", published=None)
    sentences = [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)]
    return article_view(SimpleNamespace(article=article, sentences=sentences, index=None))


def _blank(prompt: str, answer: str, sentence_id: int, focus: str = "number") -> Question:
    return Question("q", "fill_blank", prompt, answer, sentence_id, focus=focus)


@pytest.mark.parametrize("prompt, answer, sentence_id, focus", [
    ("Ostrova went _____ (.311) at the plate last season before switching sports.", "14-for-45", 1, "number"),
    ("On _____ (Dec. 4), the club opened its new practice range.", "Friday", 2, "date"),
    ("She eagled the par-five third and birdied the par-_____ ninth.", "three", 3, "number"),
])
def test_a_glossed_or_fused_blank_stays_out(prompt: str, answer: str, sentence_id: int, focus: str):
    assert quiz_doubt(_blank(prompt, answer, sentence_id, focus), _view()) is not None


def test_a_plain_figure_blank_stays_in():
    assert quiz_doubt(_blank("Ostrova took home a prize of _____ dollars.", "90,000", 4), _view()) is None
