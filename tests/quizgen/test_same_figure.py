"""One figure asked twice (JUDGING.md rule 9): a rounded total in the lede and its exact amount further
down, or a count keyed once and printed by a statement, are one fact; the default quiz keeps the
better-ranked question and fills the place with the next one."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import select_quiz
from quizgen.questions.same_figure import asked_figure, same_figure, stated_figures


def _mc(prompt: str, answer: str, qid: str = "m1", sid: int = 1, score: float = 0.8) -> Question:
    return Question(qid, "multiple_choice", prompt, answer, sid, choices=(answer, "x", "y", "z"),
                    focus="number", score=score)


def _blank(prompt: str, answer: str, qid: str = "f1", sid: int = 6, score: float = 0.7) -> Question:
    return Question(qid, "fill_blank", prompt, answer, sid, focus="number", score=score)


def _statement(prompt: str, answer: str = "True", qid: str = "t1", sid: int = 8, score: float = 0.7) -> Question:
    return Question(qid, "true_false", prompt, answer, sid, choices=("True", "False"), score=score)


@pytest.mark.parametrize("first, second, same", [
    (("How much will the port authority receive this year?", "$4 billion"),
     ("The harbour bill gives the authority _____, including money for two new piers.", "$3.99 billion"), True),
    (("How much will the port authority receive this year?", "$4 billion"),
     ("The dredging programme won an increase of _____ this year.", "$157 million"), False),
    (("How many barges did crews unload on Monday?", "three"),
     ("Crews had _____ barges waiting at the quay.", "3"), True),
    (("How many runs did Kestrel score?", "176"), ("Osprey scored _____ runs in reply.", "169"), False),
    (("By how much did the harbour index rise?", "2 percent"), ("The ferry index rose _____ points.", "2"), False),
])
def test_two_keys_of_one_figure_and_measure(first, second, same):
    a = _mc(*first)
    b = _blank(*second) if "_____" in second[0] else _mc(*second, qid="m2", sid=7)
    assert same_figure(a, b) is same
    assert same_figure(b, a) is same


@pytest.mark.parametrize("statement, same", [
    ("According to the harbour master, ten pilots were kept off duty.", True),
    ("According to the harbour master, twelve pilots were kept off duty.", False),
    ("According to the harbour master, ten tugs were kept in port.", False),
])
def test_a_statement_printing_the_figure_a_question_is_keyed_to(statement, same):
    asked = _mc("How many pilots were kept off duty after the storm?", "10")
    assert same_figure(_statement(statement), asked) is same


def test_two_statements_sharing_a_figure_are_two_facts():
    """Judged pairs of statements printing one figure were never faulted as one fact."""
    a = _statement("The ferry carried 40 percent more passengers in May.")
    b = _statement("The bus company lost 40 percent of its riders.", qid="t2", sid=9)
    assert not same_figure(a, b)


def test_figures_and_measures_read_from_keys_and_statements():
    assert asked_figure(_blank("The bill gives the port _____ in all.", "$17.99 billion")) == (17.99e9, "$")
    assert asked_figure(_mc("How many pilots stayed home?", "at least 58")) == (58.0, "pilots")
    assert asked_figure(_mc("In which year did the port open?", "2009")) is None
    assert stated_figures("The index rose 1.2% to 2,232.05 in 2016.") == ((1.2, "percent"),)


def test_the_quiz_keeps_the_better_ranked_of_one_figure_and_stays_full():
    total = _mc("How much will the port authority receive this year?", "$4 billion", "m1", 1, 0.8)
    exact = _blank("The harbour bill gives the authority _____, including money for two new piers.",
                   "$3.99 billion", "f1", 6, 0.7)
    others = [_statement(p, "True" if i % 2 else "False", f"t{i}", 2 + i, 0.6 - i / 100) for i, p in enumerate(
        ["Dock workers voted to accept the contract.", "The ferry stopped running in June.",
         "Volunteers painted the lighthouse white.", "Storm waves flooded the coastal road."])]
    spare = _blank("The new crane can lift _____ containers an hour.", "forty", "f2", 9, 0.5)
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(12)]
    quiz = select_quiz([total, exact, *others, spare], SimpleNamespace(sentences=sentences), size=6)
    assert "m1" in quiz and "f1" not in quiz
    assert "f2" in quiz and len(quiz) == 6
