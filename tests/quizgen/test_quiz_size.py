"""Quiz size (issue 12): a sound statement is left out for key balance only when a learner who
answered every statement with one key would get more than half the quiz right."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import _mixed_keys

_STATEMENTS = ["The council met on Monday.", "Crews built a wall.", "The dam held.", "The school reopened.",
               "The bakery sold bread.", "Buses ran late."]
_ASKED = [("Which town built a ferry?", "Oslo"), ("Who opened the library?", "Maria Lind"),
          ("Which river flooded the fields?", "Elbe"), ("Who led the choir?", "Tom Reyes"),
          ("Which club won the cup?", "Rovers"), ("Who painted the mural?", "Ana Ruiz")]


def _quiz(statements: int, others: int) -> list[Question]:
    """`statements` statements all keyed True (no twins) and `others` multiple-choice questions."""
    tfs = [Question(f"t{i}", "true_false", _STATEMENTS[i], "True", i, choices=("True", "False"), score=0.5 + i / 100)
           for i in range(statements)]
    mcs = [Question(f"m{i}", "multiple_choice", p, a, 10 + i, choices=(a, "x", "y", "z"), score=0.6)
           for i, (p, a) in enumerate(_ASKED[:others])]
    return tfs + mcs


@pytest.mark.parametrize("statements, others", [
    (4, 4),     # four of eight keyed alike: guessing gets half, and the quiz keeps its eight questions
    (5, 5),     # five of ten
    (4, 5),     # four of nine
])
def test_statements_keyed_alike_but_no_more_than_half_stay(statements, others):
    chosen = _quiz(statements, others)
    assert len(_mixed_keys(chosen, chosen)) == len(chosen)


@pytest.mark.parametrize("statements, others, left", [
    (3, 0, 2),      # three of three: passed by guessing 'True'
    (3, 1, 3),      # three of four
    (4, 2, 4),      # four of six: one goes, and three of five are still more than half
])
def test_statements_keyed_alike_over_half_the_quiz_still_go(statements, others, left):
    chosen = _quiz(statements, others)
    assert len(_mixed_keys(chosen, chosen)) == left
