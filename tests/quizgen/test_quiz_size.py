"""Quiz size (issue 12): a sound statement is left out for key balance only when a learner who
answered every statement with one key would get more than half the quiz right, and never from a
quiz of six or fewer that asks more than statements (a false version of an unasked statement may
take the weakest one's place); a false statement
is refused as said elsewhere only when another sentence says its happening, not just its names."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions import _mixed_keys
from quizgen.questions.checks import _false_but_said

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
    (5, 2, 6),      # five of seven: one goes, and the quiz keeps its six
    (6, 2, 6),      # six of eight: down to six, never below
])
def test_statements_keyed_alike_over_half_the_quiz_still_go(statements, others, left):
    chosen = _quiz(statements, others)
    assert len(_mixed_keys(chosen, chosen)) == left


@pytest.mark.parametrize("statements, others", [
    (4, 2),     # four of six: the short quiz keeps its sound statements (it went to four)
    (3, 1),     # three of four
    (3, 2),     # three of five
])
def test_a_short_quiz_keeps_its_sound_statements_keyed_alike(statements, others):
    chosen = _quiz(statements, others)
    assert len(_mixed_keys(chosen, chosen)) == len(chosen)


def test_an_unasked_statements_false_version_takes_the_weakest_ones_place():
    chosen = _quiz(4, 2)
    spare = Question("s", "true_false", "The ferry sailed at noon.", "True", 20, choices=("True", "False"), score=0.7,
                     twin=Question("s2", "true_false", "The ferry sailed at dawn.", "False", 20,
                                   choices=("True", "False"), score=0.45, explanation="The article says: at noon."))
    mixed = _mixed_keys(chosen, [*chosen, spare])
    assert len(mixed) == 6 and "The ferry sailed at dawn." in [q.prompt for q in mixed]
    assert chosen[0] not in mixed          # the weakest statement made way


# --------------------------------------------------------------------------- a false statement said elsewhere


def _false(prompt: str, true: str) -> Question:
    return Question("f", "true_false", prompt, "False", 1, choices=("True", "False"), explanation="The article says: " + true)


@pytest.mark.parametrize("text, prompt, true, refused", [
    # the other sentence names the club and the swapped-in date, but not the happening: still false
    ("A reporter met 30 Harbor Valley Club members in Tampa on Sunday. Harbor Valley Club hired 12 coaches in Tampa on Sunday.",
     "Harbor Valley Club hired 30 coaches in Tampa on Sunday.", "Harbor Valley Club hired 12 coaches in Tampa on Sunday.", False),
    # the other sentence says the 'false' version's happening of the swapped-in value: it may be true
    ("At least 40 people have died in the northern region. At least 40 people have died in Lakeland province.",
     "At least 40 people have died in the northern region.", "At least 40 people have died in Lakeland province.", True),
])
def test_a_false_statement_is_refused_only_when_another_sentence_says_its_happening(text, prompt, true, refused):
    sentence = list(nlp.parse(text).sents)[1]
    assert (_false_but_said(_false(prompt, true), sentence) is not None) == refused


@pytest.mark.parametrize("prompt, true, refused", [
    # the date was swapped; the run of names only starts the sentence after a 'The'
    ("The Harbor Valley Rowing Club hired new coaches on May 25.",
     "The Harbor Valley Rowing Club hired new coaches on May 9.", False),
    # a word inside the run of names was swapped: the parser may have cut the name wrongly
    ("Officials of the Santa Clara County Health Ministry closed the park.",
     "Officials of the Santa Clara County Health Department closed the park.", True),
])
def test_a_swap_inside_a_run_of_names_is_told_from_an_opening_the(prompt, true, refused):
    sentence = next(iter(nlp.parse(true).sents))
    assert (_false_but_said(_false(prompt, true), sentence) is not None) == refused
