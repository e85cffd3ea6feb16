"""True/false key balance: a false version that changes only a figure or a date may take its true
statement's place at a wider margin; twins are rule-scored and explained as the bank words them."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import _explained, _figure_swap, _mixed_keys, true_false
from quizgen.questions.ranking import rank

_SAYS = true_false.SAYS


def _pair(i: int, true_text: str, false_text: str, score: float, twin_score: float) -> Question:
    """A true statement on sentence i rated `score`, its false twin rated `twin_score`."""
    twin = Question(f"f{i}", "true_false", false_text, "False", i, choices=("True", "False"),
                    score=twin_score, explanation=_SAYS + true_text)
    return Question(f"t{i}", "true_false", true_text, "True", i, choices=("True", "False"), score=score, twin=twin)


@pytest.mark.parametrize("true_text, false_text, figure", [
    ("The Orbix plant opened in 2014.", "The Orbix plant opened in 2018.", True),
    ("The council met on Monday.", "The council met on Friday.", True),
    ("The fund raised $90 for each rider.", "The fund raised $110 for each rider.", True),
    ("Four bodies were found near Calvera.", "Five bodies were found near Calvera.", True),
    ("Ana Lutz opened the Orbix plant.", "Ivo Brandt opened the Orbix plant.", False),
    ("The Orbix plant opened in Calvera.", "The Orbix plant opened in Lisbon.", False),
])
def test_a_figure_swap_is_told_from_a_name_swap(true_text: str, false_text: str, figure: bool):
    assert _figure_swap(_pair(0, true_text, false_text, 0.6, 0.4).twin) is figure


@pytest.mark.parametrize("false_text, falses", [
    ("The Orbix plant opened in 2018.", 1),       # a figure: asked false at 0.2 below its true form
    ("Ivo Brandt opened the Orbix plant.", 0),    # a name: too far below its true form
])
def test_a_figure_twin_evens_the_keys_at_a_wider_margin(false_text: str, falses: int):
    first = _pair(0, "The Orbix plant opened in 2014." if "2018" in false_text else "Ana Lutz opened the Orbix plant.",
                  false_text, 0.65, 0.45)
    second = Question("t1", "true_false", "Buses ran late in Calvera.", "True", 1, choices=("True", "False"),
                      score=0.7)
    out = _mixed_keys([first, second], [first, second])
    assert sum(q.answer == "False" for q in out) == falses


def test_a_false_twin_is_explained_by_its_true_statement_as_worded():
    q = _pair(0, "The Calvera Rowing Club hired two coaches on May 3.", "The club hired two coaches on May 9.",
              0.6, 0.4)
    q = _explained(q)
    assert q.twin.explanation == _SAYS + "The Calvera Rowing Club hired two coaches on May 3."
    flipped = _explained(Question("f", "true_false", "The club sold 40 boats.", "False", 0, twin=Question(
        "t", "true_false", "The Calvera Rowing Club sold 30 boats.", "True", 0)))
    assert flipped.explanation == _SAYS + "The Calvera Rowing Club sold 30 boats."


def test_a_twin_carries_its_own_rule_score():
    q = _pair(0, "The Orbix plant opened in 2014.", "The Orbix plant opened in 2018.", 0.0, 0.0)
    ranked = rank([q], {0: 1.0}, 4)
    assert ranked[0].score > 0 and ranked[0].twin.score > 0


def test_a_doubted_false_version_leaves_its_true_statement(parsed_of):
    from quizgen.questions import _keyed
    parsed = parsed_of("The Calvera port closed on Monday. The Calvera port closed again on Friday after a storm.")
    true_q = Question("t", "true_false", "The Calvera port closed on Monday.", "True", 0, choices=("True", "False"))
    false_q = Question("f", "true_false", "The Calvera port closed on Friday.", "False", 0,
                       choices=("True", "False"), explanation=_SAYS + true_q.prompt, twin=true_q)
    kept = _keyed(false_q, parsed)
    assert kept is not None and kept.answer == "True" and kept.twin is None
    assert _keyed(true_q, parsed) is true_q


@pytest.mark.parametrize("false_text, traded", [
    ("The Orbix plant opened in 2018.", True),
    ("Ivo Brandt opened the Orbix plant.", False),
])
def test_a_figure_statement_of_the_bank_evens_a_leaning_quiz(false_text: str, traded: bool):
    facts = ["Buses ran late in Calvera.", "The Calvera choir sang.", "Tourists left Calvera.",
             "The Calvera mayor resigned.", "The Calvera ferry sank."]
    # four statements keyed True and one False: more than two thirds lean to one key
    chosen = [Question(f"t{i}", "true_false", t, "True" if i < 4 else "False", i + 1, choices=("True", "False"),
                       score=0.6 + i / 100) for i, t in enumerate(facts)]
    spare = Question("f9", "true_false", false_text, "False", 9, choices=("True", "False"), score=0.42,
                     explanation=_SAYS + ("The Orbix plant opened in 2014." if "2018" in false_text
                                          else "Ana Lutz opened the Orbix plant."))
    out = _mixed_keys(chosen, chosen + [spare])
    assert ("f9" in {q.id for q in out}) is traded
