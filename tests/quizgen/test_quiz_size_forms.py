"""Quiz size (issue 12): a statement asked in its better-rated form, and short quizzes (six questions
or fewer, not all statements) that keep their statements keyed alike."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import _better_fact, _better_form, select_quiz


def _statement(qid: str, prompt: str, answer: str, score: float, sid: int = 0) -> Question:
    return Question(id=qid, type="true_false", prompt=prompt, answer=answer, sentence_id=sid,
                    choices=("True", "False"), score=score)


_FALSE = "The ferry left Oslo with 300 passengers on board."
_TRUE = "The ferry left Bergen with 300 passengers on board."


@pytest.mark.parametrize("score, twin_score, asked", [
    (0.05, 0.62, "True"),     # the false swap reads wrong, the true statement is sound: ask that one
    (0.25, 0.35, "True"),     # both weak, the twin reaches the spare floor: still the better form
    (0.25, 0.28, "False"),    # the twin is below the spare floor too: nothing gained
    (0.55, 0.80, "False"),    # the question is good enough for the quiz: its key stays as generated
    (0.30, 0.20, "False"),    # the twin is rated lower
])
def test_statement_takes_the_better_rated_form(score, twin_score, asked):
    twin = _statement("t0", _TRUE, "True", twin_score)
    q = dataclasses.replace(_statement("f0", _FALSE, "False", score), twin=twin)
    got = _better_form(q)
    assert got.answer == asked
    if asked == "True":
        assert got.prompt == _TRUE and got.twin is not None and got.twin.prompt == _FALSE


def _other(qid: str, sid: int, score: float = 0.8) -> Question:
    towns = ("Lyon", "Turin", "Porto", "Ghent", "Basel", "Graz", "Split")
    return Question(id=qid, type="multiple_choice", prompt=f"Which town did crew {sid} repair first?",
                    answer=towns[sid % 7], sentence_id=sid, choices=(towns[sid % 7], "Nice", "Lille"), score=score)


_SUBJECTS = ("harbour", "bakery", "library", "stadium", "orchard", "factory", "museum")


def _quiz(n_statements: int, n_others: int) -> tuple[list[str], list[Question]]:
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(20)]
    bank = [_statement(f"t{i}", f"The {_SUBJECTS[i]} reopened after {i + 2} months.", "True", 0.9 - i / 100, i)
            for i in range(n_statements)]
    bank += [_other(f"m{i}", 10 + i) for i in range(n_others)]
    return select_quiz(bank, SimpleNamespace(sentences=sentences), size=10), bank


@pytest.mark.parametrize("n_statements, n_others, statements_kept", [
    (3, 3, 3),    # three of six keyed alike and nothing to trade: the quiz keeps six questions
    (4, 2, 4),    # four of six: a quiz of six keeps its sound statements (it went to four)
    (3, 1, 3),    # three of four: a short quiz is not cut shorter
])
def test_short_quiz_keeps_statements_keyed_alike_up_to_half(n_statements, n_others, statements_kept):
    quiz, bank = _quiz(n_statements, n_others)
    assert sum(q.id in quiz for q in bank if q.type == "true_false") == statements_kept
    assert all(q.id in quiz for q in bank if q.type != "true_false")


def _mc(qid: str, score: float, sid: int = 2) -> Question:
    return Question(id=qid, type="multiple_choice", prompt="Which body gathered to vote on the bill at dawn?",
                    answer="the senate", sentence_id=sid, choices=("the senate", "the court", "the army"), score=score)


@pytest.mark.parametrize("score, other_score, other_sid, taken_kind, traded", [
    (0.25, 0.60, 2, "fill_blank", True),    # the statement on the same fact is rated far higher: it asks instead
    (0.32, 0.38, 2, "fill_blank", False),   # less than the margin better: the rules' choice stands
    (0.25, 0.29, 2, "fill_blank", False),   # below the spare floor: no gain
    (0.55, 0.90, 2, "fill_blank", False),   # the question is good enough for the quiz already
    (0.25, 0.60, 2, "true_false", False),   # the bank has a statement on that sentence already
])
def test_weak_question_gives_its_place_to_a_better_one_on_its_fact(score, other_score, other_sid, taken_kind,
                                                                   traded):
    q = _mc("m1", score)
    other = _statement("t9", "The senate gathered to vote on the bill at dawn.", "True", other_score, other_sid)
    got = _better_fact(q, [other], {(2, "multiple_choice"), (2, taken_kind)})
    assert (got.id == "t9") is traded


@pytest.mark.parametrize("prompt, alike", [
    ("The captain scored from the penalty spot.", True),                       # the blank's sentence restated
    ("The goalkeeper saved a shot in the second half.", False),
])
def test_traded_in_statement_must_not_read_like_a_bank_question(prompt, alike):
    from quizgen.questions.ranking import reads_like
    blank = Question(id="f1", type="fill_blank", prompt="The captain scored from the penalty spot, putting _____ up.",
                     answer="Sweden", sentence_id=4, score=0.6)
    assert reads_like(_statement("t1", prompt, "True", 0.6, 4), [blank]) is alike
