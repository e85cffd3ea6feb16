"""Rules 6 and 7: a blank on the owner of a possessive ('_____'s parliament' = the country the story is about)
goes behind its kind's other questions in the default quiz; a person or a time as the owner does not."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import select_quiz
from quizgen.questions.owner_blanks import owner_blank
from quizgen.ranker import ArticleView, article_view

_TEXT = ["Norway's parliament voted on Tuesday to ban new petrol cars from 2030.",
         "The bill passed by 96 votes to 73 after a long debate.",
         "Carmakers said they would need eight years to adapt their factories.",
         "Oslo's mayor, Kari Lund, welcomed the vote.",
         "Sales of electric cars rose 40 percent last year.",
         "Fuel stations in the north will get fast chargers first.",
         "The ban does not cover lorries or buses.",
         "Owners of older cars may keep driving them."]


def _sentences() -> list[Sentence]:
    return [Sentence(id=i, text=t, start=0, end=1, paragraph=i) for i, t in enumerate(_TEXT)]


def _view(mentions=()) -> ArticleView:
    article = SimpleNamespace(title="Norway votes to ban petrol cars", published=None)
    view = article_view(SimpleNamespace(article=article, sentences=_sentences(), index=None))
    view.mentions = mentions
    return view


def _blank(qid: str, prompt: str, answer: str, sid: int, focus: str, score: float = 0.7) -> Question:
    return Question(qid, "fill_blank", prompt, answer, sid, focus=focus, score=score)


@pytest.mark.parametrize("prompt, answer, focus", [
    ("_____'s parliament voted on Tuesday to ban new petrol cars from 2030.", "Norway", "country"),
    ("_____’s mayor, Kari Lund, welcomed the vote.", "Oslo", "city"),
    ("Shares of _____'s biggest carmaker fell.", "Vortex Motors", "organisation"),
])
def test_a_place_or_a_body_owning_a_noun_is_demoted(prompt: str, answer: str, focus: str):
    assert owner_blank(_blank("q", prompt, answer, 0, focus), _view())


@pytest.mark.parametrize("prompt, answer, focus", [
    ("_____'s motion to delay the vote failed.", "Kari Lund", "person"),           # a person's act
    ("_____'s figure was revised to 96 votes.", "Tuesday", "date"),                 # a time
    ("The parliament of _____ voted on Tuesday.", "Norway", "country"),            # not a possessive
])
def test_other_blanks_are_not_owner_blanks(prompt: str, answer: str, focus: str):
    assert not owner_blank(_blank("q", prompt, answer, 0, focus), _view())


def test_a_surname_taken_for_a_place_is_not_demoted():
    lund = SimpleNamespace(kind="PERSON", full="Kari Lund", text="Lund")
    q = _blank("q", "_____'s speech welcomed the vote.", "Lund", 3, "city")
    assert owner_blank(q, _view())
    assert not owner_blank(q, _view([lund]))


def test_a_sounder_blank_takes_the_owner_blank_s_place():
    owner = _blank("f0", "_____'s parliament voted on Tuesday to ban new petrol cars from 2030.", "Norway", 0,
                   "country", score=0.9)
    figure = _blank("f2", "Carmakers said they would need _____ years to adapt their factories.", "eight", 2,
                    "number", score=0.6)
    quiz = select_quiz([owner, figure], SimpleNamespace(sentences=_sentences()), size=1)
    assert quiz == ["f2"]


def test_a_quiz_with_nothing_better_keeps_it():
    owner = _blank("f0", "_____'s parliament voted on Tuesday to ban new petrol cars from 2030.", "Norway", 0,
                   "country", score=0.9)
    quiz = select_quiz([owner], SimpleNamespace(sentences=_sentences()), size=1)
    assert quiz == ["f0"]


def _statement(sid: int) -> Question:
    key = "True" if sid % 2 else "False"      # a quiz keeps its statements' keys mixed
    return Question(f"t{sid}", "true_false", _TEXT[sid], key, sid, choices=("True", "False"), score=0.6)


def test_a_full_quiz_leaves_the_owner_blank_out():
    owner = _blank("f0", "_____'s parliament voted on Tuesday to ban new petrol cars from 2030.", "Norway", 0,
                   "country", score=0.9)
    figures = [_blank("f1", "The bill passed by _____ votes to 73 after a long debate.", "96", 1, "number"),
               _blank("f4", "Sales of electric cars rose _____ last year.", "40 percent", 4, "number")]
    statements = [_statement(sid) for sid in (2, 3, 5, 6, 7)]
    quiz = select_quiz([owner, *figures, *statements], SimpleNamespace(sentences=_sentences()), size=10)
    assert "f0" not in quiz and len(quiz) >= 6
