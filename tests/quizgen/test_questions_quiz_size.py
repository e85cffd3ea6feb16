"""Quiz size (issue 12): what a short quiz may take that it used to leave out, and what it still may not."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import select_quiz
from quizgen.questions.ranking import rank


def _when(qid: str, prompt: str, answer: str, sid: int, fact: str | None = None) -> Question:
    return Question(id=qid, type="when", prompt=prompt, answer=answer, sentence_id=sid, focus="date",
                    choices=(answer, "1999", "2001"), fact=fact)


def test_bank_keeps_two_questions_on_two_facts_of_one_sentence():
    """'In which year did the mill open?' and 'In which year did the mill close?' ask two things."""
    opened = _when("a", "In which year did the paper mill open its doors to workers?", "1950", 0)
    closed = _when("b", "In which year did the paper mill shut down for good?", "1988", 0)
    again = _when("c", "In which year did the paper mill first open to workers?", "1950", 0)
    kept = {q.id for q in rank([opened, closed, again], {}, 5)}
    assert "b" in kept and len(kept) == 2


def test_bank_keeps_one_statement_per_sentence():
    """Two true/false statements of one sentence (no fact of their own) stay one."""
    s1 = Question(id="t1", type="true_false", prompt="The mayor opened the bridge to traffic.", answer="True",
                  sentence_id=0, choices=("True", "False"))
    s2 = Question(id="t2", type="true_false", prompt="The council paid for the repairs alone.", answer="True",
                  sentence_id=0, choices=("True", "False"))
    assert len(rank([s1, s2], {}, 5)) == 1


def _quiz(extra: list[Question]) -> list[str]:
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(9)]
    base = [
        _when("w1", "On which day did the council approve the budget?", "Thursday", 1),
        Question(id="m1", type="multiple_choice", prompt="Which city hosted the summit on trade?",
                 answer="Lyon", sentence_id=2, choices=("Lyon", "Nice", "Lille"), score=0.8),
        Question(id="t1", type="true_false", prompt="The mayor opened the bridge to traffic.", answer="True",
                 sentence_id=3, choices=("True", "False"), score=0.8),
        Question(id="f1", type="fill_blank", prompt="The storm cut power to _____ homes.", answer="4,000",
                 sentence_id=4, score=0.8),
    ]
    base[0] = Question(**{**base[0].__dict__, "score": 0.9})
    return select_quiz(base + extra, SimpleNamespace(sentences=sentences), size=10)


def test_short_quiz_leaves_out_a_shared_answer():
    """'Thursday' for two events of that day, asked by two kinds on two sentences: judges call the
    second a near-duplicate, so even a quiz below six questions does without it (never padded)."""
    which = Question(id="m2", type="multiple_choice", prompt="When did the strike at the port end?",
                     answer="Thursday", sentence_id=6, choices=("Thursday", "Monday", "Friday"), score=0.35)
    assert "m2" not in _quiz([which])


def test_short_quiz_still_leaves_out_a_shown_answer():
    """A question whose answer another stem prints stays out however short the quiz is."""
    blank = Question(id="f2", type="fill_blank", prompt="The _____ hosted the summit in Lyon.",
                     answer="Lyon", sentence_id=6, score=0.35)
    shown = Question(id="f3", type="fill_blank", prompt="The strike at the port ended on _____ morning.",
                     answer="Thursday", sentence_id=1, score=0.35)
    quiz = _quiz([blank, shown])
    assert "f2" not in quiz and "f3" not in quiz


def test_quiz_takes_one_question_per_answer_of_any_kind():
    """'four' bodies beside 'four' dead of another place: one answer is asked once."""
    blank = Question(id="f2", type="fill_blank", prompt="Rescuers found _____ bodies near the dam.",
                     answer="four", sentence_id=6, score=0.6)
    which = Question(id="m2", type="multiple_choice", prompt="How many people died in the hills?",
                     answer="four", sentence_id=7, choices=("four", "nine", "ten"), score=0.5)
    quiz = _quiz([blank, which])
    assert ("f2" in quiz) != ("m2" in quiz)


def _statement(qid: str, sid: int, answer: str = "True", score: float = 0.9) -> Question:
    subjects = ("harbour", "bakery", "library", "stadium", "orchard", "factory", "museum")
    return Question(id=qid, type="true_false", prompt=f"The {subjects[sid % 7]} reopened after {sid + 2} months.",
                    answer=answer, sentence_id=sid, choices=("True", "False"), score=score)


def _keyed_quiz(extra: list[Question]) -> tuple[list[str], list[Question]]:
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(20)]
    bank = [_statement(f"t{i}", i, score=0.9 - i / 100) for i in range(3)]
    bank += [Question(id=f"m{i}", type="multiple_choice", prompt=f"Which crew {i} fixed the pier?",
                      answer=f"crew {i}", sentence_id=10 + i, choices=(f"crew {i}", "x", "y"), score=0.8)
             for i in range(6)]
    bank += extra
    return select_quiz(bank, SimpleNamespace(sentences=sentences), size=10), bank


@pytest.mark.parametrize("extra, taken, left", [
    # the false twin of a statement takes that statement's place
    ([_statement("f1", 1, "False", 0.35), _statement("f5", 5, "False", 0.36)], "f1", "t1"),
    # no twin: another false statement takes the weakest statement's place
    ([_statement("f5", 5, "False", 0.35)], "f5", "t2"),
    # no false statement at all: a question of another kind does
    ([Question(id="m9", type="multiple_choice", prompt="Which mayor cut the ribbon?", answer="Ana",
               sentence_id=9, choices=("Ana", "Bo", "Cy"), score=0.35)], "m9", "t2"),
])
def test_quiz_of_three_statements_never_keys_them_all_alike(extra, taken, left):
    """Three true/false questions all 'True' can be passed by guessing: one makes way."""
    quiz, bank = _keyed_quiz(extra)
    answers = [q.answer for q in bank if q.id in quiz and q.type == "true_false"]
    assert (taken is None or taken in quiz) and left not in quiz and (len(answers) < 3 or len(set(answers)) == 2)


def test_quiz_keeps_statements_keyed_alike_that_nothing_can_replace_when_they_are_few():
    """Nothing to take a statement's place, and three of nine questions keyed alike: a guesser gets a
    third of the quiz, so all stay (issue 12: judges kept every sound statement dropped for this)."""
    quiz, bank = _keyed_quiz([])
    assert {"t0", "t1", "t2"} <= set(quiz) and len(quiz) == 9


def test_quiz_of_many_statements_all_true_trades_until_guessing_fails():
    """Five statements all 'True' and no false one: others take their places until fewer than three are left."""
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(20)]
    bank = [_statement(f"t{i}", i, score=0.9 - i / 100) for i in range(5)]
    bank += [Question(id=f"m{i}", type="multiple_choice", prompt=f"Which crew {i} fixed the pier?",
                      answer=f"crew {i}", sentence_id=10 + i, choices=(f"crew {i}", "x", "y"), score=0.35)
             for i in range(4)]
    quiz = select_quiz(bank, SimpleNamespace(sentences=sentences), size=6)
    assert sum(q.id in quiz for q in bank if q.type == "true_false") == 2


def _false(qid: str, sid: int, prompt: str, says: str, score: float) -> Question:
    return Question(id=qid, type="true_false", prompt=prompt, answer="False", sentence_id=sid,
                    choices=("True", "False"), score=score, explanation=f"The article says: {says}")


@pytest.mark.parametrize("second, kept", [
    # the same wrong town put into a second statement: judged a repeat, the weaker one stays out
    (_false("x2", 7, "Rebels found the ruler in a pipe outside Geneva.", "Rebels found the ruler in a pipe outside Dorvan.",
            0.5), False),
    # another wrong value: both stay
    (_false("x2", 7, "Rebels found the ruler in a pipe outside Dorvan.", "Rebels found the ruler in a ditch outside Dorvan.",
            0.5), True),
])
def test_quiz_puts_one_wrong_value_into_one_statement(second, kept):
    first = _false("x1", 6, "Rebels stormed the stronghold in Geneva.", "Rebels stormed the stronghold in Dorvan.", 0.6)
    quiz = _quiz([first, second])
    assert "x1" in quiz and ("x2" in quiz) == kept
