"""Rule 6 side sentences: a question on a citation ('published online in the journal ...'), an explainer
('the scale ranges from ...'), another story's item ('In other recalls, ...'), the newsroom's own calls or a
spokesperson's routine advice goes behind its kind's others in the default quiz, and stays in the bank."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import select_quiz
from quizgen.questions.background_sentences import background_sentence
from quizgen.ranker import article_view

_TEXT = ["Brackford Motors is recalling 40,000 vans to replace faulty brake hoses.",
         "The hoses can crack in cold weather, the company said.",
         "In other recalls, Ostero is recalling 2,300 scooters over a loose kickstand.",
         "The findings were published online in the Journal of Road Safety.",
         "The hazard scale ranges from one for minor faults to five for the gravest.",
         "Channel 9 News called the regulator asking about the timing.",
         "A spokeswoman for the dealers urged worried owners to contact their garage.",
         "Dealers will replace the hoses free of charge from March."]


def _sentences() -> list[Sentence]:
    return [Sentence(id=i, text=t, start=0, end=1, paragraph=i) for i, t in enumerate(_TEXT)]


def _view():
    article = SimpleNamespace(title="Brackford recalls vans over brake hoses", published=None)
    return article_view(SimpleNamespace(article=article, sentences=_sentences(), index=None))


def _statement(sid: int, score: float = 0.7) -> Question:
    return Question(f"t{sid}", "true_false", _TEXT[sid], "True", sid, choices=("True", "False"), score=score)


@pytest.mark.parametrize("sid", [2, 3, 4, 5, 6])
def test_a_side_sentence_is_background(sid: int):
    assert background_sentence(_statement(sid), _view())


@pytest.mark.parametrize("sid", [0, 1, 7])
def test_the_news_is_not_background(sid: int):
    assert background_sentence(_statement(sid), _view()) is None


def test_a_better_question_takes_the_side_sentence_s_place():
    side, news, more = _statement(2, score=0.9), _statement(0, score=0.7), _statement(7, score=0.6)
    quiz = select_quiz([side, news, more], SimpleNamespace(sentences=_sentences()), size=2)
    assert sorted(quiz) == ["t0", "t7"]


def test_a_quiz_with_nothing_better_keeps_it():
    side, news = _statement(2, score=0.9), _statement(0, score=0.7)
    quiz = select_quiz([side, news], SimpleNamespace(sentences=_sentences()), size=2)
    assert sorted(quiz) == ["t0", "t2"]
