"""Issue 12: a fact whose bank question the default quiz leaves out (it gives another question away)
comes back through the best question on that fact the one-per-fact ranking left out of the bank, held
to the checks every filling question meets, and never beside another question on its fact."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from quizgen.model import Question, Sentence
from quizgen.questions import _as_quizzed, _gives_away, _with_stand_ins, select_quiz


def _q(qid: str, kind: str, prompt: str, answer, sid: int, score: float = 0.5, **kw) -> Question:
    choices = ("True", "False") if kind == "true_false" else kw.pop("choices", None)
    return Question(id=qid, type=kind, prompt=prompt, answer=answer, sentence_id=sid, choices=choices,
                    score=score, **kw)


def _parsed():
    return SimpleNamespace(sentences=[Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i)
                                      for i in range(6)])


_REHEARSED = _q("t0", "true_false", "The harbour choir began its rehearsals in early May.", "True", 0, 0.7)
_BLANK = _q("b0", "fill_blank", "The harbour choir hired a conductor on _____, and began its rehearsals in early May.",
            "April 2", 0, 0.65)
_FALSE = _q("f0", "true_false", "The harbour choir hired a conductor on April 9.", "False", 0, 0.48,
            explanation="The article says: The harbour choir hired a conductor on April 2.")
_TOWN = _q("m1", "multiple_choice", "Which town lent the choir its old chapel?", "Dunmore", 2, 0.6,
           choices=("Dunmore", "Carrick", "Tullow"))


def _bank(owner: Question) -> list[Question]:
    return [_REHEARSED, _with_stand_ins(owner, [owner, _FALSE]), _TOWN]


def test_left_out_question_brings_back_the_fact_of_a_question_that_gives_another_away():
    assert _gives_away(_BLANK, [_REHEARSED])
    quiz = select_quiz(_bank(_BLANK), _parsed(), size=10)
    assert "b0" not in quiz and "f0" in quiz


def test_no_second_question_on_a_fact_the_quiz_asks():
    owner = _q("b0", "fill_blank", "The harbour choir hired a conductor on _____.", "April 2", 0, 0.65)
    quiz = select_quiz(_bank(owner), _parsed(), size=10)
    assert "b0" in quiz and "f0" not in quiz


def test_left_out_question_that_gives_another_away_stays_out():
    giving = dataclasses.replace(_FALSE, prompt="The harbour choir hired a conductor from Dunmore on April 9.")
    bank = [_REHEARSED, _with_stand_ins(_BLANK, [_BLANK, giving]), _TOWN]
    assert _gives_away(giving, [_TOWN])
    assert "f0" not in select_quiz(bank, _parsed(), size=10)


def test_left_out_question_below_the_spare_floor_stays_out():
    weak = dataclasses.replace(_FALSE, score=0.2)
    bank = [_REHEARSED, _with_stand_ins(_BLANK, [_BLANK, weak]), _TOWN]
    assert "f0" not in select_quiz(bank, _parsed(), size=10)


def test_bank_lists_the_question_the_quiz_took_after_the_one_it_stands_in_for():
    bank = _as_quizzed(_bank(_BLANK), ["t0", "f0", "m1"])
    assert [q.id for q in bank] == ["t0", "b0", "f0", "m1"]


def test_fact_whose_answer_a_quiz_stem_prints_stays_out():
    owner = _q("b0", "fill_blank", "_____ of the harbour choir led the campaign for a new hall.", "Pastor Ann Brody", 0, 0.65,
           focus="who")
    false = _q("f0", "true_false", "Mary Kell of the harbour choir led the campaign for a new hall.", "False", 0, 0.48,
               explanation="The article says: Pastor Ann Brody of the harbour choir led the campaign for a new hall.")
    said = _q("t1", "true_false", "Ann Brody opened the new hall in June.", "True", 3, 0.7)
    quiz = select_quiz([said, _with_stand_ins(owner, [owner, false]), _TOWN], _parsed(), size=10)
    assert "t1" in quiz and "b0" not in quiz and "f0" not in quiz


def test_fact_of_a_relative_date_stays_out():
    owner = _q("m0", "multiple_choice", "When did the harbour choir hire a conductor?", "last week", 0, 0.45,
               choices=("last week", "last year", "in March"))
    stated = _q("f0", "true_false", "The harbour choir hired a conductor last week.", "True", 0, 0.68)
    quiz = select_quiz([_REHEARSED, _with_stand_ins(owner, [owner, stated]), _TOWN], _parsed(), size=10)
    assert "m0" not in quiz and "f0" not in quiz
